"""The notebooks run top to bottom with a real Jupyter kernel (nbclient).

What they draw is read back from the kernel by one more cell, :data:`FIGURES`, appended
for the test: the ticks of every axis labelled ``events`` (a count: whole numbers only)
and the bars of the chart of events by QuadClass, checked against the events table of a
build of the same article.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

from kg.build import BuildReport
from kg.ingest import parse_txt, read_text_file
from kg.store import open_store
from kg.tables import events_table
from kg.vocabulary import QUAD_CLASSES
from tests.conftest import ROOT, SEEDS, shared_file

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

NOTEBOOKS = ROOT / "notebooks"
FIGURES = """
import json as _json
from matplotlib.figure import Figure as _Figure

_figures = [value for value in list(globals().values()) if isinstance(value, _Figure)]
_axes = [axes for figure in _figures for axes in figure.axes]
_axis = [axis for axes in _axes for axis in (axes.xaxis, axes.yaxis)]
_counts = [axis for axis in _axis if axis.get_label_text() == "events"]
print("figures:", _json.dumps({
    "count_axes": len(_counts),
    "count_ticks": [float(tick) for axis in _counts for tick in axis.get_ticklocs()],
    "quad_bars": {
        label.get_text(): float(patch.get_height())
        for axes in _axes if axes.get_title() == "events by QuadClass"
        for label, patch in zip(axes.get_xticklabels(), axes.patches)
    },
}))
"""


def load(path: Path) -> nbformat.NotebookNode:
    book: nbformat.NotebookNode = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    return book


def execute(book: nbformat.NotebookNode) -> nbformat.NotebookNode:
    NotebookClient(
        book, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    return book


def run(path: Path, *extra: str) -> nbformat.NotebookNode:
    """The notebook at ``path`` executed, with the ``extra`` cells run after its own."""
    book = load(path)
    book.cells += [nbformat.v4.new_code_cell(source) for source in extra]  # type: ignore[no-untyped-call]
    return execute(book)


def texts(book: nbformat.NotebookNode) -> list[str]:
    """Each output's text: printed, or a value's plain-text form."""
    return [
        str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", ""))
        for cell in book.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    ]


def outputs(book: nbformat.NotebookNode) -> str:
    return "\n".join(texts(book))


def figures(book: nbformat.NotebookNode) -> dict[str, Any]:
    line = next(x for x in outputs(book).splitlines() if x.startswith("figures: "))
    found: dict[str, Any] = json.loads(line.removeprefix("figures: "))
    return found


def quad_counts(seed_build: tuple[Path, BuildReport]) -> dict[str, int]:
    """The seed's events by QuadClass, from its events table."""
    with open_store(seed_build[0] / "store", create=False) as store:
        numbers = Counter(row["quad_class"] for row in events_table(store))
    return {label: numbers[str(number)] for number, label in QUAD_CLASSES.items()}


def assert_counts_in_whole_numbers(drawn: dict[str, Any], axes: int) -> None:
    assert drawn["count_axes"] == axes
    assert [t for t in drawn["count_ticks"] if not float(t).is_integer()] == []


def test_notebooks_are_committed_without_outputs() -> None:
    for path in NOTEBOOKS.glob("*.ipynb"):
        book = load(path)
        assert all(not c.get("outputs") for c in book.cells if c.cell_type == "code"), path.name


def test_walkthrough_runs_and_answers(seed_build: tuple[Path, BuildReport]) -> None:
    book = run(NOTEBOOKS / "walkthrough.ipynb", FIGURES)
    text = outputs(book)
    assert "Michael Herzog" in text and "Hamas" in text
    assert "conditional" in text
    drawn = figures(book)
    # By QuadClass, not by the sign of the Goldstein score: the seed's appeal for
    # de-escalation (0256) scores -0.3 and is verbal cooperation.
    assert drawn["quad_bars"] == quad_counts(seed_build)
    assert_counts_in_whole_numbers(drawn, axes=2)


def test_corpus_notebook_runs_on_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    shared_file("data", "news", "reuters21578.jsonl")
    monkeypatch.delenv("KG_CORPUS", raising=False)  # the default: ../shared beside the repository
    monkeypatch.setenv("KG_CORPUS_LIMIT", os.environ.get("KG_CORPUS_LIMIT", "40"))
    text = outputs(run(NOTEBOOKS / "corpus.ipynb"))
    assert "articles in the slice: 40" in text


def test_corpus_notebook_splits_by_quad_class(
    seed_build: tuple[Path, BuildReport], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The corpus notebook on a corpus of one article, the seed (as JSON lines, from
    ``KG_CORPUS``): its table of events by QuadClass is the events table's, and its
    counts are drawn in whole numbers."""
    seed = next(SEEDS.glob("*.txt"))
    article = parse_txt(read_text_file(seed), seed.stem, str(seed))
    corpus = tmp_path / "seed.jsonl"
    line = {"id": article.id, "date": article.date, "text": article.text}
    corpus.write_text(json.dumps(line) + "\n", encoding="utf-8")
    monkeypatch.setenv("KG_CORPUS", str(corpus))
    book = run(NOTEBOOKS / "corpus.ipynb", FIGURES)
    table = next(t for t in texts(book) if "QuadClass" in t).splitlines()
    shown = {
        label: int(row.removeprefix(label))
        for row in table
        for label in QUAD_CLASSES.values()
        if row.startswith(label)
    }
    assert shown == quad_counts(seed_build)
    assert_counts_in_whole_numbers(figures(book), axes=2)


def test_corpus_notebook_says_where_to_get_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without the corpus, the first cell says where to get Reuters-21578 and what kg
    reads (it was a bare StopIteration outside this repository's parent folder)."""
    missing = tmp_path / "reuters21578.jsonl"
    monkeypatch.setenv("KG_CORPUS", str(missing))
    book = load(NOTEBOOKS / "corpus.ipynb")
    with pytest.raises(CellExecutionError):
        execute(book)
    errors = [
        out
        for cell in book.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
        if out.output_type == "error"
    ]
    assert [error.ename for error in errors] == ["FileNotFoundError"]
    for words in (
        f"No corpus at {missing}",
        "KG_CORPUS",
        "JSON lines",
        '"text"',
        "UCI Machine Learning Repository",
        "NLTK",
    ):
        assert words in errors[0].evalue
