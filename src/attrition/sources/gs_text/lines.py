"""Reading the lines of a General Staff loss report: HTML to text, line kinds, figures per line.

Owns what one line of a report is (blank, note, heading, headline, label-only, value-only,
category items) and the conversion of HTML pages to lines. Assembling lines into a report
lives in :mod:`attrition.sources.gs_text`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import chain

from attrition.errors import ParseError
from attrition.model.categories import Category
from attrition.sources.gs_text import dates as gd
from attrition.sources.gs_text import items as gi

_HTML_SNIFF = re.compile(
    r"<(?:!doctype|html|head|body|p|br|div|li|ul|ol|span|h[1-6]|article|main|section|table|strong)\b",
    re.I,
)
_HTML_DROP = re.compile(
    r"<!--.*?-->|<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S
)  # the rule; html_to_text applies it through _drop_hidden (linear time)
_DROP_OPEN = re.compile(r"<!--|<(script|style|noscript|template|svg|head)\b", re.I)
_DROP_CLOSE = {name: re.compile(rf"</{name}\s*>", re.I)
               for name in ("script", "style", "noscript", "template", "svg", "head")}
_HTML_BLOCK = re.compile(
    r"<(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|main|nav|"
    r"blockquote|figure|figcaption|dd|dt|dl|hr)\b[^>]*>|</(?:p|div|li|ul|ol|h[1-6]|tr|td|th|table|"
    r"section|article|header|footer|main|nav|blockquote|figure|figcaption|dd|dt|dl)\s*>",
    re.I,
)
_HTML_TAG = re.compile(r"<[^>]*>")
_INLINE_SPACE = re.compile(r"[ \t]+")

_CHUNK_CHARS = 1 << 20  # html_to_text reads a page this many characters (and to a ">") at a time

# kinds of line
BLANK, NOTE, HEADING, HEADLINE, LABEL, VALUE, ITEMS = range(7)


def _drop_hidden(text: str) -> str:
    """Return ``_HTML_DROP.sub(" ", text)``, in time linear in the text.

    The pattern searched from every opener that is never closed ("<!--" or "<script" many
    times, no "-->" or "</script>") runs to the end of the text each time: quadratic, 9 s
    for 100 KB of "<!--" (issue 14 item 1, the class of the report-line regex). Here an
    opener kind found unclosed once is never searched for again (a later one cannot close
    either), and the same matches are replaced.
    """
    out: list[str] = []
    pos = 0
    unclosed: set[str] = set()
    for opener in _DROP_OPEN.finditer(text):
        if opener.start() < pos:
            continue  # inside a part already dropped
        kind = (opener[1] or "--").lower()
        if kind in unclosed:
            continue
        if kind == "--":
            found = text.find("-->", opener.end())
            end = found + 3 if found >= 0 else -1
        else:
            close = _DROP_CLOSE[kind].search(text, opener.end())
            end = close.end() if close else -1
        if end < 0:
            unclosed.add(kind)
            continue
        out += (text[pos:opener.start()], " ")
        pos = end
    return "".join(out) + text[pos:] if out else text


def before_last_tag_end(pattern: re.Pattern[str], repl: str, text: str) -> str:
    """Return ``pattern.sub(repl, text)`` for a tag pattern whose every match ends with ">".

    No match can start after the last ">", and there each "<" would search to the end of the
    text (quadratic on "<" repeated with no ">"); so only the text up to it is searched.
    """
    last = text.rfind(">") + 1
    return pattern.sub(repl, text[:last]) + text[last:]


def _without_tags(text: str) -> Iterator[str]:
    """Yield ``text`` with block tags turned into line breaks and other tags dropped, in parts.

    The same as ``_HTML_TAG.sub("", _HTML_BLOCK.sub("\n", text))`` (each searched up to
    the last ">", see :func:`before_last_tag_end`), done :data:`_CHUNK_CHARS` at a time:
    on a whole page of 20 MB each ``sub`` held a list of every piece between matches
    (2 million tags: ~300 MB). A part ends just after a ">", where no block tag can
    continue (one ends at its first ">"); tags are dropped from the parts read so far
    once no "<" is open after their last ">", so no tag runs across a cut either.
    """
    pending: list[str] = []  # parts with block tags replaced, tags not yet dropped
    is_open = False  # a "<" after the last ">" of the pending parts
    pos, n = 0, len(text)
    while pos < n:
        cut = text.find(">", pos + _CHUNK_CHARS - 1)
        end = n if cut < 0 else cut + 1
        part = before_last_tag_end(_HTML_BLOCK, "\n", text[pos:end])
        pos = end
        last_gt = part.rfind(">")
        is_open = part.rfind("<") > last_gt if last_gt >= 0 else is_open or "<" in part
        pending.append(part)
        if not is_open or pos >= n:
            yield before_last_tag_end(_HTML_TAG, "", "".join(pending))
            pending.clear()


def html_to_text(text: str) -> str:
    """Return the text of an HTML page: tags dropped, entities decoded, blocks on their own lines.

    Read in parts (see :func:`_without_tags`); entities and lines are decoded a whole
    number of lines at a time (an entity never spans a line break).
    """
    out: list[str] = []  # the kept lines of each part, joined
    carry = ""  # the text after the last line break read so far
    for part in chain(_without_tags(_drop_hidden(text)), (None,)):
        if part is None:
            done, carry = carry, ""
        else:
            buffer = carry + part
            k = buffer.rfind("\n")
            if k < 0:
                carry = buffer
                continue
            done, carry = buffer[:k], buffer[k + 1:]
        lines = (_INLINE_SPACE.sub(" ", line).strip() for line in html.unescape(done).split("\n"))
        kept = "\n".join(line for line in lines if line)
        if kept:
            out.append(kept)
    return "\n".join(out) + "\n"


def as_text(text: str) -> str:
    """Return ``text``, converted by :func:`html_to_text` when it looks like HTML."""
    return html_to_text(text) if _HTML_SNIFF.search(text, 0, 4096) else text


@dataclass(slots=True)
class Line:
    """One line of the text: its 1-based number, the raw text and the cleaned text."""

    line_no: int
    raw: str
    text: str
    joined: bool = False


@dataclass(slots=True)
class LineRead:
    """What one line holds: its kind and the items, notes, heading or label found in it."""

    line: Line
    kind: int
    items: list[tuple[gi.Item, str]] = field(default_factory=list)  # (item, raw)
    notes: list[tuple[str | None, str]] = field(default_factory=list)  # (flag, text)
    heading: gd.Heading | None = None
    headline: gd.Headline | None = None
    label: Category | None = None
    value: re.Match[str] | None = None
    suspects: list[ParseError] = field(default_factory=list)  # unknown labels, HTML only


def _raw_lines(text: str) -> Iterator[str]:
    """Yield the lines of ``text`` (``\r\n``, ``\r`` and ``\n`` end a line) one at a time."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    start = 0
    while (end := text.find("\n", start)) >= 0:
        yield text[start:end]
        start = end + 1
    yield text[start:]


def iter_split_lines(text: str) -> Iterator[Line]:
    """Yield the lines of ``text`` as :func:`split_lines` returns them, one at a time.

    A report of a million lines is then never a million :class:`Line` objects at once.
    """
    raws = _raw_lines(text)
    i = 0
    raw_line: str | None = next(raws)
    following: str | None
    for following in chain(raws, (None,)):
        if raw_line is None:  # the line was joined to the one before
            raw_line = following
            continue
        raw = raw_line.rstrip()
        clean = gi.clean_line(raw)
        if clean and following is not None and gi.BROKEN_LABEL_HEAD.match(clean):
            nxt = gi.clean_line(following)
            if gi.BROKEN_LABEL_TAIL.match(nxt):  # "Anti" / "-aircraft warfare systems – 295"
                yield Line(i + 2, raw.strip() + following.strip(), clean + nxt, True)
                i, raw_line = i + 2, None
                continue
        yield Line(i + 1, raw, clean)
        i, raw_line = i + 1, following


def split_lines(text: str) -> list[Line]:
    """Return the lines of ``text``, joining a label broken by markup ("Anti" + "-aircraft …")."""
    return list(iter_split_lines(text))


def prose_flag(text: str) -> str:
    """Return the flag a non-category text earns (warning, data being updated, directions)."""
    if gi.WARNING_LINE.match(text):
        return "warning_line"
    if gi.UPDATING.search(text):
        return "data_being_updated"
    if gi.GREATEST.search(text):
        return "greatest_losses_direction"
    return "extra_text"


def _read_items(read: LineRead, text: str, path: str | None, defer: bool) -> None:
    """Fill ``read`` with the items of ``text`` and keep the prose between them as notes.

    With ``defer`` (HTML pages, whose menus and footers are not the report) an unknown label
    is kept in ``read.suspects`` for the assembly to judge instead of being raised here.
    """
    line_no = read.line.line_no
    items, notes = read.items, read.notes
    prose_start = prose_end = -1
    for start, end in gi.split_items(text):
        segment = text[start:end].strip()
        if not segment or (items and gi.is_unit_only(segment)):
            continue
        try:
            item = gi.read_item(segment, path=path, line_no=line_no)
        except ParseError as exc:
            if not defer or exc.field != "label":
                raise
            read.suspects.append(exc)
            item = None
        if item is None:
            if prose_start < 0:
                prose_start = start
            prose_end = end
            continue
        if prose_start >= 0:
            _add_prose(notes, text[prose_start:prose_end])
            prose_start = -1
        items.append((item, item.text))
        if item.after:
            notes.append((prose_flag(item.after), item.after))
    if prose_start >= 0:
        _add_prose(notes, text[prose_start:prose_end])
    if len(items) == 1 and read.heading is None:
        items[0] = (items[0][0], read.line.raw.strip())


def _add_prose(notes: list[tuple[str | None, str]], text: str) -> None:
    chunk = text.strip(" ,;")
    notes.append((prose_flag(chunk), chunk))


def read_line(line: Line, path: str | None, defer: bool = False) -> LineRead:
    """Return what one line holds; raise ParseError for a garbled category line."""
    text, line_no = line.text, line.line_no
    if not text:
        return LineRead(line, BLANK)
    if "/" in text and gi.URL_LINE.match(text):
        return LineRead(line, NOTE, notes=[("url_line", text)])
    if gi.WARNING_LINE.match(text):
        return LineRead(line, NOTE, notes=[("warning_line", text)])
    if not gi.has_digit(text):
        label = gi.strip_bullet(text).rstrip(" :")
        cats = gi.resolve_label(label) if label and len(label) <= 80 else ()
        if len(cats) == 1:
            return LineRead(line, LABEL, label=cats[0])
        return LineRead(line, NOTE, notes=[(prose_flag(text), text)])
    if gd.has_heading_hint(text):
        heading = gd.find_heading(text, path=path, line_no=line_no)
        if heading is not None:
            read = LineRead(line, HEADING, heading=heading)
            before = text[: heading.start].strip()
            if any(c.isalpha() for c in before):  # not just an emoji or a bullet
                read.notes.append((prose_flag(before), before))
            _read_items(read, text[heading.end :], path, defer)
            return read
        headline = gd.find_headline(text, path=path, line_no=line_no)
        if headline is not None:
            notes: list[tuple[str | None, str]] = [("loss_day_headline", text)]
            return LineRead(line, HEADLINE, headline=headline, notes=notes)
    read = LineRead(line, ITEMS)
    _read_items(read, text, path, defer)
    if read.items:
        return read
    # no category item: a figure waiting for its label ("approximately 1 311 180 (+1 070)
    # persons." under "Personnel:"), a 2022 figure-first line, a dateline, or prose
    value = gi.read_value(gi.strip_bullet(text))
    if value is not None and (value["approx"] or value["inc"] or value["unit"]):
        return LineRead(line, VALUE, value=value)
    first = gi.read_number_first(gi.strip_bullet(text), path=path, line_no=line_no)
    if first is not None:
        read.notes.clear()
        read.items.append((first, line.raw.strip()))
        if first.after:
            read.notes.append((prose_flag(first.after), first.after))
        return read
    if value is not None:
        return LineRead(line, VALUE, value=value)
    if gd.DATELINE.match(text):
        return LineRead(line, NOTE, notes=[(None, text)])
    read.kind = NOTE
    return read


def read_lines(text: str, path: str | None) -> tuple[list[LineRead], bool]:
    """Return every line of a text (or HTML page) read by :func:`read_line`, and whether it was HTML."""
    is_html = _HTML_SNIFF.search(text, 0, 4096) is not None
    return list(iter_read_lines(text, path)), is_html


def iter_read_lines(text: str, path: str | None) -> Iterator[LineRead]:
    """Yield the lines :func:`read_lines` returns, one at a time (nothing kept)."""
    is_html = _HTML_SNIFF.search(text, 0, 4096) is not None
    for line in iter_split_lines(html_to_text(text) if is_html else text):
        yield read_line(line, path, is_html)


def looks_like_report(text: str) -> bool:
    """Return True if ``text`` reads as a loss report.

    That is a report heading with a category figure, or figures of three distinct known
    categories. A garbled category line counts only beside two real ones, so a document
    that merely talks about reports (a README, a provenance note) is not taken for one.
    """
    headings = values = garbled = 0
    categories: set[str] = set()
    for line in iter_split_lines(as_text(text)):
        body = gi.strip_bullet(line.text)
        if not body or not gi.has_digit(body):
            continue
        try:
            heading = gd.find_heading(body)
        except ParseError:
            heading = None
        if heading is not None and heading.start <= 2:
            headings += 1
            body = body[heading.end :]
        if gi.read_value(body) is not None:
            values += 1
        elif first := gi.read_number_first(body, path=None, line_no=None):
            categories.add(first.category.key)
        else:
            for start, end in gi.split_items(body):
                try:
                    item = gi.read_item(body[start:end], path=None, line_no=None)
                except ParseError:
                    garbled += 1
                    continue
                if item is not None:
                    categories.add(item.category.key)
        found = len(categories)
        if (headings and (found or values)) or found >= 3 or (found >= 2 and garbled):
            return True
    return False
