"""A speaker named as "the head of state" only is the one named last, a paragraph or two before.

UNN (23 Feb 2026; page fresh11/09): "Russia is losing up to 35,000 of its contingent every month. This was
stated by Ukrainian President Volodymyr Zelenskyy in an interview with BBC News" and, in the next paragraph,
'"On average, since December, we have started eliminating 30-35 thousand (per month - ed.)," the head of state
said, clarifying that this refers to killed and seriously wounded ...'. The second figure was judged against the
General Staff's losses since December (incorrect), though it is the president's own count. "The head of state"
("глава держави") saying it names the speaker as "he" does (clauses.PRONOUN_SAID). A figure the General Staff is
named for afterwards is still judged.
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

DAY = date(2026, 2, 23)


def test_the_head_of_state_speaks_for_the_president_named_before(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    daily = total(series, DAY) - total(series, DAY - timedelta(days=1))
    text = ("Russia is losing up to 35,000 soldiers every month, Ukrainian President Volodymyr Zelensky said in an "
            "interview with the BBC.\n\n"
            '"Since December, we have been eliminating 33,000 a month on average," the head of state said, '
            "clarifying that this means killed and seriously wounded soldiers.\n\n"
            f"Ukraine's General Staff said Russia lost {daily:,} soldiers in the past day.")
    report = check_text(text, petro_series, as_of=DAY)
    assert [(v.claim.value, v.verdict) for v in report.verdicts] == [(daily, VerdictKind.CORRECT)]
    assert 33000 in {o.value for o in report.out_of_scope if "another counting body" in o.reason}


def test_the_head_of_state_in_ukrainian(petro_series: dict[str, LossSeries]) -> None:
    text = ("Президент Володимир Зеленський в інтерв'ю BBC заявив, що Росія втрачає до 35 тисяч військових щомісяця.\n\n"
            f"Глава держави сказав, що з грудня Сили оборони знищують у середньому {uk(33000)} окупантів на місяць.")
    report = check_text(text, petro_series, as_of=DAY)
    assert not report.verdicts
