"""A headline signed by the General Staff and run into the subtitle with no full stop ends at the signature.

Gordonua's page (7 Dec 2024, uk9 page 26) prints its headline and subtitle as one line: "За добу окупанти
провели понад 177 атак і втратили 1,3 тис. осіб – Генштаб ЗСУ Із початку повномасштабного вторгнення ЗСУ
нейтралізували майже 752 тис. окупантів". With no full stop the two were one sentence, and "Із початку
повномасштабного вторгнення" gave the day's 1,300 the war's time (incorrect against 751,910). document: a
dash, the General Staff's name and a capitalised word after it cut the sentence after the name. The
day's figure keeps "За добу"; the running total keeps the war. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

_DEC7 = date(2024, 12, 7)


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[ClaimKind, VerdictKind]]:
    return {v.claim.value: (v.claim.kind, v.verdict) for v in check_text(text, series, as_of=_DEC7).verdicts}


def test_the_signature_ends_the_headline_run_into_the_subtitle(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day, war = total(series, _DEC7) - total(series, date(2024, 12, 6)), total(series, _DEC7)
    text = (f"За добу окупанти провели понад 177 атак і втратили {uk(day)} осіб – Генштаб ЗСУ Із початку "
            f"повномасштабного вторгнення ЗСУ нейтралізували {uk(war)} окупантів\n\nУранці Генштаб оновив дані.")
    judged = _judged(text, petro_series)
    assert judged[day] == (ClaimKind.DAY, VerdictKind.CORRECT)
    assert judged[war] == (ClaimKind.TOTAL, VerdictKind.CORRECT)


def test_a_signature_before_a_small_letter_cuts_nothing(petro_series: dict[str, LossSeries]) -> None:
    war = total(petro_series["personnel"], _DEC7)
    text = f"Із початку повномасштабного вторгнення – Генштаб ЗСУ повідомляє – ворог втратив {uk(war)} осіб."
    assert _judged(text, petro_series)[war] == (ClaimKind.TOTAL, VerdictKind.CORRECT)
