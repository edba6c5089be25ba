"""The compare and territory caveats in Ukrainian (the library states them in English).

Keyed by the English sentence the library gives, so the desk shows the same caveat in
either language; :func:`caveat` falls back to the English text for a sentence it does
not know, and ``tests/web/test_caveats.py`` fails when the library gains a caveat with
no Ukrainian form here.
"""

from __future__ import annotations

from attrition.web.i18n import Lang

UK: dict[str, str] = {
    # model.crosswalk.GENERAL_CAVEATS
    "Oryx counts only losses it can confirm with photo or video evidence, so its figures are a "
    "lower bound that trails events by days to months.":
        "Oryx рахує лише втрати, підтверджені фото чи відео, тож його цифри — нижня межа, що "
        "відстає від подій на дні або місяці.",
    "The General Staff counts what it reports as destroyed in its own terms, without evidence "
    "per item; its figures are claims, not confirmed counts.":
        "Генштаб рахує знищене за власними правилами, без доказів щодо кожної одиниці; його "
        "цифри — заяви, а не підтверджений підрахунок.",
    "Oryx types and the official categories are not drawn the same way; the crosswalk sums "
    "Oryx types into the nearest official category.":
        "Типи Oryx і категорії Генштабу визначені по-різному; відповідність підсумовує типи "
        "Oryx у найближчу офіційну категорію.",
    "Oryx dates are when a scraper saw the page change, not when the loss happened.":
        "Дати Oryx — це коли скрапер побачив зміну сторінки, а не коли сталася втрата.",
    # model.crosswalk notes of the types with an official counterpart
    "Oryx IMVs are partly unarmoured; the General Staff may count some as vehicles.":
        "Бронеавтомобілі Oryx (IMV) частково неброньовані; Генштаб може рахувати частину з "
        "них як автотехніку.",
    "A separate Oryx type from 2023; the General Staff's artillery includes mortars.":
        "Окремий тип Oryx з 2023 року; артилерія Генштабу включає міномети.",
    "Short-lived Oryx type (2022); mostly MRLs.":
        "Недовговічний тип Oryx (2022); здебільшого РСЗВ.",
    "Towed guns; the General Staff does not say whether it counts them as air defence.":
        "Буксировані гармати; Генштаб не каже, чи рахує їх як засоби ППО.",
    "Oryx counts individual airframes it can see; the General Staff counts operational-tactical "
    "UAVs shot down. The two are not the same population.":
        "Oryx рахує окремі апарати, які бачить; Генштаб — збиті БПЛА оперативно-тактичного "
        "рівня. Це різні сукупності.",
    "Split from 'Unmanned Aerial Vehicles' in 2022; dropped from the Russian page in 2026.":
        "Виділений з «Unmanned Aerial Vehicles» у 2022 році; прибраний зі сторінки росії у 2026.",
    "Oryx's single drone type before the combat/reconnaissance split.":
        "Єдиний тип дронів Oryx до поділу на ударні та розвідувальні.",
    "Includes submarines, which the General Staff counts separately since 2023-09.":
        "Включає підводні човни, які Генштаб рахує окремо з вересня 2023.",
    "Oryx sees only a fraction of soft-skinned vehicles; the gap is widest here.":
        "Oryx бачить лише частку небронованої техніки; розрив тут найбільший.",
    "Split from the trucks type in 2023.": "Виділений з типу вантажівок у 2023 році.",
    "Oryx lists UGVs from 2023; the General Staff only from 2026-05.":
        "Oryx веде наземні роботи з 2023 року; Генштаб — лише з травня 2026.",
    "A short-lived spelling in one scraper's log.":
        "Недовговічне написання в журналі одного скрапера.",
    # library.independent.NAMED_DEATHS_CAVEATS
    "The General Staff's personnel figure counts killed AND wounded ('liquidated'); the named "
    "list counts only the dead.":
        "Цифра Генштабу щодо особового складу охоплює вбитих І поранених («ліквідовано»); "
        "іменний список — лише загиблих.",
    "Named deaths are a lower bound: only deaths confirmed by name from obituaries, social media "
    "and official notices are counted, with a lag of months.":
        "Іменний список — нижня межа: враховано лише смерті, підтверджені за іменем з некрологів, "
        "соцмереж та офіційних повідомлень, із запізненням у місяці.",
    "Estimates derived from the named list are shown as intervals, never a point.":
        "Оцінки на основі іменного списку подано інтервалами, ніколи не точкою.",
    # library.independent.OFFICIAL_CONVENTION, ORYX_CONVENTION, TERRITORY_CONVENTION
    "official: report date (the report published on D covers losses to D-1) for 'on a day'; "
    "loss date for monthly changes":
        "Генштаб: дата звіту (звіт, опублікований у день D, охоплює втрати до D-1) для «на "
        "день»; дата втрат для змін за місяць",
    "Oryx: the date a scraper saw the page (not the date of the loss)":
        "Oryx: дата, коли скрапер побачив сторінку (а не дата втрати)",
    "map-state date: a period's change = area of the last snapshot describing the period's last "
    "day minus that of the period before (a DeepState file dated D shows the map as of D-1); "
    "weeks are ISO weeks":
        "дата стану мапи: зміна за період = площа на останньому знімку, що описує останній день "
        "періоду, мінус площа на кінець попереднього періоду (файл DeepState з датою D показує "
        "мапу станом на D-1); тижні — за ISO",
}

ITEMS_UK = {"confirmed names": "підтверджені імена", "estimated deaths": "оцінка загиблих",
            "ukrwarlosses total": "загалом за ukrwarlosses"}

_COUNTED_AS = "Oryx types counted as "


def caveat(text: str, lang: Lang, category_uk: str = "") -> str:
    """Return the caveat ``text`` in ``lang`` (English: as given)."""
    if lang == "en":
        return text
    if text in UK:
        return UK[text]
    if text.startswith(_COUNTED_AS) and ": " in text:  # "Oryx types counted as tanks: Tanks."
        types = text.split(": ", 1)[1]
        return f"Типи Oryx, враховані як «{category_uk or text[len(_COUNTED_AS):].split(':')[0]}»: {types}"
    label, sep, note = text.partition(": ")  # "<Oryx type>: <note>"
    if sep and note in UK:
        return f"{label}: {UK[note]}"
    return text
