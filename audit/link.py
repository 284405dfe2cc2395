"""Hires <-> registry people: blocking, rapidfuzz comparison, evidence tiers.

Linkage here is evidence for an audit, not a probability: every candidate pair gets a
level per field (date of birth, first, last, middle name) and a tier:

- ``strong``: full date of birth agrees (or its day and month are swapped) and first and
  last names agree allowing one typo, a nickname, a hyphenated or compound surname, a
  suffix or a maiden name carried as middle name. Only a strong link can verify.
- ``partial``: a lead that a careful person would check: the registry has no full birth
  date but the names agree; or the birth date and first and middle names agree while
  the surname differs (a possible name change); or a strong-looking link that bends too
  many things at once. A partial link never verifies; it sends a hire to review.

Twins (same surname and birth date, another first name) and namesakes (another birth
date) fail a field outright and are not linked at all.

Candidates come from joins on blocking keys (never all pairs): birth-date block with a
surname word, birth-date block with a first-name nickname group, and, for people with no
full birth date on one side, surname word with nickname group.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from audit.dataset import Dataset
from audit.names import People, known_first_names, nickname_groups, prepare, surname_parts
from audit.policy import Matching

# Points per field level; a full agreement scores 100. Ranking only: the tier rules decide.
DOB_POINTS = {"exact": 40, "swapped": 34, "year": 15, "unknown": 5, "conflict": 0}
FIRST_POINTS = {
    "exact": 30,
    "nickname": 27,
    "middle_as_first": 24,
    "typo": 24,
    "initial": 12,
    "similar": 12,
    "unknown": 5,
    "conflict": 0,
}
LAST_POINTS = {"exact": 30, "part": 26, "maiden": 26, "typo": 24, "unknown": 5, "conflict": 0}
MIDDLE_POINTS = {"agree": 0, "initial": 0, "unknown": 0, "conflict": -10}

LINK_COLUMNS = (
    "hire_row",
    "reg_row",
    "dob_level",
    "first_level",
    "last_level",
    "middle_level",
    "score",
    "tier",
)


def link(hires: People, registry: People, matching: Matching) -> pd.DataFrame:
    """Every strong or partial link between hires and registry rows (LINK_COLUMNS)."""
    pairs = candidate_pairs(hires, registry, matching)
    if pairs.empty:
        return _empty_links()
    scored = compare(hires, registry, pairs, matching)
    return scored[scored["tier"] != "none"].reset_index(drop=True)[list(LINK_COLUMNS)]


def candidate_pairs(h: People, r: People, matching: Matching) -> pd.DataFrame:
    """(hire_row, reg_row) pairs sharing at least one blocking key, without duplicates.

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
    hd, rd = hf[has_dob_h], rf[has_dob_r]
    rd = rd[_member(rd["dob_key"].to_numpy(), hd["dob_key"].to_numpy())]
    blocks = [
        _lookup(
            _keyed(hd, h_parts, "last_code", "dob_key", words),
            _keyed(rd, r_parts, "last_code", "dob_key", words),
        ),
        _dob_block(hd, rd, first_links, "first_code"),
        # typos in both names still meet on the birth date and the two initials
        _lookup(_initials_key(h, hd), _initials_key(r, rd)),
    ]
    if matching.name_only_leads:
        blocks.append(_name_only_pairs(hf, rf, h_parts, r_parts, first_links, has_dob_h, has_dob_r))
    pairs = pd.concat(blocks, ignore_index=True).drop_duplicates()
    return pairs.sort_values(["hire_row", "reg_row"], kind="stable").reset_index(drop=True)


def _numbered(h: pd.DataFrame, r: pd.DataFrame, on: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Replace a string column by one number shared by both sides."""
    ids, _ = pd.factorize(pd.concat([h[on], r[on]], ignore_index=True))
    return (
        h.drop(columns=on).assign(id=ids[: len(h)]),
        r.drop(columns=on).assign(id=ids[len(h) :]),
    )


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


def _initials_key(people: People, frame: pd.DataFrame) -> pd.DataFrame:
    """Birth-date block with the first letters of first and last name as one integer."""
    first = _letter(people.firsts["initial"])[frame["first_code"].to_numpy()]
    last = _letter(people.lasts["initial"])[frame["last_code"].to_numpy()]
    known = (frame["first_code"].to_numpy() >= 0) & (frame["last_code"].to_numpy() >= 0)
    key = frame["dob_key"].to_numpy() * 1024 + first * 32 + last
    return pd.DataFrame({"row": frame["row"].to_numpy()[known], "key": key[known]})


def _letter(initials: pd.Series) -> np.ndarray:
    """0-25 for a-z, 26 otherwise; one extra slot so code -1 (blank) indexes safely."""
    codes = initials.fillna("~").map(lambda c: min(ord(c) - 97, 26) if "a" <= c <= "z" else 26)
    return np.append(codes.to_numpy(dtype=np.int64), 26)


def _lookup(wanted: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """Registry rows whose key a hire wants: an integer join, after a cheap pre-filter."""
    rows = rows[_member(rows["key"].to_numpy(), wanted["key"].to_numpy())]
    out = wanted.merge(rows, on="key", suffixes=("_h", "_r"))
    return pd.DataFrame({"hire_row": out["row_h"].to_numpy(), "reg_row": out["row_r"].to_numpy()})


def _member(keys: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """``np.isin`` for many keys against few wanted ones: a binary search per key."""
    targets = np.unique(wanted)
    if not len(targets):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(targets, keys), len(targets) - 1)
    return targets[at] == keys


def _name_only_pairs(
    hf: pd.DataFrame,
    rf: pd.DataFrame,
    h_parts: pd.DataFrame,
    r_parts: pd.DataFrame,
    first_links: pd.DataFrame,
    has_dob_h: np.ndarray,
    has_dob_r: np.ndarray,
) -> pd.DataFrame:
    """Pairs where one side has no full birth date: a surname word and a linked first
    name. Hires without a birth date look at every registry row; the others only at
    registry rows without one."""
    width = _width(rf["first_code"], first_links["first_code_r"])
    hire_words = hf[["row", "last_code", "first_code"]].merge(h_parts, on="last_code")
    wanted = hire_words.merge(first_links, left_on="first_code", right_on="first_code_h")
    want = pd.DataFrame(
        {"row": wanted["row"], "key": wanted["id"] * width + wanted["first_code_r"]}
    )
    registry = rf if not has_dob_h.all() else rf[~has_dob_r]
    words = registry[["row", "last_code", "first_code"]].merge(r_parts, on="last_code")
    rows = pd.DataFrame({"row": words["row"], "key": words["id"] * width + words["first_code"]})
    pairs = _lookup(want, rows)
    no_dob_h = ~has_dob_h[pairs["hire_row"].to_numpy()]
    no_dob_r = ~has_dob_r[pairs["reg_row"].to_numpy()]
    return pairs[no_dob_h | no_dob_r]


def _fields(people: People, rows: np.ndarray) -> pd.DataFrame:
    """The strings and date parts of the given rows, looked up from the spelling tables."""
    f = people.frame.iloc[rows].reset_index(drop=True)

    def take(table: pd.DataFrame, column: str, codes: pd.Series) -> pd.Series:
        # one extra NA slot at the end, so code -1 (blank) looks up NA
        values = pd.concat([table[column], pd.Series([pd.NA], dtype="string")], ignore_index=True)
        return values.take(codes.to_numpy()).reset_index(drop=True).astype("string")

    return pd.DataFrame(
        {
            "first": take(people.firsts, "first", f["first_code"]),
            "first_all": take(people.firsts, "first_all", f["first_code"]),
            "middle": take(people.middles, "middle", f["middle_code"]),
            "middle_initial": take(people.middles, "middle_initial", f["middle_code"]),
            "last": take(people.lasts, "last", f["last_code"]),
            "last_words": take(people.lasts, "last_words", f["last_code"]),
            "year": f["year"],
            "month": f["month"],
            "day": f["day"],
            "birth_year": f["birth_year"],
        }
    )


def compare(h: People, r: People, pairs: pd.DataFrame, m: Matching) -> pd.DataFrame:
    """Field levels, score and tier for each candidate pair, column-wise."""
    H = _fields(h, pairs["hire_row"].to_numpy())
    R = _fields(r, pairs["reg_row"].to_numpy())
    out = pairs.reset_index(drop=True).copy()
    out["dob_level"] = _dob_level(H, R, m)
    out["first_level"] = _first_level(H, R, m)
    out["last_level"] = _last_level(H, R, m)
    out["middle_level"] = _middle_level(H, R, m)
    typos = (out["first_level"] == "typo").astype(int) + (out["last_level"] == "typo").astype(int)
    out["score"] = (
        (
            out["dob_level"].map(DOB_POINTS)
            + out["first_level"].map(FIRST_POINTS)
            + out["last_level"].map(LAST_POINTS)
            + out["middle_level"].map(MIDDLE_POINTS)
        )
        .astype("float64")
        .clip(lower=0)
    )
    out["tier"] = _tier(out, typos, m)
    return out


def _tier(out: pd.DataFrame, typos: pd.Series, m: Matching) -> np.ndarray:
    dob, first, last, middle = (
        out[c] for c in ("dob_level", "first_level", "last_level", "middle_level")
    )
    dob_full = dob.isin(["exact", "swapped"])
    first_ok = first.isin(["exact", "nickname", "typo", "middle_as_first"])
    last_ok = last.isin(["exact", "part", "typo", "maiden"])
    names_ok = first_ok & last_ok
    strong = (
        dob_full
        & names_ok
        & (middle != "conflict")
        & (typos <= m.max_typos_per_link)
        & (out["score"] >= m.strong_min_score)
    )
    strict_names = first.isin(["exact", "nickname"]) & last.isin(["exact", "part", "maiden"])
    no_full_dob = dob.isin(["year", "unknown"]) & strict_names & (middle != "conflict")
    name_change = dob_full & first_ok & (last == "conflict") & (middle == "agree")
    # a blank or one-letter name cannot confirm a person, but with the birth date and the
    # other name agreeing it is worth an analyst's look
    thin = (first.isin(["initial", "unknown", "similar"]) & last_ok) | (
        first_ok & (last == "unknown")
    )
    bent = dob_full & (names_ok | thin) & ~strong
    partial = ~strong & (no_full_dob | name_change | bent)
    return np.select([strong, partial], ["strong", "partial"], default="none")


def _dob_level(H: pd.DataFrame, R: pd.DataFrame, m: Matching) -> np.ndarray:
    both = (H["year"] > 0) & (R["year"] > 0)
    exact = both & (H["month"] == R["month"]) & (H["day"] == R["day"]) & (H["year"] == R["year"])
    swapped = (
        both
        & (H["year"] == R["year"])
        & (H["month"] == R["day"])
        & (H["day"] == R["month"])
        & (H["month"] != H["day"])
        & m.allow_swapped_day_month
    )
    # One side publishes only a birth year (or nothing): the year can still disagree.
    partial = ~both
    year_known = (H["birth_year"] > 0) & (R["birth_year"] > 0)
    year_agree = partial & year_known & (H["birth_year"] == R["birth_year"])
    unknown = partial & ~year_known
    return np.select(
        [exact, swapped, year_agree, unknown],
        ["exact", "swapped", "year", "unknown"],
        default="conflict",
    )


def _first_level(H: pd.DataFrame, R: pd.DataFrame, m: Matching) -> np.ndarray:
    hf, rf = H["first"], R["first"]
    missing = hf.isna() | rf.isna()
    exact = ~missing & ((hf == rf) | (H["first_all"] == R["first_all"])).fillna(False)
    nick = ~missing & ~exact & nickname_compatible(hf, rf, m.nicknames) & ~_gendered_pair(hf, rf)
    # Mark/Mary, John/Joan: one letter swapped for another between two real names is more
    # likely two people (twins) than a typo; a transposition or a dropped letter is a typo.
    known = known_first_names(m.nicknames)
    two_names = (hf.isin(known) & rf.isin(known)).fillna(False) & _one_substitution(hf, rf)
    typo = ~missing & ~exact & ~nick & _is_typo(hf, rf, m) & ~_gendered_pair(hf, rf) & ~two_names
    similar = ~missing & ~exact & ~nick & ~typo & _similar(hf, rf, m) & ~_gendered_pair(hf, rf)
    as_middle = ~missing & (
        ((hf == R["middle"]) & (hf.str.len() > 1)) | ((rf == H["middle"]) & (rf.str.len() > 1))
    ).fillna(False)
    initial = (
        ~missing
        & ((hf.str.len() == 1) | (rf.str.len() == 1)).fillna(False)
        & (hf.str[0] == rf.str[0]).fillna(False)
    )
    return np.select(
        [exact, nick, typo, as_middle, initial, similar, missing],
        ["exact", "nickname", "typo", "middle_as_first", "initial", "similar", "unknown"],
        default="conflict",
    )


def _last_level(H: pd.DataFrame, R: pd.DataFrame, m: Matching) -> np.ndarray:
    hl, rl = H["last"], R["last"]
    missing = hl.isna() | rl.isna()
    exact = ~missing & (hl == rl).fillna(False)
    part = ~missing & ~exact & _share_part(H["last_words"], R["last_words"])
    typo = ~missing & ~exact & ~part & _is_typo(hl, rl, m)
    maiden = ~missing & ((H["middle"] == rl) | (R["middle"] == hl)).fillna(False)
    return np.select(
        [exact, part, typo, maiden, missing],
        ["exact", "part", "typo", "maiden", "unknown"],
        default="conflict",
    )


def _middle_level(H: pd.DataFrame, R: pd.DataFrame, m: Matching) -> np.ndarray:
    hm, rm = H["middle"], R["middle"]
    missing = hm.isna() | rm.isna()
    same_initial = (H["middle_initial"] == R["middle_initial"]).fillna(False)
    one_initial = ((hm.str.len() == 1) | (rm.str.len() == 1)).fillna(False)
    agree = ~missing & ~one_initial & ((hm == rm).fillna(False) | _is_typo(hm, rm, m))
    initial = ~missing & one_initial & same_initial
    # A middle name used as the first name is not a conflict in the middle field.
    shifted = ((hm == R["first"]) | (rm == H["first"])).fillna(False)
    return np.select(
        [missing, agree, initial | shifted], ["unknown", "agree", "initial"], default="conflict"
    )


def _unique_pairs(a: pd.Series, b: pd.Series) -> tuple[pd.DataFrame, np.ndarray]:
    """Distinct (a, b) pairs and, per input row, the index of its pair: comparisons run
    once per distinct pair of spellings, not once per candidate."""
    a_codes, a_names = pd.factorize(a.fillna(""))
    b_codes, b_names = pd.factorize(b.fillna(""))
    key = a_codes.astype("int64") * (len(b_names) + 1) + b_codes
    codes, keys = pd.factorize(key)
    uniq = pd.DataFrame(
        {
            "a": np.asarray(a_names, dtype=object)[keys // (len(b_names) + 1)],
            "b": np.asarray(b_names, dtype=object)[keys % (len(b_names) + 1)],
        }
    )
    return uniq, codes


def _is_typo(a: pd.Series, b: pd.Series, m: Matching) -> pd.Series:
    """At most ``max_name_edits`` insertions, deletions, substitutions or adjacent
    transpositions, on names long enough for one letter not to make another name."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    dist = process.cpdist(uniq["a"].tolist(), uniq["b"].tolist(), scorer=OSA.distance, workers=-1)
    shortest = np.minimum(uniq["a"].str.len().to_numpy(), uniq["b"].str.len().to_numpy())
    ok = (dist <= m.max_name_edits) & (dist > 0) & (shortest >= m.min_typo_length)
    return pd.Series(ok[codes], index=a.index)


def _gendered_pair(a: pd.Series, b: pd.Series) -> pd.Series:
    """Robert/Roberta, Daniel/Danielle, Paul/Paula: one trailing vowel apart is one
    letter, but it is how twins of opposite sex are named, so it never counts as a typo."""
    longer = a.where(a.str.len() >= b.str.len(), b)
    shorter = b.where(a.str.len() >= b.str.len(), a)
    grown = longer.str[:-1] == shorter
    doubled = longer.str[:-2] == shorter
    tail = longer.str[-1].isin(list("aeio"))
    return ((grown & tail) | (doubled & longer.str.endswith(("le", "ne", "na")))).fillna(False)


def _one_substitution(a: pd.Series, b: pd.Series) -> pd.Series:
    """Same length and one letter replaced (not moved, added or dropped)."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    dist = process.cpdist(uniq["a"].tolist(), uniq["b"].tolist(), scorer=Levenshtein.distance)
    same = (uniq["a"].str.len() == uniq["b"].str.len()).to_numpy()
    return pd.Series(((dist == 1) & same)[codes], index=a.index)


def _similar(a: pd.Series, b: pd.Series, m: Matching) -> pd.Series:
    """Spelling variants too far apart for a typo (Steven, Stephen; Mohamed, Muhammad):
    enough for a lead an analyst checks, never for a verification."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    score = process.cpdist(
        uniq["a"].tolist(), uniq["b"].tolist(), scorer=JaroWinkler.similarity, workers=-1
    )
    return pd.Series((score >= m.similar_first_name)[codes], index=a.index)


def nickname_compatible(
    a: pd.Series, b: pd.Series, extra: tuple[tuple[str, str], ...] = ()
) -> pd.Series:
    """True where two first names share a nickname group (bob ~ robert ~ rob)."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    table = nickname_groups(extra)
    uniq["pair"] = np.arange(len(uniq))
    sides = []
    for col in ("a", "b"):
        names = uniq[["pair", col]].rename(columns={col: "name"})
        grouped = names.merge(table, on="name", how="left")
        grouped["group"] = grouped["group"].fillna(grouped["name"])
        own = names.assign(group=names["name"])
        sides.append(pd.concat([grouped, own], ignore_index=True)[["pair", "group"]])
    shared = sides[0].merge(sides[1], on=["pair", "group"])["pair"].unique()
    ok = np.zeros(len(uniq), dtype=bool)
    ok[shared] = True
    ok &= (uniq["a"] != "").to_numpy() & (uniq["b"] != "").to_numpy()
    return pd.Series(ok[codes], index=a.index)


def _share_part(a: pd.Series, b: pd.Series) -> pd.Series:
    """True where two surnames share a word that can stand alone (Garcia-Lopez ~ Lopez)."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    pair = pd.Series(np.arange(len(uniq)))
    pa_ = surname_parts(pair, uniq["a"].replace("", pd.NA).astype("string"))
    pb_ = surname_parts(pair, uniq["b"].replace("", pd.NA).astype("string"))
    shared = pa_.merge(pb_, on=["row", "part"])["row"].unique()
    ok = np.zeros(len(uniq), dtype=bool)
    ok[shared] = True
    return pd.Series(ok[codes], index=a.index)


def _empty_links() -> pd.DataFrame:
    return pd.DataFrame(
        {
            c: pd.Series(
                dtype="int64" if c.endswith("row") else ("float64" if c == "score" else "object")
            )
            for c in LINK_COLUMNS
        }
    )


@dataclass(frozen=True)
class Links:
    """The link stage's output: what the evaluator needs, nothing it must recompute.

    ``certs`` and ``decerts`` are LINK_COLUMNS frames (rows are positions in the
    Dataset's hires / certifications / decertifications). ``certs["person"]`` numbers the
    linked registry rows by identity (first name, surname, birth date, middle initial), so
    two certifications of one person count as one person and two people sharing a name
    and birth date count as two.
    """

    certs: pd.DataFrame
    decerts: pd.DataFrame


def link_dataset(data: Dataset, matching: Matching) -> Links:
    """Link every hire to the certification and decertification registries."""
    hires = _people(data.hires, matching)
    certs_people = _people(data.certifications, matching)
    decert_people = _people(data.decertifications, matching)
    certs = link(hires, certs_people, matching)
    certs["person"] = _person(certs_people, certs["reg_row"].to_numpy())
    return Links(certs=certs, decerts=link(hires, decert_people, matching))


def _person(people: People, rows: np.ndarray) -> np.ndarray:
    """Number the given registry rows by identity (first name, surname, birth date,
    middle initial): two certifications of one person share a number."""
    f = _fields(people, rows)
    key = pd.MultiIndex.from_arrays(
        [
            f["first"].fillna(""),
            f["last"].fillna(""),
            people.frame["dob_key"].to_numpy()[rows],
            f["birth_year"],
            f["middle_initial"].fillna(""),
        ]
    )
    codes, _ = pd.factorize(key)
    return np.asarray(codes, dtype=np.int64)


def _people(table: pd.DataFrame, matching: Matching) -> People:
    return prepare(
        table["first_name"],
        table["last_name"],
        table["date_of_birth"],
        middle=table.get("middle_name", None),
        birth_year=table.get("birth_year", None),
        nicknames=matching.nicknames,
    )
