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


# a label already folded: lower-case words of letters, digits and ' with one space between
# them (most phrases a check looks up: "tanks", "armoured vehicles", "танків"); a search tries
# it at the start of a run only, and it gives nothing back (linear, issue 14)
_FOLDED = re.compile(r"(?<![a-z0-9'а-яіїєґ ])[a-z0-9'а-яіїєґ]++(?: [a-z0-9'а-яіїєґ]++)*+")


def normalize_label(label: str) -> str:
    """Return ``label`` folded for lookup: lower case, one space, tidy slashes, no edge marks."""
    if _FOLDED.fullmatch(label):  # each step below leaves it as it is: no need to run them
        return label
    return _fold(label)


def _fold(label: str) -> str:
    text = _SPACES.sub(" ", label).casefold().replace("’", "'").replace("`", "'")
    text = _SLASH.sub(" / ", text)
    return _EDGE.sub("", text).strip()
