"""A total in brackets after a day's figure, "four tanks (for a total of 4,190)", is that line's running total.

Newsweek (28 Jul 2023, date7's n30 page 13) listed the day's losses "four tanks (for a total of 4,190), 14
armored combat vehicles (for a total of 8,161), 30 artillery systems (for a total of 4,775), ... 11 UAVs
(for a total of 4,007)". The bracketed totals have no noun of their own, so each was judged as the
personnel total (four incorrect, 4,190 against 244,830). "(for a total of" now brings up the line of the
figure it follows, as ", bringing its tally of ... to" does (eabd40b); only when nothing but that figure's
noun stands between them: "one anti-aircraft platform (for a total of 458)", after "30 artillery systems
(...)," with a number word the reader takes for no figure, is not artillery's. True values come from the
series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2023, 7, 28)


def _line(series: LossSeries) -> tuple[int, int]:
    value = total(series, _DAY)
    return value - total(series, _DAY - timedelta(days=1)), value


def test_each_bracketed_total_is_its_lines(petro_series: dict[str, LossSeries]) -> None:
    lines = ("tanks", "armoured_vehicles", "artillery")
    (t_day, t_total), (a_day, a_total), (r_day, r_total) = (_line(petro_series[k]) for k in lines)
    text = (f"Russian losses reported by Kyiv from the past 24 hours of combat were {t_day} tanks (for a total of "
            f"{t_total:,}), {a_day} armored combat vehicles (for a total of {a_total:,}), {r_day} artillery systems "
            f"(for a total of {r_total:,}).")
    report = check_text(text, petro_series, as_of=_DAY)
    found = {(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts
             if v.claim.value in {t_total, a_total, r_total}}
    assert found == {(k, ClaimKind.TOTAL, VerdictKind.CORRECT) for k in lines}


def test_a_bracketed_total_after_another_clause_is_not_the_figure_befores(
    petro_series: dict[str, LossSeries],
) -> None:
    r_day, r_total = _line(petro_series["artillery"])
    text = (f"Kyiv reported {r_day} artillery systems (for a total of {r_total:,}), one anti-aircraft platform "
            "(for a total of 458).")
    report = check_text(text, petro_series, as_of=_DAY)
    assert [v.claim.category for v in report.verdicts if v.claim.value == 458] != ["artillery"]
