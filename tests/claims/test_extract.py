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


def test_town_level_figure_is_marked_unverifiable() -> None:
    claim = _only("Russian losses near Pokrovsk reached 1,200 in a day.")
    assert claim.unverifiable_reason and "direction" in claim.unverifiable_reason


def test_combined_categories_are_marked_unverifiable() -> None:
    claim = _only("ЗСУ знищили 24 танки і бойові броньовані машини.")
    assert claim.unverifiable_reason and "two categories" in claim.unverifiable_reason


def test_killed_only_figures_are_out_of_scope() -> None:
    ext = _claims("Russia has lost 198,000 killed, Zelensky said.")
    assert ext.claims == () and "killed only" in ext.out_of_scope[0].reason


def test_quote_covers_hedge_number_noun_and_date() -> None:
    text = "Officials said Russia lost more than 1,500 troops on January 5 near the front."
    claim = _only(text)
    assert claim.quote == "more than 1,500 troops on January 5"
    assert text[claim.start : claim.end] == claim.quote
