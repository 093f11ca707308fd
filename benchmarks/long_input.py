"""Extraction time and memory on over-long input, in one run, beside an older revision.

    python -m benchmarks.long_input [--baseline REV] [--words 700 1400 5000]

Three sentences of each length: ``clauses``, the clause "Iran accused Iraq of shelling
the town and" over and over; ``list``, a list of country names and commas that accuses
someone; ``nested``, "Iran said that Iraq said that …", whose clauses nest so that the
text of each clause's arguments is most of the sentence. And an article of 990,000
characters, the seed article repeated in paragraphs (just under kg's limit per article).

Each case runs in a new process, as a user's command does, through the same calls as
``kg extract`` (:func:`kg.nlp.parse`, then :func:`kg.extract.extract`): the model is
loaded and warmed up first, then the parse and the extraction are timed apart (the
extraction three times, the fastest kept, as timeit does: the machines are shared).
Peak memory is the process's peak resident size, the model's included (shown alone).

The figure that tells linearity is the time per token at the longest sentence over the
time per token at the shortest: about 1 when time grows with length, about 7 (5,000 /
700) when it grows with its square. With ``--baseline`` (a git revision, e.g. ``main``)
every case is run again with that revision's ``kg``; its slowest cases take minutes.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.revisions import ROOT, python, unpacked

SEED = ROOT / "seeds" / "000_0302ee551327aafb.txt"
ARTICLE_CHARS = 990_000
REPEAT = 3  # extractions of each parse, the fastest kept (the machines are shared)
SENTENCES = ("clauses", "list", "nested")
NAMES = ("Iran", "Iraq", "Syria", "Israel", "Egypt", "Jordan", "Lebanon", "Turkey", "Qatar")


def _repeated(clause: str, words: int) -> str:
    """The words of ``clause`` over and over, ``words`` of them."""
    unit = clause.split()
    return " ".join(unit[i % len(unit)] for i in range(words))


def sentence(kind: str, words: int) -> str:
    """One sentence of about ``words`` words (a name and its comma count as one)."""
    if kind == "clauses":
        return (
            _repeated("Iran accused Iraq of shelling the town and", words - 3)
            + " Syria condemned it."
        )
    if kind == "list":
        names = ", ".join(NAMES[i % len(NAMES)] for i in range(words - 8))
        return names + " and Oman accused Israel of shelling the town."
    return _repeated("Iran said that Iraq said that", words - 4) + " Syria attacked Israel."


def article() -> str:
    """Ordinary news sentences, ``ARTICLE_CHARS`` characters at most: the seed article
    (without its date line) in paragraphs, as often as it fits."""
    text = SEED.read_text(encoding="utf-8").split(maxsplit=2)[2].strip()
    return "\n\n".join([text] * (ARTICLE_CHARS // (len(text) + 2)))


def run_case(kind: str, words: int) -> dict[str, Any]:
    """Parse and extract one case in this process; meant for a new process (see
    :func:`_fresh`), whose ``kg`` may be another revision's, so that only its public
    calls are used."""
    import resource
    import time
    import warnings

    from kg.extract import extract
    from kg.ingest import Article
    from kg.nlp import load_pipeline, parse

    text = article() if kind == "article" else sentence(kind, words)
    nlp = load_pipeline()
    warm = Article("warm", "Egypt urged Israel to halt the offensive.")
    extract(warm, next(parse(nlp, [warm]))[1])  # loads the vocabulary and gazetteer once
    loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        item, doc = next(parse(nlp, [Article(kind, text)]))
    parsed = time.perf_counter()
    extracting = []
    for _ in range(REPEAT):
        begun = time.perf_counter()
        extraction = extract(item, doc)
        extracting.append(time.perf_counter() - begun)
    return {
        "chars": len(text),
        "tokens": len(doc),
        "sentences": len(extraction.sentences),
        # Open relations; revisions before the rename called them clauses.
        "clauses": len(getattr(extraction, "relations", getattr(extraction, "clauses", ()))),
        "events": len(extraction.events),
        "warnings": len(caught),
        "parse": parsed - started,
        "extract": min(extracting),
        "loaded": loaded,
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _fresh(kind: str, words: int, source: Path | None) -> dict[str, Any]:
    """:func:`run_case` in a new Python process, with ``kg`` from ``source`` (an
    unpacked revision) when given, else from this checkout."""
    code = (
        "import json, sys; from benchmarks.long_input import run_case; "
        "print(json.dumps(run_case(sys.argv[1], int(sys.argv[2]))))"
    )
    output = python(["-c", code, kind, str(words)], source)
    return dict(json.loads(output.splitlines()[-1]))


def _cell(result: dict[str, Any]) -> str:
    seconds = result["parse"] + result["extract"]
    per_token = 1000 * seconds / max(1, result["tokens"])
    return (
        f"{result['parse']:7.2f} + {result['extract']:7.2f} s {per_token:6.3f} ms/token "
        f"{result['peak']:6.0f} MiB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--words", type=int, nargs="+", default=[700, 1400, 5000])
    parser.add_argument("--baseline", help="git revision to compare with (e.g. main)")
    args = parser.parse_args()
    cases = [(kind, words) for kind in SENTENCES for words in args.words] + [("article", 0)]
    with tempfile.TemporaryDirectory() as tmp:
        source = None
        if args.baseline:
            source = unpacked(args.baseline, Path(tmp))
        columns = [("this code", None)] + ([(args.baseline, source)] if source else [])
        results = {
            (kind, words): [_fresh(kind, words, s) for _, s in columns] for kind, words in cases
        }
    loaded = next(iter(results.values()))[0]["loaded"]
    print(
        f"each case a new process; parse + extract seconds, peak RSS (model alone {loaded:.0f} MiB)"
    )
    print(f"{'case':22} {'tokens':>7} {'sents':>5}   " + "   ".join(f"{n:44}" for n, _ in columns))
    for (kind, words), row in results.items():
        name = (
            f"{kind} {words} words" if kind != "article" else f"article {row[0]['chars']:,} chars"
        )
        print(
            f"{name:22} {row[0]['tokens']:7} {row[0]['sentences']:5}   "
            + "   ".join(_cell(r) for r in row)
        )
    shortest, longest = min(args.words), max(args.words)
    for n, (label, _) in enumerate(columns):
        ratios = []
        for kind in SENTENCES:
            low, high = results[(kind, shortest)][n], results[(kind, longest)][n]
            total = [(r["parse"] + r["extract"]) / r["tokens"] for r in (low, high)]
            alone = [r["extract"] / r["tokens"] for r in (low, high)]
            ratios.append(f"{kind} {total[1] / total[0]:.2f} ({alone[1] / alone[0]:.2f})")
        print(
            f"{label}: time per token at {longest:,} words / at {shortest:,}, parse and "
            f"extract (extract alone): {', '.join(ratios)}; linear is about 1, quadratic "
            f"about {longest / shortest:.0f}"
        )
    warned = [f"{k} {w}" for (k, w), row in results.items() if row[0]["warnings"]]
    print(f"split with a warning (E090) by this code: {', '.join(warned) or 'none'}")


if __name__ == "__main__":
    main()
