"""Synthetic audit input with recorded truth: :func:`generate_sample`.

Why a generator and not a fixture: the audit must be judged on data that looks like the
real thing (registries that publish upper-case names, US dates, birth years only; people
with one to three certifications in several states; nicknames, typos, maiden names) *and*
whose right answer is known. Every hire is built from one scenario (``truth.csv``) whose
expected determination follows the contract's default policy, and everything that could
accidentally change that answer is kept out on purpose:

- hires never share a birth date with another hire whose first or last name they could be
  confused with, so one hire's registry record can never link to another hire;
- background registry people (most rows) never share a birth date (or its day/month swap)
  with a short-track hire whose first or last name is within two edits, a nickname, or a
  surname word of theirs; rows without a full birth date (blank, or a birth year only)
  never carry the name of a short-track hire born within a year of them;
- the twins and namesakes that *are* wanted (scenarios, plus a sprinkle of decoys) are
  placed deliberately: twins share surname and full birth date but have a first name that
  is no nickname, typo, or middle-name swap of the hire's; namesakes share first and last
  name and are born at least two years apart.

Determinism: one ``numpy.random.default_rng(seed)`` drives everything (a ``random.Random``
seeded from it does the per-hire string work, because scalar draws from numpy are slow),
"today" is the constant :data:`TODAY`, sorts are stable, and files are written without
timestamps, so the same arguments give byte-identical files.

Speed: the registry's background people are drawn and formatted column-wise; only the
hires (and their few registry rows) are built in a Python loop.
"""

from __future__ import annotations

import functools
import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from rapidfuzz.distance import OSA

from audit.contract import (
    CERTIFICATIONS,
    DECERTIFICATIONS,
    EMPLOYMENT_HISTORY,
    HIRES,
    OVERRIDES,
    TRAINING,
)

__all__ = ["REGISTRY_SOURCES", "SCENARIOS", "TODAY", "generate_sample"]

# --------------------------------------------------------------------------- calendar


def _day(iso: str) -> int:
    """Days since 1970-01-01: every date is an int until the files are written."""
    return int(np.datetime64(iso, "D").astype(np.int64))


TODAY_ISO = "2026-03-31"
TODAY = _day(TODAY_ISO)  # the registries' extract date; nothing is dated after it
_HIRE_FIRST = _day("2023-01-02")
_HIRE_LAST = _day("2025-12-31")
_DOB_FIRST = _day("1965-01-01")
_DOB_LAST = _day("2002-12-31")
_REG_DOB_FIRST = _day("1955-01-01")
_REG_DOB_LAST = _day("2003-12-31")
_YEAR = 365
_NA = -(10**6)  # "blank" for int dates
_TABLE_LO = _day("1950-01-01")
_TABLE_HI = _day("2030-12-31")


@functools.lru_cache(maxsize=1)
def _date_tables() -> tuple[np.ndarray, np.ndarray, np.ndarray, list[int]]:
    """ISO, US (MM/DD/YYYY) and year strings for every day the generator can produce:
    formatting millions of dates becomes one gather instead of millions of strftime."""
    days = np.arange(_TABLE_LO, _TABLE_HI + 1).astype("datetime64[D]")
    iso = np.datetime_as_string(days, unit="D").astype(object)
    us = np.array([f"{s[5:7]}/{s[8:10]}/{s[0:4]}" for s in iso], dtype=object)
    years = np.array([s[0:4] for s in iso], dtype=object)
    year_int = [int(s) for s in years]
    return iso, us, years, year_int


_YEARS_NP = (
    np.arange(_TABLE_LO, _TABLE_HI + 1).astype("datetime64[D]").astype("datetime64[Y]")
).astype(np.int64) + 1970


def _year_of(day: int) -> int:
    return _date_tables()[3][day - _TABLE_LO]


def _ymd(days: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    dt = days.astype("datetime64[D]")
    months = dt.astype("datetime64[M]")
    y = months.astype("datetime64[Y]").astype(np.int64) + 1970
    m = months.astype(np.int64) % 12 + 1
    d = (dt - months.astype("datetime64[D]")).astype(np.int64) + 1
    return y, m, d


def _swap_day_month(days: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The date with day and month exchanged, where that is another valid date."""
    y, m, d = _ymd(days)
    ok = (d <= 12) & (d != m)
    month_index = (y - 1970) * 12 + (np.where(ok, d, 1) - 1)
    swapped = month_index.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64)
    swapped = swapped + (m - 1)
    return np.where(ok, swapped, _NA), ok


# --------------------------------------------------------------------------- registries

REGISTRY_SOURCES: tuple[str, ...] = ("CA", "FED", "FL", "MN", "NY", "TX", "VA")
_SRC_WEIGHTS = (0.20, 0.12, 0.12, 0.07, 0.15, 0.24, 0.10)
_SRC_WEIGHT = np.array(_SRC_WEIGHTS)
_SRC = {s: i for i, s in enumerate(REGISTRY_SOURCES)}
_FL, _FED, _MN, _NY, _TX, _VA, _CA = (_SRC[s] for s in ("FL", "FED", "MN", "NY", "TX", "VA", "CA"))
# States whose registry is not generated: a sworn job claimed there is a coverage gap.
_UNCOVERED = ("ID", "WY", "MT", "NE", "ND", "OR", "NV")
_OTHER_STATES = (
    "AZ", "CO", "GA", "IL", "IN", "KY", "LA", "MA", "MD", "MI", "MO", "NC", "NJ", "OH",
    "OK", "PA", "SC", "TN", "WA", "WI", "CA", "TX", "FL", "NY", "VA", "MN", "ID", "WY",
)  # fmt: skip

# Certification categories. The first four are sworn, full-powers law enforcement.
_CATS = (
    "police", "sheriff", "state", "fed",
    "corrections", "dispatch", "reserve", "probation", "security",
)  # fmt: skip
_POLICE, _SHERIFF, _STATE, _FEDCAT = 0, 1, 2, 3
_CORR, _DISP, _RES, _PROB, _SEC = 4, 5, 6, 7, 8
_N_SWORN_CATS = 4

_SWORN_TYPES: dict[str, tuple[str, ...]] = {
    "CA": ("Peace Officer", "Police Officer"),
    "FED": ("Federal Law Enforcement Officer", "Special Agent"),
    "FL": ("Law Enforcement Officer",),
    "MN": ("Licensed Peace Officer", "Peace Officer"),
    "NY": ("Police Officer", "Peace Officer"),
    "TX": ("Basic Peace Officer", "Peace Officer", "Licensed Peace Officer"),
    "VA": ("Law Enforcement Officer", "Police Officer"),
}
_NON_SWORN_TYPES: dict[int, tuple[str, ...]] = {
    _CORR: ("Correctional Officer", "Detention Officer", "Jailer"),
    _DISP: ("Telecommunicator",),
    _RES: ("Reserve Peace Officer", "Auxiliary Police Officer"),
    _PROB: ("Probation Officer", "Parole Officer"),
    _SEC: ("Private Security Officer", "Court Security Officer"),
}

_AGENCIES: dict[str, dict[int, tuple[str, ...]]] = {
    "CA": {
        _POLICE: ("Los Angeles Police Department", "San Diego Police Department",
                  "San Francisco Police Department", "Fresno Police Department",
                  "Oakland Police Department", "San Jose Police Department"),
        _SHERIFF: ("Los Angeles County Sheriff's Department", "Riverside County Sheriff's Office",
                   "Orange County Sheriff's Department"),
        _STATE: ("California Highway Patrol",),
        _CORR: ("California Department of Corrections and Rehabilitation",
                "Los Angeles County Sheriff's Department - Custody Division"),
        _DISP: ("Sacramento Regional Communications Center",),
        _RES: ("Los Angeles Police Department", "Fresno Police Department"),
        _PROB: ("Los Angeles County Probation Department", "CDCR Division of Adult Parole"),
        _SEC: ("Allied Universal Security Services", "Superior Court of California"),
    },
    "FED": {
        _FEDCAT: ("U.S. Border Patrol", "Federal Bureau of Investigation",
                  "Drug Enforcement Administration", "U.S. Marshals Service",
                  "U.S. Secret Service", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                  "Homeland Security Investigations", "Federal Protective Service"),
        _CORR: ("Federal Bureau of Prisons",),
        _PROB: ("U.S. Probation and Pretrial Services",),
        _SEC: ("U.S. Marshals Service (contract)",),
    },
    "FL": {
        _POLICE: ("Miami-Dade Police Department", "Orlando Police Department",
                  "Tampa Police Department", "Tallahassee Police Department"),
        _SHERIFF: ("Jacksonville Sheriff's Office", "Broward Sheriff's Office",
                   "Hillsborough County Sheriff's Office"),
        _STATE: ("Florida Highway Patrol",),
        _CORR: ("Florida Department of Corrections", "Miami-Dade Corrections and Rehabilitation"),
        _DISP: ("Broward Sheriff's Office Regional Communications",),
        _RES: ("Orlando Police Department",),
        _PROB: ("Florida Department of Corrections - Probation",),
        _SEC: ("G4S Secure Solutions", "Allied Universal Security Services"),
    },
    "MN": {
        _POLICE: ("Minneapolis Police Department", "St. Paul Police Department",
                  "Duluth Police Department", "Bloomington Police Department",
                  "Rochester Police Department"),
        _SHERIFF: ("Hennepin County Sheriff's Office", "Ramsey County Sheriff's Office",
                   "Dakota County Sheriff's Office"),
        _STATE: ("Minnesota State Patrol",),
        _CORR: ("Minnesota Department of Corrections", "Hennepin County Adult Detention Center"),
        _DISP: ("Hennepin County Emergency Communications",),
        _RES: ("Bloomington Police Department",),
        _PROB: ("Ramsey County Community Corrections",),
        _SEC: ("Mall of America Security", "Minnesota Judicial Branch"),
    },
    "NY": {
        _POLICE: ("New York City Police Department", "Buffalo Police Department",
                  "Rochester Police Department", "Syracuse Police Department",
                  "Nassau County Police Department", "Suffolk County Police Department"),
        _SHERIFF: ("Erie County Sheriff's Office", "Monroe County Sheriff's Office"),
        _STATE: ("New York State Police",),
        _CORR: ("NYS Department of Corrections and Community Supervision",
                "NYC Department of Correction"),
        _DISP: ("Suffolk County Police Communications",),
        _RES: ("NYPD Auxiliary Police",),
        _PROB: ("NYC Department of Probation",),
        _SEC: ("NYS Unified Court System", "Securitas Security Services"),
    },
    "TX": {
        _POLICE: ("Austin Police Department", "Houston Police Department",
                  "Dallas Police Department", "San Antonio Police Department",
                  "El Paso Police Department", "Fort Worth Police Department"),
        _SHERIFF: ("Harris County Sheriff's Office", "Travis County Sheriff's Office",
                   "Bexar County Sheriff's Office", "Dallas County Sheriff's Department"),
        _STATE: ("Texas Department of Public Safety",),
        _CORR: ("Texas Department of Criminal Justice",
                "Harris County Sheriff's Office - Detention",
                "Travis County Correctional Complex"),
        _DISP: ("Austin-Travis County Emergency Communications",),
        _RES: ("San Antonio Police Department", "Dallas Police Department"),
        _PROB: ("Travis County Adult Probation", "TDCJ Parole Division"),
        _SEC: ("Allied Universal Security Services", "Securitas Security Services USA"),
    },
    "VA": {
        _POLICE: ("Richmond Police Department", "Virginia Beach Police Department",
                  "Fairfax County Police Department", "Norfolk Police Department"),
        _SHERIFF: ("Henrico County Sheriff's Office", "Loudoun County Sheriff's Office"),
        _STATE: ("Virginia State Police",),
        _CORR: ("Virginia Department of Corrections", "Hampton Roads Regional Jail"),
        _DISP: ("Chesterfield County Emergency Communications",),
        _RES: ("Virginia Beach Police Department",),
        _PROB: ("Virginia Department of Corrections - Probation and Parole",),
        _SEC: ("Supreme Court of Virginia", "Allied Universal Security Services"),
    },
}  # fmt: skip

_UNCOVERED_AGENCIES: dict[str, tuple[tuple[str, str], ...]] = {
    "ID": (("Boise Police Department", "Police Officer"),
           ("Ada County Sheriff's Office", "Deputy Sheriff"),
           ("Idaho State Police", "State Trooper")),
    "WY": (("Cheyenne Police Department", "Police Officer"),
           ("Laramie County Sheriff's Office", "Deputy Sheriff"),
           ("Wyoming Highway Patrol", "State Trooper")),
    "MT": (("Billings Police Department", "Police Officer"),
           ("Yellowstone County Sheriff's Office", "Deputy Sheriff")),
    "NE": (("Omaha Police Department", "Police Officer"),
           ("Nebraska State Patrol", "State Trooper")),
    "ND": (("Fargo Police Department", "Police Officer"),
           ("Cass County Sheriff's Office", "Deputy Sheriff")),
    "OR": (("Portland Police Bureau", "Police Officer"),
           ("Multnomah County Sheriff's Office", "Deputy Sheriff")),
    "NV": (("Las Vegas Metropolitan Police Department", "Police Officer"),
           ("Washoe County Sheriff's Office", "Deputy Sheriff")),
}  # fmt: skip

# Employment-history titles for a certification category (what the applicant writes).
_CAT_TITLES: dict[int, tuple[str, ...]] = {
    _POLICE: ("Police Officer", "Police Officer", "Patrol Officer"),
    _SHERIFF: ("Deputy Sheriff",),
    _STATE: ("State Trooper",),
    _FEDCAT: ("Special Agent",),
    _CORR: ("Correctional Officer", "Detention Officer", "Jailer"),
    _DISP: ("911 Dispatcher", "Telecommunicator"),
    _RES: ("Reserve Police Officer", "Auxiliary Police Officer"),
    _PROB: ("Probation Officer", "Parole Officer"),
    _SEC: ("Security Officer", "Court Security Officer"),
}

# Titles that say "officer" (or are military) but are not law enforcement: the screener's
# keyword trap. Employers are national, so any state is plausible.
_DECOY_JOBS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Loan Officer", ("First National Bank", "Wells Fargo", "U.S. Bank", "Rocket Mortgage",
                      "Navy Federal Credit Union")),
    ("Safety Officer", ("Turner Construction", "Amazon", "Tyson Foods", "Dow Chemical")),
    ("Compliance Officer", ("JPMorgan Chase", "Kaiser Permanente", "UnitedHealth Group",
                            "Bank of America")),
    ("Administrative Officer", ("Department of Veterans Affairs", "City of Phoenix",
                                "U.S. Department of Agriculture")),
    ("Petty Officer", ("U.S. Navy", "U.S. Coast Guard")),
    ("Security Officer", ("Allied Universal", "Securitas", "G4S", "Mall of America")),
    ("Correctional Officer", ("State Department of Corrections", "County Jail")),
    ("Probation Officer", ("County Probation Department",)),
    ("Credit Officer", ("Capital One", "Citibank")),
    ("Public Information Officer", ("City of Denver", "County Health Department")),
    ("Chief Financial Officer", ("Midwest Logistics LLC",)),
)  # fmt: skip
_PLAIN_JOBS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Retail Sales Associate", ("Target", "Walmart", "Best Buy", "Home Depot")),
    ("Warehouse Associate", ("Amazon", "FedEx", "UPS")),
    ("Truck Driver", ("Swift Transportation", "Werner Enterprises")),
    ("Customer Service Representative", ("Comcast", "Verizon", "AT&T")),
    ("Teacher", ("Houston ISD", "Chicago Public Schools", "Miami-Dade County Public Schools")),
    ("Bank Teller", ("Chase", "PNC Bank")),
    ("Infantryman", ("U.S. Army",)),
    ("Military Police", ("U.S. Army",)),
    ("EMT", ("American Medical Response",)),
    ("Firefighter", ("City Fire Department",)),
    ("Paralegal", ("Baker McKenzie",)),
)  # fmt: skip
_ASPIRATIONAL = (
    "I hope to become an ICE officer.",
    "My goal is to become a federal law enforcement officer.",
    "Seeking to start my career as a Deportation Officer.",
    "I want to be a police officer and serve my community.",
    "Eager to begin training as an immigration enforcement officer.",
)
_RESUME_EXTRAS = (
    "Bilingual English/Spanish.",
    "U.S. Army veteran.",
    "B.S. Criminal Justice.",
    "Associate degree, Administration of Justice.",
    "Valid driver's license; able to travel.",
    "",
    "",
    "",
)

_FIELD_OFFICES = (
    "St. Paul", "Dallas", "Houston", "Los Angeles", "Miami", "New York City", "Chicago",
    "Atlanta", "Phoenix", "Seattle", "Denver", "Newark", "San Antonio",
)  # fmt: skip
_POSITIONS = (
    ("Deportation Officer", "1801", 0.55),
    ("Immigration Enforcement Agent", "1801", 0.15),
    ("Criminal Investigator", "1811", 0.10),
    ("Special Agent", "1811", 0.06),
    ("CBP Officer", "1895", 0.14),
)
_SUFFIXES = ("Jr", "Sr", "II", "III", "IV")
_STATUS = np.array(["active", "inactive", "lapsed", "revoked", "suspended"], dtype=object)
_SUFFIX_P = np.array([0.55, 0.12, 0.1, 0.18, 0.05])

_SHORT_COURSE = ("ERO-LEO-VIRT", "ERO Law Enforcement Officer Virtual Training", "online")
_BASIC_COURSE = ("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person")
_OTHER_COURSES = (
    ("ICE-ORIENT", "New Employee Orientation", "online"),
    ("FIREARMS-QUAL", "Firearms Qualification", "in_person"),
    ("LEGAL-UPDATE", "Immigration Law Update", "online"),
    ("DEFTAC-101", "Defensive Tactics Refresher", "in_person"),
)

_REVIEWERS = ("A. Okafor", "M. Lindqvist", "R. Castillo", "J. Whitfield", "S. Nakamura")
_DECERT_REASONS = (
    "Felony conviction",
    "Untruthfulness",
    "Excessive force",
    "Domestic violence conviction",
    "Failure to meet training standards",
    "Misconduct",
    "Surrender in lieu of revocation",
)

# --------------------------------------------------------------------------- names

_LAST_NAMES = """
Smith Johnson Williams Brown Jones García Miller Davis Rodríguez Martínez Hernández López
González Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Pérez Thompson White Harris
Sánchez Clark Ramírez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gómez Phillips
Evans Turner Díaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers
Gutiérrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson
Watson Brooks Chávez Wood James Bennett Gray Mendoza Ruiz Hughes Price Álvarez Castillo Sanders
Patel Myers Long Ross Foster Jiménez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vásquez Simmons Romero Jordan Patterson Alexander Hamilton
Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernández Woods Washington Kennedy
Wells Vargas Henry Chen Freeman Webb Tucker Guzmán Burns Crawford Olson Simpson Porter Hunter
Gordon Méndez Silva Shaw Snyder Mason Dixon Muñoz Hunt Hicks Holmes Palmer Wagner Black
Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson
Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Spencer Hawkins Arnold Pierce
Vázquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson
Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Peña
Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Ríos Estrada
Ortega Watkins Greene Núñez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison
Franklin Carlson Austin Domínguez Carr Lawson Jacobs Lynch Singh Vega Bishop Montgomery Oliver
Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Wong Reid Hanson Garrett Burton
Fuller Wang Weber Welch Rojas Lucas Márquez Fields Park Yang Little Banks Padilla Day Walsh
Bowman Schultz Luna Fowler Mejía Davidson Acosta Brewer Holland Juárez Newman Pearson Curtis
Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Ávila Wade Molina Stanley
Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe
Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris
Jennings Watts Durán Walters Cohen Moran Parks Steele Vaughn Becker Holt Barker Terry Hale
Ibáñez Ordóñez Castañeda Beltrán Lindgren Gustafson Swanson Nakamura Tanaka Choi Pham Huang
Zhang Liu Shah Kowalski Nowak Novak Rossi Romano Esposito Murillo Quintero Villanueva Cárdenas
"""
# Surnames with punctuation, capitals inside, or several words: kept whole (one code).
_LAST_SPECIAL = (
    "O'Brien", "O'Connor", "O'Neil", "O'Donnell", "O'Malley", "D'Angelo",
    "McDonald", "McCarthy", "McKenzie", "McLaughlin", "McCoy", "McDaniel", "McBride",
    "MacDonald", "MacKenzie", "MacLeod", "St. John", "St. Clair", "LaFleur", "DuBois",
    "De La Cruz", "De Leon", "Del Rio", "De La Rosa", "Van Buren", "Van Dyke", "Del Valle",
)  # fmt: skip
# Surnames that often come as double Hispanic surnames (Garcia-Lopez, Garcia Lopez).
_HISPANIC_SURNAMES = (
    "Garcia", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Perez", "Sanchez",
    "Ramirez", "Torres", "Flores", "Rivera", "Gomez", "Diaz", "Cruz", "Reyes", "Morales",
    "Gutierrez", "Ortiz", "Ramos", "Chavez", "Mendoza", "Ruiz", "Alvarez", "Castillo",
    "Jimenez", "Vasquez", "Romero", "Moreno", "Herrera", "Medina", "Aguilar", "Castro",
    "Fernandez", "Vargas", "Guzman", "Mendez", "Munoz", "Salazar", "Garza", "Soto", "Vazquez",
    "Alvarado", "Delgado", "Pena", "Contreras", "Sandoval", "Guerrero", "Rios", "Estrada",
    "Ortega", "Nunez", "Valdez", "Santiago", "Maldonado", "Dominguez", "Vega", "Espinoza",
    "Rojas", "Marquez", "Padilla", "Luna", "Mejia", "Acosta", "Juarez", "Cortez", "Navarro",
    "Figueroa", "Avila", "Molina", "Campos", "Miranda", "Ayala", "Carrillo", "Duran",
)  # fmt: skip
_SPACED_LAST = frozenset(
    {"De La Cruz", "De Leon", "Del Rio", "De La Rosa", "Van Buren", "Van Dyke", "Del Valle"}
)

_FIRST_MALE = """
James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel
Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian Timothy Ronald George
Jason Edward Jeffrey Ryan Jacob Nicholas Gary Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron José Adam
Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Christian Walter Keith Austin Roger
Terry Sean Gerald Carl Dylan Harold Jordan Jesse Bryan Lawrence Arthur Gabriel Bruce Logan Alan
Juan Albert Elijah Wayne Randy Vincent Mason Roy Ralph Russell Bradley Philip Eugene Luis
Carlos Miguel Jesús Antonio Manuel Francisco Javier Alejandro Ricardo Fernando Jorge Pedro
Rafael Raúl Héctor Óscar Ramón Andrés Diego Marco Sergio Eduardo Roberto Enrique Victor
Derek Travis Shawn Marcus Darnell Jamal Andre Terrence Tyrone Malik Omar Ahmed Hung Minh Wei
Rajesh Vikram Sanjay Kwame Curtis Leonard Stanley Howard Dale Glenn Craig Troy Clarence Earl
Cody Lucas Caleb Isaac Owen Evan Gavin Trevor Mitchell Shane Garrett Colin Dustin Brent Grant
"""
_FIRST_FEMALE = """
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma
Nicole Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine María Heather
Diane Ruth Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan
Andrea Cheryl Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice
Jean Abigail Alice Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella
Theresa Diana Natalie Brittany Charlotte Marie Kayla Alexis Lori Rosa Ana Guadalupe Carmen
Yolanda Verónica Adriana Alejandra Gabriela Lucía Sofía Inés Mónica Elena Claudia Daniela
Valeria Ximena Tanya Latoya Keisha Aaliyah Jasmine Tiffany Crystal Erin Mai Linh Priya Anjali
Mei Ying Fatima Aisha Colleen Bridget Maureen Siobhan Renee Wendy Tracy Stacy Erica Monique
Shanice Brianna Jada Leticia Beatriz Esperanza Dolores Yesenia Paola
"""

# Formal name -> nickname pairs, every one present in the ``nicknames`` package data (the
# tests check it): a hire may go by the nickname while the registry has the formal name,
# or the reverse.
NICKNAME_PAIRS: tuple[tuple[str, str], ...] = (
    ("Robert", "Bob"), ("Robert", "Rob"), ("William", "Bill"), ("William", "Will"),
    ("Elizabeth", "Liz"), ("Elizabeth", "Beth"), ("Margaret", "Peggy"), ("Katherine", "Kate"),
    ("James", "Jim"), ("Richard", "Dick"), ("Thomas", "Tom"), ("Joseph", "Joe"),
    ("Charles", "Chuck"), ("Daniel", "Dan"), ("Anthony", "Tony"), ("Steven", "Steve"),
    ("Matthew", "Matt"), ("Andrew", "Andy"), ("Timothy", "Tim"), ("Kenneth", "Ken"),
    ("Patricia", "Patty"), ("Deborah", "Debbie"), ("Susan", "Sue"), ("Rebecca", "Becky"),
    ("Jennifer", "Jenny"), ("Pamela", "Pam"), ("Benjamin", "Ben"), ("Gregory", "Greg"),
    ("Donald", "Don"), ("Ronald", "Ron"), ("Lawrence", "Larry"), ("Raymond", "Ray"),
    ("Douglas", "Doug"), ("Jeffrey", "Jeff"), ("Joshua", "Josh"), ("Victoria", "Vicky"),
    ("Cynthia", "Cindy"), ("Judith", "Judy"), ("Jacqueline", "Jackie"), ("Abigail", "Abby"),
    ("Michael", "Mike"), ("Nicholas", "Nick"),
)  # fmt: skip

# Long-tail surnames for background registry people: real registries are mostly people
# whose surname no hire shares, and rows without a birth date must be such people.
_RARE_FAMILIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Ash", "Black", "Brad", "Brook", "Church", "Cald", "Craw", "Dun", "Fair", "Gold",
         "Hart", "Hol", "Kirk", "Lang", "Mid", "North", "Pem", "Red", "Ring", "Shel",
         "Stan", "Stock", "Thorn", "Wal", "Whit", "Win", "Wood", "Bram", "Kings", "Ock"),
        ("by", "dale", "den", "ford", "ham", "ley", "more", "ridge", "stead", "ton", "well",
         "wick", "worth", "field", "combe"),
    ),
    (
        ("Berg", "Dahl", "Eng", "Gus", "Hag", "Hed", "Holm", "Lind", "Lund", "Nord", "Sand",
         "Sjo", "Strand", "Thor", "Ahl", "Fors", "Sved", "Wick"),
        ("berg", "gren", "lund", "quist", "strom", "dahl", "haug", "vik", "stad"),
    ),
    (
        ("Kow", "Nowa", "Wisn", "Dab", "Kam", "Lew", "Zaj", "Szym", "Wozn", "Kozl", "Jank",
         "Maz", "Krawc", "Pawl", "Michal"),
        ("alski", "ak", "icki", "owski", "czyk", "ewicz", "inski", "iak", "ecki"),
    ),
    (
        ("Bel", "Cap", "Cas", "Fer", "Gall", "Lom", "Mar", "Ross", "Sant", "Vit", "Bon",
         "Carb"),
        ("ello", "ini", "etti", "one", "ucci", "ano", "ardi", "ese"),
    ),
)  # fmt: skip


def _plain(s: str) -> str:
    """Accents stripped, everything else kept: 'Muñoz' -> 'Munoz'."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def _norm(s: str) -> str:
    """Lower-case ASCII letters only: what name comparisons see."""
    return "".join(c for c in _plain(s).lower() if "a" <= c <= "z")


def _words(s: str) -> list[str]:
    out = []
    for w in _plain(s).lower().replace("-", " ").replace("'", "").replace(".", "").split():
        w = "".join(c for c in w if "a" <= c <= "z")
        if len(w) >= 3:
            out.append(w)
    return out


@dataclass(frozen=True)
class _Pool:
    """Every name the generator can use, with the confusability sets that keep accidental
    links out (``c2``: within two edits, a nickname relation or a shared surname word;
    ``c1``: within one edit or a nickname relation). Sets are CSR arrays (ptr, idx)."""

    first: np.ndarray  # display spelling (accents where the name has them)
    first_plain: np.ndarray
    first_male: np.ndarray
    first_w_male: np.ndarray
    first_w_female: np.ndarray
    first_initial: np.ndarray
    last: np.ndarray
    last_plain: np.ndarray
    last_common_w: np.ndarray  # draw weights over common surnames (0 for rare)
    last_rare_w: np.ndarray
    f_c1: tuple[np.ndarray, np.ndarray]
    f_c2: tuple[np.ndarray, np.ndarray]
    l_c1: tuple[np.ndarray, np.ndarray]
    l_c2: tuple[np.ndarray, np.ndarray]
    nick: dict[int, tuple[str, ...]]  # first code -> usable nicknames
    accented_first: np.ndarray
    accented_last: np.ndarray
    punct_last: np.ndarray
    spaced_last: np.ndarray
    typo_first: np.ndarray  # plain letters, 4+ long: one edit keeps 4+ letters
    typo_last: np.ndarray
    hispanic_last: np.ndarray

    def c2_first(self, code: int) -> np.ndarray:
        ptr, idx = self.f_c2
        return idx[ptr[code] : ptr[code + 1]]

    def c2_last(self, code: int) -> np.ndarray:
        ptr, idx = self.l_c2
        return idx[ptr[code] : ptr[code + 1]]


def _csr(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    rows, cols = np.nonzero(mask)
    ptr = np.zeros(mask.shape[0] + 1, dtype=np.int64)
    np.cumsum(np.bincount(rows, minlength=mask.shape[0]), out=ptr[1:])
    return ptr, cols.astype(np.int64)


def _zipf(n: int, offset: float, power: float) -> np.ndarray:
    w = 1.0 / (np.arange(n) + offset) ** power
    return w / w.sum()


@functools.lru_cache(maxsize=1)
def _pool() -> _Pool:
    from nicknames import NickNamer
    from rapidfuzz.process import cdist

    male = _FIRST_MALE.split()
    female = [n for n in _FIRST_FEMALE.split() if n not in male]
    first = male + female
    first_norm = [_norm(n) for n in first]
    assert len(set(first_norm)) == len(first_norm), "duplicate first names"
    common = list(dict.fromkeys(_LAST_NAMES.split() + list(_LAST_SPECIAL)))
    seen = {_norm(n) for n in common}
    rare: list[str] = []
    for prefixes, suffixes in _RARE_FAMILIES:
        for p in prefixes:
            for s in suffixes:
                name = p + s
                if _norm(name) not in seen:
                    seen.add(_norm(name))
                    rare.append(name)
    last = common + rare
    last_norm = [_norm(n) for n in last]

    # first names: edit distance plus every nickname relation the package knows, also
    # through the nickname a hire may go by (Ron and Erin share Aaron as a formal name)
    nn = NickNamer()
    index = {n: i for i, n in enumerate(first_norm)}
    nick: dict[int, list[str]] = {}
    for formal, short in NICKNAME_PAIRS:
        code = index.get(_norm(formal))
        if code is not None and _norm(short) in nn.nicknames_of(_norm(formal)):
            nick.setdefault(code, []).append(short)
    d_first = cdist(first_norm, first_norm, scorer=OSA.distance, score_cutoff=2, workers=1)
    by_token: dict[str, list[int]] = {}
    for i, name in enumerate(first_norm):
        tokens: set[str] = set()
        for alias in {name, *(_norm(s) for s in nick.get(i, ()))}:
            tokens |= {alias, *nn.canonicals_of(alias), *nn.nicknames_of(alias)}
        for t in tokens:
            by_token.setdefault(t, []).append(i)
    rel = np.zeros((len(first), len(first)), dtype=bool)
    for members in by_token.values():
        rel[np.ix_(members, members)] = True
    f_c1 = _csr((d_first <= 1) | rel)
    f_c2 = _csr((d_first <= 2) | rel)

    # surnames: edit distance plus any shared word (Garcia ~ Garcia-Lopez, Cruz ~ De La Cruz)
    d_last = cdist(last_norm, last_norm, scorer=OSA.distance, score_cutoff=2, workers=1)
    share = np.zeros((len(last), len(last)), dtype=bool)
    by_word: dict[str, list[int]] = {}
    for i, name in enumerate(last):
        for w in {*_words(name), _norm(name)}:
            by_word.setdefault(w, []).append(i)
    for members in by_word.values():
        share[np.ix_(members, members)] = True
    l_c1 = _csr((d_last <= 1) | share)
    l_c2 = _csr((d_last <= 2) | share)

    n_common = len(common)
    common_w = np.zeros(len(last))
    common_w[:n_common] = _zipf(n_common, 40, 0.7)
    rare_w = np.zeros(len(last))
    rare_w[n_common:] = 1.0 / len(rare)
    hispanic = {_norm(n) for n in _HISPANIC_SURNAMES}
    return _Pool(
        first=np.array(first, dtype=object),
        first_plain=np.array([_plain(n) for n in first], dtype=object),
        first_male=np.array([i < len(male) for i in range(len(first))]),
        first_initial=np.array([_plain(n)[0] for n in first], dtype=object),
        first_w_male=_weights(len(first), 0, len(male)),
        first_w_female=_weights(len(first), len(male), len(first)),
        last=np.array(last, dtype=object),
        last_plain=np.array([_plain(n) for n in last], dtype=object),
        last_common_w=common_w,
        last_rare_w=rare_w,
        f_c1=f_c1,
        f_c2=f_c2,
        l_c1=l_c1,
        l_c2=l_c2,
        nick={k: tuple(v) for k, v in nick.items()},
        accented_first=np.array([i for i, n in enumerate(first) if _plain(n) != n]),
        accented_last=np.array([i for i, n in enumerate(common) if _plain(n) != n]),
        punct_last=np.array(
            [i for i, n in enumerate(common) if n in _LAST_SPECIAL and n not in _SPACED_LAST]
        ),
        spaced_last=np.array([i for i, n in enumerate(common) if n in _SPACED_LAST]),
        typo_first=np.array([i for i, n in enumerate(first) if n.isalpha() and n.isascii()
                             and len(n) >= 4]),
        typo_last=np.array([i for i, n in enumerate(common) if n.isalpha() and n.isascii()
                            and len(n) >= 4 and n[1:].islower()]),
        hispanic_last=np.array(
            [i for i, n in enumerate(common) if _norm(n) in hispanic and n.isalpha()]
        ),
    )  # fmt: skip


def _weights(n: int, lo: int, hi: int) -> np.ndarray:
    w = np.zeros(n)
    w[lo:hi] = _zipf(hi - lo, 25, 0.6)
    return w


# --------------------------------------------------------------------------- scenarios


@dataclass(frozen=True)
class Scenario:
    """One way a hire can look, and the determination the default policy gives it.

    ``link``: what the registry holds for the hire's own person; ``var``: how names or
    birth date differ between hire and registry; ``foreign``: another registry person
    built around the hire (twin / namesake); ``history``: what the applicant declared;
    ``training``: short course only, basic completed since, or basic enrolled.
    """

    name: str
    determination: str
    weight: float
    link: str = "none"
    var: str = "exact"
    foreign: str = ""
    history: str = "decoy"
    training: str = "short"


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("verified_exact", "VERIFIED_LEO", 0.25, "qualifying", history="sworn"),
    Scenario("verified_typo_first", "VERIFIED_LEO", 0.013, "qualifying", "typo_first",
             history="sworn"),
    Scenario("verified_typo_last", "VERIFIED_LEO", 0.013, "qualifying", "typo_last",
             history="sworn"),
    Scenario("verified_nickname", "VERIFIED_LEO", 0.016, "qualifying", "nickname",
             history="sworn"),
    Scenario("verified_diacritics", "VERIFIED_LEO", 0.012, "qualifying", "diacritics",
             history="sworn"),
    Scenario("verified_case_punct", "VERIFIED_LEO", 0.012, "qualifying", "case_punct",
             history="sworn"),
    Scenario("verified_swapped_dob", "VERIFIED_LEO", 0.012, "qualifying", "swapped_dob",
             history="sworn"),
    Scenario("verified_hyphenated", "VERIFIED_LEO", 0.013, "qualifying", "hyphenated",
             history="sworn"),
    Scenario("verified_suffix", "VERIFIED_LEO", 0.012, "qualifying", "suffix", history="sworn"),
    Scenario("verified_middle_initial", "VERIFIED_LEO", 0.013, "qualifying", "middle_initial",
             history="sworn"),
    Scenario("verified_maiden_in_middle", "VERIFIED_LEO", 0.012, "qualifying", "maiden",
             history="sworn"),
    Scenario("verified_separated_recent", "VERIFIED_LEO", 0.014, "qualifying_recent",
             history="sworn"),
    Scenario("verified_with_namesake", "VERIFIED_LEO", 0.013, "qualifying",
             foreign="namesake_non_sworn", history="sworn"),
    Scenario("verified_with_twin", "VERIFIED_LEO", 0.013, "qualifying",
             foreign="twin_non_sworn", history="sworn"),
    Scenario("recall_no_record", "RECALL", 0.12),
    Scenario("recall_aspirational", "RECALL", 0.05, history="aspirational"),
    Scenario("recall_non_sworn", "RECALL", 0.07, "non_sworn", history="non_sworn"),
    Scenario("recall_revoked_status", "RECALL", 0.014, "revoked", history="sworn"),
    Scenario("recall_suspended_status", "RECALL", 0.012, "suspended", history="sworn"),
    Scenario("recall_decertified", "RECALL", 0.014, "decertified", history="sworn"),
    Scenario("recall_separated_too_long", "RECALL", 0.018, "separated_long", history="sworn"),
    Scenario("recall_short_service", "RECALL", 0.014, "short_service", history="sworn"),
    Scenario("recall_issued_after_hire", "RECALL", 0.012, "after_hire", history="decoy"),
    Scenario("recall_claimed_sworn_loaded_state", "RECALL", 0.02, history="claimed_loaded"),
    Scenario("recall_twin_only", "RECALL", 0.013, foreign="twin_sworn", history="decoy_or_claim"),
    Scenario("recall_namesake_only", "RECALL", 0.013, foreign="namesake_sworn",
             history="decoy_or_claim"),
    Scenario("recall_basic_enrolled", "RECALL", 0.02, "maybe_non_sworn", training="enrolled"),
    Scenario("remediated_no_record", "REMEDIATED", 0.035, training="remediated"),
    Scenario("remediated_aspirational", "REMEDIATED", 0.012, history="aspirational",
             training="remediated"),
    Scenario("remediated_non_sworn", "REMEDIATED", 0.015, "non_sworn", history="non_sworn",
             training="remediated"),
    Scenario("remediated_separated_too_long", "REMEDIATED", 0.01, "separated_long",
             history="sworn", training="remediated"),
    Scenario("remediated_namesake_only", "REMEDIATED", 0.01, foreign="namesake_sworn",
             training="remediated"),
    Scenario("review_coverage_gap", "MANUAL_REVIEW", 0.011, history="coverage_gap"),
    Scenario("review_ambiguous", "MANUAL_REVIEW", 0.01, "ambiguous", history="sworn"),
    Scenario("review_registry_no_dob", "MANUAL_REVIEW", 0.011, "no_dob", history="sworn"),
    Scenario("review_name_change", "MANUAL_REVIEW", 0.01, "name_change", history="sworn"),
    Scenario("not_applicable", "NOT_APPLICABLE", 0.0, "na", history="mixed", training="basic"),
)  # fmt: skip
_SCN = {s.name: i for i, s in enumerate(SCENARIOS)}
_NA_SCN = _SCN["not_applicable"]
SHORT_TRACK_SHARE = 0.65
BASIC_SCREENED_SHORT_SHARE = 0.08  # short-track hires screened BASIC but with the short course

# How the hire's own registry person is linked, by scenario link kind.
_NEEDS_SERVICE = frozenset(
    {"qualifying", "qualifying_recent", "non_sworn", "revoked", "suspended", "decertified",
     "short_service", "ambiguous", "no_dob", "name_change", "na", "maybe_non_sworn"}
)  # fmt: skip


# --------------------------------------------------------------------------- keys

_CODE_BITS = 4096  # > number of first names and of surnames
_OWN, _AMBIGUOUS, _FOREIGN = 0, 1, 2  # whose registry row it is (truth_links)


def _key(days: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return (days.astype(np.int64) + 200_000) * _CODE_BITS + codes.astype(np.int64)


def _expand(csr: tuple[np.ndarray, np.ndarray], codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each position i with codes[i] >= 0: (i, c) for every c confusable with codes[i]."""
    ptr, idx = csr
    pos = np.nonzero(codes >= 0)[0]
    c = codes[pos]
    counts = ptr[c + 1] - ptr[c]
    rep = np.repeat(pos, counts)
    starts = np.repeat(ptr[c], counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return rep, idx[starts + offsets]


@dataclass
class _Keys:
    """Blocking-style keys of a set of hires: (birth day or its swap, confusable first
    name) and (birth day or its swap, confusable surname word), with their owners, plus
    each hire's own (birth day, name) keys."""

    f_owner: np.ndarray
    f_key: np.ndarray
    l_owner: np.ndarray
    l_key: np.ndarray
    own_f_owner: np.ndarray
    own_f_key: np.ndarray
    own_l_owner: np.ndarray
    own_l_key: np.ndarray

    def index_f(self) -> pd.Index:
        return pd.Index(np.unique(self.f_key))

    def index_l(self) -> pd.Index:
        return pd.Index(np.unique(self.l_key))

    def clashing(self, n: int) -> np.ndarray:
        """Hires whose own key lies in another hire's confusable set."""
        return _own_in_others(self.f_owner, self.f_key, self.own_f_owner, self.own_f_key, n) | (
            _own_in_others(self.l_owner, self.l_key, self.own_l_owner, self.own_l_key, n)
        )


def _expand_wide(
    narrow: tuple[np.ndarray, np.ndarray],
    wide: tuple[np.ndarray, np.ndarray],
    codes: np.ndarray,
    use_wide: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """One-edit sets for everyone, two-edit sets where the name carries a typo on one side
    (the typo plus another name's one edit can reach two edits from the true name)."""
    rep, out = _expand(narrow, codes)
    w = np.nonzero(use_wide)[0]
    if len(w) == 0:
        return rep, out
    rep2, out2 = _expand(wide, np.where(use_wide, codes, -1))
    return np.concatenate([rep, rep2]), np.concatenate([out, out2])


def _hire_keys(
    pool: _Pool,
    idx: np.ndarray,
    dob: np.ndarray,
    f: np.ndarray,
    lasts: Sequence[np.ndarray],
    wide_f: np.ndarray,
    wide_l: np.ndarray,
) -> _Keys:
    swapped, ok = _swap_day_month(dob[idx])
    owners = np.concatenate([idx, idx[ok]])
    days = np.concatenate([dob[idx], swapped[ok]])
    rep, codes = _expand_wide(pool.f_c1, pool.f_c2, f[owners], wide_f[owners])
    f_owner, f_key = owners[rep], _key(days[rep], codes)
    lo, lk, olo, olk = [], [], [], []
    for arr in lasts:
        rep, codes = _expand_wide(pool.l_c1, pool.l_c2, arr[owners], wide_l[owners])
        lo.append(owners[rep])
        lk.append(_key(days[rep], codes))
        has = arr[idx] >= 0
        olo.append(idx[has])
        olk.append(_key(dob[idx][has], arr[idx][has]))
    return _Keys(
        f_owner,
        f_key,
        np.concatenate(lo),
        np.concatenate(lk),
        idx,
        _key(dob[idx], f[idx]),
        np.concatenate(olo),
        np.concatenate(olk),
    )


def _isin(values: np.ndarray, keys: pd.Index) -> np.ndarray:
    """Membership through a hash index: several times faster than sorting at 5M rows."""
    if len(keys) == 0 or len(values) == 0:
        return np.zeros(len(values), dtype=bool)
    return np.asarray(keys.get_indexer(pd.Index(values)) >= 0)


def _own_in_others(
    owner: np.ndarray, key: np.ndarray, own_owner: np.ndarray, own_key: np.ndarray, n: int
) -> np.ndarray:
    """Owners whose own key is also in another owner's expansion (every expansion holds
    its owner's own key, so two distinct owners means a clash)."""
    pairs = np.unique(key * n + owner)
    uk, counts = np.unique(pairs // n, return_counts=True)
    bad = np.zeros(n, dtype=bool)
    if len(uk) == 0:
        return bad
    pos = np.minimum(np.searchsorted(uk, own_key), len(uk) - 1)
    hit = (uk[pos] == own_key) & (counts[pos] >= 2)
    bad[own_owner[hit]] = True
    return bad


# --------------------------------------------------------------------------- generator


class _Gen:
    """Holds the draws for one call; methods run in order from :meth:`run`."""

    def __init__(self, n_hires: int, n_registry: int, seed: int) -> None:
        self.n = n_hires
        self.n_registry = n_registry
        self.rng = np.random.default_rng(seed)
        self.R = random.Random(int(self.rng.integers(0, 2**62)))
        self.pool = _pool()
        self.reg_rows: list[tuple[Any, ...]] = []
        # whose row each reg_rows entry is, for truth_links: (_OWN or _AMBIGUOUS, hire) or
        # (_FOREIGN, index into self.fp); set before the rows of a person are made
        self.reg_whose: list[tuple[int, int]] = []
        self._whose: tuple[int, int] = (_OWN, -1)
        empty = np.zeros(0, dtype=np.int64)
        self.bg_person: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] = (empty,) * 4
        self.decerts: list[tuple[Any, ...]] = []
        self.override_of: dict[int, str] = {}

    # ---- scenarios and hire identities -------------------------------------------------

    def assign_scenarios(self) -> None:
        n = self.n
        n_short = round(n * SHORT_TRACK_SHARE)
        w = np.array([s.weight for s in SCENARIOS])
        w = w / w.sum()
        raw = w * n_short
        counts = np.floor(raw).astype(int)
        order = np.argsort(-(raw - counts), kind="stable")
        counts[order[: n_short - counts.sum()]] += 1
        short_scn = [i for i, s in enumerate(SCENARIOS) if s.weight > 0]
        if n_short >= 2 * len(short_scn):  # every scenario at least once
            for i in short_scn:
                if counts[i] == 0:
                    counts[i] = 1
                    counts[_SCN["verified_exact"]] -= 1
        counts[_NA_SCN] = n - n_short
        scn = np.repeat(np.arange(len(SCENARIOS)), counts)
        self.scn = self.rng.permutation(scn)
        self.short = self.scn != _NA_SCN

    def draw_hires(self) -> None:
        n, rng, pool = self.n, self.rng, self.pool
        scn = self.scn
        names = [SCENARIOS[s].name for s in scn]
        var = np.array([SCENARIOS[s].var for s in scn], dtype=object)
        link = np.array([SCENARIOS[s].link for s in scn], dtype=object)
        self.var = var
        self.link = link

        width = max(6, len(str(n * 3)))
        ids = rng.choice(10**width - 1, size=n, replace=False) + 1
        self.hire_id = np.array([str(i).zfill(width) for i in ids], dtype=object)

        late = np.array([SCENARIOS[s].training for s in scn], dtype=object)
        hire_hi = np.full(n, _HIRE_LAST)
        hire_hi[late == "remediated"] = _day("2025-06-30")
        hire_hi[late == "enrolled"] = _day("2025-11-30")
        self.hire_day = rng.integers(_HIRE_FIRST, hire_hi + 1)
        wd = (self.hire_day + 3) % 7  # 0 = Monday
        self.hire_day = np.where(wd >= 5, self.hire_day - (wd - 4), self.hire_day)

        male = rng.random(n) < 0.68
        female_only = np.isin(var, ["maiden"]) | (link == "name_change")
        male[female_only] = rng.random(int(female_only.sum())) < 0.1
        male[var == "suffix"] = True
        self.male = male
        self.f = self._draw_first(male)
        # first-name constraints of some scenarios
        nick_codes = np.array(sorted(pool.nick))
        self._constrain_first(var == "nickname", nick_codes)
        self._constrain_first(var == "typo_first", pool.typo_first)

        common = rng.random(n) < 0.92
        self.l1 = np.where(
            common,
            rng.choice(len(pool.last), size=n, p=pool.last_common_w),
            rng.choice(len(pool.last), size=n, p=pool.last_rare_w),
        )
        self.l2 = np.full(n, -1)
        compound = (rng.random(n) < 0.04) & (var == "exact")
        hyph = var == "hyphenated"
        spaced = hyph & (rng.random(n) < 0.35)
        two = (compound | hyph) & ~spaced
        k2 = int(two.sum())
        a = rng.integers(0, len(pool.hispanic_last), size=k2)
        b = (a + rng.integers(1, len(pool.hispanic_last), size=k2)) % len(pool.hispanic_last)
        self.l1[two] = pool.hispanic_last[a]
        self.l2[two] = pool.hispanic_last[b]
        self.l1[spaced] = rng.choice(pool.spaced_last, size=int(spaced.sum()))
        self._constrain_last(var == "typo_last", pool.typo_last)
        self._constrain_last(var == "case_punct", pool.punct_last)
        diac = var == "diacritics"
        on_first = diac & (rng.random(n) < 0.3)
        self._constrain_first(on_first, pool.accented_first)
        self._constrain_last(diac & ~on_first, pool.accented_last)
        self.diac_first = on_first
        self.acc = rng.random(n) < 0.5

        # middle names: 0 none, 1 full, 2 initial (stored as a first-name code either way)
        self.mid_kind = rng.choice(3, size=n, p=[0.3, 0.55, 0.15])
        self.mid_kind[var == "middle_initial"] = 1
        self.mid_kind[link == "name_change"] = 1
        self.mid_kind[link == "ambiguous"] = 0
        self.mid = self._draw_first(male)
        self.maiden = np.full(n, -1)
        maiden = var == "maiden"
        self.maiden[maiden] = rng.choice(
            len(pool.last), size=int(maiden.sum()), p=pool.last_common_w
        )
        self.mid_kind[maiden] = 0  # the middle-name field holds the maiden name
        self.sfx = np.where(
            male & (rng.random(n) < 0.04), rng.choice(len(_SUFFIXES), size=n, p=_SUFFIX_P), -1
        )
        self.sfx[var == "suffix"] = rng.choice(len(_SUFFIXES), size=int((var == "suffix").sum()),
                                               p=_SUFFIX_P)  # fmt: skip
        self._fix_name_clashes()

        # birth dates: service scenarios need a 25-year-old at hire, long separations older
        min_age = np.full(n, 21 * _YEAR + 5)
        needs = np.isin(link, list(_NEEDS_SERVICE))
        min_age[needs] = 25 * _YEAR + 6
        min_age[link == "separated_long"] = 33 * _YEAR + 8
        self.dob_hi = np.minimum(_DOB_LAST, self.hire_day - min_age)
        self.swap_need = var == "swapped_dob"
        self.dob = np.zeros(n, dtype=np.int64)
        self._redraw_dob(np.arange(n))
        self.names = names

    def _draw_first(self, male: np.ndarray) -> np.ndarray:
        pool, rng, n = self.pool, self.rng, len(male)
        out = rng.choice(len(pool.first), size=n, p=pool.first_w_female)
        m = rng.choice(len(pool.first), size=n, p=pool.first_w_male)
        return np.where(male, m, out)

    def _constrain_first(self, mask: np.ndarray, codes: np.ndarray) -> None:
        k = int(mask.sum())
        if k:
            self.f[mask] = self.rng.choice(codes, size=k)
            self.male[mask] = self.pool.first_male[self.f[mask]]

    def _constrain_last(self, mask: np.ndarray, codes: np.ndarray) -> None:
        k = int(mask.sum())
        if k:
            self.l1[mask] = self.rng.choice(codes, size=k)
            self.l2[mask] = -1

    def _fix_name_clashes(self) -> None:
        """Keep the hire's own name parts apart: a maiden name unlike the married one, and
        a middle name unlike the first (so a middle name never reads as a nickname)."""
        pool, rng = self.pool, self.rng
        for _ in range(50):
            bad = np.array(
                [
                    (m >= 0 and (m in pool.c2_last(a) or (b >= 0 and m in pool.c2_last(b))))
                    for m, a, b in zip(self.maiden, self.l1, self.l2, strict=True)
                ]
            )
            bad |= np.array(
                [k > 0 and mc in pool.c2_first(fc) for k, mc, fc in
                 zip(self.mid_kind, self.mid, self.f, strict=True)]
            )  # fmt: skip
            if not bad.any():
                return
            idx = np.nonzero(bad)[0]
            self.maiden[idx] = np.where(
                self.maiden[idx] >= 0,
                rng.choice(len(pool.last), size=len(idx), p=pool.last_common_w),
                -1,
            )
            self.mid[idx] = self._draw_first(self.male[idx])

    def _redraw_dob(self, idx: np.ndarray) -> None:
        rng = self.rng
        hi = self.dob_hi[idx]
        d = rng.integers(_DOB_FIRST, hi + 1)
        need = self.swap_need[idx]
        k = int(need.sum())
        if k:  # day 1-12 and not the month, so the swap is another valid date
            y_hi = _ymd(hi[need])[0] - 1
            y = rng.integers(1965, y_hi + 1)
            m = rng.integers(1, 13, size=k)
            day = rng.integers(1, 12, size=k)
            day = np.where(day >= m, day + 1, day)
            month_start = ((y - 1970) * 12 + (m - 1)).astype("datetime64[M]")
            d[need] = month_start.astype("datetime64[D]").astype(np.int64) + day - 1
        self.dob[idx] = d

    def _lasts(self) -> list[np.ndarray]:
        return [self.l1, self.l2, self.maiden]

    def _keys_of(self, idx: np.ndarray) -> _Keys:
        return _hire_keys(
            self.pool, idx, self.dob, self.f, self._lasts(), self.var == "typo_first",
            self.var == "typo_last",
        )  # fmt: skip

    def separate_hires(self) -> None:
        """No hire's (birth day, name) falls in another hire's confusable set: a hire's
        registry record must never be another hire's link."""
        self._unique_no_dob_names()
        everyone = np.arange(self.n)
        for _ in range(400):
            bad = self._keys_of(everyone).clashing(self.n)
            if not bad.any():
                return
            self._redraw_dob(np.nonzero(bad)[0])
        raise RuntimeError("could not separate hires' birth dates")  # pragma: no cover

    def _name_keys(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(owner, first*4096+last) over names within one edit or a nickname."""
        pool = self.pool
        rep_f, fc = _expand(pool.f_c1, self.f[idx])
        owners, keys = [], []
        for arr in self._lasts():
            rep_l, lc = _expand(pool.l_c1, arr[idx])
            # product of the two expansions, per hire
            df = pd.DataFrame({"o": rep_f, "f": fc}).merge(
                pd.DataFrame({"o": rep_l, "l": lc}), on="o"
            )
            owners.append(idx[df["o"].to_numpy()])
            keys.append(df["f"].to_numpy() * _CODE_BITS + df["l"].to_numpy())
        return np.concatenate(owners), np.concatenate(keys)

    def _unique_no_dob_names(self) -> None:
        """A registry row without a birth date links on names alone, so the hires that own
        one must have a name no other short-track hire could be confused with."""
        rng, pool = self.rng, self.pool
        target = np.nonzero(self.link == "no_dob")[0]
        short = np.nonzero(self.short)[0]
        self.l2[target] = -1
        for _ in range(200):
            if len(target) == 0:
                return
            o, k = self._name_keys(short)
            own_k = self.f[target] * _CODE_BITS + self.l1[target]
            bad = target[_own_in_others(o, k, target, own_k, self.n)[target]]
            # and nobody's own name may fall in theirs
            ot, kt = self._name_keys(target)
            others = short[~np.isin(short, target)]
            hit = np.isin(self.f[others] * _CODE_BITS + self.l1[others], kt)
            for arr in (self.l2, self.maiden):
                has = arr[others] >= 0
                hit[has] |= np.isin(self.f[others][has] * _CODE_BITS + arr[others][has], kt)
            if hit.any():
                hit_keys = self.f[others[hit]] * _CODE_BITS + self.l1[others[hit]]
                bad = np.union1d(bad, ot[np.isin(kt, hit_keys)])
            if len(bad) == 0:
                return
            self.f[bad] = self._draw_first(self.male[bad])
            self.l1[bad] = rng.choice(len(pool.last), size=len(bad), p=pool.last_rare_w)
            self.l2[bad] = -1
        raise RuntimeError("could not give no-birth-date hires unique names")  # pragma: no cover

    def build_key_sets(self) -> None:
        everyone = np.arange(self.n)
        all_keys = self._keys_of(everyone)
        self.all_f = all_keys.index_f()
        self.all_l = all_keys.index_l()
        st = np.nonzero(self.short)[0]
        st_keys = self._keys_of(st)
        self.st_f = st_keys.index_f()
        self.st_l = st_keys.index_l()
        o, k = self._name_keys(st)
        self.st_names = pd.Index(np.unique(k))
        years = _YEARS_NP[self.dob[o] - _TABLE_LO] - 1900
        by_year = [k * 256 + (years + dy) for dy in (-1, 0, 1)]
        self.st_name_years = pd.Index(np.unique(np.concatenate(by_year)))

    # ---- people built around hires: twins, namesakes, renamed records --------------------

    def foreign_people(self) -> None:
        """Registry people other than the hire, placed where they test the linker."""
        rng, pool = self.rng, self.pool
        owners: list[np.ndarray] = []
        kinds: list[np.ndarray] = []
        certs: list[np.ndarray] = []
        fr = np.array([SCENARIOS[s].foreign for s in self.scn], dtype=object)
        for tag in ("twin_sworn", "twin_non_sworn", "namesake_sworn", "namesake_non_sworn"):
            idx = np.nonzero(fr == tag)[0]
            owners.append(idx)
            kinds.append(np.full(len(idx), 0 if tag.startswith("twin") else 1))
            certs.append(np.full(len(idx), "sworn" if tag.endswith("_sworn") and
                                 "non" not in tag else "non_sworn", dtype=object))  # fmt: skip
        review = np.array([SCENARIOS[s].determination == "MANUAL_REVIEW" for s in self.scn])
        eligible = np.nonzero(~review)[0]
        tw = eligible[rng.random(len(eligible)) < 0.03]
        ns = eligible[rng.random(len(eligible)) < 0.06]
        owners += [tw, ns]
        kinds += [np.zeros(len(tw), dtype=int), np.ones(len(ns), dtype=int)]
        certs += [np.full(len(tw), "any", dtype=object), np.full(len(ns), "any", dtype=object)]
        own = np.concatenate(owners).astype(np.int64)
        kind = np.concatenate(kinds).astype(np.int64)
        cert = np.concatenate(certs)
        m = len(own)
        male = rng.random(m) < 0.6
        f = np.where(kind == 0, self._draw_first(male), self.f[own])
        male = np.where(kind == 0, pool.first_male[f], self.male[own])
        mid_kind = rng.choice(3, size=m, p=[0.35, 0.5, 0.15])
        mid = self._draw_first(male)
        dob = self.dob[own].copy()
        ns_mask = kind == 1
        dob[ns_mask] = self._namesake_dob(self.dob[own[ns_mask]])
        for _ in range(300):
            bad = np.zeros(m, dtype=bool)
            # twins: first name and middle name unlike anything of the hire's
            for t in np.nonzero(kind == 0)[0].tolist():
                h = int(own[t])
                c2 = pool.c2_first(int(self.f[h]))
                if (
                    f[t] in c2
                    or (mid_kind[t] > 0 and mid[t] in c2)
                    or (self.mid_kind[h] > 0 and f[t] in pool.c2_first(int(self.mid[h])))
                ):
                    bad[t] = True
            bad |= (kind == 0) & _isin(_key(dob, f), self.all_f)
            # namesakes: no hire may share their birth day with their names
            nsk = _isin(_key(dob, f), self.all_f) | _isin(_key(dob, self.l1[own]), self.all_l)
            l2 = self.l2[own]
            nsk |= (l2 >= 0) & _isin(_key(dob, np.maximum(l2, 0)), self.all_l)
            bad |= ns_mask & nsk
            # namesake middle names differ from the hire's
            bad |= ns_mask & (mid_kind > 0) & (mid == self.mid[own]) & (self.mid_kind[own] > 0)
            if not bad.any():
                break
            b = np.nonzero(bad)[0]
            tb = b[kind[b] == 0]
            nb = b[kind[b] == 1]
            if len(tb):
                tmale = rng.random(len(tb)) < 0.55
                f[tb] = self._draw_first(tmale)
                male[tb] = pool.first_male[f[tb]]
                mid[tb] = self._draw_first(male[tb])
            if len(nb):
                dob[nb] = self._namesake_dob(self.dob[own[nb]])
                mid[nb] = self._draw_first(male[nb])
        else:  # pragma: no cover
            raise RuntimeError("could not place twins and namesakes")
        # (kind, cert, first code, male, middle kind, middle code, birth day) per person
        self.fp: list[tuple[int, str, int, bool, int, int, int]] = list(
            zip(kind.tolist(), cert.tolist(), f.tolist(), male.tolist(), mid_kind.tolist(),
                mid.tolist(), dob.tolist(), strict=True)
        )  # fmt: skip
        self.fp_by_owner: dict[int, list[int]] = {}
        for j, owner in enumerate(own.tolist()):
            self.fp_by_owner.setdefault(int(owner), []).append(j)
        self._rename_codes()

    def _namesake_dob(self, base: np.ndarray) -> np.ndarray:
        rng = self.rng
        gap = rng.integers(2 * _YEAR + 10, 22 * _YEAR, size=len(base))
        sign = np.where(rng.random(len(base)) < 0.5, -1, 1)
        d = base + sign * gap
        out = (d < _REG_DOB_FIRST) | (d > _REG_DOB_LAST)
        d[out] = base[out] - sign[out] * gap[out]
        return np.clip(d, _REG_DOB_FIRST, _REG_DOB_LAST)

    def _rename_codes(self) -> None:
        """The surname a name-change hire is registered under: unlike hers, and no hire
        born that day has anything like it."""
        rng, pool = self.rng, self.pool
        idx = np.nonzero(self.link == "name_change")[0]
        new = rng.choice(len(pool.last), size=len(idx), p=pool.last_common_w)
        for _ in range(300):
            bad = _isin(_key(self.dob[idx], new), self.all_l)
            for j, h in enumerate(idx):
                if new[j] in pool.c2_last(int(self.l1[h])) or pool.last[new[j]] in _LAST_SPECIAL:
                    bad[j] = True
                # her middle name as the registry's surname would read as a maiden name
                elif (
                    OSA.distance(
                        _norm(str(pool.last[new[j]])), _norm(str(pool.first[int(self.mid[h])]))
                    )
                    <= 2
                ):
                    bad[j] = True  # fmt: skip
            if not bad.any():
                break
            new[bad] = rng.choice(len(pool.last), size=int(bad.sum()), p=pool.last_common_w)
        self.renamed = dict(zip(idx.tolist(), new.tolist(), strict=True))

    # ---- per-hire rows ----------------------------------------------------------------

    def _src(self, exclude: Sequence[int] = (_FL,)) -> int:
        R = self.R
        while True:
            s = R.choices(range(len(REGISTRY_SOURCES)), weights=_SRC_WEIGHTS)[0]
            if s not in exclude:
                return s

    def _sworn_cat(self, src: int) -> int:
        if src == _FED:
            return _FEDCAT
        r = self.R.random()
        return _POLICE if r < 0.65 else (_SHERIFF if r < 0.9 else _STATE)

    def _non_sworn_cat(self, src: int) -> int:
        R = self.R
        if src == _FED:
            return R.choice((_CORR, _CORR, _PROB, _SEC))
        return R.choices((_CORR, _DISP, _RES, _PROB, _SEC), weights=(55, 12, 10, 13, 10))[0]

    def _type_agency(self, src: int, cat: int) -> tuple[str, str]:
        R = self.R
        s = REGISTRY_SOURCES[src]
        if cat < _N_SWORN_CATS:
            if cat == _SHERIFF:
                ctype = "Deputy Sheriff"
            elif cat == _STATE:
                ctype = "State Trooper"
            else:
                ctype = R.choice(_SWORN_TYPES[s])
        else:
            ctype = R.choice(_NON_SWORN_TYPES[cat])
            if s == "TX" and ctype == "Jailer" and R.random() < 0.5:
                ctype = "Basic Jailer"
        return ctype, R.choice(_AGENCIES[s][cat])

    def _qual_dates(self, hire: int, dob: int, recent: bool = False) -> tuple[int, int, str]:
        """Issued and separation dates that satisfy the policy: 12+ months of service,
        issued before hire, separated no more than 3 years before it."""
        R = self.R
        if recent:
            sep = hire - R.randint(380, 910)
        elif R.random() < 0.45:
            sep = hire - R.randint(5, 330)
        else:
            sep = _NA
        end = hire if sep == _NA else sep
        hi = end - R.randint(400, 560)
        lo = max(dob + 21 * _YEAR + 5, end - 20 * _YEAR)
        issued = R.randint(lo, hi) if lo < hi else hi
        if sep == _NA:
            status = R.choices(("active", "inactive", "lapsed"), weights=(93, 3, 4))[0]
        else:
            status = R.choices(("active", "inactive", "lapsed"), weights=(30, 45, 25))[0]
        return issued, sep, status

    def _row(
        self, src: int, who: tuple[str, str, str, str, int], cat: int, status: str,
        issued: int, sep: int,
    ) -> tuple[Any, ...]:  # fmt: skip
        ctype, agency = self._type_agency(src, cat)
        first, middle, last, sfx, dob = who
        row = (src, first, middle, last, sfx, dob, cat, ctype, status, issued, sep, agency)
        self.reg_rows.append(row)
        self.reg_whose.append(self._whose)
        return row

    def _earlier_non_sworn(self, who: tuple[str, str, str, str, int], before: int) -> None:
        """A corrections/dispatch certification held before the sworn one."""
        R = self.R
        dob = who[4]
        issued = before - R.randint(400, 2600)
        if issued < dob + 19 * _YEAR:
            return
        src = self._src()
        sep = before - R.randint(0, 60)
        status = R.choices(("inactive", "lapsed", "active"), weights=(50, 35, 15))[0]
        self._row(src, who, self._non_sworn_cat(src), status, issued, sep)

    def _decert(
        self, src: int, who: tuple[str, str, str, str, int], action: str, when: int
    ) -> None:
        reason = self.R.choice(_DECERT_REASONS)
        if action == "surrendered":
            reason = "Surrender in lieu of revocation"
        self.decerts.append((src, who[0], who[2], who[3], who[4], action, when, reason))

    def hire_loop(self) -> None:
        """Everything that is per hire: names as the hire and the registry write them,
        the hire's own registry rows, declared history, training, resume."""
        n, pool, R = self.n, self.pool, self.R
        self.h_first: list[str] = [""] * n
        self.h_mid: list[str] = [""] * n
        self.h_last: list[str] = [""] * n
        self.h_sfx: list[str] = [""] * n
        self.h_resume: list[str] = [""] * n
        self.h_basis: list[str] = [""] * n
        self.h_track: list[str] = [""] * n
        self.history: list[tuple[Any, ...]] = []
        self.training: list[tuple[Any, ...]] = []
        basic_screened = self.rng.random(n) < BASIC_SCREENED_SHORT_SHARE
        for i in range(n):
            sc = SCENARIOS[int(self.scn[i])]
            hire = int(self.hire_day[i])
            dob = int(self.dob[i])
            f = int(self.f[i])
            acc = bool(self.acc[i])
            # --- names: hire side and registry side start equal
            first = str(pool.first[f] if acc else pool.first_plain[f])
            last = self._last_display(int(self.l1[i]), int(self.l2[i]), acc)
            mid_full = str(pool.first_plain[int(self.mid[i])])
            mk = int(self.mid_kind[i])
            h_mid = "" if mk == 0 else (mid_full if mk == 1 else mid_full[0])
            if mk == 2 and R.random() < 0.3:
                h_mid += "."
            r_mid = h_mid if R.random() < 0.7 else ""
            sfx = _SUFFIXES[int(self.sfx[i])] if self.sfx[i] >= 0 else ""
            h_first, h_last, r_first, r_last = first, last, first, last
            r_sfx = sfx if R.random() < 0.5 else ""
            r_dob = dob
            v = sc.var
            if v == "typo_first":
                if R.random() < 0.5:
                    h_first = _typo(R, first)
                else:
                    r_first = _typo(R, first)
            elif v == "typo_last":
                if R.random() < 0.5:
                    h_last = _typo(R, last)
                else:
                    r_last = _typo(R, last)
            elif v == "nickname":
                nick = R.choice(pool.nick[f])
                if R.random() < 0.65:
                    h_first = nick
                else:
                    r_first = nick
            elif v == "diacritics":
                if self.diac_first[i]:
                    plain, fancy = str(pool.first_plain[f]), str(pool.first[f])
                    h_first, r_first = (plain, fancy) if R.random() < 0.6 else (fancy, plain)
                else:
                    plain, fancy = _plain(last), str(pool.last[int(self.l1[i])])
                    h_last, r_last = (plain, fancy) if R.random() < 0.6 else (fancy, plain)
            elif v == "case_punct":
                other = _punct_variant(R, last)
                h_last, r_last = (last, other) if R.random() < 0.6 else (other, last)
            elif v == "hyphenated":
                if self.l2[i] >= 0:
                    part = self._last_display(int(self.l1[i] if R.random() < 0.7 else
                                                  self.l2[i]), -1, acc)  # fmt: skip
                    h_last, r_last = (last, part) if R.random() < 0.6 else (part, last)
                else:
                    squashed = _squash(R, last)
                    h_last, r_last = (last, squashed) if R.random() < 0.5 else (squashed, last)
            elif v == "suffix":
                styled = _suffix_in_last(R, last, sfx)
                r_sfx = ""
                if R.random() < 0.6:
                    r_last = styled  # hire: suffix column; registry: inside the surname
                else:
                    h_last, sfx = styled, ""  # hire wrote it into the surname
            elif v == "middle_initial":
                initial = mid_full[0] + ("." if R.random() < 0.4 else "")
                h_mid, r_mid = (mid_full, initial) if R.random() < 0.5 else (initial, mid_full)
            elif v == "maiden":
                maiden = self._last_display(int(self.maiden[i]), -1, acc)
                h_mid, r_mid, r_last = maiden, "", maiden
            elif v == "swapped_dob":
                r_dob = int(_swap_day_month(np.array([dob]))[0][0])
            who = (r_first, r_mid, r_last, r_sfx, r_dob)
            self._whose = (_OWN, i)
            cert_src, cert_cat, cert_agency, cert_dates = self._own_rows(i, sc, who, hire, dob)
            for j in self.fp_by_owner.get(i, ()):
                self._whose = (_FOREIGN, j)
                self._foreign_rows(i, j, last, hire)
            self.h_first[i], self.h_mid[i], self.h_last[i], self.h_sfx[i] = (
                h_first, h_mid, h_last, sfx
            )  # fmt: skip
            jobs = self._history(i, sc, hire, dob, cert_src, cert_cat, cert_agency, cert_dates)
            self._training(i, sc, hire, bool(basic_screened[i]))
            self._resume(i, sc, jobs, bool(basic_screened[i]))

    def _last_display(self, l1: int, l2: int, acc: bool) -> str:
        pool = self.pool
        a = str(pool.last[l1] if acc else pool.last_plain[l1])
        if l2 < 0:
            return a
        b = str(pool.last[l2] if acc else pool.last_plain[l2])
        return f"{a}-{b}" if (l1 + l2) % 4 else f"{a} {b}"

    def _own_rows(
        self, i: int, sc: Scenario, who: tuple[str, str, str, str, int], hire: int, dob: int
    ) -> tuple[int, int, str, tuple[int, int]]:
        """The hire's own registry person. Returns the main certification's source,
        category, agency and (issued, separation) for the declared history."""
        R = self.R
        k = sc.link
        none = (-1, -1, "", (_NA, _NA))
        if k == "none":
            return none
        if k == "maybe_non_sworn":
            if R.random() < 0.7:
                return none
            k = "non_sworn"
        if k == "na":
            r = R.random()
            if r < 0.62:
                return none
            k = "qualifying" if r < 0.85 else ("non_sworn" if r < 0.95 else "revoked")
        # NY prints upper case: a case-only difference would vanish there
        src = self._src((_FL, _NY)) if sc.var == "case_punct" else self._src()
        if k in ("qualifying", "qualifying_recent"):
            issued, sep, status = self._qual_dates(hire, dob, recent=k == "qualifying_recent")
            cat = self._sworn_cat(src)
            r = R.random()
            if r < 0.3:
                self._earlier_non_sworn(who, issued)
            elif r < 0.4:  # an older sworn certification in another state, long separated
                o_src = self._src((_FL, src))
                o_sep = issued - R.randint(30, 400)
                o_iss = o_sep - R.randint(400, 2000)
                if o_iss > dob + 21 * _YEAR:
                    self._row(o_src, who, self._sworn_cat(o_src),
                              R.choice(("inactive", "lapsed")), o_iss, o_sep)  # fmt: skip
            row = self._row(src, who, cat, status, issued, sep)
            return src, cat, row[11], (issued, sep)
        if k == "non_sworn":
            issued, sep, status = self._qual_dates(hire, dob)
            cat = self._non_sworn_cat(src)
            row = self._row(src, who, cat, status, issued, sep)
            if R.random() < 0.3:
                o_src = self._src()
                o_cat = self._non_sworn_cat(o_src)
                o_iss = issued - R.randint(400, 3000)
                if o_iss > dob + 19 * _YEAR:
                    self._row(o_src, who, o_cat, "lapsed", o_iss, issued - R.randint(1, 90))
            return src, cat, row[11], (issued, sep)
        if k in ("revoked", "suspended"):
            issued, sep, _ = self._qual_dates(hire, dob)
            cat = self._sworn_cat(src)
            row = self._row(src, who, cat, k, issued, sep)
            if k == "revoked" and src != _FED and R.random() < 0.5:
                when = R.randint(issued + 30, TODAY - 10)
                self._decert(src, who, "revoked", when)
            return src, cat, row[11], (issued, sep)
        if k == "decertified":
            src = self._src((_FL, _FED))
            issued, _, _ = self._qual_dates(hire, dob)
            when = hire - R.randint(30, 700)
            issued = min(issued, when - 420)
            sep = _NA if R.random() < 0.5 else min(when + R.randint(0, 20), hire - 1)
            cat = self._sworn_cat(src)
            status = "active" if sep == _NA or R.random() < 0.4 else "inactive"
            row = self._row(src, who, cat, status, issued, sep)
            d_src = src if R.random() < 0.7 else self._src((_FL, _FED, src))
            action = R.choices(("revoked", "suspended", "surrendered"), weights=(60, 20, 20))[0]
            self._decert(d_src, who, action, when)
            return src, cat, row[11], (issued, sep)
        if k == "separated_long":
            sep = hire - R.randint(1250, 3000)
            issued = sep - R.randint(500, 4500)
            issued = max(issued, dob + 21 * _YEAR + 5)
            issued = min(issued, sep - 400)
            cat = self._sworn_cat(src)
            row = self._row(src, who, cat, R.choice(("inactive", "lapsed", "lapsed")), issued, sep)
            if R.random() < 0.4:  # then a security or dispatch job, still active
                n_src = src if src != _FED else self._src((_FL, _FED))
                self._row(n_src, who, R.choice((_SEC, _DISP)), "active",
                          sep + R.randint(30, 300), _NA)  # fmt: skip
            return src, cat, row[11], (issued, sep)
        if k == "short_service":
            if R.random() < 0.6:
                sep, end = _NA, hire
            else:
                sep = hire - R.randint(1, 30)
                end = sep
            issued = end - R.randint(60, 300)
            cat = self._sworn_cat(src)
            row = self._row(src, who, cat, "active" if sep == _NA else "inactive", issued, sep)
            if R.random() < 0.4:  # long corrections service before: not the sworn cert's
                self._earlier_non_sworn(who, issued)
            return src, cat, row[11], (issued, sep)
        if k == "after_hire":
            issued = hire + R.randint(20, max(21, min(540, TODAY - hire - 5)))
            cat = self._sworn_cat(src)
            self._row(src, who, cat, "active", issued, _NA)
            if R.random() < 0.35:
                self._earlier_non_sworn(who, hire - R.randint(0, 200))
            return none
        if k == "ambiguous":
            self._whose = (_AMBIGUOUS, i)  # two people, one of them may be the hire
            src2 = self._src()
            mids = self._two_middles(i)
            qual_first = R.random() < 0.5
            for which, (s, m) in enumerate(((src, mids[0]), (src2, mids[1]))):
                person = (who[0], m, who[2], "", who[4])
                issued, sep, status = self._qual_dates(hire, dob)
                if (which == 0) == qual_first:
                    self._row(s, person, self._sworn_cat(s), status, issued, sep)
                elif R.random() < 0.7:
                    self._row(s, person, self._non_sworn_cat(s), status, issued, sep)
                else:
                    self._row(s, person, self._sworn_cat(s), "revoked", issued, sep)
            return none
        if k == "no_dob":
            issued, sep, status = self._qual_dates(hire, dob)
            if R.random() < 0.6:
                src, d = _FL, dob  # FL publishes the birth year only
            else:
                d = _NA
            cat = self._sworn_cat(src)
            row = self._row(src, (who[0], who[1], who[2], "", d), cat, status, issued, sep)
            return src, cat, row[11], (issued, sep)
        if k == "name_change":
            src = self._src((_FL, _MN))  # MN prints middle initials: the lead needs the name
            new_last = str(self.pool.last_plain[self.renamed[i]])
            issued, sep, status = self._qual_dates(hire, dob)
            cat = self._sworn_cat(src)
            full_mid = str(self.pool.first_plain[int(self.mid[i])])
            person = (who[0], full_mid, new_last, "", dob)
            row = self._row(src, person, cat, status, issued, sep)
            return src, cat, row[11], (issued, sep)
        raise ValueError(k)  # pragma: no cover

    def _two_middles(self, i: int) -> tuple[str, str]:
        pool = self.pool
        a = int(self.rng.integers(0, len(pool.first)))
        b = a
        while b == a or str(pool.first_plain[a])[0] == str(pool.first_plain[b])[0]:
            b = self.R.randrange(len(pool.first))
        return str(pool.first_plain[a]), str(pool.first_plain[b])

    def _foreign_rows(self, i: int, j: int, hire_last: str, hire: int) -> None:
        """Rows of a twin or namesake of hire ``i``."""
        R, pool = self.R, self.pool
        kind, cert, f, male, mk, mid_code, dob = self.fp[j]
        mid = str(pool.first_plain[mid_code])
        middle = "" if mk == 0 else (mid if mk == 1 else mid[0])
        first = str(pool.first[f] if self.acc[i] else pool.first_plain[f])
        sfx = R.choice(("", "", "", "Sr", "Jr")) if kind == 1 and male else ""
        who = (first, middle, hire_last, sfx, dob)
        src = self._src()
        issued, sep, status = self._qual_dates(hire, max(dob, _DOB_FIRST))
        if kind == 1:  # a namesake's career follows their own age
            shift = dob - int(self.dob[i])
            issued = min(issued + shift, TODAY - 40)
            sep = _NA if sep == _NA or sep + shift >= TODAY else sep + shift
            issued = min(issued, sep - 30) if sep != _NA else issued
        if cert == "sworn":
            cat = self._sworn_cat(src)
        elif cert == "non_sworn":
            cat = self._non_sworn_cat(src)
        else:
            cat = self._sworn_cat(src) if R.random() < 0.5 else self._non_sworn_cat(src)
            if R.random() < 0.15:
                status = "revoked"
                if src != _FED:
                    self._decert(src, who, "revoked", R.randint(issued + 30, TODAY - 5))
        self._row(src, who, cat, status, issued, sep)

    # ---- history, training, resume -----------------------------------------------------

    def _history(
        self, i: int, sc: Scenario, hire: int, dob: int, src: int, cat: int, agency: str,
        dates: tuple[int, int],
    ) -> list[tuple[str, str, str, int, int]]:  # fmt: skip
        """Prior jobs as declared (employer, title, state, start, end), newest first."""
        R = self.R
        jobs: list[tuple[str, str, str, int, int]] = []
        h = sc.history
        if h == "decoy_or_claim":
            h = "decoy" if R.random() < 0.6 else "claimed_loaded"
        if h == "mixed":
            r = R.random()
            if src >= 0:
                h = "sworn" if cat < _N_SWORN_CATS else "non_sworn"
            else:
                h = "coverage_gap" if r < 0.05 else ("decoy" if r < 0.7 else "aspirational")
        end = hire - R.randint(5, 90)
        if h in ("sworn", "non_sworn") and src >= 0 and R.random() < 0.93:
            issued, sep = dates
            state = REGISTRY_SOURCES[src]
            if state == "FED":
                state = R.choice(("TX", "CA", "NY", "VA", "FL", "MN"))
            title = R.choice(_CAT_TITLES[cat])
            if cat == _FEDCAT and agency == "U.S. Border Patrol":
                title = "Border Patrol Agent"
            j_end = _NA if sep == _NA and R.random() < 0.5 else (sep if sep != _NA else end)
            jobs.append((agency, title, state, issued + R.randint(0, 20), j_end))
            end = issued - R.randint(10, 200)
        elif h == "claimed_loaded":
            state = R.choice(("TX", "CA", "NY", "VA", "FL", "MN"))
            cat2 = R.choice((_POLICE, _POLICE, _SHERIFF, _STATE))
            employer = R.choice(_AGENCIES[state][cat2])
            start = end - R.randint(400, 3000)
            jobs.append((employer, R.choice(_CAT_TITLES[cat2]), state, start, end))
            end = start - R.randint(10, 300)
        elif h == "coverage_gap":
            state = R.choice(_UNCOVERED)
            employer, title = R.choice(_UNCOVERED_AGENCIES[state])
            start = end - R.randint(700, 4000)
            jobs.append((employer, title, state, start, _NA if R.random() < 0.3 else end))
            end = start - R.randint(10, 300)
        n_more = R.choices((0, 1, 2), weights=(35, 45, 20))[0]
        if h in ("decoy", "aspirational") and not jobs:
            n_more = R.choices((0, 1, 2, 3), weights=(10, 40, 35, 15))[0]
        for _ in range(n_more):
            pool_ = _DECOY_JOBS if (h != "aspirational" and R.random() < 0.6) else _PLAIN_JOBS
            title, employers = R.choice(pool_)
            start = end - R.randint(300, 2500)
            if start < dob + 17 * _YEAR:
                break
            state = R.choice(_OTHER_STATES)
            jobs.append((R.choice(employers), title, state, start, end))
            end = start - R.randint(10, 400)
        for employer, title, state, start, j_end in jobs:
            self.history.append((i, employer, title, state, start, j_end))
        return jobs

    def _training(self, i: int, sc: Scenario, hire: int, basic_screened: bool) -> None:
        R = self.R
        rows = self.training
        orient = hire + R.randint(0, 2)
        rows.append((i, *_OTHER_COURSES[0][:3], orient, orient + 1, "completed"))
        if sc.training == "basic":
            start = min(hire + R.randint(14, 120), TODAY - R.randint(3, 20))
            end = start + R.randint(110, 130)
            r = R.random()
            if end > TODAY or r < 0.1:
                rows.append((i, *_BASIC_COURSE, start, _NA, "enrolled"))
            elif r < 0.14:
                rows.append((i, *_BASIC_COURSE, start, start + R.randint(10, 90), "withdrawn"))
            elif r < 0.16:
                rows.append((i, *_BASIC_COURSE, start, end, "failed"))
            else:
                rows.append((i, *_BASIC_COURSE, start, end, "completed"))
            self.h_track[i] = "BASIC"
            return
        start = hire + R.randint(3, 21)
        rows.append((i, *_SHORT_COURSE, start, start + 27, "completed"))
        self.h_track[i] = "BASIC" if basic_screened else "LEO"
        if sc.training == "remediated":
            b_start = hire + R.randint(60, max(61, min(420, TODAY - hire - 140)))
            rows.append((i, *_BASIC_COURSE, b_start, b_start + R.randint(110, 130), "completed"))
        elif sc.training == "enrolled":
            b_start = hire + R.randint(30, max(31, TODAY - hire - 10))
            rows.append((i, *_BASIC_COURSE, b_start, _NA, "enrolled"))
            if R.random() < 0.2 and b_start - 200 > hire:  # an earlier attempt, unfinished
                rows.append((i, *_BASIC_COURSE, b_start - R.randint(120, 200),
                             b_start - R.randint(40, 110), "withdrawn"))  # fmt: skip
        elif basic_screened and sc.determination != "REMEDIATED":
            if sc.determination == "VERIFIED_LEO" and R.random() < 0.3:
                b_start = hire + R.randint(30, 200)
                if b_start + 130 < TODAY:
                    rows.append((i, *_BASIC_COURSE, b_start, b_start + 120, "completed"))
            elif R.random() < 0.6:
                b_start = hire + R.randint(30, max(31, TODAY - hire - 10))
                rows.append((i, *_BASIC_COURSE, b_start, _NA, "enrolled"))
        if sc.link.startswith("qualifying") and R.random() < 0.4:
            q = hire + R.randint(20, 90)
            rows.append((i, *_OTHER_COURSES[1], q, q, "completed"))
        q = hire + R.randint(30, 300)
        if R.random() < 0.15 and q < TODAY - 3:
            status = "withdrawn" if R.random() < 0.2 else "completed"
            rows.append((i, *_OTHER_COURSES[R.choice((2, 3))], q, q + R.randint(0, 3), status))

    def _resume(
        self, i: int, sc: Scenario, jobs: list[tuple[str, str, str, int, int]], basic: bool
    ) -> None:
        R = self.R
        parts = []
        for employer, title, state, start, end in jobs:
            y1 = _year_of(start)
            y2 = "present" if end == _NA else str(_year_of(end))
            style = R.randrange(4)
            if style == 0:
                parts.append(f"{title} at {employer} {y1}-{y2}")
            elif style == 1:
                parts.append(f"{title}, {employer} ({y1}-{y2})")
            elif style == 2:
                parts.append(f"{employer}, {state} - {title}, {y1} to {y2}")
            else:
                parts.append(f"{y1}-{y2}: {title.lower()}, {employer}")
        if sc.history == "aspirational":
            parts.append(R.choice(_ASPIRATIONAL))
        extra = R.choice(_RESUME_EXTRAS)
        if extra:
            parts.append(extra)
        if not parts:
            parts.append("Recent graduate seeking a federal career.")
        text = "; ".join(parts) if R.random() < 0.5 else ". ".join(p.rstrip(".") for p in parts)
        if R.random() < 0.03 and sc.determination == "NOT_APPLICABLE":
            text = ""
        self.h_resume[i] = text
        low = text.lower()
        if sc.training == "basic":
            self.h_basis[i] = R.choice(("", "", "keyword:none", "resume review: no LEO"))
        elif basic:
            self.h_basis[i] = R.choice(("", "keyword:none"))
        elif "officer" in low or R.random() < 0.5:
            self.h_basis[i] = "keyword:officer" if R.random() < 0.97 else ""
        else:
            self.h_basis[i] = R.choice(("keyword:agent", "keyword:police", "self-reported LEO"))

    # ---- background registry -----------------------------------------------------------

    def background(self, n_rows: int) -> dict[str, np.ndarray]:
        """Registry people who were never hired: most of the rows, drawn column-wise."""
        rng, pool = self.rng, self.pool
        if n_rows <= 0:
            return {}
        n_p = int(n_rows / 1.38) + 32
        counts = rng.choice([1, 2, 3], size=n_p, p=[0.7, 0.22, 0.08])
        cum = np.cumsum(counts)
        while cum[-1] < n_rows:  # pragma: no cover - tiny registries
            counts = np.concatenate([counts, [1]])
            cum = np.cumsum(counts)
        n_p = int(np.searchsorted(cum, n_rows)) + 1
        counts = counts[:n_p].copy()
        counts[-1] -= int(cum[n_p - 1] - n_rows)
        male = rng.random(n_p) < 0.72
        f = self._draw_first(male)
        common = rng.random(n_p) < 0.8
        l1 = np.where(
            common,
            rng.choice(len(pool.last), size=n_p, p=pool.last_common_w),
            rng.choice(len(pool.last), size=n_p, p=pool.last_rare_w),
        )
        l2 = np.where(
            common & (rng.random(n_p) < 0.03),
            rng.choice(len(pool.last), size=n_p, p=pool.last_common_w),
            -1,
        )
        l2[l2 == l1] = -1
        mid_kind = rng.choice(3, size=n_p, p=[0.3, 0.55, 0.15])
        mid = self._draw_first(male)
        sfx = np.where(male & (rng.random(n_p) < 0.03),
                       rng.choice(len(_SUFFIXES), size=n_p, p=_SUFFIX_P), -1)  # fmt: skip
        acc = rng.random(n_p) < 0.5
        home = rng.choice(len(REGISTRY_SOURCES), size=n_p, p=_SRC_WEIGHT)
        dob = rng.integers(_REG_DOB_FIRST, _REG_DOB_LAST + 1, size=n_p)

        person = np.repeat(np.arange(n_p), counts)
        starts = np.cumsum(counts) - counts
        rank = np.arange(n_rows) - np.repeat(starts, counts)
        move = (rank > 0) & (rng.random(n_rows) < 0.25)
        src = np.where(move, rng.choice(len(REGISTRY_SOURCES), size=n_rows, p=_SRC_WEIGHT),
                       home[person])  # fmt: skip
        has_fl = np.bincount(person[src == _FL], minlength=n_p) > 0

        # keep every background person away from short-track hires (see module doc)
        check = np.arange(n_p)
        for _ in range(500):
            d = dob[check]
            bad = _isin(_key(d, f[check]), self.st_f)
            bad |= _isin(_key(d, l1[check]), self.st_l)
            l2c = l2[check]
            bad |= (l2c >= 0) & _isin(_key(d, np.maximum(l2c, 0)), self.st_l)
            fl = has_fl[check]
            if fl.any():
                years = _YEARS_NP[d - _TABLE_LO] - 1900
                nk = f[check] * _CODE_BITS + l1[check]
                bad |= fl & _isin(nk * 256 + years, self.st_name_years)
                nk2 = f[check] * _CODE_BITS + np.maximum(l2c, 0)
                bad |= fl & (l2c >= 0) & _isin(nk2 * 256 + years, self.st_name_years)
            check = check[bad]
            if len(check) == 0:
                break
            dob[check] = rng.integers(_REG_DOB_FIRST, _REG_DOB_LAST + 1, size=len(check))
        else:  # pragma: no cover
            raise RuntimeError("could not keep background people away from hires")

        # careers: certification k starts after k-1; the last may still be current
        start = dob + 21 * _YEAR + rng.integers(0, 18 * _YEAR, size=n_p)
        gaps = np.where(rank > 0, rng.integers(200, 6 * _YEAR, size=n_rows), 0)
        csum = np.cumsum(gaps)
        issued = start[person] + csum - np.repeat(csum[starts], counts)
        late = issued > TODAY - 30
        issued[late] = TODAY - rng.integers(30, 700, size=int(late.sum()))
        last_row = rank == counts[person] - 1
        next_issued = np.append(issued[1:], TODAY)
        sep = np.full(n_rows, _NA, dtype=np.int64)
        moved_on = ~last_row & (rng.random(n_rows) < 0.75)
        sep[moved_on] = np.maximum(
            next_issued[moved_on] - rng.integers(0, 45, size=int(moved_on.sum())),
            issued[moved_on] + 30,
        )
        ended = last_row & (rng.random(n_rows) < 0.45)
        span = np.maximum(TODAY - issued[ended], 31)
        sep[ended] = (
            issued[ended] + (rng.random(int(ended.sum())) * (span - 30)).astype(np.int64) + 30
        )
        sep = np.where((sep != _NA) & (sep > TODAY), _NA, sep)

        sworn = rng.random(n_rows) < np.where(rank == 0, 0.5, 0.75)
        sub = rng.random(n_rows)
        cat = np.where(sub < 0.65, _POLICE, np.where(sub < 0.9, _SHERIFF, _STATE))
        ns = rng.choice([_CORR, _DISP, _RES, _PROB, _SEC], size=n_rows,
                        p=[0.55, 0.12, 0.10, 0.13, 0.10])  # fmt: skip
        fed_ns = rng.choice([_CORR, _PROB, _SEC], size=n_rows, p=[0.6, 0.25, 0.15])
        cat = np.where(sworn, cat, ns)
        is_fed = src == _FED
        cat = np.where(is_fed, np.where(sworn, _FEDCAT, fed_ns), cat)
        ctype, agency = _lookup_type_agency(rng, src, cat)

        current = sep == _NA
        u = rng.random(n_rows)
        # status codes index _STATUS: active, inactive, lapsed, revoked, suspended
        serving_cut = np.array([0.9, 0.94, 0.97, 0.985])  # active, inactive, lapsed, susp.
        serving = np.array([0, 1, 2, 4, 3])
        left_cut = np.array([0.45, 0.85, 0.93, 0.98])  # inactive, lapsed, active, revoked
        left = np.array([1, 2, 0, 3, 4])
        code = np.where(current, serving[np.searchsorted(serving_cut, u, side="right")],
                        left[np.searchsorted(left_cut, u, side="right")])  # fmt: skip
        status = _STATUS[code]

        first_s = np.where(acc, pool.first[f], pool.first_plain[f])
        mid_s = pool.first_plain[mid]
        initials = pool.first_initial[mid]
        middle = np.where(mid_kind == 1, mid_s, np.where(mid_kind == 2, initials, ""))
        last_s = np.where(acc, pool.last[l1], pool.last_plain[l1])
        comp = np.nonzero(l2 >= 0)[0]
        if len(comp):
            seps = np.where(rng.random(len(comp)) < 0.7, "-", " ")
            last_s = last_s.copy()
            last_s[comp] = [
                f"{a}{s}{b}"
                for a, s, b in zip(last_s[comp], seps, pool.last_plain[l2[comp]], strict=True)
            ]
        sfx_s = np.where(sfx >= 0, np.array(_SUFFIXES, dtype=object)[np.maximum(sfx, 0)], "")
        row_dob = dob[person].astype(np.int64)
        # who each row is (true birth date even where the row prints none), for truth_links
        self.bg_person = (f[person], l1[person], l2[person], dob[person])

        # a few rows miss the birth date; only people no short-track hire is named like
        nk = f * _CODE_BITS + l1
        safe = ~_isin(nk, self.st_names)
        safe &= ~((l2 >= 0) & _isin(f * _CODE_BITS + np.maximum(l2, 0), self.st_names))
        eligible = np.nonzero(safe[person] & (src != _FL))[0]
        n_blank = min(len(eligible), round(0.012 * n_rows))
        if n_blank:
            pick = rng.choice(eligible, size=n_blank, replace=False)
            row_dob[pick] = _NA
        return {
            "src": src.astype(np.int64),
            "first": first_s[person],
            "middle": middle[person],
            "last": last_s[person],
            "sfx": sfx_s[person],
            "dob": row_dob,
            "cat": cat.astype(np.int64),
            "type": ctype,
            "status": status,
            "issued": issued.astype(np.int64),
            "sep": sep,
            "agency": agency,
        }

    # ---- overrides ---------------------------------------------------------------------

    def overrides(self) -> list[tuple[str, str, str, str, str]]:
        """3-5 analysts' decisions on review hires; their truth becomes the decision."""
        rng, R = self.rng, self.R
        review = [i for i in range(self.n) if SCENARIOS[int(self.scn[i])].name.startswith(
            "review_")]  # fmt: skip
        if not review:
            return []
        k = min(len(review), int(rng.integers(3, 6)))
        # spread over the review kinds first
        by_kind: dict[str, list[int]] = {}
        for i in review:
            by_kind.setdefault(SCENARIOS[int(self.scn[i])].name, []).append(i)
        chosen: list[int] = []
        for kind in sorted(by_kind):
            if len(chosen) < k:
                chosen.append(by_kind[kind][0])
        rest = [i for i in review if i not in chosen]
        while len(chosen) < k:
            chosen.append(rest.pop(0))
        out = []
        for i in sorted(chosen, key=lambda j: self.hire_id[j]):
            kind = SCENARIOS[int(self.scn[i])].name
            if kind == "review_coverage_gap":
                det = "VERIFIED_LEO"
                why = "State POST confirmed an active peace officer license by letter"
            elif kind == "review_registry_no_dob":
                det = "VERIFIED_LEO"
                why = "Registry supplied the full date of birth on request; it matches"
            elif kind == "review_name_change":
                det = "VERIFIED_LEO"
                why = "Marriage certificate on file; registry record is under her prior name"
            else:
                det = "RECALL"
                why = "Registry confirmed the sworn record belongs to another person"
            reviewed = TODAY - R.randint(3, 60)
            out.append(
                (
                    str(self.hire_id[i]),
                    det,
                    R.choice(_REVIEWERS),
                    _date_tables()[0][reviewed - _TABLE_LO],
                    why,
                )
            )
            self.override_of[i] = det
        return out


def _lookup_type_agency(
    rng: np.random.Generator, src: np.ndarray, cat: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Certification type and agency for each row from flat (source, category) tables."""
    n_src, n_cat = len(REGISTRY_SOURCES), len(_CATS)
    types: list[str] = []
    agencies: list[str] = []
    t_off = np.zeros((n_src, n_cat), dtype=np.int64)
    t_len = np.zeros((n_src, n_cat), dtype=np.int64)
    a_off = np.zeros((n_src, n_cat), dtype=np.int64)
    a_len = np.zeros((n_src, n_cat), dtype=np.int64)
    for s, name in enumerate(REGISTRY_SOURCES):
        for c in range(n_cat):
            if c == _SHERIFF:
                ts: tuple[str, ...] = ("Deputy Sheriff",)
            elif c == _STATE:
                ts = ("State Trooper",)
            elif c < _N_SWORN_CATS:
                ts = _SWORN_TYPES[name]
            else:
                ts = _NON_SWORN_TYPES[c]
                if name == "TX" and c == _CORR:
                    ts = (*ts, "Basic Jailer")
            ag = _AGENCIES[name].get(c, ("",))
            t_off[s, c], t_len[s, c] = len(types), len(ts)
            types.extend(ts)
            a_off[s, c], a_len[s, c] = len(agencies), len(ag)
            agencies.extend(ag)
    t_arr = np.array(types, dtype=object)
    a_arr = np.array(agencies, dtype=object)
    u1 = rng.random(len(src))
    u2 = rng.random(len(src))
    ti = t_off[src, cat] + (u1 * t_len[src, cat]).astype(np.int64)
    ai = a_off[src, cat] + (u2 * a_len[src, cat]).astype(np.int64)
    return t_arr[ti], a_arr[ai]


# --------------------------------------------------------------------------- string noise

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _typo(R: random.Random, name: str) -> str:
    """Exactly one edit (substitute, insert, delete, or swap two neighbours) that leaves
    at least four letters and never adds or drops a final letter (Robert/Roberta is how
    opposite-sex twins are named, so linkers rightly refuse it as a typo)."""
    low = name.lower()
    n = len(low)
    for _ in range(100):
        op = R.choice(("sub", "sub", "ins", "del", "swap"))
        if op == "sub":
            p = R.randrange(n)
            c = R.choice([x for x in _LETTERS if x != low[p]])
            out = low[:p] + c + low[p + 1 :]
        elif op == "ins":
            p = R.randrange(1, n)
            out = low[:p] + R.choice(_LETTERS) + low[p:]
        elif op == "del":
            if n < 5:
                continue
            p = R.randrange(0, n - 1)
            out = low[:p] + low[p + 1 :]
        else:
            p = R.randrange(1, n - 1)
            if low[p] == low[p + 1]:
                continue
            out = low[:p] + low[p + 1] + low[p] + low[p + 2 :]
        if out != low and len(out) >= 4 and not _gendered(out, low):
            return out.capitalize()
    return name  # pragma: no cover


def _gendered(a: str, b: str) -> bool:
    """Robert/Roberta, Renee/Rene: one trailing vowel apart (also when a doubled letter
    is dropped), which is how opposite-sex names differ, not a typo."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return longer[:-1] == shorter and longer[-1] in "aeio"


def _punct_variant(R: random.Random, last: str) -> str:
    """'O'Brien' -> 'OBRIEN' / 'Obrien' / 'O Brien'; 'St. John' -> 'St John' / 'STJOHN'."""
    squeezed = last.replace("'", "").replace(".", "")
    options = [squeezed.upper(), squeezed.replace(" ", "").capitalize(), squeezed]
    if "'" in last:
        options.append(last.replace("'", " "))
    if " " in squeezed:
        options.append(squeezed.replace(" ", ""))
    options = [o for o in options if o != last]
    return R.choice(options)


def _squash(R: random.Random, last: str) -> str:
    """'De La Cruz' -> 'DeLaCruz' / 'Delacruz' / 'De la Cruz'."""
    joined = last.replace(" ", "")
    return R.choice((joined, joined.capitalize(), joined.upper()))


def _suffix_in_last(R: random.Random, last: str, sfx: str) -> str:
    style = R.randrange(4)
    if style == 0:
        return f"{last} {sfx}"
    if style == 1:
        return f"{last}, {sfx}" + ("." if sfx in ("Jr", "Sr") else "")
    if style == 2:
        return f"{last.upper()} {sfx.upper()}"
    return f"{last} {sfx}" + ("." if sfx in ("Jr", "Sr") else "")


# --------------------------------------------------------------------------- writing


def _to_rows_dict(rows: list[tuple[Any, ...]]) -> dict[str, np.ndarray]:
    cols = ("src", "first", "middle", "last", "sfx", "dob", "cat", "type", "status", "issued",
            "sep", "agency")  # fmt: skip
    if not rows:
        return {c: np.array([], dtype=np.int64 if c in ("src", "dob", "cat", "issued", "sep")
                            else object) for c in cols}  # fmt: skip
    out = {}
    for c, values in zip(cols, zip(*rows, strict=True), strict=True):
        if c in ("src", "dob", "cat", "issued", "sep"):
            out[c] = np.array(values, dtype=np.int64)
        else:
            out[c] = np.array(values, dtype=object)
    return out


def _fmt_dates(days: np.ndarray, table: np.ndarray) -> np.ndarray:
    out = np.full(len(days), None, dtype=object)
    ok = days != _NA
    out[ok] = table[days[ok] - _TABLE_LO]
    return out


def _blank_to_none(values: np.ndarray) -> np.ndarray:
    out = values.astype(object).copy()
    out[out == ""] = None
    return out


def _write_registry(
    rng: np.random.Generator, reg: dict[str, np.ndarray], out: Path, fmt: str
) -> dict[str, Any]:
    """Per-source quirks, record ids, one file per source. Returns what decertifications
    need to copy a row as its registry printed it."""
    iso, us, years, _ = _date_tables()
    src = reg["src"]
    first = reg["first"].copy()
    middle = reg["middle"].copy()
    last = reg["last"].copy()
    # suffixes go inside the surname, each registry its own way
    has_sfx = np.nonzero(reg["sfx"] != "")[0]
    for k in has_sfx:
        s = int(src[k])
        sfx = str(reg["sfx"][k])
        if s == _VA:
            last[k] = f"{last[k]}, {sfx}"
        elif s == _TX and sfx in ("Jr", "Sr"):
            last[k] = f"{last[k]} {sfx}."
        else:
            last[k] = f"{last[k]} {sfx}"
    mn = np.nonzero((src == _MN) & (middle != ""))[0]
    middle[mn] = [str(m)[0] for m in middle[mn]]  # MN prints middle initials only
    ny = np.nonzero(src == _NY)[0]
    first[ny] = [str(x).upper() for x in first[ny]]
    middle[ny] = [str(x).upper() for x in middle[ny]]
    last[ny] = [str(x).upper() for x in last[ny]]

    dob_iso = _fmt_dates(reg["dob"], iso)
    iss_iso = _fmt_dates(reg["issued"], iso)
    sep_iso = _fmt_dates(reg["sep"], iso)
    tx = src == _TX
    dob_s, iss_s, sep_s = dob_iso.copy(), iss_iso.copy(), sep_iso.copy()
    dob_s[tx] = _fmt_dates(reg["dob"][tx], us)
    iss_s[tx] = _fmt_dates(reg["issued"][tx], us)
    sep_s[tx] = _fmt_dates(reg["sep"][tx], us)
    fl = src == _FL
    dob_s[fl] = _fmt_dates(reg["dob"][fl], years)

    # record ids: numbered in a shuffled order, so a file sorted by id mixes people
    files: dict[str, tuple[np.ndarray, pa.Array]] = {}
    for s, name in enumerate(REGISTRY_SOURCES):
        idx = np.nonzero(src == s)[0]
        idx = idx[rng.permutation(len(idx))]
        nums = 1000 + np.cumsum(rng.integers(1, 5, size=len(idx)))
        width = max(7, len(str(int(nums[-1])))) if len(idx) else 7
        files[name] = (idx, _prefixed_numbers(f"{name}-", nums, width))

    cols = list(CERTIFICATIONS.contract_names)
    for name in REGISTRY_SOURCES:
        idx, record_id = files[name]
        typed = fmt == "parquet" and name in ("CA", "FED")
        data: dict[str, pa.Array] = {
            "record_id": record_id,
            "source": pa.array(np.full(len(idx), name, dtype=object), type=pa.string()),
            "first_name": pa.array(first[idx], type=pa.string()),
            "middle_name": pa.array(_blank_to_none(middle[idx]), type=pa.string()),
            "last_name": pa.array(last[idx], type=pa.string()),
            "date_of_birth": _date_col(reg["dob"][idx], dob_s[idx], typed),
            "certification_type": pa.array(reg["type"][idx], type=pa.string()),
            "status": pa.array(reg["status"][idx], type=pa.string()),
            "issued_date": _date_col(reg["issued"][idx], iss_s[idx], typed),
            "separation_date": _date_col(reg["sep"][idx], sep_s[idx], typed),
            "agency": pa.array(reg["agency"][idx], type=pa.string()),
        }
        order = cols
        if name == "CA":  # CA exports its columns in its own order
            order = ["source", "record_id", "last_name", "first_name", "middle_name",
                     "date_of_birth", "agency", "certification_type", "issued_date",
                     "separation_date", "status"]  # fmt: skip
        table = pa.table({c: data[c] for c in order})
        path = out / f"certifications_{name.lower()}.{fmt}"
        if fmt == "parquet":
            pq.write_table(table, path, compression="zstd")
        else:
            pacsv.write_csv(table, path)
    return {"first": first, "last": last, "dob_s": dob_s, "record_ids": files}


def _prefixed_numbers(prefix: str, nums: np.ndarray, width: int) -> pa.Array:
    """'TX-0001234' for millions of numbers: zero-padded by adding 10**width and replacing
    the leading 1 with the prefix, in Arrow rather than a Python loop."""
    text = pc.cast(pa.array(nums.astype(np.int64) + 10**width, type=pa.int64()), pa.string())
    return pc.utf8_replace_slice(text, start=0, stop=1, replacement=prefix)


def _date_col(days: np.ndarray, text: np.ndarray, typed: bool) -> pa.Array:
    if typed:
        mask = days == _NA
        return pa.array(np.where(mask, 0, days).astype(np.int32), type=pa.date32(), mask=mask)
    return pa.array(text, type=pa.string())


def _csv(frame: pd.DataFrame, path: Path) -> None:
    frame.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def _readme(out: Path, n_hires: int, n_registry: int, seed: int, fmt: str) -> None:
    names = "\n".join(f"- `{s.name}` → {s.determination}" for s in SCENARIOS)
    text = f"""# Synthetic leo-audit input (seed {seed})

Generated by `audit.sample.generate_sample(hires={n_hires}, registry={n_registry},
seed={seed}, registry_format="{fmt}")`. "Today" is fixed at {TODAY_ISO}; the same arguments
give byte-identical files. Everything here is synthetic: no real person is described.

## Files
- `hires.csv`: one row per hire (hire_id keeps its leading zeros), sorted by hire date.
- `training.csv`: every hire has rows. Short track: `ERO-LEO-VIRT` (online). Full basic:
  `FLETC-BIETP` (in person; completed, enrolled, withdrawn or failed). Other courses are noise.
- `employment_history.csv`: 0-3 declared prior jobs per hire. Decoy titles (Loan Officer,
  Safety Officer, Petty Officer...) sit beside sworn ones (Police Officer, Deputy Sheriff).
- `certifications_<state>.{fmt}`: one registry extract per source ({", ".join(REGISTRY_SOURCES)}).
  Quirks: NY prints names in upper case; TX writes dates as MM/DD/YYYY; FL publishes only the
  birth year; MN prints middle initials only; VA writes suffixes as "Smith, III"; CA orders
  its columns its own way; in Parquet, CA and FED store dates as dates, the others as text.
  About 1% of rows have no birth date. A person may hold 1-3 certifications, in 1-2 states.
- `decertifications.csv`: revocations, suspensions and surrenders, linked to people by name
  and birth date only (their record_id is the decertification's own).
- `overrides.csv`: 3-5 analysts' decisions on review cases.
- `truth.csv`: hire_id, expected_determination, scenario (sorted by hire_id).

## Scenarios
About {SHORT_TRACK_SHARE:.0%} of hires are short track (screening_track LEO, or BASIC with an
ERO-LEO-VIRT row). The expected determination follows the contract's default policy.
A hire whose scenario ends in `_override` carries the analyst's decision from overrides.csv.

{names}

Background registry people are kept from linking to hires by accident; twins (same surname
and birth date, another first name) and namesakes (same name, birth dates 2+ years apart)
are placed on purpose, with sworn or non-sworn certifications, some decertified.
"""
    (out / "README.md").write_text(text, encoding="utf-8")


# --------------------------------------------------------------------------- entry point


def generate_sample(
    out_dir: Path,
    hires: int = 2000,
    registry: int = 40000,
    seed: int = 7,
    registry_format: str = "parquet",
    truth_links: bool = False,
) -> pd.DataFrame:
    """Write a synthetic audit input folder and return its truth (also ``truth.csv``).

    ``registry`` is the total number of certification rows over all sources; the hires'
    own rows, their twins and namesakes count towards it and background people fill the
    rest (if the scenarios alone need more rows, the registry is that much larger).

    ``truth_links`` also writes ``truth_links.csv``: the pairwise truth a linker is
    scored against (see :func:`_truth_links`). It changes no other file.
    """
    if registry_format not in ("parquet", "csv"):
        raise ValueError("registry_format must be 'parquet' or 'csv'")
    if hires < 1:
        raise ValueError("hires must be at least 1")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("certifications_*"):
        if old.suffix in (".csv", ".parquet"):
            old.unlink()
    (out / "truth_links.csv").unlink(missing_ok=True)

    g = _Gen(hires, registry, seed)
    g.assign_scenarios()
    g.draw_hires()
    g.separate_hires()
    g.build_key_sets()
    g.foreign_people()
    g.hire_loop()
    own = _to_rows_dict(g.reg_rows)
    bg = g.background(registry - len(g.reg_rows))
    reg = {k: np.concatenate([own[k], bg[k]]) if bg else own[k] for k in own}
    printed = _write_registry(g.rng, reg, out, registry_format)
    n_own = len(g.reg_rows)

    # decertifications: the scenarios' ones plus background people's revocations
    iso = _date_tables()[0]
    dec_rows: list[tuple[Any, ...]] = []
    for src, first, last, sfx, dob, action, when, reason in g.decerts:
        name = REGISTRY_SOURCES[src]
        last_p = f"{last} {sfx}" if sfx else last
        if src == _VA:
            first, last_p = first.upper(), last_p.upper()
        dob_p = "" if dob == _NA else (str(_year_of(dob)) if src == _FL else iso[dob - _TABLE_LO])
        dec_rows.append((name, first, last_p, dob_p, action, iso[when - _TABLE_LO], reason))
    if bg:
        status = bg["status"]
        src_bg = bg["src"]
        u = g.rng.random(len(status))
        pick = (
            ((status == "revoked") | (status == "suspended")) & (u < 0.5)
            | (((status == "inactive") | (status == "lapsed")) & (u < 0.004))
        ) & (src_bg != _FED)
        reasons = np.array(_DECERT_REASONS, dtype=object)
        for k in np.nonzero(pick)[0]:
            row = n_own + int(k)
            st = str(status[k])
            action = st if st in ("revoked", "suspended") else "surrendered"
            lo = int(bg["issued"][k]) + 10
            base = int(bg["sep"][k]) if bg["sep"][k] != _NA else lo + 200
            when = int(min(max(base + int(g.rng.integers(-30, 120)), lo), TODAY - 1))
            s = int(src_bg[k])
            first = str(printed["first"][row])
            last_p = str(printed["last"][row])
            if s == _VA:
                first, last_p = first.upper(), last_p.upper()
            dob_p = printed["dob_s"][row]
            if s == _TX and dob_p is not None:  # the decertification list writes ISO dates
                dob_p = iso[int(bg["dob"][k]) - _TABLE_LO]
            reason = (
                "Surrender in lieu of revocation"
                if action == "surrendered"
                else str(reasons[int(g.rng.integers(0, len(reasons)))])
            )
            dec_rows.append((REGISTRY_SOURCES[s], first, last_p, dob_p or "", action,
                             iso[when - _TABLE_LO], reason))  # fmt: skip
    dec = pd.DataFrame(
        dec_rows,
        columns=["source", "first_name", "last_name", "date_of_birth", "action", "action_date",
                 "reason"],
    )  # fmt: skip
    dec = dec.sort_values(["source", "action_date", "last_name"], kind="stable")
    nums = 100 + np.cumsum(g.rng.integers(1, 4, size=len(dec)))
    dec.insert(0, "record_id", [f"{s}-D{int(x):06d}" for s, x in zip(dec["source"], nums,
                                                                         strict=True)])  # fmt: skip
    _csv(dec[list(DECERTIFICATIONS.names)], out / "decertifications.csv")

    # hires, history, training, overrides, truth
    iso_of = _date_tables()[0]
    pos = [_POSITIONS[k] for k in g.rng.choice(
        len(_POSITIONS), size=g.n, p=[p[2] for p in _POSITIONS])]  # fmt: skip
    office = g.rng.choice(len(_FIELD_OFFICES), size=g.n)
    hires_df = pd.DataFrame(
        {
            "hire_id": g.hire_id,
            "first_name": g.h_first,
            "middle_name": g.h_mid,
            "last_name": g.h_last,
            "suffix": g.h_sfx,
            "date_of_birth": iso_of[g.dob - _TABLE_LO],
            "hire_date": iso_of[g.hire_day - _TABLE_LO],
            "position_title": [p[0] for p in pos],
            "job_series": [p[1] for p in pos],
            "field_office": np.array(_FIELD_OFFICES, dtype=object)[office],
            "screening_track": g.h_track,
            "screening_basis": g.h_basis,
            "resume_text": g.h_resume,
        }
    )
    hires_df = hires_df.sort_values(["hire_date", "hire_id"], kind="stable")
    _csv(hires_df[list(HIRES.names)], out / "hires.csv")

    hist = pd.DataFrame(g.history, columns=["i", "employer", "title", "state", "start", "end"])
    hist.insert(0, "hire_id", g.hire_id[hist["i"].to_numpy(dtype=np.int64)])
    hist["start_date"] = _fmt_dates(hist["start"].to_numpy(dtype=np.int64), iso_of)
    hist["end_date"] = _fmt_dates(hist["end"].to_numpy(dtype=np.int64), iso_of)
    hist = hist.sort_values(["hire_id", "start"], kind="stable")
    _csv(hist[list(EMPLOYMENT_HISTORY.names)], out / "employment_history.csv")

    tr = pd.DataFrame(
        g.training,
        columns=["i", "course_code", "course_title", "delivery", "start", "end", "status"],
    )
    tr.insert(0, "hire_id", g.hire_id[tr["i"].to_numpy(dtype=np.int64)])
    tr["start_date"] = _fmt_dates(tr["start"].to_numpy(dtype=np.int64), iso_of)
    tr["end_date"] = _fmt_dates(tr["end"].to_numpy(dtype=np.int64), iso_of)
    tr = tr.sort_values(["hire_id", "start", "course_code"], kind="stable")
    _csv(tr[list(TRAINING.names)], out / "training.csv")

    ov = pd.DataFrame(g.overrides(), columns=list(OVERRIDES.names))
    _csv(ov, out / "overrides.csv")

    expected = [SCENARIOS[int(s)].determination for s in g.scn]
    scenario = [SCENARIOS[int(s)].name for s in g.scn]
    for i, det in g.override_of.items():
        expected[i] = det
        scenario[i] = scenario[i] + "_override"
    truth = pd.DataFrame(
        {"hire_id": g.hire_id, "expected_determination": expected, "scenario": scenario}
    )
    truth = truth.sort_values("hire_id", kind="stable").reset_index(drop=True)
    truth = truth.astype("string")
    _csv(truth, out / "truth.csv")
    _readme(out, hires, registry, seed, registry_format)
    if truth_links:
        _csv(_truth_links(g, reg, printed["record_ids"]), out / "truth_links.csv")
        with (out / "README.md").open("a", encoding="utf-8") as readme:
            readme.write(_TRUTH_LINKS_README)
    return truth


_TRUTH_LINKS_README = """
## truth_links.csv
Pairwise truth for scoring a linker: hire_id, record_id (a certification row), relation.
- `same`: the row is the hire's own certification (under any spelling, nickname, maiden or
  new surname, swapped or missing birth date);
- `ambiguous`: one of two registry people who share the hire's name and birth date (the
  `review_ambiguous` scenario): which one, if either, is the hire is unknowable;
- `twin`: another person with the hire's surname and birth date and another first name;
- `namesake`: another person with the hire's first name and surname, born on another day;
- `doppelganger`: another person with the hire's name and birth date (chance only, never
  for short-track hires).
Relations come from who the generator made each row for, never from a linker. Hires with
no such row are absent.
"""

_RELATION_ORDER = ("same", "ambiguous", "twin", "namesake", "doppelganger")


def _name_key(f: np.ndarray, l1: np.ndarray, l2: np.ndarray) -> np.ndarray:
    """First name and (compound) surname codes as one integer."""
    return (f.astype(np.int64) * _CODE_BITS + l1) * (_CODE_BITS + 1) + (l2.astype(np.int64) + 1)


def _truth_links(
    g: _Gen, reg: dict[str, np.ndarray], record_ids: dict[str, tuple[np.ndarray, pa.Array]]
) -> pd.DataFrame:
    """(hire_id, record_id, relation) for every registry row related to a hire.

    Every row is a person the generator drew: a hire's own person (``reg_whose``), a twin
    or namesake placed next to a hire, or a background person; each has a first-name
    code, surname codes (second part of a compound surname or -1) and a true birth date.
    Relations are joins on those codes, so spelling variants, nicknames and the registry's
    missing or year-only birth dates do not change who a row is.
    """
    n_own = len(g.reg_rows)
    whose = np.array(g.reg_whose, dtype=np.int64).reshape(-1, 2)
    kind, ref = whose[:, 0], whose[:, 1]
    # (first code, birth day) of each twin or namesake, and the hire it was made for
    fp = np.array([(p[2], p[6]) for p in g.fp] + [(0, 0)], dtype=np.int64)
    fp_owner = np.zeros(len(fp), dtype=np.int64)
    for hire, js in g.fp_by_owner.items():
        fp_owner[js] = hire
    foreign = kind == _FOREIGN
    hire_of = np.where(foreign, fp_owner[np.where(foreign, ref, 0)], ref)  # whose surname
    f_own = np.where(foreign, fp[np.where(foreign, ref, 0), 0], g.f[hire_of])
    dob_own = np.where(foreign, fp[np.where(foreign, ref, 0), 1], g.dob[hire_of])
    bf, bl1, bl2, bdob = g.bg_person
    f = np.concatenate([f_own, bf]).astype(np.int64)
    l1 = np.concatenate([g.l1[hire_of], bl1]).astype(np.int64)
    l2 = np.concatenate([g.l2[hire_of], bl2]).astype(np.int64)
    dob = np.concatenate([dob_own, bdob]).astype(np.int64)
    owner = np.concatenate([np.where(foreign, -1, ref), np.full(len(bf), -1)])
    rows = np.arange(len(f))
    assert len(f) == len(reg["src"]) and n_own <= len(f)

    parts = [
        pd.DataFrame({"hire": ref[~foreign], "row": rows[:n_own][~foreign],
                      "relation": np.where(kind[~foreign] == _AMBIGUOUS, 1, 0)}),
    ]  # fmt: skip
    hires = pd.DataFrame({"hire": np.arange(g.n), "f": g.f, "dob": g.dob})
    # same first name and surname: a namesake (another birth date) or a doppelganger
    hires["key"] = _name_key(g.f, g.l1, g.l2)
    r_key = _name_key(f, l1, l2)
    hit = np.nonzero(_isin(r_key, pd.Index(np.unique(hires["key"]))))[0]
    m = hires.merge(pd.DataFrame({"key": r_key[hit], "row": hit, "r_dob": dob[hit],
                                  "owner": owner[hit]}), on="key")  # fmt: skip
    m = m[m["owner"].to_numpy() != m["hire"].to_numpy()]
    parts.append(pd.DataFrame({"hire": m["hire"], "row": m["row"],
                               "relation": np.where(m["dob"] != m["r_dob"], 3, 4)}))  # fmt: skip
    # same surname and birth date, another first name: a twin
    hires["key"] = _name_key(g.dob + 200_000, g.l1, g.l2)
    r_key = _name_key(dob + 200_000, l1, l2)
    hit = np.nonzero(_isin(r_key, pd.Index(np.unique(hires["key"]))))[0]
    m = hires.merge(pd.DataFrame({"key": r_key[hit], "row": hit, "r_f": f[hit]}), on="key")
    m = m[m["f"] != m["r_f"]]
    parts.append(pd.DataFrame({"hire": m["hire"], "row": m["row"], "relation": 2}))

    pairs = pd.concat(parts, ignore_index=True)
    row_ids = pairs["row"].to_numpy(dtype=np.int64)
    rid = np.empty(len(pairs), dtype=object)
    src = reg["src"][row_ids]
    pos = np.zeros(len(f), dtype=np.int64)  # a row's position in its source's file
    for idx, _ in record_ids.values():
        pos[idx] = np.arange(len(idx))
    for s, name in enumerate(REGISTRY_SOURCES):
        at = np.nonzero(src == s)[0]
        ids = record_ids[name][1]
        rid[at] = ids.take(pa.array(pos[row_ids[at]])).to_numpy(zero_copy_only=False)
    out = pd.DataFrame(
        {
            "hire_id": g.hire_id[pairs["hire"].to_numpy(dtype=np.int64)],
            "record_id": rid,
            "relation": np.array(_RELATION_ORDER, dtype=object)[pairs["relation"].to_numpy()],
        }
    )
    out = out.drop_duplicates().sort_values(["hire_id", "relation", "record_id"], kind="stable")
    return out.reset_index(drop=True).astype("string")
