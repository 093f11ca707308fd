"""Loading into a real SPARQL server: `oxigraph serve` on loopback, started per test module."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import BuildReport
from kg.cli import app
from kg.errors import KgError
from kg.load import Endpoint
from kg.store import open_store
from kg.tables import saved_query, saved_query_names

runner = CliRunner()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    assert Path(found).exists(), "the oxigraph server (PyPI package oxigraph) must be installed"
    return found


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh `oxigraph serve` on a random loopback port; yields its base URL."""
    port = _free_port()
    process = subprocess.Popen(
        [
            _oxigraph(),
            "serve",
            "--location",
            str(tmp_path / "server"),
            "--bind",
            f"127.0.0.1:{port}",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(
                        process.stderr.read().decode() if process.stderr else ""
                    ) from None
                time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


def remote(base: str, query: str) -> list[dict[str, str]]:
    """SELECT over HTTP (SPARQL protocol), over the union of the server's graphs."""
    url = f"{base}/query?" + urllib.parse.urlencode({"query": query, "union-default-graph": ""})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


def count(base: str) -> int:
    return int(remote(base, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"])


def local(store_dir: Path, query: str) -> list[dict[str, str]]:
    with open_store(store_dir, create=False) as store:
        return [{k: str(v) for k, v in row.items() if v is not None} for row in store.rows(query)]


@pytest.mark.parametrize("flag", ["--endpoint", "--update-endpoint"])
def test_load_answers_like_the_embedded_store_and_is_idempotent(
    server: str, seed_build: tuple[Path, BuildReport], flag: str
) -> None:
    out, _ = seed_build
    url = f"{server}/store" if flag == "--endpoint" else f"{server}/update"
    args = ["load", "--store", str(out / "store"), flag, url]
    first = runner.invoke(app, args)
    assert first.exit_code == 0, first.output
    size = count(server)
    with open_store(out / "store", create=False) as store:
        assert size == len(store)
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert count(server) == size
    for name in saved_query_names():
        text = saved_query(name)
        if "SELECT" in text:
            assert sorted(map(sorted, (r.items() for r in remote(server, text)))) == sorted(
                map(sorted, (r.items() for r in local(out / "store", text)))
            ), name


def test_load_a_file_into_a_named_graph_and_replace_it(
    server: str, seed_build: tuple[Path, BuildReport]
) -> None:
    out, _ = seed_build
    args = [
        "load",
        str(out / "graph.ttl"),
        "--endpoint",
        f"{server}/store",
        "--graph",
        "urn:x:seed",
    ]
    assert runner.invoke(app, args).exit_code == 0
    size = count(server)
    assert runner.invoke(app, [*args, "--replace"]).exit_code == 0
    assert count(server) == size > 0


def test_http_errors_name_the_endpoint_and_status(
    server: str, seed_build: tuple[Path, BuildReport]
) -> None:
    out, _ = seed_build
    result = runner.invoke(
        app, ["load", "--store", str(out / "store"), "--endpoint", f"{server}/nothing-here"]
    )
    assert result.exit_code == 2
    assert "E060" in result.output and "/nothing-here" in result.output and "404" in result.output


def test_credentials_are_never_sent_in_clear_to_a_remote_host(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KG_ENDPOINT_USER", "ann")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "s3cret")
    with pytest.raises(KgError, match="E062") as caught:
        Endpoint(store_url="http://example.org/store").headers()
    assert "s3cret" not in str(caught.value)
    assert (
        Endpoint(store_url="http://127.0.0.1:1/store")
        .headers()["Authorization"]
        .startswith("Basic ")
    )
    assert Endpoint(store_url="http://example.org/store", insecure=True).headers()
