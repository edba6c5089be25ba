"""The issue's examples explained in Ukrainian: exact sentences, as a Ukrainian editor writes them.

A Ukrainian article gets Ukrainian explanations by default; an English one gets them with
``explain_lang="uk"``; ``explain_lang="en"`` overrides a Ukrainian article. Numbers use a
no-break space ("2 200"), dates "19 грудня 2024 року". Verdicts are those of test_issue_examples.
"""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import VerdictKind, check_text
from attrition.model.series import LossSeries

AS_OF = date(2025, 1, 16)  # as in tests/claims/conftest.py: the date the examples are stated

pytestmark = pytest.mark.integration


def _nb(text: str) -> str:
    """Write the expected sentence with "_" for each no-break space."""
    return text.replace("_", "\u00a0")


UK_EXAMPLES = [
    pytest.param(
        "Росія втратила 48 670 військових у грудні 2024 року.", VerdictKind.CORRECT,
        "Правильно: сума за грудень 2024_року за датою втрат — 48_670 (790_800 − 742_130, звіти за "
        "1_січня 2025_року і 1_грудня 2024_року).", id="month-loss-date"),
    pytest.param(
        "У грудні 2024 року втрати сягнули 49 150 осіб.", VerdictKind.CORRECT_OTHER_CONVENTION,
        "Правильно за іншою датою, якщо «грудні 2024 року» означає дати звітів (день, коли Генштаб "
        "оприлюднив цифри): сума за грудень 2024_року за датою звіту — 49_150 (789_550 − 740_400, звіти за "
        "31_грудня 2024_року і 30_листопада 2024_року); натомість сума за грудень 2024_року за датою "
        "втрат — 48_670.", id="month-report-date"),
    pytest.param(
        "19 грудня Росія втратила 2 200 військових.", VerdictKind.CORRECT,
        "Правильно: втрати за 19_грудня 2024_року (звіт за 20_грудня 2024_року) — 2_200 "
        "(768_220 → 770_420).", id="day-loss-date"),
    pytest.param(
        "Генштаб повідомив про 2 200 втрат Росії 20 грудня.", VerdictKind.CORRECT,
        "Правильно: приріст у звіті за 20_грудня 2024_року (втрати за 19_грудня 2024_року) — 2_200 "
        "(768_220 → 770_420).", id="day-reported"),
    pytest.param(
        "7 січня втрати Росії перевищили 800 000.", VerdictKind.CORRECT,
        "Правильно: загальна цифра за категорією «особовий склад» у звіті за 7_січня 2025_року — 800_010; "
        "у попередньому звіті було 798_040.", id="milestone-800k"),
    pytest.param(
        "8 січня Росія втратила 1 970 військових.", VerdictKind.INCORRECT,
        "Неправильно: втрати за 8_січня 2025_року (звіт за 9_січня 2025_року) — 1_430 (801_670 → 803_100), "
        "тоді як приріст у звіті за 8_січня 2025_року (втрати за 7_січня 2025_року) — 1_660, а не 1_970; "
        "1_970 — це цифра звіту за 7_січня 2025_року (втрати за 6_січня 2025_року).", id="wrong-day"),
    pytest.param(
        "Росія втратила 9 780 танків.", VerdictKind.CORRECT,
        "Правильно: загальна цифра за категорією «танки» у звіті за 15_січня 2025_року — 9_780; "
        "в останньому звіті (за 16_січня 2025_року) — 9_791.", id="tanks-total"),
    pytest.param(
        "У 2024 році Росія втратила 430 790 військових.", VerdictKind.CORRECT,
        "Правильно: сума за 2024_рік за датою втрат — 430_790 (790_800 − 360_010, звіти за "
        "1_січня 2025_року і 1_січня 2024_року).", id="year-loss-date"),
    pytest.param(
        "Росія втратила близько 814 тисяч військових.", VerdictKind.ROUNDED,
        "Округлено: загальна цифра за категорією «особовий склад» у звіті за 16_січня 2025_року — 814_150, "
        "тож «близько 814_000» — коректне округлення.", id="rounded-total"),
]


@pytest.mark.parametrize(("sentence", "verdict", "expected"), UK_EXAMPLES)
def test_ukrainian_article_gets_the_ukrainian_explanation(
    petro_series: dict[str, LossSeries], sentence: str, verdict: VerdictKind, expected: str
) -> None:
    report = check_text(sentence, petro_series, as_of=AS_OF)
    assert report.lang == "uk" and report.explain_lang == "uk"
    (v,) = report.verdicts
    assert v.verdict is verdict
    assert v.explanation == _nb(expected)


def test_english_article_explained_in_ukrainian_on_request(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("On December 19, Russia lost 2,200 soldiers.", petro_series, as_of=AS_OF,
                        explain_lang="uk")
    assert report.lang == "en" and report.explain_lang == "uk"
    assert report.verdicts[0].explanation == _nb(
        "Правильно: втрати за 19_грудня 2024_року (звіт за 20_грудня 2024_року) — 2_200 (768_220 → 770_420).")


def test_ukrainian_article_explained_in_english_on_request(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("19 грудня Росія втратила 2 200 військових.", petro_series, as_of=AS_OF,
                        explain_lang="en")
    assert report.explain_lang == "en"
    assert report.verdicts[0].explanation == (
        "Correct: the losses of 19 Dec 2024 (report of 20 Dec 2024) were 2,200 (768,220 → 770,420).")


def test_english_article_keeps_english_explanations_by_default(petro_series: dict[str, LossSeries]) -> None:
    report = check_text("On December 19, Russia lost 2,200 soldiers.", petro_series, as_of=AS_OF)
    assert report.explain_lang == "en"
    assert report.verdicts[0].explanation == (
        "Correct: the losses of 19 Dec 2024 (report of 20 Dec 2024) were 2,200 (768,220 → 770,420).")


def test_unknown_explanation_language_is_a_usage_error(petro_series: dict[str, LossSeries]) -> None:
    from attrition.errors import UsageError

    with pytest.raises(UsageError, match="explanation language"):
        check_text("Russia lost 2,200 soldiers.", petro_series, as_of=AS_OF, explain_lang="ru")


def test_a_one_place_figure_is_out_of_scope_not_judged(petro_series: dict[str, LossSeries]) -> None:
    # issue 11 moved one place's figures out of scope (they were an "unverifiable" verdict)
    report = check_text("Росія втратила 1 550 військових під Покровськом 5 січня.", petro_series, as_of=AS_OF)
    assert report.verdicts == () and [o.value for o in report.out_of_scope] == [1550]
