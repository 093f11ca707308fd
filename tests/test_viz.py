"""Actor graph projection, the offline HTML page and the GraphML/GEXF exports."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import cast

import networkx as nx

from kg.build import BuildReport, store_extractions
from kg.ingest import Article
from kg.rdf import actor_iri
from kg.records import Actor, Event, Extraction
from kg.store import Store, open_store
from kg.viz import actor_graph, graph_document, render_html
from kg.viz.analytics import analyse, weighted_view
from kg.viz.html import edge_color, script_json

HOSTILE = "</script><img src=x onerror=alert(1)>"


def test_script_json_cannot_close_the_script_element() -> None:
    payload = {"label": "</script><img src=x onerror=alert(1)>&\u2028"}
    text = script_json(payload)
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == payload


def test_edge_colour_follows_the_goldstein_scale() -> None:
    assert edge_color(0.0) == "#999999"
    assert edge_color(-10.0) == "#d62728" and edge_color(10.0) == "#2ca02c"
    assert edge_color(-2.0) not in {edge_color(-10.0), edge_color(0.0), edge_color(2.0)}


def test_projection_holds_actors_events_and_affiliations(
    seed_build: tuple[Path, BuildReport],
) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        graph = actor_graph(store)
    labels = {attrs["label"]: node for node, attrs in graph.nodes(data=True)}
    herzog, hamas, israel = labels["Michael Herzog"], labels["Hamas"], labels["Israel"]
    kinds = {(u, v, d["event"]) for u, v, d in graph.edges(data=True)}
    assert (herzog, hamas, "ACCUSE") in kinds
    assert (herzog, israel, "AFFILIATED_WITH") in kinds
    accuse = next(d for u, v, d in graph.edges(data=True) if d["event"] == "ACCUSE")
    assert (
        accuse["goldstein"] < 0 and accuse["date"] == "2023-11-07" and "Hamas" in accuse["evidence"]
    )
    assert "APPEAL" in graph.nodes[labels["United States"]]["solo_events"]


def test_html_is_self_contained_and_offline(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    page = (out / "actors.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.IGNORECASE)
    assert "default-src 'none'" in page
    assert "new vis.Network" in page and "Michael Herzog" in page


def test_exports_round_trip_through_networkx(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        graph = actor_graph(store)
    back = nx.read_graphml(io.BytesIO(graph_document(graph, "graphml").encode()))
    assert back.number_of_nodes() == graph.number_of_nodes()
    assert back.number_of_edges() == graph.number_of_edges()
    gexf = nx.read_gexf(io.BytesIO(graph_document(graph, "gexf").encode()))
    assert gexf.number_of_edges() == graph.number_of_edges()
    document = json.loads(graph_document(graph, "json"))
    # The stubs type the result as a plain Graph; node-link data of a multigraph says so.
    linked = cast("nx.MultiDiGraph[str]", nx.node_link_graph(document, edges="edges"))
    assert nx.utils.edges_equal(
        linked.edges(keys=True, data=True), graph.edges(keys=True, data=True)
    )
    assert dict(linked.nodes.items()) == dict(graph.nodes.items())
    typed = next(d for _u, _v, d in back.edges(data=True) if d["event"] == "ACCUSE")
    assert isinstance(typed["goldstein"], float) and isinstance(typed["negated"], bool)


def test_analytics_weighted_view_and_communities(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        graph = actor_graph(store)
    labels = {attrs["label"]: node for node, attrs in graph.nodes(data=True)}
    view = weighted_view(graph)
    pair = view[labels["Michael Herzog"]][labels["Hamas"]]
    assert pair["count"] == 3 and pair["mean_goldstein"] == -2.0
    assert not view.has_edge(labels["Michael Herzog"], labels["Israel"])  # affiliations left out
    analysed = analyse(graph)
    herzog, hamas = analysed.nodes[labels["Michael Herzog"]], analysed.nodes[labels["Hamas"]]
    assert herzog["community"] == hamas["community"]
    assert hamas["degree"] > 0 and "degree" not in graph.nodes[labels["Hamas"]]


def test_render_does_not_mutate_the_graph(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        graph = actor_graph(store)
    before = nx.to_dict_of_dicts(graph)
    render_html(graph)
    assert nx.to_dict_of_dicts(graph) == before


def page_data(page: str) -> dict[str, list[dict[str, object]]]:
    """The DATA object a rendered page holds."""
    start = page.index("const DATA = ") + len("const DATA = ")
    data: dict[str, list[dict[str, object]]] = json.loads(page[start : page.index(";\n", start)])
    return data


def test_a_coded_actor_shows_its_code_role_codes_and_country() -> None:
    """Read from the store: an actor described (and coded) in two articles, its country
    labelled with markup, which the page keeps as text inside its JSON."""
    actors = (
        Actor("israel", f"Israel{HOSTILE}", "State", code="ISR"),
        Actor(
            "idf",
            "Israel Defense Forces",
            "Government",
            affiliation="israel",
            code="ISRMIL",
            role="MIL",
            country="israel",
        ),
        Actor("gaza", "Gaza", "State", code="PSEGZA"),
    )
    fight = Event(1, "Fight", "19", "idf", "gaza", "", None, "asserted", False, 0.9, "shelled")
    store = Store()
    store_extractions(
        store,
        [
            Extraction(Article(uid, text), (text,), actors, (), (fight,))
            for uid, text in (
                ("a1", "Israeli troops shelled Gaza."),
                ("a2", "Troops shelled Gaza."),
            )
        ],
    )
    graph = actor_graph(store)
    idf = graph.nodes[str(actor_iri("idf"))]
    assert (idf["code"], idf["role_codes"], idf["country"]) == ("ISRMIL", "MIL", f"Israel{HOSTILE}")
    page = render_html(graph)
    assert HOSTILE not in page
    titles = {str(n["label"]): str(n["title"]) for n in page_data(page)["nodes"]}
    assert titles["Israel Defense Forces"].splitlines()[:5] == [
        "Israel Defense Forces",
        "Government",
        "CAMEO code: ISRMIL",
        "role codes: MIL",
        f"country: Israel{HOSTILE}",
    ]
    assert "CAMEO code: PSEGZA" in titles["Gaza"] and "role codes" not in titles["Gaza"]
