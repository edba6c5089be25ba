"""A superlative after "with the" names a part of the figure before it, not that figure (real articles).

UAWire's year review (2 Jan 2025): "in 2024 alone, Russia reportedly lost more than 430,000 soldiers,
with the heaviest losses recorded in December—48,670 Russian troops" read "heaviest" as said of
430,000 and judged it as a one-day record (2,200, incorrect). A record word after the figure that
"with (the)" or "з" introduces ("with the heaviest losses in December", "з найбільшими втратами у
грудні") is the record of the part it names: the year's figure is the year's sum, the month's keeps its
record. A superlative said of the figure itself stays a record. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk  # noqa: E402

OK = {VerdictKind.CORRECT, VerdictKind.ROUNDED}
AS_OF = date(2025, 1, 2)


@pytest.mark.parametrize("text", [
    "According to the Ukrainian Defense Ministry, in 2024 alone, Russia reportedly lost more than 430,000 "
    "soldiers, with the heaviest losses recorded in December—{dec} Russian troops.",
    "Russia lost {year} troops in 2024, with the highest toll in December, when it lost {dec}, the General "
    "Staff said.",
    "За 2024 рік росія втратила {year_uk} військових, з найбільшими втратами у грудні — {dec_uk} осіб, "
    "повідомив Генштаб.",
])
def test_the_year_is_a_sum_and_the_month_its_record(text: str, petro_series: dict[str, LossSeries]) -> None:
    personnel = petro_series["personnel"]
    year = _losses(personnel, date(2024, 1, 1), date(2024, 12, 31))
    dec = _losses(personnel, date(2024, 12, 1), date(2024, 12, 31))
    assert (year, dec) == (430_790, 48_670)
    filled = text.format(year=f"{year:,}", dec=f"{dec:,}", year_uk=_uk(year), dec_uk=_uk(dec))
    verdicts = check_text(filled, petro_series, as_of=AS_OF).verdicts
    assert [(v.claim.kind, v.verdict in OK) for v in verdicts] == [
        (ClaimKind.PERIOD, True), (ClaimKind.RECORD, True)]


def test_a_record_said_of_the_figure_stays(petro_series: dict[str, LossSeries]) -> None:
    day = _losses(petro_series["personnel"], date(2024, 12, 19), date(2024, 12, 19))
    text = f"On December 19, Russia lost {day:,} soldiers, the highest daily toll of the war, the General Staff said."
    verdicts = check_text(text, petro_series, as_of=AS_OF).verdicts
    assert {v.verdict for v in verdicts} == {VerdictKind.CORRECT}
    assert ClaimKind.RECORD in {v.claim.kind for v in verdicts}
