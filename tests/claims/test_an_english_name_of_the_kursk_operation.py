"""The Kursk operation named in English ("The cross-border operation ...") makes the figures after it one sector's.

Kyiv Independent (25 Jan 2025, en5's n27 page 04) wrote "Since the start of Ukraine's incursion into
Russia's Kursk region which began in August, the Russian military has reportedly lost over 3,000 pieces of
equipment and vehicles, according to the General Staff of Ukraine's Armed Forces. The cross-border
operation is part of Kyiv's broader strategy to disrupt Russian logistics and defenses near the border."
and then "The reported losses include 104 tanks, 575 armored vehicles, 330 artillery systems, 12 air
defense systems, and 12 multiple-launch rocket systems." Those are the operation's toll, but lexicon.UNITS
named operations in Ukrainian only, so each was judged against the war's running total (five incorrect
verdicts). "cross-border / Kursk operation, incursion, offensive" is now an operation, as "Курська
операція" is; the Ukrainian counteroffensive is not (articles sum its time from the General Staff's
reports). True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.claims.extract import SECTOR_REASON
from attrition.model.series import LossSeries

from .series_truth import losses

_PAGE = (
    "Since the start of Ukraine's incursion into Russia's Kursk region which began in August, the Russian "
    "military has reportedly lost over 3,000 pieces of equipment and vehicles, according to the General Staff "
    "of Ukraine's Armed Forces. The cross-border operation is part of Kyiv's broader strategy to disrupt "
    "Russian logistics and defenses near the border.\n\n"
    "The reported losses include 104 tanks, 575 armored vehicles, 330 artillery systems, 12 air defense "
    "systems, and 12 multiple-launch rocket systems."
)


def test_the_toll_after_the_cross_border_operation_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    report = check_text(_PAGE, petro_series, as_of=date(2025, 1, 25))
    assert [v.claim.value for v in report.verdicts if v.verdict is VerdictKind.INCORRECT] == []
    assert {o.value for o in report.out_of_scope if o.reason == SECTOR_REASON} >= {104, 575, 330, 12}


def test_the_general_staffs_day_after_the_operation_is_judged(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2025, 1, 24), date(2025, 1, 24))
    text = ("The Kursk incursion is part of Kyiv's broader strategy.\n\n"
            f"Over the past day, Russia lost {day:,} troops, the General Staff of Ukraine's Armed Forces reported.")
    report = check_text(text, petro_series, as_of=date(2025, 1, 25))
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(day, VerdictKind.CORRECT)]
