"""Push graphs to any SPARQL 1.1 server: Graph Store HTTP Protocol, or SPARQL Update.

rdflib has no client for the Graph Store Protocol, so this is a small one on the
standard library. What reaches the server is decided here:

* **Nothing is pasted into SPARQL.** Graph names are parsed as absolute IRIs by
  Oxigraph (:func:`graph_node`) and written by its serializer; a name that is not one is
  refused (E065) before anything is sent.
* **Blank nodes are skolemised** (RDF 1.1, section 3.5) to IRIs under
  ``…/.well-known/genid/``, from the store's own blank node ids, before batching: a node
  whose triples fall in two batches stays one node, and loading twice adds nothing.
* **A replacement is atomic.** With SPARQL Update the graph is loaded into a fresh
  temporary graph and swapped in by one ``MOVE``, so a failure part way keeps the old
  graph; the Graph Store Protocol has no move, so a replaced graph goes as one PUT.
  Adding to a graph goes in batches of POSTs or ``INSERT DATA``. The ontology's graph is
  always replaced. With ``target_graph`` every graph goes into that one, replaced once.
* **Credentials** come from ``KG_ENDPOINT_USER`` and ``KG_ENDPOINT_PASSWORD``, or from
  the URL's ``user:password@`` part, which is moved to the ``Authorization`` header; they
  are never printed, and refused over plain HTTP to a host other than loopback unless
  ``insecure`` is set.
* **Failures**: connection errors, HTTP 429 and 5xx are retried with backoff; a server
  that does not answer within ``timeout`` seconds is not asked again (the request may
  still be running there); anything else is a clear error naming the endpoint and status.
"""

from __future__ import annotations

import base64
import contextlib
import ipaddress
import os
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf import BASE, ONTOLOGY_GRAPH
from kg.store import Store

__all__ = ["Endpoint", "LoadReport", "graph_node", "load_store", "redacted"]

RETRIES = 3
BATCH_TRIPLES = 20_000
GENID = BASE.removesuffix("id/") + ".well-known/genid/"
Graph = ox.NamedNode | ox.DefaultGraph


def graph_node(value: str) -> ox.NamedNode:
    """``value`` as an absolute IRI, checked by Oxigraph's IRI parser, or E065."""
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise KgError("E065", value=value, reason=exc) from None


@dataclass(frozen=True)
class Endpoint:
    """Where to send: a Graph Store Protocol URL or a SPARQL Update URL (exactly one)."""

    store_url: str | None = None
    update_url: str | None = None
    insecure: bool = False
    timeout: float = 60.0

    def __post_init__(self) -> None:
        if (self.store_url is None) == (self.update_url is None):
            raise KgError("E063")
        given = self.store_url or self.update_url or ""
        try:
            parts = urllib.parse.urlsplit(given)
            parts.port  # noqa: B018 -- raises ValueError on a port out of range
        except ValueError as exc:
            raise KgError("E066", url=redacted(given, strict=False), reason=exc) from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            reason = "it needs http:// or https:// and a host"
            raise KgError("E066", url=redacted(given, strict=False), reason=reason)

    @property
    def url(self) -> str:
        """The endpoint's URL without any ``user:password@``."""
        return redacted(self.store_url or self.update_url or "")

    def headers(self) -> dict[str, str]:
        """Authorization from the environment or the URL, refused over plain HTTP to a
        remote host."""
        parts = urllib.parse.urlsplit(self.store_url or self.update_url or "")
        user = os.environ.get("KG_ENDPOINT_USER") or urllib.parse.unquote(parts.username or "")
        if not user:
            return {}
        password = os.environ.get("KG_ENDPOINT_PASSWORD") or urllib.parse.unquote(
            parts.password or ""
        )
        if parts.scheme == "http" and not _is_loopback(parts.hostname or "") and not self.insecure:
            raise KgError("E062", url=self.url)
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        return {"Authorization": f"Basic {token}"}


@dataclass
class LoadReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def redacted(url: str, strict: bool = True) -> str:
    """The URL without any user:password part, for messages and requests. With
    ``strict`` off, a URL Python cannot split is cut at its ``@`` instead."""
    try:
        parts = urllib.parse.urlsplit(url)
        netloc = parts.hostname or ""
        if ":" in netloc:
            netloc = f"[{netloc}]"
        if parts.port:
            netloc += f":{parts.port}"
    except ValueError:
        if strict:
            raise
        return url.rpartition("@")[2] if "@" in url else url
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))


def _send(endpoint: Endpoint, method: str, url: str, body: bytes, content_type: str) -> None:
    headers = {"Content-Type": content_type, **endpoint.headers()}
    for attempt in range(RETRIES + 1):
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=endpoint.timeout) as response:
                response.read()
            return
        except urllib.error.HTTPError as exc:
            transient = exc.code == 429 or exc.code >= 500
            if not transient or attempt == RETRIES:
                detail = exc.read(300).decode("utf-8", "replace").strip()
                raise KgError("E060", url=redacted(url), status=exc.code, detail=detail) from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            if isinstance(reason, TimeoutError):
                reason = f"no answer within {endpoint.timeout:g} s"
                raise KgError("E061", url=redacted(url), reason=reason) from None
            if attempt == RETRIES:
                raise KgError("E061", url=redacted(url), reason=reason) from None
        time.sleep(0.5 * 2**attempt)


def _skolem(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> ox.NamedNode | ox.Literal:
    if isinstance(term, ox.BlankNode):
        return ox.NamedNode(GENID + term.value)
    return term


def _ntriples(store: Store, graph: Graph) -> list[bytes]:
    """A graph's triples as N-Triples lines, blank nodes skolemised."""
    triples = (
        ox.Triple(_skolem(q.subject), q.predicate, _skolem(q.object))  # type: ignore[arg-type]
        for q in store.quads(graph)
    )
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    return data.splitlines(keepends=True)


def _chunks(lines: list[bytes], size: int) -> Iterator[bytes]:
    for start in range(0, len(lines), size):
        yield b"".join(lines[start : start + size])


def _graph_url(base: str, graph: Graph) -> str:
    query = {"graph": graph.value} if isinstance(graph, ox.NamedNode) else {"default": ""}
    separator = "&" if "?" in base else "?"
    return base + separator + urllib.parse.urlencode(query).rstrip("=")


def _sparql(graph: Graph) -> str:
    """A graph as SPARQL Update names it: ``GRAPH <iri>`` or ``DEFAULT``."""
    return f"GRAPH {graph}" if isinstance(graph, ox.NamedNode) else "DEFAULT"


class _Loader:
    """Sends N-Triples lines into one destination graph, by either protocol."""

    def __init__(self, endpoint: Endpoint, batch: int, report: LoadReport) -> None:
        self.endpoint = endpoint
        self.batch = batch
        self.report = report

    def _post(self, url: str, body: bytes, content_type: str, method: str = "POST") -> None:
        _send(self.endpoint, method, url, body, content_type)
        self.report.requests += 1

    def _insert(self, graph: Graph, chunk: bytes) -> None:
        inner = chunk.decode("utf-8")
        if isinstance(graph, ox.NamedNode):
            inner = f"GRAPH {graph} {{\n{inner}}}"
        update = f"INSERT DATA {{\n{inner}}}"
        self._post(self.endpoint.url, update.encode("utf-8"), "application/sparql-update")

    def add(self, graph: Graph, lines: list[bytes]) -> None:
        """Add the lines to the graph, in batches."""
        for chunk in _chunks(lines, self.batch):
            if self.endpoint.store_url is not None:
                url = _graph_url(self.endpoint.url, graph)
                self._post(url, chunk, "application/n-triples")
            else:
                self._insert(graph, chunk)

    def replace(self, graph: Graph, lines: list[bytes]) -> None:
        """Make the lines the graph's whole content, atomically."""
        if self.endpoint.store_url is not None:
            url = _graph_url(self.endpoint.url, graph)
            self._post(url, b"".join(lines), "application/n-triples", method="PUT")
            return
        temporary = ox.NamedNode(f"urn:uuid:{uuid.uuid4()}")
        try:
            self.add(temporary, lines)
            move = f"MOVE SILENT {_sparql(temporary)} TO {_sparql(graph)}"
            if not lines:
                move = f"DROP SILENT {_sparql(graph)}"
            self._post(self.endpoint.url, move.encode("utf-8"), "application/sparql-update")
        except KgError:
            drop = f"DROP SILENT {_sparql(temporary)}".encode()
            # The first error is the one to report; the server may be gone.
            with contextlib.suppress(KgError):
                _send(self.endpoint, "POST", self.endpoint.url, drop, "application/sparql-update")
            raise


def load_store(
    store: Store,
    endpoint: Endpoint,
    replace: bool = False,
    target_graph: str | None = None,
    batch: int = BATCH_TRIPLES,
) -> LoadReport:
    """Send every graph of ``store`` to the graph of the same name (the default graph's
    triples to the server's default graph), or all of them into ``target_graph``."""
    destination = graph_node(target_graph) if target_graph is not None else None
    report = LoadReport()
    loader = _Loader(endpoint, batch, report)
    sources: list[Graph] = [ox.NamedNode(name) for name in store.graph_names()]
    if store.has_default_graph_triples():
        sources.append(ox.DefaultGraph())
    merged: list[bytes] = []
    for source in sources:
        lines = _ntriples(store, source)
        report.graphs += 1
        report.triples += len(lines)
        if destination is not None and replace:
            merged += lines
        elif destination is not None:
            loader.add(destination, lines)
        elif replace or source == ox.NamedNode(str(ONTOLOGY_GRAPH)):
            loader.replace(source, lines)
        else:
            loader.add(source, lines)
    if destination is not None and replace:
        loader.replace(destination, merged)
    return report
