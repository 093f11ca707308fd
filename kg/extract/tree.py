"""The dependency tree of a parsed article, indexed once, for rules that walk it often.

spaCy answers ``Token.children``, ``lefts`` and ``rights`` by scanning every token
between the token's left and right edge, so asking a clause head for its children
costs the width of its clause, and ``Token.subtree`` (recursive over children) the sum
of those widths over every node below it. On a long sentence, where one clause spans
the rest of it, rules that ask this once per token become quadratic or worse: a
700-token sentence took seconds, a 5,000-token one minutes.

:class:`Tree` lists each token's children once per document, in one pass over the
heads, and answers the same questions in time proportional to the answer, in the
same order as spaCy, handing out the same Token objects each time (spaCy makes a new
one per ``doc[i]``, and the rules ask for millions). :func:`tree` keeps one per
document, so every rule shares it. A document's parse must not change after its tree
is built (extraction never does).

What rules derive from a document once and look up often (the tree, the verb forms by
position, the reporting verbs) is kept by :func:`derived` in the document's own
``user_data``: it lives and dies with the document, where a module-level table keyed by
the document would keep every document alive through the tokens it holds.
:func:`forget` drops it when an extraction is done, so the caller's Doc is left as it
came (light, and serialisable).
"""

from __future__ import annotations

from collections.abc import Callable, Set
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

__all__ = [
    "Tree",
    "children",
    "conjuncts",
    "derived",
    "doc_text",
    "entity_of",
    "forget",
    "lefts",
    "rights",
    "sentences",
    "subtree",
    "tree",
    "words",
]

T = TypeVar("T")
_PREFIX = "kg:"  # the start of the user_data keys that derived() stores under


class Tree:
    """Children, dependency labels and sentence starts of every token of one document,
    and for each token whether its subtree is the run of text between its edges in text
    order (so that listing it needs no walk: true of every subtree of a projective parse).
    """

    def __init__(self, doc: Doc) -> None:
        self.tokens = list(doc)
        n = len(doc)
        self._children: list[list[int]] = [[] for _ in range(n)]
        self._deps = [token.dep_ for token in self.tokens]
        self._by_dep: dict[int, dict[str, list[int]]] = {}
        self._sentence_start = [0] * n
        roots = []
        # Heads as the document stores them (offsets from each token), read in one call:
        # ``token.head`` makes a new Token per word.
        offsets = doc.to_array("HEAD").astype("int64").tolist() if n else []
        for i, offset in enumerate(offsets):
            if offset:
                self._children[i + offset].append(i)  # in index order, as spaCy gives them
            else:
                roots.append(i)
        if n and doc.has_annotation("SENT_START"):
            for sentence in doc.sents:
                self._sentence_start[sentence.start : sentence.end] = [sentence.start] * len(
                    sentence
                )
        self._left, self._right = left, right = list(range(n)), list(range(n))
        self._run = run = [True] * n
        size = [1] * n
        # In local variables, and a leaf (most words) left as it starts: this loop was
        # a third of building the tree.
        for i in self._bottom_up(roots):
            below = self._children[i]
            if not below:
                continue
            low, high, count, runs = i, i, 1, True
            for c in below:
                count += size[c]
                low = min(low, left[c])
                high = max(high, right[c])
                runs = runs and run[c]
            left[i], right[i], size[i] = low, high, count
            run[i] = count == high - low + 1 and runs

    def _bottom_up(self, roots: list[int]) -> list[int]:
        """Every token reachable from ``roots``, each after all its descendants."""
        order: list[int] = []
        stack = list(roots)
        while stack:
            i = stack.pop()
            order.append(i)
            stack.extend(self._children[i])
        order.reverse()
        return order

    def children(self, token: Token, deps: tuple[str, ...] = ()) -> list[Token]:
        """``token.children``: its dependents in text order; with ``deps``, only those
        with one of these labels, found without looking at the others (a clause head
        may have hundreds: "X and Y and Z …" hangs every conjunct on the first)."""
        tokens = self.tokens
        if not deps:
            return [tokens[i] for i in self._children[token.i]]
        by_dep = self._by_dep.get(token.i)
        if by_dep is None:
            by_dep = self._by_dep[token.i] = {}
            for c in self._children[token.i]:
                by_dep.setdefault(self._deps[c], []).append(c)
        if len(deps) == 1:
            return [tokens[i] for i in by_dep.get(deps[0], ())]
        # A token has dependents under few labels: look those up among ``deps``, and
        # sort only when dependents under two or more of them must be merged.
        found = [below for dep, below in by_dep.items() if dep in deps]
        if len(found) == 1:
            return [tokens[i] for i in found[0]]
        return [tokens[i] for i in sorted(i for below in found for i in below)]

    def lefts(self, token: Token) -> list[Token]:
        """``token.lefts``: the dependents before it, in text order."""
        tokens = self.tokens
        return [tokens[i] for i in self._children[token.i] if i < token.i]

    def rights(self, token: Token) -> list[Token]:
        """``token.rights``: the dependents after it, in text order."""
        tokens = self.tokens
        return [tokens[i] for i in self._children[token.i] if i > token.i]

    def subtree_indices(self, token: Token, exclude: Set[int] = frozenset()) -> list[int]:
        """Positions of ``token.subtree``, in its order (the left dependents' subtrees,
        the token, the right ones'), leaving out the subtrees rooted at ``exclude``. A
        subtree that is a run of text is a range; any other is walked without recursion,
        and without visiting what is left out."""
        if token.i in exclude:
            return []
        if self._run[token.i]:
            out = list(range(self._left[token.i], self._right[token.i] + 1))
            if not exclude:
                return out
            holes = [
                (self._left[e], self._right[e])
                for e in exclude
                if self._left[token.i] <= e <= self._right[token.i]
            ]
            if not holes:
                return out
            skipped = {i for low, high in holes for i in range(low, high + 1)}
            return [i for i in out if i not in skipped]
        children = self._children
        out = []
        stack: list[tuple[int, bool]] = [(token.i, False)]
        while stack:
            i, visited = stack.pop()
            if visited:
                out.append(i)
                continue
            if i in exclude:
                continue
            below = children[i]
            stack.extend((c, False) for c in reversed(below) if c > i)
            stack.append((i, True))
            stack.extend((c, False) for c in reversed(below) if c < i)
        return out

    def subtree(self, token: Token) -> list[Token]:
        """``token.subtree``: the token and all its descendants."""
        tokens = self.tokens
        return [tokens[i] for i in self.subtree_indices(token)]

    def conjuncts(self, token: Token) -> tuple[Token, ...]:
        """``token.conjuncts``: the tokens coordinated with it, without itself."""
        start = token
        while start.i != start.head.i and start.dep_ == "conj":
            start = start.head
        found = [start]
        for word in found:  # grows as it goes: conjuncts of conjuncts
            found.extend(c for c in self.children(word, ("conj",)) if c.i > word.i)
        return tuple(w for w in found if w.i != token.i)

    def sentence_start(self, token: Token) -> int:
        """Position of the first token of ``token``'s sentence."""
        return self._sentence_start[token.i]


def derived(doc: Doc, name: str, build: Callable[[Doc], T]) -> T:
    """What ``build`` derives from ``doc``, built on first use and kept with the
    document under ``name`` until :func:`forget`."""
    data = doc.user_data  # a property: read once, rules ask half a million times
    key = _PREFIX + name
    try:
        found: T = data[key]
    except KeyError:
        found = data[key] = build(doc)
    return found


def forget(doc: Doc) -> None:
    """Drop everything :func:`derived` kept on ``doc``."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(_PREFIX)]:
        del doc.user_data[key]


def entity_of(token: Token) -> Span | None:
    """The named entity ``token`` is a word of, if any (``Doc.ents`` makes a Span of
    every entity each time it is asked: the entities are indexed once per document)."""
    if not token.ent_type_:
        return None
    return derived(token.doc, "entities", _entities).get(token.i)


def _entities(doc: Doc) -> dict[int, Span]:
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


_TREE = _PREFIX + "tree"  # the user_data key of a document's tree, as derived() keeps it


def tree(doc: Doc) -> Tree:
    """The tree of ``doc``, built on first use and kept while the document lives (as
    :func:`derived` keeps it, spelt out: the rules ask a million times per hundred
    articles, and the extra call was a tenth of extraction's time in these helpers)."""
    data = doc.user_data
    found: Tree | None = data.get(_TREE)
    if found is None:
        found = data[_TREE] = Tree(doc)
    return found


def words(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` in order, the same Token objects each time (iterating a Doc
    makes a new one per word, and the rules walk every word of an article a dozen
    times)."""
    return tree(doc).tokens


def sentences(doc: Doc) -> list[tuple[Span, str]]:
    """The sentences of ``doc`` that are not blank, each with its text, once per
    document: read from the document's text, where ``Span.text`` makes a Token per word
    to join their texts."""
    return derived(doc, "sentences", _sentences)


def doc_text(doc: Doc) -> str:
    """``doc.text``, once per document: spaCy joins the text of every token each time
    it is asked."""
    return derived(doc, "text", _text)


def _text(doc: Doc) -> str:
    return doc.text


def _sentences(doc: Doc) -> list[tuple[Span, str]]:
    whole = doc_text(doc)
    found = []
    for sentence in doc.sents:
        words = whole[sentence.start_char : sentence.end_char]
        if words.strip():
            found.append((sentence, words))
    return found


def children(token: Token, *deps: str) -> list[Token]:
    """``token.children`` from the document's tree; with ``deps``, only those with one
    of these dependency labels."""
    return tree(token.doc).children(token, deps)


def lefts(token: Token) -> list[Token]:
    """``token.lefts`` from the document's tree."""
    return tree(token.doc).lefts(token)


def rights(token: Token) -> list[Token]:
    """``token.rights`` from the document's tree."""
    return tree(token.doc).rights(token)


def subtree(token: Token) -> list[Token]:
    """``token.subtree`` from the document's tree."""
    return tree(token.doc).subtree(token)


def conjuncts(token: Token) -> tuple[Token, ...]:
    """``token.conjuncts`` from the document's tree."""
    return tree(token.doc).conjuncts(token)
