"""A record word that counts another noun (battles, attacks) is no record of the figure beside it.

Gordon (25 April 2025) headlined the General Staff's report "ЗСУ уразили протягом доби пункт управління
ворога й 72 артсистеми, найбільше боїв триває на сході": "найбільше" counts the battles of the east, yet
the 72 was read as a record day of artillery and judged incorrect (the record before it was 122). A
record word followed by its own noun of battles or attacks ("найбільше боїв", "найбільшу кількість
атак", "the highest number of attacks") is now skipped; a record word said of losses still is one.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk


@pytest.mark.parametrize(("category", "report", "template"), [
    ("artillery", date(2025, 4, 25),
     "ЗСУ уразили протягом доби пункт управління ворога й {n} артсистеми, найбільше боїв триває на сході – Генштаб."),
    ("artillery", date(2025, 4, 25),
     "За минулу добу Сили оборони знищили {n} артилерійських систем, найбільшу кількість атак ворог здійснив "
     "на сході."),
    ("tanks", date(2025, 4, 25),
     "Over the past day Ukraine's forces destroyed {n} Russian tanks, with the highest number of attacks "
     "recorded in the east, the General Staff said."),
])
def test_a_record_word_of_battles_is_not_the_figures(
    category: str, report: date, template: str, petro_series: dict[str, LossSeries],
) -> None:
    day = report - timedelta(days=1)
    value = losses(petro_series[category], day, day)
    report_ = check_text(template.format(n=uk(value)), petro_series, as_of=report)
    got = [(v.claim.value, v.claim.kind, v.verdict) for v in report_.verdicts]
    assert got == [(value, ClaimKind.DAY, VerdictKind.CORRECT)]


def test_a_record_word_of_losses_is_still_a_record(petro_series: dict[str, LossSeries]) -> None:
    report = date(2025, 4, 25)
    day = report - timedelta(days=1)
    value = losses(petro_series["artillery"], day, day)
    text = f"За минулу добу Сили оборони знищили {value} артилерійських систем — найбільше за місяць, повідомив Генштаб."
    verdicts = check_text(text, petro_series, as_of=report).verdicts
    assert [v.claim.kind for v in verdicts] == [ClaimKind.RECORD]
