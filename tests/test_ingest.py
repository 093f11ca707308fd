from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest import Article, Rejected, content_hash, count_articles, iter_articles, parse_txt


def test_seed_header_on_the_same_line_as_text() -> None:
    article = parse_txt(" date 2023-11-07 The ongoing conflict.", "a", "a.txt")
    assert article.date == "2023-11-07"
    assert article.text == "The ongoing conflict."


def test_header_on_its_own_line_bom_and_crlf() -> None:
    article = parse_txt("\ufeffdate 2024-01-02\r\nFirst line.\r\nSecond.\rThird.", "a", "a.txt")
    assert article.date == "2024-01-02"
    assert article.text == "First line.\nSecond.\nThird."


def test_headerless_text_keeps_every_word() -> None:
    article = parse_txt("Dated reports say nothing.", "a", "a.txt")
    assert article.date is None
    assert article.text == "Dated reports say nothing."


def test_impossible_date_and_empty_files_are_rejected_by_name(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("date 2023-13-45 Text.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Hamas released hostages.", encoding="utf-8")
    items = list(iter_articles([tmp_path, tmp_path / "missing"]))
    rejected = {Path(r.where).name: r.reason for r in items if isinstance(r, Rejected)}
    assert "E003" in rejected["bad.txt"] and "2023-13-45" in rejected["bad.txt"]
    assert "E002" in rejected["empty.txt"]
    assert "E001" in rejected["missing"]
    assert [a.id for a in items if isinstance(a, Article)] == ["good"]


def test_jsonl_bad_lines_are_named_and_the_rest_kept(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "date": "2020-01-01", "title": "T", "url": None, "text": "One."}),
        "{not json",
        json.dumps({"id": "a2", "text": 5}),
        json.dumps({"id": "a1", "text": "Again."}),
        json.dumps({"id": "a3", "text": "Three."}),
    ]
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_articles([path]))
    assert [a.id for a in items if isinstance(a, Article)] == ["a1", "a3"]
    reasons = [r for r in items if isinstance(r, Rejected)]
    assert [r.where.rsplit(":", 1)[1] for r in reasons] == ["2", "3", "4"]
    assert (
        "E004" in reasons[0].reason and "E005" in reasons[1].reason and "E007" in reasons[2].reason
    )


def test_hidden_files_are_skipped_and_order_is_stable(tmp_path: Path) -> None:
    (tmp_path / ".hidden.txt").write_text("Secret.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("A.", encoding="utf-8")
    assert [a.id for a in iter_articles([tmp_path]) if isinstance(a, Article)] == ["a", "b"]


def test_article_identity_is_its_content() -> None:
    assert (
        Article("x", "Same text.").uid
        == Article("y", "Same text.").uid
        == content_hash("Same text.")
    )


def test_the_count_for_progress_is_what_reading_yields(tmp_path: Path) -> None:
    """A build's bar ends at its total only if the total counts what is read: a missing
    path is one rejection, a file named twice (or inside a folder also named) is read
    once, blank lines are nothing and bad lines are one rejection each."""
    lines = [json.dumps({"id": "a1", "text": "One."}), "", "{not json", "  "]
    news = tmp_path / "news.jsonl"
    news.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "good.txt").write_text("Hamas released hostages.", encoding="utf-8")
    (tmp_path / "table.csv").write_text("a,b\n", encoding="utf-8")
    paths = [news, tmp_path / "missing", tmp_path, news, tmp_path / "table.csv"]
    assert count_articles(paths) == len(list(iter_articles(paths))) == 6


def test_a_line_break_inside_a_sentence_is_a_space() -> None:
    """Wire copy wrapped at a fixed width breaks lines inside names ("Ana" / "Ruiz"),
    which splits them for the model: such a break is read as a space. A break after a
    sentence's end (a quote's too), an indented line and a blank line stay paragraphs."""
    raw = (
        "Chile said its foreign minister Ana\nRuiz will visit Peru and Bolivia in\n"
        'May.\nShe said: "We will go."\n    Then Bolivia will send its own envoy,\n'
        "and more.\n\nEnd"
    )
    assert parse_txt(raw, "t", "t.txt").text == (
        "Chile said its foreign minister Ana Ruiz will visit Peru and Bolivia in May.\n"
        'She said: "We will go."\n    Then Bolivia will send its own envoy, and more.\n\nEnd'
    )


@pytest.mark.parametrize(
    "raw",
    [
        "Chile Warns Peru\nLIMA - Chile accused Peru of moving troops to the border today.",
        "By Ana Ruiz\nLIMA, May 1 - Chile accused Peru of moving troops to the border.",
        "Losses:\n- Chile 4\n- Peru 12\nThe army attacked.",
        "Country   Troops\nChile     200\nPeru      300",
    ],
)
def test_headlines_bylines_lists_and_tables_keep_their_line_breaks(raw: str) -> None:
    """A line much shorter than the text's longest, a list item and a table row are no
    wrapped lines."""
    assert parse_txt(raw, "t", "t.txt").text.count("\n") == raw.count("\n")
