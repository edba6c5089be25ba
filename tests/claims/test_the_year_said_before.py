""""За рік", "протягом року", "over the year" after a year's figure: that year, not the running total.

Year reviews name the year once and go on: "Сили оборони України ліквідували 430 790 російських
окупантів за 2024 рік. … У Міноборони наголосили, що за рік ЗСУ також знищили та підбили 3689
ворожих танків" (NV, 2 January 2025). The bare "за рік" is the year of the figures said before, as
"У цей період" is the period before (test_this_period.py), but only a whole year's: after a month's
or a day's figure it takes nothing. Before, 3689 was read as the tanks' running total (incorrect
against 9,676). True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

AS_OF = date(2025, 1, 2)
Y2024 = (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize("template", [
    "Сили оборони України ліквідували {p} російських окупантів за 2024 рік. Про це повідомило Міністерство "
    "оборони України. У Міноборони наголосили, що за рік ЗСУ також знищили та підбили {t} ворожих танків.",
    "У 2024 році росіяни втратили {p} військових. Протягом року Сили оборони знищили {t} танків окупантів.",
    "Russia lost {p} troops in 2024, Ukraine's defence ministry said. Over the year, Ukrainian forces "
    "destroyed {t} Russian tanks.",
])
def test_the_bare_year_is_the_year_said_before(template: str, petro_series: dict[str, LossSeries]) -> None:
    p, t = (losses(petro_series[k], *Y2024) for k in ("personnel", "tanks"))
    report = check_text(template.format(p=uk(p), t=uk(t)), petro_series, as_of=AS_OF)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.category == "tanks"]
    assert found == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_the_bare_year_takes_no_month(petro_series: dict[str, LossSeries]) -> None:
    nov = losses(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    text = (f"У листопаді 2024 року росіяни втратили {uk(nov)} військових. "
            "За рік Сили оборони знищили 3000 танків окупантів.")
    report = check_text(text, petro_series, as_of=date(2024, 12, 2))
    times = [v.claim.time for v in report.verdicts if v.claim.category == "tanks"]
    assert all(t is None or t.granularity != "month" for t in times)
