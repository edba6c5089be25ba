"""The SQL views a Datasette user browses agree with the library (both dialects)."""

from __future__ import annotations

from typing import Any


def _query(url: str, sql: str) -> list[tuple[Any, ...]]:
    if url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(url) as conn:
            return [tuple(r) for r in conn.execute(sql).fetchall()]
    import sqlite3

    with sqlite3.connect(url) as conn:
        return conn.execute(sql).fetchall()


def test_losses_monthly_gives_november_2024_under_both_conventions(api_db: str) -> None:
    rows = _query(api_db, "SELECT convention, losses FROM losses_monthly "
                          "WHERE category = 'personnel' AND month = '2024-11' ORDER BY convention")
    assert rows == [("loss", 45_720), ("report", 45_450)]


def test_losses_daily_has_both_dates_and_both_increments(api_db: str) -> None:
    (row,) = _query(api_db, "SELECT loss_date, report_date, total, increment_diff "
                            "FROM losses_daily WHERE category = 'personnel' "
                            "AND loss_date = '2024-12-02'")
    assert row[:3] == ("2024-12-02", "2024-12-03", 745_700)


def test_findings_open_leaves_out_the_explained(api_db: str) -> None:
    (open_,) = _query(api_db, "SELECT COUNT(*) FROM findings_open")[0:1]
    (every,) = _query(api_db, "SELECT COUNT(*) FROM findings")[0:1]
    assert 0 < open_[0] <= every[0]
