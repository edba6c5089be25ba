"""Append-only writes: documents by sha256, observations, revisions, corrections, findings."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.model.records import Finding, Observation
from attrition.store import RunRecord, Store


def test_same_document_twice_is_stored_once(store: Store, kit) -> None:
    first = store.add_document(kit.doc("petroivaniuk", "a"))
    again = store.add_document(kit.doc("petroivaniuk", "a", at=kit.T1))  # same bytes, later
    assert first.is_new and not again.is_new
    assert again.id == first.id and again.sha256 == first.sha256
    assert store.counts()["documents"] == 1
    assert store.has_document(first.sha256)


def test_document_bytes_are_kept(store: Store, kit) -> None:
    doc = kit.doc("minfin", "bytes")
    ref = store.add_document(doc)
    content, size = store._engine.query(
        "SELECT content, size FROM documents WHERE id = ?", (ref.id,)
    )[0]
    assert bytes(content) == doc.content and size == len(doc.content)


def test_same_values_twice_add_no_observation(store: Store, kit) -> None:
    rows = [kit.obs("tanks", "2024-12-01", 9000), kit.obs("tanks", "2024-12-02", 9010, 10)]
    ref1 = store.add_document(kit.doc("minfin", "1"))
    first = store.add_observations(ref1.id, "minfin", rows, kit.T0)
    ref2 = store.add_document(kit.doc("minfin", "2", at=kit.T1))
    second = store.add_observations(ref2.id, "minfin", rows, kit.T1)
    assert (first.added, first.revised, first.unchanged) == (2, 0, 0)
    assert (second.added, second.revised, second.unchanged) == (0, 0, 2)
    assert store.counts()["observations"] == 2


def test_changed_value_becomes_a_revision_and_the_old_row_stays(store: Store, kit) -> None:
    old_doc = kit.add(store, "petroivaniuk", [kit.obs("tanks", "2023-10-02", 4712)], kit.T0)
    ref = store.add_document(kit.doc("petroivaniuk", "fixed", at=kit.T1))
    result = store.add_observations(
        ref.id, "petroivaniuk", [kit.obs("tanks", "2023-10-02", 4717)], kit.T1
    )
    assert (result.added, result.revised, result.unchanged) == (0, 1, 0)
    (rev,) = result.revisions
    assert (rev.old_total, rev.new_total) == (4712, 4717)
    assert (rev.old_document_id, rev.new_document_id) == (old_doc, ref.id)
    assert rev.recorded_at == kit.T1
    assert store.revisions() == [rev]
    assert store.revisions("tanks", date(2023, 10, 2)) == [rev]
    assert store.revisions("personnel") == []
    totals = store._engine.query(
        "SELECT total FROM observations WHERE category = 'tanks' ORDER BY id"
    )
    assert totals == [(4712,), (4717,)]  # nothing overwritten
    assert store.source_totals("petroivaniuk") == {("tanks", date(2023, 10, 2)): 4717}


def test_changed_printed_increment_alone_is_a_revision(store: Store, kit) -> None:
    kit.add(store, "russianwarship", [kit.obs("personnel", "2025-02-28", 874560, 2710)])
    ref = store.add_document(kit.doc("russianwarship", "v2", at=kit.T1))
    result = store.add_observations(
        ref.id, "russianwarship", [kit.obs("personnel", "2025-02-28", 874560, 1060)], kit.T1
    )
    assert result.revised == 1
    assert (result.revisions[0].old_increment, result.revisions[0].new_increment) == (2710, 1060)


def test_conflicting_values_in_one_document_keep_both(store: Store, kit) -> None:
    ref = store.add_document(kit.doc("gs_text", "twice"))
    result = store.add_observations(ref.id, "gs_text", [
        kit.obs("tanks", "2024-01-25", 6200),
        kit.obs("tanks", "2024-01-25", 6200),  # repeated line: unchanged
        kit.obs("tanks", "2024-01-25", 6201),  # bilingual copy disagrees: a revision
    ], kit.T0)
    assert (result.added, result.revised, result.unchanged) == (1, 1, 1)
    rev = result.revisions[0]
    assert rev.old_observation_id < rev.new_observation_id
    assert store.source_totals("gs_text") == {("tanks", date(2024, 1, 25)): 6201}


def test_other_sources_values_are_not_compared(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9000)])
    kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-01", 9001)])
    assert store.revisions() == []
    assert store.counts()["observations"] == 2


def test_corrections_are_deduplicated(store: Store, kit) -> None:
    ref = store.add_document(kit.doc("petroivaniuk", "corr"))
    stated = [kit.correction("personnel", "2025-02-28", 1650),
              kit.correction("personnel", "2025-04-22", 160)]
    assert store.add_corrections(ref.id, "petroivaniuk", stated, kit.T0) == 2
    assert store.add_corrections(ref.id, "petroivaniuk", stated, kit.T1) == 0
    assert store.add_corrections(ref.id, "minfin", stated[:1], kit.T1) == 1  # other source
    got = store.corrections("personnel")
    assert [(c.source, c.report_date, c.amount) for c in got] == [
        ("minfin", date(2025, 2, 28), 1650),
        ("petroivaniuk", date(2025, 2, 28), 1650),
        ("petroivaniuk", date(2025, 4, 22), 160),
    ]
    assert store.corrections("tanks") == []


def test_findings_are_deduplicated_on_key(store: Store, kit) -> None:
    finding = Finding("increment_mismatch", "printed 1060, diff 2710", "personnel",
                      date(2025, 2, 28), "gs_text", {"printed": 1060})
    assert store.add_findings([finding, finding], kit.T0) == 1
    assert store.add_findings([finding], kit.T1) == 0
    (stored,) = store.findings()
    assert (stored.kind, stored.details, stored.recorded_at) == (
        "increment_mismatch", {"printed": 1060}, kit.T0
    )
    assert store.findings(kind="disagreement") == []
    assert store.findings(start=date(2025, 3, 1)) == []
    assert len(store.findings(category="personnel", end=date(2025, 2, 28))) == 1


def test_findings_date_range_is_inclusive_with_every_filter(store: Store, kit) -> None:
    found = [Finding("increment_mismatch", f"day {d}", "personnel", date(2025, 3, d), "gs_text")
             for d in range(1, 6)] + [Finding("total_decreased", "day 3", "tanks",
                                              date(2025, 3, 3), "minfin")]
    store.add_findings(found, kit.T0)
    days = [f.report_date.day for f in store.findings(kind="increment_mismatch",
                                                      category="personnel",
                                                      start=date(2025, 3, 2),
                                                      end=date(2025, 3, 4))]
    assert days == [2, 3, 4]
    assert [f.category for f in store.findings(start=date(2025, 3, 3), end=date(2025, 3, 3))] == [
        "personnel", "tanks"]
    assert [f.message for f in store.findings(end=date(2025, 3, 1))] == ["day 1"]


def test_run_record_is_appended(store: Store, kit) -> None:
    store.record_run(RunRecord("minfin", "ab" * 32, kit.T0, kit.T1, added=3, findings=1))
    store.record_run(RunRecord("minfin", None, kit.T1, kit.T1, status="failed", message="x"))
    assert store.counts()["runs"] == 2


def test_a_transactions_own_rows_answer_what_is_stored_as_a_read_would(store: Store, kit) -> None:
    import pytest

    from attrition.store import reads
    from attrition.store.writes import _current

    engine = store._engine
    cats = ["personnel", "tanks"]

    def same() -> None:
        for source in ("minfin", "lod_db", "petroivaniuk"):
            assert _current(engine, source, cats) == reads.current_observations(
                engine, source, cats)

    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9000)], tag="before")
    with store.transaction():
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-01", 9001),  # a revision
                                  kit.obs("tanks", "2024-12-02", 9010)], tag="a")
        kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-02", 9011),
                                  kit.obs("personnel", "2024-12-02", 700)], tag="b")
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-02", 9012),
                                  kit.obs("apv", "2024-12-02", 5)], tag="c")
        same()
        with pytest.raises(RuntimeError), store.transaction():  # rows gone, memory kept
            kit.add(store, "minfin", [kit.obs("tanks", "2024-12-03", 9020)], tag="d")
            raise RuntimeError("rolled back")
        same()
        kit.add(store, "minfin", [kit.obs("tanks", "2024-12-03", 9021)], tag="e")
        same()
    assert store.source_totals("minfin") == {
        ("tanks", date(2024, 12, 1)): 9001, ("tanks", date(2024, 12, 2)): 9012,
        ("tanks", date(2024, 12, 3)): 9021, ("apv", date(2024, 12, 2)): 5}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["tanks", "apv", "personnel"]),
                          st.integers(1, 4), st.integers(0, 2),
                          st.none() | st.integers(0, 2)), max_size=12))
def test_a_batch_into_nothing_stored_is_all_new_exactly_when_no_key_repeats(
    values: list[tuple[str, int, int, int | None]],
) -> None:
    from attrition.store.writes import _all_new, _classify

    observations = [Observation(cat, date(2024, 12, day), total, printed)
                    for cat, day, total, printed in values]
    days = [obs.report_date.isoformat() for obs in observations]
    general = _classify(observations, days, {}, 1)
    fast = _all_new(observations, days)
    keys = {(obs.category, obs.report_date) for obs in observations}
    assert (fast is None) == (len(keys) < len(observations))
    if fast is not None:
        assert general == (fast, [], 0)
        assert fast == list(zip(observations, days, strict=True))


def test_a_first_load_with_a_repeated_key_still_finds_the_revision(store: Store, kit) -> None:
    ref = store.add_document(kit.doc("minfin", "twice"))
    result = store.add_observations(ref.id, "minfin", [
        kit.obs("tanks", "2024-01-25", 6200), kit.obs("apv", "2024-01-25", 9),
        kit.obs("tanks", "2024-01-25", 6201),
    ], kit.T0)
    assert (result.added, result.revised, result.unchanged) == (2, 1, 0)
    assert store.source_totals("minfin") == {
        ("tanks", date(2024, 1, 25)): 6201, ("apv", date(2024, 1, 25)): 9}
