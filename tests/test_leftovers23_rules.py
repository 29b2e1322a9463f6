"""Rules for what sets 83, 80, 78, 75, 72, 71 and 68 still missed, each on phrasings of its own.

Places the earlier sets never named (Henan's Ruzhou, Yunnan's Yiliang, Shandong's Xiajin, Anhui's
Mengcheng, Jiangxi's Pengze), other firms and word order, each with a case that must not fire.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 9, 20))


def _post(body: str, head: str = "汝州市三季度重点项目集中签约") -> str:
    return f"汝州发布\n汝州发布 2025-09-20 18:40 发表于河南\n\n点击蓝字 关注我们\n\n{head}\n\n{body}\n"


# --- tables: a list headed only by its name under a ceremony's lead -------------------------------

_SIGNED = ("9月18日，汝州市2025年三季度重点项目集中签约仪式在汝州高新区举行，现场签约项目6个，"
           "总投资27.4亿元。\n\n"
           "PART 2\n其他重点项目清单\n\n"
           "项目名称｜总投资｜建设内容\n"
           "河南瑞恒陶瓷有限公司年产800万件汝瓷日用品项目｜3.2亿元｜新建窑炉车间及成品库\n"
           "汝州市城西污水处理厂提标改造工程｜1.1亿元｜新增日处理污水1万吨\n\n"
           "下一步，汝州市将做好签约项目跟踪服务。")


def test_rows_of_a_list_headed_by_its_name_take_the_ceremony_of_the_lead() -> None:
    got = projects(_post(_SIGNED))
    for name in ("河南瑞恒陶瓷有限公司年产800万件汝瓷日用品项目", "汝州市城西污水处理厂提标改造工程"):
        r = got[name]
        assert (r.get("stage"), r.get("status"), r.get("date")) == ("signed", "actual", "2025-09-18"), name


def test_a_list_under_a_post_telling_no_ceremony_keeps_no_stage() -> None:
    body = ("今年，宜良县谋划实施重点项目42个，年度计划投资38亿元。\n\n"
            "部分重点项目一览\n\n"
            "项目名称｜总投资｜建设内容\n"
            "宜良县花卉冷链物流园项目｜2.6亿元｜建设冷库及分拣中心\n"
            "宜良县北古城镇污水管网工程｜0.8亿元｜铺设管网32公里\n")
    got = projects(_post(body, head="宜良县重点项目建设综述"))
    assert got and all(r.get("stage") is None for r in got.values())


def test_a_cue_on_the_line_over_the_list_still_gives_the_rows_their_stage() -> None:
    body = ("9月10日，夏津县集中开工项目5个。此外，一批项目已竣工投产，具体项目如下：\n\n"
            "项目名称｜总投资｜建设内容\n"
            "夏津县棉纺智能化改造项目｜2.2亿元｜购置细纱机60台\n"
            "夏津县农副产品冷链仓储项目｜1.4亿元｜建设冷库2万立方米\n")
    got = projects(_post(body, head="夏津县项目建设动态"))
    assert {r.get("stage") for r in got.values()} == {"in_production"}


# --- tables: a firm's legal name heading a row's name --------------------------------------------

def test_a_firm_in_full_heading_a_row_s_name_is_its_investor() -> None:
    got = projects(_post(_SIGNED))
    assert got["河南瑞恒陶瓷有限公司年产800万件汝瓷日用品项目"].get("investor") == "河南瑞恒陶瓷有限公司"
    assert got["汝州市城西污水处理厂提标改造工程"].get("investor") is None


# --- tables: numbered rows with no header ---------------------------------------------------------

_NUMBERED = ("【重点在建项目】\n\n"
             "1｜蒙城县智能农机产业园项目｜总投资9.6亿元｜主体施工\n"
             "2｜安徽禾丰年产3万台收获机项目｜总投资4.1亿元｜设备安装\n"
             "3｜蒙城县城南污水处理厂扩建工程｜总投资1.3亿元｜主体完工\n\n"
             "据了解，蒙城县今年以来新开工亿元以上项目26个。")


def test_numbered_rows_with_no_header_are_a_table_from_the_first_row() -> None:
    got = projects(_post(_NUMBERED, head="蒙城县项目建设跑出加速度"))
    first = got["蒙城县智能农机产业园项目"]
    assert (first.get("investment_cny"), first.get("stage"), first.get("status")) \
        == (960_000_000, "under_construction", "actual")
    assert got["安徽禾丰年产3万台收获机项目"].get("investment_cny") == 410_000_000


def test_a_header_row_is_no_row_of_its_table() -> None:
    from newsmill.zh.tables import find_tables

    text = ("项目名称｜总投资｜进度\n彭泽县船舶配件项目｜2.1亿元｜主体施工\n"
            "彭泽县港口物流园项目｜3.4亿元｜设备安装\n")
    (table,) = find_tables(text)
    assert table.roles == ("name", "investment", "progress")
    assert [r[0].text for r in table.rows] == ["彭泽县船舶配件项目", "彭泽县港口物流园项目"]


def test_a_single_numbered_line_is_no_table() -> None:
    from newsmill.zh.tables import find_tables

    assert find_tables("1｜彭泽县船舶配件项目｜总投资2.1亿元｜主体施工\n\n下一步，彭泽县将加快建设。\n") == []


# --- projects: a trade's projects one after another, a photo's caption ----------------------------

def test_a_trade_s_projects_coming_one_after_another_are_a_class() -> None:
    body = ("二、开工：高端装备项目相继开工\n\n"
            "9月5日，汝州市恒达重工年产2000台矿山机械项目开工，总投资3.5亿元。")
    got = projects(_post(body, head="汝州市9月项目建设情况"))
    assert "高端装备项目" not in got
    assert "恒达重工年产2000台矿山机械项目" in " ".join(got)


def test_a_named_project_coming_after_another_stays() -> None:
    body = "9月，宜良县花卉冷链物流园项目和宜良县草甸污水处理厂项目相继开工，总投资3.1亿元。"
    got = projects(_post(body, head="宜良县项目建设情况"))
    assert {"宜良县花卉冷链物流园项目", "宜良县草甸污水处理厂项目"} <= set(got)


def test_a_caption_line_under_a_photo_names_no_project() -> None:
    body = ("9月12日，彭泽县与江西鑫瑞船舶科技有限公司签约，对方将投资6亿元建设船舶配件智能制造项目。\n\n"
            "[图片]\n△江西鑫瑞船舶科技有限公司项目签约现场\n\n"
            "下一步，彭泽县将做好项目跟踪服务。")
    got = projects(_post(body, head="彭泽县签下6亿元船舶配件项目"))
    assert list(got) == ["船舶配件智能制造项目"]


def test_a_caption_told_as_a_sentence_still_names_its_project() -> None:
    body = "[图片]\n△9月12日，彭泽县港口物流园项目正式开工，总投资4.2亿元。\n"
    got = projects(_post(body, head="彭泽县港口物流园项目开工"))
    assert got["彭泽县港口物流园项目"].get("stage") == "started"


# --- stages: the partner's sum in a clause of its own after the signing told before ---------------

def test_a_partner_s_sum_in_its_own_clause_after_the_signing_is_what_was_signed() -> None:
    body = ("9月12日，宜良县与云南滇花生物科技有限公司在昆明签约。滇花生物将在宜良工业园区投资4亿元，"
            "建设年产5000吨花卉精油项目，达产后年产值约6亿元。")
    r = projects(_post(body, head="宜良县签下花卉精油项目"))["年产5000吨花卉精油项目"]
    assert (r.get("stage"), r.get("status"), r.get("date")) == ("signed", "actual", "2025-09-12")


def test_a_partner_s_plan_after_talks_is_no_signing() -> None:
    body = ("9月12日，宜良县与云南滇花生物科技有限公司在昆明座谈。滇花生物将在宜良工业园区投资4亿元，"
            "建设年产5000吨花卉精油项目。")
    r = projects(_post(body, head="宜良县洽谈花卉精油项目"))["年产5000吨花卉精油项目"]
    assert r.get("stage") != "signed"


# --- investors: the firm of the agreement by reference -------------------------------------------

def test_that_firm_by_the_agreement_is_the_firm_signed_with_the_sentence_before() -> None:
    body = ("▶ 9月8日，夏津县人民政府与山东棉都纺织供应链有限公司签订投资协议。根据协议，该公司将在夏津"
            "经济开发区投资5.2亿元建设高支棉纱智能纺纱项目，建成后年产棉纱4万吨。")
    r = projects(_post(body, head="夏津县签下纺纱项目"))["高支棉纱智能纺纱项目"]
    assert r.get("investor") == "山东棉都纺织供应链有限公司"


def test_that_firm_after_a_signing_with_no_firm_takes_no_signing_party() -> None:
    body = ("9月8日，夏津县人民政府与夏津经济开发区管委会签订共建协议。根据协议，该公司将在夏津经济开发区"
            "投资5.2亿元建设高支棉纱智能纺纱项目。")
    r = projects(_post(body, head="夏津县签下纺纱项目"))["高支棉纱智能纺纱项目"]
    assert r.get("investor") not in ("夏津经济开发区管委会", "夏津县人民政府")


# --- a post's sub-head with a tagline; a bulleted firm investing, then building in a town --------

_PARTS = ("9月，蒙城县新签约项目7个，总投资21.6亿元。\n\n"
          "PART 1\n签约项目 文旅康养成亮点\n\n"
          "🔹 安徽庄子文旅发展有限公司计划投资3.1亿元，在漆园街道打造庄子文化研学基地项目，"
          "建设研学中心及民宿。\n\n"
          "🔹 蒙城县与合肥某智能科技企业达成合作意向，双方将进一步洽谈。\n\n"
          "PART 2\n数据速览\n\n"
          "1—8月，蒙城县固定资产投资同比增长9.6%。")


def test_a_stage_sub_head_with_a_tagline_after_a_blank_gives_its_event() -> None:
    r = projects(_post(_PARTS, head="9月蒙城招商成绩单"))["庄子文化研学基地项目"]
    assert (r.get("stage"), r.get("status")) == ("signed", "actual")


def test_a_bulleted_firm_investing_then_building_in_a_town_is_the_investor() -> None:
    r = projects(_post(_PARTS, head="9月蒙城招商成绩单"))["庄子文化研学基地项目"]
    assert r.get("investor") == "安徽庄子文旅发展有限公司"
    assert r.get("location")["detail"] == "漆园街道"


def test_a_sub_head_of_other_words_after_a_blank_gives_no_event() -> None:
    body = ("9月，蒙城县项目建设稳步推进。\n\n"
            "重点项目 建设如火如荼\n\n"
            "🔹 蒙城县智能农机产业园项目计划明年6月建成，总投资9.6亿元。\n")
    r = projects(_post(body, head="蒙城县项目建设"))["蒙城县智能农机产业园项目"]
    assert r.get("stage") != "signed"


# --- tables: a row told again below; a short name before the yearly output -----------------------

_ROWS_THEN_TOLD = ("【在建项目一览】\n\n"
                   "1｜蒙城县光伏玻璃产业园项目｜总投资15.2亿元｜主体施工\n"
                   "2｜安徽晶盛年产30万吨光伏玻璃项目｜总投资8.8亿元｜设备安装\n"
                   "3｜蒙城县年产5万吨饲料项目｜总投资1.2亿元｜主体完工\n\n"
                   "光伏玻璃产业园项目由安徽涡北新材料有限公司投资建设，规划建设原片及深加工车间，"
                   "建成后年产光伏玻璃2000万平方米。")


def test_a_row_s_works_told_again_below_by_a_shorter_name_take_what_the_text_tells() -> None:
    r = projects(_post(_ROWS_THEN_TOLD, head="蒙城县项目建设提速"))["蒙城县光伏玻璃产业园项目"]
    assert r.get("investor") == "安徽涡北新材料有限公司"
    assert r.get("investment_cny") == 1_520_000_000


def test_a_short_name_before_a_row_s_yearly_output_is_its_investor() -> None:
    got = projects(_post(_ROWS_THEN_TOLD, head="蒙城县项目建设提速"))
    assert got["安徽晶盛年产30万吨光伏玻璃项目"].get("investor") == "安徽晶盛"
    assert got["蒙城县年产5万吨饲料项目"].get("investor") is None


# --- a ceremony told in the paragraph before the main venue's project ---------------------------

_CEREMONY = ("PART 2\n开工项目\n\n"
             "📍 9月16日，宜良县2025年第三批重大项目集中开工活动在狗街镇举行，5个项目集中开工，"
             "总投资12.4亿元。\n\n"
             "✅ 主会场设在宜良县绿色建材产业园项目现场。项目由云南宜建新材料有限公司投资建设，"
             "总投资3.8亿元，主要建设加气砖和预拌砂浆生产线。")


def test_the_main_venue_s_project_takes_the_day_and_town_of_the_ceremony_told_before() -> None:
    r = projects(_post(_CEREMONY, head="9月宜良项目建设成绩单"))["宜良县绿色建材产业园项目"]
    assert (r.get("stage"), r.get("date")) == ("started", "2025-09-16")
    assert r.get("location")["detail"] == "狗街镇"


def test_a_project_told_after_a_ceremony_it_did_not_share_keeps_no_day() -> None:
    body = ("9月16日，宜良县2025年第三批重大项目集中开工活动在狗街镇举行。\n\n"
            "此外，宜良县绿色建材产业园项目计划年底建成投产，总投资3.8亿元。")
    r = projects(_post(body, head="9月宜良项目建设成绩单"))["宜良县绿色建材产业园项目"]
    assert r.get("date") != "2025-09-16"


# --- statistics: matters an office handled --------------------------------------------------------

def test_matters_an_office_handled_for_firms_are_no_statistic() -> None:
    body = ("8月，彭泽县政务服务中心共为企业办理各类审批事项132件，帮办代办事项45件。"
            "1—8月，彭泽县规上工业增加值同比增长8.2%。")
    got = records(_post(body, head="彭泽县优化营商环境"), "indicator")
    metrics = [r.get("metric") for r in got]
    assert not any("事项" in str(m) for m in metrics)
    assert any("工业增加值" in str(m) for m in metrics)


# --- capacities: a product named with a Latin letter and a hyphen -------------------------------

def test_a_capacity_of_a_product_with_a_latin_letter_and_a_hyphen() -> None:
    from newsmill.zh.projects import CAPACITY_RE

    assert CAPACITY_RE.search("年产2万吨PVC-U管材项目").group() == "年产2万吨PVC-U管材"
    assert CAPACITY_RE.search("建设年产1万吨D-核糖生产线项目").group() == "年产1万吨D-核糖"
    assert CAPACITY_RE.search("年产3万吨-5万吨项目").group() == "5万吨"  # a range, no product


# --- projects: a park a scene is set in; the works of a kind in a state --------------------------

def test_a_park_a_scene_is_set_in_is_no_project() -> None:
    from newsmill.zh.projects import find_names

    text = "与物流港隔路相望的汝州新材料产业园里，河南瑞恒陶瓷二期项目也已完成主体施工。"
    names = [n.name for n in find_names(text, 0, len(text))]
    assert "汝州新材料产业园" not in " ".join(names) and any("瑞恒陶瓷" in n for n in names)


def test_a_park_told_as_a_project_stays() -> None:
    from newsmill.zh.projects import find_names

    text = "汝州新材料产业园一期于今年6月建成投用。"
    assert [n.name for n in find_names(text, 0, len(text))]
    text = "在汝州镇的高原蔬菜产业园里，工人们正抢抓农时移栽菜苗。"  # its own scene, no other works told
    assert [n.name for n in find_names(text, 0, len(text))] == ["高原蔬菜产业园"]


def test_the_works_of_a_kind_in_a_state_are_a_class() -> None:
    from newsmill.zh.projects import find_names

    for text, name in (("全市已建成算力中心项目的平均上架率为70%。", None),
                       ("全县已投运储能电站项目的平均利用率提升。", None),
                       ("已建成宜良数据中心项目的机架已全部上架。", "宜良数据中心项目")):
        got = [n.name for n in find_names(text, 0, len(text))]
        assert got == ([name] if name else []), text


def test_a_line_the_works_bring_in_is_equipment_and_the_jobs_after_it_are_theirs() -> None:
    body = ("一、签约\n\n🔹 9月5日，彭泽县与江西鑫瑞船舶科技有限公司签约，对方将投资6亿元建设船舶配件项目。"
            "\n\n"
            "二、投产\n\n✅ 9月10日，江西彭泽恒木家居有限公司年产15万立方米定向刨花板项目正式投产。"
            "该项目总投资4.2亿元，引进芬兰连续热压生产线，可带动就业310人。\n\n"
            "三、数据\n\n1—8月，彭泽县规上工业增加值同比增长8.1%。")
    got = projects(_post(body, head="招商月报｜9月，彭泽签下5个项目"))
    assert not any(n.endswith("生产线") for n in got)
    (r,) = [r for n, r in got.items() if "刨花板" in n]
    assert r.get("jobs") == 310


def test_a_line_built_as_the_news_stays_a_project() -> None:
    body = "9月10日，彭泽县恒木家居年产15万立方米定向刨花板生产线正式投产，总投资4.2亿元。"
    got = projects(_post(body, head="彭泽县刨花板生产线投产"))
    assert any(n.endswith("生产线") for n in got)


# --- statistics: what there is now takes no months of a flow told before --------------------------

def test_what_a_zone_has_now_takes_the_page_s_year_not_the_months_before() -> None:
    body = ("园区快报\n\n📍 1—8月，宁津经济开发区规上工业营业收入完成98.6亿元，同比增长7.9%。\n\n"
            "📍 园区现有规上工业企业52家，高新技术企业18家。")
    page = _post(body, head="宁津经开区三季度快报")
    got = {r.get("value"): r.get("period") for r in records(page, "indicator")}
    assert got[52] == "2025" and got[18] == "2025"
    assert got[9_860_000_000] == "2025-01/2025-08"


def test_firms_added_in_the_months_keep_them() -> None:
    body = ("📍 1—8月，宁津经济开发区规上工业营业收入完成98.6亿元，同比增长7.9%。\n\n"
            "📍 园区新增规上工业企业6家。")
    got = {r.get("value"): r.get("period") for r in records(_post(body, head="宁津经开区快报"), "indicator")}
    assert got[6] == "2025-01/2025-08"


def test_this_year_s_total_up_to_a_month_s_end_is_the_months_so_far() -> None:
    body = "截至8月底，蒙城县今年累计到位资金36.2亿元，同比增长12.1%。"
    got = {r.get("value"): r.get("period") for r in records(_post(body, head="蒙城县招商引资"), "indicator")}
    assert got[3_620_000_000] == "2025-01/2025-08"


def test_this_year_s_total_after_a_sentence_at_a_month_s_end_is_the_year() -> None:
    body = "截至8月底，蒙城县共有规上工业企业312家。今年全县计划到位资金50亿元。"
    got = {r.get("value"): r.get("period") for r in records(_post(body, head="蒙城县招商引资"), "indicator")}
    assert got.get(5_000_000_000) != "2025-01/2025-08"


def test_a_chemical_park_a_partner_invests_in_is_the_detail() -> None:
    body = ("9月12日，彭泽县与江西赣磷新材料有限公司在南昌签约。赣磷新材料将在彭泽化工园投资7亿元，"
            "建设年产2万吨电子级氢氟酸项目。")
    r = projects(_post(body, head="彭泽县签下氢氟酸项目"))["年产2万吨电子级氢氟酸项目"]
    assert r.get("location")["detail"] == "彭泽化工园"
