"""Ontology files a user extends kg with are checked: a subclass cycle, an empty or
stop-word trigger, a dangling class reference and a store built with another ontology
each stop kg with a coded error naming the triple (or the files), never a hang or a
traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg
from kg.cli import app
from kg.errors import KgError
from kg.ontology import load_ontology
from kg.vocabulary import Trigger
from tests.conftest import SEEDS

runner = CliRunner()
# Where the kg under test lives, so that a subprocess runs the same code.
KG_ROOT = Path(kg.__file__).resolve().parents[1]
PREFIXES = """@prefix ckg: <https://w3id.org/kg-news/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
"""


def turtle(tmp_path: Path, body: str, name: str = "extra.ttl") -> Path:
    path = tmp_path / name
    path.write_text(PREFIXES + body, encoding="utf-8")
    return path


def refusal(path: Path) -> KgError:
    with pytest.raises(KgError) as caught:
        load_ontology([path]).checked()
    return caught.value


@pytest.mark.parametrize(
    ("body", "named"),
    [
        (
            "ckg:Reject rdfs:subClassOf ckg:Demand .\nckg:Demand rdfs:subClassOf ckg:Reject .\n",
            "(ckg:Demand → ckg:Reject → ckg:Demand)",
        ),
        ("ckg:Reject rdfs:subClassOf ckg:Reject .\n", "ckg:Reject rdfs:subClassOf ckg:Reject"),
        # the codebook has ReleasePersons under ReturnRelease under Yield: the link named
        # is the user's.
        (
            "ckg:Yield rdfs:subClassOf ckg:ReleasePersons .\n",
            "ckg:Yield rdfs:subClassOf ckg:ReleasePersons closes a cycle",
        ),
    ],
)
def test_a_subclass_cycle_is_refused_not_looped_forever(
    tmp_path: Path, body: str, named: str
) -> None:
    extra = turtle(tmp_path, body)
    # In a subprocess with a timeout: the old code looped forever on a cycle.
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "extract", "Iran snubbed France.", "--ontology", extra],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=KG_ROOT,
        env={**os.environ, "PYTHONPATH": str(KG_ROOT)},
    )
    assert result.returncode == 2, result.stderr
    assert f"[E022] {extra}: " in result.stderr and named in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("prop", "phrase"),
    [
        ("ckg:trigger", '""'),
        ("ckg:trigger", '"   "'),
        ("ckg:trigger", '"the"'),
        ("ckg:trigger", '"of the"'),
        ("ckg:nounTrigger", '"the"'),
        ("ckg:prospectTrigger", '"the"'),
    ],
)
def test_an_empty_or_stop_word_trigger_is_refused(tmp_path: Path, prop: str, phrase: str) -> None:
    extra = turtle(tmp_path, f"ckg:Reject {prop} {phrase} .\n")
    error = refusal(extra)
    assert error.code == "E023"
    assert f"{extra}: ckg:Reject {prop} {phrase}" in str(error)


def test_triggers_with_stop_words_and_a_content_word_or_verb_load(tmp_path: Path) -> None:
    vocab = load_ontology(
        (turtle(tmp_path, 'ckg:Reject ckg:trigger "turn down the", "give up", "side with" .\n'),)
    ).vocabulary
    assert {Trigger("turn", ("down",)), Trigger("give", ("up",)), Trigger("side", ("with",))} <= (
        set(vocab.event_types["Reject"].triggers)
    )


@pytest.mark.parametrize(
    ("triple", "reason"),
    [
        ("ckg:Threaten ckg:intentClass ckg:Actor", "is not an event class"),
        ("ckg:Threaten ckg:intentClass ckg:Threat", "is not an event class"),
        ('ckg:Threaten ckg:intentClass "Threaten"', "is not an event class"),
        ("ckg:Consult ckg:negationClass ckg:Rejekt", "is not an event class"),
        ("ckg:Consult ckg:converseClass ckg:Consultation", "is not an event class"),
        ("ckg:Cyberattack rdfs:subClassOf ckg:Coerse", "no ontology file defines"),
    ],
)
def test_a_dangling_class_reference_is_refused(tmp_path: Path, triple: str, reason: str) -> None:
    extra = turtle(
        tmp_path,
        'ckg:Cyberattack ckg:cameoCode "176" ; ckg:goldstein -7.0 ; ckg:trigger "hack" .\n'
        f"{triple} .\n",
    )
    error = refusal(extra)
    assert error.code == "E024"
    assert f"{extra}: {triple} refers to" in str(error) and reason in str(error)


def test_kg_build_prints_the_coded_error_and_no_traceback(tmp_path: Path) -> None:
    extra = turtle(tmp_path, 'ckg:Reject ckg:trigger "the" .\n')
    result = runner.invoke(
        app, ["build", str(SEEDS), "--out", str(tmp_path / "out"), "--ontology", str(extra)]
    )
    assert result.exit_code == 2, result.output
    assert f'[E023] {extra}: ckg:Reject ckg:trigger "the"' in result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    assert not (tmp_path / "out" / "events.tsv").exists()


def test_a_file_that_is_not_turtle_is_named(tmp_path: Path) -> None:
    extra = turtle(tmp_path, "ckg:Reject ckg:trigger snub .\n")
    error = refusal(extra)
    assert error.code == "E020" and str(extra) in str(error)


def test_a_store_built_with_another_ontology_is_refused_unless_forced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    extra = turtle(
        tmp_path,
        "ckg:Cyberattack a owl:Class ; rdfs:subClassOf ckg:Coerce ;\n"
        '    rdfs:label "cyberattack"@en ; rdfs:comment "Attacks on computer systems."@en ;\n'
        '    ckg:cameoCode "176" ; ckg:goldstein -7.0 ; ckg:trigger "hack" .\n',
        name="cyber.ttl",
    )
    with_extra = ["build", str(SEEDS), "--out", str(out), "--ontology", str(extra)]
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0  # same

    refused = runner.invoke(app, with_extra)
    assert refused.exit_code == 2, refused.output
    assert "[E025]" in refused.output and str(extra) in refused.output
    assert "Traceback" not in refused.output

    forced = runner.invoke(app, [*with_extra, "--force"])
    assert forced.exit_code == 0, forced.output
    checked = runner.invoke(app, ["validate", "--store", str(out / "store")])
    assert checked.exit_code == 0 and "conforms" in checked.output, checked.output
    assert runner.invoke(app, with_extra).exit_code == 0  # the same files again
    with extra.open("a", encoding="utf-8") as handle:
        handle.write('ckg:Cyberattack ckg:trigger "cyberattack" .\n')
    changed = runner.invoke(app, with_extra)
    assert changed.exit_code == 2 and "the same files, changed since" in changed.output

    # Back to the shipped ontology alone: refused, naming the file the store was built with.
    back = runner.invoke(app, ["build", str(SEEDS), "--out", str(out)])
    assert back.exit_code == 2 and f"({extra}, cameo.ttl, conflict.ttl)" in back.output, back.output


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('ckg:Threaten ckg:goldstein "high" .', 'ckg:goldstein "high"'),
        ("ckg:Threaten ckg:goldstein 42.0 .", "ckg:goldstein"),
        ('ckg:Threaten ckg:cameoCode "13x" .', 'ckg:cameoCode "13x"'),
        ('ckg:Threaten ckg:relation "threatens" .', 'ckg:relation "threatens"'),
        ("ckg:Threaten ckg:quadClass 5 .", "ckg:quadClass"),
        ('ckg:Threaten ckg:quadClass "verbal" .', 'ckg:quadClass "verbal"'),
    ],
)
def test_a_value_of_the_wrong_kind_is_named(tmp_path: Path, body: str, shown: str) -> None:
    error = refusal(turtle(tmp_path, body))
    assert error.code == "E026" and shown in str(error) and "extra.ttl" in str(error)


def test_a_store_with_the_same_ontology_files_is_not_compared_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import build as build_module

    out = tmp_path / "out"
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    compared: list[object] = []
    monkeypatch.setattr(build_module, "_check_same_ontology", lambda *a: compared.append(a))
    assert runner.invoke(app, ["build", str(SEEDS), "--out", str(out)]).exit_code == 0
    assert compared == []  # the stored fingerprint matched: no isomorphism test
