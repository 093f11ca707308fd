"""Things many articles mention are described once, in the descriptions graph (#21): a
plain query over the union of the graphs finds each fact once, so counts and sums agree
with the events table; an actor keeps its first description (a forced build's replaces
it); a description no article mentions any more goes; the shapes see the descriptions a
batch gives. On hand-built articles, and on the 300-article Reuters build."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import URIRef

from kg import build as build_module
from kg.build import BuildReport, build, store_extractions, store_ontology
from kg.descriptions import Describer
from kg.errors import KgError
from kg.ingest import Article
from kg.ontology import load_ontology
from kg.rdf import CKG, DESCRIPTIONS_GRAPH, actor_iri, place_iri
from kg.records import Actor, Event, Extraction, Place
from kg.store import Store, open_store
from kg.tables import events_table
from kg.validate import validate_store
from tests.conftest import ROOT

ISRAEL = Actor("israel", "Israel", "State", code="ISR")
HAMAS = Actor("hamas", "Hamas", "ArmedGroup", code="PSEREBHMS", role="REB")
HERZOG = Actor(
    "michael_herzog",
    "Michael Herzog",
    "Person",
    "ambassador",
    "israel",
    code="ISRGOV",
    role="GOV",
    country="israel",
)
GAZA = Place("gaza_pse", "Gaza", "city", latitude=31.5, longitude=34.47)
PREFIXES = """PREFIX ckg: <https://w3id.org/kg-news/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# The README's example of a plain query: no GRAPH, no DISTINCT, counted and summed.
README_QUERY = """SELECT ?who ?how ?whom (COUNT(?event) AS ?events) (SUM(?goldstein) AS ?balance)
WHERE {
  ?event a ?class ; ckg:source/rdfs:label ?who ; ckg:target/rdfs:label ?whom ;
         ckg:goldstein ?goldstein .
  BIND (STRAFTER(STR(?class), "#") AS ?how)
}
GROUP BY ?who ?how ?whom
ORDER BY DESC(?events) ?who ?how ?whom"""


def event(sentence: int, kind: str, code: str, source: str, target: str | None) -> Event:
    return Event(sentence, kind, code, source, target, "", None, "asserted", False, 0.9, "x")


def article(
    name: str, actors: Sequence[Actor], *events: Event, places: Sequence[Place] = ()
) -> Extraction:
    sentences = tuple(f"Sentence {n} of {name}." for n in range(1, 4))
    text = Article(name, " ".join(sentences))
    return Extraction(text, sentences, tuple(actors), (), events, places=tuple(places))


def accusations(name: str) -> Extraction:
    """Herzog accuses Hamas twice and criticises it once: three events, a Goldstein sum
    of -2 -2 -2 (accuse, 112, and criticise, 111, are both -2)."""
    return article(
        name,
        (HERZOG, ISRAEL, HAMAS),
        event(1, "Accuse", "112", "michael_herzog", "hamas"),
        event(2, "Accuse", "112", "michael_herzog", "hamas"),
        event(3, "Criticize", "111", "michael_herzog", "hamas"),
    )


def new_store() -> Store:
    """An empty store in memory, with kg's ontology, as a build makes it."""
    store = Store()
    store_ontology(store, load_ontology())
    return store


def graphs_with(store: Store, subject: URIRef) -> Counter[str]:
    """How many rdfs:label triples of ``subject`` each graph holds."""
    rows = store.rows(
        f"SELECT ?g WHERE {{ GRAPH ?g {{ {subject.n3()} "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label } }"
    )
    return Counter(str(row["g"]) for row in rows)


def test_a_plain_query_finds_each_event_once_however_many_articles_name_its_actors() -> None:
    store = Store()
    store_extractions(store, [accusations(f"a{n}") for n in range(3)])
    table = events_table(store)
    pattern = (
        '{ ?herzog rdfs:label "Michael Herzog" . ?event ckg:source ?herzog ; ckg:target ?t ;'
        " ckg:goldstein ?goldstein . ?t rdfs:label ?whom }"
    )
    rows = store.rows(f"{PREFIXES} SELECT ?event ?whom ?goldstein WHERE {pattern}")
    assert len(rows) == len(table) == 9  # not once for each article that names Hamas
    assert sorted(str(r["event"]) for r in rows) == sorted(r["event_iri"] for r in table)
    totals = store.rows(
        f"{PREFIXES} SELECT (COUNT(*) AS ?n) (SUM(?goldstein) AS ?sum) WHERE {pattern}"
    )
    assert int(totals[0]["n"]) == 9
    assert Decimal(str(totals[0]["sum"])) == sum(Decimal(r["goldstein"]) for r in table) == -18
    for actor in ("michael_herzog", "hamas", "israel"):
        assert graphs_with(store, actor_iri(actor)) == {str(DESCRIPTIONS_GRAPH): 1}


def test_an_actor_keeps_its_first_description_and_a_forced_build_gives_it_again() -> None:
    """Within a batch and across batches the first article that names an actor
    describes it; a forced build's articles describe it again."""
    store = new_store()
    plain = replace(HERZOG, title=None, affiliation=None, code=None, role=None, country=None)
    first, later = (
        accusations("a1"),
        article("a2", (plain, HAMAS), event(1, "Accuse", "112", "michael_herzog", "hamas")),
    )
    store_extractions(store, [first, later])
    store_extractions(store, [article("a3", (plain, HAMAS))])
    herzog = actor_iri("michael_herzog")

    def titles() -> list[str]:
        return [
            str(r["t"]) for r in store.rows(f"SELECT ?t WHERE {{ {herzog.n3()} <{CKG.title}> ?t }}")
        ]

    assert titles() == ["ambassador"]
    assert [r["source_code"] for r in events_table(store)] == ["ISRGOV"] * 4
    store_extractions(store, [later], describer=Describer(force=True))
    assert titles() == []
    assert [r["source_code"] for r in events_table(store)] == ["-"] * 4
    assert validate_store(store).conforms


def test_replacing_articles_forgets_what_no_article_mentions_any_more() -> None:
    """An actor goes with its last mention; one that only the kept description of a
    mentioned actor points to (its country) stays until that description goes too."""
    store = new_store()
    forced = Describer(force=True)
    store_extractions(store, [accusations("a1")])  # Herzog (of Israel) accuses Hamas
    plain = replace(HERZOG, affiliation=None, country=None)
    second = article("a2", (plain,), event(1, "MakeStatement", "01", "michael_herzog", None))
    store_extractions(store, [second])  # names Herzog, not Israel: his description stays a1's
    store_extractions(
        store, [replace(accusations("a1"), actors=(HAMAS,), events=())], describer=forced
    )
    herzog, israel, hamas = map(actor_iri, ("michael_herzog", "israel", "hamas"))
    # a1 names only Hamas now; a2 still names Herzog, whose description points to Israel.
    assert store.described([herzog, israel, hamas]) == {herzog, israel, hamas}
    assert validate_store(store).conforms
    store_extractions(store, [replace(second, actors=(), events=())], describer=forced)
    assert store.described([herzog, israel, hamas]) == {hamas}
    assert validate_store(store).conforms


def test_a_forced_build_that_no_longer_names_an_actor_removes_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``kg build --force`` after the extraction changed (here, by hand): Peru, which the
    re-extracted article no longer names, leaves the descriptions graph; Hamas, which
    the other article names, stays."""
    (tmp_path / "in").mkdir()
    for name in ("a", "b"):
        (tmp_path / "in" / f"{name}.txt").write_text(f"Text of {name}.", encoding="utf-8")
    peru = Actor("peru", "Peru", "State", code="PER")
    extractions = {
        "a": article("a", (HAMAS, peru), event(1, "Accuse", "112", "hamas", "peru")),
        "b": article("b", (HAMAS,), event(1, "MakeStatement", "01", "hamas", None), places=(GAZA,)),
    }

    def extract(
        articles: Iterator[Article], *_args: object, **_kwargs: object
    ) -> Iterator[Extraction]:
        for given in articles:
            yield replace(extractions[given.id], article=given)

    monkeypatch.setattr(build_module, "extract_parallel", extract)
    out = tmp_path / "out"
    build([tmp_path / "in"], out=out, outputs=False)
    subjects = [actor_iri("peru"), actor_iri("hamas"), place_iri("gaza_pse")]
    with open_store(out / "store", create=False) as store:
        assert store.described(subjects) == set(subjects)
    extractions["a"] = article("a", (HAMAS,), event(1, "MakeStatement", "01", "hamas", None))
    report = build([tmp_path / "in"], out=out, outputs=False, force=True)
    assert report.articles == 2 and report.actors == 1
    with open_store(out / "store", create=False) as store:
        assert store.described(subjects) == set(subjects[1:])
        assert validate_store(store).conforms


@pytest.mark.parametrize(
    ("actors", "places", "shape"),
    [
        ((replace(HAMAS, type="NotAType"),), (), "ActorShape"),  # no actor class
        ((HERZOG, HAMAS), (), "ActorShape"),  # his affiliation, Israel, is not described
        ((HAMAS,), (replace(GAZA, kind="planet"),), "PlaceShape/place kind"),
    ],
)
def test_the_shapes_refuse_a_batch_whose_descriptions_are_bad(
    actors: tuple[Actor, ...], places: tuple[Place, ...], shape: str
) -> None:
    good = article("ok", (HAMAS,), event(1, "MakeStatement", "01", "hamas", None))
    fight = event(1, "Fight", "19", "hamas", None)
    located = replace(fight, location=places[0].key) if places else fight
    bad = article("bad", actors, located, places=places)
    store = Store()
    with pytest.raises(KgError, match="E050") as refused:
        store_extractions(store, [bad, good])
    assert shape in str(refused.value)
    assert len(store) == 0
    store_extractions(store, [good])  # the same actors, well described, pass
    assert store.described([actor_iri("hamas")]) == {actor_iri("hamas")}


# ------------------------------------------------------------- 300 Reuters articles


def test_the_readme_query_counts_each_event_once_over_300_articles(
    reuters_build: tuple[Path, BuildReport],
) -> None:
    """Over the union of 300 articles' graphs, a plain query (no GRAPH, no DISTINCT)
    finds each event with two actors once, and the README's counts and sums them by
    actors and type as the events table does (it counted three events 8,550 times
    when every article described its actors)."""
    out, _ = reuters_build
    assert README_QUERY in (ROOT / "README.md").read_text(encoding="utf-8")
    with open_store(out / "store", create=False) as store:
        table = events_table(store)
        events = store.rows(
            PREFIXES + "SELECT ?e WHERE { ?e ckg:source/rdfs:label ?who ;"
            " ckg:target/rdfs:label ?whom ; ckg:goldstein ?goldstein }"
        )
        grouped = store.rows(PREFIXES + README_QUERY)
    pairs = [r for r in table if r["source"] != "-" and r["target"] != "-"]
    assert sorted(str(r["e"]) for r in events) == sorted(r["event_iri"] for r in pairs)
    expected: dict[tuple[str, str, str], list[Decimal]] = {}
    for r in pairs:  # by CAMEO code: FIGHT is the event of 19 and of 190
        key = (r["source"], r["cameo"], r["target"])
        expected.setdefault(key, []).append(Decimal(r["goldstein"]))
    codes = load_ontology().vocabulary.event_types
    found = {
        (str(r["who"]), codes[str(r["how"])].cameo, str(r["whom"])): (
            int(r["events"]),
            Decimal(str(r["balance"])),
        )
        for r in grouped
    }
    assert len(pairs) > 100
    assert found == {key: (len(scores), sum(scores)) for key, scores in expected.items()}


def test_300_articles_describe_each_actor_once(reuters_build: tuple[Path, BuildReport]) -> None:
    out, report = reuters_build
    with open_store(out / "store", create=False) as store:
        labels = store.rows(
            "SELECT ?g (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?things) WHERE { GRAPH ?g "
            "{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } FILTER (STRSTARTS(STR(?s), "
            '"https://w3id.org/kg-news/id/actor/")) } GROUP BY ?g'
        )
    assert [(str(r["g"]), int(r["n"])) for r in labels] == [
        (str(DESCRIPTIONS_GRAPH), report.actors)
    ]
    assert int(labels[0]["things"]) == report.actors > 1000
