"""The United States' bodies named in Ukrainian, "із посиланням на заяву голови ... штабів США Марка Міллі", are another body (real articles).

pik.net.ua (10 Nov 2022, uk10 page 12) retells Reuters: "Згідно з їхніми підрахунками, росія втратила понад 100
тисяч своїх солдатів — убитими та пораненими. Про це пише Reuters із посиланням на заяву голови Об’єднаного
комітету начальників штабів США Марка Міллі, передає Громадське." The attribution after the figure names
only a news agency the checker knows as none, and the American general in Ukrainian, so the 100,000 was
judged as the General Staff's total (incorrect against 78,690). The United States' bodies in Ukrainian
("... штабів США", "Міноборони США", "розвідки США", "американські посадовці", "Міллі") are now another counting
body, as "U.S. officials" and "Milley" already were. The General Staff's figure in the same article stays
its own. True values from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

_DAY = date(2022, 11, 10)


@pytest.mark.parametrize("body", ["голови Об’єднаного комітету начальників штабів США Марка Міллі", "розвідки США"])
def test_the_attribution_after_names_another_body(petro_series: dict[str, LossSeries], body: str) -> None:
    text = ("Згідно з їхніми підрахунками, росія втратила понад 100 тисяч своїх солдатів — убитими та пораненими.\n"
            f"Про це пише Reuters із посиланням на заяву {body}, передає Громадське.")
    report = check_text(text, petro_series, as_of=_DAY)
    assert report.verdicts == ()
    assert {o.reason for o in report.out_of_scope if o.value == 100_000} == {"another counting body's figure"}


def test_the_general_staffs_figure_stays_its_own(petro_series: dict[str, LossSeries]) -> None:
    people = total(petro_series["personnel"], _DAY)
    text = (f"У Генштабі ЗСУ вказують, що Збройні сили України загалом із початку повномасштабного вторгнення "
            f"знищили {uk(people)} російських солдатів.")
    report = check_text(text, petro_series, as_of=_DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(people, VerdictKind.CORRECT)]
