"""Cross-article actor resolution: "Herzog" in one article is "Michael Herzog" of another.

Extraction of one article is a pure function of its text, so articles can be parsed and
extracted in any order, on any number of processes. Linking needs what came before, so
it runs in the single writer, in input order, against the people the store (and this
build) already know: a person named only by a shorter name takes the one longer name
that ends like it. Two candidates ("Michael Herzog", "Isaac Herzog") are not guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from kg.extract.actors import KnownPeople, longer_name
from kg.extract.coding import actor_code
from kg.gazetteer import slug
from kg.records import Actor, Extraction

__all__ = ["KnownActors", "link_people"]


def link_people(extraction: Extraction, people: KnownPeople) -> Extraction:
    """The extraction with short person names renamed to known full names; the article's
    own people are then added to ``people`` for the articles that follow."""
    renamed: dict[str, Actor] = {}
    for actor in extraction.actors:
        if actor.type == "Person":
            full = longer_name(actor.label, people)
            if full is not None:
                code = actor_code(full, extraction.article.date) or actor.code  # their office
                renamed[actor.key] = replace(actor, key=slug(full), label=full, code=code)
    for actor in extraction.actors:
        if actor.type == "Person":
            people.add(renamed[actor.key].label if actor.key in renamed else actor.label)
    if not renamed:
        return extraction

    def key(old: str | None) -> str | None:
        return renamed[old].key if old in renamed else old

    actors = {
        a.key: replace(a, affiliation=key(a.affiliation))  # "Reagan's spokesman" → Reagan
        for a in (renamed.get(a.key, a) for a in extraction.actors)
    }
    return replace(
        extraction,
        actors=tuple(sorted(actors.values(), key=lambda a: a.key)),
        mentions=tuple(replace(m, actor=key(m.actor) or m.actor) for m in extraction.mentions),
        events=tuple(
            replace(e, source=key(e.source), target=key(e.target), said_by=key(e.said_by))
            for e in extraction.events
        ),
        relations=tuple(
            replace(c, source=key(c.source), target=key(c.target)) for c in extraction.relations
        ),
    )


class KnownActors:
    """The label and type each actor key was first stored with: an actor of a later
    article keeps them, so that one IRI has one ``rdfs:label`` and one class however an
    article writes the name ("al-Qabas" after "Al-Qabas", "Li Ka-shing" after "Li
    Ka-Shing": one key, since keys ignore case and punctuation). The build reads them
    from the store's descriptions (saved query ``actor_names``), which keep each actor's
    first description (:mod:`kg.descriptions`), so an article's event labels name its
    actors as their descriptions do."""

    def __init__(self, known: Iterable[tuple[str, str, str]] = ()) -> None:
        self._known = {key: (label, kind) for key, label, kind in known}

    def settle(self, extraction: Extraction) -> Extraction:
        """The extraction with its actors' labels and types as first stored; its new
        actors are then known to the articles that follow."""
        actors = []
        for actor in extraction.actors:
            label, kind = self._known.setdefault(actor.key, (actor.label, actor.type))
            actors.append(replace(actor, label=label, type=kind))
        return replace(extraction, actors=tuple(actors))
