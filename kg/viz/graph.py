"""Project the store onto a networkx graph of actors (nodes) and events (edges).

Affiliations ("Michael Herzog → Israel") are edges too, of kind ``affiliation``, so a
person is drawn beside the state they act for.

The projection reads the store by SPARQL only, so it works on any graph kg has built
or loaded. Events with a single actor stay on that actor's node (``solo_events``), so
"the United States appealed for a ceasefire" is not lost from the picture.
"""

from __future__ import annotations

import json

import networkx as nx

from kg.formats import GRAPH_FORMATS, check_format
from kg.rdf import event_name
from kg.store import Store
from kg.tables import saved_query
from kg.text import xml_safe

__all__ = ["actor_graph", "graph_document"]


def _str(value: object) -> str:
    return "" if value is None else str(value)


def actor_graph(store: Store) -> nx.MultiDiGraph[str]:
    """Actors as nodes, one edge per event between two actors, sorted for stable output.

    An actor described in several articles is one node, with the label, type, title and
    affiliation of its first row; its CAMEO codes, role codes and countries are those of
    every row (a person's code may change with the article's date)."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    coding: dict[str, dict[str, set[str]]] = {}
    for row in sorted(
        store.rows(saved_query("actors")),
        key=lambda r: (str(r["actor"]), str(r["type"])),
    ):
        node = str(row["actor"])
        found = coding.setdefault(node, {"code": set(), "role_codes": set(), "country": set()})
        for attr, column in (("code", "code"), ("role_codes", "roleCode"), ("country", "country")):
            if row.get(column) is not None:
                found[attr].add(str(row[column]))
        if node in graph:
            continue
        graph.add_node(
            node,
            label=_str(row["label"]),
            type=str(row["type"]).rsplit("#", 1)[-1],
            role=_str(row.get("role")),
            affiliation=_str(row.get("affiliation")),
            wikidata=_str(row.get("wikidata")),
            code="",
            role_codes="",
            country="",
            solo_events="",
            events=0,
        )
    for node, found in coding.items():
        graph.nodes[node]["code"] = ", ".join(sorted(found["code"]))
        graph.nodes[node]["role_codes"] = " ".join(sorted(found["role_codes"]))
        graph.nodes[node]["country"] = ", ".join(sorted(found["country"]))
    for node, attrs in list(graph.nodes.items()):
        affiliation = attrs["affiliation"]
        if affiliation in graph:
            attrs["affiliation"] = graph.nodes[affiliation]["label"]
            role = attrs["role"] or "affiliated"
            graph.add_edge(
                node,
                affiliation,
                key=f"affiliation:{node}",
                kind="affiliation",
                event="AFFILIATED_WITH",
                cameo="",
                goldstein=0.0,
                modality="asserted",
                negated=False,
                said_by="",
                evidence=f"{attrs['label']}: {role} ({attrs['affiliation']})",
                article="",
                date="",
            )
    rows = sorted(
        store.rows(saved_query("actor_events")),
        key=lambda r: str(r["event"]),
    )
    for row in rows:
        source, target = row.get("source"), row.get("target")
        attrs = {
            "kind": "event",
            "event": event_name(str(row["class"])),
            "cameo": _str(row["cameo"]),
            "goldstein": float(row["goldstein"]) if row.get("goldstein") is not None else 0.0,
            "modality": _str(row["modality"]),
            "negated": str(row["negated"]) == "true",
            "said_by": _str(row.get("saidBy")),
            "evidence": _str(row["evidence"]),
            "article": _str(row["article"]),
            "date": _str(row.get("date")),
        }
        for actor in {str(a) for a in (source, target) if a is not None}:
            if actor in graph:
                graph.nodes[actor]["events"] += 1
        if source is not None and target is not None:
            graph.add_edge(str(source), str(target), key=str(row["event"]), **attrs)
        else:
            actor = str(source if source is not None else target)
            if actor in graph:
                note = f"{attrs['event']} ({attrs['modality']}): {attrs['evidence']}"
                known = graph.nodes[actor]["solo_events"]
                graph.nodes[actor]["solo_events"] = f"{known}\n{note}".strip()
    return graph


def graph_document(graph: nx.MultiDiGraph[str], fmt: str) -> str:
    """The graph as GraphML or GEXF (for Gephi, Cytoscape and friends, attributes typed)
    or node-link JSON (for D3 and notebooks): the formats of
    :data:`kg.formats.GRAPH_FORMATS` but the page, which :func:`render_html` writes."""
    check_format(fmt, [f for f in GRAPH_FORMATS if f != "html"])
    if fmt == "graphml":
        return xml_safe("\n".join(nx.generate_graphml(graph)) + "\n")
    if fmt == "gexf":
        return xml_safe("\n".join(nx.generate_gexf(graph)) + "\n")
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
