"""SHACL shapes compiled to SPARQL ASK queries, so Oxigraph can gate what kg writes.

pySHACL is our reference engine: every violation report comes from it. But it checks
each constraint of each focus node in Python, which cost a build a fifth of its time,
more than everything else beside the parse. The SHACL Recommendation defines the core
constraint components by their SPARQL meaning, so the subset our shapes use compiles to
one ASK query per targeted shape, true exactly when some focus node violates it;
Oxigraph answers them in a millisecond or two. A build asks them of each batch (and
``kg validate`` of a whole store) and runs pySHACL only when one is true, for the
report and the verdict, so these queries must never pass what pySHACL fails. The
subset is kept to constructs both engines read alike: regular expressions in the
dialect Python and Rust share, listed values that are IRIs or booleans, exact numeric
bounds. The tests check the queries against pySHACL on broken variants of the seed
graph and on each construct where the engines could differ.

Oxigraph stores typed literals in canonical form ("1.50"^^xsd:decimal as 1.5), so the
queries check values as they will be stored, which is also what pySHACL sees when it
reads them back from the store.

A shapes graph that uses anything outside the subset compiles to ``None``, and is
checked by pySHACL alone: an edited shapes file is never checked only in part.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.term import Node

__all__ = ["compile_shapes", "violated"]

SH = Namespace("http://www.w3.org/ns/shacl#")
FOCUS = "?this"
TARGETS = {SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode}
# Statements that change no verdict: a shape's kind, and words for people.
ANNOTATIONS = {
    RDF.type,
    RDFS.label,
    RDFS.comment,
    SH.name,
    SH.description,
    SH.message,
    SH.order,
    SH.group,
}
COMPARISONS = {
    SH.minInclusive: ">=",
    SH.maxInclusive: "<=",
    SH.minExclusive: ">",
    SH.maxExclusive: "<",
}
# Datatypes whose well-formed values are those a SPARQL cast accepts, with the lexical
# forms rdflib (so pySHACL) also accepts: Oxigraph casts dates rdflib calls ill-typed
# (year 0000, five-digit years, time zones), so a date must also look like one.
CASTABLE = {XSD[t] for t in ("string", "boolean", "integer", "decimal", "double", "float")}
LEXICAL = {XSD.date: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
# Regular expressions in the dialect Python's re (pySHACL) and Rust's regex (Oxigraph)
# read alike: literal characters, classes without nesting or set operations, counted
# repetition, groups without (?…), and the escapes \d, \D and escaped punctuation.
REGEX_ESCAPES = set("dD") | set("\\.^$*+?()[]{}|/-")
REGEX_FLAGS = set("im")
COUNTED = re.compile(r"\{[0-9]+(,[0-9]*)?\}")
EXACT = {XSD.integer, XSD.decimal}
MAX_BRANCHES = 256  # sh:or multiplies branches; past this, leave it to pySHACL
MAX_COUNT = 3  # counts compile to n+1 pairwise-distinct values: keep that small
SUPPORTED = (
    ANNOTATIONS
    | TARGETS
    | set(COMPARISONS)
    | {SH.path, SH.property, SH.node, SH["or"], SH["in"], SH.hasValue, SH["class"]}
    | {SH.datatype, SH.pattern, SH.flags, SH.minCount, SH.maxCount}
)


class Unsupported(Exception):
    """The shapes use SHACL beyond the compiled subset."""


def _term(node: Node) -> str:
    if isinstance(node, URIRef | Literal):
        return node.n3()
    raise Unsupported(f"a blank node or variable as a constraint value: {node!r}")


def _member(node: Node) -> str:
    """A value of sh:in or sh:hasValue. Only IRIs and booleans (which rdflib normalises
    as Oxigraph does): Oxigraph stores other typed literals in canonical form ("1.50" as
    1.5), while pySHACL compares them as written."""
    if isinstance(node, URIRef) or (isinstance(node, Literal) and node.datatype == XSD.boolean):
        return _term(node)
    raise Unsupported(f"a listed value other than an IRI or a boolean: {node!r}")


def _string(text: str) -> str:
    """A SPARQL string literal (JSON's escapes are all valid SPARQL escapes)."""
    return json.dumps(text, ensure_ascii=False)


def _portable_regex(pattern: str) -> bool:
    """Whether ``pattern`` means the same to Python's re and to Rust's regex."""
    in_class = False
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            if i + 1 == len(pattern) or pattern[i + 1] not in REGEX_ESCAPES:
                return False
            i += 2
            continue
        if in_class:
            if char == "[" or pattern[i : i + 2] in {"&&", "--", "~~"}:
                return False
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "^":
                i += 1
        elif pattern[i : i + 2] == "(?" or (
            char == "{" and not re.match(r"\{[0-9]+(,[0-9]*)?\}", pattern[i:])
        ):
            return False
        i += 1
    return not in_class


def _distinct(variables: list[str]) -> str:
    """A FILTER keeping solutions whose ``variables`` are pairwise different terms."""
    pairs = [f"!sameTerm({a}, {b})" for a, b in itertools.combinations(variables, 2)]
    return f"FILTER ({' && '.join(pairs)})" if pairs else ""


class _Compiler:
    """Turns shapes into violation *branches*: SPARQL group bodies over a focus variable
    that have a solution exactly when that focus node breaks one constraint. A shape is
    broken when any of its branches holds, so branches combine by UNION, and nesting
    (``sh:node``, ``sh:or``) is flattened into more branches, never into nested groups,
    so that every FILTER sees the focus node bound."""

    def __init__(self, shapes: Graph) -> None:
        self.shapes = shapes
        self.count = 0
        self.open: set[Node] = set()  # shapes being compiled, to refuse a cycle

    def fresh(self) -> str:
        self.count += 1
        return f"?v{self.count}"

    def single(self, shape: Node, predicate: URIRef) -> Node | None:
        values = list(self.shapes.objects(shape, predicate))
        if len(values) > 1:
            raise Unsupported(f"{predicate} given twice on one shape")
        return values[0] if values else None

    def branches(self, shape: Node, focus: str) -> list[str]:
        if shape in self.open:
            raise Unsupported("a shape that refers to itself")
        self.open.add(shape)
        try:
            return self._branches(shape, focus)
        finally:
            self.open.discard(shape)

    def _branches(self, shape: Node, focus: str) -> list[str]:
        for predicate in self.shapes.predicates(shape, None):
            if predicate not in SUPPORTED:
                raise Unsupported(f"{predicate}")
        path = self.single(shape, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported("a property path other than one predicate")
        if path is None:
            return self._constraints(shape, focus, lambda v: "", focus)
        value = self.fresh()
        branches = self._counts(shape, focus, path)
        branches += self._constraints(shape, focus, lambda v: f"{focus} <{path}> {v} .", value)
        return branches

    def _counts(self, shape: Node, focus: str, path: URIRef) -> list[str]:
        branches = []
        for predicate, violated in (
            (SH.minCount, "FILTER NOT EXISTS {{ {} }}"),
            (SH.maxCount, "{}"),
        ):
            limit = self.single(shape, predicate)
            if limit is None:
                continue
            if not isinstance(limit, Literal) or not isinstance(limit.toPython(), int):
                raise Unsupported(f"{predicate} {limit!r}")
            n = int(limit.toPython()) + (predicate == SH.maxCount)
            if n == 0:
                continue
            if n > MAX_COUNT + 1:
                raise Unsupported(f"{predicate} above {MAX_COUNT}")
            names = [self.fresh() for _ in range(n)]
            values = " ".join(f"{focus} <{path}> {v} ." for v in names)
            branches.append(violated.format(f"{values} {_distinct(names)}"))
        return branches

    def _constraints(
        self, shape: Node, focus: str, values: Callable[[str], str], value: str
    ) -> list[str]:
        """Branches of the value constraints; ``values(v)`` binds ``v`` to each value
        node (for a node shape, the value node is the focus itself and it binds none)."""
        each = values(value)
        branches = []
        for datatype in self.shapes.objects(shape, SH.datatype):
            if not isinstance(datatype, URIRef) or datatype not in CASTABLE | set(LEXICAL):
                raise Unsupported(f"sh:datatype {datatype}")
            dt = f"<{datatype}>"
            # A value must be a literal of the datatype, and well formed: cast to it.
            well_formed = f"COALESCE({dt}(STR({value})) = {dt}(STR({value})), false)"
            lexical = LEXICAL.get(datatype)
            if lexical is not None:
                well_formed += f" && REGEX(STR({value}), {_string(lexical)})"
                well_formed += f' && !STRSTARTS(STR({value}), "0000")'
            test = f"!isLiteral({value}) || datatype({value}) != {dt} || !({well_formed})"
            branches.append(f"{each} FILTER ({test})")
        for pattern in self.shapes.objects(shape, SH.pattern):
            flags = str(self.single(shape, SH.flags) or "")
            if not _portable_regex(str(pattern)) or not set(flags) <= REGEX_FLAGS:
                raise Unsupported(f"sh:pattern {pattern!r} with flags {flags!r}")
            regex = f"REGEX(STR({value}), {_string(str(pattern))}, {_string(flags)})"
            branches.append(f"{each} FILTER (isBlank({value}) || !{regex})")
        for listed in self.shapes.objects(shape, SH["in"]):
            members = [_member(m) for m in Collection(self.shapes, listed)]
            allowed = " || ".join(f"sameTerm({value}, {m})" for m in members) or "false"
            branches.append(f"{each} FILTER (!({allowed}))")
        for required in self.shapes.objects(shape, SH.hasValue):
            if each:
                branches.append(f"FILTER NOT EXISTS {{ {values(_member(required))} }}")
            else:
                branches.append(f"FILTER (!sameTerm({focus}, {_member(required)}))")
        for cls in self.shapes.objects(shape, SH["class"]):
            instance = f"{value} a/<{RDFS.subClassOf}>* {_term(cls)}"
            branches.append(f"{each} FILTER NOT EXISTS {{ {instance} }}")
        for predicate, operator in COMPARISONS.items():
            for bound in self.shapes.objects(shape, predicate):
                # Exact numbers only: SPARQL compares an integer with a double as
                # doubles, Python exactly.
                if not isinstance(bound, Literal) or bound.datatype not in EXACT:
                    raise Unsupported(f"{predicate} {bound!r}")
                test = f"COALESCE({value} {operator} {_term(bound)}, false)"
                branches.append(f"{each} FILTER (!{test})")
        for nested in self.shapes.objects(shape, SH.node):
            branches += [f"{each} {b}" for b in self.branches(nested, value)]
        for prop in self.shapes.objects(shape, SH.property):
            # Properties of the value nodes (for a node shape, of the focus itself).
            branches += [f"{each} {b}" for b in self.branches(prop, value)]
        for alternatives in self.shapes.objects(shape, SH["or"]):
            # Broken when every alternative is: one branch of each, for every choice.
            options = [self.branches(m, value) for m in Collection(self.shapes, alternatives)]
            if math.prod(map(len, options)) > MAX_BRANCHES:
                raise Unsupported("sh:or with too many combinations")
            branches += [f"{each} {' '.join(choice)}" for choice in itertools.product(*options)]
        return branches

    def targets(self, shape: Node) -> Iterator[str]:
        for cls in self.shapes.objects(shape, SH.targetClass):
            yield f"{FOCUS} a/<{RDFS.subClassOf}>* {_term(cls)} ."
        for predicate in self.shapes.objects(shape, SH.targetSubjectsOf):
            yield f"{FOCUS} {_term(predicate)} {self.fresh()} ."
        for predicate in self.shapes.objects(shape, SH.targetObjectsOf):
            yield f"{self.fresh()} {_term(predicate)} {FOCUS} ."
        for node in self.shapes.objects(shape, SH.targetNode):
            yield f"VALUES {FOCUS} {{ {_term(node)} }}"

    def query(self, shape: Node) -> str | None:
        """One ASK, true when some target of ``shape`` violates it; None if no target
        can (no constraints)."""
        targets = " UNION ".join(f"{{ {t} }}" for t in self.targets(shape))
        branches = self.branches(shape, FOCUS)
        if not branches:
            return None
        return "ASK { " + " UNION ".join(f"{{ {targets} {b} }}" for b in branches) + " }"


def _typed_beyond_shape(shapes: Graph) -> bool:
    """Whether a shape has a type other than the SHACL shape classes: a class (or an
    instance of a metaclass) that is also a shape targets its own instances."""
    shape_types = {SH.Shape, SH.NodeShape, SH.PropertyShape}
    nodes = {s for s, p in shapes.subject_predicates() if str(p).startswith(str(SH))}
    return any(set(shapes.objects(n, RDF.type)) - shape_types for n in nodes)


def compile_shapes(shapes: Graph) -> tuple[str, ...] | None:
    """ASK queries, one per targeted shape of ``shapes``, true when the data queried
    (with the ontology, as the default graph) breaks it; ``None`` when the shapes go
    beyond the compiled subset or Oxigraph cannot parse a query."""
    if _typed_beyond_shape(shapes) or (None, SH.deactivated, None) in shapes:
        return None
    compiler = _Compiler(shapes)
    targeted = sorted({s for p in TARGETS for s in shapes.subjects(p, None)}, key=str)
    try:
        queries = tuple(q for q in map(compiler.query, targeted) if q is not None)
        violated(ox.Store(), queries)  # every query parses
    except (Unsupported, SyntaxError, ValueError, OSError):
        return None
    return queries


def violated(store: ox.Store, queries: Iterable[str]) -> bool:
    """Whether some compiled query finds a violation in the union of ``store``'s graphs."""
    return any(store.query(q, use_default_graph_as_union=True) for q in queries)
