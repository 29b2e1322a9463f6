"""The news segmenter on public news briefs (``../shared/external/fincuge-finna-news``).

Each brief has a headline and a body.  Pages are built from them at test time
(one brief per page, and five briefs per page each opening with ``本报讯``)
and the segmenter must give back the headlines and bodies.  Nothing of the
data is stored in the project.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsmill.core.model import Document
from newsmill.plugins import segment_news

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATA = SHARED / "external" / "fincuge-finna-news" / "articles.jsonl"
OPTIONS = {"max_heading_chars": 100, "share_closing_credit": True, "page_date": True}

pytestmark = pytest.mark.skipif(not DATA.is_file(), reason="external news briefs are not available")


@pytest.fixture(scope="module")
def briefs() -> list[dict]:
    with DATA.open(encoding="utf-8") as f:
        return [json.loads(line) for _, line in zip(range(1500), f)]


def test_one_brief_per_page(briefs):
    right = 0
    for b in briefs:
        doc = Document.from_text(f"{b['headline']}\n\n{b['body']}\n")
        arts = segment_news.newsmill_segment(doc, OPTIONS)
        if len(arts) == 1 and arts[0].headline == b["headline"].strip():
            body = doc.clean[arts[0].body_start:arts[0].body_end]
            right += bool(body) and b["body"].strip().startswith(body)
    print(f"\none brief per page: {right}/{len(briefs)} headline and body right")
    assert right >= 0.99 * len(briefs)


def test_five_briefs_per_page(briefs):
    pages = [briefs[i:i + 5] for i in range(0, len(briefs) - 4, 5)]
    right = 0
    for page in pages:
        text = "".join(f"{b['headline']}\n\n本报讯 {b['body'].strip()}\n\n" for b in page)
        arts = segment_news.newsmill_segment(Document.from_text(text), OPTIONS)
        right += [a.headline for a in arts] == [b["headline"].strip() for b in page]
        assert all(a.source == "本报" for a in arts)
    print(f"\nfive briefs per page: {right}/{len(pages)} pages with every headline right")
    assert right >= 0.98 * len(pages)
