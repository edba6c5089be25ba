"""check_text end to end on odd input: HTML, emoji, huge text, datelines, fuzzed words."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.claims import MAX_CHARS, VerdictKind, check_text
from attrition.errors import UsageError
from attrition.model.series import build_series

# A tiny hand-made record: personnel reports of 2025-01-05 .. 2025-01-08.
SERIES = {
    "personnel": build_series("personnel", [
        (date(2025, 1, 5), 796_490, None, True, ("test",)),
        (date(2025, 1, 6), 798_040, None, True, ("test",)),
        (date(2025, 1, 7), 800_010, None, True, ("test",)),
        (date(2025, 1, 8), 801_670, None, True, ("test",)),
    ]),
}
AS_OF = date(2025, 1, 8)


def test_html_fragment_offsets_index_the_input() -> None:
    raw = "<div><p>On <i>January 6</i>, Russia lost <b>1,970</b> soldiers.</p></div>"
    report = check_text(raw, SERIES, as_of=AS_OF)
    (v,) = report.verdicts
    assert v.verdict is VerdictKind.CORRECT
    assert "1,970" in raw[v.claim.start : v.claim.end]
    assert "<" not in v.claim.quote


def test_emoji_and_odd_characters_do_not_break_extraction() -> None:
    text = "🔥💀 Russia lost 1,660 troops 🇺🇦 on January 7 \u200b\u2028 ✅ #war @user"
    (v,) = check_text(text, SERIES, as_of=AS_OF).verdicts
    assert v.claim.value == 1_660 and v.verdict is VerdictKind.CORRECT


def test_too_long_text_is_refused_with_a_usage_error() -> None:
    with pytest.raises(UsageError, match="at most"):
        check_text("a" * (MAX_CHARS + 1), SERIES, as_of=AS_OF)


def test_dateline_sets_as_of_when_none_is_given() -> None:
    report = check_text("January 8, 2025\nRussia lost 1,660 soldiers yesterday.", SERIES)
    assert (report.as_of, report.as_of_source) == (date(2025, 1, 8), "dateline")
    assert report.verdicts[0].verdict is VerdictKind.CORRECT


def test_without_dateline_today_then_the_latest_report_are_used() -> None:
    assert check_text("Nothing here.", SERIES, today=date(2025, 1, 7)).as_of_source == "today"
    report = check_text("Nothing here.", SERIES)
    assert (report.as_of, report.as_of_source) == (date(2025, 1, 8), "record")


def test_category_missing_from_the_record_is_unverifiable() -> None:
    (v,) = check_text("Russia has lost 9,780 tanks.", SERIES, as_of=AS_OF).verdicts
    assert v.verdict is VerdictKind.UNVERIFIABLE and "tanks" in v.explanation


def test_category_not_yet_reported_on_the_as_of_date_is_unverifiable() -> None:
    series = {"submarines": build_series("submarines", [(date(2023, 9, 14), 1, None, False, ())])}
    (v,) = check_text("Russia has lost one submarine so far.", series, as_of=date(2022, 8, 20)).verdicts
    assert v.verdict is VerdictKind.UNVERIFIABLE


def test_date_after_the_record_is_unverifiable() -> None:
    (v,) = check_text("Russia lost 1,500 soldiers on March 3, 2025.", SERIES, as_of=AS_OF).verdicts
    assert v.verdict is VerdictKind.UNVERIFIABLE


def test_report_json_shape() -> None:
    data = check_text("Russia passed 800,000 losses on January 7.", SERIES, as_of=AS_OF).to_dict()
    claim = data["claims"][0]
    assert {"quote", "start", "end", "category", "kind", "value", "interpreted", "verdict",
            "expected", "convention", "explanation", "evidence"} <= set(claim)
    assert claim["verdict"] == "correct" and claim["kind"] == "milestone"
    assert claim["interpreted"]["date"] == "2025-01-07"
    assert claim["evidence"]["reports"][-1]["total"] == 800_010
    assert data["summary"]["correct"] == 1


_WORDS = st.sampled_from([
    "Russia", "lost", "losses", "troops", "tanks", "1,550", "800,000", "1.5k", "тис.", "млн", "since",
    "mid-October", "on", "January", "7", "yesterday", "over", "nearly", "the", "past", "week", "in",
    "December", "2024", "record", "days", "in a row", "(+", ")", "—", ":", ",", ".", "\n", "<b>", "</p>",
    "&amp;", "🇺🇦", "втрати", "окупантів", "за", "добу", "понад", "майже", "грудні", "з", "середини",
    "жовтня", "%", "km²", "$", "North Korean", "Ukraine's", "Mediazona", "0", "99999999999999", "-",
    "between", "and", "29", "Monday", "поспіль", "десятий", "half", "a", "million", "станом на",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_any_mix_of_words_gets_a_report_not_an_exception(text: str) -> None:
    report = check_text(text, SERIES, as_of=AS_OF)
    for v in report.verdicts:
        assert v.explanation
        assert 0 <= v.claim.start <= v.claim.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_never_crashes(text: str) -> None:
    check_text(text, SERIES, as_of=AS_OF)


def test_russian_text_is_reported_as_unsupported_not_misread() -> None:
    report = check_text("Потери российской армии за сутки составили 1 550 человек.", SERIES, as_of=AS_OF)
    assert report.lang == "ru" and report.verdicts == ()
    assert [o.value for o in report.out_of_scope] == [1550]
    assert "Russian-language" in report.out_of_scope[0].reason
    assert any("unsupported language" in note for note in report.notes)
