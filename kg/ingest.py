"""Read articles from files and folders into plain :class:`Article` records.

Two formats are accepted: ``.txt`` (an optional ``date YYYY-MM-DD`` header, then the
text) and ``.jsonl`` (one ``{id, date, title, url, text}`` object a line). Reading is
lazy and every bad file or line becomes a :class:`Rejected` record instead of an
exception, so one bad input never costs the good ones.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import KgError

__all__ = ["Article", "Rejected", "content_hash", "count_articles", "iter_articles", "parse_txt"]

_HEADER = re.compile(r"\A\s*date\s+(\S+)\s*", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(p|div|br|span|a|b|i|em|strong|h[1-6]|li|ul|ol|table|tr|td|html|body|script|style)\b[^>]*>",
    re.I,
)
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
    """An input that could not become an article, with the reason a user can act on."""

    where: str
    reason: str


def content_hash(text: str) -> str:
    """Short SHA-256 of the text: the article's identity in IRIs and the store."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _check_date(value: str | None, where: str) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise KgError("E003", path=where, value=value) from None


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


def _normalise(text: str, where: str) -> str:
    text = strip_html(text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > MAX_CHARS:
        raise KgError("E009", path=where, size=len(text), limit=MAX_CHARS)
    return text


def parse_txt(raw: str, article_id: str, where: str) -> Article:
    """Split the optional date header from the body of a ``.txt`` article."""
    text = _normalise(raw, where)
    date = None
    match = _HEADER.match(text)
    if match and re.fullmatch(r"[\d-]+", match.group(1)):
        date = _check_date(match.group(1), where)
        text = text[match.end() :].strip()
    if not text:
        raise KgError("E002", path=where)
    return Article(id=article_id, text=text, date=date)


def _decode(data: bytes, where: str) -> str:
    """Strict UTF-8: a byte that is not is named by offset, and the input rejected, rather
    than silently replaced (a wrong encoding garbles names, and so actors)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise KgError(
            "E011", path=where, offset=exc.start, byte=data[exc.start : exc.start + 1].hex()
        ) from None


def _read_text(path: Path) -> str:
    if path.stat().st_size > MAX_FILE_BYTES:
        raise KgError("E009", path=path, size=path.stat().st_size, limit=MAX_FILE_BYTES)
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise KgError("E006", path=path)
    return _decode(data, str(path))


def _iter_jsonl(path: Path) -> Iterator[Article | Rejected]:
    seen: dict[str, int] = {}
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, 1):
            if not raw.strip():
                continue
            try:
                if len(raw) > MAX_FILE_BYTES:
                    raise KgError(
                        "E009", path=f"{path}:{number}", size=len(raw), limit=MAX_FILE_BYTES
                    )
                line = _decode(raw, f"{path}:{number}")
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise KgError("E004", path=path, line=number, reason=exc.msg) from None
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise KgError("E005", path=path, line=number)
                article_id = str(record.get("id") or f"{path.stem}-{number}")
                if article_id in seen:
                    raise KgError(
                        "E007", path=path, line=number, id=article_id, first=seen[article_id]
                    )
                seen[article_id] = number
                text = _normalise(record["text"], f"{path}:{number}")
                if not text:
                    raise KgError("E002", path=f"{path}:{number}")
                yield Article(
                    id=article_id,
                    text=text,
                    date=_check_date(record.get("date"), f"{path}:{number}"),
                    title=record.get("title") or None,
                    url=record.get("url") or None,
                )
            except KgError as exc:
                yield Rejected(f"{path}:{number}", str(exc))


def _iter_file(path: Path) -> Iterator[Article | Rejected]:
    try:
        if path.suffix == ".jsonl":
            yield from _iter_jsonl(path)
        elif path.suffix == ".txt":
            yield parse_txt(_read_text(path), path.stem, str(path))
        else:
            raise KgError("E008", path=path)
    except KgError as exc:
        yield Rejected(str(path), str(exc))


def _expand(path: Path) -> Iterator[Path]:
    """Files under ``path`` in a stable order, skipping hidden files and folders."""
    if path.is_file():
        yield path
        return
    for child in sorted(path.rglob("*")):
        relative = child.relative_to(path)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if child.is_file() and child.suffix in SUFFIXES:
            yield child


def count_articles(paths: Iterable[str | Path]) -> int:
    """A quick count of the articles under ``paths`` (lines of .jsonl files, one per .txt),
    for progress: bad ones included, nothing parsed."""
    total = 0
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            continue
        for file in _expand(path):
            if file.suffix == ".jsonl":
                with file.open("rb") as handle:
                    total += sum(1 for line in handle if line.strip())
            else:
                total += 1
    return total


def iter_articles(paths: Iterable[str | Path]) -> Iterator[Article | Rejected]:
    """Lazily yield every article (or rejection) found under ``paths``, in order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Rejected(str(path), str(KgError("E001", path=path)))
            continue
        for file in _expand(path):
            yield from _iter_file(file)
