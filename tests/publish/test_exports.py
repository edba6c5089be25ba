"""Open-data exports round-trip: read back with pandas/pyarrow and frictionless, equal to the store."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from attrition.errors import UsageError
from attrition.library.publishing import publish_record
from attrition.publish.datapackage import LONG, MONTHLY, WIDE
from attrition.publish.exports import export
from attrition.store import Store, open_store

STABLE = ["losses_long", "losses_daily_wide", "losses_monthly"]


def _store_rows(store: Store, as_of: date | None = None) -> dict[tuple[str, date], tuple]:
    out = {}
    for key in store.consensus_categories():
        for r in store.consensus_rows(key, as_of=as_of):
            out[(key, r.report_date)] = (r.total, r.increment_diff, r.increment_printed,
                                         r.span_days, r.is_approximate, ";".join(r.sources))
    return out


def _none(value: object) -> object:
    import pandas as pd

    return None if value is None or value is pd.NA or value != value else value


def test_csv_export_has_stable_names_and_equals_the_store(small_store: Store,
                                                          tmp_path: Path) -> None:
    import pandas as pd

    result = export(publish_record(small_store), tmp_path, "csv")
    assert sorted(p.name for p in result.files) == sorted(
        [f"{n}.csv" for n in STABLE] + ["latest.json", "last_updated.txt", "metadata.json"])
    frame = pd.read_csv(tmp_path / "losses_long.csv", dtype={"daily": "Int64",
                                                             "increment_printed": "Int64"},
                        keep_default_na=False, na_values=[""])
    assert list(frame.columns) == LONG.columns
    read = {
        (r.category, date.fromisoformat(r.report_date)): (
            int(r.total), _none(r.daily), _none(r.increment_printed), int(r.span_days),
            r.is_approximate, r.sources)
        for r in frame.itertuples()
    }
    assert read == _store_rows(small_store)
    assert set(frame["loss_date"]) == {
        (date.fromisoformat(d) - date.resolution).isoformat() for d in frame["report_date"]}


def test_missing_report_is_a_two_day_span_in_the_long_table(small_store: Store,
                                                            tmp_path: Path) -> None:
    import pandas as pd

    export(publish_record(small_store), tmp_path, "csv")
    frame = pd.read_csv(tmp_path / "losses_long.csv")
    row = frame[(frame.category == "personnel") & (frame.report_date == "2024-11-16")].iloc[0]
    assert row.span_days == 2
    assert "2024-11-15" not in set(frame.report_date)


def test_revision_day_keeps_printed_increment_and_flags_it(small_store: Store,
                                                           tmp_path: Path) -> None:
    import pandas as pd

    export(publish_record(small_store), tmp_path, "csv")
    frame = pd.read_csv(tmp_path / "losses_long.csv")
    row = frame[(frame.category == "tanks") & (frame.report_date == "2024-11-20")].iloc[0]
    assert row.daily - row.increment_printed == 7
    assert row.has_correction  # read back as a boolean from "true"


def test_parquet_export_round_trips_with_types(small_store: Store, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    export(publish_record(small_store), tmp_path, "parquet")
    table = pq.read_table(tmp_path / "losses_long.parquet")
    schema = table.schema
    assert schema.field("report_date").type == pa.date32()
    assert schema.field("total").type == pa.int64()
    assert schema.field("is_approximate").type == pa.bool_()
    read = {
        (r["category"], r["report_date"]): (r["total"], r["daily"], r["increment_printed"],
                                            r["span_days"], r["is_approximate"], r["sources"])
        for r in table.to_pylist()
    }
    assert read == _store_rows(small_store)
    wide = pq.read_table(tmp_path / "losses_daily_wide.parquet")
    assert wide.column_names == WIDE.columns


def test_json_export_round_trips(small_store: Store, tmp_path: Path) -> None:
    export(publish_record(small_store), tmp_path, "json")
    rows = json.loads((tmp_path / "losses_long.json").read_text(encoding="utf-8"))
    read = {(r["category"], date.fromisoformat(r["report_date"])):
            (r["total"], r["daily"], r["increment_printed"], r["span_days"],
             r["is_approximate"], r["sources"]) for r in rows}
    assert read == _store_rows(small_store)
    monthly = json.loads((tmp_path / "losses_monthly.json").read_text(encoding="utf-8"))
    assert list(monthly[0]) == MONTHLY.columns


def test_datapackage_validates_with_frictionless(small_store: Store, tmp_path: Path) -> None:
    from frictionless import validate

    export(publish_record(small_store), tmp_path, "datapackage")
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])
    descriptor = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["path"] for r in descriptor["resources"]] == [f"{n}.csv" for n in STABLE]
    assert descriptor["sources"][0]["name"] == "petroivaniuk"
    assert descriptor["sources"][0]["licence_note"].startswith("MIT")


def test_a_changed_file_fails_validation(small_store: Store, tmp_path: Path) -> None:
    from frictionless import validate

    export(publish_record(small_store), tmp_path, "datapackage")
    path = tmp_path / "losses_monthly.csv"
    path.write_text(path.read_text(encoding="utf-8") + "tanks,2099-01,x,1,31,true\n",
                    encoding="utf-8")
    assert not validate(str(tmp_path / "datapackage.json")).valid


def test_latest_json_and_last_updated(small_store: Store, tmp_path: Path) -> None:
    result = export(publish_record(small_store), tmp_path, "csv")
    latest = json.loads((tmp_path / "latest.json").read_text(encoding="utf-8"))
    assert latest["report_date"] == "2024-12-04"
    assert latest["loss_date"] == "2024-12-03"
    last = small_store.consensus_rows("personnel")[-1]
    assert latest["categories"]["personnel"]["total"] == last.total
    assert latest["categories"]["personnel"]["daily"] == last.increment_diff
    assert latest["data_version"]["digest"] == result.version.digest
    assert (tmp_path / "last_updated.txt").read_text(encoding="utf-8") == "2024-12-04\n"


def test_export_as_of_stops_at_that_date(small_store: Store, tmp_path: Path) -> None:
    result = export(publish_record(small_store, date(2024, 11, 30)), tmp_path, "csv")
    assert result.version.latest_report_date == date(2024, 11, 30)
    assert (tmp_path / "last_updated.txt").read_text(encoding="utf-8") == "2024-11-30\n"


def test_unknown_format_and_empty_store_are_usage_errors(tmp_path: Path) -> None:
    empty = open_store(tmp_path / "empty.sqlite")
    try:
        with pytest.raises(UsageError, match="nothing to export"):
            export(publish_record(empty), tmp_path / "out", "csv")
        with pytest.raises(UsageError, match="xlsx"):
            export(publish_record(empty), tmp_path / "out", "xlsx")
    finally:
        empty.close()


@pytest.mark.integration
def test_real_export_round_trips_and_validates(pi_store: Store, pi_raw: dict, tmp_path: Path
                                               ) -> None:
    import pandas as pd
    from frictionless import validate

    export(publish_record(pi_store, date(2024, 12, 4)), tmp_path, "datapackage")
    report = validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["type", "note"])[:5]
    frame = pd.read_csv(tmp_path / "losses_long.csv", keep_default_na=False, na_values=[""])
    people = frame[frame.category == "personnel"].set_index("report_date")["total"]
    raw = {d.isoformat(): v for d, v in pi_raw["personnel"].items() if d <= date(2024, 12, 4)}
    assert people.to_dict() == raw
    monthly = pd.read_csv(tmp_path / "losses_monthly.csv").set_index(["category", "month"])
    nov = pi_raw["personnel"][date(2024, 12, 1)] - pi_raw["personnel"][date(2024, 11, 1)]
    assert nov == 45_720
    assert monthly.loc[("personnel", "2024-11"), "loss"] == nov
    assert not monthly.loc[("personnel", "2024-12"), "is_complete"]
    wide = pd.read_csv(tmp_path / "losses_daily_wide.csv").set_index("loss_date")
    assert wide.loc["2024-12-03", "personnel"] == 747_370 - 745_700


def test_export_writes_datasette_metadata_for_the_views(small_store: Store,
                                                        tmp_path: Path) -> None:
    import json

    export(publish_record(small_store), tmp_path, "csv")
    meta = json.loads((tmp_path / "metadata.json").read_text(encoding="utf-8"))
    tables = meta["databases"]["record"]["tables"]
    assert {"losses_daily", "losses_monthly", "findings_open"} <= set(tables)
    assert "loss_date" in tables["losses_daily"]["columns"]
    assert meta["license"] and meta["source"]
