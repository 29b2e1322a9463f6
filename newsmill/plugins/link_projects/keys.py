"""What linking stores of a project record: its row, made where the document was processed, and its key."""

from __future__ import annotations

import pickle
from typing import Any

from newsmill.core.model import CorpusRecord
from newsmill.zh.project_names import normalize_project_name

from .orgkeys import investor_names, org_key

VALUE_FIELDS = ("investment_cny", "investor", "capacity", "area", "annual_output_cny", "jobs",
                "location")

NO_KEYS: frozenset[str] = frozenset()


class ProjectKey:
    """What clustering compares of a project record; records with equal values share one.

    A corpus repeats itself (the same project in many articles), so the keys
    grow with the distinct projects, not with the records.  They are kept on
    disk (:class:`ProjectStore`); memory holds only the recently used ones.
    """

    __slots__ = ("name", "core", "phase", "province", "city", "county", "org_keys", "amount", "cut")

    def __init__(self, name: str, core: str, phase: int | None, loc: dict[str, Any],
                 investors: tuple[str, ...], amount: int | None) -> None:
        self.name = name
        self.core = core
        self.phase = phase
        self.province = loc.get("province")
        self.city = loc.get("city")
        self.county = loc.get("county")
        self.org_keys = frozenset(org_key(i) for i in investors) if investors else NO_KEYS
        self.amount = amount
        # the core lost the investor heading the name: another investor is another project
        self.cut = bool(investors) and normalize_project_name(
            name, [p for p in (self.province, self.city, self.county) if p], investors).firm_cut


def iso_date(d: Any) -> str:
    """A date as ISO text (empty when there is none)."""
    return d.isoformat() if d else ""


_CORES: dict[str, tuple[str, int | None]] = {}
_CORES_MAX = 5_000


def project_row(cr: CorpusRecord) -> tuple[Any, ...] | None:
    """What linking stores of a project record, as plain values (None when it has no name).

    ``(pub date, doc id, record id, key signature, name, name core, phase,
    province, city, county, investors, amount, pickled timeline data)``:
    made where the document was processed (see :func:`prepare_records`).
    """
    r = cr.record
    name = r.get("name")
    if not name:
        return None
    loc = r.get("location") or {}
    if not isinstance(loc, dict):
        loc = {"detail": str(loc)}
    amount = r.get("investment_cny")
    amount = int(amount) if isinstance(amount, (int, float)) else None
    investors = tuple(investor_names(r.get("investor")))
    name = str(name)
    province, city, county = loc.get("province"), loc.get("city"), loc.get("county")
    sig = repr((name, province, city, county, investors, amount))
    places = (province, city, county)
    core_key = repr((name, places, investors))
    found = _CORES.get(core_key)
    if found is None:
        pn = normalize_project_name(name, [p for p in places if p], investors)
        found = (pn.core, pn.phase)
        if len(_CORES) >= _CORES_MAX:
            _CORES.clear()
        _CORES[core_key] = found
    ev = r.evidence[0] if r.evidence else None
    stage_field = r.fields.get("stage")
    cue = stage_field.evidence[0].text if stage_field and stage_field.evidence else None
    # the rest of the timeline event (see _event), then the values of VALUE_FIELDS
    data = ((r.get("stage"), r.get("status"), r.get("date"), cr.source, cr.article, cr.headline,
             ev.text if ev else None, cue, (ev.raw_start, ev.raw_end) if ev else None),
            tuple(r.get(f) for f in VALUE_FIELDS))
    return (iso_date(cr.pub_date), cr.doc_id, r.id, sig, name, found[0], found[1], province, city,
            county, investors, amount, pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
