"""The desk's charts of the independent counts: ``compare_spec`` and ``territory_spec``.

Kept apart from :mod:`.independent` (the answers) as :mod:`.serving` is from
:mod:`.losses`: a spec is the same answer drawn as a Vega-Lite document.
"""

from __future__ import annotations

from attrition.library.independent import IndependentMethods
from attrition.library.serving import SpecAnswer


class IndependentSpecMethods(IndependentMethods):
    """compare_spec, territory_spec: the compare and territory answers as Vega-Lite specs."""

    def compare_spec(self, category: str, *, lang: str = "en") -> SpecAnswer:
        """Return the compare page's chart: official vs Oryx end-of-month totals."""
        from attrition.publish.i18n import check_lang
        from attrition.publish.vega_independent import compare_spec

        answer = self.compare(category, by="month")
        spec = compare_spec(answer.months, category=answer.category, lang=check_lang(lang))
        return SpecAnswer(spec, answer.category, "loss", frozenset({"consensus", "oryx"}))

    def territory_spec(self, *, lang: str = "en") -> SpecAnswer:
        """Return the territory page's chart: the net change of occupied area per month."""
        from attrition.publish.i18n import check_lang
        from attrition.publish.vega_independent import territory_spec

        answer = self.territory(by="month")
        spec = territory_spec(answer.changes, lang=check_lang(lang))
        return SpecAnswer(spec, "territory", "map_state", frozenset({"deepstate"}))
