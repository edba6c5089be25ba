""""Losses in tanks ... exceeded 1,000 units" is a figure for tanks, as "tank losses" is (real articles).

Ukrinform on menafn (25 Apr 2025, date9's n32 page 01) quotes Syrskyi: "The Russian Federation's losses in
tanks alone since the beginning of the year have already exceeded one thousand units (1,031)." The line is
named only before the verb, as "losses in tanks", which the sentence's topic (scope.topic_category) did
not read ("tank losses" and "losses of tanks" it did); and "tank losses" was read in a way that took the
word "losses", so a "losses in ..." right after a noun was never seen. The figure, with "units" after it,
was out of scope ("not a loss figure"), or the soldiers' sum. "Losses in <line>" now names the line, and
the noun before "losses" is read without taking the word. A sentence on manpower stays the soldiers'.
True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2025, 4, 25)


def test_losses_in_tanks_name_the_tanks_line(petro_series: dict[str, LossSeries]) -> None:
    tanks = petro_series["tanks"]
    since_new_year = total(tanks, _DAY) - total(tanks, date(2025, 1, 1))
    assert 1000 < since_new_year < 1250  # the premise: "exceeded 1,000" fairly describes it
    text = ("The Russian Federation's losses in tanks alone since the beginning of the year have already exceeded "
            "1,000 units, Syrskyi stated.")
    report = check_text(text, petro_series, as_of=_DAY)
    assert [(v.claim.category, v.claim.value, v.verdict) for v in report.verdicts] == [
        ("tanks", 1000, VerdictKind.ROUNDED)]


def test_losses_in_manpower_stay_the_soldiers(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia's losses in manpower since the beginning of the year have exceeded 150,000."
    report = check_text(text, petro_series, as_of=_DAY)
    assert [v.claim.category for v in report.verdicts] == ["personnel"]
