"""Rules the misses of the hundred-and-twenty-third held-out set called for, each on phrasings of its own.

The set is the ocean economy in Hainan and Fujian: a city paper's page out of a PDF (a narrow column,
stray blanks, a column of county items led by the county's short name), a county-level city's news
site (``某某融媒讯``, an editor line in brackets after each story) and a provincial paper's digital
edition (a dated page line with its editors, bracketed previous and next links); farming vessels and
platforms at sea, desalination plants, wharves, berths, yards, sea farms and fishing ports.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.plugins.clean_spaces import splits_subject
from newsmill.plugins.extract_projects.amounts import FACILITY_SIZE
from newsmill.zh.bylines import parse_dateline
from newsmill.zh.place_items import led_by_place, opens_place_item
from newsmill.zh.place_rules import alias_after_ok
from newsmill.zh.title_glosses import one_of_batch_under, works_gloss
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 12, 2))


def _heads(page: str) -> list[tuple[str | None, str | None]]:
    return [(a.headline, a.kicker) for a in doc(page).articles]


def _indicators(page: str) -> dict[str, tuple[object, str]]:
    return {r.get("metric"): (r.get("value"), r.get("unit")) for r in records(page, "indicator")}


# --- cleaning: page furniture and stray blanks ------------------------------------------------------

def test_a_dated_page_line_with_several_editors_is_furniture() -> None:
    assert classify_text(["2026年12月2日 星期三  第05版：县域经济  本版责编：王海宁 李珂"], 0) \
        == ("furniture", "page header")
    assert classify_text(["2026年12月2日 第3版：港航物流  责任编辑：陈一鸣"], 0) \
        == ("furniture", "page header")


def test_a_sentence_on_a_page_of_the_paper_stays() -> None:
    line = "2026年12月2日，第5版刊登的港口消息引起了读者关注，编辑部收到来信20多封。"
    assert classify_text([line], 0) is None


def test_bracketed_previous_and_next_links_are_furniture() -> None:
    assert classify_text(["［上一篇］ 石码港新航线开通　［下一篇］ 渔港经济区建设提速"], 0) \
        == ("furniture", "page tools")
    assert classify_text(["[下一篇] 海岛旅游持续升温"], 0) == ("furniture", "page tools")


def test_a_sentence_on_the_last_story_stays() -> None:
    assert classify_text(["上一篇报道刊发后，渔民们纷纷打来电话反映情况。"], 0) is None


def test_a_blank_cutting_a_works_name_before_its_kind_and_head_noun_goes() -> None:
    assert splits_subject("与港区配套的海产品冷链加工", "厂项目由某公司投资建设")
    assert splits_subject("石码镇渔船修造", "基地项目已于9月开工")


def test_a_blank_after_a_short_label_stays() -> None:
    assert not splits_subject("新开工", "园项目由某公司投资")
    assert not splits_subject("精深加工", "园区内企业达到30家")


# --- segmenting and bylines --------------------------------------------------------------------------

def test_a_works_measure_or_spending_under_its_news_is_the_subtitle() -> None:
    page = ("龙海区首座深远海养殖平台投用\n养殖水体4.5万立方米 年产石斑鱼600吨\n\n"
            "本报讯（记者 陈一）11月30日，"
            "龙海区首座深远海养殖平台投入使用，总投资1.2亿元。\n")
    assert _heads(page) == [("龙海区首座深远海养殖平台投用", "养殖水体4.5万立方米 年产石斑鱼600吨")]
    page = ("石码渔港改造加快推进\n已完成投资1.3亿元\n\n本报讯（记者 陈一）眼下，"
            "石码渔港改造工程现场一片繁忙，"
            "目前已完成投资1.3亿元。\n")
    assert _heads(page) == [("石码渔港改造加快推进", "已完成投资1.3亿元")]


def test_a_figure_line_telling_an_event_is_no_gloss() -> None:
    assert not works_gloss(["年产海参800吨项目投产", "海洋经济再添新动能"], 0)
    assert not works_gloss(["养殖水体突破百万立方米", "全省深远海养殖规模稳居前列"], 0)


def test_one_project_and_the_batchs_count_under_the_batchs_signing_is_the_subtitle() -> None:
    assert one_of_batch_under(["东山县文旅项目集中签约", "马銮湾度假村等8个项目落地"], 1)
    assert not one_of_batch_under(["马銮湾度假村等8个项目落地", "东山县文旅项目签约总额36亿元"], 0)


def test_a_media_centres_short_name_is_the_outlet() -> None:
    c = parse_dateline("龙海融媒讯（记者 陈一 通讯员 林二）11月30日，")
    assert c is not None and c.source is not None and c.source.text == "龙海融媒" and c.place is None
    c = parse_dateline("诏安县融媒体讯（记者 陈一）近日，")
    assert c is not None and c.source is not None and c.source.text == "诏安县融媒体"


def test_a_papers_dateline_keeps_its_place() -> None:
    c = parse_dateline("本报龙海讯（记者 陈一）11月30日，")
    assert c is not None and c.place is not None and c.place.text == "龙海"


def test_a_sites_editor_line_closes_its_story() -> None:
    page = ("石码渔港改造完工\n\n龙海融媒讯（记者 陈一）11月30日，石码渔港改造工程完工，总投资1.3亿元。\n\n"
            "（责任编辑：王海宁）\n\n前10个月全区水产品产量增长5%\n\n据区统计局消息，前10个月，全区水产品总产量"
            "达到36.2万吨，同比增长5%。\n\n（责任编辑：李珂）\n")
    assert [h for h, _k in _heads(page)] == ["石码渔港改造完工", "前10个月全区水产品产量增长5%"]


def test_a_column_of_items_led_by_short_county_names() -> None:
    assert led_by_place("漳浦 全县首个海带加工车间改造项目日前完工，")
    assert led_by_place("诏安11月21日，梅岭镇渔港改造项目开工。")
    assert opens_place_item("东山 东山县海上风电运维基地项目正在开展前期工作，")


def test_a_sentence_opening_on_no_place_is_no_item() -> None:
    assert not led_by_place("今年以来，全县水产品产量持续增长。")
    assert not opens_place_item("养殖 网箱12座已投放鱼苗。")


# --- projects, batches and indicators ----------------------------------------------------------------

def test_the_ocean_economys_works_told_finished_or_built_by_a_sum_are_projects() -> None:
    page = ("本报讯 11月28日，东山县铜陵镇海水淡化厂正式投产，日产淡水3000吨，项目投资5600万元。"
            "由福建东海渔业有限公司投资3.1亿元建造的“东渔养1号”养殖工船在漳州交付。\n")
    names = " ".join(projects(page))
    assert "海水淡化厂" in names and "养殖工船" in names


def test_a_desalination_plant_or_a_wharf_named_as_a_place_is_no_project() -> None:
    page = ("本报讯 园区海水淡化设施日产淡水仅5000吨，远不能满足企业需求。"
            "游客在邮轮码头登船后前往海岛观光。\n")
    names = " ".join(projects(page))
    assert "淡化" not in names and "邮轮码头" not in names


def test_the_size_of_the_ocean_economys_works() -> None:
    for told in ("游艇泊位80个", "渔船泊位120个", "养殖水体合计4万立方米", "年修船能力150艘次",
                 "年造船能力30万载重吨"):
        assert FACILITY_SIZE.search(told), told
    assert FACILITY_SIZE.search("泊位利用率达到85%") is None


def test_a_facilitys_capacity_to_hatch_projects_is_no_batch() -> None:
    page = "本报讯 11月28日，某某海洋生物中试基地开工，建成后可孵化海洋药物和医疗器械项目30个以上。\n"
    assert not records(page, "batch")


def test_one_ocean_works_signed_sum_is_no_batch() -> None:
    page = "本报讯 11月28日，东山县马銮湾游艇旅游项目签约金额5.2亿元，规划建设游艇泊位90个。\n"
    assert not any(r.get("total_cny") == 520000000 for r in records(page, "batch"))


def test_a_vessels_or_a_wharfs_own_measures_and_a_coasts_lie_are_no_statistics() -> None:
    page = ("本报讯 该船长190米，载重吨6万吨，设12个养殖舱。码头年设计通过能力800万吨。"
            "全省海域面积13.6万平方公里。邮轮航次预计带来旅游消费超过2000万元。\n")
    assert not _indicators(page)


def test_a_coasts_stock_of_berths_and_sea_farms_is_a_statistic() -> None:
    page = ("本报讯 截至目前，漳州港已建成万吨级以上泊位26个，其中5万吨级以上泊位9个。全市现有国家级海洋牧场"
            "示范区3个。\n")
    values = {v for v, _u in _indicators(page).values()}
    assert {26, 9, 3} <= values


def test_a_bay_named_after_a_division_is_no_sign_of_it() -> None:
    text = "三沙湾内网箱养殖面积持续压减"
    assert not alias_after_ok(text, 2)
    assert alias_after_ok("大亚湾区石化产业持续壮大", 2)


def _cleaned(page: str) -> str:
    return doc(page).text


_GATED = ("本报讯(记者 李 岚)眼下,石码镇渔港升级改造工程现场,打桩船往来\n穿梭。该工程总投资3.8亿元,"
          "新建防波 堤860米、渔\n船泊位120个,改造护 岸1.5公里,计划明年6月建成,渔港可满足80\n"
          "0艘渔船避风需求,年卸港量达到25万吨。\n")


def test_a_column_line_opening_a_paragraph_on_a_noisy_page_loses_its_blank() -> None:
    page = _GATED + "与渔港配套的石码水产品精深加工 园项目已于1\n0月开工,该项目由某公司投资1.6亿元建设。\n"
    assert "精深加工园项目" in _cleaned(page)


def test_a_title_with_its_place_before_a_colon_keeps_its_gap() -> None:
    page = (_GATED + "龙海:渔港人气旺 项目底气足\n本报记者 王一 通讯员 李二\n"
            "岁末年初,龙海渔港一片繁忙,渔船满载而归。\n")
    assert "渔港人气旺 项目底气足" in _cleaned(page)
