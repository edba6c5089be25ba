"""A daily rate said of the present ("в даний час", "currently") is the rate of late, not of the period
named in the sentence before.

Found on online.ua (21 Feb 2026, new9's n32 page 04), Syrskyi to Le Monde: "За його словами, 2025 рік став
першим за весь час війни, коли "втрати російської армії перевищили рівень набору новобранців". Він
зазначив, що Сили оборони в даний час виводять з ладу близько 1000-1100 російських військовослужбовців на
день, загиблими і пораненими." The rate took 2025 from the sentence before, which names a period and no
figure (extract._continued_period, for "За добу окупанти втрачали в середньому 1354 солдати" after "У
жовтні ...": October's daily mean), and was judged against 2025's mean (incorrect: 1,146). A present-time
word in the sentence (relative.NOW_WORDS) keeps the rate of late (the past week's mean). Without one, the
period named before is still carried.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

FEB21 = date(2026, 2, 21)


def test_a_rate_said_of_now_is_not_the_year_named_before(petro_series: dict[str, LossSeries]) -> None:
    week = losses(petro_series["personnel"], date(2026, 2, 14), date(2026, 2, 20)) / 7
    year = losses(petro_series["personnel"], date(2025, 1, 1), date(2025, 12, 31)) / 365
    low = int(round(week, -2))
    high = low + 100
    assert not low <= year <= high  # the year's mean would not hold: the test tells the readings apart
    text = ("За його словами, 2025 рік став першим за весь час війни, коли втрати російської армії перевищили "
            f"рівень набору новобранців. Він зазначив, що Сили оборони в даний час виводять з ладу близько "
            f"{low}-{high} російських військовослужбовців на день, загиблими і пораненими.")
    report = check_text(text, petro_series, as_of=FEB21)
    verdicts = [v for v in report.verdicts if v.claim.value in {(low, high), low}]
    assert verdicts and verdicts[0].verdict.value in {"correct", "rounded"}


def test_without_a_present_word_the_period_before_is_carried(petro_series: dict[str, LossSeries]) -> None:
    month = losses(petro_series["personnel"], date(2025, 10, 1), date(2025, 10, 31)) / 31
    text = ("У жовтні 2025 року російські втрати стали найбільшими з початку війни. "
            f"За добу окупанти втрачали в середньому {uk(round(month))} солдати.")
    report = check_text(text, petro_series, as_of=FEB21)
    verdicts = [v for v in report.verdicts if v.claim.value == round(month)]
    assert verdicts and verdicts[0].verdict.value == "correct"
