"""The extractor's vocabulary, read from the ontology's Turtle into plain data.

The ontology is the single source of event classes, their CAMEO codes, Goldstein
scores, trigger phrases and theme words, and of the cue words for attribution,
modality and negation. This module turns it into frozen dataclasses so that the
extraction stage never touches RDF.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDFS

from kg.errors import KgError

__all__ = [
    "CKG",
    "EventType",
    "Trigger",
    "Vocabulary",
    "default_ontology_path",
    "load_vocabulary",
]

CKG = Namespace("https://w3id.org/kg-news/ontology#")
_ARTICLES = frozenset({"the", "a", "an"})


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
        """A noun phrase trigger: the head noun is the last word ("hunger strike")."""
        words = [w for w in phrase.lower().split() if w not in _ARTICLES]
        return cls(head=words[-1], rest=tuple(words[:-1]))


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
    negation: str | None = None
    cues: frozenset[str] = frozenset()

    @property
    def root(self) -> str:
        return self.cameo[:2]


@dataclass(frozen=True)
class Vocabulary:
    """Event types by name plus the cue-word lists, all from the ontology."""

    event_types: dict[str, EventType]
    speech_lemmas: frozenset[str]
    conditional_cues: frozenset[str]
    hypothetical_cues: frozenset[str]
    negation_cues: frozenset[str]
    intent_cues: frozenset[str]
    reported_intent_cues: frozenset[str]
    by_head: dict[str, tuple[tuple[EventType, Trigger], ...]] = field(default_factory=dict)
    by_noun: dict[str, tuple[tuple[EventType, Trigger], ...]] = field(default_factory=dict)

    def children(self, name: str) -> list[EventType]:
        """The direct subclasses of an event type, in name order."""
        return [t for t in self.event_types.values() if t.parent == name]

    def ancestors(self, name: str) -> list[EventType]:
        """The class and its ancestors, nearest first."""
        chain = [self.event_types[name]]
        while chain[-1].parent:
            chain.append(self.event_types[chain[-1].parent])
        return chain

    def relation_of(self, name: str) -> str | None:
        """The direct relation of a class, inherited from its nearest ancestor that has one."""
        return next((t.relation for t in self.ancestors(name) if t.relation), None)

    def intent_of(self, name: str) -> EventType | None:
        """The class an event of this class becomes when stated as an intention."""
        intent = next((t.intent for t in self.ancestors(name) if t.intent), None)
        return self.event_types[intent] if intent else None

    def negation_of(self, name: str) -> EventType | None:
        """The class a negated event of this class is coded as (not agreeing → rejecting)."""
        negation = next((t.negation for t in self.ancestors(name) if t.negation), None)
        return self.event_types[negation] if negation else None


def default_ontology_path() -> Path:
    """``conflict.ttl`` shipped in the wheel, or the repository's ``ontology/`` folder."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "conflict.ttl").is_file():
            return candidate / "conflict.ttl"
    raise FileNotFoundError("ontology/conflict.ttl not found beside the kg package")


def _strings(graph: Graph, subject: URIRef, predicate: URIRef) -> list[str]:
    return sorted(str(o) for o in graph.objects(subject, predicate) if isinstance(o, Literal))


def _local(iri: URIRef) -> str:
    return re.split(r"[#/]", str(iri))[-1]


def _depth(event_type: EventType, types: dict[str, EventType]) -> int:
    """How many ancestors an event class has."""
    depth = 0
    while event_type.parent and event_type.parent in types:
        event_type = types[event_type.parent]
        depth += 1
    return depth


def load_ontology_graph(paths: Iterable[Path]) -> Graph:
    """Parse one or more Turtle files into one graph, with a clear error on bad Turtle."""
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad input
            raise KgError("E020", path=path, reason=exc) from None
    return graph


def vocabulary_from_graph(graph: Graph, where: str = "ontology") -> Vocabulary:
    """Build the vocabulary from an ontology graph."""
    types: dict[str, EventType] = {}
    classes = {c for c in graph.subjects(CKG.cameoCode, None) if isinstance(c, URIRef)}
    for cls in sorted(classes):
        parents = [
            p for p in graph.objects(cls, RDFS.subClassOf) if (p, CKG.cameoCode, None) in graph
        ]
        relation = graph.value(cls, CKG.relation)
        intent = graph.value(cls, CKG.intentClass)
        negation = graph.value(cls, CKG.negationClass)
        types[_local(cls)] = EventType(
            name=_local(cls),
            iri=str(cls),
            label=str(graph.value(cls, RDFS.label) or _local(cls)),
            cameo=str(graph.value(cls, CKG.cameoCode)),
            goldstein=float(graph.value(cls, CKG.goldstein) or 0.0),  # type: ignore[arg-type]
            relation=str(relation) if relation else None,
            parent=_local(parents[0]) if parents else None,  # type: ignore[arg-type]
            triggers=tuple(Trigger.parse(t) for t in _strings(graph, cls, CKG.trigger)),
            theme_words=frozenset(w.lower() for w in _strings(graph, cls, CKG.themeWord)),
            intent=_local(intent) if isinstance(intent, URIRef) else None,
            negation=_local(negation) if isinstance(negation, URIRef) else None,
            cues=frozenset(_strings(graph, cls, CKG.cue)),
        )
    if not types:
        raise KgError("E021", path=where)
    by_head: dict[str, list[tuple[EventType, Trigger]]] = {}
    for event_type in types.values():
        for trigger in event_type.triggers:
            by_head.setdefault(trigger.head, []).append((event_type, trigger))
    by_noun: dict[str, list[tuple[EventType, Trigger]]] = {}
    for cls in sorted(classes):
        for phrase in _strings(graph, cls, CKG.nounTrigger):
            trigger = Trigger.parse_noun(phrase)
            by_noun.setdefault(trigger.head, []).append((types[_local(cls)], trigger))
    speech = {
        s.lower()
        for cls in types.values()
        for s in _strings(graph, URIRef(cls.iri), CKG.speechTrigger)
    }
    return Vocabulary(
        event_types=types,
        speech_lemmas=frozenset(speech),
        conditional_cues=frozenset(_strings(graph, CKG.conditional, CKG.cue)),
        hypothetical_cues=frozenset(_strings(graph, CKG.hypothetical, CKG.cue)),
        negation_cues=frozenset(_strings(graph, CKG.negated, CKG.cue)),
        intent_cues=frozenset(_strings(graph, CKG.intentClass, CKG.intentCue)),
        reported_intent_cues=frozenset(_strings(graph, CKG.intentClass, CKG.reportedIntentCue)),
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
    )


@cache
def load_vocabulary(extra: tuple[Path, ...] = ()) -> Vocabulary:
    """The vocabulary of the shipped ontology plus any extra Turtle files."""
    paths = (default_ontology_path(), *extra)
    return vocabulary_from_graph(load_ontology_graph(paths), where=", ".join(map(str, paths)))
