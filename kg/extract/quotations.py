"""Direct quotations: which words a text sets in quotation marks, and which of its
sentences lie wholly inside one.

News quotes a speaker over several sentences and paragraphs and names the speaker once:
'"We will respond," Khamenei said. "Mr. Reagan has committed a big mistake."' The
second sentence has no reporting verb, yet it is Khamenei's, as a reader and a coder
take it; :func:`kg.extract.clauses.speech_head` gives such a sentence the reporting verb
of its quotation (:func:`quotation_holding`).

A straight mark (``"``) opens a quotation where none is open and closes the open one;
curly and TeX-style marks say which they do. Wire style leaves a quotation that runs on
into the next paragraph unclosed, and opens the next paragraph with a mark, so a
quotation still open at a paragraph's end ends there, and the mark that begins the next
paragraph opens another.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span

from kg.extract.items import PARAGRAPH
from kg.extract.tree import derived, doc_text, words

__all__ = ["quotation_holding", "quotations"]

OPENING_MARKS = frozenset({"\u201c", "``"})
CLOSING_MARKS = frozenset({"\u201d", "''"})
STRAIGHT_MARKS = frozenset({'"'})


def quotations(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges (start, end) of the words inside each quotation, its marks
    excluded, in order; found once per document."""
    return derived(doc, "quotations", _quotations)


def _paragraphs(doc: Doc) -> list[int]:
    return [m.end() for m in PARAGRAPH.finditer(doc_text(doc))]


def _quotations(doc: Doc) -> list[tuple[int, int]]:
    paragraphs = derived(doc, "paragraphs", _paragraphs)
    found: list[tuple[int, int]] = []
    opened: tuple[int, int] | None = None  # (first word inside, paragraph)
    for token in words(doc):
        paragraph = bisect_right(paragraphs, token.idx)
        if opened is not None and paragraph != opened[1]:
            found.append((opened[0], token.i))  # run on: it ends with its paragraph
            opened = None
        mark = token.text
        if mark in OPENING_MARKS or (mark in STRAIGHT_MARKS and opened is None):
            opened = (token.i + 1, paragraph)
        elif (mark in CLOSING_MARKS or mark in STRAIGHT_MARKS) and opened is not None:
            found.append((opened[0], token.i))
            opened = None
    if opened is not None:
        found.append((opened[0], len(doc)))
    return [(start, end) for start, end in found if end > start]


def quotation_holding(sentence: Span) -> tuple[int, int] | None:
    """The quotation that holds every word of ``sentence`` (its punctuation aside), if
    one does: a sentence that is all quoted speech. Words of a later paragraph that the
    parser left in the sentence are not its own (a sign-off: '... his problems." REUTER')."""
    doc = sentence.doc
    paragraphs = derived(doc, "paragraphs", _paragraphs)
    inside = [t.i for t in sentence if not (t.is_punct or t.is_space)]
    if inside:
        ends = bisect_right(paragraphs, doc[inside[0]].idx)
        if ends < len(paragraphs):
            inside = [i for i in inside if doc[i].idx < paragraphs[ends]]
    if not inside:
        return None
    for start, end in quotations(doc):
        if start <= inside[0] and inside[-1] < end:
            return start, end
    return None
