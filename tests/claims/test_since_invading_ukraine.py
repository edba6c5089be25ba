""""Since invading Ukraine in February 2022" is the war's start, not the month of February 2022.
Found on mingooland.com (Feb 2025, retelling the UK MoD's review of January 2025): "The MoD also
claimed Russia has endured more than 837,000 casualties since invading Ukraine in February 2022".
Only "since Russia invaded Ukraine" (a subject named) and "since the invasion" read as the war's
start, so "in February 2022" was read as the month and the milestone judged against it (incorrect,
with nothing to compare); "since it invaded Ukraine in February 2022" was read as the total at the
end of February 2022. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2025, 2, 3)


def _found(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, series, as_of=AS_OF).verdicts]


def test_since_invading_ukraine(petro_series: dict[str, LossSeries]) -> None:
    mark = total(petro_series["personnel"], AS_OF) // 1_000 * 1_000
    text = (f"The MoD also claimed Russia has endured more than {mark:,} casualties since invading Ukraine in "
            f"February 2022, almost three years ago.")
    assert _found(text, petro_series) == [(mark, ClaimKind.MILESTONE, VerdictKind.CORRECT)]


def test_since_it_invaded_ukraine(petro_series: dict[str, LossSeries]) -> None:
    t = total(petro_series["personnel"], AS_OF)
    text = f"According to the General Staff, Russia has lost {t:,} troops since it invaded Ukraine in February 2022."
    assert _found(text, petro_series) == [(t, ClaimKind.TOTAL, VerdictKind.CORRECT)]
