"""Rules the thirteenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.article_layout import is_addressee_line, is_field_line
from newsmill.zh.cues import target_in
from newsmill.zh.projects import find_names
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2024, 7, 1))


#: Two project cards of ``■label：value`` lines.
CARDS = ("项目巡礼\n\n"
         "■项目名称：松江河冷水鱼加工项目\n"
         "■建设单位：吉林某某水产有限公司\n"
         "■建设地点：抚松县松江河镇\n"
         "■总投资：1.6亿元\n"
         "■建设内容：新建冷水鱼加工生产线3条，年加工冷水鱼2万吨\n"
         "■建设进度：车间主体已封顶，计划9月投产\n\n"
         "■项目名称：临江市边境物流园项目\n"
         "■建设单位：临江某某物流集团\n"
         "■建设地点：临江市\n"
         "■总投资：3.2亿元\n"
         "■建设进度：已完成投资1.4亿元，预计明年建成\n")


def test_cards_with_square_bullets_give_their_fields_and_their_progress() -> None:
    assert is_field_line("■建设进度：车间主体已封顶") and is_field_line("●项目名称：某某项目")
    projects = _projects(CARDS)
    assert set(projects) == {"松江河冷水鱼加工项目", "临江市边境物流园项目"}  # no line of a card's content
    fish = projects["松江河冷水鱼加工项目"]
    assert (fish.get("stage"), fish.get("status")) == ("under_construction", "actual")
    assert fish.get("investor") == "吉林某某水产有限公司" and fish.get("investment_cny") == 160_000_000
    assert fish.get("capacity") == "年加工冷水鱼2万吨"
    port = projects["临江市边境物流园项目"]
    assert (port.get("stage"), port.get("status")) == ("under_construction", "actual")
    assert not _indicators(CARDS)  # 已完成投资 on a card's line is the card's project's


def test_a_farmer_s_and_a_worker_s_own_figures_are_no_statistics() -> None:
    page = ("本报讯 “今年自家种了45亩，一年能增收2万元。”村民王某说。进厂务工的李某说，每月能拿4500元。"
            "该企业已招录员工800余人。今年全县马铃薯种植面积达50万亩。\n")
    metrics = [r.get("metric") for r in _indicators(page)]
    assert metrics == ["马铃薯种植面积"]


def test_a_town_whose_name_opens_with_jiang_is_no_plan_word() -> None:
    assert target_in("在西吉县将台堡镇，某项目正式投产") is None
    assert target_in("将乐县某项目投产") is None
    assert target_in("项目将在某镇建设") is not None


def test_a_whole_industry_s_output_is_not_the_one_project_s() -> None:
    page = ("本报讯 7月1日，某某公司投资2亿元建设的杂粮加工项目投产。"
            "据了解，今年全县杂粮全产业链产值突破20亿元。\n")
    (r,) = _projects(page).values()
    assert r.get("annual_output_cny") is None


def test_he_before_a_place_suffix_is_part_of_a_name() -> None:
    text = "永和县红枣加工园二期项目计划年内投产。"
    assert [n.name for n in find_names(text, 0, len(text))] == ["永和县红枣加工园二期项目"]


def test_a_column_of_counties_gives_each_row_its_place() -> None:
    page = ("4月10日，全市集中开工项目20个。部分项目如下：\n"
            "序号  项目名称  所在县市区  总投资\n"
            "1  年产10万吨饲料项目  临邑县  5亿元\n"
            "2  智慧物流园项目  德城区  8亿元\n")
    projects = _projects(page)
    assert projects["年产10万吨饲料项目"].get("location")["county"] == "临邑县"
    assert projects["智慧物流园项目"].get("location")["county"] == "德城区"


def test_microblog_posting_and_counter_lines_are_furniture() -> None:
    assert classify_text(["2024-5-8 09:12 来自 iPhone客户端"], 0) == ("furniture", "page meta")
    assert classify_text(["转发 12  评论 3  赞 56"], 0) == ("furniture", "share prompt")


def test_a_microblog_post_s_bracketed_title_is_its_headline_and_the_account_its_source() -> None:
    page = ("某某发布\n2024-5-8 09:12 来自 微博网页版\n\n"
            "#项目建设进行时#【某县：食品产业园项目开工】5月7日，某县食品产业园项目开工，总投资4亿元。\n\n"
            "转发 12  评论 3  赞 56\n")
    doc = _doc(page, dt.date(2024, 5, 8))
    (art,) = doc.articles
    assert art.headline == "某县：食品产业园项目开工"
    assert art.source == "某某发布"
    assert doc.clean[art.body_start:].startswith("5月7日")


def test_a_speech_s_date_line_is_its_kicker_and_the_salutation_no_title() -> None:
    assert is_addressee_line("尊敬的各位领导、各位来宾：")
    page = ("在某某产业园项目开工仪式上的讲话\n（2024年6月18日）\n某某县人民政府县长 王某某\n\n"
            "尊敬的各位领导、各位来宾：\n\n今天，我们在这里隆重举行某某产业园项目开工仪式。"
            "某某产业园项目总投资20亿元，计划2026年建成投产。\n\n谢谢大家！\n")
    doc = _doc(page, dt.date(2024, 6, 18))
    (art,) = doc.articles
    assert art.headline == "在某某产业园项目开工仪式上的讲话"
    assert art.kicker == "（2024年6月18日）"
    (r,) = [x for x in doc.records if x.kind == "project"]
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("started", "actual", "2024-06-18")


def test_the_staff_a_plant_will_employ_at_full_production_are_its_jobs() -> None:
    page = "本报讯 某某公司年产50万套座椅项目6月投产，满产后用工将达到1800人。\n"
    (r,) = _projects(page).values()
    assert r.get("jobs") == 1800


def test_a_closing_credit_followed_by_topic_tags_names_the_reporter() -> None:
    from newsmill.zh.bylines import parse_trailing_credit
    credit = parse_trailing_credit("某县食品产业园项目开工。（记者 王某某）#招商引资# #项目建设#")
    assert credit is not None and [r.text for r in credit.reporters] == ["王某某"]
