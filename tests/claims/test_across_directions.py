"""Every direction is no sector (issue 11): "тиснути … на різних напрямках фронту" names the whole front.

A place or direction named in a sentence without the General Staff makes its figures one sector's,
and the sentences after it too, until one names the General Staff or the count since the invasion
(claims.extract._keep_in_scope). "на різних напрямках фронту", "на всіх напрямках", "на багатьох
напрямках" name no one sector: the Ministry of Defence's monthly summaries open so, and the month's
figures beside them are national. Before, the month's figures there were set aside as one
direction's. A named direction ("на Покровському напрямку", "на Покровському та інших напрямках")
still is one sector. True values come from the series.
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


@pytest.mark.parametrize("make", [
    lambda n: f"Упродовж серпня ворог намагався тиснути на оборону на різних напрямках фронту, і за серпень втрати "
              f"особового складу росармії склали {_uk(n)} осіб.",
    lambda n: f"У серпні ворог наступав на всіх напрямках і втратив {_uk(n)} військових.",
    lambda n: f"Окупанти штурмували позиції на багатьох напрямках та за серпень втратили {_uk(n)} осіб.",
    lambda n: f"Ворог наступав на кількох напрямках фронту; у серпні його втрати становили {_uk(n)} осіб.",
])
def test_a_month_beside_every_direction_is_the_national_figure(
    make: Callable[[int], str], petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], *AUG)
    verdicts = {v.claim.value: v.verdict for v in check_text(make(true), petro_series, as_of=SEP2).verdicts}
    assert verdicts.get(true) is VerdictKind.CORRECT


@pytest.mark.parametrize("make", [
    lambda n: f"На Покровському напрямку ворог втратив {n} осіб за добу.",
    lambda n: f"На Покровському та інших напрямках ворог втратив {n} осіб за добу.",
    lambda n: f"У серпні ворог атакував на Покровському напрямку і втратив {_uk(n)} військових.",
])
def test_a_named_direction_is_still_one_sector(make: Callable[[int], str], petro_series: dict[str, LossSeries]) -> None:
    true = _losses(petro_series["personnel"], *AUG)
    report = check_text(make(true), petro_series, as_of=SEP2)
    assert true not in {v.claim.value for v in report.verdicts}
