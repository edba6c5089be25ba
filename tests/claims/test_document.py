"""Stage 1: paragraphs and sentences; no claim's span crosses either."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from attrition.claims import check_text, document
from attrition.claims.document import MAX_SENTENCE, read_structure
from attrition.model.series import LossSeries

# Real published text (Newsweek, 3 Dec 2024: ../shared/articles/2024-12-03_en_newsweek.txt)
NEWSWEEK = (
    "In its most recent daily Russian losses update on X, formerly known as Twitter, Ukraine’s "
    "Ministry of Defense noted that Russia lost 745,700 personnel since the beginning of the war in "
    "February 2022, with 1,760 of those losses taking place on December 3.\n"
    "Kyiv launched a surprise incursion into Kursk in early August, and Russia has struggled to peel "
    "back Ukraine’s most significant advance into Russian territory."
)


def test_a_paragraph_break_always_ends_a_sentence() -> None:
    doc = read_structure(NEWSWEEK, "en")
    assert len(doc.paragraphs) == 2
    assert all("\n" not in doc.sentence_text(s) for s in doc.sentences)


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "As of Sept. 4, Russia had lost 49,500 troops, the General Staff said. Tanks: 2,077."
    spans = [text[s.start : s.end] for s in read_structure(text, "en").sentences]
    assert spans == ["As of Sept. 4, Russia had lost 49,500 troops, the General Staff said.", "Tanks: 2,077."]


def test_ukrainian_sentences_are_cut_after_a_full_stop_not_after_thousands() -> None:
    text = "Втрати становлять близько 33 350 тис. осіб. Танків знищено 1 483."
    spans = [text[s.start : s.end] for s in read_structure(text, "uk").sentences]
    assert spans == ["Втрати становлять близько 33 350 тис. осіб.", "Танків знищено 1 483."]


def test_an_endless_sentence_is_cut_so_that_every_stage_stays_linear() -> None:
    doc = read_structure("1,000 " * 2000, "en")
    assert max(s.end - s.start for s in doc.sentences) <= MAX_SENTENCE


def test_no_claim_span_crosses_a_sentence_in_the_newsweek_seed_article(
    shared_data: Path, petro_series: dict[str, LossSeries]
) -> None:
    path = shared_data.parent / "articles" / "2024-12-03_en_newsweek.txt"
    body = "".join(line for line in path.read_text(encoding="utf-8").splitlines(keepends=True)
                   if not line.startswith("# "))
    report = check_text(body, petro_series)
    doc = read_structure(body, "en")
    for v in report.verdicts:
        assert any(s.start <= v.claim.start and v.claim.end <= s.end for s in doc.sentences), v.claim.quote


@pytest.mark.parametrize("text", [
    "2023: " + "a" * 60 + "\n" + " " * 190_000 + "2024: b",
    ("2023: " + "a" * 60 + "\n  ") * 2_500,
    ("2023: " + "a" * 60 + "\n" + " " * 1_000) * 190,
])
def test_list_lines_after_long_runs_of_spaces_are_split_in_linear_time(text: str, time_bound: Any) -> None:
    """Issue 14 (the regex audit's growth check): _ITEM (``\\s*\\d{1,4}\\s*[:.)]\\s``) is quadratic
    when searched from every space of a run, but the document matches it only at a line's
    start and just after a line break (one scan of the spaces there): 200,000 characters
    take < 0.01 s."""
    with time_bound(5.0):
        spans = document.sentence_spans(text)
    assert spans
