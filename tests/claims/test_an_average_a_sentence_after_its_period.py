"""An average said a sentence after the one that named its period, with a sentence between that says no figure and no time.

menafn.com / Ukrinform (7 Oct 2024, time11's page 04): "The average daily Russian casualties ... reached a new
monthly war high during September 2024. The UK Defense said this in an intelligence update ... Analysts ... said
that the average daily loss rate was 1,271 per day compared to the previous monthly war high of 1,262 recorded in
May 2024." The average was read as the rate of the past 7 days (1,224: incorrect): the sentence just before named
no period, and the average's own sentence names May 2024, which is the next figure's. September's daily mean was
1,271 (38,130 over 30 days). True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 10, 7)


def _mean(series: LossSeries, first: date, last: date) -> int:
    return round(losses(series, first, last) / ((last - first).days + 1))


def _verdicts(text: str, series: dict[str, LossSeries]) -> list[tuple[int, ClaimKind, VerdictKind, str]]:
    return [(v.claim.value, v.claim.kind, v.verdict, v.claim.time.primary.label if v.claim.time else "")
            for v in check_text(text, series, as_of=AS_OF).verdicts]


def test_an_average_a_sentence_after_the_month(petro_series: dict[str, LossSeries]) -> None:
    mean = _mean(petro_series["personnel"], date(2024, 9, 1), date(2024, 9, 30))
    text = ("The average daily Russian casualties in Ukraine reached a new monthly war high during September 2024.\n\n"
            "The UK Defense said this in an intelligence update published on X, Ukrinform reports.\n\n"
            "Analysts, based on reporting from the General Staff of the Ukrainian Armed Forces, said that "
            f"the average daily loss rate was {mean:,} per day compared to the previous "
            "monthly war high of 1,262 recorded in May 2024.")
    found = _verdicts(text, petro_series)
    assert found[0][:3] == (mean, ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert "September" in found[0][3]


def test_a_figure_between_keeps_the_average_of_late(petro_series: dict[str, LossSeries]) -> None:
    mean = _mean(petro_series["personnel"], date(2024, 9, 1), date(2024, 9, 30))
    text = ("The average daily Russian casualties in Ukraine reached a new monthly war high during September 2024.\n\n"
            "Ukraine's General Staff said Russia had lost 1,100 troops on 5 October.\n\n"
            "Analysts, based on reporting from the General Staff of the Ukrainian Armed Forces, said that "
            f"the average daily loss rate was {mean:,} per day.")
    found = _verdicts(text, petro_series)
    assert all("September" not in label for value, _, _, label in found if value == mean)
