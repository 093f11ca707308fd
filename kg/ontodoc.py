"""Generate the ontology's Markdown reference (``ontology/REFERENCE.md``) from its Turtle.

The reference is never written by hand: a test regenerates it and compares, so it
cannot drift from ``conflict.ttl`` and ``cameo.ttl``. It holds a Mermaid diagram of the
main classes and properties, then every class and property with its label, comment,
domain and range; for the event classes the extractor has words for, their CAMEO code,
Goldstein score, PLOVER type, triggers and theme words; and the CAMEO codebook, one
compact row per code.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS
from rdflib.term import Node

from kg.ontology import Ontology, load_ontology, ontology_folder
from kg.vocabulary import CKG

__all__ = ["reference_markdown", "reference_path"]

ROOT_CLASSES = ("Actor", "Article", "Sentence", "Event", "OpenRelation", "Place")


def reference_path() -> Path:
    return ontology_folder() / "REFERENCE.md"


def _name(graph: Graph, node: object) -> str:
    if isinstance(node, URIRef):
        prefixed = graph.namespace_manager.normalizeUri(node)
        return prefixed if not prefixed.startswith("<") else str(node)
    return str(node)


def _members(graph: Graph, node: Node | None) -> list[Node | None]:
    """The classes a domain or range names: itself, or each of an ``owl:unionOf``."""
    union = graph.value(node, OWL.unionOf) if node is not None else None
    return list(Collection(graph, union)) if union is not None else [node]


def _cell(graph: Graph, node: URIRef, prop: URIRef) -> str:
    """The prefixed name of the node's value for ``prop`` ("a or b" for a union), or
    nothing."""
    value = graph.value(node, prop)
    return " or ".join(_name(graph, v) for v in _members(graph, value)) if value else ""


def _text(graph: Graph, node: URIRef, prop: URIRef) -> str:
    values = sorted(str(v) for v in graph.objects(node, prop))
    return ", ".join(values)


def _ours(nodes: Iterable[object]) -> list[URIRef]:
    return sorted(n for n in nodes if isinstance(n, URIRef) and str(n).startswith(str(CKG)))


def _diagram(graph: Graph) -> list[str]:
    lines = ["```mermaid", "classDiagram"]
    for cls in _ours(graph.subjects(RDF.type, OWL.Class)):
        parents = _ours(graph.objects(cls, RDFS.subClassOf))
        parent = parents[0] if parents else None
        local = cls.split("#")[-1]
        if parent is not None and (cls, CKG.cameoCode, None) not in graph:
            lines.append(f"  {parent.split('#')[-1]} <|-- {local}")
        elif local in ROOT_CLASSES:
            lines.append(f"  class {local}")
    for prop in _ours(graph.subjects(RDF.type, OWL.ObjectProperty)):
        range_ = graph.value(prop, RDFS.range)
        supers = set(graph.transitive_objects(prop, RDFS.subPropertyOf)) - {prop}
        if CKG.directRelation in supers:
            continue
        for domain in _members(graph, graph.value(prop, RDFS.domain)):
            if (
                isinstance(domain, URIRef)
                and isinstance(range_, URIRef)
                and str(domain).startswith(str(CKG))
            ):
                lines.append(
                    f"  {domain.split('#')[-1]} --> {range_.split('#')[-1]} : {prop.split('#')[-1]}"
                )
    lines.append("```")
    return lines


def reference_markdown(ontology: Ontology | None = None) -> str:
    """The Markdown reference of an ontology (default: the shipped one)."""
    ontology = ontology or load_ontology()
    graph = ontology.graph
    worded = {t.iri for t in ontology.vocabulary.event_types.values() if t.worded}
    header = next(graph.subjects(RDF.type, OWL.Ontology))
    out = [
        f"# {graph.value(header, RDFS.label)}",
        "",
        "<!-- Generated from ontology/conflict.ttl and ontology/cameo.ttl by `kg docs`;"
        " do not edit by hand. -->",
        "",
        str(graph.value(header, RDFS.comment)),
        "",
        f"Version {graph.value(header, OWL.versionInfo)} · IRI `{header}` · "
        f"license {graph.value(header, URIRef('http://purl.org/dc/terms/license'))}",
        "",
        "## Diagram",
        "",
        *_diagram(graph),
        "",
        "## Actor and document classes",
        "",
        "| class | label | subclass of | comment |",
        "|---|---|---|---|",
    ]
    classes = _ours(graph.subjects(RDF.type, OWL.Class))
    events = [c for c in classes if (c, CKG.cameoCode, None) in graph]
    for cls in classes:
        if cls in events:
            continue
        parents = ", ".join(sorted(_name(graph, p) for p in graph.objects(cls, RDFS.subClassOf)))
        label, comment = graph.value(cls, RDFS.label), graph.value(cls, RDFS.comment)
        out.append(f"| `{_name(graph, cls)}` | {label} | {parents} | {comment} |")
    events.sort(key=lambda c: (str(graph.value(c, CKG.cameoCode)), str(c)))
    out += [
        "",
        "## Event classes",
        "",
        "The classes the extractor has words for (the rest of the codebook is below).",
        "",
        "| class | CAMEO | Goldstein | PLOVER | subclass of | triggers | theme words |",
        "|---|---|---|---|---|---|---|",
    ]
    for cls in events:
        if str(cls) not in worded:
            continue
        parent = ", ".join(_name(graph, p) for p in _ours(graph.objects(cls, RDFS.subClassOf)))
        out.append(
            f"| `{_name(graph, cls)}` {graph.value(cls, RDFS.label)} "
            f"| {graph.value(cls, CKG.cameoCode)} | {graph.value(cls, CKG.goldstein)} "
            f"| {_text(graph, cls, CKG.ploverType)} | {parent} "
            f"| {_text(graph, cls, CKG.trigger)} | {_text(graph, cls, CKG.themeWord)} |"
        )
    out += [
        "",
        "## The CAMEO codebook",
        "",
        "Every CAMEO event code is an event class, generated from the codebook's tables into",
        "`ontology/cameo.ttl` by `python -m scripts.cameo_codebook` (its header names the",
        "tables and their licences). QuadClass: 1 verbal cooperation, 2 material cooperation,",
        "3 verbal conflict, 4 material conflict. A class without a PLOVER type has its nearest",
        "ancestor's. The tables' descriptions of the codes are not copied: a code kg names has",
        "the label `conflict.ttl` gives it, the others are labelled by their code.",
        "",
        "| CAMEO | class | label | Goldstein | QuadClass | PLOVER |",
        "|---|---|---|---|---|---|",
    ]
    for cls in events:
        out.append(
            f"| {graph.value(cls, CKG.cameoCode)} | `{_name(graph, cls)}` "
            f"| {graph.value(cls, RDFS.label)} | {graph.value(cls, CKG.goldstein)} "
            f"| {_text(graph, cls, CKG.quadClass)} | {_text(graph, cls, CKG.ploverType)} |"
        )
    out += [
        "",
        "## Properties",
        "",
        "| property | kind | domain | range | comment |",
        "|---|---|---|---|---|",
    ]
    for kind in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for prop in _ours(graph.subjects(RDF.type, kind)):
            out.append(
                f"| `{_name(graph, prop)}` | {kind.split('#')[-1]} "
                f"| {_cell(graph, prop, RDFS.domain)} | {_cell(graph, prop, RDFS.range)} "
                f"| {graph.value(prop, RDFS.comment)} |"
            )
    out += ["", "## Modalities", ""]
    for node in _ours(graph.subjects(RDF.type, CKG.Modality)):
        cues = _text(graph, node, CKG.cue)
        out.append(
            f"- `{_name(graph, node)}`: {graph.value(node, RDFS.comment)}"
            + (f" Cues: {cues}." if cues else "")
        )
    return "\n".join(out) + "\n"
