"""Layouts and phrasings the ninth held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.extract_projects.filters import _park_of_projects
from newsmill.zh.article_layout import is_field_line, title_offset
from newsmill.zh.pagedate import date_on_line
from newsmill.zh.projects import NameSpan


def _doc(page: str, day: dt.date = dt.date(2024, 5, 6)):  # noqa: ANN202 - a Document
    return Pipeline().process(page, pub_date=day)


def _projects(page: str) -> list:
    return [r for r in _doc(page).records if r.kind == "project"]


# -- segmentation ---------------------------------------------------------------------

def test_a_tv_programme_line_with_a_date_is_a_date_line() -> None:
    assert date_on_line("某省新闻联播  2023-03-02 20:05") is not None
    assert date_on_line("某某卫视 2023年3月2日  来源：某某广播电视台") is not None
    assert date_on_line("某某电视台记者走进2023年3月2日开工的园区") is None


def test_a_media_tag_before_a_title_is_not_part_of_it() -> None:
    line = "【图文】某市两个项目同日竣工"
    assert line[title_offset(line):] == "某市两个项目同日竣工"
    assert title_offset("【聚焦】某市两个项目同日竣工") == 0
    page = ("某市电视台  2023-05-04 18:30\n\n【视频】某县食品产业园开工\n\n"
            "本台消息（记者 王某某）5月3日，某县食品产业园开工建设，总投资6亿元。\n")
    assert [a.headline for a in _doc(page).articles] == ["某县食品产业园开工"]


def test_label_value_lines_of_a_notice_are_body_text() -> None:
    assert is_field_line("建设地点：某市某区某路西侧") and is_field_line("三、项目名称：某公司某项目")
    assert is_field_line("联系电话：0000-1234567") and is_field_line("项目总投资：2.5亿元")
    assert not is_field_line("某县：三个项目同日开工") and not is_field_line("株洲：产业园开工")
    page = ("关于某某项目核准的公示\n\n根据有关规定，现将项目情况公示如下。\n\n"
            "一、项目名称：某某科技有限公司年产2万吨新型建材项目\n建设单位：某某科技有限公司\n"
            "建设地点：淮南市凤台县经济开发区\n总投资：3.6亿元\n\n"
            "二、项目名称：某某农业有限公司年加工1万吨茶叶项目\n建设单位：某某农业有限公司\n"
            "建设地点：六安市霍山县\n总投资：8000万元\n")
    assert len(_doc(page).articles) == 1


# -- projects -------------------------------------------------------------------------

def test_a_project_card_gives_place_amount_investor_and_a_planned_stage() -> None:
    page = ("关于某某项目核准的公示\n\n根据有关规定，现将项目情况公示如下。\n\n"
            "一、项目名称：某某科技有限公司年产2万吨新型建材项目\n建设单位：某某科技有限公司\n"
            "建设地点：淮南市凤台县经济开发区\n总投资：3.6亿元\n\n"
            "二、项目名称：某某农业有限公司年加工1万吨茶叶项目\n建设单位：某某农业有限公司\n"
            "建设地点：六安市霍山县\n总投资：8000万元\n")
    recs = {r.get("name"): r for r in _projects(page)}
    build = next(r for n, r in recs.items() if "建材" in n)
    tea = next(r for n, r in recs.items() if "茶叶" in n)
    assert build.get("investment_cny") == 360_000_000 and tea.get("investment_cny") == 80_000_000
    assert build.get("location")["county"] == "凤台县" and build.get("location")["detail"] == "经济开发区"
    assert tea.get("location")["county"] == "霍山县" and tea.get("location")["city"] == "六安市"
    assert build.get("stage") == "planned" and tea.get("investor") == "某某农业有限公司"


# -- indicators -----------------------------------------------------------------------

def _indicators(page: str) -> list[str]:
    return [r.get("metric") for r in _doc(page).records if r.kind == "indicator"]


def test_what_a_village_project_brings_and_a_wage_are_no_statistics() -> None:
    page = ("某县乡村振兴项目见效\n\n本报讯 走进某某镇某某村，这是该村去年建成的食用菌大棚项目，"
            "使用财政衔接资金90万元，每年可为村集体增收8万元。村民张某某说，她每月能拿到3100元。"
            "今年全县农村居民人均可支配收入16250元，同比增长7.1%。\n")
    metrics = _indicators(page)
    assert any("可支配收入" in m for m in metrics)
    assert not any("衔接资金" in m or "增收" in m or "拿到" in m for m in metrics)


def test_a_companys_added_capital_and_what_a_build_adds_are_no_statistics() -> None:
    page = ("某区开放型经济提速\n\n本报讯 当天，某某冷链集团增资2000万美元，扩建其物流中心，"
            "新增冷库面积3.2万平方米。另一家企业新建发酵车间，年产有机肥6万吨。"
            "今年1—8月，全区实际使用外资1.6亿美元，同比增长12.4%。\n")
    metrics = _indicators(page)
    assert any("实际使用外资" in m for m in metrics)
    assert not any("增资" in m or "面积" in m or "年产" in m for m in metrics)


# -- batches --------------------------------------------------------------------------

def test_a_count_by_event_after_a_batch_with_muqian_yi_is_a_batch() -> None:
    page = ("某县项目建设提速\n\n本报讯 今年某县共安排农业产业项目84个，总投资3.2亿元，目前已竣工37个。\n")
    batches = [r for r in _doc(page).records if r.kind == "batch"]
    done = [b for b in batches if b.get("count") == 37]
    assert done and done[0].get("event") == "completed"
    assert any(b.get("count") == 84 for b in batches)


def test_a_park_heading_a_count_of_projects_is_no_project() -> None:
    text = "邵阳市桃花工业园区四个新项目同日投产，某某工业园区项目开工"
    park = NameSpan(3, 9, "桃花工业园区", False)
    assert _park_of_projects(text, park, len(text))
    other = NameSpan(19, 25, "某某工业园区", False)
    assert not _park_of_projects(text, other, len(text))  # the park's own works (…园区项目开工)


def test_an_area_statistic_after_a_stop_is_kept_though_a_build_precedes_it() -> None:
    page = ("某县茶产业\n\n本报讯 某某公司新建的茶叶仓储中心年仓储能力达2万吨.据了解，"
            "去年某县茶园面积达到21.5万亩。\n")
    assert any("茶园面积" in m for m in _indicators(page))


def test_an_upgrade_of_a_built_thing_funded_in_a_village_is_a_project() -> None:
    page = ("本报讯 走进宁远县青山镇石门村,新修的道路直通田间。"
            "这是该村去年启动的茶园道路提升项目,使用衔接资金85万元,新修道路3公里,目前正在加紧施工。\n")
    found = [r for r in _projects(page) if r.get("name") == "茶园道路提升项目"]
    assert len(found) == 1
    r = found[0]
    assert r.get("investment_cny") == 850000
    assert r.get("location")["detail"] == "青山镇石门村"


def test_an_upgrade_of_a_kind_of_thing_alone_is_no_project() -> None:
    page = "本报讯 全县今年将推进产业提升项目建设,力争完成投资5亿元。\n"
    assert not [r for r in _projects(page) if "提升" in (r.get("name") or "")]


def test_a_facility_a_company_pays_to_extend_is_a_project() -> None:
    page = ("本报讯 9月2日,总投资6亿元的华曜光学镜片项目在江州经济开发区签约落地。\n"
            "当天,香港瑞达供应链公司增资2亿元,扩建其在开发区内的冷链分拨中心,新增库容1万吨。\n")
    found = [r for r in _projects(page) if r.get("name") == "冷链分拨中心"]
    assert len(found) == 1
    assert found[0].get("investor") == "香港瑞达供应链公司"


def test_a_facility_merely_visited_is_no_project() -> None:
    page = "本报讯 9月2日,考察团参观了开发区内的冷链分拨中心,了解仓储运营情况。\n"
    assert not [r for r in _projects(page) if r.get("name") == "冷链分拨中心"]
