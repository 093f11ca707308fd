"""When an event happened: the date its clause states, resolved against the article's date.

News dates events relative to the day of writing ("on Tuesday", "yesterday", "last
April", "on 7 October"), so a date is read only where the sentence attaches it to the
event (a DATE entity that modifies the event's verb or noun, or is the object of its
"on", "in", "during" or "at" phrase) and resolved by dateparser, a library made for
exactly this, relative to the article's date and preferring the past, as a report does
(the future, for an act stated for the future, "will meet on Tuesday", or told in the
present, as news tells what is on the calendar: "begins a visit on Tuesday"). What a coder can
state is kept at its precision: a day (``1987-03-03``), a month (``1987-04``) or a year
(``1983``); a week, a vaguer span ("recent weeks") or a length of time ("three years of
talks") is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.clauses import of_result
from kg.extract.tree import children, entity_of

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["dated_ahead", "event_date", "resolve_date", "scheduled", "stated_date"]

# Prepositions whose object dates the act ("on Tuesday", "in April", "during 1983");
# "before", "after" and "since" date something else.
DATE_PREPOSITIONS = frozenset(["on", "in", "during", "at"])
# Words before a date that dateparser does not read and that do not move the date.
_HEDGES = ("last ", "early ", "late ", "mid-", "earlier ", "on ", "in ")
PRECISION = {"day": 10, "month": 7, "year": 4}  # characters of the ISO date kept
# In the order of ``date.weekday()``, in English whatever the machine's locale.
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PARTS_OF_A_DAY = frozenset({"morning", "afternoon", "evening", "night"})
# Words beside a weekday's name that do not move the date ("early on Tuesday", "Tuesday
# night").
_WITHIN_THE_DAY = frozenset({"on", "early", "late", "earlier", "later"}) | PARTS_OF_A_DAY


def stated_date(anchor: Token) -> Span | None:
    """The DATE entity that dates the event at ``anchor`` (see the module docstring), or,
    where its clause states none, one a clause of the same moment states
    (:func:`_of_the_same_moment`)."""
    for clause in (anchor, *_of_the_same_moment(anchor)):
        found = _own_date(clause)
        if found is not None:
            return found
    return None


def _of_the_same_moment(verb: Token) -> list[Token]:
    """The verbs whose date is the act's at ``verb`` too: the one a participle of result
    hangs on ("attacked a bus on Thursday, killing 40"), and those coordinated with it
    that share its subject and its tense, no auxiliary of either telling another time
    ("killed 43 farmers and beheaded three on Saturday", "seized power on Tuesday and
    placed Sharif under arrest"); not a clause with a subject of its own ("attacked on
    Monday, and troops recaptured the town"), nor one of another time ("seized a tanker in
    July and has refused to release it", "arrived on Monday and will meet Netanyahu")."""
    if verb.pos_ not in VERBS:
        return []
    found = []
    head = verb.head
    if of_result(verb):
        found.append(head)
    if verb.dep_ == "conj" and _of_one_time(verb, head):
        found.append(head)
    found += [c for c in children(verb, "conj") if _of_one_time(verb, c)]
    return found


def _of_one_time(verb: Token, conjunct: Token) -> bool:
    """Whether two coordinated verbs tell acts of one time: the second with no subject
    of its own, both verbs in one form and neither with an auxiliary."""
    return (
        conjunct.pos_ in VERBS
        and conjunct.tag_ == verb.tag_
        and not children(conjunct, *SUBJECTS)
        and not children(verb, "aux", "auxpass")
        and not children(conjunct, "aux", "auxpass")
    )


# The dependents of a word that may be or hold a date it states: all but its phrases (read
# by their preposition), its conjuncts and the commas between them (each conjunct states
# its own; a clause head may have hundreds).
DATED_DEPS = (
    "acl", "acomp", "advcl", "advmod", "amod", "appos", "attr", "aux", "auxpass", "case",
    "ccomp", "compound", "csubj", "csubjpass", "dative", "dep", "det", "dobj", "expl", "intj",
    "mark", "meta", "neg", "nmod", "npadvmod", "nsubj", "nsubjpass", "nummod", "oprd",
    "parataxis", "pcomp", "pobj", "poss", "preconj", "predet", "prt", "quantmod", "relcl",
    "xcomp",
)  # fmt: skip
VERBS = frozenset({"VERB", "AUX"})
SUBJECTS = ("nsubj", "nsubjpass")


def _own_date(anchor: Token) -> Span | None:
    """The DATE entity the clause or noun at ``anchor`` itself states."""
    candidates = children(anchor, *DATED_DEPS)
    candidates += [
        p for c in children(anchor, "prep") if c.lower_ in DATE_PREPOSITIONS for p in children(c)
    ]
    # a part of a day may be a TIME apart from its day's DATE: "on Thursday afternoon"
    for token in (w for c in candidates for w in (c, *children(c, "compound"))):
        entity = entity_of(token) if token.ent_type_ in {"DATE", "TIME"} else None
        if entity is None or _names_no_day(entity):
            continue
        if entity.label_ == "DATE" or _of_a_named_day(entity):
            return entity
    return None


def _names_no_day(span: Span) -> bool:
    """Whether a DATE entity names no moment: a length of time not counted forward by
    "in" or "within" ("a five-year agreement", "three years of talks"; not "will withdraw
    in 10 days"), or a count the model tagged ("killing 12 and wounding 40"; not a year
    as a preposition's object, "in 83"). The date the clause states may stand after it:
    "signed a five-year agreement in 1986"."""
    text = " ".join(span.text.split())
    if DURATION.fullmatch(text):
        return span.root.head.lower_ not in {"in", "within"}
    return bool(COUNT.fullmatch(text)) and span.root.dep_ != "pobj"


# Words naming a day, by its name or relative to the story's ("Monday night", "yesterday
# morning", "late tonight"); "last" and "this" name one by a part of it ("last night").
DAY_WORDS = frozenset({"yesterday", "today", "tonight", *WEEKDAYS})


def _of_a_named_day(time: Span) -> bool:
    """Whether a TIME entity is a part of a named day ("on Monday night", "Thursday
    afternoon", "yesterday morning", "last night", "this morning"), which dates the act
    as its day does; a clock time ("at 0700 EDT", "at noon") or a span of hours does
    not."""
    words = {t.lower_ for t in time}
    return bool(words & DAY_WORDS or (words & {"last", "this"} and words & PARTS_OF_A_DAY))


# A length of time, counted, and not counted back from the story's day by "ago": "three
# years", "a decade", "the past 12 months", "two days later", and as a modifier, "the
# seven-year war", "a 10-day siege", "a decade-long conflict".
DURATION = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?:past|last|next|first|coming|previous|following)\s+)?"
    r"(?:(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|a\s+few|few|several|many|some|a\s+couple\s+of)"
    r"(?:\s*-\s*|\s+)(?:days?|weeks?|months?|years?|decades?)(?:-long|-old)?"
    r"|(?:days?|weeks?|months?|years?|decades?)-long)"
    r"(?:\s+(?:later|earlier|afterwards))?",
    re.IGNORECASE,
)
# A number of one to three digits alone, which the model may tag as a DATE ("killing 12
# and wounding 40"): a count, where dateparser would read a year (1940), unless a
# preposition makes it one ("in 83").
COUNT = re.compile(r"\d{1,3}")


@cache
def _parser(base: str, ahead: bool) -> DateDataParser:
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": "future" if ahead else "past",
        "RETURN_TIME_AS_PERIOD": False,
    }
    if base:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base)
    return DateDataParser(languages=["en"], settings=settings)


@lru_cache(maxsize=4096)
def resolve_date(text: str, article_date: str | None, ahead: bool = False) -> str | None:
    """The ISO date (day, month or year) that ``text`` names, read on ``article_date``
    (``ahead``: of an act stated for the future, "will meet on Tuesday"); None when it
    names no day, month or year, or a relative one without an article date. Answers are
    kept: dateparser takes a millisecond or more per phrase, and the articles of one day
    repeat theirs ("today", "last year": a third of the calls on Reuters). A duration
    ("three years of talks", "ending 12 years of civil war", "the last two years", "two
    days later") names no day of its own: dateparser would read it as that long ago."""
    if DURATION.fullmatch(" ".join(text.split())):
        return None
    read = _read(text, article_date, ahead)
    if read is None or read[1] not in PRECISION:
        return None
    return read[0][: PRECISION[read[1]]]


@lru_cache(maxsize=4096)
def _read(text: str, article_date: str | None, ahead: bool) -> tuple[str, str] | None:
    """The ISO day dateparser reads ``text`` as and the period it names (day, week,
    month, year), as :func:`resolve_date` reads it."""
    words = " ".join(text.split()).removesuffix("'s").removesuffix("\u2019s")
    forms = [words] + [words[len(h) :] for h in _HEDGES if words.lower().startswith(h)]
    if article_date and _names_its_weekday(words, article_date):
        return article_date, "day"
    for form in forms:
        data = _parser(article_date or "", ahead).get_date_data(form)
        if data.date_obj is not None and data.period in {*PRECISION, "week"}:
            if article_date is None and not re.search(r"\b\d{4}\b", form):
                return None  # "Tuesday", "7 October" of an undated article are no date
            return data.date_obj.date().isoformat(), str(data.period)
    return None


def _names_its_weekday(form: str, article_date: str) -> bool:
    """Whether ``form`` is the weekday of ``article_date`` (with words that place it
    within the day): a wire story names its own day so ("said on Tuesday", "early on
    Tuesday" in Tuesday's story), and the same day a week before "last Tuesday"."""
    words = set(form.lower().split())
    weekday = WEEKDAYS[dt.date.fromisoformat(article_date[:10]).weekday()]
    return weekday in words and words - {weekday} <= _WITHIN_THE_DAY


def event_date(anchor: Token, article_date: str | None, ahead: bool = False) -> str | None:
    """The date the sentence states for the event at ``anchor``, resolved (``ahead``: of
    an act still to come, which may be today's: "on March 24" in a story of that day)."""
    span = stated_date(anchor)
    return None if span is None else _resolved(span, article_date, ahead)


def _resolved(span: Span, article_date: str | None, ahead: bool) -> str | None:
    """The date a stated date ``span`` names, as :func:`event_date` resolves it; a length
    of time after "in" or "within" counts forward from the article's day, for an act to
    come ("will withdraw in 10 days")."""
    counted = span.root.head.lower_ in {"in", "within"} and DURATION.fullmatch(span.text)
    if ahead and counted:
        return resolve_date(f"in {span.text}", article_date, ahead)
    past = resolve_date(span.text, article_date)
    if not ahead or (past is not None and article_date and past == article_date[: len(past)]):
        return past
    return resolve_date(span.text, article_date, ahead)


# Present-tense auxiliaries of a progressive ("is meeting on Tuesday").
PRESENT_BE = frozenset(["is", "are", "am", "'s", "'re"])


def scheduled(verb: Token) -> bool:
    """Whether a verb is in the present, simple or progressive, as news tells an act on
    the calendar ("King Fahd begins a visit on Tuesday", "Shultz is flying to Moscow on
    Friday"); whether the act is one (a visit, not a report of an attack in a headline's
    present or a speaker's) is the caller's to say."""
    if verb.tag_ in {"VBZ", "VBP"}:
        return True
    return verb.tag_ == "VBG" and any(c.lower_ in PRESENT_BE for c in children(verb, "aux"))


def dated_ahead(anchor: Token, article_date: str | None, calendar: bool = False) -> bool:
    """Whether the sentence dates the event at ``anchor`` after the article's day, read
    as a report is read (preferring the past): "officials tomorrow open talks", "talks
    next week", "visits Bonn next week" are still to come, whatever the tense (a week,
    no date a coder states, is still after the day or not); "on Tuesday" is the Tuesday
    before, but for an act on the ``calendar`` (:func:`scheduled`), the coming one."""
    span = stated_date(anchor) if article_date else None
    if span is None or not article_date:
        return False
    when = _resolved(span, article_date, calendar)
    if when is None and not span.text.lower().startswith("the "):
        # "next week", not "the next week" of a story told in the past
        read = _read(span.text, article_date, calendar)
        when = read[0] if read is not None and read[1] == "week" else None
    return when is not None and when > article_date[: len(when)]
