"""Score extracted events against hand-coded gold, strictly, as event coders score each other.

Two gold formats are read, told apart by their columns:

* **sentence-numbered** (``shared/gold/seed_events.tsv``: ``id, sent, …``): a prediction
  sits on a gold event's sentence when its ``sentence`` number is the gold's;
* **article-level** (``shared/gold/reuters_dev.tsv``: ``article, quote, …``): a prediction
  sits on a gold event's sentence when it is in the same article and its evidence
  sentence, whitespace normalised, contains the gold ``quote``.

An actor matches (:func:`same_actor`) when both are ``-``; or the labels are equal after
normalising case, punctuation and whitespace, or every word of one is a word of the other
("Yeutter" and "Clayton Yeutter"); or both carry CAMEO actor codes that agree, on the
first three letters for a country and the first six for an IGO, NGO, IMG or MNC code.
``-`` matches only ``-``, except that a seed-format gold target ``-`` accepts any target.

An event is *fully right* when it sits on the gold's sentence, its CAMEO root is the
gold's and its source and target both match. The figures, as coders report agreement:

* core recall: core gold events with a fully right prediction;
* root recall: core gold events with a prediction of the same CAMEO root on their sentence;
* precision: predictions (in the gold's articles) fully right for some gold event, core or
  optional; a duplicate of a right prediction is right too, a half-right one is not;
* on the fully right core events, whether ``said_by`` (by the actor rule) and modality
  agree with the gold; and, where the gold has a ``location``, whether the event's
  location agrees (:func:`same_place`).

Seed ``ROLE`` rows are checked against the actors' affiliations.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import Errors, KgError
from kg.extract.coding import codes_agree
from kg.places import fold, load_places

__all__ = [
    "MODALITIES",
    "EvalReport",
    "GoldEvent",
    "evaluate",
    "read_gold",
    "same_actor",
    "same_place",
]

MODALITIES = ("asserted", "claimed", "conditional", "hypothetical", "intended")
NONE = "-"
SEED_COLUMNS = ("id", "sent", "source", "event", "cameo", "target", "said_by", "modality", "level")
ARTICLE_COLUMNS = (
    "article",
    "quote",
    "source",
    "source_code",
    "event",
    "cameo",
    "target",
    "target_code",
    "said_by",
    "modality",
    "level",
)


@dataclass(frozen=True)
class GoldEvent:
    """One hand-coded event (or seed ``ROLE`` row); ``sentence`` or ``quote`` places it."""

    id: str
    article: str | None
    sentence: int | None
    quote: str | None
    source: str
    source_code: str
    event: str
    cameo: str
    target: str
    target_code: str
    said_by: str
    modality: str
    core: bool
    location: str = NONE

    def sits_on(self, row: Mapping[str, str]) -> bool:
        """Whether the predicted row is on this gold event's sentence."""
        if self.quote is None:
            return _int(row.get("sentence")) == self.sentence
        return row.get("article") == self.article and _spaced(self.quote) in _spaced(
            row.get("evidence", "")
        )

    def fully_right(self, row: Mapping[str, str]) -> bool:
        """Same sentence, same CAMEO root, source and target both matching."""
        any_target = self.quote is None and self.target == NONE
        return (
            self.sits_on(row)
            and row.get("cameo", "")[:2] == self.cameo[:2]
            and same_actor(self.source, self.source_code, row["source"], row.get("source_code"))
            and (
                any_target
                or same_actor(self.target, self.target_code, row["target"], row.get("target_code"))
            )
        )


def _int(value: str | None) -> int | None:
    return int(value) if value and value.isdigit() else None


def _spaced(text: str) -> str:
    return " ".join(text.split())


def _words(label: str) -> list[str]:
    """Lower-case words: the possessive clitic dropped ("Haiti's" is "haiti"), stops and
    apostrophes dropped ("U.S." is "us"), other punctuation a word break ("Al-Qaeda" is
    "al qaeda")."""
    text = re.sub(r"(?<=\w)['\u2019]s?(?!\w)", "", label.casefold())
    text = re.sub(r"[.'\u2019]", "", text)
    return re.sub(r"[^\w]|_", " ", text).split()


# What a coder writes around a place's name ("near Kharg Island", "east of Basra", "the
# northern tip of the Gulf", "a suburb of Gaborone", "throughout Brazil"), which says
# where in or around the place, not which place.
_AROUND = re.compile(
    r"^(?:(?:near|off|around|outside|inside|in|at|on|the|a|mouth|tip|edge|of|central|"
    r"throughout|across|along|within|"
    r"suburbs?|outskirts|centre|center|heart|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?)\s+)+"
)
# What a coder writes after a place's name to say where in it: "the Gulf off the Iranian
# coast", "Kharg Island near Bushehr".
_WHERE_IN = re.compile(r"\s(?:off|near|outside)\s")


def _place_names(text: str) -> list[str]:
    """The places a location names, folded, without what is said around them:
    "Ouadi Doum, northern Chad" → ["ouadi doum", "chad"]; "Gulf off the Iranian coast"
    → ["gulf", "iranian coast"]; a name in brackets is the name of what it follows
    ("the centre of the capital (Freetown)" → ["capital", "freetown"])."""
    folded = fold(text)
    named = re.findall(r"\(([^()]*)\)", folded)
    parts = re.split(r",|\band\b", ", ".join([re.sub(r"\s*\([^()]*\)", "", folded), *named]))
    pieces = [piece for part in parts for piece in _WHERE_IN.split(part)]
    return [name for piece in pieces if (name := _AROUND.sub("", piece.strip()))]


def same_place(gold: str, predicted: str) -> bool:
    """Whether a predicted location agrees with the gold's: one of the places the gold
    names has the predicted name after folding (see :func:`kg.places.fold`), or the two
    names find the same place in kg's gazetteers ("south of Kharg" and "Kharg Island";
    "Basra" and "Basrah", by their GeoNames id)."""
    if gold == NONE or predicted == NONE:
        return gold == predicted
    names, mine = _place_names(gold), _place_names(predicted)
    if set(names) & set(mine):
        return True
    places = load_places()

    def key(name: str) -> str | None:
        entry = places.lookup(name)
        return entry.key if entry else None

    found = {key(name) for name in names} - {None}
    return any(key(name) in found for name in mine)


def same_actor(gold: str, gold_code: str | None, predicted: str, code: str | None) -> bool:
    """The actor rule of the module docstring; a code of ``-`` or ``""`` is no code."""
    if gold == NONE or predicted == NONE:
        return gold == predicted
    if gold_code and code and NONE not in (gold_code, code) and codes_agree(gold_code, code):
        return True
    mine, theirs = _words(predicted), _words(gold)
    if not mine or not theirs:
        return False
    return mine == theirs or set(mine) <= set(theirs) or set(theirs) <= set(mine)


@dataclass
class EvalReport:
    """The figures, and the gold events and predictions behind them."""

    predicted: int = 0
    right: int = 0
    core_total: int = 0
    core_found: int = 0
    root_found: int = 0
    said_by_right: int = 0
    modality_right: int = 0
    roles_total: int = 0
    roles_found: int = 0
    located: int = 0  # fully right core events whose gold has a location
    location_right: int = 0
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Mapping[str, str]] = field(default_factory=list)
    attribute_errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Core recall: core gold events with a fully right prediction."""
        return self.core_found / self.core_total if self.core_total else 0.0

    @property
    def root_recall(self) -> float:
        return self.root_found / self.core_total if self.core_total else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def figures(self) -> str:
        """The scores on one line, for reports that set several side by side."""
        return (
            f"core {self.recall:.3f} ({self.core_found}/{self.core_total})  "
            f"root {self.root_recall:.3f} ({self.root_found}/{self.core_total})  "
            f"P {self.precision:.3f} ({self.right}/{self.predicted})  "
            f"said_by {self.said_by_right}/{self.core_found}  "
            f"modality {self.modality_right}/{self.core_found}"
            + (f"  location {self.location_right}/{self.located}" if self.located else "")
        )

    def summary(self) -> str:
        """A readable report: the scores, then every miss and false alarm."""
        lines = [
            f"core recall {self.recall:.3f}  precision {self.precision:.3f}  f1 {self.f1:.3f}  "
            f"root recall {self.root_recall:.3f}",
            f"core events fully right {self.core_found}/{self.core_total}, "
            f"right root on their sentence {self.root_found}/{self.core_total}; "
            f"predictions fully right {self.right}/{self.predicted}",
            f"on fully right core events: said_by right {self.said_by_right}/{self.core_found}, "
            f"modality right {self.modality_right}/{self.core_found}",
        ]
        if self.located:
            lines.append(
                f"on fully right core events with a gold location: location right "
                f"{self.location_right}/{self.located}"
            )
        if self.roles_total:
            lines.append(f"roles {self.roles_found}/{self.roles_total}")
        lines += [f"missed   {_describe(g)}" for g in self.missed]
        lines += [
            f"spurious {p.get('article', '')} sentence {p.get('sentence', '')}: "
            f"{p.get('source', '')} {p.get('event', '')} {p.get('cameo', '')} {p.get('target', '')}"
            for p in self.spurious
        ]
        lines += [f"attribute {line}" for line in self.attribute_errors]
        return "\n".join(lines) + "\n"


def _describe(gold: GoldEvent) -> str:
    where = f"sentence {gold.sentence}" if gold.quote is None else f"{gold.article} {gold.quote!r}"
    return f"{gold.id} {where}: {gold.source} {gold.event} {gold.cameo} {gold.target}"


def _lines(path: Path) -> list[tuple[int, str]]:
    """The file's non-comment, non-blank lines with their 1-based numbers."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(Errors.E080, path=path, reason=exc) from None
    return [
        (number, line)
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.startswith("#")
    ]


def _check(path: Path, number: int, row: dict[str, str], columns: Sequence[str]) -> None:
    if None in row or any(row.get(c) is None for c in columns):
        raise KgError(Errors.E082, path=path, line=number, reason="wrong number of columns")
    if row["level"] not in {"core", "optional"}:
        raise KgError(Errors.E082, path=path, line=number, reason=f"level {row['level']!r}")
    if row["event"] != "ROLE":
        if not re.fullmatch(r"\d{2,4}", row["cameo"]):
            raise KgError(
                Errors.E082, path=path, line=number, reason=f"CAMEO code {row['cameo']!r}"
            )
        if row["modality"] not in MODALITIES:
            raise KgError(
                Errors.E082, path=path, line=number, reason=f"modality {row['modality']!r}"
            )


def _seed_row(row: dict[str, str], number: int, path: Path) -> GoldEvent:
    if not row["sent"].isdigit():
        raise KgError(Errors.E082, path=path, line=number, reason=f"sentence {row['sent']!r}")
    return GoldEvent(
        id=row["id"],
        article=None,
        sentence=int(row["sent"]),
        quote=None,
        source=row["source"],
        source_code=NONE,
        event=row["event"],
        cameo=row["cameo"],
        target=row["target"],
        target_code=NONE,
        said_by=row["said_by"],
        modality=row["modality"],
        core=row["level"] == "core",
    )


def _article_row(row: dict[str, str], number: int, path: Path) -> GoldEvent:
    if not _spaced(row["quote"]):
        raise KgError(Errors.E082, path=path, line=number, reason="empty quote")
    return GoldEvent(
        id=f"line {number}",
        article=row["article"],
        sentence=None,
        quote=row["quote"],
        source=row["source"],
        source_code=row["source_code"],
        event=row["event"],
        cameo=row["cameo"],
        target=row["target"],
        target_code=row["target_code"],
        said_by=row["said_by"],
        modality=row["modality"],
        core=row["level"] == "core",
        location=row.get("location") or NONE,
    )


def read_gold(path: Path) -> list[GoldEvent]:
    """Gold events of a TSV in either format ('#' lines are comments)."""
    lines = _lines(path)
    if not lines:
        raise KgError(Errors.E083, path=path)
    numbers = [number for number, _ in lines]
    reader = csv.DictReader([line for _, line in lines], delimiter="\t", quoting=csv.QUOTE_NONE)
    header = reader.fieldnames or []
    columns: Sequence[str]
    make: Callable[[dict[str, str], int, Path], GoldEvent]
    if set(SEED_COLUMNS) <= set(header):
        columns, make = SEED_COLUMNS, _seed_row
    elif set(ARTICLE_COLUMNS) <= set(header):
        columns, make = ARTICLE_COLUMNS, _article_row
    else:
        raise KgError(Errors.E081, path=path, columns=", ".join(header) or "none")
    gold = []
    for number, row in zip(numbers[1:], reader, strict=True):
        _check(path, number, row, columns)
        gold.append(make(row, number, path))
    if not gold:
        raise KgError(Errors.E083, path=path)
    return gold


def evaluate(
    gold: Sequence[GoldEvent],
    predicted: Sequence[Mapping[str, str]],
    affiliations: Iterable[tuple[str, str]] = (),
) -> EvalReport:
    """Score events (rows of the events table) and roles ((actor, affiliation) labels).

    With article-level gold, only predictions in the gold's articles are scored."""
    events = [g for g in gold if g.event != "ROLE"]
    roles = [g for g in gold if g.event == "ROLE"]
    articles = {g.article for g in events if g.article is not None}
    if articles:
        predicted = [p for p in predicted if p.get("article") in articles]
    report = EvalReport(predicted=len(predicted))
    right: set[int] = set()
    for g in events:
        on_sentence = [n for n, p in enumerate(predicted) if g.sits_on(p)]
        hits = [n for n in on_sentence if g.fully_right(predicted[n])]
        right.update(hits)
        if not g.core:
            continue
        report.core_total += 1
        report.root_found += any(predicted[n]["cameo"][:2] == g.cameo[:2] for n in on_sentence)
        if not hits:
            report.missed.append(g)
            continue
        report.core_found += 1
        said = [n for n in hits if same_actor(g.said_by, None, predicted[n]["said_by"], None)]
        moods = [n for n in hits if predicted[n]["modality"] == g.modality]
        report.said_by_right += bool(said)
        report.modality_right += bool(moods)
        if g.location != NONE:
            report.located += 1
            report.location_right += any(
                same_place(g.location, predicted[n].get("location", NONE)) for n in hits
            )
        if not said or not moods:
            first = predicted[hits[0]]
            report.attribute_errors.append(
                f"{g.id}: said_by {first['said_by']!r}/{g.said_by!r}, "
                f"modality {first['modality']!r}/{g.modality!r}"
            )
    report.right = len(right)
    report.spurious = [p for n, p in enumerate(predicted) if n not in right]
    known = {(a.casefold(), b.casefold()) for a, b in affiliations}
    report.roles_total = len(roles)
    report.roles_found = sum((g.source.casefold(), g.target.casefold()) in known for g in roles)
    return report
