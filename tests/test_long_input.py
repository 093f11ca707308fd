"""Long input: extraction work linear in sentence length, over-long sentences and
articles parsed in pieces, and the same results as before (hostile input, group 4).

No test here is timed: the work of the rules is counted in tree lookups, which do not
depend on the machine."""

from __future__ import annotations

import csv
import gc
import io
import subprocess
import sys
import warnings
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

import kg.nlp
from kg.errors import KgWarning
from kg.extract import extract
from kg.extract.tree import Tree
from kg.ingest import Article
from kg.nlp import parse, parse_sentence
from tests.conftest import SEEDS
from tests.docs import parsed

TARGETS = ["Iraq", "Syria", "Egypt", "Jordan", "Qatar", "Turkey", "Oman", "Israel"]
CLAUSES = (
    "Iran accused Iraq of shelling the town, Syria condemned Israel for the raid, "
    "Egypt urged Jordan to halt the offensive, and Qatar praised Oman."
)


def coordination(clauses: int) -> Doc:
    """ "Iran attacked Iraq and attacked Syria and …": every clause hangs on the first
    verb, as the parser attaches conjuncts, so that verb has a child per clause, and each
    clause takes its subject from it."""
    rows = ["Iran 1 nsubj PROPN NNP Iran GPE"]
    for n in range(clauses):
        target = TARGETS[n % len(TARGETS)]
        if n:
            rows.append("and 1 cc CCONJ CC and")
        verb = len(rows)
        rows.append(f"attacked {1 if n else verb} {'conj' if n else 'ROOT'} VERB VBD attack")
        rows.append(f"{target} {verb} dobj PROPN NNP {target} GPE")
    rows.append(". 1 punct PUNCT . .")
    return parsed("\n".join(rows))


# "Iran attacked Iraq yesterday, which surprised Egypt", with the relative clause hung on
# "Iraq" across "yesterday", which hangs on "attacked": a non-projective parse (as the
# parser's pseudo-projective labels can give), where a subtree is not a run of text.
NON_PROJECTIVE = parsed("""
Iran      1 nsubj PROPN NNP  Iran     GPE
attacked  1 ROOT  VERB  VBD  attack
Iraq      1 dobj  PROPN NNP  Iraq     GPE
yesterday 1 npadvmod NOUN NN yesterday
,         6 punct PUNCT ,    ,
which     6 nsubj PRON  WDT  which
surprised 2 relcl VERB  VBD  surprise
Egypt     6 dobj  PROPN NNP  Egypt    GPE
.         1 punct PUNCT .    .
""")


def test_the_tree_answers_as_spacy_does(nlp: Language) -> None:
    seed = (SEEDS / "000_0302ee551327aafb.txt").read_text(encoding="utf-8")
    for doc in (nlp(seed), NON_PROJECTIVE, coordination(5)):
        tree = Tree(doc)
        for token in doc:
            assert tree.children(token) == list(token.children)
            assert tree.lefts(token) == list(token.lefts)
            assert tree.rights(token) == list(token.rights)
            assert tree.subtree(token) == list(token.subtree)
            assert tree.conjuncts(token) == token.conjuncts
            assert tree.sentence_start(token) == token.sent.start
            for deps in (("conj",), ("nsubj", "dobj", "punct")):
                assert tree.children(token, deps) == [c for c in token.children if c.dep_ in deps]
            within = {c.i for c in token.children}
            assert tree.subtree_indices(token, within) == [token.i]
            assert tree.subtree_indices(token, {token.i}) == []


def test_the_non_projective_subtree_keeps_spacys_order() -> None:
    attacked = NON_PROJECTIVE[1]
    iraq = NON_PROJECTIVE[2]
    assert [t.text for t in Tree(NON_PROJECTIVE).subtree(iraq)] == list(map(str, iraq.subtree))
    assert [t.text for t in iraq.subtree] == ["Iraq", ",", "which", "surprised", "Egypt"]
    assert [t.i for t in attacked.subtree] == [0, 1, 2, 4, 5, 6, 7, 3, 8]  # not text order
    assert Tree(NON_PROJECTIVE).subtree_indices(attacked, {6}) == [0, 1, 2, 3, 8]


@pytest.fixture
def tree_work(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int]]:
    """Counts the tokens the rules get from the tree (children and subtrees): the work
    spaCy's own ``Token.children`` did by scanning the token's whole span."""
    counted = [0]
    children, subtree_indices = Tree.children, Tree.subtree_indices

    def counting_children(self: Tree, token: Token, deps: tuple[str, ...] = ()) -> list[Token]:
        found = children(self, token, deps)
        counted[0] += len(found)
        return found

    def counting_subtree(
        self: Tree, token: Token, exclude: frozenset[int] = frozenset()
    ) -> list[int]:
        found = subtree_indices(self, token, exclude)
        counted[0] += len(found)
        return found

    monkeypatch.setattr(Tree, "children", counting_children)
    monkeypatch.setattr(Tree, "subtree_indices", counting_subtree)
    yield counted


def test_extraction_work_grows_with_sentence_length_not_its_square(tree_work: list[int]) -> None:
    """The first verb of a coordination has a child per clause; a rule that lists all its
    children for every clause (as asking spaCy for ``children`` did) does work growing
    with the square of the length: 4 times the sentence, 16 times the work."""
    work = []
    for clauses in (50, 200):
        doc = coordination(clauses)
        tree_work[0] = 0
        extraction = extract(Article("long", doc.text), doc)
        assert len(extraction.relations) == clauses
        work.append(tree_work[0] / len(doc))
    assert work[1] < 1.1 * work[0]


def test_an_extracted_doc_is_freed_with_nothing_of_kg_left_on_it() -> None:
    """A build extracts thousands of articles in one process: what the rules derive from
    a Doc (its tree, its verb forms) must go when the Doc goes, not stay in a table that
    keeps every Doc alive, and the caller's Doc must come back without it."""
    docs = [coordination(3) for _ in range(3)]
    for doc in docs:
        extract(Article("short", doc.text), doc)
        assert not any(str(key).startswith("kg:") for key in doc.user_data)
    freed = [weakref.ref(doc) for doc in docs]
    del doc, docs
    gc.collect()
    assert [ref() for ref in freed] == [None, None, None]


def test_a_long_coordination_gives_what_its_clauses_give_alone() -> None:
    doc = coordination(200)
    long = extract(Article("long", doc.text), doc)
    short = coordination(len(TARGETS))
    alone = extract(Article("short", short.text), short)
    assert len(alone.events) == len(TARGETS)
    assert {(e.source, e.event_type, e.target) for e in long.events} == {
        (e.source, e.event_type, e.target) for e in alone.events
    }
    assert {(c.arg1, c.relation, c.args) for c in long.relations} == {
        (c.arg1, c.relation, c.args) for c in alone.relations
    }


def _events(doc: Doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.source, e.event_type, e.target) for e in extract(Article("t", doc.text), doc).events}


def test_an_over_long_sentence_is_parsed_in_pieces_with_a_warning(nlp: Language) -> None:
    whole = nlp(CLAUSES)
    assert len(list(whole.sents)) == 1 and len(whole) > 12
    with pytest.warns(KgWarning, match=r"\[E090\] clauses: the sentence beginning 'Iran"):
        _, doc = next(parse(nlp, [Article("clauses", CLAUSES)], max_tokens=12))
    assert doc.text == CLAUSES
    assert all(len(s) <= 12 for s in doc.sents)
    assert next(doc.sents).text == "Iran accused Iraq of shelling the town,"
    assert _events(doc) == _events(whole)  # every clause's event is still found
    with pytest.warns(KgWarning, match="E090"):
        one = parse_sentence(nlp, CLAUSES, max_tokens=12, name="line 1")
    assert all(len(s) <= 12 for s in one.sents) and _events(one) == _events(whole)


def test_sentences_within_the_limit_are_parsed_as_before(nlp: Language) -> None:
    text = (SEEDS / "000_0302ee551327aafb.txt").read_text(encoding="utf-8")
    whole = nlp(text)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        _, doc = next(parse(nlp, [Article("seed", text)], max_tokens=max(map(len, whole.sents))))
    assert [(t.text, t.head.i, t.dep_, t.ent_type_) for t in doc] == [
        (t.text, t.head.i, t.dep_, t.ent_type_) for t in whole
    ]


def test_a_long_article_is_parsed_in_pieces_joined_into_one_doc(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (SEEDS / "000_0302ee551327aafb.txt").read_text(encoding="utf-8").split(maxsplit=2)[2]
    monkeypatch.setattr(kg.nlp, "PIECE_CHARS", 600)
    monkeypatch.setattr(kg.nlp, "BATCH_CHARS", 600)
    pieces = kg.nlp._pieces(text)
    assert len(pieces) > 2 and "".join(pieces) == text
    assert all(p.rstrip() and not p[len(p.rstrip()) :].strip() for p in pieces)
    whole = nlp(text)
    _, doc = next(parse(nlp, [Article("seed", text)]))
    assert doc.text == text
    assert [(t.text, t.idx) for t in doc] == [(t.text, t.idx) for t in whole]
    assert _events(doc) == _events(whole)  # the pieces are cut at paragraph breaks


def test_a_text_without_breaks_is_cut_anyway(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.nlp, "PIECE_CHARS", 100)
    text = "x" * 150 + "  \n\n  " + "y" * 80
    assert kg.nlp._pieces(text) == ["x" * 100, "x" * 50 + "  \n\n  ", "y" * 80]


def test_batches_are_bounded_by_characters(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kg.nlp, "BATCH_CHARS", 10)
    article = Article("a", "text")
    items = [("abcd", (article, True))] * 5 + [("x" * 30, (article, True))]
    sizes = [[len(text) for text, _ in batch] for batch in kg.nlp._batches(items, 32)]
    assert sizes == [[4, 4], [4, 4], [4], [30]]


def test_kg_extract_warns_of_an_over_long_sentence_and_extracts_it(tmp_path: Path) -> None:
    clauses = " ".join(["Iran accused Iraq of shelling the town and"] * 140)
    path = tmp_path / "long.txt"
    path.write_text(clauses + " Syria condemned Israel.", encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", "--file", str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stderr.startswith("warning [E090] long: the sentence beginning 'Iran accused")
    assert "KgWarning" not in run.stderr  # no Python source location either
    rows = list(csv.DictReader(io.StringIO(run.stdout), delimiter="\t"))
    assert {(r["source"], r["event"], r["target"]) for r in rows} >= {
        ("Iran", "ACCUSE", "Iraq"),
        ("Syria", "CRITICIZE", "Israel"),
    }


def test_a_sentence_the_parser_made_over_long_is_parsed_again(nlp: Language) -> None:
    """The safety net for a long sentence the parser ran on past a full stop: the model
    splits at every full stop in practice, so a hand-written parse stands in for it."""
    doc = coordination(10)
    assert len(list(doc.sents)) == 1 and len(doc) > 12
    with pytest.warns(KgWarning, match="E090"):
        fresh = kg.nlp._bounded(nlp, doc, 12, "hand")
    assert fresh.text == doc.text and all(len(s) <= 12 for s in fresh.sents)
