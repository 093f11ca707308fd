"""The actor graph page of a 300-article Reuters-21578 build, in headless Chromium (#21):
it opens fitted to the actors it shows with labels that do not overlap, and its badges,
merged edges, panels, filters and search work at corpus scale.

The build is conftest's ``reuters_build``, made once per session; without ../shared the
tests skip, saying so.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser

from kg.build import BuildReport
from tests.test_browser import TIMES, Visit

pytestmark = pytest.mark.slow  # the real model, a corpus build and a browser

BADGE = (0x3B, 0x3B, 0x3B)  # the badges' fill, page.js


@pytest.fixture
def corpus_page(browser: Browser, reuters_build: tuple[Path, BuildReport]) -> Iterator[Visit]:
    out, _ = reuters_build
    visit = Visit(browser, out / "actors.html")
    yield visit
    assert visit.errors == [] and visit.requests == [visit.url]
    visit.page.close()


def first_paint(visit: Visit) -> dict[str, Any]:
    """The canvas' size, every shown actor's dot (centre and radius in canvas pixels, from
    vis-network's positions) and every label drawn, with its text width measured again
    with its font."""
    geometry: dict[str, Any] = visit.page.evaluate(
        """() => {
          const canvas = document.querySelector('#graph canvas');
          const scale = kgNetwork.getScale();
          const ids = kgNodeView.getIds();
          const positions = kgNetwork.getPositions(ids);
          const nodes = ids.map((id) => {
            const p = kgNetwork.canvasToDOM(positions[id]);
            return { id: id, x: p.x, y: p.y, r: kgNetwork.body.nodes[id].shape.radius * scale };
          });
          const ctx = document.createElement('canvas').getContext('2d');
          const labels = kgLabels().map((l) => {
            ctx.font = l.font;
            return Object.assign({ measured: ctx.measureText(l.text).width }, l);
          });
          const edges = {};
          for (const l of labels) {
            const edge = kgNetwork.body.edges[l.id];
            if (edge) edges[l.id] = kgNetwork.canvasToDOM(edge.edgeType.getPoint(0.5));
          }
          return { width: canvas.clientWidth, height: canvas.clientHeight, scale: scale,
                   nodes: nodes, labels: labels, middles: edges, total: DATA.nodes.length,
                   ranked: DATA.nodes.slice().sort((a, b) => a.rank - b.rank).map((n) => n.id) };
        }"""
    )
    return geometry


def overlap(a: dict[str, float], b: dict[str, float]) -> float:
    width = min(a["left"] + a["width"], b["left"] + b["width"]) - max(a["left"], b["left"])
    height = min(a["top"] + a["height"], b["top"] + b["height"]) - max(a["top"], b["top"])
    return max(width, 0.0) * max(height, 0.0)


def test_first_paint_fits_the_actors_and_labels_do_not_overlap(corpus_page: Visit) -> None:
    seen = first_paint(corpus_page)
    nodes = {n["id"]: n for n in seen["nodes"]}
    assert len(nodes) == seen["total"] > 150  # every actor of the page is shown at first
    assert seen["scale"] > 0.2  # not a dot in the middle of a layout made for others
    for n in nodes.values():  # every shown actor inside the viewport
        assert n["r"] <= n["x"] <= seen["width"] - n["r"], n
        assert n["r"] <= n["y"] <= seen["height"] - n["r"], n
    labels = seen["labels"]
    actor_labels = [label for label in labels if label["id"] in nodes]
    assert len(actor_labels) > 60
    for label in labels:
        # A label is its text in its font, inside the viewport, beside what it names.
        assert label["width"] == pytest.approx(label["measured"], abs=0.5)
        assert label["left"] >= 0 and label["left"] + label["width"] <= seen["width"]
        assert label["top"] >= 0 and label["top"] + label["height"] <= seen["height"]
        if label["id"] in nodes:
            node = nodes[label["id"]]
            near_x = min(max(node["x"], label["left"]), label["left"] + label["width"])
            near_y = min(max(node["y"], label["top"]), label["top"] + label["height"])
            gap = ((near_x - node["x"]) ** 2 + (near_y - node["y"]) ** 2) ** 0.5
            assert node["r"] - 1 <= gap <= node["r"] + 4, (label, node)
        else:
            middle = seen["middles"][label["id"]]
            assert label["left"] <= middle["x"] <= label["left"] + label["width"]
            assert abs(label["top"] + label["height"] / 2 - middle["y"]) <= label["height"]
    area = sum(label["width"] * label["height"] for label in labels)
    overlapped = sum(overlap(a, b) for a, b in itertools.combinations(labels, 2))
    assert overlapped / area < 0.05
    # The most central actors are the ones labelled.
    top = seen["ranked"][:10]
    assert len({label["id"] for label in actor_labels} & set(top)) >= 8


def test_events_without_a_target_show_as_a_badge_with_their_count(corpus_page: Visit) -> None:
    page = corpus_page.page
    expected = dict(page.evaluate("DATA.nodes.filter(n => n.solo).map(n => [n.id, n.solo])"))
    badges = {b["id"]: b for b in page.evaluate("kgBadges()")}
    assert {id_: b["count"] for id_, b in badges.items()} == expected and len(expected) > 50
    busiest = max(expected, key=lambda id_: (expected[id_], id_))
    badge = badges[busiest]
    x, y = corpus_page.node_point(busiest)
    box = page.locator("#graph canvas").bounding_box()
    assert box is not None
    # Drawn beside its actor, in the badge's colour (a pixel inside its rim, off the digits).
    assert 0 < badge["x"] + box["x"] - x < 20 and 0 < y - badge["y"] - box["y"] < 20
    pixel = page.evaluate(
        """([x, y]) => {
             const c = document.querySelector('#graph canvas');
             const r = window.devicePixelRatio || 1;
             return Array.from(c.getContext('2d').getImageData(x * r, y * r, 1, 1).data); }""",
        [badge["x"], badge["y"] + badge["r"] - 2],
    )
    assert all(abs(a - b) <= 24 for a, b in zip(pixel[:3], BADGE, strict=True)), pixel
    # The actor's panel lists those events, marked as without another actor.
    page.mouse.click(x, y)
    assert page.locator("#panel").is_visible()
    solo_rows = page.locator("#panel-events li.solo")
    assert solo_rows.count() == expected[busiest]
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [busiest]


def test_parallel_events_are_one_edge_per_type_with_a_count_and_a_width(
    corpus_page: Visit,
) -> None:
    page = corpus_page.page
    edges = page.evaluate("kgEdgeView.get().filter(e => e.kind === 'event')")
    keys = [(e["from"], e["to"], e["event"]) for e in edges]
    assert len(keys) == len(set(keys))  # one edge per source, target and event type
    counts = page.evaluate("Object.fromEntries(DATA.edges.map(e => [e.id, e.events.length]))")
    assert {e["id"]: e["count"] for e in edges} == {e["id"]: counts[e["id"]] for e in edges}
    merged = max(edges, key=lambda e: (e["count"], e["id"]))
    single = next(e for e in edges if e["count"] == 1)
    assert merged["count"] >= 3 and merged["text"] == f"{merged['event']} {TIMES}{merged['count']}"
    assert merged["width"] > single["width"]
    assert merged["title"].startswith(f"{merged['event']} {TIMES}{merged['count']}:")
    # Clicking it lists its events: clicked where no other edge crosses it and no node
    # covers it (at corpus scale some do, and which depends on the layout).
    for at in (k / 20 for k in (7, 10, 13, 4, 16, 2, 18, 5, 9, 11, 15, 3, 17, 6, 8, 12, 14)):
        x, y = corpus_page.edge_point(merged["id"], at)
        page.mouse.click(x, y)
        if page.evaluate("kgNetwork.getSelectedEdges()") == [merged["id"]]:
            break
    assert page.evaluate("kgNetwork.getSelectedEdges()") == [merged["id"]]
    assert page.locator("#panel-events li").count() == merged["count"]


def test_an_actors_panel_lists_its_events_with_date_evidence_and_article(
    corpus_page: Visit,
) -> None:
    page = corpus_page.page
    actor = page.evaluate("DATA.nodes.find(n => n.rank === 0)")
    expected = page.evaluate(
        """(id) => DATA.events.filter(e => e.source === id || e.target === id)""", actor["id"]
    )
    expected.sort(key=lambda e: (e["date"], e["article"]))
    x, y = corpus_page.node_point(actor["id"])
    page.mouse.click(x, y)
    assert page.locator("#panel-title").inner_text() == actor["name"]
    rows = page.locator("#panel-events li")
    assert rows.count() == len(expected) > 5
    listed = [
        (
            rows.nth(i).locator(".date").inner_text(),
            rows.nth(i).locator(".evidence").inner_text(),
            rows.nth(i).locator(".article").inner_text(),
        )
        for i in range(rows.count())
    ]
    assert sorted(listed) == sorted(
        (e["date"] or "no date", e["evidence"].strip(), f"article {e['article']}") for e in expected
    )
    assert [row[0] for row in listed] == sorted(row[0] for row in listed)  # by date
    page.locator("#panel-close").click()
    assert not page.locator("#panel").is_visible()


def shown_without_an_edge(visit: Visit) -> list[str]:
    """Actors on the page with no edge and no badge left."""
    orphans: list[str] = visit.page.evaluate(
        """() => {
             const ends = new Set(kgEdgeView.get().flatMap(e => [e.from, e.to]));
             return kgNodeView.getIds().filter(id => !ends.has(id) && !kgShown.solo.get(id)); }"""
    )
    return orphans


def test_filters_hide_the_actors_they_leave_without_edges(corpus_page: Visit) -> None:
    page = corpus_page.page
    total = page.evaluate("kgNodeView.length")
    assert shown_without_an_edge(corpus_page) == []
    for value in ("APPEAL", "AFFILIATED_WITH", "CONSULT"):
        page.locator(f"#filters input[value='{value}']").uncheck()
        assert shown_without_an_edge(corpus_page) == []
    fewer = page.evaluate("kgNodeView.length")
    assert fewer < total
    # Exactly the actors that still take part in an event shown, and their affiliations:
    # none are affiliations now, so the actors of the events left.
    acting = page.evaluate(
        """() => { const hidden = new Set(['APPEAL', 'CONSULT']); const ids = new Set();
                   for (const e of DATA.events) if (!hidden.has(e.event))
                     for (const a of [e.source, e.target]) if (a) ids.add(a);
                   return [...ids].sort(); }"""
    )
    assert sorted(page.evaluate("kgNodeView.getIds()")) == acting
    page.locator(".all-none[data-for='filters'] button[data-set='all']").click()
    assert page.evaluate("kgNodeView.length") == total
    # By country: only the actors of the United States, and those of its events' partners
    # that are American too.
    page.locator(".all-none[data-for='countries'] button[data-set='none']").click()
    assert page.evaluate("kgNodeView.length") == 0
    usa = page.evaluate("DATA.countries.find(c => c.code === 'USA').id")
    page.locator(f"#countries input[value='{usa}']").check()
    shown = page.evaluate("kgNodeView.get().map(n => n.id)")
    countries = dict(page.evaluate("DATA.nodes.map(n => [n.id, n.countries])"))
    assert shown and all(usa in countries[id_] for id_ in shown)
    assert shown_without_an_edge(corpus_page) == []
    # By role: the colours follow.
    page.locator(".all-none[data-for='countries'] button[data-set='all']").click()
    page.select_option("#color-by", "role")
    colours = page.evaluate(
        "kgNodes.get().map(n => [n.color, DATA.nodes.find(d => d.id === n.id).colors.role])"
    )
    assert all(a == b for a, b in colours)
    roles = page.evaluate("DATA.roles.map(r => r.code)")
    assert "GOV" in roles
    page.locator(".all-none[data-for='roles'] button[data-set='none']").click()
    page.locator("#roles input[value='GOV']").check()
    roles_of = dict(page.evaluate("DATA.nodes.map(n => [n.id, n.roles])"))
    assert all("GOV" in roles_of[id_] for id_ in page.evaluate("kgNodeView.getIds()"))


@pytest.mark.parametrize("query", ["  uNITED   states ", "UnitedStates", "united st"])
def test_search_finds_a_name_across_case_and_whitespace(corpus_page: Visit, query: str) -> None:
    page = corpus_page.page
    usa = page.evaluate("DATA.nodes.find(n => n.name === 'United States').id")
    page.fill("#search", query)
    page.press("#search", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [usa]
    assert page.locator("#panel-title").inner_text() == "United States"
    assert page.locator("#found").inner_text().startswith("United States")
    x, y = corpus_page.node_point(usa)
    box = page.locator("#graph canvas").bounding_box()
    assert box is not None
    assert box["x"] < x < box["x"] + box["width"] and box["y"] < y < box["y"] + box["height"]
    assert usa in {label["id"] for label in page.evaluate("kgLabels()")}  # labelled when found
