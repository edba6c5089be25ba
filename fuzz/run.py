"""``make fuzz``: run the fuzz targets for millions of inputs, each under a time bound.

Inputs come in two phases. First Hypothesis draws a pool from the target's strategy
(``fuzz_one_input`` on random bytes: no shrinking, no example database), each input
run as it is drawn. Then, since drawing costs ~10 ms while a parse costs ~1 ms, the
bulk is made by cheap mutations of pool members (splice two, repeat a slice, insert a
token from the strategy vocabulary, cut, truncate). An input that raises
anything but the project's own errors, or runs longer than ``--bound`` CPU seconds, is a
finding: it is printed (repr, traceback) and written to ``--out`` as JSON lines, and the
run goes on. The summary line per target gives inputs run, findings and the slowest
input in CPU seconds. The bound per input is CPU time
(``ITIMER_PROF``), not wall time, so a busy machine does not make findings.
``--jobs N`` splits the inputs over N worker processes (seeds ``seed`` .. ``seed + N - 1``)
and merges their findings and summaries.

    python fuzz/run.py parser --inputs 1000000 --jobs 2
    python fuzz/run.py check --inputs 100000 --bound 1
    python fuzz/run.py all --seconds 600
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import signal
import sys
import time
import traceback
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402
from targets import DASHES, JUNK, TARGETS, UNITS  # noqa: E402

TOKENS = [*JUNK, *UNITS, *DASHES, "9" * 40, "1" * 5000, " persons  " * 20, "29.2", "(+",
          "[", "{", "]", "}", '"', "null", "1e999", "-1", "\n", "\u202b" * 50, "1,000 " * 50,
          # a heading word before a long run of letters (65ba8d9: 12,000 letters took 59 s)
          "втрат", "втратa" * 2000, "losses" * 500, "а" * 5000]


def mutate(rng: random.Random, pool: list[Any], limit: int) -> Any:
    """Return a cheap mutation of one or two pool members (str or bytes, as the pool holds)."""
    base = rng.choice(pool)
    other = rng.choice(pool)
    is_bytes = isinstance(base, bytes)
    for _ in range(rng.randint(1, 4)):
        n = len(base)
        at, to = sorted((rng.randint(0, n), rng.randint(0, n)))
        kind = rng.randrange(6)
        if kind == 0:
            token: Any = rng.choice(TOKENS)
            token = token.encode("utf-8") if is_bytes else token
            base = base[:at] + token + base[at:]
        elif kind == 1:
            base = base[:at] + base[at:to] * rng.randint(2, 30) + base[to:]
        elif kind == 2:
            cut = rng.randint(0, len(other))
            base = base[:at] + other[cut:] if rng.random() < 0.5 else other[:cut] + base[at:]
        elif kind == 3:
            base = base[:at] + base[to:]
        elif kind == 4:
            base = base[:at]
        elif base:
            i = rng.randrange(len(base))
            if is_bytes:
                base = base[:i] + bytes([base[i] ^ (1 << rng.randrange(8))]) + base[i + 1:]
            else:
                base = base[:i] + chr(rng.randrange(0x30000)) + base[i + 1:]
    return base[:limit]


# the largest input per target: ``check`` accepts 200,000 characters (and refuses more),
# a report is 2-5 KB (16 KB leaves room for pages of junk around one);
# a report or a data file of the fuzzed kind is far below 64 KB (a bigger file costs time
# linear in its size, which no per-input bound can hold for every size)
MAX_SIZE = {"check": 210_000, "parser": 16_384}


class Overtime(BaseException):
    """One input ran past the bound (BaseException: the target's handlers do not catch it)."""


ARMED = [False]  # the alarm only interrupts the target, never the bookkeeping around it


def _alarm(signum: int, frame: Any) -> None:
    if ARMED[0]:
        ARMED[0] = False
        raise Overtime


def run(name: str, inputs: int, seconds: float, bound: float, seed: int,
        out: Path | None, pool_size: int = 3000, job: str = "") -> dict[str, Any]:
    """Run one target; return its summary.

    The bound is CPU time (``ITIMER_PROF``: user + system time of this process), not wall
    time: on a shared machine a wall-clock bound would report the neighbours' load.
    """
    target, strategy = TARGETS[name]
    seen: list[Any] = []

    def record(value: Any) -> None:
        seen.append(value)
        target(value)

    test = settings(database=None, deadline=None,
                    suppress_health_check=list(HealthCheck))(given(strategy())(record))
    rng = random.Random(seed)
    signal.signal(signal.SIGPROF, _alarm)
    started = time.monotonic()
    cpu_started = time.process_time()
    count, errors, overtime, slowest = 0, 0, 0, 0.0
    pool: list[Any] = []
    tag = f"{name}{job}"
    while count < inputs and time.monotonic() - started < seconds:
        drawing = count < pool_size or not pool
        seen.clear()
        value = None if drawing else mutate(rng, pool, MAX_SIZE.get(name, 65_536))
        tick = time.process_time()
        signal.setitimer(signal.ITIMER_PROF, bound * (20 if drawing else 1))
        problem = None
        ARMED[0] = True
        try:
            if drawing:  # time includes Hypothesis drawing; the per-input bound applies below
                test.hypothesis.fuzz_one_input(rng.randbytes(rng.choice((64, 256, 1024, 4096))))
            else:
                seen.append(value)
                target(value)
            ARMED[0] = False
        except Overtime:
            problem = f"over {bound} s CPU"
        except Exception:  # noqa: BLE001 - a finding is any error that is not the project's own
            ARMED[0] = False
            problem = traceback.format_exc(limit=8)
        finally:
            ARMED[0] = False
            signal.setitimer(signal.ITIMER_PROF, 0)
        took = time.process_time() - tick
        count += 1
        if drawing and seen:
            pool.append(seen[-1])
            if problem is None and took > bound:  # drawing was slow: time the target alone
                tick = time.process_time()
                target(seen[-1])
                took = time.process_time() - tick
                problem = f"over {bound} s CPU" if took > bound else None
        slowest = max(slowest, took)
        if problem is not None:
            if problem.startswith("over "):
                overtime += 1
            else:
                errors += 1
            shown = repr(seen[-1]) if seen else "?"
            print(f"FINDING {tag} #{count}: {problem}\n  input: {shown[:500]}", flush=True)
            if out is not None:
                with out.open("a", encoding="utf-8") as handle:
                    handle.write(json.dumps({"target": name, "job": job, "n": count,
                                             "problem": problem, "cpu_s": round(took, 3),
                                             "input": shown}) + "\n")
        if count % 10000 == 0:
            print(f"{tag}: {count} inputs, {errors} uncaught, {overtime} over {bound} s, "
                  f"slowest {slowest:.3f} s CPU, {time.monotonic() - started:.0f} s wall, "
                  f"{time.process_time() - cpu_started:.0f} s CPU", flush=True)
    summary = {"target": name, "inputs": count, "findings": errors + overtime,
               "uncaught": errors, "over_bound": overtime, "bound_cpu_s": bound,
               "slowest_cpu_s": round(slowest, 4), "seconds": round(time.monotonic() - started, 1),
               "cpu_s": round(time.process_time() - cpu_started, 1)}
    print(json.dumps({"job": job, **summary} if job else summary), flush=True)
    return summary


def _job(args: tuple[Any, ...]) -> dict[str, Any]:
    return run(*args)


def run_jobs(name: str, inputs: int, seconds: float, bound: float, seed: int,
             out: Path | None, pool_size: int, jobs: int) -> dict[str, Any]:
    """Run one target in ``jobs`` worker processes (seeds ``seed + i``); merge their results.

    Each worker writes its findings to its own part file; the parts are appended to
    ``out`` in job order once all are done, so lines never interleave.
    """
    if jobs <= 1:
        return run(name, inputs, seconds, bound, seed, out, pool_size)
    shares = [inputs // jobs + (i < inputs % jobs) for i in range(jobs)]
    parts = [None if out is None else out.with_name(f"{out.name}.job{i}") for i in range(jobs)]
    work = [(name, shares[i], seconds, bound, seed + i, parts[i], pool_size, f"/{i}")
            for i in range(jobs)]
    with multiprocessing.get_context("fork").Pool(jobs) as workers:
        results = workers.map(_job, work, chunksize=1)
    if out is not None:
        with out.open("a", encoding="utf-8") as merged:
            for part in parts:
                if part is not None and part.exists():
                    merged.write(part.read_text(encoding="utf-8"))
                    part.unlink()
    summary = {
        "target": name, "jobs": jobs,
        **{key: sum(r[key] for r in results)
           for key in ("inputs", "findings", "uncaught", "over_bound")},
        "bound_cpu_s": bound, "slowest_cpu_s": max(r["slowest_cpu_s"] for r in results),
        "seconds": max(r["seconds"] for r in results),
        "cpu_s": round(sum(r["cpu_s"] for r in results), 1),
    }
    print(json.dumps(summary), flush=True)
    return summary


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run the chosen targets; exit 1 on any finding."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("target", choices=[*TARGETS, "all"])
    parser.add_argument("--inputs", type=int, default=10**12, help="stop after this many")
    parser.add_argument("--seconds", type=float, default=float("inf"), help="stop after this long")
    parser.add_argument("--bound", type=float, default=1.0, help="CPU time limit per input (s)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None, help="append findings here (JSONL)")
    parser.add_argument("--pool", type=int, default=3000, help="inputs Hypothesis draws first")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes per target")
    args = parser.parse_args(argv)
    names = list(TARGETS) if args.target == "all" else [args.target]
    share = args.seconds / len(names)
    total = sum(run_jobs(n, args.inputs, share, args.bound, args.seed, args.out, args.pool,
                         args.jobs)["findings"] for n in names)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
