"""Ukrainian pronoun attributions ("За його словами, ...", "Він також зазначив, що ...") speak for the body
named before, as "he said" does in English.

Found on shtab.info (early 2026, new9's n32 page 22; the same text is uk9's page 12): "Про це заявив
президент Володимир Зеленський в інтерв’ю Financial Times. ... За його словами, Росія щомісяця мобілізує
близько 40 тисяч військовослужбовців і водночас втрачає приблизно 35 тисяч." The figure was judged as the
General Staff's total (incorrect: 1,208,970); and on for-ua.com (14 Jan 2026, uk9's page 08) "За його
словами [Рютте], ... загальні втрати на фронті можуть сягати приблизно 1,2 мільйона" was judged as the
General Staff's total. clauses.PRONOUN_SAID, read by said_by_pronoun (the speaker named at most two
paragraphs before), now also reads "за його/її словами|даними|оцінками" and "він/вона (також) зазначив,
заявив, додав, наголосив, сказав, розповів, повідомив, підкреслив, уточнив" (either gender). A pronoun after
the General Staff still speaks for the General Staff.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

FEB1 = date(2026, 2, 1)


def test_his_words_after_another_speaker_are_that_speakers(petro_series: dict[str, LossSeries]) -> None:
    text = ("Про це заявив президент Володимир Зеленський в інтерв’ю Financial Times.\n\n"
            "За його словами, Росія щомісяця мобілізує близько 40 тисяч військовослужбовців і водночас втрачає "
            "приблизно 35 тисяч.")
    report = check_text(text, petro_series, as_of=FEB1)
    assert report.verdicts == ()
    assert 35000 in {o.value for o in report.out_of_scope}


def test_his_data_after_the_general_staff_are_the_general_staffs(petro_series: dict[str, LossSeries]) -> None:
    day = losses(petro_series["personnel"], date(2026, 1, 31), date(2026, 1, 31))
    text = f"Про це повідомив Генштаб ЗСУ.\n\nЗа його даними, росіяни за минулу добу втратили {uk(day)} військових."
    report = check_text(text, petro_series, as_of=FEB1)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(day, "correct")]
