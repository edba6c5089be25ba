"""A range "з 1 січня до 24 грудня" may end at that day's report (real article).

Radio Svoboda (3 Jan 2026) wrote "Верхня оцінка російських втрат – дані Генштабу ЗСУ, згідно з якими Росія з 1
січня до 24 грудня 2025 року втратила 409,5 тисяч осіб": the difference of the reports of 1 January and 24
December, the losses of 1 January to 23 December (409,570). The range was read to the losses of 24 December
inclusive only (410,430), so the figure was incorrect. A range's end said as "up to" ("до", "until") now
also reads to that day's report; "по" ("through") stays inclusive only. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, uk  # noqa: E402

JAN3 = date(2025, 1, 3)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=JAN3).verdicts}


def test_up_to_a_day_reads_to_its_report(petro_series: dict[str, LossSeries]) -> None:
    to_report = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 23))
    text = (f"Верхня оцінка російських втрат – дані Генштабу ЗСУ, згідно з якими Росія з 1 січня до 24 грудня 2024 "
            f"року втратила {uk(to_report)} осіб.")
    assert _judged(text, petro_series)[to_report] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_up_to_a_day_still_reads_through_it(petro_series: dict[str, LossSeries]) -> None:
    through = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 24))
    text = f"Згідно з даними Генштабу, Росія з 1 січня до 24 грудня 2024 року втратила {uk(through)} осіб."
    assert _judged(text, petro_series)[through] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_through_a_day_is_that_days_losses_only(petro_series: dict[str, LossSeries]) -> None:
    to_report = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 23))
    text = f"Згідно з даними Генштабу, Росія з 1 січня по 24 грудня 2024 року втратила {uk(to_report)} осіб."
    assert _judged(text, petro_series)[to_report][1] is VerdictKind.INCORRECT
