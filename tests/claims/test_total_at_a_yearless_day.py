"""An undated article whose total is stated at a day written without its year dates itself by it.

"Станом на 1 листопада … Росія втратила 1 142 730 своїх військових": the total was printed
by the report of that day (or of the day after, read as the end of the day) in one year only,
so it names the report, as a day's figure with a yearless date already did ("2,200 on
December 20"). Before, such a total dated nothing (its date is its own), and an article with
no other cue was judged at today: every figure beyond the record was unverifiable.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

TODAY = date(2026, 12, 4)


def _day(series: LossSeries, report: date) -> int:
    return total(series, report) - total(series, report - timedelta(days=1))


CORRECT, OTHER = VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION


@pytest.mark.parametrize(("template", "report", "verdicts"), [
    ("Станом на 1 листопада від початку вторгнення Росія втратила {total} своїх військових, "
     "зокрема {day} – за останню добу.", date(2025, 11, 1), [CORRECT, CORRECT]),
    # the General Staff's own "about" before a total printed to the unit
    ("Згідно з даними Генштабу, станом на 13 лютого російські війська втратили близько {total} солдатів, "
     "з них {day} ліквідували впродовж доби.", date(2026, 2, 13), [CORRECT, CORRECT]),
    # the end of the day named: the report of the day after (the total read at the day's own
    # report is right by the other convention)
    ("За даними на кінець 30 вересня, загалом окупанти втратили {total} військових, "
     "з них {day} за добу.", date(2024, 10, 1), [OTHER, CORRECT]),
    ("As of March 2, Russia had lost {total} troops since the invasion, including {day} in the past day.",
     date(2025, 3, 2), [CORRECT, CORRECT]),
])
def test_an_undated_article_is_dated_by_its_total_at_a_yearless_day(
    template: str, report: date, verdicts: list[VerdictKind], petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    text = template.format(total=uk(total(people, report)), day=_day(people, report))
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert [v.verdict for v in checked.verdicts] == verdicts


@pytest.mark.parametrize(("template", "report"), [
    # the total of another day than the one named: it names no report
    ("Станом на 20 жовтня від початку вторгнення Росія втратила {total} своїх військових.", date(2025, 11, 1)),
    # a rounded total fits many reports
    ("Станом на 1 листопада Росія втратила понад {rounded} тисяч своїх військових.", date(2025, 11, 1)),
])
def test_a_total_that_names_no_single_report_at_its_day_dates_nothing(
    template: str, report: date, petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    text = template.format(total=uk(total(people, report)), rounded=total(people, report) // 1000)
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of_source != "figures"
    assert checked.as_of != report
