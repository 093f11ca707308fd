"""WordNet's nominalisations and nouns of places: the tables kg ships and the scripts that
make them."""

from __future__ import annotations

from pathlib import Path

from kg.wordnet import (
    DOER_NOUNS,
    NAME_CASES,
    NOMINALISATIONS,
    PLACE_NOUNS,
    load_deed_nouns,
    load_doer_nouns,
    load_name_cases,
    load_nominalisations,
    load_place_nouns,
)
from scripts.doer_nouns import doer_nouns
from scripts.name_cases import noun_cases, singulars
from scripts.nominalisations import EVENT_FILES, nominalisations
from scripts.place_nouns import PLACE_FILES, place_nouns

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


def _five_nouns(folder: Path) -> Path:
    """``folder`` holding the database of five nouns above."""
    for name, text in (
        ("data.noun", DATA_NOUN),
        ("data.verb", DATA_VERB),
        ("index.noun", INDEX_NOUN),
    ):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _table_rows(path: Path) -> list[list[str]]:
    """The rows of a shipped table, after its comment lines and its header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if not line.startswith("#")][1:]


def test_a_noun_is_kept_where_its_first_sense_is_an_act_derived_from_a_verb(
    tmp_path: Path,
) -> None:
    """ "shelling" (an act, from SHELL) and "call" (a speech act, from CALL) are kept;
    "attacker" is a person, "government" first a body of people (its sense of an act
    comes second), and "outcry", derived from a verb of two words, names no one-word
    verb; a pointer of another word of the synset ("outcry"'s) is not "call"'s."""
    assert nominalisations(_five_nouns(tmp_path)) == [
        ("call", "call", "communication"),
        ("shelling", "shell", "act"),
    ]


def test_a_noun_is_a_doer_where_its_first_sense_is_a_person_derived_from_a_verb(
    tmp_path: Path,
) -> None:
    """ "attacker" is a person derived from ATTACK; the acts are no doers."""
    assert doer_nouns(_five_nouns(tmp_path)) == [("attacker", "attack", "person")]


def test_the_shipped_table_names_acts_and_their_verbs() -> None:
    """The shipped table holds one-word nouns of the three sense classes, in order, and
    reads as each noun's verbs."""
    rows = _table_rows(NOMINALISATIONS)
    assert rows == sorted(rows, key=lambda row: row[0])
    assert {row[2] for row in rows} == set(EVENT_FILES.values())
    table = load_nominalisations()
    assert table["shelling"] == ("shell",) and "government" not in table


def test_the_shipped_table_of_doers_names_people_and_their_verbs() -> None:
    """The shipped table of doers holds nouns whose first sense is a person, sorted, and
    reads as each noun's verbs: an attacker attacks, a bomber (first an aircraft) is
    none."""
    rows = _table_rows(DOER_NOUNS)
    assert rows == sorted(rows, key=lambda row: row[0])
    assert {row[2] for row in rows} == {"person"}
    doers = load_doer_nouns()
    assert doers["attacker"] == ("attack",) and doers["kidnapper"] == ("kidnap",)
    assert "bomber" not in doers


def test_deeds_are_the_acts_and_events_of_the_table_not_its_speech_acts() -> None:
    """A strike and a shelling are deeds; a statement and the radio are speech, which
    a capital names as its government's ("Tehran radio")."""
    deeds = load_deed_nouns()
    assert {"strike", "shelling", "attack"} <= deeds
    assert not {"statement", "radio", "government"} & deeds
    assert deeds <= load_nominalisations().keys()


PLACES_NOUN = """\
  1 A licence line, skipped.
00000021 15 n 01 outskirts 0 000 | the outer area of a city
00000022 17 n 01 mountain 0 000 | a land mass higher than a hill
00000023 04 n 01 support 0 000 | the act of supporting
00000024 06 n 01 support 0 000 | a structure that holds up another
00000025 15 n 01 oil_field 0 000 | a region rich in petroleum
"""
PLACES_INDEX = """\
  1 A licence line, skipped.
mountain n 1 0 1 0 00000022
oil_field n 1 0 1 0 00000025
outskirts n 1 0 1 0 00000021
support n 2 0 2 0 00000023 00000024
"""


def test_a_noun_is_a_place_s_where_its_first_sense_is_a_location_or_an_object(
    tmp_path: Path,
) -> None:
    """ "outskirts" (a location) and "mountain" (a natural object) are kept; "support"
    is first an act (its sense of a structure comes second), and "oil_field" is two
    words."""
    (tmp_path / "data.noun").write_text(PLACES_NOUN, encoding="utf-8")
    (tmp_path / "index.noun").write_text(PLACES_INDEX, encoding="utf-8")
    assert place_nouns(tmp_path) == [("mountain", "object"), ("outskirts", "location")]


def test_the_shipped_table_names_places() -> None:
    rows = _table_rows(PLACE_NOUNS)
    assert rows == sorted(rows, key=lambda row: row[0])
    assert {row[1] for row in rows} == set(PLACE_FILES.values())
    table = load_place_nouns()
    assert {"outskirts", "coast", "province"} <= table and not {"behalf", "support"} & table


NAMES_NOUN = """\
  1 A licence line, skipped.
00000031 05 n 01 tiger 0 000 | a large feline
00000032 18 n 02 Contra 0 counterrevolutionary 0 000 | a Nicaraguan rebel
00000033 14 n 01 al-Qaeda 0 000 | a network
00000034 06 n 01 lead(a) 0 000 | a marker on the word
00000035 18 n 01 Tiger 0 000 | a person called so
"""


def test_wordnet_writes_a_common_noun_in_lower_case_and_a_name_with_a_capital(
    tmp_path: Path,
) -> None:
    """ "tiger" is a common noun, though a synset also writes it as a name; "Contra" and
    "al-Qaeda" only names, whatever the lower-case index says; a word's marker in
    brackets is no part of it."""
    (tmp_path / "data.noun").write_text(NAMES_NOUN, encoding="utf-8")
    assert noun_cases(tmp_path / "data.noun") == {
        "tiger": "common",
        "contra": "proper",
        "counterrevolutionary": "common",
        "al-qaeda": "proper",
        "lead": "common",
    }
    assert singulars("tigers") == ["tigers", "tiger"]
    assert "party" in singulars("parties")


def test_the_shipped_table_tells_how_wordnet_writes_the_dictionaries_names() -> None:
    rows = _table_rows(NAME_CASES)
    assert rows == sorted(rows)
    cases = load_name_cases()
    assert cases["tigers"] == cases["chad"] == "common"  # TIGERS_ [SWZREB] ("tiger"), CHAD
    assert cases["contras"] == cases["taliban"] == cases["al-qaeda"] == "proper"
    assert "clandestini" not in cases  # Italian for illegal migrants: no word of English
