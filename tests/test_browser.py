"""The actor graph page in real headless Chromium (Debian's, driven by Playwright).

These tests never skip: CI installs chromium (see the Makefile's `browser` target).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import Browser, Dialog, Page, sync_playwright

from kg.build import BuildReport, build
from kg.viz import render_html
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PAYLOAD = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is required for the browser tests (make browser)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Visit:
    """A page opened from disk, with every request, console error and dialog recorded."""

    def __init__(self, browser: Browser, path: Path) -> None:
        self.page: Page = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dismiss)
        self.url = path.resolve().as_uri()
        self.page.goto(self.url)
        self.page.wait_for_function("window.kgNetwork !== undefined")
        self.page.evaluate("kgNetwork.stopSimulation()")

    def _dismiss(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def edge_point(self, edge_id: str) -> tuple[float, float]:
        """Page coordinates of the middle of an edge as drawn."""
        box = self.page.locator("#graph canvas").bounding_box()
        assert box is not None
        point = self.page.evaluate(
            """(id) => { const p = kgNetwork.body.edges[id].edgeType.getPoint(0.5);
                         return kgNetwork.canvasToDOM(p); }""",
            edge_id,
        )
        return box["x"] + point["x"], box["y"] + point["y"]

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Page coordinates of the centre of a node as drawn."""
        box = self.page.locator("#graph canvas").bounding_box()
        assert box is not None
        point = self.page.evaluate(
            "(id) => kgNetwork.canvasToDOM(kgNetwork.getPositions([id])[id])", node_id
        )
        return box["x"] + point["x"], box["y"] + point["y"]


@pytest.fixture
def seed_page(browser: Browser, seed_build: tuple[Path, BuildReport]) -> Iterator[Visit]:
    out, _ = seed_build
    visit = Visit(browser, out / "actors.html")
    yield visit
    visit.page.close()


def test_seed_page_loads_offline_without_errors(seed_page: Visit) -> None:
    assert seed_page.requests == [seed_page.url]
    assert seed_page.errors == []


def test_seed_page_holds_the_actors_and_edges(seed_page: Visit) -> None:
    labels = set(seed_page.page.evaluate("kgNodes.get().map(n => n.label)"))
    assert {"Michael Herzog", "Hamas", "Israel", "United States", "Benjamin Netanyahu"} <= labels
    edges = seed_page.page.evaluate(
        """kgEdges.get().map(e => [kgNodes.get(e.from).label, e.event, kgNodes.get(e.to).label])"""
    )
    assert ["Michael Herzog", "ACCUSE", "Hamas"] in edges
    assert ["Michael Herzog", "AFFILIATED_WITH", "Israel"] in edges


def test_hovering_an_edge_shows_its_evidence(seed_page: Visit) -> None:
    page = seed_page.page
    # An event edge alone between its two actors, so no parallel edge can take the hover.
    edge = page.evaluate(
        """(() => { const pair = (e) => [e.from, e.to].sort().join();
              const all = kgEdges.get();
              return all.find(e => e.event !== 'AFFILIATED_WITH' &&
                                   all.filter(o => pair(o) === pair(e)).length === 1); })()"""
    )
    x, y = seed_page.edge_point(edge["id"])
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    evidence = edge["title"].split("\n\n", 1)[1]
    assert evidence in tooltip.inner_text()
    seed = " ".join(" ".join(f.read_text("utf-8").split()) for f in sorted(SEEDS.glob("*.txt")))
    assert len(evidence) > 40 and " ".join(evidence.split()) in seed  # a sentence of the seed


def test_hovering_a_coded_actor_shows_its_code_and_country(seed_page: Visit) -> None:
    page = seed_page.page
    hamas = page.evaluate("kgNodes.get().find(n => n.label === 'Hamas')")
    x, y = seed_page.node_point(hamas["id"])
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    shown = tooltip.inner_text()
    assert "CAMEO code: PSEREBHMS" in shown and "country: Palestine" in shown


def test_event_type_filter_hides_exactly_those_edges(seed_page: Visit) -> None:
    page = seed_page.page
    total = page.evaluate("kgEdgeView.length")
    accusations = page.evaluate("kgEdges.get().filter(e => e.event === 'ACCUSE').length")
    assert accusations > 0
    page.locator("#filters input[value='ACCUSE']").uncheck()
    assert page.evaluate("kgEdgeView.length") == total - accusations
    assert page.evaluate("kgEdgeView.get().every(e => e.event !== 'ACCUSE')")
    page.locator("#filters input[value='ACCUSE']").check()
    assert page.evaluate("kgEdgeView.length") == total


def test_injected_markup_in_names_and_sentences_is_shown_as_text(
    browser: Browser, tmp_path: Path
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "evil.txt").write_text(
        # Not HTML by the ingest rules (no known block or script tag), so the markup stays
        # in the text as written: the page must show it, not run it.
        f'date 2024-01-02 Israel accused Hamas of {PAYLOAD} and "><svg onload=alert(2)> attacks.',
        encoding="utf-8",
    )
    build([tmp_path / "in"], out=tmp_path / "out")
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for node in ("a", "b"):
        graph.add_node(
            node, label=f"{PAYLOAD}{node}", type="Person", role="", affiliation="", solo_events=""
        )
    graph.add_edge(
        "a",
        "b",
        key="e1",
        kind="event",
        event="ACCUSE",
        cameo="112",
        goldstein=-2.0,
        modality="asserted",
        negated=False,
        said_by="",
        evidence=f"{PAYLOAD} said </script><b>bold</b>",
        article="x",
        date="2024-01-02",
    )
    page_file = tmp_path / "direct.html"
    page_file.write_text(render_html(graph), encoding="utf-8")
    for path in (tmp_path / "out" / "actors.html", page_file):
        visit = Visit(browser, path)
        page = visit.page
        assert visit.dialogs == [] and visit.errors == []
        assert page.evaluate("document.querySelectorAll('img, b, svg').length") == 0
        titles = " ".join(page.evaluate("kgEdges.get().map(e => e.title)"))
        assert "<" in titles  # the markup is there, as text
        page.close()
    labels = Visit(browser, page_file).page.evaluate("kgNodes.get().map(n => n.label)")
    assert f"{PAYLOAD}a" in labels
