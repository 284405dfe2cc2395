#!/usr/bin/env python
"""Held-out world #8: realistic population statistics and realistic noise rates.

python make.py --out DIR --truth CSV [--seed N]
"""
import argparse, csv, datetime as dt, os, random, sys, unicodedata
from collections import defaultdict

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from names import GROUPS, ACCENTED, VIET_MIDDLE_M, VIET_MIDDLE_F, NICK_EN, NICK_ES  # noqa

D = dt.date
EXTRACT = D(2025, 8, 31)
COVERED = ["TX", "FL", "CA", "NY", "AZ", "IL", "MN"]
UNCOVERED = ["OH", "PA", "NM", "NV", "WA", "CO", "NJ", "GA", "MI", "NC", "LA", "OK"]
SHORT_CODE, BASIC_CODE = "ERO-LEO-VIRT", "FLETC-BIETP"

# ----------------------------------------------------------------------------- text utils
_SPECIAL = str.maketrans({"Đ": "D", "đ": "d", "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "ß": "ss"})


def strip_acc(s):
    s = (s or "").translate(_SPECIAL)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    s = strip_acc(s).upper()
    return "".join(c if c.isalpha() or c in " -" else "" for c in s).strip()


PARTICLES = {"DE", "LA", "DEL", "VAN", "ST", "JR", "SR", "II", "III", "IV", "AL", "EL", "DA", "VON"}


import functools


@functools.lru_cache(maxsize=None)
def toks(s):
    return {t for t in norm(s).replace("-", " ").split() if t and t not in PARTICLES}


def ed(a, b):
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


NICK_KEYS = defaultdict(set)
for _m in (NICK_EN, NICK_ES):
    for formal, nicks in _m.items():
        NICK_KEYS[norm(formal)].add(norm(formal))
        for n in nicks:
            NICK_KEYS[norm(n)].add(norm(formal))
NICK_KEYS["TONY"].add("ANTONIO")


@functools.lru_cache(maxsize=None)
def keys(t):
    return frozenset(_keys(t))


def _keys(t):
    return NICK_KEYS.get(t, set()) | {t}


@functools.lru_cache(maxsize=None)
def tok_compat(a, b):
    if a == b:
        return True
    if len(a) < 2 or len(b) < 2:
        return False
    if keys(a) & keys(b):
        return True
    if len(a) >= 3 and len(b) >= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    e = ed(a, b)
    return (e <= 1 and min(len(a), len(b)) >= 4) or (e <= 2 and min(len(a), len(b)) >= 6)


def first_compat(p, q):
    A = toks(p["first"]) | toks(p.get("middle", ""))
    B = toks(q["first"]) | toks(q.get("middle", ""))
    return any(tok_compat(a, b) for a in A for b in B)


def dels(t):
    return {t} | {t[:i] + t[i + 1:] for i in range(len(t))}


def dob_near(h, r):
    """h: date; r: date | int(year) | None"""
    if r is None or h is None:
        return True
    if isinstance(r, int):
        return abs(r - h.year) <= 1
    if r == h or abs((r - h).days) <= 3:
        return True
    if (r.year, r.month, r.day) == (h.year, h.day, h.month):
        return True
    if r.month == h.month and r.day == h.day and abs(r.year - h.year) <= 1:
        return True
    a, b = h.strftime("%Y%m%d"), r.strftime("%Y%m%d")
    diff = [i for i in range(8) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return True
    return False


def near_set(h):
    out = set()
    for k in range(-3, 4):
        out.add(h + dt.timedelta(days=k))
    cand = [(h.year, h.day, h.month), (h.year - 1, h.month, h.day), (h.year + 1, h.month, h.day)]
    a = h.strftime("%Y%m%d")
    for i in range(8):
        for c in "0123456789":
            b = a[:i] + c + a[i + 1:]
            cand.append((int(b[:4]), int(b[4:6]), int(b[6:])))
    for i in range(7):
        b = a[:i] + a[i + 1] + a[i] + a[i + 2:]
        cand.append((int(b[:4]), int(b[4:6]), int(b[6:])))
    for y, m, d in cand:
        try:
            out.add(D(y, m, d))
        except ValueError:
            pass
    return out


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    import calendar
    return D(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def add_years(d, n):
    return add_months(d, 12 * n)


# ----------------------------------------------------------------------------- reference data
AGENCIES = {
    "TX": {"sworn": ["Houston Police Department", "Harris County Sheriff's Office", "Dallas Police Department",
                     "San Antonio Police Department", "Austin Police Department", "Bexar County Sheriff's Office",
                     "El Paso Police Department", "Fort Worth Police Department", "Texas Department of Public Safety",
                     "Travis County Sheriff's Office", "Laredo Police Department", "McAllen Police Department",
                     "Hidalgo County Sheriff's Office", "Brownsville Police Department", "Corpus Christi Police Department"],
           "jail": ["Harris County Sheriff's Office", "Bexar County Sheriff's Office", "Dallas County Sheriff's Office",
                    "Hidalgo County Sheriff's Office", "El Paso County Sheriff's Office", "Webb County Sheriff's Office"],
           "dispatch": ["Houston Emergency Center", "Greater Harris County 911", "Austin-Travis County 911",
                        "Laredo Police Department"]},
    "FL": {"sworn": ["Miami-Dade Police Department", "Broward Sheriff's Office", "Orange County Sheriff's Office",
                     "Hillsborough County Sheriff's Office", "Jacksonville Sheriff's Office", "Florida Highway Patrol",
                     "Palm Beach County Sheriff's Office", "Tampa Police Department", "Orlando Police Department",
                     "Miami Police Department"],
           "jail": ["Florida Department of Corrections", "Miami-Dade Corrections and Rehabilitation",
                    "Broward Sheriff's Office", "Orange County Corrections"],
           "dispatch": ["Broward Sheriff's Office"]},
    "CA": {"sworn": ["Los Angeles Police Department", "Los Angeles County Sheriff's Department",
                     "San Diego Police Department", "San Diego County Sheriff's Department", "California Highway Patrol",
                     "San Francisco Police Department", "Fresno Police Department", "Sacramento County Sheriff's Office",
                     "Riverside County Sheriff's Department", "San Bernardino County Sheriff's Department",
                     "Oakland Police Department", "San Jose Police Department", "Imperial County Sheriff's Office"],
           "jail": ["Los Angeles County Sheriff's Department"],
           "dispatch": ["Los Angeles Police Department", "San Diego Police Department", "CHP Communications Center"]},
    "NY": {"sworn": ["New York City Police Department", "Nassau County Police Department", "Suffolk County Police Department",
                     "New York State Police", "Buffalo Police Department", "Rochester Police Department",
                     "Westchester County Police Department", "Yonkers Police Department"],
           "jail": ["NYC Department of Correction", "NYS Dept of Corrections and Community Supervision",
                    "Erie County Sheriff's Office"],
           "dispatch": ["Suffolk County Police Department"]},
    "AZ": {"sworn": ["Phoenix Police Department", "Maricopa County Sheriff's Office", "Tucson Police Department",
                     "Pima County Sheriff's Department", "Arizona Department of Public Safety", "Mesa Police Department",
                     "Yuma Police Department", "Chandler Police Department", "Nogales Police Department"],
           "jail": ["Maricopa County Sheriff's Office", "Pima County Sheriff's Department", "Yuma County Sheriff's Office"],
           "dispatch": ["Phoenix Police Department"]},
    "IL": {"sworn": ["Chicago Police Department", "Cook County Sheriff's Office", "Illinois State Police",
                     "Aurora Police Department", "Rockford Police Department", "Joliet Police Department",
                     "Springfield Police Department", "Naperville Police Department", "Elgin Police Department"],
           "jail": ["Illinois Department of Corrections", "Cook County Department of Corrections",
                    "Will County Sheriff's Office"],
           "dispatch": ["Chicago Office of Emergency Management", "DuPage Public Safety Communications"]},
    "MN": {"sworn": ["Minneapolis Police Department", "St. Paul Police Department", "Hennepin County Sheriff's Office",
                     "Ramsey County Sheriff's Office", "Minnesota State Patrol", "Bloomington Police Department",
                     "Duluth Police Department", "Rochester Police Department", "Dakota County Sheriff's Office"],
           "jail": ["Hennepin County Sheriff's Office"], "dispatch": ["Hennepin County Sheriff's Office"]},
    "FED": {"sworn": ["U.S. Border Patrol", "U.S. Immigration and Customs Enforcement", "U.S. Customs and Border Protection",
                      "U.S. Marshals Service", "Drug Enforcement Administration", "Federal Bureau of Investigation",
                      "Homeland Security Investigations"],
            "jail": ["Federal Bureau of Prisons"], "dispatch": ["Transportation Security Administration"]},
}
UNCOV_AGENCIES = {
    "OH": ["Columbus Division of Police", "Cleveland Police Department", "Cuyahoga County Sheriff's Office"],
    "PA": ["Philadelphia Police Department", "Pittsburgh Bureau of Police", "Pennsylvania State Police"],
    "NM": ["Albuquerque Police Department", "Bernalillo County Sheriff's Office", "Las Cruces Police Department"],
    "NV": ["Las Vegas Metropolitan Police Department", "Reno Police Department"],
    "WA": ["Seattle Police Department", "King County Sheriff's Office", "Spokane Police Department"],
    "CO": ["Denver Police Department", "Aurora Police Department", "El Paso County Sheriff's Office"],
    "NJ": ["Newark Police Department", "Jersey City Police Department", "New Jersey State Police"],
    "GA": ["Atlanta Police Department", "Fulton County Sheriff's Office", "Gwinnett County Police Department"],
    "MI": ["Detroit Police Department", "Wayne County Sheriff's Office"],
    "NC": ["Charlotte-Mecklenburg Police Department", "Raleigh Police Department"],
    "LA": ["New Orleans Police Department", "Jefferson Parish Sheriff's Office"],
    "OK": ["Tulsa Police Department", "Oklahoma City Police Department", "Cherokee Nation Marshal Service"],
}
UNCOV_SWORN_TITLES = ["Police Officer", "Deputy Sheriff", "Patrol Officer", "Police Officer II", "State Trooper",
                      "Detective", "Sergeant", "Tribal Police Officer"]

# certification type tables: (type, class, weight); class sworn / maybe / non
CTYPES = {
    "TX": [("Peace Officer License", "sworn", 30), ("Basic Peace Officer", "sworn", 20),
           ("Intermediate Peace Officer", "sworn", 8), ("Advanced Peace Officer", "sworn", 6),
           ("Master Peace Officer", "sworn", 3), ("Jailer License", "non", 18), ("Basic County Corrections", "non", 3),
           ("Telecommunicator License", "non", 7), ("Basic Telecommunicator", "non", 2)],
    "FL": [("Law Enforcement", "sworn", 55), ("Correctional", "non", 30), ("Correctional Probation", "non", 8),
           ("Law Enforcement - Auxiliary", "non", 4)],
    "CA": [("Basic Certificate", "maybe", 35), ("Intermediate Certificate", "maybe", 15),
           ("Advanced Certificate", "maybe", 12), ("Supervisory Certificate", "maybe", 5),
           ("Public Safety Dispatcher Basic Certificate", "non", 10), ("Reserve Officer Level I Certificate", "non", 5),
           ("Records Supervisor Certificate", "non", 2)],
    "NY": [("Police Officer", "sworn", 60), ("Peace Officer", "maybe", 25), ("Correction Officer", "non", 10),
           ("Public Safety Dispatcher", "non", 3)],
    "AZ": [("Full Authority Peace Officer", "sworn", 55), ("Specialty Peace Officer", "maybe", 5),
           ("Reserve Peace Officer - Limited", "non", 6), ("Detention Officer", "non", 20)],
    "IL": [("Full-Time Law Enforcement Officer", "sworn", 50), ("Part-Time Law Enforcement Officer", "maybe", 8),
           ("Full-Time Law Enforcment Officer", "maybe", 2), ("Correctional Officer", "non", 15),
           ("County Corrections Officer", "non", 8), ("Court Security Officer", "non", 4), ("Telecommunicator", "non", 5)],
    "MN": [("Peace Officer", "sworn", 85), ("Part-time Peace Officer", "maybe", 5)],
    "FED": [("Criminal Investigator (GS-1811)", "sworn", 20), ("Border Patrol Agent (GS-1896)", "sworn", 30),
            ("CBP Officer (GS-1895)", "sworn", 20), ("Deportation Officer (GS-1801)", "sworn", 15),
            ("Police Officer (GS-0083)", "sworn", 8), ("Correctional Officer (GS-0007)", "non", 15),
            ("Immigration Services Officer (GS-1801)", "non", 4), ("Transportation Security Officer (SV-1802)", "non", 5)],
}
CLASS_OF = {(s, t): c for s, lst in CTYPES.items() for t, c, _ in lst}
MAIN_SWORN = {"TX": "Peace Officer License", "FL": "Law Enforcement", "CA": "Basic Certificate", "NY": "Police Officer",
              "AZ": "Full Authority Peace Officer", "IL": "Full-Time Law Enforcement Officer", "MN": "Peace Officer",
              "FED": None}
FED_SWORN = ["Border Patrol Agent (GS-1896)", "Criminal Investigator (GS-1811)", "CBP Officer (GS-1895)",
             "Deportation Officer (GS-1801)", "Police Officer (GS-0083)"]
FED_AGENCY = {"Border Patrol Agent (GS-1896)": "U.S. Border Patrol",
              "Criminal Investigator (GS-1811)": "Homeland Security Investigations",
              "CBP Officer (GS-1895)": "U.S. Customs and Border Protection",
              "Deportation Officer (GS-1801)": "U.S. Immigration and Customs Enforcement",
              "Police Officer (GS-0083)": "Federal Protective Service",
              "Correctional Officer (GS-0007)": "Federal Bureau of Prisons",
              "Immigration Services Officer (GS-1801)": "U.S. Citizenship and Immigration Services",
              "Transportation Security Officer (SV-1802)": "Transportation Security Administration"}
STATE_TARGET = {"TX": 15000, "CA": 11000, "FL": 9000, "NY": 7500, "AZ": 5500, "IL": 5500, "MN": 3500, "FED": 3000}
STATE_MIX = {  # ethnic mix of registry population per source
    "TX": {"anglo": 40, "black": 12, "hispanic": 40, "vietnamese": 3, "korean": 1, "chinese": 1, "indian": 1, "arabic": 1, "polish": 1},
    "CA": {"anglo": 35, "black": 8, "hispanic": 38, "vietnamese": 5, "korean": 4, "chinese": 5, "indian": 2, "arabic": 2, "polish": 1},
    "FL": {"anglo": 45, "black": 18, "hispanic": 32, "vietnamese": 1, "korean": 1, "chinese": 1, "indian": 1, "arabic": 1, "polish": 1},
    "NY": {"anglo": 45, "black": 17, "hispanic": 25, "vietnamese": 1, "korean": 3, "chinese": 4, "indian": 2, "arabic": 2, "polish": 3},
    "AZ": {"anglo": 55, "black": 5, "hispanic": 35, "vietnamese": 1, "korean": 1, "chinese": 1, "indian": 1, "arabic": 1, "polish": 1},
    "IL": {"anglo": 50, "black": 18, "hispanic": 20, "vietnamese": 1, "korean": 1, "chinese": 2, "indian": 2, "arabic": 2, "polish": 6},
    "MN": {"anglo": 78, "black": 6, "hispanic": 5, "vietnamese": 2, "korean": 2, "chinese": 1, "indian": 1, "arabic": 4, "polish": 2},
    "FED": {"anglo": 50, "black": 12, "hispanic": 30, "vietnamese": 2, "korean": 1, "chinese": 1, "indian": 1, "arabic": 2, "polish": 1},
}
OFFICES = [("Houston", "TX"), ("Dallas", "TX"), ("San Antonio", "TX"), ("El Paso", "TX"), ("Harlingen", "TX"),
           ("Los Angeles", "CA"), ("San Diego", "CA"), ("San Francisco", "CA"), ("Miami", "FL"), ("Orlando", "FL"),
           ("New York City", "NY"), ("Buffalo", "NY"), ("Phoenix", "AZ"), ("Chicago", "IL"), ("St. Paul", "MN"),
           ("Atlanta", "GA"), ("Newark", "NJ"), ("Philadelphia", "PA"), ("Denver", "CO"), ("Seattle", "WA"),
           ("New Orleans", "LA"), ("Detroit", "MI"), ("Salt Lake City", "UT"), ("Baltimore", "MD")]
OFFICE_W = [9, 7, 6, 5, 3, 8, 6, 3, 6, 3, 7, 2, 6, 5, 3, 4, 3, 2, 3, 3, 2, 2, 2, 2]

NONLEO_JOBS = [  # (title, employer, category, weight)
    ("Loan Officer", "Wells Fargo Home Mortgage", "other", 8), ("Mortgage Loan Officer", "Navy Federal Credit Union", "other", 4),
    ("Safety Officer", "Turner Construction", "other", 5), ("Environmental Health and Safety Officer", "Bechtel", "other", 2),
    ("Compliance Officer", "Bank of America", "other", 5), ("Administrative Officer", "U.S. Department of State", "other", 4),
    ("Financial Aid Officer", "University of Houston", "other", 3), ("Chief Information Officer", "Lone Star Logistics LLC", "other", 1),
    ("Information Security Officer", "Humana", "other", 2), ("Code Enforcement Officer", "City of Mesa", "other", 3),
    ("Animal Control Officer", "City of Fresno", "other", 2), ("Petty Officer Second Class", "U.S. Navy", "military", 4),
    ("Military Police", "U.S. Army", "military", 10), ("Military Police Officer (31A)", "U.S. Army", "military", 3),
    ("Master-at-Arms", "U.S. Navy", "military", 3), ("Security Forces", "U.S. Air Force", "military", 3),
    ("Security Officer", "Allied Universal", "security", 8), ("Loss Prevention Officer", "Target Corporation", "security", 3),
    ("Armed Security Officer", "Securitas", "security", 3), ("Probation Officer", "Harris County Community Supervision", "probation", 4),
    ("Juvenile Probation Officer", "Maricopa County Juvenile Probation", "probation", 2), ("Parole Agent", "CDCR Division of Adult Parole", "probation", 2),
    ("Correctional Officer", "Texas Department of Criminal Justice", "corrections", 8),
    ("Detention Officer", "CoreCivic", "corrections", 4), ("Detention Officer", "GEO Group", "corrections", 3),
    ("Customer Service Officer", "Citibank", "other", 2), ("Claims Officer", "USAA", "other", 2),
    ("Public Information Officer", "Dallas Police Department", "other", 1), ("Emergency Management Officer", "City of Tucson", "other", 1),
]
NONOFFICER_JOBS = [("Border Patrol Agent", "U.S. Border Patrol"), ("Customs Broker", "Expeditors"),
                   ("Paralegal", "Baker Botts LLP"), ("Logistics Specialist", "U.S. Army"), ("Teacher", "Houston ISD"),
                   ("Immigration Paralegal", "Catholic Charities"), ("Investigator", "State Farm"),
                   ("Case Manager", "Catholic Charities"), ("Infantryman", "U.S. Marine Corps"),
                   ("Warehouse Supervisor", "Amazon"), ("Claims Adjuster", "Allstate"), ("Sales Associate", "Home Depot"),
                   ("Program Analyst", "Department of Veterans Affairs"), ("Interpreter", "Lionbridge")]


# ----------------------------------------------------------------------------- generator
class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.hires = []
        self.recs = []      # certification rows
        self.decs = []      # decertification rows
        self.hist = []
        self.train = []
        self.rid = defaultdict(int)
        self.did = 0
        self.persons = []   # stranger persons (for collision checks)

    # --- names
    def wpick(self, pairs):
        tot = sum(w for _, w in pairs)
        x = self.r.random() * tot
        for n, w in pairs:
            x -= w
            if x <= 0:
                return n
        return pairs[-1][0]

    def person(self, group=None, sex=None, mix=None, accent_p=None):
        r = self.r
        if group is None:
            mix = mix or {g: v[0] for g, v in GROUPS.items()}
            group = self.wpick(list(mix.items()))
        sur, male, fem = GROUPS[group][1:]
        if sex is None:
            sex = "F" if r.random() < 0.24 else "M"
        first = self.wpick(fem if sex == "F" else male)
        last = self.wpick(sur)
        middle, suffix = "", ""
        if group == "vietnamese":
            middle = r.choice(VIET_MIDDLE_F if sex == "F" else VIET_MIDDLE_M) if r.random() < 0.7 else ""
        elif group == "hispanic":
            if " " not in first and r.random() < 0.45:
                middle = self.wpick(fem if sex == "F" else male).split()[0]
            if r.random() < 0.14:
                last2 = self.wpick(sur)
                if last2 != last:
                    last = last + (" " if r.random() < 0.6 else "-") + last2
        elif group in ("korean", "chinese"):
            middle = "" if r.random() < 0.7 else self.wpick(fem if sex == "F" else male)
        else:
            if r.random() < 0.72:
                middle = self.wpick(fem if sex == "F" else male)
                if middle == first:
                    middle = ""
            if sex == "M" and group in ("anglo", "black"):
                x = r.random()
                suffix = "Jr" if x < 0.04 else "III" if x < 0.05 else "Sr" if x < 0.055 else ""
        ap = accent_p if accent_p is not None else {"hispanic": 0.35, "vietnamese": 0.35, "polish": 0.45}.get(group, 0)
        if ap and r.random() < ap:
            first = ACCENTED.get(first, first)
            last = " ".join(ACCENTED.get(t, t) for t in last.split(" "))
            last = "-".join(ACCENTED.get(t, t) for t in last.split("-"))
            middle = ACCENTED.get(middle, middle)
        if group == "polish" and sex == "F" and last.endswith("ski"):
            last = last[:-1] + "a"
        return {"first": first, "middle": middle, "last": last, "suffix": suffix, "sex": sex, "group": group,
                "dob": self.rand_date(D(1958, 1, 1), D(2001, 12, 31))}

    def rand_date(self, a, b):
        return a + dt.timedelta(days=self.r.randint(0, (b - a).days))

    # --- records
    def new_rid(self, src):
        self.rid[src] += 1
        pre = {"TX": "TX", "FL": "FL", "CA": "CA", "NY": "NY", "AZ": "AZ", "IL": "IL", "MN": "MN", "FED": "FED"}[src]
        return f"{pre}{self.rid[src] + 100000 * (1 + list(STATE_TARGET).index(src)):07d}"

    def rec(self, src, p, ctype, status, issued, sep, agency, owner=None, dob="p", dob_blank=False, planted=False,
            cls=None, link=None, middle=None):
        r = {"record_id": self.new_rid(src), "source": src, "first": p["first"],
             "middle": p["middle"] if middle is None else middle, "last": p["last"], "suffix": p.get("suffix", ""),
             "dob": p["dob"] if dob == "p" else dob, "dob_blank": dob_blank, "ctype": ctype, "status": status,
             "issued": issued, "sep": sep, "agency": agency, "owner": owner, "planted": planted,
             "cls": cls or CLASS_OF[(src, ctype)], "link": link, "pid": id(p)}
        self.recs.append(r)
        return r

    def dec(self, src, p, action, date, reason, dob="p", owner=None, link=None, planted=False, last=None):
        self.did += 1
        d = {"record_id": f"DC{self.did:06d}", "source": src, "first": p["first"], "last": last or p["last"],
             "suffix": p.get("suffix", ""), "dob": p["dob"] if dob == "p" else dob, "action": action,
             "action_date": date, "reason": reason, "owner": owner, "link": link, "planted": planted, "pid": id(p)}
        self.decs.append(d)
        return d

    # --- stranger population
    def stranger_career(self, p, src):
        r = self.r
        lst = CTYPES[src]
        age0 = r.randint(21, 34)
        issued = add_years(p["dob"], age0) + dt.timedelta(days=r.randint(0, 300))
        if issued > D(2025, 6, 30):
            issued = self.rand_date(D(2019, 1, 1), D(2025, 6, 30))
        x = r.random()
        if x < 0.55:
            status, sep = "active", None
        elif x < 0.88:
            status = "inactive"
        elif x < 0.93:
            status = "lapsed"
        elif x < 0.98:
            status = "revoked"
        else:
            status = "suspended"
        if status != "active":
            span = (EXTRACT - issued).days
            sep = issued + dt.timedelta(days=r.randint(min(60, span), max(61, span - 1)))
            if sep > EXTRACT:
                sep = EXTRACT - dt.timedelta(days=10)
        ctype = self.wpick([(t, w) for t, c, w in lst])
        cls = CLASS_OF[(src, ctype)]
        kind = "sworn" if cls != "non" else ("dispatch" if "ispatch" in ctype or "elecom" in ctype else "jail")
        if src == "FED":
            agency = FED_AGENCY[ctype]
        else:
            agency = r.choice(AGENCIES[src][kind if kind in AGENCIES[src] else "sworn"])
        rows = []
        blank = src == "IL" and r.random() < 0.06
        if src == "TX" and cls == "sworn":
            rows.append(self.rec(src, p, "Peace Officer License", status, issued, sep, agency, dob_blank=blank))
            rows.append(self.rec(src, p, "Basic Peace Officer", status, issued, sep, agency, dob_blank=blank))
            if r.random() < 0.4:
                i2 = add_years(issued, r.randint(3, 8))
                if i2 < (sep or EXTRACT):
                    rows.append(self.rec(src, p, r.choice(["Intermediate Peace Officer", "Advanced Peace Officer"]),
                                         status, i2, sep, agency, dob_blank=blank))
            if r.random() < 0.2:
                j0 = add_years(issued, -r.randint(1, 4))
                rows.append(self.rec(src, p, "Jailer License", "inactive", j0, issued - dt.timedelta(days=1),
                                     r.choice(AGENCIES["TX"]["jail"]), dob_blank=blank))
        else:
            rows.append(self.rec(src, p, ctype, status, issued, sep, agency, dob_blank=blank))
            if src == "CA" and cls == "maybe" and r.random() < 0.4:
                i2 = add_years(issued, r.randint(2, 6))
                if i2 < (sep or EXTRACT):
                    rows.append(self.rec(src, p, r.choice(["Intermediate Certificate", "Advanced Certificate"]),
                                         status, i2, sep, agency))
        if r.random() < 0.01:  # duplicate row with new id (realistic extract noise)
            dup = dict(rows[0]); dup["record_id"] = self.new_rid(src); self.recs.append(dup)
        if status in ("revoked", "suspended") and r.random() < 0.75:
            act = {"revoked": r.choice(["revoked", "revoked", "surrendered"]), "suspended": "suspended"}[status]
            reason = r.choice(["Conviction - felony", "Untruthfulness", "Excessive force", "DWI conviction",
                               "Failure to complete training", "Domestic violence", "Voluntary surrender"])
            ddob = None if r.random() < 0.15 else "p"
            self.dec(src, p, act, sep or issued, reason, dob=ddob)
        return rows

    def build_strangers(self):
        r = self.r
        counts = defaultdict(int)
        for src in STATE_TARGET:
            counts[src] = sum(1 for x in self.recs if x["source"] == src)
        for src, tgt in STATE_TARGET.items():
            while counts[src] < tgt:
                p = self.person(mix=STATE_MIX[src])
                p["states"] = [src]
                self.persons.append(p)
                n = len(self.stranger_career(p, src))
                counts[src] += n
                if r.random() < 0.06:
                    s2 = r.choice([s for s in STATE_TARGET if s != src])
                    p["states"].append(s2)
                    counts[s2] += len(self.stranger_career(p, s2))

    def namesake_boost(self):
        """very common hire names get extra namesakes (different DOB) in the registry"""
        r = self.r
        for h in self.hires:
            key = (norm(h["first"]), norm(h["last"]))
            if key in COMMON_KEYS and r.random() < 0.8:
                for _ in range(r.randint(6, 22)):
                    src = r.choice(["TX", "TX", "CA", "CA", "FL", "AZ", "NY", "IL", "FED"])
                    p = self.person(group=h["group"], sex=h["sex"])
                    p["first"], p["last"] = strip_acc(h["first"]) if r.random() < 0.5 else h["first"], h["last"]
                    p["middle"] = self.person(group=h["group"], sex=h["sex"])["first"].split()[0] if r.random() < 0.6 else ""
                    p["states"] = [src]
                    self.persons.append(p)
                    self.stranger_career(p, src)


COMMON_KEYS = {("MARIA", "GARCIA"), ("MARIA", "RODRIGUEZ"), ("MARIA", "HERNANDEZ"), ("MARIA", "MARTINEZ"),
               ("JOSE", "RODRIGUEZ"), ("JOSE", "GARCIA"), ("JOSE", "HERNANDEZ"), ("JUAN", "MARTINEZ"),
               ("JUAN", "GARCIA"), ("JAMES", "SMITH"), ("MICHAEL", "JOHNSON"), ("ROBERT", "WILLIAMS"),
               ("MICHAEL", "SMITH"), ("DAVID", "NGUYEN"), ("DANIEL", "KIM"), ("JOHN", "LEE"), ("MICHAEL", "BROWN"),
               ("CHRISTOPHER", "DAVIS"), ("JOHN", "SMITH"), ("DAVID", "JOHNSON"), ("MICHAEL", "WILLIAMS"),
               ("LUIS", "GONZALEZ"), ("CARLOS", "LOPEZ"), ("JENNIFER", "NGUYEN"), ("DAVID", "KIM")}
COMMON_LIST = sorted(COMMON_KEYS)


# ----------------------------------------------------------------------------- hires & scenarios
TITLE_BY_AGENCY = lambda a: ("Deputy Sheriff" if "Sheriff" in a else "State Trooper" if ("State Police" in a or "Patrol" in a and "Border" not in a or "Public Safety" in a) else
                             "Border Patrol Agent" if "Border Patrol" in a else "Special Agent" if ("Investigation" in a or "Drug" in a) else
                             "Deputy U.S. Marshal" if "Marshals" in a else "CBP Officer" if "Customs" in a else
                             "Deportation Officer" if "Immigration" in a else "Police Officer")


class Builder(World):
    def common_person(self):
        f, l = self.r.choice(COMMON_LIST)
        grp = ("hispanic" if l in ("GARCIA", "RODRIGUEZ", "HERNANDEZ", "MARTINEZ", "GONZALEZ", "LOPEZ") else
               "vietnamese" if l == "NGUYEN" else "korean" if l in ("KIM", "LEE") else self.r.choice(["anglo", "anglo", "black"]))
        sex = "F" if f in ("MARIA", "JENNIFER") else "M"
        p = self.person(group=grp, sex=sex)
        f2, l2 = f.title(), l.title()
        if grp in ("hispanic", "vietnamese") and self.r.random() < 0.35:
            f2, l2 = ACCENTED.get(f2, f2), ACCENTED.get(l2, l2)
        p["first"], p["last"], p["suffix"] = f2, l2, ""
        return p

    def hire(self, scn, track="LEO", person=None, group=None, sex=None, common=False, basic="rand", why=""):
        r = self.r
        p = person or (self.common_person() if common else self.person(group=group, sex=sex))
        hd = self.rand_date(D(2023, 1, 9), D(2025, 6, 27))
        while hd.weekday() != 0:
            hd += dt.timedelta(days=1)
        if p["dob"] is not None and (hd.year - p["dob"].year < 23 or hd.year - p["dob"].year > 56):
            p["dob"] = self.rand_date(add_years(hd, -50), add_years(hd, -24))
        office = self.wpick(list(zip(OFFICES, OFFICE_W)))
        h = dict(p)
        h.update(hire_id=f"{len(self.hires) + 7001:07d}", hire_date=hd, track=track, scenario=scn, why=[why] if why else [],
                 contribs=[], mods=[], gap=None, office=office, basic=basic, extra_resume=[], short_via_training=False,
                 short_withdrawn=False)
        if basic == "rand":
            x = r.random()
            h["basic"] = ("completed" if x < 0.27 else "enrolled" if x < 0.35 else "withdrawn" if x < 0.38 else
                          "failed" if x < 0.40 else None)
        self.hires.append(h)
        return h

    def job(self, h, title, employer, state, start, end, sworn=False):
        self.hist.append({"hire_id": h["hire_id"], "employer": employer, "title": title, "state": state,
                          "start_date": start, "end_date": end, "sworn": sworn})

    def filler_job(self, h, before):
        t, e = self.r.choice(NONOFFICER_JOBS[1:])
        s = add_years(before, -self.r.randint(2, 6))
        self.job(h, t, e, self.r.choice(COVERED + UNCOVERED), s, before - dt.timedelta(days=self.r.randint(20, 200)))

    # ---- own careers
    def career_dates(self, h, sep_months=None, min_service_m=14, max_years=16):
        """return issued, sep for a sworn career ending at/near hire"""
        r, hd = self.r, h["hire_date"]
        end = hd if sep_months is None else add_months(hd, -sep_months) - dt.timedelta(days=r.randint(0, 25))
        earliest = add_years(h["dob"] or D(1985, 1, 1), 21)
        lo = add_years(end, -max_years)
        lo = max(lo, earliest)
        hi = add_months(end, -min_service_m)
        if lo >= hi:
            h["dob"] = add_years(h["dob"], -6) if h["dob"] else None
            lo = add_months(end, -min_service_m - 60)
        issued = self.rand_date(lo, hi)
        return issued, (None if sep_months is None else end)

    def own(self, h, src, ctype=None, status=None, issued=None, sep="auto", agency=None, variant="clean", single=False,
            history=True, link=None, dob="h", last=None, first=None, middle=None, sep_months="rand"):
        r = self.r
        if issued is None:
            if sep_months == "rand":
                sep_months = None if r.random() < 0.7 else r.randint(1, 30)
            issued, s2 = self.career_dates(h, sep_months)
            if sep == "auto":
                sep = s2
        if sep == "auto":
            sep = None
        if status is None:
            status = "active" if sep is None or sep >= h["hire_date"] else r.choice(["inactive"] * 9 + ["lapsed"])
        if ctype is None:
            ctype = MAIN_SWORN[src] if src != "FED" else r.choice(FED_SWORN)
        cls = CLASS_OF[(src, ctype)]
        if agency is None:
            if src == "FED":
                agency = FED_AGENCY[ctype]
            else:
                kind = "sworn" if cls != "non" else ("dispatch" if ("ispatch" in ctype or "elecom" in ctype) else "jail")
                agency = r.choice(AGENCIES[src][kind])
        p = {"first": first or h["first"], "middle": h["middle"] if middle is None else middle,
             "last": last or h["last"], "suffix": h["suffix"], "dob": h["dob"] if dob == "h" else dob}
        lk = link or "L"
        if h["dob"] is None:
            lk = "lead"
        elif src == "FL" and p["dob"] is not None:
            lk = "year" if lk == "L" else lk
        rows = []
        if src == "TX" and cls == "sworn" and not single:
            rows.append(self.rec(src, p, "Peace Officer License", status, issued, sep, agency, owner=h["hire_id"], planted=True, link=lk))
            rows.append(self.rec(src, p, "Basic Peace Officer", status, issued, sep, agency, owner=h["hire_id"], planted=True, link=lk))
            i2 = add_years(issued, r.randint(4, 8))
            if i2 < (sep or h["hire_date"]) and r.random() < 0.5:
                rows.append(self.rec(src, p, "Intermediate Peace Officer", status, i2, sep, agency, owner=h["hire_id"], planted=True, link=lk))
        else:
            rows.append(self.rec(src, p, ctype, status, issued, sep, agency, owner=h["hire_id"], planted=True, link=lk))
        for x in rows:
            x["dob_blank"] = p["dob"] is None
        if history:
            st = src if src != "FED" else r.choice(["TX", "AZ", "CA", "NM", "DC", "VA"])
            if cls == "non":
                title = {"TX": "Detention Officer", "FL": "Correctional Officer", "CA": "Public Safety Dispatcher",
                         "NY": "Correction Officer", "AZ": "Detention Officer", "IL": "Correctional Officer",
                         "FED": "Correctional Officer"}.get(src, "Officer")
                if "Reserve" in ctype or "Auxiliary" in ctype:
                    title = "Reserve Officer"
                if "elecom" in ctype or "ispatch" in ctype:
                    title = "911 Telecommunicator"
                if "Security" in ctype:
                    title = ctype.split(" (")[0]
                if "Immigration Services" in ctype:
                    title = "Immigration Services Officer"
            else:
                title = TITLE_BY_AGENCY(agency)
            self.job(h, title, agency, st, issued - dt.timedelta(days=r.randint(60, 200)),
                     sep if sep is not None else None, sworn=(cls != "non"))
            if r.random() < 0.5:
                self.filler_job(h, issued - dt.timedelta(days=200))
        return rows

    # ---- person pickers with constraints
    def pick(self, cond, **kw):
        for _ in range(5000):
            p = self.person(**kw)
            if cond(p):
                return p
        raise RuntimeError("pick failed")


def varied(W, h, src, variant):
    """register an own sworn record under a name/DOB variant; returns link"""
    r = W.r
    f, m, l, dob = h["first"], h["middle"], h["last"], h["dob"]
    link = "L"
    if variant == "nick_en" or variant == "nick_es":
        table = NICK_EN if variant == "nick_en" else NICK_ES
        formal = strip_acc(f)
        nick = r.choice(table[formal])
        if variant == "nick_en" and r.random() < 0.4:
            h["first"], f = nick, formal  # hire goes by nickname in HR, registry has legal name
        else:
            f = nick
        link = "L" if variant == "nick_en" else "L?"
    elif variant == "compound":
        a, b = f.split(" ", 1)
        f, m = a, b
    elif variant == "double_paternal":
        parts = l.replace("-", " ").split(" ")
        x = r.random()
        l = parts[0] if x < 0.5 else ("-".join(parts) if " " in l else " ".join(parts))
    elif variant == "double_maternal":
        l = l.replace("-", " ").split(" ")[-1]
        link = "L?"
    elif variant == "hyphen_married":
        l = l.split("-")[0] if r.random() < 0.6 else l.split("-")[1]
    elif variant == "maiden_middle":
        l, m = h["middle"], ""
        link = "L?"
    elif variant == "typo_last":
        s = strip_acc(l)
        i = r.randint(1, len(s) - 2)
        if r.random() < 0.5:
            s = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        else:
            s = s[:i] + r.choice("AEIOURNST").lower() + s[i + 1:]
        l = s
    elif variant == "korean_given":
        f = f.replace("-", "" if r.random() < 0.5 else " ")
    elif variant == "viet_order":
        f, l = l, f
        link = "L?"
    elif variant in ("dob_swap", "dob_typo", "dob_year"):
        link = "L?"
        if variant == "dob_swap":
            if dob.day > 12 or dob.day == dob.month:
                dob = D(dob.year, dob.month, dob.month % 12 + 1)
                h["dob"] = dob
            dob = D(dob.year, dob.day, dob.month)
        elif variant == "dob_year":
            dob = D(dob.year + r.choice([-1, 1]), dob.month, dob.day if dob.day < 29 else 28)
        else:
            for _ in range(100):
                s = list(dob.strftime("%Y%m%d"))
                i = r.choice([3, 5, 6, 7, 7])
                s[i] = str(r.randint(0, 9))
                try:
                    nd = D(int("".join(s[:4])), int("".join(s[4:6])), int("".join(s[6:])))
                except ValueError:
                    continue
                if nd != dob:
                    dob = nd
                    break
    elif variant == "dob_blank":
        dob = None
        link = "lead"
    return f, m, l, dob, link


def build_hires(W):
    r = W.r
    # ---------------------------------------------------------------- A. clean verified, by source
    for src, n in [("TX", 150), ("NY", 50), ("AZ", 45), ("IL", 45), ("MN", 40), ("FED", 60), ("CA", 70), ("FL", 50)]:
        for i in range(n):
            common = r.random() < 0.12
            mix = STATE_MIX[src]
            h = W.hire(f"clean_{src.lower()}", common=common, person=None if common else W.person(mix=mix), basic=None)
            if r.random() < 0.05:
                h["basic"] = "completed"
            W.own(h, src)
            h["why"].append(f"own {src} sworn record, name/DOB agree, >=12 months, within window")
    # ---------------------------------------------------------------- B. separation edges
    for i in range(6):  # exactly 3 years (no Feb 29 inside the span)
        h = W.hire("sep_exact_3y", basic=None)
        hd = h["hire_date"]
        if (hd.month, hd.day) <= (2, 28) and hd.year == 2024 or (hd.year == 2025 and (hd.month, hd.day) <= (2, 28)) or hd.year == 2024 and hd.month > 2:
            pass
        # force a hire date in 2023-03..2023-12 or 2025-03..2025-06 so [hd-3y, hd] has no Feb 29? 2020/2024 are leap
        h["hire_date"] = hd = D(2023, r.randint(3, 12), r.randint(1, 28))
        sep = add_years(hd, -3)
        # span sep..hd = (2020-03..12)..(2023-03..12): contains no Feb 29 (2024-02-29 after; 2020-02-29 before)
        W.own(h, r.choice(["TX", "AZ", "IL", "MN", "NY"]), issued=add_years(sep, -5), sep=sep, status="inactive")
        h["why"].append(f"separated {sep} exactly 3 calendar years (1095 days) before hire: 'no more than 3 years'")
    for i in range(6):
        h = W.hire("sep_3y_plus_1d", basic="rand")
        h["hire_date"] = hd = D(2023, r.randint(3, 12), r.randint(2, 28))
        sep = add_years(hd, -3) - dt.timedelta(days=1)
        W.own(h, r.choice(["TX", "AZ", "IL", "MN", "NY"]), issued=add_years(sep, -6), sep=sep, status="inactive")
        h["why"].append(f"separated {sep}, 3 years + 1 day before hire")
    for i in range(30):
        h = W.hire("sep_over_3y")
        hd = h["hire_date"]
        sep = add_months(hd, -r.randint(40, 130))
        W.own(h, r.choice(["TX", "TX", "CA", "AZ", "IL", "NY", "MN", "FED"]), issued=add_years(sep, -r.randint(2, 9)), sep=sep,
              status=r.choice(["inactive", "inactive", "lapsed"]))
        h["why"].append(f"own sworn record but separated {sep}, more than 3 years before hire")
    for i in range(8):
        h = W.hire("sep_after_hire", basic=None)
        hd = h["hire_date"]
        sep = hd + dt.timedelta(days=r.randint(1, 20))
        W.own(h, r.choice(["TX", "AZ", "IL", "NY", "MN"]), issued=add_years(hd, -r.randint(3, 10)), sep=sep, status="inactive")
        h["why"].append("separation dated after EOD: still serving on hire date")
    for i in range(6):
        h = W.hire("sep_day_before_hire", basic=None)
        hd = h["hire_date"]
        W.own(h, r.choice(["TX", "AZ", "IL", "NY", "MN"]), issued=add_years(hd, -r.randint(3, 10)),
              sep=hd - dt.timedelta(days=1), status="inactive")
        h["why"].append("separated the day before EOD")
    # ---------------------------------------------------------------- C. service edges
    for i in range(6):
        h = W.hire("service_exact_12m", basic=None)
        h["hire_date"] = hd = D(2023, r.randint(3, 12), r.randint(1, 28))
        W.own(h, r.choice(["AZ", "IL", "MN", "NY"]), issued=add_months(hd, -12), sep=None, status="active", single=True)
        h["why"].append("issued exactly 12 calendar months (365 days) before hire, still serving")
    for i in range(6):
        h = W.hire("service_12m_minus_1d")
        h["hire_date"] = hd = D(2023, r.randint(3, 12), r.randint(1, 27))
        W.own(h, r.choice(["AZ", "IL", "MN", "NY"]), issued=add_months(hd, -12) + dt.timedelta(days=1), sep=None,
              status="active", single=True)
        h["why"].append("issued 12 months minus one day before hire")
    for i in range(20):
        h = W.hire("service_short")
        hd = h["hire_date"]
        W.own(h, r.choice(["TX", "AZ", "IL", "MN", "NY", "FED"]), issued=add_months(hd, -r.randint(2, 10)), sep=None,
              status="active", single=True)
        h["why"].append("still serving but under 12 months of service at hire")
    for i in range(8):
        h = W.hire("short_service_prior_jailer")
        hd = h["hire_date"]
        iss = add_months(hd, -r.randint(3, 10))
        W.own(h, "TX", ctype="Jailer License", issued=add_years(iss, -r.randint(3, 7)), sep=iss - dt.timedelta(days=1),
              status="inactive", history=True)
        W.own(h, "TX", issued=iss, sep=None, status="active", single=True, history=False)
        h["why"].append("years as jailer (non-sworn) then peace officer license < 12 months: per-certification service fails")
    for i in range(5):
        h = W.hire("two_short_stints")
        hd = h["hire_date"]
        s2 = hd - dt.timedelta(days=r.randint(5, 40))
        i2 = add_months(s2, -7)
        s1 = i2 - dt.timedelta(days=30)
        i1 = add_months(s1, -8)
        W.own(h, "AZ", issued=i1, sep=s1, status="inactive", single=True)
        W.own(h, "NY", issued=i2, sep=s2, status="inactive", single=True)
        h["why"].append("two sworn certs of ~8 and ~7 months: neither shows 12 months")
    # ---------------------------------------------------------------- D. non-sworn own certs
    NON = [("TX", "Jailer License", 30), ("TX", "Telecommunicator License", 10), ("TX", "Basic County Corrections", 4),
           ("FL", "Correctional", 18), ("FL", "Correctional Probation", 5), ("FL", "Law Enforcement - Auxiliary", 6),
           ("CA", "Public Safety Dispatcher Basic Certificate", 8), ("CA", "Reserve Officer Level I Certificate", 6),
           ("NY", "Correction Officer", 10), ("AZ", "Detention Officer", 12), ("AZ", "Reserve Peace Officer - Limited", 6),
           ("IL", "Correctional Officer", 8), ("IL", "Court Security Officer", 4), ("IL", "Telecommunicator", 3),
           ("FED", "Correctional Officer (GS-0007)", 10), ("FED", "Immigration Services Officer (GS-1801)", 5),
           ("FED", "Transportation Security Officer (SV-1802)", 5)]
    for src, ct, n in NON:
        for i in range(n):
            h = W.hire("nonsworn_" + src.lower(), common=r.random() < 0.1)
            W.own(h, src, ctype=ct)
            h["why"].append(f"own {src} record is '{ct}' (not a sworn full-powers certification)")
    # ---------------------------------------------------------------- E. revoked / suspended status
    for i in range(25):
        h = W.hire("status_revoked_suspended")
        st = r.choice(["revoked", "revoked", "suspended"])
        W.own(h, r.choice(["TX", "AZ", "IL", "NY", "MN", "CA"]), status=st, sep_months=None)
        h["why"].append(f"own sworn record status {st}")
    # ---------------------------------------------------------------- F. decertifications
    for i in range(20):
        h = W.hire("decert_before_hire")
        src = r.choice(["TX", "AZ", "IL", "NY", "MN"])
        rows = W.own(h, src, sep_months=None)
        ad = h["hire_date"] - dt.timedelta(days=r.randint(30, 900))
        rr = rows[0]
        W.dec(src, {"first": rr["first"], "last": rr["last"], "suffix": rr["suffix"], "dob": h["dob"]},
              r.choice(["revoked", "suspended", "surrendered"]), ad, r.choice(["Untruthfulness", "Conviction - misdemeanor", "Excessive force"]),
              owner=h["hire_id"], link="L", planted=True)
        h["mods"].append("dec_block")
        h["why"].append(f"decertification action {ad} (same name+DOB) before hire; cert itself still shows active")
    for i in range(5):
        h = W.hire("decert_on_hire_date")
        src = r.choice(["TX", "AZ", "IL", "NY", "MN"])
        rows = W.own(h, src, sep_months=None)
        W.dec(src, {"first": rows[0]["first"], "last": rows[0]["last"], "suffix": rows[0]["suffix"], "dob": h["dob"]}, "suspended",
              h["hire_date"], "Administrative suspension", owner=h["hire_id"], link="L", planted=True)
        h["mods"].append("dec_block")
        h["why"].append("decertification dated exactly on hire_date ('on or before')")
    for i in range(12):
        h = W.hire("decert_after_hire", basic=None)
        src = r.choice(["TX", "AZ", "IL", "NY", "MN"])
        rows = W.own(h, src, sep_months=None)
        W.dec(src, {"first": rows[0]["first"], "last": rows[0]["last"], "suffix": rows[0]["suffix"], "dob": h["dob"]}, "revoked",
              h["hire_date"] + dt.timedelta(days=r.randint(20, 200)), "Conviction - felony", owner=h["hire_id"], link="L", planted=True)
        h["why"].append("decertification dated after hire_date; cert status still active")
    for i in range(5):
        h = W.hire("decert_after_hire_status_revoked", basic=None)
        src = r.choice(["TX", "AZ", "IL", "NY", "MN"])
        ad = h["hire_date"] + dt.timedelta(days=r.randint(60, 300))
        rows = W.own(h, src, sep_months=None, status="revoked", sep=ad)
        for x in rows:
            x["revoked_after"] = True
        W.dec(src, {"first": rows[0]["first"], "last": rows[0]["last"], "suffix": rows[0]["suffix"], "dob": h["dob"]}, "revoked", ad,
              "Conviction - felony", owner=h["hire_id"], link="L", planted=True)
        h["why"].append(f"status now 'revoked' but revocation {ad} is after hire: on hire_date it was valid (snapshot status)")
    for i in range(10):
        p = W.pick(lambda p: p["middle"] and p["middle"] != p["last"] and " " not in p["last"], group=r.choice(["anglo", "hispanic", "black"]), sex="F")
        maiden = W.person(group=p["group"])["last"].split(" ")[0]
        p["middle"] = maiden
        h = W.hire("decert_under_maiden", person=p)
        rows = W.own(h, "TX", sep_months=None, issued=add_months(h["hire_date"], -r.randint(20, 60)))
        old_iss = add_years(rows[0]["issued"], -r.randint(4, 8))
        ad = rows[0]["issued"] - dt.timedelta(days=r.randint(60, 400))
        W.own(h, "IL", status="revoked", issued=old_iss, sep=ad, last=maiden, middle="", history=False, link="L?")
        W.dec("IL", {"first": h["first"], "last": maiden, "suffix": "", "dob": h["dob"]}, "revoked", ad,
              "Untruthfulness", owner=h["hire_id"], link="L?", planted=True)
        h["mods"].append("dec_maiden")
        h["why"].append(f"active TX cert under married name, but IL revocation {ad} under maiden name {maiden} (hire's middle name), same DOB")
    for i in range(12):
        h = W.hire("decert_nodob_same_agency", basic=None)
        src = r.choice(["TX", "AZ", "IL", "NY"])
        rows = W.own(h, src, sep_months=None)
        W.dec(src, {"first": rows[0]["first"], "last": rows[0]["last"], "suffix": "", "dob": None}, "revoked",
              h["hire_date"] - dt.timedelta(days=r.randint(30, 700)), "Untruthfulness - " + rows[0]["agency"],
              owner=h["hire_id"], link="lead", planted=True)
        h["mods"].append("dec_lead_same")
        h["why"].append("decertification without DOB, same name, reason names the same agency: lead, cannot verify safely")
    for i in range(10):
        h = W.hire("decert_nodob_namesake_common", common=True, basic=None)
        src = r.choice(["TX", "AZ", "NY"])
        rows = W.own(h, src, sep_months=None)
        W.dec(r.choice(["IL", "FL"]), {"first": strip_acc(h["first"]).split(" ")[0], "last": strip_acc(h["last"]), "suffix": "", "dob": None},
              "revoked", h["hire_date"] - dt.timedelta(days=r.randint(30, 3000)), "Conviction - felony",
              link="lead", planted=True)
        h["mods"].append("dec_lead_other")
        h["why"].append("clean own record; a no-DOB decert for a very common namesake in another state/agency")
    for i in range(8):
        h = W.hire("revoked_elsewhere_active_here", basic=None)
        rows = W.own(h, "TX", sep_months=None, issued=add_months(h["hire_date"], -r.randint(24, 60)))
        W.own(h, "FL", status="revoked", issued=add_years(rows[0]["issued"], -5), sep=rows[0]["issued"] - dt.timedelta(days=90), history=False)
        h["mods"].append("conflict_revoked_elsewhere")
        h["why"].append("valid TX cert; earlier FL cert (year-only DOB) revoked, no decert row")
    # ---------------------------------------------------------------- G. name variants (clean otherwise)
    def variant_block(scn, n, cond, kw, variant, srcs=("TX", "NY", "AZ", "IL", "MN", "FED")):
        for i in range(n):
            p = W.pick(cond, **kw)
            h = W.hire(scn, person=p, basic=None)
            src = r.choice(srcs)
            f, m, l, dob, link = varied(W, h, src, variant)
            W.own(h, src, first=f, middle=m, last=l, dob=dob, link=link)
            h["why"].append(f"own {src} record under variant '{variant}': {f} {m} {l} dob {dob}")
    variant_block("nickname_en", 40, lambda p: strip_acc(p["first"]) in NICK_EN, {"group": "anglo"}, "nick_en")
    variant_block("nickname_es", 15, lambda p: strip_acc(p["first"]) in NICK_ES, {"group": "hispanic"}, "nick_es",
                  srcs=("TX", "AZ", "IL", "NY"))
    variant_block("diacritics", 40, lambda p: strip_acc(p["first"] + p["last"]) != p["first"] + p["last"],
                  {"group": None, "mix": {"hispanic": 5, "vietnamese": 3, "polish": 3}, "accent_p": 1.0}, "clean",
                  srcs=("TX", "NY", "AZ", "IL", "FED"))
    variant_block("compound_first_split", 12, lambda p: " " in p["first"], {"group": "hispanic"}, "compound",
                  srcs=("TX", "AZ", "IL", "NY"))
    variant_block("double_surname", 30, lambda p: (" " in p["last"] or "-" in p["last"]) and not p["last"].startswith("De "),
                  {"group": "hispanic"}, "double_paternal", srcs=("TX", "AZ", "IL", "NY"))
    variant_block("double_surname_maternal_only", 6, lambda p: (" " in p["last"] or "-" in p["last"]) and not p["last"].startswith("De "),
                  {"group": "hispanic"}, "double_maternal", srcs=("TX", "AZ", "IL"))
    for i in range(20):
        p = W.pick(lambda p: " " not in p["last"] and "-" not in p["last"], group=r.choice(["anglo", "black", "hispanic"]), sex="F")
        other = W.person(group="anglo")["last"]
        if " " in other or other == p["last"]:
            other = "Miller"
        p["last"] = p["last"] + "-" + other
        h = W.hire("hyphenated_married", person=p, basic=None)
        src = r.choice(["TX", "NY", "AZ", "IL", "MN"])
        f, m, l, dob, link = varied(W, h, src, "hyphen_married")
        W.own(h, src, last=l, link=link)
        h["why"].append(f"hire '{h['last']}', registry '{l}' (one part of hyphenated name), DOB exact")
    for i in range(15):
        p = W.pick(lambda p: " " not in p["last"] and "-" not in p["last"], group=r.choice(["anglo", "black", "polish"]), sex="F")
        maiden = p["last"]
        married = W.person(group="anglo")["last"]
        if married == maiden or " " in married:
            married = "Anderson"
        p["middle"], p["last"] = maiden, married
        h = W.hire("maiden_in_middle", person=p, basic=None)
        src = r.choice(["TX", "NY", "AZ", "IL", "MN"])
        W.own(h, src, last=maiden, middle=r.choice(["", W.person(group="anglo", sex="F")["first"]]), link="L?")
        h["extra_resume"].append(f"(formerly {strip_acc(h['first'])} {maiden})")
        h["why"].append(f"registry under maiden name {maiden} (= hire middle name), first+DOB exact")
    for i in range(15):
        p = W.pick(lambda p: " " not in p["last"], group=r.choice(["anglo", "black"]), sex="M")
        p["suffix"] = r.choice(["Jr", "Jr", "III", "II"])
        h = W.hire("suffix_in_registry_last", person=p, basic=None)
        W.own(h, r.choice(["TX", "NY"]))
        h["why"].append("registry renders suffix inside last name (e.g. 'SMITH JR' / 'SMITH, JR.')")
    for i in range(10):
        p = W.pick(lambda p: " " not in p["last"], group=r.choice(["anglo", "black"]), sex="M")
        p["suffix"] = r.choice(["Jr", "III"])
        h = W.hire("suffix_hire_only", person=p, basic=None)
        W.own(h, r.choice(["AZ", "IL", "MN"]))
        h["why"].append("hire has suffix, registry drops it")
    variant_block("last_name_typo", 15, lambda p: len(strip_acc(p["last"])) >= 6 and " " not in p["last"] and "-" not in p["last"]
                  and "'" not in p["last"], {"group": None}, "typo_last")
    variant_block("korean_given_hyphen", 8, lambda p: "-" in p["first"], {"group": "korean"}, "korean_given")
    variant_block("viet_name_order_swapped", 6, lambda p: True, {"group": "vietnamese"}, "viet_order", srcs=("TX", "CA", "NY"))
    # ---------------------------------------------------------------- H. DOB noise on own record
    variant_block("dob_day_month_swap", 15, lambda p: p["dob"].day <= 12 and p["dob"].day != p["dob"].month, {"group": None}, "dob_swap")
    variant_block("dob_digit_typo", 15, lambda p: True, {"group": None}, "dob_typo")
    variant_block("dob_year_off_by_one", 10, lambda p: True, {"group": None}, "dob_year")
    for i in range(12):
        h = W.hire("own_dob_blank_il", basic="rand")
        W.own(h, "IL", dob=None, link="lead")
        h["why"].append("own IL sworn record with blank DOB: name-only lead, cannot verify")
    for i in range(6):
        h = W.hire("own_issued_blank")
        rows = W.own(h, r.choice(["AZ", "IL", "NY"]), single=True)
        for x in rows:
            x["issued"] = None
        h["why"].append("own sworn record with blank issued_date: 12-month service cannot be shown")
    # ---------------------------------------------------------------- I. hire blank DOB
    for i in range(8):
        h = W.hire("hire_dob_blank_own_record")
        h["dob_real"] = h["dob"]
        src = r.choice(["TX", "AZ", "IL", "NY"])
        dd = h["dob"]
        h["dob"] = None
        W.own(h, src, dob=dd)
        h["why"].append("hire DOB blank; registry record with same name and a DOB: cannot link on DOB")
    for i in range(6):
        h = W.hire("hire_dob_blank_nonleo_common", common=True)
        h["dob"] = None
        t, e, c, _ = r.choice([j for j in NONLEO_JOBS if j[2] == "other"])
        W.job(h, t, e, r.choice(COVERED), add_years(h["hire_date"], -5), None)
        h["why"].append(f"{t}; hire DOB blank; common-name namesakes in registry")
    # ---------------------------------------------------------------- J. stranger traps on non-LEO hires
    def nonleo_job(h, cat=None):
        js = [j for j in NONLEO_JOBS if cat is None or j[2] == cat]
        t, e, c, _ = W.wpick([((a, b, cc, w), w) for a, b, cc, w in js])
        st = r.choice(COVERED + ["VA", "MD", "DC"])
        W.job(h, t, e, st, add_years(h["hire_date"], -r.randint(2, 9)), None if r.random() < 0.7 else h["hire_date"] - dt.timedelta(days=r.randint(10, 300)))
        return t
    def stranger_rec(h, src, first, middle, last, dob, ctype=None, suffix="", dob_blank=False):
        p = {"first": first, "middle": middle, "last": last, "suffix": suffix, "dob": dob}
        iss = add_years(h["hire_date"], -r.randint(3, 12))
        ctype = ctype or (MAIN_SWORN[src] if src != "FED" else r.choice(FED_SWORN))
        ag = FED_AGENCY[ctype] if src == "FED" else r.choice(AGENCIES[src]["sworn"])
        rr = W.rec(src, p, ctype, "active", iss, None, ag, planted=True)
        rr["dob_blank"] = dob_blank
        rr["trap_for"] = h["hire_id"]
        return rr
    for i in range(30):
        h = W.hire("trap_common_name_dob_near", common=True)
        t = nonleo_job(h)
        d = h["dob"]
        kind = r.choice(["swap", "digit", "year"])
        if kind == "swap" and d.day <= 12 and d.day != d.month:
            nd = D(d.year, d.day, d.month)
        elif kind == "year" and not (d.month == 2 and d.day == 29):
            nd = D(d.year + r.choice([-1, 1]), d.month, d.day)
        else:
            nd = d + dt.timedelta(days=r.choice([-9, 9, -10, 10, 1, -1, 20, -20]))
            if not dob_near(d, nd):
                nd = d + dt.timedelta(days=1)
        stranger_rec(h, r.choice(["TX", "CA", "AZ", "NY", "IL"]), strip_acc(h["first"]), W.person(group=h["group"])["first"].split()[0]
                     if r.random() < 0.5 else "", strip_acc(h["last"]), nd)
        h["why"].append(f"{t}; no own record; stranger namesake sworn with DOB {nd} (near-miss of {d})")
    TWINS = [("Daniel", "Daniela", "hispanic"), ("Adrian", "Adriana", "hispanic"), ("Gabriel", "Gabriela", "hispanic"),
             ("Alexander", "Alexandra", "anglo"), ("Daniel", "Danielle", "anglo")]
    for i in range(10):
        a, b, g = TWINS[i % len(TWINS)]
        p = W.person(group=g, sex="F")
        p["first"], p["middle"] = b, ""
        h = W.hire("trap_twin_similar_name", person=p)
        t = nonleo_job(h)
        stranger_rec(h, r.choice(["TX", "AZ", "NY"]), a, "", strip_acc(h["last"]), h["dob"])
        h["why"].append(f"{t}; twin brother {a} (same last, same DOB) is the sworn officer")
    for i in range(10):
        p = W.person(group=r.choice(["anglo", "black", "vietnamese", "hispanic"]), sex="M")
        h = W.hire("trap_twin_distinct_name", person=p)
        t = nonleo_job(h)
        for _ in range(50):
            tw = W.person(group=h["group"], sex="M")["first"]
            if not first_compat({"first": tw}, h):
                break
        stranger_rec(h, r.choice(["TX", "AZ", "NY", "IL"]), tw, "", strip_acc(h["last"]), h["dob"])
        h["why"].append(f"{t}; twin {tw} (same last, same DOB, different first name) is the sworn officer")
    for i in range(8):
        p = W.pick(lambda p: bool(p["middle"]), group=r.choice(["hispanic", "anglo"]))
        h = W.hire("trap_same_name_dob_middle_conflict", person=p)
        t = nonleo_job(h)
        for _ in range(50):
            om = W.person(group=h["group"], sex=h["sex"])["first"].split()[0]
            if not tok_compat(norm(om), norm(h["middle"])) and not tok_compat(norm(om), norm(h["first"])):
                break
        stranger_rec(h, r.choice(["TX", "AZ", "NY"]), strip_acc(h["first"]), om, strip_acc(h["last"]), h["dob"])
        h["why"].append(f"{t}; registry has same first/last/DOB but middle '{om}' vs hire '{h['middle']}'")
    for i in range(10):
        h = W.hire("trap_blank_dob_namesake", common=r.random() < 0.6)
        t = nonleo_job(h)
        stranger_rec(h, "IL", strip_acc(h["first"]), "", strip_acc(h["last"]), None, dob_blank=True)
        h["why"].append(f"{t}; IL namesake sworn record with blank DOB")
    for i in range(15):
        p = W.pick(lambda p: " " not in p["last"], group=r.choice(["anglo", "black", "hispanic"]), sex="M")
        p["suffix"] = "Jr"
        h = W.hire("trap_father_sr_leo", person=p)
        t = nonleo_job(h)
        fd = add_years(h["dob"], -r.randint(24, 32))
        stranger_rec(h, r.choice(["TX", "NY", "AZ"]), strip_acc(h["first"]), "", strip_acc(h["last"]), fd, suffix="Sr")
        h["why"].append(f"{t}; father (Sr, DOB {fd}) is the sworn officer")
    # ---------------------------------------------------------------- K. NY peace officer
    for i in range(6):
        h = W.hire("ny_peace_officer", basic=None)
        W.own(h, "NY", ctype="Peace Officer", agency=r.choice(["NYS Court Officers", "NYC Department of Correction",
                                                               "NYC Department of Sanitation Police", "SUNY University Police"]))
        h["why"].append("own NY 'Peace Officer' cert: peace officer per contract list, but NY peace officers are limited-powers")
    # ---------------------------------------------------------------- L. non-LEO officers, no registry
    for i in range(300):
        h = W.hire("nonleo_officer", common=r.random() < 0.12)
        t = nonleo_job(h)
        h["why"].append(f"resume/history: {t}; no registry record")
    for i in range(25):
        h = W.hire("aspirational")
        W.filler_job(h, h["hire_date"])
        h["extra_resume"].append(r.choice(["I hope to become a police officer.", "Aspiring law enforcement officer.",
                                           "My goal is to serve as a federal officer.", "Completed a citizen police academy; plan to become an officer."]))
        h["why"].append("aspirational 'officer' only")
    # ---------------------------------------------------------------- M. coverage gaps
    def uncov_job(h, title, st=None, end_years=(0, 1.5), start_years=(2, 10), employer=None, sworn=True):
        st = st or r.choice(UNCOVERED)
        emp = employer or r.choice(UNCOV_AGENCIES[st])
        end = h["hire_date"] - dt.timedelta(days=int(365 * r.uniform(*end_years)) + 5)
        start = add_years(end, -r.randint(*start_years))
        W.job(h, title, emp, st, start, None if (r.random() < 0.3 and end_years[0] == 0) else end, sworn=sworn)
        return f"{title}, {emp}, {st}"
    for i in range(60):
        h = W.hire("gap_sworn_uncovered", common=r.random() < 0.1)
        desc = uncov_job(h, r.choice(UNCOV_SWORN_TITLES))
        h["gap"] = "gap"
        h["why"].append(f"claims sworn job in uncovered state: {desc}")
    for i in range(10):
        h = W.hire("gap_sworn_uncovered_old")
        desc = uncov_job(h, r.choice(UNCOV_SWORN_TITLES), end_years=(6, 15), start_years=(2, 6))
        W.filler_job(h, h["hire_date"])
        h["gap"] = "gap_maybe"
        h["why"].append(f"claimed sworn job in uncovered state ended 6-15 years before hire (could never verify): {desc}")
    for i in range(8):
        h = W.hire("gap_federal_claim_uncovered_state")
        st = r.choice(["NM", "WA", "MI"])
        t = r.choice(["Border Patrol Agent", "CBP Officer"])
        desc = uncov_job(h, t, st=st, employer="U.S. Customs and Border Protection" if t == "CBP Officer" else "U.S. Border Patrol")
        h["gap"] = "gap_maybe"
        h["why"].append(f"claims federal LEO job ({desc}); FED registry loaded has no record")
    for i in range(6):
        h = W.hire("gap_detention_deputy_uncovered")
        desc = uncov_job(h, "Detention Deputy", st=r.choice(["CO", "WA", "OH"]),
                         employer=r.choice(["El Paso County Sheriff's Office", "King County Sheriff's Office", "Cuyahoga County Sheriff's Office"]), sworn="maybe")
        h["gap"] = "gap_maybe"
        h["why"].append(f"'Detention Deputy' in uncovered state ({desc}): likely corrections, possibly sworn")
    for i in range(6):
        h = W.hire("cso_uncovered")
        desc = uncov_job(h, "Community Service Officer", st=r.choice(["WA", "CO", "NV"]), sworn="maybe")
        h["gap"] = "gap_maybe"
        h["why"].append(f"non-sworn civilian CSO at a police dept in uncovered state ({desc})")
    for i in range(8):
        h = W.hire("pio_uncovered")
        desc = uncov_job(h, "Public Information Officer", st=r.choice(["CO", "OH", "PA", "GA"]), sworn=False)
        h["why"].append(f"civilian Public Information Officer at police dept in uncovered state ({desc}): not sworn, no gap")
    for i in range(6):
        h = W.hire("reserve_uncovered")
        desc = uncov_job(h, r.choice(["Reserve Police Officer", "Auxiliary Police Officer"]), sworn=False)
        h["why"].append(f"reserve/auxiliary in uncovered state ({desc}): not sworn, no gap")
    for i in range(15):
        h = W.hire("corrections_uncovered")
        st = r.choice(UNCOVERED)
        desc = uncov_job(h, r.choice(["Correctional Officer", "Corrections Officer", "Jail Officer"]), st=st,
                         employer=r.choice([f"{st} Department of Corrections", UNCOV_AGENCIES[st][-1]]), sworn=False)
        h["why"].append(f"corrections in uncovered state ({desc}): not sworn, no gap")
    for i in range(10):
        h = W.hire("military_police_uncovered")
        desc = uncov_job(h, r.choice(["Military Police", "Military Police Officer"]), st=r.choice(["NC", "GA", "WA", "OK"]),
                         employer=r.choice(["U.S. Army, Fort Liberty", "U.S. Army, Fort Stewart", "U.S. Army, Joint Base Lewis-McChord", "U.S. Army, Fort Sill"]), sworn=False)
        h["why"].append(f"military police ({desc}): military, no gap")
    for i in range(10):
        h = W.hire("gap_plus_verified", basic=None)
        W.own(h, r.choice(["TX", "AZ", "IL"]), sep_months=None, issued=add_months(h["hire_date"], -r.randint(20, 60)))
        desc = uncov_job(h, "Police Officer", end_years=(5, 9), start_years=(2, 4))
        h["why"].append(f"verified in covered state; also older sworn job in uncovered state ({desc})")
    for i in range(6):
        h = W.hire("gap_plus_nonsworn_covered")
        W.own(h, "TX", ctype="Jailer License", sep_months=r.randint(12, 40))
        desc = uncov_job(h, r.choice(["Police Officer", "Deputy Sheriff"]), end_years=(0, 0.8), start_years=(1, 3))
        h["gap"] = "gap"
        h["why"].append(f"TX jailer cert (non-sworn) plus recent sworn job in uncovered state ({desc})")
    for i in range(30):
        h = W.hire("covered_claim_no_record", common=r.random() < 0.15)
        st = r.choice(["TX", "TX", "AZ", "NY", "IL", "MN", "CA"])
        ag = r.choice(AGENCIES[st]["sworn"])
        end = h["hire_date"] - dt.timedelta(days=r.randint(10, 500))
        W.job(h, TITLE_BY_AGENCY(ag), ag, st, add_years(end, -r.randint(2, 8)), end, sworn=True)
        h["why"].append(f"claims {TITLE_BY_AGENCY(ag)} at {ag} ({st}, covered) but no registry record")
    # ---------------------------------------------------------------- O. twin sibling with non-sworn record, hire verified
    for i in range(6):
        h = W.hire("verified_twin_sibling_jailer", basic=None)
        W.own(h, "TX", sep_months=None)
        tw = W.person(group=h["group"], sex=r.choice(["M", "F"]))["first"]
        if first_compat({"first": tw}, h):
            tw = "Zachary" if h["sex"] == "M" else "Kimberly"
        p = {"first": strip_acc(tw), "middle": "", "last": strip_acc(h["last"]), "suffix": "", "dob": h["dob"]}
        W.rec("TX", p, "Jailer License", "active", add_years(h["hire_date"], -4), None, r.choice(AGENCIES["TX"]["jail"]), planted=True)
        h["why"].append(f"own TX peace officer record; twin {tw} is a jailer (same DOB)")
    # ---------------------------------------------------------------- BASIC track population
    for i in range(700):
        h = W.hire("basic_track_nonleo", track="BASIC", common=r.random() < 0.1, basic="na")
        t, e = r.choice(NONOFFICER_JOBS)
        W.job(h, t, e, r.choice(COVERED + UNCOVERED), add_years(h["hire_date"], -r.randint(2, 8)), None)
        h["why"].append("full-track hire")
    for i in range(130):
        h = W.hire("basic_track_real_leo", track="BASIC", basic="na")
        src = r.choice(["TX", "CA", "FL", "AZ", "NY", "FED", "FED"])
        W.own(h, src, ctype="Border Patrol Agent (GS-1896)" if src == "FED" else None, history=False)
        ag = [x for x in W.recs if x["owner"] == h["hire_id"]][0]["agency"]
        W.job(h, "Border Patrol Agent" if src == "FED" else "Patrolman", ag, src if src != "FED" else "TX",
              add_years(h["hire_date"], -5), None)
        h["why"].append("full-track hire (has registry record, irrelevant)")
    # short-track via training row for BASIC-screened hires
    cand = [h for h in W.hires if h["track"] == "LEO" and h["scenario"] in ("clean_tx", "nonleo_officer", "nonsworn_tx", "clean_az", "gap_sworn_uncovered")]
    for h in r.sample(cand, 25):
        h["track"], h["short_via_training"] = "BASIC", True
        h["why"].append("screened BASIC but has ERO-LEO-VIRT training row => short track")
    for i in range(5):
        h = W.hire("basic_track_short_course_withdrawn", track="BASIC", basic="completed")
        h["short_withdrawn"] = True
        t, e = r.choice(NONOFFICER_JOBS[1:])
        W.job(h, t, e, "TX", add_years(h["hire_date"], -4), None)
        h["why"].append("BASIC track, withdrew from ERO-LEO-VIRT (a short-list code row exists), completed basic")


# ----------------------------------------------------------------------------- matching helpers for truth
def last_compat(h, x):
    A = toks(h["last"]) | toks(h.get("middle", ""))
    B = toks(x["last"])
    return any(a == b or (min(len(a), len(b)) >= 4 and ed(a, b) <= 1) for a in A for b in B)


def eff_dob(x):
    if x.get("dob_blank") or x["dob"] is None:
        return None
    if x["source"] == "FL" and "action" not in x:
        return x["dob"].year
    return x["dob"]


def build_index(hires, with_blank, only_blank=False):
    idx = defaultdict(set)
    for i, h in enumerate(hires):
        if h["dob"] is None and not with_blank:
            continue
        if only_blank and h["dob"] is not None:
            continue
        for t in toks(h["last"]) | toks(h["middle"]):
            for d in (dels(t) if len(t) >= 4 else {t}):
                idx[d].add(i)
    return idx


def cands(idx, last):
    s = set()
    for t in toks(last):
        for d in (dels(t) if len(t) >= 4 else {t}):
            s |= idx.get(d, set())
    return s


class NearIdx:
    def __init__(self, hires):
        self.by_date, self.by_year = defaultdict(set), defaultdict(set)
        for i, h in enumerate(hires):
            if h["dob"] is None:
                continue
            for d in near_set(h["dob"]):
                self.by_date[d].add(i)
            for y in (h["dob"].year - 1, h["dob"].year, h["dob"].year + 1):
                self.by_year[y].add(i)
        self.name_all = build_index(hires, with_blank=False)
        self.name_blank = build_index(hires, with_blank=True, only_blank=True)

    def cands(self, last, eff):
        if eff is None:
            s = cands(self.name_all, last)
        elif isinstance(eff, int):
            s = self.by_year.get(eff, set()) & cands(self.name_all, last)
        else:
            s = set(self.by_date.get(eff, ()))
        return s | cands(self.name_blank, last)


def elig(x, hd):
    c = x["cls"]
    if c == "non":
        return None
    if x["status"] in ("revoked", "suspended") and not x.get("revoked_after"):
        return None
    if x["issued"] is None:
        return "unk"
    if x["issued"] > hd:
        return None
    sep = x["sep"]
    if sep is not None and sep < hd and add_years(sep, 3) < hd:
        return None
    end = sep if (sep is not None and sep < hd) else hd
    if end < add_months(x["issued"], 12):
        return None
    if x.get("revoked_after"):
        return "maybe"
    return {"sworn": "yes", "maybe": "maybe", "maybe3": "maybe3"}[c]


CLASS_OF[("NY", "Peace Officer")] = "maybe3"
CLASS_OF[("AZ", "Specialty Peace Officer")] = "maybe3"


def avoid_collisions(W):
    NI = NearIdx(W.hires)
    byp = defaultdict(list)
    for x in W.recs:
        if not x["planted"]:
            byp[x["pid"]].append(x)
    for x in W.decs:
        if not x["planted"]:
            byp[x["pid"]].append(x)

    def hits(p, xs):
        out = []
        for x in xs:
            for i in NI.cands(p["last"], eff_dob(x)):
                h = W.hires[i]
                if h["dob"] is None:
                    continue
                if dob_near(h["dob"], eff_dob(x)) and last_compat(h, p) and first_compat(h, p):
                    out.append((x, h))
        return out
    fixed = dropped = 0
    for p in W.persons:
        xs = byp[id(p)]
        hs = hits(p, xs)
        if not hs:
            continue
        for x, h in hs:
            if eff_dob(x) is None:
                x["dob_blank"] = False
                if x["dob"] is None:
                    x["dob"] = p["dob"]
        for attempt in range(60):
            if not hits(p, xs):
                break
            off = W.r.randint(400, 4000) * W.r.choice([-1, 1])
            nd = p["dob"] + dt.timedelta(days=off)
            if nd.year < 1950 or nd.year > 2003:
                nd = p["dob"] - dt.timedelta(days=off)
            p["dob"] = nd
            for x in xs:
                x["dob"] = nd
            fixed += 1
        else:
            for x in xs:
                x["dropped"] = True
            dropped += 1
    W.recs = [x for x in W.recs if not x.get("dropped")]
    W.decs = [x for x in W.decs if not x.get("dropped")]
    return fixed, dropped


def compute_truth(W):
    hid = {h["hire_id"]: h for h in W.hires}
    NI = NearIdx(W.hires)
    # name frequency (distinct persons) for year-only rarity
    cnt = defaultdict(set)
    for x in W.recs:
        cnt[(norm(x["first"]).split(" ")[0] if x["first"] else "", norm(x["last"]))].add(x["pid"])
    contrib = defaultdict(list)
    traps = defaultdict(list)
    accdec = defaultdict(list)
    for x in W.recs:
        if x["owner"]:
            h = hid[x["owner"]]
            e = elig(x, h["hire_date"])
            if e is None:
                continue
            lk = x["link"]
            if lk == "year":
                k = (norm(x["first"]).split(" ")[0], norm(x["last"]))
                lk = "L?" if (len(cnt[k]) <= 1 and x["middle"]) else "lead"
                if e == "yes":
                    h["why"].append(f"FL year-only DOB; namesakes={len(cnt[k])}")
            if e == "unk":
                c = {"R", "N"}
            elif lk == "L":
                c = {"yes": {"V"}, "maybe": {"V", "R"}, "maybe3": {"V", "R", "N"}}[e]
            elif lk == "L?":
                c = {"yes": {"V", "R"}, "maybe": {"V", "R"}, "maybe3": {"V", "R", "N"}}[e]
            else:
                c = {"R", "N"} if e == "maybe3" else {"R"}
            contrib[h["hire_id"]].append(c)
        # generic near-match pass (strangers, traps, other hires' records)
        for i in NI.cands(x["last"], eff_dob(x)):
            h = W.hires[i]
            if h["hire_id"] == x["owner"]:
                continue
            if not (last_compat(h, x) and first_compat(h, x)):
                continue
            if h["dob"] is not None and not dob_near(h["dob"], eff_dob(x)):
                continue
            e = elig(x, h["hire_date"])
            if e is None:
                continue
            traps[h["hire_id"]].append(x["record_id"])
    for x in W.decs:
        for i in NI.cands(x["last"], eff_dob(x)):
            h = W.hires[i]
            if h["hire_id"] == x["owner"] or x["action_date"] > h["hire_date"]:
                continue
            if not (last_compat(h, x) and first_compat(h, x)):
                continue
            if h["dob"] is not None and not dob_near(h["dob"], eff_dob(x)):
                continue
            accdec[h["hire_id"]].append((x["record_id"], x["dob"] is not None and x["dob"] == h["dob"]))
    for h in W.hires:
        gap = None
        for j in W.jobs_by.get(h["hire_id"], []):
            if j["sworn"] and j["state"] not in COVERED:
                fed = j["employer"].startswith("U.S.") or "Federal" in j["employer"] or "Homeland" in j["employer"] or "Drug Enf" in j["employer"]
                old = j["end_date"] is not None and add_years(j["end_date"], 3) < h["hire_date"]
                g = "gap" if (j["sworn"] is True and not fed and not old) else "gap_maybe"
                if gap != "gap":
                    gap = g
        if gap != h["gap"]:
            h["why"].append(f"coverage: {gap}")
        h["gap"] = gap
        C = contrib[h["hire_id"]]
        if any(c == {"V"} for c in C):
            base = {"V"}
        elif C:
            base = set().union(*C)
        else:
            base = {"N"}
        for m in h["mods"]:
            if m == "dec_block":
                base = {"N"}
            elif m == "dec_maiden" and "V" in base:
                base = (base - {"V"}) | {"N", "R"}
            elif m == "dec_lead_same" and "V" in base:
                base = (base - {"V"}) | {"R"}
            elif m in ("dec_lead_other", "conflict_revoked_elsewhere") and base == {"V"}:
                base = {"V", "R"}
        if accdec[h["hire_id"]] and "dec_block" not in h["mods"]:
            if "V" in base:
                base = base | {"R"}
                if any(ex for _, ex in accdec[h["hire_id"]]):
                    base |= {"N"}
            h["why"].append("near-match decert: " + ",".join(r for r, _ in accdec[h["hire_id"]][:3]))
        if traps[h["hire_id"]] and base == {"N"}:
            base = {"R", "N"}
            if h["scenario"].startswith("trap_") is False:
                h["scenario_extra"] = "accidental_near_match"
            h["why"].append("plausible non-own sworn record: " + ",".join(traps[h["hire_id"]][:3]))
        short = h["track"] == "LEO" or h["short_via_training"] or h["short_withdrawn"]
        done = h["basic"] == "completed"
        out = set()
        if not short:
            out = {"NOT_APPLICABLE"}
        else:
            for o in base:
                if o == "V":
                    out.add("VERIFIED_LEO")
                elif o == "R":
                    out.add("MANUAL_REVIEW")
                    if done:
                        out.add("REMEDIATED")
                else:
                    if h["gap"] == "gap":
                        out.add("MANUAL_REVIEW")
                        if done:
                            out.add("REMEDIATED")
                    elif h["gap"] == "gap_maybe":
                        out |= {"MANUAL_REVIEW", "REMEDIATED" if done else "RECALL"}
                    else:
                        out.add("REMEDIATED" if done else "RECALL")
            if h["short_withdrawn"]:
                out.add("NOT_APPLICABLE")
        order = ["VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE"]
        h["label"] = "|".join(o for o in order if o in out)
        h["base"] = "".join(sorted(base))


# ----------------------------------------------------------------------------- writers
FMT = {"TX": dict(caps=True, strip=True, mid="full", suf="space", dob="us", dates="us", status="lower"),
       "FL": dict(caps=True, strip=True, mid="full", suf="space", dob="year", dates="iso", status="lower"),
       "CA": dict(caps=False, strip=False, mid="full", suf="drop", dob="native", dates="native", status="lower"),
       "NY": dict(caps=True, strip=True, mid="initial", suf="comma", dob="us", dates="us", status="lower"),
       "AZ": dict(caps=False, strip=True, mid="initial", suf="drop", dob="iso", dates="iso", status="title"),
       "IL": dict(caps=True, strip=True, mid="full", suf="drop", dob="iso", dates="iso", status="lower"),
       "MN": dict(caps=False, strip=False, mid="full", suf="drop", dob="native", dates="native", status="title"),
       "FED": dict(caps=True, strip=True, mid="full", suf="drop", dob="iso", dates="iso", status="lower")}


def fmt_date(d, how):
    if d is None:
        return None if how == "native" else ""
    if how == "us":
        return d.strftime("%m/%d/%Y")
    if how == "native":
        return dt.datetime(d.year, d.month, d.day)
    return d.isoformat()


def render_name(s, f, src):
    if f["strip"]:
        s = strip_acc(s)
    if src == "TX":
        s = s.replace("'", "").replace(".", "")
    return s.upper() if f["caps"] else s


def render_rec(x, rng):
    src = x["source"]
    f = FMT[src]
    first = render_name(x["first"], f, src)
    mid = render_name(x["middle"] or "", f, src)
    if f["mid"] == "initial" and mid:
        mid = mid[0]
    if src == "IL" and mid and rng.random() < 0.3:
        mid = ""
    last = render_name(x["last"], f, src)
    suf = (x.get("suffix") or "").upper()
    if suf and f["suf"] == "space":
        last = f"{last} {suf}"
    elif suf and f["suf"] == "comma":
        last = f"{last}, {suf}."
    dob = None if (x.get("dob_blank") or x["dob"] is None) else x["dob"]
    if f["dob"] == "year":
        dobv = str(dob.year) if dob else ""
    else:
        dobv = fmt_date(dob, f["dob"])
    st = x["status"].title() if f["status"] == "title" else x["status"]
    return {"record_id": x["record_id"], "source": src, "first_name": first, "middle_name": mid, "last_name": last,
            "date_of_birth": dobv, "certification_type": x["ctype"], "status": st,
            "issued_date": fmt_date(x["issued"], f["dates"]), "separation_date": fmt_date(x["sep"], f["dates"]),
            "agency": x["agency"]}


def write_all(W, out):
    import pandas as pd
    os.makedirs(out, exist_ok=True)
    rng = random.Random(99)
    by = defaultdict(list)
    recs = list(W.recs)
    rng.shuffle(recs)
    for x in recs:
        by[x["source"]].append(render_rec(x, rng))
    cols = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth", "certification_type",
            "status", "issued_date", "separation_date", "agency"]
    for src, rows in by.items():
        df = pd.DataFrame(rows, columns=cols)
        if src == "CA":
            for c in ("date_of_birth", "issued_date", "separation_date"):
                df[c] = pd.to_datetime(df[c])
            df.to_parquet(os.path.join(out, "certifications_ca.parquet"), index=False)
        elif src == "MN":
            df.to_excel(os.path.join(out, "certifications_mn.xlsx"), index=False, sheet_name="POST Licensees")
        else:
            if src == "TX":
                df.columns = [c.upper() for c in cols]
            if src == "NY":
                df.columns = [" " + c.title() + " " if i % 2 else c.title() for i, c in enumerate(cols)]
            df.to_csv(os.path.join(out, f"certifications_{src.lower()}.csv"), index=False)
    # decertifications
    drows = []
    for x in W.decs:
        last = strip_acc(x["last"]).upper()
        if x.get("suffix"):
            last = f"{last}, {x['suffix'].upper()}"
        dob = x["dob"]
        dobv = "" if dob is None else (dob.strftime("%m/%d/%Y") if x["source"] in ("TX", "NY") else dob.isoformat())
        drows.append({"record_id": x["record_id"], "source": x["source"], "first_name": strip_acc(x["first"]).upper(),
                      "last_name": last, "date_of_birth": dobv, "action": x["action"],
                      "action_date": x["action_date"].isoformat(), "reason": x["reason"]})
    rng.shuffle(drows)
    pd.DataFrame(drows).to_csv(os.path.join(out, "decertifications.csv"), index=False)
    # hires
    hrows = []
    for h in W.hires:
        jobs = [j for j in W.hist if j["hire_id"] == h["hire_id"]] if False else W.jobs_by.get(h["hire_id"], [])
        parts = []
        for j in sorted(jobs, key=lambda j: j["start_date"], reverse=True):
            endy = "present" if j["end_date"] is None else str(j["end_date"].year)
            parts.append(f"{j['title']}, {j['employer']} ({j['state']}), {j['start_date'].year}-{endy}.")
        parts += h["extra_resume"]
        txt = " ".join(parts)
        if h["track"] == "LEO" and "officer" not in txt.lower():
            txt += " Applying for the Deportation Officer position."
        hrows.append({"hire_id": h["hire_id"], "first_name": h["first"], "middle_name": h["middle"], "last_name": h["last"],
                      "suffix": h["suffix"], "date_of_birth": h["dob"].isoformat() if h["dob"] else "",
                      "hire_date": h["hire_date"].isoformat(), "position_title": h["pos"][0], "job_series": h["pos"][1],
                      "field_office": h["office"][0], "screening_track": h["track"],
                      "screening_basis": "keyword:officer" if h["track"] == "LEO" else "",
                      "resume_text": "Experience: " + txt})
    pd.DataFrame(hrows).to_csv(os.path.join(out, "hires.csv"), index=False)
    erows = [{"hire_id": j["hire_id"], "employer": j["employer"], "title": j["title"], "state": j["state"],
              "start_date": j["start_date"].strftime("%m/%d/%Y"),
              "end_date": "" if j["end_date"] is None else j["end_date"].strftime("%m/%d/%Y")} for j in W.hist]
    pd.DataFrame(erows).to_csv(os.path.join(out, "employment_history.csv"), index=False)
    pd.DataFrame(W.train).to_csv(os.path.join(out, "training.csv"), index=False)


def make_training(W):
    r = W.r
    for h in W.hires:
        hd = h["hire_date"]
        h["pos"] = r.choice([("Deportation Officer", "1801")] * 8 + [("Immigration Enforcement Agent", "1801"),
                                                                      ("Detention and Deportation Officer", "1801")])
        t = W.train
        t.append({"hire_id": h["hire_id"], "course_code": "ERO-ORIENT-101", "course_title": "New Employee Orientation",
                  "delivery": "in_person", "start_date": hd.isoformat(), "end_date": (hd + dt.timedelta(days=2)).isoformat(),
                  "status": "completed"})
        if h["track"] == "LEO" or h["short_via_training"] or h["short_withdrawn"]:
            s = hd + dt.timedelta(days=r.randint(7, 21))
            e = s + dt.timedelta(days=27)
            t.append({"hire_id": h["hire_id"], "course_code": SHORT_CODE, "course_title": "ERO LEO Virtual Training Program",
                      "delivery": "online", "start_date": s.isoformat(), "end_date": e.isoformat(),
                      "status": "withdrawn" if h["short_withdrawn"] else "completed"})
        if h["track"] == "BASIC" and not h["short_via_training"]:
            b = h["basic"] if h["short_withdrawn"] else None
            s = hd + dt.timedelta(days=r.randint(14, 60))
            e = s + dt.timedelta(days=130)
            st = "completed" if (e < EXTRACT and b != "enrolled") else "enrolled"
            if h["short_withdrawn"]:
                s = hd + dt.timedelta(days=20); e = s + dt.timedelta(days=130); st = "completed"
                h["basic"] = "completed"
            t.append({"hire_id": h["hire_id"], "course_code": BASIC_CODE,
                      "course_title": "Basic Immigration Enforcement Training Program", "delivery": "in_person",
                      "start_date": s.isoformat(), "end_date": e.isoformat(), "status": st})
        elif h["basic"] in ("completed", "enrolled", "withdrawn", "failed"):
            s = hd + dt.timedelta(days=r.randint(45, 300))
            st = h["basic"]
            if st == "completed" and s + dt.timedelta(days=130) > EXTRACT:
                s = hd + dt.timedelta(days=45)
                if s + dt.timedelta(days=130) > EXTRACT:
                    st = h["basic"] = "enrolled"
            if st == "enrolled" and s > EXTRACT:
                s = EXTRACT - dt.timedelta(days=10)
            e = s + dt.timedelta(days=130 if st in ("completed", "enrolled") else r.randint(10, 90))
            t.append({"hire_id": h["hire_id"], "course_code": BASIC_CODE,
                      "course_title": "Basic Immigration Enforcement Training Program", "delivery": "in_person",
                      "start_date": s.isoformat(), "end_date": e.isoformat(), "status": st})


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=8)
    a = ap.parse_args()
    W = Builder(a.seed)
    build_hires(W)
    W.jobs_by = defaultdict(list)
    for j in W.hist:
        W.jobs_by[j["hire_id"]].append(j)
    W.namesake_boost()
    W.build_strangers()
    fixed, dropped = avoid_collisions(W)
    make_training(W)
    compute_truth(W)
    write_all(W, a.out)
    with open(a.truth, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["hire_id", "expected_determination", "scenario", "why"])
        for h in W.hires:
            w.writerow([h["hire_id"], h["label"], h["scenario"] + ("+" + h["scenario_extra"] if h.get("scenario_extra") else ""),
                        "; ".join(h["why"])])
    print(f"hires={len(W.hires)} cert_rows={len(W.recs)} decerts={len(W.decs)} history={len(W.hist)} "
          f"training={len(W.train)} dob_redraws={fixed} dropped={dropped}", file=sys.stderr)


if __name__ == "__main__":
    main()
