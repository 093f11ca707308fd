"""Push graphs to any SPARQL 1.1 server: Graph Store HTTP Protocol, or SPARQL Update.

rdflib has no client for the Graph Store Protocol, so this is a small one on the
standard library. Each named graph is sent as N-Triples in batches: the first batch
with PUT when replacing (POST otherwise), the rest with POST. The ontology's graph is
always replaced, since its blank nodes would otherwise be added again on every load.

Credentials come from ``KG_ENDPOINT_USER`` and ``KG_ENDPOINT_PASSWORD`` and are never
printed; basic auth over plain HTTP is refused for hosts other than loopback unless
``insecure`` is set. Transient failures (connection errors, HTTP 429 and 5xx) are
retried with backoff; anything else is a clear error naming the endpoint and status.
"""

from __future__ import annotations

import base64
import ipaddress
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.errors import KgError
from kg.rdf import ONTOLOGY_GRAPH
from kg.store import Store

__all__ = ["Endpoint", "LoadReport", "load_store", "redacted"]

RETRIES = 3
BATCH_TRIPLES = 20_000


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

    @property
    def url(self) -> str:
        return self.store_url or self.update_url or ""

    def headers(self) -> dict[str, str]:
        """Authorization from the environment, refused over plain HTTP to a remote host."""
        user = os.environ.get("KG_ENDPOINT_USER")
        password = os.environ.get("KG_ENDPOINT_PASSWORD", "")
        if not user:
            return {}
        parts = urllib.parse.urlsplit(self.url)
        if parts.scheme == "http" and not _is_loopback(parts.hostname or "") and not self.insecure:
            raise KgError("E062", url=redacted(self.url))
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


def redacted(url: str) -> str:
    """The URL without any user:password part, for messages."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += f":{parts.port}"
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
            if attempt == RETRIES:
                reason = getattr(exc, "reason", exc)
                raise KgError("E061", url=redacted(url), reason=reason) from None
        time.sleep(0.5 * 2**attempt)


def _batches(store: Store, graph: str | None, size: int) -> Iterator[bytes]:
    """A graph's triples (the default graph for None) as N-Triples, ``size`` lines at a time."""
    source = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=source) or b""
    lines = data.splitlines(keepends=True)
    for start in range(0, len(lines), size):
        yield b"".join(lines[start : start + size])


def _graph_url(base: str, graph: str | None) -> str:
    query = {"graph": graph} if graph else {"default": ""}
    separator = "&" if "?" in base else "?"
    return base + separator + urllib.parse.urlencode(query).rstrip("=")


def _send_chunk(endpoint: Endpoint, graph: str | None, chunk: bytes, renew: bool) -> None:
    """One batch of N-Triples into ``graph`` (None: the default graph); ``renew``
    replaces what the graph held."""
    if endpoint.store_url is not None:
        url = _graph_url(endpoint.store_url, graph)
        _send(endpoint, "PUT" if renew else "POST", url, chunk, "application/n-triples")
        return
    target = f"GRAPH <{graph}>" if graph else ""
    drop = (
        (f"DROP SILENT GRAPH <{graph}> ;\n" if graph else "DROP SILENT DEFAULT ;\n")
        if renew
        else ""
    )
    update = f"{drop}INSERT DATA {{ {target} {{\n{chunk.decode('utf-8')}}} }}"
    _send(endpoint, "POST", endpoint.url, update.encode("utf-8"), "application/sparql-update")


def load_store(
    store: Store,
    endpoint: Endpoint,
    replace: bool = False,
    target_graph: str | None = None,
    batch: int = BATCH_TRIPLES,
) -> LoadReport:
    """Send every graph of ``store`` to the graph of the same name (the default graph's
    triples to the server's default graph), or all of them into ``target_graph``."""
    report = LoadReport()
    names: list[str | None] = list(store.graph_names())
    if any(True for _ in store.ox.quads_for_pattern(None, None, None, ox.DefaultGraph())):
        names.append(None)
    for name in names:
        report.graphs += 1
        destination = target_graph or name
        for number, chunk in enumerate(_batches(store, name, batch)):
            renew = number == 0 and (replace or name == str(ONTOLOGY_GRAPH)) and not target_graph
            _send_chunk(endpoint, destination, chunk, renew)
            report.requests += 1
            report.triples += chunk.count(b"\n")
    return report
