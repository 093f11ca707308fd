"""Event dates: what the sentence attaches to the event, resolved against the article's
date (kg.extract.dates). Phrases and parses written for the test."""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.dates import dated_ahead, event_date, resolve_date, scheduled
from kg.ingest import Article
from tests.docs import parsed


def test_relative_dates_resolve_against_the_articles_day() -> None:
    day = "1987-03-04"  # a Wednesday
    assert resolve_date("Tuesday", day) == "1987-03-03"  # the last one, as a report means
    assert resolve_date("yesterday", day) == "1987-03-03"
    assert resolve_date("Friday's", day) == "1987-02-27"
    assert resolve_date("last April", day) == "1986-04"  # a month stays a month
    assert resolve_date("earlier this month", day) == "1987-03"
    assert resolve_date("7 October", day) == "1986-10-07"
    assert resolve_date("7 October", day, ahead=True) == "1987-10-07"  # "will meet on …"
    assert resolve_date("1983", day) == "1983"
    assert resolve_date("last week", day) is None  # a week is no date a coder states
    assert resolve_date("recent weeks", day) is None


@pytest.mark.parametrize(
    "duration",
    [
        "three years",
        "12 years",
        "a decade",
        "six months",
        "10 days",
        "the past three years",
        "the last 12 months",
        "two days later",
        "several years",
        "seven-year",
        "the 10-year",
        "a six-month",
        "decade-long",
    ],
)
def test_a_length_of_time_is_no_date(duration: str) -> None:
    """ "broke off three years of talks", "ending 12 years of civil war": the model tags the
    length as a DATE, and dateparser reads it as that long ago; it names no day, month or
    year of the event. Nor does a length told as a modifier ("the seven-year war", which
    dateparser read as July)."""
    assert resolve_date(duration, "1995-06-15") is None


def test_a_length_of_time_counted_back_from_the_story_s_day_is_a_date() -> None:
    assert resolve_date("three years ago", "1995-06-15") == "1992"
    assert resolve_date("10 days ago", "1995-06-15") == "1995-06-05"
    assert resolve_date("last year", "1995-06-15") == "1994"


def test_the_weekday_of_the_articles_day_is_that_day() -> None:
    """A wire story names its own day by its weekday ("said on Wednesday" in
    Wednesday's story), the one a week before "last Wednesday"."""
    day = "1987-03-04"  # a Wednesday
    assert resolve_date("Wednesday", day) == day
    assert resolve_date("early on Wednesday", day) == day
    assert resolve_date("Wednesday night", day) == day
    assert resolve_date("Wednesday", day, ahead=True) == day
    assert resolve_date("last Wednesday", day) == "1987-02-25"
    assert resolve_date("Thursday night", day) == "1987-02-26"


def test_an_undated_article_has_only_the_dates_it_spells_out() -> None:
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("7 October", None) is None
    assert resolve_date("7 October 2023", None) == "2023-10-07"


DATED = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
shelled  1 ROOT  VERB  VBD shell
Peru     1 dobj  PROPN NNP Peru     GPE
on       1 prep  ADP   IN  on
Tuesday  3 pobj  PROPN NNP Tuesday  DATE
.        1 punct PUNCT .   .
Bolivia  7 nsubj PROPN NNP Bolivia  GPE
attacked 7 ROOT  VERB  VBD attack
Chile    7 dobj  PROPN NNP Chile    GPE
before   7 prep  ADP   IN  before
Tuesday  9 pobj  PROPN NNP Tuesday  DATE
.        7 punct PUNCT .   .
""")


def test_a_date_is_the_events_only_where_the_sentence_attaches_it() -> None:
    events = extract(Article("t", DATED.text, date="1987-03-04"), DATED).events
    dates = {e.source: e.event_date for e in events}
    assert dates == {"chile": "1987-03-03", "bolivia": None}  # "before Tuesday" is no date


OF_THE_SAME_MOMENT = parsed("""
Chile    1  nsubj PROPN NNP Chile    GPE
shelled  1  ROOT  VERB  VBD shell
Peru     1  dobj  PROPN NNP Peru     GPE
on       1  prep  ADP   IN  on
Tuesday  3  pobj  PROPN NNP Tuesday  DATE
,        1  punct PUNCT ,   ,
killing  1  advcl VERB  VBG kill
ten      8  nummod NUM  CD  ten
soldiers 6  dobj  NOUN  NNS soldier
.        1  punct PUNCT .   .
Bolivia  11 nsubj PROPN NNP Bolivia  GPE
raided   11 ROOT  VERB  VBD raid
Chile    11 dobj  PROPN NNP Chile    GPE
and      11 cc    CCONJ CC  and
seized   11 conj  VERB  VBD seize
Arica    14 dobj  PROPN NNP Arica    GPE
on       14 prep  ADP   IN  on
Monday   16 pobj  PROPN NNP Monday   DATE
.        11 punct PUNCT .   .
Peru     20 nsubj PROPN NNP Peru     GPE
attacked 20 ROOT  VERB  VBD attack
Chile    20 dobj  PROPN NNP Chile    GPE
on       20 prep  ADP   IN  on
Monday   22 pobj  PROPN NNP Monday   DATE
,        20 punct PUNCT ,   ,
and      20 cc    CCONJ CC  and
Bolivia  27 nsubj PROPN NNP Bolivia  GPE
shelled  20 conj  VERB  VBD shell
Chile    27 dobj  PROPN NNP Chile    GPE
.        20 punct PUNCT .   .
""")


def test_a_clause_of_the_same_moment_dates_an_act_its_own_clause_leaves_undated() -> None:
    """ "Chile shelled Peru on Tuesday, killing ten soldiers": the killing is the
    shelling's result, on Tuesday; "Bolivia raided Chile and seized Arica on Monday": the
    raid shares the seizure's subject and its day. "Peru attacked Chile on Monday, and
    Bolivia shelled Chile" tells Bolivia's act with a subject of its own, undated."""
    doc, day = OF_THE_SAME_MOMENT, "1987-03-04"
    assert event_date(doc[6], day) == "1987-03-03"  # killing
    assert event_date(doc[11], day) == "1987-03-02"  # raided
    assert event_date(doc[27], day) is None  # Bolivia shelled


OF_ANOTHER_TIME = parsed("""
Chile   1 nsubj PROPN NNP Chile  GPE
seized  1 ROOT  VERB  VBD seize
Arica   1 dobj  PROPN NNP Arica  GPE
in      1 prep  ADP   IN  in
July    3 pobj  PROPN NNP July   DATE
and     1 cc    CCONJ CC  and
has     7 aux   AUX   VBZ have
refused 1 conj  VERB  VBN refuse
to      9 aux   PART  TO  to
leave   7 xcomp VERB  VB  leave
.       1 punct PUNCT .   .
Chile   13 nsubj PROPN NNP Chile GPE
will    13 aux   AUX   MD  will
withdraw 13 ROOT VERB  VB  withdraw
in      13 prep  ADP   IN  in
10      16 nummod NUM  CD  10    B-DATE
days    14 pobj  NOUN  NNS day   I-DATE
.       13 punct PUNCT .   .
""")


def test_a_conjunct_of_another_time_keeps_its_own_date_and_a_length_ahead_counts_forward() -> None:
    """ "Chile seized Arica in July and has refused to leave": the perfect tells of the
    time since, not of July. "Chile will withdraw in 10 days" counts forward from the
    article's day."""
    doc, day = OF_ANOTHER_TIME, "1987-03-04"
    assert event_date(doc[1], day) == "1986-07"
    assert event_date(doc[7], day) is None
    assert event_date(doc[13], day, ahead=True) == "1987-03-14"


# "Chile wounded 40. Peru seized Arica in 83. Peru signed a five-year pact in 1986.": a
# count and a length the model tagged as dates, and a year after "in".
COUNTS_AND_YEARS = parsed("""
Chile   1  nsubj    PROPN NNP Chile   GPE
wounded 1  ROOT     VERB  VBD wound
40      1  dobj     NUM   CD  40      DATE
.       1  punct    PUNCT .   .
Peru    5  nsubj    PROPN NNP Peru    GPE
seized  5  ROOT     VERB  VBD seize
Arica   5  dobj     PROPN NNP Arica   GPE
in      5  prep     ADP   IN  in
83      7  pobj     NUM   CD  83      DATE
.       5  punct    PUNCT .   .
Peru    11 nsubj    PROPN NNP Peru    GPE
signed  11 ROOT     VERB  VBD sign
a       16 det      DET   DT  a
five    15 nummod   NUM   CD  five    B-DATE
-       15 punct    PUNCT HYPH -      I-DATE
year    16 compound NOUN  NN  year    I-DATE
pact    11 dobj     NOUN  NN  pact
in      11 prep     ADP   IN  in
1986    17 pobj     NUM   CD  1986    DATE
.       11 punct    PUNCT .   .
""")


def test_a_count_and_a_length_name_no_date_and_the_date_after_them_is_read() -> None:
    """ "wounded 40": a count the model tagged as a date, which dateparser reads as 1940,
    names none; "in 83" is a year, a preposition's object; "signed a five-year pact in
    1986" is dated by its year, not by its length (once read as May)."""
    doc, day = COUNTS_AND_YEARS, "1987-03-04"
    assert event_date(doc[1], day) is None
    assert event_date(doc[5], day) == "1983"
    assert event_date(doc[11], day) == "1986"


# The model's TIME entities of a part of a day: whole ("Monday night"), or apart from
# the day's DATE ("Thursday afternoon"); and a clock time.
AT_A_TIME_OF_DAY = parsed("""
Chile     1  nsubj    PROPN NNP Chile     GPE
shelled   1  ROOT     VERB  VBD shell
Peru      1  dobj     PROPN NNP Peru      GPE
on        1  prep     ADP   IN  on
Monday    5  compound PROPN NNP Monday    B-TIME
night     3  pobj     NOUN  NN  night     I-TIME
.         1  punct    PUNCT .   .
Bolivia   8  nsubj    PROPN NNP Bolivia   GPE
attacked  8  ROOT     VERB  VBD attack
Chile     8  dobj     PROPN NNP Chile     GPE
on        8  prep     ADP   IN  on
Thursday  12 compound PROPN NNP Thursday  DATE
afternoon 10 pobj     NOUN  NN  afternoon TIME
.         8  punct    PUNCT .   .
Peru      15 nsubj    PROPN NNP Peru      GPE
attacked  15 ROOT     VERB  VBD attack
Chile     15 dobj     PROPN NNP Chile     GPE
at        15 prep     ADP   IN  at
0700      19 nummod   NUM   CD  0700      B-TIME
GMT       17 pobj     PROPN NNP GMT       I-TIME
.         15 punct    PUNCT .   .
Ecuador   22 nsubj    PROPN NNP Ecuador   GPE
shelled   22 ROOT     VERB  VBD shell
Peru      22 dobj     PROPN NNP Peru      GPE
this      25 det      DET   DT  this      B-TIME
morning   22 npadvmod NOUN  NN  morning   I-TIME
.         22 punct    PUNCT .   .
""")


def test_a_part_of_a_named_day_dates_the_act_as_its_day() -> None:
    """ "on Monday night", "on Thursday afternoon", "this morning" date the act on that
    day, though the model tags them TIME; a clock time ("at 0700 GMT") states no date."""
    article = Article("t", AT_A_TIME_OF_DAY.text, date="1987-03-04")  # a Wednesday
    events = extract(article, AT_A_TIME_OF_DAY).events
    assert {e.source: e.event_date for e in events} == {
        "chile": "1987-03-02",
        "bolivia": "1987-02-26",
        "peru": None,
        "ecuador": "1987-03-04",
    }


# "Chile begins a visit to Peru on Tuesday": news tells what is on the calendar in the
# present.
ON_THE_CALENDAR = parsed("""
Chile   1 nsubj    PROPN NNP Chile   GPE
begins  1 ROOT     VERB  VBZ begin
a       3 det      DET   DT  a
visit   1 dobj     NOUN  NN  visit
to      3 prep     ADP   IN  to
Peru    4 pobj     PROPN NNP Peru    GPE
on      1 prep     ADP   IN  on
Tuesday 6 pobj     PROPN NNP Tuesday DATE
.       1 punct    PUNCT .   .
""")


def test_an_act_told_in_the_present_with_a_day_is_ahead_and_an_intent() -> None:
    """Dated in the present, the visit is the coming Tuesday's, so stated now: an intent
    to meet (036), as coders code a visit announced, not a visit made (042)."""
    events = extract(Article("t", ON_THE_CALENDAR.text, date="1987-03-04"), ON_THE_CALENDAR).events
    assert [(e.source, e.cameo, e.target, e.event_date) for e in events] == [
        ("chile", "036", "peru", "1987-03-10")
    ]


# "Peru says Chile meets Bolivia on Tuesday": a speaker's present tells what happened;
# "Chile attacks Bolivia on Tuesday", a headline's or a chronology's, too.
SAID_IN_THE_PRESENT = parsed("""
Peru    1 nsubj PROPN NNP Peru    GPE
says    1 ROOT  VERB  VBZ say
Chile   3 nsubj PROPN NNP Chile   GPE
meets   1 ccomp VERB  VBZ meet
Bolivia 3 dobj  PROPN NNP Bolivia GPE
on      3 prep  ADP   IN  on
Tuesday 5 pobj  PROPN NNP Tuesday DATE
.       1 punct PUNCT .   .
""")
FORCE_IN_THE_PRESENT = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
attacks 1 ROOT  VERB  VBZ attack
Bolivia 1 dobj  PROPN NNP Bolivia GPE
on      1 prep  ADP   IN  on
Tuesday 3 pobj  PROPN NNP Tuesday DATE
.       1 punct PUNCT .   .
""")

# "Chile will meet Peru on …": on Friday, and on a day that may be the story's own
WILL_MEET_ON = """
Chile  2 nsubj PROPN NNP Chile  GPE
will   2 aux   AUX   MD  will
meet   2 ROOT  VERB  VB  meet
Peru   2 dobj  PROPN NNP Peru   GPE
on     2 prep  ADP   IN  on
"""
WILL_MEET = parsed(
    WILL_MEET_ON
    + """
Friday 4 pobj  PROPN NNP Friday DATE
.      2 punct PUNCT .   .
"""
)
WILL_MEET_ON_A_DAY = parsed(
    WILL_MEET_ON
    + """
March  4 pobj    PROPN NNP March  B-DATE
24     5 nummod  NUM   CD  24     I-DATE
.      2 punct   PUNCT .   .
"""
)


def test_an_act_reported_in_the_present_is_of_the_past() -> None:
    """Only an act of cooperation that no one reports is on the calendar: a speaker's
    present and an attack told in the present tell what happened, the Tuesday before."""
    for doc in (SAID_IN_THE_PRESENT, FORCE_IN_THE_PRESENT):
        events = extract(Article("t", doc.text, date="1987-03-04"), doc).events
        assert events and {e.event_date for e in events} == {"1987-03-03"}
        assert not any(e.cameo.startswith("03") for e in events)


def test_an_act_stated_for_the_future_is_dated_ahead_or_today() -> None:
    """ "will meet on Friday", stated on a Wednesday, is the coming Friday's; stated on a
    Friday, a dated day that is the story's own stays the same day."""
    events = extract(Article("t", WILL_MEET.text, date="1987-03-04"), WILL_MEET).events
    assert {e.event_date for e in events} == {"1987-03-06"}
    assert event_date(WILL_MEET_ON_A_DAY[2], "1987-03-24", ahead=True) == "1987-03-24"
    assert event_date(WILL_MEET_ON_A_DAY[2], "1987-03-20", ahead=True) == "1987-03-24"


NEXT_WEEK = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
visits  1 ROOT  VERB  VBZ visit
Peru    1 dobj  PROPN NNP Peru    GPE
next    4 amod  ADJ   JJ  next    B-DATE
week    1 npadvmod NOUN NN week   I-DATE
.       1 punct PUNCT .   .
Bolivia 7 nsubj PROPN NNP Bolivia GPE
shelled 7 ROOT  VERB  VBD shell
Peru    7 dobj  PROPN NNP Peru    GPE
last    10 amod ADJ   JJ  last    B-DATE
week    7 npadvmod NOUN NN week   I-DATE
.       7 punct PUNCT .   .
""")


def test_an_act_in_the_coming_week_is_still_to_come() -> None:
    """ "Chile visits Peru next week" tells no visit made: a week is no date a coder
    states, but it is after the article's day, so the visit is stated for the future, an
    intent (036); "shelled Peru last week" happened."""
    assert dated_ahead(NEXT_WEEK[1], "1987-03-04") and not dated_ahead(NEXT_WEEK[7], "1987-03-04")
    events = extract(Article("t", NEXT_WEEK.text, date="1987-03-04"), NEXT_WEEK).events
    assert {(e.source, e.cameo, e.event_date) for e in events} == {
        ("chile", "036", None),
        ("bolivia", "190", None),
    }


THE_NEXT_WEEK = parsed("""
Bolivia  1 nsubj PROPN NNP Bolivia B-GPE
shelled  1 ROOT  VERB  VBD shell
Peru     1 dobj  PROPN NNP Peru    B-GPE
the      5 det   DET   DT  the     B-DATE
next     5 amod  ADJ   JJ  next    I-DATE
week     1 npadvmod NOUN NN week   I-DATE
.        1 punct PUNCT .   .
""")


def test_the_next_week_of_a_story_told_in_the_past_is_no_week_to_come() -> None:
    """ "and the next week Bolivia shelled Peru" is the week after another act."""
    assert not dated_ahead(THE_NEXT_WEEK[1], "1987-03-04")


def test_a_verb_in_the_present_simple_or_progressive_is_scheduled() -> None:
    meeting = parsed("""
Chile   2 nsubj PROPN NNP Chile   GPE
is      2 aux   AUX   VBZ be
meeting 2 ROOT  VERB  VBG meet
Peru    2 dobj  PROPN NNP Peru    GPE
.       2 punct PUNCT .   .
""")
    assert scheduled(ON_THE_CALENDAR[1]) and scheduled(meeting[2])
    assert not any(scheduled(t) for t in DATED)  # "shelled", "attacked": a report


def test_the_event_date_is_in_rdf_and_in_both_events_tables() -> None:
    from kg.build import store_extractions
    from kg.ontology import load_ontology
    from kg.store import Store
    from kg.tables import events_table, extraction_table

    extraction = extract(Article("t", DATED.text, date="1987-03-04"), DATED)
    store = Store()
    store_extractions(store, [extraction])  # the shapes accept the date's type, or this raises
    vocab = load_ontology().vocabulary
    for rows in (extraction_table([extraction], vocab), events_table(store)):
        assert {(r["source"], r["event_date"]) for r in rows} == {
            ("Chile", "1987-03-03"),
            ("Bolivia", "-"),
        }
