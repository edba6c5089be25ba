"""A total "reported one week ago" / "a year ago" / "тиждень тому" / "рік тому" is the total then, not now.

Newsweek (20 Nov 2023): "... bringing the total number of casualties to 319,210 since the war
began ..., the General Staff of Ukraine's military said on Monday. That's up from roughly 311,750
deaths reported one week ago." The older total had no date of its own, so it was read as the
article's: judged against the latest report, and, undated, it named its own report (12 Nov) as
the article's date, so every other figure of the article was judged a week early. Now "N days /
weeks / months / years ago" and "N днів / тижнів / місяців / років тому" are a day that long
before the article's date (claims.relative._h_ago): the total is that day's report's, and a
figure dated so names no report the article speaks from.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

TODAY = date(2026, 12, 4)
CORRECT = VerdictKind.CORRECT


def test_an_undated_article_is_not_dated_by_the_total_of_a_week_ago(petro_series: dict[str, LossSeries]) -> None:
    people = petro_series["personnel"]
    report = date(2023, 11, 20)
    now, then = total(people, report), total(people, report - timedelta(days=7))
    day, tanks = now - total(people, report - timedelta(days=1)), total(petro_series["tanks"], report)
    text = (f"Approximately {day:,} Russian soldiers died on Sunday, bringing the total number of casualties to {now:,} since the "
            f"war began on February 24, 2022, the General Staff of Ukraine's military said on Monday. "
            f"That's up from {then:,} deaths reported one week ago. Russia has also lost {tanks:,} tanks.")
    checked = check_text(text, petro_series, today=TODAY)
    assert checked.as_of == report
    assert [(v.claim.value, v.verdict) for v in checked.verdicts] == [
        (day, CORRECT), (now, CORRECT), (then, CORRECT), (tanks, CORRECT)]


@pytest.mark.parametrize(("template", "back"), [
    ("Since the start of the full-scale invasion Russia has lost {now} troops, the General Staff said. "
     "A year ago, the General Staff put Russia's losses at {then} troops.", 365),
    ("Загалом від початку вторгнення росія втратила {now} військових. "
     "Тиждень тому втрати ворога становили {then} осіб.", 7),
    ("Загальні втрати ворога з початку повномасштабного вторгнення сягнули {now} осіб. "
     "Два тижні тому Генштаб оцінював загальні втрати ворога в {then} осіб.", 14),
])
def test_a_total_of_some_time_ago_is_that_reports_total(
    template: str, back: int, petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    report = date(2025, 3, 12)
    now, then = total(people, report), total(people, report - timedelta(days=back))
    text = template.format(now=uk(now) if "Загал" in template else f"{now:,}",
                           then=uk(then) if "Загал" in template else f"{then:,}")
    checked = check_text(text, petro_series, as_of=report, today=TODAY)
    assert [(v.claim.value, v.verdict, v.expected) for v in checked.verdicts] == [
        (now, CORRECT, now), (then, CORRECT, then)]


@pytest.mark.parametrize("template", [
    # rawnews1st.net (17 May 2023), a Newsweek rewrite: 'nearly 15 months ago' dates the invasion, not the total
    "More than {mark} Russian troops have been \"liquidated\" in the full-scale invasion of Ukraine launched by "
    "President Vladimir Putin nearly 15 months ago, according to figures released by Kyiv's military.",
    "Russia has lost more than {mark} troops in the invasion it began a year ago, the General Staff said.",
    "Росія втратила понад {mark} військових з початку вторгнення, яке розпочалося рік тому, повідомив Генштаб.",
])
def test_time_since_the_war_began_dates_no_figure(template: str, petro_series: dict[str, LossSeries]) -> None:
    report = date(2023, 5, 17)
    now = total(petro_series["personnel"], report)
    mark = now // 100_000 * 100_000  # 200,000 passed by the report of the article's day
    text = template.format(mark=f"{mark:,}" if "Russia" in template or "More" in template else uk(mark))
    checked = check_text(text, petro_series, as_of=report, today=TODAY)
    assert [(v.claim.value, v.verdict, v.expected) for v in checked.verdicts] == [(mark, CORRECT, now)]
