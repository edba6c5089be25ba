"""``POST /v1/check``: an article in, one verdict per claim out (size-limited, cached)."""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any

from fastapi import APIRouter, Request
from starlette.responses import Response

from attrition.api.deps import RecordDep
from attrition.api.envelope import dumps, envelope
from attrition.api.routes.losses import version
from attrition.api.schemas import ERRORS, CheckRequest, Envelope

router = APIRouter(tags=["check"], responses=ERRORS)

MAX_CACHED = 256
_LOCK = threading.Lock()


def _key(body: CheckRequest, token: str) -> str:
    raw = "\x00".join([token, str(body.as_of), str(body.lang), str(body.explain_lang), body.text])
    return hashlib.sha256(raw.encode()).hexdigest()


@router.post("/check", response_model=Envelope[dict[str, Any]],
             summary="Check every loss figure in a text; verdicts with evidence",
             responses={413: {"description": "the body is over the size limit"}})
def check(request: Request, record: RecordDep, body: CheckRequest) -> Response:
    """The same answer as ``attrition check --json``; the same text and data answer from memory."""
    token = version(request)
    cache: OrderedDict[str, bytes] = request.app.state.check_cache
    key = _key(body, token)
    with _LOCK:
        cached = cache.get(key)
    if cached is None:
        answer = record.check(body.text, as_of=body.as_of, lang=body.lang,
                              explain_lang=body.explain_lang)
        cached = dumps(envelope(answer.to_dict(), {**answer.meta(), "data_version": token}))
        with _LOCK:  # routes run in a thread pool
            cache[key] = cached
            if len(cache) > MAX_CACHED:
                cache.popitem(last=False)
    return Response(cached, media_type="application/json")
