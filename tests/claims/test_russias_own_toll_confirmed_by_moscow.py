"""Russia's own toll given as what "Moscow has so far confirmed" is Russia's count: out of scope.

SCMP and Maktoob Media (1 May 2022, date11's pages 06 and 22): "Meanwhile Moscow has so far confirmed the death of
more than a thousand Russian soldiers and has put the number of Ukrainian fighters killed at more than 23,000."
lexicon.OTHER_SOURCE read Russia's admissions ("Russia has confirmed the deaths ...") only when the country is
named "Russia" and no adverb stands after "has", so "more than a thousand" was judged a General Staff day figure
and Moscow's count of Ukraine's dead a General Staff total (a coincidence made it "correct"). The capital names the
government as the country does, and "so far" may stand after "has". True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

DAY = date(2022, 5, 1)


def test_what_moscow_has_so_far_confirmed_is_out_of_scope(petro_series: dict[str, LossSeries]) -> None:
    text = ("Meanwhile Moscow has so far confirmed the death of more than a thousand Russian soldiers and has put "
            "the number of Ukrainian fighters killed at more than 23,000.")
    checked = check_text(text, petro_series, as_of=DAY)
    assert checked.verdicts == ()
    assert {o.value for o in checked.out_of_scope} >= {1000, 23000}


def test_the_general_staffs_count_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    # guard: Ukraine's count of Russia's dead is still the General Staff's
    bound = total(petro_series["personnel"], DAY) // 1000 * 1000
    text = f"According to Ukrainian data, more than {bound:,} Russian soldiers have died since the beginning of the war."
    checked = check_text(text, petro_series, as_of=DAY)
    assert [v.claim.value for v in checked.verdicts] == [bound]
