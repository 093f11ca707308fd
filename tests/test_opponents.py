"""The target of an act that its clause does not name (kg.extract.opponents):
the rules on event records, and once end to end on an article written for the test."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from kg.extract import extract
from kg.extract.opponents import complete_parties
from kg.ingest import Article
from kg.ontology import load_ontology
from kg.records import Actor, Event, Place
from kg.vocabulary import Vocabulary

VOCAB: Vocabulary = load_ontology().vocabulary

ACTORS = {
    "iraq": Actor("iraq", "Iraq", "State", code="IRQ", country="iraq"),
    "iraqi_military": Actor("iraqi_military", "Iraqi military", "Government", code="IRQMIL"),
    "iran": Actor("iran", "Iran", "State", code="IRN", country="iran"),
    "iranian_military": Actor("iranian_military", "Iranian military", "Government", code="IRNMIL"),
    "kuwait": Actor("kuwait", "Kuwait", "State", code="KWT", country="kuwait"),
    "rebels": Actor("rebels", "rebels", "Organization", code="REB"),
}
PLACES = {
    "basrah_irq": Place("basrah_irq", "Basra", "city", country="iraq"),
    "kuwait_city": Place("kuwait_city", "Kuwait City", "city", country="kuwait"),
}
COUNTRIES = {k: ACTORS[k] for k in ("iraq", "kuwait")}


def event(
    sentence: int, name: str, source: str | None, target: str | None, location: str | None = None
) -> Event:
    cameo = VOCAB.event_types[name].cameo
    return Event(
        sentence, name, cameo, source, target, "", None, "asserted", False, 0.9, "t",
        location=location,
    )  # fmt: skip


def targets(events: list[Event], actors: dict[str, Actor] = ACTORS) -> list[str | None]:
    return [e.target for e in complete_parties(events, actors, PLACES, COUNTRIES, VOCAB)]


def test_an_attack_in_a_country_the_article_names_is_aimed_at_that_country() -> None:
    """ "Iranian forces attacked near Basra", in a report that names Iraq."""
    assert targets([event(0, "Fight", "iranian_military", None, "basrah_irq")]) == ["iraq"]


def test_an_attack_in_a_country_no_actor_stands_for_keeps_no_target() -> None:
    """ "Rebels fired rockets at Kuwait City", where nothing names Kuwait's side."""
    actors = {k: a for k, a in ACTORS.items() if k != "kuwait"}
    assert targets([event(0, "Fight", "rebels", None, "kuwait_city")], actors) == [None]


def test_an_attack_on_home_ground_takes_its_target_from_the_article() -> None:
    """Iraq's own town says nothing about whom Iraqi forces fought: the article does."""
    found = [
        event(0, "CAMEO_195", "iraqi_military", "iran"),
        event(1, "Fight", "iraqi_military", None, "basrah_irq"),
    ]
    assert targets(found) == ["iran", "iran"]


def test_the_sides_opposed_in_the_article_give_a_later_attack_its_target() -> None:
    """ "Iraqi jets bombed Iran … The last Iraqi raid was on Tuesday": any conflict event
    either way round sets the sides against each other, the country's own actor names the
    side, and the completed event is less sure."""
    found = [
        event(0, "Criticize", "iran", "iraq"),
        event(1, "CAMEO_195", "iraqi_military", "iranian_military"),
        event(2, "CAMEO_190", "iraq", None),
    ]
    completed = complete_parties(found, ACTORS, PLACES, COUNTRIES, VOCAB)
    assert completed[2].target == "iran"
    assert completed[2].confidence == pytest.approx(0.7)


def test_no_target_is_guessed_between_two_equal_opponents_or_for_unaimed_acts() -> None:
    found = [
        event(0, "Fight", "iraq", "iran"),
        event(1, "Fight", "iraq", "kuwait"),
        event(2, "Fight", "iraqi_military", None),
        event(3, "Protest", "iraq", None),  # two counterparts as often: none
        event(4, "Assault", "iraq", None),  # a killing or an abduction may befall anyone
        event(5, "Fight", None, None),  # nor an act with no known source
    ]
    assert targets(found)[2:] == [None, None, None, None]


def test_a_show_of_force_is_aimed_at_no_one_its_clause_does_not_name() -> None:
    """ "Iraq attacked Iran ... Iran deployed missiles near the Strait": the deployment
    (15) shows force; it is told by the forces shown, not by whom they may be aimed at,
    though the article sets Iran against Iraq."""
    found = [event(0, "Fight", "iraq", "iran"), event(1, "ExhibitForcePosture", "iran", None)]
    assert targets(found) == ["iran", None]


def test_a_retreat_yields_to_the_side_fought_not_to_another_counterpart() -> None:
    """ "Iraq met Kuwait … Iraqi forces attacked Iran … Iraqi forces withdrew from their
    positions": a de-escalation of military engagement (087) yields to the enemy, as an
    act of force is aimed at it; Iraq's counterparts of any kind tie, its enemies do not."""
    found = [
        event(0, "Consult", "iraq", "kuwait"),
        event(1, "Fight", "iraqi_military", "iran"),
        event(2, "Deescalate", "iraqi_military", None),
    ]
    assert targets(found)[2] == "iran"


def test_an_act_of_a_two_party_story_is_aimed_at_the_sources_counterpart() -> None:
    """ "Iran criticised Iraq … Iraq called for talks": the article's events pair Iraq
    with Iran, so Iraq's appeal is to Iran; an uncoded name ("Acme") is no counterpart."""
    actors = ACTORS | {"acme": Actor("acme", "Acme", "Organization")}
    found = [
        event(0, "Criticize", "iran", "iraq"),
        event(1, "Appeal", "iraq", None),
        event(3, "Demand", "kuwait", "acme"),
        event(4, "Demand", "kuwait", None),
    ]
    completed = complete_parties(found, actors, PLACES, COUNTRIES, VOCAB)
    assert [e.target for e in completed] == ["iraq", "iran", "acme", None]
    assert completed[1].confidence == pytest.approx(0.7)


def test_the_doers_of_one_act_are_not_aimed_at_each_other() -> None:
    """ "Kuwait met Iraq … Kuwait and Iraq condemned the launch": one act of conflict of
    two doers (the same words of one sentence) is aimed at neither of them, though the
    article pairs them; another act of Kuwait's alone still is aimed at Iraq, and so are
    two acts of one verb with two themes ("Kuwait criticized the plan, and Iraq
    criticized the delay"); "Kuwait and Iraq agreed to a ceasefire", cooperation, may be
    with each other; and enemies' force is no one act of allies ("Iraq and Iran waged
    war")."""
    found = [
        event(0, "Consult", "kuwait", "iraq"),
        event(1, "Criticize", "kuwait", None),
        event(1, "Criticize", "iraq", None),
        replace(event(2, "Criticize", "kuwait", None), trigger="u"),
        event(3, "ExpressIntentToCooperate", "kuwait", None),
        event(3, "ExpressIntentToCooperate", "iraq", None),
        replace(event(4, "Criticize", "kuwait", None), theme="the plan"),
        replace(event(4, "Criticize", "iraq", None), theme="the delay"),
    ]
    assert targets(found) == ["iraq", None, None, "iraq", "iraq", "kuwait", "iraq", "kuwait"]
    war = [
        event(0, "Fight", "iraqi_military", "iran"),
        event(1, "Fight", "iraq", None),
        event(1, "Fight", "iran", None),
    ]
    assert targets(war)[1:] == ["iran", "iraq"]


def test_a_visit_in_the_visitors_own_country_is_hosted_by_no_counterpart() -> None:
    """ "Iraq met Iran … Iraq's president visited Basra": a journey at home, which the
    article's counterpart does not host; made abroad, it may be."""
    found = [event(0, "Consult", "iraq", "iran"), event(1, "CAMEO_042", "iraq", None, "basrah_irq")]
    assert targets(found)[1] is None
    abroad = [found[0], replace(found[1], location="kuwait_city")]
    assert targets(abroad)[1] == "iran"


def test_an_act_named_again_is_aimed_at_the_doer_of_the_nearest_such_act_before() -> None:
    """ "Iraqi forces attacked Iran … Kuwait met Iraq, Kuwait met Iran … Kuwait condemned
    the attack": the condemnation (its object "the attack", an act of force, 19) is
    aimed at the doer of the nearest attack told before it by another side, though
    Kuwait's counterparts tie; "Iran condemned the attack" after its own attack still
    names Iraq's."""
    condemned = replace(event(3, "Criticize", "kuwait", None), acts_named_again=("19",))
    found = [
        event(0, "Fight", "iraqi_military", "iran"),
        event(1, "Consult", "kuwait", "iraq"),
        event(2, "Consult", "kuwait", "iran"),
        condemned,
        event(4, "Fight", "iran", "iraq"),
        replace(event(5, "Criticize", "iran", None), acts_named_again=("19",)),
    ]
    assert [targets(found)[n] for n in (3, 5)] == ["iraqi_military", "iraqi_military"]
    assert targets([*found[1:3], condemned]) == ["iraq", "iran", None]


def test_an_act_named_again_that_the_article_told_otherwise_is_the_nearest_of_its_class() -> None:
    """ "Iraqi forces closed the border … Iran sent aid to Iraq … Kuwait condemned the
    coup": the story told the seizure of power by other acts (a closure, 172, not an
    assault, 180), so the bare noun names the nearest act of material conflict by
    another side before it, not the aid; an act of another QuadClass ("Iraqi forces
    demanded talks", 10) or only one of the condemner's own side names none, nor does a
    noun that says more of its act ("the coup in Mali", not ``named_bare``)."""
    condemned = replace(
        event(2, "Criticize", "kuwait", None), acts_named_again=("180",), named_bare=True
    )
    found = [
        event(0, "CAMEO_172", "iraqi_military", None),
        event(1, "ProvideAid", "iran", "iraq"),
        condemned,
    ]
    assert targets(found)[2] == "iraqi_military"
    assert targets([*found[:2], replace(condemned, named_bare=False)])[2] is None
    assert targets([event(0, "Demand", "iraqi_military", None), condemned])[1] is None
    assert targets([event(0, "CAMEO_172", "kuwait", None), condemned])[1] is None


def test_a_denial_is_aimed_at_the_nearest_accuser_of_the_deniers_side() -> None:
    """ "Kuwait accused Iraq … Iran criticised Iraqi forces … the Iraqi military denied
    it": the disapproval of the denier's side nearest before the denial is answered,
    whatever the article's other pairings; a compatriot's too ("the opposition accused
    the government … the government denied the charges"); with none before and no enemy,
    the first after it ("Iraq denied … Kuwait later accused Iraq")."""
    found = [
        event(0, "Accuse", "kuwait", "iraq"),
        event(1, "Criticize", "iran", "iraqi_military"),
        event(2, "DenyResponsibility", "iraqi_military", None),
        event(3, "Fight", "iraq", "kuwait"),
    ]
    assert targets(found)[2] == "iran"
    actors = ACTORS | {
        "iraqi_opposition": Actor("iraqi_opposition", "opposition", "Group", code="IRQOPP")
    }
    domestic = [
        event(0, "Accuse", "iraqi_opposition", "iraq"),
        event(1, "CAMEO_195", "iranian_military", "iraqi_military"),
        event(2, "DenyResponsibility", "iraq", None),
    ]
    assert targets(domestic, actors)[2] == "iraqi_opposition"
    later = [event(0, "DenyResponsibility", "iraq", None), event(1, "Accuse", "kuwait", "iraq")]
    assert targets(later)[0] == "kuwait"


def test_a_claim_of_responsibility_is_aimed_at_the_victims_of_the_act_before_it() -> None:
    """ "Rebels attacked an Iraqi base … the rebels claimed responsibility": the claim
    is aimed at the nearest act of violence's victims, not at the other side of the
    article's talks; with no act of violence before it, or denied, it keeps no target."""
    found = [
        event(0, "Consult", "kuwait", "iran"),
        event(1, "Fight", "rebels", "iraqi_military"),
        event(2, "Consult", "iraq", "kuwait"),
        event(3, "CAMEO_015", "rebels", None),
    ]
    assert targets(found)[3] == "iraqi_military"
    assert targets([found[0], found[3]])[1] is None
    denied = replace(found[3], negated=True)  # "the rebels did not claim responsibility"
    assert targets([*found[:3], denied])[3] is None


def test_a_claimed_act_told_with_no_doer_is_the_claimer_s() -> None:
    """ "Iraqi soldiers were killed in the attack … the rebels claimed responsibility":
    the act of violence nearest before the claim, with victims and no doer, is the
    rebels'; an aside without victims after it ("Iraq later took the town") is no act
    claimed, and a doer the report gives stays."""
    found = [
        event(0, "Fight", None, "iraqi_military"),
        event(1, "CAMEO_192", "iraq", None),
        event(2, "CAMEO_015", "rebels", None),
    ]
    completed = complete_parties(found, ACTORS, PLACES, COUNTRIES, VOCAB)
    assert [e.source for e in completed] == ["rebels", "iraq", "rebels"]
    assert completed[2].target == "iraqi_military"
    named = [event(0, "Fight", "kuwait", "iraqi_military"), found[2]]
    completed = complete_parties(named, ACTORS, PLACES, COUNTRIES, VOCAB)
    assert [(e.source, e.target) for e in completed] == [
        ("kuwait", "iraqi_military"),
        ("rebels", None),  # Kuwait's act is not the rebels' to claim
    ]


def test_a_claim_of_responsibility_claims_an_act_of_unnamed_gunmen() -> None:
    """ "Gunmen attacked Iraqi troops … the rebels claimed responsibility": gunmen of no
    side are no named doer, whose act the claim could not be of."""
    actors = ACTORS | {"gunmen": Actor("gunmen", "gunmen", "Group", code="UAF", role="UAF")}
    found = [
        event(0, "Fight", "gunmen", "iraqi_military"),
        event(1, "CAMEO_015", "rebels", None),
    ]
    assert targets(found, actors)[1] == "iraqi_military"


def test_a_claim_of_responsibility_claims_an_act_its_own_sentence_tells_first() -> None:
    """ "Kuwaiti troops were shot at … the rebels claimed responsibility for a bombing
    that killed Iraqi soldiers": the act the claim's sentence tells, after it, is the
    one claimed, not the one told before."""
    found = [
        event(0, "Fight", None, "kuwait"),
        event(1, "CAMEO_015", "rebels", None),
        event(1, "Fight", None, "iraqi_military"),
    ]
    completed = complete_parties(found, ACTORS, PLACES, COUNTRIES, VOCAB)
    assert completed[1].target == "iraqi_military"
    assert completed[2].source == "rebels"


def test_a_denial_answers_the_first_named_of_the_nearest_accusers() -> None:
    """ "Kuwait, Iran and the rebels accuse Iraq … Iraq denied it": of three accusers in
    one sentence, the one named first, as in the text, not the last coded."""
    found = [
        event(0, "Accuse", "kuwait", "iraq"),
        event(0, "Accuse", "iran", "iraq"),
        event(0, "Accuse", "rebels", "iraq"),
        event(1, "DenyResponsibility", "iraq", None),
    ]
    assert targets(found)[3] == "kuwait"


def test_a_denial_no_charge_answers_is_aimed_at_the_deniers_enemy_but_not_a_reports() -> None:
    """ "Iraqi jets bombed Iran … Iraq denied that its jets hit the town": a denial in a
    war report answers the enemy's charge, before any later critic's; one of a report
    ("denied Western reports of heavy losses", "denied rumours") answers the media;
    without a fight, the enemy of its conflict events is the accuser ("Iran seized
    Kuwaiti boats … Kuwait denied it"); in a story of talks,
    where no side is set against the denier's, a denial keeps no target."""
    war = [
        event(0, "CAMEO_195", "iraqi_military", "iran"),
        event(1, "DenyResponsibility", "iraq", None),
        event(2, "Criticize", "kuwait", "iraq"),
    ]
    assert targets(war)[1] == "iran"
    reported = replace(war[1], theme="Western reports of heavy losses")
    assert targets([war[0], reported])[1] is None
    rumoured = replace(war[1], trigger="denied rumours")
    assert targets([war[0], rumoured])[1] is None
    seized = [event(0, "Coerce", "iran", "kuwait"), event(1, "DenyResponsibility", "kuwait", None)]
    assert targets(seized)[1] == "iran"  # no fight: the enemy of its conflict events
    talks = [event(0, "Consult", "iraq", "kuwait"), event(1, "DenyResponsibility", "iraq", None)]
    assert targets(talks)[1] is None


@pytest.mark.parametrize("name", ["Fight", "CAMEO_195"])
def test_an_article_with_one_conflict_completes_nothing_for_an_unrelated_side(name: str) -> None:
    found = [event(0, "Fight", "iraq", "iran"), event(1, name, "rebels", None)]
    assert targets(found) == ["iran", None]


def test_a_later_raid_in_a_war_report_is_coded_against_the_enemy(nlp: Language) -> None:
    text = (
        "Iraqi warplanes bombed Iranian oil terminals on Monday. "
        "Iraq said its jets carried out another raid on Tuesday."
    )
    found = extract(Article("t", text, date="1987-05-20"), nlp(text))
    raids = {(e.sentence, e.target) for e in found.events if e.cameo[:2] == "19"}
    assert raids == {(1, "iran"), (2, "iran")}


def sources(events: list[Event], actors: dict[str, Actor] = ACTORS) -> list[str | None]:
    return [e.source for e in complete_parties(events, actors, PLACES, COUNTRIES, VOCAB)]


def test_force_used_on_a_side_with_no_doer_named_is_its_enemy_s() -> None:
    """ "Iraqi jets bombed Iran … Hundreds of Iranian troops were killed in the
    fighting": the article sets Iraq against Iran, so Iraq's side did the killing, named
    by its country; the inferred source makes the event less sure."""
    found = [
        event(0, "CAMEO_195", "iraqi_military", "iran"),
        event(1, "CAMEO_190", None, "iranian_military"),
    ]
    completed = complete_parties(found, ACTORS, PLACES, COUNTRIES, VOCAB)
    assert [e.source for e in completed] == ["iraqi_military", "iraq"]
    assert completed[1].confidence == pytest.approx(0.7)


INSURGENTS = {
    **ACTORS,
    "iraqi_rebels": Actor("iraqi_rebels", "Iraqi rebels", "ArmedGroup", code="IRQREB"),
    "iraqi_civilians": Actor("iraqi_civilians", "Iraqi civilians", "Group", code="IRQCVL"),
}


def test_insurgents_are_a_side_of_their_own_against_their_state() -> None:
    """In a civil war the rebels (IRQREB) fight their own state's forces (IRQMIL), so a
    later attack by the army in its own town is on the rebels, and a later attack by the
    rebels is on the state their article sets them against (named by the country's
    own actor), not on the country of its place; a foreign state that fought the rebels
    is who did force to their country's people named alone."""
    civil_war = [
        event(0, "CAMEO_190", "iraqi_rebels", "iraqi_military"),
        event(1, "Fight", "iraqi_military", None, "basrah_irq"),
        event(2, "Fight", "iraqi_rebels", None, "basrah_irq"),
    ]
    assert targets(civil_war, INSURGENTS) == ["iraqi_military", "iraqi_rebels", "iraq"]
    foreign = [
        event(0, "CAMEO_195", "iranian_military", "iraqi_rebels"),
        event(1, "CAMEO_190", None, "iraqi_civilians"),
    ]
    completed = complete_parties(foreign, INSURGENTS, PLACES, COUNTRIES, VOCAB)
    assert completed[1].source == "iran"
    # the rebels' raid at home is on the foreign state they fight, not on their country
    at_home = [*foreign[:1], event(1, "Fight", "iraqi_rebels", None, "basrah_irq")]
    assert targets(at_home, INSURGENTS) == ["iraqi_rebels", "iran"]


def test_no_doer_is_guessed_between_two_enemies_for_a_sideless_victim_or_an_assault() -> None:
    """Shells that fell on Kuwait in a story setting it against Iran and Iraq alike keep
    no source; nor does an attack on a ship of no side, nor an assault, abduction or
    killing outside conventional war (18), which may be anyone's doing."""
    actors = ACTORS | {"business": Actor("business", "business", "Group", code="BUS", role="BUS")}
    found = [
        event(0, "Fight", "iran", "kuwait"),
        event(1, "Fight", "iraq", "kuwait"),
        event(2, "Fight", None, "kuwait"),
        event(3, "Fight", None, "business"),
        event(4, "Assault", None, "iran"),
    ]
    assert sources(found, actors)[2:] == [None, None, None]


def test_a_doerless_act_is_not_given_to_a_side_its_victims_attacked() -> None:
    """ "Iranian gunboats attacked a Kuwaiti tanker … an Iranian frigate was hit": a
    tanker bears no arms, so Kuwait's side has not fought Iran's and the frigate's
    attacker is not known; "… attacked Kuwaiti troops" sets Kuwait against Iran."""
    tanker = Actor("tanker", "Kuwaiti business", "Group", code="KWTBUS", role="BUS")
    actors = ACTORS | {"tanker": tanker}
    found = [event(0, "Fight", "iranian_military", "tanker"), event(1, "CAMEO_190", None, "iran")]
    assert sources(found, actors) == ["iranian_military", None]
    found[0] = replace(found[0], target="kuwait")
    assert sources(found, actors) == ["iranian_military", "kuwait"]


def test_a_doerless_act_its_sentence_already_codes_with_its_doer_is_left_out() -> None:
    """ "The last Iraqi attack was on March 8, when an Iranian tanker was hit": the
    sentence codes the attack by Iraq; the tanker's being hit is that attack, not a
    second one. Where the sentence has no such event, the completed one stays."""
    found = [
        event(0, "Fight", "iraqi_military", "iran"),
        event(1, "Fight", "iraq", "iran"),
        event(1, "CAMEO_190", None, "iran"),
        event(2, "CAMEO_190", None, "iran"),
        event(3, "Fight", "iraq", None),  # its target completed: Iran
        event(3, "CAMEO_190", None, "iranian_military"),
    ]
    completed = complete_parties(found, ACTORS, PLACES, COUNTRIES, VOCAB)
    assert [(e.sentence, e.source, e.target) for e in completed] == [
        (0, "iraqi_military", "iran"),
        (1, "iraq", "iran"),
        (2, "iraq", "iran"),
        (3, "iraq", "iran"),
    ]


def test_force_reported_by_its_victims_alone_is_coded_as_the_enemy_s(nlp: Language) -> None:
    text = (
        "Iraqi warplanes bombed Iranian oil terminals on Monday. "
        "On Tuesday dozens of Iranian soldiers were killed in the fighting."
    )
    found = extract(Article("t", text, date="1987-05-20"), nlp(text))
    force = {(e.sentence, e.source, e.target) for e in found.events if e.cameo[:2] == "19"}
    assert force == {(1, "iraqi_military", "iran"), (2, "iraq", "iranian_military")}


def test_the_act_s_own_sentence_does_not_give_its_target() -> None:
    """ "Iraqi troops shelled the town, wounding Iranians": the parse has said the
    wounding is a result, so the shelling keeps no target."""
    found = [
        event(0, "Assault", "iraqi_military", "iran"),
        event(0, "Fight", "iraqi_military", None),
    ]
    assert targets(found) == ["iran", None]


def test_an_agent_of_no_side_is_no_opponent() -> None:
    """ "Iraqi jets struck a supertanker" (BUS, coded by its role alone) sets no side
    against Iraq, so it does not tie with Iran as the enemy of a later raid."""
    actors = ACTORS | {"business": Actor("business", "business", "Group", code="BUS", role="BUS")}
    found = [
        event(0, "Fight", "iraqi_military", "iran"),
        event(1, "Fight", "iraqi_military", "business"),
        event(2, "Threaten", "iraqi_military", None),
    ]
    found[2] = replace(found[2], cameo="1384")
    assert targets(found, actors)[2] == "iran"


def test_a_side_is_named_by_its_country_not_by_a_thing_coded_with_it() -> None:
    """ "the Iranian tanker Avaj" is coded IRN, and sorts before Iran: the completed
    target is still the country."""
    avaj = Actor("avaj", "Avaj", "Person", code="IRN", country="iran")
    found = [event(0, "Fight", "iraq", "avaj"), event(1, "Fight", "iraq", None)]
    assert targets(found, ACTORS | {"avaj": avaj}) == ["avaj", "iran"]


def test_a_person_coded_as_an_organisation_does_not_name_its_side() -> None:
    """ "U.N. Secretary-General Antonio Guterres" is coded IGOUNO, the UN's own code; a
    completed target on the UN's side is the UN, not the man."""
    un = Actor("united_nations", "United Nations", "InternationalOrganization", code="IGOUNO")
    chief = Actor("antonio_guterres", "Antonio Guterres", "Person", code="IGOUNO")
    actors = ACTORS | {"antonio_guterres": chief, "united_nations": un}
    found = [
        event(0, "Criticize", "iraq", "antonio_guterres"),
        event(1, "Criticize", "united_nations", "iraq"),
        event(2, "Criticize", "iraq", None),
    ]
    assert targets(found, actors) == ["antonio_guterres", "iraq", "united_nations"]


def test_an_organisation_s_words_set_it_against_no_side_in_a_war() -> None:
    """ "The Security Council demanded that the militia halt the siege … the militia
    shelled the town": an international organisation's demand or condemnation makes it
    no enemy, so the shelling is not aimed at the UN; force the UN's own troops used on
    the militia would."""
    un = Actor("united_nations", "United Nations", "InternationalOrganization", code="IGOUNO")
    militia = Actor("militia", "Tarmun Front", "ArmedGroup", code="SDNREBTRM")
    actors = ACTORS | {"united_nations": un, "militia": militia}
    demanded = [event(0, "Demand", "united_nations", "militia"), event(1, "Fight", "militia", None)]
    assert targets(demanded, actors) == ["militia", None]
    fought = [event(0, "Fight", "united_nations", "militia"), event(1, "Fight", "militia", None)]
    assert targets(fought, actors) == ["militia", "united_nations"]


def test_a_counterpart_is_named_by_the_party_acting_for_its_side() -> None:
    """Where only Hamas acts for the Palestinian side, an Israeli demand that names no
    one is on Hamas, not on a Palestine the article mentions but never shows acting;
    a war's enemy is still named by its country (see the tests above)."""
    actors = {
        "israel": Actor("israel", "Israel", "State", code="ISR", country="israel"),
        "hamas": Actor("hamas", "Hamas", "Group", code="PSEREBHMS", country="palestine"),
        "palestine": Actor("palestine", "Palestine", "State", code="PSE", country="palestine"),
    }
    found = [event(0, "Accuse", "israel", "hamas"), event(1, "Demand", "israel", None)]
    assert targets(found, actors) == ["hamas", "hamas"]


def test_a_protest_by_a_country_s_people_is_aimed_at_its_government() -> None:
    """ "Chilean miners went on strike" in a story that names Chile's government and,
    more often, Peru: the strike is against the miners' own government (the protest
    class's ``ckg:ownTargetRole``), not Chile's counterpart; a minister holding the
    office is not the government; rebels protest against it too, but the army's protest
    or one notable person's is no people's."""
    actors = {
        "chile": Actor("chile", "Chile", "State", code="CHL", country="chile"),
        "peru": Actor("peru", "Peru", "State", code="PER", country="peru"),
        "a_minister": Actor("a_minister", "A Minister", "Person", code="CHLGOV", role="GOV"),
        "chilean_government": Actor(
            "chilean_government", "Chilean government", "Government", code="CHLGOV", role="GOV"
        ),
        "chilean_workers": Actor(
            "chilean_workers", "Chilean workers", "Group", code="CHLLAB", role="LAB"
        ),
        "chilean_military": Actor(
            "chilean_military", "Chilean military", "Government", code="CHLMIL", role="MIL"
        ),
        "chilean_rebels": Actor(
            "chilean_rebels", "Chilean rebels", "ArmedGroup", code="CHLREB", role="REB"
        ),
        "a_notable": Actor("a_notable", "A Notable", "Person", code="CHLELI", role="ELI"),
    }
    found = [
        event(0, "Accuse", "chile", "peru"),
        event(1, "Accuse", "chile", "peru"),
        event(2, "CAMEO_143", "chilean_workers", None),
        event(3, "Protest", "chilean_military", None),
        event(4, "Protest", "chilean_rebels", None),
        event(5, "Protest", "a_notable", None),
    ]
    assert targets(found, actors)[2:] == [
        "chilean_government",
        "peru",
        "chilean_government",
        "peru",
    ]
    no_government = {k: a for k, a in actors.items() if k != "chilean_government"}
    assert targets(found, no_government)[2] == "peru"


def test_multinational_creditors_are_a_party_a_debtor_s_request_is_aimed_at() -> None:
    """ "Chile negotiated with its creditor banks … Chile asked for fresh credit": the
    banks are coded MNC by their role alone, yet multinational business is a party of
    its own (not a supertanker of no side), so the request is aimed at them."""
    actors = {
        "chile": Actor("chile", "Chile", "State", code="CHL", country="chile"),
        "creditor_banks": Actor(
            "creditor_banks", "creditor banks", "Group", code="MNC", role="MNC"
        ),
    }
    found = [event(0, "Consult", "chile", "creditor_banks"), event(1, "Appeal", "chile", None)]
    assert targets(found, actors) == ["creditor_banks", "creditor_banks"]
