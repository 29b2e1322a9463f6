"""Layouts the sixth held-out set showed, each checked on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text, section_lines_between


def _body(doc) -> str:
    """The cleaned text outside furniture and caption regions."""
    text = doc.clean
    regions = doc.regions_of("furniture", "caption")
    spans = sorted(doc.offsets.to_clean(r.raw_start, r.raw_end) for r in regions)
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        pos = max(pos, end)
    out.append(text[pos:])
    return "".join(out)


def test_a_page_editor_footer_opening_with_benban_is_furniture() -> None:
    for line in ("本版责编：高某 美编：李某", "本版责编: 某某  校对: 某某"):
        found = classify_text([line], 0)
        assert found == ("furniture", "editor line")
    assert classify_text(["本版责编辑部门介绍了今年的工作安排和全年主要目标任务"], 0) is None


def test_a_section_name_between_furniture_lines_is_furniture() -> None:
    texts = ["2023年9月6日 星期三 B02", "财经观察", "责编：某某", "某县一批项目开工", "正文第一段。"]
    assert section_lines_between(texts, {0, 2}) == [1]
    # a title between two flagged lines is not a section name when it holds figures or marks
    texts = ["2023年9月6日 星期三 B02", "3个项目开工", "责编：某某"]
    assert section_lines_between(texts, {0, 2}) == []
    assert section_lines_between(["第2版", "本地新闻", "某县项目开工了"], {0}) == []


def test_a_page_turn_header_repeated_mid_story_is_no_body_text() -> None:
    page = ("2023年9月6日 星期三 B02\n财经观察\n责编：陈某 美编：王某\n"
            "某县工业园区扩容提质\n本报讯（记者 周某）9月5日，某县\n工业园区内，多家企业正在加紧\n"
            "安装生产设备。园区今年已新开\n工项目8个，总投资32亿元；新\n竣工项目5个，均已投入使用。\n"
            "2023年9月6日 星期三 B02\n财经观察\n责编：陈某 美编：王某\n"
            "此外，园区配套的道路和管网\n工程已全部完工，具备通车条\n件，年内将全部交付使用。\n"
            "某镇签约3个农业项目\n本报讯（记者 吴某）9月4日，某镇\n举行农业项目签约仪式，现场\n"
            "签约项目3个，协议投资额6亿\n元，涵盖种植和农产品加工。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2023, 9, 6))
    assert [a.headline for a in doc.articles] == ["某县工业园区扩容提质", "某镇签约3个农业项目"]
    body = _body(doc)
    assert "财经观察" not in body and "美编" not in body
    assert "已新开工项目8个，总投资32亿元" in body and "具备通车条件" in body


def _records(page: str, kind: str, day: dt.date = dt.date(2024, 7, 2)) -> list:
    doc = Pipeline().process(page, pub_date=day)
    return [r for r in doc.records if r.kind == kind]


def test_figures_of_one_plant_or_one_tariff_are_no_statistics() -> None:
    page = ("某市新能源产业提速\n\n本报讯 7月1日，某公司新厂总投资金额约30亿元，完工后年营收可增加约12亿元，"
            "可创造约500个就业岗位。外方追加投资3000万美元。某水电站装机容量60万千瓦，总投资42亿元，"
            "目前已完成投资11亿元。某储能电站规模100兆瓦/200兆瓦时。某社区助餐点每人补贴5元。"
            "上半年，全市规模以上工业增加值达到320亿元，同比增长7.2%；全市完成固定资产投资560亿元。\n")
    got = {r.get("metric"): r.get("value") for r in _records(page, "indicator")}
    assert got == {"规模以上工业增加值": 32_000_000_000, "固定资产投资": 56_000_000_000}


def test_grid_connection_and_resumed_works_are_stages_an_original_plan_is_none() -> None:
    page = ("某县项目动态\n\n本报讯 7月1日，某县光伏发电项目首批机组并网发电。"
            "同日，停工一年多的某县纸业项目复工。"
            "另外，原定去年投产的某县冷链物流项目因市场变化暂缓建设，该项目总投资3亿元。\n")
    got = {r.get("name"): r.get("stage") for r in _records(page, "project")}
    assert got.get("某县光伏发电项目") == "in_production"
    assert got.get("某县纸业项目") == "under_construction"
    assert got.get("某县冷链物流项目") != "in_production"


def test_projects_only_intended_are_a_batch_under_negotiation() -> None:
    page = ("某市招商推介会举行\n\n本报讯 7月1日，某市招商推介会举行，现场签约项目20个，协议投资额150亿元；"
            "另有意向投资项目8个，意向投资额约60亿元。\n")
    got = {r.get("count"): r.get("event") for r in _records(page, "batch")}
    assert got == {20: "signed", 8: "negotiating"}


def test_a_full_county_name_or_a_place_heading_the_clause_locates_the_project() -> None:
    page = ("江西多地项目建设忙\n\n本报讯 7月1日，赣州市一批项目集中开工。"
            "其中，宁都县年产3万吨饲料项目投资2亿元；"
            "吉安市新干县年产10万套五金工具项目投资3亿元。同日，九江市签约的某某光电产业园项目总投资12亿元。\n")
    got = {r.get("name"): (r.get("location") or {}, r.get("investor")) for r in _records(page, "project")}
    loc, investor = got["宁都县年产3万吨饲料项目"]
    assert (loc.get("county"), investor) == ("宁都县", None)
    loc, investor = got["吉安市新干县年产10万套五金工具项目"]
    assert (loc.get("city"), loc.get("county"), investor) == ("吉安市", "新干县", None)
    assert got["某某光电产业园项目"][0].get("city") == "九江市"


def test_a_place_opening_a_clause_of_the_sentence_is_the_region_of_its_batch() -> None:
    page = ("各地项目建设提速\n\n本报记者 某某\n\n"
            "　　在江苏，南京市7月1日举行重大项目集中开工，共开工项目120个，总投资900亿元。"
            "在东北，吉林省同日集中签约项目45个，签约总额约310亿元。"
            "浙江省湖州市、嘉兴市等地同步推进，嘉兴市今年计划开工项目60个。\n")
    got = {r.get("count"): r.get("region") for r in _records(page, "batch")}
    assert got == {120: "南京市", 45: "吉林省", 60: "嘉兴市"}


def test_same_day_events_and_signings_at_the_opening_meeting_take_its_date() -> None:
    page = ("某市在杭州举办招商推介会\n\n本报讯 6月26日，某市2024杭州投资推介会举行。"
            "推介会上，某市共签约项目12个，"
            "协议投资额90亿元。具体有：\n——恒川智能装备产业园项目，投资30亿元，落户经开区；\n"
            "——康源生物医药基地项目签约，投资20亿元。\n"
            "同日，某县年产2万吨食品项目在某县开工。\n")
    got = {r.get("name"): r.get("date") for r in _records(page, "project")}
    assert got["恒川智能装备产业园项目"] == "2024-06-26"
    assert got["康源生物医药基地项目"] == "2024-06-26"
    assert got["某县年产2万吨食品项目"] == "2024-06-26"


def test_topping_out_installing_and_a_month_before_a_completed_check() -> None:
    page = ("某区项目快报\n\n本报讯 6月20日，某区创新中心项目主体结顶。某区精密轴承项目正在进行设备安装调试。"
            "某区物流园项目已于5月底完成主体工程。某区电子材料项目3月完成竣工验收。\n")
    got = {r.get("name"): (r.get("stage"), r.get("date")) for r in _records(page, "project")}
    assert got["某区创新中心项目"] == ("under_construction", "2024-06-20")
    assert got["某区精密轴承项目"][0] == "under_construction"
    assert got["某区物流园项目"] == ("under_construction", "2024-05")
    assert got["某区电子材料项目"] == ("completed", "2024-03")


def test_taiwan_dollars_keep_their_currency_in_the_surface_and_rule_bare_yuan() -> None:
    page = ("竹科廠商擴產\n\n【記者林某某／新竹報導】某公司新廠投資新臺幣85億元，"
            "今年園區營業額逾1.2兆元，其中出口金額達3,600億元。\n")
    doc = Pipeline().process(page, pub_date=dt.date(2024, 7, 2))
    got = {doc.clean[m.start:m.end]: m.attributes["currency"] for m in doc.mentions if m.kind == "money"}
    assert got.get("新台币85亿元") == "TWD"
    assert got.get("3,600亿元") == "TWD"
    page = "某市新闻\n\n本报讯 某企业投资人民币12亿元，另有港币3亿元。\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 7, 2))
    got = {doc.clean[m.start:m.end]: m.attributes["currency"] for m in doc.mentions if m.kind == "money"}
    assert got == {"12亿元": "CNY", "港币3亿元": "HKD"}


def test_an_amount_word_after_a_count_is_the_amount_of_what_was_counted() -> None:
    page = "某市利用外资\n\n本报讯 今年前6个月，某市新设外商投资企业共计85家，金额达42亿元，同比增长9.5%。\n"
    got = {r.get("metric"): r.get("value") for r in _records(page, "indicator")}
    assert got == {"某市新设外商投资企业": 85, "某市新设外商投资企业金额": 4_200_000_000}


def test_quanqu_in_a_story_of_several_prefectures_of_an_autonomous_region_is_the_region() -> None:
    page = ("新能源建设提速\n\n本报讯 6月5日，南宁市武鸣区一座风电场并网。柳州市鹿寨县光伏项目同日开工。"
            "1-5月，全区新能源发电量达到120亿千瓦时，同比增长9.8%；新能源装机容量突破3000万千瓦。\n")
    got = {r.get("metric"): r.get("region") for r in _records(page, "indicator")}
    assert got == {"新能源发电量": "广西壮族自治区", "新能源装机容量": "广西壮族自治区"}
    page = "某区经济运行\n\n本报讯 1-5月，南宁市青秀区规上工业增加值增长6.1%，全区固定资产投资增长8.2%。\n"
    got = {r.get("metric"): r.get("region") for r in _records(page, "indicator")}
    assert "广西壮族自治区" not in got.values()


def test_a_project_after_its_paragraphs_dated_event_takes_that_day() -> None:
    page = ("各地项目建设\n\n本报讯 5月6日，湖南省举行二季度项目集中开工活动。\n"
            "　　湖北省5月8日举行重大项目集中开工，开工项目300个。"
            "其中，宜昌市枝江市年产8万吨纸浆项目投资9亿元。\n"
            "　　江西省同日集中签约项目90个。九江市签约的恒远新材料产业园项目总投资20亿元。\n")
    got = {r.get("name"): r.get("date") for r in _records(page, "project")}
    assert got["宜昌市枝江市年产8万吨纸浆项目"] == "2024-05-08"
    assert got["恒远新材料产业园项目"] == "2024-05-08"


def test_a_company_named_in_the_next_sentence_replaces_a_name_head_as_investor() -> None:
    page = ("风电项目投产\n\n本报讯 6月3日，位于某旗的白石梁50万千瓦风电项目全容量并网发电。"
            "该项目由北辰清洁能源有限公司投资建设，总投资30亿元。\n")
    got = {r.get("name"): r.get("investor") for r in _records(page, "project")}
    assert got == {"白石梁50万千瓦风电项目": "北辰清洁能源有限公司"}


def test_the_size_of_an_energy_store_is_its_capacity() -> None:
    page = "储能电站投运\n\n本报讯 6月3日，某县共享储能电站正式投运，规模100MW/200MWh，总投资4亿元。\n"
    got = {r.get("name"): r.get("capacity") for r in _records(page, "project")}
    assert got == {"某县共享储能电站": "100MW/200MWh"}


def test_a_project_put_off_is_reported_without_a_stage() -> None:
    page = ("项目动态\n\n本报讯 3月2日，某县召开项目推进会。"
            "原定去年投产的某县冷链物流中心项目因市场变化推迟至明年，"
            "该项目总投资3亿元。某县文体中心项目正在推进前期工作。\n")
    got = {r.get("name"): (r.get("stage"), r.get("status")) for r in _records(page, "project")}
    assert got["某县冷链物流中心项目"] == (None, None)
