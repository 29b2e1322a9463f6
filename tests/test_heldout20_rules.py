"""Rules the misses of the twentieth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline

DAY = dt.date(2024, 3, 6)


def _clean(page: str) -> str:
    return Pipeline().process(page, pub_date=DAY).text


def _records(page: str, kind: str, day: dt.date | None = DAY) -> list:
    return [r for r in Pipeline().process(page, pub_date=day).records if r.kind == kind]


def test_a_title_under_a_section_label_is_no_piece_of_the_paragraph_above() -> None:
    page = ("某市召开全市项目工作推进会。\n"
            "甲县：\n"
            "以项目建设为抓手推动工业提质。\n"
            "甲县将加快建设产业园，全年新开工项目20个。\n"
            "乙区：\n"
            "聚焦食品产业打造百亿园区\n"
            "乙区将推进食品加工园建设，力争新签约项目12个，到位资金30亿元。\n")
    text = _clean(page)
    assert "聚焦食品产业打造百亿园区\n乙区将推进" in text, text
    # a wrapped piece of a paragraph with no label above still joins
    wrapped = ("某市召开会议。会议指出，今年全市要扎实推进重点项目建设。\n"
               "全市上下要聚焦主导产业加快补链延\n"
               "链，推动新签约项目尽快落地，形成更多实物工作量。\n")
    assert "加快补链延链" in _clean(wrapped)


def test_an_odd_blank_line_on_a_single_spaced_page_is_a_wrap() -> None:
    page = ("某县工业经济稳中向好\n"
            "本报讯（记者 李某）近日，记者从某县经信局获悉。\n"
            "今年前两个月，某县实现工业增\n"
            "\n"
            "加值46.2亿元，同比增长8.1%，高于全市平均水平。\n"
            "工业投资持续扩大，全县技改投资同比增长15%。\n"
            "下一步，该县将加快重点项目建设，确保一季度开门红。\n"
            "新签约项目稳步推进，到位资金持续增加。\n")
    text = _clean(page)
    assert "实现工业增加值46.2亿元" in text, text
    # a title standing alone between blank lines is kept apart
    titled = ("某区项目建设提速\n\n本报讯 近日，某区召开项目推进会，会议部署了全年工作。\n"
              "会议要求，要扎实推进重点项目，确保按时开工。\n"
              "一季度开门红\n\n该区一季度新开工项目12个，总投资58亿元，同比增长12%。\n"
              "会上，各部门作了交流发言，提出了下一步打算。\n")
    assert "一季度开门红\n" in _clean(titled)


def test_an_editor_line_in_brackets_with_names_apart_by_spaces_is_furniture() -> None:
    from newsmill.plugins.clean_furniture import classify_text

    for line in ("（责任编辑 张某某 校对 李某）", "(编辑 王某)", "（本版编辑 赵某某 美编 钱某）"):
        assert classify_text([line], 0) == ("furniture", "editor line"), line
    # a credit of reporters and a desk's name are no editor line
    for line in ("（记者 孙某某 通讯员 周某）", "（编辑部 供稿）", "（校对工作 全面展开）"):
        assert classify_text([line], 0) is None, line


def test_the_partners_of_a_signing_are_no_statistic() -> None:
    for page in ("本报讯 5月8日，某高新区与某某电子科技有限公司等4家企业签订投资协议，签约金额12亿元。\n",
                 "本报讯 会上，某县分别与甲集团、乙公司等6家企业签约，协议总投资28.6亿元。\n"):
        got = [(r.get("metric"), r.get("value")) for r in _records(page, "indicator")]
        assert not [g for g in got if g[1] in (4, 6)], (page, got)
    # firms a county has gained are still counted
    page = "本报讯 今年以来，某县新培育规上工业企业12家，全县规上工业企业达到156家。\n"
    values = {r.get("value") for r in _records(page, "indicator")}
    assert {12, 156} <= values, values


def test_a_floor_of_projects_is_a_count() -> None:
    for page, count in (("本报讯 某县计划全年新签约项目30个以上，其中5亿元以上项目不少于4个。\n", 4),
                        ("本报讯 今年，某区力争新开工工业项目不低于15个，总投资60亿元。\n", 15),
                        ("本报讯 该市要求每个园区全年引进项目至少8个。\n", 8)):
        counts = {r.get("count") for r in _records(page, "batch")}
        assert count in counts, (page, counts)


def _investors(page: str) -> dict:
    return {r.get("name"): r.get("investor") for r in _records(page, "project")}


def test_of_a_place_and_a_firm_signing_the_firm_invests() -> None:
    page = ("本报讯 5月10日，某市重大项目集中签约仪式举行。其中，甲乙集团与某某区签约的智能装备产业园项目，"
            "总投资20亿元；某县与丙丁物流签约的冷链仓储中心项目，总投资5亿元；"
            "某某经开区与戊己新材签订的电子浆料项目，总投资3亿元。\n")
    got = _investors(page)
    found = {n: v for n, v in got.items() if n}
    assert any("智能装备产业园" in n and v == "甲乙集团" for n, v in found.items()), found
    assert any("冷链仓储中心" in n and v == "丙丁物流" for n, v in found.items()), found
    assert any("电子浆料" in n and v == "戊己新材" for n, v in found.items()), found
    # two places signing name no investor
    page = "本报讯 会上，某区与某县签约的跨区域合作产业园项目，总投资12亿元。\n"
    assert not [v for n, v in _investors(page).items() if n and "合作产业园" in n and v], _investors(page)


def test_a_capacity_a_project_adds_is_no_project() -> None:
    for page in ("本报讯 6月3日，某某电机扩产项目竣工投产。项目总投资8亿元，"
                 "新增年产50万台电机生产能力，年产值12亿元。\n",
                 "本报讯 该项目建成后，可形成年产30万吨再生铝生产能力，带动就业500人，"
                 "某某铝业年产30万吨再生铝项目总投资15亿元。\n"):
        names = [r.get("name") for r in _records(page, "project")]
        assert not [n for n in names if n and n.startswith(("新增", "可形成", "形成"))], names
    # a firm's name before its capacity still names a plant
    page = "本报讯 某县与甲乙新材签约，甲乙新材年产5万吨碳纤维复合材料，总投资18亿元，开工建设。\n"
    names = [r.get("name") for r in _records(page, "project")]
    assert any(n and n.startswith("甲乙新材年产5万吨") for n in names), names


def test_the_base_a_project_serves_is_no_project_of_its_own() -> None:
    page = ("某区一季度集中开工项目12个\n\n"
            "本报讯（记者 李某）3月8日，某区一季度重大项目集中开工活动举行，"
            "12个项目集中开工，总投资45亿元。\n\n"
            "其中，甲乙光伏某某基地配套的组件封装项目总投资9亿元，建成后年产组件5GW；"
            "丙丁食品产业园配套的冷链仓储项目总投资1.2亿元。\n")
    names = [r.get("name") for r in _records(page, "project")]
    assert not [n for n in names if n and n.endswith(("基地", "产业园"))], names
    assert any(n and "组件封装" in n for n in names), names
    assert any(n and "冷链仓储" in n for n in names), names


def test_a_sum_before_a_list_closed_by_a_count_is_the_batch_s_total() -> None:
    for page, count, total in (
            ("本报讯 今年，某县将计划总投资48亿元，加快推进甲乙产业园、丙丁物流中心等9个项目。\n",
             9, 4800000000),
            ("本报讯 该区总投资120亿元，重点推进某某大道、某某片区改造、某某新材料等15个项目建设。\n",
             15, 12000000000)):
        got = {(r.get("count"), r.get("total_cny")) for r in _records(page, "batch")}
        assert (count, total) in got, (page, got)
        amounts = {r.get("value") for r in _records(page, "indicator")}
        assert total not in amounts, (page, amounts)


def test_a_firm_investing_in_a_place_without_a_sum_invests() -> None:
    page = ("某市集中签约12个项目\n\n本报讯（记者 王某）6月18日，某市重大项目集中签约仪式举行。"
            "其中，甲乙科技在某某区投资的年产5万吨电子化学品项目总投资18亿元；"
            "丙丁电器在某县投资建设的智能终端产业园项目总投资9亿元。\n")
    got = {n: v for n, v in _investors(page).items() if n}
    assert any("电子化学品" in n and v == "甲乙科技" for n, v in got.items()), got
    assert any("智能终端产业园" in n and v == "丙丁电器" for n, v in got.items()), got
    # a county investing names no investor
    page = "本报讯 我县在某镇投资的农产品冷链物流中心项目总投资2亿元，于5月开工。\n"
    assert not [v for n, v in _investors(page).items() if n and "冷链物流中心" in n and v], _investors(page)
