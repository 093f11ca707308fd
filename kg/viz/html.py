"""Render the actor graph as one self-contained, offline HTML page with vis-network.

The page is our own template with vis-network (the copy pyvis ships) inlined, because
pyvis's templates load Bootstrap and vis from CDNs, write a ``lib/`` folder into the
working directory, and render titles as HTML. Here every script and style is inline, a
Content-Security-Policy forbids any network access, and article text reaches the page
only as JSON data shown with ``textContent``/``innerText`` or drawn on the canvas.
What the page shows is computed in :mod:`kg.viz.page`; ``page.js`` filters and draws it.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

import networkx as nx
import pyvis

from kg.viz.page import edge_color, page_data, type_colors

__all__ = ["VIS_OPTIONS", "edge_color", "render_html", "script_json", "type_colors"]

_VIS = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"

# vis-network draws the dots and edges; the page draws the labels and badges itself.
VIS_OPTIONS: dict[str, Any] = {
    "layout": {"improvedLayout": False},
    "nodes": {"shape": "dot", "scaling": {"min": 8, "max": 26}, "borderWidth": 1},
    "edges": {
        "arrows": {"to": {"enabled": True, "scaleFactor": 0.6}},
        "smooth": {"enabled": False},
        "selectionWidth": 2,
    },
    "physics": {
        "enabled": False,
        "barnesHut": {"springLength": 120, "avoidOverlap": 0.5},
        "stabilization": {"enabled": False},
    },
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": False},
}


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


def render_html(graph: nx.MultiDiGraph[str]) -> str:
    """The whole page as a string: deterministic for the same graph."""
    data = {**page_data(graph), "options": VIS_OPTIONS}
    folder = files("kg.viz")
    template = (folder / "template.html").read_text(encoding="utf-8")
    return (
        template.replace("/*VIS_CSS*/", (_VIS / "vis-network.css").read_text(encoding="utf-8"))
        .replace("/*VIS_JS*/", (_VIS / "vis-network.min.js").read_text(encoding="utf-8"))
        .replace("/*PAGE_JS*/", (folder / "page.js").read_text(encoding="utf-8"))
        .replace("/*DATA*/", script_json(data))
    )
