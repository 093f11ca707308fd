"""Coordination the parser misreads: a speaker's second act hung on the clause said
("said X was Y and warned Z"), a list read as an apposition ("X, the Y and Z"), and a
finite verb coordinated on a gerund ("accused X of staging a coup and called on Y").

In "Iran said the reports were baseless and warned the United States not to
interfere", the second verb goes with "said": Iran warned. The parser mostly hangs it
on the reported clause instead, as if the reports warned, and the warning is lost (its
subject is no actor) or taken for part of what was said. The ``kg_coordination``
component, after the parser, moves such a verb, and its conjunction, under the verb of
saying, where every rule then reads it: a clause of "be" or "have" describing a thing
("the reports were baseless", "the situation was calm", "the attack had cross-border
links") does nothing to an object, so a verb
in the same tense as the saying, with no subject of its own and an object of its own,
coordinated on that clause, is the speaker's second act ("says the reports are baseless
and warns Z" too). A subject that is a name or an agent noun (:mod:`kg.extract.agents`,
which runs before) may do the act itself ("said the minister was ill and cancelled the
visit"), and is left as the parser read it; so is a passive clause, whose subject may
act next ("said the rebels were surrounded and attacked the troops").

In "Congo, the United Nations and Western governments accuse Rwanda", the parser may
read "the United Nations" as an apposition renaming Congo, with "Western governments"
coordinated on it, and the list's second and third members are lost as accusers. An
apposition is set off by commas on both sides ("Kenya, the host, said"; "Smith, the
chairman and chief executive, said"); one opened by a comma that holds a coordination
and runs on into its subject's verb without a closing comma is the second member of a
list of three or more, and the component labels it so (``conj``, as the parser labels
a list's members when it reads one).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from kg.extract.agents import AGENTS
from kg.ontology import load_ontology
from kg.wordnet import load_nominalisations

__all__ = ["CoordinationMover"]


# The clause of "be" or "have" a verb of saying reports, describing a common noun ("the
# reports were baseless", "the talks were a failure", "the attack had links"), and a
# verb coordinated on that clause that acts on an object. Each pattern is anchored on
# its rarest word (here the clause), which the matcher looks for first: one anchored on
# any verb cost as much as the rest of the component.
DESCRIBED_THEN_ACTS: list[dict[str, object]] = [
    {"RIGHT_ID": "clause", "RIGHT_ATTRS": {"DEP": "ccomp", "LEMMA": {"IN": ["be", "have"]}}},
    {"LEFT_ID": "clause", "REL_OP": "<", "RIGHT_ID": "saying", "RIGHT_ATTRS": {"POS": "VERB"}},
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
        "RIGHT_ATTRS": {"DEP": {"IN": ["acomp", "attr", "dobj"]}},
    },
]


# A finite verb coordinated on a gerund (anchored on the verb: few conjuncts are finite).
FINITE_ON_A_GERUND: list[dict[str, object]] = [
    {"RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "conj", "TAG": {"IN": ["VBD", "VBZ", "VBP"]}}},
    {"LEFT_ID": "act", "REL_OP": "<", "RIGHT_ID": "gerund", "RIGHT_ATTRS": {"TAG": "VBG"}},
]

# the patterns' keys
DESCRIBED, LISTED, ON_A_GERUND = "described_then_acts", "apposition_with_conjuncts", "gerund"

# An apposition to a subject (a name or noun), and a coordination the apposition holds.
APPOSITION_WITH_CONJUNCTS: list[dict[str, object]] = [
    {"RIGHT_ID": "apposition", "RIGHT_ATTRS": {"DEP": "appos", "POS": {"IN": ["PROPN", "NOUN"]}}},
    {
        "LEFT_ID": "apposition",
        "REL_OP": "<",
        "RIGHT_ID": "subject",
        "RIGHT_ATTRS": {"DEP": {"IN": ["nsubj", "nsubjpass"]}, "POS": {"IN": ["PROPN", "NOUN"]}},
    },
    {"LEFT_ID": "apposition", "REL_OP": ">", "RIGHT_ID": "and", "RIGHT_ATTRS": {"DEP": "cc"}},
    {"LEFT_ID": "apposition", "REL_OP": ">", "RIGHT_ID": "next", "RIGHT_ATTRS": {"DEP": "conj"}},
]


# Words of a verb that may stand between its subject and it ("have also accused").
BEFORE_THE_VERB = frozenset({"aux", "auxpass", "neg", "advmod"})


def _unclosed(apposition: Token) -> bool:
    """Whether an apposition to a subject opens with a comma after the subject and runs
    on, with no closing comma, into the subject's verb, or its auxiliaries and adverbs
    ("… and Peru have also accused"). Only one to a subject: in "killing 10 soldiers, a
    police officer and an official said" the object's list ends at the comma, and the
    officer and the official say."""
    doc = apposition.doc
    verb = apposition.head.head
    start, end = apposition.left_edge.i, apposition.right_edge.i + 1
    opened = start > 0 and doc[start - 1].text == ","
    between = doc[end : verb.i]
    return (
        opened
        and end <= verb.i
        and all(t.head == verb and t.dep_ in BEFORE_THE_VERB for t in between)
    )


def _finite_above(verb: Token, gerund: Token) -> Token | None:
    """The verb a finite verb the parser coordinated on a gerund goes with: the verb in
    its tense whose prepositional phrase the gerund is ("accused his rivals of staging a
    coup and called on the government": called, Reda's second act, not a second thing
    the rivals are accused of), which it shares the subject of; none where the verb has
    a subject of its own, or the gerund hangs elsewhere."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return None
    prep = gerund.head
    if gerund.dep_ != "pcomp" or prep.dep_ != "prep":
        return None
    above = prep.head
    return above if above.tag_ == verb.tag_ and above.i < verb.i else None


def _rehang(verb: Token, old: Token, new: Token) -> None:
    """Hang a coordinated verb, and the conjunction before it ("and", "and then"), on
    ``new`` instead of ``old``."""
    for c in old.children:
        if (
            c.dep_ == "cc"
            and c.i < verb.i
            and all(t.dep_ in {"cc", "advmod"} for t in verb.doc[c.i : verb.i])
        ):
            c.head = new
    verb.head = new


def _names_an_act(noun: Token) -> bool:
    """Whether a noun names an act, which has what a clause of "have" says it has ("the
    attack had cross-border links"), where a thing or a group may itself act next ("the
    convoy had weapons and attacked")."""
    return noun.lemma_.lower() in load_nominalisations()


class CoordinationMover:
    """Moves a speaker's second act from the clause it reports to the verb of saying,
    and relabels a list's member read as an apposition (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.speaking = load_ontology().vocabulary.speaking
        # one matcher for all: each call costs a pass over the document whatever it finds
        self.matcher = DependencyMatcher(nlp.vocab)
        self.matcher.add(DESCRIBED, [DESCRIBED_THEN_ACTS])
        self.matcher.add(LISTED, [APPOSITION_WITH_CONJUNCTS])
        self.matcher.add(ON_A_GERUND, [FINITE_ON_A_GERUND])

    def __call__(self, doc: Doc) -> Doc:
        agents = {span.root.i for span in doc.spans.get(AGENTS, ())}
        for key, tokens in self.matcher(doc):
            if doc.vocab.strings[key] == LISTED:
                apposition = doc[tokens[0]]
                if _unclosed(apposition):
                    apposition.dep_ = "conj"
                continue
            if doc.vocab.strings[key] == ON_A_GERUND:
                verb, gerund = doc[tokens[0]], doc[tokens[1]]
                above = _finite_above(verb, gerund)
                if above is not None:
                    _rehang(verb, gerund, above)
                continue
            clause, saying, act, _object, described, _state = tokens
            said, verb = doc[saying], doc[act]
            if said.lemma_.lower() not in self.speaking or verb.tag_ != said.tag_:
                continue
            if any(c.dep_.startswith("nsubj") for c in verb.children):
                continue
            if described in agents:
                continue  # "said the minister was ill and cancelled the visit"
            if doc[clause].lemma_ == "have" and not _names_an_act(doc[described]):
                continue  # "said the convoy had weapons and attacked a checkpoint"
            _rehang(verb, doc[clause], said)
        return doc


@Language.factory("kg_coordination")
def make_coordination_mover(nlp: Language, name: str) -> CoordinationMover:
    """The ``kg_coordination`` component (see the module docstring)."""
    return CoordinationMover(nlp)
