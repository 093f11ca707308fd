"""Export the store in every common RDF format.

Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) carry the union of the articles'
graphs; dataset formats (N-Quads, TriG) keep one named graph per article, plus the
ontology's, and are written by Oxigraph's own serializers.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf import PREFIXES
from kg.store import Store

__all__ = ["DATASET_FORMATS", "FORMATS", "export"]

# Our format names → rdflib serializer names (triple formats).
TRIPLE_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "xml": "xml"}
DATASET_FORMATS = {"nq": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG}
FORMATS = (*TRIPLE_FORMATS, *DATASET_FORMATS)


def export(store: Store, fmt: str) -> bytes:
    """The store serialised as ``fmt`` (one of :data:`FORMATS`)."""
    if fmt in DATASET_FORMATS:
        prefixes = {name: str(ns) for name, ns in PREFIXES.items()} if fmt == "trig" else None
        return store.ox.dump(format=DATASET_FORMATS[fmt], prefixes=prefixes) or b""
    if fmt in TRIPLE_FORMATS:
        text = store.data_graph().serialize(format=TRIPLE_FORMATS[fmt])
        return text.encode("utf-8")
    raise KgError("E040", value=fmt, choices=", ".join(FORMATS))
