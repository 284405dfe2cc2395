"""Blind test set: analysts' overrides, training records and messy hire-side data.

Built from the data contract (shared/data-contract.md v1), README.md and rules/*.yaml
only -- never from audit/ source.  Deterministic: stdlib + pandas.

    python make.py              # main folder (this folder): the input CSVs
    python make.py --bad        # bad/: main data plus rows that break required-value rules
    python make.py --variants   # variants/<name>/: one contract question each
    python make.py --labels     # expected_before_run.csv + expected_variants_before_run.csv
                                # (refuses to overwrite: the blind labels are frozen)
    python make.py --probes / --probes2 / --probes3 / --probes4     # follow-up probe folders in variants/
    python make.py --probe-labels / --probe2-labels / ... / --probe4-labels  # their frozen labels
    python make.py --all        # every input folder (main, bad/, variants/*), no labels
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
from datetime import date, timedelta

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))

HIRE_COLS = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
             "hire_date", "position_title", "job_series", "field_office", "screening_track",
             "screening_basis", "resume_text"]
TRAIN_COLS = ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date",
              "status"]
CERT_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
             "certification_type", "status", "issued_date", "separation_date", "agency"]
DECERT_COLS = ["record_id", "source", "first_name", "last_name", "date_of_birth", "action",
               "action_date", "reason"]
EMP_COLS = ["hire_id", "employer", "title", "state", "start_date", "end_date"]
OVR_COLS = ["hire_id", "determination", "reviewer", "reviewed_on", "justification"]

SHORT = "ERO-LEO-VIRT"
BASIC = "FLETC-BIETP"
LOADED = ["MN", "CA", "AZ", "FED"]

# Test people: surnames and first names disjoint from the background pools below, every
# test person with a unique surname and a unique birth date (1972-1995; background
# people are born 1948-1966), so no accidental namesakes, twins or name-change leads.
TEST_FIRST = """Abigail Adrian Agnes Alberto Alma Ambrose Anita Arlen Astrid Barnaby Beatrix
Bertram Blanca Bruno Callum Camila Cedric Celeste Clement Colette Cornelius Dalia Darius
Delphine Desmond Dorothea Eamon Edith Efrain Elodie Emmett Esther Evander Fabian Faustina
Felix Fiona Florian Gareth Genevieve Gideon Greta Gustavo Harriet Horatio Ines Isidore Ivana
Jasper Jocelyn Joaquin Judith Kasimir Katrina Lazaro Leonora Lucian Lydia Magnus Marisol
Matthias Minerva Nestor Noemi Octavia Orson Paloma Percival Philippa Quentin Rafaela Reinhold
Rosalind Rupert Sabina Silas Soledad Stellan Tabitha Thaddeus Theodora Tobias Ursula Valentin
Verity Wendell Wilhelmina Xavier Yolanda Zachariah Zelda Ignatius Henrietta Leopold
Marguerite Osvaldo Priscilla Rowena Severin Temperance Ulysses Vivienne Winifred Anselm
Benedikt Clarice Dominika Eustace Filomena Griselda Hector Imelda Jerome Lavinia Mordecai
Nadia Ottilie Perpetua Reginald Seraphina Torvald Ysabel Barnabas Cosima Dashiell Euphemia
Gwendolyn Hamish Isolde Jethro Kerensa Lorcan Mireille Nikolai Oriana Pascal Rosamund Sinead
Tiberius Una Vasco""".split()
TEST_LAST = """Abernathy Achterberg Ainsworth Albrecht Alcott Amberley Ashdown Atwater Bancroft
Barrowman Beauchamp Bellamy Birchfield Blackwood Bramwell Brennan Brightwater Calloway
Carrington Castellano Chadwick Coldwell Crenshaw Dankworth Davenport Delacroix Delgado Dunmore
Eastwick Ellsworth Everhart Fairbanks Falkner Fenwick Fitzgerald Galloway Garrity Gilchrist
Glenister Greenhalgh Hargrove Hartigan Hathaway Holloway Huxtable Ingersoll Iverson Jamieson
Kendrick Kingsley Kowalczyk Lachance Langford Lindqvist Lockhart Macready Marchetti
Merriweather Montague Moorcroft Nakashima Northcott Oakenfold Okafor Ormsby Pemberton
Pettigrew Quarles Radcliffe Ravenscroft Redgrave Rosenthal Rutherford Sandoval Satterfield
Sheffield Silverman Stanhope Sutherland Tanaka Thistlewood Trevelyan Underhill Vandermeer
Villanueva Wadsworth Wakefield Westbrook Whitcombe Wilberforce Winterbottom Wolcott Yardley
Zimmerman Ashcombe Blythe Cavendish Drummond Eberhardt Forsythe Grimshaw Hollingsworth
Ironside Jardine Kilbride Lovejoy Mortimer Nettleton Oglethorpe Prendergast Quimby Rathbone
Summerall Tolliver Upshaw Valdivia Whitlock Yarborough Zabriskie Applegate Bickerstaff
Culpepper Dinwiddie Etheridge Fairweather Gainsborough Honeycutt Inchbald Jellicoe Kettleby
Loxley Nightingale Ockenden Pennington Quested Rockwell Shackleton Threlkeld Umfreville
Venables Wetherby Youngblood""".split()

BG_FIRST = """James John Robert Michael William David Richard Joseph Charles Mary Patricia
Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Daniel Matthew Anthony Mark
Donald Steven Andrew Joshua Kenneth Lisa Betty Sandra Ashley Kimberly Emily Donna Michelle
Carol Amanda Brian George Timothy Ronald Jason Jeffrey Ryan Jacob Gary Nicholas Eric
Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Angela Shirley Anna""".split()
BG_LAST = """Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Phillips Evans
Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers""".split()

assert len(set(TEST_FIRST)) == len(TEST_FIRST) and len(set(TEST_LAST)) == len(TEST_LAST)
assert not set(TEST_FIRST) & set(BG_FIRST) and not set(TEST_LAST) & set(BG_LAST)

AGENCY = {"MN": "St. Cloud Police Department", "CA": "Fresno Police Department",
          "AZ": "Tucson Police Department", "FED": "U.S. Border Patrol"}
CTYPE = {"MN": "Peace Officer", "CA": "Peace Officer", "AZ": "Police Officer",
         "FED": "Federal Law Enforcement Officer"}
STATE_NAME = {"MN": "Minnesota", "CA": "California", "AZ": "Arizona", "FED": "federal"}
OFFICES = ["St. Paul", "Phoenix", "Los Angeles", "San Diego", "Chicago", "Dallas"]


def iso(d: date | None) -> str:
    return "" if d is None else d.isoformat()


def us(d: date | None) -> str:
    return "" if d is None else d.strftime("%m/%d/%Y")


def add_years(d: date, years: int) -> date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class Hire:
    """One test hire and everything on file about it."""

    n = 0
    all: list["Hire"] = []

    def __init__(self, hid, group, track="LEO", hd=None, hire_fmt="iso", dob=None,
                 dob_fmt="iso", first=None, last=None, middle="", suffix="", basis=None,
                 resume=None, office=None):
        i = Hire.n
        Hire.n += 1
        self.hid, self.group, self.track = hid, group, track
        self.first = first or TEST_FIRST[i]
        self.last = last or TEST_LAST[i]
        self.reg_first, self.reg_last = TEST_FIRST[i], TEST_LAST[i]  # registry spelling
        self.reg_middle = ""
        self.middle, self.suffix = middle, suffix
        self.dob = dob or (date(1972, 1, 15) + timedelta(days=61 * i))
        self.dob_fmt = dob_fmt
        self.hd = hd or (date(2020, 2, 3) + timedelta(days=11 * i))
        self.hire_fmt = hire_fmt
        if basis is None:
            basis = "keyword:officer" if (track == "LEO" and i % 3 != 2) else ""
        self.basis = basis
        self.resume = resume if resume is not None else ""
        self.office = office or OFFICES[i % len(OFFICES)]
        self.training: list[dict] = []
        self.certs: list[dict] = []
        self.emp: list[dict] = []
        self.overrides: list[dict] = []
        self.decerts: list[dict] = []
        self.expected = self.base = self.case = self.why = None
        Hire.all.append(self)

    # ---- training -------------------------------------------------------------------
    def course(self, code, title, status, start=7, end=35, delivery="online", fmt="iso"):
        f = us if fmt == "us" else iso
        self.training.append({
            "hire_id": self.hid, "course_code": code, "course_title": title,
            "delivery": delivery,
            "start_date": "" if start is None else f(self.hd + timedelta(days=start)),
            "end_date": "" if end is None else f(self.hd + timedelta(days=end)),
            "status": status})
        return self

    def short(self, status="completed", code=SHORT, start=7, end=35, fmt="iso"):
        end = end if status == "completed" else (None if status == "enrolled" else end - 10)
        return self.course(code, "ERO Law Enforcement Officer Virtual Transition", status,
                           start, end, "online", fmt)

    def basic(self, status="completed", code=BASIC, start=120, end=250, fmt="iso"):
        if status == "enrolled":
            end = None
        elif status in ("withdrawn", "failed") and end is not None:
            end = start + 40
        return self.course(code, "Basic Immigration Enforcement Training Program", status,
                           start, end, "in_person", fmt)

    def misc(self):
        self.course("ICE-ORIENT", "New Employee Orientation", "completed", 1, 2, "online")
        self.course("FIREARMS-QUAL", "Firearms Qualification", "completed", 40, 41,
                    "in_person")
        return self

    # ---- registry ---------------------------------------------------------------------
    def cert(self, source="MN", ctype=None, status="active", issued=None, sep=None,
             first=None, last=None, middle=None):
        self.certs.append({
            "source": source, "first_name": first or self.reg_first,
            "middle_name": self.reg_middle if middle is None else middle,
            "last_name": last or self.reg_last, "date_of_birth": iso(self.dob),
            "certification_type": ctype or CTYPE[source], "status": status,
            "issued_date": iso(issued or add_years(self.hd, -6)),
            "separation_date": iso(sep), "agency": AGENCY[source]})
        return self

    def decert(self, source="MN", action="revoked", when=None, reason="Misconduct"):
        self.decerts.append({
            "source": source, "first_name": self.reg_first, "last_name": self.reg_last,
            "date_of_birth": iso(self.dob), "action": action, "action_date": iso(when),
            "reason": reason})
        return self

    def job(self, employer, title, state, start, end):
        self.emp.append({"hire_id": self.hid, "employer": employer, "title": title,
                         "state": state, "start_date": iso(start), "end_date": iso(end)})
        return self

    # ---- profiles ---------------------------------------------------------------------
    def verified(self, source="MN", **kw):
        """A sworn, active certification of exactly this person, 6 years of service."""
        self.cert(source, **kw)
        self.job(AGENCY[source], "Border Patrol Agent" if source == "FED" else "Police Officer",
                 "AZ" if source == "FED" else source,
                 add_years(self.hd, -6), self.hd - timedelta(days=21))
        if not self.resume:
            self.resume = (f"Police officer, {AGENCY[source]}, {STATE_NAME[source]}, "
                           f"{self.hd.year - 6}-{self.hd.year}.")
        return self

    def gap(self):
        """Sworn job claimed in Nevada (no NV registry loaded), ended 6 months before hire."""
        self.job("Reno Police Department", "Police Officer", "NV", add_years(self.hd, -7),
                 self.hd - timedelta(days=182))
        if not self.resume:
            self.resume = (f"Patrol Officer, Reno Police Department, Nevada, "
                           f"{self.hd.year - 7}-{self.hd.year - 1}.")
        return self

    def nonsworn(self, which=0):
        options = [("Lakeshore Credit Union", "Loan Officer", "MN"),
                   ("Desert Valley Bank", "Compliance Officer", "AZ"),
                   ("Harbor Freight Logistics", "Safety Officer", "CA")]
        emp, title, st = options[which % 3]
        self.job(emp, title, st, add_years(self.hd, -5), self.hd - timedelta(days=30))
        if not self.resume and which % 2 == 0:
            self.resume = f"{title}, {emp}, {self.hd.year - 5}-{self.hd.year}."
        return self

    def ovr(self, det, reviewer="R. Okonkwo", on="iso", why="Analyst review of the file"):
        when = self.hd + timedelta(days=400)
        self.overrides.append({"hire_id": self.hid, "determination": det,
                               "reviewer": reviewer,
                               "reviewed_on": {"iso": iso, "us": us}.get(on, lambda _: "")(when),
                               "justification": why})
        return self

    def label(self, expected, why, case=None, base=None):
        self.expected, self.why = expected, why
        self.case = case or self.group
        self.base = base or expected
        return self

    def hire_row(self):
        return {"hire_id": self.hid, "first_name": self.first, "middle_name": self.middle,
                "last_name": self.last, "suffix": self.suffix,
                "date_of_birth": "" if self.dob_fmt == "blank" else
                (us(self.dob) if self.dob_fmt == "us" else iso(self.dob)),
                "hire_date": us(self.hd) if self.hire_fmt == "us" else iso(self.hd),
                "position_title": "Deportation Officer", "job_series": "1801",
                "field_office": self.office, "screening_track": self.track,
                "screening_basis": self.basis, "resume_text": self.resume}


# Profiles used below (each on its own person):
#   V   verified: MN "Peace Officer", active, issued 6 y before hire; short course completed
#   R   recall: short track, short course completed, no registry record, non-sworn history
#   M   review: R plus a sworn job claimed in Nevada (registry not loaded), ended 6 months
#       before hire (inside the 3-year window) -> coverage gap
#   Rem remediated: R plus FLETC-BIETP completed ~8 months after hire
#   NA  full track: screening_track BASIC, FLETC-BIETP completed, no short-track course

def P(hid, group, kind, **kw):
    h = Hire(hid, group, track="BASIC" if kind == "NA" else "LEO", **kw)
    h.misc()
    if kind != "NA":
        h.short()
    if kind == "V":
        h.verified()
    elif kind == "R":
        h.nonsworn(Hire.n)
    elif kind == "M":
        h.gap()
    elif kind == "Rem":
        h.nonsworn(Hire.n)
        h.basic("completed")
    elif kind == "NA":
        h.basic("completed")
    return h


BASEWHY = {
    "V": "sworn active MN cert, exact name+DOB, 6y service -> verified",
    "R": "short track, no registry record, only non-sworn history, no basic course",
    "M": "sworn job claimed in NV (registry not loaded) inside window -> coverage gap",
    "Rem": "short track, not verified, FLETC-BIETP completed after hire",
    "NA": "screening_track BASIC and no short-track course row",
}
BASEDET = {"V": "VERIFIED_LEO", "R": "RECALL", "M": "MANUAL_REVIEW", "Rem": "REMEDIATED",
           "NA": "NOT_APPLICABLE"}


def build():
    Hire.n, Hire.all = 0, []
    # ================= overrides: every base x every determination ======================
    seq = 1
    ons = ["iso", "us", ""]
    reviewers = ["R. Okonkwo", "T. Brandvold", "M. Quintanilla", "S. Petrakis"]
    for kind, targets in [
        ("R", ["VERIFIED_LEO", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE", "RECALL"]),
        ("V", ["RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE", "VERIFIED_LEO"]),
        ("M", ["VERIFIED_LEO", "RECALL", "REMEDIATED", "NOT_APPLICABLE", "MANUAL_REVIEW"]),
        ("Rem", ["RECALL", "VERIFIED_LEO", "MANUAL_REVIEW", "REMEDIATED"]),
        ("NA", ["RECALL", "VERIFIED_LEO", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE"]),
    ]:
        for t in targets:
            hid = f"H{1000 + seq}"
            h = P(hid, "override", kind)
            h.ovr(t, reviewers[seq % 4], ons[seq % 3],
                  f"Analyst decision after file review ({t.lower()})")
            same = " (same as the audit's own outcome)" if t == BASEDET[kind] else ""
            blank = "; reviewed_on blank (allowed: not a required value)" if ons[seq % 3] == "" \
                else ("; reviewed_on in US format" if ons[seq % 3] == "us" else "")
            h.label(t, f"override {t} replaces base {BASEDET[kind]}{same} [{BASEWHY[kind]}]"
                    f"{blank}", case=f"override:{kind}->{t}", base=BASEDET[kind])
            seq += 1
    # determination spelled in another case
    for kind, spelled, canon in [("R", "verified_leo", "VERIFIED_LEO"),
                                 ("V", "Recall", "RECALL"),
                                 ("NA", "recall", "RECALL"),
                                 ("M", "Not_Applicable", "NOT_APPLICABLE"),
                                 ("R", "Remediated", "REMEDIATED"),
                                 ("Rem", "not_applicable", "NOT_APPLICABLE"),
                                 ("V", "manual_review", "MANUAL_REVIEW")]:
        hid = f"H{1000 + seq}"
        h = P(hid, "override-case", kind)
        h.ovr(spelled, "T. Brandvold", "iso", "Decision entered by hand in the tracker")
        h.label(canon, f"override '{spelled}' is {canon} in another case; values are read "
                f"case-insensitively (exit 2 naming the cell would be defensible, silently "
                f"ignoring it is not) [base {BASEDET[kind]}: {BASEWHY[kind]}]",
                case=f"override-case:{kind}->{spelled}", base=BASEDET[kind])
        seq += 1

    # overrides on special hires
    h = Hire("H1101", "override", track="BASIC").misc().short("completed").nonsworn(0)
    h.ovr("NOT_APPLICABLE", why="Short-track course row entered in error; attended FLETC")
    h.label("NOT_APPLICABLE", "BASIC track but short course completed -> short track, base "
            "RECALL; override NOT_APPLICABLE replaces it", base="RECALL",
            case="override:BASIC+short->NOT_APPLICABLE")
    h = Hire("H1102", "override", track="BASIC").misc().short("withdrawn").nonsworn(1)
    h.ovr("REMEDIATED", on="us", why="Completed basic at another academy; certificate on file")
    h.label("REMEDIATED", "BASIC track + short course (withdrawn) -> short track, base RECALL; "
            "override REMEDIATED", base="RECALL", case="override:BASIC+short->REMEDIATED")
    h = Hire("H1103", "override", dob_fmt="blank").misc().short()
    h.cert("MN")
    h.ovr("VERIFIED_LEO", on="", why="Identity confirmed with MN POST by phone")
    h.label("VERIFIED_LEO", "blank hire DOB: name-only lead to a sworn MN cert (base "
            "MANUAL_REVIEW); override VERIFIED_LEO", base="MANUAL_REVIEW",
            case="override:blankDOB-lead->VERIFIED_LEO")
    h = Hire("H1104", "override", hd=date(2022, 4, 11), hire_fmt="us").misc().short().verified()
    h.ovr("RECALL", why="Certification was obtained with falsified records per MN POST")
    h.label("RECALL", "US hire date, verified base; override RECALL", base="VERIFIED_LEO",
            case="override:V(us date)->RECALL")
    h = Hire("H1105", "override").misc().short()
    h.verified().decert("MN", "revoked", h.hd - timedelta(days=200))
    h.ovr("VERIFIED_LEO", why="Revocation vacated on appeal before hire; order on file")
    h.label("VERIFIED_LEO", "sworn cert but a revocation of the same person dated before hire "
            "(base RECALL); override VERIFIED_LEO", base="RECALL",
            case="override:decert->VERIFIED_LEO")
    h = Hire("H1106", "control").misc().short()
    h.verified().decert("MN", "revoked", h.hd - timedelta(days=200))
    h.label("RECALL", "control for H1105 without override: revocation dated on/before hire "
            "voids verification; no basic course", case="control:decert")
    # leading zeros: 007 overridden, 7 not
    h = Hire("007", "override/leading-zero").misc().short().nonsworn(0)
    h.ovr("REMEDIATED", why="Completed basic in 2019 under a prior appointment")
    h.label("REMEDIATED", "hire_id '007' (leading zeros kept) overridden to REMEDIATED; base "
            "RECALL", base="RECALL", case="leading-zero:007 override")
    h = Hire("7", "leading-zero").misc().short().nonsworn(1)
    h.label("RECALL", "hire_id '7' is a different hire from '007'; the override for 007 must "
            "not reach it; short track, no record", case="leading-zero:7 no override")

    # ================= controls: same profiles, no override =============================
    for j, kind in enumerate(["V", "V", "R", "R", "R", "M", "M", "Rem", "Rem", "NA", "NA",
                              "NA"]):
        h = P(f"H{1110 + j}", "control", kind)
        h.label(BASEDET[kind], f"control, no override: {BASEWHY[kind]}", case=f"control:{kind}")
    for j, src in enumerate(["CA", "AZ", "FED"]):
        h = Hire(f"H{1125 + j}", "control").misc().short().verified(src)
        h.label("VERIFIED_LEO", f"control: sworn active {src} record ({CTYPE[src]}), exact "
                "name+DOB, 6y service", case=f"control:V-{src}")

    # ================= training =========================================================
    T = lambda hid, track="LEO", **kw: Hire(hid, "training", track=track, **kw)  # noqa: E731
    for j, st in enumerate(["enrolled", "withdrawn", "failed"]):
        h = T(f"H{1201 + j}").misc().short(st).nonsworn(j)
        h.label("RECALL", f"LEO track, short course {st}; not verified, no basic",
                case=f"training:LEO short {st}")
    h = T("H1204").nonsworn(0)
    h.label("RECALL", "LEO track with no training rows at all: screening_track alone makes "
            "it short track", case="training:LEO no rows")
    for j, st in enumerate(["completed", "enrolled", "withdrawn", "failed"]):
        h = T(f"H{1205 + j}", "BASIC").misc().short(st).nonsworn(j)
        h.label("RECALL", f"BASIC track but a short-course row ({st}): 'any training row "
                "whose course_code is in the short-track list' -> short track; no record, "
                "no basic", case=f"training:BASIC+short {st}")
    h = T("H1209", "BASIC").misc().short().verified()
    h.label("VERIFIED_LEO", "BASIC track + short course -> short track; sworn MN cert "
            "verifies", case="training:BASIC+short verified")
    h = T("H1210", "BASIC").misc().short("withdrawn").basic("completed").nonsworn(1)
    h.label("REMEDIATED", "BASIC track + short course withdrawn -> short track; basic "
            "completed after hire", case="training:BASIC+short+basic")
    h = T("H1211", "BASIC").misc().short("failed").gap()
    h.label("MANUAL_REVIEW", "BASIC track + short course failed -> short track; sworn NV "
            "claim, NV not loaded -> coverage gap", case="training:BASIC+short gap")
    for j, st in enumerate(["enrolled", "withdrawn", "failed"]):
        h = T(f"H{1212 + j}").misc().short().basic(st).nonsworn(j)
        h.label("RECALL", f"basic course {st}, not completed -> no completed basic course",
                case=f"training:basic {st}")
    h = T("H1215").misc().short().basic("completed", start=-400, end=-270).nonsworn(2)
    h.label("REMEDIATED", "FLETC-BIETP completed BEFORE hire date: RECALL needs 'no "
            "completed basic course', so not RECALL; has the full basic course",
            case="training:basic completed before hire")
    h = T("H1216").misc().short().basic("failed", start=60).basic("completed", start=200,
                                                                   end=330).nonsworn(0)
    h.label("REMEDIATED", "basic failed, then retaken and completed", case="training:basic "
            "failed then completed")
    h = T("H1217").misc().short().basic("completed", start=None, end=None).nonsworn(1)
    h.label("REMEDIATED", "basic completed with blank start/end dates (blank = unknown)",
            case="training:basic completed no dates")
    h = T("H1218").misc().short().basic("completed", code="fletc-bietp").nonsworn(2)
    h.label("REMEDIATED", "basic code in lower case 'fletc-bietp' is the basic course",
            case="training:basic code lowercase")
    h = T("H1219").misc().short().basic("completed", code=" FLETC-BIETP ").nonsworn(0)
    h.label("REMEDIATED", "basic code with surrounding spaces is the basic course",
            case="training:basic code padded")
    h = T("H1220").misc().short().basic("completed", code="FLETC BIETP").nonsworn(1)
    h.label("REMEDIATED|RECALL", "basic code 'FLETC BIETP' (space for dash): contract says "
            "'course_code in the rules list' without saying how codes are normalised",
            case="training:basic code space-for-dash")
    h = T("H1221").misc().short().basic("COMPLETED").nonsworn(2)
    h.label("REMEDIATED", "basic status 'COMPLETED' in upper case = completed",
            case="training:basic status uppercase")
    for j, (code, why) in enumerate([("ero-leo-virt", "lower case"),
                                     (" ERO-LEO-VIRT ", "surrounding spaces")]):
        h = T(f"H{1222 + j}", "BASIC").misc().short(code=code).nonsworn(j)
        h.label("RECALL", f"BASIC track, short-course code in {why} still the short course "
                "-> short track; no record, no basic (missing this = missed recall)",
                case=f"training:short code {why}")
    h = T("H1224", "BASIC").misc().short(code="ERO LEO VIRT").nonsworn(2)
    h.label("RECALL|NOT_APPLICABLE", "short code 'ERO LEO VIRT' (spaces for dashes): "
            "normalisation of codes not specified", case="training:short code spaces")
    h = T("H1225", "BASIC").misc().course("ERO-LEO-ORIENT", "ERO Orientation", "completed")
    h.basic("completed")
    h.label("NOT_APPLICABLE", "BASIC track; 'ERO-LEO-ORIENT' is not in the short list "
            "(other side of the code line)", case="training:not-short code")
    h = T("H1226").misc().short().course("FLETC-CITP", "Criminal Investigator Training "
                                         "Program", "completed", 120, 250, "in_person")
    h.nonsworn(0)
    h.label("RECALL", "completed FLETC-CITP is not in basic_course_codes -> no completed "
            "basic course", case="training:other FLETC course")
    h = T("H1227").misc().short().basic("completed").verified()
    h.label("VERIFIED_LEO", "verified AND basic completed: verification comes first",
            case="training:verified+basic")
    h = T("H1228", "BASIC").misc().basic("failed")
    h.label("NOT_APPLICABLE", "BASIC track, basic failed, no short course", case="training:"
            "BASIC basic failed")
    h = T("H1229", "BASIC")
    h.label("NOT_APPLICABLE", "BASIC track, no training rows", case="training:BASIC no rows")
    h = T("H1230", "BASIC").misc().basic("enrolled")
    h.label("NOT_APPLICABLE", "BASIC track, basic enrolled", case="training:BASIC enrolled")
    h = T("H1231").misc().short().basic("withdrawn", start=60).basic(
        "completed", start=240, end=370, fmt="us").nonsworn(1)
    h.course("ICE-LEGAL-101", "Immigration Law Refresher", "enrolled", 400, None)
    h.label("REMEDIATED", "many rows: basic withdrawn then completed (US-format dates)",
            case="training:many rows")
    h = T("H1232").misc().short().basic("completed").gap()
    h.label("REMEDIATED", "coverage gap but basic completed: README step 4 puts a "
            "completed basic course before review", case="training:gap+basic completed")
    h = T("H1233").misc().short().basic("enrolled").gap()
    h.label("MANUAL_REVIEW", "coverage gap, basic only enrolled", case="training:gap+basic "
            "enrolled")
    h = T("H1234").misc().short(fmt="us").nonsworn(2)
    h.label("RECALL", "training dates in US format; short track, no record",
            case="training:US dates")

    # ================= hire-side data ===================================================
    D = lambda hid, track="LEO", **kw: Hire(hid, "hire-data", track=track, **kw)  # noqa
    h = D("H1301", dob_fmt="blank").misc().short().cert("MN")
    h.label("MANUAL_REVIEW", "blank DOB: a sworn MN cert with the same names can only be a "
            "lead (strong link needs the full DOB)", case="hire:blank DOB lead")
    h = D("H1302", dob_fmt="blank").misc().short().nonsworn(0)
    h.label("RECALL", "blank DOB but nobody in any registry shares the surname: nothing to "
            "link, so not verified -> RECALL", case="hire:blank DOB no candidate")
    h = D("H1303", "BASIC", dob_fmt="blank").misc().basic()
    h.label("NOT_APPLICABLE", "blank DOB, full track", case="hire:blank DOB BASIC")
    h = D("H1304", dob_fmt="blank").misc().short().cert("MN").basic("completed")
    h.label("REMEDIATED", "blank DOB lead but basic completed (README step 4 order)",
            case="hire:blank DOB lead+basic")
    h = D("H1305").misc().short()
    h.reg_middle = "Anne"
    h.verified()
    h.label("VERIFIED_LEO", "hire middle blank, registry middle 'Anne': blank is unknown, "
            "not a disagreement", case="hire:blank middle")
    h = D("H1306", middle="Louise").misc().short().verified()
    h.label("VERIFIED_LEO", "hire middle 'Louise', registry middle blank",
            case="hire:middle vs blank")
    h = D("H1307", middle="R.").misc().short()
    h.reg_middle = "Raymond"
    h.verified()
    h.label("VERIFIED_LEO", "middle initial 'R.' vs 'Raymond' (allowed)",
            case="hire:middle initial")
    h = D("H1308", suffix="Jr").misc().short()
    h.verified(last=h.reg_last + " Jr")
    h.label("VERIFIED_LEO", "hire suffix in own column 'Jr'; registry surname 'X Jr' "
            "(suffix written into the surname, allowed)", case="hire:suffix column vs "
            "registry in surname")
    h = D("H1309", suffix="III").misc().short().verified()
    h.label("VERIFIED_LEO", "hire suffix 'III' in own column, registry surname plain",
            case="hire:suffix column")
    h = D("H1310").misc().short()
    h.last = h.reg_last + " Jr."
    h.verified()
    h.label("VERIFIED_LEO", "suffix inside hire last_name 'X Jr.', registry plain",
            case="hire:suffix in last_name")
    h = D("H1311").misc().short()
    h.last = h.reg_last + " Sr"
    h.verified(last=h.reg_last + " Sr.")
    h.label("VERIFIED_LEO", "suffix in surname on both sides, 'Sr' vs 'Sr.'",
            case="hire:suffix both sides")
    h = D("H1312", suffix="Jr").misc().short().nonsworn(1)
    h.label("RECALL", "suffix column, no registry record", case="hire:suffix no record")
    h = D("H1313").misc().short()
    h.first, h.last = h.reg_first.upper(), h.reg_last.upper()
    h.verified()
    h.label("VERIFIED_LEO", "hire names ALL CAPS, registry mixed case", case="hire:caps")
    h = D("H1314").misc().short()
    h.verified(first=h.reg_first.upper(), last=h.reg_last.upper(), middle="")
    h.label("VERIFIED_LEO", "registry names ALL CAPS, hire mixed", case="hire:registry caps")
    h = D("H1315").misc().short().nonsworn(2)
    h.first, h.last = h.reg_first.upper(), h.reg_last.upper()
    h.label("RECALL", "ALL CAPS hire, no registry record", case="hire:caps no record")
    h = D("H1316").misc().short()
    h.first, h.last = h.reg_first.upper(), h.reg_last.upper() + " JR"
    h.verified()
    h.label("VERIFIED_LEO", "ALL CAPS with 'JR' inside last_name", case="hire:caps+suffix")
    # hire date formats on both sides of the 12-month and 3-year lines
    h = D("H1317", hd=date(2021, 4, 2), hire_fmt="us").misc().short()
    h.verified(issued=date(2020, 3, 15))
    h.label("VERIFIED_LEO", "hire_date '04/02/2021' = 2 Apr 2021; cert issued 2020-03-15 -> "
            "12.5 months (read as 4 Feb it would be 10.7 months)", case="hire:US date 12mo")
    h = D("H1318", hd=date(2021, 2, 4)).misc().short()
    h.verified(issued=date(2020, 3, 15))
    h.label("RECALL", "hire 2021-02-04 ISO, cert issued 2020-03-15 -> 10.7 months < 12; "
            "other side of H1317", case="hire:ISO date under 12mo")
    h = D("H1319", hd=date(2021, 10, 2), hire_fmt="us").misc().short()
    h.cert("MN", status="inactive", issued=date(2010, 6, 1), sep=date(2018, 9, 20))
    h.label("RECALL", "hire_date '10/02/2021' = 2 Oct 2021; separated 2018-09-20 -> 3y12d "
            "> 3y window (read as 10 Feb it would verify); low-priority recall",
            case="hire:US date window out")
    h = D("H1320", hd=date(2021, 2, 10), hire_fmt="us").misc().short()
    h.cert("MN", status="inactive", issued=date(2010, 6, 1), sep=date(2018, 2, 20))
    h.label("VERIFIED_LEO", "hire_date '02/10/2021' = 10 Feb 2021; separated 2018-02-20 -> "
            "inside 3y (read as 2 Oct it would not)", case="hire:US date window in")
    h = D("H1321", dob=date(1984, 11, 23), dob_fmt="us").misc().short().verified()
    h.label("VERIFIED_LEO", "hire DOB in US format '11/23/1984' = registry 1984-11-23",
            case="hire:US DOB")
    h = D("0042").misc().short().verified()
    h.label("VERIFIED_LEO", "hire_id '0042' (leading zeros) verified; must stay '0042' in "
            "outputs", case="leading-zero:0042")
    h = D("42").misc().short().nonsworn(0)
    h.label("RECALL", "hire_id '42' is another person from '0042'; no record",
            case="leading-zero:42")
    h = D("000123").misc().short().basic("completed").nonsworn(1)
    h.label("REMEDIATED", "hire_id '000123': its basic-course row (hire_id '000123') "
            "completes basic", case="leading-zero:000123")
    h = D("123").misc().short().basic("enrolled").nonsworn(2)
    h.label("RECALL", "hire_id '123': its own basic row is only enrolled; 000123's completed "
            "row must not attach here", case="leading-zero:123")
    h = D("H1322", basis="").misc().short().verified()
    h.label("VERIFIED_LEO", "screening_basis blank (optional)", case="hire:no basis")
    h = D("H1323", basis="manual:recruiter").misc().short().nonsworn(0)
    h.label("RECALL", "screening_basis 'manual:recruiter'; basis never verifies",
            case="hire:other basis")
    h = D("H1324").misc().short()
    h.resume = "Patrol Officer, Reno Police Department, Nevada, 2016-2023."
    h.hd = date(2023, 8, 14)
    h.training = []
    h.misc().short()
    h.label("MANUAL_REVIEW", "no employment history; resume claims sworn job in NV (not "
            "loaded) ending 2023, hire 2023 -> coverage gap (README example)",
            case="hire:resume-only gap")
    h = D("H1325").misc().short()
    h.label("RECALL", "resume_text blank, no history, no record -> RECALL",
            case="hire:no resume")
    h = D("H1326").misc().short()
    h.job("Minneapolis Police Department", "Police Officer", "MN", add_years(h.hd, -5),
          h.hd - timedelta(days=60))
    h.label("RECALL", "sworn job claimed in MN (registry loaded) but no MN record: not a "
            "coverage gap -> RECALL", case="hire:claim in loaded state")
    h = D("H1327").misc().short()
    h.job("Las Vegas Metropolitan Police Department", "Police Officer", "NV",
          add_years(h.hd, -12), add_years(h.hd, -5))
    h.resume = "Grocery store manager since leaving police work."
    h.label("RECALL", "sworn NV job ended 5 years before hire: before the 3-year window, so "
            "no coverage gap", case="hire:old claim unloaded state")
    h = D("H1328", "BASIC", hire_fmt="us").misc().basic("enrolled")
    h.label("NOT_APPLICABLE", "BASIC, US hire date, basic enrolled", case="hire:BASIC US date")
    return Hire.all


def background(hires, rng):
    """~360 registry rows of other people, ~20 decertifications of other people."""
    taken = {(h.reg_first, h.reg_last, h.dob) for h in hires}
    rows, seen = [], set()
    types = ["Peace Officer"] * 6 + ["Correctional Officer", "Detention Officer",
                                     "Jailer", "Reserve Officer", "Telecommunicator"]
    n = 0
    while len(rows) < 360:
        f, l = rng.choice(BG_FIRST), rng.choice(BG_LAST)
        dob = date(1948, 1, 1) + timedelta(days=rng.randrange(0, 365 * 18))
        if (f, l, dob) in seen or (f, l, dob) in taken:
            continue
        seen.add((f, l, dob))
        src = LOADED[n % 4]
        n += 1
        issued = date(1980, 1, 1) + timedelta(days=rng.randrange(0, 365 * 30))
        sep = issued + timedelta(days=rng.randrange(400, 365 * 15)) if rng.random() < .5 \
            else None
        ctype = CTYPE[src] if src in ("FED", "AZ") and rng.random() < .7 else rng.choice(types)
        rows.append({"source": src, "first_name": f,
                     "middle_name": rng.choice(["", "", "A", "Lee", "Marie", "J"]),
                     "last_name": l, "date_of_birth": iso(dob), "certification_type": ctype,
                     "status": rng.choice(["active", "active", "inactive", "lapsed",
                                           "revoked"]),
                     "issued_date": iso(issued), "separation_date": iso(sep),
                     "agency": AGENCY[src]})
    decerts = []
    for r in rows[::18]:
        decerts.append({"source": r["source"], "first_name": r["first_name"],
                        "last_name": r["last_name"], "date_of_birth": r["date_of_birth"],
                        "action": rng.choice(["revoked", "suspended", "surrendered"]),
                        "action_date": iso(date(2005, 1, 1) +
                                           timedelta(days=rng.randrange(0, 6000))),
                        "reason": "Background record"})
    return rows, decerts


def tables(extra=None):
    rng = random.Random(20261107)
    hires = build()
    if extra:
        extra()
        hires = Hire.all
    ids = [h.hid for h in hires]
    assert len(ids) == len(set(ids)), "duplicate hire_id"
    bg_certs, bg_decerts = background(hires, rng)
    certs = [dict(c) for h in hires for c in h.certs] + bg_certs
    rng.shuffle(certs)
    by_src: dict[str, list[dict]] = {s: [] for s in LOADED}
    for c in certs:
        by_src[c["source"]].append(c)
    out = {}
    for s, rows in by_src.items():
        for k, r in enumerate(rows, 1):
            r["record_id"] = f"{s}-{k:05d}"
        out[f"certifications_{s.lower()}"] = pd.DataFrame(rows, columns=CERT_COLS)
    dec = [dict(d) for h in hires for d in h.decerts] + bg_decerts
    for k, r in enumerate(dec, 1):
        r["record_id"] = f"DEC-{k:04d}"
    out["decertifications"] = pd.DataFrame(dec, columns=DECERT_COLS)
    out["hires"] = pd.DataFrame([h.hire_row() for h in hires], columns=HIRE_COLS)
    out["training"] = pd.DataFrame([t for h in hires for t in h.training], columns=TRAIN_COLS)
    out["employment_history"] = pd.DataFrame([e for h in hires for e in h.emp],
                                             columns=EMP_COLS)
    out["overrides"] = pd.DataFrame([o for h in hires for o in h.overrides], columns=OVR_COLS)
    return out, hires


def write(folder, frames):
    os.makedirs(folder, exist_ok=True)
    for name in os.listdir(folder):
        if name.endswith(".csv") and not name.startswith("expected"):
            os.remove(os.path.join(folder, name))
    for name, df in frames.items():
        df.astype(str).to_csv(os.path.join(folder, f"{name}.csv"), index=False)


def bad_tables():
    """Main data plus rows that break the contract's required-value rules.

    Returns frames and the list of problems expected (file, data row 1-based, column)."""
    t, _ = tables()
    problems = []

    def append(name, row, col, what):
        df = t[name]
        t[name] = pd.concat([df, pd.DataFrame([row], columns=df.columns)], ignore_index=True)
        problems.append((f"{name}.csv", len(t[name]), col, what))

    o = {"hire_id": "H1112", "determination": "RECALL", "reviewer": "R. Okonkwo",
         "reviewed_on": "2024-01-05", "justification": "Analyst decision"}
    append("overrides", {**o, "hire_id": ""}, "hire_id", "blank hire_id")
    append("overrides", {**o, "hire_id": "H1113", "determination": ""}, "determination",
           "blank determination")
    append("overrides", {**o, "hire_id": "H1114", "reviewer": ""}, "reviewer",
           "blank reviewer")
    append("overrides", {**o, "hire_id": "H1115", "justification": ""}, "justification",
           "blank justification")
    append("overrides", {**o, "hire_id": "H1116", "determination": "APPROVED"},
           "determination", "not one of the five determinations")
    tr = {"hire_id": "H1117", "course_code": BASIC, "course_title": "Basic",
          "delivery": "in_person", "start_date": "2023-01-01", "end_date": "2023-05-01",
          "status": "completed"}
    append("training", {**tr, "hire_id": ""}, "hire_id", "blank hire_id")
    append("training", {**tr, "course_code": ""}, "course_code", "blank course_code")
    append("training", {**tr, "hire_id": "H1118", "status": ""}, "status", "blank status")
    append("training", {**tr, "hire_id": "H1119", "status": "passed"}, "status",
           "status not completed/enrolled/withdrawn/failed")
    hr = t["hires"].iloc[0].to_dict()
    append("hires", {**hr, "hire_id": ""}, "hire_id", "blank hire_id")
    append("hires", {**hr, "hire_id": "H1901", "hire_date": ""}, "hire_date",
           "blank hire_date")
    append("hires", {**hr, "hire_id": "H1902", "screening_track": ""}, "screening_track",
           "blank screening_track")
    append("hires", {**hr, "hire_id": "H1903", "hire_date": "2021-02-30"}, "hire_date",
           "not a date")
    append("hires", {**hr, "hire_id": "H1904", "screening_track": "FULL"}, "screening_track",
           "not LEO/BASIC")
    append("hires", {**hr, "hire_id": "H1110"}, "hire_id", "duplicate of an existing hire_id")
    return t, problems


def variants():
    base, hires = tables()
    v = {}
    t = {k: df.copy() for k, df in base.items()}
    del t["overrides"]
    v["no_overrides"] = t
    t = {k: df.copy() for k, df in base.items()}
    t["training"] = pd.concat([t["training"], pd.DataFrame([{
        "hire_id": "H9999", "course_code": SHORT, "course_title": "ERO LEO Virtual",
        "delivery": "online", "start_date": "2022-03-01", "end_date": "2022-03-29",
        "status": "completed"}])], ignore_index=True)
    v["orphan_training"] = t
    t = {k: df.copy() for k, df in base.items()}
    t["overrides"] = pd.concat([t["overrides"], pd.DataFrame([{
        "hire_id": "H9998", "determination": "NOT_APPLICABLE", "reviewer": "R. Okonkwo",
        "reviewed_on": "2024-02-02", "justification": "Typo'd hire id"}])], ignore_index=True)
    v["orphan_override"] = t
    t = {k: df.copy() for k, df in base.items()}
    t["overrides"] = pd.concat([t["overrides"], pd.DataFrame([{
        "hire_id": "H1005", "determination": "NOT_APPLICABLE", "reviewer": "S. Petrakis",
        "reviewed_on": "2025-06-30", "justification": "Second look, conflicting decision"}])],
        ignore_index=True)
    v["duplicate_override"] = t
    t = {k: df.copy() for k, df in base.items()}
    t["overrides"] = t["overrides"].drop(columns=["reviewed_on"])
    v["override_no_reviewed_on"] = t
    t = {k: df.copy() for k, df in base.items()}
    t["hires"] = t["hires"].drop(columns=["middle_name", "suffix", "screening_basis",
                                          "resume_text"])
    v["hires_minimal_columns"] = t
    t = {k: df.copy() for k, df in base.items()}
    m = t["overrides"]["hire_id"] == "H1110"
    assert not m.any()
    t["overrides"] = pd.concat([t["overrides"], pd.DataFrame([{
        "hire_id": "H1112", "determination": " REMEDIATED ", "reviewer": "R. Okonkwo",
        "reviewed_on": "2024-02-02", "justification": "Padded value from a spreadsheet"}])],
        ignore_index=True)
    v["override_padded"] = t
    return v, hires


# ---- probes added AFTER the first run (labels frozen before the probes were run) -------
PROBE_VARIANTS = {
    "value_spellings": ["X01", "X02", "X03", "X04", "X05", "X06", "X07", "X08"],
    "override_bad_date": ["X09"],
    "hire_bad_dob": ["X10"],
}


def probes_value_spellings():
    for hid, track, exp, why in [
        ("X01", "leo", "RECALL|exit 2", "screening_track 'leo' (lower case) is LEO; no "
         "short-course row, no record -> RECALL. NOT_APPLICABLE = a missed recall"),
        ("X02", " LEO ", "RECALL|exit 2", "screening_track ' LEO ' (padded) is LEO"),
        ("X03", "Leo", "RECALL|exit 2", "screening_track 'Leo' is LEO"),
        ("X04", "basic", "NOT_APPLICABLE|exit 2", "screening_track 'basic' is BASIC"),
        ("X05", "FULL", "exit 2|MANUAL_REVIEW", "screening_track 'FULL' is neither LEO nor "
         "BASIC (contract: LEO or BASIC): an input error on a required key, or review; "
         "silently NOT_APPLICABLE assumes full track"),
        ("X06", "SHORT", "exit 2|MANUAL_REVIEW|RECALL", "screening_track 'SHORT' is neither "
         "LEO nor BASIC but says short track; NOT_APPLICABLE would be a missed recall"),
    ]:
        h = Hire(hid, "probe", track=track)
        h.course("ICE-ORIENT", "New Employee Orientation", "completed", 1, 2, "online")
        h.nonsworn(0)
        h.label(exp, why, case=f"probe:track '{track}'")
    h = Hire("X07", "probe").misc().short().basic("passed").nonsworn(1)
    h.label("exit 2|RECALL", "basic status 'passed' is not one of completed/enrolled/"
            "withdrawn/failed: an input error, or not 'completed' -> RECALL; REMEDIATED "
            "would read an unknown status as completion", case="probe:basic status passed")
    h = Hire("X08", "probe", track="BASIC").misc().short("in progress").nonsworn(2)
    h.label("exit 2|RECALL", "BASIC track, short-course row with unknown status 'in "
            "progress': any short-course row puts the hire on the short track -> RECALL "
            "(or an input error naming the status)", case="probe:short status unknown")


def probes_override_bad_date():
    h = Hire("X09", "probe").misc().short().nonsworn(0)
    h.ovr("REMEDIATED", why="Completed basic elsewhere")
    h.overrides[0]["reviewed_on"] = "2024-13-01"
    h.label("exit 2", "override reviewed_on '2024-13-01' is not a date: input error naming "
            "overrides.csv/row/reviewed_on (blank is allowed, garbage is not)",
            case="probe:override bad reviewed_on")


def probes_hire_bad_dob():
    h = Hire("X10", "probe").misc().short().cert("MN")
    h.dob_fmt = "bad"
    h.label("exit 2|MANUAL_REVIEW", "hire date_of_birth '1985-02-30' is not a date: an "
            "input error naming hires.csv/row/date_of_birth; read as unknown it can only "
            "be a lead to the same-name MN cert -> review; never VERIFIED",
            case="probe:hire bad DOB")


def _track_probe(hid, track, exp, why):
    def fn():
        h = Hire(hid, "probe", track=track)
        h.course("ICE-ORIENT", "New Employee Orientation", "completed", 1, 2, "online")
        h.nonsworn(0)
        h.label(exp, why, case=f"probe2:track '{track}'")
    return fn


def _status_probe(hid, status, exp, why):
    def fn():
        h = Hire(hid, "probe").misc().short().basic(status).nonsworn(1)
        h.label(exp, why, case=f"probe2:basic status '{status}'")
    return fn


# second round (after the first probes showed FULL->BASIC, SHORT->LEO, passed->completed)
PROBES2 = {
    "probe2_track_tbd": _track_probe("X11", "TBD", "exit 2|MANUAL_REVIEW", "screening_track "
                                     "'TBD' means nothing: input error or review; silently "
                                     "NOT_APPLICABLE would hide a possible recall"),
    "probe2_track_le0": _track_probe("X12", "LE0", "exit 2|MANUAL_REVIEW|RECALL",
                                     "screening_track 'LE0' (zero for O), a keying error for "
                                     "LEO; NOT_APPLICABLE silently = possible missed recall"),
    "probe2_status_incomplete": _status_probe("X13", "incomplete", "exit 2|RECALL",
                                              "basic status 'incomplete' is not completed; "
                                              "REMEDIATED = missed recall"),
    "probe2_status_pending": _status_probe("X14", "pending", "exit 2|RECALL",
                                           "basic status 'pending' is not completed"),
    "probe2_status_tbd": _status_probe("X15", "TBD", "exit 2|RECALL",
                                       "basic status 'TBD' is unknown, not completed"),
}


def _name_probe(hid, first, last, reg_first, reg_last, why):
    def fn():
        h = Hire(hid, "probe", first=first, last=last).misc().short()
        h.verified(first=reg_first, last=reg_last)
        h.label("VERIFIED_LEO", why, case=f"probe3:surname '{last}'")
    return fn


# third round (after 'TBD' was read as blank): real surnames that look like null tokens
PROBES3 = {
    "probe3_surname_NA": _name_probe("X16", "MINJUN", "NA", "Minjun", "Na",
                                     "Korean surname Na written in ALL CAPS ('NA'); exact "
                                     "DOB, sworn MN cert 'Minjun Na' -> verified; reading "
                                     "'NA' as blank would wrongly send to review/recall"),
    "probe3_surname_Null": _name_probe("X17", "Gretchen", "Null", "Gretchen", "Null",
                                       "real surname 'Null' on both sides; verified"),
}


def probes_nmn():
    for hid, mid, reg_mid in [("X18", "NMN", "Anne"), ("X19", "NMI", "Raymond")]:
        h = Hire(hid, "probe", middle=mid).misc().short()
        h.reg_middle = reg_mid
        h.verified()
        h.label("VERIFIED_LEO|MANUAL_REVIEW", f"hire middle_name '{mid}' is the federal HR "
                f"placeholder for 'no middle name/initial', registry middle '{reg_mid}'; "
                "exact first, last, DOB, sworn cert. Preferred VERIFIED_LEO; review (a "
                "middle-name disagreement lead) is the safe side; RECALL would be wrong",
                case=f"probe4:middle '{mid}'")


# fourth round: 'no middle name' placeholders in hire data
PROBES4 = {"probe4_middle_placeholder": probes_nmn}


PROBES = {"value_spellings": probes_value_spellings,
          "override_bad_date": probes_override_bad_date,
          "hire_bad_dob": probes_hire_bad_dob}


def write_probes():
    for name, fn in PROBES.items():
        t, _ = tables(fn)
        if name == "hire_bad_dob":
            t["hires"].loc[t["hires"].hire_id == "X10", "date_of_birth"] = "1985-02-30"
        d = os.path.join(HERE, "variants", name)
        shutil.rmtree(d, ignore_errors=True)
        write(d, t)


def write_probes2():
    for name, fn in PROBES2.items():
        t, _ = tables(fn)
        d = os.path.join(HERE, "variants", name)
        shutil.rmtree(d, ignore_errors=True)
        write(d, t)


def write_probe2_labels():
    path = os.path.join(HERE, "expected_probes2_before_run.csv")
    if os.path.exists(path):
        raise SystemExit("probe labels exist and are frozen; not overwriting")
    rows = []
    for name, fn in PROBES2.items():
        tables(fn)
        for h in Hire.all:
            if h.group == "probe":
                rows.append({"variant": name, "hire_id": h.hid, "expected": h.expected,
                             "case": h.case, "why": h.why})
    pd.DataFrame(rows).to_csv(path, index=False)


def write_probes3(labels=False, which=None, fname="expected_probes3_before_run.csv"):
    path = os.path.join(HERE, fname)
    rows = []
    for name, fn in (which or PROBES3).items():
        t, _ = tables(fn)
        for h in Hire.all:
            if h.group == "probe":
                rows.append({"variant": name, "hire_id": h.hid, "expected": h.expected,
                             "case": h.case, "why": h.why})
        if not labels:
            d = os.path.join(HERE, "variants", name)
            shutil.rmtree(d, ignore_errors=True)
            write(d, t)
    if labels:
        if os.path.exists(path):
            raise SystemExit("probe labels exist and are frozen; not overwriting")
        pd.DataFrame(rows).to_csv(path, index=False)


def write_probe_labels():
    path = os.path.join(HERE, "expected_probes_before_run.csv")
    if os.path.exists(path):
        raise SystemExit("probe labels exist and are frozen; not overwriting")
    rows = []
    for name, fn in PROBES.items():
        tables(fn)
        for h in Hire.all:
            if h.group == "probe":
                rows.append({"variant": name, "hire_id": h.hid, "expected": h.expected,
                             "case": h.case, "why": h.why})
        rows.append({"variant": name, "hire_id": "*", "expected": "as main",
                     "case": "-", "why": "all other hires as in expected.csv unless the "
                     "run stops with exit 2"})
    pd.DataFrame(rows).to_csv(path, index=False)


def write_labels():
    main = os.path.join(HERE, "expected_before_run.csv")
    var = os.path.join(HERE, "expected_variants_before_run.csv")
    if os.path.exists(main) or os.path.exists(var):
        raise SystemExit("labels exist and are frozen; not overwriting")
    _, hires = tables()
    pd.DataFrame([{"hire_id": h.hid, "expected_determination": h.expected, "case": h.case,
                   "why": h.why} for h in hires]).to_csv(main, index=False)
    rows = []
    bydet = {h.hid: h for h in hires}
    for h in hires:
        if h.overrides:
            rows.append({"variant": "no_overrides", "hire_id": h.hid, "expected": h.base,
                         "why": "without overrides.csv the audit's own outcome: "
                                + h.why})
    rows.append({"variant": "no_overrides", "hire_id": "*", "expected": "exit 0",
                 "why": "overrides is optional; everyone else as in the main labels"})
    rows += [
        {"variant": "orphan_training", "hire_id": "*", "expected": "exit 0|exit 2",
         "why": "training row for H9999 not in hires: contract silent; either ignored "
                "(all determinations as main, no H9999 row in outputs) or an input error "
                "naming training.csv, its row and hire_id"},
        {"variant": "orphan_override", "hire_id": "*", "expected": "exit 2|exit 0",
         "why": "override for H9998 not in hires: contract silent; an error naming "
                "overrides.csv/row/hire_id is safer (a mistyped id silently drops an "
                "analyst decision); if exit 0, no H9998 in outputs and all else as main"},
        {"variant": "duplicate_override", "hire_id": "H1005",
         "expected": "exit 2|NOT_APPLICABLE",
         "why": "two overrides for H1005 (RECALL 2021, NOT_APPLICABLE 2025): contract "
                "silent; an error, or the latest reviewed_on; never a silent arbitrary pick"},
        {"variant": "override_no_reviewed_on", "hire_id": "*", "expected": "exit 2",
         "why": "contract: 'A column must be present when its table is'; reviewed_on is a "
                "listed overrides column (only its value may be blank)"},
        {"variant": "hires_minimal_columns", "hire_id": "*", "expected": "exit 0",
         "why": "middle_name, suffix, screening_basis, resume_text are marked optional"},
        {"variant": "hires_minimal_columns", "hire_id": "H1324", "expected": "RECALL",
         "why": "without resume_text its only sworn claim is gone"},
        {"variant": "override_padded", "hire_id": "H1112", "expected": "REMEDIATED|exit 2",
         "why": "' REMEDIATED ' with spaces: trimmed, or an error naming the cell; "
                "never silently ignored (H1112 base RECALL)"},
    ]
    _, problems = bad_tables()
    for f, r, c, what in problems:
        rows.append({"variant": "bad", "hire_id": f"{f} row {r} (line {r + 1})",
                     "expected": f"exit 2: {f} / row / {c}", "why": what})
    rows.append({"variant": "bad", "hire_id": "*", "expected": "exit 2",
                 "why": "all problems reported at once, no names/DOBs in messages, "
                        "nothing written to --out"})
    pd.DataFrame(rows, columns=["variant", "hire_id", "expected", "why"]).to_csv(
        var, index=False)
    assert all(bydet)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bad", action="store_true")
    ap.add_argument("--variants", action="store_true")
    ap.add_argument("--labels", action="store_true")
    ap.add_argument("--probes", action="store_true")
    ap.add_argument("--probe-labels", action="store_true")
    ap.add_argument("--probes2", action="store_true")
    ap.add_argument("--probe2-labels", action="store_true")
    ap.add_argument("--probes3", action="store_true")
    ap.add_argument("--probe3-labels", action="store_true")
    ap.add_argument("--probes4", action="store_true")
    ap.add_argument("--probe4-labels", action="store_true")
    ap.add_argument("--all", action="store_true", help="main, bad/, variants/ and probes")
    a = ap.parse_args()
    if a.all:
        t, hires = tables()
        write(HERE, t)
        write(os.path.join(HERE, "bad"), bad_tables()[0])
        v, _ = variants()
        for name, tt in v.items():
            d = os.path.join(HERE, "variants", name)
            shutil.rmtree(d, ignore_errors=True)
            write(d, tt)
        write_probes()
        write_probes2()
        write_probes3()
        write_probes3(which=PROBES4)
        print("hires:", len(hires))
    elif a.probes4 or a.probe4_labels:
        write_probes3(labels=a.probe4_labels, which=PROBES4,
                      fname="expected_probes4_before_run.csv")
    elif a.probes3 or a.probe3_labels:
        write_probes3(labels=a.probe3_labels)
    elif a.probes2:
        write_probes2()
    elif a.probe2_labels:
        write_probe2_labels()
    elif a.probes:
        write_probes()
    elif a.probe_labels:
        write_probe_labels()
    elif a.bad:
        t, _ = bad_tables()
        write(os.path.join(HERE, "bad"), t)
    elif a.variants:
        v, _ = variants()
        for name, t in v.items():
            d = os.path.join(HERE, "variants", name)
            shutil.rmtree(d, ignore_errors=True)
            write(d, t)
    elif a.labels:
        write_labels()
    else:
        t, hires = tables()
        write(HERE, t)
        print({k: len(v) for k, v in t.items()}, "hires:", len(hires))


if __name__ == "__main__":
    main()
