"""Every route answers in the envelope, with its date convention and the pinned figures."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def ok(client: TestClient, url: str) -> dict[str, Any]:
    reply = client.get(url)
    assert reply.status_code == 200, reply.text
    body: dict[str, Any] = reply.json()
    assert body["ok"] is True
    assert set(body) == {"ok", "data", "meta"}
    assert "data_version" in body["meta"]
    return body


def test_latest_gives_every_category_with_both_dates(client: TestClient) -> None:
    body = ok(client, "/v1/latest")
    rows = body["data"]
    keys = [r["category"] for r in rows]
    assert "personnel" in keys and "tanks" in keys
    for row in rows:
        assert row["loss_date"] < row["report_date"]
        assert {"increment_printed", "increment_diff", "total", "sources"} <= set(row)
    assert body["meta"]["convention"] == "loss"
    assert client.get("/v1/latest.json").json()["data"] == rows


def test_losses_on_a_loss_date_is_the_next_days_report(client: TestClient) -> None:
    rows = ok(client, "/v1/losses/personnel?on=2024-12-02")["data"]
    assert [(r["loss_date"], r["report_date"]) for r in rows] == [("2024-12-02", "2024-12-03")]
    same = ok(client, "/v1/losses/personnel?on=2024-12-03&convention=report")
    assert same["data"] == rows and same["meta"]["convention"] == "report"


def test_losses_accepts_an_alias(client: TestClient) -> None:
    body = ok(client, "/v1/losses/%D0%BE%D1%81%D0%BE%D0%B1%D0%BE%D0%B2%D0%B8%D0%B9%20%D1%81%D0%BA%D0%BB%D0%B0%D0%B4?on=2024-12-02")
    assert body["meta"]["category"] == "personnel"


@pytest.mark.parametrize(("convention", "expected"), [
    pytest.param("loss", 45_720, id="loss-date"),
    pytest.param("report", 45_450, id="report-date"),
])
def test_november_2024_personnel_by_month_under_each_convention(
    client: TestClient, convention: str, expected: int
) -> None:
    body = ok(client, f"/v1/losses/personnel?by=month&from=2024-11-01&to=2024-11-30"
                      f"&convention={convention}")
    (row,) = [r for r in body["data"] if r["period"] == "2024-11"]
    assert row["value"] == expected
    assert body["meta"]["convention"] == convention and body["meta"]["by"] == "month"


def test_periods_by_week_and_custom_range(client: TestClient) -> None:
    weeks = ok(client, "/v1/periods/personnel?by=week&from=2024-11-04&to=2024-11-17")["data"]
    assert [w["period"] for w in weeks] == ["2024-W45", "2024-W46"]
    custom = ok(client, "/v1/periods/personnel?by=custom&from=2024-11-27&to=2024-12-03")
    assert len(custom["data"]) == 1 and custom["data"][0]["value"] > 0
    assert ok(client, "/v1/periods/tanks/quarter.json")["meta"]["by"] == "quarter"


def test_periods_csv_names_the_convention(client: TestClient) -> None:
    reply = client.get("/v1/periods/personnel/month.csv")
    assert reply.status_code == 200 and reply.headers["content-type"].startswith("text/csv")
    head, first = reply.text.splitlines()[:2]
    assert "convention" in head.split(",") and ",loss," in first


def test_extremes_trend_forecast_backtest(client: TestClient) -> None:
    top = ok(client, "/v1/extremes/personnel?top=3&as_of=2024-12-31")["data"]["top"]
    assert len(top) == 3 and top[0]["value"] >= top[1]["value"]
    trend = ok(client, "/v1/trend/personnel?from=2024-06-01&to=2024-12-01&threshold=1500")
    assert trend["data"]["streaks"] is not None and trend["meta"]["convention"] == "loss"
    forecast = ok(client, "/v1/forecast/personnel?milestone=800000&as_of=2024-12-31")
    (crossing,) = forecast["data"]["crossings"]
    assert crossing["milestone"] == 800_000 and crossing["interval_95"] is not None
    assert ok(client, "/v1/backtest/personnel?as_of=2024-06-30")["meta"]["convention"] == "report"


def test_status_findings_version_brief(client: TestClient) -> None:
    status = ok(client, "/v1/status")["data"]
    assert status["latest_report_date"] and status["sources"][0]["name"] == "petroivaniuk"
    assert ok(client, "/v1/sources")["data"]["sources"] == status["sources"]
    assert "database" not in status  # a server path or URL (with credentials) stays private
    findings = ok(client, "/v1/findings?kind=increment_mismatch")["data"]
    assert findings and {f["kind"] for f in findings} == {"increment_mismatch"}
    version = ok(client, "/v1/version")["data"]
    assert len(version["digest"]) == 12
    brief = ok(client, "/v1/brief?lang=uk&format=md&as_of=2024-12-04")
    assert brief["data"]["text"]


def test_check_judges_a_sentence(client: TestClient) -> None:
    reply = client.post("/v1/check", json={
        "text": "Russia lost 1,550 soldiers on December 2, 2024.", "as_of": "2024-12-04"})
    assert reply.status_code == 200, reply.text
    claims = reply.json()["data"]["claims"]
    assert claims and claims[0]["verdict"] in {"correct", "incorrect", "rounded",
                                                "correct_other_convention"}
    again = client.post("/v1/check", json={
        "text": "Russia lost 1,550 soldiers on December 2, 2024.", "as_of": "2024-12-04"})
    assert again.content == reply.content


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_chart_images(client: TestClient, fmt: str) -> None:
    reply = client.get(f"/v1/charts/en/monthly/tanks.{fmt}?from=2024-01-01&to=2024-12-31")
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("image/")
    assert reply.content[:4] == b"\x89PNG" if fmt == "png" else b"<svg" in reply.content[:400]


@pytest.mark.parametrize("lang", ["en", "uk"])
def test_daily_card_png(client: TestClient, lang: str) -> None:
    reply = client.get(f"/v1/cards/{lang}.png?as_of=2024-12-04")
    assert reply.status_code == 200 and reply.content[:4] == b"\x89PNG"


def test_export_is_a_zip_with_the_datapackage(client: TestClient) -> None:
    import io
    import zipfile

    reply = client.get("/v1/exports/datapackage.zip")
    assert reply.status_code == 200
    names = zipfile.ZipFile(io.BytesIO(reply.content)).namelist()
    assert any(n.endswith("datapackage.json") for n in names)


def test_vega_lite_specs_for_the_desk(client: TestClient) -> None:
    spec = client.get("/v1/specs/en/personnel/month/loss.json").json()
    assert spec["$schema"].endswith("vega-lite/v6.json")
    assert spec["description"] and spec["usermeta"]["convention"] == "loss"
    daily = client.get("/v1/specs/uk/personnel/day/report.json").json()
    assert any(layer["mark"].get("type") == "rule" for layer in daily["layer"])  # change points
    fan = client.get("/v1/specs/en/forecast/personnel.json").json()
    assert [layer["mark"]["type"] for layer in fan["layer"]].count("area") == 3  # 50/80/95
