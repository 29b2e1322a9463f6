"""The private temporary SQLite databases linking keeps its records in, and entities' stable ids."""

from __future__ import annotations

import hashlib
import sqlite3
from typing import Any

KEY_MEMO = 5_000
"""Keys (signatures, organization keys) remembered while records are stored (about 2 MB)."""

LOADING_CACHE_KB = 500
"""SQLite page cache of each temporary database while records are stored (appends only).

The larger caches (4 MB for projects, 2 MB for organizations and places)
are set when linking starts: a run that links as documents come then holds
little more while the documents are processed.
"""


def temp_db(cache_kb: int = LOADING_CACHE_KB) -> sqlite3.Connection:
    """A new private temporary database (on disk, deleted when closed), made for appending."""
    db = sqlite3.connect("")  # "" = a temporary on-disk database, deleted on close
    db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{cache_kb};"
                     "PRAGMA temp_store=FILE;")
    return db


def link_cache(db: sqlite3.Connection, cache_kb: int) -> None:
    """Give a temporary database its page cache for linking (reads and indexes)."""
    db.execute(f"PRAGMA cache_size=-{cache_kb}")


def stable_id(prefix: str, *parts: Any) -> str:
    """An entity id that depends only on ``parts`` (the same in every run over the same records)."""
    return prefix + hashlib.sha1("|".join(str(p or "") for p in parts).encode()).hexdigest()[:12]
