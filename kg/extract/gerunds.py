"""A gerund that heads a noun phrase, which the parser reads as a verb.

"Fighting between the army and the RSF has killed thousands", "Shelling by Russian
forces killed three civilians": the model tags the -ing word as a verb (VBG) heading a
clause that is the sentence's subject, though it has no subject, auxiliary, object or
clause of its own and takes the phrases of a noun ("between", "by", "of", "on",
"against"; the parser calls "by" an agent's). It is the noun of the act, as WordNet
lists it (a nominalisation whose first sense is an act: "fighting", "shelling",
"bombing", :func:`kg.wordnet.load_nominalisations`), and the ``kg_gerunds`` component
tags it as one (NN, NOUN, its lower case as lemma), so that the rules of event nouns
read the act, its parties and its doer. A gerund with a clause of its own ("Shelling
the city killed ...") or no noun's phrase stays a verb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from kg.wordnet import load_nominalisations

__all__ = ["GerundMender"]

# The dependencies of a noun phrase in a clause.
NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "pobj"})
# The dependencies of a verb's own clause: a gerund with any of them is a verb.
CLAUSE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "dative", "ccomp", "xcomp", "mark", "neg"}
)
# The prepositions of an act's noun: its parties, its doer, what it is done to.
NOUN_PREPS = frozenset({"between", "by", "of", "on", "against"})


def _nominal(token: Token, acts: frozenset[str]) -> bool:
    """Whether a gerund heads a noun phrase (see the module docstring)."""
    if token.tag_ != "VBG" or token.dep_ not in NOUN_DEPS or token.lower_ not in acts:
        return False
    deps = {c.dep_ for c in token.children}
    if deps & CLAUSE_DEPS:
        return False
    return any(c.dep_ in {"prep", "agent"} and c.lower_ in NOUN_PREPS for c in token.children)


class GerundMender:
    """Tags a gerund heading a noun phrase as the noun it is (see the module docstring)."""

    def __init__(self) -> None:
        self.acts = frozenset(load_nominalisations())

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if _nominal(token, self.acts):
                token.tag_, token.pos_, token.lemma_ = "NN", "NOUN", token.lower_
        return doc


@Language.factory("kg_gerunds")
def make_gerund_mender(nlp: Language, name: str) -> GerundMender:
    """The ``kg_gerunds`` component (see the module docstring)."""
    return GerundMender()
