"""What an average changed by is no loss figure (real article).

glavnoe.in.ua (7 Apr 2024) retold the UK's update: "Середньодобова кількість російських втрат (вбитих і
поранених в Україні) скоротилася на 74 особи на день протягом березня 2024 року, до 913 осіб на день." The
74 was judged as March's daily mean (incorrect against 910), though it is the fall from February's mean
to March's. The page is out of scope since its attribution to the UK was read (444c149); the reading
itself was still wrong in a sentence that names the General Staff, in both languages. A figure after
"скоротилася / зросла на", "fell / rose by" whose subject is an average is now left out as a change in
an average; the mean after "до" / "to" is judged as before, and a total's rise ("втрати зросли на N")
stays the day's. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, total, uk  # noqa: E402

APR7 = date(2024, 4, 7)


@pytest.mark.parametrize("make", [
    lambda change, mean: (f"Середньодобова кількість російських втрат скоротилася на {change} особи на день "
                          f"протягом березня 2024 року, до {mean} осіб на день, повідомив Генштаб."),
    lambda change, mean: (f"The average daily number of Russian casualties fell by {change} a day during March "
                          f"2024, to {mean} a day, the General Staff said."),
])
def test_what_the_average_fell_by_is_not_judged(make, petro_series: dict[str, LossSeries]) -> None:  # type: ignore[no-untyped-def]
    personnel = petro_series["personnel"]
    march = round(losses(personnel, date(2024, 3, 1), date(2024, 3, 31)) / 31)
    february = round(losses(personnel, date(2024, 2, 1), date(2024, 2, 29)) / 29)
    change = february - march
    report = check_text(make(change, march), petro_series, as_of=APR7)
    judged = {v.claim.value: v.claim for v in report.verdicts}
    assert change not in judged
    assert change in {o.value for o in report.out_of_scope}
    assert judged[march].kind is ClaimKind.PERIOD and judged[march].measure == "mean"


def test_a_totals_rise_stays_the_day(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = total(series, APR7) - total(series, APR7 - timedelta(days=1))
    text = f"За минулу добу загальні втрати окупантів зросли на {uk(day)} осіб, повідомив Генштаб."
    judged = {v.claim.value: v.claim for v in check_text(text, petro_series, as_of=APR7).verdicts}
    assert judged[day].kind is ClaimKind.DAY
