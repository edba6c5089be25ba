"""Warming the reply cache: the hot routes are answered once per data version, before a reader asks.

After an update (the change token moves) the first reader of ``/v1/latest``, the month
series or the desk's front page would otherwise pay the whole recomputation (seconds
for the brief). Each worker runs :func:`warm_forever` beside its server: whenever it
sees a new token it asks its own app for the hot paths in process (no socket), which
fills the :class:`~attrition.api.cache.CacheMiddleware` entries under the new token.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from starlette.concurrency import run_in_threadpool

from attrition.log import get_logger

log = get_logger(__name__)

HOT_PATHS: tuple[str, ...] = ("/v1/latest", "/v1/latest.json", "/v1/version", "/v1/status",
                              "/v1/losses/personnel?by=month")
MIN_INTERVAL_S = 1.0


async def warm_once(app: Any, paths: Sequence[str]) -> int:
    """Ask ``app`` for each of ``paths`` in process; return how many answered 200."""
    import httpx

    answered = 0
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://warm") as client:
        for path in paths:
            try:
                reply = await client.get(path, timeout=None)
            except Exception as err:  # noqa: BLE001 - warming must never stop the server
                log.warning("warming %s failed: %s", path, err)
                continue
            answered += reply.status_code == 200
    return answered


async def warm_forever(app: Any, paths: Sequence[str], check_s: float) -> None:
    """Warm ``paths`` now and again each time the data's change token moves (until cancelled)."""
    warmed = None
    while True:
        token = await run_in_threadpool(app.state.watch.current)
        if token != warmed:
            answered = await warm_once(app, paths)
            log.info("warmed %d of %d hot paths for data %s", answered, len(paths), token)
            warmed = token
        await asyncio.sleep(max(check_s, MIN_INTERVAL_S))
