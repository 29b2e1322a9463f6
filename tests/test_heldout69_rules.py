"""Rules the misses of the sixty-ninth held-out set called for, each on phrasings of its own.

The set is local television and radio news scripts as a county's media centre posts them: a title,
a meta line ``来源：某县融媒体中心 | 日期``, the script's parts marked ``【导语】``, ``【解说】``,
``【同期声】某局局长 王某``, ``【记者出镜】``, ``【口播】``, spoken sentences with numbers in Chinese
numerals, and closing credits (``记者：甲 乙  编辑：丙``); a bulletin lists its items first.
"""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import related_posts
from newsmill.plugins.extract_projects.keys import _abridged
from newsmill.zh.article_layout import is_script_label
from newsmill.zh.gold import document_to_gold
from newsmill.zh.money import find_money
from newsmill.zh.projects import find_names
from newsmill.zh.units import quantity_spans
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 10, 12))


def names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


# --- layout: a script's part labels, credits, a site's meta line, a programme's contents ---------

SCRIPT = """洋县融媒体中心
首页 > 洋县新闻 > 广播新闻

洋县：朱鹮湖畔的茶园迎来秋茶采摘季
来源：洋县融媒体中心 | 2026-10-11

【导语】
秋分过后，洋县的茶农们又忙了起来。

【解说】
清晨的茶园里，采茶工人们穿行在茶垄间，手指翻飞。

【同期声】洋县茶业协会会长 韩立新
今年雨水匀，秋茶的品相比往年都好。

【记者出镜】
我身后这片茶园就是全县最早的有机茶基地。

【现场声】
（采茶歌）

记者：冯晓 苏航  编辑：黎明
"""


def test_a_scripts_part_labels_are_its_text_no_titles() -> None:
    d = doc(SCRIPT)
    assert [a.headline for a in d.articles] == ["洋县：朱鹮湖畔的茶园迎来秋茶采摘季"]
    art = d.articles[0]
    assert art.kicker is None
    assert d.clean[art.body_start:].lstrip().startswith("【导语】")
    assert sorted(art.reporters) == ["冯晓", "苏航"]  # two names of two characters, apart by a blank
    assert art.source == "洋县融媒体中心"


def test_a_title_after_a_labelled_paragraph_opens_the_next_story() -> None:
    page = ("西峡新闻联播\n\n西峡：猕猴桃分选线投产\n\n"
            "【口播】10月10日，河南伏牛果业有限公司猕猴桃分选线投产。\n\n"
            "【解说】同一天投产的还有一座冷库。\n\n丁河镇：香菇交易市场改造完工\n\n"
            "本台消息 10月10日，丁河镇香菇交易市场改造工程完工。\n")
    heads = [a.headline for a in doc(page).articles]
    assert heads == ["西峡：猕猴桃分选线投产", "丁河镇：香菇交易市场改造完工"]


def test_script_labels() -> None:
    assert is_script_label("【同期声】西峡县农业农村局局长 袁某某")
    assert is_script_label("（同期声）某公司总经理 张某")
    assert is_script_label("【记者出镜】")
    assert is_script_label("【口播】")
    assert is_script_label("【现场声】", bare=True)
    assert not is_script_label("【解说】同一天投产的还有一座冷库。", bare=True)  # the label and its text
    assert not is_script_label("【区域经济速览】")  # a column's tag above a title
    assert not is_script_label("【记者 罗某某】我现在所在的位置…")  # a reporter's turn in a running script


BULLETIN = """西峡县融媒体中心 > 西峡新闻 > 正文

《西峡新闻》2026年10月11日
来源：西峡县融媒体中心 | 2026-10-11 19:30

【本期提要】
1.我县猕猴桃精深加工项目签约 总投资9.8亿元
2.回车镇香菇交易市场改造完工

我县猕猴桃精深加工项目签约 总投资9.8亿元

【口播】
10月10日，我县与河南伏牛果业有限公司签订投资协议，总投资9.8亿元的猕猴桃精深加工项目落户我县。

记者：林可 周正  编辑：江涛

回车镇香菇交易市场改造完工

【口播】
眼下，回车镇香菇交易市场改造工程已经完工，新增交易摊位三百个。

记者：唐亮  编辑：江涛
"""


def test_a_bulletins_contents_are_no_titles_and_its_meta_line_names_every_items_source() -> None:
    d = doc(BULLETIN)
    assert [a.headline for a in d.articles] == ["我县猕猴桃精深加工项目签约 总投资9.8亿元",
                                                "回车镇香菇交易市场改造完工"]
    assert [a.kicker for a in d.articles] == [None, None]
    assert [a.source for a in d.articles] == ["西峡县融媒体中心", "西峡县融媒体中心"]
    assert [sorted(a.reporters) for a in d.articles] == [["周正", "林可"], ["唐亮"]]
    money = document_to_gold(d)["money"]
    assert [m["value_cny"] for m in money] == [980_000_000]  # the contents print the headline again


def test_a_list_of_related_reading_after_a_colon_is_furniture() -> None:
    lines = ["正文。", "", "相关阅读：", "· 某县召开项目观摩会", "· 某县举办招聘会", "",
             "主办：某县融媒体中心"]
    assert related_posts(lines) == [2, 3, 4]
    assert related_posts(["相关阅读：今年以来，全县共签约项目12个。"]) == []  # a sentence, no label


# --- numbers said in Chinese numerals --------------------------------------------------------

def test_a_chinese_numeral_keeps_its_magnitude_in_the_unit() -> None:
    (_s, _e, value, attrs), = quantity_spans("全县猕猴桃种植面积达到十二万亩，")
    assert (value, attrs["number"], attrs["printed_unit"]) == ("120000", "12", "万亩")
    (_s, _e, value, attrs), = quantity_spans("年产干香菇三百吨")
    assert (value, attrs["printed_unit"]) == ("300", "吨")  # no magnitude word: as before


def test_a_county_statistic_in_chinese_numerals_keeps_the_printed_magnitude() -> None:
    page = ("西峡县融媒体中心\n\n西峡：猕猴桃丰收\n\n【同期声】西峡县林业局局长 袁某某\n"
            "目前，全县猕猴桃种植面积达到十二万亩，去年产量达到十八万吨。\n")
    got = {(r.get("value"), r.get("unit")) for r in records(page, "indicator")}
    assert {(12, "万亩"), (18, "万吨")} <= got


def test_spoken_sums_in_yi_without_yuan() -> None:
    def sums(text: str) -> list[tuple[int, str]]:
        return [(int(h.amount), h.qualifier) for h in find_money(text)]
    assert sums("项目建成以后，一年的产值能到八个多亿，") == [(800_000_000, "more_than")]
    assert sums("这家企业投资了五个亿，") == [(500_000_000, "exact")]
    assert sums("全镇有三个亿方的储量，") == []  # no money noun before it


def test_a_projects_land_jobs_and_capacity_in_chinese_numerals() -> None:
    page = ("西峡新闻\n\n西峡：猕猴桃加工项目开工\n\n"
            "10月10日，河南伏牛果业有限公司年产八万吨猕猴桃果汁项目在西峡县回车镇开工。"
            "项目总投资九点八亿元，占地一百八十亩，建成后可新增就业岗位六百个。\n")
    r, = records(page, "project")
    assert r.get("investment_cny") == 980_000_000
    assert r.get("area") == "一百八十亩"
    assert r.get("jobs") == 600
    assert r.get("capacity", "").startswith("年产八万吨猕猴桃果汁")


# --- places: a delegation's trip ---------------------------------------------------------------

def test_where_a_delegation_went_to_seek_investment_is_not_where_the_works_stand() -> None:
    page = ("西峡新闻\n\n我县招商团赴广东签约4个项目\n\n"
            "10月8日至10日，我县招商团赴广东深圳、东莞两地开展招商推介，共签约项目4个，总投资21.5亿元。"
            "西峡县回车镇、丁河镇将承接其中3个项目。\n")
    b, = [x for x in records(page, "batch") if x.get("count") == 4]
    assert b.get("region") == "西峡县"


# --- projects ----------------------------------------------------------------------------------

def test_the_homes_park_as_the_other_party_to_a_signing_is_no_project() -> None:
    assert names("广东锐驰电子有限公司与我县产业集聚区签订投资协议，将建设智能终端项目。") == ["智能终端项目"]
    # a park of its own signing with a firm still reads as a name (it may be a project)
    assert names("6月，广东锐驰电子有限公司与丹江合作产业园签约。") != []


def test_a_site_chosen_and_a_reporters_position_are_no_names() -> None:
    assert names("项目总投资6亿元，拟选址西峡县产业集聚区食品产业园。") == []
    assert names("我现在所在的位置就是猕猴桃果汁项目的施工现场。") == ["猕猴桃果汁项目"]


def test_works_taken_up_again_by_a_demonstrative_give_it_their_figures() -> None:
    assert names("这条生产线投资八千万元，每小时可分选鲜果十吨。") == []
    page = ("西峡新闻\n\n西峡：猕猴桃分选线投产\n\n"
            "在丁河镇，河南伏牛果业有限公司的猕猴桃分选生产线本月已经正式投产。走进车间，机器飞转。"
            "这条生产线投资八千万元，一年可以分选鲜果四万吨。\n")
    r, = records(page, "project")
    assert r.get("investment_cny") == 80_000_000
    assert r.get("capacity") == "一年可以分选鲜果四万吨"


def test_a_part_of_the_works_just_told_of_is_no_works() -> None:
    assert names("按照计划，这个项目的综合办公楼将在明年完工。") == []
    assert names("伏牛果业的冷链物流中心将在明年完工。") == ["冷链物流中心"]  # a firm's: still a name


def test_a_works_told_again_with_a_middle_part_left_out() -> None:
    assert _abridged("猕猴桃加工基地", "西峡猕猴桃冷链仓储加工基地")
    assert not _abridged("香菇市场", "西峡香菇交易市场")  # no shared end of three characters
    assert not _abridged("食品产业园", "西峡食品产业园")  # a part of it, found by containment


def test_processing_markets_and_tourism_complexes_are_works() -> None:
    assert names("回车镇香菇加工交易中心建成投用") == ["回车镇香菇加工交易中心"]
    assert names("丁河镇文旅综合体开工建设") == ["丁河镇文旅综合体"]
    assert names("县公共资源交易中心开展业务培训") == []
    # works named after the complex, in Latin letters too, are one name with it
    assert names("回车镇伏牛山旅游综合体EPC项目开工") == ["回车镇伏牛山旅游综合体EPC项目"]


def test_a_firm_signing_with_the_county_invests_and_the_works_are_signed() -> None:
    page = ("西峡新闻\n\n我县签约猕猴桃项目\n\n"
            "10月10日，河南伏牛果业有限公司与我县产业集聚区签订投资协议，将在园区投资9.8亿元，"
            "建设年产八万吨猕猴桃果汁生产基地。\n")
    r, = records(page, "project")
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")
    assert r.get("investor") == "河南伏牛果业有限公司"


# --- statistics ----------------------------------------------------------------------------------

def test_the_class_just_counted_taken_up_again_is_a_statistic_and_spoken_capabilities_are_not() -> None:
    page = ("西峡新闻\n\n西峡重点项目建设提速\n\n"
            "今年，西峡县共安排重点项目九十二个，年度计划投资一百二十六亿元。"
            "1至9月，这些项目累计完成投资98.4亿元。\n\n"
            "【同期声】某公司总经理 张某\n项目建成后，一年的产值能到十个亿，到时候能解决五百多人就业。"
            "从县城往西三十多公里就是我们的基地。\n")
    got = {(r.get("value"), r.get("unit")) for r in records(page, "indicator")}
    assert (9_840_000_000, "CNY") in got
    assert not any(unit in ("人", "公里") or value == 1_000_000_000 for value, unit in got)


def test_a_plants_buildings_done_while_machines_go_in_leave_it_under_way() -> None:
    page = ("西峡新闻\n\n西峡：项目建设一线见闻\n\n"
            "在河南伏牛果业有限公司的猕猴桃果汁项目现场，三栋标准化厂房已经完工，工人们正在车间里安装设备。\n")
    r, = records(page, "project")
    assert (r.get("stage"), r.get("status")) == ("under_construction", "actual")
    page = "西峡新闻\n\n西峡：厂房完工\n\n10月9日，西峡县产业集聚区二期标准化厂房项目已经完工。\n"
    r, = records(page, "project")
    assert r.get("stage") == "completed"  # the buildings are the works named


def test_a_scene_a_script_moves_to_is_the_next_projects_park() -> None:
    page = ("西峡新闻\n\n西峡：项目建设一线见闻\n\n"
            "从回车镇往北十多公里，就是西峡县产业集聚区。"
            "在河南伏牛果业有限公司的猕猴桃果汁项目现场，工人们正在安装设备。\n")
    r, = records(page, "project")
    assert r.get("location")["detail"] == "西峡县产业集聚区"
    page = ("西峡新闻\n\n西峡：项目建设一线见闻\n\n"
            "在河南伏牛果业有限公司的猕猴桃果汁项目现场，工人们正在安装设备。\n")
    r, = records(page, "project")
    assert not (r.get("location") or {}).get("detail")  # no scene set before it


def test_a_part_of_this_month_dates_the_event() -> None:
    page = ("西峡新闻\n\n西峡：分选线投产\n\n"
            "在丁河镇，河南伏牛果业有限公司的猕猴桃分选生产线本月初已经正式投产。\n")
    r, = records(page, "project")
    assert r.get("date") == "2026-10"
