"""How an event is stated, and its most specific class: whether a clause is an event at
all (not a plan or a theme: "to secure", "of stalling"), is negated, states its actor's
intention ("will release", the reported "would" of the speaker's own act), and which
subclass its theme words select.

Cue words come from the ontology (see :class:`kg.vocabulary.Vocabulary`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.attribution import (
    claimants,
    clause_chain,
    conditioned,
    is_modal,
    speaks_for,
    will_modals,
)
from kg.extract.clauses import (
    ASPECTUAL,
    CLAUSE_DEPS,
    JOURNEY_VERBS,
    PAST_ACT_PREPS,
    agents,
    claimed_by_noun,
    done_by_means,
    happens_with_its_head,
    is_passive,
    of_result,
    reporters,
    speech_head,
    subjects,
)
from kg.extract.coding import role_codes
from kg.extract.lexicon import verb_code
from kg.extract.tree import children
from kg.vocabulary import EventType, Vocabulary

__all__ = [
    "ASKING_ROOTS",
    "asks",
    "asks_nothing_of_another",
    "denied_clause",
    "foretold_by",
    "infinitival",
    "intending_speakers",
    "intends",
    "is_asked",
    "is_denied",
    "is_direct_question",
    "is_intended",
    "is_irrealis",
    "is_negated",
    "is_question",
    "purpose_of_a_journey",
    "ready_for",
    "refine",
    "refuses_nothing",
    "states_an_amount",
]

VOTING = "vote"  # aspectual for a body alone (see _a_body_votes)
BODY_LABELS = frozenset({"ORG", "GPE"})  # the model's labels of a body or a state's name


def _a_body_votes(vote: Token) -> bool:
    """Whether a vote's subject is a body or a state named by its name ("the Senate",
    "Britain": the model's ORG or GPE), whose vote to act is its decision to; people who
    vote to act ("miners voted to strike", "students voted to boycott classes") have
    only balloted."""
    return any(s.ent_type_ in BODY_LABELS for s in subjects(vote)[0])


# Verbs by which an event noun, their subject, happens: "the talks were held", "took
# place", "began", "ended".
HAPPENING_VERBS = ASPECTUAL | frozenset(["hold", "take", "open", "end", "conclude", "close"])


COMPLEMENT_DEPS = frozenset({"pcomp", "xcomp"})  # a gerund's or an infinitive's


# Conjunctions of a clause of time that looks ahead: what it tells comes after the act of
# the clause it hangs on ("will fight until the rebels disarm").
AHEAD_MARKS = frozenset({"until", "till", "before"})
# Modals of obligation, by which a clause tells an act still to come ("must withdraw").
OBLIGATION = frozenset({"must"})


def _awaited(verb: Token, vocab: Vocabulary) -> bool:
    """A clause of time looking ahead ("until", "before") on a clause stated as to come,
    by an auxiliary ("will keep fighting until the rebels disarm", "must withdraw before
    Peru releases them") or as the infinitive of a verb of intent ("vowed to keep
    fighting until Peru withdrew"), tells an act still to come, its past tense the
    backshift of reported speech ("said it would keep up operations until the group
    disarmed"). One on an act done tells what happened ("fought until the rebels
    surrendered", "could not reach the town until the troops withdrew"), and one on a
    present of habit what happens ("usually releases prisoners before Chile withdraws
    its troops")."""
    if verb.dep_ != "advcl":
        return False
    head = verb.head
    # the parser may hang the conjunction on the head, as a preposition without object
    marks = [
        *children(verb, "mark"),
        *(p for p in children(head, "prep") if p.i == verb.left_edge.i - 1 and not children(p)),
    ]
    if not any(m.lower_ in AHEAD_MARKS for m in marks):
        return False
    cues = vocab.intent_cues | vocab.reported_intent_cues | OBLIGATION
    if any(c.lower_ in cues for c in children(head, "aux")):
        return True
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in vocab.intent_cues


def infinitival(verb: Token) -> bool:
    """Whether the verb is a to-infinitive ("to visit")."""
    return any(c.tag_ == "TO" for c in children(verb, "aux"))


def is_irrealis(verb: Token, vocab: Vocabulary) -> bool:
    """An infinitival or gerund complement: a plan or a theme, not an event; or a
    condition ("if Chile sends troops"), which names an act nobody reports as done. The
    complement of an aspectual verb is as real as that verb: "continued to shell" is an
    act, "suspended payments to try to force the issue" a purpose; that of a verb of
    saying tells what its speaker reports ("claimed to have downed a jet"), unless the
    verb has an addressee, who is told what to do ("warned Kuwait not to help Iraq").
    A complement coordinated with another of its form is read as that one: "accused the
    army of burning homes and killing civilians" reports no killing."""
    head = verb.head
    if verb.dep_ == "conj" and head.dep_ in COMPLEMENT_DEPS and verb.tag_ == head.tag_:
        return is_irrealis(head, vocab)
    governed = conditioned(verb, vocab)
    # A condition in the past tense tells what happened ("once Iraq attacked"), unless
    # it is the backshifted present of reported speech, on what only would be ("said
    # Japan would face sanctions unless it opened its market").
    if governed is not None and (
        verb.tag_ != "VBD"
        or (is_modal(governed, vocab) and speech_head(governed, vocab) is not None)
    ):
        return True
    if is_question(verb) or is_asked(verb, vocab) or _awaited(verb, vocab):
        return True
    infinitive = infinitival(verb)
    if infinitive and verb.dep_ == "xcomp" and children(head, "dobj"):
        return True  # "warned Kuwait not to help Iraq": what the addressee is told to do
    if head.lemma_.lower() in vocab.negation_cues | vocab.speech_lemmas:
        return False
    if verb.dep_ == "xcomp" and head.lower_ in vocab.hypothetical_cues:
        return False  # "is likely to borrow": a possible act, hypothetical (modality_of)
    if _unhesitating(verb, vocab):  # "did not hesitate to open fire": it opened fire
        # ("should not hesitate to act", "will not …" are no report of the act)
        return any(c.tag_ == "MD" for c in children(head, "aux")) or is_irrealis(head, vocab)
    if happens_with_its_head(verb):
        if head.lemma_.lower() == VOTING and not _a_body_votes(head):
            return True  # "miners voted to strike": a ballot, no strike yet
        return head != verb and is_irrealis(head, vocab)
    # A gerund after "after" or "since" tells an act done before the clause's ("told
    # reporters after meeting Baker"), not a plan or a theme; one after "by" or "in" on
    # a verb, the way its act is done, as real as it ("retaliated by shelling the town").
    if done_by_means(verb) or _absolute(verb):
        return is_irrealis(head.head, vocab)
    if of_result(verb) and head.dep_ == "pcomp":
        return is_irrealis(head, vocab)  # "accused X of shelling the town, killing ten"
    gerund = (verb.dep_ == "pcomp" and head.lower_ not in PAST_ACT_PREPS) or (
        verb.dep_ == "xcomp" and verb.tag_ == "VBG"
    )
    return infinitive or gerund


def _absolute(verb: Token) -> bool:
    """Whether a gerund with a subject of its own follows "with" on a verb, telling what
    went on as the verb's act did ("protests continued, with farmers blockading banks";
    "fighting raged, with troops shelling the town"): as real as that act."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and head.lower_ == "with"
        and head.head.pos_ in {"VERB", "AUX"}
        and bool(children(verb, "nsubj"))
    )


# CAMEO's roots of asking another to act: appeals and proposals (02), demands (10).
ASKING_ROOTS = frozenset({"02", "10"})
BASE_FORMS = frozenset({"VB"})  # "that Iraq withdraw", "should meet"
ASKED_FORMS = BASE_FORMS | {"VBP", "VBZ"}  # the forms a tagger gives what is asked
PAST_AUXILIARIES = frozenset({"had", "has", "have", "did", "was", "were"})
SINGULAR_NOUNS = frozenset({"NN", "NNP"})


def is_asked(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a clause is what a verb of appealing, proposing or demanding asks for, by
    the ontology's triggers of one word or the verb dictionary's code for the verb:
    "demanded that Iraq withdraw its troops", "proposed that the two ministers (should)
    meet" name no withdrawal and no meeting, only what is asked. What is asked stands in
    the base form, which the tagger may read as a present ("proposed that Israel and
    Jordan hold talks"); a clause in the past or the perfect reports what happened. After
    a verb of saying, which reports as often as it asks, only the base form asks, seen
    where a singular subject lacks the present's -s ("insisted that Iraq withdraw";
    "insisted that Iraqi planes attacked the tanker", or "attack tankers", report,
    though INSIST's block codes a demand). So is the "that" clause of a noun of asking
    ("rejected a demand that its troops leave Lebanon", "an appeal that it release the
    hostages"). A passive asks by its auxiliary's form ("demanded that the troops be
    withdrawn")."""
    head = verb.head
    of_a_noun = (
        verb.dep_ in {"acl", "ccomp"}
        and head.pos_ == "NOUN"
        and any(c.lower_ == "that" for c in children(verb, "mark"))
    )
    if (verb.dep_ != "ccomp" and not of_a_noun) or head == verb:
        return False
    form = next((c.tag_ for c in children(verb, "auxpass") if c.lemma_ == "be"), verb.tag_)
    lemma = head.lemma_.lower()
    if lemma in vocab.speech_lemmas and not of_a_noun:
        # the base form, or a present without the -s a singular subject would take
        singular = any(s.tag_ in SINGULAR_NOUNS for s in children(verb, "nsubj", "nsubjpass"))
        asked = form in BASE_FORMS or (form == "VBP" and singular)
    else:
        asked = form in ASKED_FORMS
    if not asked or any(c.lower_ in PAST_AUXILIARIES for c in children(verb, "aux")):
        return False
    return asks(head, vocab)


def asks(verb: Token, vocab: Vocabulary, phrasal: bool = False) -> bool:
    """Whether a verb appeals, proposes or demands (:data:`ASKING_ROOTS`), by a trigger of
    the ontology of one word, or with ``phrasal`` of any ("call for"), or by the verb
    dictionary's code for it."""
    triggers = vocab.by_head.get(verb.lemma_.lower(), ())
    if any(t.root in ASKING_ROOTS for t, trigger in triggers if phrasal or not trigger.rest):
        return True
    code = verb_code(verb)
    return code is not None and (code.event or "")[:2] in ASKING_ROOTS


WH_TAGS = frozenset({"WRB", "WP", "WDT"})  # how, why, where; who, what; which
DENIED_DEPS = frozenset({"ccomp", "xcomp", "pcomp"})  # "denied that …", "denied supplying …"


def denied_clause(verb: Token, vocab: Vocabulary) -> Token | None:
    """The clause a denial verb ("denied that Iran had mined the Gulf") states as not
    so, if the verb is one (see ``ckg:denialTrigger``) and has one."""
    if verb.lemma_.lower() not in vocab.denials or children(verb, "neg"):
        return None  # "did not deny that …" denies nothing
    return next((c for c in children(verb, *DENIED_DEPS) if c.pos_ in {"VERB", "AUX"}), None)


def is_denied(verb: Token, vocab: Vocabulary) -> bool:
    """Whether the clause is what a denial denies, or coordinated in it: the text
    reports no such act. So is the clause of a claim a denial's object names ("denied
    reports that Iran had mined the Gulf", "rejected charges that …")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    if verb.dep_ in DENIED_DEPS and denied_clause(verb.head, vocab) == verb:
        return True
    claim, denial = verb.head, verb.head.head
    return (
        claimed_by_noun(verb, claim, vocab)
        and claim.dep_ == "dobj"
        and _denies(denial, claim, vocab)
        and not is_negated(denial, vocab)  # "failed to deny reports that …"
    )


def _denies(verb: Token, claim: Token, vocab: Vocabulary) -> bool:
    """Whether a verb denies the claim noun it takes as object: a denial verb ("denied
    reports that …"), or one that a trigger of a denial's class reads as a denial with
    that noun ("rejected accusations that …", "dismissed allegations that …")."""
    lemma = verb.lemma_.lower()
    return lemma in vocab.denials or any(
        trigger.rest == (claim.lemma_.lower(),) and vocab.answers_a_claim(event_type.name)
        for event_type, trigger in vocab.by_head.get(lemma, ())
    )


QUESTION_MARKS = frozenset({"whether"})  # a clause that states an open question


def is_question(verb: Token) -> bool:
    """A clause that asks rather than states ("asked whether Bush had opposed the sales"):
    no act is reported."""
    return verb.dep_ == "ccomp" and any(m.lower_ in QUESTION_MARKS for m in children(verb, "mark"))


# What a verb of asking asks for or of: its objects, clauses and phrases.
ASKED_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "prep", "advcl", "attr"})


def is_direct_question(verb: Token) -> bool:
    """A clause that ends in a question mark, or a verb coordinated with one, asks rather
    than states ("Will Ecuador meet Colombia?", '"Why should we negotiate with Iran?" he
    asked'): no act is reported, whatever its "will"."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return any(c.dep_ == "punct" and c.text == "?" for c in verb.children)


def asks_nothing_of_another(verb: Token, index: ActorIndex) -> bool:
    """Whether a verb of asking asks no act of another: a question put to no actor ("a
    reporter asked whether …", "asked how much was left", a question quoted), or a
    request about the speaker alone ("an official, who asked not to be named"). An
    appeal (CAMEO 02) asks something of someone; these ask nothing of anyone the text
    names."""
    if any(index.actor_at(o) for o in children(verb, "dobj", "dative")):
        return False
    asked = children(verb, "ccomp")
    if any(is_question(c) or any(w.tag_ in WH_TAGS for w in children(c)) for c in asked):
        return True
    if not any(c.dep_ in ASKED_DEPS for c in verb.children):
        return True  # '"Why negotiate?" the minister asked.', a question quoted apart
    return any(children(x, "neg") for x in _anonymity(verb))


def refuses_nothing(verb: Token, index: ActorIndex) -> bool:
    """Whether a verb of refusing refuses only to be named: "an official, who declined
    to be identified" (the anonymity of wire sources) rejects nothing put to the
    speaker, where a rejection (CAMEO 12) refuses another's proposal or demand ("refused
    to be bound by the resolution" is one); or refuses nothing at all, telling by how
    much a quantity changed (:func:`states_an_amount`: "its output declined 12 pct",
    "declined to 2.1 mln barrels a day")."""
    return bool(_anonymity(verb)) or states_an_amount(verb, index)


# Prepositions of a change in quantity: "fell to 140 yen", "from 135,434", "by 12 pct".
AMOUNT_PREPS = frozenset({"to", "from", "by"})


def states_an_amount(verb: Token, index: ActorIndex) -> bool:
    """Whether a verb has no complement but amounts, as its objects or the objects of
    phrases of change (:data:`AMOUNT_PREPS`), and no clause ("declined to comment"): a
    number or a percentage, which nobody refuses or states to anyone ("IBM declined
    1-1/4 to 120", "output declined 12 pct"), or, where the subject is a thing and no
    actor ("exports", "its output"), anything counted ("declined to 2.1 mln barrels",
    "exports totalled 8 billion U.S. dollars": the currency's country is told nothing).
    An actor refuses or states what is counted: "Iran rejected three demands", "Poland
    refused 10 mln dlrs in loans", "Iran put its losses at 10 billion dlrs"."""
    if children(verb, "xcomp", "ccomp"):
        return False
    objects = children(verb, "dobj", "npadvmod")
    objects += [
        p for c in children(verb, "prep") if c.lower_ in AMOUNT_PREPS for p in children(c, "pobj")
    ]
    if not objects:
        return False
    if all(o.like_num or o.ent_type_ in PURE_AMOUNTS for o in objects):
        return True
    doers = subjects(verb)[0]  # a conjunct's are its first verb's ("rose … but declined")
    if not doers or any(index.actor_at(s) for s in doers):
        return False
    return all(_is_amount(o) for o in objects)


# The model's labels of a number or a percentage, amounts that are no thing refused.
PURE_AMOUNTS = frozenset({"CARDINAL", "PERCENT"})


def _is_amount(noun: Token) -> bool:
    """A number ("128,099") or a noun it counts ("12 pct", "2.1 mln barrels")."""
    return noun.like_num or any(c.like_num for c in children(noun, "nummod", "quantmod"))


# Verbs of naming a source, which wire sources ask or decline to undergo.
NAMING = frozenset({"name", "identify", "quote"})


def _anonymity(verb: Token) -> list[Token]:
    """The verb's passive complements of naming ("to be named", "to be identified")."""
    return [
        x for x in children(verb, "xcomp") if children(x, "auxpass") and x.lemma_.lower() in NAMING
    ]


def is_negated(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a clause is negated: by its own negation, by a subject that names no one
    (:func:`_no_one`: "neither Brazil nor its creditors have proposed talks"), as the
    complement of a verb of negation ("failed to"), or, for a gerund of means, by its
    verb's ("did not retaliate by shelling the town"). A verb of negation heading a
    clause of its own under the verb negates that clause, not this one: "will attack if
    they fail to withdraw"."""
    if any(
        c.dep_ == "neg" or (c.lower_ in vocab.negation_cues and c.dep_ not in CLAUSE_DEPS)
        for c in children(verb)
    ):
        return True
    if any(map(_no_one, children(verb, "nsubj", "nsubjpass"))):
        return True
    if done_by_means(verb):  # "did not hesitate in bombing" bombed (a litotes)
        head = verb.head.head
        return is_negated(head, vocab) and head.lemma_.lower() not in vocab.reluctance_cues
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in vocab.negation_cues


# Words that make a subject name no one: its determiner ("no country", "neither Brazil
# nor …") or the subject itself ("none of them", "nobody").
NO_ONE = frozenset({"no", "neither", "none", "nobody", "nothing"})


# Words that except someone from a subject naming no one ("no country but Libya").
EXCEPTING = frozenset({"but", "except", "besides", "save"})


def _no_one(subject: Token) -> bool:
    """Whether a subject names no one, by itself or its determiner (:data:`NO_ONE`), with
    no one excepted: "no country but Libya recognised the regime" says Libya did, as
    "none other than Gorbachev" names him (the parser may hang the one excepted on the
    verb as a second subject)."""
    if not (
        subject.lower_ in NO_ONE
        or any(c.lower_ in NO_ONE for c in children(subject, "det", "preconj"))
    ):
        return False
    others = [*children(subject, "cc", "prep", "amod"), *children(subject.head, "cc")]
    excepted = any(c.lower_ in EXCEPTING | {"other"} for c in others)
    return not excepted and len(children(subject.head, "nsubj", "nsubjpass")) == 1


def foretold_by(verb: Token, vocab: Vocabulary, index: ActorIndex) -> Token | None:
    """The forecast verb (``ckg:forecastTrigger``) whose complement foretells this clause
    as another actor's act ("Crowe predicted Iran will retaliate"), if any: the act is
    the forecaster's expectation, not its actor's stated "will". Not where the forecaster
    speaks for the clause's actor ("Iraq predicted it would win" states Iraq's intent),
    nor under a negated forecast ("did not predict that …" foretells nothing), nor an
    event noun, which names an act the clause only mentions ("predicted Iran will
    retaliate for the U.S. attack": the attack happened)."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    head = speech_head(verb, vocab)
    if head is None or head.lemma_.lower() not in vocab.forecasts or is_negated(head, vocab):
        return None
    speakers, actors = _voices(verb, head, index, vocab)
    return None if _speaks_for_any(speakers, actors, index) else head


def is_intended(verb: Token, vocab: Vocabulary, index: ActorIndex) -> bool:
    """Stated as a future intention: "will release", "is prepared to lift", "plans to visit",
    and in reported speech "said they would boycott" (the reported "will"): the speaker's
    own, not a prediction of another's act ("Iraq said Iran would attack" is Iraq's
    forecast, hypothetical, not Iran's threat). An event noun is intended where it is set
    for the future ("talks scheduled for Thursday", "the planned visit")."""
    if verb.pos_ == "NOUN":
        return _set_for_the_future(verb, vocab)
    if foretold_by(verb, vocab, index) is not None:
        return False
    cues = vocab.intent_cues
    head = speech_head(verb, vocab)
    # the reported "would" states the speaker's own will; a claim that names no
    # claimant ("reports that Iran would attack") states no one's
    speakers, actors = _voices(verb, head, index, vocab) if head is not None else (set(), set())
    if head is not None and (head.pos_ != "NOUN" or speakers):
        own = _speaks_for_any(speakers, actors, index)
        # a clause whose actor the speaker does not speak for (speaks_for) is a
        # prediction, not the speaker's "will" (Israel's ambassador saying Israel would
        # support a pause states Israel's intent); and "could" states a warner's own
        # will only where the warner is known to speak for the clause's actor
        # ("analysts warned rebels could attack" is a forecast)
        if own or not (actors and speakers):
            cues = cues | (will_modals(head, vocab) if own else vocab.reported_intent_cues)
    for token in clause_chain(verb):
        if any(c.lower_ in cues for c in children(token, "aux")):
            return True
    # "plans to visit", and a plan for the subject: "was due to hold talks", "is scheduled
    # to meet"; "does not plan to visit" states no intent, "will not hesitate to attack"
    # (a negated ckg:reluctanceCue, in the future) does
    head = verb.head
    if _unhesitating(verb, vocab):
        return any(c.lower_ in cues for c in children(head, "aux"))
    planned = intends(head, vocab) or head.lower_ in vocab.schedule_cues or _arranged(verb)
    return verb.dep_ == "xcomp" and planned and not is_negated(head, vocab)


def _unhesitating(verb: Token, vocab: Vocabulary) -> bool:
    """Whether a verb is the complement of a negated verb of holding back
    (``ckg:reluctanceCue``): "did not hesitate to open fire" did it, a litotes, and
    "will not hesitate to attack" states it as intended; "should not hesitate to"
    urges, and "may not hesitate to" supposes, neither."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() in vocab.reluctance_cues
        and is_negated(head, vocab)
    )


def _arranged(verb: Token) -> bool:
    """ "Be to" with an infinitive, the future as arranged: "Bolivia is to make an
    offer", "the minister is to visit Lima". Not the idioms of the same form that tell
    no plan: "is to blame" (a judgement), "is yet to accept" (not done), "was to have
    met" (a plan that failed)."""
    head = verb.head
    return (
        head.lemma_ == "be"
        and infinitival(verb)
        and verb.lemma_.lower() not in NO_PLAN_INFINITIVES
        and not any(c.lower_ in {"yet", "still"} for c in children(head, "advmod"))
        and not any(c.lemma_ == "have" for c in children(verb, "aux"))
    )


# Verbs whose "be to" infinitive judges rather than plans: "Iran is to blame".
NO_PLAN_INFINITIVES = frozenset({"blame", "thank"})


def intends(token: Token, vocab: Vocabulary) -> bool:
    """Whether a word is a cue of intent (``ckg:intentCue``) by its lemma ("plans") or
    its form: the model lemmatises the adjective "prepared" (of "is prepared to lift")
    as the verb "prepare"."""
    return token.lemma_.lower() in vocab.intent_cues or token.lower_ in vocab.intent_cues


def purpose_of_a_journey(noun: Token) -> bool:
    """Whether an event noun is the purpose of a journey: the object of a "for" phrase
    of a verb of travelling ("flew to Damascus for talks with Assad"), an act still to
    come when the journey is told."""
    prep = noun.head
    return (
        noun.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in JOURNEY_VERBS
    )


def ready_for(noun: Token, vocab: Vocabulary) -> Token | None:
    """The clause whose subject states an event noun as its own intent by an adjective
    of intent (``ckg:intentCue``) predicated of it, the noun its "for" phrase: "Russia is
    ready for talks with Ukraine", "said it was prepared for negotiations" (which the
    parser may read as a passive, the participle its own clause) state the act still
    to come, as "is ready to hold talks" states it by its verb."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    cue = prep.head
    if not intends(cue, vocab):
        return None
    if cue.pos_ == "ADJ" and cue.dep_ == "acomp":
        return cue.head
    return cue if cue.tag_ == "VBN" and children(cue, "auxpass") else None


def _set_for_the_future(noun: Token, vocab: Vocabulary) -> bool:
    """Whether an event noun, or the set it is counted in ("two rounds of talks"), is
    set for the future by a cue of its own ("talks scheduled for Thursday", "the planned
    visit"), one no adverb qualifies ("a carefully planned attack", "talks originally
    scheduled for last week" tell how or when it was planned), in a clause that does not
    report it done (:data:`HAPPENING_VERBS` in the past: "the scheduled talks were held
    on Monday"; but "the planned talks angered Bolivia"); or by the clause it happens in
    (:func:`_happens_later`: "talks between them will be held on Monday")."""
    held = [noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else []
    nouns = (noun, *held)
    clause = next((t.head for t in nouns if t.dep_ in {"nsubj", "nsubjpass"}), None)
    if _happens_later(clause, vocab):
        return True
    cued = [
        c
        for t in nouns
        for c in children(t, "acl", "amod")
        if c.lower_ in vocab.schedule_cues and not children(c, "advmod")
    ]
    if not cued:
        return False
    if clause is None or clause.lemma_.lower() not in HAPPENING_VERBS:
        return True
    return not any(t.tag_ == "VBD" for t in (clause, *children(clause, "aux", "auxpass")))


def _happens_later(clause: Token | None, vocab: Vocabulary) -> bool:
    """Whether a clause tells of its subject, an event noun, that it will take place: a
    verb of taking place (:data:`TAKING_PLACE`) with a future auxiliary, not negated
    (an intent cue: "the talks will be held", "the summit will open"; the reported
    "would" of "said the talks would resume"). Not a verb of going on or ending: "the
    fighting will continue" foretells fighting, it plans none."""
    if clause is None or clause.lemma_.lower() not in TAKING_PLACE or is_negated(clause, vocab):
        return False
    return any(c.lower_ in vocab.future_cues for c in children(clause, "aux"))


# Verbs by which an event noun, their subject, takes place: "talks will be held",
# "the summit will open", "talks would resume".
TAKING_PLACE = frozenset({"hold", "take", "open", "begin", "start", "resume", "convene"})


def _voices(
    verb: Token, head: Token, index: ActorIndex, vocab: Vocabulary
) -> tuple[set[str], set[str]]:
    """The actors reporting a clause (the subjects of its reporting verb ``head``, or
    the claimants of its claim noun: :func:`~kg.extract.attribution.claimants`) and the
    actors of the clause (its subjects)."""
    voices = subjects(head)[0] if head.pos_ != "NOUN" else claimants(head, vocab)
    speakers = {k for s in voices if (k := index.actor_at(s))}
    return speakers, {k for s in subjects(verb)[0] if (k := index.actor_at(s))}


def intending_speakers(verb: Token, vocab: Vocabulary, index: ActorIndex) -> list[Token]:
    """Who states an agentless passive's act as their own to come: the reporters of
    "Canada said French fishermen caught there would be arrested", "Iran warned that
    ships entering the zone will be attacked". The clause names no doer and is the
    reporting verb's own complement, stated with "will" (or the reported "would"), so
    the doer is the speaker, as a coder reads a warning of what the speaker will do.
    Not what the speaker fears, expects, believes or foretells ("said it feared its
    ships would be attacked", "said it believed they would be attacked", "predicted that
    ships would be attacked"), nor a negated one; and the
    speaker must hold power over others (:func:`_in_authority`): an analyst saying
    "companies will be allowed to offset costs" reports another's decision. The caller
    decides which acts a speaker states as its own this way."""
    head = speech_head(verb, vocab)
    if head is None or verb.head != head or not is_passive(verb) or agents(verb):
        return []
    if speech_head(head, vocab) is not None:
        return []  # "Iran said it believed Iraqi cities would be attacked": a belief
    if head.lemma_.lower() in vocab.forecasts or is_negated(verb, vocab):
        return []
    if not any(c.lower_ in vocab.future_cues for c in children(verb, "aux")):
        return []
    return [s for s in reporters(head) if _in_authority(index.actor_at(s), index)]


# The kinds of actor that act on others by what they are: states and their organisations.
AUTHORITIES = frozenset({"State", "InternationalOrganization"})
# The kinds of role whose holders act on others for their side: its government and forces,
# its armed groups (``cameo_roles.tsv``'s types).
AUTHORITY_ROLES = frozenset({"Government", "ArmedGroup"})


def _in_authority(key: str | None, index: ActorIndex) -> bool:
    """Whether an actor is a state, an organisation of states, or, of some country, of a
    role of government or of armed men ("Canadian officials", not "western diplomats",
    whose side the text does not give)."""
    actor = index.actors.get(key) if key is not None else None
    if actor is None:
        return False
    if actor.type in AUTHORITIES:
        return True
    roles = (index.coder.roles.get(r) for r in role_codes(actor.role or ""))
    sided = index.country_of(actor.key) is not None
    return sided and any(r is not None and r.type in AUTHORITY_ROLES for r in roles)


def _speaks_for_any(speakers: set[str], actors: set[str], index: ActorIndex) -> bool:
    return any(speaks_for(s, a, index) for s in speakers for a in actors)


def refine(event_type: EventType, lemmas: set[str], vocab: Vocabulary) -> EventType:
    """The most specific subclass whose theme words the theme mentions."""
    for child in vocab.children(event_type.name):
        if child.theme_words & lemmas:
            return refine(child, lemmas, vocab)
    return event_type
