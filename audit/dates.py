"""Vectorised parsing of the date spellings the data contract accepts.

Exports arrive with ISO dates (``2021-01-04``), ISO timestamps (Excel date cells read as
text become ``2021-01-04 00:00:00``), US dates (``1/4/2021``) and, for dates of birth, a
bare birth year (some registries publish only that). A registry extract can hold millions
of rows but only thousands of distinct dates: the loader hands these parsers the distinct
spellings of a column (``audit.coded``) and spreads the result back to the rows, so no
date is parsed twice and nothing loops over rows in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# An optional time part after a date: "T08:30", " 00:00:00", " 12:00:00 AM", "Z", "+02:00".
# The time is dropped: the contract's dates are calendar dates, and the date as written is
# what the exporting system meant (converting a zone would move people across midnight).
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm])?\s*(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = rf"^(?P<date>\d{{4}}-\d{{1,2}}-\d{{1,2}}){_TIME}$"
_US = rf"^(?P<date>\d{{1,2}}/\d{{1,2}}/\d{{4}}){_TIME}$"
_YEAR = r"^\d{4}$"

# Bare birth years outside this range are typos (0985, 2985), not people.
MIN_BIRTH_YEAR = 1800
MAX_BIRTH_YEAR = 2200

# What datetime64[ns] can hold: a "9999-12-31 = open ended" sentinel must be reported,
# not overflow.
FIRST_DAY = pd.Timestamp.min.ceil("D")
LAST_DAY = pd.Timestamp.max.floor("D")

DATE_HELP = "YYYY-MM-DD or MM/DD/YYYY"
DOB_HELP = "YYYY-MM-DD, MM/DD/YYYY or a 4-digit birth year"
RANGE_HELP = f"{FIRST_DAY.date()} to {LAST_DAY.date()}"

FLAGS = ("unparseable", "impossible", "out_of_range")


@dataclass(frozen=True)
class ParsedDates:
    """A parsed date column and what went wrong, aligned with the input's index.

    The three masks are disjoint, so a bad cell is reported once with the right advice:
    ``unparseable`` is not shaped like any accepted spelling (``13-45-20``, ``N/A``),
    ``impossible`` has the shape but is no calendar date (``2023-02-30``, ``13/45/2020``)
    and ``out_of_range`` is a real date that ``datetime64[ns]`` cannot hold (``9999-12-31``).
    """

    dates: pd.Series  # datetime64[ns], NaT for blank and bad cells, time of day dropped
    birth_years: pd.Series  # Int64: the date's year, or the bare year where allowed
    unparseable: pd.Series  # bool
    impossible: pd.Series  # bool
    out_of_range: pd.Series  # bool

    @property
    def bad(self) -> pd.Series:
        return self.unparseable | self.impossible | self.out_of_range


def parse_dates(values: pd.Series, *, allow_year: bool = False) -> ParsedDates:
    """Parse a text column of dates; ``allow_year`` also accepts a bare 4-digit year.

    Blank cells (``pd.NA``) are not errors here: whether a blank is allowed is for the
    caller to say (key columns). The loader passes distinct spellings, so nothing is
    de-duplicated here. Plain ISO and US dates take one vectorised pass; only the other
    cells (timestamps, years, mistakes) go through the careful patterns.
    """
    text = values.astype("string")
    fast_dates = pd.Series(_plain_dates(_arrow(text)), index=text.index)
    ok = fast_dates.between(FIRST_DAY, LAST_DAY).to_numpy()
    rest = text.notna().to_numpy() & ~ok
    no = pd.Series(False, index=text.index)
    dates = fast_dates.where(ok)
    years = dates.dt.year.astype("Int64")
    flags = {flag: no.copy() for flag in FLAGS}
    if rest.any():
        careful = _parse_patterns(text[rest], allow_year)
        dates[rest] = careful["date"].astype("datetime64[s]")
        years[rest] = careful["year"].astype("Int64")
        for flag in FLAGS:
            flags[flag][rest] = careful[flag].fillna(False).astype(bool)
    return ParsedDates(dates=dates.astype("datetime64[ns]"), birth_years=years, **flags)


_PLAIN = (
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})$",
    r"^(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})$",
)


def _plain_dates(arr: pa.Array) -> np.ndarray:
    """datetime64[s] of the cells that are a plain ISO or US calendar date, NaT elsewhere.

    Year, month and day are read by Arrow regexes and assembled by numpy calendar
    arithmetic; a day past the month's end (2023-02-30) would roll into the next month,
    so such a date is NaT here and left to the careful path to report.
    """
    parts = {"y": np.full(len(arr), -1, np.int64), "m": np.zeros(len(arr), np.int64)}
    parts["d"] = np.zeros(len(arr), np.int64)
    for pattern in _PLAIN:
        found = pc.extract_regex(arr, pattern)
        matched = pc.fill_null(pc.is_valid(found), False).to_numpy(zero_copy_only=False)
        if not matched.any():
            continue
        for name in parts:
            field = pc.cast(pc.struct_field(found, name), pa.int64())
            parts[name] = np.where(matched, pc.fill_null(field, 0).to_numpy(), parts[name])
    year, month, day = parts["y"], parts["m"], parts["d"]
    shaped = (year >= 0) & (month >= 1) & (month <= 12) & (day >= 1)
    months = np.where(shaped, (year - 1970) * 12 + month - 1, 0).astype("datetime64[M]")
    days = months.astype("datetime64[D]") + np.where(shaped, day - 1, 0)
    real = shaped & (days.astype("datetime64[M]") == months)
    return np.where(real, days, np.datetime64("NaT")).astype("datetime64[s]")


def _parse_patterns(values: pd.Series, allow_year: bool) -> dict[str, pd.Series]:
    """The careful path: ISO, ISO with a time, US dates and bare years, with flags."""
    arr = _arrow(values)
    iso = _date_part(arr, _ISO, values.index)
    us = _date_part(arr, _US, values.index)
    # Held at second resolution, whose range is wide, so that 9999-12-31 survives to be
    # reported as out of range for datetime64[ns] instead of overflowing or vanishing.
    dates = pd.to_datetime(iso, format="%Y-%m-%d", errors="coerce").astype("datetime64[s]")
    dates = dates.fillna(
        pd.to_datetime(us, format="%m/%d/%Y", errors="coerce").astype("datetime64[s]")
    )
    shaped = iso.notna() | us.notna()
    year_only = pd.Series(False, index=values.index)
    years = pd.Series(pd.NA, index=values.index, dtype="Int64")
    if allow_year:
        year_only = (
            pd.Series(
                pc.match_substring_regex(arr, _YEAR).to_numpy(zero_copy_only=False),
                index=values.index,
            )
            .fillna(False)
            .astype(bool)
        )
        bare = pd.to_numeric(values.where(year_only), errors="coerce").astype("Int64")
        plausible = bare.between(MIN_BIRTH_YEAR, MAX_BIRTH_YEAR).fillna(False).astype(bool)
        years = bare.where(plausible)
        shaped |= year_only
        year_only &= plausible
    in_range = dates.between(FIRST_DAY, LAST_DAY).fillna(False).astype(bool)
    present = values.notna()
    out_of_range = dates.notna() & ~in_range
    good_dates = dates.where(in_range)
    return {
        "date": pd.Series(good_dates.array, index=values.index),
        "year": years.fillna(good_dates.dt.year.astype("Int64")),
        "unparseable": (present & ~shaped).astype("boolean"),
        "impossible": (shaped & dates.isna() & ~year_only).astype("boolean"),
        "out_of_range": out_of_range.astype("boolean"),
    }


def _arrow(values: pd.Series) -> pa.Array:
    return pa.array(values.astype("string").array, type=pa.string())


def _date_part(arr: pa.Array, pattern: str, index: pd.Index) -> pd.Series:
    """The ``date`` group of ``pattern`` per value, NA where it does not match (RE2 in
    Arrow: no Python call per value)."""
    found = pc.struct_field(pc.extract_regex(arr, pattern), "date")
    return pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([found])), index=index)
