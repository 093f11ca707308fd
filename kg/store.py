"""The persistent graph: an Oxigraph store seen through rdflib. It holds one named graph
per article, one of the descriptions of what articles mention (:mod:`kg.descriptions`),
and the ontology's.

Writes go straight to Oxigraph (one transaction per batch of articles, so a batch
is stored whole or not at all). Users' SPARQL goes through an rdflib ``Dataset`` on the
oxrdflib store, with the union of all named graphs as the default graph, which is what
users of ``kg query`` expect, and results as rdflib terms; bulk reads (dumps, the
quads of a graph, the compiled shape checks) go to Oxigraph directly, since converting
every term to rdflib would cost more than reading it. Nothing outside this module
touches the Oxigraph handle: the operations the other stages need are methods here.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO, cast

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox
from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier

from kg.descriptions import FORGET_UNMENTIONED
from kg.errors import Errors, KgError
from kg.rdf import (
    DESCRIPTIONS_GRAPH,
    ONTOLOGY_GRAPH,
    PREFIXES,
    Triple,
    bind_prefixes,
    nquads,
    ntriples,
)
from kg.shapes import violated

__all__ = ["Store", "is_store", "open_store"]

FLUSH_CHARS = 8 * 2**20  # of writes; their memory tables take a few times more


def _lock(path: Path) -> IO[str]:
    """An exclusive lock beside the store, holding our PID, so a second process is told
    who has the store instead of meeting a storage error (or waiting forever)."""
    handle = (path.parent / f"{path.name}.lock").open("a+", encoding="utf-8")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        owner = handle.read().strip() or "unknown"
        handle.close()
        raise KgError(Errors.E031, path=path, reason=f"PID {owner}") from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def _holder(path: Path) -> str:
    """Who holds the store's RocksDB lock when it is not a kg process (an `oxigraph
    serve`, a notebook): the process with the store's LOCK file open, found in /proc."""
    lock = str((path / "LOCK").resolve())
    for fd in Path("/proc").glob("[0-9]*/fd/*"):
        try:
            if os.readlink(fd) != lock:
                continue
            command = (fd.parents[1] / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue  # a process gone, or not ours to look at
        return f"PID {fd.parents[1].name} ({command.decode(errors='replace').strip()})"
    return "another program (its RocksDB lock is held)"


def is_store(path: Path) -> bool:
    """Whether ``path`` holds an Oxigraph store on disk (RocksDB's ``CURRENT`` file):
    reading commands open only these, so a mistyped folder is named, not filled."""
    return (path / "CURRENT").is_file()


class Store:
    """An Oxigraph store (on disk, or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None = None, *, create: bool = True) -> None:
        self.path = path
        if path is not None and not create and not is_store(path):
            raise KgError(Errors.E030, path=path)
        self._lock: IO[str] | None = None
        self._unflushed = 0  # characters of updates since the last flush
        if path is not None:
            try:
                path.mkdir(parents=True, exist_ok=True)
                self._lock = _lock(path)
            except OSError as exc:
                raise KgError(Errors.E042, path=path, reason=exc.strerror or exc) from None
        try:
            self.ox = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as exc:
            self._release()
            if "lock" in str(exc).lower() and path is not None:
                raise KgError(Errors.E031, path=path, reason=_holder(path)) from None
            raise KgError(Errors.E042, path=path, reason=exc) from None
        self.dataset = Dataset(store=OxigraphStore(store=self.ox), default_union=True)
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace)

    def replace_graph(self, name: URIRef, triples: Iterable[Triple]) -> None:
        """Put ``triples`` (a Graph or any iterable of triples) in the named graph
        ``name``, replacing what was there, atomically."""
        self.replace_graphs([(name, triples)])

    def replace_graphs(
        self,
        graphs: Iterable[tuple[URIRef, Iterable[Triple]]],
        data: str | None = None,
        descriptions: Mapping[URIRef, Sequence[Triple]] | None = None,
    ) -> None:
        """Put each graph's triples in its named graph, replacing what was there, and
        each of ``descriptions`` (triples by subject) in the descriptions graph, replacing
        the subject's description, in one transaction: a batch of articles is stored
        whole or not at all. When this replaces a graph or a description, the
        descriptions no article mentions any more go in the same transaction
        (:mod:`kg.descriptions`).

        New graphs and descriptions (a build's usual case) go in by one N-Quads load,
        the fastest write Oxigraph has (``data``: the same graphs and descriptions as
        N-Quads, when the caller has them already); replacing takes one SPARQL update
        that drops and inserts them. Every ``FLUSH_CHARS`` characters written, the store
        is flushed to disk: RocksDB would otherwise keep the writes in memory tables,
        and a long build's memory would grow with the corpus."""
        graphs = [(name, list(triples)) for name, triples in graphs]
        described = {subject: list(triples) for subject, triples in (descriptions or {}).items()}
        shared = (DESCRIPTIONS_GRAPH, [t for triples in described.values() for t in triples])
        try:
            replaced = any(self.has_graph(name) for name, _ in graphs)
            if replaced or self.described(described):
                # n3() refuses an IRI with characters that could end the term early.
                drops = " ".join(f"DROP SILENT GRAPH {name.n3()} ;" for name, _ in graphs)
                redescribe = " ".join(
                    f"DELETE WHERE {{ GRAPH {DESCRIPTIONS_GRAPH.n3()} {{ {s.n3()} ?p ?o }} }} ;"
                    for s in described
                )
                inserts = " ".join(
                    f"GRAPH {name.n3()} {{ {ntriples(t)} }}" for name, t in [*graphs, shared]
                )
                update = f"{drops} {redescribe} INSERT DATA {{ {inserts} }} ; {FORGET_UNMENTIONED}"
                self.ox.update(update)
                written = len(update)
            else:
                data = nquads([*graphs, shared]) if data is None else data
                self.ox.load(data.encode(), format=ox.RdfFormat.N_QUADS)
                written = len(data)
            self._unflushed += written
            if self._unflushed >= FLUSH_CHARS:
                self.ox.flush()
                self._unflushed = 0
        except OSError as exc:  # a full disk, a store gone read-only
            raise KgError(Errors.E044, path=self.path or "memory", reason=exc) from None

    def described(self, subjects: Iterable[URIRef]) -> set[URIRef]:
        """Those of ``subjects`` the descriptions graph describes."""
        graph = ox.NamedNode(str(DESCRIPTIONS_GRAPH))
        return {
            s
            for s in subjects
            if next(self.ox.quads_for_pattern(ox.NamedNode(str(s)), None, None, graph), None)
        }

    def load_file(self, path: Path) -> None:
        """Add an RDF file's triples or quads (format from its extension) to the store."""
        try:
            self.ox.load(path=str(path))
        except (OSError, SyntaxError, ValueError) as exc:
            raise KgError(Errors.E064, path=path, reason=exc) from None

    def dump(self, fmt: ox.RdfFormat, prefixes: Mapping[str, str] | None = None) -> bytes:
        """Every graph, the ontology's included, in a dataset format (N-Quads, TriG)."""
        return self.ox.dump(format=fmt, prefixes=dict(prefixes) if prefixes else None) or b""

    def quads(self, graph: ox.NamedNode | ox.DefaultGraph) -> Iterator[ox.Quad]:
        """The quads of one graph, as Oxigraph holds them (blank nodes included)."""
        return iter(self.ox.quads_for_pattern(None, None, None, graph))

    def has_default_graph_triples(self) -> bool:
        """Whether anything sits in the default graph (kg writes named graphs only)."""
        return next(self.quads(ox.DefaultGraph()), None) is not None

    def violates(self, queries: Iterable[str]) -> bool:
        """Whether a compiled shape query (:mod:`kg.shapes`) finds a violation here."""
        return violated(self.ox, queries)

    def graph_names(self) -> list[str]:
        return sorted(str(g.value) for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def has_graph(self, name: URIRef) -> bool:
        return bool(self.ox.contains_named_graph(ox.NamedNode(str(name))))

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
        """Run SPARQL over the union of all graphs; errors become a clear KgError."""
        try:
            return self.dataset.query(sparql, initBindings=dict(bindings or {}))
        except (SyntaxError, ValueError, OSError, NotImplementedError, RuntimeError) as exc:
            raise KgError(Errors.E032, reason=exc) from None

    def write_data(self, handle: BinaryIO, fmt: ox.RdfFormat) -> None:
        """Every article's triples and the descriptions (the ontology left out, duplicates
        merged) streamed to ``handle`` by Oxigraph's serializer: fast, flat in memory, in a
        stable order."""
        triples = self.ox.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER (?g != <{ONTOLOGY_GRAPH}>) }}"
        )
        prefixes = (
            {name: str(ns) for name, ns in PREFIXES.items()} if fmt == ox.RdfFormat.TURTLE else None
        )
        ox.serialize(triples, handle, format=fmt, prefixes=prefixes)  # type: ignore[arg-type]

    def ontology_graph(self) -> Graph:
        """The ontology this store was built with (extra files included)."""
        graph = Graph()
        graph += self.dataset.graph(ONTOLOGY_GRAPH)
        return graph

    def rows(self, sparql: str) -> list[dict[str, Identifier]]:
        """The solutions of a SELECT query as dicts from variable name to term, unbound
        variables left out, as :meth:`query` gives them (the same prefixes, the same
        terms). Run on Oxigraph directly, each distinct term converted once: the
        outputs read thousands of rows naming the same actors, classes and dates, and
        converting every value anew took twice as long as the query."""
        prefixes = {prefix: str(namespace) for prefix, namespace in self.dataset.namespaces()}
        try:
            result = self.ox.query(sparql, use_default_graph_as_union=True, prefixes=prefixes)
        except (SyntaxError, ValueError, OSError, NotImplementedError, RuntimeError) as exc:
            raise KgError(Errors.E032, reason=exc) from None
        if not isinstance(result, ox.QuerySolutions):
            kind = "ASK" if isinstance(result, ox.QueryBoolean) else "CONSTRUCT"
            raise KgError(Errors.E032, reason=f"expected a SELECT query, got {kind}")
        names = [variable.value for variable in result.variables]
        terms: dict[ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, Identifier] = {}
        rows = []
        for solution in result:
            row: dict[str, Identifier] = {}
            for name, value in zip(names, solution, strict=True):
                if value is None:
                    continue
                term = terms.get(value)
                if term is None:
                    term = terms[value] = cast(Identifier, from_ox(value))
                row[name] = term
            rows.append(row)
        return rows

    def data_graph(self) -> Graph:
        """Every article's triples and the descriptions merged in one rdflib graph (the
        ontology left out)."""
        result = self.query(
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER (?g != <{ONTOLOGY_GRAPH}>) }}"
        )
        graph = bind_prefixes(Graph())
        for s, p, o in result.graph:  # type: ignore[union-attr]
            # Oxigraph reports simple literals as xsd:string; write them as plain strings.
            if isinstance(o, Literal) and o.datatype == XSD.string:
                o = Literal(str(o))
            graph.add((s, p, o))
        return graph

    def __len__(self) -> int:
        return len(self.ox)

    def close(self) -> None:
        """Flush and release the on-disk lock (dropping every reference to the store)."""
        self.ox.flush()
        self.dataset.close()
        del self.dataset, self.ox
        self._release()

    def _release(self) -> None:
        if self._lock is not None:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()
            self._lock = None


@contextmanager
def open_store(path: Path | None, *, create: bool = True) -> Iterator[Store]:
    """Open a store for the duration of a ``with`` block."""
    store = Store(path, create=create)
    try:
        yield store
    finally:
        store.close()
