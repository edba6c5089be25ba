"""The daily infographic ("card"): every current category with its total and (+N), one image.

In the spirit of the General Staff's morning card, but our own design: personnel across
the top, the equipment categories in a grid, both dates named (the report and the loss
day), the source line and the data version. Sizes are exact pixels for social media
(1080×1080 square, 1200×675 landscape). matplotlib is imported lazily (Agg backend).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.errors import UsageError
from attrition.model.categories import CURRENT_KEYS, get_category
from attrition.model.dates import loss_date, war_day
from attrition.model.series import SeriesRow
from attrition.publish.chart_frame import OKABE_ITO, SOURCE_LINE, image_format, pyplot, style
from attrition.publish.i18n import (
    Lang,
    category_label,
    check_lang,
    format_date,
    format_number,
    format_signed,
)
from attrition.publish.inputs import Record
from attrition.publish.outputs import output_file, writing
from attrition.publish.version import DataVersion, data_version

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

CARD_SIZES: dict[str, tuple[int, int]] = {"1080x1080": (1080, 1080), "1200x675": (1200, 675)}
DPI = 100  # 1 inch = 100 px, so the figure size in inches gives exact pixels
HEADER = OKABE_ITO["blue"]
PLUS = OKABE_ITO["vermillion"]
INK = "#1A1A1A"
MUTED = "#5A5A5A"
CELL = "#F1F4F8"


@dataclass(frozen=True)
class CardItem:
    """One category on the card: total and the day's (+N) as the report prints it."""

    category: str
    total: int
    plus: int | None  # printed "(+N)" when known, else the difference of totals
    span_days: int  # > 1 when the previous report is missing (the + covers several days)
    is_approximate: bool
    report_date: date
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardResult:
    """A written card."""

    path: Path
    width_px: int
    height_px: int
    report_date: date
    loss_date: date
    lang: str
    items: tuple[CardItem, ...]
    version: DataVersion

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "path": str(self.path), "width_px": self.width_px, "height_px": self.height_px,
            "report_date": self.report_date, "loss_date": self.loss_date, "lang": self.lang,
            "items": [vars(i) for i in self.items], "data_version": self.version.to_dict(),
        }


def card_items(record: Record) -> list[CardItem]:
    """Return the latest figure of every current category that was reported on the latest day."""
    latest: list[tuple[str, SeriesRow]] = []
    for key in CURRENT_KEYS:
        series = record.series[key]
        if series.rows:
            latest.append((key, series.rows[-1]))
    if not latest:
        raise UsageError("the record holds no figures yet (run `attrition ingest PATH` first)")
    day = max(row.report_date for _, row in latest)
    return [
        CardItem(key, row.total,
                 row.increment_printed if row.increment_printed is not None
                 else row.increment_diff,
                 row.span_days, row.is_approximate, row.report_date, row.sources)
        for key, row in latest
        if get_category(key).exists_on(day)
    ]


def _parse_size(size: str) -> tuple[int, int]:
    try:
        return CARD_SIZES[size]
    except KeyError:
        raise UsageError(f"card size {size!r}: use one of {', '.join(CARD_SIZES)}",
                         input=size) from None


def _wrap(text: str, width_px: float, font_px: float) -> str:
    chars = max(8, int(width_px / (font_px * 0.62)))  # DejaVu Sans averages ~0.6 em a glyph
    return textwrap.fill(text, chars)


def _heading(report: date, lang: Lang) -> tuple[str, str]:
    lost = loss_date(report)
    if lang == "uk":
        return (
            "Загальні бойові втрати противника",
            f"з 24 лютого 2022 року по {format_date(report, lang)} · {war_day(report)}-й день "
            f"війни\nу дужках — втрати за {format_date(lost, lang, with_year=False)}",
        )
    return (
        "Russia's total combat losses",
        f"24 February 2022 – {format_date(report, lang)} · day {war_day(report)} of the war"
        f"\nin brackets: losses of {format_date(lost, lang, with_year=False)}",
    )


def _plus_text(item: CardItem, lang: Lang) -> str:
    if item.plus is None:
        return ""
    text = f"({format_signed(item.plus, lang)})"
    if item.span_days > 1:
        text += f" {item.span_days} " + ("дн." if lang == "uk" else "days")
    return text


def _draw(items: list[CardItem], report: date, lang: Lang, width: int, height: int,
          version: DataVersion) -> Figure:
    plt = pyplot()
    fig: Figure = plt.figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    fig.patch.set_facecolor("white")
    pt = 72 / DPI  # points per pixel
    square = height / width > 0.8
    pad = 0.04 * width
    title, subtitle = _heading(report, lang)
    header_h = (0.15 if square else 0.19) * height
    fig.add_artist(plt.Rectangle((0, 1 - header_h / height), 1, header_h / height,
                                 transform=fig.transFigure, color=HEADER, zorder=0))
    fig.text(pad / width, 1 - 0.30 * header_h / height, title, color="white",
             fontsize=(44 if square else 38) * pt, fontweight="bold", va="center")
    sub_px = 19 if square else 16
    fig.text(pad / width, 1 - 0.72 * header_h / height,
             "\n".join(_wrap(line, width - 2 * pad, sub_px) for line in subtitle.split("\n")),
             color="white",
             fontsize=sub_px * pt, va="center", linespacing=1.2)
    pairs: list[tuple[Any, Any]] = []  # (total, plus) texts that must not touch
    personnel = next((i for i in items if i.category == "personnel"), None)
    others = [i for i in items if i.category != "personnel"]
    top = 1 - header_h / height - 0.02
    if personnel is not None:
        band = (0.16 if square else 0.19)
        y = top - band / 2
        label = category_label("personnel", lang, capitalise=True)
        approx = (" (близько)" if lang == "uk" else " (about)") if personnel.is_approximate else ""
        fig.text(pad / width, y + band * 0.26, label + approx, color=MUTED,
                 fontsize=(24 if square else 21) * pt, va="center")
        big = fig.text(pad / width, y - band * 0.14, format_number(personnel.total, lang),
                       color=INK, fontsize=(78 if square else 66) * pt, fontweight="bold",
                       va="center")
        plus = fig.text(1 - pad / width, y - band * 0.14, _plus_text(personnel, lang),
                        color=PLUS, fontsize=(50 if square else 44) * pt, fontweight="bold",
                        va="center", ha="right")
        pairs.append((big, plus))
        top -= band + 0.015
    cols = 3 if square else 5
    rows = max(1, -(-len(others) // cols))
    footer = 0.085 if square else 0.13
    cell_h = (top - footer) / rows
    cell_w = (1 - 2 * pad / width) / cols
    gap = 0.008
    for n, item in enumerate(others):
        r, c = divmod(n, cols)
        x0 = pad / width + c * cell_w
        y0 = top - (r + 1) * cell_h
        fig.add_artist(plt.Rectangle((x0 + gap / 2, y0 + gap / 2), cell_w - gap, cell_h - gap,
                                     transform=fig.transFigure, color=CELL, zorder=0))
        label_px = 17 if square else 14
        fig.text(x0 + 0.012, y0 + cell_h * (0.88 if square else 0.89),
                 _wrap(category_label(item.category, lang), cell_w * width - 20, label_px),
                 color=MUTED, fontsize=label_px * pt, va="top", linespacing=1.1)
        number_px = 40 if square else 30
        base = y0 + cell_h * (0.12 if square else 0.10)
        total = fig.text(x0 + 0.012, base, format_number(item.total, lang), color=INK,
                         fontsize=number_px * pt, fontweight="bold", va="bottom")
        plus = fig.text(x0 + cell_w - 0.014, base, _plus_text(item, lang),
                        color=PLUS if item.plus else MUTED,
                        fontsize=(24 if square else 18) * pt, fontweight="bold", va="bottom",
                        ha="right")
        pairs.append((total, plus))
    _fit(fig, pairs)
    fig.text(pad / width, footer * 0.62, SOURCE_LINE[lang], color=INK,
             fontsize=16 * pt, va="center")
    fig.text(pad / width, footer * 0.24, version.label_for(lang), color=MUTED,
             fontsize=12.5 * pt, va="center")
    return fig


def _fit(fig: Figure, pairs: list[tuple[Any, Any]], gap_px: float = 10.0) -> None:
    """Shrink each total until it clears its (+N): six-digit totals meet four-digit pluses."""
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    for total, plus in pairs:
        if not plus.get_text():
            continue
        right = plus.get_window_extent(renderer).x0 - gap_px
        size = total.get_fontsize()
        while total.get_window_extent(renderer).x1 > right and size > 8:
            size *= 0.93
            total.set_fontsize(size)
            plus.set_fontsize(plus.get_fontsize() * 0.97)
            right = plus.get_window_extent(renderer).x0 - gap_px


def render_card(
    record: Record,
    out: Path,
    *,
    lang: str = "en",
    size: str = "1080x1080",
) -> CardResult:
    """Draw the daily card (as known on the record's as_of) into ``out`` at an exact size.

    Raises:
        UsageError: an unknown size, language or extension, or an empty record.
    """
    image_format(out)
    width, height = _parse_size(size)
    language = check_lang(lang)
    items = card_items(record)
    report = max(i.report_date for i in items)
    version = data_version(record)
    plt = pyplot()
    with plt.rc_context(style()):
        fig = _draw(items, report, language, width, height, version)
        output_file(out)
        try:
            if out.suffix.lower() == ".png":
                with writing(out):
                    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
            else:
                with writing(out):
                    fig.savefig(out, format="svg", metadata={"Date": None})
        finally:
            plt.close(fig)
    return CardResult(out, width, height, report, loss_date(report), language, tuple(items),
                      version)
