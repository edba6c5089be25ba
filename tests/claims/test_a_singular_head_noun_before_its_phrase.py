"""A category named in the singular with its head noun first ("one tank with fuel and lubricants") is that category.

Interfax-Ukraine (1 Apr 2022) listed the day's losses: "... 19 vehicles, one tank with fuel and lubricants and
two units of special equipment". The plural "76 tanks with fuel and lubricants" is an alias of the fuel tanks,
but the singular was not: the reader fell back to "tank" and judged one tank against the day's tanks (11),
incorrect. A Latin phrase whose head noun comes first is also looked up with that noun in the plural. The
plain "14 tanks" of the same sentence stays the tanks. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

_DAY = date(2022, 3, 31)


def test_one_tank_with_fuel_and_lubricants(petro_series: dict[str, LossSeries]) -> None:
    fuel = losses(petro_series["fuel_tanks"], _DAY, _DAY)
    tanks = losses(petro_series["tanks"], _DAY, _DAY)
    assert fuel == 1 and tanks != 1  # the premise: one fuel tank, not one tank
    text = (f"Thus, during the day, {tanks} tanks and one tank with fuel and lubricants have been destroyed, the "
            "General Staff said.")
    found = [(v.claim.category, v.claim.value, v.verdict)
             for v in check_text(text, petro_series, as_of=date(2022, 4, 1)).verdicts]
    assert found == [("tanks", tanks, VerdictKind.CORRECT), ("fuel_tanks", 1, VerdictKind.CORRECT)]
