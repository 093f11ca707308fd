"""Docs built by hand, as spaCy's own tests build them: a rule is then tested on the
parse it was written for, and a change of statistical model cannot make it pass or fail.

A Doc is written as a table, one token a line: the word, the index of its head, its
dependency label, coarse and fine part of speech, lemma, and optionally an entity label
(``B-GPE``/``I-GPE`` for a span of several tokens, a bare ``GPE`` for one token). The
sentences follow from the parse. Like the pipeline, :func:`parsed` then runs the
``kg_acronyms``, ``kg_agents``, ``kg_coordination``, ``kg_reports``, ``kg_gerunds``,
``kg_verbs``, ``kg_locations`` and ``kg_discards`` components, which tag the acronyms
the dictionaries code that the model left untagged, mark the dictionaries' agent nouns,
mend the clauses the parser misread around coordination and reports and the gerunds it
read as verbs, and mark the verb forms, the locative phrases and the discards.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from kg.extract.acronyms import AcronymTagger
from kg.extract.agents import AgentMatcher
from kg.extract.coordination import CoordinationMover
from kg.extract.discards import DiscardMatcher
from kg.extract.gerunds import GerundMender
from kg.extract.lexicon import VerbMatcher
from kg.extract.names import NameTagger
from kg.extract.places import LocationMatcher
from kg.extract.reports import ReportMender
from kg.extract.results import ResultMender

__all__ = ["parsed"]

NLP = spacy.blank("en")
VOCAB = NLP.vocab


@cache
def _components(
    nlp: Language,
) -> tuple[
    NameTagger,
    AcronymTagger,
    AgentMatcher,
    CoordinationMover,
    ReportMender,
    ResultMender,
    GerundMender,
    VerbMatcher,
    LocationMatcher,
    DiscardMatcher,
]:
    return (
        NameTagger(nlp),
        AcronymTagger(),
        AgentMatcher(nlp),
        CoordinationMover(nlp),
        ReportMender(nlp),
        ResultMender(nlp),
        GerundMender(),
        VerbMatcher(nlp),
        LocationMatcher(nlp),
        DiscardMatcher(nlp),
    )


def parsed(table: str, joined: Collection[int] = ()) -> Doc:
    """The Doc a table describes (see the module docstring); the words at ``joined`` are
    written together with the next one, as in "well-established" (the others are
    followed by a space, but for those before a full stop, a comma or "'s")."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    words, heads, deps, pos, tags, lemmas, ents = [], [], [], [], [], [], []
    for row in rows:
        word, head, dep, coarse, fine, lemma, *entity = row
        words.append(word)
        heads.append(int(head))
        deps.append(dep)
        pos.append(coarse)
        tags.append(fine)
        lemmas.append(lemma)
        label = entity[0] if entity else "O"
        ents.append(label if label == "O" or label[:2] in {"B-", "I-"} else f"B-{label}")
    spaces = [
        i + 1 < len(words) and words[i + 1] not in {".", ",", "'s"} and i not in joined
        for i in range(len(words))
    ]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        heads=heads,
        deps=deps,
        pos=pos,
        tags=tags,
        lemmas=lemmas,
        ents=ents,
    )
    names, acronyms, agents, coordination, reports, results, gerunds, verbs, locations, discards = (
        _components(NLP)
    )
    found = agents(acronyms(names(doc)))
    return discards(locations(verbs(gerunds(results(reports(coordination(found)))))))
