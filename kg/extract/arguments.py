"""Who acts on whom in an event: the actors among a trigger's subjects, objects and
phrases, their owners and namers, and what the event is about (its theme).

See :mod:`kg.extract.events` for how the pieces make a reading.
"""

from __future__ import annotations

from collections.abc import Mapping, Set
from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.actors import ActorIndex, armed_actor, ties_to_side
from kg.extract.agents import VESSELS
from kg.extract.clauses import SERIES_NOUNS, SUBJECT_DEPS, expand, is_passive, owned_by, subjects
from kg.extract.places import destinations
from kg.extract.tree import children, lefts, rights, tree
from kg.extract.triggers import Match
from kg.wordnet import load_nominalisations

__all__ = [
    "NOMINAL_PARTS",
    "NO_ARGUMENT",
    "OWNER_DEPS",
    "TARGET_PREPS",
    "THING_PREPS",
    "Argument",
    "actor_arguments",
    "actors_or_namers",
    "arrived_at",
    "belongs_to",
    "clause_subjects",
    "converse_sources",
    "doer",
    "doers_named",
    "handled_by",
    "named_by",
    "nominal_agents",
    "objects_of",
    "own_act_aimed_at",
    "owners_of",
    "phrase_actors",
    "small_clause_subjects",
    "surface",
    "target_candidates",
    "theme_of",
    "undergone_in",
    "words_text",
]

# Prepositions that introduce the target of a nominal event ("talks with X", "an
# offensive towards Iraq's second city").
TARGET_PREPS = frozenset(
    ["with", "against", "on", "into", "between", "to", "toward", "towards", "by"]
)


# Prepositions by which an object aims at an actor ("relations with X", "aid for X").
OBJECT_TARGET_PREPS = frozenset(["with", "against", "on", "at", "to", "toward", "towards", "for"])


# Prepositions of an event noun's phrase naming what the act is done to, the ground it
# enters, or whom it is shared with ("release of hostages", "attack on the town",
# "offensive against Hamas", "incursion into Lebanon", "talks with Iran").
PATIENT_PREPS = frozenset(["of", "on", "against", "into", "with"])


# Nouns of a relation to another ("Greece's NATO allies", "Iraq's neighbours", "U.S.
# allies"): the one they are related to, named by a possessor or a country's name
# compounded on them, is not who they are; a group or a demonym modifying them still
# is ("NATO allies", "Cuban allies of Angola").
COUNTERPARTS = frozenset(
    [
        "ally",
        "neighbour",
        "neighbor",
        "partner",
        "critic",
        "opponent",
        "rival",
        "enemy",
        "foe",
        "adversary",
    ]
)


# Prepositions of a verb's phrase aimed at something whose side may be named by a
# modifier ("retaliate against any American attack").
AIMING_PREPS = frozenset(["against", "on", "at"])
# Prepositions of a verb's phrase naming whom the act is shared with or taken from,
# beside a trigger's own preposition ("agreed with Peru on a ceasefire", "called for
# independence from Spain"): see target_candidates.
SHARED_PREPS = frozenset(["with", "from"])
ORIGIN = "from"
# Prepositions of a verb's phrase naming where what its act sends arrives ("fired
# rockets into Israel"), which it is aimed at, whatever it is sent from.
SENT_INTO = frozenset(["into"])
# Verbs of a journey, whose "from" phrase names where the traveller set out, no one the
# journey is aimed at: "Shultz arrived in Moscow from Helsinki" visits Moscow. Not
# "return": "returned from Tokyo" ends a visit made there (see kg.extract.places).
SETTING_OUT_VERBS = frozenset(["arrive", "come", "fly", "travel", "sail", "head", "drive"])


# Prepositions through which an act reaches a thing, or a thing another ("duties on
# Japanese shipments", "access to the Japanese market", "purchase of U.S. parts"): not an
# instrument's "with", an agent's "by", an origin's "from", nor a time, place or cause.
THING_PREPS = AIMING_PREPS | {"of", "into", "to", "toward", "towards", "for", "over"}


# Particles the parser takes for a preposition right after a verb, whose object is then
# the verb's: "fought off the Iranians", "drove back the rebels".
MISREAD_PARTICLES = frozenset(["off", "back", "out", "away", "down"])


# Modifiers by which an actor names an object ("an Indian proposal", "U.S. aid").
OWNER_DEPS = ("amod", "compound", "nmod")


def owners_of(objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actors a non-actor object belongs to or comes from (:func:`belongs_to`); else
    the actor its own phrase aims at ("relations with Russia", "further action against
    Iraq", "aid for Bosnia"), through "of" phrases ("part of a program for Bosnia")."""
    return belongs_to(objects, index) or expand(_aimed_at(objects, index))


def _own_aimed_at(verb: Token, objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actors of the "against", "on" or "at" phrase of an object that a pronoun
    standing for the verb's subject owns, or of a deed's "of" phrase, or naming that
    phrase's words: the doer's own act or means, aimed at another ("Israeli troops
    stepped up their operations against Hezbollah", "Russia intensified its attacks on
    Kyiv", "Peru lifted its ban on Chilean wine", "ended its blockade of Gaza"; not "its
    fleet of Russian submarines"), which an owner would otherwise claim as the target."""
    doers = {index.actor_at(s) for s in subjects(verb)[0]} - {None}
    own = [
        obj
        for obj in objects
        if (owners := children(obj, "poss"))
        and all(o.pos_ == "PRON" and index.actor_at(o) in doers for o in owners)
    ]
    aimed = [
        p
        for obj in own
        for c in children(obj, "prep")
        if c.lower_ in AIMING_PREPS or (c.lower_ == "of" and obj._.act_word)
        for p in children(c, "pobj")
    ]
    return actors_or_namers(aimed, index)


def phrase_actors(objects: list[Token], preps: Set[str], index: ActorIndex) -> list[Token]:
    """The actors of the words' own phrases of those prepositions ("operations against
    Hezbollah", "recalled its ambassador from Niger")."""
    return [
        p
        for obj in objects
        for prep in children(obj, "prep")
        if prep.lower_ in preps
        for p in children(prep, "pobj")
        if index.actor_at(p)
    ]


def belongs_to(objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actors a non-actor object belongs to or comes from: its possessor ("Iran's
    nuclear sites"), the object of its "by" or "from" phrase ("reforms by the
    government", "independence from Iraq", "the bombing of the embassy by Hezbollah",
    :func:`_patients_agents`) or of a participle of owning on it ("ships belonging to
    Kuwait", "a tanker owned by Iran"); else an actor naming it ("an Indian
    proposal", "a U.S. offer", "Iranian oil sites"). An object owned by a pronoun alone
    ("its new OPEC quota") may be the doer's own: the actor naming it is then an owner
    too, whom the act reaches where the pronoun is the doer ("Iraq rejected its OPEC
    quota": OPEC's quota for Iraq)."""
    owners = [c for obj in objects for c in children(obj, "poss")]
    owners += [
        p
        for obj in objects
        for c in children(obj, "prep")
        if c.lower_ in {"by", "from"}
        for p in children(c, "pobj")
    ]
    owners += [p for obj in objects for p in owned_by(obj)]
    owners += _patients_agents(objects, index)
    found = expand([t for t in owners if index.actor_at(t)])
    if all(t.pos_ == "PRON" for t in found):
        return found + [t for t in named_by(objects, index) if t not in found]
    return found


def named_by(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The actors that own or name nouns that are no actor themselves: "Revolutionary
    Guards divisions attacked", "Iran's negotiators' proposal", and, through the common
    noun that a name is given to, a named thing ("the Kuwaiti tanker Sea Isle City"), or
    through the flag a ship flies or its owner or leader ("a Liberian-flagged tanker", "the
    United States-flag ship", a "Kuwaiti-owned" one: :data:`~kg.extract.actors.SIDE_WORDS`)."""
    modifiers = [
        c
        for noun in nouns
        for c in children(noun, "poss", *OWNER_DEPS)
        if not _related_to(noun, c, index)
    ]
    modifiers += [
        m
        for c in modifiers
        if c.dep_ == "compound"
        and c.pos_ == "NOUN"
        and c.head.pos_ == "PROPN"
        and not index.actor_at(c)
        for m in children(c, "poss", *OWNER_DEPS)
    ]
    modifiers += [
        m for c in modifiers if ties_to_side(c, index) for m in children(c, "npadvmod", *OWNER_DEPS)
    ]
    named = [c for c in modifiers if index.actor_at(c)]
    # an agent's side hung on the noun beside it names no other owner: "Palestinian
    # guerrilla positions" are the guerrillas', who are Palestinian
    sides = {index.actors[key].affiliation for c in named if (key := index.actor_at(c))}
    return expand([c for c in named if index.actor_at(c) not in sides])


def actors_or_namers(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The nouns that are actors, else the actors that own or name them
    (:func:`named_by`): "a ban on Chile", else "a ban on Chilean wine"."""
    return [t for t in nouns if index.actor_at(t)] or named_by(nouns, index)


def _related_to(noun: Token, modifier: Token, index: ActorIndex) -> bool:
    """Whether a modifier names the one a noun of relation (:data:`COUNTERPARTS`) is
    related to rather than who it is: its possessor, or a state's name compounded on it
    ("Greece's allies", "U.S. allies" are others; "NATO allies" are NATO's, and a
    demonym says who they are: "Cuban allies of Angola" are Cuba's)."""
    if noun.lemma_.lower() not in COUNTERPARTS:
        return False
    key = index.actor_at(modifier)
    state = key is not None and index.actors[key].type == "State"
    return modifier.dep_ == "poss" or (state and modifier.dep_ == "compound")


def doer(verb: Token, index: ActorIndex) -> list[Token]:
    """Who acts in a participle modifying a noun: the noun, if an actor ("troops
    attacking the town"), else, for a message the clause's object ("issued a statement
    deploring the tests"), the one who issued it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return []
    noun = verb.head
    if index.actor_at(noun):
        return [noun]
    if noun.dep_ != "dobj":
        return []
    return [s for s in subjects(noun.head)[0] if index.actor_at(s)]


def _aimed_at(objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actors that the objects' own prepositional phrases aim at (see :func:`owners_of`);
    through an "of" phrase, its object, that object's owner, or what it aims at; through
    the "in" phrase of an amount, which names what is counted, the actor naming that
    ("300 mln dlrs in Japanese exports to the United States": Japan's) or what it aims
    at ("300 mln dlrs in aid for Honduras"), but not the phrase's own actor, which is
    where the things counted are ("20 tanks in Iran")."""
    found: list[Token] = []
    for obj in objects:
        for prep in children(obj, "prep"):
            nested = children(prep, "pobj")
            if prep.lower_ in OBJECT_TARGET_PREPS:
                found += phrase_actors([obj], {prep.lower_}, index)
            elif prep.lower_ == "of" and not found:  # "the removal of X", "part of a plan for X"
                found += actors_or_namers(nested, index)
                found = found or _aimed_at(nested, index)
            elif prep.lower_ == "in" and not found and _counted(obj):
                found = named_by(nested, index) or _aimed_at(nested, index)
    return found


def _counted(noun: Token) -> bool:
    """Whether a number counts the noun: "300 mln dlrs", "20 tanks"."""
    return any(c.like_num for c in children(noun, "nummod", "quantmod"))


def clause_subjects(verb: Token, objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actor a verb's "that" clause is about, the clause's subject or its owner:
    "demanded that Hamas renounce violence", "a demand that Israel ease restrictions",
    "warned that Iran would pay", "demanded that its EC partners refuse", "alleged that
    Iranian troops had used gas" (a participle in a perfect tense; a passive one tells
    what was done to its subject, and a bare one modifies the noun, so a passive clause
    is about the doer its "by" phrase names: "charged that the election was rigged by
    the government"). A clause of speech
    ("said"), reported under the verb, is excluded by the trigger vocabulary; so is a
    question, which is about no one ("declined to say whether the United States would
    act", "how", "what"). An infinitive the parser gave a subject of its own is such a
    clause: "appealed to donor governments to reconsider", parsed as "governments to
    reconsider", asks the governments. Where the clause's subject is the verb's own, it
    is whom the clause's act is aimed at (:func:`own_act_aimed_at`)."""
    clauses = [
        c
        for holder in (verb, *objects)
        for c in children(holder, "ccomp", "acl", "xcomp")
        if (c.dep_ != "xcomp" or children(c, "nsubj"))
        and c.pos_ in {"VERB", "AUX"}
        and not _asks(c)
    ]
    said = [
        s
        for c in clauses
        for s in (
            [d for a in children(c, "agent") for d in children(a, "pobj")]
            if children(c, "auxpass")
            else children(c, "nsubj", "nsubjpass")
            if c.tag_ != "VBN" or any(a.lemma_ == "have" for a in children(c, "aux"))
            else []
        )
    ]
    found = [s for s in said if index.actor_at(s)]
    if found and {index.actor_at(s) for s in found} <= _own_keys(verb, index):
        return own_act_aimed_at(verb, index) or found
    return found or named_by(said, index)


def _own_keys(verb: Token, index: ActorIndex) -> set[str]:
    return {key for s in subjects(verb)[0] if (key := index.actor_at(s)) is not None}


def own_act_aimed_at(verb: Token, index: ActorIndex) -> list[Token]:
    """Whom the act is aimed at that a verb's "that" clause states as its subject's own,
    by the clause's "against", "on" or "at" phrase: "Israel warned that it would act
    with full force against Hezbollah" (the clause's subject is the warner's own)."""
    own = _own_keys(verb, index)
    return [
        p
        for c in children(verb, "ccomp")
        if own and {index.actor_at(s) for s in subjects(c)[0]} == own
        for prep in c.subtree
        if prep.dep_ == "prep" and prep.lower_ in AIMING_PREPS and _in_clause(prep, c)
        for p in children(prep, "pobj")
        if index.actor_at(p) and index.actor_at(p) not in own
    ]


def _in_clause(token: Token, clause: Token) -> bool:
    """Whether no verb stands between a token and the verb of the clause above it ("act
    with full force against Hezbollah": the phrase is the act's)."""
    while token != clause:
        token = token.head
        if token != clause and token.pos_ in {"VERB", "AUX"}:
            return False
    return True


# Words opening a clause that asks rather than states: "whether", "if", and wh-words.
QUESTION_WORDS = frozenset({"whether", "if"})
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def _asks(clause: Token) -> bool:
    """Whether a complement clause is an indirect question ("whether Iran would act", "how
    the United States will respond", "what the response would be")."""
    opening = [c for c in children(clause) if c.i < clause.i]
    return any(
        c.lower_ in QUESTION_WORDS
        or c.tag_ in WH_TAGS
        or any(w.tag_ in WH_TAGS for w in children(c))
        for c in opening
    )


def converse_sources(verb: Token, index: ActorIndex) -> list[Token]:
    """Who acts on the subject of a verb coded in the converse (``[:071]``, see
    :func:`kg.extract.triggers.lexicon_match`), as PETRARCH2 reads it: the actor of a
    "by" or "from" phrase of the verb or its object ("received a loan from Japan"), or
    the owner of an act noun in such a phrase or an "in" phrase ("died in the rebels'
    assault"); a place or country the "in" phrase names is where, not who ("died in
    Iraq")."""
    phrases = [c for h in (verb, *objects_of(verb)) for c in children(h, "prep", "agent")]
    nouns = [
        p
        for c in phrases
        if c.lower_ in {"by", "from", "in"}
        for p in children(c, "pobj")
        if c.lower_ != "in" or not p._.place_word  # "died in an army hospital": where
    ]
    named = [t for t in nouns if index.actor_at(t) and t.head.lower_ in {"by", "from"}]
    return expand(named) or named_by(nouns, index)


def objects_of(verb: Token) -> list[Token]:
    """A verb's objects: its direct object and its dative, the object of the preposition
    where the parser labels a "to" phrase the dative ("sent aid to Iraq")."""
    return [
        o
        for c in children(verb, "dobj", "dative")
        for o in (children(c, "pobj") if c.pos_ == "ADP" else [c])
    ]


def small_clause_subjects(verb: Token) -> list[Token]:
    """The subject of a verbless complement ("held the kidnappers responsible", "declared
    the party illegal"): the parser makes the adjective or noun a clause of its own with
    the verb's object as its subject, which is still whom the act is aimed at. Not
    where the adjective has a clause of its own, which the subject only stands for
    ("made it difficult to blame Iran")."""
    return [
        s
        for c in children(verb, "ccomp", "xcomp", "oprd")
        if c.pos_ in {"ADJ", "NOUN"}
        and not children(c, "aux", "auxpass", "cop", "mark", "ccomp", "xcomp", "advcl")
        for s in children(c, "nsubj")
    ]


def target_candidates(
    verb: Token,
    target_prep: Token | None,
    used: frozenset[int],
    index: ActorIndex,
    answers_a_claim: bool = False,
    material: bool = False,
) -> list[Token]:
    """Target candidates: the actors among the trigger preposition's object or the direct
    objects, else, for a ``material`` act, what an object that is the doer's own aims at
    (:func:`_own_aimed_at`), else their owners, else an actor-valued prepositional object
    of the verb ("demanded an apology from Japan"). When the trigger has a preposition of its own,
    the verb's other phrases could name anything ("withdrew from the town to Syria"), so
    only a "from" phrase counts, as an owner the parser attached to the verb
    ("called for independence from Spain"), a "with" phrase, whom the act is shared
    with ("agreed with Peru on a ceasefire"), and a direct object ("warned Iran of
    reprisals"); an infinitive complement that names no target has its verb's partner
    (:func:`_partners`); one that ``answers_a_claim`` (a denial) is aimed at the
    claim's maker, never at whom the claim's clause is about ("denied published reports
    that the Defense Secretary had ordered escorts" answers no one named). The noun of
    an "against", "on" or "at" phrase that is no actor gives the side naming it
    ("retaliate against any American attack"); an instrument's maker ("with French
    missiles") does not. Verbs coordinated before a shared object share
    it ("attacked and destroyed an Iranian platform"). A particle the parser took for a
    preposition (:data:`MISREAD_PARTICLES`) has the verb's object."""
    direct = expand([c for c in objects_of(verb) if c.i not in used])
    if not direct and verb.dep_ != "conj":
        direct = expand([c for j in children(verb, "conj") for c in children(j, "dobj")])
    objects = expand(children(target_prep, "pobj")) if target_prep is not None else direct
    named = [t for t in objects if index.actor_at(t)]
    if named:
        # each of coordinated objects by its own words: "attacked police stations and army
        # barracks", "a supertanker and four Iranian oil sites"
        named += named_by([t for t in objects if not index.actor_at(t)], index)
    actors = (
        sorted(named, key=lambda t: t.i)
        or (expand(_own_aimed_at(verb, objects, index)) if material else [])
        or owners_of(objects, index)
        or _makers_hung_on(verb, objects, index, material)
    )
    if target_prep is not None and not actors:
        actors = [t for t in direct if index.actor_at(t)]  # "warned Iran of reprisals"
    if target_prep is None and not actors:
        # an object the trigger names, or its owner ("expelled Peru's envoy", "withdrew
        # its ambassador from Israel"), but not the doer's own ("its envoy"); a ship is
        # its owner's ("escorted Kuwaiti tankers": Kuwait)
        named = [c for c in objects_of(verb) if c.i in used]
        people = [c for c in named if index.actor_at(c) and c.lemma_.lower() not in VESSELS]
        actors = [
            t
            for t in (people or owners_of(named, index))
            if t.pos_ != "PRON" and not any(p.pos_ == "PRON" for p in children(t, "poss"))
        ]
    if actors and target_prep is None and all(_unsided(t, index) for t in actors):
        actors = _sided_destinations(verb, index) or actors
    if actors:
        return actors
    slipped = _slipped_aims(verb, index)
    if slipped:
        return slipped
    preps = (
        SHARED_PREPS
        if target_prep is not None
        else AIMING_PREPS | SHARED_PREPS | SENT_INTO | {"to"}
    )
    particles = MISREAD_PARTICLES if target_prep is None else frozenset()
    if verb.lemma_.lower() in SETTING_OUT_VERBS:
        preps -= {ORIGIN}
    # each preposition with its objects, coordinated ones too ("appealed to Iran and
    # Iraq"); not of where the act came from ("attacked from Honduras and Costa Rica")
    phrased = [
        (c.lower_, p)
        for c in children(verb, "prep")
        if c.lower_ in preps or (c.lower_ in particles and c.i == verb.i + 1)
        for p in (children(c, "pobj") if c.lower_ == ORIGIN else expand(children(c, "pobj")))
        if p.i not in used
    ]
    # "retaliate against any American attack", "against any attack by Iraq": the side
    # that names or does what is aimed at (not an instrument's maker: "attacked the
    # island with French missiles")
    aimed = [p for prep, p in phrased if prep in AIMING_PREPS]
    named_actors = [(prep, p) for prep, p in phrased if index.actor_at(p)]
    # what the act is aimed at before where it comes from ("fired rockets from Gaza into
    # Israel": at Israel)
    reached = [p for prep, p in named_actors if prep in AIMING_PREPS | SENT_INTO]
    actors = reached or [p for _, p in named_actors] or doers_named(aimed, index)
    # The trigger's own object: "cut ties with X", "denied the Iranian claims"; an owner
    # or a "by" phrase it names before whom its "that" clause is about, as a claim's
    # maker is whom a denial answers ("denied Iranian charges that its warplanes had
    # bombed towns", "denied accusations by Iran that …": Iran), but after it where a
    # pronoun owns it, mostly the doer's own ("reiterated its demand that Peru
    # withdraw": Peru)
    worded = [c for c in children(verb, "dobj") if c.i in used]
    named = [w for w in worded if not any(c.pos_ == "PRON" for c in children(w, "poss"))]
    return actors or expand(
        _aimed_at(worded, index)
        or doers_named(named, index)
        or ([] if answers_a_claim else clause_subjects(verb, [*objects, *worded], index))
        or named_by(worded, index)
        or _partners(verb, index)
    )


def _makers_hung_on(
    verb: Token, objects: list[Token], index: ActorIndex, material: bool
) -> list[Token]:
    """The actors of an active verb's "by" phrase after its object, which the parser hangs
    on the verb where it names the object's maker ("rejected the proposal by Egypt",
    "broke up a rally by several hundred people"): an active verb's doer is its subject.
    Not armed men or their weapons after a ``material`` act's object, its means or
    carrier ("destroyed the bridge by Russian artillery", "received the weapons by
    Russian cargo planes")."""
    if not objects or is_passive(verb):
        return []
    last = max(o.i for o in objects)
    return [
        p
        for c in children(verb, "prep")
        if c.lower_ == "by" and c.i > last
        for p in children(c, "pobj")
        if (key := index.actor_at(p)) and not (material and armed_actor(index.actors[key]))
    ]


def _partners(verb: Token, index: ActorIndex) -> list[Token]:
    """The actors of the "with" phrase of the verb whose infinitive complement ``verb``
    is, where the complement names no target of its own: who agreed, worked or joined
    with another to act acted with it ("agreed with Peru to resume trade talks",
    "worked with Egypt to end the siege")."""
    if verb.dep_ != "xcomp":
        return []
    return [
        p
        for c in children(verb.head, "prep")
        if c.lower_ == "with"
        for p in children(c, "pobj")
        if index.actor_at(p)
    ]


def _slipped_aims(verb: Token, index: ActorIndex) -> list[Token]:
    """The actors of an aiming phrase ("at", "on", "against") the parser hung on the
    object of the verb's "from" phrase, whose own it is: "fired rockets from the Gaza
    Strip at Israel" fires at Israel, from the Strip. Not inside other phrases, whose
    objects it may well aim at ("blamed Iran for attacks on tankers")."""
    return [
        p
        for c in children(verb, "prep")
        if c.lower_ == "from"
        for q in children(c, "pobj")
        for nested in children(q, "prep")
        if nested.lower_ in AIMING_PREPS
        for p in children(nested, "pobj")
        if index.actor_at(p)
    ]


def doers_named(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The side that acts nouns name as their doer: an owner or adjective ("any American
    attack", :func:`named_by`), else a "by" phrase ("any attack by Iraq")."""
    return named_by(nouns, index) or _agents_of(nouns, index)


def handled_by(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The actors that a passive participle on non-actor nouns says handled them: the
    object of its "by" phrase ("rockets fired by Hezbollah hit the base", "a landmine
    left by the group killed two shepherds"). Such a noun doing an act is the means of
    whoever fired, laid or planted it, who did the act by it. A noun that names an act
    (WordNet's first sense, :func:`kg.wordnet.load_nominalisations`) is no means: "an
    attack condemned by Egypt" is not Egypt's."""
    acts = load_nominalisations()
    return expand(
        [
            p
            for noun in nouns
            if not index.actor_at(noun) and noun.lemma_.lower() not in acts
            for verb in children(noun, "acl")
            if verb.tag_ == "VBN"
            for c in children(verb, "agent")
            for p in children(c, "pobj")
            if index.actor_at(p)
        ]
    )


def _agents_of(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The actors of the "by" phrases of nouns: the doers of the acts they name."""
    return expand(
        [
            p
            for noun in nouns
            for c in children(noun, "prep", "agent")
            if c.lower_ == "by"
            for p in children(c, "pobj")
            if index.actor_at(p)
        ]
    )


def _patients_agents(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The actors of the "by" phrases the parser hangs on the actors that acts are done
    to (the objects of their :data:`PATIENT_PREPS` phrases): "the bombing of the embassy
    by Hezbollah" is Hezbollah's. An actor takes no "by" phrase of its own; an act does,
    so one on an act ("the condemnation of the attack by Iraq") is that act's."""
    patients = [
        p
        for noun in nouns
        for c in children(noun, "prep")
        if c.lower_ in PATIENT_PREPS
        for p in children(c, "pobj")
        if index.actor_at(p)
    ]
    return _agents_of(patients, index)


def undergone_in(noun: Token) -> Token | None:
    """The verb of the clause whose subject undergoes an event noun in its "under"
    phrase ("Kuwaiti tankers came under Iranian attack", "the town is under siege"), or
    in the "of" phrase of the target or victim the subject is ("its ships have been
    the target of Iranian attacks", "Kuwait became the victim of a raid")."""
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "under" and prep.head.pos_ in {"VERB", "AUX"}:
        return prep.head
    role = prep.head
    if (
        prep.lower_ == "of"
        and role.lemma_.lower() in UNDERGOER_NOUNS
        and role.dep_ in {"attr", "oprd"}
        and role.head.pos_ in {"VERB", "AUX"}
    ):
        return role.head
    return None


# Nouns a clause's subject is, as what an act in their "of" phrase befalls.
UNDERGOER_NOUNS = frozenset({"target", "victim"})


def _undergone_from(noun: Token, index: ActorIndex) -> list[Token]:
    """The actors of the "from" phrase of an act undergone ("came under attack from
    Iranian gunboats", "has come under criticism from Washington"), on the noun or, as
    the parser also hangs it, on the verb the "under" phrase belongs to ("came under
    fire from Iran"): who does the act; the clause's subject undergoes it."""
    clause = undergone_in(noun)
    if clause is None:
        return []
    return expand(
        [
            p
            for holder in (noun, clause)
            for c in children(holder, "prep")
            if c.lower_ == "from" and c.i > noun.i
            for p in children(c, "pobj")
            if index.actor_at(p)
        ]
    )


def arrived_at(verb: Token, own: Set[str], index: ActorIndex) -> list[Token]:
    """The country a journey arrives in, named by an "in" phrase that a ``host``
    locative pattern marks ("arrived in Lima": Peru's government, see
    :mod:`kg.extract.places`): whom an arrival the verb dictionary codes by its block
    alone visits, where nothing else names a target; not the traveller's own country,
    one of ``own`` ("Mubarak arrived in Cairo from Paris" came home)."""
    hosts = destinations(verb)
    return [
        p
        for c in children(verb, "prep")
        if c.lower_ == "in"
        for p in children(c, "pobj")
        if p.i in hosts
        and (key := index.actor_at(p)) is not None
        and index.country_of(key) not in own
    ]


def _unsided(token: Token, index: ActorIndex) -> bool:
    """Whether the actor at ``token`` is an agent of no side ("200 troops": MIL)."""
    key = index.actor_at(token)
    actor = index.actors.get(key or "")
    return actor is not None and actor.code is not None and actor.code == actor.role


def _sided_destinations(verb: Token, index: ActorIndex) -> list[Token]:
    """The actors of a country in the verb's "to" or "against" phrase: "will send 200
    troops to Mali" is aimed at Mali; the troops, of no side the text gives, are what is
    sent, as PETRARCH takes only an actor with a code of its own for a target."""
    return [
        p
        for c in children(verb, "prep")
        if c.lower_ in {"to", "against"}
        for p in children(c, "pobj")
        if (key := index.actor_at(p)) and index.country_of(key)
    ]


def theme_of(verb: Token, match: Match, arguments: set[int]) -> tuple[str, set[str]]:
    """What the event is about: the complements of the trigger that are not its actors,
    as text, and the lemmas of all its complements, actors included (for choosing a more
    specific event class: "expelled two Russian diplomats" names diplomats)."""
    roots: list[Token] = []
    if verb.dep_ == "acl":
        roots.append(verb.head)
    for used in sorted(match.tokens):
        token = verb.doc[used]
        for child in children(token):
            if child.i in match.tokens or child.dep_ in SUBJECT_DEPS | {"nsubjpass"}:
                continue
            if child.dep_ in {
                "dobj",
                "prep",
                "pcomp",
                "xcomp",
                "ccomp",
                "oprd",
                "attr",
                "acomp",
                "pobj",
            }:
                roots.append(child)
    shape = tree(verb.doc)
    words: set[int] = set()
    for root in roots:  # the noun a participle modifies, without the participle's clause
        words.update(shape.subtree_indices(root, {verb.i} if root == verb.head else frozenset()))
    trigger_words = match.tokens - {verb.head.i}  # "hostages held": the noun stays in the theme
    kept = [verb.doc[i] for i in sorted(words - trigger_words)]
    actors = {i for root in roots if root.i in arguments for i in shape.subtree_indices(root)}
    text = words_text([t for t in kept if t.i not in actors])
    return text, {t.lemma_.lower() for t in kept}


def words_text(words: list[Token]) -> str:
    """The text of some of a sentence's words, in order, as written, with a space where
    words left out lay between two ("After meeting Iraqi officials, Shultz flew to
    Cairo": "After meeting Iraqi officials to Cairo", not "officialsto"), stripped of
    clause punctuation at either end."""
    parts: list[str] = []
    for before, word in zip([None, *words], words, strict=False):
        if before is not None and word.i != before.i + 1 and not before.whitespace_:
            parts.append(" ")
        parts.append(word.text_with_ws)
    return "".join(parts).strip(" ,;:")


@dataclass(frozen=True)
class Argument:
    """An event argument: the actor, whether a pronoun named it, and the words used."""

    key: str | None
    pronoun: bool = False
    text: str = ""


NO_ARGUMENT = Argument(None)


NOMINAL_PARTS = frozenset({"compound", "amod", "poss", "nmod", "case", "nummod"})


def surface(token: Token) -> str:
    """The words naming an argument: the head noun with its left modifiers, an "of"
    phrase ("a group of Moroccan diplomats") and, for a named entity, the whole name
    ("Israeli army", "Poland's parliament")."""
    start = token.i
    for child in lefts(token):
        if child.dep_ in NOMINAL_PARTS:
            start = min(start, child.left_edge.i)
    end = token.i + 1
    for child in rights(token):
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == end:
            end = child.right_edge.i + 1
    if token.ent_iob_ in {"B", "I"}:  # widen to the whole entity, from its IOB tags
        doc = token.doc
        first = token.i
        while doc[first].ent_iob_ == "I" and first > 0:
            first -= 1
        last = token.i + 1
        while last < len(doc) and doc[last].ent_iob_ == "I":
            last += 1
        start, end = min(start, first), last
    return token.doc[start:end].text


def actor_arguments(
    tokens: list[Token], index: ActorIndex, rebound: Mapping[int, int] | None = None
) -> list[Argument]:
    """The actors among the tokens; a pronoun is named by its antecedent's words, or by
    those of the antecedent ``rebound`` gives it for this act; a pair noun ("the two
    countries") is both actors it takes up."""
    rebound = rebound or {}
    found = [
        Argument(
            index.by_token[rebound[t.i]] if t.i in rebound else index.actor_at(t),
            t.i in rebound or t.i in index.pronouns,
            surface(t.doc[rebound.get(t.i, index.pronouns.get(t.i, t.i))]),
        )
        for t in tokens
        if index.actor_at(t) and t.i not in index.pairs
    ]
    paired = [Argument(key, True, surface(t)) for t in tokens for key in index.pairs.get(t.i, ())]
    return found + paired or [NO_ARGUMENT]


def nominal_agents(
    noun: Token, index: ActorIndex, verbal: bool, own_preps: Set[str] = frozenset()
) -> list[Token]:
    """Who acts in an event noun outside a light verb: the object of its "by" phrase ("the
    bombing of the port by Iraq"), else an actor naming it ("an Iranian attack", "U.S.
    sanctions", "Syrian air strikes"), else its possessor beside a phrase naming what it
    is done to ("Hamas's release of hostages", "the army's attack on the town",
    "Israel's offensive against Hamas", "Iran's incursion into Iraq") or whom it is
    shared with ("Japan's talks with the United States"), or, for a ``verbal`` act (a
    statement, an appeal, a visit, a threat), whom it is addressed to or about, or what
    it asks for ("Sweden's visit to China", "Iraq's request to the UN", "Peru's
    complaints about Chile", "Peru's call for a ceasefire"), or beside the phrase of a
    preposition its trigger names (``own_preps``: "his return from Moscow"); without
    one the possessor may be the patient: "their release", "Hong Kong's return to
    China"). The parser hangs the "by"
    phrase after an act in the "of" phrase of a noun counting acts (:data:`SERIES_NOUNS`)
    on that noun: "a series of strikes by letter carriers"; and after the actor the act
    is done to, on that actor (:func:`_patients_agents`)."""
    above = noun.head.head
    counted = (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and above.lemma_.lower() in SERIES_NOUNS
    )
    by = (
        _agents_of([noun], index)
        or [t for t in _agents_of([above] if counted else [], index) if t.i > noun.i]
        or _patients_agents([noun], index)
        or _undergone_from(noun, index)
    )
    named = [c for c in children(noun, *OWNER_DEPS) if index.actor_at(c)]
    owners = [c for c in children(noun, "poss") if index.actor_at(c)]
    preps = (PATIENT_PREPS | {"to", "about", "for"} if verbal else PATIENT_PREPS) | own_preps
    if not any(c.lower_ in preps for c in children(noun, "prep")):
        owners = []
    return by or expand(named or owners)
