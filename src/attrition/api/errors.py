"""Every error leaves as one JSON shape: ``{"ok": false, "status", "error", "errors"}``.

AttritionError subclasses map to HTTP statuses here and only here (datasette's
``handle_exception``); request validation failures name the offending field (``loc``).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException
from starlette.responses import Response

from attrition.api.envelope import dumps, error_payload
from attrition.errors import (
    AttritionError,
    ParseError,
    SourceError,
    StoreError,
    UnknownCategoryError,
    UsageError,
)
from attrition.log import get_logger

log = get_logger(__name__)

STATUS_OF: tuple[tuple[type[AttritionError], int], ...] = (
    (UnknownCategoryError, 404),
    (UsageError, 400),
    (ParseError, 422),
    (StoreError, 503),
    (SourceError, 502),
    (AttritionError, 400),
)


def status_of(err: AttritionError) -> int:
    """Return the HTTP status of an AttritionError."""
    return next(code for kind, code in STATUS_OF if isinstance(err, kind))


def error_response(status: int, error: dict[str, Any],
                   errors: list[dict[str, Any]] | None = None,
                   headers: dict[str, str] | None = None) -> Response:
    """Return the JSON error response."""
    return Response(dumps(error_payload(status, error, errors)), status_code=status,
                    media_type="application/json", headers=headers)


async def _attrition(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, AttritionError)
    return error_response(status_of(exc), exc.to_dict())


async def _validation(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = [
        {"loc": [str(p) for p in e.get("loc", ())], "msg": e.get("msg", ""),
         "type": e.get("type", ""), "input": _short(e.get("input"))}
        for e in exc.errors()
    ]
    first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
    loc = first["loc"]
    field = str(loc[1]) if len(loc) > 1 else (str(loc[0]) if loc else "")
    message = f"{field}: {first['msg']}" if field else str(first["msg"])
    return error_response(422, {"type": "RequestValidationError", "message": message,
                                "field": field or None}, errors)


async def _http(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = f"no such resource: {request.url.path}"
    return error_response(exc.status_code, {"type": "HTTPError", "message": message},
                          headers=dict(exc.headers) if exc.headers else None)


async def _unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unexpected error on %s %s", request.method, request.url.path)
    return error_response(500, {"type": "InternalError",
                                "message": "internal error; it has been logged"})


def _short(value: Any) -> Any:
    if isinstance(value, str) and len(value) > 200:
        return value[:200] + "…"
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return None


def install_error_handlers(app: FastAPI) -> None:
    """Map every error the app can raise to the JSON error shape."""
    app.add_exception_handler(AttritionError, _attrition)
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(Exception, _unexpected)
