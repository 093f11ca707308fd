"""The gazetteer: actors every build recognises, shipped as ``kg/data/gazetteer.tsv``.

Each entry gives a canonical label, an actor type (a class of the ontology), aliases
(other names, abbreviations, capitals), demonyms, a Wikidata id and, where the entry is
the actor of a generic CAMEO code (see :mod:`kg.extract.coding`), that code. The NLP
stage turns the entries into EntityRuler patterns; the extractor uses them to map any
alias or demonym to the canonical actor. The field's Phoenix dictionaries give codes;
the gazetteer adds what they lack: Wikidata ids and preferred English labels.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

__all__ = ["Gazetteer", "GazetteerEntry", "load_gazetteer", "slug"]

DATA = Path(__file__).resolve().parent / "data"
DEFAULT_PATH = DATA / "gazetteer.tsv"


def slug(label: str) -> str:
    """A stable key for an actor label: lower case, words joined by underscores."""
    kept = "".join(ch if ch.isalnum() else " " for ch in label.casefold())
    return "_".join(kept.split())


@dataclass(frozen=True)
class GazetteerEntry:
    label: str
    type: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    wikidata: str | None = None
    code: str | None = None

    @property
    def key(self) -> str:
        return slug(self.label)


@dataclass(frozen=True)
class Gazetteer:
    """Entries plus a case-insensitive index from every name form to its entry."""

    entries: tuple[GazetteerEntry, ...]

    @cached_property
    def _index(self) -> dict[str, GazetteerEntry]:
        """Built once per gazetteer: looked up for every entity of every article, where
        hashing the whole gazetteer (a cache keyed on it) would cost more than the lookup."""
        index: dict[str, GazetteerEntry] = {}
        for entry in self.entries:
            for name in (entry.label, *entry.aliases, *entry.demonyms):
                index.setdefault(name.casefold(), entry)
        return index

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry named ``name`` (label, alias or demonym), ignoring case and a leading 'the'."""
        key = " ".join(name.split()).casefold()
        return self._index.get(key) or self._index.get(key.removeprefix("the "))

    def demonym(self, word: str) -> GazetteerEntry | None:
        """The entry for a demonym ("Israeli" → Israel), if ``word`` is one."""
        entry = self.lookup(word)
        return (
            entry if entry and word.casefold() in {d.casefold() for d in entry.demonyms} else None
        )


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split("|") if part.strip())


def read_entries(lines: Iterable[str]) -> tuple[GazetteerEntry, ...]:
    rows = csv.DictReader((line for line in lines if not line.startswith("#")), delimiter="\t")
    return tuple(
        GazetteerEntry(
            label=row["label"].strip(),
            type=row["type"].strip(),
            aliases=_split(row.get("aliases") or ""),
            demonyms=_split(row.get("demonyms") or ""),
            wikidata=(row.get("wikidata") or "").strip() or None,
            code=(row.get("code") or "").strip() or None,
        )
        for row in rows
    )


@cache
def load_gazetteer(path: Path = DEFAULT_PATH) -> Gazetteer:
    with path.open(encoding="utf-8") as handle:
        return Gazetteer(read_entries(handle))
