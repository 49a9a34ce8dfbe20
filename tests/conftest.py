"""Shared fixtures: a real PostgreSQL server for the session, and fresh stores per test.

The server is started from the Debian binaries (/usr/lib/postgresql/<version>/bin) on a
temporary data directory, listening on 127.0.0.1 and a free port with trust authentication, and
removed at the end of the session (STORYLINE_PG_BIN may name another bin directory). Without the
binaries the PostgreSQL tests are skipped, unless STORYLINE_REQUIRE_POSTGRES=1 (set by CI), where
they fail instead.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import psycopg
import pytest

from storyline.store import Store
from storyline.store.postgres import PostgresStore
from storyline.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from fastapi.testclient import TestClient

    from storyline.service import Storyline

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
PG_USER = "postgres"  # the OS user that owns the cluster when tests run as root
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@dataclass(frozen=True)
class PgServer:
    admin_url: str  # the server's own "postgres" database, for CREATE/DROP DATABASE
    host: str
    port: int

    def url(self, dbname: str) -> str:
        return f"postgresql://{PG_USER}@{self.host}:{self.port}/{dbname}"


def _pg_bin_dir() -> Path | None:
    """$STORYLINE_PG_BIN if set, else the bin directory of the newest Debian PostgreSQL."""
    pattern = os.environ.get("STORYLINE_PG_BIN") or PG_BIN_GLOB
    candidates = [Path(d) for d in glob.glob(pattern) if (Path(d) / "initdb").exists()]
    if not candidates:
        return None

    def version(path: Path) -> tuple[int, ...]:
        parts = path.parent.name.split(".")
        return tuple(int(p) for p in parts if p.isdigit())

    return max(candidates, key=version)


def _as_cluster_owner() -> list[str]:
    # initdb and pg_ctl refuse to run as root: drop to the postgres user for them.
    return ["runuser", "-u", PG_USER, "--"] if os.geteuid() == 0 else []


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed ({done.returncode}): {done.stderr or done.stdout}")


def _start_server(bin_dir: Path, base: Path) -> PgServer:
    data, log = base / "data", base / "server.log"
    if os.geteuid() == 0:
        shutil.chown(base, user=PG_USER)
    owner = _as_cluster_owner()
    _run(
        [
            *owner,
            str(bin_dir / "initdb"),
            "-D",
            str(data),
            "-U",
            PG_USER,
            "-A",
            "trust",
            "-E",
            "UTF8",
            "--locale=C",
            "--no-sync",
            "--no-instructions",
        ],
        "initdb",
    )
    port = _free_port()
    # Durability is pointless for a throw-away test cluster; skipping fsync keeps it fast.
    options = (
        f"-p {port} -k {base} -c listen_addresses=127.0.0.1 -c fsync=off "
        "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100"
    )
    try:
        _start_postmaster(owner, bin_dir, data, log, options)
    except RuntimeError as error:  # the directory is removed at teardown: keep the log's tail
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else "(no log)"
        raise RuntimeError(f"{error}\nserver log:\n{tail}") from None
    return PgServer(f"postgresql://{PG_USER}@127.0.0.1:{port}/postgres", "127.0.0.1", port)


def _start_postmaster(owner: list[str], bin_dir: Path, data: Path, log: Path, options: str) -> None:
    _run(
        [
            *owner,
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-l",
            str(log),
            "-o",
            options,
            "-w",
            "-t",
            "60",
            "start",
        ],
        "pg_ctl start",
    )


def _stop_server(bin_dir: Path, base: Path) -> None:
    subprocess.run(
        [
            *_as_cluster_owner(),
            str(bin_dir / "pg_ctl"),
            "-D",
            str(base / "data"),
            "-m",
            "immediate",
            "-w",
            "stop",
        ],
        capture_output=True,
        timeout=60,
        check=False,
    )


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server for the whole session (skipped if not installed)."""
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        where = os.environ.get("STORYLINE_PG_BIN") or PG_BIN_GLOB
        reason = f"PostgreSQL binaries not found ({where}/initdb); apt-get install postgresql"
        if os.environ.get("STORYLINE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"STORYLINE_REQUIRE_POSTGRES=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="storyline-pg-"))
    try:
        yield _start_server(bin_dir, base)
    finally:
        _stop_server(bin_dir, base)
        shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="session")
def pg_server_url(pg_server: PgServer) -> str:
    """URL of the server's admin database (`postgres`)."""
    return pg_server.admin_url


_schema_numbers = itertools.count(1)


@pytest.fixture
def pg_fresh_url(pg_server: PgServer) -> Iterator[str]:
    """URL of an empty PostgreSQL store, dropped after the test.

    Each test gets its own schema (first on the search_path) in one session database: the same
    isolation as a new database, at a tenth of the cost of CREATE DATABASE.
    """
    schema = f"test_{os.getpid()}_{next(_schema_numbers)}"
    with psycopg.connect(pg_server.admin_url, autocommit=True) as admin:
        admin.execute(f'CREATE SCHEMA "{schema}"')
    yield f"{pg_server.admin_url}?options=-c%20search_path%3D{schema}"
    with psycopg.connect(pg_server.admin_url, autocommit=True) as admin:
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    store = SQLiteStore(str(tmp_path / "store.db"))
    yield store
    store.close()


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """A fresh, empty store of each back end (the postgres one is marked `postgres`)."""
    opened: Store
    if request.param == "sqlite":
        opened = SQLiteStore(str(tmp_path / "store.db"))
    else:
        opened = PostgresStore(request.getfixturevalue("pg_fresh_url"))
    yield opened
    opened.close()


# The bundled examples in a real SQLite store, built once a session by the real pipeline
# (tests/helpers_web.py), and a read-only client and facade over it: the web, map, API and
# browser tests share these instead of each building its own.
@pytest.fixture(scope="session")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from helpers_web import example_db

    return example_db(tmp_path_factory)


@pytest.fixture(scope="session")
def examples_client(examples_db: Path) -> Iterator[TestClient]:
    """A TestClient (in-process ASGI) over the examples store, read-only."""
    from fastapi.testclient import TestClient

    from storyline.web import create_app

    with TestClient(create_app(str(examples_db))) as client:
        yield client


@pytest.fixture(scope="session")
def examples_facade(examples_db: Path) -> Iterator[Storyline]:
    """The library facade (storyline.service.Storyline) over the examples store."""
    from storyline.service import Storyline

    with Storyline.open(str(examples_db)) as storyline:
        yield storyline
