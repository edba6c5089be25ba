"""The Ukrainian form of every explanation template in :mod:`attrition.claims.explain`.

Written as a Ukrainian editor writes a fact-check, not translated word for word: "звіт за
20 грудня 2024 року", "втрати за 19 грудня", "за датою втрат / за датою звіту", category
names as the General Staff prints them in «», a dash instead of a verb that would have to
agree in gender ("втрати … — 2 200"). Keys match explain.EN one for one (a test checks).
"""

from __future__ import annotations

UK: dict[str, str] = {
    # verdicts
    "correct": "Правильно: {says}{detail}.",
    "in_range": "це в межах заявлених {claimed}",
    "rounded": "Округлено: {says}, тож «{claimed}» — коректне округлення{detail}.",
    "other_convention": "Правильно за іншою датою, якщо {note}: {says}{detail}; натомість {base}.",
    "incorrect_condition": "Неправильно: {core}.",
    "incorrect": "Неправильно: {core}, а не {claimed}{holds}.",
    "unverifiable": "Не можна перевірити: {why}.",
    "says": "{what} — {value}{unit}",
    "says_arith": "{what} — {value}{unit} ({short})",
    "and_other": "{core}, тоді як {other}",
    "core_detail": "{core} ({detail})",
    "claimed_days": "{days}{unit}",
    "claimed_passed": "день, коли загальна цифра перетнула позначку {value}",
    "note_report": "{what} означає дати звітів (день, коли Генштаб оприлюднив цифри)",
    "note_loss": "{what} означає дати втрат (день, коли сталися втрати, — за день до звіту)",
    "the_date": "дата",
    "quoted": "«{text}»",
    # why a claim cannot be checked
    "no_series": "у даних немає ряду за категорією {label}",
    "no_report_for_period": "у даних немає звіту за цю дату чи період",
    "no_longer_reported": "Генштаб більше не подає категорію {label}",
    "before_invasion": "{day} — це ще до повномасштабного вторгнення; дані починаються зі звіту за {first}",
    "after_latest": "{day} — пізніше за останній доступний звіт (за {last})",
    "reported_only_from": "Генштаб подає категорію {label} лише з {first}",
    "no_report_yet": "звіту за {day} ще немає (останній — за {last})",
    "gap": "жоден одноденний звіт не охоплює {day} (пропуск у звітах)",
    # a day's figure
    "latest_report": "останній звіт (за {day})",
    "report_before_latest": "передостанній звіт",
    "day_loss": "втрати за {loss} (звіт за {report})",
    "day_report": "приріст у звіті за {report} (втрати за {loss})",
    "day_holds": "{value} — це цифра звіту за {report} (втрати за {loss})",
    "arrow": "{before} → {after}",
    "arrow_correction": "{before} → {after}, з урахуванням заявленого коригування {correction}",
    "arith_diff": "{before} → {after} = {diff}",
    "arith_printed": "у звіті надруковано (+{printed})",
    "arith_correction": "з урахуванням заявленого коригування {correction}",
    "arith_report": "{parts} (звіт за {report})",
    # totals and milestones
    "latest_says": "в останньому звіті (за {day}) — {total}",
    "report_of": "звіт за {report}",
    "no_report_on": "звіту за {day} немає; взято попередній",
    "total_on": "загальна цифра на {day}",
    "total_on_loss": "загальна цифра на кінець {day}",
    "total_in_report": "загальна цифра за категорією {label} у звіті за {report}",
    "total_holds": "{value} — загальна цифра звіту за {report}",
    "first_reached": "загальна цифра за категорією {label} уперше сягнула {value} у звіті за {report} "
                     "(втрати за {loss})",
    "not_reached": "загальна цифра за категорією {label} ще не сягнула {value}",
    "within": "це в межах періоду «{period}» {conv}",
    "outside": "це поза періодом «{period}» {conv}",
    "up_from": "у попередньому звіті було {total}",
    "milestone_not_yet": "ще у звіті за {report} загальна цифра не сягала {value} ({total}, бракувало {gap})",
    "milestone_passed_later": "позначку {value} згодом перетнуто у звіті за {report} ({total})",
    "milestone_gap": "до позначки бракує {gap}",
    "milestone_forecast": "до позначки бракує {gap}: за прогнозним темпом (зважений недавній добовий темп) — приблизно {days}{unit} "
                          "(близько {day})",
    "milestone_first": "загальна цифра вперше сягнула {value} у звіті за {report} ({total})",
    # periods
    "past_7": "останні 7 днів",
    "past_30": "останні 30 днів",
    "base_report": "{total} (звіт за {report})",
    "period_arith": "{end} (звіт за {report}) − {base} = {value}",
    "mean_arith": "{arith}; ÷ {days}{unit} = {mean} на добу",
    "period_what": "сума за {period} {conv}",
    "mean_what": "середньодобові втрати за {period} {conv}",
    "mean_month_arith": "{arith}; ÷ {months} міс. = {mean} на місяць",
    "mean_month_what": "середньомісячні втрати за {period} {conv}",
    "mean_month_short": "{value} за {months} міс.; {short}",
    "figures_to": "дані до {day} включно",
    "period_short": "{end} − {base}, звіти за {end_report} і {base_report}",
    "period_short_first": "загальна цифра звіту за {report}",
    "mean_short": "{value} за {days}{unit}; {short}",
    "sum_for_month": "{value} — це сума за {month} {conv}",
    "sum_for_range": "{value} — це сума за {span} {conv}",
    # records and streaks
    "up_to": "до {day}",
    "from_to": "з {first} до {last}",
    "in_period": "за {period}",
    "since_period": "за {period}",
    "record_day": "{nth}найбільша добова цифра за категорією {label} {where} {conv}",
    "record_was": "{record} — {value} (за {day})",
    "on_day": "вона припала на {day}",
    "so_far": "досі",
    "highest_month_before": "найбільшим місяцем до того був {month}: {value}",
    "highest_year_before": "найбільшим роком до того був {year}: {value}",
    "record_month": "найбільша місячна цифра за категорією {label} {conv}",
    "in_month": "це був {month}",
    "run": "серія днів поспіль, коли цифра за категорією {label} була {side} {value}, "
           "що завершилася {end} {conv}",
    "run_from": "серія почалася {day}",
    "run_none": "такого дня тоді не було",
    "ending": "до {day} включно",
}
