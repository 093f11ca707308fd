"""The ``kg_attributes`` component writes what the model's ``attribute_ruler`` writes (see
:mod:`kg.extract.attributes`): on hand-written sentences that take every kind of the
model's rules, compared with the ruler itself on the same Doc, and on small rulers of
the kinds the lookup leaves to a Matcher or writes in the ruler's own order."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, cast

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from kg.extract.attributes import AttributeLookup, replace_attribute_ruler
from kg.nlp import DEFAULT_MODEL

ATTRS: list[int | str] = [
    "TAG",
    "POS",
    "MORPH",
    "LEMMA",
    "DEP",
    "HEAD",
    "NORM",
    "ENT_IOB",
    "ENT_TYPE",
]
MODEL_PARTS = ["tok2vec", "tagger", "parser", "lemmatizer", "ner", "senter"]

# Sentences written as the tagger and parser leave them (word, tag, dependency label;
# every head is the first token), each rule of the model taken by some token: tags
# alone ("NN", "_SP"), words with their tag ("is" VBZ, "not" RB, "that" IN), words
# alone ("nothin'"), words with their label ("it" dobj, "have" ROOT), labels with tags
# ("will" aux, "that" nsubj WDT), all three ("but" CC advmod), spaces and a word tagged
# as one, and the rules of two tokens ("gon na", "ai n't",
# "there is", "let 's", "y' all").
SENTENCES: list[list[tuple[str, str, str]]] = [
    [
        ("It", "PRP", "nsubj"),
        ("is", "VBZ", "ROOT"),
        ("not", "RB", "neg"),
        ("what", "WP", "dobj"),
        ("I", "PRP", "nsubj"),
        ("'m", "VBP", "aux"),
        ("gon", "VBG", "ccomp"),
        ("na", "TO", "aux"),
        ("do", "VB", "xcomp"),
        (",", ",", "punct"),
        ("y'", "PRP", "nsubj"),
        ("all", "DT", "appos"),
        ("\n\n", "_SP", "dep"),
        (".", ".", "punct"),
    ],
    [
        ("There", "EX", "expl"),
        ("'s", "VBZ", "ROOT"),
        ("nothin'", "NN", "attr"),
        ("that", "WDT", "nsubj"),
        ("he", "PRP", "nsubj"),
        ("ai", "VBP", "aux"),
        ("n't", "RB", "neg"),
        ("got", "VBD", "relcl"),
        ("ta", "TO", "aux"),
        ("have", "VB", "xcomp"),
        ("it", "PRP", "dobj"),
        ("for", "IN", "prep"),
        ("you", "PRP", "pobj"),
        ("\n", "NN", ""),
        (";", ":", "punct"),
    ],
    [
        ("Let", "VB", "ROOT"),
        ("'s", "PRP", "nsubj"),
        ("c'm", "VB", "ccomp"),
        ("on", "RP", "prt"),
        (",", ",", "punct"),
        ("since", "IN", "mark"),
        ("they", "PRP", "nsubj"),
        ("had", "VBD", "ROOT"),
        ("been", "VBN", "aux"),
        ("told", "VBN", "advcl"),
        ("that", "DT", "det"),
        ("were", "VBD", "ROOT"),
        ("gets", "VBZ", "conj"),
        ("  ", "SP", ""),
        ("will", "MD", "aux"),
        ("'d", "MD", "aux"),
        ("does", "VBZ", "ROOT"),
        ("$", "$", "nmod"),
        ("5", "CD", "pobj"),
        ("``", "``", "punct"),
        ("Mr.", "NNP", "compound"),
        ("Smith", "NNP", "nsubj"),
        ("'s", "POS", "case"),
        ("ours", "PRP", "attr"),
        ("-", "HYPH", "punct"),
        ("us", "PRP", "dobj"),
        ("there", "RB", "advmod"),
        ("are", "VBP", "ROOT"),
        ("me", "PRP", "dobj"),
        ("am", "VBP", "ROOT"),
        ("'ve", "VBP", "aux"),
        ("nuthin'", "NN", "dobj"),
        ("but", "CC", "advmod"),
        ("~", "_SP", "punct"),
        ("\t", "_SP", ""),
    ],
]


@cache
def model_ruler() -> AttributeRuler:
    """The model's own ruler, loaded alone."""
    ruler = spacy.load(DEFAULT_MODEL, exclude=MODEL_PARTS).get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return ruler


def written(vocab: Any, rows: Sequence[tuple[str, str, str]], *, lemmas: bool = False) -> Doc:
    """The Doc of ``rows``, as the tagger and parser leave it."""
    words = [word for word, _, _ in rows]
    doc = Doc(
        vocab,
        words=words,
        tags=[tag for _, tag, _ in rows],
        deps=[dep or "dep" for _, _, dep in rows],
        heads=[0] * len(rows),
    )
    for token, (_, _, dep) in zip(doc, rows, strict=True):
        if not dep:
            token.dep = 0  # missing
    if lemmas:
        for token in doc:
            token.lemma_ = token.lower_
    return doc


def assert_same(ruler: AttributeRuler, rows: Sequence[tuple[str, str, str]]) -> None:
    expected = ruler(written(ruler.vocab, rows))
    found = AttributeLookup(ruler)(written(ruler.vocab, rows))
    assert [str(t.morph) for t in found] == [str(t.morph) for t in expected]
    assert [(t.tag_, t.pos_, t.lemma_, t.dep_) for t in found] == [
        (t.tag_, t.pos_, t.lemma_, t.dep_) for t in expected
    ]
    assert (found.to_array(ATTRS) == expected.to_array(ATTRS)).all()


@pytest.mark.parametrize("rows", SENTENCES)
def test_the_model_rules_alike(rows: list[tuple[str, str, str]]) -> None:
    assert_same(model_ruler(), rows)


def test_the_sentences_take_every_kind_of_rule() -> None:
    """Every kind of the model's rules (the attributes its tokens test) matches some
    token of the sentences, and so does every rule of two tokens."""
    ruler = model_ruler()
    kinds: dict[tuple[tuple[str, ...], ...], set[int]] = {}
    for rule, pattern in enumerate(ruler.patterns):
        for tokens in cast(list[list[dict[str, Any]]], pattern["patterns"]):
            kind = tuple(tuple(sorted(spec)) for spec in tokens)
            kinds.setdefault(kind if len(tokens) == 1 else (*kind, (str(rule),)), set()).add(rule)
    matched = {
        int(attr) for rows in SENTENCES for attr, *_ in ruler.match(written(ruler.vocab, rows))
    }
    assert {kind for kind, rules in kinds.items() if not rules & matched} == set()


def small_ruler(patterns: list[dict[str, Any]]) -> AttributeRuler:
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add_patterns(patterns)
    return ruler


ROWS = [
    ("The", "DT", "det"),
    ("talks", "NNS", "nsubj"),
    ("were", "VBD", "ROOT"),
    ("not", "RB", "neg"),
    ("over", "RB", "advmod"),
    ("talks", "VBZ", "conj"),
    (".", ".", "punct"),
]


def test_what_no_lookup_decides_is_left_to_a_matcher() -> None:
    """Operators, morphology tests, lengths and a negative index; later rules win."""
    ruler = small_ruler(
        [
            {"patterns": [[{"TAG": "RB", "OP": "+"}]], "attrs": {"POS": "ADV"}, "index": -1},
            {"patterns": [[{"LENGTH": {">=": 5}}]], "attrs": {"LEMMA": "long"}},
            {"patterns": [[{"TAG": "VBD"}]], "attrs": {"MORPH": "Tense=Past|VerbForm=Fin"}},
            {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "NOUN", "LEMMA": "talk"}},
            {"patterns": [[{"MORPH": {"IS_SUPERSET": ["Tense=Past"]}}]], "attrs": {"POS": "AUX"}},
            {"patterns": [[{"TAG": "RB"}, {"TAG": "VBZ"}]], "attrs": {"POS": "VERB"}, "index": -1},
            {
                "patterns": [[{"TEXT": {"REGEX": "^[a-z]+$"}, "IS_ALPHA": True}]],
                "attrs": {"TAG": "X"},
            },
        ]
    )
    lookup = AttributeLookup(ruler)
    assert lookup.rules.fallback is not None
    assert_same(ruler, ROWS)


def test_lexical_writes_keep_the_ruler_order() -> None:
    """A rule that writes a word's lexeme (shared by its tokens) is applied rule by rule
    (by the ruler itself), not token by token."""
    ruler = small_ruler(
        [
            {"patterns": [[{"TAG": "VBZ"}]], "attrs": {"IS_STOP": True, "NORM": "talk"}},
            {"patterns": [[{"TAG": "NNS"}]], "attrs": {"IS_STOP": False, "POS": "NOUN"}},
        ]
    )
    assert not AttributeLookup(ruler).local
    vocab = ruler.vocab
    expected = ruler(written(vocab, ROWS))
    stop = [t.is_stop for t in expected]
    vocab["talks"].is_stop = False
    found = AttributeLookup(ruler)(written(vocab, ROWS))
    assert [t.is_stop for t in found] == stop
    assert (found.to_array(ATTRS) == expected.to_array(ATTRS)).all()


def test_an_index_outside_the_match_fails_as_the_ruler_does() -> None:
    ruler = small_ruler([{"patterns": [[{"TAG": "DT"}]], "attrs": {"POS": "DET"}, "index": 1}])
    with pytest.raises(ValueError, match="E1001"):
        ruler(written(ruler.vocab, ROWS))
    with pytest.raises(ValueError, match="E1001"):
        AttributeLookup(ruler)(written(ruler.vocab, ROWS))


def test_it_takes_the_ruler_place() -> None:
    nlp: Language = spacy.load(DEFAULT_MODEL, exclude=MODEL_PARTS)
    replace_attribute_ruler(nlp)
    assert nlp.pipe_names == ["kg_attributes"]
    replace_attribute_ruler(nlp)  # nothing to replace
    assert nlp.pipe_names == ["kg_attributes"]
