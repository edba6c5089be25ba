"""Every sentence of a quotation is said by the body named after it closes, not only the last one.

Found on LIGA.net's English page (1 Aug 2025, new9's n32 page 18), Trump's post quoted whole: "I have just
been informed that almost 20,000 Russian soldiers died this month in the ridiculous War with Ukraine. Russia
has lost 112,500 soldiers since the beginning of the year. That is a lot of unnecessary DEATH! Ukraine,
however, has also suffered greatly. They have lost approximately 8,000 soldiers since January 1, 2025, ...,"
the US leader wrote". Only the quotation's last sentence holds the attribution, and "the US leader" named no
body, so Trump's figures were judged as the General Staff's (three incorrect, both modes). The speaker named
right after the closing mark ("..., the US leader wrote", "..., said Trump", "», – заявив ...") now speaks
for each sentence of the quotation (clauses.quote_speaker, read by extract._discourse_source), and "the
US leader / president" is another body (lexicon.OTHER_SOURCE, beside "U.S. officials"). A quotation said by
the General Staff is still judged.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total, uk

AUG1 = date(2025, 8, 1)


def test_a_quotation_closed_by_another_speaker_is_not_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ('"I have just been informed that almost 20,000 Russian soldiers died this month in the War with '
            "Ukraine. Russia has lost 112,500 soldiers since the beginning of the year. That is a lot of "
            'unnecessary DEATH!" the US leader wrote.')
    report = check_text(text, petro_series, as_of=AUG1)
    assert report.verdicts == ()
    assert {20000, 112500} <= {o.value for o in report.out_of_scope}


def test_a_quotation_of_the_general_staff_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    people = petro_series["personnel"]
    day = losses(people, date(2025, 7, 31), date(2025, 7, 31))
    now = total(people, AUG1)
    text = (f"«За минулу добу росіяни втратили {uk(day)} військових. Загалом від початку вторгнення ворог "
            f"втратив {uk(now)} осіб», – повідомив Генштаб ЗСУ.")
    report = check_text(text, petro_series, as_of=AUG1)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(day, "correct"), (now, "correct")]
