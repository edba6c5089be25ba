"""Russia's own toll in Newsweek's words is out of scope (real articles).

Newsweek's daily pieces close with Russia's own figure: "Moscow has confirmed the deaths of fewer than
6,000 troops, and fewer than 4,000 additional fighters drawn from Russia's puppet so-called \"people's
republics\"" (12 Dec 2022) and "with Russia not updating its tally since September 2022, which it then
put at fewer than 6,000 troops" (1 Jan 2024). Both were judged against the General Staff's series
(incorrect three times). "Moscow confirmed/confirms" joins "Moscow admitted/acknowledged", and "Russia
has not updated its figures/tally" joins "Russia last reported its" (lexicon.OTHER_SOURCE). The General
Staff's own figures beside them stay judged; true values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402


@pytest.mark.parametrize(("text", "as_of", "values"), [
    ("Russia does not regularly release casualty figures. Moscow has confirmed the deaths of fewer than 6,000 "
     "troops, and fewer than 4,000 additional fighters drawn from Russia's puppet so-called \"people's "
     "republics\".", date(2022, 12, 12), {6_000, 4_000}),
    ("Both sides are tight-lipped about their losses, with Russia not updating its tally since September 2022, "
     "which it then put at fewer than 6,000 troops.", date(2024, 1, 1), {6_000}),
    ("Russia has not updated its figures since September 2022 when it said that just under 6,000 troops had "
     "been killed.", date(2024, 11, 4), {6_000}),
])
def test_russias_own_toll_is_out_of_scope(
    text: str, as_of: date, values: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert not report.verdicts
    assert values <= {o.value for o in report.out_of_scope}


def test_the_general_staff_beside_it_stays_judged(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2022, 12, 12)
    total = _total(petro_series["personnel"], as_of)
    text = (f"Ukraine's General Staff said Russia had lost {total:,} troops. Moscow has confirmed the deaths of "
            "fewer than 6,000 troops.")
    verdicts = check_text(text, petro_series, as_of=as_of).verdicts
    assert [(v.claim.value, v.verdict) for v in verdicts] == [(total, VerdictKind.CORRECT)]
