"""A report's source after the clause it reports, which the parser misreads.

News puts the source of a report after the report, behind a comma: "Israeli forces
arrested 25 Palestinians in raids, the Prisoners' Society said"; "U.S. warplanes struck
Houthi targets, the group's television reported". The parser reads the report's verb
as the root of the sentence or as a clause of the act, and two of its misreadings
leave the verb of saying with two subjects, the reported clause's subject or object
and its own, after the comma:

* the act read as a participle modifying its subject ("forces [arrested 25
  Palestinians]"), the subject then taken for the speaker's. A form tagged as a past,
  or a participle with a direct object, which a passive one has only of a verb of two
  objects (:func:`~kg.extract.clauses.finite_form`), is the reported clause's verb:
  the ``kg_reports`` component hangs it on the verb of saying as the clause it reports,
  with the noun before it as its subject;
* the act's object read as the subject of the verb of saying, which the parser hung on
  the act ("struck [Houthi targets ... the television reported]"): an act with no
  object of its own, whose verb of saying has a subject of its own after the comma, acts
  on that noun, and the component makes it the act's object, and the act, where it was
  the sentence's root, the clause the verb of saying reports.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from kg.extract.clauses import finite_form
from kg.ontology import load_ontology

__all__ = ["ReportMender"]

SUBJECTS = ["nsubj", "nsubjpass"]

# A verb with two subjects, the first with a past form or participle hung on it.
ACT_READ_AS_PARTICIPLE: list[dict[str, object]] = [
    {"RIGHT_ID": "act", "RIGHT_ATTRS": {"DEP": "acl", "TAG": {"IN": ["VBN", "VBD"]}}},
    {"LEFT_ID": "act", "REL_OP": "<", "RIGHT_ID": "doer", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    {"LEFT_ID": "doer", "REL_OP": "<", "RIGHT_ID": "saying", "RIGHT_ATTRS": {"POS": "VERB"}},
    {
        "LEFT_ID": "saying",
        "REL_OP": ">",
        "RIGHT_ID": "speaker",
        "RIGHT_ATTRS": {"DEP": {"IN": SUBJECTS}},
    },
]

# A verb of saying hung on an act without an object, with two subjects.
OBJECT_READ_AS_SPEAKER: list[dict[str, object]] = [
    {"RIGHT_ID": "saying", "RIGHT_ATTRS": {"DEP": "ccomp", "POS": "VERB"}},
    {"LEFT_ID": "saying", "REL_OP": "<", "RIGHT_ID": "act", "RIGHT_ATTRS": {"POS": "VERB"}},
    {"LEFT_ID": "saying", "REL_OP": ">", "RIGHT_ID": "object", "RIGHT_ATTRS": {"DEP": "nsubj"}},
    {
        "LEFT_ID": "saying",
        "REL_OP": ">",
        "RIGHT_ID": "speaker",
        "RIGHT_ATTRS": {"DEP": {"IN": SUBJECTS}},
    },
]

PARTICIPLE, OBJECT = "act_read_as_participle", "object_read_as_speaker"  # the patterns' keys


def _after_a_comma(first: Token, second: Token) -> bool:
    """Whether a comma stands between two words, the second's phrase opening after it."""
    between = first.doc[first.i : second.left_edge.i]
    return first.i < second.i and any(t.text == "," for t in between)


class ReportMender:
    """Gives a report's misread clause back its verb and object (see the module
    docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.speaking = load_ontology().vocabulary.speaking
        self.matcher = DependencyMatcher(nlp.vocab)
        self.matcher.add(PARTICIPLE, [ACT_READ_AS_PARTICIPLE])
        self.matcher.add(OBJECT, [OBJECT_READ_AS_SPEAKER])

    def __call__(self, doc: Doc) -> Doc:
        for key, tokens in self.matcher(doc):
            if doc.vocab.strings[key] == PARTICIPLE:
                act, doer, saying, speaker = (doc[i] for i in tokens)
                finite = finite_form(act)
                if finite and self._reports(saying, speaker) and _after_a_comma(act, speaker):
                    act.head, act.dep_, act.tag_ = saying, "ccomp", "VBD"
                    doer.head = act
            else:
                saying, act, obj, speaker = (doc[i] for i in tokens)
                if (
                    self._reports(saying, speaker)
                    and act.i < obj.i
                    and _after_a_comma(obj, speaker)
                    and not any(c.dep_ == "dobj" for c in act.children)
                ):
                    obj.head, obj.dep_ = act, "dobj"
                    if act.dep_ == "ROOT":  # the report's verb is the sentence's, as it reads
                        saying.head, saying.dep_ = saying, "ROOT"
                        act.head, act.dep_ = saying, "ccomp"
        return doc

    def _reports(self, saying: Token, speaker: Token) -> bool:
        """Whether a verb is one of saying, its speaker named after the report."""
        return saying.lemma_.lower() in self.speaking and speaker.i < saying.i


@Language.factory("kg_reports")
def make_report_mender(nlp: Language, name: str) -> ReportMender:
    """The ``kg_reports`` component (see the module docstring)."""
    return ReportMender(nlp)
