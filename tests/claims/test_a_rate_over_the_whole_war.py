"""A rate over the whole war, "around 500 armored vehicles per month since the invasion began", "a daily average
of 560" over "the 797-day conflict", is the war's mean, not its running total nor the past week's.

Express retold on dhamidi.net (19 Mar 2024, date8's n31 page 17): "Ukraine has destroyed around 500 Russian
armored vehicles per month since Vladimir Putin's invasion began on February 2022, Kyiv claims" was judged as
the armoured-vehicles total (13,049: incorrect); Newsweek retold on mhknewshub.blogspot.com (1 May 2024, sum8's
page 08): "The cumulative toll of Russian losses throughout the 797-day conflict, as reported by Kyiv, stands at
469,840, translating to a daily average of 560 casualties" gave the 560 no war (its days were no time) and
judged it against the past week's mean (1,129). A per-month or per-day rate whose time is the war is now the
war's monthly or daily mean (the journalist's 560 is then incorrect against 590, as 527 a month is "around
500" only within 5%); "throughout the N-day conflict" names the war. True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

WAR_START = date(2022, 2, 24)


def _war_days(as_of: date) -> int:
    return (as_of - timedelta(days=1) - WAR_START).days + 1


def _verdicts(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, ClaimKind, str, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.claim.measure, v.verdict)
            for v in check_text(text, series, as_of=as_of).verdicts]


def test_a_monthly_rate_since_the_invasion_began(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 3, 19)
    monthly = round(total(petro_series["armoured_vehicles"], as_of) / (_war_days(as_of) / (365.25 / 12)))
    text = (f"Ukraine has destroyed around {monthly} Russian armored vehicles per month since Vladimir Putin's invasion "
            "began on February 2022, Kyiv claims.")
    assert _verdicts(text, petro_series, as_of) == [(monthly, ClaimKind.PERIOD, "mean_month", VerdictKind.CORRECT)]


def test_a_daily_average_over_the_days_of_the_conflict(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 5, 1)
    value = total(petro_series["personnel"], as_of)
    days = _war_days(as_of)
    text = (f"The cumulative toll of Russian losses throughout the {days}-day conflict, as reported by Kyiv, stands at "
            f"{value:,}, translating to a daily average of {round(value / days)} casualties.")
    assert _verdicts(text, petro_series, as_of) == [
        (value, ClaimKind.TOTAL, "sum", VerdictKind.CORRECT),
        (round(value / days), ClaimKind.PERIOD, "mean", VerdictKind.CORRECT)]


def test_the_running_total_since_the_invasion_stays_a_total(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 3, 19)
    value = total(petro_series["armoured_vehicles"], as_of)
    text = f"Russia has lost {value:,} armored vehicles since Vladimir Putin's invasion began on February 2022, Kyiv claims."
    assert _verdicts(text, petro_series, as_of) == [(value, ClaimKind.TOTAL, "sum", VerdictKind.CORRECT)]
