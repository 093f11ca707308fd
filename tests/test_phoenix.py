"""The Phoenix dictionary readers: each syntax feature on a snippet written for the test,
then the shipped files (parsed once per session) for what later code will rely on."""

from __future__ import annotations

import collections
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kg.extract.agents import agent_entries
from kg.phoenix import (
    ACTOR_FILES,
    AGENT_FILE,
    DATA,
    ActorDictionary,
    ActorEntry,
    AgentDictionary,
    AgentEntry,
    Case,
    DatedCode,
    Phoenix,
    code_on,
    load_phoenix,
    plural,
    read_actors,
    read_agents,
)


def actors(tmp_path: Path, text: str | bytes) -> ActorDictionary:
    path = tmp_path / "test.actors.txt"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read_actors(path)


def agents(tmp_path: Path, text: str | bytes) -> AgentDictionary:
    path = tmp_path / "test.agents.txt"
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return read_agents(path)


def entry(dictionary: ActorDictionary, headword: str) -> ActorEntry:
    found = [e for e in dictionary.entries if e.headword.text == headword]
    assert len(found) == 1, [e.headword.text for e in dictionary.entries]
    return found[0]


def reasons(dictionary: ActorDictionary | AgentDictionary) -> list[str]:
    return [issue.reason for issue in dictionary.issues]


# ---------------------------------------------------------------- actor syntax


def test_trailing_underscore_marks_an_exact_name_and_its_absence_a_stem(tmp_path: Path) -> None:
    read = actors(tmp_path, "GREEN_LEAGUE_ [XYZ]\n+LEAGUE_OF_GREENS\n+GREEN LEAGUE_\n")
    names = entry(read, "GREEN LEAGUE").names
    assert [(n.words, n.exact) for n in names] == [
        (("GREEN", "LEAGUE"), True),
        (("LEAGUE", "OF", "GREENS"), False),
        (("GREEN", "LEAGUE"), True),  # a space joins words as '_' does
    ]


def test_a_name_is_also_read_without_its_bracketed_part(tmp_path: Path) -> None:
    """The bracket tells the entry apart or gives its acronym; the text names the group
    without it. One word left alone is kept only as written: its bracket is what tells
    it from a common word."""
    read = actors(
        tmp_path,
        "GREEN_LEAGUE_(RURITANIA)_ [XYZ]\n+LEAGUE_OF_GREENS_(LOG)\nOLIVE_(OLIVE_GROWERS) [ABC]\n",
    )
    assert [(n.words, n.exact) for n in entry(read, "GREEN LEAGUE (RURITANIA)").names] == [
        (("GREEN", "LEAGUE", "(RURITANIA)"), True),
        (("GREEN", "LEAGUE"), True),
        (("LEAGUE", "OF", "GREENS", "(LOG)"), False),
        (("LEAGUE", "OF", "GREENS"), False),
    ]
    assert [n.words for n in entry(read, "OLIVE (OLIVE GROWERS)").names] == [
        ("OLIVE", "(OLIVE", "GROWERS)")
    ]


def test_a_name_two_entries_tell_apart_by_their_brackets_alone_names_neither(
    tmp_path: Path,
) -> None:
    """``RED_ARMY_(RURITANIA)_`` and ``RED_ARMY_(ARCADIA)_`` are two groups: "Red Army"
    without a bracket would be either, so neither entry is read so."""
    read = actors(tmp_path, "RED_ARMY_(RURITANIA)_ [RURREB]\nRED_ARMY_(ARCADIA)_ [ARCREB]\n")
    assert [[n.text for n in e.names] for e in read.entries] == [
        ["RED ARMY (RURITANIA)"],
        ["RED ARMY (ARCADIA)"],
    ]


def test_synonyms_belong_to_the_entry_above_them(tmp_path: Path) -> None:
    read = actors(tmp_path, "RED_FRONT_ [RFX]\n+THE_REDS_\n+RF_\nBLUE_FRONT_ [BFX]\n+BLUES_\n")
    assert [[n.text for n in e.names] for e in read.entries] == [
        ["RED FRONT", "THE REDS", "RF"],
        ["BLUE FRONT", "BLUES"],
    ]
    assert entry(read, "RED FRONT").headword.signal == "headword"
    assert read.issues == ()


def test_dated_codes_in_every_written_form(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "JANE_ROE_\n"
        "\t[ZZZELI 450101-690120]\n"  # yymmdd: 45 is 1945
        "\t[ZZZGOV 19690120-19740809]\n"  # yyyymmdd
        "\t[ZZZGOV 090120-20170120]\n"  # mixed, 09 is 2009
        "\t[ZZZOPP >170121]\n"
        "\t[ZZZREB > 20200101]\n"  # a blank after the sign, as the shipped files have
        "\t[ZZZCVL <19440101]\n"
        "\t[ZZZELI]\n",
    )
    assert entry(read, "JANE ROE").codes == (
        DatedCode("ZZZELI", date(1945, 1, 1), date(1969, 1, 20)),
        DatedCode("ZZZGOV", date(1969, 1, 20), date(1974, 8, 9)),
        DatedCode("ZZZGOV", date(2009, 1, 20), date(2017, 1, 20)),
        DatedCode("ZZZOPP", date(2017, 1, 21), None),
        DatedCode("ZZZREB", date(2020, 1, 1), None),
        DatedCode("ZZZCVL", None, date(1944, 1, 1)),
        DatedCode("ZZZELI"),
    )
    assert read.issues == ()


def test_several_codes_on_the_entry_line(tmp_path: Path) -> None:
    read = actors(tmp_path, "JOHN_DOE_\t[ZZZGOV 010120-050120] [IGOZZZ >050501]# later at the UN\n")
    assert [c.code for c in entry(read, "JOHN DOE").codes] == ["ZZZGOV", "IGOZZZ"]


def test_codes_may_follow_the_synonyms_on_indented_lines(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "FREEDOM_BRIGADES_  # no code on this line\n"
        "+BRIGADES_OF_FREEDOM\n\n+FB_BRIGADES\n\t[ZZZREB]\n",
    )
    found = entry(read, "FREEDOM BRIGADES")
    assert [n.text for n in found.names] == [
        "FREEDOM BRIGADES",
        "BRIGADES OF FREEDOM",
        "FB BRIGADES",
    ]
    assert found.codes == (DatedCode("ZZZREB"),)  # a blank line does not end the entry


def test_comments_anywhere_on_a_line(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "# a comment line [NOT] a code\n"
        "HILL_TRIBE_ [ZZZ] # trailing comment [ALSO NOT]\n"
        "+UPLANDS#_GLUED_TO_THE_NAME\n"
        "   # an indented comment\n",
    )
    found = entry(read, "HILL TRIBE")
    assert [n.text for n in found.names] == ["HILL TRIBE", "UPLANDS"]
    assert found.codes == (DatedCode("ZZZ"),)


def test_null_code_and_bare_sector_code(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "ANNA_SMITH_\t[IGOZZZ 000101-080801] [---]\nPAUL_JONES_\t[IGOZZZ 820101-911231] [ELI]\n",
    )
    smith, jones = entry(read, "ANNA SMITH"), entry(read, "PAUL JONES")
    assert code_on(smith, date(2005, 1, 1)) == "IGOZZZ"
    assert code_on(smith, date(2010, 1, 1)) is None  # [---]: known, deliberately not coded
    assert code_on(smith) is None
    assert code_on(jones, date(1990, 1, 1)) == "IGOZZZ"
    assert code_on(jones, date(1995, 1, 1)) == "ELI"


def test_the_soviet_union_is_coded_as_cameo_codes_it(tmp_path: Path) -> None:
    """A Soviet code (SUN, SUNGOV, "Soviet Russia" SUNRUS) is read as CAMEO's coders and
    the dictionary's own Soviet office holders write it (RUS, RUSGOV, RUS), the rest of
    the code kept, where only role codes follow; a republic's code is untouched."""
    read = actors(
        tmp_path,
        "EVIL_EMPIRE_ [SUN]\nPOLIT_BODY_ [SUNGOVLEG]\nRED_RUSSIA_ [SUNRUS 19171109-19911225]\n"
        "SOVIET_UKRAINE_ [SUNUKR]\nSUNNY_LAND_ [SUR]\n",
    )
    assert code_on(entry(read, "EVIL EMPIRE")) == "RUS"
    assert code_on(entry(read, "POLIT BODY")) == "RUSGOVLEG"
    assert code_on(entry(read, "RED RUSSIA"), date(1987, 1, 1)) == "RUS"
    assert code_on(entry(read, "SOVIET UKRAINE")) == "SUNUKR"  # a republic, not Russia
    assert code_on(entry(read, "SUNNY LAND")) == "SUR"


def test_nul_byte_latin1_line_and_lost_letter_are_read_and_reported(tmp_path: Path) -> None:
    data = (
        b"CAF\xc9_LEAGUE_ [ZZZ]\n+CAFE\x00_LEAGUE_\n"
        b"+CAF\xef\xbf\xbd_LEAGUE_\n+CAF\xc3\x89_LEAGUE_\n"
    )
    read = actors(tmp_path, data)
    assert [n.text for n in entry(read, "CAFÉ LEAGUE").names] == [
        "CAFÉ LEAGUE",  # Latin-1 byte read as Latin-1
        "CAFE LEAGUE",  # NUL removed
        "CAF\ufffd LEAGUE",  # already lost in the file: kept, reported
        "CAFÉ LEAGUE",  # UTF-8
    ]
    assert [(i.line, i.reason, i.kept) for i in read.issues] == [
        (1, "not UTF-8: read as Latin-1", True),
        (2, "NUL byte removed", True),
        (3, "U+FFFD in the file: a letter was lost before this copy", True),
    ]


def test_unreadable_lines_are_reported_not_lost(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "\t[ZZZ]\n"  # a code with no entry
        "+ORPHAN_\n"  # a synonym with no entry
        "LONE_NAME_\n\n"  # no code, then a blank line
        "DATES_\n\t[ZZZ 9008223-911221]\n\t[ZZZ 20121207-20120802]\n\t[ZZZ 20121204]\n"
        "\t[ZZZ 991331-000101]\n\t[zzz]\n\t[ZZZ]\n"
        "BRACKETS_ [ZZZ]\n+BROKEN]_NAME_\n"
        "TRAILING_ [ZZZ]\tsome text $1,000\n"
        "UNCLOSED_ [ZZZ\n",
    )
    assert [e.headword.text for e in read.entries] == ["DATES", "BRACKETS", "TRAILING"]
    assert entry(read, "DATES").codes == (DatedCode("ZZZ"),)
    assert reasons(read) == [
        "code before any entry",
        "synonym before any entry",
        "entry has no code",
        "code dropped: date 9008223 is neither yymmdd nor yyyymmdd",
        "code dropped: period ends (2012-08-02) before it starts (2012-12-07)",
        "code dropped: period '20121204' is not <date, >date or date-date",
        "code dropped: date 991331 does not exist",
        "code dropped: code 'zzz' is not a CAMEO code",
        "name dropped: bracket inside a name",
        "text after the code ignored",
        "line dropped: '[' without its ']'",
    ]
    assert [i.line for i in read.issues if i.reason == "entry has no code"] == [3]
    assert all(not i.kept for i in read.issues if i.reason != "text after the code ignored")


def test_entry_whose_codes_are_all_unreadable_is_reported(tmp_path: Path) -> None:
    read = actors(tmp_path, "ALAN_SMITHEE_\n\t[ZZZGOV >201005011]\nOTHER_ [ZZZ]\n")
    assert [e.headword.text for e in read.entries] == ["OTHER"]
    assert reasons(read) == [
        "entry has no readable code",
        "code dropped: date 201005011 is neither yymmdd nor yyyymmdd",
    ]


def test_codeless_entry_lines_run_into_the_codes_below_as_petrarch_read_them(
    tmp_path: Path,
) -> None:
    read = actors(
        tmp_path,
        "IVAN_PETROV_\nPRESIDENT_PETROV_\nPETROV_\n\t[ZZZGOV >20120219]\n"
        "DEPARTMENT_OF_ROADS_\n+ROADS_DEPARTMENT_\n\nDEPARTMENT_OF_RAILS_ [ZZZGOV]\n",
    )
    petrov = entry(read, "IVAN PETROV")
    assert [n.text for n in petrov.names] == ["IVAN PETROV", "PRESIDENT PETROV", "PETROV"]
    assert petrov.codes == (DatedCode("ZZZGOV", date(2012, 2, 19), None),)
    joined = "entry line without code or '+' read as a synonym of the entry above"
    assert reasons(read).count(joined) == 2
    # a blank line ends the run: the roads department is not the rails department
    assert [n.text for n in entry(read, "DEPARTMENT OF RAILS").names] == ["DEPARTMENT OF RAILS"]
    assert "entry has no code" in reasons(read)


def test_indented_entry_line_is_an_entry(tmp_path: Path) -> None:
    read = actors(tmp_path, "ANNE_ [ZZZ]\n\tBOB_JONES_\t[ZZZGOV 470301-490630]\n")
    assert [e.headword.text for e in read.entries] == ["ANNE", "BOB JONES"]
    assert reasons(read) == ["indented entry line read as an entry"]


# ---------------------------------------------------------------- code_on


def test_code_on_a_date_takes_the_first_dated_code_that_holds_else_the_undated(
    tmp_path: Path,
) -> None:
    read = actors(
        tmp_path,
        "MARY_MAJOR_ [ZZZELI]\n\t[ZZZGOV 20000101-20101231]\n\t[ZZZMIL 20050101-20151231]\n",
    )
    major = entry(read, "MARY MAJOR")
    assert code_on(major, date(2007, 6, 1)) == "ZZZGOV"  # both hold: file order decides
    assert code_on(major, date(2012, 6, 1)) == "ZZZMIL"
    assert code_on(major, date(2000, 1, 1)) == "ZZZGOV"  # bounds are inclusive
    assert code_on(major, date(2010, 12, 31)) == "ZZZGOV"
    assert code_on(major, date(1990, 1, 1)) == "ZZZELI"  # no period holds: the undated code
    assert code_on(major) == "ZZZELI"  # no date: the undated code


def test_code_on_without_an_undated_code(tmp_path: Path) -> None:
    read = actors(tmp_path, "LEE_CHAN_\n\t[ZZZGOV >20150101]\n\t[ZZZELI 19900101-20141231]\n")
    chan = entry(read, "LEE CHAN")
    assert code_on(chan, date(1980, 1, 1)) is None  # nothing holds and nothing is undated
    assert code_on(chan) == "ZZZGOV"  # no date: the period that ends last (open end)
    read = actors(
        tmp_path, "OLD_MAN_\n\t[ZZZELI 19500101-19691231]\n\t[ZZZGOV 19700101-19791231]\n"
    )
    assert code_on(entry(read, "OLD MAN")) == "ZZZGOV"


# ---------------------------------------------------------------- case


def test_acronyms_match_only_in_capitals_and_other_names_only_capitalised(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "OUR_LAND_ [OLX]\n+US_\n+U.S.\n+U._S._A._\n+THE_US_\n+OLX_\n+TURKEY_\n+OURLANDER_\n"
        "WORLD_HEALTH_ORGANIZATION_ [IGOWHO]\n+WHO_\n",
    )
    case = {n.text: n.case for e in read.entries for n in e.names}
    assert case["US"] is case["U.S."] is case["U. S. A."] is case["WHO"] is Case.UPPER
    assert case["THE US"] is case["TURKEY"] is case["OUR LAND"] is Case.CAPITALIZED
    assert all(n.case_sensitive for e in read.entries for n in e.names)


# ---------------------------------------------------------------- places


COUNTRY = """\
FREEDONIA_  [FRD]
+FREEDONIAN_
+PEOPLES_REPUBLIC_OF_FREEDONIA_
+FRIDONIA_
+LIBERTALAND_
+PRF_
+F.R._
+FREEDONIE_
+MARXBURG_
+NORTH_PORT_
+MARXBURG_CITY_
+GREEN_RIVER_
+EAST_FREEDONIA_
+HILL_COUNTRY # Other provinces
+STATE_OF_FREEDONIA
SYLVANIA_  [SYL]
+PINEHAVEN
+SYLVAN
+SYLVANIANS
ZZ_ARMY_ [FRDMIL]
+ZZA_
"""


def test_country_synonyms_are_split_into_names_and_places(tmp_path: Path) -> None:
    read = actors(tmp_path, COUNTRY)
    freedonia = entry(read, "FREEDONIA")
    assert freedonia.country
    signals = {n.text: (n.place, n.signal) for n in freedonia.names}
    assert signals == {
        "FREEDONIA": (False, "headword"),
        "FREEDONIAN": (False, "spelling"),
        "PEOPLES REPUBLIC OF FREEDONIA": (False, "spelling"),
        "FRIDONIA": (False, "spelling"),
        "LIBERTALAND": (False, "between-names"),  # a foreign name among the names
        "PRF": (False, "acronym"),
        "F.R.": (False, "acronym"),
        "FREEDONIE": (False, "spelling"),
        "MARXBURG": (True, "after-names"),  # the capital, then the cities
        "NORTH PORT": (True, "after-names"),
        "MARXBURG CITY": (True, "place-word"),
        "GREEN RIVER": (True, "place-word"),
        "EAST FREEDONIA": (True, "after-names"),  # a region named after the country
        "HILL COUNTRY": (True, "comment"),
        "STATE OF FREEDONIA": (False, "spelling"),  # a name added by hand at the end
    }
    assert [n.text for n in freedonia.places][:2] == ["MARXBURG", "NORTH PORT"]
    # a capital written before the demonyms is a place, the demonyms are names
    sylvania = {n.text: (n.place, n.signal) for n in entry(read, "SYLVANIA").names}
    assert sylvania["PINEHAVEN"] == (True, "after-names")
    assert sylvania["SYLVAN"] == (False, "spelling")
    # only a country's entry has places: an army's synonyms name the army
    army = entry(read, "ZZ ARMY")
    assert not army.country and [n.signal for n in army.names] == ["headword", "actor"]


def test_a_country_s_territory_lists_its_towns_as_places(tmp_path: Path) -> None:
    """A territory (one undated code: a state's three letters and three naming no
    sector) lists its towns after its names as a country does; an agency of a state
    (three letters of a sector) lists its own names."""
    read = actors(
        tmp_path,
        "NORTHSTRIP_ [FRDNST]\n+NORTHSTRIPPER_\n+PORT_CAMPBELL\n+DUNMORE\n\n"
        "FREEDONIAN_NAVY_ [FRDMIL]\n+NAVY_OF_FREEDONIA\n+FRD_NAVY\n",
    )
    strip = {n.text: n.place for n in entry(read, "NORTHSTRIP").names}
    assert strip == {
        "NORTHSTRIP": False,
        "NORTHSTRIPPER": False,
        "PORT CAMPBELL": True,
        "DUNMORE": True,
    }
    assert not any(n.place for n in entry(read, "FREEDONIAN NAVY").names)


def test_opening_demonyms_and_a_capital_written_first(tmp_path: Path) -> None:
    read = actors(
        tmp_path,
        "LOWLANDS_ [LOW]\n+DUTCHY_\n+HOLLAND_\n+HOLLANDER_\n+LAGE_LANDEN_\n+LOWLANDER_\n+DAMSTAD_\n"
        "ISLAMIA_ [ISL]\n+CAPITOLA_\n+ISLAMIAN_\n+PORTOLA_\n",
    )
    low = {n.text: (n.place, n.signal) for n in entry(read, "LOWLANDS").names}
    assert low["DUTCHY"] == low["HOLLAND"] == low["HOLLANDER"] == (False, "demonym")
    assert low["LAGE LANDEN"] == (False, "between-names")
    assert low["DAMSTAD"] == (True, "after-names")
    isl = {n.text: (n.place, n.signal) for n in entry(read, "ISLAMIA").names}
    assert isl["CAPITOLA"] == (True, "after-names")
    assert isl["PORTOLA"] == (True, "after-names")


def test_a_short_place_name_is_not_an_acronym(tmp_path: Path) -> None:
    read = actors(tmp_path, "PERSIA_ [PRS]\n+PERSIAN_\n+QOM_\n")
    qom = entry(read, "PERSIA").names[2]
    assert qom.place and qom.case is Case.CAPITALIZED


# ---------------------------------------------------------------- agents


def agent(dictionary: AgentDictionary, written: str) -> AgentEntry:
    return next(e for e in dictionary.entries if e.names[0].text == written)


def forms(found: AgentEntry) -> list[tuple[str, str]]:
    return [(n.text, n.origin) for n in found.names]


AGENTS = """\
# ======== SUBSTITUTION SETS ========
!HUMAN! = MAN, MEN, WOMAN, WOMEN, PERSON
!OFFICE! = BUREAU , BUREAUS
BOAT!HUMAN! [~FSH]
HARBOUR_!OFFICE! [~GOV]
FISHER [~FSH]  # regular plural
DEPUTY [~LEG]
ENVOY [~GOV]
WITNESS [~CVL]
CHURCH [~CHR]
MONARCH [~GOV]
GUNMAN [~UAF]
INFANTRY_TROOPS [~MIL]
SECRETARY_OF_FISHERIES [~GOV]
AMBASSADOR_TO [~GOV]
SHEEP_THIEF {SHEEP_THIEVES} [~CRM]
COAST_GUARD {} [~MIL]
MINISTRY_  [~GOV]
RELIEF_MONITOR [IGO~]
"""


def test_agent_macros_expand_without_plurals(tmp_path: Path) -> None:
    read = agents(tmp_path, AGENTS)
    assert read.markers["HUMAN"] == ("MAN", "MEN", "WOMAN", "WOMEN", "PERSON")
    assert forms(read.entries[0]) == [
        ("BOATMAN", "macro"),
        ("BOATMEN", "macro"),
        ("BOATWOMAN", "macro"),
        ("BOATWOMEN", "macro"),
        ("BOATPERSON", "macro"),
    ]
    assert [n.text for n in read.entries[1].names] == ["HARBOUR BUREAU", "HARBOUR BUREAUS"]
    assert read.entries[0].role == "FSH" and not read.entries[0].before_actor


def test_agent_plurals_are_generated_as_english_makes_them(tmp_path: Path) -> None:
    read = agents(tmp_path, AGENTS)
    expected = {
        "FISHER": ["FISHERS"],
        "DEPUTY": ["DEPUTIES"],
        "ENVOY": ["ENVOYS"],  # PETRARCH would write ENVOIES
        "WITNESS": ["WITNESSES"],
        "CHURCH": ["CHURCHES"],
        "MONARCH": ["MONARCHS"],
        "GUNMAN": ["GUNMEN"],
        "INFANTRY TROOPS": [],  # already plural: not INFANTRY TROOPSES
        "SECRETARY OF FISHERIES": ["SECRETARIES OF FISHERIES"],  # the head noun
        "AMBASSADOR TO": ["AMBASSADORS TO"],
        "SHEEP THIEF": ["SHEEP THIEVES"],  # the file's own plural
        "COAST GUARD": [],  # {}: no plural
        "MINISTRY": ["MINISTRIES"],  # the trailing '_' does not stop the plural
        "RELIEF MONITOR": ["RELIEF MONITORS"],
    }
    for written, plurals in expected.items():
        assert [n.text for n in agent(read, written).names[1:]] == plurals, written
    assert agent(read, "SHEEP THIEF").pairs == ((("SHEEP", "THIEF"), ("SHEEP", "THIEVES")),)
    assert agent(read, "GUNMAN").pairs == ((("GUNMAN",), ("GUNMEN",)),)
    assert agent(read, "SHEEP THIEF").names[1].origin == "irregular"
    monitor = agent(read, "RELIEF MONITOR")
    assert (monitor.role, monitor.before_actor) == ("IGO", True)
    assert read.issues == ()


def test_plural_of_phrases() -> None:
    assert plural(("POLICE", "CHIEF")) == ("POLICE", "CHIEFS")
    assert plural(("HEAD", "OF", "STATE")) == ("HEADS", "OF", "STATE")
    assert plural(("HUMAN",)) == ("HUMANS",)
    assert plural(("GUNMEN",)) is None
    assert plural(("SOLDIERS,",)) is None  # punctuation: nothing to make plural


def test_unreadable_agents_are_reported(tmp_path: Path) -> None:
    read = agents(
        tmp_path,
        "!OK! = A, B\nNO_CODE_HERE\nBAD_CLOSE [~ENV}\nBARE_CODE [ENV]\nTHE_!MISSING! [~GOV]\n"
        "OPEN_BRACE {PLURALS [~GOV]\nGOOD [~GOV]\n",
    )
    assert [e.names[0].text for e in read.entries] == ["GOOD"]
    assert reasons(read) == [
        "agent dropped: no code",
        "agent dropped: '[' without its ']'",
        "agent dropped: agent code 'ENV' is not ~CODE or CODE~",
        "agent dropped: substitution marker !MISSING! is not defined",
        "agent dropped: '{' without its '}'",
    ]


# ---------------------------------------------------------------- the shipped files


@pytest.fixture(scope="session")
def phoenix() -> Phoenix:
    return load_phoenix()


@pytest.fixture(scope="session")
def by_name(phoenix: Phoenix) -> dict[str, list[tuple[ActorEntry, int]]]:
    """Every actor name to the entries (and the name's index) that list it."""
    index: dict[str, list[tuple[ActorEntry, int]]] = collections.defaultdict(list)
    for found in phoenix.entries:
        for i, name in enumerate(found.names):
            index[name.text].append((found, i))
    return index


def only(by_name: dict[str, list[tuple[ActorEntry, int]]], name: str) -> tuple[ActorEntry, int]:
    assert len(by_name[name]) == 1, by_name[name]
    return by_name[name][0]


def test_the_package_ships_the_dictionaries_and_their_licence() -> None:
    for name in (*ACTOR_FILES, AGENT_FILE, "LICENSE"):
        assert (DATA / name).is_file(), name
    assert "MIT License" in (DATA / "LICENSE").read_text(encoding="utf-8")


def test_shipped_actors_code_as_the_field_does(
    by_name: dict[str, list[tuple[ActorEntry, int]]],
) -> None:
    israel, _ = only(by_name, "ISRAEL")
    assert code_on(israel) == "ISR" and israel.country
    hamas, _ = only(by_name, "HAMAS")
    assert code_on(hamas) == "PSEREBHMS"
    assert [n.text for n in hamas.names][1:3] == [
        "HARAKAT AL-MUQAWAMMAH AL-ISLAMMIYYA",
        "ISLAMIC RESISTANCE MOVEMENT",
    ]
    un, _ = only(by_name, "UNITED NATIONS")
    assert code_on(un) == "IGOUNO"
    anc, _ = only(by_name, "AFRICAN NATIONAL CONGRESS")  # listed with "(SOUTH_AFRICA)"
    assert code_on(anc) == "ZAFREB"
    obama, _ = only(by_name, "BARACK OBAMA")
    assert code_on(obama, date(2010, 1, 1)) == "USAGOV"
    assert code_on(obama, date(1990, 1, 1)) == "USAELI"
    assert code_on(obama, date(2005, 1, 1)) is None
    assert code_on(obama) == "USAGOV"


def test_shipped_names_case_and_places(by_name: dict[str, list[tuple[ActorEntry, int]]]) -> None:
    usa, i = only(by_name, "US")
    assert code_on(usa) == "USA" and usa.names[i].case is Case.UPPER
    assert not usa.names[i].place and usa.names[i].signal == "acronym"
    for country, text in [
        ("AFG", "KABUL"),
        ("AFG", "KANDAHAR"),
        ("AFG", "HELMAND"),
        ("ISR", "JERUSALEM"),
    ]:
        found, i = only(by_name, text)
        assert code_on(found) == country and found.names[i].place, text
    for text in ["AFGHAN", "ISRAELI", "AMERICAN", "BRITISH", "DUTCH", "SWISS", "U.S.", "USA"]:
        found, i = next((f, i) for f, i in by_name[text] if f.country)
        assert not found.names[i].place, text
    washington = [f.names[i] for f, i in by_name["WASHINGTON"] if code_on(f) == "USA"]
    assert washington and all(name.place for name in washington)
    chad, i = only(by_name, "CHAD")
    assert code_on(chad) == "TCD" and chad.names[i].case is Case.CAPITALIZED


def test_shipped_agents(phoenix: Phoenix) -> None:
    roles = collections.defaultdict(set)
    for found in phoenix.agents.entries:
        for name in found.names:
            roles[name.text].add(found.role)
    assert roles["TROOPS"] == {"MIL"}
    assert roles["SOLDIERS"] == {"MIL"}
    assert roles["GUNMEN"] == {"UAF"}
    assert roles["CIVILIANS"] == {"CVL"}
    assert roles["POLICEMEN"] == {"COP"}  # POLICE!PERSON!
    assert roles["FOREIGN MINISTRY"] == {"GOV"}  # FOREIGN_!MINIST!


def issue_counts(phoenix: Phoenix) -> Iterator[tuple[str, str, bool, int]]:
    counted = collections.Counter((i.path, i.reason.split(":")[0], i.kept) for i in phoenix.issues)
    for (path, reason, kept), n in sorted(counted.items()):
        yield path, reason, kept, n


def test_shipped_counts_and_rejected_lines(phoenix: Phoenix) -> None:
    sizes = {
        d.path: (d.lines, len(d.entries), sum(len(e.names) for e in d.entries))
        for d in phoenix.actors
    }
    assert sizes == {
        "Phoenix.Countries.actors.txt": (54528, 18352, 25908),
        "Phoenix.International.actors.txt": (8014, 7838, 7906),
        "Phoenix.MilNonState.actors.txt": (2734, 1021, 1871),
    }
    countries = [e for e in phoenix.entries if e.country]
    assert len(countries) == 216 and {e.path for e in countries} == {"Phoenix.Countries.actors.txt"}
    places = sum(len(e.places) for e in countries)
    assert places == 3194
    agents = phoenix.agents
    assert (agents.lines, len(agents.entries), sum(len(e.names) for e in agents.entries)) == (
        2370,
        2243,
        5139,
    )
    assert list(issue_counts(phoenix)) == [
        ("Phoenix.Countries.actors.txt", "NUL byte removed", True, 1),
        ("Phoenix.Countries.actors.txt", "U+FFFD in the file", True, 3),
        ("Phoenix.Countries.actors.txt", "code dropped", False, 8),
        ("Phoenix.Countries.actors.txt", "entry has no code", False, 2),
        ("Phoenix.Countries.actors.txt", "entry has no readable code", False, 1),
        (
            "Phoenix.Countries.actors.txt",
            "entry line without code or '+' read as a synonym of the entry above",
            True,
            35,
        ),
        ("Phoenix.Countries.actors.txt", "name dropped", False, 1),
        ("Phoenix.International.actors.txt", "code dropped", False, 1),
        ("Phoenix.International.actors.txt", "entry has no code", False, 3),
        ("Phoenix.International.actors.txt", "indented entry line read as an entry", True, 1),
        ("Phoenix.International.actors.txt", "text after the code ignored", True, 3),
        ("Phoenix.agents.txt", "agent dropped", False, 2),
    ]


def test_report(phoenix: Phoenix, capsys: pytest.CaptureFixture[str]) -> None:
    """Not a check: prints what was read, what was rejected and the parse time."""
    countries = [e for e in phoenix.entries if e.country]
    lines = [f"Phoenix dictionaries read in {phoenix.seconds:.2f} s"]
    for d in phoenix.actors:
        names = sum(len(e.names) for e in d.entries)
        lines.append(f"  {d.path}: {d.lines} lines, {len(d.entries)} entries, {names} names")
    agents = phoenix.agents
    lines.append(
        f"  {agents.path}: {agents.lines} lines, {len(agents.entries)} agents,"
        f" {sum(len(e.names) for e in agents.entries)} forms"
    )
    places = sum(len(e.places) for e in countries)
    lines.append(f"  {len(countries)} country entries, {places} place synonyms")
    lines += [
        f"  {n:3d} {'kept' if kept else 'DROPPED'}: {reason} ({path})"
        for path, reason, kept, n in issue_counts(phoenix)
    ]
    with capsys.disabled():
        print("\n" + "\n".join(lines))
    assert phoenix.seconds < 30


def test_a_written_agent_form_beats_another_entrys_generated_plural(tmp_path: Path) -> None:
    """ "armed forces" is written as a military (ARMED_FORCES) and generated as the plural
    of an armed force of no side (ARMED_FORCE): the written entry decides, in whichever
    order the two stand."""
    for order, lines in enumerate(
        [
            ("HARBOUR_WARDENS [~MIL]", "HARBOUR_WARDEN [~UAF]"),
            ("HARBOUR_WARDEN [~UAF]", "HARBOUR_WARDENS [~MIL]"),
        ]
    ):
        extra = tmp_path / f"extra{order}.agents.txt"
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        entries = agent_entries(extra)
        assert entries["harbour wardens"].role == "MIL", lines
        assert entries["harbour warden"].role == "UAF", lines
    assert agent_entries()["armed forces"].role == "MIL"
    assert agent_entries()["armed force"].role == "UAF"
