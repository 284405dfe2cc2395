#!/usr/bin/env python
"""Independent held-out generator for leo-audit, written from the data contract alone.

Writes data/ (contract-format tables) and truth.csv.  Deterministic for a given --seed.
World model (own choices, see README.md):
  * 7 state registries loaded (CA TX FL AZ GA VA MN) + FED; FL publishes birth YEAR only,
    TX publishes ALL CAPS names and US dates, CA drops diacritics, GA gives middle initials,
    AZ ships as parquet.  States NV NY IL WA OH CO OR PA NJ MI NC are NOT loaded.
  * ~52k background registry people (1-3 certificates each), namesakes, twins.
  * 3,000 hires drawn from explicit scenarios; each scenario fixes what the evidence shows
    and therefore the expected determination under the contract's default policy.
"""
import argparse
import datetime as dt
import os
import random
import unicodedata

import numpy as np
import pandas as pd

D = dt.date
EXTRACT = D(2025, 10, 1)
LOADED = ["CA", "TX", "FL", "AZ", "GA", "VA", "MN"]
LOADED_W = [0.22, 0.22, 0.16, 0.10, 0.12, 0.10, 0.08]
UNLOADED = {"NV": ("Reno Police Department", "Reno", "Washoe County Sheriff's Office"),
            "NY": ("Buffalo Police Department", "Buffalo", "Erie County Sheriff's Office"),
            "IL": ("Chicago Police Department", "Chicago", "Cook County Sheriff's Office"),
            "WA": ("Spokane Police Department", "Spokane", "King County Sheriff's Office"),
            "OH": ("Columbus Division of Police", "Columbus", "Franklin County Sheriff's Office"),
            "CO": ("Aurora Police Department", "Aurora", "Denver Sheriff's Office"),
            "OR": ("Salem Police Department", "Salem", "Marion County Sheriff's Office"),
            "PA": ("Pittsburgh Bureau of Police", "Pittsburgh", "Pennsylvania State Police"),
            "NJ": ("Newark Police Division", "Newark", "New Jersey State Police"),
            "MI": ("Detroit Police Department", "Detroit", "Michigan State Police"),
            "NC": ("Charlotte-Mecklenburg Police Department", "Charlotte", "Wake County Sheriff's Office")}
STATE_AGENCIES = {
    "CA": ["Los Angeles Police Department", "San Diego Police Department", "Fresno County Sheriff's Office",
           "California Highway Patrol", "Oakland Police Department", "Riverside County Sheriff's Department"],
    "TX": ["HOUSTON POLICE DEPT", "DALLAS POLICE DEPT", "HARRIS COUNTY SHERIFFS OFFICE", "TEXAS DPS",
           "EL PASO POLICE DEPT", "BEXAR COUNTY SHERIFFS OFFICE"],
    "FL": ["Miami-Dade Police Department", "Orange County Sheriff's Office", "Tampa Police Department",
           "Florida Highway Patrol", "Jacksonville Sheriff's Office"],
    "AZ": ["Phoenix Police Department", "Maricopa County Sheriff's Office", "Tucson Police Department",
           "Arizona Department of Public Safety", "Pima County Sheriff's Department"],
    "GA": ["Atlanta Police Department", "Fulton County Sheriff's Office", "Georgia State Patrol",
           "Savannah Police Department", "Gwinnett County Police Department"],
    "VA": ["Fairfax County Police Department", "Virginia State Police", "Richmond Police Department",
           "Norfolk Sheriff's Office", "Virginia Beach Police Department"],
    "MN": ["Minneapolis Police Department", "St. Paul Police Department", "Hennepin County Sheriff's Office",
           "Minnesota State Patrol", "Duluth Police Department"],
    "FED": ["U.S. Border Patrol", "U.S. Immigration and Customs Enforcement", "U.S. Marshals Service",
            "Federal Bureau of Investigation", "Drug Enforcement Administration", "U.S. Customs and Border Protection"],
}
NONSWORN_AGENCY = {"corr": "Department of Corrections", "prob": "Probation Department",
                   "disp": "Emergency Communications Center", "sec": "Allied Security Services",
                   "res": "Police Reserve Unit"}
# certification types: (category, wording) per source
CERT_TYPES = {
    "CA": {"sworn": ["Peace Officer Basic Certificate", "Peace Officer Intermediate Certificate",
                     "Peace Officer Advanced Certificate", "Police Officer", "Deputy Sheriff"],
           "corr": ["Correctional Officer", "Detention Officer (Adult Corrections)"],
           "prob": ["Probation Officer Core", "Parole Agent I"],
           "disp": ["Public Safety Dispatcher Basic Certificate"],
           "res": ["Reserve Peace Officer Level II", "Reserve Police Officer"],
           "sec": ["Security Guard Registration"]},
    "TX": {"sworn": ["BASIC PEACE OFFICER", "INTERMEDIATE PEACE OFFICER", "ADVANCED PEACE OFFICER",
                     "MASTER PEACE OFFICER"],
           "corr": ["BASIC JAILER", "BASIC COUNTY CORRECTIONS OFFICER"],
           "prob": ["JUVENILE PROBATION OFFICER"],
           "disp": ["BASIC TELECOMMUNICATOR"],
           "res": ["RESERVE LAW ENFORCEMENT OFFICER"],
           "sec": ["COMMISSIONED SECURITY OFFICER"]},
    "FL": {"sworn": ["Law Enforcement Officer", "Law Enforcement"],
           "corr": ["Correctional Officer", "Correctional"],
           "prob": ["Correctional Probation Officer"],
           "disp": ["911 Public Safety Telecommunicator"],
           "res": ["Auxiliary Law Enforcement Officer"],
           "sec": ["Class D Security Officer"]},
    "AZ": {"sworn": ["Peace Officer (Full Authority)", "Certified Peace Officer", "Police Officer"],
           "corr": ["Detention Officer", "Correctional Officer"],
           "prob": ["Adult Probation Officer"],
           "disp": ["Public Safety Telecommunicator"],
           "res": ["Reserve Peace Officer Class II"],
           "sec": ["Unarmed Security Guard"]},
    "GA": {"sworn": ["Peace Officer", "Deputy Sheriff", "State Trooper", "Police Officer"],
           "corr": ["Jail Officer", "Correctional Officer", "Detention Officer"],
           "prob": ["Probation Officer"],
           "disp": ["Communications Officer (911)", "Telecommunicator"],
           "res": ["Reserve Officer"],
           "sec": ["Private Security Officer"]},
    "VA": {"sworn": ["Law Enforcement Officer", "Police Officer", "Deputy Sheriff - Law Enforcement"],
           "corr": ["Jail Officer", "Jail Officer/Inmate Security"],
           "prob": ["Probation and Parole Officer"],
           "disp": ["Dispatcher"],
           "res": ["Auxiliary Police Officer"],
           "sec": ["Armed Security Officer"]},
    "MN": {"sworn": ["Licensed Peace Officer", "Peace Officer License", "Police Officer"],
           "corr": ["Correctional Officer", "Jailer"],
           "prob": ["Probation Officer"],
           "disp": ["Public Safety Dispatcher"],
           "res": ["Reserve Officer"],
           "sec": ["Security Guard"]},
    "FED": {"sworn": ["Criminal Investigator (GS-1811)", "Border Patrol Agent", "Deportation Officer",
                      "Deputy U.S. Marshal", "CBP Officer", "Federal Law Enforcement Officer"],
            "corr": ["Correctional Officer (Federal Bureau of Prisons)"],
            "prob": ["U.S. Probation Officer"],
            "disp": ["Police Communications Dispatcher"],
            "res": ["Coast Guard Reserve Boarding Officer"],
            "sec": ["Transportation Security Officer"]},
}

# ---------------------------------------------------------------- names
def zipf(names, a=1.0):
    w = np.array([1.0 / (i + 1) ** a for i in range(len(names))])
    return list(names), w / w.sum()

ANGLO_M = "James Robert John Michael William David Richard Joseph Thomas Charles Christopher Daniel Matthew Anthony Mark Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian Sean Lawrence Austin Joe Noah Jesse Albert Bryan Billy Bruce Willie Jordan Dylan Alan Ralph Gabriel Roy Juan Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny Bradley DeShawn Jamal Tyrone Darnell Malik".split()
ANGLO_F = "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie Latoya Keisha Imani Zoë Chloé Hélène".split()
ANGLO_L = "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers Long Ross Foster O'Brien O'Connor McDonald MacKenzie Sullivan Olson Larson Schmidt Hoffman Schneider Becker Johansson Lindqvist Washington Jefferson Banks Freeman Dubois Lefèvre Gagnon Bélanger Côté Fitzgerald Gallagher Kowalczyk Hansen Nilsen Bjørnson Van der Berg DeWitt St. Clair".split()
HISP_M = "José Juan Luis Carlos Jesús Francisco Miguel Alejandro Jorge Ricardo Eduardo Fernando Raúl Sergio Andrés Héctor Óscar Ramón Guillermo Javier Rafael Manuel Antonio Roberto Enrique Arturo Julio Salvador Ignacio Gerardo".split()
HISP_F = "María Guadalupe Ana Rosa Sofía Lucía Verónica Adriana Claudia Mónica Patricia Gabriela Marisol Yesenia Araceli Itzel Xóchitl Dolores Josefina Isabel Leticia Alejandra Beatriz Carmen Elena".split()
HISP_COMPOUND_M = ["Juan Carlos", "José Luis", "Juan Pablo", "Luis Miguel", "José Antonio", "Miguel Ángel"]
HISP_COMPOUND_F = ["María José", "Ana María", "María Elena", "María Guadalupe", "Rosa María"]
HISP_L = "García Rodríguez Martínez Hernández López González Pérez Sánchez Ramírez Torres Flores Rivera Gómez Díaz Reyes Morales Cruz Ortiz Gutiérrez Chávez Ramos Ruiz Jiménez Mendoza Álvarez Castillo Vásquez Romero Herrera Medina Aguilar Muñoz Peña Núñez Ibáñez Villanueva Domínguez Cárdenas Salazar Espinoza".split() + ["De la Cruz", "Del Valle", "De León"]
CHN_F = "Wei Jing Li Min Xiaoming Yan Hui Jun Lei Fang Xin Yu Hao Ying".split()
CHN_L = "Zhang Wang Li Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu".split()
VN_F = "Anh Minh Thanh Huong Linh Tuan Quang Duc Thao Trang".split()
VN_L = "Nguyen Tran Le Pham Hoang Phan Vu Dang Bui Do".split()
KR_F = "Ji-hoon Min-jun Seo-yeon Ji-woo Hyun-woo Soo-jin Ji-ho Eun-ji Dong-hyun".split()
KR_L = "Kim Lee Park Choi Jung Kang Cho Yoon".split()
IN_F = "Siddharth Priya Rahul Anjali Vikram Deepa Arjun Sanjay Lakshmi Ravi Sunita Amit".split()
IN_L = "Patel Singh Shah Kumar Reddy Gupta Iyer Chaudhary Desai Nair Mehta".split()
AR_M = "Mohammed Muhammad Mohamed Ahmed Ali Omar Khalid Youssef Ibrahim Hassan Tariq Karim Samir".split()
AR_F = "Fatima Aisha Layla Noor Mariam Samira Yasmin Huda Rania".split()
AR_L = "Al-Hassan Haddad Khoury Nasser Saleh Abdullah Abdel-Rahman Mansour El-Amin Farah Hamdan Al-Masri Qureshi".split()
SL_M = "Aleksandr Dmitri Sergei Nikolai Tomasz Piotr Jiří Zdeněk Miroslav Marek Andrzej Bogdan Stanislav".split()
SL_F = "Katarzyna Agnieszka Olga Natalia Ivana Małgorzata Zuzana Svetlana Tatiana Jelena".split()
SL_L = "Kowalski Nowak Wiśniewski Wójcik Lewandowski Dvořák Novák Horváth Petrović Jovanović Ivanov Smirnov Kuznetsov Popescu Kovačević Szymański Kamiński Černý".split()
FEMININE_SL = {"Kowalski": "Kowalska", "Wiśniewski": "Wiśniewska", "Lewandowski": "Lewandowska",
               "Szymański": "Szymańska", "Kamiński": "Kamińska", "Ivanov": "Ivanova", "Smirnov": "Smirnova",
               "Kuznetsov": "Kuznetsova", "Novák": "Nováková", "Dvořák": "Dvořáková", "Černý": "Černá"}
MIDDLE_M = "James Lee Michael Allen Ray Wayne Edward Joseph Thomas Alan Scott Paul".split()
MIDDLE_F = "Marie Ann Lynn Elizabeth Rose Jean Nicole Louise Renee Michelle".split()

NICK = {"Robert": ["Bob", "Rob", "Bobby"], "William": ["Bill", "Will", "Billy"], "Elizabeth": ["Liz", "Beth", "Betsy"],
        "James": ["Jim", "Jimmy"], "Michael": ["Mike"], "Katherine": ["Kate", "Kathy"], "Thomas": ["Tom", "Tommy"],
        "Richard": ["Rick", "Dick"], "Margaret": ["Peggy", "Maggie"], "Charles": ["Chuck", "Charlie"],
        "Anthony": ["Tony"], "Jennifer": ["Jenny", "Jen"], "David": ["Dave"], "Patricia": ["Pat", "Trish"],
        "Samuel": ["Sam"], "Christopher": ["Chris"], "Joseph": ["Joe"], "Daniel": ["Dan", "Danny"],
        "Matthew": ["Matt"], "Edward": ["Ed", "Ted"], "Jonathan": ["Jon"], "Nicholas": ["Nick"],
        "Benjamin": ["Ben"], "Timothy": ["Tim"], "Kenneth": ["Ken"], "Steven": ["Steve"], "Gregory": ["Greg"],
        "Deborah": ["Debbie", "Deb"], "Susan": ["Sue"], "Rebecca": ["Becky"], "Alexander": ["Alex"],
        "Francisco": ["Paco"], "José": ["Pepe"], "Guadalupe": ["Lupe"], "Aleksandr": ["Sasha"],
        "Dmitri": ["Dima"], "Andrew": ["Andy", "Drew"], "Raymond": ["Ray"], "Lawrence": ["Larry"],
        "Gerald": ["Jerry"], "Kimberly": ["Kim"], "Samantha": ["Sam"], "Victoria": ["Vicky"],
        "Jacqueline": ["Jackie"], "Catherine": ["Cathy"], "Christina": ["Tina"], "Stephanie": ["Steph"]}

GROUPS = [("anglo", 0.46), ("hisp", 0.25), ("chn", 0.04), ("vn", 0.03), ("kr", 0.02), ("in", 0.03),
          ("ar", 0.07), ("sl", 0.10)]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    s = strip_acc(str(s or "")).upper()
    return "".join(c for c in s if c.isalpha())


class Namer:
    def __init__(self, rng):
        self.r = rng
        self.pools = {}
        for k, v in dict(am=ANGLO_M, af=ANGLO_F, al=ANGLO_L, hm=HISP_M, hf=HISP_F, hl=HISP_L,
                         cf=CHN_F, cl=CHN_L, vf=VN_F, vl=VN_L, kf=KR_F, kl=KR_L, inf=IN_F, inl=IN_L,
                         arm=AR_M, arf=AR_F, arl=AR_L, sm=SL_M, sf=SL_F, sll=SL_L).items():
            self.pools[k] = zipf(v, 0.9)

    def pick(self, key):
        names, w = self.pools[key]
        return names[self.r.choice(len(names), p=w)]

    def person(self):
        r = self.r
        g = [x[0] for x in GROUPS][r.choice(len(GROUPS), p=[x[1] for x in GROUPS])]
        sex = "F" if r.random() < 0.32 else "M"
        middle = ""
        if g == "anglo":
            first = self.pick("am" if sex == "M" else "af")
            last = self.pick("al")
            if r.random() < 0.75:
                middle = str(r.choice(MIDDLE_M if sex == "M" else MIDDLE_F))
        elif g == "hisp":
            if r.random() < 0.12:
                first = str(r.choice(HISP_COMPOUND_M if sex == "M" else HISP_COMPOUND_F))
            else:
                first = self.pick("hm" if sex == "M" else "hf")
                if r.random() < 0.3:
                    middle = self.pick("hm" if sex == "M" else "hf")
            last = self.pick("hl")
            if r.random() < 0.4:
                l2 = self.pick("hl")
                if l2 != last:
                    last = last + (" " if r.random() < 0.6 else "-") + l2
        elif g == "chn":
            first, last = self.pick("cf"), self.pick("cl")
        elif g == "vn":
            first, last = self.pick("vf"), self.pick("vl")
            if r.random() < 0.5:
                middle = "Van" if sex == "M" else "Thi"
        elif g == "kr":
            first, last = self.pick("kf"), self.pick("kl")
        elif g == "in":
            first, last = self.pick("inf"), self.pick("inl")
        elif g == "ar":
            first = self.pick("arm" if sex == "M" else "arf")
            last = self.pick("arl")
            if r.random() < 0.3:
                middle = self.pick("arm")
        else:
            first = self.pick("sm" if sex == "M" else "sf")
            last = self.pick("sll")
            if sex == "F" and last in FEMININE_SL:
                last = FEMININE_SL[last]
        suffix = ""
        if sex == "M" and g == "anglo" and r.random() < 0.05:
            suffix = str(r.choice(["Jr", "Jr.", "III", "II", "Sr"]))
        return dict(group=g, sex=sex, first=first, middle=middle, last=last, suffix=suffix)


# ---------------------------------------------------------------- date helpers
def add_days(d, n):
    return d + dt.timedelta(days=int(n))


def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    y += d.year
    mo += 1
    day = min(d.day, [31, 29 if (y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1])
    return D(y, mo, day)


def swap_dm(d):
    if d.day > 12:
        return d
    return D(d.year, d.day, d.month)


def dob_one_off(d, r):
    """one keystroke: one digit changed (keeping a valid date) or two adjacent digits swapped"""
    s = d.strftime("%Y%m%d")
    for _ in range(100):
        i = int(r.integers(2, 8))
        if r.random() < 0.8:
            c = str(int(r.integers(0, 10)))
            t = s[:i] + c + s[i + 1:]
        else:
            i = min(i, 6)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t == s:
            continue
        try:
            nd = D(int(t[:4]), int(t[4:6]), int(t[6:]))
        except ValueError:
            continue
        if 1950 < nd.year < 2005 and nd != swap_dm(d):
            return nd
    return add_days(d, 1)


def typo(s, r):
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) < 5:
        return s
    kind = r.choice(["sub", "del", "trans", "dup"])
    i = int(r.choice(letters[1:-1]))
    if kind == "sub":
        keys = "qwertyuiopasdfghjklzxcvbnm"
        k = keys.find(s[i].lower())
        nb = keys[(k + 1) % 26] if k >= 0 else "e"
        c = nb.upper() if s[i].isupper() else nb
        return s[:i] + c + s[i + 1:]
    if kind == "del":
        return s[:i] + s[i + 1:]
    if kind == "dup":
        return s[:i] + s[i] + s[i:]
    if i + 1 < len(s) and s[i + 1].isalpha() and s[i + 1] != s[i]:
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]


def fmt(d, style="iso"):
    if d is None or (not isinstance(d, (str, D)) and pd.isna(d)) or d == "":
        return ""
    if isinstance(d, str):
        return d
    if style == "us":
        return d.strftime("%m/%d/%Y")
    return d.isoformat()


# ---------------------------------------------------------------- scenarios
# name -> (weight, base outcome set)  V = verified, N = not verified, R = review
SCEN = {
    "verified_clean": (480, "V"),
    "verified_nickname": (70, "V"),
    "verified_diacritics_dropped": (50, "V"),
    "verified_allcaps_hire": (30, "V"),
    "verified_typo_last": (40, "V"),
    "verified_typo_first": (30, "V"),
    "verified_suffix": (30, "V"),
    "verified_hyphen_one_part": (40, "V"),
    "verified_maiden_as_middle": (25, "V"),
    "verified_hyphen_married": (20, "V"),
    "verified_swapped_dob": (40, "V"),
    "verified_middle_as_first": (20, "V"),
    "verified_fed": (100, "V"),
    "verified_career_corr_then_sworn": (60, "V"),
    "verified_window_edge_inside": (50, "V"),
    "verified_separated_after_hire": (25, "V"),
    "verified_decert_namesake": (30, "V"),
    "verified_claims_unloaded_too": (30, "V"),
    "verified_decert_after_hire": (30, "V"),
    "verified_twin_in_registry": (20, "V"),
    "verified_inactive_blank_sep": (10, "VR"),
    "dob_one_keystroke_off": (40, "VR"),
    "two_variations_nick_typo": (30, "VR"),
    "names_swapped_columns": (15, "VR"),
    "nonsworn_corrections": (110, "N"),
    "nonsworn_probation": (40, "N"),
    "nonsworn_dispatch": (40, "N"),
    "nonsworn_security": (30, "N"),
    "nonsworn_reserve": (60, "N"),
    "no_record": (330, "N"),
    "no_record_twin_sworn": (40, "N"),
    "no_record_namesake_sworn": (60, "N"),
    "expired_window": (90, "N"),
    "window_edge_outside": (30, "N"),
    "service_under_12": (60, "N"),
    "issued_after_hire": (30, "N"),
    "status_revoked": (40, "N"),
    "status_suspended": (20, "N"),
    "decert_before_hire": (60, "N"),
    "decert_before_hire_no_dob": (10, "RN"),
    "claim_unloaded_history": (80, "R"),
    "claim_unloaded_resume_only": (40, "R"),
    "claim_unloaded_nonsworn_cert": (20, "R"),
    "claim_unloaded_old": (25, "NR"),
    "claim_loaded_not_in_registry": (50, "N"),
    "claim_fed_not_in_registry": (20, "N"),
    "fl_yearonly_sworn": (60, "R"),
    "fl_yearonly_namesake_sworn": (20, "RN"),
    "fl_yearonly_corrections": (20, "N"),
    "ambiguous_two_people": (25, "R"),
    "revoked_elsewhere_conflict": (20, "RN"),
    "married_name_no_link": (20, "RN"),
    "hire_dob_missing_sworn_namematch": (20, "R"),
    "hire_dob_missing_no_record": (15, "NR"),
    "issued_date_blank": (10, "R"),
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
    ap.add_argument("--truth", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth.csv"))
    ap.add_argument("--hires", type=int, default=3000)
    ap.add_argument("--background", type=int, default=52000)
    a = ap.parse_args()
    r = np.random.default_rng(a.seed)
    namer = Namer(r)
    os.makedirs(a.out, exist_ok=True)

    certs = []      # dicts with internal keys
    decerts = []
    hires = []
    hist = []
    train = []
    overrides = []
    truth = []
    rid = [100000]

    def new_rid(src):
        rid[0] += int(r.integers(1, 9))
        return f"{src}-{rid[0]:07d}"

    def rand_date(lo, hi):
        return add_days(lo, r.integers(0, (hi - lo).days + 1))

    def cert(person, src, cat, issued, sep, status, owner, dob_override=None, name_override=None,
             ctype=None, agency=None):
        nm = name_override or (person["first"], person["middle"], person["last"])
        if ctype is None:
            ctype = str(r.choice(CERT_TYPES[src][cat]))
        if agency is None:
            agency = str(r.choice(STATE_AGENCIES[src])) if cat == "sworn" else (
                f"{src} {NONSWORN_AGENCY[cat]}" if src != "FED" else "Federal Bureau of Prisons" if cat == "corr" else "TSA")
        certs.append(dict(record_id=new_rid(src), source=src, first=nm[0], middle=nm[1], last=nm[2],
                          dob=(None if dob_override == "" else dob_override) if dob_override is not None else person["dob"],
                          certification_type=ctype, status=status, issued=issued, sep=sep, agency=agency,
                          cat=cat, owner=owner))
        return certs[-1]

    # ------------------------------------------------ hires
    names = list(SCEN)
    w = np.array([SCEN[n][0] for n in names], float)
    w /= w.sum()
    n_full = int(a.hires * 0.17)
    n_course = 80
    hire_ids = sorted(set(int(x) for x in r.choice(np.arange(1, 99999), size=a.hires * 2, replace=False)))[:a.hires]
    r.shuffle(hire_ids)
    near_keys = set()   # (norm last, dob) for rejection of background collisions
    near_first = set()
    hire_people = []
    for k in range(a.hires):
        p = namer.person()
        hd = rand_date(D(2022, 1, 3), D(2025, 5, 30))
        age = r.integers(22, 52)
        p["dob"] = rand_date(D(hd.year - age - 1, hd.month, 1), D(hd.year - age, hd.month, 1) - dt.timedelta(days=1))
        p["hire_date"] = hd
        p["hire_id"] = f"{hire_ids[k]:06d}"
        if k < n_full:
            track = "full"
        elif k < n_full + n_course:
            track = "course"
        else:
            track = "screener"
        p["track"] = track
        p["scenario"] = str(r.choice(names, p=w))
        hire_people.append(p)
    r.shuffle(hire_people)

    # scenario-specific person tweaks that must be known before background
    for p in hire_people:
        sc = p["scenario"]
        if sc == "verified_swapped_dob":
            while p["dob"].day > 12 or p["dob"].day == p["dob"].month:
                p["dob"] = D(p["dob"].year, p["dob"].month, int(r.integers(1, 13)))
        if sc == "verified_nickname" or sc == "two_variations_nick_typo":
            formal = [f for f in NICK if f in ANGLO_M + ANGLO_F + HISP_M + HISP_F + SL_M]
            if p["first"] not in NICK:
                p["first"] = str(r.choice(formal))
                p["sex"] = "F" if p["first"] in ANGLO_F + HISP_F else "M"
        if sc in ("verified_hyphen_one_part",) and " " not in p["last"] and "-" not in p["last"]:
            p["last"] = p["last"] + "-" + namer.pick("hl" if p["group"] == "hisp" else "al")
        if sc in ("verified_maiden_as_middle", "verified_hyphen_married", "married_name_no_link"):
            p["sex"] = "F"
            p["first"] = namer.pick("af") if p["group"] not in ("hisp",) else namer.pick("hf")
            p["maiden"] = namer.pick("al") if p["group"] != "hisp" else namer.pick("hl")
            while norm(p["maiden"]) == norm(p["last"]):
                p["maiden"] = namer.pick("al")
        if sc == "verified_middle_as_first":
            p["middle"] = str(r.choice(MIDDLE_M if p["sex"] == "M" else MIDDLE_F))
        if sc == "verified_suffix":
            p["sex"] = "M"
            p["suffix"] = str(r.choice(["Jr", "Jr.", "III", "II"]))
        if sc == "ambiguous_two_people":
            p["middle"] = ""
        for dd in [p["dob"], swap_dm(p["dob"]) if p["dob"].day <= 12 else p["dob"]]:
            for ln in [p["last"], p.get("maiden", "")]:
                for tok in ln.replace("-", " ").split():
                    near_keys.add((norm(tok), dd))
            near_first.add((norm(p["first"].split()[0]), dd))
        for _ in range(40):
            od = dob_one_off(p["dob"], r)
            for tok in p["last"].replace("-", " ").split():
                near_keys.add((norm(tok), od))

    for p in hire_people:
        build_hire(p, r, namer, cert, decerts, hires, hist, train, overrides, truth, rand_date, new_rid)

    # ------------------------------------------------ background population
    nb = 0
    while nb < a.background:
        q = namer.person()
        q["dob"] = rand_date(D(1955, 1, 1), D(2003, 12, 31))
        toks = [norm(t) for t in q["last"].replace("-", " ").split()]
        if any((t, q["dob"]) in near_keys for t in toks) or (norm(q["first"].split()[0]), q["dob"]) in near_first:
            continue
        nb += 1
        src = LOADED[r.choice(len(LOADED), p=LOADED_W)]
        issued = rand_date(add_days(q["dob"], 21 * 365), min(add_days(q["dob"], 40 * 365), D(2025, 6, 1)))
        if issued > D(2025, 6, 1):
            issued = D(2025, 6, 1)
        ncert = 1 + int(r.random() < 0.3) + int(r.random() < 0.06)
        for j in range(ncert):
            cat = str(r.choice(["sworn", "corr", "prob", "disp", "sec", "res"], p=[.55, .2, .05, .08, .04, .08]))
            s2 = src if r.random() < 0.85 else (LOADED[r.choice(len(LOADED), p=LOADED_W)] if r.random() < 0.7 else "FED")
            if r.random() < 0.35:
                sep = None
                status = "active"
            else:
                sep = rand_date(add_days(issued, 60), max(add_days(issued, 61), D(2025, 9, 1)))
                if sep > D(2025, 9, 1):
                    sep = D(2025, 9, 1)
                status = str(r.choice(["inactive", "lapsed", "revoked", "suspended"], p=[.72, .2, .06, .02]))
            c = cert(q, s2, cat, issued, sep, status, owner="bg",
                     dob_override="" if (s2 != "FL" and r.random() < 0.004) else None)
            if status in ("revoked", "suspended") and r.random() < 0.8:
                ad = sep or rand_date(issued, D(2025, 9, 1))
                decerts.append(dict(record_id=f"DC-{len(decerts)+1:06d}", source=s2, first=q["first"], last=q["last"],
                                    dob=q["dob"], action=status if status != "revoked" or r.random() < 0.8 else "surrendered",
                                    action_date=ad, reason="misconduct", owner="bg"))
            if sep:
                issued = add_days(sep, int(r.integers(10, 900)))
                if issued > D(2025, 6, 1):
                    break

    # ------------------------------------------------ write
    write_all(a, r, certs, decerts, hires, hist, train, overrides, truth)


# ---------------------------------------------------------------- per hire
RESUME_OTHER = ["Loan Officer, First National Bank, 2015-2022. Originated residential mortgages.",
                "Compliance Officer at Midwest Credit Union; BSA/AML reviews.",
                "Petty Officer Second Class, U.S. Navy, 2012-2018. Deck department leadership.",
                "Customer Service Officer, City Water Utility.",
                "Admissions Officer, State University, 2016-2023.",
                "Financial Aid Officer at community college; counseled students.",
                "Executive Officer of a regional logistics company.",
                "Public Information Officer, County Health Department.",
                "Safety Officer, construction firm; OSHA 30 certified.",
                "Military Police, U.S. Army, 2010-2014 (31B), then warehouse supervisor."]
RESUME_ASP = ["Seeking a career as a federal law enforcement officer.",
              "My goal is to become a police officer and serve my community.",
              "Hope to become a deportation officer; criminal justice degree 2021.",
              "Aspiring law enforcement officer with strong communication skills."]
RESUME_MENTION = ["Worked closely with police officers as a hotel night manager.",
                  "Coordinated with local law enforcement on store theft cases as a retail manager.",
                  "Son of a retired police officer; volunteer coach."]
NONSWORN_TITLE = {"corr": ["Correctional Officer", "Detention Officer", "Jailer"],
                  "prob": ["Probation Officer", "Parole Officer"],
                  "disp": ["911 Dispatcher", "Public Safety Telecommunicator"],
                  "sec": ["Security Officer", "Armed Security Guard"],
                  "res": ["Reserve Police Officer", "Reserve Deputy"]}
SWORN_TITLE = ["Police Officer", "Patrol Officer", "Deputy Sheriff", "Sheriff's Deputy", "State Trooper",
               "Police Detective"]


def build_hire(p, r, namer, cert, decerts, hires, hist, train, overrides, truth, rand_date, new_rid):
    sc = p["scenario"]
    H = p["hire_date"]
    outcome = SCEN[sc][1]
    note = ""
    src = LOADED[r.choice(len(LOADED), p=LOADED_W)]
    if src == "FL" and not sc.startswith("fl_"):
        src = "TX" if r.random() < 0.5 else "CA"      # FL year-only handled by explicit scenarios
    if sc.startswith("fl_"):
        src = "FL"
    if sc == "verified_fed" or sc == "claim_fed_not_in_registry":
        src = "FED"
    hname = [p["first"], p["middle"], p["last"]]
    hsuffix = p["suffix"]
    hdob = p["dob"]
    rname = [p["first"], p["middle"], p["last"]]
    rdob = p["dob"]
    claims = []   # (title, employer, state, start, end, where)  where: hist/resume/both
    resume_bits = []

    def qual_dates():
        if r.random() < 0.25:
            return add_days(H, -int(r.integers(2 * 365, 14 * 365))), None, "active"
        sep = add_days(H, -int(r.integers(0, 600)))
        issued = add_days(sep, -int(r.integers(2 * 365, 14 * 365)))
        return issued, sep, str(r.choice(["inactive", "lapsed"], p=[0.85, 0.15]))

    sworn_claim = lambda st, iss, sep: claims.append((str(r.choice(SWORN_TITLE)), str(r.choice(STATE_AGENCIES[st])) if st in STATE_AGENCIES else UNLOADED[st][0], st if st != "FED" else "", iss, sep, "both"))

    # --- name/DOB variations
    if sc == "verified_nickname":
        hname[0] = str(r.choice(NICK[p["first"]])); note = f"hire uses nickname {hname[0]} for {p['first']}"
    elif sc == "two_variations_nick_typo":
        hname[0] = str(r.choice(NICK[p["first"]])); rname[2] = typo(p["last"], r)
        note = f"nickname {hname[0]}/{p['first']} AND surname typo {rname[2]}"
    elif sc == "verified_diacritics_dropped":
        if strip_acc(p["first"] + p["last"]) == p["first"] + p["last"]:
            p["last"] = str(r.choice(["Muñoz", "Peña", "Núñez", "Ibáñez", "Dvořák", "Wiśniewski", "Côté", "Bélanger"]))
            hname[2] = rname[2] = p["last"]
        if r.random() < 0.5:
            hname = [strip_acc(x) for x in hname]
        else:
            rname = [strip_acc(x) for x in rname]
            src = "MN" if src == "CA" else src
        note = "diacritics dropped on one side"
    elif sc == "verified_allcaps_hire":
        hname = [x.upper() for x in hname]; note = "hire name all caps"
    elif sc == "verified_typo_last":
        if len(norm(p["last"])) < 6:
            p["last"] = namer.pick("al") + "son"; hname[2] = rname[2] = p["last"]
        (hname if r.random() < .5 else rname)[2] = typo(p["last"], r); note = f"surname typo {hname[2]} vs {rname[2]}"
    elif sc == "verified_typo_first":
        if len(norm(p["first"])) < 6:
            p["first"] = str(r.choice(["Jonathan", "Christopher", "Elizabeth", "Alejandro", "Katarzyna", "Siddharth", "Margaret", "Veronica"]))
            hname[0] = rname[0] = p["first"]
        (hname if r.random() < .5 else rname)[0] = typo(p["first"], r); note = f"first-name typo {hname[0]} vs {rname[0]}"
    elif sc == "verified_suffix":
        if r.random() < 0.5:
            hsuffix = ""; hname[2] = p["last"] + " " + p["suffix"]
        rname[2] = (p["last"] + " " + p["suffix"]) if r.random() < 0.6 else p["last"]
        note = f"suffix {p['suffix']} in varying columns"
    elif sc == "verified_hyphen_one_part":
        parts = p["last"].replace("-", " ").split()
        if r.random() < 0.7:
            rname[2] = parts[0]
        else:
            hname[2] = parts[0]
        note = f"compound surname {p['last']} vs one part"
    elif sc == "verified_maiden_as_middle":
        hname[1] = p["maiden"]; rname[2] = p["maiden"]
        note = f"married name {p['last']} on hire, maiden {p['maiden']} as hire middle; registry under maiden"
    elif sc == "verified_hyphen_married":
        hname[2] = p["maiden"] + "-" + p["last"]; rname[2] = p["maiden"]
        note = f"hire hyphenated {hname[2]}, registry maiden {p['maiden']}"
    elif sc == "married_name_no_link":
        hname[1] = ""; rname[2] = p["maiden"]
        note = f"hire {p['first']} {p['last']} (married), registry only {p['first']} {p['maiden']} same DOB; no middle to tie"
    elif sc == "verified_swapped_dob":
        (lambda: None)()
        if r.random() < 0.5:
            rdob = swap_dm(p["dob"])
        else:
            hdob = swap_dm(p["dob"])
        note = "day and month swapped on one side"
    elif sc == "dob_one_keystroke_off":
        if r.random() < 0.5:
            rdob = dob_one_off(p["dob"], r)
        else:
            hdob = dob_one_off(p["dob"], r)
        note = f"DOB one keystroke off {hdob} vs {rdob}"
    elif sc == "verified_middle_as_first":
        hname = [p["middle"], "", p["last"]]
        rname = [p["first"], p["middle"], p["last"]]
        note = f"hire goes by middle name {p['middle']}; registry {p['first']} {p['middle']}"
    elif sc == "names_swapped_columns":
        rname = [p["last"], "", p["first"]]
        note = "first and last swapped in registry"

    hire_dob_blank = sc.startswith("hire_dob_missing")
    if sc == "ambiguous_two_people":
        note = "two registry people with hire's name+DOB, different middle names; one sworn-qualifying one corrections"

    # --- records
    person = dict(p)
    recs_owner = p["hire_id"]

    def mk(cat, issued, sep, status, src_=None, **kw):
        return cert(person, src_ or src, cat, issued, sep, status, owner=recs_owner,
                    dob_override=rdob, name_override=tuple(rname), **kw)

    V = outcome.startswith("V")
    if V:
        iss, sep, st = qual_dates()
        if sc == "verified_window_edge_inside":
            sep = add_days(H, -int(r.integers(2 * 365 + 180, 3 * 365 - 30))); st = "inactive"
            iss = add_days(sep, -int(r.integers(3 * 365, 8 * 365))); note = f"separated {(H-sep).days} days before hire"
        if sc == "verified_separated_after_hire":
            sep = add_days(H, int(r.integers(5, 120))); st = "inactive"; note = "registry separation after hire date"
        if sc == "verified_inactive_blank_sep":
            sep = None; st = "inactive"; note = "status inactive but separation blank (blank=still employed)"
        if sc == "verified_career_corr_then_sworn":
            c_iss = add_days(iss, -int(r.integers(2 * 365, 5 * 365)))
            mk("corr", c_iss, add_days(iss, -30), "inactive"); note = "corrections then sworn"
        mk("sworn", iss, sep, st)
        claims_state = src
        if r.random() < 0.6:
            sworn_claim(src, iss, sep)
        if sc == "verified_claims_unloaded_too":
            st2 = str(r.choice(list(UNLOADED)))
            claims.append((str(r.choice(SWORN_TITLE)), UNLOADED[st2][0], st2, add_days(iss, -900), add_days(iss, -30), "hist"))
            note = f"verified in {src}; also claims earlier sworn job in unloaded {st2}"
        if sc == "verified_decert_namesake":
            nd = D(p["dob"].year + int(r.choice([-7, -5, 4, 6, 9])), (p["dob"].month + 5) % 12 + 1, min(p["dob"].day, 28))
            decerts.append(dict(record_id=f"DC-{len(decerts)+1:06d}", source=src, first=p["first"], last=p["last"],
                                dob=nd, action="revoked", action_date=add_days(H, -400), reason="namesake misconduct", owner="ns"))
            ns = dict(p); ns["dob"] = nd
            cert(ns, src, "sworn", add_days(H, -3000), add_days(H, -400), "revoked", owner="ns")
            note = f"namesake (DOB {nd}) decertified; hire's own record clean"
        if sc == "verified_decert_after_hire":
            decerts.append(dict(record_id=f"DC-{len(decerts)+1:06d}", source=src, first=rname[0], last=rname[2],
                                dob=rdob, action=str(r.choice(["revoked", "surrendered"])), action_date=add_days(H, int(r.integers(60, 500))),
                                reason="post-hire misconduct", owner=recs_owner))
            note = "decertification dated after hire"
        if sc == "verified_twin_in_registry":
            tw = dict(p); tw["first"] = namer.pick("am" if p["sex"] == "M" else "af")
            while norm(tw["first"]) == norm(p["first"]) or tw["first"] in NICK.get(p["first"], []) or p["first"] in NICK.get(tw["first"], []):
                tw["first"] = namer.pick("af")
            tw["middle"] = ""
            cert(tw, src, "corr", add_days(H, -2000), None, "active", owner="twin")
            cert(tw, src, "sworn", add_days(H, -1500), add_days(H, -200), "revoked", owner="twin")
            note = f"twin {tw['first']} (same surname+DOB) revoked"
    elif sc.startswith("nonsworn_"):
        cat = {"nonsworn_corrections": "corr", "nonsworn_probation": "prob", "nonsworn_dispatch": "disp",
               "nonsworn_security": "sec", "nonsworn_reserve": "res"}[sc]
        iss, sep, st = qual_dates()
        mk(cat, iss, sep, st)
        claims.append((str(r.choice(NONSWORN_TITLE[cat])), "", src, iss, sep, "both"))
        note = f"only {cat} certificate"
    elif sc in ("no_record", "hire_dob_missing_no_record"):
        resume_bits.append(str(r.choice(RESUME_OTHER + RESUME_ASP + RESUME_MENTION)))
        note = "no registry record"
    elif sc == "no_record_twin_sworn":
        tw = dict(p); tw["first"] = namer.pick("am" if p["sex"] == "M" else "af")
        while norm(tw["first"]) == norm(p["first"]) or tw["first"] in NICK.get(p["first"], []) or p["first"] in NICK.get(tw["first"], []) or abs(len(tw["first"]) - len(p["first"])) < 1 and sum(a != b for a, b in zip(norm(tw["first"]), norm(p["first"]))) <= 1:
            tw["first"] = namer.pick("am")
        tw["middle"] = str(r.choice(MIDDLE_M))
        iss, sep, st = qual_dates()
        cert(tw, src, "sworn", iss, sep, st, owner="twin")
        resume_bits.append(str(r.choice(RESUME_OTHER)))
        note = f"twin {tw['first']} {p['last']} same DOB is sworn; hire has no record"
    elif sc == "no_record_namesake_sworn":
        nd = D(p["dob"].year + int(r.choice([-6, -3, 3, 5, 8])), (p["dob"].month + 4) % 12 + 1, min(p["dob"].day + 1, 28))
        ns = dict(p); ns["dob"] = nd
        iss, sep, st = qual_dates()
        cert(ns, src, "sworn", iss, sep, st, owner="namesake")
        resume_bits.append(str(r.choice(RESUME_OTHER)))
        note = f"namesake with DOB {nd} is sworn; hire has no record"
    elif sc in ("expired_window", "window_edge_outside"):
        if sc == "expired_window":
            sep = add_days(H, -int(r.integers(int(3.3 * 365), 12 * 365)))
        else:
            sep = add_days(H, -int(r.integers(3 * 365 + 30, 3 * 365 + 200)))
        iss = add_days(sep, -int(r.integers(2 * 365, 10 * 365)))
        mk("sworn", iss, sep, str(r.choice(["inactive", "lapsed"])))
        sworn_claim(src, iss, sep)
        note = f"sworn but separated {(H-sep).days} days before hire"
    elif sc == "service_under_12":
        if r.random() < 0.5:
            sep = add_days(H, -int(r.integers(30, 700)))
            iss = add_days(sep, -int(r.integers(60, 320)))
            st = "inactive"
        else:
            sep = None
            iss = add_days(H, -int(r.integers(60, 320)))
            st = "active"
        mk("sworn", iss, sep, st)
        note = f"service {((sep or H)-iss).days} days"
    elif sc == "issued_after_hire":
        iss = add_days(H, int(r.integers(30, 500)))
        mk("sworn", iss, None, "active")
        note = "sworn certificate issued after hire date"
    elif sc in ("status_revoked", "status_suspended"):
        iss, sep, _ = qual_dates()
        mk("sworn", iss, sep, "revoked" if sc == "status_revoked" else "suspended")
        note = f"certificate status {sc.split('_')[1]}"
    elif sc in ("decert_before_hire", "decert_before_hire_no_dob"):
        iss, sep, st = qual_dates()
        if sep is None:
            sep = add_days(H, -int(r.integers(30, 500))); st = "inactive"
        mk("sworn", iss, sep, st)
        ad = add_days(H, -int(r.integers(1, 700)))
        if ad < iss:
            ad = add_days(iss, 400)
        decerts.append(dict(record_id=f"DC-{len(decerts)+1:06d}", source=src, first=rname[0].upper() if r.random() < .5 else rname[0],
                            last=rname[2], dob=None if sc.endswith("no_dob") else rdob,
                            action=str(r.choice(["revoked", "surrendered", "suspended"], p=[.6, .3, .1])),
                            action_date=ad, reason="sustained misconduct", owner=recs_owner))
        note = f"decertification {ad} on/before hire; registry status still {st}" + (" (decert row has no DOB)" if sc.endswith("no_dob") else "")
    elif sc.startswith("claim_unloaded"):
        st2 = str(r.choice(list(UNLOADED)))
        if sc == "claim_unloaded_old":
            e = add_days(H, -int(r.integers(6 * 365, 12 * 365)))
            s_ = add_days(e, -int(r.integers(2 * 365, 6 * 365)))
            claims.append((str(r.choice(SWORN_TITLE)), UNLOADED[st2][0], st2, s_, e, "hist"))
            note = f"claims sworn job in unloaded {st2} that ended {e}, long before window"
        else:
            e = None if r.random() < 0.3 else add_days(H, -int(r.integers(0, 500)))
            s_ = add_days(e or H, -int(r.integers(2 * 365, 8 * 365)))
            where = "resume" if sc == "claim_unloaded_resume_only" else "both"
            claims.append((str(r.choice(SWORN_TITLE)), UNLOADED[st2][int(r.choice([0, 2]))], st2, s_, e, where))
            note = f"recent sworn job claimed in unloaded {st2} ({where})"
            if sc == "claim_unloaded_nonsworn_cert":
                mk("corr", add_days(s_, -1500), add_days(s_, -60), "inactive")
                note += f"; only a corrections cert in {src}"
    elif sc == "claim_loaded_not_in_registry":
        e = add_days(H, -int(r.integers(0, 500)))
        claims.append((str(r.choice(SWORN_TITLE)), str(r.choice(STATE_AGENCIES[src])), src, add_days(e, -1500), e, "both"))
        note = f"claims sworn job in loaded {src}; registry has nothing"
    elif sc == "claim_fed_not_in_registry":
        e = add_days(H, -int(r.integers(0, 500)))
        claims.append((str(r.choice(["Border Patrol Agent", "Special Agent", "Deportation Officer"])),
                       str(r.choice(STATE_AGENCIES["FED"])), "", add_days(e, -1500), e, "both"))
        note = "claims federal sworn job; FED registry loaded, no record"
    elif sc == "fl_yearonly_sworn":
        iss, sep, st = qual_dates()
        mk("sworn", iss, sep, st)
        sworn_claim("FL", iss, sep)
        note = "true FL sworn record, FL publishes birth year only"
    elif sc == "fl_yearonly_namesake_sworn":
        ns = dict(p); ns["dob"] = D(p["dob"].year, (p["dob"].month + 6) % 12 + 1, 15)
        iss, sep, st = qual_dates()
        cert(ns, "FL", "sworn", iss, sep, st, owner="namesake")
        resume_bits.append(str(r.choice(RESUME_OTHER)))
        note = "hire has no record; FL namesake same name+birth year is sworn"
    elif sc == "fl_yearonly_corrections":
        iss, sep, st = qual_dates()
        mk("corr", iss, sep, st)
        note = "FL year-only corrections record only"
    elif sc == "ambiguous_two_people":
        m1, m2 = "", ""
        while m1 == m2:
            m1, m2 = str(r.choice(MIDDLE_M + MIDDLE_F)), str(r.choice(MIDDLE_M + MIDDLE_F))
        a1 = dict(p); a1["middle"] = m1
        a2 = dict(p); a2["middle"] = m2
        iss, sep, st = qual_dates()
        cert(a1, src, "sworn", iss, sep, st, owner="amb")
        cert(a2, src, "corr", iss, sep, st, owner="amb")
    elif sc == "revoked_elsewhere_conflict":
        iss, sep, st = qual_dates()
        mk("sworn", iss, sep, st)
        other = [s for s in LOADED if s not in (src, "FL")]
        mk("sworn", add_days(iss, -2500), add_days(iss, -200), "revoked", src_=str(r.choice(other)))
        note = "qualifying sworn cert plus a revoked sworn cert of the same person in another state (no decert row)"
    elif sc == "hire_dob_missing_sworn_namematch":
        iss, sep, st = qual_dates()
        mk("sworn", iss, sep, st)
        note = "hire DOB blank; registry sworn record with same name"
    elif sc == "issued_date_blank":
        _, sep, st = qual_dates()
        mk("sworn", "", sep, st)
        note = "sworn record with blank issued_date"

    # --- employment history & resume
    for (title, emp, st, s_, e, where) in claims:
        if where in ("hist", "both"):
            hist.append(dict(hire_id=p["hire_id"], employer=emp, title=title, state=st, start_date=s_,
                             end_date=e if e and e < H else None))
        if where in ("resume", "both") and (where == "resume" or r.random() < 0.5):
            yrs = f"{s_.year}-{e.year if e and e < H else 'present'}"
            if where == "resume" and st in UNLOADED and r.random() < 0.5:
                resume_bits.append(f"{title}, {emp}, {UNLOADED[st][1]}, {st}, {yrs}. Patrol, arrests, report writing.")
            elif where == "resume" and st in UNLOADED:
                resume_bits.append(f"{title} with the {emp} ({yrs}); field training officer.")
            else:
                resume_bits.append(f"{title}, {emp}{', ' + st if st else ''}, {yrs}.")
    if r.random() < 0.5:
        hist.append(dict(hire_id=p["hire_id"], employer=str(r.choice(["Walmart", "U.S. Army", "Home Depot", "Acme Logistics LLC", "State University"])),
                         title=str(r.choice(["Sales Associate", "Specialist", "Shift Supervisor", "Driver", "Student Worker"])),
                         state=str(r.choice(LOADED + list(UNLOADED))), start_date=add_days(H, -4000), end_date=add_days(H, -3000)))
    if not resume_bits:
        resume_bits.append(str(r.choice(RESUME_OTHER)))
    if r.random() < 0.3:
        resume_bits.append("Bilingual English/Spanish. Bachelor's degree in criminal justice.")
    resume = " ".join(resume_bits)

    # --- track & training
    short = p["track"] in ("screener", "course")
    code = "LEO" if p["track"] == "screener" else "BASIC"
    if code == "LEO" and r.random() < 0.02:
        code = str(r.choice(["leo", "Leo", " LEO"]))
    tr = []
    if p["track"] in ("screener", "course"):
        tr.append(("ERO-LEO-VIRT", "ERO LEO Transition Course (Virtual)", "online", add_days(H, 7), add_days(H, 35), "completed"))
    basic = "none"
    if p["track"] == "full":
        bst = "completed" if add_days(H, 150) < EXTRACT and r.random() < 0.85 else "enrolled"
        tr.append(("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person", add_days(H, 14), add_days(H, 130) if bst == "completed" else None, bst))
    else:
        u = r.random()
        pc = 0.04 if outcome.startswith("V") else 0.16
        if u < pc and add_days(H, 250) < EXTRACT:
            basic = "completed"
        elif u < pc + 0.05:
            basic = "enrolled"
        elif u < pc + 0.09:
            basic = str(r.choice(["withdrawn", "failed"]))
        if basic != "none":
            s_ = add_days(H, int(r.integers(60, 120)))
            tr.append(("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person", s_,
                       add_days(s_, 110) if basic == "completed" else (add_days(s_, 40) if basic in ("withdrawn", "failed") else None), basic))
    tr.append(("ERO-ORIENT", "New Employee Orientation", "online", H, add_days(H, 2), "completed"))
    if r.random() < 0.4:
        tr.append(("FIREARMS-QUAL", "Firearms Qualification", "in_person", add_days(H, 40), add_days(H, 41), "completed"))
    for t in tr:
        train.append(dict(hire_id=p["hire_id"], course_code=t[0], course_title=t[1], delivery=t[2],
                          start_date=t[3], end_date=t[4], status=t[5]))

    # --- hire row
    if sc != "verified_allcaps_hire" and r.random() < 0.08:
        hname = [x.upper() for x in hname]
    if r.random() < 0.35 and sc not in ("verified_maiden_as_middle", "verified_middle_as_first"):
        hname[1] = ""
    hires.append(dict(hire_id=p["hire_id"], first_name=hname[0], middle_name=hname[1], last_name=hname[2],
                      suffix=hsuffix, date_of_birth=None if hire_dob_blank else hdob, hire_date=H,
                      position_title=str(r.choice(["Deportation Officer", "Immigration Enforcement Agent", "Detention and Deportation Officer"])),
                      job_series="1801", field_office=str(r.choice(["St. Paul", "Phoenix", "Houston", "Atlanta", "Miami", "Los Angeles", "Chicago", "Newark", "San Antonio", "Denver", "Seattle", "Washington"])),
                      screening_track=code, screening_basis="keyword:officer" if code != "BASIC" else "",
                      resume_text=resume))

    # --- label
    label_set = []
    for o in outcome:
        if o == "V":
            label_set.append("VERIFIED_LEO")
        elif o == "N":
            label_set.append("REMEDIATED" if basic == "completed" else "RECALL")
        else:
            label_set.append("REMEDIATED" if basic == "completed" else "MANUAL_REVIEW")
    if not short:
        label_set = ["NOT_APPLICABLE"]
    # overrides (~1.5% of short-track hires)
    ov = None
    if short and r.random() < 0.016:
        ov = str(r.choice(["VERIFIED_LEO", "RECALL", "REMEDIATED"], p=[.4, .45, .15]))
        overrides.append(dict(hire_id=p["hire_id"], determination=ov, reviewer=str(r.choice(["j.alvarez", "k.osei", "m.brandt"])),
                              reviewed_on=add_days(H, 300) if add_days(H, 300) < EXTRACT else EXTRACT,
                              justification={"VERIFIED_LEO": "Agency letter confirms certification; verified by phone with state POST",
                                             "RECALL": "No certification on file after inquiry with the state",
                                             "REMEDIATED": "Completed an equivalent basic academy; records received"}[ov]))
        label_set = [ov]
        note = f"analyst override to {ov}; " + note
    labs = list(dict.fromkeys(label_set))
    truth.append(dict(hire_id=p["hire_id"], expected_determination="|".join(labs), scenario=sc if short else f"full_track({sc})",
                      note=note, track=p["track"], basic=basic, override=ov or ""))


# ---------------------------------------------------------------- oracle + write
def write_all(a, r, certs, decerts, hires, hist, train, overrides, truth):
    cdf = pd.DataFrame(certs)
    ddf = pd.DataFrame(decerts)
    hdf = pd.DataFrame(hires)
    tdf = pd.DataFrame(truth)

    # oracle: accidental leads for hires whose label has no review alternative
    def nfirst(s):
        return norm(str(s).split()[0]) if str(s).strip() else ""
    cdf["_nf"] = cdf["first"].map(nfirst)
    cdf["_nl"] = cdf["last"].map(lambda s: norm(str(s).replace("-", " ").split()[0]) if str(s).strip() else "")
    idx = {}
    for i, row in enumerate(zip(cdf["_nf"], cdf["_nl"])):
        idx.setdefault(row, []).append(i)
    adjust = 0
    tdf = tdf.set_index("hire_id")
    for h in hires:
        hid = h["hire_id"]
        lab = tdf.at[hid, "expected_determination"]
        if tdf.at[hid, "override"] or "MANUAL_REVIEW" in lab or lab in ("NOT_APPLICABLE",) or "REMEDIATED" in lab:
            continue
        key = (nfirst(h["first_name"]), norm(str(h["last_name"]).replace("-", " ").split()[0]))
        hd = h["date_of_birth"]
        for i in idx.get(key, []):
            c = certs[i]
            if c["owner"] == hid:
                continue
            cd = c["dob"] if isinstance(c["dob"], D) else None
            lead = False
            if hd is None:
                lead = True
            elif c["source"] == "FL":
                lead = cd.year == hd.year
            elif cd is None:
                lead = True
            else:
                s1, s2 = hd.strftime("%Y%m%d"), cd.strftime("%Y%m%d")
                diff = sum(x != y for x, y in zip(s1, s2))
                lead = diff <= 1 or cd == swap_dm(hd) or (diff == 2 and sorted(s1) == sorted(s2))
            if not lead:
                continue
            adverse = c["status"] in ("revoked", "suspended")
            if ("RECALL" in lab and c["cat"] == "sworn") or ("VERIFIED_LEO" in lab and adverse):
                tdf.at[hid, "expected_determination"] = lab + "|MANUAL_REVIEW"
                tdf.at[hid, "note"] += f" [oracle: stranger lead {c['record_id']}]"
                adjust += 1
                break
    print("oracle adjustments:", adjust)
    tdf = tdf.reset_index()

    out = a.out
    # hires
    hd = hdf.copy()
    hd["date_of_birth"] = hd["date_of_birth"].map(lambda d: fmt(d))
    hd["hire_date"] = hd["hire_date"].map(fmt)
    hd.to_csv(os.path.join(out, "hires.csv"), index=False)
    tr = pd.DataFrame(train)
    for c in ("start_date", "end_date"):
        tr[c] = tr[c].map(lambda d: fmt(d, "us"))   # training export uses US dates
    tr.to_csv(os.path.join(out, "training.csv"), index=False)
    eh = pd.DataFrame(hist)
    for c in ("start_date", "end_date"):
        eh[c] = eh[c].map(fmt)
    eh.to_csv(os.path.join(out, "employment_history.csv"), index=False)
    pd.DataFrame(overrides).assign(reviewed_on=lambda x: x["reviewed_on"].map(fmt)).to_csv(os.path.join(out, "overrides.csv"), index=False)

    cols = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth", "certification_type",
            "status", "issued_date", "separation_date", "agency"]
    rng = np.random.default_rng(a.seed + 1)
    for src, g in cdf.groupby("source"):
        g = g.sample(frac=1.0, random_state=int(rng.integers(0, 1 << 30)))
        style = "us" if src == "TX" else "iso"
        rows = []
        for c in g.to_dict("records"):
            f, m, l = str(c["first"]), ("" if not isinstance(c["middle"], str) else c["middle"]), str(c["last"])
            if src == "TX":
                f, m, l = f.upper(), m.upper(), l.upper()
            if src == "CA":
                f, m, l = strip_acc(f), strip_acc(m), strip_acc(l)
            if src == "GA" and m:
                m = m[0]
            if src not in ("GA",) and rng.random() < 0.25:
                m = ""
            dob = c["dob"] if isinstance(c["dob"], D) else None
            if src == "FL":
                dobs = str(dob.year) if dob else ""
            else:
                dobs = fmt(dob, style) if dob else ""
            rows.append(dict(record_id=c["record_id"], source=src, first_name=f, middle_name=m, last_name=l,
                             date_of_birth=dobs, certification_type=c["certification_type"], status=c["status"],
                             issued_date=fmt(c["issued"], style) if c["issued"] != "" else "",
                             separation_date=fmt(c["sep"], style) if isinstance(c["sep"], D) else "", agency=c["agency"]))
        df = pd.DataFrame(rows, columns=cols)
        if src == "AZ":
            df.astype(str).to_parquet(os.path.join(out, "certifications_az.parquet"), index=False)
        else:
            df.to_csv(os.path.join(out, f"certifications_{src.lower()}.csv"), index=False)
    dd = ddf.copy()
    dd = dd.rename(columns={"first": "first_name", "last": "last_name"})
    dd["date_of_birth"] = dd["dob"].map(lambda d: fmt(d) if d else "")
    dd["action_date"] = dd["action_date"].map(fmt)
    dd[["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "action_date", "reason"]].to_csv(
        os.path.join(out, "decertifications.csv"), index=False)
    tdf[["hire_id", "expected_determination", "scenario", "note"]].to_csv(a.truth, index=False)
    tdf.to_csv(os.path.join(os.path.dirname(a.truth), "truth_full.csv"), index=False)
    print("hires", len(hdf), "cert rows", len(cdf), "decerts", len(ddf), "overrides", len(overrides))
    print(tdf["expected_determination"].value_counts().to_string())


if __name__ == "__main__":
    main()
