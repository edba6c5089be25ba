"""A list of figures ending in "since Monday" shares it: "Russia has also lost 188 artillery systems,
383 UAVs, 176 armored fighting vehicles, and more since Monday" (Newsweek, 25 Oct 2024, via
byteseu.com). The time's own "since" stood between the first items and "Monday" and counted as a
clause break (clauses.CLAUSE_BREAK), so 188 and 383 were read as running totals and called
incorrect; only 176 took the week. The word is the time's own unless the figures are compared with it
("the most since May", "the highest daily toll since"). True values from the series (reports of
21-25 October: report dates, as the article's "since Monday" counts Monday's report).
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

AS_OF = date(2024, 10, 25)


def test_every_item_of_a_list_takes_the_since_after_it(petro_series: dict[str, LossSeries]) -> None:
    def since_monday(key: str) -> int:  # the reports of Monday 21 to Friday 25 October
        return total(petro_series[key], AS_OF) - total(petro_series[key], date(2024, 10, 20))

    art, uav, afv = since_monday("artillery"), since_monday("uavs"), since_monday("armoured_vehicles")
    text = (f"Russia has also lost {art} artillery systems, {uav} UAVs, {afv} armored fighting vehicles, "
            "and more since Monday.")
    report = check_text(text, petro_series, as_of=AS_OF)
    found = {v.claim.value: (v.claim.kind, v.verdict) for v in report.verdicts}
    assert found == dict.fromkeys((art, uav, afv), (ClaimKind.PERIOD, VerdictKind.CORRECT_OTHER_CONVENTION))
