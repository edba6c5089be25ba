"""Rankings: corrections left out with a reason, spans never days, coarse days on request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from attrition.analysis.extremes import day_rank, extremes, top_days, yearly_highs
from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

MakeSeries = Callable[..., LossSeries]
LOSS, REPORT = DateConvention.LOSS, DateConvention.REPORT


@pytest.mark.integration
def test_highest_days_of_november_2024(petro: Callable[[str], LossSeries]) -> None:
    result = extremes(petro("personnel"), LOSS, top=2, start=date(2024, 11, 1),
                      end=date(2024, 11, 30))
    assert [(t.rank, t.period, t.value) for t in result.top] == [
        (1, "2024-11-28", 2_030), (2, "2024-11-11", 1_950)
    ]
    assert result.candidates == 30


@pytest.mark.integration
def test_correction_day_is_left_out_with_its_reason(petro: Callable[[str], LossSeries]) -> None:
    result = extremes(petro("personnel"), REPORT, top=3)
    assert "2025-02-28" not in [t.period for t in result.top]
    (excluded,) = [e for e in result.excluded if e.period == "2025-02-28"]
    assert excluded.value == 2_710
    assert "+2,710" in excluded.reason and "+1,060" in excluded.reason
    assert any("correction" in n for n in result.notes)


@pytest.mark.integration
def test_include_corrections_ranks_the_correction_jump(petro: Callable[[str], LossSeries]) -> None:
    result = extremes(petro("personnel"), REPORT, top=2, include_corrections=True)
    assert [(t.period, t.value, t.includes_corrections) for t in result.top] == [
        ("2022-03-03", 3_160, False), ("2025-02-28", 2_710, True)
    ]
    assert not [e for e in result.excluded if "correction" in e.reason]


@pytest.mark.integration
def test_exclude_coarse_leaves_out_early_war_days_and_says_so(
    petro: Callable[[str], LossSeries],
) -> None:
    result = extremes(petro("personnel"), LOSS, top=1, exclude_coarse=True)
    assert [(t.period, t.value) for t in result.top] == [("2024-12-19", 2_200)]
    assert any("early-war" in n for n in result.notes)
    assert [e.period for e in result.excluded if "early-war" in e.reason] == ["2022-03-02"]
    kept = extremes(petro("personnel"), LOSS, top=1)
    assert kept.top[0].is_coarse and kept.top[0].value == 3_160


@pytest.mark.integration
def test_rank_of_a_day_and_since_when_it_is_the_highest(
    petro: Callable[[str], LossSeries],
) -> None:
    r = day_rank(petro("personnel"), date(2024, 11, 28), LOSS, exclude_coarse=True)
    assert (r.value, r.rank, r.highest_since) == (2_030, 2, None)  # 2,200 came later
    r = day_rank(petro("personnel"), date(2024, 11, 28), LOSS)
    assert (r.value, r.rank, r.highest_since) == (2_030, 3, date(2022, 3, 2))
    excluded = day_rank(petro("personnel"), date(2025, 2, 27), LOSS)
    assert excluded.rank is None and "correction" in (excluded.excluded_reason or "")


@pytest.mark.integration
def test_yearly_highs(petro: Callable[[str], LossSeries]) -> None:
    highs = {h.start.year: (h.period, h.value) for h in yearly_highs(petro("personnel"), LOSS)}
    assert highs[2024] == ("2024-12-19", 2_200)
    assert highs[2023] == ("2023-10-19", 1_380)


@pytest.mark.integration
def test_months_rank_only_when_complete(petro: Callable[[str], LossSeries]) -> None:
    result = extremes(petro("personnel"), LOSS, by="month", top=3)
    assert [(t.period, t.value) for t in result.top] == [
        ("2024-12", 48_670), ("2025-01", 48_240), ("2024-11", 45_720)
    ]
    reasons = {e.period: e.reason for e in result.excluded}
    assert reasons["2026-08"].startswith("incomplete: 7 of 31")
    assert "2025-02" not in reasons  # months are totals: a correction is flagged, not dropped
    feb = extremes(petro("personnel"), LOSS, by="month", top=60)
    (row,) = [t for t in feb.top if t.period == "2025-02"]
    assert row.includes_corrections and row.value == 36_570
    assert any("contain a stated correction" in n for n in feb.notes)


def test_a_span_after_missing_reports_is_never_a_day(make_series: MakeSeries) -> None:
    s = make_series([10, 20, 300, 15], missing=(date(2024, 1, 3),))
    result = extremes(s, REPORT, top=5)
    assert [(t.period, t.value) for t in result.top] == [("2024-01-05", 15), ("2024-01-02", 10)]
    (span,) = result.excluded
    assert span.period == "2024-01-04" and span.value == 320 and "span of 2 days" in span.reason


def test_ties_share_a_rank(make_series: MakeSeries) -> None:
    s = make_series([5, 9, 9, 7])
    ranks = [(t.rank, t.value) for t in extremes(s, REPORT, top=4).top]
    assert ranks == [(1, 9), (1, 9), (3, 7), (4, 5)]


def test_top_must_be_positive_and_unknown_day_is_an_error(make_series: MakeSeries) -> None:
    s = make_series([5, 9])
    with pytest.raises(UsageError):
        extremes(s, REPORT, top=0)
    with pytest.raises(UsageError):
        day_rank(s, date(2030, 1, 1), REPORT)


@pytest.mark.integration
@pytest.mark.parametrize("category", ["personnel", "tanks", "aircraft"])
def test_top_days_are_the_extremes_of_the_record_cut_at_any_date(
    petro: Callable[[str], LossSeries], category: str,
) -> None:
    # top_days ranks the whole record once and walks that order for each cut and window: it
    # must give what extremes() gives on the cut record, ties (aircraft: many equal days),
    # corrections, spans and coarse days included
    series = petro(category)
    reports = [r.report_date for r in series.rows]
    cuts = [None, *reports[:: len(reports) // 23], reports[-1]]
    windows: list[tuple[date | None, date | None]] = [
        (None, None), (None, date(2022, 3, 10)), (date(2024, 11, 1), date(2024, 11, 30)),
        (date(2023, 1, 1), None), (None, date(2025, 2, 28)), (date(2025, 3, 1), date(2025, 2, 1)),
    ]
    asked = 0
    for convention in (LOSS, REPORT):
        for coarse in (False, True):
            for through in cuts:
                cut = series if through is None else series.upto(through)
                for start, end in windows:
                    for top in (1, 2, 5):
                        want = [(t.start, t.value) for t in extremes(
                            cut, convention, top=top, start=start, end=end, exclude_coarse=coarse).top]
                        assert top_days(series, convention, top, start=start, end=end, through=through,
                                        exclude_coarse=coarse) == want, (convention, coarse, through, start, end, top)
                        asked += 1
    assert asked == 2 * 2 * len(cuts) * len(windows) * 3


def test_top_days_keep_tied_days_and_refuse_a_top_below_one(make_series: MakeSeries) -> None:
    s = make_series([5, 9, 9, 7])  # reports of 2 to 5 January add 5, 9, 9, 7
    assert top_days(s, REPORT, 1) == [(date(2024, 1, 3), 9), (date(2024, 1, 4), 9)]
    assert top_days(s, REPORT, 3) == [(date(2024, 1, 3), 9), (date(2024, 1, 4), 9), (date(2024, 1, 5), 7)]
    assert top_days(s, REPORT, 1, through=date(2024, 1, 3)) == [(date(2024, 1, 3), 9)]
    assert top_days(s, REPORT, 2, start=date(2024, 1, 4)) == [(date(2024, 1, 4), 9), (date(2024, 1, 5), 7)]
    with pytest.raises(UsageError):
        top_days(s, REPORT, 0)
