""""У зведенні Генштабу від 3 грудня" dates the report, it does not start a period (real articles).

Дзеркало тижня's weekly review (zn.ua, 4 Dec 2023) closed with "Раніше у ранковому зведенні
Генерального штабу Збройних сил України від 3 грудня повідомлялося, що російські загарбники за
минулу добу втратили в Україні 930 осіб особового складу, чотири танки та 11 БТР": "від 3 грудня"
was read as "since 3 December" and 930 judged as the losses since then (770, incorrect). "Від" after a
report's noun (зведення, звіт, оновлення, інфографіка, повідомлення, up to six words before it) names
the report's day, as "у зведенні за 3 грудня" does; "з 3 грудня" and "від 3 грудня" alone still start
a period. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk  # noqa: E402

OK = {VerdictKind.CORRECT, VerdictKind.CORRECT_OTHER_CONVENTION}
AS_OF = date(2023, 12, 4)


@pytest.mark.parametrize("text", [
    "Раніше у ранковому зведенні Генерального штабу Збройних сил України від 3 грудня повідомлялося, що "
    "російські загарбники за минулу добу втратили в Україні {n} осіб особового складу, чотири танки та 11 ББМ.",
    "У звіті Генштабу від 3 грудня йдеться, що за минулу добу ворог втратив {n} військових, 4 танки та 11 ББМ.",
    "Згідно з оновленням Генштабу від 3 грудня, за добу окупанти втратили {n} осіб, чотири танки та 11 ББМ.",
])
def test_the_report_of_a_day_is_no_period(text: str, petro_series: dict[str, LossSeries]) -> None:
    day = _losses(petro_series["personnel"], date(2023, 12, 2), date(2023, 12, 2))
    assert day == 930
    verdicts = check_text(text.format(n=_uk(day)), petro_series, as_of=AS_OF).verdicts
    first = verdicts[0]
    assert (first.claim.value, first.claim.kind, first.verdict in OK) == (day, ClaimKind.DAY, True)


def test_since_a_day_is_still_a_period(petro_series: dict[str, LossSeries]) -> None:
    since = _losses(petro_series["personnel"], date(2023, 11, 27), date(2023, 12, 3))
    text = f"З 27 листопада окупанти втратили {_uk(since)} осіб, повідомив Генштаб."
    verdicts = check_text(text, petro_series, as_of=AS_OF).verdicts
    assert [(v.claim.kind, v.verdict in OK) for v in verdicts] == [(ClaimKind.PERIOD, True)]
