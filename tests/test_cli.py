"""The kg command end to end: real model, real Oxigraph store, files on disk."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from typer.testing import CliRunner

from kg.build import BuildReport
from kg.cli import app
from kg.errors import KgWarning
from kg.evaluate import evaluate, read_gold
from kg.store import open_store
from kg.tables import EVENT_COLUMNS, saved_query
from tests.conftest import SEEDS, shared_file

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

runner = CliRunner()
WHOM = (
    "PREFIX ckg: <https://w3id.org/kg-news/ontology#> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    'SELECT ?whom WHERE { ?h rdfs:label "Michael Herzog" ; ckg:accuses ?t . ?t rdfs:label ?whom }'
)


def test_build_writes_outputs_and_rebuild_is_byte_identical(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert first.exit_code == 0, first.output
    files = {
        name: (out / name).read_bytes()
        for name in ("graph.ttl", "events.tsv", "actors.html", "events.geojson")
    }
    triples = len(Graph().parse(out / "graph.ttl"))
    second = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert second.exit_code == 0, second.output
    assert {name: (out / name).read_bytes() for name in files} == files
    assert len(Graph().parse(out / "graph.ttl")) == triples > 50


def test_no_outputs_stores_the_articles_and_a_later_build_writes_them(tmp_path: Path) -> None:
    out = tmp_path / "out"
    files = [out / name for name in ("graph.ttl", "events.tsv", "actors.html", "events.geojson")]
    first = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "--no-outputs"])
    assert first.exit_code == 0, first.output
    assert not any(path.exists() for path in files)
    with open_store(out / "store", create=False) as store:
        assert len(store.rows(saved_query("who_accuses_whom"))) > 0
    second = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert second.exit_code == 0, second.output
    assert "0 articles built, 1 already in the store" in second.output
    assert all(path.exists() for path in files)
    assert "Michael Herzog" in (out / "events.tsv").read_text()
    # A --force rebuild keeps the articles' names, so only a forgotten stamp tells the
    # next build that the files (here made visibly stale) no longer describe the store.
    (out / "events.tsv").write_text("stale\n")
    forced = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "--force", "--no-outputs"])
    assert forced.exit_code == 0, forced.output
    third = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert third.exit_code == 0, third.output
    assert "Michael Herzog" in (out / "events.tsv").read_text()


def test_an_actor_has_one_label_however_later_articles_write_it(tmp_path: Path) -> None:
    """One IRI, one rdfs:label: the second build reads the label the store holds."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text("date 2020-01-02 Li Ka-Shing criticised Peru.", "utf-8")
    (second / "b.txt").write_text("date 2020-01-03 Li Ka-shing criticised Chile.", "utf-8")
    for inputs in (first, second):
        result = runner.invoke(app, ["build", str(inputs), "--out", str(tmp_path / "o")])
        assert result.exit_code == 0, result.output
    with open_store(tmp_path / "o" / "store") as store:
        rows = store.rows(
            "SELECT DISTINCT ?label WHERE { GRAPH ?g { "
            "<https://w3id.org/kg-news/id/actor/li_ka_shing> "
            "<http://www.w3.org/2000/01/rdf-schema#label> ?label } }"
        )
    assert [str(r["label"]) for r in rows] == ["Li Ka-Shing"]


def test_the_table_format_keeps_evidence_readable(seed_build: tuple[Path, BuildReport]) -> None:
    """Regression: six columns in a terminal wrapped the evidence one word per line."""
    out, _ = seed_build
    for name, width in (("events_by_actor", "160"), ("events", "120")):
        args = ["query", "--name", name, "--store", str(out / "store")]
        result = runner.invoke(app, args, env={"COLUMNS": width})
        assert result.exit_code == 0, result.output
        assert "While the U.S. has been urging" in result.stdout  # six words on one line
        assert "Benjamin Netanyahu " in result.stdout  # a label on one line


def test_query_results_use_the_ontologys_prefixes(seed_build: tuple[Path, BuildReport]) -> None:
    from kg.rdf import PREFIXES

    out, _ = seed_build
    store = ["--store", str(out / "store")]
    construct = "CONSTRUCT { ?e a ckg:Accuse } WHERE { GRAPH ?g { ?e a ckg:Accuse } }"
    result = runner.invoke(app, ["query", construct, *store])
    assert "ckg:Accuse" in result.stdout and "ns1:" not in result.stdout
    listed = runner.invoke(app, ["query", "--name", "who_accuses_whom", *store, "--format", "json"])
    assert listed.stdout.endswith("}\n")
    helped = " ".join(runner.invoke(app, ["query", "--help"]).stdout.split())
    assert f"declared): {', '.join(PREFIXES)}." in helped  # the prefixes a query may use


def test_summary_counts_distinct_actors(seed_build: tuple[Path, BuildReport]) -> None:
    out, report = seed_build
    with open_store(out / "store", create=False) as store:
        actors = {str(row["actor"]) for row in store.rows(saved_query("actors"))}
    assert report.actors == len(actors) > 3


def test_summary_says_where_the_time_went(seed_build: tuple[Path, BuildReport]) -> None:
    _, report = seed_build
    stages = (
        "setup",
        "parse and extract",
        "link",
        "rdf",
        "validate",
        "store",
        "outputs",
        "summary",
    )
    assert tuple(report.stages) == stages
    assert report.stages["parse and extract"] > 0
    assert sum(report.stages.values()) <= report.seconds + 0.1


def test_events_tsv_has_the_columns_and_the_accusation(
    seed_build: tuple[Path, BuildReport],
) -> None:
    out, _ = seed_build
    rows = list(csv.DictReader(io.StringIO((out / "events.tsv").read_text()), delimiter="\t"))
    assert tuple(rows[0])[: len(EVENT_COLUMNS)] == EVENT_COLUMNS
    assert any(
        (r["sentence"], r["source"], r["event"], r["cameo"], r["target"], r["quad_class"])
        == ("1", "Michael Herzog", "ACCUSE", "112", "Hamas", "3")
        for r in rows
    )


def test_query_answers_whom_herzog_accuses(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    result = runner.invoke(app, ["query", WHOM, "--store", str(out / "store"), "--format", "json"])
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert [b["whom"]["value"] for b in bindings] == ["Hamas"]


def test_query_from_file_as_csv_and_ask(
    seed_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    out, _ = seed_build
    query = tmp_path / "q.rq"
    query.write_text(WHOM, encoding="utf-8")
    result = runner.invoke(
        app, ["query", "--file", str(query), "--store", str(out / "store"), "--format", "csv"]
    )
    assert result.stdout.split() == ["whom", "Hamas"]
    ask = runner.invoke(app, ["query", "ASK { ?s ?p ?o }", "--store", str(out / "store")])
    assert ask.stdout.strip() == "true"


def test_events_and_graph_commands(seed_build: tuple[Path, BuildReport], tmp_path: Path) -> None:
    out, _ = seed_build
    store = str(out / "store")
    as_json = json.loads(
        runner.invoke(app, ["events", "--store", store, "--format", "json"]).stdout
    )
    assert {r["source"] for r in as_json} >= {"Michael Herzog", "United States", "Hamas"}
    graphml = tmp_path / "g.graphml"
    result = runner.invoke(
        app, ["graph", "--store", store, "--format", "graphml", "--out", str(graphml)]
    )
    assert result.exit_code == 0, result.output
    assert nx.read_graphml(graphml).number_of_edges() > 0


def test_errors_are_clear_and_exit_non_zero(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["events", "--store", str(tmp_path / "none")])
    assert missing.exit_code == 2 and "E030" in missing.output
    bad = runner.invoke(app, ["build", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o")])
    assert bad.exit_code == 1 and "E001" in bad.output


def test_a_bad_file_does_not_cost_the_good_ones(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    (inputs / "broken.txt").write_text("date 2023-02-31 Nothing.", encoding="utf-8")
    result = runner.invoke(app, ["build", str(inputs), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1 and "E003" in result.output
    assert "Michael Herzog" in (tmp_path / "o" / "events.tsv").read_text()


def test_seed_scores_against_the_gold(seed_build: tuple[Path, BuildReport]) -> None:
    """The issue's targets are benchmarks; this guards the floor: every core event found,
    and nothing that the gold does not hold (a regression once made the gazetteer's
    lower-case "international community" no name, and citizens took its appeal)."""
    out, _ = seed_build
    rows = list(csv.DictReader(io.StringIO((out / "events.tsv").read_text()), delimiter="\t"))
    report = evaluate(read_gold(shared_file("gold", "seed_events.tsv")), rows)
    assert report.recall == 1.0, report.missed
    assert report.precision == 1.0, report.spurious


def test_extract_reads_a_file_of_articles_as_build_does(tmp_path: Path) -> None:
    """Regression: --file read a JSON Lines file as one text, JSON and all."""
    articles = tmp_path / "two.jsonl"
    articles.write_text(
        '{"id": "a", "text": "Chile urged Peru to halt the offensive."}\n'
        '{"id": "b", "text": "Bolivia attacked Chile."}\nnot json\n',
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", "--file", str(articles)])
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert [(r["article"], r["source"], r["target"]) for r in rows] == [
        ("a", "Chile", "Peru"),
        ("b", "Bolivia", "Chile"),
    ]
    assert result.exit_code == 1 and "E004" in result.stderr  # the bad line, named


def test_extract_prints_events_without_a_store() -> None:
    result = runner.invoke(app, ["extract", "Egypt urged Israel to halt the offensive."])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert [(r["source"], r["event"], r["target"]) for r in rows] == [("Egypt", "APPEAL", "Israel")]


def test_extract_prints_the_table_the_store_would_give(
    seed_build: tuple[Path, BuildReport],
) -> None:
    out, _ = seed_build
    seed = next(SEEDS.glob("*.txt"))
    result = runner.invoke(app, ["extract", "--file", str(seed)])
    assert result.exit_code == 0, result.output
    stored = (out / "events.tsv").read_text(encoding="utf-8").splitlines()
    printed = result.stdout.splitlines()
    assert len(printed) == len(stored) > 10
    # The article column: the file's name in a build, its stem for kg extract.
    assert [r.split("\t", 1)[1] for r in printed] == [r.split("\t", 1)[1] for r in stored]


def test_extract_lines_that_repeat_give_a_row_each() -> None:
    text = "Iran condemned Iraq.\nIran condemned Iraq.\n"
    result = runner.invoke(app, ["extract", "--lines"], input=text)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert [(r["article"], r["source"], r["target"]) for r in rows] == [
        ("1", "Iran", "Iraq"),
        ("2", "Iran", "Iraq"),
    ]


def test_extract_lines_as_carb_triples() -> None:
    text = "Hamas holds the hostages . Egypt hosted talks in Cairo .\nIsrael rejected it .\n"
    result = runner.invoke(app, ["extract", "--lines", "--format", "triples"], input=text)
    assert result.exit_code == 0, result.output
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0][0] == "Hamas holds the hostages . Egypt hosted talks in Cairo ."
    assert [r[2:4] for r in rows] == [
        ["holds", "Hamas"],
        ["hosted", "Egypt"],
        ["rejected", "Israel"],
    ]
    assert all(0 < float(r[1]) <= 1 for r in rows)


def test_eval_reports_scores(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    gold = shared_file("gold", "seed_events.tsv")
    result = runner.invoke(app, ["eval", str(gold), "--store", str(out / "store")])
    assert result.exit_code == 0, result.output
    assert "recall 1.000" in result.stdout and "roles 2/2" in result.stdout


SAVED = {
    "who_accuses_whom": ("accuser", "Michael Herzog"),
    "events_by_actor": ("actor", "Michael Herzog"),
    "goldstein_balance": ("actor", "Hamas"),
    "claims_by_speaker": ("speaker", "Michael Herzog"),
    "conditional_commitments": ("actor", "Israel"),
    "events_by_country": ("source_country", "Israel"),
}


@pytest.mark.parametrize("name", sorted(SAVED))
def test_saved_queries_answer_on_the_seed(seed_build: tuple[Path, BuildReport], name: str) -> None:
    out, _ = seed_build
    args = ["query", "--name", name, "--store", str(out / "store"), "--format", "tsv"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    column, value = SAVED[name]
    assert value in {r[column] for r in rows}


def test_bound_values_are_data_not_query_text(seed_build: tuple[Path, BuildReport]) -> None:
    out, _ = seed_build
    store = str(out / "store")
    base = ["query", "--name", "events_by_actor", "--store", store, "--format", "tsv"]
    herzog = runner.invoke(app, [*base, "--bind", "actor=Michael Herzog"])
    rows = list(csv.DictReader(io.StringIO(herzog.stdout), delimiter="\t"))
    assert rows and {r["actor"] for r in rows} == {"Michael Herzog"}
    injected = runner.invoke(app, [*base, "--bind", 'actor=x" } UNION { ?s ?p ?o } #'])
    assert injected.exit_code == 0 and injected.stdout.strip().count("\n") == 0


def test_validate_and_export_commands(seed_build: tuple[Path, BuildReport], tmp_path: Path) -> None:
    out, _ = seed_build
    store = str(out / "store")
    ok = runner.invoke(app, ["validate", "--store", store])
    assert ok.exit_code == 0 and "conforms" in ok.stdout
    broken = tmp_path / "broken.ttl"
    text = (out / "graph.ttl").read_text(encoding="utf-8")
    broken.write_text(
        text.replace("ckg:modality ckg:asserted", "ckg:modality ckg:certain", 1), "utf-8"
    )
    bad = runner.invoke(app, ["validate", str(broken)])
    assert bad.exit_code == 1 and "EventShape/modality" in bad.stdout
    nq = tmp_path / "all.nq"
    exported = runner.invoke(app, ["export", "--format", "nq", "--store", store, "--out", str(nq)])
    assert exported.exit_code == 0 and nq.stat().st_size > 0


def test_rebuild_skips_stored_articles_and_force_rebuilds_them(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    lines = [
        json.dumps({"id": "a", "text": "Egypt urged Israel to halt the offensive."}),
        json.dumps({"id": "b", "text": "Egypt urged Israel to halt the offensive."}),
    ]
    (inputs / "news.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    first = runner.invoke(app, ["build", str(inputs), "--out", str(out)])
    assert "1 articles built, 0 already in the store, 1 repeated texts" in first.output
    second = runner.invoke(app, ["build", str(inputs), "--out", str(out)])
    assert "0 articles built, 2 already in the store" in second.output  # the repeat too
    forced = runner.invoke(app, ["build", str(inputs), "--out", str(out), "--force"])
    assert "1 articles built" in forced.output
    rows = list(csv.DictReader(io.StringIO((out / "events.tsv").read_text()), delimiter="\t"))
    assert len(rows) == 1


def test_a_new_event_class_in_turtle_is_extracted(tmp_path: Path) -> None:
    extra = tmp_path / "cyber.ttl"
    extra.write_text(
        """@prefix ckg: <https://w3id.org/kg-news/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ckg:Cyberattack a owl:Class ; rdfs:subClassOf ckg:Coerce ;
    rdfs:label "cyberattack"@en ; rdfs:comment "Attacks on computer systems."@en ;
    ckg:cameoCode "176" ; ckg:goldstein -7.0 ; ckg:trigger "hack", "cyberattack" .
""",
        encoding="utf-8",
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Russia hacked Ukraine on Monday.", encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["build", str(tmp_path / "in"), "--out", str(out), "--ontology", str(extra)]
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((out / "events.tsv").read_text()), delimiter="\t"))
    assert [(r["source"], r["event"], r["cameo"], r["target"]) for r in rows] == [
        ("Russia", "CYBERATTACK", "176", "Ukraine")
    ]
    # Regression: the store is validated against the ontology it was built with.
    checked = runner.invoke(app, ["validate", "--store", str(out / "store")])
    assert checked.exit_code == 0, checked.output
    direct = runner.invoke(app, ["extract", "Russia hacked Ukraine.", "--ontology", str(extra)])
    assert "CYBERATTACK" in direct.stdout


def test_a_rebuild_with_nothing_new_keeps_outputs_and_restores_missing_ones(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    page = out / "actors.html"
    stamp = page.stat().st_mtime_ns
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    assert page.stat().st_mtime_ns == stamp  # nothing new: not rewritten
    (out / "events.tsv").unlink()
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    assert "Michael Herzog" in (out / "events.tsv").read_text(encoding="utf-8")


def test_python_m_kg_is_the_command_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and "Usage: kg" in result.stdout
    imported = subprocess.run(
        [sys.executable, "-c", "import sys, kg.cli; print('spacy' in sys.modules)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert imported.stdout.strip() == "False"  # help and the parser load no spaCy


def test_a_lexicon_file_codes_the_build_and_a_bad_one_is_refused_before_it(tmp_path: Path) -> None:
    """``--lexicon``: a user's verb dictionary codes before PETRARCH's (DOXX is no verb
    of it); a missing file (E027), one with no verb block (E029) stop kg before anything
    is stored, and a line the reader drops is a warning naming it (E028)."""
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text("--- DOXX [172] ---\nDOXX\n- * {BAD [172]\n", encoding="utf-8")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Russia doxxed Ukraine on Monday.", encoding="utf-8")
    out = tmp_path / "out"
    with pytest.warns(KgWarning, match=rf"\[E028\] {re.escape(str(lexicon.resolve()))}:3: "):
        result = runner.invoke(
            app, ["build", str(tmp_path / "in"), "--out", str(out), "--lexicon", str(lexicon)]
        )
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO((out / "events.tsv").read_text()), delimiter="\t"))
    assert [(r["source"], r["cameo"], r["target"]) for r in rows] == [("Russia", "172", "Ukraine")]
    missing = runner.invoke(app, ["extract", "x", "--lexicon", str(tmp_path / "none.txt")])
    assert missing.exit_code == 2 and "[E027]" in missing.output
    (tmp_path / "notes.txt").write_text("shopping list\n", encoding="utf-8")
    other = tmp_path / "other"
    wrong = runner.invoke(
        app,
        [
            "build",
            str(tmp_path / "in"),
            "--out",
            str(other),
            "--lexicon",
            str(tmp_path / "notes.txt"),
        ],
    )
    assert wrong.exit_code == 2 and "[E029]" in wrong.output
    assert not other.exists()
