"""The brief's independent section: named dead, Oryx and territory, apart from the official figures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

import attrition
from attrition.ingest import ingest_paths
from attrition.store import open_store

pytestmark = pytest.mark.integration
NOW = datetime(2026, 8, 23, tzinfo=UTC)
AS_OF = "2024-12-04"


@pytest.fixture(scope="module")
def record(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    path = tmp_path_factory.mktemp("brief-independent") / "db.sqlite"
    store = open_store(path)
    deepstate = shared_data / "deepstate" / "cyterat-daily-geojson"
    pi = shared_data / "petroivaniuk"
    try:
        ingest_paths(store, [pi / "russia_losses_personnel.json",
                             pi / "russia_losses_equipment.json",
                             shared_data / "mediazona" / "press_milestones_confirmed_names.csv",
                             shared_data / "oryx" / "derived",
                             *(deepstate / f"deepstatemap_data_2024{m}01.geojson"
                               for m in ("10", "11", "12"))],
                     now=NOW)
    finally:
        store.close()
    with attrition.open(path) as opened:
        yield opened


def test_brief_sets_independent_sources_apart_after_the_official_facts(record: Any) -> None:
    made = record.brief(as_of=AS_OF).brief
    kinds = [f.kind for f in made.facts]
    assert kinds[-1] == "independent" and kinds[:2] == ["latest", "last_7_days"]
    fact = made.fact("independent")
    assert fact.citation.sources == ("mediazona", "oryx", "deepstate")
    assert fact.citation.convention == "own"
    # the official figures are the General Staff's only
    assert all(s not in ("oryx", "mediazona", "deepstate")
               for f in made.facts[:-1] for s in f.citation.sources)


def test_independent_section_names_source_and_as_of_date_of_each_count(record: Any) -> None:
    fact = record.brief(as_of=AS_OF).brief.fact("independent")
    named, oryx, territory = fact.data["named"], fact.data["oryx"], fact.data["territory"]
    assert (named["as_of_date"], named["confirmed_names"]) == (date(2024, 11, 29), 80_973)
    assert named["official_personnel"] is not None
    assert oryx["category"] == "tanks" and oryx["oryx_date"] <= date(2024, 12, 4)
    assert oryx["official_report_date"] == date(2024, 12, 4)
    assert oryx["ratio"] == pytest.approx(oryx["official_total"] / oryx["oryx_total"], abs=0.01)
    assert territory["month"] == "2024-11" and territory["is_complete"]
    assert territory["net_km2"] == pytest.approx(725.9, abs=0.1)
    assert territory["size_en"] == "≈ Singapore (735 km²)"


def test_independent_section_in_words_keeps_its_own_heading(record: Any) -> None:
    text = record.brief(as_of=AS_OF).text.replace("\u00a0", " ")
    official, _, independent = text.partition(
        "Independent sources (not the General Staff's figures)")
    assert independent, "the section has its own heading"
    assert "Oryx" not in official.split("Caveats")[0]  # no independent figure among the official
    assert "Named dead (BBC News Russian + Mediazona), as of 29 November 2024" in independent
    assert "80,973 confirmed names, a lower bound of the dead" in independent
    assert "counts killed and wounded together" in independent
    assert "+725.9 km² occupied in November 2024" in independent
    assert "≈ Singapore (735 km²)" in independent
    assert "each source with its own date" in independent
    uk = record.brief(as_of=AS_OF, lang="uk").text.replace("\u00a0", " ")
    assert "Незалежні джерела (не дані Генштабу)" in uk
    assert "≈ Сінгапур" in uk


def test_brief_without_independent_data_leaves_the_section_out_saying_why(
    shared_data: Path, tmp_path: Path
) -> None:
    path = tmp_path / "db.sqlite"
    with attrition.open(path) as rec:
        rec.ingest([shared_data / "petroivaniuk" / "russia_losses_personnel.json"])
        made = rec.brief(as_of=AS_OF).brief
    assert "independent" not in [f.kind for f in made.facts]
    assert "no independent counts or territory" in made.skipped["independent"]
