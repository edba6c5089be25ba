"""The brief rendered as text, md or html: the sentences of each fact with its citation.

md and html also print the commands that reproduce each fact. Layout lives in the
Jinja templates under ``publish/templates``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from attrition.errors import UsageError
from attrition.model.dates import DateConvention
from attrition.publish.brief.facts import Brief, Citation
from attrition.publish.brief.sentences import SAYERS, caveat_lines, heading_lines, section_title
from attrition.publish.i18n import Lang, check_lang, convention_label, format_date_short

FORMATS: tuple[str, ...] = ("text", "md", "html")


@dataclass(frozen=True)
class Item:
    """One sentence of the brief with its citation and reproducing commands."""

    text: str
    cite: str
    commands: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A titled group of sentences (one fact)."""

    kind: str
    title: str
    items: tuple[Item, ...]


def citation_text(cite: Citation, lang: Lang) -> str:
    """Return '[reports 27 Nov 2024, 4 Dec 2024 · petroivaniuk, minfin · by loss date]'."""
    parts = []
    if cite.report_dates:
        days = ", ".join(format_date_short(d, lang) for d in cite.report_dates)
        many = len(cite.report_dates) > 1
        word = ("звіти" if many else "звіт") if lang == "uk" else ("reports" if many else "report")
        parts.append(f"{word} {days}")
    if cite.sources:
        parts.append(", ".join(cite.sources))
    if cite.convention == "own":
        parts.append("кожне джерело — зі своєю датою" if lang == "uk"
                     else "each source with its own date")
    elif cite.convention == "both":
        parts.append("вказано дату звіту й дату втрат" if lang == "uk"
                     else "report and loss dates named")
    else:
        parts.append(convention_label(DateConvention(cite.convention).value, lang))
    return "[" + " · ".join(parts) + "]"


def sections(brief: Brief, lang: Lang) -> list[Section]:
    """Return the brief as titled sections of cited sentences, in reading order."""
    out = []
    for fact in brief.facts:
        say = SAYERS.get(fact.kind)
        if say is None:  # pragma: no cover - every fact kind has a sayer (tested)
            continue
        lines = say(fact, brief, lang)
        if not lines:
            continue
        cite = citation_text(fact.citation, lang)
        items = tuple(Item(text, cite, fact.citation.commands if i == len(lines) - 1 else ())
                      for i, text in enumerate(lines))
        out.append(Section(fact.kind, section_title(fact.kind, lang), items))
    return out


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    return Environment(
        loader=PackageLoader("attrition.publish", "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_brief(brief: Brief, *, lang: str = "en", fmt: str = "text") -> str:
    """Return the brief as plain text, Markdown or a standalone HTML page.

    Raises:
        UsageError: an unknown language or format.
    """
    language = check_lang(lang)
    if fmt not in FORMATS:
        raise UsageError(f"unknown brief format {fmt!r}; use one of {', '.join(FORMATS)}",
                         input=fmt)
    title, subtitle = heading_lines(brief, language)
    template = _environment().get_template(f"brief.{'txt' if fmt == 'text' else fmt}.j2")
    return str(template.render(
        lang=language, title=title, subtitle=subtitle, sections=sections(brief, language),
        caveats=caveat_lines(brief, language),
        caveats_title="Застереження" if language == "uk" else "Caveats",
        version=brief.version.label_for(language),
        skipped=brief.skipped,
        show_commands=fmt != "text",
        commands_label="Відтворити:" if language == "uk" else "Reproduce:",
    ))


__all__ = ["FORMATS", "Item", "Section", "citation_text", "render_brief", "sections"]
