"""Parse and extract: articles in, extraction records out, in one process.

The glue between :mod:`kg.nlp` and :mod:`kg.extract`, shared by ``kg build`` (directly
or in workers, see :mod:`kg.parallel`), ``kg extract`` and the benchmarks.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from spacy.tokens import Doc

from kg.extract import Extraction, extract
from kg.gazetteer import load_gazetteer
from kg.ingest import Article
from kg.nlp import DEFAULT_MODEL, load_pipeline, parse, parse_sentence
from kg.ontology import load_ontology

__all__ = ["extract_articles"]


def extract_articles(
    articles: Iterable[Article],
    model: str = DEFAULT_MODEL,
    ontologies: Sequence[Path] = (),
    lexicons: tuple[str, ...] = (),
    one_sentence: bool = False,
    loading: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Iterator[Extraction]:
    """Parse and extract articles lazily, with the ``ontologies``' classes and triggers and
    the verb dictionaries of ``lexicons`` (checked ones: see
    :func:`kg.extract.lexicon.check_lexicons`); ``one_sentence`` keeps each text one sentence.
    The model is loaded only once there is an article to parse, inside ``loading()``
    (a build's progress shows it: seconds in which no article can finish)."""
    iterator = iter(articles)
    first = next(iterator, None)
    if first is None:
        return
    articles = itertools.chain([first], iterator)
    with loading():
        vocab = load_ontology(ontologies).vocabulary
        gazetteer = load_gazetteer()
        nlp = load_pipeline(model, lexicons)
    if one_sentence:
        pairs: Iterable[tuple[Article, Doc]] = (
            (a, parse_sentence(nlp, a.text, name=a.id)) for a in articles
        )
    else:
        pairs = parse(nlp, articles)
    for article, doc in pairs:
        yield extract(article, doc, vocab, gazetteer)
