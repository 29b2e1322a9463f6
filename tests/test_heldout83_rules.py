"""Rules the misses of the eighty-third held-out set called for, each on phrasings of its own.

The set is posts of a county's or a development zone's official account: an account name and date
line, a follow prompt, emoji and symbol bullets, numbered parts, image placeholders, a month's
investment promotion with projects signed and started, project cards and lists, and end matter
(credits set apart by bars, an end mark, a QR-code prompt, the button row).
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 8, 12))


def _post(body: str, head: str = "某县8月招商引资情况") -> str:
    return f"融水发布\n融水发布 2025-08-12 21:05 发表于广西\n\n点击蓝字 关注我们\n\n{head}\n\n{body}\n"


def _furniture_texts(page: str) -> list[str]:
    d = doc(page)
    return [d.clean[slice(*d.clean_span(r.raw_start, r.raw_end))] for r in d.regions_of("furniture")]


# --- cleaning: an account's end matter ------------------------------------------------------------

_END = ("8月，融水苗族自治县新签约项目6个，总投资12.3亿元。\n\n"
        "— END —\n\n"
        "来源｜融水苗族自治县融媒体中心\n"
        "责编｜覃小丽\n"
        "终审|吴 刚\n\n"
        "【二维码】长按二维码 关注融水发布\n"
        "▼扫一扫下方二维码 关注我们\n"
        "分享 点赞 在看")


def test_credits_set_apart_by_a_bar_and_an_end_mark_are_furniture() -> None:
    got = " ".join(_furniture_texts(_post(_END)))
    for s in ("END", "责编|覃小丽", "终审|吴 刚", "长按二维码", "扫一扫下方二维码"):
        assert s in got, s
    assert "新签约项目6个" not in got


def test_a_source_set_apart_by_a_bar_is_the_article_s_source() -> None:
    d = doc(_post(_END))
    assert [a.source for a in d.articles if a.source] == ["融水苗族自治县融媒体中心"]


def test_a_sentence_naming_the_end_or_a_bar_stays_text() -> None:
    page = _post("项目建设将于年底前进入收尾阶段，编辑部门|审核流程另行通知。\n\nEND OF YEAR 项目清单\n")
    got = " ".join(_furniture_texts(page))
    assert "收尾阶段" not in got and "END OF YEAR" not in got


# --- articles: a card's labelled line is no headline ----------------------------------------------

def test_a_card_line_after_a_bullet_opens_no_article() -> None:
    page = _post("8月20日，融水苗族自治县3个项目集中开工。具体项目如下：\n\n"
                 "►项目名称：贝江河谷生态露营地项目\n►总投资：1.6亿元\n\n"
                 "►项目名称：杆洞乡茶叶初制加工厂项目\n►总投资：4200万元\n")
    assert len(doc(page).articles) == 1


# --- projects: cards a batch's paragraph introduces ------------------------------------------------

def test_cards_after_a_batch_take_its_event_and_day() -> None:
    page = _post("8月8日上午，融水苗族自治县三季度重大项目集中签约仪式在县城举行，4个项目现场签约。"
                 "签约项目简介：\n\n"
                 "★项目名称：香粉乡民族风情冷链仓储中心\n★建设单位：柳州苗岭物流有限公司\n"
                 "★建设地点：融水苗族自治县香粉乡\n★总投资：2.1亿元\n\n"
                 "★项目名称：年产8万立方米杉木集成材项目\n★总投资：3.4亿元\n"
                 "★建设内容：新建杉木集成材生产线两条\n")
    got = projects(page)
    store = next(r for n, r in got.items() if "冷链仓储中心" in n)
    assert store.get("stage") == "signed" and store.get("status") == "actual"
    assert store.get("date") == "2025-08-08" and store.get("investment_cny") == 210_000_000
    assert store.get("investor") == "柳州苗岭物流有限公司"
    wood = next(r for n, r in got.items() if "杉木集成材项目" in n)
    assert wood.get("stage") == "signed" and wood.get("investment_cny") == 340_000_000


def test_a_card_with_no_event_near_takes_none() -> None:
    # (the card names its project, as a list's card does; with no event told, it takes none)
    page = _post("融水苗族自治县积极谋划储备一批项目。\n\n"
                 "★项目名称：杉木集成材加工项目\n★总投资：3.4亿元\n")
    r = projects(page)["杉木集成材加工项目"]
    assert r.get("stage") is None and r.get("investment_cny") == 340000000


def test_a_store_centre_among_parts_stays_no_project() -> None:
    page = _post("8月20日，某物流园项目开工，将建设分拣车间、冷链仓储中心和停车场。")
    assert not [n for n in projects(page) if n.endswith("冷链仓储中心")]


# --- projects: a firm settling in a park, then what it builds ---------------------------------------

def test_a_firm_settling_then_building_signs_the_project() -> None:
    page = _post("■ 柳州启航智能装备有限公司落户融水工业集中区，投资2.7亿元建设新能源汽车线束项目，"
                 "达产后年产值可达8亿元。")
    r = next(r for n, r in projects(page).items() if "线束项目" in n)
    assert r.get("stage") == "signed" and r.get("status") == "actual"
    assert r.get("investor") == "柳州启航智能装备有限公司"
    assert r.get("location")["detail"] == "融水工业集中区"


def test_a_place_settling_in_is_no_investor() -> None:
    page = _post("融水苗族自治县和睦镇落户一批企业，投资1.2亿元建设糯米加工厂项目，目前正在加紧施工。")
    r = next(r for n, r in projects(page).items() if "糯米加工厂项目" in n)
    assert r.get("investor") is None


# --- projects: a later phase's preparation started is a plan -----------------------------------------

def test_starting_the_preparation_of_a_later_phase_plans_it() -> None:
    page = _post("8月5日，柳州苗韵食品有限公司米粉生产线项目竣工投产。"
                 "公司表示，年内将启动三期螺蛳粉配套产业园项目的前期工作。")
    r = next(r for n, r in projects(page).items() if "螺蛳粉配套产业园项目" in n)
    assert r.get("stage") == "planned"


def test_starting_a_later_phase_itself_is_its_start() -> None:
    page = _post("8月5日，柳州苗韵食品有限公司米粉生产线项目竣工投产。"
                 "公司年内还将启动二期螺蛳粉配套产业园项目。")
    r = next(r for n, r in projects(page).items() if "螺蛳粉配套产业园项目" in n)
    assert r.get("stage") == "started"


# --- projects: no jobs in the people a utility serves -------------------------------------------------

def test_people_given_water_are_no_jobs() -> None:
    page = _post("8月6日，融水苗族自治县安陲乡饮水安全巩固提升工程开工，总投资6800万元，"
                 "建成后可解决2.4万人的安全饮水问题。")
    r = next(r for n, r in projects(page).items() if "饮水安全巩固提升工程" in n)
    assert r.get("jobs") is None


def test_people_given_work_stay_jobs() -> None:
    page = _post("8月6日，融水苗族自治县竹编产业园项目开工，总投资6800万元，建成后可解决2400人就业。")
    r = next(r for n, r in projects(page).items() if "竹编产业园项目" in n)
    assert r.get("jobs") == 2400


# --- investors: what a works serves heading its name is no brand ------------------------------------

def test_town_and_country_or_a_trade_bloc_heading_a_name_is_no_investor() -> None:
    page = _post("8月6日，融水苗族自治县城乡冷链配送中心项目开工，总投资1.3亿元。"
                 "同日，东盟跨境电商物流园项目签约，总投资4亿元。")
    got = projects(page)
    assert all(r.get("investor") in (None, "") for r in got.values())


def test_a_brand_heading_a_name_stays_the_investor() -> None:
    page = _post("8月6日，苗岭纺织智能染整车间改造项目开工，总投资1.3亿元。")
    r = next(r for n, r in projects(page).items() if "染整车间改造项目" in n)
    assert r.get("investor") == "苗岭"


# --- scorer: a zone's region named in full or short ---------------------------------------------------

def test_a_zone_region_in_full_or_short_is_one_place() -> None:
    from newsmill.zh.evaluation import same_place
    assert same_place("融水经济开发区", "融水经开区")
    assert same_place("某某高新技术产业开发区", "某某高新区")
    assert not same_place("融水经开区", "融安经开区")
