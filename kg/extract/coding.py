"""CAMEO actor codes, and the identity and label they give an actor.

Codes come from the field's Phoenix dictionaries (see :mod:`kg.phoenix`), as the
PETRARCH coders assign them:

* a name the dictionaries give an actor, word for word (a country, an international or
  non-state organisation, an office holder), takes that entry's code on the article's
  date: Iraq is IRQ, Hamas PSEREBHMS, the United Nations IGOUNO, Ronald Reagan USAGOV
  in 1987. Names listed as places inside a country, stems and the null code give none;
* an agent with a side (:mod:`kg.extract.agents`) takes the side's code plus its role
  ("Israeli troops": ISR + MIL); a side whose code already names a group or carries a
  role is the agent itself ("Hamas gunmen" are Hamas, "U.N. officials" the U.N.);
* a person the dictionaries do not list takes the code of the side the text gives them
  plus the role of their title ("the Israeli ambassador": ISR + GOV).

Identity follows the code (the actors issue): actors with one code are one actor,
with one label, except people, who are one actor per person, and names the model found
whose code many names share ("Hezbollah", LBNREB; "the Pentagon", USAMIL; a company,
MNCUSA), which stay themselves unless the gazetteer says the name *is* that code's
actor (its ``code`` column: "Israel Defense Forces" is ISRMIL, so "Israeli troops",
ISR + MIL, are the IDF). See :meth:`Coder.names_one`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.files import table_rows
from kg.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer, slug
from kg.phoenix import NON_STATE_FILE, NULL_CODE, ActorEntry, Case, code_on, load_phoenix, plural
from kg.records import Actor
from kg.wordnet import COMMON, PROPER, load_name_cases

if TYPE_CHECKING:
    from spacy.tokens import Span

__all__ = [
    "IGO_KIND",
    "MEDIA",
    "SIX_LETTER_KINDS",
    "UNARMED",
    "Coder",
    "Role",
    "actor_code",
    "american_spelling",
    "british_spelling",
    "codes_agree",
    "country_part",
    "domestic_role",
    "headline_countries",
    "is_country_code",
    "is_region_code",
    "is_state_role",
    "load_roles",
    "longest_names",
    "role_codes",
    "side_code",
    "split_code",
]

ROLES = Path(__file__).resolve().parent.parent / "data" / "cameo_roles.tsv"
# CAMEO actor codes whose first six letters name the actor (IGOUNO, NGOAMN, MNCUSA…);
# any other code is a country (or region) code, named by its first three.
SIX_LETTER_KINDS = ("IGO", "NGO", "IMG", "MNC")
IGO_KIND = "IGO"  # an intergovernmental organisation, of many countries
IMG_KIND = "IMG"  # an international militarized group (al-Qaeda, Islamic State)
_SMALL_WORDS = frozenset({"OF", "THE", "AND", "FOR", "IN", "ON", "TO", "AT", "DE", "DU", "LA"})


@dataclass(frozen=True)
class Role:
    """A CAMEO role code with the words and ontology class of an actor it names, and
    whether an agent of it with no side named belongs to the country a story is about
    (``domestic``: "the army" does, "reporters" and "refugees" need not)."""

    code: str
    name: str
    type: str
    domestic: bool


@cache
def load_roles(path: Path = ROLES) -> dict[str, Role]:
    """The role codes of ``kg/data/cameo_roles.tsv``, by code."""
    roles: dict[str, Role] = {}
    for r in table_rows(path):
        if r["domestic"] not in ("yes", "no"):
            raise ValueError(f"{path}: {r['code']}: domestic is yes or no, not {r['domestic']!r}")
        roles[r["code"]] = Role(r["code"], r["name"], r["type"], r["domestic"] == "yes")
    return roles


def country_part(code: str) -> str:
    """What a code names before its roles: six letters of an IGO/NGO/IMG/MNC code
    (IGOUNO), three of any other (a country or region: ISR of ISRMIL, PSE of PSEREBHMS)."""
    return code[:6] if code[:3] in SIX_LETTER_KINDS else code[:3]


# Roles of those who fight their own country's state: a side of their own in a war.
INSURGENT_ROLES = frozenset({"REB", "INS"})


def side_code(code: str) -> str:
    """The side a coded actor is on: its country (or organisation) part, but for armed
    men fighting their own state (:data:`INSURGENT_ROLES`), whose side is their own
    code: in a civil war the Rapid Support Forces (SDNREB) fight the Sudanese army
    (SDNMIL), and Hamas (PSEREBHMS) is no side of Palestinian civilians."""
    country = country_part(code)
    if code != country and set(role_codes(code[len(country) :])) & INSURGENT_ROLES:
        return code
    return country


def codes_agree(a: str, b: str) -> bool:
    """Whether two codes name the same country or organisation, as coders compare them:
    by :func:`country_part` (IRQMIL and IRQ agree, IGOUNO and IGOUNOSEC too, a body and
    its organ); a bare kind (IGO, as PLOVER codes an organisation it does not name) with
    any code of that kind; and two IGO codes that end in the same organisation, whatever
    region or type the dictionaries put between (IGOEUREEC and IGOEEC are the EC,
    IGOBUSIMF and IGOIMF the IMF), where that ending is no role or sector code (BUS of
    IGOAFRBUS names no organisation)."""
    a, b = a.upper(), b.upper()
    if country_part(a) == country_part(b):
        return True
    if a[:3] == b[:3] == IGO_KIND and min(len(a), len(b)) > 3 and a[-3:] == b[-3:]:
        return a[-3:] not in load_roles()
    return (a in SIX_LETTER_KINDS and b.startswith(a)) or (
        b in SIX_LETTER_KINDS and a.startswith(b)
    )


def takes_no_side(role: str) -> bool:
    """Whether an agent of ``role`` (``~MNC``) is a kind of actor of its own, on no
    country's side: multinational business works across borders, and the country that
    modifies it is its counterpart ("Brazil's creditors" are the banks Brazil owes)."""
    return role.strip("~") == "MNC"


# The ontology class of the roles of a state's institutions in the roles table: its
# government, forces, police, legislature, courts and intelligence.
STATE_INSTITUTION = "Government"


def is_state_role(role: str) -> bool:
    """Whether a role code (``MIL``) names one of a state's institutions, by its class in
    the roles table (:data:`STATE_INSTITUTION`)."""
    known = load_roles().get(role)
    return known is not None and known.type == STATE_INSTITUTION


def domestic_role(roles: str) -> Role | None:
    """The first role of ``roles`` (``~LAB``, ``REBMUS``) where an agent of it that no
    words give a side is, in a story about one country, that country's (the roles
    table's ``domestic`` column: "the army", "workers"; not "reporters"); else None."""
    chunks = role_codes(roles.strip("~"))
    known = load_roles().get(chunks[0]) if chunks else None
    return known if known is not None and known.domestic else None


def split_code(code: str) -> tuple[str, tuple[str, ...]]:
    """A code's country (or IGO) part and the three-letter chunks after it."""
    head = country_part(code)
    return head, role_codes(code[len(head) :])


def role_codes(roles: str) -> tuple[str, ...]:
    """The three-letter role codes a chain of them holds (GOVMIL: GOV, MIL)."""
    return tuple(roles[i : i + 3] for i in range(0, len(roles), 3))


# The roles of people who bear no arms: civilians, workers, students, health workers,
# journalists, farmers, refugees, clergy.
MEDIA = "MED"  # the role code of news outlets
UNARMED = frozenset({"CVL", "PPL", "LAB", "EDU", "HLH", "MED", "AGR", "REF", "REL"})
# The "-ization" ending, and its British "-isation", of a word ("Organizations",
# "ORGANISATION's"), in either case.
_IZATION = re.compile(r"(?<=[iI])[zZ](?=ations?\b|ATIONS?\b)")
_ISATION = re.compile(r"(?<=[iI])[sS](?=ations?\b|ATIONS?\b)")
_STOPS = re.compile(r"[.'\u2019]")  # stops and apostrophes, which a name's key leaves out


def british_spelling(text: str) -> str:
    """``text`` with each word's "-ization" spelt "-isation", in its case: the names the
    dictionaries spell the American way ("World Health Organization") as British news
    writes them."""
    return _IZATION.sub(lambda m: "s" if m.group() == "z" else "S", text)


def american_spelling(text: str) -> str:
    """``text`` with each word's "-isation" spelt "-ization", in its case, as the
    dictionaries spell it (Reuters writes "World Health Organisation" as often as
    "Organization")."""
    return _ISATION.sub(lambda m: "z" if m.group() == "s" else "Z", text)


def _key(text: str) -> tuple[str, ...]:
    """A name as the dictionaries write it: upper case, stops and apostrophes gone,
    hyphens and spaces as word breaks, "-isation" spelt "-ization" (see
    :func:`american_spelling`)."""
    return tuple(_STOPS.sub("", american_spelling(text).upper()).replace("-", " ").split())


@cache
def _entries() -> dict[tuple[str, ...], tuple[ActorEntry, Case, bool]]:
    """Every non-place name of the dictionaries, to its entry, the case it must be
    written in and whether it is a stem (TABARI's name without a closing underscore,
    "SOVIET", whose last word also matches with an ending: "Soviets"); the first file
    (countries, then international, then non-state actors) and entry win a tie."""
    index: dict[tuple[str, ...], tuple[ActorEntry, Case, bool]] = {}
    for entry in load_phoenix().entries:
        for name in entry.names:  # its actor_names, without making a tuple of each's
            if not name.place:
                index.setdefault(_key(" ".join(name.words)), (entry, name.case, not name.exact))
    return index


def _lookup(label: str) -> tuple[ActorEntry, Case, bool] | None:
    """The entry a label names: word for word, or a stem with a plural ending ("Soviets",
    "Revolutionary Guards"), as TABARI matches stems (only plural endings here: a stem
    read as a prefix would take "Israelites" for Israel)."""
    key = _key(label)
    found = _entries().get(key)
    if found is not None or not key:
        return found
    last = key[-1]
    for ending in ("ES", "S"):
        stem = _entries().get((*key[:-1], last.removesuffix(ending)))
        if last.endswith(ending) and stem is not None and stem[2]:
            return stem
    return None


def _written_as(text: str, case: Case) -> bool:
    """Whether ``text`` is written as a name of this case must be (see :class:`Case`):
    "US" but not "us", "Chad" but not "chad"."""
    letters = [ch for ch in text if ch.isalpha()]
    if case is Case.UPPER:
        return all(ch.isupper() for ch in letters)
    return case is Case.ANY or any(ch.isupper() for ch in letters)


def actor_code(label: str, date: str | None = None) -> str | None:
    """The CAMEO actor code of the actor named ``label`` on ``date`` (ISO, the
    article's), or None when the dictionaries do not name it in that case. A name they
    do not list that is a country's name or adjective before a name they list of that
    country's ("Iranian Revolutionary Guards", "Lebanese Amal") takes the listed name's
    code: the side is said twice, as TABARI codes the longest listed phrase of a noun
    phrase and the side's code agrees with it."""
    day = dt.date.fromisoformat(date) if date else None
    code = _listed(label, day)
    if code is not None:
        return code
    words = label.split()
    for k in range(1, len(words)):
        side = _listed(" ".join(words[:k]), day)
        named = _listed(" ".join(words[k:]), day) if side and is_country_code(side) else None
        if named is not None and side == country_part(named):
            return named
    return None


# A state's name in its state form, whose last words are its short name ("the
# Democratic Republic of Congo": Congo).
STATE_FORM = re.compile(r"\bRepublic of (?:the )?(?P<short>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)$")


def short_state_names(names: Iterable[str], date: str | None = None) -> dict[str, str]:
    """Short name (case-folded) → the code of the state that an article's ``names`` (the
    entities it names) give in full by a state form of it: an article naming "the
    Democratic Republic of Congo" means it by "Congo" after, which the dictionaries code
    as the Republic of the Congo (COG); "the Republic of Korea" is the Korea it means.
    A short name that the dictionaries code as the same state, whose state form names
    no state, or that the article's state forms give two states ("the Democratic
    Republic of Congo" beside "the Republic of Congo") is left to them."""
    forms: dict[str, set[str]] = {}
    for written in names:
        name = written.removeprefix("the ").removeprefix("The ")
        match = STATE_FORM.search(name)
        code = actor_code(name, date) if match else None
        if match is not None and code is not None and is_country_code(code):
            forms.setdefault(match.group("short"), set()).add(code)
    found: dict[str, str] = {}
    for short, codes in forms.items():
        own = actor_code(short, date)
        if len(codes) == 1 and own not in codes:
            found[short.casefold()] = next(iter(codes))
    return found


# The most words of a dictionary name looked for in a headline.
HEADLINE_NAME_WORDS = 6


def longest_names(
    words: Sequence[str], code_of: Callable[[str], str | None], most: int | None = None
) -> Iterator[str]:
    """The codes ``code_of`` gives the names among ``words``, read from the left, the
    longest name first at each word (of at most ``most`` words), so that a name's
    words are never read as names of their own: "Papua New Guinea" is no Guinea."""
    start = 0
    while start < len(words):
        longest = len(words) - start if most is None else min(most, len(words) - start)
        for size in range(longest, 0, -1):
            code = code_of(" ".join(words[start : start + size]))
            if code is not None:
                yield code
                start += size - 1
                break
        start += 1


def headline_countries(headline: str, date: str | None = None) -> frozenset[str]:
    """The countries a headline names by the dictionaries' names of them or of their
    actors ("VENEZUELA PREPARING NEW WAGE PLAN", "IRAN'S PARLIAMENT BACKS BUDGET",
    "SOVIETS SAY", "IRAN-IRAQ WAR": VEN, IRN, RUS, IRN and IRQ), the longest name first,
    on ``date``, as a name in the text is read (:func:`_lookup`). A headline in
    capitals, as wires write them, says nothing by its case, so CHAD may be the
    country; one in mixed case is read in the case the dictionaries require ("Farmers
    tell us" names no U.S.)."""
    day = dt.date.fromisoformat(date) if date else None
    text = re.sub(r"(?<=\w)['\u2019][sS]\b", "", headline)  # "IRAN'S" names Iran
    words = re.sub(r"[^\w\s.'\u2019]", " ", text).split()  # "U.S.-JAPAN" names two
    capitals = not any(ch.islower() for ch in headline)

    def code_of(phrase: str) -> str | None:
        entry = _lookup(phrase)
        if entry is None or not (capitals or _written_as(phrase, entry[1])):
            return None
        return code_on(entry[0], day) or NULL_CODE  # a name of no one then is still a name

    codes = {country_part(c) for c in longest_names(words, code_of, HEADLINE_NAME_WORDS)}
    return frozenset(c for c in codes if is_country_code(c))


def _listed(label: str, day: dt.date | None) -> str | None:
    """The code of the entry ``label`` names word for word, in its case (or in lower
    case, a name of :func:`lower_case_names`), on ``day``."""
    found = _lookup(label)
    if found is None:
        return None
    if not (_written_as(label, found[1]) or label.lower() in lower_case_names()):
        return None
    return code_on(found[0], day)


@cache
def lower_case_names() -> frozenset[str]:
    """The one-word names of armed groups that news may write in lower case ("the
    contras", "the taliban"), in lower case: the non-state dictionary's, not an
    acronym's (UPPER: "us" is no US) nor an office holder's, that WordNet knows only as
    names (:func:`~kg.wordnet.load_name_cases`): not a common noun ("tigers"), nor a
    word English does not know as a name ("clandestini", Italian for illegal migrants,
    is no Corsican group, "shabaab", Arabic for youths, no Somali one)."""
    cases = load_name_cases()
    return frozenset(
        word
        for dictionary in load_phoenix().actors
        if dictionary.path.endswith(NON_STATE_FILE)
        for entry in dictionary.entries
        if not any(code.dated for code in entry.codes)
        for name in entry.actor_names
        if len(name.words) == 1 and name.case is Case.CAPITALIZED
        if cases.get(word := name.words[0].lower()) == PROPER
    )


def display_name(text: str) -> str:
    """A name as the dictionaries write it, shown as a label (:func:`_display`): "the
    contras" written in lower case is labelled "Contras", "al-qaeda" "Al-Qaeda"."""
    return _display(tuple(text.upper().split()))


def _display(words: tuple[str, ...]) -> str:
    """A dictionary name as a label: "UNITED NATIONS" → "United Nations", "GEORGE BUSH"
    → "George Bush", small words in lower case; acronyms kept: a word of two letters,
    without a vowel or with stops ("UN", "PLC", "U.S."), or a name of one short word
    ("OPEC")."""

    def shown(k: int, word: str) -> str:
        if word in _SMALL_WORDS and k:
            return word.lower()
        acronym = len(word) <= 2 or "." in word or not set(word) & set("AEIOUY")
        if acronym or (len(words) == 1 and len(word) <= 4):
            return word
        return word.title()

    return " ".join(shown(k, w) for k, w in enumerate(words))


@cache
def _dictionary_labels() -> dict[str, str]:
    """A label for each undated code of the dictionaries: the headword of the entry with
    the most names among those coded with it alone (the main entry of an organisation
    lists its other names; a person listed under it, one or two)."""
    best: dict[str, ActorEntry] = {}
    for entry in load_phoenix().entries:
        if len(entry.codes) != 1 or entry.codes[0].dated or entry.headword.place:
            continue
        code = entry.codes[0].code
        if code not in best or len(entry.names) > len(best[code].names):
            best[code] = entry
    return {code: _display(entry.headword.words) for code, entry in best.items()}


# The gazetteer's actor types whose code stands in a country's place: states, and the
# regions CAMEO codes as one (WST, PGS), whose agents take it as a side ("Western
# diplomats": WSTGOV).
SIDES = frozenset({"State", "Region"})


@cache
def _country_codes() -> frozenset[str]:
    """The codes of the countries: the countries file's country entries (ISR, USA, MUS
    for Mauritius) and the states and regions that kg's gazetteer codes where the file
    has no entry (VAT, YUG for Yugoslavia, WST for the West): three letters that are a
    country, where the same letters may be a role (MUS, the Muslim religion code, of an
    agent) or a bare sector (MED of a newspaper)."""
    listed = {
        code.code for entry in load_phoenix().entries if entry.country for code in entry.codes
    }
    states = {e.code for e in load_gazetteer().entries if e.type in SIDES and e.code}
    return frozenset(listed | states)


@cache
def _region_codes() -> frozenset[str]:
    """The codes of the regions kg's gazetteer lists (WST, PGS)."""
    return frozenset(e.code for e in load_gazetteer().entries if e.type == "Region" and e.code)


def is_region_code(code: str) -> bool:
    """Whether ``code`` is a region's, which stands in a country's place (WST)."""
    return code in _region_codes()


def is_country_code(code: str) -> bool:
    """Whether ``code`` is a country's own code (IRQ, not IRQMIL or IGOUNO)."""
    return code in _country_codes()


@cache
def _carriers() -> dict[str, int]:
    """How many dictionary entries carry each code (dated or not)."""
    counts: dict[str, int] = {}
    for entry in load_phoenix().entries:
        for code in {c.code for c in entry.codes}:
            counts[code] = counts.get(code, 0) + 1
    return counts


@cache
def _by_surname() -> dict[str, list[ActorEntry]]:
    """Entries with dated codes (office holders), by the last word of each of their
    names; not a country's, whose dated codes are its periods ("Iraqi Kurdistan")."""
    index: dict[str, list[ActorEntry]] = {}
    for entry in load_phoenix().entries:
        if not entry.country and any(code.dated for code in entry.codes):
            for word in {name.words[-1] for name in entry.actor_names}:
                index.setdefault(word, []).append(entry)
    return index


class Coder:
    """Codes, identities and canonical labels for the actors of one article (its date
    decides office holders' codes)."""

    def __init__(
        self, gazetteer: Gazetteer, date: str | None = None, names: Iterable[str] = ()
    ) -> None:
        self.gazetteer = gazetteer
        self.date = date
        self.roles = load_roles()
        self._owned = _gazetteer_codes(gazetteer)
        self._short = short_state_names(names, date)

    def code(self, label: str) -> str | None:
        """The dictionaries' code for an actor named ``label`` on the article's date, or
        the state the article names in full by a state form of that name (see
        :func:`short_state_names`)."""
        return self._short.get(label.casefold()) or actor_code(label, self.date)

    def member_name(self, label: str) -> tuple[str, str] | None:
        """The name and code of the group a name modifying a noun names by its member,
        in the singular, where the dictionaries list the group in the plural only and
        not the name: "Contra rebels" are the CONTRAS_ (NICREB), "Tamil Tiger rebels"
        the TAMIL_TIGERS_ (LKAREB), as "Hamas gunmen" are Hamas. Not a word alone that
        WordNet writes as a common noun (:func:`~kg.wordnet.load_name_cases`): "Tiger
        rebels" are no Swazi TIGERS_."""
        *rest, last = label.split() or [""]
        made = plural((last.upper(),))
        if made is None or not (last[:1].isupper() or made[0].lower() in lower_case_names()):
            return None  # "contra rebels" as "the contras" (lower_case_names)
        if not rest and load_name_cases().get(made[0].lower()) == COMMON:
            return None
        if self.code(label) is not None:
            return None
        word = made[0] if last.isupper() else last[:1] + made[0][1:].lower()
        name = " ".join([*rest, word])
        code = self.code(name)
        return None if code is None else (name, code)

    def person_code(self, word: str) -> str | None:
        """The code, on the article's date, of the person the dictionaries list by this
        word alone ("KHAMENEI"): an entry with dated codes, as people in office are
        listed; a country, a group or an organisation named by the word is none
        ("Jordan" of "Vernon Jordan")."""
        found = _lookup(word)
        if found is None or not _written_as(word, found[1]):
            return None
        entry = found[0]
        if not any(code.dated for code in entry.codes):
            return None
        return code_on(entry, dt.date.fromisoformat(self.date) if self.date else None)

    def holds_office(self, span: Span) -> bool:
        """Whether a one-word name the model tagged as a place is the surname of the one
        office holder of that name on the article's date (:meth:`office_holder`) and no
        name the dictionaries code ("Iraq", "Kurdistan", "Jordan"): the small model takes
        unfamiliar foreign surnames for places ("telephoned Nakasone", "met Mitterrand"),
        and a story of that day meant the minister."""
        return (
            self.date is not None
            and len(span) == 1
            and span.label_ in {"GPE", "LOC"}
            and self.code(span.text) is None  # no country's, region's or group's name
            and self.office_holder(span.text) is not None
        )

    def office_holder(self, surname: str) -> tuple[str, str] | None:
        """The full name and code of the one person the dictionaries list by this
        surname in an office on the article's date ("Reagan" in 1987: Ronald Reagan,
        USAGOV), as a reader of that day's news knows who is meant; an elite code (ELI,
        out of office) counts only when no office holder does. Without a date, only a
        surname that one listed person has ("Kagame"), with their latest code. None when
        there is no such person, or two."""
        if not surname[:1].isupper() or not _key(surname):
            return None
        entries = _by_surname().get(_key(surname)[-1], [])
        if self.date is None:  # a name only one person in the dictionaries has
            code = code_on(entries[0]) if len(entries) == 1 else None
            return (_display(entries[0].headword.words), code) if code else None
        day = dt.date.fromisoformat(self.date)
        held: list[tuple[ActorEntry, str]] = []
        for entry in entries:
            code = next((c.code for c in entry.codes if c.dated and c.applies(day)), None)
            if code is not None and code != NULL_CODE:
                held.append((entry, code))
        offices = [(e, c) for e, c in held if self.roles_of(c) not in {None, "ELI"}] or held
        if len(offices) != 1:
            return None
        entry, code = offices[0]
        return _display(entry.headword.words), code

    def in_office(self, label: str, code: str) -> str:
        """The international office that a person the dictionaries list as elite under
        ``label`` (ELI: of note, in no office at home on the article's date) holds on
        that date by the entry of an international organisation's office holder under a
        shorter form of the same name, middle names dropped (:func:`_shortens`):
        "Javier Perez de Cuellar" is PERELI in the countries' file and, as
        JAVIER_DE_CUELLAR, IGOUNO from 1982 to 1991 in the international one. As in
        :meth:`office_holder`, an elite code counts only when no office does. Only an
        organisation's office (IGO): a shorter name holding a country's office is often
        another person (George Bush of George W. Bush, a namesake abroad). ``code`` when
        there is no such office, or two."""
        if self.date is None or self.roles_of(code) != "ELI":
            return code
        full = _key(label)
        day = dt.date.fromisoformat(self.date)
        offices: set[str] = set()
        for entry in _by_surname().get(full[-1], []) if full else []:
            if not any(_shortens(_key(" ".join(n.words)), full) for n in entry.actor_names):
                continue
            held = next((c.code for c in entry.codes if c.dated and c.applies(day)), None)
            if held is not None and held.startswith(IGO_KIND) and self.roles_of(held) != "ELI":
                offices.add(held)
        return offices.pop() if len(offices) == 1 else code

    def entry_code(self, entry: GazetteerEntry) -> str | None:
        """A gazetteer entry's code: its own, else the dictionaries' for its label or an
        alias."""
        return entry.code or _listed_code(entry)

    def names_one(self, code: str) -> bool:
        """Whether a code names one actor, so that a name coded with it is that actor: a
        country's code, a code the gazetteer gives an entry of its own, or a code only
        one dictionary entry carries (PSEREBHMS names Hamas; USAGOV, LBNREB and MNCUSA
        are shared by many names, each its own actor)."""
        if code in self._owned or code in _country_codes():
            return True
        return _carriers().get(code, 0) == 1

    def compose(self, side: str, role: str) -> str:
        """The code of an agent of ``role`` (``~MIL``, ``IGO~``) on ``side``: a bare
        country (or IGO) code takes the role; any other is a named group or already
        has a role, and its agents are itself."""
        if side != country_part(side):
            return side
        return role[:-1] + side if role.endswith("~") else side + role.lstrip("~")

    def label(self, code: str) -> str | None:
        """The canonical label of the actor a code identifies: the gazetteer's name for
        it, else the country's adjective (or name) and the roles' words ("Israeli
        military"), else the dictionaries' name; None for a role without a side, and for
        a code that identifies no one actor (:meth:`names_one`)."""
        owned = self._owned.get(code)
        if owned is not None:
            return owned.label
        head, roles = split_code(code)
        if len(head) == 3 and head not in _country_codes():
            return None  # a role alone (MED of a newspaper, UAF): no side to name
        if not roles:  # a code many names share (MNCUSA) is none of theirs
            return _dictionary_labels().get(code) if self.names_one(code) else None
        owner = self._owned.get(head)
        side = owner.demonyms[0] if owner and owner.demonyms else self.label(head)
        if side is None or not all(r in self.roles for r in roles):
            return _dictionary_labels().get(code)
        return " ".join([side, *(self.roles[r].name for r in roles)])

    def identify(self, actor: Actor, named: bool) -> Actor:
        """``actor`` under the key and label of its code's actor, where the code is its
        identity (see the module docstring). ``named``: the text named it (an entity), so
        the code is its identity only if the code names one actor (:meth:`names_one`)."""
        code = actor.code
        if not code or actor.type == "Person" or code == actor.role:
            return actor  # a person, or a role without a side ("gunmen": UAF, not a country)
        if named and not self.names_one(code):
            return actor
        label = self.label(code)
        if label is None:
            return actor
        owned = self._owned.get(code)
        return replace(
            actor,
            key=slug(label),
            label=label,
            type=self.kind(code, actor.type),
            wikidata=owned.wikidata if owned is not None else actor.wikidata,
        )

    def kind(self, code: str, fallback: str) -> str:
        """The ontology class of the actor a code identifies: the gazetteer's; a state
        for a country code, an international organisation for an IGO's; the last role's
        for a country and roles; else ``fallback``."""
        owned = self._owned.get(code)
        if owned is not None:
            return owned.type
        head, roles = split_code(code)
        role = self.roles.get(roles[-1]) if roles else None
        if role is not None and head in _country_codes():
            return role.type
        if code in _country_codes():
            return "State"
        return "InternationalOrganization" if code.startswith(IGO_KIND) else fallback

    def roles_of(self, code: str) -> str | None:
        """The role codes a code carries after its country part (MIL of ISRMIL, REB of
        PSEREBHMS; HMS names the group, not a role); a role code alone is its role (MED
        of a newspaper)."""
        head, roles = split_code(code)
        if len(head) == 3 and head not in _country_codes() and head in self.roles:
            roles = (head, *roles)
        return "".join(r for r in roles if r in self.roles) or None

    def country_actor(self, code: str) -> Actor | None:
        """The country actor that ``code`` belongs to, for ``ckg:country``: its first
        three letters where they are a country's (a person coded ISR is Israel's), and
        for an MNC, NGO or IMG code the country that follows the kind (MNCUSA: the
        United States; IMGAFGTAL: Afghanistan); an IGO's code names no country, nor
        does a faith that follows the kind (IMGMUSISI, an Islamic militant group, is
        no group of Mauritius, whose code MUS also is)."""
        kind = code[:3]
        if kind == IGO_KIND:
            return None
        head = code[3:6] if kind in SIX_LETTER_KINDS else code[:3]
        if head not in _country_codes() or (kind in SIX_LETTER_KINDS and head in load_roles()):
            return None
        label = self.label(head)
        if label is None:
            return None
        owned = self._owned.get(head)
        wikidata = owned.wikidata if owned else None
        return Actor(
            slug(label), label, self.kind(head, "Organization"), code=head, wikidata=wikidata
        )


def _shortens(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name is ``full`` with middle words dropped: its first and last words,
    and the others in order ("JAVIER DE CUELLAR" of "JAVIER PEREZ DE CUELLAR")."""
    if not 2 <= len(short) < len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


def _listed_code(entry: GazetteerEntry) -> str | None:
    """The dictionaries' code for a gazetteer entry's label or first coded alias."""
    return next(filter(None, map(actor_code, (entry.label, *entry.aliases))), None)


@cache
def _gazetteer_codes(gazetteer: Gazetteer) -> dict[str, GazetteerEntry]:
    """The gazetteer entries that are the actor of a code: an entry whose ``code``
    column names it, and every entry whose label or alias the dictionaries code with a
    code that is more than a country and roles (a country, an IGO, a named group:
    Hamas's PSEREBHMS, not the Pentagon's USAMIL)."""
    owned: dict[str, GazetteerEntry] = {}
    roles = load_roles()
    for entry in gazetteer.entries:
        if entry.code:
            owned.setdefault(entry.code, entry)
    for entry in gazetteer.entries:
        code = _listed_code(entry)
        if code is None:
            continue
        _, parts = split_code(code)
        if not parts or not all(p in roles for p in parts):
            owned.setdefault(code, entry)
    return owned
