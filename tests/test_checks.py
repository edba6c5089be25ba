"""The pure checks: each pins one kind of finding and the details it carries."""

from __future__ import annotations

from datetime import date, timedelta

from attrition import checks
from attrition.model.records import Observation
from attrition.model.series import build_series

D = date.fromisoformat


def test_total_decrease_is_flagged_with_previous_and_new_totals() -> None:
    points = [(D("2024-11-29"), 3700), (D("2024-11-30"), 3617), (D("2024-12-01"), 3620)]
    found = checks.total_decreases("special_equipment", points, source="petroivaniuk")
    assert len(found) == 1
    (finding,) = found
    assert finding.kind == "total_decreased"
    assert finding.report_date == D("2024-11-30")
    assert finding.source == "petroivaniuk"
    assert finding.details["prev"] == 3700
    assert finding.details["new"] == 3617
    assert finding.details["decrease"] == 83
    assert finding.details["prev_report_date"] == "2024-11-29"


def test_total_decrease_in_the_consensus_has_no_source_and_ignores_input_order() -> None:
    points = [(D("2024-01-03"), 10), (D("2024-01-01"), 12), (D("2024-01-02"), 11)]
    found = checks.total_decreases("tanks", points)
    assert [f.report_date for f in found] == [D("2024-01-02"), D("2024-01-03")]
    assert all(f.source is None for f in found)
    assert "consensus" in found[0].message


def test_equal_or_rising_totals_are_not_flagged() -> None:
    points = [(D("2024-01-01"), 5), (D("2024-01-02"), 5), (D("2024-01-03"), 9)]
    assert checks.total_decreases("tanks", points) == []


def test_printed_increment_kept_when_it_disagrees_with_totals() -> None:
    series = build_series(
        "personnel",
        [
            (D("2025-02-27"), 858_240, None, True, ("a",)),
            (D("2025-02-28"), 860_950, 1_060, True, ("a",)),
        ],
    )
    (finding,) = checks.increment_mismatches("personnel", series.rows)
    assert finding.kind == "increment_mismatch"
    assert finding.report_date == D("2025-02-28")
    assert finding.details["increment_printed"] == 1_060
    assert finding.details["increment_diff"] == 2_710
    assert finding.details["difference"] == 1_650


def test_increment_mismatch_ignores_multi_day_spans_and_unknown_printed() -> None:
    series = build_series(
        "tanks",
        [
            (D("2024-01-01"), 100, None, False, ()),
            (D("2024-01-03"), 110, 4, False, ()),  # two-day span: diff 10 covers two days
            (D("2024-01-04"), 115, None, False, ()),  # nothing printed
            (D("2024-01-05"), 118, 3, False, ()),  # agrees
        ],
    )
    assert checks.increment_mismatches("tanks", series.rows) == []


def test_one_missing_days_finding_per_gap_with_its_span() -> None:
    days = [D("2023-07-20"), D("2023-07-21"), D("2023-12-20"), D("2023-12-21"),
            D("2023-12-23")]
    found = checks.missing_days(days)
    assert len(found) == 2
    first, second = found
    assert first.kind == "missing_days"
    assert first.category is None
    assert first.report_date == D("2023-07-22")
    assert first.details["first_missing_report_date"] == "2023-07-22"
    assert first.details["last_missing_report_date"] == "2023-12-19"
    assert first.details["missing_count"] == 151
    assert first.details["span_days"] == 152
    assert first.details["next_report_date"] == "2023-12-20"
    assert second.details["first_missing_report_date"] == "2023-12-22"
    assert second.details["last_missing_report_date"] == "2023-12-22"
    assert second.details["span_days"] == 2


def test_consecutive_report_days_have_no_gap() -> None:
    start = D("2024-01-01")
    days = [start + timedelta(days=i) for i in range(30)]
    assert checks.missing_days(days + days[:3]) == []


def test_personnel_not_a_multiple_of_ten_is_flagged() -> None:
    obs = [
        Observation("personnel", D("2023-10-23"), 294_799, 870, True, line_no=4),
        Observation("personnel", D("2023-10-24"), 295_510, 810, True),
        Observation("tanks", D("2023-10-23"), 5_037),  # equipment is not rounded
    ]
    (finding,) = checks.personnel_not_round(obs, source="gs_text")
    assert finding.kind == "not_multiple_of_10"
    assert finding.report_date == D("2023-10-23")
    assert finding.details == {"total": 294_799, "line_no": 4}


def test_category_outside_its_validity_window_is_flagged() -> None:
    obs = [
        Observation("submarines", D("2023-09-13"), 0),  # before 2023-09-14
        Observation("submarines", D("2023-09-14"), 1),
        Observation("military_auto", D("2022-05-02"), 1_500),  # merged after 2022-04-30
    ]
    found = checks.out_of_window(obs, source="minfin")
    assert [(f.kind, f.category, f.report_date) for f in found] == [
        ("outside_category_period", "submarines", D("2023-09-13")),
        ("outside_category_period", "military_auto", D("2022-05-02")),
    ]
    assert found[1].details["valid_to"] == "2022-04-30"


def test_unknown_category_key_is_a_finding_not_a_crash() -> None:
    (finding,) = checks.out_of_window([Observation("zeppelins", D("2024-01-01"), 1)], source="x")
    assert finding.kind == "unknown_category"
    assert finding.category == "zeppelins"


def test_source_that_drops_report_days_it_had_is_flagged() -> None:
    stored = {D("2024-01-01") + timedelta(days=i) for i in range(10)}
    incoming = stored - {D("2024-01-04"), D("2024-01-05")}
    (finding,) = checks.source_shrank("petroivaniuk", "tanks", stored, incoming)
    assert finding.kind == "source_shrank"
    assert finding.details["stored_days"] == 10
    assert finding.details["incoming_days"] == 8
    assert finding.details["dropped_days"] == 2
    assert finding.details["first_dropped_report_date"] == "2024-01-04"


def test_a_shorter_document_covering_its_own_span_is_not_a_shrink() -> None:
    stored = {D("2024-01-01") + timedelta(days=i) for i in range(100)}
    one_report = {D("2024-02-01")}
    first_year = {d for d in stored if d < D("2024-02-01")}
    assert checks.source_shrank("gs_text", "tanks", stored, one_report) == []
    assert checks.source_shrank("minfin", "tanks", stored, first_year) == []
    assert checks.source_shrank("minfin", "tanks", set(), first_year) == []


def test_finding_key_names_kind_category_day_and_source_so_reruns_dedup() -> None:
    points = [(D("2024-01-01"), 12), (D("2024-01-02"), 11)]
    (finding,) = checks.total_decreases("tanks", points, source="s")
    assert finding.key == "total_decreased|tanks|2024-01-02|s"
    (gap,) = checks.missing_days([D("2024-01-01"), D("2024-01-03")])
    assert gap.key == "missing_days|-|2024-01-02|-"
