"""The library calls of the hot commands, shared by their click commands and :mod:`.hot`.

Each function takes the command's option values as click passes them (strings, None
when not given) and makes the one library call; both entries print what it returns.
``record`` is the open :class:`~attrition.library.Attrition` (click) or just the area of
it the command asks (:mod:`.hot`): the method is the same. Click-free, so the console
script can answer without importing click.
"""

from __future__ import annotations

from datetime import date

from attrition.errors import UsageError
from attrition.model.dates import parse_date

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs start-up time
if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Sequence

    from attrition.library.analyses import AnalysesMethods, ForecastAnswer
    from attrition.library.extremes import ExtremesAnswer, ExtremesMethods
    from attrition.library.independent import IndependentMethods, Territory
    from attrition.library.losses import Losses, LossesMethods, Periods


def _date(value: str | None, option: str) -> date | None:
    return parse_date(value, option) if value else None


def losses(
    record: LossesMethods, category: str, *, on: str | None = None, start: str | None = None,
    end: str | None = None, convention: str = "loss", as_of: str | None = None,
    by: str | None = None, week_start: str = "mon", as_sum: bool = False,
) -> Losses | Periods:
    """Answer `losses`: the rows of a day or span, or with --by/--sum the period sums."""
    when = _date(as_of, "--as-of")
    if by is None and not as_sum:
        return record.losses(category, on=on, start=start, end=end, convention=convention,
                             as_of=when)
    if as_sum and (by is not None or not (start and end)):
        raise UsageError("--sum needs --from and --to, and no --by")
    first, last = on or start, on or end
    return record.periods(category, by or "custom", convention=convention,
                          as_of=when, start=_date(first, "--from"),
                          end=_date(last, "--to"), week_start=week_start)


def extremes(
    record: ExtremesMethods, category: str, *, top: int = 10, by: str = "day",
    include_corrections: bool = False, exclude_coarse: bool = True, rank_of: str | None = None,
    week_start: str = "mon", start: str | None = None, end: str | None = None,
    convention: str = "loss", as_of: str | None = None,
) -> ExtremesAnswer:
    """Answer `extremes`: the top days (weeks, months), yearly highs, a day's rank."""
    return record.extremes(
        category, convention=convention, by=by, top=top,
        start=_date(start, "--from"), end=_date(end, "--to"),
        include_corrections=include_corrections, exclude_coarse=exclude_coarse,
        week_start=week_start, rank_of=_date(rank_of, "--rank-of"),
        as_of=_date(as_of, "--as-of"))


def territory(
    record: IndependentMethods, *, by: str = "month", on: str | None = None,
    start: str | None = None, end: str | None = None, compare_size: bool = False,
) -> Territory:
    """Answer `territory`: occupied-area change per period (areas computed at ingest)."""
    return record.territory(by=by, on=on, start=start, end=end, compare_size=compare_size)


def forecast(
    record: AnalysesMethods, category: str, *, milestones: Sequence[int] = (),
    on: Sequence[str] = (), method: str | None = None, convention: str = "loss",
    as_of: str | None = None,
) -> ForecastAnswer:
    """Answer `forecast`: milestone crossings (and totals --on dates) with their intervals."""
    dates = [d for d in (_date(x, "--on") for x in on) if d]  # `--on ""`: none
    return record.forecast(category, milestones, on=dates, method=method, convention=convention,
                           as_of=_date(as_of, "--as-of"))
