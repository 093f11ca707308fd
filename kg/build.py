"""The whole pipeline, ingest → nlp → extract → rdf → store → outputs, as one call.

``build`` is what ``kg build`` runs and what a notebook calls. It streams: articles are
read lazily, parsed in batches, and each article's named graph is written to the store
as soon as it is extracted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.extract import extract
from kg.files import write_atomic
from kg.gazetteer import load_gazetteer
from kg.ingest import Article, Rejected, iter_articles
from kg.nlp import DEFAULT_MODEL, load_pipeline, parse
from kg.rdf import ONTOLOGY_GRAPH, article_graph, article_iri
from kg.store import Store, open_store
from kg.tables import EVENT_COLUMNS, events_table, format_rows
from kg.viz import actor_graph, render_html
from kg.vocabulary import default_ontology_path, load_ontology_graph, load_vocabulary

__all__ = ["BuildReport", "build", "write_outputs"]


@dataclass
class BuildReport:
    """What a build did: counts for the summary and every rejected input with its reason."""

    articles: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    triples: int = 0
    outputs: list[Path] = field(default_factory=list)


def _accepted(items: Iterable[Article | Rejected], report: BuildReport) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Rejected):
            report.rejected.append(item)
        else:
            yield item


def write_outputs(store: Store, out: Path) -> list[Path]:
    """``graph.ttl``, ``events.tsv`` and ``actors.html`` of everything in the store."""
    outputs = {
        out / "graph.ttl": store.data_graph().serialize(format="turtle"),
        out / "events.tsv": format_rows(events_table(store), EVENT_COLUMNS, "tsv"),
        out / "actors.html": render_html(actor_graph(store)),
    }
    for path, text in outputs.items():
        write_atomic(path, text)
    return list(outputs)


def build(
    paths: Sequence[str | Path],
    out: Path = Path("output"),
    model: str = DEFAULT_MODEL,
    ontologies: Sequence[Path] = (),
) -> BuildReport:
    """Read, parse, extract and store every article under ``paths``; write the outputs."""
    extra = tuple(Path(p) for p in ontologies)
    vocab = load_vocabulary(extra)
    gazetteer = load_gazetteer()
    nlp = load_pipeline(model)
    report = BuildReport()
    with open_store(out / "store") as store:
        ontology = load_ontology_graph((default_ontology_path(), *extra))
        store.replace_graph(ONTOLOGY_GRAPH, ontology)
        for article, doc in parse(nlp, _accepted(iter_articles(paths), report)):
            extraction = extract(article, doc, vocab, gazetteer)
            store.replace_graph(article_iri(article.uid), article_graph(extraction, vocab))
            report.articles += 1
            report.events += len(extraction.events)
        report.outputs = write_outputs(store, out)
        report.triples = len(store)
    return report
