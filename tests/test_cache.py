"""The disk cache of derived indexes (kg.cache): built once, read back while its inputs
are the same, built again when they change or the file is damaged, and never in the way
when the cache folder cannot be written."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from kg.cache import CACHE_ENV, KEEP, cached, collector_relaxed


class Builds:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self) -> dict[str, int]:
        self.count += 1
        return {"built": self.count}


def test_an_index_is_built_once_for_the_same_inputs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "data.txt"
    source.write_text("one", encoding="utf-8")
    build = Builds()
    assert cached("index", ["v1", source], build) == {"built": 1}
    assert cached("index", ["v1", source], build) == {"built": 1}  # read back, not built
    assert cached("index", ["v2", source], build) == {"built": 2}  # another parameter
    source.write_text("two", encoding="utf-8")
    assert cached("index", ["v1", source], build) == {"built": 3}  # the file changed
    assert build.count == 3


def test_a_damaged_file_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    build = Builds()
    cached("index", ["v1"], build)
    [stored] = folder.iterdir()
    stored.write_bytes(stored.read_bytes()[:5])  # a write cut short by a crash
    assert cached("index", ["v1"], build) == {"built": 2}
    assert cached("index", ["v1"], build) == {"built": 2}


def test_a_cache_folder_that_cannot_be_written_only_costs_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache "folder" that is a file cannot be made or written, even by root."""
    blocked = tmp_path / "cache"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    build = Builds()
    assert cached("index", ["v1"], build) == {"built": 1}
    assert cached("index", ["v1"], build) == {"built": 2}


@pytest.mark.parametrize("damaged", [False, True])
def test_reading_leaves_the_garbage_collector_as_it_found_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damaged: bool
) -> None:
    """The read pauses the collector (see kg.cache._load); a read that fails must not
    leave it paused for the rest of the process, nor start one the caller had paused."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    cached("index", ["v1"], Builds())
    if damaged:
        [stored] = folder.iterdir()
        stored.write_bytes(b"\x80")
    assert gc.isenabled()
    cached("index", ["v1"], Builds())
    assert gc.isenabled()
    gc.disable()
    try:
        cached("index", ["v1"], Builds())
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_relaxed_collector_gets_its_thresholds_back() -> None:
    """A build collects the youngest generation less often (see kg.cache.collector_relaxed)
    and gives the process its thresholds back, error or not; a caller's higher threshold,
    or a collector switched off by a threshold of 0, is left as it is."""
    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with pytest.raises(RuntimeError), collector_relaxed(5000):
            assert gc.get_threshold() == (5000, 10, 10)
            raise RuntimeError
        assert gc.get_threshold() == (700, 10, 10)
        for kept in (20000, 0):
            gc.set_threshold(kept, 10, 10)
            with collector_relaxed(5000):
                assert gc.get_threshold() == (kept, 10, 10)
    finally:
        gc.set_threshold(*before)


def test_each_index_keeps_only_its_most_recently_used_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every change of inputs makes a new file; the folder keeps the ``KEEP`` most
    recently used of each index, so it does not grow without end, and a file read
    again is kept as one just made."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(CACHE_ENV, str(folder))
    cached("other", ["x"], Builds())
    first = Builds()
    cached("index", ["v0"], first)
    for version in range(1, KEEP + 3):
        cached("index", [f"v{version}"], Builds())
        cached("index", ["v0"], first)  # read back: used again
    assert len(list(folder.glob("index-*.pickle"))) == KEEP
    assert first.count == 1  # never pruned, never built again
    assert len(list(folder.glob("other-*.pickle"))) == 1  # another index is not touched
