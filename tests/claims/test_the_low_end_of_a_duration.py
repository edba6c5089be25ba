"""The low end of a duration's range ("протягом останніх 2-3 місяців", "за 5–7 днів") shares the high end's unit: no figure.

Found on censor.net (27 Oct 2025), quoting Zelensky after Axios: "Сьогодні на полі бою ми залишаємося здебільшого
там, де стояли протягом останніх 2-3 місяців". "3 місяців" was a duration (left out silently), but the "2" before
it stayed a bare number and was judged as the day's personnel (incorrect, 2 against 800). A range whose high end
has another unit already gave that unit to its low end ("between 10 and 20 percent"), except when the unit was
one left out silently (a duration, a time of day, a model designation). True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

AS_OF = date(2025, 10, 27)


def test_a_duration_given_as_a_range_is_no_figure(petro_series: dict[str, LossSeries]) -> None:
    for text in ("\"Росія не може цього зробити. У неї недостатньо людей. Його сильні батальйони знищені. Сьогодні на "
                 "полі бою ми залишаємося здебільшого там, де стояли протягом останніх 2-3 місяців\", - пояснив "
                 "Зеленський.",
                 "Окупанти втрачають техніку, яку відновлюють 5–7 місяців."):
        report = check_text(text, petro_series, as_of=AS_OF)
        assert [v.claim.value for v in report.verdicts] == [], text


def test_a_figure_before_the_duration_stays_judged(petro_series: dict[str, LossSeries]) -> None:
    last = AS_OF - timedelta(days=1)
    day = losses(petro_series["personnel"], last, last)
    text = f"За минулу добу ворог втратив {uk(day)} військових, а наступ триває вже 2-3 місяці."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.claim.value, v.verdict) for v in report.verdicts] == [
        (ClaimKind.DAY, day, VerdictKind.CORRECT)]
