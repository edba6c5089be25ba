"""A force's size said just before a figure with a noun is no loss: "контингент РФ в Україні налічує
близько 711 тис. військових".

zaxid.net (Dec 2025) retold Syrskyi: "За останні пів року контингент РФ в Україні налічує близько 711 тис.
військових і мобілізаційний план не може перекрити втрати ворога". The troop-strength words were read only
for a figure with no noun of its own; with "військових" after it and a loss word later in the sentence, the
711 000 was judged as the running total (incorrect against 1,204,510). A strength word in the 25
characters before the figure, with no loss word between, now puts it out of scope; "Угруповання втратило
500 військових" stays a loss.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries


def test_a_force_size_is_out_of_scope(petro_series: dict[str, LossSeries]) -> None:
    text = ("За останні пів року контингент РФ в Україні налічує близько 711 тис. військових і мобілізаційний "
            "план не може перекрити втрати ворога.")
    report = check_text(text, petro_series, as_of=date(2025, 12, 28))
    assert [v.claim.value for v in report.verdicts] == []
    assert [o.reason for o in report.out_of_scope if o.value == 711_000] == ["troop strength"]


def test_a_group_that_lost_is_a_loss(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("Угруповання втратило 500 військових.", petro_series, as_of=date(2025, 12, 28))
    assert [v.claim.value for v in report.verdicts] == [500]
