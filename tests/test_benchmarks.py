"""The benchmarks' own rules, on rows and labels written for the test: actor code agreement
(``benchmarks/codes.py``), PLOVER record scoring (``benchmarks/quality.py``) and the corpus
actor check (``benchmarks/actors.py``)."""

from __future__ import annotations

from benchmarks.actors import check, label_key
from benchmarks.codes import FoundEvent, GoldCode, Level, agrees, code_figures
from benchmarks.quality import DevSets, plover_codes_found, plover_figures


def coded(source: str, target: str) -> dict[str, str]:
    return {"source_code": source, "target_code": target}


def test_a_gold_dash_agrees_only_with_no_code() -> None:
    none = [GoldCode("-", "-")]
    assert agrees(none, "", Level.FULL) and agrees(none, None, Level.COUNTRY)
    assert not agrees(none, "IRN", Level.COUNTRY)
    assert not agrees([GoldCode("IRN", "IRN")], "-", Level.COUNTRY)
    assert agrees([], "-", Level.FULL)  # a PLOVER record with no target


def test_country_part_and_full_code() -> None:
    gold = [GoldCode("USA", "USAGOV")]  # a PLOVER actor: code USA, sector GOV
    assert agrees(gold, "USAGOV", Level.FULL)
    assert agrees(gold, "USAMIL", Level.COUNTRY) and not agrees(gold, "USAMIL", Level.FULL)
    assert not agrees([GoldCode("IGOEEC", "IGOEEC")], "IGOUNO", Level.COUNTRY)
    assert agrees([GoldCode("IGO", "IGO")], "IGOUNO", Level.COUNTRY)  # PLOVER's unnamed IGO
    assert agrees([GoldCode("HUN", "HUNGOV"), GoldCode("ROU", "ROUGOV")], "ROU", Level.COUNTRY)


def test_a_gold_event_agrees_when_any_kg_event_found_for_it_does() -> None:
    gold = [GoldCode("IRQMIL", "IRQMIL")], [GoldCode("IRN", "IRN")]
    one = FoundEvent(*gold, [coded("IRQ", "-"), coded("IRQ", "IRN")])
    none = FoundEvent(*gold, [coded("IRQMIL", ""), coded("", "IRN")])  # never both in one
    figures = code_figures([one, none])
    assert (figures.found, figures.three, figures.country, figures.full) == (2, 1, 1, 0)
    assert figures.line() == ("three-letter 0.500 (1/2)  country 0.500 (1/2)  full 0.000 (0/2)")


def test_three_letters_are_what_opens_a_code() -> None:
    """IGOEEC and Phoenix's IGOEUREEC (the same organisation, one with its region) agree
    on their three letters and their organisation, not in full; a gold dash still wants
    none."""
    eec = [GoldCode("IGOEEC", "IGOEEC")]
    assert agrees(eec, "IGOEUREEC", Level.THREE) and agrees(eec, "IGOEUREEC", Level.COUNTRY)
    assert not agrees(eec, "IGOEUREEC", Level.FULL)
    assert agrees([GoldCode("IRQMIL", "IRQMIL")], "IRQ", Level.THREE)
    assert not agrees([GoldCode("IRQ", "IRQ")], "IRN", Level.THREE)
    assert not agrees([GoldCode("-", "-")], "IRN", Level.THREE)


def test_label_key_ignores_what_does_not_change_the_name() -> None:
    assert label_key("Boeing Co.") == label_key("BOEING") == label_key("Boeing\nCo>")
    assert label_key("U.S.") == label_key("US")
    assert label_key("Hong Kong Electric") == label_key("Hongkong Electric")
    assert label_key("churches") == label_key("Church")
    assert label_key("buses") == label_key("bus")
    assert label_key("Workers") == label_key("worker")
    assert label_key("Congress") != label_key("Congres")
    assert label_key("Co Inc") == "co"  # a suffix alone is a name


def test_check_finds_duplicates_spacing_labels_wire_words_and_places() -> None:
    found = check(
        {
            "a1": {"Boeing Co"},
            "a2": {"Boeing"},
            "a3": {"Agriculture\nDepartment", "Agriculture Department"},
            "a4": {"REUTERS"},
            "a5": {"mln  dlrs"},
            "a6": {"Reuters Holdings"},
            "a7": {"Basra"},
            "a8": {"Tehran"},
            "a9": {"Hamas"},
            "a10": {"Delta"},
        },
        {"a7": {"State"}, "a8": {"State"}, "a9": {"ArmedGroup"}, "a10": {"Organization"}},
    )
    assert found.actors == 10
    assert found.duplicates == [[{"Boeing"}, {"Boeing Co"}]]
    assert found.spaced == ["Agriculture\nDepartment", "mln  dlrs"]
    assert found.relabelled == [{"Agriculture\nDepartment", "Agriculture Department"}]
    assert found.wire == [{"REUTERS"}, {"mln  dlrs"}]
    # A capital may act, Hamas is no town, and a company may take a town's name.
    assert found.places == [{"Basra"}]


def test_a_record_of_a_mutual_act_lets_either_party_be_the_target() -> None:
    """A PLOVER record lists the parties of talks as its sources and names no target;
    CAMEO codes each party as the other's target, so an event from one party to the
    other plays the record, as one with no target does; a third actor does not, nor a
    party as its own target, nor a party standing for a record's named target, nor the
    other party of an act that is not mutual ("Peru and Chile rejected the plan")."""
    peru = {"actorText": "Peru", "code": "PER"}
    chile = {"actorText": "Chile", "code": "CHL"}
    bolivia = {"actorText": "Bolivia", "code": "BOL"}
    records: list[dict[str, object]] = [
        {"text": "Peru and Chile held talks.", "event": "CONSULT", "source": [peru, chile]},
        {"text": "Peru met Bolivia.", "event": "CONSULT", "source": [peru], "target": [bolivia]},
        {"text": "Peru and Chile rejected it.", "event": "REJECT", "source": [peru, chile]},
    ]
    dev = DevSets([], "", [], [], records, [])
    table = {"040": ("CONSULT", ""), "120": ("REJECT", "")}

    def row(article: str, source: str, target: str, cameo: str = "040") -> dict[str, str]:
        codes = {"Peru": "PER", "Chile": "CHL", "Bolivia": "BOL", "-": "-"}
        return {
            "article": article,
            "cameo": cameo,
            "source": source,
            "source_code": codes[source],
            "target": target,
            "target_code": codes[target],
        }

    def strict(*rows: dict[str, str]) -> int:
        return plover_figures(dev, rows, table, "all").strict

    assert strict(row("plover-0", "Peru", "Chile")) == 1
    assert strict(row("plover-0", "Chile", "-")) == 1
    assert strict(row("plover-0", "Peru", "Bolivia")) == 0
    assert strict(row("plover-1", "Peru", "Chile")) == 0
    assert strict(row("plover-1", "Peru", "-")) == 0
    assert strict(row("plover-0", "Peru", "Peru")) == 0
    assert strict(row("plover-2", "Peru", "Chile", "120")) == 0
    assert strict(row("plover-2", "Peru", "-", "120")) == 1
    (mutual,) = plover_codes_found(dev, [row("plover-0", "Peru", "Chile")], table, "all")
    assert mutual.agrees(Level.FULL)
    (named,) = plover_codes_found(dev, [row("plover-1", "Peru", "Chile")], table, "all")
    assert not named.agrees(Level.THREE)
    (itself,) = plover_codes_found(dev, [row("plover-0", "Peru", "Peru")], table, "all")
    assert not itself.agrees(Level.THREE)
