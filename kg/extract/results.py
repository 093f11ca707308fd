"""A participle of result that the parser hangs on the verb of a charge, not on the act
charged.

"Yemen's government accused the Houthis of shelling residential areas in Taiz, killing
three women": the killing is the shelling's result, told as the Houthis' in the charge,
but the parser hangs "killing" on "accused", and a participle of result is done by the
subject of the verb it hangs on, so the accuser became the killer. Wire stories tell a
charge so every day ("blamed the rebels for shelling the market, killing 12").

The ``kg_results`` component hangs such a participle (an adverbial clause in "-ing", with
no subject or marker of its own, after a comma) on the gerund of the charge (the object
of the verb's "of" or "for", before it), where the verb is not one of saying whose own
act the participle tells ("accused Iran of lying, saying it had proof": said by the
accuser). What the charge's gerund states is then stated by the participle too: a
theme, no act the text reports (see :mod:`kg.extract.classify`).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Token

from kg.ontology import load_ontology

__all__ = ["ResultMender"]

# A verb with a gerund after its "of" or "for" and a participle in "-ing" of its own.
RESULT_OF_A_CHARGE: list[dict[str, object]] = [
    {"RIGHT_ID": "charge", "RIGHT_ATTRS": {"POS": "VERB"}},
    {
        "LEFT_ID": "charge",
        "REL_OP": ">",
        "RIGHT_ID": "prep",
        "RIGHT_ATTRS": {"DEP": "prep", "LOWER": {"IN": ["of", "for"]}},
    },
    {
        "LEFT_ID": "prep",
        "REL_OP": ">",
        "RIGHT_ID": "act",
        "RIGHT_ATTRS": {"DEP": "pcomp", "TAG": "VBG"},
    },
    {
        "LEFT_ID": "charge",
        "REL_OP": ">",
        "RIGHT_ID": "result",
        "RIGHT_ATTRS": {"DEP": "advcl", "TAG": "VBG"},
    },
]


class ResultMender:
    """Hangs a charged act's participle of result on that act (see the module
    docstring)."""

    def __init__(self, nlp: Language) -> None:
        self.speaking = load_ontology().vocabulary.speaking
        self.matcher = DependencyMatcher(nlp.vocab)
        self.matcher.add("result_of_a_charge", [RESULT_OF_A_CHARGE])

    def __call__(self, doc: Doc) -> Doc:
        for _key, tokens in self.matcher(doc):
            _charge, _prep, act, result = (doc[i] for i in tokens)
            if self._of_the_act(act, result):
                result.head = act
        return doc

    def _of_the_act(self, act: Token, result: Token) -> bool:
        """Whether a participle tells the result of the charged act: after it and a
        comma, with no subject or marker of its own, and no verb of saying."""
        between = act.doc[act.right_edge.i + 1 : result.left_edge.i + 1]
        return (
            act.right_edge.i < result.i
            and any(t.text == "," for t in between)
            and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in result.children)
            and result.lemma_.lower() not in self.speaking
        )


@Language.factory("kg_results")
def make_result_mender(nlp: Language, name: str) -> ResultMender:
    """The ``kg_results`` component (see the module docstring)."""
    return ResultMender(nlp)
