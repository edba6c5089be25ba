"""Charts (PNG/SVG), exports (CSV, JSON, Parquet, datapackage; zipped), the brief, CSV tables."""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from starlette.responses import Response

from attrition.api.deps import AsOfQuery, CategoryPath, EndQuery, RecordDep, StartQuery
from attrition.api.envelope import answer_response
from attrition.api.routes.losses import version
from attrition.api.schemas import ERRORS, By, Envelope

router = APIRouter(tags=["files"], responses=ERRORS)

ChartKind = Literal["daily", "monthly", "cumulative", "categories", "calendar", "yoy", "compare",
                    "territory"]
Lang = Annotated[Literal["en", "uk"], Query(description="language of titles and labels")]
MEDIA = {"png": "image/png", "svg": "image/svg+xml"}


@router.get("/charts/{lang}/{kind}/{category}.{fmt}", summary="A chart as PNG or SVG",
            responses={200: {"content": {"image/png": {}, "image/svg+xml": {}}}})
def chart(
    record: RecordDep,
    lang: Literal["en", "uk"],
    kind: ChartKind,
    category: CategoryPath,
    fmt: Literal["png", "svg"],
    start: StartQuery = None,
    end: EndQuery = None,
    as_of: AsOfQuery = None,
) -> Response:
    """Draw chart ``kind`` of ``category`` (the colour-blind-safe palette of the PNG charts)."""
    with tempfile.TemporaryDirectory(prefix="attrition-chart-") as tmp:
        out = Path(tmp) / f"chart.{fmt}"
        record.chart(kind, category, output=out, start=start, end=end, as_of=as_of, lang=lang)
        body = out.read_bytes()
    return Response(body, media_type=MEDIA[fmt])


@router.get("/cards/{lang}.png", summary="The daily card (infographic) as PNG",
            responses={200: {"content": {"image/png": {}}}})
def card(record: RecordDep, lang: Literal["en", "uk"], as_of: AsOfQuery = None) -> Response:
    """The latest day's figures with both dates, as the 1080×1080 daily card."""
    with tempfile.TemporaryDirectory(prefix="attrition-card-") as tmp:
        out = Path(tmp) / "card.png"
        record.card(output=out, as_of=as_of, lang=lang)
        body = out.read_bytes()
    return Response(body, media_type="image/png")


@router.get("/exports/{fmt}.zip", summary="The whole record as open data, zipped",
            responses={200: {"content": {"application/zip": {}}}})
def export(record: RecordDep, fmt: Literal["csv", "json", "parquet", "datapackage"],
           as_of: AsOfQuery = None) -> Response:
    """Every table in ``fmt`` with its provenance files (datapackage: CSV + datapackage.json)."""
    buffer = io.BytesIO()
    with tempfile.TemporaryDirectory(prefix="attrition-export-") as tmp:
        record.export(tmp, fmt, as_of=as_of)
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(Path(tmp).rglob("*")):
                if path.is_file():
                    archive.write(path, f"attrition-{fmt}/{path.relative_to(tmp)}")
    return Response(buffer.getvalue(), media_type="application/zip", headers={
        "content-disposition": f'attachment; filename="attrition-{fmt}.zip"'})


@router.get("/brief", response_model=Envelope[dict[str, Any]],
            summary="The newsroom brief of the day (text, Markdown or HTML)")
@router.get("/brief.json", include_in_schema=False)
def brief(
    request: Request,
    record: RecordDep,
    lang: Lang = "en",
    fmt: Annotated[Literal["text", "md", "html"], Query(alias="format")] = "text",
    as_of: AsOfQuery = None,
) -> Response:
    """Each figure of the brief says its date convention."""
    return answer_response(record.brief(as_of=as_of, lang=lang, fmt=fmt),
                           data_version=version(request))


def rows_csv(rows: list[dict[str, Any]]) -> str:
    """Return JSON records as CSV text (columns of the first row; nested values as text)."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore",
                                lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
    return out.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    if hasattr(value, "value"):
        return value.value
    return "" if value is None else value


@router.get("/periods/{category}/{by}.csv", summary="Period sums as CSV (loss dates)",
            responses={200: {"content": {"text/csv": {}}}})
def periods_csv(
    record: RecordDep,
    category: CategoryPath,
    by: By,
    convention: Annotated[Literal["loss", "report"], Query()] = "loss",
    as_of: AsOfQuery = None,
) -> Response:
    """One row per period: value, completeness, comparisons; the convention is a column."""
    answer = record.periods(category, by, convention=convention, as_of=as_of)
    return Response(rows_csv(answer.to_dict()), media_type="text/csv; charset=utf-8", headers={
        "content-disposition": f'attachment; filename="{category}-{by}-{convention}.csv"'})
