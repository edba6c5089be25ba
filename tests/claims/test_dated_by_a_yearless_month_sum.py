"""An undated article that states a month's personnel sum without its year is dated by the month that sum names.

tag24 (1 Dec 2024): "A total of 45,720 soldiers were killed or wounded in November"; inkorr
(10 Nov 2024): "Минулого місяця Росія втратила близько 41 980 осіб"; irtafax (Sep 2025):
"у серпні ... 28 790". The month's sum by loss date, printed to the ten, is a fact the text
states, and only one month of the war had it, as only one report printed a running total:
the article speaks from the report closing that month on. Before, with no year written, the
month was read in today's year and dated nothing: the pages were judged at today, their sums
unverifiable. Round figures, bounds and equipment sums (a few dozen tanks: many months share
one) name no month.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("template", "first", "last"), [
    ("A total of {en} soldiers were killed or wounded in November, the Ukrainian Defense Ministry said.",
     date(2024, 11, 1), date(2024, 11, 30)),
    ("Минулого місяця Росія втратила близько {uk} осіб, повідомили у Генштабі.",
     date(2024, 10, 1), date(2024, 10, 31)),
    ("У серпні російська армія втратила {uk} військових убитими та пораненими, повідомив Генштаб.",
     date(2025, 8, 1), date(2025, 8, 31)),
])
def test_a_yearless_month_sum_dates_the_article(
    template: str, first: date, last: date, petro_series: dict[str, LossSeries],
) -> None:
    month = losses(petro_series["personnel"], first, last)
    checked = check_text(template.format(en=f"{month:,}", uk=uk(month)), petro_series, today=TODAY)
    closing = date(last.year + last.month // 12, last.month % 12 + 1, 1)
    assert (checked.as_of, checked.as_of_source) == (closing, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT]


@pytest.mark.parametrize(("template", "category"), [
    # a round figure names no month of the war ("last month" may be any: neighbouring months are as near); a month
    # named by name is one month a year, which a round figure may name (test_a_rounded_sum_of_a_named_month_...)
    ("Минулого місяця росія втратила понад {k} тисяч військових.", "personnel"),
    # an equipment sum: many months share a few dozen tanks
    ("Минулого місяця росія втратила {n} танків.", "tanks"),
])
def test_a_round_or_equipment_month_sum_dates_nothing(
    template: str, category: str, petro_series: dict[str, LossSeries],
) -> None:
    month = losses(petro_series[category], date(2024, 10, 1), date(2024, 10, 31))
    checked = check_text(template.format(k=month // 1000, n=month), petro_series, today=TODAY)
    assert checked.as_of_source == "today"
