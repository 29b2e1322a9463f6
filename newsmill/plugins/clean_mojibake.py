"""Cleaner: GBK byte-slip mojibake is flagged as unreadable, and repaired where exact.

Each damaged span is replaced by what can be recovered from its bytes, with
one placeholder (U+FFFD by default) standing for characters whose bytes are
lost; the raw span is flagged as a region of kind ``unreadable`` and a
warning says what was lost and what was repaired.  See
:mod:`newsmill.zh.gbk_slip` for the detection and repair rules.
"""

from __future__ import annotations

from newsmill.core.cleaning import CleanStep
from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.zh.gbk_slip import scan

#: Default position in the cleaning chain (first: it needs the raw byte traces).
PRIORITY = 10


@hookimpl
def newsmill_stage_priority() -> dict[str, int]:
    """Runs first: later cleaners would blur the traces (pinyin tails, widths)."""
    return {"clean": PRIORITY}


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    """``placeholder``: what stands for lost characters in the cleaned text."""
    return {"placeholder": Option(str, "\ufffd", "text standing for characters whose bytes are lost"),
            "repair": Option(bool, True, "recover characters by re-aligning the GBK bytes")}


@hookimpl
def newsmill_clean(step: CleanStep, options: dict) -> None:
    """Replace each slip by its recovered text and flag it ``unreadable``."""
    text = step.text
    if "?" not in text and "\ufffd" not in text:
        return
    placeholder = options.get("placeholder", "\ufffd")
    for slip in scan(text):
        parts: list[str] = []
        for piece, lost in slip.pieces:
            if lost:
                if not parts or parts[-1] != placeholder:
                    parts.append(placeholder)
            elif options.get("repair", True):
                parts.append(piece)
            elif not parts or parts[-1] != placeholder:
                parts.append(placeholder)
        new = "".join(parts)
        damaged = text[slip.start:slip.end]
        step.flag(slip.start, slip.end, "unreadable", "GBK byte slip")
        if slip.repaired and options.get("repair", True):
            msg = (f"GBK byte-slip mojibake {damaged!r}: {slip.lost} lost character run(s) shown as "
                   f"{placeholder!r}; repaired {slip.repaired!r} by re-encoding as GBK and "
                   f"re-decoding one byte later")
        else:
            msg = f"GBK byte-slip mojibake {damaged!r}: unreadable, shown as {placeholder!r}"
        step.warn(slip.start, slip.end, msg)
        step.replace(slip.start, slip.end, new)
