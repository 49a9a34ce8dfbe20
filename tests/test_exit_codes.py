"""Every failure ends with the documented exit code and one line on stderr (../shared/INTERFACE.md:
0 success, 1 done but some inputs failed, 2 usage or configuration error), through the real
`storyline` entry point on the bundled examples. `watch` over a feed that cannot be read is in
tests/test_watch_exit.py; a bad map setting for `serve` in tests/test_map.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.cli import main

FAILURES = [
    (["nosuchcommand"], 2, "No such command"),
    (["events", "--nosuch"], 2, "No such option"),
    (["event", "ev-nope"], 2, "is not in the store"),
    (["timeline", "ev-nope"], 2, "is not in the store"),
    (["brief", "ev-nope"], 2, "is not in the store"),
    (["audit", "ev-nope"], 2, "is not in the store"),
    (["article", "nope"], 2, "is not in the store"),
    (["diff", "nope", "nope-either"], 2, "is not in the store"),
    (["merge", "ev-nope", "ev-nope-either"], 2, "is not in the store"),
    (["export", "--format", "xlsx"], 2, "'xlsx' is not one of"),
    (["export", "--format", "jsonl", "--event", "ev-nope"], 2, "is not in the store"),
    (["export", "--format", "jsonl", "--as-of", "yesterday"], 2, "not a date"),
    (["export", "--format", "jsonl", "-o", "/nonexistent/dir/out.jsonl"], 2, "cannot write"),
    (["events", "--as-of", "yesterday"], 2, "not a date"),
    (["changes", "--since", "soonish"], 2, "not a date"),
    (["watch", "--every", "0", "http://127.0.0.1:9/feed.xml"], 2, "must be positive"),
    (["serve", "--port", "99999"], 2, "not in the range"),
    (["ingest", "/nonexistent/file.jsonl"], 1, "no such file or directory"),
    (["extract", "/nonexistent/file.txt"], 1, "no such file or directory"),
]


@pytest.mark.parametrize(("args", "code", "says"), FAILURES,
                         ids=[" ".join(args) for args, _, _ in FAILURES])
def test_each_failure_has_its_exit_code_and_one_line(
    examples_db: Path, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    args: list[str], code: int, says: str,
) -> None:
    # Writes go to a copy: the shared examples store stays as it was built.
    db = examples_db if args[0] not in ("ingest", "merge") else tmp_path / "scratch.db"
    with pytest.raises(SystemExit) as ended:
        main(["--db", str(db), *args])
    err = capsys.readouterr().err
    assert ended.value.code == code, err
    lines = [line for line in err.splitlines() if line.startswith("storyline: error:")]
    assert len(lines) == 1 and says in lines[0], err
    assert "Traceback" not in err


def test_a_bad_config_file_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = tmp_path / "storyline.toml"
    config.write_text("[storyline]\nno_such_setting = 1\n")
    with pytest.raises(SystemExit) as ended:
        main(["--config", str(config), "--db", str(tmp_path / "a.db"), "events"])
    err = capsys.readouterr().err
    assert ended.value.code == 2 and err.count("\n") == 1
    assert "unknown setting(s) no_such_setting" in err


def test_success_is_0(examples_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code: object = 0
    try:
        main(["--db", str(examples_db), "events", "--json"])
    except SystemExit as ended:  # click may end a successful command this way too
        code = ended.code
    assert code in (0, None)
    assert capsys.readouterr().out.startswith("[")
