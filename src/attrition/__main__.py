"""``python -m attrition`` runs the command-line interface."""

from attrition.cli import console

console()
