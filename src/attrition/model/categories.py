"""THE canonical list of loss categories: keys, UA/EN labels, aliases, validity, merges.

Everything that turns a label into a category (parsers, importers, claims, charts)
goes through :func:`lookup_category`; no other module keeps its own label table.
A category absent from a report is "not reported", never zero.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from attrition.errors import UnknownCategoryError
from attrition.model.value import FrozenValue


class Category(FrozenValue):
    """One loss category as the General Staff reports it (frozen; a light value type)."""

    __slots__ = (
        "key", "label_en", "label_uk", "unit_en", "unit_uk", "valid_from", "valid_to",
        "is_historic", "merged_into", "is_approximate", "aliases", "note",
    )
    _repr_hidden = ("aliases",)
    key: str
    label_en: str
    label_uk: str
    unit_en: str
    unit_uk: str
    valid_from: date  # first report date the category appears
    valid_to: date | None  # last report date (None: still reported)
    is_historic: bool
    merged_into: str | None  # the category that absorbed it
    is_approximate: bool  # printed with "about"/"близько"
    aliases: tuple[str, ...]
    note: str

    def __init__(
        self, key: str, label_en: str, label_uk: str, unit_en: str, unit_uk: str,
        valid_from: date, valid_to: date | None = None, is_historic: bool = False,
        merged_into: str | None = None, is_approximate: bool = False,
        aliases: tuple[str, ...] = (), note: str = "",
    ) -> None:
        self._set(key=key, label_en=label_en, label_uk=label_uk, unit_en=unit_en,
                  unit_uk=unit_uk, valid_from=valid_from, valid_to=valid_to,
                  is_historic=is_historic, merged_into=merged_into,
                  is_approximate=is_approximate, aliases=aliases, note=note)

    def exists_on(self, report_date: date) -> bool:
        """Return True if the General Staff reported this category on ``report_date``."""
        if report_date < self.valid_from:
            return False
        return self.valid_to is None or report_date <= self.valid_to


_D = date.fromisoformat

CATEGORIES: tuple[Category, ...] = (
    Category(
        "personnel", "personnel", "особовий склад", "persons", "осіб", _D("2022-02-24"),
        is_approximate=True,
        aliases=(
            "personnel", "особового складу", "особовий склад", "особового складу противника",
            "personnel units", "personnel_units", "persons", "troops", "soldiers",
            "military personnel", "killed", "personnel (killed and wounded)", "people",
            "жива сила", "живої сили", "особовий склад ворога", "ліквідовано",
            # news wordings (claims): "1,550 servicemen", "1 080 окупантів"
            "servicemen", "service members", "fighters", "casualties", "personnel losses", "troop losses", "combat losses",
            "russians", "invaders", "occupiers", "occupants", "військових", "військові", "військовослужбовців",
            "окупантів", "окупанти", "росіян", "солдатів", "солдати", "загарбників", "вояків",
            "осіб", "військовиків",
            # Russian-language copies of the report
            "личного состава", "личный состав",
        ),
        note="killed and wounded ('liquidated'); printed as 'about', rounded to 10",
    ),
    Category(
        "tanks", "tanks", "танки", "units", "од.", _D("2022-02-24"),
        aliases=("tanks", "tank", "танків", "танки", "танк", "танков"),
    ),
    Category(
        "armoured_vehicles", "armoured combat vehicles", "бойові броньовані машини", "units",
        "од.", _D("2022-02-24"),
        aliases=(
            "apv", "apc", "apvs", "apcs", "afv", "afvs", "bbm", "ббм",
            "armoured combat vehicles", "armored combat vehicles",
            "armoured fighting vehicles", "armored fighting vehicles", "armoured_fighting_vehicles",
            "armoured personnel vehicles", "armored personnel vehicles",
            "armoured personnel carriers", "armored personnel carriers",
            "armoured vehicles", "armored vehicles", "combat armoured vehicles",
            "бойових броньованих машин", "бойові броньовані машини", "бойова броньована машина",
            "броньованих машин", "ббм (бойових броньованих машин)",
            "infantry fighting vehicles", "fighting vehicles", "бойову броньовану машину",
            "бойових броньованих машини", "боевые бронированные машины",
            "боевых бронированных машин",
            # the news' short word for the line: "втратили ще 1130 солдатів та 32 бронемашини", "знищено 87 танків
            # та 161 бронемашину"
            "бронемашини", "бронемашин", "бронемашину", "бронемашина",
        ),
    ),
    Category(
        "artillery", "artillery systems", "артилерійські системи", "units", "од.",
        _D("2022-02-24"),
        aliases=(
            "artillery", "artillery systems", "artillery system", "field artillery",
            "artillery_systems", "артилерійських систем", "артилерійські системи",
            "артсистем", "артсистеми", "артилерія", "гармат",
            "artillery pieces", "artillery guns", "артилерійську систему", "артилерійська система",
            "артсистему", "артсистема", "гармати", "артиллерийские системы",
            "артиллерийских систем",
        ),
    ),
    Category(
        "mlrs", "MLRS", "РСЗВ", "units", "од.", _D("2022-02-24"),
        aliases=(
            "mlrs", "mrl", "mrls", "multiple launch rocket systems",
            "multiple launch rocket system", "multiple rocket launchers",
            "multiple rocket launch systems", "multiple missile systems", "multiple rocket systems", "rocket systems", "rocketsystems", "рсзв",
            "реактивних систем залпового вогню", "реактивні системи залпового вогню",
            "реактивну систему залпового вогню", "реактивна система залпового вогню",
            "реактивних системи залпового вогню", "рсзо",
        ),
    ),
    Category(
        "air_defense", "air defence systems", "засоби ППО", "units", "од.", _D("2022-02-24"),
        aliases=(
            "anti-aircraft warfare systems", "anti-aircraft warfare", "aaws",
            "aircraft warfare systems", "-aircraft warfare systems",
            "anti aircraft warfare systems", "anti-aircraft systems", "anti-aircraft weapons",
            "air defense", "air defence", "air defense systems", "air defence systems",
            "air defense assets", "air defence assets", "air defense means",
            "air defence means", "aa warfare systems", "aa_warfare_systems", "airdefense",
            # the ministry's English of 2022: "67 anti-aircraft defense systems"
            "anti-aircraft defense systems", "anti-aircraft defence systems",
            "засоби ппо", "засобів ппо", "засоби протиповітряної оборони",
            "засобів протиповітряної оборони", "ппо", "сил ппо", "засіб ппо",
            "средства пво", "средств пво", "пво",
        ),
    ),
    Category(
        "aircraft", "aircraft", "літаки", "units", "од.", _D("2022-02-24"),
        aliases=(
            "aircraft", "aircrafts", "planes", "airplanes", "warplanes", "fixed-wing aircraft",
            "fixedwingaircraft", "jets", "літаків", "літаки", "літак", "fighter jets",
            "самолеты", "самолетов", "самолёты", "самолётов",
        ),
    ),
    Category(
        "helicopters", "helicopters", "гелікоптери", "units", "од.", _D("2022-02-24"),
        aliases=(
            "helicopters", "helicopter", "rotary-wing aircraft", "rotarywingaircraft",
            "гелікоптерів", "гелікоптери", "вертольотів", "вертольоти", "гелікоптер", "вертоліт",
            "вертолеты", "вертолетов", "вертолёты", "вертолётов",
            "гвинтокрилів", "гвинтокрили", "гвинтокрил",  # the purist word for a helicopter
        ),
    ),
    Category(
        "uavs", "operational-tactical UAVs", "БПЛА оперативно-тактичного рівня", "units", "од.",
        _D("2022-02-24"),
        aliases=(
            "uav operational-tactical level", "uavs operational-tactical level",
            "uav operational tactical level", "operational-tactical uavs",
            "operational-tactical level uavs", "operational-tactical level drones", "operational-tactical drones",
            "uav", "uavs", "drone", "drones",
            "uav systems", "uav_systems", "unmanned aerial vehicles",
            "unmanned aerial vehicle systems", "бпла оперативно-тактичного рівня",
            "бпла оперативно тактичного рівня", "бпла", "безпілотників",
            "безпілотні літальні апарати", "безпілотних літальних апаратів",
            "бпла оперативно-тактичного рівня (безпілотники)",
            "uavs (operational-tactical level)", "uav (operational-tactical level)",
            "tactical drones", "дронів оперативно-тактичного рівня", "дрони оперативно-тактичного рівня",
            "дрон оперативно-тактичного рівня", "дронів", "дрони",
            "unmanned aerial vehicles of the operational-tactical level",
            "uavs of the operational-tactical level", "uav of the operational-tactical level",
            "бпла оперативно-тактического уровня",
        ),
    ),
    Category(
        "cruise_missiles", "cruise missiles", "крилаті ракети", "units", "од.",
        _D("2022-05-01"),
        aliases=(
            "cruise missiles", "cruise missile", "cruise_missiles", "missiles",
            "крилатих ракет", "крилаті ракети", "ракет", "крилату ракету", "крилата ракета",
            "крылатые ракеты", "крылатых ракет",
        ),
        note="from 2022-05-01; absorbed the mobile SRBM launcher line",
    ),
    Category(
        "ships", "warships / boats", "кораблі / катери", "units", "од.", _D("2022-02-24"),
        aliases=(
            "warships / boats", "warships/boats", "warships / cutters", "warships and cutters",
            "warships_cutters", "warships", "boats", "ships / boats", "ships/boats",
            "ships", "naval ship", "naval ships", "ships and boats", "warships and boats",
            "кораблів / катерів", "кораблі / катери", "кораблів/катерів", "кораблі/катери",
            "кораблі /катери", "кораблів /катерів", "кораблів", "катерів", "кораблі", "корабель", "корабля",
            "катери", "легких швидкісних катерів", "легких швидкісних катери",
            "легкі швидкісні катери", "boats / ships", "корабли / катера", "кораблей / катеров",
            # the ministry's English of 2022: "two speed boats", "8 naval units"
            "speed boats", "naval units",
        ),
    ),
    Category(
        "submarines", "submarines", "підводні човни", "units", "од.", _D("2023-09-14"),
        aliases=(
            "submarines", "submarine", "підводні човни", "підводних човнів", "підводний човен",
            "подводные лодки", "подводных лодок",
        ),
    ),
    Category(
        "vehicles_fuel_tanks", "vehicles and fuel tanks", "автомобільна техніка та автоцистерни",
        "units", "од.", _D("2022-05-01"),
        aliases=(
            "vehicles and fuel tanks", "vehicles & fuel tanks", "vehicles_fuel_tanks",
            "cars and cisterns", "cars and fuel tanks", "vehicles and tankers",
            "motor vehicles and fuel tanks", "automotive equipment and tank trucks", "vehicles and tank trucks",
            "automotive equipment and fuel tanks", "automotive vehicles and fuel tanks",
            "unarmoredvehicles", "unarmored vehicles", "unarmoured vehicles",
            "автомобільної техніки та автоцистерн", "автомобільна техніка та автоцистерни",
            "автомобільної техніки й автоцистерн",
            "автомобільної техніки і автоцистерн", "автотехніки та автоцистерн",
            "автомобільної техніки", "автомобільна техніка",
            "automotive equipment", "автомобільна техніка й автоцистерни",
            "автомобільну техніку та автоцистерни", "автомобільну техніку", "military trucks", "trucks",
            "automobile equipment",  # the ministry's English of 2022: "404 units of automobile equipment"
            "автотехніки", "автотехніку", "автотехніка",
            "автомобильную технику и автоцистерны", "автомобильная техника и автоцистерны",
            "автомобильной техники и автоцистерн",
        ),
        note="from 2022-05-01: merge of military auto and fuel tanks",
    ),
    Category(
        "special_equipment", "special equipment", "спеціальна техніка", "units", "од.",
        _D("2022-03-16"),
        aliases=(
            "special equipment", "special military equipment", "special_military_equip",
            "special_equipment", "specialequipment", "special vehicles", "спеціальної техніки",
            "спеціальна техніка", "спецтехніки", "спецтехніка", "спеціальну техніку", "спецтехніку",
            "специальную технику", "специальная техника", "специальной техники",
        ),
    ),
    Category(
        "ground_robots", "ground robotic systems", "наземні робототехнічні комплекси", "units",
        "од.", _D("2026-05-03"),
        aliases=(
            "ground robotic systems", "ground robotic complexes", "ground robots",
            "unmanned ground vehicles", "ugv", "ugvs", "ground robotic system",
            "наземних робототехнічних комплексів", "наземні робототехнічні комплекси",
            "нрк", "наземні роботизовані комплекси", "наземних роботизованих комплексів",
            "наземные робототехнические комплексы", "наземных робототехнических комплексов",
        ),
    ),
    # --- historic categories, 2022 only ------------------------------------------------
    Category(
        "military_auto", "military vehicles", "автомобілі", "units", "од.", _D("2022-02-24"),
        _D("2022-04-30"), is_historic=True, merged_into="vehicles_fuel_tanks",
        aliases=(
            "military auto", "military vehicles", "vehicles", "cars", "automobiles", "автомобілів",
            "автомобілі", "автомобільної техніки (автомобілів)",
        ),
        note="until 2022-04-30, then merged with fuel tanks into vehicles and fuel tanks",
    ),
    Category(
        "fuel_tanks", "fuel tanks", "цистерни з ПММ", "units", "од.", _D("2022-02-24"),
        _D("2022-04-30"), is_historic=True, merged_into="vehicles_fuel_tanks",
        aliases=(
            "fuel tank", "fuel tanks", "tankers", "cisterns", "цистерн з пмм",
            "цистерни з пмм", "автоцистерн", "автоцистерни", "цистерн", "цистерни",
            "tanks with fuel and lubricants", "цистерн з паливно-мастильними матеріалами",
        ),
        note="until 2022-04-30, then merged with military auto into vehicles and fuel tanks",
    ),
    Category(
        "srbm_launchers", "mobile SRBM systems", "пускові установки ОТРК/ТРК", "units", "од.",
        _D("2022-03-26"), _D("2022-04-30"), is_historic=True, merged_into="cruise_missiles",
        aliases=(
            "mobile srbm system", "mobile srbm systems", "srbm", "srbm systems",
            "atgm_srbm_systems", "atgm/srbm systems", "пускові установки отрк/трк",
            "пу отрк/трк", "установки отрк/трк", "отрк/трк",
            "launcher of the operational-tactical missile system",
            "launchers of the operational-tactical missile system",
        ),
        note="2022-03-26 to 2022-04-30, later folded into cruise missiles",
    ),
    Category(
        "pow", "prisoners of war", "військовополонені", "persons", "осіб", _D("2022-02-24"),
        _D("2022-04-27"), is_historic=True,
        aliases=("pow", "prisoners of war", "prisoners", "полонених", "військовополонених"),
        note="reported only in the first weeks of the war",
    ),
)

KEYS: tuple[str, ...] = tuple(c.key for c in CATEGORIES)
CURRENT_KEYS: tuple[str, ...] = tuple(c.key for c in CATEGORIES if not c.is_historic)
_BY_KEY: dict[str, Category] = {c.key: c for c in CATEGORIES}


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    from attrition.model.labels import normalize_label

    table: dict[str, str] = {}
    for cat in CATEGORIES:
        for alias in (cat.key, cat.key.replace("_", " "), cat.label_en, cat.label_uk, *cat.aliases):
            norm = normalize_label(alias)
            owner = table.setdefault(norm, cat.key)
            if owner != cat.key:  # pragma: no cover - guarded by a test
                raise AssertionError(f"alias {alias!r} claimed by {owner} and {cat.key}")
    # "-aircraft warfare systems" normalises to "aircraft warfare systems"; keep it on air defence
    return table


def get_category(key: str) -> Category:
    """Return the category with canonical ``key``; raise UnknownCategoryError otherwise."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise UnknownCategoryError(key) from None


def lookup_category(label: str) -> Category:
    """Return the category a label, alias or key names; raise UnknownCategoryError otherwise."""
    if label in _BY_KEY:  # a key folds to itself: skip building the alias table
        return _BY_KEY[label]
    from attrition.model.labels import normalize_label

    norm = normalize_label(label)
    key = _alias_table().get(norm) or _alias_table().get(norm.replace(" / ", "/"))
    if key is None:
        raise UnknownCategoryError(label)
    return _BY_KEY[key]


def find_category(label: str) -> Category | None:
    """Return the category a label names, or None when it names none."""
    from attrition.model.labels import normalize_label

    key = _alias_table().get(normalize_label(label))
    return _BY_KEY[key] if key else None


@lru_cache(maxsize=1)
def alias_slashes() -> int:
    """Return the most "/" any alias holds ("warships / boats": 1).

    Normalising keeps every slash, so a label with more slashes than this names no
    category: a reader splitting a bilingual "uk / en" label tries only the splits whose
    sides could match (linear, not one lookup per slash of a "a/a/a/…" line; issue 14).
    """
    return max(alias.count("/") for alias in _alias_table())


def all_aliases() -> dict[str, str]:
    """Return every normalised alias mapped to its category key."""
    return dict(_alias_table())
