"""Whom an act was aimed at, and who used force, when the clause does not say.

War reporting names the target of an attack once and then drops it: "Iraqi jets bombed
Iranian towns … The last Iraqi raid was on Tuesday", "its forces launched fresh attacks
near Basra". Event coders still code the second attack as against Iran and the third as
against Iraq, from what the article has established, and so does this module:

* where the act happened in a country other than its source's (the place's country, see
  :mod:`kg.extract.places`) and the article names that country's side, that country is
  the target: "Iran attacked near Basra" in a report on Iraq, but not "rebels fired
  rockets at Tel Aviv" where nothing names Israel;
* else the side that the conflict events of the article's other sentences (QuadClass 3
  and 4, with both actors named) set against the source's side, when one side does so
  more than any other. The act's own sentence is left out: its parse has already said
  what the act was aimed at ("shelled the town, wounding Kurdish fighters" tells a
  result, not the target). A retreat, truce or withdrawal (087, de-escalation of a
  military engagement) yields to that side in the same way: "Libyan troops are
  evacuating their stronghold in northern Chad" yields to Chad.

A protest by a country's people (workers, students, farmers: a role the roles table marks
domestic and no state institution) is aimed at whom its class's ``ckg:ownTargetRole``
names in their own country, where the article has that actor: "a general strike called
by Ecuadorean workers" is against Ecuador's government, as coders code it, not against
a country the story also names.

Other acts a story tells between two parties are aimed the same way: a trade or debt
story's "Japan has offered to cut its surplus", "Brazil asked for fresh credit" are
offers to, and requests of, the party the article's other events (of any QuadClass,
both actors named, outside the act's own sentence) pair the source's side with, when
one side is paired with it more than any other, both being coded.

A visit made in the visitor's own country ("Saddam Hussein visited the northern city of
Mosul") is a journey at home: no counterpart of the article is its host.

An act on an act the article told before, whose object names that act again by a
definite noun of its kind and no doer ("Kuwait condemned the attack", after "an Iraqi
drone strike"), is aimed at the doer of the first act of that kind the article told
before it by another side (the story's main act, which news tells first), whatever the
counterparts say. A noun of an act of any kind (``ckg:actNoun``: "welcomed the move")
names the nearest act done before it by another side, of material cooperation or
conflict ("Bolivia sent aid to Chile. Chile welcomed the move"), where the story told
one, but for a protest, which answers an act and is seldom the one answered; else its
main act, whatever its code ("the cabinet endorsed the plan … Hezbollah's ministers
walked out in protest … the U.S. envoy welcomed the move").

An act of conventional force whose clause names only the victims ("hundreds of Iraqi
troops were killed in the fighting", "the tanker was hit south of Kharg", "heavy losses
were inflicted on Iraqi forces") takes as its source the side that the article's other
sentences set in a fight against the victims' side (by force it used on that side, or
force that side used on its armed men): a coder codes it as that enemy's attack, not
as an act of nobody. A side the victims' side used force on while it bore no arms is
none (a Cypriot tanker Iran attacked did not hit Iran's frigate); where no one side
fought the victims' more than any other, the act keeps no source ("shells fell on
Kuwait" in an exchange between two others).

A side is an actor's country (or organisation) part of its CAMEO code, but an
insurgent's whole code (:func:`~kg.extract.coding.side_code`: IRQ for the Iraqi air
force; Sudan's Rapid Support Forces fight Sudan's army, and a place in its own country
makes no target of them), or the actor itself without a code; an agent coded by its
role alone is on none, but multinational business (MNC: "creditor banks") is a party,
one side however the story names it, the counterpart of a debtor's requests. Only acts
with a known source have their target completed, and none whose target the article
cannot give: the victims of an abduction, a killing (18) or a massacre (20) may be
anyone's. A denial (016) answers a charge, and CAMEO aims it at the accuser: the
source of the article's disapproval (11: a criticism, an accusation, a complaint) of the
denier's side nearest before it, any other actor's, the denier's compatriots' too; else
the side that fought the denier's in the article's other sentences, or else its enemy
in their conflict events ("Khamenei denied that the platforms had military gear", in a
report of the U.S. strike on them), unless what it denies is a report (:data:`REPORTS`:
the media's, not a party's); else the first such disapproval after it. A claim of
responsibility (015) is aimed at the victims of the act of violence it claims (18, 19,
20), told in its sentence or the nearest before it and by no other named actor
("militants attacked a military camp … JNIM claimed responsibility"), as coders code it,
and that act, told with no doer, is the claimer's; a claim denied ("did not claim
responsibility") claims no act. A completed target or source is an inference, so its
event is less confident.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from kg.extract.coding import (
    UNARMED,
    country_part,
    domestic_role,
    is_country_code,
    is_state_role,
    load_roles,
    side_code,
    split_code,
    takes_no_side,
)
from kg.extract.holders import HOLDING_CODES, RELEASE_ASKED
from kg.records import Actor, Event, Place
from kg.vocabulary import Vocabulary

__all__ = [
    "ANY_ACT",
    "CLAIM",
    "CONFLICT_QUAD_CLASSES",
    "FORCE_CODES",
    "MATERIAL_CONFLICT",
    "VERBAL_CONFLICT",
    "complete_parties",
    "side_of",
]

# CAMEO's codes of conventional military force, done or threatened: 19 FIGHT and 138
# THREATEN WITH MILITARY FORCE (and its subcodes).
FORCE_CODES = ("19", "138")
# Codes whose other party is the enemy: force, and de-escalation of military engagement
# (087: a retreat, a truce, a withdrawal yields to the side fought).
ENEMY_CODES = (*FORCE_CODES, "087")
# Codes whose source, where the clause names only the victims, is the victims' enemy:
# conventional military force, which armed sides use on each other (19 FIGHT). An
# assault, an abduction or a massacre (18, 20) may be anyone's doing.
ATTACKER_CODES = ("19",)
# Codes whose target, where the clause names none, is nobody the article can give: an
# assault (18) or mass violence (20) may befall anyone, and a show of force (15) is
# told by the forces shown, not by whom they may be aimed at ("Iran has deployed
# missiles near the Strait"), as coders code it.
UNAIMED_CODES = ("15", "18", "20")
# A visit (042), aimed at its host: none in the visitor's own country.
VISIT = "042"
# A denial (016), aimed at the source of a disapproval (11) of the denier's side.
DENIAL, DISAPPROVAL = "016", "11"
# A claim of responsibility (015), aimed where the act of violence claimed was: an
# assault (18), force (19) or mass violence (20).
CLAIM, VIOLENCE = "015", ("18", "19", "20")
# Words of what a denial denies that make it an answer to the media, not to a party:
# "denied Western reports of heavy losses", "denied rumours that the minister resigned".
REPORTS = frozenset(
    [
        "report",
        "reports",
        "rumour",
        "rumours",
        "rumor",
        "rumors",
        "story",
        "stories",
        "speculation",
        "press",
        "newspaper",
        "newspapers",
        "media",
    ]
)
# CAMEO's QuadClasses of conflict: verbal (demands, disapproval, rejections, threats)
# and material (force, coercion, assault).
VERBAL_CONFLICT, MATERIAL_CONFLICT = 3, 4
CONFLICT_QUAD_CLASSES = frozenset({VERBAL_CONFLICT, MATERIAL_CONFLICT})
# The kinds of code (their first three letters) of sides that words set against no one in
# a war: an international or non-governmental organisation, or a firm, that demands or
# condemns ("the Security Council demanded that the RSF halt the siege") is no enemy
# that the party's force is aimed at.
UNARMED_KINDS = frozenset({"IGO", "NGO", "MNC"})
ALL_QUAD_CLASSES = frozenset({1, 2, 3, 4})
# QuadClasses of acts done, not said: material cooperation and material conflict; and
# the root of protest (14), whose acts answer another's (see complete_parties).
MATERIAL_QUAD_CLASSES = frozenset({2, 4})
PROTEST_ROOT = "14"
# What a noun of an act of any kind names again ("the move", "the decision"; see
# complete_parties): every code, as every code starts with the empty prefix.
ANY_ACT: tuple[str, ...] = ("",)
# How much less sure an event is when its target or source comes from the article.
INFERRED_PENALTY = 0.2


def side_of(key: str, actors: Mapping[str, Actor]) -> str:
    """The side an actor is on (:func:`~kg.extract.coding.side_code`); an actor with no
    code is a side of its own."""
    actor = actors.get(key)
    return side_code(actor.code) if actor is not None and actor.code else key


def _own_party(actor: Actor) -> bool:
    """Whether an actor coded by its role alone is a party: multinational business (MNC),
    one side however the story names it ("Brazil's creditors", "the commercial banks")."""
    return actor.code == actor.role and takes_no_side(actor.role or "")


def _sideless(key: str, actors: Mapping[str, Actor]) -> bool:
    """An agent coded by its role alone ("a supertanker": BUS, "gunmen": UAF) is on no
    side: hitting it sets no side against the attacker's; multinational business is a
    party of its own (:func:`_own_party`)."""
    actor = actors.get(key)
    if actor is None or actor.code is None or actor.code != actor.role:
        return False
    return not _own_party(actor)


Opponents = dict[str, Counter[str]]


def _opponents(
    events: Iterable[Event],
    actors: Mapping[str, Actor],
    vocab: Vocabulary,
    quad_classes: frozenset[int],
    coded: bool = False,
    enmity: bool = False,
) -> tuple[Opponents, dict[int, Opponents]]:
    """For each side, how often the article's events of ``quad_classes`` pair each other
    side with it, either way round: in the whole article, and in each sentence (the
    conflict events set sides against each other); ``coded``: between coded actors only
    (a party, not a name the dictionaries do not know); ``enmity``: sides in a war, whom
    the words of a side of :data:`UNARMED_KINDS` set against no one."""
    article: Opponents = defaultdict(Counter)
    sentences: dict[int, Opponents] = defaultdict(lambda: defaultdict(Counter))
    for event in events:
        if event.source is None or event.target is None:
            continue
        if vocab.quad_class_of(event.event_type) not in quad_classes:
            continue
        if _sideless(event.source, actors) or _sideless(event.target, actors):
            continue
        if coded and not (_coded(event.source, actors) and _coded(event.target, actors)):
            continue
        source, target = side_of(event.source, actors), side_of(event.target, actors)
        if (
            enmity
            and vocab.quad_class_of(event.event_type) == VERBAL_CONFLICT
            and {source[:3], target[:3]} & UNARMED_KINDS
        ):
            continue
        if source != target:
            for against in (article, sentences[event.sentence]):
                against[source][target] += 1
                against[target][source] += 1
    return article, sentences


def _coded(key: str, actors: Mapping[str, Actor]) -> bool:
    """Whether the actor has a code: a party the dictionaries know."""
    actor = actors.get(key)
    return actor is not None and bool(actor.code)


def _stands_for(
    side: str, events: Iterable[Event], actors: Mapping[str, Actor], acting: bool = False
) -> str:
    """The actor that names a side: its country's own actor where the article has it
    (IRN for Iran's side; not a ship or a person coded IRN, whose ``country`` is Iran),
    or, ``acting``, where it acts in the article's events; else the side's actor named
    most often in events (a party acting for its side: Hamas, where only Hamas acts for
    the Palestinians; of multinational business's names, the one most used)."""
    named = Counter(
        key
        for event in events
        for key in (event.source, event.target)
        if key is not None and side_of(key, actors) == side
    )
    own = [
        k
        for k, a in sorted(actors.items())
        if a.code == side
        and a.code != a.role
        and a.type != "Person"
        and a.country in (None, k)
        and (k in named or not acting)
    ]
    if own:
        return own[0]
    return min(named, key=lambda k: (-named[k], k)) if named else side


def _own_target(event: Event, actors: Mapping[str, Actor], vocab: Vocabulary) -> str | None:
    """The actor of the source's own country that its act is aimed at by its class
    (:meth:`Vocabulary.own_target_role`), where the source is a group of that country's
    people (a country's code with a domestic role that is no state institution: workers,
    rebels; not a person, nor a group whose code names it apart from its country's roles,
    Hamas's PSEREBHMS) and the article names that actor (not a person holding its
    office)."""
    role = vocab.own_target_role(event.event_type)
    source = actors.get(event.source or "")
    if role is None or source is None or not source.code or source.type == "Person":
        return None
    country, roles = split_code(source.code)
    known = domestic_role("".join(roles))
    if not is_country_code(country) or known is None or not set(roles) <= set(load_roles()):
        return None
    if is_state_role(known.code):
        return None  # the army's protest is no people's against their government
    own = country + role
    return next(
        (k for k, a in sorted(actors.items()) if a.code == own and a.type != "Person"), None
    )


def complete_parties(
    events: list[Event],
    actors: Mapping[str, Actor],
    places: Mapping[str, Place],
    countries: Mapping[str, Actor],
    vocab: Vocabulary,
) -> list[Event]:
    """The events, with the target of each targetless act, and then the source of each
    sourceless act of force, filled in by the module's rules where they find one;
    ``actors`` are the article's, ``places`` its places and ``countries`` the country
    actors they lie in. A sourceless act whose doer the article gives is left out where
    its sentence already codes that act by that side, its target given or completed:
    "the last Iraqi attack was on March 8, when the tanker was hit" is one attack.

    An act named again by a noun (``Event.acts_named_again``: "condemned the coup") is
    the story's first of the noun's codes; where the story told none, and the noun is
    bare (``Event.named_bare``), it told the act in other words ("officers closed the
    borders … condemned the coup"): the nearest act of material conflict done before it,
    not a protest, as a noun of an act of any kind names the nearest act done."""
    events, claimed = _claimed_by(events, actors)
    enemies = _opponents(events, actors, vocab, CONFLICT_QUAD_CLASSES, enmity=True)
    fighters = _attackers(events, actors)
    counterparts = _opponents(events, actors, vocab, ALL_QUAD_CLASSES, coded=True)
    roots = {t.cameo: t.quad_class for t in vocab.event_types.values() if t.cameo == t.root}
    # the roots of the acts done that a noun of an act may name again, and of those the
    # roots of material conflict
    done = tuple(
        sorted(
            root
            for root, quad in roots.items()
            if quad in MATERIAL_QUAD_CLASSES and root != PROTEST_ROOT
        )
    )
    conflict = tuple(root for root in done if roots[root] == MATERIAL_CONFLICT)
    named = {side_of(key, actors) for key in actors}
    named_by: dict[tuple[str, bool], str] = {}  # (side, as an enemy) → its actor, found once
    completed: list[Event] = []
    for position, event in enumerate(events):
        if (
            event.source is None
            or event.target is not None
            or event.cameo.startswith(UNAIMED_CODES)
        ):
            completed.append(event)
            continue
        if event.cameo.startswith(DENIAL):
            accuser = _accuser(event, events, actors, (fighters, enemies), named_by)
            completed.append(_inferred(event, target=accuser) if accuser else event)
            continue
        if event.cameo.startswith(CLAIM):
            victims = claimed.get(position)
            completed.append(_inferred(event, target=victims) if victims else event)
            continue
        if event.cameo in RELEASE_ASKED:
            holder = _doer_before(event, events[:position], actors, HOLDING_CODES)
            if holder is not None:
                completed.append(_inferred(event, target=holder))
                continue
        if event.cameo.startswith(VISIT) and _at_home(event, actors, places, countries):
            completed.append(event)  # "Saddam Hussein visited Mosul": a journey at home
            continue
        own = _own_target(event, actors, vocab)
        if own is not None:
            completed.append(_inferred(event, target=own))
            continue
        if event.acts_named_again == ANY_ACT:
            doer = _doer_before(event, events[:position], actors, done) or _doer_before(
                event, events[:position], actors, ANY_ACT, lead=True
            )
        else:
            named_again = event.acts_named_again
            doer = _doer_before(event, events[:position], actors, named_again, lead=True)
            if doer is None and event.named_bare:
                # told in other words: the nearest act of material conflict done before
                doer = _doer_before(event, events[:position], actors, conflict)
        if doer is not None:
            completed.append(_inferred(event, target=doer))
            continue
        against_enemy = event.cameo.startswith(ENEMY_CODES)
        side = side_of(event.source, actors)
        place = places.get(event.location) if event.location and against_enemy else None
        target: str | None = None
        country = side_of(place.country, countries) if place and place.country else side
        joined = _joined_by(event, events, actors, vocab)
        allied = {side_of(ally, actors) for ally in event.allies}
        if place is not None and country in named - {side, country_part(side)} - joined - allied:
            target = place.country
        else:
            other = _other_side(side, event.sentence, enemies if against_enemy else counterparts)
            if other is not None and other not in allied and (against_enemy or other not in joined):
                target = _named(other, against_enemy, events, actors, named_by)
        if target is None:
            completed.append(event)
            continue
        completed.append(_inferred(event, target=target))
    return _with_attackers(completed, events, actors, fighters, named_by)


def _at_home(
    event: Event,
    actors: Mapping[str, Actor],
    places: Mapping[str, Place],
    countries: Mapping[str, Actor],
) -> bool:
    """Whether the event happened in a place of its source's own country."""
    assert event.source is not None
    place = places.get(event.location or "")
    country = countries.get(place.country or "") if place is not None else None
    own = country_part(side_of(event.source, actors))
    return country is not None and country.code is not None and country.code == own


def _claimed(events: list[Event], claim: int, actors: Mapping[str, Actor]) -> int | None:
    """Where in ``events`` the act that the claim of responsibility at ``claim`` claims
    is: an act of violence told in the claim's own sentence ("claimed responsibility for
    a bombing in Kabul that wounded eight"), else the nearest told before it ("militants
    attacked a military camp, killing 30 soldiers … JNIM claimed responsibility"); one
    with victims before one without (an aside: "the hospital, closed since gangs overran
    the area"); never one another named actor did ("Israeli strikes killed 20 people …
    Hamas claimed responsibility for a rocket attack"). A group claims the act it did: a
    coder codes the claim as aimed at the act's victims, and the act as the group's
    where the report gave it no doer."""
    made = events[claim]
    assert made.source is not None
    own = side_of(made.source, actors)
    around = [i for i, e in enumerate(events) if e.sentence == made.sentence and i != claim]
    before = [i for i in reversed(range(claim)) if events[i].sentence != made.sentence]
    violent = [
        i
        for i in (*sorted(around, key=lambda i: abs(i - claim)), *before)
        if events[i].cameo.startswith(VIOLENCE) and _side_or_none(events[i], actors) in (None, own)
    ]
    return next((i for i in violent if events[i].target), violent[0] if violent else None)


def _side_or_none(event: Event, actors: Mapping[str, Actor]) -> str | None:
    """The side of an event's source, if it has one: none for no source, nor for an
    agent of no side (:func:`_sideless`: "militants" name no doer a claim could not
    be by)."""
    if event.source is None or _sideless(event.source, actors):
        return None
    return side_of(event.source, actors)


def _claimed_by(
    events: list[Event], actors: Mapping[str, Actor]
) -> tuple[list[Event], dict[int, str]]:
    """The events, each act of violence told with no doer that a group's claim of
    responsibility claims (:func:`_claimed`) given that group as its source ("several
    people were wounded in the attack … Viv Ansanm claimed responsibility"); and the
    victims of each claim's act, by the claim's position. A denied claim ("did not
    claim responsibility") claims no act."""
    found = list(events)
    victims: dict[int, str] = {}
    for position, event in enumerate(events):
        if not event.cameo.startswith(CLAIM) or event.negated or event.source is None:
            continue
        at = _claimed(events, position, actors)
        if at is None:
            continue
        if found[at].source is None:
            found[at] = _inferred(found[at], source=event.source)
        target = found[at].target
        if target:
            victims[position] = target
    return found, victims


def _doer_before(
    event: Event,
    before: list[Event],
    actors: Mapping[str, Actor],
    codes: tuple[str, ...],
    lead: bool = False,
) -> str | None:
    """The source of the nearest act of one of the CAMEO ``codes`` (or their subcodes)
    told ``before`` the event, by another side than the event's own: of the detention or
    abduction that holds the people an appeal for or demand of release is about, where
    its sentence names no holder (:mod:`kg.extract.holders`, :data:`HOLDING_CODES`:
    "soldiers detained the president … the African Union demanded his release"). With
    ``lead``, the first such act instead: the act an object names again ("condemned the
    attack": ``Event.acts_named_again``) is the story's main one, which news tells first
    ("Chilean troops attacked Bolivia. Bolivian troops shelled Chile. Peru condemned the
    attack": Chile's), not the answer told after it."""
    assert event.source is not None
    side = side_of(event.source, actors)
    for earlier in before if lead else reversed(before):
        if (
            earlier.cameo.startswith(codes)
            and earlier.source is not None
            and side_of(earlier.source, actors) != side
        ):
            return earlier.source
    return None


def _accuser(
    event: Event,
    events: list[Event],
    actors: Mapping[str, Actor],
    sides: tuple[tuple[Opponents, dict[int, Opponents]], ...],
    named_by: dict[tuple[str, bool], str],
) -> str | None:
    """Whom a denial answers (see the module docstring): the source of the nearest
    disapproval of the denier's side by another actor before the denial's sentence (or
    in it), the first of that sentence's ("Chile, Peru and Bolivia accuse Argentina");
    else, where what is denied is no report (its trigger or theme names none),
    the side that the first of ``sides`` that pairs one with the denier's sets against it
    (the side that fought it, then its enemy in the article's conflict events); else the
    source of the first such disapproval after it."""
    assert event.source is not None
    side = side_of(event.source, actors)
    charges = [
        e
        for e in events
        if e.cameo.startswith(DISAPPROVAL)
        and e.source not in (None, event.source)
        and e.target is not None
        and side_of(e.target, actors) == side
    ]
    before = [e for e in charges if e.sentence <= event.sentence]
    if before:  # the nearest sentence's first accuser, the first named of a list of them
        nearest = max(e.sentence for e in before)
        return next(e.source for e in before if e.sentence == nearest)
    said = f"{event.trigger} {event.theme}".lower()
    if not REPORTS & set(re.findall(r"[a-z]+", said)):
        for opponents in sides:
            enemy = _other_side(side, event.sentence, opponents)
            if enemy is not None:
                return _named(enemy, True, events, actors, named_by)
    return next((e.source for e in charges if e.sentence > event.sentence), None)


def _with_attackers(
    completed: list[Event],
    events: list[Event],
    actors: Mapping[str, Actor],
    attackers: tuple[Opponents, dict[int, Opponents]],
    named_by: dict[tuple[str, bool], str],
) -> list[Event]:
    """The ``completed`` events, each sourceless act of conventional force
    (:data:`ATTACKER_CODES`) with the source the article gives it: the side that fought
    the victims' side in its other sentences (``attackers``, :func:`_attackers` over
    ``events`` as stated, not as completed) more than any other side did; left out where
    its sentence codes that act by that side."""
    coded = {
        (e.sentence, e.cameo[:2], side_of(e.source, actors), side_of(e.target, actors))
        for e in completed
        if e.source is not None and e.target is not None
    }
    found: list[Event] = []
    for event in completed:
        if event.source is not None or event.target is None:
            found.append(event)
            continue
        victims = side_of(event.target, actors)
        other = (
            _other_side(victims, event.sentence, attackers)
            if event.cameo.startswith(ATTACKER_CODES)
            else None
        )
        if other is None:
            found.append(event)
        elif (event.sentence, event.cameo[:2], other, victims) not in coded:
            found.append(_inferred(event, source=_named(other, True, events, actors, named_by)))
    return found


def _attackers(
    events: Iterable[Event], actors: Mapping[str, Actor]
) -> tuple[Opponents, dict[int, Opponents]]:
    """For each side, how often each other side fought it (:data:`FORCE_CODES`, both
    actors on a side): used or threatened force on it, or had force used on it by that
    side while bearing arms (:func:`_armed`); in the whole article, and in each
    sentence. A Cypriot tanker that Iran attacked is no attacker of Iran's; Libyan
    forces that Chad attacked are. An insurgent's attacker (see
    :data:`~kg.extract.coding.INSURGENT_ROLES`) from another country attacked its
    country's side too."""
    article: Opponents = defaultdict(Counter)
    sentences: dict[int, Opponents] = defaultdict(lambda: defaultdict(Counter))
    for event in events:
        if event.source is None or event.target is None:
            continue
        if not event.cameo.startswith(FORCE_CODES):
            continue
        if _sideless(event.source, actors) or _sideless(event.target, actors):
            continue
        source, target = side_of(event.source, actors), side_of(event.target, actors)
        if source == target:
            continue
        # an insurgent fought by a foreign state stands for its country's people too: a
        # strike on Gaza is Israel's where the article has Israel fighting Hamas
        victim = actors.get(event.target)
        insurgent = victim is not None and victim.code == target
        country = country_part(target) if insurgent else target
        for by in (article, sentences[event.sentence]):
            by[target][source] += 1
            if country not in (target, country_part(source)):
                by[country][source] += 1
            if _armed(event.target, actors):
                by[source][target] += 1
    return article, sentences


def _armed(key: str, actors: Mapping[str, Actor]) -> bool:
    """Whether an actor can be the side that fights back: a state, its forces, an armed
    group; not people who bear no arms (:data:`~kg.extract.coding.UNARMED`) nor
    business (a tanker, a firm: BUS, MNC)."""
    actor = actors.get(key)
    if actor is None or not actor.code:
        return True
    roles = set(split_code(actor.code)[1])
    return not roles & (UNARMED | {"BUS", "MNC"})


def _joined_by(
    event: Event, events: list[Event], actors: Mapping[str, Actor], vocab: Vocabulary
) -> set[str]:
    """The sides of the other doers of a verbal or material act of conflict, the sources
    of the same act (the same words, with the same theme, in the same sentence): "South
    Korea, the United States and Japan condemned the launch" is one act of allies, none
    of them the counterpart the article pairs another with elsewhere. Enemies are not
    asked (who wages war together with its enemy?), and those who cooperate together may
    do it with each other ("India and Pakistan agreed to a ceasefire")."""
    if vocab.quad_class_of(event.event_type) not in CONFLICT_QUAD_CLASSES:
        return set()
    act = (event.sentence, event.trigger, event.cameo, event.theme)
    return {
        side_of(other.source, actors)
        for other in events
        if other.source not in (None, event.source)
        and (other.sentence, other.trigger, other.cameo, other.theme) == act
    }


def _other_side(
    side: str, sentence: int, opponents: tuple[Opponents, dict[int, Opponents]]
) -> str | None:
    """The side that the article's events outside ``sentence`` pair with ``side`` more
    than any other, if one does."""
    article, sentences = opponents
    ranked = (article[side] - sentences[sentence][side]).most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _named(
    side: str,
    as_enemy: bool,
    events: list[Event],
    actors: Mapping[str, Actor],
    named_by: dict[tuple[str, bool], str],
) -> str:
    """The actor naming ``side`` (:func:`_stands_for`), found once per side and role."""
    if (side, as_enemy) not in named_by:
        named_by[side, as_enemy] = _stands_for(side, events, actors, not as_enemy)
    return named_by[side, as_enemy]


def _inferred(event: Event, *, source: str | None = None, target: str | None = None) -> Event:
    """The event with the ``source`` or ``target`` the article gives it, an inference, so
    less confident."""
    assert source is not None or target is not None
    confidence = round(max(0.05, event.confidence - INFERRED_PENALTY), 2)
    return replace(
        event,
        source=source or event.source,
        target=target or event.target,
        confidence=confidence,
    )
