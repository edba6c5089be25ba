"""The REST API face: an app factory, one router per resource, under ``/v1``.

Faces hold no logic: every route parses its request, asks the library one question
(:func:`attrition.open` → :class:`attrition.library.Attrition`) and renders the answer in the
envelope the CLI's ``--json`` prints (``{"ok": true, "data": …, "meta": …}``). This package
imports only the library, ``model``, ``errors``, ``config`` and ``log`` (import-linter).
"""

from __future__ import annotations

from attrition.api.app import create_app

__all__ = ["create_app"]
