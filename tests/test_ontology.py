"""The ontology: documented, consistent with the CAMEO tables, and its reference in sync."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.ontodoc import reference_markdown, reference_path
from kg.ontology import load_ontology, ontology_folder
from kg.validate import validate_graph
from kg.vocabulary import CKG, Trigger
from tests.conftest import shared_file


def ontology() -> Graph:
    return Graph().parse(ontology_folder() / "conflict.ttl")


def test_every_term_has_label_and_comment_and_properties_domain_and_range() -> None:
    graph = ontology()
    missing = []
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in graph.subjects(RDF.type, kind):
            if not str(term).startswith(str(CKG)):
                continue
            wanted = [RDFS.label, RDFS.comment]
            if kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
                wanted += [RDFS.domain, RDFS.range]
            missing += [(term, p) for p in wanted if (term, p, None) not in graph]
    assert not missing
    header = next(graph.subjects(RDF.type, OWL.Ontology))
    assert (header, OWL.versionIRI, None) in graph


def test_goldstein_scores_match_the_cameo_table() -> None:
    table: dict[str, float] = {}
    path = shared_file("data", "cameo", "CAMEO.goldsteinscale.txt")
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        code, score = line.split("\t")
        table.setdefault(code, float(score))
    for event_type in load_ontology().vocabulary.event_types.values():
        code = event_type.cameo if event_type.cameo in table else event_type.cameo + "0"
        assert table[code] == event_type.goldstein, event_type.name


def test_every_event_class_has_a_way_in() -> None:
    vocab = load_ontology().vocabulary
    for event_type in vocab.event_types.values():
        reachable = event_type.triggers or event_type.theme_words or vocab.children(event_type.name)
        assert reachable or event_type.name in {t.intent for t in vocab.event_types.values()}, (
            event_type.name
        )


def test_trigger_phrases_parse_into_head_and_rest() -> None:
    assert Trigger.parse("place the blame on") == Trigger("place", ("blame", "on"))
    assert Trigger.parse_noun("hunger strike") == Trigger("strike", ("hunger",))


def test_reference_is_generated_from_the_turtle() -> None:
    assert reference_path().read_text(encoding="utf-8") == reference_markdown(), (
        "run: kg docs --out ontology/REFERENCE.md"
    )


def test_an_actor_type_is_one_edit_of_turtle(tmp_path: Path) -> None:
    """A new actor class needs nothing but Turtle: the entity label it inherits, a colour
    on the page, and the shapes accept actors of it."""
    extra = tmp_path / "militia.ttl"
    extra.write_text(
        "@prefix ckg: <https://w3id.org/kg-news/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'ckg:Militia rdfs:subClassOf ckg:ArmedGroup ; rdfs:label "militia"@en .\n',
        encoding="utf-8",
    )
    ontology = load_ontology([extra])
    assert ontology.vocabulary.entity_labels["Militia"] == "ORG"
    assert ontology.vocabulary.entity_types == {
        "GPE": "State",
        "NORP": "Group",
        "ORG": "Organization",
        "PERSON": "Person",
    }
    assert "Militia" in ontology.actor_types
    actor, event = URIRef("urn:x:m"), URIRef("urn:x:e")
    data = [
        (event, RDF.type, CKG.Event),
        (event, CKG.source, actor),
        (actor, RDF.type, CKG.Militia),
        (actor, RDFS.label, Literal("Home Guard")),
    ]
    shape = "ActorShape"
    assert shape not in str(validate_graph(data, ontology).violations)
    data[2] = (actor, RDF.type, CKG.Weather)
    assert shape in str(validate_graph(data, ontology).violations)
