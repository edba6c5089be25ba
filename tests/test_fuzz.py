"""Property tests: the report parser, every importer and ``check`` raise only the project's errors.

The targets and strategies live in ``fuzz/targets.py``, shared with ``make fuzz`` (which runs
them for millions of inputs). Here each runs a few hundred Hypothesis examples; a target
that raises anything but an :class:`~attrition.errors.AttritionError`, or runs past the
per-example deadline (a generous bound against blow-ups, not a speed target), fails.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

REPO = Path(__file__).resolve().parents[1]


def _fuzz_module(stem: str) -> Any:
    """Return ``fuzz/<stem>.py`` loaded once (the folder is not a package)."""
    name = f"attrition_fuzz_{stem}"
    module = sys.modules.get(name)
    if module is None:
        spec = importlib.util.spec_from_file_location(name, REPO / "fuzz" / f"{stem}.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return module


T = _fuzz_module("targets")
FUZZ = settings(max_examples=150, deadline=timedelta(seconds=5), database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(T.report_texts())
def test_report_parser_raises_only_parse_errors(text: str) -> None:
    T.parse_report_text(text)


@pytest.mark.parametrize("source", T.IMPORTERS)
def test_every_importer_raises_only_the_projects_errors(source: str) -> None:
    @FUZZ
    @given(T.importer_inputs(source))
    def run(data: bytes) -> None:
        T.parse_with(source, data)

    run()


@FUZZ
@given(T.check_texts())
def test_check_raises_only_the_projects_errors(text: str) -> None:
    T.check(text)


def test_the_fuzz_targets_cover_the_parser_every_importer_and_check() -> None:
    from attrition.sources import source_names

    assert set(T.IMPORTERS) == set(source_names())  # a new source needs a fuzz target
    assert {"gs_text", "petroivaniuk", "lod_db", "minfin", "russianwarship", "telegram",
            "mod_site", "oryx", "mediazona", "deepstate"} <= set(T.IMPORTERS)
    assert {"parser", "check", *(f"import-{name}" for name in T.IMPORTERS)} == set(T.TARGETS)


@pytest.mark.parametrize("source", T.INDEPENDENT)
def test_every_seed_of_an_independent_importer_parses(source: str) -> None:
    """The seeds the fuzzer mutates are valid files, so mutations start deep in the parser."""
    from attrition.sources import get_source

    for name, text in T.INDEPENDENT_SEEDS[source]:
        doc = T.RawDocument(source, f"/data/{name}", text.encode(), T.FETCHED_AT, "text/plain")
        assert get_source(source).recognises(Path(name), text.encode()[:8192]), name
        batch = get_source(source).parse(doc)
        assert batch.counts or batch.territory, name


def test_a_figure_beyond_the_store_range_is_a_finding() -> None:
    from attrition.model.independent import SERIES_ORYX, IndependentCount
    from attrition.model.records import ParsedBatch

    huge = IndependentCount(SERIES_ORYX, "Russia", "Tanks", "total", date(2025, 1, 1), 10**20)
    with pytest.raises(AssertionError, match="beyond MAX_TOTAL"):
        T._within_bounds(ParsedBatch("oryx", (), (), counts=(huge,)))


def test_the_fuzz_runner_merges_its_workers_and_bounds_cpu_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--jobs 2``: both workers' findings in one file, one summary; a spin is over the bound."""
    from hypothesis import strategies as st

    run = _fuzz_module("run")

    def crash(value: str) -> None:
        raise ValueError(value)

    def spin(value: str) -> None:
        while True:
            pass

    monkeypatch.setitem(run.TARGETS, "crash", (crash, lambda: st.text(max_size=5)))
    monkeypatch.setitem(run.TARGETS, "spin", (spin, lambda: st.text(max_size=5)))
    out = tmp_path / "findings.jsonl"
    crashed = run.run_jobs("crash", 7, 60.0, 1.0, 0, out, 2, 2)
    assert (crashed["inputs"], crashed["uncaught"], crashed["jobs"]) == (7, 7, 2)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 7 and {line["job"] for line in lines} == {"/0", "/1"}
    assert not list(tmp_path.glob("*.job*"))  # the part files were merged and removed
    spun = run.run("spin", 2, 60.0, 0.05, 0, None, 1)
    assert (spun["over_bound"], spun["uncaught"]) == (2, 0)
