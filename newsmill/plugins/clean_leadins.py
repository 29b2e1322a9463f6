"""Cleaner: put the lead-in title of each brief on a line of its own.

A column of briefs prints each item as one paragraph opened by its title
(``【某镇某某厂建成投用】近日，…（通讯员 某某）``, ``**某县新增市场主体860户**　一季度，…``,
``● 某镇某某小区建成　近日，…``); the segmenter reads titles on lines of their
own, so the gap after the title becomes a paragraph break (see
:mod:`newsmill.zh.leadins`).  It runs before the spaces cleaner, which would
take the ideographic space between title and text away.
"""

from __future__ import annotations

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.leadins import leadin_breaks

#: Default position in the cleaning chain (after width and columns, before stray spaces).
PRIORITY = 48


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs after the width and columns cleaners, before the spaces cleaner."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Break each brief's paragraph after its lead-in title."""
    text = step.text
    if ")" not in text and "）" not in text:
        return
    for start, end, rep in leadin_breaks(text):
        step.replace(start, end, rep)
