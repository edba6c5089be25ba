""""За добу" beside "в середньому" ("в середньому за добу", "За добу окупанти втрачали в середньому 1354
солдати") is the average's measure, per day, not "the past day".

inkorr.com (9 Nov 2024, uk8's n31 page 06; sum8's page 18 is the same page): "За добу окупанти втрачали
в середньому 1354 солдати." was judged as the losses of 8 November (incorrect against 1,660; self-dated,
of 31 October); the month's daily average is what it says. A bare "за добу" was read as the latest
report unless a record's words stood before it (relative._h_latest: "найвищим показником за добу"); an
average's words before it ("в середньому за добу", "середні втрати за добу") or "в/у середньому" after
it in its clause now make it the measure too. "За минулу добу" and "за добу" with no average stay the
past day. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def _mean(series: LossSeries, first: date, last: date) -> int:
    return round(losses(series, first, last) / ((last - first).days + 1))


def _found(text: str, series: dict[str, LossSeries], value: int, as_of: date) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=as_of)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]


def test_per_day_on_average_after_the_day_is_the_months_mean(petro_series: dict[str, LossSeries]) -> None:
    mean = _mean(petro_series["personnel"], date(2024, 10, 1), date(2024, 10, 31))
    text = f"У жовтні за добу окупанти втрачали в середньому {mean} солдати."
    assert _found(text, petro_series, mean, date(2024, 11, 9)) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_on_average_per_day_is_the_months_mean(petro_series: dict[str, LossSeries]) -> None:
    mean = _mean(petro_series["personnel"], date(2024, 11, 1), date(2024, 11, 30))
    text = f"У листопаді окупанти в середньому за добу втрачали {mean} військових."
    assert _found(text, petro_series, mean, date(2024, 12, 5)) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_the_past_day_without_an_average_is_still_the_day(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2024, 11, 8), date(2024, 11, 8))
    text = f"За добу окупанти втратили {day} військових, повідомив Генштаб."
    assert _found(text, petro_series, day, date(2024, 11, 9)) == [(ClaimKind.DAY, VerdictKind.CORRECT)]
