"""Extraction quality, side by side with a textacy baseline, in one run.

    python -m benchmarks.quality [--shared ../shared]

1. Seed article against the hand-coded gold (``gold/seed_events.tsv``).
2. PLOVER gold-standard dev records (``data/dev/plover_gsr_dev.json``): the share of
   records for which an event of the right type is found whose source, and target where
   coded, overlap the gold actor text. CAMEO codes map to PLOVER types through
   ``data/cameo/CAMEO2PLOVER-2021.txt``, bridged to the older type names the dev set uses.
3. CaRB dev (``data/dev/carb``): open-triple F1 by the CaRB rules (see ``carb.py``),
   on the benchmark's own tokens.

The baseline is textacy's ``subject_verb_object_triples`` on the same parses; for
events, its verb lemma is typed with the same ontology triggers and its subject and
object text stand for the actors.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import textacy.extract
from spacy.tokens import Doc

from benchmarks.carb import as_tuples, read_gold, score
from kg.build import build
from kg.evaluate import evaluate
from kg.evaluate import read_gold as read_event_gold
from kg.gazetteer import load_gazetteer
from kg.ingest import Article
from kg.nlp import load_pipeline, parse_sentence
from kg.pipeline import extract_articles
from kg.store import open_store
from kg.tables import affiliation_pairs, events_table
from kg.vocabulary import load_vocabulary

ROOT = Path(__file__).resolve().parents[1]
# Type names of the 2021 CAMEO→PLOVER table that the older dev set spells differently.
OLD_NAMES = {"REQUEST": "DEMAND"}
# The 2021 table has no rows for CAMEO 01 and 02; PLOVER's REQUEST covers appeals (02).
MISSING_ROOTS = {"02": ("REQUEST", "")}


@dataclass(frozen=True)
class Coded:
    """One coded event, from kg or from the baseline, for the PLOVER comparison."""

    cameo: str
    source: tuple[str, ...]
    target: tuple[str, ...]


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode)."""
    table: dict[str, tuple[str, str]] = dict(MISSING_ROOTS)
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if match:
            table.setdefault(match.group(1), (match.group(2), (match.group(3) or "").strip()))
    return table


def plover_type(cameo: str, table: dict[str, tuple[str, str]]) -> str | None:
    """The dev set's type name for a CAMEO code: the most specific code in the table."""
    candidates = [cameo + "0"] if len(cameo) == 2 else []  # a root reads as "X0, not specified"
    candidates += [cameo[:length] for length in range(len(cameo), 1, -1)]
    for code in candidates:
        if code in table:
            name, mode = table[code]
            if name == "ACCUSE":
                return "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
            if name == "ASSAULT" and cameo[:2] in {"19", "20"}:
                return "FIGHT"
            return OLD_NAMES.get(name, name)
    return None


def _words(text: str) -> set[str]:
    return {re.sub(r"(['\u2019]s|\W)+$", "", w) for w in text.lower().split()} - {"", "the"}


def _overlaps(ours: Iterable[str], gold: Iterable[str]) -> bool:
    mine = set().union(*(_words(t) for t in ours))
    return any(mine & _words(g) for g in gold)


def _actor_texts(field: object) -> list[str]:
    """The coded actor texts of a record's source or target ('' or absent: not coded)."""
    return [str(a["actorText"]) for a in field] if isinstance(field, list) else []


def plover_score(
    records: list[dict[str, object]], coded: list[list[Coded]], table: dict[str, tuple[str, str]]
) -> float:
    hits = 0
    for record, events in zip(records, coded, strict=True):
        sources, targets = _actor_texts(record.get("source")), _actor_texts(record.get("target"))
        for event in events:
            if plover_type(event.cameo, table) != record["event"]:
                continue
            source_ok = not sources or _overlaps(event.source, sources)
            if source_ok and (not targets or _overlaps(event.target, targets)):
                hits += 1
                break
    return hits / len(records)


def baseline_events(doc: Doc) -> list[Coded]:
    """textacy SVO triples typed by the ontology's trigger heads."""
    vocab = load_vocabulary()
    out = []
    for triple in textacy.extract.subject_verb_object_triples(doc):
        lemma = triple.verb[-1].lemma_.lower()
        for event_type, _trigger in vocab.by_head.get(lemma, ()):
            source = " ".join(t.text for t in triple.subject)
            target = " ".join(t.text for t in triple.object)
            out.append(Coded(event_type.cameo, (source,), (target,)))
            break
    return out


def _label(key: str | None) -> str:
    return (key or "").replace("_", " ")


def kg_events(articles: list[Article]) -> Iterator[list[Coded]]:
    for extraction in extract_articles(articles):
        yield [
            Coded(
                e.cameo,
                (_label(e.source), e.source_text),
                (_label(e.target), e.target_text or e.theme),  # a non-actor target is in the theme
            )
            for e in extraction.events
        ]


def seed_scores(shared: Path) -> None:
    gold = read_event_gold(shared / "gold" / "seed_events.tsv")
    with tempfile.TemporaryDirectory() as tmp:
        build([ROOT / "seeds"], out=Path(tmp))
        with open_store(Path(tmp) / "store", create=False) as store:
            report = evaluate(gold, events_table(store), affiliation_pairs(store))
    nlp = load_pipeline()
    gazetteer = load_gazetteer()
    text = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8").split(" ", 2)[-1]
    doc = nlp(text.strip())
    rows = []
    numbers = {s.start: n for n, s in enumerate((s for s in doc.sents if s.text.strip()), 1)}
    for sent in doc.sents:
        if sent.start not in numbers:
            continue
        for coded in baseline_events(sent.as_doc()):
            entries = [gazetteer.lookup(t) for t in (*coded.source, *coded.target)]
            source = entries[0].label if entries[0] else coded.source[0]
            target = entries[1].label if entries[1] else coded.target[0]
            rows.append(
                {
                    "sentence": str(numbers[sent.start]),
                    "cameo": coded.cameo,
                    "source": source,
                    "target": target,
                    "said_by": "-",
                    "modality": "asserted",
                    "confidence": "1",
                }
            )
    base = evaluate(gold, rows)
    print("1. seed article vs gold (core recall; precision over all predictions)")
    print(
        f"   kg       P {report.precision:.3f}  R {report.recall:.3f}  F1 {report.f1:.3f}  "
        f"said_by+modality {report.attributes_right}/{report.core_found}  "
        f"roles {report.roles_found}/{report.roles_total}"
    )
    print(f"   textacy  P {base.precision:.3f}  R {base.recall:.3f}  F1 {base.f1:.3f}")


def plover_scores(shared: Path) -> None:
    records = [
        r
        for r in json.loads((shared / "data/dev/plover_gsr_dev.json").read_text())
        if r.get("text")
    ]
    table = plover_table(shared / "data/cameo/CAMEO2PLOVER-2021.txt")
    articles = [Article(str(r["id"]), str(r["text"])) for r in records]
    ours = list(kg_events(articles))
    nlp = load_pipeline()
    base = [baseline_events(nlp(a.text)) for a in articles]
    print(f"2. PLOVER dev ({len(records)} records): right type with overlapping source/target")
    print(f"   kg       {plover_score(records, ours, table):.3f}")
    print(f"   textacy  {plover_score(records, base, table):.3f}")


def carb_scores(shared: Path) -> None:
    gold = read_gold(shared / "data/dev/carb/gold.tsv")
    sentences = [
        s.strip()
        for s in (shared / "data/dev/carb/sentences.txt").read_text().splitlines()
        if s.strip()
    ]
    nlp = load_pipeline()
    ours, base = [], []
    articles = [Article(str(n), s) for n, s in enumerate(sentences, 1)]
    for sentence, extraction in zip(
        sentences, extract_articles(articles, one_sentence=True, pretokenized=True), strict=True
    ):
        ours += [(sentence, c.confidence, c.relation, c.arg1, c.args) for c in extraction.clauses]
    for sentence in sentences:
        doc = parse_sentence(nlp, sentence, pretokenized=True)
        for t in textacy.extract.subject_verb_object_triples(doc):
            base.append(
                (
                    sentence,
                    1.0,
                    " ".join(x.text for x in t.verb),
                    " ".join(x.text for x in t.subject),
                    [" ".join(x.text for x in t.object)],
                )
            )
    print(f"3. CaRB dev ({len(sentences)} sentences): F1 at the best threshold")
    for name, rows in (("kg", ours), ("textacy", base)):
        s = score(gold, as_tuples(rows))
        print(
            f"   {name:8} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"({len(rows)} triples)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    shared = parser.parse_args().shared
    started = time.perf_counter()
    seed_scores(shared)
    plover_scores(shared)
    carb_scores(shared)
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
