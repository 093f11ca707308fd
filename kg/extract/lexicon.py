"""PETRARCH's CAMEO verb dictionary as kg's default event lexicon.

The ``kg_verbs`` pipeline component marks every verb form of the dictionary
(:mod:`kg.verbs`: 1,800 verbs in 400 blocks of synonyms, their regular and irregular
forms, multi-word verbs) with a PhraseMatcher on lower case, writing the spans to
``doc.spans["verbs"]``: forms, not lemmas, so "staged" is STAGE, not "stag".

:func:`lexicon_code` then codes a marked verb as PETRARCH does: the first of its block's
patterns whose words the clause holds, the most words first ("- * SANCTIONS [163]": "imposed
sanctions" is 163; "- * (TO BORDER) [154]"), else the verb's or the block's default
code, which, as in PETRARCH, makes an event only where the clause names a target ("a
commission headed by X" is none); ``---`` is no event, and a converse alone (``- *
LOAN [:071]``) codes the subject as acted on ("received a loan from Japan": Japan gives
aid to the subject). A pattern's words match a clause as a coder reads it:

* a noun phrase (``SANCTIONS``, ``{ARMS SHIPMENT}``, ``&WEAPON``) is a word of the
  verb's object side (its dependents after it, but not a clause of its own) whose head
  is the phrase's last word, its other words among that word's modifiers; a set
  reference stands for each of the set's phrases. Not a word of the verb's own
  prepositional phrases, which the pattern's phrases read ("launched missiles at a
  post near the border" fires weapons, START's "- * &WEAPON", 194; it opens no border,
  "- * BORDER", 050), but for its "with" phrase, which may name what is given
  ("provided Bolivia with food aid") and only undoes an act where it names no means
  ("attacked the troops with drones" fights no aircraft, ATTACK's "- * &AIRCRAFT", no
  event);
* a prepositional phrase (``(TO BORDER)``) is a preposition of the verb or of its object
  with the phrase's nouns in its object, never a phrase of time ("telephoned him on
  Friday" is no "(ON)", CALL ON, an appeal); one of "to" and a verb (``(TO LEAVE)``)
  is also the verb's infinitive complement ("ordered the diplomats to leave");
* the subject side (``&MILITARY *``) is matched in the verb's subject.

The Turtle triggers of the ontology come first (they are kg's overrides and users'
additions), but for a trigger of one bare word, which yields to a pattern coding no
event (see the readings of :mod:`kg.extract.events`); the dictionary codes the verbs they
leave. A user's dictionary files in the
same syntax (``kg build --lexicon FILE``) come before the shipped one: a verb form that a
user's file lists is coded by that file alone (its patterns, its default, its ``---``),
each form's span in ``doc.spans["verbs"]`` labelled with the path of the file that
decides it. A file's patterns refer to the synonym sets it defines itself.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.errors import Errors, KgError, KgWarning
from kg.extract.agents import AGENTS, agent_entries, in_agent
from kg.extract.clauses import CLAUSE_DEPS, is_passive, is_time_phrase, subjects
from kg.extract.phrases import lower_case_matcher
from kg.extract.tree import children, derived, lefts, subtree
from kg.phoenix import plural
from kg.verbs import (
    DATA,
    VERB_FILE,
    EventCode,
    Noun,
    Origin,
    Pattern,
    Prep,
    Verb,
    VerbBlock,
    VerbDictionary,
    load_verbs,
    read_verbs,
)
from kg.wordnet import load_doer_nouns, load_nominalisations

__all__ = [
    "DOERS",
    "NOMINALS",
    "SHIPPED",
    "VERBS",
    "VerbMatcher",
    "check_lexicons",
    "dictionary_at",
    "doer_code",
    "lexicon_code",
    "nominal_verb",
    "noun_code",
    "pattern_words",
    "reads_an_infinitive",
    "taken_in_form",
    "verb_code",
    "written_for",
    "written_for_any",
]

VERBS = "verbs"  # the Doc's span group
NOMINALS = "nominal verbs"  # the Doc's span group of nouns naming a verb's act
DOERS = "doer nouns"  # the Doc's span group of nouns naming a verb's doer ("attackers")
SHIPPED = str(DATA / VERB_FILE)  # PETRARCH's dictionary, the last of every lexicon
NOUNS = frozenset({"NOUN", "PROPN"})
PHRASE_MODIFIERS = frozenset({"compound", "amod", "nmod"})  # words before a phrase's head


@cache
def dictionary_at(path: str) -> VerbDictionary:
    """The verb dictionary in the file at ``path``, read once per process (E027 when it
    cannot be read)."""
    if path == SHIPPED:
        return load_verbs().dictionary
    try:
        return read_verbs(path)
    except OSError as error:
        raise KgError(Errors.E027, path=path, reason=error.strerror or error) from None


def check_lexicons(paths: Sequence[Path | str]) -> tuple[str, ...]:
    """Users' dictionary files as absolute paths, each read before anything is extracted:
    one that cannot be read (E027) or holds no verb block (E029) stops kg; each line a
    file's reader dropped or repaired is a warning (E028), as it would otherwise change
    the coding without a word."""
    resolved = tuple(str(Path(path).resolve()) for path in paths)
    for path in resolved:
        dictionary = dictionary_at(path)
        if not dictionary.blocks:
            raise KgError(Errors.E029, path=path)
        for issue in dictionary.issues:
            warning = KgWarning(
                Errors.E028, path=path, line=issue.line, reason=issue.reason, text=issue.text
            )
            warnings.warn(warning, stacklevel=2)
    return resolved


class VerbMatcher:
    """Marks the lexicon's verb forms in a Doc (see the module docstring)."""

    def __init__(self, nlp: Language, lexicons: Sequence[str] = ()) -> None:
        decided: dict[str, str] = {}  # each form, lower case → the file that codes it
        for path in (*lexicons, SHIPPED):
            for words in dictionary_at(path).forms:
                decided.setdefault(" ".join(words).lower(), path)
        by_file: dict[str, list[str]] = {}
        for form, path in sorted(decided.items()):
            by_file.setdefault(path, []).append(form)
        self.matcher = lower_case_matcher(nlp, by_file)
        # each noun naming the act, or the doer, of a listed verb (the first, in
        # WordNet's order) → the file that decides the verb, and the verb
        self.nominals = _listed(load_nominalisations(), decided)
        self.doers = _listed(load_doer_nouns(), decided)

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[VERBS] = filter_spans(self.matcher(doc, as_spans=True))
        for span in doc.spans[VERBS]:
            lemma = _regular_lemma(span)
            if lemma is not None:
                span[0].lemma_ = lemma
        for group, listed in ((NOMINALS, self.nominals), (DOERS, self.doers)):
            doc.spans[group] = [
                Span(doc, token.i, token.i + 1, label=found[0], kb_id=found[1])
                for token in doc
                if token.pos_ == "NOUN" and (found := listed.get(token.lemma_.lower()))
            ]
        return doc


def _listed(
    nouns: Mapping[str, tuple[str, ...]], decided: Mapping[str, str]
) -> dict[str, tuple[str, str]]:
    """Each noun whose verbs (in WordNet's order) include a listed one → the file that
    decides the first such verb, and the verb."""
    found: dict[str, tuple[str, str]] = {}
    for noun, verbs in nouns.items():
        verb = next((v for v in verbs if v in decided), None)
        if verb is not None:
            found[noun] = (decided[verb], verb.upper())
    return found


def _regular_lemma(span: Span) -> str | None:
    """The verb of which a one-word verb form is a regular form, by the dictionary's
    spelling rules, where the model lemmatised it as no verb the dictionary lists it
    under: "staged" is STAGE's past, not "stag", "hoped" HOPE's, not "hop", so the
    ontology's triggers of the verb ("stage drill") find it as the dictionary does. A
    form the dictionary lists as written or irregular ("saw", "lost") keeps the
    model's lemma."""
    word = span[0]
    if len(span) != 1 or word.pos_ != "VERB":
        return None
    entries = [entry for _, entry in dictionary_at(span.label_).lookup([word.text])]
    if word.lemma_.lower() in {entry.written.verb.lower() for entry in entries}:
        return None
    form = (word.text.upper(),)
    regular = {
        entry.written.verb.lower()
        for entry in entries
        if any(f.origin is Origin.REGULAR and f.words == form for f in entry.forms)
    }
    return regular.pop() if len(regular) == 1 else None


@Language.factory("kg_verbs", default_config={"lexicons": []})
def make_verb_matcher(nlp: Language, name: str, lexicons: list[str]) -> VerbMatcher:
    """The ``kg_verbs`` component (see the module docstring); ``lexicons`` are users'
    dictionary files, the first deciding first."""
    return VerbMatcher(nlp, lexicons)


def _forms(doc: Doc) -> dict[int, Span]:
    """The first verb token of each marked form → the form, so that a verb finds its
    form in one step, not by a walk over the document's forms."""
    forms = {}
    for span in doc.spans.get(VERBS, ()):
        heads = [t for t in span if t.pos_ in {"VERB", "AUX"}]
        if heads:
            forms[heads[0].i] = span
    return forms


def _form_at(verb: Token) -> Span | None:
    """The marked verb form whose verb is ``verb`` (its first verb token)."""
    return derived(verb.doc, "verb forms", _forms).get(verb.i)


# Adverbs that order two acts in time: "arrested and later released" tells two.
SEQUENCE_ADVERBS = frozenset(
    ["later", "then", "subsequently", "afterwards", "afterward", "eventually", "finally", "soon"]
)


def _coordinated(span: Span) -> Token | None:
    """The verb a multi-word form ending in its coordinator takes in: the conjunct of
    its verb right after it, or after an adverb of manner or degree ("killed or
    wounded", "killed or seriously wounded": KILLED_OR; "arrested and charged":
    ARRESTED_AND), not one of time (:data:`SEQUENCE_ADVERBS`), and in the verb's voice:
    "were killed and wounded" is one act, "were killed and vowed revenge" two, the
    second the subject's own."""
    if len(span) == 1 or span[-1].dep_ != "cc":
        return None
    verbs = [t for t in span if t.pos_ in {"VERB", "AUX"}]
    after = [c for v in verbs for c in children(v, "conj") if c.i >= span.end]
    conjunct = min(after, key=lambda t: t.i) if after else None
    if conjunct is not None and is_passive(conjunct) != is_passive(conjunct.head):
        return None
    between = span.doc[span.end : conjunct.i] if conjunct is not None else ()
    if any(t.dep_ != "advmod" or t.lower_ in SEQUENCE_ADVERBS for t in between):
        return None  # "arrested and later released": two acts, one after the other
    return conjunct


def _taken_in(doc: Doc) -> frozenset[int]:
    """The verbs that a marked multi-word form takes in: one inside it that is not its
    verb ("killed" in "kidnapped and killed", KIDNAPPED_AND_KILLED), and the conjunct
    after a form that ends in its coordinator (:func:`_coordinated`)."""
    taken: set[int] = set()
    for span in doc.spans.get(VERBS, ()):
        verbs = [t for t in span if t.pos_ in {"VERB", "AUX"}]
        taken.update(t.i for t in verbs[1:])
        conjunct = _coordinated(span)
        if conjunct is not None:
            taken.add(conjunct.i)
    return frozenset(taken)


def taken_in_form(verb: Token) -> bool:
    """Whether ``verb`` is coded as part of another verb's multi-word form of the
    dictionary (see :func:`_taken_in`), as PETRARCH codes such a pair once: "killed or
    wounded 200 soldiers" is KILLED_OR (190), the wounding the killing's act and not an
    assault beside it; "arrested and charged five students" is ARRESTED_AND's arrest
    (173), the charge no accusation of its own."""
    return verb.i in derived(verb.doc, "verbs taken in", _taken_in)


def lexicon_code(verb: Token) -> tuple[EventCode, Pattern | None] | None:
    """The dictionary's code for the verb at ``verb`` and the pattern that gave it (None
    for a default code); a pattern coding no event (``---``) comes with the null code.
    None when the verb is not in the dictionary, or no pattern matches and its default
    codes no event."""
    span = _form_at(verb)
    if span is None:
        return None
    return _dictionary_code(
        dictionary_at(span.label_), span.text.split(), lambda: _verb_sides(verb, span)
    )


def _verb_sides(verb: Token, span: Span) -> tuple[_Side, _Side]:
    """The words a verb's patterns read after it and in its subject, a passive's as its
    active's: its "by" phrase names who acted, so its words are the subject side and no
    noun phrase of the object side ("gunboats were attacked by American helicopters" is
    no "- * &AIRCRAFT", ATTACK's fighting of aircraft, which codes no event), though a
    pattern's own "(BY ...)" phrase still reads it, as a pattern's phrases read the
    verb's other prepositional phrases, which its noun phrases do not; its grammatical
    subject is what was acted on, the object side ("protection was provided by U.S.
    destroyers": PROVIDE's "- * PROTECTION"), not the subject side ("- GUNBOAT *" is an
    act of gunboats)."""
    infinitives = _infinitives(verb)
    after = sorted([*_object_side(verb, span), *infinitives], key=lambda t: t.i)
    phrased = {
        t.i for p in children(verb, "prep") if p.lower_ not in GIVEN_PREPS for t in subtree(p)
    } | {t.i for t in infinitives}
    means = {t.i for p in children(verb, "prep") if p.lower_ in GIVEN_PREPS for t in subtree(p)}
    if not is_passive(verb):
        subject = [t for s in subjects(verb)[0] for t in subtree(s)]
        return _Side.of(after, phrased=phrased, means=means), _Side.of(subject)
    doers = [t for agent in children(verb, "agent") for t in subtree(agent)]
    # as an object, less its clauses: "men who refused to leave the land were arrested"
    acted_on = sorted(_phrases(subjects(verb)[0]) + after, key=lambda t: t.i)
    return _Side.of(acted_on, {t.i for t in doers}, phrased, means), _Side.of(doers)


def _infinitives(verb: Token) -> list[Token]:
    """The "to" and the verb of each infinitive the verb takes as its complement
    ("ordered the diplomats to leave"), which a pattern's phrase reads as PETRARCH reads
    the words after the verb (ORDER's "- * (TO LEAVE)", an expulsion); no noun phrase of
    a pattern reads them, nor what the infinitive's own clause holds."""
    return [
        word
        for clause in children(verb, "xcomp")
        for to in children(clause, "aux")
        if to.lower_ == "to"
        for word in (to, clause)
    ]


def reads_an_infinitive(verb: Token, pattern: Pattern | None) -> bool:
    """Whether a pattern's phrase of "to" and a verb reads the verb's infinitive
    complement (:func:`_infinitives`: "ordered the diplomats to leave", ORDER's "- * (TO
    LEAVE)"): the pattern names the act ordered or sought, not only the verb."""
    if pattern is None:
        return False
    lemmas = {t.lemma_.upper() for t in _infinitives(verb) if t.dep_ != "aux"}
    return any(
        isinstance(element, Prep)
        and "TO" in element.prepositions
        and any(isinstance(n, Noun) and n.words[-1] in lemmas for n in element.elements)
        for element in pattern.after
    )


# The prepositions of a verb's own phrase that may name what it gives ("provided Bolivia
# with food aid") as well as the means of its act ("attacked the troops with drones").
GIVEN_PREPS = frozenset({"with"})


def noun_code(noun: Token) -> tuple[EventCode, Pattern | None] | None:
    """The dictionary's code for a noun that names the act of one of its verbs (WordNet's
    nominalisations, :mod:`kg.wordnet`; marked by the ``kg_verbs`` component), read as
    :func:`lexicon_code` reads the verb: the noun's phrases after it are the verb's
    object side ("a call for talks": CALL's "- * (FOR ...)"), its modifiers before it
    the subject side; else the verb's default code."""
    span = _nominal_at(noun)
    if span is None:
        return None
    return _dictionary_code(
        dictionary_at(span.label_), [span.kb_id_], lambda: _noun_sides(noun, span)
    )


def _noun_sides(noun: Token, span: Span) -> tuple[_Side, _Side]:
    """The words a noun's patterns read after it and in its subject: its phrases after
    it, and its modifiers before it with its "by" phrase, which names its doer as a
    passive's does ("the bombing of the port by Iraq"; see :func:`_verb_sides`)."""
    doers = [t for p in children(noun, "prep") if p.lower_ == "by" for t in subtree(p)]
    before = [t for c in lefts(noun) for t in subtree(c)]
    return _Side.of(_object_side(noun, span), {t.i for t in doers}), _Side.of(before + doers)


def nominal_verb(noun: Token) -> str | None:
    """The verb (lower case) whose act a noun names, where a dictionary lists it."""
    span = _nominal_at(noun)
    return span.kb_id_.lower() if span is not None else None


def _nominal_at(noun: Token) -> Span | None:
    return derived(noun.doc, "nominal forms", _nominal_forms).get(noun.i)


def _nominal_forms(doc: Doc) -> dict[int, Span]:
    return {span.start: span for span in doc.spans.get(NOMINALS, ())}


def _dictionary_code(
    dictionary: VerbDictionary,
    words: Sequence[str],
    read: Callable[[], tuple[_Side, _Side]],
) -> tuple[EventCode, Pattern | None] | None:
    """The code of the first of the form's entries that codes the clause: its first
    pattern that the words after the verb and in its subject (as ``read`` gives them)
    hold, else its default. The two sides are read once, when a block first needs them."""
    sides: tuple[_Side, _Side] | None = None
    for block, entry in dictionary.lookup(words):
        patterns = _patterns(block, dictionary)
        if patterns.ordered:
            if sides is None:
                sides = read()
            for pattern in patterns.candidates(sides, entry):
                if _matches(pattern, sides, dictionary):
                    return pattern.code, pattern
        code = block.code_of(entry)
        if code.event and not code.null:
            return code, None
    return None


def verb_code(verb: Token) -> EventCode | None:
    """The dictionary's code for the verb at ``verb`` alone, whatever its clause holds:
    the verb's own code, else its block's (SUGGEST's 020 for "proposed"); None when the
    verb is not in the dictionary."""
    return _default_code(_entries(verb))


def doer_code(noun: Token) -> EventCode | None:
    """The dictionary's code for the verb whose doer a noun names (WordNet's nouns of
    doers, :mod:`kg.wordnet`; marked by the ``kg_verbs`` component), alone: "the
    attackers" ATTACK's 190, "the kidnappers" KIDNAP's 181; None for another noun."""
    span = _doer_at(noun)
    if span is None:
        return None
    return _default_code(dictionary_at(span.label_).lookup([span.kb_id_]))


def _doer_at(noun: Token) -> Span | None:
    return derived(noun.doc, "doer nouns", _doer_nouns).get(noun.i)


def _doer_nouns(doc: Doc) -> dict[int, Span]:
    return {span.start: span for span in doc.spans.get(DOERS, ())}


def _default_code(entries: Sequence[tuple[VerbBlock, Verb]]) -> EventCode | None:
    """The code of the first entry: its verb's own, else its block's."""
    if not entries:
        return None
    block, entry = entries[0]
    return block.code_of(entry)


def _entries(verb: Token) -> tuple[tuple[VerbBlock, Verb], ...]:
    """The dictionary's entries (with their blocks) for the verb form at ``verb``, in the
    file's order; none when the verb is not in the dictionary."""
    span = _form_at(verb)
    return dictionary_at(span.label_).lookup(span.text.split()) if span is not None else ()


def _origins(verb: Token, pattern: Pattern) -> Iterator[tuple[Verb, Verb]]:
    """Each verb a pattern of the verb's block was written for, as its comment names it
    (:meth:`kg.verbs.VerbBlock.origins`), with the dictionary's entry for the verb."""
    for block, entry in _entries(verb):
        if any(p is pattern for p in block.patterns):
            for origin in block.origins(pattern):
                yield origin, entry


def written_for(verb: Token, pattern: Pattern) -> bool:
    """Whether a pattern of the verb's block was written for the verb at ``verb``, as its
    comment says ("- * &PROPOSAL [111] # ATTACK" for "attacked", not for "fought" or
    "captured" of the same block)."""
    return any(origin is entry for origin, entry in _origins(verb, pattern))


def written_for_any(verb: Token, pattern: Pattern, lemmas: Set[str]) -> bool:
    """Whether a pattern of the verb's block was written for one of the verbs ``lemmas``
    names ("- * ATTACK [190] # REPORT", which DESCRIBE shares, for a verb of saying)."""
    return any(
        "_".join(origin.written.words).lower() in lemmas for origin, _ in _origins(verb, pattern)
    )


def pattern_words(verb: Token, pattern: Pattern) -> frozenset[int]:
    """The words of the verb's object side that are the head words of the pattern's
    nouns there: LODGE's "- * PROTEST [110]" reads "lodged a protest" as the verb and
    its noun together, where ANNOUNCE's "- * RETALIATION" reads "announced the sanctions
    in retaliation" by a word that is not the object."""
    span = _form_at(verb)
    if span is None:
        return frozenset()
    dictionary = dictionary_at(span.label_)
    nouns = [
        noun
        for element in pattern.after
        for noun in (element.elements if isinstance(element, Prep) else (element,))
        if isinstance(noun, Noun)
    ]
    heads = {head for noun in nouns for head in _heads(noun, dictionary)}
    return frozenset(t.i for t in _object_side(verb, span) if any(_word(t, h) for h in heads))


# A dictionary's blocks and nouns live as long as the process (dictionary_at is cached),
# so what is worked out for one of them once is kept under its id.
_PATTERNS: dict[int, _Patterns] = {}
_HEADS: dict[int, frozenset[str]] = {}


@dataclass(frozen=True)
class _Patterns:
    """A block's patterns that can code an act or none (``---``), the most specific first
    (see :func:`_words_in`), file order among equals; and, so that a clause is tested
    only against the few patterns it can match, each pattern's position under the words
    its first element asks for on its side (a noun's head words, a phrase's
    prepositions): a clause without one of them cannot match it."""

    ordered: tuple[Pattern, ...]
    unworded: frozenset[int]  # the patterns whose elements ask for no word
    by_word: tuple[dict[str, list[int]], dict[str, list[int]]]  # the object side, the subject
    owners: tuple[frozenset[int] | None, ...]  # ids of the only verbs each may code; None: any

    def candidates(self, sides: tuple[_Side, _Side], verb: Verb) -> list[Pattern]:
        """The patterns that the clause's ``sides`` may match at ``verb``, in order."""
        found = set(self.unworded)
        for side, index in zip(sides, self.by_word, strict=True):
            for word in side.words:
                found.update(index.get(word, ()))
        mine = id(verb)
        return [
            self.ordered[i]
            for i in sorted(found)
            if (owners := self.owners[i]) is None or mine in owners
        ]


def _patterns(block: VerbBlock, dictionary: VerbDictionary) -> _Patterns:
    """The block's patterns, ordered and indexed (see :class:`_Patterns`)."""
    made = _PATTERNS.get(id(block))
    if made is not None:
        return made
    ordered = tuple(sorted(block.patterns, key=lambda p: -_words_in(p)))
    unworded: set[int] = set()
    by_word: tuple[dict[str, list[int]], dict[str, list[int]]] = ({}, {})
    for position, pattern in enumerate(ordered):
        asked = _first_words(pattern, dictionary)
        if asked is None:
            unworded.add(position)
            continue
        side, words = asked
        for word in words:
            by_word[side].setdefault(word, []).append(position)
    owners = tuple(_owners(block, pattern) for pattern in ordered)
    made = _PATTERNS[id(block)] = _Patterns(ordered, frozenset(unworded), by_word, owners)
    return made


def _owners(block: VerbBlock, pattern: Pattern) -> frozenset[int] | None:
    """The ids of the only verbs of its block a pattern may code, None for any: a phrasal
    or prepositional pattern codes the verbs it was written for
    (:attr:`~kg.verbs.Pattern.bound_to_its_verb`); a pattern of the subject alone
    (:attr:`~kg.verbs.Pattern.subject_only`) or of the act's circumstances alone
    (:attr:`~kg.verbs.Pattern.circumstantial`) those and the verbs with no code of their
    own ("troops captured" is TAKE's "- &MILITARY *" [192], "troops arrested" ARREST's
    own 173; "seized in raids" is SEIZE's "- * (IN RAID)" [1711], "arrested in raids"
    an arrest)."""
    written = frozenset(map(id, block.origins(pattern)))
    if pattern.bound_to_its_verb:
        return written or None  # a comment naming no verb of the block leaves it to all
    if pattern.subject_only or pattern.circumstantial:
        return written | {id(verb) for verb in block.verbs if verb.code is None}
    return None


def _first_words(pattern: Pattern, dictionary: VerbDictionary) -> tuple[int, frozenset[str]] | None:
    """The side (0 the object's, 1 the subject's) and the words, one of which the
    pattern's first worded element asks for there; None when it asks for none."""
    for side, elements in enumerate((pattern.after, pattern.before)):
        for element in elements:
            if isinstance(element, Noun):
                return side, _heads(element, dictionary)
            if isinstance(element, Prep):
                return side, frozenset(element.prepositions)
    return None


def _heads(noun: Noun, dictionary: VerbDictionary) -> frozenset[str]:
    """The head words of a pattern noun's phrases (synonym sets expanded)."""
    heads = _HEADS.get(id(noun))
    if heads is None:
        heads = _HEADS[id(noun)] = frozenset(p[-1] for p in dictionary.phrases(noun))
    return heads


def _words_in(pattern: Pattern) -> int:
    """How many words a pattern asks for: the more, the more specific ("(TO BORDER)"
    before "(TO)")."""
    count = 0
    for element in pattern.elements:
        if isinstance(element, Noun):
            count += len(element.words)
        elif isinstance(element, Prep):
            count += 1 + sum(len(e.words) for e in element.elements if isinstance(e, Noun))
    return count


def _object_side(verb: Token, span: Span) -> list[Token]:
    """The words after the verb that its patterns read: its dependents' subtrees, less
    clauses of their own, whole ("rejected demands for clauses to be built against
    higher prices": the prices are the relative clause's, not what was rejected), and
    the verb form's own words; and those of the conjunct the form takes in ("killed or
    wounded 200 civilians": KILL's "- * CIVILIAN")."""
    conjunct = _coordinated(span)  # "killed or wounded 200 civilians": its object too
    return _phrases(
        c
        for head in (verb, conjunct)
        if head is not None
        for c in children(head)
        if c.i > head.i and c.dep_ not in CLAUSE_DEPS and c.i not in range(span.start, span.end)
    )


def _phrases(heads: Iterable[Token]) -> list[Token]:
    """The words of the phrases ``heads`` head, less clauses of their own, in order."""
    words: list[Token] = []
    pending = list(heads)
    while pending:
        token = pending.pop()
        words.append(token)
        pending.extend(c for c in children(token) if c.dep_ not in CLAUSE_DEPS)
    return sorted(words, key=lambda t: t.i)


def _spellings(token: Token) -> tuple[str, ...]:
    """:func:`_spelled`, kept per document: the patterns of a verb's block ask for the
    spellings of the same few words once per word of every phrase they try."""
    known: dict[int, tuple[str, ...]] = derived(token.doc, "spellings", lambda _: {})
    if token.i not in known:
        known[token.i] = _spelled(token)
    return known[token.i]


def _spelled(token: Token) -> tuple[str, ...]:
    """The upper-case words a pattern's word may be to match ``token``: its text, its
    lemma and, for an agent noun (a person's role, see :mod:`kg.extract.agents`), its
    lemma's plural, since the dictionary writes many of them in the plural only ("- *
    MINISTERS [043:042]"), and receiving one minister is hosting a visit as much as
    receiving several. Other nouns keep their number: the singular of DAMAGES, ARMS or
    INTERESTS means something else."""
    forms = (token.text.upper(), token.lemma_.upper())
    if token.i in derived(token.doc, "agent nouns", _agent_nouns):
        made = _plural_of(token)
        if made is not None:
            return (*forms, made)
    return forms


def _agent_nouns(doc: Doc) -> frozenset[int]:
    """The positions of the words of the agent nouns the ``kg_agents`` component marked."""
    return frozenset(t.i for span in doc.spans.get(AGENTS, ()) for t in span)


def _word(token: Token, word: str) -> bool:
    return word in _spellings(token)


def _noun_in(noun: Noun, tokens: Iterable[Token], dictionary: VerbDictionary) -> bool:
    """Whether a noun phrase of the pattern is among ``tokens``: a head word, with the
    phrase's other words among the words before it; a word a synonym set writes as a
    form of its own is that form only ("hostilities", :attr:`VerbDictionary.exact_forms`,
    is no HOSTILITY). A participle modifying a noun heads
    no phrase by its lemma: "announced the planned tariffs" names tariffs, not
    ANNOUNCE's "- * PLAN"; an adjective the pattern writes still does ("sent medical
    supplies", SEND's "- * MEDICAL")."""
    pool = list(tokens)
    heads: dict[str, list[Token]] = {}  # a synonym set has hundreds of phrases to try
    plurals: dict[str, list[Token]] = {}  # see _phrase_plural
    for token in pool:
        if not _modifying_participle(token) and not _modifying_an_agent(token):
            form = token.text.upper()
            exact = form in dictionary.exact_forms
            spellings = (form,) if exact else _spellings(token)
            for spelling in dict.fromkeys(spellings):
                heads.setdefault(spelling, []).append(token)
            made = None if exact else _phrase_plural(token)
            if made is not None:
                plurals.setdefault(made, []).append(token)
    for phrase in dictionary.phrases(noun):
        *modifiers, head = phrase
        # a phrase of several words in the plural matches its head in the singular too:
        # "{ARREST WARRANTS}" is "issued an arrest warrant", the words before the head
        # telling the sense in either number, where a word alone may not (_spelled)
        found = heads.get(head) or (plurals.get(head, []) if modifiers else [])
        for token in found:
            near = [t for t in pool if t.i < token.i]
            if all(any(_word(t, m) for t in near) for m in modifiers):
                return True
    return False


def _plural_of(token: Token) -> str | None:
    """The upper-case plural of a noun's lemma, kept per document (see :func:`_spellings`)."""
    known: dict[int, str | None] = derived(token.doc, "plurals", lambda _: {})
    if token.i not in known:
        made = plural((token.lemma_.upper(),)) if token.pos_ in NOUNS else None
        known[token.i] = None if made is None else made[0]
    return known[token.i]


def _phrase_plural(token: Token) -> str | None:
    """The plural a pattern's phrase of several words may ask for at ``token`` (see
    :func:`_noun_in`): only a noun with a modifier before it heads such a phrase
    ("an arrest warrant"), so a bare noun asks no pattern more to be tried."""
    if not any(c.dep_ in PHRASE_MODIFIERS for c in lefts(token)):
        return None
    return _plural_of(token)


def _modifying_participle(token: Token) -> bool:
    """A participle used as an adjective before a noun ("the planned tariffs")."""
    return token.dep_ == "amod" and token.tag_ in {"VBN", "VBG", "VBD"}


def _modifying_an_agent(token: Token) -> bool:
    """A noun before an agent noun, telling its kind, that is no agent itself: "released
    an aid worker" names a worker, not RELEASE's "- * AID" (a phrase of the pattern may
    still hold it, "{AID WORKERS}"); "army reservists" are the army's (&MILITARY)."""
    return token.dep_ == "compound" and in_agent(token.head) and token.lower_ not in agent_entries()


def _prep_in(prep: Prep, tokens: Iterable[Token], dictionary: VerbDictionary) -> bool:
    """Whether a prepositional phrase of the pattern is among ``tokens``."""
    for token in tokens:
        if token.text.upper() not in prep.prepositions or is_time_phrase(token):
            continue
        # an infinitive's "to" holds its verb (see _infinitives), a preposition its phrase
        inside = [token.head] if token.dep_ == "aux" else list(subtree(token))[1:]
        nouns = [e for e in prep.elements if isinstance(e, Noun)]
        if all(_noun_in(n, inside, dictionary) for n in nouns):
            return True
    return False


@dataclass(frozen=True)
class _Side:
    """The words on one side of a verb that its patterns read, those a noun phrase of a
    pattern may be (not a passive's doers: see :func:`_verb_sides`), and the set of their
    forms and lemmas in upper case, to rule out a pattern without walking its phrases."""

    tokens: list[Token]
    nouns: list[Token]
    words: frozenset[str]
    acted_on: list[Token]  # the nouns less what a "with" phrase names (GIVEN_PREPS)

    @classmethod
    def of(
        cls,
        tokens: list[Token],
        doers: Set[int] = frozenset(),
        phrased: Set[int] = frozenset(),
        means: Set[int] = frozenset(),
    ) -> _Side:
        """``doers``: a passive's "by" phrase; ``phrased``: the words of the verb's own
        prepositional phrases, which only a pattern's phrase reads; ``means``: those of
        its "with" phrase, which may name what it gives or what it does it with."""
        skipped = doers | phrased
        nouns = [t for t in tokens if t.i not in skipped] if skipped else tokens
        acted_on = [t for t in nouns if t.i not in means] if means else nouns
        # a noun's plural too, which a phrase of several words may ask for (_noun_in)
        plurals = {p for t in tokens if (p := _phrase_plural(t)) is not None}
        words = frozenset(w for t in tokens for w in _spellings(t)) | plurals
        return cls(tokens, nouns, words, acted_on)


def _matches(pattern: Pattern, sides: tuple[_Side, _Side], dictionary: VerbDictionary) -> bool:
    """Whether the clause holds the pattern's words (see the module docstring): after the
    verb, and in its subject (``sides``)."""
    after, subject = sides
    for elements, side in ((pattern.after, after), (pattern.before, subject)):
        # a noun that undoes the act ("- * &AIRCRAFT [---]", fighting aircraft) is what
        # it is done to, not what it is done with ("attacked the troops with drones")
        nouns = side.acted_on if pattern.code.null else side.nouns
        for element in elements:
            if isinstance(element, Noun):
                if side.words.isdisjoint(_heads(element, dictionary)) or not _noun_in(
                    element, nouns, dictionary
                ):
                    return False
            elif isinstance(element, Prep):
                if side.words.isdisjoint(element.prepositions):
                    return False
                if not _prep_in(element, side.tokens, dictionary):
                    return False
    return True
