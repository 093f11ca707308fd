"""The last stage: the store projected onto an actor graph, rendered as HTML or exported."""

from __future__ import annotations

from kg.viz.graph import actor_graph, graph_document
from kg.viz.html import render_html

__all__ = ["actor_graph", "graph_document", "render_html"]
