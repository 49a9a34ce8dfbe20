"""The offline map (`id="map"` on `/` and `/events/{id}`): server-drawn SVG over the bundled
examples in a real SQLite store, read back from the HTML the app serves."""

from __future__ import annotations

import json
import math
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from fastapi.testclient import TestClient

from helpers_web import free_port
from storyline.errors import ConfigError
from storyline.exports import count_of, located_place
from storyline.service import EventFilter, Storyline
from storyline.web import create_app
from storyline.web.geomap import WORLD, build_map, marker_radius, world_shapes
from storyline.web.params import parse_time

SVG = "{http://www.w3.org/2000/svg}"


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


def test_events_page_maps_the_events_it_shows(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    html = examples_client.get("/").text
    svg = map_svg(html)
    shown = [examples_facade.get_event(e["id"]) for e in examples_facade.list_events(limit=25)]
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


def test_events_map_follows_the_filters(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    wanted = [e["id"] for e in examples_facade.list_events(EventFilter(q="earthquake"))]
    found = markers(map_svg(examples_client.get("/", params={"q": "earthquake"}).text))
    assert [href for href, _, _ in found] == [f"/events/{i}" for i in wanted]


def test_events_map_follows_the_as_of_time(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event, moment = _event_whose_toll_changed(examples_facade)
    html = examples_client.get("/", params={"as_of": moment}).text
    found = {href.split("?")[0]: (href, radius) for href, radius, _ in markers(map_svg(html))}
    href, radius = found[f"/events/{event['id']}"]
    as_of = parse_time(moment, "as_of", end_of_day=True)
    earlier = examples_facade.get_event(event["id"], as_of=as_of)
    assert radius == marker_radius(count_of(earlier, "killed")) != marker_radius(
        count_of(event, "killed")
    )
    assert "as_of=" in href  # the marker opens the event as known then
    later = [e["id"] for e in examples_facade.list_events() if e["first_reported"] > moment]
    assert not set(later) & {key.rsplit("/", 1)[1] for key in found}


def _event_whose_toll_changed(examples_facade: Storyline) -> tuple[dict[str, Any], str]:
    for summary in examples_facade.list_events():
        event = examples_facade.get_event(summary["id"])
        history = (event["facts"].get("killed") or {}).get("history") or []
        if located_place(event) and len({item["value"] for item in history}) > 1:
            return event, history[0]["reported"]
    raise AssertionError("no located example event whose killed count changed")


def test_event_page_maps_the_event_and_its_places(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    event, _ = _event_whose_toll_changed(examples_facade)
    svg = map_svg(examples_client.get(f"/events/{event['id']}").text)
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


def test_unlocated_event_page_shows_the_world(
    examples_client: TestClient, examples_facade: Storyline
) -> None:
    unlocated = [e for e in examples_facade.list_events() if located_place(e) is None]
    if not unlocated:
        pytest.skip("every example event is located")
    svg = map_svg(examples_client.get(f"/events/{unlocated[0]['id']}").text)
    assert markers(svg) == [] and len(svg.findall(f"{SVG}path")) > 150


def test_an_empty_store_still_shows_the_world(tmp_path: Path) -> None:
    with TestClient(create_app(str(tmp_path / "empty.db"))) as empty:
        for params in ({}, {"q": "nothing matches this"}):
            svg = map_svg(empty.get("/", params=params).text)
            assert markers(svg) == [] and len(svg.findall(f"{SVG}path")) > 150


# --------------------------------------------------------------------------- optional layers


def _square(name: str, code: str, lon: float, lat: float, half: float) -> dict[str, Any]:
    ring = [[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half],
            [lon - half, lat + half], [lon - half, lat - half]]
    return {"type": "Feature", "properties": {"name": name, "iso_a2": code},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def _regions_file(tmp_path: Path, event: dict[str, Any]) -> Path:
    """A GeoJSON file shaped like Natural Earth's admin-1 file: a region around the event's
    place, a neighbour beside it and one on the other side of the world."""
    place = located_place(event)
    assert place is not None
    lon, lat = float(place["lon"]), float(place["lat"])
    features = [_square("Home Province", str(place["country"]), lon, lat, 1.0),
                _square("Next Province", str(place["country"]), lon + 2.5, lat, 1.0),
                _square("Faraway Province", "ZZ", -lon, -lat, 1.0)]
    path = tmp_path / "admin1.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_region_outlines_from_a_regions_file(
    tmp_path: Path, examples_db: Path, examples_facade: Storyline
) -> None:
    event, _ = _event_whose_toll_changed(examples_facade)
    regions = _regions_file(tmp_path, event)
    with TestClient(create_app(str(examples_db), map_regions=str(regions))) as client:
        html = client.get(f"/events/{event['id']}").text
        svg = map_svg(html)
        drawn = {p.find(f"{SVG}title").text: p.attrib["class"]  # type: ignore[union-attr]
                 for p in svg.iter(f"{SVG}path") if "region" in p.attrib["class"].split()}
        # In view: the event's region (shaded: it holds the marker) and its neighbour.
        assert drawn == {"Home Province": "region active", "Next Province": "region"}
        assert "Region outlines: admin1.geojson" in html
        # The world view leaves regions out: at that scale they are noise.
        world = map_svg(client.get("/", params={"q": "nothing matches this"}).text)
        assert not [p for p in world.iter(f"{SVG}path") if "region" in p.attrib["class"]]


@pytest.mark.parametrize(
    ("settings", "says"),
    [
        ({"map_regions": "/nonexistent/admin1.geojson"}, "cannot read /nonexistent/admin1"),
        ({"map_tiles": "ftp://tiles.invalid/{z}/{x}/{y}.png"}, "not a tile URL template"),
        ({"map_tiles": "https://tiles.invalid/{z}/{x}.png"}, "not a tile URL template"),
    ],
)
def test_bad_map_settings_are_one_clear_error(
    tmp_path: Path, settings: dict[str, str], says: str
) -> None:
    with pytest.raises(ConfigError, match=re.escape(says)):
        create_app(str(tmp_path / "never-opened.db"), **settings)
    assert not (tmp_path / "never-opened.db").exists()


def test_bad_map_setting_stops_serve_with_exit_2(tmp_path: Path) -> None:
    config = tmp_path / "storyline.toml"
    config.write_text('[storyline]\nmap_regions = "missing.geojson"\n')
    run = subprocess.run(
        [sys.executable, "-m", "storyline", "--db", str(tmp_path / "a.db"), "--config",
         str(config), "serve", "--port", str(free_port())],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert run.returncode == 2, run.stderr
    assert run.stderr.count("\n") == 1 and "map_regions: cannot read missing.geojson" in run.stderr


def test_no_tiles_by_default(examples_client: TestClient) -> None:
    page = examples_client.get("/")
    assert "<image" not in page.text
    assert "img-src 'self' data:;" in page.headers["content-security-policy"]


def test_tiles_cover_the_map_under_the_markers(
    examples_db: Path, examples_facade: Storyline
) -> None:
    """With a tile template, the browser is sent tiles covering the whole frame (Web Mercator,
    the tiles' own projection) and the page's CSP allows that one origin; the server itself
    fetches nothing (the template's host does not even exist)."""
    template = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    event, _ = _event_whose_toll_changed(examples_facade)
    with TestClient(create_app(str(examples_db), map_tiles=template)) as client:
        page = client.get(f"/events/{event['id']}")
        assert "img-src 'self' data: http://127.0.0.1:9;" in page.headers[
            "content-security-policy"]
        svg = map_svg(page.text)
    tiles = [(float(i.attrib["x"]), float(i.attrib["y"]), float(i.attrib["width"]),
              i.attrib["href"]) for i in svg.iter(f"{SVG}image")]
    assert 1 <= len(tiles) <= 48
    assert all(re.fullmatch(r"http://127\.0\.0\.1:9/\d+/\d+/\d+\.png", t[3]) for t in tiles)
    width, height = (float(v) for v in svg.attrib["viewBox"].split()[2:])
    assert min(x for x, _, _, _ in tiles) <= 0 and min(y for _, y, _, _ in tiles) <= 0
    assert max(x + s for x, _, s, _ in tiles) >= width - 0.5
    assert max(y + s for _, y, s, _ in tiles) >= height - 0.5
    # The event's marker lies on the tile that holds its place at that zoom.
    place = located_place(event)
    assert place is not None
    zoom = int(tiles[0][3].split("/")[3])
    count = 2 ** zoom
    lat = math.radians(float(place["lat"]))
    tile_x = int((float(place["lon"]) + 180) / 360 * count)
    tile_y = int((1 - math.log(math.tan(lat) + 1 / math.cos(lat)) / math.pi) / 2 * count)
    x, y, size, _ = next(t for t in tiles if t[3].endswith(f"/{zoom}/{tile_x}/{tile_y}.png"))
    circle = next(c for c in svg.iter(f"{SVG}circle") if "event" in c.attrib["class"].split())
    assert x <= float(circle.attrib["cx"]) <= x + size
    assert y <= float(circle.attrib["cy"]) <= y + size
