"""A list under a heading lists the losses of the period named just before it (issue 11).

Weekly and monthly summaries by the Ministry of Defence give their period once and list the
equipment under a heading with no date of its own: "За тиждень з 2 по 8 грудня Сили оборони знищили
… окупантів. … Зокрема, РФ має такі втрати: - 62 танки; - 117 бойових броньованих машин; …", or "За
минулий тиждень значних втрат зазнала техніка окупантів. Йдеться про: - 79 танків; …". Each item is
that period's losses: a dated period of the heading's paragraph or the one before, or the period of
the sentence just before a short heading ("Йдеться про:", "The losses included:"), which need not
name losses itself. Before, the items were read as the latest day's figures (incorrect), or, under
a heading without loss words, not read at all. A heading with a day of its own, or dated by the
invasion or a report, keeps its day or totals; a period further back dates no list. True values
come from the series.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import total as _total
from series_truth import uk as _uk

DEC10 = date(2024, 12, 10)
WEEK = (date(2024, 12, 2), date(2024, 12, 8))
PAST7 = (DEC10 - timedelta(days=7), DEC10 - timedelta(days=1))
NOV = (date(2024, 11, 1), date(2024, 11, 30))


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[str, ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.claim.kind, v.verdict)
            for v in check_text(text, series, as_of=DEC10).verdicts}


def _truths(series: dict[str, LossSeries], period: tuple[date, date]) -> dict[str, int]:
    return {c: _losses(series[c], *period) for c in ("personnel", "tanks", "armoured_vehicles", "artillery")}


def test_a_list_under_a_heading_after_a_dated_week_is_that_week(petro_series: dict[str, LossSeries]) -> None:
    t = _truths(petro_series, WEEK)
    text = (f"За тиждень з 2 по 8 грудня 2024 року Сили оборони знищили {_uk(t['personnel'])} окупантів. "
            "Також ворог втратив сотні одиниць техніки.\n"
            "Зокрема, РФ має такі втрати озброєння:\n"
            f"- {t['tanks']} танків;\n- {t['armoured_vehicles']} бойових броньованих машин;\n"
            f"- {t['artillery']} артилерійських систем.")
    judged = _judged(text, petro_series)
    for category in ("tanks", "armoured_vehicles", "artillery"):
        assert judged[t[category]] == (category, ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_short_heading_lists_the_period_of_the_sentence_before(petro_series: dict[str, LossSeries]) -> None:
    t = _truths(petro_series, PAST7)
    text = ("За минулий тиждень значних втрат зазнала техніка окупантів. Йдеться про:\n"
            f"- {t['tanks']} танків;\n- {t['artillery']} артилерійських систем;")
    judged = _judged(text, petro_series)
    assert judged[t["tanks"]] == ("tanks", ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[t["artillery"]] == ("artillery", ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_an_english_list_after_the_past_week_is_that_week(petro_series: dict[str, LossSeries]) -> None:
    t = _truths(petro_series, PAST7)
    text = (f"Over the past week, Russia lost {t['personnel']:,} troops. The losses included:\n"
            f"- {t['tanks']} tanks\n- {t['artillery']} artillery systems")
    judged = _judged(text, petro_series)
    assert judged[t["tanks"]] == ("tanks", ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[t["artillery"]] == ("artillery", ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_list_after_a_named_month_is_that_month(petro_series: dict[str, LossSeries]) -> None:
    t = _truths(petro_series, NOV)
    text = (f"In November 2024, Russia lost {t['personnel']:,} troops, the Defence Ministry said.\n"
            "Equipment losses over those weeks were:\n"
            f"- {t['tanks']} tanks\n- {t['armoured_vehicles']} armoured combat vehicles")
    judged = _judged(text, petro_series)
    assert judged[t["tanks"]] == ("tanks", ClaimKind.PERIOD, VerdictKind.CORRECT)
    assert judged[t["armoured_vehicles"]] == ("armoured_vehicles", ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_heading_with_a_day_of_its_own_keeps_its_day(petro_series: dict[str, LossSeries]) -> None:
    week = _truths(petro_series, WEEK)
    day = _losses(petro_series["tanks"], date(2024, 12, 8), date(2024, 12, 8))
    text = (f"За тиждень з 2 по 8 грудня 2024 року Сили оборони знищили {_uk(week['personnel'])} окупантів.\n"
            "За добу 8 грудня армія РФ втратила:\n"
            f"- {day} танків;")
    assert _judged(text, petro_series)[day] == ("tanks", ClaimKind.DAY, VerdictKind.CORRECT)


def test_a_general_staff_heading_after_a_month_keeps_its_totals(petro_series: dict[str, LossSeries]) -> None:
    month = _truths(petro_series, NOV)
    tanks = _total(petro_series["tanks"], DEC10)
    text = (f"У листопаді 2024 року росія втратила {_uk(month['personnel'])} військових.\n"
            "Загальні бойові втрати противника з 24.02.22 по 10.12.24 орієнтовно склали:\n"
            f"танків ‒ {_uk(tanks)}")
    assert _judged(text, petro_series)[tanks] == ("tanks", ClaimKind.TOTAL, VerdictKind.CORRECT)


@pytest.mark.parametrize("gap", ["\nРосія також атакувала енергетику.\nУкраїна отримала нові системи ППО.\n"])
def test_a_period_two_paragraphs_back_dates_no_list(gap: str, petro_series: dict[str, LossSeries]) -> None:
    t = _truths(petro_series, WEEK)
    text = (f"За тиждень з 2 по 8 грудня 2024 року Сили оборони знищили {_uk(t['personnel'])} окупантів.{gap}"
            "Зокрема, РФ має такі втрати озброєння:\n"
            f"- {t['tanks']} танків;")
    judged = _judged(text, petro_series)
    assert judged.get(t["tanks"], (None, None, None))[1] is not ClaimKind.PERIOD
