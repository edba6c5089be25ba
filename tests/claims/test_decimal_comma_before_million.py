""""1,175 млн": before a Ukrainian million word the comma is the decimal one.

"За даними українських військових, станом на 2 грудня втрати Росії від початку повномасштабного
вторгнення склали 1,175 млн осіб" (LIGA.net, 3 December 2025) was read as 1,175,000,000: the comma
taken for a thousands group, then multiplied by the million. Ukrainian writes "1,175 млн" for 1.175
million, as it writes "1,15 млн" (which was read right). English "1,175 million" is left as it was.
The true value comes from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.numbers import find_numbers
from attrition.model.series import LossSeries

from .series_truth import total


def test_a_comma_before_mln_is_decimal() -> None:
    assert [(n.value, n.step) for n in find_numbers("склали 1,175 млн осіб і 2,5 млн")] == [
        (1_175_000, 1_000), (2_500_000, 100_000)]
    assert [n.value for n in find_numbers("1,175 мільйона військових")] == [1_175_000]
    assert [n.value for n in find_numbers("1,175 million")] == [1_175_000_000]


def test_the_total_in_millions_with_a_decimal_comma_is_judged(petro_series: dict[str, LossSeries]) -> None:
    as_of = date(2025, 12, 3)
    value = total(petro_series["personnel"], date(2025, 12, 2))
    written = f"{value // 1000 / 1000:.3f}".replace(".", ",")  # "1,175": the total cut to the thousand
    text = (f"За даними Генштабу ЗСУ, станом на 2 грудня втрати Росії від початку повномасштабного вторгнення "
            f"склали {written} млн осіб вбитими й пораненими.")
    report = check_text(text, petro_series, as_of=as_of)
    found = [(v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts]
    assert found == [(value // 1000 * 1000, ClaimKind.TOTAL, VerdictKind.ROUNDED)]
