"""Typed dependencies of the routes: the open record, the settings, shared query parameters."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Path, Query, Request

from attrition.api.schemas import Convention
from attrition.api.settings import ServeSettings

if TYPE_CHECKING:  # pragma: no cover
    from attrition.library import Attrition


def get_record(request: Request) -> Attrition:
    """Return the record the app opened at start."""
    record: Attrition = request.app.state.record
    return record


def get_settings(request: Request) -> ServeSettings:
    """Return the validated settings of this process."""
    settings: ServeSettings = request.app.state.settings
    return settings


RecordDep = Annotated["Attrition", Depends(get_record)]
SettingsDep = Annotated[ServeSettings, Depends(get_settings)]
CategoryPath = Annotated[str, Path(description="category key or alias, e.g. personnel, tanks",
                                   max_length=80)]
ConventionQuery = Annotated[Convention, Query(
    description="loss: dates are loss dates (report date − 1, default); report: publication dates"
)]
AsOfQuery = Annotated[date | None, Query(description="answer with what was known on this day")]
StartQuery = Annotated[date | None, Query(alias="from", description="first day (inclusive)")]
EndQuery = Annotated[date | None, Query(alias="to", description="last day (inclusive)")]
