"""Distances on the earth's surface, shared by the stages that compare places."""

from __future__ import annotations

import math

_EARTH_RADIUS_KM = 6371.0


def distance_km(one: tuple[float, float], other: tuple[float, float]) -> float:
    """Great-circle distance (haversine) between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (one[0], one[1], other[0], other[1]))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * _EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
