"""WordNet's nominalisations, the nouns that name the act of a verb, its nouns of the
doers of a verb, and its nouns of places.

``kg/data/wordnet/nominalisations.tsv`` (made by ``scripts/nominalisations.py`` from
WordNet 3.1, Princeton University's, under the licence beside it) lists the nouns whose
most frequent sense is an act, a speech act or an event, with the verbs that sense is
derived from: "call" from CALL, "shelling" from SHELL. The verb dictionaries decide which
of them name an event (:mod:`kg.extract.lexicon`). ``place_nouns.tsv`` (made by
``scripts/place_nouns.py``) lists the nouns whose most frequent sense is a location or a
natural object ("outskirts", "coast", "mountain"): the parts of a place a locative
phrase may name (:mod:`kg.extract.places`). ``doer_nouns.tsv`` (made by
``scripts/doer_nouns.py``) lists the nouns whose most frequent sense is a person derived
from a verb ("attacker" from ATTACK, "kidnapper" from KIDNAP): the doers a story names
by the act it told (:mod:`kg.extract.actors`). ``name_cases.tsv`` (made by
``scripts/name_cases.py``) tells how WordNet writes the actor dictionaries' one-word
names: as common nouns ("tigers"), whose singular before an agent noun names no group,
or only with a capital ("contras", "taliban"), names English knows, which news may
write in lower case (:mod:`kg.extract.coding`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

__all__ = [
    "COMMON",
    "DOER_NOUNS",
    "NAME_CASES",
    "NOMINALISATIONS",
    "PLACE_NOUNS",
    "PROPER",
    "load_deed_nouns",
    "load_doer_nouns",
    "load_name_cases",
    "load_nominalisations",
    "load_place_nouns",
]

NOMINALISATIONS = Path(__file__).resolve().parent / "data" / "wordnet" / "nominalisations.tsv"
PLACE_NOUNS = NOMINALISATIONS.with_name("place_nouns.tsv")
DOER_NOUNS = NOMINALISATIONS.with_name("doer_nouns.tsv")
NAME_CASES = NOMINALISATIONS.with_name("name_cases.tsv")
COMMON, PROPER = "common", "proper"  # the cases of name_cases.tsv


@cache
def load_nominalisations(path: Path = NOMINALISATIONS) -> Mapping[str, tuple[str, ...]]:
    """Each noun (lower case) → the verbs it names the act of, in WordNet's order."""
    return _verbs_of(path)


@cache
def load_doer_nouns(path: Path = DOER_NOUNS) -> Mapping[str, tuple[str, ...]]:
    """Each noun (lower case) → the verbs whose doer it names ("attacker": attack), in
    WordNet's order."""
    return _verbs_of(path)


def _verbs_of(path: Path) -> Mapping[str, tuple[str, ...]]:
    """Each noun of a table of nouns derived from verbs → its verbs, in the table's order."""
    verbs: dict[str, list[str]] = {}
    for noun, verb, _sense in _rows(path):
        verbs.setdefault(noun, []).append(verb)
    return {noun: tuple(found) for noun, found in verbs.items()}


@cache
def load_deed_nouns(path: Path = NOMINALISATIONS) -> frozenset[str]:
    """The nouns (lower case) of the table whose first sense is an act or an event, not
    a speech act: "strike", "offensive", not "statement" or "radio", which a
    capital names as its government's ("Tehran radio")."""
    return frozenset(noun for noun, _verb, sense in _rows(path) if sense in {"act", "event"})


@cache
def load_place_nouns(path: Path = PLACE_NOUNS) -> frozenset[str]:
    """The nouns (lower case) whose first sense is a location or a natural object."""
    return frozenset(row[0] for row in _rows(path))


@cache
def load_name_cases(path: Path = NAME_CASES) -> Mapping[str, str]:
    """Each one-word name of the actor dictionaries (lower case) that WordNet writes as a
    noun → ``common`` ("tigers", "chad") or ``proper`` ("contras", "taliban")."""
    return {name: case for name, case in _rows(path)}


def _rows(path: Path) -> list[list[str]]:
    """A shipped table's rows, split at its tabs, after its comment lines and header."""
    with path.open(encoding="utf-8") as lines:
        rows = [line for line in lines if not line.startswith("#")][1:]  # after the header
    return [row.rstrip("\n").split("\t") for row in rows]
