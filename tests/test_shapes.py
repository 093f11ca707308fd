"""The shapes compiled to SPARQL agree with pySHACL, on the seed graph and on every kind
of break: each triple kind dropped, given a second value, or given a value of the wrong
kind. A build trusts "conforms" from the compiled queries, so they must never pass what
pySHACL fails."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pyshacl
import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg import validate as validate_module
from kg.build import BuildReport, store_extractions
from kg.errors import KgError
from kg.ingest import Article
from kg.ontology import load_ontology
from kg.rdf import CKG, ID, Triple, nquads
from kg.records import Actor, Event, Extraction
from kg.shapes import compile_shapes
from kg.store import Store, open_store
from kg.validate import validate_graph, validate_store

DATA = URIRef(f"{ID}article/test")


@pytest.fixture(scope="module")
def seed_data(seed_build: tuple[Path, BuildReport]) -> Graph:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        return store.data_graph()


@pytest.fixture(scope="module")
def checker() -> tuple[tuple[ox.Quad, ...], tuple[str, ...]]:
    """The shipped ontology's quads and the shipped shapes compiled, as a build uses."""
    compiled = validate_module._compiled(load_ontology())
    assert compiled is not None, "the shipped shapes must stay inside the compiled subset"
    return compiled


def compiled_conforms(
    checker: tuple[tuple[ox.Quad, ...], tuple[str, ...]], data: list[Triple]
) -> bool:
    return validate_module._passes(*checker, nquads([(DATA, data)]))


# Values of other kinds than the shapes allow: what a bug in the RDF code might write.
WRONG = (
    Literal("x"),
    Literal("yes", datatype=XSD.boolean, normalize=False),  # ill-formed
    Literal("1.5", datatype=XSD.decimal),
    CKG.Article,
)


def kind(node: object) -> str:
    """What a node is, from its IRI: an actor, event, clause, article or sentence."""
    path = str(node).removeprefix(str(ID))
    return "sentence" if "/sentence/" in path else path.split("/")[0]


def breaks(data: Graph) -> Iterator[tuple[str, list[Triple]]]:
    """For one triple of each (subject kind, predicate): dropped, given a second value,
    or given a wrong value instead."""
    triples = sorted(data)
    first: dict[tuple[str, object], Triple] = {}
    for s, p, o in triples:
        first.setdefault((kind(s), p), (s, p, o))
    for (subject, predicate), triple in first.items():
        rest = [t for t in triples if t != triple]
        yield f"drop {subject} {predicate}", rest
        for value in WRONG:
            wrong = (triple[0], triple[1], value)
            yield f"{subject} {predicate} {value!r} added", [*triples, wrong]
            yield f"{subject} {predicate} {value!r} instead", [*rest, wrong]


def test_compiled_shapes_agree_with_pyshacl_on_every_kind_of_break(
    seed_data: Graph, checker: tuple[tuple[ox.Quad, ...], tuple[str, ...]]
) -> None:
    assert compiled_conforms(checker, list(seed_data))
    cases = list(breaks(seed_data))
    assert len(cases) > 200
    disagreements = [
        (name, pyshacl)
        for name, data in cases
        if compiled_conforms(checker, data) != (pyshacl := validate_graph(data).conforms)
    ]
    assert not disagreements


@pytest.mark.parametrize(
    "shape",
    [
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ( ex:p ex:q ) ; sh:minCount 1 ] .",
        "ex:S sh:targetClass ex:C ; sh:and ( [ sh:path ex:p ; sh:minCount 1 ] ) .",
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxCount 9 ] .",
        "ex:S sh:targetClass ex:C ; sh:deactivated true ; sh:property [ sh:path ex:p ] .",
        "ex:C a rdfs:Class ; sh:property [ sh:path ex:p ; sh:minCount 1 ] .",
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:node ex:S ] .",
        "ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:datatype ex:Custom ] .",
    ],
)
def test_shapes_beyond_the_subset_compile_to_nothing(shape: str) -> None:
    prefixes = (
        "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> . "
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
        "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> . "
    )
    assert compile_shapes(Graph().parse(data=prefixes + shape, format="turtle")) is None


def broken_extraction() -> Extraction:
    return Extraction(
        Article("b", "Iran attacked."),
        ("Iran attacked.",),
        (Actor("iran", "Iran", "NotAType"),),
        (),
        (Event(1, "Fight", "19", "iran", None, "", None, "asserted", False, 0.9, "attacked"),),
    )


def test_build_falls_back_to_pyshacl_when_the_shapes_cannot_be_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(validate_module, "_compiled", lambda ontology: None)
    store = Store()
    with pytest.raises(KgError, match="E050") as raised:
        store_extractions(store, [broken_extraction()])
    assert "ActorShape: actor:iran : Value does not have class ckg:Actor" in str(raised.value)
    assert len(store) == 0


def test_a_store_is_checked_in_place_and_a_violation_reported_by_pyshacl(
    seed_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    out, _ = seed_build
    shutil.copytree(out / "store", tmp_path / "store")
    with open_store(tmp_path / "store", create=False) as store:
        assert validate_store(store).conforms
        solutions = store.ox.query(f"SELECT ?e ?g {{ GRAPH ?g {{ ?e <{CKG.modality}> ?m }} }}")
        assert isinstance(solutions, ox.QuerySolutions)
        event, graph = next(iter(solutions))
        store.ox.update(
            f"INSERT DATA {{ GRAPH {graph} {{ {event} <{CKG.modality}> <{CKG.certain}> }} }}"
        )
        report = validate_store(store)
    assert not report.conforms
    assert {v.shape for v in report.violations} == {"EventShape/modality"}


EX = "http://example.org/"
PREFIXES = (
    "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> . "
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . "
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . "
)


def typed(lexical: str, datatype: str) -> Literal:
    return Literal(lexical, datatype=XSD[datatype], normalize=False)


def on_p(body: str) -> str:
    return f"ex:S sh:targetClass ex:C ; sh:property [ sh:path ex:p ; {body} ] ."


# Constructs where Python's re, rdflib's literals or Python's numbers differ from
# Oxigraph's: each must compile to the same verdict as pySHACL, or to nothing. The third
# item says which: a compiler that gave up on everything must fail here, not pass.
CONSTRUCTS = [
    (on_p('sh:pattern "^[0-9]{2,4}$"'), Literal("12"), True),
    (on_p('sh:pattern "^[0-9]{2,4}$"'), Literal("1"), True),
    (on_p('sh:pattern "^[[:digit:]]+$"'), Literal("12"), False),
    (on_p('sh:pattern "^(?=a)b"'), Literal("b"), False),
    (on_p('sh:pattern "^(a)\\\\1$"'), Literal("ab"), False),
    (on_p('sh:pattern "^a\\\\Z"'), Literal("b"), False),
    (on_p('sh:pattern "^\\\\p{L}$"'), Literal("a"), False),
    (on_p('sh:pattern "^a{,2}$"'), Literal("aaa"), False),
    (on_p('sh:pattern "^a.b$" ; sh:flags "s"'), Literal("a\nb"), False),
    (on_p('sh:pattern "^a b$" ; sh:flags "x"'), Literal("ab"), False),
    (on_p('sh:pattern "^a$" ; sh:flags "I"'), Literal("b"), False),
    (on_p('sh:pattern "^a$" ; sh:flags "i"'), Literal("A"), True),
    (on_p("sh:in ( 1.5 )"), typed("1.50", "decimal"), False),
    (on_p('sh:in ( "a"^^xsd:string )'), Literal("a"), False),
    (on_p("sh:hasValue true"), Literal("1", datatype=XSD.boolean), True),
    (on_p("sh:hasValue 1.5"), typed("1.50", "decimal"), False),
    (on_p("sh:datatype xsd:date"), typed("2024-02-29", "date"), True),
    (on_p("sh:datatype xsd:date"), typed("0000-01-01", "date"), True),
    (on_p("sh:datatype xsd:date"), typed("10000-01-01", "date"), True),
    (on_p("sh:datatype xsd:date"), typed("2024-01-01Z", "date"), True),
    (on_p("sh:datatype xsd:boolean"), typed("yes", "boolean"), True),
    (on_p("sh:datatype xsd:integer"), typed("1.0", "integer"), True),
    (
        on_p('sh:maxInclusive "9007199254740992"^^xsd:double'),
        typed("9007199254740993", "integer"),
        False,
    ),
    (on_p("sh:maxInclusive 1"), typed("1.0000000000000000001", "decimal"), True),
    (on_p("sh:minInclusive 1"), Literal("5"), True),
    (on_p("sh:minExclusive 0 ; sh:maxExclusive 1"), typed("0.5", "decimal"), True),
    (
        "ex:C a ex:M ; sh:property [ sh:path ex:p ; sh:minCount 2 ] . "
        "ex:M rdfs:subClassOf rdfs:Class .",
        URIRef(f"{EX}y"),
        False,
    ),
    (
        "ex:S sh:targetNode ex:x ; sh:property [ sh:path ex:p ; sh:maxCount 0 ] .",
        Literal("a"),
        True,
    ),
]


@pytest.mark.parametrize(("shape", "value", "compiles"), CONSTRUCTS)
def test_compiled_constructs_never_pass_what_pyshacl_fails(
    shape: str, value: Literal, compiles: bool
) -> None:
    shapes = Graph().parse(data=PREFIXES + shape, format="turtle")
    x, c, p = URIRef(f"{EX}x"), URIRef(f"{EX}C"), URIRef(f"{EX}p")
    data: list[Triple] = [(x, RDF.type, c), (x, p, value)]
    queries = compile_shapes(shapes)
    assert (queries is not None) is compiles  # otherwise left to pySHACL
    if queries is None:
        return
    graph = Graph()
    for triple in data:
        graph.add(triple)
    expected = pyshacl.validate(graph, shacl_graph=shapes, inference="none")[0]
    compiled = validate_module._passes((), queries, nquads([(DATA, data)]))
    assert expected or not compiled  # a stricter verdict only sends the batch to pySHACL
