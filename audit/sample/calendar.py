"""Day numbers for the generator: calendar tables and date helpers."""

from __future__ import annotations

import functools

import numpy as np


def to_day(iso: str) -> int:
    """Days since 1970-01-01: every date is an int until the files are written."""
    return int(np.datetime64(iso, "D").astype(np.int64))


TODAY_ISO = "2026-03-31"
TODAY = to_day(TODAY_ISO)  # the registries' extract date; nothing is dated after it
HIRE_FIRST = to_day("2023-01-02")
HIRE_LAST = to_day("2025-12-31")
DOB_FIRST = to_day("1965-01-01")
DOB_LAST = to_day("2002-12-31")
REG_DOB_FIRST = to_day("1955-01-01")
REG_DOB_LAST = to_day("2003-12-31")
YEAR = 365
NA = -(10**6)  # "blank" for int dates
TABLE_LO = to_day("1950-01-01")
_TABLE_HI = to_day("2030-12-31")


@functools.lru_cache(maxsize=1)
def date_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    """ISO, US (MM/DD/YYYY) and year strings for every day the generator can produce:
    formatting millions of dates becomes one gather instead of millions of strftime."""
    days = np.arange(TABLE_LO, _TABLE_HI + 1).astype("datetime64[D]")
    iso = np.datetime_as_string(days, unit="D").astype(object)
    us = np.array([f"{s[5:7]}/{s[8:10]}/{s[0:4]}" for s in iso], dtype=object)
    years = np.array([s[0:4] for s in iso], dtype=object)
    year_int = [int(s) for s in years]
    return iso, us, years, year_int


YEARS_NP = (
    np.arange(TABLE_LO, _TABLE_HI + 1).astype("datetime64[D]").astype("datetime64[Y]")
).astype(np.int64) + 1970


def year_of(day: int) -> int:
    return date_tables()[3][day - TABLE_LO]


def ymd(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dt = days.astype("datetime64[D]")
    months = dt.astype("datetime64[M]")
    y = months.astype("datetime64[Y]").astype(np.int64) + 1970
    m = months.astype(np.int64) % 12 + 1
    d = (dt - months.astype("datetime64[D]")).astype(np.int64) + 1
    return y, m, d


def swap_day_month(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The date with day and month exchanged, where that is another valid date."""
    y, m, d = ymd(days)
    ok = (d <= 12) & (d != m)
    month_index = (y - 1970) * 12 + (np.where(ok, d, 1) - 1)
    swapped = month_index.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    swapped = swapped + (m - 1)
    return np.where(ok, swapped, NA), ok
