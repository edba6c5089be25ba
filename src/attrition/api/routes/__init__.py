"""One router per resource; :data:`ROUTERS` is what the app factory mounts under ``/v1``."""

from __future__ import annotations

from attrition.api.routes import (
    analyses,
    check,
    files,
    independent,
    losses,
    specs,
    status,
    update,
)

ROUTERS = (losses.router, analyses.router, status.router, check.router, files.router, specs.router,
           update.router, independent.router)
