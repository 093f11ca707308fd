"""CAMEO actor codes from the Phoenix dictionaries (kg.extract.coding): names in the case
the dictionaries require, agents' codes from their side, canonical labels, identity by
code, office holders by surname. No model: names and codes written for the test."""

from __future__ import annotations

from kg.extract.coding import (
    Coder,
    actor_code,
    british_spelling,
    headline_countries,
    is_country_code,
    short_state_names,
    split_code,
)
from kg.gazetteer import load_gazetteer
from kg.records import Actor

CODER = Coder(load_gazetteer(), "1987-03-01")


def test_a_name_codes_only_in_the_case_the_dictionaries_require() -> None:
    assert actor_code("US") == actor_code("U.S.") == "USA"
    assert actor_code("us") is None  # the pronoun
    assert actor_code("Chad") == "TCD" and actor_code("chad") is None
    assert actor_code("Israelis") == "ISR"  # a stem in the file, read as a name
    assert actor_code("Soviets") == actor_code("Soviet Union") == "RUS"  # stem + plural
    assert actor_code("Revolutionary Guards") == "IRNMIL"
    assert actor_code("Israelites") is None
    assert actor_code("Springfield Widget Makers") is None


def test_a_listed_name_led_by_its_own_country_keeps_its_code() -> None:
    """A country's adjective before a name the dictionaries list of that country names
    the side twice; another country's adjective makes no listed name."""
    assert actor_code("Iranian Revolutionary Guards") == "IRNMIL"
    assert actor_code("Lebanese Amal") == actor_code("Amal") == "LBNREB"
    assert actor_code("Iraqi Revolutionary Guards") is None
    assert actor_code("Iranian Springfield Widget Makers") is None


def test_an_agent_takes_its_sides_code_unless_the_side_is_a_group() -> None:
    assert CODER.compose("ISR", "~MIL") == "ISRMIL"
    assert CODER.compose("USA", "~GOV") == "USAGOV"
    assert CODER.compose("PSEREBHMS", "~UAF") == "PSEREBHMS"  # Hamas gunmen are Hamas
    assert CODER.compose("IRQMIL", "~GOV") == "IRQMIL"  # already a role: itself
    assert split_code("USAGOVBUS") == ("USA", ("GOV", "BUS"))
    assert split_code("IGOUNOWBK") == ("IGOUNO", ("WBK",))


def test_a_code_has_one_canonical_label() -> None:
    assert CODER.label("ISRMIL") == "Israel Defense Forces"  # the gazetteer's actor of it
    assert CODER.label("IRQMIL") == "Iraqi military"  # adjective and role words
    assert CODER.label("USAGOVBUS") == "American government business"
    assert CODER.label("PSEREBHMS") == "Hamas"
    assert CODER.label("ISR") == "Israel"
    assert CODER.label("UAF") is None  # a role without a side


def test_identity_follows_the_code_except_for_names_of_a_shared_code() -> None:
    troops = CODER.identify(Actor("x", "Israeli troops", "Group", code="ISRMIL"), named=False)
    assert (troops.key, troops.label) == ("israel_defense_forces", "Israel Defense Forces")
    named = Actor("hezbollah", "Hezbollah", "ArmedGroup", code="LBNREB")
    assert CODER.identify(named, named=True) == named  # not "Lebanese rebels"
    soldiers = CODER.identify(Actor("x", "x", "Group", code="LBNREB"), named=False)
    assert (soldiers.label, soldiers.type) == ("Lebanese rebels", "ArmedGroup")
    company = Actor("boeing", "Boeing", "Organization", code="MNCUSA")  # many companies
    assert CODER.identify(company, named=True) == company
    person = Actor("ronald_reagan", "Ronald Reagan", "Person", code="USAGOV")
    assert CODER.identify(person, named=True) == person  # one actor per person


def test_a_surname_is_the_one_office_holder_of_that_name_on_the_date() -> None:
    assert CODER.office_holder("Reagan") == ("Ronald Reagan", "USAGOV")
    assert CODER.office_holder("Bush") == ("George Bush", "USAGOV")  # office beats elite
    assert Coder(load_gazetteer(), "2021-06-01").office_holder("Reagan") is None
    assert Coder(load_gazetteer()).office_holder("Bush") is None  # no date: three Bushes
    # a country's dated codes are its periods, no office: "Iraqi Kurdistan" is no one's
    assert CODER.office_holder("Kurdistan") is None
    assert Coder(load_gazetteer()).office_holder("Reagan") == ("Ronald Reagan", "USAELI")
    assert CODER.office_holder("reagan") is None


def test_an_elite_takes_the_office_another_entry_gives_a_shorter_form_of_the_name() -> None:
    """The countries' file lists Javier Perez de Cuellar as a Peruvian elite (PERELI);
    the international one lists JAVIER_DE_CUELLAR as U.N. Secretary-General (IGOUNO)
    from 1982 to 1991."""
    assert CODER.code("Javier Perez de Cuellar") == "PERELI"
    assert CODER.in_office("Javier Perez de Cuellar", "PERELI") == "IGOUNO"
    later = Coder(load_gazetteer(), "1995-03-01")
    assert later.in_office("Javier Perez de Cuellar", "PERELI") == "PERELI"  # out of office
    assert Coder(load_gazetteer()).in_office("Javier Perez de Cuellar", "PERELI") == "PERELI"
    assert CODER.in_office("Pedro Perez de Cuellar", "PERELI") == "PERELI"  # another person
    assert CODER.in_office("Javier Perez de Cuellar", "PERGOV") == "PERGOV"  # not an elite
    # a country's office under a shorter name is another person's: the father's
    assert Coder(load_gazetteer(), "1988-06-01").in_office("George W. Bush", "USAELI") == "USAELI"


def test_three_letters_are_a_country_only_where_the_countries_file_says_so() -> None:
    assert CODER.label("MED") is None and CODER.roles_of("MED") == "MED"  # a newspaper's
    assert CODER.label("MUS") == "Mauritius" and CODER.kind("MUS", "Group") == "State"
    israel = CODER.country_actor("ISR")  # a person coded ISR is Israel's
    assert israel is not None and (israel.key, israel.type) == ("israel", "State")
    assert CODER.country_actor("MED") is None
    mnc = CODER.country_actor("MNCUSA")  # a multinational of the United States
    assert mnc is not None and mnc.key == "united_states"
    assert CODER.country_actor("IGOUNOWBK") is None  # an IGO's code names no country


def test_every_state_of_the_gazetteer_has_a_country_code() -> None:
    """A state the Phoenix dictionaries lack takes its CAMEO code from the gazetteer's
    code column: the Vatican is VAT, as CAMEO codes the Holy See."""
    gazetteer = load_gazetteer()
    states = [e for e in gazetteer.entries if e.type == "State"]
    assert states and all(CODER.entry_code(e) for e in states)
    vatican = gazetteer.lookup("Holy See")
    assert vatican is not None and CODER.entry_code(vatican) == "VAT"


def test_a_state_only_the_gazetteer_codes_is_a_country_its_agents_keep() -> None:
    """Yugoslavia (YUG) and the Vatican (VAT) are no country of the Phoenix file, but
    states of kg's gazetteer: their codes are countries, so "Yugoslav troops" are
    Yugoslavia's military (YUGMIL), an actor of their own, not Yugoslavia."""
    assert is_country_code("YUG") and is_country_code("VAT")
    assert CODER.label("YUGMIL") == "Yugoslav military"
    assert CODER.label("VATGOV") == "Vatican government"


def test_a_word_codes_a_person_only_where_the_dictionaries_list_a_person_by_it() -> None:
    """ "KHAMENEI" is listed alone among the names of Iran's leader; "Jordan" and
    "Israel" name countries, so "Vernon Jordan" takes no code from his surname."""
    coder = Coder(load_gazetteer(), "1987-10-20")
    assert (coder.person_code("Khamenei") or "")[:3] == "IRN"
    assert coder.person_code("Jordan") is None and coder.person_code("Israel") is None


def test_an_actor_identified_by_its_code_takes_the_code_owner_s_wikidata_id() -> None:
    """ "the Soviet Union" (its own gazetteer row, Q15180) codes RUS and so is Russia's
    actor: it takes Russia's key, label and Wikidata id, so one IRI is never the same
    as two Wikidata items whichever name a story uses first."""
    soviet = Actor("soviet_union", "Soviet Union", "State", code="RUS", wikidata="Q15180")
    russia = CODER.identify(soviet, named=True)
    assert (russia.key, russia.label, russia.wikidata) == ("russia", "Russia", "Q159")


def test_british_spelling_spells_ization_endings_with_s_in_their_case() -> None:
    assert british_spelling("World Health Organization") == "World Health Organisation"
    assert british_spelling("UNITED NATIONS ORGANIZATIONS") == "UNITED NATIONS ORGANISATIONS"
    assert british_spelling("Zimbabwe African Citizens Union") == "Zimbabwe African Citizens Union"


def test_a_british_spelling_of_a_dictionary_name_has_its_code() -> None:
    assert actor_code("World Health Organisation") == actor_code("World Health Organization")
    assert actor_code("World Health Organisation") == "IGOUNOHLHWHO"


def test_a_headline_names_countries_by_their_names_and_their_actors_names() -> None:
    """A wire headline in capitals names the countries of its names, punctuation aside,
    the longest name first ("SOVIET UNION" is one, not SOVIET and a union)."""
    assert headline_countries('PERU, BOLIVIA SIGN "BORDER" PACT') == {"PER", "BOL"}
    assert headline_countries("SOVIET UNION: SRI LANKAN TALKS") == {"RUS", "LKA"}
    assert headline_countries("REVOLUTIONARY GUARDS SEIZE SHIP") == {"IRN"}
    assert headline_countries("WHEAT PRICES FALL") == frozenset()


def test_a_headline_is_read_as_names_in_the_text_are() -> None:
    """A possessive names its country ("IRAN'S"), a stem its plural ("SOVIETS"); a
    headline in mixed case is read in the case the dictionaries require: "tell us" names
    no U.S., "Papua New Guinea" is one name, no Guinea; "IRAN-IRAQ" two."""
    assert headline_countries("IRAN'S PARLIAMENT BACKS BUDGET") == {"IRN"}
    assert headline_countries("SOVIETS SAY TALKS WILL GO ON") == {"RUS"}
    assert headline_countries("Farmers tell us prices are too low") == frozenset()
    assert headline_countries("Papua New Guinea police arrest rebels") == {"PNG"}
    assert headline_countries("IRAN-IRAQ WAR ENTERS EIGHTH YEAR") == {"IRN", "IRQ"}


def test_a_faith_or_a_region_after_an_organisations_kind_is_no_country() -> None:
    """IMGMUSISI, an Islamic militant group, is no group of Mauritius (MUS is both
    Mauritius and the Muslims' role code); the EC's IGOEUREEC names a region, and an
    IGO no country; IMGAFGTAL, the Taliban, is Afghanistan's."""
    assert CODER.country_actor("IMGMUSISI") is None
    assert CODER.country_actor("IGOEUREEC") is None
    taliban = CODER.country_actor("IMGAFGTAL")
    assert taliban is not None and taliban.key == "afghanistan"


def test_a_state_named_in_its_state_form_is_what_its_short_name_means() -> None:
    """An article naming "the Democratic Republic of Congo" means it by "Congo", which
    the dictionaries code as the Republic of the Congo; one naming "the Republic of the
    Congo" means that state, as the dictionaries do, and so does one naming both; "South
    Sudan" is no state form of Sudan."""
    assert short_state_names(["Democratic Republic of Congo", "Rwanda"]) == {"congo": "COD"}
    assert short_state_names(["Republic of the Congo"]) == {}
    assert short_state_names(["South Sudan", "Sudan"]) == {}
    both = ["Democratic Republic of Congo", "Republic of the Congo"]
    assert short_state_names(both) == {}  # the article names both: "Congo" is left alone
    coder = Coder(load_gazetteer(), "2025-06-01", ["the Democratic Republic of the Congo"])
    assert coder.code("Congo") == "COD"
    assert Coder(load_gazetteer(), "2025-06-01").code("Congo") == "COG"
