"""The PETRARCH verb dictionary and discard list readers: each syntax element on a snippet
written for the test, then the shipped files (read once per session)."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.verbs import (
    DATA,
    DISCARD_FILE,
    NULL,
    VERB_FILE,
    DiscardList,
    EventCode,
    EventShape,
    Marker,
    Noun,
    Origin,
    Pattern,
    Prep,
    Rewrite,
    Scope,
    Verb,
    VerbBlock,
    VerbDictionary,
    Verbs,
    load_verbs,
    read_discards,
    read_verbs,
    regular_forms,
)
from tests.conftest import shared_file


def verbs(tmp_path: Path, text: str | bytes) -> VerbDictionary:
    path = tmp_path / "test.verbs.txt"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read_verbs(path)


def discards(tmp_path: Path, text: str) -> DiscardList:
    path = tmp_path / "test.discards.txt"
    path.write_text(text, encoding="utf-8")
    return read_discards(path)


def block(dictionary: VerbDictionary, name: str) -> VerbBlock:
    found = [b for b in dictionary.blocks if b.name == name]
    assert len(found) == 1, [b.name for b in dictionary.blocks]
    return found[0]


def verb(dictionary: VerbDictionary, text: str) -> Verb:
    found = [v for v in dictionary.verbs if v.written.text == text]
    assert len(found) == 1, [v.written.text for v in dictionary.verbs]
    return found[0]


def forms(found: Verb) -> list[str]:
    return [form.text for form in found.forms]


def pattern(text: str, tmp_path: Path, sets: str = "") -> Pattern:
    """The one pattern of a block holding just ``text``."""
    read = verbs(tmp_path, f"{sets}--- TEST [---] ---\nTEST\n{text}\n")
    assert len(read.patterns) == 1, read.issues
    return read.patterns[0]


def reasons(read: VerbDictionary | DiscardList) -> list[str]:
    return [issue.reason for issue in read.issues]


def noun(*words: str, braced: bool = False, joined: bool = False) -> Noun:
    return Noun(tuple(words), braced=braced, joined=joined)


# ---------------------------------------------------------------- synonym sets


SETS = """&ARMS
+RIFLE
+MACHINE_GUN
+BRASS KNUCKLES_
+ARMS

&SAID_
+SAID
+SAYS
"""


def test_synonym_sets_with_plurals_unless_underscored(tmp_path: Path) -> None:
    read = verbs(tmp_path, SETS)
    arms = read.synsets["&ARMS"]
    assert arms.plurals and arms.line == 1
    assert [(p.text, p.origin) for p in arms.phrases] == [
        ("RIFLE", "written"),
        ("RIFLES", "plural"),
        ("MACHINE GUN", "written"),
        ("MACHINE GUNS", "plural"),
        ("BRASS KNUCKLES", "written"),  # trailing '_': no plural
        ("ARMS", "written"),  # looks plural already: no ARMSES
    ]
    said = read.synsets["&SAID"]  # the name's '_' is dropped and turns plurals off
    assert not said.plurals
    assert [p.text for p in said.phrases] == ["SAID", "SAYS"]
    assert read.issues == ()


def test_a_set_member_listed_twice_is_dropped(tmp_path: Path) -> None:
    read = verbs(tmp_path, "&ARMS\n+GUN\n+GUNS\n+GUN\n")
    assert [p.text for p in read.synsets["&ARMS"].phrases] == ["GUN", "GUNS"]
    assert reasons(read) == ["set member dropped: &ARMS lists it at line 2"]


def test_references_stay_references_and_expand_on_demand(tmp_path: Path) -> None:
    found = pattern("- * {&ARMS SHIPMENT} [072]", tmp_path, SETS)
    assert found.after == (noun("&ARMS", "SHIPMENT", braced=True),)
    assert found.references == ("&ARMS",)
    read = verbs(tmp_path, SETS + "--- TEST [---] ---\nTEST\n- * {&ARMS SHIPMENT} [072]\n")
    expanded = read.phrases(read.patterns[0].after[0])  # type: ignore[arg-type]
    assert expanded[:3] == (
        ("RIFLE", "SHIPMENT"),
        ("RIFLES", "SHIPMENT"),
        ("MACHINE", "GUN", "SHIPMENT"),
    )
    assert len(expanded) == 6


def test_a_set_used_before_its_definition_is_fine_an_undefined_one_drops_the_pattern(
    tmp_path: Path,
) -> None:
    read = verbs(
        tmp_path,
        "--- TEST [---] ---\nTEST\n- * &LATER [190]\n- * &NEVER [190]\n\n&LATER\n+SHELL\n",
    )
    assert [p.line for p in read.patterns] == [3]
    assert reasons(read) == ["pattern dropped: synonym set &NEVER is not defined"]


# ---------------------------------------------------------------- blocks and verbs


def test_block_codes_and_verb_codes(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- ASSAULT [180] ---\nASSAULT\nAMBUSH [181]\n"
        "--- MOVE [---] ---\nMOVE\n"
        "--- BARE ---\nBARE\n"
        "--- OFFEND [:110] ---\nOFFEND\n",
    )
    assault = block(read, "ASSAULT")
    assert assault.code == EventCode("180", None, "180") and assault.line == 1
    assert assault.code_of(verb(read, "ASSAULT")).event == "180"  # the block's default
    assert assault.code_of(verb(read, "AMBUSH")).event == "181"  # its own
    assert block(read, "MOVE").code.null and block(read, "MOVE").code == NULL
    assert block(read, "BARE").code.null  # no code: no event
    assert block(read, "OFFEND").code == EventCode(None, "110", ":110")
    assert read.issues == ()


def test_a_pattern_s_comment_names_the_verbs_it_was_written_for(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- HIT [190] ---\nHIT\nKICK\n+RULE_OUT\n"
        "- * OFF [046] # KICK  coder's note\n"
        "- * TALKS [---] # RULED_OUT, KICK\n"
        "- * TOWN [190] # KILLED_AND\n",
    )
    hit = block(read, "HIT")
    first, second, third = hit.patterns
    assert hit.origins(first) == (verb(read, "KICK"),)
    assert hit.origins(second) == (verb(read, "RULE OUT"), verb(read, "KICK"))
    assert hit.origins(third) == ()  # names no verb of the block: the whole block's


def test_a_pattern_of_the_subject_alone_is_told_apart(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- SEIZE [171] ---\nSEIZE\nARREST [173]\n"
        "- TROOPS * [192] # SEIZE\n- * TOWN [192] # SEIZE\n- TROOPS * TOWN [192] # SEIZE\n",
    )
    alone, _, both = block(read, "SEIZE").patterns
    assert alone.subject_only and not both.subject_only


def test_a_header_whose_code_runs_into_its_dashes_is_read_and_reported(tmp_path: Path) -> None:
    read = verbs(tmp_path, "---  DELAY   [120]---  ---\nDELAY\n")
    assert block(read, "DELAY").code.event == "120"
    assert reasons(read) == ["block header does not end with '---': '---  ---'"]


def test_regular_forms_are_generated_with_english_spelling(tmp_path: Path) -> None:
    read = verbs(tmp_path, "--- T [---] ---\nHURRY\nSTOP\nSTAGE\nABOLISH\nDELAY\n")
    assert forms(verb(read, "HURRY")) == ["HURRY", "HURRIES", "HURRIED", "HURRYING"]
    assert forms(verb(read, "STOP")) == ["STOP", "STOPS", "STOPPED", "STOPPING"]
    assert forms(verb(read, "STAGE")) == ["STAGE", "STAGES", "STAGED", "STAGING"]
    assert forms(verb(read, "ABOLISH"))[1] == "ABOLISHES"
    assert forms(verb(read, "DELAY")) == ["DELAY", "DELAYS", "DELAYED", "DELAYING"]
    assert [f.origin for f in verb(read, "STOP").forms] == [
        Origin.WRITTEN,
        Origin.REGULAR,
        Origin.REGULAR,
        Origin.REGULAR,
    ]


@pytest.mark.parametrize(
    ("verb_", "expected"),
    [
        ("AGREE", ["AGREES", "AGREED", "AGREEING"]),
        ("DIE", ["DIES", "DIED", "DYING"]),
        ("VETO", ["VETOES", "VETOED", "VETOING"]),
        ("RELAX", ["RELAXES", "RELAXED", "RELAXING"]),
        ("PANIC", ["PANICS", "PANICKED", "PANICKING"]),
        ("VISIT", ["VISITS", "VISITED", "VISITING"]),  # stress not final: no doubling
        ("COMMIT", ["COMMITS", "COMMITTED", "COMMITTING"]),  # stress final
        ("QUIT", ["QUITS", "QUITTING"]),  # QU is a consonant; past is QUIT
        ("CUT", ["CUTS", "CUTTING"]),
        ("TRAVEL", ["TRAVELS", "TRAVELLED", "TRAVELED", "TRAVELLING", "TRAVELING"]),
        ("FUEL", ["FUELS", "FUELLED", "FUELED", "FUELLING", "FUELING"]),
        ("AID", ["AIDS", "AIDED", "AIDING"]),
        ("RE-OPEN", ["RE-OPENS", "RE-OPENED", "RE-OPENING"]),
    ],
)
def test_regular_forms(verb_: str, expected: list[str]) -> None:
    assert regular_forms(verb_) == expected


def test_braces_list_every_other_form_and_empty_braces_mean_none(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- T [---] ---\nSPEED {SPEEDING SPEEDS SPED }\n+ANGERED_BY {}\n"
        "SEEK {SEEKS, SEEKING, SOUGHT} [030]\n",
    )
    speed = verb(read, "SPEED")
    assert forms(speed) == ["SPEED", "SPEEDING", "SPEEDS", "SPED"]  # no SPEEDED
    assert [f.origin for f in speed.forms][1:] == [Origin.IRREGULAR] * 3
    angered = verb(read, "ANGERED BY")
    assert forms(angered) == ["ANGERED BY"] and angered.written.verb == "ANGERED"
    assert forms(verb(read, "SEEK")) == ["SEEK", "SEEKS", "SEEKING", "SOUGHT"]
    assert verb(read, "SEEK").code == EventCode("030", None, "030")
    assert reasons(read) == ["',' between forms read as a space"]


def test_multi_word_verbs_inflect_the_word_marked_plus(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- T [---] ---\n+CARRY_OUT\nWIRE_+TAP\n+SHUT_DOWN {+SHUTS_DOWN +SHUTTING_DOWN }\n",
    )
    carry = verb(read, "CARRY OUT")
    assert forms(carry) == ["CARRY OUT", "CARRIES OUT", "CARRIED OUT", "CARRYING OUT"]
    assert {f.head for f in carry.forms} == {0} and carry.multiword
    tap = verb(read, "WIRE TAP")
    assert forms(tap)[2] == "WIRE TAPPED" and tap.forms[2].verb == "TAPPED"
    assert forms(verb(read, "SHUT DOWN")) == ["SHUT DOWN", "SHUTS DOWN", "SHUTTING DOWN"]
    assert read.issues == ()


def test_a_form_inflecting_another_word_than_the_plus_one_is_reported(tmp_path: Path) -> None:
    read = verbs(tmp_path, "--- T [---] ---\n+WIRE_TAP {+WIRE_TAPS}\n+CLEAR_UP_+NOW\nCLEAR_UP\n")
    assert forms(verb(read, "WIRE TAP")) == ["WIRE TAP", "WIRE TAPS"]
    assert reasons(read) == [
        "form inflects another word than the one marked '+': +WIRE_TAPS",
        "verb dropped: verb '+CLEAR_UP_+NOW' marks more than one word with '+'",
        "verb dropped: multi-word verb 'CLEAR_UP' does not mark its verb with '+'",
    ]


def test_forms_not_lemmas_staged_is_stage_not_stag(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- ARRANGE [---] ---\nSTAGE\n- * PROTEST [141]\n--- ANIMAL [---] ---\nSTAG\n",
    )
    found = read.lookup(["staged"])
    assert [(b.name, v.written.text) for b, v in found] == [("ARRANGE", "STAGE")]
    assert read.lookup(["stags"])[0][1].written.text == "STAG"
    assert read.lookup(["nothing"]) == ()


def test_verbs_written_twice_are_kept_and_reported(tmp_path: Path) -> None:
    read = verbs(tmp_path, "--- A [---] ---\nBRING\nBRING {BROUGHT}\n--- B [---] ---\nBRING\n")
    assert len(read.lookup(["BRING"])) == 3
    assert reasons(read) == [
        "verb listed twice: BRING also at line 2 (this block)",
        "verb listed twice: BRING also at line 2 (block A)",
    ]


def test_legacy_semicolon_comments(tmp_path: Path) -> None:
    read = verbs(tmp_path, "--- T [---] ---\nRIP {RIPPING RIPS RIPPED};shan 7/11/93\n")
    found = verb(read, "RIP")
    assert forms(found) == ["RIP", "RIPPING", "RIPS", "RIPPED"] and found.comment == "shan 7/11/93"
    assert reasons(read) == ["';' comment (TABARI's) read as a comment"]


# ---------------------------------------------------------------- patterns


def test_pattern_sides_nouns_and_comment(tmp_path: Path) -> None:
    found = pattern("- &ARMS * {MOCK ATTACKS} RAID   [062:062]   # STAGE <ab>", tmp_path, SETS)
    assert found.before == (noun("&ARMS"),)
    assert found.after == (noun("MOCK", "ATTACKS", braced=True), noun("RAID"))
    assert found.after[0].head == "ATTACKS"
    assert found.code == EventCode("062", "062", "062:062")
    assert found.comment == "STAGE <ab>"
    assert found.line == len(SETS.splitlines()) + 3
    assert found.text == "- &ARMS * {MOCK ATTACKS} RAID   [062:062]   # STAGE <ab>"


def test_prepositional_phrases(tmp_path: Path) -> None:
    found = pattern("- * POLICE (TO BORDER) (AT {NEW SANCTIONS}) (AGAINST) [153]", tmp_path)
    assert found.after == (
        noun("POLICE"),
        Prep(("TO",), (noun("BORDER"),)),
        Prep(("AT",), (noun("NEW", "SANCTIONS", braced=True),)),
        Prep(("AGAINST",), ()),
    )


def test_markers(tmp_path: Path) -> None:
    found = pattern("- $ * LEAVE ^ (INTO +) (FROM ^) [042:043]", tmp_path)
    assert found.before == (Marker.SOURCE,)
    assert found.after == (
        noun("LEAVE"),
        Marker.SKIP,
        Prep(("INTO",), (Marker.TARGET,)),
        Prep(("FROM",), (Marker.SKIP,)),
    )
    assert found.markers == (Marker.SOURCE, Marker.SKIP, Marker.TARGET, Marker.SKIP)
    compound = pattern("- % {AIR FORCE} * [062:062]", tmp_path)
    assert compound.before[0] is Marker.COMPOUND and compound.after == ()


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("190", EventCode("190", None, "190")),
        ("0874", EventCode("0874", None, "0874")),
        ("---", NULL),
        ("042:043", EventCode("042", "043", "042:043")),
        (":173", EventCode(None, "173", ":173")),
    ],
)
def test_codes(tmp_path: Path, code: str, expected: EventCode) -> None:
    assert pattern(f"- * X [{code}]", tmp_path).code == expected


def test_underscores_join_words_of_one_noun_phrase(tmp_path: Path) -> None:
    found = pattern("- * DEBT_RELIEF {AIR_STRIKE} FIGHTER_&ARMS [0331]", tmp_path, SETS)
    assert found.after == (
        noun("DEBT", "RELIEF", joined=True),
        noun("AIR", "STRIKE", braced=True),
        noun("FIGHTER", "&ARMS", joined=True),
    )


def test_unreadable_patterns_are_dropped_and_reported(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- T [---] ---\nT\n- * X\n- * X * Y [190]\n- X [190]\n- * (TO X [190]\n"
        "- * {X Y [190]\n- * X [19A]\n- * ( ) [190]\n- * (TO (X)) [190]\n- * {X $} [190]\n",
    )
    assert read.patterns == ()
    assert reasons(read) == [
        "pattern dropped: no [code] at the end",
        "pattern dropped: 2 '*' (the verb) instead of one",
        "pattern dropped: 0 '*' (the verb) instead of one",
        "pattern dropped: '(' without its ')'",
        "pattern dropped: '{' without its '}'",
        "pattern dropped: code [19A] is not CODE, ---, CODE:CODE or :CODE",
        "pattern dropped: '(' not followed by a preposition",
        "pattern dropped: '(' inside (...)",
        "pattern dropped: '$' inside {...}",
    ]


def test_repaired_patterns_are_kept_and_reported(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- T [---] ---\nT\n"
        "- * VENTURE (WITH VISIT)     VISIT)[042:043]\n"
        "- * DOWN (FROM)     [080!]\n"
        "- SPY_*_DEAL [---]\n"
        "- * (BY/WITH FORCE) [175]\n"
        "- * (PEACE TALKS) [046]\n",
    )
    after = [p.after for p in read.patterns]
    assert after[0] == (noun("VENTURE"), Prep(("WITH",), (noun("VISIT"),)))
    assert read.patterns[1].code == EventCode("080", None, "080")
    assert read.patterns[2].before == (noun("SPY"),) and after[2] == (noun("DEAL"),)
    assert after[3] == (Prep(("BY", "WITH"), (noun("FORCE"),)),)
    assert after[3][0].preposition == "BY/WITH"
    assert after[4] == (Prep(("PEACE",), (noun("TALKS"),)),)
    assert reasons(read) == [
        "stray text before the code dropped: 'VISIT )'",
        "stray characters in code",
        "'_' joining a word to the verb read as a space",
        "prepositions read as alternatives: BY/WITH",
        "not a preposition: (PEACE ...)",
    ]
    assert all(issue.kept for issue in read.issues)


def test_lines_outside_any_block_or_set_are_dropped(tmp_path: Path) -> None:
    read = verbs(tmp_path, "ORPHAN\n- * X [190]\n&SET\nNO_PLUS\n--- EMPTY [190] ---\n")
    assert read.blocks[0].verbs == () and read.synsets["&SET"].phrases == ()
    assert reasons(read) == [
        "line dropped: no block or set",
        "line dropped: no block or set",
        "line dropped: a synonym set without '+'",
        "block has no verbs",
    ]


# ---------------------------------------------------------------- transformations


def test_transformations(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- SAY [010] ---\nSAY {SAID SAYS SAYING}\n--- ATTACK [190] ---\nATTACK\n"
        "~ a (a b ATTACK) SAY = a b 015\n"
        "~ a (b . ATTACK ) SAY = a b 112  # an accusation\n"
        "~ a (a b Q) SAY = a b Q\n",
    )
    first, second, third = read.transformations
    assert first.shape == EventShape("a", EventShape("a", "b", "ATTACK"), "SAY")
    assert first.rewrite == Rewrite("a", "b", "015") and first.line == 5
    assert second.shape.target == EventShape("b", ".", "ATTACK")
    assert second.comment == "an accusation"
    assert third.rewrite.code == "Q"
    assert read.issues == ()


def test_bad_transformations_are_dropped_or_reported(tmp_path: Path) -> None:
    read = verbs(
        tmp_path,
        "--- SAY [010] ---\nSAY\n"
        "~ a (a b ATTACK) SAY = a c 015\n"
        "~ a (a b ATTACK SAY = a b 015\n"
        "~ a (a b ATTACK) SAY a b 015\n"
        "~ a (_ b WILL_ATTACK) SAY = a b 138\n",
    )
    assert len(read.transformations) == 1
    assert reasons(read) == [
        "transformation dropped: rewrite names 'c', which the event does not bind",
        "transformation dropped: '(' without its ')'",
        "transformation dropped: no '='",
        "transformation verb not in the dictionary: WILL",
    ]


# ---------------------------------------------------------------- discards


def test_discards(tmp_path: Path) -> None:
    read = discards(
        tmp_path,
        "# Story-level discards are indicated with a '+'.\n"
        "BASEBALL\n+ World Golf Championships   # pas 26-Feb-2014\n"
        "GROUP A_\nACCIDENT KILLED\t\n#2000\n",
    )
    assert [(d.phrase, d.scope, d.exact, d.line) for d in read.entries] == [
        ("BASEBALL", Scope.SENTENCE, False, 2),
        ("WORLD GOLF CHAMPIONSHIPS", Scope.STORY, False, 3),
        ("GROUP A", Scope.SENTENCE, True, 4),
        ("ACCIDENT KILLED", Scope.SENTENCE, False, 5),
    ]
    assert read.issues == ()


def test_discards_listed_twice(tmp_path: Path) -> None:
    read = discards(tmp_path, "+MANCHESTER UNITED\nCUP\nManchester United\n+CUP\n")
    assert [(d.phrase, d.scope) for d in read.entries] == [
        ("MANCHESTER UNITED", Scope.STORY),
        ("CUP", Scope.STORY),
    ]
    assert reasons(read) == [
        "discard dropped: already at line 1",
        "discard at line 2 widened to the story",
    ]


# ---------------------------------------------------------------- bytes and robustness


def test_stray_bytes_are_read_and_reported(tmp_path: Path) -> None:
    read = verbs(tmp_path, b"--- T [---] ---\nCAF\xc9\n")
    assert verb(read, "CAF\u00c9").line == 2
    assert reasons(read) == ["not UTF-8: read as Latin-1"]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet="-+*&~$^%(){}[]:#;_ abAB019\t", max_size=30).map(
            lambda s: s.replace("\n", "")
        ),
        max_size=12,
    )
)
def test_no_line_stops_a_read(tmp_path_factory: pytest.TempPathFactory, lines: list[str]) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.txt"
    path.write_text("--- T [---] ---\nT\n" + "\n".join(lines) + "\n", encoding="utf-8")
    read_verbs(path)
    read_discards(path)


# ---------------------------------------------------------------- the shipped files


@pytest.fixture(scope="session")
def shipped() -> Verbs:
    return load_verbs()


def test_the_package_ships_the_files_and_their_licence() -> None:
    for name in (VERB_FILE, DISCARD_FILE, "LICENSE"):
        assert (DATA / name).is_file(), name
    assert "MIT License" in (DATA / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", [VERB_FILE, DISCARD_FILE, "LICENSE"])
def test_the_shipped_files_are_the_shared_copies(name: str) -> None:
    shared = shared_file("data", "petrarch", name)
    assert (DATA / name).read_bytes() == shared.read_bytes()


def issue_counts(shipped: Verbs) -> Iterator[tuple[str, str, bool, int]]:
    counted = collections.Counter((i.path, i.reason.split(":")[0], i.kept) for i in shipped.issues)
    for (path, reason, kept), n in sorted(counted.items()):
        yield path, reason, kept, n


def test_shipped_counts(shipped: Verbs) -> None:
    d = shipped.dictionary
    assert d.path == VERB_FILE and d.lines > 9000
    assert len(d.blocks) == 398
    assert sum(b.code.null for b in d.blocks) == 205  # no default code
    assert 1800 <= len(d.verbs) <= 1830
    assert 30_000 > sum(len(v.forms) for v in d.verbs) > 6000
    assert 4650 <= len(d.patterns) <= 4668  # 4668 pattern lines
    assert len(d.synsets) == 40
    assert len(d.transformations) == 9
    assert sum(1 for v in d.verbs if v.multiword) > 100
    assert len(shipped.discards.entries) > 500
    assert len(shipped.issues) < 100
    assert sum(not issue.kept for issue in shipped.issues) < 10


def test_shipped_issues(shipped: Verbs) -> None:
    """The file's known faults, each reported at its line."""
    found = {(i.line, i.reason.split(":")[0]) for i in shipped.dictionary.issues}
    for known in [
        (7435, "block header does not end with '---'"),  # DISGRACE [110]---
        (2369, "stray text before the code dropped"),  # (WITH VISIT) VISIT)
        (7611, "stray text before the code dropped"),  # (ON ^) ^)
        (5792, "stray characters in code"),  # [080!]
        (3330, "';' comment (TABARI's) read as a comment"),
        (3407, "',' between forms read as a space"),
        (2401, "pattern dropped"),  # &FIGHT_CRIM is not defined
        (554, "set member dropped"),  # MISSILE twice in &WEAPON
    ]:
        assert known in found, known
    assert {(i.line, i.reason) for i in shipped.discards.issues} == {
        (322, "discard dropped: already at line 128")  # MANCHESTER UNITED
    }


def test_shipped_vocabulary(shipped: Verbs) -> None:
    d = shipped.dictionary
    staged = d.lookup(["STAGED"])
    assert [(b.name, v.written.text) for b, v in staged] == [("ARRANGE", "STAGE")]
    protest = [p for p in block(d, "ARRANGE").patterns if p.after == (noun("PROTEST"),)]
    assert [p.code.event for p in protest] == ["141"]
    for form, code in [("BOMBARDED", "190"), ("RAIDED", "190"), ("KIDNAPPED", "181")]:
        (found_block, found), *_ = d.lookup([form])
        assert found_block.code_of(found).event == code, form
    assert d.lookup(["CARRIED", "OUT"])
    assert d.transformations[0].shape.verb == "SAY"
    assert d.transformations[0].rewrite == Rewrite("a", "b", "015")
    assert [t.shape.verb for t in d.transformations] == [
        "SAY", "CLAIM", "SAY", "CLAIM", "SAY", "SAY", "WANT", "WANT", "ATTEMPT",
    ]  # fmt: skip
    appear = [p for p in block(d, "APPEAR").patterns if p.code.event is None]
    assert {p.code.converse for p in appear} == {"173"}  # [:173] BEFORE COURT


def test_shipped_codes_are_cameo_codes(shipped: Verbs) -> None:
    """Every code is in the CAMEO codebook but for three of the Phoenix extensions."""
    path = shared_file("data", "cameo", "CAMEO.eventcodes.txt")
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    cameo = {line.split("\t")[0] for line in lines if line.strip()}
    used: collections.Counter[str] = collections.Counter()
    for b in shipped.dictionary.blocks:
        codes = [b.code, *(v.code for v in b.verbs if v.code), *(p.code for p in b.patterns)]
        used.update(c for code in codes for c in (code.event, code.converse) if c)
    assert {c for c in used if c not in cameo} == {"176", "1213", "1952"}


def test_report(shipped: Verbs, capsys: pytest.CaptureFixture[str]) -> None:
    """Not a check: prints what was read, what was rejected and the read time."""
    d = shipped.dictionary
    forms_ = sum(len(v.forms) for v in d.verbs)
    lines = [
        f"PETRARCH verb dictionary and discards read in {shipped.seconds:.2f} s",
        f"  {d.path}: {d.lines} lines, {len(d.blocks)} blocks"
        f" ({sum(b.code.null for b in d.blocks)} without a default code),"
        f" {len(d.verbs)} verbs ({forms_} forms), {len(d.patterns)} patterns,"
        f" {len(d.synsets)} synonym sets, {len(d.transformations)} transformations",
        f"  {shipped.discards.path}: {shipped.discards.lines} lines,"
        f" {len(shipped.discards.entries)} discards",
    ]
    lines += [
        f"  {n:3d} {'kept' if kept else 'DROPPED'}: {reason} ({path})"
        for path, reason, kept, n in issue_counts(shipped)
    ]
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert shipped.seconds < 10
