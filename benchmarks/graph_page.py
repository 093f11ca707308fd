"""How fast a large actor graph page becomes usable in headless Chromium, and how it reads.

    python -m benchmarks.graph_page [--actors 300 2000] [--events 1500 10000] [--reuters N]
                                    [--baseline REV]
    python -m benchmarks.graph_page --screenshot PAGE.html PICTURE.png

Synthetic graphs (random actors and events with the attributes kg writes, a few busy
actors and many quiet ones, one event in five without a target) are rendered by this
checkout's kg and, with ``--baseline`` (a git revision, e.g. ``main``), by that
revision's, side by side in one run; with ``--reuters N``, so is the page of a build of
the first N Reuters-21578 articles (built once, by this checkout, without its outputs;
each revision renders the page from that store). Each page is timed from navigation to the first
drawn frame after which a click is answered, then redrawn 20 times (what a pan or a zoom
costs: the page places every label and badge again). Printed: the render time in
Python, the page's size, time to interactive, the mean redraw, the zoom it opens at, the
actors shown, the labels drawn inside the viewport (this page's own list; for a page
that lets vis-network draw every label, those vis-network draws: font at least 5 pixels
high) and the share of their area another label covers. Target: interactive in under
5 s at 2,000 actors.
"""

from __future__ import annotations

import argparse
import io
import itertools
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import networkx as nx
from playwright.sync_api import sync_playwright

from benchmarks.revisions import python, unpacked

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
            solo=[],
        )
    weights = [1 / (n + 1) for n in range(actors)]  # a few busy actors, many quiet ones
    for n in range(events):
        source, target = rng.choices(range(actors), weights, k=2)
        name, cameo, goldstein = rng.choice(EVENTS)
        attrs: dict[str, Any] = {
            "kind": "event",
            "event": name,
            "cameo": cameo,
            "goldstein": goldstein,
            "modality": rng.choice(["asserted", "claimed"]),
            "negated": False,
            "said_by": "",
            "evidence": f"Sentence {n} of the synthetic corpus.",
            "article": f"art{n % 500}",
            "date": f"2024-01-{1 + n % 28:02d}",
        }
        if n % 5 == 0:  # an event without a target, on its source's node
            solo = {"key": f"e{n}", "source": f"a{source}", "target": "", **attrs}
            graph.nodes[f"a{source}"]["solo"].append(solo)
        else:
            graph.add_edge(f"a{source}", f"a{target}", key=f"e{n}", **attrs)
    return graph


def _overlap(labels: list[dict[str, float]]) -> float:
    """The share of the labels' area that another label covers."""
    covered = 0.0
    for a, b in itertools.combinations(labels, 2):
        width = min(a["left"] + a["width"], b["left"] + b["width"]) - max(a["left"], b["left"])
        height = min(a["top"] + a["height"], b["top"] + b["height"]) - max(a["top"], b["top"])
        covered += max(width, 0.0) * max(height, 0.0)
    return covered / max(sum(a["width"] * a["height"] for a in labels), 1.0)


RENDER = """
import sys, time
from pathlib import Path
from benchmarks.graph_page import synthetic
from kg.viz import render_html
graph = synthetic(int(sys.argv[1]), int(sys.argv[2]))
started = time.perf_counter()
text = render_html(graph)
print(time.perf_counter() - started)
Path(sys.argv[3]).write_text(text, encoding="utf-8")
"""

RENDER_STORE = """
import sys, time
from pathlib import Path
from kg.store import open_store
from kg.viz import actor_graph, render_html
with open_store(Path(sys.argv[1]), create=False) as store:
    graph = actor_graph(store)
started = time.perf_counter()
text = render_html(graph)
print(time.perf_counter() - started)
Path(sys.argv[2]).write_text(text, encoding="utf-8")
"""

# Labels drawn inside the viewport: the page's own list, or, for a page where vis-network
# draws every label, the boxes of those it draws (a font of 5 pixels or more).
LABELS = """() => {
  if (window.kgLabels) return kgLabels();
  const canvas = document.querySelector('#graph canvas');
  const [W, H, scale] = [canvas.clientWidth, canvas.clientHeight, kgNetwork.getScale()];
  const boxes = [];
  const items = Object.values(kgNetwork.body.nodes).concat(Object.values(kgNetwork.body.edges));
  for (const item of items) {
    const m = item.labelModule;
    if (!m || !item.options.label || !m.size.width || m.fontOptions.size * scale < 5) continue;
    const p = kgNetwork.canvasToDOM({ x: m.size.left, y: m.size.top });
    const box = { left: p.x, top: p.y, width: m.size.width * scale, height: m.size.height * scale };
    const outside = box.left + box.width < 0 || box.top + box.height < 0;
    if (outside || box.left > W || box.top > H) continue;
    boxes.push(box);
  }
  return boxes;
}"""
REDRAW = """() => new Promise((done) => {
  let left = 20;
  const started = performance.now();
  const next = () => {
    if (--left > 0) { kgNetwork.redraw(); return; }
    kgNetwork.off('afterDrawing', next);
    done((performance.now() - started) / 20);
  };
  kgNetwork.on('afterDrawing', next);
  kgNetwork.redraw();
})"""
FIRST_FRAME = """() => new Promise((done) => {
  if (window.kgReady) { done(); return; }
  kgNetwork.once('afterDrawing', () => done());
  kgNetwork.redraw();
})"""


def measure(path: Path) -> dict[str, float]:
    """Seconds to interactive, milliseconds per redraw, and the first frame's zoom,
    actors, labels and label overlap."""
    executable = shutil.which("chromium")
    assert executable, "needs Debian's chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_function("window.kgNetwork !== undefined", timeout=300_000)
        page.evaluate(FIRST_FRAME)
        page.mouse.click(700, 450)
        page.evaluate("kgNetwork.getSelectedNodes()")
        interactive = time.perf_counter() - started
        page.mouse.click(1390, 890)  # nothing there: closes a panel the first click opened
        if page.evaluate("DATA.options.physics.enabled"):
            page.evaluate("kgNetwork.stopSimulation()")
        labels = page.evaluate(LABELS)
        scale = page.evaluate("kgNetwork.getScale()")
        actors = page.evaluate("kgNetwork.body.nodeIndices.length")
        redraw = page.evaluate(REDRAW)
        browser.close()
    return {
        "interactive": interactive,
        "redraw": float(redraw),
        "scale": float(scale),
        "labels": len(labels),
        "actors": int(actors),
        "overlap": _overlap(labels),
    }


def screenshot(page: Path, png: Path) -> None:
    """The page as it opens in headless Chromium (1400 by 900 pixels), a PNG of at most 256
    colours: the README's pictures."""
    from PIL import Image

    executable = shutil.which("chromium")
    assert executable, "needs Debian's chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
        view = browser.new_page(viewport={"width": 1400, "height": 900})
        view.goto(page.resolve().as_uri())
        view.wait_for_function("window.kgReady === true", timeout=120_000)
        shot = view.screenshot()
        browser.close()
    image = Image.open(io.BytesIO(shot)).convert("RGB")
    image = image.quantize(256, method=Image.Quantize.FASTOCTREE)
    image.save(png, optimize=True)


def _report(case: str, name: str, rendered: float, path: Path, figures: dict[str, float]) -> None:
    print(
        f"{case:>26}, {name:>9}: render {rendered:4.1f} s, "
        f"page {path.stat().st_size / 1e6:4.1f} MB, "
        f"interactive after {figures['interactive']:5.1f} s, "
        f"redraw {figures['redraw']:4.0f} ms; opens at zoom {figures['scale']:.3f} "
        f"on {figures['actors']} actors, {figures['labels']} labels drawn, "
        f"{figures['overlap']:.1%} of their area overlapped"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--actors", type=int, nargs="+", default=[300, 2000])
    parser.add_argument("--events", type=int, nargs="+", default=[1500, 10000])
    parser.add_argument(
        "--reuters",
        type=int,
        default=0,
        metavar="N",
        help="also the page of a build of the first N Reuters-21578 articles (needs ../shared)",
    )
    parser.add_argument("--baseline", help="git revision to compare with (e.g. main)")
    parser.add_argument(
        "--screenshot",
        nargs=2,
        type=Path,
        metavar=("PAGE", "PNG"),
        help="only take a picture of PAGE as it opens (the README's), into PNG",
    )
    args = parser.parse_args()
    if args.screenshot:
        screenshot(*args.screenshot)
        return
    results: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        columns: list[tuple[str, Path | None]] = [("this code", None)]
        if args.baseline:
            source = unpacked(args.baseline, work)
            if source is not None:
                columns.append((args.baseline, source))
        for actors, events in zip(args.actors, args.events, strict=True):
            for name, source in columns:
                path = work / f"{name.replace('/', '_')}-{actors}.html"
                run = ["-c", RENDER, str(actors), str(events), str(path)]
                rendered = float(python(run, source))
                figures = measure(path)
                if source is None:
                    results[actors] = figures
                _report(f"{actors} actors, {events} events", name, rendered, path, figures)
        if args.reuters:
            from benchmarks.corpus import sample
            from kg.build import build

            store = work / "reuters" / "store"
            build([sample(work, args.reuters)], out=store.parent, outputs=False)
            for name, source in columns:
                path = work / f"{name.replace('/', '_')}-reuters.html"
                rendered = float(python(["-c", RENDER_STORE, str(store), str(path)], source))
                figures = measure(path)
                _report(f"{args.reuters} Reuters articles", name, rendered, path, figures)
    biggest = max(results)
    met = results[biggest]["interactive"] < 5
    print(f"target: interactive < 5 s at {biggest} actors -> {'met' if met else 'NOT met'}")


if __name__ == "__main__":
    main()
