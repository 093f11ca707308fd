"""Discards (kg.extract.discards): the phrases of PETRARCH's discard list keep their
sentence, or with ``+`` their story, from being coded. Rules on hand-built Docs, then
once end to end on text written for the test."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract
from kg.extract.actors import sentence_numbers
from kg.extract.discards import DISCARDS, DiscardMatcher, discarded_sentences
from kg.ingest import Article
from kg.verbs import Discard, Scope
from tests.docs import NLP, parsed


def marked(doc: Doc) -> list[tuple[str, str]]:
    return [(span.text, span.label_) for span in doc.spans[DISCARDS]]


# A sport topic in a sentence with a verb of force: the stem BASEBALL also takes the plural.
PLURAL = parsed("""
Fans      1 nsubj  NOUN  NNS  fan
threw     1 ROOT   VERB  VBD  throw
baseballs 1 dobj   NOUN  NNS  baseball
.         1 punct  PUNCT .    .
""")

# The stem CHAMPION, with a verb that begins with it: the verb is no inflection of the noun.
VERB_FROM_STEM = parsed("""
Spain      1 nsubj NOUN  NNP  Spain GPE
championed 1 ROOT  VERB  VBD  champion
the        3 det   DET   DT   the
deal       1 dobj  NOUN  NN   deal
.          1 punct PUNCT .    .
""")

# MARATHON inside the name of a company.
COMPANY = parsed("""
Marathon 1 compound PROPN NNP Marathon B-ORG
Oil      2 nsubj    PROPN NNP Oil      I-ORG
sued     2 ROOT     VERB  VBD sue
Texaco   2 dobj     PROPN NNP Texaco   ORG
.        2 punct    PUNCT .   .
""")

# A year and a time "ago" (both on PETRARCH's list) in a sentence of the day's news.
PAST = parsed("""
Libya    1 nsubj PROPN NNP Libya GPE
freed    1 ROOT  VERB  VBD free
men      1 dobj  NOUN  NNS man
held     2 acl   VERB  VBN hold
since    3 prep  ADP   IN  since
1988     4 pobj  NUM   CD  1988 DATE
and      3 cc    CCONJ CC  and
seized   3 conj  VERB  VBN seize
two      9 nummod NUM  CD  two   B-DATE
weeks    10 npadvmod NOUN NNS week I-DATE
ago      7 advmod ADV  RB  ago   I-DATE
.        1 punct PUNCT .   .
""")

# WORLD WAR (on PETRARCH's list, a retelling of history) as the point a "since" phrase
# measures today's act from, and as the time of the act.
SINCE_THE_WAR = parsed("""
Chile    1 nsubj    PROPN NNP Chile  GPE
imposed  1 ROOT     VERB  VBD impose
tariffs  1 dobj     NOUN  NNS tariff
since    1 prep     ADP   IN  since
World    5 compound PROPN NNP World  B-EVENT
War      6 compound PROPN NNP War    I-EVENT
Two      3 pobj     PROPN NNP Two    I-EVENT
.        1 punct    PUNCT .   .
During   13 prep     ADP   IN  during
World    10 compound PROPN NNP World B-EVENT
War      11 compound PROPN NNP War   I-EVENT
Two      8 pobj     PROPN NNP Two    I-EVENT
Chile    13 nsubj   PROPN NNP Chile  GPE
attacked 13 ROOT    VERB  VBD attack
Peru     13 dobj    PROPN NNP Peru   GPE
.        13 punct   PUNCT .   .
""")

# Two sentences, the second naming a story-level topic (+MANCHESTER UNITED).
STORY = parsed("""
Police     1 nsubj    NOUN  NNS police
arrested   1 ROOT     VERB  VBD arrest
fans       1 dobj     NOUN  NNS fan
.          1 punct    PUNCT .   .
Manchester 5 compound PROPN NNP Manchester B-ORG
United     6 nsubj    PROPN NNP United     I-ORG
won        6 ROOT     VERB  VBD win
.          6 punct    PUNCT .   .
""")


def test_a_stem_takes_its_plural() -> None:
    assert marked(PLURAL) == [("baseballs", "sentence")]


def test_a_verb_that_begins_with_a_stem_is_no_discard() -> None:
    assert marked(VERB_FROM_STEM) == []


def test_a_stem_takes_no_other_word_it_begins() -> None:
    """ "+UNDER PAR" (a golf score) would discard a whole story of debts rescheduled
    "under Paris Club rules" were "Paris" read as the stem PAR with an ending."""
    matcher = DiscardMatcher(NLP, [Discard(("UNDER", "PAR"), Scope.STORY, False, 1, "UNDER PAR")])
    assert marked(matcher(NLP("Debts were rescheduled under Paris Club rules."))) == []
    assert marked(matcher(NLP("She finished two under par."))) == [("under par", "story")]
    assert marked(matcher(NLP("They shot rounds under pars."))) == [("under pars", "story")]


def test_a_stem_takes_the_noun_of_its_doers() -> None:
    """ "+CRICKET" discards "cricketers" as it does "cricket": a sport's players."""
    matcher = DiscardMatcher(NLP, [Discard(("CRICKET",), Scope.SENTENCE, False, 1, "CRICKET")])
    assert marked(matcher(NLP("Pakistani cricketers attacked the umpire."))) == [
        ("cricketers", "sentence")
    ]


def test_a_phrase_inside_a_company_name_is_no_discard() -> None:
    assert marked(COMPANY) == []


def test_years_and_dates_are_no_discards() -> None:
    assert marked(PAST) == []


def test_the_past_a_since_phrase_measures_from_is_no_discard() -> None:
    """ "the first tariffs since World War Two" are today's; an act "during World War
    Two" is history, as PETRARCH's list has it."""
    assert [span.start for span in SINCE_THE_WAR.spans[DISCARDS]] == [9]


def test_a_story_discard_keeps_every_sentence_from_being_coded() -> None:
    assert marked(STORY) == [("Manchester United", "story")]
    assert discarded_sentences(STORY, sentence_numbers(STORY)) == {1, 2}


def test_an_exact_phrase_ends_at_a_word_boundary() -> None:
    matcher = DiscardMatcher(NLP, [Discard(("GROUP", "A"), Scope.SENTENCE, True, 1, "GROUP A_")])
    assert marked(matcher(NLP("They play in Group A today."))) == [("Group A", "sentence")]
    assert marked(matcher(NLP("They play in Group Alpha today."))) == []


def test_a_sentence_discard_leaves_the_other_sentences(nlp: Language) -> None:
    text = (
        "Iraqi troops attacked Iranian positions near Basra. "
        "The champions crushed their rivals in the football final."
    )
    extraction = extract(Article("t", text), nlp(text))
    assert {e.sentence for e in extraction.events} == {1}
