"""Rules the misses of the twenty-fifth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill.zh.projects import counted_or_part, find_names, is_generic
from tests.heldout_support import rule_helpers

DAY = dt.date(2025, 6, 10)


_doc, _records, _ = rule_helpers(DAY)


def _values(r) -> dict:
    return {k: f.value for k, f in r.fields.items()}


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def test_benwang_takes_the_source_of_the_meta_line() -> None:
    page = ("某县建成一批高山蔬菜基地\n发布时间:2025-05-06 10:12  来源:某县融媒体中心  字号:[大 中 小]\n"
            "本网讯(记者 田 芳)今年以来,某县新建高山蔬菜基地2万亩,带动农户1500户增收。\n")
    assert [a.source for a in _doc(page).articles] == ["某县融媒体中心"]
    # a meta line naming a person, not an outlet, gives no source
    other = page.replace("来源:某县融媒体中心", "来源:张三")
    assert [a.source for a in _doc(other).articles] != ["张三"]


def test_short_kinds_listed_after_a_verb_of_contents_are_no_projects() -> None:
    assert _names("此次签约项目涉及风电、储能和配电网工程。") == []
    assert _names("项目将新建茶旅驿站、露营基地和停车场。") == []
    # a park listed so keeps its name, and a long name in a list is a project
    assert "龙潭产业园" in _names("今年将建设龙潭产业园、凤鸣产业园。")
    assert any("储能电站项目" in n for n in _names("开工项目包括某县二期光伏项目、某某储能电站项目。"))


def test_a_part_of_a_works_named_after_its_structure_is_no_project() -> None:
    assert counted_or_part("厂房主体工程") and counted_or_part("隧道土建工程")
    assert is_generic("大坝主体工程")
    assert not counted_or_part("某某水库工程")


def test_a_division_whole_before_a_sector_is_a_class() -> None:
    assert is_generic("全市交通项目") and is_generic("全区乡村振兴项目")
    assert not is_generic("全兴酒业技改项目")


def test_class_investment_of_a_sector_is_a_statistic() -> None:
    page = "某区上半年项目建设\n\n上半年,全区交通项目完成投资3.2亿元,同比增长11.5%。\n"
    got = [_values(r) for r in _records(page, "indicator")]
    assert any(v["value"] == 320_000_000 and v["growth_pct"] == 11.5 for v in got), got


def test_ranked_projects_are_no_batch() -> None:
    page = ("某县项目拉练\n\n5月20日,某县开展重点项目拉练,对项目进行打分,排名靠前的5个项目受到表扬,"
            "排名靠后的4个项目业主作检讨。\n")
    assert [_values(b)["count"] for b in _records(page, "batch")] == []


def test_a_works_length_and_a_batch_sum_are_no_statistics() -> None:
    page = ("某州能源项目开工\n\n6月5日,某州集中开工能源项目9个,总投资120亿元,总装机规模约180万千瓦。"
            "某县220千伏输变电工程同日开工,新建线路全长约64公里。\n")
    metrics = [_values(r)["metric"] for r in _records(page, "indicator")]
    assert metrics == [], metrics
    # a region's installed capacity stays a statistic
    stat = "某州能源发展\n\n截至5月底,某州清洁能源装机容量达到860万千瓦。\n"
    assert [_values(r)["value"] for r in _records(stat, "indicator")] == [860]


def test_a_project_whose_site_holds_a_ceremony_takes_its_event_and_county() -> None:
    page = ("某州项目集中开工\n\n4月8日,某州二季度重大项目集中开工仪式在越西县甲乙光伏电站二期项目现场举行。"
            "甲乙光伏电站二期项目由某能源公司投资建设,总投资6亿元。\n")
    got = [_values(r) for r in _records(page, "project")]
    assert len(got) == 1, got  # the restated name with its phase is the same project
    v = got[0]
    assert v["stage"] == "started" and v["location"]["county"] == "越西县", v
    assert v["investment_cny"] == 600_000_000 and v["investor"] == "某能源公司", v


def test_a_venue_at_a_project_site_and_places_visited_are_no_batch_region() -> None:
    page = ("阿坝州项目开工\n\n5月9日,阿坝州二季度项目集中开工仪式在汶川县甲乙储能电站项目现场举行。"
            "此次集中开工项目21个,总投资98亿元。\n")
    regions = [_values(b)["region"] for b in _records(page, "batch")]
    assert regions == ["阿坝藏族羌族自治州"], regions
    tour = ("某县项目观摩\n\n6月2日,奉节县举行重点项目观摩活动。观摩组先后走进奉节工业园区、白帝城景区,"
            "实地察看18个重点项目,总投资75亿元。\n")
    regions = [_values(b)["region"] for b in _records(tour, "batch")]
    assert regions == ["奉节县"], regions


def test_a_pronoun_after_you_is_no_investor() -> None:
    page = ("某县引进外资项目\n\n4月2日,秀山县与某某国际控股有限公司签订投资协议,由其在秀山县投资2000万美元"
            "建设中药材精深加工项目。\n")
    got = [_values(r) for r in _records(page, "project")]
    assert got and got[0].get("investor") == "某某国际控股有限公司", got


def test_capacities_of_livestock_and_storage_and_before_a_line() -> None:
    page = ("某县农业项目\n\n在某镇,彭水县山羊养殖基地项目已建成投产,总投资6000万元,年出栏山羊2万只。"
            "在某乡,某某冷链物流中心项目正在加快建设,总投资1.5亿元,建成后年可储运蔬菜5万吨。"
            "某公司将投资2亿元建设魔芋精深加工项目,拟建设年加工魔芋3万吨生产线。\n")
    caps = sorted(str(_values(r).get("capacity")) for r in _records(page, "project"))
    assert caps == ["年出栏山羊2万只", "年加工魔芋3万吨", "年可储运蔬菜5万吨"], caps


def test_a_sized_part_a_project_builds_is_no_project() -> None:
    assert _names("项目新建标准化茶叶基地3000亩、加工厂房2栋。") == []
    assert _names("新建茶叶基地,带动农户增收。") != []  # no size: a name may stand so
