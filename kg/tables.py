"""Tabular views of the store: the events table behind ``kg events`` and ``events.tsv``.

Rows are read from the store by SPARQL, so the table describes any graph kg has
built or loaded, and come out sorted, so the files are byte-identical across runs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from decimal import Decimal

from rdflib.query import Result

from kg.formats import TABLE_FORMATS, check_format
from kg.queries import saved_query, saved_query_names
from kg.rdf import event_iri, event_name, event_names
from kg.records import Extraction
from kg.store import Store
from kg.text import spreadsheet_safe
from kg.vocabulary import Vocabulary

__all__ = [
    "EVENT_COLUMNS",
    "affiliation_pairs",
    "events_table",
    "extraction_table",
    "format_rows",
    "saved_query",
    "saved_query_names",
    "solution_rows",
]

EVENT_COLUMNS = (
    "article",
    "date",
    "sentence",
    "source",
    "event",
    "cameo",
    "target",
    "theme",
    "said_by",
    "modality",
    "negated",
    "confidence",
    "evidence",
    "source_code",
    "target_code",
    "quad_class",
    "event_date",
    "location",
)
EXTRA_COLUMNS = ("goldstein", "event_iri")


def _text(value: object) -> str:
    return "-" if value is None else " ".join(str(value).split())


def _row(**values: object) -> dict[str, str]:
    """One events-table row: every column as text, ``-`` for none."""
    return {column: _text(values.get(column)) for column in (*EVENT_COLUMNS, *EXTRA_COLUMNS)}


def _one_per_event(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """One row per event of an article, sorted as the table is: by article, sentence,
    code, actors. Two events of one sentence with the same type and actors are one IRI,
    so the store gives a row for each of their values (two themes), as ``kg extract``
    gives a row for each event; one row is kept, the first by its actors' labels. (Two
    inputs with the same text are one article in a store, two for ``kg extract``.)"""
    rows.sort(key=lambda r: (r["event_iri"], r["source"], r["target"], r["said_by"]), reverse=True)
    unique = list({(r["article"], r["event_iri"]): r for r in rows}.values())
    unique.sort(
        key=lambda r: (r["article"], int(r["sentence"]), r["cameo"], r["source"], r["target"])
    )
    return unique


def events_table(store: Store) -> list[dict[str, str]]:
    """Every event in the store as a row of :data:`EVENT_COLUMNS` plus Goldstein and IRI."""
    rows = store.rows(saved_query("events"))
    names = event_names(str(row["class"]) for row in rows)
    return _one_per_event(
        [
            _row(**{**row, "event": names[str(row["class"])], "event_iri": row.get("event")})
            for row in rows
        ]
    )


def extraction_table(extractions: Iterable[Extraction], vocab: Vocabulary) -> list[dict[str, str]]:
    """The same table straight from extraction records, as the store would give it once
    they were stored: for ``kg extract``, which stores nothing."""
    rows = []
    for extraction in extractions:
        article = extraction.article
        labels = {actor.key: actor.label for actor in extraction.actors}
        codes = {actor.key: actor.code for actor in extraction.actors}
        places = {place.key: place.name for place in extraction.places}
        for event in extraction.events:
            event_type = vocab.event_types[event.event_type]
            rows.append(
                _row(
                    article=article.id,
                    date=article.date,
                    sentence=event.sentence,
                    source=labels.get(event.source or ""),
                    event=event_name(event.event_type, vocab),
                    cameo=event_type.cameo,
                    target=labels.get(event.target or ""),
                    theme=event.theme or None,
                    said_by=labels.get(event.said_by or ""),
                    modality=event.modality,
                    negated=str(event.negated).lower(),
                    confidence=Decimal(str(event.confidence)),
                    evidence=extraction.sentences[event.sentence - 1],
                    source_code=codes.get(event.source or ""),
                    target_code=codes.get(event.target or ""),
                    quad_class=vocab.quad_class_of(event.event_type),
                    event_date=event.event_date,
                    location=places.get(event.location or ""),
                    goldstein=Decimal(str(event_type.goldstein)),
                    event_iri=event_iri(article.uid, event),
                )
            )
    return _one_per_event(rows)


def affiliation_pairs(store: Store) -> list[tuple[str, str]]:
    """(actor label, affiliation label) for every affiliation in the store."""
    return sorted(
        (str(row["actor"]), str(row["affiliation"]))
        for row in store.rows(saved_query("affiliations"))
    )


def solution_rows(result: Result) -> tuple[list[str], list[dict[str, str]]]:
    """A SELECT result as column names and rows of plain strings ("" when unbound)."""
    names = [str(v) for v in result.vars or []]
    rows = [
        {n: "" if row.get(n) is None else str(row.get(n)) for n in names}  # type: ignore[union-attr]
        for row in result
    ]
    return names, rows


def format_rows(rows: Sequence[dict[str, str]], columns: Sequence[str], fmt: str) -> str:
    """Rows as TSV, CSV or JSON text."""
    if fmt == "json":
        return (
            json.dumps([{c: r[c] for c in columns} for r in rows], indent=2, ensure_ascii=False)
            + "\n"
        )
    check_format(fmt, TABLE_FORMATS)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([spreadsheet_safe(r[c]) for c in columns] for r in rows)
    return buffer.getvalue()
