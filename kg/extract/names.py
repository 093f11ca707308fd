"""Names of organisations the actor dictionaries list that the model leaves untagged:
"Shining Path guerrillas attacked a post", "Jaish-e-Mohammad claimed the attack". The
small model reads "Shining" as a verb and splits a hyphenated transliteration into
common words, so the group the dictionaries code (PERREB, SASREB) is no actor, or its
men are armed men of no side.

The ``kg_names`` component, after the model, tags as an organisation (ORG) each name of
two words or more (or of hyphenated ones) of the Phoenix international and non-state
dictionaries (IGOs, NGOs, firms, armed groups: not the country dictionary's office
holders and towns, nor people the international dictionary lists by dated codes)
that the text writes as a name, each word capitalised but its
function words ("Liberation Tigers of Tamil Eelam"), where the model tagged none of its
words, or tagged only words inside it and none as a person; and where it stands as a
party of its clause or names an agent's side (:func:`_a_party`). So is a one-word name of
an armed group written in lower case, as news writes some ("the contras attacked", "aid
to the contras": :func:`~kg.extract.coding.lower_case_names`), where the model tagged
none. Matched on lower case with a PhraseMatcher, one hash lookup per word; the longest
name wins.
"""

from __future__ import annotations

from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.acronyms import PARTY_DEPS as ACRONYM_PARTY_DEPS
from kg.extract.agents import agent_entries
from kg.extract.coding import lower_case_names
from kg.extract.phrases import lower_case_matcher
from kg.phoenix import load_phoenix
from kg.wordnet import load_deed_nouns

__all__ = ["NameTagger", "listed_names", "lower_case_name"]

ORGANISATION = "ORG"
LOWER_CASE = "kg_lower_case_name"  # the matcher's label of a group's name in lower case
# a name stands where an acronym does, and in an apposition or after a copula too
PARTY_DEPS = ACRONYM_PARTY_DEPS | {"dative", "appos", "attr"}
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})
ARTICLES = frozenset({"the", "a", "an"})
PERSON = "PERSON"
# The files whose names are of bodies, not of a country's people and places.
BODY_FILES = ("Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")
# Words a name writes in lower case between its capitalised ones ("Liberation Tigers of
# Tamil Eelam", "Jaish-e-Mohammad", "Hizb ut-Tahrir").
FUNCTION_WORDS = frozenset(
    {"of", "the", "and", "for", "in", "on", "de", "del", "la", "al", "el", "e", "ut", "i", "-", "&"}
)


@cache
def listed_names() -> tuple[str, ...]:
    """The names of two words or more (hyphens joining some) of the dictionaries' bodies,
    in lower case, as the text writes them: without a bracketed acronym or qualifier."""
    return tuple(
        sorted(
            {
                " ".join(name.words).lower()
                for dictionary in load_phoenix().actors
                if dictionary.path.endswith(BODY_FILES)
                for entry in dictionary.entries
                if not any(code.dated for code in entry.codes)  # an office holder's
                for name in entry.actor_names
                if _named_by_words(name.words)
            }
        )
    )


def _named_by_words(words: tuple[str, ...]) -> bool:
    """Whether a name is written without a bracket and has two words besides an article
    ("AL_QAEDA"), or hyphenated ones: "THE_FOUNDATION" is one common word."""
    if any(word.startswith("(") for word in words):
        return False
    content = [w for w in words if w.lower() not in ARTICLES]
    return len(content) > 1 or any("-" in w for w in content)


class NameTagger:
    """The ``kg_names`` component (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        rules = {ORGANISATION: listed_names(), LOWER_CASE: sorted(lower_case_names())}
        self.matcher = lower_case_matcher(nlp, rules)

    def __call__(self, doc: Doc) -> Doc:
        names = [
            Span(doc, span.start, span.end, ORGANISATION)
            for span in filter_spans(self.matcher(doc, as_spans=True))
            if (lower_case_name(span) if span.label_ == LOWER_CASE else _written(span))
            and _a_party(span)
        ]
        found = [span for span in names if _untagged(span)]
        if found:
            doc.set_ents(found, default="unmodified")
        return doc


def lower_case_name(span: Span) -> bool:
    """Whether a span is a group's name news writes in lower case
    (:func:`~kg.extract.coding.lower_case_names`: "the contras"), so written, as a word
    of its own, not the first part of a hyphenated one ("a hezbollah-style attack"
    names no Hezbollah)."""
    after = span.doc[span.end] if span.end < len(span.doc) else None
    hyphenated = after is not None and after.text == "-" and not span[-1].whitespace_
    return span.text.islower() and not hyphenated and span.text in lower_case_names()


def _written(span: Span) -> bool:
    """Whether a span is written as a name: each word capitalised but function words."""
    return all(t.lower_ in FUNCTION_WORDS or t.text[:1].isupper() for t in span)


def _a_party(span: Span) -> bool:
    """Whether a name stands as a party of its clause (its subject or object, the object
    of a preposition, a conjunct or apposition of one) or names the side of an agent noun
    ("Shining Path guerrillas", "Shining Path leader") or the doer of an act a noun names
    ("a Shining Path attack"): not a modifier of a thing ("the Red Line subway"), whose
    capitals name a product, a grade, a line."""
    root = span.root
    if root.dep_ in PARTY_DEPS:
        return True
    head = root.head
    if root.dep_ not in MODIFIER_DEPS or head.i < span.end:
        return False
    return head.lower_ in agent_entries() or head.lemma_.lower() in load_deed_nouns()


def _untagged(span: Span) -> bool:
    """Whether the model tagged none of a name's words, or only words inside it, none as
    a person: a name it tagged as a whole, or one within a longer name, is its own."""
    if not any(t.ent_type_ for t in span):
        return True
    overlapping = [e for e in span.doc.ents if e.start < span.end and span.start < e.end]
    return all(
        span.start <= e.start and e.end <= span.end and len(e) < len(span) and e.label_ != PERSON
        for e in overlapping
    )


@Language.factory("kg_names")
def make_name_tagger(nlp: Language, name: str) -> NameTagger:
    """The ``kg_names`` component (see the module docstring)."""
    return NameTagger(nlp)
