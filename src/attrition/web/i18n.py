"""The desk's interface words in English and Ukrainian (figures use model.wording)."""

from __future__ import annotations

from typing import Literal

Lang = Literal["en", "uk"]

PAGES: tuple[str, ...] = ("today", "explore", "records", "milestones", "compare", "territory",
                          "check", "sources", "about")

WORDS: dict[str, dict[Lang, str]] = {
    "title": {"en": "attrition — Russia's reported losses", "uk": "attrition — втрати росії"},
    "today": {"en": "Today", "uk": "Сьогодні"},
    "explore": {"en": "Explore", "uk": "Огляд"},
    "records": {"en": "Records", "uk": "Рекорди"},
    "milestones": {"en": "Milestones", "uk": "Віхи"},
    "compare": {"en": "Compare", "uk": "Порівняння"},
    "territory": {"en": "Territory", "uk": "Територія"},
    "check": {"en": "Check a text", "uk": "Перевірити текст"},
    "sources": {"en": "Sources", "uk": "Джерела"},
    "about": {"en": "About", "uk": "Про дані"},
    "switch": {"en": "Українською", "uk": "In English"},
    "category": {"en": "Category", "uk": "Категорія"},
    "by": {"en": "Period", "uk": "Період"},
    "day": {"en": "day", "uk": "день"},
    "week": {"en": "week", "uk": "тиждень"},
    "month": {"en": "month", "uk": "місяць"},
    "quarter": {"en": "quarter", "uk": "квартал"},
    "year": {"en": "year", "uk": "рік"},
    "convention": {"en": "Dates", "uk": "Дати"},
    "loss": {"en": "loss date", "uk": "дата втрат"},
    "report": {"en": "report date", "uk": "дата звіту"},
    "from": {"en": "From", "uk": "Від"},
    "to": {"en": "To", "uk": "До"},
    "apply": {"en": "Show", "uk": "Показати"},
    "download": {"en": "Download", "uk": "Завантажити"},
    "embed": {"en": "Embed", "uk": "Вбудувати"},
    "share": {"en": "Link to this view", "uk": "Посилання на цей вигляд"},
    "total": {"en": "Total", "uk": "Загалом"},
    "increment": {"en": "Printed (+N)", "uk": "Надруковано (+N)"},
    "diff": {"en": "Difference of totals", "uk": "Різниця сум"},
    "loss_date": {"en": "Loss date", "uk": "Дата втрат"},
    "report_date": {"en": "Report date", "uk": "Дата звіту"},
    "latest": {"en": "The latest report", "uk": "Останній звіт"},
    "brief": {"en": "The brief", "uk": "Коротко"},
    "paste": {"en": "Paste an article or a sentence", "uk": "Вставте статтю або речення"},
    "check_button": {"en": "Check", "uk": "Перевірити"},
    "as_of": {"en": "As of", "uk": "Станом на"},
    "no_js_check": {"en": "The checker needs the live server (POST /v1/check); this static copy "
                           "cannot check texts.",
                    "uk": "Перевірка потребує сервера (POST /v1/check); ця статична копія не "
                          "перевіряє тексти."},
    "top_days": {"en": "Record days", "uk": "Рекордні дні"},
    "yearly": {"en": "Highest day of each year", "uk": "Найвищий день кожного року"},
    "forecast": {"en": "When the next milestones fall", "uk": "Коли буде наступна віха"},
    "milestone": {"en": "Milestone", "uk": "Віха"},
    "expected_on": {"en": "Expected (point)", "uk": "Очікувано"},
    "band50": {"en": "50% interval", "uk": "50% інтервал"},
    "band80": {"en": "80% interval", "uk": "80% інтервал"},
    "band95": {"en": "95% interval", "uk": "95% інтервал"},
    "backtest": {"en": "How past forecasts did", "uk": "Як справджувалися минулі прогнози"},
    "findings": {"en": "Findings and corrections", "uk": "Виявлене та виправлення"},
    "freshness": {"en": "Freshness", "uk": "Свіжість"},
    "value": {"en": "Losses", "uk": "Втрати"},
    "rank": {"en": "Rank", "uk": "Місце"},
    "kind": {"en": "Kind", "uk": "Вид"},
    "message": {"en": "What", "uk": "Що"},
    "data_version": {"en": "data version", "uk": "версія даних"},
    "api": {"en": "API", "uk": "API"},
    "feed": {"en": "Atom feed", "uk": "Стрічка Atom"},
    "chart_alt": {"en": "Chart", "uk": "Графік"},
    "verdict": {"en": "Verdict", "uk": "Висновок"},
    "corrections": {"en": "Corrections in this view, with their reasons",
                    "uk": "Виправлення в цьому вигляді та їхні причини"},
    "caveats": {"en": "Read with care", "uk": "Застереження"},
    "vs_oryx": {"en": "General Staff and Oryx", "uk": "Генштаб і Oryx"},
    "named_dead": {"en": "Personnel: the named dead", "uk": "Особовий склад: загиблі за іменами"},
    "general_staff": {"en": "General Staff", "uk": "Генштаб"},
    "oryx": {"en": "Oryx (photo-confirmed)", "uk": "Oryx (підтверджено фото)"},
    "ratio": {"en": "Ratio", "uk": "Співвідношення"},
    "seen": {"en": "page seen", "uk": "сторінку переглянуто"},
    "item": {"en": "What", "uk": "Що"},
    "named": {"en": "Named dead", "uk": "Загиблі за іменами"},
    "gs_personnel": {"en": "General Staff personnel (killed + wounded)",
                     "uk": "Особовий склад за Генштабом (вбиті + поранені)"},
    "month_col": {"en": "Month", "uk": "Місяць"},
    "net_km2": {"en": "Net change, km²", "uk": "Чиста зміна, км²"},
    "gained_km2": {"en": "Gained, km²", "uk": "Захоплено, км²"},
    "lost_km2": {"en": "Lost, km²", "uk": "Втрачено, км²"},
    "area_km2": {"en": "Occupied at the end, km²", "uk": "Окуповано на кінець, км²"},
    "size_of": {"en": "About the size of", "uk": "Приблизно як"},
    "no_territory": {"en": "This record holds no territory snapshots (ingest DeepState files).",
                     "uk": "У цьому записі немає знімків території (імпортуйте файли DeepState)."},
    "no_oryx": {"en": "This record holds no Oryx counts for this category.",
                "uk": "У цьому записі немає підрахунків Oryx для цієї категорії."},
    "no_claims": {"en": "No loss figures found in the text.",
                  "uk": "У тексті не знайдено цифр втрат."},
}


def words(lang: Lang) -> dict[str, str]:
    """Return every interface word in ``lang``."""
    return {key: forms[lang] for key, forms in WORDS.items()}


def page_path(page: str, lang: Lang) -> str:
    """Return the path of ``page`` in ``lang`` ('/', '/explore/', '/uk/', '/uk/explore/')."""
    tail = "" if page == "today" else page + "/"
    return ("/uk/" if lang == "uk" else "/") + tail
