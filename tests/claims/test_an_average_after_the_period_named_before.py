"""An average with no time of its own, after a sentence that named a period and no figure, is that period's daily mean.

inkorr.com (9 Nov 2024, sum8's n31 page 18; the same page is uk8's 06): "У жовтні російські втрати на фронті
стали найбільшими з початку війни. За добу окупанти втрачали в середньому 1354 солдати." "За добу" was read as
the past day (8 November, 1,660: incorrect), though "в середньому" makes it the average's measure; and the
average had no period, though the sentence before named October, whose daily mean was 1,354 (41,980 over 31
days). An English round-up can say the same ("October was ... On average, ..."). True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 11, 9)


def _october_mean(series: LossSeries) -> int:
    return round(losses(series, date(2024, 10, 1), date(2024, 10, 31)) / 31)


def _verdicts(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind]]:
    return [(v.claim.value, v.claim.kind, v.verdict) for v in check_text(text, series, as_of=AS_OF).verdicts]


def test_a_day_on_average_after_the_month(petro_series: dict[str, LossSeries]) -> None:
    mean = _october_mean(petro_series["personnel"])
    text = ("У жовтні російські втрати на фронті стали найбільшими з початку війни. "
            f"За добу окупанти втрачали в середньому {mean} солдати.")
    assert _verdicts(text, petro_series) == [(mean, ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_on_average_after_the_month_in_english(petro_series: dict[str, LossSeries]) -> None:
    mean = _october_mean(petro_series["personnel"])
    text = ("October was the deadliest month of the war for Russia. "
            f"On average, Russian forces lost {mean:,} troops a day, according to Ukraine's General Staff.")
    assert _verdicts(text, petro_series) == [(mean, ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_the_month_s_own_sum_before_keeps_the_average_as_it_was(petro_series: dict[str, LossSeries]) -> None:
    total = losses(petro_series["personnel"], date(2024, 10, 1), date(2024, 10, 31))
    text = f"Минулого місяця Росія втратила {total:,} осіб. За добу окупанти втрачали в середньому 1354 солдати."
    found = _verdicts(text.replace(",", " "), petro_series)
    assert found[0] == (total, ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_day_without_an_average_is_still_the_past_day(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2024, 11, 8), date(2024, 11, 8))
    text = f"У жовтні російські втрати на фронті стали найбільшими з початку війни. За добу окупанти втратили {day} солдатів."
    assert _verdicts(text, petro_series) == [(day, ClaimKind.DAY, VerdictKind.CORRECT)]
