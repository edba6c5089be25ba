"""Loggers under the ``attrition`` namespace; only faces configure handlers."""

from __future__ import annotations

import logging


def get_logger(name: str) -> logging.Logger:
    """Return the logger for a module, under the ``attrition`` namespace."""
    return logging.getLogger(name if name.startswith("attrition") else f"attrition.{name}")


def configure_logging(level: str = "WARNING") -> None:
    """Send attrition's log records to stderr at ``level`` (faces call this once)."""
    logger = logging.getLogger("attrition")
    logger.setLevel(level.upper())
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        logger.addHandler(handler)
