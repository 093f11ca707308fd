"""Parse and extract: articles in, extraction records out, in one process.

The glue between :mod:`kg.nlp` and :mod:`kg.extract`, shared by ``kg build`` (directly
or in workers, see :mod:`kg.parallel`), ``kg extract`` and the benchmarks.
"""

from __future__ import annotations

import itertools
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from spacy.tokens import Doc

from kg.errors import Errors, KgError
from kg.extract import Extraction, extract
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ingest import Article, Rejected
from kg.nlp import DEFAULT_MODEL, load_pipeline, parse, parse_sentence
from kg.ontology import load_ontology
from kg.vocabulary import Vocabulary

__all__ = ["extract_articles"]


def extract_articles(
    articles: Iterable[Article],
    model: str = DEFAULT_MODEL,
    ontologies: Sequence[Path] = (),
    lexicons: tuple[str, ...] = (),
    one_sentence: bool = False,
    loading: Callable[[], AbstractContextManager[object]] = nullcontext,
) -> Iterator[Extraction | Rejected]:
    """Parse and extract articles lazily (an article extraction fails on is rejected, see
    :func:`extracted`), with the ``ontologies``' classes and triggers and
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
        yield extracted(article, doc, vocab, gazetteer)


def extracted(
    article: Article, doc: Doc, vocab: Vocabulary, gazetteer: Gazetteer
) -> Extraction | Rejected:
    """The extraction of one parsed article, or, where extraction fails (a bug in kg,
    whatever the text), the article rejected with the failure and where it happened:
    one article kg cannot read must not lose a build of thousands, nor go unreported."""
    try:
        return extract(article, doc, vocab, gazetteer)
    except Exception as exc:  # any failure here is kg's, told per article
        frame = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(frame.filename).name}:{frame.lineno} ({frame.name})"
        error = KgError(Errors.E091, article=article.id, failure=repr(exc), where=where)
        return Rejected.of(article.id, error)
