"""Extraction quality, scored strictly, each dev set in two halves, beside the code before
the change, in one run.

    python -m benchmarks.quality [--shared ../shared] [--baseline REV]

1. The seed article against ``gold/seed_events.tsv``, by ``kg eval``'s rules.
2. ``gold/reuters_dev.tsv`` (26 wire articles, ``reuters_dev.jsonl``), by ``kg eval``'s
   rules: core recall, root recall, precision, said_by and modality.
3. PLOVER dev records (``data/dev/plover_gsr_dev.json``): the share of records with an
   event of the record's type, and the strict share whose event also has the record's
   source and target, by the same actor rule (``actorText`` and ``code``; the target
   column only, never the theme; a record with no target wants none). CAMEO codes map
   to PLOVER types through ``data/cameo/CAMEO2PLOVER-2021.txt``, bridged to the older
   type names the dev set uses.
4. CaRB dev (``data/dev/carb``): open-triple F1 by the CaRB rules (see ``carb.py``).
5. Actor codes on ``reuters_dev``: on the core gold events whose CAMEO root kg found on
   their sentence (placed as ``kg eval`` places them), the share whose source and target
   codes agree, on the country part and in full (the rules are in ``codes.py``).
6. Actor codes on the PLOVER dev records with an event of the record's type, the same
   way; a record's full code is its actor's ``code`` and ``sector`` (``USA`` and ``GOV``
   are ``USAGOV``; a sector of ``***`` is none).

Every dev set but the one-article seed is split into its even and odd records (or
articles, or sentences) in file order. Study errors on the even half only; the odd half
is for checking: a gap between the two is a rule fitted to sentences, not to the
language.

Each figure is printed for this checkout and for ``--baseline`` (default ``HEAD``: the
last commit, so an uncommitted change is compared with the code it changes; on a branch,
pass the commit it started from). Both are run through kg's command line, so a past
revision is scored by today's rules. textacy's subject-verb-object triples, typed by the
same ontology triggers, are a third line (with no actor codes, so none for 5 and 6).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from spacy.language import Language
from spacy.tokens import Doc
from textacy.extract.triples import subject_verb_object_triples

from benchmarks.carb import as_tuples
from benchmarks.carb import read_gold as read_carb_gold
from benchmarks.carb import score as carb_score
from benchmarks.codes import FoundEvent, GoldCode, code_figures
from benchmarks.revisions import ROOT, python, unpacked
from kg.evaluate import GoldEvent, evaluate, read_gold, same_actor
from kg.gazetteer import load_gazetteer
from kg.nlp import load_pipeline, parse_sentence
from kg.ontology import load_ontology

# Type names of the 2021 CAMEO→PLOVER table that the older dev set spells differently.
OLD_NAMES = {"REQUEST": "DEMAND"}
# The 2021 table has no rows for CAMEO 01 and 02; PLOVER's REQUEST covers appeals (02).
MISSING_ROOTS = {"02": ("REQUEST", "")}
HALVES = ("even", "odd", "all")
# PLOVER types of acts two parties do with each other (see _parties).
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "FIGHT"})
HALF_NOTE = {"even": "even (study)", "odd": "odd (check)", "all": "all"}

Row = Mapping[str, str]
Party = TypeVar("Party")  # a record's actor, as one scorer or the other reads it
Triple = tuple[str, float, str, str, list[str]]


@dataclass(frozen=True)
class Predictions:
    """What one version of kg made of the dev sets, as plain rows; ``coded`` when its
    events carry actor codes (textacy's have none)."""

    seed: list[Row]
    roles: list[tuple[str, str]]
    reuters: list[Row]
    plover: list[Row]
    carb: list[Triple]
    coded: bool = True


@dataclass(frozen=True)
class DevSets:
    """The dev sets, read once."""

    seed_gold: list[GoldEvent]
    seed_text: str
    reuters_gold: list[GoldEvent]
    reuters_articles: list[dict[str, str]]
    plover: list[dict[str, object]]
    carb_sentences: list[str]


def read_dev_sets(shared: Path) -> DevSets:
    with (shared / "gold/reuters_dev.jsonl").open(encoding="utf-8") as handle:
        articles = [json.loads(line) for line in handle if line.strip()]
    records = json.loads((shared / "data/dev/plover_gsr_dev.json").read_text(encoding="utf-8"))
    carb = (shared / "data/dev/carb/sentences.txt").read_text(encoding="utf-8").splitlines()
    seed = next((ROOT / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    return DevSets(
        seed_gold=read_gold(shared / "gold/seed_events.tsv"),
        seed_text=seed.split(" ", 2)[-1].strip(),
        reuters_gold=read_gold(shared / "gold/reuters_dev.tsv"),
        reuters_articles=articles,
        plover=[r for r in records if r.get("text")],
        carb_sentences=[" ".join(s.split()) for s in carb if s.strip()],
    )


def half_of(index: int, half: str) -> bool:
    return half == "all" or index % 2 == ("even", "odd").index(half)


def plover_ids(records: Sequence[Mapping[str, object]]) -> list[str]:
    """The article id each record's text is built under (repeated texts share one)."""
    first: dict[str, str] = {}
    return [first.setdefault(str(r["text"]), f"plover-{n}") for n, r in enumerate(records)]


# ---------------------------------------------------------------------- predictions


def predict(dev: DevSets, shared: Path, work: Path, source: Path | None) -> Predictions:
    """Run kg's command line (this checkout's, or the one unpacked at ``source``) on every
    dev set. The command line is the interface old revisions share with new ones."""

    def kg(*args: str) -> str:
        return python(["-m", "kg.cli", *args], source, cwd=work)

    def built(name: str, *inputs: Path) -> Path:
        kg("build", *map(str, inputs), "--out", str(work / name), "--quiet")
        return work / name / "store"

    seed = built("seed", ROOT / "seeds")
    roles = csv.DictReader(
        io.StringIO(kg("query", "--name", "affiliations", "--store", str(seed), "--format", "tsv")),
        delimiter="\t",
    )
    plover_input = work / "plover.jsonl"
    unique = dict(zip(plover_ids(dev.plover), (str(r["text"]) for r in dev.plover), strict=True))
    plover_input.write_text(
        "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in unique.items()), "utf-8"
    )
    carb_input = work / "carb.txt"
    carb_input.write_text("\n".join(dev.carb_sentences) + "\n", encoding="utf-8")
    triples = []
    for line in kg("extract", "--lines", "--format", "triples", "--file", str(carb_input)).split(
        "\n"
    ):
        if line:
            sentence, confidence, relation, arg1, *args = line.split("\t")
            triples.append((sentence, float(confidence), relation, arg1, args))

    def events(store: Path) -> list[Row]:
        rows: list[Row] = json.loads(kg("events", "--store", str(store), "--format", "json"))
        return rows

    return Predictions(
        seed=events(seed),
        roles=[(r["actor"], r["affiliation"]) for r in roles],
        reuters=events(built("reuters", shared / "gold/reuters_dev.jsonl")),
        plover=events(built("plover", plover_input)),
        carb=triples,
    )


# ---------------------------------------------------------------------- textacy


def textacy_rows(nlp: Language, articles: Iterable[tuple[str, str]]) -> list[Row]:
    """textacy's subject-verb-object triples as events-table rows: the verb's lemma typed
    by the ontology's trigger heads, subject and object named by the gazetteer or as
    written. Sentences are numbered as kg numbers them (non-blank ones, from 1)."""
    vocab = load_ontology().vocabulary
    gazetteer = load_gazetteer()

    def name(words: Sequence[object]) -> str:
        text = " ".join(str(w) for w in words)
        entry = gazetteer.lookup(text)
        return entry.label if entry else text

    rows: list[Row] = []
    for article, text in articles:
        sentences = (s for s in nlp(text).sents if s.text.strip())
        for number, sentence in enumerate(sentences, 1):
            for triple in subject_verb_object_triples(sentence.as_doc()):
                types = vocab.by_head.get(triple.verb[-1].lemma_.lower(), ())
                if types:
                    rows.append(
                        {
                            "article": article,
                            "sentence": str(number),
                            "cameo": types[0][0].cameo,
                            "source": name(triple.subject),
                            "target": name(triple.object),
                            "said_by": "-",
                            "modality": "asserted",
                            "evidence": " ".join(sentence.text.split()),
                        }
                    )
    return rows


def textacy_triples(nlp: Language, sentences: Iterable[str]) -> list[Triple]:
    out: list[Triple] = []
    for sentence in sentences:
        doc: Doc = parse_sentence(nlp, sentence)
        for t in subject_verb_object_triples(doc):
            words = (" ".join(x.text for x in part) for part in (t.verb, t.subject, t.object))
            verb, subject, obj = words
            out.append((sentence, 1.0, verb, subject, [obj]))
    return out


def textacy_predictions(dev: DevSets) -> Predictions:
    nlp = load_pipeline()
    reuters = [(a["id"], a["text"]) for a in dev.reuters_articles]
    plover = dict(zip(plover_ids(dev.plover), (str(r["text"]) for r in dev.plover), strict=True))
    return Predictions(
        seed=textacy_rows(nlp, [("seed", dev.seed_text)]),
        roles=[],
        reuters=textacy_rows(nlp, reuters),
        plover=textacy_rows(nlp, plover.items()),
        carb=textacy_triples(nlp, dev.carb_sentences),
        coded=False,
    )


# ---------------------------------------------------------------------- PLOVER


def plover_table(path: Path) -> dict[str, tuple[str, str]]:
    """CAMEO code → (PLOVER type, mode)."""
    table: dict[str, tuple[str, str]] = dict(MISSING_ROOTS)
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*(?:,\s*([^,#]*))?", line)
        if match:
            table.setdefault(match.group(1), (match.group(2), (match.group(3) or "").strip()))
    return table


def plover_type(cameo: str, table: dict[str, tuple[str, str]]) -> str | None:
    """The dev set's type name for a CAMEO code: the most specific code in the table. The
    2021 table's ASSAULT spans CAMEO 18 to 20; the dev set's older types keep FIGHT for
    conventional force (19) and ASSAULT for unconventional violence, mass violence (20)
    among it ("militiamen attacked a refugee camp, killing 156" is an ASSAULT there)."""
    candidates = [cameo + "0"] if len(cameo) == 2 else []  # a root reads as "X0, not specified"
    candidates += [cameo[:length] for length in range(len(cameo), 1, -1)]
    for code in candidates:
        if code in table:
            name, mode = table[code]
            if name == "ACCUSE":
                return "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
            if name == "ASSAULT" and cameo[:2] == "19":
                return "FIGHT"
            return OLD_NAMES.get(name, name)
    return None


def _coded_actors(field: object) -> list[tuple[str, str]]:
    """A record's coded (actorText, code) pairs; none when the field is absent or empty."""
    if not isinstance(field, list):
        return []
    return [(str(a.get("actorText", "")), str(a.get("code", ""))) for a in field]


def _plays(gold: list[tuple[str, str]], label: str, code: str | None) -> bool:
    if not gold:
        return label == "-"
    return any(same_actor(text, gold_code, label, code) for text, gold_code in gold)


def _parties(
    record: Mapping[str, object], sources: list[Party], targets: list[Party]
) -> list[Party]:
    """Whom a record lets be the target besides its targets: a record of a mutual act (a
    type of :data:`MUTUAL_TYPES`: talks, an agreement, joint exercises, a clash) lists
    its two or more parties as its sources and names no target, where CAMEO codes each
    party as the other's target, as kg and the reuters_dev gold do; so there, another
    of its sources is one (a party other than the event's source: see the callers)."""
    mutual = record.get("event") in MUTUAL_TYPES
    return sources if mutual and not targets and len(sources) > 1 else []


def _plays_another(parties: list[tuple[str, str]], row: Row) -> bool:
    """Whether the row's target plays a party of a mutual act that its source does not."""
    others = [p for p in parties if not _plays([p], row["source"], row.get("source_code"))]
    return bool(others) and _plays(others, row["target"], row.get("target_code"))


@dataclass(frozen=True)
class PloverFigures:
    records: int
    typed: int
    strict: int

    def line(self) -> str:
        n = self.records or 1
        return (
            f"type {self.typed / n:.3f} ({self.typed}/{self.records})  "
            f"strict {self.strict / n:.3f} ({self.strict}/{self.records})"
        )


def plover_found(
    dev: DevSets, rows: Sequence[Row], table: dict[str, tuple[str, str]], half: str
) -> Iterator[tuple[Mapping[str, object], list[Row]]]:
    """Each record of the half with kg's events of the record's type on its text."""
    by_article: dict[str, list[Row]] = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    for index, (record, article) in enumerate(zip(dev.plover, plover_ids(dev.plover), strict=True)):
        if half_of(index, half):
            right = [
                r
                for r in by_article.get(article, [])
                if plover_type(r["cameo"], table) == record["event"]
            ]
            yield record, right


def plover_figures(
    dev: DevSets, rows: Sequence[Row], table: dict[str, tuple[str, str]], half: str
) -> PloverFigures:
    records = typed = strict = 0
    for record, right in plover_found(dev, rows, table, half):
        records += 1
        sources, targets = _coded_actors(record.get("source")), _coded_actors(record.get("target"))
        typed += bool(right)
        parties = _parties(record, sources, targets)
        strict += any(
            _plays(sources, r["source"], r.get("source_code"))
            and (_plays(targets, r["target"], r.get("target_code")) or _plays_another(parties, r))
            for r in right
        )
    return PloverFigures(records, typed, strict)


def _plover_codes(field: object) -> list[GoldCode]:
    """A record's actors' codes: ``code`` is the country part, and with the ``sector``
    (role) after it the full code; none when the field is absent or empty."""
    if not isinstance(field, list):
        return []
    return [
        GoldCode(str(a["code"]), str(a["code"]) + str(a.get("sector", "")).replace("***", ""))
        for a in field
    ]


def plover_codes_found(
    dev: DevSets, rows: Sequence[Row], table: dict[str, tuple[str, str]], half: str
) -> list[FoundEvent]:
    """The half's records kg found an event of the record's type for, with their codes."""
    found = []
    for record, right in plover_found(dev, rows, table, half):
        if right:
            sources, targets = (_plover_codes(record.get(side)) for side in ("source", "target"))
            found.append(FoundEvent(sources, targets, right, _parties(record, sources, targets)))
    return found


def reuters_codes_found(gold: Iterable[GoldEvent], rows: Sequence[Row]) -> list[FoundEvent]:
    """The core gold events with kg's events of their CAMEO root on their sentence, as
    ``kg eval`` counts root recall, with their codes."""
    found = []
    for g in (g for g in gold if g.core):
        right = [r for r in rows if g.sits_on(r) and r["cameo"][:2] == g.cameo[:2]]
        if right:
            source, target = ([GoldCode(c, c)] for c in (g.source_code, g.target_code))
            found.append(FoundEvent(source, target, right))
    return found


# ---------------------------------------------------------------------- report


def reuters_half(dev: DevSets, half: str) -> set[str]:
    return {a["id"] for n, a in enumerate(dev.reuters_articles) if half_of(n, half)}


def report(dev: DevSets, shared: Path, columns: Sequence[tuple[str, Predictions]]) -> None:
    width = max(len(name) for name, _ in columns)

    def show(half: str, name: str, text: str) -> None:
        print(f"   {HALF_NOTE[half]:13} {name:{width}}  {text}")

    print("1. seed article (one article, studied in full), kg eval's rules")
    for name, p in columns:
        seed = evaluate(dev.seed_gold, p.seed, p.roles)
        roles = f"  roles {seed.roles_found}/{seed.roles_total}" if p.roles else ""
        show("all", name, seed.figures() + roles)

    articles = len(dev.reuters_articles)
    print(f"2. reuters_dev ({articles} articles, halves by article), kg eval's rules")
    for half in HALVES:
        ids = reuters_half(dev, half)
        gold = [g for g in dev.reuters_gold if g.article in ids]
        for name, p in columns:
            show(
                half, name, evaluate(gold, [r for r in p.reuters if r["article"] in ids]).figures()
            )

    table = plover_table(shared / "data/cameo/CAMEO2PLOVER-2021.txt")
    print(
        f"3. PLOVER dev ({len(dev.plover)} records, halves by record): an event of the "
        "record's type; strict: with its source and target too"
    )
    for half in HALVES:
        for name, p in columns:
            show(half, name, plover_figures(dev, p.plover, table, half).line())

    carb = read_carb_gold(shared / "data/dev/carb/gold.tsv")
    tuples = {" ".join(k.split()): v for k, v in carb.items()}
    print(
        f"4. CaRB dev ({len(dev.carb_sentences)} sentences, halves by sentence): "
        "F1 at the best threshold"
    )
    for half in HALVES:
        kept = {s for n, s in enumerate(dev.carb_sentences) if half_of(n, half)}
        for name, p in columns:
            triples = [t for t in p.carb if t[0] in kept]
            s = carb_score({k: v for k, v in tuples.items() if k in kept}, as_tuples(triples))
            show(
                half,
                name,
                f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  ({len(triples)} triples)",
            )

    uncoded = "n/a (no actor codes)"
    print(
        "5. reuters_dev actor codes, on the core gold events whose root kg found on their "
        "sentence: source and target codes agree on their three letters, the country part, "
        "and in full"
    )
    for half in HALVES:
        ids = reuters_half(dev, half)
        gold = [g for g in dev.reuters_gold if g.article in ids]
        for name, p in columns:
            found = reuters_codes_found(gold, p.reuters)
            show(half, name, code_figures(found).line() if p.coded else uncoded)
    print(
        "6. PLOVER dev actor codes, on the records with an event of the record's type: "
        "source and target codes agree on their three letters, the country part, and in full"
    )
    for half in HALVES:
        for name, p in columns:
            found = plover_codes_found(dev, p.plover, table, half)
            show(half, name, code_figures(found).line() if p.coded else uncoded)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument(
        "--baseline", default="HEAD", help="git revision to compare with (default: HEAD)"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    dev = read_dev_sets(args.shared)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "now").mkdir()
        now = predict(dev, args.shared, work / "now", None)
        (work / "base").mkdir()
        source = unpacked(args.baseline, work / "base")
        base = now if source is None else predict(dev, args.shared, work / "base", source)
    label = args.baseline + (" (same code)" if source is None else "")
    report(
        dev, args.shared, [("this code", now), (label, base), ("textacy", textacy_predictions(dev))]
    )
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
