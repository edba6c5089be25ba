"""Plain text for the claim checker: HTML stripped, offsets kept, sentences and language.

Owns turning the user's input into clean text whose every character maps back to an
offset in the input (so a claim's ``start``/``end`` index what the user gave us), the
input size limit, sentence splitting and language guessing. No I/O, no clock.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from attrition.errors import UsageError

MAX_CHARS = 200_000  # longer input is refused with a UsageError, never truncated silently
# At most this many figures of one text are read and judged (a real 5,000-word article holds
# about 650); past it the rest of the text is left unread and the report says so in a note.
MAX_FIGURES = 1_000

_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)\s*>|<!--.*?-->|<[^<>]{0,2000}>", re.S | re.I)  # the rule (_tag_end)
_SCRIPT_OPEN = re.compile(r"<(?:script|style)\b", re.I)
_SCRIPT_CLOSE = re.compile(r"</(?:script|style)\s*>", re.I)
_SHORT_TAG = re.compile(r"<[^<>]{0,2000}>")
_BLOCK_TAG = re.compile(r"<\s*+/?\s*+(?:p|div|br|li|ul|ol|h\d|tr|td|table|section|article|blockquote)\b", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]")
_MARKUP_OR_CONTROL = re.compile(rf"[<&]|{_CONTROL.pattern}")  # where the plain stretches of a text end


@dataclass(frozen=True)
class CleanText:
    """Text with tags removed and entities decoded; ``offsets[i]`` is its input offset."""

    text: str
    offsets: tuple[int, ...]
    input_length: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the input offsets of clean-text span ``[start, end)``."""
        if not self.offsets:
            return 0, 0
        first = self.offsets[min(start, len(self.offsets) - 1)]
        last = self.offsets[end - 1] + 1 if end > start else first
        return first, last


class _Closers:
    """The first closer ("-->", "</script>") at or after a position, each stretch searched once.

    ``_TAG.match`` at every "<" searched an unclosed comment or script to the end of the text
    each time: 200,000 characters of "<!--" took 36 s CPU (issue 14, ``check`` ≤ 2 s).
    Positions only grow in :func:`clean_text`, so a closer found is reused until passed and
    one found missing stays missing.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.found: dict[str, tuple[int, int] | None] = {}

    def after(self, kind: str, start: int) -> tuple[int, int] | None:
        if kind in self.found:
            hit = self.found[kind]
            if hit is None or hit[0] >= start:
                return hit
        if kind == "-->":
            at = self.raw.find("-->", start)
            hit = (at, at + 3) if at >= 0 else None
        else:
            close = _SCRIPT_CLOSE.search(self.raw, start)
            hit = close.span() if close else None
        self.found[kind] = hit
        return hit


def _tag_end(raw: str, pos: int, closers: _Closers) -> int:
    """Return where the tag ``_TAG`` matches at ``pos`` ends, else -1 (the same match)."""
    opener = _SCRIPT_OPEN.match(raw, pos)
    hit = closers.after("script", opener.end()) if opener else None
    if hit is None and raw.startswith("<!--", pos):
        hit = closers.after("-->", pos + 4)
    if hit is not None:
        return hit[1]
    short = _SHORT_TAG.match(raw, pos)
    return short.end() if short else -1


def clean_text(raw: str) -> CleanText:
    """Strip HTML tags (block tags become newlines), decode entities, drop control chars.

    Raises:
        UsageError: the input is longer than MAX_CHARS characters.
    """
    if len(raw) > MAX_CHARS:
        raise UsageError(
            f"text is {len(raw):,} characters; the claim checker reads at most {MAX_CHARS:,}",
            input=raw[:80],
        )
    chars: list[str] = []  # pieces of the clean text; each non-empty
    offsets: list[int] = []
    pos = 0
    special = _MARKUP_OR_CONTROL if "<" in raw or "&" in raw else _CONTROL
    closers = _Closers(raw)
    while pos < len(raw):
        stop = special.search(raw, pos)
        end = stop.start() if stop else len(raw)
        if end > pos:  # a plain stretch is copied whole
            chars.append(raw[pos:end])
            offsets.extend(range(pos, end))
            pos = end
            continue
        if raw[pos] == "<":
            tag_end = _tag_end(raw, pos, closers)
            if tag_end >= 0:
                after = raw[tag_end : tag_end + 1]
                if _BLOCK_TAG.match(raw, pos, tag_end):
                    chars.append("\n")
                    offsets.append(pos)
                elif chars and not chars[-1][-1].isspace() and after and not after.isspace():
                    chars.append(" ")  # an inline tag between two words still separates them
                    offsets.append(pos)
                pos = tag_end
                continue
        if raw[pos] == "&":
            entity = _ENTITY.match(raw, pos)
            if entity:
                from html import unescape  # here: html's import reads its table of ~2,200 entities

                decoded = unescape(entity.group())
                for ch in decoded:
                    chars.append(ch)
                    offsets.append(pos)
                pos = entity.end()
                continue
        ch = raw[pos]
        if _CONTROL.match(ch):
            ch = " " if ch in "\u000b\u000c" else ""
        if ch:
            chars.append(ch)
            offsets.append(pos)
        pos += 1
    return CleanText("".join(chars), tuple(offsets), len(raw))


def sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` of each sentence (the document stage's segmentation)."""
    from attrition.claims.document import sentence_spans

    return sentence_spans(text, detect_language(text))


_CYRILLIC = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
_LATIN = re.compile(r"[A-Za-z]")


# Letters and words one language has and the other does not ("тысяч"/"тисяч", "сутки"/"доба")
_RUSSIAN_ONLY = re.compile(
    r"[ЫыЭэЪъЁё]|\b(?:что|это|как|потери|сутки|человек\w*|составил\w*|также|года|году|россии|"
    r"российск\w*|сообщил\w*|которы\w*|более|около|тысяч\w*|ранее|уже|военнослужащих|погиб\w*|"
    r"уничтожен\w*|генштаб\s+всу|вооруженн\w*)\b", re.I)
_UKRAINIAN_ONLY = re.compile(
    r"[ІіЇїЄєҐґ]|\b(?:що|це|як|втрати|доби|добу|осіб|тисяч\w*|росі\w*|російськ\w*|повідоми\w*|близько|"
    r"вже|також|року|загинул\w*|знищ\w*|зсу)\b", re.I)
SUPPORTED_LANGUAGES = ("en", "uk")


def detect_language(text: str) -> str:
    """Return "uk" when Cyrillic letters dominate, "ru" when they are Russian, else "en"."""
    sample = text[:20_000]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr <= lat:
        return "en"
    return "ru" if len(_RUSSIAN_ONLY.findall(sample)) > len(_UKRAINIAN_ONLY.findall(sample)) else "uk"


def normalize_language(lang: str | None, text: str) -> str:
    """Return "en", "uk" (or "ru", which is detected but not read) for ``lang`` or the text."""
    if lang is None:
        return detect_language(text)
    value = lang.strip().lower()
    if value in {"ru", "rus", "russian"}:
        return "ru"  # recognised so that it can be reported as unsupported
    if value in {"uk", "ua", "ukr", "ukrainian"}:
        # Russian text handed over as Ukrainian would be misread: the letters decide
        return "ru" if detect_language(text) == "ru" else "uk"
    if value in {"en", "eng", "english"}:
        return "en"
    raise UsageError(f"unknown language {lang!r}; use 'en' or 'uk'", input=lang)
