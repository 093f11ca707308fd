"""Plain records that extraction produces and the RDF stage consumes.

Nothing here knows about RDF: actors are keyed by a slug of their canonical label,
events name their ontology class by its local name.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.ingest import Article

__all__ = ["Actor", "Event", "Extraction", "Mention", "OpenRelation", "Place"]


@dataclass(frozen=True)
class Actor:
    """A canonical actor: one per real-world entity, whatever the text calls it."""

    key: str
    label: str
    type: str
    title: str | None = None  # the office the text gives a person ("Prime Minister")
    affiliation: str | None = None
    wikidata: str | None = None
    code: str | None = None  # CAMEO actor code (ISR, IGOUNO, USAGOV, ...), if known
    role: str | None = None  # the code's CAMEO role codes (MIL, GOV, REB), if any
    country: str | None = None  # key of the country actor the code belongs to


@dataclass(frozen=True)
class Place:
    """Where events happen: a town, country, water, region, island, crossing or camp
    (``kind``), on the map where the gazetteers know it; ``place`` when they do not, a
    name kept without coordinates rather than dropped."""

    key: str
    name: str
    kind: str
    country: str | None = None  # key of the country actor the place lies in
    latitude: float | None = None
    longitude: float | None = None
    geonames: int | None = None  # GeoNames id, for owl:sameAs


@dataclass(frozen=True)
class Mention:
    """One place where the text refers to an actor (a name, a title, a pronoun)."""

    sentence: int
    start: int
    end: int
    text: str
    actor: str


@dataclass(frozen=True)
class Event:
    """An actor-event-actor relation found in one sentence."""

    sentence: int
    event_type: str
    cameo: str
    source: str | None
    target: str | None
    theme: str
    said_by: str | None
    modality: str
    negated: bool
    confidence: float
    trigger: str
    source_text: str = ""
    target_text: str = ""
    event_date: str | None = None  # ISO day, month or year the sentence states for it
    location: str | None = None  # key of the place where it happened, if the text says
    # Coded by a verb dictionary's default, which makes an event only with a target, or of
    # a class whose act is done to another (ckg:directed): kept while the article may
    # still give it one (see kg.extract.opponents), then dropped.
    needs_target: bool = False
    # An act that the sentence's clause answers ("in response to an attack"): it happened
    # before, maybe elsewhere, so it sets no scene for the acts after it (see
    # kg.extract.places.on_the_scene).
    answered: bool = False
    # The CAMEO codes of an act told before that the clause's object names again by a
    # definite noun with no doer of its own ("condemned the attack"): the doer of the
    # first such act is the target where the clause names none (see
    # kg.extract.opponents).
    acts_named_again: tuple[str, ...] = ()
    # The noun naming it again has nothing but a determiner and adjectives ("condemned
    # the coup"): the story may have told that act in other words, so where it told none
    # of its codes, the nearest act of material conflict done before names it (see
    # kg.extract.opponents); "the coup in Mali" names its own kind only.
    named_bare: bool = False
    # Told as undergone, by a passive with no doer ("12 people were killed"): harm the
    # story may tell as the toll of an act before it (see kg.extract.events).
    undergone: bool = False
    # The actors the act was done alongside ("fought alongside Russian forces"): allies,
    # whose sides the article gives it no target from (see kg.extract.opponents).
    allies: tuple[str, ...] = ()


@dataclass(frozen=True)
class OpenRelation:
    """An open triple: any clause as (arg1, relation, arguments), coded or not."""

    sentence: int
    relation: str
    arg1: str
    args: tuple[str, ...]
    confidence: float
    source: str | None = None
    target: str | None = None


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    sentences: tuple[str, ...]
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    events: tuple[Event, ...]
    relations: tuple[OpenRelation, ...] = ()
    places: tuple[Place, ...] = ()

    def actor(self, key: str | None) -> Actor | None:
        return next((a for a in self.actors if a.key == key), None)

    def place(self, key: str | None) -> Place | None:
        return next((p for p in self.places if p.key == key), None)
