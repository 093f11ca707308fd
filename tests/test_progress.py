"""The build's stopwatch: time summed by stage, including the time a lazy stage spends
producing each item. A fake clock makes the figures exact."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.progress import Stopwatch


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
