#!/usr/bin/env python3
"""heldout_gen10: an independent held-out world for leo-audit, built from the data contract
only. Emphasis: families and populations as a census would produce them (fathers and sons
with one name, twins, cousins, married couples, siblings), realistic name distributions and
registry crowding, realistic noise.

    python make.py --out DATA_DIR --truth TRUTH_CSV [--seed 1010]
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import sys
import unicodedata
from dataclasses import dataclass, field

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import names as N  # noqa: E402

D = dt.date
HIRE_START, HIRE_END = D(2023, 1, 9), D(2025, 6, 27)
COVERED = ["TX", "CA", "NY", "IL", "AZ", "FL", "FED"]
FULL_DOB_SOURCES = ["TX", "CA", "NY", "IL", "AZ", "FED"]
STATE_NAME = {"TX": "Texas", "CA": "California", "NY": "New York", "IL": "Illinois",
              "AZ": "Arizona", "FL": "Florida", "NV": "Nevada", "WA": "Washington",
              "OR": "Oregon", "CO": "Colorado", "OH": "Ohio", "GA": "Georgia",
              "MI": "Michigan", "PA": "Pennsylvania", "NC": "North Carolina",
              "TN": "Tennessee", "OK": "Oklahoma", "NM": "New Mexico"}
COMM_MIX = {
    "TX": {"hisp": 42, "anglo": 33, "aa": 14, "viet": 5, "arab": 3, "kor": 1, "chn": 1, "slav": 1},
    "CA": {"hisp": 34, "anglo": 30, "viet": 8, "kor": 6, "chn": 8, "aa": 7, "arab": 4, "slav": 3},
    "NY": {"anglo": 32, "aa": 20, "hisp": 20, "slav": 10, "chn": 8, "kor": 4, "arab": 5, "viet": 1},
    "IL": {"anglo": 34, "slav": 20, "hisp": 20, "aa": 19, "arab": 5, "kor": 1, "chn": 1},
    "AZ": {"hisp": 45, "anglo": 44, "aa": 5, "viet": 2, "arab": 2, "slav": 2},
    "FL": {"anglo": 40, "hisp": 30, "aa": 24, "viet": 2, "slav": 2, "arab": 2},
    "FED": {"anglo": 40, "hisp": 30, "aa": 14, "arab": 4, "slav": 4, "chn": 3, "viet": 3, "kor": 2},
}
REG_SIZE = {"TX": 15500, "CA": 13000, "NY": 7000, "IL": 6000, "AZ": 5000, "FL": 7500, "FED": 3500}

SWORN = {"TX": ["Peace Officer"], "CA": ["Police Officer", "Deputy Sheriff"],
         "NY": ["Police Officer", "State Trooper"], "IL": ["Law Enforcement Officer"],
         "AZ": ["Peace Officer"], "FL": ["Law Enforcement Officer"],
         "FED": ["Federal Law Enforcement Officer", "Border Patrol Agent", "Special Agent"]}
NONSWORN = {"TX": ["Jailer", "Telecommunicator"],
            "CA": ["Correctional Officer", "Public Safety Dispatcher", "Reserve Officer"],
            "NY": ["Correction Officer"], "IL": ["Correctional Officer"],
            "AZ": ["Detention Officer", "Reserve Peace Officer"], "FL": ["Correctional Officer"],
            "FED": ["Correctional Officer"]}
AGENCIES = {
    "TX": [("Houston Police Department", "Houston"), ("Dallas Police Department", "Dallas"),
           ("El Paso Police Department", "El Paso"), ("Harris County Sheriff's Office", "Houston"),
           ("Bexar County Sheriff's Office", "San Antonio"), ("Texas Department of Public Safety", "Austin")],
    "CA": [("Los Angeles Police Department", "Los Angeles"), ("Fresno Police Department", "Fresno"),
           ("San Diego County Sheriff's Department", "San Diego"), ("Sacramento Police Department", "Sacramento"),
           ("California Highway Patrol", "Sacramento")],
    "NY": [("New York City Police Department", "New York"), ("Buffalo Police Department", "Buffalo"),
           ("Nassau County Police Department", "Mineola"), ("New York State Police", "Albany")],
    "IL": [("Chicago Police Department", "Chicago"), ("Cook County Sheriff's Office", "Chicago"),
           ("Rockford Police Department", "Rockford"), ("Illinois State Police", "Springfield")],
    "AZ": [("Phoenix Police Department", "Phoenix"), ("Tucson Police Department", "Tucson"),
           ("Maricopa County Sheriff's Office", "Phoenix"), ("Mesa Police Department", "Mesa")],
    "FL": [("Tampa Police Department", "Tampa"), ("Miami-Dade Police Department", "Miami"),
           ("Hillsborough County Sheriff's Office", "Tampa"), ("Orlando Police Department", "Orlando")],
    "FED": [("U.S. Customs and Border Protection", "Washington"), ("Drug Enforcement Administration", "Washington"),
            ("Federal Bureau of Investigation", "Washington"), ("U.S. Marshals Service", "Washington")],
}
NONSWORN_AGENCY = {"TX": "Texas Department of Criminal Justice", "CA": "California Department of Corrections and Rehabilitation",
                   "NY": "New York State Department of Corrections", "IL": "Illinois Department of Corrections",
                   "AZ": "Maricopa County Sheriff's Office", "FL": "Florida Department of Corrections",
                   "FED": "Federal Bureau of Prisons"}
UNCOVERED_AG = {"NV": ("Reno Police Department", "Reno"), "WA": ("Spokane Police Department", "Spokane"),
                "OR": ("Eugene Police Department", "Eugene"), "CO": ("Colorado Springs Police Department", "Colorado Springs"),
                "OH": ("Cleveland Division of Police", "Cleveland"), "GA": ("Savannah Police Department", "Savannah"),
                "MI": ("Grand Rapids Police Department", "Grand Rapids"), "PA": ("Allentown Police Department", "Allentown"),
                "NC": ("Durham Police Department", "Durham"), "OK": ("Tulsa Police Department", "Tulsa"),
                "NM": ("Albuquerque Police Department", "Albuquerque")}
FIELD_OFFICES = ["Houston", "Dallas", "San Antonio", "El Paso", "Los Angeles", "San Diego", "San Francisco",
                 "New York City", "Buffalo", "Chicago", "Phoenix", "Miami", "Orlando", "Atlanta", "Denver",
                 "Seattle", "St. Paul", "Newark", "Philadelphia", "Detroit", "Salt Lake City", "New Orleans"]
POSITIONS = [("Deportation Officer", "1801"), ("Immigration Enforcement Agent", "1801"),
             ("Detention and Deportation Officer", "1801"), ("Enforcement and Removal Assistant", "1802")]
NONLE_JOBS = [("Loan Officer", "First National Bank"), ("Compliance Officer", "Meridian Health Systems"),
              ("Customer Service Representative", "Comcast"), ("Warehouse Supervisor", "Amazon"),
              ("Safety Officer", "Bechtel Construction"), ("Probation Aide", "County Court Services"),
              ("Security Officer", "Allied Universal"), ("Loss Prevention Officer", "Target"),
              ("Admissions Officer", "State University"), ("Retail Manager", "Walgreens"),
              ("Financial Aid Officer", "Community College"), ("Truck Driver", "Swift Transportation")]


def strip_acc(s: str) -> str:
    s = s.replace("Ł", "L").replace("ł", "l").replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s: str) -> str:
    s = strip_acc(s or "").lower()
    return "".join(c if c.isalpha() or c == " " else " " if c in "-" else "" for c in s).strip()


SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def tokens(s: str) -> list[str]:
    out = []
    for t in norm(s).split():
        if t in SUFFIXES:
            continue
        out.append(t)
        for art in ("al", "el"):
            if t.startswith(art) and len(t) > len(art) + 3:
                out.append(t[len(art):])
    return [t for t in out if t not in ("al", "el")]


def edit(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


NICK_PAIRS = set()
for formal, nicks in N.NICK.items():
    for n in nicks:
        NICK_PAIRS.add((norm(formal), norm(n)))
        NICK_PAIRS.add((norm(n), norm(formal)))
for formal, vs in N.ARAB_VARIANTS.items():
    for v in vs:
        NICK_PAIRS.add((norm(formal), norm(v)))
        NICK_PAIRS.add((norm(v), norm(formal)))


def first_related(a: str, b: str) -> bool:
    a, b = norm(a).replace(" ", ""), norm(b).replace(" ", "")
    if not a or not b:
        return True
    if a == b or a.startswith(b) or b.startswith(a):
        return True
    if (a, b) in NICK_PAIRS or edit(a, b) <= 2:
        return True
    if a[1:] == b[1:] or a[0] == b[0] and len(set(a) & set(b)) >= min(len(a), len(b)) - 1:
        return True
    return False


def last_related(a: str, b: str) -> bool:
    ta, tb = set(tokens(a)), set(tokens(b))
    if ta & tb:
        return True
    return edit("".join(norm(a).split()), "".join(norm(b).split())) <= 1


def dob_variants(d: D) -> set:
    out = {d}
    if d.day <= 12:
        try:
            out.add(D(d.year, d.day, d.month))
        except ValueError:
            pass
    s = d.strftime("%Y%m%d")
    for i in range(8):
        for c in "0123456789":
            t = s[:i] + c + s[i + 1:]
            try:
                out.add(dt.datetime.strptime(t, "%Y%m%d").date())
            except ValueError:
                pass
        if i < 7:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            try:
                out.add(dt.datetime.strptime(t, "%Y%m%d").date())
            except ValueError:
                pass
    return out


def add_months(d: D, m: int) -> D:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, 28)
    return D(y, mo, day)


def months_between(a: D, b: D) -> int:
    m = (b.year - a.year) * 12 + (b.month - a.month)
    if b.day < a.day:
        m -= 1
    return m


@dataclass
class P:
    pid: int
    first: str
    middle: str
    last: str
    suffix: str
    sex: str
    dob: D
    comm: str
    maiden: str = ""


@dataclass
class World:
    rng: random.Random
    hires: list = field(default_factory=list)
    history: list = field(default_factory=list)
    training: list = field(default_factory=list)
    certs: dict = field(default_factory=lambda: {s: [] for s in COVERED})
    decerts: list = field(default_factory=list)
    truth: list = field(default_factory=list)
    persons: dict = field(default_factory=dict)
    next_pid: int = 1
    next_rec: dict = field(default_factory=lambda: {s: 0 for s in COVERED})
    next_hire: int = 1
    protect: dict = field(default_factory=dict)      # dob -> [(first, last, hire pid)]
    protect_year: dict = field(default_factory=dict)  # (year, token) -> [first]
    intended: dict = field(default_factory=dict)     # hire pid -> set of pids allowed to collide
    placed: dict = field(default_factory=dict)       # dob -> [(first, last, pid)] of every person
    rare_used: set = field(default_factory=set)
    fl_year: dict = field(default_factory=dict)      # (year, surname token) -> [first] with an FL row

    # ---------------------------------------------------------------- people
    def pick(self, lst, s=1.0):
        w = [1.0 / (i + 1) ** s for i in range(len(lst))]
        return self.rng.choices(lst, weights=w)[0]

    def name_for(self, comm, sex):
        r = self.rng
        mid = ""
        if comm == "anglo":
            first = self.pick(N.ANGLO_M if sex == "M" else N.ANGLO_F, 0.7)
            last = self.pick(N.ANGLO_S, 0.9)
            mid = r.choice(N.COMMON_MIDDLE_M if sex == "M" else N.COMMON_MIDDLE_F + N.ANGLO_F[:20])
        elif comm == "hisp":
            if sex == "M" and r.random() < 0.15:
                first, mid = r.choice(N.HISP_COMPOUND_FIRST_M).split()
            else:
                first = self.pick(N.HISP_M if sex == "M" else N.HISP_F, 0.8)
                mid = r.choice(N.HISP_M if sex == "M" else N.HISP_F) if r.random() < 0.5 else ""
            last = self.pick(N.HISP_S, 0.8)
            if r.random() < 0.25:
                l2 = self.pick(N.HISP_S, 0.8)
                if l2 != last:
                    last = f"{last} {l2}"
        elif comm == "viet":
            first = r.choice(N.VIET_M if sex == "M" else N.VIET_F)
            mid = "Van" if sex == "M" and r.random() < 0.6 else ("Thi" if sex == "F" and r.random() < 0.6
                                                                else r.choice(N.VIET_M if sex == "M" else N.VIET_F))
            last = self.pick(N.VIET_S, 1.2)
        elif comm == "kor":
            first = r.choice(N.KOR_M if sex == "M" else N.KOR_F)
            last = self.pick(N.KOR_S, 1.1)
        elif comm == "chn":
            if r.random() < 0.5:
                first = r.choice(N.CHN_ENG_M if sex == "M" else N.CHN_ENG_F)
                mid = r.choice(N.CHN_M if sex == "M" else N.CHN_F)
            else:
                first = r.choice(N.CHN_M if sex == "M" else N.CHN_F)
            last = self.pick(N.CHN_S, 1.0)
        elif comm == "arab":
            first = self.pick(N.ARAB_M if sex == "M" else N.ARAB_F, 0.7)
            mid = r.choice(N.ARAB_M) if r.random() < 0.4 else ""
            last = r.choice(N.ARAB_S)
        elif comm == "slav":
            first = r.choice(N.SLAV_M if sex == "M" else N.SLAV_F)
            mid = ""
            last = r.choice(N.SLAV_S)
            if sex == "F" and last.endswith("ski"):
                last = last[:-1] + "a"
        else:  # aa
            first = r.choice(N.AA_M if sex == "M" else N.AA_F)
            mid = r.choice(N.COMMON_MIDDLE_M if sex == "M" else N.COMMON_MIDDLE_F)
            last = self.pick(N.AA_S, 0.8)
        return first, mid, last

    def person(self, comm=None, sex=None, first=None, middle=None, last=None, suffix="", dob=None,
               age=(23, 48), ref=None, guard=True, maiden=""):
        r = self.rng
        comm = comm or r.choice(["anglo", "hisp", "aa", "viet", "kor", "chn", "arab", "slav"])
        sex = sex or ("M" if r.random() < 0.72 else "F")
        f0, m0, l0 = self.name_for(comm, sex)
        first = f0 if first is None else first
        middle = m0 if middle is None else middle
        last = l0 if last is None else last
        ref = ref or D(2024, 3, 1)
        tries = 0
        while dob is None or (guard and self.collides(first, last, dob) and tries < 80):
            dob = ref - dt.timedelta(days=r.randint(int(age[0] * 365.25), int(age[1] * 365.25)))
            tries += 1
        p = P(self.next_pid, first, middle, last, suffix, sex, dob, comm, maiden)
        self.next_pid += 1
        self.persons[p.pid] = p
        self.placed.setdefault(dob, []).append((first, last, p.pid))
        return p

    def confusable_with_placed(self, first, last, dob):
        for v in dob_variants(dob):
            for (f, l, _pid) in self.placed.get(v, ()):
                if last_related(last, l) and first_related(first, f):
                    return True
                if v == dob and norm(first) == norm(f):
                    return True
        for t in tokens(last):
            for f in self.fl_year.get((dob.year, t), ()):
                if first_related(first, f):
                    return True
        return False

    def collides(self, first, last, dob, exclude=None):
        for (hf, hl, _pid) in self.protect.get(dob, ()):
            if _pid == exclude:
                continue
            if last_related(last, hl) and first_related(first, hf):
                return True
            if norm(first) == norm(hf):  # possible name change
                return True
            if norm(first) == norm(hl) or norm(last) == norm(hf):  # swapped columns
                return True
        return False

    def collides_year(self, first, last, year, exclude=None):
        for t in tokens(last):
            for hf, _pid in self.protect_year.get((year, t), ()):
                if _pid != exclude and first_related(first, hf):
                    return True
        return False

    def relative_dob(self, first, last, hire, make):
        """draw a relative's dob with make() until it is not confusable with another hire"""
        d = make()
        for _ in range(60):
            if not self.collides(first, last, d, exclude=hire.pid) and not self.collides_year(first, last, d.year, exclude=hire.pid):
                return d
            d = make()
        return d

    def protect_hire(self, p):
        for v in dob_variants(p.dob):
            self.protect.setdefault(v, []).append((p.first, p.last, p.pid))
        for t in tokens(p.last):
            self.protect_year.setdefault((p.dob.year, t), []).append((p.first, p.pid))
        if p.maiden:
            for v in dob_variants(p.dob):
                self.protect.setdefault(v, []).append((p.first, p.maiden, p.pid))

    # ------------------------------------------------------------- rendering
    def reg_name(self, p, src, first=None, middle=None, last=None, mid_style=None, suf_style=None,
                 caps=None, strip=None):
        r = self.rng
        first = p.first if first is None else first
        middle = p.middle if middle is None else middle
        last = p.last if last is None else last
        caps = src in ("TX", "AZ", "FL") if caps is None else caps
        strip = src in ("TX", "AZ", "FL", "NY", "FED") if strip is None else strip
        ms = mid_style or r.choices(["full", "initial", "blank"], [55, 25, 20])[0]
        if ms == "initial" and middle:
            middle = middle[0]
        elif ms == "blank":
            middle = ""
        if p.suffix:
            ss = suf_style or r.choice(["last", "last", "drop"])
            if ss == "last":
                last = f"{last} {p.suffix.upper() if caps else p.suffix}"
        out = [first, middle, last]
        if strip:
            out = [strip_acc(x) for x in out]
        if caps:
            out = [x.upper() for x in out]
        return out

    def hire_name(self, p, first=None, middle=None, last=None, suf_style=None):
        r = self.rng
        first = p.first if first is None else first
        middle = p.middle if middle is None else middle
        last = p.last if last is None else last
        suffix = ""
        if p.suffix:
            ss = suf_style or r.choices(["col", "last", "missing", "middle"], [65, 15, 15, 5])[0]
            if ss == "middle" and middle:
                ss = "col"
            if ss == "col":
                suffix = p.suffix
            elif ss == "last":
                last = f"{last} {p.suffix}"
            elif ss == "middle":
                middle = p.suffix
        if p.comm == "hisp" and r.random() < 0.3:
            first = " ".join(N.ACCENTS.get(w, w) for w in first.split())
            last = " ".join(N.ACCENTS.get(w, w) for w in last.split())
        return first, middle, last, suffix

    def fmt(self, d, src):
        if d is None:
            return ""
        return d.strftime("%m/%d/%Y") if src == "NY" else d.isoformat()

    # ------------------------------------------------------------- records
    def cert(self, p, src, kind="sworn", status=None, issued=None, sep=None, agency=None, ctype=None,
             name=None, dob="self", year_only=None, **kw):
        r = self.rng
        self.next_rec[src] += 1
        rid = f"{src}-{self.next_rec[src]:06d}"
        if ctype is None:
            ctype = r.choice(SWORN[src] if kind == "sworn" else NONSWORN[src])
        if agency is None:
            if kind == "sworn":
                if ctype == "State Trooper":
                    agency = "New York State Police"
                elif ctype == "Border Patrol Agent":
                    agency = "U.S. Customs and Border Protection"
                else:
                    agency = r.choice(AGENCIES[src])[0]
            else:
                agency = NONSWORN_AGENCY[src]
        if status is None:
            status = "active" if sep is None else r.choice(["inactive", "lapsed"])
        f, m, l = name if name else self.reg_name(p, src, **kw)
        d = p.dob if dob == "self" else dob
        row = {"record_id": rid, "source": src, "first_name": f, "middle_name": m, "last_name": l,
               "certification_type": ctype, "status": status,
               "issued_date": self.fmt(issued, src), "separation_date": self.fmt(sep, src),
               "agency": agency, "_pid": p.pid, "_dob": d, "_issued": issued, "_sep": sep}
        if src == "FL":
            row["birth_year"] = "" if d is None else str(d.year)
            if d is not None:
                for t in tokens(p.last):
                    self.fl_year.setdefault((d.year, t), []).append(p.first)
        else:
            row["date_of_birth"] = self.fmt(d, src)
        row["_ctype_kind"] = kind
        self.certs[src].append(row)
        return row

    def decert(self, p, src, action="revoked", date=None, name=None, dob="self", reason="Misconduct"):
        rid = f"DC-{len(self.decerts) + 1:05d}"
        f, l = name if name else (strip_acc(p.first).upper(), strip_acc(p.last).upper())
        d = p.dob if dob == "self" else dob
        self.decerts.append({"record_id": rid, "source": src, "first_name": f, "last_name": l,
                             "date_of_birth": "" if d is None else d.isoformat(), "action": action,
                             "action_date": date.isoformat() if date else "", "reason": reason,
                             "_pid": p.pid, "_dob": d, "_date": date})
        return rid

    def add_hire(self, p, scenario, label, why, track="LEO", name=None, dob="self", resume="",
                 history=(), basic=None, short_course=True, intended=()):
        r = self.rng
        hid = f"{self.next_hire:07d}"
        self.next_hire += 1
        hd = p._hd
        f, m, l, s = name if name else self.hire_name(p)
        d = p.dob if dob == "self" else dob
        pos, series = r.choice(POSITIONS)
        short_course = "extra" if track == "BASIC_SHORTCOURSE" else None
        track = "BASIC" if track == "BASIC_SHORTCOURSE" else track
        if short_course == "extra":
            track_basic = False
        else:
            track_basic = track == "BASIC"
        self.hires.append({"hire_id": hid, "first_name": f, "middle_name": m, "last_name": l,
                           "suffix": s, "date_of_birth": d.isoformat() if d else "",
                           "hire_date": hd.isoformat(), "position_title": pos, "job_series": series,
                           "field_office": r.choice(FIELD_OFFICES), "screening_track": track,
                           "screening_basis": "keyword:officer" if track == "LEO" else "",
                           "resume_text": resume, "_pid": p.pid})
        for h in history:
            emp, title, st, a, b = h
            self.history.append({"hire_id": hid, "employer": emp, "title": title, "state": st,
                                 "start_date": a.isoformat() if a else "",
                                 "end_date": b.isoformat() if b else ""})
        # training
        if track == "LEO" or short_course == "extra":
            st = "completed" if (r.random() < 0.85 or track != "LEO") else "enrolled"
            self.training.append({"hire_id": hid, "course_code": "ERO-LEO-VIRT",
                                  "course_title": "ERO LEO Virtual Transition Course", "delivery": "online",
                                  "start_date": (hd + dt.timedelta(days=7)).isoformat(),
                                  "end_date": (hd + dt.timedelta(days=35)).isoformat() if st == "completed" else "",
                                  "status": st})
        if track_basic:
            self.training.append({"hire_id": hid, "course_code": "FLETC-BIETP",
                                  "course_title": "Basic Immigration Enforcement Training Program",
                                  "delivery": "in_person", "start_date": (hd + dt.timedelta(days=10)).isoformat(),
                                  "end_date": (hd + dt.timedelta(days=150)).isoformat(), "status": "completed"})
        if basic:  # completed / enrolled / withdrawn / failed, after the short track
            start = hd + dt.timedelta(days=r.randint(90, 300))
            self.training.append({"hire_id": hid, "course_code": "FLETC-BIETP",
                                  "course_title": "Basic Immigration Enforcement Training Program",
                                  "delivery": "in_person", "start_date": start.isoformat(),
                                  "end_date": (start + dt.timedelta(days=130)).isoformat() if basic in ("completed", "failed", "withdrawn") else "",
                                  "status": basic})
        if r.random() < 0.3:
            self.training.append({"hire_id": hid, "course_code": "ERO-ORIENT", "course_title": "New Employee Orientation",
                                  "delivery": "online", "start_date": hd.isoformat(),
                                  "end_date": (hd + dt.timedelta(days=2)).isoformat(), "status": "completed"})
        self.truth.append({"hire_id": hid, "expected_determination": label, "scenario": scenario, "why": why})
        self.intended[hid] = set(intended)
        self.hires[-1]["_intended"] = set(intended)
        return hid


def qualifies(c, hd, decert_dates=()):
    if c["_ctype_kind"] != "sworn":
        return False, "not sworn"
    if c["status"] not in ("active", "inactive", "lapsed"):
        return False, "status " + c["status"]
    iss, sep = c["_issued"], c["_sep"]
    if iss > hd:
        return False, "issued after hire"
    end = sep if sep and sep < hd else hd
    if months_between(iss, end) < 12:
        return False, "under 12 months"
    if sep and months_between(sep, hd) > 36:
        return False, "separated beyond 3 years"
    for dd in decert_dates:
        if dd is None or dd <= hd:
            return False, "decertified before hire"
    return True, "qualifies"


# =====================================================================================
# scenario helpers
# =====================================================================================
CROWD = [("hisp", "M", "Jose", "Garcia"), ("hisp", "M", "Juan", "Rodriguez"), ("hisp", "F", "Maria", "Hernandez"),
         ("anglo", "M", "Michael", "Smith"), ("anglo", "M", "James", "Johnson"), ("viet", "M", "Minh", "Nguyen"),
         ("aa", "M", "DeAndre", "Williams"), ("kor", "M", "Ji-hoon", "Kim"), ("anglo", "F", "Jennifer", "Brown"),
         ("hisp", "M", "Jesus", "Martinez"), ("anglo", "M", "Robert", "Jones"), ("hisp", "M", "Luis", "Gonzalez")]
COMM_STATES = {"hisp": ["TX", "CA", "AZ", "FL", "NY"], "anglo": ["TX", "CA", "NY", "IL", "AZ", "FED"],
               "aa": ["TX", "NY", "IL", "FL", "FED"], "viet": ["TX", "CA"], "kor": ["CA", "NY"],
               "chn": ["CA", "NY"], "arab": ["IL", "NY", "CA", "TX", "FED"], "slav": ["IL", "NY", "FED"]}


def rand_hd(w):
    return HIRE_START + dt.timedelta(days=w.rng.randint(0, (HIRE_END - HIRE_START).days))


def new_hire_person(w, comm=None, sex=None, **kw):
    r = w.rng
    comm = comm or r.choices(list(COMM_STATES), [34, 30, 14, 5, 4, 4, 5, 4])[0]
    p = w.person(comm, sex, **kw)
    lst = w.placed[p.dob]
    lst.remove((p.first, p.last, p.pid))
    for _ in range(200):
        if not w.confusable_with_placed(p.first, p.last, p.dob) and not w.collides(p.first, p.last, p.dob) \
                and not w.collides_year(p.first, p.last, p.dob.year):
            break
        p.dob = D(2024, 3, 1) - dt.timedelta(days=r.randint(int(23 * 365.25), int(50 * 365.25)))
    w.placed.setdefault(p.dob, []).append((p.first, p.last, p.pid))
    p._hd = rand_hd(w)
    w.protect_hire(p)
    return p


def src_for(w, p, full_only=True):
    opts = [s for s in COMM_STATES[p.comm] if s != "FL" or not full_only]
    return w.rng.choice(opts)


def pass_dates(w, hd, allow_sep=True):
    r = w.rng
    issued = hd - dt.timedelta(days=r.randint(3 * 365, 15 * 365))
    sep = None
    if allow_sep and r.random() < 0.4:
        sep = add_months(hd, -r.randint(1, 30))
        if months_between(issued, sep) < 15:
            sep = None
    return issued, sep


def year_str(d):
    return str(d.year)


def sworn_claim(w, row, title=None):
    src = row["source"]
    iss, sep = row["_issued"], row["_sep"]
    y2 = "present" if sep is None else str(sep.year)
    ag = row["agency"]
    if src == "FED":
        if row.get("_ctype_kind") == "nonsworn":
            title = "Correctional Officer"
        title = title or ("Border Patrol Agent" if "Border" in ag else "Special Agent")
        return f"{title}, {ag}, {iss.year}-{y2}"
    city = dict(AGENCIES[src]).get(ag, "")
    ct = row["certification_type"]
    if title is None:
        if ct in ("Jailer",):
            title = "Jailer"
        elif "Dispatcher" in ct or "Telecom" in ct:
            title = "Telecommunicator"
        elif "Reserve" in ct:
            title = "Reserve Police Officer"
        elif "Correct" in ct or "Detention" in ct:
            title = ct
        else:
            title = w.rng.choice(["Police Officer", "Patrol Officer", "Deputy Sheriff" if "Sheriff" in ag else "Police Officer",
                                  "State Trooper" if "State Police" in ag or "Public Safety" in ag or "Highway" in ag else "Patrol Officer"])
    if city:
        return f"{title}, {ag}, {city}, {src}, {iss.year}-{y2}"
    return f"{title}, {ag}, {STATE_NAME.get(src, src)}, {iss.year}-{y2}"


def hist_from_cert(row, title="Police Officer"):
    src = row["source"]
    return (row["agency"], title, "" if src == "FED" else src, row["_issued"], row["_sep"])


def nonle_resume(w, hd, n=None):
    r = w.rng
    jobs = r.sample(NONLE_JOBS, n or r.randint(1, 2))
    parts, hist = [], []
    y = hd.year
    for t, emp in jobs:
        a = y - r.randint(2, 6)
        parts.append(f"{t}, {emp}, {a}-{y}")
        hist.append((emp, t, r.choice(["TX", "CA", "WA", "OH", "GA", "NV"]), D(a, r.randint(1, 12), 1), D(y, 1, 1) if y < hd.year else None))
        y = a
    return "; ".join(parts), hist if r.random() < 0.5 else []


def recall_basic(w):
    x = w.rng.random()
    if x < 0.25:
        return "completed", "REMEDIATED"
    if x < 0.35:
        return "enrolled", "RECALL"
    if x < 0.40:
        return w.rng.choice(["withdrawn", "failed"]), "RECALL"
    return None, "RECALL"


def verified_resume(w, row, p):
    r = w.rng
    claim = sworn_claim(w, row)
    title = claim.split(",")[0]
    res = claim if r.random() < 0.75 else ""
    hist = [hist_from_cert(row, title)] if r.random() < 0.55 else []
    return res, hist


FAMILY_MENTION = [
    "My father, {rel}, retired as a sergeant with the {ag} in {st}.",
    "Son of a retired {city} police captain; proud of my family's service.",
    "My twin brother serves as a deputy with the {ag} ({pc}).",
    "My stepfather served 20 years with the {ag} in {st}.",
    "Both my parents were officers with the {ag}.",
    "My older sister is a patrol officer with the {ag}, {city}, {pc}.",
    "My wife is a police officer with the {ag} in {city}, {pc}.",
    "I grew up in a law-enforcement family: my grandfather and my uncle served with the {ag}.",
    "Married to a sworn officer of the {ag} ({st}).",
    "My late father was a detective with the {ag}, {city}, {pc}, for 25 years.",
]


# =====================================================================================
# scenarios
# =====================================================================================
def sc_self_clean(w, crowd=False, suffix=False):
    r = w.rng
    if crowd:
        comm, sex, f, l = r.choice(CROWD)
        p = new_hire_person(w, comm, sex, first=f, last=l)
    else:
        p = new_hire_person(w)
        if suffix and p.sex == "M":
            p.suffix = r.choice(["Jr", "Jr", "II", "III", "Sr"])
    src = src_for(w, p)
    iss, sep = pass_dates(w, p._hd)
    row = w.cert(p, src, "sworn", issued=iss, sep=sep)
    if r.random() < 0.15:  # an earlier non-sworn certificate too (career path)
        w.cert(p, src, "nonsworn", issued=iss - dt.timedelta(days=r.randint(400, 1500)), sep=iss - dt.timedelta(days=30))
    res, hist = verified_resume(w, row, p)
    basic = "completed" if r.random() < 0.06 else None
    ok, why = qualifies(row, p._hd)
    assert ok, why
    sc = "self_crowded_name" if crowd else ("self_suffix" if p.suffix else "self_clean")
    w.add_hire(p, sc, "VERIFIED_LEO", f"own sworn {src} certificate {row['record_id']} qualifies; cosmetic differences only",
               resume=res, history=hist, basic=basic)
    return p


def sc_father_son(w, hire_certified, decert="none"):
    r = w.rng
    comm = r.choice(["anglo", "anglo", "aa", "aa", "hisp"])
    hire_is_son = r.random() < 0.75 or hire_certified
    kw = {}
    if decert in ("blank_sr", "blank_same"):
        comm = "anglo"
        for _ in range(100):
            kw = {"first": r.choice(["Thaddeus", "Ambrose", "Barnaby", "Silas", "Emmett", "Lyle", "Dwight", "Clayton"]),
                  "last": r.choice(N.ANGLO_S[100:])}
            if (kw["first"], kw["last"]) not in w.rare_used:
                break
        w.rare_used.add((kw["first"], kw["last"]))
    base = new_hire_person(w, comm, "M", age=(23, 38) if hire_is_son else (50, 60), **kw)
    gap = r.randint(21, 32)
    if hire_is_son:
        son = base
        son.suffix = r.choice(["Jr", "Jr", "II", "III"]) if not kw else "Jr"
        fsuf = {"Jr": "Sr", "II": "", "III": "II"}[son.suffix]
        fd = w.relative_dob(son.first, son.last, son, lambda: son.dob - dt.timedelta(days=int(r.randint(21, 32) * 365.25) + r.randint(-100, 100)))
        father = w.person(comm, "M", first=son.first, middle=son.middle, last=son.last, suffix=fsuf, dob=fd, guard=False)
        hire, rel = son, father
    else:
        father = base
        father.suffix = r.choice(["Sr", "", ""])
        sd = w.relative_dob(father.first, father.last, father, lambda: father.dob + dt.timedelta(days=int(r.randint(21, 27) * 365.25) + r.randint(-100, 100)))
        son = w.person(comm, "M", first=father.first, middle=father.middle, last=father.last,
                       suffix="Jr" if father.suffix == "Sr" else r.choice(["Jr", "II"]), dob=sd, guard=False)
        hire, rel = father, son
    src = src_for(w, hire)
    rel_iss = D(max(rel.dob.year + 22, 1985), r.randint(1, 12), r.randint(1, 28))
    rel_iss = min(rel_iss, hire._hd - dt.timedelta(days=500))
    rel_sep = None if rel is son or r.random() < 0.3 else add_months(hire._hd, -r.randint(2, 60))
    if rel_sep and rel_sep <= rel_iss:
        rel_sep = None
    rrow = w.cert(rel, src, "sworn", issued=rel_iss, sep=rel_sep)
    if r.random() < 0.3:
        w.cert(rel, r.choice([s for s in COMM_STATES[comm] if s != src and s != "FL"] or [src]), "sworn",
               issued=rel_iss + dt.timedelta(days=200), sep=None)
    intended = {rel.pid}
    if hire_certified:
        iss, sep = pass_dates(w, hire._hd)
        row = w.cert(hire, src, "sworn", issued=iss, sep=sep)
        res, hist = verified_resume(w, row, hire)
        why = f"own {src} cert {row['record_id']} qualifies; {'father' if rel is father else 'son'} {rel.first} {rel.last} {rel.suffix} (dob {rel.dob}) has {rrow['record_id']}"
        label, sc = "VERIFIED_LEO", "father_son_both_certified"
        if decert == "dob":
            w.decert(rel, src, date=hire._hd - dt.timedelta(days=r.randint(100, 2000)))
            sc += "_father_decert_dob"
            why += "; relative's decertification carries relative's DOB"
        elif decert == "blank_sr":
            # father decertified; list has no DOB but names SR; the son's registry row says JR
            rel.suffix = "Sr"
            hire.suffix = "Jr"
            row["last_name"] = strip_acc(hire.last).upper() + " JR"
            w.decert(rel, src, date=hire._hd - dt.timedelta(days=r.randint(100, 2000)), dob=None,
                     name=(strip_acc(rel.first).upper(), strip_acc(rel.last).upper() + " SR"))
            sc += "_father_decert_blankdob_SR"
            why += "; decert with blank DOB names the SR; hire is JR and his own cert says JR"
            return w.add_hire(hire, sc, "VERIFIED_LEO", why, resume=res, history=hist,
                              name=(hire.first, hire.middle, hire.last, "Jr"), intended=intended)
        elif decert == "blank_same":
            w.decert(rel, src, date=hire._hd - dt.timedelta(days=r.randint(100, 2000)), dob=None,
                     name=(strip_acc(rel.first).upper(), strip_acc(rel.last).upper()))
            sc += "_relative_decert_blankdob_samename"
            label = "MANUAL_REVIEW"
            why += "; a decertification with the hire's exact name and no DOB may be his (it is the relative's): genuinely undecidable"
        return w.add_hire(hire, sc, label, why, resume=res, history=hist, intended=intended)
    basic, label = recall_basic(w)
    res, hist = nonle_resume(w, hire._hd)
    if r.random() < 0.3:
        st = src if src != "FED" else "TX"
        ag = r.choice(AGENCIES[st])[0] if src != "FED" else rrow["agency"]
        res = f"My {'father' if rel is father else 'son'} {rel.first} served with the {ag}. " + res
    why = (f"hire never certified; {'father' if rel is father else 'son'} with the same full name "
           f"(dob {rel.dob}, not the hire's {hire.dob}) holds {rrow['record_id']}")
    return w.add_hire(hire, "father_son_same_name_hire_uncertified", label, why, resume=res, history=hist,
                      basic=basic, intended=intended)


def sc_sibling(w):
    r = w.rng
    p = new_hire_person(w)
    sex = r.choice("MF")
    for _ in range(20):
        f, m, _l = w.name_for(p.comm, sex)
        if not first_related(f, p.first):
            break
    def sib_dob():
        d = p.dob + dt.timedelta(days=r.choice([-1, 1]) * r.randint(400, 3300))
        return d if d <= D(2001, 6, 1) else p.dob - dt.timedelta(days=r.randint(400, 3300))
    d = w.relative_dob(f, p.last, p, sib_dob)
    sib_last = p.last
    married = sex == "F" and r.random() < 0.4
    if married:
        sib_last = w.name_for(p.comm, "M")[2]
    sib = w.person(p.comm, sex, first=f, middle=m, last=sib_last, dob=d, guard=False)
    src = src_for(w, p)
    row = w.cert(sib, src, "sworn", issued=p._hd - dt.timedelta(days=r.randint(800, 4000)))
    basic, label = recall_basic(w)
    res, hist = nonle_resume(w, p._hd)
    w.add_hire(p, "sibling_certified_hire_not", label,
               f"hire never certified; {'sister' if sex == 'F' else 'brother'} {f} {sib_last} (dob {d}) holds {row['record_id']}",
               resume=res, history=hist, basic=basic, intended={sib.pid})


def twin_pair(w, kind):
    r = w.rng
    if kind == "rhyme":
        a, b = r.choice(N.TWIN_RHYME)
    elif kind == "letter":
        a, b = r.choice(N.TWIN_LETTER)
    else:
        a, b = r.choice(N.TWIN_MF)
    if r.random() < 0.5:
        a, b = b, a
    return a, b


def sex_of(name):
    fem = set(N.ANGLO_F + N.HISP_F + N.AA_F) | {"Paula", "Danielle", "Christina", "Erica", "Francisca", "Antonia",
                                                "Gabriela", "Juliana", "Louise", "Joelle", "Patricia", "Roberta",
                                                "Mandy", "Candy", "Kaylee", "Baylee", "Emily", "Emma", "Marisol",
                                                "Maricela", "Sofia", "Sara", "Kiara", "Keisha"}
    return "F" if name in fem else "M"


def sc_twin(w, kind, hire_cert=False, twin_decert=False, hire_mid_blank=False):
    r = w.rng
    a, b = twin_pair(w, kind)
    comm = "hisp" if a in ("Carlos", "Cristian", "Francisco", "Francisca", "Antonio", "Antonia", "Marisol", "Maricela") else r.choice(["anglo", "aa", "anglo"])
    mids = r.sample(N.COMMON_MIDDLE_M if sex_of(a) == "M" else N.COMMON_MIDDLE_F, 1)[0]
    midt = r.choice([x for x in (N.COMMON_MIDDLE_M if sex_of(b) == "M" else N.COMMON_MIDDLE_F) if x != mids])
    p = new_hire_person(w, comm, sex_of(a), first=a, middle="" if hire_mid_blank else mids)
    t = w.person(comm, sex_of(b), first=b, middle=midt, last=p.last, dob=p.dob, guard=False)
    src = src_for(w, p)
    trow = w.cert(t, src, "sworn", issued=p._hd - dt.timedelta(days=r.randint(800, 4000)),
                  mid_style="full", status="revoked" if twin_decert else None)
    if hire_mid_blank:
        res, hist = nonle_resume(w, p._hd)
        basic, label = recall_basic(w)
        return w.add_hire(p, f"twin_{kind}_hire_middle_blank", "RECALL|MANUAL_REVIEW" if label == "RECALL" else "REMEDIATED",
                          f"hire {a} (no middle) never certified; twin {b} {midt} {p.last} same dob holds {trow['record_id']}; "
                          "without the hire's middle name a keying slip cannot be fully excluded",
                          resume=res, history=hist, basic=basic, intended={t.pid})
    if hire_cert:
        iss, sep = pass_dates(w, p._hd)
        row = w.cert(p, src, "sworn", issued=iss, sep=sep, mid_style="full")
        res, hist = verified_resume(w, row, p)
        why = f"own cert {row['record_id']} ({a} {mids}) qualifies; twin {b} {midt} holds {trow['record_id']}"
        sc = f"twins_both_certified_{kind}"
        if twin_decert:
            w.decert(t, src, date=p._hd - dt.timedelta(days=r.randint(100, 1500)),
                     name=(strip_acc(b).upper(), strip_acc(p.last).upper()))
            why += f"; twin {b}'s revocation/decert (same dob) is the twin's, both twins are in the registry"
            sc += "_twin_decertified"
        return w.add_hire(p, sc, "VERIFIED_LEO", why, resume=res, history=hist, intended={t.pid})
    basic, label = recall_basic(w)
    res, hist = nonle_resume(w, p._hd)
    return w.add_hire(p, f"twin_{kind}_certified_hire_not", label,
                      f"hire {a} {mids} never certified; twin {b} {midt} (same dob, different first and middle name) holds {trow['record_id']}",
                      resume=res, history=hist, basic=basic, intended={t.pid})


def sc_twin_middle_swap(w):
    r = w.rng
    comm = r.choice(["anglo", "aa", "hisp"])
    sex = "M"
    names = {"anglo": N.ANGLO_M[:40], "aa": N.AA_M, "hisp": N.HISP_M[:30]}[comm]
    a, b = r.sample(names, 2)
    p = new_hire_person(w, comm, sex, first=a, middle=b)
    t = w.person(comm, sex, first=b, middle=a, last=p.last, dob=p.dob, guard=False)
    src = src_for(w, p)
    trow = w.cert(t, src, "sworn", issued=p._hd - dt.timedelta(days=r.randint(800, 4000)), mid_style="full")
    res, hist = nonle_resume(w, p._hd)
    w.add_hire(p, "twin_middle_names_swapped_hire_uncertified", "MANUAL_REVIEW",
               f"hire {a} {b} never certified; twin {b} {a} (same dob) holds {trow['record_id']}: the data cannot tell this "
               "from the hire recorded by his middle name", resume=res, history=hist, intended={t.pid})


def sc_cousin(w, both=False, keystroke=False):
    r = w.rng
    comm, sex, f, l = r.choice(CROWD[:6] + [("anglo", "M", None, None), ("hisp", "M", None, None), ("aa", "M", None, None)])
    p = new_hire_person(w, comm, sex or "M", first=f, last=l)
    if keystroke:
        s = p.dob.strftime("%Y%m%d")
        for _ in range(50):
            i = r.choice([6, 2, 3])
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:] if i in (2, 6) else s[:i] + str((int(s[i]) + r.choice([1, -1])) % 10) + s[i + 1:]
            try:
                d = dt.datetime.strptime(t, "%Y%m%d").date()
                if d != p.dob and abs((d - p.dob).days) < 4000:
                    break
            except ValueError:
                pass
        else:
            d = p.dob + dt.timedelta(days=1)
    else:
        def cousin_dob():
            d = p.dob + dt.timedelta(days=r.choice([-1, 1]) * r.randint(500, 5000))
            return d if d <= D(2001, 6, 1) else p.dob - dt.timedelta(days=r.randint(500, 5000))
        d = w.relative_dob(p.first, p.last, p, cousin_dob)
    mid = "" if keystroke else w.name_for(comm, p.sex)[1]
    c = w.person(comm, p.sex, first=p.first, middle=mid, last=p.last, dob=d, guard=False)
    src = src_for(w, p)
    crow = w.cert(c, src, "sworn", issued=p._hd - dt.timedelta(days=r.randint(800, 4000)),
                  mid_style="blank" if keystroke else None)
    if keystroke:
        res, hist = nonle_resume(w, p._hd)
        return w.add_hire(p, "cousin_same_name_dob_one_keystroke", "MANUAL_REVIEW",
                          f"hire never certified; cousin {c.first} {c.last} born {d} (one keystroke from the hire's {p.dob}) holds "
                          f"{crow['record_id']} with no middle name: indistinguishable from a mistyped birth date",
                          resume=res, history=hist, intended={c.pid})
    if both:
        iss, sep = pass_dates(w, p._hd)
        row = w.cert(p, src, "sworn", issued=iss, sep=sep)
        res, hist = verified_resume(w, row, p)
        return w.add_hire(p, "cousins_same_name_same_state_both_certified", "VERIFIED_LEO",
                          f"own cert {row['record_id']} (dob {p.dob}); cousin same name dob {d} holds {crow['record_id']}",
                          resume=res, history=hist, intended={c.pid})
    basic, label = recall_basic(w)
    res, hist = nonle_resume(w, p._hd)
    return w.add_hire(p, "cousin_same_name_same_state_hire_uncertified", label,
                      f"hire never certified; cousin with the same name (dob {d}) holds {crow['record_id']}",
                      resume=res, history=hist, basic=basic, intended={c.pid})


def sc_spouse(w):
    r = w.rng
    comm = r.choice(["anglo", "hisp", "aa", "viet", "slav", "arab"])
    hire_sex = r.choice("MF")
    p = new_hire_person(w, comm, hire_sex)
    s = w.person(comm, "F" if hire_sex == "M" else "M", last=p.last, age=(25, 50), ref=p._hd, guard=True)
    src = src_for(w, p)
    row = w.cert(s, src, "sworn", issued=p._hd - dt.timedelta(days=r.randint(800, 4000)))
    basic, label = recall_basic(w)
    res, hist = nonle_resume(w, p._hd)
    if r.random() < 0.4:
        res = f"My {'wife' if hire_sex == 'M' else 'husband'} is a police officer. " + res
    w.add_hire(p, "spouse_certified_hire_not", label,
               f"hire never certified; spouse {s.first} {s.last} (dob {s.dob}) holds {row['record_id']}",
               resume=res, history=hist, basic=basic, intended={s.pid})


def sc_married(w, variant):
    r = w.rng
    comm = r.choice(["anglo", "anglo", "hisp", "aa"])
    rare = variant == "nomaiden_rare"
    first = r.choice(["Winifred", "Rosalind", "Imogen", "Philippa", "Henrietta", "Tabitha", "Priscilla", "Xochitl",
                      "Araceli", "Itzel", "Nayeli", "Perla"]) if rare else None
    if variant in ("nomaiden_agency", "nomaiden_common"):
        first = r.choice(["Jennifer", "Jessica", "Ashley", "Maria", "Sarah", "Elizabeth", "Michelle", "Amanda"])
    p = new_hire_person(w, comm, "F", first=first)
    maiden = p.last
    for _ in range(20):
        married = w.name_for(r.choice(["anglo", "hisp", "aa", "slav"]), "M")[2]
        if not last_related(married, maiden):
            break
    p.maiden = maiden
    p.last = married
    w.protect_hire(p)
    src = src_for(w, p)
    iss, sep = pass_dates(w, p._hd)
    mid_style = "blank" if variant.startswith("nomaiden") else None
    regname = None
    if variant == "hyphen_registry":
        regname = w.reg_name(p, src, last=f"{maiden}-{married}")
    else:
        regname = w.reg_name(p, src, last=maiden, mid_style=mid_style)
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, name=regname)
    res, hist = "", []
    if variant == "maiden_middle":
        hname = (p.first, maiden, married, "")
        label, why = "VERIFIED_LEO", "registry holds her under her maiden name, carried as the hire's middle name"
    elif variant == "hyphen_hire":
        hname = (p.first, p.middle, f"{maiden}-{married}", "")
        label, why = "VERIFIED_LEO", "hire's hyphenated surname contains the registry's maiden surname"
    elif variant == "hyphen_registry":
        hname = (p.first, p.middle, married, "")
        label, why = "VERIFIED_LEO", "registry's hyphenated surname contains the hire's married surname"
    elif variant == "nomaiden_rare":
        hname = (p.first, "", married, "")
        label, why = "MANUAL_REVIEW", "rare first name + exact dob under another surname (maiden name nowhere in hire data): possible name change"
    elif variant == "nomaiden_agency":
        hname = (p.first, "", married, "")
        hist = [hist_from_cert(row)]
        res = sworn_claim(w, row)
        label, why = "MANUAL_REVIEW", "common first name + exact dob under another surname; her history names the record's agency and state: a lead, not proof"
    else:
        hname = (p.first, "", married, "")
        label, why = "MANUAL_REVIEW|RECALL", "common first name + exact dob under another surname, nothing else: a stranger is possible"
    if not res and r.random() < 0.6 and variant not in ("nomaiden_rare", "nomaiden_common"):
        res, hist = verified_resume(w, row, p)
    if variant in ("nomaiden_rare", "nomaiden_common"):
        res, hist = nonle_resume(w, p._hd)
    w.add_hire(p, f"married_{variant}", label, f"own cert {row['record_id']} qualifies; " + why, name=hname,
               resume=res, history=hist)


def sc_hisp_double(w, variant):
    r = w.rng
    p = new_hire_person(w, "hisp", r.choice("MMF"))
    l1 = p.last.split()[0]
    for _ in range(20):
        l2 = w.pick(N.HISP_S, 0.8)
        if l2 != l1:
            break
    p.last = f"{l1} {l2}"
    w.protect_hire(p)
    src = r.choice(["TX", "CA", "AZ", "NY"])
    iss, sep = pass_dates(w, p._hd)
    hname = None
    if variant == "first_only":
        regl = l1
    elif variant == "hyphen":
        regl = f"{l1}-{l2}"
    elif variant == "reversed":
        regl = f"{l2} {l1}"
    else:  # hire carries one, registry both
        regl = p.last
        hname = w.hire_name(p, last=l1)
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, name=w.reg_name(p, src, last=regl))
    res, hist = verified_resume(w, row, p)
    w.add_hire(p, f"hispanic_double_surname_{variant}", "VERIFIED_LEO",
               f"own cert {row['record_id']} qualifies; registry surname '{row['last_name']}' vs hire '{hname[2] if hname else p.last}'",
               name=hname, resume=res, history=hist)


def sc_asian(w, variant):
    r = w.rng
    if variant == "family_first":
        comm = r.choice(["viet", "kor", "chn"])
    elif variant in ("korean_joined", "korean_split"):
        comm = "kor"
    else:
        comm = "chn"
    p = new_hire_person(w, comm, "M" if variant.startswith("chinese") else None)
    src = r.choice(["CA", "NY"] if comm != "viet" else ["CA", "TX"])
    iss, sep = pass_dates(w, p._hd)
    hist = []
    if variant == "family_first":
        nm = w.reg_name(p, src, first=p.last, last=p.first, mid_style="full")
        label = "MANUAL_REVIEW|VERIFIED_LEO"
        why = "registry writes the family name first (first/last columns swapped), exact dob: same person, but a swap is documented as a lead"
    elif variant == "korean_joined":
        g = p.first.replace("-", "") if r.random() < 0.6 else p.first.replace("-", " ")
        nm = w.reg_name(p, src, first=g, mid_style="blank")
        label, why = "VERIFIED_LEO", f"Korean given name written '{g}' vs hire '{p.first}' (hyphen/space only)"
    elif variant == "korean_split":
        g1, g2 = p.first.split("-")
        nm = w.reg_name(p, src, first=g1, middle=g2, mid_style="full")
        label, why = "VERIFIED_LEO|MANUAL_REVIEW", f"Korean given name split into first '{g1}' and middle '{g2}'"
    else:
        if not p.middle:
            p.first, p.middle = r.choice(N.CHN_ENG_M), p.first
            w.protect_hire(p)
        nm = w.reg_name(p, src, first=p.middle, middle="", mid_style="blank")
        if variant == "chinese_english_agency":
            label, why = "VERIFIED_LEO", "registry under Chinese given name (hire's middle), history declares the record's agency in its state while certified"
        else:
            label, why = "MANUAL_REVIEW|VERIFIED_LEO", "registry under Chinese given name (hire's middle) with no other name to compare"
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, name=nm)
    res, _ = verified_resume(w, row, p)
    if variant == "chinese_english_agency":
        hist = [hist_from_cert(row)]
    elif r.random() < 0.5:
        hist = [hist_from_cert(row)]
    w.add_hire(p, f"asian_{variant}", label, f"own cert {row['record_id']} qualifies; " + why, resume=res, history=hist)


def sc_arabic(w, variant):
    r = w.rng
    p = new_hire_person(w, "arab", None)
    src = r.choice(["IL", "NY", "CA", "TX", "FED"])
    iss, sep = pass_dates(w, p._hd)
    one_edit = {"Mohammed": ["Muhammad", "Mohamed", "Mohammad"], "Yusuf": ["Youssef", "Yousef"], "Ahmed": ["Ahmad"],
                "Omar": ["Umar"], "Khalid": ["Khaled"], "Mustafa": ["Mostafa"], "Karim": ["Kareem"], "Hassan": ["Hasan"],
                "Fatima": ["Fatma"], "Mariam": ["Maryam"], "Noor": ["Nour"], "Aisha": ["Aysha"]}
    two_edit = {"Hussein": ["Husain"], "Tariq": ["Tarek"], "Nabil": ["Nabeel"], "Waleed": ["Walid"],
                "Layla": ["Leila"], "Samir": ["Sameer"], "Aisha": ["Ayesha"], "Abdulrahman": ["Abdelrahman"]}
    if variant == "translit":
        f = r.choice(list(one_edit))
        p.first = f
        p.sex = "F" if f in ("Fatima", "Mariam", "Noor", "Aisha") else "M"
        nm = w.reg_name(p, src, first=r.choice(one_edit[f]))
        why = f"registry first name '{nm[0]}' is a common transliteration of '{f}' (one letter or a listed variant)"
    elif variant == "translit2":
        f = r.choice(list(two_edit))
        p.first = f
        p.sex = "F" if f in ("Layla", "Aisha") else "M"
        nm = w.reg_name(p, src, first=r.choice(two_edit[f]))
        why = f"registry first name '{nm[0]}' is a standard transliteration of '{f}' (two letters)"
    else:
        s = r.choice(["Al-Hassan", "Al-Masri", "Al-Rashid", "Al-Sayed", "El-Amin"])
        p.last = s
        core = s.split("-")[1]
        art = s.split("-")[0]
        regl = r.choice([art + core.lower(), f"{art} {core}", core])
        nm = w.reg_name(p, src, last=regl)
        why = f"registry surname '{nm[2]}' vs hire '{s}' (article joined, spaced or dropped)"
    w.protect_hire(p)
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, name=nm)
    res, hist = verified_resume(w, row, p)
    w.add_hire(p, f"arabic_{variant}", "VERIFIED_LEO", f"own cert {row['record_id']} qualifies; " + why,
               resume=res, history=hist)


def sc_cosmetic(w, variant):
    r = w.rng
    hname = None
    if variant == "slavic":
        p = new_hire_person(w, "slav")
        src = r.choice(["IL", "NY", "FED", "TX"])
        nm = w.reg_name(p, src, strip=True, caps=r.random() < 0.5)
        why = "diacritics stripped / caps in registry"
        if p.first in ("Aleksandr", "Dmitri", "Yevgeny") and r.random() < 0.5:
            nm[0] = {"Aleksandr": "ALEXANDER", "Dmitri": "DMITRY", "Yevgeny": "EVGENY"}[p.first]
            why = f"transliteration {p.first} -> {nm[0]}"
    elif variant == "aa_punct":
        p = new_hire_person(w, "aa", "M", first=r.choice(list(N.AA_PUNCT)))
        if p.first == "LaToya":
            p.sex = "F"
        src = r.choice(["TX", "NY", "IL", "FED"])
        alt = r.choice(N.AA_PUNCT[p.first])
        if r.random() < 0.5:
            nm = w.reg_name(p, src, first=alt)
        else:
            nm = w.reg_name(p, src)
            hname = w.hire_name(p, first=alt)
        why = "apostrophe / internal capital variants of the given name"
    elif variant == "nickname":
        formal = r.choice(["William", "Robert", "Margaret", "James", "Elizabeth", "Anthony", "Charles", "Richard",
                           "Katherine", "Thomas", "Edward", "Patricia", "Rebecca", "Christopher", "Nicholas",
                           "Benjamin", "Samuel", "Timothy", "Francisco", "Guadalupe", "Jesus", "Alberto", "Eduardo",
                           "Ignacio", "Dolores"])
        comm = "hisp" if formal in ("Francisco", "Guadalupe", "Jesus", "Alberto", "Eduardo", "Ignacio", "Dolores") else "anglo"
        sex = "F" if formal in ("Margaret", "Elizabeth", "Katherine", "Patricia", "Rebecca", "Guadalupe", "Dolores") else "M"
        last = r.choice(N.ANGLO_S[80:] if comm == "anglo" else N.HISP_S[55:]) if r.random() < 0.7 else None
        p = new_hire_person(w, comm, sex, first=formal, last=last)
        src = src_for(w, p)
        nm = w.reg_name(p, src)
        nick = r.choice(N.NICK[formal])
        hname = w.hire_name(p, first=nick)
        why = f"hire goes by '{nick}', registry has '{formal}'"
    elif variant in ("typo_last", "typo_first"):
        p = new_hire_person(w, r.choice(["anglo", "hisp", "aa", "slav"]))
        src = src_for(w, p)
        tgt = p.last if variant == "typo_last" else p.first
        tgt = tgt.split()[0]
        for _ in range(30):
            if len(tgt) < 6:
                p = new_hire_person(w, p.comm)
                tgt = (p.last if variant == "typo_last" else p.first).split()[0]
                continue
            i = r.randint(2, len(tgt) - 3)
            typo = tgt[:i] + tgt[i + 1] + tgt[i] + tgt[i + 2:]
            if typo != tgt:
                break
        if variant == "typo_last":
            nm = w.reg_name(p, src, last=p.last.replace(tgt, typo))
        else:
            nm = w.reg_name(p, src, first=p.first.replace(tgt, typo))
        why = f"one transposition typo '{tgt}' -> '{typo}'"
    elif variant == "suffix_in_middle":
        p = new_hire_person(w, r.choice(["anglo", "aa"]), "M")
        p.suffix = "Jr"
        if not p.middle:
            p.middle = "Lee"
        src = src_for(w, p)
        nm = w.reg_name(p, src, mid_style="full", suf_style="last")
        hname = (p.first, "Jr", p.last, "")
        why = "hire's suffix keyed into the middle-name column; registry has the full middle name and JR in the surname"
    iss, sep = pass_dates(w, p._hd)
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, name=nm)
    res, hist = verified_resume(w, row, p)
    w.add_hire(p, f"variant_{variant}", "VERIFIED_LEO", f"own cert {row['record_id']} qualifies; " + why,
               name=hname, resume=res, history=hist)


def crowd_count(w, f, l):
    return w._crowd_names.get((norm(f), norm(l)), 0)


def sc_dob(w, variant):
    r = w.rng
    if variant.startswith("swap_crowded"):
        comm, sex, f, l = r.choice(CROWD[:5])
        p = new_hire_person(w, comm, sex, first=f, last=l)
    else:
        p = new_hire_person(w, r.choice(["anglo", "slav", "arab", "aa"]), None,
                            last=r.choice(N.ANGLO_S[85:] + N.SLAV_S[10:]))
    while p.dob.day > 12 or p.dob.day == p.dob.month:
        p.dob = p.dob + dt.timedelta(days=r.randint(1, 20))
    w.protect_hire(p)
    src = src_for(w, p)
    iss, sep = pass_dates(w, p._hd)
    hist = []
    label = "VERIFIED_LEO"
    if variant.startswith("swap"):
        d = D(p.dob.year, p.dob.day, p.dob.month)
        why = f"registry dob {d} has day and month of the hire's {p.dob} swapped"
        if variant == "swap_crowded":
            label = "MANUAL_REVIEW|VERIFIED_LEO"
            why += "; the name is crowded in the registry (many namesakes): a stranger on the swapped date is possible"
        elif variant == "swap_crowded_agency":
            why += "; crowded name, but the hire's history declares the record's agency, in its state, while certified"
    elif variant == "keystroke":
        s = p.dob.strftime("%Y%m%d")
        i = r.choice([2, 3, 7])
        t = s[:i] + str((int(s[i]) + 1) % 10) + s[i + 1:]
        try:
            d = dt.datetime.strptime(t, "%Y%m%d").date()
        except ValueError:
            d = p.dob + dt.timedelta(days=1)
        label = "MANUAL_REVIEW"
        why = f"registry dob {d} is one keystroke from the hire's {p.dob}: a lead, not proof"
    elif variant == "hire_dob_blank":
        d = p.dob
        label = "MANUAL_REVIEW"
        why = "hire has no date of birth: the name-matching record cannot be linked strongly"
    elif variant == "initial_first":
        d = p.dob
        label = "MANUAL_REVIEW"
        why = "registry has only the first initial (exact dob and surname): a lead"
    nm = None
    if variant == "initial_first":
        nm = w.reg_name(p, src, first=p.first[0], mid_style="blank")
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, dob=d, name=nm)
    res, hist2 = verified_resume(w, row, p)
    if variant == "swap_crowded_agency":
        hist = [hist_from_cert(row)]
    elif variant == "swap_crowded":
        hist = []
        res = sworn_claim(w, row) if False else ""
    else:
        hist = hist2
    w.add_hire(p, f"dob_{variant}", label, f"own cert {row['record_id']}; " + why,
               dob=None if variant == "hire_dob_blank" else "self", resume=res, history=hist)


def sc_two_variations(w):
    r = w.rng
    formal = r.choice(["William", "Robert", "James", "Anthony", "Charles", "Richard", "Thomas", "Edward"])
    p = new_hire_person(w, "anglo", "M", first=formal, last=r.choice([x for x in N.ANGLO_S[80:] if len(x) >= 6]))
    src = src_for(w, p)
    i = r.randint(2, len(p.last) - 3)
    typo = p.last[:i] + p.last[i + 1] + p.last[i] + p.last[i + 2:]
    nm = w.reg_name(p, src, last=typo, mid_style="blank")
    iss, sep = pass_dates(w, p._hd)
    row = w.cert(p, src, "sworn", issued=iss, sep=sep, name=nm)
    nick = N.NICK[formal][0]
    w.add_hire(p, "two_variations_nickname_and_typo", "MANUAL_REVIEW",
               f"own cert {row['record_id']}: registry '{formal} {typo}' vs hire '{nick} {p.last}' (nickname AND surname typo): a lead",
               name=(nick, p.middle, p.last, ""), resume="", history=[])


def sc_fl(w, variant):
    r = w.rng
    if variant == "namesake_sameyear":
        p = new_hire_person(w, r.choice(["anglo", "hisp", "aa"]))
        f, l, comm, sex = p.first, p.last, p.comm, p.sex
        ns = w.person(comm, sex, first=f, last=l, guard=False,
                      dob=w.relative_dob(f, l, p, lambda: D(p.dob.year, r.randint(1, 12), r.randint(1, 28))))
        if ns.dob == p.dob:
            ns.dob = ns.dob + dt.timedelta(days=40 if ns.dob.month < 12 else -40)
        row = w.cert(ns, "FL", "sworn", issued=p._hd - dt.timedelta(days=r.randint(800, 4000)))
        res, hist = nonle_resume(w, p._hd)
        return w.add_hire(p, "fl_yearonly_namesake_same_birthyear_hire_uncertified", "MANUAL_REVIEW",
                          f"hire never certified, but FL (birth year only) holds {row['record_id']} {f} {l} born {ns.dob.year}, "
                          "the hire's birth year: cannot be excluded", resume=res, history=hist, intended={ns.pid})
    p = new_hire_person(w, r.choice(["anglo", "hisp", "aa"]))
    iss, sep = pass_dates(w, p._hd)
    if variant == "self_only":
        row = w.cert(p, "FL", "sworn", issued=iss, sep=sep)
        res, hist = verified_resume(w, row, p)
        return w.add_hire(p, "fl_yearonly_self_only", "MANUAL_REVIEW",
                          f"only certificate is FL {row['record_id']} with birth year only: a lead for review, never proof",
                          resume=res, history=hist)
    # FL earlier career (year only) + full-dob record elsewhere that qualifies
    w.cert(p, "FL", "sworn", issued=iss - dt.timedelta(days=2000), sep=iss - dt.timedelta(days=60))
    src = r.choice(["TX", "AZ", "CA", "NY"])
    row = w.cert(p, src, "sworn", issued=iss, sep=sep)
    res, hist = verified_resume(w, row, p)
    w.add_hire(p, "fl_yearonly_plus_full_record_elsewhere", "VERIFIED_LEO",
               f"own {src} cert {row['record_id']} qualifies (the FL year-only row is his earlier service)",
               resume=res, history=hist)


def sc_policy(w, variant):
    r = w.rng
    p = new_hire_person(w)
    hd = p._hd
    src = src_for(w, p)
    basic, label = recall_basic(w)
    decerts = []
    if variant == "nonsworn":
        row = w.cert(p, src, "nonsworn", issued=hd - dt.timedelta(days=r.randint(800, 4000)),
                     sep=None if r.random() < 0.6 else add_months(hd, -r.randint(1, 20)))
        why = f"only certificate {row['record_id']} is '{row['certification_type']}' (not sworn)"
    elif variant == "lapsed":
        sep = add_months(hd, -r.randint(44, 120))
        row = w.cert(p, src, "sworn", issued=sep - dt.timedelta(days=r.randint(800, 3000)), sep=sep,
                     status=r.choice(["inactive", "lapsed"]))
        why = f"sworn {row['record_id']} separated {sep}, more than 3 years before hire {hd}"
    elif variant == "under12":
        if r.random() < 0.6:
            row = w.cert(p, src, "sworn", issued=add_months(hd, -r.randint(3, 10)))
        else:
            iss = add_months(hd, -r.randint(20, 30))
            row = w.cert(p, src, "sworn", issued=iss, sep=add_months(iss, r.randint(3, 9)))
        why = f"sworn {row['record_id']} shows under 12 months of service"
    elif variant == "issued_after":
        row = w.cert(p, src, "sworn", issued=hd + dt.timedelta(days=r.randint(30, 200)))
        if row["_issued"] > D(2025, 12, 1):
            row["_issued"] = hd + dt.timedelta(days=20)
            row["issued_date"] = w.fmt(row["_issued"], src)
        why = f"sworn {row['record_id']} issued after the hire date"
    elif variant == "revoked":
        iss = hd - dt.timedelta(days=r.randint(1500, 4000))
        dd = hd - dt.timedelta(days=r.randint(60, 1000))
        row = w.cert(p, src, "sworn", issued=iss, sep=dd, status="revoked")
        rid = w.decert(p, src, date=dd)
        decerts.append(dd)
        why = f"sworn {row['record_id']} revoked; decertification {rid} dated {dd} before hire"
    elif variant == "decert_inactive":
        iss = hd - dt.timedelta(days=r.randint(1500, 4000))
        dd = hd - dt.timedelta(days=r.randint(60, 700))
        row = w.cert(p, src, "sworn", issued=iss, sep=dd, status="inactive")
        rid = w.decert(p, src, date=dd, action=r.choice(["revoked", "surrendered", "suspended"]))
        decerts.append(dd)
        why = f"sworn {row['record_id']} status inactive but decertification {rid} dated {dd} before hire"
    ok, _ = qualifies(row, hd, decerts)
    assert not ok
    res, hist = verified_resume(w, row, p)
    w.add_hire(p, f"policy_{variant}", label, why, resume=res, history=hist, basic=basic)


def sc_claim(w, variant):
    r = w.rng
    p = new_hire_person(w)
    hd = p._hd
    basic, label = recall_basic(w)
    hist = []
    if variant == "covered_no_record":
        st = r.choice(["TX", "CA", "NY", "IL", "AZ"])
        ag, city = r.choice(AGENCIES[st])
        a = hd.year - r.randint(3, 10)
        b = hd.year - r.randint(0, 1)
        res = f"Police Officer, {ag}, {city}, {st}, {a}-{b}"
        if r.random() < 0.6:
            hist = [(ag, "Police Officer", st, D(a, 3, 1), min(D(b, 6, 1), hd - dt.timedelta(days=30)))]
        why = f"claims sworn service in covered {st} but no registry record: claims never verify"
    elif variant == "uncovered_recent":
        st = r.choice(list(UNCOVERED_AG))
        ag, city = UNCOVERED_AG[st]
        a = hd.year - r.randint(3, 10)
        b = hd.year - r.randint(0, 1)
        res = f"Police Officer, {ag}, {city}, {st}, {a}-{b}"
        if r.random() < 0.6:
            hist = [(ag, "Police Officer", st, D(a, 3, 1), min(D(b, 6, 1), hd - dt.timedelta(days=30)))]
        label = "MANUAL_REVIEW"
        basic = r.choice([None, "enrolled"])
        why = f"recent sworn service claimed in {st}, whose registry is not loaded: coverage gap"
    elif variant == "uncovered_old":
        st = r.choice(list(UNCOVERED_AG))
        ag, city = UNCOVERED_AG[st]
        b = hd.year - r.randint(6, 12)
        a = b - r.randint(2, 6)
        res = f"Police Officer, {ag}, {city}, {st}, {a}-{b}. " + nonle_resume(w, hd, 1)[0]
        if r.random() < 0.5:
            hist = [(ag, "Police Officer", st, D(a, 3, 1), D(b, 6, 1))]
        why = f"sworn service in uncovered {st} ended {b}, long before the 3-year window"
    elif variant == "relative_mention":
        st = r.choice(list(UNCOVERED_AG))
        ag, city = UNCOVERED_AG[st]
        tmpl = r.choice(FAMILY_MENTION)
        rel = f"{w.name_for(p.comm, 'M')[0]} {p.last}"
        res = tmpl.format(rel=rel, ag=ag, st=STATE_NAME[st], pc=st, city=city) + " " + nonle_resume(w, hd, 1)[0]
        why = f"resume only mentions a relative's service ({st}); the hire claims none"
        return w.add_hire(p, "resume_relative_mention_uncovered_state", label, why, resume=res,
                          history=[], basic=basic)
    elif variant == "other":
        kind = r.choice(["other_officer", "security", "military", "aspirational", "corrections"])
        if kind == "other_officer":
            t, emp = r.choice([x for x in NONLE_JOBS if "Officer" in x[0] and "Security" not in x[0] and "Loss" not in x[0]])
            res = f"{t}, {emp}, {hd.year - 5}-{hd.year}"
            hist = [(emp, t, r.choice(["TX", "WA", "OH"]), D(hd.year - 5, 1, 1), None)]
        elif kind == "security":
            res = f"Security Officer, Allied Universal, Seattle, WA, {hd.year - 4}-{hd.year}"
            hist = [("Allied Universal", "Security Officer", "WA", D(hd.year - 4, 2, 1), None)]
        elif kind == "military":
            res = f"Military Police, U.S. Army, {hd.year - 8}-{hd.year - 2}; honorable discharge"
            hist = [("U.S. Army", "Military Police", "", D(hd.year - 8, 6, 1), D(hd.year - 2, 6, 1))]
        elif kind == "aspirational":
            res = "Aspiring law enforcement officer; I hope to become a police officer. " + nonle_resume(w, hd, 1)[0]
        else:
            st = r.choice(["TX", "CA", "NY"])
            res = f"Correctional Officer, {NONSWORN_AGENCY[st]}, {STATE_NAME[st]}, {hd.year - 6}-{hd.year - 1}"
            hist = [(NONSWORN_AGENCY[st], "Correctional Officer", st, D(hd.year - 6, 1, 1), D(hd.year - 1, 1, 1))]
        why = f"'officer' was {kind}; no sworn claim, no registry record"
        variant = f"other_{kind}"
    w.add_hire(p, f"claim_{variant}", label, why, resume=res, history=hist, basic=basic)


def sc_uncert_crowded(w):
    r = w.rng
    comm, sex, f, l = r.choice(CROWD)
    p = new_hire_person(w, comm, sex, first=f, last=l)
    basic, label = recall_basic(w)
    res, hist = nonle_resume(w, p._hd)
    w.add_hire(p, "uncertified_crowded_name", label,
               f"hire never certified; registry holds many namesakes of {f} {l}, none with the hire's birth date or year (FL)",
               resume=res, history=hist, basic=basic)


def sc_full_track(w, by_course=False):
    r = w.rng
    p = new_hire_person(w)
    certified = r.random() < 0.5
    res, hist = nonle_resume(w, p._hd)
    why = "full basic track"
    label = "NOT_APPLICABLE"
    if certified:
        src = src_for(w, p)
        iss, sep = pass_dates(w, p._hd)
        row = w.cert(p, src, "sworn", issued=iss, sep=sep)
        res, hist = verified_resume(w, row, p)
        why += f" (holds {row['record_id']})"
        if by_course:
            label = "VERIFIED_LEO"
            why = f"screener said BASIC but took the short-track course ERO-LEO-VIRT; own cert {row['record_id']} qualifies"
    elif by_course:
        label = "RECALL"
        why = "screener said BASIC but took the short-track course ERO-LEO-VIRT and no basic course completed; never certified"
    if by_course:
        # took the short course instead of the academy: no completed basic
        return w.add_hire(p, "short_track_by_course_only", label, why, track="BASIC_SHORTCOURSE", resume=res, history=hist)
    w.add_hire(p, "full_track", label, why, track="BASIC", resume=res, history=hist)


# =====================================================================================
# plan, background population, checks, writing
# =====================================================================================
PLAN = [
    (sc_self_clean, {}, 270), (sc_self_clean, {"crowd": True}, 70), (sc_self_clean, {"suffix": True}, 40),
    (sc_father_son, {"hire_certified": True}, 40), (sc_father_son, {"hire_certified": True, "decert": "dob"}, 20),
    (sc_father_son, {"hire_certified": True, "decert": "blank_sr"}, 8),
    (sc_father_son, {"hire_certified": True, "decert": "blank_same"}, 10),
    (sc_father_son, {"hire_certified": False}, 110),
    (sc_sibling, {}, 70),
    (sc_twin, {"kind": "rhyme"}, 30), (sc_twin, {"kind": "letter"}, 25), (sc_twin, {"kind": "mf"}, 25),
    (sc_twin, {"kind": "rhyme", "hire_mid_blank": True}, 12),
    (sc_twin_middle_swap, {}, 14),
    (sc_twin, {"kind": "rhyme", "hire_cert": True}, 8), (sc_twin, {"kind": "mf", "hire_cert": True}, 8),
    (sc_twin, {"kind": "rhyme", "hire_cert": True, "twin_decert": True}, 8),
    (sc_twin, {"kind": "mf", "hire_cert": True, "twin_decert": True}, 8),
    (sc_twin, {"kind": "letter", "hire_cert": True, "twin_decert": True}, 6),
    (sc_cousin, {}, 60), (sc_cousin, {"both": True}, 30), (sc_cousin, {"keystroke": True}, 10),
    (sc_spouse, {}, 50),
    (sc_married, {"variant": "maiden_middle"}, 25), (sc_married, {"variant": "hyphen_hire"}, 20),
    (sc_married, {"variant": "hyphen_registry"}, 15), (sc_married, {"variant": "nomaiden_rare"}, 14),
    (sc_married, {"variant": "nomaiden_agency"}, 10), (sc_married, {"variant": "nomaiden_common"}, 10),
    (sc_hisp_double, {"variant": "first_only"}, 30), (sc_hisp_double, {"variant": "hyphen"}, 20),
    (sc_hisp_double, {"variant": "reversed"}, 15), (sc_hisp_double, {"variant": "hire_single"}, 15),
    (sc_asian, {"variant": "family_first"}, 30), (sc_asian, {"variant": "korean_joined"}, 20),
    (sc_asian, {"variant": "korean_split"}, 10), (sc_asian, {"variant": "chinese_english"}, 10),
    (sc_asian, {"variant": "chinese_english_agency"}, 8),
    (sc_arabic, {"variant": "translit"}, 25), (sc_arabic, {"variant": "translit2"}, 12),
    (sc_arabic, {"variant": "article"}, 20),
    (sc_cosmetic, {"variant": "slavic"}, 25), (sc_cosmetic, {"variant": "aa_punct"}, 20),
    (sc_cosmetic, {"variant": "nickname"}, 40), (sc_cosmetic, {"variant": "typo_last"}, 25),
    (sc_cosmetic, {"variant": "typo_first"}, 20), (sc_cosmetic, {"variant": "suffix_in_middle"}, 8),
    (sc_dob, {"variant": "swap_rare"}, 20), (sc_dob, {"variant": "swap_crowded"}, 10),
    (sc_dob, {"variant": "swap_crowded_agency"}, 8), (sc_dob, {"variant": "keystroke"}, 12),
    (sc_dob, {"variant": "hire_dob_blank"}, 12), (sc_dob, {"variant": "initial_first"}, 10),
    (sc_two_variations, {}, 15),
    (sc_fl, {"variant": "self_only"}, 45), (sc_fl, {"variant": "plus_full"}, 20),
    (sc_fl, {"variant": "namesake_sameyear"}, 20),
    (sc_policy, {"variant": "nonsworn"}, 130), (sc_policy, {"variant": "lapsed"}, 70),
    (sc_policy, {"variant": "under12"}, 45), (sc_policy, {"variant": "issued_after"}, 20),
    (sc_policy, {"variant": "revoked"}, 30), (sc_policy, {"variant": "decert_inactive"}, 20),
    (sc_claim, {"variant": "covered_no_record"}, 50), (sc_claim, {"variant": "uncovered_recent"}, 55),
    (sc_claim, {"variant": "uncovered_old"}, 25), (sc_claim, {"variant": "relative_mention"}, 50),
    (sc_claim, {"variant": "other"}, 170),
    (sc_uncert_crowded, {}, 60),
    (sc_full_track, {}, 200), (sc_full_track, {"by_course": True}, 20),
]


def background(w):
    r = w.rng
    # crowding: dozens of the same common names, across the states where their community lives
    for comm, sex, f, l in CROWD:
        for _ in range(r.randint(25, 55)):
            src = r.choice(COMM_STATES[comm] + (["FL"] if comm in ("hisp", "anglo", "aa") else []))
            bg_person(w, src, comm, sex, f, l)
    for src in COVERED:
        while len(w.certs[src]) < REG_SIZE[src]:
            comm = r.choices(list(COMM_MIX[src]), list(COMM_MIX[src].values()))[0]
            bg_person(w, src, comm)


def bg_person(w, src, comm, sex=None, first=None, last=None):
    r = w.rng
    sex = sex or ("M" if r.random() < 0.75 else "F")
    p = w.person(comm, sex, first=first, last=last, age=(21, 66), ref=D(2025, 6, 1), guard=True)
    if src == "FL":
        for _ in range(60):
            if not w.collides_year(p.first, p.last, p.dob.year) and not w.collides(p.first, p.last, p.dob):
                break
            p.dob = D(2025, 6, 1) - dt.timedelta(days=r.randint(21 * 365, 66 * 365))
    if w.collides(p.first, p.last, p.dob) or (src == "FL" and w.collides_year(p.first, p.last, p.dob.year)):
        return  # could not place safely: skip
    if comm in ("anglo", "aa") and sex == "M" and r.random() < 0.08:
        p.suffix = r.choice(["Jr", "Sr", "II", "III"])
    bg_certs(w, p, src)
    # a census family: a same-name son (Jr) or a twin or a sibling also certified
    x = r.random()
    if x < 0.06 and sex == "M":
        son = w.person(comm, "M", first=p.first, middle=p.middle, last=p.last, suffix="Jr",
                       dob=p.dob + dt.timedelta(days=r.randint(21 * 365, 32 * 365)), guard=False)
        if son.dob < D(2003, 1, 1) and not w.collides(son.first, son.last, son.dob) and not (
                src == "FL" and w.collides_year(son.first, son.last, son.dob.year)):
            bg_certs(w, son, src)
    elif x < 0.08:
        s2 = w.person(comm, sex, last=p.last, dob=p.dob + dt.timedelta(days=r.randint(400, 4000)), guard=False)
        if s2.dob < D(2003, 1, 1) and not w.collides(s2.first, s2.last, s2.dob) and not (
                src == "FL" and w.collides_year(s2.first, s2.last, s2.dob.year)):
            bg_certs(w, s2, src)


def bg_certs(w, p, src):
    r = w.rng
    start = D(max(p.dob.year + 21, 1988), r.randint(1, 12), r.randint(1, 28))
    if start > D(2025, 5, 1):
        start = D(2025, 5, 1) - dt.timedelta(days=r.randint(10, 300))
    n = r.choices([1, 2, 3], [70, 25, 5])[0]
    cur = start
    for i in range(n):
        kind = "sworn" if r.random() < 0.62 else "nonsworn"
        st = r.choices(["active", "inactive", "lapsed", "revoked", "suspended"], [50, 25, 15, 6, 4])[0]
        last = i == n - 1
        sep = None
        if not last or st != "active":
            sep = cur + dt.timedelta(days=r.randint(200, 3000))
            if sep > D(2025, 6, 1):
                sep = D(2025, 6, 1) - dt.timedelta(days=r.randint(1, 100))
            if sep <= cur:
                sep = cur + dt.timedelta(days=30)
        if st in ("revoked", "suspended") and not last:
            st = "inactive"
        row = w.cert(p, src, kind, status=st, issued=cur, sep=sep)
        if st in ("revoked", "suspended") and r.random() < 0.7:
            w.decert(p, src, action=st, date=sep)
        if sep is None:
            break
        cur = sep + dt.timedelta(days=r.randint(10, 400))
        if cur > D(2025, 5, 1):
            break


def first_close(a: str, b: str) -> bool:
    a, b = norm(a).replace(" ", ""), norm(b).replace(" ", "")
    if not a or not b or a == b:
        return True
    s, l = sorted((a, b), key=len)
    if l.startswith(s) and (len(s) <= 2 or len(s) >= 3):
        return True
    if (a, b) in NICK_PAIRS:
        return True
    if min(len(a), len(b)) >= 4 and edit(a, b) <= 1:
        return True
    if len(a) >= 4 and len(b) >= 4 and a[1:] == b[1:]:
        return True
    return False


def check(w):
    """For every hire, registry/decert rows of OTHER people that the data could confuse with the hire."""
    by_dob, by_year = {}, {}
    rows = [row for s in COVERED for row in w.certs[s]] + w.decerts
    for row in rows:
        if row["_dob"] is None:
            by_year.setdefault(None, []).append(row)
        elif row["source"] == "FL" and "birth_year" in row:
            by_year.setdefault(row["_dob"].year, []).append(row)
        else:
            by_dob.setdefault(row["_dob"], []).append(row)
    first_counts = {}
    for s in COVERED:
        for row in w.certs[s]:
            k = norm(row["first_name"])
            first_counts[k] = first_counts.get(k, 0) + 1
    flagged = {}
    for h in w.hires:
        pid = h["_pid"]
        ok_pids = h["_intended"] | {pid}
        hf, hl = h["first_name"], h["last_name"]
        hm = h["middle_name"]
        p = w.persons[pid]
        cands = []
        if h["date_of_birth"]:
            d = dt.date.fromisoformat(h["date_of_birth"])
            for v in dob_variants(d):
                cands += by_dob.get(v, [])
            cands += by_year.get(d.year, [])
        else:
            cands += [row for lst in by_dob.values() for row in lst]
            cands += [row for lst in by_year.values() for row in lst]
        cands += by_year.get(None, [])
        hits = []
        for row in cands:
            if row["_pid"] in ok_pids:
                continue
            rf, rl = row["first_name"], row["last_name"]
            rel = (last_related(rl, hl) or (p.maiden and last_related(rl, p.maiden))) and (
                first_close(rf, hf) or (hm and len(hm) > 2 and norm(rf) == norm(hm)))
            swapped = last_related(rf, hl) and first_close(rl, hf)
            namechange = (row["_dob"] is not None and h["date_of_birth"]
                          and row["_dob"] == dt.date.fromisoformat(h["date_of_birth"])
                          and norm(rf) == norm(hf) and first_counts.get(norm(rf), 0) < 40)
            if rel or swapped or namechange:
                hits.append(row["record_id"])
        if hits:
            flagged[h["hire_id"]] = hits
    return flagged


def relabel(w, flagged, truth):
    """Accidental resemblances the generator could not avoid: where another person's row is a
    lead the contract would have to weigh (same name form, birth date exact / swapped / one
    keystroke off / year only) AND it could change the outcome, MANUAL_REVIEW is allowed too."""
    rows = {row["record_id"]: row for s in COVERED for row in w.certs[s]}
    rows.update({d["record_id"]: d for d in w.decerts})
    hires = {h["hire_id"]: h for h in w.hires}
    for hid, hits in flagged.items():
        t, h = truth[hid], hires[hid]
        hd = dt.date.fromisoformat(h["hire_date"])
        base = t["expected_determination"].split("|")
        if base == ["NOT_APPLICABLE"]:
            continue
        changers = []
        for rid in hits:
            row = rows[rid]
            if not (first_close(row["first_name"], h["first_name"]) and last_related(row["last_name"], h["last_name"])):
                continue  # resemblance only through the middle name: not a lead on its own
            if rid.startswith("DC-"):
                adverse = row["action"] in ("revoked", "suspended", "surrendered") and (row["_date"] is None or row["_date"] <= hd)
                if "VERIFIED_LEO" in base and adverse:
                    changers.append(rid)
            else:
                if "VERIFIED_LEO" in base and row["status"] in ("revoked", "suspended") and row["_ctype_kind"] == "sworn":
                    changers.append(rid)
                if set(base) & {"RECALL", "REMEDIATED"} and qualifies(row, hd)[0]:
                    changers.append(rid)
        note = f" [generator check: other people's rows {','.join(hits[:4])} resemble the hire"
        if changers:
            if "MANUAL_REVIEW" not in base:
                base.append("MANUAL_REVIEW")
            t["expected_determination"] = "|".join(base)
            note += f"; {','.join(changers)} could change the outcome: MANUAL_REVIEW allowed"
        t["why"] += note + "]"


def write_csv(path, rows, cols):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        wr = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        for row in rows:
            wr.writerow(row)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=1010)
    a = ap.parse_args()
    w = World(random.Random(a.seed))
    jobs = []
    for fn, kw, n in PLAN:
        jobs += [(fn, kw)] * n
    w.rng.shuffle(jobs)
    for fn, kw in jobs:
        fn(w, **kw)
    background(w)
    flagged = check(w)
    truth = {t["hire_id"]: t for t in w.truth}
    relabel(w, flagged, truth)
    os.makedirs(a.out, exist_ok=True)
    hcols = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth", "hire_date",
             "position_title", "job_series", "field_office", "screening_track", "screening_basis", "resume_text"]
    write_csv(os.path.join(a.out, "hires.csv"), w.hires, hcols)
    write_csv(os.path.join(a.out, "employment_history.csv"), w.history,
              ["hire_id", "employer", "title", "state", "start_date", "end_date"])
    write_csv(os.path.join(a.out, "training.csv"), w.training,
              ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"])
    base = ["record_id", "source", "first_name", "middle_name", "last_name"]
    tail = ["certification_type", "status", "issued_date", "separation_date", "agency"]
    for s in COVERED:
        cols = base + (["birth_year"] if s == "FL" else ["date_of_birth"]) + tail
        if s in ("AZ", "FED"):
            import pandas as pd
            df = pd.DataFrame([{c: row.get(c, "") for c in cols} for row in w.certs[s]], columns=cols).astype(str)
            if s == "AZ":
                df.to_excel(os.path.join(a.out, "certifications_az.xlsx"), index=False)
            else:
                df.to_parquet(os.path.join(a.out, "certifications_fed.parquet"), index=False)
            continue
        write_csv(os.path.join(a.out, f"certifications_{s.lower()}.csv"), w.certs[s], cols)
    write_csv(os.path.join(a.out, "decertifications.csv"), w.decerts,
              ["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "action_date", "reason"])
    os.makedirs(os.path.dirname(os.path.abspath(a.truth)), exist_ok=True)
    write_csv(a.truth, w.truth, ["hire_id", "expected_determination", "scenario", "why"])
    # a side file with the generator's collision flags, for the tester
    with open(os.path.join(os.path.dirname(os.path.abspath(a.truth)), "generator_flags.csv"), "w", newline="") as fh:
        wr = csv.writer(fh)
        wr.writerow(["hire_id", "scenario", "expected", "other_rows"])
        for hid, hits in flagged.items():
            wr.writerow([hid, truth[hid]["scenario"], truth[hid]["expected_determination"], ";".join(hits)])
    n_reg = sum(len(v) for v in w.certs.values())
    print(f"hires {len(w.hires)}, registry rows {n_reg} ({ {s: len(v) for s, v in w.certs.items()} }), "
          f"decerts {len(w.decerts)}, history {len(w.history)}, training {len(w.training)}, flagged {len(flagged)}")


if __name__ == "__main__":
    main()
