"""Which rows and columns each output table holds, and in which order.

The CSV writer, the HTML report and notebooks all select through these functions, so the
recall list an analyst sends on and the one printed in the report can never disagree.
Every sort ends on ``hire_id`` (unique), so the same audit always gives the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from audit.contract import DETERMINATION_COLUMNS, RECALL_COLUMNS, REVIEW_COLUMNS

PRIORITY_ORDER = ("high", "medium", "low")


def determinations_table(determinations: pd.DataFrame) -> pd.DataFrame:
    """Every hire once, with the contract's columns only: working columns stay internal."""
    _require(determinations, DETERMINATION_COLUMNS)
    return _by_hire_id(determinations)[list(DETERMINATION_COLUMNS)].reset_index(drop=True)


def recall_list(determinations: pd.DataFrame, *, include_dob: bool = False) -> pd.DataFrame:
    """RECALL hires, most urgent first, so whoever works the list top-down acts on risk.

    Least PII: a full date of birth travels with the list only when asked for."""
    columns = _with_dob(RECALL_COLUMNS, include_dob)
    _require(determinations, (*columns, "determination"))
    rows = _with_determination(determinations, "RECALL")
    rank = _priority_rank(rows["priority"])
    ordered = rows.assign(_rank=rank).sort_values(["_rank", "hire_id"], kind="stable")
    return ordered[columns].reset_index(drop=True)


def review_queue(determinations: pd.DataFrame, *, include_dob: bool = False) -> pd.DataFrame:
    """MANUAL_REVIEW hires with what an analyst must check, in hire_id order."""
    columns = _with_dob(REVIEW_COLUMNS, include_dob)
    _require(determinations, (*columns, "determination"))
    rows = _with_determination(determinations, "MANUAL_REVIEW")
    return _by_hire_id(rows)[columns].reset_index(drop=True)


def output_tables(
    determinations: pd.DataFrame, *, include_dob: bool = False
) -> dict[str, pd.DataFrame]:
    """The three tables the audit publishes, keyed by their file stem."""
    return {
        "determinations": determinations_table(determinations),
        "recall_list": recall_list(determinations, include_dob=include_dob),
        "review_queue": review_queue(determinations, include_dob=include_dob),
    }


def _with_dob(columns: tuple[str, ...], include_dob: bool) -> list[str]:
    if not include_dob:
        return list(columns)
    at = columns.index("first_name") + 1
    return [*columns[:at], "date_of_birth", *columns[at:]]


def _with_determination(frame: pd.DataFrame, determination: str) -> pd.DataFrame:
    # A blank determination must drop out, not make the boolean mask ambiguous.
    mask = frame["determination"].astype("string").eq(determination).fillna(False)
    return frame[mask.astype(bool)]


def _priority_rank(priority: pd.Series) -> pd.Series:
    # An unknown or blank priority sorts last rather than failing: the row is still a recall.
    ranks = {p: i for i, p in enumerate(PRIORITY_ORDER)}
    normalised = priority.astype("string").str.strip().str.lower()
    return normalised.map(ranks).fillna(len(PRIORITY_ORDER)).astype(int)


def _by_hire_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.sort_values("hire_id", kind="stable")


def _require(frame: pd.DataFrame, columns: Iterable[str]) -> None:
    # Name every missing column at once: a notebook user builds frames by hand.
    missing = [c for c in dict.fromkeys(columns) if c not in frame.columns]
    if missing:
        raise ValueError(f"determinations frame lacks column(s): {', '.join(missing)}")
