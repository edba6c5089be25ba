"""A figure whose source is named in the sentence after it, in the words of Ukrainian outlets' English (real articles).

UNN writes "The average daily losses of Russians ... in February amounted to 983 people ... This is
stated in the report of the British Ministry of Defense ..." and goes on "The intelligence service
adds that Russia probably lost more than 355,000 ... The report also indicates that the average
daily loss ... in January amounted to 846 people". "This is stated in", "This is reported by",
"This is according to" did not name the next sentence as the source, nor did "the intelligence
service adds" or "the report also indicates" carry it on: each UK figure was judged against the
General Staff's series. They are now another body's figures; after a General Staff sentence the
same words keep the General Staff's figures judged. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import total as _total  # noqa: E402

MAR3 = date(2024, 3, 3)
OTHER = "another counting body's figure"


def _outcome(text: str, series: dict[str, LossSeries], value: int) -> str | VerdictKind:
    report = check_text(text, series, as_of=MAR3)
    judged = {v.claim.value: v.verdict for v in report.verdicts}
    if value in judged:
        return judged[value]
    return next(o.reason for o in report.out_of_scope if o.value == value)


@pytest.mark.parametrize(("text", "value"), [
    ("The average daily losses of Russians in February amounted to 983 people, the highest since the start of the "
     "invasion. This is stated in the report of the British Ministry of Defence.", 983),
    ("Russia lost about 28,500 soldiers in February. This is reported by British intelligence.", 28500),
    ("Russian losses in February averaged 983 a day. This is according to the UK Defence Intelligence update.", 983),
    ("Russia lost about 28,500 soldiers in February. This was stated in the UK Defence Intelligence update.", 28500),
    ("British intelligence said Russia's losses rose in February. The intelligence service adds that Russia "
     "probably lost more than 355,000 killed and wounded.", 355000),
    ("British intelligence said Russia's losses rose in February. The report also indicates that the average daily "
     "loss in January amounted to 846 people.", 846),
])
def test_a_figure_another_body_is_named_for_after_it_is_not_judged(
    text: str, value: int, petro_series: dict[str, LossSeries],
) -> None:
    assert _outcome(text, petro_series, value) == OTHER


def test_the_general_staffs_figure_named_after_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    series = petro_series["personnel"]
    day = _total(series, MAR3) - _total(series, MAR3 - timedelta(days=1))
    text = f"Russia lost {day:,} soldiers over the past day. This is stated in the report of the General Staff."
    assert _outcome(text, petro_series, day) is VerdictKind.CORRECT


def test_the_report_also_indicates_after_the_general_staff_is_judged(petro_series: dict[str, LossSeries]) -> None:
    tanks = _total(petro_series["tanks"], MAR3)
    text = (f"The General Staff said Russia lost 1,160 soldiers over the past day. The report also indicates that "
            f"Russia has lost {tanks:,} tanks since February 2022.")
    assert _outcome(text, petro_series, tanks) is VerdictKind.CORRECT
