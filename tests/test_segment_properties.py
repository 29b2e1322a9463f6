"""Properties of the news segmenter on generated pages: never fails, spans stay consistent."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmill.core.model import Document
from newsmill.plugins import segment_news

OPTIONS = {"max_heading_chars": 100, "share_closing_credit": True, "page_date": True}

PIECES = [
    "## 某县签约3个项目", "# 某地工业增长", "### 专栏 >>>", "东区:", "——副题说明,补充内容",
    "本报讯(记者 张伟 李娜)近日,某县签约项目3个。", "某某日报某地讯 近日,项目开工。",
    "□ 本报记者 王芳", "记者 刘洋 通讯员 陈静", "新华社记者 赵敏 摄", "(某某日报记者 周杰 整理)",
    "来源:某某日报", "2021年3月4日 星期四", "责任编辑:吴磊", "分享到:", "图为开工现场。",
    "项目总投资12亿元,建成后年产值30亿元。", "全年新开工项目86个。(孙丽)", "一、总体要求",
    "加快项目建设 推动提质增效", "项目位于", "(一期)", "", " ", "\u3000",
]


@st.composite
def pages(draw) -> str:
    lines = draw(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=25))
    seps = draw(st.lists(st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"]), min_size=len(lines),
                         max_size=len(lines)))
    return "".join(line + sep for line, sep in zip(lines, seps))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_segmenting_any_page_keeps_spans_consistent(text):
    doc = Document.from_text(text)
    articles = segment_news.newsmill_segment(doc, OPTIONS)
    n = len(doc.clean)
    last_end = 0
    for a in articles:
        assert last_end <= a.start < a.end <= n
        last_end = a.end
        if a.body_start is not None:
            assert a.start <= a.body_start <= a.body_end <= a.end
        for s, e in a.attributes.get("paragraphs", []):
            assert a.start <= s < e <= a.end
        for name, ev in a.evidence.items():
            assert 0 <= ev.start <= ev.end <= n
            if name in ("headline", "kicker", "source", "dateline"):  # a two-part title spans lines
                shown = re.sub(r"\n#+|\s", "", doc.clean[ev.start:ev.end])
                assert shown == re.sub(r"\s", "", getattr(a, name))
        if a.reporters:
            shown = doc.clean[a.evidence["reporters"].start:a.evidence["reporters"].end]
            assert shown and any(r in shown for r in a.reporters)
    if not text.strip():
        assert articles == []
