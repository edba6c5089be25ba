"""Items of a list with no time of their own take the period of the item right before them.
Found on IBTimes (14 May 2023): "Ukraine has also destroyed several pieces of Russian military
equipment in the past two days, including 11 tanks, 30 armored personnel vehicles (APVs), 48
artillery systems, and 60 operational tactical-level unmanned aerial vehicles (UAVs)." The 11 tanks
took the two days (correct), but the period stands too far from the sentence's start to be its
frame, so the 30 armoured vehicles were judged as the latest report's day (incorrect, 18) and the 48
artillery systems as the running total (incorrect, 3,116); both are the two days' sums exactly. An
item with no time at all now takes the item before's day or period (the list rule 959e186 gave an
item whose time came from the frame), also across an abbreviation in brackets ("(APVs), ").
True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2023, 5, 14)  # the past two days: the losses of 12 and 13 May 2023
DAYS = (date(2023, 5, 12), date(2023, 5, 13))


def _found(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, series, as_of=AS_OF).verdicts]


def test_items_after_the_period(petro_series: dict[str, LossSeries]) -> None:
    t, a, r = (losses(petro_series[c], *DAYS) for c in ("tanks", "armoured_vehicles", "artillery"))
    text = (f"Ukraine has also destroyed several pieces of Russian military equipment in the past two days, "
            f"including {t} tanks, {a} armored personnel vehicles (APVs), {r} artillery systems.")
    assert _found(text, petro_series) == [(v, ClaimKind.PERIOD, VerdictKind.CORRECT) for v in (t, a, r)]


def test_a_total_after_a_period_stays_a_total(petro_series: dict[str, LossSeries]) -> None:
    t = losses(petro_series["tanks"], *DAYS)
    text = (f"In the past two days Russia lost {t} tanks, bringing the total since February 2022 "
            f"to 3,756 tanks, the General Staff said.")
    assert [(v, k) for v, k, _ in _found(text, petro_series)] == [(t, ClaimKind.PERIOD), (3756, ClaimKind.TOTAL)]
