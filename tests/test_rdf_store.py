"""RDF minting and the Oxigraph store: stable IRIs, safe encoding, atomic idempotent writes."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg import store as store_module
from kg.build import BuildReport, store_extractions
from kg.errors import KgError
from kg.export import export
from kg.ingest import Article
from kg.ontology import load_ontology
from kg.rdf import CKG, actor_iri, article_graph, article_iri, event_iri, event_name
from kg.records import Actor, Event, Extraction
from kg.store import Store, open_store
from kg.tables import events_table, extraction_table
from kg.validate import validate_graph


def by_value(graph: Graph) -> set[tuple[object, ...]]:
    """Triples with literals compared by value: Oxigraph writes decimals canonically
    ("7"), Turtle needs a decimal point ("7.0"); a simple literal is an xsd:string (RDF 1.1)."""

    def term(node: object) -> object:
        if isinstance(node, Literal):
            return (node.datatype or XSD.string, node.language, node.toPython())
        return node

    assert not any(isinstance(n, BNode) for t in graph for n in t), "no blank nodes expected"
    return {(s, p, term(o)) for s, p, o in graph}


def sample() -> Extraction:
    article = Article("a1", "Herzog accused Hamas. It was said.", date="2023-11-07")
    actors = (
        Actor("hamas", "Hamas", "ArmedGroup"),
        Actor("michael_herzog", "Michael Herzog", "Person", "ambassador", "israel"),
        Actor("israel", "Israel", "State"),
    )
    event = Event(
        1, "Accuse", "112", "michael_herzog", "hamas", "x", None, "asserted", False, 0.9, "accused"
    )
    return Extraction(article, ("Herzog accused Hamas.", "It was said."), actors, (), (event,))


def test_iris_are_readable_and_safe_for_any_name() -> None:
    assert str(actor_iri("michael_herzog")).endswith("/actor/michael_herzog")
    nasty = actor_iri('a<b>"c d\\e\nf\u200f😀')
    assert not set('<>"\\ \n') & set(str(nasty).split("/actor/")[1])
    Graph().parse(data=f"<{nasty}> <{RDFS.label}> 'x' .", format="turtle")


def test_event_iri_depends_only_on_its_key() -> None:
    event = sample().events[0]
    assert event_iri("u", event) == event_iri("u", event)
    assert event_iri("u", event) != event_iri("v", event)
    assert event_name(str(CKG.AppealForDeescalation)) == "APPEAL_FOR_DEESCALATION"


def test_an_unnamed_codes_event_is_named_by_its_nearest_named_ancestor() -> None:
    """An event of 190 (a code conflict.ttl does not name) is a FIGHT in both tables,
    with 190 in the cameo column, and labelled as one in RDF ("Michael Herzog fight
    Hamas", not "… CAMEO 190 …"); a named four-digit code keeps its own name."""
    assert event_name(str(CKG.CAMEO_190)) == "FIGHT"
    assert event_name(str(CKG.CAMEO_0253)) == "APPEAL"
    assert event_name(str(CKG.ReleasePersons)) == "RELEASE_PERSONS"
    base = sample()
    event = Event(
        1, "CAMEO_190", "190", "michael_herzog", "hamas", "", None, "asserted", False, 0.9, "x"
    )
    fight = Extraction(base.article, base.sentences, base.actors, (), (event,))
    store = Store()
    store_extractions(store, [fight])
    for table in (events_table(store), extraction_table([fight], load_ontology().vocabulary)):
        assert [(r["event"], r["cameo"], r["quad_class"]) for r in table] == [("FIGHT", "190", "4")]
    graph = article_graph(fight, load_ontology().vocabulary)
    assert graph.value(event_iri(fight.article.uid, event), RDFS.label) == Literal(
        "Michael Herzog fight Hamas"
    )


def test_article_graph_has_provenance_direct_edge_and_roles() -> None:
    graph = article_graph(sample(), load_ontology().vocabulary)
    herzog, hamas = actor_iri("michael_herzog"), actor_iri("hamas")
    assert (herzog, CKG.accuses, hamas) in graph
    assert (herzog, CKG.affiliatedWith, actor_iri("israel")) in graph
    event = next(graph.subjects(CKG.source, herzog))
    sentence = graph.value(event, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert graph.value(sentence, CKG.text) == Literal("Herzog accused Hamas.")
    assert graph.value(sentence, CKG.inArticle) == article_iri(sample().article.uid)


def test_an_event_carries_its_codes_quad_class_in_rdf_and_in_both_tables() -> None:
    """An accusation (112, root 11) is verbal conflict, QuadClass 3: an xsd:integer in
    RDF, the quad_class column of the store's table and of kg extract's."""
    vocab = load_ontology().vocabulary
    graph = article_graph(sample(), vocab)
    event = next(graph.subjects(CKG.cameoCode, Literal("112")))
    assert graph.value(event, CKG.quadClass) == Literal(3, datatype=XSD.integer)
    store = Store()
    store_extractions(store, [sample()])
    assert [r["quad_class"] for r in events_table(store)] == ["3"]
    assert [r["quad_class"] for r in extraction_table([sample()], vocab)] == ["3"]


def test_replace_graph_is_idempotent_and_queries_see_the_union(tmp_path: Path) -> None:
    graph = article_graph(sample(), load_ontology().vocabulary)
    name = article_iri(sample().article.uid)
    with open_store(tmp_path / "store") as store:
        store.replace_graph(name, graph)
        size = len(store)
        store.replace_graph(name, graph)
        assert len(store) == size == len(graph)
        rows = list(store.query(f"SELECT ?t WHERE {{ ?s <{CKG.accuses}> ?t }}"))
        assert [str(r[0]) for r in rows] == [str(actor_iri("hamas"))]  # type: ignore[index]
    with open_store(tmp_path / "store", create=False) as store:
        assert len(store) == size


def test_a_failed_replacement_keeps_the_old_graph_and_names_may_repeat() -> None:
    """Regression: a drop then a load lost the old graph when the load failed."""
    graph = article_graph(sample(), load_ontology().vocabulary)
    name = article_iri(sample().article.uid)
    store = Store()
    store.replace_graph(name, graph)
    size = len(store)
    broken = [(URIRef("no-scheme"), RDFS.label, Literal("x"))]  # Oxigraph refuses it
    with pytest.raises(SyntaxError):
        store.replace_graph(name, broken)
    with pytest.raises(SyntaxError):
        store.replace_graph(URIRef("http://example.org/new"), broken)
    assert len(store) == size
    store.replace_graphs([(name, graph), (name, graph)])
    assert len(store) == size


def test_a_graph_name_cannot_end_its_iri_early_in_sparql_or_n_quads() -> None:
    graph = article_graph(sample(), load_ontology().vocabulary)
    name = article_iri(sample().article.uid)
    store = Store()
    store.replace_graph(name, graph)
    size = len(store)
    hostile = URIRef("http://x/g> { } } ; DROP ALL ; INSERT DATA { GRAPH <http://x/g")
    for target in (name, URIRef("http://example.org/new")):
        with pytest.raises(Exception, match=r"valid URI|Invalid IRI"):
            store.replace_graphs([(target, graph), (hostile, graph)])
    assert len(store) == size


def test_batched_writes_flushed_to_disk_survive_reopening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Several graphs in one update, flushed on every write (a tiny threshold)."""
    monkeypatch.setattr(store_module, "FLUSH_CHARS", 1)
    first = sample()
    second = replace(first, article=Article("a2", "Other text."))
    vocab = load_ontology().vocabulary
    graphs = [(article_iri(e.article.uid), article_graph(e, vocab)) for e in (first, second)]
    with open_store(tmp_path / "store") as store:
        store.replace_graphs(graphs)
        store.replace_graphs(graphs)
        size = len(store)
    with open_store(tmp_path / "store", create=False) as store:
        assert len(store) == size == sum(len(g) for _, g in graphs)
        assert store.graph_names() == sorted(str(name) for name, _ in graphs)


def test_multiline_literals_ending_in_a_backslash_quote_are_stored_intact() -> None:
    """Regression: Turtle long strings ("\"\"\"…\"\"\"") broke the SPARQL update."""
    title = 'line one\nends in \\"'
    article = Article("t1", "x", title=title)
    extraction = replace(sample(), article=article, sentences=(f"{title}\r\n", "Two."))
    store = Store()
    store_extractions(store, [extraction])
    texts = {str(o) for _s, _p, o in store.data_graph()}
    assert title in texts and f"{title}\r\n" in texts


def test_bad_sparql_is_a_clear_error() -> None:
    with pytest.raises(KgError, match="E032"):
        Store().query("SELEC nonsense")


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="E030"):
        Store(tmp_path / "nothing", create=False)


@pytest.mark.parametrize("fmt", ["ttl", "nt", "jsonld", "xml"])
def test_triple_formats_round_trip(seed_build: tuple[Path, BuildReport], fmt: str) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        expected = store.data_graph()
        data = export(store, fmt)
    back = Graph().parse(data=data, format={"ttl": "turtle", "jsonld": "json-ld"}.get(fmt, fmt))
    assert by_value(back) == by_value(expected)


def test_rdf_reads_as_people_write_it(seed_build: tuple[Path, BuildReport]) -> None:
    """JSON-LD compacted by kg's prefixes (it was expanded, three times Turtle's size);
    Turtle without escaped slashes in sentence IRIs; prefixes as the ontology's."""
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        jsonld, turtle = export(store, "jsonld").decode(), export(store, "ttl").decode()
    data = json.loads(jsonld)
    assert data["@context"]["ckg"] == "https://w3id.org/kg-news/ontology#"
    assert '"ckg:' in jsonld and "https://w3id.org/kg-news/ontology#" not in jsonld[400:]
    assert len(jsonld) < 2 * len(turtle) and jsonld.endswith("}\n")
    assert "\\/" not in turtle and "@prefix xsd:" in turtle


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_dataset_formats_keep_one_graph_per_article(
    seed_build: tuple[Path, BuildReport], fmt: str
) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        names = store.graph_names()
        data = export(store, fmt)
        per_graph = {n: Graph() + store.dataset.graph(URIRef(n)) for n in names}
    back = Dataset()
    back.parse(data=data, format={"nq": "nquads"}.get(fmt, fmt))
    parsed = {str(g.identifier): g for g in back.graphs() if len(g)}
    assert set(parsed) == set(names)
    article = next(n for n in names if "/article/" in n)
    assert by_value(parsed[article]) == by_value(per_graph[article])


def test_validation_passes_on_the_seed_and_names_the_broken_shape(
    seed_build: tuple[Path, BuildReport],
) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        data = store.data_graph()
    assert validate_graph(data).conforms
    event = next(data.subjects(CKG.modality, None))
    data.set((event, CKG.modality, CKG.certain))
    data.remove((event, CKG.cameoCode, None))
    report = validate_graph(data)
    assert not report.conforms
    assert {v.shape for v in report.violations} == {"EventShape/modality", "EventShape/CAMEO code"}


def test_build_refuses_a_graph_that_breaks_the_shapes(tmp_path: Path) -> None:
    store = Store()
    broken = Extraction(
        Article("b", "Iran attacked."),
        ("Iran attacked.",),
        (Actor("iran", "Iran", "NotAType"),),
        (),
        (Event(1, "Fight", "19", "iran", None, "", None, "asserted", False, 0.9, "attacked"),),
    )
    with pytest.raises(KgError, match="E050"):
        store_extractions(store, [broken])
    assert len(store) == 0


def test_one_row_per_event_when_an_actor_has_two_spellings() -> None:
    """Regression: labels differing by article gave one row per spelling."""
    first = sample()
    second = Extraction(
        Article("a2", "Hamas and HAMAS."),
        ("Hamas and HAMAS.",),
        (Actor("hamas", "HAMAS", "ArmedGroup"),),
        (),
        (),
    )
    store = Store()
    store_extractions(store, [first, second])
    assert len(events_table(store)) == len(first.events) == 1
