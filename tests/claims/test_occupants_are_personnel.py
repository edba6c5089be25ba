""""Occupants" after a figure names the General Staff's personnel line, as "occupiers" and "invaders" do.

Found on LIGA.net's English page (1 Aug 2025, new9's n32 page 18): "According to the General Staff of the
Armed Forces of Ukraine, as of August 1, 2025, the Russian Federation has lost about 1,054,200 occupants
killed and wounded." — a translation of "окупантів"; the noun was no category's, so the report's total was
left out as "not a loss figure". The alias sits beside "occupiers" in model/categories.py (the one registry
of category words). The occupants of a car a Russian drone hit are still no General Staff figure.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

AUG1 = date(2025, 8, 1)


@pytest.mark.parametrize("noun", ["occupants", "occupiers"])
def test_occupants_name_the_personnel_total(noun: str, petro_series: dict[str, LossSeries]) -> None:
    figure = total(petro_series["personnel"], AUG1)
    text = (f"According to the General Staff of the Armed Forces of Ukraine, as of August 1, 2025, the Russian "
            f"Federation has lost about {figure:,} {noun} killed and wounded.")
    report = check_text(text, petro_series, as_of=AUG1)
    verdicts = [v for v in report.verdicts if v.claim.value == figure]
    assert verdicts and verdicts[0].claim.category == "personnel" and verdicts[0].verdict.value == "correct"


def test_the_occupants_of_a_car_are_not_judged(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("Three occupants of the car were killed when a Russian drone hit it near Kherson.",
                        petro_series, as_of=AUG1)
    assert 3 not in {v.claim.value for v in report.verdicts}
