"""Acronyms the model leaves untagged (kg.extract.acronyms): which words are tagged as
organisations, and that their acts are coded."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from tests.docs import parsed
from tests.test_rules import pairs

ACCUSED_AN_ACRONYM = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
accused  1 ROOT  VERB  VBD accuse
the      3 det   DET   DT  the
KZPM     1 dobj  PROPN NNP KZPM
of       1 prep  ADP   IN  of
sabotage 4 pobj  NOUN  NN  sabotage
.        1 punct PUNCT .   .
""")


def test_an_untagged_acronym_that_is_a_party_of_its_clause_is_an_organisation() -> None:
    """ "Chile accused the KZPM of sabotage", the model tagging no name in "KZPM": an
    acronym written in capitals among words in lower case, a party of its clause, names
    an organisation, and the accusation is aimed at it."""
    assert [(e.text, e.label_) for e in ACCUSED_AN_ACRONYM.ents] == [
        ("Chile", "GPE"),
        ("KZPM", "ORG"),
    ]
    assert pairs(ACCUSED_AN_ACRONYM) == {("chile", "11", "kzpm")}


def acronyms(nlp: Language, text: str) -> list[str]:
    """The words of ``text`` that ``kg_acronyms`` tags, the model's own entities aside."""
    tagger = nlp.get_pipe("kg_acronyms")
    with nlp.select_pipes(disable=["kg_acronyms"]):
        doc: Doc = nlp(text)
    doc.set_ents([])
    return [e.text for e in tagger(doc).ents]


@pytest.mark.slow  # the model's lemmatizer tables and parse
def test_common_words_tickers_headlines_and_signatures_are_no_acronyms(nlp: Language) -> None:
    """A common word in capitals ("GDP", "AIDS"), a firm's ticker in brackets, a word
    of a line in capitals (a headline) and a word alone on its line (the wire's
    signature) are no organisations' names; the same word among words in lower case,
    a party of its clause, is."""
    assert acronyms(nlp, "Chile accused the KZPM of sabotage.") == ["KZPM"]
    assert acronyms(nlp, "Officials said GDP grew and AIDS spread.") == []
    assert acronyms(nlp, "Shares of Acme Corp <KZPM> rose after the bid.") == []
    assert acronyms(nlp, "CHILE ACCUSES KZPM OF SABOTAGE\nChile said so.") == []
    assert acronyms(nlp, "Chile said the talks failed.\nKZPM\n") == []
