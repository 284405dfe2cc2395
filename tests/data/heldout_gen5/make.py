#!/usr/bin/env python3
"""heldout_gen5: "records as real HR and POST systems produce them".

Blind held-out world for leo-audit, built only from the data contract, the real-formats
README + Virginia decertification workbook, the tool's README and rules/*.yaml.

usage: make.py --out DIR --truth CSV
Deterministic (fixed seed). Standard library + pandas/pyarrow/openpyxl.
"""
import argparse
import csv
import datetime as dt
import os
import random
import unicodedata

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

SEED = 20260511
D = dt.date

# ----------------------------------------------------------------------------- name pools
FEMALE = """Jennifer Maria Ashley Jessica Sarah Amanda Elizabeth Michelle Stephanie Nicole Melissa
Heather Amy Angela Rebecca Laura Emily Rachel Megan Kimberly Lisa Christina Samantha Erin Katherine
Patricia Margaret Susan Linda Karen Sandra Donna Carol Sharon Deborah Brenda Tiffany Crystal Danielle
Kelly Andrea Veronica Monica Vanessa Adriana Guadalupe Rosa Ana Carmen Yolanda Lucia Gabriela
Alejandra Daniela Leticia Keisha Latoya Tamika Ebony Courtney Brittany Kayla Hannah Madison Olivia
Emma Chloe Natalie Victoria Kristen Lauren Alicia Jacqueline Diana Julie Teresa Denise Tammy Wendy
Tracy Holly Erica Caitlin Jasmine Destiny Sierra Autumn Rhonda Gloria Norma Irene Beatriz Marisol""".split()
MALE = """James Michael Robert John David William Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Justin Scott Brandon Benjamin
Samuel Gregory Frank Alexander Raymond Patrick Dennis Tyler Aaron Jose Adam Nathan Henry Douglas
Zachary Peter Kyle Ethan Walter Noah Jeremy Christian Keith Roger Austin Gerald Dylan Harold Jordan
Jesse Arthur Gabriel Bruce Logan Alan Juan Elijah Albert Wayne Randy Mason Vincent Roy Caleb Bradley
Russell Luis Carlos Miguel Jorge Pedro Ricardo Fernando Javier Hector Raul Ramon Eduardo Marco
Omar Ahmed Malik Darnell Terrence Marcus Derrick Curtis Travis Shane Cody Dustin Clinton""".split()
# Weights: a Zipf-ish head so that Jennifer / Maria / Michael / James are crowded in the registry.
COMMON_SUR = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz
Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan
Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno
West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall
Owens Harrison Fernandez Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman
Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Hunt Hicks
Holmes Palmer Wagner Black Robertson Boyd Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza
Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins
Arnold Pierce Vazquez Hansen Peters Santos Hart Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena
Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega
Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison Franklin Carlson
Austin Dominguez Carr Lawson Jacobs Park Choi Pham Le Vu Huynh Hoang Zhang Wang Liu Li Yang Huang
Wu Zhou""".split()
_PRE = "Ash Brad Craw Dal Elling Fair Gold Hal Kings Lind Nor Oak Pem Ral Stan Thorn Wel Whit Yar Brom Cald Dun Eck Fen Gar Hux Ingle Kel Lox Mab Quen Rad Sel Tam Ul Vand Wex Ack Bix Cor".split()
_SUF = "ford wick by well dale stead more field berg gren ham worth brook holt mere thwaite croft".split()
REAL_RARE = """Kowalczyk Abernathy Villanueva Oyelaran Threlkeld Quisenberry Lindqvist Szymanski Okonkwo
Featherstone Thibodeaux Castellanos Zamarripa Yarbrough Pemberton Haldeman Vanderpool Kaczmarek
Montenegro Arredondo Zielinski Wojcik Baptiste Fontenot Achterberg Oyarzun Ekwueme Halvorsen
Bergstrom Delacroix Marchetti Lombardi Esposito Giordano Papadopoulos Nakamura Takahashi Yamamoto
Kobayashi Watanabe Sorensen Kristiansen Mwangi Adeyemi Okafor Nwosu Balogun Abubakar Hakimi
Rahimi Sadeghi Karimi Moradi Castaneda Cisneros Benavides Escobedo Olivarez Quintanilla Zepeda
Bustamante Villalobos Valenzuela Carrizales Galindo Trevino Sepulveda Ybarra Landeros Barraza
Coronado Mireles Tijerina Cantu Saldana Leal Villarreal Gallegos Aranda Urias Solis Ochoa""".split()

COMMON_SUR_SET = set(s.lower() for s in COMMON_SUR)


def _cw(n, e):
    out, t = [], 0.0
    for i in range(n):
        t += 1.0 / (i + 1) ** e
        out.append(t)
    return out


CW_F, CW_M, CW_S = _cw(len(FEMALE), 0.7), _cw(len(MALE), 0.7), _cw(len(COMMON_SUR), 0.6)
RARE_SUR = [s for s in REAL_RARE if s.lower() not in COMMON_SUR_SET]
for p in _PRE:
    for s in _SUF:
        n = p + s
        if n.lower() not in COMMON_SUR_SET:
            RARE_SUR.append(n)

NICK = [("William", "Bill"), ("Margaret", "Peggy"), ("Charles", "Chuck"), ("Elizabeth", "Beth"),
        ("Robert", "Bob"), ("James", "Jim"), ("Elizabeth", "Liz"), ("Richard", "Dick"),
        ("Edward", "Ted"), ("Rebecca", "Becky"), ("Patricia", "Patty"), ("Sandra", "Sandy"),
        ("Michael", "Mike"), ("David", "Dave"), ("Thomas", "Tom"), ("Katherine", "Kate"),
        ("Jennifer", "Jenny"), ("Susan", "Sue"), ("Steven", "Steve"), ("Christopher", "Chris"),
        ("Anthony", "Tony"), ("Kenneth", "Ken"), ("Margaret", "Maggie"), ("Deborah", "Debbie")]
FEMALE_FORMAL = {"Margaret", "Elizabeth", "Rebecca", "Patricia", "Sandra", "Katherine",
                 "Jennifer", "Susan", "Deborah"}
DIACRITIC = [("José", "Jose"), ("María", "Maria"), ("Ramón", "Ramon"), ("Héctor", "Hector"),
             ("Raúl", "Raul"), ("Renée", "Renee"), ("Zoë", "Zoe"), ("Inés", "Ines"),
             ("Sofía", "Sofia"), ("Nicolás", "Nicolas"), ("Joël", "Joel"), ("André", "Andre")]
DIACRITIC_SUR = [("Muñoz", "Munoz"), ("Núñez", "Nunez"), ("Peña", "Pena"), ("Ibáñez", "Ibanez"),
                 ("Ordóñez", "Ordonez"), ("Gómez", "Gomez"), ("Martínez", "Martinez"),
                 ("Hernández", "Hernandez"), ("Sáenz", "Saenz"), ("Jiménez", "Jimenez"),
                 ("Bélanger", "Belanger"), ("Côté", "Cote"), ("Müller", "Muller")]
HISP_SUR = """Garcia Lopez Rodriguez Martinez Hernandez Gonzalez Perez Sanchez Ramirez Torres Flores
Rivera Gomez Diaz Reyes Morales Ortiz Gutierrez Chavez Ramos Ruiz Mendoza Castillo Jimenez Moreno
Herrera Medina Aguilar Vargas Castro Guzman Salazar Delgado Rios Estrada Ortega Nunez Valdez
Maldonado Dominguez Villanueva Castaneda Cisneros Benavides Zepeda Ochoa Solis Trevino Leal""".split()
HISP_FIRST_F = "Maria Guadalupe Rosa Ana Carmen Yolanda Lucia Gabriela Alejandra Daniela Leticia Beatriz Marisol".split()
HISP_FIRST_M = "Jose Juan Luis Carlos Miguel Jorge Pedro Ricardo Fernando Javier Hector Raul Ramon Eduardo".split()
VIET = [("Minh", "Nguyen"), ("Thuy", "Tran"), ("Linh", "Pham"), ("Tuan", "Le"), ("Duc", "Vu"),
        ("Hoa", "Huynh"), ("Quang", "Hoang"), ("Anh", "Dang"), ("Bao", "Bui"), ("Khanh", "Do")]
KOREAN = [("Ji-hoon", "Park", "Jihoon"), ("Soo-jin", "Kim", "Soojin"), ("Min-jun", "Choi", "Minjun"),
          ("Hye-won", "Lee", "Hyewon"), ("Seung-ho", "Jung", "Seungho"), ("Eun-ji", "Kang", "Eunji"),
          ("Dong-hyun", "Yoon", "Donghyun"), ("Ye-jin", "Han", "Yejin")]
CHINESE = [("Wei", "Zhang"), ("Fang", "Wang"), ("Lei", "Liu"), ("Jing", "Chen"), ("Yong", "Yang"),
           ("Xiu", "Huang"), ("Jun", "Zhao"), ("Ming", "Zhou"), ("Hui", "Wu"), ("Tao", "Xu")]
APOS = [("O'Brien", ["OBRIEN", "O BRIEN", "O'BRIEN"]), ("O'Connor", ["OCONNOR", "O CONNOR"]),
        ("O'Neill", ["ONEILL", "O NEILL"]), ("D'Angelo", ["DANGELO", "D ANGELO"]),
        ("McDonald", ["MC DONALD", "MCDONALD"]), ("MacKenzie", ["MAC KENZIE", "MACKENZIE"]),
        ("McAllister", ["MC ALLISTER"]), ("O'Malley", ["OMALLEY"]), ("DeLuca", ["DE LUCA", "DELUCA"]),
        ("LaRue", ["LA RUE"]), ("Van Dyke", ["VANDYKE", "VAN DYKE"]), ("DuBois", ["DU BOIS", "DUBOIS"])]
SAINT = [("St. John", "SAINT JOHN"), ("St. Clair", "SAINT CLAIR"), ("Saint Germain", "ST GERMAIN"),
         ("St. Pierre", "SAINT PIERRE"), ("St. Amand", "SAINT AMAND"), ("Saint Onge", "ST. ONGE")]
PARTICLE = [("De la Cruz", ["DELACRUZ", "DE LA CRUZ", "DELA CRUZ"]), ("Del Rio", ["DELRIO", "DEL RIO"]),
            ("De la Rosa", ["DELAROSA", "DE LA ROSA"]), ("De los Santos", ["DELOSSANTOS", "DE LOS SANTOS"]),
            ("De Leon", ["DELEON", "DE LEON"]), ("Del Toro", ["DELTORO"]), ("De la Garza", ["DELAGARZA", "DE LA GARZA"])]

# ----------------------------------------------------------------------------- agencies
AGENCIES = {
    "TX": ["Harris County Sheriff's Office", "Houston Police Department", "Dallas Police Department",
           "Austin Police Department", "San Antonio Police Department", "Bexar County Sheriff's Office",
           "Travis County Sheriff's Office", "Texas Department of Public Safety", "El Paso Police Department",
           "Fort Worth Police Department"],
    "CA": ["Los Angeles Police Department", "Los Angeles County Sheriff's Department", "San Diego Police Department",
           "California Highway Patrol", "Fresno Police Department", "Sacramento County Sheriff's Office",
           "Oakland Police Department"],
    "OK": ["Tulsa Police Department", "Oklahoma City Police Department", "Oklahoma Highway Patrol",
           "Tulsa County Sheriff's Office", "Norman Police Department"],
    "GA": ["Atlanta Police Department", "Fulton County Sheriff's Office", "Georgia State Patrol",
           "Savannah Police Department", "Gwinnett County Police Department"],
    "VA": ["Virginia State Police", "Norfolk Police Department", "Fairfax County Police Department",
           "Richmond Police Department", "Arlington County Police Department"],
    "FL": ["Miami-Dade Police Department", "Orange County Sheriff's Office", "Jacksonville Sheriff's Office",
           "Tampa Police Department", "Florida Highway Patrol"],
    "FED": ["U.S. Border Patrol", "ICE Enforcement and Removal Operations", "Homeland Security Investigations",
            "Federal Bureau of Investigation", "Drug Enforcement Administration", "U.S. Marshals Service",
            "CBP Office of Field Operations"],
}
NONSWORN_AGENCY = {
    "TX": ["Harris County Jail", "Texas Department of Criminal Justice", "Bexar County Adult Detention Center",
           "Houston Emergency Center"],
    "CA": ["CDCR", "Los Angeles County Probation Department", "San Diego County Sheriff Communications"],
    "OK": ["Oklahoma Department of Corrections", "Tulsa County Jail", "Allied Universal"],
    "GA": ["Georgia Department of Corrections", "Fulton County Jail", "Atlanta 911 Center"],
    "VA": ["Riverside Regional Jail", "Hampton Roads Regional Jail", "Norfolk Emergency Communications"],
    "FED": ["Federal Bureau of Prisons", "Transportation Security Administration"],
}
SWORN_TYPES = {
    "TX": ["Basic Peace Officer", "Peace Officer License", "Intermediate Peace Officer",
           "Advanced Peace Officer", "Master Peace Officer"],
    "CA": ["Basic POST Certificate", "Peace Officer (830.1 PC)"],
    "OK": ["Full-Time Peace Officer", "Peace Officer", "CLEET Peace Officer Certification"],
    "GA": ["Peace Officer", "Police Officer Standards", "Law Enforcement Officer"],
    "VA": ["Law Enforcement Officer", "Law-Enforcement Officer"],
    "FED": ["Criminal Investigator (1811)", "Deportation Officer (1801)", "Border Patrol Agent (1896)",
            "CBP Officer (1895)", "Deputy U.S. Marshal"],
}
NONSWORN_TYPES = {
    "TX": [("Jailer", "corrections"), ("Basic Jailer License", "corrections"), ("Telecommunicator", "dispatch"),
           ("Reserve Law Enforcement Officer", "reserve")],
    "CA": [("Public Safety Dispatcher", "dispatch"), ("Reserve Peace Officer Level I", "reserve"),
           ("Custody Assistant", "corrections"), ("Probation Officer Core", "probation")],
    "OK": [("Reserve Peace Officer", "reserve"), ("Detention Officer", "corrections"),
           ("Armed Security Guard", "security")],
    "GA": [("Communications Officer", "dispatch"), ("Jail Officer", "corrections"),
           ("Probation Officer", "probation"), ("Correctional Officer", "corrections")],
    "VA": [("Jail Officer", "corrections"), ("Court Security Officer", "security"),
           ("Jail Officer/Inmate Security", "corrections"), ("Dispatcher", "dispatch")],
    "FED": [("Correctional Officer (0007)", "corrections"), ("Transportation Security Officer", "security")],
}
LIMITED_TYPES = [("CA", "Peace Officer (830.3 PC)"), ("CA", "Campus Police Officer"),
                 ("OK", "Part-Time Peace Officer"), ("TX", "Part-Time Peace Officer"),
                 ("GA", "Tribal Police Officer"), ("VA", "Campus Police Officer")]
STATES_DOB_REG = ["TX", "CA", "OK", "GA", "VA"]  # full-DOB state registries

FIELD_OFFICES = ["St. Paul", "Houston", "San Antonio", "Dallas", "Phoenix", "Atlanta", "Miami",
                 "Los Angeles", "Newark", "Chicago", "Seattle", "Denver", "Baltimore", "New Orleans"]
POSITIONS = [("Deportation Officer", "1801"), ("Immigration Enforcement Agent", "1801"),
             ("Criminal Investigator", "1811"), ("Detention and Deportation Officer", "1801")]

# ----------------------------------------------------------------------------- resume lines
# claim lines with {a},{b}: years. Category tag says what a careful reader takes from them.
COVERED_CLAIMS = {  # sworn claims that place a covered state (or FED)
    "TX": ["Deputy Sheriff, Harris County SO, Houston TX {a}-{b}",
           "Patrol Officer, Dallas Police Dept, Dallas, Texas ({a}-{b})",
           "Trooper, Texas DPS Highway Patrol, {a}-{b}",
           "Police Officer - San Antonio PD, San Antonio, TX ({a}-{b})"],
    "OK": ["Patrol Officer - Tulsa PD (Tulsa, OK) ({a}-{b})", "Police Officer, Oklahoma City PD, Oklahoma City, OK {a}-{b}"],
    "CA": ["CHP Officer {a}-{b}", "Police Officer, San Diego PD, San Diego, CA {a}-{b}",
           "Deputy Sheriff, LASD, Los Angeles, CA ({a}-{b})"],
    "GA": ["Police Officer, Atlanta Police Department, Atlanta, GA {a}-{b}", "Trooper, Georgia State Patrol {a}-{b}"],
    "VA": ["Police Officer, Norfolk PD, Norfolk, VA {a}-{b}", "Trooper, Virginia State Police {a}-{b}"],
    "FL": ["Deputy Sheriff, Jacksonville Sheriff's Office, Jacksonville FL {a}-{b}",
           "Police Officer, Tampa PD, Tampa, FL ({a}-{b})"],
    "FED": ["Border Patrol Agent, U.S. Border Patrol, El Paso Sector {a}-{b}",
            "Deputy U.S. Marshal, U.S. Marshals Service {a}-{b}"],
}
UNCOVERED_CLAIMS = [  # (text, state) sworn claims in states with no loaded registry
    ("Deputy Sheriff, Maricopa County Sheriff's Office {a}-{b}", "AZ"),
    ("Police Officer, Phoenix Police Dept., Phoenix, AZ ({a}-{b})", "AZ"),
    ("Polcie Officer, Mesa PD, Mesa, Ariz. {a}-{b}", "AZ"),
    ("Patrol Officer, Reno Police Department, {a}-{b}", "NV"),
    ("Police Officer II, LVMPD, Las Vegas NV {a}-{b}", "NV"),
    ("Police Officer - Seattle PD ({a}-{b})", "WA"),
    ("Deputy, King County Sheriff's Office, Seattle, WA {a}-{b}", "WA"),
    ("Trooper, Ohio State Highway Patrol, {a}-{b}", "OH"),
    ("Patrolman, Cleveland Division of Police, Cleveland OH {a}-{b}", "OH"),
    ("Police Officer, Chicago Police Dept., Chicago, IL {a}-{b}", "IL"),
    ("Police Officer, Albuquerque PD, Albuquerque NM ({a}-{b})", "NM"),
    ("Police Officer, Metro Nashville PD, Nashville, TN {a}-{b}", "TN"),
    ("Police Officer, NYPD, {a}-{b}", "NY"),
    ("Deputy, Jefferson Parish Sheriff's Office {a}-{b}", "LA"),
    ("Sheriff's Deputy - Multnomah Co. SO, Portland OR, {a}-{b}", "OR"),
    ("Patrolman, Boston PD, Boston, MA {a}-{b}", "MA"),
]
NOSTATE_CLAIMS = ["Sworn police officer for six years ({a}-{b})",
                  "Ptl., Columbus Division of Police, {a}-{b}",
                  "Patrol Officer, Springfield PD {a}-{b}",
                  "Deputy Sheriff, Washington County Sheriff's Office {a}-{b}"]
NONLEO_LINES = [  # (text, category) -- none claims sworn service
    ("Loan Officer, Wells Fargo Home Mortgage, Phoenix, AZ {a}-{b}", "other_officer"),
    ("Petty Officer Second Class, U.S. Navy, {a}-{b}", "military"),
    ("Compliance Officer - First Horizon Bank ({a}-{b})", "other_officer"),
    ("Corrections Officer, Maricopa County Jail, Phoenix AZ {a}-{b}", "corrections_detention"),
    ("Probation Officer II, Cook County Adult Probation Dept, Chicago IL {a}-{b}", "probation_parole"),
    ("Security Officer, Allied Universal, Las Vegas NV ({a}-{b})", "security_private"),
    ("Admissions Officer, University of Arizona {a}-{b}", "other_officer"),
    ("Safety Officer, Bechtel Corporation, {a}-{b}", "other_officer"),
    ("Detention Officer, Pima County Sheriff's Dept, Tucson AZ {a}-{b}", "corrections_detention"),
    ("911 Dispatcher, Reno Police Department {a}-{b}", "dispatch"),
    ("Reserve Deputy, Washoe County Sheriff's Office, NV {a}-{b}", "reserve_auxiliary"),
    ("Military Police (31B), US Army, Fort Hood {a}-{b}", "military"),
    ("Insurance Agent, State Farm, Mesa AZ {a}-{b}", "other_officer"),
    ("Code Enforcement Officer, City of Mesa, AZ {a}-{b}", "other_officer"),
    ("Loss Prevention Officer, Target, Seattle WA {a}-{b}", "security_private"),
    ("Transportation Security Officer (TSA), Sea-Tac Airport {a}-{b}", "security_private"),
    ("Financial Aid Officer, Maricopa Community Colleges {a}-{b}", "other_officer"),
    ("Parole Agent I, CDCR Division of Adult Parole, Fresno CA {a}-{b}", "probation_parole"),
    ("Correctional Officer, Ohio Dept of Rehabilitation and Correction {a}-{b}", "corrections_detention"),
    ("Court Security Officer, Paragon Systems, Chicago IL {a}-{b}", "security_private"),
    ("Public Information Officer, City of Henderson NV {a}-{b}", "other_officer"),
    ("Animal Control Officer, Clark County NV {a}-{b}", "other_officer"),
]
ASPIRATIONAL = ["Hope to become a police officer and serve my community.",
                "Career goal: to become a federal law enforcement officer.",
                "Applicant for the Phoenix Police Academy (2019), eager to start a career in law enforcement.",
                "Objective: seeking a position as a sworn officer."]
MENTION = ["Worked closely with police officers as an ER nurse at Banner Health.",
           "Son of a retired Chicago police officer."]
FILLER = ["Shift Supervisor, Walmart Supercenter, {a}-{b}", "Customer Service Representative, Comcast {a}-{b}",
          "Warehouse Associate, Amazon Fulfillment {a}-{b}", "Assistant Manager, AutoZone {a}-{b}",
          "B.S. Criminal Justice, Sam Houston State University", "A.A. General Studies, Pima Community College",
          "Bilingual English/Spanish", "Certified in CPR/First Aid"]


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def norm(s):
    return "".join(c for c in strip_acc(s or "").lower() if c.isalpha())


PARTICLES = {"de", "la", "del", "los", "las", "van", "von", "da", "di", "du", "le", "st", "saint", "mc", "mac", "o", "d"}


def surwords(s):
    w = strip_acc(s or "").lower().replace("-", " ").replace("'", " ").replace(".", " ").replace(",", " ").split()
    out = {x for x in w if x not in PARTICLES and x not in {"jr", "sr", "ii", "iii", "iv"}}
    out.add(norm(s))
    return out


def jaro_winkler(a, b):
    a, b = norm(a), norm(b)
    if a == b:
        return 1.0
    la, lb = len(a), len(b)
    if not la or not lb:
        return 0.0
    md = max(la, lb) // 2 - 1
    ma, mb = [False] * la, [False] * lb
    m = 0
    for i in range(la):
        for j in range(max(0, i - md), min(i + md + 1, lb)):
            if not mb[j] and a[i] == b[j]:
                ma[i] = mb[j] = True
                m += 1
                break
    if not m:
        return 0.0
    t, k = 0, 0
    for i in range(la):
        if ma[i]:
            while not mb[k]:
                k += 1
            if a[i] != b[k]:
                t += 1
            k += 1
    j = (m / la + m / lb + (m - t / 2) / m) / 3
    p = 0
    for x, y in zip(a, b):
        if x != y or p == 4:
            break
        p += 1
    return j + p * 0.1 * (1 - j)


def iso(d):
    return d.isoformat() if isinstance(d, dt.date) else ("" if d is None else str(d))


def us(d):
    return d.strftime("%m/%d/%Y") if isinstance(d, dt.date) else ("" if d is None else str(d))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return D(y, m, day)


def near_dobs(d):
    """exact, swapped, and one-keystroke variants of a date (YYYYMMDD string edits)."""
    s = d.strftime("%Y%m%d")
    out = {s}
    if d.day <= 12:
        out.add(d.strftime("%Y") + d.strftime("%d") + d.strftime("%m"))
    for i in range(8):
        for c in "0123456789":
            out.add(s[:i] + c + s[i + 1:])
        if i < 7:
            out.add(s[:i] + s[i + 1] + s[i] + s[i + 2:])
    return out


class World:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.hires, self.truth = [], []
        self.reg = []          # registry rows (dicts with 'st')
        self.decerts = []      # contract decert rows
        self.va_decerts = []   # VA list rows
        self.history, self.training, self.overrides = [], [], []
        self.rare = list(RARE_SUR)
        self.r.shuffle(self.rare)
        self.rec_ids = {}
        self.hid = 0
        # reservation indexes (hire side) used to keep background people from creating
        # unintended leads
        self.res_sur_dob = set()    # (surname word, yyyymmdd near)
        self.res_first_dob = set()  # (first norm, yyyymmdd exact/swap)
        self.res_sur_first = set()  # (surname word, first initial)
        self.hire_surwords = set()
        self.used_dobs = set()
        self.fl_person = 0
        self.hire_meta = {}
        self.occ_dates = {}
        self.occ_names = set()

    # ---------------------------------------------------------------- primitives
    def pick_first(self, sex):
        pool = FEMALE if sex == "F" else MALE
        return self.r.choices(pool, cum_weights=CW_F if sex == "F" else CW_M)[0]

    def pick_common_sur(self):
        return self.r.choices(COMMON_SUR, cum_weights=CW_S)[0]

    def rare_sur(self):
        return self.rare.pop()

    def middle(self, sex, full=True):
        m = self.pick_first(self.r.choice("MF") if self.r.random() < 0.2 else sex)
        return m if full else m[0]

    def new_dob(self, hire_date):
        while True:
            age = self.r.randint(23, 49)
            d = hire_date - dt.timedelta(days=age * 365 + self.r.randint(0, 364))
            s = d.strftime("%Y%m%d")
            sw = d.strftime("%Y%d%m")
            if s in self.used_dobs or sw in self.used_dobs:
                continue
            self.used_dobs.add(s)
            return d

    def swappable_dob(self, hire_date):
        while True:
            d = self.new_dob(hire_date)
            if d.day <= 12 and d.day != d.month:
                return d

    def hire_date(self):
        return D(2021, 2, 1) + dt.timedelta(days=self.r.randint(0, 1580))

    def rid(self, st):
        n = self.rec_ids.get(st, 0) + 1
        self.rec_ids[st] = n
        return n

    def reserve(self, first, last, dob, middle=None):
        for w in surwords(last):
            self.hire_surwords.add(w)
            self.res_sur_first.add((w, norm(first)[:1]))
            if middle:
                self.res_sur_first.add((w, norm(middle)[:1]))
            if dob:
                for s in near_dobs(dob):
                    self.res_sur_dob.add((w, s))
        if dob:
            self.res_first_dob.add((norm(first), dob.strftime("%Y%m%d")))
            self.res_first_dob.add((norm(first), dob.strftime("%Y%d%m")))
            if middle:
                self.res_first_dob.add((norm(middle), dob.strftime("%Y%m%d")))

    def occupy(self, first, middle, last, dob):
        inits = {norm(first)[:1]} | ({norm(middle)[:1]} if middle else set())
        for wd in surwords(last):
            for i_ in inits:
                if isinstance(dob, dt.date):
                    self.occ_dates.setdefault((wd, i_), set()).update(near_dobs(dob))
                else:
                    self.occ_names.add((wd, i_))
        if isinstance(dob, dt.date):
            self.used_dobs.add(dob.strftime("%Y%m%d"))

    def free(self, first, middle, last, dob):
        inits = {norm(first)[:1]} | ({norm(middle)[:1]} if middle else set())
        s8 = dob.strftime("%Y%m%d") if dob else None
        for wd in surwords(last):
            for i_ in inits:
                if (wd, i_) in self.occ_names:
                    return False
                if s8 and s8 in self.occ_dates.get((wd, i_), ()):
                    return False
        return True

    # ---------------------------------------------------------------- records
    def cert(self, st, first, middle, last, dob, ctype, status, issued, sep, agency, **kw):
        self.occupy(first, middle, last, dob)
        row = dict(st=st, first=first, middle=middle or "", last=last, dob=dob, ctype=ctype,
                   status=status, issued=issued, sep=sep, agency=agency, hire=kw.get("hire"))
        row.update(kw)
        self.reg.append(row)
        return row

    def verifying_cert(self, st, first, middle, last, dob, hd, ctype=None, agency=None, hire=None,
                       separated=None):
        r = self.r
        issued = hd - dt.timedelta(days=r.randint(800, 5000))
        if separated is None:
            separated = r.random() < 0.45
        if separated:
            sep = hd - dt.timedelta(days=r.randint(20, 950))
            status = r.choice({"TX": ["Inactive"], "CA": ["Inactive", "Inactive - Separated".replace(" - Separated", "")],
                               "OK": ["INACTIVE", "LAPSED"], "GA": ["Expired", "Inactive"],
                               "VA": ["inactive", "Inactive - Retired"], "FED": ["inactive"]}[st])
        else:
            sep = None
            status = {"TX": "Active", "CA": "Active", "OK": "ACTIVE", "GA": "Current", "VA": "active", "FED": "active"}[st]
        ctype = ctype or r.choice(SWORN_TYPES[st])
        agency = agency or r.choice(AGENCIES[st])
        return self.cert(st, first, middle, last, dob, ctype, status, issued, sep, agency, hire=hire)

    # ---------------------------------------------------------------- resumes
    def years_recent(self, hd):
        b = hd.year if self.r.random() < 0.6 else hd.year - 1
        a = b - self.r.randint(3, 9)
        return a, b

    def years_old(self, hd):
        b = hd.year - self.r.randint(7, 12)
        a = b - self.r.randint(3, 6)
        return a, b

    def fmt(self, tpl, ab, hd):
        a, b = ab
        bb = "present" if (b >= hd.year and self.r.random() < 0.4) else str(b)
        return tpl.format(a=a, b=bb)

    def filler(self, hd, n=None):
        out = []
        for _ in range(n if n is not None else self.r.randint(0, 2)):
            t = self.r.choice(FILLER)
            out.append(self.fmt(t, self.years_old(hd), hd) if "{a}" in t else t)
        return out

    def nonleo_lines(self, hd, k=None):
        k = k or self.r.randint(1, 2)
        lines = self.r.sample(NONLEO_LINES, k)
        return [self.fmt(t, self.years_recent(hd), hd) for t, _ in lines], [c for _, c in lines]

    def join(self, lines):
        self.r.shuffle(lines)
        sep = self.r.choice(["\n", "\n", "; ", " | "])
        return sep.join(lines)

    # ---------------------------------------------------------------- hires
    def add_hire(self, scen, label, why, first, last, dob, hd, sex, middle="", suffix="",
                 resume="", track="LEO", course="short", basic=None, dob_text=None, basis=None):
        self.hid += 1
        hid = "%06d" % (self.hid * 7 + 3)
        pos, series = self.r.choice(POSITIONS)
        if basis is None:
            basis = "keyword:officer" if track == "LEO" else ""
        self.hires.append(dict(hire_id=hid, first_name=first, middle_name=middle, last_name=last, suffix=suffix,
                               date_of_birth=dob_text if dob_text is not None else iso(dob), hire_date=iso(hd),
                               position_title=pos, job_series=series, field_office=self.r.choice(FIELD_OFFICES),
                               screening_track=track, screening_basis=basis, resume_text=resume))
        # training
        r = self.r
        if course == "short":
            st = "completed" if hd < D(2025, 3, 1) else r.choice(["completed", "enrolled"])
            self.training.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT", course_title="ERO LEO Virtual Transition Course",
                                      delivery="online", start_date=iso(hd + dt.timedelta(days=14)),
                                      end_date=iso(hd + dt.timedelta(days=42)) if st == "completed" else "", status=st))
        if basic:
            s0 = hd + dt.timedelta(days=r.randint(60, 300)) if course == "short" else hd + dt.timedelta(days=r.randint(10, 40))
            self.training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                                      course_title="Basic Immigration Enforcement Training Program",
                                      delivery="in_person", start_date=iso(s0),
                                      end_date=iso(s0 + dt.timedelta(days=130)) if basic == "completed" else "",
                                      status=basic))
        self.truth.append(dict(hire_id=hid, expected_determination=label, why=f"[{scen}] {why}"))
        for lst, mk in ((self.reg, "_m1"), (self.decerts, "_m2"), (self.va_decerts, "_m3")):
            for row in lst[getattr(self, mk, 0):]:
                row["owner"] = hid
            setattr(self, mk, len(lst))
        self.hire_meta[hid] = dict(first=first, middle=middle, last=last, dob=dob, label=label, scen=scen)
        return hid

    def person(self, sex=None, rare=False, first=None, last=None, hd=None, middle_full=None):
        sex = sex or self.r.choice("MF")
        first = first or self.pick_first(sex)
        last = last or (self.rare_sur() if rare else self.pick_common_sur())
        hd = hd or self.hire_date()
        mid = self.middle(sex, True) if self.r.random() < 0.8 else ""
        for _ in range(200):
            dob = self.new_dob(hd)
            if self.free(first, mid, last, dob):
                break
        else:
            raise RuntimeError("no free dob")
        self.occupy(first, mid, last, dob)
        return dict(sex=sex, first=first, last=last, hd=hd, dob=dob, middle=mid)

    def reg_middle(self, mid):
        if not mid:
            return ""
        x = self.r.random()
        return mid if x < 0.4 else (mid[0] if x < 0.7 else (mid[0] + "." if x < 0.85 else ""))

    def up(self, st, s):
        return s.upper() if st in ("TX", "VA") or (st == "OK" and self.r.random() < 0.5) else s

    def sworn_resume(self, st, hd, extra_nonleo=True):
        lines = [self.fmt(self.r.choice(COVERED_CLAIMS[st]), self.years_recent(hd), hd)]
        if extra_nonleo and self.r.random() < 0.4:
            lines += self.nonleo_lines(hd, 1)[0]
        return self.join(lines + self.filler(hd))


# ============================================================================ scenarios
def build(w: World):
    r = w.r

    def simple_verified(n, scen):
        for _ in range(n):
            p = w.person()
            st = r.choice(["TX", "TX", "CA", "OK", "GA", "VA", "FED"])
            w.reserve(p["first"], p["last"], p["dob"], p["middle"])
            hid_box = {}
            w.verifying_cert(st, w.up(st, p["first"]), w.up(st, w.reg_middle(p["middle"])), w.up(st, p["last"]),
                             p["dob"], p["hd"])
            extra = ""
            if r.random() < 0.25:   # sometimes a prior jailer licence too
                w.cert(st, w.up(st, p["first"]), w.up(st, w.reg_middle(p["middle"])), w.up(st, p["last"]), p["dob"],
                       NONSWORN_TYPES[st][0][0], "Inactive" if st != "OK" else "INACTIVE",
                       p["hd"] - dt.timedelta(days=6000), p["hd"] - dt.timedelta(days=5200), r.choice(NONSWORN_AGENCY[st]))
                extra = " Also holds an old non-sworn licence (irrelevant)."
            w.add_hire(scen, "VERIFIED_LEO",
                       f"{st} registry row with identical name and DOB, sworn type, accepted status, >=12 months service, "
                       f"separated <3y or serving.{extra}",
                       p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"],
                       resume=w.sworn_resume(st, p["hd"]))

    simple_verified(230, "v_exact")

    # ---- nicknames (rare surname so that frequency guards do not apply)
    for i in range(40):
        formal, nick = NICK[i % len(NICK)]
        sex = "F" if formal in FEMALE_FORMAL else "M"
        p = w.person(sex=sex, rare=True)
        hire_first, reg_first = (nick, formal) if i % 3 else (formal, nick)
        st = r.choice(STATES_DOB_REG)
        w.reserve(hire_first, p["last"], p["dob"], p["middle"])
        w.reserve(reg_first, p["last"], p["dob"])
        w.verifying_cert(st, w.up(st, reg_first), w.up(st, w.reg_middle(p["middle"])), w.up(st, p["last"]), p["dob"], p["hd"])
        w.add_hire("v_nickname", "VERIFIED_LEO",
                   f"Hire first name '{hire_first}', {st} registry '{reg_first}' (nickname/formal pair), same surname and DOB; "
                   f"one variation -> strong; sworn cert meets policy.",
                   hire_first, p["last"], p["dob"], p["hd"], sex, middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- diacritics (hire with accents, registry plain; GA file is cp1252 with accents kept)
    for i in range(26):
        fa, fp = DIACRITIC[i % len(DIACRITIC)]
        sa, sp = DIACRITIC_SUR[i % len(DIACRITIC_SUR)]
        sex = "F" if fa in ("María", "Renée", "Zoë", "Inés", "Sofía") else "M"
        p = w.person(sex=sex)
        st = r.choice(["TX", "CA", "GA", "GA", "VA"])
        hire_f, hire_l = (fa, sa) if i % 2 == 0 else (fp, sp)
        reg_f, reg_l = (fp, sp) if i % 2 == 0 else (fa, sa)
        if st == "GA":
            reg_f, reg_l = fa, sa  # cp1252 file keeps accents; hire plain or accented
            hire_f, hire_l = (fp, sp) if i % 2 == 0 else (fa, sa)
        w.reserve(hire_f, hire_l, p["dob"], p["middle"])
        w.verifying_cert(st, w.up(st, reg_f), w.up(st, w.reg_middle(p["middle"])), w.up(st, reg_l), p["dob"], p["hd"])
        w.add_hire("v_diacritics", "VERIFIED_LEO",
                   f"Hire '{hire_f} {hire_l}' vs {st} registry '{reg_f} {reg_l}': differ only by accents; DOB equal; cert meets policy.",
                   hire_f, hire_l, p["dob"], p["hd"], sex, middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- apostrophes / spacing
    for i in range(26):
        hl, regs = APOS[i % len(APOS)]
        p = w.person()
        st = r.choice(["TX", "VA", "CA", "OK"])
        rl = r.choice(regs)
        if i % 4 == 3:  # reverse: hire writes it squashed, registry proper
            hl, rl = rl.title().replace(" ", "") if " " not in hl else hl.replace(" ", ""), hl.upper()
        w.reserve(p["first"], hl, p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), rl, p["dob"], p["hd"])
        w.add_hire("v_apostrophe", "VERIFIED_LEO",
                   f"Surname '{hl}' vs registry '{rl}' (apostrophe/space/capitalisation only); first name and DOB equal.",
                   p["first"], hl, p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- St. / Saint (arguable)
    for hl, rl in SAINT:
        p = w.person()
        st = r.choice(["TX", "VA", "CA"])
        w.reserve(p["first"], hl, p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), rl, p["dob"], p["hd"])
        w.add_hire("v_saint", "VERIFIED_LEO",
                   f"Surname '{hl}' vs registry '{rl}': St./Saint is the standard abbreviation of one surname; "
                   f"first name and DOB equal. ARGUABLE: a strict matcher may only make a lead (MANUAL_REVIEW would be safe, RECALL would be wrong).",
                   p["first"], hl, p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- suffixes
    SUFX = ["Jr", "Jr.", "Sr", "II", "III"]
    for i in range(26):
        p = w.person(sex="M")
        sx = SUFX[i % len(SUFX)]
        st = r.choice(["TX", "VA", "CA", "OK", "GA"])
        mode = i % 4
        if mode == 0:    # hire suffix field, registry inside last name
            hsx, hl, rl = sx, p["last"], f"{p['last'].upper()} {sx.upper().rstrip('.')}"
        elif mode == 1:  # hire suffix inside last name, registry without
            hsx, hl, rl = "", f"{p['last']}, {sx}", p["last"].upper()
        elif mode == 2:  # registry "LAST, JR." hire no suffix at all
            hsx, hl, rl = "", p["last"], f"{p['last'].upper()}, {sx.upper()}"
        else:            # hire suffix in field, registry has none
            hsx, hl, rl = sx, p["last"], p["last"].upper()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), rl, p["dob"], p["hd"])
        w.add_hire("v_suffix", "VERIFIED_LEO",
                   f"Hire last='{hl}' suffix='{hsx}' vs {st} registry last='{rl}': suffix placement only; DOB equal.",
                   p["first"], hl, p["dob"], p["hd"], "M", middle=p["middle"], suffix=hsx, resume=w.sworn_resume(st, p["hd"]))

    # ---- Hispanic double surnames: one part / hyphen vs space
    for i in range(32):
        sex = r.choice("MF")
        first = r.choice(HISP_FIRST_F if sex == "F" else HISP_FIRST_M)
        a = w.rare_sur() if i % 3 == 0 else r.choice(HISP_SUR)
        b = r.choice([x for x in HISP_SUR if x != a])
        p = w.person(sex=sex, first=first, last=a)
        st = r.choice(["TX", "CA", "TX", "GA"])
        mode = i % 4
        if mode == 0:
            hl, rl, what = f"{a} {b}", a.upper(), "registry holds only the first (paternal) surname"
        elif mode == 1:
            hl, rl, what = f"{a}-{b}", f"{a} {b}".upper(), "hyphen in hire, space in registry"
        elif mode == 2:
            hl, rl, what = a, f"{a}-{b}".upper(), "hire gives one part, registry the hyphenated pair"
        else:
            hl, rl, what = f"{a} {b}", f"{a}{b}".upper() if False else f"{a}-{b}".upper(), "space vs hyphen"
        w.reserve(first, hl, p["dob"], p["middle"])
        w.reserve(first, rl, p["dob"])
        w.verifying_cert(st, first.upper(), w.reg_middle(p["middle"]).upper(), rl, p["dob"], p["hd"])
        w.add_hire("v_hispanic_double", "VERIFIED_LEO",
                   f"Hire '{first} {hl}' vs {st} '{first.upper()} {rl}': {what}; one compound-surname variation; DOB equal.",
                   first, hl, p["dob"], p["hd"], sex, middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- particles de la / del
    for i in range(16):
        hl, regs = PARTICLE[i % len(PARTICLE)]
        sex = r.choice("MF")
        first = r.choice(HISP_FIRST_F if sex == "F" else HISP_FIRST_M)
        p = w.person(sex=sex, first=first)
        rl = regs[i % len(regs)]
        st = r.choice(["TX", "CA", "TX"])
        w.reserve(first, hl, p["dob"], p["middle"])
        w.verifying_cert(st, first.upper(), w.reg_middle(p["middle"]).upper(), rl, p["dob"], p["hd"])
        w.add_hire("v_particle", "VERIFIED_LEO",
                   f"Hire surname '{hl}' vs registry '{rl}': particle spacing/case only; first name and DOB equal.",
                   first, hl, p["dob"], p["hd"], sex, middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- maiden name as middle name (common first names)
    for i in range(22):
        first = ["Jennifer", "Maria", "Ashley"][i % 3]
        maiden, married = w.rare_sur(), w.pick_common_sur()
        p = w.person(sex="F", first=first, last=married)
        st = r.choice(STATES_DOB_REG)
        w.reserve(first, married, p["dob"], maiden)
        w.reserve(first, maiden, p["dob"])
        rmid = r.choice(["", p["middle"][:1] if p["middle"] else ""])
        w.verifying_cert(st, first.upper(), rmid, maiden.upper(), p["dob"], p["hd"])
        w.add_hire("v_maiden_as_middle", "VERIFIED_LEO",
                   f"Hire '{first} {maiden} {married}' (maiden name carried as middle name) vs {st} '{first.upper()} {rmid} {maiden.upper()}'"
                   f"{' (registry keeps her own middle initial, dropped by HR)' if rmid else ''}; "
                   f"DOB equal; one variation (maiden as middle) -> strong; cert meets policy.",
                   first, married, p["dob"], p["hd"], "F", middle=maiden, resume=w.sworn_resume(st, p["hd"]))

    # ---- married hyphenated surname (one part)
    for i in range(22):
        first = ["Jennifer", "Maria", "Ashley", "Jessica", "Sarah"][i % 5]
        maiden, married = w.rare_sur(), w.rare_sur()
        p = w.person(sex="F", first=first, last=maiden)
        st = r.choice(STATES_DOB_REG)
        mode = i % 3
        if mode == 0:
            hl, rl = f"{maiden}-{married}", maiden.upper()
        elif mode == 1:
            hl, rl = married, f"{maiden}-{married}".upper()
        else:
            hl, rl = f"{maiden} {married}", married.upper()
        w.reserve(first, hl, p["dob"], p["middle"])
        w.reserve(first, rl, p["dob"])
        w.verifying_cert(st, first.upper(), w.reg_middle(p["middle"]).upper(), rl, p["dob"], p["hd"])
        w.add_hire("v_married_hyphen", "VERIFIED_LEO",
                   f"Hire '{first} {hl}' vs {st} '{first.upper()} {rl}': one part of a double (married) surname; DOB equal.",
                   first, hl, p["dob"], p["hd"], "F", middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- Korean given name hyphen/spacing
    for i in range(10):
        gn, fam, squashed = KOREAN[i % len(KOREAN)]
        p = w.person(first=gn, last=fam)
        st = r.choice(["CA", "VA", "GA"])
        rf = squashed.upper() if i % 2 == 0 else gn.replace("-", " ").upper()
        w.reserve(gn, fam, p["dob"], p["middle"])
        w.verifying_cert(st, rf, "", fam.upper(), p["dob"], p["hd"])
        w.add_hire("v_korean_spacing", "VERIFIED_LEO",
                   f"Hire given name '{gn}' vs registry '{rf}' (hyphen/space dropped), same family name and DOB.",
                   gn, fam, p["dob"], p["hd"], p["sex"], middle="", resume=w.sworn_resume(st, p["hd"]))

    # ---- middle name used as first name (goes by middle)
    for i in range(16):
        p = w.person(rare=True)
        legal_first = w.pick_first(p["sex"])
        goes_by = w.pick_first(p["sex"])
        while goes_by == legal_first or jaro_winkler(goes_by, legal_first) > 0.7:
            goes_by = w.pick_first(p["sex"])
        st = r.choice(STATES_DOB_REG)
        w.reserve(legal_first, p["last"], p["dob"], goes_by)
        w.verifying_cert(st, goes_by.upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.add_hire("v_middle_as_first", "VERIFIED_LEO",
                   f"Hire '{legal_first} {goes_by} {p['last']}' vs {st} '{goes_by.upper()} {p['last'].upper()}' (registry uses the middle "
                   f"name as first, no middle); DOB equal; one variation.",
                   legal_first, p["last"], p["dob"], p["hd"], p["sex"], middle=goes_by, resume=w.sworn_resume(st, p["hd"]))

    # ---- swapped day/month (rare surname: no namesakes)
    for i in range(26):
        p = w.person(rare=True)
        p["dob"] = w.swappable_dob(p["hd"])
        st = r.choice(STATES_DOB_REG)
        rd = D(p["dob"].year, p["dob"].day, p["dob"].month)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), p["last"].upper(), rd, p["hd"])
        w.add_hire("v_swapped_dob", "VERIFIED_LEO",
                   f"Hire DOB {iso(p['dob'])}, {st} registry DOB {iso(rd)} (day/month swapped), exact names, no namesakes; one variation.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- one typo in surname (keyboard / OCR) or first name
    def typo(s):
        s0 = s
        for _ in range(50):
            k = r.randrange(5)
            i = r.randrange(1, len(s0) - 1)
            if k == 0:
                t = s0[:i] + s0[i + 1] + s0[i] + s0[i + 2:]   # transposition
            elif k == 1:
                t = s0[:i] + s0[i + 1:]                        # dropped letter
            elif k == 2:
                t = s0[:i] + s0[i] + s0[i:]                    # doubled
            elif k == 3:
                ocr = {"e": "c", "c": "e", "i": "l", "l": "i", "n": "h", "h": "n", "u": "v", "v": "u", "o": "a", "a": "o", "m": "n", "r": "n"}
                ch = s0[i].lower()
                if ch not in ocr:
                    continue
                t = s0[:i] + ocr[ch] + s0[i + 1:]
            else:
                kb = {"a": "s", "s": "d", "d": "f", "e": "r", "r": "t", "t": "y", "o": "p", "i": "o", "n": "m", "m": "n", "l": "k", "k": "l", "u": "y", "y": "u", "g": "h", "h": "j", "b": "v", "c": "x"}
                ch = s0[i].lower()
                if ch not in kb:
                    continue
                t = s0[:i] + kb[ch] + s0[i + 1:]
            if t != s0 and t.lower() not in COMMON_SUR_SET and t not in FEMALE and t not in MALE and t.lower() not in {x.lower() for x in RARE_SUR}:
                return t
        raise RuntimeError(s)

    for i in range(26):
        p = w.person(rare=True)
        while len(p["last"]) < 6:
            p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        t = typo(p["last"])
        hl, rl = (t, p["last"]) if i % 2 else (p["last"], t)
        w.reserve(p["first"], hl, p["dob"], p["middle"])
        w.reserve(p["first"], rl, p["dob"])
        w.verifying_cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), rl.upper(), p["dob"], p["hd"])
        w.add_hire("v_typo_surname", "VERIFIED_LEO",
                   f"Surname '{hl}' (hire) vs '{rl.upper()}' ({st}): one keying/OCR edit in a rare surname, first name and DOB exact; one variation.",
                   p["first"], hl, p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))
    for i in range(14):
        p = w.person(rare=True)
        while len(p["first"]) < 6:
            p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        t = typo(p["first"])
        w.reserve(t, p["last"], p["dob"], p["middle"])
        w.reserve(p["first"], p["last"], p["dob"])
        w.verifying_cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), p["last"].upper(), p["dob"], p["hd"])
        w.add_hire("v_typo_first", "VERIFIED_LEO",
                   f"Hire first name '{t}' vs {st} '{p['first'].upper()}': one typo, rare surname, DOB exact; one variation.",
                   t, p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- separation window / service edges (verified side)
    edges_v = []
    for i in range(12):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        k = i % 4
        if k == 0:
            sep = add_years(p["hd"], -3)
            issued = sep - dt.timedelta(days=2000)
            what = f"separated {iso(sep)}, exactly 3 years before hire {iso(p['hd'])} ('no more than 3 years' holds)"
        elif k == 1:
            sep = add_years(p["hd"], -3) + dt.timedelta(days=1)
            issued = sep - dt.timedelta(days=3000)
            what = f"separated {iso(sep)}, 3 years minus 1 day before hire"
        elif k == 2:
            issued = add_months(p["hd"], -30)
            sep = add_months(issued, 12)
            what = f"issued {iso(issued)} separated {iso(sep)}: exactly 12 months of service, separated 18 months before hire"
        else:
            issued = add_months(p["hd"], -12)
            sep = None
            what = f"issued {iso(issued)}, still serving at hire {iso(p['hd'])}: exactly 12 months"
        status = "Inactive" if sep else "Active"
        w.cert(st, p["first"].upper(), w.reg_middle(p["middle"]).upper(), p["last"].upper(), p["dob"], r.choice(SWORN_TYPES[st]),
               status if st != "GA" else ("Expired" if sep else "Current"), issued, sep, r.choice(AGENCIES[st]))
        w.add_hire("v_policy_edge", "VERIFIED_LEO", f"{st} exact match; {what}. Boundary inclusive per 'no more than'/'at least'.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))
    # separated after hire date (registry updated late: still serving at hire)
    for i in range(6):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        sep = p["hd"] + dt.timedelta(days=r.randint(3, 40))
        w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Inactive" if st != "OK" else "INACTIVE",
               p["hd"] - dt.timedelta(days=3000), sep, r.choice(AGENCIES[st]))
        w.add_hire("v_sep_after_hire", "VERIFIED_LEO",
                   f"{st} exact match; separation {iso(sep)} is after the hire date {iso(p['hd'])}: still serving at hire.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- lapsed / expired / retired status within window
    for i in range(20):
        p = w.person()
        st = ["TX", "CA", "OK", "GA", "VA"][i % 5]
        stat = {"TX": "Inactive", "CA": "Lapsed", "OK": "LAPSED", "GA": "Expired", "VA": "Inactive - Retired"}[st]
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        sep = p["hd"] - dt.timedelta(days=r.randint(100, 900))
        w.cert(st, w.up(st, p["first"]), "", w.up(st, p["last"]), p["dob"], SWORN_TYPES[st][0], stat,
               sep - dt.timedelta(days=r.randint(1500, 4000)), sep, r.choice(AGENCIES[st]))
        w.add_hire("v_lapsed_status", "VERIFIED_LEO",
                   f"{st} status '{stat}' (not revoked/suspended), separated {iso(sep)} <3y before hire; exact match.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- decertification after hire (contract file, DOB)
    for i in range(10):
        p = w.person()
        st = r.choice(["TX", "CA", "GA", "OK"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"], separated=True)
        ad = p["hd"] + dt.timedelta(days=r.randint(30, 400))
        w.decerts.append(dict(source=st, first=p["first"], last=p["last"], dob=p["dob"],
                              action=r.choice(["revoked", "surrendered"]), date=ad, reason="Misconduct after separation"))
        w.add_hire("v_decert_after_hire", "VERIFIED_LEO",
                   f"{st} cert meets policy at hire; decertification of same person dated {iso(ad)}, after hire {iso(p['hd'])}: "
                   f"does not change status at hire (follow-up only).",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- multiple certs: non-sworn then sworn
    for i in range(14):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        nt, _ = r.choice(NONSWORN_TYPES[st])
        iss = p["hd"] - dt.timedelta(days=r.randint(4000, 6000))
        w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], nt, "Inactive" if st != "GA" else "Expired",
               iss, iss + dt.timedelta(days=900), r.choice(NONSWORN_AGENCY[st]))
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.add_hire("v_multi_cert", "VERIFIED_LEO",
                   f"{st} holds an old '{nt}' and a qualifying sworn cert for the same person: the sworn one verifies.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- FED service records
    for i in range(30):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert("FED", p["first"], w.reg_middle(p["middle"]), p["last"], p["dob"], p["hd"])
        w.add_hire("v_fed", "VERIFIED_LEO", "FED service record (sworn 18xx series), exact match, meets policy.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume("FED", p["hd"]))

    # ---- namesake with revoked cert (other DOB) + own good cert
    for i in range(10):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        nd = D(p["dob"].year + r.choice([-9, -7, 6, 8]), ((p["dob"].month + 5) % 12) + 1, min(p["dob"].day, 28))
        nd = nd.replace(day=((nd.day + 10) % 28) + 1)
        st2 = r.choice(STATES_DOB_REG)
        w.cert(st2, p["first"].upper(), w.middle(p["sex"])[0], p["last"].upper(), nd, SWORN_TYPES[st2][0], "Revoked",
               nd.replace(year=nd.year + 24), nd.replace(year=nd.year + 30), r.choice(AGENCIES[st2]))
        w.add_hire("v_namesake_revoked", "VERIFIED_LEO",
                   f"Own {st} cert qualifies; a namesake ({p['first']} {p['last']}, DOB {iso(nd)}, far from hire DOB {iso(p['dob'])}) "
                   f"holds a revoked {st2} cert: another person, not a lead.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- twin (same surname + DOB, other first name) decertified, hire verified
    def twin_first(first, sex):
        while True:
            t = w.pick_first(sex)
            if t[0] != first[0] and jaro_winkler(t, first) < 0.7 and t != first:
                return t
    for i in range(14):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        tw = twin_first(p["first"], p["sex"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.cert(st, tw.upper(), "", p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Revoked",
               p["hd"] - dt.timedelta(days=3000), p["hd"] - dt.timedelta(days=800), r.choice(AGENCIES[st]))
        w.decerts.append(dict(source=st, first=tw, last=p["last"], dob=p["dob"], action="revoked",
                              date=p["hd"] - dt.timedelta(days=700), reason="Twin: untruthfulness"))
        w.add_hire("v_twin_decertified", "VERIFIED_LEO",
                   f"Own {st} cert qualifies; twin '{tw} {p['last']}' (same surname and DOB, different first name) is revoked and "
                   f"decertified: another person.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ---- CA Intermediate/Advanced POST certificate (arguable)
    for i in range(5):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        ct = ["Intermediate POST Certificate", "Advanced POST Certificate"][i % 2]
        w.verifying_cert("CA", p["first"], "", p["last"], p["dob"], p["hd"], ctype=ct)
        w.add_hire("v_ca_post_level", "VERIFIED_LEO",
                   f"CA '{ct}' presupposes the Basic POST peace-officer certificate: sworn. ARGUABLE: an unrecognised-type "
                   f"MANUAL_REVIEW is safe, RECALL would be wrong.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume("CA", p["hd"]))

    # ---- verified AND completed basic anyway
    for i in range(5):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.add_hire("v_verified_and_basic", "VERIFIED_LEO", f"{st} cert qualifies; basic also completed: verification wins.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], basic="completed",
                   resume=w.sworn_resume(st, p["hd"]))

    # ---- short track by course only (screening BASIC), verified
    for i in range(12):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.add_hire("v_short_by_course", "VERIFIED_LEO",
                   f"screening_track BASIC but took ERO-LEO-VIRT: short track; {st} cert qualifies.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], track="BASIC",
                   resume=w.sworn_resume(st, p["hd"]))

    # ======================================================================= RECALL
    def recall_nonleo(n, scen, aspir=False):
        for _ in range(n):
            p = w.person()
            w.reserve(p["first"], p["last"], p["dob"], p["middle"])
            if aspir:
                lines = [r.choice(ASPIRATIONAL)] + w.filler(p["hd"], 1)
                cats = ["aspirational"]
            else:
                lines, cats = w.nonleo_lines(p["hd"])
                lines += w.filler(p["hd"])
                if r.random() < 0.15:
                    lines.append(r.choice(MENTION))
            w.add_hire(scen, "RECALL",
                       f"No registry record of this person; resume only non-sworn 'officer' work ({', '.join(cats)}) -> nothing "
                       f"verifies, no sworn claim, no basic course.",
                       p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join(lines))
    recall_nonleo(95, "r_no_record_nonleo")
    recall_nonleo(20, "r_aspirational", aspir=True)

    # history-only non-sworn jobs (employment_history table)
    for i in range(20):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        hid = w.add_hire("r_history_nonsworn", "RECALL",
                         "No registry record; employment history lists only non-sworn jobs (corrections/probation/security/loan) "
                         "in uncovered states.",
                         p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume="")
        for emp, title, stt in r.sample([("Maricopa County Sheriff's Office", "Detention Officer", "AZ"),
                                         ("Nevada Department of Corrections", "Correctional Officer", "NV"),
                                         ("Cook County Adult Probation", "Probation Officer", "IL"),
                                         ("Securitas", "Security Officer", "WA"),
                                         ("Chase Bank", "Loan Officer", "OH"),
                                         ("US Navy", "Petty Officer", "VA")], 2):
            w.history.append(dict(hire_id=hid, employer=emp, title=title, state=stt,
                                  start_date=iso(p["hd"] - dt.timedelta(days=2500)), end_date=iso(p["hd"] - dt.timedelta(days=30))))

    # non-sworn registry certs only
    for i in range(75):
        p = w.person()
        st = r.choice(STATES_DOB_REG + ["FED"])
        nt, cat = r.choice(NONSWORN_TYPES[st])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.cert(st, w.up(st, p["first"]), "", w.up(st, p["last"]), p["dob"], nt,
               {"TX": "Active", "CA": "Active", "OK": "ACTIVE", "GA": "Current", "VA": "active", "FED": "active"}[st],
               p["hd"] - dt.timedelta(days=r.randint(800, 4000)), None, r.choice(NONSWORN_AGENCY[st]))
        tmap = {"corrections": "Corrections Officer, {ag} {a}-{b}", "dispatch": "Telecommunicator, {ag} {a}-{b}",
                "security": "Security Officer, {ag} {a}-{b}", "probation": "Probation Officer, {ag} {a}-{b}",
                "reserve": "Reserve Officer (volunteer), {ag} {a}-{b}"}
        ab = w.years_recent(p["hd"])
        line = tmap[cat].format(ag=r.choice(NONSWORN_AGENCY[st]), a=ab[0], b=ab[1])
        w.add_hire("r_nonsworn_cert", "RECALL",
                   f"Only registry record is {st} '{nt}' ({cat}): not a sworn full-powers certification.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join([line] + w.filler(p["hd"])))

    # revoked / suspended sworn cert
    for i in range(30):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        stat = (["Revoked", "REVOKED", "Inactive - Decertified"] if i % 3 else ["Suspended"])[i % 3 if i % 3 else 0]
        if stat == "Inactive - Decertified" and st == "FED":
            stat = "Revoked"
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.cert(st, w.up(st, p["first"]), "", w.up(st, p["last"]), p["dob"], SWORN_TYPES[st][0], stat,
               p["hd"] - dt.timedelta(days=3000), p["hd"] - dt.timedelta(days=r.randint(100, 600)), r.choice(AGENCIES[st]))
        w.add_hire("r_revoked_or_suspended", "RECALL",
                   f"Only sworn record ({st}) has status '{stat}': revoked/suspended never verifies.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # decertified before / on hire (contract decert file, full DOB)
    for i in range(22):
        p = w.person(rare=(i % 4 == 0))
        st = r.choice(["TX", "CA", "GA", "OK"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"], separated=True)
        k = i % 5
        if k == 0:
            ad, act, what = p["hd"], "revoked", "dated ON the hire date"
        elif k == 1:
            ad, act, what = p["hd"] - dt.timedelta(days=200), "surrendered", "a surrender before hire"
        elif k == 2:
            ad, act, what = p["hd"] - dt.timedelta(days=100), "suspended", "a suspension before hire"
        else:
            ad, act, what = p["hd"] - dt.timedelta(days=r.randint(30, 500)), "revoked", "a revocation before hire"
        dsrc = st if k != 4 else r.choice([s for s in ["TX", "CA", "GA", "OK"] if s != st])
        dfirst = p["first"]
        if k == 3 and p["first"] in [a for a, _ in NICK] and p["first"] not in ("James", "Michael", "David", "Thomas", "William"):
            pass
        w.decerts.append(dict(source=dsrc, first=dfirst, last=p["last"], dob=p["dob"], action=act, date=ad,
                              reason="Decertified by POST board"))
        w.add_hire("r_decertified_before_hire", "RECALL",
                   f"{st} cert would qualify, but a {dsrc} decertification of the same person (same name and DOB) is {what} "
                   f"({act} {iso(ad)}; hire {iso(p['hd'])}).",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # separation beyond window / service under minimum / issued after hire
    for i in range(45):
        p = w.person()
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        k = i % 5
        if k == 0:
            sep = add_years(p["hd"], -3) - dt.timedelta(days=1)
            iss = sep - dt.timedelta(days=3000)
            what = f"separated {iso(sep)}, 3 years + 1 day before hire {iso(p['hd'])}"
        elif k == 1:
            sep = p["hd"] - dt.timedelta(days=r.randint(1300, 4000))
            iss = sep - dt.timedelta(days=3000)
            what = f"separated {iso(sep)}, well over 3 years before hire"
        elif k == 2:
            iss = add_months(p["hd"], -30)
            sep = add_months(iss, 12) - dt.timedelta(days=1)
            what = f"service {iso(iss)} to {iso(sep)}: one day short of 12 months"
        elif k == 3:
            iss = p["hd"] - dt.timedelta(days=r.randint(60, 300))
            sep = None
            what = f"issued {iso(iss)}, still serving: under 12 months at hire"
        else:
            iss = p["hd"] + dt.timedelta(days=r.randint(5, 200))
            sep = None
            what = f"issued {iso(iss)}, after hire {iso(p['hd'])}"
        stat = ("Inactive" if sep else "Active") if st != "GA" else ("Expired" if sep else "Current")
        w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], SWORN_TYPES[st][0], stat, iss, sep, r.choice(AGENCIES[st]))
        w.add_hire("r_policy_edge", "RECALL", f"{st} exact match, sworn, but {what}.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # twin only (registry holds the twin, not the hire)
    for i in range(20):
        p = w.person(rare=True)
        tw = twin_first(p["first"], p["sex"])
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, tw.upper(), "", p["last"].upper(), p["dob"], p["hd"])
        lines, cats = w.nonleo_lines(p["hd"], 1)
        w.add_hire("r_twin_only", "RECALL",
                   f"Registry ({st}) holds '{tw} {p['last']}', same surname and DOB, other first name (twin/sibling): "
                   f"not this hire. Hire resume: {cats[0]}.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join(lines))

    # namesake only (other DOB, far)
    for i in range(20):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        nd = D(p["dob"].year + r.choice([-11, -6, 5, 9]), ((p["dob"].month + 4) % 12) + 1, ((p["dob"].day + 9) % 28) + 1)
        w.verifying_cert(st, p["first"].upper(), w.middle(p["sex"]).upper(), p["last"].upper(), nd, p["hd"])
        lines, cats = w.nonleo_lines(p["hd"], 1)
        w.add_hire("r_namesake_only", "RECALL",
                   f"Registry ({st}) namesake '{p['first']} {p['last']}' DOB {iso(nd)} vs hire DOB {iso(p['dob'])} "
                   f"(year, month and day differ): another person.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join(lines))

    # same-birthday stranger (same common first name + DOB, other surname, other middle)
    for i in range(16):
        first = ["Jennifer", "Maria", "Ashley", "Michael", "James", "David"][i % 6]
        sex = "F" if i % 6 < 3 else "M"
        p = w.person(sex=sex, first=first)
        if not p["middle"]:
            p["middle"] = w.middle(sex)
        om = w.middle(sex)
        while om == p["middle"]:
            om = w.middle(sex)
        other = w.rare_sur()
        st = r.choice(STATES_DOB_REG)
        w.reserve(first, p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, first.upper(), om.upper(), other.upper(), p["dob"], p["hd"])
        lines, cats = w.nonleo_lines(p["hd"], 1)
        w.add_hire("r_same_birthday_stranger", "RECALL",
                   f"Registry ({st}) '{first} {om} {other}' shares first name and DOB only; middle names differ "
                   f"({p['middle']} vs {om}), surname unrelated, no name-change evidence: a stranger.",
                   first, p["last"], p["dob"], p["hd"], sex, middle=p["middle"], resume=w.join(lines))

    # sworn claim in a covered state, registry has nothing
    for i in range(32):
        p = w.person()
        st = ["TX", "OK", "CA", "GA", "VA", "FED", "FL"][i % 7]
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        line = w.fmt(r.choice(COVERED_CLAIMS[st]), w.years_recent(p["hd"]), p["hd"])
        w.add_hire("r_claim_covered_not_in_registry", "RECALL",
                   f"Resume claims sworn service placed in {st} ('{line}'), whose registry is loaded and holds no record of "
                   f"this person (nor any near match): claim not verified.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join([line] + w.filler(p["hd"])))

    # sworn claim in an uncovered state, ended long before the window
    for i in range(16):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        tpl, stt = r.choice(UNCOVERED_CLAIMS)
        ab = w.years_old(p["hd"])
        line = tpl.format(a=ab[0], b=ab[1])
        lines, cats = w.nonleo_lines(p["hd"], 1)
        w.add_hire("r_old_uncovered_claim", "RECALL",
                   f"Sworn claim in {stt} (no registry) ended {ab[1]}, more than 3 years before hire {iso(p['hd'])}: "
                   f"outside the separation window, cannot qualify even if verified -> no coverage gap. Recent job: {cats[0]}.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join([line] + lines))

    # basic enrolled / withdrawn / failed
    for i in range(21):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        b = ["enrolled", "withdrawn", "failed"][i % 3]
        lines, cats = w.nonleo_lines(p["hd"])
        w.add_hire("r_basic_not_completed", "RECALL", f"Not verified (no registry record); FLETC-BIETP {b}, not completed.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], basic=b, resume=w.join(lines))

    # hire DOB missing, nothing in registry under that name
    for i in range(6):
        p = w.person(rare=True)
        w.reserve(p["first"], p["last"], None, p["middle"])
        lines, cats = w.nonleo_lines(p["hd"])
        w.add_hire("r_dob_missing_no_record", "RECALL",
                   "Hire DOB blank; no registry row shares the surname at all; resume non-sworn only. Nothing to review.",
                   p["first"], p["last"], None, p["hd"], p["sex"], middle=p["middle"], dob_text="", resume=w.join(lines))

    # married name, common first name, no middle names, no corroboration (arguable)
    for i in range(6):
        first = ["Jennifer", "Maria", "Ashley"][i % 3]
        p = w.person(sex="F", first=first)
        p["middle"] = ""
        other = w.pick_common_sur()
        while other == p["last"]:
            other = w.pick_common_sur()
        st = r.choice(STATES_DOB_REG)
        w.reserve(first, p["last"], p["dob"])
        w.verifying_cert(st, first.upper(), "", other.upper(), p["dob"], p["hd"])
        lines, cats = w.nonleo_lines(p["hd"], 1)
        w.add_hire("r_common_first_other_surname", "RECALL",
                   f"Registry ({st}) '{first} {other}' shares only a very common first name and DOB; no middle names, resume "
                   f"claims no sworn job ({cats[0]}). ARGUABLE (could be a maiden name) but nothing corroborates: RECALL; "
                   f"MANUAL_REVIEW also defensible.",
                   first, p["last"], p["dob"], p["hd"], "F", resume=w.join(lines))

    # FL: LE Aux or CO only, names + birth year agree
    for i in range(10):
        p = w.person(rare=True)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        cls, etype = ("LE", "Aux") if i % 2 == 0 else ("CO", "FT")
        w.fl_rows_for(p, cls, etype)
        w.add_hire("r_fl_nonsworn_lead", "RECALL",
                   f"FL export (birth year only) has this name with class {cls}, type {etype}: even if it is the hire, "
                   f"{'an auxiliary job' if cls == 'LE' else 'a corrections job'} cannot qualify -> nothing to review.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"],
                   resume=w.join([w.fmt("Corrections Officer, Florida Dept of Corrections, FL {a}-{b}" if cls == "CO" else
                                        "Auxiliary Deputy (volunteer), Orange County Sheriff's Office, FL {a}-{b}",
                                        w.years_recent(p["hd"]), p["hd"])]))

    # ======================================================================= REMEDIATED
    for i in range(80):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        k = i % 4
        if k == 0:
            lines, cats = w.nonleo_lines(p["hd"])
            why = "no registry record"
        elif k == 1:
            st = r.choice(STATES_DOB_REG)
            nt, cat = r.choice(NONSWORN_TYPES[st])
            w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], nt, "Active" if st != "GA" else "Current",
                   p["hd"] - dt.timedelta(days=2000), None, r.choice(NONSWORN_AGENCY[st]))
            lines = [w.fmt(f"{nt}, {r.choice(NONSWORN_AGENCY[st])} {{a}}-{{b}}", w.years_recent(p["hd"]), p["hd"])]
            why = f"only a {st} non-sworn '{nt}'"
        elif k == 2:
            st = r.choice(STATES_DOB_REG)
            w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Revoked",
                   p["hd"] - dt.timedelta(days=3000), p["hd"] - dt.timedelta(days=400), r.choice(AGENCIES[st]))
            lines = [w.fmt(r.choice(COVERED_CLAIMS[st]), w.years_recent(p["hd"]), p["hd"])]
            why = f"{st} sworn cert revoked"
        else:
            lines = [r.choice(ASPIRATIONAL)]
            why = "aspirational resume only"
        w.add_hire("rem_basic_completed", "REMEDIATED", f"Not verified ({why}); FLETC-BIETP completed after hire.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], basic="completed",
                   resume=w.join(lines + w.filler(p["hd"])))
    for i in range(8):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        tpl, stt = r.choice(UNCOVERED_CLAIMS)
        w.add_hire("rem_gap_but_basic_done", "REMEDIATED",
                   f"Recent sworn claim in {stt} (no registry: a coverage gap) but the full basic course is completed: "
                   f"no recall decision is needed. ARGUABLE vs MANUAL_REVIEW; README orders REMEDIATED first.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], basic="completed",
                   resume=w.fmt(tpl, w.years_recent(p["hd"]), p["hd"]))

    # ======================================================================= MANUAL_REVIEW
    for i in range(62):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        tpl, stt = UNCOVERED_CLAIMS[i % len(UNCOVERED_CLAIMS)]
        line = w.fmt(tpl, w.years_recent(p["hd"]), p["hd"])
        extra = w.nonleo_lines(p["hd"], 1)[0] if r.random() < 0.3 else []
        w.add_hire("m_gap_resume_uncovered_state", "MANUAL_REVIEW",
                   f"Resume claims recent sworn service in {stt} ('{line}'); no {stt} registry loaded: coverage gap.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join([line] + extra + w.filler(p["hd"])))
    for i in range(12):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        line = w.fmt(NOSTATE_CLAIMS[i % len(NOSTATE_CLAIMS)], w.years_recent(p["hd"]), p["hd"])
        w.add_hire("m_gap_resume_no_state", "MANUAL_REVIEW",
                   f"Resume claims recent sworn service naming no (unambiguous) state ('{line}'): coverage gap, review.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.join([line] + w.filler(p["hd"])))
    HIST_GAP = [("Reno Police Department", "Police Officer", "NV"), ("Maricopa County Sheriff's Office", "Deputy Sheriff", "AZ"),
                ("Seattle Police Department", "Patrol Officer", "WA"), ("Ohio State Highway Patrol", "Trooper", "OH"),
                ("Chicago Police Department", "Police Officer", "IL"), ("Denver Police Department", "Police Officer", "CO"),
                ("Albuquerque Police Department", "Ptl.", "NM"), ("Nashville Metro PD", "Police Ofc.", "TN")]
    for i in range(26):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        emp, title, stt = HIST_GAP[i % len(HIST_GAP)]
        hid = w.add_hire("m_gap_history_uncovered_state", "MANUAL_REVIEW",
                         f"Employment history: '{title}' at {emp} ({stt}), ending at or shortly before hire; no {stt} registry: coverage gap.",
                         p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"],
                         resume=w.join(w.filler(p["hd"], 1)))
        w.history.append(dict(hire_id=hid, employer=emp, title=title, state=stt,
                              start_date=iso(p["hd"] - dt.timedelta(days=r.randint(1500, 4000))),
                              end_date="" if i % 2 else iso(p["hd"] - dt.timedelta(days=r.randint(10, 300)))))

    # FL birth-year leads, LE full time
    for i in range(24):
        p = w.person(rare=True)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.fl_rows_for(p, "LE", r.choice(["FT", "FT", "PT"]))
        claim = r.random() < 0.5
        res = w.fmt(r.choice(COVERED_CLAIMS["FL"]), w.years_recent(p["hd"]), p["hd"]) if claim else w.join(w.nonleo_lines(p["hd"], 1)[0])
        w.add_hire("m_fl_birth_year_lead", "MANUAL_REVIEW",
                   "FL export has this first+last name with the hire's birth year only, class LE (sworn): a lead without a full "
                   "DOB -> cannot verify, cannot dismiss.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=res)

    # CA / OK rows with year-only or blank DOB
    for i in range(14):
        p = w.person(rare=True)
        st = "CA" if i % 2 == 0 else "TX"
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        dob_val = p["dob"].year if i % 4 in (0, 1) else None
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), dob_val, p["hd"])
        w.add_hire("m_registry_dob_partial", "MANUAL_REVIEW",
                   f"{st} sworn row with exact names but DOB {'year only' if dob_val else 'blank'}: a lead, not proof.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # DOB one keystroke off (rare names)
    for i in range(20):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        d = p["dob"]
        if i % 2:
            rd = d.replace(year=d.year + (1 if d.year % 10 != 9 else -1))
        else:
            nd = d.day + 1 if d.day % 10 != 9 and d.day < 28 else d.day - 1
            rd = d.replace(day=nd)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), rd, p["hd"])
        w.add_hire("m_dob_one_keystroke", "MANUAL_REVIEW",
                   f"{st} exact names, DOB {iso(rd)} vs hire {iso(d)}: one digit off, no namesakes -> lead (typo or stranger).",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # names swapped between columns (Vietnamese / Chinese order)
    for i in range(16):
        gn, fam = (VIET + CHINESE)[i % 20]
        p = w.person(first=gn, last=fam)
        st = r.choice(["CA", "TX", "GA", "VA"])
        w.reserve(gn, fam, p["dob"])
        w.reserve(fam, gn, p["dob"])
        w.verifying_cert(st, fam.upper(), "", gn.upper(), p["dob"], p["hd"])
        w.add_hire("m_names_swapped", "MANUAL_REVIEW",
                   f"Hire given '{gn}' family '{fam}'; {st} registry first='{fam.upper()}' last='{gn.upper()}' (order swapped), "
                   f"DOB equal: lead, the columns cannot tell which is the family name.",
                   gn, fam, p["dob"], p["hd"], p["sex"], middle="", resume=w.sworn_resume(st, p["hd"]))

    # name change (married), middle names agree
    for i in range(20):
        first = ["Jennifer", "Maria", "Ashley", "Amanda", "Nicole"][i % 5]
        p = w.person(sex="F", first=first)
        if not p["middle"]:
            p["middle"] = w.middle("F")
        maiden = w.rare_sur()
        st = r.choice(STATES_DOB_REG)
        w.reserve(first, p["last"], p["dob"], p["middle"])
        w.reserve(first, maiden, p["dob"])
        if i % 2:   # reverse: hire uses maiden, registry married
            hl, rl = maiden, p["last"]
        else:
            hl, rl = p["last"], maiden
        w.verifying_cert(st, first.upper(), p["middle"].upper(), rl.upper(), p["dob"], p["hd"])
        w.add_hire("m_name_change_middle_agrees", "MANUAL_REVIEW",
                   f"Hire '{first} {p['middle']} {hl}' vs {st} '{first} {p['middle']} {rl}': same first, middle and DOB, other surname: "
                   f"possible marriage name change, no document linking the surnames -> review.",
                   first, hl, p["dob"], p["hd"], "F", middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # name change, common first, no middles, agency corroborates (arguable)
    for i in range(6):
        first = ["Jennifer", "Maria", "Ashley"][i % 3]
        p = w.person(sex="F", first=first)
        other = w.pick_common_sur()
        while other == p["last"]:
            other = w.pick_common_sur()
        st = ["TX", "OK"][i % 2]
        ag = "Harris County Sheriff's Office" if st == "TX" else "Tulsa Police Department"
        w.reserve(first, p["last"], p["dob"])
        w.verifying_cert(st, first.upper(), "", other.upper(), p["dob"], p["hd"], agency=ag, separated=True)
        ab = w.years_recent(p["hd"])
        line = (f"Deputy Sheriff, Harris County SO, Houston TX {ab[0]}-{ab[1]}" if st == "TX" else
                f"Patrol Officer - Tulsa PD (Tulsa, OK) ({ab[0]}-{ab[1]})")
        w.add_hire("m_name_change_agency_corroborates", "MANUAL_REVIEW",
                   f"Hire '{first} {p['last']}' (no middle) claims '{line}'; {st} holds '{first.upper()} {other.upper()}' with the "
                   f"SAME DOB at that very agency: a likely maiden/married name. ARGUABLE (common first name) but recalling would "
                   f"ignore strong circumstantial evidence: review.",
                   first, p["last"], p["dob"], p["hd"], "F", resume=line)

    # two variations at once: nickname + surname typo; typo in first AND last
    for i in range(14):
        formal, nick = NICK[(i * 5) % len(NICK)]
        sex = "F" if formal in FEMALE_FORMAL else "M"
        p = w.person(sex=sex, rare=True)
        while len(p["last"]) < 6:
            p = w.person(sex=sex, rare=True)
        st = r.choice(STATES_DOB_REG)
        t = typo(p["last"])
        if i % 2 == 0:
            hf, rf, what = nick, formal, "nickname AND a surname typo"
        else:
            hf, rf, what = typo(formal) if len(formal) >= 5 else formal, formal, "a first-name typo AND a surname typo"
        w.reserve(hf, p["last"], p["dob"], p["middle"])
        w.reserve(rf, t, p["dob"])
        w.verifying_cert(st, rf.upper(), "", t.upper(), p["dob"], p["hd"])
        w.add_hire("m_two_variations", "MANUAL_REVIEW",
                   f"Hire '{hf} {p['last']}' vs {st} '{rf.upper()} {t.upper()}', DOB equal: {what} = two variations -> lead only.",
                   hf, p["last"], p["dob"], p["hd"], sex, middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # ambiguous: two registry people same name+DOB, middles differ, one qualifies one not; hire has no middle
    for i in range(10):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        m1 = w.middle(p["sex"])
        m2 = w.middle(p["sex"])
        while m2[0] == m1[0]:
            m2 = w.middle(p["sex"])
        w.reserve(p["first"], p["last"], p["dob"])
        w.verifying_cert(st, p["first"].upper(), m1.upper(), p["last"].upper(), p["dob"], p["hd"])
        w.cert(st, p["first"].upper(), m2.upper(), p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Revoked",
               p["hd"] - dt.timedelta(days=4000), p["hd"] - dt.timedelta(days=1500), r.choice(AGENCIES[st]))
        w.add_hire("m_ambiguous_two_people", "MANUAL_REVIEW",
                   f"{st} has two people '{p['first']} {m1} {p['last']}' (qualifies) and '{p['first']} {m2} {p['last']}' (revoked), "
                   f"same DOB; hire has no middle name: cannot tell which.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle="", resume=w.sworn_resume(st, p["hd"]))
    # ...and the same with the hire's middle name resolving it -> VERIFIED
    for i in range(8):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        m1 = w.middle(p["sex"])
        m2 = w.middle(p["sex"])
        while m2[0] == m1[0]:
            m2 = w.middle(p["sex"])
        w.reserve(p["first"], p["last"], p["dob"], m1)
        w.verifying_cert(st, p["first"].upper(), m1.upper(), p["last"].upper(), p["dob"], p["hd"])
        w.cert(st, p["first"].upper(), m2.upper(), p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Revoked",
               p["hd"] - dt.timedelta(days=4000), p["hd"] - dt.timedelta(days=1500), r.choice(AGENCIES[st]))
        w.add_hire("m_middle_disagrees_revoked", "MANUAL_REVIEW",
                   f"{st} has '{p['first']} {m1} {p['last']}' (qualifies, hire's middle) and '{p['first']} {m2} {p['last']}' (REVOKED), "
                   f"same first/last/DOB in one registry: more likely one person with a mis-keyed middle name than two; the "
                   f"revoked sworn cert may be the hire's -> review. ARGUABLE: VERIFIED if the registry's middle names are trusted.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=m1, resume=w.sworn_resume(st, p["hd"]))

    # incomplete cert data: separation 'unknown' / blank issued date
    for i in range(12):
        p = w.person()
        st = r.choice(["TX", "CA", "VA", "GA"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        if i % 2 == 0:
            w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Inactive" if st != "GA" else "Expired",
                   p["hd"] - dt.timedelta(days=3000), r.choice(["unknown", "TBD", "?"]), r.choice(AGENCIES[st]))
            what = "separation date given as unknown: window and service cannot be decided"
        else:
            w.cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], SWORN_TYPES[st][0], "Active" if st != "GA" else "Current",
                   None, None, r.choice(AGENCIES[st]))
            what = "blank issued date: 12-month service test cannot be decided"
        w.add_hire("m_cert_data_incomplete", "MANUAL_REVIEW", f"{st} exact match, sworn, {what}.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # limited-class sworn types
    for i in range(12):
        p = w.person()
        st, ct = LIMITED_TYPES[i % len(LIMITED_TYPES)]
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"], ctype=ct)
        w.add_hire("m_limited_cert_type", "MANUAL_REVIEW",
                   f"{st} '{ct}': a limited-powers class (part-time/campus/830.3/tribal), not clearly full-powers -> review "
                   f"(README: registry qualifiers send it to review).",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # VA list decert lead (no DOB) for an otherwise verified hire
    VA_LE_FUNCS = ["Law-Enforcement Officer", "Law Enforcement Officer", "Law Enforcment Officer", "Law-Enforcement & Jail Officer",
                   "Jail Officer/Inmate Security"]
    for i in range(16):
        p = w.person(rare=True)
        if not p["middle"]:
            p["middle"] = w.middle(p["sex"])
        st = "VA" if i % 2 == 0 else r.choice(["TX", "GA"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), p["middle"][0], p["last"].upper(), p["dob"], p["hd"])
        dd = p["hd"] - dt.timedelta(days=r.randint(60, 900))
        vf = p["first"]
        note = ""
        if i % 5 == 3:
            for f_, n_ in NICK:
                if f_ == p["first"]:
                    vf, note = n_, f" (list writes nickname '{n_}')"
                    break
        tab = 1 if dd.year >= 2021 else 3
        status = "Finalized" if i % 4 else "Appeal Pending"
        if status == "Appeal Pending":
            tab = 2
        w.va_decerts.append(dict(tab=tab, last=p["last"], first=vf, mi=p["middle"][0] + ". ", agency=r.choice(AGENCIES["VA"]),
                                 func=VA_LE_FUNCS[i % len(VA_LE_FUNCS)], date=dd, status=status,
                                 reason="Decertification Cause: 15.2-1707(B)(vi)- Untruthful statements during IA Investigation"))
        w.add_hire("m_va_decert_list_lead", "MANUAL_REVIEW",
                   f"Own {st} cert qualifies, but the VA DCJS list has '{p['last']}, {vf}, {p['middle'][0]}.'{note} decertified "
                   f"{iso(dd)} ({status}), before hire; the list has no DOB: may be the hire -> review.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))
    # VA list: reinstated / dated after hire -> verified
    for i in range(10):
        p = w.person(rare=True)
        if not p["middle"]:
            p["middle"] = w.middle(p["sex"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert("VA", p["first"].upper(), p["middle"][0], p["last"].upper(), p["dob"], p["hd"])
        if i % 2 == 0:
            rd = p["hd"] - dt.timedelta(days=r.randint(200, 700))
            w.va_decerts.append(dict(tab=4, last=p["last"], first=p["first"], mi=p["middle"][0] + ".", agency=r.choice(AGENCIES["VA"]),
                                     func="Law-Enforcement Officer", date="N/A",
                                     status=r.choice([" Reinstated %s " % rd.strftime("%m/%d/%Y"), "REINSTATED, %s" % rd.strftime("%m/%d/%Y")]),
                                     reason=None))
            why = f"VA list tab 4 shows '{p['last']}, {p['first']}' REINSTATED {iso(rd)}: reinstated is not a decertification"
        else:
            dd = p["hd"] + dt.timedelta(days=r.randint(60, 300))
            w.va_decerts.append(dict(tab=1, last=p["last"], first=p["first"], mi=p["middle"][0] + ".", agency=r.choice(AGENCIES["VA"]),
                                     func="Law-Enforcement Officer", date=dd, status="Finalized",
                                     reason="Decertification Cause: 15.2-1707(B)(iii)- Arrested"))
            why = (f"VA list decertification of a same-named person dated {iso(dd)}, AFTER hire: does not affect status at hire. "
                   f"ARGUABLE: MANUAL_REVIEW is safe, RECALL wrong")
        w.add_hire("v_va_list_not_disqualifying", "VERIFIED_LEO", f"Own VA cert qualifies; {why}.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume("VA", p["hd"]))
    # VA list: finalized with no date / typo date
    for i in range(4):
        p = w.person(rare=True)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert("VA", p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.va_decerts.append(dict(tab=1, last=p["last"], first=p["first"], mi=None, agency=r.choice(AGENCIES["VA"]),
                                 func="Law Enforcement Officer", date=["N/A", "11/02/20217"][i % 2], status="FINALIZED",
                                 reason="Decertification Cause: 15.2-1707(B)(vi)- Falsifying Documents"))
        w.add_hire("m_va_decert_no_date", "MANUAL_REVIEW",
                   "Own VA cert qualifies; VA list has a finalized decertification of a same-named person with no usable date "
                   "(N/A or typo year): may be before hire -> review.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume("VA", p["hd"]))

    # contract decert without action_date
    for i in range(5):
        p = w.person()
        st = r.choice(["TX", "CA", "GA"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.decerts.append(dict(source=st, first=p["first"], last=p["last"], dob=p["dob"], action="revoked", date=None,
                              reason="Date not recorded"))
        w.add_hire("m_decert_no_date", "MANUAL_REVIEW",
                   f"Own {st} cert qualifies; a revocation of the same person (name+DOB) has no action_date: may be before hire.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))
    # contract decert with DOB one keystroke off, before hire
    for i in range(6):
        p = w.person(rare=True)
        st = r.choice(["TX", "CA", "GA"])
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        d = p["dob"]
        dd = d.replace(year=d.year + (1 if d.year % 10 != 9 else -1))
        w.decerts.append(dict(source=st, first=p["first"], last=p["last"], dob=dd, action="revoked",
                              date=p["hd"] - dt.timedelta(days=300), reason="Felony conviction"))
        w.add_hire("m_decert_dob_keystroke", "MANUAL_REVIEW",
                   f"Own {st} cert qualifies; a revocation before hire for the same name with DOB {iso(dd)} (one digit off hire "
                   f"{iso(d)}): may be the hire's (mistyped date) -> review.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # strong revoked sworn cert in another state + qualifying cert
    for i in range(8):
        p = w.person()
        st, st2 = r.sample(STATES_DOB_REG, 2)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.cert(st2, w.up(st2, p["first"]), "", w.up(st2, p["last"]), p["dob"], SWORN_TYPES[st2][0], "Revoked",
               p["hd"] - dt.timedelta(days=5000), p["hd"] - dt.timedelta(days=r.randint(200, 900)), r.choice(AGENCIES[st2]))
        w.add_hire("m_revoked_in_other_state", "MANUAL_REVIEW",
                   f"Same person (name+DOB) holds a qualifying {st} cert and a REVOKED sworn {st2} cert: conflicting records; "
                   f"a revocation is usually reciprocal -> review, not verify.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # hire DOB missing, registry name match
    for i in range(10):
        p = w.person(rare=True)
        st = r.choice(STATES_DOB_REG)
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
        w.add_hire("m_hire_dob_missing", "MANUAL_REVIEW",
                   f"Hire DOB blank; {st} sworn qualifying row with the same first name and rare surname: cannot link strongly, "
                   f"cannot dismiss.",
                   p["first"], p["last"], None, p["hd"], p["sex"], middle=p["middle"], dob_text="", resume=w.sworn_resume(st, p["hd"]))

    # two families: compound surnames sharing one word
    for i in range(5):
        sex = r.choice("MF")
        first = r.choice(HISP_FIRST_F if sex == "F" else HISP_FIRST_M)
        a, b, c = r.sample(HISP_SUR, 3)
        p = w.person(sex=sex, first=first, last=a)
        st = r.choice(["TX", "CA"])
        w.reserve(first, f"{a}-{b}", p["dob"], p["middle"])
        w.reserve(first, f"{c}-{a}", p["dob"])
        w.verifying_cert(st, first.upper(), "", f"{c}-{a}".upper(), p["dob"], p["hd"])
        w.add_hire("m_two_families", "MANUAL_REVIEW",
                   f"Hire '{first} {a}-{b}' vs {st} '{first} {c}-{a}', DOB equal: compound surnames sharing one word are two "
                   f"families (or one re-ordered): lead only.",
                   first, f"{a}-{b}", p["dob"], p["hd"], sex, middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))

    # swapped DOB on a crowded name
    for i in range(5):
        first = ["Michael", "James", "Jennifer", "Maria", "David"][i]
        sex = "F" if first in ("Jennifer", "Maria") else "M"
        last = w.rare_sur()
        hd = w.hire_date()
        dob = w.swappable_dob(hd)
        st = r.choice(["TX", "CA"])
        rd = D(dob.year, dob.day, dob.month)
        w.reserve(first, last, dob)
        w.verifying_cert(st, first.upper(), "", last.upper(), rd, hd)
        for k in range(6):   # six namesakes with far, distinct DOBs
            nd = D(dob.year - 15 + 5 * (k % 6) + (1 if k >= 3 else 0), ((dob.month + 2 + k) % 12) + 1, ((dob.day + 7 + 3 * k) % 28) + 1)
            if abs(nd.year - dob.year) < 2:
                nd = nd.replace(year=nd.year + 3)
            s2 = r.choice(STATES_DOB_REG)
            w.cert(s2, first.upper(), w.middle(sex).upper(), last.upper(), nd, SWORN_TYPES[s2][0], "Active" if s2 != "GA" else "Current",
                   hd - dt.timedelta(days=3000), None, r.choice(AGENCIES[s2]))
        w.add_hire("m_swapped_dob_crowded", "MANUAL_REVIEW",
                   f"{st} '{first} {last}' with DOB {iso(rd)} = hire DOB {iso(dob)} with day/month swapped, but six other registry "
                   f"people share the name (policy: swapped DOB verifies only with <=4 namesakes) -> lead.",
                   first, last, dob, hd, sex, resume=w.sworn_resume(st, hd))

    # ======================================================================= overrides
    ov_targets = []
    for i in range(8):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        k = i % 4
        if k == 0:   # recall-looking -> override VERIFIED (NV letter)
            tpl, stt = UNCOVERED_CLAIMS[3]
            hid = w.add_hire("o_override_verified", "VERIFIED_LEO",
                             "Coverage-gap claim (NV) resolved by an analyst override VERIFIED_LEO (NV POST letter): override stands.",
                             p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"],
                             resume=w.fmt(tpl, w.years_recent(p["hd"]), p["hd"]))
            w.overrides.append(dict(hire_id=hid, determination="verified_leo" if i == 4 else "VERIFIED_LEO", reviewer="A. Okafor",
                                    reviewed_on=iso(p["hd"] + dt.timedelta(days=200)),
                                    justification="Nevada POST confirmed active Category I certification by letter dated 2025-03-02"))
        elif k == 1:  # verified-looking -> override RECALL
            st = r.choice(STATES_DOB_REG)
            w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
            hid = w.add_hire("o_override_recall", "RECALL",
                             f"{st} cert would verify, but an analyst override RECALL (internal affairs finding) replaces it.",
                             p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], resume=w.sworn_resume(st, p["hd"]))
            w.overrides.append(dict(hire_id=hid, determination="RECALL", reviewer="M. Delgado", reviewed_on=iso(p["hd"] + dt.timedelta(days=120)),
                                    justification="Certificate obtained with falsified academy record; POST notified"))
        elif k == 2:  # manual review override on recall
            hid = w.add_hire("o_override_review", "MANUAL_REVIEW",
                             "Plain recall case overridden by analyst to MANUAL_REVIEW pending records request.",
                             p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"],
                             resume=w.join(w.nonleo_lines(p["hd"], 1)[0]))
            w.overrides.append(dict(hire_id=hid, determination="MANUAL_REVIEW", reviewer="J. Park", reviewed_on=iso(p["hd"] + dt.timedelta(days=90)),
                                    justification="Applicant submitted out-of-country police service records; translation pending"))
        else:  # full-track hire given RECALL by override (contradicts track, stands)
            hid = w.add_hire("o_override_full_track", "RECALL",
                             "Full-track (BASIC) hire with an override RECALL: override stands (flagged OVERRIDE_CONTRADICTS_TRACK).",
                             p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], track="BASIC", course=None,
                             basic="enrolled", resume=w.join(w.nonleo_lines(p["hd"], 1)[0]))
            w.overrides.append(dict(hire_id=hid, determination="RECALL", reviewer="J. Park", reviewed_on=iso(p["hd"] + dt.timedelta(days=30)),
                                    justification="Entered in error against the wrong hire; kept for the record"))

    # ======================================================================= NOT_APPLICABLE
    for i in range(250):
        p = w.person()
        w.reserve(p["first"], p["last"], p["dob"], p["middle"])
        k = i % 5
        if k == 0:
            st = r.choice(STATES_DOB_REG)
            w.verifying_cert(st, p["first"].upper(), "", p["last"].upper(), p["dob"], p["hd"])
            res = w.sworn_resume(st, p["hd"])
        elif k == 1:
            tpl, stt = r.choice(UNCOVERED_CLAIMS)
            res = w.fmt(tpl, w.years_recent(p["hd"]), p["hd"])
        else:
            res = w.join(w.nonleo_lines(p["hd"])[0])
        w.add_hire("na_full_track", "NOT_APPLICABLE", "screening_track BASIC and no short-track course: full academy.",
                   p["first"], p["last"], p["dob"], p["hd"], p["sex"], middle=p["middle"], track=r.choice(["BASIC", "BASIC", "Basic"]),
                   course=None, basic=r.choice(["completed", "enrolled", "completed"]), resume=res, basis="")


def fl_rows_for(self, p, cls, etype):
    """Florida CJSTC-style employment rows (birth year only) for a hire-linked person."""
    self.fl_person += 1
    pn = "%07d" % (400000 + self.fl_person)
    start = p["hd"] - dt.timedelta(days=self.r.randint(1500, 4000))
    sep = p["hd"] - dt.timedelta(days=self.r.randint(30, 400)) if self.r.random() < 0.6 else None
    self.reg.append(dict(st="FL", first=p["first"].upper(), middle=(p["middle"] or "").upper(), last=p["last"].upper(),
                         dob=p["dob"].year, ctype=cls, etype=etype, status="Inactive" if sep else "Active",
                         issued=start, sep=sep, agency=self.r.choice(AGENCIES["FL"]), pn=pn, hire=None))


World.fl_rows_for = fl_rows_for


# ============================================================================ background
def background(w: World, target_rows):
    r = w.r
    share = [("TX", .28), ("CA", .22), ("FL", .16), ("OK", .09), ("GA", .09), ("VA", .10), ("FED", .06)]
    rows = 0
    rejected = 0
    bg_people = []
    while rows < target_rows:
        st = r.choices([s for s, _ in share], [x for _, x in share])[0]
        sex = r.choice("MF")
        first = w.pick_first(sex)
        last = w.pick_common_sur() if r.random() < 0.8 else r.choice(HISP_SUR + ["Nguyen", "Tran", "Kim", "Park", "Patel"])
        if r.random() < 0.04:
            last = f"{last}-{w.pick_common_sur()}"
        hd_ref = D(2022, 6, 1)
        dob = hd_ref - dt.timedelta(days=r.randint(22 * 365, 62 * 365))
        mid = w.middle(sex, r.random() < 0.5) if r.random() < 0.75 else ""
        s8 = dob.strftime("%Y%m%d")
        sws = {s8, dob.strftime("%Y%d%m")}
        words = surwords(last)
        bad = any((wd, s8) in w.res_sur_dob for wd in words)
        bad = bad or any((norm(first), s) in w.res_first_dob for s in sws)
        bad = bad or (mid and len(mid) > 1 and any((norm(mid), s) in w.res_first_dob for s in sws))
        yearonly = st == "FL" or r.random() < 0.01
        blankdob = (not yearonly) and r.random() < 0.005
        if (yearonly or blankdob) and any((wd, norm(first)[:1]) in w.res_sur_first for wd in words):
            bad = True
        if bad:
            rejected += 1
            continue
        n = 1 if r.random() < 0.7 else 2
        career_start = dob + dt.timedelta(days=r.randint(21 * 365, 30 * 365))
        if career_start > D(2025, 1, 1):
            career_start = D(2024, 1, 1) - dt.timedelta(days=r.randint(0, 2000))
        for k in range(n):
            if st == "FL":
                cls = r.choices(["LE", "CO", "LE"], [5, 3, 1])[0]
                et = r.choices(["FT", "PT", "Aux"], [8, 1, 1])[0]
                iss = career_start + dt.timedelta(days=k * r.randint(700, 2000))
                sep = iss + dt.timedelta(days=r.randint(300, 4000)) if (k < n - 1 or r.random() < 0.4) else None
                if sep and sep > D(2025, 6, 1):
                    sep = None
                w.reg.append(dict(st="FL", first=first.upper(), middle=mid.upper(), last=last.upper(), dob=dob.year, ctype=cls,
                                  etype=et, status="Inactive" if sep else "Active", issued=iss, sep=sep,
                                  agency=r.choice(AGENCIES["FL"] + ["Broward Sheriff's Office", "Florida Department of Corrections"]),
                                  pn=None, bgid=len(bg_people), hire=None))
            else:
                sworn = r.random() < (0.62 if k == n - 1 else 0.35)
                if sworn:
                    ct = r.choice(SWORN_TYPES[st])
                    ag = r.choice(AGENCIES[st])
                else:
                    ct = r.choice(NONSWORN_TYPES[st])[0]
                    ag = r.choice(NONSWORN_AGENCY[st])
                iss = career_start + dt.timedelta(days=k * r.randint(700, 2000))
                if iss > D(2025, 5, 1):
                    iss = D(2025, 5, 1) - dt.timedelta(days=r.randint(0, 800))
                sep = iss + dt.timedelta(days=r.randint(200, 5000)) if (k < n - 1 or r.random() < 0.45) else None
                if sep and sep > D(2025, 6, 1):
                    sep = None
                x = r.random()
                if x < 0.025:
                    status = "Revoked"
                elif x < 0.035:
                    status = "Suspended"
                elif sep:
                    status = {"TX": "Inactive", "CA": r.choice(["Inactive", "Lapsed"]), "OK": r.choice(["INACTIVE", "LAPSED"]),
                              "GA": r.choice(["Expired", "Inactive"]), "VA": r.choice(["inactive", "Inactive - Retired"]),
                              "FED": "inactive"}[st]
                else:
                    status = {"TX": "Active", "CA": "Active", "OK": "ACTIVE", "GA": "Current", "VA": "active", "FED": "active"}[st]
                d = dob.year if yearonly else (None if blankdob else dob)
                if st == "FED":
                    d = dob
                w.reg.append(dict(st=st, first=w.up(st, first) if st != "FED" else first, middle=w.up(st, mid), last=w.up(st, last),
                                  dob=d, ctype=ct, status=status, issued=iss, sep=sep, agency=ag, bgid=len(bg_people), hire=None))
            rows += 1
        bg_people.append(dict(st=st, first=first, last=last, dob=dob, mid=mid))
    return bg_people, rejected


# ============================================================================ writers
def write_all(w: World, out, bg_people):
    r = w.r
    os.makedirs(out, exist_ok=True)
    # hires
    pd.DataFrame(w.hires).to_csv(os.path.join(out, "hires.csv"), index=False)
    pd.DataFrame(w.training, columns=["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"]) \
        .to_csv(os.path.join(out, "training.csv"), index=False)
    pd.DataFrame(w.history, columns=["hire_id", "employer", "title", "state", "start_date", "end_date"]) \
        .to_csv(os.path.join(out, "employment_history.csv"), index=False)
    pd.DataFrame(w.overrides, columns=["hire_id", "determination", "reviewer", "reviewed_on", "justification"]) \
        .to_csv(os.path.join(out, "overrides.csv"), index=False)

    by = {}
    rows = list(w.reg)
    r.shuffle(rows)
    for row in rows:
        by.setdefault(row["st"], []).append(row)

    def sepval(s, f):
        if isinstance(s, str):
            return s
        return f(s) if s else ""

    def dobval(d, f):
        if isinstance(d, int):
            return str(d)
        return f(d) if d else ""

    # TX: CSV, aliases, US dates
    tx = []
    for row in by["TX"]:
        row["rid"] = "%08d" % (100000 + w.rid("TX") * 13)
        tx.append({"Cert_ID": row["rid"], "Last": row["last"], "First": row["first"], "Middle": row["middle"],
                   "DOB": dobval(row["dob"], us), "Cert_Type": row["ctype"], "Status": row["status"],
                   "Issue_Date": us(row["issued"]) if row["issued"] else "", "Sep_Date": sepval(row["sep"], us),
                   "Agency": row["agency"], "State": "TX"})
    pd.DataFrame(tx).to_csv(os.path.join(out, "certifications_tx.csv"), index=False)

    # CA: parquet, contract names, ISO strings (some bare years)
    ca = []
    for row in by["CA"]:
        row["rid"] = "CA%07d" % w.rid("CA")
        ca.append(dict(record_id=row["rid"], source="CA", first_name=row["first"], middle_name=row["middle"], last_name=row["last"],
                       date_of_birth=dobval(row["dob"], iso), certification_type=row["ctype"], status=row["status"],
                       issued_date=iso(row["issued"]) if row["issued"] else "", separation_date=sepval(row["sep"], iso),
                       agency=row["agency"]))
    pq.write_table(pa.Table.from_pandas(pd.DataFrame(ca), preserve_index=False), os.path.join(out, "certifications_ca.parquet"))

    # GA: cp1252 CSV with its own headers
    ga = []
    for row in by["GA"]:
        row["rid"] = "GA-%06d" % w.rid("GA")
        ga.append({"Cert ID": row["rid"], "Surname": row["last"], "Given Name": row["first"], "Middle": row["middle"],
                   "Birth Date": dobval(row["dob"], iso), "Certification": row["ctype"], "Status": row["status"],
                   "Cert Date": iso(row["issued"]) if row["issued"] else "", "Sep Date": sepval(row["sep"], iso),
                   "Agency Name": row["agency"], "Registry": "GA"})
    pd.DataFrame(ga).to_csv(os.path.join(out, "certifications_ga.csv"), index=False, encoding="cp1252")

    # VA: contract layout CSV
    va = []
    for row in by["VA"]:
        row["rid"] = "VA%06d" % w.rid("VA")
        va.append(dict(record_id=row["rid"], source="VA", first_name=row["first"], middle_name=row["middle"], last_name=row["last"],
                       date_of_birth=dobval(row["dob"], iso), certification_type=row["ctype"], status=row["status"],
                       issued_date=iso(row["issued"]) if row["issued"] else "", separation_date=sepval(row["sep"], iso),
                       agency=row["agency"]))
    pd.DataFrame(va).to_csv(os.path.join(out, "certifications_va.csv"), index=False)

    # FED: parquet with real date types
    fed = []
    for row in by["FED"]:
        row["rid"] = "FED-%06d" % w.rid("FED")
        fed.append(dict(record_id=row["rid"], source="FED", first_name=row["first"], middle_name=row["middle"], last_name=row["last"],
                        date_of_birth=row["dob"] if isinstance(row["dob"], dt.date) else None,
                        certification_type=row["ctype"], status=row["status"],
                        issued_date=row["issued"], separation_date=row["sep"] if isinstance(row["sep"], dt.date) else None,
                        agency=row["agency"]))
    schema = pa.schema([("record_id", pa.string()), ("source", pa.string()), ("first_name", pa.string()),
                        ("middle_name", pa.string()), ("last_name", pa.string()), ("date_of_birth", pa.date32()),
                        ("certification_type", pa.string()), ("status", pa.string()), ("issued_date", pa.date32()),
                        ("separation_date", pa.date32()), ("agency", pa.string())])
    pq.write_table(pa.Table.from_pylist(fed, schema=schema), os.path.join(out, "certifications_fed.parquet"))

    # OK: xlsx, IDs as numbers shown with leading zeros, real date cells
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CLEET Certifications"
    ws.append(["Certification ID", "Last Name", "First Name", "Middle Name", "Date of Birth", "Certification", "Status",
               "Certified Date", "Separation Date", "Agency"])
    for row in by["OK"]:
        n = w.rid("OK") * 7 + 11
        row["rid"] = "%07d" % n
        ws.append([n, row["last"], row["first"], row["middle"] or None,
                   row["dob"] if isinstance(row["dob"], dt.date) else (str(row["dob"]) if row["dob"] else None),
                   row["ctype"], row["status"], row["issued"], row["sep"] if row["sep"] else None, row["agency"]])
        rr = ws.max_row
        ws.cell(rr, 1).number_format = "0000000"
        for c in (5, 8, 9):
            if isinstance(ws.cell(rr, c).value, dt.date):
                ws.cell(rr, c).number_format = "mm/dd/yyyy"
    wb.save(os.path.join(out, "certifications_ok.xlsx"))

    # FL: CJSTC employment export layout (+status), birth year only
    fl = []
    pn_seen = {}
    for row in by["FL"]:
        if row.get("pn"):
            pn = row["pn"]
        else:
            key = row.get("bgid")
            if key not in pn_seen:
                pn_seen[key] = "%07d" % (1000 + len(pn_seen) * 3)
            pn = pn_seen[key]
        row["rid"] = pn
        fl.append(dict(employment_nbr="%08d" % (5000000 + len(fl)), person_nbr=pn, agcy_nbr="%04d" % (100 + len(row["agency"])),
                       employ_type=row["etype"], employ_class=row["ctype"], employ_start_date=iso(row["issued"]),
                       separation_date=iso(row["sep"]) if row["sep"] else "",
                       separation_code=r.choice(["Vol", "Ret", "TWA", "MR"]) if row["sep"] else "",
                       last_name=row["last"], first_name=row["first"], middle_name=row["middle"],
                       sex_code=r.choice("MF"), race_code=r.choice("WBHAO"), birth_year=row["dob"], agcy_name=row["agency"],
                       status=row["status"]))
    pd.DataFrame(fl).to_csv(os.path.join(out, "certifications_fl.csv"), index=False)

    # contract decertifications (hire-linked + background)
    dec = []
    for i, d in enumerate(w.decerts):
        dec.append(dict(record_id="DC%05d" % (i + 1), source=d["source"], first_name=d["first"], last_name=d["last"],
                        date_of_birth=iso(d["dob"]), action=d["action"], action_date=iso(d["date"]) if d["date"] else "",
                        reason=d["reason"]))
    bgs = [b for b in bg_people if b["st"] in ("TX", "CA", "GA", "OK")]
    for b in r.sample(bgs, 320):
        ad = D(2012, 1, 1) + dt.timedelta(days=r.randint(0, 4800))
        dec.append(dict(record_id="DC%05d" % (len(dec) + 1), source=b["st"], first_name=b["first"], last_name=b["last"],
                        date_of_birth=iso(b["dob"]), action=r.choice(["revoked", "revoked", "suspended", "surrendered"]),
                        action_date=iso(ad), reason=r.choice(["Felony conviction", "Untruthfulness", "Failure to complete CE",
                                                              "Voluntary surrender"])))
    r.shuffle(dec)
    pd.DataFrame(dec).to_csv(os.path.join(out, "decertifications.csv"), index=False)

    # VA DCJS master decertification list, as published (4 sheets)
    va_bg = [b for b in bg_people if b["st"] == "VA"]
    vrows = list(w.va_decerts)
    funcs = ["Law-Enforcement Officer"] * 5 + ["Law Enforcement Officer"] * 2 + ["Jail Officer/Inmate Security"] * 2 + \
            ["Law-Enforcement & Jail Officer", "Law Enforcment Officer", "Jail Officer"]
    reasons = ["Decertification Cause: 15.2-1707(B)(vi)- Untruthful statements during IA Investigation",
               "Decertification Cause: 15.2-1707(B)(iii)- Arrested for Assault & Battery, Family Member",
               "Departmental Use of Force Violation/ Pursuant to 15.2-1707 (b)(iii)",
               "Felony:  Possession with intent to distribute (1 Count)", "Refusal to submit to drug screening §15.2-1707"]
    va_bg = [b for b in va_bg if not any((wd, norm(b["first"])[:1]) in w.res_sur_first for wd in surwords(b["last"]))]
    for b in r.sample(va_bg, 420):
        tab = r.choices([1, 2, 3, 4], [50, 8, 35, 7])[0]
        last = b["last"]
        if r.random() < 0.04:
            last = r.choice([f"{last}, Jr.", f"{last} III", f"{last}, II"])
        mi = (b["mid"][:1] + r.choice([".", ". ", ""])) if b["mid"] else None
        if tab == 4:
            rd = D(2021, 3, 1) + dt.timedelta(days=r.randint(0, 1400))
            vrows.append(dict(tab=4, last=last, first=b["first"], mi=mi, agency=r.choice(AGENCIES["VA"]), func=r.choice(funcs),
                              date=r.choice(["N/A", "N.A"]), status=r.choice([" Reinstated %s " % rd.strftime("%m/%d/%Y"),
                                                                               "REINSTATED, %s" % rd.strftime("%m/%d/%Y")]),
                              reason=None))
        else:
            if tab == 3:
                dd = D(1999, 1, 1) + dt.timedelta(days=r.randint(0, 7900))
            else:
                dd = D(2021, 1, 4) + dt.timedelta(days=r.randint(0, 1500))
            vrows.append(dict(tab=tab, last=last, first=b["first"], mi=mi, agency=r.choice(AGENCIES["VA"]), func=r.choice(funcs),
                              date=dd, status=r.choice(["Finalized", "FINALIZED", "Finalized "]) if tab != 2 else "Appeal Pending",
                              reason=r.choice(reasons)))
    titles = {1: ("1) Finalized - 2021 to Present", "TAB 1 - DCJS MASTER DECERTIFICATION LIST:  Finalized- 2021 to Present"),
              2: ("2) Pending Conclusion", "TAB 2 - DCJS MASTER DECERTIFICATION LIST:  PENDING FINALIZATION or APPEAL OUTCOME"),
              3: ("3) 2020 & Prior", "TAB 3 - DCJS MASTER DECERTIFICATION LIST:  2020 & Prior"),
              4: ("4) Reinstated - 2021 to Present", "TAB 4 - DCJS MASTER DECERTIFICATION LIST:  Reinstated - 2021 to Present")}
    wb = openpyxl.Workbook()
    first_ws = True
    for tab in (1, 2, 3, 4):
        ws = wb.active if first_ws else wb.create_sheet()
        first_ws = False
        ws.title = titles[tab][0]
        if tab == 2:
            ws.append([None, titles[tab][1]])
        else:
            ws.append([titles[tab][1]])
        if tab == 1:
            ws.append(["Virginia Code 15.2-1707 Revised and Expanded, Effective March 1, 2021"])
        hdr = ["Last Name", "First Name", "Middle\nInitial" if tab == 1 else "Middle Initial", "Agency", "Function",
               "Decert Date", "STATUS"] + (["Reason"] if tab != 4 else [])
        ws.append(hdr)
        rows_t = [v for v in vrows if v["tab"] == tab]

        def key(v):
            d = v["date"]
            if isinstance(d, dt.date):
                return d
            m = (v["status"] or "").strip().split()[-1]
            try:
                return dt.datetime.strptime(m, "%m/%d/%Y").date()
            except ValueError:
                return D(2021, 1, 1)
        rows_t.sort(key=key)
        year = None
        for v in rows_t:
            y = key(v).year
            if tab != 3 and y != year:
                ws.append([y])
                year = y
            dcell = dt.datetime.combine(v["date"], dt.time()) if isinstance(v["date"], dt.date) else v["date"]
            vals = [v["last"], v["first"], v["mi"], v["agency"], v["func"], dcell, v["status"]]
            if tab != 4:
                vals.append(v["reason"])
            ws.append(vals)
    wb.save(os.path.join(out, "decertifications_va.xlsx"))
    return len(tx), len(ca), len(ga), len(va), len(fed), ws, len(fl)


NICKSET = {(norm(a), norm(b)) for a, b in NICK} | {(norm(b), norm(a)) for a, b in NICK}


def related(f1, m1, f2, m2):
    a, b = norm(f1), norm(f2)
    if not a or not b:
        return True
    if a[0] == b[0] or jaro_winkler(a, b) >= 0.8 or (a, b) in NICKSET:
        return True
    if m1 and norm(m1) == b or m2 and norm(m2) == a:
        return True
    return False


def audit(w):
    """Self-check: rows of OTHER hires or background people close to a hire: shared surname word + DOB near +
    related first name; names-only rows with a related first name and same birth year; first+DOB (or swapped)
    under another surname."""
    from collections import defaultdict, Counter
    by_sw = defaultdict(list)
    by_fd = defaultdict(list)
    rows = w.reg + [dict(d, st=d["source"], middle="") for d in w.decerts]
    for row in rows:
        for wd in surwords(row["last"]):
            by_sw[wd].append(row)
        if isinstance(row["dob"], dt.date):
            by_fd[(norm(row["first"]), row["dob"].strftime("%Y%m%d"))].append(row)
    bad = []
    for hid, h in w.hire_meta.items():
        if h["label"] == "NOT_APPLICABLE":
            continue
        nd = near_dobs(h["dob"]) if h["dob"] else set()
        seen = set()
        for wd in surwords(h["last"]):
            for row in by_sw.get(wd, []):
                if row.get("owner") == hid or id(row) in seen:
                    continue
                d = row["dob"]
                if isinstance(d, dt.date) and d.strftime("%Y%m%d") not in nd:
                    continue
                if not isinstance(d, dt.date) and not (d is None or h["dob"] is None or d == h["dob"].year):
                    continue
                if not related(h["first"], h["middle"], row["first"], row.get("middle")):
                    continue
                if isinstance(d, dt.date):
                    if True:
                        bad.append((hid, h["scen"], "surname+dob", row["first"], row["last"], d, row.get("owner")))
                        seen.add(id(row))
                elif d is None or h["dob"] is None or d == h["dob"].year:
                    bad.append((hid, h["scen"], "names-only", row["first"], row["last"], d, row.get("owner")))
                    seen.add(id(row))
        if h["dob"]:
            for s8 in (h["dob"].strftime("%Y%m%d"), h["dob"].strftime("%Y%d%m")):
                for row in by_fd.get((norm(h["first"]), s8), []):
                    if row.get("owner") != hid and id(row) not in seen:
                        bad.append((hid, h["scen"], "first+dob", row["first"], row["last"], row["dob"], row.get("owner")))
                        seen.add(id(row))
    print("AUDIT conflicts:", len(bad), Counter(b[1] for b in bad).most_common())
    for b in bad[:40]:
        print("  ", b)
    w.audit_bad = bad


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    w = World(SEED)
    build(w)
    bg_people, rejected = background(w, 38000)
    audit(w)
    write_all(w, a.out, bg_people)
    with open(a.truth, "w", newline="", encoding="utf-8") as f:
        cw = csv.DictWriter(f, fieldnames=["hire_id", "expected_determination", "why"])
        cw.writeheader()
        cw.writerows(w.truth)
    from collections import Counter
    c = Counter(t["expected_determination"] for t in w.truth)
    rc = Counter(x["st"] for x in w.reg)
    print("hires", len(w.hires), dict(c))
    print("registry rows", len(w.reg), dict(rc), "background rejected", rejected)
    print("decerts", len(w.decerts), "va list hire-linked", len(w.va_decerts), "history", len(w.history),
          "overrides", len(w.overrides))


if __name__ == "__main__":
    main()
