"""Project names found in public financial news briefs (``../shared/external/fincuge-finna-news``).

Such briefs speak of firms, offices, funds and policies much more than of works: the names found
there must not be a firm's or an office's name cut at its works word, a figure of speech, linking
in general or a verb of the news before the works.  Nothing of the data is stored in the project.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsmill.zh.projects import find_names

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "external" / "fincuge-finna-news" / "articles.jsonl"

pytestmark = pytest.mark.skipif(not DATA.is_file(), reason="external news briefs are not available")

_SENTENCE = re.compile(r"[^。！？；\n]+")
#: Shapes of names that are no works (see newsmill.zh.name_senses and the boundary words).
_WRONG = re.compile(r"互联互通$|(?:作为|为)项目$|工程院|铁路(?:集团|局)|有限公司为|头号工程|系统工程$"
                    r"|^(?:投入|采用|负责|如果|遏制|设立|对外投资|外投资|司中标|中标)|^是一项")


@pytest.fixture(scope="module")
def found() -> list[str]:
    names: list[str] = []
    with DATA.open(encoding="utf-8") as f:
        for line in f:
            brief = json.loads(line)
            for m in _SENTENCE.finditer(brief["body"]):
                names += [n.name for n in find_names(brief["body"], m.start(), m.end())]
    return names


def test_names_are_found(found: list[str]) -> None:
    assert len(found) > 100  # the briefs do tell of works


def test_no_name_of_another_sense(found: list[str]) -> None:
    wrong = [n for n in found if _WRONG.search(n)]
    assert wrong == []
