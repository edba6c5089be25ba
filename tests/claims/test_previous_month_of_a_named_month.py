""""The previous month" after a named month of the same sentence is the month before it (real articles).

Newsweek's 2023 review (headlinenavi.com, 1 Jan 2024): "Kyiv's tally of Russian casualties in December
was 29,970, the highest monthly death toll since the war began, the second highest being 28,550 the
previous month" read "the previous month" as the 30 days before the article and judged 28,550
against December (incorrect). After a calendar month named earlier in the sentence, "the previous /
preceding month" and "попереднього місяця" are the month before that one (November 2023: 28,550,
correct). Alone they keep their reading from the article's date (the past month). True sums
come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk  # noqa: E402

OK = {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}


@pytest.mark.parametrize(("text", "as_of", "month", "before"), [
    ("Kyiv's tally of Russian casualties in December was {m}, the highest monthly death toll since the war "
     "began, the second highest being {b} the previous month.", date(2024, 1, 1),
     (date(2023, 12, 1), date(2023, 12, 31)), (date(2023, 11, 1), date(2023, 11, 30))),
    ("In November, Russia lost {m} soldiers, up from {b} the previous month, the General Staff said.",
     date(2024, 12, 5), (date(2024, 11, 1), date(2024, 11, 30)), (date(2024, 10, 1), date(2024, 10, 31))),
    ("У листопаді росія втратила {m_uk} військових, тоді як попереднього місяця — {b_uk}, повідомив Генштаб.",
     date(2024, 12, 5), (date(2024, 11, 1), date(2024, 11, 30)), (date(2024, 10, 1), date(2024, 10, 31))),
])
def test_the_previous_month_is_the_month_before_the_named_one(
    text: str, as_of: date, month: tuple[date, date], before: tuple[date, date],
    petro_series: dict[str, LossSeries],
) -> None:
    personnel = petro_series["personnel"]
    m, b = _losses(personnel, *month), _losses(personnel, *before)
    filled = text.format(m=f"{m:,}", b=f"{b:,}", m_uk=_uk(m), b_uk=_uk(b))
    verdicts = check_text(filled, petro_series, as_of=as_of).verdicts
    assert [(v.claim.value, v.verdict in OK) for v in verdicts] == [(m, True), (b, True)]


def test_the_previous_month_alone_keeps_its_reading(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2024, 12, 5)
    text = "Russia lost 41,980 soldiers in the previous month, the General Staff said."
    verdicts = check_text(text, petro_series, as_of=as_of).verdicts
    assert len(verdicts) == 1
    assert "October" not in (verdicts[0].reading or "")
