"""Hand-made documents for the writer tests: noisy raw pages, cleaned views, articles,
mentions, records with evidence, and a linked project entity.

The pages are written for these tests in the style of regional economic news;
a small cleaner (stray spaces, broken lines, traditional characters with
pinyin, half-width commas) gives each a real offset map, so cleaned and raw
spans differ.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from newsmill.core.model import Article, Document, Entity, Evidence, Mention, Problem, Record, Region
from newsmill.core.offsets import Edit, apply_edits

T2S = {"區": "区", "園": "园", "項": "项", "開": "开", "億": "亿", "資": "资", "產": "产", "業": "业"}
NOISE = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]+\)|(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])"
                   r"|(?<=[^\n]{30}[\u4e00-\u9fff])\n(?=[\u4e00-\u9fff])|,|[區園項開億資產業]")
PRODUCER = "handmade@1.0"


def clean(raw: str) -> tuple[str, Any]:
    """Remove pinyin, stray spaces and breaks in long lines; convert a few characters and commas."""
    edits = []
    for m in NOISE.finditer(raw):
        s = m.group()
        edits.append(Edit(m.start(), m.end(), "，" if s == "," else T2S.get(s, "")))
    return apply_edits(raw, edits)


class Page:
    """Builds one document by finding strings in its cleaned text."""

    def __init__(self, raw: str, source: str, pub_date: dt.date | None, outlet: str | None = None):
        self.doc = Document.from_text(raw, source=source, pub_date=pub_date,
                                      pub_date_source="text" if pub_date else None,
                                      outlet=outlet, encoding="utf-8")
        self.doc.text, self.doc.offsets = clean(raw)

    def find(self, s: str, after: int = 0) -> tuple[int, int]:
        i = self.doc.text.index(s, after)
        return i, i + len(s)

    def ev(self, s: str, after: int = 0) -> Evidence:
        return self.doc.evidence(*self.find(s, after))

    def article(self, headline: str, next_headline: str | None, source: str | None,
                reporters: list[str], dateline: str | None = None, kicker: str | None = None) -> Article:
        start = self.find(headline)[0]
        end = self.find(next_headline, start)[0] if next_headline else len(self.doc.text)
        body_start = self.doc.text.index("\n\n", start) + 2
        ev = {"headline": self.ev(headline)}
        if source:
            ev["source"] = self.ev(source, start)
        a = Article(start, end, headline=headline, kicker=kicker, source=source, dateline=dateline,
                    reporters=reporters, body_start=body_start, body_end=end, evidence=ev,
                    attributes={"layout": "lead" if not self.doc.articles else "brief"})
        self.doc.articles.append(a)
        return a

    def mention(self, kind: str, surface: str, value: Any, after: int = 0, **attrs: Any) -> Mention:
        s, e = self.find(surface, after)
        m = Mention(kind, s, e, value, attributes=attrs)
        self.doc.mentions.append(m)
        return m

    def record(self, kind: str, statement: str, fields: dict[str, tuple[Any, str | None]],
               after: int = 0, confidence: float = 0.9) -> Record:
        r = Record(kind, evidence=[self.ev(statement, after)], confidence=confidence)
        for name, (value, surface) in fields.items():
            r.set(name, value, *([self.ev(surface, after)] if surface else []))
        self.doc.records.append(r)
        return r

    def finish(self) -> Document:
        """Fill what the host fills: ids, indices, raw spans, surfaces, producer stamps."""
        d = self.doc
        for i, a in enumerate(d.articles):
            a.index, a.id, a.producer = i, f"{d.id}:a{i}", PRODUCER
            a.raw_start, a.raw_end = d.raw_span(a.start, a.end)
        d.mentions.sort(key=lambda m: (m.start, m.end, m.kind))
        for i, m in enumerate(d.mentions):
            m.id, m.producer = f"{d.id}:m{i}", PRODUCER
            m.raw_start, m.raw_end = d.raw_span(m.start, m.end)
            m.surface = d.clean[m.start:m.end]
            m.article = d.article_at(m.start)
        for i, r in enumerate(d.records):
            r.id, r.producer = f"{d.id}:r{i}", PRODUCER
            r.article = d.article_at(r.evidence[0].start)
        return d


PAGE_A = (
    "第3版 经济新闻\n"
    "\n"
    "嘉陵江畔智能终端产业园开工\n"
    "总投资36億元 预计年产智能终端500万台\n"
    "\n"
    "本报南充讯(记者 周明远 唐雪)5月18日,川渝智造集团智 能终端产业园项目在南"
    "充市顺庆区潆华工业园區(qū)开工。该项目总投资36亿元,占地320亩,建成后可"
    "年产智能终端500万台,年产值约80亿元,带动就\n"
    "业3000人。\n"
    "\n"
    "今年以来,南充市新开工重大项目26个,总投资158亿元。一季度全市规模以上工业增"
    "加值同比增长9.1%。\n"
    "\n"
    "西充县签约有机粮油加工项目\n"
    "\n"
    "本报讯(通讯员 李晓)5月19日,西充县与蜀香食品有限公司签约年加工10万吨有机"
    "粮油项目,协议投资4.5亿元,计划年内开工。\n"
    "\n"
    "责任编辑:王芳 电话:0817-0000000\n"
)

PAGE_B = (
    "川渝智造集团智能终端产业园一期竣工\n"
    "\n"
    "本报南充讯(记者 周明远)10月30日,位于南充市顺庆区的川渝智造集团智能终端产"
    "业园一期项目竣工,累计完成投资38亿元,首条生产线将于12月投产。\n"
    "\n"
    "前三季度,南充市地区生产总值1890.5亿元,同比增长6.2%。\n"
)

PAGE_C = (
    '<script>alert("x")</script>测试项目签约\n'
    "\n"
    "本报讯(记者 <img src=x onerror=alert(1)>)1月3日"
    ",<b>恶意</b>项目签约,投资2亿元,项目位于成都市双流区。\n"
)


def page_a() -> Document:
    """A two-article page with a started project, a batch, an indicator and a signed project."""
    p = Page(PAGE_A, "pages/2023-05-20_jialing-daily.txt", dt.date(2023, 5, 20), outlet="嘉陵日报")
    a0 = p.article("嘉陵江畔智能终端产业园开工", "西充县签约有机粮油加工项目", "本报", ["周明远", "唐雪"],
                   dateline="南充", kicker="总投资36亿元 预计年产智能终端500万台")
    s = a0.body_start
    p.mention("date", "5月18日", "2023-05-18", s)
    p.mention("org", "川渝智造集团", {"name": "川渝智造集团"}, s)
    p.mention("place", "南充市", {"name": "南充市", "code": "511300"}, s)
    p.mention("money", "36亿元", 3600000000, s, qualifier="exact")
    p.mention("quantity", "320亩", {"number": 320, "unit": "亩"}, s)
    p.mention("money", "约80亿元", 8000000000, s, qualifier="approx")
    p.mention("percent", "9.1%", 9.1, s)
    p.mention("person", "周明远", "周明远", a0.start)
    p.record("project", "川渝智造集团智能终端产业园项目在南充市顺庆区潆华工业园区开工", {
        "name": ("川渝智造集团智能终端产业园项目", "川渝智造集团智能终端产业园项目"),
        "stage": ("started", "开工"),
        "status": ("actual", None),
        "date": ("2023-05-18", "5月18日"),
        "investor": ("川渝智造集团", "川渝智造集团"),
        "location": (dict(province="四川省", city="南充市", county="顺庆区", detail="潆华工业园区",
                          city_code="511300", county_code="511302"), "南充市顺庆区潆华工业园区"),
        "investment_cny": (3600000000, "总投资36亿元"),
        "capacity": ("年产智能终端500万台", "年产智能终端500万台"),
        "area": ("320亩", "占地320亩"), "annual_output_cny": (8000000000, "年产值约80亿元"),
        "jobs": (3000, "带动就业3000人"),
    }, after=s)
    p.record("batch", "南充市新开工重大项目26个，总投资158亿元", {
        "region": ("南充市", "南充市新开工"), "event": ("started", "新开工"),
        "count": (26, "项目26个"), "total_cny": (15800000000, "总投资158亿元"),
    }, after=s)
    p.record("indicator", "一季度全市规模以上工业增加值同比增长9.1%", {
        "region": ("南充市", None), "metric": ("规模以上工业增加值", "规模以上工业增加值"),
        "period": ("2023-Q1", "一季度"), "value": (9.1, "9.1%"), "unit": ("%", None),
        "growth_pct": (9.1, "增长9.1%"),
    }, after=s)
    a1 = p.article("西充县签约有机粮油加工项目", None, "本报", [])
    p.mention("money", "4.5亿元", 450000000, a1.start, qualifier="exact")
    p.record("project", "西充县与蜀香食品有限公司签约年加工10万吨有机粮油项目", {
        "name": ("年加工10万吨有机粮油项目", "年加工10万吨有机粮油项目"),
        "stage": ("signed", "签约"), "status": ("actual", None), "date": ("2023-05-19", "5月19日"),
        "investor": (["蜀香食品有限公司"], "蜀香食品有限公司"),
        "location_province": ("四川省", None), "location_city": ("南充市", None),
        "location_county": ("西充县", "西充县"),
        "investment_cny": (450000000, "协议投资4.5亿元"), "capacity": ("年加工10万吨", "年加工10万吨"),
    }, after=a1.start, confidence=0.75)
    foot = PAGE_A.index("责任编辑")
    p.doc.regions.append(Region("furniture", foot, len(PAGE_A) - 1, "page footer", PRODUCER))
    p.doc.regions.append(Region("furniture", 0, PAGE_A.index("\n"), "page header", PRODUCER))
    p.doc.problems.append(Problem("warning", "clean", "handmade", "word split over two lines",
                                  PAGE_A.index("就\n业"), PAGE_A.index("就\n业") + 3))
    return p.finish()


def page_b() -> Document:
    """A later page: the same project completed, with a revised amount, and an indicator."""
    p = Page(PAGE_B, "pages/2023-11-02_jialing-daily.txt", dt.date(2023, 11, 2), outlet="嘉陵日报")
    a0 = p.article("川渝智造集团智能终端产业园一期竣工", None, "本报", ["周明远"], dateline="南充")
    s = a0.body_start
    p.mention("money", "38亿元", 3800000000, s, qualifier="exact")
    p.mention("money", "1890.5亿元", 189050000000, s, qualifier="exact")
    p.record("project", "川渝智造集团智能终端产业园一期项目竣工", {
        "name": ("川渝智造集团智能终端产业园一期项目", "川渝智造集团智能终端产业园一期项目"),
        "stage": ("completed", "竣工"), "status": ("actual", None), "date": ("2023-10-30", "10月30日"),
        "location": (dict(province="四川省", city="南充市", county="顺庆区"), "南充市顺庆区"),
        "investment_cny": (3800000000, "累计完成投资38亿元"),
    }, after=s)
    p.record("indicator", "南充市地区生产总值1890.5亿元，同比增长6.2%", {
        "region": ("南充市", "南充市"), "metric": ("地区生产总值", "地区生产总值"),
        "period": ("2023-Q1-Q3", "前三季度"), "value": (189050000000, "1890.5亿元"), "unit": ("CNY", None),
        "growth_pct": (6.2, "增长6.2%"),
    }, after=s)
    return p.finish()


def page_c() -> Document:
    """A page whose text contains markup that must be shown as text, never run."""
    p = Page(PAGE_C, "pages/<b>odd</b>.txt", dt.date(2024, 1, 5))
    a0 = p.article('<script>alert("x")</script>测试项目签约', None, "本报", ["<img src=x onerror=alert(1)>"])
    s = a0.body_start
    p.mention("org", "<b>恶意</b>", "</script><script>alert(2)</script>", s)
    p.record("project", "<b>恶意</b>项目签约", {
        "name": ("<b>恶意</b>项目", "<b>恶意</b>项目"), "stage": ("signed", "签约"),
        "investment_cny": (200000000, "投资2亿元"), "location_city": ("成都市", "成都市"),
    }, after=s)
    return p.finish()


def failed_document() -> Document:
    """A document whose reading failed (no text, one error)."""
    d = Document(id="f00dfeedf00dfeed", source="pages/broken.txt", raw="")
    d.error("read", "read-text", "pages/broken.txt: not valid UTF-8 at byte 17")
    return d


def documents() -> list[Document]:
    """All test documents, in input order."""
    return [page_a(), page_b(), page_c(), failed_document()]


def entities(docs: list[Document]) -> list[Entity]:
    """One linked project entity across pages A and B, with a conflicting amount."""
    a, b = docs[0], docs[1]
    ra, rb = a.records[0], b.records[0]
    return [Entity(
        id="proj-5f2c9a", kind="project", name="川渝智造集团智能终端产业园项目",
        fields={"investment_cny": [{"value": 3600000000, "doc_id": a.id},
                                   {"value": 3800000000, "doc_id": b.id}],
                "location": dict(province="四川省", city="南充市", county="顺庆区")},
        members=[(a.id, ra.id), (b.id, rb.id)],
        timeline=[
            {"date": "2023-05-18", "stage": "started", "status": "actual", "doc_id": a.id,
             "record_id": ra.id, "article": 0, "evidence": ra.fields["stage"].evidence[0].text},
            {"date": "2023-10-30", "stage": "completed", "status": "actual", "doc_id": b.id,
             "record_id": rb.id, "article": 0, "evidence": rb.fields["stage"].evidence[0].text},
        ],
        links=[{"members": [ra.id, rb.id], "matched": ["name", "location", "investor"], "score": 0.91}],
        conflicts=["investment_cny"], producer="handmade-linker@1.0",
    )]
