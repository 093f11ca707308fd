"""The whole pipeline, ingest → nlp → extract → rdf → store → outputs, as one call.

``build`` is what ``kg build`` runs and what a notebook calls. It streams: articles are
read lazily, parsed in batches, and each article's named graph is written to the store
with the small batch it is extracted in.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS

from kg.cache import collector_relaxed
from kg.descriptions import Describer, first_descriptions
from kg.errors import Errors, KgError
from kg.extract import Extraction, KnownActors, KnownPeople, link_people
from kg.extract.lexicon import check_lexicons
from kg.files import atomic_file, write_atomic
from kg.geojson import geojson
from kg.ingest import Article, Rejected, count_articles, iter_articles
from kg.nlp import DEFAULT_MODEL
from kg.ontology import Ontology, load_ontology
from kg.parallel import extract_parallel
from kg.progress import BuildProgress, Stopwatch
from kg.rdf import (
    BASE,
    DESCRIPTIONS_GRAPH,
    ONTOLOGY_GRAPH,
    actor_key,
    article_iri,
    article_triples,
    nquads,
)
from kg.store import Store, is_store, open_store
from kg.tables import EVENT_COLUMNS, events_table, format_rows, saved_query
from kg.validate import validate_batch
from kg.viz import actor_graph, render_html
from kg.vocabulary import CKG

# Articles validated and stored together: each validation and load has a fixed cost
# worth sharing, while the last batch is written after parsing ends, so a batch stays
# small.
VALIDATION_BATCH = 16
# Beside the outputs: what they were written from (see write_outputs).
OUTPUT_STAMP = ".kg-outputs"
ACTOR_COUNT = f"""SELECT (COUNT(DISTINCT ?actor) AS ?actors) WHERE {{
  GRAPH {DESCRIPTIONS_GRAPH.n3()} {{ ?actor a ?type }}
  FILTER (STRSTARTS(STR(?actor), "{BASE}actor/"))
}}"""

__all__ = ["BuildReport", "build", "store_extractions", "store_ontology", "write_outputs"]


@dataclass
class BuildReport:
    """What a build did: counts for the summary and every rejected input with its reason."""

    articles: int = 0
    skipped: int = 0
    duplicates: int = 0
    events: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    triples: int = 0
    actors: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)  # seconds, by stage
    outputs: list[Path] = field(default_factory=list)


def _accepted(
    items: Iterable[Article | Rejected], report: BuildReport, progress: BuildProgress
) -> Iterator[Article]:
    for item in items:
        if isinstance(item, Rejected):
            report.rejected.append(item)
            progress.pass_over()
        else:
            yield item


def _unseen(
    articles: Iterable[Article],
    store: Store,
    force: bool,
    report: BuildReport,
    progress: BuildProgress,
) -> Iterator[Article]:
    """Articles whose text is new: not stored already (unless ``force``), and not a
    repeat of an earlier article of this run (same text, same IRI: stored once)."""
    seen: set[str] = set()
    for article in articles:
        if article.uid in seen:
            report.duplicates += 1
            progress.pass_over()
        elif not force and store.has_graph(article_iri(article.uid)):
            report.skipped += 1
            progress.pass_over()
        else:
            seen.add(article.uid)
            yield article


def _fingerprint(store: Store, ontology: Ontology) -> str:
    """What the outputs depend on: the articles stored and the ontology files."""
    digest = hashlib.sha256("\n".join(store.graph_names()).encode())
    digest.update(ontology.fingerprint.encode())
    return digest.hexdigest()


def write_outputs(
    store: Store, out: Path, ontology: Ontology | None = None, changed: bool = True
) -> list[Path]:
    """``graph.ttl``, ``events.tsv``, ``actors.html`` and ``events.geojson`` (the located
    events, for a map) of everything in the store; when nothing was ``changed`` and they
    already describe this store (same articles, same ontology), they are left as they are."""
    outputs = [out / name for name in ("graph.ttl", "events.tsv", "actors.html", "events.geojson")]
    stamp = out / OUTPUT_STAMP
    fingerprint = _fingerprint(store, ontology or load_ontology())
    current = stamp.exists() and stamp.read_text() == fingerprint
    if not changed and current and all(p.exists() for p in outputs):
        return outputs
    with atomic_file(out / "graph.ttl") as handle:
        store.write_data(handle, ox.RdfFormat.TURTLE)
    write_atomic(out / "events.tsv", format_rows(events_table(store), EVENT_COLUMNS, "tsv"))
    write_atomic(out / "actors.html", render_html(actor_graph(store)))
    write_atomic(out / "events.geojson", geojson(store))
    write_atomic(stamp, fingerprint)  # last: a kill before it means "write them again"
    return outputs


def _has_articles(store: Store) -> bool:
    return any(name != str(ONTOLOGY_GRAPH) for name in store.graph_names())


def _as_stored(graph: Graph) -> Graph:
    """The ontology as a store gives it back (Oxigraph writes numbers in their canonical
    form, "7" for "7.0"), without the record of its files."""
    with open_store(None) as scratch:
        scratch.replace_graph(ONTOLOGY_GRAPH, graph)
        stored = scratch.ontology_graph()
    _forget_files(stored)
    return stored


def _forget_files(graph: Graph) -> None:
    """Remove the record of the files (their names and fingerprint) from a stored
    ontology graph, leaving what the files say."""
    graph.remove((ONTOLOGY_GRAPH, DCTERMS.source, None))
    graph.remove((ONTOLOGY_GRAPH, DCTERMS.identifier, None))


def _stored_fingerprint(store: Store) -> str | None:
    rows = store.rows(
        f"SELECT ?f WHERE {{ GRAPH {ONTOLOGY_GRAPH.n3()} "
        f"{{ {ONTOLOGY_GRAPH.n3()} {DCTERMS.identifier.n3()} ?f }} }}"
    )
    return str(rows[0]["f"]) if rows else None


def _check_same_ontology(store: Store, ontology: Ontology) -> None:
    """Refuse (E025) to replace the ontology of a store holding articles extracted with
    another: their events may be of classes it no longer has (a store that fails ``kg
    validate``), and the articles a build skips would stay coded by other rules. The two
    are compared as RDF, so a reformatted or renamed file is the same ontology."""
    if not store.has_graph(ONTOLOGY_GRAPH) or not _has_articles(store):
        return
    stored = store.ontology_graph()
    built = sorted(str(o) for o in stored.objects(ONTOLOGY_GRAPH, DCTERMS.source))
    _forget_files(stored)
    if not isomorphic(stored, _as_stored(ontology.graph)):
        given = ontology.file_names
        raise KgError(
            Errors.E025,
            path=store.path,
            built=", ".join(built) or "files not recorded",
            given="the same files, changed since" if given == built else ", ".join(given),
        )


def store_ontology(store: Store, ontology: Ontology, force: bool = False) -> None:
    """Keep the ontology in its own named graph of the store, with the names of its
    files (``dcterms:source``) and their fingerprint (``dcterms:identifier``); a store
    built with another ontology is refused unless ``force``. A store that holds the same
    files already is left as it is: the common case of a build costs no comparison."""
    if _stored_fingerprint(store) == ontology.fingerprint:
        return
    if not force:
        _check_same_ontology(store, ontology)
    # The ontology's triples as they are, without copying them into a Graph first (a
    # tenth of a second of rdflib bookkeeping in every new store's build): the store
    # keeps each triple once whatever it is given.
    record = [(ONTOLOGY_GRAPH, DCTERMS.source, Literal(n)) for n in ontology.file_names]
    record.append((ONTOLOGY_GRAPH, DCTERMS.identifier, Literal(ontology.fingerprint)))
    store.replace_graph(ONTOLOGY_GRAPH, chain(ontology.graph, record))


def store_extractions(
    store: Store,
    batch: Sequence[Extraction],
    ontology: Ontology | None = None,
    watch: Stopwatch | None = None,
    describer: Describer | None = None,
) -> None:
    """Validate a batch of articles, with the descriptions of what they mention, against
    the shapes, then store them in one transaction; a violation stops the build before
    anything of the batch is written. ``describer`` says which descriptions are written
    (:mod:`kg.descriptions`; by default, those of things the store does not describe
    yet). ``watch`` times the three steps (``rdf``, ``validate``, ``store``)."""
    ontology = ontology or load_ontology()
    watch = watch or Stopwatch()
    describer = describer or Describer()
    with watch.stage("rdf"):
        vocab = ontology.vocabulary
        graphs = [(article_iri(e.article.uid), article_triples(e, vocab)) for e in batch]
        described = first_descriptions(batch)
        articles = nquads(graphs)
    with watch.stage("validate"):
        shared = (DESCRIPTIONS_GRAPH, [t for triples in described.values() for t in triples])
        report = validate_batch([*graphs, shared], articles + nquads([shared]), ontology)
    if not report.conforms:
        raise KgError(Errors.E050, report=report.summary())
    with watch.stage("store"):
        chosen = describer.select(store, described)
        written = (DESCRIPTIONS_GRAPH, [t for triples in chosen.values() for t in triples])
        store.replace_graphs(graphs, articles + nquads([written]), descriptions=chosen)


def build(
    paths: Sequence[str | Path],
    out: Path = Path("output"),
    model: str = DEFAULT_MODEL,
    ontologies: Sequence[Path] = (),
    lexicons: Sequence[Path] = (),
    batch_size: int = VALIDATION_BATCH,
    force: bool = False,
    jobs: int = 1,
    dask: str | None = None,
    quiet: bool = True,
    outputs: bool = True,
) -> BuildReport:
    """Read, parse, extract, validate and store every article under ``paths``; write the
    outputs.

    Events are typed with the ontology's classes and triggers and with the verb
    dictionaries of ``lexicons`` before PETRARCH's (see :mod:`kg.extract.lexicon`).
    Articles already in the store are skipped unless ``force`` (rebuild them after
    changing the ontology or the lexicons); a rebuilt article replaces its named graph,
    and describes again the things it names (descriptions no article mentions any more go; see
    :mod:`kg.descriptions`). A store built
    with another ontology is refused unless ``force`` (see :func:`store_ontology`). Parsing and
    extraction run on ``jobs`` processes or the Dask cluster at ``dask``; this process
    links people across articles and validates and stores batches of ``batch_size``.
    Progress is shown unless ``quiet``. The report says how long each stage took.

    The ``outputs`` describe the whole store, so writing them costs time in proportion
    to the store, not to what this build added; without them, a build adds articles to
    a large store in time that depends on little but the articles, and the next build
    with them (or ``kg export``/``events``/``graph``) brings the files up to date."""
    if is_store(out):
        raise KgError(Errors.E039, path=out)
    report = BuildReport()
    watch = Stopwatch()
    started = time.monotonic()
    ontology = load_ontology(ontologies).checked()  # refused before the store is touched
    checked = check_lexicons(lexicons)
    with (
        collector_relaxed(),
        open_store(out / "store") as store,
        BuildProgress(count_articles(paths), quiet) as progress,
    ):
        with watch.stage("setup"):
            store_ontology(store, ontology, force)
            people = KnownPeople(str(row["label"]) for row in store.rows(saved_query("people")))
            known = KnownActors(
                (actor_key(str(r["actor"])), str(r["label"]), str(r["type"]).removeprefix(CKG))
                for r in store.rows(saved_query("actor_names"))
            )
        accepted = _accepted(iter_articles(paths), report, progress)
        articles = _unseen(accepted, store, force, report, progress)
        batch: list[Extraction] = []
        describer = Describer(force)
        # Closed on the way out, error or not: workers (or a Dask client) must not outlive
        # a failed build held in a notebook's traceback.
        parsed = extract_parallel(
            articles,
            model,
            ontology.extra,
            checked,
            jobs=jobs,
            dask=dask,
            loading=progress.loading_model,
        )
        with closing(parsed) as work:
            for extraction in watch.timed("parse and extract", work):
                if isinstance(extraction, Rejected):
                    report.rejected.append(extraction)
                    progress.pass_over()
                    continue
                with watch.stage("link"):
                    batch.append(known.settle(link_people(extraction, people)))
                report.articles += 1
                report.events += len(extraction.events)
                progress.advance(len(extraction.article.text.split()), len(extraction.events))
                if len(batch) >= batch_size:
                    store_extractions(store, batch, ontology, watch, describer)
                    batch.clear()
        if batch:
            store_extractions(store, batch, ontology, watch, describer)
        if outputs:
            with watch.stage("outputs"), progress.showing("writing outputs"):
                report.outputs = write_outputs(store, out, ontology, report.articles > 0)
        elif report.articles:
            # The files no longer describe the store, whatever their stamp says (a
            # --force rebuild keeps the articles' names): the next build rewrites them.
            (out / OUTPUT_STAMP).unlink(missing_ok=True)
        with watch.stage("summary"):
            report.triples = len(store)
            report.actors = int(store.rows(ACTOR_COUNT)[0]["actors"])
    report.seconds = round(time.monotonic() - started, 1)
    report.stages = {name: round(seconds, 2) for name, seconds in watch.seconds.items()}
    return report
