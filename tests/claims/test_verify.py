"""Verdicts against the real record (PetroIvaniuk): records, streaks, milestones, corrections, bounds."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, Verdict, VerdictKind, check_text
from attrition.model.dates import DateConvention
from attrition.model.series import LossSeries

pytestmark = pytest.mark.integration


def _one(series: dict[str, LossSeries], text: str, as_of: date) -> Verdict:
    report = check_text(text, series, as_of=as_of)
    assert len(report.verdicts) == 1, report.to_dict()
    return report.verdicts[0]


def test_streak_counts_days_above_the_threshold(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Russian losses topped 1,500 for the tenth day in a row.", date(2024, 12, 26))
    assert v.claim.kind is ClaimKind.STREAK and v.verdict is VerdictKind.CORRECT
    assert v.expected == 10


def test_wrong_streak_gives_the_actual_run(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Russian losses topped 1,500 for the tenth day in a row.", date(2024, 12, 21))
    assert v.verdict is VerdictKind.INCORRECT
    assert v.expected == 5 and "5 days" in v.explanation


def test_record_day_is_checked_against_every_earlier_day(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "That was the deadliest day so far: 2,200 soldiers were lost on December 19.",
             date(2024, 12, 21))
    assert v.claim.kind is ClaimKind.RECORD and v.verdict is VerdictKind.CORRECT
    wrong = _one(petro_series, "The record daily loss so far is 2,030 soldiers.", date(2025, 1, 16))
    assert wrong.verdict is VerdictKind.INCORRECT and "2,200" in wrong.explanation


def test_second_deadliest_day_uses_the_rank(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "It was the second-deadliest day of the war, with 2,030 Russian casualties.",
             date(2024, 12, 31))
    assert v.claim.record_rank == 2 and v.verdict is VerdictKind.CORRECT


def test_milestone_on_the_wrong_day_names_the_day_it_was_passed(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Russia passed 800,000 losses on January 9.", date(2025, 1, 16))
    assert v.verdict is VerdictKind.INCORRECT
    assert v.holds_on is not None and "7 Jan 2025" in v.holds_on


def test_nearly_is_rounded_when_just_below(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Russia is close to 800,000 losses.", date(2025, 1, 6))
    assert v.verdict is VerdictKind.ROUNDED and v.expected == 798_040


def test_correction_day_uses_the_printed_figure_not_the_jump(petro_series: dict[str, LossSeries]) -> None:
    # report of 2025-02-28: +1,060 printed; the total jumped 2,710 with a stated correction of +1,650
    good = _one(petro_series, "Russia lost 1,060 soldiers on February 27.", date(2025, 3, 1))
    assert good.verdict is VerdictKind.CORRECT
    jump = _one(petro_series, "Russia lost 2,710 soldiers on February 27.", date(2025, 3, 1))
    assert jump.verdict is VerdictKind.INCORRECT
    assert "correction" in jump.explanation


def test_date_before_the_invasion_is_unverifiable(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Russia lost 2,000 troops on February 20, 2022, the General Staff said.",
             date(2025, 1, 16))
    assert v.verdict is VerdictKind.UNVERIFIABLE and "before" in v.explanation


def test_other_convention_names_the_convention(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "The Russian army lost 2,030 soldiers on November 29.", date(2024, 11, 30))
    assert v.verdict is VerdictKind.CORRECT_OTHER_CONVENTION
    assert v.convention is DateConvention.REPORT and "report dates" in v.explanation


def test_since_mid_month_reads_from_the_fifteenth(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Since mid-October, Russia has lost 142,750 troops.", date(2025, 1, 16))
    assert v.verdict is VerdictKind.CORRECT and v.expected == 142_750


def test_year_2022_starts_at_the_invasion(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Russia lost 106,720 troops in 2022.", date(2025, 1, 16))
    assert v.verdict is VerdictKind.CORRECT


def test_past_week_accepts_the_week_ending_with_the_report_before(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Over the past week Russia lost 11,000 soldiers.", date(2025, 1, 16))
    assert v.verdict is VerdictKind.CORRECT and "8 Jan 2025" in (v.reading or "")


def test_real_ukrainian_report_text_checks_out(petro_series: dict[str, LossSeries]) -> None:
    text = ("Загальні бойові втрати противника з 24.02.22 по 15.01.25 орієнтовно становлять: "
            "особового складу — близько 812 670 (+1 580) осіб, танків — 9780 (+13) од., "
            "бойових броньованих машин — 20348 (+22) од.")
    report = check_text(text, petro_series)
    assert report.as_of_source == "record" or report.as_of >= date(2025, 1, 15)
    assert [v.verdict for v in report.verdicts] == [VerdictKind.CORRECT] * 6


def test_dateline_without_year_takes_the_year_the_figures_fit(petro_series: dict[str, LossSeries]) -> None:
    text = ("KYIV, Jan 16 (Reuters) - Russia has lost 814,150 troops since the invasion, "
            "after losing 48,670 in December. In 2024 as a whole it lost 430,790.")
    report = check_text(text, petro_series, today=date(2026, 8, 8))
    assert (report.as_of, report.as_of_source) == (date(2025, 1, 16), "dateline")
    assert [v.verdict for v in report.verdicts] == [VerdictKind.CORRECT] * 3


def test_over_the_exact_official_total_is_correct(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "The country has suffered over 1,073,530 troop losses since February 24, 2022.",
             date(2025, 8, 21))
    assert v.verdict is VerdictKind.CORRECT and v.expected == 1_073_530


def test_record_month_this_year_ignores_earlier_years(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "June was the deadliest month for Russian forces this year, with 39,290 casualties.",
             date(2026, 7, 1))
    assert v.claim.kind is ClaimKind.RECORD and v.verdict is VerdictKind.CORRECT


def test_daily_toll_throughout_a_month_checks_every_day(petro_series: dict[str, LossSeries]) -> None:
    ok = _one(petro_series, "Russian forces suffered a daily toll of over 1,000 casualties throughout November.",
              date(2024, 12, 2))
    assert ok.claim.kind is ClaimKind.STREAK and ok.verdict is VerdictKind.CORRECT
    wrong = _one(petro_series, "Russian forces suffered a daily toll of over 1,500 casualties throughout November.",
                 date(2024, 12, 2))
    assert wrong.verdict is VerdictKind.INCORRECT


def test_between_two_dates_names_the_report_of_the_second(petro_series: dict[str, LossSeries]) -> None:
    v = _one(petro_series, "Moscow's forces suffered 2,030 personnel losses between November 28 and 29.",
             date(2024, 11, 29))
    assert v.verdict is VerdictKind.CORRECT and v.convention is DateConvention.LOSS
