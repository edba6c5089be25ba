"""``/v1/compare/{category}`` and ``/v1/territory``: independent counts and territory beside the record.

The independent sources never vote in the official series; these answers set them side
by side, each with its date convention and caveats in words.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from attrition.api.deps import CategoryPath, EndQuery, RecordDep, StartQuery
from attrition.api.envelope import answer_response
from attrition.api.routes.losses import version
from attrition.api.schemas import ERRORS, IndependentEnvelope

router = APIRouter(tags=["independent"], responses=ERRORS)

Data = IndependentEnvelope[dict[str, Any]]
NAMED_DEATHS = ("personnel", "named_deaths")


@router.get("/compare/{category}", response_model=Data,
            summary="The official figure beside Oryx (equipment) or the named dead (personnel)")
@router.get("/compare/{category}.json", include_in_schema=False)
def compare(
    request: Request,
    record: RecordDep,
    category: CategoryPath,
    on: Annotated[date | None, Query(description="what each side had published by this day")]
    = None,
    by: Annotated[Literal["month"] | None, Query(description="both series per month")] = None,
    start: StartQuery = None,
    end: EndQuery = None,
    country: Literal["Russia", "Ukraine"] = "Russia",
) -> Response:
    """Equipment: General Staff vs Oryx's photo-confirmed count, with the ratio and caveats;
    ``personnel``: the named dead (Mediazona/BBC) beside the General Staff's killed+wounded."""
    if category in NAMED_DEATHS:
        return answer_response(record.named_deaths(), data_version=version(request))
    return answer_response(
        record.compare(category, on=on, by=by, start=start, end=end, country=country),
        data_version=version(request))


@router.get("/territory", response_model=Data,
            summary="Occupied area gained or lost per day, week or month (DeepState)")
@router.get("/territory.json", include_in_schema=False)
def territory(
    request: Request,
    record: RecordDep,
    by: Annotated[Literal["day", "week", "month"], Query()] = "month",
    on: Annotated[date | None, Query(description="only the period of this day, ranked")] = None,
    start: StartQuery = None,
    end: EndQuery = None,
    compare: Annotated[bool, Query(description="with on: a place of about the same size")]
    = False,
) -> Response:
    """Net change of occupied area per period (map-state dates), its rank and "size of X"."""
    return answer_response(
        record.territory(by=by, on=on, start=start, end=end, compare_size=compare),
        data_version=version(request))
