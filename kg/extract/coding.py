"""CAMEO actor codes for resolved actors, from the field's Phoenix dictionaries.

An actor whose canonical label is, word for word, a full name the dictionaries give an
actor (a country, an international or non-state organisation, an office holder) takes
that entry's code on the article's date: Iraq is IRQ, Hamas PSEREBHMS, the United
Nations IGOUNO, Ronald Reagan USAGOV in 1987. Names the dictionaries list as places
inside a country, stems (a name without TABARI's closing underscore) and the null code
give none. Agents with their side ("Iraqi warplanes" → IRQMIL) are not coded yet.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from kg.phoenix import ActorEntry, code_on, load_phoenix

__all__ = ["actor_code"]


def _key(text: str) -> tuple[str, ...]:
    """A name as the dictionaries write it: upper case, stops and apostrophes gone,
    hyphens and spaces as word breaks."""
    return tuple(re.sub(r"[.'\u2019]", "", text.upper()).replace("-", " ").split())


@cache
def _entries() -> dict[tuple[str, ...], ActorEntry]:
    """Every exact, non-place name of the dictionaries, to its entry; the first file
    (countries, then international, then non-state actors) and entry win a tie."""
    index: dict[tuple[str, ...], ActorEntry] = {}
    for entry in load_phoenix().entries:
        for name in entry.actor_names:
            if name.exact:
                index.setdefault(_key(" ".join(name.words)), entry)
    return index


def actor_code(label: str, date: str | None = None) -> str | None:
    """The CAMEO actor code of the actor with this canonical ``label`` on ``date``
    (ISO, the article's), or None when the dictionaries do not name it."""
    entry = _entries().get(_key(label))
    if entry is None:
        return None
    return code_on(entry, dt.date.fromisoformat(date) if date else None)
