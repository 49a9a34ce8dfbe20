"""`storyline serve` end to end: the CLI starts uvicorn over the store, reads work, writes need
the token from the environment."""

from __future__ import annotations

import html
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from helpers_web import copy_db, example_db, free_port


@contextmanager
def serving(db: Path, env: dict[str, str]) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "storyline", "--db", str(db), "serve", "--port", str(port)],
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base + "/api/events", timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    output = process.stdout.read().decode() if process.stdout else ""
                    raise AssertionError(f"storyline serve did not start:\n{output}") from None
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_serve_reads_and_guards_writes(
    tmp_path_factory: pytest.TempPathFactory, tmp_path: Path
) -> None:
    db = copy_db(example_db(tmp_path_factory), tmp_path)
    env = {"STORYLINE_TOKEN": "serve-token", "HF_HUB_OFFLINE": "1"}
    with serving(db, env) as base:
        events = httpx.get(base + "/api/events").json()
        assert events and all("id" in e for e in events)
        page = httpx.get(base + "/")
        assert page.status_code == 200
        assert html.escape(events[0]["title"][:20], quote=False) in page.text
        body = {"id": "serve-1", "text": "A fire in Testville injured 2 people on Monday."}
        refused = httpx.post(base + "/api/articles", json=body)
        assert refused.status_code == 401
        accepted = httpx.post(
            base + "/api/articles",
            json=body,
            headers={"Authorization": "Bearer serve-token"},
            timeout=60,
        )
        assert accepted.status_code == 200, accepted.text
        assert accepted.json()["ingested"] == 1
