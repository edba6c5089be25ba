"""The General Staff's own "about" of 2022 ("близько 17 700", printed to the hundred) at a yearless day dates the article.

Hromadske (1 Apr 2022): "За даними Генштабу ЗСУ, російсько-окупаційні сили з початку повномасштабного
вторгнення в Україну станом на ранок 1 квітня втратили вже близько 17 700 людей з особового складу."
In 2022 the General Staff printed its personnel totals to the hundred with "близько" / "about",
so the figure is the report's, not a rounding; but a total stated at a day without its year named
its report only when stated exactly (or with "about" before a figure printed to the ten), so the
article was judged at today (1 April 2026: incorrect). "About" before a figure is now taken as
the report's when that very figure was printed on the day named (dating._dated_days): a rounded
figure that no report of that day printed still dates nothing.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(("template", "report"), [
    ("За даними Генштабу ЗСУ, російсько-окупаційні сили з початку повномасштабного вторгнення в Україну "
     "станом на ранок 1 квітня втратили вже близько {uk} людей з особового складу.", date(2022, 4, 1)),
    ("As of March 20, Russia had lost about {en} troops since the invasion began, Ukraine's General Staff said.",
     date(2022, 3, 20)),
])
def test_the_general_staffs_about_at_a_day_dates_the_article(
    template: str, report: date, petro_series: dict[str, LossSeries],
) -> None:
    value = total(petro_series["personnel"], report)
    assert value % 100 == 0  # printed to the hundred, with "about"
    checked = check_text(template.format(uk=uk(value), en=f"{value:,}"), petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.CORRECT]


def test_a_rounded_figure_no_report_of_that_day_printed_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], date(2022, 4, 1)) + 300
    text = ("За даними Генштабу ЗСУ, станом на ранок 1 квітня російські окупанти втратили вже близько "
            f"{uk(value)} людей з особового складу.")
    assert check_text(text, petro_series, today=TODAY).as_of_source != "figures"
