"""Two totals of different categories that meet in one report date an undated article.

unn.ua (3 Mar 2024) retold a UK Defence Intelligence update (its figures another body's, out of
scope) and closed with the General Staff's own: "The losses of the Russian occupiers since the
beginning of the full-scale invasion of Ukraine have already reached about 416,800 people, 6,640
tanks ...". Self-dated, the check found no stamp, and the two totals were too few to date the
article (three figures must agree on a report, or two on a weekday the text names), so it was
judged at today and both came out incorrect, though each is the report of 3 Mar 2024's. Now two
totals of different categories date the article when each fits a few reports only (a printed total,
or the few reports a rounded one fairly describes) and no other report fits as many figures.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

TODAY = date(2026, 12, 4)
REPORT = date(2024, 3, 3)
CORRECT = VerdictKind.CORRECT


def test_a_rounded_personnel_total_and_a_tanks_total_date_the_article(petro_series: dict[str, LossSeries]) -> None:
    people, tanks = total(petro_series["personnel"], REPORT), total(petro_series["tanks"], REPORT)
    assert people % 100 == 0  # "about 416,800": a bound, not a printed figure, so it fits a few reports
    text = ("The average daily losses of Russians in February amounted to 983 people, the British Ministry of "
            "Defence said.\n\nRecall\n\nThe losses of the Russian occupiers since the beginning of the full-scale "
            f"invasion of Ukraine have already reached about {people:,} people, {tanks:,} tanks and hundreds of "
            "pieces of military equipment.")
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of == REPORT
    assert [(v.claim.value, v.verdict) for v in checked.verdicts] == [(people, CORRECT), (tanks, CORRECT)]


def test_the_same_totals_in_ukrainian_date_the_article(petro_series: dict[str, LossSeries]) -> None:
    people, tanks = total(petro_series["personnel"], REPORT), total(petro_series["tanks"], REPORT)
    text = (f"Нагадаємо, загальні втрати ворога з початку повномасштабного вторгнення сягнули близько {uk(people)} "
            f"осіб і {uk(tanks)} танків.")
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of == REPORT
    assert [(v.claim.value, v.verdict) for v in checked.verdicts] == [(people, CORRECT), (tanks, CORRECT)]


def test_totals_that_stood_for_many_reports_date_nothing(petro_series: dict[str, LossSeries]) -> None:
    # aircraft and helicopters totals stand unchanged for weeks: many reports fit both, none alone
    aircraft, helicopters = total(petro_series["aircraft"], REPORT), total(petro_series["helicopters"], REPORT)
    text = f"Since the start of the invasion Russia has lost {aircraft:,} aircraft and {helicopters:,} helicopters."
    assert check_text(text, petro_series, today=TODAY).as_of != REPORT
