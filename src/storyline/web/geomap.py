"""Geometry of the server-drawn map: country outlines and event markers as SVG coordinates.

The outlines are the Natural Earth 1:110m country shapes that the `countryinfo` package ships
(no tile server, no network: the map renders offline and without JavaScript). The projection is
equirectangular with longitudes shrunk by the cosine of the middle latitude, which keeps shapes
recognisable at the zoom of one country or region. Markers are sized by the event's death toll
on a fixed square-root scale, so sizes compare across pages. The template draws the result, so
every title is escaped.

Two optional layers come from the settings (`MapLayers`, off by default): region (admin-1)
outlines read from a local GeoJSON file such as Natural Earth's admin_1_states_provinces, and the
images of a tile server the reader's browser fetches (`map_tiles`, a URL template). With tiles the
projection is Web Mercator, the tiles' own, so outlines and markers sit on them.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from storyline.errors import ConfigError
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
class Tile:
    x: float
    y: float
    size: float  # px on the map (tiles are square in Web Mercator)
    href: str


@dataclass(frozen=True, slots=True)
class MapView:
    width: int
    height: int
    outlines: tuple[Outline, ...]
    markers: tuple[Marker, ...]
    label: str
    unlocated: int  # events shown on the page that have no coordinates
    regions: tuple[Outline, ...] = ()  # admin-1 outlines, when a regions file is set
    tiles: tuple[Tile, ...] = ()  # a tile server's images under the outlines, when set
    credits: str = ""  # where the optional layers come from


# eq=False: one object per app, compared and hashed by identity (the map cache keys on it).
@dataclass(frozen=True, slots=True, eq=False)
class MapLayers:
    """The optional layers of the map, from the settings; none by default."""

    tiles: str | None = None  # URL template with {z}, {x} and {y}, fetched by the browser
    regions: tuple[CountryShape, ...] = ()
    regions_source: str = ""  # the file's name, credited under the map

    @property
    def tile_origin(self) -> str | None:
        """scheme://host[:port] of the tile server, for the page's Content-Security-Policy."""
        if not self.tiles:
            return None
        parts = urlsplit(self.tiles)
        return f"{parts.scheme}://{parts.netloc}"


NO_LAYERS = MapLayers()
TILE_SIZE = 256
MAX_TILES = 48  # per map: a coarser zoom rather than a page that loads a hundred images


def map_layers(tiles: str | None = None, regions_file: str | None = None) -> MapLayers:
    """The layers the settings ask for, checked: a clear ConfigError names a bad value."""
    if tiles is not None:
        tiles = tiles.strip() or None
    if tiles is not None:
        parts = urlsplit(tiles)
        missing = [p for p in ("{z}", "{x}", "{y}") if p not in tiles]
        if parts.scheme not in ("http", "https") or not parts.netloc or missing:
            raise ConfigError(
                f"map_tiles={tiles!r} is not a tile URL template; write it as "
                "https://HOST/{z}/{x}/{y}.png (or leave it unset for the offline map)")
    if not regions_file:
        return MapLayers(tiles)
    return MapLayers(tiles, read_regions(regions_file), Path(regions_file).name)


def read_regions(path: str) -> tuple[CountryShape, ...]:
    """Region outlines from a GeoJSON FeatureCollection (Natural Earth's admin-1 file, or any
    with a `name` property per feature and optionally `iso_a2`)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except OSError as error:
        raise ConfigError(f"map_regions: cannot read {path} ({error.strerror}); check the path"
                          ) from None
    except ValueError as error:
        raise ConfigError(f"map_regions: {path} is not JSON ({error}); give a GeoJSON file"
                          ) from None
    features = data.get("features") if isinstance(data, dict) else None
    if not isinstance(features, list):
        raise ConfigError(f"map_regions: {path} is not a GeoJSON FeatureCollection")
    shapes = []
    for feature in features:
        if not isinstance(feature, dict):
            continue
        rings = tuple(_rings([feature]))
        if rings:
            props = feature.get("properties") or {}
            code = str(props.get("iso_a2") or props.get("ISO_A2") or "")
            name = str(props.get("name") or props.get("NAME") or props.get("name_en") or "")
            shapes.append(CountryShape(code, name or "region", rings, _box(rings)))
    if not shapes:
        raise ConfigError(f"map_regions: {path} has no polygon features")
    return tuple(shapes)


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
    places: Sequence[MapPlace], *, unlocated: int = 0, link_query: str = "",
    layers: MapLayers = NO_LAYERS,
) -> MapView:
    """The map of `places`: zoomed to them (the world when there are none), markers linking to
    their events (`link_query` is appended to each link, e.g. "?as_of=...")."""
    return _build_map(tuple(places), unlocated, link_query, layers)


@lru_cache(maxsize=128)
def _build_map(
    places: tuple[MapPlace, ...], unlocated: int, link_query: str, layers: MapLayers
) -> MapView:
    # Cached: the same page of events draws the same map, and outlines cost ~10 ms to project.
    mercator = layers.tiles is not None
    box = _view_box(places, mercator)
    project = _projection(box, mercator)
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
    return MapView(
        WIDTH, HEIGHT, tuple(o for o in outlines if o.d), markers, label, unlocated,
        regions=_regions(layers, box, project, [p for p in places if p.primary]),
        tiles=_tiles(layers.tiles, box) if layers.tiles else (),
        credits=_credits(layers),
    )


def _credits(layers: MapLayers) -> str:
    credits = []
    if layers.regions:
        credits.append(f"Region outlines: {layers.regions_source}")
    if layers.tiles:
        credits.append(f"Tiles: {layers.tile_origin}")
    return "; ".join(credits)


REGIONS_UP_TO = 60.0  # degrees of longitude: wider views (the world) leave regions out


def _regions(
    layers: MapLayers, box: Box, project: Callable[[float, float], tuple[float, float]],
    places: Sequence[MapPlace],
) -> tuple[Outline, ...]:
    """Region outlines in view (only when zoomed in: at world scale they are noise); a region
    holding an event's marker is shaded."""
    if not layers.regions or box[2] - box[0] > REGIONS_UP_TO:
        return ()
    drawn = []
    for shape in layers.regions:
        if not _overlaps(shape.box, box):
            continue
        d = _path(shape.rings, project)
        if d:
            active = any(_contains(shape, place.lon, place.lat) for place in places)
            drawn.append(Outline(shape.name, d, active))
    return tuple(drawn)


def _contains(shape: CountryShape, lon: float, lat: float) -> bool:
    """Whether the point is inside the shape (even-odd rule over all its rings)."""
    west, south, east, north = shape.box
    if not (west <= lon <= east and south <= lat <= north):
        return False
    inside = False
    for ring in shape.rings:
        previous = ring[-1]
        for point in ring:
            (x1, y1), (x2, y2) = previous, point
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
            previous = point
    return inside


def _view_box(places: Sequence[MapPlace], mercator: bool = False) -> Box:
    if not places:
        return _fit_aspect(WORLD, mercator) if mercator else WORLD
    west, east = min(p.lon for p in places), max(p.lon for p in places)
    south, north = min(p.lat for p in places), max(p.lat for p in places)
    pad_x = max((east - west) * PADDING, (MIN_SPAN[0] - (east - west)) / 2, 0)
    pad_y = max((north - south) * PADDING, (MIN_SPAN[1] - (north - south)) / 2, 0)
    west, east = max(west - pad_x, -180.0), min(east + pad_x, 180.0)
    south, north = max(south - pad_y, -85.0), min(north + pad_y, 85.0)
    return _fit_aspect((west, south, east, north), mercator)


MERCATOR_LIMIT = 85.05  # Web Mercator's square world ends here


def _mercator_y(lat: float) -> float:
    """Web Mercator's northing in degrees of longitude (so both axes share one unit)."""
    lat = max(-MERCATOR_LIMIT, min(MERCATOR_LIMIT, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _latitude(northing: float) -> float:
    return math.degrees(2 * math.atan(math.exp(math.radians(northing))) - math.pi / 2)


def _fit_aspect(box: Box, mercator: bool = False) -> Box:
    """Widen the box in one direction so that it fills the map's frame without distortion."""
    west, south, east, north = box
    wanted = WIDTH / HEIGHT
    if mercator:
        low, high = _mercator_y(south), _mercator_y(north)
        width, height = east - west, high - low
        if width / height < wanted:
            extra = (height * wanted - width) / 2
            return west - extra, south, east + extra, north
        extra = (width / wanted - height) / 2
        return west, _latitude(low - extra), east, _latitude(high + extra)
    shrink = math.cos(math.radians((south + north) / 2))
    width, height = (east - west) * shrink, north - south
    if width / height < wanted:
        extra = (height * wanted / shrink - (east - west)) / 2
        return west - extra, south, east + extra, north
    extra = (width / wanted - height) / 2
    return west, south - extra, east, north + extra


def _projection(box: Box, mercator: bool = False) -> Callable[[float, float], tuple[float, float]]:
    west, south, east, north = box
    if mercator:
        top = _mercator_y(north)
        scale = WIDTH / (east - west)

        def web_mercator(lon: float, lat: float) -> tuple[float, float]:
            return (lon - west) * scale, (top - _mercator_y(lat)) * scale

        return web_mercator
    shrink = math.cos(math.radians((south + north) / 2))
    scale = WIDTH / ((east - west) * shrink)

    def project(lon: float, lat: float) -> tuple[float, float]:
        return (lon - west) * shrink * scale, (north - lat) * scale

    return project


def _tiles(template: str, box: Box) -> tuple[Tile, ...]:
    """The tiles covering the box at the zoom whose tiles are closest to their own 256 px."""
    west, south, east, north = box
    zoom = max(0, min(18, round(math.log2(WIDTH * 360 / (TILE_SIZE * (east - west))))))
    while True:
        count = 2 ** zoom
        first_x, last_x = _tile_x(west, count), _tile_x(east, count)
        first_y, last_y = _tile_y(north, count), _tile_y(south, count)
        if (last_x - first_x + 1) * (last_y - first_y + 1) <= MAX_TILES or zoom == 0:
            break
        zoom -= 1
    size = WIDTH / (east - west) * 360 / count
    top = _mercator_y(north)
    tiles = []
    for ty in range(first_y, last_y + 1):
        for tx in range(first_x, last_x + 1):
            x = (tx * 360 / count - 180 - west) * WIDTH / (east - west)
            y = (top - (180 - ty * 360 / count)) * WIDTH / (east - west)
            href = (template.replace("{z}", str(zoom)).replace("{x}", str(tx))
                    .replace("{y}", str(ty)))
            tiles.append(Tile(round(x, 1), round(y, 1), round(size, 1), href))
    return tuple(tiles)


def _tile_x(lon: float, count: int) -> int:
    return max(0, min(count - 1, math.floor((lon + 180) / 360 * count)))


def _tile_y(lat: float, count: int) -> int:
    return max(0, min(count - 1, math.floor((180 - _mercator_y(lat)) / 360 * count)))


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] <= b[2] and a[2] >= b[0] and a[1] <= b[3] and a[3] >= b[1]


def _path(rings: Sequence[Ring], project: Callable[[float, float], tuple[float, float]]) -> str:
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
