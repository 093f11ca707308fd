"""Agents: generic nouns that name an actor by its role ("troops", "officials", "gunmen").

The Phoenix agents dictionary (``kg/data/phoenix/Phoenix.agents.txt``) gives about
2,300 such nouns a CAMEO role code (``TROOP [~MIL]``, ``GUNMAN {} [~UAF]``); kg's
additions in the same syntax (``kg/data/agents.txt``) follow it and win a tie. The
``kg_agents`` pipeline component matches every form of them (written, regular and
irregular plurals, expanded ``!PERSON!`` substitutions) with a PhraseMatcher on lower
case, and writes the longest matches to ``doc.spans["agents"]``, each labelled with
its role as the dictionary writes it (``~MIL`` after the actor's code, ``IGO~`` before).
Which side an agent is on ("Israeli troops") is the actor resolver's decision.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from kg.extract.phrases import lower_case_matcher
from kg.extract.tree import children, derived
from kg.phoenix import AgentEntry, load_phoenix, read_agents

__all__ = [
    "AGENTS",
    "KG_AGENTS",
    "PLACE_LABELS",
    "TITLES",
    "VESSELS",
    "AgentMatcher",
    "agent_entries",
    "in_agent",
    "person_title",
    "role_label",
    "ship_names",
    "title_word",
    "titled",
    "vessel_named",
]

AGENTS = "agents"  # the Doc's span group


def in_agent(token: Token) -> bool:
    """Whether a word is in an agent noun phrase the ``kg_agents`` component marked."""
    return token.i in _agent_words(token.doc)


def _agent_words(doc: Doc) -> frozenset[int]:
    """The positions of the words of the document's agent noun phrases, found once."""
    return derived(
        doc,
        "agent words",
        lambda d: frozenset(t.i for span in d.spans.get(AGENTS, ()) for t in span),
    )


KG_AGENTS = Path(__file__).resolve().parent.parent / "data" / "agents.txt"
# Words of a title before a name ("Prime Minister", "Sen.", "Sheikh"), full stop dropped.
TITLES = frozenset(
    [
        "ambassador",
        "president",
        "prime",
        "minister",
        "secretary",
        "general",
        "chancellor",
        "king",
        "queen",
        "prince",
        "foreign",
        "defense",
        "defence",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "senator",
        "governor",
        "mayor",
        "commander",
        "chief",
        "leader",
        "sheikh",
        "ayatollah",
        "pope",
        "mr",
        "mrs",
        "ms",
        "dr",
        "sir",
        "lord",
        "lady",
        "representative",
        "rep",
        "sen",
        "gen",
        "col",
        "lt",
        "adm",
        "deputy",
        "vice",
        "state",
        "premier",
        "emir",
        "sultan",
        "speaker",
        "chairman",
        "chairwoman",
        "director",
        "head",
        "admiral",
        "negotiator",
        "diplomat",
        "officer",
    ]
)


def role_label(entry: AgentEntry) -> str:
    """The role as the dictionary writes it: ``~MIL`` or ``IGO~``."""
    return f"{entry.role}~" if entry.before_actor else f"~{entry.role}"


@cache
def agent_entries(extra: Path = KG_AGENTS) -> dict[str, AgentEntry]:
    """Every form of every agent, lower case, to its entry: Phoenix's, then ``extra``'s
    (a form listed in both takes the later entry). Within one dictionary a form as
    written beats another entry's generated form: Phoenix writes ARMED_FORCES [~MIL]
    and ARMED_FORCE [~UAF], whose plural is also "armed forces"; the written entry is
    the dictionary's word on the plural, so "the armed forces" are a military."""
    entries: dict[str, AgentEntry] = {}
    for dictionary in (load_phoenix().agents, read_agents(extra)):
        for written in (False, True):
            for entry in dictionary.entries:
                for name in entry.names:
                    if (name.origin == "written") == written:
                        entries[name.text.lower()] = entry
    return entries


class AgentMatcher:
    """Marks agent nouns in a Doc (see the module docstring)."""

    def __init__(self, nlp: Language) -> None:
        by_role: dict[str, list[str]] = {}
        for form, entry in sorted(agent_entries().items()):
            by_role.setdefault(role_label(entry), []).append(form)
        self.matcher = lower_case_matcher(nlp, by_role)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[AGENTS] = _phrase_agents(self.matcher(doc, as_spans=True))
        return doc


def _phrase_agents(matches: list[Span]) -> list[Span]:
    """The matches that overlap no longer one, as ``filter_spans`` keeps them, but where
    two of one length overlap, the one whose last word modifies no word after it, the
    head of its noun phrase: "the main opposition party" is OPPOSITION_PARTY, not
    MAIN_OPPOSITION (English phrases end on their head), as object or subject; else the
    first."""
    ordered = sorted(
        matches,
        key=lambda span: (len(span), not _modifies_a_later_word(span[-1]), -span.start),
        reverse=True,
    )
    taken: set[int] = set()
    kept = []
    for span in ordered:
        if taken.isdisjoint(range(span.start, span.end)):
            kept.append(span)
            taken.update(range(span.start, span.end))
    return sorted(kept, key=lambda span: span.start)


def _modifies_a_later_word(word: Token) -> bool:
    return word.dep_ in MODIFIER_DEPS and word.head.i > word.i


# The dependencies of a word inside a noun phrase that modifies its head.
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


# Kinds of ship a name is given to ("the tanker Sea Isle City", "the destroyers Kidd and
# Hoel", "the U.S. frigate Stark"), each an agent noun of the dictionaries (a merchant
# ship BUS, a warship MIL): the name that follows is the ship's.
VESSELS = frozenset(
    [
        "tanker",
        "supertanker",
        "freighter",
        "warship",
        "battleship",
        "destroyer",
        "frigate",
        "cruiser",
        "corvette",
        "gunboat",
    ]
)


def vessel_named(name: Token) -> Token | None:
    """The kind of ship a name (its head word) is given to, where the name is a ship's:
    the noun of :data:`VESSELS` the parser hangs on it as a compound ("the tanker Sea Isle
    City"), or on the name it is coordinated with ("the destroyers Kidd and Hoel"), or
    that it hangs on as an apposition ("the tanker Sungari was hit"). A ship's name is no
    person, firm or place: the ship is the agent its noun names ("the U.S. frigate
    Stark": the American military; see :func:`ship_names` for its later mentions)."""
    if name.pos_ != "PROPN":
        return None
    first = name
    while first.dep_ == "conj" and first.head.pos_ == "PROPN":
        first = first.head
    nouns = [*children(first, "compound"), *([first.head] if first.dep_ == "appos" else [])]
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in VESSELS), None)


# Entity labels of places (see kg.extract.places): a name the model tags so is a town or
# a water, not the ship of the same name ("the freighter Basra … shelled Basra").
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def ship_names(doc: Doc) -> dict[int, Token]:
    """The names the article gives ships (:func:`vessel_named`), by the start of each
    mention, with the kind of ship the name was first given to: a later "the Stark" is
    that ship too, unless the model tags that mention a place (a town of the same name).
    Found once per document: places and actors both ask."""
    return derived(doc, "ship names", _ship_names)


def _ship_names(doc: Doc) -> dict[int, Token]:
    first: dict[str, Token] = {}
    entities = doc.ents  # a new Span per entity each time it is read
    for ent in entities:
        vessel = vessel_named(ent.root)
        if vessel is not None:
            first.setdefault(ent.text, vessel)
    return {
        ent.start: first[ent.text]
        for ent in entities
        if ent.text in first and (vessel_named(ent.root) or ent.label_ not in PLACE_LABELS)
    }


@Language.factory("kg_agents")
def make_agent_matcher(nlp: Language, name: str) -> AgentMatcher:
    """The ``kg_agents`` component (see the module docstring)."""
    return AgentMatcher(nlp)


def title_word(token: Token) -> bool:
    """Whether a word is one of a title's (:data:`TITLES`), with or without its full
    stop ("Sen.", "Mr.", "Gen.")."""
    return token.lower_.rstrip(".") in TITLES


def person_title(token: Token) -> bool:
    """Whether a noun is a person's office ("minister", "spokesman", "Sen."): a title
    word that the agent dictionaries give a role."""
    entries = agent_entries()
    return title_word(token) and (token.lower_ in entries or token.lower_.rstrip(".") in entries)


def titled(span: Span) -> bool:
    """Whether a name is a person's by the office the sentence gives it: a title
    before it ("Trade Minister Tamura") or an apposition headed by an office ("Tamura,
    Japan's trade minister"). The model takes surnames that are also towns, and
    companies' names, for places and organisations; the office says who is meant."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.head == root
        and before.dep_ == "compound"
        and person_title(before)
    ):
        return True
    return any(person_title(c) for c in children(root, "appos"))
