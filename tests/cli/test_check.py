"""`attrition check`: reads FILE or stdin, prints verdicts or the JSON envelope, fails cleanly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from attrition.claims import MAX_CHARS


def test_empty_record_makes_every_claim_unverifiable(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "-", "--as-of", "2025-01-16", "--json",
                        input="Russia lost 1,550 troops on January 5.")
    assert code == 0 and out["ok"] is True
    (claim,) = out["data"]["claims"]
    assert claim["verdict"] == "unverifiable" and claim["value"] == 1550
    assert out["meta"]["as_of"] == "2025-01-16" and out["meta"]["convention"] == "loss"


def test_text_output_lists_claims_and_out_of_scope(run_cli: Callable[..., Any], tmp_path: Path) -> None:
    article = tmp_path / "article.html"
    article.write_text("<p>Russia lost 1,550 troops. North Korea sent 11,000 troops.</p>", encoding="utf-8")
    code, out = run_cli("check", str(article), "--as-of", "2025-01-16")
    assert code == 0
    assert "unverifiable" in out and "out of scope" in out and "another country" in out


def test_too_long_input_fails_with_a_clear_error(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "-", "--json", input="x" * (MAX_CHARS + 1))
    assert code != 0 and out["ok"] is False
    assert out["error"]["type"] == "UsageError" and "200,000" in out["error"]["message"]


def test_missing_file_and_bad_date_are_usage_errors(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "/no/such/file.txt", "--json")
    assert code != 0 and out["error"]["type"] == "UsageError"
    code, out = run_cli("check", "-", "--as-of", "16.01.2025", "--json", input="text")
    assert code != 0 and "--as-of" in out["error"]["message"]


@pytest.mark.integration
def test_issue_example_through_the_cli(run_cli: Callable[..., Any], shared_data: Path) -> None:
    code, _ = run_cli("ingest", str(shared_data / "petroivaniuk"), "--json")
    assert code == 0
    code, out = run_cli("check", "-", "--as-of", "2025-01-16", "--lang", "en", "--json",
                        input="In December 2024 losses reached 49,150. Russia has lost 9,780 tanks.")
    assert code == 0
    verdicts = [(c["value"], c["verdict"], c["convention"]) for c in out["data"]["claims"]]
    assert verdicts == [(49150, "correct_other_convention", "report"), (9780, "correct", "report")]
    assert "petroivaniuk" in out["meta"]["sources"]
