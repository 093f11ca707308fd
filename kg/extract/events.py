"""Find actor-event-actor relations in parsed sentences.

A verb whose lemma heads one of the ontology's trigger phrases, with the rest of the
phrase hanging off it in the dependency parse, is an event of that class. Its
arguments come from the parse:

* active subject → source, direct object (or its owner: a possessor, a "by" or "from"
  phrase, an actor naming it, the actor its own phrase aims at) → target; else an actor
  in the verb's phrases, else the subject of its "that" clause ("demanded that Hamas
  …"); without one, the target of a purpose clause ("opened fire to disperse
  protesters"); a subject naming an act ("drone attacks killed …") is the event, its
  source an actor among the noun's modifiers;
* passive subject → target, ``by``-agent → source; "hostages held by Hamas" (a
  participle modifying a noun) → the agent acts on that noun;
* a trigger ending in a preposition ("place the blame on") takes its object as target;
* subjects are inherited along coordination ("X said and did"), control ("X urged Y
  to …") and participial clauses, and coordinated or "including" actors fan out;
* events in the infinitival or gerund complement of another verb ("to secure", "of
  stalling") are plans or themes, not events, unless the governing verb is aspectual
  ("continues to advocate") or a negation cue ("refused to release").

Attribution and modality come from :mod:`kg.extract.attribution`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg.extract.actors import ActorIndex
from kg.extract.attribution import modality_of, speaker_of, speech_head
from kg.extract.clauses import CLAUSE_DEPS, SUBJECT_DEPS, agents, expand, is_passive, subjects
from kg.extract.dates import event_date
from kg.extract.lexicon import lexicon_code
from kg.extract.places import PlaceIndex
from kg.extract.tree import children, lefts, rights, subtree, tree
from kg.records import Event
from kg.vocabulary import EventType, Trigger, Vocabulary

__all__ = ["extract_events"]

PREPOSITIONS = frozenset(
    [
        "on",
        "for",
        "with",
        "to",
        "about",
        "of",
        "against",
        "at",
        "from",
        "in",
        "into",
        "upon",
        "over",
    ]
)
# Verbs that take an event noun as object and mean "do it" ("staged a demonstration").
LIGHT_VERBS = frozenset(
    [
        "hold",
        "stage",
        "launch",
        "begin",
        "continue",
        "conduct",
        "mount",
        "carry",
        "start",
        "complete",
        "open",
        "lodge",
        "issue",
        "make",
        "resume",
        "go",
        "announce",
        "impose",
    ]
)
# Prepositions that introduce the target of a nominal event ("talks with X").
TARGET_PREPS = frozenset(["with", "against", "on", "into", "between", "to", "by"])
# Prepositions by which an object aims at an actor ("relations with X", "aid for X").
OBJECT_TARGET_PREPS = frozenset(["with", "against", "on", "at", "to", "toward", "towards", "for"])
# Modifiers by which an actor names an object ("an Indian proposal", "U.S. aid").
OWNER_DEPS = ("amod", "compound", "nmod")
# Verbs whose infinitival complement happens ("continued to advocate", "decided to allow"),
# or is coded as if it did: CAMEO codes an attempt as the act ("tried to assassinate").
ASPECTUAL = frozenset(
    ["continue", "begin", "start", "keep", "resume", "go", "decide", "manage", "attempt", "try"]
)
BASE_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Match:
    """A trigger found at a verb: the tokens it used and the preposition naming the target."""

    event_type: EventType
    tokens: frozenset[int]
    target_prep: Token | None


def _reach(verb: Token) -> list[Token]:
    """Tokens a trigger's extra words may be: the verb's dependents, theirs, and for a
    participle modifying a noun ("hostages held"), that noun."""
    near = list(children(verb))
    for child in list(near):
        near.extend(children(child))
    if verb.dep_ == "acl":
        near.append(verb.head)
    return near


def match_trigger(verb: Token, event_type: EventType, trigger: Trigger) -> Match | None:
    """The trigger's words in the verb's reach, each found word widening the reach to its
    children. Words are taken as soon as they are reachable, in any order, since the parse
    may nest them differently from the phrase ("hold as human shield": "human" hangs off
    "shield")."""
    used = {verb.i}
    target_prep: Token | None = None
    candidates = _reach(verb)
    pending = list(trigger.rest)
    while pending:
        hit = next(
            (
                (word, t)
                for word in pending
                for t in candidates
                if t.i not in used and (t.lemma_.lower() == word or t.lower_ == word)
            ),
            None,
        )
        if hit is None:
            return None
        word, found = hit
        pending.remove(word)
        used.add(found.i)
        if word in PREPOSITIONS and found.dep_ in {"prep", "agent"}:
            target_prep = found
        candidates = candidates + list(children(found))
    return Match(event_type, frozenset(used), target_prep)


def _is_irrealis(verb: Token, vocab: Vocabulary) -> bool:
    """An infinitival or gerund complement: a plan or a theme, not an event."""
    head = verb.head
    if head.lemma_.lower() in ASPECTUAL | vocab.negation_cues | vocab.speech_lemmas:
        return False
    infinitive = any(c.tag_ == "TO" for c in children(verb, "aux"))
    gerund = verb.dep_ == "pcomp" or (verb.dep_ == "xcomp" and verb.tag_ == "VBG")
    return infinitive or gerund


def _owners(objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actors a non-actor object belongs to or comes from: its possessor ("Iran's
    nuclear sites") or the object of its "by" or "from" phrase ("reforms by the
    government", "independence from Iraq"); else an actor naming it ("an Indian
    proposal", "a U.S. offer", "Iranian oil sites"); else the actor its own phrase aims
    at ("relations with Russia", "further action against Iraq", "aid for Bosnia"),
    through "of" phrases ("part of a program for Bosnia")."""
    owners = [c for obj in objects for c in children(obj, "poss")]
    owners += [
        p
        for obj in objects
        for c in children(obj, "prep")
        if c.lower_ in {"by", "from"}
        for p in children(c, "pobj")
    ]
    found = expand([t for t in owners if index.actor_at(t)]) or _named_by(objects, index)
    return found or expand(_aimed_at(objects, index))


def _named_by(nouns: list[Token], index: ActorIndex) -> list[Token]:
    """The actors that own or name nouns that are no actor themselves: "Revolutionary
    Guards divisions attacked", "Iran's negotiators' proposal"."""
    return expand(
        [c for noun in nouns for c in children(noun, "poss", *OWNER_DEPS) if index.actor_at(c)]
    )


def _doer(verb: Token, index: ActorIndex) -> list[Token]:
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
    """The actors that the objects' own prepositional phrases aim at (see :func:`_owners`);
    through an "of" phrase, its object, that object's owner, or what it aims at."""
    found: list[Token] = []
    for obj in objects:
        for prep in children(obj, "prep"):
            nested = children(prep, "pobj")
            if prep.lower_ in OBJECT_TARGET_PREPS:
                found += [t for t in nested if index.actor_at(t)]
            elif prep.lower_ == "of" and not found:  # "the removal of X", "part of a plan for X"
                found += [t for t in nested if index.actor_at(t)] or _named_by(nested, index)
                found = found or _aimed_at(nested, index)
    return found


def _clause_subjects(verb: Token, objects: list[Token], index: ActorIndex) -> list[Token]:
    """The actor a verb's "that" clause is about, the clause's subject or its owner:
    "demanded that Hamas renounce violence", "a demand that Israel ease restrictions",
    "warned that Iran would pay", "demanded that its EC partners refuse". A clause of
    speech ("said"), reported under the verb, is excluded by the trigger vocabulary."""
    clauses = [
        c
        for holder in (verb, *objects)
        for c in children(holder, "ccomp", "acl")
        if c.pos_ in {"VERB", "AUX"} and c.tag_ != "VBN"
    ]
    said = [s for c in clauses for s in children(c, "nsubj", "nsubjpass")]
    return [s for s in said if index.actor_at(s)] or _named_by(said, index)


def _objects(
    verb: Token, target_prep: Token | None, used: frozenset[int], index: ActorIndex
) -> list[Token]:
    """Target candidates: the actors among the trigger preposition's object or the direct
    objects, else their owners, else an actor-valued prepositional object of the verb
    ("demanded an apology from Japan"). When the trigger has a preposition of its own,
    the verb's other phrases could name anything ("withdrew from the town to Syria"), so
    only a "from" phrase counts, as an owner the parser attached to the verb
    ("called for independence from Spain"), and a direct object ("warned Iran of
    reprisals"). Verbs coordinated before a shared object share it ("attacked and
    destroyed an Iranian platform")."""
    direct = expand([c for c in children(verb, "dobj", "dative") if c.i not in used])
    if not direct and verb.dep_ != "conj":
        direct = expand([c for j in children(verb, "conj") for c in children(j, "dobj")])
    objects = expand(children(target_prep, "pobj")) if target_prep is not None else direct
    actors = [t for t in objects if index.actor_at(t)] or _owners(objects, index)
    if target_prep is not None and not actors:
        actors = [t for t in direct if index.actor_at(t)]  # "warned Iran of reprisals"
    if actors:
        return actors
    preps = {"from"} if target_prep is not None else {"against", "on", "with", "at", "to", "from"}
    actors = [
        p
        for c in children(verb, "prep")
        if c.lower_ in preps
        for p in children(c, "pobj")
        if index.actor_at(p)
    ]
    worded = [c for c in children(verb, "dobj") if c.i in used]  # "cut ties with X"
    return actors or expand(_aimed_at(worded, index) or _clause_subjects(verb, objects, index))


def _theme(verb: Token, match: Match, arguments: set[int]) -> tuple[str, set[str]]:
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
    text = "".join(t.text_with_ws for t in kept if t.i not in actors).strip(" ,;:")
    return text, {t.lemma_.lower() for t in kept}


def _refine(event_type: EventType, lemmas: set[str], vocab: Vocabulary) -> EventType:
    """The most specific subclass whose theme words the theme mentions."""
    for child in vocab.children(event_type.name):
        if child.theme_words & lemmas:
            return _refine(child, lemmas, vocab)
    return event_type


def _negated(verb: Token, vocab: Vocabulary) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in vocab.negation_cues for c in children(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.negation_cues


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


def _arguments(tokens: list[Token], index: ActorIndex) -> list[Argument]:
    """The actors among the tokens; a pronoun is named by its antecedent's words."""
    found = [
        Argument(
            index.actor_at(t),
            t.i in index.pronouns,
            surface(t.doc[index.pronouns[t.i]] if t.i in index.pronouns else t),
        )
        for t in tokens
        if index.actor_at(t)
    ]
    return found or [NO_ARGUMENT]


def _is_intended(verb: Token, vocab: Vocabulary, index: ActorIndex) -> bool:
    """Stated as a future intention: "will release", "is prepared to lift", "plans to visit",
    and in reported speech "said they would boycott" (the reported "will"): the speaker's
    own, not a prediction of another's act ("Iraq said Iran would attack" is Iraq's
    forecast, hypothetical, not Iran's threat)."""
    cues = vocab.intent_cues
    head = speech_head(verb, vocab)
    if head is not None and not _predicts_another(verb, head, index):
        cues = cues | vocab.reported_intent_cues
    for token in (verb, *(t for t in (verb.head,) if verb.dep_ == "conj")):
        if any(c.lower_ in cues for c in children(token, "aux")):
            return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.intent_cues


def _predicts_another(verb: Token, head: Token, index: ActorIndex) -> bool:
    """Whether the reported clause's subject is an actor other than the speaker's: a
    prediction, not the speaker's own "will"."""
    actors = {k for s in subjects(verb)[0] if (k := index.actor_at(s))}
    speakers = {k for s in subjects(head)[0] if (k := index.actor_at(s))}
    return bool(actors and speakers) and not actors & speakers


@dataclass(frozen=True)
class Reading:
    """A trigger match with its arguments: one way of reading a verb as an event."""

    event_type: EventType
    match: Match
    sources: list[Token]
    targets: list[Token]
    theme: str
    penalty: float
    reported: bool = True  # inside reported speech, the event is the speaker's claim


def _purpose_targets(verb: Token, index: ActorIndex, vocab: Vocabulary) -> list[Token]:
    """An act done for a purpose is aimed at the purpose's target: "opened fire to
    disperse the protesters", "demonstrated calling for independence from Iraq",
    "threatened to attack Israel". The purpose is an infinitival or participial clause
    under the verb (not one with a conjunction: "if it leads to …"; nor a participle set
    off by a comma, which tells a result: "fired tear gas, injuring three protesters")."""
    for clause in children(verb, "advcl", "xcomp"):
        if children(clause, "mark"):
            continue
        if clause.tag_ == "VBG":
            if clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ",":
                continue
        elif not any(c.tag_ == "TO" for c in children(clause)):
            continue
        reading = next(_readings(clause, index, vocab), None)
        if reading is not None:
            targets = reading.targets
        else:
            targets = _objects(clause, None, frozenset(), index)
        actors = [t for t in targets if index.actor_at(t)]
        if actors:
            return actors
    return []


def _readings(verb: Token, index: ActorIndex, vocab: Vocabulary) -> Iterator[Reading]:
    """Trigger matches at a verb, best first, with their arguments and theme: the
    ontology's triggers, else the verb dictionary's code (:mod:`kg.extract.lexicon`). A
    class whose trigger needs a theme word ("expel" diplomats) is read only when one is
    there."""
    found = False
    for event_type, trigger in vocab.by_head.get(verb.lemma_.lower(), ()):
        match = match_trigger(verb, event_type, trigger)
        reading = None if match is None else _reading(verb, match, index, vocab, themed=True)
        if reading is not None:
            found = True
            yield reading
    if not found:
        match = _lexicon_match(verb, vocab)
        reading = None if match is None else _reading(verb, match, index, vocab, themed=False)
        if reading is not None:
            yield reading


def _lexicon_match(verb: Token, vocab: Vocabulary) -> Match | None:
    """The verb dictionary's reading of a verb, as the ontology's class of its code (or
    of the nearest broader code the ontology has); none for a reporting verb ("said",
    "stressed"), whose clause is what was said."""
    if verb.lemma_.lower() in vocab.speech_lemmas:
        return None  # a reporting verb carries who said what, not an event of its own
    coded = lexicon_code(verb)
    event_type = vocab.for_code(coded[0].event) if coded and coded[0].event else None
    return Match(event_type, frozenset({verb.i}), None) if event_type else None


def _reading(
    verb: Token, match: Match, index: ActorIndex, vocab: Vocabulary, themed: bool
) -> Reading | None:
    """A match's arguments and theme (see :func:`_readings`); ``themed``: a class with
    theme words needs one of them."""
    event_type = match.event_type
    surface, penalty = subjects(verb)
    passive = is_passive(verb)
    by_agent = agents(verb)
    if verb.dep_ == "acl" and passive:
        sources, targets = by_agent, [verb.head]
    elif passive and (by_agent or match.target_prep is None):
        sources, targets = by_agent, surface
    else:  # active, or an adjectival passive: "Israel is committed to …" is Israel's act
        sources, targets = surface, _objects(verb, match.target_prep, match.tokens, index)
    if not any(index.actor_at(t) for t in targets):
        targets = _purpose_targets(verb, index, vocab) or targets
    arguments = {t.i for t in (*sources, *targets) if index.actor_at(t)}
    theme, lemmas = _theme(verb, match, arguments)
    if themed and event_type.theme_words and not event_type.theme_words & lemmas:
        return None
    act = None if passive else _act_subject(sources, index, vocab)
    if act is not None:  # "drone attacks killed …": the noun names the act
        event_type, sources = act
    elif not any(index.actor_at(t) for t in sources):
        sources = _named_by(sources, index) or _doer(verb, index) or sources
    return Reading(_refine(event_type, lemmas, vocab), match, sources, targets, theme, penalty)


def _obligation(verb: Token, index: ActorIndex, vocab: Vocabulary) -> Reading | None:
    """ "Russia said Sudan must return the helicopter": the speaker demands it of the
    clause's subject. The modal cue and the class it signals come from the ontology."""
    cued = {cue: t for t in vocab.event_types.values() for cue in t.cues}
    modal = next((c for c in children(verb, "aux") if c.lower_ in cued), None)
    head = speech_head(verb, vocab) if modal is not None else None
    if modal is None or head is None:
        return None
    speakers, penalty = subjects(head)
    targets, _ = subjects(verb)
    named = {s.i for s in targets}
    theme = " ".join(t.text for t in subtree(verb) if t.i not in named and not t.is_punct)
    match = Match(cued[modal.lower_], frozenset({modal.i, verb.i}), None)
    return Reading(cued[modal.lower_], match, speakers, targets, theme, penalty, reported=False)


def _act_subject(
    subjects: list[Token], index: ActorIndex, vocab: Vocabulary
) -> tuple[EventType, list[Token]] | None:
    """A subject that names an act rather than an actor ("US drone attacks killed …",
    "a car bombing wounded …") is the event, and the verb only tells its effect: the
    event is of the noun's class, and its source an actor among the noun's modifiers or
    its owners ("attacks by Israel", "rockets from Gaza"; none when the text does not say
    who acted)."""
    if any(index.actor_at(s) for s in subjects):
        return None
    for noun in subjects:
        event_type = _noun_type(noun, vocab) if noun.pos_ == "NOUN" else None
        if event_type is not None:
            modifiers = [t for c in lefts(noun) if c.dep_ in NOMINAL_PARTS for t in subtree(c)]
            agents = [t for t in modifiers if index.actor_at(t)] or _owners([noun], index)
            return event_type, agents
    return None


def _noun_type(noun: Token, vocab: Vocabulary) -> EventType | None:
    """The event class a noun names, its multi-word triggers checked against its modifiers."""
    modifiers = {w for c in lefts(noun) for w in (c.lemma_.lower(), c.lower_)}
    for event_type, trigger in vocab.by_noun.get(noun.lemma_.lower(), ()):
        if all(word in modifiers for word in trigger.rest):
            return event_type
    return None


def _nominal(noun: Token, index: ActorIndex, vocab: Vocabulary) -> tuple[Token, Reading] | None:
    """A noun naming an event, as the object of a light verb ("staged a demonstration",
    whose subject acts) or with its agent named (see :func:`_nominal_agents`), in any
    clause ("in retaliation for an Iranian attack on a Kuwaiti tanker"); its target the
    actor (or owner) of its on/against/with/to phrase, or of its "of" phrase beside a
    "by" phrase. Returns the token that carries tense and attribution, and the reading."""
    event_type = _noun_type(noun, vocab)
    if event_type is None:
        return None
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS:
        if _is_irrealis(verb, vocab) and not _is_intended(verb, vocab, index):
            return None
        anchor = verb
        sources, penalty = subjects(verb)
    else:
        anchor, penalty = noun, 0.1
        sources = _nominal_agents(noun, index)
        if not sources:
            return None
    by_phrase = any(c.lower_ == "by" for c in children(noun, "prep", "agent"))
    preps = (TARGET_PREPS - {"by"}) | ({"of"} if by_phrase else set())
    aimed = [
        p
        for holder in (noun, anchor)
        for c in children(holder, "prep")
        if c.lower_ in preps
        for p in children(c, "pobj")
    ]
    targets = [p for p in aimed if index.actor_at(p)] or _named_by(aimed, index)
    skip = {t.i for s in sources for t in subtree(s)}
    words = [t for t in subtree(noun) if t.i not in skip]
    theme = "".join(t.text_with_ws for t in words).strip(" ,;:")
    refined = _refine(event_type, {t.lemma_.lower() for t in words}, vocab)
    match = Match(event_type, frozenset({anchor.i, noun.i}), None)
    return anchor, Reading(refined, match, sources, targets, theme, penalty)


def _nominal_agents(noun: Token, index: ActorIndex) -> list[Token]:
    """Who acts in an event noun outside a light verb: the object of its "by" phrase ("the
    bombing of the port by Iraq"), else an actor naming it ("an Iranian attack", "U.S.
    sanctions", "Syrian air strikes"), else its possessor beside an explicit object
    ("Hamas's release of hostages"; without an "of" phrase the possessor may be the
    patient: "their release")."""
    by = [
        p
        for c in children(noun, "prep", "agent")
        if c.lower_ == "by"
        for p in children(c, "pobj")
        if index.actor_at(p)
    ]
    named = [c for c in children(noun, *OWNER_DEPS) if index.actor_at(c)]
    owners = [c for c in children(noun, "poss") if index.actor_at(c)]
    if not any(c.lower_ == "of" for c in children(noun, "prep")):
        owners = []
    return expand(by or named or owners)


def events_at(token: Token, sentence: int, index: ActorIndex, vocab: Vocabulary) -> Iterator[Event]:
    """Every event a trigger verb or event noun yields (one per source-target pair)."""
    if token.pos_ == "NOUN":
        nominal = _nominal(token, index, vocab)
        if nominal is not None:
            yield from _coded(*nominal, sentence, index, vocab)
        return
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in CLAUSE_DEPS:
        return
    obligation = _obligation(token, index, vocab)
    if obligation is not None:
        yield from _events(token, sentence, obligation, obligation.event_type, False, index, vocab)
        return
    if _is_irrealis(token, vocab) and not _is_intended(token, vocab, index):
        return
    reading = next(_readings(token, index, vocab), None)
    if reading is not None:
        yield from _coded(token, reading, sentence, index, vocab)


def _coded(
    anchor: Token, reading: Reading, sentence: int, index: ActorIndex, vocab: Vocabulary
) -> Iterator[Event]:
    """The reading's events, recoded by the ontology when stated as an intention ("will
    release" → intent to cooperate) or negated ("will not accept" → reject); an intended
    act with no intent class to recode to keeps its class and is *intended*."""
    event_type = reading.event_type
    # An expression of intent ("will offer") or a threat is itself the statement of a
    # future act, made now; any other act stated for the future is intended.
    stated = _is_intended(anchor, vocab, index)
    intended = stated and not vocab.states_intent(event_type.name)
    if intended:
        recoded = vocab.intent_of(event_type.name)
        event_type, intended = (recoded, False) if recoded else (event_type, True)
    negated = _negated(anchor, vocab)
    negation = vocab.negation_of(event_type.name) if negated else None
    if negation is not None:  # "will not offer": a refusal, made now
        event_type, negated, intended = negation, False, False
    yield from _events(
        anchor, sentence, reading, event_type, negated, index, vocab, intended, stated
    )


def _events(
    verb: Token,
    sentence: int,
    reading: Reading,
    event_type: EventType,
    negated: bool,
    index: ActorIndex,
    vocab: Vocabulary,
    intended: bool = False,
    stated: bool = False,
) -> Iterator[Event]:
    """One event per source-target pair of a reading."""
    said_by = speaker_of(verb, index, vocab) if reading.reported else None
    modality = modality_of(verb, said_by, vocab, intended, stated)
    trigger_text = " ".join(verb.doc[i].text for i in sorted(reading.match.tokens))
    when = event_date(verb, index.coder.date, ahead=modality == "intended")
    for source in _arguments(reading.sources, index):
        for target in _arguments(reading.targets, index):
            if source.key is None and target.key is None:
                continue
            if source.key == target.key:
                target = NO_ARGUMENT
            confidence = BASE_CONFIDENCE - reading.penalty
            confidence -= 0.1 * (source.pronoun + target.pronoun)
            confidence -= 0.3 if source.key is None else 0.0
            yield Event(
                sentence=sentence,
                event_type=event_type.name,
                cameo=event_type.cameo,
                source=source.key,
                target=target.key,
                source_text=source.text,
                target_text=target.text,
                theme=reading.theme,
                said_by=said_by,
                modality=modality,
                negated=negated,
                confidence=round(max(0.05, min(0.99, confidence)), 2),
                trigger=trigger_text,
                event_date=when,
            )


def _best(events: list[Event]) -> list[Event]:
    """One event per sentence, source, CAMEO root and target: the most specific, then the
    most confident; and no copy without a target of an act that has one (two readings
    of one clause, one of which found the target). The event IRI, keyed by sentence,
    source, class and target (see :func:`kg.rdf.event_iri`), is then unique within the
    article."""
    aimed = {(e.sentence, e.source, e.cameo[:2]) for e in events if e.target is not None}
    chosen: dict[tuple[object, ...], Event] = {}
    for event in events:
        if event.target is None and (event.sentence, event.source, event.cameo[:2]) in aimed:
            continue
        key = (event.sentence, event.source, event.cameo[:2], event.target)
        known = chosen.get(key)
        if known is None or (len(event.cameo), event.confidence) > (
            len(known.cameo),
            known.confidence,
        ):
            chosen[key] = event
    return sorted(
        chosen.values(), key=lambda e: (e.sentence, e.cameo, e.source or "", e.target or "")
    )


def extract_events(
    doc: Doc,
    index: ActorIndex,
    sentence_of: dict[int, int],
    vocab: Vocabulary,
    places: PlaceIndex | None = None,
) -> list[Event]:
    """All events of a parsed article, one per (sentence, source, CAMEO root, target),
    each with where it happened where the clause says (see :mod:`kg.extract.places`)."""
    found = [
        replace(event, location=places.location_near(token) if places else None)
        for token in doc
        if token.i in sentence_of
        for event in events_at(token, sentence_of[token.i], index, vocab)
    ]
    return _best(found)
