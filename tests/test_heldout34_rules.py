"""Rules the misses of the thirty-fourth held-out set called for, each on phrasings of its own."""

from __future__ import annotations

import datetime as dt

from newsmill import Pipeline
from newsmill.plugins.clean_furniture import classify_text, related_posts
from newsmill.plugins.clean_linebreaks import exclaimed_title
from newsmill.zh.bylines import parse_credit_line
from newsmill.zh.projects import find_names

DAY = dt.date(2025, 6, 4)


def _doc(page: str, day: dt.date | None = DAY):
    return Pipeline().process(page, pub_date=day)


def _projects(page: str, day: dt.date | None = DAY) -> dict:
    return {r.get("name"): r for r in _doc(page, day).records if r.kind == "project"}


def _names(text: str) -> list[str]:
    return [n.name for n in find_names(text, 0, len(text))]


def _kind(line: str) -> tuple[str, str] | None:
    return classify_text([line], 0)


APP_PAGE = ("某某融媒\n2025年06月03日 10:20 贵州\n\n点击上方蓝字\n关注我们\n\n"
            "⭐好消息！某某园区新签约项目5个\n\n图片\n\n"
            "今年以来，某某园区新签约项目5个，协议投资额18亿元，涵盖食品加工、物流等产业。\n\n"
            "👉👉👉\n\n其中，某某食品有限公司投资的调味品生产线项目总投资3亿元。\n\n视频\n\n"
            "来源：某某县融媒体中心\n文字：陈 某\n排版：李某某\n投稿热线：0851-1234567\n\n"
            "往期回顾\n某某镇：茶园里的新变化\n全县防汛工作会议召开\n\n责编：王 某\n点个“赞”再走吧\n")


def test_emoji_are_deleted_and_symbols_kept() -> None:
    text = _doc("💡要点速览\n\n★ 某县新开工项目3个，总投资4亿元。\n\n⬇️⬇️\n\n✅某某项目已竣工。\n").text
    assert "💡" not in text and "⬇" not in text and "✅" not in text and "\ufe0f" not in text, text
    assert "要点速览" in text and "★ 某县" in text and "某某项目已竣工" in text, text


def test_an_apps_furniture_lines_are_flagged() -> None:
    for line in ("点击上方蓝字", "关注我们", "点个“赞”再走吧", "点个\"在看\"", "投稿热线：0851-1234567",
                 "爆料邮箱：abc@example.com", "排版：李某某", "视频：某某县融媒体中心", "设计：某某"):
        assert _kind(line) is not None and _kind(line)[0] == "furniture", line
    for line in ("图片", "视频", "【图片】"):
        assert _kind(line) == ("caption", "image placeholder"), line
    # running text and titles naming such words stay text
    for line in ("关注我们身边的项目建设", "全县视频会议召开", "图片展吸引市民参观。"):
        assert _kind(line) is None, line


def test_a_list_of_bare_post_titles_is_furniture() -> None:
    lines = ["正文最后一段。", "", "▼往期回顾▼", "某某镇：茶园里的新变化", "全县防汛工作会议召开", "",
             "责编：王 某"]
    assert related_posts(lines) == [2, 3, 4]
    # a heading over a paragraph is no list
    assert related_posts(["推荐", "各地推荐的项目已上报，共计12个。"]) == []


def test_the_author_of_an_app_article_is_credited() -> None:
    credit = parse_credit_line("文字：陈 某", 0)
    assert credit is not None and [s.text for s in credit.reporters] == ["陈某"]


def test_an_app_page_keeps_its_title_source_and_author() -> None:
    arts = _doc(APP_PAGE).articles
    assert [a.headline for a in arts] == ["好消息！某某园区新签约项目5个"], [a.headline for a in arts]
    assert arts[0].source == "某某县融媒体中心" and arts[0].reporters == ["陈某"]
    flagged = [APP_PAGE[r.raw_start:r.raw_end] for r in _doc(APP_PAGE).regions]
    wanted = {"往期回顾", "某某镇：茶园里的新变化", "投稿热线：0851-1234567", "图片", "视频"}
    assert wanted <= set(flagged), flagged


def test_the_account_over_a_worded_posting_line_is_the_source() -> None:
    page = ("某某发布\n2025年06月03日 10:20 贵州\n\n某县一批项目集中开工\n\n"
            "6月2日，某县新开工项目8个，总投资12亿元。\n\n责编：王 某\n")
    arts = _doc(page).articles
    assert len(arts) == 1 and arts[0].source == "某某发布", [(a.headline, a.source) for a in arts]


def test_an_exclaimed_title_is_no_cut_paragraph() -> None:
    assert exclaimed_title("好消息！某某园区新签约项目5个")
    assert exclaimed_title("怎么干？某县这样抓项目")
    assert not exclaimed_title("他说：“好！我们马上开工")  # a clause mark: running text
    assert not exclaimed_title("今年以来，某园区签约项目5个！")


def test_a_project_whose_site_holds_the_main_venue_is_named() -> None:
    assert _names("主会场设在某某公司年产5万吨新材料项目现场。") == ["某某公司年产5万吨新材料项目"]
    assert _names("分会场设于某某物流园项目建设现场。") == ["某某物流园项目"]
    page = ("某县项目集中开工\n\n本报讯 6月2日，某县二季度重大项目集中开工仪式在甲园区举行，"
            "此次集中开工项目9个，总投资30亿元。\n\n"
            "主会场设在某某公司年产5万吨新材料项目现场。该项目总投资6亿元，建成后年产值8亿元。\n")
    found = _projects(page)
    r = next((v for k, v in found.items() if "新材料" in k), None)
    assert r is not None and r.get("stage") == "started" and r.get("investment_cny") == 600000000, found


def test_the_same_day_after_a_name_is_the_events_day() -> None:
    page = ("某县项目集中开工\n\n本报讯 6月2日，某县重大项目集中开工。某某公司智能仓储项目当天同步开工，"
            "总投资2亿元。\n")
    found = _projects(page)
    r = next(v for k, v in found.items() if "智能仓储" in k)
    assert r.get("date") == "2025-06-02", r.get("date")


def test_a_township_a_firm_builds_in_and_a_zones_cluster_are_details() -> None:
    page = ("沐川县签约项目5个\n\n本报讯 6月2日，沐川县签约项目5个，协议投资额20亿元。"
            "某某茶业有限公司将在石门彝族乡建设高山茶叶精深加工基地，项目总投资3亿元，占地90亩。\n\n"
            "位于东城组团的某某电子公司智能终端项目总投资5亿元，已于5月开工。\n")
    details = {k: (v.get("location") or {}).get("detail") for k, v in _projects(page).items()}
    base = next(v for k, v in details.items() if "茶叶" in k)
    unit = next(v for k, v in details.items() if "智能终端" in k)
    assert (base, unit) == ("石门彝族乡", "东城组团"), details
