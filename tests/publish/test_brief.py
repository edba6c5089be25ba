"""The brief for as-of 2024-12-04: numbers pinned against the raw PetroIvaniuk JSON, cited, worded."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from attrition.errors import UsageError
from attrition.library.publishing import publish_record
from attrition.publish.brief import Brief, build_brief, render_brief, streak_thresholds
from attrition.publish.brief.sentences import SAYERS
from attrition.store import Store

AS_OF = date(2024, 12, 4)
DAY = timedelta(days=1)
NBSP = "\u00a0"
KINDS = ["latest", "last_7_days", "month_to_date", "complete_months", "top_days", "trend",
         "streaks", "milestone", "equipment_week", "findings"]


@pytest.fixture(scope="module")
def brief(pi_store: Store) -> Brief:
    """The personnel brief as known on 2024-12-04."""
    return build_brief(publish_record(pi_store, AS_OF, findings=True))


def _plain(text: str) -> str:
    return text.replace(NBSP, " ")


@pytest.mark.integration
def test_brief_has_every_fact_in_order(brief: Brief) -> None:
    assert [f.kind for f in brief.facts] == KINDS
    assert brief.skipped == {}
    # "independent" is said only when the record carries the independent series (the
    # library's brief does; this record does not): tests/publish/test_brief_independent.py
    assert set(SAYERS) == {*KINDS, "independent"}


@pytest.mark.integration
def test_latest_total_and_day_name_both_dates(brief: Brief, pi_raw: dict) -> None:
    p = pi_raw["personnel"]
    latest = brief.fact("latest")
    assert latest is not None
    assert latest.data["total"] == p[AS_OF] == 747_370
    assert latest.data["plus"] == p[AS_OF] - p[AS_OF - DAY] == 1_670
    assert (latest.data["report_date"], latest.data["loss_date"]) == (AS_OF, AS_OF - DAY)
    assert latest.data["war_day"] == 1015
    assert latest.citation.report_dates == (AS_OF,)
    assert latest.citation.sources == ("petroivaniuk",)
    assert latest.citation.convention == "both"


@pytest.mark.integration
def test_last_7_days_against_the_7_before(brief: Brief, pi_raw: dict) -> None:
    p = pi_raw["personnel"]
    week = brief.fact("last_7_days")
    assert week is not None
    assert week.data["current"]["value"] == p[AS_OF] - p[AS_OF - 7 * DAY] == 11_960
    assert week.data["previous"]["value"] == p[AS_OF - 7 * DAY] - p[AS_OF - 14 * DAY] == 9_670
    assert week.data["current"]["start"] == date(2024, 11, 27)  # loss dates
    assert week.data["report_start"] == date(2024, 11, 28)  # report dates
    assert week.data["pct_change"] == pytest.approx(100 * (11_960 - 9_670) / 9_670, abs=0.01)
    assert week.citation.report_dates == (AS_OF - 14 * DAY, AS_OF - 7 * DAY, AS_OF)


@pytest.mark.integration
def test_month_so_far_under_both_conventions(brief: Brief, pi_raw: dict) -> None:
    p = pi_raw["personnel"]
    mtd = brief.fact("month_to_date")
    assert mtd is not None
    assert mtd.data["loss"]["value"] == p[AS_OF] - p[date(2024, 12, 1)] == 5_240
    assert mtd.data["report"]["value"] == p[AS_OF] - p[date(2024, 11, 30)] == 6_970
    earlier = {e["period"]: e["value"] for e in mtd.data["earlier"]}
    assert earlier["2024-11-01..2024-11-03"] == p[date(2024, 11, 4)] - p[date(2024, 11, 1)]
    assert earlier["2023-12-01..2023-12-03"] == p[date(2023, 12, 4)] - p[date(2023, 12, 1)]


@pytest.mark.integration
def test_complete_months_by_loss_date_and_report_date(brief: Brief, pi_raw: dict) -> None:
    p = pi_raw["personnel"]
    months = brief.fact("complete_months")
    assert months is not None
    got = {m["period"]: (m["value"], m["report_value"]) for m in months.data["months"]}
    firsts = [date(2024, m, 1) for m in (9, 10, 11, 12)]
    for first, nxt in zip(firsts, firsts[1:], strict=False):
        by_loss = p[nxt] - p[first]
        by_report = p[nxt - DAY] - p[first - DAY]
        assert got[first.strftime("%Y-%m")] == (by_loss, by_report)
    assert got["2024-11"] == (45_720, 45_450)  # the MoD's own November figure, and the other


@pytest.mark.integration
def test_top_days_and_streaks(brief: Brief, pi_raw: dict) -> None:
    p = pi_raw["personnel"]
    daily = {d - DAY: p[d] - p[d - DAY] for d in p if d - DAY in p and d <= AS_OF}
    last30 = sorted((v, d) for d, v in daily.items() if d >= AS_OF - 30 * DAY)[::-1][:3]
    top = brief.fact("top_days")
    assert top is not None
    window = top.data["windows"][0]
    assert [(t["value"], t["loss_date"]) for t in window["top"]] == last30
    assert last30[0] == (2_030, date(2024, 11, 28))
    run, day = 0, AS_OF - DAY
    while daily[day] > 1_000:
        run, day = run + 1, day - DAY
    streaks = brief.fact("streaks")
    assert streaks is not None
    thousand = next(r for r in streaks.data["runs"] if r["threshold"] == 1_000)
    assert thousand["current"]["days"] == run == 131
    assert thousand["current"]["start"] == day + DAY


@pytest.mark.integration
def test_trend_milestone_and_equipment(brief: Brief, pi_raw: dict) -> None:
    trend = brief.fact("trend")
    milestone = brief.fact("milestone")
    equipment = brief.fact("equipment_week")
    assert trend is not None and milestone is not None and equipment is not None
    p = pi_raw["personnel"]
    assert trend.data["daily_mean_7d_trailing"] == pytest.approx(
        (p[AS_OF] - p[AS_OF - 7 * DAY]) / 7, abs=0.05)
    assert trend.data["method"] == "pelt" and trend.data["penalty"] > 0
    crossing = milestone.data["crossing"]
    assert milestone.data["milestone"] == 750_000
    assert crossing["gap"] == 750_000 - 747_370
    assert crossing["status"] == "forecast"
    for level in (50, 80, 95):
        lo, hi = crossing[f"interval_{level}"]
        assert AS_OF - DAY < lo <= hi
    moves = {m["category"]: m for m in equipment.data["moves"]}
    cm = pi_raw["cruise_missiles"]
    assert moves["cruise_missiles"]["value"] == cm[AS_OF] - cm[AS_OF - 7 * DAY] == 90


@pytest.mark.integration
def test_every_fact_is_cited_and_reproducible(brief: Brief) -> None:
    for fact in brief.facts:
        cite = fact.citation
        assert cite.commands, fact.kind
        assert all(c.startswith("attrition ") for c in cite.commands)
        assert all(d <= AS_OF for d in cite.report_dates)
        assert cite.convention in ("loss", "report", "both")
        if fact.kind != "findings":
            assert "petroivaniuk" in cite.sources


@pytest.mark.integration
def test_english_text_names_conventions_and_cites_every_section(brief: Brief) -> None:
    text = _plain(render_brief(brief, lang="en", fmt="text"))
    assert "about 747,370, up 1,670 on the losses of 3 December" in text
    assert "Last 7 days (losses of 27 November – 3 December 2024; reports of 28 November – " \
           "4 December 2024): 11,960" in text
    assert "November 2024: 45,720 by loss date (45,450 by report date)" in text
    assert "750,000 is 2,630 away" in text
    assert "by loss date" in text and "by report date" in text
    assert text.count("[report") == len(brief.facts)  # one citation per section
    assert "attrition losses" not in text  # commands only in md/html
    assert "killed and wounded" in text


@pytest.mark.integration
def test_ukrainian_text_is_written_for_ukrainian_readers(brief: Brief) -> None:
    raw = render_brief(brief, lang="uk", fmt="text")
    text = _plain(raw)
    assert f"747{NBSP}370" in raw and f"1{NBSP}670" in raw
    assert "Станом на 4 грудня 2024 року (1015-й день війни) загальні бойові втрати " \
           "противника в особовому складі становлять близько 747 370 осіб, за добу " \
           "3 грудня — 1 670." in text
    assert "Листопад 2024 року: 45 720 за датою втрат (45 450 за датою звіту)" in text
    assert "131 день поспіль — понад 1 000 на добу" in text
    assert "До позначки 750 000 лишається 2 630" in text
    assert "за датою втрат" in text and "за датою звіту" in text
    words = re.findall(r"\b[a-zA-Z]{4,}\b", text)
    allowed = {"petroivaniuk", "attrition", "PELT", "report", "Oryx"}
    assert set(words) <= allowed, set(words) - allowed


@pytest.mark.integration
def test_md_and_html_print_the_commands(brief: Brief) -> None:
    md = render_brief(brief, lang="en", fmt="md")
    assert "attrition losses personnel --on 2024-12-03 --as-of 2024-12-04" in md
    assert "attrition forecast personnel --milestone 750000 --as-of 2024-12-04" in md
    assert md.count("```sh") == len(brief.facts)
    html = render_brief(brief, lang="uk", fmt="html")
    assert html.startswith("<!doctype html>") and '<html lang="uk">' in html
    assert "attrition trend personnel --threshold 1000 --as-of 2024-12-04" in html
    assert "&#39;" not in html and "<li>" in html
    en_html = render_brief(brief, lang="en", fmt="html")
    assert "General Staff&#39;s report" in en_html  # text is escaped


def test_a_short_record_skips_what_it_cannot_support(small_store: Store) -> None:
    made = build_brief(publish_record(small_store, date(2024, 10, 20), findings=True))
    assert "complete_months" in made.skipped
    assert "milestone" in made.skipped
    assert made.fact("latest") is not None
    text = render_brief(made, lang="uk", fmt="md")
    assert "Останній звіт" in text


def test_missing_report_shows_up_in_findings(small_store: Store) -> None:
    made = build_brief(publish_record(small_store, findings=True))
    findings = made.fact("findings")
    assert findings is not None
    gaps = [i for i in findings.data["items"] if i["kind"] == "missing_reports"]
    assert [g["report_date"] for g in gaps] == [date(2024, 11, 16)]
    assert "report is missing" in render_brief(made, lang="en")


def test_unknown_category_format_or_language(small_store: Store) -> None:
    with pytest.raises(UsageError):
        build_brief(publish_record(small_store, findings=True), category="drones_of_doom")
    made = build_brief(publish_record(small_store, findings=True))
    with pytest.raises(UsageError):
        render_brief(made, fmt="pdf")
    with pytest.raises(UsageError):
        render_brief(made, lang="fr")


@pytest.mark.parametrize(("mean", "expected"), [(1_708.6, [1_000, 1_500]), (69.0, [10, 50]),
                                                (1.5, []), (12.0, [10])])
def test_streak_thresholds_are_round_numbers_under_the_mean(mean: float,
                                                            expected: list[int]) -> None:
    assert streak_thresholds(mean) == expected


