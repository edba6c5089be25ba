"""``/v1/extremes``, ``/v1/trend``, ``/v1/forecast``, ``/v1/backtest``: the analyses of a category."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from pydantic import Field
from starlette.responses import Response

from attrition.api.deps import (
    AsOfQuery,
    CategoryPath,
    ConventionQuery,
    EndQuery,
    RecordDep,
    StartQuery,
)
from attrition.api.envelope import answer_response
from attrition.api.routes.losses import version
from attrition.api.schemas import ERRORS, Envelope

router = APIRouter(tags=["analyses"], responses=ERRORS)

Data = Envelope[dict[str, Any]]


@router.get("/extremes/{category}", response_model=Data,
            summary="Record days, weeks or months, the highs of each year, a day's rank")
def extremes(
    request: Request,
    record: RecordDep,
    category: CategoryPath,
    by: Annotated[Literal["day", "week", "month"], Query()] = "day",
    top: Annotated[int, Query(ge=1, le=100)] = 10,
    start: StartQuery = None,
    end: EndQuery = None,
    include_corrections: bool = False,
    rank_of: Annotated[date | None, Query(description="rank this day among all days")] = None,
    convention: ConventionQuery = "loss",
    as_of: AsOfQuery = None,
) -> Response:
    """The top ``top`` periods; days holding a stated correction are listed apart."""
    return answer_response(
        record.extremes(category, convention=convention, by=by, top=top, start=start, end=end,
                        include_corrections=include_corrections, rank_of=rank_of, as_of=as_of),
        data_version=version(request))


@router.get("/trend/{category}", response_model=Data,
            summary="Rolling means, change points, and streaks above a threshold")
def trend(
    request: Request,
    record: RecordDep,
    category: CategoryPath,
    start: StartQuery = None,
    end: EndQuery = None,
    since: Annotated[date | None, Query(description="compare the days since this one")] = None,
    threshold: Annotated[int | None, Query(ge=0, description="streaks at/above this")] = None,
    convention: ConventionQuery = "loss",
    as_of: AsOfQuery = None,
) -> Response:
    """Rolling means and change points (default: the last 180 days)."""
    return answer_response(
        record.trend(category, convention=convention, start=start, end=end, since=since,
                     threshold=threshold, as_of=as_of),
        data_version=version(request))


@router.get("/forecast/{category}", response_model=Data,
            summary="When a milestone falls, with 50/80/95% intervals")
def forecast(
    request: Request,
    record: RecordDep,
    category: CategoryPath,
    milestone: Annotated[list[Annotated[int, Field(ge=1, le=10**9)]] | None,
                         Query(max_length=10, description="milestones (repeatable)")] = None,
    as_of: AsOfQuery = None,
    convention: ConventionQuery = "loss",
) -> Response:
    """Milestone crossings (default: the next round numbers) seeing nothing after ``as_of``."""
    return answer_response(
        record.forecast(category, milestone or None, as_of=as_of, convention=convention),
        data_version=version(request))


@router.get("/backtest/{category}", response_model=Envelope[list[dict[str, Any]]],
            summary="How well past milestone forecasts did, per horizon")
def backtest(request: Request, record: RecordDep, category: CategoryPath,
             as_of: AsOfQuery = None) -> Response:
    """Coverage and error of the forecasts made at past origins (report dates)."""
    return answer_response(record.backtest(category, as_of=as_of),
                           data_version=version(request))
