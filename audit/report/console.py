"""The few lines an analyst sees in the terminal when a run ends.

Everything printed is built as rich Text, not markup, so a path or a registry code that
contains square brackets prints as it is; colour is dropped when output is not a terminal.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table
from rich.text import Text

from audit.report.summary import Total, coverage_text, totals
from audit.result import AuditResult

STYLES = {
    "RECALL": "bold red",
    "MANUAL_REVIEW": "yellow",
    "VERIFIED_LEO": "green",
}


def render_summary(result: AuditResult, console: Console, out_dir: Path | None = None) -> None:
    """Counts and shares per determination, registry coverage, and where the files are."""
    console.print(_table(totals(result.counts())))
    console.print(Text("Registry coverage: ") + Text(coverage_text(result.dataset.coverage)))
    for file in result.dataset.files:
        if file.read_as:  # the analyst sees how a file that is not plain contract was read
            console.print(Text(f"{file.path}: {file.read_as}", style="dim"))
    for note in result.dataset.notes:
        console.print(Text(note, style="yellow"))
    flagged = result.determinations["reason_codes"].str.contains(
        "OVERRIDE_CONTRADICTS_TRACK", regex=False
    )
    if flagged.any():
        console.print(
            Text(
                f"{int(flagged.sum())} analyst override(s) contradict the hire's track "
                "(OVERRIDE_CONTRADICTS_TRACK): check the training records",
                style="yellow",
            )
        )
    if out_dir is not None:
        console.print(Text("Outputs written to: ") + Text(str(out_dir)))


def _table(lines: list[Total]) -> Table:
    table = Table(title="Audit determinations", show_footer=True)
    hires = sum(line.count for line in lines)
    table.add_column("Determination", footer="Total")
    table.add_column("Hires", justify="right", footer=str(hires))
    table.add_column("Share", justify="right", footer="100.0%" if hires else "-")
    for line in lines:
        style = STYLES.get(line.determination, "")
        table.add_row(
            Text(line.determination, style=style),
            Text(str(line.count), style=style),
            Text(f"{line.share:.1%}", style=style),
        )
    return table
