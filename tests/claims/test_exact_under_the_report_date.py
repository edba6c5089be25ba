"""A figure spelled to the series' own unit that is exactly the report-date sum was counted by report
date: "за тиждень з 27 листопада по 3 грудня Сили оборони знищили близько 7210 окупантів" (zn.ua,
4 Dec 2023, the Defence Ministry's weekly summary) is the sum of the reports of 27 November to
3 December (7,210); the loss-date sum is 7,230, which "близько" (the General Staff's own hedge on
personnel) let the verdict call rounded. Its 62 tanks, 117 vehicles, ... were already
correct_other_convention. A round figure ("близько 7 200") is still the writer's rounding.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AS_OF = date(2023, 12, 4)


def test_about_the_report_date_sum_exactly_is_the_other_convention(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    by_report = total(series, date(2023, 12, 3)) - total(series, date(2023, 11, 26))
    by_loss = losses(series, date(2023, 11, 27), date(2023, 12, 3))
    assert by_report != by_loss and abs(by_report - by_loss) <= 0.01 * by_loss  # "about" covers both
    text = f"За тиждень з 27 листопада по 3 грудня Сили оборони знищили близько {uk(by_report)} окупантів."
    report = check_text(text, petro_series, as_of=AS_OF)
    found = [v.verdict for v in report.verdicts if v.claim.value == by_report]
    assert found == [VerdictKind.CORRECT_OTHER_CONVENTION]


def test_a_round_figure_stays_rounded(petro_series: dict[str, LossSeries]) -> None:
    text = "За тиждень з 27 листопада по 3 грудня Сили оборони знищили близько 7 200 окупантів."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.verdict for v in report.verdicts if v.claim.value == 7_200] == [VerdictKind.ROUNDED]
