"""The attrition exception tree; nothing else lives here.

::

    AttritionError
    ├── ParseError          text or file unreadable (carries source, path, line, field, input)
    ├── SourceError         fetch failed or the upstream layout changed (carries url)
    ├── StoreError          the database refused or is at the wrong schema
    └── UsageError          a bad call or option (unknown category, bad date, ...)
        └── UnknownCategoryError

A report that contradicts history is stored with a finding, never refused, and a
changed value becomes a revision, never an overwrite: neither has an error of its own.
Every error carries the offending input so that a face can render
``path:line: field: message`` (CLI) or ``{"ok": false, "error": ...}`` (JSON).
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs CLI start-up time
if TYPE_CHECKING:  # pragma: no cover
    from typing import Any


class AttritionError(Exception):
    """Base of every error attrition raises on purpose."""

    def __init__(self, message: str, **context: Any) -> None:
        super().__init__(message)
        self.message = message
        self.context = context

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready description: type, message and context."""
        out: dict[str, Any] = {"type": type(self).__name__, "message": self.message}
        out.update({k: v for k, v in self.context.items() if v is not None})
        return out

    def __str__(self) -> str:
        return self.message


class ParseError(AttritionError):
    """Input text or file could not be read as the format it claims to be."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line_no: int | None = None,
        field: str | None = None,
        input: str | None = None,  # noqa: A002 - mirrors pydantic's error shape
        source: str | None = None,
    ) -> None:
        super().__init__(
            message, path=path, line_no=line_no, field=field, input=input, source=source
        )
        self.path = path
        self.line_no = line_no
        self.field = field
        self.input = input
        self.source = source

    def __str__(self) -> str:
        where = self.path or "<text>"
        if self.line_no is not None:
            where += f":{self.line_no}"
        field = f" {self.field}:" if self.field else ""
        shown = f" {self.input!r}" if self.input is not None else ""
        return f"{where}:{field}{shown} {self.message}".replace("  ", " ")


class SourceError(AttritionError):
    """A fetch failed or an upstream source changed its layout."""

    def __init__(self, message: str, *, url: str | None = None, source: str | None = None) -> None:
        super().__init__(message, url=url, source=source)
        self.url = url
        self.source = source

    def __str__(self) -> str:
        return f"{self.source or 'source'}: {self.message}" + (f" ({self.url})" if self.url else "")


class StoreError(AttritionError):
    """The store cannot do what was asked (bad URL, wrong schema, locked)."""


class UsageError(AttritionError):
    """A call or option is invalid."""


class UnknownCategoryError(UsageError):
    """A label or key names no known category."""

    def __init__(self, label: str) -> None:
        super().__init__(f"unknown category label {label!r}", input=label)
        self.label = label
