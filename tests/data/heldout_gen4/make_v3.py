#!/usr/bin/env python3
"""Held-out world generator #4 for leo-audit: careers, records, decertifications.

Built from the data contract (shared/data-contract.md) and the shipped rules only.
Usage: make.py --out DATA_DIR --truth TRUTH_CSV   (deterministic, seed fixed)
"""
from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import unicodedata

import pandas as pd

SEED = 20261126
D = dt.date

# ---------------------------------------------------------------- name pools
MALE = """james john robert michael william david richard joseph thomas charles christopher daniel
matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald
edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon
benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry
gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel
logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason
philip louis carlos luis miguel jorge ricardo alejandro fernando javier eduardo hector marco
tremaine desmond darnell malik jamal terrell dashawn hiroshi kenji minh tuan vikram rajesh
arjun omar tariq yusuf dmitri sergei aleksandr piotr lars anders""".split()
FEMALE = """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah
stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather
diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan
andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice
jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella
theresa diana natalie brittany charlotte marie kayla alexis lori guadalupe rosa yolanda
carmen lucia alejandra valeria ximena keisha latoya tamika shanice mei yuki linh priya anjali
fatima leila svetlana ingrid""".split()
LAST = """smith johnson williams brown jones garcia miller davis rodriguez martinez hernandez
lopez gonzalez wilson anderson thomas taylor moore jackson martin lee perez thompson white
harris sanchez clark ramirez lewis robinson walker young allen king wright scott torres nguyen
hill flores green adams nelson baker hall rivera campbell mitchell carter roberts gomez phillips
evans turner diaz parker cruz edwards collins reyes stewart morris morales murphy cook rogers
gutierrez ortiz morgan cooper peterson bailey reed kelly howard ramos kim cox ward richardson
watson brooks chavez wood james bennett gray mendoza ruiz hughes price alvarez castillo sanders
patel myers long ross foster jimenez powell jenkins perry russell sullivan bell coleman butler
henderson barnes gonzales fisher vasquez simmons romero jordan patterson alexander hamilton
graham reynolds griffin wallace moreno west cole hayes bryant herrera gibson ellis tran medina
aguilar stevens murray ford castro marshall owens harrison fernandez mcdonald woods washington
kennedy wells vargas henry chen freeman webb tucker guzman burns crawford olson simpson porter
hunter gordon mendez silva shaw snyder mason dixon munoz hunt hicks holmes palmer wagner black
robertson boyd rose stone salazar fox warren mills meyer rice schmidt garza daniels ferguson
nichols stephens soto weaver ryan gardner payne grant dunn kelley spencer hawkins arnold pierce
vazquez hansen peters santos hart bradley knight elliott cunningham duncan armstrong hudson
carroll lane riley andrews alvarado ray delgado berry perkins hoffman johnston matthews pena
richards contreras willis carpenter lawrence sandoval guerrero george chapman rios estrada
ortega watkins greene nunez wheeler valdez harper burke larson santiago maldonado morrison
franklin carlson austin dominguez carr lawson jacobs obrien lynch singh vega bishop montgomery
oliver jensen harvey williamson gilbert dean sims espinoza howell li wong reid hanson le
mccoy garrett burton fuller wang weber welch rojas lucas marquez fields park yang little banks
padilla day walsh bowman schultz luna fowler mejia davidson acosta brewer may holland juarez
newman pearson curtis cortez douglas schneider joseph barrett navarro figueroa keller avila
wade molina stanley hopkins campos barnett bates chambers caldwell beck lambert miranda byrd
craig ayala lowe frazier powers neal leonard gregory carrillo sutton fleming rhodes shelton
schwartz norris jennings watts duran walters cohen mcdaniel moran parks steele vaughn becker
holt deleon barker terry hale leon hail benson haynes horton miles lyons pham graves bush
thornton wolfe warner cabrera mckinney mann zimmerman dawson lara fletcher page mccarthy love
robles cervantes solis erickson reeves chang klein salinas fuentes baldwin daniel simon velasquez
hardy higgins aguirre lin cummings chandler sharp barber bowen ochoa dennis robbins liu ramsey
francis griffith paul blair oconnor cardenas pacheco cross calderon quinn moss swanson chan
rivas khan rodgers serrano fitzgerald rosales stevenson christensen manning gill curry mclaughlin
harmon mcgee gross doyle garner newton burgess reese walton blake trujillo adkins brady goodman
roman webster goodwin fischer huang potter delacruz montoya todd wu hines mullins castaneda
malone cannon tate mack sherman hubbard hodges zhang guerra wolf valencia saunders franco rowe
gallagher farmer hammond hampton townsend ingram wise gallegos clarke barton schroeder maxwell
waters logan camacho strickland norman person colon parsons frank harrington glover osborne
buchanan casey floyd patton ibarra ball tyler suarez bowers orozco salas cobb gibbs andrade
bauer conner moody escobar mcguire lloyd mueller hartman french kramer mcbride pope lindsey
velazquez norton mccormick sparks flynn yates hogan marsh macias villanueva zamora pratt
stokes owen ballard lang brock villarreal charles drake barrera cain patrick pineda burnett
mercado santana shepherd bautista ali shaffer lamb trevino mckenzie hess beil olsen""".split()
# rare surnames used for hires whose case needs a distinctive identity
RARE_LAST = """abernathy quesenberry vandermolen okonkwo szczepanski trebilcock haverkamp
lindqvist mcelhaney pettigrew ravensworth stallworth thibodeaux vukovich wojciechowski
yarborough zeferino balderrama castellanos desrosiers etheridge fairbanks goldthwaite
hollingsworth ingebretsen jankowski kowalczyk lachapelle marchetti nakamura oyelaran
pendergrass quintanilla rutherford satterfield tolliver uchida valentine westerberg
yoshida zielinski abendroth blackwood cornejo dunleavy eisenhardt fitzhugh gallardo
hutchins iwasaki jaramillo kinkade lombardi mcclintock nordstrom ostrowski prendergast
rasmussen schoenfeld tamburro underhill villalobos whitlock ybarra zavala arceneaux
bergstrom calloway dellinger escalante fennimore gutowski hargrove ishikawa jorgensen
kaminski lafleur montalvo niedermeyer orlowski pacheco-rios quarles rosenthal sokolowski
thorvaldsen umberger vanderhoef winterbottom yeager zapata abubakar bjornson chisholm
dubrovnik engstrom fontaine grijalva hennessey ignatowski jablonski kavanagh lindgren""".split()
ACCENTED = {"pena": "Peña", "nunez": "Núñez", "munoz": "Muñoz", "ibarra": "Ibarra",
            "velazquez": "Velázquez", "rodriguez": "Rodríguez", "ramirez": "Ramírez",
            "gomez": "Gómez", "jimenez": "Jiménez", "martinez": "Martínez", "hernandez": "Hernández"}
ACCENT_FIRST = {"jose": "José", "maria": "María", "hector": "Héctor", "ramon": "Ramón",
                "lucia": "Lucía", "andres": "Andrés"}
NICK = {"robert": "bob", "william": "bill", "james": "jim", "thomas": "tom", "richard": "rick",
        "katherine": "kate", "elizabeth": "beth", "joseph": "joe", "daniel": "dan",
        "margaret": "maggie", "christopher": "chris", "michael": "mike", "patricia": "patty",
        "anthony": "tony", "edward": "ed", "jennifer": "jenny", "samuel": "sam", "rebecca": "becky"}
MIDDLE_M = "lee james allen wayne ray michael thomas edward joseph paul scott alan dean lynn".split()
MIDDLE_F = "marie ann lynn elizabeth nicole rose jean michelle renee louise grace kay".split()

# ------------------------------------------------------------- registries
LOADED = ["CA", "TX", "FL", "MN", "AZ", "FED", "NM"]   # NM: birth year only
STATE_NAME = {"CA": "California", "TX": "Texas", "FL": "Florida", "MN": "Minnesota",
              "AZ": "Arizona", "NM": "New Mexico", "NV": "Nevada", "OR": "Oregon",
              "WA": "Washington", "CO": "Colorado", "GA": "Georgia", "OH": "Ohio",
              "IL": "Illinois", "NC": "North Carolina"}
SWORN = {
    "CA": ["Basic Peace Officer Certificate", "Peace Officer", "Intermediate Peace Officer Certificate"],
    "TX": ["Peace Officer License", "Basic Peace Officer", "Peace Officer License"],
    "FL": ["Law Enforcement Officer", "Law Enforcement Officer"],
    "MN": ["Peace Officer License"],
    "AZ": ["Peace Officer", "Certified Peace Officer"],
    "NM": ["Police Officer", "Certified Peace Officer"],
    "FED": ["Criminal Investigator", "Deportation Officer", "Border Patrol Agent",
            "Federal Law Enforcement Officer"],
}
NONSWORN = {  # (type, category) -- never qualifies
    "CA": ["Public Safety Dispatcher", "Custodial Officer", "Probation Officer Core",
           "Level III Reserve Peace Officer"],
    "TX": ["Jailer License", "Telecommunicator License", "County Corrections Officer"],
    "FL": ["Correctional Officer", "Correctional Probation Officer"],
    "MN": ["Reserve Officer"],
    "AZ": ["Detention Officer", "Reserve Peace Officer"],
    "NM": ["Detention Officer", "Public Safety Telecommunicator"],
    "FED": ["Correctional Officer", "Security Specialist"],
}
AGENCY = {
    "CA": ["Los Angeles Police Department", "San Diego County Sheriff's Department",
           "Fresno Police Department", "California Highway Patrol", "Sacramento County Sheriff's Office",
           "Oakland Police Department", "Bakersfield Police Department"],
    "TX": ["Houston Police Department", "Harris County Sheriff's Office", "Austin Police Department",
           "Texas Department of Public Safety", "Lubbock Police Department", "Dallas Police Department"],
    "FL": ["Miami-Dade Police Department", "Orange County Sheriff's Office", "Tampa Police Department",
           "Florida Highway Patrol", "Jacksonville Sheriff's Office"],
    "MN": ["Minneapolis Police Department", "St. Paul Police Department",
           "Hennepin County Sheriff's Office", "Duluth Police Department", "Minnesota State Patrol"],
    "AZ": ["Phoenix Police Department", "Tucson Police Department", "Maricopa County Sheriff's Office",
           "Arizona Department of Public Safety", "Mesa Police Department"],
    "NM": ["Albuquerque Police Department", "Bernalillo County Sheriff's Office",
           "Las Cruces Police Department", "New Mexico State Police"],
    "FED": ["U.S. Border Patrol", "ICE Enforcement and Removal Operations",
            "Federal Bureau of Investigation", "U.S. Marshals Service", "Drug Enforcement Administration"],
}
NONSWORN_AGENCY = {
    "CA": ["Los Angeles County Probation Department", "Riverside County Sheriff's Office"],
    "TX": ["Bexar County Sheriff's Office", "Travis County Sheriff's Office"],
    "FL": ["Florida Department of Corrections"], "MN": ["Minneapolis Police Department"],
    "AZ": ["Maricopa County Sheriff's Office", "Pinal County Sheriff's Office"],
    "NM": ["Metropolitan Detention Center"], "FED": ["Federal Bureau of Prisons"],
}
# unloaded states: (title, employer, city)
UNLOADED_JOBS = {
    "NV": [("Patrol Officer", "Reno Police Department", "Reno"),
           ("Police Officer", "Las Vegas Metropolitan Police Department", "Las Vegas"),
           ("Deputy Sheriff", "Washoe County Sheriff's Office", "Reno")],
    "OR": [("Police Officer", "Portland Police Bureau", "Portland"),
           ("Deputy Sheriff", "Multnomah County Sheriff's Office", "Portland")],
    "WA": [("Police Officer", "Seattle Police Department", "Seattle"),
           ("Deputy Sheriff", "King County Sheriff's Office", "Seattle"),
           ("Patrol Officer", "Spokane Police Department", "Spokane")],
    "GA": [("Police Officer", "Atlanta Police Department", "Atlanta"),
           ("Deputy Sheriff", "Fulton County Sheriff's Office", "Atlanta")],
    "OH": [("Police Officer", "Cleveland Division of Police", "Cleveland"),
           ("Deputy Sheriff", "Franklin County Sheriff's Office", "Columbus")],
    "IL": [("Police Officer", "Chicago Police Department", "Chicago")],
    "NC": [("Police Officer", "Charlotte-Mecklenburg Police Department", "Charlotte"),
           ("Deputy Sheriff", "Wake County Sheriff's Office", "Raleigh")],
}
CITY = {"Houston Police Department": "Houston", "Harris County Sheriff's Office": "Houston",
        "Austin Police Department": "Austin", "Texas Department of Public Safety": "Austin",
        "Lubbock Police Department": "Lubbock", "Dallas Police Department": "Dallas",
        "Los Angeles Police Department": "Los Angeles", "Fresno Police Department": "Fresno",
        "San Diego County Sheriff's Department": "San Diego", "California Highway Patrol": "Sacramento",
        "Sacramento County Sheriff's Office": "Sacramento", "Oakland Police Department": "Oakland",
        "Bakersfield Police Department": "Bakersfield", "Miami-Dade Police Department": "Miami",
        "Orange County Sheriff's Office": "Orlando", "Tampa Police Department": "Tampa",
        "Florida Highway Patrol": "Tallahassee", "Jacksonville Sheriff's Office": "Jacksonville",
        "Minneapolis Police Department": "Minneapolis", "St. Paul Police Department": "St. Paul",
        "Hennepin County Sheriff's Office": "Minneapolis", "Duluth Police Department": "Duluth",
        "Minnesota State Patrol": "St. Paul", "Phoenix Police Department": "Phoenix",
        "Tucson Police Department": "Tucson", "Maricopa County Sheriff's Office": "Phoenix",
        "Arizona Department of Public Safety": "Phoenix", "Mesa Police Department": "Mesa",
        "Albuquerque Police Department": "Albuquerque", "Bernalillo County Sheriff's Office": "Albuquerque",
        "Las Cruces Police Department": "Las Cruces", "New Mexico State Police": "Santa Fe"}
SWORN_TITLE = {"CA": "Police Officer", "TX": "Police Officer", "FL": "Deputy Sheriff", "MN": "Police Officer",
               "AZ": "Police Officer", "NM": "Police Officer", "FED": "Border Patrol Agent"}
FED_TITLE = {"U.S. Border Patrol": "Border Patrol Agent", "ICE Enforcement and Removal Operations":
             "Deportation Officer", "Federal Bureau of Investigation": "Special Agent",
             "U.S. Marshals Service": "Deputy U.S. Marshal", "Drug Enforcement Administration": "Special Agent"}
NONLEO_JOBS = [  # (title, employer, state, prior category)
    ("Loan Officer", "Wells Fargo Home Mortgage", "AZ", "other"),
    ("Mortgage Loan Officer", "Rocket Mortgage", "OH", "other"),
    ("Compliance Officer", "First National Bank of Omaha", "NE", "other"),
    ("BSA/AML Compliance Officer", "Frost Bank", "TX", "other"),
    ("Petty Officer Second Class", "U.S. Navy", "", "military"),
    ("Petty Officer First Class", "United States Navy", "", "military"),
    ("Probation Officer", "Maricopa County Adult Probation", "AZ", "probation"),
    ("Juvenile Probation Officer", "Harris County Juvenile Probation", "TX", "probation"),
    ("Correctional Officer", "Texas Department of Criminal Justice", "TX", "corrections"),
    ("Detention Officer", "CoreCivic", "AZ", "corrections"),
    ("Corrections Officer", "Minnesota Department of Corrections", "MN", "corrections"),
    ("Security Officer", "Allied Universal", "CA", "security"),
    ("Loss Prevention Officer", "Target Corporation", "MN", "security"),
    ("Code Enforcement Officer", "City of Mesa", "AZ", "other"),
    ("Financial Aid Officer", "Pima Community College", "AZ", "other"),
    ("Admissions Officer", "University of Florida", "FL", "other"),
    ("Environmental Health Officer", "Multnomah County Health Department", "OR", "other"),
]
FIELD_OFFICES = ["Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver", "Detroit",
                 "El Paso", "Harlingen", "Houston", "Los Angeles", "Miami", "Newark", "New Orleans",
                 "New York City", "Philadelphia", "Phoenix", "Salt Lake City", "San Antonio",
                 "San Diego", "San Francisco", "Seattle", "St. Paul", "Washington"]
POSITIONS = [("Deportation Officer", "1801"), ("Immigration Enforcement Agent", "1801"),
             ("Criminal Investigator", "1811"), ("Detention and Deportation Officer", "1801")]


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("-", " ").strip()


def lev(a: str, b: str) -> int:
    if a == b:
        return 0
    if abs(len(a) - len(b)) > 3:
        return 4
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def add_months(d: dt.date, m: int) -> dt.date:
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    day = min(d.day, [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30,
                      31, 31, 30, 31, 30, 31][mo])
    return D(y, mo + 1, day)


def months_between_ok(a: dt.date, b: dt.date, months: int = 12) -> bool:
    return add_months(a, months) <= b


def swap_dm(d: dt.date) -> dt.date | None:
    if d.day <= 12 and d.day != d.month:
        return D(d.year, d.day, d.month)
    return None


def dob_close(a: dt.date, b: dt.date) -> bool:
    """equal, swapped, or within two keystrokes as YYYYMMDD strings (generous)."""
    if a == b or swap_dm(a) == b:
        return True
    sa, sb = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    diff = sum(x != y for x, y in zip(sa, sb))
    return diff <= 2


class World:
    def __init__(self, seed: int = SEED):
        self.r = random.Random(seed)
        self.persons: list[dict] = []     # every person with any registry or decert row
        self.certs: list[dict] = []
        self.decerts: list[dict] = []
        self.hires: list[dict] = []
        self.emp: list[dict] = []
        self.training: list[dict] = []
        self.overrides: list[dict] = []
        self.truth: list[dict] = []
        self.rid = {s: 0 for s in LOADED}
        self.did = 0

    # ------------------------------------------------------------ helpers
    def rdate(self, a: dt.date, b: dt.date) -> dt.date:
        return a + dt.timedelta(days=self.r.randint(0, max(0, (b - a).days)))

    def new_identity(self, rare: bool = False) -> dict:
        r = self.r
        sex = r.choice("MF")
        first = r.choice(MALE if sex == "M" else FEMALE)
        last = r.choice(RARE_LAST) if rare else r.choice(LAST)
        mid = r.choice(MIDDLE_M if sex == "M" else MIDDLE_F) if r.random() < 0.7 else ""
        dob = self.rdate(D(1962, 1, 1), D(2001, 12, 31))
        return {"first": first, "middle": mid, "last": last, "sex": sex, "dob": dob}

    def cert(self, person: dict, source: str, ctype: str, status: str, issued, sep, agency: str,
             **form) -> dict:
        self.rid[source] += 1
        pre = {"FED": "F", "NM": "NM"}.get(source, source)
        row = {"record_id": f"{pre}-{self.rid[source]:06d}", "source": source, "pid": person["pid"],
               "_form": set(form),
               "first": form.get("first", person["first"]), "middle": form.get("middle", person["middle"]),
               "last": form.get("last", person["last"]),
               "dob": form.get("dob", person["dob"]), "dob_mode": form.get("dob_mode", "full"),
               "certification_type": ctype, "status": status, "issued": issued, "sep": sep,
               "agency": agency}
        self.certs.append(row)
        return row

    def decert(self, person: dict, source: str, action: str, date, reason: str, dob_mode="full") -> dict:
        self.did += 1
        row = {"record_id": f"DC-{self.did:05d}", "source": source, "pid": person["pid"],
               "first": person["first"], "last": person["last"], "dob": person["dob"],
               "dob_mode": dob_mode, "action": action, "action_date": date, "reason": reason}
        self.decerts.append(row)
        return row

    def add_person(self, ident: dict, kind: str) -> dict:
        p = dict(ident)
        p["pid"] = len(self.persons)
        p["kind"] = kind
        self.persons.append(p)
        return p

    # -------------------------------------------------------- background
    def background(self, n_people: int):
        r = self.r
        for _ in range(n_people):
            p = self.add_person(self.new_identity(), "bg")
            self.bg_career(p)

    def bg_career(self, p: dict, allow_nodob=True):
        r = self.r
        src = r.choices(LOADED, weights=[20, 20, 14, 8, 10, 12, 6])[0]
        start = self.rdate(add_months(p["dob"], 21 * 12), D(2024, 6, 1))
        if start > D(2025, 6, 1):
            start = D(2024, 1, 1)
        nrows = r.choices([1, 2, 3], weights=[55, 33, 12])[0]
        cur = start
        for k in range(nrows):
            if r.random() < 0.25:
                src = r.choice(LOADED)
            sworn = r.random() < 0.72
            ctype = r.choice(SWORN[src] if sworn else NONSWORN[src])
            ag = r.choice(AGENCY[src] if sworn else NONSWORN_AGENCY[src])
            last_row = k == nrows - 1
            if last_row and r.random() < 0.6:
                sep, status = None, r.choices(["active", "suspended", "revoked"], [96, 2, 2])[0]
            else:
                sep = self.rdate(add_months(cur, 6), add_months(cur, 120))
                if sep > D(2026, 6, 1):
                    sep = D(2026, 6, 1) - dt.timedelta(days=r.randint(1, 900))
                    if sep <= cur:
                        sep = add_months(cur, 3)
                status = r.choices(["inactive", "lapsed", "revoked", "suspended"], [70, 24, 4, 2])[0]
            dm = "full"
            if src == "NM":
                dm = "year"
            elif allow_nodob and r.random() < 0.02:
                dm = "blank"
            elif allow_nodob and src == "AZ" and r.random() < 0.08:
                dm = "year"
            self.cert(p, src, ctype, status, cur, sep, ag, dob_mode=dm)
            if sep:
                cur = sep + dt.timedelta(days=r.randint(10, 400))
            else:
                break
        if r.random() < 0.025:
            dsrc = r.choice(["CA", "TX", "FL", "MN", "AZ"])
            self.decert(p, dsrc, r.choice(["revoked", "suspended", "surrendered"]),
                        self.rdate(D(2012, 1, 1), D(2026, 3, 1)),
                        r.choice(["Misconduct", "Felony conviction", "Untruthfulness", "Failure to maintain training"]),
                        dob_mode="blank" if (allow_nodob and r.random() < 0.15) else "full")

    # ------------------------------------------------------------ hires
    def hire_identity(self, H: dt.date, rare=False, want=None) -> dict:
        for _ in range(200):
            idn = self.new_identity(rare=rare)
            if want == "accent":
                idn["last"] = self.r.choice(list(ACCENTED))
            elif want == "apostrophe":
                idn["last"] = self.r.choice(["o'brien", "o'connor", "mcdonald", "d'angelo", "o'neill", "mcmillan"])
            elif want == "nick":
                idn["first"] = self.r.choice(list(NICK))
            elif want == "female":
                idn["sex"] = "F"
                idn["first"] = self.r.choice(FEMALE)
                idn["middle"] = self.r.choice(MIDDLE_F)
            idn["dob"] = self.rdate(add_months(H, -55 * 12), add_months(H, -24 * 12))
            key = (idn["first"], idn["last"])
            if key in self.hire_names:
                continue
            if any(o[0] == idn["last"] or o[1] == idn["first"] for o in self.hire_dobs.get(idn["dob"], [])):
                continue
            sw = swap_dm(idn["dob"])
            if sw and any(o[0] == idn["last"] for o in self.hire_dobs.get(sw, [])):
                continue
            self.hire_names.add(key)
            self.hire_dobs.setdefault(idn["dob"], []).append((idn["last"], idn["first"]))
            return idn
        raise RuntimeError("identity")

    def career_rows(self, p, spec):
        """spec: list of (source, sworn(bool|type str), status, issued, sep, extra-form)"""
        rows = []
        for s in spec:
            src, kind, status, iss, sep = s[:5]
            form = s[5] if len(s) > 5 else {}
            if isinstance(kind, str):
                ctype = kind
                ag = self.r.choice(AGENCY[src] if getattr(self, "_force_sworn", False) or kind in SWORN[src]
                                   else NONSWORN_AGENCY[src])
            elif kind:
                ctype, ag = self.r.choice(SWORN[src]), self.r.choice(AGENCY[src])
            else:
                ctype, ag = self.r.choice(NONSWORN[src]), self.r.choice(NONSWORN_AGENCY[src])
            if "agency" in form:
                ag = form.pop("agency")
            rows.append(self.cert(p, src, ctype, status, iss, sep, ag, **form))
        return rows

    def make_hire(self, scen: str, short: bool, idx: int):
        r = self.r
        H = self.rdate(D(2022, 1, 3), D(2025, 6, 30))
        h = {"scen": scen, "H": H, "short": short, "why": scen, "noise": "", "claims": [],
             "gap": False, "adverse_lead": False, "override": None, "hire_dob_missing": False,
             "alt": None, "resume_extra": []}
        rare = scen in ("hire_dob_missing_none", "hire_dob_missing_cert", "cert_nodob_only", "decert_nodob_before",
                        "decert_nodob_after", "hire_dob_missing_basic", "nodob_rec_plus_full_ok",
                        "revoked_nodob_elsewhere")
        want = None
        if scen == "name_change_career" or scen == "maiden_middle":
            want = "female"
        pre_noise = ""
        if scen == "apostrophe":
            want = "apostrophe"
        if scen == "decert_nick":
            want = "nick"
        if scen in ("verified_single", "lateral_ok", "fed_then_state", "fed_only_within", "decert_after",
                    "verified_plus_gap", "jailer_then_po", "state_beyond_window", "status_bad",
                    "decert_before_other") and r.random() < 0.25:
            pre_noise = r.choice(["nick", "nick", "reg_typo", "swap_dob", "accent", "hyphen", "mid_initial"])
            if pre_noise in ("nick", "accent"):
                want = pre_noise
        idn = self.hire_identity(H, rare=rare, want=want)
        p = self.add_person(idn, "hire")
        h["p"] = p
        Y = lambda y: add_months(H, int(round(-12 * y)))  # noqa: E731  (y years before hire)
        days = lambda a, b: H - dt.timedelta(days=r.randint(a, b))  # noqa: E731
        src_full = ["CA", "TX", "FL", "MN", "AZ", "FED"]
        s = r.choice(src_full)

        def qual_single(src=None, allow_sep=True):
            src = src or r.choice(src_full)
            iss = self.rdate(Y(15), Y(2))
            if allow_sep and r.random() < 0.4:
                sep = self.rdate(max(Y(2.8), add_months(iss, 14)), H - dt.timedelta(days=10))
                if sep <= add_months(iss, 13):
                    return [(src, True, "active", iss, None)]
                return [(src, True, r.choice(["inactive", "inactive", "lapsed"]), iss, sep)]
            if allow_sep and r.random() < 0.08:   # separated days after EOD: serving at hire
                return [(src, True, "inactive", iss, H + dt.timedelta(days=r.randint(1, 20)))]
            return [(src, True, "active", iss, None)]

        spec = []
        if scen in ("verified_single", "verified_plus_gap", "decert_after", "decert_nodob_after",
                    "decert_nodob_before", "hire_dob_missing_cert", "twin_bg", "namesake_decert"):
            spec = qual_single()
        elif scen == "jailer_then_po":
            jiss = self.rdate(Y(14), Y(7))
            jsep = self.rdate(Y(6.5), Y(3))
            spec = [("TX", "Jailer License", "inactive", jiss, jsep),
                    ("TX", "Peace Officer License", "active", jsep + dt.timedelta(days=r.randint(1, 60)), None)]
        elif scen == "jailer_then_po_short":
            jiss = self.rdate(Y(10), Y(4))
            spec = [("TX", "Jailer License", "inactive", jiss, days(240, 330)),
                    ("TX", "Peace Officer License", "active", days(120, 300), None)]
        elif scen == "corrections_only":
            src = r.choice(src_full)
            spec = [(src, False, "active", self.rdate(Y(12), Y(2)), None)]
            if r.random() < 0.3:
                spec.insert(0, (src, False, "inactive", self.rdate(Y(16), Y(13)), Y(12.5)))
        elif scen == "lateral_ok":
            a, b = r.sample(["CA", "TX", "FL", "MN", "AZ"], 2)
            sep = self.rdate(Y(2.9), Y(1.2))
            spec = [(a, True, "inactive", self.rdate(Y(12), Y(5)), sep),
                    (b, True, "active", sep + dt.timedelta(days=r.randint(20, 120)), None)]
        elif scen == "lateral_new_short_old_ok":
            a, b = r.sample(["CA", "TX", "FL", "MN", "AZ"], 2)
            sep = self.rdate(Y(2.6), Y(1.0))
            spec = [(a, True, r.choice(["inactive", "lapsed"]), self.rdate(Y(12), Y(4)), sep),
                    (b, True, "active", days(80, 290), None)]
        elif scen == "lateral_new_short_old_stale":
            a, b = r.sample(["CA", "TX", "FL", "MN", "AZ"], 2)
            sep = self.rdate(Y(6), Y(3.25))
            spec = [(a, True, r.choice(["inactive", "lapsed"]), self.rdate(Y(14), Y(7)), sep),
                    (b, True, "active", days(80, 290), None)]
        elif scen == "fed_then_state":
            fsep = self.rdate(Y(7), Y(4))
            spec = [("FED", True, "inactive", self.rdate(Y(15), Y(9)), fsep),
                    (r.choice(["CA", "TX", "FL", "MN", "AZ"]), True, "active",
                     fsep + dt.timedelta(days=r.randint(30, 200)), None)]
        elif scen == "fed_only_within":
            spec = [("FED", True, "inactive", self.rdate(Y(14), Y(4)), self.rdate(Y(2.8), Y(0.2)))]
        elif scen == "fed_only_beyond":
            spec = [("FED", True, "inactive", self.rdate(Y(16), Y(9)), self.rdate(Y(8), Y(3.2)))]
        elif scen == "state_beyond_window":
            src = r.choice(["CA", "TX", "FL", "MN", "AZ"])
            spec = [(src, True, r.choice(["inactive", "lapsed"]), self.rdate(Y(18), Y(11)), self.rdate(Y(10), Y(3.2)))]
        elif scen == "service_under":
            src = r.choice(src_full)
            if r.random() < 0.6:
                spec = [(src, True, "active", days(60, 320), None)]
            else:
                iss = self.rdate(Y(2.8), Y(1.5))
                spec = [(src, True, "inactive", iss, iss + dt.timedelta(days=r.randint(90, 320)))]
        elif scen == "issued_after":
            src = r.choice(["CA", "TX", "FL", "MN", "AZ"])
            spec = [(src, True, "active", H + dt.timedelta(days=r.randint(10, 300)), None)]
        elif scen == "status_bad":
            src = r.choice(src_full)
            st = r.choice(["revoked", "suspended"])
            spec = [(src, True, st, self.rdate(Y(12), Y(3)), None if r.random() < 0.5 else days(30, 600))]
        elif scen in ("decert_before_same", "decert_before_other", "decert_on_hire", "decert_surrendered"):
            src = r.choice(["CA", "TX", "FL", "MN", "AZ"])
            spec = [(src, True, "active", self.rdate(Y(12), Y(3)), None)]
        elif scen == "nonsworn_types":
            src = r.choice(["CA", "TX", "AZ", "MN", "FL"])
            t = r.choice([x for x in NONSWORN[src]])
            spec = [(src, t, "active", self.rdate(Y(10), Y(2)), None)]
        elif scen == "cert_nodob_only":
            if r.random() < 0.5:
                spec = [("NM", True, "active", self.rdate(Y(10), Y(2)), None, {"dob_mode": "year"})]
            else:
                src = r.choice(["CA", "TX", "FL", "MN", "AZ"])
                spec = [(src, True, "active", self.rdate(Y(10), Y(2)), None, {"dob_mode": "blank"})]
            h["claims"].append("own")
        elif scen == "old_loaded_recent_unloaded":
            src = r.choice(["CA", "TX", "FL", "AZ"])
            spec = [(src, True, "inactive", self.rdate(Y(14), Y(9)), self.rdate(Y(7), Y(5)))]
        elif scen == "revoked_elsewhere_then_ok":
            a, b = r.sample(["CA", "TX", "FL", "MN", "AZ"], 2)
            rsep = self.rdate(Y(7), Y(5.5))
            spec = [(a, True, "revoked", self.rdate(Y(14), Y(9)), rsep),
                    (b, True, "active", self.rdate(Y(5), Y(3)), None)]
            h["alt"] = "VERIFIED_LEO|MANUAL_REVIEW"
        elif scen == "name_change_career":
            maiden = p["last"]
            married = r.choice(LAST)
            while married == maiden:
                married = r.choice(LAST)
            p["last"] = married
            p["maiden"] = maiden
            self.hire_names.add((p["first"], married))
            a, b = r.sample(["CA", "TX", "FL", "MN", "AZ"], 2)
            sep = self.rdate(Y(6), Y(3.5))
            spec = [(a, True, "inactive", self.rdate(Y(14), Y(8)), sep, {"last": maiden}),
                    (b, True, "active", sep + dt.timedelta(days=r.randint(20, 100)), None)]
        elif scen == "maiden_middle":
            # registry still under maiden name; the hire carries it as her middle name
            maiden = p["last"]
            married = r.choice(LAST)
            while married == maiden:
                married = r.choice(LAST)
            p["maiden"] = maiden
            src = r.choice(["CA", "TX", "FL", "MN", "AZ"])
            spec = [(src, True, "active", self.rdate(Y(10), Y(2)), None)]
            h["present_last"], h["present_middle"] = married, maiden.capitalize()
            self.hire_names.add((p["first"], married))
            h["noise"] = "maiden_as_middle"
        if spec:   # nobody is certified before 21: move the birth date back if the career needs it
            min_iss = min(x[3] for x in spec)
            if p["dob"] > add_months(min_iss, -21 * 12):
                p["dob"] = add_months(min_iss, -21 * 12) - dt.timedelta(days=r.randint(30, 3000))
                self.hire_dobs.setdefault(p["dob"], []).append((p["last"], p["first"]))
        S4 = ["CA", "TX", "FL", "MN", "AZ"]
        if scen == "bound_sep_eq3y":
            spec = [(r.choice(S4), True, "inactive", self.rdate(Y(14), Y(6)), add_months(H, -36))]
        elif scen == "bound_sep_3y_plus1":
            spec = [(r.choice(S4), True, "inactive", self.rdate(Y(14), Y(6)), add_months(H, -36) - dt.timedelta(days=1))]
        elif scen == "bound_svc_eq12":
            spec = [(r.choice(S4), True, "active", add_months(H, -12), None)]
        elif scen == "bound_svc_12_minus1":
            spec = [(r.choice(S4), True, "active", add_months(H, -12) + dt.timedelta(days=1), None)]
        elif scen == "sep_after_hire_short":
            spec = [(r.choice(S4), True, "inactive", add_months(H, -11), H + dt.timedelta(days=r.randint(60, 90)))]
        elif scen == "inactive_blank_sep":
            spec = [(r.choice(S4), True, "inactive", self.rdate(Y(10), Y(3)), None)]
            h["alt"] = "VERIFIED_LEO|MANUAL_REVIEW"
        elif scen in ("decert_swapdob", "decert_nick", "decert_uncovered_state", "twin_decert",
                      "nodob_rec_plus_full_ok", "revoked_nodob_elsewhere", "suffix_jr",
                      "fed_dutystate_unloaded_verified"):
            spec = [(("FED" if scen == "fed_dutystate_unloaded_verified" else r.choice(S4)), True, "active",
                     self.rdate(Y(12), Y(3)), None)]
            if scen == "revoked_nodob_elsewhere":
                h["alt"] = "VERIFIED_LEO|MANUAL_REVIEW"
        elif scen == "decert_then_recert":
            a, b = r.sample(S4, 2)
            spec = [(a, True, "inactive", self.rdate(Y(14), Y(9)), self.rdate(Y(6.5), Y(5.5))),
                    (b, True, "active", self.rdate(Y(4.5), Y(3)), None)]
        elif scen == "recert_same_state":
            a = r.choice(S4)
            spec = [(a, True, "lapsed", self.rdate(Y(14), Y(10)), self.rdate(Y(7), Y(5))),
                    (a, True, "active", self.rdate(Y(2.5), Y(1.3)), None)]
        elif scen == "po_then_jailer":
            spec = [("TX", "Peace Officer License", "inactive", self.rdate(Y(12), Y(6)), self.rdate(Y(2.5), Y(1.2))),
                    ("TX", "Jailer License", "active", self.rdate(Y(1.1), Y(0.3)), None)]
        elif scen == "po_then_probation":
            a = r.choice(["CA", "FL"])
            nt = "Probation Officer Core" if a == "CA" else "Correctional Probation Officer"
            spec = [(a, True, "inactive", self.rdate(Y(12), Y(6)), self.rdate(Y(2.5), Y(1.2))),
                    (a, nt, "active", self.rdate(Y(1.1), Y(0.3)), None)]
        elif scen == "reserve_then_po_short":
            a = r.choice(["CA", "AZ", "MN"])
            rt = {"CA": "Level III Reserve Peace Officer", "AZ": "Reserve Peace Officer", "MN": "Reserve Officer"}[a]
            spec = [(a, rt, "active", self.rdate(Y(9), Y(3)), None),
                    (a, True, "active", days(90, 300), None)]
        elif scen == "hire_dob_missing_basic":
            spec = [(r.choice(S4), True, "active", self.rdate(Y(10), Y(3)), None)]
        elif scen == "ctype_messy_sworn":
            src = r.choice(S4)
            t = r.choice(["PEACE OFFICER - BASIC", "Licensed Peace Officer", "Peace Ofc License",
                          "Basic Peace Officer Certificate (Lateral)", "POLICE OFFICER CERTIFICATION",
                          "Law Enforcement Officer - Full Time", "Deputy Sheriff", "State Trooper"])
            spec = [(src, t, "active", self.rdate(Y(10), Y(2)), None)]
            h["force_sworn"] = True
        elif scen == "ctype_messy_nonsworn":
            src = r.choice(S4 + ["FED"])
            t = "Border Patrol Agent (Trainee)" if src == "FED" else r.choice(
                ["Basic Jailer License", "Deputy Sheriff (Detention)", "Police Officer - Reserve",
                 "Telecommunicator - Intermediate", "Detention Officer Certificate", "Correctional Officer - Basic",
                 "Reserve Deputy Sheriff", "Jailer"])
            spec = [(src, t, "active", self.rdate(Y(10), Y(2)), None)]
        elif scen in ("short_course_withdrawn_ver", "apostrophe", "moonlight_unloaded_current"):
            spec = qual_single(r.choice(S4))
        self._force_sworn = h.get("force_sworn", False)
        rows = self.career_rows(p, spec)
        for row in rows:
            row["sworn_truth"] = (row["certification_type"] in SWORN[row["source"]]) or self._force_sworn
        self._force_sworn = False
        h["rows"] = rows

        # ---- decertifications
        src0 = rows[0]["source"] if rows else "TX"
        if scen == "decert_before_same":
            d = self.decert(p, src0 if src0 != "FED" else "TX", r.choice(["revoked", "suspended"]), days(10, 1500),
                            r.choice(["Misconduct", "Excessive force", "Untruthfulness"]))
            h["why"] += f": registry status still '{rows[0]['status']}'"
        elif scen == "decert_before_other":
            other = r.choice([x for x in ["CA", "TX", "FL", "MN", "AZ"] if x != src0])
            self.decert(p, other, "revoked", days(10, 1500), "Conviction - misdemeanor domestic violence")
        elif scen == "decert_on_hire":
            self.decert(p, src0, r.choice(["revoked", "suspended"]), H, "Misconduct")
        elif scen == "decert_surrendered":
            self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), "surrendered", days(30, 900),
                        "Voluntary surrender in lieu of revocation")
        elif scen == "decert_after":
            self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), r.choice(["revoked", "suspended", "surrendered"]),
                        H + dt.timedelta(days=r.randint(5, 600)), "Misconduct after separation")
        elif scen == "decert_nodob_before":
            self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), "revoked", days(30, 1500),
                        "Felony conviction", dob_mode="blank")
            h["adverse_lead"] = True
        elif scen == "decert_nodob_after":
            self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), "revoked",
                        H + dt.timedelta(days=r.randint(30, 500)), "Felony conviction", dob_mode="blank")
        elif scen in ("status_bad", "corrections_only", "service_under") and r.random() < 0.15:
            # a decertification row without birth date on someone recalled anyway
            self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), "revoked", days(30, 900), "Misconduct",
                        dob_mode="blank")

        if scen == "decert_swapdob":
            d = self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), "revoked", days(30, 1500), "Misconduct")
            sw = swap_dm(p["dob"])
            if sw:
                d["dob_override"] = sw
            h["alt"] = "RECALL|MANUAL_REVIEW"
        elif scen == "decert_nick":
            d = self.decert(p, r.choice(["CA", "TX", "FL", "MN", "AZ"]), "suspended", days(30, 1500), "Misconduct")
            if p["first"] in NICK:
                d["first_override"] = NICK[p["first"]]
            h["alt"] = "RECALL|MANUAL_REVIEW"
        elif scen == "decert_uncovered_state":
            self.decert(p, r.choice(["GA", "OH", "NV", "WA"]), "revoked", days(30, 1500), "Untruthfulness")
        elif scen == "decert_then_recert":
            self.decert(p, rows[0]["source"], "revoked", rows[0]["sep"] + dt.timedelta(days=r.randint(10, 60)),
                        "Excessive force")
        elif scen == "nodob_rec_plus_full_ok":
            o = r.choice([x for x in S4 if x != rows[0]["source"]])
            self.cert(p, o, r.choice(SWORN[o]), "inactive", self.rdate(Y(16), Y(13)), self.rdate(Y(12), Y(8)),
                      r.choice(AGENCY[o]), dob_mode="blank")
        elif scen == "revoked_nodob_elsewhere":
            o = r.choice([x for x in S4 if x != rows[0]["source"]])
            self.cert(p, o, r.choice(SWORN[o]), "revoked", self.rdate(Y(16), Y(13)), self.rdate(Y(12), Y(8)),
                      r.choice(AGENCY[o]), dob_mode="blank")
        if scen == "twin_decert":
            tw = dict(p)
            safe = ["tremaine", "desmond", "hiroshi", "vikram", "lars", "anders", "piotr"] if p["sex"] == "M" \
                else ["ingrid", "svetlana", "priya", "yuki", "keisha", "ximena"]
            tw["first"] = r.choice([x for x in safe if x[0] != p["first"][0] and lev(x, p["first"]) > 3])
            tw["middle"] = ""
            t = self.add_person(tw, "twin")
            t["exempt_for"] = p["pid"]
            self.cert(t, "TX", r.choice(SWORN["TX"]), "revoked", self.rdate(Y(12), Y(6)), days(400, 1200),
                      r.choice(AGENCY["TX"]))
            self.decert(t, r.choice(["TX", "CA"]), "revoked", days(300, 1200), "Misconduct")
        # ---- background companions
        if scen == "twin_bg":
            tw = dict(p)
            safe = ["tremaine", "desmond", "hiroshi", "vikram", "lars", "anders", "piotr"] if p["sex"] == "M" \
                else ["ingrid", "svetlana", "priya", "yuki", "keisha", "ximena"]
            tw["first"] = r.choice([x for x in safe if x[0] != p["first"][0] and lev(x, p["first"]) > 3])
            tw["middle"] = ""
            t = self.add_person(tw, "twin")
            t["exempt_for"] = p["pid"]
            self.cert(t, "TX", r.choice(SWORN["TX"]),
                      "revoked", self.rdate(Y(12), Y(6)), days(400, 1200), r.choice(AGENCY["TX"]))
            self.decert(t, "TX", "revoked", days(300, 1200), "Misconduct")
        if scen == "namesake_decert" or r.random() < 0.2:
            for _ in range(r.randint(1, 3)):
                ns = dict(p)
                ns["middle"] = r.choice(MIDDLE_M if p["sex"] == "M" else MIDDLE_F) if r.random() < 0.5 else ""
                while True:
                    nd = self.rdate(D(1960, 1, 1), D(2001, 12, 31))
                    if abs(nd.year - p["dob"].year) >= 2 and nd.month != p["dob"].month and nd.day != p["dob"].day:
                        break
                ns["dob"] = nd
                q = self.add_person(ns, "namesake")
                self.bg_career(q, allow_nodob=False)
                if scen == "namesake_decert":
                    self.decert(q, r.choice(["CA", "TX", "FL", "AZ"]), "revoked", days(30, 2000), "Misconduct")
        if r.random() < 0.2:   # same-birthday strangers
            for _ in range(r.randint(1, 3)):
                st = self.new_identity()
                st["dob"] = p["dob"]
                q = self.add_person(st, "bg")
                self.bg_career(q, allow_nodob=False)

        # ---- employment claims (history / resume)
        hist = []
        for row in rows:
            if row["source"] == "NM" and scen != "cert_nodob_only":
                continue
            hist.append(self.hist_from_row(row, H))
        if scen in ("verified_plus_gap",):
            st = r.choice(list(UNLOADED_JOBS))
            t, emp, city = r.choice(UNLOADED_JOBS[st])
            first_iss = min(x["issued"] for x in rows)
            end = first_iss - dt.timedelta(days=r.randint(20, 200))
            hist.append({"title": t, "employer": emp, "state": st, "city": city,
                         "start": add_months(end, -r.randint(14, 60)), "end": end})
        if scen in ("gap_recent", "old_loaded_recent_unloaded"):
            st = r.choice(list(UNLOADED_JOBS))
            t, emp, city = r.choice(UNLOADED_JOBS[st])
            end = None if r.random() < 0.3 else days(20, 900)
            start = add_months(end or H, -r.randint(20, 90))
            hist.append({"title": t, "employer": emp, "state": st, "city": city, "start": start, "end": end})
            h["gap"] = True
        if scen == "gap_old":
            st = r.choice(list(UNLOADED_JOBS))
            t, emp, city = r.choice(UNLOADED_JOBS[st])
            end = self.rdate(Y(12), Y(4.5))
            hist.append({"title": t, "employer": emp, "state": st, "city": city,
                         "start": add_months(end, -r.randint(18, 80)), "end": end})
            j = r.choice(NONLEO_JOBS)
            hist.append({"title": j[0], "employer": j[1], "state": j[2], "city": "", "start": end + dt.timedelta(days=90),
                         "end": None})
        if scen == "claim_loaded_norecord":
            st = r.choice(["CA", "TX", "FL", "MN", "AZ", "FED"])
            emp = r.choice(AGENCY[st])
            t = FED_TITLE.get(emp, r.choice(["Police Officer", "Patrol Officer", "Deputy Sheriff"]
                                           if "Sheriff" in emp else ["Police Officer", "Patrol Officer"]))
            end = None if r.random() < 0.4 else days(20, 700)
            hist.append({"title": t, "employer": emp, "state": st if st != "FED" else "TX",
                         "city": CITY.get(emp, ""), "start": add_months(end or H, -r.randint(18, 96)), "end": end})
        if scen in ("nonleo_officer", "hire_dob_missing_none", "aspirational") or \
                (scen in ("corrections_only", "nonsworn_types") and not hist):
            for _ in range(1 if scen == "aspirational" else r.randint(1, 2)):
                j = r.choice(NONLEO_JOBS)
                s0 = self.rdate(Y(12), Y(2))
                hist.append({"title": j[0], "employer": j[1], "state": j[2], "city": "", "start": s0,
                             "end": None if r.random() < 0.5 else self.rdate(s0, H)})
        if scen == "fed_dutystate_unloaded_verified":
            hist = [dict(j, state=r.choice(["WA", "NV", "OR", "GA"])) for j in hist]
        if scen == "fed_claim_unloaded_duty":
            emp = r.choice(["U.S. Border Patrol", "ICE Enforcement and Removal Operations", "U.S. Marshals Service"])
            end = None if r.random() < 0.4 else days(20, 700)
            hist.append({"title": FED_TITLE[emp], "employer": emp, "state": r.choice(["WA", "NV", "OR", "GA", "NC"]),
                         "city": "", "start": add_months(end or H, -r.randint(18, 96)), "end": end})
        h["hist"] = hist
        h["resume"] = self.resume(h, hist, scen)
        if scen in ("resume_only_gap", "resume_only_loaded_claim", "resume_negation", "resume_moved_from",
                    "gap_old_resume"):
            h["hist"] = []
            h["resume"] = self.resume_v2(h, scen, Y, days)
            h["gap"] = scen == "resume_only_gap"
        if scen == "hire_dob_missing_basic":
            h["hire_dob_missing"] = True
        if scen in ("city_only_unloaded", "city_only_loaded", "city_ambig_loaded_both"):
            emp = {"city_only_unloaded": ["Reno Police Department", "Springfield Police Department",
                                          "Kansas City Police Department", "Aurora Police Department",
                                          "Columbus Police Department", "Seattle Police Department",
                                          "Atlanta Police Department", "Portland Police Bureau"],
                   "city_only_loaded": ["Phoenix Police Department", "Houston Police Department",
                                        "Minneapolis Police Department", "Tucson Police Department",
                                        "Fresno Police Department", "Jacksonville Sheriff's Office"],
                   "city_ambig_loaded_both": ["Glendale Police Department"]}[scen]
            e = r.choice(emp)
            s0 = self.rdate(Y(9), Y(3))
            end = "present" if r.random() < 0.5 else str(days(30, 600).year)
            t = "Deputy Sheriff" if "Sheriff" in e else "Police Officer"
            h["hist"] = []
            h["resume"] = "\n".join(["Summary: experienced patrol officer seeking federal service.", "",
                                      "EXPERIENCE", f"{t}, {e} ({s0.year} - {end})",
                                      "  - Patrol, arrests, report writing, court testimony.", "",
                                      "EDUCATION", "B.S. Criminal Justice"])
            h["gap"] = scen == "city_only_unloaded"
            if scen == "city_ambig_loaded_both":
                h["alt"] = "RECALL|MANUAL_REVIEW"
        if scen == "moonlight_unloaded_current":
            st = r.choice(list(UNLOADED_JOBS))
            t, emp, city = r.choice(UNLOADED_JOBS[st])
            h["hist"].append({"title": t, "employer": emp, "state": st,
                              "city": city, "start": days(400, 900), "end": None})
            h["resume"] = self.resume(h, h["hist"], scen)
        if scen == "claim_nostate":
            h["gap"] = True
        if scen in ("hire_dob_missing_cert", "hire_dob_missing_none"):
            h["hire_dob_missing"] = True

        # ---- identity noise (one variation at most) for plain linkable cases
        if pre_noise and not h["noise"]:
            h["noise"] = pre_noise
        return h

    def resume_v2(self, h, scen, Y, days) -> str:
        r = self.r
        H = h["H"]
        if scen == "resume_only_gap":
            st = r.choice(list(UNLOADED_JOBS))
            t, emp, city = r.choice(UNLOADED_JOBS[st])
            s0 = self.rdate(Y(10), Y(3))
            end = "present" if r.random() < 0.4 else str(days(30, 700).year)
            form = r.choice([f"{t}, {emp}, {city}, {st} ({s0.year} - {end})",
                             f"{emp} ({STATE_NAME[st]}) -- {t}, {s0.year} to {end}",
                             f"{s0.year}-{end}  {t}, {emp} in {city}, {STATE_NAME[st]}",
                             f"Served as a {t.lower()} with the {emp}, {city} {st}, from {s0.year} until {end}."])
            body = [form, "  - Patrol, arrests, report writing, court testimony; field training officer."]
        elif scen == "resume_only_loaded_claim":
            st = r.choice(["CA", "TX", "FL", "MN", "AZ"])
            emp = r.choice(AGENCY[st])
            t = "Deputy Sheriff" if "Sheriff" in emp else "Police Officer"
            s0 = self.rdate(Y(9), Y(3))
            end = "present" if r.random() < 0.5 else str(days(30, 700).year)
            city = CITY.get(emp, "")
            form = r.choice([f"{t}, {emp}, {city}, {st} ({s0.year} - {end})",
                             f"{emp} ({STATE_NAME[st]}) -- {t}, {s0.year} to {end}",
                             f"{s0.year}-{end}  {t}, {emp}, {city}, {STATE_NAME[st]}"])
            body = [form, "  - Responded to calls for service; SWAT team member."]
        elif scen == "resume_negation":
            j = r.choice(NONLEO_JOBS)
            body = [f"{j[0]}, {j[1]} ({self.rdate(Y(8), Y(2)).year} - present)",
                    "  - I have never served as a sworn police officer, but I am eager to learn."]
        elif scen == "resume_moved_from":
            st = r.choice(["Oregon", "Nevada", "Washington", "Georgia"])
            j = r.choice(NONLEO_JOBS)
            body = [f"Relocated from {st} in {self.rdate(Y(6), Y(2)).year}.",
                    f"{j[0]}, {j[1]} ({self.rdate(Y(8), Y(2)).year} - present)",
                    "  - Handled caseload, documentation and audits."]
        else:  # gap_old_resume: sworn service in an unloaded state long before hire
            st = r.choice(list(UNLOADED_JOBS))
            t, emp, city = r.choice(UNLOADED_JOBS[st])
            e = self.rdate(Y(14), Y(5))
            s0 = add_months(e, -r.randint(24, 80))
            j = r.choice(NONLEO_JOBS)
            body = [f"{t}, {emp}, {city}, {st} ({s0.strftime('%m/%Y')} - {e.strftime('%m/%Y')})",
                    f"{j[0]}, {j[1]} ({e.year + 1} - present)"]
        return "\n".join(["Professional summary: dependable, bilingual, calm under pressure.", "",
                          "EXPERIENCE"] + body + ["", "EDUCATION", "B.S. Criminal Justice"])

    def hist_from_row(self, row, H):
        src, emp = row["source"], row["agency"]
        ct = row["certification_type"]
        if src == "FED":
            t = FED_TITLE.get(emp, "Correctional Officer" if "Prisons" in emp else "Security Specialist")
            st = self.r.choice(["TX", "AZ", "CA", "DC", "VA"])
        else:
            st = src
            if ct in NONSWORN[src]:
                t = {"Jailer License": "Detention Officer", "Telecommunicator License": "911 Dispatcher",
                     "Public Safety Dispatcher": "Public Safety Dispatcher", "Custodial Officer": "Custody Assistant",
                     "Probation Officer Core": "Deputy Probation Officer", "County Corrections Officer":
                     "Corrections Officer", "Correctional Officer": "Correctional Officer",
                     "Correctional Probation Officer": "Correctional Probation Officer",
                     "Detention Officer": "Detention Officer", "Reserve Officer": "Reserve Police Officer",
                     "Reserve Peace Officer": "Reserve Officer", "Level III Reserve Peace Officer":
                     "Reserve Deputy", "Public Safety Telecommunicator": "Telecommunicator"}.get(ct, "Officer")
            else:
                t = "Deputy Sheriff" if "Sheriff" in emp else ("State Trooper" if ("Patrol" in emp or "Public Safety" in emp
                                                                                  or "State Police" in emp) else "Police Officer")
        end = row["sep"] if row["sep"] and row["sep"] < H else None
        return {"title": t, "employer": emp, "state": st, "city": CITY.get(emp, ""),
                "start": row["issued"] - dt.timedelta(days=self.r.randint(0, 120)), "end": end}

    def resume(self, h, hist, scen) -> str:
        r = self.r
        lines = []
        summ = {
            "aspirational": ["Recent criminal justice graduate seeking a career as a federal law enforcement officer.",
                             "My goal is to become a police officer and serve my community.",
                             "Highly motivated applicant hoping to join ICE as a deportation officer."],
            "claim_nostate": ["Former patrol officer with six years of street experience, field training officer and SWAT team member.",
                              "Served as a sworn police officer for seven years before relocating; certified peace officer, FTO."],
        }
        if scen in summ:
            lines.append(r.choice(summ[scen]))
        else:
            lines.append(r.choice(["Dedicated professional with a record of integrity and teamwork.",
                                   "Experienced public servant seeking to continue a career in federal service.",
                                   "Detail-oriented officer with strong communication and de-escalation skills.",
                                   "Reliable team member; bilingual English/Spanish."]))
        lines.append("")
        lines.append("EXPERIENCE")
        for j in hist:
            yrs = f"{j['start'].year} - {'present' if j['end'] is None else j['end'].year}"
            stn = j["state"]
            where_choices = []
            if j.get("city"):
                where_choices += [f"{j['city']}, {stn}", f"{j['city']}, {STATE_NAME.get(stn, stn)}"]
            where_choices += [stn, f"({STATE_NAME.get(stn, stn)})"] if stn else [""]
            where = r.choice(where_choices) if stn or j.get("city") else ""
            form = r.randint(0, 2)
            if form == 0:
                lines.append(f"{j['title']}, {j['employer']}, {where} ({yrs})".replace(", ,", ",").replace(",  (", " ("))
            elif form == 1:
                lines.append(f"{j['employer']} -- {where}".rstrip(" -"))
                lines.append(f"  {j['title']}, {yrs}")
            else:
                lines.append(f"{yrs}: {j['title']} with the {j['employer']} in {where}".rstrip(" in"))
            lines.append("  - " + r.choice(["Responded to calls for service and wrote detailed reports.",
                                           "Handled caseload, documentation and audits.",
                                           "Trained new staff; recognised for attendance.",
                                           "Worked closely with police officers and prosecutors on cases.",
                                           "Maintained records and customer relationships."]))
        if scen == "claim_nostate":
            lines.append("Patrol Officer (six years): patrol, arrests, court testimony, FTO.")
        if scen == "aspirational":
            lines.append("Completed a citizen police academy; plan to apply to a police academy next year.")
        lines.append("")
        lines.append("EDUCATION")
        lines.append(r.choice(["B.S. Criminal Justice, University of Texas at El Paso",
                               "A.A. Administration of Justice, Glendale Community College",
                               "B.A. Sociology, University of Minnesota",
                               "High school diploma", "B.S. Homeland Security, Arizona State University"]))
        return "\n".join(lines)

    # ------------------------------------------------------------ truth
    def qualifies(self, row, H) -> tuple[bool, str]:
        if not row.get("sworn_truth", row["certification_type"] in SWORN[row["source"]]):
            return False, "not sworn"
        if row["status"] not in ("active", "inactive", "lapsed"):
            return False, f"status {row['status']}"
        if row["issued"] > H:
            return False, "issued after hire"
        if row["sep"] and row["sep"] < H and add_months(H, -36) > row["sep"]:
            return False, "separated > 3y"
        end = row["sep"] if (row["sep"] and row["sep"] < H) else H
        if not months_between_ok(row["issued"], end, 12):
            return False, "service < 12m"
        return True, "ok"

    def label(self, h) -> tuple[str, str]:
        H, p = h["H"], h["p"]
        if not h["short"]:
            return "NOT_APPLICABLE", "full track"
        decs = [d for d in self.decerts if d["pid"] == p["pid"]]
        before = [d for d in decs if d["action_date"] <= H]
        hard = [d for d in before if d["dob_mode"] == "full" and not h["hire_dob_missing"]]
        soft = [d for d in before if not (d["dob_mode"] == "full" and not h["hire_dob_missing"])]
        quals = [(row, self.qualifies(row, H)) for row in h["rows"]]
        q = [row for row, (ok, _) in quals if ok]
        why = "; ".join(f"{row['record_id']} {row['certification_type']}/{row['status']}: {msg}"
                        for row, (ok, msg) in quals) or "no registry record"
        if hard:
            why += f"; decert {hard[0]['record_id']} {hard[0]['action']} {hard[0]['action_date']} <= hire"
            q = []
        linkable = [row for row in q if row["dob_mode"] == "full" and not h["hire_dob_missing"]]
        if linkable:
            if soft:
                return "MANUAL_REVIEW", why + f"; qualifies but undated-DOB decert {soft[0]['record_id']} before hire may be theirs"
            return (h["alt"] or "VERIFIED_LEO"), why
        if q and h["basic"] == "completed":
            return "REMEDIATED", why + "; qualifying record cannot be linked (DOB missing) but basic completed"
        if q:
            return "MANUAL_REVIEW", why + "; qualifying record cannot be linked on full DOB (hire or registry DOB missing)"
        if h["basic"] == "completed":
            return "REMEDIATED", why + "; basic completed"
        if h["gap"]:
            return "MANUAL_REVIEW", why + "; recent sworn claim where no registry is loaded / no state"
        return "RECALL", why + (f"; basic {h['basic']}" if h["basic"] else "")

    # ------------------------------------------------------------ build
    def build(self):
        r = self.r
        self.hire_names, self.hire_dobs = set(), {}
        short_mix = {
            "verified_single": 150, "nonleo_officer": 80, "gap_recent": 30, "claim_loaded_norecord": 30,
            "lateral_ok": 30, "decert_before_same": 20, "decert_before_other": 20, "decert_after": 15,
            "ctype_messy_sworn": 60, "ctype_messy_nonsworn": 60, "city_only_unloaded": 50, "city_only_loaded": 40,
            "city_ambig_loaded_both": 10, "short_course_withdrawn": 25, "short_course_withdrawn_ver": 25,
            "apostrophe": 30, "moonlight_unloaded_current": 25}
        full_mix = {"verified_single": 40, "nonleo_officer": 50, "gap_recent": 10, "none": 10}
        plan = [(s, True) for s, n in short_mix.items() for _ in range(n)]
        plan += [(s, False) for s, n in full_mix.items() for _ in range(n)]
        r.shuffle(plan)
        recallish = {"jailer_then_po_short", "corrections_only", "lateral_new_short_old_stale", "fed_only_beyond",
                     "state_beyond_window", "service_under", "issued_after", "status_bad", "decert_before_same",
                     "decert_before_other", "decert_on_hire", "decert_surrendered", "nonsworn_types",
                     "nonleo_officer", "aspirational", "gap_old", "claim_loaded_norecord", "bound_sep_3y_plus1",
                     "bound_svc_12_minus1", "sep_after_hire_short", "decert_uncovered_state", "decert_then_recert",
                     "reserve_then_po_short", "fed_claim_unloaded_duty", "resume_only_loaded_claim",
                     "resume_negation", "resume_moved_from", "gap_old_resume", "ctype_messy_nonsworn",
                     "city_only_loaded", "short_course_withdrawn"}
        for i, (scen, short) in enumerate(plan):
            base = {"none": "nonleo_officer", "short_course_withdrawn": "nonleo_officer"}.get(scen, scen)
            h = self.make_hire(base, short, i)
            h["scen"] = scen
            if scen == "none":
                h["hist"], h["resume"] = [], ""
            h["hire_id"] = f"0{(i * 7919) % 900000 + 10000:06d}"
            basic = ""
            if short and scen in recallish:
                basic = r.choices(["completed", "enrolled", "withdrawn", "failed", ""], [20, 10, 4, 2, 64])[0]
            elif not short:
                basic = r.choice(["completed", "completed", "enrolled"])
            if scen == "hire_dob_missing_basic":
                basic = "completed"
            h["basic"] = basic
            if short:
                h["track_mode"] = r.choices(["screener", "screener+course", "course"], [45, 40, 15])[0]
                if scen.startswith("short_course_withdrawn"):
                    h["track_mode"] = "course_withdrawn"
            else:
                h["track_mode"] = "full"
            self.hires.append(h)
        self.background(28000)
        self.resolve_conflicts()
        for h in self.hires:
            self.apply_noise(h)
        for h in self.hires:
            lab, why = self.label(h)
            if h["alt"] and lab in h["alt"].split("|"):
                lab = h["alt"]
            h["label"], h["lwhy"] = lab, why
        # overrides (valid, consistent with track)
        gaps = [h for h in self.hires if h["short"] and h["label"] == "MANUAL_REVIEW" and h["scen"] == "gap_recent"]
        nod = [h for h in self.hires if h["short"] and h["label"] == "MANUAL_REVIEW" and h["scen"] == "hire_dob_missing_cert"]
        rec = [h for h in self.hires if h["short"] and h["label"] == "RECALL" and h["scen"] == "claim_loaded_norecord"]
        for h, det, just in ([(x, "VERIFIED_LEO", "Confirmed with the state POST by phone: certified, active, no actions.")
                              for x in gaps[:6]] +
                             [(x, "VERIFIED_LEO", "Birth date obtained from HR; registry record matches and qualifies.")
                              for x in nod[:3]] +
                             [(x, "MANUAL_REVIEW", "Applicant says the certificate is under a prior name; pending records request.")
                              for x in rec[:3]]):
            self.overrides.append({"hire_id": h["hire_id"], "determination": det, "reviewer": r.choice(
                ["j.alvarez", "m.chen", "k.okafor"]), "reviewed_on": (h["H"] + dt.timedelta(days=r.randint(200, 500))).isoformat(),
                "justification": just})
            h["label"], h["lwhy"] = det, h["lwhy"] + f"; OVERRIDE {det}"

    def resolve_conflicts(self):
        """keep the background from accidentally resembling any hire (except deliberate companions)."""
        r = self.r
        hires = [h["p"] for h in self.hires]
        by_dob, by_name = {}, {}
        nick_rev = {v: k for k, v in NICK.items()}
        last_keys = {}

        def dels(s):
            return {s} | {s[:i] + s[i + 1:] for i in range(len(s))}
        for p in hires:
            firsts = {p["first"], NICK.get(p["first"], p["first"]), nick_rev.get(p["first"], p["first"])}
            lasts = {p["last"], p.get("maiden", p["last"])}
            p["_firsts"], p["_lasts"] = firsts, lasts
            for d in filter(None, [p["dob"], swap_dm(p["dob"])]):
                by_dob.setdefault(d, []).append(p)
            for f in firsts:
                for l in lasts:
                    by_name.setdefault((f, l), []).append(p)
            for l in lasts:
                for k in dels(l):
                    last_keys.setdefault(k, []).append(p)
        has_nodob = {}
        for c in self.certs:
            if c["dob_mode"] != "full":
                has_nodob[c["pid"]] = True
        for d in self.decerts:
            if d["dob_mode"] != "full":
                has_nodob[d["pid"]] = True
        nfix = 0
        for q in self.persons:
            if q["kind"] == "hire":
                continue
            for _ in range(50):
                bad = False
                ex = q.get("exempt_for")
                for d in filter(None, [q["dob"], swap_dm(q["dob"])]):
                    for p in by_dob.get(d, []):
                        if p["pid"] == ex:
                            continue
                        if min(lev(q["last"], l) for l in p["_lasts"]) <= 2 or \
                                min(lev(q["first"], f) for f in p["_firsts"]) <= 1:
                            bad = True
                for p in by_name.get((q["first"], q["last"]), []):
                    if p["pid"] != ex and dob_close(p["dob"], q["dob"]):
                        bad = True
                if q["pid"] in has_nodob or q["kind"] == "namesake":
                    for k in dels(q["last"]):
                        for p in last_keys.get(k, []):
                            if q["kind"] == "namesake" and not has_nodob.get(q["pid"]):
                                continue
                            if q["first"][0] == p["first"][0] or q["first"] in p["_firsts"]:
                                bad = True
                if not bad:
                    break
                nfix += 1
                if q["pid"] in has_nodob:
                    q["last"] = r.choice(LAST)
                    q["first"] = r.choice(MALE if q["sex"] == "M" else FEMALE)
                q["dob"] = self.rdate(D(1962, 1, 1), D(2001, 12, 31))
        self.nfix = nfix
        # hires without a DOB, or with an unlinkable record: no background person may share the name
        for h in self.hires:
            p = h["p"]
            if h["scen"] in ("hire_dob_missing_none", "hire_dob_missing_cert", "cert_nodob_only",
                             "decert_nodob_before", "decert_nodob_after"):
                for q in self.persons:
                    if q["pid"] != p["pid"] and q["kind"] != "hire" and q["last"] in p["_lasts"] and \
                            (q["first"][0] == p["first"][0]):
                        q["last"] = r.choice(LAST)

    def apply_noise(self, h):
        r = self.r
        p = h["p"]
        h["pf"], h["pm"], h["pl"], h["pdob"] = p["first"].capitalize(), p["middle"].capitalize(), \
            h.get("present_last", p["last"]), p["dob"]
        if "present_middle" in h:
            h["pm"] = h["present_middle"]
        h["pl"] = h["pl"].capitalize() if "-" not in h["pl"] else "-".join(x.capitalize() for x in h["pl"].split("-"))
        n = h["noise"]
        if n == "nick" and p["first"] not in NICK:
            n = "reg_typo"
        if n == "swap_dob":
            namesakes = sum(1 for q in self.persons if q["first"] == p["first"] and q["last"] == p["last"]) - 1
            if not swap_dm(p["dob"]) or namesakes > 1:
                n = "reg_typo"
        if n == "accent" and p["last"] not in ACCENTED and p["first"] not in ACCENT_FIRST:
            n = "hyphen"
        if n == "reg_typo" and len(p["last"]) < 6:
            n = "mid_initial" if p["middle"] else "hyphen"
        if n == "mid_initial" and not p["middle"]:
            n = "hyphen"
        if n == "nick":
            h["pf"] = NICK[p["first"]].capitalize()
        elif n == "swap_dob":
            h["pdob"] = swap_dm(p["dob"])
        elif n == "accent":
            if p["last"] in ACCENTED:
                h["pl"] = ACCENTED[p["last"]]
            else:
                h["pf"] = ACCENT_FIRST[p["first"]]
        elif n == "hyphen":
            other = r.choice(["Quill", "Vance", "Okafor", "Lindqvist", "Thorne"])
            h["pl"] = f"{h['pl']}-{other}"
        elif n == "reg_typo":
            for row in h["rows"]:
                if row["pid"] == p["pid"]:
                    s = row["last"]
                    i = r.randint(2, len(s) - 2)
                    c = r.choice([x for x in "aeioulnrst" if x != s[i]])
                    row["last"] = s[:i] + c + s[i + 1:]
                    row["_form"].add("last")
                    break   # one record carries the typo
        elif n == "mid_initial":
            for row in h["rows"]:
                row["middle"] = p["middle"][0]
                row["_form"].add("middle")
        h["noise"] = n if h["noise"] else ""
        h["psuffix"] = ""
        if h["scen"] == "suffix_jr":
            sfx = r.choice(["Jr.", "III", "II", "Sr."])
            h["psuffix"] = sfx
            for row in h["rows"]:
                row["last"] = p["last"] + " " + sfx.rstrip(".")
                row["_form"].add("last")
        if h["hire_dob_missing"]:
            h["pdob"] = None

# ---------------------------------------------------------------- output
def iso(d):
    return d.isoformat() if d else ""


def us(d):
    return d.strftime("%m/%d/%Y") if d else ""


def cap(s):
    return " ".join(w.capitalize() for w in s.split(" ")) if s else ""


def write(w: World, out: str, truth: str):
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    r = random.Random(SEED + 1)
    persons = w.persons
    # hires
    hrows = []
    for h in w.hires:
        pos, series = r.choice(POSITIONS)
        hrows.append({"hire_id": h["hire_id"], "first_name": h["pf"], "middle_name": h["pm"],
                      "last_name": h["pl"], "suffix": h.get("psuffix", ""),
                      "date_of_birth": pd.Timestamp(h["pdob"]) if h["pdob"] else None,
                      "hire_date": pd.Timestamp(h["H"]), "position_title": pos, "job_series": series,
                      "field_office": r.choice(FIELD_OFFICES),
                      "screening_track": "LEO" if h["track_mode"] in ("screener", "screener+course") else "BASIC",
                      "screening_basis": "keyword:officer" if h["short"] and h["track_mode"] != "course" else "",
                      "resume_text": h["resume"]})
    pd.DataFrame(hrows).to_excel(os.path.join(out, "hires.xlsx"), index=False)
    # training (US dates)
    trows = []
    for h in w.hires:
        H = h["H"]
        if h["track_mode"] == "course_withdrawn":
            trows.append({"hire_id": h["hire_id"], "course_code": "ERO-LEO-VIRT",
                          "course_title": "ERO Law Enforcement Officer Virtual Orientation", "delivery": "online",
                          "start_date": us(H + dt.timedelta(days=7)), "end_date": us(H + dt.timedelta(days=20)),
                          "status": "withdrawn"})
        if h["track_mode"] in ("screener+course", "course"):
            trows.append({"hire_id": h["hire_id"], "course_code": "ERO-LEO-VIRT",
                          "course_title": "ERO Law Enforcement Officer Virtual Orientation", "delivery": "online",
                          "start_date": us(H + dt.timedelta(days=7)), "end_date": us(H + dt.timedelta(days=35)),
                          "status": "completed"})
        if h["basic"]:
            st = H + dt.timedelta(days=r.randint(60, 300))
            trows.append({"hire_id": h["hire_id"], "course_code": "FLETC-BIETP",
                          "course_title": "Basic Immigration Enforcement Training Program", "delivery": "in_person",
                          "start_date": us(st),
                          "end_date": us(st + dt.timedelta(days=110)) if h["basic"] in ("completed", "failed", "withdrawn") else "",
                          "status": h["basic"]})
        if r.random() < 0.3:
            trows.append({"hire_id": h["hire_id"], "course_code": r.choice(["ERO-FIREARMS-QUAL", "DHS-ETHICS-101", "ERO-SPANISH"]),
                          "course_title": "Annual training", "delivery": r.choice(["online", "in_person"]),
                          "start_date": us(H + dt.timedelta(days=40)), "end_date": us(H + dt.timedelta(days=41)),
                          "status": "completed"})
    pd.DataFrame(trows).to_csv(os.path.join(out, "training.csv"), index=False)
    # employment history
    erows = []
    for h in w.hires:
        if h["scen"] in ("claim_nostate",):
            continue
        for j in h["hist"]:
            if j["start"] >= h["H"]:
                continue
            erows.append({"hire_id": h["hire_id"], "employer": j["employer"], "title": j["title"], "state": j["state"],
                          "start_date": us(j["start"]), "end_date": us(j["end"] if j["end"] and j["end"] < h["H"] else None)})
    pd.DataFrame(erows).to_csv(os.path.join(out, "employment_history.csv"), index=False)
    # certifications
    by_src = {}
    for c in w.certs:
        p = persons[c["pid"]]
        f = c["_form"]
        first = c["first"] if "first" in f else p["first"]
        last = c["last"] if "last" in f else p["last"]
        mid = c["middle"] if "middle" in f else p["middle"]
        dob = c["dob"] if "dob" in f else p["dob"]
        if c["dob_mode"] == "year":
            dobs = str(dob.year)
        elif c["dob_mode"] == "blank":
            dobs = ""
        else:
            dobs = us(dob) if c["source"] == "FL" else iso(dob)
        if c["source"] in ("TX", "FED"):
            first, mid, last = first.upper(), mid.upper(), last.upper()
        else:
            first, mid, last = cap(first), cap(mid), cap(last)
        dfun = us if c["source"] == "FL" else iso
        by_src.setdefault(c["source"], []).append({
            "record_id": c["record_id"], "source": c["source"], "first_name": first, "middle_name": mid,
            "last_name": last, "date_of_birth": dobs, "certification_type": c["certification_type"],
            "status": c["status"], "issued_date": dfun(c["issued"]), "separation_date": dfun(c["sep"]),
            "agency": c["agency"]})
    for src, rows in by_src.items():
        df = pd.DataFrame(rows).sample(frac=1.0, random_state=7).reset_index(drop=True)
        if src == "TX":
            old = df.separation_date.fillna("").astype(str).str[:4].replace("", "9999") < "2019"
            df[~old].to_parquet(os.path.join(out, "certifications_tx.parquet"), index=False)
            df[old].to_csv(os.path.join(out, "certifications_tx_archive_2019.csv"), index=False)
        elif src == "AZ":
            df.to_excel(os.path.join(out, "certifications_az.xlsx"), index=False)
        elif src == "FED":
            df.to_parquet(os.path.join(out, "certifications_fed.parquet"), index=False)
        else:
            df.to_csv(os.path.join(out, f"certifications_{src.lower()}.csv"), index=False)
    drows = []
    for d in w.decerts:
        p = persons[d["pid"]]
        drows.append({"record_id": d["record_id"], "source": d["source"],
                      "first_name": cap(d.get("first_override", p["first"])),
                      "last_name": cap(p["last"]),
                      "date_of_birth": iso(d.get("dob_override", p["dob"])) if d["dob_mode"] == "full" else "",
                      "action": d["action"], "action_date": iso(d["action_date"]), "reason": d["reason"]})
    ddf = pd.DataFrame(drows)
    tx = ddf.source == "TX"
    ddf[~tx].to_parquet(os.path.join(out, "decertifications.parquet"), index=False)
    t2 = ddf[tx].copy()
    t2["action_date"] = t2.action_date.map(lambda x: us(dt.date.fromisoformat(x)) if x else "")
    t2["date_of_birth"] = t2.date_of_birth.map(lambda x: us(dt.date.fromisoformat(x)) if x else "")
    t2.to_csv(os.path.join(out, "decertifications_tx.csv"), index=False)
    pd.DataFrame(w.overrides).to_csv(os.path.join(out, "overrides.csv"), index=False)
    # truth
    pd.DataFrame([{"hire_id": h["hire_id"], "expected_determination": h["label"],
                   "why": f"[{h['scen']}{'/noise=' + h['noise'] if h['noise'] else ''}/{h['track_mode']}] {h['lwhy']}"}
                  for h in w.hires]).to_csv(truth, index=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    w = World()
    w.build()
    write(w, a.out, a.truth)
    print(f"hires={len(w.hires)} certs={len(w.certs)} decerts={len(w.decerts)} persons={len(w.persons)} fixes={w.nfix}")


if __name__ == "__main__":
    main()
