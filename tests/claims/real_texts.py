"""The real texts pattern tests read: the claim corpus (tests/claims/corpus.jsonl) and the
development set's articles (../shared/articles), as whole texts or cut into sentences.

Shared by the tests that pin a rewritten or guarded pattern to the matches of the plain one.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CORPUS = Path(__file__).with_name("corpus.jsonl")


def real_texts(articles: Path) -> list[str]:
    """Return the corpus texts, then the text of every article in ``articles``."""
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts + [p.read_text(encoding="utf-8") for p in sorted(articles.glob("*.txt"))]


def real_sentences(articles: Path) -> list[str]:
    """Return the sentences (runs up to . ! ? or a line end) of :func:`real_texts`."""
    return [m.group() for text in real_texts(articles) for m in re.finditer(r"[^.!?\n]+[.!?]?", text)]
