"""The wire's capital after "U.S." (kg.extract.casing): which words the model reads in
lower case, and that the article's words come back under its annotations."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.casing import CapitalsLowerer
from kg.ingest import Article
from kg.nlp import parse

pytestmark = pytest.mark.slow  # the real model's lemmatizer tables and parse


def lowered(nlp: Language, text: str) -> list[str]:
    lowerer = nlp.get_pipe("kg_lower_capitals")
    assert isinstance(lowerer, CapitalsLowerer)
    return sorted(lowerer.lowered(nlp.make_doc(text)).values())


def test_a_common_word_capitalised_after_an_abbreviated_actor_is_read_in_lower_case(
    nlp: Language,
) -> None:
    assert lowered(nlp, "Tehran condemned Monday's U.S. Attack on a platform.") == ["Attack"]
    assert lowered(nlp, "U.K. Warships and U.N. Officials arrived.") == ["Officials", "Warships"]


def test_an_auxiliary_or_not_after_an_abbreviated_actor_goes_on_its_clause(
    nlp: Language,
) -> None:
    """A stop word that cannot begin a statement is read in lower case, so the model
    does not end a sentence at "U.S." before it ("warned the U.S. Not to meddle")."""
    assert lowered(nlp, "Chile warned the U.S. Not to meddle, and the U.K. Has agreed.") == [
        "Has",
        "Not",
    ]
    assert lowered(nlp, "It exports to the U.S. The rest goes to Peru.") == []


def test_a_conjunction_after_an_abbreviated_actor_joins_the_next_name_to_it(
    nlp: Language,
) -> None:
    """ "And" and "Or" hardly ever open a wire sentence: after "U.S." they join the
    next name to it, capitalised as it is ("The U.S. And Chile have been negotiating"),
    and the two are the parties of one clause."""
    text = "The U.S. And Chile have been negotiating for a month."
    assert lowered(nlp, text) == ["And"]
    ((article, doc),) = list(parse(nlp, [Article("t", text)]))
    extraction = extract(article, doc)
    assert {(e.source, e.target) for e in extraction.events} == {
        ("united_states", "chile"),
        ("chile", "united_states"),
    }


def test_names_initials_stop_words_months_and_line_starts_keep_their_capital(
    nlp: Language,
) -> None:
    assert lowered(nlp, "The U.S. Air Force said so.") == []  # a longer name
    assert lowered(nlp, "It sold shares of E.F. Hutton to the bank.") == []  # initials
    assert lowered(nlp, "It exports to the U.S. Last year it sold more.") == []  # stop word
    assert lowered(nlp, "The U.S. Army said so.") == []  # a name the dictionaries list
    assert lowered(nlp, "The U.S. March figures were out.") == []  # a month
    assert lowered(nlp, "It exports to the U.S.\nAttack was the word.") == []  # a line start
    assert lowered(nlp, "It met the U.S. Zorblax delegation.") == []  # no common word


def test_the_tokenizers_norms_reach_the_model_and_come_back(nlp: Language) -> None:
    """The model reads norms ("n't" is "not"); the lowered copy keeps the tokenizer's."""
    lowerer = nlp.get_pipe("kg_lower_capitals")
    assert isinstance(lowerer, CapitalsLowerer)
    copy = lowerer(nlp.make_doc("U.S. Officials don't agree."))
    assert (copy[1].text, copy[3].norm_) == ("officials", "not")
    ((_article, doc),) = list(parse(nlp, [Article("t", "U.S. Officials don't agree.")]))
    assert (doc[1].text, doc[3].norm_) == ("Officials", "not")


def test_the_model_reads_the_lowered_word_and_the_text_keeps_its_capital(nlp: Language) -> None:
    text = "Iran vowed revenge for the U.S. Attack on an Iranian oil platform."
    ((article, doc),) = list(parse(nlp, [Article("t", text)]))
    assert article.id == "t" and doc.text == text
    attack = next(t for t in doc if t.text == "Attack")
    assert (attack.pos_, attack.lemma_, attack.ent_type_) == ("NOUN", "attack", "")
    extraction = extract(article, doc)
    attacks = [e for e in extraction.events if e.cameo[:2] == "19"]
    assert [(e.source, e.target) for e in attacks] == [("united_states", "iran")]
    assert extraction.sentences == (text,)  # the evidence quotes the article
