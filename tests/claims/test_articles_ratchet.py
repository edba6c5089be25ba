"""The development set of real articles (../shared/articles), scored by its own scorer: a ratchet.

Runs ``score.py``'s matching (imported, not copied) on the checker's output for every
article, with the date given (``--as-of``) and with the date found by the checker, and
fails when a score falls below the best reached so far (``articles_ratchet.json``; raise
it as the checker improves, never lower it). The record is ingested from the three
mirrors in ../shared/data, as the scorer's README prescribes.
"""

from __future__ import annotations

import importlib.util
import json
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import attrition
from attrition.ingest import ingest_paths
from attrition.store import open_store

RATCHET = Path(__file__).with_name("articles_ratchet.json")
TODAY = date(2026, 12, 4)  # the checker's "today" when an article gives no date at all


def _scorer(articles: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("articles_score", articles / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def articles(shared_data: Path) -> Path:
    folder = shared_data.parent / "articles"
    assert (folder / "expected.jsonl").is_file(), f"development articles missing at {folder}"
    return folder


@pytest.fixture(scope="module")
def record_db(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "record.sqlite"
    store = open_store(path)
    try:
        ingest_paths(store, [shared_data / "petroivaniuk", shared_data / "lod-db-orc-losses",
                             shared_data / "minfin-csv"], now=datetime(2026, 12, 4, tzinfo=UTC))
    finally:
        store.close()
    return path


def _score(articles: Path, db: Path, *, with_as_of: bool) -> dict[str, float]:
    scorer = _scorer(articles)
    total = {"required": 0, "found": 0, "verdict_ok": 0, "spurious": 0, "oos_judged": 0, "extracted": 0}
    lines = (articles / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    with attrition.open(db) as record:
        for art in (json.loads(line) for line in lines if line):
            raw = (articles / art["file"]).read_text(encoding="utf-8").splitlines(keepends=True)
            body = "".join(line for line in raw if not line.startswith("# "))
            report = record.check(body, as_of=art["as_of"] if with_as_of else None, today=TODAY)
            data: dict[str, Any] = report.to_dict()
            result = scorer.score_article(art, data, body)
            for key in total:
                total[key] += result[key]
    extracted = total["extracted"] or 1
    return {
        "recall": total["found"] / total["required"],
        "precision": (total["extracted"] - total["spurious"] - total["oos_judged"]) / extracted,
        "verdict_accuracy": total["verdict_ok"] / max(total["found"], 1),
        "out_of_scope_judged": total["oos_judged"],
    }


@pytest.mark.integration
@pytest.mark.parametrize("mode", ["as_of", "self_dated"])
def test_development_articles_score_does_not_fall_below_the_best_reached(
    articles: Path, record_db: Path, mode: str
) -> None:
    best = json.loads(RATCHET.read_text(encoding="utf-8"))[mode]
    got = _score(articles, record_db, with_as_of=mode == "as_of")
    print(mode, got)
    for key in ("recall", "precision", "verdict_accuracy"):
        assert got[key] >= best[key] - 1e-9, f"{mode} {key} fell to {got[key]:.3f} (best {best[key]:.3f})"
    assert got["out_of_scope_judged"] <= best["out_of_scope_judged"]
