"""Normalising people's names and birth dates into comparable, blockable columns.

A registry of millions of rows holds a few tens of thousands of distinct spellings, so
every name is cleaned once per distinct spelling (pyarrow compute kernels) and rows keep
only integer codes into small spelling tables. The linker joins on those codes and looks
strings up only for the few candidate pairs it compares.
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
    {"de", "del", "della", "la", "las", "los", "da", "das", "di", "do", "dos", "du", "van",
     "von", "der", "den", "le", "st", "saint", "y", "e", "al", "el", "ben", "bin", "mac"}
)  # fmt: skip
_FOLD = {"ß": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "æ": "ae", "Æ": "ae", "œ": "oe",
         "Œ": "oe", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "ı": "i"}  # fmt: skip
_SUFFIX_RE = r"^(.*\S)\s+(" + "|".join(SUFFIXES) + r")$"
NO_CODE = -1


@dataclass(frozen=True)
class People:
    """People prepared for linkage.

    ``frame``: one row per person (``row`` = position in the source table) with integer
    codes ``first_code``, ``middle_code``, ``last_code`` (-1 when blank) and birth-date
    parts ``year``, ``month``, ``day``, ``dob_key`` (year*10000 + min(m,d)*100 +
    max(m,d), so a date and its day/month swap share a block) and ``birth_year`` (-1 when
    unknown). The spelling tables are indexed by code:
    ``firsts`` (first: first word, first_all: all words joined, first_rest: the words
    after the first, joined, as in Juan Carlos or Ji-hoon; initial),
    ``middles`` (middle: words joined, middle_initial),
    ``lasts`` (last: compact surname without suffix, last_words: with spaces, initial).
    ``parts`` holds (last_code, part) for every surname word that may match alone and
    ``groups`` (first_code, group) for the first name's nickname groups.
    """

    frame: pd.DataFrame
    firsts: pd.DataFrame
    middles: pd.DataFrame
    lasts: pd.DataFrame
    parts: pd.DataFrame
    groups: pd.DataFrame


def encode(values: pd.Series) -> tuple[np.ndarray, pd.Series]:
    """Per row, a code into the table of distinct cleaned spellings (-1 for blank)."""
    raw_codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if len(uniques) == 0:
        return np.full(len(values), NO_CODE, dtype=np.int64), pd.Series([], dtype="string")
    cleaned = _clean_array(pa.array(pd.Series(uniques, dtype="string").tolist(), type=pa.string()))
    clean_codes, table = pd.factorize(cleaned, use_na_sentinel=True)
    mapped = np.where(raw_codes >= 0, clean_codes[np.maximum(raw_codes, 0)], NO_CODE)
    return mapped.astype(np.int64), pd.Series(np.asarray(table, dtype=object), dtype="string")


def _clean_array(arr: pa.Array) -> pd.Series:
    for src, dst in _FOLD.items():
        arr = pc.replace_substring(arr, src, dst)
    arr = pc.utf8_normalize(arr, form="NFKD")
    arr = pc.replace_substring_regex(arr, r"\p{M}+", "")
    arr = pc.utf8_lower(arr)
    arr = pc.replace_substring_regex(arr, r"['’`´.]", "")
    arr = pc.replace_substring_regex(arr, r"[^a-z0-9]+", " ")
    arr = pc.utf8_trim_whitespace(arr)
    return pd.Series(arr.to_pandas(), dtype="string").replace("", pd.NA)


def split_suffix(last: pd.Series) -> tuple[pd.Series, pd.Series]:
    """'smith jr' -> ('smith', 'jr'): registries write suffixes into the surname."""
    found = last.str.extract(_SUFFIX_RE)
    base = found[0].fillna(last).astype("string")
    return base, found[1].astype("string")


def ymd(frame: pd.DataFrame, rows: np.ndarray | None = None) -> np.ndarray:
    """The birth date as one YYYYMMDD integer per row (negative when unknown), from the
    ``year``, ``month`` and ``day`` parts; ``rows`` picks rows before the arithmetic."""
    parts = [frame[c].to_numpy(dtype=np.int64) for c in ("year", "month", "day")]
    if rows is not None:
        parts = [p[rows] for p in parts]
    year, month, day = parts
    return year * 10000 + month * 100 + day


def birth_keys(dob: pd.Series, birth_year: pd.Series | None) -> dict[str, np.ndarray]:
    """Integer date parts by numpy calendar units (no per-row Python); -1 = unknown.

    Calendar arithmetic runs once per distinct date: a registry of millions of rows holds
    a few tens of thousands of birth dates, and numpy's month units are slow per row.
    """
    codes, distinct = pd.factorize(pd.to_datetime(dob).to_numpy(dtype="datetime64[D]"))
    parts = _date_parts(np.asarray(distinct, dtype="datetime64[D]"))
    year, month, day, dob_key = (np.append(part, -1)[codes] for part in parts)
    unknown = codes < 0
    by = year
    if birth_year is not None:
        published = pd.to_numeric(birth_year, errors="coerce").astype("Float64")
        by = np.where(unknown, published.fillna(-1).to_numpy(dtype=np.int64), year)
    return {"year": year, "month": month, "day": day, "dob_key": dob_key, "birth_year": by}


def _date_parts(days: np.ndarray) -> tuple[np.ndarray, ...]:
    """(year, month, day, dob_key) of known dates."""
    months = days.astype("datetime64[M]")
    year = months.astype("datetime64[Y]").astype(np.int64) + 1970
    month = months.astype(np.int64) % 12 + 1
    day = (days - months).astype(np.int64) + 1
    lo, hi = np.minimum(month, day), np.maximum(month, day)
    return year, month, day, year * 10000 + lo * 100 + hi


def prepare(
    first: pd.Series,
    last: pd.Series,
    dob: pd.Series,
    *,
    middle: pd.Series | None = None,
    birth_year: pd.Series | None = None,
    suffix: pd.Series | None = None,
    nicknames: tuple[tuple[str, str], ...] = (),
) -> People:
    """Everything the linker needs about a set of people, computed column-wise.
    ``nicknames`` adds (name, formal name) pairs to the curated package data; ``suffix``
    is a suffix column (Jr, Sr, III), beside any the surname holds."""
    n = len(first)
    first_code, first_table = encode(first.reset_index(drop=True))
    last_code, last_table = encode(last.reset_index(drop=True))
    lasts = _last_table(last_table)
    generation = _generations(last_code, lasts["suffix"], suffix)
    if middle is not None:
        middle_code, middle_table = encode(middle.reset_index(drop=True))
    else:
        middle_code, middle_table = np.full(n, NO_CODE, np.int64), pd.Series([], dtype="string")
    frame = pd.DataFrame(
        {
            "row": np.arange(n, dtype=np.int64),
            "first_code": first_code,
            "middle_code": middle_code,
            "last_code": last_code,
            "generation": generation,
            **birth_keys(dob, birth_year),
        },
        copy=False,  # one block per column: no copy of millions of rows into one 2-D block
    )
    firsts = _first_table(first_table)
    return People(
        frame=frame,
        firsts=firsts,
        middles=_middle_table(middle_table),
        lasts=lasts,
        parts=surname_parts(pd.Series(np.arange(len(lasts))), lasts["last_words"]).rename(
            columns={"row": "last_code"}
        ),
        groups=_groups(firsts, nicknames),
    )


# A suffix as the generation it names: Jr and II are one (a son named for his father),
# Sr another; 0 where none is written.
GENERATIONS = {"sr": 1, "jr": 2, "ii": 2, "2nd": 2, "iii": 3, "3rd": 3, "iv": 4}


def _generations(
    last_code: np.ndarray, in_surname: pd.Series, suffix: pd.Series | None
) -> np.ndarray:
    """Per person, the generation a suffix names: from the suffix column where it holds
    one, else from the surname (SMITH JR; ``in_surname`` per surname spelling)."""
    by_surname = np.append(in_surname.map(GENERATIONS).fillna(0).to_numpy(dtype=np.int64), 0)
    out = by_surname[last_code]  # code -1 (blank surname) takes the appended 0
    if suffix is not None:
        code, table = encode(suffix.reset_index(drop=True))
        said = np.append(
            table.str.replace(" ", "").map(GENERATIONS).fillna(0).to_numpy(dtype=np.int64), 0
        )
        written = said[code]
        out = np.where(written > 0, written, out)
    return np.asarray(out, dtype=np.int64)


def _first_table(cleaned: pd.Series) -> pd.DataFrame:
    words = cleaned.str.split(" ", n=1)
    first = words.str[0].astype("string")
    return pd.DataFrame(
        {
            "first": first,
            "first_all": cleaned.str.replace(" ", "", regex=False),
            "first_rest": words.str[1].astype("string").str.replace(" ", "", regex=False),
            "initial": first.str[0],
        }
    )


# What HR systems and exports write for "no middle name" (NMN, NMI, N/A...): no name, so
# nothing to compare. Only for middle names: "Na" is a surname and a given name.
NO_MIDDLE_NAME = frozenset({"nmn", "nmi", "none", "n a", "na", "null", "nil", "unknown"})


# A suffix typed into the middle-name column (Darnell / Jr / Booker): no middle name. Not
# "V", which is as often a middle initial (Victor, Vincent).
SUFFIX_AS_MIDDLE = frozenset(SUFFIXES) - {"v"}


def _middle_table(cleaned: pd.Series) -> pd.DataFrame:
    cleaned, _ = split_suffix(cleaned)  # "James Jr": James
    cleaned = cleaned.mask(cleaned.isin(NO_MIDDLE_NAME | SUFFIX_AS_MIDDLE))
    return pd.DataFrame(
        {"middle": cleaned.str.replace(" ", "", regex=False), "middle_initial": cleaned.str[0]}
    )


def _last_table(cleaned: pd.Series) -> pd.DataFrame:
    words, suffix = split_suffix(cleaned)
    compact = words.str.replace(" ", "", regex=False)
    return pd.DataFrame(
        {"last": compact, "last_words": words, "initial": compact.str[0], "suffix": suffix}
    )


def surname_parts(row: pd.Series, last: pd.Series) -> pd.DataFrame:
    """One row per surname word that may stand alone (Garcia-Lopez -> garcia, lopez,
    garcialopez); particles (de, la, van) never match alone. Split by Arrow list kernels:
    the registry's surname table has a hundred thousand spellings."""
    text = pa.array(last.astype("string").array, type=pa.large_string())
    split = pc.split_pattern(text, " ")
    owner = row.to_numpy()[pc.list_parent_indices(split).to_numpy()]
    word = pc.list_flatten(split)
    alone = pc.and_(
        pc.invert(pc.is_in(word, value_set=_PARTICLES)), pc.greater_equal(pc.utf8_length(word), 2)
    ).to_numpy(zero_copy_only=False)
    known = text.is_valid().to_numpy(zero_copy_only=False)
    parts = pd.DataFrame(
        {
            "row": np.concatenate([owner[alone], row.to_numpy()[known]]).astype(np.int64),
            "part": pa.concat_arrays(
                [
                    word.filter(pa.array(alone)),
                    pc.replace_substring(text, " ", "").filter(pa.array(known)),
                ]
            ).to_pandas(types_mapper=lambda _t: pd.StringDtype()),
        }
    )
    return parts.drop_duplicates().reset_index(drop=True)


_PARTICLES = pa.array(sorted(PARTICLES), type=pa.large_string())


def _groups(firsts: pd.DataFrame, extra: tuple[tuple[str, str], ...] = ()) -> pd.DataFrame:
    """(first_code, group) for each first-name spelling."""
    groups = name_groups(pd.Series(np.arange(len(firsts))), firsts["first"], extra)
    return groups.rename(columns={"key": "first_code"})


def name_groups(
    keys: pd.Series, names: pd.Series, extra: tuple[tuple[str, str], ...] = ()
) -> pd.DataFrame:
    """(key, group) for each named key: the name itself and its formal names (bob -> bob,
    robert), so two names are nickname-compatible when they share a group."""
    named = pd.DataFrame({"key": keys.to_numpy(), "name": names.to_numpy()})
    named = named[named["name"].notna() & (named["name"] != "")]
    formal = named.merge(nickname_groups(extra), on="name")
    own = named.assign(group=named["name"])
    out = pd.concat([formal[["key", "group"]], own[["key", "group"]]])
    return out.drop_duplicates().astype({"key": "int64", "group": "string"}).reset_index(drop=True)


@lru_cache(maxsize=4)
def nickname_groups(extra: tuple[tuple[str, str], ...] = ()) -> pd.DataFrame:
    """(name, group): each nickname maps to its formal names, from the curated
    ``nicknames`` package data plus ``extra`` (a formal name is its own group)."""
    with resources.files("nicknames").joinpath("names.csv").open("r", encoding="utf-8") as fh:
        data = pd.read_csv(fh, dtype="string")
    data = data[data["relationship"] == "has_nickname"]
    pairs = pd.DataFrame({"name": data["name2"].str.lower(), "group": data["name1"].str.lower()})
    added = pd.DataFrame(list(extra), columns=["name", "group"], dtype="string")
    both = pd.concat([pairs, added], ignore_index=True)
    return both.drop_duplicates().sort_values(["name", "group"]).reset_index(drop=True)


@lru_cache(maxsize=4)
def known_first_names(extra: tuple[tuple[str, str], ...] = ()) -> frozenset[str]:
    """Every first name the nickname data knows: one letter between two known names is
    more likely two people (Mark, Mary) than a typo."""
    table = nickname_groups(extra)
    return frozenset(table["name"].dropna()) | frozenset(table["group"].dropna())


@lru_cache(maxsize=4)
def given_names(extra: tuple[tuple[str, str], ...] = ()) -> frozenset[str]:
    """First names people are given: the nickname data's and the US Census's and Social
    Security's lists (audit/data/first_names.csv, built by scripts/first_names.py)."""
    return known_first_names(extra) | frozenset(male_share().index)


@lru_cache(maxsize=1)
def male_share() -> pd.Series:
    """Given name -> the share of its bearers who are male (first_names.csv): Christian
    0.95, Christina 0.00."""
    path = resources.files("audit").joinpath("data", "first_names.csv")
    with path.open(encoding="utf-8") as fh:
        table = pd.read_csv(fh, dtype={"first_name": "string", "male_share": "float64"})
    share = table.set_index("first_name")["male_share"]
    # Python strings, whose hash table pandas keeps (see compare._positions)
    share.index = pd.Index(share.index.to_numpy(dtype=object), dtype=object)
    return share
