"""THE list of sources: each one's name, role in the consensus, rank, and where it is defined.

The one registry of what a source *is*. ``attrition.sources`` loads a source object from
its entry (the object's ``name``, ``role`` and ``rank`` are this entry's); the store reads
role and rank from here to build the consensus, and the update reads the order from here.
It lives in ``model`` because both ``sources`` and ``store`` need it and neither may import
the other; it holds plain values only, so reading it imports no source module.

Roles:
  * ``reported`` — a copy of the General Staff's reported figures (its own texts, or a
    mirror of them): votes in the consensus.
  * ``independent`` — a count of its own (e.g. a visual confirmation tally): kept,
    queried and compared, never a vote in the consensus.

Adding a source: write its module under ``attrition/sources/`` with a ``SOURCE`` object
(see :class:`attrition.sources.base.Source`) and add one :class:`SourceEntry` below.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class SourceRole(StrEnum):
    """Whether a source's values vote in the consensus."""

    REPORTED = "reported"  # votes in the consensus
    INDEPENDENT = "independent"  # kept, queried, compared; never votes


@dataclass(frozen=True, slots=True)
class SourceRank:
    """A source's place in a consensus tie-break: an official text first, then ``priority``."""

    is_official: bool  # the General Staff's own text (wins ties before priority)
    priority: int  # lower wins a tie among equally official sources

    def order_key(self, name: str) -> tuple[bool, int, str]:
        """Return the sort key that puts the best source first (official, priority, name)."""
        return (not self.is_official, self.priority, name)


@dataclass(frozen=True, slots=True)
class SourceEntry:
    """One registered source: its facts and the ``module:attribute`` of its Source object."""

    name: str
    role: SourceRole
    rank: SourceRank
    target: str

    @property
    def votes(self) -> bool:
        """Return True if this source's values vote in the consensus."""
        return self.role is SourceRole.REPORTED


def _entry(name: str, official: bool, priority: int, role: SourceRole = SourceRole.REPORTED
           ) -> SourceEntry:
    return SourceEntry(name, role, SourceRank(official, priority), f"attrition.sources.{name}:SOURCE")


# In the order files are offered to sources for recognition.
ROSTER: dict[str, SourceEntry] = {
    entry.name: entry
    for entry in (
        _entry("gs_text", True, 0),
        _entry("petroivaniuk", False, 10),
        _entry("lod_db", False, 30),
        _entry("minfin", False, 40),
        _entry("russianwarship", False, 20),
        _entry("telegram", True, 1),
        _entry("mod_site", True, 2),
        _entry("oryx", False, 900, SourceRole.INDEPENDENT),
        _entry("mediazona", False, 900, SourceRole.INDEPENDENT),
        _entry("deepstate", False, 900, SourceRole.INDEPENDENT),
    )
}

# What a source missing from the roster (an old database, a test double) counts as.
UNKNOWN_RANK = SourceRank(False, 100)


def source_rank(name: str) -> SourceRank:
    """Return the rank of ``name`` (:data:`UNKNOWN_RANK` for a name not in the roster)."""
    entry = ROSTER.get(name)
    return entry.rank if entry is not None else UNKNOWN_RANK


def source_role(name: str) -> SourceRole:
    """Return the role of ``name``; a name not in the roster is taken as reported."""
    entry = ROSTER.get(name)
    return entry.role if entry is not None else SourceRole.REPORTED


def official_sources() -> tuple[str, ...]:
    """Return the names of the sources that are the General Staff's own texts."""
    return tuple(name for name, entry in ROSTER.items() if entry.rank.is_official)


def non_voting_sources() -> frozenset[str]:
    """Return the names of the sources whose values never vote in the consensus."""
    return frozenset(name for name, entry in ROSTER.items() if not entry.votes)
