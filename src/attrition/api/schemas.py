"""Response models of the API (the OpenAPI schema), separate from the store's rows."""

from __future__ import annotations

from datetime import date
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

Convention = Literal["loss", "report"]
By = Literal["day", "week", "month", "quarter", "year"]


class Meta(BaseModel):
    """How to read ``data``: date convention, as_of, sources, data version (+ extras)."""

    model_config = ConfigDict(extra="allow")
    convention: Convention | None = Field(
        None, description="loss: days are loss dates (report date − 1); report: publication dates"
    )
    as_of: date | None = None
    sources: list[str] = []
    data_version: str | None = Field(None, description="change token of the data answered from")


class Envelope(BaseModel, Generic[T]):
    """The success envelope, the same as the CLI's ``--json``."""

    ok: Literal[True]
    data: T
    meta: Meta


class IndependentMeta(Meta):
    """The meta of an answer beside the record: its convention is said in words."""

    convention: str | None = Field(  # type: ignore[assignment]
        None, description="each side's date convention, e.g. 'map_state' (DeepState) or "
        "'report (on a day) / loss (months)' (official vs Oryx)")


class IndependentEnvelope(BaseModel, Generic[T]):
    """The success envelope of compare and territory."""

    ok: Literal[True]
    data: T
    meta: IndependentMeta


class ErrorBody(BaseModel):
    """What went wrong, with the offending input where there is one."""

    model_config = ConfigDict(extra="allow")
    type: str
    message: str


class ErrorEnvelope(BaseModel):
    """The one error shape of every 4xx/5xx reply."""

    ok: Literal[False]
    status: int
    error: ErrorBody
    errors: list[dict[str, Any]] = []


class LossRow(BaseModel):
    """One consensus figure: both dates, the total, the printed and the diff increments."""

    model_config = ConfigDict(extra="allow")
    category: str
    report_date: date
    loss_date: date
    total: int
    increment_printed: int | None
    increment_diff: int | None
    is_approximate: bool
    has_correction: bool
    span_days: int
    sources: list[str]


class PeriodRow(BaseModel):
    """The sum of one period, how complete it is and how it compares."""

    model_config = ConfigDict(extra="allow")
    period: str
    start: date
    end: date
    value: int | None
    days_present: int
    days_expected: int
    complete: bool


class CheckRequest(BaseModel):
    """An article (or a sentence) to check, and how to read it."""

    model_config = ConfigDict(extra="forbid")
    text: str = Field(min_length=1, max_length=200_000)
    as_of: date | None = Field(None, description="judge with what was known on this day")
    lang: Literal["en", "uk"] | None = Field(None, description="language of the text (guessed)")
    explain_lang: Literal["en", "uk"] | None = Field(None, description="language of the reasons")


ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorEnvelope, "description": text}
    for code, text in (
        (400, "bad request (a bad option value, no data for the question)"),
        (404, "unknown category or resource"),
        (422, "a parameter failed validation (the error names it)"),
    )
}
