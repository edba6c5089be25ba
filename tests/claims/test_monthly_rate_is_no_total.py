"""A monthly rate with no period of its own ("Росія втрачає до 35 тисяч окупантів на місяць", "losing
some 35,000 troops a month") is a monthly mean, not the total since the invasion. Found on
news.online.ua (19 Feb 2026, "зараз Росія втрачає 30–35 тисяч військових на місяць", "Росія втрачає до
35 тисяч окупантів на місяць") and Interfax-Ukraine (22 Jan 2026): the figures were judged against the
General Staff's total (1,256,910) and called incorrect. With no month or span named, the window of the
rate cannot be read ("місяць" / "month" is no dates), so the claim is left unverifiable rather than
judged wrong; a month's sum ("у грудні 2025 року") and a total beside a rate stay as they were.
True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

_RATES = [
    "За словами президента України, Росія втрачає до 35 тисяч окупантів на місяць у війні проти України.",
    "Russia is now losing about 35,000 soldiers a month, according to Ukraine's General Staff.",
    "Russia loses some 35,000 troops per month, Ukraine's General Staff figures show.",
]


@pytest.mark.parametrize("text", [
    *_RATES, "Зеленський заявив, що Росія щомісяця втрачає близько 35 тисяч військових, повідомляє Генштаб.",
])
def test_a_monthly_rate_is_a_monthly_mean(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=date(2026, 2, 19))
    found = [(v.claim.kind, v.claim.measure) for v in report.verdicts if v.claim.value == 35_000]
    assert found == [(ClaimKind.PERIOD, "mean_month")]


@pytest.mark.parametrize("text", _RATES)
def test_a_rate_of_an_unnamed_month_is_unverifiable(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=date(2026, 2, 19))
    assert [v.verdict for v in report.verdicts if v.claim.value == 35_000] == [VerdictKind.UNVERIFIABLE]


def test_a_months_sum_stays_a_sum(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2025, 12, 1), date(2025, 12, 31))
    text = f"У грудні 2025 року Росія втратила {value} військових, повідомив Генштаб ЗСУ."
    report = check_text(text, petro_series, as_of=date(2026, 1, 20))
    found = [(v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.PERIOD, "sum", VerdictKind.CORRECT)]


def test_a_total_beside_a_rate_stays_a_total(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], date(2026, 2, 19))
    text = ("Загальні бойові втрати російських військ від початку повномасштабного вторгнення становлять близько "
            f"{uk(value)} осіб, тобто понад 30 тисяч на місяць, повідомив Генштаб.")
    report = check_text(text, petro_series, as_of=date(2026, 2, 19))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
