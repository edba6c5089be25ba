"""THE crosswalk from Oryx equipment types to the official categories, with caveats in words.

One registry (:data:`ORYX_TYPES`), next to :mod:`attrition.model.categories`: every Oryx
type label the importers meet, spelled as Oryx spells it today, with the spellings it
had before (``aliases``), the official category it counts towards (or None), and a note
where the two do not measure the same thing. :func:`oryx_type` turns any spelling into
its entry; :func:`oryx_types_for` lists the types summed for one official category.

The caveats that hold for every comparison are in :data:`GENERAL_CAVEATS`; a
comparison prints them with the per-type notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass(frozen=True)
class OryxType:
    """One Oryx equipment type and the official category it counts towards."""

    label: str  # Oryx's current spelling
    category: str | None  # official category key; None: no official counterpart
    aliases: tuple[str, ...] = field(default=(), repr=False)
    note: str = ""
    is_summary: bool = False  # "All Types" and the "Losses of …" / "Losses excluding …" lines


ORYX_TYPES: tuple[OryxType, ...] = (
    OryxType("All Types", None, is_summary=True,
             note="Oryx's grand total over every type, including types with no official counterpart."),
    OryxType("Losses of Armoured Combat Vehicles", None, is_summary=True,
             note="Oryx summary line (tanks + AFV + IFV + APC + MRAP); counted through its parts."),
    OryxType("Losses excluding Recon Drones and Trucks", None, is_summary=True,
             aliases=("Losses excluding Recon Drones, UGVs, and Trucks",),
             note="Oryx summary line; dropped from the page in 2026."),
    OryxType("Tanks", "tanks"),
    OryxType("Armoured Fighting Vehicles", "armoured_vehicles"),
    OryxType("Infantry Fighting Vehicles", "armoured_vehicles"),
    OryxType("Armoured Personnel Carriers", "armoured_vehicles"),
    OryxType("Mine-Resistant Ambush Protected", "armoured_vehicles"),
    OryxType("Infantry Mobility Vehicles", "armoured_vehicles",
             note="Oryx IMVs are partly unarmoured; the General Staff may count some as vehicles."),
    OryxType("Self-Propelled Artillery", "artillery"),
    OryxType("Towed Artillery", "artillery"),
    OryxType("Heavy Mortars", "artillery",
             note="A separate Oryx type from 2023; the General Staff's artillery includes mortars."),
    OryxType("Multiple Rocket Launchers", "mlrs"),
    OryxType("Rocket and Missile Artillery", "mlrs",
             note="Short-lived Oryx type (2022); mostly MRLs."),
    OryxType("Surface-To-Air Missile Systems", "air_defense"),
    OryxType("Self-Propelled Anti-Aircraft Guns", "air_defense"),
    OryxType("Anti-Aircraft Guns", "air_defense",
             note="Towed guns; the General Staff does not say whether it counts them as air defence."),
    OryxType("Aircraft", "aircraft"),
    OryxType("Helicopters", "helicopters"),
    OryxType("Unmanned Combat Aerial Vehicles", "uavs",
             note="Oryx counts individual airframes it can see; the General Staff counts "
                  "operational-tactical UAVs shot down. The two are not the same population."),
    OryxType("Reconnaissance Unmanned Aerial Vehicles", "uavs",
             note="Split from 'Unmanned Aerial Vehicles' in 2022; dropped from the Russian page in 2026."),
    OryxType("Unmanned Aerial Vehicles", "uavs",
             note="Oryx's single drone type before the combat/reconnaissance split."),
    OryxType("Naval Ships and Submarines", "ships", aliases=("Naval Ships",),
             note="Includes submarines, which the General Staff counts separately since 2023-09."),
    OryxType("Trucks, Vehicles, and Jeeps", "vehicles_fuel_tanks",
             aliases=("Trucks, Vehicles and Jeeps", "Trucks, Vehicles, Jeeps, and Trains",
                      "Trucks"),
             note="Oryx sees only a fraction of soft-skinned vehicles; the gap is widest here."),
    OryxType("Logistics Trains", "vehicles_fuel_tanks", note="Split from the trucks type in 2023."),
    OryxType("Engineering Vehicles And Equipment", "special_equipment",
             aliases=("Engineering Vehicles",)),
    OryxType("Command Posts And Communications Stations", "special_equipment",
             aliases=("Communications Stations", "Communications Vehicles")),
    OryxType("Radars", "special_equipment", aliases=("Radars And Communications Equipment",)),
    OryxType("Jammers And Deception Systems", "special_equipment"),
    OryxType("Artillery Support Vehicles And Equipment", "special_equipment",
             aliases=("Artillery and Missile Support Vehicles And Equipment",)),
    OryxType("Unmanned Ground Vehicles", "ground_robots",
             note="Oryx lists UGVs from 2023; the General Staff only from 2026-05."),
    OryxType("Self-Propelled Anti-Tank Missile Systems", None,
             note="No official counterpart (the General Staff may count them as armoured vehicles)."),
    OryxType("Anti-Tank Guided Missiles", None, note="Infantry weapons; no official counterpart."),
    OryxType("Man-Portable Air Defence Systems", None, note="Infantry weapons; no official counterpart."),
    OryxType("Artillery", "artillery", note="A short-lived spelling in one scraper's log."),
    OryxType("Mortars", "artillery", note="A short-lived spelling in one scraper's log."),
)

GENERAL_CAVEATS: tuple[str, ...] = (
    "Oryx counts only losses it can confirm with photo or video evidence, so its figures are a "
    "lower bound that trails events by days to months.",
    "The General Staff counts what it reports as destroyed in its own terms, without evidence "
    "per item; its figures are claims, not confirmed counts.",
    "Oryx types and the official categories are not drawn the same way; the crosswalk sums "
    "Oryx types into the nearest official category.",
    "Oryx dates are when a scraper saw the page change, not when the loss happened.",
)


# "… - 13080, of which: …"; the spaces before the dash read from the start of their run only
# (possessive): from every space of a long run the search re-read the run (issue 14's audit)
_OF_WHICH = re.compile(r"(?<!\s)\s++-\s++\d++,\s*+of which.*$")


def _drop_brackets(text: str) -> str:
    """Return ``re.sub(r"\\s*\\[.*?\\]", "", text)``, in one pass.

    Each "[" to the first "]" after it on its line is dropped with the spaces before it. As a
    regex, each "[" of a run with no "]" searched to the end of its line: an Oryx label of
    20,000 "[ " took 5.6 s to read, quadratic (issue 14's audit).
    """
    out: list[str] = []
    pos = look = 0  # copied up to pos; the next "[" is looked for from look
    while (opening := text.find("[", look)) >= 0:
        closing = text.find("]", opening + 1)
        if closing < 0:
            break  # no "]" after: no "[" from here on is closed
        line_end = text.find("\n", opening + 1, closing)
        if line_end >= 0:  # not closed on its line, nor is any "[" before the line's end
            look = line_end + 1
            continue
        start = opening
        while start > pos and text[start - 1].isspace():
            start -= 1
        out.append(text[pos:start])
        pos = look = closing + 1
    return "".join(out) + text[pos:] if out else text


def _norm(label: str) -> str:
    text = label.replace("\xa0", " ").strip().casefold()
    text = _drop_brackets(text)  # "Losses of … [Tanks, AFVs, …]"
    text = _OF_WHICH.sub("", text)
    return re.sub(r"[\s,]+", " ", text).strip()


@lru_cache(maxsize=1)
def _index() -> dict[str, OryxType]:
    out: dict[str, OryxType] = {}
    for entry in ORYX_TYPES:
        for spelling in (entry.label, *entry.aliases):
            out[_norm(spelling)] = entry
    return out


@lru_cache(maxsize=4096)  # the importers ask for the same few dozen labels ~60,000 times
def oryx_type(label: str) -> OryxType | None:
    """Return the crosswalk entry of an Oryx type label (any known spelling), or None."""
    return _index().get(_norm(label))


def oryx_types_for(category: str) -> tuple[OryxType, ...]:
    """Return the (non-summary) Oryx types counted towards one official category."""
    return tuple(t for t in ORYX_TYPES if t.category == category and not t.is_summary)


def crosswalk_categories() -> tuple[str, ...]:
    """Return the official categories at least one Oryx type maps to, in registry order."""
    return tuple(dict.fromkeys(t.category for t in ORYX_TYPES if t.category))
