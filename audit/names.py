"""Normalising people's names and birth dates into comparable, blockable columns.

Names are cleaned once per distinct spelling (a registry of millions of rows has far
fewer distinct names) with pyarrow compute kernels, then mapped back to rows. The output
is what the linker joins and compares on: cleaned first/middle/last names, the compact
surname, the surname's parts (for hyphenated and compound names), nickname groups and
integer birth-date keys that make a swapped day and month land in the same block.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

SUFFIXES = ("jr", "sr", "ii", "iii", "iv", "v", "2nd", "3rd", "esq")
PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "la",
        "las",
        "los",
        "da",
        "das",
        "di",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "le",
        "st",
        "saint",
        "y",
        "e",
        "al",
        "el",
        "ben",
        "bin",
        "mac",
    }
)
_FOLD = {
    "ß": "ss",
    "ø": "o",
    "Ø": "o",
    "ł": "l",
    "Ł": "l",
    "æ": "ae",
    "Æ": "ae",
    "œ": "oe",
    "Œ": "oe",
    "đ": "d",
    "Đ": "d",
    "þ": "th",
    "Þ": "th",
    "ı": "i",
}
_SUFFIX_RE = r"^(.*\S)\s+(" + "|".join(SUFFIXES) + r")$"


@dataclass(frozen=True)
class People:
    """People prepared for linkage; ``row`` is the position in the source frame.

    ``frame`` columns: row, first, first_all (all first-name words, joined), middle,
    middle_initial, last (compact, no spaces), last_words (with spaces), dob (datetime64),
    year, month, day,
    dob_key (year*10000 + min(m,d)*100 + max(m,d); -1 when unknown), birth_year (-1 when
    unknown). ``parts`` holds (row, part) for every surname word that can match alone;
    ``groups`` holds (row, group) for the first name's nickname groups.
    """

    frame: pd.DataFrame
    parts: pd.DataFrame
    groups: pd.DataFrame


def clean(values: pd.Series) -> pd.Series:
    """Lower-case ASCII words: accents folded, apostrophes and dots dropped, other
    punctuation (hyphens, commas) read as spaces. Blank -> NA. Works per distinct value."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if len(uniques) == 0:
        return pd.Series(pd.NA, index=values.index, dtype="string")
    arr = pa.array(pd.Series(uniques, dtype="string").tolist(), type=pa.string())
    for src, dst in _FOLD.items():
        arr = pc.replace_substring(arr, src, dst)
    arr = pc.utf8_normalize(arr, form="NFKD")
    arr = pc.replace_substring_regex(arr, r"\p{M}+", "")
    arr = pc.utf8_lower(arr)
    arr = pc.replace_substring_regex(arr, r"['’`´.]", "")
    arr = pc.replace_substring_regex(arr, r"[^a-z0-9]+", " ")
    arr = pc.utf8_trim_whitespace(arr)
    cleaned = pd.Series(arr.to_pandas(), dtype="string").replace("", pd.NA)
    out = cleaned.take(np.where(codes < 0, 0, codes)).reset_index(drop=True)
    out[codes < 0] = pd.NA
    out.index = values.index
    return out


def split_suffix(last: pd.Series) -> tuple[pd.Series, pd.Series]:
    """'smith jr' -> ('smith', 'jr'): registries write suffixes into the surname."""
    found = last.str.extract(_SUFFIX_RE)
    base = found[0].fillna(last).astype("string")
    return base, found[1].astype("string")


def birth_keys(dob: pd.Series, birth_year: pd.Series | None) -> pd.DataFrame:
    """Integer date parts; ``dob_key`` puts a date and its day/month swap in one block."""
    d = pd.to_datetime(dob)
    year = d.dt.year.fillna(-1).astype("int64")
    month = d.dt.month.fillna(-1).astype("int64")
    day = d.dt.day.fillna(-1).astype("int64")
    lo, hi = np.minimum(month, day), np.maximum(month, day)
    dob_key = np.where(year > 0, year * 10000 + lo * 100 + hi, -1)
    by = year.copy()
    if birth_year is not None:
        by = by.where(by > 0, pd.to_numeric(birth_year, errors="coerce").fillna(-1).astype("int64"))
    return pd.DataFrame(
        {"year": year, "month": month, "day": day, "dob_key": dob_key, "birth_year": by},
        index=dob.index,
    )


def prepare(
    first: pd.Series,
    last: pd.Series,
    dob: pd.Series,
    *,
    middle: pd.Series | None = None,
    birth_year: pd.Series | None = None,
) -> People:
    """Everything the linker needs about a set of people, computed column-wise."""
    n = len(first)
    idx = pd.RangeIndex(n)
    first_c = clean(first.reset_index(drop=True))
    middle_c = (
        clean(middle.reset_index(drop=True))
        if middle is not None
        else pd.Series(pd.NA, index=idx, dtype="string")
    )
    last_c, _ = split_suffix(clean(last.reset_index(drop=True)))
    first_tok = first_c.str.split(" ", n=1).str[0].astype("string")
    frame = pd.DataFrame(
        {
            "row": np.arange(n, dtype="int64"),
            "first": first_tok,
            "first_all": first_c.str.replace(" ", "", regex=False),
            "middle": middle_c.str.replace(" ", "", regex=False),
            "middle_initial": middle_c.str[0],
            "last": last_c.str.replace(" ", "", regex=False),
            "last_words": last_c,
        },
        index=idx,
    )
    frame = pd.concat(
        [
            frame,
            birth_keys(
                dob.reset_index(drop=True),
                birth_year.reset_index(drop=True) if birth_year is not None else None,
            ),
        ],
        axis=1,
    )
    frame["dob"] = pd.to_datetime(dob.reset_index(drop=True))
    return People(frame=frame, parts=surname_parts(frame["row"], last_c), groups=_groups(frame))


def surname_parts(row: pd.Series, last: pd.Series) -> pd.DataFrame:
    """One row per surname word that may stand alone (Garcia-Lopez -> garcia, lopez,
    garcialopez); particles (de, la, van) never match alone."""
    words = pd.DataFrame({"row": row, "part": last.str.split(" ")}).explode("part")
    words = words[words["part"].notna() & ~words["part"].isin(PARTICLES)]
    words = words[words["part"].str.len() >= 2]
    compact = pd.DataFrame({"row": row, "part": last.str.replace(" ", "", regex=False)})
    parts = pd.concat([words, compact.dropna()], ignore_index=True)
    return parts.drop_duplicates().astype({"row": "int64", "part": "string"}).reset_index(drop=True)


def _groups(frame: pd.DataFrame) -> pd.DataFrame:
    """(row, group) for each first name: the name itself and its formal names
    (bob -> bob, robert), so two names are nickname-compatible when a group is shared."""
    names = frame[["row", "first"]].dropna()
    table = nickname_groups()
    by_name = pd.DataFrame({"first": names["first"].unique()})
    by_name = by_name.merge(table, how="left", left_on="first", right_on="name")
    by_name["group"] = by_name["group"].fillna(by_name["first"])
    own = pd.DataFrame({"first": by_name["first"], "group": by_name["first"]})
    by_name = pd.concat([by_name[["first", "group"]], own], ignore_index=True).drop_duplicates()
    out = names.merge(by_name, on="first")[["row", "group"]]
    return out.astype({"row": "int64", "group": "string"}).reset_index(drop=True)


@lru_cache(maxsize=1)
def nickname_groups() -> pd.DataFrame:
    """(name, group): each nickname maps to its formal names, from the curated
    ``nicknames`` package data (a formal name is its own group)."""
    with resources.files("nicknames").joinpath("names.csv").open("r", encoding="utf-8") as fh:
        data = pd.read_csv(fh, dtype="string")
    data = data[data["relationship"] == "has_nickname"]
    pairs = pd.DataFrame({"name": data["name2"].str.lower(), "group": data["name1"].str.lower()})
    return pairs.drop_duplicates().reset_index(drop=True)
