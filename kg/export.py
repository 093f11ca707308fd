"""Export the store in every common RDF format, and its located events as GeoJSON.

Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) carry the union of the articles'
graphs and the descriptions graph (each actor and place described once); dataset
formats (N-Quads, TriG) keep the named graphs: one per article, the descriptions graph
and the ontology's, and are written by Oxigraph's own serializers. GeoJSON is for map
tools (:mod:`kg.geojson`).
"""

from __future__ import annotations

import io

import pyoxigraph as ox

from kg.formats import EXPORT_FORMATS, check_format
from kg.geojson import geojson
from kg.rdf import PREFIXES, bind_prefixes
from kg.store import Store
from kg.text import xml_safe

__all__ = ["DATASET_WRITERS", "export"]

# How each of the RDF formats (kg.formats.RDF_FORMATS) is written: triple formats Oxigraph
# writes (streaming), those left to rdflib, and dataset formats, Oxigraph's.
OXIGRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
RDFLIB_FORMATS = {"jsonld": "json-ld", "xml": "xml"}
DATASET_WRITERS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}


def export(store: Store, fmt: str) -> bytes:
    """The store serialised as ``fmt`` (one of :data:`kg.formats.EXPORT_FORMATS`)."""
    check_format(fmt, EXPORT_FORMATS)
    if fmt == "geojson":
        return geojson(store)
    if fmt in DATASET_WRITERS:
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()} if fmt == "trig" else None
        return store.dump(DATASET_WRITERS[fmt], prefixes)
    if fmt in OXIGRAPH_FORMATS:
        buffer = io.BytesIO()
        store.write_data(buffer, OXIGRAPH_FORMATS[fmt])
        return buffer.getvalue()
    graph = bind_prefixes(store.data_graph())
    if fmt == "jsonld":  # compacted by kg's prefixes, as a JSON-LD reader expects
        context = {name: str(ns) for name, ns in PREFIXES.items()}
        text = graph.serialize(format="json-ld", context=context, auto_compact=True)
        return (text.rstrip("\n") + "\n").encode("utf-8")
    text = graph.serialize(format=RDFLIB_FORMATS[fmt])
    return (xml_safe(text) if fmt == "xml" else text).encode("utf-8")
