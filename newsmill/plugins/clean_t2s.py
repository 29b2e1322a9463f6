"""Cleaner: Traditional to Simplified script with OpenCC ``t2s`` and a small mainland fix-list.

Where OpenCC keeps the length (nearly always) the change is reported
character for character, so every Simplified character maps back to the
Traditional character it came from; where a phrase changes length, each
changed run is its own edit.  Simplified pages
come out byte-identical.  See :mod:`newsmill.zh.t2s` for the fix-list.
"""

from __future__ import annotations

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.t2s import simplify_edits

#: Default position in the cleaning chain (after pinyin removal, which would break phrases).
PRIORITY = 30


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after pinyin removal: ``區(qū)域`` would break OpenCC's phrase matching."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """``config``: the OpenCC configuration (``t2s``; ``tw2sp`` rewrites mainland words)."""
    return {"config": Option(str, "t2s", "OpenCC configuration name (t2s, hk2s, tw2s)")}


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Swap each Traditional character for its Simplified form, character for character."""
    for start, end, new, aligned in simplify_edits(step.text, options.get("config", "t2s")):
        if aligned:
            step.substitute(start, end, new)
        else:
            step.replace(start, end, new)
