"""Settings precedence and validation."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from storyline.config import Settings, load_settings
from storyline.errors import ConfigError


def test_defaults_without_sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert load_settings(environ={}) == Settings()


def test_file_then_environment_then_flags(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text('[storyline]\ndb = "from-file.db"\nport = 9000\nbatch_size = 10\n')
    settings = load_settings(
        str(config),
        environ={"STORYLINE_DB": "from-env.db", "STORYLINE_PORT": "9100"},
        overrides={"db": "from-flag.db", "port": None},
    )
    assert settings.db == "from-flag.db"
    assert settings.port == 9100
    assert settings.batch_size == 10


def test_unknown_key_is_rejected_with_the_valid_ones(tmp_path: Path) -> None:
    config = tmp_path / "s.toml"
    config.write_text("[storyline]\nbatchsize = 10\n")
    with pytest.raises(ConfigError, match=r"unknown setting\(s\) batchsize; valid: .*batch_size"):
        load_settings(str(config), environ={})


def test_wrong_type_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="port='eighty' should be a int"):
        load_settings(environ={"STORYLINE_PORT": "eighty"})


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    config = tmp_path / "bad.toml"
    config.write_text("db = \n")
    with pytest.raises(ConfigError, match=r"bad\.toml: not valid TOML"):
        load_settings(str(config), environ={})


def test_every_key_has_an_environment_variable() -> None:
    settings = load_settings(environ={
        "STORYLINE_ORDER_WINDOW": "7", "STORYLINE_ALLOW_PRIVATE": "yes",
        "STORYLINE_BODY_TIMEOUT": "2.5", "STORYLINE_USER_AGENT": "probe/1",
    })
    assert (settings.order_window, settings.allow_private) == (7, True)
    assert (settings.body_timeout, settings.user_agent) == (2.5, "probe/1")


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_readers_take_the_record_limit_from_the_settings(command: str, tmp_path: Path) -> None:
    """`max_fetch_bytes` from the environment bounds one JSON line, in `extract` as in `ingest`."""
    source = tmp_path / "lines.jsonl"
    long_text = "Fire crews worked through the night at the depot. " * 60  # about 3 kB
    source.write_text(
        json.dumps({"id": "short", "text": "Two people were hurt in a fire on Monday."}) + "\n"
        + json.dumps({"id": "long", "text": long_text}) + "\n",
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "storyline", "--db", str(tmp_path / "s.db"), command, str(source)],
        capture_output=True, text=True, timeout=300, check=False,
        env={**os.environ, "STORYLINE_MAX_FETCH_BYTES": "2000"},
    )
    assert done.returncode == 1, done.stderr
    assert "lines.jsonl:2" in done.stderr and "limit" in done.stderr
