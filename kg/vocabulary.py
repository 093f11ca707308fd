"""The extractor's vocabulary, read from the ontology's Turtle into plain data.

The ontology is the single source of event classes (the CAMEO codebook, one class per
code), their CAMEO codes, Goldstein scores, QuadClasses, trigger phrases and theme
words, and of the cue words for attribution, modality and negation. This module turns
it into frozen dataclasses so that the extraction stage never touches RDF. Users extend
it with their own Turtle, so it is checked first: what would hang or crash the
extractor (a subclass cycle, a dangling class reference, an empty trigger) is refused
with a coded error naming the triple.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import chain, pairwise
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS
from rdflib.term import Node

from kg.errors import Errors, KgError

__all__ = [
    "CKG",
    "OF",
    "QUAD_CLASSES",
    "EventType",
    "Trigger",
    "Vocabulary",
    "entity_labels",
    "generated_name",
    "vocabulary_from_graph",
]


class _Terms(Namespace):
    """An rdflib Namespace that makes each of its terms once: rdflib's makes a new URIRef
    (an IRI check and a join) on every attribute access, and writing an article's
    triples asks for a few hundred."""

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        self.__dict__[name] = term  # found by the plain attribute lookup from now on
        return term


CKG = _Terms("https://w3id.org/kg-news/ontology#")
# GDELT's QuadClasses (ckg:quadClass) by number: how event data splits cooperation from
# conflict, where the Goldstein score says how strongly (some cooperation scores 0 or less).
QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
VERBAL_QUAD_CLASSES = frozenset({1, 3})  # CAMEO's verbal cooperation and verbal conflict
_ARTICLES = frozenset({"the", "a", "an"})
OF = "of"  # the preposition of a noun trigger's phrase naming what the act is of
_PREPOSITIONS = frozenset(
    {"on", "against", "of", "by", "with", "at", "into", "over", "to", "between", "from", "for"}
)
# A trigger made of stop words only has no head a verb or noun could match ("the", "of the").
# spaCy's stop list also holds ordinary verbs that head phrasal triggers ("call for",
# "give", "take over", "side with"); they are left out of it here.
_STOP_WORD_VERBS = frozenset(
    {
        *("back", "call", "down", "empty", "front", "get", "give", "go", "keep", "make", "move"),
        *("name", "part", "put", "say", "see", "show", "side", "take", "top"),
    }
)
# parsed into a head and the rest
_PHRASE_PROPERTIES = (CKG.trigger, CKG.nounTrigger, CKG.prospectTrigger)
# to an event class
_CLASS_PROPERTIES = (
    CKG.intentClass,
    CKG.conditionalIntentClass,
    CKG.negationClass,
    CKG.converseClass,
)
_GENERATED = re.compile(r"CAMEO_[0-9]{2,4}")  # see generated_name

_Triple = tuple[Node, URIRef, Node]


@dataclass(frozen=True)
class Trigger:
    """A trigger phrase as lemmas: the head lemma, then the words that must hang off it."""

    head: str
    rest: tuple[str, ...]

    @classmethod
    def parse(cls, phrase: str) -> Trigger:
        words = [w for w in phrase.lower().split() if w not in _ARTICLES]
        return cls(head=words[0], rest=tuple(words[1:]))

    @classmethod
    def parse_noun(cls, phrase: str) -> Trigger:
        """A noun phrase trigger: the head noun is the last word ("hunger strike"), or the
        word before a closing preposition the noun must govern ("strike on"), or before
        an "of" whose object follows ("exchange of fire": the noun and its "of" phrase's
        noun, see :func:`kg.extract.triggers.noun_triggers`)."""
        words = [w for w in phrase.lower().split() if w not in _ARTICLES]
        at = len(words) - (2 if len(words) > 1 and words[-1] in _PREPOSITIONS else 1)
        if OF in words[1:-1]:
            at = words.index(OF) - 1
        return cls(head=words[at], rest=tuple(words[:at] + words[at + 1 :]))


@dataclass(frozen=True)
class EventType:
    """An event class of the ontology, as the extractor needs it."""

    name: str
    iri: str
    label: str
    cameo: str
    goldstein: float
    relation: str | None
    parent: str | None
    triggers: tuple[Trigger, ...] = ()
    theme_words: frozenset[str] = frozenset()
    intent: str | None = None
    conditional_intent: str | None = None  # its own ckg:conditionalIntentClass
    negation: str | None = None
    cues: frozenset[str] = frozenset()
    quad_class: int | None = None  # its own ckg:quadClass; see Vocabulary.quad_class_of
    noun_triggers: tuple[Trigger, ...] = ()
    reciprocal: bool = False  # its own ckg:reciprocal; see Vocabulary.is_reciprocal
    directed: bool = False  # its own ckg:directed; see Vocabulary.is_directed
    converse: str | None = None  # its own ckg:converseClass; see Vocabulary.converse_of
    doer_roles: frozenset[str] = frozenset()  # its own ckg:doerRole codes, which subclasses share
    own_target_role: str | None = None  # its own ckg:ownTargetRole; see Vocabulary.own_target_role

    @property
    def root(self) -> str:
        return self.cameo[:2]

    @property
    def worded(self) -> bool:
        """Whether the extractor has words for the class: a trigger, a noun trigger or a
        theme word. Most codes of the codebook have none yet."""
        return bool(self.triggers or self.noun_triggers or self.theme_words)


@dataclass(frozen=True)
class Vocabulary:
    """Event types by name plus the cue-word lists, all from the ontology."""

    event_types: dict[str, EventType]
    speech_lemmas: frozenset[str]
    patient_subjects: frozenset[str]
    conditional_cues: frozenset[str]
    hypothetical_cues: frozenset[str]
    claimed_cues: frozenset[str]
    negation_cues: frozenset[str]
    intent_cues: frozenset[str]
    reported_intent_cues: frozenset[str]
    # Words by which an event noun is set for the future (ckg:scheduleCue).
    schedule_cues: frozenset[str] = frozenset()
    # Verbs of holding back whose negation states the act (ckg:reluctanceCue).
    reluctance_cues: frozenset[str] = frozenset()
    # Verbs of command, whose complement their object is to carry out (ckg:commandCue).
    command_cues: frozenset[str] = frozenset()
    # Nouns of messages, which speak for their issuer (ckg:messageNoun), and verbs by
    # which a subject issues one (ckg:messageVerb).
    message_nouns: frozenset[str] = frozenset()
    message_verbs: frozenset[str] = frozenset()
    # Nouns of claims whose "that" clause tells what is claimed (ckg:claimNoun).
    claim_nouns: frozenset[str] = frozenset()
    # Nouns naming an act of any kind, which name an act the story told before them
    # again (ckg:actNoun).
    act_nouns: frozenset[str] = frozenset()
    # A verb denying its clausal complement (ckg:denialTrigger) → the class it codes.
    denials: dict[str, str] = field(default_factory=dict)
    # A verb foretelling another's act (ckg:forecastTrigger) → the class it codes; and a
    # QuadClass of the act foretold → the class its forecast codes (ckg:forecastOf).
    forecasts: dict[str, str] = field(default_factory=dict)
    forecast_classes: dict[int, str] = field(default_factory=dict)
    # A verb answering any hostile act (ckg:answerTrigger) → the class it codes; and the
    # words making an act hostile, by class (ckg:hostileWord).
    answers: dict[str, str] = field(default_factory=dict)
    hostile_words: dict[str, frozenset[str]] = field(default_factory=dict)
    # A word naming an act or an actor reproachfully (ckg:reproachWord) → the class of
    # the naming: "called the raid an act of aggression" criticises it.
    reproaches: dict[str, str] = field(default_factory=dict)
    # A verb telling what its subject is to undergo (ckg:prospectTrigger), by head.
    prospects: dict[str, tuple[tuple[EventType, Trigger], ...]] = field(default_factory=dict)
    # A predicate laying an act at its subject's door (ckg:blameTrigger), by head.
    blames: dict[str, tuple[tuple[EventType, Trigger], ...]] = field(default_factory=dict)
    # Actor class → its named-entity label (ckg:entityLabel, inherited); and a label →
    # the class that declares it, for a name the model tags and no gazetteer knows.
    entity_labels: dict[str, str] = field(default_factory=dict)
    entity_types: dict[str, str] = field(default_factory=dict)
    by_head: dict[str, tuple[tuple[EventType, Trigger], ...]] = field(default_factory=dict)
    by_noun: dict[str, tuple[tuple[EventType, Trigger], ...]] = field(default_factory=dict)
    # An event type's name → its subclasses as refinement sees them (see children).
    refinements: dict[str, tuple[EventType, ...]] = field(default_factory=dict)

    def children(self, name: str) -> list[EventType]:
        """The subclasses an event of this type can be refined to, in name order: its
        direct subclasses, but a subclass the extractor has no words for (a code of the
        codebook no trigger or theme word reaches) stands for its own such subclasses.
        So the theme words of 0256, an appeal for de-escalation, refine an appeal (02)
        through 025, an appeal to yield, which has none."""
        return list(self.refinements.get(name, ()))

    def ancestors(self, name: str) -> list[EventType]:
        """The class and its ancestors, nearest first."""
        chain = [self.event_types[name]]
        while chain[-1].parent:
            chain.append(self.event_types[chain[-1].parent])
        return chain

    def named(self, name: str) -> str:
        """The class's own name, or for a code of the codebook that ``conflict.ttl`` does
        not name (``CAMEO_190``), its nearest ancestor's that has one (``Fight``)."""
        if name not in self.event_types:
            return name
        return next((t.name for t in self.ancestors(name) if not generated_name(t.name)), name)

    def relation_of(self, name: str) -> str | None:
        """The direct relation of a class, inherited from its nearest ancestor that has one."""
        return next((t.relation for t in self.ancestors(name) if t.relation), None)

    def intent_of(self, name: str) -> EventType | None:
        """The class an event of this class becomes when stated as an intention."""
        intent = next((t.intent for t in self.ancestors(name) if t.intent), None)
        return self.event_types[intent] if intent else None

    def states_intent(self, name: str) -> bool:
        """Whether the class (or an ancestor) is one that intentions are recoded to: an
        expression of intent or a threat states a future act, it is not one."""
        return any(t.name in self._intent_classes for t in self.ancestors(name))

    @cached_property
    def _intent_classes(self) -> frozenset[str]:
        return frozenset(t.intent for t in self.event_types.values() if t.intent)

    def answers_a_claim(self, name: str) -> bool:
        """Whether the class is that of a denial (``ckg:denialTrigger``'s class, or a
        subclass): it answers whoever made the claim it denies, and the actors the claim
        is about ("denied reports that the Defense Secretary had ordered escorts") are
        not whom it is aimed at."""
        return any(t.name in self.denials.values() for t in self.ancestors(name))

    def is_reciprocal(self, name: str) -> bool:
        """Whether two parties do the class's act with each other (``ckg:reciprocal`` on
        the class or an ancestor): "Egypt and Israel signed an agreement"."""
        return any(t.reciprocal for t in self.ancestors(name))

    def is_directed(self, name: str) -> bool:
        """Whether the class's act is done to another party, coded only where the text
        names it (``ckg:directed`` on the class or an ancestor): a demand, a rejection;
        not an assault, whose victims may be no actor."""
        return any(t.directed for t in self.ancestors(name))

    def converse_of(self, name: str) -> EventType | None:
        """What the target of an event of this class does to its source in the same act
        (``ckg:converseClass`` on the class itself, not inherited: a meeting is met by
        both parties, a visit, a subclass of consulting, is no visit by the host)."""
        converse = self.event_types[name].converse
        return self.event_types[converse] if converse else None

    def negation_of(self, name: str) -> EventType | None:
        """The class a negated event of this class is coded as (not agreeing → rejecting)."""
        negation = next((t.negation for t in self.ancestors(name) if t.negation), None)
        return self.event_types[negation] if negation else None

    @cached_property
    def cued(self) -> dict[str, EventType]:
        """The class each modal cue signals ("must" → a demand), for the cued classes."""
        return {cue: t for t in self.event_types.values() for cue in t.cues}

    @cached_property
    def _by_code(self) -> dict[str, EventType]:
        return {t.cameo: t for t in self.event_types.values()}

    def for_code(self, code: str) -> EventType | None:
        """The class of a CAMEO code, or of the nearest broader code the ontology has
        (1384 → 138 → 13), for a code from outside it (the verb dictionary's)."""
        while code and code not in self._by_code:
            code = code[:-1] if len(code) > 2 else ""
        return self._by_code.get(code) if code else None

    def as_recorded(self, name: str) -> str:
        """The class an event of this class is recorded as: a root of the codebook as
        its "not specified below" code (19 → 190, 04 → 040), the code coders and
        GDELT's EventCode write, for the codebook has no two-digit event codes; any
        other class as it is."""
        event_type = self.event_types.get(name)
        if event_type is None or event_type.cameo != event_type.root:
            return name
        unspecified = self._by_code.get(event_type.cameo + "0")
        return unspecified.name if unspecified is not None else name

    def own_target_role(self, name: str) -> str | None:
        """The role, in the doer's own country, of whom an act of this class is aimed at
        when nothing names a target (``ckg:ownTargetRole``, inherited): GOV for a
        protest."""
        return next((t.own_target_role for t in self.ancestors(name) if t.own_target_role), None)

    def forecast_type(self, lemma: str, foretold: EventType | None) -> EventType:
        """The class a forecast by ``lemma`` (one of :attr:`forecasts`) codes, where the
        act foretold is of class ``foretold`` (None: no event): the class whose
        ``ckg:forecastOf`` holds its QuadClass, else the verb's own."""
        quad = self.quad_class_of(foretold.name) if foretold is not None else None
        name = self.forecast_classes.get(quad) if quad is not None else None
        return self.event_types[name or self.forecasts[lemma]]

    def conditional_intent_of(self, name: str) -> EventType | None:
        """The class an act of this class becomes when stated as the actor's own on a
        condition: its intent class (:meth:`intent_of`), else its
        ``ckg:conditionalIntentClass`` (a complaint promised should another act, a
        threat), inherited like the intent class."""
        intent = self.intent_of(name)
        if intent is not None:
            return intent
        found = next(
            (t.conditional_intent for t in self.ancestors(name) if t.conditional_intent), None
        )
        return self.event_types[found] if found else None

    def quad_class_of(self, name: str) -> int | None:
        """The QuadClass of a class (1 verbal cooperation, 2 material cooperation, 3 verbal
        conflict, 4 material conflict), inherited from its nearest ancestor that has one:
        a class a user adds below a CAMEO code has the code's."""
        return next((t.quad_class for t in self.ancestors(name) if t.quad_class), None)

    @cached_property
    def future_cues(self) -> frozenset[str]:
        """The cues of an act to come, said or reported: "will", "shall", and the
        reported "would" (``ckg:intentCue``, ``ckg:reportedIntentCue``)."""
        return self.intent_cues | self.reported_intent_cues

    @cached_property
    def speaking(self) -> frozenset[str]:
        """The lemmas of verbs of saying (``ckg:speechTrigger``) and of one-word triggers
        of verbal acts ("urge", "deny", "accuse"): what only an actor does."""
        return self.speech_lemmas | frozenset(
            lemma
            for lemma, readings in self.by_head.items()
            if any(not trigger.rest and self.is_verbal(t.name) for t, trigger in readings)
        )

    def is_verbal(self, name: str) -> bool:
        """Whether a class is a verbal act, of QuadClass 1 or 3 (a statement, an appeal,
        a consultation, a demand, a threat, a rejection): something said, which only an
        actor does."""
        return self.quad_class_of(name) in VERBAL_QUAD_CLASSES


def generated_name(name: str) -> bool:
    """Whether a class's local name is the one the codebook generates for a code that
    ``conflict.ttl`` does not name: ``CAMEO_<code>``."""
    return _GENERATED.fullmatch(name) is not None


def _strings(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal))


def _phrases_by_head(
    graph: Graph, types: Mapping[str, EventType], predicate: URIRef
) -> dict[str, tuple[tuple[EventType, Trigger], ...]]:
    """The trigger phrases each class states by ``predicate`` (ckg:prospectTrigger,
    ckg:blameTrigger), by their head word."""
    found: dict[str, list[tuple[EventType, Trigger]]] = {}
    for event_type in types.values():
        for text in _strings(graph, URIRef(event_type.iri), predicate):
            trigger = Trigger.parse(text)
            found.setdefault(trigger.head, []).append((event_type, trigger))
    return {head: tuple(phrases) for head, phrases in found.items()}


def _local(iri: URIRef) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _depth(event_type: EventType, types: dict[str, EventType]) -> int:
    """How many ancestors an event class has."""
    depth = 0
    while event_type.parent and event_type.parent in types:
        event_type = types[event_type.parent]
        depth += 1
    return depth


def _event_classes(graph: Graph) -> set[URIRef]:
    return {c for c in graph.subjects(CKG.cameoCode, None) if isinstance(c, URIRef)}


def _parents(graph: Graph, classes: set[URIRef]) -> dict[URIRef, list[URIRef]]:
    """Each event class's parents that are event classes: the hierarchy the vocabulary
    follows (sorted, so that the first, the one it keeps, does not depend on parsing)."""
    return {
        cls: sorted(
            p for p in graph.objects(cls, RDFS.subClassOf) if isinstance(p, URIRef) and p in classes
        )
        for cls in sorted(classes)
    }


def _cycle(parents: Mapping[URIRef, Sequence[URIRef]]) -> list[URIRef] | None:
    """A chain of parents that comes back to where it started, if there is one. Depth
    first without recursion, so that a long chain of classes cannot exhaust the stack."""
    finished: set[URIRef] = set()
    for root in parents:
        path, on_path = [root], {root}
        todo = [iter(parents[root])]
        while todo:
            parent = next(todo[-1], None)
            if parent is None:
                on_path.discard(path[-1])
                finished.add(path.pop())
                todo.pop()
            elif parent in on_path:
                return [*path[path.index(parent) :], parent]
            elif parent not in finished:
                path.append(parent)
                on_path.add(parent)
                todo.append(iter(parents[parent]))
    return None


def _namespace(iri: URIRef) -> str:
    return str(iri)[: len(str(iri)) - len(_local(iri))]


_Problem = tuple[Errors, _Triple, dict[str, str]]  # error, offending triple, its fields


def _cycles(graph: Graph, classes: set[URIRef], paths: Sequence[Path]) -> Iterator[_Problem]:
    """A subclass cycle would send every walk up the hierarchy round it forever. Of its
    links, the one named is stated in the last file given: the user's, if any is."""
    cycle = _cycle(_parents(graph, classes))
    if cycle:
        links: list[_Triple] = [(a, RDFS.subClassOf, b) for a, b in pairwise(cycle)]
        link = max(links, key=lambda t: _file_index(t, paths))
        shown = " → ".join(c.n3(graph.namespace_manager) for c in cycle)
        yield Errors.E022, link, {"cycle": shown}


def _dangling(graph: Graph, classes: set[URIRef]) -> Iterator[_Problem]:
    """References to a class that is not there. An intent, negation or converse class
    must be an event class, for events are recoded to it or coded as it. A parent that
    is no event class is not followed, but one in a namespace of the event classes (ckg:
    or the user's) that no file defines is a misspelt class whose subclass would
    silently lose its parent."""
    namespaces = {_namespace(c) for c in classes}
    for cls in sorted(classes):
        for prop in _CLASS_PROPERTIES:
            for target in sorted(graph.objects(cls, prop), key=str):
                if target not in classes:
                    shown = target.n3(graph.namespace_manager)
                    reason = "is not an event class (a class with a ckg:cameoCode)"
                    yield Errors.E024, (cls, prop, target), {"target": shown, "reason": reason}
        for parent in sorted(graph.objects(cls, RDFS.subClassOf), key=str):
            if (
                isinstance(parent, URIRef)
                and _namespace(parent) in namespaces
                and (parent, None, None) not in graph
            ):
                shown = parent.n3(graph.namespace_manager)
                reason = "no ontology file defines"
                yield (
                    Errors.E024,
                    (cls, RDFS.subClassOf, parent),
                    {"target": shown, "reason": reason},
                )


@cache
def _trigger_stop_words() -> frozenset[str]:
    """spaCy's English stop words but the verbs above; imported when first needed, so a
    command that reads no ontology (``kg --help``) does not load spaCy."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS - _STOP_WORD_VERBS)


def _empty_triggers(graph: Graph, classes: set[URIRef]) -> Iterator[_Problem]:
    """A trigger is looked up by its head word: an empty one has none, and one of stop
    words only ("the", "of the") has none that a verb or noun could match."""
    for cls in sorted(classes):
        for prop in _PHRASE_PROPERTIES:
            phrases = (o for o in graph.objects(cls, prop) if isinstance(o, Literal))
            for phrase in sorted(phrases, key=str):
                if all(word in _trigger_stop_words() for word in str(phrase).lower().split()):
                    yield Errors.E023, (cls, prop, phrase), {}


def _bad_values(graph: Graph, classes: set[URIRef]) -> Iterator[_Problem]:
    """Values the extractor reads as a number, a code or a property: a Goldstein score
    that is no number in [-10, 10], a CAMEO code that is not 2 to 4 digits, a direct
    relation written as text instead of a property's IRI."""
    for cls in sorted(classes):
        for score in graph.objects(cls, CKG.goldstein):
            try:
                number = float(str(score))
            except ValueError:
                number = math.nan
            if not -10 <= number <= 10:
                reason = "a Goldstein score is a number from -10 to 10"
                yield Errors.E026, (cls, CKG.goldstein, score), {"reason": reason}
        for code in graph.objects(cls, CKG.cameoCode):
            if not re.fullmatch(r"[0-9]{2,4}", str(code)):
                reason = "a CAMEO code is 2 to 4 digits"
                yield Errors.E026, (cls, CKG.cameoCode, code), {"reason": reason}
        for relation in graph.objects(cls, CKG.relation):
            if not isinstance(relation, URIRef):
                reason = "a direct relation is a property's IRI, not text"
                yield Errors.E026, (cls, CKG.relation, relation), {"reason": reason}
        for quad in graph.objects(cls, CKG.quadClass):
            if str(quad) not in {str(number) for number in QUAD_CLASSES}:
                reason = "a QuadClass is 1, 2, 3 or 4"
                yield Errors.E026, (cls, CKG.quadClass, quad), {"reason": reason}


def _file_index(triple: _Triple, paths: Sequence[Path]) -> int:
    """Which of ``paths`` first states ``triple`` (-1: none), each parsed again: this runs
    only on the way to an error, so loading an ontology keeps no per-file copies."""
    return next(
        (i for i, path in enumerate(paths) if triple in Graph().parse(path, format="turtle")),
        -1,
    )


def _check(graph: Graph, paths: Sequence[Path]) -> None:
    """Refuse an ontology that would hang or crash the extractor (a subclass cycle, a
    dangling class reference, an empty trigger, a value of the wrong kind), naming the
    triple and its file."""
    classes = _event_classes(graph)
    problems = chain(
        _cycles(graph, classes, paths),
        _dangling(graph, classes),
        _empty_triggers(graph, classes),
        _bad_values(graph, classes),
    )
    problem = next(problems, None)
    if problem is not None:
        code, triple, fields = problem
        index = _file_index(triple, paths)
        shown = " ".join(t.n3(graph.namespace_manager) for t in triple)
        raise KgError(code, path=paths[index] if index >= 0 else "ontology", triple=shown, **fields)


def entity_labels(graph: Graph) -> dict[str, str]:
    """Each actor class below ``ckg:Actor``, sorted, with its own ``ckg:entityLabel`` or
    its nearest ancestor's ("" if none)."""
    labels: dict[str, str] = {}
    todo = [(CKG.Actor, "")]
    while todo:
        parent, inherited = todo.pop()
        for child in sorted(graph.subjects(RDFS.subClassOf, parent), key=str):
            if isinstance(child, URIRef) and _local(child) not in labels:
                own = graph.value(child, CKG.entityLabel)
                labels[_local(child)] = str(own) if own is not None else inherited
                todo.append((child, labels[_local(child)]))
    return dict(sorted(labels.items()))


def _refinements(types: Mapping[str, EventType]) -> dict[str, tuple[EventType, ...]]:
    """Each type's subclasses as :meth:`Vocabulary.children` gives them: a subclass the
    extractor has no words for stands for its own (the hierarchy has no cycle: checked
    before)."""
    direct: dict[str, list[EventType]] = {}
    for event_type in types.values():
        if event_type.parent:
            direct.setdefault(event_type.parent, []).append(event_type)

    def below(name: str) -> list[EventType]:  # without recursion, as _cycle
        found, todo = [], list(direct.get(name, ()))
        while todo:
            child = todo.pop()
            if child.worded:
                found.append(child)
            else:
                todo.extend(direct.get(child.name, ()))
        return found

    return {
        name: tuple(sorted(found, key=lambda t: t.name)) for name in types if (found := below(name))
    }


def vocabulary_from_graph(graph: Graph, paths: Sequence[Path] = ()) -> Vocabulary:
    """Build the vocabulary from an ontology graph, parsed from ``paths``, once it has
    been checked (see :func:`_check`)."""
    _check(graph, paths)
    types: dict[str, EventType] = {}
    classes = _event_classes(graph)
    hierarchy = _parents(graph, classes)
    for cls in sorted(classes):
        parents = hierarchy[cls]
        relation = graph.value(cls, CKG.relation)
        intent = graph.value(cls, CKG.intentClass)
        conditional = graph.value(cls, CKG.conditionalIntentClass)
        negation = graph.value(cls, CKG.negationClass)
        converse = graph.value(cls, CKG.converseClass)
        quad = graph.value(cls, CKG.quadClass)
        types[_local(cls)] = EventType(
            name=_local(cls),
            iri=str(cls),
            label=str(graph.value(cls, RDFS.label) or _local(cls)),
            cameo=str(graph.value(cls, CKG.cameoCode)),
            goldstein=float(graph.value(cls, CKG.goldstein) or 0.0),  # type: ignore[arg-type]
            relation=str(relation) if relation else None,
            parent=_local(parents[0]) if parents else None,
            triggers=tuple(Trigger.parse(t) for t in _strings(graph, cls, CKG.trigger)),
            theme_words=frozenset(w.lower() for w in _strings(graph, cls, CKG.themeWord)),
            intent=_local(intent) if isinstance(intent, URIRef) else None,
            conditional_intent=_local(conditional) if isinstance(conditional, URIRef) else None,
            negation=_local(negation) if isinstance(negation, URIRef) else None,
            converse=_local(converse) if isinstance(converse, URIRef) else None,
            doer_roles=frozenset(_strings(graph, cls, CKG.doerRole)),
            own_target_role=next(iter(sorted(_strings(graph, cls, CKG.ownTargetRole))), None),
            cues=frozenset(_strings(graph, cls, CKG.cue)),
            quad_class=int(str(quad)) if quad is not None else None,
            reciprocal=graph.value(cls, CKG.reciprocal) == Literal(True),
            directed=graph.value(cls, CKG.directed) == Literal(True),
            noun_triggers=tuple(
                Trigger.parse_noun(t) for t in _strings(graph, cls, CKG.nounTrigger)
            ),
        )
    if not types:
        raise KgError(Errors.E021, path=", ".join(map(str, paths)) or "ontology")
    by_head: dict[str, list[tuple[EventType, Trigger]]] = {}
    by_noun: dict[str, list[tuple[EventType, Trigger]]] = {}
    for event_type in types.values():
        for trigger in event_type.triggers:
            by_head.setdefault(trigger.head, []).append((event_type, trigger))
        for trigger in event_type.noun_triggers:
            by_noun.setdefault(trigger.head, []).append((event_type, trigger))
    speech, patients, messages, issuing, claims = (
        {s.lower() for cls in types.values() for s in _strings(graph, URIRef(cls.iri), prop)}
        for prop in (
            CKG.speechTrigger,
            CKG.patientSubject,
            CKG.messageNoun,
            CKG.messageVerb,
            CKG.claimNoun,
        )
    )

    def by_word(prop: URIRef) -> dict[str, str]:
        """Each lower-case string of the property → the class stating it."""
        return {
            s.lower(): cls.name
            for cls in types.values()
            for s in _strings(graph, URIRef(cls.iri), prop)
        }

    denials, forecasts, answers, reproaches = (
        by_word(p)
        for p in (CKG.denialTrigger, CKG.forecastTrigger, CKG.answerTrigger, CKG.reproachWord)
    )
    forecast_classes = {int(quad): name for quad, name in by_word(CKG.forecastOf).items()}
    hostile_words = {
        cls.name: frozenset(s.lower() for s in _strings(graph, URIRef(cls.iri), CKG.hostileWord))
        for cls in types.values()
        if cls.name in answers.values()
    }
    prospects, blames = (
        _phrases_by_head(graph, types, p) for p in (CKG.prospectTrigger, CKG.blameTrigger)
    )
    return Vocabulary(
        event_types=types,
        speech_lemmas=frozenset(speech | set(forecasts)),
        patient_subjects=frozenset(patients),
        denials=denials,
        forecasts=forecasts,
        forecast_classes=forecast_classes,
        answers=answers,
        hostile_words=hostile_words,
        reproaches=reproaches,
        prospects=prospects,
        blames=blames,
        conditional_cues=frozenset(_strings(graph, CKG.conditional, CKG.cue)),
        hypothetical_cues=frozenset(_strings(graph, CKG.hypothetical, CKG.cue)),
        claimed_cues=frozenset(_strings(graph, CKG.claimed, CKG.cue)),
        negation_cues=frozenset(_strings(graph, CKG.negated, CKG.cue)),
        intent_cues=frozenset(_strings(graph, CKG.intentClass, CKG.intentCue)),
        reported_intent_cues=frozenset(_strings(graph, CKG.intentClass, CKG.reportedIntentCue)),
        schedule_cues=frozenset(_strings(graph, CKG.intentClass, CKG.scheduleCue)),
        reluctance_cues=frozenset(_strings(graph, CKG.intentClass, CKG.reluctanceCue)),
        message_nouns=frozenset(messages),
        message_verbs=frozenset(issuing),
        claim_nouns=frozenset(claims),
        act_nouns=frozenset(s.lower() for s in _strings(graph, CKG.Event, CKG.actNoun)),
        command_cues=frozenset(_strings(graph, CKG.intentClass, CKG.commandCue)),
        entity_labels=entity_labels(graph),
        entity_types={
            str(label): _local(cls)
            for cls, label in sorted(graph.subject_objects(CKG.entityLabel))
            if isinstance(cls, URIRef)
        },
        # Longer phrases first, so "place the blame on" wins over a bare "place"; then
        # classes whose trigger needs a theme word, so "expel diplomats" is not any
        # expulsion; then deeper classes, so a subclass a user adds beats its parent.
        by_head={
            h: tuple(
                sorted(
                    v,
                    key=lambda p: (
                        -len(p[1].rest),
                        not p[0].theme_words,
                        -_depth(p[0], types),
                        p[0].name,
                    ),
                )
            )
            for h, v in by_head.items()
        },
        by_noun={h: tuple(sorted(v, key=lambda p: -len(p[1].rest))) for h, v in by_noun.items()},
        refinements=_refinements(types),
    )
