"""Input cleaning: HTML stripped with offsets kept, sentences, language, the size limit."""

from __future__ import annotations

import pytest

from attrition.claims.text import (
    MAX_CHARS,
    clean_text,
    detect_language,
    normalize_language,
    sentences,
)
from attrition.errors import UsageError


def test_tags_are_removed_and_offsets_point_into_the_input() -> None:
    raw = "<p>Russia lost <b>1,580</b> soldiers &amp; 13 tanks.</p>"
    clean = clean_text(raw)
    assert "<" not in clean.text and "1,580 soldiers & 13 tanks" in clean.text
    start = clean.text.index("1,580")
    a, b = clean.source_span(start, start + 5)
    assert raw[a:b] == "1,580"


def test_script_and_style_contents_are_dropped() -> None:
    clean = clean_text("<script>var x = 1000;</script><style>p{}</style>Russia lost 9,780 tanks")
    assert "1000" not in clean.text and clean.text.strip() == "Russia lost 9,780 tanks"


def test_block_tags_break_sentences() -> None:
    clean = clean_text("<p>Russia lost 1,580</p><p>soldiers</p>")
    assert len(sentences(clean.text)) == 2


def test_too_long_input_is_a_usage_error_naming_the_limit() -> None:
    with pytest.raises(UsageError, match=f"{MAX_CHARS:,}"):
        clean_text("x" * (MAX_CHARS + 1))


def test_sentences_do_not_split_at_abbreviations_or_decimals() -> None:
    text = "On Jan. 7 Russia lost 1.5k troops. The U.S. said 2 more. Втрати — 12 тис. осіб. Далі."
    spans = sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "On Jan. 7 Russia lost 1.5k troops.", "The U.S. said 2 more.", "Втрати — 12 тис. осіб.", "Далі.",
    ]


def test_language_is_detected_and_validated() -> None:
    assert detect_language("Росія втратила 1550 окупантів") == "uk"
    assert detect_language("Russia lost 1,550 troops") == "en"
    assert normalize_language("UA", "") == "uk"
    with pytest.raises(UsageError):
        normalize_language("fr", "")


def test_russian_text_is_detected_and_never_read_as_ukrainian() -> None:
    russian = "Потери российской армии за сутки составили 1140 человек, сообщил Генштаб ВСУ."
    assert detect_language(russian) == "ru"
    assert normalize_language("uk", russian) == "ru"  # handed over as Ukrainian: the letters decide
    assert normalize_language("ru", "") == "ru"
    assert detect_language("Втрати ворога сягнули 800 тисяч.") == "uk"


def test_html_is_imported_only_for_a_text_with_an_entity() -> None:
    # a plain article never pays for html's entity table; an entity still decodes
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from attrition.claims.text import clean_text\n"
        "clean_text('Russia lost 1,580 soldiers, <b>13</b> tanks & 2 ships.')\n"
        "print('html' in sys.modules)\n"
        "clean = clean_text('1,580 soldiers &amp; 13&nbsp;tanks &#x41;')\n"
        "print('html' in sys.modules, repr(clean.text))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "False"
    assert out[1] == "True '1,580 soldiers & 13\\xa0tanks A'"
