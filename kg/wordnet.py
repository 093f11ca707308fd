"""WordNet's nominalisations: the nouns that name the act of a verb.

``kg/data/wordnet/nominalisations.tsv`` (made by ``scripts/nominalisations.py`` from
WordNet 3.1, Princeton University's, under the licence beside it) lists the nouns whose
most frequent sense is an act, a speech act or an event, with the verbs that sense is
derived from: "call" from CALL, "shelling" from SHELL. The verb dictionaries decide which
of them name an event (:mod:`kg.extract.lexicon`).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path

__all__ = ["NOMINALISATIONS", "load_nominalisations"]

NOMINALISATIONS = Path(__file__).resolve().parent / "data" / "wordnet" / "nominalisations.tsv"


@cache
def load_nominalisations(path: Path = NOMINALISATIONS) -> Mapping[str, tuple[str, ...]]:
    """Each noun (lower case) → the verbs it names the act of, in WordNet's order."""
    verbs: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        next((line for line in lines if not line.startswith("#")), None)  # the header
        for line in lines:
            noun, verb, _sense = line.rstrip("\n").split("\t")
            verbs.setdefault(noun, []).append(verb)
    return {noun: tuple(found) for noun, found in verbs.items()}
