"""Find actor-event-actor relations in parsed sentences.

A verb whose lemma heads one of the ontology's trigger phrases, with the rest of the
phrase hanging off it in the dependency parse, is an event of that class. Its
arguments come from the parse:

* active subject → source, direct object (or its owner: a possessor, a "by" or "from"
  phrase, an actor naming it, the actor its own phrase aims at) → target; else an actor
  in the verb's phrases, else the subject of its "that" clause ("demanded that Hamas
  …"); without one, the target of a purpose clause ("opened fire to disperse
  protesters"), the doer of the act it answers ("in retaliation for …") or the party
  its condition names ("threatened to … unless Jordan …"); the source's own agents
  ("withdrew its troops") are not its target; a subject naming an act ("drone attacks
  killed …") is the event, its source an actor among the noun's modifiers;
* passive subject (or, when it is no actor, its owner: "Turkish ships were attacked")
  → target, ``by``-agent → source; "hostages held by Hamas" (a participle modifying a
  noun) → the agent acts on that noun; a participle opening the sentence is passive;
* a trigger ending in a preposition ("place the blame on") takes its object as target;
* subjects are inherited along coordination ("X said and did"), control ("X urged Y
  to …") and participial clauses, and coordinated or "including" actors fan out;
* events in the infinitival or gerund complement of another verb ("to secure", "of
  stalling") are plans or themes, not events, unless the governing verb is aspectual
  and itself real ("continues to advocate") or a negation cue ("refused to release");
  nor are a present-tense condition ("if the US imposes sanctions"), a "whether"
  question, or what a denial denies ("denied that it mined the Gulf": 016 alone);
* a verbal act (QuadClass 1 or 3: a statement, appeal, consultation, demand, threat)
  or an act of cooperation (QuadClass 2: aid, a concession) needs a source the text
  names, and only material conflict is coded without its doer ("the tanker was hit",
  "an attack on the tanker was reported"); a verb dictionary's default code needs a
  target (an act of force may take one from the article first), as PETRARCH drops
  unresolved actors; an appeal that asks nothing of another ("who asked not to be named") and an
  event noun with "any" or "no" ("any attack") are none.

Each decision has its module: :mod:`kg.extract.triggers` what makes a word an event,
:mod:`kg.extract.arguments` who acts on whom and what about, :mod:`kg.extract.classify`
whether and how firmly it is stated and its most specific class, and
:mod:`kg.extract.attribution` who said so; this module puts them together, one reading
a trigger, and recodes intentions and refusals by the ontology.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Set
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kg.extract.actors import (
    ARMED_ROLES,
    PLACED_ROLES,
    ActorIndex,
    armed_actor,
    armed_role,
    placed_victims,
)
from kg.extract.agents import VESSELS, vessel_named
from kg.extract.arguments import (
    NO_ARGUMENT,
    NOMINAL_PARTS,
    OWNER_DEPS,
    TARGET_PREPS,
    THING_PREPS,
    Argument,
    actor_arguments,
    actors_or_namers,
    arrived_at,
    belongs_to,
    clause_subjects,
    converse_sources,
    doer,
    doers_named,
    handled_by,
    named_by,
    nominal_agents,
    objects_of,
    own_act_aimed_at,
    owners_of,
    phrase_actors,
    small_clause_subjects,
    target_candidates,
    theme_of,
    undergone_in,
    words_text,
)
from kg.extract.attribution import (
    THREAT_ROOT,
    conditions,
    is_condition,
    is_modal,
    is_voice,
    modality_of,
    speaker_of,
    speaks_for,
)
from kg.extract.classify import (
    ASKING_ROOTS,
    asks,
    asks_nothing_of_another,
    denied_clause,
    foretold_by,
    intending_speakers,
    intends,
    is_asked,
    is_denied,
    is_direct_question,
    is_intended,
    is_irrealis,
    is_negated,
    purpose_of_a_journey,
    ready_for,
    refine,
    refuses_nothing,
    states_an_amount,
)
from kg.extract.clauses import (
    ANSWERING,
    ASPECTUAL,
    CLAUSE_DEPS,
    SERIES_NOUNS,
    agents,
    compelled,
    definite,
    expand,
    is_passive,
    kept_up,
    reciprocal_pronoun,
    reporters,
    speech_head,
    subjects,
)
from kg.extract.coding import (
    UNARMED,
    is_region_code,
    is_state_role,
    role_codes,
    split_code,
)
from kg.extract.dates import dated_ahead, event_date, scheduled
from kg.extract.holders import RELEASE_ASKED, holders
from kg.extract.items import stories, story_start
from kg.extract.lexicon import (
    lexicon_code,
    pattern_words,
    reads_an_infinitive,
    taken_in_form,
    verb_code,
    written_for,
    written_for_any,
)
from kg.extract.opponents import (
    ANY_ACT,
    CLAIM,
    CONFLICT_QUAD_CLASSES,
    FORCE_CODES,
    MATERIAL_CONFLICT,
    VERBAL_CONFLICT,
    complete_parties,
    side_of,
)
from kg.extract.places import (
    PlaceIndex,
    answered,
    at_home,
    at_the_table,
    in_the_sentence,
    on_the_scene,
)
from kg.extract.tree import children, lefts, subtree, tree, words
from kg.extract.triggers import (
    ANSWERED_PREPS,
    INTENT_ROOT,
    PREPOSITIONS,
    STATEMENT_ROOT,
    Match,
    NounReading,
    answer_match,
    dictionary_noun,
    lexicon_match,
    match_trigger,
    noun_triggers,
    noun_type,
    noun_types,
)
from kg.issues import natural_force_at
from kg.records import Actor, Event
from kg.verbs import Noun, Prep
from kg.vocabulary import EventType, Vocabulary
from kg.wordnet import load_nominalisations

if TYPE_CHECKING:
    from kg.verbs import EventCode, Pattern

__all__ = ["extract_events"]

RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "that", "who" opening a relative clause
# Prepositions of a cause ("died in the floods", "from", "due to", "because of").
CAUSE_PREPS = frozenset({"in", "from", "by", "due", "because", "during"})
# Prepositions of the act a killing was undergone in: see _as_the_act_undergone.
UNDERGONE_IN = frozenset({"in", "during", "by"})

# Verbs that take an event noun as object and mean "do it" ("staged a demonstration",
# "gave a warning", "announced sanctions"), whatever the verb dictionary codes them as
# alone ("gave aid" a transfer, GIVE): see _light_object.
LIGHT_VERBS = frozenset(
    [
        "give",
        "send",
        "deliver",
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
        "keep",
        "fly",
        "voice",
        "express",
        "air",
        "file",
        "level",
        "renew",  # verbs of doing it again: "renewed its call for talks"
        "repeat",
        "reiterate",
        "restate",
        "echo",
    ]
)
# A light verb only of an act done with another: "had talks with Israel" (but "Gaza has
# had an Israeli blockade", "Lebanon has had attacks" undergo theirs).
RECIPROCAL_LIGHT_VERBS = frozenset(["have"])
BASE_CONFIDENCE = 0.9
# The roles of those a state does not command, though they are of its country: people
# who bear no arms, and the opposition (see _commanded).
UNCOMMANDED_ROLES = UNARMED | {"OPP"}
GOVERNMENT_ROLE = "GOV"
MEDIA_ROLE = "MED"
ACTING_BY_GOVERNMENT = frozenset({"State", "InternationalOrganization"})  # see _acting_roles
STATE_NAME_LABELS = frozenset({"GPE", "ORG"})  # the model's labels of a state's own name
COOPERATION_CLASSES = frozenset([1, 2])  # QuadClasses of verbal and material cooperation
APPEAL_ROOT = "02"  # CAMEO's appeals and requests
REJECT_ROOT = "12"  # CAMEO's rejections and refusals
CONSULT_ROOT = "04"  # CAMEO's meetings, visits and talks
# Words of warning, verbs and nouns ("warned Americans", "its warning to Americans"): one
# addressed to the warner's own side advises (see _advice_to_own_side), and the codes of
# what it then is: it tells (a statement), or, telling them not to act, asks them not to
# (an appeal).
WARNING_WORDS = frozenset({"warn", "caution", "warning"})
STATEMENT_CODE = "010"
APPEAL_CODE = "020"
# How the parser hangs what a warning tells on the warning or its light verb.
TOLD_DEPS = ("xcomp", "ccomp", "acl", "advcl")
# CAMEO's shows of force (patrols, alerts, mobilisation), made by a state or armed men
# whether or not the text says at whom: "police and troops patrolled the capital" (the
# verb dictionary's PATROL default, 150, which without this would wait for a target);
# "the party mustered a majority" shows no force (see _shows_force)
POSTURE_ROOT = "15"
# Codes of acts that dispose of the doer's own forces: a show of force posts them, a
# de-escalation of military engagement, done or intended, withdraws them ("agreed to
# disengage troops"); the forces are no target (see _reading).
OWN_FORCES_CODES = (POSTURE_ROOT, "087", "0356")
RECIPROCAL_PREPS = frozenset({"with", "against"})  # "clashed with each other"
TOPIC_PREPS = frozenset({"on", "over", "about"})  # "talks on Cyprus": see _parties
VENUE_PREPS = frozenset({"at"})  # "signed the accord at the White House": see _parties
# Prepositions of an adverbial phrase whose event noun the clause's subject took part in:
# "after a meeting with the minister", "in talks with Peru" (not "protested against a
# visit to Taiwan", "criticized him for a visit to Libya": another's act); a journey's
# "for" phrase too ("flew to Lima for talks with Peru").
PARTY_CLAUSE_PREPS = frozenset(
    {"after", "before", "during", "following", "since", "in", "at", "on", "upon"}
)
# CAMEO's material conflict done at a place (protest, force posture, coercion, assault,
# fighting, mass violence), not reduced relations (16: cut ties, sanctions): on_the_scene
ON_THE_GROUND_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# CAMEO's violence (assault, fighting, mass violence): an act of it is reported without
# its doer ("an attack on a tanker was reported"), see _nominal
VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# CAMEO's yielding (08): easing, lifting or ending what was imposed or done (081 easing
# restrictions, 085 sanctions, 0872 a blockade, 087 de-escalation), see _undone
YIELD_ROOT = "08"
# CAMEO's codes of the harm done to people (unconventional violence, physical assault,
# killing by it), which an act of force or mass violence told in the same sentence
# causes: "Israeli strikes that killed four people" are one act, the strikes (see
# _best); not an abduction (181), a suicide bombing (183) or an assassination (185),
# acts of their own.
HARM_CODES = frozenset({"18", "180", "182", "1823"})
FORCE_ROOTS = frozenset({"19", "20"})
TOLL_SENTENCES = 2  # how far after an act a story tells its toll (see _tolls_dropped)
VIOLENT_REPRESSION = "175"  # CAMEO's violent repression ("fired tear gas and live rounds")
FIGHT_ROOT, MASS_VIOLENCE_ROOT = "19", "20"
BOMBING = "183"  # CAMEO's suicide, car or other non-military bombing (see _best)
MEDIATION = "045"  # CAMEO's mediation, aimed at the parties mediated between
# CAMEO's accusation (112), which a speaker makes of another by a blame predicate ("said
# Iran was behind the attack"); said of itself, it claims responsibility (015, CLAIM):
# see _owned_up.
ACCUSATION = "112"
# CAMEO's acts done at a table (consulting, visiting, hosting, meeting elsewhere,
# mediating, negotiating; signing an agreement), not calls (041): see at_the_table
AT_THE_TABLE_CODES = frozenset({"04", "040", "042", "043", "044", "045", "046", "057"})
NESTED_TARGET_PREPS = frozenset({"against", "on"})  # see _nominal, _answered_actors
# Determiners of a noun that names again what the text has told ("rejected the offer"):
# see _maker_of_what_is_named_again
NAMED_AGAIN = frozenset({"the", "this", "that"})
# Verbs of bringing an act about, whose infinitive seeks the act rather than presumes
# it ("efforts to obtain a ceasefire between them"): see _unreported.
BRINGING_ABOUT = frozenset(
    {"obtain", "arrange", "secure", "broker", "achieve", "reach", "negotiate", "win", "seek"}
    | {"host", "convene", "sponsor"}  # a meeting of others: "willing to host talks"
)
# Determiners of an event noun that name no act that happened: "any attack will be
# answered", "no attack took place".
UNREAL_DETERMINERS = frozenset({"any", "no"})
# Determiners of an event noun that point back to an act the story has told, where it
# was coded: "what happened at those meetings", "this attack was the third".
ANAPHORIC_DETERMINERS = frozenset({"this", "that", "these", "those"})
# Verbs whose object act has not happened but is awaited or to be kept from happening
# ("to expect further Iranian attacks", "to prevent attacks on shipping"), and verbs
# whose "from" or "against" phrase names an act guarded against ("to protect its oil
# exports from Iraqi air attacks"): see _forestalled.
AWAITING = frozenset(
    {"expect", "fear", "anticipate", "await", "prevent", "avoid", "avert", "deter", "forestall"}
)
GUARDING = frozenset({"protect", "shield", "guard", "safeguard", "insulate"})
# Prepositions naming who does what a clause's subject undergoes ("punishment by
# Baghdad", "retaliation from Hezbollah").
AGENT_PREPS = frozenset({"by", "from"})


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
    lemmas: frozenset[str] = frozenset()  # the theme's, which refine a recoded class too
    # target pronoun → the antecedent it stands for in this act (see _owned_by_another)
    rebound: Mapping[int, int] = field(default_factory=dict)
    mutual: bool = False  # done to "each other": each source's target is the others


def _mediated_parties(
    verb: Token, event_type: EventType, sources: list[Token], index: ActorIndex
) -> list[Token]:
    """A mediation (:data:`MEDIATION`) is aimed at the parties it mediates between: those
    of its own "between" phrase ("offered to mediate between Peru and Bolivia"), of its
    object's ("mediated talks between Israel and Hamas") or of a noun of its phrases'
    ("would act as a mediator between Petrobras and the unions", "mediate in the
    dispute between Peru and Bolivia"), or, for a participle on a noun, the subjects of
    the clause the noun is in ("Israel and Hamas agreed to a truce brokered by Qatar",
    "agreed on a ceasefire after talks mediated by the African Union")."""
    if not event_type.cameo.startswith(MEDIATION):
        return []
    own = {index.actor_at(s) for s in sources}
    phrased = [
        p for c in children(verb, "prep") if c.lower_ != "between" for p in children(c, "pobj")
    ]
    nouns = [verb, *objects_of(verb), *phrased, *([verb.head] if verb.dep_ == "acl" else [])]
    parties = [
        p
        for noun in nouns
        for c in children(noun, "prep")
        if c.lower_ == "between"
        for p in children(c, "pobj")
    ]
    if not parties and verb.dep_ == "acl":
        clause = verb.head
        while clause.pos_ not in {"VERB", "AUX"} and clause.head != clause:
            clause = clause.head
        parties = subjects(clause)[0]
    return [p for p in expand(parties) if index.actor_at(p) not in own | {None}]


# CAMEO's roots of support and help given (diplomatic and material cooperation, aid): a
# hostile act's purpose of these names whom it helps, not whom it is aimed at. Not a
# meeting (04), whose verbs the dictionary shares with confrontation ("to confront").
HELPING_ROOTS = frozenset({"05", "06", "07"})


def _purpose_targets(
    verb: Token, event_type: EventType, sources: list[Token], index: ActorIndex, vocab: Vocabulary
) -> list[Token]:
    """An act done for a purpose is aimed at the purpose's target: "opened fire to
    disperse the protesters", "demonstrated calling for independence from Iraq",
    "threatened to attack Israel", "vowed to keep fighting the army" (through the
    verb that keeps the act up), as is an act a noun names ("a hunger strike to protest
    against the government", "continued their strike to demand the minister's
    resignation"). The purpose is an infinitival or participial clause under the verb or
    the noun (not one with a conjunction: "if it leads to …"; nor a participle set off by
    a comma, which tells a result: "fired tear gas, injuring three protesters"). The
    act's own source is no target of it ("threatened to close its border"). An act
    done together is done with the partner the purpose names by "with" ("left for
    Washington to complete negotiations with the IMF"), not with what it is about ("met
    to discuss aid to Sudan", "held talks to end the fighting between India and the
    rebels", "held talks to restore relations with Chile"); a fight, with whom its
    purpose names ("rebels fighting to topple the government"). A hostile act done to
    help or support someone is not aimed at them ("an attack to support the militia",
    "a crackdown to protect the tourists": a purpose of cooperation, :data:`HELPING_ROOTS`)."""
    own = {index.actor_at(s) for s in sources}
    together = vocab.is_reciprocal(event_type.name) and event_type.root not in VIOLENCE_ROOTS
    hostile = vocab.quad_class_of(event_type.name) in CONFLICT_QUAD_CLASSES
    for clause in children(verb, "advcl", "xcomp", "acl", "relcl"):
        if children(clause, "mark"):
            continue
        if clause.tag_ == "VBG":
            if clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ",":
                continue
        elif not any(c.tag_ == "TO" for c in children(clause)):
            continue
        clause = next(iter(kept_up(clause)), clause)  # "vowed to keep fighting the army"
        reading = next(_readings(clause, index, vocab), None)
        if reading is not None:
            helping = reading.event_type.root in HELPING_ROOTS
            targets = [] if hostile and helping else reading.targets
        else:
            targets = target_candidates(clause, None, frozenset(), index)
        actors = [
            t
            for t in targets
            if index.actor_at(t) not in own | {None} and (not together or _partner(t, vocab))
        ]
        if actors:
            return actors
    return []


def _partner(token: Token, vocab: Vocabulary) -> bool:
    """Whether a noun is the object of a "with" phrase, itself or as a conjunct, of a
    verb or of a noun of an act done together ("negotiate with Iraq and Iran",
    "negotiations with the IMF"; not "relations with Chile")."""
    while token.dep_ == "conj":
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "with":
        return False
    holder = prep.head
    return holder.pos_ in {"VERB", "AUX"} or any(
        vocab.is_reciprocal(n.event_type.name) for n in noun_triggers(holder, vocab)
    )


# A matched noun's phrases that name whom its act is with or aimed at; "on" and "about"
# name a topic ("arrived for talks on Afghanistan").
PARTNER_PREPS = frozenset({"with", "to", "against", "between"})


def _of_the_matched_nouns(
    verb: Token, match: Match, sources: list[Token], index: ActorIndex
) -> list[Token]:
    """A verb dictionary pattern that matched a noun of the verb's phrase (ARRIVE's "- *
    (FOR TALKS)") or its object (EXPRESS's "- * DISSATISFACTION") aims the act at whom
    that noun's own target phrase names: "arrived in Tokyo for talks with Japanese
    leaders" are talks with Japan's government, as "talks with" them are; "expressed
    dissatisfaction with the U.S. decision" disapproves of the United States, the
    owner of what the phrase names."""
    if match.pattern is None:
        return []
    own = {index.actor_at(s) for s in sources}
    preps = {
        word.lower()
        for element in match.pattern.elements
        if isinstance(element, Prep)
        for word in element.prepositions
    }
    words = pattern_words(verb, match.pattern)
    nouns = [
        noun
        for c in children(verb, "prep")
        if c.lower_ in preps
        for noun in children(c, "pobj")
        if noun.pos_ == "NOUN"
    ] + [o for o in children(verb, "dobj") if o.i in words and o.pos_ == "NOUN"]
    named = [
        p
        for noun in nouns
        for c in children(noun, "prep")
        if c.lower_ in PARTNER_PREPS
        for p in children(c, "pobj")
    ]
    actors = [p for p in expand(named) if index.actor_at(p)] or owners_of(named, index)
    return [p for p in actors if index.actor_at(p) not in own | {None}]


# Nouns of answering another's act: "in retaliation for", "in response to", "in reprisal
# for".
ANSWERS = frozenset({"retaliation", "response", "reprisal"})
# Dependents of a phrase that are not the thing it names: a clause with a subject of its
# own (another act), an apposition, a conjunct, a subject.
OTHER_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "appos", "conj", "nsubj", "nsubjpass"})


def _phrase_words(words: list[Token], preps: Set[str]) -> set[int]:
    """Positions of the words of the phrases that ``preps`` head under ``words``."""
    phrases = [p for w in words for p in children(w, "prep") if p.lower_ in preps]
    return {t.i for p in phrases for t in subtree(p)}


def _answered_actors(
    holders: Iterable[Token], sources: list[Token], index: ActorIndex, answering: Set[str]
) -> list[Token]:
    """An act done in answer to another's act is aimed at that act's doer: "imposed
    sanctions in retaliation for Japan's failure to honour the pact", "shelled the town
    in response to rebel attacks", and, by a verb of answering (``answering``, the
    ontology's ``ckg:answerTrigger`` lemmas) with a "for" or "to" phrase, "Israel
    retaliated for the Hamas attack", "responded to Iraqi shelling". The first actor
    named in the answered act, other than the act's own source ("for what he called
    Japan's failure") and those it was aimed at ("in response to a missile strike on the
    American-registered tanker": the victim; "an attack on Kuwait by Iran": Iran);
    ``holders`` are the words the phrase may hang on (the verb or event noun, and its
    object)."""
    own = {index.actor_at(s) for s in sources}
    ties: list[Token] = []  # the phrases naming the answered act
    for holder in holders:
        for prep in children(holder, "prep"):
            if prep.lower_ == "in":
                ties += [
                    tie
                    for answer in children(prep, "pobj")
                    if answer.lemma_.lower() in ANSWERS
                    for tie in children(answer, "prep")
                ]
            elif prep.lower_ in ANSWERED_PREPS and holder.lemma_.lower() in answering:
                ties.append(prep)
    for tie in ties:
        phrase = subtree(tie)
        # the "by" phrase the parser hangs inside one still names the doer
        aimed = _phrase_words(phrase, NESTED_TARGET_PREPS) - _phrase_words(phrase, {"by"})
        named = [t for t in phrase if t.i not in aimed and index.actor_at(t) not in own | {None}]
        if named:
            return named[:1]
    return []


def _maker_of_what_is_named_again(
    verb: Token, sources: list[Token], index: ActorIndex, vocab: Vocabulary
) -> list[Token]:
    """An act on an earlier act that its object names again, with "the", "this" or
    "that", is aimed at the earlier act's doer: "Egypt called for a peace conference.
    Israel rejected the call"; "Chile proposed a peace plan. Peru rejected the plan".
    The subject actor, of another side than the act's own source, of the nearest verb
    before the object that the object's noun names (WordNet's nominalisations: a call,
    an offer, an invitation, a strike), in its story (a digest's other stories tell
    other acts): a report names its lead's act again paragraphs later ("warplanes struck
    Houthi targets … 'they will pay' … Iran condemned the strikes"); or, in its sentence
    or the one before, that has a noun of the same lemma as its object (a thing, not an
    act: "the plan", "the issue", which further back may be another's). A passive's doer
    is its "by" phrase, and one with none tells no doer, so the search goes on before
    it; so it does past an earlier noun of the act whose doer it names
    (:func:`_named_doers`), which is that act's doer ("Chile's offer came … Peru
    rejected the offer"). A bare answer, with a subject but no object or clause of its
    own, coordinated after another's act, answers that act: "Syria offered to host the
    talks, but Iraq refused". A noun of what is stated (``ckg:claimNoun``: "the claims",
    "the allegations", "the charges") names again what the nearest speaker before it
    said, as a verb of saying tells it: "Foulkes told parliament that North had tried
    to buy missiles. Eggar dismissed the claims". An act of the source's own side is
    none it answers: "an Iranian brigade launched the attack" after "an Iranian attack"."""
    own = _sides(sources, index)[0]
    own_sides = {side_of(key, index.actors) for key in own}

    def others(tokens: list[Token]) -> list[Token]:
        return [
            t
            for t in tokens
            if (key := index.actor_at(t)) is not None
            and key not in own
            and side_of(key, index.actors) not in own_sides
        ]

    doc = verb.doc
    bare = not children(verb, "dobj", "xcomp", "ccomp", "prep")
    finite = verb.tag_ != "VBN" or bool(children(verb, "aux"))  # not "and 58 wounded"
    if verb.dep_ == "conj" and bare and finite and children(verb, "nsubj"):
        return expand(others(subjects(verb.head)[0])[:1])
    nominalisations = load_nominalisations()
    for obj in children(verb, "dobj"):
        if index.actor_at(obj) or not any(c.lower_ in NAMED_AGAIN for c in children(obj, "det")):
            continue
        lemma = obj.lemma_.lower()
        acted = lemma in nominalisations  # a noun of an act, not a thing ("the target")
        acts = {lemma, *nominalisations.get(lemma, ())}
        if lemma in vocab.claim_nouns:
            acts |= vocab.speech_lemmas
        sentence = verb.sent
        near = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        for earlier in reversed(doc[story_start(doc, obj.i) : obj.i]):
            if earlier.i == verb.i:
                continue
            told = acted and earlier.pos_ == "NOUN" and earlier.lemma_.lower() in acts
            makers = others(_named_doers(earlier, index)) if told else []
            if makers:  # "Chile's offer came … Peru rejected the offer"
                return expand(makers[:1])
            if earlier.pos_ != "VERB":
                continue
            if earlier.lemma_.lower() in acts or (
                earlier.i >= near
                and any(o.lemma_.lower() == lemma for o in children(earlier, "dobj"))
            ):
                passive = is_passive(earlier)
                doers = agents(earlier) if passive else subjects(earlier)[0]
                if passive and not any(index.actor_at(d) for d in doers):
                    continue  # "the missiles, launched from the Wonsan area": no doer told
                return expand(others(doers)[:1])
    return []


def _named_doers(noun: Token, index: ActorIndex) -> list[Token]:
    """The actors a noun of an act names as its doers: its possessor ("Chile's offer")
    and the actors of its adjectives ("the U.S.-led attack", "an Iranian attack"); not
    its compounds, which name where or what it struck ("the Kyiv strike", "the embassy
    attack")."""
    modifiers = [t for a in children(noun, "amod") for t in subtree(a)]
    return [t for t in (*children(noun, "poss"), *modifiers) if index.actor_at(t)]


def _side_of_what_is_acted_on(verb: Token, sources: list[Token], index: ActorIndex) -> list[Token]:
    """An act on a thing whose side a word of its phrase names is aimed at that side:
    "agreed to hold up duties on Japanese semiconductor shipments", "considered the
    request to transfer Kuwaiti ships". The first actor, in reading order, that modifies
    a noun of the verb's object phrase, its infinitive's phrase or its phrases that
    reach a thing (:data:`kg.extract.arguments.THING_PREPS`, down the phrase too: not
    "with French missiles", "after the Peruvian elections", "in the Peruvian capital"),
    and is a side (:func:`_a_side`). The phrase's dependents of :data:`OTHER_CLAUSES`
    (clauses with subjects of their own, appositions, conjuncts) are other things and
    are not searched. An act whose source the text does not name is aimed at no side."""
    own, sides = _sides(sources, index)
    if not own:
        return []
    heads = [
        *objects_of(verb),
        *children(verb, "xcomp"),
        *(p for c in children(verb, "prep") if c.lower_ in THING_PREPS for p in children(c)),
    ]
    found: list[Token] = []
    for head in heads:
        stack = [head]
        while stack:
            noun = stack.pop()
            for child in children(noun):
                key = index.actor_at(child)
                if child.dep_ in OTHER_CLAUSES or (
                    child.dep_ == "prep" and child.lower_ not in THING_PREPS
                ):
                    continue
                if key is None:
                    stack.append(child)
                elif child.dep_ in {"poss", *OWNER_DEPS} and _a_side(key, own, sides, index):
                    found.append(child)
    return sorted(found, key=lambda t: t.i)[:1]


def _means_of_another(
    verb: Token, event_type: EventType, sources: list[Token], index: ActorIndex, vocab: Vocabulary
) -> list[Token]:
    """Force used on the means another actor handles is aimed at that actor: "shot down
    drones launched by Russia", "intercepted 41 of the missiles fired by Hezbollah"
    (:func:`~kg.extract.arguments.handled_by`), the object's or, where it counts them
    ("41 of", "dozens of"), its "of" phrase's. Only for material conflict: "received arms
    supplied by Iran" is aimed at Iran by its converse, not by this."""
    if vocab.quad_class_of(event_type.name) != MATERIAL_CONFLICT:
        return []
    things = [
        thing
        for obj in objects_of(verb)
        for thing in (
            obj,
            *(p for c in children(obj, "prep") if c.lower_ == "of" for p in children(c, "pobj")),
        )
    ]
    return _not_own(handled_by(things, index), sources, index)


def _a_side(key: str, own: set[str], sides: set[str], index: ActorIndex) -> bool:
    """Whether an actor is a side an act can be aimed at: coded (a country, an agent of
    one, an organisation; not a firm or a name the dictionaries do not know), and
    neither the act's source nor of its country; nor a region, whose adjective tells
    the kind of a thing, not whose it is ("payments on its Latin American debt")."""
    actor = index.actors.get(key)
    if actor is None or not actor.code or actor.code == actor.role:
        return False
    if is_region_code(split_code(actor.code)[0]):
        return False
    return key not in own and index.country_of(key) not in sides


def _addressed_by_condition(
    verb: Token, sources: list[Token], index: ActorIndex, vocab: Vocabulary
) -> list[Token]:
    """A conditional act is addressed to the party whose act the condition names:
    "threatened to close the border unless Jordan expels the militants", "will recall
    its envoy if Sudan refuses". The actors among the subjects of an "if" or "unless"
    clause on the verb or on its complement ("threatened to launch an offensive unless
    Damascus withdrew"), other than the act's own source ("threatened to retaliate if
    it is attacked")."""
    own = {index.actor_at(s) for s in sources}
    for holder in (verb, *children(verb, "xcomp")):
        for clause in conditions(holder, vocab):
            found = [s for s in subjects(clause)[0] if index.actor_at(s) not in own | {None}]
            if found:
                return found
    return []


def _sides(sources: list[Token], index: ActorIndex) -> tuple[set[str], set[str]]:
    """The actors among an act's sources, and the countries they are of."""
    own = {k for k in (index.actor_at(s) for s in sources) if k is not None}
    return own, {c for c in (index.country_of(k) for k in own) if c is not None}


def _unsided_agent(key: str | None, index: ActorIndex) -> bool:
    """Whether an actor is armed men no side was found for, its code its role alone
    ("troops", MIL; not "refugees", whom a show of force may protect)."""
    actor = index.actors.get(key) if key is not None else None
    if actor is None or not actor.code or actor.code != actor.role:
        return False
    return not set(role_codes(actor.code)) & UNARMED


def _advice_to_own_side(
    warning: Token,
    clause: Token,
    event_type: EventType,
    sources: list[Token],
    index: ActorIndex,
    vocab: Vocabulary,
) -> tuple[EventType, list[Token]] | None:
    """A warning (:data:`WARNING_WORDS`; ``clause``, its verb, or the light verb of a
    warning noun) addressed to the warner's own side threatens no one: "Saddam Hussein
    warned his troops to expect further attacks" tells them (a statement, 010), "the
    State Department warned Americans not to travel to Iran", or "renewed its warning
    to Americans not to travel", asks them not to act (an appeal, 020), each aimed at
    whom it addresses (the verb's object, the noun's "to" phrase), of the warner's
    country; "warned Iraq not to attack" stays a threat. None where the warning is no
    such advice."""
    if event_type.root != THREAT_ROOT or warning.lemma_.lower() not in WARNING_WORDS:
        return None
    if warning.pos_ in {"VERB", "AUX"}:
        addressees = children(warning, "dobj")
    else:
        addressees = [  # the parser hangs the phrase on either
            p
            for word in (warning, clause)
            for c in children(word, "prep")
            if c.lower_ == "to"
            for p in children(c, "pobj")
        ]
    _, countries = _sides(sources, index)
    addressed = [o for o in addressees if index.actor_at(o) is not None]
    if not countries or not addressed:
        return None
    if any(index.country_of(index.actor_at(o) or "") not in countries for o in addressed):
        return None
    told = [c for word in {warning, clause} for c in children(word, *TOLD_DEPS)]
    asked_not = any(children(c, "neg") for c in told if c.pos_ in {"VERB", "AUX"})
    advice = vocab.for_code(APPEAL_CODE if asked_not else STATEMENT_CODE)
    return None if advice is None else (advice, addressed)


def _not_own(targets: list[Token], sources: list[Token], index: ActorIndex) -> list[Token]:
    """Targets without the source's own agents, named by its own possessive pronoun:
    "Damascus withdrew its forces", "Egypt recalled its ambassador" move the source's
    own people; whom the act is aimed at is named elsewhere, or not at all. An actor of
    another country stays ("Tehran blamed its enemy Iraq")."""
    own, countries = _sides(sources, index)

    def owned(target: Token) -> bool:
        mine = any(
            p.i in index.pronouns and index.actor_at(p) in own for p in children(target, "poss")
        )
        key = index.actor_at(target)
        return mine and key is not None and index.country_of(key) in countries

    return [t for t in targets if not owned(t)]


def _owned_by_another(
    event_type: EventType,
    targets: list[Token],
    sources: list[Token],
    acts: Iterable[Token],
    index: ActorIndex,
    vocab: Vocabulary,
) -> dict[int, int]:
    """Force is not used on the doer's own things: in "Iran said the United States
    attacked its oil platforms" the platforms are Iran's, though "its" could be the
    United States'. A possessive pronoun owning the thing a material conflict is aimed
    at (and so its target) that was resolved to the act's source stands, for this act,
    for the next actor it could refer to that is of another country, if any ("its own
    villages" are the source's): each such pronoun's position, to that actor's mention.
    The possessor of the act itself is its doer ("launched its attack"), never a
    target."""
    rebound: dict[int, int] = {}
    if vocab.quad_class_of(event_type.name) != MATERIAL_CONFLICT:
        return rebound
    own, countries = _sides(sources, index)
    for target in targets:
        if target.dep_ != "poss" or index.actor_at(target) not in own or target.head in acts:
            continue
        if any(c.lower_ == "own" for c in children(target.head, "amod")):
            continue
        for j in index.others.get(target.i, []):
            key = index.by_token[j]
            country = index.country_of(key)
            if key not in own and country is not None and country not in countries:
                rebound[target.i] = j
                break
    return rebound


def _message_of_another(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a gerund on a message noun tells what a message says that its clause's
    subject does not issue ("vetoed a U.N. resolution condemning Syria", "welcomed a
    statement calling for talks"): the message speaks for its authors, not for one who
    vetoes, welcomes or receives it; one who issues it (``ckg:messageVerb``: "issued a
    statement deploring the raids") speaks by it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "dobj":
        return False
    message = verb.head
    return (
        message.lemma_.lower() in vocab.message_nouns
        and message.head.lemma_.lower() not in vocab.message_verbs
    )


VETO = "129"  # CAMEO's veto
VETO_VERB = "veto"


def _vetoed_content(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a participle tells what a vetoed noun says or does (:func:`_vetoed`)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and _vetoed(verb.head, vocab)


def _vetoed(noun: Token, vocab: Vocabulary) -> bool:
    """Whether the verb a noun is the object of vetoes it: the verb "veto", as the verb
    dictionary names its block and reads the clause (VETO's "- * &SOLUTION", 129):
    what a vetoed resolution, statement, draft or bill says or does was never adopted,
    so no one acts by it ("Britain vetoed a resolution calling for sanctions", "Reagan
    vetoed a bill imposing sanctions", not Reagan's sanctions); a message rejected or
    condemned was adopted, and speaks for its authors ("rejected a U.N. resolution
    condemning Israel"). So does a verb the ontology's triggers read with the noun as a
    veto ("blocked a statement criticising China", ``ckg:CAMEO_129``)."""
    if noun.dep_ != "dobj":
        return False
    lemma = noun.head.lemma_.lower()
    if lemma == VETO_VERB or any(
        event_type.cameo.startswith(VETO) and trigger.rest == (noun.lemma_.lower(),)
        for event_type, trigger in vocab.by_head.get(lemma, ())
    ):
        return True
    coded = lexicon_code(noun.head)
    return coded is not None and (coded[0].event or "").startswith(VETO)


def _authors(message: Token, index: ActorIndex) -> list[Token]:
    """The actors a message noun names as its authors: its owner or the names before it
    ("a U.N. resolution", "Egypt's statement"); none where it names none, and then the
    message's act has no source the text gives."""
    return [c for c in children(message, "poss", "compound", "amod") if index.actor_at(c)]


def _how_received(verb: Token, index: ActorIndex) -> bool:
    """Whether a participle after a news medium's name, or done by one to a name, tells
    how a report reached the writer ("Tehran radio, monitored by the BBC, said", "IRNA,
    received in London"): the wire's sourcing, no act of the monitor on the medium."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return False
    named = [verb.head, *(p for a in children(verb, "agent") for p in children(a, "pobj"))]
    for token in named:
        key = index.actor_at(token)
        actor = index.actors.get(key) if key is not None else None
        if actor is not None and MEDIA_ROLE in role_codes(actor.code or actor.role or ""):
            return True
    return False


def _doer_rank(
    event_type: EventType, sources: list[Token], index: ActorIndex, vocab: Vocabulary, unnamed: int
) -> int:
    """How far the sources are from those who do the class's acts (its ``ckg:doerRole``
    codes or its ancestors'): 0 one of them ("nurses struck": a strike), 1 a class naming
    no doers, 2 another actor ("warplanes struck" is no strike); ``unnamed`` where the
    sources name no actor. Where the doers bear no arms, armed men of the same role are
    none of them: "opposition forces" (OPPUAF) clashing with troops fight, where
    "protesters" (OPP) clashing with police riot (145)."""
    doers = {r for t in vocab.ancestors(event_type.name) for r in t.doer_roles}
    if not doers:
        return 1
    actors = [
        (index.actors[k], s.doc[index.pronouns.get(s.i, s.i)])
        for s in sources
        if (k := index.actor_at(s)) is not None
    ]
    if not actors:
        return unnamed
    unarmed = doers <= PLACED_ROLES  # a riot's doers; not a diplomatic protest's (GOV, LEG)

    def does(roles: set[str]) -> bool:
        return bool(roles & doers) and not (unarmed and any(map(armed_role, roles)))

    return 0 if any(does(_acting_roles(a, s)) for a, s in actors) else 2


def _ship(mention: Token) -> bool:
    """Whether a mention names a ship, by a noun of ships or a ship's name."""
    return mention.lemma_.lower() in VESSELS or vessel_named(mention) is not None


def _unarmed_ships(sources: list[Token], index: ActorIndex) -> bool:
    """Whether the sources are ships that bear no arms (no role of arms), which, aimed at
    no actor, do no act a coder codes: one runs into what it hits ("the Soviet tanker
    struck a mine", "a freighter hit a reef": the victim of a mine, no attack, nor a
    strike of its crew); one that rams a destroyer still acts (see :func:`_reading`)."""
    keys = [index.actor_at(s) for s in sources]
    roles = {r for k in keys if k is not None for r in role_codes(index.actors[k].role or "")}
    return (
        bool(sources)
        and all(k is not None and _ship(s) for s, k in zip(sources, keys, strict=True))
        and not any(map(armed_role, roles))
    )


def _acting_roles(actor: Actor, mention: Token) -> set[str]:
    """The role codes an actor acts in, as the text names it (a pronoun by its
    antecedent): its own, but a ship's its arms alone (a tanker, its owner's, strikes
    no work: "the tanker struck a mine"); a state or an organisation of states coded without one and
    named by its name ("France", "the United Nations": the model's GPE or ORG) acts by
    its government, as a coder reads "France protested" (an official complaint, not a
    demonstration); named by its people ("Palestinians", "thousands of Iranians
    protested"), it acts as they do."""
    roles = set(role_codes(actor.role or ""))
    if _ship(mention):
        return {r for r in roles if armed_role(r)}
    named = mention.ent_type_ in STATE_NAME_LABELS
    if not roles and actor.type in ACTING_BY_GOVERNMENT and named:
        roles.add(GOVERNMENT_ROLE)
    return roles


def _readings(verb: Token, index: ActorIndex, vocab: Vocabulary) -> Iterator[Reading]:
    """Trigger matches at a verb, best first, with their arguments and theme: the
    ontology's triggers, else the verb dictionary's code (:mod:`kg.extract.lexicon`). A
    class whose trigger needs a theme word ("expel" diplomats) is read only when one is
    there. A trigger of one bare word yields to a pattern of the dictionary that reads
    the clause as no event: "cut" reduces relations, but CUT's block codes "- *
    PRODUCTION [---]", and "cut oil production" is done to nobody; unless the word the
    pattern reads is an armed actor ("attacked a Peruvian helicopter" is done to the
    Peruvian military, whatever "- * &AIRCRAFT [---]" says of the block; "fought
    Congress over the budget" is still no force); nor does one of force
    stand beside a pattern reading the verb as words (:func:`_figurative`). (Other
    patterns coding an event do not outrank the ontology's trigger: the dictionary's
    patterns, matched on kg's parse, code the dev sets worse than the triggers do.)
    Where the triggers of several classes match, the one of most words comes first, and
    of those the one whose doers the source is ("nurses struck" a strike, "warplanes struck" force:
    :func:`_doer_rank`)."""
    if _how_received(verb, index):
        return
    if denied_clause(verb, vocab) is not None:  # "denied that it had mined the Gulf"
        denial = vocab.event_types[vocab.denials[verb.lemma_.lower()]]
        reading = _reading(verb, Match(denial, frozenset({verb.i}), None), index, vocab, False)
        if reading is not None:
            yield reading
            return
    answer = answer_match(verb, vocab)  # "would respond to any attack by Iraq"
    if answer is not None:
        reading = _reading(verb, answer[0], index, vocab, False)
        if reading is not None:  # aimed at the doer named, else whom the article gives
            yield replace(reading, targets=doers_named([answer[1]], index))
            return
    found = False
    triggers = vocab.by_head.get(verb.lemma_.lower(), ())
    # the dictionary is read ahead of the triggers only where a bare one could yield to it
    bare = any(not trigger.rest for _, trigger in triggers)
    coded = lexicon_code(verb) if bare or not triggers else None
    vetoed = (
        coded is not None
        and coded[1] is not None
        and coded[0].null
        and not any(
            (key := index.actor_at(verb.doc[i])) and armed_actor(index.actors[key])
            for i in pattern_words(verb, coded[1])
        )
    )
    phrased = _phrased(verb, coded)
    read: list[Reading] = []
    for event_type, trigger in triggers:
        if phrased and all(word in PREPOSITIONS for word in trigger.rest):
            continue  # the bare verb's trigger, or its and a preposition's ("fire at")
        if not trigger.rest and (vetoed or _figurative(verb, event_type, coded, index, vocab)):
            continue
        match = match_trigger(verb, event_type, trigger)
        if match is not None and _yields_to_its_noun(verb, match, vocab):
            found = True  # read at the noun: "launched a suicide attack", 183
            continue
        if match is not None and verb.lemma_.lower() in vocab.patient_subjects:
            match = replace(match, converse=True)  # "borrowed from the ADB": the ADB lends
        reading = None if match is None else _reading(verb, match, index, vocab, themed=True)
        if reading is not None:
            found = True
            read.append(
                _vowed_against(
                    verb, _narrowed_by_the_dictionary(verb, reading, coded, vocab), vocab
                )
            )
    # the most specific trigger first, then the class of the source's doers; a verb's
    # reading as the act of certain doers needs them named: "the tanker was struck" is
    # force, not a strike; a reading fits by its trigger's class or the subclass it was
    # refined to, whichever names the doers better ("factions clashed with Israel" is
    # Fight's, whose doers are anyone's, not a riot's, whose are unarmed people)
    yield from (
        _done_jointly(verb, r, index, vocab)
        for r in sorted(
            read,
            key=lambda r: (
                -len(r.match.tokens),
                min(
                    _doer_rank(r.event_type, r.sources, index, vocab, 2),
                    _doer_rank(r.match.event_type, r.sources, index, vocab, 2),
                ),
            ),
        )
    )
    if not found:
        # addressed to an actor, or, by a warning of its own act, aimed at one ("warned
        # that it would act with full force against Hezbollah"), or asking an act of
        # another in its clause ("insisted that Israel withdraw": INSIST's demand; not a
        # state, "insisted that Lebanon remain united", a position stated)
        addressed = (
            any(index.actor_at(c) for c in objects_of(verb))
            or bool(own_act_aimed_at(verb, index))
            or any(
                is_asked(c, vocab) and not children(c, *STATE_COMPLEMENTS)
                for c in children(verb, "ccomp")
            )
        )
        known = bare or not triggers
        match = lexicon_match(verb, vocab, addressed, coded if known else lexicon_code(verb))
        reading = None if match is None else _reading(verb, match, index, vocab, themed=False)
        if reading is not None and not _literal(verb, reading, index, vocab):
            yield _done_jointly(verb, reading, index, vocab)


# Words that make an act of several parties one they do together: "jointly patrol",
# "joint military drills", "combined exercises".
JOINTLY = frozenset({"jointly", "together"})
JOINT = frozenset({"joint", "combined"})
MILITARY_COOPERATION = "062"


def _done_jointly(verb: Token, reading: Reading, index: ActorIndex, vocab: Vocabulary) -> Reading:
    """A show of force (15: patrols, drills, exercises) done jointly ("will jointly
    patrol", "resumed joint military drills", "combined exercises") is military
    cooperation between its parties (062), as the ontology's triggers read "held joint
    exercises": done together, it shows no force to another, and the parties named
    together are each other's (what they patrol is where, not whom)."""
    if not reading.event_type.cameo.startswith(POSTURE_ROOT):
        return reading
    nouns = [verb] if verb.pos_ == "NOUN" else children(verb, "dobj")
    nouns += [c for noun in nouns for c in children(noun, "compound")]  # "joint military"
    joint = any(c.lower_ in JOINTLY for c in children(verb, "advmod")) or any(
        m.lower_ in JOINT for noun in nouns for m in children(noun, "amod")
    )
    cooperation = vocab.for_code(MILITARY_COOPERATION) if joint else None
    if cooperation is None:
        return reading
    # several doers, named apart or by one noun of two sides ("Russian and Turkish troops")
    if len(reading.sources) > 1 or any(s.i in index.pairs for s in reading.sources):
        return replace(reading, event_type=cooperation, targets=[], mutual=True)
    return replace(reading, event_type=cooperation)


# Complements of a verb that make its clause a state, not an act ("remain united").
STATE_COMPLEMENTS = ("acomp", "attr", "oprd")


def _phrased(verb: Token, coded: tuple[EventCode, Pattern | None] | None) -> bool:
    """Whether the verb dictionary codes the clause by a pattern naming its object by a
    phrase of several words (``{TEAR GAS}``), or the act its infinitive complement names
    (ORDER's "- * (TO LEAVE)", an expulsion: "ordered the advisers to leave"): a reading
    that specific outranks a trigger of the bare verb, or of the verb and a preposition
    ("police fired tear gas at protesters" is repression, 175, where "fire" and "fire
    at" are force; "order" alone is a demand); a trigger naming words of its own ("impose
    sanction") still stands."""
    if coded is None or coded[1] is None or not coded[0].event:
        return False
    braced = any(isinstance(e, Noun) and e.braced and len(e.words) > 1 for e in coded[1].after)
    return braced or reads_an_infinitive(verb, coded[1])


def _narrowed_by_the_dictionary(
    verb: Token,
    reading: Reading,
    coded: tuple[EventCode, Pattern | None] | None,
    vocab: Vocabulary,
) -> Reading:
    """A trigger's reading in the class of the verb dictionary's pattern for the clause,
    where that class lies below the trigger's: the trigger tells the kind of act, the
    pattern what is given or sought, which its subclasses code ("pledged 500 mln dlrs",
    PLEDGE's "- * &CURRENCY": an intent to provide economic aid, 0331, within the
    pledge's intent to cooperate, 03; "sought credits", 0231 within an appeal, 02); else
    the dictionary's code for the verb itself, where it lies below (a trigger of the
    root: "thanked" is ACCLAIM's praise, 051, "apologised" APOLOGIZE's apology, 055,
    both within 05; not its code of an act "not specified below", 020 or 190, which says
    no more than the root, and whose class may differ from the root's in what it pairs:
    a meeting, 04, is both parties', 040 as a block's default only its doer's). A code
    of another class leaves the trigger's."""
    code = coded[0] if coded is not None else verb_code(verb)
    if code is None or not code.event or code.null:
        return reading
    if (coded is None or coded[1] is None) and code.event.endswith("0"):
        return reading
    narrower = vocab.for_code(code.event)
    if narrower is None or narrower.name == reading.event_type.name:
        return reading
    if reading.event_type not in vocab.ancestors(narrower.name):
        return reading
    return replace(reading, event_type=narrower)


def _vowed_against(verb: Token, reading: Reading, vocab: Vocabulary) -> Reading:
    """A promise (an expression of intent to cooperate, 03, that its trigger alone gives:
    "vowed", "pledged", "swore") whose infinitive or "that" clause is an act of conflict,
    verbal or material, by the dictionary's code of its verb, is a threat: "vowed to
    punish those responsible" (PUNISH, 170), "vowed that the attackers would be
    punished", as a vow to attack is one (VOW's "- * ATTACK", 138), or whose verb's
    object is a noun of such an act ("vowed to keep up such raids", "pledged to step up
    attacks"), or whose aspectual verb keeps up such an act ("vowed to keep fighting",
    "to continue fighting the army"); the class of that act stated as an intention, else
    a threat (13)."""
    if reading.event_type.cameo != INTENT_ROOT:
        return reading
    clauses = children(verb, "xcomp", "ccomp")
    # through a verb that keeps an act up to the act: "vowed to keep fighting"
    clauses += [c for clause in clauses for c in kept_up(clause)]
    for clause in clauses:
        coded = lexicon_code(clause)
        acts = [vocab.for_code(coded[0].event)] if coded and coded[0].event else []
        # or the act its object names, kept up or stepped up: "to keep up such raids"
        acts += [kind for o in children(clause, "dobj") for kind in _bare_noun_kinds(o, vocab)]
        act = next(
            (a for a in acts if a and vocab.quad_class_of(a.name) in CONFLICT_QUAD_CLASSES), None
        )
        if act is None:
            continue
        threat = vocab.intent_of(act.name)
        if threat is None or not threat.cameo.startswith(THREAT_ROOT):
            threat = vocab.for_code(THREAT_ROOT)
        return reading if threat is None else replace(reading, event_type=threat)
    return reading


def _figurative(
    verb: Token,
    event_type: EventType,
    coded: tuple[EventCode, Pattern | None] | None,
    index: ActorIndex,
    vocab: Vocabulary,
) -> bool:
    """Whether a trigger of violence (:data:`VIOLENCE_ROOTS`) meets a pattern written for
    its verb that reads it as a verbal act (QuadClass 1 or 3) by the head of its object,
    the thing it is done to, or by its subject's side alone, and no armed doer does it
    (:func:`_armed`): ATTACK's "- * &PROPOSAL" and "- * POLICY" (111) read "attacked
    the Chilean proposal" as criticism, a figure of speech no force was used in, and "-
    NEWSPAPER *" "the newspaper attacked". An actor can be fought ("rebels fighting the
    government", though the block's "- * GOVERNMENT" codes criticism), a pattern word
    that only modifies the object names no thing of words ("attacked government
    positions"), "gunmen attacked a peace conference" is force, and a pattern the block
    lists for another verb ("- * PART", TAKE PART) says nothing of "captured part of
    the city"."""
    if coded is None or coded[1] is None or not coded[0].event:
        return False
    pattern = coded[1]
    if event_type.root not in VIOLENCE_ROOTS or not written_for(verb, pattern):
        return False
    verbal = vocab.for_code(coded[0].event)
    if verbal is None or not vocab.is_verbal(verbal.name):
        return False
    if _armed(subjects(verb)[0], index):
        return False
    if not pattern.after:
        return True
    words = pattern_words(verb, pattern)
    return any(o.i in words and not index.actor_at(o) for o in children(verb, "dobj"))


def _shows_force(source: Argument, index: ActorIndex) -> bool:
    """Whether a source can show force (:data:`POSTURE_ROOT`): a state ("Iran patrolled
    the Strait") or an armed actor (:func:`armed_actor`), not a party or students."""
    actor = index.actors.get(source.key or "")
    return actor is not None and (actor.type == "State" or armed_actor(actor))


def _taken_figuratively(noun: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether a noun of violence in a phrase of a verb is a word of the verb's reading
    as a verbal act, which no armed doer did (see :func:`_literal`): "the minister came
    under fire from the opposition" is criticism (COME's "- * (UNDER FIRE)"), no
    shooting of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return False
    if not _names_violence(noun, vocab):
        return False
    verb = prep.head
    reading = next(_readings(verb, index, vocab), None)
    if reading is None or reading.match.pattern is None:
        return False
    taken = noun.i in pattern_words(verb, reading.match.pattern)
    return taken and vocab.is_verbal(reading.event_type.name)


def _literal(verb: Token, reading: Reading, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether a dictionary pattern reads as a verbal act (QuadClass 1 or 3) a noun of
    violence in a phrase it takes in (:data:`VIOLENCE_ROOTS`), where armed men
    (:func:`_armed`) did the act or underwent it: then the words are meant as they stand,
    and the noun names the act (coded at the noun, :func:`_nominal`). COME's "- * (UNDER
    FIRE)" (:111) reads "the minister came under fire from the opposition" as criticism,
    but troops that "came under fire" (from gunmen) were shot at. A noun of violence as
    the object is what a verbal act is about, no figure ("claimed the attack", 015). The
    converse of :func:`_figurative`."""
    pattern = reading.match.pattern
    if pattern is None or not vocab.is_verbal(reading.event_type.name):
        return False
    violent = [
        verb.doc[i]
        for i in pattern_words(verb, pattern)
        if verb.doc[i].dep_ == "pobj"  # an idiom's phrase, not a thing claimed or reported
        and _names_violence(verb.doc[i], vocab)
    ]
    shooters = [  # "fire from gunmen", "an attack by Hamas"
        p
        for noun in violent
        for c in children(noun, "prep", "agent")
        if c.lower_ in {"from", "by"}
        for p in children(c, "pobj")
    ]
    armed = [*reading.sources, *shooters, *subjects(verb)[0]]  # and "troops came under fire"
    return bool(violent) and _armed(armed, index)


def _names_violence(noun: Token, vocab: Vocabulary) -> bool:
    """Whether a noun names an act of violence (:data:`VIOLENCE_ROOTS`) by any of its
    triggers: "fire", "attack"."""
    return any(n.event_type.root in VIOLENCE_ROOTS for n in noun_triggers(noun, vocab))


def _armed(sources: list[Token], index: ActorIndex) -> bool:
    """Whether one of the sources is armed (:func:`armed_actor`)."""
    return any(
        actor is not None and armed_actor(actor)
        for actor in (index.actors.get(index.actor_at(s) or "") for s in sources)
    )


def _own_forces(target: Token, sources: list[Token], index: ActorIndex) -> bool:
    """Whether a target is the source itself, or forces
    (:data:`~kg.extract.actors.ARMED_ROLES`) of its country or of none: "the army
    deployed troops", "Chile deployed Chilean troops", "Chile deployed troops"."""
    key = index.actor_at(target)
    own, countries = _sides(sources, index)
    if key is None or key in own:
        return key is not None
    actor = index.actors[key]
    country = index.country_of(key)
    forces = bool(set(role_codes(actor.role or actor.code or "")) & ARMED_ROLES)
    return forces and (country is None or country in countries)


def _forces_posted(event_type: EventType, subjects: list[Token], index: ActorIndex) -> bool:
    """Whether a show of force (:data:`POSTURE_ROOT`) in the passive has armed men as
    its subject, who are its doer's own ("Congolese troops were deployed to track down
    the rebels", "reservists were mobilised"): the side that posts its forces shows
    force, at whom the clause's purpose names; no one shows force on them."""
    if event_type.root != POSTURE_ROOT:
        return False
    actors = [index.actors[k] for s in subjects if (k := index.actor_at(s)) is not None]
    return bool(actors) and all(armed_actor(a) for a in actors)


def _second_act_of_the_speaker(verb: Token, vocab: Vocabulary) -> Token | None:
    """The verb of saying whose subject does a verbal act that the parser coordinated with
    the reported clause rather than with the saying: in "Iran said the attack was a crime
    and threatened to retaliate", "Japan said the tariffs were unfair and called on
    Washington to lift them", no attack threatens and no tariff appeals; the speaker does.
    Only where the reported clause's subject is a thing that says nothing (a common noun
    that is no voice, :func:`~kg.extract.attribution.is_voice`: neither a name, an agent
    word, a person by what they do, a message nor evidence:
    "Iraq said Iran attacked the tanker and threatened Kuwait" tells Iran's threat,
    "said the resolution was adopted and called on Israel to withdraw" the resolution's
    appeal, "said the suspect confessed and accused the embassy" the suspect's
    accusation) and the clause only describes it, by "be", a passive or no object ("said
    the letter threatened Kuwait and urged …": the letter's acts)."""
    report = verb.head
    if verb.dep_ != "conj" or report.dep_ != "ccomp" or speech_head(verb, vocab) != report.head:
        return None
    if children(verb, "nsubj", "nsubjpass"):  # "… and a delegation would leave"
        return None
    described = (
        report.lemma_ == "be"
        or is_passive(report)
        or not children(report, "dobj", "dative", "ccomp", "xcomp")
    )
    said = children(report, "nsubj", "nsubjpass")
    mute = [t for t in said if t.pos_ == "NOUN" and not is_voice(t, vocab)]
    return report.head if described and said and mute == said else None


def _reading(
    verb: Token, match: Match, index: ActorIndex, vocab: Vocabulary, themed: bool
) -> Reading | None:
    """A match's arguments and theme (see :func:`_readings`); ``themed``: a class with
    theme words needs one of them."""
    event_type = match.event_type
    surface, penalty = subjects(verb)
    if vocab.is_verbal(event_type.name) and (speaker := _second_act_of_the_speaker(verb, vocab)):
        surface, penalty = subjects(speaker)[0], penalty + 0.1
    if _vetoed_content(verb, vocab):
        return None  # "vetoed a resolution calling for sanctions", "a bill imposing them"
    if _message_of_another(verb, vocab):
        surface, penalty = _authors(verb.head, index), 0.1
        if not surface:
            return None  # "rejected a resolution demanding …": no one the text names says it
    passive = is_passive(verb)
    by_agent = agents(verb)
    # what a passive was done to: its subject, or the noun a participle of it modifies
    # ("Rwandan troops, deployed in the province since 2021, were sent to the area")
    undergoing = expand([verb.head]) if verb.dep_ == "acl" else surface
    rebound: dict[int, int] = {}
    if match.converse:  # "received a loan from Japan": Japan acts on the subject
        sources, targets = converse_sources(verb, index), surface
    elif passive and not by_agent and _forces_posted(event_type, undergoing, index):
        sources, targets = undergoing, []  # "troops were deployed to track down the rebels"
    elif verb.dep_ == "acl" and passive:
        sources, targets = by_agent, _undergoers(undergoing, index)
    elif passive and (by_agent or match.target_prep is None):
        sources, targets = by_agent, _undergoers(surface, index)
    else:  # active, or an adjectival passive: "Israel is committed to …" is Israel's act
        candidates = target_candidates(
            verb,
            match.target_prep,
            match.tokens,
            index,
            vocab.answers_a_claim(event_type.name),
            material=not vocab.is_verbal(event_type.name),
        )
        if not match.dyadic:  # "held the kidnappers responsible" (HOLD's "- * RESPONSIBLE")
            # but a bare block code needs an object: "considers the PLO a terrorist
            # group" consults no one
            judged = [s for s in small_clause_subjects(verb) if index.actor_at(s)]
            candidates = candidates or expand(judged)
        sources, targets = surface, _not_own(candidates, surface, index)
        if candidates and not targets:  # "recalled its ambassador from Niger"
            targets = _where_own_are_sent(verb, candidates, index)
        # the forces a show of force posts, or a de-escalation withdraws, are the
        # source's own, not whom it is aimed at: "the army deployed troops to track down
        # the rebels" is aimed at the rebels, "agreed to disengage troops" at no troops
        # (a pronoun may still be read as another's: see _owned_by_another)
        if event_type.cameo.startswith(OWN_FORCES_CODES):
            targets = [t for t in targets if t.pos_ == "PRON" or not _own_forces(t, sources, index)]
        # "launched (its) attack", "launched its offensive": the act and its doer
        acts = [verb, *(verb.doc[i] for i in match.tokens), *_light_objects(verb, vocab)]
        rebound = _owned_by_another(event_type, targets, sources, acts, index, vocab)
    if not any(index.actor_at(t) for t in targets):
        answering = (verb, *children(verb, "dobj"))  # "announced sanctions in retaliation …"
        targets = (
            _purpose_targets(verb, event_type, sources, index, vocab)
            or (
                _across_the_frontier(verb, sources, index)
                if event_type.cameo.startswith(OWN_FORCES_CODES)
                else []
            )
            or _mediated_parties(verb, event_type, sources, index)
            or (_parties_asked(verb, index) if event_type.root in ASKING_ROOTS else [])
            or _of_the_matched_nouns(verb, match, sources, index)
            or _answered_actors(answering, sources, index, vocab.answers.keys())
            or _maker_of_what_is_named_again(verb, sources, index, vocab)
            or _addressed_by_condition(verb, sources, index, vocab)
            or _means_of_another(verb, event_type, sources, index, vocab)
            or (not match.dyadic and _side_of_what_is_acted_on(verb, sources, index))
            or (
                match.dyadic
                and match.pattern is None
                and arrived_at(verb, _sides(sources, index)[1], index)
            )
            or targets
        )
    aimed = any(index.actor_at(t) for t in targets)
    if _by_nature(verb, sources, index, vocab) or (not aimed and _unarmed_ships(sources, index)):
        return None
    arguments = {t.i for t in (*sources, *targets) if index.actor_at(t)}
    theme, lemmas = theme_of(verb, match, arguments)
    if themed and event_type.theme_words and not event_type.theme_words & lemmas:
        return None
    # Only the verb's own subject tells its act ("drone attacks killed …"); one inherited
    # from the clause above does not ("ministers meeting here issued a statement
    # deploring …": the meeting is not what deplores).
    own = penalty == 0.0
    acted = own and not (passive or match.converse)
    act = _act_subject(sources, event_type, index, vocab) if acted else None
    if act is not None:  # "drone attacks killed …": the noun names the act
        event_type, sources = act
    elif not any(index.actor_at(t) for t in sources):
        found = named_by(sources, index) or handled_by(sources, index) or doer(verb, index)
        sources = found or _warned_of(verb, event_type, vocab, index) or sources
    refined = refine(event_type, lemmas, vocab)
    advice = _advice_to_own_side(verb, verb, refined, sources, index, vocab)
    if advice is not None:
        refined, targets = advice
    if refined.cameo in RELEASE_ASKED:  # asked of who holds them, not of the held
        targets = holders(verb, targets, refined.theme_words, index)
    if refined.root == APPEAL_ROOT and asks_nothing_of_another(verb, index):
        return None  # "a reporter asked whether …", "who asked not to be named"
    if refined.root == REJECT_ROOT and refuses_nothing(verb, index):
        return None  # "an official, who declined to be identified"
    if refined.root == STATEMENT_ROOT and states_an_amount(verb, index):
        return None  # "exports totalled 8 billion U.S. dollars": a figure, no statement
    return Reading(
        refined,
        match,
        sources,
        targets,
        theme,
        penalty,
        lemmas=frozenset(lemmas),
        rebound=rebound,
        mutual=not passive and _done_to_each_other(verb),
    )


def _allies(verb: Token, index: ActorIndex) -> tuple[str, ...]:
    """The actors of an act's "alongside" phrase, the allies of its doer: "North Korean
    troops fought alongside Russian forces in Kursk" is no act on Russia's forces, nor,
    though Kursk is Russia's, on Russia."""
    beside = [
        p for c in children(verb, "prep") if c.lower_ == "alongside" for p in children(c, "pobj")
    ]
    return tuple(key for t in expand(beside) if (key := index.actor_at(t)) is not None)


def _done_to_each_other(verb: Token) -> bool:
    """Whether the verb's object, or that of its "with" or "against" phrase, is a
    reciprocal pronoun ("accused each other", "clashed with one another"): its subjects
    act on each other. Other phrases tell no act on the other ("fought alongside each
    other", "independently of each other")."""
    objects = [
        *children(verb, "dobj", "dative"),
        *(
            p
            for c in children(verb, "prep")
            if c.lower_ in RECIPROCAL_PREPS
            for p in children(c, "pobj")
        ),
    ]
    return any(reciprocal_pronoun(o) for o in objects)


def _beside_each_other(verb: Token) -> bool:
    """Whether a phrase of the verb other than a "with" or "against" one has a reciprocal
    pronoun as its object: the subjects did the act side by side, not to each other
    ("fought alongside each other", "clashed independently of each other")."""
    return any(
        reciprocal_pronoun(p)
        for c in children(verb, "prep")
        if c.lower_ not in RECIPROCAL_PREPS
        for p in (
            *children(c, "pobj"),
            *(q for d in children(c, "prep") for q in children(d, "pobj")),
        )
    )


def _by_nature(verb: Token, sources: list[Token], index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether a force of nature does the verb's act and no actor does ("an earthquake
    damaged the pipeline", "hit by floods", "the earthquake which struck Japan"), or causes
    what its subject underwent ("300 people died due to the earthquake", "were killed
    in the floods"; an actor's own act for a cause, "suspended payments due to the
    earthquake", is still an act); see :func:`kg.issues.natural_force_at`: nature is no
    actor, and its damage no event."""
    if any(index.actor_at(t) for t in sources):
        return False
    relative = verb.dep_ == "relcl"
    doers = [verb.head if relative and t.tag_ in RELATIVE_TAGS else t for t in sources]
    undergone = is_passive(verb) or verb.lemma_.lower() in vocab.patient_subjects
    causes = (
        []
        if not undergone
        else [
            t
            for prep in children(verb, "prep")
            if prep.lower_ in CAUSE_PREPS
            for t in (
                *children(prep, "pobj"),
                *(o for c in children(prep, "pcomp") for o in children(c, "pobj")),
            )
        ]
    )
    return any(map(natural_force_at, [*doers, *causes]))


def _told_of(verb: Token, vocab: Vocabulary) -> tuple[Token, Match] | None:
    """What a speaker says the clause's subject must do or is to undergo is the speaker's
    act on that subject: "Russia said Sudan must return the helicopter" a demand (the
    modal cue, ``ckg:cue``), "the U.S. said Japan would face sanctions" a threat
    (``ckg:prospectTrigger``), and what a speaker lays at the subject's door an
    accusation ("diplomats say Iran was responsible", ``ckg:blameTrigger``). Cues,
    phrases and their classes come from the ontology.
    Returns the speech verb and the cue's match; the act is on the subject's actors
    (:func:`_actor_subjects`), and where it names none, the clause is an opinion, no
    act of anyone's (see :func:`events_at`)."""
    match = _obliged(verb, vocab) or _prospect(verb, vocab) or _blamed(verb, vocab)
    head = speech_head(verb, vocab) if match is not None else None
    return None if match is None or head is None else (head, match)


def _owned_up(
    verb: Token,
    cue: Match,
    named: list[Token],
    speakers: list[Token],
    index: ActorIndex,
    vocab: Vocabulary,
) -> Match | None:
    """What a speaker lays at its own door by an accusation's predicate (the clause's
    subjects, ``named``, are all the speaker itself) is a claim of responsibility (CAMEO
    015), the speaker's: "the group said it was responsible for the bombing", "Hamas
    said it was behind the attack". Not what it lays at another's of its country ("Syrian
    rebels said the Syrian army was behind the attack" accuses). Its target is the
    claimed act's (:func:`kg.extract.opponents.complete_parties`)."""
    selves = {index.actor_at(s) for s in speakers} - {None}
    if not named or any(index.actor_at(t) not in selves for t in named):
        return None
    if cue.event_type.cameo != ACCUSATION or _blamed(verb, vocab) is None:
        return None
    claim = vocab.for_code(CLAIM)
    return None if claim is None else replace(cue, event_type=claim)


def _actor_subjects(verb: Token, index: ActorIndex) -> list[Token]:
    """The verb's subjects that name actors: whom a speaker's demand, threat or forecast
    about the clause is aimed at."""
    return [s for s in subjects(verb)[0] if index.actor_at(s)]


def _speakers_act(head: Token, clause: Token, match: Match, targets: list[Token]) -> Reading:
    """The reading of a speaker's act on what a reported clause says of its subjects
    (``targets``): made by the reporting verb's speakers (:func:`reporters`: "Iran's
    president was quoted as saying Kuwait would face retaliation"), not reported by
    them, its theme the clause less its subjects and its conjunction ("that")."""
    speakers, penalty = subjects(head)
    speakers = speakers or reporters(head)
    named = {t.i for s in targets for t in subtree(s)}
    theme = words_text([t for t in subtree(clause) if t.i not in named and t.dep_ != "mark"])
    return Reading(match.event_type, match, speakers, targets, theme, penalty, reported=False)


def _forecast(verb: Token, index: ActorIndex, vocab: Vocabulary) -> tuple[Token, Reading] | None:
    """A forecast of another's act is the forecaster's statement about that actor, made
    at the forecast verb: "Crowe predicted Iran will retaliate" is Crowe's pessimistic
    comment (012) on Iran, as PETRARCH's PREDICT block codes a forecast of violence, and
    one of talks or recovery optimistic (013); the class follows the QuadClass of the
    act foretold (:meth:`kg.vocabulary.Vocabulary.forecast_type`). The act itself is
    coded too, hypothetical. Returns the forecast verb and the statement's reading."""
    head = foretold_by(verb, vocab, index)
    if head is None:
        return None
    targets = _actor_subjects(verb, index)
    if not targets or not any(index.actor_at(s) for s in reporters(head)):
        return None  # who forecast: the verb's subject, or whom it quotes (see reporters)
    # a forecast that an act will not happen ("Iran would not attack") is of no act
    act = None if is_negated(verb, vocab) else next(_readings(verb, index, vocab), None)
    event_type = vocab.forecast_type(head.lemma_.lower(), act.event_type if act else None)
    return head, _speakers_act(head, verb, Match(event_type, frozenset({head.i}), None), targets)


def _obliged(verb: Token, vocab: Vocabulary) -> Match | None:
    """The class a modal cue of the verb signals ("must": a demand)."""
    modal = _modal_cue(verb, vocab)
    if modal is None:
        return None
    return Match(vocab.cued[modal.lower_], frozenset({modal.i, verb.i}), None)


def _modal_cue(verb: Token, vocab: Vocabulary) -> Token | None:
    """The verb's modal that the ontology gives a class (``ckg:cue``: "must", "should")."""
    return next((c for c in children(verb, "aux") if c.lower_ in vocab.cued), None)


def _prospect(verb: Token, vocab: Vocabulary) -> Match | None:
    """The class of what the verb and its object say its subject is to undergo ("would
    face sanctions": a threat of sanctions): only to come ("faced retaliation" reports
    what was), not negated, with no "any" or "no" act ("would face any attack with
    courage" braves it) and no agent of its own ("faced punishment by Baghdad")."""
    phrases = vocab.prospects.get(verb.lemma_.lower(), ())
    if (
        not phrases
        or not is_modal(verb, vocab)
        or is_negated(verb, vocab)
        or any(
            c.lower_ in AGENT_PREPS or c.lower_ in UNREAL_DETERMINERS
            for o in (verb, *children(verb, "dobj"))
            for c in children(o)
        )
    ):
        return None
    for event_type, trigger in phrases:
        match = match_trigger(verb, event_type, trigger)
        if match is not None:
            return match
    return None


# The prepositions of what a blame predicate lays at its subject's door.
BLAMED_PREPS = frozenset({"for", "behind"})


def _blamed(verb: Token, vocab: Vocabulary) -> Match | None:
    """The class of what a predicate lays at its subject's door ("was responsible for
    the attack", "is to blame": an accusation; "has committed a big mistake":
    criticism), where the clause says what the subject
    was or is: not negated ("was not responsible"), not hedged by a modal ("would be
    responsible" foretells)."""
    phrases = vocab.blames.get(verb.lemma_.lower(), ())
    if not phrases or is_modal(verb, vocab) or is_negated(verb, vocab):
        return None
    for event_type, trigger in phrases:
        match = match_trigger(verb, event_type, trigger)
        if match is not None and _blames_for_harm(verb, match, vocab):
            return match
    return None


def _blames_for_harm(verb: Token, match: Match, vocab: Vocabulary) -> bool:
    """Whether what a blame predicate's "for" or "behind" phrase names, if it names
    anything, is an act of conflict: an event noun of QuadClass 3 or 4, or a hostile act
    ("responsible for the attack", "behind the strike"), or a word of the trigger itself
    ("be behind plot"); not a duty ("responsible for maintaining order", "for the
    economy"), nor a success ("behind the recovery")."""
    objects = [
        o
        for i in sorted(match.tokens)
        for p in children(verb.doc[i], "prep")
        if p.lower_ in BLAMED_PREPS
        for o in (*children(p, "pobj"), *children(p, "pcomp"))
    ]
    hostile = {w for words in vocab.hostile_words.values() for w in words} if objects else set()
    for noun in objects:
        if noun.i in match.tokens:
            continue  # the trigger names it: "be behind plot"
        named = _act_named(noun, vocab) if noun.pos_ == "NOUN" else None
        if not (named is not None and (named.quad_class or 0) >= 3) and (
            noun.lemma_.lower() not in hostile
        ):
            return False
    return True


def _act_named(noun: Token, vocab: Vocabulary) -> EventType | None:
    """The class of the act a noun names: the ontology's noun trigger ("the attack"),
    else the verb dictionary's code of the verb it is the act of ("the shelling",
    "the ambush")."""
    read = dictionary_noun(noun, vocab)
    return noun_type(noun, vocab) or (read.event_type if read is not None else None)


def _read_at_its_verb(noun: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether an event noun is its verb's subject, read as the act at the verb
    (:func:`_act_subject`: its doers are the verb's source): "Israeli air strikes
    killed 20 people in Gaza" tells one act, coded at "killed" with its victims, not a
    second one at "strikes" that the story's other side would make a target. (A noun
    with a target of its own, "Iraqi attacks on Iranian cities killed 40 people", is
    still coded.)"""
    if noun.dep_ != "nsubj":
        return False
    read = next(_readings(noun.head, index, vocab), None)
    if read is None or not read.sources:
        return False
    own = set(tree(noun.doc).subtree_indices(noun)) - {noun.i}
    return all(s.i in own for s in read.sources)


def _act_subject(
    subjects: list[Token], effect: EventType, index: ActorIndex, vocab: Vocabulary
) -> tuple[EventType, list[Token]] | None:
    """A subject that names an act rather than an actor ("US drone attacks killed …",
    "a car bombing wounded …") is the event, and the verb only tells its effect: the
    event is of the noun's class, and its source an actor among the noun's modifiers, its
    agent (:func:`nominal_agents`: "the attack on the embassy by Hezbollah"), its owners
    ("rockets from Gaza") or handlers ("rockets fired by Hezbollah"); none when the text
    does not say who acted: what the act was aimed at ("the attack on the embassy") is
    no doer. Of the classes the noun may name, that of its doers (:func:`_doer_rank`):
    "Israeli strikes killed four people" is force, not a walkout; before that, the
    verb's ``effect``: an act that killed or wounded is violence, which a walkout does
    not do ("the strike killed 15 civilians", no doer named). A noun the verb dictionary
    alone codes as violence names the act too, of the verb's class ("the shelling by
    Russian forces killed three civilians": KILL's "- SHELLING *", 194), where the
    dictionary's other readings of nouns name no act that killed ("a campaign of
    bombings killed 40" is no campaign, 100)."""
    if any(index.actor_at(s) for s in subjects):
        return None
    for noun in subjects:
        types = noun_types(noun, vocab) if noun.pos_ == "NOUN" else []
        if not types and noun.pos_ == "NOUN" and effect.root in VIOLENCE_ROOTS:
            read = dictionary_noun(noun, vocab)
            if read is not None and read.event_type.root in VIOLENCE_ROOTS:
                types = [effect]
        if types:
            modifiers = [t for c in lefts(noun) if c.dep_ in NOMINAL_PARTS for t in subtree(c)]
            agents = _sided_first(
                [t for t in modifiers if index.actor_at(t)]
                or nominal_agents(noun, index, False)
                or belongs_to([noun], index)
                or handled_by([noun], index),
                index,
            )
            violent = effect.root in VIOLENCE_ROOTS
            return min(
                types,
                key=lambda t: (
                    violent and t.root not in VIOLENCE_ROOTS,
                    _doer_rank(t, agents, index, vocab, 0),
                ),
            ), agents
    return None


def _sided_first(agents: list[Token], index: ActorIndex) -> list[Token]:
    """The doers an act noun's modifiers name, one side, not its arm again: in "an
    Iraqi artillery strike" Iraq acts, and the artillery (forces coded by their role
    alone, :func:`_unsided_agent`) is its arm, no doer of its own."""
    sided = [t for t in agents if not _unsided_agent(index.actor_at(t), index)]
    return sided or agents


def _read_with_its_verb(
    verb: Token, noun: Token, classes: Set[str], index: ActorIndex, vocab: Vocabulary
) -> bool:
    """Whether the light verb's own trigger holds the event noun and reads it as another
    class than the noun's ``classes`` ("lodged a protest with Albania": an official
    complaint, 114): the act is read once, at the verb, not again as the noun alone
    would have it (a demonstration, 14)."""
    reading = next(_readings(verb, index, vocab), None)
    return (
        reading is not None
        and noun.i in reading.match.tokens
        and reading.event_type.name not in classes
    )


def _yields_to_its_noun(verb: Token, match: Match, vocab: Vocabulary) -> bool:
    """Whether a verb's trigger that holds its object noun ("launch attack", 19) meets a
    noun that a trigger of more words names as another class by the words before it
    ("launched a suicide attack", 183; "a chemical attack", 2041): the act is read once,
    at the noun (:func:`_nominal`), the more specific."""
    for i in match.tokens:
        noun = verb.doc[i]
        if i == verb.i or noun.pos_ != "NOUN":
            continue
        named = noun_triggers(noun, vocab)
        if (
            named
            and named[0].event_type != match.event_type
            and _named_with_its_modifiers(noun, named[0])
        ):
            return True
    return False


def _named_with_its_modifiers(noun: Token, reading: NounReading) -> bool:
    """Whether a noun trigger of more words names the noun by the words before it ("a
    suicide attack", 183; "a chemical attack", 2041): a kind of act more specific than
    any the light verb's reading of the noun alone gives ("launched an attack", 190)."""
    return any(w in reading.rest for c in lefts(noun) for w in (c.lemma_.lower(), c.lower_))


def _answered_with(noun: Token) -> Token | None:
    """The verb of answering (:data:`~kg.extract.clauses.ANSWERING`) whose "with" phrase
    an event noun is: the noun names the act the answer was, done by the verb's subject
    ("Chile retaliated with sanctions on Peru", "responded with air strikes on Tarmun"),
    where the verb alone says only that it answered something. Not a passive's ("the
    raid was answered with strikes" by others)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in ANSWERING or is_passive(verb):
        return None
    return verb


def _forestalled(noun: Token) -> bool:
    """Whether an event noun names an act awaited or guarded against, which has not
    happened: the object of a verb of :data:`AWAITING` ("told his troops to expect
    further Iranian attacks"), or in the "from" or "against" phrase of a verb of
    :data:`GUARDING` or of its object ("to protect its oil exports from Iraqi air
    attacks")."""
    head = noun.head
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in AWAITING
    if noun.dep_ != "pobj" or head.lower_ not in {"from", "against"}:
        return False
    guarded = head.head  # the verb, or a noun of its object the parser hung the phrase on
    while guarded.pos_ in {"NOUN", "PROPN", "ADP"} and guarded.head != guarded:
        guarded = guarded.head
    return guarded.lemma_.lower() in GUARDING


def _undone(noun: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether an event noun names what its verb eases, lifts or ends by a pattern of
    the verb's own (a :data:`YIELD_ROOT` reading that reads the noun): "Peru lifted its
    ban on Chilean wine" (LIFT's "- * BAN", 081) is one act, the lifting; the ban it
    ends is no act told again. Only the doer's own act, its owner or adjective naming no
    other side: "ended the Russian blockade of Mariupol" breaks another's blockade,
    which stands. Not where the ending is only sought or denied ("efforts to end the
    fighting", "did not lift its ban"): the act stands."""
    verb = noun.head
    if noun.dep_ != "dobj" or is_irrealis(verb, vocab) or is_negated(verb, vocab):
        return False
    doers = {index.actor_at(s) for s in subjects(verb)[0]}
    named = {index.actor_at(c) for c in children(noun, "poss", *OWNER_DEPS)} - {None}
    if named - doers:
        return False
    reading = next(_readings(verb, index, vocab), None)
    if reading is None or reading.event_type.root != YIELD_ROOT:
        return False
    pattern = reading.match.pattern
    return noun.i in reading.match.tokens or (
        pattern is not None and noun.i in pattern_words(verb, pattern)
    )


def _nominal(noun: Token, index: ActorIndex, vocab: Vocabulary) -> tuple[Token, Reading] | None:
    """A noun naming an event, as the object of a light verb ("staged a demonstration",
    whose subject acts) or with its agent named (see :func:`nominal_agents`), and
    neither unreal ("any attack", :data:`UNREAL_DETERMINERS`) nor one the story told
    before ("those meetings", :data:`ANAPHORIC_DETERMINERS`), in any
    clause ("in retaliation for an Iranian attack on a Kuwaiti tanker"); its target the
    actor (or owner) of its on/against/with/to phrase, or of its "of" phrase beside a
    named agent, else of a departure's "from" phrase ("the withdrawal of its troops from
    Chile": Chile; the source's own troops are no target, :func:`_not_own`; "attacks
    from Kuwait on Saudi cities" are on Saudi Arabia). An act of violence
    (:data:`VIOLENCE_ROOTS`) whose agent the text does not name is coded without a
    source where the text tells it as having taken place (:func:`_happened`): "an attack
    on an Iranian tanker was reported", "after an attack on the tanker". Returns the
    token that carries tense and attribution, and the reading."""
    named = noun_triggers(noun, vocab)  # the most specific trigger first ("an air strike")
    determiners = {c.lower_ for c in children(noun, "det")}
    if not named or determiners & (UNREAL_DETERMINERS | ANAPHORIC_DETERMINERS):
        return None
    if _forestalled(noun) or _undone(noun, index, vocab) or _taken_figuratively(noun, index, vocab):
        return None
    event_type = named[0].event_type
    counted = _counted_object(noun)  # "launched a barrage of threats": the acts counted
    answer = _answered_with(noun) if counted is None else None
    verb = answer or (noun.head if counted is None else counted.head)
    parties: list[Token] = []  # of a "between" phrase, when the noun has no agent
    mutual = False  # the phrase names two parties or more
    agentless = False
    ready = None  # the clause stating the act as its subject's intent (ready_for)
    rebound: dict[int, int] = {}
    lemma = verb.lemma_.lower()
    light = _light_object(verb, noun, index, vocab) or (
        lemma in RECIPROCAL_LIGHT_VERBS and vocab.is_reciprocal(event_type.name)
    )
    if ((noun.dep_ == "dobj" or counted is not None) and light) or answer is not None:
        if is_irrealis(verb, vocab) and not is_intended(verb, vocab, index):
            return None
        if _vetoed_content(verb, vocab):
            return None
        if not _named_with_its_modifiers(noun, named[0]) and _read_with_its_verb(
            verb, noun, {n.event_type.name for n in named}, index, vocab
        ):
            return None
        anchor = verb
        sources, penalty = subjects(verb)
    else:
        anchor, penalty = noun, 0.1
        verbal = vocab.is_verbal(event_type.name)
        sources = _sided_first(
            nominal_agents(noun, index, verbal, {w for n in named for w in n.rest}), index
        )
        if sources and _what_is_asked(noun, vocab):
            return None  # "demanded a withdrawal by Russian troops": asked, not reported
        ready = None if sources else _readied(noun, event_type, index, vocab)
        clause = None if sources else ready or _party_clause(noun, event_type)
        if (
            clause is not None
            and clause is not ready
            and _what_is_asked(noun, vocab)
            and not _told_as_begun(noun)
        ):
            return None  # "insisted on talks with the United States": asked, not held
        # "a clash between Iraqi units and Iranian boats", "talks between U.S. and Soviet
        # negotiators" (one noun, the agents of two sides): the ontology's nouns of acts
        # done together, not a verb's act ("the confrontation between Iran and Iraq")
        alone = sources or clause is not None or named[0].lexicon
        parties = [] if alone else _between(noun, index)
        mutual = sum(len(index.pairs.get(t.i, ())) or 1 for t in parties) > 1
        if mutual:
            if _unreported(noun, index, vocab):
                return None
            sources = parties
        elif not sources:
            if clause is not None:
                anchor, (sources, penalty) = clause, _first_party(clause, index)
                penalty += 0.1
            elif not _happened(noun, index, vocab):
                return None
            else:
                agentless = True
    # Of the classes the noun's most specific triggers name, that of its doers: "the U.S.
    # strike" is force, "the strike by letter carriers" and, its doers unnamed, "the
    # strike entered its fourth day" a walkout.
    chosen = min(
        (found for found in named if len(found.rest) == len(named[0].rest)),
        key=lambda found: _doer_rank(found.event_type, sources, index, vocab, 0),
    )
    event_type = chosen.event_type
    if agentless and event_type.root not in VIOLENCE_ROOTS:
        return None
    # Its "of" phrase names what the act is done to where its agent is named apart ("the
    # bombing of the port by Iraq", "Soviet criticism of the United States"); alone, it
    # may name the agent ("the offensive of the rebels").
    patient_of = not mutual and any(index.actor_at(s) for s in sources)
    preps = (TARGET_PREPS - {"by"}) | ({"of"} if patient_of else set())
    holders = (noun, anchor) if counted is None else (noun, counted, anchor)
    phrases = [c for holder in holders for c in children(holder, "prep", "dative")]
    aimed = [
        p
        for c in phrases
        if c.lower_ in preps and (c.lower_ != "of" or c.head == noun)
        for p in children(c, "pobj")
    ]
    # The noun's own phrase names its target before its clause's: in "flew to Damascus
    # for talks with Assad" the talks are with Assad; and the phrase of the trigger's own
    # preposition before others: "his return to Tehran from Moscow" visited Moscow.
    aimed = [p for p in aimed if p.head.head == noun] or aimed
    aimed = [
        p for c in children(noun, "prep") if c.lower_ in chosen.rest for p in children(c, "pobj")
    ] or aimed
    # The parser hangs a target phrase on the noun of a phrase of time or place before
    # it: "launched an offensive in two weeks against Eritrea".
    aimed = aimed or [
        p
        for c in phrases
        for q in children(c, "pobj")
        for nested in children(q, "prep")
        if nested.lower_ in NESTED_TARGET_PREPS
        for p in children(nested, "pobj")
    ]
    # Beside a named agent, a "from" phrase names whom a departure leaves ("Peru's
    # withdrawal from Chile"), where no other phrase names a target; for an act of
    # violence it is where the force came from ("attacks from Kuwait on Saudi cities").
    departed = [
        p
        for c in phrases
        if c.lower_ == "from" and patient_of and event_type.root not in VIOLENCE_ROOTS
        for p in children(c, "pobj")
        if p not in sources  # "came under criticism from Japan": the doer
    ]
    targets = (
        _not_own([p for p in aimed if index.actor_at(p)], sources, index)
        or [p for p in departed if index.actor_at(p)]
        or named_by(aimed, index)
        or _of_what_is_aimed_at(aimed, index)
        or _purpose_targets(noun, event_type, sources, index, vocab)
        or (_purpose_targets(anchor, event_type, sources, index, vocab) if anchor is verb else [])
        or _answered_actors((noun, anchor), sources, index, vocab.answers.keys())
        or (_met_by(noun, index, vocab.answers.keys()) if event_type.root in VIOLENCE_ROOTS else [])
        or _under(noun, index)
        or (_relative_victims(noun, index) if event_type.root in VIOLENCE_ROOTS else [])
        or (_about(noun, index) if vocab.is_verbal(event_type.name) else [])
        or (_asked_for(noun, index) if event_type.root in ASKING_ROOTS else [])
        # whom a verbal act's "that" clause is about, not the doer's own state:
        # "Iraqi allegations that Kuwait is supporting Iran" accuse Kuwait, as "Iraq
        # alleged that Kuwait ..." does; "Iranian allegations that its forces ..." no one
        or (
            [
                t
                for t in clause_subjects(noun, [], index)
                if not _the_speakers_state(index.actor_at(t), sources, index)
            ]
            if vocab.is_verbal(event_type.name)
            else []
        )
    )
    if mutual:
        targets = parties
    elif not any(index.actor_at(t) for t in targets) and _read_at_its_verb(noun, index, vocab):
        return None
    else:
        rebound = _owned_by_another(event_type, targets, sources, (noun, anchor), index, vocab)
    # the theme is what the act is about, without its doer's words ("by Iraq" too)
    doers = [] if mutual else sources
    skip = {t.i for s in doers for t in (*subtree(s), *_by_of(s))}
    words = [t for t in subtree(noun) if t.i not in skip]
    theme = words_text(words)
    lemmas = {t.lemma_.lower() for t in words}
    # what a journey is for is still to come: "flew to Lima for talks with Peru"
    match = Match(
        event_type,
        frozenset({anchor.i, noun.i}),
        None,
        dyadic=chosen.dyadic,
        to_come=purpose_of_a_journey(noun) or ready is not None,
    )
    refined = refine(event_type, lemmas, vocab)
    advice = _advice_to_own_side(noun, anchor, refined, sources, index, vocab)
    if advice is not None:
        refined, targets = advice
    return anchor, Reading(
        refined,
        match,
        sources,
        targets,
        theme,
        penalty,
        lemmas=frozenset(lemmas),
        rebound=rebound,
    )


def _of_what_is_aimed_at(aimed: list[Token], index: ActorIndex) -> list[Token]:
    """The actors of the "of" phrase of what an act's phrase names, or naming its words,
    where that is no actor and names no side itself: a ban on a trade is aimed at the
    side traded with ("a ban on imports of Argentine beef"), an attack on a thing at
    whom it is of ("an attack on the home of the Peruvian ambassador"). An actor's own
    "of" phrase named its side already; a deed's names whom it is done to, not whom the
    act is aimed at ("a crackdown on the trafficking of migrants")."""
    nested = [
        p
        for noun in aimed
        if not index.actor_at(noun) and not noun._.act_word
        for c in children(noun, "prep")
        if c.lower_ == "of"
        for p in children(c, "pobj")
    ]
    return actors_or_namers(nested, index)


def _relative_victims(noun: Token, index: ActorIndex) -> list[Token]:
    """The actors an act of violence does something to in a relative clause on its noun
    ("Israeli strikes that killed four people in southern Lebanon", "a raid which
    wounded two soldiers"): whom the act was aimed at, as the clause's subject, the
    act, did it to them."""
    return expand(
        [
            o
            for clause in children(noun, "relcl")
            if any(s.tag_ in RELATIVE_TAGS for s in children(clause, "nsubj"))
            for o in children(clause, "dobj")
            if index.actor_at(o)
        ]
    )


def _by_of(agent: Token) -> list[Token]:
    """The "by" that makes a noun an act's agent ("the bombing of the port by Iraq")."""
    return [agent.head] if agent.dep_ == "pobj" and agent.head.lower_ == "by" else []


# Prepositions whose object is an act that took place: of time ("after an attack on the
# tanker", "since the raid on Basra"), or undergone ("were under attack from warplanes").
PAST_EVENT_PREPS = frozenset({"after", "following", "since", "during", "under"})


def _happened(noun: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether the text tells an act named by a noun with no agent as one that took
    place, not one feared, planned, threatened, prepared for or denied ("feared an
    attack on its posts", "ruled out an attack"): the subject of a verb that codes no
    act on an actor of its own ("the attack on Chile's posts took place on Monday",
    "was reported"; "air raids on Iraqi towns killed 20 civilians" is read at its verb,
    see :func:`_act_subject`; "an attack on a warship is a cause for war" says what
    such an act is), the object of a phrase of time or of one undergoing it ("after an
    attack on the tanker", "were under attack"), or what an act answers ("in
    retaliation for an attack on Chile"); in a clause stated as real, not negated or
    denied."""
    head = noun.head
    if noun.dep_ == "nsubjpass" or noun.dep_ == "nsubj":
        clause = head
        read = next(_readings(clause, index, vocab), None) if noun.dep_ == "nsubj" else None
        if read is not None and any(index.actor_at(t) for t in read.targets):
            return False  # the verb codes the act the noun names, on its object
    elif noun.dep_ == "pobj" and head.lower_ in PAST_EVENT_PREPS:
        clause = head.head
    elif noun.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "NOUN":
        clause = head.head.head  # "in retaliation for", "responsibility for"
    else:
        return False
    clause = _verb_at_or_above(clause)
    if clause.lemma_ == "be" and noun.dep_ == "nsubj":
        return False  # "an attack on a warship is a cause for war": what such an act is
    unreal = is_irrealis(clause, vocab) or is_negated(clause, vocab)
    return not (unreal or is_denied(clause, vocab))


def _verb_at_or_above(token: Token) -> Token:
    """The verb of the clause a word belongs to: the word itself or its nearest head
    that is a verb (the root, where none is)."""
    while token.pos_ not in {"VERB", "AUX"} and token.head != token:
        token = token.head
    return token


def _unreported(noun: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether an event noun between parties is no act the text reports: what an appeal
    or a demand asks for (:func:`_what_is_asked`), what a plan or an effort only seeks
    to bring about (:data:`BRINGING_ABOUT` in an infinitive not
    stated as an intent: "efforts to obtain a ceasefire between Iran and Iraq", "seeks
    to arrange talks between them", "its willingness to host talks between them"), or,
    as the subject of a negated clause, what does not take place ("talks between them
    will not be held"; but "did not welcome the ceasefire between them" reports one),
    and as the subject of "be" under a modal, what such an act would be ("fighting
    between them would be a disaster"). "Efforts to end the fighting between them" and
    "arrived to monitor the ceasefire between them" presume the act."""
    clause = _verb_at_or_above(noun.head)
    if noun.dep_ in {"nsubj", "nsubjpass"} and (
        is_negated(clause, vocab) or (clause.lemma_ == "be" and is_modal(clause, vocab))
    ):
        return True
    if _what_is_asked(noun, vocab):
        return True
    return (
        clause.lemma_.lower() in BRINGING_ABOUT
        and is_irrealis(clause, vocab)
        and not is_intended(clause, vocab, index)
    )


def _parties_asked(verb: Token, index: ActorIndex) -> list[Token]:
    """The parties of the act between them that an appeal or a demand asks for, its
    object or the object of its "for" ("called for a ceasefire between Iran and Iraq":
    both are asked), where the clause names no one else."""
    asked = [*children(verb, "dobj"), *_asked_in_for(verb)]
    return [t for noun in asked for t in _between(noun, index)]


def _asked_in_for(head: Token) -> list[Token]:
    """The objects of a word's "for" phrase, what an appeal or a request asks for."""
    return [p for c in children(head, "prep") if c.lower_ == "for" for p in children(c, "pobj")]


# The prepositions by which a verb of asking names what it asks for ("called for",
# "insisted on", "prevailed upon").
ASKING_PREPS = frozenset({"for", "on", "upon"})


# Relative pronouns of a person, whose clause tells of someone, not of an act.
PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})


def _told_as_begun(noun: Token) -> bool:
    """Whether a relative clause in an event noun's phrase tells of the act as under way
    ("insisted on direct talks with the United States, which began in June": the parser
    may hang it on the phrase's last noun), so the act asked is one held too; a clause
    of a person ("with the leaders who …") tells no such thing."""
    return any(
        t.dep_ == "relcl" and not any(c.lower_ in PERSONAL_RELATIVES for c in children(t))
        for t in subtree(noun)
    )


def _what_is_asked(noun: Token, vocab: Vocabulary) -> bool:
    """Whether an event noun is what a verb of appealing or demanding asks for, its object
    or the object of its "for" or "on" ("called for a ceasefire between Iran and Iraq",
    "urged talks between them", "insisted on an Israeli withdrawal"): the act is asked,
    not reported. The verb asks by a trigger of the ontology (CAMEO 02, 10) or by the
    verb dictionary's code for it (:func:`asks`)."""
    holder = noun.head
    if noun.dep_ == "pobj" and holder.lower_ in ASKING_PREPS:
        verb = holder.head
    elif noun.dep_ == "dobj":
        verb = holder
    else:
        return False
    return verb.pos_ == "VERB" and asks(verb, vocab, phrasal=True)


def _about(noun: Token, index: ActorIndex) -> list[Token]:
    """Whom a verbal act's noun is about where nothing else names its target: the actor
    or owner of its "about" phrase ("complaints about Chile's tariffs": Chile); talks
    "with China about Taiwan" are with China, found before."""
    topics = [p for c in children(noun, "prep") if c.lower_ == "about" for p in children(c, "pobj")]
    return actors_or_namers(topics, index)


def _asked_for(noun: Token, index: ActorIndex) -> list[Token]:
    """Whom a request's noun asks where nothing else names its target: the actor of its
    "for" phrase, or of the act that phrase names, as the verb's object would give it
    ("its demand for the withdrawal of Iraqi troops": Iraq's troops, as "demanded the
    withdrawal of Iraqi troops" does)."""
    asked = expand(_asked_in_for(noun))
    return [p for p in asked if index.actor_at(p)] or owners_of(asked, index)


def _counted_object(noun: Token) -> Token | None:
    """The noun counting acts (:data:`SERIES_NOUNS`) whose "of" phrase holds this event
    noun, where it is a verb's object: "launched a barrage of threats", "staged a series
    of strikes"; the verb is then the acts' light verb."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.dep_ != "dobj":
        return None
    return of.head if of.head.lemma_.lower() in SERIES_NOUNS else None


def _between(noun: Token, index: ActorIndex) -> list[Token]:
    """The actors of an event noun's "between" phrase, or the sides that name them
    ("between Iraqi units and Iranian boats"): its parties. The phrase may hang on the
    verb the noun is the subject of, which tells only that the event happened
    ("fighting broke out between Amal and the guerrillas", "clashes were reported
    between Chadian and Libyan troops"), or on a participle after the noun ("the
    negotiations held between Canada and France")."""
    holders = [noun, *(c for c in children(noun, "acl") if c.tag_ == "VBN")]
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        holders.append(noun.head)
    named = expand(
        [
            p
            for holder in holders
            for c in children(holder, "prep")
            if c.lower_ == "between"
            for p in children(c, "pobj")
        ]
    )
    return [a for t in named for a in ([t] if index.actor_at(t) else named_by([t], index))]


def _undergoers(patients: list[Token], index: ActorIndex) -> list[Token]:
    """Who a passive's subject or a modified noun makes the target: the actors among
    them, else the actor an apposition names them ("one of the president's sons, Ali
    Musa, was arrested": Ali Musa), else their owners ("Three Turkish ships were
    attacked": Turkey; "Mexico's request was rejected": Mexico)."""
    if any(index.actor_at(t) for t in patients):
        return patients
    named = [a for t in patients for a in children(t, "appos") if index.actor_at(a)]
    return expand(named) or owners_of(patients, index) or patients


def _under(noun: Token, index: ActorIndex) -> list[Token]:
    """The target of an event noun in an "under" phrase: the clause's subject, who
    undergoes it ("Kuwaiti tankers came under Iranian attack", "the town is under
    siege"), or the subject's owners."""
    clause = undergone_in(noun)
    return [] if clause is None else _undergoers(subjects(clause)[0], index)


def _readied(
    noun: Token, event_type: EventType, index: ActorIndex, vocab: Vocabulary
) -> Token | None:
    """The clause whose actor subject states an event noun as its own act to come
    (:func:`~kg.extract.classify.ready_for`: "Russia is ready for talks with Ukraine");
    an act of conflict only where aimed ("ready for an offensive against the rebels"),
    not braced for ("Taiwan is ready for an invasion")."""
    clause = ready_for(noun, vocab)
    if clause is None or not any(index.actor_at(s) for s in subjects(clause)[0]):
        return None
    if vocab.quad_class_of(event_type.name) in COOPERATION_CLASSES:
        return clause
    aimed = any(c.lower_ in NESTED_TARGET_PREPS for c in children(noun, "prep"))
    return clause if aimed else None


def _party_clause(noun: Token, event_type: EventType) -> Token | None:
    """The clause whose subject took part in an event noun that names only the other
    party, in a "with" phrase (or, for a consultation, a "to" phrase: a visit's host),
    from an adverbial phrase of the clause: "he spoke after a meeting with the
    minister", "during talks with Iran, Japan offered …", "after a visit to France,
    Conrad said". A meeting, talks or a clash with someone, a visit to someone, has a
    first party, and the clause says who."""
    preps = {"with", "to"} if event_type.root == CONSULT_ROOT else {"with"}
    if not any(c.lower_ in preps for c in children(noun, "prep")):
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in {"VERB", "AUX"}:
        return None
    adverbial = prep.lower_ in PARTY_CLAUSE_PREPS or purpose_of_a_journey(noun)
    return prep.head if adverbial else None


def _first_party(clause: Token, index: ActorIndex) -> tuple[list[Token], float]:
    """The first party of an event noun naming the other party in a phrase of
    ``clause`` (see :func:`_party_clause`): the clause's subjects, or the actors that own
    or name them ("Bolivia's delegation made progress in talks with Peru"), or, where
    they are no actor, no pronoun and name none ("progress was made in talks with Peru",
    Chile said), the subjects of the clause it is reported in or hangs on, nearest
    first; the original subjects where none names an actor."""
    found, penalty = subjects(clause)
    climbed, extra = clause, 0.0
    while True:
        if any(index.actor_at(s) for s in found):
            return found, penalty + extra
        owning = named_by(found, index)
        if owning:
            return owning, penalty + extra
        if any(s.pos_ == "PRON" for s in found):
            break
        if climbed.dep_ not in {"ccomp", "xcomp", "advcl", "conj"}:
            break
        if climbed.head.pos_ not in {"VERB", "AUX"}:
            break
        climbed, extra = climbed.head, extra + 0.1
        found, penalty = subjects(climbed)
    return subjects(clause)


def events_at(token: Token, sentence: int, index: ActorIndex, vocab: Vocabulary) -> Iterator[Event]:
    """Every event a trigger verb or event noun yields (one per source-target pair)."""
    if token.pos_ == "NOUN":
        nominal = _nominal(token, index, vocab)
        if nominal is not None:
            yield from _coded(*nominal, sentence, index, vocab)
        return
    if token.pos_ not in {"VERB", "AUX"} or token.dep_ not in CLAUSE_DEPS:
        return
    if taken_in_form(token):
        return
    told = _told_of(token, vocab)
    if told is not None and is_passive(token):
        # "new sanctions must be imposed on Chile", "Iran should be punished by the
        # Council": what others are to do to the subject, an opinion, no act of anyone's
        return
    if told is not None and not _asked_of_its_subject(token, vocab):
        told = None  # "Should Iran attack again, ...": the clause is read as any other's
    if told is not None:
        head, cue = told
        targets = _actor_subjects(token, index)
        speakers = subjects(head)[0] or reporters(head)
        asked = [t for t in targets if not _the_speakers_state(index.actor_at(t), speakers, index)]
        if asked:
            # the speaker's act, made as the speaker spoke: "said Iran should withdraw"
            # appeals to Iran, asserted, whatever "should" makes of the withdrawal
            said = _speakers_act(head, token, cue, asked)
            yield from _events(head, sentence, said, said.event_type, False, index, vocab)
            return
        claim = _owned_up(token, cue, targets, speakers, index, vocab)
        if claim is not None:
            said = _speakers_act(head, token, claim, [])
            yield from _events(head, sentence, said, said.event_type, False, index, vocab)
            return
        hedged = any(token.doc[i].lower_ in vocab.hypothetical_cues for i in cue.tokens)
        if not targets or not hedged:
            # "he said a deal must bring benefits", "new sanctions must be imposed": an
            # opinion that asks nothing of an actor is no demand, and no act either; nor
            # what a speaker says its own state must do ("Peru said its troops must stay")
            return
        # what a speaker says its own state should do asks nothing of another ("Kohl
        # said Bonn should not accept the proposal"): the clause is read as any other's,
        # its "should" a hedge
    forecast = _forecast(token, index, vocab)
    if forecast is not None:
        head, said = forecast
        yield from _events(head, sentence, said, said.event_type, False, index, vocab)
    if _orders_own_forces(token, index, vocab) or compelled(token):
        return  # the order is the act commanded, coded at its complement; as is compulsion
    ordered = token.dep_ == "xcomp" and _orders_own_forces(token.head, index, vocab)
    if is_irrealis(token, vocab) and not is_intended(token, vocab, index) and not ordered:
        return
    if is_denied(token, vocab) or is_direct_question(token):
        return
    if _vows_an_act(token, sentence, index, vocab):
        return
    reading = next(_readings(token, index, vocab), None)
    if reading is None or _light_use(token, reading, index, vocab):
        return
    reading = _as_the_act_undergone(token, reading, index, vocab)
    if reading is None:
        return
    if not _anothers_act(token, reading, index, vocab):
        yield from _coded(token, reading, sentence, index, vocab)


def _as_the_act_undergone(
    verb: Token, reading: Reading, index: ActorIndex, vocab: Vocabulary
) -> Reading | None:
    """A killing or a wounding that its subject underwent in an act of violence the
    clause names, by a noun of its "in", "during" or "by" phrase ("three civilians were
    killed in a suicide car bombing", "died in an air strike"), is coded as that act,
    whose toll it is, as coders code it: the noun's class (its most specific trigger),
    where the verb's code is no kind of it ("killed in a gunbattle" keeps KILL's 193, a
    kind of fighting), and would otherwise say what the killing alone is (KILL's "- *
    CIVILIAN", mass killing, 202). Where the noun names who did the act, the doer is the
    source, whichever code is kept ("three Peruvians were killed in a Chilean raid":
    Chile on them; "died in the shelling of the town by Chilean forces", DIE's 190
    kept), and where it names what the act was aimed at too ("were injured in the U.S.
    attack on an Iranian oil site"), the act is coded at the noun (:func:`_nominal`) and
    its toll is no event of its own (None). An act of its own undergone in another
    ("taken hostage during a Chilean raid": an abduction, 181, not in
    :data:`HARM_CODES`) is no toll of it: it keeps its code and its own event, and only
    takes the doer the noun names."""
    kind = reading.event_type
    if kind.root not in VIOLENCE_ROOTS:
        return reading
    if not (is_passive(verb) or verb.lemma_.lower() in vocab.patient_subjects):
        return reading
    toll = kind.cameo in HARM_CODES or kind.root in FORCE_ROOTS
    known = {t.name for t in vocab.ancestors(kind.name)}
    for prep in children(verb, "prep"):
        if prep.lower_ not in UNDERGONE_IN:
            continue
        for noun in children(prep, "pobj"):
            named = noun_triggers(noun, vocab) if noun.pos_ == "NOUN" else []
            if not named or named[0].event_type.root not in VIOLENCE_ROOTS:
                continue
            act = named[0].event_type
            coded = (
                reading
                if act.name in known or not toll  # the verb's code already tells the act
                else replace(reading, event_type=act, match=replace(reading.match, event_type=act))
            )
            done = _nominal(noun, index, vocab)
            doers = done[1].sources if done is not None else []
            if any(index.actor_at(t) for t in doers):
                if toll and done is not None and any(index.actor_at(t) for t in done[1].targets):
                    return None
                return replace(coded, sources=doers)
            return coded
    return reading


def _orders_own_forces(verb: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """A command (``ckg:commandCue``) to the commander's own forces, with the act it
    commands: "ordered his troops to attack Kuwait", "ordered the U.S. Navy to increase
    its presence", "ordered the army to withdraw" (an army one can order, of no side the
    text gives, is one's own). It demands nothing of another party: the act commanded is
    the event, as its clause states it; "ordered Iraq to withdraw" is a demand, and so
    is an order to people of the commander's country it does not command
    (:func:`_commanded`)."""
    if verb.lemma_.lower() not in vocab.command_cues or not children(verb, "xcomp"):
        return False
    sources = subjects(verb)[0]
    return any(
        key is not None and _on_the_side_of(key, sources, index) and _commanded(key, index)
        for key in map(index.actor_at, objects_of(verb))
    )


def _commanded(key: str, index: ActorIndex) -> bool:
    """Whether an actor may be under a command of its country's: none of its roles is
    one of people who bear no arms or of the opposition (:data:`UNCOMMANDED_ROLES`).
    "Ordered the opposition newspaper to suspend publication" demands of another
    party, though the paper is of the commander's country."""
    actor = index.actors.get(key)
    code = (actor.code or actor.role or "") if actor is not None else ""
    return not set(role_codes(code)) & UNCOMMANDED_ROLES


def _on_the_side_of(key: str, sources: list[Token], index: ActorIndex) -> bool:
    """Whether an actor is on its sources' side: one of them, of their country, or a
    force that no text ties to any country ("the army", "police": an army one can
    order or deploy is one's own)."""
    own, countries = _sides(sources, index)
    if key in own or index.country_of(key) in countries:
        return True
    actor = index.actors.get(key)
    return (
        actor is not None
        and actor.code is not None
        and actor.code == actor.role
        and actor.role in ARMED_ROLES
    )


def _asked_of_its_subject(verb: Token, vocab: Vocabulary) -> bool:
    """Whether an active clause with a modal of obligation ("must", "should") asks its
    subject to act, as an appeal or a demand does: not the perfect, which judges what
    was not done ("Iraq should have accepted the ceasefire"); not a condition ("Should
    Iran attack again, ...", "if Iraq should attack"); not an expectation ("Iraqi
    troops should expect heavy losses", "Iran should be able to resume exports")."""
    modal = _modal_cue(verb, vocab)
    if modal is None:
        return True
    subject = next(iter(children(verb, "nsubj", "nsubjpass")), None)
    return not (
        any(c.lemma_ == "have" for c in children(verb, "aux"))
        or is_condition(verb, vocab)
        or (subject is not None and modal.i < subject.i)  # "Should Iran attack ..."
        or any(c.lower_ in QUESTION_MARKS for c in children(verb, "mark"))
        or verb.lemma_.lower() in EXPECTING
    )


# What a modal of obligation does not ask of its subject, but expects of it: "should be
# able to", "should expect heavy losses".
EXPECTING = frozenset({"be", "expect"})
# The conjunction of a reported question, which asks nothing of its subject ("asked
# whether Iraq should withdraw"); a condition's ("if", "unless") is the ontology's.
QUESTION_MARKS = frozenset({"whether"})


def _the_speakers_state(key: str | None, sources: list[Token], index: ActorIndex) -> bool:
    """Whether an actor is the speakers' own state: one of them, their country, or an
    institution of their country's state ("Japan should not cut its ties, the Japanese
    minister said"; "Peru said Peruvian troops must leave"), of whom nothing is asked
    by another; not the country's firms or people, of whom a government demands
    ("Thatcher said British oil companies must cut their output")."""
    if key is None or key not in index.actors:
        return False
    own, countries = _sides(sources, index)
    if key in own:
        return True
    actor = index.actors[key]
    if index.country_of(key) not in countries:
        return False
    _, roles = split_code(actor.code or "")
    return actor.type == "State" or (bool(roles) and all(is_state_role(r) for r in roles))


def _light_objects(verb: Token, vocab: Vocabulary) -> list[Token]:
    """The event nouns a light verb (:data:`LIGHT_VERBS`) has as its objects, which name
    its act ("launched its offensive"), whoever the words say does it."""
    if verb.lemma_.lower() not in LIGHT_VERBS:
        return []
    return [n for n in children(verb, "dobj") if n.pos_ == "NOUN" and noun_type(n, vocab)]


def _light_object(verb: Token, noun: Token, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether an event noun is the act its verb does: the verb is light
    (:data:`LIGHT_VERBS`: "launched an attack", "announced sanctions", "gave a warning")
    or a command (``ckg:commandCue``: "ordered the strike on the platform", done by
    the one who commands it), and the noun names no doer but the verb's subject's side
    (:func:`_on_the_side_of`): "ordered a Chilean attack on Bolivia" demands Chile's
    act, where "ordered an army attack" and "announced its sanctions" are the subject's
    own. The doer is the one :func:`nominal_agents` finds: a possessor is one only
    beside a phrase naming what the act is done to ("ordered the spies' arrest" arrests
    the spies)."""
    lemma = verb.lemma_.lower()
    if lemma not in LIGHT_VERBS and lemma not in vocab.command_cues:
        return False
    sources = subjects(verb)[0]
    doers = (index.actor_at(a) for a in nominal_agents(noun, index, False))
    return all(key is None or _on_the_side_of(key, sources, index) for key in doers)


def _light_use(verb: Token, reading: Reading, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether the verb is used lightly (:func:`_light_object`), its object an event noun
    of another CAMEO root, which is the act (coded at the noun, :func:`_nominal`): "gave
    a warning to Kuwait" is the warning (a threat), not giving aid; "announced the
    sanctions in retaliation" the sanctions (163), not ANNOUNCE's "- * RETALIATION"
    (130); "ordered the strike on the platform" the strike (19), not a demand (ORDER's
    100). A reading that takes the noun in as a word of its trigger stands: "lodge
    protest", or LODGE's "- * PROTEST" (a complaint, 11; the noun's own reading, a
    demonstration, stays beside it: dropping it cost the held-out articles a right
    event). "Gave aid" keeps its reading; "ordered Iraq to withdraw" and "ordered an
    Iraqi attack" are demands. So is a verb of answering whose "with" phrase names the
    act (:func:`_answered_with`): "retaliated with sanctions" is the sanctions."""
    pattern = reading.match.pattern
    means = [n for p in children(verb, "prep") if p.lower_ == "with" for n in children(p, "pobj")]
    light = [
        n
        for n in children(verb, "dobj")
        if n.pos_ == "NOUN" and _light_object(verb, n, index, vocab)
    ]
    for noun in [*light, *(n for n in means if n.pos_ == "NOUN" and _answered_with(n) == verb)]:
        named = noun_type(noun, vocab)
        if named is None or named.root == reading.event_type.root:
            continue
        if noun.i in reading.match.tokens or (pattern and noun.i in pattern_words(verb, pattern)):
            continue  # the reading takes the noun in: "lodged a protest"
        return True
    return False


def _anothers_act(verb: Token, reading: Reading, index: ActorIndex, vocab: Vocabulary) -> bool:
    """Whether the verb's reading is coded by a pattern of a verb of saying on its
    object, an event noun of the reading's own root whose doer the noun names, off the
    subject's side: "Iran reported an Iraqi attack on a tanker" (REPORT's "- * ATTACK",
    190) tells Iraq's attack, coded at the noun (:func:`_nominal`), not an Iranian one
    on Iraq; "Iran reported an attack on the tanker" names no other doer and stays the
    subject's, as PETRARCH codes it."""
    pattern = reading.match.pattern
    if pattern is None or not written_for_any(verb, pattern, vocab.speech_lemmas):
        return False  # "France echoed the British appeal" appeals itself
    sources = subjects(verb)[0]
    for noun in children(verb, "dobj"):
        named = noun_type(noun, vocab) if noun.pos_ == "NOUN" else None
        if named is None or named.root != reading.event_type.root:
            continue
        if noun.i not in pattern_words(verb, pattern):
            continue
        doers = [index.actor_at(a) for a in nominal_agents(noun, index, False)]
        if any(key is not None and not _on_the_side_of(key, sources, index) for key in doers):
            return True
    return False


def _vows_an_act(verb: Token, sentence: int, index: ActorIndex, vocab: Vocabulary) -> bool:
    """A verb of intent ("vowed", "pledged", "plans") whose infinitival complement is an
    event: the complement is the event, stated as intended and recoded by its class
    ("vowed to keep up the raids" a threat of force, "pledged to send aid" an intent to
    give aid), so the verb codes none of its own ("pledged support" still does). A
    negated one states no intent: "did not agree to withdraw" is a refusal, the verb's.
    So with an aspectual verb ("began escorting tankers", "continued to shell the
    town"): its complement is the act, coded as done."""
    if not (intends(verb, vocab) or verb.lemma_.lower() in ASPECTUAL) or is_negated(verb, vocab):
        return False
    acts = [t for c in children(verb, "xcomp") for t in (c, *children(c, "dobj"))]
    return any(next(events_at(t, sentence, index, vocab), None) for t in acts)


# The kinds of actor an act can be taken to as a forum ("a complaint with GATT").
FORUMS = frozenset({"InternationalOrganization"})


def _threatened(verb: Token, reading: Reading, index: ActorIndex, vocab: Vocabulary) -> list[Token]:
    """Whom a complaint or a rejection promised on a condition threatens: its own
    target ("will protest to Kabul if the rebels attack"), unless it is taken to an
    international forum ("will file a complaint with GATT if Reagan imposes the
    tariffs"), is of the threatener's own side, or is none: then whoever the condition
    names."""
    keys, countries = _sides(reading.sources, index)
    aimed = [
        t
        for t in reading.targets
        if (key := index.actor_at(t)) is not None
        and index.actors[key].type not in FORUMS
        and key not in keys
        and index.country_of(key) not in countries
    ]
    return aimed or _addressed_by_condition(verb, reading.sources, index, vocab) or reading.targets


def _warned_of(
    verb: Token, event_type: EventType, vocab: Vocabulary, index: ActorIndex
) -> list[Token]:
    """The speakers who warn of an agentless passive act of force or coercion to come
    as their own (:func:`~kg.extract.classify.intending_speakers`): "Canada said French
    fishermen would be arrested" is Canada's threat. One of cooperation is as often
    another's ("Lebanon said the hostages would be freed": by their captors)."""
    if vocab.quad_class_of(event_type.name) != MATERIAL_CONFLICT:
        return []
    return intending_speakers(verb, vocab, index)


def _coded(
    anchor: Token, reading: Reading, sentence: int, index: ActorIndex, vocab: Vocabulary
) -> Iterator[Event]:
    """The reading's events, recoded by the ontology when stated as an intention ("will
    release" → intent to cooperate) or negated ("will not accept" → reject); an intended
    act with no intent class to recode to keeps its class and is *intended*."""
    event_type = reading.event_type
    # An expression of intent ("will offer") or a threat is itself the statement of a
    # future act, made now; any other act stated for the future is intended.
    stated = (
        reading.match.to_come
        or is_intended(anchor, vocab, index)
        or bool(_warned_of(anchor, reading.event_type, vocab, index))
        or (
            dated_ahead(anchor, index.coder.date, _on_the_calendar(anchor, event_type, vocab))
            and not is_modal(anchor, vocab)
        )
    )
    intended = stated and not vocab.states_intent(event_type.name)
    if intended:
        recoded = vocab.intent_of(event_type.name)
        if recoded is None and conditions(anchor, vocab):
            # "if Reagan imposes the tariffs, Japan will file a complaint with GATT": a
            # threat (ckg:conditionalIntentClass)
            recoded = vocab.conditional_intent_of(event_type.name)
            if recoded is not None:
                reading = replace(reading, targets=_threatened(anchor, reading, index, vocab))
        if recoded is not None:  # "would support a pause": an intent to de-escalate
            recoded = _refined_intent(recoded, set(reading.lemmas), vocab)
        event_type, intended = (recoded, False) if recoded else (event_type, True)
    negated = is_negated(anchor, vocab) or _done_to_nothing(anchor, reading.match)
    negation = vocab.negation_of(event_type.name) if negated else None
    if negation is not None:  # "will not offer": a refusal, made now
        event_type, negated, intended = negation, False, False
    # What the target does back in the same act ("met", "signed an agreement with"): the
    # class's converse, or the verb's paired code while the act is coded as read.
    counterpart = vocab.converse_of(event_type.name) or (
        reading.match.counterpart if event_type == reading.match.event_type else None
    )
    yield from _events(
        anchor, sentence, reading, event_type, negated, index, vocab, intended, stated, counterpart
    )


def _done_to_nothing(verb: Token, match: Match) -> bool:
    """Whether the act is done to nothing, its object determined by "no": "has bought no
    U.S. wheat", "reached no agreement" tell that it was not done; unless the pattern
    that coded it read the "no" itself ("received no aid", the verb dictionary's
    ``{NO AID}``: a refusal of aid)."""
    if match.pattern is not None and any("NO" in n.words for n in match.pattern.nouns):
        return False
    return any(
        c.lower_ == "no" and c.i not in match.tokens
        for o in children(verb, "dobj")
        for c in children(o, "det")
    )


def _on_the_calendar(anchor: Token, event_type: EventType, vocab: Vocabulary) -> bool:
    """Whether an act told in the present (:func:`~kg.extract.dates.scheduled`) is on the
    calendar: one of cooperation, verbal or material ("King Fahd begins a visit on
    Tuesday", "releases the prisoners on Friday"), that no one reports; a speaker's
    present ("Iraq says Iran launches an offensive on Tuesday") and a headline's or a
    chronology's ("On March 1 Iraq attacks Kharg") tell what happened."""
    cooperation = vocab.quad_class_of(event_type.name) in COOPERATION_CLASSES
    return cooperation and scheduled(anchor) and speech_head(anchor, vocab) is None


def _refined_intent(intent: EventType, lemmas: set[str], vocab: Vocabulary) -> EventType:
    """The intent class the act's words name under the intent's root, whatever act
    states it ("would support a pause", an intent to de-escalate, 0356, though support
    is recoded to 032), else the act's own (an intent to meet, 036)."""
    root = vocab.ancestors(intent.name)[-1]
    refined = refine(root, lemmas, vocab)
    return refined if refined != root else refine(intent, lemmas, vocab)


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
    counterpart: EventType | None = None,
) -> Iterator[Event]:
    """One event per source-target pair of a reading, and, for an act both parties do
    (``counterpart``), the target's beside it, as coders code both directions."""
    said_by = speaker_of(verb, index, vocab) if reading.reported else None
    foretold = reading.reported and foretold_by(verb, vocab, index) is not None
    quad_class = vocab.quad_class_of(event_type.name)
    # A threat states its condition; not a negated one ("will not attack if …", a
    # promise of restraint), nor one a speaker who is no actor foretells ("analysts
    # said that if Iraq attacks, Iran will retaliate").
    threat = (
        vocab.states_intent(event_type.name)
        and quad_class == VERBAL_CONFLICT
        and not negated
        and (said_by is not None or speech_head(verb, vocab) is None)
    )
    modality = modality_of(verb, said_by, vocab, intended, stated, foretold, threat, negated)
    trigger_text = " ".join(verb.doc[i].text for i in sorted(reading.match.tokens))
    when = event_date(verb, index.coder.date, ahead=modality == "intended" or stated)
    sources = actor_arguments(reading.sources, index)
    targets = actor_arguments(reading.targets, index, reading.rebound)
    if event_type.cameo.startswith(POSTURE_ROOT):
        # A show of force moves the doer's own men: "mobilised troops", "deployed
        # soldiers along the frontier" aim at no armed men of no side.
        targets = [t for t in targets if not _unsided_agent(t.key, index)] or [NO_ARGUMENT]
    # A verbal act (QuadClass 1, 3: a statement, appeal, consultation, demand, threat,
    # rejection) or an act of cooperation (2: aid, a concession) is somebody's: with no
    # source the text names, there is no act to code (PETRARCH drops unresolved
    # actors; "this agreement allows France to ...", "the foundation would donate" name
    # none). Only material conflict can be reported without its doer ("the tanker was
    # hit", "dozens were taken hostage").
    verbal = vocab.is_verbal(event_type.name)
    acts_named_again, named_bare = _acts_named_again(verb, index, vocab)
    allies = _allies(verb, index)
    undergone = verb.pos_ != "NOUN" and is_passive(verb) and not agents(verb)
    for source in sources:
        parties = _parties(source, sources, targets, verb, reading, event_type, vocab, index)
        for target in parties:
            if source.key is None and (target.key is None or quad_class != MATERIAL_CONFLICT):
                continue
            if source.key == target.key:
                if any(t.key not in (None, source.key) for t in parties):
                    continue  # "clashes between workers and police": each on the other only
                target = NO_ARGUMENT
            # a stated intent ("vowed to retaliate": a threat) is a statement, made now,
            # but one to do something to a thing is aimed at no one ("will take a vote")
            unaimed = stated and not objects_of(verb)
            untargeted = (
                target.key is None
                and not unaimed
                and not (event_type.cameo.startswith(POSTURE_ROOT) and _shows_force(source, index))
            )
            if (
                untargeted
                and reading.match.dyadic
                and not event_type.cameo.startswith(FORCE_CODES)
                and not acts_named_again
            ):
                # only an act of force can take a dictionary's target from the article,
                # or an act on an act the article told ("condemned the coup")
                continue
            # an act done to another (ckg:directed) keeps no event if the article names none
            needs_target = untargeted and (
                reading.match.dyadic or vocab.is_directed(event_type.name)
            )
            aimed = _on_people(event_type, target.key, index, vocab)
            confidence = BASE_CONFIDENCE - reading.penalty
            confidence -= 0.1 * (source.pronoun + target.pronoun)
            confidence -= 0.3 if source.key is None else 0.0
            event = Event(
                sentence=sentence,
                acts_named_again=acts_named_again if target.key is None else (),
                named_bare=named_bare and target.key is None,
                allies=allies,
                event_type=aimed.name,
                cameo=aimed.cameo,
                source=source.key,
                target=target.key,
                source_text=source.text,
                target_text=target.text,
                theme=reading.theme,
                said_by=said_by,
                modality=_stance(modality, verbal, said_by, source.key, index),
                negated=negated,
                confidence=round(max(0.05, min(0.99, confidence)), 2),
                trigger=trigger_text,
                event_date=when,
                needs_target=needs_target,
                undergone=undergone,
            )
            yield event
            if counterpart is not None and source.key and target.key:
                yield replace(
                    event,
                    event_type=counterpart.name,
                    cameo=counterpart.cameo,
                    source=target.key,
                    target=source.key,
                    source_text=target.text,
                    target_text=source.text,
                    modality=_stance(modality, verbal, said_by, target.key, index),
                )


# Prepositions of the places a doer's own people are sent to or called back from.
POSTING_PREPS = frozenset({"from", "to", "in"})


def _where_own_are_sent(verb: Token, own: list[Token], index: ActorIndex) -> list[Token]:
    """Whom an act on the doer's own people (``own``: "its ambassador", "its troops") is
    aimed at: the actor of the "from", "to" or "in" phrase of the verb or of those
    people, where they were posted or are sent ("recalled its ambassador from Niger",
    "recalled its ambassador to Niger", "expelled its envoy in Lagos")."""
    return phrase_actors([verb, *own], POSTING_PREPS, index)[:1]


# Nouns of the line between two sides: a show of force at one faces its other side.
FRONTIER_NOUNS = frozenset({"border", "frontier", "boundary", "coast", "coastline", "waters"})
# Prepositions placing forces at, along or across such a line.
FRONTIER_PREPS = frozenset(
    {"near", "along", "on", "at", "to", "toward", "towards", "off", "into", "across", "from"}
)


def _across_the_frontier(verb: Token, sources: list[Token], index: ActorIndex) -> list[Token]:
    """Whom a show of force or a withdrawal at a frontier faces (:data:`FRONTIER_NOUNS`,
    in a phrase of the verb or of its object): the frontier's other side, its "with"
    or "between" phrase or its owner ("massed troops near Ukraine's border", "along the
    Kuwaiti border", "off the Libyan coast", "to its border with Belarus"), as a coder
    reads it; the doers' own frontier faces no one ("along its border"), and whom the
    forces are sent to fight is the target before it ("along the Afghan border to fight
    Taliban militants", :func:`_purpose_targets`)."""
    frontiers = [
        p
        for holder in (verb, *children(verb, "dobj"))
        for prep in children(holder, "prep")
        if prep.lower_ in FRONTIER_PREPS
        for p in children(prep, "pobj")
        if p.lemma_.lower() in FRONTIER_NOUNS
    ]
    mine, countries = _sides(sources, index)
    return [
        t
        for t in expand(phrase_actors(frontiers, {"with", "between"}, index))
        or belongs_to(frontiers, index)
        if (key := index.actor_at(t)) is not None
        and key not in mine
        and index.country_of(key) not in countries
    ][:1]


def _met_by(noun: Token, index: ActorIndex, answering: Set[str]) -> list[Token]:
    """Whom an act of violence was aimed at that a verb of answering (the ontology's
    ``ckg:answerTrigger`` lemmas: repel, repulse, resist, crush, counter, …) takes as its
    object: the verb's subject, who met it ("Iranian troops repulsed heavy Iraqi
    attacks": the attacks were on Iran's troops)."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in answering:
        return []
    return expand([s for s in subjects(verb)[0] if index.actor_at(s)])


def _bare_noun_kinds(noun: Token, vocab: Vocabulary) -> list[EventType]:
    """The classes a noun names as a bare trigger noun of the ontology ("attack": 19)."""
    readings = vocab.by_noun.get(noun.lemma_.lower(), ())
    return [kind for kind, trigger in readings if not trigger.rest]


# What a noun naming an act of any kind may have and still name no act in particular:
# a determiner and adjectives ("the bold move", "this latest step"), and the "as" phrase
# the parser may hang on it that describes it ("welcomed the move as historic").
BARE_NOUN_DEPS = frozenset({"det", "amod", "advmod", "punct"})
PREDICATIVE = frozenset({"as"})


def _acts_named_again(
    verb: Token, index: ActorIndex, vocab: Vocabulary
) -> tuple[tuple[str, ...], bool]:
    """The CAMEO codes of the act the verb's object names again by a definite noun of an
    act (a bare trigger noun of the ontology) that names no doer of its own: "condemned
    the attack", "denounced the killings", "condemned the unacceptable attack" are aimed
    at whoever did the act the article told before
    (:func:`~kg.extract.opponents.complete_parties`). Where the words differ ("an Israeli
    drone strike … condemned the attack"), :func:`_maker_of_what_is_named_again` finds
    no verb of the noun before it, but the coded act is of the noun's kind: its class's
    code ("the kidnapping" an abduction, 181; "the coup" a seizure of power, 180), but
    for conventional force its root, whose codes tell the means, not another act ("the
    airstrike" names an attack coded 190 again). A noun the ontology has no trigger for
    names the act the verb dictionary codes it as ("condemned the shelling": SHELL, 19;
    "the demolition": 1712). "Condemned the Israeli attack" names its doer, and
    "condemned attacks on civilians" no act in particular. A noun of an act of any kind
    (``ckg:actNoun``: "welcomed the move", "condemned the decision") names an act of any
    code (:data:`~kg.extract.opponents.ANY_ACT`), where nothing but its determiner and
    adjectives tells which: "the decision to expel diplomats" or "the move by Peru"
    tells its own. So does the noun a verb of
    answering (``ckg:answerTrigger``) names in its "to" or "for" phrase: "said it would
    respond to the attack", "vowed to retaliate for the raid". With the codes, whether
    the noun is that bare too ("condemned the coup", not "the coup in Mali"), and so may
    name an act the story told in other words (``Event.named_bare``)."""
    answered: list[Token] = []
    if verb.lemma_.lower() in vocab.answers:
        answered = [
            p
            for c in children(verb, "prep")
            if c.lower_ in ANSWERED_PREPS
            for p in children(c, "pobj")
        ]
    for noun in (*objects_of(verb), *answered):
        if noun.pos_ != "NOUN" or not definite(noun) or children(noun, "poss"):
            continue
        if _named_doers(noun, index):
            continue  # "the U.S.-led attack" names its doer
        bare = all(c.dep_ in BARE_NOUN_DEPS or c.lower_ in PREDICATIVE for c in noun.children)
        if noun.lemma_.lower() in vocab.act_nouns:
            if bare:
                return ANY_ACT, True
            continue
        kinds = _bare_noun_kinds(noun, vocab)
        if not kinds and not vocab.by_noun.get(noun.lemma_.lower()):
            read = dictionary_noun(noun, vocab)
            kinds = [read.event_type] if read is not None else []
        codes = sorted({kind.root if kind.root == FIGHT_ROOT else kind.cameo for kind in kinds})
        if codes:
            return tuple(codes), bare
    return (), False


def _stance(
    modality: str, verbal: bool, said_by: str | None, source: str | None, index: ActorIndex
) -> str:
    """The modality of a reported event with this source: a verbal act its own side
    reports is made by the report (asserted, see
    :func:`kg.extract.attribution.speaks_for`)."""
    if verbal and modality == "claimed" and said_by and speaks_for(said_by, source, index):
        return "asserted"
    return modality


def _parties(
    source: Argument,
    sources: list[Argument],
    targets: list[Argument],
    verb: Token,
    reading: Reading,
    event_type: EventType,
    vocab: Vocabulary,
    index: ActorIndex,
) -> list[Argument]:
    """The targets of one source's event: the reading's, else the other parties, as
    coders code both directions, for an act done to each other ("Iran and Iraq accused
    each other"), and for a reciprocal act or one the verb's code pairs with itself
    (PETRARCH's ``[112:112]``: "Iran and Iraq exchanged accusations") whose parties are
    coordinated subjects ("Egypt and Israel signed an agreement") and that names no
    partner of its own ("U.S. and British planes exchanged fire with Iraqi anti-aircraft
    batteries" is not fire between allies; "signed it with great fanfare" names none;
    what an "on", "over" or "about" phrase names is the act's topic, no partner: "signed
    an agreement on Macao", and what an "at" phrase names its venue: "Israel and the UAE
    signed the accord at the White House", and the object a paired code's pattern names
    what they give each other: "Russia and Ukraine exchanged prisoners", PETRARCH's
    EXCHANGE "- * PRISONERS [0841:0841]"), and that they do not do side by side
    (:func:`_beside_each_other`: "fought alongside each other").
    The act is as read, before an intention or a negation recodes it: "Egypt and
    Israel will hold talks" is an intent to meet each other; so is an intent
    (``event_type``) whose own class is reciprocal, as a ceasefire is kept between
    sides: "India and Pakistan agreed to withdraw troops" (0356). A verb the dictionary
    codes by its block alone, done to a thing, is no act with each other: "Gorbachev
    and Shevardnadze left a session" (GO_SOMEWHERE, 040) is two departures, where
    "Arafat and Hussein huddled" is a meeting. A group and a person of its code are one
    side, not counterparts: "Chilean officials, including Chile's foreign minister,
    will attend" (CHLGOV both) do not meet each other, where two people of one code
    ("Shamir and Peres met") do; nor is a group the target of a member's act, or a member
    of the group's ("the finance minister suggested talks" with no government of his
    own; "the UN welcomed Perez de Cuellar's report" is the UN's own business), whereas two
    bodies of one code may act on each other ("EC ministers urged the Commission")."""
    match = reading.match
    paired = match.counterpart is not None and match.counterpart == match.event_type
    on_a_thing = match.dyadic and match.pattern is None and bool(children(verb, "dobj"))
    reciprocal = not on_a_thing and any(
        vocab.is_reciprocal(t.name) for t in (reading.event_type, event_type)
    )
    holders = [verb, *children(verb, "dobj")]  # "exchanged fire with": on the verb or its object
    partners = [
        p
        for h in holders
        for c in children(h, "prep")
        if c.lower_ in RECIPROCAL_PREPS
        for p in children(c, "pobj")
    ]  # a partner is a party, not a manner: "signed an agreement with great fanfare"
    partnered = any(index.actor_at(p) for p in partners) or bool(named_by(partners, index))
    alongside = _beside_each_other(verb)
    mutual = reading.mutual or ((paired or reciprocal) and not partnered and not alongside)
    aimed = [t for t in targets if not (t.key and _one_side(t.key, source.key or "", index))]
    if not mutual:
        return aimed
    topics = {
        index.actor_at(p)
        for h in holders
        for c in children(h, "prep")
        if c.lower_ in TOPIC_PREPS | VENUE_PREPS
        for p in children(c, "pobj")
    }
    if paired and match.pattern is not None:  # "exchanged prisoners": what is given
        topics |= {index.actor_at(verb.doc[i]) for i in pattern_words(verb, match.pattern)}
    if any(t.key and t.key not in topics for t in targets) or _elsewhere(verb, sources, index):
        return aimed
    others = [
        s
        for s in sources
        if s.key and s.key != source.key and not _one_side(s.key, source.key or "", index)
    ]
    return others or aimed


def _elsewhere(verb: Token, sources: list[Argument], index: ActorIndex) -> bool:
    """Whether what the parties do together is kept on another's ground: its object's
    "in", "for" or "between" phrase names a side none of them is on ("Britain and France
    agreed to a truce in Yemen" is no truce between them; "Israel and Hamas agreed to a
    ceasefire in Gaza" is one, Gaza being Hamas's side)."""
    sides = {index.country_of(s.key) or s.key for s in sources if s.key}
    objects = [
        *children(verb, "dobj"),
        *(
            p
            for c in children(verb, "prep")
            if c.lower_ in {"to", "on"}
            for p in children(c, "pobj")
        ),
    ]
    for placed in (c for o in objects for c in children(o, "prep")):
        if placed.lower_ not in {"in", "for", "between"}:
            continue
        for key in filter(None, map(index.actor_at, expand(children(placed, "pobj")))):
            if (index.country_of(key) or key) not in sides:
                return True
    return False


def _one_side(key: str, other: str, index: ActorIndex) -> bool:
    """Whether two actors are one side: a group and a member of its code (see
    :func:`_parties`)."""
    first, second = index.actors.get(key), index.actors.get(other)
    if first is None or second is None or first.code is None or first.code != second.code:
        return False
    return "Person" in {first.type, second.type} and first.type != second.type


def _on_people(
    event_type: EventType, target: str | None, index: ActorIndex, vocab: Vocabulary
) -> EventType:
    """Military force (CAMEO 190, the verb dictionary's code for "kill" and "attack")
    used on a person or on people who bear no arms (:data:`UNARMED`) is assault (18):
    CAMEO's 19 is conventional force between armed parties, and "militants killed the
    mayor" is an attack on a man, "three workers were killed" on workers."""
    actor = index.actors.get(target or "")
    if event_type.cameo != "190" or actor is None:
        return event_type
    if actor.type == "Person" or set(role_codes(actor.role or "")) & UNARMED:
        return vocab.for_code("18") or event_type
    return event_type


def _best(events: list[Event]) -> list[Event]:
    """One event per sentence, source, CAMEO root and target: the most specific, then the
    most confident; and no copy without a target, or without a source, of an act that
    has one (two readings of one act, one of which found it: "the Iraqi attack, when an
    Iranian tanker was hit"); and no harm to people (:data:`HARM_CODES`) beside an act
    of force or mass violence its sentence tells, which caused it ("Israeli strikes that
    killed four people", "fired missiles at Kyiv, killing 11"), nor mass violence (20)
    beside its doer's act of force (19) there ("Israeli jets bombed a house, killing six
    civilians", which the dictionary's KILL block codes 202), nor a bombing (183) beside
    its doer's act of force ("Russian drones and missiles struck Kharkiv, killing four
    people", which KILL's "- &WEAPON *" codes 183 by the weapons the participle takes
    from the act): the toll is the act's, as coders code it, and so are its victims,
    the target of the doer's act where its clause names none ("Peruvian artillery
    shelled Arica, killing four civilians": the shelling is aimed at them). The event
    IRI, keyed by sentence, source, class and target (see :func:`kg.rdf.event_iri`), is
    then unique within the article."""
    aimed = {(e.sentence, e.source, e.cameo[:2]) for e in events if e.target is not None}
    done = {(e.sentence, e.target, e.cameo[:2]) for e in events if e.source is not None}
    forced = {e.sentence for e in events if e.cameo[:2] in FORCE_ROOTS}
    fought = {(e.sentence, e.source) for e in events if e.cameo.startswith(FIGHT_ROOT)}

    def toll(event: Event) -> bool:
        if event.cameo in HARM_CODES and event.sentence in forced:
            return True
        # "jets bombed a house, killing six civilians": KILL's "* CIVILIAN", 202
        doers = (event.cameo.startswith(MASS_VIOLENCE_ROOT) or event.cameo == BOMBING) and (
            event.sentence,
            event.source,
        ) in fought
        return bool(doers)

    victims = {
        (e.sentence, e.source): e
        for e in reversed(events)
        if toll(e) and e.target is not None and (e.sentence, e.source) in fought
    }
    chosen: dict[tuple[object, ...], Event] = {}
    for event in events:
        if event.target is None and (event.sentence, event.source, event.cameo[:2]) in aimed:
            continue
        if event.source is None and (event.sentence, event.target, event.cameo[:2]) in done:
            continue
        if toll(event):
            continue
        harmed = victims.get((event.sentence, event.source))
        if event.target is None and harmed is not None and event.cameo.startswith(FIGHT_ROOT):
            event = replace(event, target=harmed.target, target_text=harmed.target_text)
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


def _where(event: Event, token: Token, places: PlaceIndex, vocab: Vocabulary) -> str | None:
    """Where the event at ``token`` happened (:meth:`PlaceIndex.location_near`), else,
    in a report, where the report's object puts what it tells
    (:meth:`PlaceIndex.told_at`); a verbal act (a statement, an appeal, a threat:
    QuadClass 1 or 3) that its source makes by speaking, where its clause names no
    place, happened where the source spoke: "U.S. officials told him in Washington that
    Taiwan would face retaliation". An intent to cooperate coded at its verb is placed
    where the act its infinitive states is to be ("prepares to visit Washington",
    PREPARE's 030); a refusal or an appeal is not where what it refuses or asks would
    happen ("refused to meet Arafat in Cairo"), nor where the thing or act it is about
    was told to be ("condemned the strike"). An act told by a participle on a noun is
    where the noun is: "talks in Pretoria mediated by the African Union"."""
    head = speech_head(token, vocab)
    intent = event.cameo.startswith(INTENT_ROOT) and not is_negated(token, vocab)
    intended = next(iter(children(token, "xcomp")), None) if intent else None
    here = (
        places.location_near(token, spoken=vocab.is_verbal(event.event_type))
        or (places.location_near(intended) if intended is not None else None)
        or (places.location_near(token.head) if token.dep_ == "acl" else None)
        or (places.told_at(head) if head is not None else None)
    )
    if here is not None or event.said_by not in (None, event.source):
        return here
    if not vocab.is_verbal(event.event_type):
        return None
    return places.location_near(head) if head is not None else None


def extract_events(
    doc: Doc,
    index: ActorIndex,
    sentence_of: dict[int, int],
    vocab: Vocabulary,
    places: PlaceIndex | None = None,
) -> list[Event]:
    """All events of a parsed article, one per (sentence, source, CAMEO root, target),
    each with where it happened where the clause says, else the one place its sentence
    names, else the scene of an act on the ground, or the place of talks between the
    same sides (a visit's talks and the agreements signed at them), else the country of
    a domestic act (see :mod:`kg.extract.places`); acts with the target, and acts of
    force with the source, the article gives them where their clause does not (see
    :mod:`kg.extract.opponents`)."""
    places = places or PlaceIndex()
    found = [
        replace(event, location=_where(event, token, places, vocab), answered=answered(token))
        for token in words(doc)
        if token.i in sentence_of
        for event in events_at(token, sentence_of[token.i], index, vocab)
    ]
    story = stories(doc, sentence_of)
    by_story: dict[int, list[Event]] = {}
    for event in found:
        by_story.setdefault(story(event.sentence), []).append(event)
    told: list[Event] = []
    for number in sorted(by_story):
        told += _in_the_story(by_story[number], doc, sentence_of, index, places, vocab)
    return [_as_recorded(e, vocab) for e in _best(at_home(told, index.country_of, places))]


def _as_recorded(event: Event, vocab: Vocabulary) -> Event:
    """``event`` with the class and code it is recorded as (:meth:`Vocabulary.as_recorded`):
    the rules above read a root's code as the root."""
    name = vocab.as_recorded(event.event_type)
    if name == event.event_type:
        return event
    return replace(event, event_type=name, cameo=vocab.event_types[name].cameo)


def _in_the_story(
    found: list[Event],
    doc: Doc,
    sentence_of: dict[int, int],
    index: ActorIndex,
    places: PlaceIndex,
    vocab: Vocabulary,
) -> list[Event]:
    """The events of one story (a digest tells several, :mod:`kg.extract.items`), with
    what the story gives them: the parties their clauses leave out, the one place their
    sentence names, the scene of an act on the ground, the place of talks."""
    found = complete_parties(found, index.actors, places.places, places.countries, vocab)
    found = [replace(e, needs_target=False) for e in found if e.target or not e.needs_target]
    found = _tolls_dropped(found, index)
    found = in_the_sentence(
        found,
        doc,
        places,
        sentence_of,
        vocab.speech_lemmas,
        lambda e: vocab.is_verbal(e.event_type),
    )
    found = [_with_placed_victims(e, index, places, vocab) for e in found]
    found = on_the_scene(found, lambda e: e.cameo[:2] in ON_THE_GROUND_ROOTS)
    return at_the_table(
        found, lambda e: e.cameo[:3] in AT_THE_TABLE_CODES, lambda k: index.country_of(k) or k
    )


def _tolls_dropped(found: list[Event], index: ActorIndex) -> list[Event]:
    """The story's events less the harm undergone at no one's hands (:data:`HARM_CODES`
    and mass killing, 20, told by a passive with no doer) by victims who are no named
    person, told at most :data:`TOLL_SENTENCES` sentences after a violent act whose doer
    the story names (:func:`_violent`) and not placed elsewhere: "Gunmen attacked the
    town. At least 12 people were killed" tells one act and its toll, as :func:`_best`
    reads one sentence's ("strikes that killed four people"); a named victim's death is
    an act of its own ("Ali Musa was killed at a camp"), and so is harm told at another
    place ("In a separate incident, a landmine killed two children in Kherson"). Told
    in the act's own sentence, the victims are the target of the one act there whose
    clause named none ("two journalists were killed in an Israeli strike"), not of an
    act it answered ("… in Israeli strikes in response to a Hezbollah attack")."""

    def violent_act(event: Event) -> bool:
        return event.source is not None and _violent(event.cameo)

    acts = [e for e in found if violent_act(e)]

    def toll(event: Event) -> bool:
        victims = index.actors.get(event.target or "")
        if not event.undergone or event.source is not None:
            return False  # "a suicide bombing killed five civilians" is an act of its own
        if victims is not None and victims.type == "Person":
            return False
        if not (event.cameo in HARM_CODES or event.cameo.startswith(MASS_VIOLENCE_ROOT)):
            return False
        return any(
            0 <= event.sentence - act.sentence <= TOLL_SENTENCES
            and (None in (act.location, event.location) or act.location == event.location)
            for act in acts
        )

    tolls = [toll(e) for e in found]
    victims: dict[int, Event] = {}  # the first told in each sentence
    for event, dropped in zip(found, tolls, strict=True):
        if dropped and event.target is not None:
            victims.setdefault(event.sentence, event)
    aimless = Counter(e.sentence for e in acts if e.target is None and not e.answered)
    kept = []
    for event, dropped in zip(found, tolls, strict=True):
        if dropped:
            continue
        harmed = victims.get(event.sentence)
        if (
            harmed is not None
            and event.target is None
            and violent_act(event)
            and not event.answered
            and aimless[event.sentence] == 1  # whose act it was, the sentence must say
        ):
            event = replace(event, target=harmed.target, target_text=harmed.target_text)
        kept.append(event)
    return kept


def _violent(cameo: str) -> bool:
    """Whether a code is of violence (:data:`VIOLENCE_ROOTS`) or of violent repression
    (:data:`VIOLENT_REPRESSION`), whose toll the story may tell after it."""
    return cameo[:2] in VIOLENCE_ROOTS or cameo.startswith(VIOLENT_REPRESSION)


def _with_placed_victims(
    event: Event, index: ActorIndex, places: PlaceIndex, vocab: Vocabulary
) -> Event:
    """An act of material conflict (QuadClass 4) on or by people who bear no arms, named
    by their role alone, is on or by the people of the country where it happened
    (:func:`~kg.extract.actors.placed_victims`): the dead of an air strike on Rafah are
    Palestinians, the workers who clashed with police in Chile Chileans. Its own
    sentence places it, not the scene of the acts before it (:func:`on_the_scene`):
    "Chile struck Peru. Miners walked out." are no Peruvian miners."""
    if event.location is None or vocab.quad_class_of(event.event_type) != MATERIAL_CONFLICT:
        return event
    place = places.places.get(event.location)
    country = places.countries.get(place.country or "") if place is not None else None
    if country is None:
        return event
    source = placed_victims(index, event.source, country) if event.source else None
    target = placed_victims(index, event.target, country) if event.target else None
    return replace(event, source=source or event.source, target=target or event.target)
