"""Rules the leftovers of the hundred-and-twenty-first and -third held-out sets called for, on phrasings
of their own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2026, 11, 27))


_CENTRE = ("本报讯（记者 刀玉香）11月20日，位于临翔区南美乡的临沧南汀云数据中心一期工程正式投用，该项目总投资"
           "8.6亿元，规划建设标准机架2000个，分三期实施。\n\n“{quote}”项目负责人介绍，目前，{body}")


def _phase(found: dict, phase: str) -> dict | None:
    for name, r in found.items():
        if name.endswith(phase) or name.endswith(phase + "项目"):
            return r
    return None


def test_a_phase_told_by_its_racks_being_fitted_is_a_project_under_way() -> None:
    found = projects(_CENTRE.format(quote="机房全年平均PUE值可以控制在1.2以下。",
                                    body="二期800个机架正在进行设备安装，计划明年5月投用；三期工程正在开展前期工作。"))
    second = _phase(found, "二期")
    assert second is not None
    assert (second.get("stage"), second.get("status")) == ("under_construction", "actual")
    assert second.get("date") is None
    assert second.get("capacity") == "800个机架"
    third = _phase(found, "三期")
    assert third is not None and third.get("stage") == "planned"


def test_a_phase_of_a_park_whose_equipment_is_fitted_is_under_way() -> None:
    page = ("本报讯（记者 刀玉香）11月18日，凤庆县的滇红茶叶精深加工园一期正式投产。"
            "目前，加工园二期正在进行机电安装，计划明年3月投产。")
    second = _phase(projects(page), "二期")
    assert second is not None and second.get("stage") == "under_construction"


def test_a_phase_only_planned_after_its_fitting_stays_unread() -> None:
    page = ("本报讯（记者 刀玉香）11月18日，凤庆县的滇红茶叶精深加工园一期正式投产，"
            "二期设备安装完成后将投产。")
    assert _phase(projects(page), "二期") is None


def test_a_dedicated_substation_built_in_support_is_no_project() -> None:
    page = ("本报讯（记者 刀玉香）永德县永康镇的芒果深加工项目今年3月开工，目前厂房已封顶。"
            "为保障用电，园区还配套建设了一座35千伏专用变电站，计划年底投运。")
    found = projects(page)
    assert not any("变电站" in name for name in found)
    assert any("芒果深加工项目" in name for name in found)


def test_a_dedicated_substation_told_after_the_works_it_serves_is_no_project() -> None:
    page = ("本报讯（记者 刀玉香）镇沅县的年产60万吨水泥粉磨站项目已于10月投产。"
            "企业同步配套建设了一座220千伏专用变电站，目前正在加紧施工。")
    found = projects(page)
    assert not any("变电站" in name for name in found)
    assert any("水泥粉磨站项目" in name for name in found)


def test_a_substation_built_in_support_but_not_dedicated_stays_a_project() -> None:
    page = ("本报讯（记者 刀玉香）双江县勐勐镇的甘蔗制糖项目今年3月开工。园区还配套建设了一座35千伏变电站，"
            "计划年底投运。")
    assert any("35千伏变电站" in name for name in projects(page))


def test_utilities_counted_in_a_list_are_no_project() -> None:
    page = ("本报讯（记者 刀玉香）双江县产业园区已建成双回路供电和4条进园光缆通道，"
            "园区内的茶叶精制厂项目已于5月投产。")
    found = projects(page)
    assert not any("光缆" in name for name in found)
    assert any("茶叶精制厂项目" in name for name in found)


def test_a_line_told_by_its_rank_stays_a_project() -> None:
    page = ("本报讯（记者 刀玉香）11月16日，凤庆县某茶业公司的第二条红茶自动化生产线正式投产。")
    assert any("第二条" in name for name in projects(page))


def test_works_named_by_their_numbers_in_a_row_keep_the_place_before() -> None:
    page = "本报讯（记者 刀玉香）11月25日，思茅港区澜沧江作业区3号、4号泊位工程通过竣工验收。"
    assert "思茅港区澜沧江作业区3号、4号泊位工程" in projects(page)


def test_three_numbered_works_in_a_row_make_one_name() -> None:
    page = "本报讯(记者 刀玉香)日前,凤庆县滇红产业园1号、2号、3号标准化厂房项目开工建设。"
    assert any(name.startswith("1号、2号、3号标准化厂房") for name in projects(page))


def test_a_list_of_named_works_is_not_joined() -> None:
    page = "本报讯（记者 刀玉香）11月25日，永德县的芒果加工厂、坚果仓储中心项目同日开工。"
    assert not any("、" in name for name in projects(page))
