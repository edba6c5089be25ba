"""A daily average carries to the figure joined after it ("from 400 in 2022, to 693 in 2023"); "на день" is a rate.

Found on kyivpost.com (7 Apr 2024, the UK Defence Intelligence update): "Each year has seen a rise in the daily
average loss rate from 400 in 2022, to 693 in 2023, to 913 through the first quarter of 2024." The first figure
was read as 2022's daily average, but "693 in 2023" and "913 through the first quarter" have no rate word of their
own and were judged as the sums of those periods (incorrect, 693 against 253,290). And on zp-town (4 Aug 2024,
the same update in Ukrainian): "з піку конфлікту, що становив понад 1262 особи на день у травні" was May's sum:
"на день" (a day) was no rate word, though "на добу" was. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def _mean(series: LossSeries, first: date, last: date) -> int:
    return round(losses(series, first, last) / ((last - first).days + 1))


def test_the_next_periods_figure_is_the_same_average(petro_series: dict[str, LossSeries]) -> None:
    p = petro_series["personnel"]
    a22 = _mean(p, date(2022, 3, 1), date(2022, 12, 31))  # not asserted: read before this change too
    a23 = _mean(p, date(2023, 1, 1), date(2023, 12, 31))
    q1 = _mean(p, date(2024, 1, 1), date(2024, 3, 31))
    text = (f"Each year has seen a rise in the daily average loss rate from {a22} in 2022, to {a23} in 2023, "
            f"to {q1} through the first quarter of 2024.")
    report = check_text(text, petro_series, as_of=date(2024, 4, 7))
    got = [(v.claim.value, v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts]
    assert got[1:] == [(a23, ClaimKind.PERIOD, "mean", VerdictKind.CORRECT),
                       (q1, ClaimKind.PERIOD, "mean", VerdictKind.CORRECT)], got


def test_a_figure_per_day_in_ukrainian_is_a_daily_average(petro_series: dict[str, LossSeries]) -> None:
    p = petro_series["personnel"]
    may = _mean(p, date(2024, 5, 1), date(2024, 5, 31))
    text = (f"Середньодобові втрати росіян в Україні знизилися з піку конфлікту, що становив {may} особи на день "
            "у травні.")
    report = check_text(text, petro_series, as_of=date(2024, 8, 4))
    assert [(v.claim.value, v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts] == [
        (may, ClaimKind.PERIOD, "mean", VerdictKind.CORRECT)]


def test_a_sum_after_an_average_stays_a_sum(petro_series: dict[str, LossSeries]) -> None:
    p = petro_series["personnel"]
    jan = _mean(p, date(2025, 1, 1), date(2025, 1, 31))
    dec = losses(p, date(2024, 12, 1), date(2024, 12, 31))
    text = f"Russia lost {jan} troops a day on average in January 2025, and {dec:,} in December 2024."
    report = check_text(text, petro_series, as_of=date(2025, 2, 5))
    got = [(v.claim.value, v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts]
    assert got == [(jan, ClaimKind.PERIOD, "mean", VerdictKind.CORRECT),
                   (dec, ClaimKind.PERIOD, "sum", VerdictKind.CORRECT)], got
