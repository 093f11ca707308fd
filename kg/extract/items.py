"""The stories of a text: a wire digest strings several stories together, each with its
own dateline, separated by a rule line ("- - - -", "-----", "* * *") or each opening a
paragraph ("NEWS HIGHLIGHTS": "    BEIRUT - Syria intervened ...").

A rule line ends what is before it as a full stop ends a sentence, but the parser reads
neither the rule nor the line break after it as a boundary: "... killing thousands of
Iranians. - - - - BEIRUT - Rescue workers planned ..." became one sentence whose
subject was "BEIRUT - Rescue". So the rule and the text after it each start a sentence
(the ``kg_items`` component sets those starts before the parser). Where a dateline
follows the rule, a new story begins: its dateline is a dateline
(:func:`kg.extract.places.resolve_places`), not only the text's first, what a story
gives its acts (a battle's scene, the other side of a targetless act) stays in that
story (:func:`stories`), and a digest has no country it is about (:func:`is_digest`).
A rule with no dateline after it (a section break "* * *", a heading's underline, a
footer's) parts no story. A paragraph opening in capitals and a dash parts stories only
where the text has two or more: one alone is as often a note ("NOTE - Shr applies to
...") as a second story, while a digest repeats its form.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping

from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.tree import derived, doc_text

__all__ = [
    "DATELINE",
    "doc_story_starts",
    "is_digest",
    "mark_items",
    "rule_lines",
    "stories",
    "story_starts",
]

# A line of nothing but three or more rule marks (ASCII or box-drawing dashes), spaced or
# not, whatever its line ending.
RULE_LINE = re.compile(r"^[ \t]*(?:[-*=_~#+\u2013\u2014\u2015\u2500][ \t]*){3,}\r?$", re.MULTILINE)
_VISIBLE = re.compile(r"\S")
# Where a paragraph opens: after a line break and an indent, or after a blank line.
PARAGRAPH = re.compile(r"\n(?:[ \t]*\r?\n)*[ \t]+(?=\S)|\n(?:[ \t]*\r?\n)+(?=\S)")
# A wire dateline: a town in capitals, maybe its country or state, maybe the agency, then
# a colon or dash ("KHARTOUM, Sudan:", "WASHINGTON, March 3 -", "GAZA (Reuters) -").
DATELINE = re.compile(
    r"\s*(?P<town>[A-Z][A-Z.'\- ]*[A-Z])(?:,[ \t]*[A-Z][\w.' ]*?)?"
    r"(?:[ \t]*\([A-Za-z ]+\))?[ \t]*(?::|--?|\u2013|\u2014)[ \t]"
)


def rule_lines(text: str) -> list[tuple[int, int]]:
    """Where each rule line's marks begin and end, in characters."""
    return [
        (m.start() + len(m.group()) - len(m.group().lstrip()), m.end())
        for m in RULE_LINE.finditer(text)
    ]


def story_starts(text: str) -> list[int]:
    """Where each story of ``text`` begins, in characters: at 0, after each rule line that
    a dateline follows, and at each paragraph that opens with a dateline where two or
    more do."""
    starts = {0}
    for _start, end in rule_lines(text):
        found = _VISIBLE.search(text, end)
        if found is not None and DATELINE.match(text, found.start()):
            starts.add(found.start())
    items = [m.end() for m in PARAGRAPH.finditer(text) if DATELINE.match(text, m.end())]
    if len(items) > 1:
        starts.update(items)
    return sorted(starts)


@Language.component("kg_items")
def mark_items(doc: Doc) -> Doc:
    """The ``kg_items`` component, first in the pipeline: ``doc`` (tokenised, not parsed)
    with a sentence start at each rule line and at the text after one, which the parser
    keeps."""
    text = doc.text
    for start, end in rule_lines(text):
        _start_sentence(doc, start)
        found = _VISIBLE.search(text, end)
        if found is not None:
            _start_sentence(doc, found.start())
    return doc


def _start_sentence(doc: Doc, char: int) -> None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is not None and span.start > 0:
        doc[span.start].is_sent_start = True


def stories(doc: Doc, sentence_of: Mapping[int, int]) -> Callable[[int], int]:
    """The story (0 for the first) of each sentence number of ``doc`` (``sentence_of``:
    token → sentence number, :func:`kg.extract.actors.sentence_numbers`)."""
    tokens = sorted(sentence_of)
    firsts = []
    for start in doc_story_starts(doc)[1:]:
        span = doc.char_span(start, start + 1, alignment_mode="expand")
        at = bisect_left(tokens, span.start) if span is not None else len(tokens)
        if at < len(tokens):
            firsts.append(sentence_of[tokens[at]])
    return lambda sentence: bisect_right(firsts, sentence)


def doc_story_starts(doc: Doc) -> list[int]:
    """:func:`story_starts` of ``doc``'s text, found once per document."""
    return derived(doc, "story starts", lambda d: story_starts(doc_text(d)))


def is_digest(doc: Doc) -> bool:
    """Whether ``doc`` strings several stories together: it is then about no one country
    (the one its stories name most gives no side to another story's agents)."""
    return len(doc_story_starts(doc)) > 1
