"""audit.dates: the contract's date spellings, each flagged the right way."""

from __future__ import annotations

import datetime as dt
import itertools

import pandas as pd
import pytest

from audit.dates import parse_dates


def _parsed(values: list[str | None], *, allow_year: bool = False) -> pd.DataFrame:
    p = parse_dates(pd.Series(values, dtype="string"), allow_year=allow_year)
    return pd.DataFrame(
        {
            "date": p.dates,
            "year": p.birth_years,
            "unparseable": p.unparseable,
            "impossible": p.impossible,
            "out_of_range": p.out_of_range,
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2021-01-04", "2021-01-04"),
        ("2021-1-4", "2021-01-04"),
        ("1/4/2021", "2021-01-04"),
        ("01/04/2021", "2021-01-04"),
        ("2024-02-29", "2024-02-29"),
        ("2/29/2024", "2024-02-29"),
        ("2021-01-04 00:00:00", "2021-01-04"),
        ("2021-01-04T08:30", "2021-01-04"),
        ("12/31/1899", "1899-12-31"),
    ],
)
def test_accepted_spellings_give_the_calendar_date(text: str, expected: str) -> None:
    row = _parsed([text]).iloc[0]
    assert row["date"] == pd.Timestamp(expected)
    assert not (row["unparseable"] or row["impossible"] or row["out_of_range"])


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("2023-02-29", "impossible"),  # not a leap year: never rolled over to March 1
        ("2/30/2021", "impossible"),
        ("2020-13-01", "impossible"),
        ("13/1/2020", "impossible"),  # day and month the other way round
        ("0/10/2020", "impossible"),
        ("2020-10-00", "impossible"),
        ("9999-12-31", "out_of_range"),  # an "open ended" sentinel, not a date
        ("12/31/9999", "out_of_range"),
        ("1/4/21", "unparseable"),  # a two-digit year is not guessed
        ("12-31-2020", "unparseable"),
        ("N/A", "unparseable"),
    ],
)
def test_bad_cells_get_one_flag_and_no_date(text: str, flag: str) -> None:
    row = _parsed([text]).iloc[0]
    assert pd.isna(row["date"])
    flags = {f: bool(row[f]) for f in ("unparseable", "impossible", "out_of_range")}
    assert flags == {f: f == flag for f in flags}


def test_every_plain_date_of_a_grid_matches_the_calendar() -> None:
    """ISO and US spellings of every month and day 0-32 across leap and common years:
    real dates parse to themselves, the rest are impossible, never shifted."""
    cells, want = [], []
    for year, month, day in itertools.product((1900, 1999, 2000, 2023, 2024), range(14), range(33)):
        try:
            real: pd.Timestamp | None = pd.Timestamp(dt.date(year, month, day))
        except ValueError:
            real = None
        for text in (f"{year}-{month:02d}-{day:02d}", f"{month}/{day}/{year}"):
            cells.append(text)
            want.append(real)
    got = _parsed(cells)
    expected = pd.Series(want, dtype="datetime64[ns]")
    assert got["date"].equals(expected)
    assert got["impossible"].equals(expected.isna())


def test_blank_is_unknown_not_an_error_and_years_only_where_allowed() -> None:
    got = _parsed([None, "1985", "0985"], allow_year=True)
    assert got["date"].isna().all()
    assert got["year"].tolist()[:2] == [pd.NA, 1985]
    assert got["unparseable"].tolist() == [False, False, False]
    assert got["impossible"].tolist() == [False, False, True]  # shaped, not plausible
    assert bool(_parsed(["1985"]).iloc[0]["unparseable"])
