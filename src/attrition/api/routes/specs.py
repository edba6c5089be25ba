"""``/v1/specs/…``: Vega-Lite specs the desk draws (path-only URLs, so a static copy has them)."""

from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Request
from starlette.responses import Response

from attrition.api.deps import CategoryPath, RecordDep
from attrition.api.envelope import json_response
from attrition.api.schemas import ERRORS, By

router = APIRouter(tags=["charts"], responses=ERRORS)

Lang = Literal["en", "uk"]


@router.get("/specs/{lang}/{category}/{by}/{convention}.json",
            summary="The explorer chart as a Vega-Lite spec (data inline)",
            response_model=dict[str, Any])
def series_spec(request: Request, record: RecordDep, lang: Lang, category: CategoryPath,
                by: By, convention: Literal["loss", "report"]) -> Response:
    """Bars per period (or the daily line with its 7-day mean, change points and records)."""
    return json_response(record.series_spec(category, by=by, convention=convention,
                                            lang=lang).to_dict())


@router.get("/specs/{lang}/forecast/{category}.json",
            summary="The milestone forecast fan as a Vega-Lite spec",
            response_model=dict[str, Any])
def forecast_spec(request: Request, record: RecordDep, lang: Lang,
                  category: CategoryPath) -> Response:
    """Reported totals, then the expected total with 50/80/95% bands."""
    return json_response(record.forecast_spec(category, lang=lang).to_dict())


@router.get("/specs/{lang}/compare/{category}.json",
            summary="The compare chart (official vs Oryx, end-of-month totals) as a Vega-Lite spec",
            response_model=dict[str, Any])
def compare_spec(request: Request, record: RecordDep, lang: Lang,
                 category: CategoryPath) -> Response:
    """One line per side: the General Staff's total and Oryx's, at each month's end."""
    return json_response(record.compare_spec(category, lang=lang).to_dict())


@router.get("/specs/{lang}/territory.json",
            summary="The territory chart (net km² per month) as a Vega-Lite spec",
            response_model=dict[str, Any])
def territory_spec(request: Request, record: RecordDep, lang: Lang) -> Response:
    """One bar per month: occupied area gained (up) or lost (down), DeepState."""
    return json_response(record.territory_spec(lang=lang).to_dict())
