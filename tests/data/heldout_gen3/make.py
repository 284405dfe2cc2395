#!/usr/bin/env python3
"""heldout_gen3: a third independent held-out world for leo-audit.

Usage: make.py --out DATA_DIR --truth TRUTH_CSV [--seed N]

Built from the data contract only (shared/data-contract.md). Every hire is planted by a
scenario that knows the person's true registry records and how each record is written
(name/date variations); the label is derived from that ground truth and the contract's
policy (see `label_for`). Background registry people (nobody's hire) are filtered so that
none of them could be mistaken for a hire (same/near birth date with a compatible name,
or a compatible name with no birth date); namesakes with other birth dates stay.
"""
import argparse
import datetime as dt
import os
import random
import re
import unicodedata
from collections import defaultdict

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

D = dt.date

# ----------------------------------------------------------------------------- names
ANGLO_M = """James John Robert Michael William David Richard Joseph Thomas Charles Christopher
Daniel Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy
Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott
Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Dennis Tyler Aaron Henry Douglas
Peter Nathan Zachary Kyle Walter Harold Jeremy Carl Keith Roger Gerald Ethan Arthur Terrence
Christian Sean Lawrence Austin Noah Jesse Albert Bryan Bruce Jordan Dylan Alan Ralph Gabriel Roy
Wayne Eugene Logan Randall Russell Vincent Philip Bradley Marcus Darnell Tyrone DeShawn Malik
Jamal Terrell Reginald Cornelius Desmond""".split()
ANGLO_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa
Margaret Sandra Ashley Dorothy Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah
Stephanie Rebecca Laura Sharon Cynthia Kathleen Amy Shirley Angela Helen Anna Brenda Pamela
Nicole Samantha Katherine Emma Ruth Christine Rachel Carolyn Janet Virginia Heather Diane Julie
Joyce Victoria Kelly Christina Joan Evelyn Lauren Judith Olivia Martha Cheryl Megan Andrea Hannah
Jacqueline Alice Kathryn Gloria Teresa Doris Janice Julia Madison Grace Theresa Beverly Denise
Marilyn Amber Danielle Brittany Diana Abigail Natalie Tiffany Alexis Kayla Latoya Keisha Tamika
Ebony Shanice Imani""".split()
ANGLO_S = """Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore
Jackson Martin Thompson White Harris Clark Lewis Robinson Walker Young Allen King Wright Scott
Hill Green Adams Baker Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans
Edwards Collins Stewart Morris Cook Rogers Morgan Cooper Peterson Bailey Reed Howard Cox Ward
Richardson Watson Brooks Wood Bennett Gray Hughes Price Sanders Myers Long Ross Foster Powell
Jenkins Perry Russell Bell Coleman Butler Henderson Barnes Fisher Washington Simmons Patterson
Hamilton Graham Wallace Hayes Bryant Ellis Stevens Marshall Owens Harrison Gibson Kennedy Wells
Jefferson Olson Larson Hanson Lindqvist Pettigrew Whitaker Blackwell Thornton Holloway Cartwright
Pemberton Ashworth Kingsley Fairbanks Hollister Underwood Vaughn Calloway Merriweather Abernathy
Dunbar Prescott Stanton Winslow Radcliffe Beauregard""".split()
IRISH_S = ["O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "O'Reilly", "O'Donnell", "O'Malley",
           "McDonald", "McCarthy", "McLaughlin", "McMahon", "MacDonald", "MacKenzie", "McGrath",
           "Fitzgerald", "Gallagher", "Doyle", "Byrne", "D'Arcy", "McAllister", "O'Rourke",
           "McNamara", "O'Hara", "Mc Bride"]
IRISH_M = "Sean Patrick Liam Connor Declan Brendan Cormac Eamon Kieran Finn".split()
IRISH_F = "Siobhan Niamh Aoife Maeve Bridget Colleen Aisling Roisin Caitlin Sinead".split()
HISP_M = ["José", "Juan", "Luis", "Carlos", "Jesús", "Miguel", "Jorge", "Francisco", "Alejandro",
          "Antonio", "Manuel", "Ricardo", "Eduardo", "Roberto", "Fernando", "Sergio", "Raúl",
          "Óscar", "Ángel", "Javier", "Guillermo", "Enrique", "Rafael", "Ignacio", "Andrés",
          "Martín", "Héctor", "Rubén", "Gerardo", "Víctor", "Joaquín", "Nicolás", "Ramón"]
HISP_F = ["María", "Guadalupe", "Ana", "Rosa", "Carmen", "Juana", "Sofía", "Lucía", "Isabel",
          "Dolores", "Concepción", "Verónica", "Adriana", "Alejandra", "Mónica", "Gabriela",
          "Elena", "Beatriz", "Marisol", "Yesenia", "Araceli", "Leticia", "Margarita",
          "Josefina", "Inés", "Belén", "Itzel", "Xóchitl"]
HISP_S = ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez",
          "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Reyes", "Morales", "Cruz",
          "Ortiz", "Gutiérrez", "Chávez", "Ramos", "Ruiz", "Álvarez", "Mendoza", "Castillo",
          "Jiménez", "Vásquez", "Moreno", "Romero", "Herrera", "Medina", "Aguilar", "Vargas",
          "Guzmán", "Muñoz", "Peña", "Núñez", "Ibáñez", "Castañeda", "Villanueva", "Zúñiga",
          "Echeverría", "Quiñones", "Benítez", "Carrasco", "Valenzuela", "Olivares", "Salazar"]
VIET_S = "Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Ngo Duong Truong Dinh Lam".split()
VIET_M = "Minh Tuan Hung Quang Long Duc Khanh Nam Hieu Thang Phuc Bao Cuong Vinh".split()
VIET_F = "Huong Lan Mai Hoa Phuong Trang Thao Ngoc Linh Yen Nhung Thuy Hanh Diep".split()
CHN_S = "Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Lin Luo Liang Song".split()
CHN_M = "Wei Lei Jun Hao Yong Qiang Xin Ming Tao Bo Jianguo Zhiwei Haoran Yifan".split()
CHN_F = "Fang Jing Min Yan Hui Ying Xiaoli Lina Meiling Xiuying Yuting Jiayi".split()
KOR_S = "Kim Park Choi Jung Kang Cho Yoon Jang Lim Han Shin Kwon Hwang Seo".split()
KOR_M = ["Ji-hoon", "Min-jun", "Hyun-woo", "Dong-hyun", "Jae-won", "Young-ho", "Sung-min",
         "Tae-yang", "Jin-woo", "Seung-hyun"]
KOR_F = ["Seo-yeon", "Ji-woo", "Soo-jin", "Eun-ji", "Min-seo", "Ha-eun", "Ye-jin", "Hye-won",
         "Ji-yeon", "Su-bin"]
ARAB_S = ["al-Rashid", "al-Hassan", "el-Amin", "al-Masri", "el-Sayed", "Abdullah", "Haddad",
          "Khoury", "Nasser", "Saleh", "Mansour", "al-Farsi", "el-Hashem", "al-Najjar",
          "Abu-Zayd", "el-Khatib", "Bazzi", "Harb"]
ARAB_M = "Muhammad Ahmed Omar Khalid Yusuf Ibrahim Hassan Hussein Tariq Karim Samir Bilal Nabil".split()
ARAB_F = "Fatima Aisha Layla Mariam Noor Yasmin Rania Huda Salma Amira Leila Dalia".split()
EURO_S = ["van der Berg", "van Dijk", "de Vries", "van den Broek", "van der Meer", "Müller",
          "Schröder", "Jørgensen", "Björk", "Åström", "Söderberg", "Nyström", "Kowalczyk",
          "Wiśniewski", "Novák", "Dvořák", "Lefèvre", "D'Angelo", "DiMaggio", "LaFleur",
          "Fontaine", "Bélanger", "Gauthier", "Rossi", "Esposito", "Vandenberghe"]
EURO_M = ["Søren", "Björn", "Jan", "Pieter", "Lars", "Jürgen", "François", "Jérôme", "André",
          "René", "Matteo", "Giovanni", "Tomasz", "Krzysztof", "Stefan", "Henrik"]
EURO_F = ["Renée", "Chloé", "Zoë", "Hélène", "Ingrid", "Annika", "Brigitte", "Agnieszka",
          "Giulia", "Francesca", "Margit", "Solveig", "Élodie", "Noémie"]
IND_S = "Patel Shah Singh Kumar Sharma Gupta Reddy Rao Iyer Chatterjee Desai Mehta Nair".split()
IND_M = "Rahul Anil Vijay Deepak Siddharth Arjun Rohan Sanjay Vikram Karthik Aditya".split()
IND_F = "Priya Sunita Lakshmi Kavita Ananya Deepa Pooja Meera Shreya Divya".split()
AFR_S = ["Okafor", "Okonkwo", "Adeyemi", "Mensah", "Diallo", "N'Diaye", "Nwosu", "Boateng",
         "Achebe", "Oyelaran", "Kamara", "Traoré"]
AFR_M = "Chinedu Oluwaseun Kwame Emeka Kofi Babajide Tunde Ikenna Mamadou Yaw".split()
AFR_F = "Ngozi Aminata Chiamaka Abena Folake Adaeze Nneka Efua Fatoumata Yetunde".split()

CULTURES = {
    "anglo": (ANGLO_M, ANGLO_F, ANGLO_S, 36),
    "hisp": (HISP_M, HISP_F, HISP_S, 22),
    "irish": (IRISH_M + ANGLO_M[:30], IRISH_F + ANGLO_F[:30], IRISH_S, 6),
    "viet": (VIET_M, VIET_F, VIET_S, 6),
    "chn": (CHN_M, CHN_F, CHN_S, 5),
    "kor": (KOR_M, KOR_F, KOR_S, 4),
    "arab": (ARAB_M, ARAB_F, ARAB_S, 6),
    "euro": (EURO_M, EURO_F, EURO_S, 6),
    "ind": (IND_M, IND_F, IND_S, 4),
    "afr": (AFR_M, AFR_F, AFR_S, 3),
}

NICK = {  # formal -> nicknames (all widely attested pairs)
    "William": ["Bill", "Billy", "Will"], "Robert": ["Bob", "Bobby", "Rob"],
    "Richard": ["Dick", "Rick", "Rich"], "Charles": ["Chuck", "Charlie"],
    "Margaret": ["Peggy", "Maggie", "Meg"], "Elizabeth": ["Liz", "Beth", "Betsy"],
    "James": ["Jim", "Jimmy"], "Katherine": ["Kate", "Kathy"], "Anthony": ["Tony"],
    "Joseph": ["Joe", "Joey"], "Michael": ["Mike"], "Thomas": ["Tom", "Tommy"],
    "Edward": ["Ted", "Eddie", "Ed"], "Rebecca": ["Becky"], "Deborah": ["Debbie", "Deb"],
    "Susan": ["Sue", "Susie"], "Henry": ["Hank"], "Christopher": ["Chris"],
    "Daniel": ["Dan", "Danny"], "Jennifer": ["Jenny", "Jen"], "Patricia": ["Patty", "Trish"],
    "Nicholas": ["Nick"], "Gregory": ["Greg"], "Timothy": ["Tim"], "Kenneth": ["Ken", "Kenny"],
    "Ronald": ["Ron", "Ronnie"], "Donald": ["Don", "Donnie"], "Lawrence": ["Larry"],
    "Samuel": ["Sam"], "Benjamin": ["Ben"], "Matthew": ["Matt"], "Andrew": ["Andy", "Drew"],
    "Steven": ["Steve"], "Stephen": ["Steve"], "Jonathan": ["Jon"], "Cynthia": ["Cindy"],
    "Pamela": ["Pam"], "Kimberly": ["Kim"], "Victoria": ["Vicky", "Tori"],
    "Theresa": ["Terri", "Tess"], "Dorothy": ["Dot", "Dottie"], "Alexander": ["Alex"],
    "Gerald": ["Jerry"], "Raymond": ["Ray"], "Douglas": ["Doug"], "Frank": [],
    "José": ["Pepe"], "Francisco": ["Paco", "Pancho"], "Jesús": ["Chuy"],
    "Guadalupe": ["Lupe"], "Ignacio": ["Nacho"], "Alejandro": ["Alex"], "Eduardo": ["Lalo"],
    "Dolores": ["Lola"], "Concepción": ["Concha"], "Manuel": ["Manny"], "Roberto": ["Beto"],
    "Patrick": ["Pat"], "Bridget": ["Biddy"], "Muhammad": ["Mohammed"],
}
STRONG_NICK = [("William", "Bill"), ("Robert", "Bob"), ("Richard", "Dick"), ("Charles", "Chuck"),
               ("Margaret", "Peggy"), ("Elizabeth", "Liz"), ("James", "Jim"),
               ("Katherine", "Kate"), ("Anthony", "Tony"), ("Joseph", "Joe"),
               ("Thomas", "Tom"), ("Edward", "Ted"), ("Rebecca", "Becky"),
               ("Deborah", "Debbie"), ("Susan", "Sue"), ("Henry", "Hank"),
               ("Jennifer", "Jenny"), ("Patricia", "Patty"), ("Kenneth", "Ken"),
               ("Timothy", "Tim"), ("Gregory", "Greg"), ("Samuel", "Sam"),
               ("Benjamin", "Ben"), ("Matthew", "Matt"), ("Cynthia", "Cindy"),
               ("Pamela", "Pam"), ("Dorothy", "Dottie"), ("Douglas", "Doug"),
               ("Raymond", "Ray"), ("Francisco", "Paco"), ("José", "Pepe"),
               ("Guadalupe", "Lupe"), ("Ignacio", "Nacho"), ("Jesús", "Chuy"),
               ("Michael", "Mike"), ("Christopher", "Chris"), ("Nicholas", "Nick")]
FEMALE_FORMAL = {"Margaret", "Elizabeth", "Katherine", "Rebecca", "Deborah", "Susan",
                 "Jennifer", "Patricia", "Cynthia", "Pamela", "Dorothy", "Guadalupe"}

PARTICLES = {"al", "el", "van", "der", "den", "de", "la", "del", "von", "mc", "mac", "jr", "sr",
             "ii", "iii", "iv", "bin", "ibn", "abu", "st", "dos", "das"}


from functools import lru_cache


@lru_cache(maxsize=None)
def strip_accents(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ß", "ss") \
        .replace("ł", "l").replace("Ł", "L")


@lru_cache(maxsize=None)
def nrm(s):
    s = strip_accents(s or "").lower()
    return re.sub(r"[^a-z ]+", " ", s).strip()


@lru_cache(maxsize=None)
def toks(s):
    return {t for t in nrm(s).split() if len(t) > 1 and t not in PARTICLES}


@lru_cache(maxsize=None)
def joined(s):
    return nrm(s).replace(" ", "")


GROUP = defaultdict(set)
for _f, _ns in NICK.items():
    for _n in [_f] + _ns:
        GROUP[joined(_n)].add(joined(_f))


@lru_cache(maxsize=None)
def lev(a, b, cap=3):
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


@lru_cache(maxsize=None)
def first_compat(a, b):
    """Broad: could these two first names be the same person's (any variation)?"""
    na, nb = joined(a), joined(b)
    if not na or not nb:
        return False
    if na == nb or (GROUP.get(na, set()) | {na}) & (GROUP.get(nb, set()) | {nb}):
        return True
    ta, tb = nrm(a).split(), nrm(b).split()
    if ta and tb and ta[0] == tb[0]:
        return True
    if min(len(na), len(nb)) >= 3 and (na.startswith(nb) or nb.startswith(na)):
        return True
    m = min(len(na), len(nb))
    return lev(na, nb, 2) <= (2 if m >= 5 else 1 if m == 4 else 0)


@lru_cache(maxsize=None)
def surname_compat(a, b):
    ta, tb = toks(a), toks(b)
    if ta & tb:
        return True
    ja, jb = joined(a), joined(b)
    if not ja or not jb:
        return False
    if min(len(ja), len(jb)) >= 3 and (ja in jb or jb in ja):
        return True
    m = min(len(ja), len(jb))
    return lev(ja, jb, 2) <= (2 if m >= 5 else 1 if m == 4 else 0)


def names_compat(h, r):
    """h: hire dict (first, middle, last); r: row dict (first, middle, last)."""
    hf, hm, hl = h["first"], h.get("middle") or "", h["last"]
    rf, rm, rl = r["first"] or "", r.get("middle") or "", r["last"] or ""
    sur = surname_compat(hl, rl) or (hm and surname_compat(hm, rl))
    fir = first_compat(hf, rf) or (hm and first_compat(hm, rf)) or (rm and first_compat(hf, rm))
    if sur and fir:
        return True
    if surname_compat(hl, rf) and first_compat(hf, rl):  # family name first
        return True
    return False


# ----------------------------------------------------------------------------- dates
def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    import calendar
    last = calendar.monthrange(d.year + y, mo + 1)[1]
    return D(d.year + y, mo + 1, min(d.day, last))  # generators keep day <= 27


def add_years(d, y):
    return D(d.year + y, d.month, d.day)


def iso(d):
    return d.isoformat() if d else ""


def us(d):
    return d.strftime("%m/%d/%Y") if d else ""


def dob_variants(s):
    """ISO date string -> set of ISO strings one keystroke away or day/month swapped."""
    out = set()
    digits = s.replace("-", "")
    for i in range(8):
        for c in "0123456789":
            if c != digits[i]:
                out.add(digits[:i] + c + digits[i + 1:])
    for i in range(7):
        if digits[i] != digits[i + 1]:
            out.add(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
    out.add(digits[:4] + digits[6:8] + digits[4:6])
    return {f"{x[:4]}-{x[4:6]}-{x[6:]}" for x in out}


def valid_iso(s):
    try:
        D.fromisoformat(s)
        return True
    except ValueError:
        return False


# ----------------------------------------------------------------------------- registry text
SRCS = ["MN", "TX", "CA", "FL", "NY", "MI", "FED"]
GAP_STATES = {
    "OH": ("Ohio", ["Columbus Division of Police", "Cleveland Police Department",
                    "Franklin County Sheriff's Office"]),
    "GA": ("Georgia", ["Atlanta Police Department", "Fulton County Sheriff's Office"]),
    "AZ": ("Arizona", ["Phoenix Police Department", "Maricopa County Sheriff's Office"]),
    "NV": ("Nevada", ["Las Vegas Metropolitan Police Department", "Reno Police Department"]),
    "NJ": ("New Jersey", ["Newark Police Department", "Jersey City Police Department"]),
    "CO": ("Colorado", ["Denver Police Department", "Aurora Police Department"]),
    "IL": ("Illinois", ["Chicago Police Department", "Cook County Sheriff's Office"]),
    "WA": ("Washington", ["Seattle Police Department", "King County Sheriff's Office"]),
}
AGENCIES = {
    "MN": ["Minneapolis Police Department", "Saint Paul Police Department",
           "Hennepin County Sheriff's Office", "Duluth Police Department",
           "Minnesota State Patrol", "Ramsey County Sheriff's Office"],
    "TX": ["Houston Police Department", "Dallas Police Department", "Harris County Sheriff's Office",
           "Texas Department of Public Safety", "El Paso Police Department",
           "Bexar County Sheriff's Office"],
    "CA": ["Los Angeles Police Department", "San Diego Police Department",
           "Los Angeles County Sheriff's Department", "California Highway Patrol",
           "Fresno Police Department", "Oakland Police Department"],
    "FL": ["Miami-Dade Police Department", "Orlando Police Department",
           "Hillsborough County Sheriff's Office", "Florida Highway Patrol",
           "Jacksonville Sheriff's Office"],
    "NY": ["New York City Police Department", "New York State Police", "Buffalo Police Department",
           "Suffolk County Police Department", "Nassau County Police Department"],
    "MI": ["Detroit Police Department", "Michigan State Police", "Grand Rapids Police Department",
           "Wayne County Sheriff's Office", "Lansing Police Department"],
    "FED": ["U.S. Border Patrol", "U.S. Immigration and Customs Enforcement", "FBI",
            "Drug Enforcement Administration", "U.S. Marshals Service",
            "U.S. Customs and Border Protection"],
}
STATE_NAME = {"MN": "Minnesota", "TX": "Texas", "CA": "California", "FL": "Florida",
              "NY": "New York", "MI": "Michigan"}
SWORN_TYPES = {
    "MN": ["Peace Officer License", "Licensed Peace Officer", "Peace Officer"],
    "TX": ["Basic Peace Officer Certificate", "Peace Officer License",
           "Intermediate Peace Officer Certificate"],
    "CA": ["Basic POST Certificate", "Peace Officer - Basic", "Police Officer"],
    "FL": ["Law Enforcement", "Law Enforcement Officer"],
    "NY": ["Police Officer", "Police Officer Basic Training", "Deputy Sheriff"],
    "MI": ["Law Enforcement Officer License", "Police Officer", "State Trooper"],
    "FED": ["Federal Law Enforcement Officer", "Criminal Investigator (1811)",
            "Border Patrol Agent", "Deportation Officer", "CBP Officer"],
}
NONSWORN_TYPES = {
    "MN": [("Correctional Officer", "corrections"), ("Part-Time Reserve Officer", "reserve"),
           ("Public Safety Telecommunicator", "dispatch"), ("Probation Officer", "probation")],
    "TX": [("Basic Jailer License", "corrections"), ("Telecommunicator License", "dispatch"),
           ("Basic County Corrections Certificate", "corrections"),
           ("Reserve Peace Officer", "reserve")],
    "CA": [("Correctional Officer", "corrections"), ("Probation Officer Core", "probation"),
           ("Public Safety Dispatcher", "dispatch"), ("Level III Reserve", "reserve"),
           ("Security Guard Registration", "security")],
    "FL": [("Correctional", "corrections"), ("Correctional Probation", "probation")],
    "NY": [("Correction Officer", "corrections"), ("Auxiliary Police Officer", "reserve"),
           ("Security Guard", "security"), ("Parole Officer", "probation")],
    "MI": [("Detention Officer", "corrections"), ("Jail Officer/Inmate Security", "corrections"),
           ("911 Telecommunicator", "dispatch"), ("Reserve Officer", "reserve")],
    "FED": [("Correctional Officer (BOP)", "corrections"),
            ("Transportation Security Officer", "security"),
            ("U.S. Probation Officer", "probation"),
            ("Immigration Detention Officer", "corrections")],
}

# ----------------------------------------------------------------------------- world
class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.hires = []          # dicts
        self.certs = []          # dicts (structured + rendered)
        self.decerts = []
        self.emp = []
        self.train = []
        self.overrides = []
        self.truth = {}          # hire_id -> (label, why)
        self.rid = defaultdict(int)
        self.used_ids = set()
        self.hire_seq = 0

    # ---- people
    def culture(self, want=None):
        if want:
            return want
        ks = list(CULTURES)
        return self.r.choices(ks, weights=[CULTURES[k][3] for k in ks])[0]

    def zipf(self, seq):
        # mildly skewed: common names common (namesakes), but no one name dominates
        w = [1.0 / (i + 4) for i in range(len(seq))]
        return self.r.choices(seq, weights=w)[0]

    def person(self, cult=None, sex=None, dob_lo=1960, dob_hi=2000, double=None):
        c = self.culture(cult)
        M, F, S, _ = CULTURES[c]
        sex = sex or self.r.choice("MF")
        first = self.zipf(M if sex == "M" else F)
        last = self.zipf(S)
        if c == "hisp" and (double or (double is None and self.r.random() < 0.45)):
            l2 = self.zipf(S)
            while l2 == last:
                l2 = self.r.choice(S)
            last = f"{last} {l2}"
        middle = ""
        x = self.r.random()
        if c == "viet":
            middle = "Van" if sex == "M" else "Thi"
            if x < 0.3:
                middle = self.r.choice(VIET_M if sex == "M" else VIET_F)
        elif c in ("anglo", "irish", "afr", "euro"):
            if x < 0.55:
                middle = self.r.choice((ANGLO_M if sex == "M" else ANGLO_F)[:60])
            elif x < 0.75:
                middle = self.r.choice("ABCDEFGHJKLMNPRSTW")
        elif c == "hisp" and x < 0.35:
            middle = self.r.choice(HISP_M if sex == "M" else HISP_F)
        elif c in ("arab", "ind") and x < 0.3:
            middle = self.r.choice(ARAB_M if c == "arab" else IND_M) if sex == "M" else ""
        y = self.r.randint(dob_lo, dob_hi)
        dob = D(y, self.r.randint(1, 12), self.r.randint(1, 28))
        return dict(cult=c, sex=sex, first=first, middle=middle, last=last, suffix="", dob=dob)

    def next_hire_id(self):
        self.hire_seq += 1
        return f"{self.hire_seq * 7 + 10000:07d}"  # leading zeros kept as text

    def record_id(self, src):
        self.rid[src] += 1
        n = self.rid[src]
        return {"MN": f"MN{n:07d}", "TX": f"{n:08d}", "CA": f"CA-{n:06d}", "FL": f"FL{n:07d}",
                "NY": f"NY-{n:07d}", "MI": f"MI{n:06d}", "FED": f"F{n:07d}",
                "DEC": f"D-{n:06d}"}[src]


def keystroke_typo(r, s, avoid):
    """One keystroke in a name: substitution by a keyboard neighbour, deletion, doubling,
    or transposition; never yields another known name."""
    kb = "qwertyuiop asdfghjkl zxcvbnm".split()
    nb = {}
    for row in kb:
        for i, ch in enumerate(row):
            nb[ch] = (row[i - 1] if i else "") + (row[i + 1] if i + 1 < len(row) else "")
    for _ in range(50):
        letters = [i for i, ch in enumerate(s) if ch.isalpha() and ch.lower() in nb]
        i = r.choice(letters[1:-1] if len(letters) > 3 else letters)
        k = r.randint(0, 3)
        ch = s[i]
        if k == 0:
            rep = r.choice(nb[ch.lower()])
            rep = rep.upper() if ch.isupper() else rep
            t = s[:i] + rep + s[i + 1:]
        elif k == 1:
            t = s[:i] + s[i + 1:]
        elif k == 2:
            t = s[:i] + ch + s[i:]
        else:
            if i + 1 >= len(s) or not s[i + 1].isalpha() or s[i + 1] == ch:
                continue
            t = s[:i] + s[i + 1] + ch + s[i + 2:]
        if joined(t) != joined(s) and joined(t) not in avoid:
            return t
    return None


def dob_typo(r, d):
    s = d.isoformat()
    opts = sorted(x for x in dob_variants(s) if valid_iso(x))
    swapped = f"{s[:4]}-{s[8:10]}-{s[5:7]}"
    opts = [x for x in opts if x != swapped and abs(int(x[:4]) - d.year) <= 10]
    return D.fromisoformat(r.choice(opts))


# ----------------------------------------------------------------------------- rendering
def style(src, s):
    """How a source writes a name (its own habits, identical for hires' and strangers' rows)."""
    if not s:
        return ""
    if src in ("TX", "MI", "FED"):
        s = strip_accents(s).upper()
        if src == "TX":   # TX drops separators inside surnames: O'BRIEN -> OBRIEN, AL-RASHID -> ALRASHID
            s = re.sub(r"(?<=\b[A-Z])'|(?<=\bAL)-|(?<=\bEL)-|(?<=\bABU)-", "", s)
        return s
    if src == "CA":
        return s.upper()
    if src == "FL":
        return strip_accents(s)
    return s


def compound_style(src, last):
    """Hispanic double surnames, per source."""
    if " " in last and not last.lower().startswith(("van ", "de ", "al-", "el-")):
        if src in ("NY", "MI"):
            return last.replace(" ", "-")
    return last


def dob_cell(src, d, how="exact"):
    """-> (value written, kind) ; kind in exact/swap/typo/missing/year"""
    return d


class Builder:
    def __init__(self, w):
        self.w = w
        self.r = w.r

    def rdate(self, lo, hi):
        while True:
            d = lo + dt.timedelta(days=self.r.randint(0, (hi - lo).days))
            if d.day <= 27:
                return d

    def hire_date(self):
        return self.rdate(D(2019, 3, 1), D(2025, 5, 28))

    def timeline(self, kind, hd):
        r = self.r
        sep, status = None, "active"
        if kind == "Q":
            issued = self.rdate(add_years(hd, -16), add_years(hd, -2))
            if r.random() < 0.45:
                sep = self.rdate(max(add_months(issued, 14), add_years(hd, -3) + dt.timedelta(days=20)),
                                 hd - dt.timedelta(days=15)) if add_months(issued, 14) < hd - dt.timedelta(days=40) else None
                status = r.choice(["inactive", "lapsed", "active", "inactive"]) if sep else "active"
        elif kind == "Q_inactive":
            issued = self.rdate(add_years(hd, -12), add_years(hd, -4))
            sep = self.rdate(add_years(hd, -2), hd - dt.timedelta(days=30))
            status = r.choice(["inactive", "lapsed"])
        elif kind == "Q_sep_exact3":
            sep = add_years(hd, -3)
            issued = self.rdate(add_years(sep, -10), add_years(sep, -2))
            status = "inactive"
        elif kind == "Q_sep_3y_less1":
            sep = add_years(hd, -3) + dt.timedelta(days=1)
            issued = self.rdate(add_years(sep, -10), add_years(sep, -2))
            status = "lapsed"
        elif kind == "F_sep_3y_plus1":
            sep = add_years(hd, -3) - dt.timedelta(days=1)
            issued = self.rdate(add_years(sep, -10), add_years(sep, -2))
            status = r.choice(["inactive", "lapsed"])
        elif kind == "F_sep_old":
            sep = self.rdate(add_years(hd, -12), add_years(hd, -3) - dt.timedelta(days=20))
            issued = self.rdate(add_years(sep, -10), add_years(sep, -2))
            status = r.choice(["inactive", "lapsed"])
        elif kind == "Q_svc_exact":
            sep = self.rdate(add_years(hd, -2), hd - dt.timedelta(days=30))
            issued = add_months(sep, -12)
            status = "inactive"
        elif kind == "F_svc_short1":
            sep = self.rdate(add_years(hd, -2), hd - dt.timedelta(days=30))
            issued = add_months(sep, -12) + dt.timedelta(days=1)
            status = "inactive"
        elif kind == "F_svc_short":
            sep = self.rdate(add_years(hd, -2), hd - dt.timedelta(days=30))
            issued = add_months(sep, -r.randint(3, 11))
            status = r.choice(["inactive", "lapsed"])
        elif kind == "Q_serving_exact":
            issued = add_months(hd, -12)
        elif kind == "F_serving_short1":
            issued = add_months(hd, -12) + dt.timedelta(days=1)
        elif kind == "F_serving_short":
            issued = add_months(hd, -r.randint(2, 11))
        elif kind == "F_issued_after":
            issued = self.rdate(hd + dt.timedelta(days=5), hd + dt.timedelta(days=500))
        elif kind in ("F_revoked", "F_suspended"):
            issued = self.rdate(add_years(hd, -12), add_years(hd, -2))
            status = kind[2:]
            if r.random() < 0.5:
                sep = self.rdate(add_years(hd, -2), hd - dt.timedelta(days=20))
        elif kind == "Q_sep_after_hire":
            issued = self.rdate(add_years(hd, -9), add_years(hd, -2))
            sep = self.rdate(hd + dt.timedelta(days=3), hd + dt.timedelta(days=300))
            status = "inactive"
        elif kind == "U_blank_issued":
            issued = None
        else:
            raise ValueError(kind)
        return issued, sep, status


def qual(c, hd):
    if not c["sworn"]:
        return "F"
    if c["status"] in ("revoked", "suspended"):
        return "F"
    if c["issued"] is None:
        return "U"
    if c["issued"] > hd:
        return "F"
    end = c["sep"] if c["sep"] and c["sep"] < hd else hd
    if add_months(c["issued"], 12) > end:
        return "F"
    if c["sep"] and c["sep"] < add_years(hd, -3):
        return "F"
    return "Q"


# ----------------------------------------------------------------------------- hires
OFFICES = ["St. Paul", "Houston", "Los Angeles", "Miami", "New York", "Detroit", "Phoenix",
           "Atlanta", "Chicago", "Seattle", "Denver", "El Paso", "San Antonio", "Newark"]
OTHER_JOBS = [
    ("Loan Officer", "Wells Fargo Bank", "Senior loan officer; originated residential mortgages."),
    ("Mortgage Loan Officer", "Rocket Mortgage", "Mortgage loan officer handling refinance files."),
    ("Safety Officer", "Turner Construction", "Site safety officer: OSHA inspections and toolbox talks."),
    ("Compliance Officer", "First National Bank", "Bank compliance officer (BSA/AML)."),
    ("Petty Officer Second Class", "US Navy", "Petty Officer Second Class, US Navy, logistics specialist."),
    ("Security Officer", "Allied Universal", "Unarmed security officer at a corporate campus."),
    ("Environmental Health and Safety Officer", "3M", "EHS officer for a manufacturing plant."),
    ("Program Officer", "Bush Foundation", "Program officer reviewing community grants."),
    ("Member Service Officer", "Navy Federal Credit Union", "Member service officer at a credit union branch."),
    ("Chief Financial Officer", "Acme Logistics LLC", "Chief financial officer of a trucking firm."),
    ("Customer Service Representative", "Comcast", "Customer service; officer of the employee club."),
    ("Warehouse Associate", "Amazon", "Warehouse associate; safety committee officer."),
    ("Correctional Officer", "Department of Corrections", "Correctional officer in a state prison."),
    ("Detention Officer", "County Jail", "Detention officer, county jail booking and housing."),
    ("911 Dispatcher", "County Emergency Communications", "911 dispatcher for county emergency services."),
    ("Probation Officer", "County Probation Department", "Adult probation officer with a caseload of 80."),
    ("Reserve Deputy", "Sheriff's Office Reserve Unit", "Volunteer reserve deputy on weekends."),
]
ASPIRATIONAL = ["I hope to become a police officer and serve my community.",
                "Career goal: become a federal law enforcement officer. Criminal justice B.S.",
                "Aspiring officer; completed a citizen police academy.",
                "Seeking an entry-level role that will help me become an immigration officer."]
MENTION = ["Emergency room nurse; worked closely with police officers on trauma cases.",
           "Paralegal at a county attorney's office; coordinated with law enforcement officers.",
           "Tow truck operator dispatched by police officers for accident scenes.",
           "Social worker; partnered with police officers on welfare checks."]


def sworn_title(agency):
    a = agency.lower()
    if "sheriff" in a:
        return "Deputy Sheriff"
    if any(k in a for k in ("state patrol", "highway patrol", "state police", "public safety")):
        return "State Trooper"
    if "border patrol" in a:
        return "Border Patrol Agent"
    if "immigration" in a:
        return "Deportation Officer"
    if "customs" in a:
        return "CBP Officer"
    if a in ("fbi", "drug enforcement administration"):
        return "Special Agent"
    if "marshals" in a:
        return "Deputy U.S. Marshal"
    return random.Random(a).choice(["Police Officer", "Patrol Officer", "Police Officer II"])


NONSWORN_TITLE = {"corrections": ("Correctional Officer", "County Jail"),
                  "reserve": ("Reserve Officer", "Police Reserve Unit"),
                  "dispatch": ("Telecommunicator", "Emergency Communications Center"),
                  "probation": ("Probation Officer", "Probation Department"),
                  "security": ("Security Officer", "Allied Universal")}


class Ctx:
    def __init__(self, w, p, scen, short=True, hd=None):
        self.w, self.p, self.scen = w, p, scen
        self.hid = w.next_hire_id()
        self.hd = hd or w.b.hire_date()
        self.h = dict(first=p["first"], middle=p["middle"], last=p["last"], suffix=p["suffix"],
                      dob=p["dob"])
        self.short = short
        self.screen_track = "LEO" if short else "BASIC"
        self.short_course = short and w.r.random() < 0.85
        self.items = []        # (cert, klass)
        self.ditems = []       # (decert, klass)
        self.hist = []
        self.resume = []
        self.gap = False
        self.basic = None
        self.override = None
        self.why = [scen]
        self.review_bias = False


def rid_for(w, src):
    return w.record_id(src)


def render(w, ctx, p, src, var):
    """The registry's row for the true person p written by src with variation var."""
    r = w.r
    first, middle, last, dob = p["first"], p["middle"], p["last"], p["dob"]
    klass = "strong"
    if middle and var not in ("maiden_unknown", "mid_as_first") and not p.get("keep_mid"):
        x = r.random()
        middle = middle if x < 0.5 else (middle[0] if x < 0.75 else "")
    if var == "nick_reg":
        first = p["nick"]
    elif var == "typo_last":
        last = keystroke_typo(r, last, ALLNAMES)
    elif var == "typo_first":
        first = keystroke_typo(r, first, ALLNAMES)
    elif var == "hisp_one":
        parts = last.split()
        last = parts[0] if r.random() < 0.75 else parts[1]
    elif var == "particle_drop":
        last = re.sub(r"^(al|el|abu)-", "", last, flags=re.I)
        last = last[0].upper() + last[1:]
    elif var in ("maiden_mid", "maiden_hyph", "maiden_unknown"):
        last = p["maiden"]
        if var == "maiden_unknown":
            klass = "lead"
    elif var == "suffix_col":
        last = f"{last} Jr"
    elif var == "mid_as_first":
        first, middle = p["middle"], ""
    elif var == "dob_swap":
        dob = D(dob.year, dob.day, dob.month)
        klass = "semi"
    elif var == "dob_typo":
        dob = dob_typo(r, dob)
        klass = "lead"
    elif var == "dob_missing":
        dob = None
        klass = "lead"
    elif var == "names_swapped":
        first, last = last, first
        klass = "semi"
    elif var == "nick_typo":
        first = p["nick"]
        last = keystroke_typo(r, last, ALLNAMES)
        klass = "semi"
    elif var != "plain":
        raise ValueError(var)
    if src == "FL" and dob is not None:
        klass = "lead" if klass == "strong" else klass
    last = compound_style(src, last)
    return dict(first=style(src, first), middle=style(src, middle), last=style(src, last),
                dob=dob, year_only=(src == "FL")), klass


def add_cert(ctx, src, kind="Q", sworn=True, var="plain", klass=None, p=None, typ=None,
             cat=None, claim=True, status=None, owner_klass=None):
    w = ctx.w
    p = p or ctx.p
    issued, sep, st = w.b.timeline(kind, ctx.hd)
    if status:
        st = status
    if typ is None:
        if sworn:
            typ = w.r.choice(SWORN_TYPES[src])
        else:
            typ, cat = w.r.choice(NONSWORN_TYPES[src])
    agency = w.r.choice(AGENCIES[src])
    row, k = render(w, ctx, p, src, var)
    c = dict(record_id=w.record_id(src), source=src, type=typ, sworn=sworn, cat=cat,
             status=st, issued=issued, sep=sep, agency=agency, owner=ctx.hid, **row)
    w.certs.append(c)
    ctx.items.append((c, klass or k))
    if claim:
        start = issued or add_years(ctx.hd, -5)
        if sworn:
            title = sworn_title(agency)
            emp = agency
        else:
            title, emp = NONSWORN_TITLE[cat or "corrections"]
            emp = f"{agency.split(' ')[0]} {emp}" if cat in ("corrections", "probation", "dispatch") else emp
        st2 = "TX" if src == "FED" else src
        if start < ctx.hd:
            end = sep if sep and sep < ctx.hd else None
            ctx.hist.append(dict(employer=emp, title=title, state=st2, start=start, end=end))
            ctx.resume.append(f"{title}, {emp} ({st2}), {start.year}-{end.year if end else 'present'}.")
    return c


def add_decert(ctx, p, src, action, date, dob_mode="exact", klass="strong"):
    w = ctx.w
    st = lambda s: style(src, s)
    dob = p["dob"] if dob_mode == "exact" else None
    d = dict(record_id=w.record_id("DEC"), source=src, first=st(p["first"]), last=st(p["last"]),
             dob=dob, action=action, date=date, reason=w.r.choice(
                 ["Conviction of a felony", "Untruthfulness", "Excessive force",
                  "Failure to maintain training", "Domestic violence conviction", ""]),
             owner=ctx.hid)
    w.decerts.append(d)
    ctx.ditems.append((d, klass))
    return d


def other_job(ctx, k=None):
    w = ctx.w
    t, emp, txt = k or w.r.choice(OTHER_JOBS)
    stt = w.r.choice(list(GAP_STATES) + ["MN", "TX", "CA", "NY"])
    s = w.b.rdate(add_years(ctx.hd, -9), add_years(ctx.hd, -2))
    e = w.b.rdate(s + dt.timedelta(days=200), ctx.hd - dt.timedelta(days=10))
    ctx.hist.append(dict(employer=emp, title=t, state=stt, start=s, end=e))
    ctx.resume.append(txt)


def gap_claim(ctx, recent=True, resume_only=False, st=None):
    w = ctx.w
    st = st or w.r.choice(list(GAP_STATES))
    name, ags = GAP_STATES[st]
    ag = w.r.choice(ags)
    if recent:
        e = None if w.r.random() < 0.4 else w.b.rdate(add_years(ctx.hd, -2), ctx.hd - dt.timedelta(days=20))
    else:
        e = w.b.rdate(add_years(ctx.hd, -10), add_years(ctx.hd, -3) - dt.timedelta(days=200))
    s = w.b.rdate(add_years(e or ctx.hd, -9), add_years(e or ctx.hd, -2))
    title = sworn_title(ag)
    if not resume_only:
        ctx.hist.append(dict(employer=ag, title=title, state=st, start=s, end=e))
        ctx.resume.append(f"{title}, {ag}, {name}, {s.year}-{e.year if e else 'present'}.")
    else:
        ctx.resume.append(f"Served as a sworn {title.lower()} with the {ag} in {name} "
                          f"from {s.year} to {e.year if e else 'the present'}; patrol and investigations.")
    if recent:
        ctx.gap = True


def label_for(ctx):
    if ctx.override:
        return {ctx.override[0]}
    if not ctx.short:
        return {"NOT_APPLICABLE"}
    hd = ctx.hd
    strong_decert = any(k == "strong" and d["date"] is not None and d["date"] <= hd and d["action"]
                        for d, k in ctx.ditems)
    lead_decert = any(k == "lead" and d["date"] <= hd for d, k in ctx.ditems)
    if strong_decert:
        # the person is decertified: nothing of theirs verifies (the data agree on who it is)
        pass
    qs = {"strong": [], "semi": [], "lead": [], "semi_recall": []}
    revoked_strong = False
    revoked_lead = any(k in ("lead", "semi") and c["sworn"] and c["status"] in ("revoked", "suspended")
                       for c, k in ctx.items)
    for c, k in ctx.items:
        if k == "none":
            continue
        q = qual(c, hd)
        if strong_decert and q == "Q":
            q = "F"
        qs[k].append(q)
        if k == "strong" and c["sworn"] and c["status"] in ("revoked", "suspended"):
            revoked_strong = True
    base = "REMEDIATED" if ctx.basic == "completed" else "RECALL"
    if "Q" in qs["strong"]:
        if lead_decert:
            return {"MANUAL_REVIEW"}
        if revoked_strong or revoked_lead:
            return {"VERIFIED_LEO", "MANUAL_REVIEW"}
        return {"VERIFIED_LEO"}
    review = ("U" in qs["strong"]) or any(q in "QU" for q in qs["lead"]) or ctx.gap \
        or ("U" in qs["semi"])
    alts = set()
    if "Q" in qs["semi"]:
        alts |= {"VERIFIED_LEO", "MANUAL_REVIEW"}
    if any(q in "QU" for q in qs["semi_recall"]):
        alts |= {"MANUAL_REVIEW", base}
    if review:
        out = {"MANUAL_REVIEW"} | (alts & {"VERIFIED_LEO"})
        if base == "REMEDIATED":
            out.add("REMEDIATED")
        return out
    if alts:
        if base == "REMEDIATED":
            alts.add("REMEDIATED")
        return alts
    return {base}


# ----------------------------------------------------------------------------- scenarios
REG_SRCS = ["MN", "TX", "CA", "NY", "MI", "FED"]   # full birth dates
COMMON = {"anglo": (ANGLO_M[:8], ANGLO_F[:8], ANGLO_S[:8]),
          "hisp": (HISP_M[:6], HISP_F[:6], HISP_S[:6])}
TWIN_PAIRS = [("Mary", "Mark"), ("Erin", "Eric"), ("Diane", "Diana"), ("Carla", "Carlo"),
              ("Marie", "Mario"), ("Paula", "Paul"), ("Louise", "Louis"), ("Daniela", "Daniel"),
              ("Gabriela", "Gabriel"), ("Adriana", "Adrian")]
KINDS_Q = ["Q_inactive", "Q_sep_exact3", "Q_sep_3y_less1", "Q_svc_exact", "Q_serving_exact",
           "Q_sep_after_hire"]
KINDS_F = ["F_sep_3y_plus1", "F_sep_old", "F_svc_short1", "F_svc_short", "F_serving_short1",
           "F_serving_short", "F_issued_after", "F_revoked", "F_suspended"]
STRONG_VARS = ["plain", "nick_reg", "nick_hire", "typo_last", "typo_first", "hisp_one",
               "hisp_hire_one", "particle_drop", "maiden_mid", "maiden_hyph", "suffix_col",
               "suffix_in_last", "mid_as_first"]


def person_for(w, var):
    r = w.r
    if var in ("nick_reg", "nick_hire", "nick_typo"):
        formal, nick = r.choice(STRONG_NICK)
        hisp = formal in ("Francisco", "José", "Guadalupe", "Ignacio", "Jesús")
        sex = "F" if formal in FEMALE_FORMAL else "M"
        if formal == "Guadalupe":
            sex = "F"
        p = w.person("hisp" if hisp else r.choice(["anglo", "anglo", "irish", "afr"]), sex=sex)
        p["first"], p["nick"] = formal, nick
        if var == "nick_typo":
            while len(joined(p["last"])) < 5:
                p["last"] = r.choice(ANGLO_S)
        return p
    if var in ("typo_last",):
        p = w.person()
        while len(joined(p["last"])) < 6 or " " in p["last"]:
            p = w.person()
        return p
    if var == "typo_first":
        p = w.person()
        while len(joined(p["first"])) < 6 or "-" in p["first"]:
            p = w.person()
        return p
    if var in ("hisp_one", "hisp_hire_one"):
        return w.person("hisp", double=True)
    if var == "particle_drop":
        p = w.person("arab")
        while not re.match(r"^(al|el|abu)-", p["last"], re.I):
            p["last"] = r.choice(ARAB_S)
        return p
    if var.startswith("maiden"):
        p = w.person(r.choice(["anglo", "anglo", "hisp", "irish", "euro", "afr"]), sex="F")
        m = w.person(p["cult"])["last"]
        while m == p["last"] or surname_compat(m, p["last"]):
            m = w.person(p["cult"])["last"]
        p["maiden"] = m
        if var == "maiden_unknown":
            p["middle"] = r.choice(ANGLO_F[:60])
        return p
    if var in ("suffix_col", "suffix_in_last", "mid_as_first"):
        p = w.person("anglo", sex="M")
        if var == "mid_as_first":
            mid = r.choice(ANGLO_M[:70])
            while mid == p["first"] or first_compat(mid, p["first"]):
                mid = r.choice(ANGLO_M[:70])
            p["middle"] = mid
        return p
    if var == "names_swapped":
        return w.person(r.choice(["viet", "chn", "kor"]))
    if var == "dob_swap":
        p = w.person()
        while p["dob"].day > 12 or p["dob"].day == p["dob"].month:
            p["dob"] = D(p["dob"].year, p["dob"].month, r.randint(1, 12))
        return p
    return w.person()


def hire_view(ctx, var):
    p, h = ctx.p, ctx.h
    if var == "nick_hire":
        h["first"] = p["nick"]
    elif var == "hisp_hire_one":
        h["last"] = p["last"].split()[0]
    elif var == "maiden_mid":
        h["middle"] = p["maiden"]
    elif var == "maiden_hyph":
        h["last"] = f"{p['maiden']}-{p['last']}"
    elif var == "suffix_col":
        h["suffix"] = ctx.w.r.choice(["Jr.", "Jr", "JR"])
    elif var == "suffix_in_last":
        h["last"] = f"{p['last']} {ctx.w.r.choice(['III', 'II', 'Jr.'])}"
    elif var == "hyphen_hire" and " " in p["last"]:
        h["last"] = p["last"].replace(" ", "-")


def sc_var(var, kind="Q", sworn=True, srcs=None, extra=None):
    def f(w):
        p = person_for(w, var)
        ctx = Ctx(w, p, f"{var}:{kind if sworn else 'nonsworn'}")
        if var == "hisp_one" and w.r.random() < 0.3:
            ctx.h["last"] = p["last"].replace(" ", "-")
        hire_view(ctx, var)
        rv = "plain" if var in ("nick_hire", "hisp_hire_one", "suffix_in_last") else var
        src = w.r.choice(srcs or (["CA"] if var == "names_swapped" else REG_SRCS))
        add_cert(ctx, src, kind if kind != "Q" else w.r.choice(["Q"] * 4 + KINDS_Q),
                 sworn=sworn, var=rv)
        if extra:
            extra(ctx)
        if not ctx.hist:
            other_job(ctx)
        return ctx
    return f


def sc_policy(kind, sworn=True):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"policy:{kind if sworn else 'nonsworn'}")
        add_cert(ctx, w.r.choice(REG_SRCS), kind, sworn=sworn)
        return ctx
    return f


def sc_fail_var(w):
    var = w.r.choice(STRONG_VARS[1:])
    kind = w.r.choice(KINDS_F + ["nonsworn"] * 3)
    f = sc_var(var, "F_sep_old" if kind == "nonsworn" else kind, sworn=(kind != "nonsworn"))
    ctx = f(w)
    ctx.why[0] = f"{var}:{kind}"
    return ctx


def sc_weak_var(var, sworn=True, kind="Q"):
    """semi/lead variations, on a qualifying or a non-qualifying record."""
    srcs = {"dob_missing": ["MI", "NY", "MN"], "names_swapped": ["CA"]}.get(var)
    return sc_var(var, kind, sworn=sworn, srcs=srcs)


def sc_fl(kind="Q", sworn=True):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"fl_year_only:{kind if sworn else 'nonsworn'}")
        add_cert(ctx, "FL", kind, sworn=sworn)
        return ctx
    return f


def sc_fl_plus(w):
    p = w.person()
    ctx = Ctx(w, p, "fl_lead+strong_Q")
    add_cert(ctx, "FL", "F_sep_old" if w.r.random() < 0.5 else "Q")
    add_cert(ctx, w.r.choice(["MN", "TX", "NY"]), "Q")
    return ctx


def sc_fl_revoked_plus(w):
    p = w.person()
    ctx = Ctx(w, p, "fl_revoked_lead+strong_Q")
    add_cert(ctx, "FL", "F_revoked", claim=False)
    add_cert(ctx, w.r.choice(["MN", "TX", "NY", "MI"]), "Q")
    return ctx


def sc_multi(which):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"multi:{which}")
        a, b = w.r.sample(REG_SRCS, 2)
        if which == "nonsworn+Q":
            add_cert(ctx, a, "F_sep_old", sworn=False)
            add_cert(ctx, b, "Q")
        elif which == "old+Q":
            add_cert(ctx, a, "F_sep_old")
            add_cert(ctx, b, "Q")
        elif which == "Q+revoked":
            add_cert(ctx, a, "Q")
            add_cert(ctx, b, "F_revoked", claim=False)
        elif which == "after+old":
            add_cert(ctx, a, "F_issued_after", claim=False)
            add_cert(ctx, b, "F_sep_old")
        elif which == "short+nonsworn":
            add_cert(ctx, a, "F_serving_short")
            add_cert(ctx, b, "Q", sworn=False)
        elif which == "sameQ2":   # one person, two certificates in one registry
            add_cert(ctx, a, "Q")
            add_cert(ctx, a, "Q", sworn=False, claim=False)
        return ctx
    return f


def sc_decert(mode):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"decert:{mode}")
        src = w.r.choice(REG_SRCS)
        c = add_cert(ctx, src, "Q")
        hd = ctx.hd
        act = w.r.choice(["revoked", "suspended", "surrendered"])
        if mode == "before":
            dd = w.b.rdate(c["issued"] + dt.timedelta(days=400) if c["issued"] else add_years(hd, -3),
                           hd - dt.timedelta(days=1)) if c["issued"] and c["issued"] + dt.timedelta(days=400) < hd else hd - dt.timedelta(days=30)
            if w.r.random() < 0.5:
                c["status"] = "revoked" if act != "suspended" else "suspended"
            add_decert(ctx, p, src, act, dd)
        elif mode == "on_hire":
            add_decert(ctx, p, src, act, hd)
        elif mode == "after":
            add_decert(ctx, p, src, act, w.b.rdate(hd + dt.timedelta(days=1), hd + dt.timedelta(days=600)))
        elif mode == "nodob_before":
            add_decert(ctx, p, src, act, w.b.rdate(add_years(hd, -3), hd - dt.timedelta(days=1)),
                       dob_mode="missing", klass="lead")
        elif mode == "nodob_after":
            add_decert(ctx, p, src, act, w.b.rdate(hd + dt.timedelta(days=1), hd + dt.timedelta(days=600)),
                       dob_mode="missing", klass="lead")
        elif mode == "namesake":
            q = dict(p)
            q["dob"] = far_dob(w, p["dob"])
            add_decert(ctx, q, src, act, w.b.rdate(add_years(hd, -4), hd - dt.timedelta(days=1)),
                       klass="none")
        return ctx
    return f


def far_dob(w, d):
    bad = dob_variants(d.isoformat()) | {d.isoformat()}
    while True:
        x = D(w.r.randint(1955, 2001), w.r.randint(1, 12), w.r.randint(1, 27))
        if x.isoformat() not in bad and x.year != d.year:
            return x


def common_person(w, sex=None):
    c = w.r.choice(["anglo", "anglo", "hisp"])
    p = w.person(c, sex=sex, double=False)
    M, F, S = COMMON[c]
    p["first"] = w.r.choice(M if p["sex"] == "M" else F)
    p["last"] = w.r.choice(S)
    return p


def stranger_cert(ctx, q, src=None, kind="Q", klass="none", sworn=True):
    q = dict(q)
    q["keep_mid"] = True
    return add_cert(ctx, src or ctx.w.r.choice(REG_SRCS), kind, sworn=sworn, p=q, klass=klass,
                    claim=False)


def sc_ns(mode):
    def f(w):
        r = w.r
        p = common_person(w) if mode in ("diffdob", "missingdob_crowd", "missingdob_true") else w.person()
        ctx = Ctx(w, p, f"namesake:{mode}")
        if mode == "diffdob":
            for _ in range(r.randint(2, 6)):
                q = dict(p, dob=far_dob(w, p["dob"]), middle=r.choice(["", "A", "J", "Lee", "Marie"]))
                stranger_cert(ctx, q)
            if r.random() < 0.3:
                add_cert(ctx, r.choice(REG_SRCS), "Q", sworn=False)
        elif mode == "twin":
            M, F, _, _ = CULTURES[p["cult"]]
            q = dict(p, first=p["first"])
            while first_compat(q["first"], p["first"]):
                q["first"] = r.choice(M + F)
            q["middle"] = ""
            stranger_cert(ctx, q)
        elif mode == "twin_close":
            a, b = r.choice(TWIN_PAIRS)
            if r.random() < 0.5:
                a, b = b, a
            p["first"], p["middle"] = a, ""
            ctx.h["first"], ctx.h["middle"] = a, ""
            add_cert(ctx, r.choice(REG_SRCS), "Q_inactive", sworn=False)
            q = dict(p, first=b)
            stranger_cert(ctx, q, klass="semi_recall")
        elif mode == "father":
            p = w.person("anglo", sex="M", dob_lo=1985, dob_hi=1999)
            p["middle"] = r.choice(ANGLO_M[:40])
            ctx.p = p
            ctx.h = dict(first=p["first"], middle=p["middle"], last=p["last"], suffix="Jr.", dob=p["dob"])
            q = dict(p, dob=D(p["dob"].year - r.randint(22, 34), r.randint(1, 12), r.randint(1, 27)))
            if r.random() < 0.5:
                q["last"] = f"{p['last']} Sr"
            stranger_cert(ctx, q, kind="Q")
        elif mode == "dobtypo_stranger":
            q = dict(p, dob=dob_typo(r, p["dob"]))
            stranger_cert(ctx, q, klass="lead")
        elif mode == "namechange_middiff":
            p = w.person(r.choice(["anglo", "hisp", "afr"]), sex="F")
            p["middle"] = r.choice(ANGLO_F[:50])
            ctx.p = p
            ctx.h = dict(first=p["first"], middle=p["middle"], last=p["last"], suffix="", dob=p["dob"])
            q = dict(p, last=w.person(p["cult"])["last"], middle=p["middle"])
            while first_compat(q["middle"], p["middle"]):
                q["middle"] = r.choice(ANGLO_F[:50])
            while surname_compat(q["last"], p["last"]):
                q["last"] = w.person(p["cult"])["last"]
            stranger_cert(ctx, q)
        elif mode == "namechange_nomid":
            p = w.person(r.choice(["anglo", "hisp", "afr"]), sex="F")
            p["middle"] = ""
            ctx.p = p
            ctx.h = dict(first=p["first"], middle="", last=p["last"], suffix="", dob=p["dob"])
            q = dict(p, last=w.person(p["cult"])["last"])
            while surname_compat(q["last"], p["last"]):
                q["last"] = w.person(p["cult"])["last"]
            stranger_cert(ctx, q, klass="lead")
        elif mode in ("missingdob_crowd", "missingdob_true"):
            q = dict(p, dob=None) if mode == "missingdob_crowd" else p
            if mode == "missingdob_true":
                add_cert(ctx, r.choice(["MI", "NY", "MN"]), "Q", var="dob_missing")
            else:
                c = stranger_cert(ctx, q, src=r.choice(["MI", "NY", "MN"]), klass="lead")
                c["dob"] = None
            for _ in range(r.randint(3, 6)):
                stranger_cert(ctx, dict(p, dob=far_dob(w, p["dob"])))
        elif mode.startswith("ambig") or mode == "mid_disagree":
            p = w.person(r.choice(["anglo", "hisp", "afr", "irish"]))
            m1, m2 = r.sample(ANGLO_M[:60] if p["sex"] == "M" else ANGLO_F[:60], 2)
            while first_compat(m1, m2):
                m1, m2 = r.sample(ANGLO_M[:60] if p["sex"] == "M" else ANGLO_F[:60], 2)
            ctx.p = p
            hm = {"ambig_two": "", "ambig_mid_sworn": m1, "ambig_mid_other": m2, "mid_disagree": m2}[mode]
            ctx.h = dict(first=p["first"], middle=hm, last=p["last"], suffix="", dob=p["dob"])
            k1 = {"ambig_two": "lead", "ambig_mid_sworn": "strong", "ambig_mid_other": "semi_recall",
                  "mid_disagree": "semi_recall"}[mode]
            k2 = {"ambig_two": "lead", "ambig_mid_sworn": "none", "ambig_mid_other": "strong"}.get(mode)
            stranger_cert(ctx, dict(p, middle=m1), kind="Q", klass=k1)
            if k2:
                stranger_cert(ctx, dict(p, middle=m2), kind="Q_inactive", sworn=False, klass=k2)
        if not ctx.hist:
            other_job(ctx)
        return ctx
    return f


def sc_hire_nodob(match):
    def f(w):
        p = w.person(w.r.choice(["euro", "afr", "ind"]))
        ctx = Ctx(w, p, f"hire_dob_missing:{'match' if match else 'none'}")
        ctx.h["dob"] = None
        if match:
            c = add_cert(ctx, w.r.choice(REG_SRCS), "Q")
            ctx.items[-1] = (c, "lead")
        else:
            other_job(ctx)
        return ctx
    return f


def sc_claim(mode):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"claim:{mode}")
        r = w.r
        if mode == "gap_recent":
            gap_claim(ctx)
        elif mode == "gap_resume_only":
            gap_claim(ctx, resume_only=True)
            other_job(ctx)
        elif mode == "gap_old":
            gap_claim(ctx, recent=False)
            other_job(ctx)
        elif mode in ("loaded_none", "fed_none"):
            src = r.choice(["MN", "TX", "CA", "NY", "MI"]) if mode == "loaded_none" else "FED"
            ag = r.choice(AGENCIES[src])
            s = w.b.rdate(add_years(ctx.hd, -8), add_years(ctx.hd, -2))
            e = None if r.random() < 0.5 else w.b.rdate(s + dt.timedelta(days=400), ctx.hd - dt.timedelta(days=10))
            t = sworn_title(ag)
            stt = "TX" if src == "FED" else src
            ctx.hist.append(dict(employer=ag, title=t, state=stt, start=s, end=e))
            ctx.resume.append(f"{t}, {ag}, {s.year}-{e.year if e else 'present'}.")
        elif mode == "gap_plus_verified":
            add_cert(ctx, r.choice(REG_SRCS), "Q")
            gap_claim(ctx)
        elif mode == "gap_plus_nonsworn":
            add_cert(ctx, r.choice(REG_SRCS), "Q", sworn=False)
            gap_claim(ctx)
        elif mode in ("corrections_unloaded", "reserve_unloaded", "probation_unloaded"):
            st = r.choice(list(GAP_STATES))
            name = GAP_STATES[st][0]
            t, emp = {"corrections_unloaded": ("Correctional Officer", f"{name} Department of Corrections"),
                      "reserve_unloaded": ("Reserve Deputy", f"{GAP_STATES[st][1][-1]} Reserve Unit"),
                      "probation_unloaded": ("Probation Officer", f"{name} Adult Probation")}[mode]
            s = w.b.rdate(add_years(ctx.hd, -8), add_years(ctx.hd, -2))
            ctx.hist.append(dict(employer=emp, title=t, state=st, start=s, end=None))
            ctx.resume.append(f"{t} with the {emp} since {s.year}.")
        return ctx
    return f


def sc_nonleo(mode):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"nonleo:{mode}")
        r = w.r
        if mode == "other":
            for _ in range(r.randint(1, 2)):
                other_job(ctx, r.choice(OTHER_JOBS[:12]))
        elif mode == "aspirational":
            other_job(ctx, r.choice(OTHER_JOBS[10:12]))
            ctx.resume.append(r.choice(ASPIRATIONAL))
        elif mode == "mention":
            ctx.resume.append(r.choice(MENTION))
        elif mode == "military":
            other_job(ctx, OTHER_JOBS[4])
        elif mode == "blank_resume":
            other_job(ctx, r.choice(OTHER_JOBS[:4]))
            ctx.resume = []
        return ctx
    return f


def sc_full(w):
    p = w.person()
    ctx = Ctx(w, p, "full_track", short=False)
    x = w.r.random()
    if x < 0.3:
        add_cert(ctx, w.r.choice(REG_SRCS), "Q")
    elif x < 0.45:
        add_cert(ctx, w.r.choice(REG_SRCS), "Q", sworn=False)
    elif x < 0.55:
        gap_claim(ctx)
        ctx.gap = False
    else:
        other_job(ctx)
    return ctx


def sc_short_by_course(verified):
    def f(w):
        p = w.person()
        ctx = Ctx(w, p, f"short_by_course:{'Q' if verified else 'none'}")
        ctx.screen_track = "BASIC"
        ctx.short_course = True
        if verified:
            add_cert(ctx, w.r.choice(REG_SRCS), "Q")
        else:
            other_job(ctx)
        return ctx
    return f


SCENARIOS = []


def S(n, f, review=False):
    SCENARIOS.append((n, f, review))


def build_scenarios():
    S(260, sc_var("plain"))
    for v, n in [("nick_reg", 45), ("nick_hire", 30), ("typo_last", 40), ("typo_first", 25),
                 ("hisp_one", 40), ("hisp_hire_one", 20), ("particle_drop", 15), ("maiden_mid", 25),
                 ("maiden_hyph", 15), ("suffix_col", 20), ("suffix_in_last", 15),
                 ("mid_as_first", 20)]:
        S(n, sc_var(v))
    S(80, sc_fail_var)
    for v, n in [("dob_swap", 30), ("names_swapped", 30), ("nick_typo", 15)]:
        S(n, sc_weak_var(v), review=True)
        S(n // 3, sc_weak_var(v, sworn=False, kind="F_sep_old"))
    for v, n in [("dob_typo", 30), ("dob_missing", 30), ("maiden_unknown", 20)]:
        S(n, sc_weak_var(v), review=True)
        S(n // 3, sc_weak_var(v, sworn=False, kind="F_sep_old"))
        S(n // 4, sc_weak_var(v, kind="F_sep_old"))
    S(40, sc_fl("Q"), review=True)
    S(15, sc_fl("Q", sworn=False))
    S(10, sc_fl("F_sep_old"))
    S(15, sc_fl_plus)
    S(8, sc_fl_revoked_plus)
    for k, n in [("Q_inactive", 40), ("Q_sep_exact3", 25), ("Q_sep_3y_less1", 15),
                 ("F_sep_3y_plus1", 25), ("F_sep_old", 40), ("Q_svc_exact", 20),
                 ("F_svc_short1", 20), ("F_svc_short", 20), ("Q_serving_exact", 20),
                 ("F_serving_short1", 20), ("F_serving_short", 15), ("F_issued_after", 25),
                 ("F_revoked", 30), ("F_suspended", 20), ("Q_sep_after_hire", 20)]:
        S(n, sc_policy(k))
    S(15, sc_policy("U_blank_issued"), review=True)
    S(170, sc_policy("Q", sworn=False))
    for m, n in [("nonsworn+Q", 40), ("old+Q", 20), ("Q+revoked", 10), ("after+old", 10),
                 ("short+nonsworn", 15), ("sameQ2", 15)]:
        S(n, sc_multi(m))
    for m, n in [("before", 30), ("on_hire", 10), ("after", 25), ("nodob_before", 20),
                 ("nodob_after", 10), ("namesake", 20)]:
        S(n, sc_decert(m), review=(m == "nodob_before"))
    for m, n in [("diffdob", 60), ("twin", 30), ("twin_close", 15), ("father", 15),
                 ("dobtypo_stranger", 15), ("namechange_middiff", 15), ("namechange_nomid", 10),
                 ("missingdob_crowd", 15), ("missingdob_true", 10), ("ambig_two", 15),
                 ("ambig_mid_sworn", 10), ("ambig_mid_other", 10), ("mid_disagree", 10)]:
        S(n, sc_ns(m), review=m in ("dobtypo_stranger", "namechange_nomid", "missingdob_crowd",
                                     "missingdob_true", "ambig_two"))
    S(15, sc_hire_nodob(True), review=True)
    S(15, sc_hire_nodob(False))
    for m, n in [("gap_recent", 80), ("gap_resume_only", 30), ("gap_old", 30), ("loaded_none", 60),
                 ("fed_none", 15), ("gap_plus_verified", 15), ("gap_plus_nonsworn", 15),
                 ("corrections_unloaded", 25), ("reserve_unloaded", 10), ("probation_unloaded", 10)]:
        S(n, sc_claim(m), review=m in ("gap_recent", "gap_resume_only", "gap_plus_nonsworn"))
    for m, n in [("other", 180), ("aspirational", 40), ("mention", 30), ("military", 30),
                 ("blank_resume", 20)]:
        S(n, sc_nonleo(m))
    S(230, sc_full)
    S(10, sc_short_by_course(True))
    S(10, sc_short_by_course(False))


# ----------------------------------------------------------------------------- background
def background(w, per_src):
    r = w.r
    rows, decs = [], []
    for src in SRCS:
        for _ in range(per_src):
            p = w.person(dob_lo=1950, dob_hi=2002)
            if r.random() < 0.05 and NICK.get(p["first"]):
                p["first"] = r.choice(NICK[p["first"]])
            people = [p]
            if r.random() < 0.012:   # twins
                M, F, _, _ = CULTURES[p["cult"]]
                q = dict(p, first=r.choice(M + F), middle="")
                if not first_compat(q["first"], p["first"]):
                    people.append(q)
            if r.random() < 0.004:   # same name, same birth date, another person
                people.append(dict(p, middle=r.choice(ANGLO_M[:40] + ANGLO_F[:40])))
            for q in people:
                srcs = [src] + ([r.choice(SRCS)] if r.random() < 0.08 else [])
                for s in srcs:
                    for _ in range(1 if r.random() < 0.8 else 2):
                        rows.append(bg_cert(w, q, s))
                        c = rows[-1]
                        if (c["status"] in ("revoked", "suspended") and r.random() < 0.7) or r.random() < 0.008:
                            dd = (c["issued"] or D(2010, 1, 1)) + dt.timedelta(days=r.randint(200, 4000))
                            decs.append(dict(record_id=w.record_id("DEC"), source=s, first=c["first"],
                                             last=c["last"], dob=None if r.random() < 0.3 else q["dob"],
                                             action=c["status"] if c["status"] in ("revoked", "suspended")
                                             else r.choice(["revoked", "surrendered"]),
                                             date=dd, reason=r.choice(["Felony conviction", "Untruthfulness",
                                                                       "Misconduct", ""]), owner=None))
    return rows, decs


def bg_cert(w, q, src):
    r = w.r
    sworn = r.random() < 0.7
    cat = None
    if sworn:
        typ = r.choice(SWORN_TYPES[src])
    else:
        typ, cat = r.choice(NONSWORN_TYPES[src])
    lo = add_years(q["dob"], 21)
    issued = w.b.rdate(max(lo, D(1975, 1, 1)), D(2025, 6, 1)) if lo < D(2024, 1, 1) else D(2025, 1, 10)
    sep = None
    if r.random() < 0.55:
        sep = w.b.rdate(issued + dt.timedelta(days=60), min(issued + dt.timedelta(days=9000), D(2025, 6, 1))) \
            if issued + dt.timedelta(days=60) < D(2025, 6, 1) else None
    x = r.random()
    status = ("revoked" if x < 0.03 else "suspended" if x < 0.045 else
              ("active" if sep is None else r.choice(["inactive", "lapsed", "inactive"])))
    dob = q["dob"]
    if (src == "MI" and r.random() < 0.04) or (src in ("NY", "MN") and r.random() < 0.015):
        dob = None
    mid = q["middle"]
    if mid and r.random() < 0.4:
        mid = mid[0] if r.random() < 0.5 else ""
    first, last = q["first"], compound_style(src, q["last"])
    if src == "CA" and q["cult"] in ("viet", "chn", "kor") and r.random() < 0.5:
        first, last = last, first
    return dict(record_id=w.record_id(src), source=src, type=typ, sworn=sworn, cat=cat, status=status,
                issued=issued if r.random() > 0.004 else None, sep=sep, agency=r.choice(AGENCIES[src]),
                owner=None, first=style(src, first), middle=style(src, mid), last=style(src, last),
                dob=dob, year_only=(src == "FL"))


class HireIndex:
    def __init__(self, hires):
        self.by_dob = defaultdict(list)
        self.by_var = defaultdict(list)
        self.by_tok = defaultdict(list)
        self.by_first = defaultdict(list)
        self.nodob = []
        for h in hires:
            if h["dob"]:
                self.by_dob[h["dob"].isoformat()].append(h)
                for v in dob_variants(h["dob"].isoformat()):
                    self.by_var[v].append(h)
            else:
                self.nodob.append(h)
            for t in toks(h["last"]) | toks(h.get("middle") or "") | toks(h["first"]):
                self.by_tok[t].append(h)
            for g in GROUP.get(joined(h["first"]), set()) | {joined(h["first"])}:
                self.by_first[g].append(h)
        self.nd_tok, self.nd_first = defaultdict(list), defaultdict(list)
        for h in self.nodob:
            for t in toks(h["last"]) | toks(h.get("middle") or "") | toks(h["first"]):
                self.nd_tok[t].append(h)
            for g in GROUP.get(joined(h["first"]), set()) | {joined(h["first"])}:
                self.nd_first[g].append(h)

    def conflicts(self, row):
        """hires this row could be taken for (broadly), by hire_id."""
        out = set()
        rf, rl = row["first"] or "", row["last"] or ""
        rd = row["dob"]
        full = rd is not None and not row.get("year_only")
        if full:
            s = rd.isoformat()
            for h in self.by_dob.get(s, []):
                if first_compat(h["first"], rf) or surname_compat(h["last"], rl) or names_compat(h, row) \
                        or (h.get("middle") and surname_compat(h["middle"], rl)):
                    out.add(h["hire_id"])
            for h in self.by_var.get(s, []):
                if names_compat(h, row):
                    out.add(h["hire_id"])
        cands = []
        bt, bf = (self.nd_tok, self.nd_first) if full else (self.by_tok, self.by_first)
        for t in toks(rl) | toks(rf):
            cands += bt.get(t, [])
        for g in GROUP.get(joined(rf), set()) | {joined(rf)}:
            cands += bf.get(g, [])
        for h in cands:
            if h["dob"] is not None and rd is not None and row.get("year_only") and rd.year != h["dob"].year:
                continue
            if names_compat(h, row):
                out.add(h["hire_id"])
        return out


# ----------------------------------------------------------------------------- main
def build(seed=20260611, bg_per_src=7000):
    w = World(seed)
    w.b = Builder(w)
    build_scenarios()
    ctxs = []
    for n, f, review in SCENARIOS:
        for _ in range(n):
            ctx = f(w)
            ctx.review_bias = review
            ctxs.append(ctx)
    w.r.shuffle(ctxs)
    # basic course, training
    for ctx in ctxs:
        x = w.r.random()
        pc = 0.05 if ctx.review_bias else 0.2
        if ctx.short:
            ctx.basic = ("completed" if x < pc else "enrolled" if x < pc + 0.06 else
                         "withdrawn" if x < pc + 0.11 else "failed" if x < pc + 0.15 else None)
        else:
            ctx.basic = "completed" if x < 0.6 else "enrolled"
    # overrides
    pool = defaultdict(list)
    for ctx in ctxs:
        pool[ctx.scen].append(ctx)
    ov = [("claim:gap_recent", "VERIFIED_LEO", "Confirmed active sworn certification with the state POST by phone; copy on file."),
          ("claim:gap_recent", "VERIFIED_LEO", "State POST letter confirms peace officer licence current at EOD."),
          ("claim:gap_recent", "RECALL", "Agency confirmed the applicant was a civilian employee, not sworn."),
          ("dob_typo:Q", "VERIFIED_LEO", "Registry birth date is a keying error; confirmed with the registry."),
          ("dob_typo:Q", "RECALL", "Registry record belongs to another person per agency HR."),
          ("policy:nonsworn", "MANUAL_REVIEW", "Pending FOIA response from the state; hold recall."),
          ("namesake:ambig_two", "RECALL", "Both registry records checked: neither is the hire."),
          ("dob_missing:Q", "VERIFIED_LEO", "Registry confirmed birth date by phone."),
          ("nonleo:other", "REMEDIATED", "Completed the full basic course at FLETC in a later class; record pending upload.")]
    for i, (scen, det, just) in enumerate(ov):
        cands = [c for c in pool.get(scen, []) if not c.override]
        if cands:
            c = cands[i % len(cands)]
            c.override = (det, w.r.choice(["J. Alvarez", "K. Osei", "M. Lindqvist"]),
                          w.b.rdate(D(2025, 7, 1), D(2025, 12, 20)), just)
    # hire rows
    for ctx in ctxs:
        ctx.h["hire_id"] = ctx.hid
    hires = [ctx.h for ctx in ctxs]
    idx = HireIndex(hires)
    # drop planted rows/hires that collide with another hire
    by_id = {ctx.hid: ctx for ctx in ctxs}
    dropped = set()
    for ctx in ctxs:
        if ctx.hid in dropped:
            continue
        for c, _k in ctx.items + ctx.ditems:
            for other in idx.conflicts(c) - {ctx.hid}:
                if other not in dropped:
                    dropped.add(other)
    ctxs = [c for c in ctxs if c.hid not in dropped]
    keep = {c.hid for c in ctxs}
    w.certs = [c for c in w.certs if c["owner"] in keep]
    w.decerts = [d for d in w.decerts if d["owner"] in keep]
    hires = [ctx.h for ctx in ctxs]
    idx = HireIndex(hires)
    # background, filtered
    rows, decs = background(w, bg_per_src)
    nb = len(rows)
    rows = [c for c in rows if not idx.conflicts(c)]
    decs = [d for d in decs if not idx.conflicts(d)]
    w.certs += rows
    w.decerts += decs
    w.stats = dict(hires=len(ctxs), dropped_hires=len(dropped), bg_rows=nb, bg_kept=len(rows),
                   certs=len(w.certs), decerts=len(w.decerts))
    return w, ctxs


def status_text(src, s):
    if src == "TX":
        return s.title()
    if src == "FED":
        return s.upper()
    return s


def write(w, ctxs, out, truth):
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        os.remove(os.path.join(out, f))
    r = random.Random(7)
    # hires (ISO dates)
    H = []
    for ctx in ctxs:
        h = ctx.h
        H.append({"hire_id": ctx.hid, "first_name": h["first"], "middle_name": h["middle"] or "",
                  "last_name": h["last"], "suffix": h["suffix"] or "", "date_of_birth": iso(h["dob"]),
                  "hire_date": iso(ctx.hd),
                  "position_title": r.choice(["Deportation Officer", "Deportation Officer",
                                              "Immigration Enforcement Agent"]),
                  "job_series": "1801", "field_office": r.choice(OFFICES),
                  "screening_track": ctx.screen_track,
                  "screening_basis": "keyword:officer" if ctx.short else "",
                  "resume_text": " ".join(ctx.resume) if r.random() > 0.08 else ""})
    pd.DataFrame(H).to_csv(os.path.join(out, "hires.csv"), index=False)
    # training (US dates)
    T = []
    for ctx in ctxs:
        hd = ctx.hd
        if ctx.short_course:
            s = hd + dt.timedelta(days=r.randint(0, 20))
            T.append([ctx.hid, "ERO-LEO-VIRT", "ERO LEO Virtual Orientation", "online", us(s),
                      us(s + dt.timedelta(days=28)), "completed"])
        if ctx.basic:
            s = hd + dt.timedelta(days=r.randint(20, 400)) if ctx.short else hd + dt.timedelta(days=r.randint(0, 60))
            e = s + dt.timedelta(days=r.randint(100, 130))
            T.append([ctx.hid, "FLETC-BIETP", "Basic Immigration Enforcement Training Program",
                      "in_person", us(s), us(e) if ctx.basic != "enrolled" else "", ctx.basic])
        if r.random() < 0.3:
            s = hd + dt.timedelta(days=r.randint(30, 600))
            T.append([ctx.hid, r.choice(["FLETC-FIREARMS-REQ", "ERO-DEFTACT", "ICE-SPANISH"]),
                      "In-service training", r.choice(["online", "in_person"]), us(s),
                      us(s + dt.timedelta(days=5)), r.choice(["completed", "completed", "enrolled"])])
    pd.DataFrame(T, columns=["hire_id", "course_code", "course_title", "delivery", "start_date",
                             "end_date", "status"]).to_csv(os.path.join(out, "training.csv"), index=False)
    # employment history (ISO)
    E = []
    for ctx in ctxs:
        for j in ctx.hist:
            E.append([ctx.hid, j["employer"], j["title"], j["state"], iso(j["start"]), iso(j["end"])])
    pd.DataFrame(E, columns=["hire_id", "employer", "title", "state", "start_date", "end_date"]) \
        .to_csv(os.path.join(out, "employment_history.csv"), index=False)
    # certifications, one file per source, each its own habits
    by = defaultdict(list)
    for c in w.certs:
        by[c["source"]].append(c)
    for src, cs in by.items():
        cs.sort(key=lambda c: c["record_id"])
        rows = []
        for c in cs:
            rows.append(dict(record_id=c["record_id"], source=src, first_name=c["first"],
                             middle_name=c["middle"], last_name=c["last"], date_of_birth=c["dob"],
                             certification_type=c["type"], status=status_text(src, c["status"]),
                             issued_date=c["issued"], separation_date=c["sep"], agency=c["agency"]))
        df = pd.DataFrame(rows)
        if src in ("MN", "NY"):
            for col in ("date_of_birth", "issued_date", "separation_date"):
                df[col] = df[col].map(iso)
            df.to_csv(os.path.join(out, f"certifications_{src.lower()}.csv"), index=False)
        elif src in ("TX", "MI", "FED"):
            for col in ("date_of_birth", "issued_date", "separation_date"):
                df[col] = df[col].map(us)
            if src == "TX":
                df = df.rename(columns={"record_id": " Record_ID ", "source": "SOURCE",
                                        "first_name": "First_Name", "middle_name": "Middle_Name",
                                        "last_name": "Surname", "date_of_birth": "DOB",
                                        "certification_type": "Certification_Type",
                                        "status": "Status", "issued_date": "Issued_Date",
                                        "separation_date": "Separation_Date", "agency": "Agency"})
            if src == "MI":
                df.columns = [c.upper() for c in df.columns]
            df.to_csv(os.path.join(out, f"certifications_{src.lower()}.csv"), index=False)
        elif src == "CA":
            tbl = pa.table({k: pa.array(list(df[k]), type=pa.date32() if k in (
                "date_of_birth", "issued_date", "separation_date") else pa.string()) for k in df.columns})
            pq.write_table(tbl, os.path.join(out, "certifications_ca.parquet"))
        elif src == "FL":
            df["date_of_birth"] = df["date_of_birth"].map(lambda d: str(d.year) if d else "")
            for col in ("issued_date", "separation_date"):
                df[col] = df[col].map(lambda d: dt.datetime(d.year, d.month, d.day) if d else None)
            df.columns = [f" {c.upper()} " if c in ("first_name", "last_name") else c for c in df.columns]
            df.to_excel(os.path.join(out, "certifications_fl.xlsx"), index=False, sheet_name="FL export")
    # decertifications (US dates)
    D_ = [[d["record_id"], d["source"], d["first"], d["last"], us(d["dob"]), d["action"],
           us(d["date"]), d["reason"]] for d in w.decerts]
    pd.DataFrame(D_, columns=["record_id", "source", "first_name", "last_name", "date_of_birth",
                              "action", "action_date", "reason"]).sort_values("record_id") \
        .to_csv(os.path.join(out, "decertifications.csv"), index=False)
    # overrides
    O = [[c.hid, c.override[0], c.override[1], iso(c.override[2]), c.override[3]]
         for c in ctxs if c.override]
    pd.DataFrame(O, columns=["hire_id", "determination", "reviewer", "reviewed_on", "justification"]) \
        .to_csv(os.path.join(out, "overrides.csv"), index=False)
    # truth
    TR = []
    order = ["VERIFIED_LEO", "REMEDIATED", "RECALL", "MANUAL_REVIEW", "NOT_APPLICABLE"]
    for ctx in sorted(ctxs, key=lambda c: c.hid):
        lab = label_for(ctx)
        why = ctx.why[0]
        bits = []
        for c, k in ctx.items:
            bits.append(f"{c['record_id']}[{k},{qual(c, ctx.hd)}]")
        for d, k in ctx.ditems:
            bits.append(f"{d['record_id']}[decert {k},{'<=hire' if d['date'] <= ctx.hd else '>hire'}]")
        if ctx.gap:
            bits.append("gap_claim")
        if ctx.basic:
            bits.append(f"basic={ctx.basic}")
        if ctx.override:
            bits.append(f"override={ctx.override[0]}")
        TR.append([ctx.hid, "|".join(x for x in order if x in lab), f"{why}; " + " ".join(bits)])
    pd.DataFrame(TR, columns=["hire_id", "expected_determination", "why"]).to_csv(truth, index=False)


ALLNAMES = set()
for _c in CULTURES.values():
    for _n in _c[0] + _c[1] + _c[2]:
        ALLNAMES.add(joined(_n))
for _f, _ns in NICK.items():
    ALLNAMES |= {joined(x) for x in [_f] + _ns}
ALLNAMES |= {joined(a) for pr in TWIN_PAIRS for a in pr}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    ap.add_argument("--seed", type=int, default=20260611)
    a = ap.parse_args()
    w, ctxs = build(a.seed)
    write(w, ctxs, a.out, a.truth)
    print(w.stats)


if __name__ == "__main__":
    main()
