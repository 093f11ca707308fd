"""The output formats each command offers, listed once: the commands' options, their help
and the modules that write them all read these lists (this module imports only kg's
error catalogue, so the command line can show them without loading the writers)."""

from __future__ import annotations

from collections.abc import Sequence

from kg.errors import Errors, KgError

__all__ = [
    "EXPORT_FORMATS",
    "EXTRACT_FORMATS",
    "GRAPH_FORMATS",
    "QUERY_FORMATS",
    "RDF_FORMATS",
    "TABLE_FORMATS",
    "check_format",
    "one_of",
]

RDF_FORMATS = ("ttl", "nt", "nq", "trig", "jsonld", "xml")
EXPORT_FORMATS = (*RDF_FORMATS, "geojson")  # kg export: RDF, or the located events for a map
TABLE_FORMATS = ("tsv", "csv", "json")  # kg events
QUERY_FORMATS = ("table", *TABLE_FORMATS)  # kg query's SELECT results
GRAPH_FORMATS = ("html", "graphml", "gexf", "json")  # kg graph
EXTRACT_FORMATS = ("events", "triples")  # kg extract


def one_of(choices: Sequence[str]) -> str:
    """The choices as help text reads them: "tsv, csv or json"."""
    return f"{', '.join(choices[:-1])} or {choices[-1]}" if len(choices) > 1 else choices[0]


def check_format(fmt: str, choices: Sequence[str]) -> str:
    """``fmt`` if it is one of ``choices``; E040 otherwise."""
    if fmt not in choices:
        raise KgError(Errors.E040, value=fmt, choices=", ".join(choices))
    return fmt
