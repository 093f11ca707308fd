"""What the page shows, as plain data: the actors it draws, where, and in what colours;
its edges, one per actor pair and event type; every event, for the panels and filters.

The page (``template.html`` and ``page.js``) only filters and draws this. It shows an
actor that takes part in an event (with another actor, or alone: "the United States
appealed for a ceasefire"), and an affiliation ("Michael Herzog → Israel") where one of
its two actors does; every other actor of the store stays off the page, and off its
layout. The same rule, applied in the browser with the filters on, hides an actor the
filters leave without an event.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

import networkx as nx

from kg.ontology import load_ontology
from kg.viz.analytics import analyse
from kg.viz.layout import layout

__all__ = [
    "AFFILIATION",
    "NONE_COLOR",
    "OTHER_COLOR",
    "PALETTE",
    "edge_color",
    "page_data",
    "role_names",
    "type_colors",
]

# Tableau 10: actor types take its colours in the order the ontology lists them; the
# most frequent countries and roles on a page take them in that order.
PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
)
OTHER_COLOR = "#bab0ac"  # a type past nine, a country or role past the nine most frequent
NONE_COLOR = "#e6e6e6"  # an actor without a country, or without a role code
AFFILIATION = "AFFILIATED_WITH"
# Of two or more edges between the same two actors, the k-th one way is curved by this
# much more than the one before (the other way curves to the other side).
CURVE = (0.15, 0.2)


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], share: float) -> str:
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def edge_color(goldstein: float) -> str:
    """A colour on the conflict ↔ cooperation scale: red at -10, grey at 0, green at +10."""
    grey, red, green = (0x99, 0x99, 0x99), (0xD6, 0x27, 0x28), (0x2C, 0xA0, 0x2C)
    share = min(abs(goldstein), 10.0) / 10.0
    return _mix(grey, red if goldstein < 0 else green, share)


def type_colors() -> dict[str, str]:
    """A colour for each actor type of the ontology (the last one shared past nine)."""
    types = load_ontology().actor_types
    return {name: PALETTE[min(i, len(PALETTE) - 1)] for i, name in enumerate(types)}


def role_names() -> dict[str, str]:
    """The words for each CAMEO role code (``kg/data/cameo_roles.tsv``): GOV government."""
    text = files("kg").joinpath("data", "cameo_roles.tsv").read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    rows = csv.DictReader(lines, delimiter="\t")
    return {row["code"]: row["name"] for row in rows}


def _str(attrs: dict[str, Any], name: str) -> str:
    value = attrs.get(name)
    return "" if value is None else str(value)


def _event(key: str, source: str, target: str, attrs: dict[str, Any]) -> dict[str, object]:
    return {
        "id": key,
        "source": source,
        "target": target,
        "event": _str(attrs, "event"),
        "cameo": _str(attrs, "cameo"),
        "goldstein": float(attrs.get("goldstein") or 0.0),
        "modality": _str(attrs, "modality") or "asserted",
        "negated": bool(attrs.get("negated", False)),
        "said_by": _str(attrs, "said_by"),
        "evidence": _str(attrs, "evidence"),
        "article": _str(attrs, "article"),
        "date": _str(attrs, "date"),
        "location": _str(attrs, "location"),
    }


def _events(graph: nx.MultiDiGraph[str]) -> list[dict[str, object]]:
    """Every event of the graph, between two actors or on one, sorted by date, article
    and key."""
    events = [
        _event(str(key), source, target, attrs)
        for source, target, key, attrs in graph.edges(keys=True, data=True)
        if attrs.get("kind", "event") != "affiliation"
    ]
    for _node, attrs in graph.nodes(data=True):
        for solo in attrs.get("solo") or ():
            events.append(_event(str(solo["key"]), str(solo["source"]), str(solo["target"]), solo))
    return sorted(events, key=lambda e: (str(e["date"]), str(e["article"]), str(e["id"])))


def _curves(pairs: Iterable[tuple[str, str]]) -> list[float]:
    """The roundness of each edge of ``pairs`` (one per edge, in order): 0, a straight
    line, for an edge alone between its two actors; else the k-th edge one way gets
    ``CURVE[0] + k * CURVE[1]`` (vis-network's curvedCW bends the other way's edges to
    the other side)."""
    pairs = list(pairs)
    between = Counter(tuple(sorted(pair)) for pair in pairs)
    seen: Counter[tuple[str, str]] = Counter()
    curves = []
    for pair in pairs:
        if between[tuple(sorted(pair))] == 1:
            curves.append(0.0)
        else:
            curves.append(round(CURVE[0] + seen[pair] * CURVE[1], 2))
        seen[pair] += 1
    return curves


def _smooth(curve: float) -> dict[str, object]:
    """vis-network's ``smooth`` for an edge of this roundness: a straight line (quicker to
    draw and to hit with the mouse than a curve) for an edge alone between its actors."""
    if not curve:
        return {"enabled": False}
    return {"enabled": True, "type": "curvedCW", "roundness": curve}


def _ranked_values(
    shown: list[str], values: dict[str, list[str]]
) -> tuple[list[str], dict[str, int]]:
    """Values (countries, roles) in order of how many shown actors have them, and those
    counts."""
    counts = Counter(v for node in shown for v in values[node])
    order = sorted(counts, key=lambda v: (-counts[v], v))
    return order, dict(counts)


def _color_of(order: list[str], value: str) -> str:
    index = order.index(value)
    return PALETTE[index] if index < len(PALETTE) else OTHER_COLOR


def node_title(attrs: dict[str, Any], solo: int) -> str:
    """An actor's tooltip: name, type, coding, centralities, title, affiliation."""
    lines = [_str(attrs, "label"), _str(attrs, "type")]
    for name, caption in (
        ("code", "CAMEO code"),
        ("role_codes", "role codes"),
        ("country", "country"),
        ("wikidata", "Wikidata"),
    ):
        if attrs.get(name):
            lines.append(f"{caption}: {attrs[name]}")
    if "degree" in attrs:
        lines.append(f"degree {attrs['degree']} · betweenness {attrs['betweenness']}")
        lines.append(f"community {attrs['community']}")
    if attrs.get("role"):
        lines.append(f"role: {attrs['role']}")
    if attrs.get("affiliation"):
        lines.append(f"affiliation: {attrs['affiliation']}")
    if solo:
        lines.append(f"{solo} event{'s' if solo > 1 else ''} without a target or source")
    lines.append("(click for its events)")
    return "\n".join(lines)


def page_data(graph: nx.MultiDiGraph[str]) -> dict[str, Any]:
    """The page's data for an actor graph (see :func:`kg.viz.actor_graph`), without
    mutating it: ``nodes`` (with ``x``, ``y``, ``rank``, colours by type, country and
    role), ``edges`` (one per source, target and event type, with the indices of its
    ``events``), ``events``, and the values the filters offer."""
    analysed = analyse(graph)
    events = _events(graph)
    acting: set[str] = set()
    for event in events:
        acting.update(str(a) for a in (event["source"], event["target"]) if a)
    affiliations = sorted(
        (str(u), str(v), str(k), attrs)
        for u, v, k, attrs in graph.edges(keys=True, data=True)
        if attrs.get("kind") == "affiliation" and (u in acting or v in acting)
    )
    shown_set = acting | {u for u, *_ in affiliations} | {v for _, v, *_ in affiliations}
    index = {str(e["id"]): i for i, e in enumerate(events)}

    groups: dict[tuple[str, str, str], list[int]] = {}
    for source, target, key, attrs in sorted(
        graph.edges(keys=True, data=True), key=lambda e: str(e[2])
    ):
        if attrs.get("kind", "event") != "affiliation":
            groups.setdefault((source, target, _str(attrs, "event")), []).append(index[str(key)])
    edge_keys = sorted(groups)
    pairs = [(s, t) for s, t, _ in edge_keys] + [(u, v) for u, v, *_ in affiliations]
    curves = _curves(pairs)
    edges: list[dict[str, object]] = [
        {
            "id": f"{source} {target} {event}",
            "from": source,
            "to": target,
            "event": event,
            "kind": "event",
            "events": groups[(source, target, event)],
            "smooth": _smooth(curve),
        }
        for (source, target, event), curve in zip(edge_keys, curves, strict=False)
    ]
    for (source, target, key, attrs), curve in zip(
        affiliations, curves[len(edge_keys) :], strict=True
    ):
        edges.append(
            {
                "id": key,
                "from": source,
                "to": target,
                "event": AFFILIATION,
                "kind": "affiliation",
                "events": [],
                "title": _str(attrs, "evidence"),
                "smooth": _smooth(curve),
            }
        )

    attrs_of = {n: analysed.nodes[n] for n in shown_set}
    event_count = Counter(a for e in events for a in (e["source"], e["target"]) if a)
    shown = sorted(
        shown_set,
        key=lambda n: (
            -float(attrs_of[n].get("degree", 0.0)),
            -event_count[n],
            -float(attrs_of[n].get("betweenness", 0.0)),
            _str(attrs_of[n], "label"),
            n,
        ),
    )
    rank = {node: i for i, node in enumerate(shown)}
    drawn: nx.Graph[str] = nx.Graph()
    drawn.add_nodes_from(shown)
    drawn.add_edges_from((str(e["from"]), str(e["to"])) for e in edges)
    community = {n: int(attrs_of[n].get("community", -1)) for n in shown}
    positions = layout(drawn, community, rank)

    countries_of = {n: _str(attrs_of[n], "country_ids").split() for n in shown}
    roles_of = {n: _str(attrs_of[n], "role_codes").split() for n in shown}
    country_order, country_counts = _ranked_values(shown, countries_of)
    role_order, role_counts = _ranked_values(shown, roles_of)
    names = role_names()
    colors = type_colors()
    solo_of = Counter(
        str(e["source"] or e["target"]) for e in events if not (e["source"] and e["target"])
    )

    nodes = []
    for node in shown:
        attrs = attrs_of[node]
        own_countries = sorted(countries_of[node], key=country_order.index)
        own_roles = sorted(roles_of[node], key=role_order.index)
        by = {
            "type": colors.get(_str(attrs, "type"), OTHER_COLOR),
            "country": _color_of(country_order, own_countries[0]) if own_countries else NONE_COLOR,
            "role": _color_of(role_order, own_roles[0]) if own_roles else NONE_COLOR,
        }
        nodes.append(
            {
                "id": node,
                "name": _str(attrs, "label") or node.rsplit("/", 1)[-1],
                "type": _str(attrs, "type"),
                "code": _str(attrs, "code"),
                "title": node_title(attrs, solo_of[node]),
                "role": _str(attrs, "role"),
                "affiliation": _str(attrs, "affiliation"),
                "wikidata": _str(attrs, "wikidata"),
                "countries": own_countries,
                "roles": own_roles,
                "colors": by,
                "color": by["type"],
                "value": round(1 + 20 * float(attrs.get("degree", 0.0)), 3),
                "rank": rank[node],
                "solo": solo_of[node],
                "x": positions[node][0],
                "y": positions[node][1],
            }
        )

    def label(node: str) -> str:
        return _str(graph.nodes[node], "label") if node in graph else node

    return {
        "nodes": nodes,
        "edges": edges,
        "events": events,
        "eventTypes": sorted(
            {str(e["event"]) for e in events} | ({AFFILIATION} if affiliations else set())
        ),
        "modalities": sorted({str(e["modality"]) for e in events}),
        "dates": sorted({str(e["date"]) for e in events if e["date"]}),
        "typeColors": colors,
        "countries": [
            {
                "id": c,
                "label": label(c),
                "code": _str(graph.nodes[c], "code") if c in graph else "",
                "actors": country_counts[c],
                "color": _color_of(country_order, c),
            }
            for c in country_order
        ],
        "roles": [
            {
                "code": r,
                "label": f"{r} {names[r]}" if r in names else r,
                "actors": role_counts[r],
                "color": _color_of(role_order, r),
            }
            for r in role_order
        ],
        "noneColor": NONE_COLOR,
        "goldsteinScale": [edge_color(-10.0), edge_color(0.0), edge_color(10.0)],
        "otherColor": OTHER_COLOR,
    }
