""""The U.K." and "the U.K.'s" (with dots) name the United Kingdom as a counting body, as "the UK" does.

Found on real English pages: the Kyiv Independent (10 Nov 2024) wrote "The U.K. puts the total
number of Russians killed or injured at just under 700,000", and the 700,000 was judged as the
General Staff's total (incorrect: 708,890); Newsweek's style spells "the U.K.'s chief of defense
staff" the same way. lexicon.OTHER_SOURCE read "the UK", "UK's" and "U.K. Defence ..." but not
the dotted country alone, so the sentence named no other body. The General Staff's own figure
beside it is still judged.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import check_text
from attrition.model.series import LossSeries

NOV10 = date(2024, 11, 10)


@pytest.mark.parametrize(("text", "figure"), [
    ("The U.K. puts the total number of Russians killed or injured at just under 700,000.", 700_000),
    ("Russia lost 1,500 troops a day in October, the U.K.'s chief of defense staff has said.", 1_500),
    ("According to the U.K., Russia has lost more than 690,000 soldiers since February 2022.", 690_000),
])
def test_a_figure_the_dotted_uk_gives_is_out_of_scope(
    text: str, figure: int, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=NOV10)
    assert figure not in {v.claim.value for v in report.verdicts}
    assert figure in {o.value for o in report.out_of_scope}


def test_the_general_staffs_total_beside_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    total = next(r.total for r in reversed(petro_series["personnel"].rows) if r.report_date <= NOV10)
    text = (f"The U.K. puts the total number of Russians killed or injured at just under 700,000. "
            f"Ukraine's General Staff said Russia had lost {total:,} troops by Nov. 10.")
    report = check_text(text, petro_series, as_of=NOV10)
    assert [v.claim.value for v in report.verdicts] == [total]


def test_kyivs_estimate_in_a_which_clause_after_it_is_still_judged(petro_series: dict[str, LossSeries]) -> None:
    # the Kyiv Independent's own sentence (10 Nov 2024): the U.K.'s figure, then Kyiv's in a "which" clause
    total = next(r.total for r in reversed(petro_series["personnel"].rows) if r.report_date <= NOV10)
    text = (f"The U.K. puts the total number of Russians killed or injured at just under 700,000, which is "
            f"roughly in line with Kyiv's estimate of {total:,} as of Nov. 10.")
    report = check_text(text, petro_series, as_of=NOV10)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(total, "correct")]
    assert 700_000 in {o.value for o in report.out_of_scope}


def test_the_uks_average_citing_ukraines_figures_is_still_the_uks(petro_series: dict[str, LossSeries]) -> None:
    # Newsweek (28 Nov 2023): "The U.K. officials said that Russia's losses had reached a daily average of
    # 931 troops this month, citing Ukraine's figures": Ukraine's figures are the U.K.'s source, not its voice
    text = ("The U.K. officials said that Russia's losses had reached a daily average of 931 troops this month, "
            "citing Ukraine's figures.")
    report = check_text(text, petro_series, as_of=date(2023, 11, 28))
    assert report.verdicts == ()
    assert 931 in {o.value for o in report.out_of_scope}
