"""The model's tag map and word exceptions, applied by lookup instead of by its Matcher.

The model's ``attribute_ruler`` gives each token its coarse part of speech, morphology
and some lemmas from the tagger's tag and the word ("VBZ" is a finite verb, "'s" tagged
VBZ is "be", "n't" is a negation), in about 180 rules that spaCy runs through its
token Matcher: a state machine per rule and token, and a Span per match, some 4 to 5
ms an article, as long as the tagger. Almost every rule tests one token, on a few of
its attributes (tag, lower case, dependency label, whether it is a space), so the
``kg_attributes`` component, which takes its place, looks the token's attributes up:
each value read gives the set of rule tokens it satisfies (cached per value, the rules
as bits of an integer), the rules a token satisfies are the intersection, and what a
set of rules writes is merged once, in the ruler's order. The few rules of two tokens
("gon na", "there is") are found from the same bits, and anything a lookup cannot
decide exactly (an operator, a morphology or extension test) is left to a Matcher of
those rules alone.

It reproduces the ruler exactly (spaCy's ``AttributeRuler.match`` and
``set_annotations``): every rule is matched against the tokens as they come in, before
any is written; the rules apply in the ruler's order, a later one overriding an earlier
one's value; each writes the token at its ``index``, with spaCy's ``set_token_attrs``.
It is built from the loaded ruler's own patterns, so it follows whatever model is
loaded. A ruler with a rule that writes a word's lexeme or an extension (shared between
tokens, so written in the ruler's order across them; no rule of the English models
does) is left to run itself.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from spacy.errors import Errors
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc, Span, Token
from spacy.tokens._retokenize import set_token_attrs
from spacy.vocab import Vocab

__all__ = ["RULER", "AttributeLookup", "replace_attribute_ruler"]

RULER = "attribute_ruler"  # the model's component this one replaces
IDS: Mapping[str, int] = importlib.import_module("spacy.attrs").IDS  # (spaCy has no stub)
# A test of a token attribute's value (its ID): whether it is "IN" or "NOT_IN" a set of
# IDs, or the "REGEX" searches its string.
_Test = tuple[str, Any]
_Attrs = dict[int | str, Any]  # normalised attributes to write, as the ruler keeps them
# Attributes whose IDs the Matcher and Doc.to_array read alike (not SENT_START, which
# the Matcher reads as a boolean) and whose tests are plain values: not MORPH (whose sets
# are of features), nor extensions.
_UNREADABLE = frozenset({IDS["SENT_START"], IDS["MORPH"]})
# What set_token_attrs writes on the token alone: anything else (a lexeme's attribute,
# an extension) is shared between tokens, and must be written in the ruler's own order.
_LEXICAL = frozenset(
    {IDS[name] for name in ("ID", "ORTH", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LANG")}
)


class _Unsupported(Exception):
    """A pattern token that a lookup cannot decide exactly (left to a Matcher)."""


def _tests(vocab: Vocab, spec: Mapping[str | int, Any]) -> list[tuple[int, _Test]]:
    """The tests of one pattern token, each on one attribute's ID, as the Matcher
    makes them (``spacy.matcher.matcher._get_attr_values`` and its predicates)."""
    tests: list[tuple[int, _Test]] = []
    for key, value in spec.items():
        name = key.upper() if isinstance(key, str) else key
        if name == "TEXT":
            name = "ORTH"
        if name in ("_", "OP", "IS_SENT_START"):
            raise _Unsupported(name)
        attr = IDS.get(name) if isinstance(name, str) else name
        if attr is None or attr in _UNREADABLE or not isinstance(attr, int):
            raise _Unsupported(name)
        if isinstance(value, dict):
            tests.extend((attr, test) for test in _predicates(value))
        else:
            tests.append((attr, _equals(vocab, attr, value)))
    return tests


def _equals(vocab: Vocab, attr: int, value: object) -> _Test:
    if isinstance(value, str):
        if attr == IDS["ENT_IOB"] and value in Token.iob_strings():
            target = Token.iob_strings().index(value)
        else:
            target = vocab.strings.add(value)
    elif isinstance(value, bool | int):
        target = int(value)
    else:
        raise _Unsupported(value)
    return ("IN", frozenset({target}))


def _predicates(predicates: Mapping[str, Any]) -> list[_Test]:
    tests: list[_Test] = []
    for predicate, value in predicates.items():
        if predicate in ("IN", "NOT_IN") and isinstance(value, list | tuple):
            if not all(isinstance(v, str | int) for v in value):
                raise _Unsupported(value)
            tests.append((predicate, frozenset(get_string_id(v) for v in value)))
        elif predicate == "REGEX" and isinstance(value, str):
            tests.append((predicate, re.compile(value).search))
        else:  # sets of features, comparisons, fuzzy or nested tests
            raise _Unsupported(predicate)
    return tests


def _passes(strings: StringStore, value: int, tests: Iterable[_Test]) -> bool:
    """Whether ``value`` passes every test, as the Matcher's predicates decide."""
    for kind, data in tests:
        if kind == "IN":
            passed = value in data
        elif kind == "NOT_IN":
            passed = value not in data
        else:
            passed = bool(data(strings[value]))
        if not passed:
            return False
    return True


class _Masks(dict[int, int]):
    """For each value of one attribute, the pattern tokens it satisfies (as bits).

    Most tests are of one set of values ("TAG": "VBZ", "LOWER": {"IN": [...]}), and are
    indexed by value, so that a word first seen costs a few lookups."""

    def __init__(
        self, strings: StringStore, free: int, tests: Sequence[tuple[int, Sequence[_Test]]]
    ) -> None:
        super().__init__()
        self.strings = strings
        self.free = free  # the pattern tokens that do not test the attribute
        self.among: dict[int, int] = {}  # a value → the tokens that test it is among some
        self.excluding = 0  # the tokens that test it is not among some
        self.excluded: dict[int, int] = {}  # a value → those of them it fails
        self.other: list[tuple[int, Sequence[_Test]]] = []  # each token's tests
        for bit, token in tests:
            if len(token) == 1 and token[0][0] in ("IN", "NOT_IN"):
                kind, values = token[0]
                index = self.among if kind == "IN" else self.excluded
                for value in values:
                    index[value] = index.get(value, 0) | bit
                if kind == "NOT_IN":
                    self.excluding |= bit
            else:
                self.other.append((bit, token))

    def __missing__(self, value: int) -> int:
        mask = self.free | self.among.get(value, 0)
        mask |= self.excluding & ~self.excluded.get(value, 0)
        for bit, tests in self.other:
            if _passes(self.strings, value, tests):
                mask |= bit
        self[value] = mask
        return mask


@dataclass
class _Sequence:
    """A pattern of several tokens (or one the lookup leaves alone, ``bits`` empty)."""

    rule: int
    bits: list[int]  # one per token, in order
    index: int  # the token written, from the start (as the ruler's index picks it)


@dataclass
class _Rules:
    columns: list[int | str] = field(default_factory=list)  # the attributes tested, as read
    masks: list[_Masks] = field(default_factory=list)  # per column
    singles: dict[int, int] = field(default_factory=dict)  # bit → rule, one token
    sequences: list[_Sequence] = field(default_factory=list)
    starts: int = 0  # the bits of the sequences' first tokens
    everything: int = 0  # all the bits
    fallback: Matcher | None = None


class AttributeLookup:
    """The ``kg_attributes`` component (see the module docstring), made from ``ruler``."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        self.vocab: Vocab = ruler.vocab
        self.attrs: list[_Attrs] = [dict(attrs) for attrs in ruler.attrs]
        self.indices: list[int] = list(ruler.indices)
        # Whether every rule writes the token alone, so that what a token's rules write
        # can be merged; otherwise (no rule of the English models) the writes must keep
        # the ruler's order across tokens, and the ruler itself runs.
        self.local = all(
            not any(k == "_" or (isinstance(k, int) and (k < 64 or k in _LEXICAL)) for k in a)
            for a in self.attrs
        )
        self.rules = self._compile(ruler.patterns)
        self.singles_of: dict[int, int] = {}  # mask of bits → mask of rules (one token)
        self.writes: dict[int, _Attrs] = {}  # mask of rules → what they write, merged

    def _compile(self, patterns: Iterable[Mapping[str, Any]]) -> _Rules:
        rules = _Rules()
        specs: list[list[tuple[int, _Test]]] = []  # bit i's tests
        fallback: list[tuple[int, list[list[dict[str, Any]]]]] = []
        for rule, pattern in enumerate(patterns):
            for tokens in pattern["patterns"]:
                length, index = len(tokens), int(pattern["index"])
                try:
                    if not -length <= index < length:
                        raise _Unsupported(index)  # the ruler's error, from the Matcher
                    tested = [_tests(self.vocab, spec) for spec in tokens]
                except _Unsupported:
                    fallback.append((rule, [tokens]))
                    continue
                bits = [1 << (len(specs) + i) for i in range(length)]
                specs.extend(tested)
                if length == 1:
                    rules.singles[bits[0]] = rule
                else:
                    rules.sequences.append(_Sequence(rule, bits, index % length))
                    rules.starts |= bits[0]
        everything = rules.everything = (1 << len(specs)) - 1
        rules.columns = sorted({attr for tests in specs for attr, _ in tests})
        for column in rules.columns:
            tests = [
                (1 << bit, [test for attr, test in spec if attr == column])
                for bit, spec in enumerate(specs)
                if any(attr == column for attr, _ in spec)
            ]
            testing = sum(bit for bit, _ in tests)
            rules.masks.append(_Masks(self.vocab.strings, everything & ~testing, tests))
        if fallback:
            rules.fallback = Matcher(self.vocab, validate=False)
            for rule, tokens in fallback:
                rules.fallback.add(self.vocab.strings.add(str(rule)), tokens)
        return rules

    def __call__(self, doc: Doc) -> Doc:
        if not self.local:
            return self.ruler(doc)
        writes = self.writes
        for i, rules in self.match(doc).items():  # token → the rules that write it
            attrs = writes.get(rules)
            if attrs is None:
                attrs = writes[rules] = self._merged(rules)
            set_token_attrs(doc[i], attrs)
        return doc

    def match(self, doc: Doc) -> dict[int, int]:
        """Each token some rule writes, with those rules (bit ``r`` is rule ``r``)."""
        rules = self.rules
        matched: dict[int, int] = {}
        if len(doc) and rules.everything:
            masks = [rules.everything] * len(doc)
            if rules.columns:
                array = doc.to_array(rules.columns).reshape(len(doc), len(rules.columns))
                values = cast(list[list[int]], array.T.tolist())
                masks = [rules.masks[0][v] for v in values[0]]
                for column, read in zip(rules.masks[1:], values[1:], strict=True):
                    masks = [m & column[v] for m, v in zip(masks, read, strict=True)]
            singles_of = self.singles_of
            for i, mask in enumerate(masks):
                found = singles_of.get(mask)
                if found is None:
                    found = singles_of[mask] = self._singles(mask)
                if found:
                    matched[i] = found
            if rules.starts:
                self._sequences(masks, matched)
        if rules.fallback is not None:
            self._fallback(doc, matched)
        return matched

    def _singles(self, mask: int) -> int:
        rules, singles = 0, self.rules.singles
        while mask:
            bit = mask & -mask
            mask ^= bit
            if bit in singles:
                rules |= 1 << singles[bit]
        return rules

    def _sequences(self, masks: list[int], matched: dict[int, int]) -> None:
        starts, length = self.rules.starts, len(masks)
        for start in (i for i, mask in enumerate(masks) if mask & starts):
            for sequence in self.rules.sequences:
                bits = sequence.bits
                if start + len(bits) <= length and all(
                    masks[start + k] & bit for k, bit in enumerate(bits)
                ):
                    i = start + sequence.index
                    matched[i] = matched.get(i, 0) | 1 << sequence.rule

    def _fallback(self, doc: Doc, matched: dict[int, int]) -> None:
        assert self.rules.fallback is not None
        strings = self.vocab.strings
        for key, start, end in self.rules.fallback(doc, allow_missing=True):
            rule = int(strings[key])
            span, index = Span(doc, start, end), self.indices[rule]
            try:
                i = span[index].i
            except IndexError:
                raise ValueError(
                    Errors.E1001.format(
                        patterns=self.rules.fallback.get(key),
                        span=[t.text for t in span],
                        index=index,
                    )
                ) from None
            matched[i] = matched.get(i, 0) | 1 << rule

    def _merged(self, rules: int) -> _Attrs:
        merged: _Attrs = {}
        for rule in _rules(rules):
            merged.update(self.attrs[rule])
        return merged


def _rules(mask: int) -> Iterable[int]:
    """The rules of a mask, in order."""
    rule = 0
    while mask:
        if mask & 1:
            yield rule
        mask >>= 1
        rule += 1


def replace_attribute_ruler(nlp: Language) -> None:
    """Put ``kg_attributes`` in the place of the model's ``attribute_ruler``, if it has
    one."""
    if RULER in nlp.pipe_names:
        nlp.add_pipe("kg_attributes", before=RULER)
        nlp.remove_pipe(RULER)


@Language.factory("kg_attributes")
def make_attribute_lookup(nlp: Language, name: str, source: str = RULER) -> AttributeLookup:
    """The ``kg_attributes`` component (see the module docstring), made from the
    pipeline's ``source`` AttributeRuler."""
    ruler = nlp.get_pipe(source)
    if not isinstance(ruler, AttributeRuler):
        raise TypeError(f"{source} is no AttributeRuler")
    return AttributeLookup(ruler)
