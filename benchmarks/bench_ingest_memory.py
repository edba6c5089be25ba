"""Peak memory of `attrition ingest` on adversarial files just under the 20 MB cap (issue 14).

``ingest`` accepts a file up to ``max_file_mb`` (20 MB). For every kind of file the
ingester recognises (report text, Markdown and HTML, each JSON and CSV layout, GeoJSON,
and a Telegram post or MoD article read with ``--source``) this writes one file of
~20 MB built from the kind's own repeated unit (a report with a million item lines,
a JSON array of ~50,000 copies of a real row, a CSV of ~200,000 copies of a real line, ...),
then runs one ``attrition ingest FILE --json`` on a fresh database and reports its wall
time and peak RSS. Target: peak RSS < 300 MB for each, and the ingest either succeeds or
fails cleanly (exit 1, ``{"ok": false}``, no traceback).

Peak RSS is ``getrusage(RUSAGE_CHILDREN).ru_maxrss`` read by a fresh, small interpreter
that starts the ingest (Linux keeps peak RSS across fork+exec, so a child of the benchmark
runner would report the runner's own peak; see bench_update_bounds). ``BENCH_INGEST_KINDS``
(comma-separated) limits the kinds run.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
SIZE = 20 * 1024 * 1024 - 4096  # just under the default max_file_mb
MEMORY_TARGET_MB = 300.0

HEADING = "The total combat losses of the enemy from 24.02.22 to 01.05.23 were approximately:\n"
PERSONNEL = "personnel ‒ about 190960 (+450) persons were liquidated,\n"


def _fill(head: str, unit: str, tail: str = "", sep: str = "") -> str:
    """Return ``head`` + ``unit`` repeated (joined by ``sep``) + ``tail``, ~SIZE UTF-8 bytes."""
    room = SIZE - len((head + tail).encode())
    n = max(1, room // len((unit + sep).encode()))
    return head + sep.join([unit] * n) + tail


def _json_array(path: Path) -> str:
    """A real JSON array file with its items repeated to ~SIZE (same indent as the file)."""
    items = json.loads(path.read_text(encoding="utf-8"))
    unit = json.dumps(items[len(items) // 2], indent=4, ensure_ascii=False)
    return _fill("[\n", unit, "\n]\n", sep=",\n")


def _csv_lines(path: Path) -> str:
    """A real CSV with its second line repeated to ~SIZE."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return _fill(lines[0], lines[len(lines) // 2])


def _geojson(path: Path) -> str:
    """A real DeepState GeoJSON with its first feature repeated to ~SIZE."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    feature = json.dumps(doc["features"][0])
    return _fill('{"type": "FeatureCollection", "features": [', feature, "]}\n", sep=", ")


def _days_json(path: Path) -> str:
    """A mediazona daily aggregate: its first day's entry repeated (one key) to ~SIZE."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    day, value = next(iter(doc.items()))
    return _fill("{", f"{json.dumps(day)}: {json.dumps(value)}", "}\n", sep=", ")


def _distinct_days(path: Path, unit: Callable[[str, date], str], head: str, tail: str,
                   sep: str, days: int | None = None) -> str:
    """A history file with one row per day from 2022-02-25 on (into later centuries), ~SIZE,
    or ``days`` rows."""
    day, parts, size = date(2022, 2, 25), [head], len((head + tail).encode())
    while days is None or len(parts) <= days:
        part = unit(day.isoformat(), day) + sep
        size += len(part.encode())
        if size > SIZE:
            break
        parts.append(part)
        day += timedelta(days=1)
    parts[-1] = parts[-1].removesuffix(sep)
    return "".join(parts) + tail


def _oryx_history_days() -> str:
    path = DATA / "oryx" / "derived" / "oryx_russia_totals_by_type_history_scarnecchia.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    rest = lines[len(lines) // 2].split(",", 1)[1]
    return _distinct_days(path, lambda iso, _d: f"{iso},{rest}", lines[0] + "\n", "", "\n")


def _mediazona_days() -> str:
    return _distinct_days(DATA, lambda iso, _d: f'"{iso}": {{"deaths": 1, "total": 1}}',
                          "{", "}\n", ", ")


def _minfin_days(days: int | None = None) -> str:
    lines = (DATA / "minfin-csv" / "russia_losses.csv").read_text(encoding="utf-8").splitlines()
    rest = lines[len(lines) // 2].split(",", 1)[1]
    return _distinct_days(DATA, lambda iso, _d: f"{iso},{rest}", lines[0] + "\n", "", "\n",
                          days)


def _equipment_days(days: int | None = None) -> str:
    items = json.loads((DATA / "petroivaniuk" / "russia_losses_equipment.json")
                       .read_text(encoding="utf-8"))
    item = items[len(items) // 2]
    return _distinct_days(DATA, lambda iso, _d: json.dumps({**item, "date": iso}, indent=4),
                          "[\n", "\n]\n", ",\n", days)


def _russianwarship() -> str:
    doc = json.loads((DATA / "russianwarship-rip" / "statistics_2022-04-14.response.json")
                     .read_text(encoding="utf-8"))
    unit = json.dumps(doc["data"])
    head = '{"message": "The data were fetched successfully.", "data": {"records": ['
    return _fill(head, unit, "]}}\n", sep=", ")


ITEM = "tanks ‒ 1 (+1)\n"
# kind -> (file name, contents, extra ingest arguments)
KINDS: dict[str, tuple[str, Callable[[], str], tuple[str, ...]]] = {
    "report_txt": ("2023-05-01_report.txt", lambda: _fill(HEADING + PERSONNEL, ITEM), ()),
    "report_md": ("2023-05-01_report.md", lambda: _fill("# " + HEADING + PERSONNEL, ITEM), ()),
    "report_txt_prose": ("2023-05-01_prose.txt", lambda: _fill(
        HEADING + PERSONNEL + "tanks ‒ 3700 (+1),\n" * 2, "Data are being updated.\n"), ()),
    "report_html": ("2023-05-01_report.html", lambda: _fill(
        f"<html><body><h1>{HEADING}</h1><p>{PERSONNEL}</p>", f"<p>{ITEM}</p>",
        "</body></html>\n"), ()),
    "report_html_tags": ("2023-05-01_tags.html", lambda: _fill(
        f"<html><body><h1>{HEADING}</h1><p>{PERSONNEL}</p>", "<b></b>", "</body></html>\n"),
        ()),
    "telegram_post": ("post.html", lambda: _fill(
        f'<div class="tgme_widget_message_text">{HEADING}<br/>{PERSONNEL}<br/>',
        f"{ITEM}<br/>", "</div>\n"), ("--source", "telegram")),
    "mod_article": ("article.html", lambda: _fill(
        f"<html><body><article><h1>{HEADING}</h1><p>{PERSONNEL}</p>", f"<p>{ITEM}</p>",
        "</article></body></html>\n"), ("--source", "mod_site")),
    "petroivaniuk_equipment": ("russia_losses_equipment.json", lambda: _json_array(
        DATA / "petroivaniuk" / "russia_losses_equipment.json"), ()),
    "petroivaniuk_personnel": ("russia_losses_personnel.json", lambda: _json_array(
        DATA / "petroivaniuk" / "russia_losses_personnel.json"), ()),
    "petroivaniuk_correction": ("russia_losses_equipment_correction.json", lambda: _json_array(
        DATA / "petroivaniuk" / "russia_losses_equipment_correction.json"), ()),
    "petroivaniuk_oryx": ("russia_losses_equipment_oryx.json", lambda: _json_array(
        DATA / "petroivaniuk" / "russia_losses_equipment_oryx.json"), ()),
    "lod_db": ("russian-losses.json", lambda: _json_array(
        DATA / "lod-db-orc-losses" / "russian-losses.json"), ()),
    "russianwarship": ("statistics_paged.response.json", _russianwarship, ()),
    "minfin": ("russia_losses.csv", lambda: _csv_lines(
        DATA / "minfin-csv" / "russia_losses.csv"), ()),
    "oryx_by_type": ("byType_2025-12-31.csv", lambda: _csv_lines(
        DATA / "oryx" / "leedrake5" / "byType_2025-12-31.csv"), ()),
    "oryx_history": ("oryx_russia_totals_by_type_history_scarnecchia.csv", lambda: _csv_lines(
        DATA / "oryx" / "derived" / "oryx_russia_totals_by_type_history_scarnecchia.csv"), ()),
    "oryx_log": ("log.csv", lambda: _csv_lines(DATA / "oryx" / "mauforonda" / "log.csv"), ()),
    "oryx_log_short_rows": ("log.csv", lambda: _fill(
        "timestamp,country,category,state,value\n", "2022-02-24 12:35:34,Russia,tanks,lost,1\n"),
        ()),
    "oryx_summary": ("summary.csv", lambda: _csv_lines(
        DATA / "oryx" / "mauforonda" / "summary.csv"), ()),
    "mediazona_milestones": ("press_milestones_confirmed_names.csv", lambda: _csv_lines(
        DATA / "mediazona" / "press_milestones_confirmed_names.csv"), ()),
    "mediazona_daily": ("russia_daily_2025-11-08.json", lambda: _days_json(
        DATA / "mediazona" / "ukrwarlosses-aggregates" / "russia_daily_2025-11-08.json"), ()),
    "minfin_distinct_days": ("russia_losses.csv", _minfin_days, ()),
    "petroivaniuk_equipment_distinct_days": ("russia_losses_equipment.json", _equipment_days,
                                             ()),
    "oryx_history_distinct_days": ("oryx_russia_totals_by_type_history_scarnecchia.csv",
                                   _oryx_history_days, ()),
    "mediazona_daily_distinct_days": ("russia_daily_2025-11-08.json", _mediazona_days, ()),
    # the largest history accepted (history.MAX_REPORT_DATES days): stored, not refused
    "minfin_10000_days": ("russia_losses.csv", lambda: _minfin_days(10_000), ()),
    "petroivaniuk_equipment_10000_days": ("russia_losses_equipment.json",
                                          lambda: _equipment_days(10_000), ()),
    "deepstate": ("deepstatemap_data_20240801.geojson", lambda: _geojson(
        DATA / "deepstate" / "cyterat-daily-geojson" / "deepstatemap_data_20240801.geojson"),
        ()),
}


def _answer(path: str, extra: list[str]) -> dict[str, Any]:
    """Run one ingest of ``path`` on a fresh database; report it with RUSAGE_CHILDREN."""
    import resource

    exe = Path(sys.executable).parent / "attrition"
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "NO_COLOR": "1"}
        started = time.monotonic()
        done = subprocess.run([str(exe), "ingest", path, *extra, "--json", "--db",
                               str(Path(tmp) / "a.db")], env=env, capture_output=True)
        wall = time.monotonic() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = done.stdout + done.stderr
    return {"wall": wall, "code": done.returncode, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024, "traceback": b"Traceback" in out,
            "ok_false": b'"ok": false' in done.stdout,
            "tail": out.decode("utf-8", "replace")[-300:]}


def measure(kind: str, folder: Path) -> dict[str, Any]:
    """Write ``kind``'s adversarial file in ``folder`` and measure one ingest of it."""
    name, make, extra = KINDS[kind]
    path = folder / name
    path.write_text(make(), encoding="utf-8")
    argv = [sys.executable, str(Path(__file__).resolve()), "--measure", str(path), *extra]
    try:
        done = subprocess.run(argv, capture_output=True, check=True)
    finally:
        path.unlink()
    measured: dict[str, Any] = json.loads(done.stdout)
    return measured


def main() -> list[dict[str, Any]]:
    """One row per kind: peak RSS of ingesting its ~20 MB adversarial file."""
    wanted = [k for k in os.environ.get("BENCH_INGEST_KINDS", "").split(",") if k] or list(KINDS)
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for kind in wanted:
            m = measure(kind, Path(tmp))
            print(f"# ingest_20mb_{kind}: {json.dumps(m)[:400]}", file=sys.stderr, flush=True)
            clean = m["code"] == 0 or (m["code"] == 1 and m["ok_false"] and not m["traceback"])
            rows.append({
                "name": f"ingest_20mb_{kind}_peak_rss", "value": m["peak_mb"], "unit": "MB",
                "baseline": MEMORY_TARGET_MB, "ratio": m["peak_mb"] / MEMORY_TARGET_MB,
                "target": f"< {MEMORY_TARGET_MB:g} MB, exit 0 or a clean error "
                          f"(exit {m['code']}, {m['wall']:.1f} s wall, {m['cpu']:.1f} s CPU)",
                "ok": m["peak_mb"] < MEMORY_TARGET_MB and clean,
            })
    return rows


if __name__ == "__main__":
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(_answer(sys.argv[2], sys.argv[3:])))
    else:
        for row in main():
            print(row)
