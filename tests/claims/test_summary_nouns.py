"""The nouns of the ministry's weekly and monthly summaries (issue 11): "7 установок ППО", "144 штуки автотехніки".

The Ministry of Defence's summaries count equipment in words the daily report does not use:
"установок ППО" (air-defence launchers), "штук(и) автотехніки/спецтехніки", "одиниць військової
автомобільної техніки", "автотехніку". Each names its General Staff line: air defence, vehicles and
fuel tanks, special equipment. Before, the figure found no noun and was left out of scope ("not a
loss figure") or took the personnel category (3,505 "одиниць військової автомобільної техніки"
judged against August's 28,790 soldiers). "військових" alone is still soldiers. True values come
from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

SEP2 = date(2025, 9, 2)
AUG = (date(2025, 8, 1), date(2025, 8, 31))


@pytest.mark.parametrize(("make", "category"), [
    (lambda n: f"За серпень Сили оборони знищили {n} установок ППО.", "air_defense"),
    (lambda n: f"За серпень ворог втратив {_uk(n)} штук автотехніки.", "vehicles_fuel_tanks"),
    (lambda n: f"За серпень ворог втратив {n} штук спецтехніки.", "special_equipment"),
    (lambda n: f"За серпень виведено з ладу {_uk(n)} одиниць військової автомобільної техніки та автоцистерн.",
     "vehicles_fuel_tanks"),
    (lambda n: f"У серпні Сили оборони знищили {_uk(n)} одиниць автотехніки.", "vehicles_fuel_tanks"),
    (lambda n: f"У серпні Сили оборони знищили {_uk(n)} одиниці ворожої автотехніки.", "vehicles_fuel_tanks"),
])
def test_a_summary_noun_names_its_general_staff_line(
    make: Callable[[int], str], category: str, petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series[category], *AUG)
    verdicts = {v.claim.value: v for v in check_text(make(true), petro_series, as_of=SEP2).verdicts}
    assert (verdicts[true].claim.category, verdicts[true].verdict) == (category, VerdictKind.CORRECT)


def test_soldiers_stay_soldiers(petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["personnel"], *AUG)
    (verdict,) = check_text(f"За серпень ворог втратив {_uk(true)} військових.", petro_series, as_of=SEP2).verdicts
    assert (verdict.claim.category, verdict.verdict) == ("personnel", VerdictKind.CORRECT)
