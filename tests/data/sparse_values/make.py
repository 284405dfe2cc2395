#!/usr/bin/env python
"""Blind test set: missing and sparse values.

    python make.py --out DIR            writes one sub-folder per scenario (DIR/main, DIR/no_certs, ...)
    python make.py --out DIR --expected expected_before_run.csv   also writes the labels
    python make.py --bad DIR            writes input-error probes (one sub-folder each) + DIR/EXPECTED.md

Deterministic: no randomness, no clock.  Needs only stdlib + pandas (pyarrow / openpyxl for the
parquet and xlsx scenarios, through pandas).
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import shutil

import pandas as pd

HIRE_DATE = "2024-03-04"
RES_MN = "Police Officer, Minneapolis Police Department, Minneapolis, MN"
RES_TX = "Police Officer, Houston Police Department, Houston, TX"

HIRES_COLS = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
              "hire_date", "position_title", "job_series", "field_office", "screening_track",
              "screening_basis", "resume_text"]
EMP_COLS = ["hire_id", "employer", "title", "state", "start_date", "end_date"]
TRAIN_COLS = ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"]
CERT_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
             "certification_type", "status", "issued_date", "separation_date", "agency"]
DECERT_COLS = ["record_id", "source", "first_name", "last_name", "date_of_birth", "action",
               "action_date", "reason"]
OVR_COLS = ["hire_id", "determination", "reviewer", "reviewed_on", "justification"]

FIRST = ["James", "Maria", "Robert", "Linda", "Michael", "Patricia", "David", "Jennifer", "William",
         "Elizabeth", "Richard", "Susan", "Joseph", "Jessica", "Thomas", "Sarah", "Charles", "Karen",
         "Daniel", "Nancy", "Matthew", "Lisa", "Anthony", "Betty", "Mark", "Sandra", "Donald",
         "Ashley", "Steven", "Kimberly", "Paul", "Emily", "Andrew", "Donna", "Joshua", "Michelle",
         "Kenneth", "Carol", "Kevin", "Amanda", "Brian", "Melissa", "George", "Deborah", "Timothy",
         "Stephanie", "Ronald", "Rebecca", "Jason", "Laura", "Edward", "Sharon", "Jeffrey", "Cynthia",
         "Ryan", "Kathleen", "Jacob", "Amy", "Gary", "Angela"]
LAST = ["Abernathy", "Bergstrom", "Castellano", "Dahlquist", "Eckhardt", "Fairbanks", "Gustafson",
        "Halvorsen", "Ingebretsen", "Jorgenson", "Kowalczyk", "Lindqvist", "Magnusson", "Nordgren",
        "Oyelaran", "Pettersen", "Quintanilla", "Rasmussen", "Sandoval", "Thorvaldsen", "Underwood",
        "Valenzuela", "Wojciechowski", "Xiong", "Yamamoto", "Zimmerman", "Achterberg", "Blomquist",
        "Cernohous", "Dvorak", "Engebretson", "Fitzgerald", "Grabowski", "Hendrickson", "Isaksen",
        "Jablonski", "Kittelson", "Lundgren", "Mortensen", "Nyberg", "Oberholtzer", "Pedersen",
        "Quackenbush", "Rutkowski", "Skogstad", "Tollefson", "Ulvestad", "Vasquez-Ortiz", "Wennberg",
        "Yoder", "Zabrowski", "Amundson", "Brekke", "Christianson", "Dokken", "Erickson", "Fjelstad",
        "Gunderson", "Haugen", "Iverson", "Johannsen", "Knutson", "Lindahl", "Moen", "Nesheim",
        "Opsahl", "Porath", "Quist", "Rolfsrud", "Sather", "Torkelson", "Urdahl", "Vold", "Westby",
        "Ystenes", "Zwiefel", "Aasland", "Bjornstad", "Carlsrud", "Dahle", "Eide", "Flaten",
        "Grinde", "Hovland", "Ihle", "Juhl", "Kvale", "Lende", "Myrvold", "Njaa", "Odegaard", "Paulsrud",
        "Rime", "Storlie", "Thune", "Ullestad", "Vaagen", "Wigdahl", "Yri", "Zahl", "Almli", "Bakken",
        "Dybdahl", "Engh", "Fosse", "Gjerde", "Hagen", "Istad", "Jevne", "Kleven", "Lunde", "Midtbo",
        "Nordby", "Oien", "Prestegard", "Ronning", "Solheim", "Tveit", "Utne", "Vik", "Wold", "Aune",
        "Bratlie", "Dyrdal", "Eng", "Fuglestad", "Grov", "Hoiland", "Ims", "Jore", "Kolstad", "Lie",
        "Mjelde", "Naess", "Osen", "Rudi", "Sande", "Tangen", "Ueland", "Vatne", "Aarsvold", "Brenden",
        "Dale", "Espeland", "Frisvold", "Gilje", "Helland", "Instefjord", "Kaasa", "Loen", "Moldestad",
        "Nerland", "Orvik", "Riise", "Skjelbred", "Tysse", "Vestre", "Aarseth", "Berge", "Dalen",
        "Evje", "Finstad", "Gran", "Hjelle", "Kirkeby", "Lygre", "Mo", "Nes"]
MIDDLE = ["Alan", "Beth", "Carl", "Dawn", "Earl", "Faye", "Glen", "Hope", "Ivan", "June", "Kurt", "Lynn"]


def dob_for(i: int) -> str:
    return dt.date(1970 + (i * 7) % 25, 1 + (i * 5) % 12, 1 + (i * 11) % 28).isoformat()


def us(d: str) -> str:
    """ISO -> MM/DD/YYYY, leaving blanks / non-dates untouched."""
    try:
        x = dt.date.fromisoformat(d)
    except (TypeError, ValueError):
        return d
    return x.strftime("%m/%d/%Y")


class Person:
    def __init__(self, hid: str, i: int):
        self.hid = hid
        self.i = i
        self.first = FIRST[i % len(FIRST)]
        self.last = LAST[i % len(LAST)]
        self.middle = MIDDLE[i % len(MIDDLE)]
        self.dob = dob_for(i)


class Folder:
    """One audit input folder."""

    def __init__(self, name: str, base: int, *, files=("hires", "employment_history", "training",
                 "decertifications"), cert_files=("mn", "tx", "fed"), empty_cert_files=(),
                 drop_cols=None, fmt="csv", exit2_ok=False, note=""):
        self.name = name
        self.base = base
        self.n = 0
        self.files = set(files)
        self.cert_files = list(cert_files)
        self.empty_cert_files = list(empty_cert_files)
        self.drop_cols = drop_cols or {}
        self.fmt = fmt
        self.exit2_ok = exit2_ok
        self.note = note
        self.t = {"hires": [], "employment_history": [], "training": [], "decertifications": [],
                  "overrides": []}
        self.certs = {k: [] for k in self.cert_files}
        self.rec = 0

    # ---- people -------------------------------------------------------------------------
    def person(self) -> Person:
        self.n += 1
        gi = self.base + self.n  # global index, unique over the whole set
        return Person(f"{gi:06d}", gi)

    def hire(self, p: Person, *, first=None, middle=None, last=None, dob=None, suffix="",
             track="LEO", basis="keyword:officer", resume=None, title="Deportation Officer",
             series="1801", office="St. Paul", hire_date=HIRE_DATE):
        self.t["hires"].append({
            "hire_id": p.hid,
            "first_name": p.first if first is None else first,
            "middle_name": p.middle if middle is None else middle,
            "last_name": p.last if last is None else last,
            "suffix": suffix,
            "date_of_birth": p.dob if dob is None else dob,
            "hire_date": hire_date,
            "position_title": title, "job_series": series, "field_office": office,
            "screening_track": track, "screening_basis": basis,
            "resume_text": "" if resume is None else resume,
        })

    def emp(self, p, title, employer, state, start="2014-01-06", end="2024-02-16"):
        self.t["employment_history"].append({"hire_id": p.hid, "employer": employer, "title": title,
                                             "state": state, "start_date": start, "end_date": end})

    def train(self, p, code, status, title=None, delivery=None, start=None, end=None):
        short = code == "ERO-LEO-VIRT"
        self.t["training"].append({
            "hire_id": p.hid, "course_code": code,
            "course_title": title if title is not None else (
                "ERO LEO Virtual Orientation" if short else "Basic Immigration Enforcement Training"),
            "delivery": delivery if delivery is not None else ("online" if short else "in_person"),
            "start_date": start if start is not None else ("2024-03-11" if short else "2024-06-03"),
            "end_date": end if end is not None else ("2024-04-19" if short else "2024-09-20"),
            "status": status})

    def short(self, p):
        self.train(p, "ERO-LEO-VIRT", "completed")

    def basic(self, p, status="completed", **kw):
        self.train(p, "FLETC-BIETP", status, **kw)

    def cert(self, key, p, *, first=None, middle=None, last=None, dob=None, ctype="Peace Officer",
             status="active", issued="2015-06-01", sep="", agency=None, source=None, rid=None):
        self.rec += 1
        src = source if source is not None else key.upper()
        if agency is None:
            agency = {"mn": "Minneapolis Police Department", "tx": "Houston Police Department",
                      "fed": "U.S. Border Patrol"}.get(key, "Some Agency")
        rid = rid or f"{key.upper()}-{self.base + self.rec:06d}"
        self.certs[key].append({
            "record_id": rid, "source": src,
            "first_name": p.first if first is None else first,
            "middle_name": p.middle if middle is None else middle,
            "last_name": p.last if last is None else last,
            "date_of_birth": p.dob if dob is None else dob,
            "certification_type": ctype, "status": status, "issued_date": issued,
            "separation_date": sep, "agency": agency})
        return rid

    def decert(self, p, *, first=None, last=None, dob=None, action="revoked",
               action_date="2023-11-01", reason="Conviction: felony", source="MN"):
        self.rec += 1
        self.t["decertifications"].append({
            "record_id": f"D-{self.base + self.rec:06d}", "source": source,
            "first_name": p.first if first is None else first,
            "last_name": p.last if last is None else last,
            "date_of_birth": p.dob if dob is None else dob,
            "action": action, "action_date": action_date, "reason": reason})

    def override(self, p, determination, reviewer, reviewed_on, justification):
        self.files.add("overrides")
        self.t["overrides"].append({"hire_id": p.hid, "determination": determination,
                                    "reviewer": reviewer, "reviewed_on": reviewed_on,
                                    "justification": justification})

    # ---- writing ------------------------------------------------------------------------
    def tables(self):
        out = {}
        cols = {"hires": HIRES_COLS, "employment_history": EMP_COLS, "training": TRAIN_COLS,
                "decertifications": DECERT_COLS, "overrides": OVR_COLS}
        for name in ["hires", "employment_history", "training", "decertifications", "overrides"]:
            if name not in self.files:
                continue
            c = [x for x in cols[name] if x not in self.drop_cols.get(name, [])]
            out[name] = (c, self.t[name])
        for key in self.cert_files:
            rows = self.certs[key]
            if key == "tx":  # TX registry publishes US dates
                rows = [dict(r, date_of_birth=us(r["date_of_birth"]), issued_date=us(r["issued_date"]),
                             separation_date=us(r["separation_date"])) for r in rows]
            out[f"certifications_{key}"] = (CERT_COLS, rows)
        for key in self.empty_cert_files:
            out[f"certifications_{key}"] = (CERT_COLS, [])
        return out

    def write(self, root):
        d = os.path.join(root, self.name)
        os.makedirs(d, exist_ok=True)
        for name, (cols, rows) in self.tables().items():
            if self.fmt == "csv":
                write_csv(os.path.join(d, name + ".csv"), cols, rows)
            elif self.fmt == "parquet":
                df = frame_nulls(cols, rows, name)
                df.to_parquet(os.path.join(d, name + ".parquet"), index=False)
            elif self.fmt == "xlsx":
                df = frame_nulls(cols, rows, name, excel=True)
                df.to_excel(os.path.join(d, name + ".xlsx"), index=False)


DATE_COLS = {"date_of_birth", "hire_date", "start_date", "end_date", "issued_date", "separation_date",
             "action_date", "reviewed_on"}


def frame_nulls(cols, rows, name, excel=False):
    """Blank strings become real nulls; registry dates become real (nullable) dates."""
    recs = []
    for r in rows:
        rr = {}
        for c in cols:
            v = r.get(c, "")
            if v == "":
                v = None
            elif (name.startswith("certifications") and c in ("issued_date", "separation_date")) or \
                    (excel and c in DATE_COLS and v is not None and v.strip()):
                try:
                    v = dt.date.fromisoformat(v)
                    if excel:
                        v = dt.datetime(v.year, v.month, v.day)
                except ValueError:
                    pass
            rr[c] = v
        recs.append(rr)
    df = pd.DataFrame(recs, columns=cols)
    if not excel and name.startswith("certifications"):
        for c in ("issued_date", "separation_date"):
            df[c] = pd.to_datetime(df[c]).dt.date  # object column of date / None -> parquet date32
    for c in cols:
        if df[c].isna().all():
            df[c] = df[c].astype("object")
    return df


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(cols)
        for r in rows:
            w.writerow([r.get(c, "") for c in cols])


# =========================================================================================
# Scenarios
# =========================================================================================
CASES = []  # (folder, hire_id, case, expected, why)
FOLDERS = []


def case(F, name, expected, why):
    def deco(fn):
        p = F.person()
        fn(F, p)
        CASES.append((F.name, p.hid, f"{F.name}/{name}", expected, why))
        return fn
    return deco


def police_mn(F, p, **kw):
    F.emp(p, "Police Officer", "Minneapolis Police Department", "MN", **kw)


def build_main():
    F = Folder("main", 1000, empty_cert_files=("wi",),
               note="All optional files present except overrides.csv; registries MN, TX (US dates), FED; "
                    "certifications_wi.csv is header-only so WI is NOT covered.")
    FOLDERS.append(F)

    # ---------------- controls ----------------
    @case(F, "ctl_mn_verified", "VERIFIED_LEO", "full data; MN Peace Officer active since 2015, linked on name+DOB")
    def _(F, p):
        F.hire(p, resume="Police Officer, Minneapolis PD, 2015-2024"); F.short(p); police_mn(F, p, start="2015-06-01")
        F.cert("mn", p)

    @case(F, "ctl_tx_verified_sep1y", "VERIFIED_LEO", "TX Peace Officer 2012-2023, inactive, separated ~13 months before hire")
    def _(F, p):
        F.hire(p, resume=RES_TX); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2012-03-01", "2023-02-01")
        F.cert("tx", p, status="inactive", issued="2012-03-01", sep="2023-02-01")

    @case(F, "ctl_fed_verified", "VERIFIED_LEO", "FED LEO record 2016-2023, separated 6 months before hire")
    def _(F, p):
        F.hire(p, resume="Border Patrol Agent 2016-2023"); F.short(p)
        F.emp(p, "Border Patrol Agent", "U.S. Border Patrol", "TX", "2016-05-01", "2023-09-01")
        F.cert("fed", p, ctype="Federal Law Enforcement Officer", status="inactive", issued="2016-05-01",
               sep="2023-09-01")

    @case(F, "ctl_mn_deputy_verified", "VERIFIED_LEO", "MN Deputy Sheriff active since 2013")
    def _(F, p):
        F.hire(p, resume="Deputy sheriff, Hennepin County"); F.short(p)
        F.emp(p, "Deputy Sheriff", "Hennepin County Sheriff's Office", "MN", "2013-01-07", "")
        F.cert("mn", p, ctype="Deputy Sheriff", issued="2013-01-07", agency="Hennepin County Sheriff's Office")

    @case(F, "ctl_corrections_recall", "RECALL", "only record is MN Correctional Officer (not sworn); claim is corrections in covered MN; no basic")
    def _(F, p):
        F.hire(p, resume="Correctional Officer, MN DOC Stillwater"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.cert("mn", p, ctype="Correctional Officer", agency="MN DOC Stillwater")

    @case(F, "ctl_corrections_remediated", "REMEDIATED", "corrections only; basic course completed after hire")
    def _(F, p):
        F.hire(p, resume="Correctional Officer, MN DOC"); F.short(p); F.basic(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.cert("mn", p, ctype="Correctional Officer", agency="MN DOC")

    @case(F, "ctl_revoked_recall", "RECALL", "only sworn record has status revoked")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p, end="2023-05-01")
        F.cert("mn", p, status="revoked", sep="2023-05-01")

    @case(F, "ctl_sep_old_recall", "RECALL", "sworn MN record separated 2018-02-01, >3 years before hire")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", 2010-2018"); F.short(p); police_mn(F, p, start="2010-01-04", end="2018-02-01")
        F.cert("mn", p, status="inactive", issued="2010-01-04", sep="2018-02-01")

    @case(F, "ctl_short_service_recall", "RECALL", "TX record issued 2023-09-01, still serving: ~6 months < 12")
    def _(F, p):
        F.hire(p, resume=RES_TX + ", since 2023"); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2023-09-01", "")
        F.cert("tx", p, issued="2023-09-01")

    @case(F, "ctl_full_track", "NOT_APPLICABLE", "screening_track BASIC and basic course; full track")
    def _(F, p):
        F.hire(p, track="BASIC", basis="", resume="Retail manager"); F.basic(p)

    @case(F, "ctl_claim_nd_review", "MANUAL_REVIEW", "claims Police Officer in ND; ND registry not loaded; nothing in loaded registries")
    def _(F, p):
        F.hire(p, resume="Police Officer, Fargo Police Department, ND"); F.short(p)
        F.emp(p, "Police Officer", "Fargo Police Department", "ND", "2014-01-06", "2024-02-01")

    @case(F, "ctl_claim_mn_notfound_recall", "RECALL", "claims Police Officer in covered MN, no MN record at all")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "ctl_security_recall", "RECALL", "Security Officer (private) only; no record")
    def _(F, p):
        F.hire(p, resume="Security Officer, Allied Universal"); F.short(p)
        F.emp(p, "Security Officer", "Allied Universal", "MN")

    @case(F, "ctl_decert_before_recall", "RECALL", "valid MN record but decert action (revoked) for same name+DOB dated 2023-11-01 < hire")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p)

    @case(F, "ctl_decert_after_verified", "VERIFIED_LEO", "valid MN record; decert action dated 2024-08-01, after hire")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, action_date="2024-08-01", reason="Misconduct after separation")

    @case(F, "ctl_loan_officer_recall", "RECALL", "Loan Officer (other_officer) in TX; no record")
    def _(F, p):
        F.hire(p, resume="Loan Officer, Wells Fargo, Houston TX"); F.short(p)
        F.emp(p, "Loan Officer", "Wells Fargo", "TX")

    @case(F, "ctl_decert_other_person_verified", "VERIFIED_LEO", "decert row has same name but DOB 1961-02-02 (clearly different person)")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, dob="1961-02-02")

    # ---------------- blank DOB on the hire ----------------
    @case(F, "hire_dob_blank_qualifying", "MANUAL_REVIEW", "hire DOB blank; a qualifying MN record matches the name only -> identity cannot be confirmed")
    def _(F, p):
        F.hire(p, dob="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_dob_blank_no_candidate", "RECALL|MANUAL_REVIEW", "hire DOB blank; claims police in covered MN; no registry row with that name -> nothing could verify")
    def _(F, p):
        F.hire(p, dob="", resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "hire_dob_blank_corrections_only", "RECALL", "hire DOB blank; only name candidate is a Correctional Officer record; nothing could verify")
    def _(F, p):
        F.hire(p, dob="", resume="Correctional Officer MN DOC"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.cert("mn", p, ctype="Correctional Officer", agency="MN DOC")

    @case(F, "hire_dob_blank_basic_done", "REMEDIATED|MANUAL_REVIEW", "hire DOB blank, name matches qualifying record, but basic course completed: remediated either way")
    def _(F, p):
        F.hire(p, dob="", resume=RES_MN); F.short(p); F.basic(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_dob_blank_full_track", "NOT_APPLICABLE", "full track; blanks irrelevant")
    def _(F, p):
        F.hire(p, dob="", track="BASIC", basis="", resume=""); F.basic(p)

    @case(F, "hire_dob_whitespace_qualifying", "MANUAL_REVIEW", "hire DOB is whitespace only (= blank); name matches qualifying record")
    def _(F, p):
        F.hire(p, dob="   ", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_dob_blank_fed_candidate", "MANUAL_REVIEW", "hire DOB blank; FED record matches name, would qualify")
    def _(F, p):
        F.hire(p, dob="", resume="Border Patrol Agent"); F.short(p)
        F.emp(p, "Border Patrol Agent", "U.S. Border Patrol", "AZ", "2015-01-01", "2023-06-01")
        F.cert("fed", p, ctype="Federal Law Enforcement Officer", status="inactive", issued="2015-01-01", sep="2023-06-01")

    # ---------------- blank DOB on registry rows ----------------
    @case(F, "reg_dob_blank_qualifying", "MANUAL_REVIEW", "registry DOB blank; name-only match to a qualifying record is a lead, not proof")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, dob="")

    @case(F, "reg_dob_blank_corrections", "RECALL", "registry DOB blank but record is Correctional Officer; nothing could verify")
    def _(F, p):
        F.hire(p, resume="Correctional Officer"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.cert("mn", p, dob="", ctype="Correctional Officer", agency="MN DOC")

    @case(F, "reg_dob_blank_plus_linked_valid", "VERIFIED_LEO", "a DOB-linked valid TX record verifies; an extra same-name MN row with blank DOB (active) changes nothing")
    def _(F, p):
        F.hire(p, resume="Police officer Houston, earlier Minneapolis"); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2016-01-04", "")
        F.cert("tx", p, issued="2016-01-04")
        F.cert("mn", p, dob="", status="inactive", issued="2010-01-04", sep="2015-12-20")

    @case(F, "reg_dob_blank_revoked_plus_linked_valid", "VERIFIED_LEO|MANUAL_REVIEW", "valid linked TX record; a same-name MN row with blank DOB is revoked (maybe same person)")
    def _(F, p):
        F.hire(p, resume=RES_TX); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2016-01-04", "")
        F.cert("tx", p, issued="2016-01-04")
        F.cert("mn", p, dob="", status="revoked", issued="2008-01-04", sep="2012-12-20")

    @case(F, "reg_name_only_row", "MANUAL_REVIEW", "MN row has only record_id/source/name; claims police MN; unknown type/status/dates")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, middle="", dob="", ctype="", status="", issued="", sep="", agency="")

    @case(F, "reg_nameless_row_dob_match", "MANUAL_REVIEW|RECALL", "MN row with blank names and the hire's DOB, valid Peace Officer; must not verify on DOB alone")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, first="", middle="", last="")

    @case(F, "reg_and_hire_dob_blank", "MANUAL_REVIEW", "both DOBs blank; names agree; qualifying record")
    def _(F, p):
        F.hire(p, dob="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, dob="")

    @case(F, "reg_dob_whitespace_qualifying", "MANUAL_REVIEW", "registry DOB is whitespace only")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, dob="  ")

    @case(F, "reg_dob_blank_old_sep", "RECALL", "registry DOB blank, name match, but separated 2015 (>3y) so it could not verify anyway; claim in covered MN")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", 2008-2015"); F.short(p); police_mn(F, p, start="2008-01-07", end="2015-03-01")
        F.cert("mn", p, dob="", status="inactive", issued="2008-01-07", sep="2015-03-01")

    @case(F, "reg_fed_dob_blank", "MANUAL_REVIEW", "FED row DOB blank; name match to qualifying federal LEO record")
    def _(F, p):
        F.hire(p, resume="Deportation Officer, ICE"); F.short(p)
        F.emp(p, "Deportation Officer", "U.S. Immigration and Customs Enforcement", "TX", "2016-01-01", "2023-10-01")
        F.cert("fed", p, dob="", ctype="Federal Law Enforcement Officer", status="inactive", issued="2016-01-01",
               sep="2023-10-01", agency="ICE ERO")

    # ---------------- middle names ----------------
    @case(F, "mid_hire_blank", "VERIFIED_LEO", "hire middle blank, registry middle present; DOB+first+last agree")
    def _(F, p):
        F.hire(p, middle="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "mid_reg_blank", "VERIFIED_LEO", "registry middle blank, hire middle present")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, middle="")

    @case(F, "mid_both_blank", "VERIFIED_LEO", "both middles blank")
    def _(F, p):
        F.hire(p, middle="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, middle="")

    @case(F, "mid_hire_whitespace", "VERIFIED_LEO", "hire middle whitespace-only")
    def _(F, p):
        F.hire(p, middle="  ", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "mid_fed_blank", "VERIFIED_LEO", "FED row middle blank; hire middle present")
    def _(F, p):
        F.hire(p, resume="CBP Officer"); F.short(p)
        F.emp(p, "CBP Officer", "U.S. Customs and Border Protection", "TX", "2014-01-01", "2023-12-01")
        F.cert("fed", p, middle="", ctype="Federal Law Enforcement Officer", status="inactive",
               issued="2014-01-01", sep="2023-12-01", agency="CBP")

    # ---------------- blank certification type ----------------
    @case(F, "type_blank", "MANUAL_REVIEW", "linked MN record, certification_type blank: unknown whether sworn")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, ctype="")

    @case(F, "type_blank_plus_valid", "VERIFIED_LEO", "one linked record with blank type, another linked valid Peace Officer")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, ctype="", issued="2011-01-01")
        F.cert("mn", p)

    @case(F, "type_blank_basic_done", "REMEDIATED|MANUAL_REVIEW", "type blank but basic completed")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); F.basic(p); police_mn(F, p)
        F.cert("mn", p, ctype="")

    @case(F, "type_whitespace", "MANUAL_REVIEW", "certification_type whitespace-only")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, ctype="   ")

    @case(F, "type_blank_revoked", "RECALL", "type blank but status revoked: cannot verify whatever the type; claim in covered MN")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p, end="2023-06-01")
        F.cert("mn", p, ctype="", status="revoked", sep="2023-06-01")

    @case(F, "type_blank_old_sep", "RECALL", "type blank but separated 2017 (>3y)")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", 2009-2017"); F.short(p); police_mn(F, p, start="2009-01-05", end="2017-04-01")
        F.cert("mn", p, ctype="", status="inactive", issued="2009-01-05", sep="2017-04-01")

    # ---------------- blank status ----------------
    @case(F, "status_blank", "MANUAL_REVIEW", "Peace Officer, status blank (unknown, could be revoked), otherwise qualifies")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status="")

    @case(F, "status_blank_corrections", "RECALL", "status blank, Correctional Officer: cannot verify anyway")
    def _(F, p):
        F.hire(p, resume="Correctional Officer"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.cert("mn", p, ctype="Correctional Officer", status="", agency="MN DOC")

    @case(F, "status_blank_old_sep", "RECALL", "status blank, separated 2016")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", 2008-2016"); F.short(p); police_mn(F, p, start="2008-02-04", end="2016-06-01")
        F.cert("mn", p, status="", issued="2008-02-04", sep="2016-06-01")

    @case(F, "status_blank_plus_valid", "VERIFIED_LEO", "one linked MN record with blank status, another linked TX record active+valid")
    def _(F, p):
        F.hire(p, resume="Police officer Minneapolis then Houston"); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2017-01-02", "")
        F.cert("mn", p, status="", issued="2010-01-01", sep="2016-12-01")
        F.cert("tx", p, issued="2017-01-02")

    @case(F, "status_blank_decert_before", "RECALL", "status blank and decert action (revoked) for same name+DOB before hire")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status=""); F.decert(p, action_date="2022-09-15")

    @case(F, "status_whitespace", "MANUAL_REVIEW", "status whitespace-only")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status=" ")

    # ---------------- blank issued date ----------------
    @case(F, "issued_blank", "MANUAL_REVIEW", "active Peace Officer, issued_date blank: 12 months cannot be shown or ruled out")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, issued="")

    @case(F, "issued_blank_old_sep", "RECALL", "issued blank but separated 2017-01-01 (>3y): fails regardless")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", until 2017"); F.short(p); police_mn(F, p, end="2017-01-01")
        F.cert("mn", p, issued="", status="inactive", sep="2017-01-01")

    @case(F, "issued_blank_corrections", "RECALL", "issued blank, Correctional Officer")
    def _(F, p):
        F.hire(p, resume="Corrections officer"); F.short(p)
        F.emp(p, "Corrections Officer", "Ramsey County Jail", "MN")
        F.cert("mn", p, issued="", ctype="Correctional Officer", agency="Ramsey County")

    @case(F, "issued_blank_selfreport", "MANUAL_REVIEW", "issued blank; self-reported 2012-2022 service never verifies; separated 2022-06-01")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", 2012-2022"); F.short(p); police_mn(F, p, start="2012-01-02", end="2022-06-01")
        F.cert("mn", p, issued="", status="inactive", sep="2022-06-01")

    @case(F, "issued_blank_plus_valid", "VERIFIED_LEO", "MN record issued blank, but a linked TX record is fully valid")
    def _(F, p):
        F.hire(p, resume=RES_TX); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2015-01-05", "")
        F.cert("mn", p, issued="")
        F.cert("tx", p, issued="2015-01-05")

    # ---------------- separation date ----------------
    @case(F, "sep_blank_active", "VERIFIED_LEO", "separation blank = still employed; active since 2014")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p, end="")
        F.cert("mn", p, issued="2014-03-03")

    @case(F, "sep_blank_short", "RECALL", "still serving but issued 2023-07-01: 8 months < 12")
    def _(F, p):
        F.hire(p, resume=RES_MN + ", since 2023"); F.short(p); police_mn(F, p, start="2023-07-01", end="")
        F.cert("mn", p, issued="2023-07-01")

    @case(F, "sep_blank_inactive", "MANUAL_REVIEW", "status inactive yet separation blank: conflicting, service end unknown")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status="inactive", issued="2009-05-01")

    @case(F, "sep_blank_lapsed", "MANUAL_REVIEW", "status lapsed yet separation blank: conflicting")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status="lapsed", issued="2009-05-01")

    @case(F, "sep_whitespace_active", "VERIFIED_LEO", "separation whitespace-only (= blank), active")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, sep="   ")

    @case(F, "sep_blank_revoked", "RECALL", "separation blank but status revoked")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status="revoked")

    @case(F, "sep_blank_suspended", "RECALL", "separation blank but status suspended")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, status="suspended")

    @case(F, "sep_blank_tx_us_dates", "VERIFIED_LEO", "TX row with US-format issued date, separation blank")
    def _(F, p):
        F.hire(p, resume=RES_TX); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX", "2013-08-12", "")
        F.cert("tx", p, issued="2013-08-12")

    # ---------------- blanks on the hire row ----------------
    @case(F, "hire_first_blank", "MANUAL_REVIEW", "hire first_name blank; last name + DOB match a qualifying record")
    def _(F, p):
        F.hire(p, first="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_last_blank", "MANUAL_REVIEW", "hire last_name blank; first + DOB match a qualifying record")
    def _(F, p):
        F.hire(p, last="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_names_blank_no_candidate", "RECALL|MANUAL_REVIEW", "all hire names blank; DOB known; no registry row with that DOB; claim in covered MN")
    def _(F, p):
        F.hire(p, first="", middle="", last="", resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "hire_office_blank_recall", "RECALL", "position_title/job_series/field_office blank; claim MN police; no record")
    def _(F, p):
        F.hire(p, title="", series="", office="", resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "hire_office_blank_verified", "VERIFIED_LEO", "position/series/office blank; valid record")
    def _(F, p):
        F.hire(p, title="", series="", office="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_basis_blank_verified", "VERIFIED_LEO", "screening_basis blank; valid record")
    def _(F, p):
        F.hire(p, basis="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p)

    @case(F, "hire_resume_blank_claim_nd", "MANUAL_REVIEW", "resume blank; employment history: Police Officer in ND (not covered)")
    def _(F, p):
        F.hire(p, resume=""); F.short(p)
        F.emp(p, "Police Officer", "Bismarck Police Department", "ND")

    @case(F, "hire_nothing_recall", "RECALL", "resume blank, no employment history, no registry row: no claim at all")
    def _(F, p):
        F.hire(p, resume=""); F.short(p)

    @case(F, "hire_nothing_basic_remediated", "REMEDIATED", "resume whitespace, nothing anywhere, basic completed")
    def _(F, p):
        F.hire(p, resume="   "); F.short(p); F.basic(p)

    @case(F, "hire_everything_blank", "RECALL|MANUAL_REVIEW", "only hire_id, hire_date, screening_track=LEO filled; no training rows")
    def _(F, p):
        F.hire(p, first="", middle="", last="", dob="", title="", series="", office="", basis="", resume="")

    # ---------------- employment history blanks ----------------
    @case(F, "emp_state_blank_police", "MANUAL_REVIEW", "claims Police Officer, state blank: could be an uncovered state")
    def _(F, p):
        F.hire(p, resume="Police Officer"); F.short(p)
        F.emp(p, "Police Officer", "City Police Department", "")

    @case(F, "emp_dates_blank_mn", "RECALL", "Police Officer MN with blank start/end dates; MN covered; no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p, start="", end="")

    @case(F, "emp_title_blank_pd_nd", "MANUAL_REVIEW|RECALL", "title blank, employer Fargo Police Department, ND (uncovered)")
    def _(F, p):
        F.hire(p, resume=""); F.short(p)
        F.emp(p, "", "Fargo Police Department", "ND")

    @case(F, "emp_employer_blank_wi", "MANUAL_REVIEW", "Police Officer, employer blank, WI: WI registry file is header-only -> not covered")
    def _(F, p):
        F.hire(p, resume="Police Officer, Wisconsin"); F.short(p)
        F.emp(p, "Police Officer", "", "WI")

    @case(F, "emp_employer_blank_tx", "RECALL", "Police Officer, employer blank, TX covered, no record")
    def _(F, p):
        F.hire(p, resume="Police Officer, Texas"); F.short(p)
        F.emp(p, "Police Officer", "", "TX")

    @case(F, "emp_state_blank_but_verified", "VERIFIED_LEO", "claim has blank state, but a linked MN record verifies")
    def _(F, p):
        F.hire(p, resume="Police Officer"); F.short(p)
        F.emp(p, "Police Officer", "City Police Department", "")
        F.cert("mn", p)

    @case(F, "emp_end_blank_mn", "RECALL", "Police Officer MN, end_date blank (= to hire date); no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p, end="")

    @case(F, "emp_officer_only_nd", "MANUAL_REVIEW|RECALL", "title just 'Officer', employer blank, ND uncovered")
    def _(F, p):
        F.hire(p, resume="Officer"); F.short(p)
        F.emp(p, "Officer", "", "ND")

    @case(F, "emp_state_whitespace_police", "MANUAL_REVIEW", "Police Officer, state whitespace-only")
    def _(F, p):
        F.hire(p, resume="Police Officer"); F.short(p)
        F.emp(p, "Police Officer", "Springfield Police Department", "  ")

    @case(F, "emp_fed_state_blank", "RECALL|MANUAL_REVIEW", "FBI Special Agent, state blank; FED registry loaded; no record")
    def _(F, p):
        F.hire(p, resume="Special Agent, FBI"); F.short(p)
        F.emp(p, "Special Agent", "Federal Bureau of Investigation", "")

    @case(F, "emp_state_blank_corrections", "RECALL", "Correctional Officer with blank state: not a sworn claim, no coverage question")
    def _(F, p):
        F.hire(p, resume="Correctional Officer"); F.short(p)
        F.emp(p, "Correctional Officer", "County Jail", "")

    @case(F, "emp_deputy_wi", "MANUAL_REVIEW", "Deputy Sheriff, Dane County, WI (header-only registry -> uncovered)")
    def _(F, p):
        F.hire(p, resume="Deputy Sheriff, Dane County WI"); F.short(p)
        F.emp(p, "Deputy Sheriff", "Dane County Sheriff's Office", "WI")

    # ---------------- training blanks ----------------
    @case(F, "train_basic_dates_blank", "REMEDIATED", "basic course status completed, start/end blank; no registry")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.basic(p, start="", end="")

    @case(F, "train_basic_enrolled", "RECALL", "basic course enrolled (not completed), dates blank")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.basic(p, status="enrolled", start="2024-06-03", end="")

    @case(F, "train_track_basic_shortcourse", "RECALL", "screening_track BASIC, but a short-course row (delivery/dates blank) puts them on the short track; no record")
    def _(F, p):
        F.hire(p, track="BASIC", basis="", resume=RES_MN); police_mn(F, p)
        F.train(p, "ERO-LEO-VIRT", "completed", title="", delivery="", start="", end="")

    @case(F, "train_no_rows_short", "RECALL", "screening_track LEO, no training rows at all, claim MN, no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); police_mn(F, p)

    @case(F, "train_no_rows_basic_track", "NOT_APPLICABLE", "screening_track BASIC, no training rows")
    def _(F, p):
        F.hire(p, track="BASIC", basis="", resume="")

    @case(F, "train_basic_title_blank", "REMEDIATED", "basic course_title/delivery blank, completed")
    def _(F, p):
        F.hire(p, resume="Correctional Officer"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.basic(p, title="", delivery="")

    @case(F, "train_withdrawn_failed", "RECALL", "short course withdrawn, basic failed; no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); police_mn(F, p)
        F.train(p, "ERO-LEO-VIRT", "withdrawn", end="")
        F.basic(p, status="failed")

    @case(F, "train_delivery_blank_verified", "VERIFIED_LEO", "training delivery/title blank; valid record")
    def _(F, p):
        F.hire(p, resume=RES_MN); police_mn(F, p)
        F.train(p, "ERO-LEO-VIRT", "completed", title="", delivery="")
        F.cert("mn", p)

    # ---------------- decertification blanks ----------------
    @case(F, "decert_dob_blank_before", "MANUAL_REVIEW", "valid record; decert (revoked, before hire) matches name but its DOB is blank")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, dob="")

    @case(F, "decert_date_blank", "MANUAL_REVIEW|RECALL", "valid-looking record; decert for same name+DOB with blank action_date")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p, end="2023-03-01")
        F.cert("mn", p, status="inactive", sep="2023-03-01"); F.decert(p, action_date="")

    @case(F, "decert_action_blank_before", "RECALL|MANUAL_REVIEW", "decert row for same person dated before hire, action blank")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, action="", action_date="2023-04-04")

    @case(F, "decert_reason_blank_before", "RECALL", "decert revoked before hire, reason blank")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, reason="", action_date="2023-01-10")

    @case(F, "decert_first_blank_before", "MANUAL_REVIEW|RECALL", "decert before hire, first_name blank, last name + DOB match")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, first="")

    @case(F, "decert_dob_blank_after_hire", "VERIFIED_LEO", "decert with blank DOB matches name, but dated after hire: irrelevant")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p); F.decert(p, dob="", action_date="2024-10-01")

    # ---------------- misc ----------------
    @case(F, "agency_blank_verified", "VERIFIED_LEO", "registry agency blank; everything else valid")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, agency="")

    @case(F, "suffix_blank_both_verified", "VERIFIED_LEO", "suffix column blank; control for the suffix column being present")
    def _(F, p):
        F.hire(p, suffix="", resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, issued="2012-01-01")

    @case(F, "emp_blank_row_only_hire_id", "RECALL|MANUAL_REVIEW", "employment_history row with only hire_id (all other cells blank); no registry row")
    def _(F, p):
        F.hire(p, resume=""); F.short(p)
        F.emp(p, "", "", "", "", "")


def build_no_certs():
    F = Folder("no_certs", 2000, cert_files=(), note="No certifications* file at all: registry coverage is empty.")
    FOLDERS.append(F)

    @case(F, "claim_mn_police", "MANUAL_REVIEW", "claims Police Officer MN; no registry loaded at all")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "no_claim", "RECALL", "resume blank, no history: no sworn claim anywhere")
    def _(F, p):
        F.hire(p, resume=""); F.short(p)

    @case(F, "corrections_claim", "RECALL", "Correctional Officer claim only (not sworn)")
    def _(F, p):
        F.hire(p, resume="Correctional Officer"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")

    @case(F, "claim_basic_done", "REMEDIATED|MANUAL_REVIEW", "police claim but basic completed")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); F.basic(p); police_mn(F, p)

    @case(F, "full_track", "NOT_APPLICABLE", "full track")
    def _(F, p):
        F.hire(p, track="BASIC", basis="", resume=""); F.basic(p)

    @case(F, "security_claim", "RECALL", "Security Officer claim only")
    def _(F, p):
        F.hire(p, resume="Security Officer, Target Corp"); F.short(p)
        F.emp(p, "Security Officer", "Target Corporation", "MN")

    @case(F, "fed_claim_state_blank", "MANUAL_REVIEW", "Border Patrol Agent, state blank; FED registry not loaded either")
    def _(F, p):
        F.hire(p, resume="Border Patrol Agent"); F.short(p)
        F.emp(p, "Border Patrol Agent", "U.S. Border Patrol", "")


def build_no_decert():
    F = Folder("no_decert", 3000, files=("hires", "employment_history", "training"), cert_files=("mn",),
               note="No decertifications.csv; MN registry only.")
    FOLDERS.append(F)

    @case(F, "valid", "VERIFIED_LEO", "valid MN record; decert file is optional")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "revoked", "RECALL", "status revoked")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, status="revoked")

    @case(F, "status_blank", "MANUAL_REVIEW", "status blank and no decert table to consult")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, status="")

    @case(F, "mn_notfound", "RECALL", "claim MN police, no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "corrections", "RECALL", "corrections record only")
    def _(F, p):
        F.hire(p, resume="Correctional Officer"); F.short(p)
        F.emp(p, "Correctional Officer", "Minnesota Department of Corrections", "MN")
        F.cert("mn", p, ctype="Correctional Officer")

    @case(F, "valid_mid_blank", "VERIFIED_LEO", "valid, both middles blank")
    def _(F, p):
        F.hire(p, middle="", resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, middle="")

    @case(F, "tx_claim_uncovered", "MANUAL_REVIEW", "claims Police Officer TX; only MN loaded here")
    def _(F, p):
        F.hire(p, resume=RES_TX); F.short(p)
        F.emp(p, "Police Officer", "Houston Police Department", "TX")


def build_no_emp():
    F = Folder("no_emp", 4000, files=("hires", "training", "decertifications"), cert_files=("mn", "tx"),
               note="No employment_history.csv; registries MN, TX. Claims only in resume_text.")
    FOLDERS.append(F)

    @case(F, "valid", "VERIFIED_LEO", "valid MN record")
    def _(F, p):
        F.hire(p, resume="Police Officer, Minneapolis Police Department, 2015-2024"); F.short(p); F.cert("mn", p)

    @case(F, "resume_nd_police", "MANUAL_REVIEW", "resume: Police Officer, Bismarck PD, North Dakota; ND not covered")
    def _(F, p):
        F.hire(p, resume="Police Officer, Bismarck Police Department, Bismarck, North Dakota (ND), 2014-2023")
        F.short(p)

    @case(F, "resume_mn_police", "RECALL|MANUAL_REVIEW", "resume: Police Officer in Minnesota (covered); no record. Free-text state extraction is soft")
    def _(F, p):
        F.hire(p, resume="Police Officer, Minneapolis Police Department, Minneapolis, Minnesota (MN), 2016-2024")
        F.short(p)

    @case(F, "resume_blank", "RECALL", "resume blank, no history file, no record: no claim")
    def _(F, p):
        F.hire(p, resume=""); F.short(p)

    @case(F, "resume_loan_officer", "RECALL", "resume: Loan Officer")
    def _(F, p):
        F.hire(p, resume="Loan Officer, Wells Fargo Home Mortgage"); F.short(p)

    @case(F, "resume_police_no_state", "MANUAL_REVIEW", "resume: 'Police officer for 10 years', no state: could be uncovered")
    def _(F, p):
        F.hire(p, resume="Police officer for 10 years. Patrol, investigations.")
        F.short(p)

    @case(F, "resume_corrections", "RECALL", "resume: Correctional officer")
    def _(F, p):
        F.hire(p, resume="Correctional officer, Stillwater state prison"); F.short(p)

    @case(F, "resume_blank_basic_done", "REMEDIATED", "resume blank, basic completed")
    def _(F, p):
        F.hire(p, resume=""); F.short(p); F.basic(p)

    @case(F, "resume_ws_tx_valid", "VERIFIED_LEO", "resume whitespace; valid TX record (US dates)")
    def _(F, p):
        F.hire(p, resume="  "); F.short(p); F.cert("tx", p, issued="2014-02-03")


def build_min_cols():
    F = Folder("min_cols", 5000, cert_files=("mn",),
               drop_cols={"hires": ["middle_name", "suffix", "screening_basis", "resume_text"]},
               note="hires.csv without the optional columns middle_name, suffix, screening_basis, resume_text.")
    FOLDERS.append(F)

    @case(F, "valid", "VERIFIED_LEO", "no middle_name column on hires; registry has middle; valid")
    def _(F, p):
        F.hire(p); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "claim_nd", "MANUAL_REVIEW", "claims police ND")
    def _(F, p):
        F.hire(p); F.short(p); F.emp(p, "Police Officer", "Fargo Police Department", "ND")

    @case(F, "corrections", "RECALL", "corrections record")
    def _(F, p):
        F.hire(p); F.short(p); F.emp(p, "Correctional Officer", "MN DOC", "MN")
        F.cert("mn", p, ctype="Correctional Officer")

    @case(F, "full_track", "NOT_APPLICABLE", "full track")
    def _(F, p):
        F.hire(p, track="BASIC"); F.basic(p)

    @case(F, "mn_notfound", "RECALL", "claim MN, no record")
    def _(F, p):
        F.hire(p); F.short(p); police_mn(F, p)

    @case(F, "remediated", "REMEDIATED", "claim MN, no record, basic completed")
    def _(F, p):
        F.hire(p); F.short(p); F.basic(p); police_mn(F, p)


def build_placeholders():
    # Text placeholders: contract says nothing about them.  Accept-as-unknown or a clear exit 2 are both OK;
    # treating them as a real value that VERIFIES is not.
    F = Folder("ph_text", 6000, cert_files=("mn",), exit2_ok=True,
               note="Text placeholders N/A / NULL / - in optional text cells. Exit 2 naming file/row/column is an acceptable alternative.")
    FOLDERS.append(F)

    @case(F, "control", "VERIFIED_LEO", "valid, no placeholders")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "type_na", "MANUAL_REVIEW", "certification_type 'N/A' = unknown")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, ctype="N/A")

    @case(F, "hire_middle_na", "VERIFIED_LEO", "hire middle_name 'N/A', registry middle real; DOB/first/last agree")
    def _(F, p):
        F.hire(p, middle="N/A", resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "reg_middle_null", "VERIFIED_LEO", "registry middle_name 'NULL'")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, middle="NULL")

    @case(F, "emp_state_na", "MANUAL_REVIEW", "Police Officer, state 'N/A'")
    def _(F, p):
        F.hire(p, resume="Police Officer"); F.short(p); F.emp(p, "Police Officer", "City PD", "N/A")

    @case(F, "resume_null", "RECALL", "resume 'NULL', no history, no record")
    def _(F, p):
        F.hire(p, resume="NULL"); F.short(p)

    F = Folder("ph_status", 6100, cert_files=("mn",), exit2_ok=True,
               note="registry status '-' (not in the contract's list). Exit 2 naming file/row/column acceptable.")
    FOLDERS.append(F)

    @case(F, "control", "VERIFIED_LEO", "valid")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "status_dash", "MANUAL_REVIEW", "status '-' = unknown")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, status="-")

    for tok, base in (("N/A", 6200), ("unknown", 6300), ("NULL", 6400), ("-", 6500)):
        slug = {"N/A": "na", "unknown": "unknown", "NULL": "null", "-": "dash"}[tok]
        F = Folder(f"ph_date_{slug}_sep", base, cert_files=("mn",), exit2_ok=True,
                   note=f"registry separation_date '{tok}' on an inactive record. Must never be read as blank = still employed. "
                        "Exit 2 naming file/row/column acceptable.")
        FOLDERS.append(F)

        @case(F, "control", "VERIFIED_LEO", "valid")
        def _(F, p):
            F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

        @case(F, "sep_placeholder_inactive", "MANUAL_REVIEW", f"inactive, separation_date '{tok}' (unknown, NOT still employed)")
        def _(F, p, tok=tok):
            F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
            F.cert("mn", p, status="inactive", issued="2008-01-01", sep=tok)

    F = Folder("ph_date_other", 6600, cert_files=("mn",), exit2_ok=True,
               note="Date placeholders elsewhere: hire DOB 'N/A', registry DOB 'NULL', issued 'unknown', training end 'N/A', "
                    "decert action_date 'N/A'. Exit 2 naming file/row/column acceptable.")
    FOLDERS.append(F)

    @case(F, "control", "VERIFIED_LEO", "valid")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "hire_dob_na", "MANUAL_REVIEW", "hire DOB 'N/A'; name matches qualifying record")
    def _(F, p):
        F.hire(p, dob="N/A", resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "reg_dob_null", "MANUAL_REVIEW", "registry DOB 'NULL'; name match")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, dob="NULL")

    @case(F, "issued_unknown", "MANUAL_REVIEW", "issued_date 'unknown'")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, issued="unknown")

    @case(F, "train_end_na", "REMEDIATED", "basic completed, end_date 'N/A'; no record, claim MN")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.basic(p, end="N/A")

    @case(F, "decert_date_na", "MANUAL_REVIEW|RECALL", "valid record; decert (same name+DOB) action_date 'N/A'")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)
        F.decert(p, action_date="N/A")


def build_formats():
    F = Folder("parquet_nulls", 7000, cert_files=("mn",), fmt="parquet",
               note="All tables parquet; blanks are real nulls; registry dates are nullable date32.")
    FOLDERS.append(F)

    @case(F, "valid", "VERIFIED_LEO", "valid, null middle, null separation (still employed)")
    def _(F, p):
        F.hire(p, middle="", resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "reg_dob_null", "MANUAL_REVIEW", "registry DOB null")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, dob="")

    @case(F, "type_null", "MANUAL_REVIEW", "certification_type null")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, ctype="")

    @case(F, "hire_dob_null", "MANUAL_REVIEW", "hire DOB null; name match to qualifying record")
    def _(F, p):
        F.hire(p, dob="", resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "emp_state_null", "MANUAL_REVIEW", "Police Officer, state null")
    def _(F, p):
        F.hire(p, resume="Police Officer"); F.short(p); F.emp(p, "Police Officer", "City PD", "")

    @case(F, "mn_notfound", "RECALL", "claim MN, no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "full_track", "NOT_APPLICABLE", "full track, resume null")
    def _(F, p):
        F.hire(p, track="BASIC", basis="", resume=""); F.basic(p)

    @case(F, "issued_null", "MANUAL_REVIEW", "issued_date null")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, issued="")

    F = Folder("xlsx_empty", 8000, cert_files=("mn",), fmt="xlsx",
               note="All tables xlsx; blanks are empty cells; dates are Excel dates; hire_id text with leading zeros.")
    FOLDERS.append(F)

    @case(F, "valid", "VERIFIED_LEO", "valid, empty separation cell")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "reg_dob_empty", "MANUAL_REVIEW", "registry DOB empty cell")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, dob="")

    @case(F, "status_empty", "MANUAL_REVIEW", "status empty cell")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, status="")

    @case(F, "mn_notfound", "RECALL", "claim MN, no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)

    @case(F, "issued_empty", "MANUAL_REVIEW", "issued_date empty cell")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, issued="")

    @case(F, "sep_space_cell", "VERIFIED_LEO", "separation cell holds a single space (= blank)")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, sep=" ")


def build_birth_year():
    F = Folder("birth_year", 9000, cert_files=("mn",), exit2_ok=True,
               note="Registry publishes only a birth year in date_of_birth (contract mentions this). "
                    "Exit 2 naming file/row/column is tolerable but a limitation.")
    FOLDERS.append(F)

    @case(F, "control_full_dob", "VERIFIED_LEO", "full DOB valid record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "year_matches", "MANUAL_REVIEW", "registry DOB is the right birth year only; name match; not proof")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p, dob=p.dob[:4])

    @case(F, "year_conflicts", "RECALL", "registry birth year differs by >5 years: different person; claim in covered MN")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.cert("mn", p, dob=str(int(p.dob[:4]) - 9))


def build_overrides():
    F = Folder("with_overrides", 9500, cert_files=("mn",),
               note="overrides.csv present; reviewed_on blank on every override (allowed: not a key column).")
    FOLDERS.append(F)

    @case(F, "override_review_blank_date", "MANUAL_REVIEW", "computes RECALL; analyst override MANUAL_REVIEW, reviewed_on blank")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)
        F.override(p, "MANUAL_REVIEW", "A. Analyst", "", "Applicant says MN license under maiden name; check")

    @case(F, "override_verified_blank_date", "VERIFIED_LEO|MANUAL_REVIEW", "computes MANUAL_REVIEW (hire DOB blank); analyst override VERIFIED_LEO, reviewed_on blank")
    def _(F, p):
        F.hire(p, dob="", resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)
        F.override(p, "VERIFIED_LEO", "B. Analyst", "", "DOB confirmed from personnel file; matches MN record")

    @case(F, "no_override_valid", "VERIFIED_LEO", "no override row; valid")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p); F.cert("mn", p)

    @case(F, "no_override_recall", "RECALL", "no override row; claim MN, no record")
    def _(F, p):
        F.hire(p, resume=RES_MN); F.short(p); police_mn(F, p)


def build_all():
    CASES.clear(); FOLDERS.clear()
    build_main(); build_no_certs(); build_no_decert(); build_no_emp(); build_min_cols()
    build_placeholders(); build_formats(); build_birth_year(); build_overrides()


# =========================================================================================
# Input-error probes
# =========================================================================================
def bad_probes():
    """Each returns (name, expectation, mutate(folder_dir))."""
    probes = []

    def p(name, expect):
        def deco(fn):
            probes.append((name, expect, fn))
            return fn
        return deco

    def edit_csv(d, table, fn):
        path = os.path.join(d, table + ".csv")
        with open(path, newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        rows = fn(rows)
        with open(path, "w", newline="", encoding="utf-8") as fh:
            csv.writer(fh).writerows(rows)

    def set_cell(table, row, col, val):
        def m(d):
            def f(rows):
                ci = [c.strip().lower() for c in rows[0]].index(col)
                rows[row][ci] = val
                return rows
            edit_csv(d, table, f)
        return m

    def drop_col(table, col):
        def m(d):
            def f(rows):
                ci = [c.strip().lower() for c in rows[0]].index(col)
                return [r[:ci] + r[ci + 1:] for r in rows]
            edit_csv(d, table, f)
        return m

    def remove(fname):
        def m(d):
            os.remove(os.path.join(d, fname))
        return m

    probes += [
        ("blank_hire_id", "exit 2; hires.csv row 2 column hire_id", set_cell("hires", 2, "hire_id", "")),
        ("ws_hire_id", "exit 2; hires.csv row 2 column hire_id (whitespace only)", set_cell("hires", 2, "hire_id", "   ")),
        ("blank_hire_date", "exit 2; hires.csv row 3 column hire_date", set_cell("hires", 3, "hire_date", "")),
        ("na_hire_date", "exit 2; hires.csv row 3 hire_date 'N/A'", set_cell("hires", 3, "hire_date", "N/A")),
        ("unknown_hire_date", "exit 2; hires.csv row 1 hire_date 'unknown'", set_cell("hires", 1, "hire_date", "unknown")),
        ("blank_screening_track", "exit 2; hires.csv row 2 column screening_track", set_cell("hires", 2, "screening_track", "")),
        ("ws_screening_track", "exit 2; hires.csv row 2 column screening_track (whitespace)", set_cell("hires", 2, "screening_track", "  ")),
        ("na_screening_track", "exit 2; hires.csv row 2 screening_track 'N/A' (not LEO/BASIC)", set_cell("hires", 2, "screening_track", "N/A")),
        ("blank_training_course_code", "exit 2; training.csv row 1 course_code", set_cell("training", 1, "course_code", "")),
        ("blank_training_status", "exit 2; training.csv row 2 status", set_cell("training", 2, "status", "")),
        ("blank_training_hire_id", "exit 2; training.csv row 1 hire_id", set_cell("training", 1, "hire_id", "")),
        ("blank_cert_record_id", "exit 2; certifications_mn.csv row 1 record_id", set_cell("certifications_mn", 1, "record_id", "")),
        ("blank_cert_source", "exit 2; certifications_mn.csv row 1 source", set_cell("certifications_mn", 1, "source", "")),
        ("ws_cert_source", "exit 2; certifications_mn.csv row 1 source whitespace", set_cell("certifications_mn", 1, "source", " ")),
        ("blank_decert_record_id", "exit 2; decertifications.csv row 1 record_id", set_cell("decertifications", 1, "record_id", "")),
        ("blank_decert_source", "exit 2; decertifications.csv row 1 source", set_cell("decertifications", 1, "source", "")),
        ("blank_override_hire_id", "exit 2; overrides.csv row 1 hire_id", set_cell("overrides", 1, "hire_id", "")),
        ("blank_override_determination", "exit 2; overrides.csv row 1 determination", set_cell("overrides", 1, "determination", "")),
        ("blank_override_reviewer", "exit 2; overrides.csv row 1 reviewer", set_cell("overrides", 1, "reviewer", "")),
        ("ws_override_justification", "exit 2; overrides.csv row 1 justification whitespace", set_cell("overrides", 1, "justification", "  ")),
        ("no_hires_file", "exit 2; hires table missing", remove("hires.csv")),
        ("no_training_file", "exit 2; training table is required by the contract", remove("training.csv")),
        ("cert_missing_certification_type_col", "exit 2; certifications_mn.csv lacks column certification_type", drop_col("certifications_mn", "certification_type")),
        ("cert_missing_separation_date_col", "exit 2; certifications_mn.csv lacks column separation_date (a missing column is not 'blank = still employed')", drop_col("certifications_mn", "separation_date")),
        ("cert_missing_date_of_birth_col", "exit 2; certifications_mn.csv lacks column date_of_birth", drop_col("certifications_mn", "date_of_birth")),
        ("cert_missing_status_col", "exit 2; certifications_mn.csv lacks column status", drop_col("certifications_mn", "status")),
        ("emp_missing_state_col", "exit 2; employment_history.csv lacks column state", drop_col("employment_history", "state")),
        ("training_missing_status_col", "exit 2; training.csv lacks column status", drop_col("training", "status")),
        ("hires_missing_screening_track_col", "exit 2; hires.csv lacks column screening_track", drop_col("hires", "screening_track")),
        ("hires_missing_dob_col", "exit 2; hires.csv lacks column date_of_birth (only middle_name, suffix, screening_basis, resume_text are optional)", drop_col("hires", "date_of_birth")),
        ("decert_missing_action_date_col", "exit 2; decertifications.csv lacks column action_date", drop_col("decertifications", "action_date")),
        ("hires_zero_bytes", "exit 2; hires.csv is empty (0 bytes)", lambda d: open(os.path.join(d, "hires.csv"), "w").close()),
    ]
    return probes


def write_bad(root):
    if os.path.exists(root):
        shutil.rmtree(root)
    os.makedirs(root)
    # small valid base: 3 hires
    F = Folder("base", 9900, cert_files=("mn",))
    a, b, c = F.person(), F.person(), F.person()
    F.hire(a, resume="Police Officer"); F.short(a); police_mn(F, a); F.cert("mn", a)
    F.hire(b, resume="Police Officer"); F.short(b); police_mn(F, b)
    F.hire(c, resume="Police Officer"); F.short(c); police_mn(F, c); F.cert("mn", c, status="revoked")
    F.decert(c)
    F.override(b, "MANUAL_REVIEW", "A. Analyst", "2024-05-01", "check maiden name")
    lines = ["# bad/ probes: expected outcomes (written before any run)", "",
             "Base: 3 hires (ids 009901..009903), MN registry, decertifications, overrides. "
             "`row N` below = the Nth data row (file line N+1); either numbering is fine if the message is unambiguous.",
             "Every probe must exit with code 2 and a message naming the file, the row and the column "
             "(no traceback, no output folder with determinations written as if fine).", "",
             "| probe | expectation |", "|---|---|"]
    F.write(root)
    os.rename(os.path.join(root, "base"), os.path.join(root, "_base"))
    for name, expect, mutate in bad_probes():
        d = os.path.join(root, name)
        shutil.copytree(os.path.join(root, "_base"), d)
        mutate(d)
        lines.append(f"| {name} | {expect} |")
    with open(os.path.join(root, "EXPECTED.md"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out")
    ap.add_argument("--expected")
    ap.add_argument("--bad")
    a = ap.parse_args()
    build_all()
    if a.out:
        if os.path.exists(a.out):
            shutil.rmtree(a.out)
        os.makedirs(a.out)
        meta = {}
        for F in FOLDERS:
            F.write(a.out)
            meta[F.name] = {"exit2_ok": F.exit2_ok, "note": F.note}
        with open(os.path.join(a.out, "folders.json"), "w") as fh:
            json.dump(meta, fh, indent=1)
    if a.expected:
        with open(a.expected, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["hire_id", "case", "expected_determination", "why"])
            for folder, hid, name, exp, why in CASES:
                w.writerow([hid, name, exp, why])
    if a.bad:
        write_bad(a.bad)
    ids = [c[1] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate hire ids"


if __name__ == "__main__":
    main()
