"""The :class:`Attrition` door, ``open`` and ``check``: an open record and one method per question.

The methods live in one module per area (see :mod:`attrition.library`); this module
joins them and opens the store, the one way every face opens it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from attrition.library.analyses import AnalysesMethods
from attrition.library.base import open_store_at
from attrition.library.checking import CheckAnswer, CheckingMethods
from attrition.library.extremes import ExtremesMethods
from attrition.library.independent_specs import IndependentSpecMethods
from attrition.library.losses import LossesMethods
from attrition.library.publishing import PublishingMethods
from attrition.library.serving import ServingMethods
from attrition.library.status import StatusMethods
from attrition.library.updating import UpdatingMethods

if TYPE_CHECKING:  # pragma: no cover
    pass


def default_db() -> Path:
    """Return the default database path: $ATTRITION_DB, else the user data directory."""
    from attrition.config import load_settings  # the one place that resolves it

    return Path(load_settings().db)


def open(db: str | Path | None = None) -> Attrition:  # noqa: A001 - the public name is attrition.open
    """Open (creating and migrating if needed) the store at ``db`` (path or URL; None: default)."""
    return Attrition(open_store_at(db))


def check(
    text: str,
    /,
    *,
    as_of: str | date | None = None,
    lang: str | None = None,
    db: str | Path | None = None,
    explain_lang: str | None = None,
) -> CheckAnswer:
    """Check every loss figure in ``text`` against the record at ``db`` (default store)."""
    with open(db) as record:
        return record.check(text, as_of=as_of, lang=lang, explain_lang=explain_lang)


class Attrition(
    LossesMethods,
    AnalysesMethods,
    ExtremesMethods,
    PublishingMethods,
    StatusMethods,
    UpdatingMethods,
    CheckingMethods,
    ServingMethods,
    IndependentSpecMethods,
):
    """An open record: ask it questions (one method each); close it when done."""
