""""Since Russia’s full-scale invasion began ..." names the war's start with a typographic apostrophe too (real articles).

The war-start phrases read "Russia's" and "Moscow's" only with the straight apostrophe; most
English outlets print "’". Breaking Latest (9 Aug 2023: 'Since Russia’s full-scale invasion of
Ukraine began on February 24 last year, Russian forces have lost a total of 251,620 soldiers')
had its total read as the sum of 2022 ('last year', incorrect), and a Newsweek rewrite on
ruetir.com (4 Oct 2023: '... said since Russia’s full-scale invasion of Ukraine began in February
2022, Moscow has lost 279,440 troops') had it read as the total at the end of February 2022
(incorrect). claims.dates' war-start patterns now take "’" where they took "'". True values from
the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total  # noqa: E402


@pytest.mark.parametrize(("text", "as_of"), [
    ("Since Russia’s full-scale invasion of Ukraine began on February 24 last year, Russian forces have lost a "
     "total of {total:,} soldiers, according to the Ukrainian General Staff.", date(2023, 8, 9)),
    ("In a post on social media, the Ukrainian General Staff said since Russia’s full-scale invasion of Ukraine "
     "began in February 2022, Moscow has lost {total:,} troops.", date(2023, 10, 3)),
    ("Since the start of Russia’s full-scale invasion in February 2022, Moscow has lost {total:,} troops, the "
     "General Staff said.", date(2024, 10, 3)),
    ("Since Moscow’s invasion began on February 24, 2022, Russia has lost {total:,} troops, the General Staff "
     "said.", date(2025, 3, 3)),
])
def test_a_typographic_apostrophe_names_the_war(text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    now = total(petro_series["personnel"], as_of)
    verdicts = check_text(text.format(total=now), petro_series, as_of=as_of).verdicts
    assert [(v.claim.value, v.claim.kind, v.verdict) for v in verdicts] == [
        (now, ClaimKind.TOTAL, VerdictKind.CORRECT)]
