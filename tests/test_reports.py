"""The ``kg_reports`` component on hand-built parses: a report's clause whose verb or
object the parser gave the verb of saying after it (see :mod:`kg.extract.reports`)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import Extraction, extract
from kg.ingest import Article
from tests.docs import parsed


def run(doc: Doc) -> Extraction:
    return extract(Article("t", doc.text), doc)


def arrested(objects: bool) -> Doc:
    """ "Chilean police arrested [ten Peruvians], Peru said", read with "arrested" as a
    participle on "police", the speaker's second subject."""
    taken = "ten 4 nummod NUM CD ten\nPeruvians 2 dobj PROPN NNPS Peruvians NORP" if objects else ""
    said = 7 if objects else 5
    return parsed(f"""
Chilean  1 amod  ADJ  JJ  chilean  NORP
police   {said} nsubj NOUN NNS police
arrested 1 acl   VERB VBN arrest
{taken}
,        {said} punct PUNCT , ,
Peru     {said} nsubj PROPN NNP Peru GPE
said     {said} ROOT  VERB VBD say
.        {said} punct PUNCT . .
""")


# "Chilean warplanes struck Peruvian targets, Bolivia reported", read with "targets" as the
# subject of "reported", a clause of "struck".
STRUCK = parsed("""
Chilean   1 amod  ADJ  JJ  chilean NORP
warplanes 2 nsubj NOUN NNS warplane
struck    2 ROOT  VERB VBD strike
Peruvian  4 amod  ADJ  JJ  peruvian NORP
targets   7 nsubj NOUN NNS target
,         7 punct PUNCT , ,
Bolivia   7 nsubj PROPN NNP Bolivia GPE
reported  2 ccomp VERB VBD report
.         2 punct PUNCT . .
""")


def test_a_participle_with_an_object_before_a_report_is_the_reported_act() -> None:
    """ "Chilean police arrested ten Peruvians, Peru said": a passive participle takes
    no object, so "arrested" is the clause Peru reports, with the police its subject."""
    doc = arrested(objects=True)
    assert (doc[2].head.i, doc[2].dep_, doc[1].head.i) == (7, "ccomp", 2)
    found = {(e.source, e.cameo[:2], e.said_by) for e in run(doc).events}
    assert ("chilean_police", "17", "peru") in found


def test_a_participle_without_an_object_stays_one() -> None:
    """ "Chilean police arrested, Peru said …": no object, no act to give back."""
    doc = arrested(objects=False)
    assert (doc[2].head.i, doc[2].dep_) == (1, "acl")


def test_an_object_read_as_the_speaker_s_subject_is_the_act_s_object() -> None:
    """ "Chilean warplanes struck Peruvian targets, Bolivia reported": the act has no
    object and the report has a subject of its own after the comma; the targets are
    struck, and Bolivia reports the strike."""
    assert (STRUCK[4].head.i, STRUCK[4].dep_) == (2, "dobj")
    assert (STRUCK[7].dep_, STRUCK[2].head.i, STRUCK[2].dep_) == ("ROOT", 7, "ccomp")
    found = {(e.source, e.cameo[:2], e.target, e.said_by) for e in run(STRUCK).events}
    assert ("chilean_military", "19", "peru", "bolivia") in found
