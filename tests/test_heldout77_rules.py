"""Rules the misses of the seventy-seventh held-out set called for, each on phrasings of its own.

The set is a provincial economic daily's city news in markdown about the newest industries:
computing and data centres, the low-altitude economy, new energy storage and hydrogen, humanoid
robots, with the figures such industries are counted by (racks, computing power, storage in GWh).
"""

from __future__ import annotations

import datetime as dt

from newsmill.zh.cues import STAGE_CUES
from newsmill.zh.projects import find_names
from newsmill.zh.units import find_quantities
from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 9, 12))


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _indicators(page: str) -> list[tuple[str, float, str]]:
    return [(r.get("metric"), r.get("value"), r.get("unit")) for r in records(page, "indicator")]


# --- units: computing power and storage in 吉瓦时 -------------------------------------------------

def test_computing_power_and_gigawatt_hours_are_units() -> None:
    text = "全县算力规模达到1.8EFLOPS,电池产量12.5吉瓦时"
    units = [(q.number, q.printed_unit) for q in find_quantities(text)]
    assert ("1.8", "EFLOPS") in units and ("12.5", "吉瓦时") in units
    assert [q.printed_unit for q in find_quantities("新增智能算力450PFlops")] == ["PFlops"]
    assert not list(find_quantities("EFLOPS是算力的单位"))  # no number, no quantity


def test_a_city_s_computing_power_is_a_statistic() -> None:
    page = ("## 衡水算力规模稳步提升\n\n本报讯(记者 甲乙)截至8月底,衡水市算力总规模达到2.4EFLOPS,"
            "全市储能电池产量达到6.3吉瓦时。\n")
    got = _indicators(page)
    assert any(v == 2.4 and u == "EFLOPS" for _, v, u in got)
    assert any(v == 6.3 and u == "吉瓦时" for _, v, u in got)


# --- projects: a batch told by the kinds of its works ------------------------------------------

def test_the_kinds_of_a_batch_s_works_name_no_project() -> None:
    assert not _names("随着一批数据中心和工业软件项目建成投用,全市数字经济持续壮大。")
    assert not _names("一系列储能电站、氢能装备和低空制造项目相继开工。")
    assert _names("沧州渤海新区储能电站和工业软件园项目相继开工。")  # no batch word: names stay


# --- projects: the works just told, ranked among like works --------------------------------------

def test_a_ranked_restatement_names_no_project() -> None:
    page = ("## 邢台光储项目并网\n\n本报讯(记者 甲乙)9月5日,邢台市南和区光储充一体化项目并网发电,"
            "总投资8亿元。这是邢台市今年第三个建成并网的光储一体化项目。\n")
    names = list(projects(page))
    assert any("南和区光储充一体化项目" in n for n in names)
    assert not any("第三个" in n or n == "光储一体化项目" for n in names)
    page = ("## 咸宁储能电站投运\n\n本报讯(记者 甲乙)日前,咸宁市咸安区独立储能电站正式投运,"
            "由咸宁城发集团投资约2.1亿元建设,是咸宁市首个用户侧共享储能项目。\n")
    names = list(projects(page))
    assert any("咸安区独立储能电站" in n for n in names)
    assert not any("首个" in n for n in names)


# --- projects: a plant a project is equipped with ----------------------------------------------

def test_a_plant_a_project_is_equipped_with_is_no_project() -> None:
    page = ("## 承德风电项目开工\n\n本报讯(记者 甲乙)9月3日,丰宁县草原风电基地项目开工,总投资30亿元,"
            "建设风电50万千瓦,配套储能电站100MW/200MWh。\n")
    names = list(projects(page))
    assert any("草原风电基地项目" in n for n in names)
    assert not any("储能电站" in n for n in names)
    page = ("## 平泉储能电站开工\n\n本报讯(记者 甲乙)9月3日,平泉市共享储能电站开工,总投资5亿元,"
            "规模为200MW/400MWh。\n")
    assert any("共享储能电站" in n for n in projects(page))  # the plant itself, sized: a project


# --- projects: the low-altitude economy's works and the newer words of stages --------------------

def test_an_airfield_and_a_flying_camp_are_works() -> None:
    assert _names("灵寿通用机场正式通航") == ["灵寿通用机场"]
    assert _names("阜平县天生桥低空旅游飞行营地开工建设") == ["阜平县天生桥低空旅游飞行营地"]
    assert not _names("城市机场巴士开通新线路")


def test_lit_racks_and_a_grid_connection_are_the_works_running() -> None:
    for cue in ("点亮", "上线运行", "顺利并网", "成功并网", "并网运行", "陆续并网", "实现并网"):
        assert STAGE_CUES[cue] == "in_production"
    page = ("## 沙河智算中心上线\n\n本报讯(记者 甲乙)9月6日,沙河市太行智算中心一期上线运行,"
            "由邢台数智科技有限公司投资建设,总投资9.5亿元。\n")
    got = {n: r.get("stage") for n, r in projects(page).items()}
    assert any("太行智算中心" in n and s == "in_production" for n, s in got.items())
    page = ("## 平定储能电站并网\n\n本报讯(记者 甲乙)日前,平定县冠山共享储能电站顺利并网,"
            "项目总投资3.2亿元。\n")
    got = {n: r.get("stage") for n, r in projects(page).items()}
    assert any("冠山共享储能电站" in n and s == "in_production" for n, s in got.items())


# --- statistics: racks, base stations and charging posts counted by 个 ---------------------------

def test_racks_and_base_stations_are_counted() -> None:
    page = ("## 廊坊数字基础设施提速\n\n本报讯(记者 甲乙)截至8月底,廊坊市在用标准机架达到3.6万个,"
            "累计建成5G基站1.4万个。\n")
    got = _indicators(page)
    assert any(v == 36000 and u == "个" and "机架" in m for m, v, u in got)
    assert any(v == 14000 and u == "个" and "基站" in m for m, v, u in got)
    page = "## 甲\n\n本报讯(记者 甲乙)截至8月底,该县共有7个中药材种植大户。\n"
    assert not any(v == 7 for _, v, _u in _indicators(page))  # no counted noun of the economy


# --- statistics: a storage size told as a power and energy pair ----------------------------------

def test_a_paired_storage_size_is_one_statistic_with_its_growth() -> None:
    page = ("## 甲\n\n本报讯(记者 甲乙)截至8月底,全市新型储能装机规模达到86万千瓦/172万千瓦时,"
            "较去年底增长38.2%。\n")
    got = [(r.get("metric"), r.get("value"), r.get("unit"), r.get("growth_pct"))
           for r in records(page, "indicator")]
    assert ("新型储能装机规模", 86, "万千瓦", 38.2) in got
    assert not any(m and m.startswith("较") for m, *_ in got)


# --- statistics: a fund's size told before its name ----------------------------------------------

def test_a_fund_set_up_with_its_size_before_is_the_fund_s_size() -> None:
    page = "## 甲\n\n本报讯(记者 甲乙)日前,孝感市设立了总规模30亿元的低空经济产业基金。\n"
    got = _indicators(page)
    assert ("低空经济产业基金规模", 3000000000, "CNY") in got
    page = "## 甲\n\n本报讯(记者 甲乙)日前,孝感市扩大规模20亿元的产业基金投放。\n"
    assert not any(m == "产业基金规模" for m, _v, _u in _indicators(page))


# --- statistics: what a works saves, a line's automation, a plant's supply radius ---------------

def test_a_works_savings_and_a_line_s_automation_are_no_statistics() -> None:
    page = ("## 甲\n\n本报讯(记者 甲乙)9月1日,宾阳县生物质热电联产项目投产,总投资6亿元,"
            "每年可节约标准煤约9万吨,锅炉自动化率达到90%,燃料收购半径控制在80公里以内,"
            "物流半径不超过150公里。\n")
    got = _indicators(page)
    assert not any(v in (9, 90, 150) for _, v, _u in got)
    page = "## 甲\n\n本报讯(记者 甲乙)上半年,全市工业用电量达到32.6亿千瓦时,同比增长6.1%。\n"
    assert any(v == 32.6 for _, v, _u in _indicators(page))  # a region's energy figure stays


# --- statistics: 全区 in a story naming only an office of the autonomous region -----------------

def test_the_region_s_office_makes_quan_qu_the_autonomous_region() -> None:
    page = ("## 百色铝产业扩能\n\n本报百色讯(记者 甲乙)9月2日,百色市田阳区铝材深加工项目开工,总投资12亿元。"
            "\n\n## 河池锌产业提速\n\n本报河池讯(记者 丙丁)9月3日,河池市宜州区锌材料项目投产。"
            "\n\n## 全区工业平稳增长\n\n本报讯(记者 戊己)记者从自治区统计局获悉,今年1—8月,"
            "全区规模以上工业增加值同比增长6.8%。\n")
    got = [(r.get("region"), r.get("value")) for r in records(page, "indicator")]
    assert ("广西壮族自治区", 6.8) in got
    page = ("## 甲\n\n本报讯(记者 戊己)记者从区统计局获悉,今年1—8月,全区规模以上工业增加值同比增长6.8%。\n")
    assert not any(r.get("region") == "广西壮族自治区" for r in records(page, "indicator"))


def test_projects_connected_one_after_another_are_a_batch_running() -> None:
    page = ("## 甲\n\n本报讯(记者 甲乙)据悉,今年四季度全市还将有12个分布式光伏项目陆续并网,"
            "总装机约30万千瓦。\n")
    events = [r.get("event") for r in records(page, "batch") if r.get("count") == 12]
    assert events == ["in_production"]
