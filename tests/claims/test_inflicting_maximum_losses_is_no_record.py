"""Inflicting "maximum losses" is the manner of the fighting, not a record (real article).

Radio Svoboda (13 Jan 2026) quoted Syrskyi: "наші воїни працювали на межі, з повною самовіддачею, завдаючи
окупантам максимальних втрат і скоротивши протягом року ворожу армію більш ніж на 418 тисяч осіб убитими й
пораненими". "максимальних" was read as a record said of the 418,000, which was judged as a record day
(incorrect). After a gerund or an infinitive of inflicting ("завдаючи", "завдати", "inflicting") the word
says how hard they fought, not that a figure was the highest; after a finite verb ("завдали ворогу
максимальних втрат у грудні: N") it still states the month's record. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses, uk  # noqa: E402


def _judged(text: str, series: dict[str, LossSeries], as_of: date) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=as_of).verdicts}


def test_inflicting_maximum_losses_leaves_the_years_sum(petro_series: dict[str, LossSeries]) -> None:
    year = losses(petro_series["personnel"], date(2024, 1, 1), date(2024, 12, 31))
    text = ("Наші воїни працювали на межі, з повною самовіддачею, завдаючи окупантам максимальних втрат і "
            f"скоротивши у 2024 році ворожу армію на {uk(year)} осіб убитими й пораненими.")
    assert _judged(text, petro_series, date(2025, 1, 13))[year] == (ClaimKind.PERIOD, VerdictKind.CORRECT)


def test_a_finite_verb_with_maximum_losses_still_states_a_record(petro_series: dict[str, LossSeries]) -> None:
    december = losses(petro_series["personnel"], date(2024, 12, 1), date(2024, 12, 31))
    text = f"Сили оборони завдали ворогу максимальних втрат у грудні 2024 року: {uk(december)} осіб."
    assert _judged(text, petro_series, date(2025, 1, 13))[december] == (ClaimKind.RECORD, VerdictKind.CORRECT)
