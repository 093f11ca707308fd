"""Turn extraction records into RDF under the conflict ontology, with PROV-O provenance.

IRIs are minted from content, never from run state, so the same article yields the
same triples on every machine and loading it twice adds nothing:

* ``…/id/actor/<slug of canonical label>``
* ``…/id/place/<slug of the place's name>`` (a town's with its country: ``basrah_irq``)
* ``…/id/article/<hash of the text>`` (also the article's named graph)
* ``…/id/article/<hash>/sentence/<n>``
* ``…/id/event/<hash of article, sentence, source, event type, target>``
* ``…/id/clause/<hash of article, sentence and the open triple's words>``
* ``…/id/descriptions``: the named graph of descriptions (below)

An article's named graph holds what the article says: the article, its sentences,
events, open relations, direct actor-actor edges and their provenance, and a
``ckg:mentions`` link to each thing it names. What a thing many articles mention *is*
(an actor's type, label, codes and links, a place's name and coordinates) is not
repeated in each of them: :func:`descriptions` gives it apart, keyed by the thing's
IRI, and the store keeps one description of each IRI in :data:`DESCRIPTIONS_GRAPH`
(:mod:`kg.descriptions` decides which), so a query over the union of all graphs finds
each fact once.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from decimal import Decimal
from functools import partial
from urllib.parse import quote, unquote

from rdflib import XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS
from rdflib.term import Node

from kg.ontology import load_ontology
from kg.places import GEONAMES
from kg.records import Actor, Event, Extraction, OpenRelation, Place
from kg.vocabulary import CKG, Vocabulary, generated_name

__all__ = [
    "BASE",
    "CKG",
    "DESCRIPTIONS_GRAPH",
    "ID",
    "ONTOLOGY_GRAPH",
    "Triple",
    "actor_iri",
    "article_graph",
    "article_iri",
    "article_triples",
    "bind_prefixes",
    "descriptions",
    "event_iri",
    "event_name",
    "event_names",
    "nquads",
    "ntriples",
    "place_iri",
    "relation_iri",
    "sentence_iri",
]

BASE = "https://w3id.org/kg-news/id/"
ID = Namespace(BASE)
ONTOLOGY_GRAPH = URIRef("https://w3id.org/kg-news/ontology")
# The one graph that describes what articles mention (see the module docstring).
DESCRIPTIONS_GRAPH = URIRef(f"{BASE}descriptions")
Triple = tuple[Node, Node, Node]
WD = Namespace("http://www.wikidata.org/entity/")
GEO = Namespace("http://www.w3.org/2003/01/geo/wgs84_pos#")
# The prefixes every serialisation and query result binds. Articles have none: their
# sentences' IRIs (…/article/<id>/sentence/<n>) would need escaped slashes after one.
PREFIXES = {
    "ckg": CKG,
    "actor": Namespace(BASE + "actor/"),
    "place": Namespace(BASE + "place/"),
    "event": Namespace(BASE + "event/"),
    "clause": Namespace(BASE + "clause/"),
    "prov": PROV,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "dcterms": DCTERMS,
    "owl": OWL,
    "wd": WD,
    "geo": GEO,
}


def _segment(text: str) -> str:
    """A path segment safe in IRIs, Turtle, N-Triples and SPARQL, for any input."""
    return quote(text, safe="")


def actor_iri(key: str) -> URIRef:
    return URIRef(f"{BASE}actor/{_segment(key)}")


def place_iri(key: str) -> URIRef:
    return URIRef(f"{BASE}place/{_segment(key)}")


# An event date at the precision the sentence states it: a day, a month or a year.
_DATE_TYPES = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}


def actor_key(iri: str) -> str:
    """The key of the actor an IRI of :func:`actor_iri` names."""
    return unquote(iri.removeprefix(f"{BASE}actor/"))


def article_iri(uid: str) -> URIRef:
    return URIRef(f"{BASE}article/{_segment(uid)}")


def sentence_iri(uid: str, number: int) -> URIRef:
    return URIRef(f"{article_iri(uid)}/sentence/{number}")


def event_iri(uid: str, event: Event) -> URIRef:
    key = "|".join(
        (uid, str(event.sentence), event.source or "", event.event_type, event.target or "")
    )
    return URIRef(f"{BASE}event/{hashlib.sha256(key.encode()).hexdigest()[:16]}")


def relation_iri(uid: str, clause: OpenRelation) -> URIRef:
    key = "|".join((uid, str(clause.sentence), clause.relation, clause.arg1, *clause.args))
    return URIRef(f"{BASE}clause/{hashlib.sha256(key.encode()).hexdigest()[:16]}")


def event_name(class_iri: str, vocab: Vocabulary | None = None) -> str:
    """``…#AppealForDeescalation`` → ``APPEAL_FOR_DEESCALATION``, the table's event name.
    A code of the codebook that ``conflict.ttl`` does not name has its nearest named
    ancestor's (``…#CAMEO_190`` → ``FIGHT``; the code stays in the ``cameo`` column), by
    ``vocab`` or else kg's own ontology: a user's Turtle can add classes, not rename or
    move the codebook's."""
    local = re.split(r"[#/]", class_iri)[-1]
    if generated_name(local):
        local = (vocab or load_ontology().vocabulary).named(local)
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", local).upper()


def event_names(class_iris: Iterable[str]) -> dict[str, str]:
    """:func:`event_name` (by kg's own ontology) of each distinct class IRI: the tables
    of a store's events name a few dozen classes thousands of times, and the name of a
    generated class asks :func:`~kg.ontology.load_ontology`, which checks the files on
    disk, each time."""
    return {iri: event_name(iri) for iri in set(class_iris)}


def bind_prefixes(graph: Graph) -> Graph:
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph


def _event_label(extraction: Extraction, event: Event, vocab: Vocabulary) -> str:
    def name(key: str | None) -> str:
        actor = extraction.actor(key)
        return actor.label if actor else "someone"

    # a code of the codebook that conflict.ttl does not name ("CAMEO 190") reads as its
    # nearest named ancestor ("fight"), as the events table's event column does
    verb = vocab.event_types[vocab.named(event.event_type)].label
    target = f" {name(event.target)}" if event.target else ""
    return f"{name(event.source)} {verb}{target}"


def _actor(actor: Actor) -> list[Triple]:
    subject = actor_iri(actor.key)
    triples: list[Triple] = [
        (subject, RDF.type, CKG[actor.type]),
        (subject, RDFS.label, Literal(actor.label)),
    ]
    add = triples.append
    if actor.title:
        add((subject, CKG.title, Literal(actor.title)))
    if actor.affiliation:
        add((subject, CKG.affiliatedWith, actor_iri(actor.affiliation)))
    if actor.wikidata:
        add((subject, OWL.sameAs, WD[actor.wikidata]))
    if actor.code:
        add((subject, CKG.actorCode, Literal(actor.code)))
    for k in range(0, len(actor.role or ""), 3):
        add((subject, CKG.role, Literal((actor.role or "")[k : k + 3])))
    if actor.country:
        add((subject, CKG.country, actor_iri(actor.country)))
    return triples


def _place(place: Place) -> list[Triple]:
    subject = place_iri(place.key)
    triples: list[Triple] = [
        (subject, RDF.type, CKG.Place),
        (subject, RDFS.label, Literal(place.name)),
        (subject, CKG.placeKind, Literal(place.kind)),
    ]
    add = triples.append
    if place.latitude is not None and place.longitude is not None:
        add((subject, GEO.lat, Literal(Decimal(str(place.latitude)))))
        add((subject, GEO.long, Literal(Decimal(str(place.longitude)))))
    if place.country:
        add((subject, CKG.country, actor_iri(place.country)))
    if place.geonames:
        add((subject, OWL.sameAs, URIRef(GEONAMES.format(place.geonames))))
    return triples


def descriptions(extraction: Extraction) -> dict[URIRef, list[Triple]]:
    """What each thing the article names is, keyed by its IRI: each actor's type, label,
    title, affiliation, Wikidata link and CAMEO coding; each place's label, kind,
    coordinates, country and GeoNames link. These go into the shared
    :data:`DESCRIPTIONS_GRAPH`, not the article's graph, which links to them by
    ``ckg:mentions``. A thing one of them points to (an affiliation, a country) is one
    the article names too, so an article's descriptions are complete on their own."""
    return {iri: describe() for iri, describe in _described(extraction).items()}


def _described(extraction: Extraction) -> dict[URIRef, Callable[[], list[Triple]]]:
    """The IRIs :func:`descriptions` describes, in its order, each with what makes its
    triples (the article's mentions need the IRIs alone, and building the triples for
    them was a fifth of the RDF stage)."""
    described: dict[URIRef, Callable[[], list[Triple]]] = {
        actor_iri(actor.key): partial(_actor, actor) for actor in extraction.actors
    }
    described.update((place_iri(place.key), partial(_place, place)) for place in extraction.places)
    return described


def article_triples(extraction: Extraction, vocab: Vocabulary) -> list[Triple]:
    """The triples of one article's own graph: article, sentences, events, open
    relations, direct edges, and the article's ``ckg:mentions`` of each thing it
    describes (:func:`descriptions`), which keep those descriptions in the store.

    A plain list, not a Graph: the build writes them to the store and validates them in
    batches, and indexing each article in an rdflib Graph first would cost more than
    extracting it."""
    triples: list[Triple] = []
    add = triples.append
    article = extraction.article
    uid = article.uid
    node = article_iri(uid)
    add((node, RDF.type, CKG.Article))
    add((node, DCTERMS.identifier, Literal(article.id)))
    add((node, RDFS.label, Literal(article.title or article.id)))
    if article.date:
        add((node, DCTERMS.date, Literal(article.date, datatype=XSD.date)))
    if article.title:
        add((node, DCTERMS.title, Literal(article.title)))
    if article.url:
        add((node, DCTERMS.source, Literal(article.url, datatype=XSD.anyURI)))

    cited = {e.sentence for e in extraction.events} | {c.sentence for c in extraction.relations}
    for number in sorted(cited):
        sentence = sentence_iri(uid, number)
        add((sentence, RDF.type, CKG.Sentence))
        add((sentence, CKG.inArticle, node))
        add((sentence, CKG.sentenceIndex, Literal(number)))
        add((sentence, CKG.text, Literal(extraction.sentences[number - 1])))

    for subject in _described(extraction):
        add((node, CKG.mentions, subject))

    for event in extraction.events:
        event_type = vocab.event_types[event.event_type]
        subject = event_iri(uid, event)
        add((subject, RDF.type, URIRef(event_type.iri)))
        add((subject, RDFS.label, Literal(_event_label(extraction, event, vocab))))
        add((subject, CKG.cameoCode, Literal(event_type.cameo)))
        add((subject, CKG.goldstein, Literal(Decimal(str(event_type.goldstein)))))
        quad_class = vocab.quad_class_of(event.event_type)
        if quad_class is not None:
            add((subject, CKG.quadClass, Literal(quad_class)))
        if event.event_date:
            add(
                (
                    subject,
                    CKG.eventDate,
                    Literal(event.event_date, datatype=_DATE_TYPES[len(event.event_date)]),
                )
            )
        add((subject, CKG.modality, CKG[event.modality]))
        add((subject, CKG.negated, Literal(event.negated)))
        add((subject, CKG.confidence, Literal(Decimal(str(event.confidence)))))
        add((subject, CKG.triggerText, Literal(event.trigger)))
        add((subject, PROV.wasDerivedFrom, sentence_iri(uid, event.sentence)))
        if event.location:
            add((subject, CKG.location, place_iri(event.location)))
        if event.theme:
            add((subject, CKG.theme, Literal(event.theme)))
        if event.source is None:
            add((subject, CKG.sourceUnknown, Literal(True)))
        for prop, key in (
            (CKG.source, event.source),
            (CKG.target, event.target),
            (CKG.saidBy, event.said_by),
        ):
            if key:
                add((subject, prop, actor_iri(key)))
        relation = vocab.relation_of(event.event_type)
        if event.source and event.target and relation and not event.negated:
            add((actor_iri(event.source), URIRef(relation), actor_iri(event.target)))

    for clause in extraction.relations:
        subject = relation_iri(uid, clause)
        add((subject, RDF.type, CKG.OpenRelation))
        add((subject, RDFS.label, Literal(clause.relation)))
        add((subject, CKG.subjectText, Literal(clause.arg1)))
        if clause.args:
            add((subject, CKG.objectText, Literal(" ; ".join(clause.args))))
        add((subject, CKG.confidence, Literal(Decimal(str(clause.confidence)))))
        add((subject, PROV.wasDerivedFrom, sentence_iri(uid, clause.sentence)))
        for prop, key in ((CKG.subjectActor, clause.source), (CKG.objectActor, clause.target)):
            if key:
                add((subject, prop, actor_iri(key)))
    return triples


def article_graph(extraction: Extraction, vocab: Vocabulary) -> Graph:
    """Everything one article says as an rdflib Graph, with the usual prefixes bound: its
    own triples and the descriptions of what it names (which the store keeps apart)."""
    graph = bind_prefixes(Graph())
    for triple in article_triples(extraction, vocab):
        graph.add(triple)
    for triples in descriptions(extraction).values():
        for triple in triples:
            graph.add(triple)
    return graph


# N-Triples string escapes: one-line literals that are also valid SPARQL.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _term(node: Node) -> str:
    """A term in N-Triples syntax. Not ``Literal.n3()``: it writes multi-line text as
    a Turtle long string, which is not N-Triples and breaks on a closing backslash."""
    if not isinstance(node, Literal):
        return node.n3()
    text = f'"{str(node).translate(_ESCAPES)}"'
    if node.language:
        return f"{text}@{node.language}"
    return f"{text}^^<{node.datatype}>" if node.datatype else text


def _statement(s: Node, p: Node, o: Node) -> str:
    return f"{_term(s)} {_term(p)} {_term(o)}"


def ntriples(triples: Iterable[Triple]) -> str:
    """Triples as N-Triples text (also valid inside SPARQL ``INSERT DATA``)."""
    return "".join(f"{_statement(*triple)} .\n" for triple in triples)


def nquads(graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> str:
    """Named graphs of triples as N-Quads text, what Oxigraph loads fastest. Graph names
    go through ``n3()``, which refuses an IRI that would end early, once a graph; so
    does every other IRI, once a call: an article names its events, sentences, actors
    and predicates again and again. (Literals are written each time: most are text of
    their own, and rdflib's equality would take "en" and "EN" for one language.)"""
    written: dict[Node, str] = {}

    def term(node: Node) -> str:
        if isinstance(node, Literal):
            return _term(node)
        text = written.get(node)
        if text is None:
            text = written[node] = _term(node)
        return text

    return "".join(
        f"{term(s)} {term(p)} {term(o)} {graph} .\n"
        for name, triples in graphs
        for graph in (name.n3(),)
        for s, p, o in triples
    )
