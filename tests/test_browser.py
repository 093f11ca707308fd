"""The actor graph page in real headless Chromium (Debian's, driven by Playwright).

These tests never skip: CI installs chromium (see the Makefile's `browser` target).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest
from playwright.sync_api import Browser, Dialog, Page

from kg.build import BuildReport, build
from kg.viz import render_html
from tests.conftest import SEEDS

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

PAYLOAD = "<img src=x onerror=alert(1)>"
TIMES = "\N{MULTIPLICATION SIGN}"  # an edge of two accusations reads ACCUSE, the sign, 2


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
        self.page.wait_for_function("window.kgReady === true")  # the first frame is drawn

    def _dismiss(self, dialog: Dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def edge_point(self, edge_id: str, at: float = 0.5) -> tuple[float, float]:
        """Page coordinates of a point of an edge as drawn (``at`` 0.5: its middle)."""
        box = self.page.locator("#graph canvas").bounding_box()
        assert box is not None
        point = self.page.evaluate(
            """([id, at]) => { const p = kgNetwork.body.edges[id].edgeType.getPoint(at);
                               return kgNetwork.canvasToDOM(p); }""",
            [edge_id, at],
        )
        return box["x"] + point["x"], box["y"] + point["y"]

    def names(self) -> dict[str, str]:
        """Actor names by id, as the page holds them."""
        return dict(self.page.evaluate("DATA.nodes.map(n => [n.id, n.name])"))

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
    names = seed_page.names()
    assert {"Michael Herzog", "Hamas", "Israel", "United States", "Benjamin Netanyahu"} <= set(
        names.values()
    )
    edges = seed_page.page.evaluate("kgEdgeView.get().map(e => [e.from, e.event, e.to])")
    edges = [[names[a], event, names[b]] for a, event, b in edges]
    assert ["Michael Herzog", "ACCUSE", "Hamas"] in edges
    assert ["Michael Herzog", "AFFILIATED_WITH", "Israel"] in edges
    assert len(edges) == len({(a, e, b) for a, e, b in edges})  # one edge per pair and type


def test_hovering_an_edge_shows_its_evidence(seed_page: Visit) -> None:
    page = seed_page.page
    # The seed's two accusations of Hamas by Herzog: one edge, both sentences in its tooltip.
    edge = page.evaluate("kgEdgeView.get().find(e => e.event === 'ACCUSE')")
    assert edge["count"] == 2 and edge["text"] == f"ACCUSE {TIMES}2"
    x, y = seed_page.edge_point(edge["id"])
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    shown = tooltip.inner_text()
    assert shown.startswith(f"ACCUSE {TIMES}2: Michael Herzog → Hamas")
    evidence = page.evaluate(
        "(id) => DATA.edges.find(e => e.id === id).events.map(i => DATA.events[i].evidence)",
        edge["id"],
    )
    seed = " ".join(" ".join(f.read_text("utf-8").split()) for f in sorted(SEEDS.glob("*.txt")))
    assert len(evidence) == 2
    for sentence in evidence:
        assert sentence in shown
        assert len(sentence) > 40 and " ".join(sentence.split()) in seed  # a seed sentence


def test_hovering_a_coded_actor_shows_its_code_and_country(seed_page: Visit) -> None:
    page = seed_page.page
    hamas = next(id_ for id_, name in seed_page.names().items() if name == "Hamas")
    x, y = seed_page.node_point(hamas)
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tooltip = page.locator("div.vis-tooltip")
    tooltip.wait_for(state="visible", timeout=5000)
    shown = tooltip.inner_text()
    assert "CAMEO code: PSEREBHMS" in shown and "country: Palestine" in shown


def test_event_type_filter_hides_exactly_those_edges(seed_page: Visit) -> None:
    page = seed_page.page
    total = page.evaluate("kgEdgeView.length")
    accusations = page.evaluate("kgEdgeView.get().filter(e => e.event === 'ACCUSE').length")
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
    page_file = tmp_path / "direct.html"
    page_file.write_text(render_html(hostile_graph()), encoding="utf-8")
    for path in (tmp_path / "out" / "actors.html", page_file):
        visit = Visit(browser, path)
        page = visit.page
        assert visit.dialogs == [] and visit.errors == []
        assert page.evaluate("document.querySelectorAll('img, b, svg').length") == 0
        titles = " ".join(page.evaluate("kgEdges.get().map(e => e.title || '')"))
        assert "<" in titles  # the markup is there, as text
        page.close()
    assert f"in {PAYLOAD}town" in titles  # where the event happened, in its edge's tooltip
    visit = Visit(browser, page_file)
    page = visit.page
    names = visit.names()
    assert f"{PAYLOAD}a" in names.values()
    assert {f"{PAYLOAD}a", f"{PAYLOAD}b"} <= {
        label["text"] for label in page.evaluate("kgLabels()")
    }
    assert page.evaluate("kgBadges().map(b => b.count)") == [1]
    # Every panel, list and legend the markup reaches: shown as text, never run.
    for node in ("a", "b"):
        x, y = visit.node_point(node)
        page.mouse.click(x, y)
        assert page.locator("#panel-title").inner_text() == f"{PAYLOAD}{node}"
        panel = page.locator("#panel").inner_text()
        assert PAYLOAD in panel.replace(f"{PAYLOAD}{node}", "", 1)  # in an event or a fact
        if node == "a":
            assert f"in {PAYLOAD}town" in panel  # the event's place, in the actor's panel
    page.fill("#search", f"  {PAYLOAD.upper()}A ")
    page.press("#search", "Enter")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == ["a"]
    page.select_option("#color-by", "country")
    assert f"{PAYLOAD}land" in page.locator("#legend").inner_text()
    assert f"{PAYLOAD}land" in page.locator("#countries").inner_text()
    assert page.evaluate("document.querySelectorAll('img, b, svg').length") == 0
    assert visit.dialogs == [] and visit.errors == []


def hostile_graph() -> nx.MultiDiGraph[str]:
    """Markup in every text the page shows: names, a country, a title, Wikidata, evidence,
    an article, a speaker, a place, an event without a target and an affiliation."""
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    blank = dict.fromkeys(("role", "affiliation", "wikidata", "code", "role_codes"), "")
    graph.add_node("c", **blank, label=f"{PAYLOAD}land", type="State", country_ids="c")
    graph.add_node(
        "a",
        **{**blank, "role": PAYLOAD, "wikidata": PAYLOAD, "role_codes": "GOV"},
        label=f"{PAYLOAD}a",
        type="Person",
        country_ids="c",
    )
    event = {
        "kind": "event",
        "event": "ACCUSE",
        "cameo": "112",
        "goldstein": -2.0,
        "modality": "asserted",
        "negated": False,
        "said_by": PAYLOAD,
        "evidence": f"{PAYLOAD} said </script><b>bold</b>",
        "article": PAYLOAD,
        "date": "2024-01-02",
        "location": f"{PAYLOAD}town",
    }
    solo = {**event, "key": "e2", "source": "b", "target": "", "event": "APPEAL"}
    graph.add_node("b", **blank, label=f"{PAYLOAD}b", type="Person", solo=[solo])
    graph.add_edge("a", "b", key="e1", **event)
    graph.add_edge(
        "a", "c", key="affiliation:a", kind="affiliation", event="AFFILIATED_WITH", evidence=PAYLOAD
    )
    return graph
