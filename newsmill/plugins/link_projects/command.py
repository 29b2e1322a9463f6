"""``newsmill projects``: linked projects and their timelines, read from an output database."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import click


def _read_projects(db_path: str) -> list[dict[str, Any]]:
    """Linked projects with their timelines, from an output SQLite database."""
    import json
    import sqlite3

    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        rows = db.execute("SELECT id, name, fields, links, conflicts FROM entities "
                          "WHERE kind = 'project' ORDER BY name, id").fetchall()
        events: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for eid, event in db.execute("SELECT entity_id, event FROM entity_timeline ORDER BY entity_id, seq"):
            events[eid].append(json.loads(event) if isinstance(event, str) else event)
        db.close()
    except sqlite3.Error as e:
        raise click.ClickException(f"{db_path}: cannot read linked projects ({e})") from None
    out = []
    for eid, name, fields, links, conflicts in rows:
        out.append({"id": eid, "name": name, "fields": json.loads(fields or "{}"),
                    "conflicts": json.loads(conflicts or "[]"), "links": json.loads(links or "[]"),
                    "timeline": events.get(eid, [])})
    return out


def _matches_place(project: dict[str, Any], place: str) -> bool:
    loc = (project["fields"].get("location") or {}).get("values") or []
    for v in loc:
        value = v.get("value")
        if isinstance(value, dict) and any(place in str(x) for x in value.values() if x):
            return True
        if isinstance(value, str) and place in value:
            return True
    return place in project["name"]


@click.command("projects")
@click.argument("db", type=click.Path(exists=True, dir_okay=False))
@click.option("--stage", help="Only projects whose latest stage is this (signed, started…).")
@click.option("--place", help="Only projects located in this place (name or code, substring).")
@click.option("--json", "as_json", is_flag=True, help="Output a JSON list of projects.")
def projects_command(db: str, stage: str | None, place: str | None, as_json: bool) -> None:
    """List linked projects and their timelines from an output database.

    \b
    Examples:
      newsmill projects newsmill-out/newsmill.sqlite
      newsmill projects newsmill-out/newsmill.sqlite --stage started --place 成都
      newsmill projects newsmill-out/newsmill.sqlite --json > projects.json
    """
    import json

    found = _read_projects(db)
    if stage:
        found = [p for p in found if (p["fields"].get("stage") or {}).get("value") == stage]
    if place:
        found = [p for p in found if _matches_place(p, place)]
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for p in found:
        st = (p["fields"].get("stage") or {}).get("value") or "-"
        inv = (p["fields"].get("investment_cny") or {}).get("value")
        flag = f"  (conflicts: {', '.join(p['conflicts'])})" if p["conflicts"] else ""
        amount = f"  {inv / 1e8:g} 亿元" if isinstance(inv, (int, float)) else ""
        click.secho(f"{p['name']}  [{st}]{amount}{flag}", bold=True)
        click.echo(f"  id: {p['id']}")
        for ev in p["timeline"]:
            when = ev.get("date") or ev.get("pub_date") or "?"
            click.echo(f"  {when:<12} {ev.get('stage') or '-':<18} {ev.get('status') or '':<7} "
                       f"{ev.get('source') or ev.get('doc_id')}: {ev.get('evidence') or ''}")
    if not found:
        click.echo("no linked projects match", err=True)
