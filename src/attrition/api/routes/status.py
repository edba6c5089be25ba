"""``/v1/status``, ``/v1/sources``, ``/v1/findings``, ``/v1/version``: what the record holds."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from attrition.api.deps import EndQuery, RecordDep, StartQuery
from attrition.api.envelope import answer_response, envelope, json_response
from attrition.api.routes.losses import version
from attrition.api.schemas import ERRORS, Envelope

router = APIRouter(tags=["record"], responses=ERRORS)


@router.get("/status", response_model=Envelope[dict[str, Any]],
            summary="Sources, the latest report, counts, findings by kind, freshness")
@router.get("/sources", response_model=Envelope[dict[str, Any]], include_in_schema=False)
@router.get("/status.json", include_in_schema=False)
def status(request: Request, record: RecordDep) -> Response:
    """What the record holds and how fresh it is (not where: the database URL stays private)."""
    answer = record.status()
    data = {k: v for k, v in answer.to_dict().items() if k != "database"}
    return json_response(envelope(data, {**answer.meta(), "data_version": version(request)}))


@router.get("/findings", response_model=Envelope[list[dict[str, Any]]],
            summary="What the checks flagged: corrections, disagreements, gaps")
@router.get("/findings.json", include_in_schema=False)
def findings(
    request: Request,
    record: RecordDep,
    kind: Annotated[str | None, Query(max_length=40, description="e.g. increment_mismatch")]
    = None,
    category: Annotated[str | None, Query(max_length=80)] = None,
    start: StartQuery = None,
    end: EndQuery = None,
) -> Response:
    """Stored findings, optionally of one kind or category, between report dates."""
    return answer_response(record.findings(kind=kind, category=category, start=start, end=end),
                           data_version=version(request))


@router.get("/version", response_model=Envelope[dict[str, Any]],
            summary="The data version: latest report, content digest, row count")
@router.get("/version.json", include_in_schema=False)
def data_version(request: Request, record: RecordDep) -> Response:
    """The version every published output prints (content hash of the consensus figures)."""
    return answer_response(record.data_version(), data_version=version(request))
