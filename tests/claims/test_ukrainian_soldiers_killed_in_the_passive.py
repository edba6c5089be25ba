"""Ukrainian soldiers named in the passive ("13,000 Ukrainian soldiers had been killed", "Ukrainian troops
were killed") are the ones who died, Ukraine's own losses, not the agent that killed Russia's soldiers.

jwep.net retelling the Daily Express (2 Dec 2022): "Mykhailo Podolyak, an advisor to Volodymyr Zelensky,
yesterday claimed just between 10-13,000 Ukrainian soldiers had been killed since the beginning of the ongoing
conflict in February." then 'He said: "We have official figures from the general staff, ..., and they amount
to (between) 10,000 and 12,500 to 13,000 killed."' lexicon.UKRAINE_AGENT read "Ukrainian soldiers ... killed"
(up to three words between) as Ukraine the agent, so the side carried to the quote was Russia's and its
10,000 a correct milestone of the General Staff's count. The words between may no longer be a passive
auxiliary (been, were, was, being, get, got, are, is). True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 12, 2)


def test_ukrainian_soldiers_who_had_been_killed_are_ukraines_losses(petro_series: dict[str, LossSeries]) -> None:
    text = ("Mykhailo Podolyak, an advisor to Volodymyr Zelensky, yesterday claimed that 13,000 Ukrainian soldiers "
            "had been killed since the beginning of the conflict in February.\n"
            'He said: "We have official figures from the general staff, and they amount to (between) 10,000 and '
            '12,500 to 13,000 killed."')
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []
    reasons = {(o.start, o.value): o.reason for o in report.out_of_scope}
    assert [reason for (_, value), reason in sorted(reasons.items()) if value in {10_000, 13_000}][:2] == [
        "Ukraine's losses", "Ukraine's losses"]


def test_ukrainian_troops_who_killed_still_give_russias_losses(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["personnel"], DAY)
    text = f"Since February 24, Ukrainian troops have killed about {value:,} Russian soldiers, the General Staff said."
    report = check_text(text, petro_series, as_of=DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
