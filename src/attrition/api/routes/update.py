"""``POST /v1/update``: fetch the newest reports; only with the bearer token from the environment."""

from __future__ import annotations

import hmac
from typing import Annotated, Any

from fastapi import APIRouter, Header, HTTPException, Query, Request
from pydantic import Field
from starlette.responses import Response

from attrition.api.deps import SettingsDep
from attrition.api.envelope import answer_response
from attrition.api.schemas import ERRORS, Envelope

router = APIRouter(tags=["update"], responses=ERRORS)


@router.post("/update", response_model=Envelope[dict[str, Any]],
             summary="Fetch and ingest the newest reports (needs ATTRITION_API_TOKEN)",
             responses={401: {"description": "no or wrong bearer token"},
                        403: {"description": "the server is read-only"}})
def update(
    request: Request,
    settings: SettingsDep,
    authorization: Annotated[str | None, Header()] = None,
    source: Annotated[list[Annotated[str, Field(max_length=40)]] | None,
                      Query(max_length=20, description="only these sources (repeatable)")]
    = None,
) -> Response:
    """Run one update in its own connection, so reads go on (WAL) while it writes.

    The sources are asked at ``ATTRITION_BASE_URL`` when it is set (a private mirror).
    """
    import attrition

    if settings.api_token is None:
        raise HTTPException(403, "this server is read-only: set ATTRITION_API_TOKEN to allow "
                            "updates")
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(given.encode(), settings.api_token.encode()):
        raise HTTPException(401, "missing or wrong bearer token",
                            headers={"WWW-Authenticate": "Bearer"})
    with attrition.open(settings.db) as writer:
        answer = writer.update(source or (), default_base_url=settings.base_url)
    request.app.state.watch.expire()
    return answer_response(answer)
