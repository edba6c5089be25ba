"""A list whose heading names a month ("лише за вересень російська армія втратила:" then
"Танки: 70 одиниць.", "- бойові броньовані машини — 65") lists that month's sums, by loss date
as the Ministry of Defence sums its months. Before, each item was read as the running total at
the month's end (incorrect), or, under the report-date convention of the General Staff's daily
list. A heading dated by a report keeps its totals.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AS_OF = date(2025, 10, 17)
SEPTEMBER = (date(2025, 9, 1), date(2025, 9, 30))


@pytest.mark.parametrize("template", [
    "За словами головнокомандувача, лише за вересень російська армія втратила:\n\n"
    "Танки: {tanks} одиниць.\n\nБойові броньовані машини: {armour} одиниць.\n\nАртилерійські системи: {artillery} одиниць.",
    "У вересні ворог втратив:\n- танків — {tanks};\n- бойових броньованих машин — {armour};\n"
    "- артилерійських систем — {artillery}.",
    "In September, Russia lost:\n\nTanks: {tanks}\n\nArmoured vehicles: {armour}\n\nArtillery systems: {artillery}",
])
def test_the_items_under_a_month_heading_are_the_months_sums(
    template: str, petro_series: dict[str, LossSeries],
) -> None:
    sums = {k: losses(petro_series[key], *SEPTEMBER)
            for k, key in (("tanks", "tanks"), ("armour", "armoured_vehicles"), ("artillery", "artillery"))}
    report = check_text(template.format(**{k: uk(v) for k, v in sums.items()}), petro_series, as_of=AS_OF)
    got = [(v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts]
    assert got == [(v, ClaimKind.PERIOD, VerdictKind.CORRECT) for v in sums.values()]


def test_a_heading_dated_by_a_report_keeps_its_totals(petro_series: dict[str, LossSeries]) -> None:
    report_day = date(2025, 10, 1)
    tanks, armour = (total(petro_series[k], report_day) for k in ("tanks", "armoured_vehicles"))
    text = (f"Станом на 1 жовтня 2025 року загальні бойові втрати противника склали:\n"
            f"- танків — {uk(tanks)};\n- бойових броньованих машин — {uk(armour)}.")
    report = check_text(text, petro_series, as_of=AS_OF)
    got = [(v.claim.value, v.claim.kind, v.verdict) for v in report.verdicts]
    assert got == [(tanks, ClaimKind.TOTAL, VerdictKind.CORRECT), (armour, ClaimKind.TOTAL, VerdictKind.CORRECT)]
