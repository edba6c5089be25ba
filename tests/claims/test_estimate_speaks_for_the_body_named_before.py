"""Another body's estimate retold over several paragraphs stays that body's, out of scope.

UK Defence Intelligence updates are retold with the ministry named once, at the top or after
the figure, and the averages in later paragraphs name no body. Found on:
- Ukrainska Pravda English (7 Apr 2024): "Source: UK Defence Intelligence review dated 7 April"
  then, two paragraphs on, "Russian forces have suffered an average of 658 casualties per day"
  (judged as the General Staff's total: incorrect, 447,510);
- GNA / dpa (12 Feb 2023): the British Ministry of Defence named in one paragraph, "The average
  for the last seven days was 824 casualties per day, it wrote" in the next (incorrect, 927);
- Censor.NET (2 Dec 2024, and 28 Nov 2024): "In November, the average daily loss ... amounted to 1523
  people." followed by "According to Censor.NET, this is stated in an analytical review by the UK
  Ministry of Defense" (the attribution after it had an "According to X," prefix);
- MENAFN / Ukrinform (7 Apr 2024): "... the daily toll has risen by over 500." followed by "The
  British Ministry of Defense reported this on X".
A body asked for comment ("Newsweek has contacted the Russian Defense Ministry for comment") is
no source: the General Staff's average after it is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

APR7 = date(2024, 4, 7)


@pytest.mark.parametrize(("text", "figure"), [
    ("UK Defence Intelligence: Russian battlefield losses decreased in March\n\n"
     "Source: UK Defence Intelligence review dated 7 April, as reported by European Pravda\n\n"
     "The intelligence service emphasises that the reduction in losses corresponds to fewer attacks.\n\n"
     "Since the full-scale invasion in February 2022, Russian forces have suffered an average of 658 "
     "casualties per day.", 658),
    ("The British Ministry of Defence tweeted on Sunday that Russia has likely suffered its highest rate of "
     "casualties since the first week of the invasion, citing daily figures released by the Ukrainian "
     "General Staff.\n\nThe average for the last seven days was 824 casualties per day, it wrote.", 824),
    ("In March, the average daily loss of the Russian occupation army amounted to 913 people (killed and "
     "wounded).\n\nAccording to Censor.NET, this is stated in an analytical review by the UK Ministry of "
     "Defense.", 913),
    ("Russia's average daily losses are getting higher by year. Since the full-scale invasion, the daily "
     "toll has risen by over 500.\n\nThe British Ministry of Defense reported this on X, Ukrinform saw.", 500),
    ("According to Censor.NET, this is stated in a British intelligence report.\n\nIn total, over the past "
     "two months, Russia has probably lost more than 70,000 people killed and wounded.", 70_000),
])
def test_an_estimate_after_another_body_is_out_of_scope(text: str, figure: int,
                                                         petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=APR7)
    assert figure not in {v.claim.value for v in report.verdicts}
    assert figure in {o.value for o in report.out_of_scope}


def test_a_body_asked_for_comment_is_no_source(petro_series: dict[str, LossSeries]) -> None:
    troops = total(petro_series["personnel"], APR7)
    text = ("Russia has lost 15 tanks over the past day, Ukraine's General Staff said on Sunday. Newsweek has "
            "contacted the Russian Defense Ministry for comment.\n\n"
            f"Russia has lost {troops:,} troops since February 2022, an average of more than 600 a day.")
    report = check_text(text, petro_series, as_of=APR7)
    assert troops in {v.claim.value for v in report.verdicts}
