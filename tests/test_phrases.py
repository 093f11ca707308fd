"""Dictionary phrases as PhraseMatcher rules (kg.extract.phrases): tokenised as the model
splits them, read back from the cache by later processes, and matched on lower case."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from kg.cache import CACHE_ENV
from kg.extract import phrases
from kg.extract.phrases import lower_case_matcher

RULES = {"VERB": ["set up", "co-operate"], "AGENT": ["Troops", "peace-keeper"]}


def matched(rules: dict[str, list[str]], text: str) -> set[tuple[str, str]]:
    nlp = spacy.blank("en")
    doc = nlp(text)
    return {(span.label_, span.text) for span in lower_case_matcher(nlp, rules)(doc, as_spans=True)}


def test_phrases_match_as_the_tokenizer_splits_them_on_lower_case(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A hyphenated word is three tokens ("co", "-", "operate"); a phrase matches in
    any case, whatever case the dictionary wrote it in."""
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    text = "TROOPS set up posts and Co-operate with a peace-keeper."
    expected = {
        ("AGENT", "TROOPS"),
        ("VERB", "set up"),
        ("VERB", "Co-operate"),
        ("AGENT", "peace-keeper"),
    }
    assert matched(RULES, text) == expected


def test_a_later_process_reads_the_words_back_without_tokenising(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    nlp = spacy.blank("en")
    first = phrases.phrase_words(nlp, RULES["VERB"])
    assert first == {"co-operate": ("co", "-", "operate"), "set up": ("set", "up")}

    def refuse(text: str) -> None:
        raise AssertionError(f"tokenised {text!r} again")

    monkeypatch.setattr(nlp, "make_doc", refuse)
    assert phrases.phrase_words(nlp, RULES["VERB"]) == first
    with pytest.raises(AssertionError, match="again"):  # another list is split afresh
        phrases.phrase_words(nlp, [*RULES["VERB"], "new phrase"])
