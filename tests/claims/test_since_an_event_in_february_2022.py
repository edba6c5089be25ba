""""Since <the war's start, in any words> in February 2022" is the war's start, not the month of February 2022.

Newsweek's tank pieces and their rewrites name the invasion in words of their own: "Moscow has lost a
total of 4,358 tanks and 8,449 armored personnel vehicles since Russian troops crossed Ukraine's borders
in February 2022" (Newsweek, 21 Aug 2023), "Russia has so far lost 8,449 armored vehicles and 4,358
tanks since the Kremlin decided to invade Ukraine in February 2022" (nationrise.com, 21 Aug 2023),
"bringing Kyiv's tally of Russian tank losses to 5,783 since the outbreak of all-out war in the country
in February 2022" (newsfortoday.co, 18 Dec 2023). Only a few fixed wordings ("since Russia invaded
Ukraine", "since the invasion", "since invading Ukraine") read as the war's start, so "in February 2022"
became the figure's month: the totals were judged against the losses of February 2022 (incorrect).
Whatever happened "in February 2022" that a running total counts "since", it is the war's start.
"On Feb. 24, 2022" after other words was already read as the war's start (guard, passes on both).
True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AUG = date(2023, 8, 21)
DEC = date(2023, 12, 18)


def _found(text: str, series: dict[str, LossSeries], as_of: date) -> list[tuple[int, ClaimKind, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts]


def test_since_troops_crossed_the_borders(petro_series: dict[str, LossSeries]) -> None:
    tanks, apvs = total(petro_series["tanks"], AUG), total(petro_series["armoured_vehicles"], AUG)
    text = (f"Moscow has lost a total of {tanks:,} tanks and {apvs:,} armored personnel vehicles since Russian troops "
            f"crossed Ukraine's borders in February 2022, the General Staff of Ukraine's Armed Forces said.")
    assert _found(text, petro_series, AUG) == [(tanks, ClaimKind.TOTAL, VerdictKind.CORRECT),
                                               (apvs, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_since_the_kremlin_decided_to_invade(petro_series: dict[str, LossSeries]) -> None:
    tanks, apvs = total(petro_series["tanks"], AUG), total(petro_series["armoured_vehicles"], AUG)
    text = (f"In an update, the Ukrainian Armed Forces General Staff said that Russia has so far lost {apvs:,} armored "
            f"vehicles and {tanks:,} tanks since the Kremlin decided to invade Ukraine in February 2022.")
    assert _found(text, petro_series, AUG) == [(apvs, ClaimKind.TOTAL, VerdictKind.CORRECT),
                                               (tanks, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_since_the_outbreak_of_war_in_the_country(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], DEC)
    text = (f"The Kremlin's fighters lost tanks, the Ukrainian military said on Monday, bringing Kyiv's tally of "
            f"Russian tank losses to {tanks:,} since the outbreak of all-out war in the country in February 2022.")
    assert _found(text, petro_series, DEC) == [(tanks, ClaimKind.TOTAL, VerdictKind.CORRECT)]


def test_the_invasions_day_in_other_words_guard(petro_series: dict[str, LossSeries]) -> None:
    tanks = total(petro_series["tanks"], DEC)
    text = f"Ukraine says Russia has lost {tanks:,} tanks since Moscow's forces rolled across the border on Feb. 24, 2022."
    assert _found(text, petro_series, DEC) == [(tanks, ClaimKind.TOTAL, VerdictKind.CORRECT)]
