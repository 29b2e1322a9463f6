"""Cleaner: full-width digits become ASCII digits, character for character (``step.substitute``)."""

from newsmill.core.cleaning import CleanStep
from newsmill.core.hookspecs import hookimpl


@hookimpl
def newsmill_clean(step: CleanStep) -> None:
    for i, ch in enumerate(step.text):
        if "０" <= ch <= "９":
            step.substitute(i, i + 1, chr(ord(ch) - 0xFEE0))
