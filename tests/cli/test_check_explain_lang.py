"""`attrition check --explain-lang`: explanations and header lines follow the text, or the override."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

UK_TEXT = "5 січня Росія втратила 1 550 військових. КНДР направила 11 000 військових."


def test_ukrainian_text_is_explained_in_ukrainian_by_default(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "-", "--as-of", "2025-01-16", input=UK_TEXT)
    assert code == 0, out
    assert out.startswith("станом на 2025-01-16")
    assert "не можна перевірити: " in out and "Не можна перевірити: " in out
    assert "поза межами перевірки:" in out and "out of scope" not in out


def test_explain_lang_overrides_the_text_language(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "-", "--as-of", "2025-01-16", "--explain-lang", "en", "--json", input=UK_TEXT)
    assert code == 0 and out["ok"] is True
    assert out["data"]["lang"] == "uk" and out["data"]["explain_lang"] == "en"
    (claim,) = out["data"]["claims"]
    assert claim["explanation"].startswith("Unverifiable: ")
    code, text = run_cli("check", "-", "--as-of", "2025-01-16", "--explain-lang", "en", input=UK_TEXT)
    assert code == 0 and text.startswith("as of 2025-01-16") and "out of scope:" in text


def test_english_text_explained_in_ukrainian_on_request(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "-", "--as-of", "2025-01-16", "--explain-lang", "uk",
                        input="The weather was fine.")
    assert code == 0
    assert "тверджень про втрати Росії за даними Генштабу не знайдено" in out


def test_unknown_explain_lang_is_rejected(run_cli: Callable[..., Any]) -> None:
    code, out = run_cli("check", "-", "--explain-lang", "ru", input="text")
    assert code != 0 and "ru" in out
