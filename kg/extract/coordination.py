"""Coordination the parser hangs on the wrong clause: "said X was Y and warned Z".

In "Iran said the reports were baseless and warned the United States not to
interfere", the second verb goes with "said": Iran warned. The parser mostly hangs it
on the reported clause instead, as if the reports warned, and the warning is lost (its
subject is no actor) or taken for part of what was said. The ``kg_coordination``
component, after the parser, moves such a verb, and its conjunction, under the verb of
saying, where every rule then reads it. Two reported clauses cannot share a verb in the
same tense as the saying, with no subject of its own and an object of its own:

* a clause of "be" describing a thing ("the reports were baseless", "the situation was
  calm"), which does nothing to an object; a subject that is a name or an agent noun
  (:mod:`kg.extract.agents`, which runs before) may do the act itself ("said the
  minister was ill and cancelled the visit"), and is left as the parser read it;
* a passive clause ("said several people were injured … and vowed retaliation"): a
  finite past verb cannot share the passive's auxiliary ("were injured and vowed"), so
  it goes with the finite verb above.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from kg.extract.agents import AGENTS
from kg.ontology import load_ontology

__all__ = ["CoordinationMover"]

DESCRIBED = "described_then_acts"  # "said the reports were baseless and warned Z"
PASSIVE = "passive_then_acts"  # "said people were injured and vowed retaliation"


def _said_then_acts(clause: dict[str, object]) -> list[dict[str, object]]:
    """What both readings share: a verb of saying, the clause it reports (of the
    attributes ``clause``), and a verb coordinated on that clause that acts on an
    object; each pattern's own tokens follow."""
    return [
        {"RIGHT_ID": "saying", "RIGHT_ATTRS": {"POS": "VERB"}},
        {
            "LEFT_ID": "saying",
            "REL_OP": ">",
            "RIGHT_ID": "clause",
            "RIGHT_ATTRS": {"DEP": "ccomp", **clause},
        },
        {
            "LEFT_ID": "clause",
            "REL_OP": ">",
            "RIGHT_ID": "act",
            "RIGHT_ATTRS": {"DEP": "conj", "TAG": "VBD"},
        },
        {
            "LEFT_ID": "act",
            "REL_OP": ">",
            "RIGHT_ID": "object",
            "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "dative"]}},
        },
    ]


PATTERNS: dict[str, list[dict[str, object]]] = {
    DESCRIBED: [
        *_said_then_acts({"LEMMA": "be"}),
        {
            "LEFT_ID": "clause",
            "REL_OP": ">",
            "RIGHT_ID": "described",
            "RIGHT_ATTRS": {"DEP": "nsubj", "POS": "NOUN", "ENT_TYPE": ""},
        },
        {
            "LEFT_ID": "clause",
            "REL_OP": ">",
            "RIGHT_ID": "state",
            "RIGHT_ATTRS": {"DEP": {"IN": ["acomp", "attr"]}},
        },
    ],
    PASSIVE: [
        *_said_then_acts({"TAG": "VBN"}),
        {
            "LEFT_ID": "clause",
            "REL_OP": ">",
            "RIGHT_ID": "auxiliary",
            "RIGHT_ATTRS": {"DEP": "auxpass"},
        },
    ],
}


class CoordinationMover:
    """Moves a speaker's second act from the clause it reports to the verb of saying
    (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.speaking = load_ontology().vocabulary.speaking
        self.matcher = DependencyMatcher(nlp.vocab)
        for name, pattern in PATTERNS.items():
            self.matcher.add(name, [pattern])

    def __call__(self, doc: Doc) -> Doc:
        agents = {span.root.i for span in doc.spans.get(AGENTS, ())}
        for match, (saying, clause, act, _object, *own) in self.matcher(doc):
            said, verb = doc[saying], doc[act]
            if said.lemma_.lower() not in self.speaking or verb.tag_ != said.tag_:
                continue
            if any(c.dep_.startswith("nsubj") for c in verb.children):
                continue
            if doc.vocab.strings[match] == DESCRIBED and own[0] in agents:
                continue  # "said the minister was ill and cancelled the visit"
            conjunctions = [c for c in doc[clause].children if c.dep_ == "cc" and c.i == verb.i - 1]
            for token in (*conjunctions, verb):
                token.head = said
        return doc


@Language.factory("kg_coordination")
def make_coordination_mover(nlp: Language, name: str) -> CoordinationMover:
    """The ``kg_coordination`` component (see the module docstring)."""
    return CoordinationMover(nlp)
