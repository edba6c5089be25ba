"""Issue 14 items 2 and 10: check stays linear on pathological input and never raises a traceback."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from attrition.claims import MAX_CHARS, MAX_FIGURES, check_text, document
from attrition.claims.document import read_structure
from attrition.claims.numbers import find_numbers
from attrition.errors import UsageError
from attrition.model.series import LossSeries


@pytest.mark.parametrize("text", [
    "1,000 " * 2000,
    ("\u200f\u05d0\u05d1 \u200b1,234 \u202e" * 6000)[:58_000],
    "1" * 200_000,
])
def test_pathological_inputs_are_checked_without_an_error(
    text: str, petro_series: dict[str, LossSeries]
) -> None:
    report = check_text(text, petro_series)
    assert report.as_of is not None


def test_a_run_of_digits_longer_than_any_count_is_no_number() -> None:
    assert find_numbers("1" * 200_000) == []


def test_sentences_never_exceed_the_cap_whatever_the_input() -> None:
    doc = read_structure(("\u200b1,234" * 40_000)[:200_000], "en")
    assert max(s.end - s.start for s in doc.sentences) <= 1_200


def test_longer_input_than_the_limit_is_refused_with_a_clear_error(
    petro_series: dict[str, LossSeries],
) -> None:
    with pytest.raises(UsageError, match="reads at most 200,000"):
        check_text("1 " * (MAX_CHARS // 2 + 1), petro_series)


def test_claims_modules_import_no_cycle() -> None:
    root = Path(__file__).parents[2] / "src" / "attrition" / "claims"
    graph: dict[str, set[str]] = {}
    for path in root.glob("*.py"):
        deps = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("attrition.claims"):
                names = [node.module.rsplit(".", 1)[-1]] if node.module != "attrition.claims" else [
                    a.name for a in node.names]
                deps.update(n for n in names if (root / f"{n}.py").exists())
        graph[path.stem] = deps - {path.stem}
    seen: set[str] = set()

    def visit(node: str, stack: tuple[str, ...]) -> None:
        assert node not in stack, " -> ".join((*stack, node))
        if node in seen:
            return
        for dep in graph.get(node, ()):
            if dep != "__init__":
                visit(dep, (*stack, node))
        seen.add(node)

    for module in graph:
        if module != "__init__":
            visit(module, ())


def test_figures_past_the_cap_are_left_unread_and_the_report_says_so(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Russia lost 1,200 troops. " * (MAX_FIGURES + 50)
    report = check_text(text, petro_series, as_of=date(2024, 12, 3))
    cut = int(next(n for n in report.notes if "reads at most" in n).rsplit("character ", 1)[1]
              .split()[0].replace(",", ""))
    assert len(report.verdicts) + len(report.out_of_scope) <= MAX_FIGURES
    assert all(v.claim.end <= cut for v in report.verdicts)
    assert f"{MAX_FIGURES + 50:,} figures" in " ".join(report.notes)


def test_a_text_under_the_cap_is_read_to_its_end(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia lost 1,200 troops. " * 20 + "Russia lost 1,450 troops over the past day."
    report = check_text(text, petro_series, as_of=date(2024, 12, 3))
    assert not any("reads at most" in n for n in report.notes)
    assert report.verdicts[-1].claim.value == 1450


_TAG_TOKENS = ["<", ">", "<!--", "-->", "<!-->", "<script>", "</script>", "<SCRIPT x>", "</script >",
               "<style", "</STYLE\n>", "<scripts>", "<br>", "<p>", "</p>", "x", " ", "&amp;", "1,200 troops"]


def test_a_tag_ends_where_the_tag_pattern_says() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from attrition.claims import text

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_TAG_TOKENS), max_size=30).map("".join))
    def same(raw: str) -> None:
        closers = text._Closers(raw)
        for pos in (i for i, ch in enumerate(raw) if ch == "<"):
            rule = text._TAG.match(raw, pos)
            assert text._tag_end(raw, pos, closers) == (rule.end() if rule else -1), (raw, pos)

    same()


@pytest.mark.parametrize("unit", ["<!--", "<script", "<style "])
def test_unclosed_comments_and_scripts_are_read_in_linear_time(
    unit: str, petro_series: dict[str, LossSeries], time_bound: Any
) -> None:
    """Issue 14: each "<!--" searched to the end of the text: 200,000 characters took 36 s CPU."""
    text = "Russia lost 1,200 troops. " + unit * ((MAX_CHARS - 26) // len(unit))
    with time_bound(10.0):
        report = check_text(text, petro_series, as_of=date(2024, 12, 3))
    assert [v.claim.value for v in report.verdicts] == [1200]


@pytest.mark.parametrize("unit", [".", "!", "…", "?!"])
def test_a_run_of_sentence_punctuation_is_read_in_linear_time(
    unit: str, petro_series: dict[str, LossSeries], time_bound: Any
) -> None:
    """Issue 14: the sentence splitter tried its pattern again inside a run of '.': 200,000 took > 60 s CPU."""
    text = "Russia lost 1,200 troops. " + unit * ((MAX_CHARS - 26) // len(unit))
    with time_bound(10.0):
        report = check_text(text, petro_series, as_of=date(2024, 12, 3))
    assert [v.claim.value for v in report.verdicts] == [1200]


@given(st.text(alphabet=".!?…\"'»”)] a1\n\u00a0", max_size=40), st.integers(0, 5))
def test_sentence_ends_are_where_the_plain_pattern_finds_them(text: str, p0: int) -> None:
    plain = re.compile(r"[.!?…]+[\"'»”)\]]*\s+")  # the pattern as first written (quadratic in a run)
    expected = [m.span() for m in plain.finditer(text, p0)]
    assert [m.span() for m in document._PUNCT.finditer(text, p0) if m.group("end") is not None] == expected


def test_the_figures_found_once_per_check_are_those_of_the_text_read() -> None:
    # check_text finds the figures once (for the cap) and hands them to the readers in the
    # document's memo: only when the text is not cut, and equal to finding them again
    from attrition.claims.check import _cap_figures
    from attrition.claims.document import FIGURES
    from attrition.claims.extract import _read_layout

    text = "Russia lost 1,200 troops on May 3. An aircraft was shot down, and 12 tanks. " * 30
    doc, note, numbers = _cap_figures(read_structure(text, "en"))
    assert note is None and numbers == tuple(find_numbers(doc.text)) and len(numbers) == 90  # "May 3" is no figure
    fresh = read_structure(text, "en")
    kept = read_structure(text, "en")
    kept.memo[FIGURES] = numbers
    assert _read_layout(kept) == _read_layout(fresh)
    long_text = "Russia lost 1,200 troops. " * (MAX_FIGURES + 50)
    cut, note, numbers = _cap_figures(read_structure(long_text, "en"))
    assert note is not None and numbers is None and len(cut.text) < len(long_text)
