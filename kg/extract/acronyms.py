"""Acronyms the model leaves untagged: "ECOWAS condemned the coup". The small model tags
the acronyms it has seen and reads an unfamiliar one as a common noun ("ECOWAS" as the
plural of "ecowa"), so the organisation the dictionaries know by it is no actor and its
acts are lost.

The ``kg_acronyms`` component, after the model, tags as an organisation (ORG) a word
written in capitals, three to seven letters (:data:`ACRONYM`), that the model tagged as
no name and read as a noun, which is a party of its clause (its subject or object, the
object of a preposition, or a conjunct of one: :data:`PARTY_DEPS`; not a modifier, an
apposition or a dateline, "CAIRO - Egypt's opposition") and which the actor
dictionaries code (ECOWAS, IGOWAFBUSWAS; AMAL, LBNREB): an acronym they do not know is as
likely a weapon ("a Russian UAV", "HIMARS") or a term ("LIBOR") as a body. It must stand
among words in lower case: a line of capitals is a headline or a table. A ticker in
brackets after a firm's name ("<AXP>") is no name of its own.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.coding import actor_code

__all__ = ["AcronymTagger"]

ACRONYM = re.compile(r"[A-Z][A-Z&]{2,6}")
PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})
ORGANISATION = "ORG"


class AcronymTagger:
    """The ``kg_acronyms`` component (see the module docstring)."""

    def __init__(self) -> None:
        self.known: dict[str, bool] = {}

    def __call__(self, doc: Doc) -> Doc:
        found = [Span(doc, t.i, t.i + 1, label=ORGANISATION) for t in doc if self._is_name(t)]
        if found:
            doc.set_ents(found, default="unmodified")
        return doc

    def _is_name(self, token: Token) -> bool:
        if token.ent_type_ or token.pos_ not in {"PROPN", "NOUN"}:
            return False
        if token.dep_ not in PARTY_DEPS or not ACRONYM.fullmatch(token.text):
            return False
        if _bracketed(token):
            return False  # a ticker after a firm's name: "American Express Co <AXP>"
        return _among_lower_case(token) and self._coded(token.text)

    def _coded(self, text: str) -> bool:
        """Whether the actor dictionaries code an acronym."""
        known = self.known.get(text)
        if known is None:
            known = self.known[text] = actor_code(text) is not None
        return known


def _bracketed(token: Token) -> bool:
    """Whether a word stands alone in brackets, as the wire gives a firm's ticker."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc):
        return False
    return doc[token.i - 1].text in {"<", "("} and doc[token.i + 1].text in {">", ")"}


def _among_lower_case(token: Token) -> bool:
    """Whether a word's line has a word in lower case besides it: a line of capitals
    is a headline or a table."""
    doc = token.doc
    start, end = token.i, token.i + 1
    while start > 0 and not _breaks(doc[start - 1]):
        start -= 1
    while end < len(doc) and not _breaks(doc[end - 1]):
        end += 1
    return any(t.is_alpha and t.is_lower for t in doc[start:end])


def _breaks(token: Token) -> bool:
    """Whether a line ends at or right after a token."""
    return "\n" in token.text or "\n" in token.whitespace_


@Language.factory("kg_acronyms")
def make_acronym_tagger(nlp: Language, name: str) -> AcronymTagger:
    """The ``kg_acronyms`` component (see the module docstring)."""
    return AcronymTagger()
