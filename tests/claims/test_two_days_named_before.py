"""A figure said to cover "these two days" is the sum of the two days the figures before it named.
Found on conservativearchives.com (13 Nov 2024): "Monday marked the deadliest day of the conflict with
1,950 Russian soldiers killed or wounded, followed by 1,770 casualties on Tuesday. The intense fighting
has also resulted in substantial equipment losses, with Ukraine claiming to have destroyed 47 Russian
tanks and 130 armored fighting vehicles over these two days." The 47 and the 130 had no date of their
own and were judged as the latest report's (incorrect: 24 tanks, 49 armoured vehicles), though they are
the losses of 11 and 12 Nov 2024 together, exactly. Two days named in the same sentence were already
read together ("On November 30 and December 1 ... over the two days"); now the two consecutive days of
the two figures before are too, and a figure right after takes the same days. True values from the series.
"""

from __future__ import annotations

from datetime import date

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.model.series import LossSeries

from .series_truth import losses

AS_OF = date(2024, 11, 13)  # a Wednesday: Monday and Tuesday are 11 and 12 Nov 2024
DAYS = (date(2024, 11, 11), date(2024, 11, 12))


def _found(text: str, series: dict[str, LossSeries], *values: int) -> list[tuple[ClaimKind, VerdictKind]]:
    report = check_text(text, series, as_of=AS_OF)
    return [(v.claim.kind, v.verdict) for v in report.verdicts if v.claim.value in values]


def test_equipment_over_these_two_days(petro_series: dict[str, LossSeries]) -> None:
    p1, p2 = (losses(petro_series["personnel"], d, d) for d in DAYS)
    t, a = losses(petro_series["tanks"], *DAYS), losses(petro_series["armoured_vehicles"], *DAYS)
    text = (f"According to the Ukrainian Armed Forces General Staff, Monday marked the deadliest day of the conflict "
            f"with {p1:,} Russian soldiers killed or wounded, followed by {p2:,} casualties on Tuesday. The intense "
            f"fighting has also resulted in substantial equipment losses, with Ukraine claiming to have destroyed "
            f"{t} Russian tanks and {a} armored fighting vehicles over these two days.")
    assert _found(text, petro_series, t, a) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)] * 2


def test_ukrainian_za_tsi_dvi_doby(petro_series: dict[str, LossSeries]) -> None:
    p1, p2 = (losses(petro_series["personnel"], d, d) for d in DAYS)
    t = losses(petro_series["tanks"], *DAYS)
    text = (f"За даними Генштабу, 11 листопада ворог втратив {p1} осіб, а 12 листопада — ще {p2}. "
            f"За ці дві доби Сили оборони також знищили {t} танки.")
    assert _found(text, petro_series, t) == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_a_latest_figure_without_the_words_stays_the_days(petro_series: dict[str, LossSeries]) -> None:
    p1, p2 = (losses(petro_series["personnel"], d, d) for d in DAYS)
    t = losses(petro_series["tanks"], date(2024, 11, 12), date(2024, 11, 12))
    text = (f"According to the General Staff, Russia lost {p1:,} soldiers on Monday and {p2:,} on Tuesday. "
            f"Ukraine also destroyed {t} Russian tanks over the past day.")
    assert _found(text, petro_series, t) == [(ClaimKind.DAY, VerdictKind.CORRECT)]
