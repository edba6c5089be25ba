"""Seasons named relative to the article's date (issue 11): "last autumn", "last winter", "this winter".

Seasons are meteorological (spring March–May, summer June–August, autumn September–November,
winter December–February), as for "in the autumn". "Last <season>" is the latest one that has
ended before the article; when that one ended in the article's own year ("last summer" in an
October article) the same season a year before is also a reading (writers use both). "Last
winter" is the latest ended winter; "this winter" the one under way (or, from March to June, the
one just ended). "Торік восени" is the autumn of the previous calendar year. Each sentence is
judged against the true figure computed from the series.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.claims.dates import find_times
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402
from series_truth import uk as _uk

DEC3, MAR15, OCT20 = date(2024, 12, 3), date(2025, 3, 15), date(2025, 10, 20)


@pytest.mark.parametrize(("text", "as_of", "bounds"), [
    pytest.param("last autumn", MAR15, [(date(2024, 9, 1), date(2024, 11, 30))], id="autumn-in-march"),
    pytest.param("last autumn", DEC3, [(date(2024, 9, 1), date(2024, 11, 30)), (date(2023, 9, 1), date(2023, 11, 30))],
                 id="autumn-just-ended"),
    pytest.param("last fall", MAR15, [(date(2024, 9, 1), date(2024, 11, 30))], id="fall"),
    pytest.param("last summer", MAR15, [(date(2024, 6, 1), date(2024, 8, 31))], id="summer-in-march"),
    pytest.param("last summer", OCT20, [(date(2025, 6, 1), date(2025, 8, 31)), (date(2024, 6, 1), date(2024, 8, 31))],
                 id="summer-in-october"),
    pytest.param("last spring", date(2025, 4, 10), [(date(2024, 3, 1), date(2024, 5, 31))], id="spring-under-way"),
    pytest.param("last winter", OCT20, [(date(2024, 12, 1), date(2025, 2, 28))], id="winter"),
    pytest.param("last winter", date(2025, 1, 20), [(date(2023, 12, 1), date(2024, 2, 29))], id="winter-in-winter"),
    pytest.param("this winter", date(2025, 1, 20), [(date(2024, 12, 1), date(2025, 2, 28))], id="this-winter"),
    pytest.param("this past summer", OCT20, [(date(2025, 6, 1), date(2025, 8, 31)),
                                             (date(2024, 6, 1), date(2024, 8, 31))], id="this-past-summer"),
    pytest.param("минулої осені", MAR15, [(date(2024, 9, 1), date(2024, 11, 30))], id="uk-autumn"),
    pytest.param("минулого літа", MAR15, [(date(2024, 6, 1), date(2024, 8, 31))], id="uk-summer"),
    pytest.param("минулої зими", OCT20, [(date(2024, 12, 1), date(2025, 2, 28))], id="uk-winter"),
    pytest.param("цієї зими", date(2025, 1, 20), [(date(2024, 12, 1), date(2025, 2, 28))], id="uk-this-winter"),
    pytest.param("торік восени", DEC3, [(date(2023, 9, 1), date(2023, 11, 30))], id="uk-autumn-last-year"),
    pytest.param("минулої весни", date(2025, 4, 10), [(date(2024, 3, 1), date(2024, 5, 31))], id="uk-spring"),
])
def test_a_season_named_relative_to_the_article_resolves_to_its_months(
    text: str, as_of: date, bounds: list[tuple[date, date]],
) -> None:
    (ref,) = find_times(text, as_of)
    assert ref.text == text
    assert [(r.start, r.end) for r in ref.readings] == bounds


@pytest.mark.parametrize(("make", "as_of", "first", "last"), [
    (lambda n: f"Last autumn, Russia lost {n:,} troops, according to Ukraine's General Staff.",
     MAR15, date(2024, 9, 1), date(2024, 11, 30)),
    (lambda n: f"Минулої осені росія втратила {_uk(n)} військових, повідомив Генштаб.",
     MAR15, date(2024, 9, 1), date(2024, 11, 30)),
    (lambda n: f"Russia lost {n:,} soldiers last winter, the General Staff said.",
     OCT20, date(2024, 12, 1), date(2025, 2, 28)),
    (lambda n: f"Минулої зими ворог втратив {_uk(n)} осіб, за даними Генштабу.",
     OCT20, date(2024, 12, 1), date(2025, 2, 28)),
    (lambda n: f"Last summer alone, Russia lost {n:,} troops, Ukraine's General Staff said.",
     MAR15, date(2024, 6, 1), date(2024, 8, 31)),
    (lambda n: f"Минулого літа росія втратила {_uk(n)} військових, повідомив Генштаб.",
     MAR15, date(2024, 6, 1), date(2024, 8, 31)),
    (lambda n: f"Russia lost {n:,} troops last summer, the General Staff said.",  # the summer just gone
     OCT20, date(2025, 6, 1), date(2025, 8, 31)),
    (lambda n: f"Russia lost {n:,} troops last summer, the General Staff said.",  # or the one before
     OCT20, date(2024, 6, 1), date(2024, 8, 31)),
    (lambda n: f"Торік восени росія втратила {_uk(n)} військових, повідомив Генштаб.",
     DEC3, date(2023, 9, 1), date(2023, 11, 30)),
    (lambda n: f"Last spring, Russia lost {n:,} troops, according to the General Staff.",
     date(2025, 4, 10), date(2024, 3, 1), date(2024, 5, 31)),
])
def test_a_figure_for_a_season_named_relative_to_the_article_is_that_seasons_sum(
    make: Callable[[int], str], as_of: date, first: date, last: date, petro_series: dict[str, LossSeries],
) -> None:
    true = _losses(petro_series["personnel"], first, last)
    verdicts = [(v.claim.value, v.verdict, v.claim.kind.value) for v in check_text(
        make(true), petro_series, as_of=as_of).verdicts]
    assert verdicts == [(true, VerdictKind.CORRECT, "period")]
    wrong = check_text(make(true * 6 // 5), petro_series, as_of=as_of).verdicts
    assert wrong[0].verdict is VerdictKind.INCORRECT  # 20% off every reading
