"""Territory and independent-count sentences are judged against their own source, never the official one."""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries, SeriesRow

SEED = ("Its advances on Ukraine in November amounted to the size of Singapore and was its "
        "largest territorial gain since the first weeks of the conflict.")


def _territory(points: dict[str, float]) -> LossSeries:
    rows = tuple(SeriesRow(date.fromisoformat(d), round(a * 10)) for d, a in sorted(points.items()))
    return LossSeries("territory", rows)


FULL = _territory({
    "2022-02-28": 40_000.0, "2022-03-31": 60_000.0, "2022-04-30": 59_000.0,
    "2024-09-30": 110_000.0, "2024-10-31": 110_502.8, "2024-11-30": 111_228.7,
})


def test_seed_sentence_is_rounded_and_correct_when_the_series_reaches_back() -> None:
    report = check_text(SEED, {"territory": FULL}, as_of=date(2024, 12, 4))
    assert report.verdicts == ()  # nothing is compared with the official series
    size, largest = report.independent
    assert (size.claim.category, size.verdict.value) == ("territory", "rounded")
    assert "+725.9 km²" in size.explanation and "Singapore" in size.explanation
    assert largest.claim.kind.value == "record"
    # March 2022 (+20,000) is larger but lies before "since the first weeks" only if the
    # claim's window starts later; from 2022-02-24 it does not: the claim is wrong here
    assert largest.verdict.value == "incorrect"


def test_largest_since_is_correct_when_no_month_in_the_window_gained_more() -> None:
    series = _territory({"2022-09-30": 0.0, "2022-10-31": -2388.9, "2024-09-30": 10_000.0,
                         "2024-10-31": 10_502.8, "2024-11-30": 11_228.7})
    text = ("Russia's advances in November amounted to the size of Singapore, its largest "
            "territorial gain since October 2022.")
    report = check_text(text, {"territory": series}, as_of=date(2024, 12, 4))
    verdicts = {v.claim.kind.value: v.verdict.value for v in report.independent}
    assert verdicts == {"period": "rounded", "record": "correct"}


def test_largest_since_before_the_stored_series_is_unverifiable() -> None:
    series = _territory({"2024-09-30": 10_000.0, "2024-10-31": 10_502.8,
                         "2024-11-30": 11_228.7})
    report = check_text(SEED, {"territory": series}, as_of=date(2024, 12, 4))
    largest = next(v for v in report.independent if v.claim.kind.value == "record")
    assert largest.verdict.value == "unverifiable"
    assert "begins with" in largest.explanation


def test_no_territory_data_is_unverifiable_never_the_official_series() -> None:
    report = check_text(SEED, {}, as_of=date(2024, 12, 4), today=date(2024, 12, 4))
    assert {v.verdict.value for v in report.independent} == {"unverifiable"}
    assert report.verdicts == ()


def test_captured_km2_in_a_month() -> None:
    report = check_text("Russia captured 726 km² in November.", {"territory": FULL},
                        as_of=date(2024, 12, 4))
    (v,) = report.independent
    assert (v.claim.value, v.verdict.value, v.expected) == (726, "correct", 726)


def test_named_deaths_and_oryx_counts_are_judged_against_their_own_source() -> None:
    text = ("Mediazona and the BBC have confirmed the names of 95,000 soldiers. "
            "Oryx has documented 3,000 tanks.")
    named = LossSeries("named_deaths", (SeriesRow(date(2025, 2, 22), 95_000),))
    oryx = LossSeries("oryx:tanks", (SeriesRow(date(2025, 2, 20), 3_772),))
    report = check_text(text, {"named_deaths": named, "oryx:tanks": oryx},
                        as_of=date(2025, 2, 23))
    verdicts = {v.claim.category: v for v in report.independent}
    assert verdicts["named_deaths"].verdict.value == "correct"
    assert "as of 2025-02-22" in verdicts["named_deaths"].explanation
    assert verdicts["oryx:tanks"].verdict.value == "incorrect"
    assert verdicts["oryx:tanks"].expected == 3_772
    assert report.to_dict()["independent_claims"][0]["category"] == "named_deaths"
