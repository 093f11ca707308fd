"""Parallel builds (processes, a Dask cluster) give exactly the graph of a serial build."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg import build as build_module
from kg import parallel
from kg.build import build

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

TEXTS = [
    "Michael Herzog accused Hamas of stalling the talks.",
    "Egypt urged Israel to halt the offensive in Gaza.",
    "Ambassador Herzog condemned Iran on Monday.",
    "Qatar hosted talks between Hamas and Israel.",
    "Russia attacked Ukraine again, officials said.",
    "The United Nations appealed for a ceasefire.",
    "Iran will release the prisoners, its minister said.",
    "Syria will not accept refugees from Iraq.",
    "Turkey threatened to expel Swedish diplomats.",
    "Jordan praised Egypt for its mediation.",
    "Hezbollah fired rockets at Israel overnight.",
    "France sent aid to Lebanon after the blast.",
]


@pytest.fixture(scope="module", autouse=True)
def small_chunks() -> Iterator[None]:
    """Chunks of 4 articles, so these 12 travel as 3 tasks to the workers (input of a
    single chunk is parsed in-process)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(parallel, "CHUNK", 4)
        yield


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    for n, text in enumerate(TEXTS):
        (folder / f"a{n:02d}.txt").write_text(f"date 2024-03-{n + 1:02d} {text}", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def serial(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    out = tmp_path_factory.mktemp("serial")
    build([corpus], out=out, jobs=1)
    text = (out / "graph.ttl").read_bytes()
    assert b"actor:michael_herzog" in text and b"actor:herzog" not in text  # linked across articles
    return text


def test_two_processes_build_the_same_graph(corpus: Path, serial: bytes, tmp_path: Path) -> None:
    build([corpus], out=tmp_path, jobs=2)
    assert (tmp_path / "graph.ttl").read_bytes() == serial


def test_a_dask_cluster_builds_the_same_graph(corpus: Path, serial: bytes, tmp_path: Path) -> None:
    from distributed import LocalCluster

    with LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        build([corpus], out=tmp_path, dask=cluster.scheduler_address)
    assert (tmp_path / "graph.ttl").read_bytes() == serial


def test_a_failed_build_stops_its_workers(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The error is held, as a notebook holds its last traceback: the worker processes
    must be gone all the same."""

    def fail(*args: object) -> None:
        raise RuntimeError("the disk is full")

    monkeypatch.setattr(build_module, "store_extractions", fail)
    with pytest.raises(RuntimeError, match="disk is full") as held:
        build([corpus], out=tmp_path / "out", jobs=2, batch_size=1)
    assert held.traceback  # still referenced here
    assert multiprocessing.active_children() == []
