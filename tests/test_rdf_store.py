"""RDF minting and the Oxigraph store: stable IRIs, safe encoding, atomic idempotent writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS

from kg.errors import KgError
from kg.extract.records import Actor, Event, Extraction
from kg.ingest import Article
from kg.rdf import CKG, actor_iri, article_graph, article_iri, event_iri, event_name
from kg.store import Store, open_store
from kg.vocabulary import load_vocabulary


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


def test_article_graph_has_provenance_direct_edge_and_roles() -> None:
    graph = article_graph(sample(), load_vocabulary())
    herzog, hamas = actor_iri("michael_herzog"), actor_iri("hamas")
    assert (herzog, CKG.accuses, hamas) in graph
    assert (herzog, CKG.affiliatedWith, actor_iri("israel")) in graph
    event = next(graph.subjects(CKG.source, herzog))
    sentence = graph.value(event, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"))
    assert graph.value(sentence, CKG.text) == Literal("Herzog accused Hamas.")
    assert graph.value(sentence, CKG.inArticle) == article_iri(sample().article.uid)


def test_replace_graph_is_idempotent_and_queries_see_the_union(tmp_path: Path) -> None:
    graph = article_graph(sample(), load_vocabulary())
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


def test_bad_sparql_is_a_clear_error() -> None:
    with pytest.raises(KgError, match="E032"):
        Store().query("SELEC nonsense")


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="E030"):
        Store(tmp_path / "nothing", create=False)


def test_store_in_use_by_another_process_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path):
        code = f"from kg.store import Store; from pathlib import Path; Store(Path({str(path)!r}))"
        run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode != 0
    assert "E031" in run.stderr
