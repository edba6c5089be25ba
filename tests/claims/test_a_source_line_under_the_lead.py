"""Ukrainska Pravda's labelled paragraphs: the "Source:" line under the lead names who speaks in the lead,
and "Details: The report states ..." goes on with that source.

Found on Ukrainska Pravda's English page (5 Aug 2025; new9's n32 page 06, the same text is en9's page 20):
"Since the start of its full-scale invasion of Ukraine in February 2022, Russia is reported to have lost
approximately 1,050,000 troops killed and wounded. / Source: UK Defence Intelligence update dated 5 August on
X (Twitter), as reported by European Pravda / Details: The report states that 260,000 Russian soldiers have
been killed during the unprovoked war against Ukraine in 2025 alone." Both figures were judged as the General
Staff's (1,050,000 "rounded", 260,000 incorrect). clauses.ATTRIBUTION_AFTER now reads a sentence opening with
"Source:" / "Джерело:" as the attribution of the sentence before, and clauses.CONTINUES_SOURCE reads "Details:"
/ "Деталі:" / "Подробиці:" before "the report states|said|...". Under "Source: General Staff ..." the figures
are still the General Staff's and judged.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import check_text
from attrition.model.series import LossSeries

from .series_truth import total

AUG5 = date(2025, 8, 5)


def test_a_source_line_naming_another_body_speaks_for_the_lead_and_the_details(
        petro_series: dict[str, LossSeries]) -> None:
    text = ("Since the start of its full-scale invasion of Ukraine in February 2022, Russia is reported to have "
            "lost approximately 1,050,000 troops killed and wounded.\n\n"
            "Source: UK Defence Intelligence update dated 5 August on X (Twitter), as reported by European Pravda\n\n"
            "Details: The report states that 260,000 Russian soldiers have been killed during the war in 2025 alone.")
    report = check_text(text, petro_series, as_of=AUG5)
    assert report.verdicts == ()
    assert {1050000, 260000} <= {o.value for o in report.out_of_scope}


def test_a_source_line_naming_the_general_staff_keeps_the_figures_judged(
        petro_series: dict[str, LossSeries]) -> None:
    now = total(petro_series["personnel"], AUG5)
    text = (f"Russia has lost {now:,} troops since the start of the full-scale invasion.\n\n"
            "Source: General Staff of the Armed Forces of Ukraine on Facebook\n\n"
            f"Details: The report states that Russia has lost {now:,} soldiers killed and wounded.")
    report = check_text(text, petro_series, as_of=AUG5)
    assert [(v.claim.value, v.verdict.value) for v in report.verdicts] == [(now, "correct"), (now, "correct")]
