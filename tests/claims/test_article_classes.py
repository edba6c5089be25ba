"""Failure classes of real articles (issue 11), each pinned with a sentence of its class."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from attrition.claims import ClaimKind, VerdictKind, check_text
from attrition.claims.document import read_structure
from attrition.model.series import LossSeries


def test_two_lines_the_general_staff_merged_are_read_as_the_merged_line(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Загалом від початку вторгнення ворог втратив 64 468 автомобілів і автоцистерн."
    report = check_text(text, petro_series, as_of=date(2025, 10, 16))
    (verdict,) = report.verdicts
    assert verdict.claim.category == "vehicles_fuel_tanks"
    assert verdict.verdict is VerdictKind.CORRECT


def test_a_motor_vehicle_total_of_early_2022_is_read_against_that_years_vehicle_line(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Станом на 3 березня окупанти втратили 374 одиниці автомобільної техніки."
    report = check_text(text, petro_series, as_of=date(2022, 3, 3))
    (verdict,) = report.verdicts
    assert verdict.claim.category == "military_auto"
    assert verdict.verdict is VerdictKind.CORRECT


@pytest.mark.parametrize(("text", "figure"), [
    # the source is named by the sentence that follows
    ("Росія, ймовірно, втратила близько 394 000 військових у 2025 році.\n\n"
     "Про це повідомляє розвідка Великої Британії.", 394000),
    ("Russia probably suffered about 394,000 casualties in 2025. "
     "This was reported by the British Defence Intelligence.", 394000),
    # "За повідомленням, ...": the body named in the paragraph before is still speaking
    ("Про це йдеться у звіті Міноборони Британії.\n\n"
     "За повідомленням, Росія втратила понад 410 000 військових у 2024 році.", 410000),
    # a president's own estimate
    ("Zelensky said on Tuesday that Russia had lost 410,000 soldiers since the invasion.", 410000),
    # Russia's own admission
    ("Russia officially reported in 2022 that it had lost 5,900 soldiers.", 5900),
    ("On May 2, the Center for Strategic and International Studies said Russia would soon pass "
     "900,000 casualties.", 900000),
    # killed only, after the noun
    ("By then Russia had lost about 210,000 soldiers killed, the estimate said.", 210000),
    # a rate per area gained
    ("That is an average of 1,150 per day, and about 95 losses per square kilometre gained.", 95),
])
def test_a_figure_of_another_body_or_another_measure_is_out_of_scope_only(
    text: str, figure: int, petro_series: dict[str, LossSeries],
) -> None:
    report = check_text(text, petro_series, as_of=date(2026, 1, 15))
    assert figure not in {v.claim.value for v in report.verdicts}
    assert figure in {o.value for o in report.out_of_scope}


def test_both_bounds_of_a_thousands_shorthand_range_are_out_of_scope(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Another 40-60 000 Russian soldiers were listed as missing in action, Kyiv said."
    report = check_text(text, petro_series, as_of=date(2026, 1, 15))
    assert not report.verdicts
    assert {40, 60000} <= {o.value for o in report.out_of_scope}


def test_an_attribution_to_the_general_staff_that_follows_keeps_the_figure_judged(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("The Russian army lost another 1,130 soldiers over the past day.\n\n"
            "This was reported by the General Staff of the Armed Forces of Ukraine.")
    report = check_text(text, petro_series, as_of=date(2025, 12, 31))
    assert [v.claim.value for v in report.verdicts] == [1130]


def test_a_list_after_a_colon_takes_the_date_before_the_colon(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("Порівняно з попереднім зведенням, втрати ворога за добу становили: танків – 12 од., "
            "артилерійських систем – 25 од., БПЛА – 40 од.")
    report = check_text(text, petro_series, as_of=date(2024, 3, 10))
    assert [v.claim.value for v in report.verdicts] == [12, 25, 40]
    assert {v.claim.kind for v in report.verdicts} == {ClaimKind.DAY}


def test_a_comma_after_a_unit_abbreviation_does_not_start_a_sentence() -> None:
    text = "Загалом: танків – 1110 од., бойових броньованих машин – 2686 од., РСЗВ – 171 од."
    assert len(read_structure(text, "uk").sentences) == 1


def test_the_equipment_a_paragraph_speaks_of_carries_to_its_bare_figures(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("Russian artillery losses climbed through the summer. The losses peaked later, "
            "with figures like 1,150 in August.")
    report = check_text(text, petro_series, as_of=date(2024, 10, 11))
    assert [(v.claim.value, v.claim.category) for v in report.verdicts] == [(1150, "artillery")]


def test_soldiers_named_again_end_the_equipment_topic(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russian artillery losses climbed through the summer. Russia also lost soldiers at a "
            "record pace, with 38,130 in September.")
    report = check_text(text, petro_series, as_of=date(2024, 10, 11))
    assert [(v.claim.value, v.claim.category) for v in report.verdicts] == [(38130, "personnel")]


def test_an_abbreviated_month_with_a_dot_and_a_day_is_one_date() -> None:
    from attrition.claims.dates import find_times

    refs = find_times("As of Oct. 9, Kyiv said Russia had lost 2,300 tanks.", date(2022, 10, 10))
    assert [(r.kind, r.text) for r in refs] == [("day", "Oct. 9")]
    refs = find_times("As of Sept. 12, the count rose.", date(2022, 10, 10))
    assert [(r.kind, r.text) for r in refs] == [("day", "Sept. 12")]


def test_the_length_of_a_span_in_hours_is_no_figure(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia lost 1,030 soldiers over a 24-hour span, the General Staff said on Tuesday."
    report = check_text(text, petro_series, as_of=date(2023, 2, 7))
    assert 24 not in {v.claim.value for v in report.verdicts}


def test_in_a_week_is_the_seven_reports_before_the_article(petro_series: dict[str, LossSeries]) -> None:
    text = "Kyiv: Russia Lost 5,200 Soldiers and 75 Tanks in a Week"
    report = check_text(text, petro_series, as_of=date(2024, 3, 10))
    assert [(v.claim.value, v.claim.kind) for v in report.verdicts] == [
        (5200, ClaimKind.PERIOD), (75, ClaimKind.PERIOD)]
    assert all(v.claim.time is not None and "7 days" in v.claim.time.primary.label for v in report.verdicts)


def test_more_than_before_a_listed_figure_does_not_cut_the_list_from_its_period(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Russian troops lost 5,900 soldiers and more than 150 artillery systems over the past week."
    report = check_text(text, petro_series, as_of=date(2024, 3, 10))
    assert [(v.claim.value, v.claim.kind) for v in report.verdicts] == [
        (5900, ClaimKind.PERIOD), (150, ClaimKind.PERIOD)]


def test_ukraine_after_in_is_where_russia_lost_not_who_lost(petro_series: dict[str, LossSeries]) -> None:
    text = "Moscow's army in Ukraine lost 1,020 soldiers over the past day, Kyiv said."
    report = check_text(text, petro_series, as_of=date(2024, 3, 10))
    assert [v.claim.value for v in report.verdicts] == [1020]
    text = "Ukraine lost 600 soldiers near the river, Moscow said."
    assert not check_text(text, petro_series, as_of=date(2024, 3, 10)).verdicts


def test_fighters_are_soldiers_and_fighter_jets_are_aircraft(petro_series: dict[str, LossSeries]) -> None:
    text = "Russia lost 910 fighters and two fighter jets over the past 24 hours, Kyiv said."
    report = check_text(text, petro_series, as_of=date(2024, 3, 10))
    assert [(v.claim.value, v.claim.category) for v in report.verdicts] == [(910, "personnel"), (2, "aircraft")]


def test_a_capitalised_multiplier_in_a_headline_is_part_of_its_number() -> None:
    from attrition.claims.numbers import find_numbers

    assert [(n.text, n.value) for n in find_numbers("Losses Pass 1 Million, Kyiv Says")] == [("1 Million", 1_000_000)]


def test_a_number_word_of_hundreds_is_a_figure_and_at_least_holds_at_its_bound(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "За минулу добу українські воїни знешкодили щонайменше дві сотні ворогів."
    report = check_text(text, petro_series, as_of=date(2022, 6, 18))
    (verdict,) = report.verdicts
    assert (verdict.claim.value, verdict.claim.kind) == (200, ClaimKind.DAY)
    assert verdict.verdict is VerdictKind.CORRECT  # the day's figure was exactly 200


def test_a_round_mark_restated_is_judged_once_at_its_most_exact_statement(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("Russian Losses Top 1 Million\n\n"
            "Russia's losses have passed 1,000,000 soldiers since the full-scale invasion began, "
            "the General Staff said on Thursday. One million is a grim figure, officials said; "
            "Russia has lost one million troops since the invasion began.")
    report = check_text(text, petro_series, as_of=date(2025, 6, 13))
    assert [(v.claim.value, v.claim.number_text) for v in report.verdicts] == [(1_000_000, "1,000,000")]
    restated = [o for o in report.out_of_scope if o.reason.startswith("restates")]
    assert [o.quote for o in restated][:1] == ["1 Million"] and len(restated) >= 2


def test_a_yearly_list_reads_each_years_sum_and_the_average_after_it(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russian losses by year:\n"
            "2023: 253,290 soldiers lost — averaging 694 per day\n"
            "2024: 430,790 soldiers — averaging 1,180 per day\n")
    report = check_text(text, petro_series, as_of=date(2025, 3, 1))
    got = [(v.claim.value, v.claim.kind, v.claim.measure, v.verdict) for v in report.verdicts]
    assert got == [
        (253290, ClaimKind.PERIOD, "sum", VerdictKind.CORRECT),
        (694, ClaimKind.PERIOD, "mean", VerdictKind.CORRECT),  # 693.9: within 1 is the figure itself
        (430790, ClaimKind.PERIOD, "sum", VerdictKind.CORRECT),
        (1180, ClaimKind.PERIOD, "mean", VerdictKind.ROUNDED),  # 1,177.0 said in tens
    ]


def test_a_sum_from_the_first_day_of_the_war_is_the_end_reports_total(
    series_via_store: Callable[..., dict[str, LossSeries]],
) -> None:
    from datetime import timedelta

    from attrition.model.records import Observation

    first = date(2022, 2, 24)  # a record that holds a report dated 24 February (as one mirror does)
    rows = [Observation("personnel", first + timedelta(days=i), 800 + 300 * i) for i in range(400)]
    series = series_via_store({"test": rows}, {"test": []})
    total_2022 = 800 + 300 * (date(2023, 1, 1) - first).days  # the report of 1 January 2023
    text = f"In 2022, Russia lost {total_2022:,} soldiers, the General Staff said."
    (verdict,) = check_text(text, series, as_of=date(2023, 1, 20)).verdicts
    assert verdict.verdict is VerdictKind.CORRECT


def test_a_list_item_with_its_own_noun_after_the_figure_is_still_a_list_item(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("За оцінками Генштабу, загальні бойові втрати противника орієнтовно становили:\n\n"
            "особового складу – близько 15,3 тис. осіб, танків – 530 од., бойових броньованих машин – "
            "1597 од., артилерійських систем – 280 од., літаків – 99 од., гелікоптерів – 123 од.")
    report = check_text(text, petro_series, as_of=date(2022, 3, 30))
    assert 15300 in {v.claim.value for v in report.verdicts}


def test_a_four_digit_count_with_its_unit_is_no_year(petro_series: dict[str, LossSeries]) -> None:
    text = "Загальні втрати ворога становили: танків – 1205 од., автомобільної техніки – 1987 од."
    report = check_text(text, petro_series, as_of=date(2022, 5, 15))
    assert {1205, 1987} <= {v.claim.value for v in report.verdicts}


@pytest.mark.parametrize(("phrase", "key"), [
    ("безпілотники", "uavs"), ("підводного човна", "submarines"), ("корабель", "ships"), ("танка", "tanks"),
])
def test_a_ukrainian_category_noun_is_known_in_its_other_cases(phrase: str, key: str) -> None:
    from attrition.claims.scope import noun_after

    noun = noun_after(f"5 {phrase} (+1)", 1, 40)
    assert noun is not None and noun.category.key == key


def test_a_sentence_naming_another_body_first_speaks_for_it_to_the_end_of_its_paragraph(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("Британська розвідка проаналізувала дані Генштабу ЗСУ про втрати Росії. "
            "За її оцінкою, Росія втратила 395 тисяч солдатів від початку року.")
    report = check_text(text, petro_series, as_of=date(2025, 12, 20))
    assert not report.verdicts
    assert 395000 in {o.value for o in report.out_of_scope}


def test_a_record_said_of_a_figure_is_a_claim_of_its_own(petro_series: dict[str, LossSeries]) -> None:
    text = ("Russian forces lost 48,670 troops in December, the highest monthly figure since the start of "
            "the full-scale invasion, Kyiv said.")
    report = check_text(text, petro_series, as_of=date(2025, 1, 2))
    got = [(v.claim.value, v.claim.kind, v.claim.record_scope, v.verdict) for v in report.verdicts]
    assert got == [(48670, ClaimKind.PERIOD, "day", VerdictKind.CORRECT),
                   (48670, ClaimKind.RECORD, "month", VerdictKind.CORRECT)]
    record = report.verdicts[1].claim
    assert record.quote.startswith("the highest monthly figure")


def test_a_record_in_the_next_sentence_is_said_of_the_day_figure_before_it(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("Overnight Russia lost 2,200 soldiers, bringing its total to 770,420, the General Staff said. "
            "Officials called the daily toll the deadliest of the war so far.")
    report = check_text(text, petro_series, as_of=date(2024, 12, 20))
    records = [v for v in report.verdicts if v.claim.kind is ClaimKind.RECORD]
    assert [(v.claim.value, v.verdict) for v in records] == [(2200, VerdictKind.CORRECT)]


def test_an_undated_article_is_dated_by_the_month_sum_it_states_with_its_year(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("Kyiv: 41,980 — Russian personnel losses in October 2024.\n\n"
            "Russia lost 41,980 soldiers in October, the General Staff said.")
    report = check_text(text, petro_series, today=date(2026, 12, 4))
    assert report.as_of == date(2024, 11, 1)
    assert all(v.verdict is VerdictKind.CORRECT for v in report.verdicts)


def test_a_hyphenated_category_noun_is_the_spaced_one(petro_series: dict[str, LossSeries]) -> None:
    text = "Kyiv says Russia has lost 180 air-defence systems since the invasion began."
    report = check_text(text, petro_series, as_of=date(2022, 12, 1))
    assert [(v.claim.value, v.claim.category) for v in report.verdicts] == [(180, "air_defense")]


def test_a_word_the_excerpt_cut_off_after_a_figure_does_not_set_it_aside(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Від початку вторгнення Росія втратила близько 900 000 окуп […]"
    report = check_text(text, petro_series, as_of=date(2025, 5, 20))
    assert [v.claim.value for v in report.verdicts] == [900000]


def test_since_someone_invaded_in_late_february_is_the_start_of_the_count(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Kyiv says about 45,400 Russian soldiers have been killed since Putin invaded Ukraine in late February."
    (verdict,) = check_text(text, petro_series, as_of=date(2022, 8, 21)).verdicts
    assert verdict.claim.kind is ClaimKind.TOTAL and verdict.claim.time is not None
    assert verdict.claim.time.kind == "war"


def test_figures_and_months_said_respectively_pair_in_order(petro_series: dict[str, LossSeries]) -> None:
    text = "Russian tank losses were heavy in June and July, with 359 and 290 tanks destroyed, respectively."
    report = check_text(text, petro_series, as_of=date(2024, 10, 11))
    got = [(v.claim.value, v.claim.time.primary.label if v.claim.time else None) for v in report.verdicts]
    assert got == [(359, "June 2024"), (290, "July 2024")]


def test_the_next_day_and_a_date_without_its_year_follow_the_date_written_before_them(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("On February 26, 2022, the General Staff put Russian losses at 4,300 soldiers. "
            "The next day, Russian losses climbed to 4,500 soldiers, and by March 2 the figure stood at 5,840.")
    report = check_text(text, petro_series, as_of=date(2025, 6, 12))
    got = [(v.claim.value, v.claim.time.primary.start if v.claim.time else None) for v in report.verdicts]
    assert got == [(4300, date(2022, 2, 26)), (4500, date(2022, 2, 27)), (5840, date(2022, 3, 2))]


def test_over_a_bound_for_the_first_time_is_a_record_that_holds_exactly(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Russia lost more than 1,500 soldiers in a single day for the first time, Kyiv said on Friday."
    (verdict,) = check_text(text, petro_series, as_of=date(2024, 5, 24)).verdicts
    assert verdict.claim.kind is ClaimKind.RECORD


def test_a_month_and_two_days_joined_by_and_are_two_days_not_a_range() -> None:
    from attrition.claims.dates import find_times

    refs = find_times("The worst days were October 3 and 17, officials said.", date(2024, 12, 1))
    assert [(r.kind, r.primary.start) for r in refs] == [("day", date(2024, 10, 3)), ("day", date(2024, 10, 17))]
    refs = find_times("Between October 3 and 17, losses rose.", date(2024, 12, 1))
    assert [(r.kind, r.primary.start, r.primary.end) for r in refs] == [
        ("period", date(2024, 10, 3), date(2024, 10, 17))]


def test_an_undated_article_is_dated_by_a_day_figure_whose_date_has_no_year(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Russian forces lost 2,200 soldiers on December 20, Ukrainian officials said on Friday."
    report = check_text(text, petro_series, today=date(2026, 12, 4))
    assert report.as_of == date(2024, 12, 20)
    assert report.verdicts[0].verdict is VerdictKind.CORRECT_OTHER_CONVENTION  # 2,200 is the report of the 20th


def test_an_undated_article_is_dated_by_the_one_year_its_last_year_sum_fits(
    petro_series: dict[str, LossSeries],
) -> None:
    text = "Kyiv put Russia's losses last year at 430,790 soldiers, the highest yearly toll of the war."
    report = check_text(text, petro_series, today=date(2026, 12, 4))
    assert report.as_of == date(2025, 1, 1)
    assert [(v.claim.kind, v.verdict) for v in report.verdicts] == [(ClaimKind.PERIOD, VerdictKind.CORRECT)]


def test_two_consecutive_years_named_together_are_one_period(petro_series: dict[str, LossSeries]) -> None:
    text = "За 2023 та 2024 роки втрати ворога склали близько 684 080 військових, повідомив Генштаб."
    (verdict,) = check_text(text, petro_series, as_of=date(2025, 1, 10)).verdicts
    assert verdict.claim.kind is ClaimKind.PERIOD
    assert verdict.claim.time is not None and verdict.claim.time.primary.start == date(2023, 1, 1)
    assert verdict.claim.time.primary.end == date(2024, 12, 31)


def test_a_list_items_total_after_its_day_figure_without_brackets_is_the_total(
    petro_series: dict[str, LossSeries],
) -> None:
    text = ("За минулу добу армія РФ втратила:\n\n"
            "3 танки (загалом 11 261)\n\n"
            "385 безпілотників оперативно-тактичного рівня 70 021\n")
    report = check_text(text, petro_series, as_of=date(2025, 10, 15))
    got = {(v.claim.value, v.claim.kind, v.claim.category) for v in report.verdicts}
    assert (70021, ClaimKind.TOTAL, "uavs") in got


def test_a_as_the_last_item_of_a_list_of_figures_is_one(petro_series: dict[str, LossSeries]) -> None:
    text = "Over the past day Russia lost 1,050 soldiers, 12 tanks, 30 artillery systems and a helicopter."
    report = check_text(text, petro_series, as_of=date(2024, 10, 11))
    assert (1, "helicopters") in {(v.claim.value, v.claim.category) for v in report.verdicts}
    text = "Over the past day Russia lost 1,050 soldiers and a lot of equipment, Kyiv said."
    assert 1 not in {v.claim.value for v in check_text(text, petro_series, as_of=date(2024, 10, 11)).verdicts}


@pytest.mark.parametrize(("text", "key", "verdict"), [
    ("Russia has lost 30,504 tanks and armored vehicles since the start of the invasion.",
     "tanks+armoured_vehicles", VerdictKind.CORRECT),
    ("Від початку вторгнення росія втратила 30 504 танків і ББМ.", "tanks+armoured_vehicles", VerdictKind.CORRECT),
    ("Russia has lost 600 aircraft and helicopters since February 2022.", "aircraft+helicopters",
     VerdictKind.INCORRECT),
])
def test_a_figure_adding_two_categories_is_judged_against_their_sum(
    petro_series: dict[str, LossSeries], text: str, key: str, verdict: VerdictKind,
) -> None:
    # report of 30 Jan 2025: tanks 9,890 + armoured vehicles 20,614; aircraft 369 + helicopters 331
    report = check_text(text, petro_series, as_of=date(2025, 1, 30))
    (v,) = report.verdicts
    assert (v.claim.category, v.verdict) == (key, verdict)
    assert v.evidence[-1].total in {9_890 + 20_614, 369 + 331}  # the sum of the two lines


@pytest.mark.parametrize(("text", "verdict"), [
    ("Since the start of the invasion Russia has lost 52,916 tanks, armored vehicles and artillery systems, "
     "the General Staff said.", VerdictKind.CORRECT),
    ("Russian forces have lost 40,100 tanks, armoured combat vehicles, and artillery systems since February 2022.",
     VerdictKind.INCORRECT),
    ("Загалом з початку вторгнення ворог втратив 52 916 танків, бойових броньованих машин та артилерійських "
     "систем.", VerdictKind.CORRECT),
])
def test_a_figure_adding_three_categories_is_judged_against_their_sum(
    petro_series: dict[str, LossSeries], text: str, verdict: VerdictKind,
) -> None:
    # report of 30 Jan 2025: tanks 9,890 + armoured vehicles 20,614 + artillery 22,412 = 52,916
    report = check_text(text, petro_series, as_of=date(2025, 1, 30))
    (v,) = report.verdicts
    assert (v.claim.category, v.verdict) == ("tanks+armoured_vehicles+artillery", verdict)
    assert v.evidence[-1].total == 52_916
    assert v.explanation.count(", ") >= 1 and ", " in v.claim.quote  # "tanks, armoured vehicles and artillery"


def test_a_list_of_figures_is_not_read_as_one_sum(petro_series: dict[str, LossSeries]) -> None:
    text = "Over the past day Russia lost 12 tanks, 30 armored vehicles and 25 artillery systems."
    report = check_text(text, petro_series, as_of=date(2024, 10, 11))
    assert {v.claim.category for v in report.verdicts} == {"tanks", "armoured_vehicles", "artillery"}


@pytest.mark.parametrize("text", [
    "Over the past day, the Russian army lost 86 units of equipment, the General Staff reported.",
    "Russia also lost 86 pieces of military equipment over the past 24 hours, Kyiv said.",
    "За минулу добу армія РФ втратила 950 військових і 86 одиниць техніки, повідомив Генштаб.",
])
def test_a_figure_for_all_equipment_at_once_is_unverifiable_with_its_reason(
    petro_series: dict[str, LossSeries], text: str,
) -> None:
    # the General Staff prints each equipment category, never one total for all of them
    report = check_text(text, petro_series, as_of=date(2025, 1, 30))
    (v,) = [v for v in report.verdicts if v.claim.value == 86]
    assert v.verdict is VerdictKind.UNVERIFIABLE
    assert v.claim.category != "personnel"
    assert "техніки разом" in v.explanation or "all equipment" in v.explanation


@pytest.mark.parametrize("text", [
    "Russia lost 1,050 soldiers over the past 99999999999999999999 days.",
    "Over the past 5000000 weeks Russia lost 1,050 soldiers.",
])
def test_a_period_longer_than_any_record_is_read_as_no_dates_not_an_overflow(
    petro_series: dict[str, LossSeries], text: str,
) -> None:
    report = check_text(text, petro_series, as_of=date(2025, 1, 30))
    assert all(v.claim.time is None or v.claim.time.kind != "period" for v in report.verdicts)


@pytest.mark.parametrize(("text", "part"), [
    ("Overall, the enemy has lost 10,300 tanks and jeeps since the full-scale invasion began, Kyiv said.", "jeeps"),
    ("Загалом окупанти втратили 10 300 танків і вантажівок від початку повномасштабного вторгнення.", "вантажівок"),
    ("Since February 2022 Russia has lost 9,890 tanks and motorcycles, the General Staff said.", "motorcycles"),
])
def test_a_figure_adding_a_part_that_is_no_category_is_unverifiable_naming_the_part(
    petro_series: dict[str, LossSeries], text: str, part: str,
) -> None:
    report = check_text(text, petro_series, as_of=date(2025, 1, 30))
    (v,) = report.verdicts
    assert v.verdict is VerdictKind.UNVERIFIABLE
    assert part in v.explanation


@pytest.mark.parametrize("text", [
    "Russia has lost 9,890 tanks and was forced to pull old ones from storage.",
    "Russia has now lost 9,890 tanks and counting.",
    "Загалом ворог втратив 9 890 танків і продовжує наступ.",
])
def test_a_clause_after_and_is_not_a_named_part(petro_series: dict[str, LossSeries], text: str) -> None:
    report = check_text(text, petro_series, as_of=date(2025, 1, 30))
    (v,) = report.verdicts
    assert (v.claim.category, v.verdict) == ("tanks", VerdictKind.CORRECT)


def _first_day_with_one(series: LossSeries) -> date:
    rows = [r for r in series.rows if r.report_date.year == 2024 and r.increment_diff == 1 and r.span_days == 1]
    return rows[0].report_date


@pytest.mark.parametrize(("category", "sentence"), [
    ("aircraft", "Ukrainian forces also shot down an aircraft over the past day, the General Staff said."),
    ("aircraft", "Russia also lost a Russian Su-34 aircraft over the past day, according to the General Staff."),
    ("helicopters", "Over the past day, Ukraine's military destroyed a Ka-52 helicopter, the General Staff said."),
])
def test_a_or_an_before_an_aircraft_helicopter_or_ship_in_a_loss_sentence_is_one(
    category: str, sentence: str, petro_series: dict[str, LossSeries],
) -> None:
    day = _first_day_with_one(petro_series[category])
    (verdict,) = check_text(sentence, petro_series, as_of=day).verdicts
    assert (verdict.claim.value, verdict.claim.category, verdict.claim.kind) == (1, category, ClaimKind.DAY)
    assert verdict.verdict is VerdictKind.CORRECT


@pytest.mark.parametrize("sentence", [
    "Russia lost 1,200 troops as a helicopter attack hit Kharkiv, the General Staff said.",  # a modifier
    "Russia lost an aircraft carrier's worth of equipment, the General Staff said.",
    "Russia lost a tank and 1,200 troops over the past day, the General Staff said.",  # an episode, not a count
    "A Russian helicopter flew over the city on Tuesday.",  # no loss wording
])
def test_a_or_an_that_is_no_count_of_losses_is_no_figure(sentence: str, petro_series: dict[str, LossSeries]) -> None:
    report = check_text(sentence, petro_series, as_of=date(2024, 1, 30))
    assert 1 not in {v.claim.value for v in report.verdicts} | {o.value for o in report.out_of_scope}
