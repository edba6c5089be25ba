""""За добу" right after a record's words ("що є найвищим показником за добу від початку війни") is
the record's measure, a day's losses, not "the past day". Found on podrobnosti.ua (1 Dec 2024,
"Листопад став рекордним для втрат рф"): "лише за одну добу у листопаді противник втратив 2030
солдатів, що є найвищим показником за добу від початку війни" was checked against the losses of
30 November (1,730) and called incorrect; it is November's highest day (28 November).
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 12, 1)


def _highest_day(series: LossSeries, first: date, last: date) -> tuple[date, int]:
    days = [(first.fromordinal(o), losses(series, first.fromordinal(o), first.fromordinal(o)))
            for o in range(first.toordinal(), last.toordinal() + 1)]
    return max(days, key=lambda d: d[1])


def test_a_record_per_day_is_not_the_past_day(petro_series: dict[str, LossSeries]) -> None:
    day, value = _highest_day(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    assert day != AS_OF.replace(day=1) and losses(petro_series["personnel"], date(2024, 11, 30),
                                                  date(2024, 11, 30)) != value
    text = (f"Генеральний штаб ЗСУ також інформує, що лише за одну добу у листопаді противник втратив {value} "
            "солдатів, що є найвищим показником за добу від початку війни.")
    report = check_text(text, petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.RECORD, VerdictKind.CORRECT)]


def test_the_past_day_is_still_the_past_day(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 11, 30), date(2024, 11, 30))
    text = f"За добу Сили оборони ліквідували {value} окупантів, повідомив Генштаб."
    report = check_text(text, petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.DAY, VerdictKind.CORRECT)]


def test_this_period_after_the_month_named_again_keeps_its_year(petro_series: dict[str, LossSeries]) -> None:
    """The record's "у листопаді" (no year) names the month again: "У цей період" is still "листопаді 2024
    року", whose written year dates the article by its month's sums (the report of 1 December)."""
    nov = (date(2024, 11, 1), date(2024, 11, 30))
    _, day = _highest_day(petro_series["personnel"], *nov)
    month = losses(petro_series["personnel"], *nov)
    tanks = losses(petro_series["tanks"], *nov)
    text = (f"У листопаді 2024 року російські війська понесли рекордні втрати — {month:,} осіб.\n"
            f"Генштаб також інформує, що лише за одну добу у листопаді противник втратив {day} солдатів, що є "
            f"найвищим показником за добу від початку війни.\nУ цей період Сили оборони знищили {tanks} танків."
            ).replace(",", " ")
    report = check_text(text, petro_series)
    assert report.as_of == AS_OF
    assert [v.verdict for v in report.verdicts if v.claim.value == tanks] == [VerdictKind.CORRECT]
