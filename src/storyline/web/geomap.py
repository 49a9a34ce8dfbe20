"""Geometry of the server-drawn map: country outlines and event markers as SVG coordinates.

The outlines are the Natural Earth 1:110m country shapes that the `countryinfo` package ships
(no tile server, no network: the map renders offline and without JavaScript). The projection is
equirectangular with longitudes shrunk by the cosine of the middle latitude, which keeps shapes
recognisable at the zoom of one country or region. Markers are sized by the event's death toll
on a fixed square-root scale, so sizes compare across pages. The template draws the result, so
every title is escaped.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from storyline.exports import count_of, located_place
from storyline.web.views import hedged_count, path_segment

WIDTH, HEIGHT = 720, 330
WORLD = (-180.0, -58.0, 180.0, 84.0)  # lon/lat box of the world view (Antarctica left out)
MIN_SPAN = (24.0, 14.0)  # degrees: one event is shown with its region around it
PADDING = 0.25  # of the markers' span, on each side
MIN_STEP = 0.6  # px: outline points closer than this to the last one kept are dropped

Ring = tuple[tuple[float, float], ...]
Box = tuple[float, float, float, float]  # west, south, east, north


@dataclass(frozen=True, slots=True)
class CountryShape:
    code: str  # ISO 3166-1 alpha-2 ("" when the package has none)
    name: str
    rings: tuple[Ring, ...]
    box: Box


@dataclass(frozen=True, slots=True)
class MapPlace:
    """What a marker stands for: an event (or one of its places) at a point."""

    event_id: str
    label: str  # tooltip and accessible name
    lon: float
    lat: float
    toll: float | None  # deaths, for the marker's size
    country: str | None
    primary: bool = True  # the event's own marker; False for its other named places


@dataclass(frozen=True, slots=True)
class Marker:
    x: float
    y: float
    r: float
    href: str
    label: str
    css: str


@dataclass(frozen=True, slots=True)
class Outline:
    name: str
    d: str  # SVG path data (numbers and commands only)
    active: bool  # a country with a marker


@dataclass(frozen=True, slots=True)
class MapView:
    width: int
    height: int
    outlines: tuple[Outline, ...]
    markers: tuple[Marker, ...]
    label: str
    unlocated: int  # events shown on the page that have no coordinates


@lru_cache(maxsize=1)
def world_shapes() -> tuple[CountryShape, ...]:
    """Every country outline of the package, read once per process (about 10,000 points)."""
    from countryinfo import CountryInfo

    shapes = []
    for info in CountryInfo.all().values():
        rings = tuple(_rings((info.get("geoJSON") or {}).get("features") or []))
        if rings:
            code = str((info.get("ISO") or {}).get("alpha2") or "")
            shapes.append(CountryShape(code, str(info.get("name") or code), rings, _box(rings)))
    return tuple(shapes)


def _rings(features: Iterable[Mapping[str, Any]]) -> Iterable[Ring]:
    for feature in features:
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            for ring in polygon:
                if len(ring) >= 3:
                    yield tuple((float(lon), float(lat)) for lon, lat, *_ in ring)


def _box(rings: Sequence[Ring]) -> Box:
    lons = [lon for ring in rings for lon, _ in ring]
    lats = [lat for ring in rings for _, lat in ring]
    return min(lons), min(lats), max(lons), max(lats)


# --------------------------------------------------------------------------- places


def event_places(event: Mapping[str, Any], *, with_other_places: bool = False) -> list[MapPlace]:
    """The event's marker at its located place (as the exports locate it) and, on its own page,
    its other named places with coordinates."""
    main = located_place(event)
    if main is None:
        return []
    title = str(event.get("title") or event.get("id"))
    toll = count_of(event, "killed")
    counts = [hedged_count(c, _current(event, c)) for c in ("killed", "injured")
              if _current(event, c)]
    label = f"{title} ({main.get('name')}): {', '.join(counts)}" if counts else (
        f"{title} ({main.get('name')})")
    event_id = str(event.get("id"))
    found = [MapPlace(event_id, label, float(main["lon"]), float(main["lat"]),
                      float(toll) if toll is not None else None, main.get("country"))]
    if with_other_places:
        for place in event.get("places") or []:
            if place is main or place.get("lat") is None or place.get("lon") is None:
                continue
            if place.get("kind") == "country":
                continue  # the country is drawn as an outline, its capital is not the event
            found.append(MapPlace(event_id, f"Also named: {place.get('name')}",
                                  float(place["lon"]), float(place["lat"]), None,
                                  place.get("country"), primary=False))
    return found


def _current(event: Mapping[str, Any], category: str) -> Mapping[str, Any] | None:
    fact = (event.get("facts") or {}).get(category)
    if not isinstance(fact, Mapping):
        return None
    current = fact.get("current", fact)
    return current if isinstance(current, Mapping) and current.get("value") is not None else None


# --------------------------------------------------------------------------- layout


def build_map(
    places: Sequence[MapPlace], *, unlocated: int = 0, link_query: str = ""
) -> MapView:
    """The map of `places`: zoomed to them (the world when there are none), markers linking to
    their events (`link_query` is appended to each link, e.g. "?as_of=...")."""
    return _build_map(tuple(places), unlocated, link_query)


@lru_cache(maxsize=128)
def _build_map(places: tuple[MapPlace, ...], unlocated: int, link_query: str) -> MapView:
    # Cached: the same page of events draws the same map, and outlines cost ~10 ms to project.
    box = _view_box(places)
    project = _projection(box)
    # Only the events' own countries are shaded: a town merely named in a report is not the
    # event's place, and may be a wrong reading of a name.
    shown = {p.country for p in places if p.country and p.primary}
    outlines = tuple(
        Outline(shape.name, _path(shape.rings, project), shape.code in shown)
        for shape in world_shapes()
        if _overlaps(shape.box, box)
    )
    # Large markers first, so that small ones stay visible (and clickable) on top; the small
    # dots of other named places last.
    ordered = sorted(places, key=lambda p: (not p.primary, -(p.toll or 0)))
    markers = tuple(_marker(place, project, link_query) for place in ordered)
    events = len({p.event_id for p in places if p.primary})
    label = f"Map of {events} event{'s' if events != 1 else ''}"
    return MapView(WIDTH, HEIGHT, tuple(o for o in outlines if o.d), markers, label, unlocated)


def _view_box(places: Sequence[MapPlace]) -> Box:
    if not places:
        return WORLD
    west, east = min(p.lon for p in places), max(p.lon for p in places)
    south, north = min(p.lat for p in places), max(p.lat for p in places)
    pad_x = max((east - west) * PADDING, (MIN_SPAN[0] - (east - west)) / 2, 0)
    pad_y = max((north - south) * PADDING, (MIN_SPAN[1] - (north - south)) / 2, 0)
    west, east = max(west - pad_x, -180.0), min(east + pad_x, 180.0)
    south, north = max(south - pad_y, -85.0), min(north + pad_y, 85.0)
    return _fit_aspect((west, south, east, north))


def _fit_aspect(box: Box) -> Box:
    """Widen the box in one direction so that it fills the map's frame without distortion."""
    west, south, east, north = box
    shrink = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * shrink, north - south
    wanted = WIDTH / HEIGHT
    if width / height < wanted:
        extra = (height * wanted / shrink - (east - west)) / 2
        return west - extra, south, east + extra, north
    extra = (width / wanted - height) / 2
    return west, south - extra, east, north + extra


def _projection(box: Box) -> Any:
    west, south, east, north = box
    shrink = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * shrink)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * shrink * scale, (north - lat) * scale

    return project


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and a[2] >= b[0] and a[1] <= b[3] and a[3] >= b[1]


def _path(rings: Sequence[Ring], project: Any) -> str:
    parts = []
    for ring in rings:
        points = _thin([project(lon, lat) for lon, lat in ring])
        if len(points) >= 3:
            parts.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def _thin(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Drop points that would not show at this scale (a world view needs a tenth of them)."""
    kept = [points[0]]
    for x, y in points[1:]:
        last_x, last_y = kept[-1]
        if abs(x - last_x) + abs(y - last_y) >= MIN_STEP:
            kept.append((x, y))
    return kept


def marker_radius(toll: float | None) -> float:
    """4 px without deaths, growing with the square root of the toll (area ~ deaths), <= 22."""
    if not toll or toll <= 0:
        return 4.0
    return round(min(22.0, 5.0 + 1.5 * math.sqrt(toll)), 1)


def _marker(place: MapPlace, project: Any, link_query: str) -> Marker:
    x, y = project(place.lon, place.lat)
    if not place.primary:
        return Marker(round(x, 1), round(y, 1), 3.0, _href(place, link_query), place.label,
                      "place")
    css = "event with-toll" if place.toll else "event"
    return Marker(round(x, 1), round(y, 1), marker_radius(place.toll), _href(place, link_query),
                  place.label, css)


def _href(place: MapPlace, link_query: str) -> str:
    return f"/events/{path_segment(place.event_id)}{link_query}"
