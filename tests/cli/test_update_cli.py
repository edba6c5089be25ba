"""`attrition update` and the freshness part of `attrition status`, against a local server."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from attrition.cli.update import parse_base_urls, parse_duration
from attrition.errors import UsageError
from attrition.freshness import PUBLISHED_BY, kyiv_now
from attrition.library import cache_path

RW = "russianwarship-rip"


@pytest.mark.integration
def test_update_asks_the_base_url_server_and_prints_json(
    run_cli: Any, http_replay: Any, shared_data: Path, db_path: Path
) -> None:
    http_replay.serve("/api/v2/statistics/latest", http_replay.Reply.file(
        shared_data / RW / "statistics_2022-04-14.response.json", ETag='"d50"'))
    code, out = run_cli("update", "--source", "russianwarship", "--base-url",
                        http_replay.base_url, "--json")
    assert code == 0, out
    assert out["ok"] is True and out["meta"]["ok"] is True
    (src,) = out["data"]["sources"]
    assert src["source"] == "russianwarship" and src["fetched"] == 1
    assert src["new_days"] == ["2022-04-14"]
    assert [h.path for h in http_replay.requests] == ["/api/v2/statistics/latest"]
    assert http_replay.requests[0].headers["user-agent"].startswith("attrition/")
    # the validators are kept next to the database, paired with the stored document
    saved = json.loads(cache_path(Path(db_path)).read_text(encoding="utf-8"))
    assert saved[http_replay.url("/api/v2/statistics/latest")]["etag"] == '"d50"'
    # the next run backfills from the day after the newest stored report, page by page
    http_replay.serve("/api/v2/terms/en",
                      http_replay.Reply.file(shared_data / RW / "terms_en.response.json"))
    http_replay.serve("/api/v2/statistics", http_replay.Reply.json(
        {"message": "ok", "data": {"paginator": {"next_url": None}, "records": []}}))
    code, out = run_cli("update", "--source", "russianwarship", "--base-url",
                        http_replay.base_url, "--json")
    assert code == 0 and out["data"]["sources"][0]["fetched"] == 0
    assert out["data"]["sources"][0]["since"] == "2022-04-15"
    assert "date_from=2022-04-15" in http_replay.hits("/api/v2/statistics")[0].path
    code, status = run_cli("status", "--json")
    fresh = status["data"]["freshness"]
    assert fresh["latest_by_source"] == {"russianwarship": "2022-04-14"}
    assert fresh["newest_report_date"] == "2022-04-14" and fresh["age_days"] > 0
    # the missing-report warning is due from 10:00 Kyiv time on (freshness pins the rule itself)
    due = kyiv_now(datetime.now(UTC)).time() >= PUBLISHED_BY
    assert fresh["is_today_missing"] is due and (fresh["warning"] is not None) is due


def test_a_failing_source_exits_1_and_names_the_url(run_cli: Any, http_replay: Any) -> None:
    http_replay.serve("/s/GeneralStaffZSU",
                      http_replay.Reply.recorded("telegram", "no_losses_post"))
    code, out = run_cli("update", "--source", "telegram", "--base-url",
                        f"telegram={http_replay.base_url}")
    assert code == 1
    assert "telegram" in out and "FAILED" in out and "no daily losses post" in out
    assert http_replay.url("/s/GeneralStaffZSU") in out


def test_text_summary_lists_new_days_and_the_today_line(run_cli: Any, http_replay: Any) -> None:
    http_replay.serve("/s/GeneralStaffZSU",
                      http_replay.Reply.recorded("telegram", "losses_post_not_newest"))
    code, out = run_cli("update", "--source", "telegram", "--base-url", http_replay.base_url)
    assert code == 0, out
    assert "telegram       1 document(s): 14 added" in out
    assert "new report days: 2024-02-19" in out and "today's report" in out


def test_bad_options_are_usage_errors(run_cli: Any) -> None:
    code, out = run_cli("update", "--wait", "soon", "--json")
    assert code == 1 and out["ok"] is False and "--wait" in out["error"]["message"]
    code, out = run_cli("update", "--base-url", "http://127.0.0.1:1", "--json")
    assert code == 1 and "exactly one --source" in out["error"]["message"]


@pytest.mark.parametrize(("text", "seconds"), [
    pytest.param("90m", 5400, id="minutes"),
    pytest.param("2h", 7200, id="hours"),
    pytest.param("1h30m", 5400, id="combined"),
    pytest.param("600", 600, id="plain-seconds"),
    pytest.param("45s", 45, id="seconds"),
])
def test_durations(text: str, seconds: int) -> None:
    assert parse_duration(text) == timedelta(seconds=seconds)


def test_base_urls_by_name_or_for_the_one_source() -> None:
    assert parse_base_urls(("http://h:1",), ("lod_db",)) == {"lod_db": "http://h:1"}
    assert parse_base_urls(("minfin=http://m", "lod_db=https://l"), ()) == {
        "minfin": "http://m", "lod_db": "https://l"}
    with pytest.raises(UsageError):
        parse_base_urls(("ftp://x",), ("minfin",))


def test_cache_file_sits_next_to_a_sqlite_database(tmp_path: Path) -> None:
    assert cache_path(tmp_path / "a.sqlite") == tmp_path / "a.sqlite.http-cache.json"
    assert cache_path(None).name == "http-cache.json"


@pytest.mark.integration
def test_an_update_invoked_inside_an_older_process_still_has_its_whole_deadline(
    run_cli: Any, http_replay: Any, shared_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deadline counts from the process start only for the process's own command line
    (`run`); a host (the test runner, a notebook) that is older than the deadline must not
    make every source fail on a deadline it never had (found by CI: the pytest process was
    older than 120 s)."""
    import time

    import attrition.library.updating as updating

    monkeypatch.setattr(updating, "process_started", lambda: time.monotonic() - 10_000.0)
    http_replay.serve("/api/v2/statistics/latest", http_replay.Reply.file(
        shared_data / RW / "statistics_2022-04-14.response.json"))
    code, out = run_cli("update", "--source", "russianwarship", "--base-url",
                        http_replay.base_url, "--json")
    assert code == 0, json.dumps(out["data"]["sources"])
    assert out["data"]["sources"][0]["new_days"] == ["2022-04-14"]


def test_the_command_line_of_the_process_counts_its_start_up_and_a_host_does_not() -> None:
    """`run` (the console script) marks the command as the process's own while it runs."""
    import subprocess
    import sys

    code = ("import attrition.cli as c, attrition.cli.hot as h\n"
            "print(c.own_process())\n"
            "h.answer = lambda argv: print(c.own_process()) or True\n"
            "c.run()\n"
            "print(c.own_process())\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.split() == ["False", "True", "False"]
