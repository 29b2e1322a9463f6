"""Annotator that raises on documents containing ``BOOM``."""

from __future__ import annotations

from newsmill.core.hookspecs import hookimpl
from newsmill.core.model import Document


@hookimpl
def newsmill_annotate(doc: Document) -> list:
    if "BOOM" in doc.clean:
        raise RuntimeError("cannot annotate this page")
    return []
