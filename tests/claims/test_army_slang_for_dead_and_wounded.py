"""The army's slang for the dead and the wounded ("двохсоті", "трьохсоті") after a figure: one part only.

Главком and LIGA.net (12 August 2025) quoted the President on the losses of the day before: "Ми – 340
втрат за добу: 18 «двохсотих» і 243 «трьохсотих», 79 безвісти зниклих" (Ukraine's own). The 18 (the
"200s", the dead) and the 243 (the "300s", the wounded) were judged as the General Staff's figure of the
day (incorrect against 980). They now read like "загиблими" and "поранених" after a figure: killed only
and wounded only, out of scope whoever's they are, since the General Staff counts both together.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses, uk

KILLED = "killed only (the General Staff counts killed and wounded together)"
WOUNDED = "wounded only (the General Staff counts killed and wounded together)"


@pytest.mark.parametrize(("text", "parts"), [
    ("«Ми – 340 втрат за добу: 18 «двохсотих» і 243 «трьохсотих», 79 безвісти зниклих», – наголосив президент.",
     {(18, KILLED), (243, WOUNDED)}),
    ("Якщо точніше, у росіян за добу 531 «двохсотий» і 428 «трьохсотих».", {(531, KILLED), (428, WOUNDED)}),
])
def test_the_slang_for_the_dead_and_the_wounded_is_one_part(
    text: str, parts: set[tuple[int, str]], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=date(2025, 8, 12))
    judged = {v.claim.value for v in report.verdicts}
    assert not judged & {value for value, _ in parts}
    assert parts <= {(o.value, o.reason) for o in report.out_of_scope}


def test_a_day_beside_the_slang_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    report = date(2025, 8, 12)
    day = report - timedelta(days=1)
    value = losses(petro_series["personnel"], day, day)
    text = f"За минулу добу ворог втратив {uk(value)} окупантів, повідомив Генштаб; серед них і «двохсоті», і «трьохсоті»."
    verdicts = check_text(text, petro_series, as_of=report).verdicts
    assert [(v.claim.value, v.verdict) for v in verdicts] == [(value, VerdictKind.CORRECT)]
