"""A total that the figure before "brings" or "takes" up is that figure's line, however far back the
sentence names it: "Moscow lost 33 armored personnel carriers between Wednesday and Thursday, Kyiv said,
bringing its tally of total Russian armored fighting vehicle losses to 18,002" (Newsweek retold by
kirstyscaninecapers.com, 18 Oct 2024), "Russia lost 20 APVs, taking the total losses of the vehicles since
the start of the war on February 24, 2022 to 16,000" (Newsweek retold by headlinenavi.com, 23 Jul 2024).
Before, the category noun was too far before the figure (or only "the vehicles") and the total was judged
as the personnel total (incorrect). A total of troops brought up after an equipment figure stays personnel.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("day", "template"), [
    (date(2024, 10, 17), "Moscow lost {daily} armored personnel carriers between Wednesday and Thursday, Kyiv said, "
                         "bringing its tally of total Russian armored fighting vehicle losses to {total:,}."),
    (date(2024, 7, 23), "In its update on Tuesday, Ukraine's General Staff said that, over the previous 24 hours, "
                        "Russia lost {daily} APVs, taking the total losses of the vehicles since the start of the war "
                        "on February 24, 2022 to {total:,}."),
])
def test_the_total_brought_up_is_the_line_of_the_figure_before(
    day: date, template: str, petro_series: dict[str, LossSeries],
) -> None:
    series = petro_series["armoured_vehicles"]
    value = total(series, day)
    daily = value - total(series, day - timedelta(days=1))
    report = check_text(template.format(daily=daily, total=value), petro_series, as_of=day)
    found = [(v.claim.category, v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [("armoured_vehicles", ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_troops_brought_up_after_tanks_stay_personnel(petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 10, 17)
    value = total(petro_series["personnel"], day)
    text = (f"Russia lost 12 tanks on Wednesday, Kyiv said, bringing the total number of Russian troops lost "
            f"since February 24, 2022 to {value:,}.")
    report = check_text(text, petro_series, as_of=day)
    assert [v.claim.category for v in report.verdicts if v.claim.value == value] == ["personnel"]
