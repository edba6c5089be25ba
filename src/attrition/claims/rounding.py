"""How far a claimed figure may be from the truth: the one rule, by the claim's wording and spelling.

A figure written exactly must be the figure; a round one ("427,000") may be the truth rounded to
its unit or cut down to it, as the graded articles read journalists; "about", "nearly", "over"
and "at least" each widen it in their own direction. Used by the verdict, by the dating of an
article by its figures, and by the independent counts (Oryx, the named dead). Pure.
"""

from __future__ import annotations

from dataclasses import replace

from attrition.claims.claim import Claim
from attrition.claims.lexicon import Comparator
from attrition.claims.scope import claim_category


def native_step(category: str) -> int:
    """Return the rounding of the official figures themselves (personnel: tens)."""
    return 10 if claim_category(category).is_approximate else 1


def reach(claim: Claim, native: int | None = None) -> float:
    """Return how far a figure may be from ``claim.value`` and still :func:`match` it (at most).

    Every figure farther than this from the claimed value matches nothing: a bound to skip
    candidates before the rule itself is applied (a test holds :func:`match` to it). It is
    the widest tolerance of the claim's own wording in :func:`match` ("nearly 1 million":
    5%, not the quarter that only "over" and "under" allow; an exact figure: its rounding),
    so a dating pass looks at the few reports near the figure. A range reaches any figure.
    """
    if claim.high is not None:
        return float("inf")
    v, cmp = claim.value, claim.comparator
    native = 1 if claim.measure != "sum" else native_step(claim.category) if native is None else native
    step = claim.step if claim.step > native else 0
    if cmp is Comparator.EXACT:
        far = min(step, 0.02 * v) if step else 0.0
    elif cmp is Comparator.ABOUT:
        far = max(min(step / 2, 0.03 * v), 0.01 * v, native)
    elif cmp is Comparator.NEARLY:
        far = max(min(step, 0.05 * v), 0.01 * v, native, 0.002 * v)
    else:  # "over" and "under": a quarter of the figure, or its unit
        far = max(step, 0.25 * v, native)
    return max(far, 1.0)  # the figure itself within half a unit (a daily average: within 1)


def match(claim: Claim, expected: float, native: int | None = None) -> str | None:
    """Return "exact", "rounded" or None comparing the claimed value with ``expected``.

    The one rule for how far a figure may be from the truth, by its wording and spelling;
    ``native`` is the rounding of the series' own figures (default: the claim's category's).
    """
    if claim.high is not None:  # a range: the figure lies in it, or just outside one end by its rounding
        if claim.value - 0.5 < expected < claim.high + 0.5:
            return "exact"
        ends = (replace(claim, high=None), replace(claim, value=claim.high, high=None))
        return "rounded" if any(match(end, expected, native) is not None for end in ends) else None
    v, e, cmp = claim.value, expected, claim.comparator
    native = native_step(claim.category) if native is None else native
    if claim.measure != "sum":  # an average is computed, not printed: within 1 is the figure itself
        if abs(e - v) < 1 and cmp in {Comparator.EXACT, Comparator.ABOUT}:
            return "exact"
        native = 1
    if abs(e - v) < 0.5 and cmp in {Comparator.EXACT, Comparator.ABOUT}:
        return "exact"
    if abs(e - v) < 0.5 and claim.step <= native and v >= 1000:
        return "exact"  # "over 1,073,530 troops": the official figure itself, hedged as the press does
    if abs(e - v) < 0.5 and cmp in {Comparator.AT_LEAST, Comparator.AT_MOST}:
        return "exact"  # "at least 200", "щонайменше дві сотні", "up to 80 tanks": the bound itself is the figure
    step = claim.step if claim.step > native else 0
    if cmp is Comparator.EXACT:
        if not step:
            return "rounded" if abs(e - v) <= (0.5 if e != int(e) else 0) else None
        # an unhedged round figure is the truth rounded to its unit or cut down to it ("427,000" for
        # 427,930: the graded articles' "round-down"), never more than 2% off
        return "rounded" if v - min(step / 2, 0.02 * v) <= e < v + min(step, 0.02 * v) else None
    if cmp is Comparator.ABOUT:
        tol = max(min(step / 2, 0.03 * v), 0.01 * v, native)
        return "rounded" if abs(e - v) <= tol else None
    if cmp is Comparator.NEARLY:
        tol = max(min(step, 0.05 * v), 0.01 * v, native)
        return "rounded" if v - tol <= e <= v + max(native, 0.002 * v) else None
    if cmp is Comparator.AT_LEAST:
        return "rounded" if v < e <= v + max(step, 0.25 * v, native) else None
    return "rounded" if v - max(step, 0.25 * v, native) <= e < v else None
