"""new_series_row: the same frozen SeriesRow as the constructor, made without its per-field __setattr__."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, fields, replace
from datetime import date

import pytest

from attrition.model.series import SeriesRow, new_series_row


@pytest.mark.parametrize("args", [
    (date(2024, 12, 3), 745_700, 1_550, 1_550, 1, False, False, False, ("petroivaniuk", "minfin")),
    (date(2022, 3, 1), 5_710, None, None, 1, True, False, True, ()),
    (date(2023, 5, 9), 197_110, 610, 700, 2, False, True, False, ("lod-db",)),
])
def test_new_series_row_is_the_same_frozen_value_as_the_constructor(args: tuple[object, ...]) -> None:
    made = new_series_row(*args)  # type: ignore[arg-type]
    same = SeriesRow(*args)  # type: ignore[arg-type]
    assert type(made) is SeriesRow
    assert made == same and hash(made) == hash(same) and repr(made) == repr(same)
    assert {f.name: getattr(made, f.name) for f in fields(SeriesRow)} == {
        f.name: getattr(same, f.name) for f in fields(SeriesRow)}
    with pytest.raises(FrozenInstanceError):
        made.total = 1  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(made)) == same
    assert replace(made, total=1) == replace(same, total=1)
    assert (made.increment_excluding_correction, made.loss_date) == (same.increment_excluding_correction,
                                                                     same.loss_date)
    assert made != new_series_row(*args[:1], 1, *args[2:])  # type: ignore[arg-type]
