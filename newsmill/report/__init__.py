"""The offline HTML report: one self-contained file from the output tables.

:func:`~newsmill.report.render.render_report` takes the rows of the tables
(from a run in memory or from an output database) and returns the page.
"""

from newsmill.report.render import render_report

__all__ = ["render_report"]
