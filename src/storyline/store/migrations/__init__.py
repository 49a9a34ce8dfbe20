"""Named schema migrations, one SQL file per dialect and step: `<dialect>_<name>.sql`.

A store records each applied name in `schema_migrations(name, applied_at)` and applies the
missing ones, in name order, when it is opened. Never edit a released migration: add the next
one (`0002_...`) for both dialects.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

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
