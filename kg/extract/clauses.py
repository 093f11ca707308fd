"""Clause-level syntax shared by event extraction, attribution and actors: who is the
subject of a clause, once coordination, control and parser slips are taken into
account, and which reporting verb a clause is reported by."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.agents import in_agent
from kg.extract.quotations import quotation_holding
from kg.extract.tree import children, conjuncts, derived, tree
from kg.vocabulary import Vocabulary

__all__ = [
    "ANSWERING",
    "ASPECTUAL",
    "CLAUSE_DEPS",
    "FINITE_TAGS",
    "JOURNEY_VERBS",
    "PAST_ACT_PREPS",
    "RELATIVE_PRONOUNS",
    "SERIES_NOUNS",
    "SUBJECT_DEPS",
    "affiliated_with",
    "agents",
    "claimed_by_noun",
    "compelled",
    "definite",
    "done_by_means",
    "expand",
    "fallback_subject",
    "finite_form",
    "finite_on_its_subject",
    "happens_with_its_head",
    "is_passive",
    "is_time_phrase",
    "kept_up",
    "owned_by",
    "reciprocal_pronoun",
    "reporters",
    "speech_head",
    "subjects",
    "told_passively",
]

SPEECH_COMPLEMENTS = frozenset({"ccomp", "xcomp", "parataxis"})  # what a reporting verb reports
GUESSED_SUBJECT = 0.3  # the penalty of a subject :func:`subjects` takes from no grammar
CLAIM_COMPLEMENTS = frozenset({"acl", "ccomp"})  # a claim noun's "that" clause

SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})  # a verb with tense and person
# Dependency labels under which a verb heads a clause of its own.
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "csubj", "parataxis"}
)
MEMBER_PREPS = frozenset({"including"})
# Prepositions whose gerund is an act its clause's subject did before the clause's:
# "told reporters after meeting Baker", "since taking office".
PAST_ACT_PREPS = frozenset({"after", "since", "following"})
# Verbs of answering whose subject answers and whose "with" phrase names the means of the
# answer ("retaliated with sanctions", "responded with air strikes"); not "meet", "deal"
# or "confront", whose "with" phrase names what is met or handled ("dealt with an attack
# by rebels", "met with protests").
ANSWERING = frozenset({"answer", "counter", "react", "reply", "respond", "retaliate"})
# Prepositions whose gerund on a verb is the way its subject does the verb's act, as
# real as that act: "retaliated by shelling the town", "invoked self-defence in
# destroying the platform" (on an adjective it is a theme: "interested in buying").
MEANS_PREPS = frozenset({"by", "in"})
# Entity labels of a phrase of time ("a strike on Monday"), which aims at no one.
TIMES = frozenset({"DATE", "TIME"})
# Nouns that count acts ("a series of strikes by miners", "a wave of attacks by rebels",
# "a package of sanctions"): the parser hangs the acts' "by" phrase on them, and they
# name no act, nor an author (a report or a study "by" someone names who wrote it); a
# verb's trigger word may be the act in their "of" phrase ("adopted a package of
# sanctions", see kg.extract.triggers).
SERIES_NOUNS = frozenset(
    [
        "series",
        "wave",
        "spate",
        "string",
        "round",
        "number",
        "flurry",
        "rash",
        "succession",
        "barrage",
        "volley",
        "stream",
        "package",
    ]
)
# Relative pronouns, which stand for the noun a relative clause hangs on.
RELATIVE_PRONOUNS = frozenset({"who", "whom", "which", "that"})
# Determiners of a noun phrase naming a thing already known: "the platform", "that rig".
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


# Participles by which a thing is said to be an actor's: owned ("ships belonging to
# Kuwait", "a tanker owned by Iran"), or made, put forward or imposed by it, as a
# proposal, a charge or a measure is its author's ("the plan proposed by Costa Rica",
# "charges made by China", "sanctions imposed by the United States").
OWNING_VERBS = frozenset(["belong", "own"])
AUTHORING_VERBS = frozenset(
    {"propose", "make", "draw", "put", "submit", "table", "present", "issue", "offer"}
    | {"announce", "sponsor", "draft", "level", "bring", "suggest", "advance", "outline"}
    | {"unveil", "file", "lodge", "impose", "set", "extend"}
)


def owned_by(noun: Token) -> list[Token]:
    """Whom a participle of owning or authoring on ``noun`` says it is of: the object of
    its "to" or "by" phrase ("ships belonging to Kuwait", "a tanker owned by Iran", "the
    plan proposed by Costa Rica"; see :data:`AUTHORING_VERBS`)."""
    return [
        p
        for verb in children(noun, "acl")
        if (lemma := verb.lemma_.lower()) in OWNING_VERBS
        or (lemma in AUTHORING_VERBS and verb.tag_ == "VBN")
        for c in children(verb, "prep", "agent")
        if c.lower_ == "by" or (c.lower_ == "to" and lemma in OWNING_VERBS)
        for p in children(c, "pobj")
    ]


# Words by which a group is said to be another's, with their "to" or "with" phrase.
AFFILIATION_WORDS = frozenset(
    {"linked", "affiliated", "aligned", "allied", "tied", "connected", "loyal", "close"}
)


def affiliated_with(noun: Token) -> list[Token]:
    """Whose a participle or adjective of affiliation on ``noun`` says it is: the object
    of its "to" or "with" phrase ("militants linked to al-Qaeda", "militiamen loyal to
    Amal", "forces allied with Hamas", "sources close to the delegation")."""
    return [
        p
        for word in children(noun, "acl", "amod")
        if word.lower_ in AFFILIATION_WORDS
        for c in children(word, "prep")
        if c.lower_ in {"to", "with"}
        for p in children(c, "pobj")
    ]


def is_time_phrase(prep: Token) -> bool:
    """Whether a prepositional phrase says when ("on Friday", "in June"): an adjunct of
    time, never the phrase a trigger or a pattern asks for ("strike on", "(ON)")."""
    return any(p.ent_type_ in TIMES for p in children(prep, "pobj"))


def reciprocal_pronoun(token: Token) -> bool:
    """Whether a word heads a reciprocal pronoun: "each other", and "one another" (the
    parser hangs "another" on "one", or "one" on "another"), in that order: "another
    one" is one more of something."""
    below = {(c.lower_, c.i - token.i) for c in children(token, "det", "amod", "nummod")}
    return (
        (token.lower_ == "other" and ("each", -1) in below)
        or (token.lower_ == "one" and ("another", 1) in below)
        or (token.lower_ == "another" and ("one", -1) in below)
    )


# Verbs of a journey: their "for" phrase names what the traveller goes to do ("flew to
# Lima for talks"), their "with" phrase whom the traveller goes with ("returned with
# officials from Egypt": see kg.extract.actors).
JOURNEY_VERBS = frozenset(["travel", "go", "fly", "leave", "head", "depart", "sail", "return"])


def expand(tokens: list[Token]) -> list[Token]:
    """Add coordinated tokens and 'including' members, all of a list of them ("four
    countries, including the United States, Britain and China"); a set of positions,
    not a scan of the list, tells what is in already, so a list of a thousand names
    stays linear."""
    out: list[Token] = []
    seen: set[int] = set()
    for token in tokens:
        for item in (token, *conjuncts(token)):
            if item.i not in seen:
                out.append(item)
                seen.add(item.i)
            for prep in children(item):
                if prep.lower_ in MEMBER_PREPS:
                    members = [m for p in children(prep, "pobj") for m in (p, *conjuncts(p))]
                    out.extend(m for m in members if m.i not in seen)
                    seen.update(m.i for m in members)
    return out


def fallback_subject(verb: Token) -> Token | None:
    """A finite verb the parser left without a subject: the noun phrase just before it,
    typically misattached as an apposition ("…, the international community, continues"),
    or as a second object of a fronted preposition ("On March 3 Chile expelled …": a
    preposition has one object, so the one after it is the clause's subject)."""
    if verb.tag_ not in FINITE_TAGS:
        return None
    token = _word_before(verb)
    if token is None:
        return None
    while token.dep_ in {"pobj", "prep", "compound", "amod", "det", "conj", "cc", "poss", "case"}:
        if token.head.i >= verb.i or token.head == token:
            return None
        if _second_object(token, verb):
            return token
        token = token.head
    if token.dep_ in {"appos", "npadvmod", "dep"} and token.pos_ in {"NOUN", "PROPN"}:
        return token
    return None


def _second_object(token: Token, verb: Token) -> bool:
    """Whether ``token`` is an object of a preposition of ``verb`` after another one."""
    if token.dep_ != "pobj" or token.head.head != verb or token.head.dep_ != "prep":
        return False
    return children(token.head, "pobj")[0].i < token.i


def _word_before(token: Token) -> Token | None:
    """The last word (not punctuation or space) before ``token`` in its sentence, found
    by stepping back from it rather than by listing the sentence."""
    doc = token.doc
    first = tree(doc).sentence_start(token)
    for i in range(token.i - 1, first - 1, -1):
        if not (doc[i].is_punct or doc[i].is_space):
            return doc[i]
    return None


def _reduced_relative(subject: Token) -> Token:
    """ "The Red Cross operating in Iraq said …": the parser may take the participle of a
    reduced relative clause for the subject and the noun for its subject; the noun is it."""
    if subject.tag_ != "VBG":
        return subject
    return next(iter(children(subject, "nsubj")), subject)


def definite(noun: Token) -> bool:
    """Whether a noun phrase names a thing already known: "the platform", "that rig"."""
    return any(c.lower_ in DEFINITE for c in children(noun, "det"))


def done_by_means(verb: Token) -> bool:
    """A gerund naming the way the verb it hangs on is done (see MEANS_PREPS): not a
    negated one ("erred in not consulting Congress" did nothing), nor one on a passive
    verb, whose subject is what the act is done to ("the truce was violated by shelling
    the town")."""
    head = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and head.lower_ in MEANS_PREPS
        and head.head.pos_ == "VERB"
        and not children(verb, "neg")
        and not is_passive(head.head)
    )


def of_result(verb: Token) -> bool:
    """Whether a verb is a participle of result on the act it follows ("shelled the town,
    killing ten"; in a charge, "accused the rebels of shelling the town, killing ten":
    :mod:`kg.extract.results`): an adverbial clause in "-ing" with no subject or marker
    of its own. It takes its act's date where it states none
    (:func:`~kg.extract.dates.stated_date`); one on a charged act is a theme as that act
    is, and one on an infinitive may tell the result of the verb above it ("agreed to
    lift sanctions, easing tensions": the agreement eased them), so it is read as any
    other clause (:func:`~kg.extract.classify.is_irrealis`)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not children(verb, "nsubj", "nsubjpass", "mark")
    )


def finite_on_its_subject(verb: Token) -> bool:
    """The main verb of a sentence the parser hung on its subject as if it modified it
    ("The statement called on Greece to …" read as "a statement called X"): a past form
    on a noun that roots the sentence, which would otherwise have no verb; or a form the
    tagger took for a participle that has a direct object, which no passive has
    ("Islamic State militants abducted 30 people"). On a noun with a role in a clause,
    the form is a participle the tagger took for a past ("freed several men held
    prisoner"); one on a subject of a verb of saying that names its speaker after it is
    the clause reported (:mod:`kg.extract.reports` hangs it there)."""
    return verb.dep_ == "acl" and finite_form(verb) and verb.head.dep_ == "ROOT"


def finite_form(verb: Token) -> bool:
    """Whether a verb the parser hung on a noun as a participle may be a finite verb: a
    form tagged as a past, or a participle with a direct object, which a passive has
    only of a verb of two objects ("refugees denied asylum"). It reads the parse as it
    stands, not the document's cached tree: the ``kg_reports`` component asks while it
    still mends the parse."""
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "dobj" for c in verb.children)
    )


def subjects(verb: Token, depth: int = 0) -> tuple[list[Token], float]:
    """Surface subjects of a clause and a confidence penalty for how they were found."""
    # The parser sometimes hangs the subject on an auxiliary ("they are … playing").
    holders = [verb, *children(verb, "aux", "auxpass")]
    direct = [
        _reduced_relative(c) for h in holders for c in children(h, *SUBJECT_DEPS, "nsubjpass")
    ]
    if direct:
        return expand(direct), 0.0
    if finite_on_its_subject(verb):
        return expand([verb.head]), 0.1
    if depth > 4 or verb.dep_ == "ROOT":
        fallback = fallback_subject(verb)
        return ([*expand([fallback])], GUESSED_SUBJECT) if fallback is not None else ([], 0.0)
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "acomp":
        # "it is willing to withdraw", "is prepared to meet" (a participle the model
        # may tag a verb): the subject of "is"
        head = head.head
    if verb.dep_ in {"xcomp", "advcl"}:
        objects = children(head, "dobj", "dative")
        if verb.dep_ == "xcomp" and objects:
            return expand(objects), 0.1
    if verb.dep_ in {"conj", "xcomp", "advcl", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        inherited, penalty = subjects(head, depth + 1)
        return inherited, penalty + 0.1
    if verb.dep_ == "pcomp" and head.lower_ in PAST_ACT_PREPS and head.head.pos_ in {"VERB", "AUX"}:
        inherited, penalty = subjects(head.head, depth + 1)  # "after meeting Baker, he …"
        return inherited, penalty + 0.1
    if done_by_means(verb):
        inherited, penalty = subjects(head.head, depth + 1)  # "retaliated by shelling"
        return inherited, penalty + 0.1
    if _gerund_on_a_thing(verb):
        inherited, penalty = subjects(head.head, depth + 1)
        return inherited, penalty + 0.1
    fallback = fallback_subject(verb)
    return ([*expand([fallback])], GUESSED_SUBJECT) if fallback is not None else ([], 0.0)


def _gerund_on_a_thing(verb: Token) -> bool:
    """A gerund modifying the object of a verb, where that object is a thing, not an
    actor: "issued a statement deploring the raids", "sent a letter urging talks",
    "fired missiles hitting a tanker" are what the verb's subject does. An actor object
    does its own ("arrested a man carrying arms"): a name, a pronoun or an agent noun."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return False
    thing = verb.head
    if thing.dep_ != "dobj" or thing.pos_ != "NOUN" or thing.ent_type_:
        return False
    return not in_agent(thing)


def is_passive(verb: Token) -> bool:
    """A passive clause: one with a passive subject or auxiliary, a participle modifying
    a noun ("hostages held by Hamas") or a participial adjunct, neither with a subject or
    auxiliary of its own (the adjunct's understood subject, the main clause's, is what it
    is done to: "Asked about the raid, the minister said …", "Shelled by the rebels, the
    garrison surrendered"; a clause the parser hangs on a noun with a subject of its own
    is active: "Iran's announcement that it had launched an offensive"), or a participle
    coordinated with a passive verb and sharing its subject and auxiliary ("were wounded
    and captured", "was detained and questioned")."""
    if children(verb, "nsubjpass", "auxpass"):
        return True
    if verb.tag_ != "VBN":
        return False
    if verb.dep_ in {"advcl", "acl"}:
        return not children(verb, "aux", *SUBJECT_DEPS) and not finite_on_its_subject(verb)
    return _shares_voice(verb) and is_passive(verb.head)


def _shares_voice(verb: Token) -> bool:
    """A participle coordinated with the verb before it, with no subject or auxiliary
    of its own."""
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and not children(verb, "aux", *SUBJECT_DEPS)


def agents(verb: Token) -> list[Token]:
    """The by-phrase agents of a passive verb; coordinated passive participles share
    theirs, wherever the parser hung it ("were wounded and captured by the rebels")."""

    def own(holder: Token) -> list[Token]:
        return [p for c in children(holder, "agent") for p in children(c, "pobj")]

    shared = [verb.head] if _shares_voice(verb) and is_passive(verb) else []
    shared += [c for c in children(verb, "conj") if _shares_voice(c) and is_passive(verb)]
    return expand(own(verb) or [p for holder in shared for p in own(holder)] or _displaced(verb))


# Verbs whose infinitival complement happens ("continued to advocate", "decided to allow",
# a body's "voted to condemn", its decision), or is coded as if it did: CAMEO codes an
# attempt as the act ("tried to assassinate").
ASPECTUAL = frozenset(
    [
        *("continue", "begin", "start", "keep", "resume", "go", "decide", "vote", "manage"),
        *("attempt", "try"),
    ]
)
# The aspectual verbs that keep an act up: what is vowed or done for is the act kept up
# ("vowed to keep fighting the army"), where an attempt or a decision may fall short.
CONTINUING = frozenset(["continue", "keep", "resume"])


def kept_up(verb: Token) -> list[Token]:
    """The act a verb that keeps an act up (:data:`CONTINUING`) keeps up, its
    complement ("keep fighting", "continue to shell"); none for another verb."""
    return children(verb, "xcomp") if verb.lemma_.lower() in CONTINUING else []


# Verbs of compulsion whose passive tells what its subject had to do, and did: "Israel
# was forced to withdraw its troops" withdrew them; no one the text names coerced it (see
# compelled).
COMPULSION = frozenset(["force", "compel", "oblige"])


def compelled(verb: Token) -> bool:
    """Whether a verb of compulsion is passive, with no "by" phrase, and an infinitive
    telling what its subject had to do: "was forced to issue a correction"."""
    return (
        verb.lemma_.lower() in COMPULSION
        and bool(children(verb, "auxpass"))
        and not agents(verb)
        and bool(children(verb, "xcomp"))
    )


def happens_with_its_head(verb: Token) -> bool:
    """Whether the verb is the infinitive of an aspectual verb or of a passive of
    compulsion (:func:`compelled`), which happens as that verb does ("continued to
    shell" shelled; "will be forced to withdraw" will withdraw)."""
    head = verb.head
    return verb.dep_ == "xcomp" and (head.lemma_.lower() in ASPECTUAL or compelled(head))


def _displaced(verb: Token) -> list[Token]:
    """The agent of a passive verb that the parser hung on its complement, an active
    verb with an object, as a "by" phrase after it: "was asked to support the bill by
    Senator Smith", "was urged to repay its debt by the IMF". An active verb has no
    agent, so the phrase is the passive's; without an object, "by" may be the verb's own
    ("was urged to stand by Iraq", "to abide by OPEC"), and the agent of an object-less
    complement is left unread ("was urged to withdraw by the United Nations"): a false
    urging costs more than a lost one. Whether it names an actor ("by half" does not),
    the actors decide."""
    if not is_passive(verb):
        return []
    return [
        p
        for complement in children(verb, "xcomp")
        if not is_passive(complement)
        for c in children(complement, "prep")
        if c.lower_ == "by" and any(o.i < c.i for o in children(complement, "dobj"))
        for p in children(c, "pobj")
    ]


def _no_answers(doc: Doc) -> dict[tuple[frozenset[str], frozenset[str]], dict[int, int | None]]:
    """Per set of reporting verbs and claim nouns: token position → its reporting verb's
    (or claim noun's) position."""
    return {}


def speech_head(verb: Token, vocab: Vocabulary) -> Token | None:
    """The reporting verb whose complement contains ``verb``, if any, or the claim noun
    whose "that" clause does (:func:`claimed_by_noun`). A token's answer is
    its head's unless its own link to the head is the complement of a reporting verb, so
    each walk up the tree stops at a token already answered and records its answer for
    every token it passed: a document's walks take as many steps as it has tokens."""
    doc = verb.doc
    cues = (vocab.speech_lemmas, vocab.claim_nouns)
    known = derived(doc, "speech heads", _no_answers).setdefault(cues, {})
    path: list[int] = []
    child = verb
    answer: int | None = None
    while child.i not in known:
        path.append(child.i)
        head = child.head
        if head == child:
            answer = _quoted_speech(child, vocab)
            if answer is None:  # a token's index, 0 included
                answer = _parenthetical_report(child, vocab)
            break
        if head.lemma_.lower() in vocab.speech_lemmas and child.dep_ in SPEECH_COMPLEMENTS:
            answer = head.i
            break
        if claimed_by_noun(child, head, vocab):
            answer = head.i
            break
        child = head
    else:
        answer = known[child.i]
    known.update(dict.fromkeys(path, answer))
    return None if answer is None else doc[answer]


def _parenthetical_report(root: Token, vocab: Vocabulary) -> int | None:
    """The reporting verb the parser hangs on a sentence's root as a parenthesis, with a
    subject and no complement of its own: "Ukrainian drones set fire to a refinery on
    Tuesday, the regional governor said, the latest in a string of attacks" tells the
    root's clause as the governor's."""
    return next(
        (
            c.i
            for c in children(root, "parataxis")
            if c.lemma_.lower() in vocab.speech_lemmas
            and subjects(c)[0]
            and not children(c, "ccomp", "xcomp", "dobj")
        ),
        None,
    )


def _quoted_speech(root: Token, vocab: Vocabulary) -> int | None:
    """The reporting verb of a sentence that is all quoted speech
    (:func:`~kg.extract.quotations.quotation_holding`) and names no speaker itself: that
    of another sentence of its quotation, where the speaker is named outside the marks
    ('"We will respond. We have the means," Khamenei said'); else, for a quotation
    opening a sentence, the last main reporting verb with a subject of the sentence
    before it (its root or a verb coordinated with the root), whose speaker a quotation
    that follows goes on quoting ("Khamenei said the attack
    lacked military value. 'Mr. Reagan has committed a big mistake.'"), as news names a
    speaker once for all they say."""
    doc = root.doc
    quotation = quotation_holding(root.sent)
    if quotation is None:
        return None
    start, end = quotation
    first = doc[start].sent
    for sentence in _sentences_between(doc, start, end):
        if quotation_holding(sentence) is not None:
            continue
        said = next((t for t in sentence if start <= t.i < end and not t.is_punct), None)
        head = speech_head(said, vocab) if said is not None else None
        if head is not None and not start <= head.i < end:
            return head.i
    if first.start == 0 or any(not t.is_punct for t in doc[first.start : start]):
        return None
    before = doc[first.start - 1].sent
    if quotation_holding(before) is not None:
        head = speech_head(before.root, vocab)
        return head.i if head is not None else None
    reported = [
        t.i
        for t in (before.root, *conjuncts(before.root))
        if t.pos_ == "VERB" and t.lemma_.lower() in vocab.speech_lemmas and subjects(t)[0]
    ]
    return max(reported, default=None)


def _sentences_between(doc: Doc, start: int, end: int) -> list[Span]:
    """The sentences holding the tokens from ``start`` to ``end``."""
    found: list[Span] = []
    at = start
    while at < end:
        sentence = doc[at].sent
        found.append(sentence)
        at = sentence.end
    return found


def claimed_by_noun(clause: Token, noun: Token, vocab: Vocabulary) -> bool:
    """Whether ``clause`` is the "that" clause of a claim noun (``ckg:claimNoun``):
    "charges that Kuwait is supporting Iraq"."""
    return (
        noun.pos_ == "NOUN"
        and clause.dep_ in CLAIM_COMPLEMENTS
        and noun.lemma_.lower() in vocab.claim_nouns
        and any(c.lower_ == "that" for c in children(clause, "mark"))
    )


def told_passively(head: Token) -> bool:
    """Whether a reporting verb is passive with a "that" clause, whose subject is who
    heard it ("Iran was told that ...") or none ("it was reported that ..."), or with an
    infinitive, whose subject is the doer it tells of ("rebels are believed to have
    kidnapped the workers", "Iran is reported to have attacked"): the speaker is
    unnamed; not one quoting its subject "as saying" ("Mikulic was quoted as saying"),
    who spoke."""
    return (
        is_passive(head)
        and bool(children(head, "ccomp", "xcomp"))
        and not any(c.lower_ == "as" for c in children(head, "prep"))
    )


def reporters(head: Token) -> list[Token]:
    """Who speaks by a reporting verb: its subjects, or where the verb is the complement
    of "as", whom the verb above quotes: its object ("the radio quoted Khamenei as
    saying"), else, in the passive, its subject ("Iran was quoted as saying"); but of a
    passive verb with a "that" clause, only its "by" phrase ("Iran was told that ..."). Who
    makes a claim a noun names: its owner, adjective or "by" phrase ("Iran's claim",
    "Iranian charges", "allegations by Iraq")."""
    if head.pos_ == "NOUN":
        return [
            *children(head, "poss", "amod", "compound"),
            *(p for c in children(head, "prep") if c.lower_ == "by" for p in children(c, "pobj")),
        ]
    if told_passively(head):
        # "Iran was told that ...", "it was reported that ...": the subject heard it, or
        # is none; only a "by" phrase names who spoke
        return [p for c in children(head, "agent") for p in children(c, "pobj")]
    speakers, _ = subjects(head)
    if not speakers and head.dep_ == "pcomp":
        quoting = head.head.head
        speakers = expand(children(quoting, "dobj")) or subjects(quoting)[0]
    return speakers
