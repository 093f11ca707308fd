"""Parse and extract on several processes or a Dask cluster, in input order.

Parsing is the bottleneck (spaCy's small model manages a few thousand words a second
per core) and extraction is a pure function of each article, so both run in workers:
``jobs`` local processes, or the workers of a Dask cluster; with ``jobs`` 1 everything
runs in the calling process, on one core as asked. The calling process is the single
writer, which links people across articles, validates and owns the store. Each worker
loads the pipeline once (:func:`kg.nlp.load_pipeline` is cached per process). Articles
travel in chunks, at most ``window`` chunks in flight, so memory stays flat however long
the input; results come back in input order. With local workers, the calling process
parses the first chunk itself while they start (all of the input when it is one chunk).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from functools import partial
from itertools import chain, islice
from pathlib import Path

from kg.errors import Errors, KgError
from kg.extract import Extraction
from kg.ingest import Article, Rejected
from kg.nlp import BATCH_SIZE
from kg.pipeline import extract_articles

__all__ = ["extract_parallel"]

CHUNK = BATCH_SIZE  # articles per task: a whole nlp.pipe batch (smaller ones parse slower)


def extract_chunk(
    articles: list[Article],
    model: str,
    ontologies: tuple[Path, ...],
    lexicons: tuple[str, ...],
    loading: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> list[Extraction | Rejected]:
    """What one worker does with one chunk (a module-level function, so it pickles);
    ``loading`` only where the chunk is parsed in the calling process."""
    return list(extract_articles(articles, model, ontologies, lexicons, loading=loading))


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the calling process, which stops them and says so once."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(articles)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _in_order(
    futures: Iterable[Callable[[], list[Extraction | Rejected]]], window: int
) -> Iterator[Extraction | Rejected]:
    """Results of submitted chunks, in submission order, with at most ``window`` pending."""
    pending: deque[Callable[[], list[Extraction | Rejected]]] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield from pending.popleft()()
    while pending:
        yield from pending.popleft()()


def extract_parallel(
    articles: Iterable[Article],
    model: str,
    ontologies: tuple[Path, ...] = (),
    lexicons: tuple[str, ...] = (),
    jobs: int = 1,
    dask: str | None = None,
    loading: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Generator[Extraction | Rejected, None, None]:
    """Extractions of ``articles`` (or their rejections, :func:`kg.pipeline.extracted`) in
    input order, computed on the Dask cluster at address
    ``dask``, on ``jobs`` local worker processes, or here when ``jobs`` is 1. Closing
    the generator stops the workers (or disconnects from the cluster). The model loads
    inside ``loading()`` where this process loads it (its workers load theirs
    meanwhile; a Dask cluster's are its own affair)."""
    if dask is not None:
        try:
            from distributed import Client
        except ImportError:
            raise KgError(Errors.E070) from None

        with Client(dask) as client:  # type: ignore[no-untyped-call]
            workers = max(1, len(client.scheduler_info()["workers"]))
            futures = (
                client.submit(extract_chunk, chunk, model, ontologies, lexicons, pure=False).result
                for chunk in _chunks(articles, CHUNK)
            )
            yield from _in_order(futures, window=3 * workers)
        return
    if jobs <= 1:
        yield from extract_articles(articles, model, ontologies, lexicons, loading=loading)
        return
    chunks = _chunks(articles, CHUNK)
    first, second = next(chunks, []), next(chunks, None)
    if second is None:  # a single chunk: workers would only add their start-up
        yield from extract_articles(first, model, ontologies, lexicons, loading=loading)
        return
    # "spawn": workers start clean, never sharing the parent's open store handles.
    with multiprocessing.get_context("spawn").Pool(jobs, initializer=_ignore_interrupts) as pool:
        tasks: Iterator[Callable[[], list[Extraction | Rejected]]] = chain(
            # The first chunk is parsed here, while the workers start up and load the
            # model (a second or two) on the chunks queued after it.
            [partial(extract_chunk, first, model, ontologies, lexicons, loading)],
            (
                pool.apply_async(extract_chunk, (chunk, model, ontologies, lexicons)).get
                for chunk in chain([second], chunks)
            ),
        )
        yield from _in_order(tasks, window=3 * jobs)
