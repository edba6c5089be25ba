"""A ratio's terms ("some battlefield loss ratios reaching 5:1") are no loss figure: out of scope, never judged.

kyivindependent.com (4 Jun 2025, attr11/09) retold CSIS: "Russian losses across land, air, and sea domains have
vastly outpaced Ukraine's, with some battlefield loss ratios reaching 5:1"; the 5 was read as a day's losses and
judged against the General Staff's report (incorrect). A number followed by a colon and one digit is a ratio; a
time of day keeps two digits after its colon. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2025, 6, 4)


def test_a_loss_ratio_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("According to the think tank, Russian losses have vastly outpaced Ukraine's, with some battlefield loss "
            "ratios reaching 5:1.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    assert [(o.value, o.reason) for o in report.out_of_scope] == [(5, "ratio")]


def test_the_total_beside_a_ratio_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = (f"Ukraine's General Staff put Russia's troop losses at {value:,}, with some battlefield loss ratios "
            "reaching 5:1.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(value, VerdictKind.CORRECT)]
