"""The benchmarks' own rules, on rows written for the test: actor code agreement
(``benchmarks/codes.py``)."""

from __future__ import annotations

from benchmarks.codes import FoundEvent, GoldCode, agrees, code_figures, country_part


def coded(source: str, target: str) -> dict[str, str]:
    return {"source_code": source, "target_code": target}


def test_country_part_as_kg_eval_compares_codes() -> None:
    assert country_part("irqmil") == "IRQ"
    assert country_part("PSEREBHMS") == "PSE"
    assert country_part("IGOUNOWBK") == "IGOUNO"
    assert country_part("MNC") == "MNC"
    assert country_part("-") == country_part("") == country_part(None) == ""


def test_a_gold_dash_agrees_only_with_no_code() -> None:
    none = [GoldCode("-", "-")]
    assert agrees(none, "", full=True) and agrees(none, None, full=False)
    assert not agrees(none, "IRN", full=False)
    assert not agrees([GoldCode("IRN", "IRN")], "-", full=False)
    assert agrees([], "-", full=True)  # a PLOVER record with no target


def test_country_part_and_full_code() -> None:
    gold = [GoldCode("USA", "USAGOV")]  # a PLOVER actor: code USA, sector GOV
    assert agrees(gold, "USAGOV", full=True)
    assert agrees(gold, "USAMIL", full=False) and not agrees(gold, "USAMIL", full=True)
    assert not agrees([GoldCode("IGOEEC", "IGOEEC")], "IGOUNO", full=False)
    assert agrees([GoldCode("HUN", "HUNGOV"), GoldCode("ROU", "ROUGOV")], "ROU", full=False)


def test_a_gold_event_agrees_when_any_kg_event_found_for_it_does() -> None:
    gold = [GoldCode("IRQMIL", "IRQMIL")], [GoldCode("IRN", "IRN")]
    one = FoundEvent(*gold, [coded("IRQ", "-"), coded("IRQ", "IRN")])
    none = FoundEvent(*gold, [coded("IRQMIL", ""), coded("", "IRN")])  # never both in one
    figures = code_figures([one, none])
    assert (figures.found, figures.country, figures.full) == (2, 1, 0)
    assert figures.line() == "country 0.500 (1/2)  full 0.000 (0/2)"
