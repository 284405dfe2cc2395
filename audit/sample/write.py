"""Writing the generated world: registry files, tables, README and the pairwise truth."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from audit.contract import (
    CERTIFICATIONS,
)
from audit.sample.calendar import NA, TABLE_LO, TODAY_ISO, date_tables
from audit.sample.generator import Gen
from audit.sample.keys import AMBIGUOUS, CODE_BITS, FOREIGN, isin_keys
from audit.sample.scenarios import SCENARIOS, SHORT_TRACK_SHARE
from audit.sample.vocabulary import FL, MN, NY, REGISTRY_SOURCES, TX, VA


def to_rows_dict(rows: list[tuple[Any, ...]]) -> dict[str, np.ndarray]:
    cols = ("src", "first", "middle", "last", "sfx", "dob", "cat", "type", "status", "issued",
            "sep", "agency")  # fmt: skip
    if not rows:
        return {c: np.array([], dtype=np.int64 if c in ("src", "dob", "cat", "issued", "sep")
                            else object) for c in cols}  # fmt: skip
    out = {}
    for c, values in zip(cols, zip(*rows, strict=True), strict=True):
        if c in ("src", "dob", "cat", "issued", "sep"):
            out[c] = np.array(values, dtype=np.int64)
        else:
            out[c] = np.array(values, dtype=object)
    return out


def fmt_dates(days: np.ndarray, table: np.ndarray) -> np.ndarray:
    out = np.full(len(days), None, dtype=object)
    ok = days != NA
    out[ok] = table[days[ok] - TABLE_LO]
    return out


def _blank_to_none(values: np.ndarray) -> np.ndarray:
    out = values.astype(object).copy()
    out[out == ""] = None
    return out


def write_registry(
    rng: np.random.Generator, reg: dict[str, np.ndarray], out: Path, fmt: str
) -> dict[str, Any]:
    """Per-source quirks, record ids, one file per source. Returns what decertifications
    need to copy a row as its registry printed it."""
    iso, us, years, _ = date_tables()
    src = reg["src"]
    first = reg["first"].copy()
    middle = reg["middle"].copy()
    last = reg["last"].copy()
    # suffixes go inside the surname, each registry its own way
    has_sfx = np.nonzero(reg["sfx"] != "")[0]
    for k in has_sfx:
        s = int(src[k])
        sfx = str(reg["sfx"][k])
        if s == VA:
            last[k] = f"{last[k]}, {sfx}"
        elif s == TX and sfx in ("Jr", "Sr"):
            last[k] = f"{last[k]} {sfx}."
        else:
            last[k] = f"{last[k]} {sfx}"
    mn = np.nonzero((src == MN) & (middle != ""))[0]
    middle[mn] = [str(m)[0] for m in middle[mn]]  # MN prints middle initials only
    ny = np.nonzero(src == NY)[0]
    first[ny] = [str(x).upper() for x in first[ny]]
    middle[ny] = [str(x).upper() for x in middle[ny]]
    last[ny] = [str(x).upper() for x in last[ny]]

    dob_iso = fmt_dates(reg["dob"], iso)
    iss_iso = fmt_dates(reg["issued"], iso)
    sep_iso = fmt_dates(reg["sep"], iso)
    tx = src == TX
    dob_s, iss_s, sep_s = dob_iso.copy(), iss_iso.copy(), sep_iso.copy()
    dob_s[tx] = fmt_dates(reg["dob"][tx], us)
    iss_s[tx] = fmt_dates(reg["issued"][tx], us)
    sep_s[tx] = fmt_dates(reg["sep"][tx], us)
    fl = src == FL
    dob_s[fl] = fmt_dates(reg["dob"][fl], years)

    # record ids: numbered in a shuffled order, so a file sorted by id mixes people
    files: dict[str, tuple[np.ndarray, pa.Array]] = {}
    for s, name in enumerate(REGISTRY_SOURCES):
        idx = np.nonzero(src == s)[0]
        idx = idx[rng.permutation(len(idx))]
        nums = 1000 + np.cumsum(rng.integers(1, 5, size=len(idx)))
        width = max(7, len(str(int(nums[-1])))) if len(idx) else 7
        files[name] = (idx, _prefixed_numbers(f"{name}-", nums, width))

    cols = list(CERTIFICATIONS.contract_names)
    for name in REGISTRY_SOURCES:
        idx, record_id = files[name]
        typed = fmt == "parquet" and name in ("CA", "FED")
        data: dict[str, pa.Array] = {
            "record_id": record_id,
            "source": pa.array(np.full(len(idx), name, dtype=object), type=pa.string()),
            "first_name": pa.array(first[idx], type=pa.string()),
            "middle_name": pa.array(_blank_to_none(middle[idx]), type=pa.string()),
            "last_name": pa.array(last[idx], type=pa.string()),
            "date_of_birth": _date_col(reg["dob"][idx], dob_s[idx], typed),
            "certification_type": pa.array(reg["type"][idx], type=pa.string()),
            "status": pa.array(reg["status"][idx], type=pa.string()),
            "issued_date": _date_col(reg["issued"][idx], iss_s[idx], typed),
            "separation_date": _date_col(reg["sep"][idx], sep_s[idx], typed),
            "agency": pa.array(reg["agency"][idx], type=pa.string()),
        }
        order = cols
        if name == "CA":  # CA exports its columns in its own order
            order = ["source", "record_id", "last_name", "first_name", "middle_name",
                     "date_of_birth", "agency", "certification_type", "issued_date",
                     "separation_date", "status"]  # fmt: skip
        table = pa.table({c: data[c] for c in order})
        path = out / f"certifications_{name.lower()}.{fmt}"
        if fmt == "parquet":
            pq.write_table(table, path, compression="zstd")
        else:
            pacsv.write_csv(table, path)
    return {"first": first, "last": last, "dob_s": dob_s, "record_ids": files}


def _prefixed_numbers(prefix: str, nums: np.ndarray, width: int) -> pa.Array:
    """'TX-0001234' for millions of numbers: zero-padded by adding 10**width and replacing
    the leading 1 with the prefix, in Arrow rather than a Python loop."""
    text = pc.cast(pa.array(nums.astype(np.int64) + 10**width, type=pa.int64()), pa.string())
    return pc.utf8_replace_slice(text, start=0, stop=1, replacement=prefix)


def _date_col(days: np.ndarray, text: np.ndarray, typed: bool) -> pa.Array:
    if typed:
        mask = days == NA
        return pa.array(np.where(mask, 0, days).astype(np.int32), type=pa.date32(), mask=mask)
    return pa.array(text, type=pa.string())


def write_csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_readme(out: Path, n_hires: int, n_registry: int, seed: int, fmt: str) -> None:
    names = "\n".join(f"- `{s.name}` → {s.determination}" for s in SCENARIOS)
    text = f"""# Synthetic leo-audit input (seed {seed})

Generated by `audit.sample.generate_sample(hires={n_hires}, registry={n_registry},
seed={seed}, registry_format="{fmt}")`. "Today" is fixed at {TODAY_ISO}; the same arguments
give byte-identical files. Everything here is synthetic: no real person is described.

## Files
- `hires.csv`: one row per hire (hire_id keeps its leading zeros), sorted by hire date.
- `training.csv`: every hire has rows. Short track: `ERO-LEO-VIRT` (online). Full basic:
  `FLETC-BIETP` (in person; completed, enrolled, withdrawn or failed). Other courses are noise.
- `employment_history.csv`: 0-3 declared prior jobs per hire. Decoy titles (Loan Officer,
  Safety Officer, Petty Officer...) sit beside sworn ones (Police Officer, Deputy Sheriff).
- `certifications_<state>.{fmt}`: one registry extract per source ({", ".join(REGISTRY_SOURCES)}).
  Quirks: NY prints names in upper case; TX writes dates as MM/DD/YYYY; FL publishes only the
  birth year; MN prints middle initials only; VA writes suffixes as "Smith, III"; CA orders
  its columns its own way; in Parquet, CA and FED store dates as dates, the others as text.
  About 1% of rows have no birth date. A person may hold 1-3 certifications, in 1-2 states.
- `decertifications.csv`: revocations, suspensions and surrenders, linked to people by name
  and birth date only (their record_id is the decertification's own).
- `overrides.csv`: 3-5 analysts' decisions on review cases.
- `truth.csv`: hire_id, expected_determination, scenario (sorted by hire_id).

## Scenarios
About {SHORT_TRACK_SHARE:.0%} of hires are short track (screening_track LEO, or BASIC with an
ERO-LEO-VIRT row). The expected determination follows the contract's default policy.
A hire whose scenario ends in `_override` carries the analyst's decision from overrides.csv.

{names}

Background registry people are kept from linking to hires by accident; twins (same surname
and birth date, another first name) and namesakes (same name, birth dates 2+ years apart)
are placed on purpose, with sworn or non-sworn certifications, some decertified.
"""
    (out / "README.md").write_text(text, encoding="utf-8")


TRUTH_LINKS_README = """
## truth_links.csv
Pairwise truth for scoring a linker: hire_id, record_id (a certification row), relation.
- `same`: the row is the hire's own certification (under any spelling, nickname, maiden or
  new surname, swapped or missing birth date);
- `ambiguous`: one of two registry people who share the hire's name and birth date (the
  `review_ambiguous` scenario): which one, if either, is the hire is unknowable;
- `twin`: another person with the hire's surname and birth date and another first name;
- `namesake`: another person with the hire's first name and surname, born on another day;
- `doppelganger`: another person with the hire's name and birth date (chance only, never
  for short-track hires).
Relations come from who the generator made each row for, never from a linker. Hires with
no such row are absent.
"""

_RELATION_ORDER = ("same", "ambiguous", "twin", "namesake", "doppelganger")


def _name_key(f: np.ndarray, l1: np.ndarray, l2: np.ndarray) -> np.ndarray:
    """First name and (compound) surname codes as one integer."""
    return (f.astype(np.int64) * CODE_BITS + l1) * (CODE_BITS + 1) + (l2.astype(np.int64) + 1)


def truth_link_rows(
    g: Gen, reg: dict[str, np.ndarray], record_ids: dict[str, tuple[np.ndarray, pa.Array]]
) -> pd.DataFrame:
    """(hire_id, record_id, relation) for every registry row related to a hire.

    Every row is a person the generator drew: a hire's own person (``reg_whose``), a twin
    or namesake placed next to a hire, or a background person; each has a first-name
    code, surname codes (second part of a compound surname or -1) and a true birth date.
    Relations are joins on those codes, so spelling variants, nicknames and the registry's
    missing or year-only birth dates do not change who a row is.
    """
    n_own = len(g.reg_rows)
    whose = np.array(g.reg_whose, dtype=np.int64).reshape(-1, 2)
    kind, ref = whose[:, 0], whose[:, 1]
    # (first code, birth day) of each twin or namesake, and the hire it was made for
    fp = np.array([(p[2], p[6]) for p in g.fp] + [(0, 0)], dtype=np.int64)
    fp_owner = np.zeros(len(fp), dtype=np.int64)
    for hire, js in g.fp_by_owner.items():
        fp_owner[js] = hire
    foreign = kind == FOREIGN
    hire_of = np.where(foreign, fp_owner[np.where(foreign, ref, 0)], ref)  # whose surname
    f_own = np.where(foreign, fp[np.where(foreign, ref, 0), 0], g.f[hire_of])
    dob_own = np.where(foreign, fp[np.where(foreign, ref, 0), 1], g.dob[hire_of])
    bf, bl1, bl2, bdob = g.bg_person
    f = np.concatenate([f_own, bf]).astype(np.int64)
    l1 = np.concatenate([g.l1[hire_of], bl1]).astype(np.int64)
    l2 = np.concatenate([g.l2[hire_of], bl2]).astype(np.int64)
    dob = np.concatenate([dob_own, bdob]).astype(np.int64)
    owner = np.concatenate([np.where(foreign, -1, ref), np.full(len(bf), -1)])
    rows = np.arange(len(f))
    assert len(f) == len(reg["src"]) and n_own <= len(f)

    parts = [
        pd.DataFrame({"hire": ref[~foreign], "row": rows[:n_own][~foreign],
                      "relation": np.where(kind[~foreign] == AMBIGUOUS, 1, 0)}),
    ]  # fmt: skip
    hires = pd.DataFrame({"hire": np.arange(g.n), "f": g.f, "dob": g.dob})
    # same first name and surname: a namesake (another birth date) or a doppelganger
    hires["key"] = _name_key(g.f, g.l1, g.l2)
    r_key = _name_key(f, l1, l2)
    hit = np.nonzero(isin_keys(r_key, pd.Index(np.unique(hires["key"]))))[0]
    m = hires.merge(pd.DataFrame({"key": r_key[hit], "row": hit, "r_dob": dob[hit],
                                  "owner": owner[hit]}), on="key")  # fmt: skip
    m = m[m["owner"].to_numpy() != m["hire"].to_numpy()]
    parts.append(pd.DataFrame({"hire": m["hire"], "row": m["row"],
                               "relation": np.where(m["dob"] != m["r_dob"], 3, 4)}))  # fmt: skip
    # same surname and birth date, another first name: a twin
    hires["key"] = _name_key(g.dob + 200_000, g.l1, g.l2)
    r_key = _name_key(dob + 200_000, l1, l2)
    hit = np.nonzero(isin_keys(r_key, pd.Index(np.unique(hires["key"]))))[0]
    m = hires.merge(pd.DataFrame({"key": r_key[hit], "row": hit, "r_f": f[hit]}), on="key")
    m = m[m["f"] != m["r_f"]]
    parts.append(pd.DataFrame({"hire": m["hire"], "row": m["row"], "relation": 2}))

    pairs = pd.concat(parts, ignore_index=True)
    row_ids = pairs["row"].to_numpy(dtype=np.int64)
    rid = np.empty(len(pairs), dtype=object)
    src = reg["src"][row_ids]
    pos = np.zeros(len(f), dtype=np.int64)  # a row's position in its source's file
    for idx, _ in record_ids.values():
        pos[idx] = np.arange(len(idx))
    for s, name in enumerate(REGISTRY_SOURCES):
        at = np.nonzero(src == s)[0]
        ids = record_ids[name][1]
        rid[at] = ids.take(pa.array(pos[row_ids[at]])).to_numpy(zero_copy_only=False)
    out = pd.DataFrame(
        {
            "hire_id": g.hire_id[pairs["hire"].to_numpy(dtype=np.int64)],
            "record_id": rid,
            "relation": np.array(_RELATION_ORDER, dtype=object)[pairs["relation"].to_numpy()],
        }
    )
    out = out.drop_duplicates().sort_values(["hire_id", "relation", "record_id"], kind="stable")
    return out.reset_index(drop=True).astype("string")
