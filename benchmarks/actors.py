"""Actors of a corpus as a reader of the graph meets them: one IRI for one actor, one
clean label on it. Duplicates split an actor's events between nodes of the actor graph,
and a label with a line break or a wire-service word is text kg took for a name.

    python -m benchmarks.actors [--articles 300] [--baseline REV]

The first N Reuters-21578 articles (the sample of ``corpus.py``) are built by this
checkout's kg and by the one at ``--baseline`` (default ``HEAD``), each through its own
command line, and every actor IRI's labels are read back with one SPARQL query through
``kg query`` (an actor is an IRI under ``id/actor/``, as the saved query ``actors`` has
it). Side by side:

(a) duplicate groups: actor IRIs whose labels differ only by case, whitespace,
    punctuation, a plural -s/-es or a company suffix (Co, Corp, Inc, Ltd, plc, dotted or
    not); the count and up to 15 groups (target 0);
(b) labels holding a line break or a run of whitespace (target 0);
(c) actors with more than one ``rdfs:label``;
(d) actors labelled with nothing but wire words: the agency (Reuters, and Reuter, as the
    corpus signs its stories), ``cts``, ``pct``, ``dlrs``, ``mln`` (target 0);
(e) actors typed State or Person, as the model's place names become, named as a town or
    another place of kg's gazetteers (:mod:`kg.places`) that no actor dictionary lists
    and that is no capital (a capital acting is its country: "Washington said"): places
    are where events happen (target 0). Companies and groups named after a town
    ("Delta", "Carlton") are not counted.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import CORPUS, sample
from benchmarks.revisions import python, unpacked
from kg.extract.coding import actor_code
from kg.gazetteer import load_gazetteer
from kg.places import load_places

__all__ = ["ActorCheck", "check", "label_key"]

ACTOR_LABELS = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?actor ?label ?type WHERE {
  GRAPH ?graph { ?actor rdfs:label ?label ; a ?type }
  FILTER (STRSTARTS(STR(?actor), "https://w3id.org/kg-news/id/actor/"))
}
"""
COMPANY_SUFFIXES = {"co", "corp", "inc", "ltd", "plc"}
WIRE_WORDS = {"reuters", "reuter", "cts", "pct", "dlrs", "mln"}
EXAMPLES = 15
FEW = 5


def _singular(word: str) -> str:
    """The word without a plural ending: -es after a sibilant (churches, taxes), then -s
    (forces, Reuters) but not -ss (Congress). A singular in -s loses it too, as its plural
    does its -es ("bus" and "buses" are both "bu")."""
    if re.search(r"(?:[sxz]|[cs]h)es$", word):
        word = word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def label_key(label: str) -> str:
    """What is left of a label when case, whitespace, punctuation, plural endings and a
    final company suffix are taken away: two actors with one key are one name written
    two ways. Stops and apostrophes join ("U.S." is "US", "Iraq's" "Iraqs"), other
    punctuation separates ("Al-Qaeda" is "Al Qaeda") before the words are joined."""
    text = re.sub(r"[.'\u2019]", "", label.casefold())
    words = re.sub(r"[^\w]|_", " ", text).split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return "".join(_singular(w) for w in words)


@dataclass(frozen=True)
class ActorCheck:
    """The four findings over one store's actors."""

    actors: int
    duplicates: list[list[set[str]]]  # per group, each IRI's labels
    spaced: list[str]
    relabelled: list[set[str]]
    wire: list[set[str]]
    places: list[set[str]]


PLACE_TYPES = {"State", "Person"}  # the types place names the model tags GPE end up with


def check(
    labels: Mapping[str, set[str]], types: Mapping[str, set[str]] | None = None
) -> ActorCheck:
    """Check actors given as IRI → labels (and IRI → the local names of their types).
    Groups are listed largest first."""
    by_key: dict[str, set[str]] = {}
    for actor, names in labels.items():
        for name in names:
            if key := label_key(name):
                by_key.setdefault(key, set()).add(actor)
    groups = [
        sorted((labels[iri] for iri in iris), key=sorted)
        for iris in by_key.values()
        if len(iris) > 1
    ]
    groups.sort(key=lambda group: (-len(group), [sorted(names) for names in group]))
    by_actor = sorted(labels.values(), key=sorted)
    every = sorted({name for names in by_actor for name in names})
    return ActorCheck(
        actors=len(labels),
        duplicates=groups,
        spaced=[n for n in every if n.splitlines() != [n] or re.search(r"\s{2,}", n)],
        relabelled=[names for names in by_actor if len(names) > 1],
        wire=[names for names in by_actor if any(map(_wire_words, names))],
        places=sorted(
            (
                names
                for actor, names in labels.items()
                if (types or {}).get(actor, set()) & PLACE_TYPES and any(map(_place_name, names))
            ),
            key=sorted,
        ),
    )


def _place_name(label: str) -> bool:
    """Whether the label names a place and no actor (see (e) of the module docstring)."""
    places = load_places()
    if places.capital_of(label) or actor_code(label) or load_gazetteer().lookup(label):
        return False
    return places.lookup(label) is not None


def _wire_words(label: str) -> bool:
    """Whether the label is wire words and nothing else ("REUTERS", "mln dlrs")."""
    words = set(re.sub(r"\W", " ", label.casefold()).split())
    return bool(words) and words <= WIRE_WORDS


def _shown(labels: set[str]) -> str:
    return " / ".join(repr(label) for label in sorted(labels))


def actor_labels(
    corpus: Path, work: Path, source: Path | None
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Every actor IRI's labels and types (local names) in the store kg (this checkout's,
    or the one unpacked at ``source``) builds of ``corpus``; through the command line,
    which old revisions share with new ones."""
    python(["-m", "kg.cli", "build", str(corpus), "--out", str(work), "--quiet"], source)
    answer = python(
        ["-m", "kg.cli", "query", ACTOR_LABELS, "--store", str(work / "store"), "--format", "json"],
        source,
    )
    labels: dict[str, set[str]] = {}
    types: dict[str, set[str]] = {}
    for row in json.loads(answer)["results"]["bindings"]:
        actor = row["actor"]["value"]
        labels.setdefault(actor, set()).add(row["label"]["value"])
        types.setdefault(actor, set()).add(re.split(r"[#/]", row["type"]["value"])[-1])
    return labels, types


def report(articles: int, columns: Sequence[tuple[str, ActorCheck]]) -> None:
    """The counts side by side, each followed by the first column's examples and each
    other column's where its findings differ."""
    width = max(len(name) for name, _ in columns)
    print(f"{articles} Reuters-21578 articles: actors (IRIs under id/actor/)")
    for name, found in columns:
        print(f"   {name:{width}}  {found.actors}")
    findings: list[tuple[str, int, Callable[[ActorCheck], list[str]]]] = [
        (
            "(a) groups of actors whose labels differ only by case, whitespace, punctuation, "
            "a plural or a company suffix (target 0)",
            EXAMPLES,
            lambda c: [" | ".join(map(_shown, group)) for group in c.duplicates],
        ),
        (
            "(b) labels with a line break or a run of whitespace (target 0)",
            EXAMPLES,
            lambda c: [repr(label) for label in c.spaced],
        ),
        (
            "(c) actors with more than one rdfs:label",
            FEW,
            lambda c: [_shown(labels) for labels in c.relabelled],
        ),
        (
            "(d) actors with a label of nothing but wire words: Reuters, Reuter, cts, pct, "
            "dlrs, mln (target 0)",
            FEW,
            lambda c: [_shown(labels) for labels in c.wire],
        ),
        (
            "(e) actors typed State or Person named as a place that no actor dictionary "
            "lists and that is no capital (target 0)",
            EXAMPLES,
            lambda c: [_shown(labels) for labels in c.places],
        ),
    ]
    for title, limit, items in findings:
        print(title)
        for name, found in columns:
            print(f"   {name:{width}}  {len(items(found))}")
        first = items(columns[0][1])
        for n, (name, found) in enumerate(columns):
            shown = items(found)
            if n and shown == first:
                print(f"   {name}: the same")
            elif shown:
                print(f"   {name}, {min(limit, len(shown))} of {len(shown)}:")
                print("".join(f"      {line}\n" for line in shown[:limit]), end="")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument(
        "--baseline", default="HEAD", help="git revision to compare with (default: HEAD)"
    )
    args = parser.parse_args()
    if not CORPUS.exists():
        sys.exit(f"needs {CORPUS}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = sample(work, args.articles)
        now = check(*actor_labels(corpus, work / "now", None))
        source = unpacked(args.baseline, work)
        base = now if source is None else check(*actor_labels(corpus, work / "base", source))
    label = args.baseline + (" (same code)" if source is None else "")
    report(args.articles, [("this code", now), (label, base)])
    print(f"({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
