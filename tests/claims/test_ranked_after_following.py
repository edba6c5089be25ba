""""It was the second deadliest month in the war for Russian tank crews, following October 2023, with 521": the
month named after "following" is the one ranked above, the deadliest, not the second. Found in Newsweek's tank
paragraph, retold on viralclip.net (7 Oct 2024, sum7's n30 page p01; the same paragraph on en6's n29 page 08 and
sum6's n28 page p11): the sentence's rank ("second") was given to October 2023's 521, so the record was judged
incorrect although October 2023 was the war's deadliest month for tanks (521) and its figure is right. A rank
above one stated before ", following" / ", behind" / ", after" / ", second only to" / ", поступаючись" now goes
to the figure named after it, one rank higher. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 10, 7)


def test_the_month_it_follows_is_the_first(petro_series: dict[str, LossSeries]) -> None:
    tanks = petro_series["tanks"]
    may, october = losses(tanks, date(2024, 5, 1), date(2024, 5, 31)), losses(tanks, date(2023, 10, 1),
                                                                              date(2023, 10, 31))
    text = (f"May was Russia's worst month for tank losses this year, with {may} destroyed. It was the second "
            f"deadliest month in the war for Russian tank crews, following October 2023, with {october}.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.value, v.claim.kind, v.claim.record_rank, v.verdict) for v in report.verdicts] == [
        (may, ClaimKind.RECORD, 1, VerdictKind.CORRECT), (october, ClaimKind.RECORD, 1, VerdictKind.CORRECT)]


def test_the_second_alone_keeps_its_rank(petro_series: dict[str, LossSeries]) -> None:
    may = losses(petro_series["tanks"], date(2024, 5, 1), date(2024, 5, 31))
    text = f"May 2024 was the second deadliest month of the war for Russian tank crews, with {may} tanks lost."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.record_rank, v.verdict) for v in report.verdicts] == [(2, VerdictKind.CORRECT)]
