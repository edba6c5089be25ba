"""The General Staff's total called "killed", out of scope, still names the one report that printed it.

Pledge Times (7 Feb 2023, date11's page 13): "In the last 24, 1,030 Russian soldiers have been killed according to
the Kiev bulletin ... The latest Ukrainian bulletin reports a total of 133,190 Russians killed since the start of
Russia's invasion". The total is left out of scope (the General Staff counts killed and wounded together), so it
voted for no report; the page had no stamp, the self-dated check fell to the caller's today and the day's 1,030 was
judged against 2026's latest report (incorrect). A figure printed to the ten that one report alone printed as its
personnel total names that report, whatever the article calls it; a round one ("20,000 killed") names none.
True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

TODAY = date(2026, 12, 4)


def test_a_total_called_killed_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    s = petro_series["personnel"]
    report = date(2023, 2, 7)
    day = losses(s, report - timedelta(days=1), report - timedelta(days=1))
    text = (f"In the last 24 hours, {day:,} Russian soldiers have been killed according to the Kiev bulletin. "
            f"The latest Ukrainian bulletin reports a total of {total(s, report):,} Russians killed since the start "
            "of Russia's invasion, a figure that cannot be independently verified.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (report, "figures")
    assert [v.verdict for v in checked.verdicts if v.claim.value == day] == [VerdictKind.CORRECT]
    assert total(s, report) in [o.value for o in checked.out_of_scope]  # still out of scope


def test_a_round_figure_called_killed_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: a figure to the hundred called killed is an estimate or a mark, though one report printed it
    s = petro_series["personnel"]
    report = date(2023, 1, 20)
    assert total(s, report) % 100 == 0 and total(s, report - timedelta(days=1)) != total(s, report)
    text = (f"The latest Ukrainian bulletin reports a total of {total(s, report):,} Russians killed since the start "
            "of Russia's invasion.")
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"
