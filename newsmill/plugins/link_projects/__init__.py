"""Linker ``link-projects``: the same project across articles and pages, as one timeline.

Project records are compared inside blocks (same normalized name core, or a
shared rare name bigram), never all pairs.  A record joins a project when the
name cores are the same or very close, the phases agree (phase 1 and phase 2
never merge), the places do not contradict each other and the investors do
not either.  Every link records which fields matched and a score.

Investors are linked into organization entities (short forms such as
``中际集团`` and ``中际集团有限公司`` join) and locations into place entities
(by administrative code, else by name).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import Any

import click

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import CorpusRecord, Entity

from .clusters import cluster_projects, score
from .command import projects_command
from .keys import project_row
from .orgkeys import org_key, same_org
from .orgs import OrgStore, iter_orgs, org_entities, org_rows
from .places import PlaceGroups, place_entities, place_row
from .store import ProjectStore
from .timelines import iter_projects, project_entities

__all__ = ["ProjectLinkSession", "cluster_projects", "link_all", "org_entities", "org_key",
           "place_entities", "prepare_records", "project_entities", "projects_command", "same_org",
           "score"]


def prepare_records(records: Iterable[CorpusRecord], orgs: bool = True, places: bool = True
                    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """What linking stores of some records: project rows, investor rows, place rows (plain values).

    The per-record work of linking (name cores, keys, timeline data); the
    run calls it where each source was processed (see
    :class:`ProjectLinkSession` and :mod:`newsmill.core.linking`).
    """
    projects: list[tuple[Any, ...]] = []
    investors: list[tuple[Any, ...]] = []
    located: list[tuple[Any, ...]] = []
    for cr in records:
        if cr.record.kind == "project":
            row = project_row(cr)
            if row is not None:
                projects.append(row)
        if orgs:
            investors += org_rows(cr)
        if places:
            row = place_row(cr)
            if row is not None:
                located.append(row)
    return projects, investors, located


class ProjectLinkSession:
    """Linking fed as documents come: records are stored as they arrive, linked at the end.

    Storing (name cores, keys, timeline data, investor and place rows) is
    per-record work done while the documents still come, in the worker
    processes when the run uses :meth:`preparer`; :meth:`finish` then only
    clusters and builds the entities.  Records are clustered in sort-key
    order whatever order they came in, so the entities are those of
    :func:`link_all` over the same records.
    """

    def __init__(self, threshold: float = 0.85, orgs: bool = True, places: bool = True) -> None:
        self.threshold, self.orgs, self.places = threshold, orgs, places
        self.store, self.org_store, self.place_groups = ProjectStore(), OrgStore(), PlaceGroups()

    def preparer(self) -> functools.partial:
        """:func:`prepare_records` with this session's settings (picklable)."""
        return functools.partial(prepare_records, orgs=self.orgs, places=self.places)

    def add(self, records: Iterable[CorpusRecord]) -> None:
        """Store some records."""
        self.add_prepared(prepare_records(records, self.orgs, self.places))

    def add_prepared(self, prepared: tuple[list[tuple[Any, ...]], ...]) -> None:
        """Store records given as :func:`prepare_records` made them."""
        projects, investors, located = prepared
        for row in projects:
            self.store.add_row(row)
        for row in investors:
            self.org_store.add_row(row)
        for row in located:
            self.place_groups.add_row(row)

    def finish(self) -> Iterator[Entity]:
        """Projects, then organizations, then places; each entity built when it is asked for."""
        yield from iter_projects(self.store, self.threshold)
        self.store.close()
        yield from iter_orgs(self.org_store)
        self.org_store.close()
        yield from self.place_groups.entities(stream=True)
        self.place_groups.close()

    def close(self) -> None:
        """Delete the temporary databases."""
        self.store.close()
        self.org_store.close()
        self.place_groups.close()


def link_all(records: Iterable[CorpusRecord], threshold: float = 0.85, orgs: bool = True,
             places: bool = True) -> Iterator[Entity]:
    """Projects, then organizations, then places, from one pass over ``records``.

    Records wait on disk (private temporary SQLite databases) and memory
    holds bounded caches only; entities are built one at a time as they are
    iterated, so a caller that writes them as they come never holds them all.
    """
    session = ProjectLinkSession(threshold, orgs, places)
    try:
        it = iter(records)
        while batch := list(islice(it, 1000)):
            session.add(batch)
        yield from session.finish()
    finally:
        session.close()


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """Link threshold, and whether organizations and places are linked too."""
    return {
        "threshold": Option(float, 0.85, "minimum link score for a record to join a project"),
        "orgs": Option(bool, True, "also link investors into organization entities"),
        "places": Option(bool, True, "also link locations into place entities"),
    }


@hookimpl
def newsmill_link_session(options: dict) -> ProjectLinkSession:
    """Link as the documents come: records stored while the run goes on (:class:`ProjectLinkSession`)."""
    return ProjectLinkSession(options["threshold"], options["orgs"], options["places"])


@hookimpl
def newsmill_link(records: Sequence[CorpusRecord], options: dict) -> Iterator[Entity]:
    """Project entities with their timelines, then organization and place entities.

    One pass over the records; the entities come as an iterator, built one at a time.
    """
    return link_all(records, options["threshold"], options["orgs"], options["places"])


@hookimpl
def newsmill_cli(cli: click.Group) -> None:
    """Add ``newsmill projects``."""
    cli.add_command(projects_command)
