"""Declaration of every output table and of the per-kind record views.

Column types are logical: ``text``, ``int``, ``real``, ``bool`` and ``json``
(a JSON document stored as text).  Each writer maps them to its own types.
Offsets are Unicode code-point indices, half-open: ``start``/``end`` into the
cleaned text (``documents.text``), ``raw_start``/``raw_end`` into the raw text
(``documents.raw``); ``raw_text`` is ``raw[raw_start:raw_end]``.

Ids are stable: a document id is the content hash of its raw bytes, and the
ids of its articles, mentions and records derive from it (``DOC:a0``,
``DOC:m3``, ``DOC:r2``), so processing the same page again gives the same ids.
"""

from __future__ import annotations

import attrs

SCHEMA_VERSION = 1
"""Bumped whenever a table or column changes; stored as SQLite ``PRAGMA user_version``."""

TYPES = ("text", "int", "real", "bool", "json")


@attrs.frozen
class Column:
    """One column: name, logical type, description and the ``table.column`` it references."""

    name: str
    type: str
    description: str
    references: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.type not in TYPES:
            raise ValueError(f"column {self.name}: unknown type {self.type!r}")


@attrs.frozen
class Table:
    """One table: its columns (the first is the primary key), indexes and browsing hints."""

    name: str
    description: str
    columns: tuple[Column, ...]
    indexes: tuple[tuple[str, ...], ...] = ()
    label_column: str | None = None
    facets: tuple[str, ...] = ()
    per_document: bool = True

    @property
    def primary_key(self) -> str:
        """Name of the primary-key column (always the first)."""
        return self.columns[0].name

    @property
    def column_names(self) -> list[str]:
        """Column names in order."""
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        """The column called ``name``."""
        for c in self.columns:
            if c.name == name:
                return c
        raise KeyError(f"{self.name}: no column {name!r}")


def _c(name: str, type_: str, description: str, references: str | None = None) -> Column:
    return Column(name, type_, description, references)


def _span(what: str) -> tuple[Column, ...]:
    return (
        _c("start", "int", f"Start of {what} in the cleaned text."),
        _c("end", "int", f"End of {what} in the cleaned text (exclusive)."),
        _c("raw_start", "int", f"Start of {what} in the raw text."),
        _c("raw_end", "int", f"End of {what} in the raw text (exclusive)."),
        _c("raw_text", "text", f"The raw characters of {what}."),
    )


def _article(relation: str) -> tuple[Column, ...]:
    """The article a row ``relation`` (``lies in``, ``belongs to``): its id and index."""
    return (
        _c("article_id", "text", f"The article it {relation}.", "articles.id"),
        _c("article", "int", "Index of that article."),
    )


def _value(description: str) -> tuple[Column, ...]:
    """A normalized value as JSON, as text and as a number."""
    return (
        _c("value", "json", description),
        _c("value_text", "text", "The value as text (JSON for lists and objects)."),
        _c("value_num", "real", "The value when it is a number."),
    )


def _evidence_span() -> tuple[Column, ...]:
    """The order of an evidence span and the span itself."""
    return (_c("seq", "int", "Order of the span."), *_span("the evidence"))


_DOC = _c("doc_id", "text", "The document.", "documents.id")
_PRODUCER = _c("producer", "text", "Plugin and version that produced it (name@version).")

_TABLE_LIST = [
    Table("runs", "One row per run: when, which formats, executor, configuration hash and options.", (
        _c("id", "text", "Run id."),
        _c("started", "text", "UTC time the run started (ISO 8601)."),
        _c("finished", "text", "UTC time the run finished (ISO 8601), empty if interrupted."),
        _c("formats", "json", "Output formats written."),
        _c("executor", "text", "Executor name."),
        _c("workers", "int", "Worker count."),
        _c("config_hash", "text", "Hash of plugins, versions, options and stage order."),
        _c("options", "json", "Resolved plugin options."),
        _c("pub_date", "text", "Publication date given on the command line."),
        _c("force", "bool", "Whether unchanged documents were reprocessed."),
        _c("cache", "json", "Why sources were (re)processed: counts by reason."),
        _c("schema_version", "int", "Version of this table layout."),
    ), indexes=(("started",),), label_column="started", per_document=False),
    Table("run_plugins", "The plugins of each run with their versions and hooks.", (
        _c("id", "text", "RUN/PLUGIN."),
        _c("run_id", "text", "The run.", "runs.id"),
        _c("name", "text", "Plugin name."),
        _c("version", "text", "Plugin version."),
        _c("distribution", "text", "Distribution that installed it."),
        _c("module", "text", "Python module."),
        _c("builtin", "bool", "Built into newsmill."),
        _c("status", "text", "loaded, failed or blocked."),
        _c("error", "text", "Why it failed to load."),
        _c("hooks", "json", "Hooks it implements."),
    ), indexes=(("run_id",),), label_column="name", facets=("status", "builtin"), per_document=False),
    Table("documents", "One row per page: where it came from, its dates, raw and cleaned text.", (
        _c("id", "text", "Content hash of the raw bytes."),
        _c("run_id", "text", "The run that last wrote it.", "runs.id"),
        _c("source", "text", "Path or URI it was read from."),
        _c("pub_date", "text", "Publication date (ISO)."),
        _c("pub_date_source", "text", "Where the publication date came from."),
        _c("outlet", "text", "Newspaper or site."),
        _c("encoding", "text", "Detected encoding of the raw bytes."),
        _c("title", "text", "Title given by the source."),
        _c("url", "text", "URL given by the source."),
        _c("extra", "json", "Other metadata."),
        _c("failed", "bool", "A stage reported an error for this document."),
        _c("raw", "text", "The decoded raw text."),
        _c("text", "text", "The cleaned text."),
        _c("offsets", "json", "Offset map, cleaned to raw: [clean_start, clean_end, raw_start, "
                              "raw_end, copied] segments."),
        _c("raw_chars", "int", "Length of the raw text."),
        _c("articles", "int", "Number of articles."),
        _c("mentions", "int", "Number of mentions."),
        _c("records", "int", "Number of records."),
    ), indexes=(("pub_date",), ("source",), ("run_id",)), label_column="source",
        facets=("pub_date_source", "outlet", "failed")),
    Table("articles", "Articles of each page: headline, byline and body. Full-text search on "
                      "headline and body (trigram: search with 3 or more characters).", (
        _c("id", "text", "DOC:aN."),
        _DOC,
        _c("idx", "int", "Position of the article in its page (0-based)."),
        _c("headline", "text", "Main title as printed."),
        _c("kicker", "text", "Line above or below the title."),
        _c("source", "text", "Newspaper credited in the byline (XX讯)."),
        _c("dateline", "text", "Place of the dateline (XX讯)."),
        _c("reporters", "json", "Persons credited."),
        _c("pub_date", "text", "Publication date of the article when it differs from the page."),
        _c("start", "int", "Start of the article in the cleaned text."),
        _c("end", "int", "End of the article in the cleaned text."),
        _c("raw_start", "int", "Start of the article in the raw text."),
        _c("raw_end", "int", "End of the article in the raw text."),
        _c("body_start", "int", "Start of the body in the cleaned text."),
        _c("body_end", "int", "End of the body in the cleaned text."),
        _c("first_words", "text", "First 20 characters of the body (cleaned)."),
        _c("body", "text", "Cleaned text of the body."),
        _c("evidence", "json", "Evidence span of each metadata field: {field: {start, end, raw_start, "
                               "raw_end, text}}."),
        _c("attributes", "json", "Other attributes."),
        _PRODUCER,
    ), indexes=(("doc_id",), ("pub_date",)), label_column="headline", facets=("source", "dateline")),
    Table("mentions", "Typed mentions (money, quantity, date, place, organization, person…) with "
                      "their normalized value and spans.", (
        _c("id", "text", "DOC:mN."),
        _DOC,
        *_article("lies in"),
        _c("kind", "text", "money, quantity, percent, date, place, org, person…"),
        *_span("the mention"),
        _c("surface", "text", "The cleaned text of the mention."),
        *_value("Normalized value (JSON)."),
        _c("attributes", "json", "Other attributes (qualifier, unit…)."),
        _PRODUCER,
    ), indexes=(("doc_id",), ("article_id",), ("kind", "value_text")), label_column="surface",
        facets=("kind", "producer")),
    Table("records", "Structured facts (project, batch, indicator…); their fields are in "
                     "record_fields, with evidence in field_evidence. See the views projects, "
                     "batches and indicators.", (
        _c("id", "text", "DOC:rN."),
        _DOC,
        *_article("belongs to"),
        _c("idx", "int", "Position of the record in its document."),
        _c("kind", "text", "project, batch, indicator…"),
        _c("label", "text", "Name of the record (its name, metric or region field)."),
        _c("confidence", "real", "Confidence of the extractor (0-1)."),
        *_span("the record's first evidence"),
        _PRODUCER,
    ), indexes=(("doc_id",), ("article_id",), ("kind",)), label_column="label",
        facets=("kind", "producer")),
    Table("record_evidence", "Evidence spans stating a record as a whole.", (
        _c("id", "text", "RECORD#N."),
        _c("record_id", "text", "The record.", "records.id"),
        _DOC,
        *_evidence_span(),
    ), indexes=(("record_id",), ("doc_id",)), label_column="raw_text"),
    Table("record_fields", "One row per field of a record: its value and first evidence span.", (
        _c("id", "text", "RECORD.FIELD."),
        _c("record_id", "text", "The record.", "records.id"),
        _DOC,
        _c("kind", "text", "Kind of the record."),
        _c("name", "text", "Field name (as in the gold schema: name, stage, investment_cny…)."),
        _c("seq", "int", "Order of the field in its record."),
        *_value("The value (JSON)."),
        _c("evidence_count", "int", "Number of evidence spans (all are in field_evidence)."),
        *_span("the first evidence"),
    ), indexes=(("record_id",), ("doc_id",), ("name", "value_text")), label_column="value_text",
        facets=("kind", "name")),
    Table("field_evidence", "Every evidence span of every record field.", (
        _c("id", "text", "FIELD#N."),
        _c("field_id", "text", "The field.", "record_fields.id"),
        _c("record_id", "text", "The record.", "records.id"),
        _DOC,
        *_evidence_span(),
    ), indexes=(("field_id",), ("record_id",), ("doc_id",)), label_column="raw_text"),
    Table("regions", "Flagged regions of the raw text (page furniture, captions, unreadable spans).", (
        _c("id", "text", "DOC:gN."),
        _DOC,
        _c("seq", "int", "Order of the region."),
        _c("kind", "text", "Kind of region."),
        _c("raw_start", "int", "Start in the raw text."),
        _c("raw_end", "int", "End in the raw text."),
        _c("raw_text", "text", "The raw characters."),
        _c("note", "text", "Note."),
        _PRODUCER,
    ), indexes=(("doc_id",),), label_column="kind", facets=("kind", "producer")),
    Table("problems", "Errors and warnings per document, naming the stage and plugin.", (
        _c("id", "text", "DOC:pN."),
        _DOC,
        _c("seq", "int", "Order of the problem."),
        _c("source", "text", "File of the document."),
        _c("level", "text", "error or warning."),
        _c("stage", "text", "Stage."),
        _c("plugin", "text", "Plugin."),
        _c("message", "text", "What went wrong."),
        _c("raw_start", "int", "Start of the raw span concerned."),
        _c("raw_end", "int", "End of the raw span concerned."),
    ), indexes=(("doc_id",), ("level",)), label_column="message", facets=("level", "stage", "plugin")),
    Table("entities", "Corpus-level entities linked across documents (projects, organizations…).", (
        _c("id", "text", "Stable entity id."),
        _c("run_id", "text", "The run that linked it.", "runs.id"),
        _c("kind", "text", "project, org, place…"),
        _c("name", "text", "Name."),
        _c("fields", "json", "Current values (with candidates where sources conflict)."),
        _c("links", "json", "Why members were joined (matched fields, score)."),
        _c("conflicts", "json", "Fields whose sources disagree."),
        _c("members", "int", "Number of members."),
        _PRODUCER,
    ), indexes=(("kind", "name"),), label_column="name", facets=("kind",), per_document=False),
    Table("entity_members", "The records and mentions each entity groups.", (
        _c("id", "text", "ENTITY#N."),
        _c("entity_id", "text", "The entity.", "entities.id"),
        _c("seq", "int", "Order of the member."),
        _c("doc_id", "text", "The document of the member."),
        _c("member_id", "text", "Id of the record or mention."),
    ), indexes=(("entity_id",), ("member_id",), ("doc_id",)), label_column="member_id",
        per_document=False),
    Table("entity_timeline", "Dated events of each entity (a project's stages) with their source.", (
        _c("id", "text", "ENTITY#N."),
        _c("entity_id", "text", "The entity.", "entities.id"),
        _c("seq", "int", "Order of the event."),
        _c("date", "text", "Date of the event (ISO, or --MM-DD)."),
        _c("stage", "text", "Stage reached (signed, started…)."),
        _c("status", "text", "actual or target."),
        _c("doc_id", "text", "Document reporting it."),
        _c("record_id", "text", "Record reporting it."),
        _c("article", "int", "Article index in that document."),
        _c("evidence", "text", "Raw text of the evidence."),
        _c("event", "json", "The whole event as given by the linker."),
    ), indexes=(("entity_id",), ("date",), ("record_id",)), label_column="stage",
        facets=("stage", "status"), per_document=False),
]

TABLES: dict[str, Table] = {t.name: t for t in _TABLE_LIST}
"""Every table, in an order where referenced tables come first."""

DOCUMENT_TABLES = [t.name for t in _TABLE_LIST if t.per_document]
"""Tables whose rows belong to one document (replaced when the document is written again)."""


@attrs.frozen
class ViewColumn:
    """A view column: taken from the first record field (and JSON path) that has a value."""

    name: str
    sources: tuple[tuple[str, str], ...]
    type: str = "text"


@attrs.frozen
class View:
    """A flat view of the records of one kind, one column per field (gold schema names)."""

    name: str
    kind: str
    description: str
    columns: tuple[ViewColumn, ...]
    facets: tuple[str, ...] = ()
    label_column: str = "id"

    @property
    def column_names(self) -> list[str]:
        """Every column of the view: context columns, then field columns, then evidence."""
        return [*VIEW_CONTEXT, *(c.name for c in self.columns), *VIEW_EVIDENCE]


VIEW_CONTEXT = ("id", "doc_id", "article_id", "source", "pub_date", "headline")
VIEW_EVIDENCE = ("evidence", "raw_start", "raw_end", "confidence")


def _f(name: str, type_: str = "text") -> ViewColumn:
    return ViewColumn(name, ((name, "$"),), type_)


def _loc(part: str) -> ViewColumn:
    return ViewColumn(f"location_{part}", ((f"location_{part}", "$"), ("location", f"$.{part}")))


_VIEW_LIST = [
    View("projects", "project", "Projects: one row per project record, fields as columns.", (
        _f("name"), _f("stage"), _f("status"), _f("date"), _f("investor"),
        _loc("province"), _loc("city"), _loc("county"), _loc("detail"), _loc("code"),
        _loc("province_code"), _loc("city_code"), _loc("county_code"),
        _f("investment_cny", "real"), _f("capacity"), _f("area"),
        _f("annual_output_cny", "real"), _f("jobs", "real"),
    ), facets=("stage", "status", "location_city"), label_column="name"),
    View("batches", "batch", "Batches: groups of projects announced together.", (
        _f("region"), _f("event"), _f("date"), _f("count", "real"), _f("total_cny", "real"),
    ), facets=("event", "region"), label_column="region"),
    View("indicators", "indicator",
         "Indicators: numeric statistics (output, trade, growth…) per region and period.", (
        _f("region"), _f("metric"), _f("period"), _f("value", "real"), _f("unit"),
        _f("growth_pct", "real"),
    ), facets=("region", "unit"), label_column="metric"),
]

VIEWS: dict[str, View] = {v.name: v for v in _VIEW_LIST}
"""The per-kind views (SQL views in SQLite, materialized tables in the other formats)."""


def view_table(view: View) -> Table:
    """A :class:`Table` with the view's columns (for formats that materialize views)."""
    ctx = {"id": "Record id.", "doc_id": "The document.", "article_id": "The article.",
           "source": "File of the document.", "pub_date": "Publication date of the document.",
           "headline": "Headline of the article."}
    cols = [Column(n, "text", d) for n, d in ctx.items()]
    cols += [Column(c.name, c.type, f"Field {c.sources[0][0]}.") for c in view.columns]
    cols += [Column("evidence", "text", "Raw text of the record's first evidence."),
             Column("raw_start", "int", "Start of that evidence in the raw text."),
             Column("raw_end", "int", "End of that evidence in the raw text."),
             Column("confidence", "real", "Confidence of the extractor.")]
    return Table(view.name, view.description, tuple(cols), label_column=view.label_column,
                 facets=view.facets)


ALL_TABLES: dict[str, Table] = {**TABLES, **{v.name: view_table(v) for v in _VIEW_LIST}}
"""Tables and materialized views, as written by the csv, parquet and duckdb formats."""
