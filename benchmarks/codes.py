"""Actor code agreement: whether kg's CAMEO actor codes are the gold's, on the gold events
whose event kg found (its sentence and CAMEO root for ``reuters_dev``, its type for a
PLOVER record), so that the figure measures the coding of actors and not the finding of
events.

A gold event agrees when one of kg's events found for it has both its source code and its
target code agreeing with the gold's: several of kg's events can stand for one gold event
(two clauses of one sentence, a duplicate), and finding one right is what a coder
comparing with kg would credit, as ``kg eval`` credits a fully right event. Codes agree

* on the *three letters* that open them (IRQ of IRQMIL, IGO of IGOUNO, PSE of
  PSEREBHMS), as the actors issue states its held-out bar ("the three-letter source and
  target codes right");
* on the *country part*: the first three letters, or for an IGO, NGO, IMG or MNC code
  the organisation (IGOEUREEC is a coder's IGOEEC), as ``kg eval``'s actor rule compares
  codes (a non-state code such as ``PSEREBHMS`` counts by its country, ``PSE``; a bare
  ``IGO`` agrees with any IGO code; see :func:`kg.extract.coding.codes_agree`);
* *in full*: the whole code, letter for letter (case aside).

A gold ``-`` (or a PLOVER record with no actor in the role) agrees only with an actor kg
left uncoded (``-``, empty) or did not find. A role with several gold actors (a PLOVER
source "Hungarian and Romanian officials") agrees when kg's code agrees with any of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from kg.extract.coding import codes_agree

__all__ = ["CodeFigures", "FoundEvent", "GoldCode", "Level", "agrees", "code_figures"]

NO_CODE = ("", "-")


class Level(StrEnum):
    """How much of two codes must agree (see the module docstring)."""

    THREE = "three"
    COUNTRY = "country"
    FULL = "full"


@dataclass(frozen=True)
class GoldCode:
    """One gold actor's code: its country part as the coder gave it and its full code
    (the same string in ``reuters_dev``; a PLOVER record gives the country as ``code`` and
    the role apart, as ``sector``)."""

    country: str
    full: str


@dataclass(frozen=True)
class FoundEvent:
    """A gold event kg found: the codes of its gold source and target actors, and kg's
    events found for it (rows of the events table); ``parties``, the sources of a mutual
    act that also stand as its target (a PLOVER record lists the parties of talks as its
    sources and names no target; CAMEO codes each as the other's target), where the
    event's target is another actor than its source."""

    sources: Sequence[GoldCode]
    targets: Sequence[GoldCode]
    rows: Sequence[Mapping[str, str]]
    parties: Sequence[GoldCode] = ()

    def agrees(self, level: Level) -> bool:
        """Whether one of kg's events has both its source and target codes agreeing."""
        return any(
            agrees(self.sources, r.get("source_code"), level)
            and (
                agrees(self.targets, r.get("target_code"), level)
                or (
                    bool(self.parties)
                    and agrees(self.parties, r.get("target_code"), level)
                    and r.get("target_code") != r.get("source_code")
                )
            )
            for r in self.rows
        )


@dataclass(frozen=True)
class CodeFigures:
    """Gold events kg found, and how many of them have agreeing codes."""

    found: int
    three: int
    country: int
    full: int

    def line(self) -> str:
        n = self.found or 1
        return "  ".join(
            f"{name} {agreeing / n:.3f} ({agreeing}/{self.found})"
            for name, agreeing in (
                ("three-letter", self.three),
                ("country", self.country),
                ("full", self.full),
            )
        )


def _full(code: str | None) -> str:
    """The code to compare in full; "" for no code."""
    return "" if code is None or code in NO_CODE else code.upper()


def agrees(gold: Sequence[GoldCode], code: str | None, level: Level) -> bool:
    """Whether kg's ``code`` for an actor agrees with one of the gold actors in its role
    (none: the role wants no code) at ``level``."""
    if level is Level.FULL:
        return _full(code) in ({_full(g.full) for g in gold} or {""})
    coded = [g.country for g in gold if _full(g.country)]
    if not coded or not _full(code):
        return not coded and not _full(code)
    if level is Level.THREE:
        return _full(code)[:3] in {c.upper()[:3] for c in coded}
    return any(codes_agree(country, _full(code)) for country in coded)


def code_figures(found: Sequence[FoundEvent]) -> CodeFigures:
    """The figures over the gold events kg found (a half's, or all)."""
    agreeing = {level: sum(f.agrees(level) for f in found) for level in Level}
    return CodeFigures(
        len(found),
        three=agreeing[Level.THREE],
        country=agreeing[Level.COUNTRY],
        full=agreeing[Level.FULL],
    )
