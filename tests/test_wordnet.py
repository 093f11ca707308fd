"""WordNet's nominalisations: the table kg ships and the script that makes it."""

from __future__ import annotations

from pathlib import Path

from kg.wordnet import NOMINALISATIONS, load_nominalisations
from scripts.nominalisations import EVENT_FILES, nominalisations

# A WordNet database of five nouns, in the files' own format (wndb(5WN)): a licence line
# starting with spaces, then synsets with their pointers; each index line lists a
# lemma's synsets, most frequent first.
DATA_NOUN = """\
  1 A licence line, skipped.
00000001 04 n 01 shelling 0 001 + 00000010 v 0101 | the act of shelling
00000002 18 n 01 attacker 0 001 + 00000011 v 0101 | someone who attacks
00000003 14 n 01 government 0 001 + 00000012 v 0101 | the body that governs
00000004 04 n 01 government 0 001 + 00000012 v 0101 | the act of governing
00000005 10 n 02 call 0 outcry 0 002 + 00000013 v 0101 + 00000014 v 0201 | a demand
"""
DATA_VERB = """\
  1 A licence line, skipped.
00000010 35 v 01 shell 0 000 | fire shells
00000011 33 v 01 attack 0 000 | set upon
00000012 41 v 01 govern 0 000 | rule
00000013 32 v 01 call 0 000 | ask for
00000014 32 v 01 cry_out 0 000 | shout
"""
INDEX_NOUN = """\
  1 A licence line, skipped.
attacker n 1 1 + 1 0 00000002
call n 1 1 + 1 0 00000005
government n 2 1 + 2 0 00000003 00000004
outcry n 1 1 + 1 0 00000005
shelling n 1 1 + 1 0 00000001
"""


def test_a_noun_is_kept_where_its_first_sense_is_an_act_derived_from_a_verb(
    tmp_path: Path,
) -> None:
    """ "shelling" (an act, from SHELL) and "call" (a speech act, from CALL) are kept;
    "attacker" is a person, "government" first a body of people (its sense of an act
    comes second), and "outcry", derived from a verb of two words, names no one-word
    verb; a pointer of another word of the synset ("outcry"'s) is not "call"'s."""
    for name, text in (
        ("data.noun", DATA_NOUN),
        ("data.verb", DATA_VERB),
        ("index.noun", INDEX_NOUN),
    ):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert nominalisations(tmp_path) == [
        ("call", "call", "communication"),
        ("shelling", "shell", "act"),
    ]


def test_the_shipped_table_names_acts_and_their_verbs() -> None:
    """The shipped table holds one-word nouns of the three sense classes, in order, and
    reads as each noun's verbs."""
    rows = [
        line.rstrip("\n").split("\t")
        for line in NOMINALISATIONS.read_text(encoding="utf-8").splitlines(keepends=True)
        if not line.startswith("#")
    ][1:]
    assert rows == sorted(rows, key=lambda row: row[0])
    assert {row[2] for row in rows} == set(EVENT_FILES.values())
    table = load_nominalisations()
    assert table["shelling"] == ("shell",) and "government" not in table
