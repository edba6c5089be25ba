"""Consensus rules: majority, official and priority tie-breaks, findings, derived increments."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.model.roster import SourceRank
from attrition.store import Store
from attrition.store.consensus import ROSTER_RANKS, choose_total

D = date(2024, 12, 3)


@pytest.mark.parametrize(
    ("votes", "expected"),
    [
        pytest.param({"minfin": 5, "lod_db": 5, "petroivaniuk": 6}, (5, "majority"),
                     id="two-beat-one"),
        pytest.param({"gs_text": 7, "petroivaniuk": 6}, (7, "official"), id="official-tie"),
        pytest.param({"minfin": 7, "petroivaniuk": 6}, (6, "priority"), id="priority-tie"),
        pytest.param({"minfin": 7, "lod_db": 7, "petroivaniuk": 6, "gs_text": 6}, (6, "official"),
                     id="official-breaks-two-two"),
        pytest.param({"gs_text": 8, "telegram": 9}, (8, "priority"), id="two-officials"),
        pytest.param({"someone_new": 1, "minfin": 2}, (2, "priority"), id="unknown-ranks-last"),
        pytest.param({"minfin": 3, "lod_db": 3}, (3, None), id="unanimous"),
    ],
)
def test_choose_total_rules(votes: dict[str, int], expected: tuple[int, str | None]) -> None:
    total, agreeing, rule = choose_total(
        {s: (v, None, 0) for s, v in votes.items()}, ROSTER_RANKS
    )
    assert (total, rule) == expected
    assert set(agreeing) == {s for s, v in votes.items() if v == total}


def test_majority_wins_and_disagreement_lists_every_value(store: Store, kit) -> None:
    kit.add(store, "petroivaniuk", [kit.obs("tanks", "2024-12-03", 9486)])
    kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-03", 9486)])
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-03", 9468)])
    (finding,) = store.refresh_consensus().findings
    (row,) = store.consensus_rows("tanks")
    assert row.total == 9486
    assert row.sources == ("petroivaniuk", "lod_db")
    assert row.n_sources == 3
    assert row.values == {"petroivaniuk": 9486, "lod_db": 9486, "minfin": 9468}
    assert finding.kind == "disagreement"
    assert (finding.category, finding.report_date) == ("tanks", D)
    assert finding.details == {"values": row.values, "chosen": 9486, "rule": "majority"}
    for name, value in row.values.items():
        assert f"{name} {value}" in finding.message
    (stored,) = store.findings(kind="disagreement")  # refresh stored it too
    assert stored.details == finding.details


def test_official_text_breaks_a_tie(store: Store, kit) -> None:
    kit.add(store, "petroivaniuk", [kit.obs("tanks", "2023-10-02", 4712)])
    kit.add(store, "gs_text", [kit.obs("tanks", "2023-10-02", 4717, 8)])
    (finding,) = store.refresh_consensus().findings
    (row,) = store.consensus_rows("tanks")
    assert (row.total, row.sources, row.increment_printed) == (4717, ("gs_text",), 8)
    assert finding.details["rule"] == "official"


def test_priority_breaks_a_tie_without_official_text(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("uavs", "2024-09-24", 15175)])
    kit.add(store, "petroivaniuk", [kit.obs("uavs", "2024-09-24", 25175)])
    (finding,) = store.refresh_consensus().findings
    assert store.consensus_rows("uavs")[0].total == 25175
    assert finding.details == {"values": {"petroivaniuk": 25175, "minfin": 15175},
                               "chosen": 25175, "rule": "priority"}


def test_custom_source_rank_changes_the_tie_break(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("uavs", "2024-09-24", 15175)])
    kit.add(store, "petroivaniuk", [kit.obs("uavs", "2024-09-24", 25175)])
    store.refresh_consensus(
        source_rank={"minfin": SourceRank(False, 1), "petroivaniuk": SourceRank(False, 2)}
    )
    assert store.consensus_rows("uavs")[0].total == 15175


def test_printed_increment_is_derived_from_a_stated_correction(store: Store, kit) -> None:
    doc = kit.add(store, "petroivaniuk", [kit.obs("personnel", "2025-02-27", 742000),
                                          kit.obs("personnel", "2025-02-28", 744710)])
    store.add_corrections(doc, "petroivaniuk", [kit.correction("personnel", "2025-02-28", 1650)],
                          kit.T0)
    assert store.refresh_consensus().findings == []
    first, second = store.consensus_rows("personnel")
    assert first.increment_diff is None and first.increment_printed is None
    assert (second.increment_printed, second.increment_diff) == (1060, 2710)
    assert second.increment_printed_is_derived and second.has_correction
    series = store.series("personnel")
    assert series.rows[1].increment_printed == 1060 and series.rows[1].has_correction


def test_stated_printed_increment_is_not_replaced_by_a_derived_one(store: Store, kit) -> None:
    doc = kit.add(store, "petroivaniuk", [kit.obs("personnel", "2025-02-27", 742000),
                                          kit.obs("personnel", "2025-02-28", 744710)])
    kit.add(store, "russianwarship", [kit.obs("personnel", "2025-02-28", 744710, 1060)])
    store.add_corrections(doc, "petroivaniuk", [kit.correction("personnel", "2025-02-28", 999)],
                          kit.T0)
    store.refresh_consensus()
    row = store.consensus_rows("personnel")[-1]
    assert (row.increment_printed, row.increment_printed_is_derived) == (1060, False)
    assert row.has_correction


def test_gap_in_reports_gives_span_days(store: Store, kit) -> None:
    kit.add(store, "lod_db", [kit.obs("personnel", "2023-07-21", 244000),
                              kit.obs("personnel", "2023-07-22", 244500),
                              kit.obs("personnel", "2023-07-26", 246500, 500)])
    store.refresh_consensus()
    rows = store.consensus_rows("personnel")
    assert [(r.increment_diff, r.span_days) for r in rows] == [(None, 1), (500, 1), (2000, 4)]
    assert not rows[2].has_correction  # printed != diff, but over a 4-day span


def test_refresh_touches_only_the_named_categories(store: Store, kit) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-03", 9486),
                              kit.obs("aircraft", "2024-12-03", 369)])
    store.refresh_consensus()
    ref = store.add_document(kit.doc("minfin", "later", at=kit.T1))
    store.add_observations(ref.id, "minfin", [kit.obs("tanks", "2024-12-03", 9490),
                                              kit.obs("aircraft", "2024-12-03", 370)], kit.T1)
    store.refresh_consensus(["tanks"])
    assert store.consensus_rows("tanks")[0].total == 9490
    assert store.consensus_rows("aircraft")[0].total == 369  # not refreshed yet
    assert store.consensus_categories() == ["aircraft", "tanks"]
    assert store.refresh_consensus([]).findings == []


def test_approximate_flag_comes_from_the_agreeing_sources(store: Store, kit) -> None:
    kit.add(store, "petroivaniuk", [kit.obs("personnel", "2024-12-03", 745700, approx=True)])
    kit.add(store, "minfin", [kit.obs("personnel", "2024-12-03", 745700)])
    store.refresh_consensus()
    assert store.consensus_rows("personnel")[0].is_approximate


def test_every_registered_source_carries_its_roster_entry() -> None:
    from attrition.model.roster import ROSTER
    from attrition.sources import get_source, source_names

    for name in source_names():
        source = get_source(name)
        assert (source.name, source.role, source.rank) == (name, ROSTER[name].role,
                                                           ROSTER[name].rank), name
        assert ROSTER_RANKS[name] == SourceRank(source.is_official, source.priority), name


@pytest.fixture()
def independent_oryx(monkeypatch: pytest.MonkeyPatch) -> str:
    """Register a stand-in independent source "oryx" for one test."""
    from attrition.model.roster import ROSTER, SourceEntry, SourceRole

    monkeypatch.setitem(ROSTER, "oryx", SourceEntry(
        "oryx", SourceRole.INDEPENDENT, SourceRank(False, 50), "tests:oryx"))
    return "oryx"


def test_independent_source_is_kept_but_never_votes(store: Store, kit, independent_oryx) -> None:
    kit.add(store, "minfin", [kit.obs("tanks", "2024-12-03", 9486)])
    # were oryx a vote, 9486 would win by majority; it is not, so lod_db's rank decides
    kit.add(store, independent_oryx, [kit.obs("tanks", "2024-12-03", 9486),
                                      kit.obs("tanks", "2024-12-04", 9490)])
    kit.add(store, "lod_db", [kit.obs("tanks", "2024-12-03", 9480)])
    (finding,) = store.refresh_consensus().findings
    rows = store.consensus_rows("tanks")
    assert [r.report_date for r in rows] == [D]  # oryx alone on 12-04 makes no consensus day
    assert (rows[0].total, rows[0].n_sources, rows[0].values) == (
        9480, 2, {"lod_db": 9480, "minfin": 9486})
    assert finding.details["rule"] == "priority"
    assert store.consensus_rows("tanks", as_of=date(2025, 1, 1))[0].n_sources == 2
    stated = {v.source: v.total for v in store.source_values("tanks", D)}
    assert stated[independent_oryx] == 9486  # kept and queryable


# --- issue 14: one source never moves the headline -----------------------------------------


def test_a_decrease_one_mirror_alone_states_does_not_become_the_consensus(
    store: Store, kit
) -> None:
    """Item 12: a mirror's personnel falling by 5,000 became the latest figure (the headline)."""
    for source in ("petroivaniuk", "lod_db"):
        kit.add(store, source, [kit.obs("personnel", "2024-12-02", 742_130, None, True),
                                kit.obs("personnel", "2024-12-03", 743_700, 1_570, True)])
    kit.add(store, "minfin", [kit.obs("personnel", "2024-12-03", 743_700, None, True),
                              kit.obs("personnel", "2024-12-04", 738_700, None, True)])
    findings = store.refresh_consensus().findings
    rows = store.consensus_rows("personnel")
    assert [(r.report_date.isoformat(), r.total) for r in rows] == [
        ("2024-12-02", 742_130), ("2024-12-03", 743_700)]
    (held,) = [f for f in findings if f.kind == "unconfirmed_decrease"]
    assert (held.source, held.report_date, held.details["stated"], held.details["kept"]) == (
        "minfin", date(2024, 12, 4), 738_700, 743_700)
    assert store.findings(kind="unconfirmed_decrease")
    kit.add(store, "lod_db", [kit.obs("personnel", "2024-12-04", 738_700, None, True)])
    store.refresh_consensus()  # a second source confirms it: now it is the consensus
    assert store.consensus_rows("personnel")[-1].total == 738_700


def test_a_revision_breaking_monotonicity_loses_to_the_value_that_fits(store: Store, kit) -> None:
    """Item 13: 9,710 won "by priority" over 5,710 and the next day showed −3,870."""
    kit.add(store, "petroivaniuk", [kit.obs("personnel", "2022-02-28", 5_300),
                                    kit.obs("personnel", "2022-03-01", 9_710),
                                    kit.obs("personnel", "2022-03-02", 5_840)])
    kit.add(store, "minfin", [kit.obs("personnel", "2022-02-28", 5_300),
                              kit.obs("personnel", "2022-03-01", 5_710),
                              kit.obs("personnel", "2022-03-02", 5_840)])
    findings = store.refresh_consensus().findings
    totals = [r.total for r in store.consensus_rows("personnel")]
    assert totals == [5_300, 5_710, 5_840]
    (finding,) = [f for f in findings if f.kind == "disagreement"]
    assert finding.details["rule"] == "monotonic" and finding.details["chosen"] == 5_710
