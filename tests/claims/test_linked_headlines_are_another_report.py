"""A "Read also:" link dropped into the text carries another report's figures (real articles).

NV's English story on Yahoo (23 Jan 2023) ran two links between its paragraphs: "Read also: Ukraine
eliminates 630 Russian troops, two tanks, 26 cruise missiles in past day" (another day's report) and
"Read also: 120,000 Russian soldiers killed in Ukraine thus far, says General Staff". The first was
judged against 23 Jan 2023's report (630, two tanks, 26 cruise missiles: three incorrect). Ukrinform
and others do the same in Ukrainian ("Читайте також: Сили оборони знищили ще 990 російських
загарбників"). A sentence or paragraph that opens with a link's label is now out of scope as a whole;
the article's own figures around it are still judged.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

JAN23 = date(2023, 1, 23)
LINKED = "a linked headline of another report"


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=JAN23)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize("label", ["Read also:", "READ MORE:", "Related:", "Читайте також:"])
def test_a_linked_headline_is_not_judged(label: str, petro_series: dict[str, LossSeries]) -> None:
    day = JAN23 - timedelta(days=1)
    daily = losses(petro_series["personnel"], day, day)
    gs = total(petro_series["personnel"], JAN23)
    text = ("Kristoffersen also called on Ukraine's military allies to supply the country with battle tanks.\n\n"
            f"{label} Ukraine eliminates 630 Russian troops, two tanks, 26 cruise missiles in past day\n\n"
            f"According to the Ukraine's military General Staff's morning update as of Jan. 23, about {daily:,} "
            f"Russian invaders were eliminated in the past day alone, and about {gs:,} of them have been killed "
            "since the beginning of the full-scale invasion of Ukraine.")
    assert _outcome(text, petro_series, 630) == LINKED
    assert _outcome(text, petro_series, 26) == LINKED
    assert _outcome(text, petro_series, daily) is VerdictKind.CORRECT
    assert _outcome(text, petro_series, gs) is VerdictKind.CORRECT


def test_a_ukrainian_link_line_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("Окупанти продовжують штурмувати позиції українських військ.\n\n"
            "Читайте також: Сили оборони знищили ще 990 російських загарбників\n\n"
            "Бойові дії тривають на всіх напрямках.")
    assert _outcome(text, petro_series, 990) == LINKED


def test_a_sentence_that_only_mentions_reading_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    gs = total(petro_series["personnel"], JAN23)
    text = (f"As readers of the General Staff's update also read on Jan. 23, about {gs:,} Russian troops have "
            "been killed since the beginning of the full-scale invasion.")
    assert _outcome(text, petro_series, gs) is VerdictKind.CORRECT
