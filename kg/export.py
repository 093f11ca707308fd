"""Export the store in every common RDF format.

Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) carry the union of the articles'
graphs; dataset formats (N-Quads, TriG) keep one named graph per article, plus the
ontology's, and are written by Oxigraph's own serializers.
"""

from __future__ import annotations

import io

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf import PREFIXES
from kg.store import Store
from kg.text import xml_safe

__all__ = ["DATASET_FORMATS", "FORMATS", "export"]

# Triple formats Oxigraph writes (streaming), those left to rdflib, and dataset formats.
OXIGRAPH_FORMATS = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES}
RDFLIB_FORMATS = {"jsonld": "json-ld", "xml": "xml"}
DATASET_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
FORMATS = (*OXIGRAPH_FORMATS, *RDFLIB_FORMATS, *DATASET_FORMATS)


def export(store: Store, fmt: str) -> bytes:
    """The store serialised as ``fmt`` (one of :data:`FORMATS`)."""
    if fmt in DATASET_FORMATS:
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()} if fmt == "trig" else None
        return store.dump(DATASET_FORMATS[fmt], prefixes)
    if fmt in OXIGRAPH_FORMATS:
        buffer = io.BytesIO()
        store.write_data(buffer, OXIGRAPH_FORMATS[fmt])
        return buffer.getvalue()
    if fmt in RDFLIB_FORMATS:
        text = store.data_graph().serialize(format=RDFLIB_FORMATS[fmt])
        return (xml_safe(text) if fmt == "xml" else text).encode("utf-8")
    raise KgError("E040", value=fmt, choices=", ".join(FORMATS))
