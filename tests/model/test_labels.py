"""Folding a category label for lookup (model.labels): the shortcut for a label already folded."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from attrition.model.labels import _FOLDED, _fold, normalize_label

_PIECES = ["tanks", "Tanks", "armoured", "танків", "ТАНКІВ", "ґ", "ё", "'", "’", "`", " ", "  ", "\u00a0", "\t",
           "/", " / ", "-", "—", ":", ".", "*", "•", "12", "ß", "İ", "ﬁ", "a", "z", "я", "і", "ї", "є"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=8).map("".join) | st.text(max_size=12))
def test_a_label_folds_the_same_with_or_without_the_shortcut(label: str) -> None:
    assert normalize_label(label) == _fold(label)


def test_the_shortcut_takes_folded_labels_only() -> None:
    for folded in ("tanks", "armoured vehicles", "танків", "it's 12 mlrs"):
        assert _FOLDED.fullmatch(folded) and normalize_label(folded) == folded
    for not_folded in ("Tanks", "tanks ", " tanks", "armoured  vehicles", "mlrs/tanks", "tank-", "ТАНКІВ",
                       "it’s", "straße", ""):
        assert not _FOLDED.fullmatch(not_folded)
        assert normalize_label(not_folded) == _fold(not_folded)
    assert normalize_label("  Armoured\u00a0Vehicles / APC -") == "armoured vehicles / apc"
