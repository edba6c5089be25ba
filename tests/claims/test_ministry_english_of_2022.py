"""The English names of the first weeks' categories, as the ministry's tweets and the wires retelling them wrote
them: "units of automobile equipment" (military vehicles, merged in May 2022 into vehicles and fuel tanks),
"speed boats" and "naval units" (warships / boats), "anti-aircraft defense systems" (air defence). Found on
thenewsmill.com and newstracklive (4-5 Mar 2022: "939 armoured combat vehicles, 404 units of automobile equipment,
251 tanks, ... 18 air defence units, three unmanned aerial vehicles and two speed boats") and alwaysfreshnews
(20 Apr 2022: "136 multiple rocket launchers, 67 anti-aircraft defense systems ... 1504 cars, 8 naval units, 76 fuel
tanks"): each of these figures was left out as "not a loss figure". "Automobiles" names the vehicles line of
the first weeks, so an "automobile"/"automotive" noun before May 2022 is that line (it was unverifiable, read as
the merged line that did not exist yet); after April 2022 it is the merged line. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("noun", "key", "report_day"), [
    ("units of automobile equipment", "military_auto", date(2022, 3, 4)),
    ("units of automotive equipment", "military_auto", date(2022, 3, 4)),
    ("automobiles", "military_auto", date(2022, 3, 5)),
    ("units of automobile equipment", "vehicles_fuel_tanks", date(2022, 6, 18)),
    ("speed boats", "ships", date(2022, 3, 4)),
    ("naval units", "ships", date(2022, 4, 20)),
    ("anti-aircraft defense systems", "air_defense", date(2022, 4, 20)),
    ("anti-aircraft defence systems", "air_defense", date(2022, 4, 20)),
])
def test_the_ministrys_early_english_names_a_category(
    noun: str, key: str, report_day: date, petro_series: dict[str, LossSeries],
) -> None:
    value = total(petro_series[key], report_day)
    text = f"Russia has also lost {value:,} {noun}, according to the General Staff of Ukraine's Armed Forces."
    report = check_text(text, petro_series, as_of=report_day)
    assert [(v.claim.category, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        (key, VerdictKind.CORRECT)]
