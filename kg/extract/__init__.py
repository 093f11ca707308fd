"""Extraction: a parsed article in, plain records (actors, mentions, events) out.

The stages run in order: :mod:`~kg.extract.actors` resolves every mention to a
canonical actor, :mod:`~kg.extract.events` finds the relations between them, with
:mod:`~kg.extract.attribution` adding who said so and how firmly and
:mod:`~kg.extract.places` where it happened, and
:mod:`~kg.extract.triples` keeps every clause as an open triple.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.actors import KnownPeople, resolve_actors, sentence_numbers
from kg.extract.coding import Coder, headline_countries
from kg.extract.discards import discarded_sentences
from kg.extract.events import extract_events
from kg.extract.linking import KnownActors, link_people
from kg.extract.places import resolve_places
from kg.extract.tree import forget, sentences
from kg.extract.triples import open_relations
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ingest import Article
from kg.ontology import load_ontology
from kg.records import Actor, Event, Extraction, Mention, OpenRelation, Place
from kg.vocabulary import Vocabulary

__all__ = [
    "Actor",
    "Event",
    "Extraction",
    "KnownActors",
    "KnownPeople",
    "Mention",
    "OpenRelation",
    "Place",
    "extract",
    "link_people",
]


def extract(
    article: Article,
    doc: Doc,
    vocab: Vocabulary | None = None,
    gazetteer: Gazetteer | None = None,
) -> Extraction:
    """Actors, mentions and events of one parsed article (a pure function of the text,
    so articles can be extracted in parallel; see :func:`link_people` for what needs
    other articles)."""
    vocab = vocab or load_ontology().vocabulary
    gazetteer = gazetteer or load_gazetteer()
    try:
        sentence_of = sentence_numbers(doc)
        coder = Coder(gazetteer, article.date, (e.text for e in doc.ents))
        places = resolve_places(doc, gazetteer, coder)
        headline = headline_countries(article.title or "", article.date)
        index = resolve_actors(
            doc,
            gazetteer,
            vocab,
            coder,
            places.not_actors,
            places.countries_at(),
            headline,
            frozenset(places.name_words),
            places.scene(doc, vocab),
        )
        discarded = discarded_sentences(doc, sentence_of)
        coded = {i: n for i, n in sentence_of.items() if n not in discarded}
        events = extract_events(doc, index, coded, vocab, places)
        texts = tuple(" ".join(text.split()) for _sentence, text in sentences(doc))
        located, countries = places.used({e.location for e in events if e.location})
        actors = {a.key: a for a in countries} | index.actors
        return Extraction(
            article=article,
            sentences=texts,
            actors=tuple(sorted(actors.values(), key=lambda a: a.key)),
            mentions=tuple(index.mentions),
            events=tuple(events),
            relations=tuple(open_relations(doc, sentence_of, index)),
            places=located,
        )
    finally:
        forget(doc)  # what the rules derived and kept on the Doc
