"""Reader for PETRARCH's CAMEO verb dictionary and its discard list.

The Open Event Data Alliance's coders decide what event a sentence reports with a curated
dictionary of about 400 *verb blocks* — synonymous verbs sharing a default CAMEO code —
each followed by *patterns* over the verb's subject, object and prepositional phrases that
select a more specific code (``- * PROTEST [141]``: "staged a protest" is 141). A discard
list names phrases (sports results, entertainment) whose sentences are not coded at all.
This module reads both into typed records; matching them against parsed text is left to
the code that compiles them (no spaCy here).

Syntax, as ``CAMEO.2.0.txt`` uses it. Sources: the file's own header; PETRARCH's
``docs/source/dictionaries.rst`` and the docstrings of ``read_verb_dictionary()`` in
``PETRreader.py`` (openeventdata/petrarch and petrarch2); what PETRARCH2's coder does with a
token (``PETRtree.py``, ``utilities.convert_code``) where the documents are silent, and
PETRARCH 1's TABARI-style matcher (``verb_pattern_match``) for ``^`` and ``%``.

* ``#`` starts a comment. ``;`` does too in TABARI's legacy syntax (two verb lines use it:
  ``RIP {...};shan 7/11/93``); PETRARCH2 reads those comments as verb forms, we as
  comments, and report them.
* ``&NAME`` starts a **synonym set**; the ``+PHRASE`` lines after it are its members
  (``_`` and spaces both join words). A member gets its regular plural (kg.phoenix's
  :func:`~kg.phoenix.plural`, which fixes PETRARCH's TROOPSES) unless it ends with ``_``
  or the set's name does (``&AUXVERB1_``: no member is a noun); the name is kept without
  that ``_``. Patterns refer to a set by its name anywhere a word can stand. References
  are kept as references (``&WEAPON`` is one word of a :class:`Noun`; a set can hold 120
  phrases): :meth:`VerbDictionary.phrases` expands a noun on demand. A pattern naming a
  set the file never defines is dropped, as PETRARCH drops it.
* ``--- NAME [CODE] ---`` starts a **verb block**; its code is the default of every verb
  in it (``[---]``, or no code: the verb alone is no event; about half the blocks).
* **Verb lines** follow: ``VERB {IRREGULAR FORMS} [CODE] # comment``, braces and code
  optional. A verb's forms, not its lemma, are what the dictionary matches ("staged" is a
  form of STAGE, never of "stag"). Without braces the regular forms are generated (see
  :func:`regular_forms`); with braces the written verb and the listed forms are all
  there is (PETRARCH: "ALL forms need to be included"), and ``{}`` says the written form
  is the only one (``+ANGERED_BY {}``: a participle, nothing to inflect). A verb's own
  ``[CODE]`` overrides the block's.
* **Multi-word verbs** join their words with ``_`` and put ``+`` before the word the
  parser will tag as the verb: ``+CARRY_OUT`` (CARRY, then OUT), ``WIRE_+TAP``; the
  other words must be adjacent. Regular forms inflect the ``+`` word (CARRIED_OUT); the
  forms in braces carry their own ``+``.
* **Patterns**: ``- BEFORE * AFTER [CODE] # comment``. ``*`` is the verb; the words
  before it are matched on the subject side, those after it on the object side. On each
  side, as PETRARCH2 reads them: a bare word is the head noun of a noun phrase; ``{A B
  C}`` is a noun phrase with head C and modifiers A B; ``(PREP ...)`` is a prepositional
  phrase, its first word the preposition (``(AGAINST)``: the preposition alone); ``$``
  marks where the source actor is and ``+`` the target (where the syntax alone would
  confuse them); ``^`` matches a noun phrase and takes it as neither (TABARI's "skip to
  the end of the noun phrase": ``(FROM ^)``); ``%`` is TABARI's compound-actor token,
  which neither PETRARCH implemented (one pattern uses it). A word written with ``_``
  (``{AIR_STRIKE}``, ``DEBT_RELIEF``) is read as adjacent words of one noun phrase. About
  90 patterns are TABARI word sequences with bare prepositions (``- * OVER MEETING OF
  +``); PETRARCH2 reads each of their words as a noun head, and so does this reader.
* **Codes**: ``[190]``; ``[---]`` no event; ``[042:043]`` an event and its converse — the
  subject does 042 to the object and the object 043 to the subject (PETRARCH2 calls
  them active and passive); ``[:173]`` only the converse: PETRARCH2 codes the verb as if
  it were passive, the grammatical subject being the target and the actor of a BY, FROM
  or IN phrase, if any, the source ("X appeared before the court": a legal action, 173,
  against X).
* **Transformations** (``~ a (a b ATTACK) SAY = a b 015``) rewrite an event reported
  inside another: a says that a attacked b is a's claim of responsibility (015) towards
  b. Letters are actors, the same letter the same actor; ``.`` is any actor, ``_`` none;
  a verb is a dictionary verb (its code's family: ``WILL_ATTACK`` is WILL then ATTACK) or
  ``Q``, any event, whose code the result may reuse.
* **Discards** (``Phoenix.discards.txt``): one phrase a line, matched case-insensitively
  from the start of a word; ``+PHRASE`` discards the whole story, a bare one the
  sentence; a trailing ``_`` makes the phrase end at a word boundary, else its last word
  is a stem (PETRARCH's ``read_discard_list``).

Decisions of this reader (each has a test):

* Regular forms follow English spelling, not PETRARCH's generator, which adds S/ES, D/ED
  and ING with no other rule (MODIFYS, ABOLISHS, AGREING in PETRARCH 1; DELAIES in
  PETRARCH2): see :func:`regular_forms`.
* Bad lines never stop a read: every line that is dropped or repaired is an
  :class:`~kg.phoenix.Issue` (path, line, text, reason, whether something of it was kept).
  Beyond unreadable lines, the reader reports what would silently misfire in a coder:
  verbs written twice (a coder keeps one, silently: in PETRARCH the first), duplicate set
  members, undefined sets, a header whose code runs into its closing ``---``
  (``[110]---``), a form in braces that inflects another word than the one marked ``+``
  (``+WIRE_TAPS``), a "preposition" that is not one (``(PEACE ...)``), and stray text
  before a pattern's code.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path
from typing import TypeAlias

# Shared with the actor dictionaries. _read (decode a file line by line, reporting stray
# bytes), _split_comment, _words, _set and _by_line are private to kg.phoenix; they should
# move to a shared module (e.g. kg/tabari.py) when both readers are integrated.
from kg.cache import cached
from kg.phoenix import Issue, Words, _by_line, _read, _set, _split_comment, _words, plural

__all__ = [
    "DATA",
    "DISCARD_FILE",
    "NULL",
    "VERB_FILE",
    "Discard",
    "DiscardList",
    "Element",
    "EventCode",
    "EventShape",
    "Marker",
    "Noun",
    "Origin",
    "Pattern",
    "Prep",
    "Rewrite",
    "Scope",
    "SynonymPhrase",
    "SynonymSet",
    "Transformation",
    "Verb",
    "VerbBlock",
    "VerbDictionary",
    "VerbForm",
    "Verbs",
    "load_verbs",
    "read_discards",
    "read_verbs",
    "regular_forms",
]

DATA = Path(__file__).resolve().parent / "data" / "petrarch"
VERB_FILE = "CAMEO.2.0.txt"
DISCARD_FILE = "Phoenix.discards.txt"


# ------------------------------------------------------------------------------------
# Records


@dataclass(frozen=True)
class EventCode:
    """A CAMEO event code as a verb or pattern gives it.

    ``event`` is what the subject does to the object, ``converse`` what the object does to
    the subject (``[042:043]``: a visit, and the host's hosting); ``None`` is no event.
    ``[---]`` has neither, ``[:173]`` only the converse. ``text`` is the bracket's content.
    """

    event: str | None
    converse: str | None
    text: str

    @property
    def null(self) -> bool:
        """No event either way: ``[---]``, the verb alone or the pattern codes nothing."""
        return self.event is None and self.converse is None


NULL = EventCode(None, None, "---")


class Origin(StrEnum):
    WRITTEN = "written"  # as on the verb line
    REGULAR = "regular"  # generated by regular_forms()
    IRREGULAR = "irregular"  # listed in the line's {...}


@dataclass(frozen=True)
class VerbForm:
    """One form of a verb: its words (several for a multi-word verb), ``head`` the index
    of the word the parser tags as the verb (the ``+`` word), and where it came from."""

    words: Words
    head: int
    origin: Origin

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def verb(self) -> str:
        return self.words[self.head]


@dataclass(frozen=True)
class Verb:
    """A verb line: its forms (the written one first) and its own code, if any."""

    forms: tuple[VerbForm, ...]
    code: EventCode | None
    comment: str
    line: int
    text: str

    @property
    def written(self) -> VerbForm:
        return self.forms[0]

    @property
    def multiword(self) -> bool:
        return len(self.written.words) > 1


class Marker(StrEnum):
    """Pattern tokens that stand for a noun phrase rather than words."""

    SOURCE = "$"  # the source actor is here
    TARGET = "+"  # the target actor is here
    SKIP = "^"  # a noun phrase that is neither source nor target
    COMPOUND = "%"  # TABARI's compound actor; never implemented by PETRARCH


@dataclass(frozen=True)
class Noun:
    """A noun phrase of a pattern: its words, the head last. A word beginning with ``&``
    is a synonym set's name. ``braced`` is ``{...}`` (head and modifiers); ``joined`` is
    a ``_``-joined word (adjacent words, TABARI's connector)."""

    words: Words
    braced: bool = False
    joined: bool = False

    @property
    def head(self) -> str:
        return self.words[-1]

    @property
    def references(self) -> Words:
        return tuple(word for word in self.words if word.startswith("&"))


@dataclass(frozen=True)
class Prep:
    """A prepositional phrase ``(PREP ...)``: its preposition (alternatives where the file
    writes ``BY/WITH``) and what it governs, possibly nothing (``(AGAINST)``)."""

    prepositions: Words
    elements: tuple[Noun | Marker, ...]

    @property
    def preposition(self) -> str:
        return "/".join(self.prepositions)


Element: TypeAlias = Noun | Prep | Marker


@dataclass(frozen=True)
class Pattern:
    """``- BEFORE * AFTER [CODE]``: what must stand on the subject side (``before`` the
    verb) and on the object side (``after`` it) for ``code`` to apply."""

    before: tuple[Element, ...]
    after: tuple[Element, ...]
    code: EventCode
    comment: str
    line: int
    text: str

    @property
    def elements(self) -> tuple[Element, ...]:
        return (*self.before, *self.after)

    @property
    def nouns(self) -> Iterator[Noun]:
        """Every noun phrase, including those inside prepositional phrases."""
        for element in self.elements:
            if isinstance(element, Noun):
                yield element
            elif isinstance(element, Prep):
                yield from (e for e in element.elements if isinstance(e, Noun))

    @property
    def markers(self) -> tuple[Marker, ...]:
        found: list[Marker] = []
        for element in self.elements:
            if isinstance(element, Marker):
                found.append(element)
            elif isinstance(element, Prep):
                found.extend(e for e in element.elements if isinstance(e, Marker))
        return tuple(found)

    @property
    def references(self) -> Words:
        return tuple(ref for noun in self.nouns for ref in noun.references)

    @property
    def particle(self) -> bool:
        """Whether the pattern is a particle alone after the verb ("- * OFF [046] #
        KICK"): a phrasal verb means what its own verb and particle mean together, so
        such a pattern codes only the verbs it was written for (:meth:`VerbBlock.origins`;
        "kick off" talks is a consultation, "hit two ships off the coast" no phrasal
        "hit off"), where a pattern of nouns codes every synonym of its block."""
        element = self._alone
        return (
            isinstance(element, Noun)
            and len(element.words) == 1
            and (element.words[0] in PARTICLES)
        )

    @property
    def preposition_alone(self) -> bool:
        """Whether the pattern is a preposition alone after the verb, with no noun ("- *
        (FOR) [042:043] # HEAD"): a prepositional verb means what its own verb and
        preposition mean together, as a phrasal verb does (:attr:`particle`): "head for
        Cairo" is a trip, "conducted studies for a pipeline" none."""
        element = self._alone
        return isinstance(element, Prep) and not element.elements

    @property
    def bound_to_its_verb(self) -> bool:
        """Whether the pattern codes only the verbs its comment names: a particle or a
        preposition alone after the verb (see :attr:`particle`)."""
        return self.particle or self.preposition_alone

    @property
    def subject_only(self) -> bool:
        """Whether the pattern asks for its subject alone ("- &MILITARY * [192] # TAKE",
        "- POLICE * [173] # SEIZE"): what its verb means done by such a subject, which
        says nothing of what is done to whom; a verb of the block with a code of its own
        ("ARREST [173]") means that whoever does it ("troops arrested 100 protesters"
        is no occupation of territory)."""
        return bool(self.before) and not self.after

    @property
    def circumstantial(self) -> bool:
        """Whether the pattern asks for prepositional phrases alone after the verb, and
        no object ("- * (IN RAID) [1711] # SEIZE": seized in a raid, confiscated): the
        circumstances of its verb's act, which say nothing of what a verb of the block
        with a code of its own does ("arrested 15 militants in raids" is ARREST's own
        173)."""
        return bool(self.after) and all(isinstance(e, Prep) for e in self.after)

    @property
    def _alone(self) -> Noun | Prep | None:
        """The one element after the verb of a pattern with nothing before it, if so."""
        if self.before or len(self.after) != 1:
            return None
        (element,) = self.after
        return element if isinstance(element, (Noun, Prep)) else None


@dataclass(frozen=True)
class VerbBlock:
    """``--- NAME [CODE] ---`` and the verbs and patterns that follow it."""

    name: str
    code: EventCode
    verbs: tuple[Verb, ...]
    patterns: tuple[Pattern, ...]
    line: int
    text: str

    def code_of(self, verb: Verb) -> EventCode:
        """The code of the verb alone: its own, else the block's."""
        return verb.code or self.code

    def origins(self, pattern: Pattern) -> tuple[Verb, ...]:
        """The verbs of the block a pattern was written for: those its comment opens with
        (the file's header: "In the comments section of the patterns, the verb[s] where
        the pattern was originally found is shown"), by any of their forms joined by
        ``_`` ("# KICK", "# RULED_OUT"); none when it names no verb of the block."""
        named: list[Verb] = []
        for word in re.split(r"[\s,;/]+", pattern.comment.strip()):
            found = [v for v in self.verbs if any("_".join(f.words) == word for f in v.forms)]
            if not found:
                break
            named.extend(v for v in found if v not in named)
        return tuple(named)


@dataclass(frozen=True)
class SynonymPhrase:
    words: Words
    origin: str  # "written" or "plural" (generated)
    line: int
    exact: bool = False  # written with a trailing "_": this form only, no other

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class SynonymSet:
    """``&NAME`` and its phrases, the generated plurals after each written one."""

    name: str
    plurals: bool
    phrases: tuple[SynonymPhrase, ...]
    line: int


@dataclass(frozen=True)
class EventShape:
    """One event of a transformation: ``a (b . ATTACK) SAY`` is a's SAY whose target is
    the event (b, any actor, ATTACK)."""

    source: str
    target: str | EventShape
    verb: str


@dataclass(frozen=True)
class Rewrite:
    source: str
    target: str
    code: str  # a CAMEO code, or Q: the nested event's


@dataclass(frozen=True)
class Transformation:
    """``~ SHAPE = SOURCE TARGET CODE``: an event of that shape is recoded as the rewrite."""

    shape: EventShape
    rewrite: Rewrite
    comment: str
    line: int
    text: str


@dataclass(frozen=True)
class VerbDictionary:
    path: str
    synsets: Mapping[str, SynonymSet]
    blocks: tuple[VerbBlock, ...]
    transformations: tuple[Transformation, ...]
    issues: tuple[Issue, ...]
    lines: int

    @property
    def verbs(self) -> tuple[Verb, ...]:
        return tuple(verb for block in self.blocks for verb in block.verbs)

    @property
    def patterns(self) -> tuple[Pattern, ...]:
        return tuple(pattern for block in self.blocks for pattern in block.patterns)

    @cached_property
    def forms(self) -> Mapping[Words, tuple[tuple[VerbBlock, Verb], ...]]:
        """Every verb form to the verbs (with their blocks) that have it, in file order."""
        index: dict[Words, list[tuple[VerbBlock, Verb]]] = {}
        for block in self.blocks:
            for verb in block.verbs:
                for form in verb.forms:
                    index.setdefault(form.words, []).append((block, verb))
        return {words: tuple(found) for words, found in index.items()}

    @cached_property
    def exact_forms(self) -> frozenset[str]:
        """The words a synonym set writes as a form of their own, with a trailing "_"
        (``+HOSTILITIES_`` of ``&FIGHT``): in the text, such a word is that form and not
        its lemma, whose singular means something else (HOSTILITY, an attitude)."""
        return frozenset(
            p.words[0]
            for synset in self.synsets.values()
            for p in synset.phrases
            if p.exact and len(p.words) == 1
        )

    def lookup(self, words: Sequence[str]) -> tuple[tuple[VerbBlock, Verb], ...]:
        """The verbs (with their blocks) that have this form: ``lookup(["staged"])``."""
        return self.forms.get(tuple(word.upper() for word in words), ())

    def phrases(self, noun: Noun) -> tuple[Words, ...]:
        """Every word sequence the noun phrase stands for: each set reference replaced by
        each of the set's phrases (an undefined set: nothing)."""
        options: list[tuple[Words, ...]] = []
        for word in noun.words:
            if word.startswith("&"):
                found = self.synsets.get(_set_name(word))
                options.append(tuple(p.words for p in found.phrases) if found else ())
            else:
                options.append(((word,),))
        sequences: list[Words] = [()]
        for choice in options:
            sequences = [(*done, *more) for done in sequences for more in choice]
        return tuple(sequences)


class Scope(StrEnum):
    SENTENCE = "sentence"
    STORY = "story"  # written with a leading '+'


@dataclass(frozen=True)
class Discard:
    """A phrase that keeps its sentence (or story) from being coded. ``exact``: written
    with a trailing ``_``, the phrase ends at a word boundary; otherwise its last word is
    a stem ("BASEBALL" also discards "baseballs")."""

    words: Words
    scope: Scope
    exact: bool
    line: int
    text: str

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class DiscardList:
    path: str
    entries: tuple[Discard, ...]
    issues: tuple[Issue, ...]
    lines: int


# ------------------------------------------------------------------------------------
# Regular verb forms

_VOWELS = frozenset("AEIOU")
# Verbs of more than one syllable that double their last consonant (the stress is on the
# last syllable, which spelling does not show): COMMITTED, but VISITED and TARGETED.
_DOUBLING = _set(
    "ABET ABHOR ACQUIT ADMIT ALLOT ANNUL BEGET COMMIT COMPEL CONCUR CONFER CONTROL DEBAR "
    "DEFER DETER DISPEL EAVESDROP EMBED EMIT ENROL EQUIP EXPEL EXTOL FORGET IMPEL INCUR "
    "INFER KIDNAP OCCUR OMIT OUTBID OUTFIT OUTWIT PATROL PERMIT PREFER PROPEL REBEL RECUR "
    "REFER REGRET REMIT REPEL SUBMIT TRANSFER TRANSMIT UNDERPIN UPSET"
)
# Verbs whose past is their base form: no -ED is made (CUT, not CUTTED).
_PAST_IS_BASE = _set(
    "BESET BET BID BROADCAST BURST CAST COST CUT FORECAST HIT HURT LET OFFSET OUTBID PUT "
    "QUIT RESET RID SET SHED SHUT SLIT SPLIT SPREAD THRUST UNDERCUT UPSET"
)


def _syllables(word: str) -> int:
    return len(re.findall(r"[AEIOU]+", word.replace("QU", "Q")))


def _doubling(word: str) -> tuple[bool, bool]:
    """(double the last consonant, also make the undoubled spelling).

    A final consonant after a single vowel doubles in a one-syllable word (STOPPED,
    SCRUBBED) and in the stress-final verbs of ``_DOUBLING``; not after two vowels (AIDED)
    or W, X, Y. A final L after one vowel (or after UE) doubles in British spelling only,
    so both spellings are made (CANCELLED, CANCELED; FUELLED, FUELED); QU counts as a
    consonant (QUITTING).
    """
    plain = word.replace("QU", "Q")
    if len(plain) < 2 or plain[-1] in _VOWELS or plain[-1] in "WXY" or not plain[-1].isalpha():
        return False, False
    if plain.endswith("UEL"):
        return True, True
    if plain[-2] not in _VOWELS or (len(plain) > 2 and plain[-3] in _VOWELS):
        return False, False
    if word in _DOUBLING or _syllables(word) == 1:
        return True, False
    if plain[-1] == "L":
        return True, True
    return False, False


def regular_forms(word: str) -> list[str]:
    """The regular forms of an upper-case verb besides itself: 3rd person, past, -ING.

    English spelling: -ES after S, X, Z, SH, CH and a consonant's O (ABOLISHES, VETOES);
    a consonant's Y becomes IES/IED (HURRIES, HURRIED; but DELAYS); a final E takes D and
    drops before ING unless it follows E, O or Y, and IE makes YING (STAGED, STAGING;
    AGREEING; DYING); a final IC takes K (PANICKED); doubling as in :func:`_doubling`
    (STOPPED; COMMITTED; TRAVELLED and TRAVELED); no -ED for verbs whose past is their
    base (``_PAST_IS_BASE``: CUT). Other irregular forms are the dictionary's to list in
    braces; this does not guess them (a braceless FORGIVE would get FORGIVED).
    """
    if not word.isalpha():  # RE-OPEN, RE-EXAMINE: inflect the last part
        head, sep, last = word.rpartition("-")
        if sep and last.isalpha():
            return [head + sep + form for form in regular_forms(last)]
        return []
    consonant_before = len(word) > 1 and word[-2] not in _VOWELS
    if word.endswith(("S", "X", "Z", "SH", "CH")) or (word.endswith("O") and consonant_before):
        third = word + "ES"
    elif word.endswith("Y") and consonant_before:
        third = word[:-1] + "IES"
    else:
        third = word + "S"
    double, both = _doubling(word)
    stems = [word + word[-1]] if double else [word]
    if both:
        stems.append(word)
    if word.endswith("IC") and len(word) > 3:
        stems = [word + "K"]
    if word.endswith("E"):
        pasts = [word + "D"]
        if word.endswith("IE"):
            ings = [word[:-2] + "YING"]
        elif word.endswith(("EE", "OE", "YE")) or word == "BE":
            ings = [word + "ING"]
        else:
            ings = [word[:-1] + "ING"]
    elif word.endswith("Y") and consonant_before:
        pasts, ings = [word[:-1] + "IED"], [word + "ING"]
    else:
        pasts, ings = [stem + "ED" for stem in stems], [stem + "ING" for stem in stems]
    if word in _PAST_IS_BASE:
        pasts = []
    forms: list[str] = []
    for form in (third, *pasts, *ings):
        if form not in forms:
            forms.append(form)
    return forms


# ------------------------------------------------------------------------------------
# Lines

_CODE_PART = re.compile(r"-{3}|\d{2,4}")
_HEADER = re.compile(r"---\s*(?P<name>[^\s\[\]]*)\s*(?:\[(?P<code>[^\]]*)\])?\s*(?P<tail>.*)")
_TOKEN = re.compile(r"[(){}]|[^\s(){}]+")
_SPLIT_JOINED = re.compile(r"&[^\s(){}]+|[^_\s(){}]+")
# Words that can open a prepositional phrase in the file besides true prepositions: the
# particles the parser tags RP inside a PP (SET (ASIDE RIFT)).
_PREPOSITIONS = _set(
    "ABOARD ABOUT ABOVE ACROSS AFTER AGAINST ALONG ALONGSIDE AMID AMIDST AMONG AMONGST "
    "AROUND AS ASIDE AT ATOP BEFORE BEHIND BELOW BENEATH BESIDE BESIDES BETWEEN BEYOND BY "
    "DESPITE DOWN DURING EXCEPT FOR FROM IN INSIDE INTO LIKE NEAR OF OFF ON ONTO OPPOSITE "
    "OUT OUTSIDE OVER PAST PER REGARDING SINCE THAN THROUGH THROUGHOUT TILL TO TOWARD "
    "TOWARDS UNDER UNLIKE UNTIL UP UPON VIA WITH WITHIN WITHOUT"
)
_MARKERS = {marker.value: marker for marker in Marker}
# English verb particles: the word of a phrasal verb after it ("kick off", "carry out").
PARTICLES = _set("OFF UP DOWN OUT BACK AWAY OVER ON IN THROUGH ALONG AROUND")


def _set_name(word: str) -> str:
    """A set's name as stored: ``&AUXVERB1_`` is ``&AUXVERB1``."""
    return word[:-1] if word.endswith("_") and len(word) > 2 else word


def _event_code(text: str) -> EventCode | str:
    """``190``, ``---``, ``042:043``, ``:173`` (inside the brackets), or why not."""
    event, colon, converse = text.strip().partition(":")
    event, converse = event.strip(), converse.strip()
    parts = [event, converse] if colon else [event]
    if not any(parts) or any(p and not _CODE_PART.fullmatch(p) for p in parts):
        return f"code [{text}] is not CODE, ---, CODE:CODE or :CODE"
    if colon and not converse:
        return f"code [{text}] has no converse after ':'"
    return EventCode(
        None if event in {"", "---"} else event,
        None if converse in {"", "---"} else converse,
        text.strip(),
    )


def _repaired_code(text: str) -> tuple[EventCode, bool] | str:
    """The code, repaired of stray punctuation (``[080!]``) if need be: (code, repaired).
    Letters are not stray: ``[19A]`` is no code."""
    parsed = _event_code(text)
    if isinstance(parsed, EventCode):
        return parsed, False
    cleaned = re.sub(r"[^\w:-]", "", text)
    again = _event_code(cleaned)
    if cleaned.strip() and isinstance(again, EventCode):
        return again, True
    return parsed


def _comment(body: str) -> tuple[str, str, bool]:
    """(body, comment, whether a legacy ';' comment was split off) of a '#'-less body."""
    head, semi, rest = body.partition(";")
    return (head, rest.strip(), True) if semi else (body, "", False)


@dataclass
class _Line:
    number: int
    text: str
    body: str
    comment: str


def _lines(lines: Sequence[str], path: str, issues: list[Issue]) -> Iterator[_Line]:
    """Each line that says something, its comment split off; ``#`` lines are skipped."""
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text or text.startswith(("#", "<!")):
            continue
        body, comment = _split_comment(raw)
        body, legacy, semi = _comment(body)
        if semi:
            issues.append(
                Issue(path, number, text, "';' comment (TABARI's) read as a comment", True)
            )
            comment = " ".join(part for part in (legacy, comment) if part)
        if body.strip():
            yield _Line(number, text, body.strip(), comment)


# ------------------------------------------------------------------------------------
# Verbs


def _verb_words(token: str) -> tuple[Words, int] | str:
    """(words, head index) of ``+CARRY_OUT``, ``WIRE_+TAP``, ``STAGE``, or why not."""
    parts = token.split("_")
    if any(not part for part in parts):
        return f"verb {token!r} has an empty word"
    marked = [i for i, part in enumerate(parts) if part.startswith("+")]
    words = tuple(part.lstrip("+").upper() for part in parts)
    if any(not word or "+" in word for word in words) or len(marked) > 1:
        return f"verb {token!r} marks more than one word with '+'"
    if len(words) > 1 and not marked:
        return f"multi-word verb {token!r} does not mark its verb with '+'"
    return words, (marked[0] if marked else 0)


def _inflected(words: Words, head: int) -> list[VerbForm]:
    return [
        VerbForm((*words[:head], form, *words[head + 1 :]), head, Origin.REGULAR)
        for form in regular_forms(words[head])
    ]


def _verb(line: _Line, path: str, issues: list[Issue]) -> Verb | None:
    body = line.body
    codes = re.findall(r"\[([^\]]*)\]", body)
    body = re.sub(r"\[[^\]]*\]", " ", body)
    braces = re.findall(r"\{([^}]*)\}", body)
    body = re.sub(r"\{[^}]*\}", " ", body)

    def drop(reason: str) -> None:
        issues.append(Issue(path, line.number, line.text, f"verb dropped: {reason}", False))

    if any(mark in body for mark in "[]{}"):
        drop("bracket or brace without its pair")
        return None
    if len(codes) > 1 or len(braces) > 1:
        drop("more than one [code] or {forms}")
        return None
    tokens = body.split()
    if len(tokens) != 1:
        drop("a verb line holds one verb (words joined with '_')")
        return None
    written = _verb_words(tokens[0])
    if isinstance(written, str):
        drop(written)
        return None
    words, head = written
    code: EventCode | None = None
    if codes:
        parsed = _repaired_code(codes[0])
        if isinstance(parsed, str):
            drop(parsed)
            return None
        code, repaired = parsed
        if repaired:
            issues.append(Issue(path, line.number, line.text, "stray characters in code", True))
    forms = [VerbForm(words, head, Origin.WRITTEN)]
    if not braces:
        forms += _inflected(words, head)
    else:
        listed = braces[0]
        if "," in listed:
            issues.append(
                Issue(path, line.number, line.text, "',' between forms read as a space", True)
            )
        for item in listed.replace(",", " ").split():
            form = _verb_words(item)
            if isinstance(form, str):
                issues.append(Issue(path, line.number, line.text, f"form dropped: {form}", True))
                continue
            more, at = form
            if len(more) > 1 and len(more) == len(words) and at == head:
                others = [w for i, w in enumerate(more) if i != at]
                if others != [w for i, w in enumerate(words) if i != head]:
                    reason = f"form inflects another word than the one marked '+': {item}"
                    issues.append(Issue(path, line.number, line.text, reason, True))
            if all(f.words != more for f in forms):
                forms.append(VerbForm(more, at, Origin.IRREGULAR))
    return Verb(tuple(forms), code, line.comment, line.number, line.text)


# ------------------------------------------------------------------------------------
# Patterns


def _split_word(token: str) -> Words:
    return tuple(part.upper() for part in _SPLIT_JOINED.findall(token))


def _side(tokens: Sequence[str]) -> tuple[list[Element], list[str], list[str]] | str:
    """The elements of one side of a pattern: (elements, stray tokens dropped, notes to
    report), or the reason the side cannot be read.

    A ``)`` or ``}`` that closes nothing ends a stray run: it and the bare words and
    markers right before it are dropped (``(WITH VISIT) VISIT)``, text pasted twice).
    """
    elements: list[Element] = []
    dropped: list[str] = []
    notes: list[str] = []
    run: list[str] = []  # bare words and markers since the last group
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token in {")", "}"}:
            del elements[len(elements) - len(run) :]
            dropped += [*run, token]
            run = []
            i += 1
        elif token == "{":
            group = _noun_group(tokens, i + 1)
            if isinstance(group, str):
                return group
            elements.append(group[0])
            run = []
            i = group[1]
        elif token == "(":
            prep = _prep(tokens, i + 1, notes)
            if isinstance(prep, str):
                return prep
            elements.append(prep[0])
            run = []
            i = prep[1]
        else:
            made = _word_or_marker(token)
            if not isinstance(made, Noun | Marker):  # a Marker is a str too
                return made
            elements.append(made)
            run.append(token)
            i += 1
    return elements, dropped, notes


def _word_or_marker(token: str) -> Noun | Marker | str:
    if token in _MARKERS:
        return _MARKERS[token]
    words = _split_word(token)
    if not words:
        return f"no word in {token!r}"
    return Noun(words, joined=len(words) > 1)


def _noun_group(tokens: Sequence[str], start: int) -> tuple[Noun, int] | str:
    """``{A B C}`` from the token after ``{``: the noun and the index after ``}``."""
    words: list[str] = []
    j = start
    while j < len(tokens) and tokens[j] != "}":
        if tokens[j] in {"(", ")", "{"} or tokens[j] in _MARKERS:
            return f"'{tokens[j]}' inside {{...}}"
        words.extend(_split_word(tokens[j]))
        j += 1
    if j == len(tokens):
        return "'{' without its '}'"
    if not words:
        return "empty {}"
    return Noun(tuple(words), braced=True), j + 1


def _prep(tokens: Sequence[str], start: int, notes: list[str]) -> tuple[Prep, int] | str:
    """``(PREP ...)`` from the token after ``(``: the phrase and the index after ``)``."""
    if start >= len(tokens) or tokens[start] in {"(", ")", "{", "}"} or tokens[start] in _MARKERS:
        return "'(' not followed by a preposition"
    prepositions = tuple(p.upper() for p in tokens[start].split("/") if p)
    if len(prepositions) > 1:
        notes.append(f"prepositions read as alternatives: {tokens[start]}")
    notes += [f"not a preposition: ({p} ...)" for p in prepositions if p not in _PREPOSITIONS]
    inner: list[Noun | Marker] = []
    j = start + 1
    while j < len(tokens) and tokens[j] != ")":
        if tokens[j] == "{":
            group = _noun_group(tokens, j + 1)
            if isinstance(group, str):
                return group
            inner.append(group[0])
            j = group[1]
            continue
        if tokens[j] in {"(", "}"}:
            return f"'{tokens[j]}' inside (...)"
        made = _word_or_marker(tokens[j])
        if not isinstance(made, Noun | Marker):
            return made
        inner.append(made)
        j += 1
    if j == len(tokens):
        return "'(' without its ')'"
    return Prep(prepositions, tuple(inner)), j + 1


def _pattern(line: _Line, path: str, issues: list[Issue]) -> Pattern | None:
    def drop(reason: str) -> None:
        issues.append(Issue(path, line.number, line.text, f"pattern dropped: {reason}", False))

    body = line.body[1:]  # the leading '-'
    found = re.search(r"\[([^\]]*)\]\s*$", body)
    if found is None:
        drop("no [code] at the end")
        return None
    parsed = _repaired_code(found[1])
    if isinstance(parsed, str):
        drop(parsed)
        return None
    code, repaired = parsed
    if repaired:
        issues.append(Issue(path, line.number, line.text, "stray characters in code", True))
    body = body[: found.start()]
    if "[" in body or "]" in body:
        drop("more than one [code]")
        return None
    if body.count("*") != 1:
        drop(f"{body.count('*')} '*' (the verb) instead of one")
        return None
    if re.search(r"_\*|\*_", body):
        issues.append(
            Issue(
                path, line.number, line.text, "'_' joining a word to the verb read as a space", True
            )
        )
        body = re.sub(r"_?\*_?", " * ", body)
    before_text, _, after_text = body.partition("*")
    sides: list[list[Element]] = []
    for text in (before_text, after_text):
        side = _side(_TOKEN.findall(text))
        if isinstance(side, str):
            drop(side)
            return None
        elements, dropped, notes = side
        if dropped:
            reason = f"stray text before the code dropped: {' '.join(dropped)!r}"
            issues.append(Issue(path, line.number, line.text, reason, True))
        issues.extend(Issue(path, line.number, line.text, note, True) for note in notes)
        sides.append(elements)
    return Pattern(tuple(sides[0]), tuple(sides[1]), code, line.comment, line.number, line.text)


# ------------------------------------------------------------------------------------
# Transformations


def _shape(tokens: list[str]) -> EventShape | str:
    """``a (b . ATTACK) SAY`` as tokens (consumed from the front)."""
    if len(tokens) < 3:
        return "an event is SOURCE TARGET VERB"
    source = tokens.pop(0)
    if source in "()":
        return "an event's source is a letter, '.' or '_'"
    target: str | EventShape
    if tokens[0] == "(":
        tokens.pop(0)
        inner = _shape(tokens)
        if isinstance(inner, str):
            return inner
        if not tokens or tokens.pop(0) != ")":
            return "'(' without its ')'"
        target = inner
    else:
        target = tokens.pop(0)
    if not tokens or tokens[0] in "()":
        return "an event ends with its verb"
    return EventShape(source, target, tokens.pop(0).upper())


def _actors(shape: EventShape) -> set[str]:
    found = {shape.source}
    found |= _actors(shape.target) if isinstance(shape.target, EventShape) else {shape.target}
    return found


def _shape_verbs(shape: EventShape) -> Iterator[str]:
    yield shape.verb
    if isinstance(shape.target, EventShape):
        yield from _shape_verbs(shape.target)


def _transformation(line: _Line, path: str, issues: list[Issue]) -> Transformation | None:
    def drop(reason: str) -> None:
        issues.append(
            Issue(path, line.number, line.text, f"transformation dropped: {reason}", False)
        )

    left, equals, right = line.body[1:].partition("=")
    if not equals:
        drop("no '='")
        return None
    tokens = _TOKEN.findall(left)
    shape = _shape(tokens)
    if isinstance(shape, str):
        drop(shape)
        return None
    if tokens:
        drop(f"text after the event: {' '.join(tokens)!r}")
        return None
    parts = right.split()
    if len(parts) != 3:
        drop("the rewrite is SOURCE TARGET CODE")
        return None
    source, target, code = parts
    bound = _actors(shape) - {".", "_"}
    unbound = [actor for actor in (source, target) if actor not in bound]
    if unbound:
        drop(f"rewrite names {unbound[0]!r}, which the event does not bind")
        return None
    if code != "Q" and not _CODE_PART.fullmatch(code):
        drop(f"code {code!r} is neither a CAMEO code nor Q")
        return None
    rewrite = Rewrite(source, target, code)
    return Transformation(shape, rewrite, line.comment, line.number, line.text)


# ------------------------------------------------------------------------------------
# The verb dictionary


@dataclass
class _Block:
    name: str
    code: EventCode
    line: int
    text: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)

    def done(self) -> VerbBlock:
        return VerbBlock(
            self.name, self.code, tuple(self.verbs), tuple(self.patterns), self.line, self.text
        )


@dataclass
class _Set:
    name: str
    plurals: bool
    line: int
    phrases: list[SynonymPhrase] = field(default_factory=list)

    def done(self) -> SynonymSet:
        return SynonymSet(self.name, self.plurals, tuple(self.phrases), self.line)


def _header(line: _Line, path: str, issues: list[Issue]) -> _Block:
    match = _HEADER.fullmatch(line.body)
    assert match is not None  # every line starting '---' matches
    name = match["name"]
    code = NULL
    if match["code"] is not None:
        parsed = _repaired_code(match["code"])
        if isinstance(parsed, str):
            issues.append(Issue(path, line.number, line.text, f"{parsed}: block has no code", True))
        else:
            code = parsed[0]
            if parsed[1]:
                issues.append(Issue(path, line.number, line.text, "stray characters in code", True))
    if not name:
        issues.append(Issue(path, line.number, line.text, "block header without a name", True))
    if match["tail"].strip() != "---":
        reason = f"block header does not end with '---': {match['tail'].strip()!r}"
        issues.append(Issue(path, line.number, line.text, reason, True))
    return _Block(name, code, line.number, line.text)


def _member(line: _Line, current: _Set, path: str, issues: list[Issue]) -> None:
    text = line.body[1:].strip()
    words = _words(text)
    if not words or any(mark in text for mark in "[]{}()*$^%&"):
        reason = "set member dropped: empty" if not words else "set member dropped: not words"
        issues.append(Issue(path, line.number, line.text, reason, False))
        return
    exact = text.endswith("_")
    made = [SynonymPhrase(words, "written", line.number, exact)]
    if current.plurals and not exact:
        more = plural(words)
        if more is not None:
            made.append(SynonymPhrase(more, "plural", line.number))
    known = {p.words: p for p in current.phrases}
    if words in known and known[words].origin == "written":
        reason = f"set member dropped: {current.name} lists it at line {known[words].line}"
        issues.append(Issue(path, line.number, line.text, reason, False))
        return
    current.phrases.extend(p for p in made if p.words not in known)


def _check_references(
    blocks: list[_Block], synsets: Mapping[str, SynonymSet], path: str, issues: list[Issue]
) -> None:
    """Drop the patterns naming a set the file does not define (PETRARCH's rule)."""
    for block in blocks:
        kept: list[Pattern] = []
        for pattern in block.patterns:
            missing = [r for r in pattern.references if _set_name(r) not in synsets]
            if missing:
                reason = f"pattern dropped: synonym set {missing[0]} is not defined"
                issues.append(Issue(path, pattern.line, pattern.text, reason, False))
            else:
                kept.append(pattern)
        block.patterns = kept


def _check_duplicates(blocks: list[_Block], path: str, issues: list[Issue]) -> None:
    """Report a verb written twice: a coder keeps one of the two, silently."""
    seen: dict[Words, tuple[_Block, Verb]] = {}
    for block in blocks:
        for verb in block.verbs:
            words = verb.written.words
            if words in seen:
                other_block, other = seen[words]
                where = "this block" if other_block is block else f"block {other_block.name}"
                reason = (
                    f"verb listed twice: {verb.written.text} also at line {other.line} ({where})"
                )
                issues.append(Issue(path, verb.line, verb.text, reason, True))
            else:
                seen[words] = (block, verb)


def _check_transformations(
    transformations: list[Transformation], blocks: list[_Block], path: str, issues: list[Issue]
) -> None:
    known = {verb.written.words for block in blocks for verb in block.verbs}
    for t in transformations:
        for name in _shape_verbs(t.shape):
            parts = [part for part in name.split("_") if part]
            missing = [part for part in parts if part != "Q" and (part,) not in known]
            if missing:
                reason = f"transformation verb not in the dictionary: {missing[0]}"
                issues.append(Issue(path, t.line, t.text, reason, True))


def read_verbs(path: Path | str) -> VerbDictionary:
    """Read a PETRARCH verb dictionary; lines it cannot use are in ``issues``, not lost."""
    name, lines, issues = _read(path)
    synsets: dict[str, SynonymSet] = {}
    blocks: list[_Block] = []
    transformations: list[Transformation] = []
    current_set: _Set | None = None
    block: _Block | None = None

    def close_set() -> None:
        nonlocal current_set
        if current_set is not None:
            synsets[current_set.name] = current_set.done()
            current_set = None

    for line in _lines(lines, name, issues):
        first = line.body[0]
        if line.body.startswith("---"):
            close_set()
            block = _header(line, name, issues)
            blocks.append(block)
        elif first == "&":
            close_set()
            block = None
            label = line.body.split()[0]
            set_name = _set_name(label.upper())
            if set_name in synsets:
                reason = f"synonym set {set_name} defined again: its members join the first"
                issues.append(Issue(name, line.number, line.text, reason, True))
                earlier = synsets.pop(set_name)
                current_set = _Set(set_name, earlier.plurals, earlier.line, list(earlier.phrases))
            else:
                current_set = _Set(set_name, not label.endswith("_"), line.number)
            if len(line.body.split()) > 1:
                issues.append(
                    Issue(name, line.number, line.text, "text after the set's name ignored", True)
                )
        elif first == "~":
            made = _transformation(line, name, issues)
            if made is not None:
                transformations.append(made)
        elif first == "+" and current_set is not None:
            _member(line, current_set, name, issues)
        elif first == "-" and block is not None:
            pattern = _pattern(line, name, issues)
            if pattern is not None:
                block.patterns.append(pattern)
        elif block is not None:
            verb = _verb(line, name, issues)
            if verb is not None:
                if block.patterns:
                    reason = "verb after the block's patterns (a lost '---' header?)"
                    issues.append(Issue(name, line.number, line.text, reason, True))
                block.verbs.append(verb)
        else:
            where = "a synonym set without '+'" if current_set is not None else "no block or set"
            issues.append(Issue(name, line.number, line.text, f"line dropped: {where}", False))
    close_set()
    _check_references(blocks, synsets, name, issues)
    _check_duplicates(blocks, name, issues)
    _check_transformations(transformations, blocks, name, issues)
    for b in blocks:
        if not b.verbs:
            issues.append(Issue(name, b.line, b.text, "block has no verbs", True))
    return VerbDictionary(
        name,
        dict(synsets),
        tuple(b.done() for b in blocks),
        tuple(transformations),
        _by_line(issues),
        len(lines),
    )


# ------------------------------------------------------------------------------------
# Discards


def read_discards(path: Path | str) -> DiscardList:
    """Read a PETRARCH discard list (one phrase a line, ``+`` for a whole story)."""
    name, lines, issues = _read(path)
    entries: list[Discard] = []
    seen: dict[tuple[Words, bool], Discard] = {}
    for line in _lines(lines, name, issues):
        text = line.body
        scope = Scope.STORY if text.startswith("+") else Scope.SENTENCE
        phrase = text[1:].strip() if scope is Scope.STORY else text
        words = _words(phrase)
        if not words:
            issues.append(Issue(name, line.number, line.text, "discard dropped: empty", False))
            continue
        discard = Discard(words, scope, phrase.endswith("_"), line.number, line.text)
        key = (words, discard.exact)
        if key in seen:
            earlier = seen[key]
            if earlier.scope is scope or earlier.scope is Scope.STORY:
                reason = f"discard dropped: already at line {earlier.line}"
                issues.append(Issue(name, line.number, line.text, reason, False))
                continue
            reason = f"discard at line {earlier.line} widened to the story"
            issues.append(Issue(name, line.number, line.text, reason, True))
            entries.remove(earlier)
        seen[key] = discard
        entries.append(discard)
    return DiscardList(name, tuple(entries), _by_line(issues), len(lines))


# ------------------------------------------------------------------------------------
# The shipped files


@dataclass(frozen=True)
class Verbs:
    """The shipped verb dictionary and discard list, read once, with the time it took."""

    dictionary: VerbDictionary
    discards: DiscardList
    seconds: float

    @property
    def issues(self) -> tuple[Issue, ...]:
        return (*self.dictionary.issues, *self.discards.issues)


@cache
def load_verbs(directory: Path = DATA) -> Verbs:
    """Read the dictionaries shipped in ``kg/data/petrarch`` (MIT, Open Event Data
    Alliance: see the LICENSE there). Cached: the files are read once per process, and
    parsed once per machine (see :mod:`kg.cache`); ``seconds`` is the time this load took."""
    started = time.perf_counter()
    files = [directory / VERB_FILE, directory / DISCARD_FILE]

    def parse() -> Verbs:
        return Verbs(read_verbs(files[0]), read_discards(files[1]), 0.0)

    loaded = cached("verbs", [*files, Path(__file__)], parse)
    return replace(loaded, seconds=time.perf_counter() - started)
