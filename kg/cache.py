"""A disk cache for what kg derives once from large data files.

Some indexes take seconds to build and never change between runs: the town index over
GeoNames' 70,000 towns and their alternate names (:mod:`kg.places`) costs more than
loading the spaCy model, and ``kg extract "one sentence"`` would pay it every time. Such
an index is built once, pickled under the user's cache folder (``$KG_CACHE_DIR``, else
``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``) and read back by later processes.

The file's name holds a digest of everything the index is derived from: the data
package's version, the parameters, and the source of the module that builds it, so a
change to any of them builds a new index rather than reading a stale one. Writes are
atomic (a temporary file renamed into place), so processes building at once never read
half a file; a file that cannot be read is built again, and a cache folder that cannot
be written only costs the time of building. Each kind of index keeps its
``KEEP`` most recently used files: every change to an ontology, a data file or kg's own
code makes new ones, and the folder would otherwise grow without end (a developer's
test runs left thousands). The cache holds only what kg wrote itself;
like the virtual environment, it is trusted code's output, and a user who shares the
folder with others should point ``KG_CACHE_DIR`` at a private one.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["CACHE_ENV", "cache_dir", "cached", "collector_paused", "collector_relaxed"]

CACHE_ENV = "KG_CACHE_DIR"
KEEP = 16  # files kept per kind of index (see the module docstring)
YOUNG = 10_000  # allocations between collections of the youngest generation in a build
T = TypeVar("T")


def cache_dir() -> Path:
    """The folder kg caches derived indexes in (see the module docstring)."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def cached(name: str, inputs: Sequence[str | Path], build: Callable[[], T]) -> T:
    """The value ``build()`` returns, read from the cache where an earlier process stored
    it for the same ``inputs`` (strings, and files whose contents count), else built and
    stored."""
    digest = hashlib.sha256(name.encode())
    for part in inputs:
        digest.update(part.read_bytes() if isinstance(part, Path) else part.encode())
        digest.update(b"\0")
    path = cache_dir() / f"{name}-{digest.hexdigest()[:16]}.pickle"
    try:
        value: T = _load(path)
    except Exception:  # missing, half-written by a crash, or from another Python: rebuild
        pass
    else:
        _used(path)
        return value
    value = build()
    _store(value, path)
    _prune(name, path.parent)
    return value


def _used(path: Path) -> None:
    """Mark a cache file as just used, for :func:`_prune`; a file another process has
    just removed, or a folder that cannot be written, is left as it is."""
    with suppress(OSError):
        os.utime(path)


def _prune(name: str, folder: Path) -> None:
    """Remove all but the ``KEEP`` most recently used files of the index ``name``; a
    file already gone (another process pruned it) or that cannot be removed is left."""
    try:
        files = sorted(
            folder.glob(f"{name}-*.pickle"), key=lambda f: f.stat().st_mtime, reverse=True
        )
    except OSError:
        return
    for stale in files[KEEP:]:
        with suppress(OSError):
            stale.unlink()


@contextmanager
def collector_paused() -> Iterator[None]:
    """The garbage collector paused inside, for building what is kept: hundreds of
    thousands of small objects, none of them garbage, whose allocation would set off
    collections that walk them all, again and again, for nothing. On the way out
    everything alive is frozen (out of the collector's reach for the life of the
    process) before the collector resumes: the objects allocated while it was paused
    are all still in its youngest generation, and the first allocation after it resumed
    would set off a collection that walks them all once more (a tenth of a second for
    the Phoenix dictionaries alone). The freeze is the process's: it also keeps out of
    reach whatever the caller holds at that moment (a notebook's objects), and is not
    undone."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


@contextmanager
def collector_relaxed(young: int = YOUNG) -> Iterator[None]:
    """The collector's youngest generation collected every ``young`` allocations inside,
    not Python's 700 (nor fewer than the caller asked for; a collector switched off by a
    threshold of 0 stays so): a build allocates millions of objects that die with their
    article (tokens, spans, records), and each young collection walks whatever happens
    to be alive at that moment again. Over 300 articles 1,438 collections took 0.33-0.47
    s, 50 took 0.19 s; the older generations keep their thresholds, so cycles still go,
    a few thousand objects later."""
    old = gc.get_threshold()
    if old[0]:
        gc.set_threshold(max(young, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def _load(path: Path) -> Any:
    """The pickle at ``path``, read with the garbage collector paused (the collections
    that an index's allocation would set off cost twice the read itself), then frozen
    with everything alive, out of the collector's reach (see :func:`collector_paused`):
    every index is kept for the life of the process, and full collections would
    otherwise walk it again and again (the town index, read at a build's first article,
    after the model is frozen: see :func:`kg.nlp.load_pipeline`)."""
    with collector_paused(), path.open("rb") as stored:
        return pickle.load(stored)


def _store(value: object, path: Path) -> None:
    """Write ``value`` to ``path`` atomically; a folder that cannot be written is left
    alone (every process then builds), and a write cut short leaves no file behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as scratch:
            pickle.dump(value, scratch, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)
