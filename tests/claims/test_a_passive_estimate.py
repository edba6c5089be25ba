"""A figure worded as a passive estimate ("Russian casualties were estimated to be nearing 200,000 with the
number of dead and wounded hovering around 180,000"), paragraphs after a Western body is named, is that
body's, as "probably" and "an average" are (clauses.estimate_wording).

Rustavi 2 (30 May 2023): the UK's defence secretary and Milley's Pentagon figures, then "Reports surfaced
last month suggesting that Russian casualties were estimated to be nearing 200,000 with the number of dead
and wounded hovering around 180,000." (the leaked US estimates); both figures were judged as the General
Staff's personnel total (incorrect against 207,440). True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2023, 5, 30)
_PENTAGON = ("Though the Pentagon has not released a casualty estimate quite this high, Chairman of the Joint Chiefs "
             "of Staff Gen. Mark Milley told lawmakers in a Senate Armed Services Committee hearing Tuesday that the "
             "U.S. assesses that \u201cthe Russians have well over 200,000 casualties\u201d.\n\n")


def test_a_passive_estimate_is_the_western_bodys(petro_series: dict[str, LossSeries]) -> None:
    text = _PENTAGON + ("Reports surfaced last month suggesting that Russian casualties were estimated to be nearing "
                        "200,000 with the number of dead and wounded hovering around 180,000.")
    report = check_text(text, petro_series, as_of=_DAY)
    assert [v.claim.value for v in report.verdicts] == []


def test_a_plain_figure_after_the_pentagon_is_judged(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], _DAY)
    text = _PENTAGON + f"Russian losses reached {value:,} troops on Tuesday."
    report = check_text(text, petro_series, as_of=_DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
