"""Rules the leftovers of set 109 called for, each on phrasings of its own.

Set 109 is new energy on the northern border (bases, storage, hydrogen trucks, herders' land): a
rank told after a clause of its own, not of the statistic before it.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 20))


def _stats(page: str) -> list[tuple]:
    return [(r.get("metric"), r.get("value"), r.get("unit"), r.get("region"))
            for r in records(page, "indicator")]


def _ranks(page: str) -> list[tuple]:
    return [s for s in _stats(page) if s[2] in ("位", "名")]


# --- indicators: a rank after a clause of its own ----------------------------------------------------

def test_a_rank_after_a_clause_of_its_own_ranks_no_statistic() -> None:
    page = ("截至9月底，巴里坤哈萨克自治县风电装机达到460万千瓦，占全县电力总装机的71.5%，"
            "风电发电量已连续三年超过火电，位居全区首位。\n")
    assert _ranks(page) == []
    assert any(s[1] == 460 for s in _stats(page))


def test_a_rank_after_a_first_told_of_its_own_ranks_no_share() -> None:
    page = ("截至10月底，木垒哈萨克自治县新能源装机容量为310万千瓦，占全县电力总装机的64.8%，"
            "全县新能源发电量首次超过传统能源发电量，稳居全区首位。\n")
    assert _ranks(page) == []


def test_a_rank_right_after_the_rate_still_ranks_it() -> None:
    page = "今年前三季度，奇台县固定资产投资同比增长14.6%，增速居全州首位。\n"
    assert len(_ranks(page)) == 1


def test_a_rank_after_a_comparison_with_no_figure_still_ranks_the_rate() -> None:
    page = "今年前三季度，奇台县规模以上工业增加值同比增长11.3%，高于全州平均水平，居全州第2位。\n"
    assert len(_ranks(page)) == 1


# --- indicators: a share of the plan's size, a worker's pay -------------------------------------------

def test_a_share_of_the_plan_s_size_is_progress() -> None:
    page = ("福海县整县屋顶分布式光伏项目目前已完成安装3.1万千瓦，占计划规模的62%。"
            "全县今年光伏发电量同比增长21.4%。\n")
    assert [s for s in _stats(page) if s[1] == 62.0] == []
    assert any(s[1] == 21.4 or s[3] == "福海县" for s in _stats(page))


def test_a_worker_s_pay_by_the_month_is_no_statistic() -> None:
    page = ("青河县风电场建设期间，已有80多名牧民在工地务工，月均收入约5500元，"
            "全县今年农牧民人均可支配收入18620元，同比增长7.3%。\n")
    values = [s[1] for s in _stats(page)]
    assert 5500 not in values
    assert 18620 in values


def test_workers_pay_told_after_their_jobs_is_no_statistic() -> None:
    for page in ("和布克赛尔蒙古自治县风电场优先吸纳当地牧民参与施工和运维，目前已有90多名牧民在场区务工，"
                 "人均月收入5200元左右。\n",
                 "托里县光伏项目吸纳周边牧民参与运维，务工牧民月均收入达到4800元。\n",
                 "今年以来，精河县已有300多名农牧民在光伏电站务工，人均月工资4500元。\n"):
        assert [s for s in _stats(page) if s[2] == "CNY"] == []


def test_a_day_s_wage_is_no_statistic_either() -> None:
    page = "吉木乃县口岸物流园今年吸纳当地群众就业320人，装卸工人均日工资280元。\n"
    assert 280 not in [s[1] for s in _stats(page)]


# --- indicators: the fuel a works' trucks use no more ----------------------------------------------------

def test_the_diesel_hydrogen_trucks_spare_is_no_statistic() -> None:
    for page in ("奇台县首批60辆氢燃料电池重卡投入运营，承担煤炭外运，每年可替代柴油约1.8万吨。\n",
                 "富蕴县矿区电动矿卡全面替换燃油车辆后，年节省燃油6200吨。\n"):
        assert [s for s in _stats(page) if s[2] == "万吨" or s[2] == "吨"] == []


def test_the_diesel_a_county_sells_stays() -> None:
    page = "今年前三季度，青河县成品油销售量4.6万吨，同比增长5.2%。\n"
    assert any(s[1] == 4.6 for s in _stats(page))


# --- indicators: the rent a works pays for its land --------------------------------------------------------

def test_the_rent_a_works_pays_for_its_land_is_no_statistic() -> None:
    for page in ("且末县光伏基地用地涉及3个村，每年支付草场补偿和租赁费用共计1460万元，"
                 "并优先吸纳牧民就近务工。\n",
                 "项目用地涉及于田县两个乡镇，每年向村集体支付土地租金约3200万元，施工高峰期用工800人。\n"):
        assert [s for s in _stats(page) if s[2] == "CNY"] == []


def test_rents_a_park_waives_for_its_firms_stay() -> None:
    page = "今年以来，民丰县产业园已为入驻企业减免租金480万元。\n"
    assert any(s[1] == 4800000 for s in _stats(page))
