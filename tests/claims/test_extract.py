"""Claim extraction without the record: categories, kinds, wording, dates, out-of-scope reasons."""

from __future__ import annotations

from datetime import date

import pytest

from attrition.claims import ClaimKind, Scale, extract_claims
from attrition.claims.lexicon import Comparator
from attrition.model.dates import DateConvention

AS_OF = date(2025, 1, 16)
SCALES = {
    "personnel": Scale(2_200, 814_150), "tanks": Scale(60, 9_791),
    "armoured_vehicles": Scale(120, 20_368), "artillery": Scale(100, 22_015),
}


def _claims(text: str):  # noqa: ANN202 - test helper
    return extract_claims(text, as_of=AS_OF, scales=SCALES)


def _only(text: str):  # noqa: ANN202 - test helper
    ext = _claims(text)
    assert len(ext.claims) == 1, (ext.claims, ext.out_of_scope)
    return ext.claims[0]


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        pytest.param("Russia has lost some 798,040 troops since February 2022.", ClaimKind.TOTAL, 798_040, id="total-since"),
        pytest.param("On January 5, Russia lost 1,550 soldiers.", ClaimKind.DAY, 1_550, id="day"),
        pytest.param("Russia lost 48,670 troops in December.", ClaimKind.PERIOD, 48_670, id="month"),
        pytest.param("Russian losses topped 1,500 for the tenth day in a row.", ClaimKind.STREAK, 1_500, id="streak"),
        pytest.param("It was the deadliest day so far, with 2,200 casualties.", ClaimKind.RECORD, 2_200, id="record"),
        pytest.param("Russia's losses passed one million.", ClaimKind.MILESTONE, 1_000_000, id="milestone-words"),
        pytest.param("Russia is close to 800,000 losses.", ClaimKind.MILESTONE, 800_000, id="close-to"),
        pytest.param("За минулу добу ЗСУ ліквідували 1550 окупантів.", ClaimKind.DAY, 1_550, id="uk-day"),
        pytest.param("Втрати ворога сягнули 800 тисяч.", ClaimKind.MILESTONE, 800_000, id="uk-milestone"),
        pytest.param("Russia is losing about 1,600 soldiers a day.", ClaimKind.PERIOD, 1_600, id="daily-rate"),
    ],
)
def test_kind_follows_the_wording(text: str, kind: ClaimKind, value: int) -> None:
    claim = _only(text)
    assert (claim.kind, claim.value, claim.category) == (kind, value, "personnel")


@pytest.mark.parametrize(
    ("text", "comparator"),
    [
        ("Russia lost nearly 1,600 troops yesterday.", Comparator.NEARLY),
        ("Russia lost more than 1,500 troops yesterday.", Comparator.AT_LEAST),
        ("Russia lost about 1,500 troops yesterday.", Comparator.ABOUT),
        ("Росія втратила понад 1500 військових учора.", Comparator.AT_LEAST),
        ("Росія втратила близько 1500 військових учора.", Comparator.ABOUT),
        ("Росія втратила майже 1500 військових учора.", Comparator.NEARLY),
        ("Russia lost fewer than 1,500 troops yesterday.", Comparator.AT_MOST),
        ("Russia lost 1,500 troops yesterday.", Comparator.EXACT),
    ],
)
def test_hedges_set_the_comparison(text: str, comparator: Comparator) -> None:
    assert _only(text).comparator is comparator


def test_several_figures_in_one_sentence_each_get_their_month() -> None:
    claims = _claims("Russia lost 48,670 troops in December, 48,240 in January and 36,570 in February.").claims
    assert [(c.value, c.category, c.time.primary.start.month) for c in claims if c.time] == [
        (48_670, "personnel", 12), (48_240, "personnel", 1), (36_570, "personnel", 2),
    ]


def test_equipment_list_gets_one_claim_per_category() -> None:
    claims = _claims("Russia has lost 9,780 tanks, 20,348 armoured combat vehicles and 21,975 artillery systems.").claims
    assert [(c.category, c.kind) for c in claims] == [
        ("tanks", ClaimKind.TOTAL), ("armoured_vehicles", ClaimKind.TOTAL), ("artillery", ClaimKind.TOTAL),
    ]


def test_cars_and_cisterns_map_to_vehicles_and_fuel_tanks() -> None:
    assert _only("Russia has lost 33,995 cars and cisterns since 2022.").category == "vehicles_fuel_tanks"


def test_reported_on_a_date_hints_the_report_date() -> None:
    claim = _only("The General Staff reported 2,200 Russian losses on December 20.")
    assert claim.convention_hint is DateConvention.REPORT
    assert _only("On December 19, Russia lost 2,200 soldiers.").convention_hint is None


def test_general_staff_list_line_gives_total_and_increment() -> None:
    claims = _claims("з 24.02.22 по 15.01.25 орієнтовно становлять: танків — 9780 (+13) од.").claims
    assert [(c.category, c.kind, c.value, c.convention_hint) for c in claims] == [
        ("tanks", ClaimKind.TOTAL, 9_780, DateConvention.REPORT),
        ("tanks", ClaimKind.DAY, 13, DateConvention.REPORT),
    ]
    assert claims[1].time is not None and claims[1].time.day == date(2025, 1, 15)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        pytest.param("North Korea sent some 11,000 troops to Kursk.", "another country's troops", id="dprk"),
        pytest.param("Ukraine has lost 43,000 soldiers, Zelensky said.", "Ukraine's losses", id="ukraine"),
        pytest.param("Mediazona has identified 88,726 Russian soldiers killed.", "another counting body's figure", id="mediazona"),
        pytest.param("Russia captured 725 square kilometres in November.", "area", id="area"),
        pytest.param("The war costs Russia $330 million a day.", "money", id="money"),
        pytest.param("Losses rose 12% on the month.", "percentage", id="percent"),
        pytest.param("Some 50,000 Russian soldiers have deserted.", "deserters", id="deserters"),
        pytest.param("Russian troops carried out 169 assaults on Tuesday.", "attacks", id="assaults"),
        pytest.param("Росія зосередила біля Курська 50 тисяч військових.", "troop strength", id="uk-strength"),
        pytest.param("Під час обміну повернулися 25 полонених.", "prisoners of war", id="uk-pow"),
        pytest.param("Day 1,057 of the war began quietly.", "war day", id="war-day"),
        pytest.param("Russia has 600,000 troops in Ukraine.", "troop strength", id="deployed"),
    ],
)
def test_numbers_about_something_else_are_out_of_scope(text: str, reason: str) -> None:
    ext = _claims(text)
    assert ext.claims == ()
    assert reason in [o.reason for o in ext.out_of_scope]


def test_dates_and_model_names_are_neither_claims_nor_out_of_scope() -> None:
    ext = _claims("On 7 January 2025 a T-90 and two Su-34 jets were seen at 07:30.")
    assert ext.claims == () and ext.out_of_scope == ()


def test_town_level_figure_is_out_of_scope_and_not_judged() -> None:
    # issue 11: a one-sector figure is out of scope with its reason, never also judged (it was
    # an unverifiable claim before)
    ext = _claims("Russian losses near Pokrovsk reached 1,200 in a day.")
    assert ext.claims == () and "direction" in ext.out_of_scope[0].reason


def test_combined_categories_are_read_as_their_sum() -> None:
    claim = _only("ЗСУ знищили 24 танки і бойові броньовані машини.")
    assert claim.category == "tanks+armoured_vehicles" and claim.unverifiable_reason is None


def test_killed_only_figures_are_out_of_scope() -> None:
    ext = _claims("Russia has lost 198,000 killed, Zelensky said.")
    assert ext.claims == () and "killed only" in ext.out_of_scope[0].reason


def test_quote_covers_hedge_number_noun_and_date() -> None:
    text = "Officials said Russia lost more than 1,500 troops on January 5 near the front."
    claim = _only(text)
    assert claim.quote == "more than 1,500 troops on January 5"
    assert text[claim.start : claim.end] == claim.quote


@pytest.mark.parametrize(
    ("text", "category", "kind", "value"),
    [
        pytest.param("Ukraine says it has destroyed 12,069 Russian tanks.", "tanks", ClaimKind.TOTAL, 12_069,
                     id="russian-adjective-is-not-personnel"),
        pytest.param("Moscow has sustained 814,150 casualties since the Kremlin launched its full-scale invasion "
                     "of Ukraine in February 2022.", "personnel", ClaimKind.TOTAL, 814_150, id="since-kremlin-launched"),
        pytest.param("Загалом із лютого 2022 року втрати росії досягли 814 150 людей.", "personnel",
                     ClaimKind.TOTAL, 814_150, id="uk-since-february-2022"),
        pytest.param("A total of 48,670 soldiers were killed or wounded in December.", "personnel",
                     ClaimKind.PERIOD, 48_670, id="a-total-of-in-a-month"),
        pytest.param("Artillery losses peaked in July, with 1,520.", "artillery", ClaimKind.PERIOD, 1_520,
                     id="category-as-subject"),
        pytest.param("Russian forces suffered a daily toll of over 1,000 casualties throughout December.",
                     "personnel", ClaimKind.STREAK, 1_000, id="throughout-a-month-is-a-streak"),
        pytest.param("Russia passed the 800,000 troop-loss mark.", "personnel", ClaimKind.MILESTONE, 800_000,
                     id="troop-loss-mark"),
    ],
)
def test_press_wordings_get_category_and_kind(text: str, category: str, kind: ClaimKind, value: int) -> None:
    c = _only(text)
    assert (c.category, c.kind, c.value) == (category, kind, value)


def test_first_full_month_of_fighting_is_march_2022() -> None:
    c = _only("Russia lost about 12,000 troops in the first full month of fighting.")
    assert c.kind is ClaimKind.PERIOD
    assert (c.time.primary.start, c.time.primary.end) == (date(2022, 3, 1), date(2022, 3, 31))


def test_streak_throughout_a_month_spans_every_day_of_it() -> None:
    c = _only("Russian forces suffered a daily toll of over 1,000 casualties throughout December.")
    assert c.streak_days == 31 and c.comparator is Comparator.AT_LEAST


def test_record_of_this_year_is_bounded_by_the_year() -> None:
    c = _only("Russia is suffering its heaviest daily losses of the year, with 1,710 troops lost in the last 24 hours.")
    assert c.kind is ClaimKind.RECORD and c.record_since == date(2025, 1, 1)


@pytest.mark.parametrize(
    ("text", "value", "reason"),
    [
        pytest.param("Russia last reported its military casualties when it said that around 6,000 soldiers had "
                     "been killed.", 6_000, "another counting body", id="russias-own-admission"),
        pytest.param("Russia put the number of casualties suffered by Ukraine at over 906,000.", 906_000,
                     "Ukraine's losses", id="suffered-by-ukraine"),
        pytest.param("Зеленський назвав цифру у 31 000 загиблих українців.", 31_000, "Ukraine's losses",
                     id="uk-ukrainians-after-number"),
        pytest.param("Втрати росіян загиблими становлять 180 000.", 180_000, "killed only", id="uk-killed-only"),
        pytest.param("Щодня окупанти втрачають від 1000 до 1100 солдатів.", 1_000, "range", id="range"),
        pytest.param("Estonian intelligence estimated that Russia lost around 40,000 soldiers in October.", 40_000,
                     "another counting body", id="estonian-estimate"),
    ],
)
def test_figures_about_something_else_are_out_of_scope(text: str, value: int, reason: str) -> None:
    ext = _claims(text)
    assert not ext.claims, ext.claims
    assert any(o.value == value and reason in o.reason for o in ext.out_of_scope), ext.out_of_scope


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Near Zarichne, Russian forces lost 120 soldiers over the past day.", id="unlisted-town"),
        pytest.param("On the Huliaipole front, Russian troops lost 140 soldiers on Sunday.", id="named-front"),
        pytest.param("В зоні відповідальності ОСУВ «Хортиця» ворог втратив 210 осіб за добу.", id="uk-group-zone"),
    ],
)
def test_local_figures_are_out_of_scope(text: str) -> None:
    # issue 11: one place's or sector's figures are out of scope, never judged (was: unverifiable)
    ext = _claims(text)
    assert ext.claims == () and any("place" in o.reason for o in ext.out_of_scope), ext


def test_one_day_named_twice_is_one_time_reference() -> None:
    ext = _claims("За минулу добу, 15 січня, росія втратила ще 1 610 солдатів, а загалом із лютого 2022 року "
                  "втрати досягли 814 150 людей.")
    total = next(c for c in ext.claims if c.value == 814_150)
    assert total.kind is ClaimKind.TOTAL and total.time is not None and total.time.kind == "war"
