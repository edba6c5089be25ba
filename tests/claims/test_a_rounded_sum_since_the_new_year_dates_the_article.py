"""A rounded sum since 1 January dates an article that states nothing else (a class of Ukrainian articles).

"Від початку 2025 року російська армія втратила на фронті вже 346 тисяч військових" (a class seen at the last
stop: "346 тисяч ... у 2025 році"): self-dated, such an article had no report of its own and was read at
today's date, so the figure was judged against the whole sum since 1 January 2025 to today (incorrect).
A sum since 1 January stated to the ten already names its report (test_a_sum_since_the_new_year_names_its_report);
one stated to the thousand names the few reports of its year whose running sum it fairly describes, and the
article is read at the latest of them. With "з початку року" and no year, a sum two years reached names
nothing. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total  # noqa: E402

TODAY = date(2026, 12, 4)


def _since_new_year(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, date(report.year, 1, 1))


def test_a_rounded_sum_since_a_written_new_year_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    people = petro_series["personnel"]
    thousands = round(_since_new_year(people, date(2024, 10, 27)), -3) // 1000
    text = (f"Від початку 2024 року російська армія втратила на фронті вже {thousands} тисяч військових убитими та "
            "пораненими, повідомив Генштаб.")
    report = check_text(text, petro_series, today=TODAY)
    assert report.as_of.year == 2024 and abs(_since_new_year(people, report.as_of) - thousands * 1000) <= 1_000
    assert [v.verdict for v in report.verdicts] in ([VerdictKind.ROUNDED], [VerdictKind.CORRECT])


def test_guard_a_rounded_sum_two_years_reached_names_nothing(petro_series: dict[str, LossSeries]) -> None:
    people = petro_series["personnel"]
    thousands = round(_since_new_year(people, date(2024, 8, 1)), -3) // 1000
    assert thousands * 1000 < _since_new_year(people, date(2025, 12, 31))  # 2025 reached it too
    text = f"З початку року росіяни втратили вже понад {thousands} тисяч військових, повідомив Генштаб."
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"
