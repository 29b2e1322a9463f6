"""Rules for misses of held-out sets 79, 82 and 78, each on phrasings of its own."""

from __future__ import annotations

from newsmill.plugins.clean_furniture import classify_text


def _kind(line: str) -> tuple[str, str] | None:
    return classify_text([line], 0)


def test_a_meta_line_with_its_tool_links_after_single_blanks_is_furniture() -> None:
    meta = ("furniture", "page meta")
    assert _kind("发布日期:2024-11-03 16:40 来源:青川县发展和改革局 【打印】【关闭】") == meta
    assert _kind("发布时间：2023-07-21 来源：桐梓县融媒体中心 [我要纠错] [打印]") == meta


def test_a_title_with_a_print_link_is_no_meta_line() -> None:
    assert _kind("青川县木鱼镇茶叶加工厂建设项目招标公告 【打印】") is None


def test_a_footer_of_two_or_three_site_links_is_furniture() -> None:
    assert _kind("关于我们 ｜ 网站声明") == ("furniture", "crumbs")
    assert _kind("联系我们 | 站点地图 | 设为首页") == ("furniture", "crumbs")


def test_a_bar_with_one_site_link_is_not_a_footer() -> None:
    assert _kind("产业园区 | 联系我们") is None
    assert _kind("项目建设 | 招商引资 | 营商环境") is None
