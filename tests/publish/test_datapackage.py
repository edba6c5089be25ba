"""The data package descriptor: schemas from one field dictionary, a licence note per source."""

from __future__ import annotations

from types import SimpleNamespace

from attrition.model.categories import CATEGORIES
from attrition.publish.datapackage import (
    LONG,
    SOURCE_NOTES,
    TABLES,
    WIDE,
    source_entries,
    table_schema,
)
from attrition.sources import source_names


def test_every_registered_source_has_a_licence_note() -> None:
    assert set(source_names()) <= set(SOURCE_NOTES)


def test_licence_notes_say_what_each_source_states() -> None:
    assert SOURCE_NOTES["petroivaniuk"]["licence"].startswith("MIT")
    assert SOURCE_NOTES["lod_db"]["licence"].startswith("MIT")
    assert SOURCE_NOTES["minfin"]["licence"].startswith("none stated")
    assert SOURCE_NOTES["russianwarship"]["licence"].startswith("none stated")
    assert "official figures" in SOURCE_NOTES["gs_text"]["licence"]


def test_schemas_follow_the_field_dictionary() -> None:
    for table in TABLES:
        schema = table_schema(table)
        assert [f["name"] for f in schema["fields"]] == table.columns
        assert schema["primaryKey"] == list(table.primary_key)
        assert set(table.primary_key) <= set(table.columns)
        assert all(f["description"] for f in schema["fields"])
    assert LONG.columns[:4] == ["category", "report_date", "loss_date", "total"]
    assert WIDE.columns[2:] == [c.key for c in CATEGORIES]


def test_source_entries_carry_provenance_and_licence() -> None:
    summary = SimpleNamespace(name="lod_db", documents=1, observations=10, first_report_date=None,
                              last_report_date=None, last_fetched_at=None, last_ingested_at=None)
    unknown = SimpleNamespace(name="someone_new", documents=2)
    first, second = source_entries([summary, unknown])
    assert first["licence_note"].startswith("MIT")
    assert first["documents"] == 1 and first["path"].endswith("lod-db/orc-losses")
    assert second == {"title": "someone_new", "name": "someone_new",
                      "licence_note": "not stated", "documents": 2}
