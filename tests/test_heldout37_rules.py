"""Rules the misses of the thirty-seventh held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

DAY = dt.date(2025, 10, 16)
doc, projects, indicators = page_helpers(DAY)


FAIR = ("巴中赴杭州开展招商活动 签约项目8个\n\n"
        "本报杭州10月14日讯(记者 王 敏)10月14日,巴中市(杭州)产业招商推介会在杭州举行,现场签约项目8个,"
        "总投资96.4亿元。\n\n"
        "签约项目均将在巴中落地。杭州远景智造有限公司投资15亿元,在巴中经开区建设智能家电生产基地项目;"
        "宁波海润包装有限公司将在通江县诺水河镇建设绿色包装材料项目,总投资3.2亿元。\n")


def test_a_paragraph_opening_on_all_the_signed_projects_lists_members_of_the_signing() -> None:
    found = projects(FAIR)
    base = found["智能家电生产基地项目"]
    pack = found["绿色包装材料项目"]
    for p in (base, pack):  # ``在…建设`` says what is built: the projects were signed on the day
        assert (p.get("stage"), p.get("status"), p.get("date")) == ("signed", "actual", "2025-10-14")
    # the town after its county, set before the name, is the detail
    assert pack.get("location")["county"] == "通江县" and pack.get("location")["detail"] == "诺水河镇"


BULLETS = ("两地集中签约合作项目\n\n"
           "10月15日,南江县与重庆市巫溪县在巫溪召开合作座谈会,集中签约项目5个,总投资21亿元。"
           "双方约定,项目由谁引进、在哪建设就在哪统计。此次签约的部分项目如下:\n\n"
           "◆光雾山康养旅游项目:成都青城旅游发展有限公司投资6亿元,在南江县关坝镇建设,"
           "建成后年接待游客50万人次。\n\n"
           "◆高山生态牧场项目:重庆渝北农牧科技有限公司投资2.4亿元,建设地点位于巫溪县红池坝镇,"
           "年出栏肉牛5000头。\n")


def test_a_bulleted_item_gives_its_firm_its_county_and_its_lead_lines_event() -> None:
    found = projects(BULLETS)
    spa, farm = found["光雾山康养旅游项目"], found["高山生态牧场项目"]
    assert spa.get("investor") == "成都青城旅游发展有限公司"
    assert farm.get("investor") == "重庆渝北农牧科技有限公司"
    # the county the item builds in, not the town of the meeting
    assert (spa.get("location")["county"], spa.get("location")["detail"]) == ("南江县", "关坝镇")
    assert spa.get("location")["province"] == "四川省"
    assert (farm.get("location")["county"], farm.get("location")["detail"]) == ("巫溪县", "红池坝镇")
    # items a blank line apart under a lead ending a longer line take its event
    assert spa.get("stage") == farm.get("stage") == "signed"


LINES = ("秀山在重庆主城举办招商推介会\n\n"
         "2025-10-15  来源:秀山县融媒体中心\n\n"
         "10月14日,秀山土家族苗族自治县招商推介会在重庆市渝中区举行,现场签约项目3个,协议引资9.5亿元。"
         "签约项目如下:\n"
         "1.边城茶旅融合项目,重庆山水茶业有限公司投资,协议金额4亿元,落户洪安镇;\n"
         "2.农产品电商物流园项目,重庆快通物流有限公司投资,协议金额3亿元,落户秀山工业园区;\n"
         "3.中药材加工项目,贵州黔东药业有限公司投资,协议金额2.5亿元,落户清溪场街道。\n")


def test_a_numbered_line_gives_its_firm_its_agreed_sum_and_its_town() -> None:
    found = projects(LINES)
    tea = found["边城茶旅融合项目"]
    assert tea.get("investor") == "重庆山水茶业有限公司"
    assert tea.get("investment_cny") == 400_000_000
    assert tea.get("location")["county"] == "秀山土家族苗族自治县"
    assert tea.get("location")["detail"] == "洪安镇"
    assert found["中药材加工项目"].get("location")["detail"] == "清溪场街道"
    assert found["农产品电商物流园项目"].get("location")["detail"] == "秀山工业园区"
    # the sums of the items are their projects', no statistics
    assert not [r for r in indicators(LINES) if r.get("value") in (400_000_000, 300_000_000, 250_000_000)]


ENCLAVE = ("金阳飞地园区签约3个项目\n\n"
           "本报讯(记者 李 林)10月10日,德金飞地产业园项目签约会在西昌举行,金阳县与3家企业签约,"
           "总投资12亿元。\n\n"
           "德金飞地产业园位于什邡经开区,由金阳与什邡共建,规划面积800亩。此次签约的项目均将在德金飞地产业园建设:"
           "四川恒通电子有限公司投资5亿元建设电子元件生产项目;四川蓉川食品有限公司投资7亿元建设调味品生产项目。\n\n"
           "今年前三季度,德金飞地产业园实现规上工业产值9.6亿元,同比增长18.2%。\n")


def test_projects_all_built_in_an_enclave_park_are_where_the_park_is() -> None:
    found = projects(ENCLAVE)
    for name in ("电子元件生产项目", "调味品生产项目"):
        loc = found[name].get("location")
        assert loc["detail"] == "德金飞地产业园"
        assert loc["city"] == "德阳市", loc  # the host zone's city, not the county that signed them
    assert "德金飞地产业园" not in found  # the park they go to is no project itself


def test_a_parks_figures_are_the_parks_and_its_planned_area_no_statistic() -> None:
    found = indicators(ENCLAVE)
    assert not [r for r in found if r.get("unit") == "亩"]
    output = [r for r in found if r.get("value") == 960_000_000]
    assert output and output[0].get("region") == "德金飞地产业园"
    assert output[0].get("metric") == "规上工业产值"


SHOWROOM = ("筠连赴广州开展招商推介\n\n"
            "本报讯 10月12日,筠连县在广州举办招商推介会,签约项目2个。其中,由筠连与天河区共建的"
            "筠连特产展示中心项目落户天河区石牌街道,投资3000万元;广州粤丰食品有限公司投资1.5亿元的"
            "红茶精深加工项目落户筠连县。\n")


def test_a_county_printed_where_a_project_settles_is_where_it_is_built() -> None:
    found = projects(SHOWROOM)
    loc = found["筠连特产展示中心项目"].get("location")
    assert (loc["province"], loc["county"], loc["detail"]) == ("广东省", "天河区", "石牌街道")
    assert found["红茶精深加工项目"].get("location")["county"] == "筠连县"


def test_a_yearly_supply_is_a_capacity_and_a_bases_acreage_its_area() -> None:
    page = ("某县签约两个项目\n\n本报讯 10月9日,高县与两家企业签约。"
            "其中,某某燃气公司投资2亿元建设液化天然气储配站项目,"
            "建成后年供气8000万立方米;某某农业公司投资1亿元建设茶叶产业园项目,建设茶园基地5000亩。\n")
    found = projects(page)
    assert found["液化天然气储配站项目"].get("capacity") == "年供气8000万立方米"
    assert found["茶叶产业园项目"].get("area") == "5000亩"


def test_places_signing_together_take_the_area_they_build_as_region() -> None:
    page = ("川渝毗邻地区合作项目签约\n\n"
            "10月11日,明月山绿色发展示范区第二次联席会议在梁平召开。会上,重庆市梁平区与四川省大竹县、"
            "开江县集中签约合作项目6个,总投资18亿元。示范区设立以来,三地累计实施合作项目32个。\n")
    batches = [r for r in doc(page).records if r.kind == "batch"]
    assert {b.get("count"): b.get("region") for b in batches} == {
        6: "明月山绿色发展示范区", 32: "明月山绿色发展示范区"}
    # one county signing alone keeps its own name
    alone = ("某县签约项目\n\n10月11日,明月山绿色发展示范区联席会议召开。"
             "会上,大竹县集中签约项目4个,总投资9亿元。\n")
    assert [r.get("region") for r in doc(alone).records if r.kind == "batch"] == ["大竹县"]
