"""Settings precedence and validation."""

from __future__ import annotations

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
