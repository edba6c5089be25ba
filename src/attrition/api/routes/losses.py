"""``/v1/latest``, ``/v1/losses/{category}`` and ``/v1/periods/{category}``: the figures."""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
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
from attrition.api.schemas import ERRORS, By, Envelope, LossRow, PeriodRow

router = APIRouter(tags=["losses"], responses=ERRORS)

WeekStart = Annotated[Literal["mon", "sun"], Query(description="first day of a week")]


def version(request: Request) -> str:
    """Return the change token of the data this worker answers from."""
    token: str = request.app.state.watch.current()
    return token


@router.get("/latest", response_model=Envelope[list[LossRow]],
            summary="The latest figure of every category, with both dates")
@router.get("/latest.json", include_in_schema=False)
def latest(request: Request, record: RecordDep, as_of: AsOfQuery = None,
           convention: ConventionQuery = "loss") -> Response:
    """Every category's latest consensus row (as known on ``as_of``)."""
    return answer_response(record.latest(as_of=as_of, convention=convention),
                           data_version=version(request))


@router.get("/losses/{category}", response_model=Envelope[list[LossRow]] | Envelope[list[PeriodRow]],
            summary="Figures of one category on a day, over a range, or summed by period")
@router.get("/losses/{category}.json", include_in_schema=False)
def losses(
    request: Request,
    record: RecordDep,
    category: CategoryPath,
    on: Annotated[date | None, Query(description="one day")] = None,
    start: StartQuery = None,
    end: EndQuery = None,
    by: Annotated[By | None, Query(description="sum by day/week/month/quarter/year")] = None,
    convention: ConventionQuery = "loss",
    as_of: AsOfQuery = None,
    week_start: WeekStart = "mon",
) -> Response:
    """Rows for a day (``on``) or a range (``from``/``to``), else the latest; ``by`` sums."""
    if by is not None:
        return answer_response(
            record.periods(category, by, convention=convention, start=on or start,
                           end=on or end, week_start=week_start, as_of=as_of),
            data_version=version(request))
    return answer_response(
        record.losses(category, on=on, start=start, end=end, convention=convention,
                      as_of=as_of),
        data_version=version(request))


@router.get("/periods/{category}", response_model=Envelope[list[PeriodRow]],
            summary="Period sums: day, week, month, quarter, year, or one custom range")
def periods(
    request: Request,
    record: RecordDep,
    category: CategoryPath,
    by: Annotated[By | Literal["custom"], Query(description="period; custom needs from and to")]
    = "month",
    start: StartQuery = None,
    end: EndQuery = None,
    convention: ConventionQuery = "loss",
    as_of: AsOfQuery = None,
    week_start: WeekStart = "mon",
) -> Response:
    """One row per period under ``convention``, with completeness and comparisons."""
    return answer_response(
        record.periods(category, by, convention=convention, start=start, end=end,
                       week_start=week_start, as_of=as_of),
        data_version=version(request))


@router.get("/periods/{category}/{by}.json", include_in_schema=False)
def periods_file(request: Request, record: RecordDep, category: CategoryPath,
                 by: By) -> Response:
    """The parameter-free form the static site writes (loss dates)."""
    return periods(request, record, category, by, None, None, "loss", None, "mon")
