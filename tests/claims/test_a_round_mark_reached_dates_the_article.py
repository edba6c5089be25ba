"""A round mark stated as reached with no hedge, "втрати окупантів ... склали 1 мільйон осіб", dates an undated article (real articles).

gagadget (12 Jun 2025, date9's n32 page 18): "Сьогодні Генеральний штаб України опублікував цифри втрат ...
безповоротні та санітарні втрати окупантів з 24 лютого 2022 року склали 1 мільйон осіб!" The article states
no date, and only a bound word ("понад", "over") made a total date it, so it was judged at the caller's
today (incorrect against that day's total). An unhedged total to the hundred thousand or rounder ("1
мільйон", "400,000") is a mark the press writes once the total has passed it, so it now dates an undated
article no earlier than the first report past it, as a bound does. A finer figure ("1 мільйон 213 тисяч",
"60,000") dates nothing this way. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

TODAY = date(2026, 12, 4)


def _first_above(series: LossSeries, value: int) -> date:
    return min(r.report_date for r in series.rows if r.total > value)


def test_the_million_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    text = ("Сьогодні Генеральний штаб України опублікував цифри втрат росії у війні. За інформацією Генштабу, "
            "безповоротні та санітарні втрати окупантів з 24 лютого 2022 року склали 1 мільйон осіб!")
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == _first_above(petro_series["personnel"], 1_000_000)
    assert [v.verdict for v in report.verdicts if v.claim.value == 1_000_000] == [VerdictKind.ROUNDED]


def test_a_finer_figure_dates_nothing_this_way(petro_series: dict[str, LossSeries]) -> None:
    text = "Загалом з 24 лютого 2022 року втрати окупантів склали 1 мільйон 213 тисяч осіб."
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == TODAY
