"""Reads: as_of history, date ranges, provenance per value, summaries; no pandas on the way."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime

from attrition.store import Store


def test_as_of_shows_the_value_known_then(store: Store, kit) -> None:
    kit.add(store, "petroivaniuk", [kit.obs("tanks", "2023-10-01", 4700),
                                    kit.obs("tanks", "2023-10-02", 4712)], kit.T0)
    ref = store.add_document(kit.doc("petroivaniuk", "fix", at=kit.T1))
    store.add_observations(ref.id, "petroivaniuk", [kit.obs("tanks", "2023-10-02", 4717)], kit.T1)
    store.refresh_consensus()
    before = store.consensus_rows("tanks", as_of=kit.T0.date())
    after = store.consensus_rows("tanks", as_of=kit.T1.date())
    assert [r.total for r in before] == [4700, 4712]
    assert [r.total for r in after] == [4700, 4717]
    assert [r.total for r in store.consensus_rows("tanks")] == [4700, 4717]
    assert store.series("tanks", as_of=kit.T0.date()).rows[-1].total == 4712
    assert store.series("tanks", as_of=kit.T0.date()).as_of == kit.T0.date()
    (old,) = store.source_values("tanks", date(2023, 10, 2), as_of=kit.T0.date())
    (new,) = store.source_values("tanks", date(2023, 10, 2))
    assert (old.total, new.total) == (4712, 4717)


def test_as_of_cuts_report_dates_after_it(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 1), kit.obs("tanks", "2024-12-02", 2),
                              kit.obs("tanks", "2024-12-03", 3)])
    rows = store.consensus_rows("tanks", as_of=date(2024, 12, 2))
    assert [r.report_date for r in rows] == [date(2024, 12, 1), date(2024, 12, 2)]
    assert store.source_values("tanks", date(2024, 12, 3), as_of=date(2024, 12, 2)) == []


def test_history_loaded_later_still_answers_as_of(store: Store, kit) -> None:
    # Bulk history recorded in 2026 answers "what was known on 2023-01-01" with its
    # earliest version, so old dates are not empty.
    late = datetime(2026, 8, 22, tzinfo=UTC)
    kit.add(store, "lod_db", [kit.obs("tanks", "2022-12-31", 3000)], late)
    rows = store.consensus_rows("tanks", as_of=date(2023, 1, 1))
    assert [r.total for r in rows] == [3000]


def test_consensus_rows_date_range_is_inclusive(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", f"2024-12-{d:02d}", 9000 + d) for d in range(1, 8)])
    store.refresh_consensus()
    rows = store.consensus_rows("tanks", date(2024, 12, 3), date(2024, 12, 5))
    assert [r.report_date.day for r in rows] == [3, 4, 5]
    assert [r.loss_date.day for r in rows] == [2, 3, 4]
    assert [r.increment_diff for r in rows] == [1, 1, 1]
    assert len(store.consensus_rows("tanks", start=date(2024, 12, 6))) == 2
    assert len(store.consensus_rows("tanks", end=date(2024, 12, 1))) == 1
    assert store.consensus_rows("aircraft") == []
    as_of_range = store.consensus_rows("tanks", date(2024, 12, 3), date(2024, 12, 5),
                                       as_of=date(2025, 1, 1))
    assert as_of_range == rows  # recomputed as_of equals the materialised rows


def test_series_and_latest_report_date(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2022-04-30", 1000),
                              kit.obs("tanks", "2022-05-01", 1010),
                              kit.obs("aircraft", "2022-05-02", 190)])
    assert store.latest_report_date() is None  # nothing until the consensus is refreshed
    store.refresh_consensus()
    series = store.series("tanks")
    assert [(r.total, r.increment_diff, r.is_coarse) for r in series.rows] == [
        (1000, None, True), (1010, 10, False)
    ]
    assert series.rows[0].sources == ("minfin",)
    assert store.latest_report_date("tanks") == date(2022, 5, 1)
    assert store.latest_report_date() == date(2022, 5, 2)
    assert store.series("mlrs").rows == ()


def test_the_stored_series_is_the_series_of_the_consensus_rows(store: Store, kit) -> None:
    # store.series() without as_of reads the consensus table column by column; with as_of it
    # recomputes the consensus rows: the same rows, flags, sources and derived increments
    kit.add(store, "minfin", [kit.obs("tanks", "2022-04-30", 1000), kit.obs("tanks", "2022-05-01", 1010),
                              kit.obs("tanks", "2022-05-04", 1040), kit.obs("aircraft", "2022-05-02", 190)])
    kit.add(store, "gs_text", [kit.obs("tanks", "2022-05-01", 1010, 12, approx=True),
                               kit.obs("tanks", "2022-05-04", 1041, 30)], tag="g")
    store.refresh_consensus()
    for category in ("tanks", "aircraft", "mlrs"):
        stored = store.series(category)
        recomputed = store.series(category, as_of=date(2100, 1, 1))
        assert stored.rows == recomputed.rows
        assert stored.meta == recomputed.meta
        assert stored.as_of is None
        assert all(isinstance(v, bool) for r in stored.rows for v in (r.is_approximate, r.has_correction))
    tanks = store.series("tanks").rows
    assert len(tanks) == 3 and tanks[0].is_coarse and tanks[1].is_approximate
    assert {r.sources for r in tanks} >= {("minfin",)}


def test_the_stored_series_reads_every_span_and_flag_as_the_consensus_rows_do(store: Store) -> None:
    # store.series() gets span_days and the three flags packed by its query into one integer per
    # row; every combination, spans of 1, 2 and 9 days, and a flag stored as 2 (true, as bool()
    # reads it) read as ConsensusRow.from_db reads the same rows (store.consensus_rows)
    from itertools import product

    from attrition.model.series import COARSE_UNTIL
    from attrition.store.consensus_row import CONSENSUS_COLUMNS

    stored = []
    combos = list(product((1, 2, 9), (0, 1, 2), (0, 1, 2), (0, 1, 2)))
    for i, (span, approx, correction, derived) in enumerate(combos):
        printed = 7 if derived or i % 2 else None
        stored.append(("tanks", date.fromordinal(date(2022, 4, 20).toordinal() + i).isoformat(), 1000 + i,
                       printed, 1 if i else None, span, approx, correction, derived,
                       "gs_text,minfin" if i % 3 else "minfin", 1 + i % 3, None))
    with store.transaction():
        store._engine.insert_many(f"INSERT INTO consensus ({', '.join(CONSENSUS_COLUMNS)})", stored)
    rows = store.consensus_rows("tanks")
    series = store.series("tanks")
    assert len(series.rows) == len(rows) == len(combos)
    assert [(r.report_date, r.total, r.increment_printed, r.increment_diff, r.span_days, r.is_approximate,
             r.has_correction, r.is_coarse, r.sources) for r in series.rows] == [
        (r.report_date, r.total, r.increment_printed, r.increment_diff, r.span_days, r.is_approximate,
         r.has_correction, r.report_date <= COARSE_UNTIL, r.sources) for r in rows]
    assert series.meta["derived_printed"] == [r.report_date for r in rows if r.increment_printed_is_derived]
    assert all(type(v) is bool for r in series.rows for v in (r.is_approximate, r.has_correction))
    assert {(r.span_days, r.is_approximate, r.has_correction, r.increment_printed_is_derived) for r in rows} == {
        (span, bool(a), bool(c), bool(d)) for span, a, c, d in combos}


def test_source_values_carry_provenance_best_source_first(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("personnel", "2024-12-03", 745700)], tag="m")
    kit.add(store, "gs_text", [kit.obs("personnel", "2024-12-03", 745700, 1780, approx=True)],
            tag="g")
    values = store.source_values("personnel", date(2024, 12, 3))
    assert [v.source for v in values] == ["gs_text", "minfin"]
    gs = values[0]
    assert (gs.total, gs.increment_printed, gs.is_approximate) == (745700, 1780, True)
    assert gs.locator == "test://gs_text/g"
    assert gs.sha256 == kit.doc("gs_text", "g").sha256
    assert gs.fetched_at == kit.T0 and gs.recorded_at == kit.T0


def test_source_totals_and_day_count(store: Store, kit) -> None:
    kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-01", 1), kit.obs("aircraft", "2024-12-01", 2),
                              kit.obs("tanks", "2024-12-02", 3)])
    assert store.source_day_count("lod_db") == 2
    assert store.source_day_count("minfin") == 0
    assert store.source_totals("lod_db") == {
        ("tanks", date(2024, 12, 1)): 1, ("aircraft", date(2024, 12, 1)): 2,
        ("tanks", date(2024, 12, 2)): 3,
    }


def test_sources_summary_counts(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 1), kit.obs("tanks", "2024-12-02", 2)],
            kit.T0)
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 3), kit.obs("tanks", "2024-12-03", 4)],
            kit.T1)
    kit.add(store, "lod_db", [kit.obs("aircraft", "2024-11-30", 5)], kit.T0)
    lod, minfin = store.sources_summary()
    assert (lod.name, lod.documents, lod.observations, lod.report_days) == ("lod_db", 1, 1, 1)
    assert (minfin.name, minfin.documents, minfin.observations) == ("minfin", 2, 4)
    assert (minfin.first_report_date, minfin.last_report_date) == (
        date(2024, 12, 1), date(2024, 12, 3)
    )
    assert minfin.report_days == 3
    assert minfin.last_fetched_at == kit.T1
    assert minfin.last_ingested_at is not None
    counts = store.counts()
    assert (counts["documents"], counts["observations"], counts["revisions"]) == (3, 5, 1)


def test_store_import_and_day_reads_do_not_import_pandas(tmp_path) -> None:
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from attrition.store import open_store\n"
        f"s = open_store({str(tmp_path / 'p.sqlite')!r})\n"
        "s.consensus_rows('personnel', date(2024, 12, 3), date(2024, 12, 3))\n"
        "s.series('personnel'); s.source_values('personnel', date(2024, 12, 3))\n"
        "print(sorted({'pandas', 'numpy', 'matplotlib'} & set(sys.modules)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
