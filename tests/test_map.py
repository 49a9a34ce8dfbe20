"""The offline map (`id="map"` on `/` and `/events/{id}`): server-drawn SVG over the bundled
examples in a real SQLite store, read back from the HTML the app serves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from helpers_web import example_db
from storyline.exports import count_of, located_place
from storyline.service import EventFilter, Storyline
from storyline.web import create_app
from storyline.web.geomap import WORLD, build_map, marker_radius, world_shapes
from storyline.web.params import parse_time

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return example_db(tmp_path_factory)


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(db))) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def facade(db: Path) -> Iterator[Storyline]:
    with Storyline.open(str(db)) as storyline:
        yield storyline


def map_svg(html: str) -> ET.Element:
    """The map's <svg> element, parsed as XML (so it is well-formed on its own)."""
    match = re.search(r'<figure class="map" id="map">\s*(<svg.*?</svg>)', html, re.S)
    assert match, "no map on the page"
    svg = match.group(1).replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1)
    return ET.fromstring(svg)


def markers(svg: ET.Element) -> list[tuple[str, float, str]]:
    """(link, radius, class) of every marker."""
    found = []
    for link in svg.iter(f"{SVG}a"):
        circle = link.find(f"{SVG}circle")
        assert circle is not None
        found.append((link.attrib["href"], float(circle.attrib["r"]), circle.attrib["class"]))
    return found


def test_world_outlines_ship_with_the_install() -> None:
    shapes = world_shapes()
    assert len(shapes) > 150
    codes = {shape.code for shape in shapes}
    assert {"PE", "GH", "NL", "US", "FR", "IN"} <= codes
    world = build_map([])
    assert len(world.outlines) > 150 and not world.markers
    assert WORLD[0] == -180.0


def test_marker_size_grows_with_the_toll() -> None:
    sizes = [marker_radius(t) for t in (None, 0, 1, 10, 100, 1000, 100_000)]
    assert sizes == sorted(sizes) and sizes[0] == sizes[1] < sizes[2] < sizes[4]
    assert sizes[-1] == sizes[-2]  # capped, so one huge toll does not hide the map


def test_events_page_maps_the_events_it_shows(client: TestClient, facade: Storyline) -> None:
    html = client.get("/").text
    svg = map_svg(html)
    shown = [facade.get_event(e["id"]) for e in facade.list_events(limit=25)]
    located = [e for e in shown if located_place(e) is not None]
    found = markers(svg)
    assert sorted(href for href, _, _ in found) == sorted(f"/events/{e['id']}" for e in located)
    by_href = {href: radius for href, radius, _ in found}
    for event in located:
        assert by_href[f"/events/{event['id']}"] == marker_radius(count_of(event, "killed"))
    assert len(svg.findall(f"{SVG}path")) > 20
    unlocated = len(shown) - len(located)
    if unlocated:
        assert f"{unlocated} without a located place" in html


def test_events_map_follows_the_filters(client: TestClient, facade: Storyline) -> None:
    wanted = [e["id"] for e in facade.list_events(EventFilter(q="earthquake"))]
    found = markers(map_svg(client.get("/", params={"q": "earthquake"}).text))
    assert [href for href, _, _ in found] == [f"/events/{i}" for i in wanted]


def test_events_map_follows_the_as_of_time(client: TestClient, facade: Storyline) -> None:
    event, moment = _event_whose_toll_changed(facade)
    html = client.get("/", params={"as_of": moment}).text
    found = {href.split("?")[0]: (href, radius) for href, radius, _ in markers(map_svg(html))}
    href, radius = found[f"/events/{event['id']}"]
    as_of = parse_time(moment, "as_of", end_of_day=True)
    earlier = facade.get_event(event["id"], as_of=as_of)
    assert radius == marker_radius(count_of(earlier, "killed")) != marker_radius(
        count_of(event, "killed")
    )
    assert "as_of=" in href  # the marker opens the event as known then
    later = [e["id"] for e in facade.list_events() if e["first_reported"] > moment]
    assert not set(later) & {key.rsplit("/", 1)[1] for key in found}


def _event_whose_toll_changed(facade: Storyline) -> tuple[dict[str, Any], str]:
    for summary in facade.list_events():
        event = facade.get_event(summary["id"])
        history = (event["facts"].get("killed") or {}).get("history") or []
        if located_place(event) and len({item["value"] for item in history}) > 1:
            return event, history[0]["reported"]
    raise AssertionError("no located example event whose killed count changed")


def test_event_page_maps_the_event_and_its_places(
    client: TestClient, facade: Storyline
) -> None:
    event, _ = _event_whose_toll_changed(facade)
    svg = map_svg(client.get(f"/events/{event['id']}").text)
    found = markers(svg)
    main = [m for m in found if "event" in m[2].split()]
    assert [href for href, _, _ in main] == [f"/events/{event['id']}"]
    assert main[0][1] == marker_radius(count_of(event, "killed"))
    others = [p for p in event["places"] if p["lat"] is not None and p["kind"] != "country"]
    assert len(found) == len(others)  # the located place itself, then the other towns
    country = located_place(event)["country"]  # type: ignore[index]
    active = [p for p in svg.iter(f"{SVG}path") if "active" in p.attrib["class"]]
    names = {shape.code: shape.name for shape in world_shapes()}
    assert [p.find(f"{SVG}title").text for p in active] == [names[country]]  # type: ignore[union-attr]


def test_unlocated_event_page_shows_the_world(client: TestClient, facade: Storyline) -> None:
    unlocated = [e for e in facade.list_events() if located_place(e) is None]
    if not unlocated:
        pytest.skip("every example event is located")
    svg = map_svg(client.get(f"/events/{unlocated[0]['id']}").text)
    assert markers(svg) == [] and len(svg.findall(f"{SVG}path")) > 150


def test_an_empty_store_still_shows_the_world(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "empty.db"))) as empty:
        for params in ({}, {"q": "nothing matches this"}):
            svg = map_svg(empty.get("/", params=params).text)
            assert markers(svg) == [] and len(svg.findall(f"{SVG}path")) > 150
