"""Render the actor graph as one self-contained, offline HTML page with pyvis and vis-network.

pyvis builds the node and edge records and the options; the page itself comes from our
own template, because pyvis's templates load Bootstrap and vis from CDNs, write a
``lib/`` folder into the working directory, and render titles as HTML. Here every
script and style is inline, a Content-Security-Policy forbids any network access, and
article text reaches the page only as JSON data shown with ``textContent``/``innerText``.
"""

from __future__ import annotations

import json
import math
from importlib.resources import files
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.ontology import load_ontology
from kg.viz.analytics import analyse

__all__ = ["edge_color", "render_html", "script_json", "type_colors"]

# Tableau 10: actor types take its colours in the order the ontology lists them.
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
OTHER_COLOR = "#bab0ac"


def type_colors() -> dict[str, str]:
    """A colour for each actor type of the ontology (the last one shared past nine)."""
    types = load_ontology().actor_types
    return {name: PALETTE[min(i, len(PALETTE) - 1)] for i, name in enumerate(types)}


_VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
# Above this many actors, positions are computed in Python and physics starts off.
LAYOUT_THRESHOLD = 500


def script_json(value: object) -> str:
    """JSON that is safe inside a <script> element: no '<', '>', '&' or line separators
    survive literally, so article text can never close the script or open a tag."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(char, escape)
    return text


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], share: float) -> str:
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


def edge_color(goldstein: float) -> str:
    """A colour on the conflict ↔ cooperation scale: red at -10, grey at 0, green at +10."""
    grey, red, green = (0x99, 0x99, 0x99), (0xD6, 0x27, 0x28), (0x2C, 0xA0, 0x2C)
    share = min(abs(goldstein), 10.0) / 10.0
    return _mix(grey, red if goldstein < 0 else green, share)


def _node_title(attrs: dict[str, str]) -> str:
    lines = [attrs["label"], attrs["type"]]
    if attrs.get("code"):
        lines.append(f"CAMEO code: {attrs['code']}")
    if attrs.get("role_codes"):
        lines.append(f"role codes: {attrs['role_codes']}")
    if attrs.get("country"):
        lines.append(f"country: {attrs['country']}")
    if attrs.get("wikidata"):
        lines.append(f"Wikidata: {attrs['wikidata']}")
    if "degree" in attrs:
        lines.append(f"degree {attrs['degree']} · betweenness {attrs['betweenness']}")
        lines.append(f"community {attrs['community']}")
    if attrs.get("role"):
        lines.append(f"role: {attrs['role']}")
    if attrs.get("affiliation"):
        lines.append(f"affiliation: {attrs['affiliation']}")
    if attrs.get("solo_events"):
        lines.append("")
        lines.extend(attrs["solo_events"].splitlines())
    return "\n".join(lines)


def _edge_title(attrs: dict[str, object]) -> str:
    if attrs["kind"] == "affiliation":
        return str(attrs["evidence"])
    said = f", said by {attrs['said_by']}" if attrs.get("said_by") else ""
    negated = " (negated)" if attrs.get("negated") else ""
    return (
        f"{attrs['event']}{negated} · CAMEO {attrs['cameo']} · Goldstein {attrs['goldstein']}\n"
        f"{attrs['modality']}{said}\n"
        f"{attrs['article']} · {attrs['date'] or 'no date'}\n\n{attrs['evidence']}"
    )


def _positions(graph: nx.MultiDiGraph[str]) -> dict[str, tuple[float, float]]:
    """A layout computed here for big graphs, so the page is usable at once: each
    community (see :mod:`kg.viz.analytics`) is a disc, the biggest in the middle and the
    others on a spiral around it; within a disc, the most central actors sit in the
    middle (a sunflower pattern). Linear in the number of actors, unlike force layouts."""
    if graph.number_of_nodes() <= LAYOUT_THRESHOLD:
        return {}
    members: dict[int, list[str]] = {}
    for node, attrs in graph.nodes(data=True):
        members.setdefault(int(attrs.get("community", -1)), []).append(node)
    groups = sorted(members.values(), key=lambda g: (-len(g), g[0]))
    golden = math.pi * (3 - math.sqrt(5))
    positions: dict[str, tuple[float, float]] = {}
    distance = 0.0
    for number, group in enumerate(groups):
        radius = 40 * math.sqrt(len(group))
        distance = distance + radius if number else 0.0
        angle = number * golden
        cx, cy = distance * math.cos(angle), distance * math.sin(angle)
        distance += radius
        ranked = sorted(group, key=lambda n: (-float(graph.nodes[n].get("degree", 0.0)), n))
        for k, node in enumerate(ranked):
            r = radius * math.sqrt((k + 0.5) / len(group))
            positions[node] = (
                round(cx + r * math.cos(k * golden), 1),
                round(cy + r * math.sin(k * golden), 1),
            )
    return positions


def build_network(graph: nx.MultiDiGraph[str]) -> Network:
    """A pyvis network of the actor graph (analysed: sizes from degree centrality),
    without mutating ``graph``."""
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    colors = type_colors()
    degree = dict(graph.degree())
    positions = _positions(graph)
    for node, attrs in graph.nodes(data=True):
        if degree.get(node, 0) == 0 and not attrs.get("solo_events"):
            continue
        extra = {"x": positions[node][0], "y": positions[node][1]} if node in positions else {}
        net.add_node(
            node,
            label=attrs["label"],
            title=_node_title(attrs),
            color=colors.get(attrs["type"], OTHER_COLOR),
            value=round(1 + 20 * float(attrs.get("degree", 0.0)), 3),
            type=attrs["type"],
            community=attrs.get("community", -1),
            **extra,
        )
    for source, target, key, attrs in graph.edges(keys=True, data=True):
        net.add_edge(
            source,
            target,
            id=key,
            label=attrs["event"],
            title=_edge_title(attrs),
            color=edge_color(float(attrs["goldstein"])),
            dashes=[2, 6] if attrs["kind"] == "affiliation" else attrs["modality"] != "asserted",
            event=attrs["event"],
            modality=attrs["modality"],
            date=attrs["date"],
        )
    net.set_options(
        json.dumps(
            {
                "layout": {"improvedLayout": not positions},
                "nodes": {"shape": "dot", "font": {"size": 16}, "scaling": {"min": 12, "max": 32}},
                "edges": {
                    "arrows": {"to": {"enabled": True}},
                    "font": {"size": 11, "align": "middle"},
                    "smooth": {"type": "dynamic"} if not positions else False,
                },
                "physics": {
                    "enabled": not positions,
                    "barnesHut": {"springLength": 180, "avoidOverlap": 0.5},
                    "stabilization": {"iterations": 300},
                },
                "interaction": {"hover": True, "tooltipDelay": 100},
            }
        )
    )
    return net


def render_html(graph: nx.MultiDiGraph[str]) -> str:
    """The whole page as a string: deterministic for the same graph."""
    net = build_network(analyse(graph))
    nodes, edges, _heading, _height, _width, options = net.get_network_data()
    data = {
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options),
        "typeColors": type_colors(),
        "eventTypes": sorted({e["event"] for e in edges}),
        "modalities": sorted({e["modality"] for e in edges}),
        "dates": sorted({e["date"] for e in edges if e["date"]}),
    }
    template = (files("kg.viz") / "template.html").read_text(encoding="utf-8")
    return (
        template.replace("/*VIS_CSS*/", (_VIS / "vis-network.css").read_text(encoding="utf-8"))
        .replace("/*VIS_JS*/", (_VIS / "vis-network.min.js").read_text(encoding="utf-8"))
        .replace("/*DATA*/", script_json(data))
    )
