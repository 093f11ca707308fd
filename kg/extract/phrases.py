"""Dictionary phrases as PhraseMatcher rules on lower case, tokenised once per machine.

kg's components match thousands of dictionary phrases: the verb forms of the event
lexicon (:mod:`kg.extract.lexicon`) and the agent nouns (:mod:`kg.extract.agents`).
Tokenising them into pattern Docs took longer than loading the spaCy model, and every
process paid it, ``kg extract "one sentence"`` included. The words of each phrase are
kept in kg's disk cache (:mod:`kg.cache`), keyed by the phrases and by the model whose
tokenizer split them; the matcher is given each phrase as the sequence of its words'
lower-case ids, the form in which spaCy's PhraseMatcher keeps its rules (and restores
them when unpickled), so no pattern Doc is built at all.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from spacy import about
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from kg.cache import cached

__all__ = ["lower_case_matcher", "phrase_words"]


def phrase_words(nlp: Language, phrases: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Each phrase's words in lower case, as the model's tokenizer splits it."""
    texts = sorted(set(phrases))
    tokenizer = [nlp.lang, nlp.meta.get("name", ""), nlp.meta.get("version", ""), about.__version__]
    return cached(
        "phrases",
        [*tokenizer, *texts, Path(__file__)],
        lambda: {text: tuple(t.lower_ for t in nlp.make_doc(text)) for text in texts},
    )


def lower_case_matcher(nlp: Language, rules: Mapping[str, Sequence[str]]) -> PhraseMatcher:
    """A PhraseMatcher on lower case with a rule per label, matching its phrases."""
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    words = phrase_words(nlp, [p for phrases in rules.values() for p in phrases])
    strings = nlp.vocab.strings
    for label, phrases in rules.items():
        keys = [[strings.add(w) for w in words[p]] for p in phrases if words[p]]
        # The documented form of a rule is a Doc; its key sequence is what add() keeps.
        matcher.add(label, keys)  # type: ignore[arg-type]
    return matcher
