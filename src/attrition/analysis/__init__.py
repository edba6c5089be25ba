"""Pure analyses over a LossSeries: periods, extremes, streaks, trends, change points, forecasts.

No I/O, no configuration and no clock: ``today``/``as_of`` are arguments and
``convention`` is always required. Modules import numpy at top; the CLI imports them
only inside commands.
"""
