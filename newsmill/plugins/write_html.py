"""Writer ``html`` and command ``newsmill report``: a self-contained offline HTML report.

``--format html`` writes ``report.html`` in the output folder when the run
ends; ``newsmill report DB -o report.html`` makes the same page from an
output database.  The page shows projects with their stage timelines,
batches, indicators, totals by place and stage as charts, and each article
with every mention and record value highlighted at its raw evidence.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import click

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document
from newsmill.core.run import RunError
from newsmill.tables.rows import Tables
from newsmill.tables.schema import TABLES, VIEWS
from newsmill.tables.sqlite import connect
from newsmill.tables.stream import TableCollector, TableWriter

TEXT_TABLES = ("articles", "mentions", "records", "record_evidence", "record_fields", "field_evidence",
               "regions")
"""Tables only needed to show article text and evidence links; kept for the first
``max_documents`` documents (the per-kind views, used by tables and charts, are kept for all)."""


class HtmlWriter(TableWriter):
    """Collects the rows of the run and renders ``report.html`` when it closes."""

    def __init__(self, out_dir: Path, run: Any, options: dict) -> None:
        self.collector = TableCollector([*TABLES, *VIEWS])
        super().__init__(out_dir, run, self.collector)
        self.path = out_dir / options.get("filename", "report.html")
        self.title = options.get("title", "newsmill report")
        self.max_documents = options.get("max_documents", 300)

    @property
    def tables(self) -> Tables:
        """The rows collected so far, by table."""
        return self.collector.tables

    def write(self, doc: Document) -> None:
        """Keep the document's rows (article text only for the first ``max_documents``)."""
        rows = self.document_tables(doc)
        if rows is None:
            return
        if len(self._seen) > self.max_documents:
            rows["documents"][0].update(raw=None, text=None, offsets=None)
            for t in TEXT_TABLES:
                rows[t] = []
        self._add(rows)

    def close(self) -> None:
        """Render the report."""
        from newsmill.report import render_report  # only when a report is written

        super().close()
        self.path.write_text(render_report(self.tables, self.title), encoding="utf-8")


def report_tables(db: Path, max_documents: int = 300) -> Tables:
    """Rows for the report from an output database (article text of the first documents only)."""
    con = connect(db)
    con.row_factory = sqlite3.Row
    try:
        out: Tables = {}
        con.execute("CREATE TEMP TABLE shown AS SELECT id FROM documents ORDER BY rowid LIMIT ?",
                    (max_documents,))
        for name in [*TABLES, *VIEWS]:
            order = "rowid" if name in TABLES else "id"
            where = ""
            if name in TEXT_TABLES:
                where = "WHERE doc_id IN (SELECT id FROM shown)"
            sql = f"SELECT * FROM {name} {where} ORDER BY {order}"
            if name == "documents":
                sql = ("SELECT *, CASE WHEN id IN (SELECT id FROM shown) THEN raw END AS raw_shown "
                       "FROM documents ORDER BY rowid")
            rows = [dict(r) for r in con.execute(sql)]
            if name == "documents":
                for r in rows:
                    r["raw"] = r.pop("raw_shown")
            out[name] = rows
        return out
    finally:
        con.close()


@click.command("report")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", type=click.Path(dir_okay=False), default="report.html",
              show_default=True, help="HTML file to write.")
@click.option("--title", default="newsmill report", show_default=True, help="Page title.")
@click.option("--max-documents", type=click.IntRange(min=0), default=300, show_default=True,
              help="Show the text of at most this many documents (tables and charts use all).")
def report(db: str, output: str, title: str, max_documents: int) -> None:
    """Write a self-contained HTML report from an output database.

    \b
    Examples:
      newsmill report newsmill-out/newsmill.sqlite -o report.html
      newsmill report out/newsmill.sqlite -o out/report.html --title "Q1 projects"
    """
    from newsmill.report import render_report

    try:
        tables = report_tables(Path(db), max_documents)
    except RunError as e:
        raise click.ClickException(str(e)) from None
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db}: {e}") from None
    Path(output).write_text(render_report(tables, title), encoding="utf-8")
    click.echo(f"report: {output}", err=True)


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Options of the html writer."""
    return {
        "filename": Option(str, "report.html", "Report file name inside the output folder."),
        "title": Option(str, "newsmill report", "Page title."),
        "max_documents": Option(int, 300, "Show the text of at most this many documents."),
    }


@hookimpl
def newsmill_writers() -> dict[str, Any]:
    """The ``html`` format."""
    return {"html": HtmlWriter}


@hookimpl
def newsmill_cli(cli: click.Group) -> None:
    """Add ``newsmill report``."""
    cli.add_command(report)


__all__ = ["HtmlWriter", "report", "report_tables"]
