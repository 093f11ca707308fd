"""The strict scorer: each matching rule on gold and prediction rows written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.build import BuildReport
from kg.cli import app
from kg.errors import KgError
from kg.evaluate import GoldEvent, evaluate, read_gold, same_actor
from kg.extract.coding import codes_agree, country_part

ARTICLE_HEADER = (
    "article\tquote\tsource\tsource_code\tevent\tcameo\ttarget\ttarget_code\tsaid_by\t"
    "modality\tnegated\tlocation\tlevel\tnote\n"
)
SEED_HEADER = "id\tsent\tsource\tevent\tcameo\ttarget\ttheme\tsaid_by\tmodality\tlevel\n"


def gold_file(tmp_path: Path, header: str, *rows: str) -> Path:
    path = tmp_path / "gold.tsv"
    path.write_text("# a comment line\n" + header + "".join(r + "\n" for r in rows), "utf-8")
    return path


def prediction(**fields: str) -> dict[str, str]:
    row = {
        "article": "a1",
        "sentence": "1",
        "source": "-",
        "cameo": "190",
        "target": "-",
        "said_by": "-",
        "modality": "asserted",
        "evidence": "-",
    }
    return row | fields


def gold_event(**fields: object) -> GoldEvent:
    values: dict[str, object] = {
        "id": "g",
        "article": "a1",
        "sentence": None,
        "quote": "shelled the border town",
        "source": "Ruritania",
        "source_code": "-",
        "event": "FIGHT",
        "cameo": "195",
        "target": "Freedonia",
        "target_code": "-",
        "said_by": "-",
        "modality": "asserted",
        "core": True,
    }
    return GoldEvent(**(values | fields))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("gold", "gold_code", "predicted", "code", "same"),
    [
        ("-", "-", "-", None, True),
        ("-", "-", "Freedonia", None, False),
        ("Freedonia", "FRD", "-", None, False),
        ("the U.S.", "-", "The US", None, True),  # case, stops and spacing normalised
        ("Yeutter", "-", "Clayton Yeutter", None, True),  # every word of one is in the other
        ("Clayton Yeutter", "-", "Yeutter", None, True),
        ("United States", "-", "United Nations", None, False),  # one shared word is not enough
        ("Al-Qaeda", "-", "al Qaeda", None, True),  # a hyphen breaks words
        ("Haiti's", "-", "Haiti", None, True),  # a possessive is the owner's name
        ("Hamas' leaders", "-", "Hamas", None, True),
        ("O'Neill", "-", "ONeill", None, True),
        ("Iraqi air force", "IRQMIL", "Iraq", "IRQ", True),  # a country: first three letters
        ("Iraqi air force", "IRQMIL", "Iran", "IRN", False),
        ("World Bank", "IGOWBK", "United Nations", "IGOUNO", False),  # an IGO: first six
        ("United Nations", "IGOUNO", "UN Security Council", "IGOUNOSEC", True),
        ("Amnesty", "NGOAMN", "Amnesty", "NGOHRW", True),  # the labels still match
        ("a shipping firm", "MNCUSA", "a tanker owner", "MNCGBR", False),
        ("Iraqi air force", "-", "Iraq", "IRQ", False),  # a code on one side only is no code
    ],
)
def test_actor_rule(
    gold: str, gold_code: str, predicted: str, code: str | None, same: bool
) -> None:
    assert same_actor(gold, gold_code, predicted, code) is same


def test_an_article_event_sits_on_the_sentence_holding_its_quote() -> None:
    gold = gold_event()
    evidence = "On Monday Ruritania\nshelled  the border   town, officials said."
    assert gold.sits_on(prediction(evidence=evidence))
    assert not gold.sits_on(prediction(evidence=evidence, article="a2"))
    assert not gold.sits_on(prediction(evidence="Ruritania shelled the town."))


def test_fully_right_needs_root_source_and_target() -> None:
    gold = gold_event()
    on = {"evidence": "Ruritania shelled the border town of Freedonia."}
    right = prediction(source="Ruritania", target="Freedonia", cameo="190", **on)
    assert gold.fully_right(right)
    assert not gold.fully_right(right | {"cameo": "180"})
    assert not gold.fully_right(right | {"target": "-"})  # "-" matches only "-" here
    assert not gold.fully_right(right | {"source": "Freedonia"})
    assert gold_event(target="-").fully_right(right | {"target": "-"})


def test_a_seed_gold_target_dash_accepts_any_target() -> None:
    seed = gold_event(article=None, sentence=2, quote=None, target="-")
    assert seed.fully_right(prediction(sentence="2", source="Ruritania", target="Freedonia"))
    assert not seed.fully_right(prediction(sentence="3", source="Ruritania"))


def test_figures_count_core_root_precision_and_attributes() -> None:
    quote = {"quote": "shelled the border town"}
    gold = [
        gold_event(id="core-hit", said_by="Ruritania", modality="claimed", **quote),
        gold_event(id="core-root-only", quote="threatened Freedonia", cameo="138", core=True),
        gold_event(id="core-missed", quote="nothing like this", core=True),
        gold_event(id="optional", quote="seized a ferry", cameo="181", core=False),
    ]
    on_first = {"evidence": "Ruritania said it shelled the border town of Freedonia."}
    predicted = [
        prediction(source="Ruritania", target="Freedonia", said_by="Ruritania", modality="claimed")
        | on_first,
        # a duplicate that is fully right too, but with the wrong modality
        prediction(source="Ruritania", target="Freedonia", cameo="19", modality="hypothetical")
        | on_first,
        # right root on its sentence, wrong target: root recall, not core recall
        prediction(
            source="Ruritania", cameo="130", evidence="Ruritania threatened Freedonia again."
        ),
        # fully right for an optional gold event: counts for precision
        prediction(
            source="Ruritania", target="Freedonia", cameo="18", evidence="X seized a ferry."
        ),
        # in an article the gold does not code: not scored at all
        prediction(article="elsewhere", evidence="Ruritania shelled the border town."),
    ]
    report = evaluate(gold, predicted)
    assert (report.core_found, report.root_found, report.core_total) == (1, 2, 3)
    assert (report.right, report.predicted) == (3, 4)
    assert (report.said_by_right, report.modality_right) == (1, 1)
    assert [g.id for g in report.missed] == ["core-root-only", "core-missed"]
    assert report.recall == pytest.approx(1 / 3) and report.precision == pytest.approx(0.75)


def test_attributes_are_judged_on_the_fully_right_predictions() -> None:
    gold = [gold_event(said_by="Freedonia", modality="claimed")]
    on = {"evidence": "Freedonia says Ruritania shelled the border town of Freedonia."}
    wrong = prediction(source="Ruritania", target="Freedonia", **on)
    report = evaluate(gold, [wrong])
    assert (report.core_found, report.said_by_right, report.modality_right) == (1, 0, 0)
    assert "said_by '-'/'Freedonia'" in report.summary()


def test_both_formats_are_read(tmp_path: Path) -> None:
    seed = gold_file(
        tmp_path, SEED_HEADER, "G1\t3\tRuritania\tFIGHT\t190\t-\tthe town\t-\tasserted\tcore"
    )
    assert read_gold(seed)[0].sentence == 3
    article = gold_file(
        tmp_path,
        ARTICLE_HEADER,
        'a1\tshelled "the" town\tRuritania\tRUR\tFIGHT\t195\t-\t-\t-\tintended\tfalse\t-\t'
        "optional\t",
    )
    (row,) = read_gold(article)
    assert (row.quote, row.source_code, row.modality, row.core) == (
        'shelled "the" town',
        "RUR",
        "intended",
        False,
    )


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, "E080"),  # no such file
        (b"\xff\xfe not utf-8", "E080"),
        ("", "E083"),
        ("# only comments\n", "E083"),
        (SEED_HEADER, "E083"),
        ("a\tb\tc\n1\t2\t3\n", "E081"),
        (SEED_HEADER + "G1\tthree\tX\tFIGHT\t190\t-\t-\t-\tasserted\tcore\n", "E082"),
        (SEED_HEADER + "G1\t3\tX\tFIGHT\t19x\t-\t-\t-\tasserted\tcore\n", "E082"),
        (SEED_HEADER + "G1\t3\tX\tFIGHT\t190\t-\t-\t-\tsure\tcore\n", "E082"),
        (SEED_HEADER + "G1\t3\tX\tFIGHT\t190\t-\t-\t-\tasserted\tmust\n", "E082"),
        (SEED_HEADER + "G1\t3\tX\tFIGHT\n", "E082"),
        (ARTICLE_HEADER + "a1\t \tX\t-\tFIGHT\t190\t-\t-\t-\tasserted\tfalse\t-\tcore\t\n", "E082"),
    ],
)
def test_malformed_gold_is_a_coded_error(
    tmp_path: Path, content: str | bytes | None, code: str
) -> None:
    path = tmp_path / "gold.tsv"
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(KgError) as caught:
        read_gold(path)
    assert caught.value.code == code


def test_kg_eval_scores_article_gold_made_for_the_seed(
    seed_build: tuple[Path, BuildReport], tmp_path: Path
) -> None:
    out, _ = seed_build
    article = "000_0302ee551327aafb"
    gold = gold_file(
        tmp_path,
        ARTICLE_HEADER,
        f"{article}\tMichael Herzog, accuses Hamas of stalling\tHerzog\tISRGOV\tACCUSE\t112\t"
        "Hamas\tPSEREBHMS\t-\tasserted\tfalse\t-\tcore\t",
        f"{article}\tMichael Herzog, accuses Hamas of stalling\tHerzog\tISRGOV\tACCUSE\t112\t"
        "Israel\tISR\t-\tasserted\tfalse\t-\tcore\twrong target: root only",
        f"{article}\tlack of progress\tHamas\t-\tACCUSE\t112\tIsrael\t-\t-\tasserted\tfalse\t-\t"
        "core\twrong source: root only",
    )
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(gold), "--store", str(out / "store")])
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[:3]
    assert first[1].startswith("core events fully right 1/3, right root on their sentence 3/3")
    assert first[2] == "on fully right core events: said_by right 1/1, modality right 1/1"
    assert "missed   line 4 " in result.stdout and "roles" not in result.stdout
    bad = runner.invoke(app, ["eval", str(tmp_path / "none.tsv"), "--store", str(out / "store")])
    assert bad.exit_code == 2 and "E080" in bad.output


def test_codes_agree_by_their_country_part_organisation_or_a_bare_kind() -> None:
    assert (country_part("IRQMIL"), country_part("PSEREBHMS")) == ("IRQ", "PSE")
    assert country_part("IGOUNOWBK") == "IGOUNO"
    assert codes_agree("irqmil", "IRQ") and not codes_agree("IRQ", "IRN")
    assert not codes_agree("IGOUNO", "IGOEUREEC") and codes_agree("IGOUNOWBK", "IGOUNO")
    # an organisation by the one its code ends in, under any infixes
    assert codes_agree("IGOEUREEC", "IGOEEC") and codes_agree("igoimf", "IGOBUSIMF")
    assert codes_agree("IGOUNOWBK", "IGOUNODEVWBK")
    assert not codes_agree("IGOIMF", "NGOIMF") and not codes_agree("IGOUNOBUS", "IGOAFRBUS")
    assert not codes_agree("MNCUSAMED", "MNCCHNMED") and not codes_agree("NGOUSAHRI", "NGOAFRHRI")
    assert codes_agree("IGO", "IGOUNO") and codes_agree("NGOHLHIRC", "NGO")
    assert not codes_agree("IGO", "NGOHLHIRC")
