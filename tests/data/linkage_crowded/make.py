"""Build the crowded-registry linkage test set (contract-format tables, no network).

Run from anywhere: ``python tests/data/linkage_crowded/make.py``. Deterministic (seeded).

Two parts:

* the hand-made cases: ``HIRES``, ``HAND_CERTS``, ``HAND_DECERTS`` below, each hire designed
  for one linkage question (``expected.csv``, written by hand, says what the contract asks);
* a crowded background registry: a few thousand certification rows drawn from a small pool
  of common first names and surnames with random birth dates over 40 years, so that
  strangers sharing a surname and a birth date exist, as in a national registry.

Background people must never be the hand-made people: ``_clashes`` rejects (and redraws)
any background row that shares a surname word and a birth date (or its day/month swap) with
a hand-made person, or that has no full birth date and a related first name.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 20240301
N_BACKGROUND = 4000
N_BACKGROUND_DECERTS = 60
HIRE_DATE = "2024-03-01"

FIRST_NAMES = [
    "Michael", "Miguel", "Larry", "Lawrence", "Steven", "Stephen", "Ann", "Anne", "Maria",
    "Mary", "Jose", "Joseph", "James", "John", "Robert", "William", "David", "Richard",
    "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Mark", "Donald",
    "Paul", "Kevin", "Brian", "George", "Edward", "Ronald", "Timothy", "Jason", "Jeffrey",
    "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Juan", "Carlos", "Luis", "Jorge",
    "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Nancy", "Lisa", "Sandra", "Ashley", "Kimberly", "Emily", "Rosa",
]  # fmt: skip
SURNAMES = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
    "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
    "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
    "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young", "Allen",
    "King", "Wright", "Scott", "Torres", "Nguyen", "Johnston", "Flores",
]  # fmt: skip

CO, PSO, PO = "Correctional Officer", "Private Security Officer", "Probation Officer"
SOURCES = ["CA", "TX", "NY", "FL", "VA", "FED"]
SOURCE_WEIGHTS = [0.25, 0.25, 0.2, 0.15, 0.1, 0.05]
SWORN = {
    "CA": ["Police Officer", "Deputy Sheriff"],
    "TX": ["Peace Officer", "Basic Peace Officer"],
    "NY": ["Police Officer", "Deputy Sheriff", "State Trooper"],
    "FL": ["Law Enforcement Officer"],
    "VA": ["Law Enforcement Officer"],
    "FED": ["Federal Law Enforcement Officer"],
}
NON_SWORN = {
    "CA": [CO, PO, "Dispatcher"],
    "TX": ["Jailer", "Telecommunicator", "Reserve Deputy"],
    "NY": [CO, "Security Guard"],
    "FL": [CO, PSO],
    "VA": ["Jail Officer", "Dispatcher"],
    "FED": [CO],
}
AGENCY = {
    "CA": "Fresno Police Department",
    "TX": "Harris County Sheriff's Office",
    "NY": "Nassau County Police Department",
    "FL": "Orange County Sheriff's Office",
    "VA": "Henrico County Police",
    "FED": "U.S. Department of Homeland Security",
}

# --- hand-made hires ------------------------------------------------------------------------
# (hire_id, first, middle, last, suffix, dob ISO or "", screening_track, basic_completed)
HIRES: list[tuple[str, str, str, str, str, str, str, bool]] = [
    ("0001", "Michael", "", "Garcia", "", "1981-04-12", "LEO", False),
    ("0002", "Maria", "", "Hernandez", "", "1976-08-23", "LEO", False),
    ("0003", "Theodore", "", "Quackenbush", "", "1979-02-27", "LEO", False),
    ("0004", "Joseph", "", "Nguyen", "", "1983-11-30", "LEO", False),
    ("0005", "Daniel", "", "Smith", "", "1990-09-17", "LEO", False),
    ("0006", "Michael", "", "Johnson", "", "1988-02-20", "LEO", False),
    ("0007", "William", "", "Brown", "Jr.", "1995-05-06", "LEO", False),
    ("0008", "Robert", "", "Smith", "", "1985-07-14", "LEO", False),
    ("0009", "Jennifer", "", "Lopez", "", "1987-10-21", "LEO", False),
    ("0010", "Bob", "", "Wojciechowski", "", "1977-06-08", "LEO", False),
    ("0011", "Robert", "", "Johnson", "", "1982-01-19", "LEO", False),
    ("0012", "Bill", "", "Smith", "", "1980-10-03", "LEO", False),
    ("0013", "Mike", "", "Hernandez", "", "1986-05-29", "LEO", False),
    ("0014", "Larry", "", "Lopez", "", "1975-12-14", "LEO", False),
    ("0015", "Steven", "", "Nguyen", "", "1984-03-22", "LEO", False),
    ("0016", "Stephen", "", "Oyelaran", "", "1978-09-27", "LEO", False),
    ("0017", "Ann", "", "Johnson", "", "1989-07-30", "LEO", False),
    ("0018", "Anne", "", "Thistlewood", "", "1981-01-26", "LEO", False),
    ("0019", "Michael", "", "Garcia", "", "1985-06-18", "LEO", False),
    ("0020", "Michael", "", "Lopez", "", "1979-08-09", "LEO", False),
    ("0021", "Michael", "", "Martinez", "", "1983-02-24", "LEO", False),
    ("0022", "Miguel", "", "Rodriguez", "", "1987-04-15", "LEO", False),
    ("0023", "Michael", "", "Sanchez", "", "1980-11-27", "LEO", True),
    ("0024", "Michael", "", "Szczepanski", "", "1976-03-29", "LEO", False),
    ("0025", "Joseph", "", "Perez", "", "1984-10-05", "LEO", False),
    ("0026", "Mary", "", "Gonzalez", "", "1978-05-31", "LEO", False),
    ("0027", "Christopher", "", "Lopez", "", "1983-09-14", "LEO", False),
    ("0028", "Daniel", "", "Hernandez", "", "1977-04-27", "LEO", False),
    ("0029", "Gregory", "", "Kowalski", "", "1974-12-19", "LEO", False),
    ("0030", "Patricia", "", "Gonzalez", "", "1986-08-17", "LEO", False),
    ("0031", "Mary", "", "Smith", "", "1985-02-16", "LEO", False),
    ("0032", "Kevin", "", "Johnson", "", "1982-06-25", "LEO", False),
    ("0033", "Joseph", "", "Williams", "", "1981-09-22", "LEO", False),
    ("0034", "Harriet", "", "Blankenship", "", "1985-04-09", "LEO", False),
    ("0035", "David", "", "Garcia", "", "1979-03-11", "LEO", False),
    ("0036", "Jose", "Antonio", "Lopez", "", "1982-05-08", "LEO", False),
    ("0037", "Ingrid", "", "Haverkamp", "", "1983-02-09", "LEO", False),
    ("0038", "Bob", "", "Lindqvist", "", "1980-03-07", "LEO", False),
    ("0039", "Rosa", "", "Quintero", "", "1980-03-05", "LEO", False),
    ("0040", "José", "", "Peña", "", "1979-07-19", "LEO", False),
    ("0041", "Ramon", "", "Ibanez", "", "1984-01-31", "LEO", False),
    ("0042", "María", "", "Hernández", "", "1990-02-14", "LEO", False),
    ("0043", "Zoë", "", "Müller", "", "1986-10-12", "LEO", False),
    ("0044", "Maria", "", "Garcia-Hernandez", "", "1983-07-16", "LEO", False),
    ("0045", "Luisa", "", "Ramirez-Zamora", "", "1988-12-03", "LEO", False),
    ("0046", "Ana", "", "Lopez", "", "1981-05-21", "LEO", False),
    ("0047", "Luis", "", "De La Cruz", "", "1976-09-28", "LEO", False),
    ("0048", "Pieter", "", "van der Berg", "", "1982-04-03", "LEO", False),
    ("0049", "Lupe", "", "Ortiz-Reyes", "", "1985-08-26", "LEO", False),
    ("0050", "Carlos", "", "Martinez", "", "1979-01-23", "LEO", False),
    ("0051", "Linda", "Kowalczyk", "Brennan", "", "1980-06-21", "LEO", False),
    ("0052", "Susan", "Smith", "Johnson", "", "1984-11-13", "LEO", False),
    ("0053", "Karen", "", "Whitfield", "", "1979-10-24", "LEO", False),
    ("0054", "Kathy", "Delgado", "Pruett", "", "1982-02-11", "LEO", False),
    ("0055", "Jessica", "", "Williams", "", "1986-03-28", "LEO", False),
    ("0056", "Robert", "", "Lee", "Jr.", "1983-12-06", "LEO", False),
    ("0057", "Carlos", "", "Torres III", "", "1978-04-29", "LEO", False),
    ("0058", "Franklin", "", "Whitaker", "", "1975-10-30", "LEO", False),
    ("0059", "James", "Anthony", "Williams", "", "1981-07-22", "LEO", False),
    ("0060", "Thomas", "", "Rodriguez", "", "1985-01-17", "LEO", False),
    ("0061", "Richard", "P.", "Clark", "", "1977-11-08", "LEO", False),
    ("0062", "Thomas", "", "Garcia", "", "1980-04-26", "LEO", False),
    ("0063", "Daniel", "Edward", "Martin", "", "1982-09-13", "LEO", False),
    ("0064", "Kevin", "", "Ramirez", "", "1984-06-02", "LEO", False),
    ("0065", "Agatha", "", "Pruszynski", "", "1979-05-15", "LEO", False),
    ("0066", "Brian", "", "Thompson", "", "1990-08-19", "LEO", False),
    ("0067", "Nancy", "", "Flores", "", "1983-03-14", "LEO", False),
    ("0068", "Paul", "", "Walker", "", "1980-12-20", "LEO", False),
    ("0069", "George", "", "Harris", "", "1978-07-11", "LEO", False),
    ("0070", "Anthony", "", "Perez", "", "", "LEO", False),
    ("0071", "J.", "", "Smith", "", "1984-09-06", "LEO", False),
    ("0072", "Jessica", "", "Garcia", "", "1990-06-15", "LEO", False),
    ("0073", "Nathan", "", "Featherby", "", "1987-03-09", "LEO", False),
    ("0074", "Daniel", "", "Nguyen", "", "1988-11-04", "LEO", False),
    ("0075", "David", "", "Nguyen", "", "1988-11-04", "LEO", False),
    ("0076", "Pat", "", "Garcia", "", "1985-10-02", "LEO", False),
    ("0077", "Alex", "", "Rodriguez", "", "1986-01-30", "LEO", False),
    ("0078", "Kimberly", "", "Davis", "", "1988-04-18", "LEO", False),
    ("0079", "Jason", "", "Moore", "", "1984-07-02", "LEO", False),
    ("0080", "Lisa", "", "Wilson", "", "1982-12-08", "LEO", False),
    ("0081", "Ronald", "", "Clark", "", "1979-03-16", "LEO", False),
    ("0082", "Eric", "", "Lewis", "", "1981-06-12", "LEO", False),
    ("0083", "Gary", "", "Young", "", "1977-09-21", "LEO", False),
    ("0084", "Ryan", "", "Allen", "", "1986-02-05", "LEO", False),
    ("0085", "Edward", "", "King", "", "1983-08-30", "LEO", False),
    ("0086", "Timothy", "", "Scott", "", "1980-05-25", "LEO", False),
    ("0087", "Michael", "", "Brzozowski", "", "1982-10-16", "LEO", False),
    ("0088", "Matthew", "", "Wright", "", "1978-01-09", "LEO", False),
    ("0089", "Nicholas", "", "Young", "", "1985-05-04", "LEO", False),
    ("0090", "Jeffrey", "", "Thomas", "", "1981-10-27", "LEO", False),
    ("0091", "Sandra", "", "Robinson", "", "1991-02-22", "LEO", False),
    ("0092", "Donald", "", "Walker", "", "1980-08-31", "LEO", False),
    ("0093", "Steven", "", "Allen", "", "1982-03-30", "BASIC", True),
    ("0094", "Emily", "", "Torres", "", "1992-11-19", "LEO", True),
    ("0095", "Donna", "", "King", "", "1980-07-28", "LEO", True),
    ("0096", "Brian", "", "Scott", "", "1979-09-15", "LEO", False),
    ("0097", "Karen", "", "Young", "", "1983-04-23", "LEO", False),
    ("0098", "Larry", "", "Sanchez", "", "1976-10-18", "LEO", False),
]

# --- hand-made registry rows ------------------------------------------------------------------
# (source, first, middle, last, dob ISO / YYYY / "", type ("" = the source's sworn type),
#  status, issued, separated)
S = ""  # the source's usual sworn certification type
HAND_CERTS: list[tuple[str, str, str, str, str, str, str, str, str]] = [
    ("CA", "Michael", "", "Garcia", "1981-04-12", S, "active", "2012-03-05", ""),  # 0001
    ("TX", "MARIA", "", "HERNANDEZ", "1976-08-23", S, "active", "2004-07-19", ""),  # 0002
    ("NY", "THEODORE", "", "QUACKENBUSH", "1979-02-27", S, "active", "2006-01-09", ""),
    ("FED", "JOSEPH", "", "NGUYEN", "1983-11-30", S, "active", "2009-10-13", ""),  # 0004
    ("TX", "DANIEL", "", "SMITH", "1971-03-02", S, "active", "1995-02-01", ""),  # 0005 namesakes
    ("CA", "Daniel", "", "Smith", "1985-12-09", S, "active", "2010-05-17", ""),
    ("CA", "Michael", "", "Johnson", "1966-04-02", S, "inactive", "1990-01-08", "2022-06-30"),
    ("TX", "MICHAEL", "", "JOHNSON", "1975-09-13", S, "active", "2001-03-12", ""),  # 0006
    ("NY", "MICHAEL", "", "JOHNSON", "1988-12-20", S, "active", "2012-08-06", ""),
    ("FL", "MICHAEL", "", "JOHNSON", "1991-02-18", S, "active", "2015-04-20", ""),
    ("VA", "MICHAEL", "", "JOHNSON", "1979-07-07", S, "active", "2003-11-03", ""),
    ("VA", "WILLIAM", "", "BROWN", "1968-05-06", S, "active", "1992-09-14", ""),  # 0007 father
    ("CA", "Robert", "", "Smith", "1958-07-14", S, "active", "1982-06-01", ""),  # 0008
    ("TX", "JENNIFER", "", "LOPEZ", "1987-10-22", S, "active", "2011-05-02", ""),  # 0009
    ("TX", "ROBERT", "", "WOJCIECHOWSKI", "1977-06-08", S, "active", "2003-02-10", ""),
    ("NY", "BOB", "", "JOHNSON", "1982-01-19", S, "active", "2008-09-22", ""),  # 0011
    ("CA", "William", "", "Smith", "1980-10-03", S, "active", "2005-04-11", ""),  # 0012
    ("TX", "MICHAEL", "", "HERNANDEZ", "1986-05-29", S, "active", "2010-08-16", ""),  # 0013
    ("NY", "LAWRENCE", "", "LOPEZ", "1975-12-14", S, "active", "2000-06-05", ""),  # 0014
    ("CA", "Stephen", "", "Nguyen", "1984-03-22", S, "active", "2009-01-12", ""),  # 0015
    ("TX", "STEVEN", "", "OYELARAN", "1978-09-27", S, "active", "2004-03-08", ""),  # 0016
    ("FL", "ANNE", "", "JOHNSON", "1989-07-30", S, "active", "2013-10-07", ""),  # 0017
    ("VA", "ANN", "", "THISTLEWOOD", "1981-01-26", S, "active", "2007-05-14", ""),  # 0018
    ("CA", "Miguel", "", "Garcia", "1985-06-18", S, "active", "2009-09-08", ""),  # 0019
    ("TX", "MICHAEL", "", "LOPEZ", "1979-08-09", S, "active", "2005-01-24", ""),  # 0020
    ("TX", "MIGUEL", "", "LOPEZ", "1979-08-09", S, "active", "2003-07-14", ""),
    (
        "NY",
        "MICHAEL",
        "",
        "MARTINEZ",
        "1983-02-24",
        CO,
        "active",
        "2008-03-03",
        "",
    ),  # 0021: his own record is corrections
    ("CA", "Miguel", "", "Martinez", "1983-02-24", S, "active", "2007-11-05", ""),
    ("TX", "MICHAEL", "", "RODRIGUEZ", "1987-04-15", S, "active", "2011-02-14", ""),  # 0022
    ("FL", "MIGUEL", "", "SANCHEZ", "1980-11-27", S, "active", "2006-06-12", ""),  # 0023
    ("NY", "MIGUEL", "", "SZCZEPANSKI", "1976-03-29", S, "active", "2001-09-10", ""),  # 0024
    ("TX", "JOSE", "", "PEREZ", "1984-10-05", S, "active", "2008-04-21", ""),  # 0025
    ("CA", "Maria", "", "Gonzalez", "1978-05-31", S, "active", "2003-08-18", ""),  # 0026
    ("CA", "Christophr", "", "Lopez", "1983-09-14", S, "active", "2008-02-04", ""),  # 0027
    ("TX", "DANIEL", "", "HERNANDES", "1977-04-27", S, "active", "2002-10-07", ""),  # 0028
    ("NY", "GREGORY", "", "KOWALKSI", "1974-12-19", S, "active", "1999-05-03", ""),  # 0029
    ("TX", "PATRICA", "", "GONZALES", "1986-08-17", S, "active", "2011-03-28", ""),  # 0030
    ("NY", "MARK", "", "SMITH", "1985-02-16", S, "active", "2009-07-13", ""),  # 0031
    ("CA", "Kevin", "", "Johnston", "1982-06-25", S, "active", "2007-02-26", ""),  # 0032
    ("TX", "JOSPEH", "", "WILLIAMS", "1981-09-22", S, "active", "2006-05-15", ""),  # 0033
    ("CA", "Harriet", "", "Blankenship", "1985-09-04", S, "active", "2010-01-04", ""),  # 0034
    ("TX", "DAVID", "", "GARCIA", "1979-11-03", S, "active", "2004-12-06", ""),  # 0035
    ("CA", "David", "", "Garcia", "1968-02-14", S, "active", "1993-05-10", ""),
    ("CA", "David", "", "Garcia", "1990-07-25", CO, "active", "2014-03-17", ""),
    ("TX", "DAVID", "", "GARCIA", "1974-10-01", S, "active", "1999-08-09", ""),
    ("NY", "DAVID", "", "GARCIA", "1983-01-19", S, "active", "2008-06-16", ""),
    ("FL", "DAVID", "", "GARCIA", "1987-06-29", S, "active", "2012-09-24", ""),
    ("VA", "DAVID", "", "GARCIA", "1971-12-05", S, "active", "1996-04-01", ""),
    ("CA", "Jose", "Antonio", "Lopez", "1982-08-05", S, "active", "2007-03-19", ""),  # 0036
    ("CA", "Jose", "", "Lopez", "1966-09-03", S, "active", "1991-02-11", ""),
    ("TX", "JOSE", "", "LOPEZ", "1973-04-17", S, "active", "1998-07-27", ""),
    ("TX", "JOSE", "LUIS", "LOPEZ", "1988-01-26", S, "active", "2012-11-05", ""),
    ("NY", "JOSE", "", "LOPEZ", "1979-06-30", S, "active", "2004-01-12", ""),
    ("FL", "JOSE", "", "LOPEZ", "1985-11-21", S, "active", "2010-05-24", ""),
    ("FED", "JOSE", "", "LOPEZ", "1976-02-23", S, "active", "2001-08-20", ""),
    ("NY", "INGRID", "", "HAVERKMAP", "1983-09-02", S, "active", "2008-10-27", ""),  # 0037
    ("TX", "ROBERT", "", "LINDQVIST", "1980-07-03", S, "active", "2005-03-07", ""),  # 0038
    (
        "CA",
        "Rosa",
        "",
        "Quintero",
        "1980-03-05",
        CO,
        "active",
        "2005-06-06",
        "",
    ),  # 0039: her own record (exact DOB) is corrections
    ("TX", "ROSA", "", "QUINTERO", "1980-05-03", S, "active", "2004-09-13", ""),
    ("TX", "JOSE", "", "PENA", "1979-07-19", S, "active", "2004-02-02", ""),  # 0040
    ("CA", "Ramón", "", "Ibáñez", "1984-01-31", S, "active", "2009-06-22", ""),  # 0041
    ("NY", "MARIA", "", "HERNANDEZ", "1990-02-14", S, "active", "2014-01-06", ""),  # 0042
    ("FL", "ZOE", "", "MULLER", "1986-10-12", S, "active", "2011-07-11", ""),  # 0043
    ("TX", "MARIA", "", "HERNANDEZ", "1983-07-16", S, "active", "2008-08-25", ""),  # 0044
    ("CA", "Luisa", "", "Ramirez", "1988-12-03", S, "active", "2013-04-15", ""),  # 0045
    ("TX", "ANA", "", "LOPEZ GARCIA", "1981-05-21", S, "active", "2006-11-13", ""),  # 0046
    ("NY", "LUIS", "", "DELACRUZ", "1976-09-28", S, "active", "2001-05-21", ""),  # 0047
    ("CA", "Pieter", "", "Vanderberg", "1982-04-03", S, "active", "2007-09-10", ""),  # 0048
    ("TX", "GUADALUPE", "", "REYES", "1985-08-26", S, "active", "2010-02-22", ""),  # 0049
    ("CA", "Carlos", "", "Martinez-Flores", "1979-01-23", S, "active", "2004-04-05", ""),
    ("NY", "LINDA", "", "KOWALCZYK", "1980-06-21", S, "active", "2005-08-29", ""),  # 0051
    ("TX", "SUSAN", "", "SMITH", "1984-11-13", S, "active", "2009-12-07", ""),  # 0052
    ("CA", "Karen", "", "Ostrowski", "1979-10-24", S, "active", "2004-07-12", ""),  # 0053
    ("FL", "CATHERINE", "", "DELGADO", "1982-02-11", S, "active", "2007-01-15", ""),  # 0054
    ("TX", "JESSICA", "", "GARCIA", "1986-03-28", S, "active", "2011-06-20", ""),  # 0055
    ("VA", "ROBERT", "", "LEE JR", "1983-12-06", S, "active", "2008-03-24", ""),  # 0056
    ("TX", "CARLOS", "", "TORRES", "1978-04-29", S, "active", "2003-10-20", ""),  # 0057
    ("VA", "FRANKLIN", "", "WHITAKER, III", "1975-10-30", S, "active", "2000-12-04", ""),
    ("CA", "James", "", "Williams", "1981-07-22", S, "active", "2006-09-25", ""),  # 0059
    ("NY", "THOMAS", "JOSEPH", "RODRIGUEZ", "1985-01-17", S, "active", "2010-03-15", ""),
    ("TX", "RICHARD", "PAUL", "CLARK", "1977-11-08", S, "active", "2002-06-17", ""),  # 0061
    ("CA", "Jose", "Thomas", "Garcia", "1980-04-26", S, "active", "2005-05-09", ""),  # 0062
    ("TX", "DANIEL", "ROBERT", "MARTIN", "1982-09-13", S, "active", "2007-07-30", ""),  # 0063
    ("FL", "KEVIN", "", "RAMIREZ", "1984", S, "active", "2009-09-14", ""),  # 0064
    ("VA", "AGATHA", "", "PRUSZYNSKI", "", S, "active", "2004-10-18", ""),  # 0065
    ("FL", "BRIAN", "", "THOMPSON", "1972", S, "active", "1997-03-03", ""),  # 0066
    ("FL", "NANCY", "", "FLORES", "1983", CO, "active", "2008-08-04", ""),
    ("CA", "Paul", "", "Walker", "1980-12-20", S, "active", "2005-11-14", ""),  # 0068
    ("VA", "PAUL", "", "WALKER", "", S, "revoked", "1999-04-12", "2011-02-28"),
    ("TX", "GEORGE", "", "HARRIS", "1978-07-11", S, "active", "2003-05-05", ""),  # 0069
    ("CA", "Anthony", "", "Perez", "1981-02-03", S, "active", "2006-04-10", ""),  # 0070
    ("TX", "ANTHONY", "", "PEREZ", "1969-08-21", S, "active", "1994-01-17", ""),
    ("NY", "JOHN", "", "SMITH", "1984-09-06", S, "active", "2009-04-06", ""),  # 0071
    ("NY", "JAMES", "", "SMITH", "1984-09-06", CO, "active", "2010-02-08", ""),
    ("TX", "JENNIFER", "", "GARCIA", "1990-06-15", S, "active", "2014-02-03", ""),  # 0072
    ("CA", "Natalie", "", "Featherby", "1987-03-09", S, "active", "2012-01-23", ""),  # 0073
    ("NY", "DANIEL", "", "NGUYEN", "1988-11-04", S, "active", "2013-06-03", ""),  # 0074
    ("FL", "DAVID", "", "NGUYEN", "1988-11-04", PSO, "active", "2013-08-12", ""),  # 0075
    ("CA", "Patrick", "", "Garcia", "1985-10-02", S, "active", "2010-10-04", ""),  # 0076
    ("CA", "Patricia", "", "Garcia", "1985-10-02", CO, "active", "2010-12-06", ""),
    ("TX", "ALEXANDER", "", "RODRIGUEZ", "1986-01-30", S, "active", "2011-01-10", ""),  # 0077
    ("NY", "ALEXANDRA", "", "RODRIGUEZ", "1986-01-30", PO, "active", "2011-04-18", ""),
    ("FL", "KIMBERLY", "", "DAVIS", "1988-04-18", PSO, "active", "2012-05-07", ""),  # 0078
    ("TX", "JASON", "", "MOORE", "1984-07-02", "Jailer", "active", "2009-08-03", ""),  # 0079
    ("NY", "LISA", "", "WILSON", "1982-12-08", CO, "active", "2007-10-15", ""),  # 0080
    ("CA", "Ronald", "", "Clark", "1979-03-16", PO, "active", "2004-06-14", ""),  # 0081
    ("TX", "ERIC", "", "LEWIS", "1981-06-12", S, "revoked", "2006-03-13", "2019-09-30"),
    ("NY", "GARY", "", "YOUNG", "1977-09-21", S, "suspended", "2002-11-18", ""),  # 0083
    ("CA", "Ryan", "", "Allen", "1986-02-05", S, "active", "2011-07-25", ""),  # 0084
    ("TX", "EDWARD", "", "KING", "1983-08-30", S, "active", "2008-09-08", ""),  # 0085
    ("NY", "TIMOTHY", "", "SCOTT", "1980-05-25", S, "active", "2005-10-31", ""),  # 0086
    ("TX", "MICHAEL", "", "BRZOZOWSKI", "1982-10-16", S, "active", "2007-06-25", ""),  # 0087
    ("CA", "Matthew", "", "Wright", "1978-01-09", S, "lapsed", "2003-03-17", "2020-06-30"),
    ("TX", "NICHOLAS", "", "YOUNG", "1985-05-04", S, "lapsed", "2010-04-12", "2022-01-15"),
    ("NY", "JEFFREY", "", "THOMAS", "1981-10-27", S, "inactive", "2006-08-21", "2021-03-01"),
    ("CA", "Sandra", "", "Robinson", "1991-02-22", S, "active", "2023-06-01", ""),  # 0091
    ("FED", "DONALD", "", "WALKER", "1980-08-31", S, "inactive", "2022-01-10", "2022-09-30"),
    ("TX", "STEVEN", "", "ALLEN", "1982-03-30", S, "active", "2007-05-21", ""),  # 0093
    ("FL", "DONNA", "", "KING", "1980-07-28", CO, "active", "2005-09-19", ""),  # 0095
    ("CA", "Brian", "", "Scott", "1979-09-15", S, "inactive", "2003-04-07", "2017-08-31"),
    ("NY", "BRIAN", "", "SCOTT", "1979-09-15", S, "active", "2018-01-08", ""),  # 0096
    ("NY", "KAREN", "", "YOUNG", "1983-04-23", S, "active", "2008-07-07", ""),  # 0097
    ("FL", "KAREN", "", "YOUNG", "1983", S, "active", "2006-02-13", ""),
    ("TX", "LAWRENCE", "", "SANCHEZ", "1976-10-18", S, "active", "2001-09-24", ""),  # 0098
    ("TX", "LARRY", "", "SANCHEZ", "1976-10-18", "Jailer", "active", "1998-03-02", ""),
]

# (source, first, last, dob ISO or "", action, action_date, reason)
HAND_DECERTS: list[tuple[str, str, str, str, str, str, str]] = [
    ("VA", "GEORGE", "HARRIS", "", "revoked", "2019-04-02", "Misconduct"),  # 0069
    ("CA", "RYAN", "ALLEN", "1986-02-05", "revoked", "2022-11-30", "Misconduct"),  # 0084
    ("TX", "EVAN", "KING", "1983-08-30", "revoked", "2021-05-17", "Misconduct"),  # 0085 twin
    ("NY", "TIMOTHY", "SCOTT", "1969-05-25", "revoked", "2018-02-12", "Misconduct"),  # 0086
    ("TX", "MIKE", "BRZOZOWSKI", "1982-10-16", "revoked", "2020-06-01", "Misconduct"),  # 0087
]

FIELD_OFFICES = ["Dallas", "Los Angeles", "Chicago", "Houston", "Miami", "New York", "Atlanta"]

# Declared prior jobs (only loaded states: they explain, never verify).
HISTORY = [
    ("0006", "Houston Police Department", "Police Officer", "TX", "2014-01-06", "2024-02-15"),
    ("0031", "JPMorgan Chase", "Loan Officer", "NY", "2012-05-01", "2024-02-15"),
    ("0072", "Allied Universal", "Security Officer", "TX", "2015-03-02", "2024-02-15"),
    ("0079", "Harris County Sheriff's Office", "Detention Officer", "TX", "2009-08-03", ""),
    ("0080", "NY State DOCCS", CO, "NY", "2007-10-15", "2024-02-15"),
]

# --- normalisation for the clash check --------------------------------------------------------
SUFFIXES = {"JR", "SR", "II", "III", "IV"}
NICK_GROUPS = [
    {"MICHAEL", "MIKE", "MIGUEL", "MIKHAIL", "MICHEAL"},
    {"LAWRENCE", "LARRY", "LAURENCE"},
    {"STEVEN", "STEPHEN", "STEVE", "ESTEBAN"},
    {"ANN", "ANNE", "ANNA", "ANA", "ANNIE"},
    {"MARIA", "MARY", "MARIE", "MARK"},
    {"JOSE", "JOSEPH", "JOE", "PEPE", "JOSPEH"},
    {"ROBERT", "BOB", "ROB", "BOBBY", "ROBERTO"},
    {"WILLIAM", "BILL", "WILL", "GUILLERMO"},
    {"JOHN", "JON", "JACK", "JUAN", "J"},
    {"JAMES", "JIM", "JIMMY", "J", "JAIME"},
    {"PATRICK", "PATRICIA", "PAT", "PATRICA"},
    {"ALEXANDER", "ALEXANDRA", "ALEX"},
    {"CATHERINE", "KATHY", "KATHERINE", "CATHY"},
    {"GUADALUPE", "LUPE"},
    {"JENNIFER", "JESSICA", "JENNY"},
    {"DANIEL", "DAVID", "DAN", "DANNY"},
    {"EDWARD", "EVAN", "ED", "EDDIE"},
]


def norm(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalpha() or c == " ").upper().strip()


def surname_words(*parts: str) -> set[str]:
    words: set[str] = set()
    for part in parts:
        cleaned = norm(part.replace("-", " ").replace(",", " "))
        tokens = [t for t in cleaned.split() if t not in SUFFIXES]
        words.update(t for t in tokens if len(t) > 1)
        if len(tokens) > 1:
            words.add("".join(tokens))
    return words


def related_first(a: str, b: str) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b or a[0] == b[0] or a[:3] == b[:3]:
        return True
    return any(a in g and b in g for g in NICK_GROUPS)


def swapped(iso: str) -> str:
    if len(iso) != 10:
        return ""
    y, m, d = iso.split("-")
    return f"{y}-{d}-{m}" if int(d) <= 12 else ""


class Person:
    def __init__(self, first: str, surnames: set[str], dob: str) -> None:
        self.first, self.surnames, self.dob = first, surnames, dob


def hand_people() -> list[Person]:
    people = [Person(h[1], surname_words(h[3], h[2]), h[5]) for h in HIRES]
    people += [Person(c[1], surname_words(c[3], c[2]), c[4]) for c in HAND_CERTS]
    people += [Person(d[1], surname_words(d[2]), d[3]) for d in HAND_DECERTS]
    return people


def _clashes(first: str, last: str, dob: str, people: list[Person]) -> bool:
    words = surname_words(last)
    for p in people:
        if not words & p.surnames:
            continue
        full = len(dob) == 10
        if full and len(p.dob) == 10 and dob in (p.dob, swapped(p.dob)):
            return True
        partial = not full or len(p.dob) != 10
        same_year = not dob or not p.dob or dob[:4] == p.dob[:4]
        if partial and same_year and related_first(first, p.first):
            return True
    return False


# --- background -------------------------------------------------------------------------------
def rand_date(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randrange((hi - lo).days + 1))


def background(rng: random.Random, people: list[Person]) -> tuple[list[dict], list[dict]]:
    rows: list[dict] = []
    rejected = 0
    while len(rows) < N_BACKGROUND:
        source = rng.choices(SOURCES, SOURCE_WEIGHTS)[0]
        first, last = rng.choice(FIRST_NAMES), rng.choice(SURNAMES)
        born = rand_date(rng, date(1960, 1, 1), date(1999, 12, 31))
        dob = born.isoformat()
        if source == "FL" and rng.random() < 0.2:
            dob = dob[:4]
        elif source == "VA" and rng.random() < 0.15:
            dob = ""
        if _clashes(first, last, dob, people):
            rejected += 1
            continue
        middle = rng.choice(["", "", "", "A", "J", "M", "R", "Lee", "Ann", "Marie", "Luis"])
        sworn = rng.random() < 0.6
        ctype = rng.choice(SWORN[source] if sworn else NON_SWORN[source])
        issued = rand_date(rng, date(born.year + 21, 1, 1), date(2023, 6, 30))
        status = rng.choices(
            ["active", "inactive", "lapsed", "revoked", "suspended"], [70, 15, 5, 5, 5]
        )[0]
        separated = ""
        if status in ("inactive", "lapsed", "revoked"):
            separated = rand_date(rng, issued + timedelta(days=200), date(2024, 2, 1)).isoformat()
        rows.append(
            {
                "source": source,
                "first_name": first,
                "middle_name": middle,
                "last_name": last,
                "date_of_birth": dob,
                "certification_type": ctype,
                "status": status,
                "issued_date": issued.isoformat(),
                "separation_date": separated,
                "agency": AGENCY[source],
            }
        )
    decerts: list[dict] = []
    for row in rng.sample([r for r in rows if r["status"] == "revoked"], N_BACKGROUND_DECERTS):
        decerts.append(
            {
                "source": row["source"],
                "first_name": row["first_name"],
                "last_name": row["last_name"],
                "date_of_birth": row["date_of_birth"],
                "action": "revoked",
                "action_date": row["separation_date"] or "2020-01-01",
                "reason": "Misconduct",
            }
        )
    print(f"background: {len(rows)} rows, {rejected} redrawn (clash with a hand-made person)")
    return rows, decerts


def hand_rows() -> tuple[list[dict], list[dict]]:
    certs = []
    for source, first, middle, last, dob, ctype, status, issued, sep in HAND_CERTS:
        certs.append(
            {
                "source": source,
                "first_name": first,
                "middle_name": middle,
                "last_name": last,
                "date_of_birth": dob,
                "certification_type": ctype or SWORN[source][0],
                "status": status,
                "issued_date": issued,
                "separation_date": sep,
                "agency": AGENCY[source],
            }
        )
    decerts = [
        dict(
            zip(
                DECERT_COLS[1:],
                d,
                strict=True,
            )
        )
        for d in HAND_DECERTS
    ]
    return certs, decerts


# --- per-registry formats ---------------------------------------------------------------------
def us(iso: str) -> str:
    if len(iso) != 10:
        return iso
    y, m, d = iso.split("-")
    return f"{m}/{d}/{y}"


CERT_COLS = [
    "record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
    "certification_type", "status", "issued_date", "separation_date", "agency",
]  # fmt: skip
DECERT_COLS = [
    "record_id", "source", "first_name", "last_name", "date_of_birth", "action", "action_date",
    "reason",
]  # fmt: skip
HIRE_COLS = [
    "hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth", "hire_date",
    "position_title", "job_series", "field_office", "screening_track", "screening_basis",
    "resume_text",
]  # fmt: skip
TRAINING_COLS = [
    "hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status",
]  # fmt: skip
SHORT, BASIC = "ERO-LEO-VIRT", "FLETC-BIETP"


def styled(row: dict) -> dict:
    """How each registry publishes: TX and FED US dates, names upper except CA."""
    out = dict(row)
    src = row["source"]
    if src != "CA":
        for col in ("first_name", "middle_name", "last_name"):
            out[col] = out[col].upper()
    if src in ("TX", "FED"):
        for col in ("date_of_birth", "issued_date", "separation_date"):
            out[col] = us(out[col])
    if src == "TX":
        out["status"] = out["status"].title()
    return out


def write_csv(path: Path, header: list[str], rows: list[dict] | list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow([row.get(c, "") for c in header] if isinstance(row, dict) else row)


def main() -> None:
    rng = random.Random(SEED)
    people = hand_people()
    bg_certs, bg_decerts = background(rng, people)
    h_certs, h_decerts = hand_rows()

    certs = bg_certs + h_certs
    rng.shuffle(certs)
    counters: dict[str, int] = {}
    by_source: dict[str, list[dict]] = {s: [] for s in SOURCES}
    for row in certs:
        n = counters[row["source"]] = counters.get(row["source"], 0) + 1
        row["record_id"] = f"{row['source']}-{n * 7 + 100000:06d}"
        by_source[row["source"]].append(styled(row))
    for src, rows in by_source.items():
        header = list(CERT_COLS)
        if src == "TX":
            header_out = [c.upper() for c in header]
        elif src == "FED":
            header_out = [f" {c} " for c in header]
        else:
            header_out = header
        path = HERE / f"certifications_{src.lower()}.csv"
        with path.open("w", newline="", encoding="utf-8") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(header_out)
            for row in rows:
                writer.writerow([row[c] for c in header])

    decerts = bg_decerts + h_decerts
    rng.shuffle(decerts)
    for i, row in enumerate(decerts, 1):
        row["record_id"] = f"D-{i * 13 + 5000:05d}"
        row["date_of_birth"] = us(row["date_of_birth"])
        row["action_date"] = us(row["action_date"])
        row["first_name"], row["last_name"] = row["first_name"].upper(), row["last_name"].upper()
    write_csv(
        HERE / "decertifications.csv",
        DECERT_COLS,
        decerts,
    )

    hires, training = [], []
    for i, (hid, first, middle, last, suffix, dob, track, basic) in enumerate(HIRES):
        office = FIELD_OFFICES[i % len(FIELD_OFFICES)]
        job = ["Deportation Officer", "1801", office, track, "keyword:officer", ""]
        hires.append([hid, first, middle, last, suffix, us(dob), HIRE_DATE, *job])
        if track == "LEO":
            course = ["LEO Transition (virtual)", "online", "2024-03-04", "2024-03-29"]
            training.append([hid, SHORT, *course, "completed"])
        if basic:
            course = ["Basic Immigration Enforcement Training", "in_person", "2024-06-03"]
            training.append([hid, BASIC, *course, "2024-08-16", "completed"])
    write_csv(
        HERE / "hires.csv",
        HIRE_COLS,
        hires,
    )
    write_csv(
        HERE / "training.csv",
        TRAINING_COLS,
        training,
    )
    write_csv(
        HERE / "employment_history.csv",
        ["hire_id", "employer", "title", "state", "start_date", "end_date"],
        [list(h) for h in HISTORY],
    )
    write_csv(
        HERE / "overrides.csv",
        ["hire_id", "determination", "reviewer", "reviewed_on", "justification"],
        [],
    )
    print(f"hires: {len(hires)}, registry rows: {len(certs)}, decertifications: {len(decerts)}")


if __name__ == "__main__":
    main()
