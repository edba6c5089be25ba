"""Russia's own figures named in Ukrainian are out of scope: "За даними Міноборони РФ",
"Міністерство оборони Росії", "російське Міноборони", "російська сторона оприлюднила дані".

Before, only the English names ("Russia's Defence Ministry") and "Москва визнала" were known:
"російська сторона оприлюднила дані про втрати російських військ, згідно з якими 1 351
російський військовослужбовець загинув, ще 3 825 – зазнали поранень" was judged against the
General Staff's totals (incorrect). Ukraine's Ministry of Defence and the General Staff stay judged.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

AS_OF = date(2022, 5, 5)


@pytest.mark.parametrize(("text", "figures"), [
    ("25 березня лише вдруге від початку масштабного вторгнення російська сторона оприлюднила дані про "
     "втрати російських військ, згідно з якими 1 351 російський військовослужбовець загинув, ще 3 825 – "
     "зазнали поранень.", {1351, 3825}),
    ("За даними Міноборони РФ, з початку операції загинули 1351 російських військовослужбовців.", {1351}),
    ("Міністерство оборони Росії заявило, що з початку операції армія РФ втратила 1351 військового.", {1351}),
    ("Російське Міноборони заявило, що втрати армії РФ становлять 1351 військовий.", {1351}),
    ("Російська сторона вперше назвала кількість своїх втрат — 1351 військовий.", {1351}),
])
def test_russias_own_figure_named_in_ukrainian_is_out_of_scope(
    text: str, figures: set[int], petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=AS_OF)
    assert not figures & {v.claim.value for v in report.verdicts}
    assert figures <= {o.value for o in report.out_of_scope}


@pytest.mark.parametrize("template", [
    "Генштаб ЗСУ повідомив, що за минулу добу російська армія втратила ще {day} військових.",
    "Міністерство оборони України повідомило, що за минулу добу росіяни втратили ще {day} військових.",
    "Загальні втрати російських військ на ранок становлять {total} осіб, з них {day} — за минулу добу.",
])
def test_the_general_staffs_figures_beside_russian_words_stay_judged(
    template: str, petro_series: dict[str, LossSeries],
) -> None:
    people = petro_series["personnel"]
    day = total(people, AS_OF) - total(people, AS_OF - timedelta(days=1))
    text = template.format(day=day, total=uk(total(people, AS_OF)))
    report = check_text(text, petro_series, as_of=AS_OF)
    assert report.verdicts
    assert {v.verdict for v in report.verdicts} == {VerdictKind.CORRECT}
    assert day in {v.claim.value for v in report.verdicts}
