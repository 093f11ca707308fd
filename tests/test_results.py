"""A participle of result the parser hangs on a charge's verb (kg.extract.results): it is
hung on the charged act, and tells no act of the accuser."""

from __future__ import annotations

from spacy.tokens import Doc

from tests.docs import parsed
from tests.test_rules import pairs


def charged(participle: str) -> Doc:
    """ "Chile accused Peru of shelling Arica, {participle}.": the parser hangs the
    participle (its rows, heads counted from the sentence's start) on "accused"."""
    return parsed(f"""
Chile    1 nsubj PROPN NNP Chile GPE
accused  1 ROOT  VERB  VBD accuse
Peru     1 dobj  PROPN NNP Peru  GPE
of       1 prep  ADP   IN  of
shelling 3 pcomp VERB  VBG shell
Arica    4 dobj  PROPN NNP Arica GPE
,        1 punct PUNCT ,   ,
{participle}
.        1 punct PUNCT .   .
""")


CHARGED_WITH_A_TOLL = charged("""killing   1  advcl  VERB  VBG kill
ten       9  nummod NUM   CD  ten
civilians 7  dobj   NOUN  NNS civilian""")

CHARGED_AND_SAID = charged("""saying   1 advcl VERB  VBG say
it       9 nsubj PRON  PRP it
had      7 ccomp VERB  VBD have
proof    9 dobj  NOUN  NN  proof""")


def test_the_toll_of_a_charged_act_is_the_charge_s_not_an_act_of_the_accuser() -> None:
    """ "Chile accused Peru of shelling Arica, killing ten civilians": the killing is the
    shelling's result, hung on it, and told only as the charge tells the shelling; Chile
    killed no one."""
    doc = CHARGED_WITH_A_TOLL
    assert doc[7].head == doc[4]
    assert {(source, root) for source, root, _ in pairs(doc)} == {("chile", "11")}


def test_a_participle_of_saying_stays_the_accuser_s() -> None:
    """ "Chile accused Peru of shelling Arica, saying it had proof": Chile says so."""
    doc = CHARGED_AND_SAID
    assert doc[7].head == doc[1]
