"""A quotation whose speaker is named after it by a plain noun or a pronoun only ('"A total of 305 aircraft, 155
helicopters ... have been destroyed since the start of the special military operation," the ministry said in a
statement'; "«За нашими оцінками, приблизно 450 000 російських військових були вбиті або поранені ...», – сказав
він") is said by the body the article named a paragraph or two before: Russia's defence ministry's count of
Ukraine's equipment and a British minister's estimate are out of scope.

Express (28 Sep 2022, date9's n32 page 08) quoted the Russian defence ministry, named in the paragraph before;
enovosty.com (attr10 page 13) quoted the UK armed forces minister, named in the paragraph before. Neither
quotation names a body, and its speaker was read only when named by a body's name (clauses.quote_speaker), so
the figures were judged against the General Staff's count (incorrect). The speaker named by reference is now the
body last named within two paragraphs (clauses.quote_said_by_reference, as clauses.said_by_pronoun for a
sentence). True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("The Russian defence ministry said on Wednesday that nearly 6,000 Ukrainian tanks have been destroyed.\n\n"
     "\"A total of 305 aircraft, 155 helicopters and 5,143 tanks have been destroyed since the start of the "
     "operation,\" the ministry said in a statement.", date(2022, 9, 28)),
    ("Таку оцінку дав міністр у справах збройних сил Великої Британії, цитує UK Defence Journal.\n\n"
     "«За нашими оцінками, приблизно 450 000 російських військових були вбиті або поранені», – сказав він.",
     date(2024, 5, 20)),
])
def test_a_quotation_said_by_reference_speaks_for_the_body_named_before(
        text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []


@pytest.mark.parametrize("before", [
    "",  # no body named: the General Staff's figure retold
    "The General Staff of Ukraine's Armed Forces published its morning update.\n\n",
])
def test_a_quotation_with_no_other_body_before_is_judged(before: str, petro_series: dict[str, LossSeries]) -> None:
    day = date(2024, 5, 20)
    value = total(petro_series["personnel"], day)
    text = before + f"\"Russia has lost {value:,} soldiers since the start of the invasion,\" he said."
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
