"""An average per month ("в середньому близько 35 тисяч на місяць", "an average of 36,000 a month")
is the period's sum over its months, not over its days. Found on shtab.info (30 Jan 2026): "418 170
убитих і поранених ... упродовж 2025 року — це в середньому близько 35 тисяч на місяць" was read
as a daily average (1,146) and called incorrect. "In a month" and "за місяць" stay a month's sum.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2026, 1, 30)


def _verdicts(text: str, series: dict[str, LossSeries], value: int) -> list[tuple[ClaimKind, str, VerdictKind]]:
    report = check_text(text, series, as_of=AS_OF)
    return [(v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts if v.claim.value == value]


def test_an_average_per_month_over_a_year_is_the_sum_over_twelve(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 31))
    assert abs(year / 12 - 35_000) < 500  # the truth the article rounds
    text = ("Раніше Генеральний штаб ЗСУ повідомив про втрати російських військових упродовж 2025 року — "
            "це в середньому близько 35 тисяч на місяць.")
    assert _verdicts(text, petro_series, 35_000) == [(ClaimKind.PERIOD, "mean_month", VerdictKind.ROUNDED)]


def test_an_english_average_a_month(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    value = round(year / 12)
    text = f"In 2024 Russia lost an average of {value:,} soldiers a month, according to Ukraine's General Staff."
    assert _verdicts(text, petro_series, value) == [(ClaimKind.PERIOD, "mean_month", VerdictKind.CORRECT)]


def test_an_average_a_day_stays_daily(petro_series: dict[str, LossSeries]) -> None:
    month = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    value = round(month / 31)
    text = f"Russia lost an average of {value:,} troops a day in December 2024, according to the General Staff."
    assert _verdicts(text, petro_series, value) == [(ClaimKind.PERIOD, "mean", VerdictKind.CORRECT)]


def test_a_daily_average_beside_monthly_figures_stays_daily(petro_series: dict[str, LossSeries]) -> None:
    month = losses(petro_series["personnel"], date(2025, 12, 1), date(2025, 12, 31))
    value = round(month / 31, -1)
    text = (f"Середньодобовий рівень втрат Росії у грудні 2025 року становив {int(value):,} солдатів, згідно з "
            "повідомленням Генштабу ЗСУ, водночас рівні втрат були найнижчими середніми щомісячними показниками."
            ).replace(",", " ", 1)
    assert [m for _, m, _ in _verdicts(text, petro_series, int(value))] == ["mean"]
