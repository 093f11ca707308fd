"""Capitals that are no names: the common word a wire capitalised after "U.S.".

Reuters' wire copy of the 1980s (the Reuters-21578 stories) capitalises the word after
an abbreviation written with full stops, as if a sentence began there: "Monday's U.S.
Attack on an Iranian oil platform", "U.S. Warships shelled", "U.S. Officials said". The
model reads such a word as part of a name ("U.S. Attack", a proper noun), and the act or
the agent it names is lost. Two pipeline components put it right without changing the
text: ``kg_lower_capitals``, first, hands the model a copy of the Doc with those words
in lower case, and ``kg_restore_capitals``, after the model, puts the written words back
under the model's annotations, so that evidence, themes and labels quote the article.

A word is lowered when it follows, on the same line, an abbreviation of two or more
letters each with its full stop that the dictionaries code as an actor ("U.S.", "U.K.",
"U.N.", not the initials of "E.F. Hutton"); it is written with a capital and its lower
case is a common word of the model's lemmatizer tables (a noun, verb, adjective or
adverb, inflected or not) that is no stop word, month or weekday; the two are no name
the dictionaries list ("U.S. Army", "U.S. Senate"); and the word after it has no
capital (else the two begin a longer name: "U.S. Trade Representative", "U.S. Air
Force"). Stop words keep their capital, since "U.S. The" and "U.S. He" mostly begin a
sentence, but for those that cannot begin a statement, auxiliaries and "not" ("the
U.S. Has been seeking", "warned the U.S. Not to interfere"), and the conjunctions that
wire copy hardly ever opens one with (in the Reuters stories "And" opens one sentence
in 600; given "The U.S. And Kuwait have been negotiating", the model ends a sentence
after "U.S."): these are lowered, whatever follows them. A word at the start of a line
may begin a paragraph, and keeps its capital. A sentence that ends in "U.S."
before one opening with such a word ("made in the U.S. Officials said") is read as one;
the wire's capitals make the two readings look alike, and the act is the likelier.
"""

from __future__ import annotations

import calendar
import re
from typing import cast

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

from kg.extract.coding import actor_code

__all__ = ["CapitalsLowerer", "CapitalsRestorer"]

WRITTEN = "kg_written_words"  # doc.user_data: position → the word as written
# An abbreviation with its full stops and a capitalised word after it, on one line.
_CANDIDATE = re.compile(r"\b(?:[A-Za-z]\.){2,}[ ]+[A-Z][a-z]")
_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")
_CALENDAR = frozenset(name.lower() for name in (*calendar.month_name, *calendar.day_name) if name)
_LEMMA_POS = ("noun", "verb", "adj", "adv")
# Stop words that cannot (or in wire copy hardly ever) begin a statement, so go on the
# clause of the abbreviation before them: auxiliaries, "not" and conjunctions ("the U.S.
# Has been seeking", "warned the U.S. Not to", "the U.S. And Kuwait"). "May" is also a
# month, and keeps its capital with the months.
_CONTINUING = frozenset(
    {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could"}
    | {"shall", "should", "might", "must", "does", "did", "not", "and", "or", "nor"}
)
# What the model sets and the rules read (sentences follow from the heads).
_ANNOTATIONS: list[int | str] = [
    "NORM",
    "TAG",
    "POS",
    "MORPH",
    "LEMMA",
    "HEAD",
    "DEP",
    "ENT_IOB",
    "ENT_TYPE",
    "ENT_KB_ID",
    "ENT_ID",
]


class CapitalsLowerer:
    """The ``kg_lower_capitals`` component (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.vocab = nlp.vocab
        self.stop_words = frozenset(nlp.Defaults.stop_words)
        self.lemmatizer: Lemmatizer | None = None
        self.index: dict[str, frozenset[str]] = {}
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        if isinstance(lemmatizer, Lemmatizer) and lemmatizer.lookups.has_table("lemma_index"):
            self.lemmatizer = lemmatizer
            table = lemmatizer.lookups.get_table("lemma_index")
            self.index = {pos: frozenset(table.get(pos, ())) for pos in _LEMMA_POS}
        self.common: dict[str, bool] = {}
        self.abbreviations: dict[str, bool] = {}

    def is_abbreviated_actor(self, text: str) -> bool:
        """Whether ``text`` is an abbreviation with full stops that the dictionaries code
        as an actor ("U.S.", "U.N."), not a name's initials ("E.F. Hutton")."""
        known = self.abbreviations.get(text)
        if known is None:
            known = bool(_ABBREVIATION.fullmatch(text)) and actor_code(text) is not None
            self.abbreviations[text] = known
        return known

    def is_common(self, word: str) -> bool:
        """Whether ``word`` (lower case) is a common word, not a name (see the module
        docstring): one of its lemmas for some part of speech is in the model's index."""
        known = self.common.get(word)
        if known is None:
            known = self.common[word] = self._is_common(word)
        return known

    def _is_common(self, word: str) -> bool:
        if self.lemmatizer is None:
            return False
        if word in self.stop_words or word in _CALENDAR:
            return False
        for pos in _LEMMA_POS:
            token = Doc(self.vocab, words=[word], pos=[pos.upper()])[0]
            lemmas = self.lemmatizer.rule_lemmatize(token)
            if any(lemma in self.index[pos] for lemma in lemmas):
                return True
        return False

    def lowered(self, doc: Doc) -> dict[int, str]:
        """The positions of the words to lower, with each word as written."""
        if not _CANDIDATE.search(doc.text):
            return {}
        found: dict[int, str] = {}
        for token in doc[1:]:
            before = doc[token.i - 1]
            if not (before.whitespace_ and self.is_abbreviated_actor(before.text)):
                continue
            if not (token.is_title and token.is_alpha and len(token) > 1):
                continue
            if token.lower_ in _CONTINUING:  # whatever follows: "the U.S. And Kuwait"
                found[token.i] = token.text
                continue
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            if after is not None and after.text[:1].isupper():
                continue
            if self.is_common(token.lower_) and not actor_code(f"{before.text} {token.text}"):
                found[token.i] = token.text
        return found

    def __call__(self, doc: Doc) -> Doc:
        written = self.lowered(doc)
        if not written:
            return doc
        words = [t.lower_ if t.i in written else t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        starts: list[bool | int | None] | None = None
        if doc.has_annotation("SENT_START"):
            starts = [t.is_sent_start for t in doc]
        copy = Doc(doc.vocab, words=words, spaces=spaces, sent_starts=starts)
        # the tokenizer's norms ("n't" is "not"), which the model reads, as the words' own
        copy.from_array(["NORM"], cast(Ints2d, doc.to_array(["NORM"])))
        _carry(doc, copy)
        copy.user_data[WRITTEN] = written
        return copy


class CapitalsRestorer:
    """The ``kg_restore_capitals`` component (see the module docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        written: dict[int, str] | None = doc.user_data.get(WRITTEN)
        if not written:
            return doc
        words = [written.get(t.i, t.text) for t in doc]
        restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        # spaCy's stubs type to_array's (unsigned integer) array as floats
        restored.from_array(_ANNOTATIONS, cast(Ints2d, doc.to_array(_ANNOTATIONS)))
        _carry(doc, restored)
        del restored.user_data[WRITTEN]
        return restored


def _carry(doc: Doc, copy: Doc) -> None:
    """What a Doc carries besides its words to the copy that replaces it in the pipeline:
    its user data, and the context ``nlp.pipe(..., as_tuples=True)`` keeps on it."""
    copy.user_data.update(doc.user_data)
    copy._context = doc._context


@Language.factory("kg_lower_capitals")
def make_capitals_lowerer(nlp: Language, name: str) -> CapitalsLowerer:
    """The ``kg_lower_capitals`` component (see the module docstring)."""
    return CapitalsLowerer(nlp)


@Language.factory("kg_restore_capitals")
def make_capitals_restorer(nlp: Language, name: str) -> CapitalsRestorer:
    """The ``kg_restore_capitals`` component (see the module docstring)."""
    return CapitalsRestorer()
