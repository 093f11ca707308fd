"""Located events as GeoJSON (RFC 7946), so a map tool (QGIS, geojson.io, kepler.gl,
Leaflet) opens them: one Point feature per event whose place has coordinates, with the
event's code, actors, dates, place and evidence as properties.

Coordinates are WGS84 longitude then latitude, as RFC 7946 orders them; events at a
place without coordinates (a name no gazetteer knows) are left out, as a map cannot
show them (``kg query --saved events_by_place`` lists them).
"""

from __future__ import annotations

import json
from typing import Any

from kg.queries import saved_query
from kg.store import Store

__all__ = ["geojson"]

NUMBERS = ("quad_class", "goldstein")


def _value(name: str, value: object) -> object:
    if value is None:
        return None
    text = str(value)
    if name in NUMBERS:
        return int(text) if name == "quad_class" else float(text)
    if name == "negated":
        return text == "true"
    return text


def geojson(store: Store) -> bytes:
    """The store's located events as a GeoJSON FeatureCollection (UTF-8, one per line
    end, deterministic: features in article and event order)."""
    features: list[dict[str, Any]] = []
    for row in store.rows(saved_query("located_events")):
        properties = {
            name: _value(name, row.get(name))
            for name in (
                "label",
                "cameo",
                "quad_class",
                "goldstein",
                "negated",
                "source",
                "target",
                "location",
                "place",
                "article",
                "date",
                "event_date",
                "evidence",
            )
        }
        features.append(
            {
                "type": "Feature",
                "id": str(row["event"]),
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(str(row["long"])), float(str(row["lat"]))],
                },
                "properties": properties,
            }
        )
    collection = {"type": "FeatureCollection", "features": features}
    return (json.dumps(collection, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
