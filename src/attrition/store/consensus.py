"""The consensus rules: which source's value a (category, report date) gets, and why.

Pure computation over values already read from the store; no SQL here. Per report date
each voting source (role "reported" in :mod:`attrition.model.roster`; an "independent"
source's values are kept but never counted) has one current value; the total most sources
agree on wins; a tie goes to a value an official report text states, then to the best
source priority (lower first), both read from the roster's ranks.
Every tie-break or outvoted source becomes a "disagreement" finding naming each value.
A value that breaks monotonicity loses to one that fits; a decrease that a single
non-official source states is left out of the consensus (see :func:`decide`).
``increment_diff`` and ``span_days`` come from :func:`attrition.model.series.series_values`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from attrition.model.dates import loss_date
from attrition.model.records import Finding
from attrition.model.roster import ROSTER, UNKNOWN_RANK, SourceRank, non_voting_sources
from attrition.model.series import series_values
from attrition.store.rows import ConsensusRow

Ranks = Mapping[str, SourceRank]
Vote = tuple[int, int | None, int]  # total, increment_printed, is_approximate (0/1)
Day = tuple[date, dict[str, Vote]]  # one report date: each source's current value

# The roster's ranks: the default of every function that takes ``ranks``.
ROSTER_RANKS: Ranks = {name: entry.rank for name, entry in ROSTER.items()}


def rank_of(source: str, ranks: Ranks) -> SourceRank:
    """Return the rank of ``source`` (one missing from ``ranks`` ranks last)."""
    return ranks.get(source) or UNKNOWN_RANK


def _order_key(source: str, ranks: Ranks) -> tuple[bool, int, str]:
    return rank_of(source, ranks).order_key(source)


def ranked_sources(sources: Iterable[str], source_rank: Ranks) -> list[str]:
    """Return ``sources`` best first: official texts, then by priority, then by name."""
    return sorted(sources, key=lambda s: _order_key(s, source_rank))


def choose_total(
    votes: Mapping[str, Vote], source_rank: Ranks
) -> tuple[int, tuple[str, ...], str | None]:
    """Return (winning total, the sources stating it best first, rule); rule None if unanimous.

    The rule is "majority", "official" (a tie broken by an official text) or "priority".
    """
    return _choose(votes, tuple(ranked_sources(votes, source_rank)), source_rank)


def _choose(
    votes: Mapping[str, Vote], ranked: tuple[str, ...], source_rank: Ranks
) -> tuple[int, tuple[str, ...], str | None]:
    first = votes[ranked[0]][0]
    if all(votes[s][0] == first for s in ranked):
        return first, ranked, None
    by_total: dict[int, list[str]] = {}
    for source in ranked:
        by_total.setdefault(votes[source][0], []).append(source)
    most = max(len(s) for s in by_total.values())
    tied = [t for t, s in by_total.items() if len(s) == most]
    if len(tied) == 1:
        winner, rule = tied[0], "majority"
    else:
        official = [t for t in tied if any(rank_of(s, source_rank).is_official for s in by_total[t])]
        if len(official) == 1:
            winner, rule = official[0], "official"
        else:
            # by_total's lists follow `ranked`, so [0] is each value's best source.
            pool = official or tied
            winner = min(pool, key=lambda t: _order_key(by_total[t][0], source_rank))
            rule = "priority"
    return winner, tuple(by_total[winner]), rule


def _disagreement(
    category: str, day: date, votes: Mapping[str, Vote], ranked: Sequence[str], total: int,
    rule: str,
) -> Finding:
    values = {s: votes[s][0] for s in ranked}
    stated = ", ".join(f"{s} {v}" for s, v in values.items())
    return Finding(
        kind="disagreement",
        message=f"{category} on {day.isoformat()}: sources disagree ({stated}); "
        f"chose {total} by {rule}",
        category=category,
        report_date=day,
        details={"values": values, "chosen": total, "rule": rule},
    )


def _next_total(days: Sequence[Day], index: int) -> int | None:
    """Return the total the plain rules give the day at ``index`` (None past the end)."""
    if index >= len(days):
        return None
    votes = days[index][1]
    totals = {vote[0] for vote in votes.values()}
    return next(iter(totals)) if len(totals) == 1 else None  # a disputed neighbour is no guide


def _fit_neighbours(
    votes: Mapping[str, Vote], ranked: tuple[str, ...], source_rank: Ranks,
    choice: tuple[int, tuple[str, ...], str | None], prev: int | None, nxt: int | None,
) -> tuple[int, tuple[str, ...], str | None]:
    """Prefer, among disagreeing values, those that keep the totals monotonic (issue 14 #13).

    A value below the previous day's consensus or above the next day's agreed total breaks
    monotonicity; when the rules chose such a value and another stated value fits between
    its neighbours, the fitting values are chosen among (by the same rules), rule "monotonic".
    """
    def fits(total: int) -> bool:
        return (prev is None or total >= prev) and (nxt is None or total <= nxt)

    total = choice[0]
    if fits(total) or (prev is None and nxt is None):
        return choice
    fitting = {s: v for s, v in votes.items() if fits(v[0])}
    if not fitting:
        return choice
    winner, agreeing, _rule = _choose(fitting, tuple(s for s in ranked if s in fitting),
                                      source_rank)
    return winner, agreeing, "monotonic"


def _unconfirmed(agreeing: Sequence[str], source_rank: Ranks) -> bool:
    """Return True if one source alone, not an official report text, states a value."""
    return len(agreeing) == 1 and not rank_of(agreeing[0], source_rank).is_official


def _unconfirmed_decrease(
    category: str, day: date, prev: tuple[date, int, int | None, bool, tuple[str, ...]],
    total: int, agreeing: Sequence[str],
) -> Finding:
    return Finding(
        kind="unconfirmed_decrease",
        message=(f"{category} on {day.isoformat()}: {agreeing[0]} alone states {total:,}, "
                 f"below {prev[1]:,} ({prev[0].isoformat()}); kept {prev[1]:,} as the consensus "
                 "until another source confirms it"),
        category=category,
        report_date=day,
        source=agreeing[0],
        details={"stated": total, "kept": prev[1], "kept_report_date": prev[0].isoformat(),
                 "decrease": prev[1] - total},
    )


def decide(
    category: str,
    days: Iterable[Day],
    corrections: Mapping[date, int],
    source_rank: Ranks,
    findings: list[Finding],
) -> list[ConsensusRow]:
    """Apply the consensus rules to one category's days; append disagreements to ``findings``.

    ``corrections`` maps a report date to a stated correction amount; when no source
    prints the increment, it is derived as increment_diff − amount on a one-day span.

    Two guards (issue 14): among disagreeing values, one that breaks monotonicity against
    its neighbours loses to a value that fits (rule "monotonic"); and, for a category that
    more than one source states, a decrease that one non-official source alone states
    never becomes the consensus: the day is left out, so the last confirmed value stays
    the latest, and an ``unconfirmed_decrease`` finding says so.
    """
    # One pass per report date, written for speed (it runs ~2 × 10^4 times per full
    # refresh): the ranking of a combination of sources is cached, and the common
    # unanimous day skips _choose.
    ranked_of: dict[tuple[str, ...], tuple[str, ...]] = {}
    points: list[tuple[date, int, int | None, bool, tuple[str, ...]]] = []
    extra: list[tuple[int, dict[str, int]]] = []
    no_values: dict[str, int] = {}
    day_list = list(days)
    # a lone decrease is "unconfirmed" only where another source could confirm it: with
    # one source for the category, its own corrections are all the record has
    can_confirm = len({source for _day, votes in day_list for source in votes}) > 1
    for index, (day, votes) in enumerate(day_list):
        combination = tuple(votes)
        ranked = ranked_of.get(combination)
        if ranked is None:
            ranked = ranked_of[combination] = tuple(ranked_sources(combination, source_rank))
        stated = list(map(votes.__getitem__, ranked))  # (total, printed, approx), best first
        total = stated[0][0]
        for vote in stated:
            if vote[0] != total:
                total, agreeing, rule = _choose(votes, ranked, source_rank)
                total, agreeing, rule = _fit_neighbours(
                    votes, ranked, source_rank, (total, agreeing, rule),
                    points[-1][1] if points else None, _next_total(day_list, index + 1))
                chosen = [votes[source] for source in agreeing]
                break
        else:  # unanimous: the common case
            agreeing, rule, chosen = ranked, None, stated
        if (can_confirm and points and total < points[-1][1]
                and _unconfirmed(agreeing, source_rank)):
            findings.append(_unconfirmed_decrease(category, day, points[-1], total, agreeing))
            continue  # the last confirmed value stays the consensus
        printed = None
        for vote in chosen:  # the best agreeing source stating one ...
            printed = vote[1]
            if printed is not None:
                break
        else:
            if chosen is not stated:  # (a unanimous day's chosen are all it states)
                for vote in stated:  # ... else any source stating one
                    printed = vote[1]
                    if printed is not None:
                        break
        approx = False
        for vote in chosen:
            if vote[2]:
                approx = True
                break
        points.append((day, total, printed, approx, agreeing))
        if rule is None:
            extra.append((len(votes), no_values))
        else:
            finding = _disagreement(category, day, votes, ranked, total, rule)
            findings.append(finding)
            extra.append((len(votes), finding.details["values"]))
    out: list[ConsensusRow] = []
    # series_values sorts by report date; `days` come sorted, so extra[i] matches row i.
    for row, (n_sources, values) in zip(series_values(points), extra, strict=True):
        day, total, printed, diff, span, approx, has_correction, _coarse, agreeing = row
        derived = False
        if printed is None and corrections and diff is not None and span == 1:
            amount = corrections.get(day)
            if amount is not None:
                printed, derived = diff - amount, True
                has_correction = printed != diff
        out.append(ConsensusRow(
            category, day, loss_date(day), total, printed, diff, span, approx, has_correction,
            derived, agreeing, n_sources, values,
        ))
    return out


def compute_consensus(
    category: str,
    days: Iterable[Day],
    corrections: Mapping[date, int],
    source_rank: Ranks = ROSTER_RANKS,
) -> tuple[list[ConsensusRow], list[Finding]]:
    """Return the consensus rows of one category (oldest first) and its disagreements."""
    findings: list[Finding] = []
    rows = decide(category, days, corrections, source_rank, findings)
    return rows, findings


def group_current(rows: Iterable[Sequence[Any]]) -> dict[str, list[Day]]:
    """Group (category, report_date, source, total, printed, approx) rows into sorted days.

    Rows come in id order, so a later row of the same source and day is a newer version
    and replaces the earlier one. (Id order is the table's own order: no sort in SQL.)
    """
    by_cat: dict[str, dict[str, dict[str, Vote]]] = {}
    non_voting = non_voting_sources()  # their values are kept, never counted
    for cat, day, source, total, printed, approx in rows:
        if source in non_voting:
            continue
        days = by_cat.get(cat)
        if days is None:
            days = by_cat[cat] = {}
        votes = days.get(day)
        if votes is None:
            votes = days[day] = {}
        votes[source] = (total, printed, approx)
    return {
        cat: [(date.fromisoformat(day), days[day]) for day in sorted(days)]
        for cat, days in by_cat.items()
    }


def is_better_version(new_recorded_at: str, old_recorded_at: str, cutoff: str) -> bool:
    """Return True if a later-read version replaces an earlier one as of ``cutoff``.

    The as_of rule: the newest version recorded before ``cutoff`` (ISO UTC text) wins;
    when none was, the earliest version answers (history loaded after the date).
    """
    if new_recorded_at < cutoff:
        return old_recorded_at >= cutoff or new_recorded_at >= old_recorded_at
    return old_recorded_at >= cutoff and new_recorded_at < old_recorded_at


def group_as_of(rows: Iterable[Sequence[Any]], cutoff: str) -> dict[str, list[Day]]:
    """Group rows that also carry recorded_at, keeping each source's version as of ``cutoff``.

    A source's value is its newest version recorded before ``cutoff`` (ISO UTC text), else
    its earliest version, so that history loaded after the date still answers.
    """
    out: dict[str, dict[str, dict[str, tuple[Vote, str]]]] = {}
    non_voting = non_voting_sources()
    for cat, day, source, total, printed, approx, recorded_at in rows:
        if source in non_voting:
            continue
        per_source = out.setdefault(cat, {}).setdefault(day, {})
        old = per_source.get(source)
        if old is None or is_better_version(recorded_at, old[1], cutoff):
            per_source[source] = ((total, printed, approx), recorded_at)
    return {
        cat: [
            (date.fromisoformat(day), {s: v[0] for s, v in sources.items()})
            for day, sources in sorted(by_day.items())
        ]
        for cat, by_day in out.items()
    }
