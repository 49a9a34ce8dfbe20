"""Named schema migrations, one SQL file per dialect and step: `<dialect>_<name>.sql`.

A store records each applied name in `schema_migrations(name, applied_at)` and applies the
missing ones, in name order, when it is opened. Never edit a released migration: add the next
one (`0002_...`) for both dialects.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from storyline.errors import StoreError

DIALECTS = ("sqlite", "postgres")


@dataclass(frozen=True, slots=True)
class Migration:
    name: str  # e.g. "0001_initial", the same in every dialect
    sql: str


def migrations_for(dialect: str) -> list[Migration]:
    """The migrations of one dialect, in the order they must be applied."""
    if dialect not in DIALECTS:
        raise ValueError(f"unknown SQL dialect {dialect!r}; expected one of {DIALECTS}")
    prefix = f"{dialect}_"
    found = []
    for entry in resources.files(__name__).iterdir():
        if entry.name.startswith(prefix) and entry.name.endswith(".sql"):
            name = entry.name[len(prefix) : -len(".sql")]
            found.append(Migration(name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda migration: migration.name)


def check_schema(where: str, tables: set[str], applied: set[str] | None, dialect: str) -> None:
    """Refuse a database storyline did not create, or one migrated by a newer storyline.

    `tables` are the tables found, `applied` the names in schema_migrations (None without that
    table). An empty database is ours to create; a database with tables but no migration table
    belongs to someone else, and adding our schema to it (38 objects) would damage it.
    """
    if applied is None:
        if tables:
            shown = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise StoreError(
                f"{where}: a database that storyline did not create (tables: {shown}); "
                "it is left untouched: give a new file or an existing storyline store"
            )
        return
    known = {migration.name for migration in migrations_for(dialect)}
    newer = sorted(applied - known)
    if newer:
        raise StoreError(
            f"{where}: the store was upgraded by a newer storyline (schema {', '.join(newer)}); "
            "upgrade storyline to read it"
        )
