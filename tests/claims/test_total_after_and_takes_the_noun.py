"""A bare figure joined by "and" to the figure before it, in its sentence, counts the same noun:
"Russia has also lost 38 artillery systems in the past day, and a total of 10,466 in the more than two
years of full-scale war" (a Newsweek rewrite on denisblogs.com, 10 Mar 2024) had its 10,466 read as
personnel (the default for a figure with no noun) and called incorrect against the personnel total
(424,060). extract._category let a figure without a noun take the previous figure's noun only when
nothing but a connector stood between the two numbers ("38 and 45"); the previous figure's own noun and
time between them ("38 artillery systems in the past day, and ...") broke it. Now "and", "and a total
of", "and in total", "та/і/а загалом" right after the previous claim carry its category (not its
kind or time). True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AS_OF = date(2024, 3, 10)


@pytest.mark.parametrize("template", [
    "Russia has also lost {d} artillery systems in the past day, and a total of {t:,} in the more than two years "
    "of full-scale war, according to the General Staff.",
    "Russia has also lost {d} artillery systems in the past day, and {t:,} since the full-scale invasion began, "
    "according to the General Staff.",
    "За минулу добу росія втратила {d} артсистем, а загалом {tu} від початку повномасштабного вторгнення, повідомив Генштаб.",
])
def test_the_total_takes_the_noun_before_and(template: str, petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["artillery"], date(2024, 3, 9), date(2024, 3, 9))
    value = total(petro_series["artillery"], AS_OF)
    text = template.format(d=day, t=value, tu=uk(value))
    report = check_text(text, petro_series, as_of=AS_OF)
    found = [(v.claim.category, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [("artillery", VerdictKind.CORRECT)]


def test_a_figure_with_its_own_noun_keeps_it(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["artillery"], date(2024, 3, 9), date(2024, 3, 9))
    value = total(petro_series["personnel"], AS_OF)
    text = (f"Russia has also lost {day} artillery systems in the past day, and a total of {value:,} troops "
            f"since the full-scale invasion began, according to the General Staff.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.category, v.verdict) for v in report.verdicts if v.claim.value == value] == [
        ("personnel", VerdictKind.CORRECT)]


def test_a_figure_before_an_unknown_noun_takes_no_noun(petro_series: dict[str, LossSeries]) -> None:
    # zn.ua (4 Dec 2023): "чотири танки та 11 БТР" — "БТР" is a noun the lexicon does not know; the 11 is no tank
    text = ("Раніше у ранковому зведенні Генерального штабу від 3 грудня повідомлялося, що російські загарбники за "
            "минулу добу втратили в Україні 930 осіб особового складу, чотири танки та 11 БТР.")
    report = check_text(text, petro_series, as_of=date(2023, 12, 4))
    assert [v.claim.category for v in report.verdicts if v.claim.value == 11] == []
