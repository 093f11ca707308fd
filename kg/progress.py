"""Build progress: a live bar on a terminal, plain periodic lines otherwise, or nothing.

The bar shows articles (of the estimated total), words per second, events found and
the ETA; in a log (CI, cron) a line every ``interval`` seconds says the same. A
:class:`Stopwatch` sums the time spent in each stage, for the summary.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TextIO, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

__all__ = ["BuildProgress", "Stopwatch"]

T = TypeVar("T")


class BuildProgress:
    """Counts articles, words and events as a build goes and shows them."""

    def __init__(
        self,
        total: int | None,
        quiet: bool = False,
        stream: TextIO | None = None,
        interval: float = 10.0,
    ) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.interval = interval
        self.articles = self.words = self.events = 0
        self.started = self._last = time.monotonic()
        self._bar: Progress | None = None
        self._task = None
        if not quiet and self.stream.isatty():
            self._bar = Progress(
                TextColumn("building"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>8.0f} words/s  {task.fields[events]} events"),
                TimeRemainingColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._task = self._bar.add_task("build", total=total, rate=0.0, events=0)

    @property
    def words_per_second(self) -> float:
        return self.words / max(time.monotonic() - self.started, 1e-9)

    def advance(self, words: int, events: int) -> None:
        self.articles += 1
        self.words += words
        self.events += events
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, rate=self.words_per_second, events=self.events)
        elif not self.quiet and time.monotonic() - self._last >= self.interval:
            self._last = time.monotonic()
            rate = f"{self.words_per_second:.0f} words/s"
            self.stream.write(f"kg: {self.articles} articles, {rate}, {self.events} events\n")
            self.stream.flush()

    def __enter__(self) -> BuildProgress:
        if self._bar is not None:
            self._bar.start()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()


class Stopwatch:
    """Seconds spent in each named stage, summed over a build's batches: at corpus
    scale a user (and the throughput benchmark) needs to know where the time went, not
    only how much of it there was."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            elapsed = time.perf_counter() - started
            self.seconds[name] = self.seconds.get(name, 0.0) + elapsed

    def timed(self, name: str, items: Iterable[T]) -> Iterator[T]:
        """``items`` as they come, the time spent producing each counted in ``name``
        (for a lazy pipeline, whose stages run inside ``next``)."""
        iterator = iter(items)
        while True:
            with self.stage(name):
                try:
                    item = next(iterator)
                except StopIteration:
                    return
            yield item
