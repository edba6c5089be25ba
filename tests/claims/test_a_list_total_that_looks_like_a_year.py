"""A list's total that looks like a year, "артилерійських систем — 1923 (+8) од.", is a figure (real articles).

lviv.media (7 Dec 2022, date9's n32 page 39) listed "... бойових броньованих машин — 5909 (+4) од.,
артилерійських систем — 1923 (+8) од., РСЗВ — 395 (+0) од., ...". A number from 1900 to 2099 with no
noun after it is taken for a year and dropped unless "од." follows it at once; here the day's "(+8)"
stands between, so the artillery total was dropped and its "(+8)" went to the line before (armoured
vehicles: incorrect, 8 against 4). A year is never followed by a day's increment: such a number is
kept and read as its line's total. A year in the same text stays a date. True values come from the
series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total

_DAY = date(2022, 12, 7)


def test_an_artillery_total_like_a_year_keeps_its_line(petro_series: dict[str, LossSeries]) -> None:
    lines = {key: (total(petro_series[key], _DAY), total(petro_series[key], _DAY)
                   - total(petro_series[key], _DAY - timedelta(days=1))) for key in ("armoured_vehicles", "artillery")}
    (a_total, a_day), (r_total, r_day) = lines["armoured_vehicles"], lines["artillery"]
    assert 1900 <= r_total <= 2099 and r_day != a_day  # the reading's premise: a year-like total
    text = (f"Загальні бойові втрати противника з 24.02 до 07.12 орієнтовно становлять: бойових броньованих машин — "
            f"{a_total} (+{a_day}) од., артилерійських систем — {r_total} (+{r_day}) од.")
    report = check_text(text, petro_series, as_of=_DAY)
    found = {(v.claim.category, v.claim.kind, v.claim.value, v.verdict) for v in report.verdicts}
    assert found == {("armoured_vehicles", ClaimKind.TOTAL, a_total, VerdictKind.CORRECT),
                     ("armoured_vehicles", ClaimKind.DAY, a_day, VerdictKind.CORRECT),
                     ("artillery", ClaimKind.TOTAL, r_total, VerdictKind.CORRECT),
                     ("artillery", ClaimKind.DAY, r_day, VerdictKind.CORRECT)}


def test_a_year_stays_a_date(petro_series: dict[str, LossSeries]) -> None:
    people = total(petro_series["personnel"], _DAY)
    text = f"У 2022 (за даними Генштабу) росія втратила близько {people} осіб."
    report = check_text(text, petro_series, as_of=_DAY)
    assert 2022 not in {v.claim.value for v in report.verdicts}
