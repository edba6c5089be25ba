"""A counting body named as what a figure is compared with ("in line with estimates made by Western
intelligence", "lower than the General Staff's figure") does not speak for the sentence.

Found on the Kyiv Independent (19 Jan 2025, en9's n32 page 05; the same text is new9's page 16): "As of
Jan. 19, Russia has lost a total of 818,740 troops since the full-scale invasion began, Ukraine's General
Staff reported. The estimate, which is broadly in-line with estimates made by Western intelligence agencies,
likely includes those killed, captured, wounded, and missing. ... Russian losses reached record highs in
November and December, with a daily high of 2,030 troops lost in November ...". The second sentence was
read as Western intelligence speaking, and the paragraph's next figure, the General Staff's record day, was
left out as another body's (both modes). clauses._marks now drops a body named after "in line with",
"consistent with", "compared with/to", "similar to", "higher/lower/more/less ... than" (up to four words
between, in the 60 characters before it), for the other bodies and the General Staff alike: "Western
intelligence estimates that Russia has lost 700,000 troops, lower than the General Staff's figure" is
Western intelligence's (it was judged as the General Staff's).
"""

from __future__ import annotations

from datetime import date, timedelta

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import losses, total

JAN19 = date(2025, 1, 19)


def test_the_record_after_a_comparison_with_western_estimates_is_judged(
        petro_series: dict[str, LossSeries]) -> None:
    nov = [date(2024, 11, 1) + timedelta(days=i) for i in range(30)]
    high = max(losses(petro_series["personnel"], d, d) for d in nov)
    now = total(petro_series["personnel"], JAN19)
    text = (f"As of Jan. 19, Russia has lost a total of {now:,} troops since the full-scale invasion began, "
            "Ukraine's General Staff reported. The estimate, which is broadly in-line with estimates made by "
            "Western intelligence agencies, likely includes those killed, captured, wounded, and missing. "
            "Russia has gained ground in eastern Ukraine over the past year but at the cost of heavy casualties. "
            f"Russian losses reached record highs in November and December, with a daily high of {high:,} "
            "troops lost in November.")
    report = check_text(text, petro_series, as_of=JAN19)
    verdicts = [v for v in report.verdicts if v.claim.value == high]
    assert verdicts and verdicts[0].verdict.value == "correct"


def test_the_body_named_first_still_speaks_when_the_general_staff_is_the_comparison(
        petro_series: dict[str, LossSeries]) -> None:
    report = check_text("Western intelligence estimates that Russia has lost 700,000 troops, lower than the "
                        "General Staff's figure.", petro_series, as_of=JAN19)
    assert 700000 not in {v.claim.value for v in report.verdicts}
    assert 700000 in {o.value for o in report.out_of_scope}


def test_a_body_that_says_the_figure_still_speaks(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("UK intelligence said 700,000 Russian troops were killed or wounded.",
                        petro_series, as_of=JAN19)
    assert 700000 not in {v.claim.value for v in report.verdicts}
