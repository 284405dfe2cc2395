#!/usr/bin/env python3
"""heldout_gen11: registries as real states write them.

Independent world for leo-audit, built from the data contract + README + rules/*.yaml only.
Writes data/ (inputs) and a truth file (hire_id, expected_determination, scenario, notes).
Labels come from the world model (what each generated record *means*) and the contract policy,
never from the tool. `A|B` = either is defensible under the contract.

    python make.py --out data --truth truth_before_run.csv --seed 1111
"""
import argparse
import csv
import datetime as dt
import os
import random
import unicodedata

import openpyxl

D = dt.date
NOW = D(2026, 11, 25)

# ----------------------------------------------------------------------------- names
HIRE_MALE = """James Robert William Michael Thomas Joseph Richard Daniel Matthew Anthony Steven
Andrew Joshua Kenneth Kevin Brian Timothy Ronald Jason Jeffrey Ryan Jacob Gary Nicholas Eric
Jonathan Larry Justin Scott Brandon Benjamin Samuel Gregory Patrick Dennis Tyler Aaron Adam Nathan
Zachary Kyle Jose Juan Luis Carlos Miguel Jorge Pedro Rafael Marcus Darnell Terrell DeShawn
Tremaine Minh Wei Tuan Omar Tariq Dmitri Andrzej Piotr Ramon Hector Raul Victor Edwin Lukasz
Travis Derek Shane Cody Dustin Wesley Trevor Caleb Logan""".split()
HIRE_FEMALE = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Rebecca
Laura Sharon Cynthia Kathleen Amy Angela Brenda Pamela Nicole Katherine Christine Rachel Maria Ana
Rosa Lucia Yolanda Latoya Keisha Tamika Aaliyah Thuy Mei Fatima Agnieszka Katarzyna Renee Monique
Veronica Gabriela Alejandra Heather Tiffany Crystal Erin Megan Danielle Courtney Brittany""".split()
# accented spellings (hire writes ASCII, one registry keeps the accents, or the reverse)
ACCENT_FIRST = {"Jose": "José", "Maria": "María", "Raul": "Raúl", "Hector": "Héctor",
                "Ramon": "Ramón", "Lucia": "Lucía", "Lukasz": "Łukasz", "Renee": "Renée",
                "Andrzej": "Andrzej"}
BG_MALE = """Alden Barrett Cedric Desmond Emmett Fletcher Garrison Harlan Irving Jasper Kendrick
Lamar Malcolm Nolan Orlando Preston Quentin Roland Sterling Thaddeus Ulysses Vernon Wendell Xavier
Zane Clifford Dwayne Elliott Forrest Gordon Howard Ivan Jerome Lionel Morris Neville Oscar Porter
Reginald Sheldon Truman Virgil Wallace Armando Bernardo Cristobal Domingo Fidel Gilberto Humberto
Ismael Julio Leonel Mauricio Nestor Octavio Reynaldo Santiago Ulises Boris Casimir Dragan Radek
Stanislav Hoang Quang Jun Hiroshi Kwame Obinna Emeka Tobias Anselm""".split()
BG_FEMALE = """Adeline Beatrice Cecilia Daphne Eleanor Florence Georgia Harriet Imogen Lorraine
Marjorie Noreen Octavia Penelope Rosalind Sylvia Ursula Vivian Winifred Yvonne Bernadette Clarissa
Delphine Estelle Felicia Gwendolyn Hazel Irene Lucille Mabel Nadine Opal Priscilla Rhonda Stella
Tabitha Vera Wilma Araceli Belen Consuelo Dolores Esperanza Fernanda Graciela Itzel Leticia Marisol
Nayeli Paloma Rocio Soledad Xiomara Zulema Halina Bozena Jadwiga Lan Huong Ngozi Adaeze""".split()
SURNAMES = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Martin
Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Hill Green Adams
Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart
Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Ward Cox Richardson Wood
Watson Brooks Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell Jenkins Perry Russell
Sullivan Fisher Henderson Coleman Simmons Patterson Jordan Reynolds Hamilton Graham Cole West Stone
Hayes Gibson Ellis Tucker Hunter Hicks Crawford Boyd Mason Warren Dixon Burns Shaw Holmes Rice
Robertson Hunt Black Daniels Palmer Mills Nichols Grant Knight Ferguson Stephens Hawkins Dunn
Perkins Hudson Spencer Gardner Payne Pierce Berry Matthews Arnold Wagner Willis Watkins Olson
Carroll Duncan Snyder Hart Cunningham Bradley Lane Andrews Ruiz Harper Riley Armstrong Carpenter
Weaver Greene Lawrence Chavez Sims Peters Kelley Franklin Lawson Fields Schmidt Carr Castillo
Wheeler Chapman Oliver Montgomery Richards Williamson Johnston Banks Meyer Bishop McCoy Howell
Morrison Hansen Harvey Little Burton Stanley Nguyen Jacobs Reid Fuller Lynch Gilbert Romero Welch
Larson Frazier Burke Mendoza Moreno Bowman Medina Fowler Brewer Hoffman Carlson Silva Pearson
Holland Douglas Fleming Jensen Vargas Byrd Davidson Hopkins Herrera Wade Soto Walters Caldwell
Lowe Jennings Graves Jimenez Horton Shelton Castro Sutton McKinney Lucas Miles Craig Chambers Holt
Lambert Watts Bates Hale Rhodes Beck Newman Haynes McDaniel Mendez Bush Vaughn Parks Dawson Norris
Hardy Steele Curry Powers Schultz Barker Guzman Page Ball Keller Chandler Weber Leonard Walsh Lyons
Ramsey Wolfe Schneider Mullins Benson Sharp Bowen Barber Cummings Hines Baldwin Griffith Valdez
Hubbard Salazar Reeves Warner Stevenson Burgess Santos Tate Cross Garner Mann Mack Moss Thornton
McGee Farmer Delgado Aguilar Vega Glover Manning Cohen Harmon Rodgers Robbins Newton Todd Blair
Higgins Ingram Reese Cannon Strickland Townsend Potter Goodwin Walton Rowe Hampton Ortega Patton
Swanson Goodman Maldonado Yates Becker Erickson Hodges Rios Conner Adkins Webster Malone Hammond
Flowers Cobb Moody Quinn Pope Floyd Osborne McCarthy Guerrero Estrada Sandoval Gibbs Gross
Fitzgerald Stokes Doyle Sherman Saunders Wise Gill Alvarado Greer Padilla Waters Ballard Schwartz
McBride Christensen Klein Pratt Briggs Parsons McLaughlin Zimmerman Buchanan Moran Copeland
Pittman Brady McCormick Holloway Brock Poole Logan Bass Marsh Drake Wong Morton Abbott Sparks
Norton Huff Clayton Massey Lloyd Figueroa Carson Bowers Roberson Barton Tran Lamb Harrington Boone
Cortez Mathis Singleton Wilkins Cain Underwood Hogan McKenzie Collier Luna Phelps McGuire Bridges
Wilkerson Nash Summers Atkins Wojcik Dabrowski Wisniewski Lukasiewicz Kowalczyk Nunez Pena Munoz
Ibanez Ordonez Le Pham Kim Park O'Brien O'Connor D'Angelo""".split()
ACCENT_LAST = {"Wojcik": "Wójcik", "Dabrowski": "Dąbrowski", "Wisniewski": "Wiśniewski",
               "Lukasiewicz": "Łukasiewicz", "Nunez": "Núñez", "Pena": "Peña", "Munoz": "Muñoz",
               "Ibanez": "Ibáñez", "Ordonez": "Ordóñez"}
# (registry form, hire form): curated nickname pairs (hire uses nickname or the reverse)
NICK = {"Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"],
        "Michael": ["Mike"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe", "Joey"],
        "Richard": ["Rick"], "Daniel": ["Dan", "Danny"], "Matthew": ["Matt"],
        "Anthony": ["Tony"], "Steven": ["Steve"], "Andrew": ["Andy"],
        "Kenneth": ["Ken", "Kenny"], "Timothy": ["Tim"], "Jeffrey": ["Jeff"],
        "Nicholas": ["Nick"], "Benjamin": ["Ben"], "Samuel": ["Sam"], "Gregory": ["Greg"],
        "Patrick": ["Pat"], "Zachary": ["Zach"], "Elizabeth": ["Beth", "Liz"],
        "Jennifer": ["Jenny"], "Katherine": ["Kathy", "Kate"],
        "Margaret": ["Peggy", "Maggie"], "Patricia": ["Patty"],
        "Deborah": ["Debbie"], "Rebecca": ["Becky"], "Kimberly": ["Kim"],
        "Cynthia": ["Cindy"], "Pamela": ["Pam"], "Susan": ["Sue"], "James": ["Jim", "Jimmy"]}
MAIDEN_POOL = """Whitcombe Ashford Pendleton Kingsley Hollister Marchetti Sorensen Lindqvist
Castellano Villarreal Okafor Brennan Galloway Ridgeway Fairbanks Holcomb Prescott Winslow
Albright Caldera""".split()

STATES_LOADED = ["TX", "CA", "NY", "OH", "FL", "FED"]

# ----------------------------------------------------------------------------- vocabulary
# status string -> (class, alternatives, note).  class: ok | bad | badish (RECALL|REVIEW)
STATUS_ACTIVE = ["Active", "ACTIVE", "active", "Active - In Good Standing", "Current",
                 "Reinstated"]
STATUS_SEPARATED = ["Inactive", "INACTIVE", "Lapsed", "Expired", "Retired",
                    "Retired in good standing", "Inactive - Retired", "Separated",
                    "Not Employed", "inactive"]
STATUS_BAD = ["Revoked", "REVOKED", "Suspended", "suspended", "Revoked - Decertified"]
STATUS_BADISH = ["Surrendered", "Voluntarily Surrendered", "Cancelled", "Denied"]

# certification type -> (class, labels-if-otherwise-qualifying, note)
T_SWORN, T_NON, T_AMB = "sworn", "nonsworn", "ambiguous"
TYPES = {
    "TX": {
        "sworn": ["Basic Peace Officer", "Peace Officer License", "Peace Officer",
                  "Advanced Peace Officer", "Master Peace Officer"],
        "nonsworn": ["Jailer", "County Jailer License", "Telecommunicator",
                     "Reserve Peace Officer", "Correctional Officer"],
    },
    "CA": {
        "sworn": ["Basic POST Certificate", "Peace Officer (830.1 PC)", "Deputy Sheriff",
                  "Police Officer"],
        "nonsworn": ["Public Safety Dispatcher", "Reserve Peace Officer",
                     "Peace Officer (830.5 PC)", "Correctional Officer"],
    },
    "NY": {
        "sworn": ["Police Officer", "Deputy Sheriff", "State Trooper", "POLICE OFFICER"],
        "nonsworn": ["Correction Officer", "Probation Officer", "Detention Officer"],
    },
    "OH": {
        "sworn": ["Peace Officer Basic Training", "Police Officer", "Deputy Sheriff",
                  "Conservation Officer", "State Highway Patrol Trooper"],
        "nonsworn": ["Corrections Officer", "Detention Officer", "Telecommunicator",
                     "Jailer", "Private Security Officer"],
    },
    "FED": {
        "sworn": ["CBP Officer", "Border Patrol Agent", "Deputy U.S. Marshal",
                  "FBI Special Agent", "DEA Special Agent", "NPS Law Enforcement Ranger",
                  "USFS Law Enforcement Officer"],
        "nonsworn": ["BOP Correctional Officer", "Military Police", "DEA Diversion Investigator",
                     "U.S. Probation Officer", "TSA Transportation Security Officer",
                     "NPS Park Ranger (Interpretation)"],
    },
}
# ambiguous types: (source, type, acceptable labels when otherwise qualifying, note)
AMB_TYPES = [
    ("OH", "Part-Time Police Officer", "MANUAL_REVIEW|VERIFIED_LEO",
     "part-time police officer: contract silent whether part-time is 'full-powers'; rules mark part-time as review"),
    ("TX", "Constable", "VERIFIED_LEO|MANUAL_REVIEW",
     "Texas constables are licensed peace officers; rules name constables outside Texas as limited"),
    ("OH", "Constable", "MANUAL_REVIEW|RECALL",
     "constable outside Texas: limited powers per rules; contract silent"),
    ("TX", "Campus Police", "MANUAL_REVIEW|VERIFIED_LEO",
     "campus police: limited jurisdiction (rules: review); contract silent"),
    ("FED", "Tribal Police", "MANUAL_REVIEW|VERIFIED_LEO",
     "tribal police: rules mark limited (review); contract silent"),
    ("OH", "Railroad Police", "MANUAL_REVIEW|RECALL",
     "railroad police: private-employer police powers, rules say review"),
    ("FED", "Park Ranger (seasonal)", "MANUAL_REVIEW|RECALL",
     "seasonal park ranger: seasonal commission, rules say review; contract silent"),
    ("NY", "Court Officer", "MANUAL_REVIEW|RECALL",
     "NY court officer: peace officer of limited powers; rules: unknown -> review"),
    ("OH", "Police Officer Standards", "VERIFIED_LEO|MANUAL_REVIEW",
     "odd registry wording containing 'police officer'; plausibly the basic police cert"),
]

AGENCIES = {
    "TX": {"sworn": ["Austin Police Department", "Harris County Sheriff's Office",
                     "Dallas Police Department", "Texas Department of Public Safety",
                     "San Antonio Police Department", "El Paso County Sheriff's Office"],
           "nonsworn": ["Harris County Sheriff's Office", "Travis County Sheriff's Office",
                        "Bexar County Sheriff's Office", "Texas Department of Criminal Justice"]},
    "CA": {"sworn": ["Los Angeles Police Department", "San Diego County Sheriff's Department",
                     "Fresno Police Department", "California Highway Patrol"],
           "nonsworn": ["California Department of Corrections", "Riverside County Sheriff",
                        "Sacramento County Probation"]},
    "NY": {"sworn": ["New York City Police Department", "Suffolk County Police Department",
                     "New York State Police", "Erie County Sheriff's Office"],
           "nonsworn": ["NYS Dept of Corrections and Community Supervision",
                        "Westchester County Department of Correction", "NYS Unified Court System"]},
    "OH": {"sworn": ["Columbus Division of Police", "Cleveland Division of Police",
                     "Franklin County Sheriff's Office", "Ohio State Highway Patrol",
                     "Ohio Department of Natural Resources"],
           "nonsworn": ["Ohio Dept of Rehabilitation and Correction", "Cuyahoga County Jail",
                        "Hamilton County Communications Center", "Norfolk Southern Railway"]},
    "FL": {"sworn": ["Miami-Dade Police Department", "Orange County Sheriff's Office",
                     "Jacksonville Sheriff's Office", "Tampa Police Department"],
           "nonsworn": ["Florida Department of Corrections", "Polk County Sheriff's Office"]},
    "FED": {"sworn": ["U.S. Customs and Border Protection", "U.S. Marshals Service",
                      "Federal Bureau of Investigation", "Drug Enforcement Administration",
                      "National Park Service", "USDA Forest Service"],
            "nonsworn": ["Federal Bureau of Prisons", "U.S. Army", "Drug Enforcement Administration",
                         "U.S. Courts", "Transportation Security Administration",
                         "National Park Service", "Bureau of Indian Affairs"]},
}

NONLEO_JOBS = [
    ("Loan Officer", "Wells Fargo Bank", "other_officer"),
    ("Mortgage Loan Officer", "Rocket Mortgage", "other_officer"),
    ("Safety Officer", "Turner Construction Company", "other_officer"),
    ("Compliance Officer", "JPMorgan Chase Bank", "other_officer"),
    ("Financial Aid Officer", "University of Houston", "other_officer"),
    ("Public Information Officer", "City of Dayton", "other_officer"),
    ("Code Enforcement Officer", "City of Mesa", "other_officer"),
    ("Probation Officer", "Harris County Community Supervision", "probation_parole"),
    ("Parole Officer", "Georgia Department of Community Supervision", "probation_parole"),
    ("Corrections Officer", "Texas Department of Criminal Justice", "corrections_detention"),
    ("Correctional Officer", "Federal Bureau of Prisons", "corrections_detention"),
    ("Detention Officer", "GEO Group", "corrections_detention"),
    ("Security Officer", "Allied Universal", "security_private"),
    ("Loss Prevention Officer", "Target Corporation", "security_private"),
    ("Petty Officer Second Class", "US Navy", "military"),
    ("Military Police", "US Army", "military"),
    ("Insurance Agent", "State Farm", "other_officer"),
]
CLAIMS_UNLOADED = [
    ("Patrol Officer", "Reno Police Department", "Reno, NV", "NV"),
    ("Deputy Sheriff", "Maricopa County Sheriff's Office", "Phoenix, AZ", "AZ"),
    ("Police Officer", "Seattle Police Department", "Seattle, WA", "WA"),
    ("Police Officer", "Denver Police Department", "Denver, CO", "CO"),
    ("Deputy Sheriff", "Fulton County Sheriff's Office", "Atlanta, GA", "GA"),
    ("Police Officer", "Detroit Police Department", "Detroit, MI", "MI"),
    ("Police Officer", "Charlotte-Mecklenburg Police Department", "Charlotte, NC", "NC"),
]
CLAIMS_LOADED = [
    ("Police Officer", "Dallas Police Department", "Dallas, TX", "TX"),
    ("Deputy Sheriff", "Harris County Sheriff's Office", "Houston, TX", "TX"),
    ("Police Officer", "Cleveland Division of Police", "Cleveland, OH", "OH"),
    ("Police Officer", "Fresno Police Department", "Fresno, CA", "CA"),
    ("Police Officer", "Buffalo Police Department", "Buffalo, NY", "NY"),
]

OFFICES = ["St. Paul", "Chicago", "Houston", "Dallas", "San Antonio", "Los Angeles", "Phoenix",
           "Atlanta", "Miami", "New York", "Newark", "Seattle", "Denver", "El Paso", "Detroit"]
POSITIONS = [("Deportation Officer", "1801"), ("Immigration Enforcement Agent", "1801"),
             ("Criminal Investigator", "1811"), ("Border Patrol Agent", "1896"),
             ("CBP Officer", "1895")]


def fold(s):
    s = s.replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def add_years(d, y):
    try:
        return d.replace(year=d.year + y)
    except ValueError:
        return d.replace(year=d.year + y, day=28)


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    day = min(d.day, 28) if d.day > 28 else d.day
    return D(d.year + y, mo + 1, day)


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.hires = []           # dicts
        self.truth = []           # (hire_id, expected, scenario, notes)
        self.certs = {s: [] for s in STATES_LOADED}
        self.decerts = []         # decertifications.csv rows
        self.va = []              # VA DCJS entries
        self.training = []
        self.history = []
        self.used_dobs = set()    # hire dobs and their swaps: background must avoid
        self.used_names = set()   # (first, last) of hires
        self.n = 0
        self.cid = {s: 100000 for s in STATES_LOADED}

    # -- helpers -------------------------------------------------------------------------
    def rdate(self, a, b):
        return a + dt.timedelta(days=self.r.randrange((b - a).days + 1))

    def new_dob(self, swappable=False):
        while True:
            d = self.rdate(D(1962, 1, 1), D(1999, 12, 31))
            if swappable and not (d.day <= 12 and d.day != d.month):
                continue
            sw = D(d.year, d.day, d.month) if d.day <= 12 else d
            if d in self.used_dobs or sw in self.used_dobs:
                continue
            self.used_dobs.add(d)
            self.used_dobs.add(sw)
            return d

    def new_person(self, sex=None, first=None, last=None):
        r = self.r
        sex = sex or r.choice("MF")
        for _ in range(1000):
            f = first or r.choice(HIRE_MALE if sex == "M" else HIRE_FEMALE)
            l = last or r.choice(SURNAMES)
            if (f, l) not in self.used_names:
                break
        self.used_names.add((f, l))
        mid = ""
        x = r.random()
        if x < 0.55:
            mid = r.choice(HIRE_MALE if sex == "M" else HIRE_FEMALE)
            if mid == f:
                mid = ""
        elif x < 0.75:
            mid = r.choice("ABCDEFGHJKLMNPRSTW")
        return {"first": f, "middle": mid, "last": l, "suffix": "", "sex": sex}

    def cert_id(self, src):
        self.cid[src] += self.r.randrange(1, 9)
        return self.cid[src]

    def add_cert(self, src, who, ctype, status, issued, sep, agency, dob, rid=None):
        if rid is None:
            rid = f"{src}-{self.cert_id(src)}"
        row = dict(record_id=rid, source=src, first=who["first"], middle=who.get("middle", ""),
                   last=who["last"], dob=dob, ctype=ctype, status=status, issued=issued,
                   sep=sep, agency=agency, etype=who.get("etype", "FT"), owner=f"{self.n + 1:07d}")
        self.certs[src].append(row)
        return row

    def reg_name(self, p):
        """registry's rendering of a hire's names (cosmetic only)."""
        r = self.r
        f, m, l = p["first"], p["middle"], p["last"]
        if r.random() < 0.5:
            f, m, l = f.upper(), m.upper(), l.upper()
        if m and len(m) > 1 and r.random() < 0.3:
            m = m[0]
        elif m and r.random() < 0.15:
            m = ""
        return {"first": f, "middle": m, "last": l}

    def hire_date(self):
        return self.rdate(D(2019, 3, 1), D(2025, 9, 30))

    def new_hire(self, p, dob, hdate, scen, expected, notes, track="LEO", resume="",
                 basic=None, course_short=True):
        self.n += 1
        hid = f"{self.n:07d}"
        pos = self.r.choice(POSITIONS)
        h = dict(hire_id=hid, first_name=p["first"], middle_name=p["middle"],
                 last_name=p["last"], suffix=p.get("suffix", ""), date_of_birth=dob,
                 hire_date=hdate, position_title=pos[0], job_series=pos[1],
                 field_office=self.r.choice(OFFICES), screening_track=track,
                 screening_basis="keyword:officer" if track == "LEO" else "",
                 resume_text=resume)
        self.hires.append(h)
        if course_short:
            self.training.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT",
                                      course_title="ERO LEO Virtual Training Program",
                                      delivery="online", start_date=hdate + dt.timedelta(days=14),
                                      end_date=hdate + dt.timedelta(days=42), status="completed"))
        if basic:
            st = basic
            s0 = hdate + dt.timedelta(days=self.r.randrange(120, 500))
            self.training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                                      course_title="Basic Immigration Enforcement Training Program",
                                      delivery="in_person", start_date=s0,
                                      end_date=s0 + dt.timedelta(days=110) if st != "enrolled" else None,
                                      status=st))
            if st == "completed" and expected == "RECALL":
                expected = "REMEDIATED"
                notes += "; basic course FLETC-BIETP completed -> REMEDIATED"
            elif st == "completed" and expected.startswith("RECALL|"):
                expected = expected.replace("RECALL", "REMEDIATED")
                notes += "; basic completed"
        self.truth.append((hid, expected, scen, notes))
        return hid

    def basic_maybe(self, p=0.12):
        x = self.r.random()
        if x < p:
            return "completed"
        if x < p + 0.04:
            return self.r.choice(["enrolled", "withdrawn", "failed"])
        return None

    # -- qualifying record timing ------------------------------------------------------------
    def good_timing(self, hdate, status_kind):
        """issued/sep for a record that qualifies on hdate."""
        r = self.r
        issued = add_years(hdate, -r.randint(2, 16)) - dt.timedelta(days=r.randrange(300))
        if status_kind == "active":
            sep = None if r.random() < 0.75 else hdate - dt.timedelta(days=r.randrange(1, 60))
        else:
            x = r.random()
            if x < 0.6:
                sep = hdate - dt.timedelta(days=r.randrange(1, 200))
            elif x < 0.85:
                sep = hdate - dt.timedelta(days=r.randrange(200, 1000))
            else:
                sep = hdate + dt.timedelta(days=r.randrange(1, 400))  # lapsed after hire
        return issued, sep

    def good_status(self):
        r = self.r
        if r.random() < 0.45:
            return r.choice(STATUS_ACTIVE), "active"
        return r.choice(STATUS_SEPARATED), "sep"

    def leo_resume(self, src, agency, hdate, issued):
        if self.r.random() < 0.5:
            return ""
        place = {"TX": "Texas", "CA": "California", "NY": "New York", "OH": "Ohio",
                 "FED": "", "FL": "Florida"}[src]
        y0 = issued.year
        return (f"{self.r.choice(['Patrol Officer', 'Police Officer', 'Deputy', 'Officer'])}, "
                f"{agency}{', ' + place if place else ''}, {y0} - {hdate.year}. "
                f"Field training officer; conducted traffic stops and investigations.")

    # ========================================================================== scenarios
    def sc_clean(self, noise=None):
        r = self.r
        src = r.choices(["TX", "CA", "NY", "OH", "FED"], [30, 20, 15, 15, 20])[0]
        sex = "F" if noise == "maiden" else ("M" if noise == "suffix" else r.choice("MF"))
        p = self.new_person(sex)
        if noise == "nickname":
            while p["first"] not in NICK:
                self.used_names.discard((p["first"], p["last"]))
                p = self.new_person(sex)
        swappable = noise == "swapped_dm"
        dob = self.new_dob(swappable)
        hdate = self.hire_date()
        status, kind = self.good_status()
        ctype = r.choice(TYPES[src]["sworn"])
        issued, sep = self.good_timing(hdate, kind)
        agency = r.choice(AGENCIES[src]["sworn"])
        reg = self.reg_name(p)
        rdob = dob
        note = f"own sworn {src} cert '{ctype}' status '{status}' issued {issued}"
        note += f", separated {sep}" if sep else ", no separation"
        if sep and sep > hdate:
            note += " (after hire: serving at hire)"
        if noise:
            reg, p, rdob, nn = self.apply_noise(noise, p, reg, dob, src)
            note += "; " + nn
        expected = "VERIFIED_LEO"
        if getattr(self, "flag_alt", None):
            expected = self.flag_alt
            self.flag_alt = None
        if kind == "sep" and sep is None:
            expected = "VERIFIED_LEO|MANUAL_REVIEW"
        if src == "CA" and r.random() < 0.4:
            # CA keeps accents in its workbook
            reg["first"] = ACCENT_FIRST.get(fold(reg["first"]).title(), reg["first"]) if reg["first"].istitle() else reg["first"]
        reg.update(etype="FT")
        self.add_cert(src, reg, ctype, status, issued, sep, agency, rdob)
        resume = self.leo_resume(src, agency, hdate, issued)
        hid = self.new_hire(p, dob, hdate, "clean" + ("_" + noise if noise else ""), expected,
                            note, resume=resume, basic="completed" if r.random() < 0.03 else None)
        return hid

    def apply_noise(self, noise, p, reg, dob, src):
        r = self.r
        rdob = dob
        up = reg["last"].isupper()
        cas = (lambda s: s.upper()) if up else (lambda s: s)
        if noise == "typo_last":
            l = p["last"]
            if len(l) < 5 or "'" in l:
                return reg, p, rdob, "no typo possible: exact"
            i = r.randrange(1, len(l) - 1)
            kind = r.choice(["sub", "swap", "del"])
            if kind == "sub":
                c = r.choice([x for x in "aeiourstnl" if x != l[i].lower()])
                t = l[:i] + c + l[i + 1:]
            elif kind == "swap" and l[i] != l[i + 1]:
                t = l[:i] + l[i + 1] + l[i] + l[i + 2:]
            else:
                t = l[:i] + l[i + 1:]
            reg["last"] = cas(t)
            if t in SURNAMES or t in MAIDEN_POOL:
                self.flag_alt = "VERIFIED_LEO|MANUAL_REVIEW"
                return reg, p, rdob, f"registry surname typo {t!r} vs hire {l!r} is itself a real surname (README: two names -> lead)"
            return reg, p, rdob, f"registry surname typo {t!r} vs hire {l!r} (one edit)"
        if noise == "nickname":
            nick = r.choice(NICK[p["first"]])
            formal = p["first"]
            if r.random() < 0.5:
                p = dict(p, first=nick)          # hire goes by nickname
                reg["first"] = cas(formal)
                return reg, p, rdob, f"hire first name nickname {nick} of registry {formal}"
            reg["first"] = cas(nick)
            return reg, p, rdob, f"registry first name nickname {nick} of hire's {formal}"
        if noise == "diacritics":
            # hire ASCII, registry accented, or the reverse
            self.used_names.discard((p["first"], p["last"]))
            cand = [l for l in ACCENT_LAST]
            l = r.choice(cand)
            f = r.choice(list(ACCENT_FIRST)) if r.random() < 0.5 else p["first"]
            if (f, l) in self.used_names:
                return reg, p, rdob, "exact (diacritics variant collided)"
            self.used_names.add((f, l))
            p = dict(p, first=f, last=l)
            rf, rl = ACCENT_FIRST.get(f, f), ACCENT_LAST[l]
            if r.random() < 0.3:     # hire file keeps the accents, registry is ASCII
                p = dict(p, first=rf, last=rl)
                reg["first"], reg["last"] = cas(f), cas(l)
                return reg, p, rdob, f"hire accented {rf} {rl}, registry ASCII"
            reg["first"], reg["last"] = cas(rf), cas(rl)
            return reg, p, rdob, f"registry accented {rf} {rl} vs hire ASCII {f} {l}"
        if noise == "hyphen":
            other = r.choice(SURNAMES)
            if r.random() < 0.5:
                reg["last"] = cas(f"{p['last']}-{other}")
                return reg, p, rdob, f"registry hyphenated surname {p['last']}-{other} vs hire {p['last']}"
            p = dict(p, last=f"{other}-{p['last']}")
            return reg, p, rdob, f"hire hyphenated surname {p['last']} vs registry {reg['last']}"
        if noise == "maiden":
            maiden = r.choice(MAIDEN_POOL)
            married = p["last"]
            p = dict(p, middle=maiden, sex="F")
            reg["last"] = cas(maiden)
            reg["middle"] = ""
            return reg, p, rdob, f"registry under maiden name {maiden}; hire {married} carries it as middle name"
        if noise == "suffix":
            suf = r.choice(["Jr", "Jr.", "III", "II"])
            p = dict(p, suffix=suf.rstrip("."))
            form = r.choice([f"{p['last']} {suf}", f"{p['last']}, {suf}"])
            reg["last"] = cas(form)
            return reg, p, rdob, f"suffix written into registry surname {form!r}; hire suffix column {p['suffix']}"
        if noise == "swapped_dm":
            rdob = D(dob.year, dob.day, dob.month)
            return reg, p, rdob, f"registry DOB {rdob} has day/month swapped vs hire {dob}; name unique"
        if noise == "middle_initial":
            if p["middle"] and len(p["middle"]) > 1:
                reg["middle"] = cas(p["middle"][0] + ".")
                return reg, p, rdob, "registry middle initial with period"
            return reg, p, rdob, "exact"
        if noise == "typo_first":
            f = p["first"]
            if len(f) < 6:
                return reg, p, rdob, "exact"
            i = r.randrange(2, len(f) - 1)
            t = f[:i] + f[i + 1] + f[i] + f[i + 2:] if f[i] != f[i + 1] else f[:i] + f[i + 1:]
            reg["first"] = cas(t)
            return reg, p, rdob, f"registry first-name keying error {t!r} vs {f!r}"
        raise ValueError(noise)

    def sc_double_variation(self):
        """nickname AND surname typo: contract allows typos and nicknames; README says lead."""
        r = self.r
        p = self.new_person("M")
        while p["first"] not in NICK or len(p["last"]) < 6:
            self.used_names.discard((p["first"], p["last"]))
            p = self.new_person("M")
        dob = self.new_dob()
        hdate = self.hire_date()
        src = r.choice(["TX", "NY", "OH"])
        issued, sep = self.good_timing(hdate, "active")
        nick = NICK[p["first"]][0]
        l = p["last"]
        t = l[:2] + l[3] + l[2] + l[4:] if l[2] != l[3] else l[:2] + l[3:]
        reg = {"first": nick.upper(), "middle": "", "last": t.upper()}
        self.add_cert(src, reg, r.choice(TYPES[src]["sworn"]), "Active", issued, sep,
                      r.choice(AGENCIES[src]["sworn"]), dob)
        self.new_hire(p, dob, hdate, "double_variation", "MANUAL_REVIEW|VERIFIED_LEO",
                      f"registry {nick} {t} vs hire {p['first']} {l}: nickname + surname typo; "
                      "contract allows both, README caps at one variation (lead)")

    def sc_nonsworn(self):
        r = self.r
        src = r.choices(["TX", "CA", "NY", "OH", "FED"], [30, 20, 15, 15, 20])[0]
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        status, kind = self.good_status()
        ctype = r.choice(TYPES[src]["nonsworn"])
        issued, sep = self.good_timing(hdate, kind)
        agency = r.choice(AGENCIES[src]["nonsworn"])
        self.add_cert(src, self.reg_name(p), ctype, status, issued, sep, agency, dob)
        job = None
        resume = ""
        if r.random() < 0.5:
            resume = f"{ctype} at {agency}, {issued.year}-{hdate.year}. Supervised inmates / handled calls."
            if "Police" in ctype and "Military" in ctype:
                resume = f"Military Police, U.S. Army, {issued.year}-{hdate.year}."
        self.new_hire(p, dob, hdate, "nonsworn_type", "RECALL",
                      f"only certificate is {src} '{ctype}' ({status}): not a sworn full-powers type "
                      "per contract list (corrections/detention/jailer/reserve/telecommunicator/"
                      "security/probation/military)", resume=resume, basic=self.basic_maybe(0.15))

    def sc_ambig_type(self):
        r = self.r
        src, ctype, lab, why = r.choice(AMB_TYPES)
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        status, kind = self.good_status()
        issued, sep = self.good_timing(hdate, kind)
        if kind == "sep" and sep is None:
            sep = hdate - dt.timedelta(days=30)
        agency = r.choice(AGENCIES[src]["sworn"] if "VERIFIED" in lab.split("|")[0] else AGENCIES[src]["nonsworn"])
        if ctype == "Railroad Police":
            agency = "Norfolk Southern Railway Police"
        if ctype == "Tribal Police":
            agency = "Bureau of Indian Affairs"
        if ctype == "Campus Police":
            agency = "University of Texas System Police"
        self.add_cert(src, self.reg_name(p), ctype, status, issued, sep, agency, dob)
        self.new_hire(p, dob, hdate, "ambiguous_type", lab,
                      f"only certificate {src} '{ctype}' ({status}), timing qualifies; {why}")

    def sc_adverse_status(self):
        r = self.r
        src = r.choice(["TX", "CA", "NY", "OH", "FED"])
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        issued, _ = self.good_timing(hdate, "active")
        if r.random() < 0.55:
            status = r.choice(STATUS_BAD)
            lab = "RECALL|MANUAL_REVIEW"
            why = ("status revoked/suspended; registry status is today's with no date: contract "
                   "says status must not be revoked/suspended -> RECALL; REVIEW defensible")
        else:
            status = r.choice(STATUS_BADISH)
            lab = "RECALL|MANUAL_REVIEW"
            why = ("status surrendered/cancelled/denied: not an accepted status "
                   "(policy accepted_statuses active/inactive/lapsed); contract names surrender "
                   "as disqualifying")
        sep = hdate - dt.timedelta(days=r.randrange(10, 300)) if r.random() < 0.6 else None
        self.add_cert(src, self.reg_name(p), r.choice(TYPES[src]["sworn"]), status, issued, sep,
                      r.choice(AGENCIES[src]["sworn"]), dob)
        self.new_hire(p, dob, hdate, "adverse_status", lab,
                      f"own sworn {src} cert status '{status}'; {why}", basic=self.basic_maybe(0.1))

    def sc_time(self):
        r = self.r
        kind = r.choice(["issued_after", "sep_long_before", "boundary_3y", "boundary_3y_plus",
                         "service_11m", "service_12m", "reinstated_before", "reinstated_after",
                         "lapsed_after_hire", "sep_before_issue"])
        src = "TX" if kind.startswith("reinstated") else r.choice(["TX", "CA", "NY", "OH", "FED"])
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        ctype = r.choice(TYPES[src]["sworn"])
        ag = r.choice(AGENCIES[src]["sworn"])
        reg = self.reg_name(p)
        exp, note = None, ""
        if kind == "issued_after":
            iss = hdate + dt.timedelta(days=r.randrange(20, 700))
            self.add_cert(src, reg, ctype, r.choice(STATUS_ACTIVE[:5]), iss, None, ag, dob)
            exp, note = "RECALL", f"only sworn cert issued {iss}, after hire {hdate}"
        elif kind == "sep_long_before":
            sep = add_years(hdate, -r.randint(4, 14)) - dt.timedelta(days=r.randrange(200))
            iss = add_years(sep, -r.randint(2, 10))
            self.add_cert(src, reg, ctype, r.choice(STATUS_SEPARATED), iss, sep, ag, dob)
            exp, note = "RECALL", f"sworn cert separated {sep}, more than 3 years before hire {hdate}"
        elif kind == "boundary_3y":
            sep = add_years(hdate, -3) + dt.timedelta(days=r.choice([0, 1, 5]))
            iss = add_years(sep, -r.randint(3, 9))
            self.add_cert(src, reg, ctype, r.choice(STATUS_SEPARATED), iss, sep, ag, dob)
            exp, note = "VERIFIED_LEO", f"separated {sep}, no more than 3 years before hire {hdate}"
        elif kind == "boundary_3y_plus":
            sep = add_years(hdate, -3) - dt.timedelta(days=r.choice([2, 10, 40]))
            iss = add_years(sep, -r.randint(3, 9))
            self.add_cert(src, reg, ctype, r.choice(STATUS_SEPARATED), iss, sep, ag, dob)
            exp, note = "RECALL", f"separated {sep}, just over 3 years before hire {hdate}"
        elif kind == "service_11m":
            iss = add_months(hdate, -11) - dt.timedelta(days=r.randrange(0, 20))
            self.add_cert(src, reg, ctype, "Active", iss, None, ag, dob)
            exp, note = "RECALL", f"issued {iss}, under 12 months of service at hire {hdate}"
        elif kind == "service_12m":
            iss = add_months(hdate, -12) - dt.timedelta(days=r.choice([0, 3, 20]))
            self.add_cert(src, reg, ctype, "Active", iss, None, ag, dob)
            exp, note = "VERIFIED_LEO", f"issued {iss}, at least 12 months before hire {hdate}"
        elif kind in ("reinstated_before", "reinstated_after"):
            iss1 = add_years(hdate, -r.randint(10, 16))
            sep1 = add_years(hdate, -r.randint(5, 8))
            base = self.cert_id("TX")
            self.add_cert(src, reg, ctype, "Lapsed", iss1, sep1, ag, dob, rid=f"TX-{base}-01")
            if kind == "reinstated_before":
                iss2 = add_years(hdate, -r.randint(2, 4))
                self.add_cert(src, reg, ctype, "Reinstated", iss2, None, ag, dob, rid=f"TX-{base}-02")
                exp, note = ("VERIFIED_LEO", f"status-history rows: lapsed {sep1} (before hire), "
                             f"reinstated {iss2} >12 months before hire {hdate}")
            else:
                iss2 = hdate + dt.timedelta(days=r.randrange(60, 500))
                self.add_cert(src, reg, ctype, "Reinstated", iss2, None, ag, dob, rid=f"TX-{base}-02")
                exp, note = ("RECALL", f"status-history rows: lapsed {sep1} (>3y before hire {hdate}), "
                             f"reinstated only {iss2}, after hire")
        elif kind == "lapsed_after_hire":
            iss = add_years(hdate, -r.randint(3, 10))
            sep = hdate + dt.timedelta(days=r.randrange(30, 700))
            self.add_cert(src, reg, ctype, r.choice(["Lapsed", "Expired", "Inactive"]), iss, sep, ag, dob)
            exp, note = "VERIFIED_LEO", f"certified {iss}, lapsed/separated {sep} after hire {hdate}: serving at hire"
        elif kind == "sep_before_issue":
            iss = add_years(hdate, -3)
            sep = add_years(hdate, -5)
            self.add_cert(src, reg, ctype, "Inactive", iss, sep, ag, dob)
            exp, note = ("MANUAL_REVIEW|RECALL", f"separation {sep} before issue {iss}: contradictory record; "
                         "even read either way it separated >3y or has no service")
        self.new_hire(p, dob, hdate, "time_" + kind, exp, note,
                      basic=self.basic_maybe(0.1) if exp == "RECALL" else None)

    def sc_multi(self):
        r = self.r
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        srcs = r.sample(["TX", "CA", "NY", "OH", "FED"], r.choice([2, 2, 3]))
        good = r.random() < 0.55
        notes = []
        for i, src in enumerate(srcs):
            reg = self.reg_name(p)
            if good and i == len(srcs) - 1:
                st, kind = self.good_status()
                iss, sep = self.good_timing(hdate, kind)
                if kind == "sep" and sep is None:
                    sep = hdate - dt.timedelta(days=40)
                ct = r.choice(TYPES[src]["sworn"])
                self.add_cert(src, reg, ct, st, iss, sep, r.choice(AGENCIES[src]["sworn"]), dob)
                notes.append(f"{src} '{ct}' {st} qualifies")
            else:
                what = r.choice(["nonsworn", "old", "after"])
                if what == "nonsworn":
                    ct = r.choice(TYPES[src]["nonsworn"])
                    iss, sep = self.good_timing(hdate, "sep")
                    self.add_cert(src, reg, ct, r.choice(STATUS_SEPARATED + STATUS_ACTIVE[:3]), iss,
                                  sep, r.choice(AGENCIES[src]["nonsworn"]), dob)
                    notes.append(f"{src} '{ct}' not sworn")
                elif what == "old":
                    ct = r.choice(TYPES[src]["sworn"])
                    sep = add_years(hdate, -r.randint(5, 12))
                    self.add_cert(src, reg, ct, r.choice(STATUS_SEPARATED), add_years(sep, -4), sep,
                                  r.choice(AGENCIES[src]["sworn"]), dob)
                    notes.append(f"{src} '{ct}' separated {sep} (>3y)")
                else:
                    ct = r.choice(TYPES[src]["sworn"])
                    iss = hdate + dt.timedelta(days=r.randrange(30, 600))
                    self.add_cert(src, reg, ct, "Active", iss, None, r.choice(AGENCIES[src]["sworn"]), dob)
                    notes.append(f"{src} '{ct}' issued {iss} after hire")
        exp = "VERIFIED_LEO" if good else "RECALL"
        self.new_hire(p, dob, hdate, "multi_state", exp, "several certs: " + "; ".join(notes),
                      basic=None if good else self.basic_maybe(0.1))

    def sc_decert(self):
        r = self.r
        src = r.choice(["TX", "CA", "NY", "OH"])
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        st, kind = self.good_status()
        iss, sep = self.good_timing(hdate, kind)
        if kind == "sep" and sep is None:
            sep = hdate - dt.timedelta(days=20)
        if sep and sep > hdate:
            sep = hdate - dt.timedelta(days=20)
        ct = r.choice(TYPES[src]["sworn"])
        sub = r.choice(["before", "before", "after", "after_revoked", "nodob_before", "namesake_dob",
                        "surrender_before", "nodob_after"])
        action = r.choice(["revoked", "Revoked", "REVOKED", "suspended", "Suspended"])
        if sub == "surrender_before":
            action = r.choice(["surrendered", "Surrendered", "Voluntary Surrender"])
        if sub in ("before", "nodob_before", "surrender_before"):
            adate = self.rdate(max(iss, add_years(hdate, -3)), hdate - dt.timedelta(days=1))
        else:
            adate = self.rdate(hdate + dt.timedelta(days=30), min(NOW, hdate + dt.timedelta(days=900)))
        if sub == "after_revoked":
            st = r.choice(["Revoked", "Suspended"])
        self.add_cert(src, self.reg_name(p), ct, st, iss, sep, r.choice(AGENCIES[src]["sworn"]), dob)
        ddob = dob
        dfirst, dlast = p["first"], p["last"]
        if sub.startswith("nodob"):
            ddob = None
        if sub == "namesake_dob":
            ddob = self.new_dob()
        self.decerts.append(dict(record_id=f"DC-{len(self.decerts) + 1:05d}", source=src,
                                 first=dfirst.upper(), last=dlast.upper(), dob=ddob, action=action,
                                 adate=adate, reason=r.choice(["Untruthfulness", "Felony conviction",
                                                               "Excessive force", "Failure to complete CE"])))
        if sub in ("before", "surrender_before"):
            exp, why = "RECALL", f"decertification ({action}) of the same person (name+DOB) dated {adate}, on/before hire {hdate}"
        elif sub == "after":
            exp, why = "VERIFIED_LEO", f"decertification dated {adate} after hire {hdate}: cert stood at hire"
        elif sub == "after_revoked":
            exp, why = ("VERIFIED_LEO|MANUAL_REVIEW", f"cert status today '{st}', its decertification "
                        f"dated {adate} after hire {hdate}: stood at hire (README: review)")
        elif sub == "nodob_before":
            exp, why = "MANUAL_REVIEW", f"decert row with hire's name but no DOB, dated {adate} before hire: cannot tell"
        elif sub == "nodob_after":
            exp, why = "VERIFIED_LEO|MANUAL_REVIEW", f"decert row with hire's name, no DOB, dated {adate} after hire: irrelevant to status at hire"
        else:
            exp, why = "VERIFIED_LEO", f"decert of a namesake with another full DOB {ddob}: not the hire"
        self.new_hire(p, dob, hdate, "decert_" + sub, exp,
                      f"own sworn {src} '{ct}' {st} qualifies on timing; {why}",
                      basic=self.basic_maybe(0.08) if exp == "RECALL" else None)

    def sc_va(self):
        r = self.r
        src = r.choice(["TX", "OH", "NY", "FED"])
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        iss, _ = self.good_timing(hdate, "active")
        ct = r.choice(TYPES[src]["sworn"])
        self.add_cert(src, self.reg_name(p), ct, "Active", iss, None, r.choice(AGENCIES[src]["sworn"]), dob)
        sub = r.choice(["finalized_before", "finalized_before", "reinstated", "after", "pending_na"])
        e = dict(last=p["last"], first=p["first"], mi=(p["middle"][0] + ".") if p["middle"] else None,
                 agency=r.choice(["Norfolk Police Department", "Fairfax County Police Department",
                                  "Henrico County Sheriff's Office", "Virginia State Police"]),
                 function=r.choice(["Law Enforcement Officer", "Law Enforcment Officer",
                                    "Law-Enforcement Officer"]))
        if sub == "finalized_before":
            e.update(sheet=r.choice([1, 3]), date=self.rdate(add_years(hdate, -6), hdate - dt.timedelta(days=5)),
                     status="Finalized")
            exp, why = "MANUAL_REVIEW", "VA DCJS list (no DOB) decertifies a person of the hire's name before hire: identity undecidable"
        elif sub == "reinstated":
            e.update(sheet=4, date="N/A", status=f" Reinstated {self.rdate(add_years(hdate,-4), hdate - dt.timedelta(days=400)).strftime('%m/%d/%Y')} ")
            exp, why = "VERIFIED_LEO|MANUAL_REVIEW", "VA list shows a namesake reinstated (reinstated does not count)"
        elif sub == "after":
            e.update(sheet=1, date=self.rdate(hdate + dt.timedelta(days=60), NOW - dt.timedelta(days=30)),
                     status="Finalized")
            exp, why = "VERIFIED_LEO|MANUAL_REVIEW", "VA decert of the hire's name dated after hire: cannot affect status at hire"
        else:
            e.update(sheet=2, date=None, status="Appeal Pending")
            exp, why = "MANUAL_REVIEW", "VA list pending decert of the hire's name, undated: possible decert, no date"
        if e["sheet"] in (1, 4, 2) and isinstance(e["date"], D) and e["date"].year < 2021:
            e["sheet"] = 3
        self.va.append(e)
        self.new_hire(p, dob, hdate, "va_" + sub, exp, f"own sworn {src} '{ct}' Active qualifies; {why}")

    def sc_namesake(self):
        r = self.r
        sub = r.choice(["other_dob_no_own", "other_dob_no_own", "own_plus_bad_namesake",
                        "near_name", "dob_keystroke", "opposite_sex_same_dob"])
        hdate = self.hire_date()
        src = r.choice(["TX", "CA", "NY", "OH", "FED"])
        p = self.new_person()
        dob = self.new_dob()
        ct = r.choice(TYPES[src]["sworn"])
        ag = r.choice(AGENCIES[src]["sworn"])
        iss, _ = self.good_timing(hdate, "active")
        if sub == "other_dob_no_own":
            ndob = self.new_dob()
            self.add_cert(src, self.reg_name(p), ct, "Active", iss, None, ag, ndob)
            exp, why = "RECALL", f"registry namesake {p['first']} {p['last']} born {ndob} (hire {dob}): another person"
            resume = r.choice(["", "Security supervisor at Allied Universal."])
        elif sub == "own_plus_bad_namesake":
            self.add_cert(src, self.reg_name(p), ct, "Active", iss, None, ag, dob)
            ndob = self.new_dob()
            self.add_cert(src, self.reg_name(p), ct, "Revoked", add_years(iss, -2), add_years(hdate, -2), ag, ndob)
            self.decerts.append(dict(record_id=f"DC-{len(self.decerts) + 1:05d}", source=src,
                                     first=p["first"], last=p["last"], dob=ndob, action="revoked",
                                     adate=add_years(hdate, -2), reason="Felony conviction"))
            exp, why = "VERIFIED_LEO", f"own sworn cert qualifies; revoked namesake born {ndob} is another person"
            resume = ""
        elif sub == "near_name":
            pairs = [("John", "Jon"), ("Paul", "Paula"), ("Christian", "Christina"), ("Daniel", "Danielle"),
                     ("Eric", "Erica"), ("Mark", "Mary"), ("Kevin", "Devin"), ("Brian", "Brianna")]
            hf, rf = r.choice(pairs)
            if r.random() < 0.5:
                hf, rf = rf, hf
            self.used_names.discard((p["first"], p["last"]))
            p = dict(p, first=hf)
            self.used_names.add((hf, p["last"]))
            ndob = self.new_dob()
            self.add_cert(src, {"first": rf.upper(), "middle": "", "last": p["last"].upper()}, ct, "Active",
                          iss, None, ag, ndob)
            exp, why = "RECALL", f"registry {rf} {p['last']} born {ndob} vs hire {hf} born {dob}: different DOB, another person"
            resume = ""
        elif sub == "dob_keystroke":
            y = dob.year + (1 if dob.year % 10 != 9 else -1)
            ndob = D(y, dob.month, dob.day) if not (dob.month == 2 and dob.day == 29) else D(y, 2, 28)
            self.used_dobs.add(ndob)
            self.add_cert(src, self.reg_name(p), ct, "Active", iss, None, ag, ndob)
            exp, why = "MANUAL_REVIEW|RECALL", f"registry same name born {ndob} vs hire {dob}: one digit apart; possible keying error"
            resume = ""
        else:
            pairs = [("Christian", "Christina"), ("Paul", "Paula"), ("Daniel", "Danielle"), ("Eric", "Erica")]
            hf, rf = r.choice(pairs)
            self.used_names.discard((p["first"], p["last"]))
            p = dict(p, first=hf)
            self.used_names.add((hf, p["last"]))
            self.add_cert(src, {"first": rf.upper(), "middle": "", "last": p["last"].upper()}, ct, "Active",
                          iss, None, ag, dob)
            exp, why = ("RECALL|MANUAL_REVIEW", f"registry {rf} {p['last']} same DOB: opposite-sex name, "
                        "a twin sibling, not the hire (lead at most)")
            resume = ""
        self.new_hire(p, dob, hdate, "namesake_" + sub, exp, why, resume=resume,
                      basic=self.basic_maybe(0.1) if exp == "RECALL" else None)

    def sc_fl(self):
        r = self.r
        sub = r.choice(["le_ft", "le_ft", "le_pt", "co", "aux", "le_other_year", "fl_plus_tx"])
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        iss, sep = self.good_timing(hdate, "sep")
        if sep is None or sep > hdate:
            sep = hdate - dt.timedelta(days=25)
        reg = self.reg_name(p)
        byear = dob.year
        if sub == "le_other_year":
            byear = dob.year + r.choice([-7, -4, 5, 9])
        cls, et = {"le_ft": ("LE", "FT"), "le_pt": ("LE", "PT"), "co": ("CO", "FT"), "aux": ("LE", "Aux"),
                   "le_other_year": ("LE", "FT"), "fl_plus_tx": ("LE", "FT")}[sub]
        reg["etype"] = et
        self.add_cert("FL", reg, cls, None, iss, sep, r.choice(["Miami-Dade Police Department",
                                                                "Orange County Sheriff's Office",
                                                                "Jacksonville Sheriff's Office",
                                                                "Florida Department of Corrections"]), byear)
        if sub in ("le_ft", "le_pt"):
            exp, why = "MANUAL_REVIEW", f"only record is FL {cls}/{et} with birth year {byear} only: a lead, never proof"
        elif sub == "co":
            exp, why = "RECALL|MANUAL_REVIEW", "only FL record is CO (corrections), birth year only: not sworn whoever it is"
        elif sub == "aux":
            exp, why = "RECALL|MANUAL_REVIEW", "only FL record LE but employment type Aux (auxiliary), birth year only"
        elif sub == "le_other_year":
            exp, why = "RECALL", f"FL LE record of the same name born {byear}, hire born {dob.year}: another person"
        else:
            ct = r.choice(TYPES["TX"]["sworn"])
            self.add_cert("TX", self.reg_name(p), ct, "Active", add_years(hdate, -6), None,
                          r.choice(AGENCIES["TX"]["sworn"]), dob)
            exp, why = "VERIFIED_LEO", f"FL birth-year lead plus own full-DOB TX '{ct}' Active that qualifies"
        self.new_hire(p, dob, hdate, "fl_" + sub, exp, why)

    def sc_registry_nodob(self):
        r = self.r
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        iss, _ = self.good_timing(hdate, "active")
        src = r.choice(["OH", "NY"])
        ct = r.choice(TYPES[src]["sworn"])
        self.add_cert(src, self.reg_name(p), ct, "Active", iss, None, r.choice(AGENCIES[src]["sworn"]), None)
        self.new_hire(p, dob, hdate, "registry_no_dob", "MANUAL_REVIEW",
                      f"only record {src} '{ct}' Active with blank DOB matching the name: lead only")

    def sc_hire_nodob(self):
        r = self.r
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        if r.random() < 0.6:
            iss, _ = self.good_timing(hdate, "active")
            src = r.choice(["TX", "CA", "OH"])
            self.add_cert(src, self.reg_name(p), r.choice(TYPES[src]["sworn"]), "Active", iss, None,
                          r.choice(AGENCIES[src]["sworn"]), dob)
            exp, why = "MANUAL_REVIEW", f"hire DOB blank; {src} sworn record of the same name exists: cannot link strongly"
        else:
            exp, why = "RECALL|MANUAL_REVIEW", "hire DOB blank; no registry record of the name at all"
        self.new_hire(p, None, hdate, "hire_no_dob", exp, why)

    def sc_none(self):
        r = self.r
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        sub = r.choices(["nonleo", "claim_unloaded", "claim_loaded", "claim_unloaded_old", "aspire",
                         "mention"], [60, 12, 8, 5, 8, 7])[0]
        hist = []
        if sub == "nonleo":
            t, emp, cat = r.choice(NONLEO_JOBS)
            y0 = hdate.year - r.randint(2, 9)
            resume = f"{t}, {emp}, {y0} - {hdate.year}. " + r.choice(
                ["Reviewed applications and ensured regulatory compliance.",
                 "Responsible for workplace safety inspections.",
                 "Managed caseload and wrote reports.", "Team lead for a shift of 8."])
            if r.random() < 0.5:
                hist.append(dict(employer=emp, title=t, state=r.choice(["TX", "OH", "AZ", "GA", ""]),
                                 start=D(y0, 3, 1), end=None))
            exp, why = "RECALL", f"no registry record; prior job '{t}' ({cat}) is not sworn"
        elif sub == "claim_unloaded":
            t, emp, place, st = r.choice(CLAIMS_UNLOADED)
            y0 = hdate.year - r.randint(3, 10)
            resume = f"{t} | {emp} | {place} | {y0} - {hdate.year}"
            if r.random() < 0.5:
                hist.append(dict(employer=emp, title=t, state=st, start=D(y0, 6, 1), end=hdate - dt.timedelta(days=30)))
            exp, why = "MANUAL_REVIEW", f"claims recent sworn service in {st}, whose registry is not loaded: coverage gap"
        elif sub == "claim_unloaded_old":
            t, emp, place, st = r.choice(CLAIMS_UNLOADED)
            y1 = hdate.year - r.randint(7, 12)
            resume = f"{t}, {emp}, {place}, {y1 - 4} - {y1}. Since then, private sector sales."
            exp, why = ("RECALL|MANUAL_REVIEW", f"claims sworn service in unloaded {st} ending {y1}, long before "
                        "the 3-year window: could not qualify (contract lists unloaded-state claims for review)")
        elif sub == "claim_loaded":
            t, emp, place, st = r.choice(CLAIMS_LOADED)
            y0 = hdate.year - r.randint(3, 10)
            resume = f"{t}, {emp}, {place}, {y0} - {hdate.year}."
            if r.random() < 0.5:
                hist.append(dict(employer=emp, title=t, state=st, start=D(y0, 6, 1), end=hdate - dt.timedelta(days=30)))
            exp, why = "RECALL", f"claims sworn service in {st}, whose registry is loaded and holds nothing: titles never verify"
        elif sub == "aspire":
            resume = r.choice(["I hope to become a police officer and serve my community.",
                               "Career goal: federal law enforcement officer. Currently a loan officer at a credit union.",
                               "Applying for law enforcement positions; passed the entrance exam."])
            exp, why = "RECALL", "aspirational resume only"
        else:
            resume = r.choice(["Worked closely with police officers as a hospital social worker.",
                               "My father was a police officer for 25 years. I work in logistics.",
                               "Coordinated with law enforcement agencies as a bank fraud analyst."])
            exp, why = "RECALL", "resume only mentions law enforcement (someone else's)"
        hid = self.new_hire(p, dob, hdate, "none_" + sub, exp, why, resume=resume,
                            basic=self.basic_maybe(0.15) if exp.startswith("RECALL") else None)
        for h in hist:
            self.history.append(dict(hire_id=hid, employer=h["employer"], title=h["title"], state=h["state"],
                                     start_date=h["start"], end_date=h["end"]))

    def sc_full_track(self):
        r = self.r
        p = self.new_person()
        dob = self.new_dob()
        hdate = self.hire_date()
        if r.random() < 0.3:
            src = r.choice(["TX", "NY", "OH"])
            iss, sep = self.good_timing(hdate, "active")
            self.add_cert(src, self.reg_name(p), r.choice(TYPES[src]["sworn"] + TYPES[src]["nonsworn"]),
                          r.choice(STATUS_ACTIVE + STATUS_BAD), iss, sep, r.choice(AGENCIES[src]["sworn"]), dob)
        self.n += 0
        hid = self.new_hire(p, dob, hdate, "full_track", "NOT_APPLICABLE",
                            "screening_track BASIC and no short-track course", track="BASIC",
                            course_short=False)
        s0 = hdate + dt.timedelta(days=20)
        self.training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                                  course_title="Basic Immigration Enforcement Training Program",
                                  delivery="in_person", start_date=s0, end_date=s0 + dt.timedelta(days=110),
                                  status=r.choice(["completed"] * 5 + ["enrolled"])))

    def sc_course_track(self):
        """BASIC by screener but took the short-track course: short track by course."""
        r = self.r
        before = len(self.hires)
        if r.random() < 0.5:
            self.sc_clean()
        else:
            self.sc_none()
        h = self.hires[-1]
        assert len(self.hires) == before + 1
        h["screening_track"] = "BASIC"
        h["screening_basis"] = ""
        hid, exp, sc, notes = self.truth[-1]
        self.truth[-1] = (hid, exp, "course_" + sc, notes + "; short track by course ERO-LEO-VIRT (screener said BASIC)")

    # ========================================================================== background
    def background(self, sizes):
        r = self.r
        bg_first = BG_MALE + BG_FEMALE
        for src, n in sizes.items():
            for _ in range(n):
                f = r.choice(bg_first)
                l = r.choice(SURNAMES)
                while True:
                    dob = self.rdate(D(1955, 1, 1), D(2001, 12, 31))
                    sw = D(dob.year, dob.day, dob.month) if dob.day <= 12 else dob
                    if dob not in self.used_dobs and sw not in self.used_dobs:
                        break
                m = r.choice(["", r.choice(bg_first), r.choice("ABCDEFGHJKLMNPRSTW")])
                who = {"first": f.upper() if r.random() < 0.5 else f, "middle": m, "last": l.upper(),
                       "etype": r.choice(["FT"] * 8 + ["PT", "Aux"])}
                hyp = D(2015, 1, 1)
                iss = self.rdate(max(D(1985, 1, 1), min(add_years(dob, 21), D(2025, 1, 1))), D(2025, 6, 1))
                x = r.random()
                kind = "sworn" if x < 0.6 else "nonsworn"
                if src == "FL":
                    ct = "LE" if kind == "sworn" else r.choice(["CO", "CO", "Inst"])
                else:
                    ct = r.choice(TYPES[src][kind])
                st = r.choice(STATUS_ACTIVE + STATUS_SEPARATED + STATUS_SEPARATED + STATUS_BAD[:2])
                sep = None if st in STATUS_ACTIVE else self.rdate(iss, max(iss, NOW - dt.timedelta(days=10)))
                dd = dob.year if src == "FL" else (None if (src == "OH" and r.random() < 0.03) else dob)
                row = self.add_cert(src, who, ct, st if src != "FL" else None, iss, sep,
                                    r.choice(AGENCIES.get(src, AGENCIES["TX"])[kind]), dd)
                if st in STATUS_BAD[:2] and r.random() < 0.5 and src != "FL":
                    self.decerts.append(dict(record_id=f"DC-{len(self.decerts) + 1:05d}", source=src,
                                             first=f, last=l, dob=dob if r.random() < 0.8 else None,
                                             action=st.lower(), adate=sep or hyp, reason="Misconduct"))
        for _ in range(250):
            f = r.choice(bg_first)
            l = r.choice(SURNAMES)
            d = self.rdate(D(2008, 1, 1), D(2025, 12, 1))
            sheet = 3 if d.year < 2021 else r.choice([1, 1, 1, 2, 4])
            self.va.append(dict(last=l, first=f, mi=r.choice([None, "A.", "J. ", "M"]),
                                agency=r.choice(["Richmond Police Department", "Hampton Police Department",
                                                 "Riverside Regional Jail", "Chesterfield County Police Department"]),
                                function=r.choice(["Law Enforcement Officer", "Jail Officer/Inmate Security",
                                                   "Law-Enforcement & Jail Officer"]),
                                date=d if sheet != 4 else "N/A",
                                status={1: "Finalized", 2: "Appeal Pending", 3: "Finalized",
                                        4: f" Reinstated {d.strftime('%m/%d/%Y')} "}[sheet], sheet=sheet))


# ============================================================================== writing
def iso(d):
    return "" if d is None else d.isoformat()


def us(d, pad=True):
    if d is None:
        return ""
    if pad:
        return d.strftime("%m/%d/%Y")
    return f"{d.month}/{d.day}/{d.year}"


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


ADAPT = {}        # status/action spelling -> spelling the tool accepts (set by --adapt)
FL_STATUS = False


def st_(v):
    return ADAPT.get(v, v) if v is not None else v


def write_all(w, out):
    os.makedirs(out, exist_ok=True)
    for src in w.certs:
        for c in w.certs[src]:
            c["status"] = st_(c["status"])
    for d in w.decerts:
        d["action"] = st_(d["action"])
    r = random.Random(99)
    # hires.csv (ISO)
    write_csv(os.path.join(out, "hires.csv"),
              ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth", "hire_date",
               "position_title", "job_series", "field_office", "screening_track", "screening_basis",
               "resume_text"],
              [[h["hire_id"], h["first_name"], h["middle_name"], h["last_name"], h["suffix"],
                iso(h["date_of_birth"]), iso(h["hire_date"]), h["position_title"], h["job_series"],
                h["field_office"], h["screening_track"], h["screening_basis"], h["resume_text"]]
               for h in w.hires])
    write_csv(os.path.join(out, "training.csv"),
              ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"],
              [[t["hire_id"], t["course_code"], t["course_title"], t["delivery"], iso(t["start_date"]),
                iso(t["end_date"]), t["status"]] for t in w.training])
    write_csv(os.path.join(out, "employment_history.csv"),
              ["hire_id", "employer", "title", "state", "start_date", "end_date"],
              [[e["hire_id"], e["employer"], e["title"], e["state"], iso(e["start_date"]), iso(e["end_date"])]
               for e in w.history])

    def shuffled(rows):
        rows = list(rows)
        r.shuffle(rows)
        return rows

    # TX: csv, own header names (aliases), ISO dates, status-history rows; source from file name
    write_csv(os.path.join(out, "certifications_tx.csv"),
              ["Cert ID", "Last Name", "First Name", "Middle Name", "Birth Date", "Certification",
               "Status", "Issue Date", "Sep Date", "Agency Name"],
              [[c["record_id"], c["last"], c["first"], c["middle"], iso(c["dob"]), c["ctype"], c["status"],
                iso(c["issued"]), iso(c["sep"]), c["agency"]] for c in shuffled(w.certs["TX"])])
    # NY: csv, source from name (new_york), MM/DD/YYYY
    write_csv(os.path.join(out, "certifications_new_york.csv"),
              ["CERT_ID", "LNAME", "FNAME", "MI", "DOB", "CERT_TYPE", "STATUS", "CERT_DATE", "SEP_DATE",
               "AGCY_NAME"],
              [[c["record_id"], c["last"], c["first"], (c["middle"][:1] if c["middle"] else ""), us(c["dob"]),
                c["ctype"], c["status"], us(c["issued"]), us(c["sep"]), c["agency"]]
               for c in shuffled(w.certs["NY"])])
    # OH: csv with a source column written as the state's name, M/D/YYYY as Excel exports it
    write_csv(os.path.join(out, "certifications_oh.csv"),
              ["record_id", "source", "first_name", "middle_name", "last_name", "dob", "cert_type", "status",
               "issue_date", "separation_date", "agency"],
              [[c["record_id"], "Ohio", c["first"], c["middle"], c["last"], us(c["dob"], pad=False), c["ctype"],
                c["status"], us(c["issued"], pad=False), us(c["sep"], pad=False), c["agency"]]
               for c in shuffled(w.certs["OH"])])
    # CA: xlsx with real date cells
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "POST Certificates"
    ws.append(["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
               "certification_type", "status", "certified_date", "separation_date", "agency"])
    for c in shuffled(w.certs["CA"]):
        ws.append([c["record_id"], "CA", c["first"], c["middle"], c["last"], c["dob"], c["ctype"], c["status"],
                   c["issued"], c["sep"], c["agency"]])
    for row in ws.iter_rows(min_row=2):
        for cell in (row[5], row[8], row[9]):
            if cell.value is not None:
                cell.number_format = "mm/dd/yyyy"
    wb.save(os.path.join(out, "certifications_ca.xlsx"))
    # FED: xlsx, string dates MM/DD/YYYY, source written "U.S."
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "LEO Service Records"
    ws.append(["Record ID", "Source", "First Name", "Middle Name", "Last Name", "DOB", "Certification Type",
               "Status", "Issued Date", "Separation Date", "Agency"])
    for c in shuffled(w.certs["FED"]):
        ws.append([c["record_id"], r.choice(["FED", "U.S.", "Federal"]), c["first"], c["middle"], c["last"],
                   us(c["dob"]), c["ctype"], c["status"], us(c["issued"]), us(c["sep"]), c["agency"]])
    wb.save(os.path.join(out, "certifications_fed.xlsx"))
    # FL: the CJSTC employment export layout (birth year only, no status column)
    rows = []
    pn = {}
    for i, c in enumerate(w.certs["FL"]):
        key = (c["first"].upper(), c["last"].upper(), c["dob"])
        if key not in pn:
            pn[key] = f"{len(pn) + 4000001:07d}"
        sepcode = "" if c["sep"] is None else r.choice(["Vol", "Ret", "TWA", "Vol"])
        rows.append([f"{i + 900001}", pn[key], f"{r.randrange(100, 999)}", c["etype"], c["ctype"],
                     us(c["issued"]), us(c["sep"]), sepcode, c["last"].upper(), c["first"].upper(),
                     c["middle"].upper(), r.choice("MF"), r.choice("WBHAO"), c["dob"], c["agency"]]
                    + ([("Active" if c["sep"] is None else "Inactive")] if FL_STATUS else []))
    write_csv(os.path.join(out, "certifications_fl.csv"),
              ["employment_nbr", "person_nbr", "agcy_nbr", "employ_type", "employ_class", "employ_start_date",
               "separation_date", "separation_code", "last_name", "first_name", "middle_name", "sex_code",
               "race_code", "birth_year", "agcy_name"] + (["status"] if FL_STATUS else []), rows)
    # decertifications.csv: contract columns, decert_date alias, mixed date formats per source
    write_csv(os.path.join(out, "decertifications.csv"),
              ["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "decert_date", "reason"],
              [[d["record_id"], d["source"], d["first"], d["last"], iso(d["dob"]), d["action"], iso(d["adate"]),
                d["reason"]] for d in shuffled(w.decerts)])
    # VA DCJS master list layout
    wb = openpyxl.Workbook()
    titles = {1: "1) Finalized - 2021 to Present", 2: "2) Pending Conclusion", 3: "3) 2020 & Prior",
              4: "4) Reinstated - 2021 to Present"}
    heads = {1: "TAB 1 - DCJS MASTER DECERTIFICATION LIST:  Finalized- 2021 to Present",
             2: "TAB 2 - DCJS MASTER DECERTIFICATION LIST:  PENDING FINALIZATION or APPEAL OUTCOME",
             3: "TAB 3 - DCJS MASTER DECERTIFICATION LIST:  2020 & Prior",
             4: "TAB 4 - DCJS MASTER DECERTIFICATION LIST:  Reinstated - 2021 to Present"}
    first = True
    for s in (1, 2, 3, 4):
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = titles[s]
        ws.append([heads[s]])
        if s == 1:
            ws.append(["Virginia Code 15.2-1707 Revised and Expanded, Effective March 1, 2021"])
        ws.append(["Last Name", "First Name", "Middle\nInitial" if s == 1 else "Middle Initial", "Agency",
                   "Function", "Decert Date", "STATUS", "Reason" if s != 4 else None])
        ents = [e for e in w.va if e["sheet"] == s]
        def yr(e):
            d = e["date"]
            return d.year if isinstance(d, D) else 2022
        ents.sort(key=lambda e: (yr(e), str(e["date"])))
        cur = None
        for e in ents:
            if s != 3 and yr(e) != cur:
                cur = yr(e)
                ws.append([cur])
            d = e["date"]
            dv = dt.datetime(d.year, d.month, d.day) if isinstance(d, D) else (d if d else None)
            ws.append([e["last"], e["first"], e["mi"], e["agency"], e["function"], dv, e["status"],
                       "Decertification Cause: 15.2-1707(B)(iii)- Violation of State or Federal Law" if s != 4 else None])
    wb.save(os.path.join(out, "decertifications_va.xlsx"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data")
    ap.add_argument("--truth", default="truth_before_run.csv")
    ap.add_argument("--seed", type=int, default=1111)
    ap.add_argument("--adapt", default="", help="OLD=NEW;OLD=NEW status spellings to rewrite")
    ap.add_argument("--fl-status", action="store_true", help="add a status column to the FL export")
    a = ap.parse_args()
    global FL_STATUS
    FL_STATUS = a.fl_status
    for kv in filter(None, a.adapt.split(";")):
        k, v = kv.split("=")
        ADAPT[k] = v
    w = World(a.seed)
    r = w.r
    plan = ([w.sc_clean] * 470 +
            [lambda nz=nz: w.sc_clean(nz) for nz in
             ["typo_last", "nickname", "diacritics", "hyphen", "maiden", "suffix", "swapped_dm",
              "middle_initial", "typo_first"] for _ in range(26)] +
            [w.sc_double_variation] * 12 + [w.sc_nonsworn] * 180 + [w.sc_ambig_type] * 70 +
            [w.sc_adverse_status] * 80 + [w.sc_time] * 110 + [w.sc_multi] * 80 + [w.sc_decert] * 100 +
            [w.sc_va] * 40 + [w.sc_namesake] * 70 + [w.sc_fl] * 70 + [w.sc_registry_nodob] * 15 +
            [w.sc_hire_nodob] * 15 + [w.sc_none] * 300 + [w.sc_course_track] * 40 +
            [w.sc_full_track] * 200)
    r.shuffle(plan)
    for f in plan:
        f()
    w.background({"TX": 5000, "CA": 3500, "NY": 2500, "OH": 2500, "FL": 2500, "FED": 2000})
    write_all(w, a.out)
    with open(os.path.join(a.out, "..", "owners_" + os.path.basename(os.path.normpath(a.out)) + ".csv"), "w", newline="") as f:
        cw = csv.writer(f)
        cw.writerow(["owner", "record_id", "source", "ctype", "status", "issued", "sep"])
        for src, rows in w.certs.items():
            for c in rows:
                if c["owner"] <= w.hires[-1]["hire_id"]:
                    cw.writerow([c["owner"], c["record_id"], src, c["ctype"], c["status"], c["issued"], c["sep"]])
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        cw = csv.writer(f)
        cw.writerow(["hire_id", "expected_determination", "scenario", "notes"])
        cw.writerows(w.truth)
    print(len(w.hires), "hires;", {k: len(v) for k, v in w.certs.items()}, "decerts", len(w.decerts),
          "va", len(w.va))


if __name__ == "__main__":
    main()
