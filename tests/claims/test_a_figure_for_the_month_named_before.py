"""A figure "for the month" is the month named before it in the sentence.

Ukrainska Pravda (11 Jul 2025; page fresh11/10) retold UK Defence Intelligence: "Russia's average daily losses
(killed and wounded) in June 2025 were approximately 1,080, totalling around 32,000 soldiers for the month."
The 32,000 was judged as the running total (incorrect). Kyiv Defense Policy (3 May 2025; fresh11/11): "April 2025
averaged just over 1,200 Russian casualties per day—roughly 36,000 for the month—down slightly from March's
average of about 1,300 per day": the 36,000 was judged as March's sum, the month named after it. "For the
month" ("over the month", "that month", "за цей місяць") names the month named before it in the same sentence;
with none it names nothing. The month named after the figure keeps its own figure.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses


def test_the_months_sum_said_for_the_month(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    june = losses(series, date(2025, 6, 1), date(2025, 6, 30))
    text = (f"According to Ukraine's General Staff, Russia's average daily losses in June 2025 were approximately "
            f"{round(june / 30)}, totalling {june:,} soldiers for the month.")
    report = check_text(text, petro_series, as_of=date(2025, 7, 11))
    sums = [(v.claim.value, v.verdict, v.claim.time.primary.start) for v in report.verdicts if v.claim.value == june]
    assert sums == [(june, VerdictKind.CORRECT, date(2025, 6, 1))]


def test_the_month_named_after_keeps_its_figure(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    april = losses(series, date(2025, 4, 1), date(2025, 4, 30))
    march = losses(series, date(2025, 3, 1), date(2025, 3, 31))
    text = (f"General Staff figures cited in the update indicate that April 2025 saw {april:,} Russian casualties "
            f"for the month, down slightly from March's {march:,}.")
    report = check_text(text, petro_series, as_of=date(2025, 5, 3))
    got = {v.claim.value: (v.verdict, v.claim.time.primary.start) for v in report.verdicts}
    assert got == {april: (VerdictKind.CORRECT, date(2025, 4, 1)), march: (VerdictKind.CORRECT, date(2025, 3, 1))}
