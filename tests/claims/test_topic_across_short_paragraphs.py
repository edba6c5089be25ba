"""The equipment a one-sentence paragraph speaks of carries into the next paragraph (real articles).

Newsweek writes a paragraph per sentence: "May was Russia's worst month for tank losses this year,
with 428 destroyed." / "It was the second deadliest month in the war for Russian tank crews, ...
with 521." / "Subsequent months saw 359 losses in June, 300 in July, 193 in August and 291 in
September." The topic (tanks) was carried only within its paragraph, so the last four figures were
read as personnel and called incorrect. The next paragraph now keeps the topic when it was named in
the paragraph before or that paragraph was one sentence, until soldiers are named; a paragraph of
several sentences that names no equipment still ends it. True values come from the series.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

sys.path.insert(0, str(Path(__file__).parent))
from series_truth import losses as _losses  # noqa: E402

OCT7 = date(2024, 10, 7)
MONTHS = {6: (date(2024, 6, 1), date(2024, 6, 30)), 7: (date(2024, 7, 1), date(2024, 7, 31)),
          8: (date(2024, 8, 1), date(2024, 8, 31)), 9: (date(2024, 9, 1), date(2024, 9, 30))}


def _months(series: LossSeries) -> list[int]:
    return [_losses(series, *MONTHS[m]) for m in (6, 7, 8, 9)]


def _judged(text: str, series: dict[str, LossSeries]) -> dict[int, tuple[str, VerdictKind]]:
    return {v.claim.value: (v.claim.category, v.verdict) for v in check_text(text, series, as_of=OCT7).verdicts}


def _text(head: str, jun: int, jul: int, aug: int, sep: int) -> str:
    return head + f"Subsequent months saw {jun} losses in June, {jul} in July, {aug} in August and {sep} in September."


def test_the_topic_carries_through_one_sentence_paragraphs(petro_series: dict[str, LossSeries]) -> None:
    figures = _months(petro_series["tanks"])
    head = ("May was Russia's worst month for tank losses this year, Ukraine's General Staff figures show.\n\n"
            "It was the second deadliest month in the war for Russian tank crews.\n\n")
    judged = _judged(_text(head, *figures), petro_series)
    assert [judged[v] for v in figures] == [("tanks", VerdictKind.CORRECT)] * 4


def test_artillery_carries_into_the_next_paragraph(petro_series: dict[str, LossSeries]) -> None:
    figures = _months(petro_series["artillery"])
    head = ("Artillery losses peaked in the summer, according to Ukraine's General Staff. It was the costliest "
            "season for Russian gun crews.\n\n")
    judged = _judged(_text(head, *figures), petro_series)
    assert [judged[v] for v in figures] == [("artillery", VerdictKind.CORRECT)] * 4


def test_a_paragraph_of_several_sentences_ends_the_topic(petro_series: dict[str, LossSeries]) -> None:
    figures = _months(petro_series["personnel"])
    head = ("Tank losses peaked in May, according to Ukraine's General Staff. Analysts expect fewer this winter.\n\n"
            "Meanwhile the front moved little. Talks stalled again.\n\n")
    judged = _judged(_text(head, *figures), petro_series)
    assert [judged[v] for v in figures] == [("personnel", VerdictKind.CORRECT)] * 4


def test_soldiers_named_end_the_topic(petro_series: dict[str, LossSeries]) -> None:
    figures = _months(petro_series["personnel"])
    head = "May was Russia's worst month for tank losses this year, the General Staff said.\n\n"
    text = head + (f"Subsequent months saw {figures[0]:,} soldiers lost in June, {figures[1]:,} in July, "
                   f"{figures[2]:,} in August and {figures[3]:,} in September.")
    judged = _judged(text, petro_series)
    assert [judged[v] for v in figures] == [("personnel", VerdictKind.CORRECT)] * 4
