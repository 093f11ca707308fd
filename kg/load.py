"""Push graphs to any SPARQL 1.1 server: Graph Store HTTP Protocol, or SPARQL Update.

rdflib has no client for the Graph Store Protocol, so this is a small one on httpx.
What reaches the server is decided here:

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
  ``insecure`` is set. Basic authentication, or Digest where the server refuses Basic
  (Virtuoso's authenticated endpoints).
* **Failures**: connection errors, HTTP 429 and 5xx are retried with backoff (httpx
  retries nothing on its own), but not a permission error reported as 5xx (Virtuoso's
  ``SR186``); a server that does not answer within ``timeout`` seconds is not asked
  again (the request may still be running there); anything else is a clear error naming
  the endpoint, the status and the server's words.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import os
import time
import urllib.parse
import uuid
from collections.abc import Generator, Iterator
from dataclasses import dataclass

import httpx
import pyoxigraph as ox

from kg.errors import Errors, KgError
from kg.rdf import BASE, ONTOLOGY_GRAPH
from kg.store import Store

__all__ = ["Endpoint", "LoadReport", "graph_node", "load_store", "redacted"]

RETRIES = 3
CONNECT_TIMEOUT = 10.0
BATCH_TRIPLES = 20_000  # a POST of the Graph Store Protocol
# An INSERT DATA of SPARQL Update: Virtuoso compiles one to at most 10,000 lines of SQL,
# which some 3,000 of kg's triples exceed (SP031; openlink/virtuoso-opensource#934).
UPDATE_BATCH_TRIPLES = 1_000
GENID = BASE.removesuffix("id/") + ".well-known/genid/"
Graph = ox.NamedNode | ox.DefaultGraph


def graph_node(value: str) -> ox.NamedNode:
    """``value`` as an absolute IRI, checked by Oxigraph's IRI parser, or E065."""
    try:
        return ox.NamedNode(value)
    except ValueError as exc:
        raise KgError(Errors.E065, value=value, reason=exc) from None


@dataclass(frozen=True)
class Endpoint:
    """Where to send: a Graph Store Protocol URL or a SPARQL Update URL (exactly one)."""

    store_url: str | None = None
    update_url: str | None = None
    insecure: bool = False
    timeout: float = 60.0

    def __post_init__(self) -> None:
        if (self.store_url is None) == (self.update_url is None):
            raise KgError(Errors.E063)
        given = self.store_url or self.update_url or ""
        try:
            parts = urllib.parse.urlsplit(given)
            parts.port  # noqa: B018 -- raises ValueError on a port out of range
        except ValueError as exc:
            raise KgError(Errors.E066, url=redacted(given, strict=False), reason=exc) from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            reason = "it needs http:// or https:// and a host"
            raise KgError(Errors.E066, url=redacted(given, strict=False), reason=reason)

    @property
    def url(self) -> str:
        """The endpoint's URL without any ``user:password@``."""
        return redacted(self.store_url or self.update_url or "")

    def credentials(self) -> tuple[str, str] | None:
        """User and password from the environment or the URL, refused over plain HTTP to
        a remote host."""
        parts = urllib.parse.urlsplit(self.store_url or self.update_url or "")
        user = os.environ.get("KG_ENDPOINT_USER") or urllib.parse.unquote(parts.username or "")
        if not user:
            return None
        password = os.environ.get("KG_ENDPOINT_PASSWORD") or urllib.parse.unquote(
            parts.password or ""
        )
        if parts.scheme == "http" and not _is_loopback(parts.hostname or "") and not self.insecure:
            raise KgError(Errors.E062, url=self.url)
        return user, password


class _ServerAuth(httpx.Auth):
    """Basic authentication, as most servers take it; when a server refuses it (Virtuoso
    answers Basic with a bare 401 and asks for Digest only of a request without
    credentials), Digest, for the rest of the load."""

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._use_digest = False

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._use_digest:
            response = yield next(self._basic.auth_flow(request))
            if response.status_code != 401:
                return
            self._use_digest = True
            del request.headers["Authorization"]
        yield from self._digest.auth_flow(request)


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


def _client(endpoint: Endpoint) -> httpx.Client:
    """One connection pool for a load: connecting may take ``CONNECT_TIMEOUT`` seconds,
    an answer ``endpoint.timeout``."""
    credentials = endpoint.credentials()
    return httpx.Client(
        auth=_ServerAuth(*credentials) if credentials else None,
        timeout=httpx.Timeout(endpoint.timeout, connect=min(CONNECT_TIMEOUT, endpoint.timeout)),
    )


def _unfixable(response: httpx.Response) -> bool:
    """Whether asking again cannot help: a client error (4xx but 429), or a server's
    permission error that it reports as a server error (Virtuoso's SR186)."""
    if response.status_code == 429:
        return False
    return response.status_code < 500 or "SR186" in response.text


def _send(client: httpx.Client, method: str, url: str, body: bytes, content_type: str) -> None:
    headers = {"Content-Type": content_type}
    for attempt in range(RETRIES + 1):
        try:
            response = client.request(method, url, content=body, headers=headers)
        except httpx.TimeoutException as exc:
            if not isinstance(exc, httpx.ConnectTimeout):
                reason = f"no answer within {client.timeout.read:g} s"
                raise KgError(Errors.E061, url=redacted(url), reason=reason) from None
            if attempt == RETRIES:
                raise KgError(Errors.E061, url=redacted(url), reason=exc) from None
        except httpx.TransportError as exc:
            if attempt == RETRIES:
                raise KgError(Errors.E061, url=redacted(url), reason=exc) from None
        else:
            if response.is_success:
                return
            if _unfixable(response) or attempt == RETRIES:
                detail = " ".join(response.text[:300].split())
                raise KgError(
                    Errors.E060, url=redacted(url), status=response.status_code, detail=detail
                ) from None
        time.sleep(0.5 * 2**attempt)


_Term = ox.NamedNode | ox.BlankNode | ox.Literal


def _skolem_names(quads: list[ox.Quad]) -> dict[ox.BlankNode, ox.NamedNode]:
    """A skolem IRI for each blank node, from what it describes, not from the store's
    id for it (a file or an ontology parsed again gets new ids, and a load would add its
    nodes again): the digest of its outgoing triples, blank objects by their own digest,
    the way RDF lists and OWL restrictions nest (two that describe the same are one
    node, as RDF's semantics allows). A node that describes nothing, or sits on a cycle
    of blank nodes, has no such digest and keeps the store's id."""
    described: dict[ox.BlankNode, list[tuple[ox.NamedNode, _Term]]] = {}
    for q in quads:
        if isinstance(q.subject, ox.BlankNode):
            described.setdefault(q.subject, []).append((q.predicate, q.object))  # type: ignore[arg-type]
    names: dict[ox.BlankNode, ox.NamedNode] = {}

    def name(node: ox.BlankNode, path: frozenset[ox.BlankNode]) -> ox.NamedNode:
        if node not in names:
            if node in path or node not in described:
                return ox.NamedNode(GENID + node.value)
            lines = sorted(
                f"{p} {name(o, path | {node}) if isinstance(o, ox.BlankNode) else o}"
                for p, o in described.get(node, [])
            )
            digest = hashlib.sha256("\n".join(lines).encode()).hexdigest()[:32]
            names[node] = ox.NamedNode(GENID + digest)
        return names[node]

    for node in described:
        name(node, frozenset())
    return names


def _ntriples(store: Store, graph: Graph) -> list[bytes]:
    """A graph's triples as N-Triples lines, blank nodes skolemised."""
    quads = list(store.quads(graph))
    names = _skolem_names(quads)

    def term(t: _Term) -> _Term:
        return names.get(t, ox.NamedNode(GENID + t.value)) if isinstance(t, ox.BlankNode) else t

    triples = (
        ox.Triple(term(q.subject), q.predicate, term(q.object))  # type: ignore[arg-type]
        for q in quads
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

    def __init__(
        self, endpoint: Endpoint, client: httpx.Client, batch: int, report: LoadReport
    ) -> None:
        self.endpoint = endpoint
        self.client = client
        self.batch = batch
        self.report = report

    def _post(self, url: str, body: bytes, content_type: str, method: str = "POST") -> None:
        _send(self.client, method, url, body, content_type)
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
                _send(self.client, "POST", self.endpoint.url, drop, "application/sparql-update")
            raise


def load_store(
    store: Store,
    endpoint: Endpoint,
    replace: bool = False,
    target_graph: str | None = None,
    batch: int | None = None,
) -> LoadReport:
    """Send every graph of ``store`` to the graph of the same name (the default graph's
    triples to the server's default graph), or all of them into ``target_graph``, in
    batches of ``batch`` triples (by default :data:`BATCH_TRIPLES` with the Graph Store
    Protocol, :data:`UPDATE_BATCH_TRIPLES` with SPARQL Update)."""
    destination = graph_node(target_graph) if target_graph is not None else None
    if batch is None:
        batch = BATCH_TRIPLES if endpoint.store_url is not None else UPDATE_BATCH_TRIPLES
    report = LoadReport()
    with _client(endpoint) as client:
        _load(store, _Loader(endpoint, client, batch, report), replace, destination)
    return report


def _load(store: Store, loader: _Loader, replace: bool, destination: ox.NamedNode | None) -> None:
    sources: list[Graph] = [ox.NamedNode(name) for name in store.graph_names()]
    if store.has_default_graph_triples():
        sources.append(ox.DefaultGraph())
    merged: list[bytes] = []
    for source in sources:
        lines = _ntriples(store, source)
        loader.report.graphs += 1
        loader.report.triples += len(lines)
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
