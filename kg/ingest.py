"""Read articles from files and folders into plain :class:`Article` records.

Two formats are accepted: ``.txt`` (an optional ``date YYYY-MM-DD`` header, then the
text) and ``.jsonl`` (one ``{id, date, title, url, text}`` object a line). Reading is
lazy and every bad file, folder or line becomes a :class:`Rejected` record instead of an
exception, so one bad input never costs the good ones.

Text is decoded strictly (UTF-8, or UTF-16 with its byte-order mark), never guessed;
a string that is not valid Unicode (a lone surrogate from a JSON escape) rejects its
input. Control characters other than tab and line break, and the noncharacters XML
forbids, are dropped here, so nothing downstream (RDF, XML, CSV, a terminal) meets them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import Errors, KgError
from kg.text import drop_controls

__all__ = [
    "Article",
    "Rejected",
    "content_hash",
    "count_articles",
    "decode_text",
    "iter_articles",
    "normalise_text",
    "parse_txt",
    "read_text_file",
]

_HEADER = re.compile(r"\A\s*date\s+(\S+)\s*", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|html|body|script|style)\b[^>]*>",
    re.I,
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# spaCy's own limit for one text; a longer article is rejected with a clear message.
MAX_CHARS = 1_000_000
MAX_FILE_BYTES = 8 * MAX_CHARS  # a larger file is refused before it is read
SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class Article:
    """One news article, as read; ``uid`` is derived from the text so it is stable."""

    id: str
    text: str
    date: str | None = None
    title: str | None = None
    url: str | None = None

    @property
    def uid(self) -> str:
        return content_hash(self.text)


@dataclass(frozen=True)
class Rejected:
    """An input that could not become an article, with the reason a user can act on and
    its error code (for summaries that count by code)."""

    where: str
    reason: str
    code: str

    @classmethod
    def of(cls, where: object, error: KgError) -> Rejected:
        return cls(str(where), str(error), error.code)


def content_hash(text: str) -> str:
    """Short SHA-256 of the text: the article's identity in IRIs and the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _check_date(value: str | None, where: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise KgError(Errors.E003, path=where, value=value) from None


class _TextOfHtml(HTMLParser):
    """Collects the text of an HTML fragment: block elements become line breaks,
    script and style contents are dropped, entities are decoded."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "table",
            "section",
            "article",
        ]
    )
    SKIPPED = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.skipping += tag in self.SKIPPED
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in self.SKIPPED and self.skipping > 0
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def strip_html(text: str) -> str:
    """The text of an article that arrived as HTML markup (scraped pages); other text,
    including a stray '<' or '&', is left exactly as it is."""
    if not _HTML_TAG.search(text):
        return text
    parser = _TextOfHtml()
    parser.feed(text)
    parser.close()
    return re.sub(r"[ \t]*\n[ \t\n]*", "\n\n", "".join(parser.parts)).strip()


def _valid(value: str, field: str, where: str) -> str:
    """``value`` without control characters; a lone surrogate rejects the input."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        char = f"U+{ord(value[exc.start]):04X}"
        raise KgError(Errors.E012, path=where, field=field, char=char, offset=exc.start) from None
    return drop_controls(value)


# What ends a line that is not wrapped: a sentence's end (maybe inside a quote or a
# bracket); what starts one: a list item; what a table row holds: aligned columns.
_LINE_END = re.compile(r"[.!?:;][\"'\u2019\u201d)\]]*$")
_LIST_ITEM = re.compile(r"(?:[-*\u2022]|\d+[.)])\s")
_COLUMNS = re.compile(r"\S {2,}\S")


def _unwrap(text: str) -> str:
    """``text`` with the line breaks of fixed-width wrapping read as spaces. Wire copy is
    wrapped at a fixed width, breaking lines inside names ("Ali Akbar" / "Velayati"),
    which splits them for the model. A break is a wrap where the line before is no
    shorter than half the text's longest line and does not end a sentence, and the
    next line goes on with a word (not an indent, a blank line or a list item);
    headlines, bylines, lists and table rows keep their breaks."""
    lines = text.split("\n")
    width = max(len(line.strip()) for line in lines)
    kept: list[str] = []
    before = ""
    for line in lines:
        wrapped = (
            kept
            and len(before.strip()) * 2 >= width
            and not _LINE_END.search(before.rstrip())
            and line[:1].strip()
            and not _LIST_ITEM.match(line)
            and not _LIST_ITEM.match(before)
            and not _COLUMNS.search(before.strip())
            and not _COLUMNS.search(line)
        )
        if wrapped:
            kept[-1] = f"{kept[-1].rstrip()} {line}"
        else:
            kept.append(line)
        before = line
    return "\n".join(kept)


def normalise_text(text: str, where: str) -> str:
    """Article text as kg reads it: line endings unified, controls dropped, HTML reduced
    to its text, stripped; not valid Unicode or too long is a coded error."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    text = _unwrap(strip_html(_valid(text, "text", where))).strip()
    if len(text) > MAX_CHARS:
        raise KgError(Errors.E009, path=where, size=len(text), limit=MAX_CHARS)
    return text


def parse_txt(raw: str, article_id: str, where: str) -> Article:
    """Split the optional date header from the body of a ``.txt`` article."""
    text = normalise_text(raw, where)
    date = None
    match = _HEADER.match(text)
    # "date 2023-13-45" or "date yesterday" is a header gone wrong; "Date palms …" is prose.
    if match and (re.fullmatch(r"[\d-]+", match.group(1)) or text.startswith("date ")):
        date = _check_date(match.group(1), where)
        text = text[match.end() :].strip()
    if not text:
        raise KgError(Errors.E002, path=where)
    # The id comes from a file name, which may hold control characters or, for bytes
    # that are not UTF-8, lone surrogates (Python's surrogateescape).
    return Article(id=_valid(article_id, "id", where), text=text, date=date)


def _decode(data: bytes, where: str) -> str:
    """Strict UTF-8: a byte that is not is named by offset, and the input rejected, rather
    than silently replaced (a wrong encoding garbles names, and so actors)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KgError(
            Errors.E011, path=where, offset=exc.start, byte=data[exc.start : exc.start + 1].hex()
        ) from None


def read_text_file(path: Path) -> str:
    """A text file's contents by the decoding policy above; anything that stops it (no
    such file, a folder, no permission, binary, not UTF-8, too big) is a coded error."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise KgError(Errors.E009, path=path, size=path.stat().st_size, limit=MAX_FILE_BYTES)
        return decode_text(path.read_bytes(), str(path))
    except OSError as exc:
        raise KgError(Errors.E014, path=path, reason=exc.strerror or exc) from None


def decode_text(data: bytes, where: str) -> str:
    """Bytes as text: UTF-16 with its byte-order mark, otherwise strict UTF-8; binary
    content (a NUL byte early on) is refused."""
    if data[:2] in _UTF16_BOMS:
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            byte = data[exc.start : exc.start + 1].hex()
            raise KgError(Errors.E011, path=where, offset=exc.start, byte=byte) from None
    elif b"\x00" in data[:4096]:
        raise KgError(Errors.E006, path=where)
    else:
        text = _decode(data, where)
    if "\x00" in text[:4096]:
        raise KgError(Errors.E006, path=where)
    return text


def _optional_string(record: dict[str, object], field: str, where: str) -> str | None:
    """A string field of a JSON record, or None when absent, null or empty."""
    value = record.get(field)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise KgError(Errors.E013, path=where, field=field, kind=type(value).__name__)
    return _valid(value, field, where).strip() or None


def _article_id(record: dict[str, object], default: str, where: str) -> str:
    value = record.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return _optional_string(record, "id", where) or _valid(default, "id", where)


def _iter_jsonl(path: Path, seen: dict[str, str]) -> Iterator[Article | Rejected]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            where = f"{path}:{number}"
            try:
                if len(raw) > MAX_FILE_BYTES:
                    raise KgError(Errors.E009, path=where, size=len(raw), limit=MAX_FILE_BYTES)
                line = _decode(raw, where)
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise KgError(Errors.E004, path=path, line=number, reason=exc.msg) from None
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise KgError(Errors.E005, path=path, line=number)
                article_id = _article_id(record, f"{path.stem}-{number}", where)
                text = normalise_text(record["text"], where)
                if not text:
                    raise KgError(Errors.E002, path=where)
                article = Article(
                    id=article_id,
                    text=text,
                    date=_check_date(_optional_string(record, "date", where), where),
                    title=_optional_string(record, "title", where),
                    url=_optional_string(record, "url", where),
                )
                yield _first_of_its_id(article, where, seen)
            except KgError as exc:
                yield Rejected.of(where, exc)


def _first_of_its_id(article: Article, where: str, seen: dict[str, str]) -> Article:
    """The article, if no earlier input of this run had its id (the events table's
    ``article`` column must name one article)."""
    if article.id in seen:
        raise KgError(Errors.E007, path=where, id=article.id, first=seen[article.id])
    seen[article.id] = where
    return article


def _iter_file(path: Path, seen: dict[str, str]) -> Iterator[Article | Rejected]:
    try:
        if path.suffix == ".jsonl":
            yield from _iter_jsonl(path, seen)
        elif path.suffix == ".txt":
            article = parse_txt(read_text_file(path), path.stem, str(path))
            yield _first_of_its_id(article, str(path), seen)
        else:
            raise KgError(Errors.E008, path=path)
    except KgError as exc:
        yield Rejected.of(path, exc)
    except OSError as exc:  # unreadable, vanished, a folder where a file was
        yield Rejected.of(path, KgError(Errors.E014, path=path, reason=exc.strerror or exc))


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _expand(path: Path) -> Iterator[Path | Rejected]:
    """Files under ``path`` in a stable order, skipping hidden files and folders and not
    following links to folders; an unreadable folder or a special file (FIFO, socket,
    device) named ``*.txt``/``*.jsonl`` is a rejection, not a silent skip."""
    if not path.is_dir():
        if path.is_file():
            yield path
        else:
            yield Rejected.of(path, KgError(Errors.E015, path=path))
        return
    found: list[tuple[Path, Rejected | None]] = []

    def unreadable(error: OSError) -> None:
        folder = Path(error.filename)
        reason = KgError(Errors.E014, path=folder, reason=error.strerror or error)
        found.append((folder, Rejected.of(folder, reason)))

    for folder, folders, files in os.walk(path, onerror=unreadable):
        folders[:] = [f for f in folders if not _hidden(f)]
        for name in files:
            child = Path(folder) / name
            if _hidden(name) or child.suffix not in SUFFIXES:
                continue
            try:
                regular = stat.S_ISREG(child.stat().st_mode)
            except OSError as exc:
                reason = KgError(Errors.E014, path=child, reason=exc.strerror or exc)
                found.append((child, Rejected.of(child, reason)))
                continue
            rejected = None if regular else Rejected.of(child, KgError(Errors.E015, path=child))
            found.append((child, rejected))
    for child, rejected in sorted(found, key=lambda pair: pair[0]):
        yield child if rejected is None else rejected


def _inputs(paths: Iterable[str | Path]) -> Iterator[Path | Rejected]:
    """Every file to read under ``paths``, in order and each once (a file named twice, or
    found in two folders named, is read once), or the rejection of a path that cannot
    be read: the one walk both reading and counting take, so the count is of what is
    read."""
    read: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Rejected.of(path, KgError(Errors.E001, path=path))
            continue
        for file in _expand(path):
            if isinstance(file, Rejected):
                yield file
            elif file.resolve() not in read:
                read.add(file.resolve())
                yield file


def count_articles(paths: Iterable[str | Path]) -> int:
    """A quick count of what :func:`iter_articles` yields for ``paths`` (the non-blank
    lines of a .jsonl file, one for any other file or rejected path), for progress:
    nothing is parsed, and a build that settles every input ends at this total."""
    total = 0
    for file in _inputs(paths):
        if isinstance(file, Path) and file.suffix == ".jsonl":
            try:
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejected]:
    """Lazily yield every article (or rejection) found under ``paths``, in order; a file
    named twice is read once, and an article id used twice is rejected the second time."""
    seen: dict[str, str] = {}
    for file in _inputs(paths):
        if isinstance(file, Rejected):
            yield file
        else:
            yield from _iter_file(file, seen)
