"""The notebooks run top to bottom with a real Jupyter kernel (nbclient)."""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import ROOT, shared_file

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

NOTEBOOKS = ROOT / "notebooks"


def run(path: Path) -> nbformat.NotebookNode:
    book: nbformat.NotebookNode = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
    NotebookClient(
        book, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
    ).execute()
    return book


def outputs(book: nbformat.NotebookNode) -> str:
    return "\n".join(
        str(out.get("text", "")) + str(out.get("data", {}).get("text/plain", ""))
        for cell in book.cells
        if cell.cell_type == "code"
        for out in cell.get("outputs", [])
    )


def test_notebooks_are_committed_without_outputs() -> None:
    for path in NOTEBOOKS.glob("*.ipynb"):
        book = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
        assert all(not c.get("outputs") for c in book.cells if c.cell_type == "code"), path.name


def test_walkthrough_runs_and_answers() -> None:
    text = outputs(run(NOTEBOOKS / "walkthrough.ipynb"))
    assert "Michael Herzog" in text and "Hamas" in text
    assert "conditional" in text


def test_corpus_notebook_runs_on_a_slice(monkeypatch: pytest.MonkeyPatch) -> None:
    shared_file("data", "news", "reuters21578.jsonl")
    monkeypatch.setenv("KG_CORPUS_LIMIT", os.environ.get("KG_CORPUS_LIMIT", "40"))
    text = outputs(run(NOTEBOOKS / "corpus.ipynb"))
    assert "articles in the slice: 40" in text
