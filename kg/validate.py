"""Validate a graph against ``ontology/shapes.ttl`` with pySHACL, and report it readably.

The data is checked together with the ontology (mixed into one graph), so that a shape
can require an event's class to carry a CAMEO code. Each violation is reported with the
shape it breaks, named as ``NodeShape/property name``, so a user knows which rule failed.
Batches of a build and whole stores pass through the shapes compiled to SPARQL
(:mod:`kg.shapes`) first, and reach pySHACL only when those find something.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain

import pyoxigraph as ox
import pyshacl
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg.ontology import Ontology, load_ontology
from kg.rdf import ONTOLOGY_GRAPH, Triple, bind_prefixes, nquads
from kg.shapes import violated
from kg.store import Store

__all__ = [
    "ValidationReport",
    "Violation",
    "validate_batch",
    "validate_graph",
    "validate_store",
]

SH = Namespace("http://www.w3.org/ns/shacl#")


@dataclass(frozen=True)
class Violation:
    shape: str
    focus: str
    path: str
    message: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: tuple[Violation, ...]

    def summary(self, limit: int = 50) -> str:
        """One line per violation (up to ``limit``), then a count."""
        if self.conforms:
            return "conforms: every shape in shapes.ttl holds\n"
        lines = [
            f"violation of {v.shape}: {v.focus} {v.path}: {v.message}"
            for v in self.violations[:limit]
        ]
        if len(self.violations) > limit:
            lines.append(f"… and {len(self.violations) - limit} more")
        lines.append(f"{len(self.violations)} violations")
        return "\n".join(lines) + "\n"


def _shape_name(shapes: Graph, shape: object) -> str:
    def local(node: object) -> str:
        return str(node).rsplit("#", 1)[-1]

    if isinstance(shape, BNode):
        owner = next(shapes.subjects(SH.property, shape), None)
        name = shapes.value(shape, SH.name) or shapes.value(shape, SH.path)
        return f"{local(owner)}/{local(name)}" if owner is not None else local(name)
    return local(shape)


def validate_graph(
    data: Iterable[Triple], ontology: Ontology | None = None, graph: Graph | None = None
) -> ValidationReport:
    """Validate ``data`` (a Graph or any triples) against the shapes of ``ontology`` (kg's
    own by default), with an ontology graph mixed in: ``graph`` (a store's own), else
    the ontology's. The triples go straight into the one graph pySHACL reads."""
    ontology = ontology or load_ontology()
    shapes = ontology.shapes
    combined = bind_prefixes(Graph())
    if isinstance(data, Graph):  # report in the data's own prefixes too
        for prefix, namespace in data.namespaces():
            combined.bind(prefix, namespace, override=False)
    for triple in data:
        combined.add(triple)
    combined += graph if graph is not None else ontology.graph
    conforms, results, _text = pyshacl.validate(combined, shacl_graph=shapes, inference="none")
    assert isinstance(results, Graph)
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        if results.value(result, SH.resultSeverity) != SH.Violation:
            continue
        focus = results.value(result, SH.focusNode)
        violations.append(
            Violation(
                shape=_shape_name(shapes, results.value(result, SH.sourceShape)),
                focus=focus.n3(combined.namespace_manager) if focus is not None else "?",
                path=str(results.value(result, SH.resultPath) or "").rsplit("#", 1)[-1],
                message=str(results.value(result, SH.resultMessage) or ""),
            )
        )
    violations.sort(key=lambda v: (v.shape, v.focus, v.path))
    return ValidationReport(bool(conforms), tuple(violations))


@cache
def _compiled(ontology: Ontology) -> tuple[tuple[ox.Quad, ...], tuple[str, ...]] | None:
    """The ontology's quads in its graph, and the compiled shapes; None when the shapes
    cannot be compiled. Once per ontology: each batch of a build needs them. The quads
    are parsed here, once: putting 3,500 parsed quads in a store takes a third of the
    time of parsing their N-Quads again (3 ms, not 10-15, for each of a 300-article
    build's 19 batches)."""
    queries = ontology.shape_queries
    if queries is None:
        return None
    data = nquads([(ONTOLOGY_GRAPH, ontology.graph)]).encode()
    return tuple(ox.parse(data, format=ox.RdfFormat.N_QUADS)), queries


def _passes(ontology: Iterable[ox.Quad], queries: Sequence[str], data: str) -> bool:
    """Whether no compiled shape finds a violation in ``data`` with the ``ontology``'s
    quads. A new in-memory store each time: Oxigraph's keeps what was removed from it,
    so a reused one would grow with the corpus."""
    store = ox.Store()
    store.extend(ontology)
    store.load(data.encode(), format=ox.RdfFormat.N_QUADS)
    return not violated(store, queries)


def validate_batch(
    graphs: Sequence[tuple[URIRef, Sequence[Triple]]], data: str, ontology: Ontology
) -> ValidationReport:
    """Validate a batch of named graphs, given both as triples and as their N-Quads
    ``data``: the compiled shapes first, and pySHACL (whose report and verdict count)
    only when they find a violation."""
    compiled = _compiled(ontology)
    if compiled is not None and _passes(*compiled, data):
        return ValidationReport(True, ())
    return validate_graph(chain.from_iterable(t for _name, t in graphs), ontology)


def validate_store(store: Store, ontology: Ontology | None = None) -> ValidationReport:
    """Validate everything in ``store`` against the shapes, with the ontology it was built
    with: the compiled shapes over the store itself (its ontology graph is part of the
    union), so nothing is copied, and pySHACL over the merged data only when they find a
    violation."""
    ontology = ontology or load_ontology()
    queries = ontology.shape_queries
    # kg writes named graphs only; triples in the default graph would join the union
    # but not the data pySHACL reads below, so a store with any is left to pySHACL.
    if (
        queries is not None
        and not store.has_default_graph_triples()
        and not store.violates(queries)
    ):
        return ValidationReport(True, ())
    return validate_graph(store.data_graph(), ontology, graph=store.ontology_graph())
