""""Since the full-scale invasion commenced in February 2022" is the war-since phrase (issue 11).

"November alone saw … 2,030 casualties in a single day—the highest daily loss since the
full-scale invasion commenced in February 2022": the record runs over the whole war, as with
"began", "started" or "was launched". Before, "commenced" left "February 2022" alone, so the
record was sought in February 2022 (no daily figures: unverifiable) and a self-dated article took
28 Feb 2022 as its date. True values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

DEC2 = date(2024, 12, 2)


@pytest.mark.parametrize("text", [
    "Russian forces suffered 2,030 casualties in a single day, the highest daily loss since the full-scale "
    "invasion commenced in February 2022.",
    "The 2,030 casualties were the highest daily loss since the war commenced on February 24, 2022.",
    "It was the deadliest day since the invasion commenced: 2,030 Russian troops were killed or wounded.",
])
def test_a_record_since_the_invasion_commenced_runs_over_the_war(text: str, petro_series: dict[str, LossSeries]) -> None:
    verdicts = {v.claim.value: v for v in check_text(text, petro_series, as_of=DEC2).verdicts}
    assert (verdicts[2030].claim.kind, verdicts[2030].verdict) == (ClaimKind.RECORD, VerdictKind.CORRECT)


@pytest.mark.parametrize("make", [
    lambda n: f"Russia has lost {n:,} troops since the full-scale invasion commenced in February 2022.",
    lambda n: f"Since the invasion commenced, Russia has lost {n:,} soldiers, the General Staff said.",
])
def test_a_total_since_the_invasion_commenced_is_the_latest_report(
    make: Callable[[int], str], petro_series: dict[str, LossSeries],
) -> None:
    true = _total(petro_series["personnel"], DEC2)
    (verdict,) = check_text(make(true), petro_series, as_of=DEC2).verdicts
    assert (verdict.claim.kind, verdict.verdict) == (ClaimKind.TOTAL, VerdictKind.CORRECT)
