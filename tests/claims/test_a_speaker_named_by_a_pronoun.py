"""A figure whose speaker is named by a pronoun only ("..., he said", "He said: ...", "He estimated that
...") is the one named last, a paragraph or two before: Milley's, Wallace's or Shoigu's, not the General
Staff's count.

- worldnationnews (10 Nov 2022): Milley named in the first paragraph, then '"You see there are over 100,000
  dead and wounded Russian soldiers," he said at one point in his speech.' two paragraphs on;
- LADbible (27 Apr 2022): "..., Wallace revealed the staggering death toll ..." and, in the next paragraph,
  'He said: "It is our assessment that approximately 15,000 Russian personnel have been killed ..."';
- cyprus-today retelling Reuters (6 Jun 2023): Shoigu named paragraphs before "Russia lost 15 Russian tanks
  and nine armoured vehicles, he said.";
- Daily Mail (2 Dec 2022): "the most senior US general estimated last month that 100,000 Ukrainian soldiers
  had been killed ... He estimated that 100,000 Russian troops had also died" ("US general" now names the
  US as lexicon.OTHER_SOURCE's "US officials" do).

Each was judged as the General Staff's figure (incorrect). True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total


@pytest.mark.parametrize(("text", "as_of"), [
    ("The war in Ukraine has resulted in more than 100,000 people killed and injured in Russia, according to US "
     "Chief of Staff Mark Milley.\n\nThe senior US military presented these figures Wednesday night while "
     "attending an event for the Economic Club of New York.\n\n\u201cYou see there are over 100,000 dead and "
     "wounded Russian soldiers,\u201d he said at one point in his speech.", date(2022, 11, 10)),
    ("In a statement to the House of Commons on Ukraine, Wallace revealed the staggering death toll analysts "
     "estimate Russian forces have suffered.\n\nHe said: \"It is our assessment that approximately 15,000 "
     "Russian personnel have been killed during their offensive.\"", date(2022, 4, 27)),
    ("\u201cThe attempts at an offensive were thwarted, the enemy was stopped,\u201d Shoigu said.\n\nRussia lost "
     "15 Russian tanks and nine armoured vehicles, he said.", date(2023, 6, 6)),
    ("The latest figures come after the most senior US general estimated last month that 100,000 Ukrainian "
     "soldiers had been killed or wounded during Vladimir Putin's invasion. He estimated that 100,000 Russian "
     "troops had also died in the war.", date(2022, 12, 2)),
])
def test_the_pronouns_figure_is_the_body_named_before(
    text: str, as_of: date, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert report.out_of_scope


def test_a_pronoun_three_paragraphs_on_is_not_the_body_named(petro_series: dict[str, LossSeries]) -> None:
    day = date(2022, 12, 2)
    value = total(petro_series["tanks"], day)
    text = ("The most senior US general estimated last month that 100,000 Russian troops had died.\n\nFighting "
            "continued in the east.\n\nThe spokesman spoke in Kyiv on Friday.\n\n"
            f"Russia has lost {value:,} tanks since February 24, he said.")
    report = check_text(text, petro_series, as_of=day)
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == value]
    assert found == [(ClaimKind.TOTAL, VerdictKind.CORRECT)]
