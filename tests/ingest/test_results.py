"""Attribution: which ingested document a store-level finding is about."""

from __future__ import annotations

from datetime import UTC, date, datetime

from attrition.ingest.results import Attribution, dates_by_category
from attrition.model.records import Finding, Observation, ParsedBatch, RawDocument


def _parsed(source: str, *values: tuple[str, int]) -> tuple[RawDocument, ParsedBatch]:
    doc = RawDocument(source, f"mem/{source}.json", source.encode(), datetime(2026, 1, 1, tzinfo=UTC))
    obs = tuple(Observation(cat, date(2024, 12, day), 10) for cat, day in values)
    return doc, ParsedBatch(source, obs, ())


def _index(*parsed: tuple[RawDocument, ParsedBatch]) -> Attribution:
    return Attribution(list(parsed), [dates_by_category(batch) for _doc, batch in parsed])


def test_dates_by_category_are_each_categorys_report_dates() -> None:
    _doc, batch = _parsed("minfin", ("tanks", 2), ("personnel", 2), ("tanks", 3), ("tanks", 2))
    dates = dates_by_category(batch)
    assert dates == {"tanks": {date(2024, 12, 2), date(2024, 12, 3)},
                     "personnel": {date(2024, 12, 2)}}
    assert list(dates) == ["tanks", "personnel"]


def test_a_finding_goes_to_the_first_document_stating_its_category_and_day() -> None:
    index = _index(_parsed("lod_db", ("tanks", 2)), _parsed("minfin", ("tanks", 3), ("apv", 2)))
    assert index.owner(Finding("total_decreased", "", "tanks", date(2024, 12, 3))) == 1
    assert index.owner(Finding("total_decreased", "", "tanks", date(2024, 12, 2))) == 0
    assert index.owner(Finding("total_decreased", "", "apv", date(2024, 12, 3))) is None
    # a source's own finding only goes to that source's documents
    assert index.owner(Finding("total_decreased", "", "tanks", date(2024, 12, 2),
                               source="minfin")) is None
    # no category: any category on that day; no day: the source's first document
    assert index.owner(Finding("missing_days", "", None, date(2024, 12, 3))) == 1
    assert index.owner(Finding("source_shrank", "", "tanks", None, source="minfin")) == 1


def test_a_disagreement_goes_to_a_document_of_an_outvoted_source() -> None:
    index = _index(_parsed("lod_db", ("tanks", 2)), _parsed("minfin", ("tanks", 2)))
    finding = Finding("disagreement", "", "tanks", date(2024, 12, 2),
                      details={"values": {"lod_db": 10, "minfin": 11}, "chosen": 10})
    assert index.owner(finding) == 1
    missing = Finding("missing_days", "", None, date(2024, 12, 1),
                      details={"next_report_date": "2024-12-02"})
    assert index.owner(missing) == 0
