"""Who holds the people (or property) whose release is asked for.

CAMEO's appeal for and demand of release (0253, 1053: "appeal for/demand release of
persons or property") are aimed at whoever holds them, not at the people held: "Armenia
demanded the release of Armenian prisoners held in Azerbaijan" is a demand on
Azerbaijan, "the U.N. called for the release of hostages held by Hamas" one on Hamas.
A sentence names the holder by a participle of holding on the people to be released,
in its "by" phrase or, for a state that jails them, its "in" phrase; else the act is
aimed at whom the clause asks, outside the phrase naming the people ("urged the
authorities to release those detained", "demanded that Hamas release the hostages");
where it names neither ("demanded the release of the detained officials"), the
article's act of detention or abduction before it tells who holds them
(:func:`kg.extract.opponents.complete_parties`).
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.lexicon import lexicon_code
from kg.extract.tree import children, subtree

__all__ = ["HOLDING_CODES", "RELEASE_ASKED", "holders"]

RELEASE_ASKED = frozenset({"0253", "1053"})
# The verb of holding people that the verb dictionary codes no act of ("hostages held by
# Hamas"), beside those it codes as detention or abduction (see _holding).
HOLD = "hold"
# CAMEO's detention (173), abduction (181) and seizure of property (171): how people or
# property come to be held; the place of a detention or seizure is the state that holds
# them ("jailed in Iran"), not that of an abduction ("kidnapped in Niger").
DETENTION, ABDUCTION, SEIZURE = "173", "181", "171"
HOLDING_CODES = (DETENTION, ABDUCTION, SEIZURE)


def holders(
    verb: Token, targets: list[Token], releases: Set[str], index: ActorIndex
) -> list[Token]:
    """Whom an appeal for or demand of release by ``verb`` is aimed at: the holders named
    on the people to be released (:func:`_named_holders`), else those of its ``targets``
    outside the phrases naming those people; none where it names neither. ``releases``
    are the lemmas that name a release (the class's theme words)."""
    held = _held(verb, releases)
    named = _named_holders(held, index)
    if named:
        return named
    inside = {t.i for noun in held for t in subtree(noun)}
    return [t for t in targets if t.i not in inside]


def _held(verb: Token, releases: Set[str]) -> list[Token]:
    """The people (or property) whose release the verb's clause asks: the object of a
    verb of releasing, the "of" phrase or owner of a noun of it ("the release of the
    prisoners", "their release", "that Hamas release the hostages")."""
    found: list[Token] = []
    for token in subtree(verb):
        if token == verb or token.lemma_.lower() not in releases:
            continue
        if token.pos_ == "VERB":
            found += children(token, "dobj")
        else:
            found += children(token, "poss")
            found += [
                p for c in children(token, "prep") if c.lower_ == "of" for p in children(c, "pobj")
            ]
    return found


def _named_holders(held: list[Token], index: ActorIndex) -> list[Token]:
    """The actors a participle of holding on the people held names as their holder: its
    "by" agent, or, for one held or detained, the state of its "in" phrase ("prisoners
    held in Azerbaijan", "hostages held by Hamas", "officials detained by the army")."""
    found: list[Token] = []
    for noun in held:
        for participle in children(noun, "acl"):
            holding = _holding(participle) if participle.tag_ == "VBN" else None
            if holding is None:
                continue
            for phrase in children(participle, "agent", "prep"):
                named = [p for p in children(phrase, "pobj") if index.actor_at(p)]
                if phrase.dep_ == "agent" or phrase.lower_ == "by":
                    found += named
                elif phrase.lower_ == "in" and holding != ABDUCTION:
                    found += [p for p in named if _state(p, index)]
    return found


def _holding(participle: Token) -> str | None:
    """How a participle tells that people or property came to be held: "held" (CAMEO's
    detention), or a verb the dictionary codes as detention, abduction or seizure
    ("detained", "jailed", "kidnapped", "property seized by the army"); None for any
    other verb ("employed by Save the Children")."""
    if participle.lemma_.lower() == HOLD:
        return DETENTION
    coded = lexicon_code(participle)
    event = coded[0].event if coded is not None else None
    for code in HOLDING_CODES:
        if event is not None and event.startswith(code):
            return code
    return None


def _state(token: Token, index: ActorIndex) -> bool:
    """Whether the actor at ``token`` is a state, which holds who is held in it."""
    key = index.actor_at(token)
    actor = index.actors.get(key) if key is not None else None
    return actor is not None and actor.type == "State"
