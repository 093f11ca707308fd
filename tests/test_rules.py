"""The rules the event lexicon will keep, on parses written out by hand (no model):
attribution, modality, negation, themes, pronouns and their confidence, names."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc

from kg.extract import Extraction, extract
from kg.extract.abbreviations import defined_abbreviations
from kg.extract.actors import _composed_code, _signer
from kg.extract.arguments import small_clause_subjects, words_text
from kg.extract.classify import is_irrealis
from kg.extract.clauses import (
    done_by_means,
    finite_on_its_subject,
    is_passive,
    reciprocal_pronoun,
    subjects,
)
from kg.extract.coding import Coder
from kg.extract.lexicon import (
    NOMINALS,
    SHIPPED,
    VerbMatcher,
    check_lexicons,
    lexicon_code,
    noun_code,
)
from kg.extract.triggers import dictionary_noun
from kg.gazetteer import load_gazetteer
from kg.ingest import Article
from kg.ontology import load_ontology
from tests.docs import NLP, parsed


def run(doc: Doc) -> Extraction:
    return extract(Article("t", doc.text), doc)


NEGATED = parsed("""
Egypt     3 nsubj PROPN NNP Egypt     GPE
did       3 aux   AUX   VBD do
not       3 neg   PART  RB  not
criticize 3 ROOT  VERB  VB  criticize
Israel    3 dobj  PROPN NNP Israel    GPE
.         3 punct PUNCT .   .
""")

REPORTED_CONDITION = parsed("""
Chile    1 nsubj PROPN NNP Chile   GPE
said     1 ROOT  VERB  VBD say
Peru     4 nsubj PROPN NNP Peru    GPE
would    4 aux   AUX   MD  would
accuse   1 ccomp VERB  VB  accuse
Bolivia  4 dobj  PROPN NNP Bolivia GPE
if       8 mark  SCONJ IN  if
talks    8 nsubj NOUN  NNS talk
failed   4 advcl VERB  VBD fail
.        1 punct PUNCT .   .
""")

HEDGED = parsed("""
Chile   2 nsubj PROPN NNP Chile GPE
could   2 aux   AUX   MD  could
condemn 2 ROOT  VERB  VB  condemn
Peru    2 dobj  PROPN NNP Peru  GPE
.       2 punct PUNCT .   .
""")

REPORTED_INTENT = parsed("""
Bolivia 1 nsubj PROPN NNP Bolivia GPE
said    1 ROOT  VERB  VBD say
it      4 nsubj PRON  PRP it
would   4 aux   AUX   MD  would
accuse  1 ccomp VERB  VB  accuse
Peru    4 dobj  PROPN NNP Peru    GPE
of      4 prep  ADP   IN  of
spying  6 pobj  VERB  VBG spy
.       1 punct PUNCT .   .
""")

PRONOUN = parsed("""
Iran      1 nsubj PROPN NNP Iran    GPE
attacked  1 ROOT  VERB  VBD attack
Iraq      1 dobj  PROPN NNP Iraq    GPE
.         1 punct PUNCT .   .
It        5 nsubj PRON  PRP it
condemned 5 ROOT  VERB  VBD condemn
Egypt     5 dobj  PROPN NNP Egypt   GPE
.         5 punct PUNCT .   .
""")

THEME = parsed("""
Egypt    1 nsubj    PROPN NNP Egypt    GPE
accused  1 ROOT     VERB  VBD accuse
Israel   1 dobj     PROPN NNP Israel   GPE
of       1 prep     ADP   IN  of
shelling 3 pcomp    VERB  VBG shell
the      7 det      DET   DT  the
border   7 compound NOUN  NN  border
town     4 dobj     NOUN  NN  town
.        1 punct    PUNCT .   .
""")

SURNAME = parsed("""
Ambassador 2 compound PROPN NNP Ambassador
Maria      2 compound PROPN NNP Maria      B-PERSON
Lopez      3 nsubj    PROPN NNP Lopez      I-PERSON
criticised 3 ROOT     VERB  VBD criticise
Peru       3 dobj     PROPN NNP Peru       GPE
.          3 punct    PUNCT .   .
Lopez      7 nsubj    PROPN NNP Lopez      PERSON
praised    7 ROOT     VERB  VBD praise
Chile      7 dobj     PROPN NNP Chile      GPE
.          7 punct    PUNCT .   .
""")


def test_not_sets_negated_and_keeps_the_act() -> None:
    (event,) = run(NEGATED).events
    assert (event.source, event.cameo, event.target) == ("egypt", "111", "israel")
    assert event.negated is True and event.modality == "asserted"


def test_reported_speech_names_the_speaker_and_if_makes_it_conditional() -> None:
    (event,) = [e for e in run(REPORTED_CONDITION).events if e.source == "peru"]
    assert (event.cameo, event.target, event.said_by) == ("112", "bolivia", "chile")
    assert event.modality == "conditional"


CONDITION = parsed("""
Peru    2 nsubj PROPN NNP Peru    GPE
will    2 aux   AUX   MD  will
protest 2 ROOT  VERB  VB  protest
if      5 mark  SCONJ IN  if
Chile   5 nsubj PROPN NNP Chile   GPE
attacks 2 advcl VERB  VBZ attack
Bolivia 5 dobj  PROPN NNP Bolivia GPE
.       2 punct PUNCT .   .
""")


def test_the_act_an_if_clause_names_is_no_event() -> None:
    """ "Peru will protest if Chile attacks Bolivia": Peru's protest to come, on a
    condition, is a threat it makes now (13, asserted: a threat states its condition);
    the attack is a supposition nobody reports, so no coder codes it."""
    found = {(e.source, e.cameo, e.target): e.modality for e in run(CONDITION).events}
    assert found == {("peru", "130", "chile"): "asserted"}


def _complaint(condition: bool) -> Doc:
    """ "Peru will file a complaint with GATT [if Chile imposes tariffs]."."""
    clause = "\nif 9 mark SCONJ IN if\nChile 9 nsubj PROPN NNP Chile GPE\n"
    clause += "imposes 2 advcl VERB VBZ impose\ntariffs 9 dobj NOUN NNS tariff"
    return parsed(f"""
Peru      2 nsubj PROPN NNP Peru GPE
will      2 aux   AUX   MD  will
file      2 ROOT  VERB  VB  file
a         4 det   DET   DT  a
complaint 2 dobj  NOUN  NN  complaint
with      2 prep  ADP   IN  with
GATT      5 pobj  PROPN NNP GATT ORG{clause if condition else ""}
.         2 punct PUNCT .   .
""")


def test_a_conflictual_act_promised_on_a_condition_is_a_threat() -> None:
    """ "Peru will file a complaint with GATT if Chile imposes tariffs": a complaint, an
    act of verbal conflict with no intent class of its own, promised on a condition that
    another acts, is a threat (130, ``ckg:conditionalIntentClass``), made now and aimed at whom
    the condition names; without the condition it is the complaint, intended."""
    threat = {(e.source, e.cameo, e.target, e.modality) for e in run(_complaint(True)).events}
    assert threat == {("peru", "130", "chile", "asserted")}
    complaint = {(e.source, e.cameo[:2], e.modality) for e in run(_complaint(False)).events}
    assert complaint == {("peru", "11", "intended")}


def _on_condition(
    verb: str,
    argument: tuple[str, ...],
    negated: bool = False,
    condition: tuple[str, str, str, str] = ("imposes", "impose", "tariffs", "tariff"),
) -> Doc:
    """ "Peru will [not] {verb} {argument} if Chile {condition}.": the argument a
    preposition and a state (``("to", "Bolivia")``) or an object word with its part of
    speech, tag and lemma (``("it", "PRON", "PRP", "it")``); the condition's verb and
    object with their lemmas."""
    rows: list[tuple[str, int, str, str, str, str, str]] = [
        ("Peru", -1, "nsubj", "PROPN", "NNP", "Peru", "GPE"),
        ("will", -1, "aux", "AUX", "MD", "will", ""),
    ]
    if negated:
        rows.append(("not", -1, "neg", "PART", "RB", "not", ""))
    act = len(rows)
    rows.append((verb, act, "ROOT", "VERB", "VB", verb, ""))
    if len(argument) == 2:  # a preposition and a state
        rows.append((argument[0], act, "prep", "ADP", "IN", argument[0], ""))
        rows.append((argument[1], act + 1, "pobj", "PROPN", "NNP", argument[1], "GPE"))
    else:
        word, pos, tag, lemma = argument
        rows.append((word, act, "dobj", pos, tag, lemma, ""))
    clause = len(rows) + 2
    shown, lemma, thing, thing_lemma = condition
    rows += [
        ("if", clause, "mark", "SCONJ", "IN", "if", ""),
        ("Chile", clause, "nsubj", "PROPN", "NNP", "Chile", "GPE"),
        (shown, act, "advcl", "VERB", "VBZ", lemma, ""),
        (thing, clause, "dobj", "NOUN", "NNS", thing_lemma, ""),
        (".", act, "punct", "PUNCT", ".", ".", ""),
    ]
    return parsed(
        "\n".join(
            f"{w} {act if h < 0 else h} {d} {p} {t} {lem} {e}".rstrip()
            for w, h, d, p, t, lem, e in rows
        )
    )


def test_a_conditional_threat_keeps_a_target_that_is_no_forum() -> None:
    """ "Peru will protest to Bolivia if Chile imposes tariffs": a state's protest on a
    condition is a threat aimed at whom it protests to (Bolivia), the condition's actor
    only where the act is taken to a forum ("a complaint with GATT")."""
    found = run(_on_condition("protest", ("to", "Bolivia"))).events
    assert {(e.source, e.cameo[:2], e.target) for e in found} == {("peru", "13", "bolivia")}


def test_a_show_of_force_promised_on_a_condition_threatens_force() -> None:
    """ "Peru will mobilize troops if Chile imposes tariffs": a show of force promised
    should another act is a threat of military force (138) aimed at that actor, as
    "warned it would deploy new missiles if NATO went ahead" is."""
    found = run(_on_condition("mobilize", ("troops", "NOUN", "NNS", "troop"))).events
    assert {(e.source, e.cameo, e.target) for e in found} == {("peru", "138", "chile")}


REJECT_IT_ON_A_CONDITION = _on_condition("reject", ("it", "PRON", "PRP", "it"))


def test_a_conditional_threat_is_aimed_at_another_side() -> None:
    """ "Peru will reject it if Chile imposes tariffs", "it" read as Peru: a threat aimed
    at the threatener's own side is a misreading; the condition's actor is its aim."""
    found = run(REJECT_IT_ON_A_CONDITION).events
    assert {(e.source, e.cameo[:2], e.target) for e in found} == {("peru", "13", "chile")}


def test_an_investigation_promised_on_a_condition_stays_conditional() -> None:
    """ "Peru will investigate in Bolivia if Chile imposes tariffs": an investigation
    (09) warns of nothing done to anyone; it stays conditional, no threat."""
    found = run(_on_condition("investigate", ("in", "Bolivia"))).events
    assert {(e.cameo[:2], e.modality) for e in found} == {("09", "conditional")}


def test_a_negated_act_on_a_condition_is_no_threat_made() -> None:
    """ "Peru will not retaliate against Bolivia if Chile imposes tariffs" promises restraint: the
    act stays conditional and negated, no threat stated as made."""
    found = run(_on_condition("retaliate", ("against", "Bolivia"), negated=True)).events
    assert found and all(e.modality == "conditional" and e.negated for e in found)


PROMISE_ON_A_CONDITION = _on_condition(
    "lift",
    ("sanctions", "NOUN", "NNS", "sanction"),
    condition=("frees", "free", "prisoners", "prisoner"),
)


def test_a_promise_on_a_condition_stays_conditional() -> None:
    """ "Peru will lift sanctions if Chile frees prisoners": an intent to cooperate
    (03) whose condition is still to be met, conditional, as the seed's coder codes
    Israel's offer of a pause; only a threat states its condition as made now."""
    found = {(e.source, e.cameo[:2], e.modality) for e in run(PROMISE_ON_A_CONDITION).events}
    assert ("peru", "03", "conditional") in found


def _by_shelling(modal: str = "") -> Doc:
    """ "Chile [{modal}] retaliated/retaliate by shelling Peru."."""
    if modal:
        rows = f"Chile 2 nsubj PROPN NNP Chile GPE\n{modal} 2 aux AUX MD {modal}\n"
        rows += "retaliate 2 ROOT VERB VB retaliate\nby 2 prep ADP IN by\n"
        rows += (
            "shelling 3 pcomp VERB VBG shell\nPeru 4 dobj PROPN NNP Peru GPE\n. 2 punct PUNCT . ."
        )
    else:
        rows = "Chile 1 nsubj PROPN NNP Chile GPE\nretaliated 1 ROOT VERB VBD retaliate\n"
        rows += "by 1 prep ADP IN by\nshelling 2 pcomp VERB VBG shell\n"
        rows += "Peru 3 dobj PROPN NNP Peru GPE\n. 1 punct PUNCT . ."
    return parsed(rows)


INTERESTED_IN_MEETING = parsed("""
Chile      1 nsubj PROPN NNP Chile GPE
is         1 ROOT  AUX   VBZ be
interested 1 acomp ADJ   JJ  interested
in         2 prep  ADP   IN  in
meeting    3 pcomp VERB  VBG meet
Peru       4 dobj  PROPN NNP Peru  GPE
.          1 punct PUNCT .   .
""")


NOT_BY_SHELLING = parsed("""
Chile      3 nsubj PROPN NNP Chile GPE
did        3 aux   AUX   VBD do
not        3 neg   PART  RB  not
retaliate  3 ROOT  VERB  VB  retaliate
by         3 prep  ADP   IN  by
shelling   4 pcomp VERB  VBG shell
Peru       5 dobj  PROPN NNP Peru  GPE
.          3 punct PUNCT .   .
""")

TRUCE_BROKEN_BY_SHELLING = parsed("""
The      1 det       DET   DT  the
truce    3 nsubjpass NOUN  NN  truce
was      3 auxpass   AUX   VBD be
broken   3 ROOT      VERB  VBN break
by       3 agent     ADP   IN  by
shelling 4 pcomp     VERB  VBG shell
Peru     5 dobj      PROPN NNP Peru GPE
.        3 punct     PUNCT .   .
""")


DID_NOT_HESITATE_IN_SHELLING = parsed("""
Chile      3 nsubj PROPN NNP Chile GPE
did        3 aux   AUX   VBD do
not        3 neg   PART  RB  not
hesitate   3 ROOT  VERB  VB  hesitate
in         3 prep  ADP   IN  in
shelling   4 pcomp VERB  VBG shell
Peru       5 dobj  PROPN NNP Peru  GPE
.          3 punct PUNCT .   .
""")


def test_a_gerund_after_a_negated_verb_of_holding_back_was_done() -> None:
    """ "Chile did not hesitate in shelling Peru": a litotes, Chile shelled Peru, no
    negated act."""
    found = [e for e in run(DID_NOT_HESITATE_IN_SHELLING).events if e.cameo.startswith("19")]
    assert found and not any(e.negated for e in found)


def test_a_gerund_of_means_shares_its_verb_s_negation_and_not_a_passive_s_subject() -> None:
    """ "Chile did not retaliate by shelling Peru" shelled no one (negated); in "the truce
    was broken by shelling Peru" the passive's subject is what was broken, not who
    shelled."""
    assert all(e.negated for e in run(NOT_BY_SHELLING).events if e.cameo.startswith("19"))
    assert any(e.cameo.startswith("19") for e in run(NOT_BY_SHELLING).events)
    truce = TRUCE_BROKEN_BY_SHELLING[5]
    assert not done_by_means(truce)
    assert not done_by_means(NOT_CONSULTING[4])


# "Chile erred in not consulting Peru": a negated gerund tells nothing done.
NOT_CONSULTING = parsed("""
Chile      1 nsubj PROPN NNP Chile GPE
erred      1 ROOT  VERB  VBD err
in         1 prep  ADP   IN  in
not        4 neg   PART  RB  not
consulting 2 pcomp VERB  VBG consult
Peru       4 dobj  PROPN NNP Peru  GPE
.          1 punct PUNCT .   .
""")


ASKED = parsed("""
Will      2 aux   AUX   MD  will
Chile     2 nsubj PROPN NNP Chile    GPE
attack    2 ROOT  VERB  VB  attack
Peru      2 dobj  PROPN NNP Peru     GPE
?         2 punct PUNCT .   ?
Chile     6 nsubj PROPN NNP Chile    GPE
attacked  6 ROOT  VERB  VBD attack
Peru      6 dobj  PROPN NNP Peru     GPE
.         6 punct PUNCT .   .
the       11 det  DET   DT  the
Peruvian  11 amod ADJ   JJ  peruvian NORP
minister  12 nsubj NOUN NN  minister
asked     12 ROOT VERB  VBD ask
.         12 punct PUNCT .  .
""")


def test_a_direct_question_reports_no_act_and_asking_it_asks_nothing_of_another() -> None:
    """ "Will Chile attack Peru?" asks, whatever its "will": no threat and no attack,
    where "Chile attacked Peru." reports one; "the Peruvian minister asked." after a
    quoted question asks nothing of anyone, no appeal."""
    found = [(e.sentence, e.source, e.cameo[:2]) for e in run(ASKED).events]
    assert found == [(2, "chile", "19")]


WITH_TROOPS_SHELLING = parsed("""
Fighting  1 nsubj NOUN  NN  fighting
raged     1 ROOT  VERB  VBD rage
,         1 punct PUNCT ,   ,
with      1 prep  ADP   IN  with
Iraqi     5 amod  ADJ   JJ  iraqi    NORP
troops    6 nsubj NOUN  NNS troop
shelling  3 pcomp VERB  VBG shell
Iranian   8 amod  ADJ   JJ  iranian  NORP
positions 6 dobj  NOUN  NNS position
.         1 punct PUNCT .   .
Iraq      11 nsubj PROPN NNP Iraq    GPE
threatened 11 ROOT VERB  VBD threaten
Iran      11 dobj  PROPN NNP Iran    GPE
with      11 prep  ADP   IN  with
shelling  13 pcomp VERB  VBG shell
its       16 poss  PRON  PRP$ its
cities    14 dobj  NOUN  NNS city
.         11 punct PUNCT .   .
""")


def test_a_gerund_with_its_own_subject_after_with_is_as_real_as_its_verb() -> None:
    """ "Fighting raged, with Iraqi troops shelling Iranian positions": the absolute
    construction tells what went on as the fighting raged, a shelling done; a gerund
    after "with" without a subject of its own is what a verb is about ("threatened Iran
    with shelling its cities": a threat, no shelling reported)."""
    found = {(e.sentence, e.source, e.cameo[:2]) for e in run(WITH_TROOPS_SHELLING).events}
    assert found == {(1, "iraqi_military", "19"), (2, "iraq", "13")}


def test_a_gerund_of_means_is_as_real_as_the_act_it_does() -> None:
    """ "Chile retaliated by shelling Peru": the gerund after "by" is the way Chile
    retaliated, an act of force done, by the verb's subject; "will retaliate by
    shelling" shares the verb's "will", a threat of force; "might" its hedge. On an
    adjective the gerund is a theme: "is interested in meeting Peru" meets no one."""
    done = {(e.source, e.cameo[:2], e.target, e.modality) for e in run(_by_shelling()).events}
    assert ("chile", "19", "peru", "asserted") in done
    threat = {(e.source, e.cameo[:2], e.target) for e in run(_by_shelling("will")).events}
    assert ("chile", "13", "peru") in threat
    hedged = {(e.cameo[:2], e.modality) for e in run(_by_shelling("might")).events}
    assert hedged <= {("19", "hypothetical")} and hedged
    meeting = INTERESTED_IN_MEETING[4]
    assert is_irrealis(meeting, load_ontology().vocabulary)
    assert not any(e.cameo.startswith("04") for e in run(INTERESTED_IN_MEETING).events)


def test_a_modal_hedge_makes_it_hypothetical() -> None:
    (event,) = run(HEDGED).events
    assert (event.source, event.target, event.modality) == ("chile", "peru", "hypothetical")


def test_a_reported_would_with_a_pronoun_is_the_speakers_intention() -> None:
    (event,) = run(REPORTED_INTENT).events
    assert (event.source, event.cameo, event.target) == ("bolivia", "112", "peru")
    assert (event.said_by, event.modality) == ("bolivia", "intended")
    assert event.theme == "of spying"


def test_a_pronoun_takes_its_antecedent_and_costs_confidence() -> None:
    attack, condemnation = sorted(run(PRONOUN).events, key=lambda e: e.sentence)
    assert (condemnation.source, condemnation.target, condemnation.source_text) == (
        "iran",
        "egypt",
        "Iran",
    )
    assert condemnation.confidence == round(attack.confidence - 0.1, 2)


def test_the_theme_is_what_the_act_is_about() -> None:
    (event,) = run(THEME).events
    assert (event.source, event.cameo, event.target) == ("egypt", "112", "israel")
    assert event.theme == "of shelling the border town" and event.trigger == "accused"


def test_a_surname_and_a_title_resolve_to_the_full_name() -> None:
    extraction = run(SURNAME)
    assert {(e.sentence, e.source) for e in extraction.events} == {
        (1, "maria_lopez"),
        (2, "maria_lopez"),
    }
    assert {a.label for a in extraction.actors if a.type == "Person"} == {"Maria Lopez"}


CODED = parsed("""
Ronald    1 compound PROPN NNP Ronald    B-PERSON
Reagan    2 nsubj    PROPN NNP Reagan    I-PERSON
thanked   2 ROOT     VERB  VBD thank
Iraq      2 dobj     PROPN NNP Iraq      GPE
and       3 cc       CCONJ CC  and
Hamas     3 conj     PROPN NNP Hamas     ORG
.         2 punct    PUNCT .   .
""")


def test_actors_take_their_cameo_code_on_the_articles_date() -> None:
    def codes(date: str) -> dict[str, str | None]:
        extraction = extract(Article("t", CODED.text, date=date), CODED)
        return {a.label: a.code for a in extraction.actors}

    assert codes("1987-03-01") == {
        "Ronald Reagan": "USAGOV",
        "Iraq": "IRQ",
        "Hamas": "PSEREBHMS",
        "United States": "USA",  # the countries of their codes, for ckg:country
        "Palestine": "PSE",
    }
    assert codes("1995-01-01")["Ronald Reagan"] == "USAELI"  # out of office: an elite


def actors_of(doc: Doc, date: str | None = None) -> dict[str, tuple[str | None, ...]]:
    """Each actor's code, affiliation and country, by key."""
    extraction = extract(Article("t", doc.text, date=date), doc)
    return {a.key: (a.code, a.affiliation, a.country) for a in extraction.actors}


def source_code(doc: Doc) -> str | None:
    """The code of the source of the one event of ``doc``."""
    (event,) = run(doc).events
    return actors_of(doc)[event.source or ""][0]


def pairs(doc: Doc) -> set[tuple[str | None, str, str | None]]:
    return {(e.source, e.cameo[:2], e.target) for e in run(doc).events}


def coded_pairs(doc: Doc) -> set[tuple[str | None, str, str | None]]:
    """The events as (source, full CAMEO code, target)."""
    return {(e.source, e.cameo, e.target) for e in run(doc).events}


SIDED = parsed("""
Chilean  1 amod     ADJ   JJ  chilean  NORP
soldiers 2 nsubj    NOUN  NNS soldier
detained 2 ROOT     VERB  VBD detain
Bolivian 4 amod     ADJ   JJ  bolivian NORP
farmers  2 dobj     NOUN  NNS farmer
.        2 punct    PUNCT .   .
The      7 det      DET   DT  the
soldiers 8 nsubj    NOUN  NNS soldier
freed    8 ROOT     VERB  VBD free
them     8 dobj     PRON  PRP they
.        8 punct    PUNCT .   .
""")


def test_an_agent_keeps_its_side_and_a_bare_agent_takes_the_side_its_role_was_given() -> None:
    actors = actors_of(SIDED)
    assert actors["chilean_military"] == ("CHLMIL", "chile", "chile")  # not folded into Chile
    assert actors["bolivian_farmers"] == ("BOLAGR", "bolivia", "bolivia")
    assert (1, "chilean_military") in {(m.sentence, m.actor) for m in run(SIDED).mentions}
    found = pairs(SIDED)
    assert ("chilean_military", "17", "bolivian_farmers") in found  # detained: 17x
    mentions = {(m.sentence, m.text, m.actor) for m in run(SIDED).mentions}
    assert (2, "soldiers", "chilean_military") in mentions  # "the soldiers": Chile's, above


GROUP_AND_BARE = parsed("""
Hamas    1 compound PROPN NNP Hamas    ORG
gunmen   2 nsubj    NOUN  NNS gunman
attacked 2 ROOT     VERB  VBD attack
a        4 det      DET   DT  a
village  2 dobj     NOUN  NN  village
.        2 punct    PUNCT .   .
Gunmen   7 nsubj    NOUN  NNS gunman
attacked 7 ROOT     VERB  VBD attack
Peru     7 dobj     PROPN NNP Peru     GPE
.        7 punct    PUNCT .   .
""")


MEMBERS_NAMED = parsed("""
Contra   1 compound PROPN NNP Contra   ORG
rebels   2 nsubj    NOUN  NNS rebel
attacked 2 ROOT     VERB  VBD attack
Peru     2 dobj     PROPN NNP Peru     GPE
.        2 punct    PUNCT .   .
Tamil    6 compound PROPN NNP Tamil    B-PERSON
Tiger    7 compound PROPN NNP Tiger    I-PERSON
fighters 8 nsubj    NOUN  NNS fighter
shelled  8 ROOT     VERB  VBD shell
Chile    8 dobj     PROPN NNP Chile    GPE
.        8 punct    PUNCT .   .
Sandinista 12 compound PROPN NNP Sandinista
troops   13 nsubj   NOUN  NNS troop
attacked 13 ROOT    VERB  VBD attack
Peru     13 dobj    PROPN NNP Peru     GPE
.        13 punct   PUNCT .   .
""")

UNTAGGED_MEMBERS = parsed("""
Tamil    2 compound PROPN NNP Tamil
Tiger    2 compound PROPN NNP Tiger
rebels   3 nsubj   NOUN  NNS rebel
attacked 3 ROOT    VERB  VBD attack
Peru     3 dobj    PROPN NNP Peru     GPE
.        3 punct   PUNCT .   .
""")

FLAT_MEMBERS = parsed("""
Tamil    2 compound PROPN NNP Tamil    B-PERSON
Tiger    2 compound PROPN NNP Tiger    I-PERSON
rebels   3 nsubj   NOUN  NNS rebel
attacked 3 ROOT    VERB  VBD attack
Peru     3 dobj    PROPN NNP Peru     GPE
.        3 punct   PUNCT .   .
""")


def test_a_name_in_the_singular_modifying_an_agent_names_the_group_listed_in_the_plural() -> None:
    """The non-state dictionary lists CONTRAS_, TAMIL_TIGERS_ and SANDINISTAS_ in the
    plural only; "Contra rebels", "Tamil Tiger fighters" (which the model may take for a
    person) are their members, as "Hamas gunmen" are Hamas's; the name is all the
    capitalised words before the agent: "Tamil Tiger rebels" are not Swaziland's TIGERS_.
    "Sandinista troops" are a state's men, no armed group's: no member of SANDINISTAS_
    (NICREB), which a coder of the 1980s codes as Nicaragua's government."""
    actors = actors_of(MEMBERS_NAMED)
    assert {e.sentence: actors[e.source or ""][0] for e in run(MEMBERS_NAMED).events} == {
        1: "NICREB",
        2: "LKAREB",
        3: "MIL",
    }
    assert source_code(UNTAGGED_MEMBERS) == "LKAREB"
    assert source_code(FLAT_MEMBERS) == "LKAREB"  # both words hung on the agent
    assert "tamil_tiger" not in actors


COMMON_WORD_MEMBERS = parsed("""
Tiger    1 compound PROPN NNP Tiger
rebels   2 nsubj    NOUN  NNS rebel
attacked 2 ROOT     VERB  VBD attack
Peru     2 dobj     PROPN NNP Peru     GPE
.        2 punct    PUNCT .   .
""")


LOWER_CASE_GROUP = parsed("""
The      1 det      DET   DT  the
contras  2 nsubj    NOUN  NNS contra
attacked 2 ROOT     VERB  VBD attack
Peru     2 dobj     PROPN NNP Peru     GPE
.        2 punct    PUNCT .   .
contra   6 compound NOUN  NN  contra
rebels   7 nsubj    NOUN  NNS rebel
attacked 7 ROOT     VERB  VBD attack
Chile    7 dobj     PROPN NNP Chile    GPE
.        7 punct    PUNCT .   .
""")

LOWER_CASE_FOREIGN_WORD = parsed("""
Police      1 nsubj NOUN  NNS police
arrested    1 ROOT  VERB  VBD arrest
clandestini 1 dobj  NOUN  NNS clandestini
.           1 punct PUNCT .   .
""")

LOWER_CASE_PREFIX = parsed(
    """
Peru      1 nsubj    PROPN NNP Peru      GPE
attacked  1 ROOT     VERB  VBD attack
a         6 det      DET   DT  a
hezbollah 5 amod     ADJ   JJ  hezbollah ORG
-         5 punct    PUNCT HYPH -
style     6 compound NOUN  NN  style
camp      1 dobj     NOUN  NN  camp
.         1 punct    PUNCT .   .
""",
    joined=(3, 4),
)

LOWER_CASE_WORD = parsed("""
The      2 det      DET   DT  the
tiger    2 compound NOUN  NN  tiger
rebels   3 nsubj    NOUN  NNS rebel
attacked 3 ROOT     VERB  VBD attack
Bolivia  3 dobj     PROPN NNP Bolivia  GPE
.        3 punct    PUNCT .   .
""")


def test_a_group_s_name_news_writes_in_lower_case_is_the_group() -> None:
    """Wire copy writes some armed groups' names in lower case ("the contras", "contra
    rebels"): a one-word name of the non-state dictionary that WordNet writes only as a
    name is the group in lower case too (CONTRAS_, NICREB); a common noun is not ("the
    tiger rebels" are no Swazi TIGERS_), nor a word English does not know ("clandestini",
    Italian for illegal migrants, in an Italian story). Its label is the dictionary's
    name, "Contras", as one actor has one label however the text writes it."""
    actors = actors_of(LOWER_CASE_GROUP)
    found = {(e.sentence, actors[e.source or ""][0]) for e in run(LOWER_CASE_GROUP).events}
    assert found == {(1, "NICREB"), (2, "NICREB")}
    assert {a.label for a in run(LOWER_CASE_GROUP).actors if a.code == "NICREB"} == {"Contras"}
    assert source_code(LOWER_CASE_WORD) == "REB"
    codes = {code for code, _, _ in actors_of(LOWER_CASE_FOREIGN_WORD).values()}
    assert "FRAREB" not in codes  # CLANDESTINI, a Corsican group, in the dictionary
    assert "hezbollah" not in actors_of(LOWER_CASE_PREFIX)  # "a hezbollah-style camp"


NO_GROUPS_MEMBERS = parsed("""
Hama     1 compound PROPN NNP Hama
fighters 2 nsubj    NOUN  NNS fighter
attacked 2 ROOT     VERB  VBD attack
Peru     2 dobj     PROPN NNP Peru     GPE
.        2 punct    PUNCT .   .
Hawk     6 compound PROPN NNP Hawk
Brigade  7 compound PROPN NNP Brigade
rebels   8 nsubj    NOUN  NNS rebel
attacked 8 ROOT     VERB  VBD attack
Peru     8 dobj     PROPN NNP Peru     GPE
.        8 punct    PUNCT .   .
Bajun    12 compound PROPN NNP Bajun
militiamen 13 nsubj NOUN  NNS militiaman
attacked 13 ROOT    VERB  VBD attack
Peru     13 dobj    PROPN NNP Peru     GPE
.        13 punct   PUNCT .   .
""")


def test_a_common_noun_with_a_capital_names_no_group_by_its_member() -> None:
    """ "Tiger rebels" in Sri Lanka copy are no Swazi rebels (the dictionary's TIGERS_
    [SWZREB]): WordNet writes "tiger" as a common noun, "Contra" only as a name; the
    rebels keep their role. Nor is a place's name a member's ("Hama fighters" are no
    HAMAS), nor a unit's ("Hawk Brigade rebels" are one brigade, not Iraq's
    HAWK_BRIGADES_), nor a name the dictionaries code as no armed group ("Bajun
    militiamen" are no BAJUNS_, a name of Barbados)."""
    assert source_code(COMMON_WORD_MEMBERS) == "REB"
    codes = {actors_of(NO_GROUPS_MEMBERS)[e.source or ""][0] for e in run(NO_GROUPS_MEMBERS).events}
    assert codes.isdisjoint({"PSEREBHMS", "IRQREB", "BRB", "BRBUAF"})
    assert len(run(NO_GROUPS_MEMBERS).events) == 3


BARE = parsed("""
Gunmen   1 nsubj    NOUN  NNS gunman
attacked 1 ROOT     VERB  VBD attack
Peru     1 dobj     PROPN NNP Peru     GPE
.        1 punct    PUNCT .   .
""")


REPORTED_BY_ITS_OWN_FORCE = parsed("""
Soldiers 1 nsubj NOUN  NNS soldier
shelled  7 ccomp VERB  VBD shell
Peru     1 dobj  PROPN NNP Peru    GPE
,        7 punct PUNCT ,   ,
the      6 det   DET   DT  the
Chilean  6 amod  ADJ   JJ  chilean NORP
army     7 nsubj NOUN  NN  army
said     7 ROOT  VERB  VBD say
.        7 punct PUNCT .   .
""")


def test_a_bare_agent_takes_the_side_of_the_force_of_its_role_that_reports_it() -> None:
    """ "Soldiers shelled Peru, the Chilean army said": a force reports its own men's
    acts and losses, so the bare soldiers are the Chilean military, though the agent
    with the side comes after them in their own sentence."""
    assert ("chilean_military", "19", "peru") in pairs(REPORTED_BY_ITS_OWN_FORCE)


def test_a_groups_gunmen_are_the_group_and_gunmen_without_a_side_keep_their_role() -> None:
    actors = actors_of(GROUP_AND_BARE)
    assert actors["hamas"][0] == "PSEREBHMS"
    assert "hamas_gunmen" not in actors
    # The article gave gunmen a side: "Gunmen" later, in any capitalisation, are Hamas.
    assert ("hamas", "19", "peru") in pairs(GROUP_AND_BARE)
    assert actors_of(BARE)["armed_group"][0] == "UAF"  # no side given: the role alone
    assert ("armed_group", "19", "peru") in pairs(BARE)


UNIDENTIFIED_AFTER_A_SIDE = parsed("""
Hamas        1 compound PROPN NNP Hamas        ORG
gunmen       2 nsubj    NOUN  NNS gunman
attacked     2 ROOT     VERB  VBD attack
a            4 det      DET   DT  a
village      2 dobj     NOUN  NN  village
.            2 punct    PUNCT .   .
Unidentified 7 amod     ADJ   JJ  unidentified
gunmen       8 nsubj    NOUN  NNS gunman
attacked     8 ROOT     VERB  VBD attack
Peru         8 dobj     PROPN NNP Peru         GPE
.            8 punct    PUNCT .   .
Unknown      12 amod    ADJ   JJ  unknown
jets         13 nsubj   NOUN  NNS jet
bombed       13 ROOT    VERB  VBD bomb
Chile        13 dobj    PROPN NNP Chile        GPE
.            13 punct   PUNCT .   .
""")


def test_agents_the_text_says_it_cannot_place_take_no_side() -> None:
    """ "Unidentified gunmen", "unknown jets": the text says whose they are is not
    known, so they are a group of their own with their role's code (Phoenix codes
    unidentified gunmen REB), not the gunmen the article gave a side before (Hamas) nor
    the story's country's."""
    actors = actors_of(UNIDENTIFIED_AFTER_A_SIDE)
    assert actors["unidentified_gunmen"][0] == "REB"
    assert actors["unknown_jets"][0] == "MIL"
    found = pairs(UNIDENTIFIED_AFTER_A_SIDE)
    assert ("unidentified_gunmen", "19", "peru") in found
    assert ("unknown_jets", "19", "chile") in found
    assert ("hamas", "19", "peru") not in found


SUSPECTED_GROUP = parsed("""
Suspected 2 compound PROPN NNP Suspected B-ORG
Red       2 compound PROPN NNP Red       I-ORG
Brigade   3 compound PROPN NNP Brigade   I-ORG
rebels    4 nsubj    NOUN  NNS rebel
attacked  4 ROOT     VERB  VBD attack
Peru      4 dobj     PROPN NNP Peru      GPE
.         4 punct    PUNCT .   .
""")


def test_a_hedge_the_model_took_into_a_name_is_no_part_of_it() -> None:
    """ "Suspected Red Brigade rebels attacked Peru": the model tags "Suspected Red
    Brigade" as the organisation; the hedge (a cue of a claim, ``ckg:claimed``) says the
    text is not sure whose the rebels are, and names no one."""
    assert set(actors_of(SUSPECTED_GROUP)) == {"red_brigade", "peru"}


POSSESSED = parsed("""
Peru     1 nsubj PROPN NNP Peru    GPE
said     1 ROOT  VERB  VBD say
its      3 poss  PRON  PRP$ its
troops   4 nsubj NOUN  NNS troop
attacked 1 ccomp VERB  VBD attack
Chile    4 dobj  PROPN NNP Chile   GPE
.        1 punct PUNCT .   .
""")


def test_an_agent_owned_by_a_pronoun_takes_the_pronouns_antecedent_as_its_side() -> None:
    assert actors_of(POSSESSED)["peruvian_military"][:2] == ("PERMIL", "peru")
    assert ("peruvian_military", "19", "chile") in pairs(POSSESSED)


NAMED_OBJECT = parsed("""
Peru      1 nsubj    PROPN NNP Peru     GPE
rejected  1 ROOT     VERB  VBD reject
a         4 det      DET   DT  a
Chilean   4 amod     ADJ   JJ  chilean  NORP
proposal  1 dobj     NOUN  NN  proposal
.         1 punct    PUNCT .   .
Peru      7 nsubj    PROPN NNP Peru     GPE
demanded  7 ROOT     VERB  VBD demand
that      10 mark    SCONJ IN  that
Bolivia   10 nsubj   PROPN NNP Bolivia  GPE
withdraw  7 ccomp    VERB  VB  withdraw
.         7 punct    PUNCT .   .
Peru      13 nsubj   PROPN NNP Peru     GPE
cut       13 ROOT    VERB  VBD cut
ties      13 dobj    NOUN  NNS tie
with      14 prep    ADP   IN  with
Ecuador   15 pobj    PROPN NNP Ecuador  GPE
.         13 punct   PUNCT .   .
""")


def test_a_target_named_by_the_object_or_by_the_that_clause() -> None:
    found = pairs(NAMED_OBJECT)
    assert ("peru", "12", "chile") in found  # "a Chilean proposal": Chile's
    assert ("peru", "10", "bolivia") in found  # "demanded that Bolivia withdraw"
    assert ("peru", "16", "ecuador") in found  # "ties with Ecuador"


SHARED_OBJECT = parsed("""
Peruvian 1 amod  ADJ   JJ  peruvian NORP
warships 2 nsubj NOUN  NNS warship
attacked 2 ROOT  VERB  VBD attack
and      2 cc    CCONJ CC  and
sank     2 conj  VERB  VBD sink
a        7 det   DET   DT  a
Chilean  7 amod  ADJ   JJ  chilean  NORP
ship     4 dobj  NOUN  NN  ship
.        2 punct PUNCT .   .
""")


def test_coordinated_verbs_share_the_object_after_them() -> None:
    assert ("peruvian_military", "19", "chile") in pairs(SHARED_OBJECT)


SURNAME_IN_OFFICE = parsed("""
Reagan    1 nsubj PROPN NNP Reagan  PERSON
condemned 1 ROOT  VERB  VBD condemn
Libya     1 dobj  PROPN NNP Libya   GPE
.         1 punct PUNCT .   .
""")


def test_a_surname_alone_is_the_office_holder_of_the_articles_day() -> None:
    assert actors_of(SURNAME_IN_OFFICE, "1987-03-01")["ronald_reagan"] == (
        "USAGOV",
        None,
        "united_states",
    )
    assert "reagan" in actors_of(SURNAME_IN_OFFICE, "2015-03-01")


ELITE_IN_OFFICE = parsed("""
Javier  3 compound PROPN NNP Javier  B-PERSON
Perez   3 compound PROPN NNP Perez   I-PERSON
de      3 compound PROPN NNP de      I-PERSON
Cuellar 4 nsubj    PROPN NNP Cuellar I-PERSON
visited 4 ROOT     VERB  VBD visit
Iran    4 dobj     PROPN NNP Iran    GPE
.       4 punct    PUNCT .   .
""")


def test_a_person_listed_as_an_elite_holds_the_office_listed_under_a_shorter_name() -> None:
    """PERELI in the countries' file, IGOUNO as JAVIER_DE_CUELLAR from 1982 to 1991."""
    assert actors_of(ELITE_IN_OFFICE, "1987-03-01")["javier_perez_de_cuellar"][0] == "IGOUNO"
    assert actors_of(ELITE_IN_OFFICE, "1995-03-01")["javier_perez_de_cuellar"][0] == "PERELI"


def test_an_act_with_a_target_has_no_copy_without_it() -> None:
    from kg.extract.events import _best
    from kg.records import Event

    def event(target: str | None) -> Event:
        return Event(1, "Demand", "10", "peru", target, "", None, "asserted", False, 0.9, "x")

    assert [e.target for e in _best([event(None), event("chile"), event("bolivia")])] == [
        "bolivia",
        "chile",
    ]
    assert [e.target for e in _best([event(None)])] == [None]


def test_harm_told_beside_an_act_of_force_is_its_toll_not_an_assault() -> None:
    """ "Chilean jets struck Peru, killing four people": the killing (18) is what the
    strike (19) did, one act, as coders code it; an abduction (181) is an act of its
    own, and a killing told alone stays."""
    from kg.extract.events import _best
    from kg.records import Event

    def event(name: str, cameo: str, source: str | None, sentence: int = 1) -> Event:
        target = "peru" if source else "civilians"
        return Event(sentence, name, cameo, source, target, "", None, "asserted", False, 0.9, "x")

    struck = event("Fight", "19", "chile")
    killed, abducted = event("Assault", "18", None), event("TakeHostage", "181", "chile")
    assert _best([struck, killed, abducted]) == [abducted, struck]
    alone = event("Assault", "18", None, sentence=2)
    assert _best([struck, alone]) == [struck, alone]


NOMINAL = parsed("""
Chile       1 nsubj    PROPN NNP Chile      GPE
protested   1 ROOT     VERB  VBD protest
after       1 prep     ADP   IN  after
a           5 det      DET   DT  a
Peruvian    5 amod     ADJ   JJ  peruvian   NORP
raid        2 pobj     NOUN  NN  raid
on          5 prep     ADP   IN  on
a           9 det      DET   DT  a
Bolivian    9 amod     ADJ   JJ  bolivian   NORP
convoy      6 pobj     NOUN  NN  convoy
.           1 punct    PUNCT .   .
""")


def test_an_event_noun_with_a_named_agent_is_an_event_in_any_clause() -> None:
    """ "after a Peruvian raid on a Bolivian convoy": Peru's act on Bolivia's convoy."""
    assert ("peru", "19", "bolivia") in pairs(NOMINAL)


GUARDED_AGAINST = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
armed    1 ROOT  VERB  VBD arm
its      3 poss  PRON  PRP$ its
tankers  1 dobj  NOUN  NNS tanker
to       5 aux   PART  TO  to
protect  1 advcl VERB  VB  protect
their    7 poss  PRON  PRP$ their
cargoes  5 dobj  NOUN  NNS cargo
from     7 prep  ADP   IN  from
Chilean  10 amod ADJ   JJ  chilean  NORP
attacks  8 pobj  NOUN  NNS attack
.        1 punct PUNCT .   .
Bolivia  13 nsubj PROPN NNP Bolivia GPE
expects  13 ROOT VERB  VBZ expect
further  16 amod ADJ   JJ  further
Chilean  16 amod ADJ   JJ  chilean  NORP
attacks  13 dobj NOUN  NNS attack
.        13 punct PUNCT .  .
""")


def test_an_act_awaited_or_guarded_against_has_not_happened() -> None:
    """ "Peru armed its tankers to protect their cargoes from Chilean attacks. Bolivia
    expects further Chilean attacks.": attacks guarded against (the phrase hung on the
    object) or expected are no attacks that took place, as a Chilean raid told after
    "after" is (see the test above)."""
    assert not [p for p in pairs(GUARDED_AGAINST) if p[0] == "chile"]


ACCORDING = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
shelled   1 ROOT  VERB  VBD shell
Peru      1 dobj  PROPN NNP Peru      GPE
,         1 punct PUNCT ,   ,
according 1 prep  VERB  VBG accord
to        4 prep  ADP   IN  to
Bolivia   5 pobj  PROPN NNP Bolivia   GPE
.         1 punct PUNCT .   .
""")

QUOTED = parsed("""
Chile     2 nsubjpass PROPN NNP Chile   GPE
was       2 auxpass   AUX   VBD be
quoted    2 ROOT      VERB  VBN quote
as        2 prep      ADP   IN  as
saying    3 pcomp     VERB  VBG say
Peru      6 nsubj     PROPN NNP Peru    GPE
attacked  4 ccomp     VERB  VBD attack
Bolivia   6 dobj      PROPN NNP Bolivia GPE
.         2 punct     PUNCT .   .
""")


def test_according_to_and_quoted_as_saying_name_who_claims_the_event() -> None:
    shelled = next(e for e in run(ACCORDING).events if e.source == "chile")
    assert (shelled.said_by, shelled.modality) == ("bolivia", "claimed")
    attacked = next(e for e in run(QUOTED).events if e.source == "peru")
    assert (attacked.said_by, attacked.modality) == ("chile", "claimed")


CLAIMED_BY_A_NOUN = parsed("""
Bolivia  1 nsubj PROPN NNP Bolivia  GPE
cited    1 ROOT  VERB  VBD cite
Chilean  3 amod  ADJ   JJ  chilean  NORP
charges  1 dobj  NOUN  NNS charge
that     6 mark  SCONJ IN  that
Peru     6 nsubj PROPN NNP Peru     GPE
attacked 3 acl   VERB  VBD attack
Ecuador  6 dobj  PROPN NNP Ecuador  GPE
.        1 punct PUNCT .   .
""")

CLAIMED_BY_NO_ONE = parsed("""
Reports  4 nsubjpass NOUN  NNS report
that     3 mark      SCONJ IN  that
Peru     3 nsubj     PROPN NNP Peru    GPE
attacked 0 acl       VERB  VBD attack
were     5 auxpass   AUX   VBD be
denied   5 ROOT      VERB  VBN deny
.        5 punct     PUNCT .   .
""")

CLAIMED_BY_NO_ONE_TOLD_BY_A_SPEAKER = parsed("""
Bolivia  1 nsubj PROPN NNP Bolivia GPE
said     1 ROOT  VERB  VBD say
reports  7 nsubj NOUN  NNS report
that     5 mark  SCONJ IN  that
Peru     5 nsubj PROPN NNP Peru    GPE
attacked 2 acl   VERB  VBD attack
Ecuador  5 dobj  PROPN NNP Ecuador GPE
were     1 ccomp AUX   VBD be
false    7 acomp ADJ   JJ  false
.        1 punct PUNCT .   .
""")

A_CLAIM_DENIED = parsed("""
Chile    1 nsubj PROPN NNP Chile   GPE
denied   1 ROOT  VERB  VBD deny
reports  1 dobj  NOUN  NNS report
that     5 mark  SCONJ IN  that
Peru     5 nsubj PROPN NNP Peru    GPE
attacked 2 acl   VERB  VBD attack
Ecuador  5 dobj  PROPN NNP Ecuador GPE
.        1 punct PUNCT .   .
""")

A_DENIAL_FAILED = parsed("""
Chile    1 nsubj PROPN NNP Chile   GPE
failed   1 ROOT  VERB  VBD fail
to       3 aux   PART  TO  to
deny     1 xcomp VERB  VB  deny
reports  3 dobj  NOUN  NNS report
that     7 mark  SCONJ IN  that
Peru     7 nsubj PROPN NNP Peru    GPE
attacked 4 acl   VERB  VBD attack
Ecuador  7 dobj  PROPN NNP Ecuador GPE
.        1 punct PUNCT .   .
""")

A_STATEMENT_ISSUED = parsed("""
Chile     1 nsubj PROPN NNP Chile   GPE
issued    1 ROOT  VERB  VBD issue
a         3 det   DET   DT  a
statement 1 dobj  NOUN  NN  statement
that      6 mark  SCONJ IN  that
Peru      6 nsubj PROPN NNP Peru    GPE
attacked  3 acl   VERB  VBD attack
Ecuador   6 dobj  PROPN NNP Ecuador GPE
.         1 punct PUNCT .   .
""")

A_CLAIM_OF_WHAT_WOULD_BE = parsed("""
Reports 6 nsubj NOUN  NNS report
that    4 mark  SCONJ IN  that
Peru    4 nsubj PROPN NNP Peru    GPE
would   4 aux   AUX   MD  would
attack  0 acl   VERB  VB  attack
Ecuador 4 dobj  PROPN NNP Ecuador GPE
alarmed 6 ROOT  VERB  VBD alarm
Chile   6 dobj  PROPN NNP Chile   GPE
.       6 punct PUNCT .   .
""")

A_STATEMENT_OF_INTENT_ISSUED = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
issued    1 ROOT  VERB  VBD issue
a         3 det   DET   DT  a
statement 1 dobj  NOUN  NN  statement
that      7 mark  SCONJ IN  that
it        7 nsubj PRON  PRP it
would     7 aux   AUX   MD  would
attack    3 acl   VERB  VB  attack
Peru      7 dobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
""")


def test_the_clause_of_a_claim_noun_is_claimed_by_whom_the_noun_names() -> None:
    """ "cited Chilean charges that Peru attacked Ecuador": the attack is Chile's claim
    (a claim noun, ckg:claimNoun, and its adjective), not a fact the article states;
    "reports that Peru attacked" are claimed by no one named."""
    attacked = next(e for e in run(CLAIMED_BY_A_NOUN).events if e.source == "peru")
    assert (attacked.said_by, attacked.modality) == ("chile", "claimed")
    attacked = next(e for e in run(CLAIMED_BY_NO_ONE).events if e.source == "peru")
    assert (attacked.said_by, attacked.modality) == (None, "claimed")
    # reports that name no claimant are told by whoever tells of them
    told = run(CLAIMED_BY_NO_ONE_TOLD_BY_A_SPEAKER).events
    attacked = next(e for e in told if e.source == "peru")
    assert (attacked.said_by, attacked.modality) == ("bolivia", "claimed")
    # a claim a denial rejects reports no act, as "denied that Peru attacked" does not;
    # one a failed denial leaves stands, claimed
    assert {e.source for e in run(A_CLAIM_DENIED).events} == {"chile"}
    attacked = next(e for e in run(A_DENIAL_FAILED).events if e.source == "peru")
    assert attacked.modality == "claimed"
    # a claim that names no claimant states no one's will: its "would" is no threat
    attack = next(e for e in run(A_CLAIM_OF_WHAT_WOULD_BE).events if e.source == "peru")
    assert (attack.cameo[:2], attack.modality) == ("19", "hypothetical")
    # a statement issued is its issuer's claim
    attacked = next(e for e in run(A_STATEMENT_ISSUED).events if e.source == "peru")
    assert (attacked.said_by, attacked.modality) == ("chile", "claimed")
    # and its issuer's "would" for itself is its own threat, as "said it would" is
    threat = next(e for e in run(A_STATEMENT_OF_INTENT_ISSUED).events if e.target == "peru")
    assert (threat.source, threat.cameo[:2], threat.said_by) == ("chile", "13", "chile")


DECLINED_TO_SAY_WHETHER = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
declined 1 ROOT  VERB  VBD decline
to       3 aux   PART  TO  to
say      1 xcomp VERB  VB  say
whether  7 mark  SCONJ IN  whether
Peru     7 nsubj PROPN NNP Peru  GPE
would    7 aux   AUX   MD  would
act      3 ccomp VERB  VB  act
.        1 punct PUNCT .   .
""")


def test_an_indirect_question_is_about_no_one_its_act_is_aimed_at() -> None:
    """ "declined to say whether Peru would act": a refusal to comment (011) on an open
    question; the question's subject is not whom the refusal is aimed at, as the subject
    of a "that" clause is ("warned that Peru would pay")."""
    assert pairs(DECLINED_TO_SAY_WHETHER) == {("chile", "01", None)}


SURNAME_AS_ORG = parsed("""
Colonel   2 compound PROPN NNP Colonel
Ana       2 compound PROPN NNP Ana     B-PERSON
Ruiz      3 nsubj    PROPN NNP Ruiz    I-PERSON
accused   3 ROOT     VERB  VBD accuse
Peru      3 dobj     PROPN NNP Peru    GPE
.         3 punct    PUNCT .   .
Ruiz      7 nsubj    PROPN NNP Ruiz    ORG
condemned 7 ROOT     VERB  VBD condemn
Chile     7 dobj     PROPN NNP Chile   GPE
.         7 punct    PUNCT .   .
""")


def test_a_surname_the_model_took_for_an_organisation_is_the_person() -> None:
    assert ("ana_ruiz", "11", "chile") in pairs(SURNAME_AS_ORG)
    assert "ruiz" not in actors_of(SURNAME_AS_ORG)


SURNAME_UNTAGGED = parsed("""
Ana       1 compound PROPN NNP Ana     B-PERSON
Ruiz      2 nsubj    PROPN NNP Ruiz    I-PERSON
accused   2 ROOT     VERB  VBD accuse
Peru      2 dobj     PROPN NNP Peru    GPE
.         2 punct    PUNCT .   .
Ruiz      6 nsubj    NOUN  NN  ruiz
condemned 6 ROOT     VERB  VBD condemn
Chile     6 dobj     PROPN NNP Chile   GPE
.         6 punct    PUNCT .   .
Ruiz      10 compound NOUN NNS ruiz
controls  12 nsubjpass NOUN NNS control
were      12 auxpass AUX   VBD be
imposed   12 ROOT    VERB  VBN impose
by        12 agent   ADP   IN  by
Chile     13 pobj    PROPN NNP Chile   GPE
.         12 punct   PUNCT .   .
the       18 det     DET   DT  the
Ruiz      18 compound PROPN NNP Ruiz
government 19 nsubj  NOUN  NN  government
condemned 19 ROOT    VERB  VBD condemn
Chile     19 dobj    PROPN NNP Chile   GPE
.         19 punct   PUNCT .   .
""")


def test_a_surname_the_model_tagged_as_no_name_is_the_person() -> None:
    """The bare surname opening a sentence, taken for a common noun, is the person the
    article named in full; a word qualifying a noun ("Ruiz controls", "the Ruiz
    government") is none."""
    found = run(SURNAME_UNTAGGED)
    assert {e.source for e in found.events if e.sentence == 2} == {"ana_ruiz"}
    assert not [m for m in found.mentions if m.sentence > 2 and m.actor == "ana_ruiz"]


SURNAME_TAGGED_A_PRODUCT = parsed("""
Ana       1 compound PROPN NNP Ana     B-PERSON
Ruiz      2 nsubj    PROPN NNP Ruiz    I-PERSON
accused   2 ROOT     VERB  VBD accuse
Peru      2 dobj     PROPN NNP Peru    GPE
.         2 punct    PUNCT .   .
Ruiz      6 nsubj    PROPN NNP Ruiz    PRODUCT
condemned 6 ROOT     VERB  VBD condemn
Chile     6 dobj     PROPN NNP Chile   GPE
.         6 punct    PUNCT .   .
""")


def test_a_surname_the_model_tagged_a_name_of_no_actor_is_the_person() -> None:
    """ "Ana Ruiz accused Peru. Ruiz condemned Chile", the second "Ruiz" tagged a
    product: a label of no actor or place does not make the surname another's."""
    found = run(SURNAME_TAGGED_A_PRODUCT)
    assert {e.source for e in found.events if e.sentence == 2} == {"ana_ruiz"}


TWO_WORD_DEMONYM = parsed("""
South    1 amod     ADJ   JJ  south    B-NORP
Korean   3 compound PROPN NNP korean   I-NORP
Trade    3 compound PROPN NNP Trade
Minister 5 compound PROPN NNP Minister
Ana      5 compound PROPN NNP Ana      B-PERSON
Ruiz     6 nsubj    PROPN NNP Ruiz     I-PERSON
praised  6 ROOT     VERB  VBD praise
Peru     6 dobj     PROPN NNP Peru     GPE
.        6 punct    PUNCT .   .
West     10 amod    ADJ   JJ  west     B-NORP
German   11 compound PROPN NNP german  I-NORP
Minister 13 compound PROPN NNP Minister
Luis     13 compound PROPN NNP Luis    B-PERSON
Soto     14 nsubj   PROPN NNP Soto     I-PERSON
praised  14 ROOT    VERB  VBD praise
Peru     14 dobj    PROPN NNP Peru     GPE
.        14 punct   PUNCT .   .
""")


def test_a_title_s_demonym_of_two_words_is_read_whole() -> None:
    """ "South Korean Trade Minister Ana Ruiz": the demonym is "South Korean" (South
    Korea), though neither word alone is one; "West German", which the gazetteer does
    not list, is read by its word "German"."""
    found = actors_of(TWO_WORD_DEMONYM)
    assert found["ana_ruiz"][:2] == ("KORGOV", "south_korea")
    assert found["luis_soto"][:2] == ("DEUGOV", "germany")


OFFICES = parsed("""
Chilean     4 amod     ADJ   JJ  chilean     NORP
Agriculture 2 compound PROPN NNP Agriculture
Secretary   4 compound PROPN NNP Secretary
Ana         4 compound PROPN NNP Ana         B-PERSON
Ruiz        5 nsubj    PROPN NNP Ruiz        I-PERSON
praised     5 ROOT     VERB  VBD praise
Peru        5 dobj     PROPN NNP Peru        GPE
.           5 punct    PUNCT .   .
Chilean     11 amod    ADJ   JJ  chilean     NORP
Finance     10 compound PROPN NNP Finance
Secretary   12 compound PROPN NNP Secretary
Luis        12 compound PROPN NNP Luis       B-PERSON
Soto        13 nsubj   PROPN NNP Soto        I-PERSON
praised     13 ROOT    VERB  VBD praise
Peru        13 dobj    PROPN NNP Peru        GPE
.           13 punct   PUNCT .   .
Chilean     18 amod    ADJ   JJ  chilean     NORP
Charge      18 compound PROPN NNP Charge
d'Affaires  20 compound PROPN NNP d'Affaires
Rosa        20 compound PROPN NNP Rosa       B-PERSON
Diaz        21 nsubj   PROPN NNP Diaz        I-PERSON
praised     21 ROOT    VERB  VBD praise
Peru        21 dobj    PROPN NNP Peru        GPE
.           21 punct   PUNCT .   .
""")


def test_an_office_the_agents_list_with_its_portfolio_gives_its_role() -> None:
    """ "Agriculture Secretary" is an office the Phoenix agents list whole (GOVAGR), so
    the title is read with its portfolio, not as "Secretary" alone; a secretary whose
    office they do not list, "Finance Secretary", is a government's (kg's
    FINANCE_SECRETARY)."""
    found = actors_of(OFFICES)
    assert found["ana_ruiz"][:2] == ("CHLGOVAGR", "chile")
    assert found["luis_soto"][:2] == ("CHLGOV", "chile")
    # an office right before the name, whatever its words (CHARGE_D'AFFAIRES)
    assert found["rosa_diaz"][:2] == ("CHLGOV", "chile")


SPLIT_OFFICE = parsed("""
Peru       4 poss     PROPN NNP Peru       GPE
's         0 case     PART  POS 's
chief      4 amod     ADJ   JJ  chief
debt       4 compound NOUN  NN  debt
negotiator 7 nsubj    NOUN  NN  negotiator
Luis       6 compound PROPN NNP Luis       B-PERSON
Soto       7 nsubj    PROPN NNP Soto       I-PERSON
praised    7 ROOT     VERB  VBD praise
Chile      7 dobj     PROPN NNP Chile      GPE
.          7 punct    PUNCT .   .
""")


def test_an_office_the_parser_split_off_a_name_is_the_name_s() -> None:
    """ "Peru's chief debt negotiator Luis Soto praised Chile", parsed with the office
    as a second subject of "praised": the office is Soto's (PERGOV), and no Peruvian
    government praises Chile beside him."""
    assert pairs(SPLIT_OFFICE) == {("luis_soto", "05", "chile")}
    assert actors_of(SPLIT_OFFICE)["luis_soto"][:2] == ("PERGOV", "peru")


OWNED_OFFICE = parsed("""
Peru     3 poss     PROPN NNP Peru     GPE
's       0 case     PART  POS 's
farm     3 compound NOUN  NN  farm
minister 5 compound NOUN  NN  minister
Luis     5 compound PROPN NNP Luis     B-PERSON
Soto     6 nsubj    PROPN NNP Soto     I-PERSON
praised  6 ROOT     VERB  VBD praise
Chile    6 dobj     PROPN NNP Chile    GPE
.        6 punct    PUNCT .   .
""")


def test_the_owner_of_an_office_before_a_name_is_the_person_s_side() -> None:
    """ "Peru's farm minister Luis Soto praised Chile": the possessive names whose
    minister Soto is, though the parser hangs it on "minister", not on the name."""
    assert actors_of(OWNED_OFFICE)["luis_soto"][:2] == ("PERGOV", "peru")


TOWN_NAMED_MINISTER = parsed("""
Kameoka  7 nsubj    PROPN NNP Kameoka  GPE
,        0 punct    PUNCT ,   ,
Peru     5 poss     PROPN NNP Peru     GPE
's       2 case     PART  POS 's
farm     5 compound NOUN  NN  farm
minister 0 appos    NOUN  NN  minister
,        0 punct    PUNCT ,   ,
praised  7 ROOT     VERB  VBD praise
Chile    7 dobj     PROPN NNP Chile    GPE
.        7 punct    PUNCT .   .
""")


def test_a_name_with_an_office_in_apposition_is_a_person_not_a_town() -> None:
    """Kameoka is a Japanese town, and the model may tag a surname like it as a place;
    the apposition "Peru's farm minister" says it is a person, who praised Chile."""
    assert pairs(TOWN_NAMED_MINISTER) == {("kameoka", "05", "chile")}
    assert actors_of(TOWN_NAMED_MINISTER)["kameoka"][:2] == ("PERGOV", "peru")


APPOSITION_ON_OF = parsed("""
The       1 det      DET   DT  the
speaker   11 nsubj   NOUN  NN  speaker
of        1 prep     ADP   IN  of
the       5 det      DET   DT  the
Peruvian  5 amod     ADJ   JJ  peruvian  NORP
assembly  2 pobj     NOUN  NN  assembly
,         5 punct    PUNCT ,   ,
Luis      8 compound PROPN NNP Luis      B-PERSON
Soto      5 appos    PROPN NNP Soto      I-PERSON
,         1 punct    PUNCT ,   ,
today     11 npadvmod NOUN NN  today
criticized 11 ROOT   VERB  VBD criticize
Chile     11 dobj    PROPN NNP Chile     GPE
.         11 punct   PUNCT .   .
""")


def test_a_name_the_parser_hangs_on_the_object_of_of_renames_the_phrase() -> None:
    """ "The speaker of the Peruvian assembly, Luis Soto, today criticized Chile", with
    the name in apposition to "assembly": Soto is the speaker, the subject, and acts."""
    assert pairs(APPOSITION_ON_OF) == {("luis_soto", "11", "chile")}


CREDITORS = parsed("""
Peru      2 poss     PROPN NNP Peru      GPE
's        0 case     PART  POS 's
creditors 3 nsubj    NOUN  NNS creditor
rejected  3 ROOT     VERB  VBD reject
the       5 det      DET   DT  the
plan      3 dobj     NOUN  NN  plan
.         3 punct    PUNCT .   .
Chile     8 nsubj    PROPN NNP Chile     GPE
criticized 8 ROOT    VERB  VBD criticize
its       11 poss    PRON  PRP$ its
creditor  11 compound NOUN NN  creditor
banks     8 dobj     NOUN  NNS bank
.         8 punct    PUNCT .   .
""")


def test_a_country_s_creditors_are_multinational_business_not_its_own() -> None:
    """ "Peru's creditors" are the banks Peru owes, not Peruvian business: creditors
    (kg's CREDITOR, CREDITOR_BANK) are multinational business (MNC), on no country's
    side, whatever possesses them."""
    found_pairs = pairs(CREDITORS)
    assert ("chile", "11", "creditor_banks") in found_pairs
    # the rejection's target is the article's business (kg.extract.opponents), not this test's
    assert {(source, cameo) for source, cameo, _ in found_pairs} == {
        ("creditors", "12"),
        ("chile", "11"),
    }
    found = actors_of(CREDITORS)
    assert found["creditors"] == found["creditor_banks"] == ("MNC", None, None)


MEMBERS_LISTED = parsed("""
Peru      1 nsubj    PROPN NNP Peru      GPE
urged     1 ROOT     VERB  VBD urge
three     3 nummod   NUM   CD  three
states    1 dobj     NOUN  NNS state
,         3 punct    PUNCT ,   ,
including 3 prep     VERB  VBG include
Chile     5 pobj     PROPN NNP Chile     GPE
,         6 punct    PUNCT ,   ,
Bolivia   6 conj     PROPN NNP Bolivia   GPE
and       8 cc       CCONJ CC  and
Ecuador   8 conj     PROPN NNP Ecuador   GPE
,         3 punct    PUNCT ,   ,
to        13 aux     PART  TO  to
act       1 xcomp    VERB  VB  act
.         1 punct    PUNCT .   .
""")


def test_every_member_of_an_including_list_is_a_target() -> None:
    """ "Peru urged three states, including Chile, Bolivia and Ecuador, to act": the
    states are the three the list names, each a target, not the first alone."""
    assert pairs(MEMBERS_LISTED) == {
        ("peru", "02", "chile"),
        ("peru", "02", "bolivia"),
        ("peru", "02", "ecuador"),
    }


TWO_BARE_GOVERNMENT_ROLES = parsed("""
The         2 det      DET   DT  the
defense     2 compound NOUN  NN  defense
secretaries 3 nsubj    NOUN  NNS secretary
met         3 ROOT     VERB  VBD meet
Peru        3 dobj     PROPN NNP Peru     GPE
.           3 punct    PUNCT .   .
Officials   7 nsubj    NOUN  NNS official
criticized  7 ROOT     VERB  VBD criticize
Chile       7 dobj     PROPN NNP Chile    GPE
.           7 punct    PUNCT .   .
""")


def test_bare_agents_of_two_role_codes_are_two_actors() -> None:
    """Defense secretaries (the dictionaries' GOVMIL) and officials (GOV), neither
    given a side, are two actors, each labelled by all its roles' words; the first
    to be met no longer takes the other's mentions by sharing its first role."""
    found = actors_of(TWO_BARE_GOVERNMENT_ROLES)
    assert found["government_military"][0] == "GOVMIL"
    assert found["government"][0] == "GOV"
    assert pairs(TWO_BARE_GOVERNMENT_ROLES) == {
        ("government_military", "04", "peru"),
        ("peru", "04", "government_military"),  # a meeting is both parties'
        ("government", "11", "chile"),
    }


MAIN_OPPOSITION_PARTY = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
banned     1 ROOT     VERB  VBD ban
the        5 det      DET   DT  the
main       5 amod     ADJ   JJ  main
opposition 5 compound NOUN  NN  opposition
party      1 dobj     NOUN  NN  party
.          1 punct    PUNCT .   .
""")

MAIN_OPPOSITION_PARTY_ACCUSES = parsed("""
The        3 det      DET   DT  the
main       3 amod     ADJ   JJ  main
opposition 3 compound NOUN  NN  opposition
party      4 nsubj    NOUN  NN  party
accused    4 ROOT     VERB  VBD accuse
Chile      4 dobj     PROPN NNP Chile      GPE
.          4 punct    PUNCT .   .
""")


def test_of_two_overlapping_agents_the_one_that_ends_its_phrase_is_kept() -> None:
    """ "Chile banned the main opposition party": the agents dictionary lists "main
    opposition" and "opposition party"; the second ends the noun phrase on its head,
    so the party is the target (the first left it without an actor); as a subject too,
    whose head comes after it ("The main opposition party accused Chile")."""
    assert ("chile", "17", "opposition") in pairs(MAIN_OPPOSITION_PARTY)
    assert ("opposition", "11", "chile") in pairs(MAIN_OPPOSITION_PARTY_ACCUSES)


NAMED_VESSEL = parsed("""
Chile    1 nsubj    PROPN NNP Chile    GPE
shelled  1 ROOT     VERB  VBD shell
the      7 det      DET   DT  the
Peruvian 4 compound PROPN NNP Peruvian NORP
freighter 7 compound NOUN NN  freighter
Blue     6 compound PROPN NNP Blue
Lagoon   7 compound PROPN NNP Lagoon
Star     1 dobj     PROPN NNP Star
.        1 punct    PUNCT .   .
The      12 det     DET   DT  the
Peruvian 11 compound PROPN NNP Peruvian NORP
freighter 12 compound NOUN NN freighter
Aurora   14 nsubjpass PROPN NNP Aurora
was      14 auxpass AUX   VBD be
shelled  14 ROOT    VERB  VBN shell
.        14 punct   PUNCT .   .
""")


def test_a_named_ship_is_the_agent_its_kind_of_ship_names() -> None:
    """ "Chile shelled the Peruvian freighter Blue Lagoon Star": the ship's name is the
    object, and the ship is the agent its common noun names with its side ("Peruvian
    freighter": Peru's business, PERBUS), no place and no actor of its own; so it is of
    a passive's subject, where no source is named ("The Peruvian freighter Aurora was
    shelled": its doer is Peru's enemy in the article, see kg.extract.opponents)."""
    result = run(NAMED_VESSEL)
    found = [(e.sentence, e.source, e.cameo[:2], e.target) for e in result.events]
    assert found == [
        (1, "chile", "19", "peruvian_business"),
        (2, "chile", "19", "peruvian_business"),
    ]
    ship = next(a for a in result.actors if a.key == "peruvian_business")
    assert ship.code == "PERBUS"
    assert not result.places


SHIPS_NAMED = parsed("""
Chilean    1  amod     ADJ   JJ  chilean   NORP
warships   2  nsubj    NOUN  NNS warship
attacked   2  ROOT     VERB  VBD attack
Peru       2  dobj     PROPN NNP Peru      GPE
.          2  punct    PUNCT .   .
The        7  det      DET   DT  the
destroyers 7  compound NOUN  NNS destroyer
Kidd       10 nsubj    PROPN NNP Kidd      PERSON
and        7  cc       CCONJ CC  and
Hoel       7  conj     PROPN NNP Hoel      ORG
fired      10 ROOT     VERB  VBD fire
at         10 prep     ADP   IN  at
Peru       11 pobj     PROPN NNP Peru      GPE
.          10 punct    PUNCT .   .
""")


def test_ships_named_after_their_kind_are_that_kind_of_agent_not_persons() -> None:
    """ "Chilean warships attacked Peru. The destroyers Kidd and Hoel fired at Peru": the
    names the model took for a person and a firm are the destroyers, a bare agent that
    takes the side the article gave its role (Chile's military), one actor."""
    result = run(SHIPS_NAMED)
    assert {(e.source, e.cameo[:2], e.target) for e in result.events if e.sentence == 2} == {
        ("chilean_military", "19", "peru")
    }
    assert not {"kidd", "hoel"} & {a.key for a in result.actors}


SHIP_NAMED_AS_A_PLACE = parsed("""
Peru     1 nsubj    PROPN NNP Peru     GPE
attacked 1 ROOT     VERB  VBD attack
the      7 det      DET   DT  the
Chilean  4 amod     ADJ   JJ  chilean  NORP
tanker   7 compound NOUN  NN  tanker
Sea      7 compound PROPN NNP Sea      B-LOC
Isle     7 compound PROPN NNP Isle     I-LOC
City     1 dobj     PROPN NNP City     I-LOC
.        1 punct    PUNCT .   .
The      11 det     DET   DT  the
Chilean  11 amod    ADJ   JJ  chilean  NORP
tanker   14 nsubjpass NOUN NN tanker
Aurora   11 appos   PROPN NNP Aurora   PERSON
was      14 auxpass AUX   VBD be
hit      14 ROOT    VERB  VBN hit
.        14 punct   PUNCT .   .
""")


def test_a_ships_name_is_no_place_and_no_person() -> None:
    """ "Peru attacked the Chilean tanker Sea Isle City": the name the model tagged a
    place is the ship, Chile's business (CHLBUS), and where nothing happened; "The
    Chilean tanker Aurora was hit", its name hung on as an apposition, is no person."""
    result = run(SHIP_NAMED_AS_A_PLACE)
    first = [
        (e.source, e.cameo[:2], e.target, e.location) for e in result.events if e.sentence == 1
    ]
    assert first == [("peru", "19", "chilean_business", None)]
    assert not result.places
    assert "aurora" not in {a.key for a in result.actors}


FLAGGED_SHIP = parsed(
    """
Peru      1 nsubj    PROPN NNP Peru      GPE
attacked  1 ROOT     VERB  VBD attack
the       8 det      DET   DT  the
Bolivian  5 npadvmod ADJ   JJ  bolivian  NORP
-         5 punct    PUNCT HYPH -
flagged   7 amod     VERB  VBN flag
Chilean   7 amod     ADJ   JJ  chilean   NORP
tanker    8 compound NOUN  NN  tanker
Aurora    1 dobj     PROPN NNP Aurora    PERSON
.         1 punct    PUNCT .   .
""",
    joined={3, 4},
)


FLAGGED_SHIP_APPOSED = parsed(
    """
Peru      1 nsubj    PROPN NNP Peru      GPE
attacked  1 ROOT     VERB  VBD attack
the       7 det      DET   DT  the
Bolivian  5 npadvmod ADJ   JJ  bolivian  NORP
-         5 punct    PUNCT HYPH -
flagged   7 amod     VERB  VBN flag
Chilean   7 amod     ADJ   JJ  chilean   NORP
tanker    1 dobj     NOUN  NN  tanker
Aurora    7 appos    PROPN NNP Aurora    PERSON
.         1 punct    PUNCT .   .
""",
    joined={3, 4},
)


@pytest.mark.parametrize("doc", [FLAGGED_SHIP, FLAGGED_SHIP_APPOSED], ids=["compound", "apposed"])
def test_a_ships_flag_of_another_side_is_a_party_too(doc: Doc) -> None:
    """ "Peru attacked the Bolivian-flagged Chilean tanker Aurora": Chile's ship, and
    Bolivia, whose flag it flies, are both attacked, whether the parser heads the phrase
    with the name or with the kind of ship the name is apposed to."""
    assert {(e.source, e.cameo[:2], e.target) for e in run(doc).events} == {
        ("peru", "19", "chilean_business"),
        ("peru", "19", "bolivia"),
    }


SHIP_NAMED_AGAIN = parsed("""
Peru      1 nsubj    PROPN NNP Peru      GPE
attacked  1 ROOT     VERB  VBD attack
the       5 det      DET   DT  the
Chilean   4 amod     ADJ   JJ  chilean   NORP
frigate   5 compound NOUN  NN  frigate
Esmeralda 1 dobj     PROPN NNP Esmeralda PERSON
.         1 punct    PUNCT .   .
The       8 det      DET   DT  the
Esmeralda 9 nsubj    PROPN NNP Esmeralda PERSON
fired     9 ROOT     VERB  VBD fire
at        9 prep     ADP   IN  at
Peru      10 pobj    PROPN NNP Peru      GPE
.         9 punct    PUNCT .   .
""")


def test_a_ship_named_again_without_its_kind_is_the_same_ship() -> None:
    """ "Peru attacked the Chilean frigate Esmeralda. The Esmeralda fired at Peru": the
    bare name is the ship the article named, Chile's military, not a person."""
    found = [(e.source, e.cameo[:2], e.target) for e in run(SHIP_NAMED_AGAIN).events]
    assert found == [("peru", "19", "chilean_military"), ("chilean_military", "19", "peru")]


OWNED_THEN_BARE = parsed("""
Peru       1 nsubj PROPN NNP Peru      GPE
said       1 ROOT  VERB  VBD say
its        3 poss  PRON  PRP$ its
warships   4 nsubj NOUN  NNS warship
attacked   1 ccomp VERB  VBD attack
Chile      4 dobj  PROPN NNP Chile     GPE
.          1 punct PUNCT .   .
The        8 det   DET   DT  the
destroyers 9 nsubj NOUN  NNS destroyer
fired      9 ROOT  VERB  VBD fire
at         9 prep  ADP   IN  at
Chile      10 pobj PROPN NNP Chile     GPE
.          9 punct PUNCT .   .
""")


def test_a_bare_agent_takes_the_side_of_an_agent_a_pronoun_gave_one() -> None:
    """ "Peru said its warships attacked Chile. The destroyers fired at Chile": the
    warships are Peru's once "its" is read, and the bare destroyers after them take that
    side, as they would from "Peruvian warships"."""
    found = [(e.sentence, e.source, e.target) for e in run(OWNED_THEN_BARE).events]
    assert (2, "peruvian_military", "chile") in found
    assert all(source != "military" for _, source, _ in found)


OWNED_BY_TWO_SIDES = parsed("""
Peru       1 nsubj PROPN NNP Peru      GPE
said       1 ROOT  VERB  VBD say
its        3 poss  PRON  PRP$ its
warships   4 nsubj NOUN  NNS warship
attacked   1 ccomp VERB  VBD attack
Chile      4 dobj  PROPN NNP Chile     GPE
.          1 punct PUNCT .   .
Chile      8 nsubj PROPN NNP Chile     GPE
said       8 ROOT  VERB  VBD say
its        10 poss PRON  PRP$ its
warships   11 nsubj NOUN NNS warship
attacked   8 ccomp VERB  VBD attack
Peru       11 dobj PROPN NNP Peru      GPE
.          8 punct PUNCT .   .
The        15 det  DET   DT  the
destroyers 16 nsubj NOUN NNS destroyer
fired      16 ROOT VERB  VBD fire
.          16 punct PUNCT .  .
""")


def test_a_bare_agent_after_two_sides_owned_agents_takes_neither() -> None:
    """ "Peru said its warships attacked Chile. Chile said its warships attacked Peru.
    The destroyers fired": either side's, as far as the text says, so neither's."""
    result = run(OWNED_BY_TWO_SIDES)
    third = [e.source for e in result.events if e.sentence == 3]
    assert third == ["military"]


SHIP_NAMED_LIKE_A_TOWN = parsed("""
Peru      1 nsubj    PROPN NNP Peru      GPE
attacked  1 ROOT     VERB  VBD attack
the       5 det      DET   DT  the
Chilean   4 amod     ADJ   JJ  chilean   NORP
freighter 5 compound NOUN  NN  freighter
Arica     1 dobj     PROPN NNP Arica     PERSON
.         1 punct    PUNCT .   .
Peru      8 nsubj    PROPN NNP Peru      GPE
shelled   8 ROOT     VERB  VBD shell
Arica     8 dobj     PROPN NNP Arica     GPE
.         8 punct    PUNCT .   .
""")


def test_a_town_of_a_ships_name_is_still_the_town() -> None:
    """ "Peru attacked the Chilean freighter Arica. Peru shelled Arica": the model tags the
    second Arica a place, and it is the town, not the ship named before."""
    second = [e for e in run(SHIP_NAMED_LIKE_A_TOWN).events if e.sentence == 2]
    assert second and all(e.target != "chilean_business" for e in second)


UNCODED_BODYS_AGENT = parsed("""
Acme       1 compound PROPN NNP Acme       B-ORG
Institute  2 compound PROPN NNP Institute  I-ORG
soldiers   3 nsubj    NOUN  NNS soldier
criticised 3 ROOT     VERB  VBD criticise
Peru       3 dobj     PROPN NNP Peru       GPE
.          3 punct    PUNCT .   .
The        7 det      DET   DT  the
troops     8 nsubj    NOUN  NNS troop
attacked   8 ROOT     VERB  VBD attack
Chile      8 dobj     PROPN NNP Chile      GPE
.          8 punct    PUNCT .   .
""")


def test_a_body_without_a_code_gives_no_side_to_a_bare_agent() -> None:
    """ "Acme Institute soldiers criticised Peru. The troops attacked Chile": a body the
    dictionaries do not code is no side that later bare troops are of."""
    second = [e.source for e in run(UNCODED_BODYS_AGENT).events if e.sentence == 2]
    assert second and "acme_institute" not in second


TANKER_ATTACK = parsed("""
Peru     1 nsubj    PROPN NNP Peru   GPE
blamed   1 ROOT     VERB  VBD blame
Chile    1 dobj     PROPN NNP Chile  GPE
for      1 prep     ADP   IN  for
the      6 det      DET   DT  the
tanker   6 compound NOUN  NN  tanker
attack   3 pobj     NOUN  NN  attack
.        1 punct    PUNCT .   .
""")


def test_a_merchant_ship_on_an_act_noun_is_no_doer() -> None:
    """ "Peru blamed Chile for the tanker attack": the tanker is what was attacked, not
    an attacker, as the rebels of "rebel raids" are raiders."""
    assert [(e.source, e.cameo[:2], e.target) for e in run(TANKER_ATTACK).events] == [
        ("peru", "11", "chile")
    ]


FAMILY_NAME_FIRST = parsed("""
Chun       2 compound PROPN NNP Chun       B-PERSON
Doo        2 compound PROPN NNP Doo        I-PERSON
Hwan       3 nsubj    PROPN NNP Hwan       I-PERSON
met        3 ROOT     VERB  VBD meet
Roh        5 compound PROPN NNP Roh        B-PERSON
Tae-woo    3 dobj     PROPN NNP Tae-woo    I-PERSON
.          3 punct    PUNCT .   .
Chun       8 nsubj    PROPN NNP Chun       PERSON
criticised 8 ROOT     VERB  VBD criticise
Roh        8 dobj     PROPN NNP Roh
.          8 punct    PUNCT .   .
""")


def test_a_family_name_put_first_names_its_person_later() -> None:
    """ "Chun Doo Hwan met Roh Tae-woo. Chun criticised Roh": East Asian names put the
    family name first, and later mentions use it alone, tagged or not; each is the one
    full name of the article that begins with it, not a namesake of the dictionaries."""
    result = run(FAMILY_NAME_FIRST)
    found = [(e.source, e.cameo, e.target) for e in result.events if e.sentence == 2]
    assert found == [("chun_doo_hwan", "111", "roh_tae_woo")]
    people = {a.key for a in result.actors if a.type == "Person"}
    assert people == {"chun_doo_hwan", "roh_tae_woo"}


TITLED_GIVEN_NAME = parsed("""
Abdullah   1 compound PROPN NNP Abdullah   B-PERSON
Gul        2 nsubj    PROPN NNP Gul        I-PERSON
met        2 ROOT     VERB  VBD meet
Chile      2 dobj     PROPN NNP Chile      GPE
.          2 punct    PUNCT .   .
King       6 compound PROPN NNP King
Abdullah   7 nsubj    PROPN NNP Abdullah   PERSON
criticised 7 ROOT     VERB  VBD criticise
Peru       7 dobj     PROPN NNP Peru       GPE
.          7 punct    PUNCT .   .
""")


def test_a_titled_one_word_name_is_no_family_name_of_another() -> None:
    """ "Abdullah Gul met Chile. King Abdullah criticised Peru": a title before a one-word
    name says it is the person's own given name or a Western surname, not the family
    name of another full name that begins with it."""
    (criticism,) = [e for e in run(TITLED_GIVEN_NAME).events if e.sentence == 2]
    assert (criticism.cameo, criticism.target) == ("111", "peru")
    assert criticism.source != "abdullah_gul"


ALLIES = parsed("""
Chile      2 poss     PROPN NNP Chile      GPE
's         0 case     PART  POS 's
allies     3 nsubj    NOUN  NNS ally
criticised 3 ROOT     VERB  VBD criticise
Peru       3 dobj     PROPN NNP Peru       GPE
.          3 punct    PUNCT .   .
NATO       7 compound PROPN NNP NATO       ORG
allies     8 nsubj    NOUN  NNS ally
criticised 8 ROOT     VERB  VBD criticise
Peru       8 dobj     PROPN NNP Peru       GPE
.          8 punct    PUNCT .   .
Bolivian   12 amod    ADJ   JJ  bolivian   NORP
allies     13 nsubj   NOUN  NNS ally
criticised 13 ROOT    VERB  VBD criticise
Peru       13 dobj    PROPN NNP Peru       GPE
.          13 punct   PUNCT .   .
""")


def test_the_one_a_noun_of_relation_is_related_to_is_not_who_acts() -> None:
    """ "Chile's allies criticised Peru": the allies are others than Chile, and the
    sentence does not say who; "NATO allies" are NATO's members, NATO acting; a demonym
    says who the allies are ("Bolivian allies" are Bolivia's)."""
    assert [(e.sentence, e.source, e.target) for e in run(ALLIES).events] == [
        (2, "nato", "peru"),
        (3, "bolivia", "peru"),
    ]


SIDE_OF_A_THING_ACTED_ON = parsed("""
Chile      1 nsubj    PROPN NNP Chile     GPE
criticized 1 ROOT     VERB  VBD criticize
the        3 det      DET   DT  the
duties     1 dobj     NOUN  NNS duty
on         3 prep     ADP   IN  on
Peruvian   7 amod     ADJ   JJ  peruvian  NORP
copper     7 compound NOUN  NN  copper
shipments  4 pobj     NOUN  NNS shipment
.          1 punct    PUNCT .   .
Chile      10 nsubj   PROPN NNP Chile     GPE
suspended  10 ROOT    VERB  VBD suspend
duties     10 dobj    NOUN  NNS duty
on         11 prep    ADP   IN  on
Chilean    15 amod    ADJ   JJ  chilean   NORP
copper     15 compound NOUN NN  copper
shipments  12 pobj    NOUN  NNS shipment
.          10 punct   PUNCT .   .
Chile      18 nsubj   PROPN NNP Chile     GPE
criticized 18 ROOT    VERB  VBD criticize
the        20 det     DET   DT  the
vote       18 dobj    NOUN  NN  vote
after      18 prep    ADP   IN  after
the        24 det     DET   DT  the
Peruvian   24 amod    ADJ   JJ  peruvian  NORP
elections  21 pobj    NOUN  NNS election
.          18 punct   PUNCT .   .
""")


def test_an_act_on_a_thing_a_side_names_is_aimed_at_that_side() -> None:
    """ "Chile criticized the duties on Peruvian copper shipments": the thing the
    criticism bears on is Peru's, so Peru is its target; Chile's own shipments make no
    target of Chile, and a phrase of time is no thing acted on ("criticized the vote
    after the Peruvian elections"): those two take their target from the article, Chile's
    counterpart, an inference (less confident), not from their clause."""
    found = [(e.cameo[:2], e.target, e.confidence) for e in run(SIDE_OF_A_THING_ACTED_ON).events]
    assert found == [("11", "peru", 0.9), ("16", "peru", 0.7), ("11", "peru", 0.7)]


ARABIC_ARTICLE = parsed(
    """
Chile    1 nsubj    PROPN NNP Chile    GPE
praised  1 ROOT     VERB  VBD praise
Ali      6 compound PROPN NNP Ali      B-PERSON
Hassan   6 compound PROPN NNP Hassan   I-PERSON
al       6 compound PROPN NNP al       I-PERSON
-        6 punct    PUNCT HYPH -       I-PERSON
Tamimi   1 dobj     PROPN NNP Tamimi   I-PERSON
.        1 punct    PUNCT .   .
Tamimi   9 nsubj    PROPN NNP Tamimi
criticized 9 ROOT   VERB  VBD criticize
Peru     9 dobj     PROPN NNP Peru     GPE
.        9 punct    PUNCT .   .
""",
    joined={4, 5},
)


def test_a_surname_named_without_its_arabic_article_is_the_person() -> None:
    """ "Chile praised Ali Hassan al-Tamimi. Tamimi criticized Peru.": news drops the
    article "al-" of a surname after the first mention; the bare surname is still the
    person named in full."""
    assert pairs(ARABIC_ARTICLE) == {
        ("chile", "05", "ali_hassan_al_tamimi"),
        ("ali_hassan_al_tamimi", "11", "peru"),
    }


OLD_CAPITALS = parsed("""
Peking    1 nsubj PROPN NNP Peking GPE
criticised 1 ROOT VERB  VBD criticise
Bonn      1 dobj  PROPN NNP Bonn   GPE
.         1 punct PUNCT .   .
The       6 det   DET   DT  the
GCC       6 nsubj PROPN NNP GCC    ORG
condemned 6 ROOT  VERB  VBD condemn
Iran      6 dobj  PROPN NNP Iran   GPE
.         6 punct PUNCT .   .
""")


def test_capitals_and_organisations_under_their_names_of_the_time() -> None:
    """Wire copy of the 1980s writes Peking for China's capital and Bonn for West
    Germany's, and the Gulf Cooperation Council, which the Phoenix dictionaries code
    only in an office holder's entry (IGOPGSGCC), by its initials."""
    assert pairs(OLD_CAPITALS) == {
        ("china", "11", "germany"),
        ("gulf_cooperation_council", "11", "iran"),
    }
    assert actors_of(OLD_CAPITALS)["gulf_cooperation_council"][0] == "IGOPGSGCC"


TITLE_WITH_A_NAME = parsed("""
The       1 det   DET   DT  the
Secretary 4 nsubj PROPN NNP Secretary
of        1 prep  ADP   IN  of
State     2 pobj  PROPN NNP State  ORG
criticized 4 ROOT VERB  VBD criticize
Peru      4 dobj  PROPN NNP Peru   GPE
.         4 punct PUNCT .   .
""")


def test_a_name_inside_an_agent_noun_is_no_actor() -> None:
    """ "The Secretary of State": the model tags "State" as an organisation, but it is a
    word of an agent noun the Phoenix dictionaries list (SECRETARY_OF_STATE, GOV)."""
    assert "state" not in actors_of(TITLE_WITH_A_NAME)
    assert {(e.cameo[:2], e.target) for e in run(TITLE_WITH_A_NAME).events} == {("11", "peru")}


STAGED = parsed("""
Students 1 nsubj PROPN NNS student
staged   1 ROOT  VERB  VBD stag
a        3 det   DET   DT  a
protest  1 dobj  NOUN  NN  protest
against  3 prep  ADP   IN  against
Chile    4 pobj  PROPN NNP Chile   GPE
.        1 punct PUNCT .   .
""")

RUSHED = parsed("""
Peru     1 nsubj PROPN NNP Peru   GPE
rushed   1 ROOT  VERB  VBD rush
police   1 dobj  NOUN  NN  police
to       1 prep  ADP   IN  to
the      5 det   DET   DT  the
border   3 pobj  NOUN  NN  border
.        1 punct PUNCT .   .
Peru     8 nsubj PROPN NNP Peru   GPE
rushed   8 ROOT  VERB  VBD rush
to       8 prep  ADP   IN  to
Chile    9 pobj  PROPN NNP Chile  GPE
.        8 punct PUNCT .   .
""")


def test_the_verb_dictionary_codes_forms_not_lemmas() -> None:
    """ "staged" matched as STAGE's form even when the lemma is "stag"; the pattern
    "- * PROTEST [141]" of its block codes it a demonstration."""
    assert ("students", "14", "chile") in pairs(STAGED)


def test_the_pattern_with_the_most_words_wins() -> None:
    """RUSH: "- * POLICE (TO BORDER) [153]" over "- * (TO) [042:043]"; "rushed to
    Chile", only the bare preposition: a visit (042)."""
    found = pairs(RUSHED)
    assert ("peru", "15") in {(source, code) for source, code, _ in found}
    assert ("peru", "04", "chile") in found


ENCOURAGED_TO = parsed("""
Chile      1 nsubj PROPN NNP Chile GPE
encouraged 1 ROOT  VERB  VBD encourage
Peru       1 dobj  PROPN NNP Peru  GPE
to         4 aux   PART  TO  to
hold       1 xcomp VERB  VB  hold
elections  4 dobj  NOUN  NNS election
.          1 punct PUNCT .   .
Chile      8 nsubj PROPN NNP Chile GPE
encouraged 8 ROOT  VERB  VBD encourage
Peru       8 dobj  PROPN NNP Peru  GPE
.          8 punct PUNCT .   .
""")


def test_encouraging_another_to_act_is_an_appeal() -> None:
    """ "Chile encouraged Peru to hold elections" asks Peru to act, as "urged" does: an
    appeal (02), the ontology's "encourage to", not the dictionary's ENCOURAGE default,
    praise (051), which "Chile encouraged Peru" alone keeps."""
    found = {(e.sentence, e.cameo[:2]) for e in run(ENCOURAGED_TO).events}
    assert found == {(1, "02"), (2, "05")}


ATTACKED_WITH = parsed("""
Peru     1 nsubj PROPN NNP Peru   GPE
attacked 1 ROOT  VERB  VBD attack
Chile    1 dobj  PROPN NNP Chile  GPE
with     1 prep  ADP   IN  with
drones   3 pobj  NOUN  NNS drone
.        1 punct PUNCT .   .
""")


FIRED_FROM_AT = parsed("""
Peru    1 nsubj    PROPN NNP Peru    GPE
fired   1 ROOT     VERB  VBD fire
rockets 1 dobj     NOUN  NNS rocket
from    1 prep     ADP   IN  from
Bolivia 3 pobj     PROPN NNP Bolivia GPE
at      4 prep     ADP   IN  at
Chile   5 pobj     PROPN NNP Chile   GPE
.       1 punct    PUNCT .   .
""")


def test_an_aim_the_parser_hung_on_the_from_phrase_is_the_verb_s() -> None:
    """ "fired rockets from Bolivia at Chile", the "at" phrase hung on Bolivia: fired at
    Chile, from Bolivia, not at Bolivia."""
    assert {(e.source, e.target) for e in run(FIRED_FROM_AT).events} == {("peru", "chile")}


AN_ALLEGATION_DENIED = parsed("""
Peru       1 nsubj    PROPN NNP Peru       GPE
accused    1 ROOT     VERB  VBD accuse
Chile      1 dobj     PROPN NNP Chile      GPE
of         1 prep     ADP   IN  of
spying     3 pcomp    VERB  VBG spy
,          1 punct    PUNCT ,   ,
an         7 det      DET   DT  an
allegation 1 npadvmod NOUN  NN  allegation
Chile      9 nsubj    PROPN NNP Chile      GPE
denies     7 relcl    VERB  VBZ deny
.          1 punct    PUNCT .   .
""")


def test_a_relative_clause_whose_object_is_its_noun_reads_the_noun_as_its_object() -> None:
    """ "Peru accused Chile of spying, an allegation Chile denies": the allegation is what
    Chile denies (the trigger "deny allegation"), a denial (016) aimed at its maker."""
    assert ("chile", "01", "peru") in pairs(AN_ALLEGATION_DENIED)


WARNED_OF_ITS_OWN_ACT = parsed("""
Chile   1 nsubj PROPN NNP Chile GPE
warned  1 ROOT  VERB  VBD warn
that    5 mark  SCONJ IN  that
it      5 nsubj PRON  PRP it
would   5 aux   AUX   MD  would
act     1 ccomp VERB  VB  act
with    5 prep  ADP   IN  with
force   6 pobj  NOUN  NN  force
against 7 prep  ADP   IN  against
Peru    8 pobj  PROPN NNP Peru  GPE
.       1 punct PUNCT .   .
""")


def test_a_warning_of_the_warners_own_act_is_aimed_where_that_act_is() -> None:
    """ "Chile warned that it would act with force against Peru": the clause's act, which
    the dictionary does not code, is Chile's own, so the warning (WARN, 130) is a threat
    aimed at Peru, whom that act is against."""
    assert ("chile", "13", "peru") in pairs(WARNED_OF_ITS_OWN_ACT)


VOWED_TO_PUNISH = parsed("""
Chile       1 nsubj PROPN NNP Chile  GPE
vowed       1 ROOT  VERB  VBD vow
to          3 aux   PART  TO  to
punish      1 xcomp VERB  VB  punish
those       3 dobj  PRON  DT  those
responsible 4 amod  ADJ   JJ  responsible
.           1 punct PUNCT .   .
""")

VOWED_TO_HELP = parsed("""
Chile   1 nsubj PROPN NNP Chile  GPE
vowed   1 ROOT  VERB  VBD vow
to      3 aux   PART  TO  to
help    1 xcomp VERB  VB  help
Peru    3 dobj  PROPN NNP Peru   GPE
.       1 punct PUNCT .   .
""")


VOWED_TO_KEEP_UP_RAIDS = parsed("""
Chile    1  nsubj PROPN NNP  Chile    GPE
said     1  ROOT  VERB  VBD  say
its      3  poss  PRON  PRP$ its
warplnes 5  nsubj NOUN  NNS  warplne
had      5  aux   AUX   VBD  have
attacked 1  ccomp VERB  VBN  attack
Peru     5  dobj  PROPN NNP  Peru     GPE
and      5  cc    CCONJ CC   and
vowed    5  conj  VERB  VBD  vow
to       10 aux   PART  TO   to
keep     8  xcomp VERB  VB   keep
up       10 prt   ADP   RP   up
such     13 amod  ADJ   JJ   such
raids    10 dobj  NOUN  NNS  raid
.        1  punct PUNCT .    .
""")


def test_a_vow_of_an_act_of_conflict_is_a_threat() -> None:
    """ "Chile vowed to punish those responsible": the vow's infinitive is coercion
    (PUNISH, 170) of no one named, so the vow itself is a threat (13), not an intent to
    cooperate; so is "vowed to keep up such raids", whose verb's object is an act of force;
    "vowed to help Peru" is an intent to cooperate."""
    assert {code for _, code, _ in pairs(VOWED_TO_PUNISH)} == {"13"}
    # "… and vowed to keep up such raids" (a misspelt subject leaves the raids no doer of
    # their own): the act is the object's, an act of force (19)
    assert ("chile", "13") in {(source, code) for source, code, _ in pairs(VOWED_TO_KEEP_UP_RAIDS)}
    assert {code for _, code, _ in pairs(VOWED_TO_HELP)} == {"03"}


VOWED_TO_KEEP_FIGHTING = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
vowed    1 ROOT  VERB  VBD vow
to       3 aux   PART  TO  to
keep     1 xcomp VERB  VB  keep
fighting 3 xcomp VERB  VBG fight
Peru     4 dobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
""")


def test_a_vow_to_keep_up_an_act_of_force_is_a_threat_aimed_at_its_object() -> None:
    """ "Chile vowed to keep fighting Peru": the aspectual verb keeps up the act of
    force its complement names, so the vow is a threat, aimed at the act's object."""
    assert ("chile", "13", "peru") in pairs(VOWED_TO_KEEP_FIGHTING)


ADOPTED_SANCTIONS = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
adopted   1 ROOT  VERB  VBD adopt
sanctions 1 dobj  NOUN  NNS sanction
against   2 prep  ADP   IN  against
Peru      3 pobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
""")

A_PACKAGE_OF_SANCTIONS = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
approved  1 ROOT  VERB  VBD approve
a         3 det   DET   DT  a
package   1 dobj  NOUN  NN  package
of        3 prep  ADP   IN  of
sanctions 4 pobj  NOUN  NNS sanction
against   5 prep  ADP   IN  against
Peru      6 pobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
""")


def test_sanctions_a_body_adopts_or_approves_are_imposed() -> None:
    """ "Chile adopted sanctions against Peru", "approved a package of sanctions against
    Peru": the decision imposes them (163), as IMPOSE does; a noun counting acts lets the
    trigger's noun be the act in its "of" phrase."""
    assert ("chile", "16", "peru") in pairs(ADOPTED_SANCTIONS)
    assert ("chile", "16", "peru") in pairs(A_PACKAGE_OF_SANCTIONS)


BELIEVED_TO_HAVE = parsed("""
Chile    2 nsubjpass PROPN NNP Chile    GPE
is       2 auxpass   AUX   VBZ be
believed 2 ROOT      VERB  VBN believe
to       5 aux       PART  TO  to
have     5 aux       AUX   VB  have
attacked 2 xcomp     VERB  VBN attack
Peru     5 dobj      PROPN NNP Peru     GPE
.        2 punct     PUNCT .   .
""")

IT_WAS_REPORTED = parsed("""
It       2 nsubjpass PRON  PRP it
was      2 auxpass   AUX   VBD be
reported 2 ROOT      VERB  VBN report
that     5 mark      SCONJ IN  that
Chile    5 nsubj     PROPN NNP Chile    GPE
attacked 2 ccomp     VERB  VBD attack
Peru     5 dobj      PROPN NNP Peru     GPE
.        2 punct     PUNCT .   .
""")


def test_what_a_passive_verb_of_saying_tells_by_no_one_named_is_claimed() -> None:
    """ "Chile is believed to have attacked Peru": the passive subject is the doer, not
    the speaker, whom the text does not name; "it was reported that Chile attacked
    Peru" likewise: both are claimed, said by no one."""
    for doc in (BELIEVED_TO_HAVE, IT_WAS_REPORTED):
        (attack,) = [e for e in run(doc).events if e.cameo.startswith("19")]
        assert (attack.source, attack.said_by, attack.modality) == ("chile", None, "claimed")


ACCORDING_TO_AT_THE_END = parsed("""
Chile     1  nsubj PROPN NNP Chile    GPE
shelled   1  ROOT  VERB  VBD shell
Peru      1  dobj  PROPN NNP Peru     GPE
,         1  punct PUNCT ,   ,
wounding  1  advcl VERB  VBG wound
27        4  dobj  NUM   CD  27       CARDINAL
,         4  punct PUNCT ,   ,
according 4  prep  VERB  VBG accord
to        7  prep  ADP   IN  to
Peruvian  10 amod  ADJ   JJ  peruvian NORP
officials 8  pobj  NOUN  NNS official
.         1  punct PUNCT .   .
""")


def test_an_according_to_phrase_ending_the_sentence_tells_all_of_it() -> None:
    """ "Chile shelled Peru, wounding 27, according to Peruvian officials": the parser
    hangs the phrase on "wounding", but the officials tell the shelling too."""
    (shelling,) = [e for e in run(ACCORDING_TO_AT_THE_END).events if e.cameo.startswith("19")]
    assert (shelling.said_by, shelling.modality) == ("peruvian_government", "claimed")


ACCORDING_TO_A_TALLY = parsed("""
Chile     1  nsubj    PROPN NNP Chile     GPE
shelled   1  ROOT     VERB  VBD shell
Peru      1  dobj     PROPN NNP Peru      GPE
,         1  punct    PUNCT ,   ,
according 1  prep     VERB  VBG accord
to        4  prep     ADP   IN  to
a         7  det      DET   DT  a
tally     5  pobj     NOUN  NN  tally
by        7  prep     ADP   IN  by
the       11 det      DET   DT  the
United    11 compound PROPN NNP United    B-ORG
Nations   8  pobj     PROPN NNP Nations   I-ORG
.         1  punct    PUNCT .   .
""")

ACCORDING_TO_THE_INVESTIGATION = parsed("""
According     6 prep  VERB  VBG accord
to            0 prep  ADP   IN  to
the           3 det   DET   DT  the
investigation 1 pobj  NOUN  NN  investigation
,             6 punct PUNCT ,   ,
Chile         6 nsubj PROPN NNP Chile  GPE
shelled       6 ROOT  VERB  VBD shell
Peru          6 dobj  PROPN NNP Peru   GPE
.             6 punct PUNCT .   .
""")


ACCORDING_TO_FOOTAGE_OF = parsed("""
Chile     1 nsubj PROPN NNP Chile    GPE
shelled   1 ROOT  VERB  VBD shell
Peru      1 dobj  PROPN NNP Peru     GPE
,         1 punct PUNCT ,   ,
according 1 prep  VERB  VBG accord
to        4 prep  ADP   IN  to
footage   5 pobj  NOUN  NN  footage
of        6 prep  ADP   IN  of
Peruvian  9 amod  ADJ   JJ  peruvian NORP
troops    7 pobj  NOUN  NNS troop
.         1 punct PUNCT .   .
""")


def test_a_tally_or_an_investigation_tells_what_it_found_as_a_claim() -> None:
    """ "Chile shelled Peru, according to a tally by the United Nations": the tally is
    evidence, the United Nations' claim; "according to the investigation" names evidence
    of no one named: the shelling is claimed either way, as "according to officials"
    makes it, not asserted by the text."""
    (tallied,) = [e for e in run(ACCORDING_TO_A_TALLY).events if e.cameo.startswith("19")]
    assert (tallied.said_by, tallied.modality) == ("united_nations", "claimed")
    (found,) = [e for e in run(ACCORDING_TO_THE_INVESTIGATION).events if e.cameo.startswith("19")]
    assert (found.said_by, found.modality) == (None, "claimed")
    # the "of" phrase of evidence names what it shows, not whose it is
    (shown,) = [e for e in run(ACCORDING_TO_FOOTAGE_OF).events if e.cameo.startswith("19")]
    assert (shown.said_by, shown.modality) == (None, "claimed")


SAID_IN_A_PARENTHESIS = parsed("""
Chile     1  nsubj     PROPN NNP Chile    GPE
attacked  1  ROOT      VERB  VBD attack
Peru      1  dobj      PROPN NNP Peru     GPE
on        1  prep      ADP   IN  on
Tuesday   3  pobj      PROPN NNP Tuesday  DATE
,         8  punct     PUNCT ,   ,
Peruvian  7  amod      ADJ   JJ  peruvian NORP
officials 8  nsubj     NOUN  NNS official
said      1  parataxis VERB  VBD say
,         8  punct     PUNCT ,   ,
the       11 det       DET   DT  the
latest    1  npadvmod  ADJ   JJS latest
.         1  punct     PUNCT .   .
""")


def test_a_reporting_verb_in_a_parenthesis_tells_the_sentence() -> None:
    """ "Chile attacked Peru on Tuesday, Peruvian officials said, the latest …": the
    parser hangs "said" on the root as a parenthesis; the officials tell the attack."""
    (attack,) = [e for e in run(SAID_IN_A_PARENTHESIS).events if e.cameo.startswith("19")]
    assert (attack.said_by, attack.modality) == ("peruvian_government", "claimed")


SHIPPING_SOURCES_SAID = parsed("""
Chilean  1 amod  ADJ   JJ  chilean  NORP
gunboats 2 nsubj NOUN  NNS gunboat
attacked 8 ccomp VERB  VBD attack
a        4 det   DET   DT  a
tanker   2 dobj  NOUN  NN  tanker
,        8 punct PUNCT ,   ,
shipping 7 compound NOUN NN  shipping
sources  8 nsubj    NOUN NNS source
said     8 ROOT  VERB  VBD say
.        8 punct PUNCT .   .
""")


def test_what_a_voice_that_is_no_actor_says_is_claimed() -> None:
    """ "Chilean gunboats attacked a tanker, shipping sources said": the sources are no
    actor (no side, no code), so no one is its said_by, but the article reports the
    attack as said, not as fact."""
    (attack,) = [e for e in run(SHIPPING_SOURCES_SAID).events if e.cameo.startswith("19")]
    assert (attack.said_by, attack.modality) == (None, "claimed")


GOVERNMENT_AND_REBELS_MISPARSED = parsed("""
The        4 det   DET   DT  the
government 4 nmod  NOUN  NN  government
and        1 cc    CCONJ CC  and
communist  1 conj  ADJ   JJ  communist NORP
rebels     5 nsubj NOUN  NNS rebel
began      5 ROOT  VERB  VBD begin
talks      5 dobj  NOUN  NNS talk
.          5 punct PUNCT .   .
""")


def test_an_agent_coordinated_in_a_modifier_does_not_name_another() -> None:
    """ "The government and communist rebels", parsed as "[government and communist]
    rebels": the government is an agent of its own, no word of the rebels' name, and the
    rebels' own word is not repeated ("government and communist communist rebels")."""
    labels = {a.label for a in run(GOVERNMENT_AND_REBELS_MISPARSED).actors}
    assert not [label for label in labels if "government and" in label]


BOMBED_KILLING_CIVILIANS = parsed("""
Peruvian  1 amod   ADJ   JJ  peruvian NORP
jets      2 nsubj  NOUN  NNS jet
bombed    2 ROOT   VERB  VBD bomb
a         4 det    DET   DT  a
house     2 dobj   NOUN  NN  house
,         2 punct  PUNCT ,   ,
killing   2 advcl  VERB  VBG kill
six       8 nummod NUM   CD  six
civilians 6 dobj   NOUN  NNS civilian
.         2 punct  PUNCT .   .
""")


def test_civilians_killed_by_an_act_of_force_are_its_toll_not_a_massacre() -> None:
    """ "Peruvian jets bombed a house, killing six civilians": KILL's "- * CIVILIAN"
    codes mass killing (202), but the killing is the bombing's toll, one act by one
    doer, which coders code once, as force (19)."""
    assert {code for _, code, _ in pairs(BOMBED_KILLING_CIVILIANS)} == {"19"}


RESTORED_RELATIONS = parsed("""
Peru       4 nsubj PROPN NNP Peru       GPE
and        0 cc    CCONJ CC  and
Chile      0 conj  PROPN NNP Chile      GPE
have       4 aux   AUX   VBP have
restored   4 ROOT  VERB  VBN restore
diplomatic 6 amod  ADJ   JJ  diplomatic
relations  4 dobj  NOUN  NNS relation
.          4 punct PUNCT .   .
""")


def test_relations_restored_between_two_parties_are_each_ones_act_on_the_other() -> None:
    """ "Peru and Chile have restored diplomatic relations": establishing or restoring
    relations (054) is reciprocal, so each party is the other's target."""
    assert {("peru", "05", "chile"), ("chile", "05", "peru")} <= pairs(RESTORED_RELATIONS)


RECALLED_FROM = parsed("""
Peru       1 nsubj PROPN NNP  Peru       GPE
recalled   1 ROOT  VERB  VBD  recall
its        3 poss  PRON  PRP$ its
ambassador 1 dobj  NOUN  NN   ambassador
from       1 prep  ADP   IN   from
Chile      4 pobj  PROPN NNP  Chile      GPE
.          1 punct PUNCT .    .
""")


def test_an_act_on_the_doers_own_envoy_is_aimed_where_the_envoy_was_posted() -> None:
    """ "Peru recalled its ambassador from Chile": the ambassador is Peru's own, no
    target; the recall (166) is aimed at Chile, where he was posted."""
    assert ("peru", "16", "chile") in pairs(RECALLED_FROM)


REPULSED_AN_ATTACK = parsed("""
Peruvian 1 amod  ADJ   JJ  peruvian NORP
troops   2 nsubj NOUN  NNS troop
repulsed 2 ROOT  VERB  VBD repulse
a        5 det   DET   DT  a
Chilean  5 amod  ADJ   JJ  chilean  NORP
attack   2 dobj  NOUN  NN  attack
.        2 punct PUNCT .   .
""")


def test_an_attack_a_side_repulsed_was_aimed_at_that_side() -> None:
    """ "Peruvian troops repulsed a Chilean attack": the attack (the noun's event, Chile's)
    was on the Peruvian troops, who met it with a verb of answering."""
    assert ("chile", "19", "peruvian_military") in pairs(REPULSED_AN_ATTACK)


def ordered_to(verb: str) -> Doc:
    """ "Chile ordered Peruvian troops to VERB." """
    return parsed(f"""
Chile    1 nsubj PROPN NNP Chile    GPE
ordered  1 ROOT  VERB  VBD order
Peruvian 3 amod  ADJ   JJ  peruvian NORP
troops   1 dobj  NOUN  NNS troop
to       5 aux   PART  TO  to
{verb}   1 xcomp VERB  VB  {verb}
.        1 punct PUNCT .   .
""")


def test_an_order_to_leave_is_an_expulsion_by_the_dictionary_s_phrase() -> None:
    """ "Chile ordered Peruvian troops to leave": ORDER's "- * (TO LEAVE)" reads the
    infinitive complement as PETRARCH reads the words after the verb, and names the act
    ordered, which outranks the bare trigger of a demand; an order to halt, which no
    pattern names, stays a demand."""
    assert ("chile", "17", "peruvian_military") in pairs(ordered_to("leave"))
    assert ("chile", "10", "peruvian_military") in pairs(ordered_to("halt"))


def condemned_the_attack(adjective: str | None = None) -> Doc:
    """ "Chile shelled Peru. Bolivia met Peru and Chile. Bolivia condemned the
    [ADJECTIVE] attack." """
    attack = 14 if adjective else 13
    judged = f"{adjective} {attack} amod ADJ JJ {adjective}" if adjective else ""
    return parsed(f"""
Chile     1 nsubj PROPN NNP Chile     GPE
shelled   1 ROOT  VERB  VBD shell
Peru      1 dobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
Bolivia   5 nsubj PROPN NNP Bolivia   GPE
met       5 ROOT  VERB  VBD meet
Peru      5 dobj  PROPN NNP Peru      GPE
and       5 cc    CCONJ CC  and
Chile     5 conj  PROPN NNP Chile     GPE
.         5 punct PUNCT .   .
Bolivia   11 nsubj PROPN NNP Bolivia  GPE
condemned 11 ROOT  VERB  VBD condemn
the       {attack} det DET DT the
{judged}
attack    11 dobj  NOUN  NN  attack
.         11 punct PUNCT .   .
""")


def test_a_definite_noun_of_an_act_names_again_the_act_told_before() -> None:
    """ "Chile shelled Peru. Bolivia met Peru and Chile. Bolivia condemned the attack.":
    no verb of attacking comes before, but the shelling is an act of the attack's kind
    (force, 19), so the attack is Chile's and the condemnation is aimed at Chile, though
    Bolivia's counterparts in the article tie."""
    assert ("bolivia", "11", "chile") in pairs(condemned_the_attack())


CONDEMNED_THE_LED_ATTACK = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
shelled   1 ROOT  VERB  VBD shell
Peru      1 dobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
Bolivia   5 nsubj PROPN NNP Bolivia   GPE
condemned 5 ROOT  VERB  VBD condemn
the       10 det  DET   DT  the
Peru      9 npadvmod PROPN NNP Peru   GPE
-         9 punct PUNCT HYPH -
backed    10 amod VERB  VBN back
attack    5 dobj  NOUN  NN  attack
.         5 punct PUNCT .   .
""")


def test_an_adjective_naming_a_doer_in_its_phrase_names_no_act_again() -> None:
    """ "Chile shelled Peru. Bolivia condemned the Peru-backed attack": the attack's
    adjective names a party within its phrase, so it is no act told before, not
    Chile's shelling."""
    assert ("bolivia", "11", "chile") not in pairs(CONDEMNED_THE_LED_ATTACK)


def test_an_adjective_that_names_no_actor_does_not_keep_an_act_from_being_named_again() -> None:
    """ "… Bolivia condemned the brutal attack.": "brutal" judges the act, and names
    no doer as "the Chilean attack" would: the attack is still the shelling told
    before, Chile's."""
    assert ("bolivia", "11", "chile") in pairs(condemned_the_attack("brutal"))


ARRIVED_FROM = parsed("""
The      2 det      DET   DT  the
Chilean  2 amod     ADJ   JJ  chilean  NORP
minister 3 nsubj    NOUN  NN  minister
arrived  3 ROOT     VERB  VBD arrive
in       3 prep     ADP   IN  in
Lima     4 pobj     PROPN NNP Lima     GPE
from     3 prep     ADP   IN  from
Quito    6 pobj     PROPN NNP Quito    GPE
.        3 punct    PUNCT .   .
""")


def test_where_a_journey_set_out_from_is_no_target() -> None:
    """ "The Chilean minister arrived in Lima from Quito" visits Peru, where he arrived,
    not Ecuador, which he left."""
    assert {target for _, _, target in pairs(ARRIVED_FROM)} == {"peru"}


FIRED_FROM_INTO = parsed("""
Peru    1 nsubj    PROPN NNP Peru    GPE
fired   1 ROOT     VERB  VBD fire
rockets 1 dobj     NOUN  NNS rocket
from    1 prep     ADP   IN  from
Bolivia 3 pobj     PROPN NNP Bolivia GPE
into    1 prep     ADP   IN  into
Chile   5 pobj     PROPN NNP Chile   GPE
.       1 punct    PUNCT .   .
""")


def test_what_an_act_is_sent_into_is_its_target_not_where_it_comes_from() -> None:
    """ "fired rockets from Bolivia into Chile", both phrases on the verb: fired at
    Chile, from Bolivia."""
    assert {(e.source, e.target) for e in run(FIRED_FROM_INTO).events} == {("peru", "chile")}


LAUNCHED_AT = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
launched 1 ROOT  VERB  VBD launch
missiles 1 dobj  NOUN  NNS missile
at       1 prep  ADP   IN  at
a        6 det   DET   DT  a
Chilean  6 amod  ADJ   JJ  chilean  NORP
post     3 pobj  NOUN  NN  post
near     6 prep  ADP   IN  near
the      9 det   DET   DT  the
border   7 pobj  NOUN  NN  border
.        1 punct PUNCT .   .
""")


def test_a_pattern_s_noun_is_no_word_of_the_verb_s_own_phrases() -> None:
    """A pattern's noun phrase names the verb's object; its prepositional phrases are
    read by a pattern's phrase alone: the drones "Peru attacked Chile with" are no
    aircraft fought (ATTACK's "- * &AIRCRAFT", no event; the block's "- * WITH", for
    "clashed with", narrows the attack to 190), and "launched missiles at a Chilean post
    near the border" opens no border (START's "- * BORDER", 050): it fires weapons
    (START's "- * &WEAPON", 194)."""
    assert coded_pairs(ATTACKED_WITH) == {("peru", "190", "chile")}
    assert {(e.source, e.cameo) for e in run(LAUNCHED_AT).events} == {("peru", "194")}


TELEPHONED = parsed("""
Chile      1 nsubj PROPN NNP Chile  GPE
telephoned 1 ROOT  VERB  VBD telephone
Peru       1 dobj  PROPN NNP Peru   GPE
on         1 prep  ADP   IN  on
Friday     3 pobj  PROPN NNP Friday DATE
.          1 punct PUNCT .   .
""")


def test_a_phrase_of_time_is_no_prepositional_phrase_of_a_pattern() -> None:
    """CALL's block codes "- * (ON) [020]", CALL ON, an appeal; "telephoned Peru on
    Friday" says when, so it is the block's default, a call (041, both parties':
    [041:041]), not an appeal."""
    assert coded_pairs(TELEPHONED) == {
        ("chile", "041", "peru"),
        ("peru", "041", "chile"),
    }


AGREED_ON_MONDAY_TO = parsed("""
Peru      1 nsubj PROPN NNP Peru     GPE
agreed    1 ROOT  VERB  VBD agree
on        1 prep  ADP   IN  on
Monday    2 pobj  PROPN NNP Monday   DATE
to        1 prep  ADP   IN  to
a         6 det   DET   DT  a
ceasefire 4 pobj  NOUN  NN  ceasefire
with      6 prep  ADP   IN  with
Chile     7 pobj  PROPN NNP Chile    GPE
.         1 punct PUNCT .   .
""")


def test_a_phrase_of_time_is_no_preposition_of_a_trigger() -> None:
    """ "Peru agreed on Monday to a ceasefire with Chile" is no "agree on" Monday, whose
    object would be the target it lacks: it is "agree to" a ceasefire, with Chile."""
    assert {(e.source, e.target) for e in run(AGREED_ON_MONDAY_TO).events} == {("peru", "chile")}


RECEIVED = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
received 1 ROOT  VERB  VBD receive
the      4 det   DET   DT  the
Peruvian 4 amod  ADJ   JJ  peruvian NORP
minister 1 dobj  NOUN  NN  minister
.        1 punct PUNCT .   .
Chile    7 nsubj PROPN NNP Chile    GPE
claimed  7 ROOT  VERB  VBD claim
damage   7 dobj  NOUN  NN  damage
.        7 punct PUNCT .   .
""")


def test_a_plural_noun_of_a_pattern_matches_its_singular() -> None:
    """RECEIVE codes "- * MINISTERS [043:042]" and nothing by default: "received the
    Peruvian minister" hosts a visit (043) as much as receiving ministers does. Only an
    agent noun takes its plural: "claimed damage" is no ALLEGE "- * DAMAGES [1031]"."""
    found = {(e.sentence, e.source, e.cameo) for e in run(RECEIVED).events}
    assert found == {(1, "chile", "043")}


DESTROYED = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
destroyed 1 ROOT  VERB  VBD destroy
a         3 det   DET   DT  a
bridge    1 dobj  NOUN  NN  bridge
in        1 prep  ADP   IN  in
Chile     4 pobj  PROPN NNP Chile     GPE
.         1 punct PUNCT .   .
Peru      8 nsubj PROPN NNP Peru      GPE
destroyed 8 ROOT  VERB  VBD destroy
Chilean   10 amod ADJ   JJ  chilean   NORP
homes     8 dobj  NOUN  NNS home
.         8 punct PUNCT .   .
""")


def test_destroying_is_the_verb_dictionary_s_use_of_force_and_a_home_is_property() -> None:
    """DESTROY's block codes 190; its pattern "- * HOMES [1712]" codes destroying
    property (CAMEO 1712), which is coercion, not fighting."""
    codes = {(source, code) for source, code, _ in pairs(DESTROYED)}
    assert codes == {("peru", "19"), ("peru", "17")}


KILLED_OR_WOUNDED = parsed("""
Iraqis  2 nsubjpass PROPN NNPS Iraqi  NORP
were    2 auxpass   AUX   VBD  be
killed  2 ROOT      VERB  VBN  kill
or      2 cc        CCONJ CC   or
wounded 2 conj      VERB  VBN  wound
by      4 agent     ADP   IN   by
Iran    5 pobj      PROPN NNP  Iran   GPE
.       2 punct     PUNCT .    .
""")


DETAINED_AND_WOUNDED = parsed("""
Iraqis   2 nsubjpass PROPN NNPS Iraqi   NORP
were     2 auxpass   AUX   VBD  be
detained 2 ROOT      VERB  VBN  detain
and      2 cc        CCONJ CC   and
wounded  2 conj      VERB  VBN  wound
by       4 agent     ADP   IN   by
Iran     5 pobj      PROPN NNP  Iran     GPE
.        2 punct     PUNCT .    .
""")


def test_coordinated_participles_share_the_passive_and_its_agent() -> None:
    """ "were detained and wounded by Iran": the victims are the target of both verbs,
    and the by-phrase, hung on the second, is the agent of the first too; each verb is
    coded as its own act (an arrest, 17; HURT's 180)."""
    assert pairs(DETAINED_AND_WOUNDED) == {("iran", "17", "iraq"), ("iran", "18", "iraq")}


def test_a_multi_word_form_takes_in_the_verb_coordinated_after_it() -> None:
    """ "were killed or wounded by Iran": the dictionary's KILLED_OR (KILL's block, 190:
    military force) takes the wounding in, one act, not an assault (HURT's 180) beside
    it; the by-phrase on the second verb is still the first's agent."""
    assert pairs(KILLED_OR_WOUNDED) == {("iran", "19", "iraq")}


WARNED = parsed("""
Chile  1 nsubj PROPN NNP Chile  GPE
warned 1 ROOT  VERB  VBD warn
Peru   1 dobj  PROPN NNP Peru   GPE
.      1 punct PUNCT .   .
Chile  5 nsubj PROPN NNP Chile  GPE
warned 5 ROOT  VERB  VBD warn
of     5 prep  ADP   IN  of
famine 6 pobj  NOUN  NN  famine
.      5 punct PUNCT .   .
Chile  10 nsubj PROPN NNP Chile  GPE
warned 10 ROOT VERB  VBD warn
of     10 prep ADP   IN  of
severe 14 amod ADJ   JJ  severe
reprisals 12 pobj NOUN NNS reprisal
.      10 punct PUNCT .  .
""")


def test_a_warning_addressed_to_an_actor_is_a_threat_and_one_of_famine_is_not() -> None:
    """WARN codes 130 in the verb dictionary, but a reporting verb codes only when it is
    addressed to an actor or one of its patterns reads it ("- * {SEVERE REPRISALS}");
    "warned of famine" is speech, not a threat. (The third sentence's warning names no
    one: its target is Chile's counterpart in the article, inferred, less confident.)"""
    found = [(e.sentence, e.cameo[:2], e.target, e.confidence) for e in run(WARNED).events]
    assert found == [(1, "13", "peru", 0.9), (3, "13", "peru", 0.7)]


VOWED = parsed("""
Chile  1 nsubj PROPN NNP Chile  GPE
vowed  1 ROOT  VERB  VBD vow
to     3 aux   PART  TO  to
attack 1 xcomp VERB  VB  attack
Peru   3 dobj  PROPN NNP Peru   GPE
.      1 punct PUNCT .   .
Chile  7 nsubj PROPN NNP Chile  GPE
vowed  7 ROOT  VERB  VBD vow
to     9 aux   PART  TO  to
keep   7 xcomp VERB  VB  keep
up     9 prt   ADP   RP  up
the    12 det  DET   DT  the
raids  9 dobj  NOUN  NNS raid
on     12 prep ADP   IN  on
Peru   13 pobj PROPN NNP Peru   GPE
.      7 punct PUNCT .   .
""")


def test_a_vow_to_use_force_is_a_threat_of_force_not_an_intent_to_cooperate() -> None:
    """A verb of intent with an act as its complement: the act is the event, intended,
    and a stated use of force is coded as CAMEO 1384 (threaten conventional attack), as
    is "keep up" the raids (a light verb)."""
    found = {(e.sentence, e.source, e.cameo, e.target) for e in run(VOWED).events}
    assert found == {(1, "chile", "1384", "peru"), (2, "chile", "1384", "peru")}


SENT_TO = parsed("""
Chile 1 nsubj  PROPN NNP Chile GPE
sent  1 ROOT   VERB  VBD send
aid   1 dobj   NOUN  NN  aid
to    1 dative ADP   IN  to
Peru  3 pobj   PROPN NNP Peru  GPE
.     1 punct  PUNCT .   .
""")


def test_a_to_phrase_parsed_as_the_dative_gives_the_target() -> None:
    assert pairs(SENT_TO) == {("chile", "07", "peru")}


APPEALED_TO_BOTH = parsed("""
Chile    1 nsubj PROPN NNP Chile   GPE
appealed 1 ROOT  VERB  VBD appeal
to       1 prep  ADP   IN  to
Peru     2 pobj  PROPN NNP Peru    GPE
and      3 cc    CCONJ CC  and
Bolivia  3 conj  PROPN NNP Bolivia GPE
for      1 prep  ADP   IN  for
calm     6 pobj  NOUN  NN  calm
.        1 punct PUNCT .   .
""")


ATTACKED_FROM_BOTH = parsed("""
Rebels   1 nsubj PROPN NNS rebel
attacked 1 ROOT  VERB  VBD attack
from     1 prep  ADP   IN  from
Peru     2 pobj  PROPN NNP Peru    GPE
and      3 cc    CCONJ CC  and
Bolivia  3 conj  PROPN NNP Bolivia GPE
.        1 punct PUNCT .   .
""")


def test_each_of_coordinated_objects_of_a_verb_s_phrase_is_a_target() -> None:
    """ "appealed to Peru and Bolivia": the parser hangs Bolivia on Peru, not on the
    preposition, and the act is addressed to both; not where the act came from
    ("attacked from Peru and Bolivia" is aimed at neither of the places it came from)."""
    assert pairs(APPEALED_TO_BOTH) == {("chile", "02", "peru"), ("chile", "02", "bolivia")}
    assert not [p for p in pairs(ATTACKED_FROM_BOTH) if p[2] == "bolivia"]


REBEL_RAIDS = parsed("""
Rebel    1 compound NOUN NN  rebel
raids    2 nsubj    NOUN NNS raid
killed   2 ROOT     VERB VBD kill
five     4 nummod   NUM  CD  five
soldiers 2 dobj     NOUN NNS soldier
.        2 punct    PUNCT .  .
""")


MILITARY_OFFENSIVE = parsed("""
Peru      1 nsubj PROPN NNP Peru     GPE
launched  1 ROOT  VERB  VBD launch
a         4 det   DET   DT  a
military  4 amod  ADJ   JJ  military
offensive 1 dobj  NOUN  NN  offensive
.         1 punct PUNCT .   .
""")


def test_an_agent_naming_an_act_is_its_doer() -> None:
    """ "rebel raids": an agent noun modifying an event noun is who acted, where a
    modifier of another noun ("a hostage crisis") names no actor, nor does an
    adjective that classifies the act ("a military offensive")."""
    assert pairs(REBEL_RAIDS) == {("rebels", "19", "military")}
    assert pairs(MILITARY_OFFENSIVE) == {("peru", "19", None)}
    assert "military" not in {a.key for a in run(MILITARY_OFFENSIVE).actors}


A_POLICE_SQUAD = parsed("""
A        2 det      DET   DT  a
police   2 compound NOUN  NN  police
squad    3 nsubj    NOUN  NN  squad
arrested 3 ROOT     VERB  VBD arrest
the      5 det      DET   DT  the
students 3 dobj     NOUN  NNS student
.        3 punct    PUNCT .   .
A        10 det      DET   DT  a
Chilean  10 amod     ADJ   JJ  chilean  NORP
infantry 10 compound NOUN  NN  infantry
brigade  11 nsubj    NOUN  NN  brigade
attacked 11 ROOT     VERB  VBD attack
Peruvian 13 amod     ADJ   JJ  peruvian NORP
positions 11 dobj    NOUN  NNS position
.        11 punct    PUNCT .   .
""")


def test_an_agent_naming_a_group_is_who_the_group_is() -> None:
    """ "A police squad arrested the students": an agent noun that is the one
    modifier of a noun of a group names who the group is, the police (it named no
    actor); beside a side ("a Chilean infantry brigade") the group is the side's
    (a brigade, the side's military)."""
    events = run(A_POLICE_SQUAD).events
    assert [(e.sentence, e.source, e.cameo[:2]) for e in events] == [
        (1, "police", "17"),
        (2, "chilean_military", "19"),
    ]


HOME = parsed("""
Colombia  1 nsubj PROPN NNP Colombia GPE
condemned 1 ROOT  VERB  VBD condemn
Peru      1 dobj  PROPN NNP Peru     GPE
.         1 punct PUNCT .   .
Colombia  5 nsubj PROPN NNP Colombia GPE
said      5 ROOT  VERB  VBD say
the       7 det   DET   DT  the
army      8 nsubj NOUN  NN  army
attacked  5 ccomp VERB  VBD attack
rebels    8 dobj  NOUN  NNS rebel
.         5 punct PUNCT .   .
""")

ABROAD = parsed("""
Colombia  1 nsubj PROPN NNP Colombia GPE
condemned 1 ROOT  VERB  VBD condemn
Peru      1 dobj  PROPN NNP Peru     GPE
.         1 punct PUNCT .   .
the       5 det   DET   DT  the
army      6 nsubj NOUN  NN  army
attacked  6 ROOT  VERB  VBD attack
rebels    6 dobj  NOUN  NNS rebel
.         6 punct PUNCT .   .
""")


def test_bare_agents_of_a_story_about_one_country_are_that_country_s() -> None:
    """ "the army" and "rebels" in a story that names Colombia twice as often as any
    other country are Colombia's (COLMIL, COLREB); where two countries are named as
    often, they keep their role codes."""
    assert ("colombian_military", "19", "colombian_rebels") in pairs(HOME)
    codes = {a.key: a.code for a in run(HOME).actors}
    assert (codes["colombian_military"], codes["colombian_rebels"]) == ("COLMIL", "COLREB")
    assert ("military", "19", "rebels") in pairs(ABROAD)


def given_legislature(owner: str, recalled: bool = True) -> Doc:
    """ "{Owner} Senator Jorge Soto accused Chile. Peru condemned Bolivia. [Peru recalled
    its envoy.] Congress criticised Chile.": the senator's office gives him the
    legislature of his side; Peru is named in three sentences (two without the third),
    Chile in two, so the story has no home country."""
    recall = """
Peru        12 nsubj    PROPN NNP Peru     GPE
recalled    12 ROOT     VERB  VBD recall
its         14 poss     PRON  PRP$ its
envoy       12 dobj     NOUN  NN  envoy
.           12 punct    PUNCT .   ."""
    last = 17 if recalled else 12
    return parsed(f"""
{owner}     1  amod     ADJ   JJ  {owner.lower()} NORP
Senator     3  compound PROPN NNP senator
Jorge       3  compound PROPN NNP Jorge    PERSON
Soto        4  nsubj    PROPN NNP Soto     I-PERSON
accused     4  ROOT     VERB  VBD accuse
Chile       4  dobj     PROPN NNP Chile    GPE
.           4  punct    PUNCT .   .
Peru        8  nsubj    PROPN NNP Peru     GPE
condemned   8  ROOT     VERB  VBD condemn
Bolivia     8  dobj     PROPN NNP Bolivia  GPE
.           8  punct    PUNCT .   .{recall if recalled else ""}
Congress    {last} nsubj   PROPN NNP Congress ORG
criticised  {last} ROOT    VERB  VBD criticise
Chile       {last} dobj    PROPN NNP Chile    GPE
.           {last} punct   PUNCT .   .
""")


def congress_against(obj: str) -> Doc:
    """ "Chilean Senator Jorge Soto accused Peru. Chile condemned Peru. Peru protested.
    Chile recalled its envoy. Congress criticised Chile / Chilean <obj> / Bolivia in
    Chile.": Chile is
    named in four sentences, Peru in three, so the story has no home country."""
    last = {
        "": """
Chile      20 dobj     PROPN NNP Chile    GPE
.          20 punct    PUNCT .   .""",
        "in": """
Bolivia    20 dobj     PROPN NNP Bolivia  GPE
in         20 prep     ADP   IN  in
Chile      22 pobj     PROPN NNP Chile    GPE
.          20 punct    PUNCT .   .""",
    }.get(
        obj,
        f"""
Chilean    22 amod     ADJ   JJ  chilean  NORP
{obj}      20 dobj     NOUN  NNS {obj.rstrip("s")}
.          20 punct    PUNCT .   .""",
    )
    return parsed(f"""
Chilean    1  amod     ADJ   JJ  chilean  NORP
Senator    3  compound PROPN NNP senator
Jorge      3  compound PROPN NNP Jorge    PERSON
Soto       4  nsubj    PROPN NNP Soto     I-PERSON
accused    4  ROOT     VERB  VBD accuse
Peru       4  dobj     PROPN NNP Peru     GPE
.          4  punct    PUNCT .   .
Chile      8  nsubj    PROPN NNP Chile    GPE
condemned  8  ROOT     VERB  VBD condemn
Peru       8  dobj     PROPN NNP Peru     GPE
.          8  punct    PUNCT .   .
Peru       12 nsubj    PROPN NNP Peru     GPE
protested  12 ROOT     VERB  VBD protest
.          12 punct    PUNCT .   .
Chile      15 nsubj    PROPN NNP Chile    GPE
recalled   15 ROOT     VERB  VBD recall
its        17 poss     PRON  PRP$ its
envoy      15 dobj     NOUN  NN  envoy
.          15 punct    PUNCT .   .
Congress   20 nsubj    PROPN NNP Congress ORG
criticised 20 ROOT     VERB  VBD criticise{last}
""")


def test_a_bare_agent_takes_the_side_the_article_gives_its_role() -> None:
    """ "Congress" in a story with no home country whose only legislator with a side is
    Peru's senator, Peru being the country the story names most, is Peru's legislature
    (PERLEG), also where it criticises Chile. It keeps its role code where the only
    legislator named is of another country (Chile); where that country is named no
    more often than another (Peru and Chile twice each); and where its sentence names
    that country by another actor ("Congress criticised Chile" in a story led by
    Chile, whose senator is the only one named): it is set apart from that side. A
    country named as a thing's owner, by its other institutions or as a place sets it
    apart from no one ("Congress criticised Chilean exports", "... Chilean officials",
    "... Bolivia in Chile": the Chilean legislature)."""
    assert ("peruvian_legislature", "11", "chile") in pairs(given_legislature("Peruvian"))
    assert ("legislature", "11", "chile") in pairs(given_legislature("Chilean"))
    assert ("legislature", "11", "chile") in pairs(given_legislature("Peruvian", False))
    assert ("legislature", "11", "chile") in pairs(congress_against(""))
    assert "chilean_legislature" in {p[0] for p in pairs(congress_against("exports"))}
    assert "chilean_legislature" in {p[0] for p in pairs(congress_against("officials"))}
    assert "chilean_legislature" in {p[0] for p in pairs(congress_against("in"))}


WORKERS_AT_HOME = parsed("""
Chile     1 nsubj PROPN NNP Chile    GPE
condemned 1 ROOT  VERB  VBD condemn
Peru      1 dobj  PROPN NNP Peru     GPE
.         1 punct PUNCT .   .
Chile     5 nsubj PROPN NNP Chile    GPE
said      5 ROOT  VERB  VBD say
workers   7 nsubj NOUN  NNS worker
accused   5 ccomp VERB  VBD accuse
reporters 7 dobj  NOUN  NNS reporter
.         5 punct PUNCT .   .
""")


def test_a_story_s_workers_are_its_country_s_and_the_press_is_no_one_s() -> None:
    """ "workers" in a story about Chile are Chilean workers (CHLLAB), as a coder reads
    them; "reporters" (MED) cover the story from anywhere and keep their role code (the
    roles table's ``domestic`` column)."""
    assert ("chilean_workers", "11", "media") in pairs(WORKERS_AT_HOME)


MINISTER_AND_GOVERNMENT = parsed("""
Chile      1 nsubj    PROPN NNP Chile    GPE
condemned  1 ROOT     VERB  VBD condemn
Peru       1 dobj     PROPN NNP Peru     GPE
.          1 punct    PUNCT .   .
Chilean    6 amod     ADJ   JJ  chilean  NORP
Minister   6 compound PROPN NNP minister
Soto       7 nsubj    PROPN NNP Soto     PERSON
said       7 ROOT     VERB  VBD say
the        9 det      DET   DT  the
government 10 nsubj   NOUN  NN  government
accused    7 ccomp    VERB  VBD accuse
rebels     10 dobj    NOUN  NNS rebel
.          7 punct    PUNCT .   .
""")


def test_an_office_holder_does_not_set_the_government_beside_him_apart_from_home() -> None:
    """ "Chilean Minister Soto said the government accused rebels": a minister of the
    story's country beside "the government" serves it, so the government is Chile's
    (CHLGOV), unlike troops beside another side's soldiers."""
    assert ("chilean_government", "11", "chilean_rebels") in pairs(MINISTER_AND_GOVERNMENT)


KILLED_SOLDIERS = parsed("""
Troops    1 nsubj PROPN NNS troop
killed    1 ROOT  VERB  VBD kill
Libyan    3 amod  ADJ   JJ  libyan    NORP
soldiers  1 dobj  NOUN  NNS soldier
.         1 punct PUNCT .   .
Libyan    6 amod  ADJ   JJ  libyan    NORP
villages  6 nsubj NOUN  NNS village
were      6 auxpass AUX VBD be
shelled   6 ROOT  VERB  VBN shell
.         6 punct PUNCT .   .
""")


def test_bare_agents_are_not_the_side_they_act_on_later_in_their_sentence() -> None:
    """ "Troops killed Libyan soldiers": the troops do not take the side of the soldiers
    after them in their sentence, nor that of a story about Libya when their sentence
    sets them against Libyan forces."""
    found = {(e.sentence, e.source, e.target) for e in run(KILLED_SOLDIERS).events}
    assert (1, "military", "libyan_military") in found


GROUP_THEN_MILITANTS = parsed("""
Hezbollah 1 nsubj PROPN NNP Hezbollah ORG
attacked  1 ROOT  VERB  VBD attack
Israel    1 dobj  PROPN NNP Israel    GPE
.         1 punct PUNCT .   .
Israeli   5 amod  ADJ   JJ  israeli   NORP
troops    6 nsubj NOUN  NNS troop
attacked  6 ROOT  VERB  VBD attack
the       8 det   DET   DT  the
militants 6 dobj  NOUN  NNS militant
.         6 punct PUNCT .   .
""")

FIGHTERS_THEN_REBELS = parsed("""
Hezbollah 1 compound PROPN NNP Hezbollah ORG
fighters  2 nsubj    NOUN  NNS fighter
attacked  2 ROOT     VERB  VBD attack
Israel    2 dobj     PROPN NNP Israel    GPE
.         2 punct    PUNCT .   .
Israeli   6 amod     ADJ   JJ  israeli   NORP
troops    7 nsubj    NOUN  NNS troop
attacked  7 ROOT     VERB  VBD attack
the       9 det      DET   DT  the
rebels    7 dobj     NOUN  NNS rebel
.         7 punct    PUNCT .   .
""")


def sided_then_bare(sided: str, bare: str) -> Doc:
    """ "Peruvian {sided} attacked Chile. Chilean troops attacked the {bare}."."""
    return parsed(f"""
Peruvian  1 amod  ADJ   JJ  peruvian NORP
{sided}   2 nsubj NOUN  NNS {sided[:-1]}
attacked  2 ROOT  VERB  VBD attack
Chile     2 dobj  PROPN NNP Chile    GPE
.         2 punct PUNCT .   .
Chilean   6 amod  ADJ   JJ  chilean  NORP
troops    7 nsubj NOUN  NNS troop
attacked  7 ROOT  VERB  VBD attack
the       9 det   DET   DT  the
{bare}    7 dobj  NOUN  NNS {bare[:-1]}
.         7 punct PUNCT .   .
""")


def test_bare_armed_men_are_the_insurgents_their_story_named_by_another_role_word() -> None:
    """ "Peruvian rebels attacked Chile. Chilean troops attacked the militants": the
    militants (UAF) are the Peruvian rebels (PERREB), insurgents on a side of their own,
    though named by another armed group's role word; a state's militias (PERUAF) are
    not such a side, so "the rebels" after "Peruvian militias" are not them."""
    assert ("chilean_military", "19", "peruvian_rebels") in pairs(
        sided_then_bare("rebels", "militants")
    )
    found = pairs(sided_then_bare("militias", "rebels"))
    assert not [p for p in found if p[0] == "chilean_military" and p[2] == "peruvian_armed_group"]


BACKED_FACTIONS_AFTER_A_GROUP = parsed(
    """
Hezbollah 1 nsubj    PROPN NNP  Hezbollah ORG
attacked  1 ROOT     VERB  VBD  attack
Israel    1 dobj     PROPN NNP  Israel    GPE
.         1 punct    PUNCT .    .
Syrian    6 npadvmod PROPN NNP  Syrian    NORP
-         6 punct    PUNCT HYPH -
backed    7 amod     VERB  VBN  back
factions  8 nsubj    NOUN  NNS  faction
attacked  8 ROOT     VERB  VBD  attack
Israel    8 dobj     PROPN NNP  Israel    GPE
.         8 punct    PUNCT .    .
""",
    joined=[4, 5],
)

NAMED_REBELS_AFTER_A_GROUP = parsed("""
Hezbollah 1 nsubj    PROPN NNP Hezbollah ORG
attacked  1 ROOT     VERB  VBD attack
Israel    1 dobj     PROPN NNP Israel    GPE
.         1 punct    PUNCT .   .
Zuma      5 compound PROPN NNP Zuma
rebels    6 nsubj    NOUN  NNS rebel
attacked  6 ROOT     VERB  VBD attack
Israel    6 dobj     PROPN NNP Israel    GPE
.         6 punct    PUNCT .   .
""")


def test_bare_armed_men_are_the_armed_group_their_story_named() -> None:
    """ "Hezbollah attacked Israel. Israeli troops attacked the militants": armed men
    named by their role alone are the armed group their story named before them, by its
    name or by its men under another role word ("Hezbollah fighters … the rebels"), as
    a coder codes them; the state's troops are no such side."""
    assert ("israel_defense_forces", "19", "hezbollah") in pairs(GROUP_THEN_MILITANTS)
    assert ("israel_defense_forces", "19", "hezbollah") in pairs(FIGHTERS_THEN_REBELS)
    # men named by words of their own ("Zuma rebels") are a group of their own, and men
    # described by whose they are ("Syrian-backed factions") no group the story named
    assert {e.source for e in run(NAMED_REBELS_AFTER_A_GROUP).events if e.sentence == 2} == {
        "zuma_rebels"
    }
    backed = {e.source for e in run(BACKED_FACTIONS_AFTER_A_GROUP).events if e.sentence == 2}
    assert backed and "hezbollah" not in backed


FIGHTERS_KILLED_MILITANTS = parsed("""
Hezbollah 1 compound PROPN NNP Hezbollah ORG
fighters  2 nsubj    NOUN  NNS fighter
killed    2 ROOT     VERB  VBD kill
two       4 nummod   NUM   CD  two
militants 2 dobj     NOUN  NNS militant
.         2 punct    PUNCT .   .
""")


def test_bare_armed_men_a_named_group_acts_on_are_not_its_own() -> None:
    """ "Hezbollah fighters killed two militants": the militants are whom the group's men
    killed, not the group its story named (as a bare agent takes no side from who acts
    on it); before, the killing was done to Hezbollah itself and dropped."""
    assert {(e.source, e.target) for e in run(FIGHTERS_KILLED_MILITANTS).events} == {
        ("hezbollah", "armed_group")
    }


TALKS_WITH = parsed("""
Peru   1 nsubj PROPN NNP Peru  GPE
spoke  1 ROOT  VERB  VBD speak
after  1 prep  ADP   IN  after
talks  2 pobj  NOUN  NNS talk
with   3 prep  ADP   IN  with
Chile  4 pobj  PROPN NNP Chile GPE
.      1 punct PUNCT .   .
""")


def test_an_event_noun_naming_the_other_party_takes_the_clause_s_subject_as_the_first() -> None:
    """ "spoke after talks with Chile": talks with someone have a first party, and the
    clause the phrase modifies says who."""
    assert ("peru", "04", "chile") in pairs(TALKS_WITH)


CLASHES_BETWEEN = parsed("""
Violent 1 amod  ADJ   JJ  violent
clashes 6 nsubj NOUN  NNS clash
between 1 prep  ADP   IN  between
workers 2 pobj  NOUN  NNS worker
and     3 cc    CCONJ CC  and
police  3 conj  NOUN  NN  police
erupted 6 ROOT  VERB  VBD erupt
in      6 prep  ADP   IN  in
Chile   7 pobj  PROPN NNP Chile GPE
.       6 punct PUNCT .   .
""")


FIRE_EXCHANGED_BETWEEN = parsed("""
An       1 det   DET   DT  an
exchange 8 nsubj NOUN  NN  exchange
of       1 prep  ADP   IN  of
fire     2 pobj  NOUN  NN  fire
between  1 prep  ADP   IN  between
Peru     4 pobj  PROPN NNP Peru  GPE
and      5 cc    CCONJ CC  and
Chile    5 conj  PROPN NNP Chile GPE
shook    8 ROOT  VERB  VBD shake
the      10 det  DET   DT  the
border   8 dobj  NOUN  NN  border
.        8 punct PUNCT .   .
""")

EXCHANGE_OF_PRISONERS = parsed("""
An       1 det   DET   DT  an
exchange 8 nsubj NOUN  NN  exchange
of       1 prep  ADP   IN  of
prisoners 2 pobj NOUN  NNS prisoner
between  1 prep  ADP   IN  between
Peru     4 pobj  PROPN NNP Peru  GPE
and      5 cc    CCONJ CC  and
Chile    5 conj  PROPN NNP Chile GPE
began    8 ROOT  VERB  VBD begin
.        8 punct PUNCT .   .
""")


def test_an_exchange_of_fire_between_sides_is_force_each_uses_on_the_other() -> None:
    """ "An exchange of fire between Peru and Chile": the noun trigger is the noun with
    the noun of its "of" phrase, and the parties between whom it is each fire on the
    other (190); an exchange of prisoners is no fight."""
    assert pairs(FIRE_EXCHANGED_BETWEEN) == {("peru", "19", "chile"), ("chile", "19", "peru")}
    assert not {p for p in pairs(EXCHANGE_OF_PRISONERS) if p[1] == "19"}


def test_parties_between_them_act_on_each_other_only() -> None:
    """ "Clashes between workers and police erupted in Chile": each party fought the
    other, one event each way; no copy of either without its target, to be aimed at the
    country it happened in. The workers, unarmed and named by their role, are those of
    the place: Chile's."""
    found = [(e.source, e.cameo[:2], e.target) for e in run(CLASHES_BETWEEN).events]
    assert sorted(found) == [
        ("chilean_workers", "19", "police"),
        ("police", "19", "chilean_workers"),
    ]


A_SERIES_OF_STRIKES = parsed("""
A       1 det   DET   DT  a
series  6 nsubj NOUN  NN  series
of      1 prep  ADP   IN  of
strikes 2 pobj  NOUN  NNS strike
by      1 prep  ADP   IN  by
miners  4 pobj  NOUN  NNS miner
began   6 ROOT  VERB  VBD begin
.       6 punct PUNCT .   .
Strikers 9 nsubj NOUN NNS striker
marched  9 ROOT  VERB VBD march
.        9 punct PUNCT .  .
A        12 det   DET   DT  a
study    17 nsubj NOUN  NN  study
of       12 prep  ADP   IN  of
strikes  13 pobj  NOUN  NNS strike
by       12 prep  ADP   IN  by
Peru     15 pobj  PROPN NNP Peru GPE
appeared 17 ROOT  VERB  VBD appear
.        17 punct PUNCT .   .
Hunger   20 compound NOUN NN  hunger
strikers 21 nsubj NOUN  NNS striker
marched  21 ROOT  VERB  VBD march
.        21 punct PUNCT .   .
""")


def test_the_by_phrase_of_a_noun_above_an_act_names_the_act_s_doers() -> None:
    """ "A series of strikes by miners": the parser hangs the by phrase on "series",
    which counts acts, so the miners are the strikers; strikers are workers (kg's
    STRIKER agent), hunger strikers civilians (HUNGER_STRIKER). "A study of strikes by
    Peru" names the study's author, not the strikers."""
    assert {(e.source, e.cameo) for e in run(A_SERIES_OF_STRIKES).events} == {
        ("workers", "143"),
        ("workers", "140"),
        ("civilians", "140"),
    }


RETALIATE_AGAINST_ANY_ATTACK_BY = parsed("""
Iran      2 nsubj PROPN NNP Iran      GPE
will      2 aux   AUX   MD  will
retaliate 2 ROOT  VERB  VB  retaliate
against   2 prep  ADP   IN  against
any       5 det   DET   DT  any
attack    3 pobj  NOUN  NN  attack
by        5 prep  ADP   IN  by
Iraq      6 pobj  PROPN NNP Iraq      GPE
.         2 punct PUNCT .   .
""")


def test_a_vow_to_answer_any_act_of_another_is_aimed_at_its_doer() -> None:
    """ "Iran will retaliate against any attack by Iraq": no attack happened ("any"),
    but the threat is aimed at whoever the phrase names as its doer, as "against any
    Iraqi attack" names Iraq by its modifier."""
    assert pairs(RETALIATE_AGAINST_ANY_ATTACK_BY) == {("iran", "13", "iraq")}


COPULA_PREDICATES = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
was      1 ROOT  AUX   VBD be
critical 1 acomp ADJ   JJ  critical
of       2 prep  ADP   IN  of
Peru     3 pobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
Bolivia  7 nsubj PROPN NNP Bolivia GPE
remained 7 ROOT  VERB  VBD remain
opposed  7 acomp ADJ   JJ  opposed
to       8 prep  ADP   IN  to
Peru     11 poss PROPN NNP Peru  GPE
plan     9 pobj  NOUN  NN  plan
.        7 punct PUNCT .   .
""")


def test_a_copula_with_an_adjective_of_disapproval_is_an_event() -> None:
    """ "Chile was critical of Peru" is criticism (111); "Bolivia remained opposed to
    Peru's plan" disapproval (110), as PETRARCH's ENDURE block codes REMAIN OPPOSED:
    the adjective of a copula or of "remain" carries the act."""
    found = coded_pairs(COPULA_PREDICATES)
    assert found == {("chile", "111", "peru"), ("bolivia", "110", "peru")}


IT_WAS_CRITICAL = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
said     1 ROOT  VERB  VBD say
it       3 nsubj PRON  PRP it
was      1 ccomp AUX   VBD be
critical 3 acomp ADJ   JJ  critical
of       4 prep  ADP   IN  of
Peru     5 pobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
""")


def test_it_before_an_adjective_with_its_own_phrase_is_the_reporter() -> None:
    """ "Chile said it was critical of Peru": no clause stands in for the "it" (as in "it
    is crucial to act"), and the adjective takes its own phrase, so "it" is Chile."""
    assert pairs(IT_WAS_CRITICAL) == {("chile", "11", "peru")}


DELEGATES = parsed("""
Japanese   1 amod  ADJ   JJ  japanese NORP
delegates  2 nsubj NOUN  NNS delegate
criticised 2 ROOT  VERB  VBD criticise
Chile      2 dobj  PROPN NNP Chile    GPE
.          2 punct PUNCT .   .
""")


def test_a_side_s_delegates_are_its_government() -> None:
    """ "Japanese delegates criticised Chile": a side's envoys to talks or to an
    international body act for its government (kg's DELEGATE, GOV), not its legislature
    (Phoenix's DELEGATE is a party convention's, LEG)."""
    assert pairs(DELEGATES) == {("japanese_government", "11", "chile")}


PROGRESS_IN_TALKS = parsed("""
Chile    1 nsubj     PROPN NNP Chile    GPE
said     1 ROOT      VERB  VBD say
progress 4 nsubjpass NOUN  NN  progress
was      4 auxpass   AUX   VBD be
made     1 ccomp     VERB  VBN make
in       4 prep      ADP   IN  in
talks    5 pobj      NOUN  NNS talk
with     6 prep      ADP   IN  with
Peru     7 pobj      PROPN NNP Peru     GPE
.        1 punct     PUNCT .   .
Chile      11 nsubj PROPN NNP Chile      GPE
said       11 ROOT  VERB  VBD say
Bolivia    14 poss  PROPN NNP Bolivia    GPE
's         12 case  PART  POS 's
efforts    15 nsubj NOUN  NNS effort
brought    11 ccomp VERB  VBD bring
progress   15 dobj  NOUN  NN  progress
in         15 prep  ADP   IN  in
talks      17 pobj  NOUN  NNS talk
with       18 prep  ADP   IN  with
Peru       19 pobj  PROPN NNP Peru       GPE
.          11 punct PUNCT .   .
""")

A_DIALOGUE = parsed("""
Chile     1 nsubj PROPN NNP Chile    GPE
continued 1 ROOT  VERB  VBD continue
a         3 det   DET   DT  a
dialogue  1 dobj  NOUN  NN  dialogue
with      3 prep  ADP   IN  with
Peru      4 pobj  PROPN NNP Peru     GPE
.         1 punct PUNCT .   .
Chile      9 poss  PROPN NNP Chile   GPE
's         7 case  PART  POS 's
discussion 13 nsubj NOUN NN  discussion
of         9 prep  ADP   IN  of
Peru       12 poss PROPN NNP Peru    GPE
plan       10 pobj NOUN  NN  plan
lasted     13 ROOT VERB  VBD last
.          13 punct PUNCT .  .
""")


def test_talks_in_a_clause_with_no_actor_subject_are_the_reporter_s() -> None:
    """ "Chile said progress was made in talks with Peru": the clause holding the talks
    has no actor for a subject, so the first party is the subject of the clause it is
    reported in, but not where the subject is owned by an actor ("Bolivia's efforts
    brought progress in talks with Peru", Chile said); a "dialogue" (PETRARCH's
    &NEGOTIATION synonym) is talks too."""
    found = {(e.sentence, e.source, e.target) for e in run(PROGRESS_IN_TALKS).events}
    assert {(1, "chile", "peru"), (2, "bolivia", "peru")} <= found
    assert (2, "chile", "peru") not in found
    found = {(e.sentence, e.source, e.target) for e in run(A_DIALOGUE).events}
    assert (1, "chile", "peru") in found
    assert not [f for f in found if f[0] == 2]  # a discussion "of" a plan is no talks with Peru


REPORTED_PREDICTION = parsed("""
Bolivia  1 nsubj PROPN NNP Bolivia GPE
said     1 ROOT  VERB  VBD say
Chile    4 nsubj PROPN NNP Chile   GPE
would    4 aux   AUX   MD  would
accuse   1 ccomp VERB  VB  accuse
Peru     4 dobj  PROPN NNP Peru    GPE
.        1 punct PUNCT .   .
""")

ALLEGED = parsed("""
Chile     2 nsubj  PROPN NNP Chile     GPE
allegedly 2 advmod ADV   RB  allegedly
attacked  2 ROOT   VERB  VBD attack
Peru      2 dobj   PROPN NNP Peru      GPE
.         2 punct  PUNCT .   .
""")

DENIED_CHARGES = parsed("""
Syria   1 nsubj PROPN NNP Syria  GPE
denied  1 ROOT  VERB  VBD deny
the     3 det   DET   DT  the
charges 1 dobj  NOUN  NNS charge
.       1 punct PUNCT .   .
""")

DENIED_REQUEST = parsed("""
Syria   1 nsubj PROPN NNP Syria  GPE
denied  1 ROOT  VERB  VBD deny
Israel  4 poss  PROPN NNP Israel GPE
's      2 case  PART  POS 's
request 1 dobj  NOUN  NN  request
.       1 punct PUNCT .   .
""")


def test_a_reported_would_of_another_actor_is_the_speakers_prediction() -> None:
    (event,) = run(REPORTED_PREDICTION).events
    assert (event.source, event.cameo, event.target) == ("chile", "112", "peru")
    assert (event.said_by, event.modality) == ("bolivia", "hypothetical")


def test_an_evidential_adverb_makes_the_event_claimed_without_a_speaker() -> None:
    (event,) = run(ALLEGED).events
    assert (event.source, event.target, event.said_by) == ("chile", "peru", None)
    assert event.modality == "claimed"


def test_denying_a_charge_is_a_denial_and_denying_a_request_a_rejection() -> None:
    assert [(e.source, e.cameo) for e in run(DENIED_CHARGES).events] == [("syria", "016")]
    assert [(e.source, e.cameo) for e in run(DENIED_REQUEST).events] == [("syria", "120")]
    assert [e.target for e in run(DENIED_REQUEST).events] == ["israel"]


SNUBBED = parsed("""
Peru    1 nsubj PROPN NNP Peru  GPE
snubbed 1 ROOT  VERB  VBD snub
Chile   1 dobj  PROPN NNP Chile GPE
.       1 punct PUNCT .   .
Peru    5 nsubj PROPN NNP Peru  GPE
doxxed  5 ROOT  VERB  VBD doxx
Chile   5 dobj  PROPN NNP Chile GPE
.       5 punct PUNCT .   .
""")

USER_LEXICON = """# for the test: a verb the shipped dictionary lacks, one it codes otherwise
--- DOXX [172] ---
DOXX
--- SNUB [---] ---
SNUB
"""


def test_a_users_lexicon_codes_its_verbs_before_the_shipped_one(tmp_path: Path) -> None:
    """PETRARCH's REBUFF block codes "snubbed" 111; a user's file that lists SNUB as no
    event decides it alone, and adds DOXX (regular forms generated: "doxxed")."""
    assert ("peru", "11", "chile") in pairs(SNUBBED)
    lexicon = tmp_path / "mine.txt"
    lexicon.write_text(USER_LEXICON, encoding="utf-8")
    doc = VerbMatcher(NLP, check_lexicons([lexicon]))(SNUBBED.copy())
    assert pairs(doc) == {("peru", "17", "chile")}


ZAPPED = parsed("""
Peru    1 nsubj PROPN NNP Peru    GPE
zapped  1 ROOT  VERB  VBD zap
Chile   1 dobj  PROPN NNP Chile   GPE
with    1 prep  ADP   IN  with
lasers  3 pobj  NOUN  NNS laser
.       1 punct PUNCT .   .
Chilean 7  amod  ADJ   JJ  chilean NORP
troops  8  nsubj NOUN  NNS troop
zapped  8  ROOT  VERB  VBD zap
Peru    8  dobj  PROPN NNP Peru    GPE
.       8  punct PUNCT .   .
Chile   12 nsubj PROPN NNP Chile   GPE
zapped  12 ROOT  VERB  VBD zap
Peru    12 dobj  PROPN NNP Peru    GPE
.       12 punct PUNCT .   .
""")

PATTERNED_LEXICON = """# for the test: a code chosen by the subject or a prepositional phrase
&SOLDIERY
+TROOPS
+SOLDIERS

--- ZAP [111] ---
ZAP
- * (WITH LASERS) [183]
- &SOLDIERY * [190]
"""


def test_a_pattern_is_chosen_by_words_on_either_side_of_the_verb(tmp_path: Path) -> None:
    """A pattern applies where its words stand: "zapped X with lasers" by the
    prepositional phrase after the verb, "troops zapped X" by the synonym set in the
    subject; a clause with neither takes the block's default code."""
    lexicon = tmp_path / "zap.txt"
    lexicon.write_text(PATTERNED_LEXICON, encoding="utf-8")
    doc = VerbMatcher(NLP, check_lexicons([lexicon]))(ZAPPED.copy())
    assert {(e.sentence, e.cameo) for e in run(doc).events} == {(1, "183"), (2, "190"), (3, "111")}


SANCTIONED = parsed("""
Peru      1 nsubj PROPN NNP Peru     GPE
imposed   1 ROOT  VERB  VBD impose
sanctions 1 dobj  NOUN  NNS sanction
on        1 prep  ADP   IN  on
Chile     3 pobj  PROPN NNP Chile    GPE
.         1 punct PUNCT .   .
Peru      7 nsubj PROPN NNP Peru     GPE
announced 7 ROOT  VERB  VBD announce
an        9 det   DET   DT  an
embargo   7 dobj  NOUN  NN  embargo
against   9 prep  ADP   IN  against
Chile     10 pobj PROPN NNP Chile    GPE
.         7 punct PUNCT .   .
""")


def test_sanctions_and_embargoes_are_cameo_163_on_their_target() -> None:
    """Imposing sanctions, embargoes or boycotts is CAMEO 163, not the root 16 of
    reducing relations; the target is the actor they are imposed on or against."""
    events = run(SANCTIONED).events
    assert {(e.source, e.cameo, e.target) for e in events} == {("peru", "163", "chile")}
    assert {e.sentence for e in events} == {1, 2}


DEPLORING = parsed("""
Peruvian  1  amod     ADJ   JJ  peruvian NORP
ministers 2  compound NOUN  NNS minister
meeting   4  nsubj    NOUN  NN  meeting
here      2  advmod   ADV   RB  here
issued    4  ROOT     VERB  VBD issue
a         6  det      DET   DT  a
statement 4  dobj     NOUN  NN  statement
deploring 6  acl      VERB  VBG deplore
Chile     10 poss     PROPN NNP Chile    GPE
's        8  case     PART  POS 's
raids     7  dobj     NOUN  NNS raid
.         4  punct    PUNCT .   .
""")


def test_a_gerund_on_a_things_name_is_the_act_of_the_verbs_subject() -> None:
    """ "issued a statement deploring X": the statement is no actor, so the deploring is
    the issuer's; the subject is the issuer's own act noun only for "issued" itself
    (the parse makes "meeting" the subject), not for the deploring it passes down to."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(DEPLORING).events}
    assert any(code == "11" and target == "chile" and source for source, code, target in found)


RETALIATION = parsed("""
Peru        1 nsubj PROPN NNP Peru        GPE
imposed     1 ROOT  VERB  VBD impose
sanctions   1 dobj  NOUN  NNS sanction
in          1 prep  ADP   IN  in
retaliation 3 pobj  NOUN  NN  retaliation
for         4 prep  ADP   IN  for
Chile       8 poss  PROPN NNP Chile       GPE
's          6 case  PART  POS 's
failure     5 pobj  NOUN  NN  failure
.           1 punct PUNCT .   .
""")


def test_an_act_in_answer_to_anothers_is_aimed_at_its_doer() -> None:
    """ "imposed sanctions in retaliation for Chile's failure": the sanctions have no
    object actor; the act they answer names the target."""
    coded = coded_pairs(RETALIATION)
    assert ("peru", "163", "chile") in coded


FRONTED_DATE = parsed("""
On       4 prep  ADP   IN  on
March    0 pobj  PROPN NNP March   DATE
3        1 nummod NUM  CD  3       DATE
Chile    0 pobj  PROPN NNP Chile   GPE
expelled 4 ROOT  VERB  VBD expel
Peru     7 poss  PROPN NNP Peru    GPE
's       5 case  PART  POS 's
envoy    4 dobj  NOUN  NN  envoy
.        4 punct PUNCT .   .
""")


def test_a_subject_the_parser_hung_on_a_fronted_date_is_the_subject() -> None:
    """ "On March 3 Chile expelled …": the model may make "Chile" a second object of
    "On"; a preposition has one object, so the name after the date is the clause's
    subject and the act is Chile's."""
    found = {(e.source, e.target) for e in run(FRONTED_DATE).events}
    assert found == {("chile", "peruvian_government")}  # the envoy is his government


SPEAKER_AFTER_OBJECT = parsed("""
Rebels    1  nsubj    NOUN  NNS rebel
raided    12 ccomp    VERB  VBD raid
Peru      4  poss     PROPN NNP Peru      GPE
's        2  case     PART  POS 's
pipeline  1  dobj     NOUN  NN  pipeline
,         4  punct    PUNCT ,   ,
Juan      7  compound PROPN NNP Juan      PERSON
Perez     4  appos    PROPN NNP Perez     PERSON
,         7  punct    PUNCT ,   ,
manager   7  appos    NOUN  NN  manager
of        9  prep     ADP   IN  of
Petroperu 10 pobj     PROPN NNP Petroperu ORG
said      12 ROOT     VERB  VBD say
.         12 punct    PUNCT .   .
""")


def test_a_speaker_the_parser_hung_on_the_object_is_not_the_target() -> None:
    """ "… raided Peru's pipeline, Juan Perez, manager of Petroperu, said": the parser
    may take the speaker for an apposition of the reported clause's last noun; the
    subjectless "said" after his phrase shows he is its subject, so the pipeline stays
    Peru's and the raid is on Peru, reported by Perez."""
    found = {(e.target, e.said_by) for e in run(SPEAKER_AFTER_OBJECT).events}
    assert found == {("peru", "perez")}


KILLED = parsed("""
Chilean  1  amod     ADJ   JJ  chilean  NORP
troops   2  nsubj    NOUN  NNS troop
killed   2  ROOT     VERB  VBD kill
Peruvian 4  amod     ADJ   JJ  peruvian NORP
soldiers 2  dobj     NOUN  NNS soldier
.        2  punct    PUNCT .   .
Chilean  7  amod     ADJ   JJ  chilean  NORP
troops   8  nsubj    NOUN  NNS troop
killed   8  ROOT     VERB  VBD kill
Juan     10 compound PROPN NNP Juan     PERSON
Perez    8  dobj     PROPN NNP Perez    PERSON
.        8  punct    PUNCT .   .
Chilean  13 amod     ADJ   JJ  chilean  NORP
troops   14 nsubj    NOUN  NNS troop
killed   14 ROOT     VERB  VBD kill
Peruvian 16 amod     ADJ   JJ  peruvian NORP
workers  14 dobj     NOUN  NNS worker
.        14 punct    PUNCT .   .
""")


def test_killing_soldiers_is_fighting_and_killing_a_man_is_assault() -> None:
    """KILL's block codes 190, conventional military force; the same force used on a
    person, or on people who bear no arms (workers), is CAMEO's assault (18)."""
    found = {(e.sentence, e.cameo, e.target) for e in run(KILLED).events}
    assert found == {
        (1, "190", "peruvian_military"),
        (2, "180", "perez"),
        (3, "180", "peruvian_workers"),
    }


THREAT_UNLESS = parsed("""
Peru       1 nsubj PROPN NNP Peru       GPE
threatened 1 ROOT  VERB  VBD threaten
to         3 aux   PART  TO  to
close      1 xcomp VERB  VB  close
its        5 poss  PRON  PRP$ its
border     3 dobj  NOUN  NN  border
unless     8 mark  SCONJ IN  unless
Chile      8 nsubj PROPN NNP Chile      GPE
expels     3 advcl VERB  VBZ expel
the        10 det  DET   DT  the
rebels     8 dobj  NOUN  NNS rebel
.          1 punct PUNCT .   .
""")

THREAT_IF_ATTACKED = parsed("""
Peru       1 nsubj     PROPN NNP Peru GPE
threatened 1 ROOT      VERB  VBD threaten
to         3 aux       PART  TO  to
retaliate  1 xcomp     VERB  VB  retaliate
if         7 mark      SCONJ IN  if
it         7 nsubjpass PRON  PRP it
is         7 auxpass   AUX   VBZ be
attacked   3 advcl     VERB  VBN attack
.          1 punct     PUNCT .   .
""")


def test_a_conditional_threat_is_aimed_at_whom_the_condition_names() -> None:
    """ "threatened to close its border unless Chile expels the rebels": the threat has
    no object actor, and its own border is no target; the party whose act the "unless"
    clause names is the one threatened. A condition on the threatener's own fate ("if it
    is attacked") names no one else, and gives no target."""
    threats = {(e.source, e.target) for e in run(THREAT_UNLESS).events if e.cameo[:2] == "13"}
    assert threats == {("peru", "chile")}
    threats = {(e.source, e.target) for e in run(THREAT_IF_ATTACKED).events if e.cameo[:2] == "13"}
    assert threats == {("peru", None)}


OWN_TROOPS = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
withdrew 1 ROOT  VERB  VBD withdraw
its      3 poss  PRON  PRP$ its
troops   1 dobj  NOUN  NNS troop
from     1 prep  ADP   IN  from
the      6 det   DET   DT  the
border   4 pobj  NOUN  NN  border
.        1 punct PUNCT .   .
""")

OWN_RIVAL = parsed("""
Chile  1 nsubj PROPN NNP  Chile GPE
blamed 1 ROOT  VERB  VBD  blame
its    4 poss  PRON  PRP$ its
rival  4 amod  ADJ   JJ   rival
Peru   1 dobj  PROPN NNP  Peru  GPE
.      1 punct PUNCT .    .
""")


def test_the_sources_own_agents_are_not_its_target() -> None:
    """ "Chile withdrew its troops": the troops are Chile's own, moved, not acted
    against; a possessive naming another country's actor is a target ("blamed its
    rival Peru")."""
    (withdrawal,) = run(OWN_TROOPS).events
    assert (withdrawal.source, withdrawal.cameo[:2], withdrawal.target) == ("chile", "08", None)
    (blame,) = run(OWN_RIVAL).events
    assert (blame.source, blame.cameo[:2], blame.target) == ("chile", "11", "peru")


PERSONS_GOVERNMENT = parsed("""
Farmers    1 nsubj    NOUN  NNS farmer
protested  1 ROOT     VERB  VBD protest
against    1 prep     ADP   IN  against
President  4 compound PROPN NNP President
Kagame     6 poss     PROPN NNP Kagame     PERSON
's         4 case     PART  POS 's
government 2 pobj     NOUN  NN  government
.          1 punct    PUNCT .   .
""")


def test_a_persons_agent_is_their_countrys() -> None:
    """ "President Kagame's government": the owner is a person the dictionaries code
    RWA + GOV, so the government is Rwanda's (RWAGOV), affiliated with Rwanda, not a
    government of no country."""
    result = run(PERSONS_GOVERNMENT)
    (event,) = result.events
    government = next(a for a in result.actors if a.key == event.target)
    assert (event.cameo[:2], government.code) == ("14", "RWAGOV")
    assert government.affiliation == "rwanda"


TITLED_SURNAME = parsed("""
President  1 compound PROPN NNP President
Bush       2 nsubj    PROPN NNP Bush      PERSON
criticised 2 ROOT     VERB  VBD criticise
Chile      2 dobj     PROPN NNP Chile     GPE
.          2 punct    PUNCT .   .
""")


def test_a_surname_the_dictionaries_list_with_its_title_takes_that_code() -> None:
    """Two presidents and a Caymanian minister are named Bush, so without a date the
    surname alone codes no one; "President Bush" is listed (PRESIDENT_BUSH) under both
    presidents, who share the country: the person is American."""
    result = run(TITLED_SURNAME)
    (event,) = result.events
    bush = next(a for a in result.actors if a.key == event.source)
    assert bush.label == "Bush" and (bush.code or "")[:3] == "USA"


FOREIGN_NAMESAKE = parsed("""
Moroccan 2 compound PROPN NNP Moroccan NORP
King     2 compound PROPN NNP King
Hassan   3 nsubj    PROPN NNP Hassan   PERSON
welcomed 3 ROOT     VERB  VBD welcome
Peres    3 dobj     PROPN NNP Peres    PERSON
.        3 punct    PUNCT .   .
""")

OWN_NAMESAKE = parsed("""
Jordan   3 poss     PROPN NNP Jordan   GPE
's       0 case     PART  POS 's
Prince   3 compound PROPN NNP Prince
Hassan   4 nsubj    PROPN NNP Hassan   PERSON
welcomed 4 ROOT     VERB  VBD welcome
Peres    4 dobj     PROPN NNP Peres    PERSON
.        4 punct    PUNCT .   .
""")


def test_a_persons_country_named_before_the_name_outranks_a_namesake_in_the_dictionaries() -> None:
    """The dictionaries list "Hassan" alone as Jordan's prince; "Moroccan King Hassan"
    is Morocco's, as a coder reads him: the side his own modifiers name and his title's
    role. Where the modifiers name the dictionaries' country, their code stands."""
    assert actors_of(FOREIGN_NAMESAKE)["hassan"][:2] == ("MARGOV", "morocco")
    assert (actors_of(OWN_NAMESAKE)["hassan"][0] or "").startswith("JOR")
    # a full name the dictionaries list is that person, whatever mission a modifier names
    assert (actors_of(MISSION_MODIFIER)["javier_perez_de_cuellar"][0] or "").startswith("PER")


MISSION_MODIFIER = parsed("""
Lebanese 2 amod     ADJ   JJ  lebanese NORP
peace    2 compound NOUN  NN  peace
mediator 6 compound NOUN  NN  mediator
Javier   6 compound PROPN NNP Javier   B-PERSON
Perez    6 compound PROPN NNP Perez    I-PERSON
de       6 compound PROPN NNP de       I-PERSON
Cuellar  7 nsubj    PROPN NNP Cuellar  I-PERSON
praised  7 ROOT     VERB  VBD praise
Syria    7 dobj     PROPN NNP Syria    GPE
.        7 punct    PUNCT .   .
""")


LED_FORCES = parsed("""
Chilean  2 npadvmod PROPN NNP Chilean NORP
-        2 punct    PUNCT HYPH -
led      3 amod     VERB  VBN lead
troops   4 nsubj    NOUN  NNS troop
shelled  4 ROOT     VERB  VBD shell
the      6 det      DET   DT  the
rebels   4 dobj     NOUN  NNS rebel
.        4 punct    PUNCT .   .
""")

BACKED_FORCES = parsed("""
Chilean  2 npadvmod PROPN NNP Chilean NORP
-        2 punct    PUNCT HYPH -
backed   3 amod     VERB  VBN back
rebels   4 nsubj    NOUN  NNS rebel
shelled  4 ROOT     VERB  VBD shell
the      6 det      DET   DT  the
town     4 dobj     NOUN  NN  town
.        4 punct    PUNCT .   .
""")


def test_forces_a_country_leads_are_its_own() -> None:
    """ "Chilean-led troops" are Chile's military (CHLMIL); "Chilean-backed rebels" are
    someone else's, backed by Chile, not Chile's."""
    (led,) = run(LED_FORCES).events
    assert (led.source, led.cameo[:2]) == ("chilean_military", "19")
    (backed,) = run(BACKED_FORCES).events
    assert backed.source != "chilean_military"


AGENT_OF_TWO_WORDS = parsed("""
Government 1 compound NOUN NN  government
troops     2 nsubj    NOUN NNS troop
shelled    2 ROOT     VERB VBD shell
Peru       2 dobj     PROPN NNP Peru GPE
.          2 punct    PUNCT .   .
""")


def test_an_agent_of_two_words_is_not_named_by_its_own_first_word() -> None:
    """ "Government troops" is one agent of the dictionary (~MIL): its first word names
    no group of it, so the actor is the bare military, not "government government
    troops"."""
    result = run(AGENT_OF_TWO_WORDS)
    (event,) = result.events
    troops = next(a for a in result.actors if a.key == event.source)
    assert (troops.label, troops.code) == ("military", "MIL")


RECEIVED_FROM = parsed("""
Ecuador  1 nsubj PROPN NNP Ecuador GPE
received 1 ROOT  VERB  VBD receive
a        3 det   DET   DT  a
loan     1 dobj  NOUN  NN  loan
from     1 prep  ADP   IN  from
Chile    4 pobj  PROPN NNP Chile   GPE
.        1 punct PUNCT .   .
""")

DIED_IN_A_RAID = parsed("""
Two      1 nummod   NUM   CD  two
soldiers 2 nsubj    NOUN  NNS soldier
died     2 ROOT     VERB  VBD die
in       2 prep     ADP   IN  in
a        6 det      DET   DT  a
rebel    6 compound NOUN  NN  rebel
raid     3 pobj     NOUN  NN  raid
.        2 punct    PUNCT .   .
""")


def test_a_pattern_coding_the_converse_alone_makes_the_subject_the_target() -> None:
    """PETRARCH's "- * LOAN [:071]" under RECEIVE: "Ecuador received a loan from Chile"
    is Chile's aid to Ecuador; "- * (IN RAID) [:190]" under DIE: soldiers who died in a
    rebel raid were attacked by the rebels, the owner of the act noun."""
    assert coded_pairs(RECEIVED_FROM) == {("chile", "071", "ecuador")}
    (death,) = run(DIED_IN_A_RAID).events
    assert (death.source, death.cameo, death.target) == ("rebels", "190", "military")


QUOTED_AS_SAYING = parsed("""
Chile   2 nsubjpass PROPN NNP Chile   GPE
was     2 auxpass   AUX   VBD be
quoted  2 ROOT      VERB  VBN quote
as      2 prep      ADP   IN  as
saying  3 pcomp     VERB  VBG say
it      7 nsubj     PRON  PRP it
would   7 aux       AUX   MD  would
expel   4 ccomp     VERB  VB  expel
the     10 det      DET   DT  the
Peruvian 10 amod    ADJ   JJ  peruvian NORP
envoy   7 dobj      NOUN  NN  envoy
.       2 punct     PUNCT .   .
""")


def test_being_quoted_is_no_event_but_says_who_spoke() -> None:
    """ "Chile was quoted as saying it would expel the Peruvian envoy": the quoting is a
    reporting verb, no statement made to Chile; the expulsion is Chile's word."""
    events = run(QUOTED_AS_SAYING).events
    assert [e.source for e in events] == ["chile"]
    (expulsion,) = events
    assert (expulsion.target, expulsion.said_by) == ("peruvian_government", "chile")


POSSESSOR_ATTACK_ON = parsed("""
Villagers 1 nsubj NOUN  NNS villager
fled      1 ROOT  VERB  VBD flee
after     1 prep  ADP   IN  after
Chile     5 poss  PROPN NNP Chile   GPE
's        3 case  PART  POS 's
attack    2 pobj  NOUN  NN  attack
on        5 prep  ADP   IN  on
Peru      6 pobj  PROPN NNP Peru    GPE
.         1 punct PUNCT .   .
""")


def test_the_possessor_of_an_attack_on_someone_is_its_agent() -> None:
    """ "after Chile's attack on Peru": an act noun whose "on" (or "against", "of")
    phrase names what it is done to has its possessor as the agent, in any clause."""
    coded = {(e.source, e.cameo[:2], e.target) for e in run(POSSESSOR_ATTACK_ON).events}
    assert ("chile", "19", "peru") in coded


POSSESSOR_INCURSION_INTO = parsed("""
Chile     2 poss  PROPN NNP Chile     GPE
's        0 case  PART  POS 's
incursion 5 nsubj NOUN  NN  incursion
into      2 prep  ADP   IN  into
Peru      3 pobj  PROPN NNP Peru      GPE
ended     5 ROOT  VERB  VBD end
.         5 punct PUNCT .   .
""")


def test_the_possessor_of_an_incursion_into_a_country_is_its_agent() -> None:
    """ "Chile's incursion into Peru ended": the ground an act enters is what it is done
    to, so the possessor acts, as with "on" or "against"."""
    coded = {(e.source, e.cameo[:2], e.target) for e in run(POSSESSOR_INCURSION_INTO).events}
    assert ("chile", "19", "peru") in coded


SHELLED_ITS_PORTS = parsed("""
Peru    1 nsubj PROPN NNP  Peru    GPE
said    1 ROOT  VERB  VBD  say
Chile   3 nsubj PROPN NNP  Chile   GPE
shelled 1 ccomp VERB  VBD  shell
its     5 poss  PRON  PRP$ its
ports   3 dobj  NOUN  NNS  port
.       1 punct PUNCT .    .
""")

SHELLED_ITS_OWN_PORTS = parsed("""
Peru    1 nsubj PROPN NNP  Peru    GPE
said    1 ROOT  VERB  VBD  say
Chile   3 nsubj PROPN NNP  Chile   GPE
shelled 1 ccomp VERB  VBD  shell
its     6 poss  PRON  PRP$ its
own     6 amod  ADJ   JJ   own
ports   3 dobj  NOUN  NNS  port
.       1 punct PUNCT .    .
""")

ATTACK_ON_ITS_PORTS = parsed("""
Peru      1 nsubj PROPN NNP  Peru      GPE
condemned 1 ROOT  VERB  VBD  condemn
the       4 det   DET   DT   the
Chilean   4 amod  ADJ   JJ   chilean   NORP
attack    1 dobj  NOUN  NN   attack
on        4 prep  ADP   IN   on
its       7 poss  PRON  PRP$ its
ports     5 pobj  NOUN  NNS  port
.         1 punct PUNCT .    .
""")


LAUNCHED_ITS_ATTACK = parsed("""
Peru     1 nsubj PROPN NNP  Peru    GPE
said     1 ROOT  VERB  VBD  say
Chile    3 nsubj PROPN NNP  Chile   GPE
launched 1 ccomp VERB  VBD  launch
its      5 poss  PRON  PRP$ its
attack   3 dobj  NOUN  NN   attack
.        1 punct PUNCT .    .
""")


def test_force_is_not_used_on_the_doers_own_things() -> None:
    """ "Peru said Chile shelled its ports": "its" could be Chile's, but a country does
    not shell its own ports unless the text says "own"; the ports are Peru's, whether
    the act is a verb or a noun ("condemned the Chilean attack on its ports")."""
    (shelling,) = run(SHELLED_ITS_PORTS).events
    assert (shelling.source, shelling.target) == ("chile", "peru")
    assert shelling.confidence < 0.9  # a pronoun's reading, and its second one
    own = [(e.source, e.target) for e in run(SHELLED_ITS_OWN_PORTS).events]
    assert own == [("chile", None)]
    attack = {(e.source, e.target) for e in run(ATTACK_ON_ITS_PORTS).events if e.cameo[:2] == "19"}
    assert attack == {("chile", "peru")}
    launched = {(e.source, e.target) for e in run(LAUNCHED_ITS_ATTACK).events}
    assert launched == {("chile", None)}  # whose attack it is, not whom it hits


FOUGHT_OFF_THE_PERUVIANS = parsed("""
Chilean 1 amod  ADJ   JJ  chilean NORP
troops  2 nsubj NOUN  NNS troop
fought  2 ROOT  VERB  VBD fight
off     2 prep  ADP   IN  off
the     5 det   DET   DT  the
Peruvians 3 pobj PROPN NNPS Peruvians NORP
.       2 punct PUNCT .   .
""")

FOUGHT_FIERCELY_OFF_THE_PERUVIANS = parsed("""
Chilean   1 amod   ADJ   JJ   chilean   NORP
troops    2 nsubj  NOUN  NNS  troop
fought    2 ROOT   VERB  VBD  fight
fiercely  2 advmod ADV   RB   fiercely
off       2 prep   ADP   IN   off
the       6 det    DET   DT   the
Peruvians 4 pobj   PROPN NNPS Peruvians NORP
.         2 punct  PUNCT .    .
""")


def test_a_particle_taken_for_a_preposition_has_the_verbs_object() -> None:
    """ "Chilean troops fought off the Peruvians": the parser hangs "the Peruvians" on
    "off" as on a preposition; right after the verb, "off" is the verb's particle and
    the Peruvians are fought. Not right after it, "off" is a preposition ("fought
    fiercely off the Peruvians": beside them), which names no target."""
    (fight,) = run(FOUGHT_OFF_THE_PERUVIANS).events
    assert (fight.source, fight.target) == ("chilean_military", "peru")
    (beside,) = run(FOUGHT_FIERCELY_OFF_THE_PERUVIANS).events
    assert beside.target is None


FLEW_SORTIES = parsed("""
Chilean 1 amod   ADJ   JJ  chilean NORP
jets    2 nsubj  NOUN  NNS jet
flew    2 ROOT   VERB  VBD fly
ten     4 nummod NUM   CD  ten
sorties 2 dobj   NOUN  NNS sortie
against 4 prep   ADP   IN  against
Peru    5 pobj   PROPN NNP Peru    GPE
.       2 punct  PUNCT .   .
""")


FLEW_SORTIES_OVER = parsed("""
Chilean 1 amod   ADJ   JJ  chilean NORP
jets    2 nsubj  NOUN  NNS jet
flew    2 ROOT   VERB  VBD fly
ten     4 nummod NUM   CD  ten
sorties 2 dobj   NOUN  NNS sortie
over    2 prep   ADP   IN  over
the     7 det    DET   DT  the
sea     5 pobj   NOUN  NN  sea
.       2 punct  PUNCT .   .
""")


def test_flying_sorties_against_a_side_is_an_air_attack_on_it() -> None:
    """ "Chilean jets flew ten sorties against Peru": "fly" is a light verb of a flight's
    noun, and a sortie against or on a target a combat flight (CAMEO 195, aerial
    weapons); "flew ten sorties over the sea" may be a patrol, and is no event."""
    coded = [(e.source, e.cameo, e.target) for e in run(FLEW_SORTIES).events]
    assert coded == [("chilean_military", "195", "peru")]
    assert run(FLEW_SORTIES_OVER).events == ()


SAUDI_ARABIAN_TANKER = parsed("""
Chile       1 nsubj PROPN NNP Chile       GPE
attacked    1 ROOT  VERB  VBD attack
a           5 det   DET   DT  a
Saudi       4 amod  ADJ   JJ  saudi       B-NORP
Arabian     5 amod  ADJ   JJ  arabian     I-NORP
tanker      1 dobj  NOUN  NN  tanker
.           1 punct PUNCT .   .
""")


def test_a_demonym_of_two_words_hung_one_on_the_other_names_the_side() -> None:
    """ "a Saudi Arabian tanker", parsed as "Saudi" modifying "Arabian": the model's
    entity names the side, read whole at its last word, where the dictionaries code it
    (the gazetteer lists "Saudi" alone)."""
    (attack,) = run(SAUDI_ARABIAN_TANKER).events
    assert attack.target == "saudi_business"


SHIPS_BELONGING_TO = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
shelled   1 ROOT  VERB  VBD shell
boats     1 dobj  NOUN  NNS boat
belonging 2 acl   VERB  VBG belong
to        3 prep  ADP   IN  to
Peru      4 pobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
""")

TANKER_OWNED_BY = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
shelled   1 ROOT  VERB  VBD shell
a         3 det   DET   DT  a
tanker    1 dobj  NOUN  NN  tanker
owned     3 acl   VERB  VBN own
by        4 agent ADP   IN  by
Peru      5 pobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
""")


def test_a_thing_said_to_belong_to_an_actor_is_that_actors() -> None:
    """ "shelled boats belonging to Peru", "a tanker owned by Peru": a participle of
    owning names whose the thing is, as a possessive would; an agent noun ("tanker")
    takes that side."""
    assert [e.target for e in run(SHIPS_BELONGING_TO).events] == ["peru"]
    assert [e.target for e in run(TANKER_OWNED_BY).events] == ["peruvian_business"]


MILITANTS_LINKED_TO = parsed("""
Militants 4 nsubj PROPN NNS militant
linked    0 acl   VERB  VBN link
to        1 prep  ADP   IN  to
Hamas     2 pobj  PROPN NNP Hamas    ORG
attacked  4 ROOT  VERB  VBD attack
Peru      4 dobj  PROPN NNP Peru     GPE
.         4 punct PUNCT .   .
""")

FIGHTERS_LOYAL_TO = parsed("""
Fighters  4 nsubj NOUN  NNS fighter
loyal     0 amod  ADJ   JJ  loyal
to        1 prep  ADP   IN  to
Hamas     2 pobj  PROPN NNP Hamas    ORG
attacked  4 ROOT  VERB  VBD attack
Peru      4 dobj  PROPN NNP Peru     GPE
.         4 punct PUNCT .   .
""")


def test_armed_men_said_to_be_linked_or_loyal_to_a_group_are_that_groups() -> None:
    """ "Militants linked to Hamas attacked Peru", "fighters loyal to Hamas": a word of
    affiliation names the side of the agent it modifies, as an adjective would."""
    assert [e.source for e in run(MILITANTS_LINKED_TO).events] == ["hamas"]
    assert [e.source for e in run(FIGHTERS_LOYAL_TO).events] == ["hamas"]


GENERAL_STAFF_SAID = parsed("""
Peru      3  poss     PROPN NNP Peru    GPE
's        0  case     PART  POS 's
General   3  compound PROPN NNP General B-ORG
Staff     4  nsubj    PROPN NNP Staff   I-ORG
said      4  ROOT     VERB  VBD say
its       6  poss     PRON  PRP$ its
troops    7  nsubj    NOUN  NNS troop
repelled  4  ccomp    VERB  VBD repel
Chilean   9  amod     ADJ   JJ  chilean NORP
attacks   7  dobj     NOUN  NNS attack
.         4  punct    PUNCT .   .
""")


def test_a_countrys_general_staff_is_its_military() -> None:
    """ "Peru's General Staff said its troops repelled Chilean attacks": kg's agents list
    GENERAL_STAFF [~MIL], a state's army command, which speaks for its own troops."""
    extraction = run(GENERAL_STAFF_SAID)
    actors = {a.key: a for a in extraction.actors}
    assert {actors[e.said_by].code for e in extraction.events if e.said_by} == {"PERMIL"}


def killed_in(noun: str, lemma: str, modifier: str = "a") -> Doc:
    """ "Three Peruvian civilians were killed in <modifier> <noun> in Lima." """
    return parsed(f"""
Three      2  nummod    NUM   CD  three
Peruvian   2  amod      ADJ   JJ  peruvian   NORP
civilians  4  nsubjpass NOUN  NNS civilian
were       4  auxpass   AUX   VBD be
killed     4  ROOT      VERB  VBN kill
in         4  prep      ADP   IN  in
a          8  det       DET   DT  a
{modifier} 8  compound  NOUN  NN  {modifier}
{noun}     5  pobj      NOUN  NN  {lemma}
in         4  prep      ADP   IN  in
Lima       9  pobj      PROPN NNP Lima       GPE
.          4  punct     PUNCT .   .
""")


def test_a_killing_undergone_in_an_act_of_violence_is_that_act() -> None:
    """ "Three Peruvian civilians were killed in a car bombing": the toll is the
    bombing's, an assault (18), not the mass killing KILL's "- * CIVILIAN" would make of
    killing civilians (202); killed in a gunbattle, they keep KILL's "(IN GUNBATTLE)",
    193, a kind of the gunbattle's fighting."""
    assert {e.cameo for e in run(killed_in("bombing", "bombing", "car")).events} == {"180"}
    assert {e.cameo for e in run(killed_in("gunbattle", "gunbattle", "street")).events} == {"193"}


KILLED_IN_A_RAID = parsed("""
Three      2  nummod    NUM   CD  three
Peruvian   2  amod      ADJ   JJ  peruvian   NORP
civilians  4  nsubjpass NOUN  NNS civilian
were       4  auxpass   AUX   VBD be
killed     4  ROOT      VERB  VBN kill
in         4  prep      ADP   IN  in
a          8  det       DET   DT  a
Chilean    8  amod      ADJ   JJ  chilean    NORP
raid       5  pobj      NOUN  NN  raid
.          4  punct     PUNCT .   .
Two        11 nummod    NUM   CD  two
farmers    13 nsubjpass NOUN  NNS farmer
were       13 auxpass   AUX   VBD be
wounded    13 ROOT      VERB  VBN wound
in         13 prep      ADP   IN  in
a          17 det       DET   DT  a
Bolivian   17 amod      ADJ   JJ  bolivian   NORP
attack     14 pobj      NOUN  NN  attack
on         17 prep      ADP   IN  on
Peru       18 pobj      PROPN NNP Peru       GPE
.          13 punct     PUNCT .   .
""")


def test_the_toll_of_an_act_whose_doer_is_named_is_the_doers() -> None:
    """ "Three Peruvian civilians were killed in a Chilean raid": Chile, who raided, is
    the killing's source; "two farmers were wounded in a Bolivian attack on Peru" is the
    attack, coded at its noun with its target, the toll no second event."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(KILLED_IN_A_RAID).events}
    assert found == {(1, "chile", "19", "peruvian_civilians"), (2, "bolivia", "19", "peru")}


DIED_IN_SHELLING_BY = parsed("""
Two      1  nummod NUM   CD  two
farmers  2  nsubj  NOUN  NNS farmer
died     2  ROOT   VERB  VBD die
in       2  prep   ADP   IN  in
the      5  det    DET   DT  the
shelling 3  pobj   NOUN  NN  shelling
of       5  prep   ADP   IN  of
the      8  det    DET   DT  the
town     6  pobj   NOUN  NN  town
by       5  prep   ADP   IN  by
Chilean  11 amod   ADJ   JJ  chilean NORP
forces   9  pobj   NOUN  NNS force
.        2  punct  PUNCT .   .
""")


def test_the_toll_of_an_act_its_verb_already_codes_is_the_doers_its_noun_names() -> None:
    """ "Two farmers died in the shelling of the town by Chilean forces": DIE's block
    codes force (190), of the shelling's kind, so the death keeps its code; the
    shelling's by-phrase still names who did it, Chile's forces (force on people, an
    assault)."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(DIED_IN_SHELLING_BY).events}
    assert found == {("chilean_military", "18", "farmers")}


TAKEN_HOSTAGE_IN_A_RAID = parsed("""
Peruvian  1 amod      ADJ   JJ  peruvian NORP
villagers 3 nsubjpass NOUN  NNS villager
were      3 auxpass   AUX   VBD be
taken     3 ROOT      VERB  VBN take
hostage   3 oprd      NOUN  NN  hostage
during    3 prep      ADP   IN  during
a         8 det       DET   DT  a
Chilean   8 amod      ADJ   JJ  chilean NORP
raid      5 pobj      NOUN  NN  raid
.         3 punct     PUNCT .   .
""")


def test_an_abduction_during_a_raid_is_no_toll_of_the_raid() -> None:
    """ "Peruvian villagers were taken hostage during a Chilean raid": the hostage-taking
    is an act of its own (181), by the raiders, not the raid's force (19) that a killing
    in it would be; the raid is its own event."""
    found = coded_pairs(TAKEN_HOSTAGE_IN_A_RAID)
    assert found == {("chile", "181", "peruvian_civilians"), ("chile", "190", None)}


def tariffs(verb: str, lemma: str, owner: str, label: str = "") -> Doc:
    """ "Chile <verb> tariffs on <owner> goods." """
    return parsed(f"""
Chile   1 nsubj PROPN NNP Chile   GPE
{verb}  1 ROOT  VERB  VBD {lemma}
tariffs 1 dobj  NOUN  NNS tariff
on      2 prep  ADP   IN  on
{owner} 5 amod  ADJ   JJ  {owner.lower()} {label}
goods   3 pobj  NOUN  NNS good
.       1 punct PUNCT .   .
""")


def test_tariffs_slapped_on_a_sides_goods_sanction_that_side_and_on_imports_no_one() -> None:
    """ "Chile slapped tariffs on Peruvian goods", "raised tariffs on Peruvian goods":
    punitive tariffs sanction the side whose goods they hit (163), where SLAP's block
    would read an assault; a sanction is done to another party, so tariffs on imported
    goods at large sanction no one."""
    for verb, lemma in (("slapped", "slap"), ("raised", "raise"), ("imposed", "impose")):
        assert pairs(tariffs(verb, lemma, "Peruvian", "NORP")) == {("chile", "16", "peru")}, verb
    assert not run(tariffs("imposed", "impose", "imported")).events


KILLED_AS_THEY_ATTACKED = parsed("""
Chilean  1 amod   ADJ   JJ  chilean  NORP
troops   2 nsubj  NOUN  NNS troop
killed   2 ROOT   VERB  VBD kill
30       5 nummod NUM   CD  30
Peruvian 5 amod   ADJ   JJ  peruvian NORP
soldiers 2 dobj   NOUN  NNS soldier
as       8 mark   SCONJ IN  as
they     8 nsubj  PRON  PRP they
attacked 2 advcl  VERB  VBD attack
Lima     8 dobj   PROPN NNP Lima     GPE
.        2 punct  PUNCT .   .
""")


ITS_TROOPS_KILLED_OR_WOUNDED = parsed("""
Chile    1 nsubj  PROPN NNP  Chile    GPE
said     1 ROOT   VERB  VBD  say
its      3 poss   PRON  PRP$ its
troops   4 nsubj  NOUN  NNS  troop
killed   1 ccomp  VERB  VBD  kill
or       4 cc     CCONJ CC   or
wounded  4 conj   VERB  VBD  wound
30       9 nummod NUM   CD   30
Peruvian 9 amod   ADJ   JJ   peruvian NORP
soldiers 6 dobj   NOUN  NNS  soldier
as       12 mark  SCONJ IN   as
they     12 nsubj PRON  PRP  they
attacked 6 advcl  VERB  VBD  attack
Lima     12 dobj  PROPN NNP  Lima     GPE
.        1 punct  PUNCT .    .
""")


def test_the_subject_pronoun_of_an_adverbial_clause_is_the_clause_aboves_subject() -> None:
    """ "Chilean troops killed 30 Peruvian soldiers as they attacked Lima": "they" is the
    troops, the subject of the clause above, not the nearest plural before it; so it
    is where the clause above shares its subject ("killed or wounded") and the subject
    is an agent a possessive owns ("its troops", an actor once "its" is resolved)."""
    for doc in (KILLED_AS_THEY_ATTACKED, ITS_TROOPS_KILLED_OR_WOUNDED):
        attackers = {e.source for e in run(doc).events if e.trigger == "attacked"}
        assert attackers == {"chilean_military"}


CALLING_THEMSELVES = parsed("""
Chile       1 nsubj    PROPN NNP Chile      GPE
criticised  1 ROOT     VERB  VBD criticise
Peru        1 dobj     PROPN NNP Peru       GPE
.           1 punct    PUNCT .   .
The         5 det      DET   DT  the
officers    10 nsubj   NOUN  NNS officer
,           5 punct    PUNCT ,   ,
calling     5 acl      VERB  VBG call
themselves  7 dobj     PRON  PRP themselves
liberators  7 oprd     NOUN  NNS liberator
said        10 ROOT    VERB  VBD say
.           10 punct   PUNCT .   .
""")

DEFENDED_ITSELF = parsed("""
Chile       1 nsubj    PROPN NNP Chile      GPE
said        1 ROOT     VERB  VBD say
Peru        4 nsubj    PROPN NNP Peru       GPE
would       4 aux      AUX   MD  would
defend      1 ccomp    VERB  VB  defend
itself      4 dobj     PRON  PRP itself
.           1 punct    PUNCT .   .
""")


THE_RIGHT_TO_DEFEND_ITSELF = parsed("""
Chile       1 nsubj    PROPN NNP Chile      GPE
said        1 ROOT     VERB  VBD say
it          3 nsubj    PRON  PRP it
had         1 ccomp    VERB  VBD have
the         5 det      DET   DT  the
right       3 dobj     NOUN  NN  right
to          7 aux      PART  TO  to
defend      5 acl      VERB  VB  defend
itself      7 dobj     PRON  PRP itself
.           1 punct    PUNCT .   .
""")


PERU_ITSELF = parsed("""
Chile       1 nsubj    PROPN NNP Chile      GPE
criticised  1 ROOT     VERB  VBD criticise
Peru        1 dobj     PROPN NNP Peru       GPE
itself      2 appos    PRON  PRP itself
.           1 punct    PUNCT .   .
""")


DIVIDED_BETWEEN_THEMSELVES = parsed("""
Chile       3 nsubj    PROPN NNP Chile      GPE
and         0 cc       CCONJ CC  and
Peru        0 conj     PROPN NNP Peru       GPE
divided     3 ROOT     VERB  VBD divide
the         5 det      DET   DT  the
region      3 dobj     NOUN  NN  region
between     3 prep     ADP   IN  between
themselves  6 pobj     PRON  PRP themselves
.           3 punct    PUNCT .   .
""")


def test_a_reflexive_pronoun_is_its_clause_s_subject_or_no_one() -> None:
    """A reflexive is bound by the subject of its own clause: "Peru would defend
    itself" is Peru defending Peru, not the speaker named first; "the officers,
    calling themselves liberators" are the officers (a participle's subject is the
    noun it modifies), and where they are no actor, neither is "themselves", nor is
    it the nearest actor named before (Peru). Where the grammar does not say ("the
    right to defend itself"), the pronoun is resolved as any other."""

    def pronoun_actors(doc: Doc) -> dict[str, str]:
        mentions = run(doc).mentions
        return {m.text: m.actor for m in mentions if m.text in {"itself", "themselves"}}

    assert pronoun_actors(DEFENDED_ITSELF) == {"itself": "peru"}
    assert pronoun_actors(CALLING_THEMSELVES) == {}
    # an infinitive's subject is not the noun it modifies: Chile has the right
    assert pronoun_actors(THE_RIGHT_TO_DEFEND_ITSELF) == {"itself": "chile"}
    # an emphatic reflexive is what it stands beside, no argument the subject binds
    assert pronoun_actors(PERU_ITSELF) == {"itself": "peru"}
    # two subjects bind it together, not the first of them alone
    assert pronoun_actors(DIVIDED_BETWEEN_THEMSELVES).get("themselves") != "chile"


BACKED_AND_ITS_TROOPS = parsed("""
Chile    1 nsubj PROPN NNP  Chile   GPE
backed   1 ROOT  VERB  VBD  back
Peru     1 dobj  PROPN NNP  Peru    GPE
and      1 cc    CCONJ CC   and
its      5 poss  PRON  PRP$ its
troops   6 nsubj NOUN  NNS  troop
attacked 1 conj  VERB  VBD  attack
Bolivia  6 dobj  PROPN NNP  Bolivia GPE
.        1 punct PUNCT .    .
""")


def test_the_subject_of_a_coordinated_clause_continues_the_first_clauses_subject() -> None:
    """ "Chile backed Peru and its troops attacked Bolivia": the second clause runs on
    with the first's topic, its subject, so "its" is Chile's, not the nearer Peru's."""
    attackers = {e.source for e in run(BACKED_AND_ITS_TROOPS).events if e.trigger == "attacked"}
    assert attackers == {"chilean_military"}


DIVISIONS_OF = parsed("""
Two       1 nummod NUM   CD  two
brigades  4 nsubj  NOUN  NNS brigade
of        1 prep   ADP   IN  of
Chile     2 pobj   PROPN NNP Chile    GPE
attacked  4 ROOT   VERB  VBD attack
Peru      4 dobj   PROPN NNP Peru     GPE
.         4 punct  PUNCT .   .
""")


def test_a_formation_of_an_actor_is_that_actor() -> None:
    """ "Two brigades of Chile attacked Peru": a formation of armed men (a brigade, a
    division, a unit) acts for the actor its "of" phrase names, as "thousands of" do; a
    brigade, an agent of force, is that actor's military."""
    assert [(e.source, e.target) for e in run(DIVISIONS_OF).events] == [
        ("chilean_military", "peru")
    ]


A_REBEL_ALLIANCE = parsed("""
The       2 det      DET   DT  the
rebel     2 compound NOUN  NN  rebel
alliance  3 nsubj    NOUN  NN  alliance
accused   3 ROOT     VERB  VBD accuse
Peru      3 dobj     PROPN NNP Peru     GPE
.         3 punct    PUNCT .   .
""")


def test_an_alliance_its_one_modifier_names_is_that_actor() -> None:
    """ "The rebel alliance accused Peru": an alliance, a coalition or a faction named by
    its one modifier is who that names, as a brigade or a unit is, not a body of its
    own."""
    assert [(e.source, e.target) for e in run(A_REBEL_ALLIANCE).events] == [("rebels", "peru")]


DIED_IN_AN_AMBUSH = parsed("""
Ten        1 nummod NUM   CD  ten
soldiers   2 nsubj  NOUN  NNS soldier
died       2 ROOT   VERB  VBD die
in         2 prep   ADP   IN  in
the        5 det    DET   DT  the
guerrillas 7 poss   NOUN  NNS guerrilla
'          5 case   PART  POS '
ambush     3 pobj   NOUN  NN  ambush
.          2 punct  PUNCT .   .
""")

DIED = parsed("""
Ten      1 nummod NUM   CD  ten
soldiers 2 nsubj  NOUN  NNS soldier
died     2 ROOT   VERB  VBD die
.        2 punct  PUNCT .   .
""")


def test_those_who_died_are_the_target_of_the_act_that_killed_them() -> None:
    """ "die" is a patient-subject verb of the ontology: the soldiers who died are the
    target, the owner of the act noun they died in the source; with no such phrase the
    source is unknown, never the dead."""
    deaths = {(e.source, e.target) for e in run(DIED_IN_AN_AMBUSH).events if e.trigger == "died"}
    assert deaths == {("rebels", "military")}
    (death,) = run(DIED).events
    assert (death.source, death.cameo, death.target) == (None, "190", "military")


def _signed(topic: str = "") -> Doc:
    """ "Chile and Peru signed a treaty <topic>." (``topic``: rows of a phrase on the
    treaty, word 6 onwards)."""
    return parsed(f"""
Chile  3 nsubj PROPN NNP Chile GPE
and    0 cc    CCONJ CC  and
Peru   0 conj  PROPN NNP Peru  GPE
signed 3 ROOT  VERB  VBD sign
a      5 det   DET   DT  a
treaty 3 dobj  NOUN  NN  treaty
{topic}.      3 punct PUNCT .   .
""")


SIGNED_TOGETHER = _signed()

SIGNED_ON_A_TERRITORY = _signed(
    "on     5 prep  ADP   IN  on\nBolivia 6 pobj PROPN NNP Bolivia GPE\n"
)

PRAISED_TOGETHER = parsed("""
Chile   3 nsubj PROPN NNP Chile GPE
and     0 cc    CCONJ CC  and
Peru    0 conj  PROPN NNP Peru  GPE
praised 3 ROOT  VERB  VBD praise
the     5 det   DET   DT  the
treaty  3 dobj  NOUN  NN  treaty
.       3 punct PUNCT .   .
""")


def test_parties_to_a_reciprocal_act_are_each_others_targets() -> None:
    """ "Chile and Peru signed a treaty": signing an agreement (057) is reciprocal in the
    ontology, so each party is the other's target, both directions as coders code it,
    whatever the treaty is on; praising a treaty together is no act on each other."""
    signed = coded_pairs(SIGNED_TOGETHER)
    assert signed == {("chile", "057", "peru"), ("peru", "057", "chile")}
    # what an "on" phrase names is what the treaty is about, not a party to it
    signed = coded_pairs(SIGNED_ON_A_TERRITORY)
    assert signed == {("chile", "057", "peru"), ("peru", "057", "chile")}
    # nor is praise of what no one the text names did (05 is directed: no event)
    assert run(PRAISED_TOGETHER).events == ()


TALKS_AHEAD = parsed("""
Chile  4 nsubj PROPN NNP Chile GPE
and    0 cc    CCONJ CC  and
Peru   0 conj  PROPN NNP Peru  GPE
will   4 aux   AUX   MD  will
hold   4 ROOT  VERB  VB  hold
talks  4 dobj  NOUN  NNS talk
.      4 punct PUNCT .   .
""")


AGREED_TO_TALK = parsed("""
Chile  3 nsubj PROPN NNP Chile GPE
and    0 cc    CCONJ CC  and
Peru   0 conj  PROPN NNP Peru  GPE
agreed 3 ROOT  VERB  VBD agree
to     5 aux   PART  TO  to
hold   3 xcomp VERB  VB  hold
talks  5 dobj  NOUN  NNS talk
.      3 punct PUNCT .   .
""")


NOT_AGREED = parsed("""
Chile  3 nsubj PROPN NNP Chile GPE
did    3 aux   AUX   VBD do
not    3 neg   PART  RB  not
agree  3 ROOT  VERB  VB  agree
to     5 aux   PART  TO  to
meet   3 xcomp VERB  VB  meet
Peru   5 dobj  PROPN NNP Peru  GPE
.      3 punct PUNCT .   .
""")


def test_not_agreeing_to_an_act_is_a_refusal_not_an_intent() -> None:
    """ "did not agree to meet Peru" states no intent to meet: the negated verb is a
    rejection (12), and its complement no event."""
    assert {(e.source, e.cameo[:2], e.target) for e in run(NOT_AGREED).events} == {
        ("chile", "12", "peru")
    }


def test_parties_to_a_reciprocal_act_stated_as_an_intention_are_each_others_targets() -> None:
    """ "Chile and Peru will hold talks": the act read is a meeting (04, reciprocal);
    stated for the future it is an intent to cooperate (03), with each other. So is
    "agreed to hold talks": agreeing to an act states the intent to do it."""
    for doc in (TALKS_AHEAD, AGREED_TO_TALK):
        found = {(e.source, e.cameo[:2], e.target) for e in run(doc).events}
        assert found == {("chile", "03", "peru"), ("peru", "03", "chile")}


AGREED_WITH_TO = parsed("""
Bolivia 1 nsubj PROPN NNP Bolivia GPE
agreed  1 ROOT  VERB  VBD agree
with    1 prep  ADP   IN  with
Brazil  2 pobj  PROPN NNP Brazil  GPE
to      5 aux   PART  TO  to
reopen  1 xcomp VERB  VB  reopen
border  7 compound NOUN NN border
talks   5 dobj  NOUN  NNS talk
.       1 punct PUNCT .   .
""")

AGREED_WITH_ON = parsed("""
Bolivia 1 nsubj PROPN NNP Bolivia GPE
agreed  1 ROOT  VERB  VBD agree
with    1 prep  ADP   IN  with
Brazil  2 pobj  PROPN NNP Brazil  GPE
on      1 prep  ADP   IN  on
a       6 det   DET   DT  a
truce   4 pobj  NOUN  NN  truce
.       1 punct PUNCT .   .
""")


def test_whom_an_act_is_agreed_with_is_its_target() -> None:
    """ "Bolivia agreed with Brazil to reopen border talks": the complement, the act
    agreed to, names no one, and the "with" phrase of the verb it completes names whom
    it is to be done with; "agreed with Brazil on a truce" too, where the trigger's own
    phrase ("agree on") names no actor."""
    for doc in (AGREED_WITH_TO, AGREED_WITH_ON):
        found = {(e.source, e.cameo[:2], e.target) for e in run(doc).events}
        assert found == {("bolivia", "03", "brazil")}, doc.text


OWN_TALKS = parsed("""
Chile  2 poss  PROPN NNP Chile GPE
's     0 case  PART  POS 's
talks  6 nsubj NOUN  NNS talk
with   2 prep  ADP   IN  with
Peru   3 pobj  PROPN NNP Peru  GPE
were   6 cop   AUX   VBD be
cordial 6 ROOT ADJ   JJ  cordial
.      6 punct PUNCT .   .
Bolivia 10 poss PROPN NNP Bolivia GPE
's     8 case  PART  POS 's
visit  13 nsubj NOUN NN  visit
to     10 prep ADP   IN  to
Chile  11 pobj PROPN NNP Chile GPE
ended  13 ROOT VERB  VBD end
.      13 punct PUNCT .  .
Chile  16 nsubj PROPN NNP Chile GPE
had    16 ROOT VERB  VBD have
talks  16 dobj NOUN  NNS talk
with   17 prep ADP   IN  with
Peru   18 pobj PROPN NNP Peru  GPE
.      16 punct PUNCT .  .
Peru   23 poss PROPN NNP Peru  GPE
's     21 case PART  POS 's
return 26 nsubj NOUN NN  return
to     23 prep ADP   IN  to
Chile  24 pobj PROPN NNP Chile GPE
ended  26 ROOT VERB  VBD end
.      26 punct PUNCT .  .
""")


HAD_BLOCKADE = parsed("""
Bolivia  1 nsubj PROPN NNP Bolivia GPE
had      1 ROOT  VERB  VBD have
a        4 det   DET   DT  a
Chilean  4 amod  ADJ   JJ  chilean NORP
blockade 1 dobj  NOUN  NN  blockade
.        1 punct PUNCT .   .
""")


def test_have_is_a_light_verb_of_reciprocal_acts_only() -> None:
    """ "had talks with" is the subject's act, but "Bolivia had a Chilean blockade"
    undergoes Chile's."""
    assert {(e.source, e.cameo[:2]) for e in run(HAD_BLOCKADE).events} == {("chile", "19")}


def test_the_owner_of_an_event_noun_aimed_at_another_party_is_its_agent() -> None:
    """ "Chile's talks with Peru", "Bolivia's visit to Chile": the "with" phrase, or the
    "to" phrase of a verbal act (a visit), names the other party, so the owner is the
    one who acts (without one, "their talks" may be anyone's); in "Peru's return to
    Chile" Peru may be what is returned. "had talks with" is a light verb's: its
    subject acts. Talks are both parties' (ckg:converseClass); a visit is the visitor's."""
    assert pairs(OWN_TALKS) == {
        ("chile", "04", "peru"),
        ("peru", "04", "chile"),
        ("bolivia", "04", "chile"),
    }
    assert {e.sentence for e in run(OWN_TALKS).events} == {1, 2, 3}


RETURNED_FROM = parsed("""
Peru    2 poss  PROPN NNP Peru    GPE
's      0 case  PART  POS 's
return  5 nsubj NOUN  NN  return
from    2 prep  ADP   IN  from
Chile   3 pobj  PROPN NNP Chile   GPE
ended   5 ROOT  VERB  VBD end
.       5 punct PUNCT .   .
Peru    8 nsubj PROPN NNP Peru    GPE
spoke   8 ROOT  VERB  VBD speak
on      8 prep  ADP   IN  on
its     11 poss PRON  PRP$ its
return  9 pobj  NOUN  NN  return
to      11 prep ADP   IN  to
Bolivia 12 pobj PROPN NNP Bolivia GPE
from    11 prep ADP   IN  from
Chile   14 pobj PROPN NNP Chile   GPE
.       8 punct PUNCT .   .
""")


def test_a_return_from_a_place_tells_of_a_visit_there() -> None:
    """ "Peru's return from Chile", "on its return to Bolivia from Chile": coming back
    from a country ends a visit to it (the ontology's noun trigger "return from", as the
    dictionary's "- * (FROM) [042:043]" of RETURN at the verb), so the owner visited
    Chile; where it came back to is no visit, nor is "Peru's return to Chile" above."""
    assert pairs(RETURNED_FROM) == {("peru", "04", "chile")}
    assert {e.sentence for e in run(RETURNED_FROM).events} == {1, 2}


TALKS_ABROAD = parsed("""
Chile  1 nsubj PROPN NNP Chile   GPE
flew   1 ROOT  VERB  VBD fly
to     1 prep  ADP   IN  to
Bolivia 2 pobj PROPN NNP Bolivia GPE
for    1 prep  ADP   IN  for
talks  4 pobj  NOUN  NNS talk
with   5 prep  ADP   IN  with
Peru   6 pobj  PROPN NNP Peru    GPE
.      1 punct PUNCT .   .
""")


def test_an_event_noun_s_own_phrase_names_its_target_before_its_clause_s() -> None:
    """ "flew to Bolivia for talks with Peru": the talks are Chile's (the clause's
    subject), with Peru, not with Bolivia, and still to come (what the journey is for),
    so an intent (03); flying there is FLY's "- * (TO) [036]"."""
    assert pairs(TALKS_ABROAD) == {
        ("chile", "03", "bolivia"),
        ("chile", "03", "peru"),
    }


DECLINED = parsed("""
Chile    1 nsubj  PROPN NNP Chile    GPE
declined 1 ROOT   VERB  VBD decline
to       3 aux    PART  TO  to
comment  1 xcomp  VERB  VB  comment
on       3 prep   ADP   IN  on
Peru     4 pobj   PROPN NNP Peru     GPE
.        1 punct  PUNCT .   .
Chile    8 nsubj  PROPN NNP Chile    GPE
declined 8 ROOT   VERB  VBD decline
to       11 aux   PART  TO  to
be       11 auxpass AUX VB  be
named    8 xcomp  VERB  VBN name
.        8 punct  PUNCT .   .
Chile    14 nsubj PROPN NNP Chile    GPE
declined 14 ROOT  VERB  VBD decline
to       16 aux   PART  TO  to
meet     14 xcomp VERB  VB  meet
Peru     16 dobj  PROPN NNP Peru     GPE
.        14 punct PUNCT .   .
Chile    20 nsubj PROPN NNP Chile    GPE
refused  20 ROOT  VERB  VBD refuse
to       23 aux   PART  TO  to
be       23 auxpass AUX VB  be
bound    20 xcomp VERB  VBN bind
by       23 agent ADP   IN  by
Peru     24 pobj  PROPN NNP Peru     GPE
.        20 punct PUNCT .   .
""")


def test_declining_to_comment_is_011_and_to_be_named_is_no_event() -> None:
    """ "declined to comment on Peru" is CAMEO's 011 (decline comment), one event, not a
    rejection (12) and a negated statement (01) besides; "declined to be named" is a
    source's anonymity and refuses nothing of another; "declined to meet Peru" and
    "refused to be bound by Peru" are rejections."""
    found = {(e.sentence, e.source, e.cameo[:3]) for e in run(DECLINED).events}
    assert {(s, c) for s, _, c in found} == {(1, "011"), (3, "120"), (4, "120")}
    assert (4, "chile", "120") in found


FACING = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
said   1 ROOT  VERB  VBD say
Peru   4 nsubj PROPN NNP Peru  GPE
would  4 aux   AUX   MD  would
face   1 ccomp VERB  VB  face
sanctions 4 dobj NOUN NNS sanction
unless 8 mark  SCONJ IN  unless
it     8 nsubj PRON  PRP it
attacked 4 advcl VERB VBD attack
Bolivia 8 dobj PROPN NNP Bolivia GPE
.      1 punct PUNCT .   .
Peru   12 nsubj PROPN NNP Peru GPE
faces  12 ROOT VERB  VBZ face
sanctions 12 dobj NOUN NNS sanction
.      12 punct PUNCT .  .
Chile  16 nsubj PROPN NNP Chile GPE
said   16 ROOT  VERB  VBD say
Peru   20 nsubj PROPN NNP Peru  GPE
would  20 aux   AUX   MD  would
not    20 neg   PART  RB  not
face   16 ccomp VERB  VB  face
sanctions 20 dobj NOUN NNS sanction
.      16 punct PUNCT .   .
Chile  24 nsubj PROPN NNP Chile GPE
said   24 ROOT  VERB  VBD say
Peru   26 nsubj PROPN NNP Peru  GPE
faced  24 ccomp VERB  VBD face
sanctions 26 dobj NOUN NNS sanction
.      24 punct PUNCT .   .
Once   31 mark  SCONJ IN  once
Chile  31 nsubj PROPN NNP Chile GPE
attacked 36 advcl VERB VBD attack
Peru   31 dobj  PROPN NNP Peru  GPE
,      36 punct PUNCT ,   ,
Bolivia 36 nsubj PROPN NNP Bolivia GPE
would  36 aux   AUX   MD  would
protest 36 ROOT VERB  VB  protest
.      36 punct PUNCT .   .
""")


def test_telling_what_an_actor_will_face_threatens_it() -> None:
    """ "Chile said Peru would face sanctions": Chile threatens Peru with sanctions
    (1312), as "said Peru must" demands; "Peru faces sanctions", said by no one, is no
    threat, and neither is "would not face" or "faced" (what was). The condition
    "unless it attacked Bolivia", in the past tense of reported speech, conditions what
    would be: no attack is reported; but "once Chile attacked Peru, Bolivia would
    protest", told by no one, is a narrative's past, and the attack happened."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(FACING).events}
    assert {f for f in found if f[2] in {"13", "19"}} == {
        (1, "chile", "13", "peru"),
        (5, "chile", "19", "peru"),
    }


PAYING_A_PRICE = parsed("""
Chile  1 nsubj    PROPN NNP Chile GPE
said   1 ROOT     VERB  VBD say
Peru   4 nsubj    PROPN NNP Peru  GPE
would  4 aux      AUX   MD  would
pay    1 ccomp    VERB  VB  pay
a      7 det      DET   DT  a
heavy  7 amod     ADJ   JJ  heavy
price  4 dobj     NOUN  NN  price
.      1 punct    PUNCT .   .
Peru   10 nsubj   PROPN NNP Peru  GPE
paid   10 ROOT    VERB  VBD pay
a      13 det     DET   DT  a
high   13 amod    ADJ   JJ  high
price  10 dobj    NOUN  NN  price
for    10 prep    ADP   IN  for
oil    14 pobj    NOUN  NN  oil
.      10 punct   PUNCT .   .
""")


def test_telling_an_actor_it_will_pay_a_price_threatens_it() -> None:
    """ "Chile said Peru would pay a heavy price": the idiom threatens Peru (13), as
    "would face retaliation" does; "Peru paid a high price for oil", told by no one, is
    what Peru paid, and no threat."""
    found = {(e.sentence, e.source, e.cameo, e.target) for e in run(PAYING_A_PRICE).events}
    assert found == {(1, "chile", "130", "peru")}


A_TRUCE_BROKERED = parsed("""
Israel   3 nsubj PROPN NNP Israel   GPE
and      0 cc    CCONJ CC  and
Hamas    0 conj  PROPN NNP Hamas    ORG
agreed   3 ROOT  VERB  VBD agree
to       3 prep  ADP   IN  to
a        6 det   DET   DT  a
truce    4 pobj  NOUN  NN  truce
mediated 6 acl   VERB  VBN mediate
by       7 agent ADP   IN  by
the      11 det  DET   DT  the
African  11 compound PROPN NNP African B-ORG
Union    8 pobj  PROPN NNP Union    I-ORG
.        3 punct PUNCT .   .
""")


def test_a_mediation_is_aimed_at_the_parties_it_mediates_between() -> None:
    """ "Israel and Hamas agreed to a truce mediated by the African Union": the mediation
    (045) is the AU's, coded as the dictionaries code its bodies (IGOAFRAFU), aimed at
    each party of the clause the truce is in."""
    extraction = run(A_TRUCE_BROKERED)
    mediated = {(e.source, e.target) for e in extraction.events if e.cameo == "045"}
    assert mediated == {("african_union", "israel"), ("african_union", "hamas")}
    assert {a.key: a.code for a in extraction.actors}["african_union"] == "IGOAFRAFU"


TALKS_MEDIATED_IN = parsed("""
Chile    3 nsubj PROPN NNP Chile    GPE
and      0 cc    CCONJ CC  and
Peru     0 conj  PROPN NNP Peru     GPE
agreed   3 ROOT  VERB  VBD agree
after    3 prep  ADP   IN  after
talks    4 pobj  NOUN  NNS talk
in       5 prep  ADP   IN  in
Quito    6 pobj  PROPN NNP Quito    GPE
mediated 5 acl   VERB  VBN mediate
by       8 agent ADP   IN  by
Ecuador  9 pobj  PROPN NNP Ecuador  GPE
.        3 punct PUNCT .   .
""")


def test_an_act_a_participle_tells_is_where_its_noun_is() -> None:
    """ "Chile and Peru agreed after talks in Quito mediated by Ecuador": the mediation,
    told by a participle on the talks, happened where the talks did."""
    mediated = [e for e in run(TALKS_MEDIATED_IN).events if e.cameo == "045"]
    assert mediated and {e.location for e in mediated} == {"quito_ecu"}, mediated


OFFERED_TO_MEDIATE = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
offered 1 ROOT  VERB  VBD offer
to      3 aux   PART  TO  to
mediate 1 xcomp VERB  VB  mediate
between 3 prep  ADP   IN  between
Peru    4 pobj  PROPN NNP Peru    GPE
and     5 cc    CCONJ CC  and
Bolivia 5 conj  PROPN NNP Bolivia GPE
.       1 punct PUNCT .   .
""")

MEDIATOR_BETWEEN = parsed("""
Chile    2 nsubj PROPN NNP Chile   GPE
will     2 aux   AUX   MD  will
act      2 ROOT  VERB  VB  act
as       2 prep  ADP   IN  as
mediator 3 pobj  NOUN  NN  mediator
between  4 prep  ADP   IN  between
Peru     5 pobj  PROPN NNP Peru    GPE
and      6 cc    CCONJ CC  and
Bolivia  6 conj  PROPN NNP Bolivia GPE
.        2 punct PUNCT .   .
""")


def test_an_offer_to_mediate_is_aimed_at_the_parties_named_between() -> None:
    """ "Chile offered to mediate between Peru and Bolivia", "Chile will act as mediator
    between Peru and Bolivia": the verb's own "between" phrase, or that of a noun of its
    phrase, names the parties; the intent to mediate (039) is aimed at each."""
    for doc in (OFFERED_TO_MEDIATE, MEDIATOR_BETWEEN):
        assert pairs(doc) == {("chile", "03", "peru"), ("chile", "03", "bolivia")}, doc.text


APPEALED_TO_RECONSIDER = parsed("""
Chile      1 nsubj PROPN NNP Chile GPE
appealed   1 ROOT  VERB  VBD appeal
to         5 aux   AUX   TO  to
Peru       5 nsubj PROPN NNP Peru  GPE
to         5 aux   PART  TO  to
reconsider 1 xcomp VERB  VB  reconsider
.          1 punct PUNCT .   .
""")


def test_an_appeal_asks_the_subject_the_parser_gave_its_infinitive() -> None:
    """ "Chile appealed to Peru to reconsider", parsed with "Peru to reconsider" as a
    clause of its own (the model's parse of "appealed to donor governments to
    reconsider"): the infinitive's subject is whom the appeal asks."""
    assert pairs(APPEALED_TO_RECONSIDER) == {("chile", "02", "peru")}


TOURED = parsed("""
Chilean 1 amod  ADJ   JJ  chilean NORP
envoys  2 nsubj NOUN  NNS envoy
toured  2 ROOT  VERB  VBD tour
Peru    2 dobj  PROPN NNP Peru    GPE
.       2 punct PUNCT .   .
""")


def test_touring_a_country_visits_it() -> None:
    """ "Chilean envoys toured Peru": touring a country visits it (042), where the verb
    dictionary's GO_SOMEWHERE codes a bare journey (040)."""
    assert coded_pairs(TOURED) == {("chilean_government", "042", "peru")}


PAUSED_FUNDING = parsed("""
Peru    1 nsubj PROPN NNP Peru   GPE
paused  1 ROOT  VERB  VBD pause
funding 1 dobj  NOUN  NN  funding
to      1 prep  ADP   IN  to
Chile   3 pobj  PROPN NNP Chile  GPE
.       1 punct PUNCT .   .
""")


def test_pausing_or_cutting_funding_stops_material_aid() -> None:
    """ "Peru paused funding to Chile": stopping material aid (162), aimed at whom the
    funding went to; the dictionary's CANCEL block has no pattern for aid."""
    assert [(e.source, e.cameo, e.target) for e in run(PAUSED_FUNDING).events] == [
        ("peru", "162", "chile")
    ]


SPEECH_NOUNS = parsed("""
Chilean   1 amod  ADJ   JJ  chilean   NORP
criticism 5 nsubj NOUN  NN  criticism
of        1 prep  ADP   IN  of
Peru      2 pobj  PROPN NNP Peru      GPE
was       5 cop   AUX   VBD be
sharp     5 ROOT  ADJ   JJ  sharp
.         5 punct PUNCT .   .
Bolivia   7 nsubj PROPN NNP Bolivia   GPE
rejected  7 ROOT  VERB  VBD reject
Peru      11 poss PROPN NNP Peru      GPE
's        9 case  PART  POS 's
request   7 dobj  NOUN  NN  request
to        11 prep ADP   IN  to
Chile     12 pobj PROPN NNP Chile     GPE
.         7 punct PUNCT .   .
Chile     17 poss PROPN NNP Chile     GPE
's        15 case PART  POS 's
invitation 21 nsubjpass NOUN NN invitation
to        17 prep ADP   IN  to
Peru      18 pobj PROPN NNP Peru      GPE
was       21 auxpass AUX VBD be
welcomed  21 ROOT VERB  VBN welcome
.         21 punct PUNCT .  .
Peru      25 poss PROPN NNP Peru      GPE
's        23 case PART  POS 's
warning   28 nsubj NOUN NN  warning
to        25 prep ADP   IN  to
Bolivia   26 pobj PROPN NNP Bolivia   GPE
ended     28 ROOT VERB  VBD end
.         28 punct PUNCT .  .
Peru      32 poss PROPN NNP Peru      GPE
's        30 case PART  POS 's
warning   35 nsubj NOUN NN  warning
of        32 prep ADP   IN  of
famine    33 pobj NOUN  NN  famine
ended     35 ROOT VERB  VBD end
.         35 punct PUNCT .  .
""")


def test_nouns_of_verbal_acts_are_events_with_their_agent_and_target() -> None:
    """ "Chilean criticism of Peru" criticises Peru: with its agent named apart, the "of"
    phrase names what the act is aimed at; "Peru's request to Chile", which Bolivia
    rejected, is Peru's appeal to Chile, "Chile's invitation to Peru" a consultation
    (PETRARCH's INVITE, 040) and "Peru's warning to Bolivia" a threat (WARN, 130): the
    ontology's noun triggers. A warning of famine, warning no one, is none."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(SPEECH_NOUNS).events}
    assert {
        (1, "chile", "11", "peru"),
        (2, "peru", "02", "chile"),
        (3, "chile", "04", "peru"),
        (4, "peru", "13", "bolivia"),
    } <= found
    assert 5 not in {sentence for sentence, *_ in found}  # "Peru's warning of famine"


DICTIONARY_NOUNS = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
rejected  1 ROOT  VERB  VBD reject
Peru      4 poss  PROPN NNP Peru      GPE
's        2 case  PART  POS 's
call      1 dobj  NOUN  NN  call
for       4 prep  ADP   IN  for
a         7 det   DET   DT  a
ceasefire 5 pobj  NOUN  NN  ceasefire
.         1 punct PUNCT .   .
Bolivia   10 nsubj PROPN NNP Bolivia  GPE
condemned 10 ROOT VERB  VBD condemn
the       13 det  DET   DT  the
Peruvian  13 amod ADJ   JJ  peruvian  NORP
shelling  10 dobj NOUN  NN  shelling
of        13 prep ADP   IN  of
Chile     14 pobj PROPN NNP Chile     GPE
.         10 punct PUNCT .  .
Bolivia   18 nsubj PROPN NNP Bolivia  GPE
welcomed  18 ROOT VERB  VBD welcome
the       21 det  DET   DT  the
Peruvian  21 amod ADJ   JJ  peruvian  NORP
expulsion 18 dobj NOUN  NN  expulsion
and       21 cc   CCONJ CC  and
the       25 det  DET   DT  the
Chilean   25 amod ADJ   JJ  chilean   NORP
comment   21 conj NOUN  NN  comment
on        25 prep ADP   IN  on
Peru      26 pobj PROPN NNP Peru      GPE
.         18 punct PUNCT .  .
Bolivia   30 nsubj PROPN NNP Bolivia  GPE
read      30 ROOT VERB  VBD read
the       33 det  DET   DT  the
Chilean   33 amod ADJ   JJ  chilean   NORP
statement 30 dobj NOUN  NN  statement
on        33 prep ADP   IN  on
the       36 det  DET   DT  the
attack    34 pobj NOUN  NN  attack
.         30 punct PUNCT .  .
The           39 det   DET   DT  the
confrontation 44 nsubj NOUN  NN  confrontation
between       39 prep  ADP   IN  between
Peru          40 pobj  PROPN NNP Peru     GPE
and           41 cc    CCONJ CC  and
Chile         41 conj  PROPN NNP Chile    GPE
worried       44 ROOT  VERB  VBD worry
Bolivia       44 dobj  PROPN NNP Bolivia  GPE
.             44 punct PUNCT .   .
Bolivia       48 nsubj PROPN NNP Bolivia  GPE
criticized    48 ROOT  VERB  VBD criticize
the           51 det   DET   DT  the
Peruvian      51 amod  ADJ   JJ  peruvian NORP
decision      48 dobj  NOUN  NN  decision
on            51 prep  ADP   IN  on
Chile         52 pobj  PROPN NNP Chile    GPE
.             48 punct PUNCT .   .
""")


def test_a_noun_naming_a_dictionary_verbs_act_is_coded_as_the_verb() -> None:
    """Nouns no trigger of the ontology names, read through WordNet's nominalisations
    by the verb dictionary: "Peru's call for a ceasefire" is CALL's "- * (FOR
    &CEASEFIRE)", an appeal (0256) that needs no target in its clause; "the Peruvian
    shelling of Chile" SHELL's default, force (190), aimed at Chile."""
    found = {(e.sentence, e.source, e.cameo, e.target) for e in run(DICTIONARY_NOUNS).events}
    assert (1, "peru", "0256") in {event[:3] for event in found}
    assert (2, "peru", "190", "chile") in found


def test_a_dictionary_nouns_default_code_needs_a_target_and_speech_nouns_code_nothing() -> None:
    """ "Bolivia welcomed the Peruvian expulsion and the Chilean comment on Peru": a
    verb's default code makes an event only with a target, at its noun as at the verb
    (EXPEL, 174, expels no one here), and a default coding a statement (COMMENT, 010)
    names no act, even aimed at Peru. "Bolivia read the Chilean statement on the
    attack": a noun of a verb of saying is no act of its own, though its block's
    patterns read an act in its phrase (REPORT's "- * ATTACK", 190)."""
    events = run(DICTIONARY_NOUNS).events
    assert {(e.source, e.target) for e in events if e.sentence == 3} <= {
        ("bolivia", "peru"),
        ("bolivia", "chile"),
    }
    statement = DICTIONARY_NOUNS[33]
    coded = noun_code(statement)
    assert coded is not None and coded[0].event == "190"
    assert dictionary_noun(statement, load_ontology().vocabulary) is None
    assert not [e for e in events if e.sentence == 4 and e.source == "chile"]


TAKEN_ACT = parsed("""
Chile     1 nsubj PROPN NNP Chile     GPE
took      1 ROOT  VERB  VBD take
military  3 amod  ADJ   JJ  military
action    1 dobj  NOUN  NN  action
against   1 prep  ADP   IN  against
Peru      4 pobj  PROPN NNP Peru      GPE
.         1 punct PUNCT .   .
Chile     8 nsubj PROPN NNP Chile     GPE
took      8 ROOT  VERB  VBD take
the       11 det  DET   DT  the
Peruvian  11 amod ADJ   JJ  peruvian  NORP
ship      8 dobj  NOUN  NN  ship
.         8 punct PUNCT .   .
Chile     14 nsubj PROPN NNP Chile    GPE
seized    14 ROOT VERB  VBD seize
the       17 det  DET   DT  the
Peruvian  17 amod ADJ   JJ  peruvian  NORP
television 14 dobj NOUN NN  television
.         14 punct PUNCT .  .
""")


def test_a_seizure_takes_a_thing_not_an_act() -> None:
    """ "Chile took military action against Peru": TAKE's default, a seizure of property
    (171), reads nothing where the object names an act (ACT's noun, "action"): "take" is
    then a light verb that only carries it. "Chile took the Peruvian ship" is still a
    seizure, of Peru's; so is "Chile seized the Peruvian television", though TELEVISE
    names its noun: only "take" is light."""
    events = {(e.sentence, e.source, e.cameo, e.target) for e in run(TAKEN_ACT).events}
    assert not [e for e in events if e[0] == 1 and e[2].startswith("171")]
    assert (2, "chile", "171", "peru") in events
    assert [e for e in events if e[:3] == (3, "chile", "171")]


TOOK_TO_A_PLACE = parsed("""
Chile     1 nsubj PROPN NNP Chile    GPE
took      1 ROOT  VERB  VBD take
the       4 det   DET   DT  the
Peruvian  4 amod  ADJ   JJ  peruvian NORP
proposals 1 dobj  NOUN  NNS proposal
to        1 prep  ADP   IN  to
Bolivia   5 pobj  PROPN NNP Bolivia  GPE
.         1 punct PUNCT .   .
""")


TOOK_SOLDIERS_TO_A_PLACE = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
took     1 ROOT  VERB  VBD take
two      4 nummod NUM  CD  two
Peruvian 4 amod  ADJ   JJ  peruvian NORP
soldiers 1 dobj  NOUN  NNS soldier
to       1 prep  ADP   IN  to
Bolivia  5 pobj  PROPN NNP Bolivia  GPE
.        1 punct PUNCT .   .
""")


def test_what_take_carries_somewhere_is_not_seized() -> None:
    """ "Chile took the Peruvian proposals to Bolivia" carries them there, its "to"
    phrase naming where: no seizure (TAKE's default, 171) of Peru's or Bolivia's. People
    taken somewhere may be seized: "Chile took two Peruvian soldiers to Bolivia" still
    is."""
    assert not [e for e in run(TOOK_TO_A_PLACE).events if e.cameo.startswith("17")]
    assert [e for e in run(TOOK_SOLDIERS_TO_A_PLACE).events if e.cameo.startswith("17")]


CAMPAIGN_KILLED = parsed("""
The       3 det   DET   DT  the
rebels    3 poss  NOUN  NNS rebel
'         1 case  PART  POS '
campaign  7 nsubj NOUN  NN  campaign
of        3 prep  ADP   IN  of
bombings  4 pobj  NOUN  NNS bombing
has       7 aux   AUX   VBZ have
killed    7 ROOT  VERB  VBN kill
40        9 nummod NUM  CD  40
people    7 dobj  NOUN  NNS people
.         7 punct PUNCT .   .
""")


def test_a_dictionary_noun_is_no_act_subject() -> None:
    """ "The rebels' campaign of bombings has killed 40 people": the subject that names
    the act is read by the ontology's nouns alone; CAMPAIGN's code (100, a demand) is
    no act that killed."""
    assert not [e for e in run(CAMPAIGN_KILLED).events if e.cameo.startswith("10")]


def test_a_dictionary_noun_takes_no_parties_between_and_states_no_intent() -> None:
    """ "The confrontation between Peru and Chile worried Bolivia": a verb's act named by
    its noun (CONFRONT, 040) is no act the two did together, as "talks between" them
    are (the ontology's nouns); "Bolivia criticized the Peruvian decision on Chile": a
    noun of deciding states no intent (DECIDE's default, 030), aimed at Chile or not."""
    found = {(e.sentence, e.source) for e in run(DICTIONARY_NOUNS).events}
    assert not {(5, "peru"), (5, "chile"), (6, "peru")} & found


def test_a_noun_is_marked_with_the_first_verb_a_lexicon_lists() -> None:
    """The ``kg_verbs`` component marks a noun whose act names a verb of the
    dictionaries, with the file that decides the verb and the verb: "call" is CALL's,
    "expulsion" EXPEL's; a noun of no listed verb ("ceasefire") is not marked."""
    marked = {s.start: (s.kb_id_, s.label_) for s in DICTIONARY_NOUNS.spans[NOMINALS]}
    assert marked[4] == ("CALL", SHIPPED) and marked[21][0] == "EXPEL"
    assert 7 not in marked


ANSWERED_VICTIM = parsed("""
Peru     1 nsubj PROPN NNP Peru    GPE
shelled  1 ROOT  VERB  VBD shell
the      3 det   DET   DT  the
town     1 dobj  NOUN  NN  town
in       1 prep  ADP   IN  in
response 4 pobj  NOUN  NN  response
to       5 prep  ADP   IN  to
an       8 det   DET   DT  an
attack   6 pobj  NOUN  NN  attack
on       8 prep  ADP   IN  on
Bolivia  9 pobj  PROPN NNP Bolivia GPE
by       8 prep  ADP   IN  by
Chile    11 pobj PROPN NNP Chile   GPE
.        1 punct PUNCT .   .
Peru     15 nsubj PROPN NNP Peru   GPE
shelled  15 ROOT VERB  VBD shell
the      17 det  DET   DT  the
town     15 dobj NOUN  NN  town
in       15 prep ADP   IN  in
response 18 pobj NOUN  NN  response
to       19 prep ADP   IN  to
an       22 det  DET   DT  an
attack   20 pobj NOUN  NN  attack
on       22 prep ADP   IN  on
a        26 det  DET   DT  a
Bolivian 26 amod ADJ   JJ  bolivian NORP
ship     23 pobj NOUN  NN  ship
.        15 punct PUNCT .  .
Brazil   29 nsubj PROPN NNP Brazil  GPE
shelled  29 ROOT VERB  VBD shell
the      31 det  DET   DT  the
town     29 dobj NOUN  NN  town
in       29 prep ADP   IN  in
response 32 pobj NOUN  NN  response
to       33 prep ADP   IN  to
an       36 det  DET   DT  an
attack   34 pobj NOUN  NN  attack
on       36 prep ADP   IN  on
Bolivia  37 pobj PROPN NNP Bolivia GPE
by       38 prep ADP   IN  by
Chile    39 pobj PROPN NNP Chile   GPE
.        29 punct PUNCT .  .
""")


def test_an_answer_is_aimed_at_the_answered_acts_doer_not_its_victim() -> None:
    """ "Peru shelled the town in response to an attack on Bolivia by Chile": the
    shelling answers Chile, who attacked, not Bolivia, who was attacked; in "in response
    to an attack on a Bolivian ship" the answered act names no doer, and the victim's
    side is still no target; where the parser hangs the "by" phrase on the victim
    ("an attack on Bolivia by Chile" again), it still names the doer."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(ANSWERED_VICTIM).events}
    assert {(1, "peru", "19", "chile"), (3, "brazil", "19", "chile")} <= found
    assert not {(1, "peru", "19", "bolivia"), (2, "peru", "19", "bolivia")} & found


PASSIVE_PATTERN = parsed("""
Chilean     1 amod      ADJ   JJ  chilean     NORP
gunboats    3 nsubjpass NOUN  NNS gunboat
were        3 auxpass   AUX   VBD be
attacked    3 ROOT      VERB  VBN attack
by          3 agent     ADP   IN  by
Peruvian    6 amod      ADJ   JJ  peruvian    NORP
helicopters 4 pobj      NOUN  NNS helicopter
.           3 punct     PUNCT .   .
Chile       9 nsubj     PROPN NNP Chile       GPE
condemned   9 ROOT      VERB  VBD condemn
the         11 det      DET   DT  the
staging     9 dobj      NOUN  NN  staging
of          11 prep     ADP   IN  of
attacks     12 pobj     NOUN  NNS attack
by          11 prep     ADP   IN  by
Peruvian    16 amod     ADJ   JJ  peruvian    NORP
aircraft    14 pobj     NOUN  NN  aircraft
.           9 punct     PUNCT .   .
""")


ARRESTED_WHO = parsed("""
Seven    1 nummod    NUM   CD  seven
men      9 nsubjpass NOUN  NNS man
who      3 nsubj     PRON  WP  who
refused  1 relcl     VERB  VBD refuse
to       5 aux       PART  TO  to
leave    3 xcomp     VERB  VB  leave
the      7 det       DET   DT  the
land     5 dobj      NOUN  NN  land
were     9 auxpass   AUX   VBD be
arrested 9 ROOT      VERB  VBN arrest
.        9 punct     PUNCT .   .
Chilean   12 amod      ADJ   JJ  chilean  NORP
prisoners 14 nsubjpass NOUN  NNS prisoner
were      14 auxpass   AUX   VBD be
taken     14 ROOT      VERB  VBN take
.         14 punct     PUNCT .   .
""")


def test_a_passives_subject_is_read_as_an_object_without_its_clauses() -> None:
    """ "Seven men who refused to leave the land were arrested": the men are what the
    arrest was done to, read as an object is, without the relative clause: the land is
    what they refused to leave, no land the arrest was about, and the arrest is ARREST's
    own code (173). "Chilean prisoners were taken" reads TAKE's "- * &HOSTAGE" (181) on
    its subject, as "took Chilean prisoners" does on its object."""
    arrested, taken = lexicon_code(ARRESTED_WHO[9]), lexicon_code(ARRESTED_WHO[14])
    assert arrested is not None and arrested[0].event == "173"
    assert taken is not None and taken[1] is not None and "&HOSTAGE" in taken[1].text


def test_a_passive_is_read_by_the_dictionarys_patterns_as_its_active() -> None:
    """ "Chilean gunboats were attacked by Peruvian helicopters": the "by" phrase is who
    attacked, not what was attacked, so ATTACK's "- * &AIRCRAFT" (fighting aircraft, no
    event) does not read it, and the attack is Peru's on Chile. A noun's "by" phrase is
    its subject side too: "the staging of attacks by Peruvian aircraft" is STAGE's "-
    &AIRCRAFT * ATTACKS", an air strike (195), not its "- * ATTACK" (190)."""
    assert ("peruvian_military", "19", "chilean_military") in pairs(PASSIVE_PATTERN)
    coded = noun_code(PASSIVE_PATTERN[11])
    assert coded is not None and coded[0].event == "195"


MOBILISED = parsed("""
Peru      1 nsubj PROPN NNP Peru     GPE
mobilised 1 ROOT  VERB  VBD mobilise
troops    1 dobj  NOUN  NNS troop
along     1 prep  ADP   IN  along
the       5 det   DET   DT  the
border    3 pobj  NOUN  NN  border
.         1 punct PUNCT .   .
""")


def test_a_show_of_force_aims_at_no_troops_of_no_side() -> None:
    """ "Peru mobilised troops along the border": the troops are Peru's own, moved, not
    a party the posture is aimed at (no side was found for them)."""
    assert {p for p in pairs(MOBILISED) if p[0] == "peru"} == {("peru", "15", None)}


AFTER_MEETING = parsed("""
After      5 prep  ADP   IN  after
meeting    0 pcomp VERB  VBG meet
Peru       1 dobj  PROPN NNP Peru    GPE
,          5 punct PUNCT ,   ,
Chile      5 nsubj PROPN NNP Chile   GPE
criticized 5 ROOT  VERB  VBD criticize
Bolivia    5 dobj  PROPN NNP Bolivia GPE
.          5 punct PUNCT .   .
""")


def test_words_of_a_theme_left_apart_keep_a_space_between_them() -> None:
    """A theme skips the clause's comma and subject: "After meeting Peru" and "Bolivia"
    are two runs of words, joined by a space, not "PeruBolivia"."""
    doc = AFTER_MEETING
    assert words_text([doc[0], doc[1], doc[2], doc[6]]) == "After meeting Peru Bolivia"


def test_a_gerund_after_after_is_an_act_of_the_clause_s_subject() -> None:
    """ "After meeting Peru, Chile criticized Bolivia": the meeting happened, and it is
    Chile's (the clause's subject), where a gerund of a theme ("accused Iraq of
    attacking") is no event."""
    assert pairs(AFTER_MEETING) == {
        ("chile", "04", "peru"),
        ("peru", "04", "chile"),
        ("chile", "11", "bolivia"),
    }


LIGHT_GIVING = parsed("""
Chile   1 nsubj    PROPN NNP Chile GPE
gave    1 ROOT     VERB  VBD give
a       3 det      DET   DT  a
warning 1 dobj     NOUN  NN  warning
to      1 dative   ADP   IN  to
Peru    4 pobj     PROPN NNP Peru  GPE
.       1 punct    PUNCT .   .
Chile   8 nsubj    PROPN NNP Chile GPE
sent    8 ROOT     VERB  VBD send
a       11 det     DET   DT  a
protest 11 compound NOUN NN  protest
note    8 dobj     NOUN  NN  note
to      8 dative   ADP   IN  to
Peru    12 pobj    PROPN NNP Peru  GPE
.       8 punct    PUNCT .   .
""")


def test_a_light_verb_s_event_noun_codes_the_act_with_the_verb_s_phrase() -> None:
    """ "gave a warning to Peru" is a warning to Peru (a threat), not giving aid, though
    "give" is an aid trigger of its own; "sent a protest note to Peru" a protest to
    Peru: the parser hangs the "to" phrase on the verb, and it serves the noun."""
    assert pairs(LIGHT_GIVING) == {("chile", "13", "peru"), ("chile", "11", "peru")}


RETALIATED_WITH_SANCTIONS = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
retaliated 1 ROOT     VERB  VBD retaliate
with       1 prep     ADP   IN  with
sanctions  2 pobj     NOUN  NNS sanction
on         3 prep     ADP   IN  on
Peru       4 pobj     PROPN NNP Peru       GPE
.          1 punct    PUNCT .   .
""")

ANSWERED_PASSIVELY = parsed("""
The        2 det      DET   DT  the
Chilean    2 amod     ADJ   JJ  chilean    NORP
raid       4 nsubjpass NOUN NN  raid
was        4 auxpass  AUX   VBD be
answered   4 ROOT     VERB  VBN answer
with       4 prep     ADP   IN  with
strikes    5 pobj     NOUN  NNS strike
on         6 prep     ADP   IN  on
Chile      7 pobj     PROPN NNP Chile      GPE
.          4 punct    PUNCT .   .
""")

DEALT_WITH_AN_ATTACK = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
dealt      1 ROOT     VERB  VBD deal
with       1 prep     ADP   IN  with
an         4 det      DET   DT  an
attack     2 pobj     NOUN  NN  attack
by         4 prep     ADP   IN  by
Peruvian   7 amod     ADJ   JJ  peruvian   NORP
rebels     5 pobj     NOUN  NNS rebel
.          1 punct    PUNCT .   .
""")

SENT_WITH_AN_OFFER = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
sent       1 ROOT     VERB  VBD send
envoys     1 dobj     NOUN  NNS envoy
to         1 prep     ADP   IN  to
Peru       3 pobj     PROPN NNP Peru       GPE
with       1 prep     ADP   IN  with
an         7 det      DET   DT  an
offer      5 pobj     NOUN  NN  offer
of         7 prep     ADP   IN  of
aid        8 pobj     NOUN  NN  aid
.          1 punct    PUNCT .   .
""")


def test_an_answer_s_with_phrase_naming_an_act_is_the_act() -> None:
    """ "Chile retaliated with sanctions on Peru": the event noun of a verb of answering's
    "with" phrase names the act the answer was, the subject's (163 on Peru), not
    PETRARCH's reading of the verb and its "with" (RETALIATE's block, "- * WITH", a
    fight both ways). Only of a verb of answering, active: "the Chilean raid was
    answered with strikes on Chile" by someone else; "Chile dealt with an attack by
    Peruvian rebels" handled the rebels' act; "Chile sent envoys to Peru with an offer
    of aid" is still the sending, the offer no act of the verb's."""
    assert coded_pairs(RETALIATED_WITH_SANCTIONS) == {("chile", "163", "peru")}
    assert {(e.source, e.target) for e in run(ANSWERED_PASSIVELY).events} == {("chile", None)}
    assert {e.source for e in run(DEALT_WITH_AN_ATTACK).events} == {"peruvian_rebels"}
    assert ("chile", "04", "peru") in pairs(SENT_WITH_AN_OFFER)


ANSWERED_BY_WHICH = parsed("""
Peru       1 nsubj    PROPN NNP Peru       GPE
fired      1 ROOT     VERB  VBD fire
missiles   1 dobj     NOUN  NNS missile
at         1 prep     ADP   IN  at
Chile      3 pobj     PROPN NNP Chile      GPE
,          4 punct    PUNCT ,   ,
which      7 nsubj    PRON  WDT which
retaliated 4 relcl    VERB  VBD retaliate
with       7 prep     ADP   IN  with
strikes    8 pobj     NOUN  NNS strike
on         9 prep     ADP   IN  on
Peru       10 pobj    PROPN NNP Peru       GPE
.          1 punct    PUNCT .   .
""")


def test_which_answering_after_an_object_is_the_object() -> None:
    """ "fired missiles at Chile, which retaliated with strikes on Peru": a "which" after
    an object may stand for the whole clause, but only an actor answers, so it is Chile,
    whose strikes on Peru the answer was."""
    assert ("chile", "19", "peru") in pairs(ANSWERED_BY_WHICH)


TROOPS_SENT = parsed("""
Chile  1 nsubj  PROPN NNP Chile GPE
sent   1 ROOT   VERB  VBD send
300    3 nummod NUM   CD  300
troops 1 dobj   NOUN  NNS troop
to     1 prep   ADP   IN  to
Peru   4 pobj   PROPN NNP Peru  GPE
.      1 punct  PUNCT .   .
""")


def test_troops_of_no_side_sent_somewhere_are_what_is_sent_not_the_target() -> None:
    """ "Chile sent 300 troops to Peru": the troops have no side the text gives, so
    they are no target (PETRARCH takes only an actor with a code of its own); the
    country they are sent to is."""
    (sent,) = run(TROOPS_SENT).events
    assert (sent.source, sent.target) == ("chile", "peru")


SPOKESMAN_FOR_A_MINISTRY = parsed("""
A          1 det   DET   DT  a
spokesman  6 nsubj NOUN  NN  spokesman
for        1 prep  ADP   IN  for
the        5 det   DET   DT  the
Chilean    5 amod  ADJ   JJ  chilean   NORP
ministry   2 pobj  NOUN  NN  ministry
criticised 6 ROOT  VERB  VBD criticise
Peru       6 dobj  PROPN NNP Peru      GPE
.          6 punct PUNCT .   .
""")

SIDE_OF_A_SENTENCE_OPENING_GROUP = parsed("""
Kurdish  1 amod  ADJ   JJ  kurdish  NORP
rebels   2 nsubj NOUN  NNS rebel
attacked 2 ROOT  VERB  VBD attack
Peru     2 dobj  PROPN NNP Peru     GPE
.        2 punct PUNCT .   .
""")


def test_an_agent_speaks_for_the_side_of_the_body_it_speaks_for() -> None:
    """ "A spokesman for the Chilean ministry": the spokesman is Chile's government, by
    the side of the ministry his "for" phrase names; a group named by a nationality at
    the start of a sentence keeps its name, written as a name ("Kurdish rebels")."""
    result = run(SPOKESMAN_FOR_A_MINISTRY)
    (event,) = result.events
    assert (event.source, event.target) == ("chilean_government", "peru")
    result = run(SIDE_OF_A_SENTENCE_OPENING_GROUP)
    (event,) = result.events
    rebels = next(a for a in result.actors if a.key == event.source)
    assert rebels.label == "Kurdish rebels"


OFFICE_TAGGED_AS_ORGANISATION = parsed("""
Defense  1 compound PROPN NNP Defense  ORG
Minister 3 compound PROPN NNP Minister
Ana      3 compound PROPN NNP Ana      B-PERSON
Ruiz     4 nsubj    PROPN NNP Ruiz     I-PERSON
accused  4 ROOT     VERB  VBD accuse
Peru     4 dobj     PROPN NNP Peru     GPE
.        4 punct    PUNCT .   .
""")


def test_a_word_of_a_title_the_model_tags_is_no_organisation() -> None:
    """ "Defense Minister Ana Ruiz": the model may tag "Defense" ORG; it names her
    office, and no actor "Defense" joins the graph."""
    result = run(OFFICE_TAGGED_AS_ORGANISATION)
    assert "defense" not in {a.key for a in result.actors}
    (event,) = result.events
    assert (event.source, event.target) == ("ana_ruiz", "peru")


URGED = parsed("""
Iran     2 nsubjpass PROPN NNP Iran     GPE
was      2 auxpass   AUX   VBD be
urged    2 ROOT      VERB  VBN urge
to       4 aux       PART  TO  to
withdraw 2 xcomp     VERB  VB  withdraw
.        2 punct     PUNCT .   .
""")

STRUCK = parsed("""
Iran     2 nsubjpass PROPN NNP Iran     GPE
was      2 auxpass   AUX   VBD be
attacked 2 ROOT      VERB  VBN attack
.        2 punct     PUNCT .   .
""")


def test_a_verbal_act_needs_a_speaker_a_material_one_does_not() -> None:
    """ "Iran was urged to withdraw": an appeal is somebody's speech, and with nobody
    named there is no appeal to code (PETRARCH drops unresolved actors). "Iran was
    attacked" reports a material act whose doer the text leaves out."""
    assert not run(URGED).events
    (event,) = run(STRUCK).events
    assert (event.source, event.cameo[:2], event.target) == (None, "19", "iran")


SHIPS_STRIKING = parsed("""
The      2 det   DET   DT  the
Chilean  2 amod  ADJ   JJ  chilean  NORP
tanker   3 nsubj NOUN  NN  tanker
struck   3 ROOT  VERB  VBD strike
a        5 det   DET   DT  a
mine     3 dobj  NOUN  NN  mine
.        3 punct PUNCT .   .
Chilean  8 amod  ADJ   JJ  chilean  NORP
gunboats 9 nsubj NOUN  NNS gunboat
struck   9 ROOT  VERB  VBD strike
a        12 det  DET   DT  a
Peruvian 12 amod ADJ   JJ  peruvian NORP
tanker   9 dobj  NOUN  NN  tanker
.        9 punct PUNCT .   .
A        16 det   DET   DT  a
Chilean  16 amod  ADJ   JJ  chilean  NORP
tanker   17 nsubj NOUN  NN  tanker
rammed   17 ROOT  VERB  VBD ram
a        20 det   DET   DT  a
Peruvian 20 amod  ADJ   JJ  peruvian NORP
warship  17 dobj  NOUN  NN  warship
.        17 punct PUNCT .   .
""")


def test_a_ship_that_bears_no_arms_does_no_act() -> None:
    """ "The Chilean tanker struck a mine": the tanker ran into the mine, its victim; no
    attack by Chile's shipping, nor a strike of its crew. Gunboats, armed, strike; and a
    tanker that rams a warship, an actor, acts."""
    found = {(e.sentence, e.source, e.cameo[:2]) for e in run(SHIPS_STRIKING).events}
    assert (2, "chilean_military", "19") in found
    assert not {f for f in found if f[0] == 1}
    assert {f[0] for f in found} == {2, 3}


ASKED_ABOUT = parsed("""
Asked   5 advcl VERB  VBN ask
about   0 prep  ADP   IN  about
the     3 det   DET   DT  the
raid    1 pobj  NOUN  NN  raid
,       5 punct PUNCT ,   ,
Rabin   6 nsubj PROPN NNP Rabin   PERSON
said    6 ROOT  VERB  VBD say
nothing 6 dobj  PRON  NN  nothing
.       6 punct PUNCT .   .
""")

SHELLED_BY = parsed("""
Attacked 5 advcl VERB  VBN attack
by       0 agent ADP   IN  by
Syria    1 pobj  PROPN NNP Syria  GPE
,        5 punct PUNCT ,   ,
Israel   5 nsubj PROPN NNP Israel GPE
retreated 5 ROOT VERB  VBD retreat
.        5 punct PUNCT .   .
""")


def test_a_participial_adjunct_is_done_to_the_main_subject() -> None:
    """A participle opening the sentence, with no subject or auxiliary of its own, is
    passive: "Attacked by Syria, Israel retreated" is Syria's attack on Israel, and
    "Asked about the raid, Rabin said nothing" is a question put to Rabin by nobody
    named, no appeal of Rabin's."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(SHELLED_BY).events}
    assert ("syria", "19", "israel") in found
    assert not any(e.source == "israel" and e.cameo[:2] == "19" for e in run(SHELLED_BY).events)
    assert [e for e in run(ASKED_ABOUT).events if e.cameo[:2] == "02"] == []


PURPOSE = parsed("""
Chile     1 nsubj PROPN NNP Chile    GPE
suspended 1 ROOT  VERB  VBD suspend
payments  1 dobj  NOUN  NNS payment
to        4 aux   PART  TO  to
try       1 advcl VERB  VB  try
to        6 aux   PART  TO  to
punish    4 xcomp VERB  VB  punish
Peru      6 dobj  PROPN NNP Peru     GPE
.         1 punct PUNCT .   .
""")

TRIED = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
tried  1 ROOT  VERB  VBD try
to     3 aux   PART  TO  to
punish 1 xcomp VERB  VB  punish
Peru   3 dobj  PROPN NNP Peru  GPE
.      1 punct PUNCT .   .
""")


def test_what_an_attempt_in_a_purpose_clause_aims_at_is_no_act() -> None:
    """ "suspended payments to try to punish Peru": the punishment is a purpose, as
    unreal as "to punish Peru" would be; "Chile tried to punish Peru" is coded as the
    act, as CAMEO codes attempts."""
    assert not any(e.target == "peru" for e in run(PURPOSE).events)
    assert any((e.source, e.target) == ("chile", "peru") for e in run(TRIED).events)


SUPPORTED = parsed("""
Iran      1 nsubj PROPN NNP Iran  GPE
supported 1 ROOT  VERB  VBD support
the       3 det   DET   DT  the
rebels    1 dobj  NOUN  NNS rebel
.         1 punct PUNCT .   .
""")

WOULD_SUPPORT = parsed("""
Peru       2 poss  PROPN NNP Peru GPE
's         0 case  PART  POS 's
ambassador 3 nsubj NOUN  NN  ambassador
said       3 ROOT  VERB  VBD say
Peru       6 nsubj PROPN NNP Peru GPE
would      6 aux   AUX   MD  would
support    3 ccomp VERB  VB  support
a          8 det   DET   DT  a
ceasefire  6 dobj  NOUN  NN  ceasefire
.          3 punct PUNCT .   .
""")


def test_support_is_diplomatic_cooperation_and_its_stated_future_an_intent() -> None:
    """ "Iran supported the rebels" is CAMEO 05 (PETRARCH's SUPPORT block); Peru's
    ambassador saying Peru "would support a ceasefire" states Peru's own intent (the
    speaker speaks for Peru), recoded to an intent and refined by the theme to 0356."""
    (supported,) = run(SUPPORTED).events
    assert supported.cameo == "050"
    (intent,) = run(WOULD_SUPPORT).events
    assert (intent.source, intent.cameo) == ("peru", "0356")


WILL_MEET_AND_RELEASE = parsed("""
Chile     2 nsubj PROPN NNP Chile     GPE
will      2 aux   AUX   MD  will
meet      2 ROOT  VERB  VB  meet
Peru      2 dobj  PROPN NNP Peru      GPE
.         2 punct PUNCT .   .
Chile     7 nsubj PROPN NNP Chile     GPE
will      7 aux   AUX   MD  will
release   7 ROOT  VERB  VB  release
the       10 det  DET   DT  the
Peruvian  10 amod ADJ   JJ  peruvian  NORP
prisoners 7 dobj  NOUN  NNS prisoner
.         7 punct PUNCT .   .
""")


def test_an_intent_to_cooperate_is_coded_by_the_kind_of_cooperation() -> None:
    """CAMEO's 03 mirrors its 04-08: "will meet Peru" is an intent to meet (036), "will
    release the Peruvian prisoners" an intent to release persons (0353), where the
    ontology once recoded every stated cooperation to the bare 03."""
    assert [e.cameo for e in run(WILL_MEET_AND_RELEASE).events] == ["036", "0353"]


BLOCKADED = parsed("""
Chile      1 nsubj PROPN NNP Chile GPE
blockaded  1 ROOT  VERB  VBD blockade
Peru       1 dobj  PROPN NNP Peru  GPE
.          1 punct PUNCT .   .
""")

FARMERS_BLOCKADED = parsed("""
Farmers   1 nsubj NOUN  NNS farmer
blockaded 1 ROOT  VERB  VBD blockade
the       3 det   DET   DT  the
banks     1 dobj  NOUN  NNS bank
.         1 punct PUNCT .   .
""")

BLOCKED_A_ROAD_AND_A_PLAN = parsed("""
Chilean  1 amod  ADJ   JJ  chilean NORP
troops   2 nsubj NOUN  NNS troop
blocked  2 ROOT  VERB  VBD block
the      4 det   DET   DT  the
road     2 dobj  NOUN  NN  road
to       4 prep  ADP   IN  to
Peru     5 pobj  PROPN NNP Peru    GPE
.        2 punct PUNCT .   .
Chile    9 nsubj PROPN NNP Chile   GPE
blocked  9 ROOT  VERB  VBD block
Peru     12 poss PROPN NNP Peru    GPE
's       10 case PART  POS 's
plan     9 dobj  NOUN  NN  plan
.        9 punct PUNCT .   .
""")

STRIKES_ON = parsed("""
Chile   1 nsubj PROPN NNP Chile GPE
launched 1 ROOT VERB VBD launch
strikes 1 dobj  NOUN  NNS strike
on      2 prep  ADP   IN  on
Peru    3 pobj  PROPN NNP Peru  GPE
.       1 punct PUNCT .   .
""")


def test_a_blockade_is_force_and_a_strike_on_someone_an_attack() -> None:
    """ "Chile blockaded Peru" is CAMEO 191 (impose blockade), not a protest's
    blocking, which "farmers blockaded the banks" is (144, by its doers); a strike *on*
    someone ("launched strikes on Peru") is military force, not a labour strike."""
    (blockade,) = run(BLOCKADED).events
    assert (blockade.cameo, blockade.target) == ("191", "peru")
    assert [e.cameo for e in run(FARMERS_BLOCKADED).events] == ["144"]
    # a bare "block" is the verb dictionary's, by its object: a road 144, else 170
    blocked = [(e.sentence, e.cameo) for e in run(BLOCKED_A_ROAD_AND_A_PLAN).events]
    assert blocked == [(1, "144"), (2, "170")]
    assert {e.cameo[:2] for e in run(STRIKES_ON).events} == {"19"}


SHIPS_ATTACKED = parsed("""
Chilean  1 amod      ADJ   JJ  chilean  NORP
ships    3 nsubjpass NOUN  NNS ship
were     3 auxpass   AUX   VBD be
attacked 3 ROOT      VERB  VBN attack
by       3 agent     ADP   IN  by
Peru     4 pobj      PROPN NNP Peru     GPE
.        3 punct     PUNCT .   .
""")

UNDER_ATTACK = parsed("""
Chilean  1 amod  ADJ   JJ  chilean  NORP
ships    2 nsubj NOUN  NNS ship
came     2 ROOT  VERB  VBD come
under    2 prep  ADP   IN  under
Peruvian 5 amod  ADJ   JJ  peruvian NORP
attack   3 pobj  NOUN  NN  attack
.        2 punct PUNCT .   .
""")


def test_what_a_passive_or_an_under_phrase_befalls_is_owned_by_the_target() -> None:
    """ "Chilean ships were attacked by Peru" and "Chilean ships came under Peruvian
    attack": the ships are no actor, and the side they belong to is the target."""
    for doc in (SHIPS_ATTACKED, UNDER_ATTACK):
        found = {(e.source, e.cameo[:2], e.target) for e in run(doc).events}
        assert ("peru", "19", "chile") in found, doc.text


UNDER_CRITICISM_FROM = parsed("""
Chile     2 nsubj PROPN NNP Chile     GPE
has       2 aux   AUX   VBZ have
come      2 ROOT  VERB  VBN come
under     2 prep  ADP   IN  under
sharp     5 amod  ADJ   JJ  sharp
criticism 3 pobj  NOUN  NN  criticism
from      5 prep  ADP   IN  from
Peru      6 pobj  PROPN NNP Peru      GPE
.         2 punct PUNCT .   .
""")

UNDER_FIRE_FROM_ON_THE_VERB = parsed("""
Chilean  1 amod  ADJ   JJ  chilean  NORP
ships    2 nsubj NOUN  NNS ship
came     2 ROOT  VERB  VBD come
under    2 prep  ADP   IN  under
attack   3 pobj  NOUN  NN  attack
from     2 prep  ADP   IN  from
Peru     5 pobj  PROPN NNP Peru     GPE
.        2 punct PUNCT .   .
""")


def test_the_from_phrase_of_an_undergone_act_names_its_doer() -> None:
    """ "Chile has come under sharp criticism from Peru": Peru criticises Chile (the
    "from" phrase is the doer, not a side left, as in "Peru's withdrawal from Chile");
    so where the parser hangs the phrase on the verb ("came under attack from Peru")."""
    for doc, root in ((UNDER_CRITICISM_FROM, "11"), (UNDER_FIRE_FROM_ON_THE_VERB, "19")):
        found = {(e.source, e.cameo[:2], e.target) for e in run(doc).events}
        assert found == {("peru", root, "chile")}, doc.text


OFFENSIVE_IN_WEEKS = parsed("""
Chile     1 nsubj PROPN NNP Chile GPE
launched  1 ROOT  VERB  VBD launch
an        3 det   DET   DT  an
offensive 1 dobj  NOUN  NN  offensive
in        1 prep  ADP   IN  in
two       6 nummod NUM  CD  two
weeks     4 pobj  NOUN  NNS week
against   6 prep  ADP   IN  against
Peru      7 pobj  PROPN NNP Peru  GPE
.         1 punct PUNCT .   .
""")


def test_a_target_phrase_hung_on_a_phrase_of_time_still_aims_the_event_noun() -> None:
    """ "launched an offensive in two weeks against Peru": the parser hangs "against
    Peru" on "weeks"; the offensive is still against Peru."""
    (event,) = run(OFFENSIVE_IN_WEEKS).events
    assert (event.source, event.cameo[:2], event.target) == ("chile", "19", "peru")


ITS_BOATS = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
said     1 ROOT  VERB  VBD say
Chilean  3 amod  ADJ   JJ  chilean  NORP
gunboats 4 nsubj NOUN  NNS gunboat
shelled  1 ccomp VERB  VBD shell
its      6 poss  PRON  PRP$ its
boats    4 dobj  NOUN  NNS boat
.        1 punct PUNCT .   .
""")


def test_its_takes_up_a_singular_name_not_a_plural_noun_nor_an_adjective() -> None:
    """ "Peru said Chilean gunboats shelled its boats": "its" cannot be the gunboats'
    (plural) nor the adjective "Chilean"'s; it is Peru's, and Peru is the target."""
    found = {(e.cameo[:2], e.target) for e in run(ITS_BOATS).events}
    assert ("19", "peru") in found


WHICH_ACCUSED = parsed("""
Peru    8 nsubj PROPN NNP Peru    GPE
,       0 punct PUNCT ,   ,
which   5 dobj  PRON  WDT which
Chile   5 nsubj PROPN NNP Chile   GPE
had     5 aux   AUX   VBD have
accused 0 relcl VERB  VBN accuse
,       0 punct PUNCT ,   ,
quickly 8 advmod ADV  RB  quickly
replied 8 ROOT  VERB  VBD reply
.       8 punct PUNCT .   .
""")

WHOSE_SHIPS = parsed("""
Peru     7 nsubj     PROPN NNP Peru   GPE
,        0 punct     PUNCT ,   ,
whose    3 poss      PRON  WP$ whose
ships    5 nsubjpass NOUN  NNS ship
were     5 auxpass   AUX   VBD be
shelled  0 relcl     VERB  VBN shell
,        0 punct     PUNCT ,   ,
replied  7 ROOT      VERB  VBD reply
.        7 punct     PUNCT .   .
""")


def test_a_relative_pronoun_is_the_actor_its_clause_modifies() -> None:
    """ "Peru, which Chile had accused, …": Chile accused Peru; "Peru, whose ships were
    shelled, …": the ships were Peru's, and Peru the target."""
    assert ("chile", "peru") in {(e.source, e.target) for e in run(WHICH_ACCUSED).events}
    assert (None, "peru") in {(e.source, e.target) for e in run(WHOSE_SHIPS).events}


WHICH_IT_ACCUSED = parsed("""
Chile    1  nsubj PROPN NNP Chile   GPE
cut      1  ROOT  VERB  VBD cut
ties     1  dobj  NOUN  NNS tie
with     2  prep  ADP   IN  with
Peru     3  pobj  PROPN NNP Peru    GPE
,        4  punct PUNCT ,   ,
which    8  dobj  PRON  WDT which
it       8  nsubj PRON  PRP it
accused  4  relcl VERB  VBD accuse
of       8  prep  ADP   IN  of
arming   9  pcomp VERB  VBG arm
rebels   10 dobj  NOUN  NNS rebel
.        1  punct PUNCT .   .
""")


def test_the_object_of_a_charge_in_a_relative_clause_is_its_noun_and_not_its_subject() -> None:
    """ "Chile cut ties with Peru, which it accused of arming rebels": "which",
    the object of a charge of doing something, is Peru (an act is accused of nothing),
    and "it", the clause's subject, is someone else than Peru: Chile accused Peru."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(WHICH_IT_ACCUSED).events}
    assert ("chile", "11", "peru") in found
    assert not [f for f in found if f[0] == "peru" and f[1] == "11"]


WHICH_IT_ACCUSED_OF_SHIPS = parsed("""
Chile    1  nsubj PROPN NNP Chile    GPE
expelled 1  ROOT  VERB  VBD expel
the      4  det   DET   DT  the
Peruvian 4  amod  ADJ   JJ  peruvian NORP
ships    1  dobj  NOUN  NNS ship
,        4  punct PUNCT ,   ,
which    8  dobj  PRON  WDT which
it       8  nsubj PRON  PRP it
accused  4  relcl VERB  VBD accuse
of       8  prep  ADP   IN  of
spying   9  pcomp VERB  VBG spy
.        1  punct PUNCT .   .
""")


def test_the_object_of_a_charge_about_things_is_who_names_them_and_not_the_subject() -> None:
    """ "Chile expelled the Peruvian ships, which it accused of spying": only an actor
    is charged with doing something, and the ships are none, so "which" is Peru, who
    names them; and "it" is not who the modified phrase names: Chile accused Peru."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(WHICH_IT_ACCUSED_OF_SHIPS).events}
    assert ("chile", "11", "peru") in found
    assert not [f for f in found if f[0] == "peru"]


VOWED_REVENGE = parsed("""
Peru    1 nsubj PROPN NNP Peru    GPE
vowed   1 ROOT  VERB  VBD vow
revenge 1 dobj  NOUN  NN  revenge
against 1 prep  ADP   IN  against
Chile   3 pobj  PROPN NNP Chile   GPE
.       1 punct PUNCT .   .
""")


VOWED_TO_RESPOND = parsed("""
Chile   1 nsubj PROPN NNP Chile   GPE
shelled 1 ROOT  VERB  VBD shell
Peru    1 dobj  PROPN NNP Peru    GPE
.       1 punct PUNCT .   .
Peru    5 nsubj PROPN NNP Peru    GPE
vowed   5 ROOT  VERB  VBD vow
to      7 aux   PART  TO  to
respond 5 xcomp VERB  VB  respond
.       5 punct PUNCT .   .
""")


def test_a_vow_of_revenge_is_a_threat_of_force() -> None:
    """ "Peru vowed revenge against Chile": PETRARCH's VOW REVENGE [138], not the intent
    to cooperate that a bare vow states; and so is "Peru vowed to respond" after Chile
    shelled it, aimed at the side the story sets against Peru."""
    (event,) = run(VOWED_REVENGE).events
    assert (event.source, event.cameo, event.target) == ("peru", "138", "chile")
    vowed = [(e.source, e.cameo, e.target) for e in run(VOWED_TO_RESPOND).events if e.sentence == 2]
    assert vowed == [("peru", "138", "chile")]


DENIED_THAT = parsed("""
Peru     1 nsubj PROPN NNP Peru  GPE
denied   1 ROOT  VERB  VBD deny
that     5 mark  SCONJ IN  that
its      4 poss  PRON  PRP$ its
troops   5 nsubj NOUN  NNS troop
attacked 1 ccomp VERB  VBD attack
Chile    5 dobj  PROPN NNP Chile GPE
.        1 punct PUNCT .   .
""")

DENIED_CLAIMS = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
denied   1 ROOT  VERB  VBD deny
the      4 det   DET   DT  the
Peruvian 4 amod  ADJ   JJ  peruvian NORP
claims   1 dobj  NOUN  NNS claim
.        1 punct PUNCT .   .
""")


def test_a_denial_is_016_and_what_it_denies_no_event() -> None:
    """ "Peru denied that its troops attacked Chile": Peru denies (016), and the attack
    is reported only as denied, so no coder codes it; "Chile denied the Peruvian
    claims" is a denial aimed at whose claims they are."""
    assert [(e.source, e.cameo, e.target) for e in run(DENIED_THAT).events] == [
        ("peru", "016", None)
    ]
    (denial,) = run(DENIED_CLAIMS).events
    assert (denial.source, denial.cameo, denial.target) == ("chile", "016", "peru")


DENIED_ACCUSATIONS_BY = parsed("""
Chile       1 nsubj PROPN NNP Chile  GPE
denied      1 ROOT  VERB  VBD deny
accusations 1 dobj  NOUN  NNS accusation
by          2 prep  ADP   IN  by
Peru        3 pobj  PROPN NNP Peru   GPE
that        8 mark  SCONJ IN  that
its         7 poss  PRON  PRP$ its
troops      8 nsubj NOUN  NNS troop
crossed     2 acl   VERB  VBD cross
the         10 det  DET   DT  the
border      8 dobj  NOUN  NN  border
.           1 punct PUNCT .   .
""")


def test_a_denial_answers_whom_the_by_phrase_of_the_charge_names() -> None:
    """ "Chile denied accusations by Peru that its troops crossed the border": the
    charge's "by" phrase names its maker, whom the denial (016) answers, as its owner
    does in "denied the Peruvian claims"."""
    denials = [(e.source, e.target) for e in run(DENIED_ACCUSATIONS_BY).events if e.cameo == "016"]
    assert denials == [("chile", "peru")]


DENIED_REPORTS = parsed("""
Chile     1 nsubj PROPN NNP Chile  GPE
denied    1 ROOT  VERB  VBD deny
published 3 amod  ADJ   JJ  published
reports   1 dobj  NOUN  NNS report
that      7 mark  SCONJ IN  that
Peru      7 nsubj PROPN NNP Peru   GPE
had       7 aux   AUX   VBD have
closed    3 acl   VERB  VBN close
the       9 det   DET   DT  the
border    7 dobj  NOUN  NN  border
.         1 punct PUNCT .   .
""")


def test_a_denial_is_not_aimed_at_whom_the_denied_claim_is_about() -> None:
    """ "Chile denied published reports that Peru had closed the border": the denial
    (016) answers whoever made the reports, whom the text does not name, and Peru, of
    whom the reports tell, is no more its target than the closure is an event."""
    events = [(e.source, e.cameo, e.target) for e in run(DENIED_REPORTS).events]
    assert events == [("chile", "016", None)]


REJECTED_CHARGES = parsed("""
Chile    1 nsubj PROPN NNP Chile  GPE
rejected 1 ROOT  VERB  VBD reject
charges  1 dobj  NOUN  NNS charge
that     6 mark  SCONJ IN  that
Peru     6 nsubj PROPN NNP Peru   GPE
had      6 aux   AUX   VBD have
closed   2 acl   VERB  VBN close
the      8 det   DET   DT  the
border   6 dobj  NOUN  NN  border
.        1 punct PUNCT .   .
""")


def test_a_charge_rejected_as_a_denial_states_no_act() -> None:
    """ "Chile rejected charges that Peru had closed the border": a trigger of the
    denial's class ("reject charge") denies the charge as "denied" does, so the closure
    the charge tells of is no act the text reports, not even a claimed one."""
    events = [(e.source, e.cameo, e.target) for e in run(REJECTED_CHARGES).events]
    assert events == [("chile", "016", None)]


DEMAND_REJECTED = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
rejected  1 ROOT  VERB  VBD reject
Chile     4 poss  PROPN NNP Chile     GPE
's        2 case  PART  POS 's
demand    1 dobj  NOUN  NN  demand
that      8 mark  SCONJ IN  that
its       7 poss  PRON  PRP$ its
troops    8 nsubj NOUN  NNS troop
release   4 acl   VERB  VBP release
the       10 det  DET   DT  the
prisoners 8 dobj  NOUN  NNS prisoner
.         1 punct PUNCT .   .
""")


def test_the_that_clause_of_a_demand_noun_is_asked_not_done() -> None:
    """ "Peru rejected Chile's demand that its troops release the prisoners": the noun's
    "that" clause is what the demand asks for, as the verb's would be ("demanded that
    its troops release"): no release took place, only the rejection did."""
    events = [(e.source, e.cameo[:2], e.target) for e in run(DEMAND_REJECTED).events]
    assert events == [("peru", "12", "chile")]


DEMANDED_PASSIVE = parsed("""
Iran      1 nsubj     PROPN NNP Iran     GPE
demanded  1 ROOT      VERB  VBD demand
that      6 mark      SCONJ IN  that
Iraqi     4 amod      ADJ   JJ  iraqi    NORP
troops    6 nsubjpass NOUN  NNS troop
be        6 auxpass   AUX   VB  be
withdrawn 1 ccomp     VERB  VBN withdraw
from      6 prep      ADP   IN  from
Kuwait    7 pobj      PROPN NNP Kuwait   GPE
.         1 punct     PUNCT .   .
""")


def test_a_passive_clause_in_the_base_form_is_asked() -> None:
    """ "Iran demanded that Iraqi troops be withdrawn from Kuwait": the auxiliary's base
    form ("be"), not the participle's, tells that the clause is asked, as "that Iraqi
    troops withdraw" is: no withdrawal took place."""
    assert not [e for e in run(DEMANDED_PASSIVE).events if e.cameo.startswith("08")]


STRUCK_TWICE = parsed("""
Chilean  1 amod      ADJ   JJ  chilean  NORP
jets     2 nsubj     NOUN  NNS jet
attacked 2 ROOT      VERB  VBD attack
Peru     2 dobj      PROPN NNP Peru     GPE
,        2 punct     PUNCT ,   ,
and      2 cc        CCONJ CC  and
Peruvian 7 amod      ADJ   JJ  peruvian NORP
towns    9 nsubjpass NOUN  NNS town
were     9 auxpass   AUX   VBD be
hit      2 conj      VERB  VBN hit
.        9 punct     PUNCT .   .
""")


def test_no_copy_without_its_source_of_an_act_the_sentence_gives_one() -> None:
    """ "Chilean jets attacked Peru, and Peruvian towns were hit": the towns' being hit
    is the attack the sentence has already coded with its source, not a second act."""
    found = [(e.source, e.cameo[:2], e.target) for e in run(STRUCK_TWICE).events]
    assert found == [("chilean_military", "19", "peru")]


SCOLDED_BY = parsed("""
a          1 det   DET   DT  a
commission 1 ROOT  NOUN  NN  commission
scolded    1 acl   VERB  VBN scold
by         2 agent ADP   IN  by
Peru       3 pobj  PROPN NNP Peru  GPE
.          1 punct PUNCT .   .
""")

SCOLDED = parsed("""
Peru    1 nsubj PROPN NNP Peru  GPE
scolded 1 ROOT  VERB  VBD scold
Chile   1 dobj  PROPN NNP Chile GPE
.       1 punct PUNCT .   .
""")

HEADED = parsed("""
Peru   1 nsubj PROPN NNP Peru  GPE
headed 1 ROOT  VERB  VBD head
Chile  1 dobj  PROPN NNP Chile GPE
.      1 punct PUNCT .   .
""")


def test_a_verb_dictionary_default_code_needs_a_target() -> None:
    """PETRARCH codes a verb by its block's default (SCOLD, of DENOUNCE: 111) only
    between two actors, and drops an event with no target; so does kg for default codes:
    "a commission scolded by Peru" is no event, "Peru scolded Chile" is one. (The
    ontology's triggers and the dictionary's patterns name events that may have no
    target.) A default of material cooperation (HEAD, of OVERSEE_MANAGE: 060) names no
    act even between two actors: "Peru headed Chile" is none."""
    assert not run(SCOLDED_BY).events
    (event,) = run(SCOLDED).events
    assert (event.source, event.cameo, event.target) == ("peru", "111", "chile")
    assert not run(HEADED).events


SIGNALLED = parsed("""
Peru      2 nsubj PROPN NNP Peru    GPE
has       2 aux   AUX   VBZ have
signalled 2 ROOT  VERB  VBN signal
that      5 mark  SCONJ IN  that
it        5 nsubj PRON  PRP it
resists   2 ccomp VERB  VBZ resist
Chile     5 dobj  PROPN NNP Chile   GPE
.         2 punct PUNCT .   .
""")


def test_a_default_code_aimed_at_its_own_source_has_no_target_and_is_no_event() -> None:
    """ "Peru has signalled that it resists Chile": the clause's subject is Peru itself,
    so SIGNAL's default (030) has no target and codes nothing."""
    assert not any(e.trigger == "signalled" for e in run(SIGNALLED).events)


DEVASTATED_AFTER_AN_ATTACK = parsed("""
Chile      1 nsubj PROPN NNP Chile   GPE
attacked   1 ROOT  VERB  VBD attack
Peru       1 dobj  PROPN NNP Peru    GPE
.          1 punct PUNCT .   .
Chilean    5 amod  ADJ   JJ  chilean NORP
troops     6 nsubj NOUN  NNS troop
devastated 6 ROOT  VERB  VBD devastate
the        8 det   DET   DT  the
town       6 dobj  NOUN  NN  town
.          6 punct PUNCT .   .
""")

DEVASTATED = parsed("""
Chilean    1 amod  ADJ   JJ  chilean NORP
troops     2 nsubj NOUN  NNS troop
devastated 2 ROOT  VERB  VBD devastate
the        4 det   DET   DT  the
town       2 dobj  NOUN  NN  town
.          2 punct PUNCT .   .
""")


def test_a_default_coded_act_of_force_takes_its_target_from_the_article_or_is_none() -> None:
    """DESTROY's default (190) codes "devastated the town" only with a target: after
    "Chile attacked Peru" the article gives it Peru (see kg.extract.opponents); alone,
    it is no event."""
    found = {(e.trigger, e.target) for e in run(DEVASTATED_AFTER_AN_ATTACK).events}
    assert ("devastated", "peru") in found
    assert not run(DEVASTATED).events


RETALIATE_AGAINST_ANY = parsed("""
Peru      2 nsubj PROPN NNP Peru    GPE
will      2 aux   AUX   MD  will
retaliate 2 ROOT  VERB  VB  retaliate
against   2 prep  ADP   IN  against
any       6 det   DET   DT  any
Chilean   6 amod  ADJ   JJ  chilean NORP
attack    3 pobj  NOUN  NN  attack
.         2 punct PUNCT .   .
""")


def test_any_attack_is_no_attack_and_retaliating_against_it_a_threat_to_its_side() -> None:
    """ "Peru will retaliate against any Chilean attack": no Chilean attack is reported
    ("any" names none); Peru threatens force (RETALIATE, stated for the future) against
    the side that names the attack."""
    found = [(e.source, e.cameo[:3], e.target) for e in run(RETALIATE_AGAINST_ANY).events]
    assert found == [("peru", "138", "chile")]


CLASH_BETWEEN = parsed("""
a        1 det   DET   DT  a
clash    1 ROOT  NOUN  NN  clash
between  1 prep  ADP   IN  between
Chilean  4 amod  ADJ   JJ  chilean  NORP
units    2 pobj  NOUN  NNS unit
and      4 cc    CCONJ CC  and
Peruvian 7 amod  ADJ   JJ  peruvian NORP
boats    4 conj  NOUN  NNS boat
.        1 punct PUNCT .   .
""")


def test_a_clash_between_two_sides_is_each_sides_act_on_the_other() -> None:
    found = {(e.source, e.cameo[:2], e.target) for e in run(CLASH_BETWEEN).events}
    assert found == {("chile", "19", "peru"), ("peru", "19", "chile")}


BEAT_BACK = parsed("""
Peru      1 nsubj PROPN NNP Peru  GPE
beat      1 ROOT  VERB  VBD beat
back      1 prt   ADP   RP  back
the       4 det   DET   DT  the
attack    1 dobj  NOUN  NN  attack
by        4 prep  ADP   IN  by
Chile     5 pobj  PROPN NNP Chile GPE
.         1 punct PUNCT .   .
""")

INFLICTED = parsed("""
Peru      1 nsubj PROPN NNP Peru   GPE
inflicted 1 ROOT  VERB  VBD inflict
heavy     3 amod  ADJ   JJ  heavy
losses    1 dobj  NOUN  NNS loss
on        1 prep  ADP   IN  on
Chile     4 pobj  PROPN NNP Chile  GPE
.         1 punct PUNCT .   .
""")


def test_beating_back_an_attack_and_inflicting_losses_are_fighting() -> None:
    """Battle idioms the ontology's triggers name (PETRARCH codes BEAT 190; INFLICT alone
    170): "beat back the attack by Chile", "inflicted heavy losses on Chile"."""
    for doc in (BEAT_BACK, INFLICTED):
        found = {(e.source, e.cameo[:2], e.target) for e in run(doc).events}
        assert ("peru", "19", "chile") in found, doc.text


MEDIATION_BETWEEN = parsed("""
Qatar     1 nsubj    PROPN NNP Qatar GPE
launched  1 ROOT     VERB  VBD launch
a         4 det      DET   DT  a
mediation 4 compound NOUN  NN  mediation
effort    1 dobj     NOUN  NN  effort
between   4 prep     ADP   IN  between
Egypt     5 pobj     PROPN NNP Egypt GPE
and       6 cc       CCONJ CC  and
Libya     6 conj     PROPN NNP Libya GPE
.         1 punct    PUNCT .   .
""")

DEMAND_THAT = parsed("""
Chile      1 nsubj PROPN NNP Chile GPE
reiterated 1 ROOT  VERB  VBD reiterate
its        3 poss  PRON  PRP$ its
demand     1 dobj  NOUN  NN  demand
that       6 mark  SCONJ IN  that
Peru       6 nsubj PROPN NNP Peru  GPE
withdraw   3 acl   VERB  VB  withdraw
.          1 punct PUNCT .   .
""")


def test_between_names_the_parties_only_of_an_act_with_no_agent_of_its_own() -> None:
    """ "Qatar launched a mediation effort between Egypt and Libya": the mediator acts on
    the parties, who do not mediate each other; "Chile reiterated its demand that Peru
    withdraw": the demand is aimed at Peru, not at the demand's owner."""
    found = {(e.source, e.target) for e in run(MEDIATION_BETWEEN).events}
    assert ("qatar", "egypt") in found and ("egypt", "libya") not in found
    assert ("chile", "peru") in {(e.source, e.target) for e in run(DEMAND_THAT).events}


NOT_TO_BE_NAMED = parsed("""
a        2  det     DET   DT  a
Chilean  2  amod    ADJ   JJ  chilean  NORP
official 10 nsubj   NOUN  NN  official
,        2  punct   PUNCT ,   ,
who      5  nsubj   PRON  WP  who
asked    2  relcl   VERB  VBD ask
not      9  neg     PART  RB  not
to       9  aux     PART  TO  to
be       9  auxpass AUX   VB  be
named    5  xcomp   VERB  VBN name
said     10 ROOT    VERB  VBD say
so       10 advmod  ADV   RB  so
.        10 punct   PUNCT .   .
""")

ASKED_WHETHER = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
asked    1 ROOT  VERB  VBD ask
whether  4 mark  SCONJ IN  whether
Peru     4 nsubj PROPN NNP Peru  GPE
attacked 1 ccomp VERB  VBD attack
Bolivia  4 dobj  PROPN NNP Bolivia GPE
.        1 punct PUNCT .   .
""")


def test_asking_to_stay_anonymous_or_whether_something_happened_codes_nothing() -> None:
    """ "a Chilean official, who asked not to be named": a request about the speaker
    alone, no appeal to anyone; "Chile asked whether Peru attacked Bolivia": a question
    to no one named, whose content no one reports as done."""
    assert not run(NOT_TO_BE_NAMED).events
    assert not run(ASKED_WHETHER).events


WITH_MISSILES = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
attacked 1 ROOT  VERB  VBD attack
the      3 det   DET   DT  the
island   1 dobj  NOUN  NN  island
with     1 prep  ADP   IN  with
French   6 amod  ADJ   JJ  french   NORP
missiles 4 pobj  NOUN  NNS missile
.        1 punct PUNCT .   .
""")

WHICH_AFTER_AN_OBJECT = parsed("""
Chile     1 nsubj PROPN NNP Chile GPE
invaded   1 ROOT  VERB  VBD invade
Peru      1 dobj  PROPN NNP Peru  GPE
,         2 punct PUNCT ,   ,
which     6 dobj  PRON  WDT which
Bolivia   6 nsubj PROPN NNP Bolivia GPE
condemned 2 relcl VERB  VBD condemn
.         1 punct PUNCT .   .
""")

VOWED_TO_RETALIATE = parsed("""
Peru      1 nsubj PROPN NNP Peru GPE
vowed     1 ROOT  VERB  VBD vow
to        3 aux   PART  TO  to
retaliate 1 xcomp VERB  VB  retaliate
.         1 punct PUNCT .   .
""")


def test_the_reviewed_limits_of_the_new_target_rules() -> None:
    """An instrument's maker is no target ("attacked the island with French missiles");
    a "which" after an object may stand for the whole clause ("invaded Peru, which
    Bolivia condemned"), so it is not bound to the object; and a vow to retaliate is a
    threat though it names no target (a statement, not a default-coded act)."""
    assert {e.target for e in run(WITH_MISSILES).events} == {None}
    assert ("bolivia", "peru") not in {
        (e.source, e.target) for e in run(WHICH_AFTER_AN_OBJECT).events
    }
    assert [(e.source, e.cameo[:3]) for e in run(VOWED_TO_RETALIATE).events] == [("peru", "138")]


CEASEFIRE_TALKS = parsed("""
Peru      2 nsubj    PROPN NNP Peru  GPE
will      2 aux      AUX   MD  will
hold      2 ROOT     VERB  VB  hold
ceasefire 4 compound NOUN  NN  ceasefire
talks     2 dobj     NOUN  NNS talk
with      4 prep     ADP   IN  with
Chile     5 pobj     PROPN NNP Chile GPE
.         2 punct    PUNCT .   .
""")


def test_an_event_nouns_stated_intent_is_refined_by_its_theme_too() -> None:
    """ "Peru will hold ceasefire talks with Chile": talks stated for the future are an
    intent (03), and the theme word makes it an intent to de-escalate (0356), as for a
    verb."""
    (event,) = run(CEASEFIRE_TALKS).events
    assert (event.source, event.cameo, event.target) == ("peru", "0356", "chile")


OFFICE_GIVEN_AT_HOME = parsed("""
Chile    1  nsubj    PROPN NNP Chile    GPE
named    1  ROOT     VERB  VBD name
Finance  3  compound PROPN NNP Finance
Minister 5  compound PROPN NNP Minister
Juan     5  compound PROPN NNP Juan     B-PERSON
Soto     1  dobj     PROPN NNP Soto     I-PERSON
.        1  punct    PUNCT .   .
Soto     8  nsubj    PROPN NNP Soto     PERSON
flew     8  ROOT     VERB  VBD fly
to       8  prep     ADP   IN  to
Peru     9  pobj     PROPN NNP Peru     GPE
.        8  punct    PUNCT .   .
Chile    13 nsubj    PROPN NNP Chile    GPE
cut      13 ROOT     VERB  VBD cut
taxes    13 dobj     NOUN  NNS tax
.        13 punct    PUNCT .   .
""")


def test_a_person_s_office_belongs_to_the_country_of_the_sentence_introducing_them() -> None:
    """ "Chile named Finance Minister Juan Soto. Soto flew to Peru.": the office is
    Chile's, where the story first names its holder, though a later sentence sends him
    abroad (CHLGOV, not uncoded)."""
    codes = {a.key: a.code for a in run(OFFICE_GIVEN_AT_HOME).actors}
    assert codes["juan_soto"] == "CHLGOV"


PRESIDENT_OF_THE_HEADLINE = parsed("""
President 2  compound PROPN NNP President
Juan      2  compound PROPN NNP Juan     B-PERSON
Soto      3  nsubj    PROPN NNP Soto     I-PERSON
met       3  ROOT     VERB  VBD meet
students  3  dobj     NOUN  NNS student
in        3  prep     ADP   IN  in
Chile     5  pobj     PROPN NNP Chile    GPE
.         3  punct    PUNCT .   .
""")


def test_the_headline_counts_among_the_sentences_that_tell_the_story_s_country() -> None:
    """A story that names Chile once in its text and once in its headline ("CHILE
    PLANS REFORM") is about Chile: its president and students are Chile's; without the
    headline, one sentence is too little to tell whose the students are, though the
    president it names in Chile, the one country of the one sentence, is Chile's
    (:func:`kg.extract.actors._sole_country`)."""
    doc = PRESIDENT_OF_THE_HEADLINE
    headed = extract(Article("t", doc.text, title="CHILE PLANS REFORM"), doc)
    assert {a.key: a.code for a in headed.actors}["juan_soto"] == "CHLGOV"
    assert ("juan_soto", "04", "chilean_students") in {
        (e.source, e.cameo[:2], e.target) for e in headed.events
    }
    assert ("juan_soto", "04", "students") in pairs(doc)


PRESIDENT_AGAINST_THE_ONE_COUNTRY = parsed("""
President  2  compound PROPN NNP President
Juan       2  compound PROPN NNP Juan      B-PERSON
Soto       3  nsubj    PROPN NNP Soto      I-PERSON
criticised 3  ROOT     VERB  VBD criticise
Chile      3  dobj     PROPN NNP Chile     GPE
.          3  punct    PUNCT .   .
""")


PRESIDENT_TELLING_OF_THE_ONE_COUNTRY = parsed("""
President  2  compound PROPN NNP President
Juan       2  compound PROPN NNP Juan      B-PERSON
Soto       3  nsubj    PROPN NNP Soto      I-PERSON
said       3  ROOT     VERB  VBD say
Chile      6  nsubj    PROPN NNP Chile     GPE
would      6  aux      AUX   MD  would
hold       3  ccomp    VERB  VB  hold
elections  6  dobj     NOUN  NNS election
.          3  punct    PUNCT .   .
""")


def test_the_one_country_of_one_sentence_is_no_office_of_whom_it_is_set_against() -> None:
    """ "President Juan Soto criticised Chile": the one country the one sentence names is
    the party Soto acts on, not the country of his office, which the sentence does not
    tell (no CHLGOV), as "President Juan Soto met students in Chile" and "President Juan
    Soto said Chile would hold elections" do."""
    codes = {a.key: a.code for a in run(PRESIDENT_AGAINST_THE_ONE_COUNTRY).actors}
    assert codes["juan_soto"] is None
    # what he says his country will do is no act on it: "said Chile would hold elections"
    told = {a.key: a.code for a in run(PRESIDENT_TELLING_OF_THE_ONE_COUNTRY).actors}
    assert told["juan_soto"] == "CHLGOV"
    assert ("juan_soto", "11", "chile") in pairs(PRESIDENT_AGAINST_THE_ONE_COUNTRY)


def a_resolution(subject: str, verb: str, lemma: str, condemned: str) -> Doc:
    """ "{subject} {verb} a U.N. resolution condemning {condemned}." """
    return parsed(f"""
{subject}  1 nsubj    PROPN NNP {subject}   GPE
{verb}     1 ROOT     VERB  VBD {lemma}
a          4 det      DET   DT  a
U.N.       4 compound PROPN NNP U.N.  ORG
resolution 1 dobj     NOUN  NN  resolution
condemning 4 acl      VERB  VBG condemn
{condemned} 5 dobj    PROPN NNP {condemned} GPE
.          1 punct    PUNCT .   .
""")


A_RESOLUTION_BLOCKED = a_resolution("Chile", "blocked", "block", "Peru")


def test_a_resolution_blocked_is_vetoed_and_says_nothing() -> None:
    """ "Chile blocked a U.N. resolution condemning Peru": blocking a text a body is to
    adopt is a veto (129), not coercion (EXCLUDE's 170); the condemnation was never
    adopted, so the United Nations condemned no one."""
    events = {(e.source, e.cameo, e.target) for e in run(A_RESOLUTION_BLOCKED).events}
    assert events == {("chile", "129", "united_nations")}


AID_WORKER_RELEASED = parsed("""
Peru     1 nsubj    PROPN NNP Peru     GPE
released 1 ROOT     VERB  VBD release
aid      3 compound NOUN  NN  aid
worker   5 compound NOUN  NN  worker
John     5 compound PROPN NNP John     B-PERSON
Smith    1 dobj     PROPN NNP Smith    I-PERSON
.        1 punct    PUNCT .   .
""")


def test_a_noun_telling_an_agent_s_kind_is_no_thing_a_pattern_reads() -> None:
    """ "Peru released aid worker John Smith": the word "aid" tells what kind of worker he
    is; it is no aid released (RELEASE's "- * AID", 070): the release is of a person."""
    assert {(e.source, e.cameo[:2]) for e in run(AID_WORKER_RELEASED).events} == {("peru", "08")}


PATROLLED_BY_TWO_SIDES = parsed("""
Peruvian 3 amod   ADJ   JJ  peruvian NORP
and      0 cc     CCONJ CC  and
Chilean  0 conj   ADJ   JJ  chilean  NORP
troops   6 nsubj  NOUN  NNS troop
will     6 aux    AUX   MD  will
jointly  6 advmod ADV   RB  jointly
patrol   6 ROOT   VERB  VB  patrol
the      8 det    DET   DT  the
border   6 dobj   NOUN  NN  border
.        6 punct  PUNCT .   .
""")


def patrolled(adverb: str) -> Doc:
    """ "Peru and Chile will {adverb} patrol the border." """
    rows = [
        "Peru   5 nsubj PROPN NNP Peru  GPE",
        "and    0 cc    CCONJ CC  and",
        "Chile  0 conj  PROPN NNP Chile GPE",
        "will   5 aux   AUX   MD  will",
        f"{adverb} 5 advmod ADV RB {adverb}",
        "patrol 5 ROOT  VERB  VB  patrol",
        "the    7 det   DET   DT  the",
        "border 5 dobj  NOUN  NN  border",
        ".      5 punct PUNCT .   .",
    ]
    return parsed("\n".join(rows))


def test_a_show_of_force_done_jointly_is_military_cooperation_between_its_doers() -> None:
    """ "Peru and Chile will jointly patrol the border": done together, the patrol shows
    no force to anyone; it is military cooperation between the two (062, stated for the
    future its intent, 0312), each the other's target. "Soon" makes it no joint act."""
    joint = {(e.source, e.cameo, e.target) for e in run(patrolled("jointly")).events}
    assert joint == {("peru", "0312", "chile"), ("chile", "0312", "peru")}
    assert {e.cameo[:2] for e in run(patrolled("soon")).events} == {"15"}
    # doers named by one noun of two sides are two doers, each the other's
    both = {(e.source, e.cameo, e.target) for e in run(PATROLLED_BY_TWO_SIDES).events}
    assert both == {
        ("peruvian_military", "0312", "chilean_military"),
        ("chilean_military", "0312", "peruvian_military"),
    }


def federation(*name: str) -> Doc:
    """ "The <name> Miners Federation accused Chile.", the name an organisation."""
    head = len(name) + 2  # the position of "Federation"
    words = [*name, "Miners"]
    rows = [
        f"{w} {head} compound PROPN NNP {w} {'I' if k else 'B'}-ORG" for k, w in enumerate(words)
    ]
    return parsed(
        "\n".join(
            [
                f"The {head} det DET DT the",
                *rows,
                f"Federation {head + 1} nsubj PROPN NNP Federation I-ORG",
                f"accused {head + 1} ROOT VERB VBD accuse",
                f"Chile {head + 1} dobj PROPN NNP Chile GPE",
                f". {head + 1} punct PUNCT . .",
            ]
        )
    )


def test_a_name_is_coded_by_its_longest_country_name_and_its_head_agent() -> None:
    """Countries are read longest name first ("Papua New Guinea Police" is PNG's police,
    not two countries'); of agent phrases as long as each other, the last, the head
    ("Thai Farmers Bank" is a bank, THABUS); no code of a kind of its own (creditors,
    MNC) nor one that names an actor of its own ("Israeli Army Veterans Association" is
    not the IDF, ISRMIL)."""
    coder = Coder(load_gazetteer(), "1987-03-01")
    assert _composed_code(["Papua", "New", "Guinea", "Police"], coder) == "PNGCOP"
    assert _composed_code(["Thai", "Farmers", "Bank"], coder) == "THABUS"
    assert _composed_code(["Brazilian", "Creditor", "Bank", "Committee"], coder) is None
    assert _composed_code(["Israeli", "Army", "Veterans", "Association"], coder) is None


def test_a_name_no_dictionary_lists_takes_its_country_and_agent_s_code() -> None:
    """ "the Peruvian Miners Federation" is coded as PETRARCH codes the noun phrase, by
    the country and the agent noun among its words: PERLAB, keeping its name; a name
    of two countries' or of none gets no code."""
    actors = actors_of(federation("Peruvian"))
    assert actors["peruvian_miners_federation"][0] == "PERLAB"
    assert actors_of(federation("Peru", "Bolivia"))["peru_bolivia_miners_federation"][0] is None
    assert actors_of(federation("Andean"))["andean_miners_federation"][0] is None


SECRETARY_OF_THE_TREASURY = parsed("""
Luis       1  compound PROPN NNP Luis       B-PERSON
Soto       10 nsubj    PROPN NNP Soto       I-PERSON
,          1  punct    PUNCT ,   ,
Assistant  4  compound PROPN NNP Assistant
Secretary  1  appos    PROPN NNP Secretary
of         4  prep     ADP   IN  of
the        8  det      DET   DT  the
Peruvian   8  amod     ADJ   JJ  peruvian   NORP
Treasury   5  pobj     PROPN NNP Treasury
,          1  punct    PUNCT ,   ,
criticised 10 ROOT     VERB  VBD criticise
Chile      10 dobj     PROPN NNP Chile      GPE
.          10 punct    PUNCT .   .
""")

MINISTER_OF_A_MINISTRY = parsed("""
Luis       1  compound PROPN NNP Luis       B-PERSON
Soto       14 nsubj    PROPN NNP Soto       I-PERSON
,          1  punct    PUNCT ,   ,
vice       4  compound NOUN  NN  vice
minister   1  appos    NOUN  NN  minister
of         4  prep     ADP   IN  of
Peru       8  poss     PROPN NNP Peru       GPE
's         6  case     PART  POS 's
Ministry   5  pobj     PROPN NNP Ministry   B-ORG
of         8  prep     ADP   IN  of         I-ORG
Mines      9  pobj     PROPN NNP Mines      I-ORG
and        10 cc       CCONJ CC  and        I-ORG
Energy     10 conj     PROPN NNP Energy     I-ORG
,          1  punct    PUNCT ,   ,
criticised 14 ROOT     VERB  VBD criticise
Chile      14 dobj     PROPN NNP Chile      GPE
.          14 punct    PUNCT .   .
""")


def test_an_office_in_apposition_gives_its_holder_the_side_of_its_body() -> None:
    """ "Luis Soto, Assistant Secretary of the Peruvian Treasury": an office written in
    capitals is an office too, and the Treasury a state's finance ministry (PERGOV);
    "vice minister of Peru's Ministry of Mines and Energy": a ministry the dictionaries
    do not list is its country's government by the country that owns it (PERGOV), and
    so is its minister."""
    assert actors_of(SECRETARY_OF_THE_TREASURY, "1987-03-01")["luis_soto"][0] == "PERGOV"
    actors = actors_of(MINISTER_OF_A_MINISTRY, "1987-03-01")
    assert actors["ministry_of_mines_and_energy"][0] == "PERGOV"
    assert actors["luis_soto"][0] == "PERGOV"


URGED_TO_REPAY = parsed("""
Peru    2 nsubjpass PROPN NNP  Peru    GPE
was     2 auxpass   AUX   VBD  be
urged   2 ROOT      VERB  VBN  urge
to      4 aux       PART  TO   to
repay   2 xcomp     VERB  VB   repay
its     6 poss      PRON  PRP$ its
debt    4 dobj      NOUN  NN   debt
by      4 prep      ADP   IN   by
Chile   7 pobj      PROPN NNP  Chile   GPE
.       2 punct     PUNCT .    .
""")


ABIDE_BY = parsed("""
Kuwait  2 nsubjpass PROPN NNP  Kuwait  GPE
was     2 auxpass   AUX   VBD  be
urged   2 ROOT      VERB  VBN  urge
to      4 aux       PART  TO   to
abide   2 xcomp     VERB  VB   abide
by      4 prep      ADP   IN   by
Chile   5 pobj      PROPN NNP  Chile   GPE
.       2 punct     PUNCT .    .
""")


def test_a_by_phrase_on_the_active_complement_of_a_passive_is_the_passive_s_agent() -> None:
    """ "Peru was urged to repay its debt by Chile": the parser hangs "by Chile" on
    "repay", an active verb, which has no agent; Chile is who urged Peru. Without an
    object, "by" may be the verb's own: in "Kuwait was urged to abide by Chile" Chile
    urged no one."""
    assert ("chile", "02", "peru") in pairs(URGED_TO_REPAY)
    assert not any(p[0] == "chile" for p in pairs(ABIDE_BY))


CUT_PRODUCTION = parsed("""
Mexico     1 nsubj    PROPN NNP Mexico     GPE
cut        1 ROOT     VERB  VBD cut
oil        3 compound NOUN  NN  oil
production 1 dobj     NOUN  NN  production
.          1 punct    PUNCT .   .
Mexico     6 nsubj    PROPN NNP Mexico     GPE
cut        6 ROOT     VERB  VBD cut
aid        6 dobj     NOUN  NN  aid
to         6 prep     ADP   IN  to
Peru       8 pobj     PROPN NNP Peru       GPE
.          6 punct    PUNCT .   .
""")


def test_a_bare_trigger_yields_to_a_dictionary_pattern_coding_no_event() -> None:
    """ "cut" is one of the ontology's triggers of reduced relations (16), and CUT's
    block codes "- * PRODUCTION [---]": a country cutting its oil output does nothing to
    another, as PETRARCH codes it; cutting aid to Peru does."""
    assert {(e.sentence, e.source, e.target) for e in run(CUT_PRODUCTION).events} == {
        (2, "mexico", "peru")
    }


REJECTED_DEMANDS = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
rejected 1 ROOT  VERB  VBD reject
demands  1 dobj  NOUN  NNS demand
from     2 prep  ADP   IN  from
Peru     3 pobj  PROPN NNP Peru  GPE
that     7 nsubj PRON  WDT that
would    7 aux   AUX   MD  would
raise    2 relcl VERB  VB  raise
prices   7 dobj  NOUN  NNS price
.        1 punct PUNCT .   .
""")


def test_a_pattern_does_not_read_the_words_of_a_clause_under_the_object() -> None:
    """REJECT's block (DECLINE) codes "- * PRICE [---]", declining prices; in "rejected
    demands from Peru that would raise prices" the prices belong to the relative clause,
    and what Chile rejected is Peru's demands (12)."""
    assert ("chile", "12", "peru") in pairs(REJECTED_DEMANDS)


AGENCY_AT_WORK = parsed(
    """
SANTIAGO   9  npadvmod PROPN NNP Santiago   GPE
(          9  punct    PUNCT -LRB- (
Reuters    0  appos    PROPN NNP Reuters    ORG
)          9  punct    PUNCT -RRB- )
-          9  punct    PUNCT :   -
Economists 9  nsubj    NOUN  NNS economist
contacted  5  acl      VERB  VBN contact
by         6  agent    ADP   IN  by
Reuters    7  pobj     PROPN NNP Reuters    ORG
said       9  ROOT     VERB  VBD say
Chile      11 nsubj    PROPN NNP Chile      GPE
attacked   9  ccomp    VERB  VBD attack
Peru       11 dobj     PROPN NNP Peru       GPE
.          9  punct    PUNCT .   .
""",
    joined={1, 2},
)


def test_the_agency_filing_a_story_is_its_reporter_and_no_actor() -> None:
    """ "SANTIAGO (Reuters) - Economists contacted by Reuters said …": the agency of the
    dateline is the reporter at work wherever the story names it, not an actor of the
    news (the dictionaries code Reuters as media, MED)."""
    extraction = run(AGENCY_AT_WORK)
    assert "reuters" not in {a.key for a in extraction.actors}
    assert ("chile", "19", "peru") in pairs(AGENCY_AT_WORK)


def test_a_story_s_signature_names_its_agency() -> None:
    """Wire copy signs a story on a last line of one word ("REUTER"); a last word in
    its sentence's line ("… said Reuters.") is no signature, nor is a name the
    dictionaries give an actor other than the press ("Iran", "(Iraq)")."""
    coder, gazetteer = Coder(load_gazetteer()), load_gazetteer()
    assert _signer(NLP("Chile attacked Peru.\n REUTER"), coder, gazetteer) == "reuter"
    assert _signer(NLP("Chile told Reuters"), coder, gazetteer) is None
    assert _signer(NLP("CHICAGO (Reuters) - Chile attacked Peru."), coder, gazetteer) == "reuter"
    assert _signer(NLP("Iraq attacked Iran.\nIran"), coder, gazetteer) is None
    assert _signer(NLP("BAGHDAD (Iraq) - Iran attacked Iraq."), coder, gazetteer) is None


A_PARTY_MEMBER_AGAIN = parsed("""
The        2 det      DET   DT  the
Georgia    2 compound PROPN NNP Georgia    GPE
Democrat   3 nsubj    PROPN NNP Democrat   NORP
criticised 3 ROOT     VERB  VBD criticise
Reagan     3 dobj     PROPN NNP Reagan     PERSON
.          3 punct    PUNCT .   .
""")


def test_a_party_member_named_with_the_is_one_of_the_party_s_group() -> None:
    """ "the Georgia Democrat criticised Reagan": news names a senator again by state
    and party; the member is one of the Democrats, one actor with "a Democrat" and "the
    Democrats", not a group "Democrat"."""
    labels = {a.label for a in run(A_PARTY_MEMBER_AGAIN).actors}
    assert "Democrats" in labels and "Democrat" not in labels


NATURE_STRIKES = parsed("""
Floods     1  nsubj PROPN NNS flood
hit        1  ROOT  VERB  VBD hit
Chile      1  dobj  PROPN NNP Chile      GPE
.          1  punct PUNCT .   .
The        5  det   DET   DT  the
earthquake 9  nsubj NOUN  NN  earthquake
which      7  nsubj PRON  WDT which
struck     5  relcl VERB  VBD strike
Peru       7  dobj  PROPN NNP Peru       GPE
ended      9  ROOT  VERB  VBD end
.          9  punct PUNCT .   .
Rebels     12 nsubj NOUN  NNS rebel
hit        12 ROOT  VERB  VBD hit
Chile      12 dobj  PROPN NNP Chile      GPE
.          12 punct PUNCT .   .
""")


def test_a_force_of_nature_is_no_actor_and_its_damage_no_event() -> None:
    """ "Floods hit Chile", "the earthquake which struck Peru": the Phoenix issue
    dictionary's natural disasters do what no coder codes; "rebels hit Chile" is force."""
    assert {e.sentence for e in run(NATURE_STRIKES).events} == {3}


AIRCRAFT_OF_A_SIDE = parsed("""
Afghan   1 amod  ADJ   JJ  afghan   NORP
aircraft 2 nsubj NOUN  NNS aircraft
bombed   2 ROOT  VERB  VBD bomb
Pakistan 2 dobj  PROPN NNP Pakistan GPE
.        2 punct PUNCT .   .
Iraqi    6 amod  ADJ   JJ  iraqi    NORP
planes   7 nsubj NOUN  NNS plane
hit      7 ROOT  VERB  VBD hit
Iran     7 dobj  PROPN NNP Iran     GPE
.        7 punct PUNCT .   .
""")


def test_a_side_s_aircraft_are_its_military() -> None:
    """ "Afghan aircraft bombed Pakistan", "Iraqi planes hit Iran": the aircraft stand for
    their side's military (AFGMIL, IRQMIL), as "Iraqi warplanes" do in the Phoenix
    agents, not for the state."""
    sources = {e.source for e in run(AIRCRAFT_OF_A_SIDE).events}
    assert sources == {"afghan_military", "iraqi_military"}


FIGHTING_BROKE_OUT = parsed("""
Fighting 1 nsubj NOUN  NN  fighting
broke    1 ROOT  VERB  VBD break
out      1 prt   ADP   RP  out
between  1 prep  ADP   IN  between
Chadian  5 amod  ADJ   JJ  chadian  NORP
troops   3 pobj  NOUN  NNS troop
and      5 cc    CCONJ CC  and
Libyan   8 amod  ADJ   JJ  libyan   NORP
forces   5 conj  NOUN  NNS force
.        1 punct PUNCT .   .
""")


def test_fighting_that_broke_out_between_two_sides_is_their_fight() -> None:
    """ "Fighting broke out between Chadian troops and Libyan forces": the event noun is
    the subject, its verb says only that it happened, and the "between" phrase on the
    verb names the two parties, each the other's target."""
    found = pairs(FIGHTING_BROKE_OUT)
    assert ("chadian_military", "19", "libyan_military") in found
    assert ("libyan_military", "19", "chadian_military") in found


ITS_PLATFORMS = parsed("""
Iran      1 nsubj    PROPN NNP  Iran     GPE
said      1 ROOT     VERB  VBD  say
U.S.      3 compound PROPN NNP  U.S.     GPE
forces    4 nsubj    NOUN  NNS  force
attacked  1 ccomp    VERB  VBD  attack
its       6 poss     PRON  PRP$ its
platforms 4 dobj     NOUN  NNS  platform
.         1 punct    PUNCT .    .
""")


def test_a_side_naming_a_mention_is_no_antecedent_of_its_pronoun() -> None:
    """ "Iran said U.S. forces attacked its platforms": "U.S." only says whose the forces
    are, the forces are plural, and so "its" is Iran's, the target."""
    assert ("american_military", "19", "iran") in pairs(ITS_PLATFORMS)


A_FULL_NAME_OF_A_LISTED_SURNAME = parsed("""
Ali        1 compound PROPN NNP Ali        B-PERSON
Khamenei   2 nsubj    PROPN NNP Khamenei   I-PERSON
criticised 2 ROOT     VERB  VBD criticise
Iraq       2 dobj     PROPN NNP Iraq       GPE
.          2 punct    PUNCT .   .
""")


def test_a_name_ending_in_a_surname_the_dictionaries_list_alone_takes_its_code() -> None:
    """The dictionaries list "KHAMENEI" alone among the names of Iran's leader, and not
    "Ali Khamenei": as TABARI codes the longest listed name within a name, "Ali
    Khamenei" is Iran's (IRN), not an uncoded person."""
    result = run(A_FULL_NAME_OF_A_LISTED_SURNAME)
    (event,) = result.events
    person = next(a for a in result.actors if a.key == event.source)
    assert person.label == "Ali Khamenei" and (person.code or "")[:3] == "IRN"


PROMISED_RETALIATION = parsed("""
Iran        1 nsubj PROPN NNP Iran        GPE
promised    1 ROOT  VERB  VBD promise
retaliation 1 dobj  NOUN  NN  retaliation
against     2 prep  ADP   IN  against
Iraq        3 pobj  PROPN NNP Iraq        GPE
.           1 punct PUNCT .   .
""")


def test_promising_retaliation_is_a_threat_of_force() -> None:
    """ "Iran promised retaliation against Iraq": a promise of force is the threat a vow
    of it is (138), not the intent to cooperate a bare promise states."""
    assert coded_pairs(PROMISED_RETALIATION) == {("iran", "138", "iraq")}


OFF_THE_COAST = parsed("""
Iraqi  1 amod     ADJ   JJ  iraqi  NORP
planes 2 nsubj    NOUN  NNS plane
hit    2 ROOT     VERB  VBD hit
two    4 nummod   NUM   CD  two
ships  2 dobj     NOUN  NNS ship
off    2 prep     ADP   IN  off
Kuwait 5 pobj     PROPN NNP Kuwait GPE
.      2 punct    PUNCT .   .
Iran   9 nsubj    PROPN NNP Iran   GPE
kicked 9 ROOT     VERB  VBD kick
off    9 prt      ADP   RP  off
talks  9 dobj     NOUN  NNS talk
with   9 prep     ADP   IN  with
Iraq   12 pobj    PROPN NNP Iraq   GPE
.      9 punct    PUNCT .   .
""")


def test_a_particle_pattern_codes_only_the_phrasal_verb_it_was_written_for() -> None:
    """HIT's block holds "- * OFF [046]", commented KICK: kicking off talks is a
    consultation, but "hit two ships off Kuwait" is force, not a phrasal "hit off"."""
    found = {(e.sentence, e.cameo[:2]) for e in run(OFF_THE_COAST).events}
    assert (1, "19") in found and (1, "04") not in found
    assert (2, "04") in found


CONDUCTED_FOR = parsed("""
Chile     1 nsubj PROPN NNP Chile  GPE
conducted 1 ROOT  VERB  VBD conduct
a         3 det   DET   DT  a
survey    1 dobj  NOUN  NN  survey
for       3 prep  ADP   IN  for
Peru      4 pobj  PROPN NNP Peru   GPE
.         1 punct PUNCT .   .
""")


def test_a_preposition_pattern_codes_only_the_prepositional_verb_it_was_written_for() -> None:
    """OVERSEE_MANAGE's block holds "- * (FOR) [042:043]", commented HEAD: heading for
    a place is a trip, but "Chile conducted a survey for Peru" is no visit of CONDUCT's,
    its block-mate; a preposition alone after the verb is the verb's, as a particle is."""
    assert not {e.cameo[:2] for e in run(CONDUCTED_FOR).events} & {"04"}


def under_fire(subject: str, lemma: str, shooter: str, shooter_lemma: str) -> Doc:
    """ "Chilean [SUBJECT] came under fire from Peruvian [SHOOTER]." """
    return parsed(f"""
Chilean    1 amod  ADJ   JJ  chilean  NORP
{subject}  2 nsubj NOUN  NNS {lemma}
came       2 ROOT  VERB  VBD come
under      2 prep  ADP   IN  under
fire       3 pobj  NOUN  NN  fire
from       2 prep  ADP   IN  from
Peruvian   7 amod  ADJ   JJ  peruvian NORP
{shooter}  5 pobj  NOUN  NNS {shooter_lemma}
.          2 punct PUNCT .   .
""")


def test_coming_under_fire_from_armed_men_is_force_and_from_others_criticism() -> None:
    """COME's "- * (UNDER FIRE)" (:111) reads "came under fire" as criticism: so it is
    from Peruvian farmers, but Chilean troops that came under fire from Peruvian gunmen
    were shot at (the noun's force, 19), and not also criticised; one act, one code."""
    shot = {e.cameo[:2] for e in run(under_fire("troops", "troop", "gunmen", "gunman")).events}
    assert shot == {"19"}
    criticised = run(under_fire("ministers", "minister", "farmers", "farmer")).events
    assert {(e.source, e.cameo, e.target) for e in criticised} == {
        ("peruvian_farmers", "111", "chilean_government")
    }


RETALIATED_FOR = parsed("""
Chile      1 nsubj PROPN NNP Chile    GPE
retaliated 1 ROOT  VERB  VBD retaliate
for        1 prep  ADP   IN  for
the        5 det   DET   DT  the
Peruvian   5 amod  ADJ   JJ  peruvian NORP
attack     2 pobj  NOUN  NN  attack
.          1 punct PUNCT .   .
""")


def test_a_verb_of_answering_is_aimed_at_the_doer_of_what_it_answers() -> None:
    """ "Chile retaliated for the Peruvian attack": retaliating (a verb of answering,
    the ontology's ``ckg:answerTrigger``) for an act is force aimed at that act's doer,
    as "in retaliation for" is; without it the dictionary's code had no target and no
    event."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(RETALIATED_FOR).events}
    assert ("chile", "19", "peru") in found


DIED_IN_FLOODS = parsed("""
Chilean   1  amod  ADJ   JJ  chilean  NORP
villagers 2  nsubj NOUN  NNS villager
died      2  ROOT  VERB  VBD die
in        2  prep  ADP   IN  in
the       5  det   DET   DT  the
floods    3  pobj  NOUN  NNS flood
.         2  punct PUNCT .   .
Chilean   8  amod  ADJ   JJ  chilean  NORP
villagers 9  nsubj NOUN  NNS villager
died      9  ROOT  VERB  VBD die
in        9  prep  ADP   IN  in
the       12 det   DET   DT  the
attack    10 pobj  NOUN  NN  attack
.         9  punct PUNCT .   .
""")


def test_deaths_a_force_of_nature_causes_are_no_event() -> None:
    """ "Chilean villagers died in the floods": the floods, a force of nature, caused the
    deaths, and nobody acted; dying in an attack is force against the villagers."""
    assert {e.sentence for e in run(DIED_IN_FLOODS).events} == {2}


def _reported_by_radio(verb: str, lemma: str, nation: str) -> Doc:
    """ "Chile <verb> the Peruvian plan, <nation> radio said." """
    return parsed(f"""
Chile    1 nsubj PROPN NNP Chile    GPE
{verb}   8 ccomp VERB  VBD {lemma}
the      4 det   DET   DT  the
Peruvian 4 amod  ADJ   JJ  peruvian NORP
plan     1 dobj  NOUN  NN  plan
,        8 punct PUNCT ,   ,
{nation} 7 amod  ADJ   JJ  {nation.lower()} NORP
radio    8 nsubj NOUN  NN  radio
said     8 ROOT  VERB  VBD say
.        8 punct PUNCT .   .
""")


def test_a_verbal_act_reported_by_its_own_sides_radio_is_asserted() -> None:
    """A side's broadcaster speaks for it (RADIO, kg's agents): its report of the side's
    rejection is the rejection; another side's report of it, or its own report of an
    act of force, is a claim."""
    (own,) = run(_reported_by_radio("rejected", "reject", "Chilean")).events
    assert (own.source, own.cameo, own.target) == ("chile", "120", "peru")
    assert (own.said_by, own.modality) == ("chilean_media", "asserted")
    (other,) = run(_reported_by_radio("rejected", "reject", "Bolivian")).events
    assert (other.said_by, other.modality) == ("bolivian_media", "claimed")
    (force,) = run(_reported_by_radio("shelled", "shell", "Chilean")).events
    assert (force.cameo[:2], force.said_by, force.modality) == ("19", "chilean_media", "claimed")


def _chile_to_peru(verb: str, lemma: str, prep: str | None = None) -> Doc:
    """ "Chile <verb> [<prep>] Peru." """
    if prep is None:
        return parsed(f"""
Chile  1 nsubj PROPN NNP Chile GPE
{verb} 1 ROOT  VERB  VBD {lemma}
Peru   1 dobj  PROPN NNP Peru  GPE
.      1 punct PUNCT .   .
""")
    return parsed(f"""
Chile  1 nsubj PROPN NNP Chile GPE
{verb} 1 ROOT  VERB  VBD {lemma}
{prep} 1 prep  ADP   IN  {prep}
Peru   2 pobj  PROPN NNP Peru  GPE
.      1 punct PUNCT .   .
""")


def test_an_act_both_parties_do_is_coded_both_ways() -> None:
    """Meeting (the ontology's ckg:converseClass on CAMEO 04) and telephoning (the verb
    dictionary's CALL block, [041:041]) are done by both parties: the target's act on
    the source is coded beside the source's. A visit (042, its own class, no converse),
    rushing to a place ([042:043]: the hosting is another act, which the text does not
    state) and travelling to it (040, going somewhere) are the visitor's alone."""
    met = coded_pairs(_chile_to_peru("met", "meet"))
    assert met == {("chile", "040", "peru"), ("peru", "040", "chile")}
    called = run(_chile_to_peru("telephoned", "telephone")).events
    assert {(e.source, e.cameo, e.target) for e in called} == {
        ("chile", "041", "peru"),
        ("peru", "041", "chile"),
    }
    visited = run(_chile_to_peru("visited", "visit")).events
    assert [(e.source, e.cameo, e.target) for e in visited] == [("chile", "042", "peru")]
    rushed = run(_chile_to_peru("rushed", "rush", "to")).events
    assert [(e.source, e.cameo, e.target) for e in rushed] == [("chile", "042", "peru")]
    travelled = run(_chile_to_peru("travelled", "travel", "to")).events
    assert [(e.source, e.cameo, e.target) for e in travelled] == [("chile", "040", "peru")]


DELEGATES_FROM = parsed("""
Representatives 3 nsubj NOUN  NNS representative
from            0 prep  ADP   IN  from
Chile           1 pobj  PROPN NNP Chile GPE
criticized      3 ROOT  VERB  VBD criticize
Peru            3 dobj  PROPN NNP Peru  GPE
.               3 punct PUNCT .   .
""")


TROOPS_FROM = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
expelled 1 ROOT  VERB  VBD expel
troops   1 dobj  NOUN  NNS troop
from     2 prep  ADP   IN  from
Peru     3 pobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
""")


def test_representatives_from_a_state_are_its_government() -> None:
    """A subject agent's "from" phrase gives its side as its "of" phrase does, and a
    side's representatives are its delegates (kg's agents: GOV), not Phoenix's House
    (LEG); troops expelled "from Peru" are not Peru's."""
    (event,) = run(DELEGATES_FROM).events
    assert (event.source, event.cameo, event.target) == ("chilean_government", "111", "peru")
    assert "peruvian_military" not in {a.key for a in run(TROOPS_FROM).actors}


NURSES_STRUCK = parsed("""
Chilean 1 amod  ADJ   JJ  chilean NORP
nurses  2 nsubj NOUN  NNS nurse
struck  2 ROOT  VERB  VBD strike
.       2 punct PUNCT .   .
Chile   5 nsubj PROPN NNP Chile   GPE
struck  5 ROOT  VERB  VBD strike
Peru    5 dobj  PROPN NNP Peru    GPE
.       5 punct PUNCT .   .
Miners  9 nsubj NOUN  NNS miner
walked  9 ROOT  VERB  VBD walk
out     9 prt   ADP   RP  out
.       9 punct PUNCT .   .
Chilean 13 amod ADJ   JJ  chilean NORP
civilians 14 nsubj NOUN NNS civilian
struck  14 ROOT VERB  VBD strike
at      14 prep ADP   IN  at
Peru    15 pobj PROPN NNP Peru    GPE
.       14 punct PUNCT .  .
""")

STRIKE_NOUNS = parsed("""
The     1 det   DET   DT  the
strike  5 nsubj NOUN  NN  strike
by      1 prep  ADP   IN  by
Chilean 4 amod  ADJ   JJ  chilean NORP
miners  2 pobj  NOUN  NNS miner
angered 5 ROOT  VERB  VBD anger
Peru    5 dobj  PROPN NNP Peru    GPE
.       5 punct PUNCT .   .
The     10 det  DET   DT  the
Chilean 10 amod ADJ   JJ  chilean NORP
strike  13 nsubj NOUN NN  strike
against 10 prep ADP   IN  against
Peru    11 pobj PROPN NNP Peru    GPE
angered 13 ROOT VERB  VBD anger
Bolivia 13 dobj PROPN NNP Bolivia GPE
.       13 punct PUNCT .  .
The     18 det  DET   DT  the
hunger  18 compound NOUN NN hunger
strike  22 nsubj NOUN NN  strike
by      18 prep ADP   IN  by
Chilean 21 amod ADJ   JJ  chilean NORP
miners  19 pobj NOUN  NNS miner
angered 22 ROOT VERB  VBD anger
Peru    22 dobj PROPN NNP Peru    GPE
.       22 punct PUNCT .  .
The     28 det  DET   DT  the
Chilean 28 amod ADJ   JJ  chilean NORP
air     28 compound NOUN NN air
strike  31 nsubj NOUN NN  strike
on      28 prep ADP   IN  on
Peru    29 pobj PROPN NNP Peru    GPE
angered 31 ROOT VERB  VBD anger
Bolivia 31 dobj PROPN NNP Bolivia GPE
.       31 punct PUNCT .  .
""")


def test_a_strike_is_a_walkout_by_workers_and_force_by_a_state() -> None:
    """ "strike" names a walkout (143, whose ckg:doerRole lists labour, health, ...) and
    force (19): nurses striking, miners' strike, miners walking out are walkouts; Chile
    striking Peru, civilians striking at it, or a Chilean strike against it, force;
    "an air strike" is force from the air (195), "a hunger strike" a hunger strike
    (1422), whoever does them: the more specific trigger first."""
    by_verb = [(e.sentence, e.source, e.cameo) for e in run(NURSES_STRUCK).events]
    assert by_verb == [
        (1, "chilean_health_workers", "143"),
        (2, "chile", "190"),
        (3, "workers", "143"),
        (4, "chilean_civilians", "190"),
    ]
    by_noun = {(e.sentence, e.source, e.cameo) for e in run(STRIKE_NOUNS).events}
    assert by_noun == {
        (1, "chilean_workers", "143"),
        (2, "chile", "190"),
        (3, "chilean_workers", "1422"),
        (4, "chile", "195"),
    }


SCHEDULED_TALKS = parsed("""
The     2 det   DET   DT  the
planned 2 amod  VERB  VBN plan
talks   7 nsubj NOUN  NNS talk
between 2 prep  ADP   IN  between
Chile   3 pobj  PROPN NNP Chile   GPE
and     4 cc    CCONJ CC  and
Peru    4 conj  PROPN NNP Peru    GPE
angered 7 ROOT  VERB  VBD anger
Bolivia 7 dobj  PROPN NNP Bolivia GPE
.       7 punct PUNCT .   .
Two       11 nummod NUM  CD  two
rounds    21 nsubj NOUN  NNS round
of        11 prep  ADP   IN  of
talks     12 pobj  NOUN  NNS talk
between   13 prep  ADP   IN  between
Chile     14 pobj  PROPN NNP Chile   GPE
and       15 cc    CCONJ CC  and
Peru      15 conj  PROPN NNP Peru    GPE
scheduled 11 acl   VERB  VBN schedule
for       18 prep  ADP   IN  for
Friday    19 pobj  PROPN NNP Friday  DATE
angered   21 ROOT  VERB  VBD anger
Bolivia   21 dobj  PROPN NNP Bolivia GPE
.         21 punct PUNCT .   .
""")


def test_an_event_noun_set_for_the_future_is_an_intention() -> None:
    """ "the planned talks", "two rounds of talks scheduled for Friday" (ckg:scheduleCue)
    have not happened: they state the parties' intent to meet (03), each other's."""
    assert pairs(SCHEDULED_TALKS) == {("chile", "03", "peru"), ("peru", "03", "chile")}
    assert {e.sentence for e in run(SCHEDULED_TALKS).events} == {1, 2}


NAVY_COMMANDER = parsed("""
The        1 det      DET   DT  the
commander  10 nsubj   NOUN  NN  commander
of         1 prep     ADP   IN  of
the        5 det      DET   DT  the
Chilean    5 amod     ADJ   JJ  chilean NORP
navy       2 pobj     NOUN  NN  navy
,          1 punct    PUNCT ,   ,
Juan       8 compound PROPN NNP Juan   B-PERSON
Quispe     1 appos    PROPN NNP Quispe I-PERSON
,          1 punct    PUNCT ,   ,
criticized 10 ROOT    VERB  VBD criticize
Peru       10 dobj    PROPN NNP Peru   GPE
.          10 punct   PUNCT .   .
""")

CHILES_CRITIC = parsed("""
A          1 det      DET   DT  a
critic     8 nsubj    NOUN  NN  critic
of         1 prep     ADP   IN  of
Chile      2 pobj     PROPN NNP Chile  GPE
,          1 punct    PUNCT ,   ,
Juan       6 compound PROPN NNP Juan   B-PERSON
Quispe     1 appos    PROPN NNP Quispe I-PERSON
,          1 punct    PUNCT ,   ,
criticized 8 ROOT     VERB  VBD criticize
Peru       8 dobj     PROPN NNP Peru   GPE
.          8 punct    PUNCT .   .
""")


def test_a_name_in_apposition_to_an_office_of_a_body_is_the_bodys() -> None:
    """ "the commander of the Chilean navy, Juan Quispe," (an office, a title word) is the
    navy's, of Chile's side and the office's role (MIL); "a critic of Chile, Juan Quispe,"
    is no office, nobody's."""
    commander = {a.key: a for a in run(NAVY_COMMANDER).actors}["juan_quispe"]
    assert (commander.code, commander.affiliation) == ("CHLMIL", "chile")
    critic = {a.key: a for a in run(CHILES_CRITIC).actors}["juan_quispe"]
    assert (critic.code, critic.affiliation) == (None, None)


HELD_TALKS = parsed("""
The       2 det       DET   DT  the
scheduled 2 amod      VERB  VBN schedule
talks     8 nsubjpass NOUN  NNS talk
between   2 prep      ADP   IN  between
Chile     3 pobj      PROPN NNP Chile GPE
and       4 cc        CCONJ CC  and
Peru      4 conj      PROPN NNP Peru  GPE
were      8 auxpass   AUX   VBD be
held      8 ROOT      VERB  VBN hold
.         8 punct     PUNCT .   .
The       13 det      DET   DT  the
talks     17 nsubjpass NOUN NNS talk
,         11 punct    PUNCT ,   ,
originally 14 advmod  ADV   RB  originally
scheduled 11 acl      VERB  VBN schedule
,         11 punct    PUNCT ,   ,
were      17 auxpass  AUX   VBD be
held      17 ROOT     VERB  VBN hold
.         17 punct    PUNCT .   .
""")


def test_an_event_noun_planned_before_and_reported_done_is_no_intention() -> None:
    """ "the scheduled talks were held" (a verb of happening in the past) and "the talks,
    originally scheduled, were held" (the cue qualified) report the meeting itself."""
    assert pairs(HELD_TALKS) == {("chile", "04", "peru"), ("peru", "04", "chile")}


def test_a_rebel_voice_does_not_speak_for_its_state() -> None:
    """Chile's rebels reporting Chile's rejection claim it; the state's own radio makes
    it (see test_a_verbal_act_reported_by_its_own_sides_radio_is_asserted)."""
    doc = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
rejected 8 ccomp VERB  VBD reject
the      4 det   DET   DT  the
Peruvian 4 amod  ADJ   JJ  peruvian NORP
plan     1 dobj  NOUN  NN  plan
,        8 punct PUNCT ,   ,
Chilean  7 amod  ADJ   JJ  chilean NORP
rebels   8 nsubj NOUN  NNS rebel
said     8 ROOT  VERB  VBD say
.        8 punct PUNCT .   .
""")
    (event,) = run(doc).events
    assert (event.source, event.said_by, event.modality) == ("chile", "chilean_rebels", "claimed")


def test_the_converse_of_an_act_takes_its_own_modality() -> None:
    """ "Chile met Peru, Peruvian radio said": Peru's meeting Chile, reported by Peru's
    own radio, is made by the report; Chile's is claimed."""
    doc = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
met      6 ccomp VERB  VBD meet
Peru     1 dobj  PROPN NNP Peru     GPE
,        6 punct PUNCT ,   ,
Peruvian 5 amod  ADJ   JJ  peruvian NORP
radio    6 nsubj NOUN  NN  radio
said     6 ROOT  VERB  VBD say
.        6 punct PUNCT .   .
""")
    found = {(e.source, e.target, e.modality) for e in run(doc).events}
    assert found == {("chile", "peru", "claimed"), ("peru", "chile", "asserted")}


STRUCK_A_DEAL = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
struck 1 ROOT  VERB  VBD strike
a      3 det   DET   DT  a
deal   1 dobj  NOUN  NN  deal
with   1 prep  ADP   IN  with
Peru   4 pobj  PROPN NNP Peru  GPE
.      1 punct PUNCT .   .
""")


def test_striking_a_deal_is_an_agreement_not_force() -> None:
    """ "struck a deal with Peru": the trigger of two words (057's "strike deal") comes
    before the bare "strike" of force, and an agreement is both parties'."""
    found = coded_pairs(STRUCK_A_DEAL)
    assert found == {("chile", "057", "peru"), ("peru", "057", "chile")}


CLOSING_OFF = parsed("""
Chile    2 nsubj PROPN NNP Chile    GPE
will     2 aux   AUX   MD  will
close    2 ROOT  VERB  VB  close
off      2 prt   ADP   RP  off
the      6 det   DET   DT  the
Peruvian 6 amod  ADJ   JJ  peruvian NORP
port     2 dobj  NOUN  NN  port
.        2 punct PUNCT .   .
Chile    9 nsubj PROPN NNP Chile    GPE
sealed   9 ROOT  VERB  VBD seal
off      9 prt   ADP   RP  off
the      13 det  DET   DT  the
Peruvian 13 amod ADJ   JJ  peruvian NORP
port     9 dobj  NOUN  NN  port
.        9 punct PUNCT .   .
""")


def test_closing_off_a_port_is_a_blockade_and_its_promise_a_threat_of_one() -> None:
    """ "sealed off the Peruvian port" restricts movement by force (191, the ontology's
    "close off", "seal off"); "will close off" it threatens a blockade (1381, 191's
    intent class), not a conventional attack."""
    found = {(e.sentence, e.source, e.cameo, e.target) for e in run(CLOSING_OFF).events}
    assert found == {(1, "chile", "1381", "peru"), (2, "chile", "191", "peru")}


PARLIAMENT_SPEAKER = parsed("""
The        1 det   DET   DT  the
speaker    6 nsubj NOUN  NN  speaker
of         1 prep  ADP   IN  of
the        5 det   DET   DT  the
Chilean    5 amod  ADJ   JJ  chilean NORP
parliament 2 pobj  NOUN  NN  parliament
criticized 6 ROOT  VERB  VBD criticize
Peru       6 dobj  PROPN NNP Peru     GPE
.          6 punct PUNCT .   .
""")


def test_the_speaker_of_a_parliament_is_its_legislature() -> None:
    """kg's SPEAKER agent (LEG): "the speaker of the Chilean parliament" speaks for
    Chile's legislature, the body its "of" phrase names."""
    (event,) = run(PARLIAMENT_SPEAKER).events
    assert (event.source, event.cameo, event.target) == ("chilean_legislature", "111", "peru")


ORDERS = parsed("""
Chile   1 nsubj PROPN NNP Chile  GPE
ordered 1 ROOT  VERB  VBD order
its     3 poss  PRON  PRP$ its
troops  1 dobj  NOUN  NNS troop
to      5 aux   PART  TO  to
attack  1 xcomp VERB  VB  attack
Peru    5 dobj  PROPN NNP Peru   GPE
.       1 punct PUNCT .   .
Chile   9 nsubj PROPN NNP Chile  GPE
ordered 9 ROOT  VERB  VBD order
Peru    9 dobj  PROPN NNP Peru   GPE
to      12 aux  PART  TO  to
withdraw 9 xcomp VERB VB  withdraw
.       9 punct PUNCT .   .
""")


def test_an_order_to_ones_own_forces_is_the_act_it_commands() -> None:
    """ "ordered its troops to attack Peru" (ckg:commandCue to the commander's own side)
    demands nothing of another: the attack is the event, the troops' (Chile's military);
    "ordered Peru to withdraw" is a demand on Peru."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(ORDERS).events}
    assert found == {(1, "chilean_military", "19", "peru"), (2, "chile", "10", "peru")}


SAYING_ITS = parsed("""
Chile    1 nsubj PROPN NNP  Chile    GPE
reported 1 ROOT  VERB  VBD  report
gains    1 dobj  NOUN  NNS  gain
near     2 prep  ADP   IN   near
the      6 det   DET   DT   the
Peruvian 6 amod  ADJ   JJ   peruvian NORP
town     3 pobj  NOUN  NN   town
,        1 punct PUNCT ,    ,
saying   1 advcl VERB  VBG  say
its      10 poss PRON  PRP$ its
troops   12 nsubj NOUN NNS  troop
had      12 aux  AUX   VBD  have
captured 8 ccomp VERB  VBN  capture
a        14 det  DET   DT   a
hill     12 dobj NOUN  NN   hill
.        1 punct PUNCT .    .
""")


def test_a_possessive_on_a_reported_subject_is_the_reporters() -> None:
    """ "Chile reported gains near the Peruvian town, saying its troops had captured a
    hill": "its" owns the subject of what the participle of saying reports, so it is the
    reporter's (Chile), not the nearer "Peruvian"."""
    (event,) = run(SAYING_ITS).events
    assert (event.source, event.cameo[:2], event.said_by) == ("chilean_military", "19", "chile")


WILL_TAKE = parsed("""
Chile   2 nsubj PROPN NNP Chile GPE
will    2 aux   AUX   MD  will
take    2 ROOT  VERB  VB  take
a       4 det   DET   DT  a
vote    2 dobj  NOUN  NN  vote
.       2 punct PUNCT .   .
Chile   8 nsubj PROPN NNP Chile GPE
will    8 aux   AUX   MD  will
take    8 ROOT  VERB  VB  take
revenge 8 dobj  NOUN  NN  revenge
.       8 punct PUNCT .   .
""")


def test_an_intent_to_do_something_to_a_thing_is_aimed_at_nobody() -> None:
    """TAKE's block default (171, an event only with a target) stated for the future
    would be a threat; "will take a vote" does it to a thing and names no one, so it is
    no event, where "will take revenge" (the ontology's trigger of force) threatens."""
    found = [(e.sentence, e.source, e.cameo) for e in run(WILL_TAKE).events]
    assert found == [(2, "chile", "1384")]


TEAM_HEADED_BY = parsed("""
The      2 det      DET   DT  the
Chilean  2 amod     ADJ   JJ  chilean NORP
team     11 nsubj   NOUN  NN  team
,        2 punct    PUNCT ,   ,
headed   2 acl      VERB  VBN head
by       4 agent    ADP   IN  by
Finance  7 compound PROPN NNP Finance
Minister 9 compound PROPN NNP Minister
Juan     9 compound PROPN NNP Juan   B-PERSON
Quispe   5 pobj     PROPN NNP Quispe I-PERSON
,        2 punct    PUNCT ,   ,
met      11 ROOT    VERB  VBD meet
Peru     11 dobj    PROPN NNP Peru   GPE
.        11 punct   PUNCT .   .
""")


def test_the_leader_of_a_sided_group_is_of_its_side() -> None:
    """ "the Chilean team, headed by Finance Minister Juan Quispe": the participle of
    leading gives its agent the group's side (Chile) and the title its role (GOV)."""
    quispe = {a.key: a for a in run(TEAM_HEADED_BY).actors}["juan_quispe"]
    assert (quispe.code, quispe.affiliation) == ("CHLGOV", "chile")


CHILEAN_FIRMS = parsed("""
Chilean    1 amod  ADJ   JJ  chilean NORP
firms      2 nsubj NOUN  NNS firm
criticized 2 ROOT  VERB  VBD criticize
Peruvian   4 amod  ADJ   JJ  peruvian NORP
chipmakers 2 dobj  NOUN  NNS chipmaker
.          2 punct PUNCT .   .
""")


def test_firms_and_chipmakers_are_their_sides_business() -> None:
    """kg's FIRM and CHIPMAKER agents (BUS), which Phoenix lacks beside COMPANY and
    MANUFACTURER: "Chilean firms" are Chile's business, "Peruvian chipmakers" Peru's."""
    (event,) = run(CHILEAN_FIRMS).events
    assert (event.source, event.cameo, event.target) == (
        "chilean_business",
        "111",
        "peruvian_business",
    )


BACK_TO_WORK = parsed("""
Chilean  1 amod  ADJ   JJ  chilean  NORP
miners   2 nsubj NOUN  NNS miner
went     2 ROOT  VERB  VBD go
back     2 advmod ADV  RB  back
to       3 prep  ADP   IN  to
work     4 pobj  NOUN  NN  work
.        2 punct PUNCT .   .
Bolivian 8 amod  ADJ   JJ  bolivian NORP
pilots   9 nsubj NOUN  NNS pilot
returned 9 ROOT  VERB  VBD return
to       9 prep  ADP   IN  to
their    12 poss PRON  PRP$ their
base     10 pobj NOUN  NN  base
.        9 punct PUNCT .   .
""")


def test_strikers_going_back_to_work_ease_dissent() -> None:
    """ "Chilean miners went back to work" is the end of a strike, CAMEO's 082 (ease
    political dissent); "Bolivian pilots returned to their base" is no event: a bare
    "return" is left to the verb dictionary, whose RETURN block codes only what is
    returned (prisoners, aircraft), not where one goes."""
    assert {(e.source, e.cameo) for e in run(BACK_TO_WORK).events} == {("chilean_workers", "082")}


OPENED_TALKS = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
opened 1 ROOT  VERB  VBD open
talks  1 dobj  NOUN  NNS talk
with   2 prep  ADP   IN  with
Peru   3 pobj  PROPN NNP Peru  GPE
.      1 punct PUNCT .   .
""")


OPENED_A_BRIDGE = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
opened 1 ROOT  VERB  VBD open
the    3 det   DET   DT  the
bridge 1 dobj  NOUN  NN  bridge
.      1 punct PUNCT .   .
""")


def test_opening_talks_is_negotiation_not_a_withdrawal() -> None:
    """ "Chile opened talks with Peru" is negotiation (046), as the verb dictionary's
    START block codes OPEN * TALKS; a bare "open" is no de-escalation (087) of its own;
    opening a border, a crossing or a bridge is ("Chile opened the bridge")."""
    assert coded_pairs(OPENED_TALKS) == {
        ("chile", "046", "peru"),
        ("peru", "046", "chile"),
    }
    assert {e.cameo for e in run(OPENED_A_BRIDGE).events} == {"087"}


FORECASTS = parsed("""
Chile     1 nsubj PROPN NNP Chile   GPE
predicted 1 ROOT  VERB  VBD predict
Peru      4 nsubj PROPN NNP Peru    GPE
will      4 aux   AUX   MD  will
attack    1 ccomp VERB  VB  attack
Bolivia   4 dobj  PROPN NNP Bolivia GPE
.         1 punct PUNCT .   .
Ecuador   8 nsubj PROPN NNP Ecuador GPE
predicted 8 ROOT  VERB  VBD predict
that      12 mark SCONJ IN  that
Peru      12 nsubj PROPN NNP Peru   GPE
would     12 aux  AUX   MD  would
resume    8 ccomp VERB  VB  resume
talks     12 dobj NOUN  NNS talk
with      13 prep ADP   IN  with
Bolivia   14 pobj PROPN NNP Bolivia GPE
.         8 punct PUNCT .   .
""")


def test_a_forecast_of_another_s_act_is_a_comment_on_it() -> None:
    """ "Chile predicted Peru will attack Bolivia" is Chile's pessimistic comment (012)
    on Peru, as PETRARCH's PREDICT block codes a forecast of violence, and the attack is
    hypothetical, said by Chile, not Peru's stated intent; "Ecuador predicted that Peru
    would resume talks with Bolivia" an optimistic one (013)."""
    found = {(e.source, e.cameo, e.target, e.modality, e.said_by) for e in run(FORECASTS).events}
    assert found == {
        ("chile", "012", "peru", "asserted", None),
        ("peru", "190", "bolivia", "hypothetical", "chile"),
        ("ecuador", "013", "peru", "asserted", None),
        ("peru", "046", "bolivia", "hypothetical", "ecuador"),
        ("bolivia", "046", "peru", "hypothetical", "ecuador"),
    }


OWN_FORECAST = parsed("""
Chilean   1 amod  ADJ   JJ  chilean NORP
officials 2 nsubj NOUN  NNS official
predicted 2 ROOT  VERB  VBD predict
Chile     5 nsubj PROPN NNP Chile   GPE
will      5 aux   AUX   MD  will
meet      2 ccomp VERB  VB  meet
Peru      5 dobj  PROPN NNP Peru    GPE
.         2 punct PUNCT .   .
""")


def test_a_forecast_of_one_s_own_side_states_its_intent() -> None:
    """ "Chilean officials predicted Chile will meet Peru": the officials speak for
    Chile, so the forecast states Chile's intent to meet (036), not a comment on Chile."""
    assert pairs(OWN_FORECAST) == {("chile", "03", "peru")}


def _warned_that(speaker: str, label: str, verb: str, lemma: str, agent: str = "") -> Doc:
    """ "{speaker} warned that Peruvian soldiers would be {verb} [by {agent}]."."""
    by = f"\nby 7 agent ADP IN by\n{agent} 8 pobj PROPN NNP {agent} GPE" if agent else ""
    return parsed(f"""
{speaker} 1 nsubj     PROPN NNP {speaker} {label}
warned    1 ROOT      VERB  VBD warn
that      7 mark      SCONJ IN  that
Peruvian  4 amod      ADJ   JJ  peruvian NORP
soldiers  7 nsubjpass NOUN  NNS soldier
would     7 aux       AUX   MD  would
be        7 auxpass   AUX   VB  be
{verb}    1 ccomp     VERB  VBN {lemma}{by}
.         1 punct     PUNCT .   .
""")


def test_a_reported_agentless_passive_to_come_is_the_speaker_s_act() -> None:
    """ "Chile warned that Peruvian soldiers would be attacked": the clause names no doer
    and the speaker's "would" states its own act to come, a threat of force by Chile
    (138)."""
    found = run(_warned_that("Chile", "GPE", "attacked", "attack")).events
    assert {(e.source, e.cameo[:2], e.target, e.modality) for e in found} == {
        ("chile", "13", "peruvian_military", "asserted")
    }


def _said_it(thought: str, lemma: str) -> Doc:
    """ "Chile said it {thought} Peruvian soldiers would be attacked."."""
    return parsed(f"""
Chile     1 nsubj     PROPN NNP Chile   GPE
said      1 ROOT      VERB  VBD say
it        3 nsubj     PRON  PRP it
{thought} 1 ccomp     VERB  VBD {lemma}
Peruvian  5 amod      ADJ   JJ  peruvian NORP
soldiers  8 nsubjpass NOUN  NNS soldier
would     8 aux       AUX   MD  would
be        8 auxpass   AUX   VB  be
attacked  3 ccomp     VERB  VBN attack
.         1 punct     PUNCT .   .
""")


FEARED_AN_ATTACK = _said_it("feared", "fear")


NOT_TO_BE_ATTACKED = parsed("""
Chile    1 nsubj     PROPN NNP Chile   GPE
warned   1 ROOT      VERB  VBD warn
Peruvian 3 amod      ADJ   JJ  peruvian NORP
soldiers 7 nsubjpass NOUN  NNS soldier
would    7 aux       AUX   MD  would
not      7 neg       PART  RB  not
be       7 auxpass   AUX   VB  be
attacked 1 ccomp     VERB  VBN attack
.        1 punct     PUNCT .   .
""")

TO_BE_FREED = parsed("""
Chile     1 nsubj     PROPN NNP Chile   GPE
said      1 ROOT      VERB  VBD say
Peruvian  3 amod      ADJ   JJ  peruvian NORP
prisoners 6 nsubjpass NOUN  NNS prisoner
would     6 aux       AUX   MD  would
be        6 auxpass   AUX   VB  be
freed     1 ccomp     VERB  VBN free
.         1 punct     PUNCT .   .
""")


OFFICIALS_WARNED = parsed("""
Officials 1 nsubj     NOUN  NNS official
warned    1 ROOT      VERB  VBD warn
Peruvian  3 amod      ADJ   JJ  peruvian NORP
soldiers  6 nsubjpass NOUN  NNS soldier
would     6 aux       AUX   MD  would
be        6 auxpass   AUX   VB  be
attacked  1 ccomp     VERB  VBN attack
.         1 punct     PUNCT .   .
""")


def test_officials_of_no_side_warn_of_no_act_of_their_own() -> None:
    """ "Officials warned that Peruvian soldiers would be attacked": officials whose side
    the text does not give hold no power the warning could be theirs by; they report."""
    assert not any(e.cameo.startswith("13") for e in run(OFFICIALS_WARNED).events)


BELIEVED_AN_ATTACK = _said_it("believed", "believe")


def test_a_speaker_states_as_its_own_only_a_warned_act_of_force_to_come() -> None:
    """No act of the speaker's in what it fears or believes ("Chile said it feared
    Peruvian soldiers would be attacked", "said it believed …": the passive is not the
    complement of the report itself, though "believe" reports too), in a
    negated one ("would not be attacked"), nor in an act of cooperation to come ("said
    Peruvian prisoners would be freed": as often by another, their captors)."""
    for doc in (FEARED_AN_ATTACK, BELIEVED_AN_ATTACK, NOT_TO_BE_ATTACKED, TO_BE_FREED):
        assert not any(e.source == "chile" and e.cameo[:2] != "01" for e in run(doc).events), doc


def test_a_reported_passive_with_an_agent_is_the_agent_s_act() -> None:
    """ "Chile warned that Peruvian soldiers would be attacked by Bolivia": Bolivia acts,
    and Chile foretells it (hypothetical), threatening nothing itself."""
    found = run(_warned_that("Chile", "GPE", "attacked", "attack", agent="Bolivia")).events
    assert {(e.source, e.cameo[:2], e.target, e.modality) for e in found} == {
        ("bolivia", "19", "peruvian_military", "hypothetical")
    }


def test_a_speaker_with_no_power_over_others_states_no_act_of_its_own() -> None:
    """ "Smith warned that Peruvian soldiers would be attacked": a person of no
    government or armed side reports what someone else will do, no threat of his."""
    found = run(_warned_that("Smith", "PERSON", "attacked", "attack")).events
    assert not any(e.source == "smith" for e in found)


GOVERNMENT_STATEMENT = parsed("""
A         3 det      DET   DT  a
Chilean   2 amod     ADJ   JJ  chilean    NORP
government 3 compound NOUN NN  government
statement 4 nsubj    NOUN  NN  statement
condemned 4 ROOT     VERB  VBD condemn
Peru      4 dobj     PROPN NNP Peru       GPE
.         4 punct    PUNCT .   .
""")

LETTER_FROM = parsed("""
A         1 det   DET   DT  a
letter    4 nsubj NOUN  NN  letter
from      1 prep  ADP   IN  from
Chile     2 pobj  PROPN NNP Chile GPE
urged     4 ROOT  VERB  VBD urge
Peru      4 dobj  PROPN NNP Peru  GPE
to        7 aux   PART  TO  to
withdraw  4 xcomp VERB  VB  withdraw
.         4 punct PUNCT .   .
""")

# "The statement called on Peru to …" parsed as a noun that a participle modifies.
THE_STATEMENT_CALLED_ON = parsed("""
Chile     1 nsubj PROPN NNP Chile GPE
issued    1 ROOT  VERB  VBD issue
a         3 det   DET   DT  a
statement 1 dobj  NOUN  NN  statement
.         1 punct PUNCT .   .
The       6 det   DET   DT  the
statement 6 ROOT  NOUN  NN  statement
called    6 acl   VERB  VBD call
on        7 prep  ADP   IN  on
Peru      8 pobj  PROPN NNP Peru  GPE
to        11 aux  PART  TO  to
withdraw  7 xcomp VERB  VB  withdraw
.         6 punct PUNCT .   .
""")

UNISSUED_STATEMENT = parsed("""
The       1 det   DET   DT  the
statement 2 nsubj NOUN  NN  statement
condemned 2 ROOT  VERB  VBD condemn
Peru      2 dobj  PROPN NNP Peru GPE
.         2 punct PUNCT .   .
""")


def test_a_message_speaks_for_its_issuer() -> None:
    """A message noun as subject speaks for whoever issued it: the agent noun and side
    before it ("a Chilean government statement condemned Peru", Chile's government), its
    "from" phrase ("a letter from Chile urged Peru to withdraw"), or, for "the
    statement", whoever the article said issued one, even where the parser took the
    verb for a participle modifying the noun ("The statement called on Peru to …")."""
    assert pairs(GOVERNMENT_STATEMENT) == {("chilean_government", "11", "peru")}
    assert pairs(LETTER_FROM) == {("chile", "02", "peru")}
    assert ("chile", "02", "peru") in pairs(THE_STATEMENT_CALLED_ON)


# "Chile issued a statement. Peru rejected the statement. The statement condemned Bolivia."
STATEMENT_REJECTED = parsed("""
Chile     1 nsubj PROPN NNP Chile   GPE
issued    1 ROOT  VERB  VBD issue
a         3 det   DET   DT  a
statement 1 dobj  NOUN  NN  statement
.         1 punct PUNCT .   .
Peru      6 nsubj PROPN NNP Peru    GPE
rejected  6 ROOT  VERB  VBD reject
the       8 det   DET   DT  the
statement 6 dobj  NOUN  NN  statement
.         6 punct PUNCT .   .
The       11 det  DET   DT  the
statement 12 nsubj NOUN NN  statement
condemned 12 ROOT VERB  VBD condemn
Bolivia   12 dobj PROPN NNP Bolivia GPE
.         12 punct PUNCT .  .
""")


def test_a_message_is_issued_only_by_a_verb_of_issuing() -> None:
    """The subject of a verb that issues or sends a message (``ckg:messageVerb``)
    issued it; one that rejects it did not: "the statement" that condemned Bolivia is
    still Chile's."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(STATEMENT_REJECTED).events}
    assert ("chile", "11", "bolivia") in found
    assert not any(source == "peru" and target == "bolivia" for source, _, target in found)


def test_a_message_no_one_issued_speaks_for_no_one() -> None:
    """ "The statement condemned Peru" in an article that says nothing of who issued a
    statement: no actor condemns."""
    assert run(UNISSUED_STATEMENT).events == ()


# "freed men held in Chile", its participle tagged as a past.
HELD_MEN = parsed("""
Peru      1 nsubj PROPN NNP Peru  GPE
freed     1 ROOT  VERB  VBD free
men       1 dobj  NOUN  NNS man
held      2 acl   VERB  VBD hold
in        3 prep  ADP   IN  in
Chile     4 pobj  PROPN NNP Chile GPE
.         1 punct PUNCT .   .
""")


def test_a_past_form_on_a_noun_is_its_main_verb_only_where_the_noun_roots_the_sentence() -> None:
    """The parser hangs a sentence's main verb on its subject ("The statement called on
    Peru"): a past form on the noun that roots the sentence is a finite verb of which
    the noun is the subject; on a noun with a role of its own ("freed men held in
    Chile") it is a participle the tagger took for a past."""
    called = THE_STATEMENT_CALLED_ON[7]
    held = HELD_MEN[3]
    assert finite_on_its_subject(called) and subjects(called)[0] == [THE_STATEMENT_CALLED_ON[6]]
    assert not finite_on_its_subject(held)


# "Rebels abducted 30 villagers, the army said", its verb tagged a participle and hung
# on "Rebels", which the parser made a second subject of "said".
ABDUCTED_AS_A_PARTICIPLE = parsed("""
Rebels    7 nsubj PROPN NNPS Rebels
abducted  0 acl   VERB  VBN  abduct
30        3 nummod NUM  CD   30       CARDINAL
villagers 1 dobj  NOUN  NNS  villager
,         7 punct PUNCT ,    ,
the       6 det   DET   DT   the
army      7 nsubj NOUN  NN   army
said      7 ROOT  VERB  VBD  say
.         7 punct PUNCT .    .
""")


def test_a_participle_with_an_object_on_a_subject_is_its_main_verb() -> None:
    """ "Rebels abducted 30 villagers, the army said", the parser making "Rebels" a
    second subject of "said" and "abducted" a participle on it: a participle with a
    direct object is no passive, so it is the main verb of the clause the army reports
    (mended by ``kg_reports``), and "Rebels" its subject, who abducts, not who is
    abducted."""
    abducted = ABDUCTED_AS_A_PARTICIPLE[1]
    assert abducted.head.lemma_ == "say" and not is_passive(abducted)
    assert subjects(abducted)[0] == [ABDUCTED_AS_A_PARTICIPLE[0]]


RESPOND_TO_ANY_ATTACK = parsed("""
Peru    2 nsubj PROPN NNP Peru  GPE
would   2 aux   AUX   MD  would
respond 2 ROOT  VERB  VB  respond
to      2 prep  ADP   IN  to
any     5 det   DET   DT  any
attack  3 pobj  NOUN  NN  attack
by      5 prep  ADP   IN  by
Chile   6 pobj  PROPN NNP Chile GPE
.       2 punct PUNCT .   .
""")

READY_TO_TACKLE_ANY = parsed("""
Peruvian   1 amod   ADJ  JJ  peruvian NORP
troops     2 nsubj  NOUN NNS troop
are        2 ROOT   AUX  VBP be
ready      2 acomp  ADJ  JJ  ready
to         5 aux    PART TO  to
tackle     3 xcomp  VERB VB  tackle
any        7 det    DET  DT  any
aggressors 5 dobj   NOUN NNS aggressor
.          2 punct  PUNCT .  .
""")

RESPOND_TO_ANY_REQUEST = parsed("""
Peru    2 nsubj PROPN NNP Peru  GPE
would   2 aux   AUX   MD  would
respond 2 ROOT  VERB  VB  respond
to      2 prep  ADP   IN  to
any     5 det   DET   DT  any
request 3 pobj  NOUN  NN  request
from    5 prep  ADP   IN  from
Chile   6 pobj  PROPN NNP Chile GPE
.       2 punct PUNCT .   .
""")


def test_readiness_to_answer_any_hostile_act_is_a_threat_of_force() -> None:
    """ "Peru would respond to any attack by Chile" and "Peruvian troops are ready to
    tackle any aggressors" threaten force (138; the intention of force, 1384), aimed at
    the doer the act names; the answer can only come, so the bare "would" is no hedge.
    "Peru would respond to any request from Chile" answers nothing hostile."""
    assert coded_pairs(RESPOND_TO_ANY_ATTACK) == {("peru", "1384", "chile")}
    assert {(e.cameo, e.target) for e in run(READY_TO_TACKLE_ANY).events} == {("1384", None)}
    assert not any(e.cameo.startswith("13") for e in run(RESPOND_TO_ANY_REQUEST).events)


ANY_ATTACK_MET = parsed("""
Peru    1 nsubj     PROPN NNP Peru  GPE
warned  1 ROOT      VERB  VBD warn
that    9 mark      SCONJ IN  that
any     4 det       DET   DT  any
attack  9 nsubjpass NOUN  NN  attack
by      4 prep      ADP   IN  by
Chile   5 pobj      PROPN NNP Chile GPE
would   9 aux       AUX   MD  would
be      9 auxpass   AUX   VB  be
met     1 ccomp     VERB  VBN meet
with    9 prep      ADP   IN  with
force   10 pobj     NOUN  NN  force
.       1 punct     PUNCT .   .
""")


def test_a_warning_that_any_hostile_act_would_be_met_with_force_threatens_it() -> None:
    """ "Peru warned that any attack by Chile would be met with force": the passive of an
    answer to any hostile act to come, its answerer the one who warns, is a threat of
    force (1384) aimed at the doer the act names, as "would respond to any attack" is."""
    assert ("peru", "1384", "chile") in coded_pairs(ANY_ATTACK_MET)


HEAD_OF_A_BODY = parsed("""
Luis       1 compound   PROPN NNP Luis    B-PERSON
Soto       9 nsubj      PROPN NNP Soto    I-PERSON
,          1 punct      PUNCT ,   ,
head       1 appos      NOUN  NN  head
of         3 prep       ADP   IN  of
the        7 det        DET   DT  the
Chilean    7 amod       ADJ   JJ  chilean NORP
navy       4 pobj       NOUN  NN  navy
,          1 punct      PUNCT ,   ,
criticised 9 ROOT       VERB  VBD criticise
Peru       9 dobj       PROPN NNP Peru    GPE
.          9 punct      PUNCT .   .
""")


def test_the_head_of_a_body_in_apposition_takes_its_code() -> None:
    """ "Luis Soto, head of the Chilean navy, criticised Peru": the office of a body
    ("head", "chairman", "director" of it) in apposition gives the person the body's
    side and role, CHLMIL, as a coder codes the chairman of the Joint Chiefs."""
    extraction = run(HEAD_OF_A_BODY)
    soto = next(a for a in extraction.actors if a.key == "luis_soto")
    assert soto.code == "CHLMIL"


COMMERCIAL_BANKS = parsed("""
Commercial 1 amod  ADJ   JJ  commercial
banks      2 nsubj NOUN  NNS bank
criticised 2 ROOT  VERB  VBD criticise
Bolivia    2 dobj  PROPN NNP Bolivia GPE
.          2 punct PUNCT .   .
Brazilian  6 amod  ADJ   JJ  brazilian NORP
banks      7 nsubj NOUN  NNS bank
criticised 7 ROOT  VERB  VBD criticise
Peru       7 dobj  PROPN NNP Peru    GPE
.          7 punct PUNCT .   .
""")


def test_commercial_banks_are_multinational_lenders() -> None:
    """ "Commercial banks criticised Bolivia": the commercial banks of sovereign-debt
    news lend across borders, multinational business (MNC) as coders code them, not the
    business of any side; "Brazilian banks" are Brazil's (BRABUS)."""
    extraction = run(COMMERCIAL_BANKS)
    code = {a.key: a.code for a in extraction.actors}
    assert {(code[e.source or ""], code[e.target or ""]) for e in extraction.events} == {
        ("MNC", "BOL"),
        ("BRABUS", "PER"),
    }


WITHOUT_COMMENT = parsed("""
The      1 det   DET   DT  the
court    6 nsubj NOUN  NN  court
,        6 punct PUNCT ,   ,
without  6 prep  ADP   IN  without
comment  3 pobj  NOUN  NN  comment
,        6 punct PUNCT ,   ,
declined 6 ROOT  VERB  VBD decline
Peru     9 poss  PROPN NNP Peru GPE
's       7 case  PART  POS 's
appeal   6 dobj  NOUN  NN  appeal
.        6 punct PUNCT .   .
""")


def test_a_phrase_of_absence_gives_a_trigger_no_word() -> None:
    """ "The court, without comment, declined Peru's appeal" rejects the appeal (REJECT's
    "- COURT * APPEAL", 1241, within the trigger's 12); "without comment" says no
    comment was made, so it is no "decline comment" (011)."""
    codes = {e.cameo for e in run(WITHOUT_COMMENT).events if e.source == "judiciary"}
    assert codes == {"1241"}


A_BARRAGE_OF_THREATS = parsed("""
Iran     1 nsubj PROPN NNP Iran    GPE
launched 1 ROOT  VERB  VBD launch
a        3 det   DET   DT  a
barrage  1 dobj  NOUN  NN  barrage
of       3 prep  ADP   IN  of
threats  4 pobj  NOUN  NNS threat
against  5 prep  ADP   IN  against
Iraq     6 pobj  PROPN NNP Iraq    GPE
.        1 punct PUNCT .   .
""")


def test_a_light_verb_s_object_counting_acts_is_those_acts() -> None:
    """ "Iran launched a barrage of threats against Iraq": the object counts the acts
    (a barrage, a series, a wave of them), so "launched" is the threats' light verb, its
    subject their source."""
    assert pairs(A_BARRAGE_OF_THREATS) == {("iran", "13", "iraq")}


BEGAN_ESCORTING = parsed("""
A         3 det      DET   DT  a
guided    2 amod     VERB  VBN guide
missile   3 compound NOUN  NN  missile
destroyer 4 nsubj    NOUN  NN  destroyer
began     4 ROOT     VERB  VBD begin
escorting 4 xcomp    VERB  VBG escort
two       8 nummod   NUM   CD  two
Kuwaiti   8 compound PROPN NNP Kuwaiti GPE
tankers   5 dobj     NOUN  NNS tanker
.         4 punct    PUNCT .   .
""")


def test_an_aspectual_verb_with_an_act_for_complement_codes_only_the_act() -> None:
    """ "A guided missile destroyer began escorting two Kuwaiti tankers" is military
    protection (074, "escort"); "began" codes none of its own, where the verb
    dictionary's START block would read the missile beside "began" as a launch (194)."""
    assert {e.cameo for e in run(BEGAN_ESCORTING).events} == {"074"}


AGREED_ON_AN_ACCORD = parsed("""
Chile  3 nsubj    PROPN NNP Chile GPE
and    0 cc       CCONJ CC  and
Peru   0 conj     PROPN NNP Peru  GPE
agreed 3 ROOT     VERB  VBD agree
on     3 prep     ADP   IN  on
a      8 det      DET   DT  a
new    8 amod     ADJ   JJ  new
trade  8 compound NOUN  NN  trade
accord 4 pobj     NOUN  NN  accord
.      3 punct    PUNCT .   .
""")

CUT_TARIFFS = parsed("""
Chile     1 nsubj PROPN NNP Chile GPE
cut       1 ROOT  VERB  VBD cut
its       3 poss  PRON  PRP$ its
tariffs   1 dobj  NOUN  NNS tariff
on        3 prep  ADP   IN  on
Peruvian  6 amod  ADJ   JJ  peruvian NORP
goods     4 pobj  NOUN  NNS good
.         1 punct PUNCT .   .
""")


def test_agreeing_on_an_accord_concludes_it() -> None:
    """ "Chile and Peru agreed on a new trade accord" concludes an agreement (057), each
    with the other, where agreeing to do something states an intent (03)."""
    assert coded_pairs(AGREED_ON_AN_ACCORD) == {
        ("chile", "057", "peru"),
        ("peru", "057", "chile"),
    }


def test_cutting_tariffs_reduces_no_relations() -> None:
    """ "Chile cut its tariffs on Peruvian goods" is no reduction of relations (16): a bare
    "cut" is left to the verb dictionary, whose CUT codes what is cut (ties 160, aid
    162), and tariffs are none of those."""
    assert not any(e.cameo.startswith("16") for e in run(CUT_TARIFFS).events)


VOICED_COMPLAINTS = parsed("""
Peru       1 nsubj PROPN NNP Peru  GPE
voiced     1 ROOT  VERB  VBD voice
complaints 1 dobj  NOUN  NNS complaint
about      2 prep  ADP   IN  about
Chile      6 poss  PROPN NNP Chile GPE
's         4 case  PART  POS 's
tariffs    3 pobj  NOUN  NNS tariff
.          1 punct PUNCT .   .
""")


def test_voiced_complaints_about_an_actor_s_acts_disapprove_of_it() -> None:
    """ "Peru voiced complaints about Chile's tariffs": "voice" is a light verb (as
    "express", "air", "file", "level"), its subject the complainant, and the owner of
    what the "about" phrase names the target (11)."""
    assert pairs(VOICED_COMPLAINTS) == {("peru", "11", "chile")}


MINISTER_SAID_HE = parsed("""
Chile    3 poss  PROPN NNP Chile GPE
's       0 case  PART  POS 's
foreign  3 amod  ADJ   JJ  foreign
minister 4 nsubj NOUN  NN  minister
said     4 ROOT  VERB  VBD say
he       7 nsubj PRON  PRP he
would    7 aux   AUX   MD  would
visit    4 ccomp VERB  VB  visit
Peru     7 dobj  PROPN NNP Peru  GPE
.        4 punct PUNCT .   .
""")

NAMED_BEFORE_THE_MINISTER = parsed("""
Luis     1 compound PROPN NNP Luis    B-PERSON
Soto     2 nsubj    PROPN NNP Soto    I-PERSON
met      2 ROOT     VERB  VBD meet
Bolivia  2 dobj     PROPN NNP Bolivia GPE
.        2 punct    PUNCT .   .
The      7 det      DET   DT  the
Chilean  7 amod     ADJ   JJ  chilean NORP
minister 8 nsubj    NOUN  NN  minister
said     8 ROOT     VERB  VBD say
he       11 nsubj   PRON  PRP he
would    11 aux     AUX   MD  would
visit    8 ccomp    VERB  VB  visit
Peru     11 dobj    PROPN NNP Peru    GPE
.        8 punct    PUNCT .   .
""")


def test_he_takes_up_the_holder_of_an_office_the_sentence_names() -> None:
    """ "Chile's foreign minister said he would visit Peru": with no person named, "he"
    is the minister, an actor of Chile's government, who states an intent to visit
    (03). Where the story has named a person ("Luis Soto met Bolivia. The Chilean
    minister said he would visit Peru"), "he" stays that person, who may well be the
    minister."""
    assert pairs(MINISTER_SAID_HE) == {("chilean_government", "03", "peru")}
    visits = {e.source for e in run(NAMED_BEFORE_THE_MINISTER).events if e.target == "peru"}
    assert visits == {"luis_soto"}


ON_ALERT = parsed("""
The      2 det   DET   DT  the
Chilean  2 amod  ADJ   JJ  chilean NORP
army     3 nsubj NOUN  NN  army
remained 3 ROOT  VERB  VBD remain
in       3 prep  ADP   IN  in
a        6 det   DET   DT  a
state    4 pobj  NOUN  NN  state
of       6 prep  ADP   IN  of
alert    7 pobj  NOUN  NN  alert
.        3 punct PUNCT .   .
""")

DOCTORS_ON_ALERT = parsed("""
Chilean  1 amod  ADJ   JJ  chilean NORP
doctors  2 nsubj NOUN  NNS doctor
were     2 ROOT  AUX   VBD be
on       2 prep  ADP   IN  on
alert    3 pobj  NOUN  NN  alert
.        2 punct PUNCT .   .
""")


def test_forces_stated_to_be_on_alert_raise_their_alert_status() -> None:
    """ "The Chilean army remained in a state of alert": a raised military alert (152), as
    forces put on alert are; no verb of putting is needed. "Chilean doctors were on
    alert" (for cholera, say) is none: a bare "on alert" is anyone's."""
    assert {(e.source, e.cameo) for e in run(ON_ALERT).events} == {("chilean_military", "152")}
    assert not any(e.cameo.startswith("15") for e in run(DOCTORS_ON_ALERT).events)


WE_SAID_BY = parsed("""
"         12 punct PUNCT ``  "
We        3 nsubj PRON  PRP we
will      3 aux   AUX   MD  will
retaliate 12 ccomp VERB VB  retaliate
against   3 prep  ADP   IN  against
any       6 det   DET   DT  any
attack    4 pobj  NOUN  NN  attack
by        6 prep  ADP   IN  by
Peru      7 pobj  PROPN NNP Peru  GPE
,         12 punct PUNCT ,  ,
"         12 punct PUNCT ''  "
Chile     12 nsubj PROPN NNP Chile GPE
said      12 ROOT  VERB  VBD say
.         12 punct PUNCT .   .
""")


def test_we_in_reported_speech_is_the_speaker() -> None:
    """'"We will retaliate against any attack by Peru," Chile said': "we" is the
    speaker, Chile, whose threat of force it is."""
    assert pairs(WE_SAID_BY) == {("chile", "13", "peru")}


PREPARED_TO_MEET_ANY = parsed("""
Chile      2 nsubj  PROPN NNP Chile GPE
will       2 aux    AUX   MD  will
be         2 ROOT   AUX   VB  be
prepared   2 acomp  VERB  VBN prepare
to         5 aux    PART  TO  to
meet       3 xcomp  VERB  VB  meet
any        7 det    DET   DT  any
escalation 5 dobj   NOUN  NN  escalation
by         7 prep   ADP   IN  by
Peru       8 pobj   PROPN NNP Peru GPE
.          2 punct  PUNCT .   .
""")


def test_prepared_to_answer_any_escalation_is_a_threat_whatever_the_tag() -> None:
    """ "Chile will be prepared to meet any escalation by Peru": the model tags "prepared" a
    verb and lemmatises it "prepare"; it is still the adjective of readiness, its
    subject the copula's, and the answer a threat of force aimed at Peru."""
    assert pairs(PREPARED_TO_MEET_ANY) == {("chile", "13", "peru")}


TRAVELLED_FOR_NEGOTIATIONS = parsed("""
Chile        1 nsubj PROPN NNP Chile GPE
travelled    1 ROOT  VERB  VBD travel
to           1 prep  ADP   IN  to
Lima         2 pobj  PROPN NNP Lima  GPE
for          1 prep  ADP   IN  for
negotiations 4 pobj  NOUN  NNS negotiation
with         5 prep  ADP   IN  with
Peru         6 pobj  PROPN NNP Peru  GPE
.            1 punct PUNCT .   .
""")


def test_what_a_journey_is_for_is_still_to_come() -> None:
    """ "Chile travelled to Lima for negotiations with Peru": the negotiations are what
    the journey is for, an intent to negotiate (03), not talks held, which Peru would
    hold with Chile too (the journey itself is a visit, 042)."""
    roots = {(e.source, e.cameo[:2], e.target) for e in run(TRAVELLED_FOR_NEGOTIATIONS).events}
    assert ("chile", "03", "peru") in roots
    assert ("peru", "04", "chile") not in roots


READY_FOR_TALKS = parsed("""
Chile        1 nsubj     PROPN NNP Chile GPE
is           1 ROOT      AUX   VBZ be
ready        1 acomp     ADJ   JJ  ready
for          2 prep      ADP   IN  for
talks        3 pobj      NOUN  NNS talk
with         4 prep      ADP   IN  with
Peru         5 pobj      PROPN NNP Peru  GPE
.            1 punct     PUNCT .   .
Chile        10 nsubjpass PROPN NNP Chile GPE
is           10 auxpass  AUX   VBZ be
prepared     10 ROOT     VERB  VBN prepare
for          10 prep     ADP   IN  for
negotiations 11 pobj     NOUN  NNS negotiation
with         12 prep     ADP   IN  with
Peru         13 pobj     PROPN NNP Peru  GPE
.            10 punct    PUNCT .   .
""")


READY_FOR_AN_INVASION = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
is       1 ROOT  AUX   VBZ be
ready    1 acomp ADJ   JJ  ready
for      2 prep  ADP   IN  for
an       5 det   DET   DT  an
invasion 3 pobj  NOUN  NN  invasion
.        1 punct PUNCT .   .
""")


def test_an_act_an_adjective_of_intent_is_ready_for_is_intended() -> None:
    """ "Chile is ready for talks with Peru": the adjective of intent says of its subject
    that the act named in its "for" phrase is to come, an intent to meet (036), as "is
    ready to hold talks" does; so does "is prepared for negotiations", which the parser
    reads as a passive. Before, neither had an event. Readiness for an act of conflict
    braces for it: "Chile is ready for an invasion" threatens nothing."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(READY_FOR_TALKS).events}
    assert found == {(1, "chile", "03", "peru"), (2, "chile", "03", "peru")}
    assert not [e for e in run(READY_FOR_AN_INVASION).events if e.source == "chile"]


TALKS_ABOUT_A_THIRD = parsed("""
Japan  1 nsubj PROPN NNP Japan  GPE
held   1 ROOT  VERB  VBD hold
talks  1 dobj  NOUN  NNS talk
with   2 prep  ADP   IN  with
China  3 pobj  PROPN NNP China  GPE
about  2 prep  ADP   IN  about
Taiwan 5 pobj  PROPN NNP Taiwan GPE
.      1 punct PUNCT .   .
""")

ANY_ATTACK_ON_AN_ALLY = parsed("""
Chile   2 nsubj PROPN NNP Chile   GPE
will    2 aux   AUX   MD  will
respond 2 ROOT  VERB  VB  respond
to      2 prep  ADP   IN  to
any     5 det   DET   DT  any
attack  3 pobj  NOUN  NN  attack
on      5 prep  ADP   IN  on
Bolivia 6 pobj  PROPN NNP Bolivia GPE
.       2 punct PUNCT .   .
""")

POLICE_ESCORTED = parsed("""
Police        1 nsubj NOUN NNS police
escorted      1 ROOT  VERB VBD escort
the           3 det   DET  DT  the
demonstrators 1 dobj  NOUN NNS demonstrator
out           1 prep  ADP  IN  out
of            4 prep  ADP  IN  of
the           7 det   DET  DT  the
square        5 pobj  NOUN NN  square
.             1 punct PUNCT .  .
""")


def test_what_talks_are_about_is_no_party_to_them() -> None:
    """ "Japan held talks with China about Taiwan": the talks are with China; an "about"
    phrase names a target only for a verbal act with none ("complaints about Chile's
    tariffs")."""
    assert pairs(TALKS_ABOUT_A_THIRD) == {("japan", "04", "china"), ("china", "04", "japan")}


def test_an_answer_to_any_attack_on_another_is_not_aimed_at_the_victim() -> None:
    """ "Chile will respond to any attack on Bolivia" threatens whoever would attack
    Bolivia, not Bolivia: with no doer named, the article must give the target."""
    assert pairs(ANY_ATTACK_ON_AN_ALLY) == {("chile", "13", None)}


def test_escorting_people_is_no_military_protection() -> None:
    """ "Police escorted the demonstrators out of the square": escorting is protection
    (074) only of ships, tankers and convoys."""
    assert not any(e.cameo.startswith("07") for e in run(POLICE_ESCORTED).events)


FORECAST_OF_NO_ATTACK = parsed("""
Chile     1 nsubj PROPN NNP Chile   GPE
predicted 1 ROOT  VERB  VBD predict
Peru      5 nsubj PROPN NNP Peru    GPE
would     5 aux   AUX   MD  would
not       5 neg   PART  RB  not
attack    1 ccomp VERB  VB  attack
Bolivia   5 dobj  PROPN NNP Bolivia GPE
.         1 punct PUNCT .   .
""")


def test_a_forecast_that_an_act_will_not_happen_is_a_plain_statement() -> None:
    """ "Chile predicted Peru would not attack Bolivia" foretells no violence: a statement
    (010, PETRARCH's PREDICT default), not a pessimistic comment (012)."""
    statements = {e.cameo for e in run(FORECAST_OF_NO_ATTACK).events if e.source == "chile"}
    assert statements == {"010"}


QUOTED_BY_THE_RADIO = parsed("""
Peruvian 1 amod     ADJ   JJ  peruvian NORP
radio    2 nsubj    NOUN  NN  radio
quoted   2 ROOT     VERB  VBD quote
Luis     4 compound PROPN NNP Luis     B-PERSON
Soto     2 dobj     PROPN NNP Soto     I-PERSON
as       2 prep     ADP   IN  as
saying   5 pcomp    VERB  VBG say
Chile    9 nsubj    PROPN NNP Chile    GPE
had      9 aux      AUX   VBD have
attacked 6 ccomp    VERB  VBN attack
Bolivia  9 dobj     PROPN NNP Bolivia  GPE
.        2 punct    PUNCT .   .
""")


def test_who_is_quoted_as_saying_is_the_speaker() -> None:
    """ "Peruvian radio quoted Luis Soto as saying Chile had attacked Bolivia": Soto says
    it, the radio reports him saying it."""
    assert {(e.source, e.said_by) for e in run(QUOTED_BY_THE_RADIO).events} == {
        ("chile", "luis_soto")
    }


ATTACKED_US = parsed("""
"        7 punct PUNCT ``  "
Peru     2 nsubj PROPN NNP Peru  GPE
attacked 7 ccomp VERB  VBD attack
us       2 dobj  PRON  PRP we
,        7 punct PUNCT ,   ,
"        7 punct PUNCT ''  "
Chile    7 nsubj PROPN NNP Chile GPE
said     7 ROOT  VERB  VBD say
.        7 punct PUNCT .   .
""")

FORECAST_OF_NO_EVENT = parsed("""
Chile     1 nsubj PROPN NNP Chile GPE
predicted 1 ROOT  VERB  VBD predict
Peru      4 nsubj PROPN NNP Peru  GPE
will      4 aux   AUX   MD  will
win       1 ccomp VERB  VB  win
the       6 det   DET   DT  the
election  4 dobj  NOUN  NN  election
.         1 punct PUNCT .   .
""")


def test_us_in_reported_speech_is_the_speaker() -> None:
    """'"Peru attacked us," Chile said': "us" is Chile, the target of the attack Chile
    reports."""
    assert {(e.source, e.cameo[:2], e.target, e.said_by) for e in run(ATTACKED_US).events} == {
        ("peru", "19", "chile", "chile")
    }


def test_a_forecast_of_no_event_is_a_plain_statement_on_its_actor() -> None:
    """ "Chile predicted Peru will win the election": the act foretold is no event of the
    codebook, so the forecast is a plain statement (010) about Peru."""
    assert coded_pairs(FORECAST_OF_NO_EVENT) == {("chile", "010", "peru")}


BORROWED_FROM = parsed("""
China    1 nsubj PROPN NNP China GPE
borrowed 1 ROOT  VERB  VBD borrow
money    1 dobj  NOUN  NN  money
from     1 prep  ADP   IN  from
Japan    3 pobj  PROPN NNP Japan GPE
.        1 punct PUNCT .   .
""")


def test_borrowing_from_another_is_its_aid() -> None:
    """ "China borrowed money from Japan": Japan provides aid (07) to China, the subject
    undergoing the act (``ckg:patientSubject``) as with a verb dictionary's converse."""
    assert pairs(BORROWED_FROM) == {("japan", "07", "china")}


DUE_TO_MEET = parsed("""
Chile 1 nsubj PROPN NNP Chile GPE
is    1 ROOT  AUX   VBZ be
due   1 acomp ADJ   JJ  due
to    4 aux   PART  TO  to
meet  2 xcomp VERB  VB  meet
Peru  4 dobj  PROPN NNP Peru  GPE
.     1 punct PUNCT .   .
""")


def test_an_act_one_is_due_or_scheduled_to_do_is_intended() -> None:
    """ "Chile is due to meet Peru": a meeting set for the future (a schedule cue, as in
    "talks scheduled for Thursday"), an intent to meet (03), no longer dropped as a mere
    infinitive."""
    assert pairs(DUE_TO_MEET) == {("chile", "03", "peru")}


LIKELY_TO_BORROW = parsed("""
China    1 nsubj PROPN NNP China GPE
is       1 ROOT  AUX   VBZ be
likely   1 acomp ADJ   JJ  likely
to       4 aux   PART  TO  to
borrow   2 xcomp VERB  VB  borrow
money    4 dobj  NOUN  NN  money
from     4 prep  ADP   IN  from
Japan    6 pobj  PROPN NNP Japan GPE
.        1 punct PUNCT .   .
""")


def test_an_act_one_is_likely_to_do_is_hypothetical() -> None:
    """ "China is likely to borrow money from Japan": a possible act, coded as
    hypothetical ("likely" a hedge as "may" is), no longer dropped as an infinitive."""
    assert {(e.source, e.cameo, e.target, e.modality) for e in run(LIKELY_TO_BORROW).events} == {
        ("japan", "070", "china", "hypothetical")
    }


def group_named_again(adjective: str | None) -> Doc:
    """ "Hezbollah attacked Israel. Amnesty International criticized Israel. The
    [ADJECTIVE] group praised Chile." """
    group = 11 if adjective else 10
    described = f"{adjective} {group} amod ADJ JJ {adjective.lower()}" if adjective else ""
    return parsed(f"""
Hezbollah  1 nsubj    PROPN NNP Hezbollah  ORG
attacked   1 ROOT     VERB  VBD attack
Israel     1 dobj     PROPN NNP Israel     GPE
.          1 punct    PUNCT .   .
Amnesty    5 compound PROPN NNP Amnesty    B-ORG
International 6 nsubj PROPN NNP International I-ORG
criticized 6 ROOT     VERB  VBD criticize
Israel     6 dobj     PROPN NNP Israel     GPE
.          6 punct    PUNCT .   .
The        {group} det DET   DT  the
{described}
group      {group + 1} nsubj NOUN NN group
praised    {group + 1} ROOT  VERB VBD praise
Chile      {group + 1} dobj  PROPN NNP Chile GPE
.          {group + 1} punct PUNCT .   .
""")


def test_the_group_takes_up_the_group_named_last_or_the_armed_one_its_adjective_says() -> None:
    """ "Hezbollah attacked Israel. Amnesty International criticized Israel. The group
    praised Chile": news names a group once and then by its kind; "the group" is the
    last named, Amnesty; "the militant group" is the last armed one (an adjective the
    agents dictionary lists for armed men), Hezbollah; "the humanitarian group" is
    neither, and no actor."""
    praise = {p for p in pairs(group_named_again(None)) if p[1] == "05"}
    assert praise == {("amnesty_international", "05", "chile")}
    praise = {p for p in pairs(group_named_again("militant")) if p[1] == "05"}
    assert praise == {("hezbollah", "05", "chile")}
    assert not [p for p in pairs(group_named_again("humanitarian")) if p[1] == "05"]


def group_with_epithet(participle: str, tied: str = "Iran PROPN NNP Iran GPE") -> Doc:
    """ "Hezbollah attacked Israel. The Iran-PARTICIPLE group praised Chile." """
    word, pos, tag, lemma, *entity = tied.split()
    return parsed(f"""
Hezbollah  1 nsubj    PROPN NNP Hezbollah ORG
attacked   1 ROOT     VERB  VBD attack
Israel     1 dobj     PROPN NNP Israel    GPE
.          1 punct    PUNCT .   .
The        8 det      DET   DT  the
{word}     7 npadvmod {pos} {tag} {lemma} {" ".join(entity)}
-          7 punct    PUNCT HYPH -
{participle} 8 amod   VERB  VBN {participle}
group      9 nsubj    NOUN  NN  group
praised    9 ROOT     VERB  VBD praise
Chile      9 dobj     PROPN NNP Chile     GPE
.          9 punct    PUNCT .   .
""")


def test_the_group_with_an_epithet_of_its_ties_takes_up_the_group_named_last() -> None:
    """ "Hezbollah attacked Israel. The Iran-backed group praised Chile": news describes
    a group it has named by its ties to another ("the Iran-aligned group"), which does
    not say it is another group, nor Iran; "the Iran-led group" is Iran's (a participle
    that gives the group its leader's side) and not Hezbollah."""
    for participle in ("backed", "aligned"):
        praise = {p for p in pairs(group_with_epithet(participle)) if p[1] == "05"}
        assert praise == {("hezbollah", "05", "chile")}, participle
    assert not {p for p in pairs(group_with_epithet("led")) if p[:2] == ("hezbollah", "05")}
    # "the newly-formed group" is described by no ties to another: another group
    newly = group_with_epithet("formed", "newly ADV RB newly")
    assert not {p for p in pairs(newly) if p[:2] == ("hezbollah", "05")}


def test_the_group_with_an_epithet_is_not_the_name_in_its_epithet() -> None:
    """ "Hezbollah attacked Israel. The Hamas-linked group praised Chile" names Hamas,
    a group too, in the group's own phrase: the group is the one named before."""
    linked = group_with_epithet("linked", "Hamas PROPN NNP Hamas ORG")
    assert {p for p in pairs(linked) if p[1] == "05"} == {("hezbollah", "05", "chile")}


GROUP_AFTER_ITS_FIGHTERS = parsed("""
Hezbollah  1 compound PROPN NNP Hezbollah ORG
fighters   2 nsubj    NOUN  NNS fighter
attacked   2 ROOT     VERB  VBD attack
Israel     2 dobj     PROPN NNP Israel    GPE
.          2 punct    PUNCT .   .
The        6 det      DET   DT  the
group      7 nsubj    NOUN  NN  group
praised    7 ROOT     VERB  VBD praise
Chile      7 dobj     PROPN NNP Chile     GPE
.          7 punct    PUNCT .   .
""")


def test_the_group_takes_up_a_group_named_in_its_fighters() -> None:
    """ "Hezbollah fighters attacked Israel. The group praised Chile": the group was
    named as the side of its fighters, an agent word the name is a modifier of; the
    name is still the group's, and "the group" takes it up."""
    praise = {p for p in pairs(GROUP_AFTER_ITS_FIGHTERS) if p[1] == "05"}
    assert praise == {("hezbollah", "05", "chile")}


SHORT_FORM_TABLE = """
The        3 det      DET   DT  the
Peruvian   3 amod     ADJ   JJ  peruvian   B-ORG
Farmers    3 compound PROPN NNP Farmers    I-ORG
Union      8 nsubj    PROPN NNP Union      I-ORG
(          5 punct    PUNCT -LRB- (
FU         3 appos    PROPN NNP FU
)          5 punct    PUNCT -RRB- )
today      8 npadvmod NOUN  NN  today
criticized 8 ROOT     VERB  VBD criticize
Chile      8 dobj     PROPN NNP Chile      GPE
.          8 punct    PUNCT .   .
The        12 det     DET   DT  the
FU         13 nsubj   PROPN NNP FU         ORG
praised    13 ROOT    VERB  VBD praise
Chile      13 dobj    PROPN NNP Chile      GPE
.          13 punct   PUNCT .   .
"""
DEFINED_SHORT_FORM = parsed(SHORT_FORM_TABLE)


def test_a_short_form_the_article_defines_in_parentheses_is_the_named_actor() -> None:
    """ "The Peruvian Farmers Union (FU) today criticized Chile. The FU praised Chile.":
    the short form in parentheses after a name abbreviates it, so the FU praising Chile
    is the union, not an actor of its own."""
    assert pairs(DEFINED_SHORT_FORM) == {
        ("peruvian_farmers_union", "11", "chile"),
        ("peruvian_farmers_union", "05", "chile"),
    }


def test_a_short_form_defines_nothing_where_its_letters_start_no_word_of_the_name() -> None:
    """ "(XU)" after "the Peruvian Farmers Union" begins with a letter no word of the
    name begins with (a code, a ticker, an aside): it abbreviates nothing; nor does a
    short form the dictionaries or the gazetteer already know."""
    assert defined_abbreviations(DEFINED_SHORT_FORM, lambda short: False).keys() == {"FU"}
    assert defined_abbreviations(DEFINED_SHORT_FORM, lambda short: short == "FU") == {}
    other = parsed(SHORT_FORM_TABLE.replace("FU", "XU"))
    assert defined_abbreviations(other, lambda short: False) == {}


TWO_COUNTRIES = parsed("""
Peru       3 nsubj    PROPN NNP Peru       GPE
and        0 cc       CCONJ CC  and
Chile      0 conj     PROPN NNP Chile      GPE
met        3 ROOT     VERB  VBD meet
.          3 punct    PUNCT .   .
The        7 det      DET   DT  the
two        7 nummod   NUM   CD  two
countries  8 nsubj    NOUN  NNS country
signed     8 ROOT     VERB  VBD sign
an         10 det     DET   DT  an
agreement  8 dobj     NOUN  NN  agreement
.          8 punct    PUNCT .   .
""")


def test_the_two_countries_are_the_two_countries_named_before() -> None:
    """ "Peru and Chile met. The two countries signed an agreement.": "the two
    countries" takes up both, so the agreement is coded in both directions, as the
    coordinated subjects of the first sentence are."""
    signed = {p for p in pairs(TWO_COUNTRIES) if p[1] == "05"}
    assert signed == {("peru", "05", "chile"), ("chile", "05", "peru")}


BOTH_IN_ONE_SENTENCE = parsed("""
Peru       3 nsubj    PROPN NNP Peru       GPE
and        0 cc       CCONJ CC  and
Chile      0 conj     PROPN NNP Chile      GPE
met        3 ROOT     VERB  VBD meet
,          3 punct    PUNCT ,   ,
and        3 cc       CCONJ CC  and
both       7 det      DET   DT  both
countries  8 nsubj    NOUN  NNS country
signed     3 conj     VERB  VBD sign
an         10 det     DET   DT  an
agreement  8 dobj     NOUN  NN  agreement
.          3 punct    PUNCT .   .
""")


def test_both_countries_take_up_a_coordination_before_them_in_their_sentence() -> None:
    """ "Peru and Chile met, and both countries signed an agreement.": the two countries
    are the coordinated pair before the noun in its own sentence, as a reader takes them;
    the agreement is coded in both directions."""
    signed = {p for p in pairs(BOTH_IN_ONE_SENTENCE) if p[1] == "05"}
    assert signed == {("peru", "05", "chile"), ("chile", "05", "peru")}


PRESIDENTS_THEN_BOTH_SIDES = parsed("""
Bolivia   1 nsubj    PROPN NNP Bolivia   GPE
met       1 ROOT     VERB  VBD meet
Chilean   3 amod     ADJ   JJ  chilean   NORP
President 5 compound PROPN NNP President
Ana       5 compound PROPN NNP Ana       B-PERSON
Ruiz      1 dobj     PROPN NNP Ruiz      I-PERSON
and       5 cc       CCONJ CC  and
Peruvian  8 amod     ADJ   JJ  peruvian  NORP
President 10 compound PROPN NNP President
Juan      10 compound PROPN NNP Juan     B-PERSON
Soto      5 conj     PROPN NNP Soto      I-PERSON
and       1 cc       CCONJ CC  and
urged     1 conj     VERB  VBD urge
both      14 det     DET   DT  both
sides     12 dobj    NOUN  NNS side
to        16 aux     PART  TO  to
negotiate 12 xcomp   VERB  VB  negotiate
.         1 punct    PUNCT .   .
""")


def test_both_sides_after_two_presidents_are_their_countries() -> None:
    """ "Bolivia met Chilean President Ana Ruiz and Peruvian President Juan Soto and
    urged both sides to negotiate": the two sides are the countries the presidents'
    titles give them, though no dictionary codes the two."""
    urged = {p for p in pairs(PRESIDENTS_THEN_BOTH_SIDES) if p[1] == "02"}
    assert urged == {("bolivia", "02", "chile"), ("bolivia", "02", "peru")}


OTHERS_URGE_BOTH = parsed("""
Peru      3 nsubj PROPN NNP Peru    GPE
and       0 cc    CCONJ CC  and
Chile     0 conj  PROPN NNP Chile   GPE
clashed   3 ROOT  VERB  VBD clash
.         3 punct PUNCT .   .
Bolivia   8 nsubj PROPN NNP Bolivia GPE
and       5 cc    CCONJ CC  and
Brazil    5 conj  PROPN NNP Brazil  GPE
urged     8 ROOT  VERB  VBD urge
both      10 det  DET   DT  both
countries 8 dobj  NOUN  NNS country
to        12 aux  PART  TO  to
talk      8 xcomp VERB  VB  talk
.         8 punct PUNCT .   .
""")


def test_a_coordinated_subject_of_the_pair_nouns_verb_is_not_the_pair() -> None:
    """ "Peru and Chile clashed. Bolivia and Brazil urged both countries to talk.": the
    countries urged are the two that clashed, not the two urging, though those are
    coordinated before the noun in its own sentence."""
    urged = {(e.source, e.target) for e in run(OTHERS_URGE_BOTH).events if e.sentence == 2}
    assert urged and all(target in {"peru", "chile"} for _, target in urged)


BOTH_SIDES = parsed("""
Peru       1 nsubj    PROPN NNP Peru       GPE
criticized 1 ROOT     VERB  VBD criticize
Chile      1 dobj     PROPN NNP Chile      GPE
on         1 prep     ADP   IN  on
NBC        3 pobj     PROPN NNP NBC        ORG
.          1 punct    PUNCT .   .
Both       7 det      DET   DT  both
sides      8 nsubj    NOUN  NNS side
praised    8 ROOT     VERB  VBD praise
Bolivia    8 dobj     PROPN NNP Bolivia    GPE
.          8 punct    PUNCT .   .
""")


def test_both_sides_are_the_last_two_coded_actors() -> None:
    """ "Peru criticized Chile on NBC. Both sides praised Bolivia.": the sides are Peru
    and Chile; NBC, a name no dictionary codes, is where it was said, not a side."""
    assert {p for p in pairs(BOTH_SIDES) if p[1] == "05"} == {
        ("peru", "05", "bolivia"),
        ("chile", "05", "bolivia"),
    }


ONE_COUNTRY_TWICE = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
criticized 1 ROOT     VERB  VBD criticize
Peru       1 dobj     PROPN NNP Peru       GPE
and        2 cc       CCONJ CC  and
Peruvian   5 amod     ADJ   JJ  peruvian   NORP
farmers    2 conj     NOUN  NNS farmer
.          1 punct    PUNCT .   .
Both       8 det      DET   DT  both
sides      9 nsubj    NOUN  NNS side
praised    9 ROOT     VERB  VBD praise
Bolivia    9 dobj     PROPN NNP Bolivia    GPE
.          9 punct    PUNCT .   .
""")


def test_the_two_sides_are_of_two_countries() -> None:
    """ "Chile criticized Peru and Peruvian farmers. Both sides praised Bolivia.": Peru
    and its farmers are one side; the other is Chile."""
    praising = {p[0] for p in pairs(ONE_COUNTRY_TWICE) if p[1:] == ("05", "bolivia")}
    assert len(praising) == 2 and "chile" in praising


EACH_OTHER = parsed("""
Peru       3 nsubj    PROPN NNP Peru       GPE
and        0 cc       CCONJ CC  and
Chile      0 conj     PROPN NNP Chile      GPE
accused    3 ROOT     VERB  VBD accuse
each       5 det      DET   DT  each
other      3 dobj     ADJ   JJ  other
.          3 punct    PUNCT .   .
""")

ONE_ANOTHER = parsed("""
Peru       3 nsubj    PROPN NNP Peru       GPE
and        0 cc       CCONJ CC  and
Chile      0 conj     PROPN NNP Chile      GPE
criticized 3 ROOT     VERB  VBD criticize
one        3 dobj     NUM   CD  one
another    4 det      DET   DT  another
.          3 punct    PUNCT .   .
""")


def test_subjects_acting_on_each_other_are_each_the_other_s_target() -> None:
    """ "Peru and Chile accused each other", "... criticized one another": a reciprocal
    pronoun as object makes each subject the other's target, both directions coded."""
    assert pairs(EACH_OTHER) == {("peru", "11", "chile"), ("chile", "11", "peru")}
    assert pairs(ONE_ANOTHER) == {("peru", "11", "chile"), ("chile", "11", "peru")}


def fought_each_other(preposition: str) -> Doc:
    """ "Peru and Chile fought <preposition> each other." """
    return parsed(f"""
Peru          3 nsubj    PROPN NNP Peru       GPE
and           0 cc       CCONJ CC  and
Chile         0 conj     PROPN NNP Chile      GPE
fought        3 ROOT     VERB  VBD fight
{preposition} 3 prep     ADP   IN  {preposition}
each          6 det      DET   DT  each
other         4 pobj     ADJ   JJ  other
.             3 punct    PUNCT .   .
""")


def test_only_a_phrase_against_or_with_each_other_makes_an_act_mutual() -> None:
    """ "fought against each other" is a fight between Peru and Chile, both directions;
    "fought alongside each other" is no fight between them."""
    assert pairs(fought_each_other("against")) == {("peru", "19", "chile"), ("chile", "19", "peru")}
    assert {p[2] for p in pairs(fought_each_other("alongside"))} == {None}


def swapped(noun: str, lemma: str) -> Doc:
    """ "Peru and Chile swapped <noun>." """
    return parsed(f"""
Peru     3 nsubj    PROPN NNP Peru     GPE
and      0 cc       CCONJ CC  and
Chile    0 conj     PROPN NNP Chile    GPE
swapped  3 ROOT     VERB  VBD swap
{noun}   3 dobj     NOUN  NNS {lemma}
.        3 punct    PUNCT .   .
""")


def test_coordinated_subjects_of_an_act_the_dictionary_pairs_with_itself_do_it_to_each_other() -> (
    None
):
    """PETRARCH pairs "swap accusations" with itself ([112:112]: each party accuses the
    other): "Peru and Chile swapped accusations" is Peru's accusation of Chile and
    Chile's of Peru, where "swapped pledges" ([031], one act) is aimed at no one."""
    assert pairs(swapped("accusations", "accusation")) == {
        ("peru", "11", "chile"),
        ("chile", "11", "peru"),
    }
    assert {p[2] for p in pairs(swapped("pledges", "pledge"))} == {None}
    # a partner of their own: "Peru and Chile swapped fire with Bolivian batteries" is
    # not fire between Peru and Chile; "signed a treaty with fanfare" names no partner
    assert not {p for p in pairs(SWAPPED_WITH_BATTERIES) if {p[0], p[2]} == {"peru", "chile"}}
    assert ("peru", "05", "chile") in pairs(SIGNED_WITH_FANFARE)


SIGNED_WITH_FANFARE = parsed("""
Peru     3 nsubj    PROPN NNP Peru     GPE
and      0 cc       CCONJ CC  and
Chile    0 conj     PROPN NNP Chile    GPE
signed   3 ROOT     VERB  VBD sign
a        5 det      DET   DT  a
treaty   3 dobj     NOUN  NN  treaty
with     3 prep     ADP   IN  with
fanfare  6 pobj     NOUN  NN  fanfare
.        3 punct    PUNCT .   .
""")


LEFT_TOGETHER = parsed("""
Peru     3 nsubj    PROPN NNP Peru     GPE
and      0 cc       CCONJ CC  and
Chile    0 conj     PROPN NNP Chile    GPE
left     3 ROOT     VERB  VBD leave
the      5 det      DET   DT  the
session  3 dobj     NOUN  NN  session
.        3 punct    PUNCT .   .
""")


def test_coordinated_subjects_of_a_verb_coded_by_its_block_alone_do_not_meet_each_other() -> None:
    """ "Peru and Chile left the session": PETRARCH codes "leave" by its block's default
    (GO_SOMEWHERE, 040), an act only with a target of its own; two who leave together do
    not consult each other, as two who meet do."""
    assert {p for p in pairs(LEFT_TOGETHER) if p[1] == "04"} == set()
    # without a thing it is done to, the block's act is still one with each other
    assert ("peru", "19", "chile") in pairs(BATTLED)


BATTLED = parsed("""
Peru     3 nsubj    PROPN NNP Peru     GPE
and      0 cc       CCONJ CC  and
Chile    0 conj     PROPN NNP Chile    GPE
battled  3 ROOT     VERB  VBD battle
.        3 punct    PUNCT .   .
""")

SWAPPED_WITH_BATTERIES = parsed("""
Peru      3 nsubj    PROPN NNP Peru     GPE
and       0 cc       CCONJ CC  and
Chile     0 conj     PROPN NNP Chile    GPE
swapped   3 ROOT     VERB  VBD swap
fire      3 dobj     NOUN  NN  fire
with      4 prep     ADP   IN  with
Bolivian  7 amod     ADJ   JJ  bolivian NORP
batteries 5 pobj     NOUN  NNS battery
.         3 punct    PUNCT .   .
""")


ARRESTED_THEN_ACCUSED = parsed("""
Peruvian 1 amod      ADJ   JJ  peruvian NORP
students 3 nsubjpass NOUN  NNS student
were     3 auxpass   AUX   VBD be
arrested 3 ROOT      VERB  VBN arrest
and      3 cc        CCONJ CC  and
accused  3 conj      VERB  VBD accuse
Chile    5 dobj      PROPN NNP Chile    GPE
.        3 punct     PUNCT .   .
""")


def test_a_form_ending_in_its_coordinator_takes_in_a_conjunct_of_its_voice_only() -> None:
    """PETRARCH's ARRESTED_AND codes "were arrested and charged" once; in "Peruvian
    students were arrested and accused Chile" the active "accused" is an act of its
    own, the students' accusation."""
    assert "11" in {p[1] for p in pairs(ARRESTED_THEN_ACCUSED)}


def reported_plan(verb: str, lemma: str) -> Doc:
    """ "Peru <verb> that Chile is planning raids." """
    return parsed(f"""
Peru     1 nsubj  PROPN NNP Peru     GPE
{verb}   1 ROOT   VERB  VBD {lemma}
that     5 mark   SCONJ IN  that
Chile    5 nsubj  PROPN NNP Chile    GPE
is       5 aux    AUX   VBZ be
planning 1 ccomp  VERB  VBG plan
raids    5 dobj   NOUN  NNS raid
.        1 punct  PUNCT .   .
""")


ALLEGED_HAD_MINED = parsed("""
Peru     1 nsubj  PROPN NNP Peru     GPE
alleged  1 ROOT   VERB  VBD allege
that     5 mark   SCONJ IN  that
Chile    5 nsubj  PROPN NNP Chile    GPE
had      5 aux    AUX   VBD have
mined    1 ccomp  VERB  VBN mine
the      7 det    DET   DT  the
border   5 dobj   NOUN  NN  border
.        1 punct  PUNCT .   .
""")


def test_an_allegation_about_an_actor_is_an_accusation_aimed_at_it() -> None:
    """ "Peru alleged that Chile is planning raids": an accusation (the ontology's
    trigger "allege" of CAMEO 112), aimed at the actor the clause is about, as "accused
    Chile of planning" is; "Peru said that ..." reports, and "Peru claimed that ...",
    though PETRARCH lists CLAIM in ALLEGE's block, accuses no one."""
    alleged = run(reported_plan("alleged", "allege")).events
    assert ("peru", "112", "chile") in {(e.source, e.cameo, e.target) for e in alleged}
    # "Peru alleged that Chile had mined the border": a participle in a perfect tense;
    # "... that Chile had been attacked" tells what was done to Chile, no charge
    assert ("peru", "11", "chile") in pairs(ALLEGED_HAD_MINED)
    assert ("peru", "11", "chile") not in pairs(ALLEGED_WAS_ATTACKED)
    assert not {p for p in pairs(reported_plan("said", "say")) if p[0] == "peru"}
    assert not {p for p in pairs(reported_plan("claimed", "claim")) if p[0] == "peru"}


ALLEGED_WAS_ATTACKED = parsed("""
Peru     1 nsubj     PROPN NNP Peru     GPE
alleged  1 ROOT      VERB  VBD allege
that     6 mark      SCONJ IN  that
Chile    6 nsubjpass PROPN NNP Chile    GPE
had      6 aux       AUX   VBD have
been     6 auxpass   AUX   VBN be
attacked 1 ccomp     VERB  VBN attack
.        1 punct     PUNCT .   .
""")


ALLEGED_MINED_BY = parsed("""
Peru     1 nsubj     PROPN NNP Peru     GPE
alleged  1 ROOT      VERB  VBD allege
that     7 mark      SCONJ IN  that
the      4 det       DET   DT  the
border   7 nsubjpass NOUN  NN  border
had      7 aux       AUX   VBD have
been     7 auxpass   AUX   VBN be
mined    1 ccomp     VERB  VBN mine
by       7 agent     ADP   IN  by
Chile    8 pobj      PROPN NNP Chile    GPE
.        1 punct     PUNCT .   .
""")


def test_an_allegation_in_the_passive_is_aimed_at_the_doer_its_by_phrase_names() -> None:
    """ "Peru alleged that the border had been mined by Chile": the clause is about
    what Chile did, as in the active "that Chile had mined the border", so the
    accusation is aimed at Chile; the passive clause without a "by" phrase ("that Chile
    had been attacked") still aims it at no one."""
    assert ("peru", "11", "chile") in pairs(ALLEGED_MINED_BY)


def not_hesitating(aux: str, tag: str, lemma: str) -> Doc:
    """ "Peru <aux> not hesitate to attack Chile." """
    return parsed(f"""
Peru      3 nsubj PROPN NNP Peru      GPE
{aux}     3 aux   AUX   {tag} {lemma}
not       3 neg   PART  RB  not
hesitate  3 ROOT  VERB  VB  hesitate
to        5 aux   PART  TO  to
attack    3 xcomp VERB  VB  attack
Chile     5 dobj  PROPN NNP Chile     GPE
.         3 punct PUNCT .   .
""")


HESITATED = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
hesitated 1 ROOT  VERB  VBD hesitate
to        3 aux   PART  TO  to
attack    1 xcomp VERB  VB  attack
Chile     3 dobj  PROPN NNP Chile     GPE
.         1 punct PUNCT .   .
""")


def test_not_hesitating_to_act_states_the_act() -> None:
    """ "Peru will not hesitate to attack Chile": a litotes, the attack stated as
    intended, a threat of force (CAMEO 138); "Peru did not hesitate to attack Chile"
    attacked; "Peru hesitated to attack Chile" states no attack and no threat, and
    "Peru should not hesitate to attack Chile" urges it."""
    assert pairs(not_hesitating("will", "MD", "will")) == {("peru", "13", "chile")}
    assert pairs(not_hesitating("did", "VBD", "do")) == {("peru", "19", "chile")}
    assert pairs(HESITATED) == set()
    assert (
        pairs(not_hesitating("should", "MD", "should")) == set()
    )  # urged, neither done nor intended


UNDERTOOK_TO_HELP = parsed("""
Peru       1 nsubj PROPN NNP Peru      GPE
undertook  1 ROOT  VERB  VBD undertake
to         3 aux   PART  TO  to
help       1 xcomp VERB  VB  help
Chile      3 dobj  PROPN NNP Chile     GPE
.          1 punct PUNCT .   .
""")

UNDERTOOK_A_STUDY = parsed("""
Peru       1 nsubj PROPN NNP Peru      GPE
undertook  1 ROOT  VERB  VBD undertake
a          3 det   DET   DT  a
study      1 dobj  NOUN  NN  study
of         3 prep  ADP   IN  of
Chile      4 pobj  PROPN NNP Chile     GPE
.          1 punct PUNCT .   .
""")


def test_undertaking_to_act_is_an_intent_and_undertaking_a_task_no_event() -> None:
    """ "Peru undertook to help Chile" promises the act (a cue of intent, as "pledged
    to"); "Peru undertook a study of Chile" carries a task out and promises nothing."""
    assert pairs(UNDERTOOK_TO_HELP) == {("peru", "03", "chile")}
    assert pairs(UNDERTOOK_A_STUDY) == set()
    # an infinitive that codes nothing of its own is still a promise ("undertake to")
    assert {p[:2] for p in pairs(UNDERTOOK_TO_RESPECT)} == {("peru", "03")}


UNDERTOOK_TO_RESPECT = parsed("""
Peru       1 nsubj PROPN NNP Peru      GPE
undertook  1 ROOT  VERB  VBD undertake
to         3 aux   PART  TO  to
respect    1 xcomp VERB  VB  respect
the        5 det   DET   DT  the
border     3 dobj  NOUN  NN  border
.          1 punct PUNCT .   .
""")


def patrolled_by(noun: str, lemma: str) -> Doc:
    """ "Peruvian <noun> patrolled the capital." """
    return parsed(f"""
Peruvian  1 amod  ADJ   JJ  peruvian  NORP
{noun}    2 nsubj NOUN  NNS {lemma}
patrolled 2 ROOT  VERB  VBD patrol
the       4 det   DET   DT  the
capital   2 dobj  NOUN  NN  capital
.         2 punct PUNCT .   .
""")


def test_a_show_of_force_is_made_whether_or_not_the_text_says_at_whom() -> None:
    """ "Peruvian troops patrolled the capital": PATROL's default (150, exhibit force
    posture), which needs a target as the dictionary's defaults do, is a show of force
    made at no one the text names, as coders code patrols and alerts."""
    assert {(p[1], p[2]) for p in pairs(patrolled_by("troops", "troop"))} == {("15", None)}
    # people who bear no arms show no force: "Peruvian farmers patrolled the capital";
    # a state does: "Peru patrolled the border"
    assert pairs(patrolled_by("farmers", "farmer")) == set()
    assert pairs(PATROLLING_STATE) == {("peru", "15", None)}


PATROLLING_STATE = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
patrolled 1 ROOT  VERB  VBD patrol
the       3 det   DET   DT  the
border    1 dobj  NOUN  NN  border
.         1 punct PUNCT .   .
""")

USED_MILITARY_FORCE = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
used      1 ROOT  VERB  VBD use
military  3 amod  ADJ   JJ  military
force     1 dobj  NOUN  NN  force
against   1 prep  ADP   IN  against
Chile     4 pobj  PROPN NNP Chile     GPE
.         1 punct PUNCT .   .
""")


def test_using_military_force_is_fighting() -> None:
    """ "Peru used military force against Chile": CAMEO 19's name, which USE's "- *
    &MILITARY" pattern codes as military cooperation both ways (062:062)."""
    assert pairs(USED_MILITARY_FORCE) == {("peru", "19", "chile")}


HELD_RESPONSIBLE = parsed("""
Peru        1 nsubj    PROPN NNP Peru        GPE
holds       1 ROOT     VERB  VBZ hold
Chile       3 nsubj    PROPN NNP Chile       GPE
responsible 1 ccomp    ADJ   JJ  responsible
for         3 prep     ADP   IN  for
the         6 det      DET   DT  the
blockade    4 pobj     NOUN  NN  blockade
.           1 punct    PUNCT .   .
""")


def test_the_subject_of_a_verbless_complement_is_what_the_verb_acts_on() -> None:
    """ "Peru holds Chile responsible for the blockade": the parser makes "responsible" a
    clause with Chile as its subject; Chile is who is held responsible, the accusation's
    target (PETRARCH's "hold - * RESPONSIBLE", 112)."""
    assert pairs(HELD_RESPONSIBLE) == {("peru", "11", "chile")}
    # a verb coded by its dictionary block alone needs an object of its own: "Peru
    # considers Chile a threat" (CONSIDER's default, 040) consults no one
    assert pairs(CONSIDERS_A_THREAT) == set()


CONSIDERS_A_THREAT = parsed("""
Peru      1 nsubj    PROPN NNP Peru      GPE
considers 1 ROOT     VERB  VBZ consider
Chile     4 nsubj    PROPN NNP Chile     GPE
a         4 det      DET   DT  a
threat    1 ccomp    NOUN  NN  threat
.         1 punct    PUNCT .   .
""")


MADE_IT_HARD = parsed("""
Peru      1 nsubj    PROPN NNP Peru      GPE
made      1 ROOT     VERB  VBD make
it        3 nsubj    PRON  PRP it
difficult 1 ccomp    ADJ   JJ  difficult
to        5 aux      PART  TO  to
blame     3 advcl    VERB  VB  blame
Chile     5 dobj     PROPN NNP Chile     GPE
.         1 punct    PUNCT .   .
""")


def test_an_expletive_it_before_a_clause_is_no_object_of_the_verb() -> None:
    """ "Peru made it difficult to blame Chile": "it" stands for the clause after the
    adjective, not for anything "made" acts on; "holds Chile responsible" acts on Chile."""
    assert small_clause_subjects(MADE_IT_HARD[1]) == []
    assert [t.text for t in small_clause_subjects(HELD_RESPONSIBLE[1])] == ["Chile"]


TWO_LEADERS = parsed("""
Yitzhak    1  compound PROPN NNP Yitzhak    B-PERSON
Shamir     2  nsubj    PROPN NNP Shamir     I-PERSON
met        2  ROOT     VERB  VBD meet
Shimon     4  compound PROPN NNP Shimon     B-PERSON
Peres      2  dobj     PROPN NNP Peres      I-PERSON
.          2  punct    PUNCT .   .
The        8  det      DET   DT  the
two        8  nummod   NUM   CD  two
leaders    9  nsubj    NOUN  NNS leader
criticized 9  ROOT     VERB  VBD criticize
Egypt      9  dobj     PROPN NNP Egypt      GPE
.          9  punct    PUNCT .   .
""")


def test_two_people_of_one_country_may_be_a_pair() -> None:
    """ "Yitzhak Shamir met Shimon Peres. The two leaders criticized Egypt.", told in
    1987, when the dictionaries code both as Israel's government (ISRGOV): a pair of
    people need not be of two countries, as a pair of countries must; both criticized
    Egypt."""
    extraction = extract(Article("t", TWO_LEADERS.text, date="1987-03-01"), TWO_LEADERS)
    criticizing = {
        e.source for e in extraction.events if (e.cameo[:2], e.target) == ("11", "egypt")
    }
    assert criticizing == {"yitzhak_shamir", "shimon_peres"}


AFTER_A_VISIT = parsed("""
After      7 prep     ADP   IN  after
a          2 det      DET   DT  a
visit      0 pobj     NOUN  NN  visit
to         2 prep     ADP   IN  to
Chile      3 pobj     PROPN NNP Chile      GPE
,          7 punct    PUNCT ,   ,
Peru       7 nsubj    PROPN NNP Peru       GPE
praised    7 ROOT     VERB  VBD praise
Bolivia    7 dobj     PROPN NNP Bolivia    GPE
.          7 punct    PUNCT .   .
""")


def test_a_visit_in_an_adverbial_phrase_is_the_clause_subject_s() -> None:
    """ "After a visit to Chile, Peru praised Bolivia": the visit names only its host;
    the visitor is the subject of the clause the phrase belongs to, as with "after a
    meeting with"."""
    assert ("peru", "04", "chile") in pairs(AFTER_A_VISIT)


BANK_COMMITTEE = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
criticized 1 ROOT     VERB  VBD criticize
its        6 poss     PRON  PRP$ its
commercial 4 amod     ADJ   JJ  commercial
bank       6 compound NOUN  NN  bank
advisory   6 amod     ADJ   JJ  advisory
committee  1 dobj     NOUN  NN  committee
.          1 punct    PUNCT .   .
""")


def test_a_country_s_bank_advisory_committee_is_its_creditors() -> None:
    """ "Chile criticized its commercial bank advisory committee": the committee that
    negotiates a state's debt for its creditor banks (kg's BANK_ADVISORY_COMMITTEE) is
    multinational business, like the creditors, and not Chile's own."""
    assert pairs(BANK_COMMITTEE) == {("chile", "11", "bank_advisory_committees")}
    assert actors_of(BANK_COMMITTEE)["bank_advisory_committees"][0] == "MNC"


BOTH_ACCUSED = parsed("""
Peru       1 nsubj    PROPN NNP Peru       GPE
criticized 1 ROOT     VERB  VBD criticize
Chile      1 dobj     PROPN NNP Chile      GPE
.          1 punct    PUNCT .   .
Bolivia    5 nsubj    PROPN NNP Bolivia    GPE
accused    5 ROOT     VERB  VBD accuse
both       7 det      DET   DT  both
countries  5 dobj     NOUN  NNS country
.          5 punct    PUNCT .   .
""")


def test_a_pair_noun_takes_up_no_actor_of_its_own_sentence() -> None:
    """ "Peru criticized Chile. Bolivia accused both countries.": the countries are the
    two named before, not Bolivia, the subject of the pair noun's own clause."""
    accused = {p for p in pairs(BOTH_ACCUSED) if p[0] == "bolivia"}
    assert accused == {("bolivia", "11", "peru"), ("bolivia", "11", "chile")}


ANOTHER_ONE = parsed("""
Peru       3 nsubj    PROPN NNP Peru       GPE
and        0 cc       CCONJ CC  and
Chile      0 conj     PROPN NNP Chile      GPE
seized     3 ROOT     VERB  VBD seize
another    5 det      DET   DT  another
one        3 dobj     NUM   CD  one
.          3 punct    PUNCT .   .
""")


def test_another_one_is_no_reciprocal_pronoun() -> None:
    """ "Peru and Chile seized another one": one more of something, not each other."""
    assert not reciprocal_pronoun(ANOTHER_ONE[5])
    assert reciprocal_pronoun(ONE_ANOTHER[4]) and reciprocal_pronoun(EACH_OTHER[5])


PROTESTED_A_VISIT = parsed("""
Peru       1 nsubj    PROPN NNP Peru       GPE
protested  1 ROOT     VERB  VBD protest
against    1 prep     ADP   IN  against
a          4 det      DET   DT  a
visit      2 pobj     NOUN  NN  visit
to         4 prep     ADP   IN  to
Chile      5 pobj     PROPN NNP Chile      GPE
.          1 punct    PUNCT .   .
""")


def test_a_visit_the_clause_acts_on_is_not_the_subject_s_visit() -> None:
    """ "Peru protested against a visit to Chile": the visit is the object of the
    protest, someone else's; only an adverbial phrase ("after a visit") makes it the
    subject's."""
    assert not any(p[1] == "04" for p in pairs(PROTESTED_A_VISIT))


REPORTED_ATTACK = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
reported 1 ROOT  VERB  VBD report
a        4 det   DET   DT  a
Peruvian 4 amod  ADJ   JJ  peruvian NORP
attack   1 dobj  NOUN  NN  attack
on       4 prep  ADP   IN  on
Bolivia  5 pobj  PROPN NNP Bolivia  GPE
.        1 punct PUNCT .   .
""")

REPORTED_UNOWNED_ATTACK = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
reported 1 ROOT  VERB  VBD report
an       3 det   DET   DT  an
attack   1 dobj  NOUN  NN  attack
on       3 prep  ADP   IN  on
Bolivia  4 pobj  PROPN NNP Bolivia  GPE
.        1 punct PUNCT .   .
""")


def test_a_reported_act_whose_noun_names_another_doer_is_that_doer_s() -> None:
    """REPORT's "- * ATTACK" (190) codes "reported an attack" as the subject's act, as
    PETRARCH does; where the noun names its own doer ("a Peruvian attack on Bolivia"),
    the act is Peru's, coded at the noun, and Chile attacks nobody (no Chile-on-Peru
    event from the noun's modifier). Without a doer of its own, it stays Chile's."""
    assert pairs(REPORTED_ATTACK) == {("peru", "19", "bolivia")}
    assert pairs(REPORTED_UNOWNED_ATTACK) == {("chile", "19", "bolivia")}


EMBASSY_BOMBING_CONDEMNED = parsed("""
The       1 det       DET   DT  the
bombing   9 nsubjpass NOUN  NN  bombing
of        1 prep      ADP   IN  of
the       5 det       DET   DT  the
Chilean   5 amod      ADJ   JJ  chilean   NORP
embassy   2 pobj      NOUN  NN  embassy
by        5 prep      ADP   IN  by
Peru      6 pobj      PROPN NNP Peru      GPE
was       9 auxpass   AUX   VBD be
condemned 9 ROOT      VERB  VBN condemn
by        9 agent     ADP   IN  by
Bolivia   10 pobj     PROPN NNP Bolivia   GPE
.         9 punct     PUNCT .   .
""")

EMBASSY_ATTACK_KILLED = parsed("""
The      1 det     DET   DT  the
attack   8 nsubj   NOUN  NN  attack
on       1 prep    ADP   IN  on
the      5 det     DET   DT  the
Chilean  5 amod    ADJ   JJ  chilean   NORP
embassy  2 pobj    NOUN  NN  embassy
by       5 prep    ADP   IN  by
Peru     6 pobj    PROPN NNP Peru      GPE
killed   8 ROOT    VERB  VBD kill
two      10 nummod NUM   CD  two
guards   8 dobj    NOUN  NNS guard
.        8 punct   PUNCT .   .
""")


def test_a_by_phrase_hung_on_the_actor_an_act_is_done_to_names_the_act_s_doer() -> None:
    """The parser hangs "by Peru" of "the bombing of the Chilean embassy by Peru" on the
    embassy; an actor takes no "by" phrase, so it is the bombing's: Peru bombed the
    embassy, and Bolivia condemned Peru (not the embassy the bombing hit). As the
    subject of "killed", the attack is Peru's, not the embassy's it was aimed at. The
    theme is what the act is about, without the doer's phrase ("by" too)."""
    themes = {e.source: e.theme for e in run(EMBASSY_BOMBING_CONDEMNED).events}
    assert themes["peru"] == "The bombing of the Chilean embassy"
    assert pairs(EMBASSY_BOMBING_CONDEMNED) == {
        ("bolivia", "11", "peru"),
        ("peru", "19", "chilean_government"),
    }
    assert ("peru", "19", "chilean_government") in pairs(EMBASSY_ATTACK_KILLED)
    assert all(source == "peru" for source, _, _ in pairs(EMBASSY_ATTACK_KILLED))


PROPOSAL_ATTACKED = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
attacked 1 ROOT  VERB  VBD attack
the      4 det   DET   DT  the
Chilean  4 amod  ADJ   JJ  chilean  NORP
proposal 1 dobj  NOUN  NN  proposal
.        1 punct PUNCT .   .
""")

POSITIONS_ATTACKED = parsed("""
Chilean    1 amod     ADJ   JJ  chilean    NORP
rebels     2 nsubj    NOUN  NNS rebel
attacked   2 ROOT     VERB  VBD attack
government 4 compound NOUN  NN  government
positions  2 dobj     NOUN  NNS position
.          2 punct    PUNCT .   .
""")

GOVERNMENT_FOUGHT = parsed("""
Chilean    1 amod  ADJ   JJ  chilean    NORP
rebels     2 nsubj NOUN  NNS rebel
fought     2 ROOT  VERB  VBD fight
the        4 det   DET   DT  the
government 2 dobj  NOUN  NN  government
.          2 punct PUNCT .   .
""")


def test_a_verb_of_force_done_to_a_thing_of_words_is_criticism() -> None:
    """ATTACK's "- * &PROPOSAL" (111) reads "attacked the Chilean proposal" as criticism
    of Chile, where the ontology's bare "attack" trigger would code force; its "- *
    GOVERNMENT" does not make "attacked government positions" (the word only modifies
    the object) or "fought the government" (an actor, which can be fought) words."""
    assert pairs(PROPOSAL_ATTACKED) == {("peru", "11", "chile")}
    assert {code for _, code, _ in pairs(POSITIONS_ATTACKED)} == {"19"}
    assert {code for _, code, _ in pairs(GOVERNMENT_FOUGHT)} == {"19"}


AMOUNT_DECLINED = parsed("""
Peru     2 poss     PROPN NNP Peru    GPE
's       0 case     PART  POS 's
exports  3 nsubj    NOUN  NNS export
declined 3 ROOT     VERB  VBD decline
12       5 nummod   NUM   CD  12
pct      3 npadvmod NOUN  NN  pct
.        3 punct    PUNCT .   .
Chile    7 poss     PROPN NNP Chile   GPE
's       7 case     PART  POS 's
output   10 nsubj   NOUN  NN  output
declined 10 ROOT    VERB  VBD decline
to       10 prep    ADP   IN  to
2,100    13 nummod  NUM   CD  2,100
barrels  11 pobj    NOUN  NNS barrel
.        10 punct   PUNCT .   .
""")

OFFER_DECLINED = parsed("""
Peru     1 nsubj PROPN NNP Peru  GPE
declined 1 ROOT  VERB  VBD decline
Chile    4 poss  PROPN NNP Chile GPE
's       2 case  PART  POS 's
offer    1 dobj  NOUN  NN  offer
.        1 punct PUNCT .   .
""")


def test_a_verb_of_refusing_that_states_an_amount_refuses_nothing() -> None:
    """ "Peru's exports declined 12 pct", "Chile's output declined to 2,100 barrels":
    a quantity changed, and nobody rejected anything (the ontology's bare "decline"
    trigger would code a rejection by the owner); "Peru declined Chile's offer" does."""
    assert run(AMOUNT_DECLINED).events == ()
    assert pairs(OFFER_DECLINED) == {("peru", "12", "chile")}


EMBASSY_SPOKESMAN = parsed("""
An         3 det      DET   DT  an
Iranian    2 amod     ADJ   JJ  iranian   NORP
embassy    3 compound NOUN  NN  embassy
spokesman  4 nsubj    NOUN  NN  spokesman
criticised 4 ROOT     VERB  VBD criticise
Iraq       4 dobj     PROPN NNP Iraq      GPE
.          4 punct    PUNCT .   .
""")


def test_a_side_named_on_a_noun_modifying_an_agent_is_the_agent_s() -> None:
    """ "An Iranian embassy spokesman": the parser hangs "Iranian" on the embassy, and
    the spokesman is Iran's government (IRNGOV), not a government of no side."""
    assert source_code(EMBASSY_SPOKESMAN) == "IRNGOV"


A_GROUP_OF_SOLDIERS_IN_PERU = parsed("""
A          1 det      DET   DT  a
group      6 nsubj    NOUN  NN  group
of         1 prep     ADP   IN  of
soldiers   2 pobj     NOUN  NNS soldier
in         1 prep     ADP   IN  in
Peru       4 pobj     PROPN NNP Peru      GPE
attacked   6 ROOT     VERB  VBD attack
Chile      6 dobj     PROPN NNP Chile     GPE
.          6 punct    PUNCT .   .
""")

DOZENS_OF_SOLDIERS_FROM_PERU = parsed("""
Dozens     5 nsubj    NOUN  NNS dozen
of         0 prep     ADP   IN  of
soldiers   1 pobj     NOUN  NNS soldier
from       0 prep     ADP   IN  from
Peru       3 pobj     PROPN NNP Peru      GPE
attacked   5 ROOT     VERB  VBD attack
Chile      5 dobj     PROPN NNP Chile     GPE
.          5 punct    PUNCT .   .
""")

A_GROUP_OF_SOLDIERS_SENT_FROM_PERU = parsed("""
Chile      1 nsubj    NOUN  NN  Chile     GPE
expelled   1 ROOT     VERB  VBD expel
a          3 det      DET   DT  a
group      1 dobj     NOUN  NN  group
of         3 prep     ADP   IN  of
soldiers   4 pobj     NOUN  NNS soldier
from       3 prep     ADP   IN  from
Peru       6 pobj     PROPN NNP Peru      GPE
.          1 punct    PUNCT .   .
""")


def test_a_group_s_phrase_placing_it_gives_its_members_their_side() -> None:
    """ "A group of soldiers in Peru": the parser hangs the "in" phrase on the group,
    not on the soldiers, and the soldiers are Peru's military (PERMIL) as "soldiers in
    Peru" are; a group's "from" phrase gives its members a side only where the group is
    the subject ("dozens of soldiers from Peru attacked"; "expelled a group of soldiers
    from Peru" sent them away from Peru)."""
    assert source_code(A_GROUP_OF_SOLDIERS_IN_PERU) == "PERMIL"
    assert source_code(DOZENS_OF_SOLDIERS_FROM_PERU) == "PERMIL"
    targets = {
        actors_of(A_GROUP_OF_SOLDIERS_SENT_FROM_PERU)[e.target or ""][0]
        for e in run(A_GROUP_OF_SOLDIERS_SENT_FROM_PERU).events
    }
    assert targets == {"MIL"}


A_DISSIDENT_COMMANDER = parsed("""
Chilean    1 amod     ADJ   JJ  chilean    NORP
troops     2 nsubj    NOUN  NNS troop
killed     2 ROOT     VERB  VBD kill
a          6 det      DET   DT  a
Hamas      5 compound PROPN NNP Hamas      ORG
dissident  6 amod     ADJ   JJ  dissident
commander  2 dobj     NOUN  NN  commander
.          2 punct    PUNCT .   .
""")

A_COMMANDER_KILLED = parsed("""
Chilean    1 amod     ADJ   JJ  chilean    NORP
troops     2 nsubj    NOUN  NNS troop
killed     2 ROOT     VERB  VBD kill
a          4 det      DET   DT  a
commander  2 dobj     NOUN  NN  commander
.          2 punct    PUNCT .   .
""")

THE_CHIEF_OF_AN_ARMED_GROUP_KILLED = parsed("""
Hezbollah  1 compound PROPN NNP Hezbollah  ORG
guerrillas 2 nsubj    NOUN  NNS guerrilla
killed     2 ROOT     VERB  VBD kill
the        4 det      DET   DT  the
chief      2 dobj     NOUN  NN  chief
of         4 prep     ADP   IN  of
the        7 det      DET   DT  the
militia    5 pobj     NOUN  NN  militia
.          2 punct    PUNCT .   .
""")

THE_CHIEF_OF_THEIR_OWN_KILLED = parsed("""
Hezbollah  1 compound PROPN NNP Hezbollah  ORG
guerrillas 2 nsubj    NOUN  NNS guerrilla
killed     2 ROOT     VERB  VBD kill
the        4 det      DET   DT  the
chief      2 dobj     NOUN  NN  chief
of         4 prep     ADP   IN  of
the        7 det      DET   DT  the
guerrillas 5 pobj     NOUN  NNS guerrilla
.          2 punct    PUNCT .   .
""")


def test_an_agent_word_the_parser_took_for_an_adjective_carries_a_side() -> None:
    """ "a Hamas dissident commander": the parser reads "dissident", an agent word of the
    dictionaries, as an adjective, and the side named on it is the commander's."""
    assert pairs(A_DISSIDENT_COMMANDER) == {("chilean_military", "19", "hamas")}


TROOPS_ORDERED_BY_THEIR_CHIEF = parsed("""
The        3 det      DET   DT  the
Chilean    3 amod     ADJ   JJ  chilean    NORP
army       3 compound NOUN  NN  army
chief      4 nsubj    NOUN  NN  chief
ordered    4 ROOT     VERB  VBD order
the        6 det      DET   DT  the
troops     4 dobj     NOUN  NNS troop
to         8 aux      PART  TO  to
attack     4 xcomp    VERB  VB  attack
Peru       8 dobj     PROPN NNP Peru       GPE
.          4 punct    PUNCT .   .
""")


def test_a_bare_agent_takes_no_side_from_who_acts_on_it() -> None:
    """ "Chilean troops killed a commander": a bare agent of the role of the clause's
    subject is not of the subject's side for being named after it; what troops do to a
    commander tells nothing of whose he is, and is mostly done to the other side. The
    act stands, aimed at a commander of no side (MIL), not dropped as done to itself."""
    (event,) = run(A_COMMANDER_KILLED).events
    assert (event.source, actors_of(A_COMMANDER_KILLED)[event.target or ""][0]) == (
        "chilean_military",
        "MIL",
    )
    # nor is the owner an "of" phrase names on what they act on: "Hezbollah guerrillas
    # killed the chief of the militia" is no killing of Hezbollah's own chief
    (killing,) = run(THE_CHIEF_OF_AN_ARMED_GROUP_KILLED).events
    assert (killing.source, killing.cameo[:2]) == ("hezbollah", "19")
    assert actors_of(THE_CHIEF_OF_AN_ARMED_GROUP_KILLED)[killing.target or ""][0] == "UAF"
    # unless the doers are named by the same word: "Hezbollah guerrillas killed the chief
    # of the guerrillas" killed their own, no act on another side
    assert not run(THE_CHIEF_OF_THEIR_OWN_KILLED).events
    # an order is given to one's own: "the Chilean army chief ordered the troops to
    # attack Peru" is Chile's attack (only force and coercion set the two apart)
    assert source_code(TROOPS_ORDERED_BY_THEIR_CHIEF) == "CHLMIL"


FARMERS_ORDERED = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
ordered    1 ROOT     VERB  VBD order
Chilean    3 amod     ADJ   JJ  chilean    NORP
farmers    1 dobj     NOUN  NNS farmer
to         5 aux      PART  TO  to
end        1 xcomp    VERB  VB  end
their      7 poss     PRON  PRP$ their
protest    5 dobj     NOUN  NN  protest
.          1 punct    PUNCT .   .
""")


def test_an_order_to_people_a_state_does_not_command_is_a_demand() -> None:
    """ "Chile ordered Chilean farmers to end their protest": farmers are of Chile's
    country but no forces it commands (people who bear no arms, the opposition), so the
    order is a demand on them, as "ordered Peru to withdraw" is, not the act ordered
    done by them."""
    found = {
        (e.source, e.cameo[:2], actors_of(FARMERS_ORDERED)[e.target or ""][0])
        for e in run(FARMERS_ORDERED).events
    }
    assert found == {("chile", "10", "CHLAGR")}


A_STORY_TOLD_BESIDE_AN_EMBASSY = parsed("""
Police     1 nsubj    NOUN  NNS police
arrested   1 ROOT     VERB  VBD arrest
students   1 dobj     NOUN  NNS student
.          1 punct    PUNCT .   .
The        6 det      DET   DT  the
U.S.       6 compound PROPN NNP U.S.      GPE
embassy    7 nsubj    NOUN  NN  embassy
criticised 7 ROOT     VERB  VBD criticise
Peru       7 dobj     PROPN NNP Peru      GPE
.          7 punct    PUNCT .   .
The        12 det     DET   DT  the
U.S.       12 compound PROPN NNP U.S.     GPE
embassy    13 nsubj   NOUN  NN  embassy
accused    13 ROOT    VERB  VBD accuse
Bolivia    13 dobj    PROPN NNP Bolivia   GPE
.          13 punct   PUNCT .   .
Peru       18 nsubj   PROPN NNP Peru      GPE
rejected   18 ROOT    VERB  VBD reject
it         18 dobj    PRON  PRP it
.          18 punct   PUNCT .   .
""")


AN_EMBASSY_SPEAKING_IN_A_STATEMENT = parsed("""
Police     1 nsubj    NOUN  NNS police
arrested   1 ROOT     VERB  VBD arrest
students   1 dobj     NOUN  NNS student
.          1 punct    PUNCT .   .
The        6 det      DET   DT  the
U.S.       6 compound PROPN NNP U.S.      GPE
embassy    10 nsubj   NOUN  NN  embassy
in         6 prep     ADP   IN  in
a          9 det      DET   DT  a
statement  7 pobj     NOUN  NN  statement
criticised 10 ROOT    VERB  VBD criticise
Peru       10 dobj    PROPN NNP Peru      GPE
.          10 punct   PUNCT .   .
The        15 det     DET   DT  the
U.S.       15 compound PROPN NNP U.S.     GPE
embassy    19 nsubj   NOUN  NN  embassy
in         15 prep    ADP   IN  in
a          18 det     DET   DT  a
statement  16 pobj    NOUN  NN  statement
accused    19 ROOT    VERB  VBD accuse
Bolivia    19 dobj    PROPN NNP Bolivia   GPE
.          19 punct   PUNCT .   .
Peru       23 nsubj   PROPN NNP Peru      GPE
rejected   23 ROOT    VERB  VBD reject
it         23 dobj    PRON  PRP it
.          23 punct   PUNCT .   .
""")


def test_a_country_whose_embassy_the_story_names_is_not_its_home() -> None:
    """Named in as many sentences as Peru, the United States is here by its embassy, a
    foreigner where the story happens: the story is Peru's, and its bare "police" are
    Peru's police (PERCOP), where a tie between the two would leave them no side."""
    codes = {code for code, _, _ in actors_of(A_STORY_TOLD_BESIDE_AN_EMBASSY).values()}
    assert "PERCOP" in codes
    assert "COP" not in codes
    # "in a statement" says how it spoke, not where it sits
    assert "PERCOP" in {c for c, _, _ in actors_of(AN_EMBASSY_SPEAKING_IN_A_STATEMENT).values()}


def opening_an_agent(word: str, lemma: str) -> Doc:
    """ "Chile said so. {word} policemen attacked Peru." """
    return parsed(f"""
Chile     1 nsubj PROPN NNP Chile    GPE
said      1 ROOT  VERB  VBD say
so        1 advmod ADV  RB  so
.         1 punct PUNCT .   .
{word}    5 amod  ADJ   JJ  {lemma}
policemen 6 nsubj NOUN  NNS policeman
attacked  6 ROOT  VERB  VBD attack
Peru      6 dobj  PROPN NNP Peru     GPE
.         6 punct PUNCT .   .
""")


def test_a_quantifier_opening_a_sentence_names_no_group() -> None:
    """ "Many policemen" are the police, the bare agent, capitalised though "Many" is as
    a sentence's first word; "Unidentified policemen" stay a group of their own."""
    labels = {a.label for a in run(opening_an_agent("Many", "many")).actors}
    assert "police" in labels and "many policemen" not in labels
    assert "unidentified policemen" in {
        a.label for a in run(opening_an_agent("Unidentified", "unidentified")).actors
    }


A_FIRMS_SPOKESMAN = parsed("""
A          2 det      DET   DT  a
Boeing     2 compound PROPN NNP Boeing     ORG
spokesman  3 nsubj    NOUN  NN  spokesman
criticised 3 ROOT     VERB  VBD criticise
Japan      3 dobj     PROPN NNP Japan      GPE
.          3 punct    PUNCT .   .
The        7 det      DET   DT  the
government 8 nsubj    NOUN  NN  government
accused    8 ROOT     VERB  VBD accuse
Boeing     8 dobj     PROPN NNP Boeing     ORG
.          8 punct    PUNCT .   .
""")


def test_a_firms_agents_are_the_firm_and_give_no_side_to_a_bare_agent() -> None:
    """ "A Boeing spokesman" is Boeing (a code many firms share names no one of them:
    no "government" of it labelled by another firm's name), and "the government" after
    it is no government of Boeing, which it accuses."""
    actors = actors_of(A_FIRMS_SPOKESMAN)
    assert all(
        not (code or "").startswith("MNCUSA") or code == "MNCUSA" for code, _, _ in actors.values()
    )
    assert pairs(A_FIRMS_SPOKESMAN) == {("boeing", "11", "japan"), ("government", "11", "boeing")}


OFFERS_DECLINED = parsed("""
Peru     1 nsubj  PROPN NNP Peru  GPE
declined 1 ROOT   VERB  VBD decline
two      3 nummod NUM   CD  two
offers   1 dobj   NOUN  NNS offer
from     3 prep   ADP   IN  from
Chile    4 pobj   PROPN NNP Chile GPE
.        1 punct  PUNCT .   .
""")


def test_an_actor_declining_what_is_counted_rejects_it() -> None:
    """ "Peru declined two offers from Chile": an actor refuses things it counts; only a
    thing's decline by an amount ("exports declined 12 pct") refuses nothing."""
    assert pairs(OFFERS_DECLINED) == {("peru", "12", "chile")}


APPEAL_ECHOED = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
echoed   1 ROOT  VERB  VBD echo
a        4 det   DET   DT  a
Peruvian 4 amod  ADJ   JJ  peruvian NORP
appeal   1 dobj  NOUN  NN  appeal
.        1 punct PUNCT .   .
""")


def test_a_verb_that_is_no_verb_of_saying_does_the_act_its_object_names() -> None:
    """REPEAT's "- * APPEAL" (020): "Chile echoed a Peruvian appeal" is Chile's appeal
    too, not only Peru's; only a verb of saying reports another's act."""
    assert ("chile", "02", "peru") in pairs(APPEAL_ECHOED)


CONFERENCE_ATTACKED_BY_GUNMEN = parsed("""
Gunmen     1 nsubj    NOUN  NNS gunman
attacked   1 ROOT     VERB  VBD attack
a          4 det      DET   DT  a
peace      4 compound NOUN  NN  peace
conference 1 dobj     NOUN  NN  conference
.          1 punct    PUNCT .   .
""")

PART_CAPTURED = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
captured 1 ROOT  VERB  VBD capture
part     1 dobj  NOUN  NN  part
of       2 prep  ADP   IN  of
the      5 det   DET   DT  the
city     3 pobj  NOUN  NN  city
.        1 punct PUNCT .   .
""")


def test_armed_doers_and_other_verbs_patterns_keep_force_force() -> None:
    """ATTACK's "- * CONFERENCE" (111) reads a verbal attack, but gunmen attacking a
    conference use force; and the block's "- * PART" (030, written for TAKE PART) says
    nothing of "Peru captured part of the city"."""
    assert {code for _, code, _ in pairs(CONFERENCE_ATTACKED_BY_GUNMEN)} == {"19"}
    assert {code for _, code, _ in pairs(PART_CAPTURED)} == {"19"}


RETOOK_TOWN = parsed("""
Peru   1 nsubj PROPN NNP Peru  GPE
retook 1 ROOT  VERB  VBD retake
the    3 det   DET   DT  the
town   1 dobj  NOUN  NN  town
from   1 prep  ADP   IN  from
Chile  4 pobj  PROPN NNP Chile GPE
.      1 punct PUNCT .   .
""")


def test_capturing_occupying_and_retaking_ground_occupy_territory() -> None:
    """ "Peru retook the town from Chile", "Peru captured part of the city": taking and
    holding ground is force of its own code, occupying territory (192), not force at
    large (19), nor the verb dictionary's seizure of property (171)."""
    assert coded_pairs(RETOOK_TOWN) == {("peru", "192", "chile")}
    assert {e.cameo for e in run(PART_CAPTURED).events} == {"192"}


DEMAND_MADE_FOR = parsed("""
Peru       1 nsubj PROPN NNP Peru     GPE
made       1 ROOT  VERB  VBD make
a          3 det   DET   DT  a
demand     1 dobj  NOUN  NN  demand
for        3 prep  ADP   IN  for
the        6 det   DET   DT  the
withdrawal 4 pobj  NOUN  NN  withdrawal
of         6 prep  ADP   IN  of
Chilean    9 amod  ADJ   JJ  chilean  NORP
troops     7 pobj  NOUN  NNS troop
.          1 punct PUNCT .   .
""")


def test_a_request_noun_asks_the_actor_of_what_it_asks_for() -> None:
    """ "Peru made a demand for the withdrawal of Chilean troops": a demand noun's "for"
    phrase names what is asked, and the actor of that act is whom it asks, as the verb's
    object gives it in "Peru demanded the withdrawal of Chilean troops"."""
    assert pairs(DEMAND_MADE_FOR) == {("peru", "10", "chilean_military")}


WARNING_REPEATED = parsed("""
Peru     1 nsubj PROPN NNP  Peru  GPE
repeated 1 ROOT  VERB  VBD  repeat
its      3 poss  PRON  PRP$ its
warning  1 dobj  NOUN  NN   warning
to       1 prep  ADP   IN   to
Chile    4 pobj  PROPN NNP  Chile GPE
.        1 punct PUNCT .    .
""")


def test_a_verb_of_doing_it_again_does_the_act_its_object_names() -> None:
    """ "Peru repeated its warning to Chile": repeating, reiterating or renewing a
    warning warns again (a light verb of the noun's act), so the "to" phrase the parser
    hangs on the verb names whom the warning is aimed at, as with "gave a warning to
    Chile"."""
    assert pairs(WARNING_REPEATED) == {("peru", "13", "chile")}


BLOC_DIPLOMAT = parsed("""
A          3 det      DET   DT  a
Soviet     2 amod     ADJ   JJ  soviet     NORP
bloc       3 compound NOUN  NN  bloc
diplomat   4 nsubj    NOUN  NN  diplomat
criticised 4 ROOT     VERB  VBD criticise
Peru       4 dobj     PROPN NNP Peru       GPE
.          4 punct    PUNCT .   .
""")


def test_a_side_on_a_modifying_noun_that_is_no_agent_is_not_the_agent_s() -> None:
    """ "A Soviet bloc diplomat" may be Polish: the bloc is no agent of the Soviets, so
    the diplomat keeps the role alone (GOV)."""
    assert source_code(BLOC_DIPLOMAT) == "GOV"


AN_ENVOY_WHERE_HE_SITS = parsed("""
Police     1 nsubj    NOUN  NNS police
arrested   1 ROOT     VERB  VBD arrest
students   1 dobj     NOUN  NNS student
.          1 punct    PUNCT .   .
Peru       6 poss     PROPN NNP Peru       GPE
's         4 case     PART  POS 's
ambassador 9 nsubj    NOUN  NN  ambassador
to         6 prep     ADP   IN  to
Bolivia    7 pobj     PROPN NNP Bolivia    GPE
spoke      9 ROOT     VERB  VBD speak
.          9 punct    PUNCT .   .
Peru       12 nsubj   PROPN NNP Peru       GPE
accused    12 ROOT    VERB  VBD accuse
the        14 det     DET   DT  the
rebels     12 dobj    NOUN  NNS rebel
.          12 punct   PUNCT .   .
""")


def test_a_country_whose_envoy_the_story_places_elsewhere_may_be_its_home() -> None:
    """ "Peru's ambassador to Bolivia": the text says where the envoy sits, so the
    story may be Peru's own, as it is, and its bare "police" are Peru's."""
    codes = {code for code, _, _ in actors_of(AN_ENVOY_WHERE_HE_SITS).values()}
    assert "PERCOP" in codes


ONE_SENTENCE_AT_HOME = parsed("""
President  2 compound PROPN NNP President
Ana        2 compound PROPN NNP Ana        B-PERSON
Quispe     3 nsubj    PROPN NNP Quispe     I-PERSON
threatened 3 ROOT     VERB  VBD threaten
the        5 det      DET   DT  the
rebels     3 dobj     NOUN  NNS rebel
in         3 prep     ADP   IN  in
Peru       6 pobj     PROPN NNP Peru       GPE
.          3 punct    PUNCT .   .
""")


def test_the_one_country_of_a_one_sentence_article_is_its_office_holders() -> None:
    """ "President Ana Quispe threatened the rebels in Peru": in a sentence coded alone,
    as event data sets come, a president the dictionaries do not list holds the office
    of the one country it names (PERGOV); the bare rebels keep their role alone, one
    sentence being too little to tell a story's home."""
    actors = actors_of(ONE_SENTENCE_AT_HOME)
    assert actors["ana_quispe"][0] == "PERGOV"
    assert actors["rebels"][0] == "REB"


A_FIRMS_WORKERS = parsed("""
Boeing   1 compound PROPN NNP Boeing  ORG
workers  2 nsubj    NOUN  NNS worker
struck   2 ROOT     VERB  VBD strike
.        2 punct    PUNCT .   .
The      5 det      DET   DT  the
workers  6 nsubj    NOUN  NNS worker
demanded 6 ROOT     VERB  VBD demand
higher   8 amod     ADJ   JJR high
pay      6 dobj     NOUN  NN  pay
.        6 punct    PUNCT .   .
""")


def test_a_firms_workers_are_the_firm_and_so_are_the_workers_after_them() -> None:
    """ "Boeing workers struck. The workers demanded higher pay.": workers are no state
    institution, so the firm's side passes to them as to any bare agent of the role."""
    assert {source for source, _, _ in pairs(A_FIRMS_WORKERS)} == {"boeing"}


ARREST_PROTESTED = parsed("""
Peruvian  1 amod  ADJ   JJ  peruvian  NORP
students  2 nsubj NOUN  NNS student
protested 2 ROOT  VERB  VBD protest
the       4 det   DET   DT  the
arrest    2 dobj  NOUN  NN  arrest
of        4 prep  ADP   IN  of
the       8 det   DET   DT  the
opposition 8 compound NOUN NN opposition
leader    5 pobj  NOUN  NN  leader
.         2 punct PUNCT .   .
""")


def test_a_protest_is_no_figure_of_speech_whatever_the_verbs_patterns_say() -> None:
    """Only force is read as words by the patterns of its verb: "students protested the
    arrest" is a protest (14), not a rally of support (PROTEST's "- * ARREST", 053)."""
    assert {code for _, code, _ in pairs(ARREST_PROTESTED)} == {"14"}


A_BODY_SPLIT_IN_TWO = parsed("""
The      3 det      DET   DT  the      B-ORG
National 3 compound PROPN NNP National I-ORG
Security 3 compound PROPN NNP Security B-ORG
Council  4 nsubj    PROPN NNP Council  I-ORG
accused  4 ROOT     VERB  VBD accuse
Peru     4 dobj     PROPN NNP Peru     GPE
.        4 punct    PUNCT .   .
""")


def test_a_name_ending_a_longer_agent_noun_is_that_agent() -> None:
    """The model splits "the National Security Council" in two, and the dictionaries
    know "Security Council" as the U.N.'s; the whole is the agent
    NATIONAL_SECURITY_COUNCIL, a state's council (GOVMIL), not the United Nations."""
    assert source_code(A_BODY_SPLIT_IN_TWO) == "GOVMIL"


PARTY_WITH_A_GLOSS = parsed("""
The       5 det      DET   DT    the
Umma      5 compound PROPN NNP   Umma      B-ORG
(         3 punct    PUNCT -LRB- (         I-ORG
Nation    1 appos    PROPN NNP   Nation    I-ORG
)         3 punct    PUNCT -RRB- )
party     6 nsubj    NOUN  NN    party
boycotted 6 ROOT     VERB  VBD   boycott
Peru      6 dobj     PROPN NNP   Peru      GPE
.         6 punct    PUNCT .     .
""")

A_COUNTED_ARMY = parsed("""
The       5 det      DET   DT  the
1.6       2 nummod   NUM   CD  1.6
mln       5 compound NUM   CD  mln
strong    5 amod     ADJ   JJ  strong
regular   5 amod     ADJ   JJ  regular
army      6 nsubj    NOUN  NN  army
attacked  6 ROOT     VERB  VBD attack
Peru      6 dobj     PROPN NNP Peru     GPE
.         6 punct    PUNCT .   .
""")


def test_labels_keep_no_half_bracket_and_no_count() -> None:
    """The model takes "Umma (Nation" for the name of "the Umma (Nation) party": the
    label is "Umma", no bracket left open; "the 1.6 mln strong regular army" is the
    military, not a group named "1.6 mln"."""
    assert {e.source for e in run(PARTY_WITH_A_GLOSS).events} == {"umma"}
    (event,) = run(A_COUNTED_ARMY).events
    assert event.source == "military"


PRICE_DECLINED = parsed("""
Peru     1 nsubj  PROPN NNP Peru  GPE
declined 1 ROOT   VERB  VBD decline
1-1/4    1 dobj   NUM   CD  1-1/4 CARDINAL
to       1 prep   ADP   IN  to
120      3 pobj   NUM   CD  120   CARDINAL
.        1 punct  PUNCT .   .
""")

SOLUTION_ATTACKED = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
attacked 1 ROOT  VERB  VBD attack
the      4 det   DET   DT  the
Chilean  4 amod  ADJ   JJ  chilean  NORP
solution 1 dobj  NOUN  NN  solution
.        1 punct PUNCT .   .
""")

MEMBERS_OF_THE_SENATE = parsed("""
Members    4 nsubj PROPN NNPS Members
of         0 prep  ADP   IN   of
the        3 det   DET   DT   the
Senate     1 pobj  PROPN NNP  Senate    ORG
criticised 4 ROOT  VERB  VBD  criticise
Peru       4 dobj  PROPN NNP  Peru      GPE
.          4 punct PUNCT .    .
""")


def test_second_review_guards() -> None:
    """A number or a percentage is refused by nobody, an actor's included ("Peru
    declined 1-1/4 to 120": a price); a pattern whose comment names its verb among
    others ("- * &SOLUTION [111] # ATTACK , ATTACK") is written for it; an agent joined
    to a name by a preposition ("Members of the Senate") leaves the name its actor."""
    assert run(PRICE_DECLINED).events == ()
    assert pairs(SOLUTION_ATTACKED) == {("peru", "11", "chile")}
    assert source_code(MEMBERS_OF_THE_SENATE) == "USAGOVLEG"


CALLED_ON_AUTHORITIES = parsed("""
Britain     1 nsubj    PROPN NNP Britain   GPE
called      1 ROOT     VERB  VBD call
on          1 prt      ADP   RP  on
Argentine   4 compound PROPN NNP Argentine NORP
authorities 2 pobj     NOUN  NNS authority
to          6 aux      PART  TO  to
release     1 xcomp    VERB  VB  release
the         8 det      DET   DT  the
prisoners   6 dobj     NOUN  NNS prisoner
.           1 punct    PUNCT .   .
""")


def test_a_trigger_s_particle_with_an_object_heads_the_target_s_phrase() -> None:
    """The parser may read "on" of "called on Argentine authorities to" as the verb's
    particle and still hang the authorities on it as its object: the particle heads the
    appeal's target phrase, as the preposition would."""
    assert pairs(CALLED_ON_AUTHORITIES) == {("united_kingdom", "02", "argentine_government")}


VOTED_TO_CONDEMN = parsed("""
The      1 det   DET   DT  the
Senate   2 nsubj PROPN NNP Senate  ORG
voted    2 ROOT  VERB  VBD vote
to       4 aux   PART  TO  to
condemn  2 xcomp VERB  VB  condemn
Japan    4 dobj  PROPN NNP Japan   GPE
.        2 punct PUNCT .   .
""")


MINERS_VOTED = parsed("""
Peruvian 1 amod  ADJ   JJ  peruvian NORP
miners   2 nsubj NOUN  NNS miner
voted    2 ROOT  VERB  VBD vote
to       4 aux   PART  TO  to
strike   2 xcomp VERB  VB  strike
.        2 punct PUNCT .   .
""")


def test_a_body_s_vote_to_act_is_the_act() -> None:
    """A vote to condemn is the body's condemnation, as a decision to act is the act
    (the verb dictionary's SELECT block codes a bare VOTE as intent, 030, which the
    complement's own event replaces); people who vote to strike have only balloted."""
    assert coded_pairs(VOTED_TO_CONDEMN) == {("senate", "111", "japan")}
    assert not [e for e in run(MINERS_VOTED).events if e.cameo.startswith("14")]


STATE_PROTESTS = parsed("""
France    1 nsubj PROPN NNP France   GPE
protested 1 ROOT  VERB  VBD protest
over      1 prep  ADP   IN  over
the       5 det   DET   DT  the
Canadian  5 amod  ADJ   JJ  canadian NORP
decision  2 pobj  NOUN  NN  decision
.         1 punct PUNCT .   .
""")

STUDENTS_PROTEST = parsed("""
Students   1 nsubj NOUN  NNS student
protested  1 ROOT  VERB  VBD protest
against    1 prep  ADP   IN  against
the        4 det   DET   DT  the
government 2 pobj  NOUN  NN  government
.          1 punct PUNCT .   .
""")

LODGED_A_PROTEST = parsed("""
Serbia   1 nsubj PROPN NNP Serbia   GPE
lodged   1 ROOT  VERB  VBD lodge
an       4 det   DET   DT  an
official 4 amod  ADJ   JJ  official
protest  1 dobj  NOUN  NN  protest
with     4 prep  ADP   IN  with
Albania  5 pobj  PROPN NNP Albania  GPE
.        1 punct PUNCT .   .
""")


PEOPLE_PROTEST = parsed("""
Peruvians 1 nsubj PROPN NNPS Peruvians NORP
protested 1 ROOT  VERB  VBD  protest
against   1 prep  ADP   IN   against
Chile     2 pobj  PROPN NNP  Chile     GPE
.         1 punct PUNCT .    .
""")


def test_a_state_s_protest_is_an_official_complaint_and_people_s_a_demonstration() -> None:
    """CAMEO's 114 is a formal complaint or protest, 14 the protest people make on the
    street: a country, coded without a role and named by its name, protests by its
    government, in words, while its people named by their nationality ("Peruvians")
    demonstrate; a protest lodged is one act, the verb's complaint, not a demonstration
    besides."""
    assert [(e.source, e.cameo, e.target) for e in run(STATE_PROTESTS).events] == [
        ("france", "114", "canada")
    ]
    assert [(e.source, e.cameo[:2]) for e in run(PEOPLE_PROTEST).events] == [("peru", "14")]
    assert [e.cameo[:2] for e in run(STUDENTS_PROTEST).events] == ["14"]
    assert [(e.source, e.cameo, e.target) for e in run(LODGED_A_PROTEST).events] == [
        ("serbia", "114", "albania")
    ]


TALKS_HELD_BETWEEN = parsed("""
The     1 det   DET   DT  the
talks   7 nsubj NOUN  NNS talk
held    1 acl   VERB  VBN hold
between 2 prep  ADP   IN  between
Canada  3 pobj  PROPN NNP Canada GPE
and     4 cc    CCONJ CC  and
France  4 conj  PROPN NNP France GPE
ended   7 ROOT  VERB  VBD end
.       7 punct PUNCT .   .
""")


def test_the_parties_of_an_event_noun_may_follow_its_participle() -> None:
    """ "The talks held between Canada and France": the "between" phrase hangs on the
    participle after the noun, and names the talks' parties all the same."""
    assert pairs(TALKS_HELD_BETWEEN) == {("canada", "04", "france"), ("france", "04", "canada")}


BOTH_SIDES_NEGOTIATORS = parsed("""
U.S.        3 nmod  PROPN NNP U.S.       GPE
and         0 cc    CCONJ CC  and
Soviet      0 conj  ADJ   JJ  soviet     NORP
negotiators 4 nsubj NOUN  NNS negotiator
met         4 ROOT  VERB  VBD meet
in          4 prep  ADP   IN  in
Geneva      5 pobj  PROPN NNP Geneva     GPE
.           4 punct PUNCT .   .
""")


TALKS_BETWEEN_NEGOTIATORS = parsed("""
Talks       6 nsubj NOUN  NNS talk
between     0 prep  ADP   IN  between
U.S.        5 nmod  PROPN NNP U.S.       GPE
and         2 cc    CCONJ CC  and
Soviet      2 conj  ADJ   JJ  soviet     NORP
negotiators 1 pobj  NOUN  NNS negotiator
resumed     6 ROOT  VERB  VBD resume
.           6 punct PUNCT .   .
""")


def test_coordinated_sides_on_one_agent_noun_name_an_agent_of_each() -> None:
    """ "U.S. and Soviet negotiators": the noun names the negotiators of both sides, who
    met each other, not the Americans alone; so do talks between them, two parties
    though the "between" phrase holds one noun."""
    both = {
        ("american_government", "04", "russian_government"),
        ("russian_government", "04", "american_government"),
    }
    assert pairs(BOTH_SIDES_NEGOTIATORS) == both
    assert pairs(TALKS_BETWEEN_NEGOTIATORS) == both


TROOPS_CLASHED = parsed("""
Chadian 3 amod  ADJ   JJ  chadian NORP
and     0 cc    CCONJ CC  and
Libyan  0 conj  ADJ   JJ  libyan  NORP
troops  4 nsubj NOUN  NNS troop
clashed 4 ROOT  VERB  VBD clash
near    4 prep  ADP   IN  near
the     7 det   DET   DT  the
border  5 pobj  NOUN  NN  border
.       4 punct PUNCT .   .
""")

STATES_CLASHED = parsed("""
Peru    3 nsubj PROPN NNP Peru  GPE
and     0 cc    CCONJ CC  and
Chile   0 conj  PROPN NNP Chile GPE
clashed 3 ROOT  VERB  VBD clash
.       3 punct PUNCT .   .
""")


def test_sides_that_clash_each_fight_the_other() -> None:
    """A clash is force two sides use on each other: coordinated subjects, and no other
    target, are each the other's target (and the troops of two sides are two actors)."""
    assert pairs(TROOPS_CLASHED) == {
        ("chadian_military", "19", "libyan_military"),
        ("libyan_military", "19", "chadian_military"),
    }
    assert coded_pairs(STATES_CLASHED) == {
        ("peru", "190", "chile"),
        ("chile", "190", "peru"),
    }


ARMY_AND_REBELS_FOUGHT = parsed("""
The    1 det   DET   DT  the
army   5 nsubj NOUN  NN  army
and    1 cc    CCONJ CC  and
the    4 det   DET   DT  the
rebels 1 conj  NOUN  NNS rebel
fought 5 ROOT  VERB  VBD fight
near   5 prep  ADP   IN  near
the    8 det   DET   DT  the
border 6 pobj  NOUN  NN  border
.      5 punct PUNCT .   .
""")

ALL_SIDES = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
urged  1 ROOT  VERB  VBD urge
all    3 det   DET   DT  all
sides  1 dobj  NOUN  NNS side
to     5 aux   PART  TO  to
cease  1 xcomp VERB  VB  cease
fire   5 dobj  NOUN  NN  fire
.      1 punct PUNCT .   .
""")


def test_sides_that_fight_with_no_other_target_fight_each_other() -> None:
    """ "The army and the rebels fought near the border": fighting, like a clash, is
    force two coordinated subjects use on each other where the clause names no other
    target (CAMEO 190, the code of the dictionary's FIGHT)."""
    assert coded_pairs(ARMY_AND_REBELS_FOUGHT) == {
        ("military", "190", "rebels"),
        ("rebels", "190", "military"),
    }


def test_sides_the_text_does_not_name_are_no_actor() -> None:
    """ "Chile urged all sides to cease fire": whose sides, the sentence does not say, so
    the appeal has no target, where the agent noun "side" alone ("the Iranian side") would
    have made a government of no country its target."""
    assert pairs(ALL_SIDES) == {("chile", "02", None)}
    assert {a.key for a in run(ALL_SIDES).actors} == {"chile"}


UNDEFINED_SHORT_FORM_TABLE = """
The         1 det       DET   DT   the
case        3 nsubjpass NOUN  NN   case
was         3 auxpass   AUX   VBD  be
filed       3 ROOT      VERB  VBN  file
by          3 agent     ADP   IN   by
the         9 det       DET   DT   the
Peruvian    9 amod      ADJ   JJ   peruvian
Coffee      8 compound  PROPN NNP  Coffee
Growers     9 compound  PROPN NNPS Growers
Association 4 pobj      PROPN NNP  Association
.           3 punct     PUNCT .    .
The         12 det      DET   DT   the
PCGA        13 nsubj    PROPN NNP  PCGA        ORG
praised     13 ROOT     VERB  VBD  praise
Chile       13 dobj     PROPN NNP  Chile       GPE
.           13 punct    PUNCT .    .
"""


def test_a_short_form_spelling_an_earlier_names_initials_is_that_name() -> None:
    """News may use a short form it never defines: "the Peruvian Coffee Growers
    Association ... The PCGA praised Chile" is the association, by its name, though the
    model tagged no entity there; letters that spell no earlier name's initials stay a
    name of their own."""
    assert pairs(parsed(UNDEFINED_SHORT_FORM_TABLE)) == {
        ("peruvian_coffee_growers_association", "05", "chile")
    }
    other = parsed(UNDEFINED_SHORT_FORM_TABLE.replace("PCGA", "PCGX"))
    assert pairs(other) == {("pcgx", "05", "chile")}


EXPORTS_TOTALLED = parsed("""
Peruvian 1 amod     ADJ   JJ  peruvian NORP
exports  4 nsubj    NOUN  NNS export
to       1 prep     ADP   IN  to
Chile    2 pobj     PROPN NNP Chile    GPE
totalled 4 ROOT     VERB  VBD total
about    7 quantmod ADV   RB  about    B-MONEY
8        7 compound NUM   CD  8        I-MONEY
billion  9 nummod   NUM   CD  billion  I-MONEY
U.S.     9 compound PROPN NNP U.S.     GPE
dollars  4 dobj     NOUN  NNS dollar
.        4 punct    PUNCT .   .
""")


def test_a_figure_a_thing_amounts_to_is_no_statement() -> None:
    """ "Peruvian exports to Chile totalled about 8 billion U.S. dollars": the verb
    dictionary's ESTIMATE block codes TOTAL a statement (010), but exports state nothing
    to anyone, least of all to the country whose currency counts them."""
    assert not run(EXPORTS_TOTALLED).events


WARNED_NOT_TO_HELP = parsed("""
Peru    1 nsubj PROPN NNP Peru    GPE
warned  1 ROOT  VERB  VBD warn
Chile   1 dobj  PROPN NNP Chile   GPE
not     5 neg   PART  RB  not
to      5 aux   PART  TO  to
help    1 xcomp VERB  VB  help
Bolivia 5 dobj  PROPN NNP Bolivia GPE
.       1 punct PUNCT .   .
""")

CLAIMED_TO_HAVE_DOWNED = parsed("""
Peru    1 nsubj PROPN NNP Peru    GPE
claimed 1 ROOT  VERB  VBD claim
to      4 aux   PART  TO  to
have    4 aux   AUX   VB  have
shot    1 xcomp VERB  VBN shoot
down    4 prt   ADP   RP  down
a       8 det   DET   DT  a
Chilean 8 amod  ADJ   JJ  chilean NORP
jet     4 dobj  NOUN  NN  jet
.       1 punct PUNCT .   .
""")


def test_what_an_addressee_is_told_to_do_is_no_reported_act() -> None:
    """ "Peru warned Chile not to help Bolivia": the warning is Peru's, and Chile's not
    helping Bolivia is what Chile is told, no refusal Peru reports; "Peru claimed to have
    shot down a Chilean jet", with no addressee, reports the act, claimed."""
    assert {(e.source, e.cameo[:2], e.target) for e in run(WARNED_NOT_TO_HELP).events} == {
        ("peru", "13", "chile")
    }
    (downed,) = run(CLAIMED_TO_HAVE_DOWNED).events
    assert (downed.source, downed.cameo[:2], downed.modality) == ("peru", "19", "claimed")


DEMANDED_THAT = parsed("""
Peru     1 nsubj PROPN NNP Peru  GPE
demanded 1 ROOT  VERB  VBD demand
that     4 mark  SCONJ IN  that
Chile    4 nsubj PROPN NNP Chile GPE
withdraw 1 ccomp VERB  VB  withdraw
its      6 poss  PRON  PRP$ its
troops   4 dobj  NOUN  NNS troop
.        1 punct PUNCT .   .
""")

PROPOSED_THAT = parsed("""
Peru     1 nsubj PROPN NNP Peru    GPE
proposed 1 ROOT  VERB  VBD propose
that     6 mark  SCONJ IN  that
Chile    6 nsubj PROPN NNP Chile   GPE
and      3 cc    CCONJ CC  and
Bolivia  3 conj  PROPN NNP Bolivia GPE
hold     1 ccomp VERB  VBP hold
talks    6 dobj  NOUN  NNS talk
.        1 punct PUNCT .   .
""")


INSISTED_THAT = parsed("""
Peru     1 nsubj PROPN NNP Peru    GPE
insisted 1 ROOT  VERB  VBD insist
that     6 mark  SCONJ IN  that
Chilean  4 amod  ADJ   JJ  chilean NORP
planes   6 nsubj NOUN  NNS plane
had      6 aux   AUX   VBD have
bombed   1 ccomp VERB  VBN bomb
Bolivia  6 dobj  PROPN NNP Bolivia GPE
.        1 punct PUNCT .   .
""")


INSISTED_THAT_WITHDRAW = parsed("""
Peru     1 nsubj PROPN NNP Peru    GPE
insisted 1 ROOT  VERB  VBD insist
that     4 mark  SCONJ IN  that
Chile    4 nsubj PROPN NNP Chile   GPE
withdraw 1 ccomp VERB  VB  withdraw
its      6 poss  PRON  PRP$ its
troops   4 dobj  NOUN  NNS troop
.        1 punct PUNCT .   .
""")


INSISTED_THAT_REMAIN = parsed("""
Peru     1 nsubj PROPN NNP Peru    GPE
insisted 1 ROOT  VERB  VBD insist
that     4 mark  SCONJ IN  that
Chile    4 nsubj PROPN NNP Chile   GPE
remain   1 ccomp VERB  VB  remain
neutral  4 acomp ADJ   JJ  neutral
.        1 punct PUNCT .   .
""")


def test_insisting_that_another_act_demands_it() -> None:
    """ "Peru insisted that Chile withdraw its troops": the base form asks the act of
    Chile, so the verb of saying is read as its dictionary reads it, INSIST's demand
    (100), aimed at Chile; no withdrawal is reported. Insisting on what happened
    ("insisted that Chilean planes had bombed Bolivia") is a statement of the bombing,
    and insisting on a state ("that Chile remain neutral") a position."""
    assert coded_pairs(INSISTED_THAT_WITHDRAW) == {("peru", "100", "chile")}
    assert not run(INSISTED_THAT_REMAIN).events  # a position stated, no act asked
    assert {e.cameo[:2] for e in run(INSISTED_THAT).events} == {"19"}


INSISTED_ON_TALKS_WITH = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
insisted 1 ROOT  VERB  VBD insist
on       1 prep  ADP   IN  on
direct   4 amod  ADJ   JJ  direct
talks    2 pobj  NOUN  NNS talk
with     4 prep  ADP   IN  with
Chile    5 pobj  PROPN NNP Chile    GPE
.        1 punct PUNCT .   .
""")


INSISTED_ON_TALKS_BEGUN = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
insisted 1 ROOT  VERB  VBD insist
on       1 prep  ADP   IN  on
direct   4 amod  ADJ   JJ  direct
talks    2 pobj  NOUN  NNS talk
with     4 prep  ADP   IN  with
Chile    5 pobj  PROPN NNP Chile    GPE
,        6 punct PUNCT ,   ,
which    9 nsubj PRON  WDT which
began    6 relcl VERB  VBD begin
in       9 prep  ADP   IN  in
June     10 pobj PROPN NNP June     DATE
.        1 punct PUNCT .   .
""")


def test_talks_insisted_on_are_asked_not_held() -> None:
    """ "Peru insisted on direct talks with Chile" demands them (10); the talks, whose
    first party the clause's subject would be, are not reported as held (04). Told as
    begun in a relative clause ("…, which began in June", which the parser hangs on
    Chile), they were held too."""
    assert pairs(INSISTED_ON_TALKS_WITH) == {("peru", "10", "chile")}
    assert ("peru", "04", "chile") in pairs(INSISTED_ON_TALKS_BEGUN)


NEITHER_PROPOSED = parsed("""
Neither  1 preconj CCONJ CC  neither
Peru     5 nsubj   PROPN NNP Peru     GPE
nor      1 cc      CCONJ CC  nor
Chile    1 conj    PROPN NNP Chile    GPE
has      5 aux     AUX   VBZ have
proposed 5 ROOT    VERB  VBN propose
talks    5 dobj    NOUN  NNS talk
.        5 punct   PUNCT .   .
No       9 det     DET   DT  no
country  11 nsubj  NOUN  NN  country
has      11 aux    AUX   VBZ have
attacked 11 ROOT   VERB  VBN attack
Bolivia  11 dobj   PROPN NNP Bolivia  GPE
.        11 punct  PUNCT .   .
""")


NO_ONE_BUT = parsed("""
No       1 det   DET   DT  no
country  4 nsubj NOUN  NN  country
but      1 cc    CCONJ CC  but
Chile    4 nsubj PROPN NNP Chile    GPE
attacked 4 ROOT  VERB  VBD attack
Bolivia  4 dobj  PROPN NNP Bolivia  GPE
.        4 punct PUNCT .   .
""")


def test_a_subject_naming_no_one_negates_its_clause() -> None:
    """ "Neither Peru nor Chile has proposed talks", "No country has attacked Bolivia":
    the subject names no one who did it, so no act is asserted; "No country but Chile
    attacked Bolivia" says Chile did (the parser makes Chile a second subject)."""
    assert not [e for e in run(NEITHER_PROPOSED).events if not e.negated]
    assert {(e.source, e.cameo[:2], e.target, e.negated) for e in run(NO_ONE_BUT).events} == {
        ("chile", "19", "bolivia", False)
    }


DEMANDED_A_WITHDRAWAL_BY = parsed("""
Peru       1 nsubj PROPN NNP Peru    GPE
demanded   1 ROOT  VERB  VBD demand
a          3 det   DET   DT  a
withdrawal 1 dobj  NOUN  NN  withdrawal
by         3 prep  ADP   IN  by
Chilean    6 amod  ADJ   JJ  chilean NORP
troops     4 pobj  NOUN  NNS troop
.          1 punct PUNCT .   .
""")


def test_an_act_a_demand_asks_of_its_named_doer_has_not_happened() -> None:
    """ "Peru demanded a withdrawal by Chilean troops": the noun names the act and its
    doer, and the demand asks it of them; no withdrawal (08) is reported. Before, the
    troops had withdrawn."""
    assert {p[1] for p in pairs(DEMANDED_A_WITHDRAWAL_BY)} == {"10"}


def test_what_a_demand_or_a_proposal_asks_for_has_not_happened() -> None:
    """ "Peru demanded that Chile withdraw its troops" names no withdrawal, and "Peru
    proposed that Chile and Bolivia hold talks" no talks: the clause is what is asked
    for (by the ontology's demand trigger, by the verb dictionary's SUGGEST block), in
    the base form, which the tagger may read as a present ("hold", VBP); "Peru insisted
    that Chilean planes had bombed Bolivia" reports a bombing, though INSIST's block
    codes a demand."""
    assert pairs(DEMANDED_THAT) == {("peru", "10", "chile")}
    assert pairs(PROPOSED_THAT) == {("peru", "02", "chile"), ("peru", "02", "bolivia")}
    (bombing,) = run(INSISTED_THAT).events
    assert (bombing.source, bombing.cameo[:2], bombing.said_by) == (
        "chilean_military",
        "19",
        "peru",
    )


OPPOSITION_GROUPS = parsed("""
Opposition 1 compound NOUN  NN  opposition
groups     4 nsubj    NOUN  NNS group
in         1 prep     ADP   IN  in
Peru       2 pobj     PROPN NNP Peru  GPE
criticised 4 ROOT     VERB  VBD criticise
Chile      4 dobj     PROPN NNP Chile GPE
.          4 punct    PUNCT .   .
""")


def test_opposition_groups_are_their_country_s_opposition() -> None:
    """ "Opposition groups in Peru criticised Chile": kg's agents add OPPOSITION_GROUP to
    Phoenix's opposition coalitions and factions, so the groups are Peru's opposition."""
    assert actors_of(OPPOSITION_GROUPS)["peruvian_opposition"][0] == "PEROPP"
    assert pairs(OPPOSITION_GROUPS) == {("peruvian_opposition", "11", "chile")}


OWN_OPPOSITION = parsed("""
Peru       2 poss  PROPN NNP Peru  GPE
's         0 case  PART  POS 's
opposition 3 nsubj NOUN  NN  opposition
criticised 3 ROOT  VERB  VBD criticise
Chile      3 dobj  PROPN NNP Chile GPE
.          3 punct PUNCT .   .
""")


def test_a_country_s_opposition_is_an_actor_with_the_opposition_role() -> None:
    """ "Peru's opposition criticised Chile": kg's agents add a bare OPPOSITION to
    Phoenix's main and exiled opposition, so the noun names Peru's opposition (PEROPP),
    not Peru, and not nobody."""
    assert actors_of(OWN_OPPOSITION)["peruvian_opposition"][0] == "PEROPP"
    assert pairs(OWN_OPPOSITION) == {("peruvian_opposition", "11", "chile")}


AGENCY_QUOTED_MINISTER = parsed("""
Peru     3 poss     PROPN NNP Peru     GPE
's       0 case     PART  POS 's
news     3 compound NOUN  NN  news
agency   7 nsubj    NOUN  NN  agency
,        3 punct    PUNCT ,   ,
PNA      3 appos    PROPN NNP PNA      ORG
,        3 punct    PUNCT ,   ,
said     7 ROOT     VERB  VBD say
.        7 punct    PUNCT .   .
PNA      10 nsubj   PROPN NNP PNA
quoted   10 ROOT    VERB  VBD quote
Oil      12 compound PROPN NNP Oil
Minister 14 compound PROPN NNP Minister
Juan     14 compound PROPN NNP Juan    B-PERSON
Perez    10 dobj    PROPN NNP Perez    I-PERSON
as       10 prep    ADP   IN  as
saying   15 pcomp   VERB  VBG say
Chile    18 nsubj   PROPN NNP Chile    GPE
attacked 16 ccomp   VERB  VBD attack
Bolivia  18 dobj    PROPN NNP Bolivia  GPE
.        10 punct   PUNCT .   .
""")


def test_a_named_body_takes_the_code_of_the_agent_noun_in_apposition_to_it() -> None:
    """ "Peru's news agency, PNA, said": the dictionaries do not list PNA, but the
    apposition says what it is, Peru's media (PERMED); and "PNA quoted …", where the
    model tags the acronym no name, is the same agency."""
    assert actors_of(AGENCY_QUOTED_MINISTER)["pna"][0] == "PERMED"
    mentions = [m.sentence for m in run(AGENCY_QUOTED_MINISTER).mentions if m.actor == "pna"]
    assert mentions == [1, 2]


def test_an_office_holder_a_side_s_voice_names_by_title_alone_is_that_side_s() -> None:
    """ "PNA quoted Oil Minister Juan Perez as saying …": a side's own news agency names
    its own ministers by title alone, so, in a story about Peru and Chile alike, Perez
    is Peru's government (PERGOV), not a minister of no country."""
    assert actors_of(AGENCY_QUOTED_MINISTER)["juan_perez"][0] == "PERGOV"


RADIO_MONITORED = parsed("""
Chilean   1 amod  ADJ   JJ  chilean   NORP
radio     7 nsubj NOUN  NN  radio
,         1 punct PUNCT ,   ,
monitored 1 acl   VERB  VBN monitor
by        3 agent ADP   IN  by
the       6 det   DET   DT  the
BBC       4 pobj  PROPN NNP BBC       ORG
said      7 ROOT  VERB  VBD say
Peru      9 nsubj PROPN NNP Peru      GPE
attacked  7 ccomp VERB  VBD attack
Bolivia   9 dobj  PROPN NNP Bolivia   GPE
.         7 punct PUNCT .   .
""")


def test_how_a_report_reached_the_wire_is_no_act() -> None:
    """ "Chilean radio, monitored by the BBC, said Peru attacked Bolivia": the participle
    after the medium's name tells how the wire got the report, not that the BBC
    investigated Chile's radio (MONITOR, 090); the attack is reported as before."""
    assert pairs(RADIO_MONITORED) == {("peru", "19", "bolivia")}


UNITS_NAMED = parsed("""
Peruvian 1 compound PROPN NNP Peruvian B-ORG
Brigade  3 nsubj    PROPN NNP Brigade  I-ORG
604      1 nummod   NUM   CD  604      I-ORG
attacked 3 ROOT     VERB  VBD attack
Chile    3 dobj     PROPN NNP Chile    GPE
.        3 punct    PUNCT .   .
Chile    7 nsubj    PROPN NNP Chile    GPE
attacked 7 ROOT     VERB  VBD attack
the      10 det     DET   DT  the      B-ORG
Tarmun   10 compound PROPN NNP Tarmun  I-ORG
Brigade  7 dobj     PROPN NNP Brigade  I-ORG
of       10 prep    ADP   IN  of
the      14 det     DET   DT  the
Peruvian 14 amod    ADJ   JJ  peruvian NORP
army     11 pobj    NOUN  NN  army
.        7 punct    PUNCT .   .
""")


def test_an_armed_unit_is_coded_as_its_army() -> None:
    """ "Peruvian Brigade 604 attacked Chile", "Chile attacked the Tarmun Brigade of the
    Peruvian army": a brigade (kg's agents add BRIGADE to Phoenix's battalions and
    regiments) is its army, Peru's military (PERMIL), whether a side or its army names
    it; a unit's own name ("Tarmun") names no actor of its own."""
    assert pairs(UNITS_NAMED) == {
        ("peruvian_military", "19", "chile"),
        ("chile", "19", "peruvian_military"),
    }


RESOLUTION_VETOED = parsed("""
Peru       1 nsubj    PROPN NNP Peru       GPE
vetoed     1 ROOT     VERB  VBD veto
a          4 det      DET   DT  a
U.N.       4 compound PROPN NNP U.N.       ORG
resolution 1 dobj     NOUN  NN  resolution
condemning 4 acl      VERB  VBG condemn
Chile      5 dobj     PROPN NNP Chile      GPE
.          1 punct    PUNCT .   .
Peru       9 nsubj    PROPN NNP Peru       GPE
rejected   9 ROOT     VERB  VBD reject
a          11 det     DET   DT  a
resolution 9 dobj     NOUN  NN  resolution
demanding  11 acl     VERB  VBG demand
its        14 poss    PRON  PRP$ its
withdrawal 12 dobj    NOUN  NN  withdrawal
from       14 prep    ADP   IN  from
Bolivia    15 pobj    PROPN NNP Bolivia    GPE
.          9 punct    PUNCT .   .
""")


def test_what_a_message_says_is_its_authors_act_not_its_vetoers() -> None:
    """ "Peru vetoed a U.N. resolution condemning Chile": the resolution condemns nobody
    for Peru, which vetoes it, nor for the U.N., which never adopted it, as CAMEO codes
    a veto (129) alone; "Peru rejected a resolution demanding its withdrawal from
    Bolivia" demands nothing of Peru's, and its author is unnamed. One who issues a
    message speaks by it (see the statement test above), and a message rejected, not
    vetoed, still speaks for its authors (see the test below)."""
    assert pairs(RESOLUTION_VETOED) == {("peru", "12", "united_nations")}


BILL_VETOED = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
vetoed    1 ROOT  VERB  VBD veto
a         3 det   DET   DT  a
bill      1 dobj  NOUN  NN  bill
imposing  3 acl   VERB  VBG impose
sanctions 4 dobj  NOUN  NNS sanction
on        5 prep  ADP   IN  on
Chile     6 pobj  PROPN NNP Chile     GPE
.         1 punct PUNCT .   .
""")


def test_what_a_vetoed_bill_would_do_is_no_ones_act() -> None:
    """ "Peru vetoed a bill imposing sanctions on Chile": the bill never became law, so
    no sanctions (163) are imposed, by Peru least of all."""
    assert not {p for p in pairs(BILL_VETOED) if p[1] == "16"}


RESOLUTION_REJECTED = a_resolution("Peru", "rejected", "reject", "Chile")


def test_a_message_rejected_still_speaks_for_its_authors() -> None:
    """ "Peru rejected a U.N. resolution condemning Chile": the U.N. adopted it; its
    condemnation of Chile stands beside Peru's rejection."""
    assert ("united_nations", "11", "chile") in pairs(RESOLUTION_REJECTED)


CEASEFIRE_CALLED_FOR = parsed("""
Peru      1 nsubj PROPN NNP Peru     GPE
called    1 ROOT  VERB  VBD call
for       1 prep  ADP   IN  for
a         4 det   DET   DT  a
ceasefire 2 pobj  NOUN  NN  ceasefire
between   4 prep  ADP   IN  between
Chile     5 pobj  PROPN NNP Chile    GPE
and       6 cc    CCONJ CC  and
Bolivia   6 conj  PROPN NNP Bolivia  GPE
.         1 punct PUNCT .   .
""")


def test_an_act_between_parties_that_an_appeal_asks_for_is_asked_of_both() -> None:
    """ "Peru called for a ceasefire between Chile and Bolivia": the ceasefire is asked,
    not reported, so no de-escalation between Chile and Bolivia is coded, and the appeal
    is made to both parties of the act it asks for."""
    found = pairs(CEASEFIRE_CALLED_FOR)
    assert {p for p in found if p[0] == "peru"} == {
        ("peru", "02", "chile"),
        ("peru", "02", "bolivia"),
    }
    assert not {p for p in found if p[0] != "peru"}


CALLS_FOR = parsed("""
Peru        1 nsubj     PROPN NNP  Peru      GPE
renewed     1 ROOT      VERB  VBD  renew
its         3 poss      PRON  PRP$ its
call        1 dobj      NOUN  NN   call
for         3 prep      ADP   IN   for
an          6 det       DET   DT   an
end         4 pobj      NOUN  NN   end
to          6 prep      ADP   IN   to
hostilities 7 pobj      NOUN  NNS  hostility
.           1 punct     PUNCT .    .
Chile       12 poss     PROPN NNP  Chile     GPE
's          10 case     PART  POS  's
call        17 nsubjpass NOUN NN   call
for         12 prep     ADP   IN   for
talks       13 pobj     NOUN  NNS  talk
with        14 prep     ADP   IN   with
Bolivia     15 pobj     PROPN NNP  Bolivia   GPE
was         17 auxpass  AUX   VBD  be
rejected    17 ROOT     VERB  VBN  reject
.           17 punct    PUNCT .    .
""")


def test_a_call_for_an_act_is_an_appeal_for_it() -> None:
    """ "Peru renewed its call for an end to hostilities", "Chile's call for talks with
    Bolivia": a call for an act is an appeal (the ontology's noun trigger "call for"),
    one for an end to hostilities an appeal for de-escalation (0256), where the verb
    dictionary reads CALL's "- * (FOR END)" as rallying support (053)."""
    codes = coded_pairs(CALLS_FOR)
    assert ("peru", "0256", None) in codes
    assert ("chile", "020", "bolivia") in codes
    assert not {c for c in codes if c[1] == "053"}


REJECTED_UNNAMED = parsed("""
Bolivia  1 nsubj PROPN NNP Bolivia GPE
rejected 1 ROOT  VERB  VBD reject
the      3 det   DET   DT  the
plan     1 dobj  NOUN  NN  plan
.        1 punct PUNCT .   .
""")

REJECTED_AN_OFFER_MADE_BEFORE = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
offered  1 ROOT  VERB  VBD offer
aid      1 dobj  NOUN  NN  aid
to       1 dative ADP  IN  to
Peru     3 pobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
Peru     7 nsubj PROPN NNP Peru  GPE
rejected 7 ROOT  VERB  VBD reject
the      9 det   DET   DT  the
offer    7 dobj  NOUN  NN  offer
.        7 punct PUNCT .   .
""")

INVESTIGATED_UNNAMED = parsed("""
Bolivia      1 nsubj PROPN NNP Bolivia GPE
investigated 1 ROOT  VERB  VBD investigate
the          3 det   DET   DT  the
bombing      1 dobj  NOUN  NN  bombing
.            1 punct PUNCT .   .
""")


def test_an_act_done_to_another_is_coded_only_where_the_article_names_whom() -> None:
    """A rejection is directed (ckg:directed, inherited from the root): "Bolivia rejected
    the plan" names no one rejected, and codes nothing, as PETRARCH codes only dyads;
    where the article names the offer's maker, the rejection is of them. An
    investigation is not directed, and is coded without a target."""
    vocab = load_ontology().vocabulary
    assert vocab.is_directed("Reject") and vocab.is_directed("CAMEO_1212")
    assert not vocab.is_directed("Investigate") and not vocab.is_directed("MakeStatement")
    assert run(REJECTED_UNNAMED).events == ()
    assert ("peru", "12", "chile") in pairs(REJECTED_AN_OFFER_MADE_BEFORE)
    assert pairs(INVESTIGATED_UNNAMED) == {("bolivia", "09", None)}


DISCUSSED_A_TOPIC = parsed("""
Bolivia   1 nsubj PROPN NNP Bolivia GPE
discussed 1 ROOT  VERB  VBD discuss
the       3 det   DET   DT  the
crisis    1 dobj  NOUN  NN  crisis
.         1 punct PUNCT .   .
""")

DISCUSSED_A_TOPIC_WITH = parsed("""
Bolivia   1 nsubj PROPN NNP Bolivia GPE
discussed 1 ROOT  VERB  VBD discuss
the       3 det   DET   DT  the
crisis    1 dobj  NOUN  NN  crisis
with      1 prep  ADP   IN  with
Peru      4 pobj  PROPN NNP Peru    GPE
.         1 punct PUNCT .   .
""")

APPEALED_TO_NO_ONE = parsed("""
Bolivia 1 nsubj PROPN NNP Bolivia GPE
called  1 ROOT  VERB  VBD call
for     1 prep  ADP   IN  for
a       4 det   DET   DT  a
halt    2 pobj  NOUN  NN  halt
.       1 punct PUNCT .   .
""")


def test_a_consultation_has_a_counterpart_and_an_appeal_may_have_none() -> None:
    """Consulting (04: meetings, talks, visits) is directed: "Bolivia discussed the
    crisis" meets no one and codes nothing, "... with Peru" is a consultation of Peru.
    An appeal may be made to the world at large ("called for a halt"), and is coded."""
    vocab = load_ontology().vocabulary
    assert vocab.is_directed("Consult") and vocab.is_directed("CAMEO_046")
    assert not vocab.is_directed("Appeal") and not vocab.is_directed("Threaten")
    assert run(DISCUSSED_A_TOPIC).events == ()
    assert ("bolivia", "peru") in {(e.source, e.target) for e in run(DISCUSSED_A_TOPIC_WITH).events}
    assert {(s, c[:2]) for s, c, _ in pairs(APPEALED_TO_NO_ONE)} == {("bolivia", "02")}


ARRIVED_FOR_TALKS_WITH = parsed("""
Chile     2 poss  PROPN NNP Chile     GPE
's        0 case  PART  POS 's
president 3 nsubj NOUN  NN  president
arrived   3 ROOT  VERB  VBD arrive
in        3 prep  ADP   IN  in
Lima      4 pobj  PROPN NNP Lima      GPE
for       3 prep  ADP   IN  for
talks     6 pobj  NOUN  NNS talk
with      7 prep  ADP   IN  with
Peru      8 pobj  PROPN NNP Peru      GPE
.         3 punct PUNCT .   .
""")

ARRIVED_FOR_TALKS_ON = parsed("""
Chile     2 poss  PROPN NNP Chile     GPE
's        0 case  PART  POS 's
president 3 nsubj NOUN  NN  president
arrived   3 ROOT  VERB  VBD arrive
in        3 prep  ADP   IN  in
Lima      4 pobj  PROPN NNP Lima      GPE
for       3 prep  ADP   IN  for
talks     6 pobj  NOUN  NNS talk
on        7 prep  ADP   IN  on
Bolivia   8 pobj  PROPN NNP Bolivia   GPE
.         3 punct PUNCT .   .
""")


def test_a_pattern_s_noun_names_the_target_its_own_phrase_names() -> None:
    """ARRIVE's "- * (FOR TALKS)" codes negotiation at the verb; "arrived in Lima for
    talks with Peru" are talks with Peru, whom the noun's own phrase names, as in "held
    talks with Peru" (and 04 is directed: without that target there is no event)."""
    talks = coded_pairs(ARRIVED_FOR_TALKS_WITH)
    assert ("chilean_government", "046", "peru") in talks
    # talks "on" Bolivia are about it, not with it
    assert not [e for e in run(ARRIVED_FOR_TALKS_ON).events if e.target == "bolivia"]


REJECTED_A_PLAN_PROPOSED_BY = parsed("""
Nicaragua 1 nsubj PROPN NNP Nicaragua GPE
rejected  1 ROOT  VERB  VBD reject
the       3 det   DET   DT  the
plan      1 dobj  NOUN  NN  plan
proposed  3 acl   VERB  VBN propose
by        4 agent ADP   IN  by
Costa     7 compound PROPN NNP Costa B-GPE
Rica      5 pobj  PROPN NNP Rica  I-GPE
.         1 punct PUNCT .   .
""")

REJECTED_A_PLAN_DISCUSSED_BY = parsed("""
Nicaragua 1 nsubj PROPN NNP Nicaragua GPE
rejected  1 ROOT  VERB  VBD reject
the       3 det   DET   DT  the
plan      1 dobj  NOUN  NN  plan
discussed 3 acl   VERB  VBN discuss
by        4 agent ADP   IN  by
Costa     7 compound PROPN NNP Costa B-GPE
Rica      5 pobj  PROPN NNP Rica  I-GPE
.         1 punct PUNCT .   .
""")


def test_a_proposal_is_its_authors_whom_rejecting_it_rejects() -> None:
    """ "rejected the plan proposed by Costa Rica": a participle of authoring
    (clauses.AUTHORING_VERBS) makes the plan Costa Rica's, and so the rejection is of
    Costa Rica; a plan discussed by Costa Rica is not its own, and a rejection of no one
    named codes nothing."""
    assert pairs(REJECTED_A_PLAN_PROPOSED_BY) == {("nicaragua", "12", "costa_rica")}
    assert not [p for p in pairs(REJECTED_A_PLAN_DISCUSSED_BY) if p[1] == "12"]


def rejected_again(det: str) -> Doc:
    """Chile's offer, then Peru's rejection of "the offer" (or "an offer")."""
    return parsed(f"""
Chile    1 nsubj  PROPN NNP Chile GPE
offered  1 ROOT   VERB  VBD offer
aid      1 dobj   NOUN  NN  aid
on       1 prep   ADP   IN  on
Monday   3 pobj   PROPN NNP Monday DATE
.        1 punct  PUNCT .   .
Peru     7 nsubj  PROPN NNP Peru  GPE
rejected 7 ROOT   VERB  VBD reject
{det}    9 det    DET   DT  {det.lower()}
offer    7 dobj   NOUN  NN  offer
.        7 punct  PUNCT .   .
""")


def test_an_act_named_again_is_its_doers_whom_an_answer_to_it_is_aimed_at() -> None:
    """ "Chile offered aid on Monday. Peru rejected the offer": "the offer" names Chile's
    act again (WordNet: offer, the act of offering), so the rejection is of Chile; "an
    offer" is another, of no one named, and its rejection codes nothing (12 is
    directed)."""
    assert ("peru", "12", "chile") in pairs(rejected_again("the"))
    assert not [p for p in pairs(rejected_again("an")) if p[1] == "12"]


REJECTED_PARAGRAPHS_LATER = parsed("""
Chile    1 nsubj  PROPN NNP Chile   GPE
offered  1 ROOT   VERB  VBD offer
aid      1 dobj   NOUN  NN  aid
.        1 punct  PUNCT .   .
Bolivia  5 nsubj  PROPN NNP Bolivia GPE
waited   5 ROOT   VERB  VBD wait
.        5 punct  PUNCT .   .
Ecuador  8 nsubj  PROPN NNP Ecuador GPE
said     8 ROOT   VERB  VBD say
nothing  8 dobj   PRON  NN  nothing
.        8 punct  PUNCT .   .
Peru     12 nsubj PROPN NNP Peru    GPE
rejected 12 ROOT  VERB  VBD reject
the      14 det   DET   DT  the
offer    12 dobj  NOUN  NN  offer
.        12 punct PUNCT .   .
""")


def test_an_act_named_again_sentences_later_is_still_its_doers() -> None:
    """ "Chile offered aid. Bolivia waited. Ecuador said nothing. Peru rejected the
    offer": a story names its lead's act again paragraphs later; the rejection is of
    Chile's offer."""
    assert ("peru", "12", "chile") in pairs(REJECTED_PARAGRAPHS_LATER)


OFFER_OWNED = parsed("""
Chile    2 poss   PROPN NNP Chile   GPE
's       0 case   PART  POS 's
offer    3 nsubj  NOUN  NN  offer
came     3 ROOT   VERB  VBD come
.        3 punct  PUNCT .   .
Peru     6 nsubj  PROPN NNP Peru    GPE
rejected 6 ROOT   VERB  VBD reject
the      8 det    DET   DT  the
offer    6 dobj   NOUN  NN  offer
.        6 punct  PUNCT .   .
""")

OFFER_OWNED_BY_OWN_SIDE = parsed("""
Chile    2 poss   PROPN NNP Chile   GPE
's       0 case   PART  POS 's
offer    3 nsubj  NOUN  NN  offer
came     3 ROOT   VERB  VBD come
.        3 punct  PUNCT .   .
The      7 det    DET   DT  the
Chilean  7 amod   ADJ   JJ  chilean NORP
army     8 nsubj  NOUN  NN  army
rejected 8 ROOT   VERB  VBD reject
the      10 det   DET   DT  the
offer    8 dobj   NOUN  NN  offer
.        8 punct  PUNCT .   .
""")

OFFERED_AGAIN_WITHOUT_DOER = parsed("""
Chile    2 poss      PROPN NNP Chile   GPE
's       0 case      PART  POS 's
offer    3 nsubj     NOUN  NN  offer
came     3 ROOT      VERB  VBD come
.        3 punct     PUNCT .   .
Aid      7 nsubjpass NOUN  NN  aid
was      7 auxpass   AUX   VBD be
offered  7 ROOT      VERB  VBN offer
again    7 advmod    ADV   RB  again
.        7 punct     PUNCT .   .
Peru     11 nsubj    PROPN NNP Peru    GPE
rejected 11 ROOT     VERB  VBD reject
the      13 det      DET   DT  the
offer    11 dobj     NOUN  NN  offer
.        11 punct    PUNCT .   .
""")

ATTACK_UNDERGONE = parsed("""
Peru      2 nsubjpass PROPN NNP Peru   GPE
was       2 auxpass   AUX   VBD be
attacked  2 ROOT      VERB  VBN attack
.         2 punct     PUNCT .   .
Chile     5 nsubj     PROPN NNP Chile  GPE
condemned 5 ROOT      VERB  VBD condemn
the       7 det       DET   DT  the
attack    5 dobj      NOUN  NN  attack
.         5 punct     PUNCT .   .
""")


def test_an_act_named_again_is_the_doer_s_that_owns_an_earlier_noun_of_it() -> None:
    """ "Chile's offer came. Peru rejected the offer": the act was told first as a noun
    whose possessor is its doer, so the rejection is of Chile; the Chilean army's is of
    no one: an act of its own side is none it answers."""
    assert ("peru", "12", "chile") in pairs(OFFER_OWNED)
    assert not [p for p in pairs(OFFER_OWNED_BY_OWN_SIDE) if p[1] == "12"]


def test_an_act_told_again_in_the_passive_without_a_doer_does_not_hide_its_doer() -> None:
    """ "Chile's offer came. Aid was offered again. Peru rejected the offer": the
    passive names no doer, so the search goes back to the offer that does."""
    assert ("peru", "12", "chile") in pairs(OFFERED_AGAIN_WITHOUT_DOER)


def test_the_victim_of_an_act_named_again_is_not_its_doer() -> None:
    """ "Peru was attacked. Chile condemned the attack": Peru underwent the attack, and
    the condemnation is not aimed at it; the article names no attacker, so the
    condemnation, an act done to another (11 is directed), is no event at all."""
    assert not [p for p in pairs(ATTACK_UNDERGONE) if p[1] == "11"]


OWN_SIDES_OFFER = parsed("""
Chile    1  nsubj    PROPN NNP Chile    GPE
offered  1  ROOT     VERB  VBD offer
talks    1  dobj     NOUN  NNS talk
to       1  dative   ADP   IN  to
Peru     3  pobj     PROPN NNP Peru     GPE
.        1  punct    PUNCT .   .
The      8  det      DET   DT  the
Chilean  8  amod     ADJ   JJ  chilean  NORP
army     9  nsubj    NOUN  NN  army
rejected 9  ROOT     VERB  VBD reject
the      11 det      DET   DT  the
offer    9  dobj     NOUN  NN  offer
.        9  punct    PUNCT .   .
""")


def test_an_act_of_the_sources_own_side_named_again_is_not_answered() -> None:
    """ "Chile offered talks to Peru. The Chilean army rejected the offer": the army's
    own state made the offer; the rejection is not aimed at Chile."""
    assert ("chilean_military", "12", "chile") not in pairs(OWN_SIDES_OFFER)


CLAIMS_DISMISSED = parsed("""
Juan      1 compound PROPN NNP Juan     B-PERSON
Ruiz      2 nsubj    PROPN NNP Ruiz     I-PERSON
told      2 ROOT     VERB  VBD tell
parliament 2 dobj    NOUN  NN  parliament
that      7 mark     SCONJ IN  that
Carlos    6 compound PROPN NNP Carlos   B-PERSON
Soto      7 nsubj    PROPN NNP Soto     I-PERSON
sold      2 ccomp    VERB  VBD sell
missiles  7 dobj     NOUN  NNS missile
.         2 punct    PUNCT .   .
The       11 det     DET   DT  the
firm      13 nsubjpass NOUN NN firm
was       13 auxpass AUX   VBD be
sold      13 ROOT    VERB  VBN sell
.         13 punct   PUNCT .   .
Carlos    16 compound PROPN NNP Carlos  B-PERSON
Soto      17 nsubj   PROPN NNP Soto     I-PERSON
dismissed 17 ROOT    VERB  VBD dismiss
the       19 det     DET   DT  the
claims    17 dobj    NOUN  NNS claim
.         17 punct   PUNCT .   .
""")


def test_the_claims_named_again_are_the_nearest_speakers_before() -> None:
    """ "Juan Ruiz told parliament that Carlos Soto sold missiles. The firm was sold.
    Carlos Soto dismissed the claims": a noun of what is stated, named again with "the",
    is what a speaker before it said, told by a verb of saying: dismissing it denies it
    (016) to Ruiz."""
    found = coded_pairs(CLAIMS_DISMISSED)
    assert ("carlos_soto", "016", "juan_ruiz") in found


OFFERED_BUT_REFUSED = parsed("""
Syria   1 nsubj PROPN NNP Syria GPE
offered 1 ROOT  VERB  VBD offer
talks   1 dobj  NOUN  NNS talk
,       1 punct PUNCT ,   ,
but     1 cc    CCONJ CC  but
Iraq    6 nsubj PROPN NNP Iraq  GPE
refused 1 conj  VERB  VBD refuse
.       1 punct PUNCT .   .
""")


def test_a_bare_refusal_after_anothers_act_refuses_that_act() -> None:
    """ "Syria offered talks, but Iraq refused": the refusal, with no object or clause
    of its own, answers the act it is coordinated with, Syria's."""
    assert ("iraq", "12", "syria") in pairs(OFFERED_BUT_REFUSED)


CALLED_IT_A_NAME = parsed("""
Peru   1 nsubj PROPN NNP Peru  GPE
called 1 ROOT  VERB  VBD call
Chile  4 poss  PROPN NNP Chile GPE
's     2 case  PART  POS 's
offer  1 dobj  NOUN  NN  offer
a      6 det   DET   DT  a
trick  1 oprd  NOUN  NN  trick
.      1 punct PUNCT .   .
""")

CALLED_BY_PHONE = parsed("""
Peru   1 nsubj PROPN NNP Peru  GPE
called 1 ROOT  VERB  VBD call
Chile  1 dobj  PROPN NNP Chile GPE
.      1 punct PUNCT .   .
""")


CALLED_IT_AGGRESSION = parsed("""
Peru       1 nsubj PROPN NNP Peru     GPE
called     1 ROOT  VERB  VBD call
the        4 det   DET   DT  the
Chilean    4 amod  ADJ   JJ  chilean  NORP
raid       1 dobj  NOUN  NN  raid
an         6 det   DET   DT  an
act        1 oprd  NOUN  NN  act
of         6 prep  ADP   IN  of
aggression 7 pobj  NOUN  NN  aggression
.          1 punct PUNCT .   .
""")


CALLED_THE_STRIKE_A_VIOLATION = parsed("""
Egypt     1 nsubj PROPN NNP Egypt     GPE
called    1 ROOT  VERB  VBD call
the       3 det   DET   DT  the
strike    1 dobj  NOUN  NN  strike
a         5 det   DET   DT  a
violation 1 oprd  NOUN  NN  violation
.         1 punct PUNCT .   .
""")


def test_naming_an_act_with_a_reproach_criticises_its_doer() -> None:
    """ "Peru called the Chilean raid an act of aggression": the name is a reproach word
    of the ontology (ckg:reproachWord), so the naming criticises (111) whose raid it
    is, Chile; "called Chile's offer a trick" names no reproach and codes nothing, and
    a trigger whose words the named object holds is no act on it."""
    assert ("peru", "11", "chile") in pairs(CALLED_IT_AGGRESSION)
    assert not [p for p in pairs(CALLED_IT_A_NAME) if p[0] == "peru"]
    # "called the strike a violation" names a strike; it calls none (143's "call strike")
    assert not [p for p in pairs(CALLED_THE_STRIKE_A_VIOLATION) if p[1] == "14"]


def test_a_verb_naming_its_object_is_not_its_dictionary_blocks_act() -> None:
    """ "Peru called Chile's offer a trick" names the offer (an object predicate,
    oprd): no telephone call (041, the CALL block's default, a consultation); "Peru
    called Chile" is one, both ways as the block pairs it."""
    assert not [p for p in pairs(CALLED_IT_A_NAME) if p[1].startswith("04")]
    called = {(s, code[:2], t) for s, code, t in pairs(CALLED_BY_PHONE)}
    assert called == {("peru", "04", "chile"), ("chile", "04", "peru")}


PLEDGED_ASSISTANCE = parsed("""
Peru       1 nsubj PROPN NNP Peru       GPE
pledged    1 ROOT  VERB  VBD pledge
economic   3 amod  ADJ   JJ  economic
assistance 1 dobj  NOUN  NN  assistance
to         1 prep  ADP   IN  to
Bolivia    4 pobj  PROPN NNP Bolivia    GPE
.          1 punct PUNCT .   .
Peru       8 nsubj PROPN NNP Peru       GPE
pledged    8 ROOT  VERB  VBD pledge
its        10 poss PRON  PRP$ its
cooperation 8 dobj NOUN  NN  cooperation
to         8 prep  ADP   IN  to
Bolivia    11 pobj PROPN NNP Bolivia    GPE
.          8 punct PUNCT .   .
""")


def test_the_dictionarys_pattern_narrows_a_triggers_class_to_a_subclass() -> None:
    """ "Peru pledged economic assistance to Bolivia": the ontology's trigger "pledge"
    tells an intent to cooperate (03), and PLEDGE's "- * {ECONOMIC ASSISTANCE}" what is
    pledged: economic aid, 0331, a subclass of it; "pledged its cooperation" meets
    "- * COOPERATION", the intent to cooperate not specified (030)."""
    events = [(e.sentence, e.source, e.cameo, e.target) for e in run(PLEDGED_ASSISTANCE).events]
    assert events == [(1, "peru", "0331", "bolivia"), (2, "peru", "030", "bolivia")]


THANKED_AND_APOLOGISED = parsed("""
Peru       1 nsubj PROPN NNP Peru       GPE
thanked    1 ROOT  VERB  VBD thank
Bolivia    1 dobj  PROPN NNP Bolivia    GPE
.          1 punct PUNCT .   .
Peru       5 nsubj PROPN NNP Peru       GPE
apologised 5 ROOT  VERB  VBD apologise
to         5 prep  ADP   IN  to
Bolivia    6 pobj  PROPN NNP Bolivia    GPE
.          5 punct PUNCT .   .
""")


def test_the_dictionarys_code_for_the_verb_narrows_a_triggers_root() -> None:
    """ "Peru thanked Bolivia": the trigger "thank" tells diplomatic cooperation (05),
    and the dictionary, with no pattern for the clause, codes the verb itself: ACCLAIM's
    praise (051); "apologised to" is APOLOGIZE's apology (055). Before, both were 05."""
    events = [(e.sentence, e.cameo) for e in run(THANKED_AND_APOLOGISED).events]
    assert events == [(1, "051"), (2, "055")]


RECOGNIZED = parsed("""
Peru       1 nsubj PROPN NNP Peru       GPE
recognized 1 ROOT  VERB  VBD recognize
Bolivia    1 dobj  PROPN NNP Bolivia    GPE
.          1 punct PUNCT .   .
""")


def test_recognising_a_state_is_diplomatic_recognition_not_praise() -> None:
    """ "Peru recognized Bolivia" grants diplomatic recognition (054, CAMEO's name for
    it), though the dictionary's ACCLAIM block lists RECOGNIZE with praise (051): the
    ontology's trigger is of 054, which the dictionary's 051 does not narrow."""
    assert coded_pairs(RECOGNIZED) == {("peru", "054", "bolivia")}


AMOUNT_IN_AID = parsed("""
Peru    1 nsubj   PROPN NNP Peru    GPE
pledged 1 ROOT    VERB  VBD pledge
300     3 nummod  NUM   CD  300
dollars 1 dobj    NOUN  NNS dollar
in      3 prep    ADP   IN  in
aid     4 pobj    NOUN  NN  aid
for     5 prep    ADP   IN  for
Bolivia 6 pobj    PROPN NNP Bolivia GPE
.       1 punct   PUNCT .   .
Peru     10 nsubj  PROPN NNP Peru     GPE
blocked  10 ROOT   VERB  VBD block
300      12 nummod NUM   CD  300
dollars  10 dobj   NOUN  NNS dollar
in       12 prep   ADP   IN  in
Bolivian 15 amod   ADJ   JJ  bolivian NORP
exports  13 pobj   NOUN  NNS export
to       15 prep   ADP   IN  to
Chile    16 pobj   PROPN NNP Chile    GPE
.        10 punct  PUNCT .   .
""")


def test_an_amounts_in_phrase_names_what_is_counted_and_whom_it_is_for() -> None:
    """ "Peru pledged 300 dollars in aid for Bolivia": the amount's "in" phrase names
    what is counted, aid, and the aid's "for" phrase whom it is for; "Peru blocked 300
    dollars in Bolivian exports to Chile" blocks Bolivia's exports, which the adjective
    names, whoever they go to."""
    events = [(e.sentence, e.source, e.target) for e in run(AMOUNT_IN_AID).events]
    assert events == [(1, "peru", "bolivia"), (2, "peru", "bolivia")]
    assert run(AMOUNT_IN_AID).events[0].cameo == "0331"


HOME_BODIES = parsed("""
Peru       1  nsubj    PROPN NNP  Peru       GPE
raised     1  ROOT     VERB  VBD  raise
fuel       3  compound NOUN  NN   fuel
prices     1  dobj     NOUN  NNS  price
.          1  punct    PUNCT .    .
Peru       6  nsubj    PROPN NNP  Peru       GPE
said       6  ROOT     VERB  VBD  say
prices     9  nsubj    NOUN  NNS  price
would      9  aux      AUX   MD   would
rise       6  ccomp    VERB  VB   rise
again      9  advmod   ADV   RB   again
.          6  punct    PUNCT .    .
The        15 det      DET   DT   the
National   15 compound PROPN NNP  National   B-ORG
Miners     15 compound PROPN NNPS Miners     I-ORG
Federation 16 nsubj    PROPN NNP  Federation I-ORG
criticized 16 ROOT     VERB  VBD  criticize
the        18 det      DET   DT   the
government 16 dobj     NOUN  NN   government
.          16 punct    PUNCT .    .
The        23 det      DET   DT   the
Andean     23 compound PROPN NNP  Andean     B-ORG
Miners     23 compound PROPN NNPS Miners     I-ORG
Federation 24 nsubj    PROPN NNP  Federation I-ORG
accused    24 ROOT     VERB  VBD  accuse
Peru       24 dobj     PROPN NNP  Peru       GPE
.          24 punct    PUNCT .    .
""")


def test_a_named_body_of_no_country_takes_the_storys_country_and_its_agents_role() -> None:
    """In a story about Peru, "the National Miners Federation", a name of no country
    with an agent noun (miners: LAB), is Peru's, PERLAB, as "the miners" would be; "the
    Andean Miners Federation accused Peru" sets the federation against Peru, so it is
    not Peru's."""
    actors = actors_of(HOME_BODIES)
    assert actors["national_miners_federation"][0] == "PERLAB"
    assert actors["andean_miners_federation"][0] is None


WARNED_OWN_SIDE = parsed("""
Peru     1  nsubj  PROPN NNP  Peru     GPE
warned   1  ROOT   VERB  VBD  warn
its      3  poss   PRON  PRP$ its
troops   1  dobj   NOUN  NNS  troop
to       5  aux    PART  TO   to
expect   1  xcomp  VERB  VB   expect
attacks  5  dobj   NOUN  NNS  attack
.        1  punct  PUNCT .    .
Peru     9  nsubj  PROPN NNP  Peru     GPE
warned   9  ROOT   VERB  VBD  warn
Peruvian 11 amod   ADJ   JJ   peruvian NORP
citizens 9  dobj   NOUN  NNS  citizen
not      14 neg    PART  RB   not
to       14 aux    PART  TO   to
travel   9  xcomp  VERB  VB   travel
to       14 prep   ADP   IN   to
Chile    15 pobj   PROPN NNP  Chile    GPE
.        9  punct  PUNCT .    .
Peru     19 nsubj  PROPN NNP  Peru     GPE
warned   19 ROOT   VERB  VBD  warn
Chile    19 dobj   PROPN NNP  Chile    GPE
not      22 neg    PART  RB   not
to       22 aux    PART  TO   to
attack   19 xcomp  VERB  VB   attack
.        19 punct  PUNCT .    .
""")


def test_a_warning_to_the_warners_own_side_is_advice_not_a_threat() -> None:
    """ "Peru warned its troops to expect attacks" tells them (a statement, 010); "Peru
    warned Peruvian citizens not to travel to Chile" asks them not to (an appeal, 020);
    "Peru warned Chile not to attack" threatens Chile (130)."""
    events = run(WARNED_OWN_SIDE).events
    assert [(e.cameo, e.target) for e in events if e.trigger == "warned"] == [
        ("010", "peruvian_military"),
        ("020", "peruvian_civilians"),
        ("130", "chile"),
    ]


THOSE_TALKS = parsed("""
Bolivia 1  nsubj PROPN NNP Bolivia GPE
praised 1  ROOT  VERB  VBD praise
the     3  det   DET   DT  the
talks   1  dobj  NOUN  NNS talk
between 3  prep  ADP   IN  between
Peru    4  pobj  PROPN NNP Peru    GPE
and     5  cc    CCONJ CC  and
Chile   5  conj  PROPN NNP Chile   GPE
.       1  punct PUNCT .   .
Bolivia 10 nsubj PROPN NNP Bolivia GPE
praised 10 ROOT  VERB  VBD praise
those   12 det   DET   DT  those
talks   10 dobj  NOUN  NNS talk
between 12 prep  ADP   IN  between
Peru    13 pobj  PROPN NNP Peru    GPE
and     14 cc    CCONJ CC  and
Chile   14 conj  PROPN NNP Chile   GPE
.       10 punct PUNCT .   .
""")


def test_an_event_noun_pointed_back_to_is_not_coded_again() -> None:
    """ "Bolivia praised the talks between Peru and Chile" tells of talks between the
    two (04 each way); "those talks" points back to talks the story told before, coded
    where it told them, so no second pair of meetings is coded."""
    talks = [
        (e.sentence, e.source, e.target) for e in run(THOSE_TALKS).events if e.cameo[:2] == "04"
    ]
    assert sorted(talks) == [(1, "chile", "peru"), (1, "peru", "chile")]


AIR_AND_ARTILLERY_STRIKES = parsed("""
Peru      1  nsubj    PROPN NNP Peru      GPE
launched  1  ROOT     VERB  VBD launch
an        4  det      DET   DT  an
air       4  compound NOUN  NN  air
strike    1  dobj     NOUN  NN  strike
on        4  prep     ADP   IN  on
Chile     5  pobj     PROPN NNP Chile     GPE
.         1  punct    PUNCT .   .
Peru      9  nsubj    PROPN NNP Peru      GPE
launched  9  ROOT     VERB  VBD launch
an        12 det      DET   DT  an
artillery 12 compound NOUN  NN  artillery
strike    9  dobj     NOUN  NN  strike
on        12 prep     ADP   IN  on
Chile     13 pobj     PROPN NNP Chile     GPE
.         9  punct    PUNCT .   .
""")


def test_an_air_strike_employs_aerial_weapons_and_an_artillery_strike_artillery() -> None:
    """The ontology's noun triggers of CAMEO's subclasses of force: "an air strike on
    Chile" employs aerial weapons (195), "an artillery strike" artillery (194)."""
    events = run(AIR_AND_ARTILLERY_STRIKES).events
    assert [(e.sentence, e.cameo) for e in events if e.target == "chile"] == [
        (1, "195"),
        (2, "194"),
    ]


DOWNED = parsed("""
Bolivian 2 amod     ADJ   JJ  bolivian NORP
air      2 compound NOUN  NN  air
defences 3 nsubj    NOUN  NNS defence
downed   3 ROOT     VERB  VBD down
two      6 nummod   NUM   CD  two
Chilean  6 amod     ADJ   JJ  chilean  NORP
drones   3 dobj     NOUN  NNS drone
.        3 punct    PUNCT .   .
""")


def test_air_defences_that_down_a_sides_drones_use_force_against_it() -> None:
    """ "Bolivian air defences downed two Chilean drones": "down" is a verb of force
    (the ontology's trigger beside "shoot down", though spaCy lists the word as a stop
    word), and air defences are an arm of their side's army (kg's agents file)."""
    events = run(DOWNED).events
    assert [(e.source, e.cameo[:2], e.target) for e in events] == [
        ("bolivian_military", "19", "chile")
    ]


def done_by_peru(noun: str, participle: str, lemma: str) -> Doc:
    """ "A [NOUN] [PARTICIPLE] by Peru killed two Chilean soldiers." """
    return parsed(f"""
A             1 det    DET   DT  a
{noun}        5 nsubj  NOUN  NN  {noun}
{participle}  1 acl    VERB  VBN {lemma}
by            2 agent  ADP   IN  by
Peru          3 pobj   PROPN NNP Peru    GPE
killed        5 ROOT   VERB  VBD kill
two           8 nummod NUM   CD  two
Chilean       8 amod   ADJ   JJ  chilean NORP
soldiers      5 dobj   NOUN  NNS soldier
.             5 punct  PUNCT .   .
""")


def test_a_means_laid_by_a_side_does_its_act_for_that_side() -> None:
    """ "A landmine laid by Peru killed two Chilean soldiers": the mine is Peru's
    means, and the killing Peru's act. "An attack condemned by Peru" names an act,
    no means, and who condemned it did not do it."""
    killed = {(e.source, e.target) for e in run(done_by_peru("landmine", "laid", "lay")).events}
    assert killed == {("peru", "chilean_military")}
    condemned = done_by_peru("attack", "condemned", "condemn")
    assert "peru" not in {e.source for e in run(condemned).events}


STRIKES_AND_A_RAID = parsed("""
Chilean   1  amod   ADJ   JJ  chilean   NORP
strikes   2  nsubj  NOUN  NNS strike
killed    2  ROOT   VERB  VBD kill
four      4  nummod NUM   CD  four
people    2  dobj   NOUN  NNS people
.         2  punct  PUNCT .   .
Bolivia   7  nsubj  PROPN NNP Bolivia   GPE
condemned 7  ROOT   VERB  VBD condemn
the       10 det    DET   DT  the
Peruvian  10 amod   ADJ   JJ  peruvian  NORP
raid      7  dobj   NOUN  NN  raid
which     12 nsubj  PRON  WDT which
wounded   10 relcl  VERB  VBD wound
two       15 nummod NUM   CD  two
Chilean   15 amod   ADJ   JJ  chilean   NORP
soldiers  12 dobj   NOUN  NNS soldier
.         7  punct  PUNCT .   .
""")


def test_an_act_noun_is_read_by_its_doers_and_its_relative_clause_names_its_victims() -> None:
    """ "Chilean strikes killed four people": "strikes" names a walkout and force, and a
    state's strikes that kill are force (19), not a walkout (143); "the Peruvian raid
    which wounded two Chilean soldiers" was aimed at the soldiers its relative clause
    says it wounded."""
    events = [(e.sentence, e.source, e.cameo[:2], e.target) for e in run(STRIKES_AND_A_RAID).events]
    assert {e[2] for e in events if e[:2] == (1, "chile")} == {"19"}
    assert (2, "peru", "19", "chilean_military") in events


UNNAMED_STRIKES = parsed("""
The       1  det    DET   DT  the
strike    2  nsubj  NOUN  NN  strike
wounded   2  ROOT   VERB  VBD wound
nine      4  nummod NUM   CD  nine
Chilean   5  amod   ADJ   JJ  chilean   NORP
villagers 2  dobj   NOUN  NNS villager
.         2  punct  PUNCT .   .
The       8  det    DET   DT  the
strike    9  nsubj  NOUN  NN  strike
closed    9  ROOT   VERB  VBD close
Chilean   11 amod   ADJ   JJ  chilean   NORP
ports     9  dobj   NOUN  NNS port
.         9  punct  PUNCT .   .
""")


def test_a_strike_of_no_named_doer_that_wounds_people_is_force() -> None:
    """ "The strike wounded nine Chilean villagers": no doer is named, and a walkout
    (143) wounds no one, so the act the verb's effect tells of is violence (19), done
    to the villagers; "the strike closed Chilean ports" tells of no violence and is no
    act of force."""
    found = {(e.sentence, e.cameo[:2], e.target) for e in run(UNNAMED_STRIKES).events}
    assert (1, "19", "chilean_civilians") in found
    assert not [f for f in found if f[0] == 1 and f[1] == "14"]
    assert not [f for f in found if f[0] == 2 and f[1] == "19"]


CLASHES = parsed("""
Chilean  1  amod  ADJ   JJ  chilean  NORP
students 2  nsubj NOUN  NNS student
clashed  2  ROOT  VERB  VBD clash
with     2  prep  ADP   IN  with
police   3  pobj  NOUN  NNS police
.        2  punct PUNCT .   .
Chilean  7  amod  ADJ   JJ  chilean  NORP
troops   8  nsubj NOUN  NNS troop
clashed  8  ROOT  VERB  VBD clash
with     8  prep  ADP   IN  with
Peruvian 11 amod  ADJ   JJ  peruvian NORP
troops   9  pobj  NOUN  NNS troop
.        8  punct PUNCT .   .
Chilean  14 amod  ADJ   JJ  chilean  NORP
factions 15 nsubj NOUN  NNS faction
clashed  15 ROOT  VERB  VBD clash
with     15 prep  ADP   IN  with
Peru     16 pobj  PROPN NNP Peru     GPE
.        15 punct PUNCT .   .
""")


def test_people_without_arms_clashing_protest_violently_and_armed_men_fight() -> None:
    """ "Chilean students clashed with police" protest violently (145, whose doers are
    people who bear no arms); "Chilean troops clashed with Peruvian troops" fight
    (190), and so do "Chilean factions" (armed groups, UAF), who are none of a riot's
    doers: the clash is Fight's, whose trigger names no doers, though the subclass it
    is refined to (190) names armed ones."""
    found = {(e.sentence, e.source, e.cameo) for e in run(CLASHES).events}
    assert (1, "chilean_students", "145") in found
    assert (2, "chilean_military", "190") in found
    assert {cameo[:2] for s, _, cameo in found if s == 3} == {"19"}
    assert not [f for f in found if f[0] == 1 and f[2][:2] == "19"]


OPPOSITION_CLASHES = parsed("""
Peruvian   1  amod     ADJ   JJ  peruvian   NORP
protesters 2  nsubj    NOUN  NNS protester
clashed    2  ROOT     VERB  VBD clash
with       2  prep     ADP   IN  with
police     3  pobj     NOUN  NNS police
.          2  punct    PUNCT .   .
Peruvian   8  amod     ADJ   JJ  peruvian   NORP
opposition 8  compound NOUN  NN  opposition
forces     9  nsubj    NOUN  NNS force
clashed    9  ROOT     VERB  VBD clash
with       9  prep     ADP   IN  with
troops     10 pobj     NOUN  NNS troop
.          9  punct    PUNCT .   .
""")


def test_protesters_clashing_riot_and_armed_opposition_fights() -> None:
    """ "Peruvian protesters clashed with police": the dictionary's protesters are the
    opposition (OPP), who bear no arms, so they protest violently (145); "Peruvian
    opposition forces" (OPPUAF) are armed men of the same role, no rioters: they fight
    (19)."""
    found = {(e.sentence, e.cameo) for e in run(OPPOSITION_CLASHES).events}
    assert (1, "145") in found
    assert {cameo[:2] for s, cameo in found if s == 2} == {"19"}


EXERCISES = parsed("""
Chile     1  nsubj    PROPN NNP Chile     GPE
held      1  ROOT     VERB  VBD hold
military  3  amod     ADJ   JJ  military
exercises 1  dobj     NOUN  NNS exercise
near      1  prep     ADP   IN  near
Peru      4  pobj     PROPN NNP Peru      GPE
.         1  punct    PUNCT .   .
Chile     8  nsubj    PROPN NNP Chile     GPE
held      8  ROOT     VERB  VBD hold
joint     10 amod     ADJ   JJ  joint
drills    8  dobj     NOUN  NNS drill
with      8  prep     ADP   IN  with
Bolivia   11 pobj     PROPN NNP Bolivia   GPE
.         8  punct    PUNCT .   .
Peru      17 nsubj    PROPN NNP Peru      GPE
and       14 cc       CCONJ CC  and
Bolivia   14 conj     PROPN NNP Bolivia   GPE
conducted 17 ROOT     VERB  VBD conduct
joint     19 amod     ADJ   JJ  joint
drills    17 dobj     NOUN  NNS drill
.         17 punct    PUNCT .   .
""")


def test_exercises_held_alone_show_force_and_held_together_are_military_cooperation() -> None:
    """ "Chile held military exercises near Peru": a show of force (150); "Chile held
    joint drills with Bolivia": military cooperation (062) with Bolivia; "Peru and
    Bolivia conducted joint drills": cooperation too, each with the other (06 is
    reciprocal)."""
    found = {(e.sentence, e.source, e.cameo, e.target) for e in run(EXERCISES).events}
    assert {f[2] for f in found if f[0] == 1} == {"150"}
    assert (2, "chile", "062", "bolivia") in found
    assert {(f[1], f[3]) for f in found if f[0] == 3 and f[2] == "062"} == {
        ("peru", "bolivia"),
        ("bolivia", "peru"),
    }


DRILLS_STAGED = parsed("""
Chile    1 nsubj PROPN NNP Chile  GPE
staged   1 ROOT  VERB  VBD stag
drills   1 dobj  NOUN  NNS drill
.        1 punct PUNCT .   .
""")


def test_a_regular_form_the_model_lemmatises_as_another_word_is_its_verb() -> None:
    """ "Chile staged drills", with the model's lemma "stag": "staged" is a regular form
    of the dictionary's STAGE, so the ontology's trigger "stage drill" finds it (a show
    of force, 150)."""
    assert {e.cameo for e in run(DRILLS_STAGED).events} == {"150"}


MILITARY_GOVERNMENT_PROTESTS = parsed("""
Chile     3 poss     PROPN NNP Chile     GPE
's        0 case     PART  POS 's
military  3 amod     ADJ   JJ  military
government 4 nsubj   NOUN  NN  government
protested 4 ROOT     VERB  VBD protest
to        4 prep     ADP   IN  to
Peru      5 pobj     PROPN NNP Peru      GPE
.         4 punct    PUNCT .   .
Chilean   10 amod    ADJ   JJ  chilean   NORP
political 10 amod    ADJ   JJ  political
factions  11 nsubj   NOUN  NNS faction
criticized 11 ROOT   VERB  VBD criticize
Peru      11 dobj    PROPN NNP Peru      GPE
.         11 punct   PUNCT .   .
""")


def test_armed_men_are_kept_only_from_the_acts_of_people_who_bear_no_arms() -> None:
    """ "Chile's military government protested to Peru": a government's doers (of a
    diplomatic protest, 114) are no riot's, and a military government (GOVMIL) is one
    of them still; "Chilean political factions" are a state's parties (OPP), not armed
    men as a bare faction is."""
    found = run(MILITARY_GOVERNMENT_PROTESTS).events
    assert {e.cameo for e in found if e.sentence == 1} == {"114"}
    codes = {a.key: a.code for a in run(MILITARY_GOVERNMENT_PROTESTS).actors}
    (source,) = {e.source for e in found if e.sentence == 2}
    assert codes[source or ""] == "CHLOPP"


DOERS_NAMED_BY_THEIR_ACT = parsed("""
Chilean   1  amod   ADJ   JJ  chilean  NORP
troops    2  nsubj  NOUN  NNS troop
raided    2  ROOT   VERB  VBD raid
a         4  det    DET   DT  a
village   2  dobj   NOUN  NN  village
.         2  punct  PUNCT .   .
The       7  det    DET   DT  the
attackers 8  nsubj  NOUN  NNS attacker
abducted  8  ROOT   VERB  VBD abduct
Peruvian  10 amod   ADJ   JJ  peruvian NORP
workers   8  dobj   NOUN  NNS worker
.         8  punct  PUNCT .   .
""")


def test_the_doers_of_an_act_named_by_it_are_its_doer() -> None:
    """ "Chilean troops raided a village. The attackers abducted Peruvian workers": the
    attackers are the doers of the raid, an attack (RAID and ATTACK both 19), so the
    abduction is the Chilean military's."""
    assert ("chilean_military", "18", "peruvian_workers") in pairs(DOERS_NAMED_BY_THEIR_ACT)


BOMBER_BLEW_HIMSELF_UP = parsed("""
A        2 det      DET   DT  a
suicide  2 compound NOUN  NN  suicide
bomber   3 nsubj    NOUN  NN  bomber
blew     3 ROOT     VERB  VBD blow
himself  3 dobj     PRON  PRP himself
up       3 prt      ADP   RP  up
in       3 prep     ADP   IN  in
Lima     6 pobj     PROPN NNP Lima     GPE
.        3 punct    PUNCT .   .
Rebels   10 nsubj   NOUN  NNS rebel
blew     10 ROOT    VERB  VBD blow
up       10 prt     ADP   RP  up
a        13 det     DET   DT  a
bridge   10 dobj    NOUN  NN  bridge
.        10 punct   PUNCT .   .
""")


def test_a_bomber_who_blows_himself_up_is_a_suicide_bombing() -> None:
    """ "A suicide bomber blew himself up in Lima": the reflexive object tells a suicide
    bombing (1831); "rebels blew up a bridge" destroyed a thing (17)."""
    found = {(e.sentence, e.cameo[:2], e.cameo) for e in run(BOMBER_BLEW_HIMSELF_UP).events}
    assert (1, "18", "1831") in found
    assert {cameo[:2] for s, cameo, _ in found if s == 2} == {"17"}


ARRESTED_IN_RAIDS = parsed("""
Chilean   1  amod   ADJ   JJ  chilean  NORP
police    2  nsubj  NOUN  NNS police
arrested  2  ROOT   VERB  VBD arrest
15        4  nummod NUM   CD  15       CARDINAL
Peruvians 2  dobj   PROPN NNPS Peruvians NORP
in        2  prep   ADP   IN  in
raids     5  pobj   NOUN  NNS raid
.         2  punct  PUNCT .   .
""")


def test_a_pattern_of_circumstances_keeps_a_verb_s_own_code() -> None:
    """ "Chilean police arrested 15 Peruvians in raids": the APPREHEND block's "- * (IN
    RAID) [1711] # SEIZE" tells what seizing in a raid is (confiscation); ARREST, with a
    code of its own (173), is still an arrest."""
    assert {e.cameo for e in run(ARRESTED_IN_RAIDS).events} == {"173"}


PRISONERS_EXCHANGED = parsed("""
Chile     3 nsubj  PROPN NNP Chile     GPE
and       0 cc     CCONJ CC  and
Peru      0 conj   PROPN NNP Peru      GPE
exchanged 3 ROOT   VERB  VBD exchange
50        5 nummod NUM   CD  50        CARDINAL
prisoners 3 dobj   NOUN  NNS prisoner
.         3 punct  PUNCT .   .
""")


def test_what_a_paired_code_s_pattern_names_is_given_not_a_party() -> None:
    """ "Chile and Peru exchanged 50 prisoners": EXCHANGE's "- * PRISONERS [0841:0841]"
    pairs the release with its converse; the prisoners are what each side gives the
    other, so each releases them to the other, and the prisoners release no one."""
    assert pairs(PRISONERS_EXCHANGED) == {("chile", "08", "peru"), ("peru", "08", "chile")}


TROOPS_DISENGAGED = parsed("""
Chile     1 nsubj  PROPN NNP Chile     GPE
agreed    1 ROOT   VERB  VBD agree
to        3 aux    PART  TO  to
disengage 1 xcomp  VERB  VB  disengage
troops    3 dobj   NOUN  NNS troop
.         1 punct  PUNCT .   .
""")


def test_forces_a_de_escalation_withdraws_are_the_sides_own() -> None:
    """ "Chile agreed to disengage troops": the troops are Chile's own, which it
    withdraws, not whom it de-escalates with (as a show of force posts its own)."""
    assert {(e.cameo, e.target) for e in run(TROOPS_DISENGAGED).events} == {("0356", None)}


TROOPS_DISENGAGED_TOGETHER = parsed("""
Chile     3 nsubj  PROPN NNP Chile     GPE
and       0 cc     CCONJ CC  and
Peru      0 conj   PROPN NNP Peru      GPE
agreed    3 ROOT   VERB  VBD agree
to        5 aux    PART  TO  to
disengage 3 xcomp  VERB  VB  disengage
troops    5 dobj   NOUN  NNS troop
.         3 punct  PUNCT .   .
""")

CEASEFIRE_AGREED_TOGETHER = parsed("""
Chile     3 nsubj  PROPN NNP Chile     GPE
and       0 cc     CCONJ CC  and
Peru      0 conj   PROPN NNP Peru      GPE
agreed    3 ROOT   VERB  VBD agree
to        3 prep   ADP   IN  to
a         6 det    DET   DT  a
ceasefire 4 pobj   NOUN  NN  ceasefire
.         3 punct  PUNCT .   .
""")


def test_sides_that_agree_to_de_escalate_together_do_so_with_each_other() -> None:
    """ "Chile and Peru agreed to disengage troops", "… agreed to a ceasefire": an intent
    to de-escalate (0356) is reciprocal, a ceasefire being kept between sides, so two
    sides that state it together state it to each other, whatever act they agree to
    (a disengagement, 087, is no act of two parties on its own)."""
    for doc in (TROOPS_DISENGAGED_TOGETHER, CEASEFIRE_AGREED_TOGETHER):
        found = {(e.source, e.cameo, e.target) for e in run(doc).events}
        assert found == {("chile", "0356", "peru"), ("peru", "0356", "chile")}
    # a truce on another's ground is not kept between them
    found = {(e.source, e.cameo, e.target) for e in run(TRUCE_ELSEWHERE_AGREED).events}
    assert found == {("chile", "0356", None), ("peru", "0356", None)}


TRUCE_ELSEWHERE_AGREED = parsed("""
Chile     3 nsubj  PROPN NNP Chile     GPE
and       0 cc     CCONJ CC  and
Peru      0 conj   PROPN NNP Peru      GPE
agreed    3 ROOT   VERB  VBD agree
to        3 prep   ADP   IN  to
a         6 det    DET   DT  a
truce     4 pobj   NOUN  NN  truce
in        6 prep   ADP   IN  in
Bolivia   7 pobj   PROPN NNP Bolivia   GPE
.         3 punct  PUNCT .   .
""")


TROOPS_DEPLOYED = parsed("""
Chile    1  nsubj     PROPN NNP Chile    GPE
deployed 1  ROOT      VERB  VBD deploy
troops   1  dobj      NOUN  NNS troop
to       4  aux       PART  TO  to
fight    1  xcomp     VERB  VB  fight
Peru     4  dobj      PROPN NNP Peru     GPE
.        1  punct     PUNCT .   .
Chilean  8  amod      ADJ   JJ  chilean  NORP
troops   10 nsubjpass NOUN  NNS troop
were     10 auxpass   AUX   VBD be
deployed 10 ROOT      VERB  VBN deploy
to       12 aux       PART  TO  to
confront 10 xcomp     VERB  VB  confront
Peru     12 dobj      PROPN NNP Peru     GPE
.        10 punct     PUNCT .   .
""")


def test_forces_posted_are_the_sides_own_and_the_purpose_names_the_target() -> None:
    """ "Chile deployed troops to fight Peru": the troops are Chile's own, what it shows
    force with, not whom at; the purpose names Peru. "Chilean troops were deployed to
    confront Peru": no one shows force on the troops; their side shows it, at Peru."""
    shows = {
        (e.sentence, e.source, e.target) for e in run(TROOPS_DEPLOYED).events if e.cameo[:2] == "15"
    }
    assert shows == {(1, "chile", "peru"), (2, "chilean_military", "peru")}


TROOPS_AT_A_FRONTIER = parsed("""
Chile    1  nsubj  PROPN NNP Chile    GPE
deployed 1  ROOT   VERB  VBD deploy
troops   1  dobj   NOUN  NNS troop
along    1  prep   ADP   IN  along
the      6  det    DET   DT  the
Peruvian 6  amod   ADJ   JJ  peruvian NORP
border   3  pobj   NOUN  NN  border
.        1  punct  PUNCT .   .
Chile    9  nsubj  PROPN NNP Chile    GPE
deployed 9  ROOT   VERB  VBD deploy
tanks    9  dobj   NOUN  NNS tank
along    10 prep   ADP   IN  along
its      13 poss   PRON  PRP$ its
border   11 pobj   NOUN  NN  border
with     13 prep   ADP   IN  with
Bolivia  14 pobj   PROPN NNP Bolivia  GPE
.        9  punct  PUNCT .   .
Chile    18 nsubj  PROPN NNP Chile    GPE
deployed 18 ROOT   VERB  VBD deploy
troops   18 dobj   NOUN  NNS troop
along    18 prep   ADP   IN  along
its      22 poss   PRON  PRP$ its
border   20 pobj   NOUN  NN  border
.        18 punct  PUNCT .   .
""")


def test_forces_posted_at_a_frontier_face_its_other_side() -> None:
    """ "Chile deployed troops along the Peruvian border", "along its border with
    Bolivia": the show of force faces the frontier's other side, its owner or its
    "with" phrase; along its own border it faces no one the sentence names."""
    shows = {
        (e.sentence, e.source, e.target)
        for e in run(TROOPS_AT_A_FRONTIER).events
        if e.cameo[:2] == "15"
    }
    assert shows == {(1, "chile", "peru"), (2, "chile", "bolivia"), (3, "chile", None)}


TROOPS_DEPLOYED_BEFORE = parsed("""
Chilean  1  amod      ADJ   JJ  chilean  NORP
troops   10 nsubj     NOUN  NNS troop
and      1  cc        CCONJ CC  and
Bolivian 4  amod      ADJ   JJ  bolivian NORP
soldiers 1  conj      NOUN  NNS soldier
,        1  punct     PUNCT ,   ,
deployed 1  acl       VERB  VBN deploy
in       6  prep      ADP   IN  in
Ecuador  7  pobj      PROPN NNP Ecuador  GPE
,        1  punct     PUNCT ,   ,
fought   10 ROOT      VERB  VBD fight
Peru     10 dobj      PROPN NNP Peru     GPE
.        10 punct     PUNCT .   .
""")


def test_forces_a_participle_says_were_posted_are_the_sides_own() -> None:
    """ "Chilean troops and Bolivian soldiers, deployed in Ecuador, fought Peru": the
    participle tells a show of force by the forces' sides, both of them, not one on
    the forces."""
    shows = {
        (e.source, e.target) for e in run(TROOPS_DEPLOYED_BEFORE).events if e.cameo[:2] == "15"
    }
    assert shows == {("chilean_military", None), ("bolivian_military", None)}


AN_ARTILLERY_STRIKE = parsed("""
A         3 det      DET   DT  a
Chilean   3 amod     ADJ   JJ  chilean   NORP
artillery 3 compound NOUN  NN  artillery
strike    4 nsubj    NOUN  NN  strike
killed    4 ROOT     VERB  VBD kill
12        6 nummod   NUM   CD  12
people    4 dobj     NOUN  NNS people
.         4 punct    PUNCT .   .
""")


def test_an_act_nouns_side_acts_and_its_arm_is_no_doer_of_its_own() -> None:
    """ "A Chilean artillery strike killed 12 people": Chile acts, by its artillery;
    the artillery (forces coded by their role alone) is no second doer of the act."""
    assert {e.source for e in run(AN_ARTILLERY_STRIKE).events} == {"chile"}


MEANS_OF_ANOTHER = parsed("""
Chile     1  nsubj  PROPN NNP Chile    GPE
shot      1  ROOT   VERB  VBD shoot
down      1  prt    ADP   RP  down
drones    1  dobj   NOUN  NNS drone
launched  3  acl    VERB  VBN launch
by        4  agent  ADP   IN  by
Peru      5  pobj   PROPN NNP Peru     GPE
.         1  punct  PUNCT .   .
Chile     9  nsubj  PROPN NNP Chile    GPE
shot      9  ROOT   VERB  VBD shoot
down      9  prt    ADP   RP  down
twelve    9  dobj   NUM   CD  twelve   CARDINAL
of        11 prep   ADP   IN  of
the       14 det    DET   DT  the
missiles  12 pobj   NOUN  NNS missile
fired     14 acl    VERB  VBN fire
by        15 agent  ADP   IN  by
Peru      16 pobj   PROPN NNP Peru     GPE
.         9  punct  PUNCT .   .
""")

DOZENS_OF_DRONES = parsed("""
Chile     1 nsubj  PROPN NNP Chile    GPE
shot      1 ROOT   VERB  VBD shoot
down      1 prt    ADP   RP  down
dozens    1 dobj   NOUN  NNS dozen    CARDINAL
of        3 prep   ADP   IN  of
drones    4 pobj   NOUN  NNS drone
launched  5 acl    VERB  VBN launch
by        6 agent  ADP   IN  by
Peru      7 pobj   PROPN NNP Peru     GPE
.         1 punct  PUNCT .   .
""")


def test_force_on_the_means_of_another_is_aimed_at_the_handler() -> None:
    """ "Chile shot down drones launched by Peru": the drones are Peru's means, and the
    force used on them is aimed at Peru; so is "shot down twelve of the missiles fired
    by Peru", where a number counts the things of its "of" phrase."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(MEANS_OF_ANOTHER).events}
    assert (1, "chile", "19", "peru") in found
    assert (2, "chile", "19", "peru") in found
    # "dozens of drones launched by Peru", told alone: a noun counting them
    assert pairs(DOZENS_OF_DRONES) == {("chile", "19", "peru")}


DOWNGRADED_AND_PLACED = parsed("""
Chile      1  nsubj    PROPN NNP Chile      GPE
downgraded 1  ROOT     VERB  VBD downgrade
diplomatic 3  amod     ADJ   JJ  diplomatic
ties       1  dobj     NOUN  NNS tie
with       3  prep     ADP   IN  with
Peru       4  pobj     PROPN NNP Peru       GPE
.          1  punct    PUNCT .   .
Chile      8  nsubj    PROPN NNP Chile      GPE
placed     8  ROOT     VERB  VBD place
the        11 det      DET   DT  the
Peruvian   11 amod     ADJ   JJ  peruvian   NORP
ambassador 8  dobj     NOUN  NN  ambassador
under      8  prep     ADP   IN  under
house      14 compound NOUN  NN  house
arrest     12 pobj     NOUN  NN  arrest
.          8  punct    PUNCT .   .
""")


def test_downgrading_ties_reduces_relations_and_placing_under_arrest_arrests() -> None:
    """Two idioms the verb dictionary has no block or pattern for, written as ontology
    triggers: "downgraded diplomatic ties with Peru" reduces relations (161), and
    "placed the Peruvian ambassador under house arrest" arrests him (173), which the
    dictionary's PLACE codes as no event."""
    found = {(e.sentence, e.source, e.cameo, e.target) for e in run(DOWNGRADED_AND_PLACED).events}
    assert (1, "chile", "161", "peru") in found
    assert (2, "chile", "173", "peruvian_government") in found


ONE_OF_THE_SONS = parsed("""
One       11 nsubjpass NUM   CD  one      CARDINAL
of        0  prep      ADP   IN  of
the       4  det       DET   DT  the
Chilean   4  amod      ADJ   JJ  chilean  NORP
president 6  poss      NOUN  NN  president
's        4  case      PART  POS 's
sons      1  pobj      NOUN  NNS son
,         0  punct     PUNCT ,   ,
Juan      9  compound  PROPN NNP Juan     B-PERSON
Perez     0  appos     PROPN NNP Perez    I-PERSON
was       11 auxpass   AUX   VBD be
arrested  11 ROOT      VERB  VBN arrest
.         11 punct     PUNCT .   .
""")


def test_a_passive_subject_named_by_an_apposition_is_the_person_it_names() -> None:
    """ "One of the Chilean president's sons, Juan Perez, was arrested": the subject is
    no actor, and the apposition names whom it means: Juan Perez was arrested, not the
    Chilean government, the owner of the sons."""
    found = coded_pairs(ONE_OF_THE_SONS)
    assert (None, "173", "juan_perez") in found
    assert not [f for f in found if f[2] == "chilean_government"]


TEAR_GAS = parsed("""
Chilean    1 amod     ADJ   JJ  chilean   NORP
police     2 nsubj    NOUN  NNS police
fired      2 ROOT     VERB  VBD fire
tear       4 compound NOUN  NN  tear
gas        2 dobj     NOUN  NN  gas
at         2 prep     ADP   IN  at
Peruvian   7 amod     ADJ   JJ  peruvian  NORP
protesters 5 pobj     NOUN  NNS protester
.          2 punct    PUNCT .   .
""")


def test_a_dictionary_pattern_naming_its_object_by_a_phrase_outranks_a_trigger() -> None:
    """ "Chilean police fired tear gas at Peruvian protesters": FIRE's "- * {TEAR GAS}"
    names the object by a phrase of two words and codes repression (175), which the
    bare trigger "fire" and its "fire at", force (19), do not outrank."""
    found = coded_pairs(TEAR_GAS)
    assert {cameo for _, cameo, _ in found} == {"175"}


ARREST_WARRANT = parsed("""
Chile    1 nsubj    PROPN NNP Chile    GPE
issued   1 ROOT     VERB  VBD issue
an       4 det      DET   DT  an
arrest   4 compound NOUN  NN  arrest
warrant  1 dobj     NOUN  NN  warrant
for      4 prep     ADP   IN  for
the      8 det      DET   DT  the
Peruvian 8 amod     ADJ   JJ  peruvian NORP
minister 5 pobj     NOUN  NN  minister
.        1 punct    PUNCT .   .
""")


def test_a_dictionary_phrase_of_several_words_matches_its_head_in_either_number() -> None:
    """ISSUE's "- * {ARREST WARRANTS}" (173) is written in the plural; "issued an arrest
    warrant for the Peruvian minister" is the same act, an arrest, not ISSUE's bare "- *
    WARRANT", a demand (100): the word before the head tells the sense in either
    number."""
    assert {e.cameo for e in run(ARREST_WARRANT).events} == {"173"}


ACCUSED_OF_TWO_ACTS = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
accused  1 ROOT  VERB  VBD accuse
Chile    1 dobj  PROPN NNP Chile    GPE
of       1 prep  ADP   IN  of
burning  3 pcomp VERB  VBG burn
homes    4 dobj  NOUN  NNS home
and      4 cc    CCONJ CC  and
killing  4 conj  VERB  VBG kill
Chilean  9 amod  ADJ   JJ  chilean  NORP
farmers  7 dobj  NOUN  NNS farmer
.        1 punct PUNCT .   .
""")


def test_an_act_coordinated_in_a_charge_is_alleged_like_the_first() -> None:
    """ "Peru accused Chile of burning homes and killing Chilean farmers": both gerunds
    are what Chile is accused of, and neither is reported as done; the second, a
    conjunct of the first, is read as the first is, not as an act of its own."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(ACCUSED_OF_TWO_ACTS).events}
    assert ("peru", "11", "chile") in found
    assert not [f for f in found if f[1] in {"18", "19", "20"}]


FORCED_TO_WITHDRAW = parsed("""
Chile    2 nsubjpass PROPN NNP Chile    GPE
was      2 auxpass   AUX   VBD be
forced   2 ROOT      VERB  VBN force
to       4 aux       PART  TO  to
withdraw 2 xcomp     VERB  VB  withdraw
its      6 poss      PRON  PRP$ its
troops   4 dobj      NOUN  NNS troop
from     4 prep      ADP   IN  from
Peru     7 pobj      PROPN NNP Peru     GPE
.        2 punct     PUNCT .   .
""")

WILL_CONTINUE_TO_SHELL = parsed("""
Chile    2 nsubj PROPN NNP Chile    GPE
will     2 aux   VERB  MD  will
continue 2 ROOT  VERB  VB  continue
to       4 aux   PART  TO  to
shell    2 xcomp VERB  VB  shell
Peruvian 6 amod  ADJ   JJ  peruvian NORP
towns    4 dobj  NOUN  NNS town
.        2 punct PUNCT .   .
""")


def test_a_passive_of_compulsion_tells_what_its_subject_did_and_no_coercion() -> None:
    """ "Chile was forced to withdraw its troops from Peru": no one the text names
    coerced Chile, and no coercion (17) is coded; Chile withdrew its troops (087),
    as real as the passive, as an aspectual verb's infinitive is."""
    found = {(e.source, e.cameo[:2], e.target, e.modality) for e in run(FORCED_TO_WITHDRAW).events}
    assert ("chile", "08", "peru", "asserted") in found
    assert not [f for f in found if f[1] == "17"]


def test_an_aspectual_verbs_infinitive_shares_its_auxiliaries() -> None:
    """ "Chile will continue to shell Peruvian towns": the shelling is to come, as
    "will shell" is, and so a statement of intent to use force, a threat (13), not
    force reported as used."""
    found = {(e.source, e.cameo[:2]) for e in run(WILL_CONTINUE_TO_SHELL).events}
    assert ("chile", "13") in found
    assert ("chile", "19") not in found


ATTACK_AND_TOLL = parsed("""
Chilean   1  amod      ADJ   JJ  chilean  NORP
troops    2  nsubj     NOUN  NNS troop
attacked  2  ROOT      VERB  VBD attack
Peruvian  4  amod      ADJ   JJ  peruvian NORP
villages  2  dobj      NOUN  NNS village
.         2  punct     PUNCT .   .
Twelve    8  nummod    NUM   CD  twelve   CARDINAL
Peruvian  8  amod      ADJ   JJ  peruvian NORP
civilians 10 nsubjpass NOUN  NNS civilian
were      10 auxpass   AUX   VBD be
killed    10 ROOT      VERB  VBN kill
.         10 punct     PUNCT .   .
Juan      13 compound  PROPN NNP Juan     B-PERSON
Perez     15 nsubjpass PROPN NNP Perez    I-PERSON
was       15 auxpass   AUX   VBD be
killed    15 ROOT      VERB  VBN kill
.         15 punct     PUNCT .   .
""")


def test_the_toll_of_an_act_told_before_is_no_act_of_its_own() -> None:
    """ "Chilean troops attacked Peruvian villages. Twelve Peruvian civilians were
    killed.": one act and its toll, no second event of harm done by no one; "Juan
    Perez was killed." is a named victim's death, an act of its own."""
    found = {(e.sentence, e.source, e.cameo[:2], e.target) for e in run(ATTACK_AND_TOLL).events}
    assert [f for f in found if f[:2] == (1, "chilean_military") and f[2] in {"18", "19"}]
    assert not [f for f in found if f[0] == 2]
    assert [f for f in found if f[0] == 3 and f[3] == "juan_perez"]


KILLED_IN_A_STRIKE = parsed("""
Two         1 nummod    NUM   CD  two
journalists 3 nsubjpass NOUN  NNS journalist
were        3 auxpass   AUX   VBD be
killed      3 ROOT      VERB  VBN kill
in          3 prep      ADP   IN  in
a           7 det       DET   DT  a
Chilean     7 amod      ADJ   JJ  chilean  NORP
strike      4 pobj      NOUN  NN  strike
.           3 punct     PUNCT .   .
""")


KILLED_IN_AN_ANSWER = parsed("""
Two         1  nummod    NUM   CD  two
journalists 3  nsubjpass NOUN  NNS journalist
were        3  auxpass   AUX   VBD be
killed      3  ROOT      VERB  VBN kill
in          3  prep      ADP   IN  in
a           7  det       DET   DT  a
Chilean     7  amod      ADJ   JJ  chilean  NORP
strike      4  pobj      NOUN  NN  strike
in          7  prep      ADP   IN  in
response    8  pobj      NOUN  NN  response
to          9  prep      ADP   IN  to
a           13 det       DET   DT  a
Peruvian    13 amod      ADJ   JJ  peruvian NORP
attack      10 pobj      NOUN  NN  attack
.           3  punct     PUNCT .   .
""")


def test_victims_of_harm_told_in_the_acts_own_sentence_are_its_target() -> None:
    """ "Two journalists were killed in a Chilean strike": the killing, undergone at no
    one's hands, is the strike's toll, and the journalists are what the strike, whose
    clause names no target, was aimed at; never what the act it answered was aimed at
    ("… in a Chilean strike in response to a Peruvian attack")."""
    assert pairs(KILLED_IN_A_STRIKE) == {("chile", "19", "media")}
    assert ("peru", "19", None) in pairs(KILLED_IN_AN_ANSWER)


PEACEKEEPERS_AMBUSHED = parsed("""
Rebels       1 nsubj PROPN NNS rebel
ambushed     1 ROOT  VERB  VBD ambush
peacekeepers 1 dobj  NOUN  NNS peacekeeper
.            1 punct PUNCT .   .
""")


def test_peacekeepers_serve_an_international_body() -> None:
    """ "Rebels ambushed peacekeepers": blue helmets, named by their role alone, are an
    international organisation's (IGO, as Phoenix codes PEACEKEEPING_TROOPS), a target
    the event keeps, not a word of no actor."""
    (event,) = run(PEACEKEEPERS_AMBUSHED).events
    assert actors_of(PEACEKEEPERS_AMBUSHED)[event.target or ""][0] == "IGO"


FOUGHT_ALONGSIDE = parsed("""
Chilean   1 amod  ADJ   JJ  chilean   NORP
troops    2 nsubj NOUN  NNS troop
fought    2 ROOT  VERB  VBD fight
alongside 2 prep  ADP   IN  alongside
Peruvian  5 amod  ADJ   JJ  peruvian  NORP
forces    3 pobj  NOUN  NNS force
near      2 prep  ADP   IN  near
Lima      6 pobj  PROPN NNP Lima      GPE
.         2 punct PUNCT .   .
""")


def test_those_an_act_is_done_alongside_are_allies_not_its_target() -> None:
    """ "Chilean troops fought alongside Peruvian forces near Lima": the Peruvian forces
    are allies of the Chilean troops, so neither they nor Peru, whose capital is where
    they fought, are the target."""
    assert pairs(FOUGHT_ALONGSIDE) == {("chilean_military", "19", None)}


VOWED_TO_PURSUE = parsed("""
Chile   1 nsubj PROPN NNP Chile  GPE
vowed   1 ROOT  VERB  VBD vow
to      3 aux   PART  TO  to
pursue  1 xcomp VERB  VB  pursue
Peru    3 dobj  PROPN NNP Peru   GPE
.       1 punct PUNCT .   .
""")


def test_a_vow_of_an_act_the_dictionary_leaves_uncoded_is_a_threat() -> None:
    """ "Chile vowed to pursue Peru": the verb dictionary's VOW block codes only the vows
    its patterns name (support, reforms, revenge, attacks), and PURSUE names no act
    here; a vow made of an act aimed at another is a threat (13), as news of conflict
    makes it, not an intent to cooperate."""
    assert pairs(VOWED_TO_PURSUE) == {("chile", "13", "peru")}


CONGO_IN_FULL_THEN_SHORT = parsed("""
The        2 det      DET   DT  the
Democratic 2 compound PROPN NNP Democratic B-GPE
Republic   5 nsubj    PROPN NNP Republic   I-GPE
of         2 prep     ADP   IN  of         I-GPE
Congo      3 pobj     PROPN NNP Congo      I-GPE
accused    5 ROOT     VERB  VBD accuse
Rwanda     5 dobj     PROPN NNP Rwanda     GPE
.          5 punct    PUNCT .   .
Congo      9 nsubj    PROPN NNP Congo      GPE
accused    9 ROOT     VERB  VBD accuse
Rwanda     9 dobj     PROPN NNP Rwanda     GPE
.          9 punct    PUNCT .   .
""")


def test_a_state_named_in_full_is_what_its_short_name_means_in_the_article() -> None:
    """ "The Democratic Republic of Congo accused Rwanda. Congo accused Rwanda.": the
    second "Congo" is the state the article named in full, not the Republic of the
    Congo the dictionaries code the bare name as."""
    sources = {e.sentence: e.source for e in run(CONGO_IN_FULL_THEN_SHORT).events}
    assert sources[2] == sources[1] != "republic_of_the_congo"


MINISTERS_OF_TWO_STATES = parsed("""
The       2  det      DET   DT  the
foreign   2  amod     ADJ   JJ  foreign
ministers 7  nsubj    NOUN  NNS minister
of        2  prep     ADP   IN  of
Chile     3  pobj     PROPN NNP Chile    GPE
and       4  cc       CCONJ CC  and
Peru      4  conj     PROPN NNP Peru     GPE
met       7  ROOT     VERB  VBD meet
.         7  punct    PUNCT .   .
The       11 det      DET   DT  the
foreign   11 amod     ADJ   JJ  foreign
ministers 16 nsubj    NOUN  NNS minister
of        11 prep     ADP   IN  of
Chile     12 pobj     PROPN NNP Chile    GPE
and       13 cc       CCONJ CC  and
Peru      12 pobj     PROPN NNP Peru     GPE
met       16 ROOT     VERB  VBD meet
.         16 punct    PUNCT .   .
""")


def test_the_agents_of_two_states_named_in_an_of_phrase_meet_each_other() -> None:
    """ "The foreign ministers of Chile and Peru met": the noun names the ministers of
    each state, who met each other, whether the parser coordinates Peru with Chile or
    hangs it on the preposition beside Chile; before, no one met anyone."""
    found = {
        (e.sentence, e.source, e.cameo[:2], e.target) for e in run(MINISTERS_OF_TWO_STATES).events
    }
    for sentence in (1, 2):
        assert (sentence, "chilean_government", "04", "peruvian_government") in found
        assert (sentence, "peruvian_government", "04", "chilean_government") in found


OFFICIALS_FROM_TWO_STATES = parsed("""
Officials 5 nsubj NOUN  NNS official
from      0 prep  ADP   IN  from
Chile     1 pobj  PROPN NNP Chile GPE
and       2 cc    CCONJ CC  and
Peru      2 conj  PROPN NNP Peru  GPE
met       5 ROOT  VERB  VBD meet
.         5 punct PUNCT .   .
""")


def test_the_agents_of_two_states_named_in_a_subjects_from_phrase_meet_each_other() -> None:
    """ "Officials from Chile and Peru met": a subject's "from" phrase names its side,
    coordinated as an "of" phrase is; before, no one met anyone."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(OFFICIALS_FROM_TWO_STATES).events}
    assert ("chilean_government", "04", "peruvian_government") in found
    assert ("peruvian_government", "04", "chilean_government") in found


MET_WITH_ENVOYS_FROM = parsed("""
Chile  1 nsubj PROPN NNP Chile GPE
met    1 ROOT  VERB  VBD meet
with   1 prep  ADP   IN  with
envoys 2 pobj  NOUN  NNS envoy
from   3 prep  ADP   IN  from
Peru   4 pobj  PROPN NNP Peru  GPE
.      1 punct PUNCT .   .
""")


RETURNED_WITH_ENVOYS_FROM = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
returned 1 ROOT  VERB  VBD return
with     1 prep  ADP   IN  with
envoys   2 pobj  NOUN  NNS envoy
from     3 prep  ADP   IN  from
Peru     4 pobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
""")


def test_a_partner_s_from_phrase_names_its_side() -> None:
    """ "Chile met with envoys from Peru": whom a meeting's "with" phrase names is of
    where its "from" phrase says they come from, as a subject is; before, they were a
    government of no state. Whom a traveller goes with is no partner: "Chile returned
    with envoys from Peru" names no Peruvian envoys."""
    assert pairs(MET_WITH_ENVOYS_FROM) >= {("chile", "04", "peruvian_government")}
    assert "peruvian_government" not in actors_of(RETURNED_WITH_ENVOYS_FROM)


ACCORDING_TO_MONITORS = parsed("""
According 6 prep  VERB  VBG accord
to        0 prep  ADP   IN  to
monitors  1 pobj  NOUN  NNS monitor
,         6 punct PUNCT ,   ,
Chilean   5 amod  ADJ   JJ  chilean  NORP
jets      6 nsubj NOUN  NNS jet
struck    6 ROOT  VERB  VBD strike
a         9 det   DET   DT  a
Peruvian  9 amod  ADJ   JJ  peruvian NORP
village   6 dobj  NOUN  NN  village
.         6 punct PUNCT .   .
""")


def test_a_word_heading_a_prepositional_phrase_is_no_word_of_a_trigger() -> None:
    """ "According to monitors, Chilean jets struck a Peruvian village": "According"
    (lemma "accord") heads a phrase of attribution, and with "struck" it is no "strike
    accord", an agreement (057); the jets used force."""
    roots = {e.cameo[:2] for e in run(ACCORDING_TO_MONITORS).events}
    assert "05" not in roots
    assert "19" in roots


ACCORDING_TO_AS_A_VERB = parsed("""
Chilean   1 amod  ADJ   JJ  chilean  NORP
jets      2 nsubj NOUN  NNS jet
struck    2 ROOT  VERB  VBD strike
a         5 det   DET   DT  a
Peruvian  5 amod  ADJ   JJ  peruvian NORP
village   2 dobj  NOUN  NN  village
,         2 punct PUNCT ,   ,
killing   2 advcl VERB  VBG kill
two       9 nummod NUM  CD  two
people    7 dobj  NOUN  NNS people
,         7 punct PUNCT ,   ,
according 7 conj  VERB  VBG accord
to        11 prep ADP   IN  to
monitors  12 pobj NOUN  NNS monitor
.         2 punct PUNCT .   .
""")


def test_according_to_is_no_word_of_a_trigger_wherever_it_hangs() -> None:
    """ "Chilean jets struck a Peruvian village, killing two people, according to
    monitors": the parser makes "according" a verb coordinated with "killing"; it is
    still the phrase of attribution, no "strike accord" (057)."""
    roots = {e.cameo[:2] for e in run(ACCORDING_TO_AS_A_VERB).events}
    assert "05" not in roots
    assert "19" in roots


MINISTRY_AND_ITS_FORCES = parsed("""
Chile    3 poss     PROPN NNP Chile    GPE
's       0 case     PART  POS 's
defence  3 compound NOUN  NN  defence
ministry 4 nsubj    NOUN  NN  ministry
said     4 ROOT     VERB  VBD say
its      6 poss     PRON  PRP$ its
forces   7 nsubj    NOUN  NNS force
shelled  4 ccomp    VERB  VBD shell
Peru     7 dobj     PROPN NNP Peru     GPE
.        4 punct    PUNCT .   .
""")


def test_the_forces_of_a_states_institution_are_the_states() -> None:
    """ "Chile's defence ministry said its forces shelled Peru": the forces are Chile's
    military (CHLMIL), which the ministry (CHLGOV) speaks for, not the ministry itself."""
    found = {(e.source, e.cameo[:2], e.target) for e in run(MINISTRY_AND_ITS_FORCES).events}
    assert ("chilean_military", "19", "peru") in found


DISSATISFACTION_WITH_A_DECISION = parsed("""
Chile           1 nsubj PROPN NNP Chile    GPE
expressed       1 ROOT  VERB  VBD express
dissatisfaction 1 dobj  NOUN  NN  dissatisfaction
with            2 prep  ADP   IN  with
the             6 det   DET   DT  the
Peruvian        6 amod  ADJ   JJ  peruvian NORP
decision        3 pobj  NOUN  NN  decision
.               1 punct PUNCT .   .
""")


def test_a_pattern_s_object_noun_aims_the_act_by_its_own_phrase() -> None:
    """ "Chile expressed dissatisfaction with the Peruvian decision": EXPRESS's "- *
    DISSATISFACTION" (111) matched the object, whose "with" phrase names Peru's
    decision: the disapproval is aimed at Peru (before, it had no target and was
    dropped, as a dictionary code with none is)."""
    assert pairs(DISSATISFACTION_WITH_A_DECISION) == {("chile", "11", "peru")}


ATTACK_AND_HARM_ELSEWHERE = parsed("""
Chilean   1  amod      ADJ   JJ  chilean  NORP
troops    2  nsubj     NOUN  NNS troop
attacked  2  ROOT      VERB  VBD attack
Tacna     2  dobj      PROPN NNP Tacna    GPE
.         2  punct     PUNCT .   .
Twelve    6  nummod    NUM   CD  twelve   CARDINAL
civilians 8  nsubjpass NOUN  NNS civilian
were      8  auxpass   AUX   VBD be
killed    8  ROOT      VERB  VBN kill
in        8  prep      ADP   IN  in
Bolivia   9  pobj      PROPN NNP Bolivia  GPE
.         8  punct     PUNCT .   .
""")


def test_harm_told_at_another_place_is_no_toll_of_the_act_before() -> None:
    """ "Chilean troops attacked Tacna. Twelve civilians were killed in Bolivia.": the
    deaths are placed elsewhere than the attack, so they are no toll of it and stay an
    event of their own."""
    found = {(e.sentence, e.source) for e in run(ATTACK_AND_HARM_ELSEWHERE).events}
    assert (2, None) in found


STEPPED_UP_AGAINST = parsed("""
Chilean     1 amod  ADJ   JJ   chilean   NORP
troops      2 nsubj NOUN  NNS  troop
intensified 2 ROOT  VERB  VBD  intensify
their       4 poss  PRON  PRP$ their
operations  2 dobj  NOUN  NNS  operation
against     4 prep  ADP   IN   against
Peru        5 pobj  PROPN NNP  Peru      GPE
.           2 punct PUNCT .    .
""")


def test_an_object_the_doer_owns_is_aimed_by_its_own_against_phrase() -> None:
    """ "Chilean troops intensified their operations against Peru": "their" is the
    troops' own; the operations, and the show of force (PETRARCH's "- &MILITARY *"
    [154]), are aimed at Peru."""
    assert ("chilean_military", "15", "peru") in pairs(STEPPED_UP_AGAINST)


COUP_CONDEMNED = parsed("""
Bolivian  1 amod  ADJ   JJ  bolivian NORP
soldiers  2 nsubj NOUN  NNS soldier
seized    2 ROOT  VERB  VBD seize
power     2 dobj  NOUN  NN  power
.         2 punct PUNCT .   .
Peru      6 nsubj PROPN NNP Peru     GPE
condemned 6 ROOT  VERB  VBD condemn
the       8 det   DET   DT  the
coup      6 dobj  NOUN  NN  coup
.         6 punct PUNCT .   .
""")


def test_condemning_the_coup_the_article_told_is_aimed_at_its_makers() -> None:
    """ "Bolivian soldiers seized power. Peru condemned the coup": CONDEMN's "- * COUP"
    [111] names the seizure of power (SEIZE's "- * POWER" [180]) again, and is aimed at
    the soldiers who made it, though the sentence names no target."""
    found = pairs(COUP_CONDEMNED)
    assert ("bolivian_military", "18", None) in found
    assert ("peru", "11", "bolivian_military") in found


RELEASE_OF_THE_HELD_IN = parsed("""
Peru      1 nsubj PROPN NNP Peru      GPE
demanded  1 ROOT  VERB  VBD demand
the       3 det   DET   DT  the
release   1 dobj  NOUN  NN  release
of        3 prep  ADP   IN  of
Bolivian  6 amod  ADJ   JJ  bolivian  NORP
prisoners 4 pobj  NOUN  NNS prisoner
held      6 acl   VERB  VBN hold
in        7 prep  ADP   IN  in
Chile     8 pobj  PROPN NNP Chile     GPE
.         1 punct PUNCT .   .
""")


def test_a_demand_of_release_is_aimed_at_the_holder_its_sentence_names() -> None:
    """ "Peru demanded the release of Bolivian prisoners held in Chile": CAMEO's demand
    of release (1053) is made of whoever holds them, Chile, not of the prisoners."""
    found = coded_pairs(RELEASE_OF_THE_HELD_IN)
    assert ("peru", "1053", "chile") in found
    assert not any(target == "bolivian_prisoners" for _, _, target in found)


RELEASE_OF_THE_DETAINED = parsed("""
Chilean  1 amod  ADJ   JJ   chilean  NORP
soldiers 2 nsubj NOUN  NNS  soldier
detained 2 ROOT  VERB  VBD  detain
Bolivian 4 amod  ADJ   JJ   bolivian NORP
farmers  2 dobj  NOUN  NNS  farmer
.        2 punct PUNCT .    .
Peru     7 nsubj PROPN NNP  Peru     GPE
demanded 7 ROOT  VERB  VBD  demand
their    9 poss  PRON  PRP$ their
release  7 dobj  NOUN  NN   release
.        7 punct PUNCT .    .
""")


def test_a_demand_of_release_is_aimed_at_the_detainer_the_article_told() -> None:
    """ "Chilean soldiers detained Bolivian farmers. Peru demanded their release": the
    sentence names no holder; the detention before it tells who holds them."""
    found = coded_pairs(RELEASE_OF_THE_DETAINED)
    assert ("peru", "1053", "chilean_military") in found


CALLED_FOR_RELEASE = parsed("""
Peru      1 nsubj PROPN NNP Peru    GPE
called    1 ROOT  VERB  VBD call
for       1 prep  ADP   IN  for
the       4 det   DET   DT  the
release   2 pobj  NOUN  NN  release
of        4 prep  ADP   IN  of
prisoners 5 pobj  NOUN  NNS prisoner
held      6 acl   VERB  VBN hold
by        7 agent ADP   IN  by
Chile     8 pobj  PROPN NNP Chile   GPE
.         1 punct PUNCT .   .
""")


def test_an_appeal_for_release_is_coded_as_one_and_aimed_at_the_holder() -> None:
    """ "Peru called for the release of prisoners held by Chile": an appeal whose theme
    is a release is CAMEO's appeal for release (0253), made of Chile, which holds them."""
    found = coded_pairs(CALLED_FOR_RELEASE)
    assert ("peru", "0253", "chile") in found


URGED_TO_RELEASE = parsed("""
Chile     1 nsubj PROPN NNP Chile    GPE
urged     1 ROOT  VERB  VBD urge
Peru      1 dobj  PROPN NNP Peru     GPE
to        4 aux   PART  TO  to
release   1 xcomp VERB  VB  release
the       6 det   DET   DT  the
prisoners 4 dobj  NOUN  NNS prisoner
.         1 punct PUNCT .   .
""")


def test_an_appeal_to_release_is_aimed_at_whom_it_addresses() -> None:
    """ "Chile urged Peru to release the prisoners": Peru, asked to release them, holds
    them; the appeal for release (0253) keeps it as its target."""
    found = coded_pairs(URGED_TO_RELEASE)
    assert ("chile", "0253", "peru") in found


SAID_IT_WAS_BEHIND = parsed("""
Hamas  1 nsubj PROPN NNP Hamas  ORG
said   1 ROOT  VERB  VBD say
it     3 nsubj PRON  PRP it
was    1 ccomp AUX   VBD be
behind 3 prep  ADP   IN  behind
the    6 det   DET   DT  the
attack 4 pobj  NOUN  NN  attack
.      1 punct PUNCT .   .
""")


def test_what_a_speaker_lays_at_its_own_door_is_a_claim_of_responsibility() -> None:
    """ "Hamas said it was behind the attack": the accusation's predicate ("be behind
    attack") said of the speaker itself claims the attack (015), accusing no one."""
    found = coded_pairs(SAID_IT_WAS_BEHIND)
    assert ("hamas", "015", None) in found
    assert not any(cameo.startswith("11") for _, cameo, _ in found)


TROOPS_ARRESTED = parsed("""
Chilean   1 amod  ADJ   JJ  chilean  NORP
troops    2 nsubj NOUN  NNS troop
arrested  2 ROOT  VERB  VBD arrest
Bolivian  4 amod  ADJ   JJ  bolivian NORP
farmers   2 dobj  NOUN  NNS farmer
.         2 punct PUNCT .   .
Chilean   7 amod  ADJ   JJ  chilean  NORP
troops    8 nsubj NOUN  NNS troop
captured  8 ROOT  VERB  VBD capture
the       10 det  DET   DT  the
town      8 dobj  NOUN  NN  town
.         8 punct PUNCT .   .
""")


def test_a_pattern_of_the_subject_alone_leaves_a_verb_its_own_code() -> None:
    """The block of CAPTURE and ARREST holds TAKE's "- &MILITARY * [192]": troops that
    take or capture occupy territory (192), but ARREST has its own code (173), and
    troops that arrest farmers detain them."""
    found = {(e.sentence, e.cameo) for e in run(TROOPS_ARRESTED).events}
    assert (1, "173") in found and (1, "192") not in found
    assert (2, "192") in found


FIERCE_FIGHTING = parsed("""
Fierce   1 amod  ADJ   JJ  fierce   ORG
fighting 2 nsubj NOUN  NN  fighting
broke    2 ROOT  VERB  VBD break
out      2 prt   ADP   RP  out
between  2 prep  ADP   IN  between
Chilean  6 amod  ADJ   JJ  chilean  NORP
troops   4 pobj  NOUN  NNS troop
and      6 cc    CCONJ CC  and
Peruvian 9 amod  ADJ   JJ  peruvian NORP
rebels   6 conj  NOUN  NNS rebel
.        2 punct PUNCT .   .
""")


def test_an_adjective_opening_a_sentence_is_no_name_though_tagged_one() -> None:
    """ "Fierce fighting broke out between Chilean troops and Peruvian rebels": the
    model may tag the capitalised "Fierce" as an organisation; an adjective that opens
    its sentence is no actor, and the fighting is between the two sides."""
    assert "fierce" not in actors_of(FIERCE_FIGHTING)
    assert ("chilean_military", "19", "peruvian_rebels") in pairs(FIERCE_FIGHTING)


GERUND_SUBJECT = parsed("""
Fighting 7 nsubj VERB  VBG fight
between  0 prep  ADP   IN  between
Chilean  3 amod  ADJ   JJ  chilean  NORP
troops   1 pobj  NOUN  NNS troop
and      3 cc    CCONJ CC  and
Peruvian 6 amod  ADJ   JJ  peruvian NORP
rebels   3 conj  NOUN  NNS rebel
killed   7 ROOT  VERB  VBD kill
20       9 nummod NUM  CD  20
people   7 dobj  NOUN  NNS people
.        7 punct PUNCT .   .
""")


def test_a_gerund_heading_a_noun_phrase_is_the_noun_of_its_act() -> None:
    """ "Fighting between Chilean troops and Peruvian rebels killed 20 people": the
    parser's verb "Fighting", with no clause of its own and a noun's "between" phrase,
    is the noun "fighting" (kg_gerunds), the act between the two sides."""
    assert GERUND_SUBJECT[0].pos_ == "NOUN" and GERUND_SUBJECT[0].lemma_ == "fighting"
    found = pairs(GERUND_SUBJECT)
    assert ("chilean_military", "19", "peruvian_rebels") in found
    assert ("peruvian_rebels", "19", "chilean_military") in found


SHELLING_KILLED = parsed("""
The       1 det    DET   DT  the
shelling  5 nsubj  NOUN  NN  shelling
by        1 prep   ADP   IN  by
Chilean   4 amod   ADJ   JJ  chilean  NORP
troops    2 pobj   NOUN  NNS troop
killed    5 ROOT   VERB  VBD kill
three     8 nummod NUM   CD  three
Peruvian  8 amod   ADJ   JJ  peruvian NORP
civilians 5 dobj   NOUN  NNS civilian
.         5 punct  PUNCT .   .
""")


def test_a_noun_the_dictionary_codes_as_violence_is_the_act_that_killed() -> None:
    """ "The shelling by Chilean troops killed three Peruvian civilians": "shelling" is
    no noun of the ontology, but the verb dictionary codes it as force; the troops of
    its "by" phrase did what killed the civilians."""
    assert ("chilean_military", "19", "peruvian_civilians") in pairs(SHELLING_KILLED)


MISSILES_KILLING = parsed("""
Chilean  1 amod   ADJ   JJ  chilean NORP
missiles 2 nsubj  NOUN  NNS missile
struck   2 ROOT   VERB  VBD strike
Lima     2 dobj   PROPN NNP Lima    GPE
,        2 punct  PUNCT ,   ,
killing  2 advcl  VERB  VBG kill
four     7 nummod NUM   CD  four
people   5 dobj   NOUN  NNS people
.        2 punct  PUNCT .   .
""")


def test_a_bombing_beside_its_doers_act_of_force_is_the_acts_toll() -> None:
    """ "Chilean missiles struck Lima, killing four people": KILL's "- &WEAPON * [183]"
    reads the participle by the missiles it takes from the strike; the deaths are the
    strike's toll, no bombing of its own beside it."""
    found = {(e.source, e.cameo) for e in run(MISSILES_KILLING).events}
    assert any(cameo.startswith("19") for _, cameo in found)
    assert not any(cameo == "183" for _, cameo in found)


SIGNED_AT = parsed("""
Chile  3 nsubj    PROPN NNP Chile  GPE
and    0 cc       CCONJ CC  and
Peru   0 conj     PROPN NNP Peru   GPE
signed 3 ROOT     VERB  VBD sign
the    5 det      DET   DT  the
accord 3 dobj     NOUN  NN  accord
at     3 prep     ADP   IN  at
the    9 det      DET   DT  the
White  9 compound PROPN NNP White  B-ORG
House  6 pobj     PROPN NNP House  I-ORG
.      3 punct    PUNCT .   .
""")


def test_the_venue_of_an_act_done_with_each_other_is_no_party() -> None:
    """ "Chile and Peru signed the accord at the White House": the signatories sign with
    each other; the White House is where, not a party."""
    found = pairs(SIGNED_AT)
    assert {("chile", "05", "peru"), ("peru", "05", "chile")} <= found
    assert not any(target not in {"chile", "peru"} for _, _, target in found)


ATTENDED_THE_TALKS = parsed("""
Chile    1 nsubj PROPN NNP Chile  GPE
hosted   1 ROOT  VERB  VBD host
talks    1 dobj  NOUN  NNS talk
.        1 punct PUNCT .   .
It       5 nsubj PRON  PRP it
rained   5 ROOT  VERB  VBD rain
.        5 punct PUNCT .   .
Peru     8 nsubj PROPN NNP Peru   GPE
attended 8 ROOT  VERB  VBD attend
the      10 det  DET   DT  the
talks    8 dobj  NOUN  NNS talk
.        8 punct PUNCT .   .
""")


def test_a_default_code_on_an_act_named_again_takes_the_acts_doer_as_target() -> None:
    """ "Chile hosted talks. It rained. Peru attended the talks": ATTEND's default code
    (042) needs a target its sentence does not name, but "the talks" names again the
    act Chile did; the visit is aimed at Chile."""
    assert ("peru", "04", "chile") in pairs(ATTENDED_THE_TALKS)


DEMANDED_THAT_RELEASE = parsed("""
Peru      1 nsubj PROPN NNP Peru     GPE
demanded  1 ROOT  VERB  VBD demand
that      4 mark  SCONJ IN  that
Chile     4 nsubj PROPN NNP Chile    GPE
release   1 ccomp VERB  VB  release
the       6 det   DET   DT  the
prisoners 4 dobj  NOUN  NNS prisoner
.         1 punct PUNCT .   .
""")

RELEASE_OF_THE_EMPLOYED = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
demanded 1 ROOT  VERB  VBD demand
the      3 det   DET   DT  the
release  1 dobj  NOUN  NN  release
of       3 prep  ADP   IN  of
workers  4 pobj  NOUN  NNS worker
employed 5 acl   VERB  VBN employ
by       6 agent ADP   IN  by
Chile    7 pobj  PROPN NNP Chile    GPE
.        1 punct PUNCT .   .
""")


def test_a_demand_of_release_keeps_whom_its_clause_asks_and_no_employer() -> None:
    """ "Peru demanded that Chile release the prisoners": Chile, asked to release them,
    holds them, outside the phrase naming the prisoners. "Peru demanded the release of
    workers employed by Chile": employing is no holding; Chile is no holder."""
    asked = coded_pairs(DEMANDED_THAT_RELEASE)
    assert ("peru", "1053", "chile") in asked
    employed = coded_pairs(RELEASE_OF_THE_EMPLOYED)
    assert ("peru", "1053", "chile") not in employed


REBELS_BLAME_THE_ARMY = parsed("""
Chilean 1 amod  ADJ   JJ  chilean NORP
rebels  2 nsubj NOUN  NNS rebel
said    2 ROOT  VERB  VBD say
the     5 det   DET   DT  the
Chilean 5 amod  ADJ   JJ  chilean NORP
army    6 nsubj NOUN  NN  army
was     2 ccomp AUX   VBD be
behind  6 prep  ADP   IN  behind
the     9 det   DET   DT  the
attack  7 pobj  NOUN  NN  attack
.       2 punct PUNCT .   .
""")


def test_what_a_speaker_lays_at_another_of_its_country_is_no_claim() -> None:
    """ "Chilean rebels said the Chilean army was behind the attack": the army is of the
    rebels' country but not the rebels; they claim nothing."""
    assert not any(e.cameo == "015" for e in run(REBELS_BLAME_THE_ARMY).events)


CLASHES_WOULD_BE = parsed("""
Clashes  6 nsubj NOUN  NNS clash
between  0 prep  ADP   IN  between
Chile    1 pobj  PROPN NNP Chile    GPE
and      2 cc    CCONJ CC  and
Peru     2 conj  PROPN NNP Peru     GPE
would    6 aux   AUX   MD  would
be       6 ROOT  AUX   VB  be
a        8 det   DET   DT  a
disaster 6 attr  NOUN  NN  disaster
.        6 punct PUNCT .   .
""")


def test_what_an_act_between_parties_would_be_reports_no_act() -> None:
    """ "Clashes between Chile and Peru would be a disaster": what such an act would be,
    not clashes that took place."""
    assert not run(CLASHES_WOULD_BE).events


GULF_OF_SPLIT = parsed("""
Iran   1 nsubj PROPN NNP Iran   GPE
seized 1 ROOT  VERB  VBD seize
a      3 det   DET   DT  a
tanker 1 dobj  NOUN  NN  tanker
in     1 prep  ADP   IN  in
the    6 det   DET   DT  the    B-LOC
Gulf   4 pobj  PROPN NNP Gulf   I-LOC
of     6 prep  ADP   IN  of     I-LOC
Oman   7 pobj  PROPN NNP Oman   GPE
.      1 punct PUNCT .   .
""")


def test_a_place_name_the_model_split_after_its_of_is_one_place() -> None:
    """ "seized a tanker in the Gulf of Oman", the model tagging "the Gulf of" and "Oman"
    apart: the place tables list the Gulf of Oman, where it happened; Oman is no party
    and the Gulf is not the Persian Gulf."""
    events = run(GULF_OF_SPLIT).events
    assert {e.location for e in events} == {"gulf_of_oman"}
    assert not any(e.target and "oman" in e.target for e in events)


SHELLING_CONDEMNED = parsed("""
Chilean   1 amod  ADJ   JJ  chilean  NORP
troops    2 nsubj NOUN  NNS troop
attacked  2 ROOT  VERB  VBD attack
Bolivia   2 dobj  PROPN NNP Bolivia  GPE
.         2 punct PUNCT .   .
Peru      6 nsubj PROPN NNP Peru     GPE
condemned 6 ROOT  VERB  VBD condemn
the       8 det   DET   DT  the
shelling  6 dobj  NOUN  NN  shelling
.         6 punct PUNCT .   .
""")


def test_a_noun_only_the_verb_dictionary_codes_names_an_act_again() -> None:
    """ "Chilean troops attacked Bolivia. Peru condemned the shelling": no trigger of the
    ontology is "shelling", but the verb dictionary codes it as force (SHELL), so it
    names the attack again, and the condemnation is aimed at its doers."""
    assert ("peru", "11", "chilean_military") in pairs(SHELLING_CONDEMNED)


ATTACK_AND_ANSWER_CONDEMNED = parsed("""
Chilean   1 amod  ADJ   JJ  chilean  NORP
troops    2 nsubj NOUN  NNS troop
raided    2 ROOT  VERB  VBD raid
Bolivia   2 dobj  PROPN NNP Bolivia  GPE
.         2 punct PUNCT .   .
Bolivian  6 amod  ADJ   JJ  bolivian NORP
troops    7 nsubj NOUN  NNS troop
shelled   7 ROOT  VERB  VBD shell
Chile     7 dobj  PROPN NNP Chile    GPE
.         7 punct PUNCT .   .
Peru      11 nsubj PROPN NNP Peru    GPE
condemned 11 ROOT VERB  VBD condemn
the       13 det  DET   DT  the
attack    11 dobj NOUN  NN  attack
.         11 punct PUNCT .  .
""")


def test_the_act_named_again_is_the_storys_first_of_its_kind() -> None:
    """ "Chilean troops raided Bolivia. Bolivian troops shelled Chile. Peru condemned the
    attack": the attack named again is the one the story led with, Chile's, not the
    answer told just before the condemnation."""
    found = pairs(ATTACK_AND_ANSWER_CONDEMNED)
    assert ("peru", "11", "chilean_military") in found
    assert ("peru", "11", "bolivian_military") not in found


SHELLED_THEN_MOVE_CRITICISED = parsed("""
Chilean    1 amod  ADJ   JJ  chilean    NORP
troops     2 nsubj NOUN  NNS troop
shelled    2 ROOT  VERB  VBD shell
Peru       2 dobj  PROPN NNP Peru       GPE
.          2 punct PUNCT .   .
Bolivia    6 nsubj PROPN NNP Bolivia    GPE
criticised 6 ROOT  VERB  VBD criticise
the        8 det   DET   DT  the
move       6 dobj  NOUN  NN  move
as         8 prep  ADP   IN  as
reckless   9 amod  ADJ   JJ  reckless
.          6 punct PUNCT .   .
""")

RECALLED_THEN_STEP_WELCOMED = parsed("""
Chile      1 nsubj PROPN NNP  Chile      GPE
recalled   1 ROOT  VERB  VBD  recall
its        3 poss  PRON  PRP$ its
ambassador 1 dobj  NOUN  NN   ambassador
from       3 prep  ADP   IN   from
Peru       4 pobj  PROPN NNP  Peru       GPE
.          1 punct PUNCT .    .
Bolivia    8 nsubj PROPN NNP  Bolivia    GPE
welcomed   8 ROOT  VERB  VBD  welcome
this       11 det  DET   DT   this
bold       11 amod ADJ   JJ   bold
step       8 dobj  NOUN  NN   step
.          8 punct PUNCT .    .
""")

SHELLED_THEN_DECISION_CRITICISED = parsed("""
Chilean    1 amod  ADJ   JJ  chilean    NORP
troops     2 nsubj NOUN  NNS troop
shelled    2 ROOT  VERB  VBD shell
Peru       2 dobj  PROPN NNP Peru       GPE
.          2 punct PUNCT .   .
Bolivia    6 nsubj PROPN NNP Bolivia    GPE
criticised 6 ROOT  VERB  VBD criticise
the        8 det   DET   DT  the
decision   6 dobj  NOUN  NN  decision
to         10 aux  PART  TO  to
close      8 acl   VERB  VB  close
the        12 det  DET   DT  the
border     10 dobj NOUN  NN  border
.          6 punct PUNCT .   .
""")


def test_a_noun_of_any_act_names_the_storys_first_act_again() -> None:
    """ "Chilean troops shelled Peru. Bolivia criticised the move as reckless"; "Chile
    recalled its ambassador from Peru. Bolivia welcomed this bold step": "move" and
    "step" (ckg:actNoun) name no kind of act, and, definite and with no doer of their
    own, name again the act the story told first by another side, whatever its code (an
    "as" phrase the parser hangs on the noun only describes it)."""
    assert ("bolivia", "11", "chilean_military") in pairs(SHELLED_THEN_MOVE_CRITICISED)
    assert ("bolivia", "05", "chile") in pairs(RECALLED_THEN_STEP_WELCOMED)


def test_a_noun_of_any_act_with_a_clause_of_its_own_names_no_earlier_act() -> None:
    """ "Chilean troops shelled Peru. Bolivia criticised the decision to close the
    border": the decision's clause tells which act it is, not the shelling."""
    found = pairs(SHELLED_THEN_DECISION_CRITICISED)
    assert ("bolivia", "11", "chilean_military") not in found


ATTACKS_KEPT_UP_UNTIL = parsed("""
Peru        1 nsubj PROPN NNP Peru      GPE
said        1 ROOT  VERB  VBD say
it          4 nsubj PRON  PRP it
would       4 aux   AUX   MD  would
keep        1 ccomp VERB  VB  keep
up          4 prt   ADP   RP  up
attacks     4 dobj  NOUN  NNS attack
until       10 mark SCONJ IN  until
the         9 det   DET   DT  the
rebels      10 nsubj NOUN NNS rebel
surrendered 4 advcl VERB  VBD surrender
.           1 punct PUNCT .   .
""")

FOUGHT_UNTIL = parsed("""
Peruvian    1 amod  ADJ   JJ  peruvian NORP
troops      2 nsubj NOUN  NNS troop
fought      2 ROOT  VERB  VBD fight
until       6 mark  SCONJ IN  until
the         5 det   DET   DT  the
rebels      6 nsubj NOUN  NNS rebel
surrendered 2 advcl VERB  VBD surrender
.           2 punct PUNCT .   .
""")


def test_a_clause_of_time_ahead_of_an_act_to_come_reports_nothing_done() -> None:
    """ "Peru said it would keep up attacks until the rebels surrendered": the surrender
    is what the attacks are to last until, backshifted by the reported "would", not a
    surrender that happened; "Peruvian troops fought until the rebels surrendered" tells
    one that did."""
    assert not any(source == "rebels" for source, _, _ in pairs(ATTACKS_KEPT_UP_UNTIL))
    assert ("rebels", "08", None) in pairs(FOUGHT_UNTIL)


RESPONSE_TO_THE_ATTACK_VOWED = parsed("""
Chilean  1 amod  ADJ   JJ  chilean  NORP
troops   2 nsubj NOUN  NNS troop
shelled  2 ROOT  VERB  VBD shell
Peru     2 dobj  PROPN NNP Peru     GPE
.        2 punct PUNCT .   .
Peru     6 nsubj PROPN NNP Peru     GPE
said     6 ROOT  VERB  VBD say
it       9 nsubj PRON  PRP it
would    9 aux   AUX   MD  would
respond  6 ccomp VERB  VB  respond
to       9 prep  ADP   IN  to
the      12 det  DET   DT  the
attack   10 pobj NOUN  NN  attack
.        6 punct PUNCT .   .
""")

RETALIATION_FOR_THE_RAID_VOWED = parsed("""
Chilean   1 amod  ADJ   JJ  chilean  NORP
troops    2 nsubj NOUN  NNS troop
raided    2 ROOT  VERB  VBD raid
Peru      2 dobj  PROPN NNP Peru     GPE
.         2 punct PUNCT .   .
Peru      6 nsubj PROPN NNP Peru     GPE
vowed     6 ROOT  VERB  VBD vow
to        8 aux   PART  TO  to
retaliate 6 xcomp VERB  VB  retaliate
for       8 prep  ADP   IN  for
this      12 det  DET   DT  this
brazen    12 amod ADJ   JJ  brazen
raid      9 pobj  NOUN  NN  raid
.         6 punct PUNCT .   .
""")

RESPONDED_TO_THE_ATTACK = parsed("""
Chilean   1 amod  ADJ   JJ  chilean  NORP
troops    2 nsubj NOUN  NNS troop
shelled   2 ROOT  VERB  VBD shell
Peru      2 dobj  PROPN NNP Peru     GPE
.         2 punct PUNCT .   .
Peru      6 nsubj PROPN NNP Peru     GPE
responded 6 ROOT  VERB  VBD respond
to        6 prep  ADP   IN  to
the       9 det   DET   DT  the
attack    7 pobj  NOUN  NN  attack
.         6 punct PUNCT .   .
""")


def test_a_vowed_answer_to_an_act_the_story_told_is_a_threat_at_its_doer() -> None:
    """ "Chilean troops shelled Peru. Peru said it would respond to the attack";
    "Chilean troops raided Peru. Peru vowed to retaliate for this brazen raid": an
    answer stated for the future to a hostile act named again is a threat (13) aimed at
    that act's doer, whom the story gave."""
    assert ("peru", "13", "chilean_military") in pairs(RESPONSE_TO_THE_ATTACK_VOWED)
    assert ("peru", "13", "chilean_military") in pairs(RETALIATION_FOR_THE_RAID_VOWED)


def test_an_answer_told_as_done_is_no_threat() -> None:
    """ "Chilean troops shelled Peru. Peru responded to the attack": a response told in
    the past threatens nothing."""
    assert not any(code == "13" for _, code, _ in pairs(RESPONDED_TO_THE_ATTACK))


BEHIND_THE_SHELLING = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
said     1 ROOT  VERB  VBD say
Chile    3 nsubj PROPN NNP Chile    GPE
was      1 ccomp AUX   VBD be
behind   3 prep  ADP   IN  behind
the      6 det   DET   DT  the
shelling 4 pobj  NOUN  NN  shelling
.        1 punct PUNCT .   .
""")

BEHIND_THE_RECOVERY = parsed("""
Peru     1 nsubj PROPN NNP Peru     GPE
said     1 ROOT  VERB  VBD say
Chile    3 nsubj PROPN NNP Chile    GPE
was      1 ccomp AUX   VBD be
behind   3 prep  ADP   IN  behind
the      6 det   DET   DT  the
recovery 4 pobj  NOUN  NN  recovery
.        1 punct PUNCT .   .
""")


def test_being_behind_any_act_of_conflict_is_blamed() -> None:
    """ "Peru said Chile was behind the shelling": "be behind" (a ckg:blameTrigger) lays
    any act of conflict at its subject's door, by the ontology's noun or the verb
    dictionary's (SHELL); "behind the recovery" lays nothing."""
    assert ("peru", "11", "chile") in pairs(BEHIND_THE_SHELLING)
    assert not any(code == "11" for _, code, _ in pairs(BEHIND_THE_RECOVERY))


WITHDREW_AFTER_COULD_NOT = parsed("""
Convoys  3 nsubj NOUN  NNS convoy
could    3 aux   AUX   MD  could
not      3 neg   PART  RB  not
reach    3 ROOT  VERB  VB  reach
the      5 det   DET   DT  the
town     3 dobj  NOUN  NN  town
until    9 mark  SCONJ IN  until
Peruvian 8 amod  ADJ   JJ  peruvian NORP
troops   9 nsubj NOUN  NNS troop
withdrew 3 advcl VERB  VBD withdraw
.        3 punct PUNCT .   .
""")


def test_a_clause_of_time_on_what_could_not_be_done_tells_what_happened() -> None:
    """ "Convoys could not reach the town until Peruvian troops withdrew": "could" tells
    what was possible, not an act to come; the withdrawal happened."""
    assert ("peruvian_military", "08", None) in pairs(WITHDREW_AFTER_COULD_NOT)


MEETING_AFTER_THE_ATTACK = parsed("""
Chilean     1 amod  ADJ   JJ   chilean  NORP
troops      2 nsubj NOUN  NNS  troop
shelled     2 ROOT  VERB  VBD  shell
Peru        2 dobj  PROPN NNP  Peru     GPE
.           2 punct PUNCT .    .
The         7 det   DET   DT   the
Chilean     7 amod  ADJ   JJ   chilean  NORP
president   9 nsubj NOUN  NN   president
will        9 aux   AUX   MD   will
meet        9 ROOT  VERB  VB   meet
his         12 poss PRON  PRP$ his
Bolivian    12 amod ADJ   JJ   bolivian NORP
counterpart 9 dobj  NOUN  NN   counterpart
after       9 prep  ADP   IN   after
the         15 det  DET   DT   the
attack      13 pobj NOUN  NN   attack
.           9 punct PUNCT .    .
""")


def test_an_answer_verb_names_what_it_answers_by_to_or_for_alone() -> None:
    """ "… The Chilean president will meet his Bolivian counterpart after the attack":
    "meet" answers an attack only as what it meets ("to meet any attack"); a phrase of
    time names no act answered, and the meeting is no threat."""
    found = pairs(MEETING_AFTER_THE_ATTACK)
    assert not any(code == "13" for _, code, _ in found)


AID_THEN_MOVE_WELCOMED = parsed("""
Peruvian 1 amod  ADJ   JJ  peruvian NORP
troops   2 nsubj NOUN  NNS troop
attacked 2 ROOT  VERB  VBD attack
Chile    2 dobj  PROPN NNP Chile    GPE
.        2 punct PUNCT .   .
Bolivia  6 nsubj PROPN NNP Bolivia  GPE
sent     6 ROOT  VERB  VBD send
aid      6 dobj  NOUN  NN  aid
to       6 prep  ADP   IN  to
Chile    8 pobj  PROPN NNP Chile    GPE
.        6 punct PUNCT .   .
Chile    12 nsubj PROPN NNP Chile   GPE
welcomed 12 ROOT  VERB  VBD welcome
the      14 det   DET   DT  the
move     12 dobj  NOUN  NN  move
.        12 punct PUNCT .   .
""")


def test_a_noun_of_any_act_names_the_nearest_act_done_before_it() -> None:
    """ "Peruvian troops attacked Chile. Bolivia sent aid to Chile. Chile welcomed the
    move": the move is the nearest act done by another side (material cooperation or
    conflict), the aid, not the story's first act."""
    found = pairs(AID_THEN_MOVE_WELCOMED)
    assert ("chile", "05", "bolivia") in found
    assert ("chile", "05", "peruvian_military") not in found


SEIZED_THEN_RELEASE_ASKED = parsed("""
Chile    1 nsubj PROPN NNP Chile    GPE
seized   1 ROOT  VERB  VBD seize
a        4 det   DET   DT  a
Peruvian 4 amod  ADJ   JJ  peruvian NORP
ship     1 dobj  NOUN  NN  ship
.        1 punct PUNCT .   .
Bolivia  7 nsubj PROPN NNP Bolivia  GPE
demanded 7 ROOT  VERB  VBD demand
the      9 det   DET   DT  the
release  7 dobj  NOUN  NN  release
of       9 prep  ADP   IN  of
the      12 det  DET   DT  the
ship     10 pobj NOUN  NN  ship
.        7 punct PUNCT .   .
""")


def test_a_demand_of_release_is_aimed_at_who_seized_the_property() -> None:
    """ "Chile seized a Peruvian ship. Bolivia demanded the release of the ship": a
    seizure (171) holds property as a detention holds people; the demand is Chile's."""
    found = coded_pairs(SEIZED_THEN_RELEASE_ASKED)
    assert ("bolivia", "1053", "chile") in found


def installation(side: str, side_tag: str, agent: str, place: str, lemma: str) -> Doc:
    """ "Chilean troops attacked <side> <agent> <place> near the border." """
    return parsed(f"""
Chilean  1 amod     ADJ   JJ  chilean  NORP
troops   2 nsubj    NOUN  NNS troop
attacked 2 ROOT     VERB  VBD attack
{side}   5 amod     ADJ   JJ  {side.lower()} {side_tag}
{agent}  5 compound NOUN  NN  {agent}
{place}  2 dobj     NOUN  NNS {lemma}
near     2 prep     ADP   IN  near
the      8 det      DET   DT  the
border   6 pobj     NOUN  NN  border
.        2 punct    PUNCT .   .
""")


def test_a_place_an_agent_names_stands_for_the_agents_side() -> None:
    """ "Chilean troops attacked Bolivian army positions", "… Bolivian police stations":
    a place noun whose modifier is an agent noun is held by that agent, whom the attack
    is aimed at, on the side the parser hangs on the place (BOLMIL, BOLCOP), as
    Phoenix's REBEL_BASE and FIGHTING_POSITION are agents; the side's adjective names
    no second target. With no side, the agent's role alone: "rebel positions"."""
    found = run(installation("Bolivian", "NORP", "army", "positions", "position"))
    assert {(e.source, e.target) for e in found.events} == {
        ("chilean_military", "bolivian_military")
    }
    found = run(installation("Bolivian", "NORP", "police", "stations", "station"))
    codes = {a.key: a.code for a in found.actors}
    assert [codes[e.target] for e in found.events if e.target] == ["BOLCOP"]
    found = run(installation("northern", "", "rebel", "positions", "position"))
    assert {(e.source, e.target) for e in found.events} == {("chilean_military", "rebels")}


RAIDED_A_REBEL_HIDEOUT = parsed("""
Chilean  1 amod  ADJ   JJ  chilean NORP
troops   2 nsubj NOUN  NNS troop
raided   2 ROOT  VERB  VBD raid
a        5 det   DET   DT  a
rebel    5 amod  ADJ   JJ  rebel
hideout  2 dobj  NOUN  NN  hideout
.        2 punct PUNCT .   .
""")


def test_an_agent_the_parser_reads_as_an_adjective_still_holds_a_place() -> None:
    """ "Chilean troops raided a rebel hideout": the parser tags "rebel" an adjective,
    but beside a noun of a place it names who holds the place, as the noun "rebel" of
    "rebel positions" does; an adjective of an act still only classifies it (see
    :func:`test_a_place_an_agent_names_stands_for_the_agents_side`)."""
    found = run(RAIDED_A_REBEL_HIDEOUT)
    assert {(e.source, e.target) for e in found.events} == {("chilean_military", "rebels")}


REJECTED_THE_PROPOSAL_BY = parsed("""
Chile    1 nsubj PROPN NNP Chile GPE
rejected 1 ROOT  VERB  VBD reject
the      3 det   DET   DT  the
proposal 1 dobj  NOUN  NN  proposal
by       1 prep  ADP   IN  by
Peru     4 pobj  PROPN NNP Peru  GPE
.        1 punct PUNCT .   .
""")


def test_a_by_phrase_an_active_verb_holds_after_its_object_names_the_objects_maker() -> None:
    """ "Chile rejected the proposal by Peru", the parser hanging "by Peru" on the verb:
    an active verb's doer is its subject, so the phrase names whose proposal it was,
    whom the rejection answers; before, the rejection had no target and was dropped."""
    assert ("chile", "12", "peru") in {
        (s, c[:2], t) for s, c, t in coded_pairs(REJECTED_THE_PROPOSAL_BY)
    }


POLICE_SOURCES = parsed("""
Police  1 compound NOUN NNS police
sources 2 nsubj    NOUN NNS source
said    2 ROOT     VERB VBD say
the     4 det      DET  DT  the
talks   5 nsubj    NOUN NNS talk
failed  2 ccomp    VERB VBD fail
.       2 punct    PUNCT .  .
""")


def test_a_place_noun_that_speaks_is_people_not_a_place_held() -> None:
    """ "Police sources said the talks failed": "source" is a place noun to WordNet, but
    one that says something is people, whom the police agent does not stand for here."""
    assert "police" not in {a.key for a in run(POLICE_SOURCES).actors}


DIED_IN_AN_ARMY_HOSPITAL = parsed("""
Six      1 nummod   NUM   CD  six
miners   2 nsubj    NOUN  NNS miner
died     2 ROOT     VERB  VBD die
in       2 prep     ADP   IN  in
an       6 det      DET   DT  an
army     6 compound NOUN  NN  army
hospital 3 pobj     NOUN  NN  hospital
.        2 punct    PUNCT .   .
""")


def test_the_holder_of_the_place_a_death_happened_in_is_not_its_doer() -> None:
    """ "Six miners died in an army hospital": the army holds the hospital, but an "in"
    phrase naming a place says where the death was, not who caused it."""
    assert all(e.source is None for e in run(DIED_IN_AN_ARMY_HOSPITAL).events)


QUOTING_POLICE_SOURCES = parsed("""
Gunmen  1 nsubj    NOUN  NNS gunman
killed  1 ROOT     VERB  VBD kill
a       3 det      DET   DT  a
judge   1 dobj     NOUN  NN  judge
,       1 punct    PUNCT ,   ,
quoting 1 advcl    VERB  VBG quote
police  7 compound NOUN  NN  police
sources 5 dobj     NOUN  NNS source
.       1 punct    PUNCT .   .
""")


def test_a_place_noun_quoted_is_people_not_a_place_held() -> None:
    """ "Gunmen killed a judge, quoting police sources": sources quoted are people, as
    sources who say something are; the police agent does not stand for them."""
    assert "police" not in {a.key for a in run(QUOTING_POLICE_SOURCES).actors}


A_HUNGER_STRIKE_TO_PROTEST = parsed("""
Chilean   1 amod     ADJ   JJ  chilean   NORP
students  2 nsubj    NOUN  NNS student
began     2 ROOT     VERB  VBD begin
a         5 det      DET   DT  a
hunger    5 compound NOUN  NN  hunger
strike    2 dobj     NOUN  NN  strike
to        7 aux      PART  TO  to
protest   5 relcl    VERB  VB  protest
against   7 prep     ADP   IN  against
Peru      8 pobj     PROPN NNP Peru      GPE
.         2 punct    PUNCT .   .
""")

A_STRIKE_CONTINUED_TO_DEMAND = parsed("""
Chilean     1 amod     ADJ   JJ   chilean     NORP
farmers     2 nsubj    NOUN  NNS  farmer
continued   2 ROOT     VERB  VBD  continue
their       4 poss     PRON  PRP$ their
strike      2 dobj     NOUN  NN   strike
to          6 aux      PART  TO   to
demand      2 advcl    VERB  VB   demand
the         8 det      DET   DT   the
resignation 6 dobj     NOUN  NN   resignation
of          8 prep     ADP   IN   of
Fujimori    9 pobj     PROPN NNP  Fujimori    PERSON
.           2 punct    PUNCT .    .
""")

TALKS_HELD_TO_END_FIGHTING = parsed("""
Peru      1 nsubj    PROPN NNP Peru      GPE
held      1 ROOT     VERB  VBD hold
talks     1 dobj     NOUN  NNS talk
to        4 aux      PART  TO  to
end       1 advcl    VERB  VB  end
the       6 det      DET   DT  the
fighting  4 dobj     NOUN  NN  fighting
between   6 prep     ADP   IN  between
Chile     7 pobj     PROPN NNP Chile     GPE
and       8 cc       CCONJ CC  and
Bolivia   8 conj     PROPN NNP Bolivia   GPE
.         1 punct    PUNCT .   .
""")


def test_an_act_a_noun_names_is_aimed_at_its_purposes_target() -> None:
    """ "began a hunger strike to protest against Peru", "continued their strike to
    demand the resignation of Fujimori": a protest staged to make a point is aimed at
    whom its purpose clause names, whether the parser hangs the clause on the noun of
    the act or on the verb that carries it, as "demonstrated calling for independence
    from Iraq" is; not so talks whose parties go unnamed ("held talks to end the fighting
    between India and the rebels" are held with no one the purpose names)."""
    assert {(e.cameo[:2], e.target) for e in run(A_HUNGER_STRIKE_TO_PROTEST).events} == {
        ("14", "peru")
    }
    assert {(e.cameo[:2], e.target) for e in run(A_STRIKE_CONTINUED_TO_DEMAND).events} == {
        ("14", "alberto_fujimori")
    }
    assert not {e for e in run(TALKS_HELD_TO_END_FIGHTING).events if e.source == "peru"}


MINISTERS_MET_TO_DISCUSS_AID = parsed("""
Chilean   1 amod     ADJ   JJ  chilean   NORP
ministers 2 nsubj    NOUN  NNS minister
met       2 ROOT     VERB  VBD meet
to        4 aux      PART  TO  to
discuss   2 advcl    VERB  VB  discuss
aid       4 dobj     NOUN  NN  aid
to        5 prep     ADP   IN  to
Bolivia   6 pobj     PROPN NNP Bolivia   GPE
.         2 punct    PUNCT .   .
""")

MINISTERS_MET_TO_NEGOTIATE_WITH = parsed("""
Chilean   1 amod     ADJ   JJ  chilean   NORP
ministers 2 nsubj    NOUN  NNS minister
met       2 ROOT     VERB  VBD meet
to        4 aux      PART  TO  to
negotiate 2 advcl    VERB  VB  negotiate
with      4 prep     ADP   IN  with
Bolivia   5 pobj     PROPN NNP Bolivia   GPE
.         2 punct    PUNCT .   .
""")

REBELS_FOUGHT_TO_TOPPLE = parsed("""
Rebels    1 nsubj    NOUN  NNS rebel
fought    1 ROOT     VERB  VBD fight
to        3 aux      PART  TO  to
topple    1 advcl    VERB  VB  topple
Fujimori  3 dobj     PROPN NNP Fujimori  PERSON
.         1 punct    PUNCT .   .
""")


def test_an_act_done_together_is_done_with_the_partner_its_purpose_names() -> None:
    """ "Chilean ministers met to discuss aid to Bolivia": a meeting's purpose names what
    is discussed, not whom the ministers met; "met to negotiate with Bolivia" names the
    partner; a fight is fought with whom its purpose names ("fought to topple
    Fujimori")."""
    assert all(e.target != "bolivia" for e in run(MINISTERS_MET_TO_DISCUSS_AID).events)
    assert "bolivia" in {e.target for e in run(MINISTERS_MET_TO_NEGOTIATE_WITH).events}
    assert {e.target for e in run(REBELS_FOUGHT_TO_TOPPLE).events} == {"alberto_fujimori"}


AN_ATTACK_IF_THEY_FAIL_TO_WITHDRAW = parsed("""
Chilean   1 amod     ADJ   JJ  chilean   NORP
troops    3 nsubj    NOUN  NNS troop
will      3 aux      AUX   MD  will
attack    3 ROOT     VERB  VB  attack
Peru      3 dobj     PROPN NNP Peru      GPE
if        7 mark     SCONJ IN  if
they      7 nsubj    PRON  PRP they
fail      3 advcl    VERB  VBP fail
to        9 aux      PART  TO  to
withdraw  7 xcomp    VERB  VB  withdraw
.         3 punct    PUNCT .   .
""")


def test_a_verb_of_negation_in_a_clause_of_its_own_negates_only_that_clause() -> None:
    """ "Chilean troops will attack Peru if they fail to withdraw": the failure is in the
    condition; the attack stands unnegated (a threat, not a promise not to)."""
    events = run(AN_ATTACK_IF_THEY_FAIL_TO_WITHDRAW).events
    assert {(e.source, e.target) for e in events} == {("chilean_military", "peru")}
    assert not any(e.negated for e in events)


A_THREAT_AFTER_A_REPORTED_CLAUSE = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
said       1 ROOT     VERB  VBD say
the        3 det      DET   DT  the
tariffs    4 nsubj    NOUN  NNS tariff
were       1 ccomp    AUX   VBD be
unfair     4 acomp    ADJ   JJ  unfair
and        4 cc       CCONJ CC  and
called     4 conj     VERB  VBD call
on         7 prep     ADP   IN  on
Peru       8 pobj     PROPN NNP Peru       GPE
to         11 aux     PART  TO  to
lift       7 xcomp    VERB  VB  lift
them       11 dobj    PRON  PRP they
.          1 punct    PUNCT .   .
""")

AN_ACTORS_THREAT_IN_A_REPORTED_CLAUSE = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
said       1 ROOT     VERB  VBD say
Peru       3 nsubj    PROPN NNP Peru       GPE
attacked   1 ccomp    VERB  VBD attack
the        5 det      DET   DT  the
border     3 dobj     NOUN  NN  border
and        3 cc       CCONJ CC  and
threatened 3 conj     VERB  VBD threaten
Bolivia    7 dobj     PROPN NNP Bolivia    GPE
.          1 punct    PUNCT .   .
""")

A_RESOLUTIONS_APPEAL_REPORTED = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
said       1 ROOT     VERB  VBD say
the        3 det      DET   DT  the
resolution 5 nsubjpass NOUN NN  resolution
was        5 auxpass  AUX   VBD be
adopted    1 ccomp    VERB  VBN adopt
and        5 cc       CCONJ CC  and
called     5 conj     VERB  VBD call
on         7 prep     ADP   IN  on
Peru       8 pobj     PROPN NNP Peru       GPE
to         11 aux     PART  TO  to
withdraw   7 xcomp    VERB  VB  withdraw
.          1 punct    PUNCT .   .
""")

A_LETTERS_ACTS_REPORTED = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
said       1 ROOT     VERB  VBD say
the        3 det      DET   DT  the
levies     4 nsubj    NOUN  NNS levy
hurt       1 ccomp    VERB  VBD hurt
Peru       4 dobj     PROPN NNP Peru       GPE
and        4 cc       CCONJ CC  and
called     4 conj     VERB  VBD call
on         7 prep     ADP   IN  on
Bolivia    8 pobj     PROPN NNP Bolivia    GPE
to         11 aux     PART  TO  to
pay        7 xcomp    VERB  VB  pay
.          1 punct    PUNCT .   .
""")


def test_a_verbal_act_the_parser_joins_to_a_reported_clause_is_the_speakers() -> None:
    """ "Chile said the tariffs were unfair and called on Peru to lift them": the parser
    coordinates "called" with the reported "were", whose subject is a thing; tariffs
    appeal to no one, Chile does. Where the reported clause has an actor for subject, it
    is that actor's act: "Chile said Peru attacked the border and threatened Bolivia"."""
    assert pairs(A_THREAT_AFTER_A_REPORTED_CLAUSE) == {("chile", "02", "peru")}
    assert ("peru", "13", "bolivia") in pairs(AN_ACTORS_THREAT_IN_A_REPORTED_CLAUSE)
    # a message speaks for itself ("the resolution … called on Peru"), and a clause that
    # does more than describe its subject tells what the subject did, so may go on to
    # tell more of it ("the levies hurt Peru and called on Bolivia …": no act of Chile's)
    assert not any(e.source == "chile" for e in run(A_RESOLUTIONS_APPEAL_REPORTED).events)
    assert not any(e.source == "chile" for e in run(A_LETTERS_ACTS_REPORTED).events)


A_WITHDRAWAL_INSISTED_ON = parsed("""
Chile      1 nsubj    PROPN NNP Chile      GPE
insisted   1 ROOT     VERB  VBD insist
on         1 prep     ADP   IN  on
a          5 det      DET   DT  a
Peruvian   5 amod     ADJ   JJ  peruvian   NORP
withdrawal 2 pobj     NOUN  NN  withdrawal
.          1 punct    PUNCT .   .
""")

TALKS_HOSTING_OFFERED = parsed("""
Chile       1 nsubj    PROPN NNP Chile      GPE
expressed   1 ROOT     VERB  VBD express
its         3 poss     PRON  PRP$ its
willingness 1 dobj     NOUN  NN  willingness
to          5 aux      PART  TO  to
host        3 acl      VERB  VB  host
talks       5 dobj     NOUN  NNS talk
between     6 prep     ADP   IN  between
Peru        7 pobj     PROPN NNP Peru       GPE
and         8 cc       CCONJ CC  and
Bolivia     8 conj     PROPN NNP Bolivia    GPE
.           1 punct    PUNCT .   .
""")


def test_an_act_insisted_on_or_offered_to_be_hosted_is_not_reported() -> None:
    """ "Chile insisted on a Peruvian withdrawal" demands one (10) and reports none, as
    "called for" one does; "Chile expressed its willingness to host talks between Peru
    and Bolivia" reports no talks between them, as "seeks to arrange" them does not."""
    assert pairs(A_WITHDRAWAL_INSISTED_ON) == {("chile", "10", "peru")}
    assert not {e for e in run(TALKS_HOSTING_OFFERED).events if e.source in {"peru", "bolivia"}}


AN_ATTACK_TO_SUPPORT_ALLIES = parsed("""
Chilean   1 amod     ADJ   JJ  chilean   NORP
troops    2 nsubj    NOUN  NNS troop
launched  2 ROOT     VERB  VBD launch
an        4 det      DET   DT  an
attack    2 dobj     NOUN  NN  attack
to        6 aux      PART  TO  to
support   2 advcl    VERB  VB  support
Peru      6 dobj     PROPN NNP Peru      GPE
.         2 punct    PUNCT .   .
""")

TALKS_TO_RESTORE_RELATIONS_WITH = parsed("""
Chile     1 nsubj    PROPN NNP Chile     GPE
met       1 ROOT     VERB  VBD meet
Peru      1 dobj     PROPN NNP Peru      GPE
to        4 aux      PART  TO  to
restore   1 advcl    VERB  VB  restore
relations 4 dobj     NOUN  NNS relation
with      5 prep     ADP   IN  with
Bolivia   6 pobj     PROPN NNP Bolivia   GPE
.         1 punct    PUNCT .   .
""")


def test_a_purpose_names_no_one_a_hostile_act_helps_nor_a_nouns_partner() -> None:
    """ "Chilean troops launched an attack to support Peru": a purpose of help or support
    (CAMEO 05 to 07) names whom a hostile act helps, not whom it is aimed at; "Chile met
    Peru to restore relations with Bolivia": the partner of a meeting's purpose is one a
    verb's "with" names, not a noun's."""
    assert all(e.target != "peru" for e in run(AN_ATTACK_TO_SUPPORT_ALLIES).events)
    assert all(e.target != "bolivia" for e in run(TALKS_TO_RESTORE_RELATIONS_WITH).events)
