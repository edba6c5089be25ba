"""Forbes's own count of Russia's tanks is another body's, out of scope, as The Economist's estimate is (real articles).

bunatimes retelling Korrespondent (12 Jan 2024): "Since the start of its all-out invasion, Russia has lost
at least 2,619 tanks in Ukraine, accounting for at least 90% of Russia's total number in service, Forbes
reported", "The publication said that we are talking about 1,735 destroyed, 205 abandoned and 544 captured
tanks" and '... the Russian army would have been reduced to only 368 tanks, ...," Forbes believes.' Forbes
was no counting body of the checker's, so 2,619 and 368 were judged as the General Staff's tank total
(incorrect against 6,060) and 1,735 as a day's personnel. Forbes now stands beside The Economist in
lexicon.OTHER_SOURCE and among the bodies an estimate's wording speaks for (clauses._ESTIMATING_BODIES).
The General Staff's total in the same article is still judged. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

JAN12 = date(2024, 1, 12)

FORBES = (
    "Since the start of its all-out invasion, Russia has lost at least 2,619 tanks in Ukraine, accounting for at "
    "least 90% of Russia's total number in service, Forbes reported. The publication said that we are talking "
    "about 1,735 destroyed, 205 abandoned and 544 captured tanks of T-55, T-62, T-72, T-80 and T-90 models. "
    "\"If the Kremlin had no options to compensate for the war losses, the Russian army would have been reduced "
    "to only 368 tanks, which would be too few to defend against the Ukrainian armored corps,\" Forbes believes."
)


def test_forbes_figures_are_not_judged(petro_series: dict[str, LossSeries]) -> None:
    judged = {v.claim.value for v in check_text(FORBES, petro_series, as_of=JAN12).verdicts}
    assert judged.isdisjoint({2619, 1735, 368})


def test_the_general_staffs_total_after_forbes_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    n = total(petro_series["tanks"], JAN12)
    text = (FORBES + " Let us remind you that, according to the latest data from the General Staff of the Armed "
            f"Forces of Ukraine, since the beginning of the full-scale invasion, Ukraine has destroyed {n:,} tanks "
            "of the aggressor country.")
    found = {(v.claim.category, v.claim.kind, v.verdict) for v in check_text(text, petro_series, as_of=JAN12).verdicts
             if v.claim.value == n}
    assert found == {("tanks", ClaimKind.TOTAL, VerdictKind.CORRECT)}
