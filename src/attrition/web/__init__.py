"""The web desk face: server-rendered pages (Jinja2) + small progressive JavaScript.

:func:`create_desk_app` is the API app of :mod:`attrition.api` with the pages, the Atom
feed and the vendored assets added; ``attrition serve`` runs it. Every asset is in
``static/`` (no CDN at run time).
"""

from __future__ import annotations

from attrition.web.app import create_desk_app, desk_app_from_env

__all__ = ["create_desk_app", "desk_app_from_env"]
