"""Errors a careless user or an attacker provokes stay clear: one line per kind of bad record,
no raw control or bidi characters on the terminal or in pages, --json callers get JSON."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from storyline.cli import main
from storyline.ingest import read_inputs
from storyline.records import Article, InputFailure
from storyline.service import Storyline
from storyline.textsafety import for_terminal
from storyline.web import create_app

RLO = "\u202e"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = 0
    try:
        main(list(args))
    except SystemExit as done:
        code = int(done.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_csv_failing_on_every_row_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "sheet.csv"
    path.write_text("id,text\n" + "\n".join(f"{n},a,b,c,d" for n in range(200)) + "\n")
    [failure] = [i for i in read_inputs([str(path)]) if isinstance(i, InputFailure)]
    assert failure.input == f"{path}:2"
    assert failure.error.endswith(f"(199 more like it, the last at {path}:201)")


def test_control_and_bidi_characters_never_reach_the_terminal_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / f"report\x1b]0;pwned\x07{RLO}txt.json"  # sets the window title
    hostile.write_bytes(b"")
    code, _, err = run(capsys, "--db", str(tmp_path / "s.db"), "ingest", str(hostile))
    assert code == 1
    assert "\x1b" not in err and "\x07" not in err and RLO not in err
    assert "report\\u001b]0;pwned\\u0007\\u202etxt.json" in err


def test_json_output_stays_the_same_json_through_the_terminal_filter() -> None:
    text = json.dumps({"title": f"a\u0085b{RLO}c"}, ensure_ascii=False)
    assert json.loads(for_terminal(text, lines=True)) == json.loads(text)


def test_errors_are_json_on_stdout_for_json_callers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "foreign.db"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (x)")
    code, out, err = run(capsys, "--db", str(db), "events", "--json")
    assert code == 2 and err.startswith("storyline: error: ")
    assert json.loads(out)["error"]["message"] in err


def test_pages_drop_bidi_controls(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    article = Article(
        id="bidi-1",
        title=f"Fire in {RLO}nwotset",
        text="A fire in Testville injured 2 people on Monday, officials said.",
        published=datetime(2024, 3, 4, tzinfo=UTC),
    )
    with Storyline.open(str(db)) as app:
        app.ingest_articles([article])
    with TestClient(create_app(str(db))) as client:
        page = client.get("/articles/bidi-1")
        listing = client.get("/")
    assert page.status_code == 200 and "Fire in nwotset" in page.text
    assert RLO not in page.text and RLO not in listing.text


def test_a_lost_database_is_one_plain_line() -> None:
    import psycopg

    from storyline.cli import EXIT_USAGE, unexpected_error

    lost = psycopg.OperationalError(
        "consuming input failed: server closed the connection unexpectedly\n"
        "\tThis probably means the server terminated abnormally\n"
        "\tbefore or while processing the request."
    )
    message, code = unexpected_error(lost)
    assert code == EXIT_USAGE and "\n" not in message
    assert message.startswith("the database failed (consuming input failed: server closed")
    bug, _ = unexpected_error(KeyError("x\ny"))
    assert bug.startswith("internal error (KeyError: 'x") and "\n" not in bug
