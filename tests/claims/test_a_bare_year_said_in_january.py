""""Протягом року", "за рік" with no year named, said in January, is the calendar year just ended.

Syrskyi's review of 2025, published 13 January 2026 (uk9/13 by Radio Svoboda, time10/18 by UNN,
time10/19 by comments.ua): "скоротивши протягом року ворожу армію більш ніж на 418 тисяч осіб убитими й
пораненими", "За рік ворожа армія скоротилася на 418 тисяч осіб". The words named no time the checker
read, so 418 thousand was judged as the total of 13 January 2026 (1.22 million): incorrect. A bare
"протягом року" / "за рік" (no year, not "року війни", not "за рік до") in a January article is now the
year just ended, with the twelve months up to the as-of date as the other reading
(relative._h_bare_year); said in any other month it still names no period. True values come from the
series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


def test_a_bare_year_in_january_is_the_year_just_ended(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 31))
    for text in (f"Сирський: скоротивши протягом року ворожу армію на {uk(year)} осіб убитими й пораненими.",
                 f"За рік ворожа армія скоротилася на {uk(year)} осіб убитими й пораненими, написав Сирський."):
        assert _judged(text, petro_series, date(2026, 1, 13))[year] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_bare_year_in_another_month_names_no_year(petro_series: dict[str, LossSeries]) -> None:
    # guard: in June "за рік" is no calendar year; the total beside it keeps the as-of report
    as_of = date(2025, 6, 13)
    now = total(petro_series["personnel"], as_of)
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    judged = _judged(f"За рік ворожа армія скоротилася на {uk(year)} осіб, а загалом втратила {uk(now)} осіб.",
                     petro_series, as_of)
    assert judged[year][0] is not ClaimKind.PERIOD or judged[year][1] is not VerdictKind.CORRECT
    assert judged[now] == (ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_a_year_of_war_is_not_the_year_just_ended(petro_series: dict[str, LossSeries]) -> None:
    # guard: "за рік війни" in January is not the calendar year before
    war_year = total(petro_series["personnel"], date(2023, 2, 24))  # the first year of war, from nothing
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    judged = _judged(f"За рік повномасштабної війни росія втратила {uk(war_year)} осіб.", petro_series,
                     date(2025, 1, 10))
    assert war_year in judged and year not in judged
    assert judged[war_year][1] is not VerdictKind.INCORRECT or judged[war_year][0] is not ClaimKind.PERIOD
