"""A record month named without its year and without "since the invasion" is the highest of its year's months.

newslivecenter.com (11 Oct 2024, en9's n32 page 03; the development set holds the same page) and Newsweek
(29 Nov 2024, page 01): "May stands out as the month with the highest tank losses for Russia, totaling 428.
This was only surpassed ... by October 2023, which saw 521", "For tanks, the worst month for Russian forces
was May, during which Ukraine reported 428 destroyed." A month with no preposition before it ("May stands
out", "was May") was no time, so 428 was judged as the record of all days (55) or of all months (521):
incorrect. dates now reads a month named as the subject of "was|stands|stood|proved|became|remain(s|ed)" or
after "was|were" as that month, and a record month named without its year, with no war reference ("since
the full-scale invasion") in its sentence, is the record of that year's months (record_since its 1 January;
rank 1 only). With "since the full-scale invasion began", or with its year written, the record is of the
whole war. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

_AS_OF = date(2024, 10, 11)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_AS_OF).verdicts}


def _may(series: dict[str, LossSeries]) -> int:
    return losses(series["tanks"], date(2024, 5, 1), date(2024, 5, 31))


def test_a_record_month_without_its_year_is_its_years_record(petro_series: dict[str, LossSeries]) -> None:
    may = _may(petro_series)
    for text in (f"May stands out as the month with the highest tank losses for Russia, totaling {may}.",
                 f"For tanks, the worst month for Russian forces was May, during which Ukraine reported {may} tanks "
                 "destroyed."):
        assert _judged(text, petro_series)[may] == (ClaimKind.RECORD, VerdictKind.CORRECT)


def test_a_record_month_since_the_invasion_is_the_wars(petro_series: dict[str, LossSeries]) -> None:
    may = _may(petro_series)  # October 2023 lost more tanks
    text = f"May was the worst month since the full-scale invasion began, with {may} tanks destroyed."
    assert _judged(text, petro_series)[may] == (ClaimKind.RECORD, VerdictKind.INCORRECT)
