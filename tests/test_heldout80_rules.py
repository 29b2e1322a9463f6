"""Rules the eightieth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2025, 7, 9))


def _kind(line: str) -> str | None:
    found = classify_text([line], 0)
    return found[0] if found else None


def test_an_accounts_credits_apart_by_a_bar_are_furniture() -> None:
    for line in ("责编|卢晓雯", "初审｜马 骏", "复审|邓海燕", "监制｜梁文涛", "图片|融媒体中心 陶 然",
                 "来源|某某县委宣传部"):
        assert _kind(line) == "furniture", line
    # a table's row with bars is no credit
    assert _kind("年产3万吨饲料项目|2.6亿元|建设生产车间两栋") is None


def test_an_accounts_calls_to_follow_and_like_and_its_lines_for_investors_are_furniture() -> None:
    for line in ("↓ 点击下方“阅读原文”查看更多", "喜欢的话就点个“赞”", "招商电话：0719-8823516",
                 "投资洽谈：某某县投资促进中心", "0716-3312870", "13907161234", "[二维码]"):
        assert _kind(line) is not None, line
    # a project's field of its investor, and a sentence about a hotline, stay
    assert _kind("投资主体：荆门恒亿纸业有限公司") is None
    assert _kind("开通招商热线后，全县接到咨询电话320个。") is None


#: An account's post of a day's starts, each project a card of labelled lines.
CARDS = ("6月12日，某某县第二批重大项目集中开工仪式在县高新区举行。此次集中开工项目9个，总投资31.6亿元。\n\n"
         "◆项目名称：松滋河生态堤防及岸线整治工程\n"
         "总投资：3.4亿元\n"
         "建设内容：新建生态护岸12公里。\n\n"
         "◆项目名称：荆州楚韵粮油仓储及精深加工产业园项目\n"
         "投资主体：荆州楚韵粮油有限公司\n"
         "总投资：5.5亿元\n"
         "建设地点：南平镇\n"
         "建设内容：新建粮食仓容10万吨，年加工稻谷30万吨。\n")


def test_a_cards_name_line_names_its_project_whole_and_it_takes_the_days_event() -> None:
    projects = _projects(CARDS)
    dyke = projects["松滋河生态堤防及岸线整治工程"]
    assert (dyke.get("stage"), dyke.get("status"), dyke.get("date")) == ("started", "actual", "2025-06-12")
    assert dyke.get("investment_cny") == 340_000_000
    grain = projects["荆州楚韵粮油仓储及精深加工产业园项目"]
    assert (grain.get("stage"), grain.get("date")) == ("started", "2025-06-12")
    assert grain.get("investor") == "荆州楚韵粮油有限公司"
    assert (grain.get("location") or {}).get("detail") == "南平镇"


def test_cards_after_news_of_no_concentrated_event_take_no_event() -> None:
    text = ("今年以来，某某县累计签约项目26个，总投资88亿元。以下为部分在谈项目。\n\n"
            "◆项目名称：松滋河生态堤防及岸线整治工程\n"
            "总投资：3.4亿元\n"
            "建设内容：新建生态护岸12公里。\n")
    dyke = _projects(text)["松滋河生态堤防及岸线整治工程"]
    assert dyke.get("stage") is None


#: A zone's post in parts headed by the event of their projects, and a part on other work after them.
HEADS = ("6月，某某高新区招商工作稳步推进，新签约项目5个，总投资27亿元。\n\n"
         "PART 1\n\n【签约项目】\n\n"
         "◆ 湖北楚天精工有限公司精密轴承生产基地项目：总投资6.2亿元，将建设轴承生产线8条，"
         "预计年底前开工。\n\n"
         "PART 2\n\n投产项目添动力\n\n"
         "◆ 荆门华瑞纸业有限公司特种纸生产线项目：总投资3.1亿元，主要建设造纸车间及仓库。\n\n"
         "PART 3\n\n营商环境再优化\n\n"
         "园区为湖北恒锐机械有限公司智能农机装配项目协调解决用电问题，该项目总投资2.4亿元，主要建设装配车间。\n")


def test_a_sub_head_naming_an_event_gives_it_to_the_projects_under_it() -> None:
    projects = _projects(HEADS)
    bearing = projects["湖北楚天精工有限公司精密轴承生产基地项目"]
    assert (bearing.get("stage"), bearing.get("status")) == ("signed", "actual")
    paper = projects["荆门华瑞纸业有限公司特种纸生产线项目"]
    assert (paper.get("stage"), paper.get("status")) == ("in_production", "actual")
    # a part headed by other work: its project takes no event from the heads before it
    assert projects["湖北恒锐机械有限公司智能农机装配项目"].get("stage") != "in_production"


def test_a_class_of_a_plans_list_gives_no_event_done() -> None:
    text = ("今年全县共安排重点项目20个。\n\n新开工项目\n"
            "1.某某县中医院门诊综合楼项目。业主单位：某某县卫生健康局；总投资3.2亿元；"
            "建设内容：新建门诊综合楼，计划6月开工。\n")
    hospital = next(v for k, v in _projects(text).items() if k.endswith("中医院门诊综合楼项目"))
    assert hospital.get("status") != "actual"


def test_projects_announced_at_a_ceremony_are_no_name() -> None:
    text = ("7月8日，某某县三季度重大项目集中开工仪式举行，开工项目11个，总投资40亿元。"
            "县长宣布项目开工。其中，湖北宏锦纺织有限公司年产1万吨高档面料项目投资6亿元。")
    projects = _projects(text)
    assert not any("宣布" in name for name in projects)
    assert any(name.endswith("年产1万吨高档面料项目") for name in projects)


def test_what_a_facility_can_take_in_is_no_batch() -> None:
    doc = _doc("某某孵化中心建成后可容纳创业项目60个，年内将引进科技型企业20家。"
               "今年以来，某某县新开工项目18个，总投资36亿元。")
    counts = sorted(r.get("count") for r in doc.records if r.kind == "batch")
    assert counts == [18]
