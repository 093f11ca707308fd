"""Discards: sentences and stories that event coders leave uncoded.

News about sport, entertainment and disease uses the verbs of conflict ("United beat
City", "the champion crushed his rival", "bird flu attacks the lungs"), and PETRARCH's
coders keep such text out with a discard list (``kg/data/petrarch/Phoenix.discards.txt``,
read by :mod:`kg.verbs`): a phrase keeps its sentence from being coded, a phrase written
with ``+`` its whole story. The ``kg_discards`` pipeline component finds the phrases as
PETRARCH matches them, case-insensitively from the start of a word, the last word a stem
unless written with a trailing ``_`` ("BASEBALL" is also "baseballs"), and writes each
match to ``doc.spans["discards"]`` labelled ``sentence`` or ``story``. The stems are
there for a noun's plural and its doers (:data:`STEM_ENDINGS`: "champions",
"cricketers"): a verb is not one ("the U.S. championed the deal"), nor another word
the stem begins ("+UNDER PAR", a golf score, discards no story of debts rescheduled
"under Paris Club rules"), where PETRARCH, without a tagger, takes any word the stem
starts. A match inside a longer name of an organisation names the organisation
("Marathon Oil"), and is no discard. Events are not coded in a discarded sentence, nor
anywhere in a discarded story; the open triples of the text are kept.

The list also discards sentences that name a year from 1914 to 2013 or a time "weeks
ago": for PETRARCH, coding the day's news, they mark a retelling of the past. kg dates
its events instead (:mod:`kg.extract.dates`), and a sentence naming the past mostly
reports an act of the day about it ("offered to hand over the suspects of the 1988
bombing"), so a match that is a year, that the model tags as a date, or that a "since"
phrase measures from is no discard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.extract.tree import entity_of
from kg.verbs import Discard, Scope, load_verbs

__all__ = ["DISCARDS", "DiscardMatcher", "discarded_sentences"]

DISCARDS = "discards"  # the Doc's span group
# What a stem takes after it: a noun's plural ("baseballs", "matches") or the noun of
# its doers ("cricketers", "footballers"), no other word it begins ("under par" is not
# "under Paris Club rules", nor "under party pressure").
STEM_ENDINGS = frozenset({"s", "es", "er", "ers"})


@dataclass(frozen=True)
class _Phrase:
    """A discard as words of the tokenizer: all but the last matched whole, the last
    whole when ``exact``, else as a prefix of a word."""

    words: tuple[str, ...]
    exact: bool
    scope: Scope
    key: str  # the phrase as the list writes it

    def matches(self, doc: Doc, lowers: list[str], start: int) -> bool:
        *whole, last = self.words
        end = start + len(whole)
        if end >= len(lowers) or lowers[start:end] != whole:
            return False
        if lowers[end] == last:
            return True
        word = lowers[end]
        return (
            not self.exact
            and word.startswith(last)
            and word[len(last) :] in STEM_ENDINGS
            and doc[end].pos_ != "VERB"
        )


class DiscardMatcher:
    """Marks discard phrases in a Doc (see the module docstring).

    A PhraseMatcher cannot match a stem, and a token Matcher with a prefix test per
    pattern would run each of the list's 450 patterns on every word; the phrases are
    instead indexed by their first word, or by the stem when that is the only word, so a
    word costs a lookup per prefix of it as long as a stem."""

    def __init__(self, nlp: Language, discards: Iterable[Discard] | None = None) -> None:
        self.by_first: dict[str, list[_Phrase]] = {}
        self.by_stem: dict[str, list[_Phrase]] = {}
        for discard in load_verbs().discards.entries if discards is None else discards:
            words = tuple(t.lower_ for t in nlp.make_doc(" ".join(discard.words)))
            phrase = _Phrase(words, discard.exact, discard.scope, discard.phrase)
            index = self.by_stem if len(words) == 1 and not discard.exact else self.by_first
            index.setdefault(words[0], []).append(phrase)
        # The lengths stems come in, shortest first, and the stems cut to the shortest:
        # a word is looked up at those lengths, and only when it starts as a stem does.
        self.stem_sizes = sorted({len(stem) for stem in self.by_stem})
        self.shortest_stem = self.stem_sizes[0] if self.stem_sizes else 0
        self.stem_starts = {stem[: self.shortest_stem] for stem in self.by_stem}

    def __call__(self, doc: Doc) -> Doc:
        lowers = [t.lower_ for t in doc]
        spans: dict[tuple[int, int, str], Span] = {}
        for i, lower in enumerate(lowers):
            found = list(self.by_first.get(lower, ()))
            if lower[: self.shortest_stem] in self.stem_starts:
                for size in self.stem_sizes:
                    if size > len(lower):
                        break
                    found.extend(self.by_stem.get(lower[:size], ()))
            for phrase in found:
                end, label = i + len(phrase.words), phrase.scope.value
                if (
                    phrase.matches(doc, lowers, i)
                    and (i, end, label) not in spans
                    and not _time(doc[i:end], phrase)
                    and not _in_name(doc[i:end])
                ):
                    spans[i, end, label] = Span(doc, i, end, label=label, kb_id=phrase.key)
        doc.spans[DISCARDS] = list(spans.values())
        return doc


def _time(span: Span, phrase: _Phrase) -> bool:
    """Whether a match is a reference to time (see the module docstring): a year, words
    the model tags as a date ("two weeks ago", "the 1990s"), or the past that a "since"
    phrase measures today's act from ("the first tariffs since World War Two")."""
    since = span.root.dep_ == "pobj" and span.root.head.lower_ == "since"
    return since or phrase.key.isdigit() or any(t.ent_type_ == "DATE" for t in span)


def _in_name(span: Span) -> bool:
    """Whether a match is part of a longer name of an organisation: "Marathon Oil" or
    "Champion International Corp" is a company, not a race or a title."""
    entity = entity_of(span[0])
    return entity is not None and entity.label_ == "ORG" and len(entity) > len(span)


@Language.factory("kg_discards")
def make_discard_matcher(nlp: Language, name: str) -> DiscardMatcher:
    """The ``kg_discards`` component (see the module docstring)."""
    return DiscardMatcher(nlp)


def discarded_sentences(doc: Doc, sentence_of: Mapping[int, int]) -> frozenset[int]:
    """The numbers (as ``sentence_of`` gives them) of the sentences not to code: every
    sentence of a discarded story."""
    numbers: set[int] = set()
    for span in doc.spans.get(DISCARDS, ()):
        if span.label_ == Scope.STORY.value:
            return frozenset(sentence_of.values())
        if span.start in sentence_of:
            numbers.add(sentence_of[span.start])
    return frozenset(numbers)
