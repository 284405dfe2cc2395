"""Build the cert_types test set from cert_types_labelled.tsv (hand-labelled, blind).

One short-track hire per certification-type string, each linked by a clean, exact identity
(same first/middle/last name and full date of birth) to exactly one registry row of that
type. Everything else about the row satisfies the default policy (active, issued 6-10
years before hire, no separation, no decertification), so the certification type is the
only thing that can decide the outcome.

Deterministic: stdlib + pandas, fixed seed. Run inside this folder:
    /work/main/.venv/bin/python make.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = 20261
LABELS = {
    "S": ("sworn", "VERIFIED_LEO"),
    "N": ("not_sworn", "RECALL"),
    "AR": ("ambiguous", "MANUAL_REVIEW|RECALL"),
    "AV": ("ambiguous", "MANUAL_REVIEW|VERIFIED_LEO"),
}

FIRST = """Aaron Abigail Adrian Alana Alden Alicia Alvin Amber Andre Angela Arthur Audrey
Barrett Beatrice Bennett Bianca Bradley Brenda Calvin Camille Carson Celeste Clayton Colleen
Cornelius Dana Darnell Deborah Desmond Dolores Dwight Eleanor Elliott Elaine Emmett Esther
Everett Felicia Forrest Gabrielle Garrett Gloria Grant Harriet Hector Imogen Irving Jolene
Julian Juniper Kendall Lorraine Lucian Marisol Marvin Maxine Nolan Noreen Orville Priscilla
Quentin Rosalind Russell Sabrina Sterling Tabitha Thaddeus Ursula Vernon Winifred Xavier
Yolanda Zachary""".split()
LAST = """Abernathy Ainsworth Alcott Ashby Atwater Bancroft Barlow Beckwith Blackwood Bramwell
Brinkley Calloway Carmody Castellano Chadwick Clements Colfax Crandall Dalrymple Delacroix
Dempsey Dunleavy Eastwood Ellison Emberton Fairbanks Fenwick Galloway Garrity Gilchrist
Goodwin Greer Halloran Harwell Hawthorne Hollister Huxley Ingram Jarrell Kensington Kilbride
Langford Larkin Lockhart Macready Mallory Marchetti Merriweather Montague Northcott Oakley
Ormsby Pemberton Prescott Quimby Radcliffe Rainier Rutherford Sandoval Sinclair Stanhope
Sutcliffe Talbot Thornton Underhill Vance Wadsworth Whitcombe Winslow Yardley Zimmerman""".split()
MIDDLE = "Lee Marie James Ann Ray Lynn Paul Grace Dean Rose".split()
# Background registry people: disjoint surname pool and birth years (no accidental links).
BG_FIRST = "Oscar Pearl Rufus Hazel Silas Ida Otis Mabel Homer Edna Virgil Opal".split()
BG_LAST = """Quackenbush Vanderpool Featherstone Ravenscroft Higginbotham Trowbridge Wetherby
Pettigrew Scarborough Throckmorton Umberger Yelverton""".split()
OFFICES = ["St. Paul", "Houston", "Atlanta", "Phoenix", "Chicago", "Newark", "Seattle", "Miami"]
AGENCIES = ["County Sheriff's Office", "City Police Department", "State Department of Corrections",
            "Department of Public Safety", "County Jail"]


def iso(d: dt.date) -> str:
    return d.isoformat()


def years_before(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year - years)
    except ValueError:  # 29 Feb
        return d.replace(year=d.year - years, day=28)


def main() -> None:
    cases = pd.read_csv(HERE / "cert_types_labelled.tsv", sep="\t", dtype=str,
                        keep_default_na=False)
    assert list(cases.columns) == ["source", "certification_type", "code", "why"]
    assert cases["code"].isin(LABELS.keys()).all()
    rng = random.Random(SEED)

    pairs = [(f, l) for f in FIRST for l in LAST]
    rng.shuffle(pairs)
    dobs: set[dt.date] = set()

    hires, training, certs, expected, meta = [], [], [], [], []
    rec_no: dict[str, int] = {}

    def next_record(src: str) -> str:
        rec_no[src] = rec_no.get(src, 0) + 1
        return f"{src}-{100000 + rec_no[src]}"

    for i, row in enumerate(cases.itertuples(index=False), start=1):
        hire_id = f"CT{i:04d}"
        first, last = pairs[i - 1]
        middle = rng.choice(MIDDLE) if i % 2 == 0 else ""
        while True:  # unique DOB, day >= 13 so day/month can never be swapped
            dob = dt.date(rng.randint(1975, 1991), rng.randint(1, 12), rng.randint(13, 28))
            if dob not in dobs:
                dobs.add(dob)
                break
        hire_date = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 729))
        issued = years_before(hire_date, rng.randint(6, 10))
        issued -= dt.timedelta(days=rng.randint(0, 200))
        assert years_before(issued, 21) >= dob
        src = row.source
        record_id = next_record(src)
        label, exp = LABELS[row.code]
        hires.append({
            "hire_id": hire_id, "first_name": first, "middle_name": middle,
            "last_name": last, "suffix": "", "date_of_birth": iso(dob),
            "hire_date": iso(hire_date), "position_title": "Deportation Officer",
            "job_series": "1801", "field_office": OFFICES[i % len(OFFICES)],
            "screening_track": "LEO", "screening_basis": "keyword:officer",
            "resume_text": "",
        })
        start = hire_date + dt.timedelta(days=3)
        training.append({
            "hire_id": hire_id, "course_code": "ERO-LEO-VIRT",
            "course_title": "ERO LEO Virtual Transition Course", "delivery": "online",
            "start_date": iso(start), "end_date": iso(start + dt.timedelta(days=28)),
            "status": "completed",
        })
        certs.append({
            "record_id": record_id, "source": src, "first_name": first,
            "middle_name": middle, "last_name": last, "date_of_birth": iso(dob),
            "certification_type": row.certification_type, "status": "active",
            "issued_date": iso(issued), "separation_date": "", "agency": "",
        })
        expected.append({
            "hire_id": hire_id, "expected_determination": exp,
            "case": row.certification_type, "why": row.why,
        })
        meta.append({
            "hire_id": hire_id, "source": src, "record_id": record_id,
            "certification_type": row.certification_type, "label": label,
            "code": row.code,
        })

    # Background registry rows: two other people per source, random types from that source.
    bg_people = [(f, l) for f in BG_FIRST for l in BG_LAST]
    rng.shuffle(bg_people)
    types_by_src = cases.groupby("source", sort=True)["certification_type"].apply(list)
    k = 0
    for src, types in types_by_src.items():
        for _ in range(2):
            first, last = bg_people[k]
            k += 1
            dob = dt.date(rng.randint(1960, 1969), rng.randint(1, 12), rng.randint(1, 28))
            issued = dt.date(rng.randint(1990, 2015), rng.randint(1, 12), rng.randint(1, 28))
            sep = ""
            if rng.random() < 0.4:
                sep = iso(issued + dt.timedelta(days=rng.randint(400, 3000)))
            certs.append({
                "record_id": next_record(src), "source": src, "first_name": first,
                "middle_name": "", "last_name": last, "date_of_birth": iso(dob),
                "certification_type": rng.choice(types),
                "status": rng.choice(["active", "inactive", "lapsed"]),
                "issued_date": iso(issued), "separation_date": sep,
                "agency": rng.choice(AGENCIES),
            })

    def write(df: pd.DataFrame, name: str) -> None:
        df.to_csv(HERE / name, index=False, lineterminator="\n")

    write(pd.DataFrame(hires), "hires.csv")
    write(pd.DataFrame(training), "training.csv")
    cert_df = pd.DataFrame(certs)
    for old in HERE.glob("certifications_*.csv"):
        old.unlink()
    for src, part in cert_df.groupby("source", sort=True):
        write(part, f"certifications_{str(src).lower()}.csv")
    write(pd.DataFrame(meta), "cases.csv")

    # expected_before_run.csv is frozen: written once, verified on every later run.
    exp_text = pd.DataFrame(expected).to_csv(index=False, lineterminator="\n")
    frozen = HERE / "expected_before_run.csv"
    if frozen.exists():
        if frozen.read_text(encoding="utf-8") != exp_text:
            raise SystemExit("expected_before_run.csv differs from the labels: it is frozen")
    else:
        frozen.write_text(exp_text, encoding="utf-8")
    print(f"{len(hires)} hires, {len(cert_df)} registry rows in "
          f"{cert_df['source'].nunique()} files; expected_before_run.csv sha256 "
          f"{hashlib.sha256(frozen.read_bytes()).hexdigest()[:16]}")


if __name__ == "__main__":
    main()
