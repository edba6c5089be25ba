""""Протягом місяця", "упродовж тижня" (issue 11): the past month or week, as "за місяць" and "за тиждень" read.

Monthly reviews say "Так, протягом місяця Силам оборони вдалося знищити 1160 артсистем" (the month
just ended, named in the sentence before without a figure); the genitive after "протягом" /
"упродовж" ("протягом місяця", "упродовж тижня", "протягом останнього місяця") now reads as the
accusative after "за" does: the past calendar month or the past 7 days. Before, the figure named no
time and was judged as the running total (incorrect). A range said of each day within such a week
("протягом останнього тижня … щоденно втрачають від 400 до 750", "за останній тиждень … щодня") is
the spread of the days, no claim (before, "за останній тиждень" judged it as the week's sum). True
values come from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

JUN1 = date(2024, 6, 1)
MAY = (date(2024, 5, 1), date(2024, 5, 31))
WEEK = (JUN1 - timedelta(days=7), JUN1 - timedelta(days=1))


@pytest.mark.parametrize(("make", "category", "period"), [
    (lambda n: f"У травні знищено рекордну кількість артсистем. Так, протягом місяця Силам оборони вдалося знищити "
               f"{_uk(n)} артсистем.", "artillery", MAY),
    (lambda n: f"Протягом місяця ворог втратив {_uk(n)} осіб.", "personnel", MAY),
    (lambda n: f"Протягом останнього місяця окупанти втратили {n} танків.", "tanks", MAY),
    (lambda n: f"Упродовж місяця Сили оборони знищили {_uk(n)} одиниць автомобільної техніки та автоцистерн.",
     "vehicles_fuel_tanks", MAY),
    (lambda n: f"Протягом тижня ворог втратив {_uk(n)} осіб.", "personnel", WEEK),
    (lambda n: f"Упродовж тижня росіяни втратили {n} танків.", "tanks", WEEK),
])
def test_the_month_or_week_in_the_genitive_is_the_past_one(
    make: Callable[[int], str], category: str, period: tuple[date, date], petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series[category], *period)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=JUN1).verdicts}
    claim = verdicts[true].claim
    assert (claim.category, claim.kind, verdicts[true].verdict) == (category, ClaimKind.PERIOD, VerdictKind.CORRECT)


@pytest.mark.parametrize("text", [
    "Протягом останнього тижня російські окупаційні війська щоденно втрачають від 400 до 750 осіб.",
    "За останній тиждень окупанти щодня втрачали від 400 до 750 осіб убитими й пораненими.",
])
def test_a_daily_spread_within_the_week_stays_no_claim(text: str, petro_series: dict[str, LossSeries]) -> None:
    assert not check_text(text, petro_series, as_of=JUN1).verdicts
