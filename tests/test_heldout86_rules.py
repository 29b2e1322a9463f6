"""Rules the misses of the eighty-sixth held-out set called for, each on phrasings of its own.

The set is culture, tourism, health-care and commerce works: a holiday's visitors and tourism
income, scenic areas upgraded, resorts signed, hotels and malls opened, hospitals topped out,
care centres and sports venues put to use, on a city paper's page, a county portal and a
provincial daily's brief column.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import places, rule_helpers

doc, records, projects = rule_helpers(dt.date(2025, 5, 8))


# --- places: a short form whose last character opens a word -----------------------------------------

def test_a_short_form_ending_in_tian_before_yuan_is_no_place() -> None:
    assert not places("新建采摘园和田园观光步道")
    assert not [p for p in places("农场配套民宿和田园餐厅") if p[1] == "和田地区"]


def test_the_place_itself_and_its_park_stay_places() -> None:
    assert ("和田地区", "和田地区") in places("和田地区新签约项目12个")
    assert places("莆田园区新签约项目")[0][1] == "莆田市"


def test_a_province_s_brief_column_gives_its_province_to_whole_province_figures() -> None:
    page = ("云南日报\n\n简 讯\n\n全省五一假期接待游客1206.5万人次\n\n"
            "本报讯（记者 李文）五一假期，全省累计接待游客1206.5万人次，同比增长8.1%。\n\n"
            "弥渡签约田园康养项目\n\n本报讯（记者 杨帆）5月3日，弥渡县与某公司签约，"
            "项目建设温泉中心和田园民宿，总投资6亿元。弥渡县将为项目提供全程服务。\n\n"
            "祥云县体育馆开馆\n\n本报讯 5月1日，祥云县体育馆开馆。祥云县今年还将新建健身步道。\n\n"
            "巍山古城提升项目开工\n\n本报讯 5月2日，巍山县古城提升项目开工，巍山县文旅局介绍…\n")
    got = [r for r in records(page, "indicator") if r.get("value") == 12065000]
    assert got and got[0].get("region") == "云南省"
