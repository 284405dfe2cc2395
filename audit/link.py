"""Hires <-> registry people: the link stage. ``blocking`` finds the candidate pairs,
``compare`` judges them. Linkage here is evidence for an audit, not a probability: only
``strong`` links verify, ``partial`` ones are leads for review, and twins and namesakes do
not link at all.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from audit.blocking import adverse_name_pairs, candidate_pairs
from audit.compare import compare, fields
from audit.dataset import Dataset
from audit.names import People, prepare
from audit.policy import Matching

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


def link(
    hires: People, registry: People, matching: Matching, crowd: People | None = None
) -> pd.DataFrame:
    """Every strong or partial link between hires and registry rows (LINK_COLUMNS);
    ``crowd`` as in :func:`audit.compare.compare` (adverse evidence)."""
    # a hire under their middle name in a list of decertified names without birth dates
    # would be a lead against every verified hire who shares a middle name and surname
    # with someone decertified; such lists are paired on close names instead (below)
    pairs = candidate_pairs(hires, registry, matching, middle_as_first=crowd is None)
    if crowd is not None:
        pairs = (
            pd.concat([pairs, adverse_name_pairs(hires, registry)], ignore_index=True)
            .drop_duplicates()
            .sort_values(["hire_row", "reg_row"], kind="stable")
            .reset_index(drop=True)
        )
    if pairs.empty:
        return _empty_links()
    scored = compare(hires, registry, pairs, matching, crowd)
    if crowd is None:
        scored = _taken_elsewhere(scored)
    return scored[scored["tier"] != "none"].reset_index(drop=True)[list(LINK_COLUMNS)]


def _taken_elsewhere(scored: pd.DataFrame) -> pd.DataFrame:
    """A registry row whose birth date agrees exactly with one hire's is that hire's: a
    strong link to it from another hire through a keyed-wrong date (day and month
    swapped), or one only a declared job would make strong, is a lead, since one
    certificate cannot verify two people."""
    exact = scored["tier"].eq("strong") & scored["dob_level"].eq("exact")
    keyed = scored["tier"].isin(["strong", "strong_if_claimed"]) & scored["dob_level"].ne("exact")
    # ...and so is a link that a declared job would make strong (a middle name as first)
    held = scored["tier"].eq("strong_if_claimed")
    taken = (keyed | held) & scored["reg_row"].isin(scored.loc[exact, "reg_row"])
    if taken.any():
        scored = scored.copy()
        scored.loc[taken, "tier"] = "partial"
    return scored


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
    linked registry rows by identity (first name, surname, birth date, and the middle
    name where it tells two people apart), so two certifications of one person count as
    one person and two people sharing a name and birth date count as two.
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
    # a decertification is adverse evidence, judged against the people of the registry
    decerts = link(hires, decert_people, matching, crowd=certs_people)
    decerts = _someone_elses(
        decerts,
        certs,
        decert_people,
        certs_people,
        data.decertifications["source"],
        data.certifications["source"],
    )
    decerts = _anothers_by_name(decerts, certs, decert_people, certs_people)
    return Links(certs=certs, decerts=decerts)


def _someone_elses(
    decerts: pd.DataFrame,
    certs: pd.DataFrame,
    decert_people: People,
    certs_people: People,
    decert_source: pd.Series,
    cert_source: pd.Series,
) -> pd.DataFrame:
    """A decertification that names a registry person the hire may not be is a lead, not
    proof: the decertifying state's registry holds someone with the action's very name and
    birth date whom the hire's record tells apart (Luis James Garcia beside the hire's Luis
    Jean Garcia: the action says only Luis Garcia), or whom the hire does not link to at
    all while the hire links to another person as well (Mike Ray Johnson, decertified,
    beside Michael Allen Johnson, for a hire Michael Johnson)."""
    strong = decerts.index[decerts["tier"].eq("strong").to_numpy()]
    if not len(strong):
        return decerts
    d_rows = decerts.loc[strong, "reg_row"].to_numpy()
    key = ["source", "first", "last", "year", "month", "day"]
    action = fields(decert_people, d_rows).assign(source=_at(decert_source, d_rows), at=strong)
    near = _named_and_born_so(certs_people, action["last"], decert_people, d_rows)
    if not len(near):
        return decerts
    registry = fields(certs_people, near).assign(source=_at(cert_source, near), reg_row=near)
    named = (
        action[[*key, "at"]]
        .dropna(subset=key)
        .merge(registry[[*key, "reg_row", "middle"]].dropna(subset=key), on=key)
    )
    if named.empty:
        return decerts
    # the strong links of the hires concerned, with their middle names
    named = named.assign(hire_row=decerts.loc[named["at"], "hire_row"].to_numpy())
    concerned = certs["tier"].eq("strong") & certs["hire_row"].isin(named["hire_row"])
    own = certs.loc[concerned, ["hire_row", "reg_row"]]
    own_middles = fields(certs_people, own["reg_row"].to_numpy())["middle"].to_numpy()
    own = own.assign(middle=own_middles)
    linked = (
        named.merge(
            own[["hire_row", "reg_row"]], on=["hire_row", "reg_row"], how="left", indicator=True
        )["_merge"]
        .eq("both")
        .to_numpy()
    )
    # someone with the action's name the hire does not link to, or one whose middle name
    # differs from another record the hire links to
    beside = named[["at", "hire_row", "middle"]].merge(
        own[["hire_row", "middle"]], on="hire_row", suffixes=("", "_own")
    )
    told_apart = middles_differ(beside["middle"], beside["middle_own"])
    doubtful = set(named.loc[~linked, "at"]) | set(beside.loc[told_apart, "at"])
    if not doubtful:
        return decerts
    decerts = decerts.copy()
    decerts.loc[sorted(doubtful), "tier"] = "partial"
    return decerts


def _anothers_by_name(
    decerts: pd.DataFrame, certs: pd.DataFrame, decert_people: People, certs_people: People
) -> pd.DataFrame:
    """A decertification that is only a lead for the hire (Justin beside the hire's
    Dustin, Christina beside Christian, born the same day) is someone else's when the
    certification registry holds a person of exactly its name and birth date whom the
    hire does not link to strongly, while the hire links strongly to a record of their
    own: a twin's. Two records spelling the twin's name are not one keying error of the
    hire's. Such a lead is dropped; any other stays for review."""
    lead = decerts.index[decerts["tier"].eq("partial").to_numpy()]
    if not len(lead):
        return decerts
    key = ["first", "last", "year", "month", "day"]
    action = fields(decert_people, decerts.loc[lead, "reg_row"].to_numpy()).assign(at=lead)
    action = action[(action["year"] > 0) & (action["month"] > 0) & (action["day"] > 0)]
    action = action.dropna(subset=["first", "last"])
    if action.empty:
        return decerts
    d_rows = decerts.loc[action["at"], "reg_row"].to_numpy()
    candidates = _named_and_born_so(certs_people, action["last"], decert_people, d_rows)
    if not len(candidates):
        return decerts
    registry = fields(certs_people, candidates).assign(reg_row=candidates)
    named = action[[*key, "at"]].merge(registry[[*key, "reg_row"]].dropna(subset=key), on=key)
    if named.empty:
        return decerts
    named = named.assign(hire_row=decerts.loc[named["at"], "hire_row"].to_numpy())
    strong = certs[certs["tier"].eq("strong")]
    own = named["hire_row"].isin(strong["hire_row"]).to_numpy()
    # ...and the hire is not that person: no strong link to any row of that name and date
    is_them = (
        named[["hire_row", "reg_row"]]
        .merge(strong[["hire_row", "reg_row"]].assign(linked=True), how="left")["linked"]
        .fillna(False)
        .to_numpy(dtype=bool)
    )
    them = named.assign(is_them=is_them).groupby("at")["is_them"].any()
    theirs = set(named.loc[own, "at"]) - set(them[them].index)
    if not theirs:
        return decerts
    return decerts.drop(index=sorted(theirs)).reset_index(drop=True)


def _named_and_born_so(
    registry: People, surnames: pd.Series, actions: People, rows: np.ndarray
) -> np.ndarray:
    """Registry rows with one of these surnames and the birth date (either way round) of
    one of the given action rows: few, found on integer codes, since the registry's
    surname spellings are a small table (the last slot of the lookup is a blank
    surname's, code -1): no sort of millions of rows."""
    frame = registry.frame
    named_so = np.append(registry.lasts["last"].isin(surnames.dropna()).to_numpy(), False)
    same_surname = np.flatnonzero(named_so[frame["last_code"].to_numpy()])
    wanted = actions.frame["dob_key"].to_numpy()[rows]
    born = frame["dob_key"].to_numpy()[same_surname]
    return np.asarray(same_surname[np.isin(born, wanted[wanted >= 0])])


def _at(values: pd.Series, rows: np.ndarray) -> np.ndarray:
    """The values at the given rows as Python objects (the few rows only: millions of
    registry rows made Python strings cost more than the check)."""
    return np.asarray(values.take(rows).to_numpy(dtype=object))


def middles_differ(a: pd.Series, b: pd.Series) -> np.ndarray:
    """Two middle names that tell two people apart: both full and different (Jean,
    James), or with different initials. A blank one is unknown, never "another"."""

    def known(values: pd.Series) -> np.ndarray:
        return np.asarray(values.fillna(False).to_numpy(dtype=bool))

    a, b = a.astype("string"), b.astype("string")
    full = known(a.str.len() > 1) & known(b.str.len() > 1) & known(a != b)
    return full | known(a.str[0] != b.str[0])


def _person(people: People, rows: np.ndarray) -> np.ndarray:
    """Number the given registry rows by identity: two certifications of one person share
    a number. Rows with the same first name, surname and birth date are one person unless
    their middle names tell two apart: two full middle names that differ (Luis Jean and
    Luis James, though both are "J."), or two initials that differ; then every spelling
    of the middle name is its own person, and an analyst decides. A blank middle name is
    unknown, never "another person"."""
    f = fields(people, rows)
    base = pd.MultiIndex.from_arrays(
        [
            f["first"].fillna(""),
            f["last"].fillna(""),
            people.frame["dob_key"].to_numpy()[rows],
            f["birth_year"],
        ]
    )
    same, _ = pd.factorize(base)
    middle = f["middle"].astype("string")
    full = middle.where(middle.str.len() > 1)
    initial = f["middle_initial"].astype("string")
    told_apart = (
        (full.groupby(same).transform("nunique") > 1)
        | (initial.groupby(same).transform("nunique") > 1)
    ).to_numpy(dtype=bool)
    spelling = np.where(told_apart, middle.fillna("").to_numpy(dtype=object), "")
    codes, _ = pd.factorize(pd.MultiIndex.from_arrays([same, spelling]))
    return np.asarray(codes, dtype=np.int64)


def _people(table: pd.DataFrame, matching: Matching) -> People:
    return prepare(
        table["first_name"],
        table["last_name"],
        table["date_of_birth"],
        middle=table.get("middle_name", None),
        birth_year=table.get("birth_year", None),
        suffix=table.get("suffix", None),
        nicknames=matching.nicknames,
    )
