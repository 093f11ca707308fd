"""Acronyms the model leaves untagged (kg.extract.acronyms): which words are tagged as
organisations, and that their acts are coded."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.docs import parsed
from tests.test_rules import actors_of, pairs


def accused(acronym: str, headline: bool = False) -> Doc:
    """ "Chile accused the {acronym} of sabotage", the model tagging no name in the
    acronym; with ``headline``, the sentence in capitals."""
    words = ["CHILE", "ACCUSED", "THE", acronym, "OF", "SABOTAGE"] if headline else []
    chile, verb, det, _, of, noun = words or ["Chile", "accused", "the", "", "of", "sabotage"]
    return parsed(f"""
{chile} 1 nsubj PROPN NNP Chile    GPE
{verb}  1 ROOT  VERB  VBD accuse
{det}   3 det   DET   DT  the
{acronym} 1 dobj PROPN NNP {acronym}
{of}    1 prep  ADP   IN  of
{noun}  4 pobj  NOUN  NN  sabotage
.       1 punct PUNCT .   .
""")


def organisations(doc: Doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "ORG"]


def test_an_untagged_acronym_the_dictionaries_code_is_an_organisation() -> None:
    """ "Chile accused the AMAL of sabotage", the model tagging no name in "AMAL": an
    acronym the actor dictionaries code (Amal, LBNREB), written in capitals among words
    in lower case as a party of its clause, names that organisation, and the accusation
    is aimed at it."""
    doc = accused("AMAL")
    assert organisations(doc) == ["AMAL"]
    assert pairs(doc) == {("chile", "11", "amal")}
    assert actors_of(doc)["amal"][0] == "LBNREB"


def test_unknown_acronyms_and_acronyms_in_a_headline_are_no_organisations() -> None:
    """An acronym the dictionaries do not code is as likely a weapon ("UAV") or a term
    as a body, and a word of a line in capitals may be any word: neither is tagged."""
    assert organisations(accused("UAV")) == []
    assert organisations(accused("AMAL", headline=True)) == []


TICKER = parsed("""
Shares   6 nsubj PROPN NNS share
of       0 prep  ADP   IN  of
Acme     1 pobj  PROPN NNP Acme   ORG
<        4 punct PUNCT -LRB- <
AMAL     6 dobj  PROPN NNP AMAL
>        4 punct PUNCT -RRB- >
rose     6 ROOT  VERB  VBD rise
.        6 punct PUNCT .   .
""")


def test_a_ticker_in_brackets_is_no_organisation_of_its_own() -> None:
    """ "Shares of Acme <AMAL> rose": the wire gives a firm's ticker in brackets after its
    name, which is no name of another."""
    assert organisations(TICKER) == ["Acme"]
