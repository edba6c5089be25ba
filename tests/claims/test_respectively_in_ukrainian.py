"""Ukrainian "відповідно" pairs a run of figures with the lines named before it, as "respectively" does.

"Respectively" lists were read by place ("Russia's tank and artillery losses stand at 9,182 and 20,086,
respectively": the first figure the tanks', the second the artillery's; extract._respective), but only
when the English word was in the sentence; the Ukrainian form, "Втрати танків і артсистем становлять
9182 та 20086 відповідно", gave both figures the last noun before them (9,182 judged as the artillery's
total, incorrect). "Відповідно" after the run, and "та / і / й" between its figures, now read as
"respectively" and "and". A figure with its own noun keeps it. True values come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

_DAY = date(2024, 11, 3)


def test_the_figures_take_the_lines_by_place(petro_series: dict[str, LossSeries]) -> None:
    people, tanks, guns = (total(petro_series[k], _DAY) for k in ("personnel", "tanks", "artillery"))
    for text in (f"Втрати танків і артсистем становлять {tanks} та {guns} відповідно.",
                 f"Загальні втрати росії в особовому складі, танках та артсистемах сягнули {uk(people)}, {tanks} і "
                 f"{uk(guns)} відповідно."):
        report = check_text(text, petro_series, as_of=_DAY)
        assert {v.verdict for v in report.verdicts} == {VerdictKind.CORRECT}
        assert {v.claim.value: v.claim.category for v in report.verdicts if v.claim.value != people} == {
            tanks: "tanks", guns: "artillery"}


def test_a_figure_with_its_own_noun_keeps_it(petro_series: dict[str, LossSeries]) -> None:
    tanks, guns = (total(petro_series[k], _DAY) for k in ("tanks", "artillery"))
    text = f"Росія втратила {tanks} танків та {uk(guns)} артилерійських систем відповідно до даних Генштабу."
    report = check_text(text, petro_series, as_of=_DAY)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [
        ("tanks", VerdictKind.CORRECT), ("artillery", VerdictKind.CORRECT)]
