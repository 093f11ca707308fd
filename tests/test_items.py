"""The stories of a wire digest (:mod:`kg.extract.items`): rule lines found in text, and
with the real model, each story's sentences, dateline and scene its own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.items import item_starts, rule_lines
from kg.ingest import Article

DIGEST = (
    "Government troops shelled rebel positions near Jaffna on Monday, the army said.\n"
    "   - - - -\n"
    "   MANILA - Communist rebels ambushed an army patrol, killing five soldiers.\n"
    "   - - - -\n"
    "   NAIROBI - Kenyan police arrested twenty students.\n"
)


def test_a_line_of_three_or_more_marks_is_a_rule_and_the_story_after_it_an_item() -> None:
    text = "Rebels shelled the town.\n  * * *\n  LIMA - Police arrested ten men.\n=====\n"
    assert [text[a:b] for a, b in rule_lines(text)] == ["* * *", "====="]
    assert item_starts(text) == [0, text.index("LIMA")]  # nothing after the last rule


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
    assert item_starts(text) == [0]


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
    assert {"rebels", "kenyan_police"} <= {e.source for e in extraction.events}
    assert not [a for a in extraction.actors if a.key.startswith(("manila", "nairobi"))]


@pytest.mark.slow
def test_a_story_s_scene_is_not_the_next_story_s(nlp: Language) -> None:
    """A battle report's later acts take its scene; the story after a rule line names
    its own or none."""
    text = "Iraqi jets raided Kharg Island on Sunday.\n  * * *\n  Rebels attacked a convoy.\n"
    extraction = extract(Article("digest", text, "1987-04-07"), nlp(text))
    assert [(e.source, e.location) for e in extraction.events] == [
        ("iraqi_military", "kharg_island"),
        ("rebels", None),
    ]


@pytest.mark.slow
def test_a_story_gives_no_side_to_the_next_story_s_agents(nlp: Language) -> None:
    """A bare agent takes the side its article gave an agent of its role; in a digest,
    only its own story's."""
    text = (
        "Israeli troops raided a village near Hebron.\n"
        "   - - - -\n"
        "   LIMA - Police fired on the troops, killing two.\n"
    )
    extraction = extract(Article("digest", text, "1987-04-07"), nlp(text))
    assert [(e.source, e.target) for e in extraction.events if e.sentence == 3] == [
        ("police", "military")
    ]


@pytest.mark.slow
def test_a_digest_is_about_no_one_country(nlp: Language) -> None:
    """Bare agents of a story about Japan are Japan's; in a digest, the country one
    story names most is not another story's."""
    text = (
        "TOKYO - Japan's cabinet approved a new budget. Japan also criticised China.\n"
        "   - - - -\n"
        "   LIMA - Police arrested fifty workers after a protest.\n"
    )
    extraction = extract(Article("digest", text, "1987-04-07"), nlp(text))
    assert ("police", "workers") in {(e.source, e.target) for e in extraction.events}
    assert not [a for a in extraction.actors if a.code in {"JPNCOP", "JPNLAB"}]
