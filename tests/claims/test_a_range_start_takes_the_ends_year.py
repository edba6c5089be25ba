"""A range whose start is written without its year takes the end's: "з 1 січня до 24 грудня 2025 року".

Radio Svoboda (3 Jan 2026, date8's n31 page 20): "Росія з 1 січня до 24 грудня 2025 року втратила 409,5
тисяч осіб". Read at its date, 3 January 2026, "1 січня" alone was 1 January 2026, after the end, so the
two days were never joined into one range and the figure was judged as the running total of 24 December
(incorrect, 1,200,370). The end's written year now dates a start written without one (the latest such day
on or before the end), whatever the date the text is read at. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

_READ = date(2026, 1, 3)


def test_a_year_to_date_range_read_in_the_next_year(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 24))
    for text in (f"Russia lost {value:,} troops from January 1 to December 24, 2025, the General Staff said.",
                 f"За даними Генштабу, Росія з 1 січня до 24 грудня 2025 року втратила {uk(value)} осіб."):
        report = check_text(text, petro_series, as_of=_READ)
        found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
        assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)], text


def test_a_range_across_the_new_year_keeps_its_start(petro_series: dict[str, LossSeries]) -> None:
    # guard: the start's year before the end's, as it was: "from December 1 to January 5, 2025"
    value = losses(petro_series["personnel"], date(2024, 12, 1), date(2025, 1, 5))
    text = f"Russia lost {value:,} troops from December 1 to January 5, 2025, the General Staff said."
    report = check_text(text, petro_series, as_of=date(2025, 1, 10))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
