"""An outlet named in the next sentence as writing about the figure with reference to another body's data
("Since the beginning of the full-scale invasion of Ukraine, russia has lost about three thousand tanks.
Reuters writes about this with reference to the data of the International Institute for Strategic Studies")
gives that body's figure: out of scope. The same sentence followed by an outlet citing the General Staff is
judged.

UNN (13 Feb 2024, date9/14) retold the IISS's Military Balance; the sentence after the figure names the body
after "writes about this", a form the attribution after a figure (clauses.ATTRIBUTION_AFTER,
attributes_otherwise) did not read, so 3,000 tanks was judged against the General Staff's 6,424 (incorrect).
clauses._ATTRIBUTING gains "writes/wrote about this/it" and "reports/reported about this". True values come
from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2024, 2, 13)


def test_a_figure_an_outlet_writes_about_from_another_body_is_not_judged(
        petro_series: dict[str, LossSeries]) -> None:
    text = ("Since the beginning of the full-scale invasion of Ukraine, russia has lost about three thousand tanks. "
            "Reuters writes about this with reference to the data of the International Institute for Strategic "
            "Studies, UNN reports.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in report.verdicts] == []


def test_a_figure_an_outlet_writes_about_from_the_general_staff_is_judged(
        petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["tanks"], DAY)
    text = (f"Since the beginning of the full-scale invasion of Ukraine, russia has lost {value:,} tanks. "
            "Reuters writes about this with reference to the data of the General Staff of Ukraine's Armed Forces.")
    report = check_text(text, petro_series, as_of=DAY)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
