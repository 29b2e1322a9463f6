"""Rules the misses of the forty-ninth held-out set called for, each on phrasings of its own.

The set is about long features on a county's chain or park, told over many paragraphs under short
sub-heads, with a photo story after them on the same page.
"""

from __future__ import annotations

import datetime as dt

from tests.heldout_support import page_helpers

doc, projects, indicators = page_helpers(dt.date(2025, 9, 20))

_FEATURE = ("园区建设再提速\n\n□ 本报记者 某某\n\n入驻企业增至41家;新签约项目9个,协议投资27.3亿元"
            "……{closer}\n\n“园区是项目的家。”园区负责人说。\n")


def test_a_park_closing_a_run_of_results_is_no_project() -> None:
    for closer in ("某某县绿色食品产业园交出了一份亮眼的年度答卷。",
                   "这是某某高新区新材料产业园写下的一份成绩单。",
                   "某某经开区智能制造产业园晒出了上半年的成绩单。"):
        page = _FEATURE.format(closer=closer)
        assert not [n for n in projects(page) if n and "产业园" in n], (closer, list(projects(page)))


def test_a_park_signing_a_project_is_still_read() -> None:
    page = ("园区建设再提速\n\n本报讯 9月18日,某某县绿色食品产业园与某某食品有限公司签约,"
            "总投资6亿元的年产10万吨调味品项目落户园区。\n")
    assert any(n and "调味品" in n for n in projects(page)), list(projects(page))
