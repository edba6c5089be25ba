"""A Ukrainian bare singular as one (issue 11): "збили літак", "знищено гелікоптер", "уразили корабель".

Ukrainian has no article, so the single aircraft, helicopter, ship or submarine of a day is a
loss verb followed by the noun in the singular (at most two words between: "ще", "російський",
a model such as "Су-34"), as English says "shot down an aircraft" (73e341a). Not a plural or
another case ("літаків", "з літака"), not a compound ("корабельна група"), not a negated or
attempted loss ("не збили", "намагалися збити"), not Ukraine's own aircraft, and not counted
twice beside a number ("ще один літак"). True values come from the series: each sentence is
checked on a day the category's figure was 1.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries


def _days_with_one(series: LossSeries) -> list[date]:
    return [r.report_date for r in series.rows if r.report_date.year >= 2023 and r.increment_diff == 1
            and r.span_days == 1]


@pytest.mark.parametrize(("category", "sentence"), [
    ("aircraft", "За минулу добу сили оборони збили літак, повідомив Генштаб ЗСУ."),
    ("aircraft", "Також за добу українські захисники знищили російський літак Су-34."),
    ("aircraft", "Минулої доби ворог втратив літак, 1 200 осіб і 30 артсистем, повідомили в Генштабі."),
    ("aircraft", "Упродовж минулої доби знищено ще російський літак, йдеться у зведенні Генштабу."),
    ("helicopters", "За добу знищено гелікоптер, повідомив Генштаб."),
    ("helicopters", "За минулу добу захисники збили ворожий вертоліт Ка-52, повідомили у Генштабі."),
    ("helicopters", "Протягом доби сили оборони уразили гелікоптер Мі-8, повідомив Генеральний штаб."),
    ("ships", "За минулу добу Сили оборони уразили корабель, повідомили у Генштабі."),
    ("ships", "Минулої доби знищено російський корабель, йдеться у зведенні."),
    ("submarines", "За добу сили оборони уразили підводний човен, повідомив Генштаб."),
])
def test_a_loss_verb_before_a_singular_aircraft_helicopter_or_ship_is_one(
    category: str, sentence: str, petro_series: dict[str, LossSeries],
) -> None:
    days = _days_with_one(petro_series[category])
    assert days  # the series has such a day: the sentence is checked against it
    (verdict,) = [v for v in check_text(sentence, petro_series, as_of=days[0]).verdicts if v.claim.value == 1]
    assert (verdict.claim.value, verdict.claim.category, verdict.claim.kind) == (1, category, ClaimKind.DAY)
    assert verdict.verdict is VerdictKind.CORRECT


@pytest.mark.parametrize("sentence", [
    "За минулу добу сили оборони не збили жодного літака, повідомив Генштаб.",  # genitive, negated
    "Сили оборони не збили літак, повідомили у Генштабі.",  # negated
    "Росіяни намагалися збити літак над Одещиною, втративши 1 200 осіб.",  # attempted: an infinitive
    "Росіяни збили український літак, заявили в Міноборони рф.",  # Ukraine's own aircraft
    "Сили оборони знищили корабельну ударну групу, повідомив Генштаб.",  # an adjective, not the noun
    "За добу ворог втратив 1 200 осіб, знищено склад, де стояв гелікоптер.",  # the verb has another object
    "Пілоти знищили колону з літака, повідомив Генштаб.",  # another case
])
def test_a_singular_that_is_no_count_of_losses_is_no_figure(sentence: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(sentence, petro_series, as_of=date(2024, 1, 30))
    assert 1 not in {v.claim.value for v in report.verdicts} | {o.value for o in report.out_of_scope}


def test_one_written_beside_the_noun_is_counted_once(petro_series: dict[str, LossSeries]) -> None:
    day = _days_with_one(petro_series["aircraft"])[0]
    report = check_text("За минулу добу сили оборони збили ще один літак, повідомив Генштаб.", petro_series,
                        as_of=day)
    assert [(v.claim.value, v.claim.category) for v in report.verdicts] == [(1, "aircraft")]


@pytest.mark.parametrize(("category", "sentence"), [
    ("aircraft", "За минулу добу ворог втратив 1 200 осіб, 10 танків та літак, повідомив Генштаб."),
    ("helicopters", "За добу знищено 1 200 окупантів, 12 танків і гелікоптер."),
])
def test_a_singular_ending_a_list_of_figures_is_one_of_its_own(
    category: str, sentence: str, petro_series: dict[str, LossSeries],
) -> None:
    day = _days_with_one(petro_series[category])[0]
    verdicts = check_text(sentence, petro_series, as_of=day).verdicts
    assert [v.claim.category for v in verdicts] == ["personnel", "tanks", category]  # not "tanks and aircraft"
    assert verdicts[-1].verdict is VerdictKind.CORRECT
