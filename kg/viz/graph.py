"""Project the store onto a networkx graph of actors (nodes) and events (edges).

Affiliations ("Michael Herzog → Israel") are edges too, of kind ``affiliation``, so a
person is drawn beside the state they act for.

The projection reads the store by SPARQL only, so it works on any graph kg has built
or loaded. Events with a single actor stay on that actor's node, so "the United States
appealed for a ceasefire" is not lost from the picture: ``solo`` lists them (each a dict
of the attributes an event edge has, its ``key``, and its ``source`` and ``target``, one of
them empty), ``solo_events`` says them in text
for the formats that take no lists (GraphML, GEXF).
"""

from __future__ import annotations

import json

import networkx as nx

from kg.formats import GRAPH_FORMATS, check_format
from kg.rdf import event_names
from kg.store import Store
from kg.tables import saved_query
from kg.text import xml_safe

__all__ = ["actor_graph", "graph_document"]


def _str(value: object) -> str:
    return "" if value is None else str(value)


def actor_graph(store: Store) -> nx.MultiDiGraph[str]:
    """Actors as nodes, one edge per event between two actors, sorted for stable output.

    Each actor is described once in the store (:mod:`kg.descriptions`): its node has the
    label, type, title, affiliation, CAMEO code and country of its description, and
    its role codes, one row each (USAGOVBUS: ``BUS GOV``). ``country_ids`` holds the
    actors that are its country (saved query ``actor_countries``: its ``ckg:country``,
    else itself when it is a country), space-separated."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    role_codes: dict[str, set[str]] = {}
    for row in sorted(
        store.rows(saved_query("actors")),
        key=lambda r: (str(r["actor"]), str(r["type"])),
    ):
        node = str(row["actor"])
        if row.get("roleCode") is not None:
            role_codes.setdefault(node, set()).add(str(row["roleCode"]))
        if node in graph:
            continue
        graph.add_node(
            node,
            label=_str(row["label"]),
            type=str(row["type"]).rsplit("#", 1)[-1],
            role=_str(row.get("role")),
            affiliation=_str(row.get("affiliation")),
            wikidata=_str(row.get("wikidata")),
            code=_str(row.get("code")),
            role_codes="",
            country=_str(row.get("country")),
            country_ids="",
            solo_events="",
            solo=[],
            events=0,
        )
    for node, codes in role_codes.items():
        graph.nodes[node]["role_codes"] = " ".join(sorted(codes))
    countries: dict[str, set[str]] = {}
    for row in store.rows(saved_query("actor_countries")):
        countries.setdefault(str(row["actor"]), set()).add(str(row["country"]))
    for node, found_countries in countries.items():
        if node in graph:
            graph.nodes[node]["country_ids"] = " ".join(sorted(found_countries))
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
    names = event_names(str(row["class"]) for row in rows)
    for row in rows:
        source, target = row.get("source"), row.get("target")
        attrs = {
            "kind": "event",
            "event": names[str(row["class"])],
            "cameo": _str(row["cameo"]),
            "goldstein": float(row["goldstein"]) if row.get("goldstein") is not None else 0.0,
            "modality": _str(row["modality"]),
            "negated": str(row["negated"]) == "true",
            "said_by": _str(row.get("saidBy")),
            "evidence": _str(row["evidence"]),
            "article": _str(row["article"]),
            "date": _str(row.get("date")),
            "location": _str(row.get("location")),
        }
        for actor in {str(a) for a in (source, target) if a is not None}:
            if actor in graph:
                graph.nodes[actor]["events"] += 1
        if source is not None and target is not None:
            graph.add_edge(str(source), str(target), key=str(row["event"]), **attrs)
        else:
            actor = str(source if source is not None else target)
            if actor in graph:
                graph.nodes[actor]["solo"].append(
                    {
                        "key": str(row["event"]),
                        "source": _str(source),
                        "target": _str(target),
                        **attrs,
                    }
                )
                note = f"{attrs['event']} ({attrs['modality']}): {attrs['evidence']}"
                known = graph.nodes[actor]["solo_events"]
                graph.nodes[actor]["solo_events"] = f"{known}\n{note}".strip()
    return graph


def _without_lists(graph: nx.MultiDiGraph[str]) -> nx.MultiDiGraph[str]:
    """A copy without the attributes GraphML and GEXF cannot type (a node's ``solo``
    list: its ``solo_events`` text says the same)."""
    flat = graph.copy()
    for _node, attrs in flat.nodes(data=True):
        for name in [k for k, v in attrs.items() if isinstance(v, list | dict)]:
            del attrs[name]
    return flat


def graph_document(graph: nx.MultiDiGraph[str], fmt: str) -> str:
    """The graph as GraphML or GEXF (for Gephi, Cytoscape and friends, attributes typed)
    or node-link JSON (for D3 and notebooks): the formats of
    :data:`kg.formats.GRAPH_FORMATS` but the page, which :func:`render_html` writes."""
    check_format(fmt, [f for f in GRAPH_FORMATS if f != "html"])
    if fmt in ("graphml", "gexf"):
        flat = _without_lists(graph)
        lines = nx.generate_graphml(flat) if fmt == "graphml" else nx.generate_gexf(flat)
        return xml_safe("\n".join(lines) + "\n")
    data = nx.node_link_data(graph, edges="edges")
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
