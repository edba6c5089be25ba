"""The desk app for the serve benchmark: the usual app plus /bench-files (a static folder).

uvicorn imports it by name in each worker (``serve_app:app --factory``); the folder holds
a copy of /v1/latest's bytes, served by the same server for the side-by-side baseline.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from attrition.api.settings import serve_settings
from attrition.web import create_desk_app


def app() -> FastAPI:
    """Return the desk with /bench-files mounted from $BENCH_FILES."""
    # warming off: the bench measures steady-state hits after its own warm-up round; the
    # start-up warming (the desk's front page and 30 feed briefs) would share the 2 cores
    # with the measured rounds
    return create_desk_app(serve_settings(warm=False),
                           extra_static={"/bench-files": Path(os.environ["BENCH_FILES"])})
