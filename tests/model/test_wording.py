"""The shared number/date wording: one implementation for publish and claims."""

from __future__ import annotations

from datetime import date

from attrition.model import wording
from attrition.publish import i18n


def test_ukrainian_numbers_use_a_no_break_space_and_a_true_minus() -> None:
    assert wording.format_number(745700, "uk") == "745\u00a0700"
    assert wording.format_number(745700, "en") == "745,700"
    assert wording.format_signed(-25, "uk") == "\u221225"


def test_ukrainian_dates_take_the_genitive_and_roku() -> None:
    assert wording.format_date(date(2024, 12, 19), "uk") == "19\u00a0грудня 2024\u00a0року"
    assert wording.format_date(date(2024, 12, 19), "en") == "19\u00a0December 2024"


def test_publish_uses_the_model_implementation() -> None:
    assert i18n.format_number is wording.format_number
    assert i18n.format_date is wording.format_date
    assert i18n.plural_uk is wording.plural_uk
