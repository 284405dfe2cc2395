"""Registries' own published layouts, read into the contract's columns.

Registries do not publish in the audit's contract. Most differences are column names, which
``rules/columns.yaml`` maps; a few layouts differ in shape, and are recognised here by their
header and read as the state publishes them, so an analyst can drop the file in as it came.

Virginia's DCJS master decertification list is one: four sheets (finalized, pending,
2020 and prior, reinstated), title rows above the header, bare year rows between records,
no record id, no state column and no date of birth. Each person becomes one
decertification row: ``record_id`` names the sheet and row (``VA-DCJS-2-17``), so an
analyst can find it; ``source`` is VA; the date of birth stays blank, so a match on the
name alone is a lead for review and never proof. A reinstated person is no longer
decertified: the row is kept (nothing is dropped) with the action ``reinstated``, which
the policy does not count. A decertification date the list holds as a typo
(``11/02/20217``) or ``N/A`` is left blank (date unknown) and the published text is kept
in the reason.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import numpy as np
import pyarrow as pa

from audit.contract import normalise_header


@dataclass(frozen=True)
class Adapted:
    """A published file as contract columns (all text) and each row's sheet and row."""

    columns: dict[str, list[str | None]]
    rows: np.ndarray  # the row number in its sheet
    layout: str

    def table(self) -> pa.Table:
        return pa.table({name: pa.array(v, type=pa.string()) for name, v in self.columns.items()})


@dataclass(frozen=True)
class Layout:
    name: str
    table: str  # the contract table it fills
    header: tuple[str, ...]  # normalised header cells that identify it, in order
    read: Callable[[Any], Adapted]  # an open openpyxl workbook -> rows


def recognise(table: str, labels: Iterable[object]) -> Layout | None:
    """The published layout whose header this row is, if any."""
    normal = [normalise_header(label) for label in labels]
    for layout in LAYOUTS:
        if layout.table == table and _starts_with(normal, layout.header):
            return layout
    return None


def read_workbook(layout: Layout, data: Any) -> Adapted:
    import openpyxl

    book = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=True, keep_links=False
    )
    try:
        return layout.read(book)
    finally:
        book.close()


def _starts_with(normal: list[str], header: tuple[str, ...]) -> bool:
    cells = [n for n in normal if n]
    return tuple(cells[: len(header)]) == header


# --- Virginia DCJS master decertification list ----------------------------------------

_VA_HEADER = (
    "last_name",
    "first_name",
    "middle_initial",
    "agency",
    "function",
    "decert_date",
    "status",
)
_REINSTATED = re.compile(r"(?i)re-?\s*instat")
_REFUSED = re.compile(r"(?i)\b(?:denied|denial|refused|ineligible|not|no|pending|request(?:ed)?)\b")
_US_DATE = re.compile(r"\s*(\d{1,2})[/-](\d{1,2})[/-](\d{4})\s*")
_PLAUSIBLE_YEARS = (1950, 2100)  # a decertification dated 0222 is a typo for some year
_NOT_AVAILABLE = re.compile(r"(?i)n\.?\s*/?\s*a\.?")
_SECTION_YEAR = re.compile(r"\s*(19|20)\d\d\s*")


def _read_va_dcjs(book: Any) -> Adapted:
    out: dict[str, list[str | None]] = {
        c: []
        for c in (
            "record_id",
            "source",
            "first_name",
            "last_name",
            "date_of_birth",
            "action",
            "action_date",
            "reason",
        )
    }
    rows: list[int] = []
    for tab, sheet in enumerate(book.worksheets, start=1):
        reinstated_tab = bool(_REINSTATED.search(sheet.title or ""))
        columns: dict[str, int] | None = None
        for number, cells in enumerate(sheet.iter_rows(max_col=12, values_only=True), start=1):
            values = list(cells)
            if columns is None:
                columns = _va_columns(values)
                continue
            person = _va_person(values, columns, reinstated_tab)
            if person is None:
                continue
            for name, value in person.items():
                out[name].append(value)
            out["record_id"].append(f"VA-DCJS-{tab}-{number}")
            out["source"].append("VA")
            out["date_of_birth"].append(None)
            rows.append(number)
    return Adapted(out, np.asarray(rows, dtype=np.int64), "Virginia DCJS decertification list")


def _va_columns(values: list[object]) -> dict[str, int] | None:
    """Header cell -> position, once the header row is reached (title rows come first)."""
    normal = [normalise_header(v) for v in values]
    if not _starts_with(normal, _VA_HEADER):
        return None
    return {name: normal.index(name) for name in (*_VA_HEADER, "reason") if name in normal}


def _va_person(
    values: list[object], columns: dict[str, int], reinstated_tab: bool
) -> dict[str, str | None] | None:
    def cell(name: str) -> object:
        at = columns.get(name)
        return values[at] if at is not None and at < len(values) else None

    texts = [_text(v) for v in values]
    filled = [t for t in texts if t]
    if all(_SECTION_YEAR.fullmatch(t) for t in filled):
        return None  # a blank row, or bare years between sections
    status = cell("status")
    reason = _text(cell("reason"))
    status_text = _text(status)
    # the reinstated sheet, a status saying so, or a date where the status goes (a 2020
    # and prior row: "Reinstated after 5 Year Request" in its reason); never a status or
    # reason that only mentions reinstatement ("Reinstatement denied")
    said = status_text or ""
    reinstated = (
        reinstated_tab
        or (bool(_REINSTATED.search(said)) and not _REFUSED.search(said))
        or isinstance(status, datetime | date)
    )
    decert_date, published = _va_date(cell("decert_date"))
    notes = [
        f"DCJS status: {status_text or 'blank'}",
        f"function: {_text(cell('function')) or 'blank'}",
        f"agency: {_text(cell('agency')) or 'blank'}",
    ]
    if _text(cell("middle_initial")):
        notes.append(f"middle initial: {_text(cell('middle_initial'))}")
    if published:
        notes.append(f"decert date as published: {published}")
    return {
        "first_name": _text(cell("first_name")),
        "last_name": _text(cell("last_name")),
        "action": "reinstated" if reinstated else "revoked",
        "action_date": decert_date,
        "reason": "; ".join([reason or "no reason given", *notes]),
    }


def _va_date(value: object) -> tuple[str | None, str | None]:
    """(ISO date, or None when unknown; the published text when it is not a date)."""
    low, high = _PLAUSIBLE_YEARS
    if isinstance(value, datetime | date) and low <= value.year <= high:
        return value.strftime("%Y-%m-%d"), None
    text = _text(value)
    if text is None or _NOT_AVAILABLE.fullmatch(text):
        return None, None
    match = _US_DATE.fullmatch(text)
    if match:
        month, day, year = (int(g) for g in match.groups())
        try:
            if low <= year <= high:
                return date(year, month, day).isoformat(), None
        except ValueError:
            pass
    return None, text


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    text = " ".join(str(value).split())
    return text or None


LAYOUTS: tuple[Layout, ...] = (
    Layout("Virginia DCJS decertification list", "decertifications", _VA_HEADER, _read_va_dcjs),
)
