"""Annotator: runs of ASCII digits become mentions of kind ``number`` (option ``kind``)."""

from __future__ import annotations

import re

from newsmill.core.config import Option
from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document, Mention

version = "1.2.3"


@hookimpl
def newsmill_config_options() -> dict[str, Option]:
    return {"kind": Option(str, "number", "mention kind to produce"),
            "min_digits": Option(int, 1, "shortest run of digits to mark")}


@hookimpl
def newsmill_annotate(doc: Document, options: dict) -> list[Mention]:
    return [Mention(options["kind"], m.start(), m.end(), value=int(m.group()))
            for m in re.finditer(r"[0-9]+", doc.clean) if len(m.group()) >= options["min_digits"]]
