"""A day's figure said in the early-war weeks (to 30 April 2022) is the day's, not the total.

Anadolu (anews.com.tr, 27 Apr 2022) wrote "At least 22,400 Russian soldiers have so far been killed
in Ukraine ... Ukraine also announced that the Russian army lost 300 more soldiers in the last 24
hours." The reports of those weeks are coarse early-war estimates, which the largest-day scale left
out; with no fine report yet the largest day was 0, so every day's figure was above it and judged
as the personnel total (300 against 22,400: incorrect). Before any fine report, the coarse reports'
largest day is the scale. A total said the same way stays a total.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 4, 27)


def test_a_days_figure_of_april_2022_is_the_days(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    value, daily = total(series, DAY), total(series, DAY) - total(series, DAY - timedelta(days=1))
    text = (f"At least {value:,} Russian soldiers have so far been killed in Ukraine, the Ukrainian military "
            f"claimed on Wednesday. Ukraine also announced that the Russian army lost {daily:,} more soldiers "
            "in the last 24 hours.")
    report = check_text(text, petro_series, as_of=DAY)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    assert found[daily] == (ClaimKind.DAY, VerdictKind.CORRECT)
    assert found[value][1] is VerdictKind.CORRECT and found[value][0] in {ClaimKind.TOTAL, ClaimKind.MILESTONE}


def test_a_days_tanks_of_april_2022_are_the_days(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["tanks"]
    daily = total(series, DAY) - total(series, DAY - timedelta(days=1))
    report = check_text(f"Russian forces lost {daily} tanks over the past day, the General Staff said.",
                        petro_series, as_of=DAY)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.DAY, VerdictKind.CORRECT)]


def test_a_total_of_april_2022_stays_the_total(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["tanks"], DAY)
    report = check_text(f"Russia has lost {value:,} tanks, the General Staff said.", petro_series, as_of=DAY)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
