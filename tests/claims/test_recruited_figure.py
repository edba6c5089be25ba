"""A figure whose own verb recruits is no loss: "Росія щомісяця мобілізує близько 40 тисяч
військовослужбовців і водночас втрачає приблизно 35 тисяч" (shtab.info, 30 Jan 2026, Zelensky to the
Financial Times). The recruitment words were looked for only between a figure and its noun, so 40 000
was read as the running personnel total and called incorrect. A loss word after the recruitment word
("... мобілізує 40 тисяч і втрачає 35 тисяч": the 35 000) keeps the figure a loss.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries


def test_a_mobilised_figure_is_out_of_scope(petro_series: dict[str, LossSeries]) -> None:
    text = ("За його словами, Росія щомісяця мобілізує близько 40 тисяч військовослужбовців і водночас "
            "втрачає приблизно 35 тисяч.")
    report = check_text(text, petro_series, as_of=date(2026, 1, 30))
    assert [v.claim.value for v in report.verdicts if v.claim.value == 40_000] == []
    assert [o.reason for o in report.out_of_scope if o.value == 40_000] == ["recruitment"]
    assert [v.claim.value for v in report.verdicts if v.claim.value == 35_000] == [35_000]


def test_a_loss_after_recruits_said_before_stays_a_loss(petro_series: dict[str, LossSeries]) -> None:
    text = "Попри мобілізацію, за минулу добу росіяни втратили 1 040 військових, повідомив Генштаб."
    report = check_text(text, petro_series, as_of=date(2026, 1, 30))
    assert [v.claim.value for v in report.verdicts] == [1_040]
