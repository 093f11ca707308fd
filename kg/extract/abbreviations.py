"""Abbreviations an article defines for itself: "the Venezuelan Workers Confederation
(CTV) ... The CTV asked ...". News writes an organisation's name in full once, its short
form in parentheses right after, and the short form alone from then on; the short form
is the same actor. Only a name of two words or more defines one, and only with a short
form in capitals whose first letter begins one of the name's words: the letters may
abbreviate the name in another language (CTV is the Confederación de Trabajadores de
Venezuela), so the rest of them are not matched against the name's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

__all__ = ["defined_abbreviations"]

SHORT_FORM = re.compile(r"[A-Z][A-Z&]{1,7}")  # CTV, LDP, MITI, AT&T; dots dropped first


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
    return defined
