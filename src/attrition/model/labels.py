"""How a category label is folded before :mod:`attrition.model.categories` looks it up.

Apart from the category table so that its patterns are compiled only when a label that
is not a category key is looked up (``attrition losses personnel`` never compiles them:
CLI start-up time).
"""

from __future__ import annotations

import re

_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
# (?<!…) and possessive runs: a match starts only where a run starts, so a long run of
# spaces is scanned once, not once per position (quadratic on a 40k-space line; issue 14)
_SLASH = re.compile(r"(?<!\s)\s*+/\s*+")
_EDGE = re.compile(r"^[\s\-‒–—:;,.*•·]++|(?<![\s\-‒–—:;,.*•·])[\s\-‒–—:;,.*•·]++$")


def normalize_label(label: str) -> str:
    """Return ``label`` folded for lookup: lower case, one space, tidy slashes, no edge marks."""
    text = _SPACES.sub(" ", label).casefold().replace("’", "'").replace("`", "'")
    text = _SLASH.sub(" / ", text)
    return _EDGE.sub("", text).strip()
