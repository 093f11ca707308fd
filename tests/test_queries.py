"""Saved queries answered on stores built for them: hand-built articles (no model), and
one short article built end to end and read back through ``kg events`` too."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import store_extractions
from kg.cli import app
from kg.ingest import Article
from kg.records import Actor, Event, Extraction
from kg.store import Store
from kg.tables import saved_query

runner = CliRunner()
COUNTRY_COLUMNS = (
    "source_country",
    "source_country_code",
    "target_country",
    "target_country_code",
    "cameo_root",
    "events",
)


def fight(sentence: int, source: str | None, target: str | None, negated: bool = False) -> Event:
    return Event(sentence, "Fight", "19", source, target, "", None, "asserted", negated, 0.9, "x")


def by_country(store: Store) -> list[tuple[str, ...]]:
    return [
        tuple("" if row.get(c) is None else str(row.get(c)) for c in COUNTRY_COLUMNS)
        for row in store.rows(saved_query("events_by_country"))
    ]


def country_store() -> Store:
    """Two articles: the first with every way an actor finds (or misses) its country,
    the second naming Iraq (spelled otherwise) and Iran again, so both are described in
    two graphs."""
    iraq, iran = (
        Actor("iraq", "Iraq", "State", code="IRQ"),
        Actor("iran", "Iran", "State", code="IRN"),
    )
    first = Extraction(
        Article("a1", "eight sentences", date="2024-03-05"),
        tuple(f"Sentence {n}." for n in range(1, 9)),
        (
            iraq,
            iran,
            Actor("israel", "Israel", "State", code="ISR"),
            Actor("palestine", "Palestine", "State", code="PSE"),
            Actor("gaza", "Gaza", "State", code="PSEGZA", country="palestine"),
            Actor(
                "idf",
                "Israel Defense Forces",
                "Government",
                affiliation="israel",
                code="ISRMIL",
                role="MIL",
                country="israel",
            ),
            Actor(
                "iraqi_military",
                "Iraqi military",
                "Government",
                code="IRQMIL",
                role="MIL",
                country="iraq",
            ),
            Actor("armed_group", "armed group", "ArmedGroup", code="UAF", role="UAF"),
            # A person coded with the bare code of their side, and no ckg:country.
            Actor("david_grossman", "David Grossman", "Person", "novelist", "israel", code="ISR"),
            Actor("ruritania", "Ruritania", "State"),  # a state without a code
        ),
        (),
        (
            fight(1, "idf", "gaza"),  # Israeli troops shelled Gaza.
            fight(2, "iraq", "iran"),  # Iraq attacked Iran.
            fight(3, "iraqi_military", "iran"),  # Iraqi warplanes bombed Iran.
            fight(4, "iran", "iraq", negated=True),  # Iran did not attack Iraq.
            fight(5, "armed_group", "iraq"),  # Gunmen attacked Iraq.
            fight(6, "iraq", None),  # Iraq attacked.
            Event(
                7,
                "Criticize",
                "111",
                "david_grossman",
                "iran",
                "",
                None,
                "asserted",
                False,
                0.9,
                "criticized",
            ),
            Event(
                8, "Accuse", "112", "ruritania", "iran", "", None, "asserted", False, 0.9, "accused"
            ),
        ),
    )
    second = Extraction(
        Article("a2", "Iraq attacked Iran.", date="2024-03-06"),
        ("Iraq attacked Iran.",),
        (Actor("iraq", "Republic of Iraq", "State", code="IRQ"), iran),
        (),
        (fight(1, "iraq", "iran"),),
    )
    store = Store()
    store_extractions(store, [first, second])
    return store


def test_events_by_country_counts_each_event_once_under_its_countries() -> None:
    assert by_country(country_store()) == [
        # a1's sentences 2 and 3 (Iraq's warplanes are Iraq's), and a2's: Iraq and Iran are
        # described in both articles, and each event still counts once.
        ("Iraq", "IRQ", "Iran", "IRN", "19", "3"),
        ("", "", "Iraq", "IRQ", "19", "1"),  # gunmen (UAF) have no country
        ("Iraq", "IRQ", "", "", "19", "1"),  # no target
        ("Israel", "ISR", "Iran", "IRN", "11", "1"),  # the novelist's ISR is Israel's
        ("Israel", "ISR", "Palestine", "PSE", "19", "1"),  # ISRMIL on PSEGZA
        ("Ruritania", "", "Iran", "IRN", "11", "1"),
    ]  # and "Iran did not attack Iraq" is not counted


@pytest.mark.slow
def test_events_by_country_agrees_with_the_events_table(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "date 2024-03-05\nIsraeli troops shelled Gaza. Iraq attacked Iran. Iraqi warplanes "
        "bombed Iran. Iran did not attack Iraq. Iraq accused Iran.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    built = runner.invoke(app, ["build", str(tmp_path / "in"), "--out", str(out), "--quiet"])
    assert built.exit_code == 0, built.output
    store = ["--store", str(out / "store"), "--format", "tsv"]
    events = runner.invoke(app, ["events", *store])
    queried = runner.invoke(app, ["query", "--name", "events_by_country", *store])
    assert events.exit_code == queried.exit_code == 0, events.output + queried.output
    table = list(csv.DictReader(io.StringIO(events.stdout), delimiter="\t"))
    assert [(r["source_code"], r["cameo"], r["target_code"], r["negated"]) for r in table] == [
        ("ISRMIL", "190", "PSEGZA", "false"),
        ("IRQ", "190", "IRN", "false"),
        ("IRQMIL", "195", "IRN", "false"),  # warplanes bombing: aerial weapons
        ("IRN", "190", "IRQ", "true"),
        ("IRQ", "112", "IRN", "false"),
    ]
    rows = list(csv.DictReader(io.StringIO(queried.stdout), delimiter="\t"))
    assert [tuple(r[c] for c in COUNTRY_COLUMNS) for r in rows] == [
        ("Iraq", "IRQ", "Iran", "IRN", "19", "2"),
        ("Iraq", "IRQ", "Iran", "IRN", "11", "1"),
        ("Israel", "ISR", "Palestine", "PSE", "19", "1"),
    ]
    # The same counts from the table: every code here starts with its country's code.
    expected = Counter(
        (r["source_code"][:3], r["target_code"][:3], r["cameo"][:2])
        for r in table
        if r["negated"] == "false"
    )
    assert {
        (r["source_country_code"], r["target_country_code"], r["cameo_root"]): int(r["events"])
        for r in rows
    } == expected
