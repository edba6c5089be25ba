"""A bare figure after "including" / "of which" / "з них" counts the noun of the total before it.

Newsweek (rewritten on a blog, 18 Oct 2024): "Ukraine's military said on Thursday that Russia had
lost a total of 9,014 tanks since February 2022, including 17 over the previous 24 hours." The 17 had
no noun of its own, so it was read as personnel (the default) and judged incorrect against the day's
1,530 troops (found by en4). A bare figure joined to the claim before it by "and" already took that
claim's noun (01379e7); "including", "of which", "з них", "у тому числі" now join it too (its category
only: its kind and time are its own). A figure followed by a word that is no time or source
("including 17 abandoned by their crews") is left as it was. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AS_OF = date(2024, 10, 18)
LOSS_DAY = date(2024, 10, 16)  # the day the report of 17 Oct covers


@pytest.mark.parametrize("template", [
    "Ukraine's military said on Thursday that Russia had lost a total of {t:,} tanks since February 2022, "
    "including {d} over the previous 24 hours.",
    "Russia has lost {t:,} tanks since the full-scale invasion began, of which {d} in the past day, the General "
    "Staff said on Thursday.",
    "Загалом від початку повномасштабного вторгнення росія втратила {tu} танків, з них {d} за минулу добу, "
    "повідомив Генштаб у четвер.",
])
def test_the_part_takes_the_noun_of_the_total(template: str, petro_series: dict[str, LossSeries]) -> None:
    tanks = petro_series["tanks"]
    value = total(tanks, date(2024, 10, 17))
    day = losses(tanks, LOSS_DAY, LOSS_DAY)
    text = template.format(t=value, tu=uk(value), d=day)
    report = check_text(text, petro_series, as_of=AS_OF)
    found = [(v.claim.value, v.claim.category, v.verdict) for v in report.verdicts]
    assert (day, "tanks", VerdictKind.CORRECT) in found
    assert all(category == "tanks" for _, category, _ in found)


def test_a_part_followed_by_another_word_is_left_as_it_was(petro_series: dict[str, LossSeries]) -> None:
    value = total(petro_series["tanks"], date(2024, 10, 17))
    text = f"Russia had lost a total of {value:,} tanks since February 2022, including 17 abandoned by their crews."
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts if v.claim.category == "tanks"] == [value]
