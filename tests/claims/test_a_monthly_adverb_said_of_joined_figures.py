"""A per-month adverb before a sentence's first figure is said of the figure joined to it (real article).

shtab.info (January 2026, uk9's n32 page 12) retold Zelensky to the FT: "За його словами, Росія щомісяця
мобілізує близько 40 тисяч військовослужбовців і водночас втрачає приблизно 35 тисяч." "Щомісяця" stands in
the first figure's clause only, so the 35,000 was read as the running total (incorrect against 1.2
million). Said of each figure joined to the one before it with no clause break and no date between, it
makes the 35,000 a monthly rate, which with no period of its own is the rate of late (the past days'
monthly mean), as "Росія щомісяця втрачає N" already was. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, total, uk  # noqa: E402

JAN20 = date(2025, 1, 20)  # the report of 20 January: the losses up to 19 January


def _past_30_days_monthly(series: LossSeries) -> int:
    return round(losses(series, date(2024, 12, 21), date(2025, 1, 19)) / 30 * (365.25 / 12))


def test_the_adverb_is_said_of_the_joined_figure(petro_series: dict[str, LossSeries]) -> None:
    rate = _past_30_days_monthly(petro_series["personnel"])
    text = (f"За його словами, Росія щомісяця мобілізує близько 40 тисяч військовослужбовців і водночас втрачає "
            f"{uk(rate)} військових.")
    judged = {v.claim.value: v for v in check_text(text, petro_series, as_of=JAN20).verdicts}
    assert judged[rate].claim.kind is ClaimKind.PERIOD and judged[rate].claim.measure == "mean_month"
    assert judged[rate].verdict is VerdictKind.CORRECT


def test_guard_a_figure_of_the_next_sentence_is_not_a_rate(petro_series: dict[str, LossSeries]) -> None:
    now = total(petro_series["personnel"], JAN20)
    text = ("За його словами, Росія щомісяця мобілізує близько 40 тисяч військовослужбовців. Загалом від початку "
            f"вторгнення вона втратила {uk(now)} військових.")
    judged = {v.claim.value: v for v in check_text(text, petro_series, as_of=JAN20).verdicts}
    assert (judged[now].claim.kind, judged[now].verdict) == (ClaimKind.TOTAL, VerdictKind.CORRECT)
