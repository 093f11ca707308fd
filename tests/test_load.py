"""Loading into a real SPARQL server: `oxigraph serve` on loopback, started per test module."""

from __future__ import annotations

import contextlib
import http.server
import json
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from typer.testing import CliRunner

from kg.build import BuildReport
from kg.cli import app
from kg.errors import KgError
from kg.load import Endpoint, load_store
from kg.rdf import DESCRIPTIONS_GRAPH
from kg.store import Store, open_store
from kg.tables import saved_query, saved_query_names
from tests.conftest import ROOT
from tests.test_descriptions import PREFIXES, README_QUERY

pytestmark = pytest.mark.slow  # the real model, stores, servers or a browser

runner = CliRunner()
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    assert Path(found).exists(), "the oxigraph server (PyPI package oxigraph) must be installed"
    return found


@contextlib.contextmanager
def running(command: list[str], probe: str, log: Path, seconds: float = 60) -> Iterator[None]:
    """A server started for a test, waited for until ``probe`` answers (its log in the
    failure message if it does not), and stopped afterwards."""
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=log.parent, stdout=output, stderr=output)
    try:
        deadline = time.monotonic() + seconds
        while True:
            try:
                urllib.request.urlopen(probe, timeout=1).read()
                break
            except OSError:
                alive = process.poll() is None and time.monotonic() < deadline
                assert alive, log.read_text(errors="replace")
                time.sleep(0.1)
        yield
    finally:
        process.terminate()
        process.wait(timeout=60)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh `oxigraph serve` on a random loopback port; yields its base URL."""
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    command = [_oxigraph(), "serve", "--location", str(tmp_path / "server")]
    command += ["--bind", f"127.0.0.1:{port}"]
    with running(command, f"{base}/query?query=ASK%7B%7D", tmp_path / "oxigraph.log"):
        yield base


def endpoint_url(server: str, flag: str) -> str:
    """Oxigraph's URL for ``--endpoint`` (Graph Store Protocol) or ``--update-endpoint``."""
    return f"{server}/store" if flag == "--endpoint" else f"{server}/update"


def remote(base: str, query: str, union: bool = True) -> list[dict[str, str]]:
    """SELECT over HTTP (SPARQL protocol), over the union of the server's graphs (asked
    for in the request, unless ``union`` is off)."""
    asked = {"query": query, "union-default-graph": ""} if union else {"query": query}
    url = f"{base}/query?" + urllib.parse.urlencode(asked)
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
    url = endpoint_url(server, flag)
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
        Endpoint(store_url="http://example.org/store").credentials()
    assert "s3cret" not in str(caught.value)
    assert Endpoint(store_url="http://127.0.0.1:1/store").credentials() == ("ann", "s3cret")
    assert Endpoint(store_url="http://example.org/store", insecure=True).credentials()


class FaultProxy:
    """Forwards every request to a server, but answers HTTP 400 to the one numbered
    ``fail_at`` (1-based; 0 for none), as a server that failed part way through a load
    would; every request is recorded."""

    def __init__(self, target: str, fail_at: int) -> None:
        self.requests: list[tuple[str, bytes]] = []
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _forward(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                proxy.requests.append((self.command, body))
                if len(proxy.requests) == fail_at:
                    self.send_response(400)
                    self.end_headers()
                    self.wfile.write(b"injected failure")
                    return
                forwarded = {"content-type", "authorization"}
                request = urllib.request.Request(
                    target + self.path,
                    data=body,
                    method=self.command,
                    headers={k: v for k, v in self.headers.items() if k.lower() in forwarded},
                )
                try:
                    response = urllib.request.urlopen(request, timeout=30)
                except urllib.error.HTTPError as error:  # relayed as it is, 401s included
                    response = error
                with response:
                    data = response.read()
                    self.send_response(response.status or 500)
                    for name in ("WWW-Authenticate", "Content-Type"):
                        if value := response.headers.get(name):
                            self.send_header(name, value)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)

            do_POST = do_PUT = _forward

            def log_message(self, format: str, *args: object) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def graphs(base: str) -> dict[str, int]:
    rows = remote(base, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    return {r["g"]: int(r["n"]) for r in rows}


INJECTION = "http://x/g> { } } ; DROP ALL ; INSERT DATA { GRAPH <http://x/g"


@pytest.mark.parametrize("flag", ["--endpoint", "--update-endpoint"])
def test_a_graph_name_cannot_inject_sparql(
    server: str, seed_build: tuple[Path, BuildReport], flag: str
) -> None:
    out, _ = seed_build
    store = ["load", "--store", str(out / "store")]
    assert runner.invoke(app, [*store, "--update-endpoint", f"{server}/update"]).exit_code == 0
    before = graphs(server)
    url = endpoint_url(server, flag)
    result = runner.invoke(app, [*store, flag, url, "--graph", INJECTION])
    assert result.exit_code == 2 and "E065" in result.output, result.output
    assert graphs(server) == before and len(before) > 1


def test_a_replacement_that_fails_part_way_keeps_the_old_graph(
    server: str, seed_build: tuple[Path, BuildReport]
) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        endpoint = Endpoint(update_url=f"{server}/update")
        load_store(store, endpoint, target_graph="urn:x:seed", batch=100)
        before = graphs(server)
        proxy = FaultProxy(server, fail_at=3)
        try:
            broken = Endpoint(update_url=f"{proxy.url}/update")
            with pytest.raises(KgError, match="E060"):
                load_store(store, broken, replace=True, target_graph="urn:x:seed", batch=100)
        finally:
            proxy.close()
    assert graphs(server) == before  # the old graph whole, the temporary one dropped
    methods = [m for m, _ in proxy.requests]
    assert methods == ["POST"] * 4 and b"DROP SILENT GRAPH <urn:uuid:" in proxy.requests[-1][1]


@pytest.mark.parametrize("flag", ["--endpoint", "--update-endpoint"])
def test_replace_with_graph_replaces_that_graph(
    server: str, seed_build: tuple[Path, BuildReport], flag: str, tmp_path: Path
) -> None:
    out, _ = seed_build
    url = endpoint_url(server, flag)
    args = [flag, url, "--graph", "urn:x:g"]
    assert runner.invoke(app, ["load", "--store", str(out / "store"), *args]).exit_code == 0
    small = tmp_path / "small.nt"
    small.write_text("<urn:x:a> <urn:x:b> <urn:x:c> .\n<urn:x:a> <urn:x:b> _:n .\n", "utf-8")
    result = runner.invoke(app, ["load", str(small), *args, "--replace"])
    assert result.exit_code == 0, result.output
    assert graphs(server)["urn:x:g"] == 2


def test_a_graph_store_replacement_is_one_put(
    server: str, seed_build: tuple[Path, BuildReport]
) -> None:
    out, _ = seed_build
    with open_store(out / "store", create=False) as store:
        endpoint = Endpoint(store_url=f"{server}/store")
        report = load_store(store, endpoint, replace=True, target_graph="urn:x:g", batch=100)
    assert report.triples > 100 and report.requests == 1
    assert graphs(server)["urn:x:g"] > 100


@pytest.mark.parametrize("flag", ["--endpoint", "--update-endpoint"])
def test_blank_nodes_are_skolemised_so_a_graph_load_repeats(
    server: str, seed_build: tuple[Path, BuildReport], flag: str
) -> None:
    out, _ = seed_build
    url = endpoint_url(server, flag)
    with open_store(out / "store", create=False) as store:
        assert store.ox.query("ASK { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?o)) } }")
        endpoint = Endpoint(store_url=url) if flag == "--endpoint" else Endpoint(update_url=url)
        load_store(store, endpoint, target_graph="urn:x:all", batch=7)
        size = graphs(server)["urn:x:all"]
        load_store(store, endpoint, target_graph="urn:x:all", batch=5)
    assert graphs(server)["urn:x:all"] == size
    blank = "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) } }"
    assert remote(server, blank) == []


def test_a_server_that_never_answers_is_asked_once() -> None:
    connections: list[socket.socket] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()

        def accept() -> None:
            with contextlib.suppress(OSError):
                while True:
                    connections.append(listener.accept()[0])  # and never answer

        threading.Thread(target=accept, daemon=True).start()
        port = listener.getsockname()[1]
        endpoint = Endpoint(update_url=f"http://127.0.0.1:{port}/update", timeout=0.3)
        with open_store_for_load() as store, pytest.raises(KgError, match="E061") as caught:
            load_store(store, endpoint)
    assert "no answer within 0.3 s" in str(caught.value)
    assert len(connections) == 1
    for connection in connections:
        connection.close()


def open_store_for_load() -> contextlib.AbstractContextManager[Store]:
    store = Store()
    store.ox.add(ox.Quad(ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:b"), ox.Literal("c")))
    return contextlib.nullcontext(store)


def test_credentials_in_the_url_go_in_a_header_and_are_never_printed(server: str) -> None:
    endpoint = Endpoint(store_url=f"http://alice:S3cret@{server[7:]}/nothing-here")
    assert "S3cret" not in endpoint.url and "alice" not in endpoint.url
    assert endpoint.credentials() == ("alice", "S3cret")
    remote_host = Endpoint(store_url="http://alice:S3cret@example.org/store")
    with pytest.raises(KgError, match="E062") as refused:
        remote_host.credentials()
    with open_store_for_load() as store, pytest.raises(KgError, match="E060") as failed:
        load_store(store, endpoint)
    assert "S3cret" not in str(refused.value) + str(failed.value)


@pytest.mark.parametrize(
    "url", ["not a url", "http://h:99999/", "http://[::1/", "ftp://host/x", "http://"]
)
def test_an_endpoint_that_is_not_a_url_is_a_coded_error(url: str) -> None:
    result = runner.invoke(app, ["load", "--endpoint", url])
    assert result.exit_code == 2 and "E066" in result.output, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


# ------------------------------------------------------------- Virtuoso

VIRTUOSO_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """A fresh Virtuoso (Debian's virtuoso-opensource, as DBpedia runs) with its database
    in a temporary folder and random ports; yields its HTTP base URL and SQL port. Its
    authenticated endpoints ask for Digest authentication (user dba, password dba)."""
    assert shutil.which("virtuoso-t"), "make test installs Debian's virtuoso-opensource"
    folder = tmp_path_factory.mktemp("virtuoso")
    sql, http = _free_port(), _free_port()
    config = re.sub(r"/var/lib/virtuoso-opensource-7/db", str(folder), VIRTUOSO_INI.read_text())
    config = re.sub(r"(?m)^ServerPort(\s*)= 1111", rf"ServerPort\g<1>= {sql}", config)
    config = re.sub(r"(?m)^ServerPort(\s*)= 8890", rf"ServerPort\g<1>= {http}", config)
    (folder / "virtuoso.ini").write_text(config, encoding="utf-8")
    base = f"http://127.0.0.1:{http}"
    command = ["virtuoso-t", "+foreground", "+configfile", str(folder / "virtuoso.ini")]
    with running(command, f"{base}/sparql?query=ASK%7B%7D", folder / "server.log"):
        yield base, sql


def virtuoso_counts(base: str, names: list[str]) -> dict[str, int]:
    """The number of triples in each of the graphs ``names`` that Virtuoso holds."""
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    url = f"{base}/sparql?" + urllib.parse.urlencode({"query": query})
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        bindings = json.load(response)["results"]["bindings"]
    counts = {b["g"]["value"]: int(b["n"]["value"]) for b in bindings}
    return {name: counts[name] for name in names if name in counts}


@pytest.mark.parametrize("path", ["/sparql-graph-crud-auth", "/sparql-auth"])
def test_load_into_virtuoso_with_digest_authentication(
    virtuoso: tuple[str, int],
    seed_build: tuple[Path, BuildReport],
    monkeypatch: pytest.MonkeyPatch,
    path: str,
) -> None:
    base, _ = virtuoso
    out, _ = seed_build
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    flag = "--endpoint" if "crud" in path else "--update-endpoint"
    args = ["load", "--store", str(out / "store"), flag, base + path, "--replace"]
    with open_store(out / "store", create=False) as store:
        names = store.graph_names()
        expected = {n: sum(1 for _ in store.quads(ox.NamedNode(n))) for n in names}
    for _ in range(2):  # a second load replaces, and adds nothing
        result = runner.invoke(app, args)
        assert result.exit_code == 0, result.output
        assert virtuoso_counts(base, names) == expected


def test_a_permission_error_is_not_retried_and_quotes_the_server(
    virtuoso: tuple[str, int],
    seed_build: tuple[Path, BuildReport],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    base, sql = virtuoso
    out, _ = seed_build
    create = "DB.DBA.USER_CREATE('reader', 'pw'); GRANT SPARQL_SELECT TO \"reader\";"
    subprocess.run(
        ["isql-vt", str(sql), "dba", "dba", f"exec={create}"], check=True, capture_output=True
    )
    monkeypatch.setenv("KG_ENDPOINT_USER", "reader")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "pw")
    proxy = FaultProxy(base, fail_at=0)
    try:
        args = ["load", "--store", str(out / "store"), "--update-endpoint"]
        result = runner.invoke(app, [*args, f"{proxy.url}/sparql-auth"])
    finally:
        proxy.close()
    assert result.exit_code == 2 and "E060" in result.output, result.output
    assert "/sparql-auth" in result.output and "SR186" in result.output
    updates = [body for method, body in proxy.requests if b"INSERT DATA" in body]
    assert len(updates) <= 3  # Basic, the Digest challenge, the authenticated one: no retries


@pytest.mark.parametrize("flag", ["--endpoint", "--update-endpoint"])
def test_a_file_with_blank_nodes_loads_twice_as_once(
    server: str, tmp_path: Path, flag: str
) -> None:
    """Each parse gives blank nodes new ids; their skolem IRIs come from what they
    describe, so loading the file again adds nothing."""
    data = tmp_path / "list.ttl"
    data.write_text(
        "@prefix ex: <http://example.org/> .\n"
        "ex:a ex:members ( ex:b ex:c ) ;\n"
        '    ex:where [ ex:name "Gaza" ; ex:in [ ex:name "Gaza Strip" ] ] .\n',
        encoding="utf-8",
    )
    url = endpoint_url(server, flag)
    for _ in range(2):
        result = runner.invoke(app, ["load", str(data), flag, url, "--graph", "urn:x:g"])
        assert result.exit_code == 0, result.output
    assert graphs(server)["urn:x:g"] == 9


def test_a_store_held_by_oxigraph_serve_names_the_server(tmp_path: Path) -> None:
    """Regression: E031 named the RocksDB error, not who holds the store."""
    with open_store(tmp_path / "store"):
        pass  # an empty store on disk
    port = _free_port()
    command = [_oxigraph(), "serve", "--location", str(tmp_path / "store")]
    command += ["--bind", f"127.0.0.1:{port}"]
    probe = f"http://127.0.0.1:{port}/query?query=ASK%7B%7D"
    with running(command, probe, tmp_path / "oxigraph.log"), pytest.raises(KgError) as held:
        Store(tmp_path / "store")
    assert held.value.code == "E031"
    assert "oxigraph serve" in str(held.value) and "PID" in str(held.value)


# ------------------------------------------------------------- 300 Reuters articles


def graph_sizes(store_dir: Path) -> dict[str, int]:
    """The number of triples in each named graph of a store."""
    with open_store(store_dir, create=False) as store:
        return {n: sum(1 for _ in store.quads(ox.NamedNode(n))) for n in store.graph_names()}


def test_oxigraph_serve_answers_plain_queries_as_the_readme_says(
    reuters_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    """The README's recipe, ``oxigraph serve --location … --union-default-graph``, on a
    copy of the 300-article store: the README's plain query, sent without asking for the
    union, gives the embedded store's answer."""
    out, _ = reuters_build
    shutil.copytree(out / "store", tmp_path / "store")
    port = _free_port()
    command = [_oxigraph(), "serve", "--location", str(tmp_path / "store")]
    command += ["--union-default-graph", "--bind", f"127.0.0.1:{port}"]
    base = f"http://127.0.0.1:{port}"
    assert "serve --location output/store --union-default-graph" in README
    query = PREFIXES + README_QUERY
    with running(command, f"{base}/query?query=ASK%7B%7D", tmp_path / "oxigraph.log"):
        served = remote(base, query, union=False)
    assert len(served) > 100
    assert served == local(out / "store", query)


def test_a_300_article_store_loads_graph_by_graph_into_oxigraph_and_virtuoso(
    reuters_build: tuple[Path, BuildReport],
    server: str,
    virtuoso: tuple[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``kg load`` of the 300-article store, its descriptions graph included: each graph
    holds as many triples in `oxigraph serve` and in Virtuoso (Digest authentication) as
    in the store, and the README's plain query answers alike in Oxigraph."""
    out, report = reuters_build
    expected = graph_sizes(out / "store")  # the articles', the descriptions', the ontology's
    assert str(DESCRIPTIONS_GRAPH) in expected and len(expected) == report.articles + 2
    store = ["load", "--store", str(out / "store")]
    loaded = runner.invoke(app, [*store, "--endpoint", f"{server}/store"])
    assert loaded.exit_code == 0, loaded.output
    assert graphs(server) == expected
    query = PREFIXES + README_QUERY
    assert remote(server, query) == local(out / "store", query)
    base, _ = virtuoso
    monkeypatch.setenv("KG_ENDPOINT_USER", "dba")
    monkeypatch.setenv("KG_ENDPOINT_PASSWORD", "dba")
    crud = f"{base}/sparql-graph-crud-auth"
    loaded = runner.invoke(app, [*store, "--endpoint", crud, "--replace"])
    assert loaded.exit_code == 0, loaded.output
    assert virtuoso_counts(base, list(expected)) == expected
