"""Shared fixtures: the real spaCy pipeline and one real build of the seed article."""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright
from spacy.language import Language

from kg.build import BuildReport, build
from kg.nlp import load_pipeline

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
REUTERS_ARTICLES = 300


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """The seed article built once into a temporary output folder."""
    out = tmp_path_factory.mktemp("seed-build")
    return out, build([SEEDS], out=out)


@pytest.fixture(scope="session")
def reuters_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, BuildReport]:
    """The first 300 Reuters-21578 articles (``shared/data/news/reuters21578.jsonl``)
    built once per session into a temporary folder: the corpus-scale page, queries and
    loads are tested on it. Without ../shared the tests that use it skip, saying so."""
    corpus = shared_file("data", "news", "reuters21578.jsonl")
    folder = tmp_path_factory.mktemp("reuters-300")
    sample = folder / f"reuters-{REUTERS_ARTICLES}.jsonl"
    with corpus.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as target:
        target.writelines(itertools.islice(source, REUTERS_ARTICLES))
    out = folder / "out"
    return out, build([sample], out=out, quiet=True)


# Fixtures that load the statistical model or start a store server: a test using one is
# an end-to-end test (modules of such tests mark themselves with ``pytestmark``).
END_TO_END_FIXTURES = frozenset({"nlp", "seed_build", "reuters_build", "server", "browser"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark the end-to-end tests ``slow``: ``pytest -m "not slow"`` runs the rule tests
    on hand-built parses in seconds."""
    for item in items:
        if END_TO_END_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def shared_file(*parts: str) -> Path:
    """A file of ../shared; the tests that need one skip, saying so, where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} not present")
    return path


CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """One Chromium for every browser test (Debian's: Playwright's download is not used)."""
    executable = shutil.which("chromium")
    assert executable, "Debian's chromium is required for the browser tests (make browser)"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield launched
        launched.close()
