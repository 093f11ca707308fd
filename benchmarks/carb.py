"""CaRB scoring of open triples (Bhardwaj, Aggarwal and Mausam, EMNLP 2019), reimplemented.

Each tuple is reduced to (arg1, relation, rest of the arguments). A gold/predicted pair
scores zero unless the relations share a token and both arguments share a token;
otherwise it scores the token-bag overlap of the three slots, as precision (over the
predicted words) and recall (over the gold words). Precision matches predictions to
gold tuples one-to-one, greedily by score; recall lets one prediction cover several
gold tuples. F1 is reported at the confidence threshold that maximises it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Scores", "Tuple", "read_gold", "score"]


@dataclass(frozen=True)
class Tuple:
    relation: str
    arg1: str
    arg2: str
    confidence: float = 1.0


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    threshold: float


def read_gold(path: Path) -> dict[str, list[Tuple]]:
    """Gold tuples by sentence; ``C:`` (context) arguments are dropped, ``T:``/``L:`` kept."""
    gold: dict[str, list[Tuple]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        sentence, relation, *args = line.split("\t")
        kept = [a[2:] if a[:2] in {"T:", "L:"} else a for a in args if not a.startswith("C:")]
        arg1 = kept[0] if kept else ""
        gold[sentence].append(Tuple(relation, arg1, " ".join(kept[1:])))
    return gold


def _bag(text: str) -> Counter[str]:
    return Counter(text.lower().split())


def _pair(gold: Tuple, pred: Tuple) -> tuple[float, float]:
    """(precision, recall) of one prediction against one gold tuple."""
    slots = ((gold.relation, pred.relation), (gold.arg1, pred.arg1), (gold.arg2, pred.arg2))
    matched = predicted = reference = 0
    for index, (g, p) in enumerate(slots):
        g_bag, p_bag = _bag(g), _bag(p)
        overlap = sum((g_bag & p_bag).values())
        if overlap == 0 and (index < 2 or g_bag):
            return 0.0, 0.0
        matched += overlap
        predicted += sum(p_bag.values())
        reference += sum(g_bag.values())
    return (matched / predicted if predicted else 0.0), (matched / reference if reference else 0.0)


def _sentence_scores(gold: Sequence[Tuple], preds: Sequence[Tuple]) -> tuple[float, float]:
    """Summed precision over predictions and summed recall over gold tuples."""
    if not gold or not preds:
        return 0.0, 0.0
    table = [[_pair(g, p) for p in preds] for g in gold]
    recall = sum(max(cell[1] for cell in row) for row in table)
    pairs = sorted(
        ((table[i][j][0], i, j) for i in range(len(gold)) for j in range(len(preds))),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    precision = 0.0
    for value, i, j in pairs:
        if value <= 0:
            break
        if i in used_gold or j in used_pred:
            continue
        used_gold.add(i)
        used_pred.add(j)
        precision += value
    return precision, recall


def score(gold: dict[str, list[Tuple]], predicted: dict[str, list[Tuple]]) -> Scores:
    """CaRB precision, recall and F1 at the best confidence threshold."""
    total_gold = sum(len(v) for v in gold.values())
    thresholds = sorted({p.confidence for preds in predicted.values() for p in preds}) or [0.0]
    best = Scores(0.0, 0.0, 0.0, 0.0)
    for threshold in thresholds:
        p_sum = r_sum = 0.0
        count = 0
        for sentence, preds in predicted.items():
            kept = [p for p in preds if p.confidence >= threshold]
            count += len(kept)
            p, r = _sentence_scores(gold.get(sentence, []), kept)
            p_sum += p
            r_sum += r
        precision = p_sum / count if count else 0.0
        recall = r_sum / total_gold if total_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        if f1 > best.f1:
            best = Scores(precision, recall, f1, threshold)
    return best


def as_tuples(rows: Iterable[tuple[str, float, str, str, Sequence[str]]]) -> dict[str, list[Tuple]]:
    """(sentence, confidence, relation, arg1, args) rows grouped by sentence."""
    out: dict[str, list[Tuple]] = defaultdict(list)
    for sentence, confidence, relation, arg1, args in rows:
        out[sentence].append(Tuple(relation, arg1, " ".join(args), confidence))
    return out
