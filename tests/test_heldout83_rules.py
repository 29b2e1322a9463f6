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


def test_a_card_with_no_event_near_stays_unreported() -> None:
    page = _post("融水苗族自治县积极谋划储备一批项目。\n\n"
                 "★项目名称：杉木集成材加工项目\n★总投资：3.4亿元\n")
    assert not projects(page)


def test_a_store_centre_among_parts_stays_no_project() -> None:
    page = _post("8月20日，某物流园项目开工，将建设分拣车间、冷链仓储中心和停车场。")
    assert not [n for n in projects(page) if n.endswith("冷链仓储中心")]
