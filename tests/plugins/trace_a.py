"""Cleaner ``a`` of the ordering tests: notes its call (priority 20)."""

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl
from tests.plugins.trace import note


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    return {"clean": 20}


@hookimpl
def newsmill_clean(step: CleanStep) -> None:
    note(step.doc, "a")
