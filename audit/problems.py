"""Problems found in the input, collected over every file and raised together as one
``InputError``: the analyst fixing an export wants the whole list at once, each problem
pointing at a file, a spreadsheet row (header = row 1) and a column. Values from name and
date-of-birth columns never appear in a message: the row and column locate them well
enough, and problem lists get pasted into tickets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import pandas as pd

from audit.contract import Column
from audit.errors import Problem

MAX_LISTED = 20  # bad rows listed per (file, column, kind) before one "and N more" line

# Helper columns carried while validating, dropped before the Dataset is built.
FILE = "__file__"
ROW = "__row__"

# Columns whose values are personal: a problem says where, never what.
PRIVATE_COLUMNS = frozenset({"first_name", "middle_name", "last_name", "suffix"})
PRIVATE_KINDS = frozenset({"dob"})


class Problems:
    """Collects problems; row-level ones are capped so a broken 5M-row file stays readable."""

    def __init__(self) -> None:
        self.found: list[Problem] = []
        self.notes: list[str] = []  # not problems, but what an analyst should know

    def note(self, file: str, message: str) -> None:
        self.notes.append(f"{file}: {message}")

    def add(
        self, file: str, message: str, row: int | None = None, column: str | None = None
    ) -> None:
        self.found.append(Problem(file, row, column, message))

    def rows(
        self,
        bad: pd.DataFrame,
        column: str | None,
        messages: Callable[[pd.DataFrame], Iterable[str]],
    ) -> None:
        """Report the rows of ``bad`` (with FILE and ROW columns), one kind of problem.

        At most MAX_LISTED rows per file are listed, then one line counts the rest and
        points at the first of them; ``messages`` is only asked about the listed rows.
        """
        if bad.empty:
            return
        for file, group in bad.groupby(FILE, sort=False, observed=True):
            listed = group.head(MAX_LISTED)
            for row, message in zip(listed[ROW].tolist(), messages(listed), strict=True):
                self.add(str(file), message, int(row), column)
            rest = len(group) - len(listed)
            if rest:
                first = int(group[ROW].iloc[MAX_LISTED])
                self.add(
                    str(file),
                    f"... and {rest:,} more row(s) with the same problem from this row on "
                    f"(only the first {MAX_LISTED} are listed)",
                    first,
                    column,
                )


def each_value(column: str, describe: Callable[[Any], str]) -> Callable[[pd.DataFrame], list[str]]:
    """A ``messages`` callback that describes each listed row by its value in ``column``."""
    return lambda listed: [describe(value) for value in listed[column].tolist()]


def is_private(col: Column) -> bool:
    return col.name in PRIVATE_COLUMNS or col.kind in PRIVATE_KINDS
