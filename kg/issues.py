"""The Phoenix issue dictionary: the keywords by which PETRARCH tags a story's topics.

``kg/data/petrarch/Phoenix.IssueCoding.txt`` (MIT, the PETRARCH coders', shipped
unchanged) lists keyword phrases under 52 categories (NATURAL_DISASTER, REFUGEES,
SANCTIONS, …). kg reads it for what a topic says about the coding itself: the
NATURAL_DISASTER keywords name forces of nature ("earthquake", "tropical storm",
"flash flood"), and nature is no actor, so "an earthquake damaged the pipeline" is no
event (see :func:`natural_force_at`).

The syntax, as the file writes it:

* ``<ISSUE CATEGORY="NAME" TYPE="…">`` opens a category, ``</ISSUE>`` closes it; ``#``
  starts a comment;
* ``words [CODE]`` is a keyword phrase, matched as contiguous words of the text; ``n:``
  and ``v:`` mark the word that must be a noun or a verb (kg matches it by its form or
  its lemma, so "floods" is ``n:flood``), and ``+`` joins the parts of one word ("pre+k",
  written "pre-k" or "prek");
* ``~words`` (or ``~~words``, as a few lines write it) is a phrase that keeps a
  keyword it runs over from counting ("~flood of": "a flood of bond issues" is no
  disaster); kg reads an exception only over the keyword's own word, not as a bar on
  the whole sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from spacy.tokens import Token

__all__ = ["ISSUE_FILE", "IssuePhrase", "Issues", "load_issues", "natural_force_at"]

ISSUE_FILE = Path(__file__).resolve().parent / "data" / "petrarch" / "Phoenix.IssueCoding.txt"
NATURE = "NATURAL_DISASTER"
_OPEN = re.compile(r'<ISSUE\s+CATEGORY="(?P<category>[^"]+)"')
_PHRASE = re.compile(r"^(?P<words>[^\[\]#]+?)\s*(?:\[[^\]]*\])?\s*(?:#.*)?$")


@dataclass(frozen=True)
class IssuePhrase:
    """A keyword phrase as lower-case words; ``head`` is the position of the word it is
    about (the last one marked ``n:`` or ``v:``, else the last word)."""

    words: tuple[str, ...]
    head: int

    @classmethod
    def parse(cls, text: str) -> IssuePhrase | None:
        words: list[str] = []
        head = None
        for k, raw in enumerate(text.lower().split()):
            marked = raw[:2] in {"n:", "v:"}
            word = raw[2:] if marked else raw
            words.append(word.replace("+", "-"))
            if marked:
                head = k
        if not words:
            return None
        return cls(tuple(words), len(words) - 1 if head is None else head)

    def at(self, token: Token) -> bool:
        """Whether the phrase's words run through the text with its head at ``token``."""
        return self._runs_from(token, token.i - self.head)

    def covers(self, token: Token) -> bool:
        """Whether the phrase's words run through the text over ``token``."""
        return any(self._runs_from(token, token.i - k) for k in range(len(self.words)))

    def _runs_from(self, token: Token, start: int) -> bool:
        doc = token.doc
        if start < 0 or start + len(self.words) > len(doc):
            return False
        return all(
            _written(doc[start + k], word, k == self.head) for k, word in enumerate(self.words)
        )


def _written(token: Token, word: str, head: bool) -> bool:
    """Whether ``token`` is the phrase's ``word``: its form, or for the head its lemma
    ("floods", "flooded"); a joined word ("pre-k") also written without the hyphen."""
    forms = {token.lower_, token.lower_.replace("-", "")}
    if head:
        forms.add(token.lemma_.lower())
    return word in forms or word.replace("-", "") in forms


@dataclass(frozen=True)
class Issues:
    """The categories' keyword phrases and, apart, the phrases keeping a match from
    counting."""

    phrases: dict[str, tuple[IssuePhrase, ...]]
    exceptions: dict[str, tuple[IssuePhrase, ...]]
    # category → a keyword's head word (and it without its hyphens) → the keywords: a
    # token is tried only against the keywords its own forms could head
    by_head: dict[str, dict[str, tuple[IssuePhrase, ...]]] = field(default_factory=dict)

    def found_at(self, category: str, token: Token) -> bool:
        """Whether a keyword of ``category`` has its head at ``token``, not inside one of
        the category's exceptions."""
        heads = self.by_head.get(category, {})
        lower = token.lower_
        forms = {lower, lower.replace("-", ""), token.lemma_.lower()}
        if not any(p.at(token) for form in forms for p in heads.get(form, ())):
            return False
        return not any(e.covers(token) for e in self.exceptions.get(category, ()))


def read_issues(path: Path) -> Issues:
    """The issue dictionary at ``path`` (see the module docstring)."""
    phrases: dict[str, list[IssuePhrase]] = {}
    exceptions: dict[str, list[IssuePhrase]] = {}
    category = None
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        opened = _OPEN.match(line)
        if opened is not None:
            category = opened.group("category")
            continue
        if line.startswith("</ISSUE"):
            category = None
            continue
        if category is None or not line or line.startswith("#"):
            continue
        negative = line.startswith("~")
        found = _PHRASE.match(line.lstrip("~"))
        phrase = IssuePhrase.parse(found.group("words")) if found is not None else None
        if phrase is not None:
            (exceptions if negative else phrases).setdefault(category, []).append(phrase)
    by_head: dict[str, dict[str, list[IssuePhrase]]] = {}
    for category, keywords in phrases.items():
        for phrase in keywords:
            word = phrase.words[phrase.head]
            for form in {word, word.replace("-", "")}:
                by_head.setdefault(category, {}).setdefault(form, []).append(phrase)
    return Issues(
        {c: tuple(p) for c, p in phrases.items()},
        {c: tuple(p) for c, p in exceptions.items()},
        {c: {w: tuple(p) for w, p in heads.items()} for c, heads in by_head.items()},
    )


@cache
def load_issues() -> Issues:
    """The shipped issue dictionary, read once per process."""
    return read_issues(ISSUE_FILE)


def natural_force_at(token: Token) -> bool:
    """Whether ``token`` names a force of nature (a NATURAL_DISASTER keyword's head:
    "earthquake", "tropical storm", "flash flood"), which does nothing an event coder
    codes."""
    return load_issues().found_at(NATURE, token)
