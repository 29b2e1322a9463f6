"""Properties of the place, organization and people annotators on arbitrary text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmill.core.model import Document
from newsmill.plugins.annotate_orgs import org_mentions
from newsmill.plugins.annotate_people import person_mentions
from newsmill.plugins.annotate_places import place_mentions
from newsmill.zh.gazetteer import Gazetteer

# pieces that make the rules fire, glued in random order with random characters
PIECES = ["四川", "省", "广元", "市", "青川", "县", "经开区", "高新区", "新区", "有限公司", "集团",
          "局", "委", "记者", " ", "(", ")", "、", "，", "书记", "市长", "王", "李", "欧阳", "说", "表示",
          "示范县", "合作", "投资兴业", "\n", "讯", "1", "月", "日", "和", "与"]
TEXT = st.lists(st.one_of(st.sampled_from(PIECES), st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40)),
                max_size=40).map("".join)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_mentions_are_valid_spans(text):
    doc = Document.from_text(text)
    doc.mentions = list(place_mentions(doc, Gazetteer.default()))
    found = [*doc.mentions, *org_mentions(doc), *person_mentions(doc)]
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        if m.kind == "place":
            assert m.value["level"] in ("province", "prefecture", "county", "zone")
            assert m.value["code"] is None or (len(m.value["code"]) == 6 and m.value["code"].isdigit())
        elif m.kind == "org":
            assert m.value and m.attributes["type"]
        else:
            assert m.value == text[m.start:m.end]
    # one kind never reports two overlapping spans
    for kind in ("place", "org", "person"):
        spans = sorted((m.start, m.end) for m in found if m.kind == kind)
        assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), (kind, spans)
