"""Actor graph projection, the offline HTML page and the GraphML/GEXF exports."""

from __future__ import annotations

import io
import json
import math
import re
from pathlib import Path
from typing import cast

import networkx as nx
import pytest

from kg.build import BuildReport, store_extractions
from kg.ingest import Article
from kg.rdf import actor_iri
from kg.records import Actor, Event, Extraction
from kg.store import Store, open_store
from kg.viz import actor_graph, graph_document, render_html
from kg.viz import layout as layout_module
from kg.viz.analytics import analyse, weighted_view
from kg.viz.html import edge_color, script_json
from kg.viz.layout import SPACING, layout
from kg.viz.page import NONE_COLOR, PALETTE, page_data, type_colors

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


def page_json(page: str) -> dict[str, list[dict[str, object]]]:
    """The DATA object a rendered page holds."""
    start = page.index('<script id="data" type="application/json">')
    start = page.index(">", start) + 1
    end = page.index("</script>", start)
    data: dict[str, list[dict[str, object]]] = json.loads(page[start:end])
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
    titles = {str(n["name"]): str(n["title"]) for n in page_json(page)["nodes"]}
    assert titles["Israel Defense Forces"].splitlines()[:5] == [
        "Israel Defense Forces",
        "Government",
        "CAMEO code: ISRMIL",
        "role codes: MIL",
        f"country: Israel{HOSTILE}",
    ]
    assert "CAMEO code: PSEGZA" in titles["Gaza"] and "role codes" not in titles["Gaza"]


# ------------------------------------------------------------------ the page's data


def add_actor(
    graph: nx.MultiDiGraph[str], node: str, label: str, kind: str = "State", **extra: str
) -> None:
    """An actor with the attributes :func:`kg.viz.actor_graph` gives one."""
    attrs: dict[str, object] = {
        "label": label,
        "type": kind,
        "role": "",
        "affiliation": "",
        "wikidata": "",
        "code": "",
        "role_codes": "",
        "country": "",
        "country_ids": "",
        "solo_events": "",
        "solo": [],
        "events": 0,
    }
    graph.add_node(node, **{**attrs, **extra})


def add_event(
    graph: nx.MultiDiGraph[str],
    key: str,
    source: str,
    target: str | None,
    event: str = "ACCUSE",
    goldstein: float = -2.0,
    **extra: object,
) -> None:
    """An event between two actors (an edge) or on one (``target`` None: in its ``solo``)."""
    attrs: dict[str, object] = {
        "kind": "event",
        "event": event,
        "cameo": "112",
        "goldstein": goldstein,
        "modality": "asserted",
        "negated": False,
        "said_by": "",
        "evidence": f"sentence of {key}",
        "article": "a1",
        "date": "2024-01-02",
        **extra,
    }
    if target is None:
        solo = graph.nodes[source]["solo"]
        solo.append({"key": key, "source": source, "target": "", **attrs})
    else:
        graph.add_edge(source, target, key=key, **attrs)


def add_affiliation(graph: nx.MultiDiGraph[str], member: str, side: str) -> None:
    graph.add_edge(
        member,
        side,
        key=f"affiliation:{member}",
        kind="affiliation",
        event="AFFILIATED_WITH",
        evidence=f"{member}: affiliated ({side})",
    )


def test_parallel_events_are_one_edge_per_type_with_their_count() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in "abcd":
        add_actor(graph, node, node.upper())
    for n in range(3):
        add_event(graph, f"e{n}", "a", "b", goldstein=-float(n))
    add_event(graph, "e3", "a", "b", "CRITICIZE")
    add_event(graph, "e4", "b", "a")
    add_event(graph, "e5", "c", "d", "APPEAL", 3.0)
    data = page_data(graph)
    events = data["events"]
    edges = {(e["from"], e["to"], e["event"]): e for e in data["edges"]}
    assert sorted(edges) == [
        ("a", "b", "ACCUSE"),
        ("a", "b", "CRITICIZE"),
        ("b", "a", "ACCUSE"),
        ("c", "d", "APPEAL"),
    ]
    accuse = edges[("a", "b", "ACCUSE")]
    assert sorted(events[i]["id"] for i in accuse["events"]) == ["e0", "e1", "e2"]
    for (source, target, event), edge in edges.items():
        assert all(
            (events[i]["source"], events[i]["target"], events[i]["event"])
            == (source, target, event)
            for i in edge["events"]
        )
    curves = {pair: e["smooth"].get("roundness", 0) for pair, e in edges.items()}
    assert edges[("c", "d", "APPEAL")]["smooth"] == {"enabled": False}  # alone: straight
    assert curves[("c", "d", "APPEAL")] == 0
    # Three edges between a and b: no two drawn on the same curve.
    assert curves[("a", "b", "ACCUSE")] != curves[("a", "b", "CRITICIZE")]
    assert curves[("b", "a", "ACCUSE")] > 0  # curvedCW: bends to the other side
    assert data["eventTypes"] == ["ACCUSE", "APPEAL", "CRITICIZE"]


def test_the_page_shows_actors_of_events_and_their_affiliations_only() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in ("a", "b", "alone", "member", "idle", "side", "nobody"):
        add_actor(graph, node, node)
    add_event(graph, "e1", "a", "b")
    add_event(graph, "e2", "alone", None, "APPEAL", 3.0)
    add_event(graph, "e3", "alone", None, "APPEAL", 3.0, date="2024-01-01")
    add_affiliation(graph, "member", "a")  # a acts: the affiliation explains who a is
    add_affiliation(graph, "idle", "side")  # neither acts: off the page
    data = page_data(graph)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert set(nodes) == {"a", "b", "alone", "member"}
    assert [e["id"] for e in data["edges"] if e["kind"] == "affiliation"] == ["affiliation:member"]
    assert "AFFILIATED_WITH" in data["eventTypes"] and "APPEAL" in data["eventTypes"]
    # Events without a target: counted on their actor (the badge), listed among the events.
    assert nodes["alone"]["solo"] == 2 and nodes["a"]["solo"] == 0
    solo = [e for e in data["events"] if e["source"] == "alone"]
    assert [e["id"] for e in solo] == ["e3", "e2"] and {e["target"] for e in solo} == {""}
    assert "2 events without a target" in nodes["alone"]["title"]
    assert data["dates"] == ["2024-01-01", "2024-01-02"]


def test_the_most_central_actors_rank_first() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in ("hub", "x", "y", "z", "p", "q"):
        add_actor(graph, node, node)
    for n, other in enumerate("xyz"):
        add_event(graph, f"e{n}", "hub", other)
    add_event(graph, "e9", "p", "q")
    ranks = {n["id"]: n["rank"] for n in page_data(graph)["nodes"]}
    assert ranks["hub"] == 0 and sorted(ranks.values()) == list(range(6))


def test_countries_and_roles_give_colours_and_filters() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    add_actor(graph, "isr", "Israel", code="ISR", country_ids="isr")
    add_actor(graph, "idf", "IDF", "Government", code="ISRMIL", role_codes="MIL", country_ids="isr")
    add_actor(
        graph, "gov", "Cabinet", "Government", code="ISRGOV", role_codes="GOV", country_ids="isr"
    )
    add_actor(graph, "egy", "Egypt", code="EGY", country_ids="egy")
    add_actor(graph, "rebels", "rebels", "ArmedGroup", code="REB", role_codes="REB")
    add_event(graph, "e1", "idf", "rebels", "FIGHT", -10.0)
    add_event(graph, "e2", "egy", "isr", "APPEAL", 3.0)
    add_event(graph, "e3", "gov", None, "APPEAL", 3.0)
    data = page_data(graph)
    assert [(c["id"], c["label"], c["code"], c["actors"]) for c in data["countries"]] == [
        ("isr", "Israel", "ISR", 3),
        ("egy", "Egypt", "EGY", 1),
    ]
    assert [r["label"] for r in data["roles"]] == ["GOV government", "MIL military", "REB rebels"]
    colours = {n["id"]: n["colors"] for n in data["nodes"]}
    assert colours["idf"]["country"] == colours["isr"]["country"] == PALETTE[0]
    assert colours["egy"]["country"] == PALETTE[1]
    assert colours["rebels"]["country"] == NONE_COLOR  # no country
    assert colours["isr"]["role"] == NONE_COLOR and colours["gov"]["role"] == PALETTE[0]
    assert colours["idf"]["type"] == type_colors()["Government"]
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["idf"]["countries"] == ["isr"] and nodes["idf"]["roles"] == ["MIL"]


def test_layout_keeps_actors_and_groups_apart_deterministically() -> None:
    """A star of 40, a chain of 12, 15 pairs and 60 actors alone: every actor placed, no
    two on top of each other, no group's box inside another's, the whole about as wide
    as a screen, and the same positions every time."""
    graph: nx.Graph[str] = nx.Graph()
    graph.add_edges_from(("hub", f"leaf{n}") for n in range(40))
    nx.add_path(graph, [f"chain{n}" for n in range(12)])
    graph.add_edges_from((f"pair{n}a", f"pair{n}b") for n in range(15))
    graph.add_nodes_from(f"alone{n}" for n in range(60))
    rank = {node: n for n, node in enumerate(sorted(graph, key=lambda v: (-graph.degree(v), v)))}
    positions = layout(graph, {}, rank)
    assert set(positions) == set(graph) and layout(graph, {}, rank) == positions
    xy = list(positions.values())
    nearest = min(math.dist(p, q) for i, p in enumerate(xy) for q in xy[i + 1 :])
    assert nearest >= 0.6 * SPACING
    boxes = []
    for group in nx.connected_components(graph):
        xs, ys = zip(*(positions[n] for n in group), strict=True)
        boxes.append((min(xs), min(ys), max(xs), max(ys)))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] < b[0] or b[2] < a[0] or a[3] < b[1] or b[3] < a[1], (a, b)
    xs, ys = zip(*xy, strict=True)
    assert 1 / 1.5 < (max(xs) - min(xs)) / (max(ys) - min(ys)) < 3


def test_a_group_too_big_for_a_force_layout_is_laid_out_by_communities(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(layout_module, "FORCE_LIMIT", 5)
    graph: nx.Graph[str] = nx.Graph()
    nx.add_path(graph, range(12))
    named = nx.relabel_nodes(graph, {n: f"n{n}" for n in graph})
    community = {f"n{n}": n // 4 for n in range(12)}
    positions = layout(named, community, {f"n{n}": n for n in range(12)})
    xy = list(positions.values())
    assert len(xy) == 12
    assert min(math.dist(p, q) for i, p in enumerate(xy) for q in xy[i + 1 :]) >= 0.6 * SPACING


def test_every_text_of_the_page_stays_data() -> None:
    """Markup in names, titles, evidence, articles, speakers and country labels reaches
    the page inside its JSON, escaped, never as markup."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    add_actor(graph, "c", f"Country{HOSTILE}", code="CCC")
    add_actor(graph, "a", f"A{HOSTILE}", "Person", role=HOSTILE, country_ids="c", wikidata=HOSTILE)
    add_actor(graph, "b", f"B{HOSTILE}", role_codes="GOV")
    add_event(graph, "e1", "a", "b", evidence=HOSTILE, article=HOSTILE, said_by=HOSTILE)
    add_event(graph, "e2", "b", None, "APPEAL", evidence=HOSTILE, date=HOSTILE)
    add_affiliation(graph, "a", "c")
    page = render_html(graph)
    assert HOSTILE not in page
    data = page_json(page)
    assert f"Country{HOSTILE}" in {c["label"] for c in data["countries"]}
    assert render_html(graph) == page  # deterministic


def test_a_graph_without_events_renders_an_empty_page() -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    add_actor(graph, "idle", "Idle")
    data = page_json(render_html(graph))
    assert data["nodes"] == [] and data["edges"] == [] and data["events"] == []
    assert page_json(render_html(nx.MultiDiGraph()))["nodes"] == []
