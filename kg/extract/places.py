"""Places in an article: which names are places rather than actors, and where events happen.

Event data records where an event happened (ACLED and GDELT put every event on a map),
and a town is where, not who. Three steps:

* the ``kg_locations`` pipeline component runs the locative patterns of
  ``kg/data/locatives.json`` (in spaCy's DependencyMatcher syntax, each naming the construction
  it covers: "fighting in Basra", "a visit to Washington", "east of Basra", "near the
  port city of Basra", "a Gulf attack", "bombed Basra", "on the southern front") and
  writes each match to
  ``doc._.locatives`` as (head word, place word);
* :func:`resolve_places` decides what each name the model tagged GPE, LOC or FAC is.
  A country is an actor that can also be a location ("talks in Lebanon"). A capital is
  a town, and stands for its country's government only by metonymy: it stays an actor
  ("Washington said", "warned Washington") except where a locative pattern makes it the
  place of an event and no government is meant ("talks in Washington"); a pattern marked
  ``host`` keeps both ("a visit to Washington" is a visit to its government, as CAMEO
  codes it, and happens there). A name the actor dictionaries know as an actor, or an
  agent noun ("Hamas", "Police"), is never a place: GeoNames' alternate
  names hold such traps. Any other name (a town, a water, a region from
  :mod:`kg.places`, or a name no table knows) is a place and no actor; an unknown name
  the model tagged as a state is kept as an actor only where it acts ("Quebec said");
* :func:`in_the_sentence` gives an event that its clause places nowhere the one place
  its sentence's locative phrases name, wherever the parser hung the phrase;
* :func:`on_the_scene` gives an act on the ground (the caller says which: kg's are
  material conflict but reduced relations) whose sentence names no place the scene of
  the article's such acts before it, as a coder reads a battle report;
  :func:`at_the_table` gives talks, visits and agreements (the caller says which) the
  place of the story's talks between the same sides; :func:`at_home` puts an act
  between two actors of one country that is still unplaced in that country.

The Phoenix country dictionary lists hundreds of towns and regions as synonyms of their
country; they give a place its country where GeoNames does not know it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.agents import PLACE_LABELS, agent_entries, ship_names, titled
from kg.extract.classify import infinitival, purpose_of_a_journey
from kg.extract.clauses import definite
from kg.extract.coding import Coder, is_country_code
from kg.extract.items import DATELINE, doc_story_starts
from kg.extract.tree import doc_text, entity_of
from kg.gazetteer import Gazetteer
from kg.phoenix import load_phoenix
from kg.places import PlaceEntry, PlaceGazetteer, fold, load_places
from kg.records import Actor, Event, Place
from kg.verbs import load_verbs
from kg.vocabulary import Vocabulary
from kg.wordnet import load_deed_nouns, load_nominalisations, load_place_nouns

__all__ = [
    "LOCATIVES",
    "LocationMatcher",
    "Locative",
    "PlaceIndex",
    "answered",
    "at_home",
    "at_the_table",
    "in_the_sentence",
    "on_the_scene",
    "resolve_places",
]

LOCATIVES = Path(__file__).resolve().parent.parent / "data" / "locatives.json"
# Labels the model gives towns it does not know (see :func:`_entity`), with the least
# population of a town to take such a name for: firms are named like small towns
# ("a stake in Champlin"), a town that wire news names as an organisation is a city
# ("fired rockets at Kharkiv", "the port of Durban").
MISTAKEN_TOWN_POPULATION = {"PERSON": 0, "ORG": 60_000}
# The least population of a town whose name, or another of its names, the model tagged
# an organisation, for it to be the town wherever it stands: a firm is rarely named just
# as a city of this size, and war reporting names its cities as the objects of attacks.
LARGE_TOWN_POPULATION = {"ORG": 250_000}
# The least population of a town whose other name (not its own) the model tagged a
# person or an organisation, for a pattern that places the name to take it for the
# town: GeoNames' own names of Arab and Ukrainian towns are transliterations ("Khān
# Yūnis", "Kostyantynivka") that the press does not write ("shelled a house in Khan
# Younis", "glide bombs hit Kostiantynivka"), and a person is rarely where an act
# happened, nor a firm a town of this size's other name.
PLACED_TOWN_POPULATION = {"PERSON": 20_000, "ORG": 60_000}
MISTAKEN_LABELS = frozenset(MISTAKEN_TOWN_POPULATION)
# Labels of names that keep the sense of a town another of their mentions has (see
# :func:`_one_sense`): the model also takes an unfamiliar town for a nationality.
ONE_SENSE_LABELS = MISTAKEN_LABELS | {"NORP"}
# The nodes of a described pattern whose words name its place ("southern front").
DESCRIPTION_NODES = ("name", "place")
# Where a name acts rather than lies: the subject, the possessor, the agent of a passive.
AGENTIVE_DEPS = frozenset({"nsubj", "csubj", "poss"})
# The words of a clause that carry where its event happened, besides the trigger itself.
CARRIER_DEPS = frozenset({"dobj", "nsubjpass", "attr", "relcl", "acl"})
# Determiners of a noun phrase that names a thing the text has introduced before.
# Conjunctions of a clause telling the circumstances of the same moment, and so the same
# place: "killed 300 rebels as they repelled an attack near Homs".
SIMULTANEOUS = frozenset({"as", "while", "when"})
# Prepositions of a phrase of time before or after the sentence's moment.
OTHER_MOMENTS = frozenset({"after", "before", "since", "until", "following", "prior"})
# The lists of the locatives file that hold nouns of kinds and parts of places.
PLACE_LISTS = ("PLACE_NOUNS", "NAMED_PLACE_NOUNS", "PLACE_PARTS", "BUILDINGS")
# Nouns whose phrase names the act an event answers ("in response to an attack", "called
# it a reply to an attack", "in retaliation for"): that act happened earlier, and maybe
# elsewhere.
ANSWERS = frozenset({"response", "retaliation", "reprisal", "revenge", "reply", "answer"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# How a report's complement hangs on its verb: what it tells, not who tells it.
REPORTED = frozenset({"ccomp", "xcomp", "parataxis", "dobj", "conj"})

if not Doc.has_extension("locatives"):
    Doc.set_extension("locatives", default=())


def _place_word(token: Token) -> bool:
    """Whether a noun names a place or a part of one: WordNet's first sense of it is a
    location or a natural object (:func:`kg.wordnet.load_place_nouns`: "outskirts",
    "coast"), or the locative patterns' lists name it ("heart", "camp"); not "behalf",
    "case" or "support"."""
    lemma = token.lemma_.lower()
    return lemma in load_place_nouns() or lemma in _place_nouns()


if not Token.has_extension("place_word"):
    Token.set_extension("place_word", getter=_place_word)


def _act_word(token: Token) -> bool:
    """Whether a noun names a deed: WordNet's first sense of it is an act or an event
    (:func:`kg.wordnet.load_deed_nouns`: "strike", "offensive"), not a speech act, whose
    capital is its speaker ("Tehran radio", "the Baghdad statement"), a body of people
    ("the Moscow government") or a thing."""
    return token.lemma_.lower() in load_deed_nouns()


if not Token.has_extension("act_word"):
    Token.set_extension("act_word", getter=_act_word)


@dataclass(frozen=True, order=True)
class Locative:
    """A match of a locative pattern: ``place`` (a word of a place name) is where what
    ``head`` names happened; ``patient`` when the place is acted on ("bombed Basra");
    ``host`` when a capital found so is also its government ("a visit to Washington");
    ``modifier`` when the name only modifies the head ("a Gulf attack"), which places an
    event only where no phrase does; ``names`` when the head is a kind of place that the
    name names ("the Nowruz oilfield"), so the name is a place's whatever the model
    tagged it, and ``kind_named`` when the head is part of that place's name ("Nowruz
    oilfield"; "the Burgeo Bank area" is Burgeo Bank); ``outside`` when the place is
    only a point the event is reckoned from ("120 miles east of Bahrain"), which a
    country is not where it happened;
    ``described`` when the place is a common noun that names a place with the words
    ``words`` ("on the southern front"), not a name the model tagged; ``again`` when
    the place is "the capital", which names again the capital the text named last
    ("fighting in Freetown … troops patrolled the centre of the capital"); ``filed``
    when the place is "here", the town of the dateline the story was filed under."""

    head: int
    place: int
    patient: bool
    host: bool
    modifier: bool
    names: bool = False
    outside: bool = False
    described: bool = False
    words: tuple[int, ...] = ()
    again: bool = False
    kind_named: bool = False
    filed: bool = False


# Token attributes the patterns test, as the DependencyMatcher names them.
_ATTRS = {
    "DEP": lambda t: t.dep_,
    "LOWER": lambda t: t.lower_,
    "LEMMA": lambda t: t.lemma_,
    "POS": lambda t: t.pos_,
    "ENT_TYPE": lambda t: t.ent_type_,
}
# The attributes a pattern's first node is looked up by (the first of them it tests).
INDEXED = ("DEP", "LEMMA", "LOWER", "ENT_TYPE")
Node = dict[str, Any]
# One test of a node's attributes: the token's value (``get``), and what it must equal,
# or be one of (``among``).
_Check = tuple[Callable[[Token], object], Any, bool]


def _checks(attrs: Mapping[str, Any]) -> tuple[_Check, ...]:
    """A node's attributes as tests, in their order, made once per pattern: the lists
    become sets, looked up in one step where a list is scanned, and each attribute's
    getter is found here, not per token (the component tries a million per hundred
    articles)."""
    checks: list[_Check] = []
    for name, wanted in attrs.items():
        if name == "_":  # custom attributes, as spaCy's matchers read them
            checks.extend((_extension(ext), value, False) for ext, value in wanted.items())
        elif isinstance(wanted, dict):
            checks.append((_ATTRS[name], frozenset(wanted["IN"]), True))
        else:
            checks.append((_ATTRS[name], wanted, False))
    return tuple(checks)


def _extension(name: str) -> Callable[[Token], object]:
    return lambda token: getattr(token._, name)


def _fits(token: Token, checks: Sequence[_Check]) -> bool:
    for get, wanted, among in checks:
        value = get(token)
        if value not in wanted if among else value != wanted:
            return False
    return True


def _walk(
    anchor: Token, nodes: Sequence[Node], checks: Sequence[Sequence[_Check]]
) -> Iterator[dict[str, Token]]:
    """Every binding of the pattern's nodes from ``anchor``, each node a child (``>``) or
    the head (``<``) of the node it hangs from and passing its ``checks``: the walk
    follows the tree from the anchor, where spaCy's DependencyMatcher tries every
    combination of the tokens each node's attributes allow, which a long sentence turns
    into hours."""
    bound = {nodes[0]["RIGHT_ID"]: anchor}

    def extend(k: int) -> Iterator[dict[str, Token]]:
        if k == len(nodes):
            yield dict(bound)
            return
        node = nodes[k]
        left = bound[node["LEFT_ID"]]
        near = list(left.children) if node["REL_OP"] == ">" else [left.head]
        for token in near:
            if token is left or token in bound.values() or not _fits(token, checks[k]):
                continue
            bound[node["RIGHT_ID"]] = token
            yield from extend(k + 1)
            del bound[node["RIGHT_ID"]]

    yield from extend(1)


def _expanded(node: Node, lists: Mapping[str, list[str]]) -> Node:
    """A pattern node whose attribute lists have each "@NAME" replaced by the words of
    the file's list of that name (a KeyError for a name it has no list of)."""
    attrs = {
        name: {"IN": [w for item in wanted["IN"] for w in _words_of(item, lists)]}
        if isinstance(wanted, dict) and name != "_"
        else wanted
        for name, wanted in node["RIGHT_ATTRS"].items()
    }
    return {**node, "RIGHT_ATTRS": attrs}


def _words_of(item: str, lists: Mapping[str, list[str]]) -> list[str]:
    return lists[item[1:]] if item.startswith("@") else [item]


@dataclass(frozen=True)
class _Pattern:
    nodes: tuple[Node, ...]
    checks: tuple[tuple[_Check, ...], ...]  # each node's (see _checks)
    patient: bool
    host: bool
    modifier: bool
    names: bool
    outside: bool
    described: bool
    again: bool
    kind_named: bool
    filed: bool


class LocationMatcher:
    """Runs the locative patterns (see the module docstring): the DependencyMatcher's
    syntax, the head (``<``) and child (``>``) relations, matched by a walk of the tree
    from each token that fits the first node."""

    def __init__(self, nlp: Language, path: Path = LOCATIVES) -> None:
        self.patterns = []
        data = json.loads(path.read_text(encoding="utf-8"))
        lists: dict[str, list[str]] = data.get("lists", {})
        for entry in data["patterns"]:
            try:
                nodes = tuple(_expanded(node, lists) for node in entry["pattern"])
            except KeyError as missing:
                raise ValueError(
                    f"{path}: pattern {entry['name']} names no list {missing}"
                ) from None
            if (
                any(n.get("REL_OP", ">") not in {">", "<"} for n in nodes[1:])
                or any(set(n["RIGHT_ATTRS"]) - {*_ATTRS, "_"} for n in nodes)
                or any(
                    not Token.has_extension(ext)
                    for n in nodes
                    for ext in n["RIGHT_ATTRS"].get("_", {})
                )
            ):
                raise ValueError(f"{path}: pattern {entry['name']} uses what kg cannot match")
            self.patterns.append(
                _Pattern(
                    nodes,
                    tuple(_checks(node["RIGHT_ATTRS"]) for node in nodes),
                    entry["patient"],
                    entry["host"],
                    entry["modifier"],
                    entry.get("names", False),
                    entry.get("outside", False),
                    entry.get("described", False),
                    entry.get("again", False),
                    entry.get("kind_named", False),
                    entry.get("filed", False),
                )
            )
        # A token is tried only against the patterns whose first node its label, lemma,
        # word or entity type allows, looked up in one step per attribute, where trying
        # every pattern on every token of every article was most of this component's time.
        self._first: dict[tuple[int, int], list[_Pattern]] = {}  # (INDEXED place, hash) →
        self._unindexed: list[_Pattern] = []
        for pattern in self.patterns:
            attrs = pattern.nodes[0]["RIGHT_ATTRS"]
            name = next((a for a in INDEXED if a in attrs), None)
            if name is None:
                self._unindexed.append(pattern)
                continue
            wanted = attrs[name]
            for value in wanted["IN"] if isinstance(wanted, dict) else [wanted]:
                key = (INDEXED.index(name), nlp.vocab.strings.add(value))
                listed = self._first.setdefault(key, [])
                if not any(p is pattern for p in listed):  # a word twice in the node's list
                    listed.append(pattern)

    def __call__(self, doc: Doc) -> Doc:
        found = set()
        values = doc.to_array(list(INDEXED)).tolist() if len(doc) else []
        for i, row in enumerate(values):
            candidates = [p for key in enumerate(row) for p in self._first.get(key, ())]
            candidates += self._unindexed
            if not candidates:
                continue
            token = doc[i]
            for pattern in candidates:
                if not _fits(token, pattern.checks[0]):
                    continue
                for bound in _walk(token, pattern.nodes, pattern.checks):
                    head, place = bound["head"].i, bound["place"].i
                    named = (bound[k].i for k in DESCRIPTION_NODES if k in bound)
                    found.add(
                        Locative(
                            head,
                            place,
                            pattern.patient,
                            pattern.host,
                            pattern.modifier,
                            pattern.names,
                            pattern.outside,
                            pattern.described,
                            tuple(sorted(named)) if pattern.described else (),
                            pattern.again,
                            pattern.kind_named,
                            pattern.filed,
                        )
                    )
        doc._.locatives = tuple(sorted(found))
        return doc


@Language.factory("kg_locations")
def make_location_matcher(nlp: Language, name: str) -> LocationMatcher:
    """The ``kg_locations`` component (see the module docstring)."""
    return LocationMatcher(nlp)


@cache
def _phoenix_places() -> dict[str, str]:
    """Folded name of a place the country dictionary lists → its country's code."""
    return {
        fold(name.text): entry.codes[0].code
        for entry in load_phoenix().entries
        if entry.country and entry.codes
        for name in entry.places
    }


def _lists(path: Path = LOCATIVES) -> dict[str, list[str]]:
    """The word lists of the locative patterns' file."""
    lists: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8")).get("lists", {})
    return lists


@cache
def _place_nouns() -> frozenset[str]:
    """The nouns the locative patterns' lists hold for kinds and parts of places."""
    lists = _lists()
    return frozenset(w for name in PLACE_LISTS for w in lists.get(name, ()))


@cache
def _compass() -> frozenset[str]:
    """The adjectives of a compass bearing the locative patterns' lists hold."""
    return frozenset(_lists().get("COMPASS_ADJECTIVES", ()))


@cache
def _divisions() -> frozenset[str]:
    """The nouns of administrative divisions the locative patterns' lists hold."""
    return frozenset(_lists().get("DIVISIONS", ()))


def _names_an_act(span: Span) -> bool:
    """Whether a name the model tagged a place names an act after the place it happened
    in: its head is a noun WordNet first reads as an act (:mod:`kg.wordnet`) and no kind
    of place ("the Gulf war", "the Iran-Iraq war", but "the Rafah crossing")."""
    lemma = span.root.lemma_.lower()
    return len(span) > 1 and lemma in load_nominalisations() and lemma not in _place_nouns()


def _agentive(token: Token) -> bool:
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        return True
    return token.dep_ in AGENTIVE_DEPS


# The model's labels of a place that has no name of a state or a people in it: such a
# "name" headed by a common noun of no place is no place ("the Persian year").
NAMELESS_LABELS = frozenset({"LOC", "FAC"})
# The kind of kg's table's places that the actor dictionaries may also code as a side
# ("Gaza", PSEGZA): a place where an event is placed there, and the side wherever named.
TERRITORY = "region"
# Words of a day the model takes into a place's name before them ("the Gulf today").
DAY_WORDS = frozenset({"today", "tonight", "yesterday", "tomorrow"})


def _name(ent: Span) -> Span:
    """The entity without a leading determiner or trailing function words or day words
    the model took in ("the Gulf on", "the northern Gulf today" → "Gulf", "northern
    Gulf")."""
    start, end = ent.start, ent.end
    while start < end - 1 and ent.doc[start].pos_ == "DET":
        start += 1
    while end > start + 1 and (
        ent.doc[end - 1].pos_ in {"ADP", "PUNCT", "CCONJ", "PART"}
        or ent.doc[end - 1].lower_ in DAY_WORDS
    ):
        end -= 1
    return ent.doc[start:end]


@dataclass
class PlaceIndex:
    """The places of one article (see :func:`resolve_places`)."""

    places: dict[str, Place] = field(default_factory=dict)
    at: dict[int, str] = field(default_factory=dict)  # token → key of the place it names
    not_actors: set[int] = field(default_factory=set)  # entity starts that name no actor
    countries: dict[str, Actor] = field(default_factory=dict)  # country actors by key
    locations: dict[int, str] = field(default_factory=dict)  # head word → place key
    phrases: set[tuple[int, str]] = field(default_factory=set)  # all made: (head, key)
    named: dict[int, str] = field(default_factory=dict)  # the same, by a modifier only
    # head words acted on by a place's name that also names an actor ("accused Moscow")
    metonymic: set[int] = field(default_factory=set)
    # the sentence each dateline leads → its first token and place (a digest has one per story)
    datelines: dict[int, tuple[int, str]] = field(default_factory=dict)
    things: dict[str, tuple[int, str]] = field(default_factory=dict)  # noun → where, first
    # the words of names a pattern found naming a kind of place ("Makerere University"),
    # and the datelines': words of no actor's name
    name_words: set[int] = field(default_factory=set)
    resolver: _Resolver | None = field(default=None, repr=False, compare=False)

    def location_near(self, token: Token, spoken: bool = False) -> str | None:
        """Where the event of a trigger word happened: a place its own locative phrase
        names, else one of the words carrying its arguments (its object, the object of
        its prepositions, its relative clause), else the verb an event noun is the
        object or subject of ("launched an offensive near Basra"), or the journey it is
        the purpose of ("flew to Lima for talks"), else its subject ("air
        strikes on Idlib killed 20"), else the objects of its object's phrases ("held
        talks with officials in Paris"); else a place that only modifies one of them (a
        "Gulf attack"; "Middle East peace prospects … at a meeting in New York" is in
        New York); else where an earlier
        sentence put the thing a definite argument names again ("a platform in the
        Gulf" … "abandoned the platform"), but for a deed a ``spoken`` act is about,
        which is made where its speaker is ("Russian missiles struck Kyiv … France
        condemned the strike" was not in Kyiv), as a ``spoken`` act done to a capital
        that stands for its government is not made there ("Lima accused Santiago":
        :attr:`metonymic`); else a place a clause of the same
        moment names ("bombed the rebels while they met in a village outside Mosul");
        else the dateline, for the lead sentence of its story."""
        carriers = list(_carriers(token))
        for located in (self.locations, self.named):
            for carrier in carriers:
                key = located.get(carrier.i)
                if key is not None and not (spoken and carrier.i in self.metonymic):
                    return key
        for carrier in carriers:
            if spoken and _act_word(carrier):
                continue  # "condemned the strike": said elsewhere
            if carrier.pos_ == "NOUN" and definite(carrier):
                seen = self.things.get(carrier.lemma_.lower())
                if seen is not None and seen[0] < carrier.i:
                    return seen[1]
        for clause in _simultaneous(token):
            key = next(
                filter(None, map(self.locations.get, (c.i for c in _carriers(clause)))), None
            )
            if key is not None:
                return key
        start = token.sent.start
        dateline = self.datelines.get(start)
        return dateline[1] if dateline is not None else None

    def told_at(self, head: Token) -> str | None:
        """Where a report's object puts what the report tells, for an act in its
        complement that names no place of its own: "Iran reported major gains near
        Basra, saying its forces had captured a defensive line" (the reporting verb
        ``head``, and the verb a participle of speech hangs on). Not the reporting
        verb's own phrases: "said in London" is where it was said."""
        reports = [head]
        if head.dep_ in {"advcl", "conj"} and head.head.pos_ == "VERB":
            reports.append(head.head)
        for report in reports:
            for obj in (c for c in report.children if c.dep_ == "dobj"):
                for carrier in _carriers(obj):
                    key = self.locations.get(carrier.i)
                    if key is not None:
                        return key
        return None

    def country_place(self, code: str) -> str | None:
        """The key of the place of the country coded ``code``, added to the article's
        places where new; None where the code names no country, the index was built
        without a resolver (by hand), or another kind of place holds the key (the US
        state of Georgia)."""
        if self.resolver is None or not is_country_code(code):
            return None
        place, country = self.resolver.record(self.resolver.country_entry(code))
        known = self.places.setdefault(place.key, place)
        if known.kind != "country":
            return None
        if country is not None:
            self.countries.setdefault(country.key, country)
        return place.key

    def countries_at(self) -> dict[int, str]:
        """Each token naming a place → the code of the country the place lies in, a
        dateline's first token included (the story was filed there)."""
        named = [*self.at.items(), *self.datelines.values()]
        return {token: code for token, key in named if (code := self._country_code(key))}

    def scene(self, doc: Doc, vocab: Vocabulary) -> str | None:
        """The code of the country the story was filed in and happened in: its
        dateline's country, where the places of the acts it tells (locatives of its
        verbs and nouns, not of words, :func:`_of_words`) name that country, and no
        other as often. A story filed abroad ("LONDON - … rebels near Gulu"), across a
        border ("MANAGUA - troops crossed into Honduras to attack rebels near Danli") or
        with no dateline sets no scene."""
        if len(self.datelines) != 1:
            return None
        (_, dateline), *_ = self.datelines.values()
        filed = self._country_code(dateline)
        counted = Counter(
            code
            for head, key in self.locations.items()
            if head not in self.metonymic
            and not _of_words(doc[head], vocab)
            and self.places[key].kind != "country"
            and (code := self._country_code(key)) is not None
        ).most_common(2)
        if filed is None or not counted or counted[0][0] != filed:
            return None
        return filed if len(counted) == 1 or counted[0][1] > counted[1][1] else None

    def _country_code(self, key: str) -> str | None:
        """The code of the country the place ``key`` lies in, if it has one."""
        country = self.countries.get(self.places[key].country or "")
        return country.code if country is not None and country.code else None

    def used(self, keys: set[str]) -> tuple[tuple[Place, ...], tuple[Actor, ...]]:
        """The places with these keys, and the country actors they lie in."""
        places = tuple(sorted((self.places[k] for k in keys), key=lambda p: p.key))
        countries = {p.country for p in places if p.country}
        return places, tuple(a for k, a in sorted(self.countries.items()) if k in countries)


def _of_words(token: Token, vocab: Vocabulary) -> bool:
    """Whether a place's head word tells of words, not of acts on the ground: a verb of
    saying, a verb or noun of a verbal act ("met in London", "talks in Geneva", "an
    accord signed in Lome"), or a noun that is the subject of one ("diplomats in Abidjan
    said")."""
    if token.pos_ == "NOUN" and token.dep_ in {"nsubj", "nsubjpass"}:
        token = token.head
    lemma = token.lemma_.lower()
    typed = (*vocab.by_head.get(lemma, ()), *vocab.by_noun.get(lemma, ()))
    return lemma in vocab.speech_lemmas or any(vocab.is_verbal(t.name) for t, _ in typed)


def _simultaneous(token: Token) -> Iterator[Token]:
    """The adverbial clauses under a verb that tell what happened at the same moment
    (see :data:`SIMULTANEOUS`); one after the verbs coordinated with it is theirs too
    ("killed or wounded 300 as they crushed an attack near Homs")."""
    holders = [token, *(c for c in token.children if c.dep_ == "conj")]
    for child in (c for holder in holders for c in holder.children):
        if child.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in SIMULTANEOUS for c in child.children
        ):
            yield child


def _carriers(token: Token) -> Iterator[Token]:
    yield token
    for child in token.children:
        if child.dep_ in CARRIER_DEPS:
            yield child
        elif child.dep_ == "prep":
            yield from (c for c in child.children if c.dep_ == "pobj")
    if token.pos_ == "NOUN" and token.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        yield token.head
    if token.pos_ == "NOUN" and purpose_of_a_journey(token):
        yield token.head.head  # "travelled to Washington for talks": held where it went
    # Then the subject: where the act it names happened ("air strikes on Idlib killed
    # 20"), or where its doer was ("protesters in Lyon burned cars").
    yield from (c for c in token.children if c.dep_ == "nsubj")
    # Last, the objects of the object's phrases: "will hold talks with officials in
    # Paris", where the parser hangs the place on the officials.
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for prep in (c for c in obj.children if c.dep_ == "prep"):
            yield from (c for c in prep.children if c.dep_ == "pobj")


class _Resolver:
    """What one name is: a place, an actor, or both (see the module docstring)."""

    def __init__(self, gazetteer: Gazetteer, coder: Coder, places: PlaceGazetteer) -> None:
        self.gazetteer = gazetteer
        self.coder = coder
        self.places = places

    def country(self, text: str) -> PlaceEntry | None:
        entry = self.gazetteer.lookup(text)
        code = self.coder.code(text) or (self.coder.entry_code(entry) if entry else None)
        if code is None or not is_country_code(code):
            return None
        return self.country_entry(code, text)

    def country_entry(self, code: str, text: str | None = None) -> PlaceEntry:
        """The place of the country coded ``code``, named by the dictionaries' label,
        else ``text``, else the code."""
        return self.places.country(code, self.coder.label(code) or text or code)

    def is_actor_name(self, span: Span) -> bool:
        """A name the actor dictionaries or the agents list know, or a function word."""
        text = span.text
        if self.coder.code(text) or self.gazetteer.lookup(text):
            return True
        return text.lower() in agent_entries() or (len(span) == 1 and span[0].is_stop)

    def record(self, entry: PlaceEntry) -> tuple[Place, Actor | None]:
        country = self.coder.country_actor(entry.country) if entry.country else None
        place = Place(
            key=entry.key,
            name=entry.name,
            kind=entry.kind,
            country=country.key if country else None,
            latitude=entry.latitude,
            longitude=entry.longitude,
            geonames=entry.geonames,
        )
        return place, country


def _datelines(doc: Doc, resolver: _Resolver) -> list[tuple[Span, PlaceEntry | None]]:
    """The dateline of each story of the article ("KHARTOUM, Sudan:", "BAGHDAD (Reuters)
    -"; a digest has several, :mod:`kg.extract.items`), whose words name no actor, and
    its town where the gazetteers know it (None otherwise): where the story was filed,
    which its lead sentence's events take when they name no place of their own. A
    function word in capitals is a slug or a header, not a town ("MORE -", "TO:"),
    whatever town bears its name."""
    text = doc_text(doc)
    found = []
    for start in doc_story_starts(doc):
        match = DATELINE.match(text, start)
        span = (
            None if match is None else doc.char_span(start, match.end(), alignment_mode="contract")
        )
        if match is not None and span is not None:
            town = match.group("town").title()
            slug = all(doc.vocab[word].is_stop for word in town.split())
            found.append((span, None if slug else resolver.places.lookup(town)))
    return found


@cache
def _agreement_nouns() -> frozenset[str]:
    """The nouns of an agreement, as the verb dictionary's &TREATY set lists them
    ("treaty", "pact", "accord", "agreement", and their plurals)."""
    treaty = load_verbs().dictionary.synsets.get("&TREATY")
    phrases = treaty.phrases if treaty is not None else ()
    return frozenset(p.words[-1].lower() for p in phrases)


def _names_an_agreement(span: Span) -> bool:
    """Whether a name is a word of an agreement's name, modifying its noun ("the Minsk
    agreements", "the Pretoria peace agreement"): a town so named is where the agreement
    was made, no party to it, though a capital elsewhere stands for its government (a
    country is a party: "the Iran nuclear accord")."""
    root = span.root
    return root.dep_ in {"compound", "nmod"} and root.head.lower_ in _agreement_nouns()


def _entity(
    ent: Span,
    resolver: _Resolver,
    located: bool,
    placed: bool,
    named: bool = False,
    kind: Token | None = None,
) -> tuple[PlaceEntry | None, bool]:
    """The place an entity names, if any, and whether it also names an actor (see the
    module docstring); ``located``: a locative pattern found it where an event happened;
    ``placed``: any pattern found it, as where or what an act was aimed at; ``named``: a
    pattern found it naming a kind of place ("the Nowruz oilfield", "the Qutaiba front",
    "the Burgeo Bank area"), which makes it a place whatever the model tagged it, unless
    the actor dictionaries know it ("the Texaco refinery" is the firm's) or it is a
    country; ``kind``: the noun, where it is part of the place's name (see
    :func:`_place_named`). A name the
    model tagged PERSON or ORG is a town only there, and only where it is a town's own
    name (for ORG, a city's) or in kg's table ("talks in Chula Vista", "fired rockets
    at Kharkiv"): the model takes unfamiliar towns for people and organisations, and
    firms are named like small towns and towns' other names ("at Hughes"). It takes a
    sea named by its adjective for a nationality ("sailed into the Aegean", NORP): such
    a name is a place where a pattern places it and kg's table lists it. A name of an
    act after its place ("the Gulf war", :func:`_names_an_act`) is neither."""
    span = _name(ent)
    if titled(span):
        return None, True  # "Tamura, Japan's trade minister" is a person, not the town
    town = resolver.places.lookup(span.text) if _names_an_agreement(span) else None
    if town is not None and town.kind != "country":
        return town, False  # "the Minsk agreements": where it was made, no party to it
    if ent.label_ in PLACE_LABELS and _names_an_act(span) and not resolver.is_actor_name(span):
        return None, False  # "in the Gulf war": an act, neither place nor actor
    if named and resolver.country(span.text) is None and not resolver.is_actor_name(span):
        return _place_named(span, resolver, kind), False
    beared = _with_its_bearing(span, resolver)
    if beared is not None:
        return beared, False
    owned = _of_a_country(span, resolver)
    if owned is not None:
        # a capital's adjective still names its side ("shelled the Iraqi capital": Iraq)
        return owned, owned.kind != "water"
    root = span.root
    if ent.label_ in NAMELESS_LABELS and root.is_lower and not _place_word(root):
        return None, False  # "in the Persian year": a common noun of no place heads it
    if ent.label_ in MISTAKEN_LABELS:
        if ent.label_ == "PERSON" and _listed_town(span, resolver):
            return resolver.places.lookup(span.text) or _place_named(span, resolver), False
        if resolver.is_actor_name(span) or span.text.isupper():
            return None, True  # an acronym ("at the ICO talks") is no town
        entry = None
        if placed:
            least = MISTAKEN_TOWN_POPULATION[ent.label_]
            entry = resolver.places.table(span.text) or resolver.places.town(span.text, least)
            other = PLACED_TOWN_POPULATION.get(ent.label_)
            if entry is None and other is not None:
                entry = resolver.places.town(span.text, any_of=other)
            if entry is None and _inside_a_place(span, resolver):
                entry = _place_named(span, resolver)  # "at Jolfa in north-west Iran"
        large = LARGE_TOWN_POPULATION.get(ent.label_)
        if entry is None and large is not None:
            # a city this size is what its name means, by any of its names, wherever it
            # stands ("U.S. jets struck Hodeidah"), as a small town's name need not be
            entry = resolver.places.town(span.text, any_of=large)
        return entry, entry is None
    if ent.label_ == "NORP":
        # "sailed into the Aegean"; "rebels captured Aleppo", which the model took for
        # a people: a city this size is what its own name means, unless it is a name of
        # an actor (a capital standing for its government: "Kabul accused Pakistan")
        entry = resolver.places.table(span.text) if placed else None
        if entry is None and not resolver.is_actor_name(span):
            entry = resolver.places.town(span.text, own_of=LARGE_TOWN_POPULATION["ORG"])
        return entry, entry is None
    if ent.label_ not in PLACE_LABELS:
        return None, True
    if resolver.coder.holds_office(ent) and resolver.places.lookup(span.text) is None:
        return None, True  # "telephoned Nakasone": the model took the surname for a place
    if resolver.places.capital_of(span.text):
        entry = resolver.places.lookup(span.text)
        return entry, entry is None or not located
    territory = resolver.places.table(span.text)
    if territory is not None and territory.kind == TERRITORY and resolver.is_actor_name(span):
        return territory, True  # where "killed in Gaza" happened, and a side
    country = resolver.country(span.text)
    if country is not None or resolver.is_actor_name(span):
        return country, True
    if ent.label_ == "GPE" and _agentive(span.root):
        entry = resolver.places.lookup(span.text)
        return entry, entry is None
    return _place_named(span, resolver), False


def _listed_town(span: Span, resolver: _Resolver) -> bool:
    """Whether a name the model took for a person is a town the country dictionary lists
    as a synonym of its country ("M23 rebels seized Goma") or a region of kg's table
    named by one word ("the Sahel junta", which the actor dictionaries know as a Moroccan
    minister's surname; not "Abu Musa", an island and a man's name), where nothing says
    it is a person's: it does no act as a clause's subject ("Austin met Gallant"), and no
    longer person's name in the article ends with it ("Lloyd Austin")."""
    region = resolver.places.table(span.text) if len(span) == 1 else None
    listed = fold(span.text) in _phoenix_places() or (
        region is not None and region.kind == TERRITORY
    )
    if not listed or span.root.dep_ == "nsubj":
        return False
    return not any(
        e.label_ == "PERSON" and len(e) > len(span) and e[-1].text == span[-1].text
        for e in span.doc.ents
    )


def _with_its_bearing(span: Span, resolver: _Resolver) -> PlaceEntry | None:
    """The place of kg's table whose name is a name and the capitalised bearing before
    it that the model left out of the entity ("Northern Ireland", tagged "Ireland": a
    part of the United Kingdom, not of Ireland), where the bearing modifies the name."""
    if span.start == 0:
        return None
    bearing = span.doc[span.start - 1]
    if not bearing.text[:1].isupper() or bearing.lower_ not in _compass():
        return None
    if not span.start <= bearing.head.i < span.end:
        return None
    return resolver.places.table(span.doc[bearing.i : span.end].text)


def _inside_a_place(span: Span, resolver: _Resolver) -> bool:
    """Whether a name has a phrase of its own putting it inside a country or a town the
    gazetteers know ("delivered at Jolfa in north-west Iran"): what lies in a country is
    a place, whatever the model tagged its name; a person's whereabouts hang on the
    verb ("met Jolfa in Iran"), not on the name."""
    inside = [
        p
        for c in span.root.children
        if c.dep_ == "prep" and c.lower_ == "in"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    for word in inside:
        name = entity_of(word)
        text = _name(name).text if name is not None else ""
        if text and (resolver.country(text) is not None or resolver.places.lookup(text)):
            return True
    return False


def _of_a_country(span: Span, resolver: _Resolver) -> PlaceEntry | None:
    """The waters or the capital of a country that its name or adjective modifies: "in
    Kuwaiti waters", "Qatar waters", "Sri Lankan territorial waters" are a named water in
    that country, under the country's adjective, without coordinates (where a ship was,
    as coders record it, not the country, nor an actor that owns what lies there: "a
    tanker in Kuwaiti waters" is no Kuwaiti tanker); "the Chinese capital" is Beijing,
    and "the Nigerian capital" Lagos in 1987 (where the government sat on the
    article's day, :meth:`~kg.places.PlaceGazetteer.capital`)."""
    root = span.root
    head = root.head
    if root.dep_ not in {"compound", "amod", "nmod"} or head.lower_ not in {"waters", "capital"}:
        return None
    country = resolver.country(span.text)
    if country is None or country.country is None:
        return None
    if head.lower_ == "capital":
        day = resolver.coder.date
        return resolver.places.capital(country.country, dt.date.fromisoformat(day) if day else None)
    entry = resolver.gazetteer.lookup(span.text) or resolver.gazetteer.demonym(span.text)
    words = [entry.demonyms[0] if entry is not None and entry.demonyms else span.text]
    words += [c.text for c in head.children if c.dep_ == "amod" and c.lower_ == "territorial"]
    return PlaceEntry(" ".join([*words, "waters"]), "water", country.country, None, None)


def _described(doc: Doc, words: tuple[int, ...]) -> PlaceEntry:
    """The place a common noun names with the words a described pattern found ("the Gulf
    war's quiet southern front" is the southern front): a named place without
    coordinates or country."""
    return PlaceEntry(" ".join(doc[i].lower_ for i in words), "place", None, None, None)


def _place_named(span: Span, resolver: _Resolver, kind: Token | None = None) -> PlaceEntry:
    """The place a name no actor dictionary knows names: the gazetteers', else a named
    place without coordinates, in the country the Phoenix dictionary lists it under. A
    name of an installation, a front or a waterway the gazetteers do not know (the noun
    ``kind`` after it, with the words between: "the Rostam oil rig", "Iran's offshore
    Nowruz oilfield") is named as the text and coders name it, with that noun: "Rostam
    oil rig", "Nowruz oilfield"; the name alone is no place a reader could find. A
    bearing that the model took into the name says where in the place, where the rest
    is a water or a region of kg's table ("in northern gulf" is in the Gulf); not where
    it is a country or a town ("Northern Ireland" is no part of Ireland, nor of the
    town in Massachusetts GeoNames also calls Ireland). A camp or a division named after
    a town the gazetteers know by that name is a place of its own (:func:`_named_after`);
    one whose name is only another name of a town ("northern Shan state": Shan is an
    alternate name of China's Shancheng) is no place of the town's country."""
    name = span.text
    if (
        kind is not None
        and kind.i >= span.end
        and all(
            t.dep_ in {"compound", "amod"} and t.head.i <= kind.i
            for t in span.doc[span.end : kind.i]
        )
    ):
        name = span.doc[span.start : kind.i + 1].text
    entry = resolver.places.lookup(span.text)
    if entry is None and len(span) > 1 and span[0].lower_ in _compass():
        entry = resolver.places.table(span[1:].text)
    if entry is not None and entry.kind == "city" and kind is not None and name != span.text:
        own_name = fold(entry.name) == fold(span.text)
        return (
            resolver.places.table(name)
            or _named_after(name, entry, kind, own_name)
            or _unknown_place(name, span)
        )
    if entry is not None:
        return entry
    return _unknown_place(name, span)


def _unknown_place(name: str, span: Span) -> PlaceEntry:
    """A place the gazetteers do not know, named as the text names it, in the country
    the Phoenix dictionary lists its name under, if any."""
    return PlaceEntry(name, "place", _phoenix_places().get(fold(span.text)), None, None)


def _named_after(name: str, town: PlaceEntry, kind: Token, own_name: bool) -> PlaceEntry | None:
    """The place ``name`` names, a town's name and the noun ``kind``: a camp or an
    administrative division named after the town ("the Jenin refugee camp", "Russia's
    Kursk region") is a place of its own, named as the text and coders name it, in the
    town's country and marked at the town, by which a camp lies and which a division
    holds; the town's GeoNames id is not its. None where the name is not the town's
    own but one of its other names (``own_name``: "northern Shan state" is not named
    after China's Shancheng, which GeoNames also calls Shan). A place of another kind
    named after a town (its port, its oilfield, its front) is the town, as coders place
    it."""
    lemma = kind.lemma_.lower()
    if lemma in _divisions() | {"camp"} and not own_name:
        return None
    if lemma == "camp":
        return PlaceEntry(name, "camp", town.country, town.latitude, town.longitude)
    if lemma in _divisions():
        return PlaceEntry(name, "region", town.country, town.latitude, town.longitude)
    return town


def _one_sense(
    read: list[tuple[Span, PlaceEntry | None, bool]], resolver: _Resolver
) -> list[tuple[Span, PlaceEntry | None, bool]]:
    """Each entity's reading, with a name the model tagged as a person, an organisation
    or a nationality read as the town that another of its mentions in the article is ("a
    state of emergency was declared in Whakatane … Whakatane was hit by three
    earthquakes"; "took the town of Kidal … a withdrawal from Kidal"): a name keeps one
    sense in a discourse. A capital keeps its two (the town, and its government by
    metonymy), a name the actor dictionaries know is never a place, and nor is the
    surname of a person the story names in full ("Jesse Jackson campaigned in Jackson …
    Jackson criticised Reagan")."""
    people = {
        words[-1]
        for ent, _, _ in read
        if ent.label_ == "PERSON" and len(words := _name(ent).text.split()) > 1
    }
    towns = {
        fold(_name(ent).text): entry
        for ent, entry, actor in read
        if entry is not None
        and not actor
        and entry.kind != "country"
        and not resolver.places.capital_of(_name(ent).text)
    }
    return [
        (ent, town, False)
        if actor
        and entry is None
        and ent.label_ in ONE_SENSE_LABELS
        and (town := towns.get(fold(_name(ent).text))) is not None
        and not resolver.is_actor_name(_name(ent))
        and _name(ent).text not in people
        else (ent, entry, actor)
        for ent, entry, actor in read
    ]


def destinations(verb: Token) -> frozenset[int]:
    """The names a journey told by the verb goes to whose country it visits, as a
    ``host`` pattern finds them ("arrived in Lima": Peru's government, see
    :func:`resolve_places`)."""
    return frozenset(loc.place for loc in verb.doc._.locatives if loc.host and loc.head == verb.i)


def _joined_names(doc: Doc, resolver: _Resolver) -> list[Span]:
    """The Doc's entities, with a name the model split after its "of" joined again where
    the place tables list the whole: "the Gulf of" and "Oman" are the Gulf of Oman, no
    Gulf and no Oman; "the Gulf of" alone would be the Gulf."""
    ents = list(doc.ents)
    joined: list[Span] = []
    skip = -1
    for i, ent in enumerate(ents):
        if i == skip:
            continue
        after = ents[i + 1] if i + 1 < len(ents) else None
        if after is not None and ent[-1].lower_ == "of" and after.start == ent.end:
            whole = Span(doc, ent.start, after.end, label=ent.label_)
            if resolver.places.lookup(_name(whole).text) is not None:
                joined.append(whole)
                skip = i + 1
                continue
        joined.append(ent)
    return joined


def resolve_places(doc: Doc, gazetteer: Gazetteer, coder: Coder) -> PlaceIndex:
    """The places the article names and the events' locations (see the module docstring)."""
    resolver = _Resolver(gazetteer, coder, load_places())
    hosting = {(loc.head, loc.place) for loc in doc._.locatives if loc.host}
    located = {
        loc.place
        for loc in doc._.locatives
        if not loc.host and (loc.head, loc.place) not in hosting  # "arrived in Lima"
    }
    placed = {loc.place for loc in doc._.locatives}
    named = {
        loc.place: doc[loc.head] if loc.kind_named else None for loc in doc._.locatives if loc.names
    }
    index = PlaceIndex(resolver=resolver)
    datelines = _datelines(doc, resolver)
    dated = {t.i for span, _ in datelines for t in span}
    index.name_words.update(dated)  # "FREETOWN - Rebels" are rebels
    for span, entry in datelines:
        if entry is None:
            continue
        place, country = resolver.record(entry)
        index.places[place.key] = place
        if country is not None:
            index.countries[country.key] = country
        lead = doc[span.end].sent.start if span.end < len(doc) else span.start
        index.datelines[lead] = (span.start, place.key)
    read: list[tuple[Span, PlaceEntry | None, bool]] = []
    ships = ship_names(doc)
    joined = _joined_names(doc, resolver)
    for ent in joined:
        if ent.start in dated:
            index.not_actors.add(ent.start)  # the filing place is no actor
            continue
        if ent.start in ships:
            continue  # a ship's name ("the tanker Sea Isle City") is no place
        words = {t.i for t in ent}
        read.append(
            (
                ent,
                *_entity(
                    ent,
                    resolver,
                    bool(located & words),
                    bool(placed & words),
                    bool(named.keys() & words),
                    next((kind for i in sorted(words) if (kind := named.get(i))), None),
                ),
            )
        )
    both: set[int] = set()  # the words of names of a place and an actor ("accused Moscow")
    for ent, entry, actor in _one_sense(read, resolver):
        if not actor:
            index.not_actors.update(e.start for e in doc.ents if ent.start <= e.start < ent.end)
        if entry is None:
            continue
        if actor:
            both.update(t.i for t in ent)
        place, country = resolver.record(entry)
        index.places[place.key] = place
        if country is not None:
            index.countries[country.key] = country
        for token in ent:
            index.at[token.i] = place.key
        if not actor and named.keys() & {t.i for t in ent}:
            index.name_words.update(t.i for t in ent)
            # and the noun of its kind, no agent ("the village of Tarmun" is no civilians)
            index.name_words.update(
                o.head for o in doc._.locatives if o.names and ent.start <= o.place < ent.end
            )
    for loc in doc._.locatives:
        if loc.again and loc.place not in index.at:
            word = doc[loc.place]
            key = (
                _capital_named_before(word, index, resolver)
                if word.lower_ == "capital"
                else _country_named_before(word, index)
            )
            if key is not None:
                index.at[loc.place] = key
    # the words a locative phrase places: "In Baghdad, Saddam said 'they will be
    # defeated here'" is not the dateline's town, though "met Vorontsov here, two days
    # after talks in Moscow" is
    placing = {o.head for o in doc._.locatives if o.place in index.at and not o.patient}
    for loc in doc._.locatives:
        where = doc[loc.head]
        if loc.filed and not any(t.i in placing for t in (where, *where.ancestors)):
            key = _filed_at(doc[loc.place], index)
            if key is not None:
                index.at[loc.place] = key
    for loc in doc._.locatives:
        if loc.described and loc.place not in index.at:
            place, _ = resolver.record(_described(doc, loc.words))
            index.places.setdefault(place.key, place)
            index.at[loc.place] = place.key
    _placed_by_their_phrase(doc, index)
    # a place acted on whose name also names an actor, by the head of the act: the
    # head's location where nothing else places it ("accused Moscow", "struck Lima")
    acted_on: dict[int, str] = {}
    for loc in doc._.locatives:
        key = index.at.get(loc.place)
        if key is None or (
            (loc.patient or loc.outside or loc.modifier) and index.places[key].kind == "country"
        ):
            continue  # "shelled Iraq", "east of Iraq", "the U.S. strike": no scene
        if loc.modifier or loc.described:
            index.named.setdefault(loc.head, key)
        else:
            if loc.patient and loc.place in both:
                acted_on.setdefault(loc.head, key)
                continue
            index.locations.setdefault(loc.head, key)
            if not (loc.host and _to_be_made(doc[loc.head])):
                index.phrases.add((loc.head, key))
        if loc.patient:
            continue
        head = doc[loc.head]  # a thing is where its phrase, or the act done to it, is
        things = [head] if head.pos_ == "NOUN" else [c for c in head.children if c.dep_ == "dobj"]
        for thing in things:
            if thing.pos_ == "NOUN":
                index.things.setdefault(thing.lemma_.lower(), (thing.i, key))
    for head, key in acted_on.items():
        if head not in index.locations:
            # where an act was done to a town or water named, unless the act was said
            # to the government a capital stands for (see location_near)
            index.locations[head] = key
            index.metonymic.add(head)
    return index


def _placed_by_their_phrase(doc: Doc, index: PlaceIndex) -> None:
    """A place the gazetteers put in no country lies in the country of the place its own
    locative phrase, or that of the noun naming its kind, puts it in: "captured the
    village of Novomykhailivka in eastern Ukraine" is in Ukraine, as a reader places it,
    so an act there can be aimed at Ukraine's side (see :mod:`kg.extract.opponents`)."""
    for loc in doc._.locatives:
        key = index.at.get(loc.place)
        place = index.places.get(key) if key is not None else None
        if place is None or place.country is not None:
            continue
        holders = {loc.place, *([loc.head] if loc.names else [])}
        countries = [
            outer.country
            for other in doc._.locatives
            if other.head in holders
            and other.place != loc.place
            and not other.names
            and (outer := index.places.get(index.at.get(other.place, ""))) is not None
            and outer.country is not None
        ]
        if countries:
            index.places[place.key] = replace(place, country=countries[0])


def _name_root(token: Token) -> Token:
    """The head word of the name a word is part of (itself, outside a name)."""
    name = entity_of(token)
    return name.root if name is not None else token


def _country_named_before(word: Token, index: PlaceIndex) -> str | None:
    """The key of the country a bare "the country" names again: the last country the text
    named before it, as a place or an actor ("Brazil's labour troubles eased … rallies
    throughout the country"), or the country of the last place it named, the dateline's
    included; None for a country a modifier or a phrase names, or where the text names
    none before it."""
    if not _bare(word):
        return None
    for key in _named_before(word, index, acting=True):
        place = index.places[key]
        if place.kind == "country":
            return key
        country = index.countries.get(place.country or "")
        found = index.country_place(country.code) if country and country.code else None
        if found is not None:
            return found
    return None


def _filed_at(word: Token, index: PlaceIndex) -> str | None:
    """The key of the town of the dateline the story of ``word`` was filed under (the
    last dateline before it: a later story of a digest has its own), which "here" names;
    None in a story with no dateline."""
    filed = [(i, key) for i, key in index.datelines.values() if i < word.i]
    return max(filed)[1] if filed else None


def _named_before(word: Token, index: PlaceIndex, acting: bool) -> list[str]:
    """The keys of the places the text named before ``word``, the datelines' included,
    the last first; ``acting``: also those named as the one who acts ("Washington
    accused Nicaragua", :func:`_agentive`)."""
    named = sorted(
        [
            *((i, key) for i, key in index.datelines.values() if i < word.i),
            *(
                (i, key)
                for i, key in index.at.items()
                if i < word.i and (acting or not _agentive(_name_root(word.doc[i])))
            ),
        ]
    )
    return [key for _, key in reversed(named)]


def _bare(word: Token) -> bool:
    """Whether a noun is "the" noun alone, named by nothing of its own ("the capital",
    not "the Iraqi capital" or "the capital of Chad")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in word.children) and not any(
        c.dep_ in {"amod", "compound", "nmod", "prep", "poss"} for c in word.children
    )


def _capital_named_before(word: Token, index: PlaceIndex, resolver: _Resolver) -> str | None:
    """The key of the capital a bare "the capital" names again: the last town named
    before it, not as the one who acts (a capital acting for its government,
    "Washington accused Nicaragua", :func:`_agentive`), or the dateline's, that was its
    country's capital on the article's day
    (:meth:`~kg.places.PlaceGazetteer.capital`); None for a capital that a modifier or a
    phrase names ("the Iraqi capital", "the capital of Chad": see the
    ``national_waters_or_capital`` and ``part_of_place`` patterns), or where the text
    names no capital before it."""
    if not _bare(word):
        return None
    day = dt.date.fromisoformat(resolver.coder.date) if resolver.coder.date else None
    for key in _named_before(word, index, acting=False):
        place = index.places[key]
        country = index.countries.get(place.country or "")
        if place.kind == "country" or country is None or country.code is None:
            continue
        seat = resolver.places.capital(country.code, day)
        if seat is not None and seat.key == key:
            return key
    return None


def at_home(
    events: list[Event], country_of: Callable[[str], str | None], places: PlaceIndex
) -> list[Event]:
    """An event between two actors of one country (``country_of`` their keys: ECU for
    Ecuador's workers and its government) that no place was found for happened in that
    country, as coders place a domestic act ("a general strike called by Ecuadorean
    workers to protest against the government": Ecuador), and as GDELT falls back to
    the country; an act between two countries may have happened in either, or neither.
    Run after :func:`on_the_scene`: a country is no scene for the acts after it."""
    placed: list[Event] = []
    for event in events:
        if event.location is None and event.source and event.target:
            home = country_of(event.source)
            if home is not None and home == country_of(event.target):
                event = replace(event, location=places.country_place(home))
        placed.append(event)
    return placed


def in_the_sentence(
    events: list[Event],
    doc: Doc,
    places: PlaceIndex,
    sentence_of: Mapping[int, int],
    reports: Set[str],
    said: Callable[[Event], bool] = lambda event: False,
) -> list[Event]:
    """An event that its clause places nowhere happened at the one place its sentence's
    locative phrases name, wherever the parser hung the phrase; so did one that only the
    dateline of its story's lead sentence placed, unless it is ``said`` (a statement is
    made where the story was filed) or the place is named in a description of a
    participant (:func:`_in_a_description`): "MOSCOW - Russian troops fought rebels for
    the palace in Grozny" was fought in Grozny, filed from Moscow; "BAGHDAD - Police
    arrested a man who had returned from Jordan" in Baghdad. "called on both
    countries to avoid any action that could aggravate the situation in the Aegean";
    "Mousavi is in Damascus, and diplomats said he would seek Syrian help". Not where a
    report (a verb of ``reports``, lemmas) was made or its reporters are
    (:func:`_of_the_report`: "in Washington, networks reported that American forces
    struck Iran", "officials in Athens said"); not where a clause or phrase of another
    moment was (:func:`_of_another_moment`), or a thing is based or was made
    (:func:`_describing`); not where an act not made would be (see
    :func:`_to_be_made`, :func:`resolve_places`, which leaves such a destination out
    of :attr:`PlaceIndex.phrases`); and not where the sentence names two places or
    more, counting a place named by where it lies once ("a car bomb exploded near the
    Central Hospital in Baghdad, killing 20": at the hospital). An act that an event
    answers (:attr:`~kg.records.Event.answered`) is at the one place the sentence's
    phrases of answered acts name, wherever the parser hung them ("a reply to an
    attack last Friday on a tanker in Kuwaiti waters").
    Run after the parties are completed (a place found this way is too weak to
    give a target its country) and before :func:`on_the_scene`: the sentence's own
    place is better evidence than the story's scene, and starts a scene of its own.
    """
    named: dict[tuple[int, bool], set[str]] = {}
    told = {e.sentence for e in events}
    phrases = [(head, key) for head, key in places.phrases if sentence_of.get(head) in told]
    for head, key in phrases:
        if not _of_the_report(doc[head], reports) and not _describing(doc[head]):
            if answered(doc[head]):
                named.setdefault((sentence_of[head], True), set()).add(key)
            elif not _of_another_moment(doc[head]):
                named.setdefault((sentence_of[head], False), set()).add(key)
    for (sentence, answer), keys in named.items():
        # a place another of them lies in ("the Central Hospital in Baghdad") is that one
        keys = keys - {
            key
            for head, key in phrases
            if sentence_of.get(head) == sentence
            and places.at.get(head, key) != key
            and places.at[head] in keys
        }
        # and so is a country or a region of the country a town of them lies in ("the
        # Jenin refugee camp in the occupied West Bank": Jenin)
        named[(sentence, answer)] = keys - {key for key in keys if _holds(key, keys, places)}
    filed = {
        sentence_of[start]: key
        for start, (_, key) in places.datelines.items()
        if start in sentence_of
    }
    # places named outside the description of a participant ("arrested a man who had
    # returned from Jordan"), which may outrank a dateline
    free = {(sentence_of[h], k) for h, k in phrases if not _in_a_description(doc[h])}
    placed: list[Event] = []
    for event in events:
        keys = named.get((event.sentence, event.answered), set())
        filed_only = event.location == filed.get(event.sentence) and not said(event)
        if len(keys) == 1 and (
            event.location is None or (filed_only and (event.sentence, *keys) in free)
        ):
            event = replace(event, location=next(iter(keys)))
        placed.append(event)
    return placed


def _in_a_description(word: Token) -> bool:
    """Whether a word lies in a clause describing a noun other than its clause's subject
    (a relative clause, a participle: "arrested a man who had returned from Jordan",
    "detained a Palestinian suspected of a bombing in Jerusalem"), which tells of another
    act than its sentence's; the doers' own ("gunmen who attacked a checkpoint in Mosul
    killed five soldiers", "fighters holding Kunduz clashed with troops") are where
    they act."""
    while word.head != word:
        if word.dep_ in DESCRIBING_CLAUSES and word.head.dep_ not in {"nsubj", "nsubjpass"}:
            return True
        word = word.head
    return False


DESCRIBING_CLAUSES = frozenset({"relcl", "acl"})


# Kinds of place that hold towns: a country, a region of one.
HOLDING_KINDS = frozenset({"country", "region"})


def _holds(key: str, keys: Set[str], places: PlaceIndex) -> bool:
    """Whether the place ``key`` is a country or a region of the country that another
    of ``keys``, a place of another kind (a town, a camp), lies in."""
    place = places.places.get(key)
    if place is None or place.kind not in HOLDING_KINDS or place.country is None:
        return False
    return any(
        other != key
        and (inside := places.places.get(other)) is not None
        and inside.kind not in HOLDING_KINDS
        and inside.country == place.country
        for other in keys
    )


def _to_be_made(act: Token) -> bool:
    """Whether a journey or an act on a place is stated by an infinitive ("refused to
    visit Washington", "threatened to bomb Basra"), an act not made, so its
    destination or its object is no place where anything happened; not a participle
    ("visiting Ottawa, he said")."""
    return infinitival(act)


def _of_the_report(token: Token, reports: Set[str]) -> bool:
    """Whether the word is the verb of a report (of ``reports``, lemmas) or tells who
    reported and how: under its subject or another phrase but its complement ("officials
    in Athens said", "reporters in Jerusalem were told"), or in an "according to" phrase
    ("according to officials in Kyiv")."""
    if token.lemma_.lower() in reports:
        return True
    for child, word in zip((token, *token.ancestors), token.ancestors, strict=False):
        if child.dep_ == "prep" and child.lower_ == "according":
            return True
        if word.lemma_.lower() in reports:
            return child.dep_ not in REPORTED
    return False


def answered(token: Token) -> bool:
    """Whether the word is in a phrase naming the act an event answers, of
    :data:`ANSWERS`: "in response to an attack on a tanker in Kuwaiti waters", "called
    it a reply to the shelling", "in retaliation for a raid near Homs"."""
    return any(w.dep_ == "prep" and w.head.lemma_.lower() in ANSWERS for w in token.ancestors)


def _of_another_moment(token: Token) -> bool:
    """Whether the word is in an adverbial clause whose conjunction sets it at another
    moment than its main clause, or gives a cause or a condition ("before they could
    meet outside Amarah", "after forces destroyed a platform in the Gulf"): any
    conjunction but those of :data:`SIMULTANEOUS`; or in a phrase of time of another
    moment ("after weeks of talks that stalled in Vienna"), or of the act an event
    answers (:func:`answered`)."""
    if answered(token):
        return True
    for word in (token, *token.ancestors):
        if word.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ not in SIMULTANEOUS for c in word.children
        ):
            return True
        if word.dep_ == "prep" and word.lower_ in OTHER_MOMENTS:
            return True
    return False


def _describing(token: Token) -> bool:
    """Whether the word is a past participle describing a noun, or in a clause of what
    another's owner does: where something is based or was made ("a group based in
    London", "steel made in China") and where a group's leaders are ("Hamas, whose
    leaders live in Damascus, rejected the plan") are not where the sentence's events
    happen."""
    if token.dep_ == "acl" and token.tag_ == "VBN":
        return True
    return any(
        word.dep_ == "relcl"
        and any(c.tag_ == "WP$" for s in word.children if s.dep_ in SUBJECTS for c in s.children)
        for word in (token, *token.ancestors)
    )


def on_the_scene(events: list[Event], of_scene: Callable[[Event], bool]) -> list[Event]:
    """Acts on the ground (``of_scene``) that name no place of their own happen where
    the article's last such act before them did (those before the first placed one,
    where it did): a battle report keeps its scene ("Iraqi jets raided Kharg Island …
    Iran said two tankers were hit"), as a coder reading the story would place them.
    Statements, sanctions and other acts keep only the places their sentences name (but
    talks, see :func:`at_the_table`). An act that another answers sets no scene: it
    happened before, maybe far away ("shelled a platform in response to an attack on a
    tanker in Kuwaiti waters", :attr:`~kg.records.Event.answered`)."""

    def setting(event: Event) -> bool:
        return of_scene(event) and not event.answered

    ordered = sorted(events, key=lambda e: e.sentence)
    scene = next((e.location for e in ordered if setting(e) and e.location), None)
    placed: list[Event] = []
    for event in ordered:
        if of_scene(event):
            if event.location is None and scene is not None:
                event = replace(event, location=scene)
            if setting(event):
                scene = event.location or scene
        placed.append(event)
    return placed


def at_the_table(
    events: list[Event], of_table: Callable[[Event], bool], side_of: Callable[[str], str]
) -> list[Event]:
    """Talks, visits and agreements (``of_table``) that name no place of their own happen
    where the story's nearest placed one before them between the same sides
    (``side_of`` an actor's key: its country, else itself; a one-sided act's side among
    them) did, else the first after them: "Chirac began a visit to Washington … Reagan
    and Chirac signed an agreement" was signed in Washington. Talks with another side
    ("visited Bolivia" after talks in Lima with Peru), and calls, praise or apologies,
    keep only the places their sentences name."""
    ordered = sorted(events, key=lambda e: e.sentence)
    talks = [e for e in ordered if of_table(e) and e.location is not None]

    def parties(event: Event) -> set[str]:
        return {side_of(k) for k in (event.source, event.target) if k is not None}

    placed: list[Event] = []
    for event in ordered:
        if of_table(event) and event.location is None:
            shared = [t for t in talks if parties(event) <= parties(t)]
            before = [t for t in shared if t.sentence <= event.sentence]
            known = before[-1] if before else (shared[0] if shared else None)
            if known is not None:
                event = replace(event, location=known.location)
        placed.append(event)
    return placed
