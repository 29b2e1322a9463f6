"""Rules the misses of the twenty-first held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_furniture import classify_text
from newsmill.zh.gold import document_to_gold
from newsmill.zh.money import find_money
from tests.heldout_support import page_helpers

DAY = dt.date(2024, 5, 14)
doc, projects, indicators = page_helpers(DAY)


def _records(page: str, kind: str) -> list:
    return [r for r in doc(page).records if r.kind == kind]


def test_a_spoken_count_of_a_size_class_is_no_money() -> None:
    for text in ("今年以来，某园区已有9个亿元以上项目开工建设。", "全县新引进4个亿元以上工业项目。",
                 "共有15个亿元项目集中签约。"):
        assert not list(find_money(text)), text
        assert not [m for m in doc(text).mentions if m.kind == "money"], text
    # the spoken sum (几个亿) is still money, also before the project it is of
    for text, value in (("这个项目总投资5个亿。", 500_000_000), ("总投资8个亿元的甲项目开工。", 800_000_000)):
        assert [h.value for h in find_money(text)] == [value], text


def test_an_amount_restated_with_a_pinyin_note_is_one_gold_entry() -> None:
    page = ("某縣二季度項目集中開(kāi)工\n"
            "18個項目總投資64.5億(yì)元\n"
            "本報訊 4月28日，某縣二季度重大項目集中開工活動舉行，此次開工項目18個，總投資64.5億元。\n")
    gold = document_to_gold(doc(page))
    assert [m["value_cny"] for m in gold["money"]].count(6_450_000_000) == 1, gold["money"]


def test_rounds_of_a_batch_are_no_count() -> None:
    page = "本报讯 今年以来，某市已分四批集中开工重大项目132个，总投资845.2亿元。\n"
    got = [(r.get("count"), r.get("total_cny")) for r in _records(page, "batch")]
    assert got == [(132, 84_520_000_000)], got
    # a count in 批 alone is still read
    page = "本报讯 今年以来，某县共有3批项目集中开工。\n"
    assert [r.get("count") for r in _records(page, "batch")] == [3]


PARK_LIST = ("某港区公布二季度重点项目推进情况\n\n"
             "本报讯 现将二季度港区重点项目推进情况公布如下：\n\n"
             "（一）新开工项目（2个，总投资9.6亿元）\n"
             "1.甲物流冷链仓储中心项目（某某供应链管理有限公司，总投资4.1亿元）：建设冷库及分拣中心，5月6日开工。\n"
             "2.乙船舶配套产业园项目（某某船舶科技有限公司，总投资5.5亿元）：主要生产船用甲板机械，4月18日开工。\n\n"
             "（二）续建项目（2个，总投资15亿元）\n"
             "1.丙应急物资保障基地项目（某某应急产业发展有限公司，总投资12亿元）：已完成投资5.2亿元，正在进行库房施工。\n"
             "2.戊港口航道整治工程（某某港务有限公司，总投资3亿元）：正在进行疏浚施工。\n\n"
             "（三）竣工投产项目（2个，总投资5.2亿元）\n"
             "1.丁智能家居生产基地项目（某某家居制造有限公司，总投资3.2亿元）：4月实现首批产品下线。\n"
             "2.己新型建材生产线项目（某某建材有限公司，总投资2亿元）：已具备量产条件。\n")


def test_a_list_under_section_heads_by_stage() -> None:
    batches = sorted((r.get("event"), r.get("count"), r.get("total_cny"))
                     for r in _records(PARK_LIST, "batch"))
    assert batches == [("in_production", 2, 520_000_000), ("started", 2, 960_000_000),
                       ("under_construction", 2, 1_500_000_000)], batches
    got = projects(PARK_LIST)
    stages = {name[:2]: r.get("stage") for name, r in got.items()}
    assert stages["丙应"] == "under_construction", stages
    assert stages["丁智"] == stages["己新"] == "in_production", stages
    assert stages["甲物"] == stages["乙船"] == "started", stages
    investors = {name[:2]: r.get("investor") for name, r in got.items()}
    assert investors["乙船"] == "某某船舶科技有限公司", investors
    assert investors["丙应"] == "某某应急产业发展有限公司", investors
    assert investors["戊港"] == "某某港务有限公司", investors


def test_a_verb_of_securing_opens_no_name_but_a_base_of_it_is_one() -> None:
    page = ("本报讯 5月10日，某市应急救援保障中心项目开工建设，总投资3.6亿元。"
            "该市将全力保障基地项目建设用地。\n")
    assert list(projects(page)) == ["某市应急救援保障中心项目"]


def test_site_menus_meta_lines_and_a_page_editor_are_furniture() -> None:
    for line in ("首页 | 新闻中心 | 信息公开 | 办事服务 | 互动交流",
                 "网站首页｜走进园区｜招商引资｜企业服务｜联系我们"):
        assert classify_text([line], 0) == ("furniture", "crumbs"), line
    for line in ("发布日期：2024-05-13　　来源：区统计局　　阅读：1024",
                 "发布时间:2024-05-13 10:20    来源:县政府办    【打印】 【关闭】",
                 "信息来源：市商务局　　发布时间：2024-05-13　　浏览次数：368"):
        assert classify_text([line], 0) == ("furniture", "page meta"), line
    editor = "本版责任编辑：王某　　版式：李某　　校对：赵某"
    assert classify_text([editor], 0) == ("furniture", "editor line")
    # running text with bars, or two names, is no menu
    for line in ("工业 | 农业", "今年以来，全区新开工项目42个 | 总投资186亿元，同比增长12%"):
        assert classify_text([line], 0) is None, line


def test_a_rate_after_a_semicolon_with_its_own_subject_is_its_own_statistic() -> None:
    page = ("本报讯 1—4月，全县工业投资同比增长18.2%，占全部投资的比重为46.5%；"
            "民间投资增长4.6%；技改投资增长21.3%。\n")
    got = {r.get("metric"): (r.get("value"), r.get("growth_pct")) for r in indicators(page)}
    assert got.get("民间投资") == (4.6, 4.6), got
    share = [v for m, v in got.items() if "比重" in m]
    assert share == [(46.5, None)], got
    # a rate right after a figure, in the next clause, is still that figure's
    page = "本报讯 1—4月，全县社会消费品零售总额36.2亿元，同比增长5.8%。\n"
    assert [(r.get("value"), r.get("growth_pct")) for r in indicators(page)] == [(3_620_000_000, 5.8)]


def test_a_kind_of_investment_after_a_count_is_a_statistic_not_the_total() -> None:
    page = "本报讯 今年以来，某高新区已有8个项目建成投产，完成技改投资12.6亿元，同比增长9.5%。\n"
    batches = [(r.get("count"), r.get("total_cny")) for r in _records(page, "batch")]
    assert batches == [(8, None)], batches
    assert [(r.get("value"), r.get("growth_pct")) for r in indicators(page)] == [(1_260_000_000, 9.5)]
    # a plain sum after the count is still the batch's
    page = "本报讯 今年以来，某高新区已有8个项目建成投产，完成投资12.6亿元。\n"
    assert [(r.get("count"), r.get("total_cny")) for r in _records(page, "batch")] == [(8, 1_260_000_000)]


def test_the_zone_next_to_a_name_is_its_detail() -> None:
    page = ("本报讯 5月12日，溧阳市二季度重点项目集中开工，开工项目15个，总投资60亿元。"
            "其中，位于溧阳经济开发区的精密铸件项目总投资8亿元；天目湖物流产业区的冷链仓储项目总投资3亿元；总投资6亿元的锂电新材料项目"
            "落户溧阳高新技术产业开发区。\n")
    got = {name: r.get("location", {}).get("detail") for name, r in projects(page).items()}
    assert got == {"精密铸件项目": "溧阳经济开发区", "冷链仓储项目": "天目湖物流产业区",
                   "锂电新材料项目": "溧阳高新技术产业开发区"}, got


def test_built_and_run_is_in_production() -> None:
    page = "本报讯 5月8日，城南康养中心项目建成运营，总投资2.3亿元，新增床位600张。\n"
    assert [r.get("stage") for r in projects(page).values()] == ["in_production"]


def test_a_class_of_projects_with_its_share_is_no_project() -> None:
    page = ("本报讯 5月9日，宿迁市集中签约项目20个，总投资120亿元，其中，先进制造和新材料项目占比超七成，"
            "洋河集团在宿城区投资的新材料制造项目总投资30亿元。\n")
    got = {name: r.get("investor") for name, r in projects(page).items()}
    assert got == {"新材料制造项目": "洋河集团"}, got


def test_a_region_of_the_country_is_no_brand() -> None:
    page = ("本报讯 5月6日，某区集中开工项目8个。其中，华东冷链物流园项目总投资6亿元；"
            "华中智能制造产业园项目总投资9亿元。\n")
    assert {r.get("investor") for r in projects(page).values()} == {None}


def test_a_single_space_stranding_one_character_of_a_word_goes_on_any_page() -> None:
    page = ("某县前4月工业稳中有进\n\n"
            "本报讯（记者 周某某）1—4月，全县规上工业增加值同比增长7.4%，"
            "其中装备制造、电 子信息等行业增长较快。\n"
            "全县实现社会消费品零售总额42.6亿元，同 比增长5.2%。\n")
    text = doc(page).clean
    assert "电子信息等行业" in text and "同比增长5.2%" in text, text
    assert "（记者 周某某）" in text  # a byline keeps its space
    # names apart by spaces and a label of numerals keep theirs
    for line in ("出席仪式的有王建国 李明华等。\n", "一、二、三 产业\n"):
        assert line.strip() in doc(line).clean, line


def test_capacities_in_sets_of_machines_lengths_and_chips_packaged() -> None:
    page = ("本报讯 5月8日，某县三个项目集中开工。其中，甲储能设备项目总投资6亿元，建成后年产储能柜3万台套；"
            "乙光缆项目总投资4亿元，建成后年产特种光缆800公里；丙半导体项目总投资9亿元，建成后年封测芯片8亿颗。\n")
    got = {name[:1]: r.get("capacity") for name, r in projects(page).items()}
    assert got == {"甲": "年产储能柜3万台套", "乙": "年产特种光缆800公里", "丙": "年封测芯片8亿颗"}, got


def test_a_part_opening_the_clause_after_a_semicolon_is_of_the_batch_before() -> None:
    page = ("本报讯 5月8日，某区重大项目集中签约仪式举行。现场签约项目24个，总投资156亿元，其中，"
            "工业项目16个、总投资120亿元，服务业项目8个、总投资36亿元；外资项目3个，合同外资0.8亿美元。\n")
    got = {r.get("count"): r.get("event") for r in _records(page, "batch")}
    assert got == {24: "signed", 16: "signed", 8: "signed", 3: "signed"}, got
    # a clause of its own after the semicolon keeps its own event
    page = ("本报讯 今年以来，全区签约项目42个，其中工业项目30个；全区新开工项目18个，总投资66亿元。\n")
    got = {r.get("count"): r.get("event") for r in _records(page, "batch")}
    assert got == {42: "signed", 30: "signed", 18: "started"}, got


def test_a_company_in_brackets_after_a_works_is_no_part_of_its_name() -> None:
    from newsmill.zh.orgs import find_orgs

    text = "本报讯 城北污水处理厂扩建工程（某某水务有限公司，总投资2.1亿元）正在进行设备安装。"
    assert [text[o.start:o.end] for o in find_orgs(text)] == ["某某水务有限公司"]
    # a branch's city in brackets inside a company's name stays in it
    text = "本报讯 某某钢铁（湛江）有限公司投资建设冷轧项目。"
    assert [text[o.start:o.end] for o in find_orgs(text)] == ["某某钢铁（湛江）有限公司"]
