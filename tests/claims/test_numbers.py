"""Numbers as journalists write them, with the rounding their spelling implies."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.claims.numbers import find_numbers, parse_count
from attrition.model.series import LossSeries


@pytest.mark.parametrize(
    ("text", "value", "step"),
    [
        pytest.param("some 798,040 troops", 798_040, 10, id="comma-groups"),
        pytest.param("1 080 окупантів", 1_080, 10, id="space-groups"),
        pytest.param("1\u00a0311\u00a0180 осіб", 1_311_180, 10, id="nbsp-groups"),
        pytest.param("1550 окупантів", 1_550, 10, id="plain"),
        pytest.param("1.5k troops", 1_500, 100, id="k"),
        pytest.param("almost 800 thousand", 800_000, 100_000, id="thousand"),
        pytest.param("сягнули 800 тисяч", 800_000, 100_000, id="тисяч"),
        pytest.param("700 тис. осіб", 700_000, 100_000, id="тис"),
        pytest.param("1,5 тис. осіб", 1_500, 100, id="decimal-comma-тис"),
        pytest.param("1.25 million", 1_250_000, 10_000, id="decimal-million"),
        pytest.param("понад 1,2 млн", 1_200_000, 100_000, id="млн"),
        pytest.param("753 тисяч 370 окупантів", 753_370, 10, id="split-thousands"),
        pytest.param("one million", 1_000_000, 1_000_000, id="words-million"),
        pytest.param("half a million", 500_000, 100_000, id="half-a-million"),
        pytest.param("one and a half million", 1_500_000, 100_000, id="one-and-a-half"),
        pytest.param("passed the million mark", 1_000_000, 1_000_000, id="the-million"),
        pytest.param("півмільйона", 500_000, 100_000, id="пів"),
        pytest.param("шість танків", 6, 1, id="uk-word"),
        pytest.param("twenty-one tanks", 21, 1, id="hyphenated-word"),
        pytest.param("1.950 de militari", 1_950, 10, id="european-thousands"),
    ],
)
def test_number_value_and_implied_rounding(text: str, value: int, step: int) -> None:
    found = find_numbers(text)
    assert [n.value for n in found] == [value]
    assert found[0].step == step


def test_decimal_without_multiplier_is_not_a_count() -> None:
    assert find_numbers("a ratio of 1.5") == []


def test_date_comma_does_not_glue_day_and_figure() -> None:
    assert [n.value for n in find_numbers("January 5, 1,550 soldiers")] == [5, 1_550]


def test_year_is_flagged_year_like() -> None:
    (year,) = find_numbers("in 2024")
    assert year.is_year_like and year.value == 2024


def test_metres_are_not_millions() -> None:
    assert [n.value for n in find_numbers("10 m away")] == [10]


@pytest.mark.parametrize(
    ("word", "count"),
    [("tenth", 10), ("10th", 10), ("ten", 10), ("десятий", 10), ("десяту", 10), ("п'ятий", 5),
     ("twelve", 12), ("seven", 7)],
)
def test_parse_count_reads_cardinals_and_ordinals(word: str, count: int) -> None:
    assert parse_count(word) == count


def test_parse_count_rejects_other_words() -> None:
    assert parse_count("several") is None


@pytest.mark.parametrize(("text", "value"), [
    ("росія втратила понад півтори тисячі військових", 1_500),
    ("майже півтора мільйона", 1_500_000),
])
def test_one_and_a_half_of_a_scale_word_is_a_figure(text: str, value: int) -> None:
    assert [n.value for n in find_numbers(text)] == [value]


@pytest.mark.parametrize("text", ["за півтора року", "півтори доби", "півтори"])
def test_one_and_a_half_without_a_scale_word_is_no_figure(text: str) -> None:
    assert find_numbers(text) == []


def test_more_than_one_and_a_half_thousand_a_day_is_judged_as_the_days_figure(
    petro_series: dict[str, LossSeries],
) -> None:
    from attrition.claims import VerdictKind, check_text

    text = "За минулу добу росія втратила понад півтори тисячі військових, повідомив Генштаб."
    (verdict,) = check_text(text, petro_series, as_of=date(2024, 12, 3)).verdicts  # 1,780 that day
    assert (verdict.claim.value, verdict.claim.kind.value) == (1500, "day")
    assert verdict.verdict in {VerdictKind.CORRECT, VerdictKind.ROUNDED}


@pytest.mark.parametrize(
    ("spelling", "scale"),
    [("thouſand", 1_000), ("thouſandſ", 1_000), ("mıllıon", 1_000_000), ("mİllİon", 1_000_000),
     ("millionſ", 1_000_000), ("bıllıon", 1_000_000_000), ("MILLION", 1_000_000)],
)
def test_a_multiplier_the_pattern_matches_in_any_spelling_scales_its_figure(spelling: str, scale: int) -> None:
    # the multiplier pattern is case-insensitive: a long s or a dotted/dotless i is its match too;
    # lower() left them as written and the table lookup raised KeyError, which stopped the whole check
    found = find_numbers(f"Russia has lost 1.2 {spelling} troops")
    assert [n.value for n in found] == [int(1.2 * scale)]
    text = f"Russia has lost 1.2 {spelling} troops, the General Staff said."
    assert check_text(text, {}, today=date(2026, 12, 4)).verdicts is not None
