"""Who says an event happened, and how firmly: ``said_by`` and ``modality``.

* An event inside the complement of a reporting verb ("Herzog emphasizes that Israel
  would support …", "stating that they are playing for time", "was quoted as saying")
  or under an "according to X" phrase is said by that verb's subject (or X) and is
  *claimed*; so is one the article reports as alleged ("reportedly attacked", "the
  alleged attack"), with no speaker where none is named.
* An act its actor states it will carry out ("will impose", reported "said it would
  impose"), whose class has no intent class of its own to be recoded to, is *intended*.
* An event governed by a conditional clause ("if", "unless", "provided") is
  *conditional*; one under a modal or hedge ("would", "could", "potentially"), or
  foretold by another ("predicted Iran will retaliate"), is *hypothetical*, except the
  reported "would" of an intended act, which reports the speaker's "will".
  Conditional outranks hypothetical, which outranks intended, which outranks claimed.

Cue words come from the ontology (see :class:`kg.vocabulary.Vocabulary`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.agents import in_agent
from kg.extract.clauses import (
    done_by_means,
    happens_with_its_head,
    reporters,
    speech_head,
    subjects,
    told_passively,
)
from kg.extract.coding import MEDIA, is_state_role, role_codes
from kg.extract.lexicon import verb_code
from kg.extract.tree import children
from kg.vocabulary import Vocabulary
from kg.wordnet import load_doer_nouns

__all__ = [
    "THREAT_ROOT",
    "claimants",
    "clause_chain",
    "conditioned",
    "conditions",
    "is_condition",
    "is_modal",
    "modality_of",
    "speaker_of",
    "speaks_for",
    "will_modals",
]

# Besides the state's institutions (kg.extract.coding.is_state_role), the role whose
# holders speak for their country's state: its (state) media; not its rebels or exiles.
STATE_MEDIA = MEDIA


def clause_chain(verb: Token) -> list[Token]:
    """The verb and the verbs whose auxiliaries it shares: those it is coordinated
    under, the verb whose act a gerund of means does ("will retaliate by attacking
    Kuwait" will attack), and the aspectual verb or passive of compulsion whose
    infinitive it is, which happens when that verb does ("will continue to shell the
    town" will shell it; "may be forced to withdraw" may withdraw)."""
    chain = [verb]
    while True:
        last = chain[-1]
        coordinated = last.dep_ == "conj" and last.head.pos_ in {"VERB", "AUX"}
        if coordinated or happens_with_its_head(last):
            chain.append(last.head)
        elif done_by_means(last):
            chain.append(last.head.head)
        else:
            return chain


def speaker_of(verb: Token, index: ActorIndex, vocab: Vocabulary) -> str | None:
    """The actor whose reported speech contains the event at ``verb``, if any: the
    subject of the reporting verb ("Iraq said", and "Iran was quoted as saying", whose
    speaker is the subject of "quoted"), else the source an "according to" phrase of
    the clause or a clause above it names ("…, according to Palestinian officials")."""
    head = speech_head(verb, vocab)
    while head is not None:
        found = next((k for k in (index.actor_at(s) for s in claimants(head, vocab)) if k), None)
        if found is not None:
            return found
        # a claim noun that names no claimant is told by whoever tells of it ("Tehran
        # Radio said Iran denied reports that it intended …"), and so is what one was
        # told ("officials said the king would be told that …")
        head = speech_head(head, vocab) if head.pos_ == "NOUN" or told_passively(head) else None
    return _according_to(verb, index)


def claimants(head: Token, vocab: Vocabulary) -> list[Token]:
    """Who makes the claim a reporting verb or a claim noun (``head``) tells: the verb's
    reporters; the noun's owner, adjective or "by" phrase ("Iranian charges"), else,
    for a claim that is the object of a verb of saying or issuing, that verb's subject,
    who tells it as their own ("Iran issued a statement that …", "Egypt confirmed
    reports that …")."""
    found = reporters(head)
    if found or head.pos_ != "NOUN" or head.dep_ != "dobj":
        return found
    verb = head.head
    if verb.lemma_.lower() in vocab.speech_lemmas | vocab.message_verbs:
        return subjects(verb)[0]
    return []


def speaks_for(speaker: str, actor: str | None, index: ActorIndex) -> bool:
    """Whether ``speaker`` speaks for ``actor``: the actor itself, or a voice of a state
    (coded by its country alone, or as a state institution or its media) affiliated with the
    actor or of its country ("Foreign Minister X" for his state, "Tehran Radio" for
    Iran, "Japanese officials" for Japan; not "Iraqi rebels" for Iraq). A verbal act so
    reported is made by that very report ("Iran denied the reports, Tehran Radio said"):
    asserted, not claimed; and a speaker's "would" for its own side states that side's
    intent."""
    if actor is None:
        return False
    if speaker == actor:
        return True
    voice = index.actors[speaker]
    roles = role_codes(voice.role or "")
    if roles and not (is_state_role(roles[0]) or roles[0] == STATE_MEDIA):
        return False
    country = index.country_of(speaker)
    return voice.affiliation == actor or (
        country is not None and country == index.country_of(actor)
    )


def _according_to(verb: Token, index: ActorIndex) -> str | None:
    """The actor the "according to" phrase of the verb's clause names (:func:`_according`):
    "missiles struck Kharkiv, killing four people and wounding 27, according to the
    regional governor" tells the strike as the governor's."""
    named = [p for prep in _according(verb) for p in _sources(prep)]
    return next((k for k in (index.actor_at(p) for p in named) if k), None)


def _sources(prep: Token) -> list[Token]:
    """The nouns an "according to" phrase names, and whose is the evidence it names, by
    its owner, a name before it or a "by" or "from" phrase right after it ("a tally by
    the United Nations", "figures from the health ministry", "the army's count", "an
    Associated Press investigation"); not its "of" phrase, which names what it shows
    ("footage of police beating protesters"), nor a phrase after that ("a study of air
    strikes by Russian forces")."""
    named = [p for to in children(prep, "prep") for p in children(to, "pobj")]
    return named + [
        owner
        for noun in named
        if noun.lemma_.lower() in EVIDENCE_NOUNS
        for owner in (
            *children(noun, "poss", "compound"),
            *(
                o
                for p in children(noun, "prep")
                if p.lower_ in OWNING and p.i == noun.i + 1
                for o in children(p, "pobj")
            ),
        )
    ]


# Prepositions of the evidence's owner: "a tally by the UN", "figures from the ministry".
OWNING = frozenset({"by", "from"})


# Labels of names that can speak: people, bodies, peoples, states.
VOICE_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


# Nouns of what tells a clause without being a person or a message ("according to
# security sources", "according to official figures", "according to satellite images",
# "according to a tally by the United Nations", "according to the investigation").
EVIDENCE_NOUNS = frozenset(
    {
        "source", "figure", "estimate", "data", "image", "account", "record", "tally",
        "count", "toll", "investigation", "inquiry", "survey", "study", "analysis",
        "assessment", "finding", "footage", "video", "document", "testimony",
    }
)  # fmt: skip


def is_voice(noun: Token, vocab: Vocabulary) -> bool:
    """Whether a noun can be a voice that tells what a clause says (the noun of an
    "according to" phrase; the subject of a reported clause, see
    :func:`kg.extract.events._second_act_of_the_speaker`): a name of a person or body,
    an agent noun ("officials"), a noun of a person by what they do ("witnesses",
    :func:`kg.wordnet.load_doer_nouns`), a message ("a statement") or evidence
    (:data:`EVIDENCE_NOUNS`); not a plan, a schedule, rules or an agreement, by which
    something is done."""
    lemma = noun.lemma_.lower()
    return (
        noun.ent_type_ in VOICE_LABELS
        or in_agent(noun)
        or lemma in load_doer_nouns()
        or lemma in vocab.message_nouns
        or lemma in EVIDENCE_NOUNS
    )


def _according(verb: Token) -> list[Token]:
    """The "according to" phrases on the verb or a verb above it, and one that ends the
    sentence after the verb, wherever the parser hung it."""
    found: list[Token] = []
    token = verb
    while True:
        found += [p for p in children(token, "prep") if p.lower_ == "according"]
        if token.head == token:
            break
        token = token.head
    sentence = verb.sent
    for prep in (t for t in sentence if t.i > verb.i and t.lower_ == "according"):
        after = sentence.doc[prep.right_edge.i + 1 : sentence.end]
        if all(t.is_punct or t.is_space for t in after) and prep not in found:
            found.append(prep)
    return found


def _is_condition(clause: Token, vocab: Vocabulary) -> bool:
    return any(m.lower_ in vocab.conditional_cues for m in children(clause, "mark"))


def is_condition(verb: Token, vocab: Vocabulary) -> bool:
    """Whether the verb heads a conditional clause, or is coordinated in one ("if Chile
    sends troops and closes the border")."""
    return conditioned(verb, vocab) is not None


def is_modal(clause: Token, vocab: Vocabulary) -> bool:
    """Whether a clause is stated as possible or to come ("would face", "will protest")."""
    modals = vocab.hypothetical_cues | vocab.intent_cues | vocab.reported_intent_cues
    return any(c.lower_ in modals for c in children(clause, "aux"))


def conditioned(verb: Token, vocab: Vocabulary) -> Token | None:
    """The clause that the conditional clause headed by ``verb`` (or coordinated in it)
    conditions ("will protest" of "if Chile sends troops"); None if it heads none."""
    return next((t.head for t in clause_chain(verb) if _is_condition(t, vocab)), None)


def conditions(verb: Token, vocab: Vocabulary) -> list[Token]:
    """The conditional clauses on a verb ("if Chile sends troops", "unless Jordan expels
    them"), by the ontology's conditional cues."""
    return [c for c in children(verb, "advcl") if _is_condition(c, vocab)]


# Modals of possibility, which under a verb of warning state what the speaker warns it
# may do: "China warned it could blockade the ports" threatens a blockade, as "warned it
# would" does; "said it could" only supposes.
POSSIBILITY = frozenset({"could", "may", "might"})
THREAT_ROOT = "13"  # CAMEO's threats


def will_modals(speech: Token, vocab: Vocabulary) -> frozenset[str]:
    """The modals that state a speaker's own will in what a verb of saying reports: the
    reported "would" (``ckg:reportedIntentCue``), and under a warning (:func:`_warns`)
    the modals of possibility too."""
    cues = vocab.reported_intent_cues
    return cues | POSSIBILITY if _warns(speech, vocab) else cues


def _warns(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a verb of saying warns: the ontology or the verb dictionary codes it as
    a threat (13; PETRARCH's WARN block: "warn", "caution"), and the warning is given,
    not denied or supposed ("did not warn", "would not warn")."""
    if any(
        c.dep_ == "neg" or c.lower_ in vocab.hypothetical_cues for c in children(verb, "neg", "aux")
    ):
        return False
    triggers = vocab.by_head.get(verb.lemma_.lower(), ())
    if any(t.root == THREAT_ROOT for t, trigger in triggers if not trigger.rest):
        return True
    code = verb_code(verb)
    return code is not None and (code.event or "")[:2] == THREAT_ROOT


def modality_of(
    verb: Token,
    said_by: str | None,
    vocab: Vocabulary,
    intended: bool = False,
    stated: bool = False,
    foretold: bool = False,
    threat: bool = False,
    negated: bool = False,
) -> str:
    """asserted, claimed, intended, conditional or hypothetical, by the precedence above.
    ``stated``: the clause states its actor's intention (the event may have been recoded
    to the statement, "said it would attack" a threat), so its reported "would" is that
    "will", no hedge. ``foretold``: another's forecast of the act ("predicted Iran will
    retaliate", :func:`kg.extract.classify.foretold_by`), hypothetical. ``threat``: the
    event is a threat, which states its condition. ``negated``: the event is negated or
    denied."""
    chain = clause_chain(verb)
    # The clause an "if" clause conditions: "Peru will protest if Chile sends troops"
    # states no protest as done (the "if" clause itself codes no event); but a threat
    # states its condition, made now ("threatened to close the border unless Jordan
    # expels them", "will attack if Kuwait helps Iraq": ``threat``). A promise on a
    # condition stays conditional ("would support a pause if the hostages are freed").
    if is_condition(verb, vocab) or (not threat and any(conditions(t, vocab) for t in chain)):
        return "conditional"
    if foretold:
        return "hypothetical"
    own_will = intended or stated
    speech = speech_head(verb, vocab)
    willed = will_modals(speech, vocab) if speech is not None else vocab.reported_intent_cues
    hedges = vocab.hypothetical_cues - (willed if own_will else frozenset())
    for token in chain:
        for child in children(token, "aux", "advmod"):
            if child.lower_ in hedges:
                return "hypothetical"
    if verb.dep_ == "xcomp" and verb.head.lower_ in hedges:
        return "hypothetical"  # "is likely to borrow", "is unlikely to attack"
    if intended:
        return "intended"
    alleged = any(
        child.lower_ in vocab.claimed_cues
        for token in chain
        for child in children(token, "advmod", "amod")
    )
    # what a claim noun's clause tells is claimed, by whoever the noun names or no one
    # named ("reports that Iran intended to attack ships"); one denied is the denier's
    # word, not a claim ("denied reports that it intended to …", ``negated``)
    head = speech_head(verb, vocab)
    claim = head is not None and head.pos_ == "NOUN" and not negated
    # so is what a verb of saying tells by no one named ("it was reported that Iran
    # attacked", "rebels are believed to have kidnapped the workers") or by a voice that
    # is no actor ("gunboats attacked a tanker, shipping sources said")
    voiced = head is not None and head.pos_ != "NOUN" and (told_passively(head) or reporters(head))
    # and what an "according to" phrase attributes to a voice, an actor or not
    # ("according to witnesses"; not "according to plan")
    attributed = any(is_voice(p, vocab) for prep in _according(verb) for p in _sources(prep))
    return "claimed" if said_by or alleged or claim or voiced or attributed else "asserted"
