"""Abbreviations an article defines for itself: "the Venezuelan Workers Confederation
(CTV) ... The CTV asked ...". News writes an organisation's name in full once, its short
form in parentheses right after, and the short form alone from then on; the short form
is the same actor. Only a name of two words or more defines one, and only with a short
form in capitals whose first letter begins one of the name's words: the letters may
abbreviate the name in another language (CTV is the Confederación de Trabajadores de
Venezuela), so the rest of them are not matched against the name's words.

News also uses a short form it never defines, where the letters are the initials of an
organisation's name it gave before ("the U.S. National Soybean Processors Association
... The NSPA charged"): a short form of three letters or more, which the model tags an
organisation, that spells the initials of the last capitalised words of an earlier name
(linking words, :data:`LINKING_WORDS`, aside) is that name, which the model may not
have tagged at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

__all__ = ["defined_abbreviations"]

SHORT_FORM = re.compile(r"[A-Z][A-Z&]{1,7}")  # CTV, LDP, MITI, AT&T; dots dropped first
INITIALS = 3  # the fewest letters an undefined short form spells a name's initials with
LINKING_WORDS = frozenset(["of", "and", "for", "the", "&", "de", "del", "des", "du", "la"])
ORGANISATION = "ORG"  # the entity label of a short form that spells a name's initials


def defined_abbreviations(doc: Doc, known: Callable[[str], bool]) -> dict[str, Span]:
    """Each short form the article defines, to the name it abbreviates (the first
    definition of a short form counts); a short form that is ``known`` (a name the
    dictionaries or the gazetteer already give an actor, like "EC") defines nothing."""
    defined: dict[str, Span] = {}
    for name in doc.ents:
        after = doc[name.end : name.end + 3]
        if len(name) < 2 or len(after) < 3 or after[0].text != "(" or after[2].text != ")":
            continue
        short = after[1].text
        letters = short.replace(".", "")
        initials = {w.text[:1] for w in name if w.is_alpha and w.text[:1].isupper()}
        if (
            SHORT_FORM.fullmatch(letters)
            and letters[0] in initials
            and short not in defined
            and not known(short)
        ):
            defined[short] = name
    _add_initials(doc, defined, known)
    return defined


def _spelled(doc: Doc, end: int, letters: str) -> Span | None:
    """The nearest name before ``end`` whose last words' initials are ``letters``: a run
    of capitalised words, linking words between them ("Association of International Bond
    Dealers"), that need not be a named entity; the span is the spelled words."""
    i = end - 1
    while i >= 0:
        if not _capitalised(doc[i]):
            i -= 1
            continue
        words: list[int] = []  # the run's capitalised words, last first
        j = i
        while j >= 0 and (_capitalised(doc[j]) or (doc[j].lower_ in LINKING_WORDS and words)):
            if _capitalised(doc[j]):
                words.append(j)
            j -= 1
        if len(words) >= len(letters):
            first = words[len(letters) - 1]
            if "".join(doc[w].text[0] for w in reversed(words[: len(letters)])) == letters:
                return doc[first : i + 1]
        i = j
    return None


def _capitalised(token: Token) -> bool:
    return token.is_alpha and token.text[0].isupper() and token.lower_ not in LINKING_WORDS


def _add_initials(doc: Doc, defined: dict[str, Span], known: Callable[[str], bool]) -> None:
    """Short forms the article uses without defining them, for the nearest earlier name
    whose last initials they spell (see the module docstring)."""
    for short in doc.ents:
        letters = short.text.replace(".", "")
        if (
            len(short) != 1
            or short.label_ != ORGANISATION
            or len(letters) < INITIALS
            or not SHORT_FORM.fullmatch(letters)
            or short.text in defined
            or known(short.text)
        ):
            continue
        name = _spelled(doc, short.start, letters)
        if name is not None:
            defined[short.text] = name
