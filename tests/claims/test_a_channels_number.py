"""A TV channel's number ("Podolyak told Channel 24", "в ефірі Каналу 24") names the channel, no figure.

Daily Mail (2 Dec 2022): "'We have official figures from the general staff, ... and they amount to between
10,000 and 12,500-13,000 killed,' Podolyak told Channel 24." The 24 was judged as a day's personnel losses
(incorrect against 650). lexicon.OUT_BEFORE gains "channel name" (silent, as a number sign is).
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries


@pytest.mark.parametrize("text", [
    "'We have official figures from the general staff, we have official figures from the top command, and they "
    "amount to between 10,000 and 12,500-13,000 killed,' Podolyak told Channel 24.",
])
def test_a_channels_number_is_no_figure(text: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=date(2022, 12, 2))
    assert 24 not in [v.claim.value for v in report.verdicts]


def test_a_figure_before_channel_is_still_read(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia lost 650 soldiers in the past day, the General Staff told Channel 24."
    report = check_text(text, petro_series, as_of=date(2022, 12, 2))
    assert [v.verdict for v in report.verdicts if v.claim.value == 650] == [VerdictKind.CORRECT]
