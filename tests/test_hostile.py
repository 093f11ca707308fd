"""Hostile input, tried as a hostile user would: each mistake a coded error, the good
inputs beside it built, nothing run, nothing reaching a terminal or a file raw."""

from __future__ import annotations

import io
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from kg.build import BuildReport, build
from kg.cli import app
from kg.export import export
from kg.ingest import iter_articles
from kg.store import Store, open_store
from kg.tables import format_rows
from kg.viz import graph_document
from tests.conftest import SEEDS, shared_file

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

runner = CliRunner()
GOOD = "Egypt urged Israel to halt the offensive."


def codes(report: BuildReport) -> dict[str, str]:
    """Where each rejection was, and its code."""
    return {r.where: r.code for r in report.rejected}


def jsonl(path: Path, *records: object) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


# ------------------------------------------------------------- one bad input, not a batch


def test_a_bad_string_in_a_json_line_rejects_that_line_only(tmp_path: Path) -> None:
    feed = jsonl(
        tmp_path / "feed.jsonl",
        {"id": "good-1", "text": GOOD},
        {"id": "lone-in-text", "text": "Iran \ud800 condemned Iraq."},
        {"id": "lone-in-id-\udfff", "text": "Qatar praised Egypt."},
        {"id": "lone-in-title", "title": "x\ud800", "text": "Syria accused Turkey."},
        {"id": "title-true", "title": True, "text": "Chad blamed Sudan."},
        {"id": ["a", "list"], "text": "Mali thanked Niger."},
        {"id": "esc\x1b[31m", "title": "t\x07", "text": "Peru\x00 praised Chile on Monday.\x1b[0m"},
        {"id": "good-2", "text": "Kenya criticised Uganda."},
    )
    report = build([feed], out=tmp_path / "out")
    assert codes(report) == {
        f"{feed}:2": "E012",
        f"{feed}:3": "E012",
        f"{feed}:4": "E012",
        f"{feed}:5": "E013",
        f"{feed}:6": "E013",
    }
    assert report.articles == 3
    events = (tmp_path / "out" / "events.tsv").read_text(encoding="utf-8")
    assert "good-1" in events and "good-2" in events and "esc[31m" in events
    assert not any(c in events for c in "\x1b\x07\x00")


def test_an_id_used_by_an_earlier_file_is_rejected_and_a_file_named_twice_read_once(
    tmp_path: Path,
) -> None:
    first = jsonl(tmp_path / "a.jsonl", {"id": "x", "text": GOOD})
    second = jsonl(tmp_path / "b.jsonl", {"id": "x", "text": "Iran condemned Iraq."})
    items = list(iter_articles([first, second, first, tmp_path]))
    rejected = [i for i in items if not hasattr(i, "text")]
    assert len(items) == 2 and len(rejected) == 1
    assert "E007" in rejected[0].reason and f"{first}:1" in rejected[0].reason


def test_utf16_with_a_byte_order_mark_is_read_and_latin1_named(tmp_path: Path) -> None:
    (tmp_path / "utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (tmp_path / "utf16be.txt").write_bytes(b"\xfe\xff" + "Iran condemned Iraq.".encode("utf-16-be"))
    (tmp_path / "latin1.txt").write_bytes("Fran\u00e7ois visited Mali.".encode("latin-1"))
    report = build([tmp_path], out=tmp_path / "out")
    assert report.articles == 2 and codes(report) == {str(tmp_path / "latin1.txt"): "E011"}


def test_kg_extract_names_bad_bytes_instead_of_a_traceback(tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(b"Fran\xe7ois visited Mali.")
    for args, stdin in (
        (["extract"], b"caf\xe9 \xff broken"),
        (["extract", "--lines"], b"Iran condemned Iraq.\n\xff\n"),
    ):
        result = runner.invoke(app, args, input=stdin)
        assert result.exit_code == 2 and "E011" in result.output, result.output
    # A file of articles is read as `kg build` reads it: a bad one is rejected (exit 1).
    result = runner.invoke(app, ["extract", "--file", str(latin)])
    assert result.exit_code == 1 and "rejected [E011]" in result.output, result.output
    missing = runner.invoke(app, ["extract", "--file", str(tmp_path / "none.txt")])
    assert missing.exit_code == 1 and "E001" in missing.output
    lone = runner.invoke(app, ["extract", "Iran \ud800 condemned Iraq."])
    assert lone.exit_code == 2 and "E012" in lone.output


def test_a_fifo_and_a_special_file_in_a_folder_are_named(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "queue.jsonl")
    report = build([fifo, folder], out=tmp_path / "out")
    assert report.articles == 1
    assert codes(report) == {str(fifo): "E015", str(folder / "queue.jsonl"): "E015"}


def test_a_date_header_gone_wrong_is_an_impossible_date(tmp_path: Path) -> None:
    (tmp_path / "yesterday.txt").write_text(f"date yesterday {GOOD}", encoding="utf-8")
    (tmp_path / "palms.txt").write_text("Date palms grow in Egypt.", encoding="utf-8")
    report = build([tmp_path], out=tmp_path / "out")
    assert codes(report) == {str(tmp_path / "yesterday.txt"): "E003"} and report.articles == 1


# ------------------------------------------------------------- permissions, as a user


def as_user(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """kg as an ordinary user would meet permissions: CI runs as root, whom permission
    bits do not stop, so root runs it without the capabilities that override them."""
    drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"]
    return subprocess.run(
        [*(drop if os.geteuid() == 0 else []), sys.executable, "-m", "kg.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_unreadable_files_and_folders_are_named_and_the_rest_built(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "locked").mkdir(parents=True)
    (inputs / "good.txt").write_text(GOOD, encoding="utf-8")
    (inputs / "secret.txt").write_text("Iran condemned Iraq.", encoding="utf-8")
    (inputs / "locked" / "inside.txt").write_text("Qatar praised Egypt.", encoding="utf-8")
    (inputs / "secret.txt").chmod(0o000)
    (inputs / "locked").chmod(0o000)
    out = tmp_path / "out"
    result = as_user("build", str(inputs), "--out", str(out), "--jobs", "1", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert f"[E014] {inputs / 'secret.txt'}: cannot be read" in result.stderr
    assert f"[E014] {inputs / 'locked'}: cannot be read" in result.stderr
    assert "1 articles built" in result.stderr


def test_read_only_outputs_are_coded_errors(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    built = as_user("build", "seeds", "--out", "out", "--jobs", "1", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    frozen = tmp_path / "frozen"
    frozen.mkdir()
    frozen.chmod(0o555)
    export = as_user("export", "--store", "out/store", "--out", "frozen/g.ttl", cwd=tmp_path)
    assert export.returncode == 2 and "E038" in export.stderr, export.stderr
    into = as_user("build", "seeds", "--out", "frozen/out", cwd=tmp_path)
    assert into.returncode == 2 and "E042" in into.stderr, into.stderr
    assert "Traceback" not in export.stderr + into.stderr


# ------------------------------------------------------------- stores recognised


def test_a_folder_that_is_not_a_store_is_refused_and_left_alone(
    seed_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    out, _ = seed_build
    folder = tmp_path / "output"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    for command in (["query", "ASK {}"], ["validate"], ["events"], ["graph"], ["export"]):
        result = runner.invoke(app, [*command, "--store", str(folder)])
        assert result.exit_code == 2 and "E030" in result.output, (command, result.output)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    nested = runner.invoke(app, ["build", str(SEEDS), "--out", str(out / "store")])
    assert nested.exit_code == 2 and "E039" in nested.output
    assert not (out / "store" / "store").exists()


# ------------------------------------------------------------- what reaches the terminal


def test_file_names_are_shown_as_text_not_markup_or_terminal_codes(tmp_path: Path) -> None:
    (tmp_path / "[").mkdir()  # so that a path reads "…/[/bold] x.txt"
    for name in ("[/bold] x.txt", "[draft] x.txt", "esc\x1b[2J.txt"):
        (tmp_path / name).write_text(f"date 2023-02-31 {GOOD}", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1, result.output
    assert "[/bold] x.txt" in result.output and "[draft] x.txt" in result.output
    assert "\x1b" not in result.output and "esc\\x1b[2J.txt" in result.output


def test_labels_with_markup_print_in_a_query_table(tmp_path: Path) -> None:
    with open_store(tmp_path / "store") as store:
        store.replace_graph(
            URIRef("urn:x:g"), [(URIRef("urn:x:a"), RDFS.label, Literal("[/bold]\x1b[31m"))]
        )
    query = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
    result = runner.invoke(app, ["query", query, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    assert "[/bold]\\x1b[31m" in result.stdout


def test_many_rejections_are_summarised_after_the_first_hundred(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": GOOD}) + "\n" + "{broken\n" * 150, encoding="utf-8")
    result = runner.invoke(app, ["build", str(feed), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.startswith("rejected")]
    assert len(lines) == 101 and lines[-1] == "rejected … and 50 more (50 E004)"


def test_more_jobs_than_cores_is_capped_with_a_note(tmp_path: Path) -> None:
    jobs = str((os.cpu_count() or 1) + 14)
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--jobs", jobs])
    assert result.exit_code == 0, result.output
    assert f"--jobs {jobs} is more than the {os.cpu_count()} cores here" in result.output
    zero = runner.invoke(app, ["build", str(SEEDS), "--out", str(tmp_path / "o"), "--jobs", "0"])
    assert zero.exit_code == 2


def test_ctrl_c_with_workers_is_one_line(tmp_path: Path) -> None:
    corpus = shared_file("data", "news", "reuters21578.jsonl")
    sample = tmp_path / "sample.jsonl"
    with corpus.open(encoding="utf-8") as handle:
        sample.write_text("".join(next(handle) for _ in range(400)), encoding="utf-8")
    out = tmp_path / "o"
    command = ["build", str(sample), "--out", str(out), "--jobs", "2"]
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", *command], stderr=subprocess.PIPE, text=True
    )
    children = Path(f"/proc/{process.pid}/task/{process.pid}/children")
    deadline = time.monotonic() + 120
    while len(children.read_text().split()) < 2 and time.monotonic() < deadline:
        time.sleep(0.2)  # until the worker processes have started
    time.sleep(2)  # and are parsing
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert "interrupted: the articles stored so far are kept" in stderr


# ------------------------------------------------------------- what reaches files


def test_spreadsheet_cells_cannot_start_a_formula() -> None:
    rows = [{"a": '=HYPERLINK("http://x")', "b": "+1", "c": "@SUM(A1)", "d": "-", "e": "\tx"}]
    for fmt, sep in (("csv", ","), ("tsv", "\t")):
        cells = format_rows(rows, "abcde", fmt).splitlines()[1]
        assert cells.startswith("\"'=HYPERLINK") or cells.startswith("'=HYPERLINK"), cells
        assert f"{sep}'+1{sep}'@SUM(A1){sep}-{sep}" in cells


def test_xml_outputs_hold_no_character_xml_forbids(tmp_path: Path) -> None:
    graph: nx.MultiDiGraph[str] = nx.MultiDiGraph()
    graph.add_node("a", label="bad\ufffe\x01name", kind="State")
    graph.add_edge("a", "a", key=0, event="ACCUSE", evidence="x\uffffy")
    for fmt in ("graphml", "gexf"):
        document = graph_document(graph, fmt)
        assert "&#65534;" not in document and "\x01" not in document
        ET.fromstring(document.encode("utf-8"))
    store = Store()
    store.replace_graph(URIRef("urn:x:g"), [(URIRef("urn:x:a"), RDFS.label, Literal("a\x01b"))])
    ET.parse(io.BytesIO(export(store, "xml")))


def test_export_keeps_the_file_mode_and_refuses_links_and_folders(
    seed_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    out, _ = seed_build
    store = ["--store", str(out / "store")]
    private = tmp_path / "private.ttl"
    private.write_text("old", encoding="utf-8")
    private.chmod(0o600)
    (tmp_path / ".private.ttl.abc123.tmp").write_text("left by a killed run", encoding="utf-8")
    assert runner.invoke(app, ["export", *store, "--out", str(private)]).exit_code == 0
    assert private.stat().st_mode & 0o777 == 0o600 and private.read_text() != "old"
    assert not list(tmp_path.glob(".private.ttl.*.tmp"))
    target = tmp_path / "target.ttl"
    target.write_text("keep", encoding="utf-8")
    (tmp_path / "link.ttl").symlink_to(target)
    (tmp_path / "folder.ttl").mkdir()
    for name in ("link.ttl", "folder.ttl"):
        result = runner.invoke(app, ["export", *store, "--out", str(tmp_path / name)])
        assert result.exit_code == 2 and "E038" in result.output, result.output
    assert (tmp_path / "link.ttl").is_symlink() and target.read_text() == "keep"


def test_a_query_file_that_cannot_be_read_is_a_coded_error(
    seed_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    out, _ = seed_build
    binary = tmp_path / "q.rq"
    binary.write_bytes(b"\x00\x01SELECT")
    for path, code in ((tmp_path / "none.rq", "E014"), (tmp_path, "E014"), (binary, "E006")):
        result = runner.invoke(app, ["query", "--file", str(path), "--store", str(out / "store")])
        assert result.exit_code == 2 and code in result.output, result.output


# ------------------------------------------------------------- any text at all

HOSTILE = st.text(
    st.one_of(
        st.characters(),
        st.sampled_from(["\ud800", "\udfff", "\x00", "\x1b", "\ufffe", "\u202e", "[", "<"]),
    ),
    max_size=80,
)


@given(HOSTILE)
@settings(max_examples=40, deadline=None)
def test_kg_extract_takes_any_text(text: str) -> None:
    result = runner.invoke(app, ["extract", "--", text])
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    if result.exit_code == 2:
        assert "error [E0" in result.output
    result.stdout.encode("utf-8")


@given(HOSTILE)
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_kg_build_takes_any_text_and_keeps_the_good_article(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        feed = jsonl(
            Path(tmp) / "feed.jsonl",
            {"id": "good", "text": GOOD},
            {"id": "fuzz", "title": text, "text": text},
        )
        report = build([feed], out=Path(tmp) / "out")
        assert report.articles + report.duplicates >= 1
        assert all(r.reason.startswith("[E0") for r in report.rejected)
        events = (Path(tmp) / "out" / "events.tsv").read_text(encoding="utf-8")
        assert "good" in events and "\x1b" not in events and "\x00" not in events


def test_an_id_from_a_file_name_holds_no_control_characters(tmp_path: Path) -> None:
    named = tmp_path / "evil\x1b[31mred.txt"
    named.write_text(GOOD, encoding="utf-8")
    report = build([tmp_path], out=tmp_path / "out")
    assert report.articles == 1
    events = (tmp_path / "out" / "events.tsv").read_text(encoding="utf-8")
    assert "evil[31mred" in events and "\x1b" not in events
    printed = runner.invoke(app, ["extract", "--file", str(named)])
    assert printed.exit_code == 0 and "\x1b" not in printed.stdout
