""""During this period" after a sentence that names a period and no figure is that period.
Found on online.ua (English, 7 Jan 2025, British intelligence on December): "December 2024 was the
costliest month for Russian troops since the start of the war. The Ukrainian General Staff reported
48,670 casualties among Russian troops during this period." With no figure before to take the period
from, 48,670 was read as the running total and called incorrect; it is December's sum.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def test_this_period_is_the_period_of_the_sentence_before(petro_series: dict[str, LossSeries]) -> None:
    value = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = ("According to British intelligence, December 2024 was the costliest month for Russian troops since "
            f"the start of the war. The Ukrainian General Staff reported {value:,} casualties among Russian "
            "troops during this period.")
    report = check_text(text, petro_series, as_of=date(2025, 1, 7))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_figure_before_still_lends_its_period(petro_series: dict[str, LossSeries]) -> None:
    nov = losses(petro_series["tanks"], date(2024, 11, 1), date(2024, 11, 30))
    value = losses(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    text = (f"У листопаді 2024 року російські війська втратили {value:,} осіб. "
            f"У цей період Сили оборони знищили {nov} танків.").replace(",", " ")
    report = check_text(text, petro_series, as_of=date(2024, 12, 2))
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == nov] == [
        (ClaimKind.PERIOD, VerdictKind.CORRECT)]
