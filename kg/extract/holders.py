"""Who holds the people whose release is asked for.

CAMEO's appeal for and demand of release (0253, 1053: "appeal for/demand release of
persons or property") are aimed at whoever holds them, not at the people held: "Armenia
demanded the release of Armenian prisoners held in Azerbaijan" is a demand on
Azerbaijan, "the U.N. called for the release of hostages held by Hamas" one on Hamas.
A sentence names the holder by a participle on what is to be released, in its "by"
phrase or, for a state, its "in" phrase; where it names none ("demanded the release of
the detained officials"), the article's act of detention or abduction before it tells
who holds them (:func:`kg.extract.opponents.complete_parties`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.actors import ActorIndex
from kg.extract.tree import children

__all__ = ["RELEASE_ASKED", "holders"]

RELEASE_ASKED = frozenset({"0253", "1053"})
# The prepositions of a participle's phrase naming who holds what it modifies: "held by
# Hamas", "detained in Iran".
HOLDING_PREPS = frozenset({"by", "in"})


def holders(verb: Token, targets: list[Token], index: ActorIndex) -> list[Token]:
    """Whom an appeal for or demand of release by ``verb`` is aimed at: the holders its
    clause names (:func:`_named_holders`), else those of its ``targets`` it addresses,
    its object or the actor of its own phrase ("urged the authorities to release those
    detained", "called on Israel to free them"), who are asked to release; not the
    people whose release is asked, whom a noun's phrase names ("the release of the
    prisoners", "their release"). None where it names neither: the article may tell
    who holds them."""
    return _named_holders(verb, index) or [t for t in targets if _addressed(t, verb)]


def _addressed(target: Token, verb: Token) -> bool:
    """Whether the target is the verb's own object or the object of its own phrase (or
    of a particle the parser took for one: "called on the authorities")."""
    head = target.head
    return head == verb or (head.pos_ == "ADP" and head.head == verb)


def _named_holders(verb: Token, index: ActorIndex) -> list[Token]:
    """The actors that a past participle on a noun of the verb's clause names as holding
    it: its "by" agent or the actor of its "in" phrase ("prisoners held in Azerbaijan",
    "hostages held by Hamas", "officials detained by the army")."""
    found: list[Token] = []
    for token in verb.subtree:
        if token.tag_ != "VBN" or token.dep_ != "acl" or token.i < verb.i:
            continue
        for phrase in children(token, "agent", "prep"):
            if phrase.dep_ == "agent" or phrase.lower_ in HOLDING_PREPS:
                found += [p for p in children(phrase, "pobj") if index.actor_at(p)]
    return found
