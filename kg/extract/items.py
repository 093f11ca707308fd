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
footer's) parts no story. A paragraph opening with a dateline parts stories only where
its town is one the gazetteers know, a town or a country ("NOTE -", "CORRECTION -", a
speaker's name in a transcript are labels), and where the text has two or more, its
own opening dateline counted: one alone may be a second story added at the end, while a
digest repeats its form. Each
story starts a sentence: a digest's header ("NEWS HIGHLIGHTS") is no word of its
first story's.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from functools import partial

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.tree import derived, doc_text
from kg.gazetteer import load_gazetteer
from kg.places import load_places

__all__ = [
    "DATELINE",
    "STOPS",
    "block_datelines",
    "doc_story_starts",
    "is_digest",
    "mark_items",
    "rule_lines",
    "stories",
    "story_start",
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
    items = [m.end() for m in PARAGRAPH.finditer(text) if _filed_from_a_place(text, m.end())]
    opening = _VISIBLE.search(text)  # the text's own dateline, the first story's
    if len(items) + (opening is not None and _filed_from_a_place(text, opening.start())) > 1:
        starts.update(items)
    return sorted(starts)


def _filed_from_a_place(text: str, at: int) -> bool:
    """Whether a dateline opens the text at ``at`` whose town the gazetteers know as a
    town or a country ("BEIRUT -", "BAHRAIN -"): a paragraph opening with a label in
    capitals ("NOTE -", "CORRECTION -", a speaker's name in a transcript, "FUNARO:")
    is no story's."""
    found = DATELINE.match(text, at)
    if found is None:
        return False
    town = " ".join(found.group("town").split()).title()
    entry = load_gazetteer().lookup(town)
    return load_places().lookup(town) is not None or (entry is not None and entry.type == "State")


# The tokens after which a run of text may end a sentence, and the quotation marks that
# may close a quotation after one.
STOPS = frozenset({".", "!", "?"})
CLOSING_QUOTES = frozenset({'"', "''", "\u201d", "\u2019", "'"})


def _after_closed_line(doc: Doc) -> list[tuple[int, int]]:
    """Where a line that ends a sentence with a quotation ('… to "change the power."',
    then a line break) closes, and where the next line opens (token positions): the
    parser reads a line break after a stop as a boundary, but not after the quotation
    marks that close on one; it ran the next paragraph on into the quoted sentence, or
    made the closing marks a sentence of their own."""
    starts = []
    for token in doc:
        if token.text not in STOPS:
            continue
        last = token
        while last.i + 1 < len(doc) and doc[last.i + 1].text in CLOSING_QUOTES:
            last = doc[last.i + 1]
        if last is token:
            continue
        after = last.i + 1
        broken = "\n" in last.whitespace_
        while after < len(doc) and doc[after].is_space:
            broken = broken or "\n" in doc[after].text
            after += 1
        if broken and after < len(doc):
            starts.append((token.i + 1, after))
    return starts


@Language.component("kg_items")
def mark_items(doc: Doc) -> Doc:
    """The ``kg_items`` component, first in the pipeline: ``doc`` (tokenised, not parsed)
    with a sentence start at each rule line, at the text after one, at each story, and
    at a line after a quotation that closes a sentence (:func:`_after_closed_line`),
    which the parser keeps."""
    for closing, opening in _after_closed_line(doc):
        for token in doc[closing:opening]:
            token.is_sent_start = False
        doc[opening].is_sent_start = True
    text = doc.text
    for start, end in rule_lines(text):
        _start_sentence(doc, start)
        found = _VISIBLE.search(text, end)
        if found is not None:
            _start_sentence(doc, found.start())
    for start in doc_story_starts(doc)[1:]:  # a story opening a paragraph
        _start_sentence(doc, start)
    return doc


@Language.component("kg_datelines")
def block_datelines(doc: Doc) -> Doc:
    """The ``kg_datelines`` component, just before the model's NER: each story's dateline
    is no part of a name, so the model cannot tag "BEIRUT - Syrian" one name and lose
    the troops' side in "BEIRUT - Syrian troops clashed ..." (the town is read from the
    dateline itself, :func:`kg.extract.places.resolve_places`). A name found there
    before (the gazetteer's) keeps only its words after the dateline. Nor is it part of
    a phrase of the sentence (:func:`_detach`)."""
    # the starts kg_items found on the article's text (a copy with a word lowered after
    # "U.S.", kg.extract.casing, keeps them, and its datelines where they were)
    blocked = [s for s in map(partial(_dateline, doc), doc_story_starts(doc)) if s is not None]
    if not blocked:
        return doc
    for dateline in blocked:
        _detach(dateline)
    words = {t.i for span in blocked for t in span}
    kept = []
    for ent in doc.ents:
        left = [t.i for t in ent if t.i not in words]
        if left and left[-1] - left[0] + 1 == len(left):
            kept.append(Span(doc, left[0], left[-1] + 1, label=ent.label_, kb_id=ent.kb_id_))
    doc.set_ents(kept, blocked=blocked, default="outside")
    return doc


def _detach(dateline: Span) -> None:
    """Hang the dateline's words on its town and the town on the root of the sentence it
    opens, as a word of no phrase (``dep``): the parser reads "BOGOTA (Reuters) - Drug
    traffickers bombed ..." as traffickers of Reuters, and the agency then stood for the
    bombers. A word of the sentence the parser hung on a dateline word takes that
    word's place, its head and label. A dateline the parser made a sentence of its own,
    or the root of its sentence, is left as it is."""
    doc = dateline.doc
    if dateline.end >= len(doc):
        return
    sentence = doc[dateline.end].sent
    inside = range(dateline.start, dateline.end)
    if sentence.start > dateline.start or sentence.root.i in inside:
        return
    for token in sentence:
        if token.i in inside or token.head.i not in inside:
            continue
        top = token.head
        while top.head.i in inside:
            top = top.head
        token.head, token.dep_ = top.head, top.dep_
    town = dateline[0]
    for token in dateline[1:]:
        token.head, token.dep_ = town, "punct" if token.is_punct else "dep"
    town.head, town.dep_ = sentence.root, "dep"


def _dateline(doc: Doc, start: int) -> Span | None:
    """The words of the dateline opening a story at ``start`` (the town, its country, the
    agency and the dash), if one does."""
    found = DATELINE.match(doc.text, start)
    if found is None:
        return None
    return doc.char_span(start, found.end(), alignment_mode="contract")


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


def story_start(doc: Doc, i: int) -> int:
    """The first token of the story of ``doc`` that its token ``i`` is in."""
    opened = max(c for c in doc_story_starts(doc) if c <= doc[i].idx)
    span = doc.char_span(opened, opened + 1, alignment_mode="expand") if opened else None
    return span.start if span is not None else 0


def doc_story_starts(doc: Doc) -> list[int]:
    """:func:`story_starts` of ``doc``'s text, found once per document."""
    return derived(doc, "story starts", lambda d: story_starts(doc_text(d)))


def is_digest(doc: Doc) -> bool:
    """Whether ``doc`` strings several stories together: it is then about no one country
    (the one its stories name most gives no side to another story's agents)."""
    return len(doc_story_starts(doc)) > 1
