"""How fast a large actor graph page becomes usable in headless Chromium.

    python -m benchmarks.graph_page [--actors 2000] [--events 10000]

A synthetic graph (random actors and events with the attributes kg writes) is rendered
twice in the same run: with positions precomputed in Python (what kg does above
``LAYOUT_THRESHOLD`` actors) and with the browser's physics layout, and each page is
timed from navigation to the first drawn frame after which a click is answered.
Target: the precomputed page interactive in under 5 s.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path
from unittest import mock

import networkx as nx
from playwright.sync_api import sync_playwright

from kg.viz import html as page_module
from kg.viz import render_html

TYPES = ["Person", "State", "Government", "ArmedGroup", "Organization", "Group"]
EVENTS = [
    ("ACCUSE", "112", -2.0),
    ("APPEAL", "02", 3.0),
    ("FIGHT", "19", -10.0),
    ("CONSULT", "04", 1.0),
]
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def synthetic(actors: int, events: int, seed: int = 1) -> nx.MultiDiGraph[str]:
    rng = random.Random(seed)
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    for n in range(actors):
        graph.add_node(
            f"a{n}",
            label=f"Actor {n}",
            type=rng.choice(TYPES),
            role="",
            affiliation="",
            solo_events="",
        )
    weights = [1 / (n + 1) for n in range(actors)]  # a few busy actors, many quiet ones
    for n in range(events):
        source, target = rng.choices(range(actors), weights, k=2)
        name, cameo, goldstein = rng.choice(EVENTS)
        graph.add_edge(
            f"a{source}",
            f"a{target}",
            key=f"e{n}",
            kind="event",
            event=name,
            cameo=cameo,
            goldstein=goldstein,
            modality=rng.choice(["asserted", "claimed"]),
            negated=False,
            said_by="",
            evidence=f"Sentence {n} of the synthetic corpus.",
            article=f"art{n % 500}",
            date=f"2024-01-{1 + n % 28:02d}",
        )
    return graph


def time_to_interactive(path: Path) -> float:
    executable = shutil.which("chromium")
    assert executable, "needs Debian's chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgNetwork !== undefined", timeout=120_000)
        page.evaluate(
            """() => new Promise(done => { kgNetwork.once('afterDrawing', () => done());
                                           kgNetwork.redraw(); })"""
        )
        page.mouse.click(700, 450)
        page.evaluate("kgNetwork.getSelectedNodes()")
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--actors", type=int, default=2000)
    parser.add_argument("--events", type=int, default=10000)
    args = parser.parse_args()
    graph = synthetic(args.actors, args.events)
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for name, threshold in (
            ("precomputed layout", page_module.LAYOUT_THRESHOLD),
            ("browser physics", 10**9),
        ):
            with mock.patch.object(page_module, "LAYOUT_THRESHOLD", threshold):
                started = time.perf_counter()
                text = render_html(graph)
                rendered = time.perf_counter() - started
            path = Path(tmp) / f"{threshold}.html"
            path.write_text(text, encoding="utf-8")
            results[name] = time_to_interactive(path)
            print(
                f"{name:20} render {rendered:5.1f} s  page {len(text.encode()) / 1e6:5.1f} MB  "
                f"interactive after {results[name]:5.1f} s"
            )
    ratio = results["browser physics"] / results["precomputed layout"]
    print(
        f"{args.actors} actors, {args.events} events: "
        f"precomputed layout is {ratio:.1f}x faster to use"
    )
    print(
        f"target: interactive < 5 s -> {'met' if results['precomputed layout'] < 5 else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
