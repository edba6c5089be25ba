"""The desk in headless Chromium: every page loads cleanly, toggles drive the chart and the
URL, the checker marks the seed article's claims, Ukrainian works, embeds render."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

SEED = Path(__file__).resolve().parents[3] / "shared" / "articles" / "2024-12-03_en_newsweek.txt"

PAGES = [
    pytest.param("/", "today", id="today"),
    pytest.param("/explore/", "explore", id="explore"),
    pytest.param("/records/", "records", id="records"),
    pytest.param("/records/tanks/", "records-tanks", id="records-tanks"),
    pytest.param("/milestones/", "milestones", id="milestones"),
    pytest.param("/compare/", "compare", id="compare"),
    pytest.param("/territory/", "territory", id="territory"),
    pytest.param("/check/", "check", id="check"),
    pytest.param("/sources/", "sources", id="sources"),
    pytest.param("/about/", "about", id="about"),
    pytest.param("/uk/", "uk-today", id="uk-today"),
    pytest.param("/uk/explore/?category=tanks&by=month", "uk-explore", id="uk-explore"),
    pytest.param("/docs", "docs", id="docs"),
]


def wait_drawn(page: Any, selector: str, times: int = 1) -> None:
    page.wait_for_function(
        f"(document.querySelector('{selector}').dataset.drawn || 0) >= {times}")


@pytest.mark.parametrize(("path", "name"), PAGES)
def test_every_page_loads_without_console_errors(desk_url: str, watched: Any, path: str,
                                                 name: str) -> None:
    page = watched.page
    reply = page.goto(desk_url + path)
    assert reply.status == 200
    page.wait_for_load_state("networkidle")
    if page.query_selector("#chart"):
        wait_drawn(page, "#chart")
        assert page.query_selector("#chart svg") is not None
    for chart in ("#fan", "#compare-chart", "#territory-chart"):
        if page.query_selector(chart):
            wait_drawn(page, chart)
            assert page.query_selector(f"{chart} svg") is not None
    watched.shot(name)
    assert watched.errors == []


def test_toggles_change_the_chart_and_the_url(desk_url: str, watched: Any) -> None:
    page = watched.page
    page.goto(desk_url + "/explore/?category=personnel&by=month")
    wait_drawn(page, "#chart")
    periods_by_month = int(page.get_attribute("#chart", "data-periods"))
    page.check('input[name="by"][value="week"]')
    wait_drawn(page, "#chart", 2)
    assert "by=week" in page.url
    assert int(page.get_attribute("#chart", "data-periods")) > periods_by_month
    page.check('input[name="convention"][value="report"]')
    wait_drawn(page, "#chart", 3)
    assert "convention=report" in page.url
    assert page.get_attribute("#chart", "data-spec").endswith("/personnel/week/report.json")
    page.select_option("#category", "tanks")
    wait_drawn(page, "#chart", 4)
    assert "category=tanks" in page.url
    assert page.get_attribute("#dl-csv", "href") == "/v1/periods/tanks/week.csv"
    page.fill("#from", "2024-01-01")
    page.dispatch_event("#from", "change")
    wait_drawn(page, "#chart", 5)
    assert "from=2024-01-01" in page.url
    bars = page.query_selector_all("#chart svg .mark-rect path")
    assert 60 < len(bars) < 200  # the weeks since 2024-01-01, not all of them, not none
    watched.shot("explore-toggled")
    # the URL restores the view
    page.goto(page.url)
    wait_drawn(page, "#chart")
    assert page.is_checked('input[name="by"][value="week"]')
    assert page.input_value("#category") == "tanks"
    assert watched.errors == []


def test_checker_highlights_the_seed_article_claims(desk_url: str, watched: Any) -> None:
    page = watched.page
    page.goto(desk_url + "/check/")
    page.fill("#text", SEED.read_text(encoding="utf-8"))
    page.fill('input[name="as_of"]', "2024-12-03")  # the day it was published
    page.click("#checker button[type=submit]")
    page.wait_for_selector("#marked mark")
    marks = page.query_selector_all("#marked mark")
    assert len(marks) >= 4
    quoted = " ".join(m.inner_text() for m in marks)
    assert "745,700" in quoted and "1,760" in quoted
    classes = {m.get_attribute("class") for m in marks}
    assert classes <= {"v-correct", "v-rounded", "v-correct_other_convention", "v-incorrect",
                       "v-unverifiable"}
    assert "v-correct" in classes  # e.g. 745,700 personnel in the report of 3 December
    marks[0].click()
    assert page.query_selector(".verdicts li.current") is not None
    watched.shot("check-seed-article")
    assert watched.errors == []


def test_ukrainian_switch_keeps_the_view(desk_url: str, watched: Any) -> None:
    page = watched.page
    page.goto(desk_url + "/explore/?category=tanks&by=month")
    wait_drawn(page, "#chart")
    page.click("#lang-switch")
    page.wait_for_url("**/uk/explore/**")
    wait_drawn(page, "#chart")
    assert page.get_attribute("html", "lang") == "uk"
    assert "category=tanks" in page.url
    assert "Огляд" in page.inner_text("nav")
    assert page.get_attribute("#chart", "data-spec").startswith("/v1/specs/uk/")
    today = page.goto(desk_url + "/uk/")
    assert today.status == 200
    assert "\u00a0" in page.inner_text("table.figures")  # 745 700: the General Staff's form
    watched.shot("uk-switched")
    assert watched.errors == []


@pytest.mark.parametrize("path", [
    pytest.param("/embed/explore/?category=tanks&by=month", id="explore"),
    pytest.param("/uk/embed/milestones/personnel/", id="milestones-uk"),
    pytest.param("/embed/compare/tanks/", id="compare"),
    pytest.param("/uk/embed/territory/", id="territory-uk"),
])
def test_embeds_render(desk_url: str, watched: Any, path: str) -> None:
    page = watched.page
    page.set_content(f'<iframe src="{desk_url}{path}" width="800" height="600"></iframe>')
    frame = page.frame_locator("iframe")
    frame.locator(".chart svg").first.wait_for()
    assert page.frames[1].query_selector("header") is None  # no site chrome in an embed
    watched.shot("embed-" + path.strip("/").replace("/", "-").split("?")[0])
    assert watched.errors == []


def test_compare_chart_draws_both_sides_and_switches_to_ukrainian(desk_url: str,
                                                                 watched: Any) -> None:
    page = watched.page
    page.goto(desk_url + "/compare/tanks/")
    wait_drawn(page, "#compare-chart")
    legend = page.inner_text("#compare-chart")
    assert "General Staff" in legend and "Oryx" in legend
    assert "photo or video evidence" in page.inner_text("#caveats")
    page.select_option("#category", "aircraft")
    page.wait_for_url("**/compare/aircraft/")
    wait_drawn(page, "#compare-chart")
    page.click("#lang-switch")
    page.wait_for_url("**/uk/compare/aircraft/")
    wait_drawn(page, "#compare-chart")
    assert page.get_attribute("#compare-chart", "data-spec") == "/v1/specs/uk/compare/aircraft.json"
    assert "підтверджені фото чи відео" in page.inner_text("#caveats")
    watched.shot("uk-compare")
    assert watched.errors == []


def test_territory_chart_has_a_bar_per_month_and_the_size_of_a_place(desk_url: str,
                                                                     watched: Any) -> None:
    page = watched.page
    page.goto(desk_url + "/uk/territory/")
    wait_drawn(page, "#territory-chart")
    bars = page.query_selector_all("#territory-chart svg .mark-rect path")
    rows = page.query_selector_all("#territory-months tbody tr")
    assert len(bars) == len(rows) > 12
    assert "Сінгапур" in page.inner_text("#territory-months")
    watched.shot("uk-territory")
    assert watched.errors == []


def test_explorer_lists_each_correction_with_its_reason(desk_url: str, watched: Any) -> None:
    page = watched.page
    page.goto(desk_url + "/explore/?category=tanks&by=month&from=2023-01-01&to=2023-12-31")
    wait_drawn(page, "#chart")
    page.wait_for_selector("#corrections-box", state="visible")
    items = [li.inner_text() for li in page.query_selector_all("#corrections li")]
    assert items and all(i.startswith("2023-") for i in items)
    assert any("petroivaniuk states a correction of" in i for i in items)
    page.fill("#from", "2024-01-01")
    page.fill("#to", "2024-01-31")
    page.dispatch_event("#to", "change")
    wait_drawn(page, "#chart", 2)
    assert page.is_hidden("#corrections-box")  # none in January 2024
    assert watched.errors == []
