"""What the generated world is made of: registries, certification types, agencies,
jobs, resume phrases, courses."""

from __future__ import annotations

import numpy as np

REGISTRY_SOURCES: tuple[str, ...] = ("CA", "FED", "FL", "MN", "NY", "TX", "VA")
SRC_WEIGHTS = (0.20, 0.12, 0.12, 0.07, 0.15, 0.24, 0.10)
SRC_WEIGHT = np.array(SRC_WEIGHTS)
_SRC = {s: i for i, s in enumerate(REGISTRY_SOURCES)}
FL, FED, MN, NY, TX, VA, _CA = (_SRC[s] for s in ("FL", "FED", "MN", "NY", "TX", "VA", "CA"))
# States whose registry is not generated: a sworn job claimed there is a coverage gap.
UNCOVERED = ("ID", "WY", "MT", "NE", "ND", "OR", "NV")
OTHER_STATES = (
    "AZ", "CO", "GA", "IL", "IN", "KY", "LA", "MA", "MD", "MI", "MO", "NC", "NJ", "OH",
    "OK", "PA", "SC", "TN", "WA", "WI", "CA", "TX", "FL", "NY", "VA", "MN", "ID", "WY",
)  # fmt: skip

# Certification categories. The first four are sworn, full-powers law enforcement.
CATS = (
    "police", "sheriff", "state", "fed",
    "corrections", "dispatch", "reserve", "probation", "security",
)  # fmt: skip
POLICE, SHERIFF, STATE, FEDCAT = 0, 1, 2, 3
CORR, DISP, RES, PROB, SEC = 4, 5, 6, 7, 8
N_SWORN_CATS = 4

SWORN_TYPES: dict[str, tuple[str, ...]] = {
    "CA": ("Peace Officer", "Police Officer"),
    "FED": ("Federal Law Enforcement Officer", "Special Agent"),
    "FL": ("Law Enforcement Officer",),
    "MN": ("Licensed Peace Officer", "Peace Officer"),
    "NY": ("Police Officer", "Peace Officer"),
    "TX": ("Basic Peace Officer", "Peace Officer", "Licensed Peace Officer"),
    "VA": ("Law Enforcement Officer", "Police Officer"),
}
NON_SWORN_TYPES: dict[int, tuple[str, ...]] = {
    CORR: ("Correctional Officer", "Detention Officer", "Jailer"),
    DISP: ("Telecommunicator",),
    RES: ("Reserve Peace Officer", "Auxiliary Police Officer"),
    PROB: ("Probation Officer", "Parole Officer"),
    SEC: ("Private Security Officer", "Court Security Officer"),
}

AGENCIES: dict[str, dict[int, tuple[str, ...]]] = {
    "CA": {
        POLICE: ("Los Angeles Police Department", "San Diego Police Department",
                  "San Francisco Police Department", "Fresno Police Department",
                  "Oakland Police Department", "San Jose Police Department"),
        SHERIFF: ("Los Angeles County Sheriff's Department", "Riverside County Sheriff's Office",
                   "Orange County Sheriff's Department"),
        STATE: ("California Highway Patrol",),
        CORR: ("California Department of Corrections and Rehabilitation",
                "Los Angeles County Sheriff's Department - Custody Division"),
        DISP: ("Sacramento Regional Communications Center",),
        RES: ("Los Angeles Police Department", "Fresno Police Department"),
        PROB: ("Los Angeles County Probation Department", "CDCR Division of Adult Parole"),
        SEC: ("Allied Universal Security Services", "Superior Court of California"),
    },
    "FED": {
        FEDCAT: ("U.S. Border Patrol", "Federal Bureau of Investigation",
                  "Drug Enforcement Administration", "U.S. Marshals Service",
                  "U.S. Secret Service", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
                  "Homeland Security Investigations", "Federal Protective Service"),
        CORR: ("Federal Bureau of Prisons",),
        PROB: ("U.S. Probation and Pretrial Services",),
        SEC: ("U.S. Marshals Service (contract)",),
    },
    "FL": {
        POLICE: ("Miami-Dade Police Department", "Orlando Police Department",
                  "Tampa Police Department", "Tallahassee Police Department"),
        SHERIFF: ("Jacksonville Sheriff's Office", "Broward Sheriff's Office",
                   "Hillsborough County Sheriff's Office"),
        STATE: ("Florida Highway Patrol",),
        CORR: ("Florida Department of Corrections", "Miami-Dade Corrections and Rehabilitation"),
        DISP: ("Broward Sheriff's Office Regional Communications",),
        RES: ("Orlando Police Department",),
        PROB: ("Florida Department of Corrections - Probation",),
        SEC: ("G4S Secure Solutions", "Allied Universal Security Services"),
    },
    "MN": {
        POLICE: ("Minneapolis Police Department", "St. Paul Police Department",
                  "Duluth Police Department", "Bloomington Police Department",
                  "Rochester Police Department"),
        SHERIFF: ("Hennepin County Sheriff's Office", "Ramsey County Sheriff's Office",
                   "Dakota County Sheriff's Office"),
        STATE: ("Minnesota State Patrol",),
        CORR: ("Minnesota Department of Corrections", "Hennepin County Adult Detention Center"),
        DISP: ("Hennepin County Emergency Communications",),
        RES: ("Bloomington Police Department",),
        PROB: ("Ramsey County Community Corrections",),
        SEC: ("Mall of America Security", "Minnesota Judicial Branch"),
    },
    "NY": {
        POLICE: ("New York City Police Department", "Buffalo Police Department",
                  "Rochester Police Department", "Syracuse Police Department",
                  "Nassau County Police Department", "Suffolk County Police Department"),
        SHERIFF: ("Erie County Sheriff's Office", "Monroe County Sheriff's Office"),
        STATE: ("New York State Police",),
        CORR: ("NYS Department of Corrections and Community Supervision",
                "NYC Department of Correction"),
        DISP: ("Suffolk County Police Communications",),
        RES: ("NYPD Auxiliary Police",),
        PROB: ("NYC Department of Probation",),
        SEC: ("NYS Unified Court System", "Securitas Security Services"),
    },
    "TX": {
        POLICE: ("Austin Police Department", "Houston Police Department",
                  "Dallas Police Department", "San Antonio Police Department",
                  "El Paso Police Department", "Fort Worth Police Department"),
        SHERIFF: ("Harris County Sheriff's Office", "Travis County Sheriff's Office",
                   "Bexar County Sheriff's Office", "Dallas County Sheriff's Department"),
        STATE: ("Texas Department of Public Safety",),
        CORR: ("Texas Department of Criminal Justice",
                "Harris County Sheriff's Office - Detention",
                "Travis County Correctional Complex"),
        DISP: ("Austin-Travis County Emergency Communications",),
        RES: ("San Antonio Police Department", "Dallas Police Department"),
        PROB: ("Travis County Adult Probation", "TDCJ Parole Division"),
        SEC: ("Allied Universal Security Services", "Securitas Security Services USA"),
    },
    "VA": {
        POLICE: ("Richmond Police Department", "Virginia Beach Police Department",
                  "Fairfax County Police Department", "Norfolk Police Department"),
        SHERIFF: ("Henrico County Sheriff's Office", "Loudoun County Sheriff's Office"),
        STATE: ("Virginia State Police",),
        CORR: ("Virginia Department of Corrections", "Hampton Roads Regional Jail"),
        DISP: ("Chesterfield County Emergency Communications",),
        RES: ("Virginia Beach Police Department",),
        PROB: ("Virginia Department of Corrections - Probation and Parole",),
        SEC: ("Supreme Court of Virginia", "Allied Universal Security Services"),
    },
}  # fmt: skip

UNCOVERED_AGENCIES: dict[str, tuple[tuple[str, str], ...]] = {
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
CAT_TITLES: dict[int, tuple[str, ...]] = {
    POLICE: ("Police Officer", "Police Officer", "Patrol Officer"),
    SHERIFF: ("Deputy Sheriff",),
    STATE: ("State Trooper",),
    FEDCAT: ("Special Agent",),
    CORR: ("Correctional Officer", "Detention Officer", "Jailer"),
    DISP: ("911 Dispatcher", "Telecommunicator"),
    RES: ("Reserve Police Officer", "Auxiliary Police Officer"),
    PROB: ("Probation Officer", "Parole Officer"),
    SEC: ("Security Officer", "Court Security Officer"),
}

# Titles that say "officer" (or are military) but are not law enforcement: the screener's
# keyword trap. Employers are national, so any state is plausible.
DECOY_JOBS: tuple[tuple[str, tuple[str, ...]], ...] = (
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
PLAIN_JOBS: tuple[tuple[str, tuple[str, ...]], ...] = (
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
ASPIRATIONAL = (
    "I hope to become an ICE officer.",
    "My goal is to become a federal law enforcement officer.",
    "Seeking to start my career as a Deportation Officer.",
    "I want to be a police officer and serve my community.",
    "Eager to begin training as an immigration enforcement officer.",
)
RESUME_EXTRAS = (
    "Bilingual English/Spanish.",
    "U.S. Army veteran.",
    "B.S. Criminal Justice.",
    "Associate degree, Administration of Justice.",
    "Valid driver's license; able to travel.",
    "",
    "",
    "",
)

FIELD_OFFICES = (
    "St. Paul", "Dallas", "Houston", "Los Angeles", "Miami", "New York City", "Chicago",
    "Atlanta", "Phoenix", "Seattle", "Denver", "Newark", "San Antonio",
)  # fmt: skip
POSITIONS = (
    ("Deportation Officer", "1801", 0.55),
    ("Immigration Enforcement Agent", "1801", 0.15),
    ("Criminal Investigator", "1811", 0.10),
    ("Special Agent", "1811", 0.06),
    ("CBP Officer", "1895", 0.14),
)
SUFFIXES = ("Jr", "Sr", "II", "III", "IV")
STATUS = np.array(["active", "inactive", "lapsed", "revoked", "suspended"], dtype=object)
SUFFIX_P = np.array([0.55, 0.12, 0.1, 0.18, 0.05])

SHORT_COURSE = ("ERO-LEO-VIRT", "ERO Law Enforcement Officer Virtual Training", "online")
BASIC_COURSE = ("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person")
OTHER_COURSES = (
    ("ICE-ORIENT", "New Employee Orientation", "online"),
    ("FIREARMS-QUAL", "Firearms Qualification", "in_person"),
    ("LEGAL-UPDATE", "Immigration Law Update", "online"),
    ("DEFTAC-101", "Defensive Tactics Refresher", "in_person"),
)

REVIEWERS = ("A. Okafor", "M. Lindqvist", "R. Castillo", "J. Whitfield", "S. Nakamura")
DECERT_REASONS = (
    "Felony conviction",
    "Untruthfulness",
    "Excessive force",
    "Domestic violence conviction",
    "Failure to meet training standards",
    "Misconduct",
    "Surrender in lieu of revocation",
)
