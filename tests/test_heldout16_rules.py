"""Rules the misses of the sixteenth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.plugins.clean_markdown import markdown_edits
from tests.cleaning_support import body_text, clean
from tests.heldout_support import page_helpers

_doc, _projects, _indicators = page_helpers(dt.date(2024, 8, 20))


def test_markdown_links_images_and_emphasis_lose_their_marks() -> None:
    page = ("[主页](http://news.example.org/) > [产业](http://news.example.org/cy/) > 详情\n\n"
            "# 某某县新材料产业园首批企业入驻\n\n"
            "![园区一角](http://img.example.org/p/1.png)\n\n"
            "*图为园区标准化厂房。*\n\n"
            "8月19日，某某县新材料产业园首批**5家企业**集中入驻，详见[园区介绍](http://x.example.org/a)。\n\n"
            "__延伸阅读__\n\n"
            "- [某某县上半年工业投资增长9%](http://news.example.org/cy/88.html)\n")
    doc = clean(page)
    for gone in ("](http", "![", "**", "__", "*图为"):
        assert gone not in doc.clean, gone
    for kept in ("主页 > 产业 > 详情", "首批5家企业集中入驻，详见园区介绍。", "图为园区标准化厂房。",
                 "延伸阅读"):
        assert kept in doc.clean, kept
    body = body_text(doc)
    assert "园区一角" not in body
    assert "某某县上半年工业投资增长9%" not in body   # a link to another page is no body text


def test_text_that_only_looks_like_markdown_is_left_alone() -> None:
    for text in ("请填写：姓名______，电话______。", "* 号为必填项", "单价（元）*数量", "见附件[1]（略）"):
        edits, flags = markdown_edits(text)
        assert not edits and not flags, text


def test_a_company_or_office_a_document_is_addressed_to_opens_its_body() -> None:
    from newsmill.zh.article_layout import is_addressee_line
    for line in ("某某再生资源有限公司：", "某县自然资源局、某县生态环境局：", "某某控股集团："):
        assert is_addressee_line(line), line
    for line in ("新格局：", "公司：", "一、项目概况：", "某某有限公司年产5万吨项目"):
        assert not is_addressee_line(line), line


def test_an_approval_under_its_office_s_banner_and_number_line() -> None:
    page = ("某市生态环境局\n首页 > 信息公开 > 审批结果\n\n"
            "某某铝业有限公司年产2万吨再生铝项目环境影响报告书的批复\n某环审〔2024〕12号\n\n"
            "某某铝业有限公司：\n"
            "　　你公司报送的环境影响报告书收悉。经研究，批复如下：\n"
            "　　一、项目位于某某工业园区，总投资1.6亿元，其中环保投资900万元。\n")
    arts = _doc(page).articles
    assert [a.headline for a in arts] == ["某某铝业有限公司年产2万吨再生铝项目环境影响报告书的批复"]
    assert arts[0].source == "某市生态环境局"


def test_a_bulletin_s_issue_and_week_lines_are_no_title_and_its_office_the_source() -> None:
    page = ("某县商务局\n外贸运行月报\n（2024年第7期）\n（7月1日—7月31日）\n"
            "一、总体情况\n7月，全县外贸进出口总额12.6亿元，同比增长8.1%。\n"
            "二、下月安排\n1.组织企业参加秋季交易会；\n")
    arts = _doc(page).articles
    assert [a.headline for a in arts] == ["外贸运行月报"]
    assert arts[0].source == "某县商务局"


def test_a_communique_s_title_and_date_sit_over_its_sections() -> None:
    page = ("荣昌区2023年国民经济和社会发展统计公报\n重庆市荣昌区统计局\n2024年3月1日\n\n"
            "一、农  业\n\n　　全年粮食产量12.3万吨，比上年增长1.2%。\n\n"
            "二、工  业\n\n　　全年规模以上工业增加值比上年增长7.1%。\n\n"
            "三、投  资\n\n　　全年固定资产投资比上年增长4.4%。\n")
    arts = _doc(page).articles
    assert [a.headline for a in arts] == ["荣昌区2023年国民经济和社会发展统计公报"]
    assert arts[0].source == "重庆市荣昌区统计局"
    assert {r.get("region") for r in _indicators(page)} == {"荣昌区"}


def test_a_title_s_last_word_cut_by_a_stray_space_is_joined_on_a_noisy_page() -> None:
    page = ("某某县举行第三季度重点项目集中开工 仪式\n以链为纲 做强县域工业\n\n"
            "本报讯 8月19日，某某县第三季度重点项目集中开工，本次开工 项目共18个，总投 资46.2亿元，"
            "涵盖新材 料、装备制造 等领域，项目建成后预计年产 值超百亿元。\n")
    text = clean(page).clean
    assert "重点项目集中开工仪式" in text
    assert "以链为纲 做强县域工业" in text   # a separator between two phrases stays
    assert "本次开工项目共18个" in text


def test_a_title_s_space_stays_on_a_page_without_stray_spaces() -> None:
    page = "城市更新 提速\n\n本报讯 8月19日，某某区老旧小区改造项目全面开工，总投资3.2亿元。\n"
    assert "城市更新 提速" in clean(page).clean


def test_a_commentary_s_byline_names_its_outlet() -> None:
    page = ("某某日报  2024年8月20日  星期二  03  评论  责任编辑：张  三\n\n"
            "让项目跑出加速度\n本报评论员\n"
            "　　项目是经济发展的压舱石。各地要盯紧在建项目，推动早竣工、早投产。\n")
    arts = _doc(page).articles
    found = [(a.headline, a.kicker, a.source, a.reporters) for a in arts]
    assert found == [("让项目跑出加速度", None, "本报", [])]


def test_a_title_cut_before_its_figure_is_one_title() -> None:
    page = ("某某新区集中签约一批项目\n8个项目落地 总投资\n46.5亿元\n\n"
            "本报讯（记者 王某某）8月19日，某某新区举行项目集中签约活动，8个项目现场签约，总投资46.5亿元。\n")
    arts = _doc(page).articles
    assert arts[0].headline == "8个项目落地 总投资46.5亿元"
    assert arts[0].kicker == "某某新区集中签约一批项目"


def test_items_of_a_numbered_list_take_the_event_of_its_lead_line() -> None:
    page = ("本报讯 8月19日，某某高新区第三季度项目集中开工活动举行。\n"
            "集中开工的重点项目有：\n"
            "（1）某某精工有限公司数控机床主轴项目，总投资6亿元；\n"
            "（2）某某冷链物流有限公司冷链仓储中心项目，总投资2.5亿元。\n")
    projects = _projects(page)
    assert {n: (r.get("stage"), r.get("status")) for n, r in projects.items()} == {
        "某某精工有限公司数控机床主轴项目": ("started", "actual"),
        "某某冷链物流有限公司冷链仓储中心项目": ("started", "actual")}


def test_a_lead_line_without_an_event_gives_none() -> None:
    page = ("本报讯 8月19日，某某高新区召开项目推进会。\n"
            "会上通报的重点项目如下：\n"
            "1. 某某精工有限公司数控机床主轴项目，总投资6亿元；\n")
    assert all(r.get("stage") is None for r in _projects(page).values())


def test_the_role_a_project_s_plant_takes_for_its_company_is_no_project() -> None:
    page = ("本报讯 8月19日，某某高新区举行签约仪式。签约的项目包括：\n"
            "1. 日本某某精机株式会社精密轴承项目，总投资1.2亿美元，将在高新区建设其西南区域制造中心，"
            "年产精密轴承800万套。\n")
    projects = _projects(page)
    assert list(projects) == ["日本某某精机株式会社精密轴承项目"]
    assert projects["日本某某精机株式会社精密轴承项目"].get("capacity") == "年产精密轴承800万套"


def test_a_capacity_of_a_long_product_phrase_or_in_square_metres() -> None:
    page = ("本报讯 8月19日，某某电机有限公司新能源电机项目开工，总投资8亿元，"
            "达产后年产电机转子及定子组件20万套。\n\n"
            "同日，某某玻璃有限公司光伏玻璃项目投产，可年产光伏玻璃3000万平方米。\n")
    projects = _projects(page)
    assert projects["某某电机有限公司新能源电机项目"].get("capacity") == "年产电机转子及定子组件20万套"
    assert projects["某某玻璃有限公司光伏玻璃项目"].get("capacity") == "年产光伏玻璃3000万平方米"


def test_a_project_an_approval_grants_is_planned_and_its_numbered_items_are_its_own() -> None:
    page = ("某市发展和改革委员会\n\n关于某某新能源有限公司风电项目核准的批复\n\n某某新能源有限公司：\n"
            "　　一、同意建设某某新能源有限公司分散式风电项目。\n"
            "　　二、项目建设地点为某某镇，项目用地约42亩。\n"
            "　　三、主要建设内容：新建风机基础、升压站及配套送出工程。\n"
            "　　四、项目总投资38000万元。\n")
    projects = _projects(page)
    assert list(projects) == ["某某新能源有限公司分散式风电项目"]
    r = projects["某某新能源有限公司分散式风电项目"]
    assert (r.get("stage"), r.get("status")) == ("planned", "actual")
    assert r.get("investment_cny") == 380_000_000
    assert r.get("area") == "42亩"


def test_parties_agreeing_to_build_is_no_approval() -> None:
    page = "本报讯 8月19日，双方一致同意建设某某冷链物流园项目，总投资5亿元，并现场签约。\n"
    assert _projects(page)["某某冷链物流园项目"].get("stage") != "planned"


def test_a_park_framing_the_sentence_is_the_project_s_scene() -> None:
    page = ("本报讯 8月19日，绵竹市新材料产业园内，某某化工有限公司年产5万吨电子级磷酸项目开工建设。"
            "去年新材料产业实现产值126亿元。\n")
    projects = _projects(page)
    assert list(projects) == ["某某化工有限公司年产5万吨电子级磷酸项目"]
    r = projects["某某化工有限公司年产5万吨电子级磷酸项目"]
    assert r.get("location")["detail"] == "新材料产业园"
    assert r.get("location")["county"] == "绵竹市"
    assert r.get("annual_output_cny") is None    # an industry's output last year is no project's


def test_a_capacity_stops_before_一体化_of_the_name() -> None:
    page = "本报讯 8月19日，某某公司年产3万吨磷酸铁锂一体化项目开工。\n"
    assert _projects(page)["某某公司年产3万吨磷酸铁锂一体化项目"].get("capacity") == "年产3万吨磷酸铁锂"


def test_an_intention_agreed_is_a_project_in_talks() -> None:
    page = ("本报讯 8月19日，某某科技有限公司有意在我县投资建设智能传感器项目，计划投资2亿元，"
            "双方已达成初步合作意向。\n\n"
            "同日，某某食品集团一行到县经开区考察，拟投资8000万元建设休闲食品加工基地，目前项目正在洽谈中。\n")
    projects = _projects(page)
    assert {n: (r.get("stage"), r.get("status")) for n, r in projects.items()} == {
        "智能传感器项目": ("negotiating", "actual"), "休闲食品加工基地": ("negotiating", "actual")}
    assert projects["智能传感器项目"].get("investment_cny") == 200_000_000


def test_talks_about_another_project_named_later_stay_its_own() -> None:
    page = "本报讯 8月19日，甲公司智能传感器项目已签约，乙项目正在洽谈。\n"
    assert _projects(page)["甲公司智能传感器项目"].get("stage") == "signed"


def test_a_phase_s_line_in_a_one_project_story_is_no_project() -> None:
    page = ("本报讯 8月19日，某某光能有限公司年产8GW光伏组件项目正式投产。"
            "“首期4GW生产线已满产，二期4GW生产线预计明年3月投产。”项目负责人说。\n")
    assert list(_projects(page)) == ["某某光能有限公司年产8GW光伏组件项目"]


def test_全区_on_a_district_s_page_is_that_district() -> None:
    page = ("宜宾市翠屏区人民政府\n区政府召开常务会议\n\n"
            "　　8月19日，区长主持召开区政府常务会议。会议听取了全区经济运行情况汇报。"
            "1—7月，全区规模以上工业增加值同比增长7.6%；翠屏区社会消费品零售总额同比增长5.1%。\n")
    regions = {r.get("metric"): r.get("region") for r in _indicators(page)}
    assert regions.get("规模以上工业增加值") == "翠屏区"


def test_a_population_is_a_statistic() -> None:
    page = "本报讯 2023年末，江津区户籍人口148.2万人，常住人口136.5万人。\n"
    found = {r.get("metric"): (r.get("value"), r.get("unit")) for r in _indicators(page)}
    assert found.get("户籍人口") == (1_482_000, "人")
    assert found.get("常住人口") == (1_365_000, "人")


def test_firms_visited_and_guests_received_are_no_statistics() -> None:
    page = ("本报讯 本月，江津区招商小分队赴苏州走访装备制造、新材料企业14家；"
            "共接待来访客商8批次、41人次。全区新签约项目12个。\n")
    assert {r.get("value") for r in _indicators(page)}.isdisjoint({14, 8, 41})


def test_a_letter_spaced_outlet_on_a_date_line_leaves_it_a_date_line() -> None:
    from newsmill.zh.pagedate import date_on_line
    found = date_on_line("绵 阳 日 报                    2024年8月20日  星期二")
    assert found is not None and found.date == dt.date(2024, 8, 20)
    assert date_on_line("我 们 今 天 开 会 2024年8月20日") is None


def test_a_generic_park_word_names_no_zone_of_another_province() -> None:
    page = "宜宾市翠屏区人民政府\n　　会议强调，确保某某化工园区污水处理厂9月底前建成投用。\n"
    places = [m.value for m in _doc(page).mentions if m.kind == "place" and isinstance(m.value, dict)]
    assert all(p.get("province") == "四川省" for p in places)


def test_the_company_that_intends_to_invest_is_the_investor() -> None:
    page = ("本报讯 8月19日，招商小分队走访企业，其中苏州某某精密机械有限公司有意在我县投资建设精密齿轮项目，"
            "计划投资2亿元，双方已达成初步合作意向。\n\n"
            "同日，杭州某某新材料集团一行到县经开区考察，拟投资6000万元建设改性塑料生产基地，目前项目正在洽谈中。\n")
    projects = _projects(page)
    assert projects["精密齿轮项目"].get("investor") == "苏州某某精密机械有限公司"
    assert projects["改性塑料生产基地"].get("investor") == "杭州某某新材料集团"


def test_signed_projects_counted_by_the_event_before_them() -> None:
    from newsmill import Pipeline
    page = "本报讯 今年以来，江津区新签约项目38个，新开工签约项目21个，新投产签约项目9个。\n"
    doc = Pipeline().process(page, pub_date=dt.date(2024, 8, 20))
    events = {r.get("count"): r.get("event") for r in doc.records if r.kind == "batch"}
    assert events == {38: "signed", 21: "started", 9: "in_production"}


def test_a_deadline_within_a_month_dates_the_target() -> None:
    page = "本报讯 会议强调，要确保临港物流园二期、城东污水处理厂等项目10月底前建成投用。\n"
    dates = {n: (r.get("status"), r.get("date")) for n, r in _projects(page).items()}
    assert dates == {"临港物流园二期": ("target", "2024-10"), "城东污水处理厂": ("target", "2024-10")}


def test_an_event_a_meeting_studies_is_no_event_done() -> None:
    page = "本报讯 8月19日，区政府召开常务会议，研究了某某新材料有限公司碳纤维项目引进事宜。\n"
    r = _projects(page)["某某新材料有限公司碳纤维项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "target")


def test_a_letter_spaced_section_head_is_joined_on_any_page() -> None:
    page = ("某某县2023年统计公报\n\n一、农  业\n\n全年粮食产量12.3万吨。\n\n二、工　业\n\n"
            "全年规上工业增加值增长7.1%。\n\n三、对外经济\n\n一、二、三 产业\n")
    text = clean(page).clean
    for head in ("一、农业", "二、工业", "三、对外经济"):
        assert head in text.split("\n"), head
    assert "一、二、三 产业" in text   # not a head: its words keep their space
