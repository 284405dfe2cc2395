"""The entry point: :func:`generate_sample` builds a world and writes its folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from audit.contract import (
    DECERTIFICATIONS,
    EMPLOYMENT_HISTORY,
    HIRES,
    OVERRIDES,
    TRAINING,
)
from audit.sample.calendar import NA, TABLE_LO, TODAY, date_tables, year_of
from audit.sample.generator import Gen
from audit.sample.scenarios import SCENARIOS
from audit.sample.vocabulary import (
    DECERT_REASONS,
    FED,
    FIELD_OFFICES,
    FL,
    POSITIONS,
    REGISTRY_SOURCES,
    TX,
    VA,
)
from audit.sample.write import (
    TRUTH_LINKS_README,
    fmt_dates,
    to_rows_dict,
    truth_link_rows,
    write_csv,
    write_readme,
    write_registry,
)


def generate_sample(
    out_dir: Path,
    hires: int = 2000,
    registry: int = 40000,
    seed: int = 7,
    registry_format: str = "parquet",
    truth_links: bool = False,
) -> pd.DataFrame:
    """Write a synthetic audit input folder and return its truth (also ``truth.csv``).

    ``registry`` is the total number of certification rows over all sources; the hires'
    own rows, their twins and namesakes count towards it and background people fill the
    rest (if the scenarios alone need more rows, the registry is that much larger).

    ``truth_links`` also writes ``truth_links.csv``: the pairwise truth a linker is
    scored against (see :func:`truth_link_rows`). It changes no other file.
    """
    if registry_format not in ("parquet", "csv"):
        raise ValueError("registry_format must be 'parquet' or 'csv'")
    if hires < 1:
        raise ValueError("hires must be at least 1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("certifications_*"):
        if old.suffix in (".csv", ".parquet"):
            old.unlink()
    (out / "truth_links.csv").unlink(missing_ok=True)

    g = Gen(hires, registry, seed)
    g.assign_scenarios()
    g.draw_hires()
    g.separate_hires()
    g.build_key_sets()
    g.foreign_people()
    g.hire_loop()
    own = to_rows_dict(g.reg_rows)
    bg = g.background(registry - len(g.reg_rows))
    reg = {k: np.concatenate([own[k], bg[k]]) if bg else own[k] for k in own}
    printed = write_registry(g.rng, reg, out, registry_format)
    n_own = len(g.reg_rows)

    # decertifications: the scenarios' ones plus background people's revocations
    iso = date_tables()[0]
    dec_rows: list[tuple[Any, ...]] = []
    for src, first, last, sfx, dob, action, when, reason in g.decerts:
        name = REGISTRY_SOURCES[src]
        last_p = f"{last} {sfx}" if sfx else last
        if src == VA:
            first, last_p = first.upper(), last_p.upper()
        dob_p = "" if dob == NA else (str(year_of(dob)) if src == FL else iso[dob - TABLE_LO])
        dec_rows.append((name, first, last_p, dob_p, action, iso[when - TABLE_LO], reason))
    if bg:
        status = bg["status"]
        src_bg = bg["src"]
        u = g.rng.random(len(status))
        pick = (
            ((status == "revoked") | (status == "suspended")) & (u < 0.5)
            | (((status == "inactive") | (status == "lapsed")) & (u < 0.004))
        ) & (src_bg != FED)
        reasons = np.array(DECERT_REASONS, dtype=object)
        for k in np.nonzero(pick)[0]:
            row = n_own + int(k)
            st = str(status[k])
            action = st if st in ("revoked", "suspended") else "surrendered"
            lo = int(bg["issued"][k]) + 10
            base = int(bg["sep"][k]) if bg["sep"][k] != NA else lo + 200
            when = int(min(max(base + int(g.rng.integers(-30, 120)), lo), TODAY - 1))
            s = int(src_bg[k])
            first = str(printed["first"][row])
            last_p = str(printed["last"][row])
            if s == VA:
                first, last_p = first.upper(), last_p.upper()
            dob_p = printed["dob_s"][row]
            if s == TX and dob_p is not None:  # the decertification list writes ISO dates
                dob_p = iso[int(bg["dob"][k]) - TABLE_LO]
            reason = (
                "Surrender in lieu of revocation"
                if action == "surrendered"
                else str(reasons[int(g.rng.integers(0, len(reasons)))])
            )
            dec_rows.append((REGISTRY_SOURCES[s], first, last_p, dob_p or "", action,
                             iso[when - TABLE_LO], reason))  # fmt: skip
    dec = pd.DataFrame(
        dec_rows,
        columns=["source", "first_name", "last_name", "date_of_birth", "action", "action_date",
                 "reason"],
    )  # fmt: skip
    dec = dec.sort_values(["source", "action_date", "last_name"], kind="stable")
    nums = 100 + np.cumsum(g.rng.integers(1, 4, size=len(dec)))
    dec.insert(0, "record_id", [f"{s}-D{int(x):06d}" for s, x in zip(dec["source"], nums,
                                                                         strict=True)])  # fmt: skip
    write_csv(dec[list(DECERTIFICATIONS.names)], out / "decertifications.csv")

    # hires, history, training, overrides, truth
    iso_of = date_tables()[0]
    pos = [POSITIONS[k] for k in g.rng.choice(
        len(POSITIONS), size=g.n, p=[p[2] for p in POSITIONS])]  # fmt: skip
    office = g.rng.choice(len(FIELD_OFFICES), size=g.n)
    hires_df = pd.DataFrame(
        {
            "hire_id": g.hire_id,
            "first_name": g.h_first,
            "middle_name": g.h_mid,
            "last_name": g.h_last,
            "suffix": g.h_sfx,
            "date_of_birth": iso_of[g.dob - TABLE_LO],
            "hire_date": iso_of[g.hire_day - TABLE_LO],
            "position_title": [p[0] for p in pos],
            "job_series": [p[1] for p in pos],
            "field_office": np.array(FIELD_OFFICES, dtype=object)[office],
            "screening_track": g.h_track,
            "screening_basis": g.h_basis,
            "resume_text": g.h_resume,
        }
    )
    hires_df = hires_df.sort_values(["hire_date", "hire_id"], kind="stable")
    write_csv(hires_df[list(HIRES.names)], out / "hires.csv")

    hist = pd.DataFrame(g.history, columns=["i", "employer", "title", "state", "start", "end"])
    hist.insert(0, "hire_id", g.hire_id[hist["i"].to_numpy(dtype=np.int64)])
    hist["start_date"] = fmt_dates(hist["start"].to_numpy(dtype=np.int64), iso_of)
    hist["end_date"] = fmt_dates(hist["end"].to_numpy(dtype=np.int64), iso_of)
    hist = hist.sort_values(["hire_id", "start"], kind="stable")
    write_csv(hist[list(EMPLOYMENT_HISTORY.names)], out / "employment_history.csv")

    tr = pd.DataFrame(
        g.training,
        columns=["i", "course_code", "course_title", "delivery", "start", "end", "status"],
    )
    tr.insert(0, "hire_id", g.hire_id[tr["i"].to_numpy(dtype=np.int64)])
    tr["start_date"] = fmt_dates(tr["start"].to_numpy(dtype=np.int64), iso_of)
    tr["end_date"] = fmt_dates(tr["end"].to_numpy(dtype=np.int64), iso_of)
    tr = tr.sort_values(["hire_id", "start", "course_code"], kind="stable")
    write_csv(tr[list(TRAINING.names)], out / "training.csv")

    ov = pd.DataFrame(g.overrides(), columns=list(OVERRIDES.names))
    write_csv(ov, out / "overrides.csv")

    expected = [SCENARIOS[int(s)].determination for s in g.scn]
    scenario = [SCENARIOS[int(s)].name for s in g.scn]
    for i, det in g.override_of.items():
        expected[i] = det
        scenario[i] = scenario[i] + "_override"
    truth = pd.DataFrame(
        {"hire_id": g.hire_id, "expected_determination": expected, "scenario": scenario}
    )
    truth = truth.sort_values("hire_id", kind="stable").reset_index(drop=True)
    truth = truth.astype("string")
    write_csv(truth, out / "truth.csv")
    write_readme(out, hires, registry, seed, registry_format)
    if truth_links:
        write_csv(truth_link_rows(g, reg, printed["record_ids"]), out / "truth_links.csv")
        with (out / "README.md").open("a", encoding="utf-8") as readme:
            readme.write(TRUTH_LINKS_README)
    return truth
