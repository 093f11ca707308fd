"""Build progress: a live bar on a terminal, plain periodic lines otherwise, or nothing.

The bar names what the build is doing (loading the model, building, writing the
outputs) and shows the inputs settled of the total counted up front, words per second,
events found and the time left; in a log (CI, cron) a line marks each phase and a line
every ``interval`` seconds says the rest. A :class:`Stopwatch` sums the time spent in
each stage, for the summary.

Every input counted in the total settles once: built, or passed over (already stored,
a repeated text, rejected), so the bar ends at its total. The time left is the inputs
not settled at the pace articles are built (see :class:`_Pace`): an input passed over
takes no time, and the start-up is not spent again.
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TextIO, TypeVar

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

__all__ = ["BuildProgress", "Stopwatch"]

T = TypeVar("T")

LOADING_MODEL = "loading model"
BUILDING = "building"


def _clock_time(seconds: float | None) -> str:
    return "-:--:--" if seconds is None else str(dt.timedelta(seconds=round(seconds)))


class _Pace:
    """Articles a second, measured between the ends of bursts. Articles finish in bursts
    (a parse batch at once, a worker's chunk at once, a batch stored between them), so
    a rate taken within a burst is many times the real one, as rich's own estimate is;
    and the time before the first burst ends holds the start-up (the model loading,
    workers starting, the first batch's warm-up), which the rest of the build will not
    spend again. So the pace is the articles built after the first burst over the time
    from its end to the latest burst's end: ``None`` until a second burst has ended."""

    def __init__(self, ready: float) -> None:
        self.ready = ready  # when the model was ready
        self.built = 0
        self._last: float | None = None  # when the last article was built
        self._first_end: tuple[float, int] | None = None  # (when, built by then)
        self._last_end: tuple[float, int] | None = None

    def built_at(self, now: float) -> None:
        if self._last is not None and now - self._last > (self._last - self.ready) / self.built:
            # A pause longer than the mean time per article since the model was ready
            # (long at first, the start-up included, so the first burst's small gaps are
            # no pauses): the last article ended a burst.
            self._first_end = self._first_end or (self._last, self.built)
            self._last_end = (self._last, self.built)
        self.built += 1
        self._last = now

    @property
    def per_second(self) -> float | None:
        if self._first_end is None or self._last_end is None:
            return None
        (start, before), (end, built) = self._first_end, self._last_end
        return (built - before) / (end - start) if end > start else None


class _TimeLeft(ProgressColumn):
    """The build's estimate of the time left, not rich's (see :class:`_Pace`)."""

    def __init__(self, seconds_left: Callable[[], float | None]) -> None:
        super().__init__()
        self.seconds_left = seconds_left

    def render(self, task: Task) -> Text:
        return Text(_clock_time(self.seconds_left()), style="progress.remaining")


class BuildProgress:
    """Counts inputs, words and events as a build goes and shows them; ``clock`` is
    injected so the estimates can be tested without waiting."""

    def __init__(
        self,
        total: int | None,
        quiet: bool = False,
        stream: TextIO | None = None,
        interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.interval = interval
        self.clock = clock
        self.total = total
        self.settled = 0  # inputs built or passed over, of ``total``
        self.words = self.events = 0  # of the articles built
        self.phase = BUILDING
        self._last_line = clock()
        self._pace = _Pace(ready=self._last_line)
        self._estimate: tuple[float, float] | None = None  # (when, seconds left then)
        self._bar: Progress | None = None
        if not quiet and self.stream.isatty():
            self._bar = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]:>8.0f} words/s  {task.fields[events]} events"),
                _TimeLeft(self.seconds_left),
                console=Console(file=self.stream),
                transient=True,
            )
            self._task = self._bar.add_task(self.phase, total=total, rate=0.0, events=0)

    @property
    def words_per_second(self) -> float:
        """Words of the articles built, a second since the model was ready."""
        return self.words / max(self.clock() - self._pace.ready, 1e-9)

    def seconds_left(self) -> float | None:
        """The time the inputs not settled yet will take at the pace articles are built,
        estimated when the last input settled and counted down since (so it runs like a
        clock between bursts); ``None`` until there is a pace."""
        if self._estimate is None:
            return None
        when, left = self._estimate
        return max(0.0, left - (self.clock() - when))

    def advance(self, words: int, events: int) -> None:
        """An article built, with its words and events."""
        self._pace.built_at(self.clock())
        self.words += words
        self.events += events
        self._settle()

    def pass_over(self) -> None:
        """An input settled without work: already stored, a repeated text, rejected."""
        self._settle()

    def _settle(self) -> None:
        self.settled += 1
        now = self.clock()
        pace = self._pace.per_second
        if pace is not None and self.total is not None:
            self._estimate = (now, max(self.total - self.settled, 0) / pace)
        if self._bar is not None:
            rate = self.words_per_second
            self._bar.update(self._task, completed=self.settled, rate=rate, events=self.events)
        elif now - self._last_line >= self.interval:
            self._last_line = now
            of = "" if self.total is None else f"/{self.total}"
            self._say(
                f"{self.settled}{of} articles, {self.words_per_second:.0f} words/s, "
                f"{self.events} events, {_clock_time(self.seconds_left())} left"
            )

    @contextmanager
    def showing(self, phase: str) -> Iterator[None]:
        """Name what the build does meanwhile (``writing outputs``), then go back to
        building."""
        self._show(phase)
        try:
            yield
        finally:
            self._show(BUILDING)

    @contextmanager
    def loading_model(self) -> Iterator[None]:
        """The model loading, shown as such: seconds in which no article can finish."""
        with self.showing(LOADING_MODEL):
            yield
        self._pace.ready = self.clock()

    def _show(self, phase: str) -> None:
        self.phase = phase
        if self._bar is not None:
            self._bar.update(self._task, description=phase)
        elif phase != BUILDING:
            self._say(phase)

    def _say(self, line: str) -> None:
        if not self.quiet:
            self.stream.write(f"kg: {line}\n")
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
