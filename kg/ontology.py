"""The ontology a run works with, located and parsed once: kg's own ``conflict.ttl``, the
CAMEO codebook generated into ``cameo.ttl`` and ``shapes.ttl``, plus the Turtle files a
user extends it with.

Every stage takes what it needs from one :class:`Ontology`: the RDF graph (stored beside
the articles, mixed into validation), the extractor's vocabulary, the shapes and their
compiled queries, the actor types, and a fingerprint of the files. It knows nothing of
how stages use it (no RDF mapping, no store), so extraction can take its vocabulary from
it. Nothing else finds
or parses the Turtle, so one build reads ``conflict.ttl`` once, however many stages use
it; worker processes load it once each, from the same file names.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib.metadata import version
from pathlib import Path

from rdflib import Graph

from kg import vocabulary as _vocabulary
from kg.cache import cached
from kg.errors import Errors, KgError
from kg.shapes import compile_shapes
from kg.vocabulary import Vocabulary, entity_labels, vocabulary_from_graph

__all__ = ["KG_FILES", "Ontology", "load_ontology", "ontology_folder"]

# kg's own ontology files, in the order they are read: the hand-written ontology and
# vocabulary, then the codebook generated from CAMEO's tables (scripts/cameo_codebook.py).
KG_FILES = ("conflict.ttl", "cameo.ttl")


def ontology_folder() -> Path:
    """The folder of ``conflict.ttl``, ``cameo.ttl``, ``shapes.ttl`` and ``REFERENCE.md``:
    in the wheel, or the repository's ``ontology/``."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_ontology", here.parent / "ontology"):
        if (candidate / "conflict.ttl").is_file():
            return candidate
    raise FileNotFoundError("ontology/conflict.ttl not found beside the kg package")


def _parse(paths: Iterable[Path]) -> Graph:
    """One or more Turtle files in one graph, with a clear error on bad Turtle."""
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several unrelated types for bad input
            raise KgError(Errors.E020, path=path, reason=exc) from None
    return graph


@dataclass(frozen=True, eq=False)
class Ontology:
    """kg's ontology and shapes with ``extra`` Turtle files; build with :func:`load_ontology`."""

    paths: tuple[Path, ...]  # kg's files (KG_FILES) first, then the user's
    graph: Graph = field(repr=False)

    @property
    def extra(self) -> tuple[Path, ...]:
        """The user's files."""
        return self.paths[len(KG_FILES) :]

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The extractor's vocabulary, once the ontology passed its checks (E022-E026).
        Built when first asked for: reading the page's actor types or the shapes needs
        neither it nor the spaCy stop words its checks use. Kept in the disk cache
        (:mod:`kg.cache`) for the same files, the same code and spaCy's stop words:
        building it reads the graph for a tenth of a second, and every build and worker
        needs it."""
        inputs: list[str | Path] = [*self.paths, Path(_vocabulary.__file__), version("spacy")]
        return cached("vocabulary", inputs, lambda: vocabulary_from_graph(self.graph, self.paths))

    def checked(self) -> Ontology:
        """This ontology, once its checks passed (building the vocabulary runs them): a
        build asks before it touches a store."""
        _ = self.vocabulary
        return self

    @cached_property
    def shapes(self) -> Graph:
        """The SHACL shapes every stored graph must pass."""
        return _parse([ontology_folder() / "shapes.ttl"])

    @cached_property
    def shape_queries(self) -> tuple[str, ...] | None:
        """The shapes compiled to SPARQL ASK queries; None when they cannot be."""
        return compile_shapes(self.shapes)

    @cached_property
    def fingerprint(self) -> str:
        """A digest of the files' bytes: outputs written with other files are stale."""
        digest = hashlib.sha256()
        for path in self.paths:
            digest.update(path.read_bytes())
        return digest.hexdigest()

    @cached_property
    def file_names(self) -> list[str]:
        """The files as a store records them: kg's by name, the user's as given."""
        return sorted([*KG_FILES, *map(str, self.extra)])

    @cached_property
    def actor_types(self) -> tuple[str, ...]:
        """The actor classes (``ckg:Actor`` and below) by local name, sorted."""
        return tuple(entity_labels(self.graph))


@cache
def _load(paths: tuple[Path, ...], _versions: tuple[tuple[int, int], ...]) -> Ontology:
    """The files' graph, from the disk cache (:mod:`kg.cache`) when the same files were
    parsed by the same code before: rdflib's Turtle parser takes a sixth of a second
    over kg's two files, unpickling their graph a fiftieth."""
    parser: list[str | Path] = [Path(__file__), version("rdflib")]
    # where each file lies counts too: rdflib resolves a file's relative IRIs against it
    places = [str(p.resolve()) for p in paths]
    return Ontology(paths, cached("ontology", [*paths, *places, *parser], lambda: _parse(paths)))


def _version(path: Path) -> tuple[int, int]:
    """A file's modification time and size (0, 0 if missing: parsing will say so)."""
    try:
        status = path.stat()
    except OSError:
        return 0, 0
    return status.st_mtime_ns, status.st_size


def load_ontology(extra: Iterable[str | Path] = ()) -> Ontology:
    """kg's ontology with the ``extra`` Turtle files, checked; parsed once per process for
    the same files, and again when one of them changed (a user editing their Turtle in a
    notebook)."""
    folder = ontology_folder()
    paths = (*(folder / name for name in KG_FILES), *(Path(p) for p in extra))
    return _load(paths, tuple(_version(p) for p in paths))
