"""The whole pipeline, ingest → nlp → extract → rdf → store → outputs, as one call.

``build`` is what ``kg build`` runs and what a notebook calls. It streams: articles are
read lazily, parsed in batches, and each article's named graph is written to the store
as soon as it is extracted.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.tokens import Doc

from kg.errors import KgError
from kg.extract import Extraction, KnownPeople, extract
from kg.files import write_atomic
from kg.gazetteer import load_gazetteer
from kg.ingest import Article, Rejected, iter_articles
from kg.nlp import DEFAULT_MODEL, load_pipeline, parse, parse_sentence
from kg.rdf import ONTOLOGY_GRAPH, article_graph, article_iri
from kg.store import Store, open_store
from kg.tables import EVENT_COLUMNS, events_table, format_rows, saved_query
from kg.validate import validate_graph
from kg.viz import actor_graph, render_html
from kg.vocabulary import default_ontology_path, load_ontology_graph, load_vocabulary

# Articles validated and stored together: validation has a fixed cost worth sharing.
VALIDATION_BATCH = 50

__all__ = ["BuildReport", "build", "extract_articles", "store_extractions", "write_outputs"]


@dataclass
class BuildReport:
    """What a build did: counts for the summary and every rejected input with its reason."""

    articles: int = 0
    skipped: int = 0
    duplicates: int = 0
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


def _unseen(
    articles: Iterable[Article], store: Store, force: bool, report: BuildReport
) -> Iterator[Article]:
    """Articles whose text is new: not stored already (unless ``force``), and not a
    repeat of an earlier article of this run (same text, same IRI: stored once)."""
    seen: set[str] = set()
    for article in articles:
        if article.uid in seen:
            report.duplicates += 1
        elif not force and store.has_graph(article_iri(article.uid)):
            report.skipped += 1
        else:
            seen.add(article.uid)
            yield article


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


def extract_articles(
    articles: Iterable[Article],
    model: str = DEFAULT_MODEL,
    ontologies: Sequence[Path] = (),
    one_sentence: bool = False,
    pretokenized: bool = False,
    known_people: KnownPeople | None = None,
) -> Iterator[Extraction]:
    """Parse and extract articles lazily; ``one_sentence`` keeps each text one sentence.
    People found are added to ``known_people``, so later articles can refer to them."""
    vocab = load_vocabulary(tuple(Path(p) for p in ontologies))
    gazetteer = load_gazetteer()
    nlp = load_pipeline(model)
    if one_sentence:
        pairs: Iterable[tuple[Article, Doc]] = (
            (a, parse_sentence(nlp, a.text, pretokenized)) for a in articles
        )
    else:
        pairs = parse(nlp, articles)
    for article, doc in pairs:
        extraction = extract(article, doc, vocab, gazetteer, known_people)
        if known_people is not None:
            for actor in extraction.actors:
                if actor.type == "Person":
                    known_people.add(actor.label)
        yield extraction


def load_ontology(store: Store, ontologies: Sequence[Path] = ()) -> None:
    """Keep the ontology (with any extra files) in its own named graph of the store."""
    graph = load_ontology_graph((default_ontology_path(), *(Path(p) for p in ontologies)))
    store.replace_graph(ONTOLOGY_GRAPH, graph)


def store_extractions(
    store: Store, batch: Sequence[Extraction], ontologies: Sequence[Path] = ()
) -> None:
    """Validate a batch of articles against the shapes, then store each; a violation
    stops the build before anything of the batch is written."""
    vocab = load_vocabulary(tuple(Path(p) for p in ontologies))
    graphs = [(article_iri(e.article.uid), article_graph(e, vocab)) for e in batch]
    union = Graph()
    for _name, graph in graphs:
        union += graph
    report = validate_graph(union, ontologies)
    if not report.conforms:
        raise KgError("E050", report=report.summary())
    for name, graph in graphs:
        store.replace_graph(name, graph)


def build(
    paths: Sequence[str | Path],
    out: Path = Path("output"),
    model: str = DEFAULT_MODEL,
    ontologies: Sequence[Path] = (),
    batch_size: int = VALIDATION_BATCH,
    force: bool = False,
) -> BuildReport:
    """Read, parse, extract, validate and store every article under ``paths``; write the
    outputs. Articles already in the store are skipped unless ``force`` (rebuild them
    after changing the ontology); a rebuilt article replaces its named graph. Articles
    are validated and stored in batches of ``batch_size``."""
    report = BuildReport()
    with open_store(out / "store") as store:
        load_ontology(store, ontologies)
        articles = _unseen(_accepted(iter_articles(paths), report), store, force, report)
        people = KnownPeople(str(row["label"]) for row in store.rows(saved_query("people")))
        batch: list[Extraction] = []
        for extraction in extract_articles(articles, model, ontologies, known_people=people):
            batch.append(extraction)
            report.articles += 1
            report.events += len(extraction.events)
            if len(batch) >= batch_size:
                store_extractions(store, batch, ontologies)
                batch.clear()
        if batch:
            store_extractions(store, batch, ontologies)
        report.outputs = write_outputs(store, out)
        report.triples = len(store)
    return report
