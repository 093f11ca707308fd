"""The ontology: documented, its codebook generated from the CAMEO tables, the extractor's
event types as they were, and its reference in sync."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.ontodoc import reference_markdown, reference_path
from kg.ontology import load_ontology, ontology_folder
from kg.validate import validate_graph
from kg.vocabulary import CKG, Trigger
from tests.conftest import shared_file


def hand_written() -> Graph:
    return Graph().parse(ontology_folder() / "conflict.ttl")


def test_every_term_has_label_and_comment_and_properties_domain_and_range() -> None:
    """Every term has a label; all but the codebook's classes that conflict.ttl does not
    describe (its tables give no comments) have a comment too."""
    graph = load_ontology().graph
    described = set(hand_written().subjects())
    missing = []
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        for term in graph.subjects(RDF.type, kind):
            if not str(term).startswith(str(CKG)):
                continue
            wanted = [RDFS.label]
            if (term, CKG.cameoCode, None) not in graph or term in described:
                wanted.append(RDFS.comment)
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


def test_the_codebook_is_what_the_script_generates_from_the_cameo_tables() -> None:
    from scripts.cameo_codebook import codebook_turtle

    cameo = shared_file("data", "cameo")
    generated = codebook_turtle(cameo, ontology_folder() / "conflict.ttl")
    assert (ontology_folder() / "cameo.ttl").read_text(encoding="utf-8") == generated, (
        "run: python -m scripts.cameo_codebook"
    )


def test_every_cameo_code_is_a_class_under_its_parent_code_with_its_quad_class() -> None:
    """The committed codebook's shape, checked without the tables: 311 codes, a root
    under ckg:Event, a longer code under the code one digit shorter (three at most),
    the QuadClass of its root, and the name conflict.ttl gives it or CAMEO_<code>."""
    graph = load_ontology().graph
    named = {str(c): s for s, c in hand_written().subject_objects(CKG.cameoCode)}
    classes = {str(code): cls for cls, code in graph.subject_objects(CKG.cameoCode)}
    assert len(classes) == 311 and len(set(classes.values())) == 311
    quads = {1: range(1, 6), 2: range(6, 9), 3: range(9, 14), 4: range(14, 21)}
    for code, cls in classes.items():
        parent = classes[code[: min(len(code) - 1, 3)]] if len(code) > 2 else CKG.Event
        assert list(graph.objects(cls, RDFS.subClassOf)) == [parent], code
        quad = graph.value(cls, CKG.quadClass)
        assert quad is not None and int(code[:2]) in quads[int(str(quad))], code
        assert cls == named.get(code, CKG[f"CAMEO_{code}"])
        assert graph.value(cls, RDFS.label) and graph.value(cls, CKG.goldstein) is not None


# The extractor's event types before the codebook was generated (#18): code, Goldstein
# score, direct relation, the classes an intention and a negation are recoded to, and
# the subclasses theme words refine to. Each name still resolves to the same, except
# that an intention to fight or assault is now the codebook's threat of force (1384, 1383),
# and an intention to cooperate the codebook's intent of that kind of cooperation (036 to
# meet, 032 to cooperate diplomatically, 0353 to release, 0356 to de-escalate), and
# blocking as a protest is a subclass of its own (144, by its doers).
BEFORE_THE_CODEBOOK = {
    "Accuse": ("112", -2.0, "accuses", None, None, []),
    "Appeal": ("02", 3.0, "appealsTo", None, None, ["AppealForDeescalation", "CAMEO_0253"]),
    "AppealForDeescalation": ("0256", -0.3, "appealsTo", None, None, []),
    "Assault": (
        "18",
        -9.0,
        "assaults",
        "CAMEO_1383",
        None,
        ["CAMEO_180", "CAMEO_1831", "TakeHostage"],
    ),
    "Coerce": ("17", -7.0, "coerces", "Threaten", None, ["CAMEO_173"]),
    "Consult": (
        "04",
        1.0,
        "consults",
        "CAMEO_036",
        "Reject",
        ["CAMEO_042", "CAMEO_043", "CAMEO_045"],
    ),
    "Criticize": ("111", -2.0, "criticizes", None, None, []),
    "Deescalate": ("087", 9.0, "yieldsTo", "ExpressIntentToDeescalate", "Reject", []),
    "Demand": ("10", -5.0, "demandsFrom", None, None, ["DemandRelease"]),
    "DemandRelease": ("1053", -5.0, "demandsFrom", None, None, []),
    "DenyResponsibility": ("016", -2.0, "makesStatementAbout", None, None, []),
    "Disapprove": (
        "11",
        -2.0,
        "disapprovesOf",
        None,
        None,
        ["Accuse", "CAMEO_110", "CAMEO_114", "Criticize"],
    ),
    "EngageInDiplomaticCooperation": (
        "05",
        3.5,
        "cooperatesWith",
        "CAMEO_032",
        "Reject",
        # establishing or restoring relations and signing an agreement, worded since
        # (reciprocal acts)
        ["CAMEO_054", "CAMEO_057"],
    ),
    "EngageInMaterialCooperation": (
        "06",
        6.0,
        "cooperatesMateriallyWith",
        "CAMEO_031",
        "Reject",
        ["CAMEO_062"],
    ),
    "ExhibitForcePosture": (
        "15",
        -7.2,
        "mobilizesAgainst",
        None,
        None,
        ["CAMEO_150", "CAMEO_152"],
    ),
    "ExpelOfficials": ("166", -7.0, "sanctions", "Threaten", None, []),
    "ExpressIntentToCooperate": (
        "03",
        4.0,
        "offersCooperationTo",
        None,
        "Reject",
        ["ExpressIntentToDeescalate"],
    ),
    "ExpressIntentToDeescalate": ("0356", 7.0, "offersCooperationTo", None, "Reject", []),
    "Fight": (
        "19",
        -10.0,
        "fights",
        "CAMEO_1384",
        None,
        ["CAMEO_190", "CAMEO_191", "CAMEO_192", "CAMEO_194", "CAMEO_195"],
    ),
    "Investigate": ("09", -2.0, "investigates", None, None, []),
    "MakeStatement": (
        "01",
        0.0,
        "makesStatementAbout",
        None,
        None,
        ["CAMEO_011", "CAMEO_013", "DenyResponsibility"],
    ),
    "Protest": (
        "14",
        -6.5,
        "protestsAgainst",
        "Threaten",
        None,
        ["CAMEO_1422", "CAMEO_143", "CAMEO_144", "CAMEO_145"],
    ),
    "ProvideAid": ("07", 7.0, "aids", "CAMEO_033", "Reject", ["CAMEO_074"]),
    "ImposeSanctions": ("163", -8.0, "sanctions", "Threaten", None, []),
    "ReduceRelations": (
        "16",
        -4.0,
        "sanctions",
        "Threaten",
        None,
        ["CAMEO_161", "CAMEO_162", "ExpelOfficials", "ImposeSanctions"],
    ),
    "Reject": ("12", -4.0, "rejects", None, None, ["CAMEO_129"]),  # blocking a text
    "ReleasePersons": ("0841", 7.0, "yieldsTo", "CAMEO_0353", "Reject", []),
    "ReturnRelease": (
        "084",
        7.0,
        "yieldsTo",
        "CAMEO_0353",
        "Reject",
        ["ReleasePersons"],
    ),
    "TakeHostage": ("181", -9.0, "holdsHostage", "CAMEO_1383", None, []),
    "Threaten": ("13", -6.0, "threatens", None, None, ["CAMEO_138"]),
    "Yield": (
        "08",
        5.0,
        "yieldsTo",
        "CAMEO_035",
        "Reject",
        ["CAMEO_082", "CAMEO_085", "Deescalate", "ReturnRelease"],
    ),
}


def test_the_extractors_event_types_resolve_as_before_the_codebook() -> None:
    vocab = load_ontology().vocabulary
    for name, event_type in vocab.event_types.items():
        if name not in BEFORE_THE_CODEBOOK:
            assert name == f"CAMEO_{event_type.cameo}"  # a code no trigger reaches yet
            continue
        relation, intent, negation = (
            vocab.relation_of(name),
            vocab.intent_of(name),
            vocab.negation_of(name),
        )
        assert (
            event_type.cameo,
            event_type.goldstein,
            relation.split("#")[-1] if relation else None,
            intent.name if intent else None,
            negation.name if negation else None,
            [c.name for c in vocab.children(name)],
        ) == BEFORE_THE_CODEBOOK[name], name
    assert set(BEFORE_THE_CODEBOOK) <= set(vocab.event_types)


def test_every_event_class_conflict_ttl_names_has_a_way_in() -> None:
    """A class conflict.ttl names is one the extractor can find: by a trigger, a theme
    word, a subclass it is refined to, or as the class intentions are recoded to. The
    other codes of the codebook wait for the lexicon (#18)."""
    vocab = load_ontology().vocabulary
    intents = {t.intent for t in vocab.event_types.values()}
    for cls in set(hand_written().subjects(CKG.cameoCode, None)):
        name = str(cls).removeprefix(str(CKG))
        event_type = vocab.event_types[name]
        reachable = event_type.triggers or event_type.theme_words or vocab.children(name)
        assert reachable or name in intents, name


def test_an_event_typed_only_to_a_root_is_recorded_with_its_unspecified_code() -> None:
    """The codebook has no two-digit event codes: an event kg types only to a root is
    recorded with the root's "not specified below" code, as coders write it (190, 040);
    a code below a root, or a class without a code of its own, is recorded as it is."""
    vocab = load_ontology().vocabulary
    fight = vocab.for_code("19")
    consult = vocab.for_code("04")
    accuse = vocab.for_code("112")
    assert fight is not None and consult is not None and accuse is not None
    assert vocab.event_types[vocab.as_recorded(fight.name)].cameo == "190"
    assert vocab.event_types[vocab.as_recorded(consult.name)].cameo == "040"
    assert vocab.as_recorded(accuse.name) == accuse.name
    assert vocab.as_recorded("NoSuchClass") == "NoSuchClass"


def test_theme_words_on_a_code_refine_its_root_through_the_codes_between(
    tmp_path: Path,
) -> None:
    """A code of the codebook the extractor has no words for stands for its subclasses:
    theme words on 0253 (appeal for the release of persons) refine an appeal (02)
    through 025, as those of 0256 do; a class added below a code has the code's
    QuadClass."""
    extra = tmp_path / "extra.ttl"
    extra.write_text(
        "@prefix ckg: <https://w3id.org/kg-news/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        'ckg:CAMEO_0253 ckg:themeWord "prisoner" .\n'
        'ckg:Cyberattack rdfs:subClassOf ckg:Coerce ; ckg:cameoCode "17" ; ckg:trigger "hack" .\n',
        encoding="utf-8",
    )
    vocab = load_ontology([extra]).vocabulary
    assert [c.name for c in vocab.children("Appeal")] == ["AppealForDeescalation", "CAMEO_0253"]
    assert [c.name for c in vocab.children("CAMEO_025")] == [
        "AppealForDeescalation",
        "CAMEO_0253",
    ]
    assert vocab.event_types["Cyberattack"].quad_class is None
    assert vocab.quad_class_of("Cyberattack") == 4 == vocab.quad_class_of("Coerce")
    assert vocab.quad_class_of("AppealForDeescalation") == 1


def test_trigger_phrases_parse_into_head_and_rest() -> None:
    assert Trigger.parse("place the blame on") == Trigger("place", ("blame", "on"))
    assert Trigger.parse_noun("hunger strike") == Trigger("strike", ("hunger",))
    assert Trigger.parse_noun("exchange of fire") == Trigger("exchange", ("of", "fire"))


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


def test_the_same_turtle_in_two_places_is_parsed_for_each(tmp_path: Path) -> None:
    """rdflib resolves a file's relative IRIs against where it lies, so the disk cache of
    parsed ontologies keys a file by its place as well as its bytes."""
    subjects = []
    for name in ("one", "two"):
        folder = tmp_path / name
        folder.mkdir()
        extra = folder / "extra.ttl"
        extra.write_text('<here> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n')
        graph = load_ontology([extra]).graph
        subjects.append({str(s) for s in graph.subjects() if str(s).endswith("here")})
    assert subjects[0] != subjects[1] and all(subjects)
