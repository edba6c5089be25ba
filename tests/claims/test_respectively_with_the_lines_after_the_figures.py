"""'Respectively' with the lines named after the figures: "lost 9,182 and 20,086 tanks and artillery systems, respectively".

One of the classes seen at the last stop: a "respectively" list whose line nouns follow the run of
figures. Only the form with the nouns before the run ("tank and artillery losses stand at 9,182 and
20,086, respectively") was read by place (extract._respective); with the nouns after it, the first
figure had no noun and was read as the soldiers' total, and the last took the whole list as one summed
line ("tanks+artillery"): both incorrect. The run of figures followed at once by a list of as many
different lines and then "respectively" (or "відповідно") now gives each figure its line by place. A
figure with its own noun keeps it, and a run of months "respectively" keeps its months. True values
come from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import total, uk

_DAY = date(2024, 11, 3)


def test_the_lines_after_the_run_go_by_place(petro_series: dict[str, LossSeries]) -> None:
    tanks, guns = (total(petro_series[k], _DAY) for k in ("tanks", "artillery"))
    for text in (f"Russia has lost {tanks:,} and {guns:,} tanks and artillery systems, respectively.",
                 f"Росія втратила {tanks} та {uk(guns)} танків і артилерійських систем відповідно."):
        report = check_text(text, petro_series, as_of=_DAY)
        assert [(v.claim.category, v.verdict) for v in report.verdicts] == [
            ("tanks", VerdictKind.CORRECT), ("artillery", VerdictKind.CORRECT)], text


def test_own_nouns_and_months_are_kept(petro_series: dict[str, LossSeries]) -> None:
    tanks, guns = (total(petro_series[k], _DAY) for k in ("tanks", "artillery"))
    report = check_text(f"Russia has lost {tanks:,} tanks and {guns:,} artillery systems, respectively.", petro_series,
                        as_of=_DAY)
    assert [(v.claim.category, v.verdict) for v in report.verdicts] == [
        ("tanks", VerdictKind.CORRECT), ("artillery", VerdictKind.CORRECT)]
    people = petro_series["personnel"]
    october = total(people, date(2024, 11, 1)) - total(people, date(2024, 10, 1))
    november = total(people, date(2024, 12, 1)) - total(people, date(2024, 11, 1))
    report = check_text(f"In October and November, Russia lost {october:,} and {november:,} soldiers, respectively.",
                        petro_series, as_of=date(2024, 12, 3))
    assert [(v.claim.time.primary.start.month if v.claim.time else None, v.verdict) for v in report.verdicts] == [
        (10, VerdictKind.CORRECT), (11, VerdictKind.CORRECT)]
