"""Names the actor dictionaries list that the model leaves untagged (kg.extract.names):
which words are tagged as organisations, and that the group's acts and leaders are
coded by the group's code."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.names import listed_names
from tests.docs import parsed
from tests.test_rules import actors_of, pairs


def attacked_by(first: str, second: str, tag: str = "") -> Doc:
    """ "{first} {second} guerrillas attacked a post", the model tagging ``tag`` (a
    label, or none) on the two words and reading the first as a participle."""
    label = f"B-{tag}" if tag else ""
    inside = f"I-{tag}" if tag else ""
    return parsed(f"""
{first}    2 amod     VERB  VBG {first.lower()} {label}
{second}   2 compound PROPN NNP {second} {inside}
guerrillas 3 nsubj    NOUN  NNS guerrilla
attacked   3 ROOT     VERB  VBD attack
a          5 det      DET   DT  a
post       3 dobj     NOUN  NN  post
.          3 punct    PUNCT .   .
""")


def organisations(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_a_listed_name_the_model_left_untagged_is_an_organisation() -> None:
    """ "Shining Path guerrillas attacked a post", the model reading "Shining" as a
    participle and tagging no name: the actor dictionaries list "Shining Path" (PERREB),
    so it is an organisation, and its guerrillas are its men."""
    doc = attacked_by("Shining", "Path")
    assert organisations(doc) == ["Shining Path"]
    assert actors_of(doc)["shining_path"][0] == "PERREB"
    assert {(source, root) for source, root, _ in pairs(doc)} == {("shining_path", "19")}


AN_ATTACK_BY_NAME = parsed("""
A        3 det      DET   DT  a
Shining  3 amod     VERB  VBG shine
Path     3 compound PROPN NNP Path
attack   4 nsubj    NOUN  NN  attack
killed   4 ROOT     VERB  VBD kill
ten      6 nummod   NUM   CD  ten
soldiers 4 dobj     NOUN  NNS soldier
.        4 punct    PUNCT .   .
""")


def test_a_listed_name_before_the_noun_of_an_act_names_its_doer() -> None:
    """ "A Shining Path attack killed ten soldiers": the name modifies a noun of an act,
    whose doer it names, as it names the side of "Shining Path guerrillas"."""
    assert organisations(AN_ATTACK_BY_NAME) == ["Shining Path"]


def test_a_listed_name_in_lower_case_or_tagged_as_a_person_is_left_alone() -> None:
    """Words of a listed name written in lower case are common words ("shining path"),
    and a name the model tagged whole, or as a person, is the model's reading."""
    assert organisations(attacked_by("shining", "path")) == []
    assert organisations(attacked_by("Shining", "Path", "PERSON")) == []


A_GRADE = parsed("""
Chile  1 nsubj    PROPN NNP Chile  GPE
gave   1 ROOT     VERB  VBD give
Peru   1 dative   PROPN NNP Peru   GPE
a      6 det      DET   DT  a
Triple 5 compound PROPN NNP Triple
A      6 compound PROPN NNP A
rating 1 dobj     NOUN  NN  rating
.      1 punct    PUNCT .   .
""")


def test_a_listed_name_modifying_a_thing_is_no_organisation() -> None:
    """ "gave Peru a Triple A rating": "Triple A" is listed (an Argentine death squad),
    but modifying a thing, not standing as a party or an agent's side, its capitals
    name a grade."""
    assert organisations(A_GRADE) == []


def test_office_holders_and_one_word_names_after_an_article_are_not_listed() -> None:
    """The international dictionary lists officials by dated codes ("AMR_MOUSSA_"): a
    person the model missed is no organisation; "THE_FOUNDATION" is one common word."""
    names = listed_names()
    assert "amr moussa" not in names
    assert "the foundation" not in names
    assert "shining path" in names
    assert "al qaeda" in names  # two words besides an article


@pytest.mark.parametrize("name", ["liberation tigers of tamil eelam", "jaish-e-mohammad"])
def test_the_listed_names_are_written_without_their_brackets(name: str) -> None:
    """ "LIBERATION_TIGERS_OF_TAMIL_EELAM_(LTTE)_" and "JAISH-E-MOHAMMAD_(JEM)_" are
    listed as news writes them, without the acronym in brackets; so is a hyphenated
    transliteration, though it is one word of the file."""
    names = listed_names()
    assert name in names
    assert not [n for n in names if "(" in n]


@pytest.mark.slow
def test_a_group_the_model_misses_is_coded_and_so_is_its_leader(nlp: Language) -> None:
    """End to end: the model reads "Shining" as a verb and tags no name; the group is
    found by the dictionaries' name, and its leader named after it is the group's man
    (PERREB), not Peru's government by the title "leader"."""
    from tests.test_extract import run

    extraction = run(nlp, "Police arrested Shining Path leader Abimael Guzman in Lima.")
    codes = {a.key: a.code for a in extraction.actors}
    assert codes["shining_path"] == "PERREB"
    assert codes["abimael_guzman"] == "PERREB"
