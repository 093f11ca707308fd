"""Quotations (:mod:`kg.extract.quotations`) on hand-built Docs: how marks pair, where a
quotation left open ends, and which sentences are all quoted speech."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract.quotations import quotation_holding, quotations


def _doc(text: str, starts: tuple[str, ...] = ()) -> Doc:
    """``text`` tokenised, with a sentence starting at the first token and at each token
    whose text is in ``starts`` (a word, or a quotation mark opening a sentence)."""
    doc = spacy.blank("en")(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or token.text in starts
    return doc


def _quoted(doc: Doc) -> list[str]:
    return [doc[start:end].text.strip() for start, end in quotations(doc)]


def test_straight_marks_open_and_close_in_turn() -> None:
    doc = _doc('Peru said "no" and Chile said "yes" today.')
    assert _quoted(doc) == ["no", "yes"]


def test_curly_marks_say_which_end_they_are() -> None:
    doc = _doc("Peru said \u201cwe will not\u201d and left.")
    assert _quoted(doc) == ["we will not"]


def test_a_quotation_left_open_ends_with_its_paragraph() -> None:
    text = 'Gomez said:\n    "We will stay.\n    "We will not leave," he added.'
    doc = _doc(text)
    assert _quoted(doc) == ["We will stay.", "We will not leave,"]


def test_a_sentence_of_quoted_words_alone_is_held_by_its_quotation() -> None:
    doc = _doc('"Chile erred. Peru waits," Gomez said.', starts=("Peru",))
    first, second = list(doc.sents)
    assert quotation_holding(first) == (1, 7)  # the quotation runs on to "waits,"
    assert quotation_holding(second) is None  # "Gomez said" is outside the marks


def test_a_sign_off_after_an_unclosed_quotation_is_not_the_sentence_s() -> None:
    doc = _doc('"Chile erred badly.\n REUTER')
    assert quotation_holding(next(iter(doc.sents))) is not None
    unquoted = _doc("Chile erred badly.\n REUTER")
    assert quotation_holding(next(iter(unquoted.sents))) is None
