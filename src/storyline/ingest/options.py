"""The one settings object every reader takes: defaults live here, nowhere else."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import BinaryIO

from storyline.config import DEFAULT_USER_AGENT


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read and fetched.

    `max_bytes` bounds every single document held in memory at once: a fetched page, one plain
    text or HTML file, one JSON line, one CSV field, one WARC record. Streams (JSON Lines, CSV,
    JSON arrays, WARC) may be much larger than that; they are read record by record.
    `default_published` (the CLI's `--published`) is used for records that state no date.
    """

    allow_private: bool = False
    fetch_linked: bool = False
    max_bytes: int = 10_000_000
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    stdin: BinaryIO | None = None
    default_published: datetime | None = None


DEFAULT_OPTIONS = ReadOptions()
