"""Score extracted events against a hand-coded gold file (``shared/gold/seed_events.tsv``).

A predicted event matches a gold event when the sentence, the CAMEO root and the
source agree and, where gold names one, the target too. Each gold row is matched once;
core rows count for recall, optional rows are credited when found and not missed
otherwise; a prediction that matches nothing (a duplicate included) counts against
precision. ``ROLE`` rows are checked against the actors' affiliations.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["EvalReport", "GoldRow", "evaluate", "read_gold"]


@dataclass(frozen=True)
class GoldRow:
    id: str
    sentence: int
    source: str
    event: str
    cameo: str
    target: str
    theme: str
    said_by: str
    modality: str
    core: bool


@dataclass
class EvalReport:
    """Scores plus the rows behind them, for a readable report."""

    true_positives: int = 0
    predicted: int = 0
    core_total: int = 0
    core_found: int = 0
    attributes_right: int = 0
    roles_total: int = 0
    roles_found: int = 0
    missed: list[GoldRow] = field(default_factory=list)
    spurious: list[dict[str, str]] = field(default_factory=list)
    attribute_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.core_found / self.core_total if self.core_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def summary(self) -> str:
        """A readable report: the scores, then every miss and false alarm."""
        lines = [
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  f1 {self.f1:.3f}",
            f"matched {self.true_positives} of {self.predicted} predicted; "
            f"core {self.core_found}/{self.core_total}",
            f"said_by and modality right on {self.attributes_right}/{self.core_found} core events",
            f"roles {self.roles_found}/{self.roles_total}",
        ]
        lines += [
            f"missed   {g.id} sentence {g.sentence}: {g.source} {g.event} {g.target}"
            for g in self.missed
        ]
        lines += [
            f"spurious sentence {p['sentence']}: {p['source']} {p['event']} {p['target']}"
            for p in self.spurious
        ]
        lines += [f"attribute {line}" for line in self.attribute_errors]
        return "\n".join(lines) + "\n"


def read_gold(path: Path) -> list[GoldRow]:
    """Gold rows of a TSV with the columns of ``seed_events.tsv`` ('#' lines are comments)."""
    with path.open(encoding="utf-8") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    return [
        GoldRow(
            id=row["id"],
            sentence=int(row["sent"]),
            source=row["source"],
            event=row["event"],
            cameo=row["cameo"],
            target=row["target"],
            theme=row["theme"],
            said_by=row["said_by"],
            modality=row["modality"],
            core=row["level"] == "core",
        )
        for row in csv.DictReader(lines, delimiter="\t")
    ]


def _same(a: str, b: str) -> bool:
    return a.casefold() == b.casefold()


def _matches(gold: GoldRow, row: dict[str, str]) -> bool:
    return (
        int(row["sentence"]) == gold.sentence
        and row["cameo"][:2] == gold.cameo[:2]
        and _same(row["source"], gold.source)
        and (gold.target == "-" or _same(row["target"], gold.target))
    )


def evaluate(
    gold: Sequence[GoldRow],
    predicted: Sequence[dict[str, str]],
    affiliations: Iterable[tuple[str, str]] = (),
) -> EvalReport:
    """Score events (rows of the events table) and roles ((actor, affiliation) labels)."""
    events = [g for g in gold if g.event != "ROLE"]
    roles = [g for g in gold if g.event == "ROLE"]
    report = EvalReport(predicted=len(predicted), core_total=sum(g.core for g in events))
    unmatched = list(events)
    # Core rows first, so an optional row never takes a prediction a core row needed.
    unmatched.sort(key=lambda g: not g.core)
    for row in sorted(predicted, key=lambda r: -float(r.get("confidence") or 0)):
        hit = next((g for g in unmatched if _matches(g, row)), None)
        if hit is None:
            report.spurious.append(row)
            continue
        unmatched.remove(hit)
        report.true_positives += 1
        if hit.core:
            report.core_found += 1
            said_ok = _same(row["said_by"], hit.said_by)
            modality_ok = row["modality"] == hit.modality
            if said_ok and modality_ok:
                report.attributes_right += 1
            else:
                report.attribute_errors.append(
                    f"{hit.id}: said_by {row['said_by']!r}/{hit.said_by!r}, "
                    f"modality {row['modality']!r}/{hit.modality!r}"
                )
    report.missed = [g for g in unmatched if g.core]
    known = {(a.casefold(), b.casefold()) for a, b in affiliations}
    report.roles_total = len(roles)
    report.roles_found = sum((g.source.casefold(), g.target.casefold()) in known for g in roles)
    return report
