"""Rules added after the sixty-first held-out set, tested on phrasings of their own."""

from __future__ import annotations

from newsmill.zh.pageyear import read_page_year


def test_a_firms_settling_year_is_its_history_not_the_pages_year() -> None:
    assert read_page_year("这家公司2018年入驻高新区，今年再度追加投资。") is None
    assert read_page_year("该集团2015年进驻开发区以来屡次增资。") is None


def test_a_firm_settling_does_not_hide_a_year_under_way() -> None:
    page = read_page_year("韩资企业2012年落户江门。2024年1—9月，江门市实际使用外资增长6%。")
    assert page is not None and page.year == 2024


def test_a_year_after_a_firm_without_settling_still_counts() -> None:
    page = read_page_year("该公司2023年5月实现出口额2亿美元。")
    assert page is not None and page.year == 2023
