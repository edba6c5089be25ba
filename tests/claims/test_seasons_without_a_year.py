"""A season named with no year is the latest one begun: "за три зимові місяці", "за зиму", "summer months".
Found on glavred.net (2 Mar 2026), Syrskyi's summary of the winter: "за три зимові місяці російські війська
втратили близько 92 850 військовослужбовців убитими і пораненими - в середньому 1031 людина на добу ...
Зокрема, за зиму було знищено 322 танки, 430 бойових броньованих машин, 2967 артилерійських систем ...".
Neither "за три зимові місяці" nor "за зиму" was read as a time: the 92 850 and every item of the list
were judged as running totals (incorrect, 13 of 14 claims), though each is exactly the sum of 1 Dec 2025
to 28 Feb 2026. Winter was read only with both its years written ("взимку 2023–2024 років"), and the
seasons' adjectives ("літніх місяців") and genitives ("протягом зими", "за три місяці зимового періоду",
zaxid.net and poglyad.te.ua the same day) not at all. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk


def _found(text: str, series: dict[str, LossSeries], as_of: date, *values: int) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=as_of)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value in values]


def test_three_winter_months_and_the_winter(petro_series: dict[str, LossSeries]) -> None:
    winter = (date(2025, 12, 1), date(2026, 2, 28))
    p, t = losses(petro_series["personnel"], *winter), losses(petro_series["tanks"], *winter)
    a = losses(petro_series["artillery"], *winter)
    text = (f"За даними Сирського, за три зимові місяці російські війська втратили близько {uk(p)} "
            f"військовослужбовців убитими і пораненими. Зокрема, за зиму було знищено {t} танки та {a} "
            f"артилерійських систем.")
    assert _found(text, petro_series, date(2026, 3, 2), p, t, a) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)] * 3


def test_during_the_winter_and_its_months(petro_series: dict[str, LossSeries]) -> None:
    winter = (date(2025, 12, 1), date(2026, 2, 28))
    p, t = losses(petro_series["personnel"], *winter), losses(petro_series["tanks"], *winter)
    text = (f"За словами Сирського, протягом трьох місяців зими росіяни втратили на фронті {uk(p)} військових. "
            f"За три місяці зимового періоду Сили оборони знищили {t} танки.")
    assert _found(text, petro_series, date(2026, 3, 2), p, t) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)] * 2


def test_summer_months_in_ukrainian(petro_series: dict[str, LossSeries]) -> None:
    p = losses(petro_series["personnel"], date(2025, 6, 1), date(2025, 8, 31))
    text = f"Протягом трьох літніх місяців Сили оборони, за даними Генштабу, ліквідували {uk(p)} окупантів."
    assert _found(text, petro_series, date(2025, 9, 3), p) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_winter_months_in_english(petro_series: dict[str, LossSeries]) -> None:
    t = losses(petro_series["tanks"], date(2023, 12, 1), date(2024, 2, 29))
    text = (f"According to Ukraine's General Staff, Russia lost {t} tanks over the three winter months, "
            f"the military said.")
    assert _found(text, petro_series, date(2024, 3, 4), t) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]
