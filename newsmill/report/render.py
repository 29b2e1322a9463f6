"""Render the HTML report from the output tables.

The page is self-contained: CSS and JavaScript are inlined from
``assets/``, charts are inline SVG, and a Content-Security-Policy forbids
any network request.  Every piece of text from the documents is escaped.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from html import escape
from importlib import resources
from typing import Any

from newsmill.report.highlight import Span, highlight
from newsmill.report.svg import legend, stacked_bars
from newsmill.tables.schema import VIEWS

Row = dict[str, Any]

STAGES = ("planned", "negotiating", "signed", "started", "under_construction", "completed",
          "in_production")
STAGE_LABELS = {"planned": "拟建 planned", "negotiating": "洽谈 negotiating", "signed": "签约 signed",
                "started": "开工 started", "under_construction": "在建 building",
                "completed": "竣工 completed", "in_production": "投产 in production"}
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
       "img-src data:; base-uri 'none'; form-action 'none'")
YI = 1e8


def _asset(name: str) -> str:
    return resources.files("newsmill.report").joinpath("assets", name).read_text(encoding="utf-8")


def fmt_cny(v: float | None) -> str:
    """Yuan as 亿元 (or 万元 for small sums)."""
    if v is None:
        return ""
    if abs(v) >= YI:
        return f"{v / YI:,.2f} 亿元"
    if abs(v) >= 1e4:
        return f"{v / 1e4:,.2f} 万元"
    return f"{v:,.0f} 元"


def fmt_num(v: float | None) -> str:
    """A number without a needless decimal part."""
    if v is None:
        return ""
    return f"{int(v):,}" if float(v).is_integer() else f"{v:,.2f}"


def _show(v: Any) -> str:
    """A value for a title line: whole floats without their ``.0``."""
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def _current(field: Any) -> Any:
    """The current value of an entity field: ``{"value": …}``, or the last of a list of candidates."""
    if isinstance(field, dict):
        return field.get("value")
    if isinstance(field, list) and field:
        last = field[-1]
        return last.get("value") if isinstance(last, dict) else last
    return field


def _plain(v: Any) -> str:
    """A text cell: JSON lists shown as 、-separated items."""
    if v is None:
        return ""
    text = str(v)
    if text.startswith("["):
        try:
            items = json.loads(text)
        except ValueError:
            return text
        if isinstance(items, list):
            return "、".join(str(i) for i in items)
    return text


class _Evidence:
    """Short keys for every highlighted span, and the keys of each field, record and mention."""

    def __init__(self, t: Mapping[str, list[Row]]) -> None:
        self.by_doc: dict[str, list[Span]] = defaultdict(list)
        self.field_keys: dict[str, list[str]] = defaultdict(list)
        self.field_raw: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self.record_keys: dict[str, list[str]] = defaultdict(list)
        self.record_raw: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
        self._n = 0
        fields = {f["id"]: f for f in t.get("record_fields", [])}
        for e in t.get("field_evidence", []):
            f = fields.get(e["field_id"])
            info = f"{f['kind']}.{f['name']} = {f['value_text']}" if f else ""
            self._add(e, "f", info, self.field_keys[e["field_id"]])
            self.field_raw[e["field_id"]].append((e["raw_text"] or "", e["raw_start"], e["raw_end"]))
        labels = {r["id"]: f"{r['kind']}: {r['label'] or ''}" for r in t.get("records", [])}
        for e in t.get("record_evidence", []):
            self._add(e, "r", labels.get(e["record_id"], ""), self.record_keys[e["record_id"]])
            self.record_raw[e["record_id"]].append((e["raw_text"] or "", e["raw_start"], e["raw_end"]))
        for m in t.get("mentions", []):
            self._add(m, f"m m-{m['kind']}", f"{m['kind']}: {m['value_text']}", [])

    def _add(self, row: Row, css: str, info: str, keys: list[str]) -> None:
        if row["raw_start"] is None or row["raw_start"] < 0 or row["raw_end"] is None:
            return
        self._n += 1
        key = f"s{self._n}"
        keys.append(key)
        self.by_doc[row["doc_id"]].append(Span(row["raw_start"], row["raw_end"], key, css, info))


class ReportBuilder:
    """Builds the report page from table rows."""

    def __init__(self, tables: Mapping[str, list[Row]], title: str = "newsmill report") -> None:
        self.t = {k: list(v) for k, v in tables.items()}
        self.title = title
        self.ev = _Evidence(self.t)
        self.docs = {d["id"]: d for d in self.t.get("documents", [])}

    # -- value cells -----------------------------------------------------------
    def _value(self, rid: str, names: Sequence[str], text: str, title: str) -> str:
        """A value that jumps to the evidence of the first of ``names`` that has some."""
        if not text:
            return ""
        for name in names:
            fid = f"{rid}.{name}"
            if fid in self.ev.field_raw:
                return self._link(text, self.ev.field_keys.get(fid, []), self.ev.field_raw[fid], title)
        return escape(text)

    def _link(self, text: str, keys: list[str], raws: list[tuple[str, int, int]], title: str) -> str:
        raw = " … ".join(r[0] for r in raws)
        where = "; ".join(f"raw [{a}, {b})" for _, a, b in raws)
        return (f'<a class="v" href="#" data-ev="{escape(" ".join(keys))}" data-raw="{escape(raw)}" '
                f'data-title="{escape(title)}" data-where="{escape(where)}">{escape(text)}</a>')

    def _record_link(self, rid: str, text: str) -> str:
        return self._link(text, self.ev.record_keys.get(rid, []), self.ev.record_raw.get(rid, []),
                          f"record {rid}")

    def _source(self, row: Row) -> str:
        head = row.get("headline") or ""
        src = (row.get("source") or "").replace("\\", "/").rsplit("/", 1)[-1]
        date = row.get("pub_date") or ""
        return (f'{self._record_link(row["id"], head or src)}<br><span class="muted">'
                f'{escape(src)} {escape(date)}</span>')

    # -- sections ----------------------------------------------------------------
    def header(self) -> str:
        """The page header: title, table counts and the run."""
        n = {k: len(self.t.get(k, [])) for k in ("documents", "articles", "mentions", "projects",
                                                  "batches", "indicators", "entities")}
        runs = self.t.get("runs", [])
        run = runs[-1] if runs else {}
        when = f" · run {escape(str(run.get('id')))} started {escape(str(run.get('started')))}" if run else ""
        counts = " · ".join(f"{v} {k}" for k, v in n.items())
        return f"<header><h1>{escape(self.title)}</h1><p>{escape(counts)}{when}</p></header>"

    def charts(self) -> str:
        """Bar charts: project investment by place and stage, projects by stage, batch totals by region."""
        projects = self.t.get("projects", [])
        by_place: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        count_stage: dict[str, float] = defaultdict(float)
        inv_stage: dict[str, float] = defaultdict(float)
        for p in projects:
            stage = p.get("stage") or "unknown"
            count_stage[stage] += 1
            inv = p.get("investment_cny")
            if inv:
                place = (p.get("location_city") or p.get("location_county")
                         or p.get("location_province") or "(unknown place)")
                by_place[place][stage] += inv
                inv_stage[stage] += inv
        series = [s for s in (*STAGES, "unknown") if count_stage.get(s)]
        places = sorted(by_place, key=lambda k: -sum(by_place[k].values()))[:15]
        place_rows = [(pl, [(s, by_place[pl].get(s, 0.0)) for s in series]) for pl in places]
        stage_rows = [(STAGE_LABELS.get(s, s), [(s, count_stage[s])]) for s in series]
        inv_rows = [(STAGE_LABELS.get(s, s), [(s, inv_stage.get(s, 0.0))]) for s in series]
        batches = self.t.get("batches", [])
        by_region: dict[str, float] = defaultdict(float)
        for b in batches:
            if b.get("total_cny"):
                by_region[b.get("region") or "(unknown region)"] += b["total_cny"]
        batch_rows = [(r, [("total", v)]) for r, v in sorted(by_region.items(), key=lambda kv: -kv[1])[:15]]
        parts = []
        if place_rows:
            parts.append('<div class="chart"><h3>Project investment by place and stage</h3>'
                         + stacked_bars(place_rows, series, fmt_cny)
                         + legend(series, STAGE_LABELS) + "</div>")
        if stage_rows:
            parts.append('<div class="chart"><h3>Projects by stage</h3>'
                         + stacked_bars(stage_rows, series, fmt_num) + "</div>")
            parts.append('<div class="chart"><h3>Project investment by stage</h3>'
                         + stacked_bars(inv_rows, series, fmt_cny) + "</div>")
        if batch_rows:
            parts.append('<div class="chart"><h3>Batch totals by region</h3>'
                         + stacked_bars(batch_rows, ["total"], fmt_cny) + "</div>")
        if not parts:
            parts.append('<p class="muted">No project or batch with an amount.</p>')
        return f'<section id="charts"><h2>Totals</h2><div class="charts">{"".join(parts)}</div></section>'

    def _timeline(self, events: Sequence[tuple[str, str | None, str]]) -> str:
        """A stage strip: ``events`` are (stage, status, cell html) triples."""
        reached = {}
        for stage, status, _ in events:
            if stage in STAGES and (reached.get(stage) != "actual"):
                reached[stage] = status or "actual"
        cells = []
        for s in STAGES:
            css = "" if s not in reached else ("target" if reached[s] == "target" else "on")
            cells.append(f'<span class="{css}">{escape(STAGE_LABELS[s].split()[0])}</span>')
        return f'<div class="tl">{"".join(cells)}</div>'

    def entities(self) -> str:
        """The linked projects with their stage timelines."""
        ents = [e for e in self.t.get("entities", []) if e.get("kind") == "project"]
        if not ents:
            return ""
        timeline: dict[str, list[Row]] = defaultdict(list)
        for ev in self.t.get("entity_timeline", []):
            timeline[ev["entity_id"]].append(ev)
        out = []
        ents.sort(key=lambda e: (-len(timeline.get(e["id"], [])), e.get("name") or ""))
        for e in ents:
            evs = sorted(timeline.get(e["id"], []), key=lambda r: (r.get("date") or "", r["seq"]))
            items = []
            for ev in evs:
                rid = ev.get("record_id") or ""
                label = " ".join(x for x in (ev.get("date"), STAGE_LABELS.get(ev.get("stage") or "",
                                 ev.get("stage") or ""), ev.get("status")) if x)
                cell = self._record_link(rid, label) if rid in self.ev.record_keys else escape(label)
                src = self.docs.get(ev.get("doc_id") or "", {}).get("source") or ev.get("doc_id") or ""
                evid = f' — <span class="muted">{escape(ev["evidence"])}</span>' if ev.get("evidence") else ""
                items.append(f"<li>{cell} <span class=\"muted\">{escape(str(src))}</span>{evid}</li>")
            strip = self._timeline([(ev.get("stage") or "", ev.get("status"), "") for ev in evs])
            conflicts = json.loads(e.get("conflicts") or "[]")
            flag = (f' <span class="muted">conflicting: {escape(", ".join(map(str, conflicts)))}</span>'
                    if conflicts else "")
            inv = _current(json.loads(e.get("fields") or "{}").get("investment_cny"))
            if isinstance(inv, int | float) and not isinstance(inv, bool):
                flag = f" · {escape(fmt_cny(inv))}{flag}"
            out.append(f'<div class="entity filterable"><strong>{escape(e.get("name") or "")}</strong> '
                       f'<span class="muted">{escape(e["id"])} · {e.get("members") or 0} mentions</span>'
                       f'{flag}{strip}<ul class="events">{"".join(items)}</ul></div>')
        return (f'<section id="linked"><h2>Linked projects ({len(ents)})</h2>{"".join(out)}</section>')

    def _table(self, view: str, heading: str, columns: Sequence[tuple[str, str, Sequence[str], str]],
               extra: str = "") -> str:
        """A table of view rows; columns are (header, view column, field names, format)."""
        rows = self.t.get(view, [])
        head = "".join(f"<th>{escape(h)}</th>" for h, *_ in columns) + "<th>article</th>"
        body = []
        for r in rows:
            cells = []
            for _h, col, names, kind in columns:
                v = r.get(col)
                if kind == "cny":
                    text, css = fmt_cny(v), ' class="n"'
                elif kind == "num":
                    text, css = fmt_num(v), ' class="n"'
                elif kind == "stage":
                    text, css = STAGE_LABELS.get(v or "", v or ""), ""
                else:
                    text, css = _plain(v), ""
                cell = self._value(r["id"], names, text, f"{col} = {_show(v)}")
                if kind == "stage":
                    cell += self._timeline([(v or "", r.get("status"), "")])
                cells.append(f"<td{css}>{cell}</td>")
            cells.append(f"<td>{self._source(r)}</td>")
            body.append(f'<tr class="filterable">{"".join(cells)}</tr>')
        if not rows:
            return (f'<section id="{view}"><h2>{escape(heading)} (0)</h2>'
                    f'<p class="muted">None found.</p></section>')
        return (f'<section id="{view}"><h2>{escape(heading)} ({len(rows)})</h2>{extra}'
                f'<table><thead><tr>{head}</tr></thead><tbody>{"".join(body)}</tbody></table></section>')

    def projects(self) -> str:
        """The table of project records."""
        loc = ("location_province", "location_city", "location_county", "location_detail")
        return self._table("projects", "Projects", [
            ("name", "name", ("name",), "text"),
            ("stage", "stage", ("stage",), "stage"),
            ("status", "status", ("status",), "text"),
            ("date", "date", ("date",), "text"),
            ("investor", "investor", ("investor",), "text"),
            *[(c.split("_")[1], c, (c, "location"), "text") for c in loc],
            ("investment", "investment_cny", ("investment_cny",), "cny"),
            ("capacity", "capacity", ("capacity",), "text"),
            ("area", "area", ("area",), "text"),
            ("annual output", "annual_output_cny", ("annual_output_cny",), "cny"),
            ("jobs", "jobs", ("jobs",), "num"),
        ])

    def batches(self) -> str:
        """The table of project batches."""
        return self._table("batches", "Batches", [
            ("region", "region", ("region",), "text"),
            ("event", "event", ("event",), "stage"),
            ("date", "date", ("date",), "text"),
            ("count", "count", ("count",), "num"),
            ("total", "total_cny", ("total_cny",), "cny"),
        ])

    def indicators(self) -> str:
        """The table of economic indicators."""
        return self._table("indicators", "Indicators", [
            ("region", "region", ("region",), "text"),
            ("metric", "metric", ("metric",), "text"),
            ("period", "period", ("period",), "text"),
            ("value", "value", ("value",), "num"),
            ("unit", "unit", ("unit",), "text"),
            ("growth %", "growth_pct", ("growth_pct",), "num"),
        ])

    def articles(self) -> str:
        """Each shown article with its mentions and record values highlighted at their evidence."""
        arts: dict[str, list[Row]] = defaultdict(list)
        for a in self.t.get("articles", []):
            arts[a["doc_id"]].append(a)
        out = []
        for d in self.t.get("documents", []):
            raw = d.get("raw")
            if not raw:
                continue
            spans = self.ev.by_doc.get(d["id"], [])
            doc_arts = sorted(arts.get(d["id"], []), key=lambda a: a["idx"])
            src = escape(d.get("source") or "")
            date = escape(d.get("pub_date") or "no date")
            meta = f'{src} · {date} · <span class="muted">{escape(d["id"])}</span>'
            if not doc_arts:
                doc_arts = [{"idx": 0, "headline": None, "raw_start": 0, "raw_end": len(raw),
                             "kicker": None, "source": None, "dateline": None, "reporters": "[]"}]
            for a in doc_arts:
                r0, r1 = max(a["raw_start"] or 0, 0), a["raw_end"] if (a["raw_end"] or -1) >= 0 else len(raw)
                byline = ", ".join(x for x in (a.get("source"), a.get("dateline"),
                                               " ".join(json.loads(a.get("reporters") or "[]"))) if x)
                kicker = f'<div class="muted">{escape(a["kicker"])}</div>' if a.get("kicker") else ""
                out.append(
                    f'<article class="filterable"><h4>{escape(a.get("headline") or "(no headline)")}</h4>'
                    f'{kicker}<div class="muted">{meta}{" · " + escape(byline) if byline else ""}</div>'
                    f'<div class="text">{highlight(raw[r0:r1], r0, spans)}</div></article>')
        missing = sum(d.get("raw") is None for d in self.t.get("documents", []))
        note = f'<p class="muted">{missing} more documents are not shown.</p>' if missing > 0 else ""
        return (f'<section id="articles"><h2>Articles</h2><p class="muted">Raw text of each article; '
                f'<mark class="m">mentions</mark>, <mark class="f">record fields</mark> and '
                f'<mark class="r">record statements</mark> are marked at their evidence. Click a value '
                f'in a table to jump to it.</p>{"".join(out)}{note}</section>')

    def problems(self) -> str:
        """Errors and warnings of the run."""
        probs = self.t.get("problems", [])
        if not probs:
            return ""
        cols = ("level", "source", "stage", "plugin", "message")
        rows = "".join('<tr class="filterable">' + "".join(f"<td>{escape(p.get(c) or '')}</td>" for c in cols)
                       + "</tr>" for p in probs)
        return (f'<section id="problems"><h2>Problems ({len(probs)})</h2><table><thead><tr><th>level</th>'
                f'<th>file</th><th>stage</th><th>plugin</th><th>message</th></tr></thead>'
                f'<tbody>{rows}</tbody></table></section>')

    def page(self) -> str:
        """The whole HTML page."""
        sections = [self.charts(), self.entities(), self.projects(), self.batches(), self.indicators(),
                    self.articles(), self.problems()]
        nav_items = [("charts", "Totals"), ("linked", "Linked"), ("projects", "Projects"),
                     ("batches", "Batches"), ("indicators", "Indicators"), ("articles", "Articles"),
                     ("problems", "Problems")]
        body = "".join(sections)
        nav = "".join(f'<a href="#{k}">{escape(v)}</a>' for k, v in nav_items if f'id="{k}"' in body)
        return (
            "<!DOCTYPE html>\n<html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="icon" href="data:,">'
            f"<title>{escape(self.title)}</title><style>{_asset('report.css')}</style></head><body>"
            f"{self.header()}<nav>{nav}<input id=\"q\" type=\"search\" placeholder=\"Filter rows and "
            f"articles…\" aria-label=\"Filter\"><span id=\"count\"></span></nav><main>{body}</main>"
            '<div id="panel" hidden><button type="button" aria-label="Close">×</button>'
            '<div class="title"></div><div class="raw"></div><div class="where muted"></div></div>'
            f"<script>{_asset('report.js')}</script></body></html>\n")


def render_report(tables: Mapping[str, list[Row]], title: str = "newsmill report") -> str:
    """The whole report page for the given table rows (views included, see :data:`VIEWS`)."""
    missing = [v for v in VIEWS if v not in tables]
    if missing:
        raise ValueError(f"report needs the view rows of {', '.join(missing)}")
    return ReportBuilder(tables, title).page()
