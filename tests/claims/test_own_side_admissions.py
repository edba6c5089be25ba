"""Each side's own admitted toll is out of scope, in the words Newsweek uses (real articles).

Newsweek (12 Dec 2022) closed its General Staff figures with 'Moscow has confirmed the deaths of
fewer than 6,000 troops, and fewer than 4,000 additional fighters drawn from Russia's puppet
so-called "people's republics"' and 'Ukraine is equally guarded about its own military
casualties, so far admitting only 13,000 deaths since February 24.' All three were judged
against the General Staff's total (incorrect). 'Moscow confirmed' names Russia's own count
(lexicon.OTHER_SOURCE, 737d550; 'Russia confirmed its' here too), and Ukraine's 'own
military casualties', 'its own troop losses' and 'the Armed Forces of Ukraine are losing' name
Ukraine's side (lexicon.UKRAINE_LOSER). The General Staff's figures before them keep their
verdicts (true values from the series).
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, total  # noqa: E402

DEC12 = date(2022, 12, 12)


@pytest.mark.parametrize(("tail", "values", "reason"), [
    ("Moscow has confirmed the deaths of fewer than 6,000 troops, and fewer than 4,000 additional fighters "
     "drawn from its puppet republics.", {6_000, 4_000}, "another counting body's figure"),
    ("Ukraine is equally guarded about its own military casualties, so far admitting only 13,000 deaths since "
     "February 24.", {13_000}, "Ukraine's losses"),
    ("Kyiv does not publish its own troop losses; in June it said the Armed Forces of Ukraine are losing 200 "
     "soldiers a day.", {200}, "Ukraine's losses"),
])
def test_a_sides_own_admission_is_out_of_scope(
    tail: str, values: set[int], reason: str, petro_series: dict[str, LossSeries],
) -> None:
    day = DEC12 - timedelta(days=1)
    people = losses(petro_series["personnel"], day, day)
    now = total(petro_series["personnel"], DEC12)
    text = (f"Another {people} Russian troops were claimed killed by the Ukrainian armed forces, bringing the total "
            f"to {now:,} since February 24. " + tail)
    report = check_text(text, petro_series, as_of=DEC12)
    assert sorted((v.claim.value, v.verdict) for v in report.verdicts) == sorted(
        [(people, VerdictKind.CORRECT), (now, VerdictKind.CORRECT)])
    assert {(o.value, o.reason) for o in report.out_of_scope} >= {(v, reason) for v in values}
