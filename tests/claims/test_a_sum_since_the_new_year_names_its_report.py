"""A personnel sum since 1 January stated to the ten names the report it was read from, as a total does.

Kyiv Independent (9 Sep 2025, date8's n31 page 01): "Russian military losses near 300,000 in 2025, Syrskyi
says ... 'The Russian army's losses since the beginning of the year have already reached almost 300 thousand
(299,210) people'". Self-dated, the page took "near 300,000 in 2025" for a closed year and was judged from
the report of 1 Jan 2026 (four figures incorrect against 2025's 418,170). 299,210 is the report of 9 Sep
2025 less that of 1 Jan 2025: a difference of two printed totals with a fixed first one names its report as
a total does. "The beginning of the year" is read from the article's date, so any year's sum may be meant:
the year the text names a year's figure for decides; with none, a sum two years share names nothing.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

TODAY = date(2026, 12, 4)
_REPORT = date(2025, 9, 9)


def _since_new_year(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, date(report.year, 1, 1))


def test_the_pages_sum_since_the_beginning_of_the_year_dates_it(petro_series: dict[str, LossSeries]) -> None:
    value = _since_new_year(petro_series["personnel"], _REPORT)
    text = (f"Russian military losses near {round(value, -5):,} in 2025, Syrskyi says\n\nRussia has lost nearly "
            f"{round(value, -5):,} troops in 2025, Commander-in-Chief Oleksandr Syrskyi reported.\n\"The Russian "
            f"army's losses since the beginning of the year have already reached almost {round(value, -5) // 1000} "
            f"thousand ({value:,}) people,\" Syrskyi wrote on social media.")
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of == _REPORT
    assert VerdictKind.INCORRECT not in {v.verdict for v in report.verdicts}


def test_a_sum_since_a_written_new_year_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    value = _since_new_year(petro_series["personnel"], _REPORT)
    text = f"Since January 1, 2025, Russia has lost {value:,} soldiers, the General Staff said."
    assert check_text(text, petro_series, today=TODAY).as_of == _REPORT


def test_a_sum_two_years_share_names_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: the same sum since 1 January was reached in 2024 too (by 5 Oct 2024): no year named, no report named
    people = petro_series["personnel"]
    value = _since_new_year(people, _REPORT)
    assert _since_new_year(people, date(2024, 10, 5)) == value
    text = f"The Russian army's losses since the beginning of the year have reached {value:,} people."
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"
