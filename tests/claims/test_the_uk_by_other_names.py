"""The United Kingdom named as "Сполучене Королівство", "британці" or "the United Kingdom" is another counting body,
as "Британія" and "британська розвідка" already were.

Found on inshe.tv (15 Jan 2026), retelling LB: "Міністерство оборони Сполученого Королівства на сторінці у мережі
X оприлюднило інформацію розвідки ... За даними британців, у 2025 році російська армія зазнала 415 тисяч втрат.
... більше було лише у 2024 році, коли втрати склали близько 430 тисяч військових." Both were judged against
the General Staff's sums of 2025 and 2024 (incorrect, rounded). True values from the series.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

AS_OF = date(2026, 1, 15)


def test_the_british_and_the_united_kingdom(petro_series: dict[str, LossSeries]) -> None:
    text = ("Міністерство оборони Сполученого Королівства на сторінці у мережі X оприлюднило інформацію розвідки "
            "щодо російсько-україської війни, пише ЛБ.\n\n"
            "За даними британців, у 2025 році російська армія зазнала 415 тисяч втрат. У це число включені вбиті "
            "та поранені. Це другий річний показник за час повномасштабного вторгнення росіян – більше було лише у "
            "2024 році, коли втрати склали близько 430 тисяч військових.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.value for o in report.out_of_scope if o.reason == "another counting body's figure"] == [415000, 430000]


def test_estimates_of_the_united_kingdom(petro_series: dict[str, LossSeries]) -> None:
    for text in ("За оцінками Сполученого Королівства, Росія від початку повномасштабної війни втратила в Україні "
                 "понад 750 тисяч військових вбитими і пораненими.",
                 "The United Kingdom estimates that Russia has lost more than 750,000 troops killed or wounded."):
        report = check_text(text, petro_series, as_of=date(2024, 12, 19))
        assert [v.claim.value for v in report.verdicts] == [], text


def test_the_general_staff_after_the_british_stays_judged(petro_series: dict[str, LossSeries]) -> None:
    last = AS_OF - timedelta(days=1)
    day = losses(petro_series["personnel"], last, last)
    text = ("За даними британців, у 2025 році російська армія зазнала 415 тисяч втрат.\n\n"
            f"За даними Генштабу ЗСУ, за минулу добу Росія втратила {uk(day)} військових.")
    report = check_text(text, petro_series, as_of=AS_OF)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == day] == [
        (ClaimKind.DAY, VerdictKind.CORRECT)]
