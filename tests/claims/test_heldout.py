"""Held-out sentences (tests/claims/heldout.jsonl): precision, recall and verdict accuracy.

Round 1 (31 sentences, 38 claims) was written in press style before the checker was
changed for them and scored once as it was: precision 0.946, recall 0.921, verdict
accuracy 0.789, out-of-scope recall 1.00. Round 2 (12 sentences, 20 claims, paraphrased
from real articles) was scored once after the round-1 fixes and before its own: precision
0.85, recall 0.85, verdict accuracy 0.80. Both rounds were then fixed, so they are
in-sample now; the thresholds below guard against regressions and are set below the
current scores so that an honest miss in a new wording does not need a code change.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attrition.model.series import LossSeries

pytestmark = pytest.mark.integration

HELDOUT = Path(__file__).with_name("heldout.jsonl")
MIN_PRECISION = 0.95
MIN_RECALL = 0.95
MIN_VERDICT_ACCURACY = 0.90
MIN_OUT_OF_SCOPE_RECALL = 0.90


def _entries() -> list[dict[str, Any]]:
    return [json.loads(line) for line in HELDOUT.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_heldout_set_has_both_rounds_and_languages() -> None:
    entries = _entries()
    rounds = Counter(e["round"] for e in entries)
    langs = Counter(e["lang"] for e in entries)
    assert rounds[1] >= 30 and rounds[2] >= 10
    assert langs["en"] >= 10 and langs["uk"] >= 10 and langs["ru"] >= 2
    assert len({e["id"] for e in entries}) == len(entries)


def test_heldout_scores_meet_the_bar(
    petro_series: dict[str, LossSeries], score: Callable[..., dict[str, float]]
) -> None:
    s = score(_entries(), petro_series)
    print(  # noqa: T201 - shown with -s; the report quotes these numbers
        f"\nheldout: {s['claims']} claims, precision {s['precision']:.3f}, recall {s['recall']:.3f}, "
        f"verdict accuracy {s['verdict_accuracy']:.3f}, out-of-scope recall {s['out_of_scope_recall']:.3f}"
    )
    assert s["precision"] >= MIN_PRECISION
    assert s["recall"] >= MIN_RECALL
    assert s["verdict_accuracy"] >= MIN_VERDICT_ACCURACY
    assert s["out_of_scope_recall"] >= MIN_OUT_OF_SCOPE_RECALL
