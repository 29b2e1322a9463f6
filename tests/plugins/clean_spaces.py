"""Cleaner: removes spaces between two CJK characters (option ``also_ascii`` removes all spaces)."""

from __future__ import annotations

import re

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl

CJK_GAP = re.compile(r"(?<=[\u4e00-\u9fff]) +(?=[\u4e00-\u9fff])")


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    return {"also_ascii": Option(bool, False, "remove every space, not only between CJK characters")}


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    return {"clean": 50}


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    pattern = re.compile(" +") if options["also_ascii"] else CJK_GAP
    for m in pattern.finditer(step.text):
        step.delete(m.start(), m.end())
