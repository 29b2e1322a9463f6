"""Rules added for the eighty-fifth held-out set, each on phrasings of its own with a case that must not fire.

The set is a reader's copy of a county's and a district's portal and of a paper's digital edition:
share bars, the site's name with its address or owner repeated between paragraphs, the edition's
crumbs and navigation row, meta fields in square brackets, related posts closed by their day,
captions glued to a paragraph, a figure set out digit by digit.
"""

from __future__ import annotations

from newsmill.core.pipeline import Pipeline
from newsmill.plugins.clean_spaces import spaced_digits
from newsmill.zh.evaluation import flagged_spans
from newsmill.zh.webcopy import edition_navigation, glued_captions, share_bar, site_name_line


def _outside_flags(text: str, needle: str) -> bool:
    """True when ``needle`` survives cleaning of ``text`` outside every flagged region."""
    doc = Pipeline().process(text)
    spans = flagged_spans(doc)
    start = doc.text.find(needle)
    while start >= 0:
        end = start + len(needle)
        if not any(a <= start and end <= b for a, b in spans):
            return True
        start = doc.text.find(needle, start + 1)
    return False


def _apply(text: str, spans: list[tuple[int, int]]) -> str:
    return "".join(c for i, c in enumerate(text) if not any(a <= i < b for a, b in spans))


# -- share bars ----------------------------------------------------------------------------------

def test_share_bars_with_label_buttons_and_tools() -> None:
    assert share_bar("分享到：微信 微博 QQ空间")
    assert share_bar("转发至： 朋友圈")
    assert share_bar("【打印】 【关闭】   分享到： 新浪微博 腾讯微博")
    assert share_bar("分享： [微信] [QQ空间] [复制链接]    【加入收藏】 【返回】")
    assert share_bar("微信好友  朋友圈  抖音")


def test_a_sentence_naming_wechat_is_no_share_bar() -> None:
    assert not share_bar("市民可通过微信、微博查询办理进度")
    assert not share_bar("分享到微信群后引发热议")
    assert not share_bar("微信")


def test_a_share_bar_row_is_flagged_on_a_page() -> None:
    page = ("某市召开新闻发布会\n"
            "10月9日，某市发布前三季度经济数据，全市生产总值同比增长5.1%。\n"
            "分享到 ： [朋友圈] [微博] [复制链接]    【关闭窗口】\n")
    assert not _outside_flags(page, "复制链接")
    assert _outside_flags(page, "全市生产总值同比增长5.1%")


# -- the site's name with its address or owner ----------------------------------------------------

def test_site_name_with_its_address_or_owner() -> None:
    assert site_name_line("某某市人民政府网    www.moumou.gov.cn")
    assert site_name_line("某某晚报电子版  epaper.mmwb.com  第3版")
    assert site_name_line("某某县人民政府  承办单位：某某县融媒体中心")


def test_a_sentence_with_an_address_is_no_site_line() -> None:
    assert not site_name_line("详情请登录某某县人民政府网站www.moumou.gov.cn查询")
    assert not site_name_line("某某县人民政府 www.moumou.gov.cn")  # one blank: no gap of a layout
    assert not site_name_line("某某县人民政府主办了本次活动")


# -- a digital edition's crumbs and navigation row -----------------------------------------------

def test_edition_crumbs_and_navigation() -> None:
    assert edition_navigation("某某晚报电子报 > 2024-03-05 > 第6版")
    assert edition_navigation("某某日报 » 2023年7月1日 » 第B4版：区县新闻")
    assert edition_navigation("上一期 | 下一期 | 版面目录")
    assert edition_navigation("PDF下载   返回目录")


def test_plain_crumbs_and_a_sentence_are_no_edition_navigation() -> None:
    assert not edition_navigation("新闻中心 > 部门动态")  # sections alone: the crumbs rule's
    assert not edition_navigation("上一版")
    assert not edition_navigation("本报上一版刊发了往期回顾文章")


# -- meta fields in square brackets, related posts closed by their day -----------------------------

def test_bracketed_meta_line_is_flagged() -> None:
    page = ("某县一季度经济运行情况\n"
            "[ 发布时间：2024-04-22 ]  [ 信息来源：县统计局 ]  [ 字体：大 中 小 ]  [ 关闭 ]\n"
            "一季度，全县地区生产总值同比增长6.2%。\n")
    assert not _outside_flags(page, "信息来源")
    assert _outside_flags(page, "地区生产总值同比增长6.2%")


def test_a_bracketed_sentence_is_no_meta_line() -> None:
    page = ("某县一季度经济运行情况\n"
            "[ 来自县统计局的消息 ]一季度，全县地区生产总值同比增长6.2%，增速居全市第二位。\n")
    assert _outside_flags(page, "来自县统计局的消息")


def test_related_posts_closed_by_their_day() -> None:
    page = ("某区召开重点项目调度会\n"
            "会议要求，各部门要加快推进项目建设，确保完成全年目标。\n"
            "相关新闻：\n"
            "某市一季度重大项目集中开工 某区分会场8个项目开工总投资12亿元 (2024-03-28)\n"
            "某区获评省级营商环境示范区 (2024-02-11)\n")
    assert not _outside_flags(page, "省级营商环境示范区")
    assert not _outside_flags(page, "某区分会场8个项目开工")


def test_a_paragraph_ending_on_a_bracketed_day_is_no_related_post() -> None:
    page = ("某区召开重点项目调度会\n"
            "会议通报了某区重点项目建设情况，全区在建项目62个，完成投资48.3亿元（2024-03-28）。\n")
    assert _outside_flags(page, "全区在建项目62个")


# -- captions glued to a paragraph ------------------------------------------------------------------

def test_caption_glued_to_the_head_of_a_paragraph() -> None:
    text = "开工仪式现场 通讯员 李明 摄当日开工的项目共8个，总投资21亿元。"
    assert _apply(text, glued_captions(text)) == "当日开工的项目共8个，总投资21亿元。"
    text = "图为某某公司生产车间一角。记者 赵小兵 摄今年以来，该公司订单增长三成。"
    assert _apply(text, glued_captions(text)) == "今年以来，该公司订单增长三成。"


def test_caption_glued_inside_a_paragraph() -> None:
    text = "一季度全区外贸增长8%。某港区码头上，货轮正在装卸集装箱。（某区融媒体中心供图）消费稳步回升。"
    assert _apply(text, glued_captions(text)) == "一季度全区外贸增长8%。消费稳步回升。"


def test_no_glued_caption_in_plain_sentences() -> None:
    for text in ("签约现场，记者看到企业代表纷纷摄影留念。",
                 "活动现场张家明摄像记录了全过程。",
                 "在项目现场，工人正在紧张施工。",
                 "该园区共有企业120家（其中规上企业46家），产值增长9%。"):
        assert glued_captions(text) == [], text


def test_glued_caption_does_not_stop_a_line_join() -> None:
    page = ("某县签约6个项目\n"
            "签约仪式现场 王小川 摄此次签约的项目中，某某科技有限公司投资5亿元，在某县高新技术产业开发\n"
            "区建设年产10万套智能家居项目，建成后年产值8亿元。\n")
    doc = Pipeline().process(page)
    assert "某县高新技术产业开发区建设年产10万套智能家居项目" in doc.text


# -- a figure set out digit by digit -----------------------------------------------------------------

def test_spaced_digits_between_word_and_unit() -> None:
    text = "全区完成工业总产值 2 4 6 . 8亿元，同比增长9.1%。"
    assert _apply(text, spaced_digits(text)) == "全区完成工业总产值246.8亿元，同比增长9.1%。"
    text = "今年新增市场主体 1 2 0 6 户。"
    assert _apply(text, spaced_digits(text)) == "今年新增市场主体1206户。"


def test_digits_apart_in_a_list_or_a_table_stay() -> None:
    for text in ("第 1 2 3 号展位", "评分 9 8 7", "编号：1 2 3个。", "分别增长 1 , 2 , 3 个百分点。"):
        assert spaced_digits(text) == [], text


# -- batches: firms signing with a place, the event's projects taken up again --------------------------

def _batches(text: str) -> list[tuple[object, object, object]]:
    from newsmill.plugins.extract_batches import extract_batches
    doc = Pipeline().process(text)
    return [(r.get("count"), r.get("total_cny"), r.get("event")) for r in extract_batches(doc)]


def test_firms_signing_with_a_place_make_a_batch() -> None:
    page = ("某区招商项目集中签约\n"
            "本报讯 5月8日，某区招商引资项目集中签约会举行，"
            "4家企业与某区签订投资协议，协议总金额18.5亿元。\n")
    assert (4, 1850000000, "signed") in _batches(page)


def test_firms_signing_with_no_sum_make_no_batch() -> None:
    page = ("某区招商项目集中签约\n"
            "本报讯 5月8日，4家企业与某区签订投资协议，涉及新材料、物流等领域。\n")
    assert not any(c == 4 for c, _t, _e in _batches(page))


def test_the_events_projects_taken_up_again_are_no_second_batch() -> None:
    page = ("某县集中签约6个项目\n"
            "本报讯 6月2日，某县举行项目集中签约仪式，现场签约项目6个，总投资36亿元。"
            "此次签约的6个项目均为制造业项目，将于年内开工。\n")
    assert [b for b in _batches(page) if b[0] == 6] == [(6, 3600000000, "signed")]


def test_the_events_projects_told_first_are_a_batch() -> None:
    page = ("某县集中签约项目\n"
            "本报讯 6月2日，某县举行项目集中签约仪式。此次签约的6个项目均为制造业项目，总投资36亿元。\n")
    assert any(c == 6 for c, _t, _e in _batches(page))


# -- projects: a caption glued to a paragraph reports no project --------------------------------------

def _project_names(text: str) -> list[str]:
    from newsmill.plugins.extract_projects import extract_projects
    doc = Pipeline().process(text)
    return [str(r.get("name")) for r in extract_projects(doc)]


def test_a_park_in_a_glued_caption_is_no_project() -> None:
    page = ("某县一季度经济运行情况\n"
            "一季度，全县规上工业增加值同比增长7.5%。某某陶瓷产业园内，工人正在装运产品。"
            "（某县融媒体中心 供图）固定资产投资同比增长4.1%。\n")
    assert not any("陶瓷产业园" in n for n in _project_names(page))


def test_a_park_told_in_the_paragraph_stays_a_project() -> None:
    page = ("某县一季度经济运行情况\n"
            "一季度，全县规上工业增加值同比增长7.5%。总投资6亿元的某某陶瓷产业园二期项目正在加快建设。\n")
    assert any("陶瓷产业园" in n for n in _project_names(page))


# -- a title printing the news's sum on its second line ----------------------------------------------

def test_title_with_its_sum_on_a_second_line_is_one_line() -> None:
    page = ("某市今日要闻\n"
            "某区签约落地8个项目\n"
            "协议总金额36.5亿元\n"
            "本报讯（记者 孙一鸣）4月16日，某区举行招商项目集中签约仪式。\n")
    doc = Pipeline().process(page)
    assert "某区签约落地8个项目协议总金额36.5亿元" in doc.text.replace(" ", "")


def test_a_sum_line_not_above_a_byline_stays_apart() -> None:
    page = ("某区签约落地8个项目\n"
            "协议总金额36.5亿元\n"
            "4月16日，某区举行招商项目集中签约仪式，现场签约项目8个。\n")
    doc = Pipeline().process(page)
    assert "某区签约落地8个项目\n" in doc.text


# -- the main venue set at a project's site stands where the ceremony was held ------------------------

def _details(text: str) -> dict[str, object]:
    from newsmill.plugins.extract_projects import extract_projects
    doc = Pipeline().process(text)
    return {str(r.get("name")): (r.get("location") or {}).get("detail") for r in extract_projects(doc)}


def test_main_venue_at_a_site_takes_the_ceremonys_town() -> None:
    page = ("某县二季度8个项目集中开工\n"
            "本报讯（记者 周立新）4月18日，株洲市攸县二季度重大项目集中开工活动在网岭镇举行，"
            "8个项目集中开工，"
            "总投资26亿元。主会场设在年产5万吨特种玻璃项目现场。该项目由某某玻璃有限公司投资9亿元建设。\n")
    details = _details(page)
    assert details.get("年产5万吨特种玻璃项目") == "网岭镇"


def test_a_project_off_the_venue_keeps_no_town() -> None:
    page = ("某县二季度8个项目集中开工\n"
            "本报讯（记者 周立新）4月18日，株洲市攸县二季度重大项目集中开工活动在网岭镇举行，"
            "8个项目集中开工，"
            "总投资26亿元。同日开工的还有攸县城区供水管网改造工程，项目总投资1.2亿元。\n")
    details = _details(page)
    assert all(d != "网岭镇" for n, d in details.items() if "供水" in n)


# -- the firm told as the latter party of a signing invests -------------------------------------------

def _investors(text: str) -> dict[str, object]:
    from newsmill.plugins.extract_projects import extract_projects
    doc = Pipeline().process(text)
    return {str(r.get("name")): r.get("investor") for r in extract_projects(doc)}


def test_the_latter_party_of_a_signing_invests() -> None:
    page = ("某县签约文旅项目\n"
            "本报讯 3月6日，攸县网岭镇与湖南某某旅游开发有限公司签约，"
            "由后者投资3亿元打造网岭田园综合体项目。\n")
    assert _investors(page).get("网岭田园综合体项目") == "湖南某某旅游开发有限公司"


def test_a_place_told_as_the_latter_party_is_no_investor() -> None:
    page = ("某县签约文旅项目\n"
            "本报讯 3月6日，湖南某某旅游开发有限公司与攸县网岭镇签约，由后者提供用地保障，"
            "项目名为网岭田园综合体项目。\n")
    assert _investors(page).get("网岭田园综合体项目") != "攸县网岭镇"


# -- a caption glued to the head of a batch's member list hides no opening ----------------------------

def _stages(text: str) -> dict[str, tuple[object, object]]:
    from newsmill.plugins.extract_projects import extract_projects
    doc = Pipeline().process(text)
    return {str(r.get("name")): (r.get("stage"), r.get("status")) for r in extract_projects(doc)}


def test_members_after_a_glued_caption_take_the_signing() -> None:
    page = ("攸县集中签约6个项目\n"
            "本报讯 3月6日，攸县举行项目集中签约仪式，现场签约项目6个，总投资22亿元。\n"
            "签约仪式现场 李文 摄签约项目中，湖南某某科技有限公司计划投资5亿元，建设年产2万吨特种纸项目，"
            "力争6月开工。\n")
    assert _stages(page).get("年产2万吨特种纸项目") == ("signed", "actual")


def test_a_sentence_without_a_glued_caption_opens_where_it_starts() -> None:
    from newsmill.plugins.extract_projects.members import _past_glued_caption
    from newsmill.zh.recctx import context_of
    page = ("攸县集中签约6个项目\n"
            "本报讯 3月6日，攸县举行项目集中签约仪式。签约仪式现场，李文拍下了这一幕。\n")
    ctx = context_of(Pipeline().process(page))
    at = ctx.text.find("签约仪式现场")
    assert _past_glued_caption(ctx, at) == at


def test_the_rest_of_a_signing_takes_its_event() -> None:
    page = ("某区签约10个项目\n"
            "本报讯 5月9日，某区现场签约项目10个，总投资52亿元。其中，甲公司投资20亿元建设乙项目。"
            "其余6个项目涉及物流、电商等领域，总投资21.3亿元。\n")
    assert (6, 2130000000, "signed") in _batches(page)


def test_a_count_with_no_batch_before_takes_no_event() -> None:
    page = ("某区项目建设情况\n"
            "本报讯 其余6个项目涉及物流、电商等领域，总投资21.3亿元。\n")
    assert all(e is None for c, _t, e in _batches(page) if c == 6)


# -- two industries given their measure in turn -------------------------------------------------------

def _indicators(text: str) -> list[tuple[object, object, object]]:
    from newsmill.plugins.extract_indicators import extract_indicators
    doc = Pipeline().process(text)
    return [(r.get("metric"), r.get("value"), r.get("growth_pct")) for r in extract_indicators(doc)]


def test_two_industries_given_their_measure_in_turn() -> None:
    page = ("攸县一季度工业经济运行情况\n"
            "一季度，攸县规上工业增加值同比增长7.1%。其中，纺织和食品两个行业分别完成营业收入12.4亿元和"
            "9.6亿元，同比分别增长8.3%和5.2%。\n")
    found = _indicators(page)
    assert ("纺织行业营业收入", 1240000000, 8.3) in found
    assert ("食品行业营业收入", 960000000, 5.2) in found


def test_two_industries_with_one_figure_are_not_read_in_turn() -> None:
    page = ("攸县一季度工业经济运行情况\n"
            "一季度，纺织和食品两个行业分别完成营业收入12.4亿元，增速居全市前列。\n")
    assert not any(m in ("纺织行业营业收入", "食品行业营业收入") for m, _v, _g in _indicators(page))


def _investments(text: str) -> dict[str, object]:
    from newsmill.plugins.extract_projects import extract_projects
    doc = Pipeline().process(text)
    return {str(r.get("name")): r.get("investment_cny") for r in extract_projects(doc)}


def test_an_amount_then_打造_belongs_to_the_name() -> None:
    page = ("攸县文旅项目签约\n"
            "本报讯 3月6日，攸县与湖南某某旅游开发有限公司签约，"
            "由后者投资4.5亿元打造酒埠江康养度假区项目。\n")
    assert _investments(page).get("酒埠江康养度假区项目") == 450000000


def test_an_amount_of_a_region_before_打造_is_not_the_names() -> None:
    page = ("攸县文旅项目签约\n"
            "本报讯 今年以来，攸县文旅产业完成投资4.5亿元，打算打造酒埠江康养度假区项目。\n")
    assert _investments(page).get("酒埠江康养度假区项目") != 450000000


def test_firms_signing_with_banks_make_no_batch() -> None:
    page = ("某市银企对接会举行\n"
            "本报讯 5月8日，某市银企对接会举行，26家企业与金融机构现场签约，签约金额38.2亿元。\n")
    assert not any(c == 26 for c, _t, _e in _batches(page))


def _capacities(text: str) -> dict[str, object]:
    from newsmill.plugins.extract_projects import extract_projects
    doc = Pipeline().process(text)
    return {str(r.get("name")): r.get("capacity") for r in extract_projects(doc)}


def test_a_cold_stores_size_after_a_verb_of_size() -> None:
    page = ("攸县签约冷链项目\n"
            "本报讯 3月6日，湖南某某物流有限公司投资2亿元，在网岭镇建设农产品冷链物流中心项目，"
            "建成后冷库容量可达3万吨。\n")
    assert _capacities(page).get("农产品冷链物流中心项目") == "冷库容量可达3万吨"


def test_a_cold_stores_share_is_no_capacity() -> None:
    page = ("攸县签约冷链项目\n"
            "本报讯 3月6日，湖南某某物流有限公司投资2亿元，在网岭镇建设农产品冷链物流中心项目，"
            "全县冷库容量达到全市的三成。\n")
    assert _capacities(page).get("农产品冷链物流中心项目") is None


def test_the_firm_of_the_next_item_after_a_semicolon_is_not_this_ones() -> None:
    page = ("攸县签约两个项目\n"
            "本报讯 3月6日，湖南某甲智能科技有限公司与攸县高新技术产业开发区管委会签订投资协议，"
            "计划投资4亿元建设智能门窗生产基地项目，预计明年投产；网岭镇与湖南某乙农业有限公司签约，"
            "由后者投资1亿元打造网岭稻虾共作示范园项目。\n")
    assert _investors(page).get("智能门窗生产基地项目") == "湖南某甲智能科技有限公司"


def test_a_firm_in_the_same_clause_still_invests() -> None:
    page = ("攸县签约项目\n"
            "本报讯 3月6日，攸县建设智能门窗生产基地项目，由湖南某甲智能科技有限公司投资4亿元，"
            "预计明年投产。\n")
    assert _investors(page).get("智能门窗生产基地项目") == "湖南某甲智能科技有限公司"
