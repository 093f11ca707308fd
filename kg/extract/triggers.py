"""What makes a word an event: a trigger phrase of the ontology at a verb (its other
words found in the verb's reach of the parse), the verb dictionary's code
(:mod:`kg.extract.lexicon`), or an event noun.

:mod:`kg.extract.events` reads a match's arguments (:mod:`kg.extract.arguments`) and
class and mood (:mod:`kg.extract.classify`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kg.extract.agents import in_agent
from kg.extract.clauses import (
    RELATIVE_PRONOUNS,
    SERIES_NOUNS,
    definite,
    is_passive,
    is_time_phrase,
)
from kg.extract.lexicon import nominal_verb, noun_code
from kg.extract.tree import children
from kg.verbs import EventCode, Pattern
from kg.vocabulary import OF, EventType, Trigger, Vocabulary

__all__ = [
    "ANSWERED_PREPS",
    "INTENT_ROOT",
    "PREPOSITIONS",
    "STATEMENT_ROOT",
    "Match",
    "NounReading",
    "answer_match",
    "dictionary_noun",
    "lexicon_match",
    "match_trigger",
    "noun_triggers",
    "noun_type",
]

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


@dataclass(frozen=True)
class Match:
    """A trigger found at a verb: the tokens it used and the preposition naming the target."""

    event_type: EventType
    tokens: frozenset[int]
    target_prep: Token | None
    converse: bool = False  # the subject is acted on (see :func:`lexicon_match`)
    dyadic: bool = False  # a verb dictionary's default code: an event only with a target
    # a paired code of one act ([046:046]): the target's act on the source, the same
    counterpart: EventType | None = None
    # an act that can only come, stated as intended whatever its tense: an answer to any
    # attack (see :func:`answer_match`), what a journey is for ("flew to Lima for talks")
    to_come: bool = False
    # the verb dictionary pattern that coded it, if one did: its object words are read
    # with the verb ("lodged a protest", LODGE's "- * PROTEST"), see _light_use
    pattern: Pattern | None = None


# A preposition whose phrase names what did not happen: "declined, without comment, to
# hear the appeal" declines no comment.
ABSENCE = frozenset({"without"})


def _reach(verb: Token) -> list[Token]:
    """Tokens a trigger's extra words may be: the verb's dependents, theirs but those of
    a phrase of absence (:data:`ABSENCE`), the acts a noun counting them names in its
    "of" phrase (:data:`~kg.extract.clauses.SERIES_NOUNS`: "adopted a package of
    sanctions"), and for a participle modifying a noun ("hostages held") or a relative
    clause whose object it is (:func:`_object_relativised`), that noun."""
    near = list(children(verb))
    for child in list(near):
        if child.lower_ not in ABSENCE:
            near.extend(children(child))
        if child.lemma_.lower() in SERIES_NOUNS:  # "adopted a package of sanctions"
            near.extend(
                p for of in children(child, "prep") if of.lower_ == OF for p in children(of, "pobj")
            )
    if verb.dep_ == "acl" or _object_relativised(verb):
        near.append(verb.head)
    return near


def _object_relativised(verb: Token) -> bool:
    """Whether the noun a relative clause hangs on is its verb's object: the clause has no
    object of its own and a subject that is no relative pronoun ("an allegation the
    group denies", "charges the government has rejected"; not "officials who denied")."""
    subjects = children(verb, "nsubj")
    return (
        verb.dep_ == "relcl"
        and not children(verb, "dobj")
        and bool(subjects)
        and all(s.lower_ not in RELATIVE_PRONOUNS for s in subjects)
    )


# Determiners by which a noun names whatever act or doer may come: "any attack".
ANY = frozenset({"any", "every"})
# The prepositions by which a verb of answering names the act it answers ("respond to
# the attack", "retaliate for the raid").
ANSWERED_PREPS = frozenset({"to", "for"})
PERFECT = "have"  # the auxiliary of a perfect ("would have responded")


def _to_come(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a clause is stated for the future, by an auxiliary of intent ("will
    respond", the reported "would respond") or as the infinitive of a verb of intent
    ("vowed to retaliate")."""
    auxiliaries = children(verb, "aux")
    if any(c.lemma_.lower() == PERFECT for c in auxiliaries):
        return False  # "would have responded": what did not come
    cues = vocab.intent_cues | vocab.reported_intent_cues
    if any(c.lower_ in cues for c in auxiliaries):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.intent_cues


def answer_match(verb: Token, vocab: Vocabulary) -> tuple[Match, Token] | None:
    """The class a verb of answering codes where what it answers is any hostile act or
    doer to come (``ckg:answerTrigger``, ``ckg:hostileWord``): "would respond to any
    aggressive measure by the United States", "ready to tackle any aggressors", and in
    the passive, "any attack would be met with force"; with the noun answered, whose
    doer is the target. "Would respond to any request" answers
    nothing hostile, and "met the attackers" no act to come. An answer the clause
    states for the future (:func:`_to_come`) to a hostile act the story told, named
    again ("said it would respond to the attack"), is one too: a vow of an answer to a
    blow, whose doer the story gives. Not one to an act of any kind (``ckg:actNoun``):
    "would respond to the new measures" may answer a measure that is no blow."""
    name = vocab.answers.get(verb.lemma_.lower())
    if name is None:
        return None
    hostile = vocab.hostile_words[name]
    answered = [(o, None) for o in children(verb, "dobj", "nsubjpass")] + [
        (o, p) for p in children(verb, "prep") for o in children(p, "pobj")
    ]
    for noun, prep in answered:
        words = {noun.lemma_.lower(), *(c.lemma_.lower() for c in children(noun, "amod"))}
        if not any(c.lower_ in ANY for c in children(noun, "det")):
            named_again = definite(noun)  # "the attack", "this raid": one the story told
            to = prep is not None and prep.lower_ in ANSWERED_PREPS
            if named_again and to and _to_come(verb, vocab) and words & hostile:
                return Match(vocab.event_types[name], frozenset({verb.i}), prep, to_come=True), noun
            continue
        if words & hostile:
            match = Match(vocab.event_types[name], frozenset({verb.i}), prep, to_come=True)
            return match, noun
    return None


def _heads_a_phrase(word: Token) -> bool:
    """Whether a trigger's preposition heads a phrase of its own: a preposition, a passive
    "by", or a particle with an object ("called on Argentine authorities to", which the
    parser may read as the particle of "call" and its object's preposition at once)."""
    return word.dep_ in {"prep", "agent"} or (word.dep_ == "prt" and bool(children(word, "pobj")))


def match_trigger(verb: Token, event_type: EventType, trigger: Trigger) -> Match | None:
    """The trigger's words in the verb's reach, each found word widening the reach to its
    children. Words are taken as soon as they are reachable, in any order, since the parse
    may nest them differently from the phrase ("hold as human shield": "human" hangs off
    "shield"); a preposition heading a phrase of time is none of them ("agreed on
    Wednesday to a truce" is no "agree on"), nor is a word other than a preposition
    that heads a prepositional phrase ("According to monitors, drones struck a village"
    strikes no accord), nor the "according" of "according to" wherever the parser hangs
    it ("struck a hospital, killing two people, according to officials", its "according"
    read as a verb coordinated with "killing")."""
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
                if t.i not in used
                and (t.lemma_.lower() == word or t.lower_ == word)
                and not (word in PREPOSITIONS and is_time_phrase(t))
                and not (t.dep_ == "prep" and t.pos_ != "ADP")
                and t.lower_ != "according"
            ),
            None,
        )
        if hit is None:
            return None
        word, found = hit
        pending.remove(word)
        used.add(found.i)
        if word in PREPOSITIONS and _heads_a_phrase(found):
            target_prep = found
        candidates = candidates + list(children(found))
    if target_prep is not None and any(c.i in used for c in children(target_prep, "pobj")):
        target_prep = None  # "respond with force": the phrase is the trigger's, no target's
    if children(verb, "oprd") and any(o.i in used for o in children(verb, "dobj")):
        return None  # "called the strike a violation" names the strike: calls no strike
    return Match(event_type, frozenset(used), target_prep)


# CAMEO's root for public statements, which a reporting verb makes by reporting.
STATEMENT_ROOT = "01"
INTENT_ROOT = "03"  # CAMEO's expressions of intent to cooperate


# CAMEO 060, engage in material cooperation: the default of the verb dictionary's blocks
# of managing, increasing, establishing and transferring (OVERSEE_MANAGE, BOOST, ENACT,
# GRANT, ...), which names cooperation only where a pattern says what is shared.
MATERIAL_COOPERATION = "060"
# CAMEO's seizure or destruction of property (TAKE, SEIZE, CAPTURE, DESTROY,
# CONFISCATE), and the verb of its block that is also a light verb, which then carries
# the act its object names and seizes nothing (see _light_take).
SEIZURE = "171"
LIGHT_TAKE = "take"


def lexicon_match(
    verb: Token,
    vocab: Vocabulary,
    addressed: bool,
    coded: tuple[EventCode, Pattern | None] | None,
) -> Match | None:
    """The verb dictionary's reading of a verb, as the ontology's class of its code (or
    of the nearest broader code the ontology has). A reporting verb ("said", "warned")
    carries who said what, its clause the event, so it codes none of its own, unless one
    of its block's patterns reads it ("warned of military confrontation", 138), or it is
    ``addressed`` to an actor (its object) and the dictionary codes it as more than a
    statement (CAMEO 01): "warned Iran" is a threat (WARN, 130), "told Iran" no event,
    and "warned of famine" none either. A pattern coding the converse alone (``- *
    LOAN [:071]``, "received a loan") gives a ``converse`` match: the subject is the
    target; so does a verb whose subject the ontology says undergoes its event
    (``ckg:patientSubject``: "villagers died"). A code paired with itself
    (``[046:046]``), an act both parties do, gives the match its ``counterpart``. A
    block's default of material cooperation (:data:`MATERIAL_COOPERATION`) reads
    nothing: "headed the Nigerian team", "increased imports of U.S. goods", "conducted a
    test" cooperate with nobody (the dev sets' 06 events so coded were right once in
    23), while its patterns ("boosted economic links", 0311) and other blocks' own codes
    ("bought wheat", 061) still read. A default seizure of property (171) whose object
    names an act seizes nothing (:func:`_light_take`: "took military action"). A verb
    of saying in the passive with no "by" phrase names no speaker, so its patterns read
    no one's act in what was said ("sanctions against Chile were reported" is no REPORT
    "- * SANCTIONS", 163). ``coded``:
    the verb's :func:`kg.extract.lexicon.lexicon_code`."""
    speech = verb.lemma_.lower() in vocab.speech_lemmas
    if speech and is_passive(verb) and not children(verb, "agent"):
        return None
    if speech and not (
        coded
        and coded[0].event
        and (coded[1] is not None or (addressed and coded[0].event[:2] != STATEMENT_ROOT))
    ):
        return None
    if coded is None or coded[0].null:
        return None
    code = coded[0]
    if coded[1] is None and code.event == MATERIAL_COOPERATION:
        return None  # "headed the team", "increased imports": cooperation with nobody
    if coded[1] is None and children(verb, "oprd") and children(verb, "dobj"):
        return _reproach(verb, vocab)  # "called the raid a provocation": no call, a reproach
    if coded[1] is None and (code.event or "").startswith(SEIZURE) and _light_take(verb, vocab):
        return None  # "took military action": an act is no property to seize
    wanted = code.event or code.converse  # "received a loan": the lender acts on the subject
    event_type = vocab.for_code(wanted) if wanted else None
    if event_type is None:
        return None
    converse = code.event is None or verb.lemma_.lower() in vocab.patient_subjects
    # A pair of one code ([046:046]) is an act both parties do; a pair of two ([042:043],
    # a visit and its hosting) tells of a second act that the text may never state.
    mutual = code.event is not None and code.event == code.converse
    counterpart = event_type if mutual else None
    return Match(
        event_type,
        frozenset({verb.i}),
        None,
        converse,
        dyadic=coded[1] is None,
        counterpart=counterpart,
        pattern=coded[1],
    )


def _reproach(verb: Token, vocab: Vocabulary) -> Match | None:
    """A verb that names its object with a reproach word of the ontology
    (:attr:`~kg.vocabulary.Vocabulary.reproaches`, in its object predicate) codes the
    naming's class, aimed at its object or the object's doer: "called the Chilean raid
    an act of aggression", "called the strike a terrorist attack" (111). Other names
    code nothing of the verb's block: "called the offer a trick" is no telephone call."""
    for name in children(verb, "oprd"):
        for word in name.subtree:
            found = vocab.reproaches.get(word.lemma_.lower())
            if found is not None:
                return Match(vocab.event_types[found], frozenset({verb.i}), None, dyadic=True)
    return None


def _light_take(verb: Token, vocab: Vocabulary) -> bool:
    """Whether the verb is "take" used lightly: without a particle, its direct object
    names an act (an event noun of the ontology, or a noun whose verb a dictionary
    lists, :func:`kg.extract.lexicon.nominal_verb`): "took defensive action", "took a
    decision", "took revenge". Only "take" is so light: what one seizes, confiscates or
    takes over is a thing, however its noun is derived ("seized the state television",
    "took over the crossing"). Nor does "take" seize a thing it carries somewhere, its
    "to" phrase naming where: "the proposals he took to Tehran" (the dictionary's
    patterns still code "- * (TO STREET)", a protest); people, a body or a ship taken
    somewhere may be seized ("took two soldiers to Lebanon", "took the tanker to
    Bandar Abbas": a name or an agent noun of the dictionaries)."""
    if verb.lemma_.lower() != LIGHT_TAKE or children(verb, "prt"):
        return False
    carried = children(verb, "dobj")
    if any(p.lower_ == "to" for p in children(verb, "prep")) and not any(
        o.ent_type_ or o.pos_ != "NOUN" or in_agent(o) for o in carried
    ):
        return True
    return any(
        noun.pos_ == "NOUN" and (nominal_verb(noun) is not None or noun_type(noun, vocab))
        for noun in children(verb, "dobj")
    )


@dataclass(frozen=True)
class NounReading:
    """An event class a noun names: by a trigger of the ontology, with the trigger's
    other words (``rest``), or by the verb dictionary's code for the verb whose act it
    names (``lexicon``); a default code of the dictionary (``dyadic``) makes an event
    only where the text names a target, as at a verb (:func:`lexicon_match`)."""

    event_type: EventType
    rest: tuple[str, ...] = ()
    lexicon: bool = False
    dyadic: bool = False


def noun_triggers(noun: Token, vocab: Vocabulary) -> list[NounReading]:
    """The event classes a noun names, the most specific trigger (of most words) first,
    else in the ontology's order. A multi-word trigger is checked against the noun's
    dependents: its modifiers ("air strike") and its prepositions ("strike on"), or, for
    an object, its verb's after it, where the parser often hangs them ("gave a warning
    to Kuwait": "warning to"). A noun no trigger of the ontology has is read by the
    verb dictionary (:func:`dictionary_noun`); one the ontology names only with other
    words (a "discussion" "with" or "between" parties) is no event without them."""
    if not vocab.by_noun.get(noun.lemma_.lower()):
        reading = dictionary_noun(noun, vocab)
        return [reading] if reading is not None else []
    return _ontology_readings(noun, vocab)


def _ontology_readings(noun: Token, vocab: Vocabulary) -> list[NounReading]:
    """The classes the ontology's noun triggers name at ``noun`` (see
    :func:`noun_triggers`), the most specific first."""
    triggers = vocab.by_noun.get(noun.lemma_.lower(), ())
    if not triggers:
        return []
    phrases = children(noun, "prep")
    if noun.dep_ == "dobj":
        phrases = phrases + [c for c in children(noun.head, "prep", "dative") if c.i > noun.i]
    dependents = [c for c in children(noun) if c.i < noun.i] + [
        c for c in phrases if not is_time_phrase(c)
    ]
    # the noun of its own "of" phrase, what the act is of: "an exchange of fire"
    dependents += [p for c in children(noun, "prep") if c.lower_ == OF for p in children(c, "pobj")]
    modifiers = {w for c in dependents for w in (c.lemma_.lower(), c.lower_)}
    found = [
        NounReading(event_type, trigger.rest)
        for event_type, trigger in triggers
        if all(word in modifiers for word in trigger.rest)
    ]
    return sorted(found, key=lambda reading: -len(reading.rest))


def dictionary_noun(noun: Token, vocab: Vocabulary) -> NounReading | None:
    """The class the verb dictionary codes a noun naming a verb's act with
    (:func:`kg.extract.lexicon.noun_code`: "Syria's call for talks", "the shelling of
    Basra"), kept as at the verb: a noun of a verb of saying ("statement",
    "announcement") names no act of its own, even where its block's patterns read an
    act in its phrase ("a statement on the attack": REPORT's "- * ATTACK"), nor does one
    coded as a statement (CAMEO 01); a code of the converse alone is the verb's passive,
    and a default of material cooperation codes nothing (:func:`lexicon_match`). Nor
    does a default of intent (03): a noun of deciding or watching states no intent
    ("the decision on a response", "the monitoring of shipments"; DECIDE and MONITOR
    code 030), where its verb may ("decided to withdraw")."""
    if nominal_verb(noun) in vocab.speech_lemmas:
        return None
    coded = noun_code(noun)
    if coded is None:
        return None
    code, pattern = coded
    if code.null or not code.event or code.event[:2] == STATEMENT_ROOT:
        return None
    if pattern is None and (code.event == MATERIAL_COOPERATION or code.event[:2] == INTENT_ROOT):
        return None
    event_type = vocab.for_code(code.event)
    if event_type is None:
        return None
    return NounReading(event_type, lexicon=True, dyadic=pattern is None)


def noun_type(noun: Token, vocab: Vocabulary) -> EventType | None:
    """The class of the most specific noun trigger of the ontology that matches
    (:func:`noun_triggers`): the act a subject, a light verb's object or a reported
    object names. The dictionary's readings of nouns are left to the nouns' own events,
    where their target rules apply: "the rebels' campaign of bombings killed 40" is no
    campaign (CAMPAIGN, 100) that killed."""
    types = noun_types(noun, vocab)
    return types[0] if types else None


def noun_types(noun: Token, vocab: Vocabulary) -> list[EventType]:
    """The classes of the most specific noun triggers of the ontology that match (of
    the most words, :func:`noun_triggers`), in the ontology's order: the acts a noun
    may name, between which its doers decide ("strikes" by nurses are walkouts, by
    Israel force)."""
    found = _ontology_readings(noun, vocab)
    return [r.event_type for r in found if len(r.rest) == len(found[0].rest)]
