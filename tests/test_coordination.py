"""The ``kg_coordination`` component on hand-built parses: a speaker's second act that
the parser hung on the clause said, and a list read as an apposition (see
:mod:`kg.extract.coordination`)."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract import Extraction, extract
from kg.ingest import Article
from tests.docs import parsed


def run(doc: Doc) -> Extraction:
    return extract(Article("t", doc.text), doc)


# "Chile said the charges were false and …": the parser hangs the second verb on "were",
# as if the charges acted.
CHARGES_WERE_FALSE = """
Chile   1 nsubj PROPN NNP Chile   GPE
said    1 ROOT  VERB  VBD say
the     3 det   DET   DT  the
charges 4 nsubj NOUN  NNS charge
were    1 ccomp AUX   VBD be
false   4 acomp ADJ   JJ  false
and     4 cc    CCONJ CC  and
"""

# "… and warned Peru"
DESCRIBED_THEN_ACTS = parsed(
    CHARGES_WERE_FALSE
    + """
warned  4 conj  VERB  VBD warn
Peru    7 dobj  PROPN NNP Peru    GPE
.       1 punct PUNCT .   .
"""
)

# "Chile says the charges are false and warns Peru": the same in the present.
DESCRIBED_THEN_ACTS_NOW = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
says    1 ROOT  VERB  VBZ say
the     3 det   DET   DT  the
charges 4 nsubj NOUN  NNS charge
are     1 ccomp AUX   VBP be
false   4 acomp ADJ   JJ  false
and     4 cc    CCONJ CC  and
warns   4 conj  VERB  VBZ warn
Peru    7 dobj  PROPN NNP Peru    GPE
.       1 punct PUNCT .   .
""")

# "Chile said the minister was ill and cancelled the visit": a person may do the act.
A_PERSON_THEN_ACTS = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
said      1 ROOT  VERB  VBD say
the       3 det   DET   DT  the
minister  4 nsubj NOUN  NN  minister
was       1 ccomp AUX   VBD be
ill       4 acomp ADJ   JJ  ill
and       4 cc    CCONJ CC  and
cancelled 4 conj  VERB  VBD cancel
the       9 det   DET   DT  the
visit     7 dobj  NOUN  NN  visit
.         1 punct PUNCT .   .
""")

# "… and fell": no object, the charges' own verb.
DESCRIBED_THEN_FALLS = parsed(
    CHARGES_WERE_FALSE
    + """
fell    4 conj  VERB  VBD fall
.       1 punct PUNCT .   .
"""
)


# "Chile said the rebels were surrounded and attacked Peru": the rebels may well have.
PASSIVE_THEN_ACTS = parsed("""
Chile    1 nsubj     PROPN NNP Chile   GPE
said     1 ROOT      VERB  VBD say
the      3 det       DET   DT  the
rebels   5 nsubjpass NOUN  NNS rebel
were     5 auxpass   AUX   VBD be
surrounded 1 ccomp   VERB  VBN surround
and      5 cc        CCONJ CC  and
attacked 5 conj      VERB  VBD attack
Peru     7 dobj      PROPN NNP Peru    GPE
.        1 punct     PUNCT .   .
""")

# "Chile said ten soldiers were killed and wounded": a participle shares the passive.
PASSIVE_THEN_PASSIVE = parsed("""
Chile    1 nsubj     PROPN NNP Chile   GPE
said     1 ROOT      VERB  VBD say
ten      3 nummod    NUM   CD  ten
soldiers 5 nsubjpass NOUN  NNS soldier
were     5 auxpass   AUX   VBD be
killed   1 ccomp     VERB  VBN kill
and      5 cc        CCONJ CC  and
wounded  5 conj      VERB  VBN wound
.        1 punct     PUNCT .   .
""")


# "Chile said the attack had links to Peru and warned Peru": a clause of "have"
# describing a thing, the second verb hung on it.
HAD_THEN_ACTS = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
said    1 ROOT  VERB  VBD say
the     3 det   DET   DT  the
attack  4 nsubj NOUN  NN  attack
had     1 ccomp VERB  VBD have
links   4 dobj  NOUN  NNS link
and     4 cc    CCONJ CC  and
warned  4 conj  VERB  VBD warn
Peru    7 dobj  PROPN NNP Peru    GPE
.       1 punct PUNCT .   .
""")


def test_a_second_act_after_a_clause_of_having_is_the_speaker_s() -> None:
    """ "Chile said the attack had links and warned Peru": the attack has, and does
    nothing to an object; Chile warned."""
    assert HAD_THEN_ACTS[7].head.i == 1
    events = [(e.source, e.cameo[:2], e.target) for e in run(HAD_THEN_ACTS).events]
    assert ("chile", "13", "peru") in events


def test_an_act_after_a_passive_clause_stays_its_subject_s() -> None:
    assert PASSIVE_THEN_ACTS[7].head.i == 5


def test_a_participle_after_a_passive_clause_shares_it() -> None:
    assert PASSIVE_THEN_PASSIVE[7].head.i == 5


def test_a_second_act_after_a_described_clause_is_the_speaker_s() -> None:
    doc = DESCRIBED_THEN_ACTS
    assert (doc[7].head.i, doc[6].head.i) == (1, 1)  # "warned" and its "and" on "said"
    events = [(e.source, e.cameo[:2], e.target, e.said_by) for e in run(doc).events]
    assert ("chile", "13", "peru", None) in events


def test_a_second_act_in_the_present_is_the_speaker_s_too() -> None:
    assert DESCRIBED_THEN_ACTS_NOW[7].head.i == 1


def test_a_clause_whose_subject_could_act_keeps_its_verb() -> None:
    assert A_PERSON_THEN_ACTS[7].head.i == 4


def test_a_verb_without_an_object_stays_on_the_clause() -> None:
    assert DESCRIBED_THEN_FALLS[7].head.i == 4


def listed(after: str) -> Doc:
    """ "Chile, the United Nations and Peru{AFTER} accuse Bolivia …", parsed with "the
    United Nations" as an apposition to Chile holding "and Peru"; AFTER is nothing, a
    closing comma, or the auxiliary "have" (then "have accused")."""
    verb = 7 if not after else 8
    between = {
        "": "",
        ",": ",  0 punct PUNCT , ,\n",
        "have": f"have {verb} aux AUX VBP have\n",
    }[after]
    form = "accused VBN" if after == "have" else "accuse VBP"
    return parsed(f"""
Chile   {verb} nsubj PROPN NNP Chile   GPE
,       0 punct PUNCT ,   ,
the     4 det   DET   DT  the      B-ORG
United  4 compound PROPN NNP United I-ORG
Nations 0 appos PROPN NNP Nations  I-ORG
and     4 cc    CCONJ CC  and
Peru    4 conj  PROPN NNP Peru     GPE
{between}{form.split()[0]} {verb} ROOT VERB {form.split()[1]} accuse
Bolivia {verb} dobj PROPN NNP Bolivia GPE
.       {verb} punct PUNCT . .
""")


def test_an_apposition_holding_a_coordination_that_runs_on_is_a_list_member() -> None:
    """ "Chile, the United Nations and Peru accuse Bolivia": an apposition opened by a
    comma, holding "and Peru", with no comma closing it before the verb, is the second
    of three accusers; set off by a closing comma it stays an apposition."""
    doc = listed("")
    assert doc[4].dep_ == "conj"
    accusers = {e.source for e in run(doc).events if e.cameo[:2] == "11"}
    assert accusers == {"chile", "united_nations", "peru"}
    assert listed(",")[4].dep_ == "appos"


# "Chile accused Peru of arming rebels and called on Bolivia to help", with "called"
# hung on "arming", as if Peru were accused of calling.
ON_A_GERUND = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
accused 1 ROOT  VERB  VBD accuse
Peru    1 dobj  PROPN NNP Peru    GPE
of      1 prep  ADP   IN  of
arming  3 pcomp VERB  VBG arm
rebels  4 dobj  NOUN  NNS rebel
and     4 cc    CCONJ CC  and
called  4 conj  VERB  VBD call
on      7 prep  ADP   IN  on
Bolivia 8 pobj  PROPN NNP Bolivia GPE
to      11 aux  PART  TO  to
help    7 advcl VERB  VB  help
.       1 punct PUNCT .   .
""")


def test_a_finite_verb_coordinated_on_a_gerund_goes_with_the_verb_of_its_tense() -> None:
    """ "Chile accused Peru of arming rebels and called on Bolivia to help": a past
    tense is no conjunct of a gerund; "called" is Chile's second act, beside
    "accused"."""
    assert (ON_A_GERUND[7].head.i, ON_A_GERUND[6].head.i) == (1, 1)
    events = {(e.source, e.cameo[:2], e.target) for e in run(ON_A_GERUND).events}
    assert ("chile", "02", "bolivia") in events


# "Chile said the convoy had weapons and attacked Peru": a thing that has may act next.
THING_HAD_THEN_ACTS = parsed("""
Chile    1 nsubj PROPN NNP Chile   GPE
said     1 ROOT  VERB  VBD say
the      3 det   DET   DT  the
convoy   4 nsubj NOUN  NN  convoy
had      1 ccomp VERB  VBD have
weapons  4 dobj  NOUN  NNS weapon
and      4 cc    CCONJ CC  and
attacked 4 conj  VERB  VBD attack
Peru     7 dobj  PROPN NNP Peru    GPE
.        1 punct PUNCT .   .
""")


def test_a_clause_of_having_whose_subject_may_act_keeps_its_verb() -> None:
    """ "Chile said the convoy had weapons and attacked Peru": a convoy, no act, may be
    what attacked; only a noun of an act leaves the second verb to the speaker."""
    assert THING_HAD_THEN_ACTS[7].head.i == 4


def test_a_list_read_as_an_apposition_may_run_into_its_verb_s_auxiliary() -> None:
    """ "Chile, the United Nations and Peru have accused Bolivia": the auxiliary stands
    between the list and its verb."""
    assert listed("have")[4].dep_ == "conj"


# "Peru said the rebel was arrested after attacking a post and killed two soldiers",
# "killed" hung on "attacking": the gerund is no prepositional object of a past verb.
GERUND_UNDER_A_PASSIVE = parsed("""
Peru      1 nsubj     PROPN NNP Peru   GPE
said      1 ROOT      VERB  VBD say
the       3 det       DET   DT  the
rebel     5 nsubjpass NOUN  NN  rebel
was       5 auxpass   AUX   VBD be
arrested  1 ccomp     VERB  VBN arrest
after     5 prep      ADP   IN  after
attacking 6 pcomp     VERB  VBG attack
a         9 det       DET   DT  a
post      7 dobj      NOUN  NN  post
and       7 cc        CCONJ CC  and
killed    7 conj      VERB  VBD kill
two       13 nummod   NUM   CD  two
soldiers  11 dobj     NOUN  NNS soldier
.         1 punct     PUNCT .   .
""")


def test_a_finite_verb_on_a_gerund_moves_only_to_the_verb_of_its_phrase() -> None:
    """The gerund's phrase is the passive's ("was arrested after attacking"), whose
    tense is no past of the same form: "killed" stays where the parser hung it."""
    assert GERUND_UNDER_A_PASSIVE[11].head.i == 7
