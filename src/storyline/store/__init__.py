"""Storage: one `Store` interface, an embedded SQLite default and PostgreSQL for teams."""

from __future__ import annotations

import os

from storyline.store.base import (
    AuditEntry,
    EventRow,
    Membership,
    PossibleSame,
    ReportListing,
    SearchHit,
    Store,
    StoredArticle,
)

DEFAULT_DB = "storyline.db"

__all__ = [
    "DEFAULT_DB",
    "AuditEntry",
    "EventRow",
    "Membership",
    "PossibleSame",
    "ReportListing",
    "SearchHit",
    "Store",
    "StoredArticle",
    "open_store",
    "resolve_db_url",
]


def resolve_db_url(db: str | None) -> str:
    """--db, else $STORYLINE_DB, else ./storyline.db."""
    return db or os.environ.get("STORYLINE_DB") or DEFAULT_DB


def open_store(db: str | None = None) -> Store:
    """Open (creating and migrating if needed) the store named by a path or postgresql:// URL."""
    url = resolve_db_url(db)
    if url.startswith(("postgresql://", "postgres://")):
        from storyline.store.postgres import PostgresStore

        return PostgresStore(url)
    from storyline.store.sqlite import SQLiteStore

    return SQLiteStore(url)
