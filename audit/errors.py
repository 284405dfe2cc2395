"""Input problems, collected rather than raised one at a time.

An analyst fixing an export wants every problem of a run at once, each pointing at a
file, a row and a column, so loaders append ``Problem`` objects and raise one
``InputError`` at the end (pandera's lazy validation does the same).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the input. ``row`` is the spreadsheet row (header = 1)."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column:
            where += f", column '{self.column}'"
        return f"{where}: {self.message}"


class InputError(Exception):
    """The input cannot be audited as it is; nothing has been written."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems: list[Problem] = sorted(set(problems), key=_sort_key)
        super().__init__(self.summary())

    def summary(self, limit: int = 50) -> str:
        lines = [str(p) for p in self.problems[:limit]]
        more = len(self.problems) - limit
        if more > 0:
            lines.append(f"... and {more} more problem(s)")
        return "\n".join(lines)

    def table(self) -> pd.DataFrame:
        """Every problem as a table (file, row, column, message), e.g. to save as CSV."""
        return pd.DataFrame(
            [(p.file, p.row, p.column, p.message) for p in self.problems],
            columns=["file", "row", "column", "message"],
        ).astype({"row": "Int64"})


def _sort_key(p: Problem) -> tuple[str, int, str, str]:
    return (p.file, -1 if p.row is None else p.row, p.column or "", p.message)
