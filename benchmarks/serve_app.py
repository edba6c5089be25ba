"""The desk app for the serve benchmark: the usual app plus /bench-files (a static folder).

uvicorn imports it by name in each worker (``serve_app:app --factory``); the folder holds
a copy of /v1/latest's bytes, served by the same server for the side-by-side baseline.
"""

from __future__ import annotations

import os
from pathlib import Path

from fastapi import FastAPI

from attrition.web import create_desk_app


def app() -> FastAPI:
    """Return the desk with /bench-files mounted from $BENCH_FILES."""
    return create_desk_app(extra_static={"/bench-files": Path(os.environ["BENCH_FILES"])})
