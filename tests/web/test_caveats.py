"""Every caveat the library states about compare and territory has a Ukrainian form."""

from __future__ import annotations

import pytest

from attrition.library.independent import (
    NAMED_DEATHS_CAVEATS,
    OFFICIAL_CONVENTION,
    ORYX_CONVENTION,
    TERRITORY_CONVENTION,
)
from attrition.model.crosswalk import GENERAL_CAVEATS, ORYX_TYPES, crosswalk_categories
from attrition.web.caveats import UK, caveat

STATED = [*GENERAL_CAVEATS, *NAMED_DEATHS_CAVEATS, OFFICIAL_CONVENTION, ORYX_CONVENTION,
          TERRITORY_CONVENTION,
          *(t.note for t in ORYX_TYPES if t.note and t.category in crosswalk_categories()
            and not t.is_summary)]


@pytest.mark.parametrize("text", STATED)
def test_every_stated_caveat_has_a_ukrainian_form(text: str) -> None:
    assert text in UK
    assert caveat(text, "uk") != text and caveat(text, "en") == text


def test_composed_caveats_are_translated_around_oryx_names() -> None:
    assert caveat("Oryx types counted as tanks: Tanks.", "uk", "танки") == \
        "Типи Oryx, враховані як «танки»: Tanks."
    note = "Split from the trucks type in 2023."
    assert caveat(f"Logistics Trains: {note}", "uk") == f"Logistics Trains: {UK[note]}"
    assert caveat("a sentence nobody translated", "uk") == "a sentence nobody translated"
