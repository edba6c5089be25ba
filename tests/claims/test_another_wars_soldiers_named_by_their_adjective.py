"""Soldiers named as another war's by the word right before their noun, "15,000 Soviet troops", are that war's (real articles).

Daily Mail (16 Feb 2024, date9's n32 page 23): "By comparison, around 15,000 Soviet troops were killed and
53,000 injured in Afghanistan during the Soviet-Afghan war, which lasted from nine years - from 1979 to
1989." The side of a figure is read from the words before it (and the sentence before); here the
past war is named only between the figure and its noun, and its other words come after the next figure,
so 15,000 was read as Russia's and judged against the General Staff's total (incorrect, both modes).
The words between a figure and its noun are now read for another war's side too, as they already are
for Ukraine's ("15,000 Ukrainian troops"). Russia's soldiers so named stay Russia's. True values come
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2024, 2, 16)


def test_soviet_troops_are_another_wars(petro_series: dict[str, LossSeries]) -> None:
    text = ("By comparison, around 15,000 Soviet troops were killed and 53,000 injured in Afghanistan during the "
            "Soviet-Afghan war, which lasted nine years - from 1979 to 1989.")
    report = check_text(text, petro_series, as_of=_DAY)
    assert report.verdicts == ()
    assert [o.reason for o in report.out_of_scope if o.value == 15_000] == ["another war's losses"]


def test_russian_troops_stay_russias(petro_series: dict[str, LossSeries]) -> None:
    people = total(petro_series["personnel"], _DAY)
    report = check_text(f"Russia has lost {people:,} Russian troops since the invasion, Kyiv said.", petro_series,
                        as_of=_DAY)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [("personnel", VerdictKind.CORRECT)]
