"""Generated docs are up to date; every command has help, an example and --json."""

from __future__ import annotations

from pathlib import Path

import click
import pytest

from attrition.cli import COMMANDS, main
from attrition.cli.docgen import categories_markdown, cli_markdown
from attrition.model.categories import CATEGORIES

REPO = Path(__file__).resolve().parents[1]


def test_categories_doc_is_generated_from_the_registry() -> None:
    text = (REPO / "docs" / "categories.md").read_text(encoding="utf-8")
    assert text == categories_markdown(), "run `make docs`"
    for cat in CATEGORIES:
        assert f"`{cat.key}`" in text


def test_cli_doc_is_generated_from_help() -> None:
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert text == cli_markdown(), "run `make docs`"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_has_help_and_json(name: str) -> None:
    ctx = click.Context(main, info_name="attrition")
    command = main.get_command(ctx, name)
    assert command is not None
    assert command.help and len(command.help) > 20
    assert "attrition " in command.help, f"{name}: help should end with an example"
    opts = {opt for param in command.params for opt in getattr(param, "opts", [])}
    assert "--json" in opts, f"{name} lacks --json"


def test_readme_gives_the_two_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "make run" in readme and "make test" in readme
