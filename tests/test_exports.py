"""Exports (`storyline export`, `/api/export`): every format loaded back with the library an
analyst would use (csv, json), checked against the library's own event objects, on real stores
filled by the real pipeline with the bundled examples."""

from __future__ import annotations

import csv
import io
import json
import math
import re
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from helpers_web import EXAMPLES
from storyline.cli import cli
from storyline.exports import (
    ACLED_COLUMNS,
    FORMATS,
    TIMELINE17_SEPARATOR,
    export_chunks,
    located_place,
    safe_cell,
)
from storyline.extract.event_type import acled_types
from storyline.records import Article
from storyline.service import EventFilter, Storyline
from storyline.store import Store
from storyline.web.params import parse_time

ACLED_REQUIRED = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
)
GTD_REQUIRED = (
    "eventid", "iyear", "imonth", "iday", "country_txt", "city", "latitude", "longitude",
    "attacktype1_txt", "gname", "claimed", "nkill", "nwound", "summary",
)
FACTS_REQUIRED = (
    "event_id", "category", "value", "qualifier", "low", "high", "status", "reported",
    "article_id", "source", "evidence",
)
GEOJSON_PROPERTIES = {"id", "title", "event_type", "event_date", "killed", "injured"}


def export_cli(examples_db: Path, *args: str, tmp_path: Path) -> str:
    """`storyline export ARGS -o FILE` through the CLI; the file's text."""
    out = tmp_path / f"export-{len(list(tmp_path.iterdir()))}"
    result = CliRunner().invoke(cli, ["--db", str(examples_db), "export", *args, "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out.read_bytes().decode("utf-8")  # as written: CSV rows end in \r\n


def killed(event: dict[str, Any]) -> Any:
    fact = event["facts"].get("killed")
    return fact["current"]["value"] if fact and fact.get("current") else None


def events_of(examples_facade: Storyline, **filters: Any) -> list[dict[str, Any]]:
    listed = examples_facade.list_events(EventFilter(**filters))
    return [examples_facade.get_event(e["id"]) for e in listed]


# --------------------------------------------------------------------------- each format


def test_jsonl_is_one_event_json_object_per_line(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    lines = export_cli(examples_db, "--format", "jsonl", tmp_path=tmp_path).splitlines()
    expected = events_of(examples_facade)
    assert [json.loads(line) for line in lines] == expected
    assert len(expected) >= 3


def test_acled_csv_has_acleds_columns_and_values(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    text = export_cli(examples_db, "--format", "acled-csv", tmp_path=tmp_path)
    reader = csv.DictReader(io.StringIO(text))
    assert reader.fieldnames is not None
    assert set(ACLED_REQUIRED) <= set(reader.fieldnames)
    rows = list(reader)
    events = events_of(examples_facade)
    assert [row["event_id_cnty"] for row in rows] == [e["id"] for e in events]
    for row, event in zip(rows, events, strict=True):
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["event_date"]), row
        if event["event_date"]:
            assert row["event_date"] == event["event_date"]["value"]
        assert row["year"] == row["event_date"][:4]
        assert row["time_precision"] in ("1", "2", "3")
        assert int(row["fatalities"]) == (killed(event) or 0)
        place = located_place(event)
        if place is not None:
            assert math.isclose(float(row["latitude"]), place["lat"])
            assert math.isclose(float(row["longitude"]), place["lon"])
            assert row["location"] == place["name"]
        claimants = [c["actor"] for c in event["claims"] if c["kind"] == "claimed"]
        if claimants:
            assert row["actor1"] == claimants[0]
        for source in event["sources"]:
            if source["source"] != "unknown":
                assert source["source"] in row["source"].split("; ")
        assert str(event["title"]) in row["notes"] or row["notes"].startswith("'")
        # the family follows the type and whom the attack was against
        assert (row["disorder_type"], row["event_type"], row["sub_event_type"]) == acled_types(
            event["event_type"], event["target"])


def test_an_attack_on_armed_people_is_a_battle_in_acleds_terms() -> None:
    assert acled_types("shooting", "armed") == ("Political violence", "Battles", "Armed clash")
    assert acled_types("attack_on_civilians", "civilians")[1] == "Violence against civilians"
    assert acled_types("shooting", None)[1] == "Violence against civilians"
    assert acled_types("bombing", "armed")[1] == "Explosions/Remote violence"
    assert acled_types("fire", "armed") == ("", "fire", "")


def test_gtd_csv_has_the_gtd_columns(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    rows = list(csv.DictReader(io.StringIO(
        export_cli(examples_db, "--format", "gtd-csv", tmp_path=tmp_path)
    )))
    assert rows and set(GTD_REQUIRED) <= set(rows[0])
    events = {e["id"]: e for e in events_of(examples_facade)}
    assert [row["eventid"] for row in rows] == list(events)
    for row in rows:
        event = events[row["eventid"]]
        expected_kill = killed(event)
        assert row["nkill"] == ("" if expected_kill is None else str(expected_kill))
        claimed = any(c["kind"] == "claimed" for c in event["claims"])
        assert row["claimed"] == ("1" if claimed else "0")
        if event["event_date"] and event["event_date"]["precision"] == "day":
            day = event["event_date"]["value"]
            assert (row["iyear"], row["imonth"], row["iday"]) == (
                day[:4], str(int(day[5:7])), str(int(day[8:10]))
            )
    bombing = [r for r in rows if events[r["eventid"]]["event_type"] == "bombing"]
    assert bombing and all(r["attacktype1_txt"] == "Bombing/Explosion" for r in bombing)


def test_geojson_is_a_feature_collection_of_points(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    collection = json.loads(export_cli(examples_db, "--format", "geojson", tmp_path=tmp_path))
    assert collection["type"] == "FeatureCollection"
    events = {e["id"]: e for e in events_of(examples_facade)}
    located = [i for i, e in events.items() if located_place(e) is not None]
    assert [f["properties"]["id"] for f in collection["features"]] == located
    for feature in collection["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        event = events[feature["properties"]["id"]]
        assert any((p["lon"], p["lat"]) == (lon, lat) for p in event["places"])
        assert set(feature["properties"]) >= GEOJSON_PROPERTIES
        assert feature["properties"]["killed"] == killed(event)


def test_facts_csv_has_every_fact_version(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    rows = list(csv.DictReader(io.StringIO(
        export_cli(examples_db, "--format", "facts-csv", tmp_path=tmp_path)
    )))
    assert rows and set(FACTS_REQUIRED) <= set(rows[0])
    expected = [
        (e["id"], category, item)
        for e in events_of(examples_facade)
        for category, fact in sorted(e["facts"].items())
        for item in fact["history"]
    ]
    assert len(rows) == len(expected)
    for row, (event_id, category, item) in zip(rows, expected, strict=True):
        assert (row["event_id"], row["category"]) == (event_id, category)
        assert row["value"] == str(item["value"])
        assert row["status"] == item["status"]
        assert row["article_id"] == item["article_id"]
        assert row["reported"] == item["reported"]
    statuses = {row["status"] for row in rows}
    assert {"current", "superseded"} <= statuses


def test_timeline_is_in_the_timeline17_format(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    text = export_cli(examples_db, "--format", "timeline", tmp_path=tmp_path)
    blocks = [b.strip("\n") for b in text.split(TIMELINE17_SEPARATOR + "\n") if b.strip()]
    dates = [block.splitlines()[0] for block in blocks]
    assert dates == sorted(set(dates)) and dates
    known = {(item["date"], " ".join(item["text"].split()))
             for e in events_of(examples_facade) for item in e["timeline"]}
    for block in blocks:
        day, *sentences = block.splitlines()
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
        assert sentences and all((day, s) in known for s in sentences)


# --------------------------------------------------------------------------- selection


def test_event_option_exports_only_that_event(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    wanted = examples_facade.list_events()[-1]["id"]
    lines = export_cli(examples_db, "--format", "jsonl", "--event", wanted, tmp_path=tmp_path)
    assert [json.loads(line)["id"] for line in lines.splitlines()] == [wanted]


def test_as_of_exports_what_was_known_then(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    event, moment = _event_whose_toll_changed(examples_facade)
    text = export_cli(examples_db, "--format", "acled-csv", "--as-of", moment, tmp_path=tmp_path)
    rows = {row["event_id_cnty"]: row for row in csv.DictReader(io.StringIO(text))}
    as_of = parse_time(moment, "as_of", end_of_day=True)
    earlier = examples_facade.get_event(event["id"], as_of=as_of)
    assert int(rows[event["id"]]["fatalities"]) == killed(earlier) != killed(event)
    later = [e["id"] for e in examples_facade.list_events() if e["first_reported"] > moment]
    assert not set(later) & set(rows)


def _event_whose_toll_changed(examples_facade: Storyline) -> tuple[dict[str, Any], str]:
    for event in events_of(examples_facade):
        history = (event["facts"].get("killed") or {}).get("history") or []
        if len({item["value"] for item in history}) > 1:
            return event, history[0]["reported"]
    raise AssertionError("no example event whose killed count changed")


def test_query_and_since_select_like_the_events_list(
    examples_db: Path, examples_facade: Storyline, tmp_path: Path
) -> None:
    text = export_cli(examples_db, "--format", "jsonl", "--q", "earthquake", tmp_path=tmp_path)
    expected = [e["id"] for e in examples_facade.list_events(EventFilter(q="earthquake"))]
    assert [json.loads(line)["id"] for line in text.splitlines()] == expected
    assert 0 < len(expected) < len(examples_facade.list_events())
    newest = examples_facade.list_events()[0]["last_reported"]
    since = export_cli(examples_db, "--format", "jsonl", "--since", newest, tmp_path=tmp_path)
    moment = parse_time(newest, "since")
    assert [json.loads(line)["id"] for line in since.splitlines()] == [
        e["id"] for e in examples_facade.list_events(EventFilter(since=moment))
    ]


# --------------------------------------------------------------------------- safety, streaming


def test_text_cells_cannot_run_as_formulas_and_numbers_stay_numbers(tmp_path: Path) -> None:
    hostile = Article(
        id="formula-1",
        title="=HYPERLINK(\"http://evil.example\",\"click\") warehouse fire in Testville",
        text="-A fire at a warehouse in Testville killed 3 people on Monday, police said.",
        published=datetime(2030, 1, 2, 9, 0, tzinfo=UTC),
        source="@Hostile Source",
    )
    # Event titles are generated from the facts, so the article's own text reaches the export
    # through its source name: one source name reads as a formula.
    formula_source = Article(
        id="formula-2",
        title="Bus crash near Otherville",
        text="A bus crashed near Otherville on Tuesday, killing 2 people, police said.",
        published=datetime(2030, 3, 5, 9, 0, tzinfo=UTC),
        source='=HYPERLINK("http://evil.example","click")',
    )
    with Storyline.open(str(tmp_path / "s.db")) as storyline:
        storyline.ingest_articles([hostile, formula_source])
        storyline.ingest([str(EXAMPLES)])
        events = list(storyline.iter_events())
    rows = list(csv.DictReader(io.StringIO("".join(export_chunks(events, "acled-csv")))))
    cells = [value for row in rows for value in row.values()]
    numeric = re.compile(r"-?\d+(\.\d+)?")
    for cell in cells:
        assert not cell.startswith(("=", "+", "@")) or numeric.fullmatch(cell), cell
        if cell.startswith("-"):
            assert numeric.fullmatch(cell), cell
    formula = next(r for r in rows if "HYPERLINK" in r["source"])
    assert formula["source"].startswith("'=")
    assert any(r["source"] == "'@Hostile Source" for r in rows)
    assert any(r["longitude"].startswith("-") for r in rows)  # Tamale, Chiclayo: still numbers
    assert safe_cell(-3.5) == -3.5 and safe_cell("-3.5") == "-3.5" and safe_cell("+x") == "'+x"


def test_exports_stream_event_by_event(examples_facade: Storyline) -> None:
    """The first event's output is written before the second event is read."""
    first = next(e for e in events_of(examples_facade) if located_place(e) and e["facts"])

    def events() -> Iterator[dict[str, Any]]:
        yield first
        raise RuntimeError("the second event was read before the first was written")

    for name in ("jsonl", "acled-csv", "gtd-csv", "geojson", "facts-csv"):
        written = ""
        for chunk in export_chunks(events(), name):  # reading ahead raises the RuntimeError
            written += chunk
            if first["id"] in written:
                break
        assert first["id"] in written, name


# --------------------------------------------------------------------------- CLI and API


def test_cli_errors_are_one_line_usage_errors(examples_db: Path, tmp_path: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "storyline", "--db", str(examples_db), "export", *args],
            capture_output=True, text=True, timeout=300, check=False,
        )

    unknown = run("--format", "jsonl", "--event", "no-such-event")
    assert unknown.returncode == 2 and unknown.stdout == ""
    assert len(unknown.stderr.strip().splitlines()) == 1 and "no-such-event" in unknown.stderr
    bad = run("--format", "xlsx")
    assert bad.returncode == 2 and "acled-csv" in bad.stderr
    target = tmp_path / "missing-dir" / "out.csv"
    unwritable = run("--format", "acled-csv", "-o", str(target))
    assert unwritable.returncode == 2 and str(target) in unwritable.stderr
    done = run("--format", "geojson", "-o", str(tmp_path / "out.geojson"))
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "out.geojson").read_text())["type"] == "FeatureCollection"


@pytest.mark.parametrize("name", list(FORMATS))
def test_api_export_is_the_cli_export(
    name: str, examples_db: Path, examples_client: TestClient, examples_facade: Storyline,
    tmp_path: Path,
) -> None:
    event, moment = _event_whose_toll_changed(examples_facade)
    params = {"format": name, "as_of": moment}
    response = examples_client.get("/api/export", params=params)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith(FORMATS[name].media_type.split(";")[0])
    assert "attachment" in response.headers["content-disposition"]
    assert response.text == export_cli(examples_db, "--format", name, "--as-of", moment,
                                       tmp_path=tmp_path)
    one = examples_client.get("/api/export", params={"format": name, "event": event["id"]})
    assert one.text == export_cli(examples_db, "--format", name, "--event", event["id"],
                                  tmp_path=tmp_path)


def test_api_export_errors_use_the_error_shape(examples_client: TestClient) -> None:
    for params, status in (({}, 400), ({"format": "xlsx"}, 400),
                           ({"format": "jsonl", "event": "nope"}, 404),
                           ({"format": "jsonl", "as_of": "yesterday"}, 400)):
        response = examples_client.get("/api/export", params=params)
        assert response.status_code == status, (params, response.text)
        assert set(response.json()) == {"error"}
        assert set(response.json()["error"]) == {"code", "message"}
    unknown = examples_client.get("/api/export", params={"format": "x"}).json()
    assert "acled-csv" in unknown["error"]["message"]


def test_old_export_links_still_work(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    ids = [e["id"] for e in examples_facade.list_events()]
    lines = examples_client.get("/api/export.jsonl").text.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ids
    rows = list(csv.DictReader(io.StringIO(examples_client.get("/api/export.csv").text)))
    assert [row["event_id_cnty"] for row in rows] == ids
    assert list(rows[0]) == list(ACLED_COLUMNS)


# --------------------------------------------------------------------------- both stores


def test_exports_read_the_same_from_each_store(store: Store) -> None:
    """Exports read the same way from a SQLite and a PostgreSQL store."""
    storyline = Storyline(store)
    report = storyline.ingest([str(EXAMPLES)])
    assert report.ingested > 0
    events = list(storyline.iter_events())
    assert [e["id"] for e in events] == [e["id"] for e in storyline.list_events()]
    rows = list(csv.DictReader(io.StringIO("".join(export_chunks(events, "acled-csv")))))
    assert [int(r["fatalities"]) for r in rows] == [killed(e) or 0 for e in events]
    features = json.loads("".join(export_chunks(events, "geojson")))["features"]
    assert len(features) == sum(1 for e in events if located_place(e) is not None)


def test_exports_without_the_json_skip_the_per_report_explanations(
    examples_facade: Storyline,
) -> None:
    """The CSV, GeoJSON and timeline writers never read why each report is in its event, so
    they are fed events without it (it costs queries per report); the JSON Lines keep it."""
    assert [f.name for f in FORMATS.values() if f.explained] == ["jsonl"]
    lean = list(examples_facade.iter_events(explained=False))
    full = list(examples_facade.iter_events())
    assert [e["id"] for e in lean] == [e["id"] for e in full]
    explanations = {"members", "mentioned_in", "story"}
    for short, whole in zip(lean, full, strict=True):
        assert not explanations & set(short) and explanations <= set(whole)
        assert {k: v for k, v in whole.items() if k not in explanations} == short
