"""The machinery of tests/test_regex_audit.py: find every regex of the package, build its adversarial inputs.

Kept apart from the test module so a long audit can be run by hand
(``python tests/regex_audit_lib.py``: every pattern, its worst input, CPU times at two sizes).
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import json
import pkgutil
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import attrition

SRC = Path(attrition.__file__).resolve().parent
RE_FUNCTIONS = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer", "split"}
# where each function takes its flags: re.sub(pattern, repl, string, count, flags) ...
FLAGS_AT = {"compile": 1, "search": 2, "match": 2, "fullmatch": 2, "findall": 2, "finditer": 2,
            "split": 3, "sub": 4, "subn": 4}


@dataclass(frozen=True)
class Found:
    """One regex of the package: its source, flags and where it is written."""

    pattern: str
    flags: int
    where: str  # "claims/numbers.py:49" (or a module attribute path)
    kind: str  # "compiled" (re.compile at import), "inline" (re.search(LITERAL, ...)), "held", "derived"

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


# ---------------------------------------------------------------- finding the patterns

_RECORDER = r"""
import importlib, json, pkgutil, re, sys
root = sys.argv[1]
calls = []
real = re.compile
def compile(pattern, flags=0):
    frame = sys._getframe(1)
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    if isinstance(source, str) and frame.f_code.co_filename.startswith(root):
        calls.append([source, real(pattern, flags).flags, frame.f_code.co_filename[len(root) + 1:],
                      frame.f_lineno])
    return real(pattern, flags)
re.compile = compile
import attrition
for info in pkgutil.walk_packages(attrition.__path__, "attrition."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
json.dump(calls, sys.stdout)
"""


def compiled_at_import() -> list[Found]:
    """Return every ``re.compile`` the package runs while its modules are imported (a fresh interpreter)."""
    out = subprocess.run([sys.executable, "-c", _RECORDER, str(SRC)], capture_output=True,
                         text=True, check=True).stdout
    return [Found(p, f, f"{path}:{line}", "compiled") for p, f, path, line in json.loads(out)]


def _modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(attrition.__path__, "attrition."):
        if not info.name.endswith("__main__"):  # runs the CLI
            yield importlib.import_module(info.name)


def _held(value: Any, where: str, out: list[Found], depth: int = 0) -> None:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            out.append(Found(value.pattern, value.flags, where, "held"))
    elif depth < 4 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            _held(item, where, out, depth + 1)
    elif depth < 4 and isinstance(value, dict):
        for item in value.values():
            _held(item, where, out, depth + 1)


def held_by_modules() -> list[Found]:
    """Return every compiled pattern a module or class of the package holds (four levels into containers)."""
    out: list[Found] = []
    for module in _modules():
        for name, value in vars(module).items():
            _held(value, f"{module.__name__}.{name}", out)
            if isinstance(value, type) and value.__module__ == module.__name__:
                for attr, member in vars(value).items():
                    _held(member, f"{module.__name__}.{name}.{attr}", out)
    return out


@dataclass(frozen=True)
class Site:
    """A call ``re.<function>(...)`` written in the package."""

    path: str  # relative to the package: "claims/numbers.py"
    line: int
    end_line: int
    function: str
    argument: str  # the pattern argument as written
    inside_function: bool
    node: ast.Call

    @property
    def key(self) -> str:
        return f"{self.path}: re.{self.function}({self.argument})"


def call_sites() -> list[Site]:
    """Return every call of a function of ``re`` (or ``regex``) with a pattern argument in the package."""
    sites: list[Site] = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        inside: set[int] = set()
        for func in ast.walk(tree):
            if isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                inside.update(id(n) for n in ast.walk(func))
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("re", "regex")
                    and node.func.attr in RE_FUNCTIONS and node.args):
                sites.append(Site(str(path.relative_to(SRC)), node.lineno, node.end_lineno or node.lineno,
                                  node.func.attr, ast.unparse(node.args[0]), id(node) in inside, node))
    return sites


def aliased_imports() -> list[str]:
    """Return the imports that would hide a call from :func:`call_sites` (``import re as x``, ``from re import search``)."""
    out = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                out += [f"{path.relative_to(SRC)}: import {a.name} as {a.asname}" for a in node.names
                        if a.name in ("re", "regex") and a.asname not in (None, a.name)]
            elif isinstance(node, ast.ImportFrom) and node.module in ("re", "regex"):
                out += [f"{path.relative_to(SRC)}: from {node.module} import {a.name}" for a in node.names
                        if a.name in RE_FUNCTIONS]
    return out


_CONSTANT_NODES = (ast.Constant, ast.Name, ast.Attribute, ast.JoinedStr, ast.FormattedValue,
                   ast.BinOp, ast.BitOr, ast.Add, ast.Load)


def module_constant(expr: ast.expr, module: Any) -> Any:
    """Return the value of ``expr`` when it is built from constants and module-level names only, else None."""
    if not all(isinstance(n, _CONSTANT_NODES) for n in ast.walk(expr)):
        return None
    try:
        return eval(compile(ast.Expression(expr), "<audit>", "eval"), dict(vars(module)))  # noqa: S307
    except NameError:  # a local name: not a module-level constant
        return None


def _module_of(path: str) -> Any:
    name = "attrition." + path[:-3].replace("/", ".")
    return importlib.import_module(name.removesuffix(".__init__"))


def resolve(site: Site) -> tuple[str, int] | None:
    """Return the (pattern, flags) of ``site`` when its pattern is a literal or a module-level constant."""
    module = _module_of(site.path)
    value = module_constant(site.node.args[0], module)
    if isinstance(value, re.Pattern):
        return value.pattern, value.flags
    if not isinstance(value, str):
        return None
    flags_at = FLAGS_AT[site.function]
    flag_expr = (site.node.args[flags_at] if len(site.node.args) > flags_at
                 else next((k.value for k in site.node.keywords if k.arg == "flags"), None))
    flags = 0 if flag_expr is None else module_constant(flag_expr, module)
    return (value, re.compile(value, flags).flags) if isinstance(flags, int) else None


def inline_patterns(sites: list[Site]) -> tuple[list[Found], list[Site]]:
    """Return the patterns of the ``re.<function>`` calls other than ``re.compile``, and the calls not resolved."""
    found, unresolved = [], []
    for site in sites:
        if site.function == "compile":
            continue
        got = resolve(site)
        if got is None:
            unresolved.append(site)
        else:
            found.append(Found(got[0], got[1], f"{site.path}:{site.line}", "inline"))
    return found, unresolved


def compile_sites_not_seen(sites: list[Site], compiled: list[Found]) -> list[Site]:
    """Return the ``re.compile`` calls that did not run at import and whose pattern is no module constant."""
    seen: dict[str, set[int]] = {}
    for f in compiled:
        path, line = f.where.rsplit(":", 1)
        seen.setdefault(path, set()).add(int(line))
    out = []
    for site in sites:
        if site.function != "compile" or seen.get(site.path, set()) & set(range(site.line, site.end_line + 1)):
            continue
        if resolve(site) is None:
            out.append(site)
    return out


# ---------------------------------------------------------------- adversarial inputs

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_ONE_CHAR = (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
_CANDIDATES = (" a7x.,-:;()+/'’‒–—\nАаіЗ_#<>&%\t\u00a0\u200b\u200f!?\"=*|[]{}"
               "бвгдежийклмнопрстуфхцчшщьюяєїґzyqwertuiopsdfghjklcvbnm0123456789")
PUMP_REPEAT = 20  # a repeat allowing more than this many is a pump


class _Sampler:
    """Builds, for a parsed pattern, one string each part matches."""

    def __init__(self, parsed: Any, flags: int) -> None:
        self.state = parsed.state
        self.flags = flags
        self.groups: dict[int, str] = {}
        self._chars: dict[str, str] = {}

    def char(self, op: Any, av: Any) -> str:
        if op is C.LITERAL:
            return chr(av)
        key = repr((op, av))
        if key not in self._chars:
            one = sre_compile.compile(sre_parse.SubPattern(self.state, [(op, av)]), self.flags)
            self._chars[key] = next((c for c in _CANDIDATES if one.fullmatch(c)),
                                    next((chr(i) for i in range(32, 0x3000) if one.fullmatch(chr(i))), ""))
        return self._chars[key]

    def node(self, op: Any, av: Any) -> str:
        if op in _ONE_CHAR:
            return self.char(op, av)
        if op is C.SUBPATTERN:
            text = self.items(av[-1])
            if av[0]:
                self.groups[av[0]] = text
            return text
        if op is C.ATOMIC_GROUP:
            return self.items(av)
        if op is C.BRANCH:
            return self.items(av[1][0])
        if op in _REPEATS:
            return self.items(av[2]) * min(max(av[0], 1), max(av[1], 0), 100)
        if op is C.GROUPREF:
            return self.groups.get(av, "")
        if op is C.GROUPREF_EXISTS:
            return self.items(av[1])
        return ""  # anchors, lookarounds: nothing consumed

    def items(self, items: Any) -> str:
        return "".join(self.node(op, av) for op, av in items)

    def units(self, body: Any) -> list[str]:
        """Return the strings a repeat of ``body`` is pumped with: the body, each alternative, each one-character part."""
        out = [self.items(body)]
        for op, av in body:
            if op is C.BRANCH:
                out += [self.items(b) for b in av[1]]
            elif op is C.SUBPATTERN and len(av[-1]) == 1 and av[-1][0][0] is C.BRANCH:
                out += [self.items(b) for b in av[-1][0][1][1]]
            if op in _ONE_CHAR:
                out.append(self.char(op, av))
        return [u for u in dict.fromkeys(out) if u]


def pumps(pattern: str, flags: int) -> list[tuple[str, str]]:
    """Return (prefix, unit) pairs: what a match reads before each unbounded repeat, and what the repeat reads.

    The prefix is one sample of everything the pattern reads before the repeat; the unit is the
    repeat's body, each of its alternatives and each of its one-character parts.
    """
    parsed = sre_parse.parse(pattern, flags)
    sampler = _Sampler(parsed, flags | parsed.state.flags)
    out: dict[tuple[str, str], None] = {}

    def walk(items: Any, before: str) -> None:
        for op, av in items:
            if op in _REPEATS:
                if av[1] > PUMP_REPEAT:
                    for unit in sampler.units(av[2]):
                        out[(before, unit)] = None
                walk(av[2], before)
            elif op is C.SUBPATTERN:
                walk(av[-1], before)
            elif op is C.ATOMIC_GROUP:
                walk(av, before)
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch, before)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1], before)
            elif op is C.GROUPREF_EXISTS:
                walk(av[1], before)
                if av[2]:
                    walk(av[2], before)
            before += sampler.node(op, av)

    walk(parsed, "")
    return list(out)


def literals(pattern: str, flags: int) -> list[str]:
    """Return the literal runs of a pattern and one member of each character class, longest first."""
    parsed = sre_parse.parse(pattern, flags)
    sampler = _Sampler(parsed, flags | parsed.state.flags)
    out: set[str] = set()

    def walk(tree: Any) -> None:
        run: list[str] = []
        for op, av in tree:
            if op is C.LITERAL:
                run.append(chr(av))
                continue
            if run:
                out.add("".join(run))
                run = []
            if op is C.SUBPATTERN:
                walk(av[-1])
            elif op in _REPEATS:
                walk(av[2])
            elif op is C.ATOMIC_GROUP:
                walk(av)
            elif op is C.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (C.ASSERT, C.ASSERT_NOT):
                walk(av[1])
            elif op in _ONE_CHAR:
                out.add(sampler.char(op, av))
        if run:
            out.add("".join(run))

    walk(parsed)
    return sorted((w for w in out if w), key=lambda w: (-len(w), w))


SEEDS = ("", "personnel ‒ 403720 (+1290) ")
GENERIC = ("7", " ", "1 000", "a", "А")
TAILS = ("/9", "\x00")


def shapes(pattern: str, flags: int) -> list[tuple[str, str, str]]:
    """Return (prefix, unit, tail) shapes of adversarial input for ``pattern``: ``prefix + unit * n + tail``.

    Pathological repeats of each unbounded repeat's body, alternatives and one-character parts,
    after what the pattern reads before it, and of that prefix and unit together; repeats of
    each literal and character-class member, with and without a space between, after a
    figure prefix. Each ends in a character that makes a match fail.
    """
    out: dict[tuple[str, str, str], None] = {}
    for before, unit in pumps(pattern, flags):
        for tail in TAILS:
            out[(before, unit, tail)] = None
        out[("", before + unit, "/9")] = None
    for word in dict.fromkeys([*literals(pattern, flags)[:8], *GENERIC]):
        for sep in ("", " "):
            for seed in SEEDS:
                out[(seed, word + sep, "/9")] = None
    return list(out)


def build(shape: tuple[str, str, str], size: int) -> str:
    prefix, unit, tail = shape
    return prefix + unit * max(2, (size - len(prefix) - len(tail)) // len(unit)) + tail


def run_once(pattern: re.Pattern[str], text: str) -> None:
    """Every way the package applies a pattern: each match across the text, and anchored at the start."""
    for _ in pattern.finditer(text):
        pass
    pattern.match(text)
    pattern.fullmatch(text)


def cpu(fn: Callable[[], object], repeat: int) -> float:
    """Return the least CPU time of ``repeat`` calls of ``fn``."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


SMALL, LARGE = 2_000, 20_000
GROWTH_LIMIT = 30.0  # CPU(LARGE) / CPU(SMALL): linear ~10, quadratic ~100
GROWTH_FLOOR_S = 0.010  # growth is judged above this CPU at LARGE characters
SUSPECTS = 2  # the slowest shapes at SMALL characters are timed again at LARGE
SUITE_SIZES = (1_000, 10_000)  # the suite's sizes: a quadratic pattern costs a quarter of SMALL/LARGE
SMALL_BUDGET_S = 1.0  # CPU of one run at SMALL characters past which a pattern fails at once


class OverBudget(Exception):
    """A run went past its CPU budget (see :func:`cpu_budget`)."""


@contextlib.contextmanager
def cpu_budget(seconds: float) -> Iterator[None]:
    """Interrupt the block with :class:`OverBudget` once the process has used ``seconds`` of CPU.

    A profiling timer (SIGPROF, user + system CPU): unlike the wall-clock bound, a run cut
    here has really done that much work, whatever the load of the machine. The regex engine
    checks signals as it runs, so a match is interrupted where it stands.
    """
    def over(signum: int, frame: Any) -> None:
        raise OverBudget(f"over {seconds:.4f} s of CPU")

    previous = signal.signal(signal.SIGPROF, over)
    signal.setitimer(signal.ITIMER_PROF, max(seconds, 1e-6))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def growth(pattern: re.Pattern[str], shape_list: list[tuple[str, str, str]],
           bound: Callable[[float], Any] | None = None, *, sizes: tuple[int, int] = (SMALL, LARGE),
           first_steep: bool = False) -> list[tuple[float, float, tuple[str, str, str]]]:
    """Return (CPU at SMALL, CPU at LARGE, shape) for the slowest shapes of ``pattern``, slowest first.

    Every shape runs once at SMALL characters; the SUSPECTS slowest are timed again at SMALL
    and at LARGE (ten times longer: a linear pattern takes ~10x, a quadratic one ~100x), the
    least of several runs when the growth looks too steep. A run at LARGE is stopped once it
    has used GROWTH_LIMIT times the CPU at SMALL (or the floor), its time then reported as at
    least that: a quadratic pattern costs ~30x its small run, not ~100x (or hours). A run at
    SMALL over SMALL_BUDGET_S is reported as is (growth infinite). ``bound(seconds)``
    interrupts a run by wall clock (a context manager), if given: the hang guard of the suite.
    ``sizes`` replaces (SMALL, LARGE); ``first_steep`` stops at the first shape confirmed too
    steep (one is enough to fail a test).
    """
    small_n, large_n = sizes

    def timed(text: str, repeat: int, budget: float) -> float:
        best = float("inf")
        with bound(10.0) if bound is not None else contextlib.nullcontext():
            for _ in range(repeat):
                t0 = time.thread_time()  # not process_time: while a profiling timer is armed, it
                try:  # advances by whole 4 ms ticks here (Linux 6.18), thread_time stays exact
                    with cpu_budget(budget):
                        run_once(pattern, text)
                except OverBudget:
                    return max(time.thread_time() - t0, budget)  # no repeat can be less
                best = min(best, time.thread_time() - t0)
        return best

    def large_budget(t_small: float) -> float:
        return max(GROWTH_FLOOR_S, GROWTH_LIMIT * t_small) * 1.05  # cut only past the limit

    first = []
    for shape in shape_list:
        first.append((timed(build(shape, small_n), 1, SMALL_BUDGET_S), shape))
        if first_steep and first[-1][0] >= SMALL_BUDGET_S:
            break
    first.sort(key=lambda i: -i[0])
    out: list[tuple[float, float, tuple[str, str, str]]] = []
    for t_first, shape in first[:SUSPECTS]:
        if t_first >= SMALL_BUDGET_S:
            out.append((t_first, float("inf"), shape))
            if first_steep:
                break
            continue
        small, large = build(shape, small_n), build(shape, large_n)
        t_small = timed(small, 2, SMALL_BUDGET_S)
        t_large = timed(large, 1, large_budget(t_small))
        if t_large > GROWTH_FLOOR_S and t_large > GROWTH_LIMIT * t_small:  # confirmed before it counts
            t_small = timed(small, 5, SMALL_BUDGET_S)
            t_large = timed(large, 2, large_budget(t_small))
        out.append((t_small, t_large, shape))
        if first_steep and too_steep(out[-1]):
            break
    return sorted(out, key=lambda item: -item[1])


def too_steep(row: tuple[float, float, Any]) -> bool:
    """Return True when a row of :func:`growth` grows faster than linear (above the CPU floor)."""
    t_small, t_large, _ = row
    return t_large > GROWTH_FLOOR_S and t_large > GROWTH_LIMIT * t_small


def every_pattern() -> list[Found]:
    """Return each distinct (pattern, flags) of the package once, with where it is first written."""
    sites = call_sites()
    out: dict[tuple[str, int], Found] = {}
    for found in [*compiled_at_import(), *inline_patterns(sites)[0], *held_by_modules()]:
        out.setdefault((found.pattern, found.flags), found)
    return sorted(out.values(), key=lambda f: f.where)


def quadratic(found: Found) -> dict[str, Any] | None:
    """Return a ledger entry when a shape of ``found`` grows faster than linear, as the suite judges it.

    The suite's check (:func:`growth` at SUITE_SIZES, runs at the large size stopped at their
    budget): a pattern polynomial of high degree (items._INC_INNER) no longer runs for hours.
    """
    rows = growth(found.compiled(), shapes(found.pattern, found.flags), sizes=SUITE_SIZES, first_steep=True)
    steep = [row for row in rows if too_steep(row)]
    if not steep:
        return None
    t_small, t_large, shape = steep[0]
    return {"where": found.where, "pattern": found.pattern, "flags": found.flags, "shape": list(shape),
            f"cpu_{SUITE_SIZES[0]}": round(t_small, 5), f"cpu_{SUITE_SIZES[1]}": round(t_large, 4)}


if __name__ == "__main__":  # pragma: no cover - by hand
    if sys.argv[1:] == ["--ledger"]:  # write tests/regex_quadratic.json
        entries = []
        for found in every_pattern():
            entry = quadratic(found)
            print(found.where, "QUADRATIC" if entry else "linear", flush=True)
            if entry:
                entries.append(entry)
        Path(__file__).with_name("regex_quadratic.json").write_text(
            json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        sys.exit(0)
    total = time.process_time()  # every pattern's slowest shapes
    for found in every_pattern():
        rows = growth(found.compiled(), shapes(found.pattern, found.flags))
        t_small, t_large, shape = rows[0]
        flag = "QUAD" if too_steep(rows[0]) else "    "
        print(f"{flag} {t_small:8.5f} {t_large:8.4f} {found.where} {found.pattern[:60]!r} {shape!r:.140}",
              flush=True)
    print("total CPU", time.process_time() - total)
