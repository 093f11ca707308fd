"""Tabular views of the store: the events table behind ``kg events`` and ``events.tsv``.

Rows are read from the store by SPARQL, so the table describes any graph kg has
built or loaded, and come out sorted, so the files are byte-identical across runs.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from importlib.resources import files

from rdflib.query import Result

from kg.errors import KgError
from kg.rdf import event_name
from kg.store import Store
from kg.text import spreadsheet_safe

__all__ = [
    "EVENT_COLUMNS",
    "affiliation_pairs",
    "events_table",
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
)
EXTRA_COLUMNS = ("goldstein", "event_iri")
TABLE_FORMATS = ("tsv", "csv", "json")


def saved_query_names() -> list[str]:
    """Names of the queries shipped in ``kg/queries/``."""
    folder = files("kg") / "queries"
    return sorted(p.name.removesuffix(".rq") for p in folder.iterdir() if p.name.endswith(".rq"))


def saved_query(name: str) -> str:
    """The text of a query shipped in ``kg/queries/NAME.rq``."""
    if name not in saved_query_names():
        raise KgError("E035", name=name, names=", ".join(saved_query_names()))
    return (files("kg") / "queries" / f"{name}.rq").read_text(encoding="utf-8")


def _text(value: object) -> str:
    return "-" if value is None else " ".join(str(value).split())


def events_table(store: Store) -> list[dict[str, str]]:
    """Every event in the store as a row of :data:`EVENT_COLUMNS` plus Goldstein and IRI."""
    rows = []
    for row in store.rows(saved_query("events")):
        rows.append(
            {
                "article": _text(row.get("article")),
                "date": _text(row.get("date")),
                "sentence": _text(row.get("sentence")),
                "source": _text(row.get("source")),
                "event": event_name(str(row["class"])),
                "cameo": _text(row.get("cameo")),
                "target": _text(row.get("target")),
                "theme": _text(row.get("theme")),
                "said_by": _text(row.get("said_by")),
                "modality": _text(row.get("modality")),
                "negated": _text(row.get("negated")),
                "confidence": _text(row.get("confidence")),
                "evidence": _text(row.get("evidence")),
                "goldstein": _text(row.get("goldstein")),
                "event_iri": _text(row.get("event")),
            }
        )
    # An actor may carry two spellings of its label from different articles; keep one
    # row per event (the first by label), so the table has exactly one row an event.
    rows.sort(key=lambda r: (r["event_iri"], r["source"], r["target"], r["said_by"]), reverse=True)
    unique = list({r["event_iri"]: r for r in rows}.values())
    unique.sort(
        key=lambda r: (r["article"], int(r["sentence"]), r["cameo"], r["source"], r["target"])
    )
    return unique


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
    if fmt not in TABLE_FORMATS:
        raise KgError("E040", value=fmt, choices=", ".join(TABLE_FORMATS))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t" if fmt == "tsv" else ",", lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([spreadsheet_safe(r[c]) for c in columns] for r in rows)
    return buffer.getvalue()
