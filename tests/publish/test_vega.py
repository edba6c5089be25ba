"""The desk's Vega-Lite specs: each correction in a period is given with its reason."""

from __future__ import annotations

from datetime import date

from attrition.analysis.periods import PeriodRow
from attrition.publish.vega import CorrectionMark, correction_reason, series_spec


def _row(start: date, end: date, value: int, corrected: bool) -> PeriodRow:
    fields = PeriodRow.__dataclass_fields__
    base = dict.fromkeys(fields)
    base.update(period=start.strftime("%Y-%m"), start=start, end=end, value=value,
                days_present=(end - start).days + 1, days_expected=(end - start).days + 1,
                complete=True, includes_corrections=corrected)
    return PeriodRow(**base)


STATED = CorrectionMark(date(2023, 5, 27), date(2023, 5, 28), -5, "petroivaniuk",
                        "shifted by a day in the source")
UNSTATED = CorrectionMark(date(2023, 10, 2), date(2023, 10, 3), 5, None)


def test_a_stated_correction_names_source_amount_report_and_note() -> None:
    assert correction_reason(STATED, "en") == (
        "petroivaniuk states a correction of −5 in the report of 28\u00a0May 2023 "
        "(shifted by a day in the source)")
    assert correction_reason(STATED, "uk").startswith("petroivaniuk: виправлення −5 у звіті від "
                                                      "28\u00a0травня 2023")


def test_an_unstated_correction_says_the_printed_increment_disagrees() -> None:
    assert "printed increment differs from the difference of totals by +5" in \
        correction_reason(UNSTATED, "en")


def test_each_period_carries_the_reasons_of_its_corrections() -> None:
    rows = [_row(date(2023, 5, 1), date(2023, 5, 31), 104, True),
            _row(date(2023, 6, 1), date(2023, 6, 30), 90, False),
            _row(date(2023, 10, 1), date(2023, 10, 31), 521, True)]
    spec = series_spec(rows, category="tanks", by="month", convention="loss", lang="en",
                       corrections=[STATED, UNSTATED])
    may, june, october = spec["data"]["values"]
    assert may["correction"] == correction_reason(STATED, "en")
    assert june["correction"] == ""
    assert october["correction"] == correction_reason(UNSTATED, "en")
    assert [c["day"] for c in spec["usermeta"]["corrections"]] == ["2023-05-27", "2023-10-02"]
