"""Distances on the earth's surface and countries' names, shared by the stages that compare,
export or place reports."""

from __future__ import annotations

import math
from functools import lru_cache

_EARTH_RADIUS_KM = 6371.0


def distance_km(one: tuple[float, float], other: tuple[float, float]) -> float:
    """Great-circle distance (haversine) between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (one[0], one[1], other[0], other[1]))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@lru_cache(maxsize=512)
def country_names(code: str) -> tuple[str, str]:
    """(English name, ISO 3166-1 numeric) of an alpha-2 code (the name people write: "Iran",
    "South Korea", not the official "Iran, Islamic Republic of"); the code itself and "" if
    unknown."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code, ""
    name = getattr(country, "common_name", None) or country.name
    return str(name), str(int(country.numeric))
