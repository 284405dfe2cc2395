"""Candidate pairs for linkage: which registry rows a hire is compared with at all.

Never all pairs. Every blocking key is one integer per row: a birth-date block (a date and
its day/month swap share one) with a surname word, with a first-name nickname group, or
with the two initials (either way round); the same first name and surname where the
birth dates are one keystroke apart; and, where one side has no full birth date, a surname
word with a first-name group. Surname words and groups are numbered on the small spelling
tables, so the registry side is only a few integer columns and is never joined on strings.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA

from audit.names import People, name_groups, ymd
from audit.policy import Matching


def candidate_pairs(
    h: People, r: People, matching: Matching, *, middle_as_first: bool = True
) -> pd.DataFrame:
    """(hire_row, reg_row) pairs sharing at least one blocking key, without duplicates;
    ``middle_as_first``: also where one side has no full birth date and the hire's middle
    name is the registry's first name.

    Every key is one integer per row: surname words and nickname groups are numbered on
    the small spelling tables, so the registry side is only ever a few integer columns
    (never a join on strings), and hires look up the registry rows they want.
    """
    hf, rf = h.frame, r.frame
    has_dob_h = hf["dob_key"].to_numpy() >= 0
    has_dob_r = rf["dob_key"].to_numpy() >= 0
    h_parts, r_parts = _numbered(h.parts, r.parts, "part")
    first_links = _spelling_links(h.groups, r.groups, "first_code", "group")
    words = _width(h_parts["id"], r_parts["id"])
    hd = hf[has_dob_h]
    # only registry rows in some hire's birth-date block can meet a hire on these keys
    in_block = has_dob_r & _member(rf["dob_key"].to_numpy(), hd["dob_key"].to_numpy())
    rd = _rows(rf, in_block, ("row", "dob_key", "first_code", "last_code"))
    r_initials = _initials_key(r, rd)
    blocks = [
        _lookup(
            _keyed(hd, h_parts, "last_code", "dob_key", words),
            _keyed(rd, r_parts, "last_code", "dob_key", words),
        ),
        _dob_block(hd, rd, first_links, "first_code"),
        # typos in both names still meet on the birth date and the two initials, and so
        # do a first name and surname keyed into each other's column
        _lookup(_initials_key(h, hd), r_initials),
        _lookup(_initials_key(h, hd, swapped=True), r_initials),
    ]
    if matching.dob_typo_max_namesakes >= 0:
        blocks.append(_near_date_pairs(h, r, hd, has_dob_r))
    if matching.name_only_leads:
        # the hire's first name, or a middle name the registry has as the first name
        # (James Robert ~ Robert): the name a person goes by is often the middle one
        given: tuple[tuple[str, pd.DataFrame], ...] = (("first_code", first_links),)
        if middle_as_first:
            given += (("middle_code", _middle_as_first(h, r)),)
        blocks.append(_name_only_pairs(hf, rf, h_parts, r_parts, given, has_dob_h, has_dob_r))
    pairs = pd.concat(blocks, ignore_index=True).drop_duplicates()
    return pairs.sort_values(["hire_row", "reg_row"], kind="stable").reset_index(drop=True)


def _near_date_pairs(h: People, r: People, hd: pd.DataFrame, has_dob_r: np.ndarray) -> pd.DataFrame:
    """Pairs with the same first name and surname whose birth dates are one keystroke
    apart (one digit, or two adjacent digits swapped): a birth date keyed wrong meets no
    birth-date block. Such dates share the year (a slip in month or day) or the day of
    the month (a slip in year or month), so those two keys with the name find them all
    without pairing every namesake. ``hd`` are the hires with a birth date,
    ``has_dob_r`` flags the registry rows with one."""
    first_h, first_r = (t["id"].to_numpy() for t in _numbered(h.firsts, r.firsts, "first"))
    last_h, last_r = (t["id"].to_numpy() for t in _numbered(h.lasts, r.lasts, "last"))
    width = max(len(first_h), len(first_r)) + 1

    def name(frame: pd.DataFrame, first: np.ndarray, last: np.ndarray) -> np.ndarray:
        """First name and surname as one number shared by both sides; -1 if either is blank."""
        f, la = frame["first_code"].to_numpy(), frame["last_code"].to_numpy()
        known = (f >= 0) & (la >= 0)
        out = np.full(len(f), -1, dtype=np.int64)
        out[known] = last[la[known]] * width + first[f[known]]
        return out

    def named(frame: pd.DataFrame, names: np.ndarray, keep: np.ndarray) -> pd.DataFrame:
        rows = _rows(frame, keep, ("row", "year", "day"))
        return rows.assign(name=names[keep])

    h_names = name(hd, first_h, last_h)
    hn = named(hd, h_names, h_names >= 0)
    r_names = name(r.frame, first_r, last_r)
    rn = named(r.frame, r_names, has_dob_r & _member(r_names, hn["name"].to_numpy()))
    pairs = pd.concat(
        [
            _lookup(
                pd.DataFrame({"row": hn["row"], "key": hn["name"] * _YEAR_WIDTH + hn[part]}),
                pd.DataFrame({"row": rn["row"], "key": rn["name"] * _YEAR_WIDTH + rn[part]}),
            )
            for part in ("year", "day")
        ],
        ignore_index=True,
    )
    near = one_keystroke(
        ymd(h.frame, pairs["hire_row"].to_numpy()), ymd(r.frame, pairs["reg_row"].to_numpy())
    )
    return pairs[near]


def one_keystroke(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per pair of YYYYMMDD integers: exactly one digit differs, or two adjacent digits
    are swapped (1985 / 1958). Equal dates are not one keystroke apart."""
    place = 10 ** np.arange(8, dtype=np.int64)
    da = (np.asarray(a)[:, None] // place) % 10
    db = (np.asarray(b)[:, None] // place) % 10
    differ = da != db
    n = differ.sum(axis=1)
    swapped = differ[:, :-1] & differ[:, 1:] & (da[:, :-1] == db[:, 1:]) & (da[:, 1:] == db[:, :-1])
    return (n == 1) | ((n == 2) & swapped.any(axis=1))


def _numbered(h: pd.DataFrame, r: pd.DataFrame, on: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Replace a string column by one number shared by both sides."""
    ids, _ = pd.factorize(pd.concat([h[on], r[on]], ignore_index=True))
    return (
        h.drop(columns=on).assign(id=ids[: len(h)]),
        r.drop(columns=on).assign(id=ids[len(h) :]),
    )


def _rows(frame: pd.DataFrame, keep: np.ndarray, columns: tuple[str, ...]) -> pd.DataFrame:
    """The kept rows of a few columns: masking a whole registry frame would copy every
    column of millions of rows."""
    return pd.DataFrame({c: frame[c].to_numpy()[keep] for c in columns}, copy=False)


def _keyed(
    frame: pd.DataFrame, table: pd.DataFrame, code: str, block: str, width: int
) -> pd.DataFrame:
    """One (row, key) per row and numbered word of its spelling: key = block x word
    (``width`` above every word number on both sides, so the keys mean the same)."""
    rows = frame[["row", block, code]].merge(table, on=code)
    return pd.DataFrame({"row": rows["row"], "key": rows[block] * width + rows["id"]})


def _spelling_links(h: pd.DataFrame, r: pd.DataFrame, code: str, on: str) -> pd.DataFrame:
    """(hire spelling code, registry spelling code) pairs sharing a word or group."""
    links = h.merge(r, on=on, suffixes=("_h", "_r"))[[f"{code}_h", f"{code}_r"]]
    return links.drop_duplicates()


def _dob_block(hf: pd.DataFrame, rf: pd.DataFrame, links: pd.DataFrame, code: str) -> pd.DataFrame:
    """Pairs with the same birth-date block and linked spellings of one name field."""
    wanted = hf[["row", "dob_key", code]].merge(links, left_on=code, right_on=f"{code}_h")
    width = _width(links[f"{code}_r"], rf[code])
    return _lookup(
        pd.DataFrame(
            {"row": wanted["row"], "key": wanted["dob_key"] * width + wanted[f"{code}_r"]}
        ),
        pd.DataFrame({"row": rf["row"], "key": rf["dob_key"] * width + rf[code]}),
    )


def _width(*codes: pd.Series) -> int:
    """A multiplier that keeps (block, code) pairs distinct when packed into one integer."""
    return max((int(c.max()) for c in codes if len(c)), default=0) + 2


def _initials_key(people: People, frame: pd.DataFrame, *, swapped: bool = False) -> pd.DataFrame:
    """Birth-date block with the first letters of first and last name as one integer
    (``swapped``: surname's letter first, to meet a registry that swapped the columns)."""
    first = _letter(people.firsts["initial"])[frame["first_code"].to_numpy()]
    last = _letter(people.lasts["initial"])[frame["last_code"].to_numpy()]
    if swapped:
        first, last = last, first
    known = (frame["first_code"].to_numpy() >= 0) & (frame["last_code"].to_numpy() >= 0)
    key = frame["dob_key"].to_numpy() * 1024 + first * 32 + last
    return pd.DataFrame({"row": frame["row"].to_numpy()[known], "key": key[known]})


def _letter(initials: pd.Series) -> np.ndarray:
    """0-25 for a-z, 26 otherwise; one extra slot so code -1 (blank) indexes safely."""
    points = initials.fillna("~").to_numpy(dtype="U1").view(np.int32).astype(np.int64)
    letters = np.where((points >= ord("a")) & (points <= ord("z")), points - ord("a"), 26)
    return np.append(letters, 26)


def _lookup(wanted: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """Registry rows whose key a hire wants: an integer join, after a cheap pre-filter."""
    rows = rows[_member(rows["key"].to_numpy(), wanted["key"].to_numpy())]
    out = wanted.merge(rows, on="key", suffixes=("_h", "_r"))
    return pd.DataFrame({"hire_row": out["row_h"].to_numpy(), "reg_row": out["row_r"].to_numpy()})


def _member(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``np.isin`` for many keys against fewer wanted ones, by hash table (pandas)."""
    return pd.Series(keys).isin(wanted).to_numpy()


_CDIST_CELLS = 1 << 24  # cells per cdist call (uint8): 16 MB whatever the list's length


def adverse_name_pairs(h: People, r: People) -> pd.DataFrame:
    """Pairs for adverse evidence without a full birth date (a published decertification
    list): every hire whose surname is within one keystroke of the row's, whatever the
    first name, for ``compare`` to judge. Exact surname words and nickname groups (the
    keys above) would never pair Kyle Morgen with a decertified "Morgan, Kyle", and
    dropping a decertification that may be the hire's verifies a decertified officer.
    Such lists are short, so the surname tables are compared whole, in chunks."""
    rf = r.frame
    undated = rf[(rf["dob_key"].to_numpy() < 0) & (rf["last_code"].to_numpy() >= 0)]
    hf = h.frame[h.frame["last_code"].to_numpy() >= 0]
    if undated.empty or hf.empty:
        return pd.DataFrame(
            {"hire_row": pd.Series(dtype="int64"), "reg_row": pd.Series(dtype="int64")}
        )
    r_codes = np.unique(undated["last_code"].to_numpy())
    h_codes = np.unique(hf["last_code"].to_numpy())
    r_names = r.lasts["last"].fillna("").to_numpy(dtype=object)[r_codes].tolist()
    h_names = h.lasts["last"].fillna("").to_numpy(dtype=object)
    near = []
    step = max(1, _CDIST_CELLS // max(1, len(r_names)))  # a national list: fewer per call
    for start in range(0, len(h_codes), step):
        chunk = h_codes[start : start + step]
        distance = process.cdist(
            h_names[chunk].tolist(), r_names, scorer=OSA.distance, score_cutoff=1,
            dtype=np.uint8, workers=-1,
        )  # fmt: skip
        i, j = np.nonzero(distance <= 1)
        near.append(pd.DataFrame({"h_code": chunk[i], "r_code": r_codes[j]}))
    codes = pd.concat(near, ignore_index=True)
    pairs = (
        hf[["row", "last_code", "first_code"]]
        .merge(codes, left_on="last_code", right_on="h_code")
        .merge(undated[["row", "last_code", "first_code"]], left_on="r_code", right_on="last_code")
    )
    # ...and whose first name is within one keystroke of the row's, or a nickname of it
    both = pairs[["first_code_x", "first_code_y"]].drop_duplicates()
    known = (both["first_code_x"].to_numpy() >= 0) & (both["first_code_y"].to_numpy() >= 0)
    firsts = both.loc[known]
    h_first = h.firsts["first"].fillna("").to_numpy(dtype=object)
    r_first = r.firsts["first"].fillna("").to_numpy(dtype=object)
    distance = process.cpdist(
        h_first[firsts["first_code_x"].to_numpy()].tolist(),
        r_first[firsts["first_code_y"].to_numpy()].tolist(),
        scorer=OSA.distance, score_cutoff=1, dtype=np.uint8, workers=-1,
    )  # fmt: skip
    nicknames = h.groups.merge(r.groups, on="group")[["first_code_x", "first_code_y"]]
    alike = pd.concat([firsts[distance <= 1], nicknames], ignore_index=True).drop_duplicates()
    pairs = pairs.merge(alike, on=["first_code_x", "first_code_y"])
    return pd.DataFrame(
        {
            "hire_row": pairs["row_x"].to_numpy(np.int64),
            "reg_row": pairs["row_y"].to_numpy(np.int64),
        }
    )


def _middle_as_first(h: People, r: People) -> pd.DataFrame:
    """(first_code_h, first_code_r) pairs, where first_code_h codes the hire's middle
    name: the registry's first name is that middle name or a nickname of it."""
    middles = name_groups(pd.Series(np.arange(len(h.middles))), h.middles["middle"])
    linked = middles.merge(r.groups, on="group")[["key", "first_code"]].drop_duplicates()
    return pd.DataFrame(
        {
            "first_code_h": linked["key"].to_numpy(np.int64),
            "first_code_r": linked["first_code"].to_numpy(np.int64),
        }
    )


def _name_only_pairs(
    hf: pd.DataFrame,
    rf: pd.DataFrame,
    h_parts: pd.DataFrame,
    r_parts: pd.DataFrame,
    given: tuple[tuple[str, pd.DataFrame], ...],
    has_dob_h: np.ndarray,
    has_dob_r: np.ndarray,
) -> pd.DataFrame:
    """Pairs where one side has no full birth date: a surname word and a linked first
    name (``given``: the hire's name column and its (first_code_h, first_code_r) links
    to registry first names), and the birth year where both sides know one (a year that
    disagrees can never link, and keying on it keeps common names from pairing every hire
    with every year-only registry row). Hires without a birth date look at every registry row; the
    others only at registry rows without one."""
    width = _width(rf["first_code"], *(links["first_code_r"] for _, links in given))
    hire_words = hf[["row", "last_code", "first_code", "middle_code", "birth_year"]].merge(
        h_parts, on="last_code"
    )
    wanted = pd.concat(
        [hire_words.merge(links, left_on=code, right_on="first_code_h") for code, links in given],
        ignore_index=True,
    )
    want = pd.DataFrame(
        {
            "row": wanted["row"],
            "key": wanted["id"] * width + wanted["first_code_r"],
            "year": wanted["birth_year"],
        }
    )
    registry = rf if not has_dob_h.all() else rf[~has_dob_r]
    words = registry[["row", "last_code", "first_code", "birth_year"]].merge(
        r_parts, on="last_code"
    )
    rows = pd.DataFrame(
        {
            "row": words["row"],
            "key": words["id"] * width + words["first_code"],
            "year": words["birth_year"],
        }
    )
    pairs = pd.concat(
        [_year_lookup(want, rows, want_year, row_year) for want_year, row_year in _YEARS],
        ignore_index=True,
    )
    no_dob_h = ~has_dob_h[pairs["hire_row"].to_numpy()]
    no_dob_r = ~has_dob_r[pairs["reg_row"].to_numpy()]
    return pairs[no_dob_h | no_dob_r]


# (hire side knows a birth year?, registry side knows one?): only when both do is the year
# part of the key; None means either.
_YEARS = ((True, True), (None, False), (False, True))
_YEAR_WIDTH = 4096  # above every plausible birth year (audit.dates.MAX_BIRTH_YEAR)


def _year_lookup(
    want: pd.DataFrame, rows: pd.DataFrame, want_year: bool | None, row_year: bool
) -> pd.DataFrame:
    """Pairs between the hires and registry rows that do (``True``), do not (``False``) or
    may (``None``) know a birth year; the year joins the key only when both sides know it."""

    def side(frame: pd.DataFrame, known: bool | None, keyed: bool) -> pd.DataFrame:
        year = frame["year"].to_numpy()
        if known is not None:
            frame = frame[(year > 0) == known]
            year = frame["year"].to_numpy()
        key = frame["key"].to_numpy()
        if keyed:
            key = key * _YEAR_WIDTH + np.clip(year, 0, _YEAR_WIDTH - 1)
        return pd.DataFrame({"row": frame["row"].to_numpy(), "key": key})

    keyed = want_year is True and row_year
    return _lookup(side(want, want_year, keyed), side(rows, row_year, keyed))
