"""Generate docs/categories.md and docs/cli.md from the code (run by `make docs`, checked by tests)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from attrition.model.categories import CATEGORIES


def categories_markdown() -> str:
    """Return docs/categories.md: the canonical category list with labels, validity and aliases."""
    lines = [
        "# Categories",
        "",
        "Generated from `attrition.model.categories` by `make docs`; do not edit by hand.",
        "A category absent from a report is *not reported*, never zero. Dates are report dates.",
        "",
        "| key | English | Ukrainian | first report | last report | note |",
        "|---|---|---|---|---|---|",
    ]
    for cat in CATEGORIES:
        last = cat.valid_to.isoformat() if cat.valid_to else "—"
        note = cat.note
        if cat.merged_into:
            note = f"merged into `{cat.merged_into}`. {note}".strip()
        lines.append(
            f"| `{cat.key}` | {cat.label_en} | {cat.label_uk} | {cat.valid_from.isoformat()} "
            f"| {last} | {note} |"
        )
    lines += ["", "## Aliases", "", "Labels recognised in reports, datasets and articles "
              "(matched after folding case, spaces and slashes).", ""]
    for cat in CATEGORIES:
        aliases = ", ".join(f"`{a}`" for a in sorted(set(cat.aliases)))
        lines.append(f"- **{cat.key}**: {aliases}")
    return "\n".join(lines) + "\n"


def cli_markdown() -> str:
    """Return docs/cli.md: the --help text of every command."""
    from attrition.cli import main

    # the group's own context settings (``-h``), so the text does not depend on click's
    # cache of help options left by whichever command ran first
    ctx = click.Context(
        main, info_name="attrition", terminal_width=88, max_content_width=88,
        **main.context_settings,
    )
    parts = ["# Command reference", "", "Generated from `attrition <command> --help` by `make docs`.", ""]
    parts += ["```", main.get_help(ctx), "```", ""]
    for name in main.list_commands(ctx):
        command = main.get_command(ctx, name)
        if command is None:  # pragma: no cover - COMMANDS and modules out of step
            continue
        sub = click.Context(
            command, info_name=f"attrition {name}", parent=ctx, terminal_width=88,
            max_content_width=88,
        )
        parts += [f"## attrition {name}", "", "```", command.get_help(sub), "```", ""]
    return "\n".join(parts)


def write_docs(root: Path) -> list[Path]:
    """Write the generated documents under ``root``/docs and return their paths."""
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    out = [(docs / "categories.md", categories_markdown()), (docs / "cli.md", cli_markdown())]
    for path, text in out:
        path.write_text(text, encoding="utf-8")
    return [p for p, _ in out]


if __name__ == "__main__":  # pragma: no cover
    for written in write_docs(Path.cwd()):
        click.echo(f"wrote {written}")
    sys.exit(0)
