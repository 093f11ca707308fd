"""The stories of a wire digest (:mod:`kg.extract.items`): rule lines found in text, and
with the real model, each story's sentences, dateline and scene its own."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract import extract
from kg.extract.items import block_datelines, mark_items, rule_lines, story_starts
from kg.ingest import Article
from tests.docs import parsed

DIGEST = (
    "Government troops shelled rebel positions near Jaffna on Monday, the army said.\n"
    "   - - - -\n"
    "   MANILA - Communist rebels ambushed an army patrol, killing five soldiers.\n"
    "   - - - -\n"
    "   NAIROBI - Kenyan police arrested twenty students.\n"
)


def test_a_rule_line_a_dateline_follows_begins_a_story() -> None:
    text = "Rebels shelled the town.\n  * * *\n  LIMA - Police arrested ten men.\n=====\n"
    assert [text[a:b] for a, b in rule_lines(text)] == ["* * *", "====="]
    assert story_starts(text) == [0, text.index("LIMA")]  # nothing after the last rule
    windows = "Talks stalled.\r\n\u2014\u2014\u2014\u2014\r\nROME - Talks resumed.\r\n"
    assert story_starts(windows) == [0, windows.index("ROME")]


def test_paragraphs_opening_with_datelines_are_a_digest_s_stories() -> None:
    text = (
        "Talks on the budget stalled on Monday.\n"
        "    ROME - Police arrested ten students.\n"
        "    LIMA, Peru - Rebels ambushed an army patrol.\n"
    )
    assert story_starts(text) == [0, text.index("ROME"), text.index("LIMA")]
    spaced = "Talks stalled.\n\nROME - Police arrested ten students.\n\nLIMA - Rebels fled.\n"
    assert story_starts(spaced) == [0, spaced.index("ROME"), spaced.index("LIMA")]


def test_paragraphs_opening_with_labels_or_one_dateline_are_no_digest() -> None:
    """One paragraph opening with a dateline may be a story added at the end; labels in
    capitals ("NOTE -", "CORRECTION -", a transcript's speakers) name no town."""
    one = "Net profit rose 12 pct.\n    LIMA - Shares rose.\n"
    notes = "Profit rose.\n    NOTE - Shr applies to net.\n    CORRECTION - Corrects year.\n"
    transcript = "The minister spoke.\n    FUNARO: We will pay.\n    AIDE: He means it.\n"
    assert story_starts(one) == story_starts(notes) == story_starts(transcript) == [0]


QUOTED_LINE_ENDS = (
    'He said they aimed to "seize power."\nChile closed its border.\n'
    'He said "we will win."\n    Peru left. He cited the U.S."\nofficials.'
)


def test_a_line_after_a_quotation_that_ends_a_sentence_starts_one() -> None:
    """A line break after a stop and the quotation marks closing on it ends a paragraph:
    the next line starts a sentence and the marks end the quoted one; marks after a
    word with a stop of its own ("U.S.") end no sentence."""
    doc = mark_items(spacy.blank("en")(QUOTED_LINE_ENDS))
    assert [t.text for t in doc if t.is_sent_start][1:] == ["Chile", "Peru"]
    assert [t.is_sent_start for t in doc if t.text == '"'] == [None, False, None, False, None]


@pytest.mark.slow
def test_the_parser_keeps_a_sentence_start_after_a_closing_quotation(nlp: Language) -> None:
    sentences = [s.text.strip() for s in nlp(QUOTED_LINE_ENDS).sents]
    assert sentences[:4] == [
        'He said they aimed to "seize power."',
        "Chile closed its border.",
        'He said "we will win."',
        "Peru left.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas.\n\n* * *\n\nThe students dispersed.",  # a section break
        "Protest in the capital\n----------------------\nStudents marched.",  # an underline
        "Students marched.\n\n---\nReporting by John Smith",  # a footer
    ],
)
def test_a_rule_without_a_dateline_after_it_parts_no_story(text: str) -> None:
    assert len(rule_lines(text)) == 1
    assert story_starts(text) == [0]


@pytest.mark.parametrize(
    "text",
    [
        "The dispute -- old and bitter -- went on.\nTalks resumed.",  # dashes inside a line
        "Talks stalled.\n--\nTalks resumed.",  # two marks are no rule
        "Talks stalled.\n- 3 -\nTalks resumed.",  # a page number between dashes
    ],
)
def test_dashes_within_text_are_no_rule(text: str) -> None:
    assert rule_lines(text) == []
    assert story_starts(text) == [0]


@pytest.mark.slow
def test_each_story_of_a_digest_has_its_own_sentences_dateline_and_place(
    nlp: Language,
) -> None:
    doc = nlp(DIGEST)
    assert [s.text.strip() for s in doc.sents] == [
        "Government troops shelled rebel positions near Jaffna on Monday, the army said.",
        "- - - -",
        "MANILA - Communist rebels ambushed an army patrol, killing five soldiers.",
        "- - - -",
        "NAIROBI - Kenyan police arrested twenty students.",
    ]
    extraction = extract(Article("digest", DIGEST, "1987-04-07"), doc)
    assert [(e.sentence, e.location) for e in extraction.events] == [
        (1, "jaffna_lka"),
        (3, "manila_phl"),
        (5, "nairobi_ken"),
    ]
    assert {"filipino_rebels", "kenyan_police"} <= {e.source for e in extraction.events}
    assert not [a for a in extraction.actors if a.key.startswith(("manila", "nairobi"))]


@pytest.mark.slow
def test_the_same_bare_agent_in_two_stories_of_a_digest_takes_each_story_s_side(
    nlp: Language,
) -> None:
    """ "rebel positions near Jaffna" and "Communist rebels" in the Manila story are two
    actors, each of its own story's home (Sri Lanka's, the Philippines'), as are the
    "Government troops" and the "army patrol"; one actor for both, told in two
    stories, took neither's."""
    extraction = extract(Article("digest", DIGEST, "1987-04-07"), nlp(DIGEST))
    assert [(e.sentence, e.source, e.target) for e in extraction.events][:2] == [
        (1, "sri_lankan_military", "sri_lankan_rebels"),
        (3, "filipino_rebels", "filipino_military"),
    ]


@pytest.mark.slow
def test_a_story_s_scene_is_not_the_next_story_s(nlp: Language) -> None:
    """A battle report's later acts take its scene; the story after a rule line names
    its own or none."""
    text = (
        "Iraqi jets raided Kharg Island on Sunday.\n  * * *\n"
        "  QWERTZ - Rebels attacked a convoy.\n"  # a dateline no gazetteer knows
    )
    extraction = extract(Article("digest", text, "1987-04-07"), nlp(text))
    assert [(e.source, e.location) for e in extraction.events] == [
        ("iraqi_military", "kharg_island"),
        ("rebels", None),
    ]


@pytest.mark.slow
def test_a_story_gives_no_side_to_the_next_story_s_agents(nlp: Language) -> None:
    """A bare agent takes the side its article gave an agent of its role; in a digest,
    only its own story's: the troops of a story filed from Lima are Peru's, the one
    country it names, not Israel's."""
    text = (
        "Israeli troops raided a village near Hebron.\n"
        "   - - - -\n"
        "   LIMA - Police fired on the troops, killing two.\n"
    )
    extraction = extract(Article("digest", text, "1987-04-07"), nlp(text))
    assert [(e.source, e.target) for e in extraction.events if e.sentence == 3] == [
        ("peruvian_police", "peruvian_military")
    ]


@pytest.mark.slow
def test_a_digest_is_about_no_one_country(nlp: Language) -> None:
    """Bare agents of a story about Japan are Japan's; in a digest, the country one
    story names most is not another story's: each story is about the one country it
    names, its dateline's included, as an article of its own."""
    text = (
        "TOKYO - Japan's cabinet approved a new budget. Japan also criticised China.\n"
        "   - - - -\n"
        "   LIMA - Police arrested fifty workers after a protest.\n"
    )
    extraction = extract(Article("digest", text, "1987-04-07"), nlp(text))
    found = {(e.source, e.target) for e in extraction.events}
    assert ("peruvian_police", "peruvian_workers") in found
    assert not [a for a in extraction.actors if a.code in {"JPNCOP", "JPNLAB"}]


@pytest.mark.slow
def test_a_section_break_keeps_the_article_one_story(nlp: Language) -> None:
    """A rule with no dateline after it starts a sentence but parts no story: the
    article keeps its home country and what it gives a later act."""
    protest = (
        "Thousands of students marched through Manila to protest against President "
        "Corazon Aquino. Police fired tear gas at the students.\n\n* * *\n\n"
        "The Philippine government blamed communist rebels.\n"
    )
    extraction = extract(Article("t", protest, "1987-04-07"), nlp(protest))
    found = {(e.source, e.cameo[:2], e.target) for e in extraction.events}
    assert ("filipino_police", "17", "filipino_students") in found  # FIRE's {TEAR GAS}
    offer = "Chile offered aid to Peru.\n\n* * *\n\nPeru rejected the offer.\n"
    extraction = extract(Article("t", offer, "1987-04-07"), nlp(offer))
    assert ("peru", "12", "chile") in {(e.source, e.cameo[:2], e.target) for e in extraction.events}


# The parser's readings of a dateline opening a sentence: its words hung on the subject,
# or the subject hung on one of them.
DATELINE_ON_THE_SUBJECT = parsed("""
GAZA    6 nmod  PROPN NNP   GAZA
(       2 punct PUNCT -LRB- (
Reuters 6 nmod  PROPN NNP   Reuters
)       2 punct PUNCT -RRB- )
-       2 punct PUNCT :     -
Israeli 6 amod  ADJ   JJ    israeli NORP
troops  7 nsubj NOUN  NNS   troop
shelled 7 ROOT  VERB  VBD   shell
Rafah   7 dobj  PROPN NNP   Rafah   GPE
.       7 punct PUNCT .     .
""")
SUBJECT_ON_THE_DATELINE = parsed("""
GAZA    2 compound PROPN NNP   GAZA
(       2 punct PUNCT -LRB- (
Reuters 7 nsubj PROPN NNP   Reuters
)       2 punct PUNCT -RRB- )
-       2 punct PUNCT :     -
Israeli 6 amod  ADJ   JJ    israeli NORP
troops  2 appos NOUN  NNS   troop
shelled 7 ROOT  VERB  VBD   shell
Rafah   7 dobj  PROPN NNP   Rafah   GPE
.       7 punct PUNCT .     .
""")


@pytest.mark.parametrize("doc", [DATELINE_ON_THE_SUBJECT, SUBJECT_ON_THE_DATELINE])
def test_a_dateline_is_no_part_of_a_phrase_of_its_sentence(doc: Doc) -> None:
    """ "GAZA (Reuters) - Israeli troops shelled Rafah": the agency is no word of the
    subject's phrase, nor the troops a word of the agency's; the dateline hangs on the
    sentence's root as a word of no phrase."""
    block_datelines(doc)
    assert [(t.text, t.head.text, t.dep_) for t in doc if t.head.i == 7] == [
        ("GAZA", "shelled", "dep"),
        ("troops", "shelled", "nsubj"),
        ("shelled", "shelled", "ROOT"),
        ("Rafah", "shelled", "dobj"),
        (".", "shelled", "punct"),
    ]
    assert [t.text for t in doc[6].subtree] == ["Israeli", "troops"]
    assert {t.head.text for t in doc[1:5]} == {"GAZA"}


@pytest.mark.slow
def test_the_subject_after_a_dateline_is_the_doer(nlp: Language) -> None:
    """The model hangs "JERUSALEM (Reuters) -" on the militiamen; they still shell."""
    text = (
        "JERUSALEM (Reuters) - Israeli-backed militiamen shelled a village in south "
        "Lebanon on Friday, the army said."
    )
    extraction = extract(Article("t", text, "1987-04-07"), nlp(text))
    assert [(e.source, e.source_text) for e in extraction.events] == [
        ("armed_group", "Israeli-backed militiamen")
    ]


@pytest.mark.slow
def test_a_function_word_in_capitals_is_no_dateline_town(nlp: Language) -> None:
    """ "MORE -" after a rule is a slug, not Mora in Cameroon."""
    text = "Talks stalled.\n-----\nMORE - Iranian gunboats attacked a Kuwaiti tanker.\n"
    extraction = extract(Article("t", text, "1987-04-07"), nlp(text))
    assert [e.location for e in extraction.events] == [None]


@pytest.mark.slow
def test_each_paragraph_story_of_a_digest_is_filed_under_its_own_dateline(
    nlp: Language,
) -> None:
    """A digest whose stories open paragraphs: each lead takes its own dateline, and
    "here" in the second names its town, not the first's."""
    text = (
        "Talks on the budget stalled on Monday.\n"
        "    LIMA - Peruvian police arrested ten students.\n"
        "    NAIROBI - Kenyan police arrested twenty students at a rally here.\n"
    )
    extraction = extract(Article("t", text, "1987-04-07"), nlp(text))
    assert [(e.sentence, e.location) for e in extraction.events] == [
        (2, "lima_per"),
        (3, "nairobi_ken"),
    ]


@pytest.mark.slow
def test_a_digest_s_header_is_no_word_of_its_first_story(nlp: Language) -> None:
    """ "NEWS HIGHLIGHTS" above the first dateline ends there: the troops are Syria's."""
    text = (
        "NEWS HIGHLIGHTS\n"
        "    BEIRUT - Syrian troops clashed with Amal militiamen.\n"
        "    LIMA - Peruvian police arrested ten students.\n"
    )
    extraction = extract(Article("t", text, "1987-04-07"), nlp(text))
    assert {e.source for e in extraction.events} == {"syrian_military", "peruvian_police"}


@pytest.mark.slow
def test_here_is_not_the_datelines_town_where_its_sentence_names_another_place(
    nlp: Language,
) -> None:
    """ "In Quito, ... said rebels 'will be defeated here'": here is Quito, not Lima."""
    text = (
        "LIMA - Peru and Chile held talks on Monday. In Quito, the Ecuadorean president "
        'told Peruvian officials, "The rebels will be attacked here."\n'
    )
    extraction = extract(Article("t", text, "1987-04-07"), nlp(text))
    assert "lima_per" not in {e.location for e in extraction.events if e.sentence == 2}


def test_a_texts_own_dateline_counts_toward_a_digest() -> None:
    """An opening dateline and one paragraph's are two stories' datelines."""
    text = "KUWAIT - Kuwait condemned Iran.\n    RIYADH - Saudi Arabia said Iran attacked.\n"
    assert story_starts(text) == [0, text.index("RIYADH")]


@pytest.mark.slow
def test_here_keeps_the_datelines_town_beside_a_place_of_another_act(nlp: Language) -> None:
    """ "met the envoy here, two days after talks in Moscow": the talks were in Moscow,
    the meeting here, in Baghdad."""
    text = "BAGHDAD - Iraq's president met a Soviet envoy here on Sunday, after talks in Moscow."
    extraction = extract(Article("t", text, "1987-04-07"), nlp(text))
    assert {e.location for e in extraction.events if e.cameo.startswith("04")} == {"baghdad_irq"}
