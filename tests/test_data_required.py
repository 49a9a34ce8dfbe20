"""Tests that need ../shared/data fail when it is missing; skipping needs an opt-in outside CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers_data import OPT_IN, require_data


def test_missing_data_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(OPT_IN, raising=False)
    with pytest.raises(pytest.fail.Exception, match="not found"):
        require_data(tmp_path / "absent")


def test_the_opt_in_skips_only_outside_ci(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(OPT_IN, "1")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_data(tmp_path / "absent")
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        require_data(tmp_path / "absent")


def test_present_data_is_returned(tmp_path: Path) -> None:
    assert require_data(tmp_path) == tmp_path
