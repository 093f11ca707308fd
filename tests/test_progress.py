"""Build progress and the build's stopwatch. A fake clock makes every figure exact: no
test waits or depends on how busy the machine is."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib.namespace import RDFS

from kg.build import build
from kg.ingest import Article
from kg.progress import BuildProgress, Stopwatch
from kg.rdf import article_iri
from kg.records import Extraction
from kg.store import open_store


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr("kg.progress.time.perf_counter", fake)
    return fake


class Recorded(BuildProgress):
    """The progress a build made, kept for the test to read."""

    last: Recorded | None = None

    def __enter__(self) -> BuildProgress:
        Recorded.last = self
        return super().__enter__()


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> type[Recorded]:
    monkeypatch.setattr("kg.build.BuildProgress", Recorded)
    Recorded.last = None
    return Recorded


def test_timed_counts_the_producer_not_the_consumer(clock: Clock) -> None:
    def produce() -> Iterator[int]:
        for i in range(3):
            clock.now += 1  # the work of making item i
            yield i
        clock.now += 0.5  # finding out there is no more

    watch = Stopwatch()
    items = []
    for item in watch.timed("produce", produce()):
        clock.now += 10  # the consumer's work is not the producer's
        items.append(item)
    assert items == [0, 1, 2]
    assert watch.seconds == {"produce": 3.5}


def test_stages_add_up_and_count_even_when_they_fail(clock: Clock) -> None:
    watch = Stopwatch()
    for _ in range(2):
        with watch.stage("store"):
            clock.now += 2
    with pytest.raises(ValueError), watch.stage("validate"):
        clock.now += 1
        raise ValueError("a broken batch")
    assert watch.seconds == {"store": 4.0, "validate": 1.0}


class ModelLoaded(Exception):
    """Raised by a stand-in for the model: the test has seen what it needed."""


def test_the_build_shows_the_model_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded: type[Recorded]
) -> None:
    """The seconds the model takes to load are shown as such, not as 0 articles done."""
    phases: list[str] = []

    def load_pipeline(model: str, lexicons: tuple[str, ...]) -> None:
        assert recorded.last is not None
        phases.append(recorded.last.phase)
        raise ModelLoaded

    monkeypatch.setattr("kg.pipeline.load_pipeline", load_pipeline)
    (tmp_path / "news.txt").write_text("Hamas released hostages.", encoding="utf-8")
    with pytest.raises(ModelLoaded):
        build([tmp_path / "news.txt"], out=tmp_path / "out", jobs=1)
    assert phases == ["loading model"]


def test_the_model_loading_is_a_phase_of_its_own_in_a_log() -> None:
    clock, log = Clock(), io.StringIO()
    progress = BuildProgress(300, stream=log, clock=clock)
    with progress.loading_model():
        assert progress.phase == "loading model"
        clock.now = 12.0
    assert progress.phase == "building"
    with progress.showing("writing outputs"):
        assert progress.phase == "writing outputs"
    assert log.getvalue() == "kg: loading model\nkg: writing outputs\n"


def test_the_time_left_is_measured_between_bursts_after_the_start_up() -> None:
    """Articles finish in bursts of 32 (a parse batch, a worker's chunk) every 3.2 s,
    after 12 s of model loading and 12 s more of workers starting: rich's estimate, taken
    within a burst, said a few seconds where half a minute was left. Once a second burst
    has ended, the estimate is off by less than one burst's time (the articles of a
    burst finish together), and inputs passed over (stored already, repeated) cost no
    time."""
    clock = Clock()
    finishes = [24.0 + 3.2 * burst + 0.01 * i for burst in range(10) for i in range(32)]
    repeats = {50, 150, 250}  # a repeated text is passed over as it is read
    progress = BuildProgress(len(finishes) + len(repeats), stream=io.StringIO(), clock=clock)
    with progress.loading_model():
        clock.now = 12.0
    for number, finish in enumerate(finishes):
        clock.now = finish
        if number in repeats:
            progress.pass_over()
        progress.advance(words=200, events=1)
        left, truth = progress.seconds_left(), finishes[-1] - finish
        if number < 64:
            assert left is None, number
        else:
            assert left is not None and abs(left - truth) < 3.2, (number, left, truth)
            if number % 32 == 31:  # a burst's end
                assert left == pytest.approx(truth, abs=0.5), number
    assert progress.settled == progress.total and progress.seconds_left() == 0


def test_the_time_left_runs_like_a_clock_between_bursts() -> None:
    clock, log = Clock(), io.StringIO()
    progress = BuildProgress(100, stream=log, clock=clock, interval=10.0)
    for burst in range(3):
        for i in range(10):
            clock.now = 5.0 + 10.0 * burst + 0.01 * i
            progress.advance(words=100, events=2)
    assert progress.seconds_left() == pytest.approx(70.0, abs=0.5)  # 70 articles at 1/s
    # A line every 10 s in a log: here as the third burst began (words/s since ready).
    assert log.getvalue().splitlines()[-1] == (
        "kg: 21/100 articles, 84 words/s, 42 events, 0:01:19 left"
    )
    clock.now += 30
    assert progress.seconds_left() == pytest.approx(40.0, abs=0.5)
    clock.now += 60
    assert progress.seconds_left() == 0


def test_the_bar_ends_at_its_total_when_inputs_need_no_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded: type[Recorded]
) -> None:
    """Texts repeated, stored already or rejected settle as they are read, so the bar
    reaches its total (it stopped at 299/300 on a corpus with one repeated text)."""

    def extract_parallel(
        articles: Iterable[Article], *args: object, **kwargs: object
    ) -> Iterator[Extraction]:
        """Every article as extracted, with nothing found (the model is not needed)."""
        for article in articles:
            yield Extraction(article, (article.text,), (), (), ())

    monkeypatch.setattr("kg.build.extract_parallel", extract_parallel)
    texts = ["Stored before.", "Hamas released hostages.", "Hamas released hostages."]
    lines = [json.dumps({"id": f"a{n}", "text": text}) for n, text in enumerate(texts)]
    news = tmp_path / "news.jsonl"
    repeated = lines[1].replace('"a1"', '"a3"')  # the same text under another id
    news.write_text("\n".join([*lines, repeated, "{not json"]) + "\n", encoding="utf-8")
    stored = article_iri(Article("a0", texts[0]).uid)
    with open_store(tmp_path / "out" / "store") as store:
        store.replace_graph(stored, [(stored, RDFS.label, Literal("built before"))])
    report = build([news], out=tmp_path / "out", outputs=False)
    settled = (report.articles, report.skipped, report.duplicates, len(report.rejected))
    assert settled == (1, 1, 2, 1)
    assert recorded.last is not None
    assert recorded.last.settled == recorded.last.total == 5
