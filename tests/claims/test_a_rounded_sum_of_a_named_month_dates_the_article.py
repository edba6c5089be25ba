"""A rounded personnel sum for a month named without its year dates the article from the report closing that month.

Babel (17 Oct 2025, time10's page 24) and two Ukrainian retellings (fresh11's pages 20 and 23) of Syrskyi's
monthly figures: "In September alone, the Russian army's losses in the war against Ukraine amounted to almost
29,000 servicemen", "у вересні втрати окупантів склали майже 29 тисяч". No stamp, no year, no printed total:
self-dated the pages fell to the caller's today, September was read as 2026's and every September figure was
unverifiable. A sum to the thousand fairly describes (the verdict's rule) the sum of one September of the war
only, so the article speaks from the report of 1 October of that year on, as after a month written with its
year; so does an exact equipment sum of 20 or more for the month ("Бойові броньовані машини: 65"). "Last month"
names no month (neighbouring months are as near). True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

TODAY = date(2026, 12, 4)


def _almost(value: int) -> int:
    return (value // 1000 + 1) * 1000  # "almost 29,000" for 28,490


def test_almost_a_round_figure_in_september_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    september = losses(petro_series["personnel"], date(2025, 9, 1), date(2025, 9, 30))
    text = (f"In September alone, the Russian army's losses in the war against Ukraine amounted to almost "
            f"{_almost(september):,} servicemen, the Commander-in-Chief said.")
    checked = check_text(text, petro_series, today=TODAY)
    assert (checked.as_of, checked.as_of_source) == (date(2025, 10, 1), "figures")
    assert [v.verdict for v in checked.verdicts] == [VerdictKind.ROUNDED]


def test_the_ukrainian_month_in_the_locative(petro_series: dict[str, LossSeries]) -> None:
    september = losses(petro_series["personnel"], date(2025, 9, 1), date(2025, 9, 30))
    text = f"Лише у вересні втрати окупантів склали майже {uk(_almost(september) // 1000)} тисяч військовослужбовців."
    assert check_text(text, petro_series, today=TODAY).as_of == date(2025, 10, 1)


def test_last_month_names_no_month(petro_series: dict[str, LossSeries]) -> None:
    # guard: "last month" may be any month of the war, and neighbouring months are as near
    september = losses(petro_series["personnel"], date(2025, 9, 1), date(2025, 9, 30))
    text = f"Last month, the Russian army lost almost {_almost(september):,} servicemen."
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"


def test_a_figure_no_september_had_dates_nothing(petro_series: dict[str, LossSeries]) -> None:
    # guard: a figure far from every September's sum names none
    text = "In September alone, the Russian army lost almost 90,000 servicemen."
    assert check_text(text, petro_series, today=TODAY).as_of_source == "today"


def test_an_exact_equipment_sum_for_the_month_dates_the_article(petro_series: dict[str, LossSeries]) -> None:
    # tsn.ua's list of the same figures (fresh11's page 20): "Бойові броньовані машини: 65" in September 2025 only
    vehicles = losses(petro_series["armoured_vehicles"], date(2025, 9, 1), date(2025, 9, 30))
    text = f"За словами головнокомандувача, лише за вересень російська армія втратила {vehicles} бойових броньованих машин."
    assert check_text(text, petro_series, today=TODAY).as_of == date(2025, 10, 1)
