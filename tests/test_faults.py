"""Database loss during ingest and serve (issue 19's fault-injection suite, with
test_crash_recovery.py for kill -9 and test_disk_full.py for a full disk): a PostgreSQL server of
this module's own is stopped while `storyline ingest` writes to it and while `storyline serve`
answers from it. The command names the store on one line, the server answers in the error shape
and keeps running, nothing is half-written, and once the database is back everything resumes."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psycopg
import pytest

from conftest import (
    PgServer,
    _as_cluster_owner,
    _pg_bin_dir,
    _start_postmaster,
    _start_server,
    _stop_server,
)
from helpers_web import free_port
from storyline.store import open_store
from test_crash_recovery import assert_consistent, synthetic_articles

pytestmark = pytest.mark.postgres
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@dataclass
class OwnServer:
    """A PostgreSQL server only this module uses, so it can be stopped and started again."""

    bin_dir: Path
    base: Path
    server: PgServer

    def stop(self) -> None:
        _stop_server(self.bin_dir, self.base)

    def start(self) -> None:
        # Commits wait for their WAL (unlike the session server's): a stop here is a crash, and
        # what a client saw committed must survive it.
        options = (f"-p {self.server.port} -k {self.base} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c synchronous_commit=on")
        _start_postmaster(_as_cluster_owner(), self.bin_dir, self.base / "data",
                          self.base / "server.log", options)

    def fresh_database(self, name: str) -> str:
        with psycopg.connect(self.server.admin_url, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.server.url(name)


@pytest.fixture(scope="module")
def own_server() -> Iterator[OwnServer]:
    bin_dir = _pg_bin_dir()
    if bin_dir is None:
        reason = "PostgreSQL binaries not found; apt-get install postgresql"
        if os.environ.get("STORYLINE_REQUIRE_POSTGRES") == "1":
            pytest.fail(f"STORYLINE_REQUIRE_POSTGRES=1 but {reason}", pytrace=False)
        pytest.skip(reason)
    base = Path(tempfile.mkdtemp(prefix="storyline-pg-faults-"))
    try:
        server = OwnServer(bin_dir, base, _start_server(bin_dir, base))
        server.stop()
        server.start()
        yield server
    finally:
        _stop_server(bin_dir, base)
        shutil.rmtree(base, ignore_errors=True)


def storyline(url: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "storyline", "--db", url, *args],
                          capture_output=True, text=True, timeout=timeout, check=False)


def stored_count(url: str) -> int:
    with open_store(url) as store:
        return store.article_count()


def test_database_lost_during_ingest_then_rerun_completes(
    own_server: OwnServer, tmp_path: Path
) -> None:
    url = own_server.fresh_database("ingest_outage")
    articles = synthetic_articles(600)
    source = tmp_path / "stream.jsonl"
    source.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "storyline", "--db", url, "ingest", "--quiet", str(source)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 300
        while stored_count_or_zero(url) < 64:
            assert process.poll() is None, "the ingest ended before the database could be lost"
            assert time.monotonic() < deadline, "the ingest stored nothing in 300 s"
            time.sleep(0.05)
        own_server.stop()
        _, stderr = process.communicate(timeout=300)
    finally:
        if process.poll() is None:
            process.kill()
        own_server.start()
    assert process.returncode == 2, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("storyline: error: "), stderr
    assert "Traceback" not in stderr and "ingest_outage" in lines[0]
    kept = stored_count(url)
    assert 64 <= kept < len(articles)

    rerun = storyline(url, "ingest", "--json", str(source))
    assert rerun.returncode == 0, rerun.stderr
    assert stored_count(url) == len(articles)
    with open_store(url) as store:
        assert_consistent(store)


def stored_count_or_zero(url: str) -> int:
    try:
        return stored_count(url)
    except Exception:  # the schema may not exist in the first instants
        return 0


@contextmanager
def serving(url: str) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "storyline", "--db", url, "serve", "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + "/api/events", timeout=5)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("storyline serve did not start") from None
                time.sleep(0.2)
        yield base, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_database_lost_during_serve_is_an_error_answer_then_service_resumes(
    own_server: OwnServer,
) -> None:
    url = own_server.fresh_database("serve_outage")
    assert storyline(url, "ingest", "--quiet", str(EXAMPLES)).returncode in (0, 1)
    with serving(url) as (base, process):
        events = httpx.get(base + "/api/events", timeout=30)
        assert events.status_code == 200 and events.json()
        event_id = events.json()[0]["id"]
        own_server.stop()
        try:
            for path in ("/api/events", f"/api/events/{event_id}", "/api/search?q=fire",
                         f"/events/{event_id}"):
                down = httpx.get(base + path, timeout=60)
                assert down.status_code == 503, (path, down.status_code, down.text[:300])
            api = httpx.get(base + "/api/events", timeout=60).json()["error"]
            assert api["code"] == "store_unavailable" and "\n" not in api["message"]
            page = httpx.get(base + "/", timeout=60)
            assert page.status_code == 503 and "Traceback" not in page.text
        finally:
            own_server.start()
        assert process.poll() is None, "the server stayed up"
        deadline = time.monotonic() + 60
        while (again := httpx.get(base + "/api/events", timeout=30)).status_code != 200:
            assert time.monotonic() < deadline, again.text[:300]
            time.sleep(0.5)
        assert again.json()[0]["id"] == event_id
