"""Russia's own toll, as it admitted it or its press gave it ("the Russian authorities admitted to just under
500 deaths", "Раніше росіяни визнали вбитими 63 своїх військових", "Russia has not given an official update
since it said on March 2 that 498 soldiers had been killed", "The pro-Kremlin Russian newspaper ... putting
them at 9,861 dead"), is another body's count, out of scope; the General Staff's figure beside it is judged.

BBC retold on zambianobserver.com (23 Mar 2022, oos9's n32 page 06), AP on freepressjournal.in (24 Mar 2022,
page 21), The Times (22 Mar 2022, page 22) and babel.ua (4 Jan 2023, page 23): each of these figures was judged
against the General Staff's series (incorrect). lexicon.OTHER_SOURCE gains the admission ("admitted to",
"admitted the deaths of", "acknowledged the losses of", "визнали загибель / вбитими"), "Russia has not given /
provided / released an (official) update" beside "has not updated its", and "pro-Kremlin"; UKRAINE_SOURCE
reads "the Ukrainian government (now) claims" as Kyiv's count. True values come from the series.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries


@pytest.mark.parametrize(("text", "as_of"), [
    ("Ever since the start of the invasion, the Russian authorities admitted to just under 500 deaths on "
     "2 March.", date(2022, 3, 23)),
    ("Russia has not given an official update since it said on March 2 that 498 soldiers had been killed in "
     "action in Ukraine.", date(2022, 3, 24)),
    ("The pro-Kremlin Russian newspaper Komsomolskaya Pravda published yesterday what it said were up-to-date "
     "figures on the losses, putting them at 9,861 dead and 16,153 injured.", date(2022, 3, 22)),
    ("Міноборони росії повідомило, що кількість загиблих від удару по базі в Макіївці збільшилася.\n\n"
     "Раніше росіяни визнали вбитими 63 своїх військових, а зараз повідомили про загибель 89 осіб.",
     date(2023, 1, 4)),
])
def test_russias_own_toll_is_not_judged(text: str, as_of: date, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(text, petro_series, as_of=as_of)
    assert [v.claim.value for v in report.verdicts] == []
    assert {o.reason for o in report.out_of_scope} >= {"another counting body's figure"}


def test_the_ukrainian_governments_figure_beside_it_is_judged(petro_series: dict[str, LossSeries]) -> None:
    text = ("The Ukrainian government now claims over 15,000 Russian servicemen have been killed, while the "
            "Russian authorities admitted to just under 500 deaths on 2 March.")
    report = check_text(text, petro_series, as_of=date(2022, 3, 23))
    found = [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value == 15_000]
    assert found == [(ClaimKind.MILESTONE, VerdictKind.CORRECT)]
