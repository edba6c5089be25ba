"""A figure above the largest day's losses is never a daily average, whatever "daily" word its clause
holds. Found on Business Insider (7 Jan 2025, the UK's update on December): "December was 'likely the
most costly month of the war for Russia,' with 48,670 killed or wounded, and that Russia suffered its
highest daily loss of the war on December 19, with 2,200 ..." — the next figure's "highest daily loss"
made 48,670 a daily average (truth 1,570) and it was called incorrect; it is December's sum.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def test_a_months_sum_beside_a_daily_record_is_the_sum(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    day = losses(petro_series["personnel"], date(2024, 12, 19), date(2024, 12, 19))
    text = (f'The ministry said that December was "likely the most costly month of the war for Russia," with '
            f"{value:,} killed or wounded, and that Russia suffered its highest daily loss of the war on "
            f"December 19, with {day:,} of its troops injured or killed.")
    report = check_text(text, petro_series, as_of=date(2025, 1, 7))
    found = [(v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.PERIOD, "sum", VerdictKind.CORRECT)]


def test_a_daily_average_stays_an_average(petro_series: dict[str, LossSeries]) -> None:
    value = round(losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31)) / 31)
    text = f"In December 2024 Russia's daily losses averaged {value:,}, according to the General Staff."
    report = check_text(text, petro_series, as_of=date(2025, 1, 7))
    assert [(v.claim.measure, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        ("mean", VerdictKind.CORRECT)]
