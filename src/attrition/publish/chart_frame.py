"""What every chart shares (matplotlib, PNG or SVG by the file's extension): frame, style, saving.

This module owns the colour-blind-safe palette (Okabe–Ito), the type sizes (legible
when the image is shown 600 px wide), the request and result types, the title block,
the source line, the data version in small print, and saving. What each kind draws
lives in :mod:`.chart_kinds`, :mod:`.chart_calendar` and :mod:`.chart_cumulative`;
:mod:`.charts` picks the kind and draws it. The numbers come from :mod:`attrition.analysis`.
matplotlib is imported inside functions, with the Agg backend, never at import time.
SVG keeps text as text (``svg.fonttype = "none"``) so totals can be searched and checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from attrition.errors import UsageError
from attrition.publish.i18n import Lang, format_number, month_short
from attrition.publish.outputs import output_file, writing
from attrition.publish.version import DataVersion

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

CHART_KINDS: tuple[str, ...] = ("daily", "monthly", "cumulative", "categories", "calendar", "yoy")
# beside the record: General Staff vs Oryx with the ratio; DeepState's monthly change and area
INDEPENDENT_CHART_KINDS: tuple[str, ...] = ("compare", "territory")
IMAGE_FORMATS: tuple[str, ...] = ("png", "svg")

# Okabe & Ito (2008), "Color Universal Design": distinguishable with any colour vision.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
}
SERIES_COLOURS = ("blue", "vermillion", "green", "orange", "purple", "sky_blue", "black")
INK = "#222222"
MUTED = "#666666"
GRID = "#DDDDDD"

WIDTH_IN = 6.0  # designed to be read at 600 px wide (100 px per inch)...
PNG_DPI = 200  # ...and written at twice that for sharp screens (1200 px)
HEADER_IN = 0.72  # title + subtitle band
FOOTER_IN = 0.50  # source line + data version band

SOURCE_LINE = {
    "en": "Source: General Staff of the Armed Forces of Ukraine via attrition; "
          "loss-date convention",
    "uk": "Джерело: Генеральний штаб ЗСУ; обробка — attrition; за датою втрат",
}


@dataclass(frozen=True)
class ChartRequest:
    """What to draw: kind, category, loss-date range, what was known when, language."""

    kind: str
    category: str
    start: date | None = None  # first loss date shown (None: the kind's default)
    end: date | None = None  # last loss date shown (None: the latest)
    as_of: date | None = None
    lang: Lang = "en"


@dataclass
class Drawn:
    """What a kind drew: the title block, notes under the plot, and the figures shown."""

    title: str
    subtitle: str
    notes: list[str] = field(default_factory=list)
    shown: dict[str, Any] = field(default_factory=dict)
    start: date | None = None
    end: date | None = None
    axis_band_in: float = 0.34  # room under the plot for tick labels (more for two lines)
    source_line: str | None = None  # None: the General Staff's (SOURCE_LINE)
    alt: str | None = None  # the text alternative; None: title and subtitle

    def alt_text(self) -> str:
        """Return the text alternative: what the chart shows, in words, with its figures."""
        return self.alt or f"{self.title}. {self.subtitle}."


@dataclass(frozen=True)
class ChartResult:
    """A written chart: where, what, its pixel size and the numbers it shows."""

    path: Path
    kind: str
    category: str
    format: str
    width_px: int
    height_px: int
    title: str
    start: date | None
    end: date | None
    version: DataVersion
    shown: dict[str, Any]
    sources: tuple[str, ...] = ()  # sources agreeing on the figures drawn
    alt_text: str = ""  # the text alternative (also in the SVG's <desc>, the PNG's Description)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict."""
        return {
            "path": str(self.path), "kind": self.kind, "category": self.category,
            "format": self.format, "width_px": self.width_px, "height_px": self.height_px,
            "title": self.title, "start": self.start, "end": self.end,
            "data_version": self.version.to_dict(), "shown": self.shown,
            "sources": list(self.sources), "alt_text": self.alt_text,
        }


def image_format(path: Path) -> str:
    """Return 'png' or 'svg' from a file name; raise UsageError for anything else."""
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in IMAGE_FORMATS:
        raise UsageError(f"{path.name}: the file name must end in .png or .svg", input=str(path))
    return fmt


def style() -> dict[str, Any]:
    """Return the rcParams every chart and the card are drawn with."""
    return {
        "font.family": "DejaVu Sans",  # ships with matplotlib; covers Cyrillic
        "font.size": 8.0,
        "axes.titlesize": 8.0,
        "axes.labelsize": 7.5,
        "xtick.labelsize": 7.0,
        "ytick.labelsize": 7.0,
        "axes.edgecolor": MUTED,
        "axes.labelcolor": INK,
        "text.color": INK,
        "xtick.color": MUTED,
        "ytick.color": MUTED,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.grid": True,
        "axes.grid.axis": "y",
        "grid.color": GRID,
        "grid.linewidth": 0.6,
        "axes.axisbelow": True,
        "legend.frameon": False,
        "legend.fontsize": 7.0,
        "svg.fonttype": "none",  # keep text as text
        "svg.hashsalt": "attrition",  # stable ids: the same data gives the same file
        "hatch.linewidth": 0.6,
    }


def pyplot() -> Any:
    """Return matplotlib.pyplot with the Agg backend selected (no display needed)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def new_figure(height_in: float, *, width_in: float = WIDTH_IN) -> Figure:
    """Return a figure whose plot area leaves fixed bands for the header and footer."""
    plt = pyplot()
    fig: Figure = plt.figure(figsize=(width_in, height_in))
    fig.subplots_adjust(
        left=0.72 / width_in, right=1 - 0.22 / width_in,
        top=1 - HEADER_IN / height_in, bottom=(FOOTER_IN + 0.32) / height_in,
    )
    return fig


def frame_figure(fig: Figure, drawn: Drawn, version: DataVersion, lang: Lang) -> None:
    """Write the title, subtitle, notes, source line and data version onto ``fig``."""
    height = fig.get_figheight()
    left = 0.12 / fig.get_figwidth()

    def y(inches_from_top: float) -> float:
        return 1 - inches_from_top / height

    fig.text(left, y(0.12), drawn.title, fontsize=11.5, fontweight="bold", va="top", ha="left")
    fig.text(left, y(0.40), drawn.subtitle, fontsize=7.5, color=MUTED, va="top", ha="left")
    base = FOOTER_IN / height
    for k, note in enumerate(reversed(drawn.notes)):
        fig.text(left, base + (0.04 + 0.14 * k) / height, note, fontsize=6.3, color=MUTED,
                 va="bottom", ha="left")
    # the plot sits on top of the notes and its own tick labels, whatever their number
    fig.subplots_adjust(bottom=(FOOTER_IN + 0.06 + 0.14 * len(drawn.notes)
                                + drawn.axis_band_in) / height)
    fig.text(left, 0.22 / height, drawn.source_line or SOURCE_LINE[lang], fontsize=6.8, color=INK, va="bottom",
             ha="left")
    fig.text(left, 0.07 / height, version.label_for(lang), fontsize=5.8, color=MUTED, va="bottom",
             ha="left")


def save_figure(fig: Figure, path: Path, *, title: str = "", alt: str = "") -> tuple[int, int]:
    """Save ``fig`` as PNG or SVG (by extension) and return its size in pixels.

    ``title`` and ``alt`` (the text alternative) go into the file: the SVG's first
    ``<title>`` and ``<desc>`` (what screen readers announce), the PNG's Title and
    Description text chunks.
    """
    fmt = image_format(path)
    output_file(path)
    plt = pyplot()
    try:
        with writing(path):
            if fmt == "png":
                meta = {"Software": None} | ({"Title": title, "Description": alt} if alt else {})
                fig.savefig(path, format="png", dpi=PNG_DPI, metadata=meta)
                dpi = PNG_DPI
            else:
                fig.savefig(path, format="svg", metadata={"Date": None})
                if alt:
                    _describe_svg(path, title, alt)
                dpi = 72  # SVG user units are points
        width, height = fig.get_size_inches()
    finally:
        plt.close(fig)
    return round(width * dpi), round(height * dpi)


def _describe_svg(path: Path, title: str, alt: str) -> None:
    """Put ``<title>`` and ``<desc>`` first inside the SVG root, and mark it an image."""
    from xml.sax.saxutils import escape

    text = path.read_text(encoding="utf-8")
    start = text.index("<svg ")
    end = text.index(">", start) + 1
    root = text[start:end - 1] + ' role="img" aria-labelledby="chart-title chart-desc">'
    block = (f'\n <title id="chart-title">{escape(title)}</title>'
             f'\n <desc id="chart-desc">{escape(alt)}</desc>')
    path.write_text(text[:start] + root + block + text[end:], encoding="utf-8")


def thousands_formatter(lang: Lang) -> Any:
    """Return a tick formatter that groups thousands the language's way."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: format_number(value, lang))


def month_axis(ax: Any, lang: Lang, *, every: int = 1) -> None:
    """Label a date x-axis with short month names and the year under January."""
    import matplotlib.dates as mdates
    from matplotlib.ticker import FuncFormatter

    ax.xaxis.set_major_locator(mdates.MonthLocator(interval=every))

    def fmt(value: float, _pos: int | None) -> str:
        day = mdates.num2date(value).date()
        label = month_short(day.month, lang)
        return f"{label}\n{day.year}" if day.month == 1 or _pos == 0 else label

    ax.xaxis.set_major_formatter(FuncFormatter(fmt))
