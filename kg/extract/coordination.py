"""Coordination the parser hangs on the wrong clause: "said X was Y and warned Z".

In "Iran said the reports were baseless and warned the United States not to
interfere", the second verb goes with "said": Iran warned. The parser mostly hangs it
on the reported clause instead, as if the reports warned, and the warning is lost (its
subject is no actor) or taken for part of what was said. The ``kg_coordination``
component, after the parser, moves such a verb, and its conjunction, under the verb of
saying, where every rule then reads it: a clause of "be" describing a thing ("the
reports were baseless", "the situation was calm") does nothing to an object, so a verb
in the same tense as the saying, with no subject of its own and an object of its own,
coordinated on that clause, is the speaker's second act ("says the reports are baseless
and warns Z" too). A subject that is a name or an agent noun (:mod:`kg.extract.agents`,
which runs before) may do the act itself ("said the minister was ill and cancelled the
visit"), and is left as the parser read it; so is a passive clause, whose subject may
act next ("said the rebels were surrounded and attacked the troops").
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc

from kg.extract.agents import AGENTS
from kg.ontology import load_ontology

__all__ = ["CoordinationMover"]


# A verb of saying, the clause of "be" it reports, describing a common noun ("the
# reports were baseless", "the talks were a failure"), and a verb coordinated on that
# clause that acts on an object.
DESCRIBED_THEN_ACTS: list[dict[str, object]] = [
    {"RIGHT_ID": "saying", "RIGHT_ATTRS": {"POS": "VERB"}},
    {
        "LEFT_ID": "saying",
        "REL_OP": ">",
        "RIGHT_ID": "clause",
        "RIGHT_ATTRS": {"DEP": "ccomp", "LEMMA": "be"},
    },
    {
        "LEFT_ID": "clause",
        "REL_OP": ">",
        "RIGHT_ID": "act",
        "RIGHT_ATTRS": {"DEP": "conj", "TAG": {"IN": ["VBD", "VBZ", "VBP"]}},
    },
    {
        "LEFT_ID": "act",
        "REL_OP": ">",
        "RIGHT_ID": "object",
        "RIGHT_ATTRS": {"DEP": {"IN": ["dobj", "dative"]}},
    },
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
]


class CoordinationMover:
    """Moves a speaker's second act from the clause it reports to the verb of saying
    (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.speaking = load_ontology().vocabulary.speaking
        self.matcher = DependencyMatcher(nlp.vocab)
        self.matcher.add("described_then_acts", [DESCRIBED_THEN_ACTS])

    def __call__(self, doc: Doc) -> Doc:
        agents = {span.root.i for span in doc.spans.get(AGENTS, ())}
        for _, (saying, clause, act, _object, described, _state) in self.matcher(doc):
            said, verb = doc[saying], doc[act]
            if said.lemma_.lower() not in self.speaking or verb.tag_ != said.tag_:
                continue
            if any(c.dep_.startswith("nsubj") for c in verb.children):
                continue
            if described in agents:
                continue  # "said the minister was ill and cancelled the visit"
            conjunctions = [c for c in doc[clause].children if c.dep_ == "cc" and c.i == verb.i - 1]
            for token in (*conjunctions, verb):
                token.head = said
        return doc


@Language.factory("kg_coordination")
def make_coordination_mover(nlp: Language, name: str) -> CoordinationMover:
    """The ``kg_coordination`` component (see the module docstring)."""
    return CoordinationMover(nlp)
