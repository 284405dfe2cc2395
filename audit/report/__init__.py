"""Writers for an audit's outputs: CSV, Parquet, manifest, HTML report, console summary.

Reporting never re-decides: it selects, orders, formats and counts what the evaluator
decided, so every file and screen of a run tells the same story.
"""

from audit.report.console import render_summary
from audit.report.tables import recall_list, review_queue
from audit.report.write import write_outputs

__all__ = ["recall_list", "render_summary", "review_queue", "write_outputs"]
