"""Comparing candidate pairs field by field: levels, a ranking score and the tier.

Every pair gets a level per field (date of birth, first, last, middle name) and a tier:

- ``strong``: full date of birth agrees (or its day and month are swapped) and first and
  last names agree, allowing accents, case, punctuation, a suffix, a middle initial and
  at most one variation: a nickname, the middle name used as first name (with the
  leftover names agreeing), one part of a compound surname, a maiden name, or keying
  errors (a typo and/or a swapped day and month). Only a strong link can verify.
- ``partial``: a lead that a careful person would check: the registry has no full birth
  date but the names agree (with one name form at most); the birth date and first and
  middle names agree while the surname differs (a possible name change; without middle
  names, only for a first name rare on that birth date); the names agree exactly but the
  birth date is one keystroke off (while few share the name); first name and surname
  swapped between the columns; another spelling of the first name; two variations at
  once. A partial link never verifies.
- ``strong_if_claimed``: a strong link but for a swapped day and month on a name many
  registry people share, or for the hire's middle name as the row's first name with no
  other name left to compare; the evaluator makes it strong where the hire declares a job
  at the row's agency (a stranger born on the swapped date, or a sibling under the middle
  name, is not also at that agency), a lead otherwise.
- ``if_claimed``: weaker leads that strangers explain as often as the hire (below); the
  evaluator keeps them as leads only where the hire claims sworn service at the row's
  agency.

Twins (same surname and birth date, another first name) and namesakes (another birth
date) fail a field outright and are not linked at all. In a registry of millions, chance
does the rest, so the registry's own frequencies decide three borderline cases: one
letter at an end between two common spellings (Rose, Ross) is two names, so is a
nickname pair of two common first names (Michael, Miguel) where strangers with the
surname and birth date are to be expected, and a swapped birth date is a lead when many
other people share the name. Two compound surnames sharing one word (Martinez-Ruiz,
Allen-Martinez) are two families: a lead. String work runs once per distinct
pair of spellings with rapidfuzz's batch functions.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from audit.blocking import one_keystroke
from audit.names import (
    People,
    given_names,
    known_first_names,
    male_share,
    name_groups,
    surname_parts,
    ymd,
)
from audit.policy import Matching

# Points per field level; a full agreement scores 100. Ranking only: the tier rules decide.
DOB_POINTS = {"exact": 40, "swapped": 34, "typo": 30, "year": 15, "unknown": 5, "conflict": 0}
FIRST_POINTS = {
    "exact": 30,
    "nickname": 27,
    "middle_as_first": 24,
    "typo": 24,
    "other_common_name": 12,
    "first_letter": 12,
    "initial": 12,
    "similar": 12,
    "swapped_names": 12,
    "unknown": 5,
    "conflict": 0,
}
LAST_POINTS = {
    "exact": 30,
    "part": 26,
    "maiden": 26,
    "typo": 24,
    "similar": 12,
    "swapped_names": 12,
    "unknown": 5,
    "conflict": 0,
}
# Levels at which a name agrees well enough for a strong link (with the tier's other rules).
FIRST_OK = ("exact", "nickname", "typo", "middle_as_first")
LAST_OK = ("exact", "part", "typo", "maiden")
MIDDLE_POINTS = {"agree": 0, "initial": 0, "unknown": 0, "conflict": -10}


def compare(
    h: People, r: People, pairs: pd.DataFrame, m: Matching, crowd: People | None = None
) -> pd.DataFrame:
    """Field levels, score and tier for each candidate pair, column-wise.

    With ``crowd`` the registry ``r`` holds adverse evidence (decertifications) and
    ``crowd`` is the population it is judged against (the certification registry). The
    crowding limits that keep strangers from verifying a hire would, applied to adverse
    evidence, drop a decertification that may be the hire's: a birth date one keystroke
    off and a surname changed are leads however common the name, and a swapped birth date
    is decided by the namesakes in the crowd (a short decertification list knows few)."""
    H = fields(h, pairs["hire_row"].to_numpy())
    R = fields(r, pairs["reg_row"].to_numpy())
    out = pairs.reset_index(drop=True).copy()
    out["dob_level"] = _dob_level(H, R, m)
    first_rows = _spelling_rows(r, r.firsts["first"], "first_code")
    last_rows = _spelling_rows(r, r.lasts["last"], "last_code")
    born_alike = _first_name_strangers(R, first_rows, _dates_seen(r))
    strangers = _strangers(r, R, last_rows, born_alike)
    # ...of whom those sharing a full middle name the hire's agrees with (Greg James,
    # GREGORY JAMES): the strangers x the registry's share of rows with that middle name
    middle_rows = _spelling_rows(r, r.middles["middle"].fillna(""), "middle_code")
    middles_agree = (H["middle"] == R["middle"]).fillna(False).to_numpy(dtype=bool) & (
        R["middle"].str.len() > 1
    ).fillna(False).to_numpy(dtype=bool)
    share = _lookup(middle_rows, R["middle"].fillna(""))
    strangers = np.where(middles_agree, strangers * share / max(len(r.frame), 1), strangers)
    out["first_level"] = _first_level(H, R, m, first_rows, strangers)
    out["last_level"] = _last_level(H, R, m, last_rows)
    swapped = _names_swapped(H, R) & ~out["first_level"].isin(FIRST_OK).to_numpy()
    out.loc[swapped, ["first_level", "last_level"]] = "swapped_names"
    out["middle_level"] = _middle_level(H, R, m)
    typos = (out["first_level"] == "typo").astype(int) + (out["last_level"] == "typo").astype(int)
    shift_ok = _shift_corroborated(H, R)
    shift_alone = _shift_alone(H, R)
    keyed_wrong = out["dob_level"].isin(["swapped", "typo"]).to_numpy()
    namesakes = np.zeros(len(out), dtype=np.int64)
    if crowd is None:
        namesakes[keyed_wrong] = _namesakes(r, pairs["reg_row"].to_numpy()[keyed_wrong])
    else:
        namesakes[keyed_wrong] = _namesakes_in(crowd, H[keyed_wrong], R[keyed_wrong])
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
    # ...unless full middle names agree too (Luis Miguel Garcia, LUIS MIGUEL GARCIA ZAMORA)
    surname_crowded = (
        _surname_form_crowded(
            H, R, out["last_level"], len(r.frame), last_rows, middle_rows, born_alike, m
        )
        & ~middles_agree
    )
    # a father and his son of one name: Sr beside Jr, or II beside III, are two people
    h_gen = h.frame["generation"].to_numpy()[pairs["hire_row"].to_numpy()]
    r_gen = r.frame["generation"].to_numpy()[pairs["reg_row"].to_numpy()]
    out["tier"] = _tier(
        out,
        typos,
        shift_ok,
        shift_alone,
        namesakes,
        born_alike,
        surname_crowded,
        (h_gen > 0) & (r_gen > 0) & (h_gen != r_gen),
        m,
        adverse=crowd is not None,
    )
    return out


def _surname_form_crowded(
    H: pd.DataFrame,
    R: pd.DataFrame,
    last: pd.Series,
    rows: int,
    last_rows: pd.Series,
    middle_rows: pd.Series,
    born_alike: np.ndarray,
    m: Matching,
) -> np.ndarray:
    """Per pair, whether a surname that agrees only in another form (one part of a
    compound, a maiden name carried as a middle name, one letter between two common
    surnames) is one strangers explain as well: the registry people expected by chance
    with the first name and birth date and that form exceed ``surname_form_max_strangers``.
    Michael Lee Johnson beside MICHAEL LEE born the same day, or Maria Hernandez Garcia
    beside MARIA GARCIA, is more often a stranger in a large registry than the hire."""

    def share(counts: pd.Series, names: pd.Series) -> np.ndarray:
        """Other rows' share with that spelling (the row itself is not a stranger)."""
        found = _lookup(counts, names.fillna(""))
        return np.asarray(np.maximum(found - 1, 0) / max(rows, 1))

    own, hires = share(last_rows, R["last"]), share(last_rows, H["last"])
    # a maiden name either way round: the hire's middle is the row's surname, or the row's
    # middle is the hire's surname (strangers then share that middle name)
    kept = (H["middle"] == R["last"]).fillna(False).to_numpy(dtype=bool)
    carried = (R["middle"] == H["last"]).fillna(False).to_numpy(dtype=bool)
    maiden = np.maximum(
        np.where(kept, own, 0.0), np.where(carried, share(middle_rows, R["middle"]), 0.0)
    )
    form = np.select(
        [last.eq("part").to_numpy(), last.eq("maiden").to_numpy(), last.eq("typo").to_numpy()],
        [np.maximum(own, hires), maiden, np.minimum(own, hires)],
        default=0.0,
    )
    return np.asarray(form * born_alike > m.surname_form_max_strangers)


def _spelling_rows(people: People, spellings: pd.Series, code: str) -> pd.Series:
    """Registry rows per spelling (indexed by the spelling): how common a name is."""
    codes = people.frame[code].to_numpy()
    rows = np.bincount(codes[codes >= 0], minlength=len(spellings))
    summed = pd.Series(rows, index=spellings.to_numpy(dtype=object)).groupby(level=0).sum()
    summed.index = _text_index(summed.index)
    return summed


def _lookup(table: pd.Series, names: pd.Series, missing: float = 0.0) -> np.ndarray:
    """``table``'s value (a number per spelling) for each of ``names``; ``missing`` where
    it has none, a blank name included. See :func:`_positions`."""
    at = _positions(_text_index(table.index), names)
    values = np.append(table.to_numpy(dtype=np.float64), missing)
    return np.asarray(values[at], dtype=np.float64)


def _positions(index: pd.Index, names: pd.Series) -> np.ndarray:
    """Where each of ``names`` is in ``index`` (-1: nowhere, a blank name included).

    Each distinct name is looked up once, as a Python string in an index of Python
    strings (whose hash table pandas keeps): handed an array of keys, pandas turns it
    into Arrow strings first and, for an index of Arrow strings, builds the hash table
    again on every call, which cost more than the comparisons these counts serve."""
    codes, uniques = pd.factorize(names, use_na_sentinel=True)
    keys = pd.Index(np.asarray(uniques, dtype=object), dtype=object)
    found = np.append(index.get_indexer(keys), -1)
    return np.asarray(found[codes], dtype=np.int64)


def _text_index(values: Any) -> pd.Index:
    """``values`` as an index of Python strings (unchanged if it is one already)."""
    if isinstance(values, pd.Index) and values.dtype == object:
        return values
    return pd.Index(np.asarray(values, dtype=object), dtype=object)


def _dates_seen(people: People) -> int:
    """Distinct full birth dates in the registry: one over it is the chance that a
    stranger was born on a given date."""
    f = people.frame
    return max(int(f.loc[f["year"].to_numpy() > 0, "dob_key"].nunique()), 1)


def _strangers(
    people: People, R: pd.DataFrame, last_rows: pd.Series, born_alike: np.ndarray
) -> np.ndarray:
    """Per pair, how many registry people other than the hire to expect by chance with the
    registry row's surname, first name and birth date: the share of rows with the surname
    x the strangers with the first name and birth date (``born_alike``). Which is to say
    how crowded the registry is right where the link was found."""
    surname = _lookup(last_rows, R["last"])
    return np.asarray(surname / max(len(people.frame), 1) * born_alike, dtype=np.float64)


def _first_name_strangers(R: pd.DataFrame, first_rows: pd.Series, days: int) -> np.ndarray:
    """Per pair, how many registry people to expect by chance with the registry row's
    first name and birth date, whatever their surname: rows with the first name / the
    full birth dates seen."""
    first = _lookup(first_rows, R["first"])
    return np.asarray(first / days, dtype=np.float64)


def _namesakes(people: People, rows: np.ndarray) -> np.ndarray:
    """Per given registry row, how many other people in the registry (other full birth
    dates) have the same first name and surname."""
    if not len(rows):
        return np.zeros(0, dtype=np.int64)
    f = people.frame
    width = int(f["last_code"].max()) + 2
    name = f["first_code"].to_numpy() * width + f["last_code"].to_numpy()
    born = ymd(f)
    same = np.flatnonzero(pd.Series(name).isin(np.unique(name[rows])).to_numpy() & (born > 0))
    people_per_name = pd.DataFrame({"name": name[same], "born": born[same]}).drop_duplicates()
    counts = people_per_name.groupby("name").size()
    return np.maximum(counts.reindex(name[rows]).fillna(1).to_numpy(dtype=np.int64) - 1, 0)


def _namesakes_in(crowd: People, H: pd.DataFrame, R: pd.DataFrame) -> np.ndarray:
    """Per pair, how many people of ``crowd`` share the registry row's first name and
    surname but were born on neither side's birth date."""
    if not len(R):
        return np.zeros(0, dtype=np.int64)
    # first names and surnames as numbers shared by the crowd and the pairs
    first_ids, firsts = pd.factorize(crowd.firsts["first"])
    last_ids, lasts = pd.factorize(crowd.lasts["last"])
    width = len(lasts) + 1
    wanted_first = _positions(_text_index(firsts), R["first"])
    wanted_last = _positions(_text_index(lasts), R["last"])
    known = (wanted_first >= 0) & (wanted_last >= 0)
    wanted = np.where(known, wanted_first * width + wanted_last, -1)
    # crowd rows with one of the wanted names (a first name and a surname gathered by
    # code, code -1 reading the appended -1), then their birth dates
    row_first = np.append(first_ids, -1)[crowd.frame["first_code"].to_numpy()]
    row_last = np.append(last_ids, -1)[crowd.frame["last_code"].to_numpy()]
    rows = np.flatnonzero(
        np.isin(row_first, wanted_first[known]) & np.isin(row_last, wanted_last[known])
    )
    key = row_first[rows] * width + row_last[rows]
    born = ymd(crowd.frame, rows)
    keep = (born > 0) & np.isin(key, wanted[known])
    people = pd.DataFrame({"key": key[keep], "born": born[keep]}).drop_duplicates()
    pair = pd.DataFrame(
        {"key": wanted, "pair": np.arange(len(R)), "hire_born": ymd(H), "reg_born": ymd(R)}
    ).merge(people, on="key")
    other = (pair["born"] != pair["hire_born"]) & (pair["born"] != pair["reg_born"])
    return np.bincount(pair["pair"][other].to_numpy(), minlength=len(R)).astype(np.int64)


def fields(people: People, rows: np.ndarray) -> pd.DataFrame:
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
            "first_rest": take(people.firsts, "first_rest", f["first_code"]),
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


def _names_swapped(H: pd.DataFrame, R: pd.DataFrame) -> np.ndarray:
    """First name and surname each in the other's column (Wei Zhang, ZHANG WEI): how
    registries and forms often key names whose family name comes first."""
    swapped = (H["first_all"] == R["last"]) & (H["last"] == R["first_all"])
    return swapped.fillna(False).to_numpy(dtype=bool)


def _shift_corroborated(H: pd.DataFrame, R: pd.DataFrame) -> pd.Series:
    """A first name found as the other side's middle name (Jonathan Dylan ~ Dylan J)
    verifies only when the names left over agree too: the other side's middle is this
    side's first name, or its initial. Without that, strangers sharing a surname and a
    birth date (Keisha ~ Teresa Keisha, Thomas Paul ~ Paul Timothy) match the same way."""
    shifted_h = (H["middle"] == R["first"]) & _same_name_or_initial(R["middle"], H["first"])
    shifted_r = (R["middle"] == H["first"]) & _same_name_or_initial(H["middle"], R["first"])
    return (shifted_h.fillna(False) | shifted_r.fillna(False)).astype(bool)


def _shift_alone(H: pd.DataFrame, R: pd.DataFrame) -> np.ndarray:
    """A first name found as the other side's middle name where that side has no other
    name left to compare (Samantha Jessica ~ JESSICA, no middle name): unconfirmed, but
    not contradicted either (Samantha Jessica ~ JESSICA ROBERT is)."""
    shifted_h = (H["middle"] == R["first"]).fillna(False) & R["middle"].isna()
    shifted_r = (R["middle"] == H["first"]).fillna(False) & H["middle"].isna()
    return (shifted_h | shifted_r).to_numpy(dtype=bool)


def _same_name_or_initial(a: pd.Series, b: pd.Series) -> pd.Series:
    initial = ((a.str.len() == 1) | (b.str.len() == 1)).fillna(False).astype(bool)
    same = (a == b).fillna(False).astype(bool)
    return same | (initial & (a.str[0] == b.str[0]).fillna(False).astype(bool))


def _tier(
    out: pd.DataFrame,
    typos: pd.Series,
    shift_ok: pd.Series,
    shift_alone: np.ndarray,
    namesakes: np.ndarray,
    born_alike: np.ndarray,
    surname_crowded: np.ndarray,
    generations_differ: np.ndarray,
    m: Matching,
    *,
    adverse: bool = False,
) -> np.ndarray:
    dob, first, last, middle = (
        out[c] for c in ("dob_level", "first_level", "last_level", "middle_level")
    )
    # Another form of a name (nickname, middle name as first, one part of a compound
    # surname, maiden name) is one variation; keying errors (one typo, a swapped day and
    # month, or both) are one more. Two variations at once is how strangers sharing a
    # surname and a birth date match in a big registry, so it is a lead.
    forms = first.isin(["nickname", "middle_as_first"]).astype(int) + last.isin(
        ["part", "maiden"]
    ).astype(int)
    variations = forms + np.maximum(typos, (dob == "swapped").astype(int))
    dob_full = dob.isin(["exact", "swapped"])
    first_ok = first.isin(FIRST_OK)
    last_ok = last.isin(LAST_OK)
    names_ok = first_ok & last_ok
    named = (
        dob_full
        & names_ok
        & (middle != "conflict")
        & (typos <= m.max_typos_per_link)
        & (variations <= m.max_variations_per_link)
        & (out["score"] >= m.strong_min_score)
    )
    # a decertification's link keeps its tier: a crowd never drops adverse evidence
    crowded_surname = np.zeros(len(out), dtype=bool) if adverse else surname_crowded
    strong = named & (first != "middle_as_first") & ~crowded_surname
    # a swapped day and month on a crowded name, and the hire's middle name as the row's
    # first name, the other names agreeing (Mark Robert ~ ROBERT MARK: one man's names
    # swapped, or twins named after each other) or none left to compare (Samantha Jessica
    # ~ JESSICA): strong only where the hire declares a job at the row's agency
    # (evaluate._corroborated), a lead otherwise
    crowded_swap = strong & _swap_undecided(dob, middle, namesakes, m)
    unconfirmed_shift = (
        named
        & ~crowded_surname
        & (first == "middle_as_first")
        & (dob == "exact")
        & (shift_ok | shift_alone)
    )
    strong &= ~crowded_swap
    strict_names = first.isin(["exact", "nickname", "middle_as_first"]) & last.isin(
        ["exact", "part", "maiden"]
    )
    # without a birth date the names carry it all: one name form at most
    no_full_dob = (
        dob.isin(["year", "unknown"])
        & strict_names
        & (middle != "conflict")
        & (forms <= m.max_variations_per_link)
    )
    # adverse evidence without a birth date (a published decertification list): a keying
    # error in one name is a lead too, since dropping it could verify a decertified officer
    if adverse:
        no_full_dob |= (
            dob.isin(["year", "unknown"])
            & (first_ok | (first == "first_letter"))
            & last_ok
            & (middle != "conflict")
            & (variations <= m.max_variations_per_link)
        )
    # another surname: a possible name change when the middle names agree, or when there
    # are none to compare and the first name is rare enough on that birth date that a
    # stranger is unlikely
    name_change = (dob_full & first_ok & (last == "conflict") & (middle == "agree")) | (
        (dob == "exact")
        & (first == "exact")
        & (last == "conflict")
        & (middle == "unknown")
        & ((born_alike <= m.name_change_max_strangers) | adverse)
    )
    # a blank or one-letter name cannot confirm a person, but with the birth date and the
    # other name agreeing it is worth an analyst's look
    # (a first name only alike beside full middle names that differ is two people: Bryan
    # Eugene and Ryan Lynn, twins)
    alike_first = first.isin(["similar", "other_common_name", "first_letter"])
    thin = (
        (first.isin(["initial", "unknown"]) | (alike_first & (middle != "conflict"))) & last_ok
    ) | (first_ok & last.isin(["unknown", "similar"]))
    bent = dob_full & (names_ok | thin) & ~strong
    # a birth date one keystroke off: worth a look when the names agree and not so many
    # share them that a stranger is the likelier reading, or the full middle names agree
    typo_lead = (
        (dob == "typo")
        & (first == "exact")
        & (last == "exact")
        & (middle != "conflict")
        & ((namesakes <= m.dob_typo_max_namesakes) | (middle == "agree") | adverse)
    )
    # first name and surname swapped between the columns: a keying error, or two people
    names_swapped = dob_full & (first == "swapped_names") & (middle != "conflict")
    partial = ~strong & (no_full_dob | name_change | bent | typo_lead | names_swapped)
    # Leads that strangers explain as often as the hire does: a row without a full birth
    # date under the hire's middle name (James Robert ~ ROBERT, born 1996), and the same
    # first name and birth date under another surname where strangers sharing them are
    # expected (a married Jennifer in a big registry). Each is the hire only where the
    # hire claims sworn service at that row's agency (evaluate._corroborated).
    if_claimed = np.zeros(len(out), dtype=bool)
    if not adverse:
        changed = (
            (dob == "exact")
            & (first == "exact")
            & (last == "conflict")
            & (middle == "unknown")
            & (m.name_change_max_strangers >= 0)
        )
        if_claimed = (
            (partial & (first == "middle_as_first") & dob.isin(["year", "unknown"]))
            | (~strong & ~partial & changed)
        ).to_numpy(dtype=bool)
    # a decertification's link is a lead either way (it is in ``partial``): no claim needed
    held = (
        np.zeros(len(out), dtype=bool)
        if adverse
        else (crowded_swap | unconfirmed_shift).to_numpy(dtype=bool)
    )
    # suffixes of two generations (a father and his son of one name) never link
    return np.select(
        [generations_differ, strong, held, if_claimed, partial],
        ["none", "strong", "strong_if_claimed", "if_claimed", "partial"],
        default="none",
    )


def _swap_undecided(
    dob: pd.Series, middle: pd.Series, namesakes: np.ndarray, m: Matching
) -> np.ndarray:
    """A day/month swap is a keying error only while nobody else is likely meant: with
    many other people of the same name in the registry, one of them born on the swapped
    date becomes a real chance, unless the middle names agree too."""
    swapped = (dob == "swapped").to_numpy()
    corroborated = middle.isin(["agree", "initial"]).to_numpy()
    return swapped & ~corroborated & (namesakes > m.swapped_dob_max_namesakes)


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
    near = np.flatnonzero(both.to_numpy() & ~exact.to_numpy() & ~swapped.to_numpy())
    typo = np.zeros(len(H), dtype=bool)
    typo[near] = one_keystroke(ymd(H, near), ymd(R, near))
    # One side publishes only a birth year (or nothing): the year can still disagree.
    partial = ~both
    year_known = (H["birth_year"] > 0) & (R["birth_year"] > 0)
    year_agree = partial & year_known & (H["birth_year"] == R["birth_year"])
    unknown = partial & ~year_known
    return np.select(
        [exact, swapped, typo, year_agree, unknown],
        ["exact", "swapped", "typo", "year", "unknown"],
        default="conflict",
    )


def _first_level(
    H: pd.DataFrame, R: pd.DataFrame, m: Matching, common: pd.Series, strangers: np.ndarray
) -> np.ndarray:
    hf, rf = H["first"], R["first"]
    missing = hf.isna() | rf.isna()
    # one given name written as one word or two, or split over the first and middle
    # columns (Maryann ~ Mary Ann ~ MARY, middle ANN)
    whole_h = (H["first_all"] + H["middle"].fillna("")).fillna("")
    whole_r = (R["first_all"] + R["middle"].fillna("")).fillna("")
    exact = ~missing & (
        (hf == rf).fillna(False)
        | (H["first_all"] == R["first_all"]).fillna(False)
        | ((H["first_all"] == whole_r) & R["middle"].notna()).fillna(False)
        | ((R["first_all"] == whole_h) & H["middle"].notna()).fillna(False)
    )
    # Robert/Roberta, Daniel/Danielle: how twins of opposite sex are named, never one name,
    # unless the project's own nickname rules say it is (Ann, Anne); nor are two names
    # nearly all men and nearly all women bear (Christian/Christina, Mark/Mary), unless
    # the nickname data relates them (Alex, Alexandra), though such a pair is still a lead
    direct, kin = nickname_relation(hf, rf, m.nicknames)
    gendered = _gendered_pair(hf, rf)
    sexes_apart = _opposite_sexes(hf, rf) & ~direct & ~gendered
    other_sex = gendered | sexes_apart
    other_sex[other_sex] = ~_curated_pair(hf[other_sex], rf[other_sex], m.nicknames)
    gendered &= other_sex
    # Michael/Miguel, Emily/Emma, Lawrence/Larry: the nickname data relates them, but each
    # is a common first name in its own right, so where the registry is crowded (Garcia,
    # not Forshaug) a stranger with the surname and birth date (and the middle name, where
    # the two agree) is as likely as one person's two names: a lead
    crowded = _both_common(hf, rf, m, common, ends=False) & (strangers >= m.nickname_max_strangers)
    named_form = ~missing & ~exact & direct & ~other_sex
    nick = named_form & ~crowded
    # Mark/Mary, John/Joan: one letter swapped for another between two real names is more
    # likely two people (twins) than a typo; a transposition or a dropped letter is a typo.
    known = known_first_names(m.nicknames)
    two_names = (hf.isin(known) & rf.isin(known)).fillna(False) & _one_substitution(hf, rf)
    two_names |= _both_common(hf, rf, m, common)
    # Kevin/Devin, Mason/Jason, Ryan/Bryan, Arlene/Darlene: twins are often given names
    # that rhyme, which differ in the first letter (unless the sound stays: Cathy/Kathy),
    # where a keying error mostly makes no name (Oevin); still a lead, as a keying error
    # there may be one (Kyle, Lyle)
    keyed = ~missing & ~exact & ~nick & _is_typo(hf, rf, m) & ~other_sex
    rhyme = _rhyming_given_names(hf, rf, keyed, m)
    typo = keyed & ~two_names & ~rhyme
    # two nicknames of one name (Jack, Jon) or names only alike: a lead, never a verification
    # or one name is the start of the other (Sid, Siddharth): the same person is likely,
    # not certain
    alike = _similar(hf, rf, m) | kin | _prefix(hf, rf)
    similar = ~missing & ~exact & ~nick & ~typo & alike & ~gendered

    # one side's first name is the other's middle name, or its second given name (Juan
    # Carlos ~ Carlos), or the other's middle name is all its given names (David Sung-min
    # ~ Sung Min)
    def same(a: pd.Series, b: pd.Series) -> pd.Series:
        return (a == b).fillna(False).astype(bool)

    long_h, long_r = (hf.str.len() > 1).fillna(False), (rf.str.len() > 1).fillna(False)
    as_middle = ~missing & (
        (long_h & (same(hf, R["middle"]) | same(hf, R["first_rest"])))
        | (long_r & (same(rf, H["middle"]) | same(rf, H["first_rest"])))
        | same(H["first_all"], R["middle"])
        | same(R["first_all"], H["middle"])
    )
    initial = (
        ~missing
        & ((hf.str.len() == 1) | (rf.str.len() == 1)).fillna(False)
        & (hf.str[0] == rf.str[0]).fillna(False)
    )
    other_common = named_form & crowded
    return np.select(
        [exact, nick, typo, as_middle, initial, other_common, rhyme, similar, missing],
        [
            "exact",
            "nickname",
            "typo",
            "middle_as_first",
            "initial",
            "other_common_name",
            "first_letter",
            "similar",
            "unknown",
        ],
        default="conflict",
    )


def _last_level(H: pd.DataFrame, R: pd.DataFrame, m: Matching, common: pd.Series) -> np.ndarray:
    hl, rl = H["last"], R["last"]
    missing = hl.isna() | rl.isna()
    exact = ~missing & (hl == rl).fillna(False)
    shared, two_families = _share_part(H["last_words"], R["last_words"])
    part = ~missing & ~exact & shared & ~two_families
    # a typo anywhere in the name, a compound one included (Ortiz-Mendez, ORTIZ-MENDES)
    one_edit = ~missing & ~exact & ~part & _is_typo(hl, rl, m)
    # one letter between two common surnames: two names, and maybe two people; a lead
    similar = one_edit & _both_common(hl, rl, m, common)
    # Martinez-Ruiz and Allen-Martinez: one shared word, two families; a lead
    similar |= ~missing & ~exact & shared & two_families & ~one_edit
    typo = one_edit & ~similar
    maiden = ~missing & ((H["middle"] == rl) | (R["middle"] == hl)).fillna(False)
    return np.select(
        [exact, part, typo, maiden, similar, missing],
        ["exact", "part", "typo", "maiden", "similar", "unknown"],
        default="conflict",
    )


def _middle_level(H: pd.DataFrame, R: pd.DataFrame, m: Matching) -> np.ndarray:
    """Middle names; a second given name written in the first-name column (Juan Carlos,
    Ji-hoon) counts as the middle name where none is given, and two second given names
    that disagree are a conflict however the middles compare: siblings, twins among them,
    often share the first given name (Juan Carlos and Juan Pablo, Min-ji and Min-jun)."""
    rest_h, rest_r = H["first_rest"], R["first_rest"]
    hm, rm = H["middle"].fillna(rest_h), R["middle"].fillna(rest_r)
    missing = hm.isna() | rm.isna()
    both_rest = (rest_h.notna() & rest_r.notna()).to_numpy()
    rests_differ = both_rest & ~_names_compatible(rest_h, rest_r, m).to_numpy()
    same_initial = (hm.str[0] == rm.str[0]).fillna(False)
    one_initial = ((hm.str.len() == 1) | (rm.str.len() == 1)).fillna(False)
    agree = ~missing & ~one_initial & ((hm == rm).fillna(False) | _is_typo(hm, rm, m))
    initial = ~missing & ((one_initial & same_initial) | _prefix(hm, rm).to_numpy())
    # A middle name used as the first name is not a conflict in the middle field; where
    # the first names agree already, a middle field repeating the first name (MARIA MARIA)
    # says nothing of the middle name: nothing to compare, never a corroboration.
    as_first = (
        (hm == R["first"]) | (rm == H["first"]) | (hm == R["first_all"]) | (rm == H["first_all"])
    ).fillna(False)
    same_first = (H["first"] == R["first"]).fillna(False)
    shifted = as_first & ~same_first
    repeated = as_first & same_first
    # A middle field that holds the maiden surname (Evelyn Smith Jefferson, née Smith)
    # says nothing of the other side's middle name: nothing to compare.
    maiden = ((H["middle"] == R["last"]) | (R["middle"] == H["last"])).fillna(False)
    return np.select(
        [rests_differ, missing | maiden | repeated, agree, initial | shifted],
        ["conflict", "unknown", "agree", "initial"],
        default="conflict",
    )


def _names_compatible(a: pd.Series, b: pd.Series, m: Matching) -> pd.Series:
    """Two given names that may be one: equal, a typo apart, an initial of the other, or
    the start of the other (Ann, Anne)."""
    return _same_name_or_initial(a, b) | _is_typo(a, b, m) | _prefix(a, b)


def _prefix(a: pd.Series, b: pd.Series) -> pd.Series:
    """One name is the start of the other, three letters or more (Ann, Anne)."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    x, y = uniq["a"].to_numpy(dtype=str), uniq["b"].to_numpy(dtype=str)
    lx, ly = np.char.str_len(x), np.char.str_len(y)
    shorter, longer = np.where(lx <= ly, x, y), np.where(lx <= ly, y, x)
    starts = (np.minimum(lx, ly) >= 3) & (x != y) & np.char.startswith(longer, shorter)
    return pd.Series(starts[codes], index=a.index)


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


def _both_common(
    a: pd.Series, b: pd.Series, m: Matching, common: pd.Series, *, ends: bool = True
) -> pd.Series:
    """Two names, not two forms of one: both spellings are common in the registry (each
    on ``real_name_min_rows`` rows or more, within 10x of each other) and, with ``ends``,
    differ at their first or last letter (Andre and Andres, Ryan and Bryan, Rose and
    Ross). A typo or a nickname is a rare spelling beside a common name (Bob is rare
    where Robert is common); a letter inside the name (Philip and Phillip, Teresa and
    Theresa) is how spellings of one name vary, and stays a typo."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        return pd.Series(False, index=a.index)
    rows_a, rows_b = _lookup(common, uniq["a"]), _lookup(common, uniq["b"])
    fewer, more = np.minimum(rows_a, rows_b), np.maximum(rows_a, rows_b)
    both = (fewer >= m.real_name_min_rows) & (fewer * 10 >= more)
    if ends:
        both &= _differ_at_an_end(uniq["a"].astype("string"), uniq["b"].astype("string"))
    return pd.Series(both[codes], index=a.index)


def _differ_at_an_end(a: pd.Series, b: pd.Series) -> np.ndarray:
    """One letter added, dropped or replaced at the start or the end."""
    la, lb = a.str.len(), b.str.len()
    replaced = (la == lb) & ((a.str[1:] == b.str[1:]) | (a.str[:-1] == b.str[:-1]))
    longer, shorter = a.where(la > lb, b), b.where(la > lb, a)
    grown = ((la - lb).abs() == 1) & ((longer.str[1:] == shorter) | (longer.str[:-1] == shorter))
    return (replaced | grown).fillna(False).to_numpy(dtype=bool)


def _gendered_pair(a: pd.Series, b: pd.Series) -> pd.Series:
    """Robert/Roberta, Daniel/Danielle, Paul/Paula: one trailing vowel apart is one
    letter, but it is how twins of opposite sex are named, so it never counts as a typo."""
    longer = a.where(a.str.len() >= b.str.len(), b)
    shorter = b.where(a.str.len() >= b.str.len(), a)
    grown = longer.str[:-1] == shorter
    doubled = longer.str[:-2] == shorter
    tail = longer.str[-1].isin(list("aeio"))
    return ((grown & tail) | (doubled & longer.str.endswith(("le", "ne", "na")))).fillna(False)


def _opposite_sexes(a: pd.Series, b: pd.Series) -> pd.Series:
    """Two given names borne nearly only by men and nearly only by women (SSA births)."""
    share = male_share()
    sa, sb = _lookup(share, a, missing=np.nan), _lookup(share, b, missing=np.nan)
    with np.errstate(invalid="ignore"):
        apart = ((sa >= _ONE_SEX) & (sb <= 1 - _ONE_SEX)) | (
            (sb >= _ONE_SEX) & (sa <= 1 - _ONE_SEX)
        )
    return pd.Series(apart, index=a.index)


_ONE_SEX = 0.9  # the share of one sex above which a name is that sex's


def _curated_pair(a: pd.Series, b: pd.Series, curated: tuple[tuple[str, str], ...]) -> pd.Series:
    """True where rules/nicknames.yaml relates the two names directly. The nicknames
    package also relates Louis and Louise or Edwin and Edwina, so only the project's own
    list may overrule the opposite-sex guard."""
    known = pd.MultiIndex.from_tuples([*curated, *((g, n) for n, g in curated)] or [("", "")])
    return pd.Series(
        pd.MultiIndex.from_arrays([a.fillna(""), b.fillna("")]).isin(known), index=a.index
    )


# first letters that spell one sound in English names (Ivette/Yvette)
_SAME_SOUND = frozenset(("iy", "yi"))


def _first_sound(names: pd.Series) -> np.ndarray:
    """A name's first sound as a letter: C and G before E, I or Y are soft (Cindy/Sindy,
    Geoff/Jeff), hard before anything else (Carl/Karl; Galen and Jalen are two names)."""
    text = names.str.replace(r"^ye", "e", regex=True).fillna("")
    soft = text.str.match(r"^[cg][eiy]").fillna(False)
    first = text.str[:1]
    hard = first.mask(first == "c", "k")
    return hard.mask(soft, first.map({"c": "s", "g": "j"})).fillna("").to_numpy(dtype=str)


def _rhyming_given_names(a: pd.Series, b: pd.Series, where: pd.Series, m: Matching) -> pd.Series:
    """Two given names that start with other letters (Kevin, Devin) or one with a letter
    before the other's first (Ryan, Bryan), not two spellings of one sound (Carl, Karl;
    Yevgeny, Evgeny); asked only ``where`` a typo would explain the pair (few pairs)."""
    out = pd.Series(False, index=a.index)
    if not where.any():
        return out
    x, y = a[where], b[where]
    given = given_names(m.nicknames)
    # a set lookup per pair: the pairs a typo explains are a few hundred, and isin would
    # build a table of the 5,000 names on every call
    both = np.array([u in given and v in given for u, v in zip(x, y, strict=True)], dtype=bool)
    fx, fy = (_first_sound(s) for s in (x, y))
    other = (fx != fy) & (fx != "") & (fy != "") & ~np.isin(np.char.add(fx, fy), list(_SAME_SOUND))
    out[where] = both & other
    return out


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


def nickname_relation(
    a: pd.Series, b: pd.Series, extra: tuple[tuple[str, str], ...] = ()
) -> tuple[pd.Series, pd.Series]:
    """(direct, shared) per pair of first names: ``direct`` where one is a nickname or
    formal form of the other (bob ~ robert); ``shared`` also where both are nicknames of
    one formal name (bob ~ rob via robert), which can be two people (Jack and Jon via
    John, Hal and Harry)."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        none = pd.Series(False, index=a.index)
        return none, none.copy()
    pair = pd.Series(np.arange(len(uniq)))
    left = name_groups(pair, uniq["a"], extra)
    right = name_groups(pair, uniq["b"], extra)
    shared = left.merge(right, on=["key", "group"])
    keys = shared["key"].to_numpy()
    group = shared["group"].to_numpy(dtype=object)
    is_direct = (group == uniq["a"].to_numpy(dtype=object)[keys]) | (
        group == uniq["b"].to_numpy(dtype=object)[keys]
    )
    direct, any_group = np.zeros(len(uniq), dtype=bool), np.zeros(len(uniq), dtype=bool)
    direct[keys[is_direct]] = True
    any_group[keys] = True
    return pd.Series(direct[codes], index=a.index), pd.Series(any_group[codes], index=a.index)


def _share_part(a: pd.Series, b: pd.Series) -> tuple[pd.Series, pd.Series]:
    """(shared, two_families) per pair of surnames: ``shared`` where they share a word
    that can stand alone (Garcia-Lopez ~ Lopez); ``two_families`` where both are compound
    and each keeps a word the other lacks (Martinez-Ruiz, Allen-Martinez), which is how
    two families' names meet, not one person's name written short."""
    uniq, codes = _unique_pairs(a, b)
    if uniq.empty:
        none = pd.Series(False, index=a.index)
        return none, none.copy()
    pair = pd.Series(np.arange(len(uniq)))
    pa_ = surname_parts(pair, uniq["a"].replace("", pd.NA).astype("string"))
    pb_ = surname_parts(pair, uniq["b"].replace("", pd.NA).astype("string"))
    common = np.bincount(pa_.merge(pb_, on=["row", "part"])["row"], minlength=len(uniq))
    # surname_parts lists each word and, for a compound name, the words run together
    words_a = _words(np.bincount(pa_["row"], minlength=len(uniq)))
    words_b = _words(np.bincount(pb_["row"], minlength=len(uniq)))
    shared = common > 0
    two = shared & (words_a >= 2) & (words_b >= 2) & (common < np.minimum(words_a, words_b))
    return pd.Series(shared[codes], index=a.index), pd.Series(two[codes], index=a.index)


def _words(parts: np.ndarray) -> np.ndarray:
    return np.where(parts > 1, parts - 1, parts)
