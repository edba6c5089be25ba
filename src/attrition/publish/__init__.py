"""Publishing: the newsroom brief, charts, the daily card and open-data exports.

Everything here renders numbers that :mod:`attrition.analysis` computes from the store;
it writes only where it is told to (an output path or folder) and never reads the
clock or configuration. matplotlib is imported lazily with the Agg backend.

Entry points: :func:`attrition.publish.brief.build_brief` +
:func:`attrition.publish.brief.render_brief`, :func:`attrition.publish.charts.render_chart`,
:func:`attrition.publish.infographic.render_card`, :func:`attrition.publish.exports.export`.
"""
