"""Estimates of Russia's losses by France, by Donald Trump, by the Pentagon's briefer and by the New York
Times are theirs, not the General Staff's count, and are left out of scope:

- "France has estimated that 150,000 Russian soldiers have been killed ..., according to Foreign Minister
  Stephane Sejourne", "Sejourne stated that Paris assessed the total Russian casualties ... at 500,000",
  and the minister's own words after them, '"... We estimate Russian military losses at 500,000, including
  150,000 deaths," he said.' (Kyiv Post, 3 May 2024; the estimate was retold by many outlets);
- "the US president-elect Donald Trump said that Russia had 700,000 dead and wounded" (euromedia24, Dec 2024);
- "the Ukrainian military has inflicted more than 600,000 casualties on Russian forces, the senior defense
  official said" (dpa-AFX on finanznachrichten.de, 10 Oct 2024);
- "Almost a million Russian soldiers have been killed or wounded ... This is reported by NYT" (UNN, 4 Jun 2025).

Before, each was judged as the General Staff's personnel total (incorrect, or "correct" by chance).
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

FRANCE = date(2024, 5, 3)


@pytest.mark.parametrize(("text", "as_of"), [
    ("France has estimated that 150,000 Russian soldiers have been killed in Moscow's invasion of Ukraine, "
     "according to Foreign Minister Stephane Sejourne in an interview published on Friday.", FRANCE),
    ("In a conversation with the Russian independent newspaper Novaya Gazeta Europe, Sejourne stated that Paris "
     "assessed the total Russian casualties, including the wounded, at 500,000 since the beginning of the war.",
     FRANCE),
    ("France has estimated that 150,000 Russian soldiers have been killed in Moscow's invasion of Ukraine. "
     "\"Russia's military setback is already apparent. We estimate Russian military losses at 500,000, including "
     "150,000 deaths,\" he said.", FRANCE),
    ("Earlier, the US president-elect Donald Trump said that Russia had 700,000 dead and wounded during the "
     "conflict, but did not specify from where.", date(2024, 12, 9)),
    ("Since Russia invaded Ukraine in February 2022, the Ukrainian military has inflicted more than 600,000 "
     "casualties on Russian forces, the senior defense official said.", date(2024, 10, 10)),
    ("Almost a million Russian soldiers have been killed or wounded in the country's war against Ukraine. "
     "This is reported by NYT, reports UNN.", date(2025, 6, 4)),
])
def test_another_bodys_estimate_is_not_judged(
    text: str, as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert report.out_of_scope


def test_the_general_staffs_figure_beside_frances_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], FRANCE)
    text = (f"France has estimated that 150,000 Russian soldiers have been killed in Moscow's invasion of Ukraine. "
            f"Ukraine's General Staff said on Friday that Russia has lost {value:,} troops since February 24, 2022.")
    report = check_text(text, petro_series, as_of=FRANCE)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
