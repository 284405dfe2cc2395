"""Build the policy_edges test set: eligibility-policy boundary scenarios for leo-audit.

Deterministic (fixed seed, no clock). Run from this folder:
    /work/main/.venv/bin/python make.py

Writes the contract's input tables (hires, training, certifications_*, decertifications,
employment_history, overrides) and, only when it does not exist yet, the blind labels
`expected_before_run.csv` (frozen: never rewritten once present).

Labels were written from /work/shared/data-contract.md, /work/main/README.md and
/work/main/rules/*.yaml only, without reading the tool's source.
"""

from __future__ import annotations

import csv
import itertools
import os
import random
from datetime import date, timedelta

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20261124)

V, R, REM, MR, NA = "VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE"

# ----------------------------------------------------------------------------------------
# Name pools. Test people and background people never share a surname; background first
# names never equal a test surname and background surnames never equal a test first name.
# ----------------------------------------------------------------------------------------
TEST_SURNAMES = """Abernathy Achterberg Adeyemi Ahlquist Albrecht Amundsen Anselmo Arbuckle Ashworth
Bachmeier Balogun Barrowclough Bergstrand Blackwood Bocanegra Bramhall Brightwater Burkhalter
Castellucci Chadwick Cheverton Cuthbertson Dahlberg Delacroix Desrosiers Dimitriou Dunleavy
Eberhardt Edelstein Ekwueme Engstrom Esterhuizen Fairweather Falkenrath Featherstone Fitzwilliam
Fontenot Garibaldi Gentry Giordano Gottschalk Greenhalgh Gruenwald Haddadin Halvorsen
Hargreave Hasselbeck Heathcote Hollingsworth Huitfeldt Ingebretsen Iversen Jablonski Jorgensen
Kaczmarek Kallstrom Kavanagh Kettleborough Kinsella Kowalczyk Kristiansen Lachapelle Lamoureux
Loewenstein Lundgren Macready Malinowski Marchetti Mattingly Mbeki Merriweather
Montgomerie Mortensen Nakashima Niedermeyer Nordstrom Obermann Ogunleye Okonkwo Oppenheim
Ostrowski Pappalardo Pemberton Pettersen Quackenbush Quintanilla Radcliffe Rasmussen Rautenberg
Rinaldi Rosenquist Rutherford Saarinen Scarborough Schellenberg Seabrook
Sigurdsson Skovgaard Southworth Stavropoulos Stoltenberg Strickland Sunderland Szymanski
Takahashi Templeton Thorvaldsen Tillinghast Trevelyan Tuckerman Underhill Uvarov Valdivieso
Vandersloot Wadsworth Wainwright Westergaard Whitcombe Wilhelmsen Winterbottom
Wojciechowski Yarborough Yellowhorse Zabrowski Zielinski Zimmerli
Brannigan Corriveau Drummond Etxeberria Faulkner Grisham Holloway Ishikawa Jessup Kilbride
Lockhart Mcallister Northcott Oyelaran Penhaligon Quarles Rochambeau Stirling Thibodeaux
Aldridge Beauchamp Calloway Darnell Ellingsen Fennimore Gilchrist Hathaway Inverarity
Juarezco Kingsbury Larrabee Moberly Nightingale Osterhout Prendergast Ravensworth Sallinger
Trowbridge Upshaw Venables Whitlock Youngblood Zellweger Ambrosetti Bettencourt""".split()

TEST_FIRST = """Aaron Abigail Adrian Alicia Andrea Angela Arturo Beatriz Benjamin Bethany Caleb
Camila Carmen Cedric Chloe Clara Connor Damian Daniela Darius Delia Derek Diana Dominic Elena
Elias Elise Emmett Esther Fatima Felix Fiona Gabriel Gemma Gideon Greta Hannah Harvey Helena
Hugo Imani Ingrid Irene Isaac Ivan Jasmine Jonah Julia Kendra Kenji Lars Leah Leon Lillian
Lorenzo Lucia Malik Marcus Marta Mateo Maxine Miriam Nadia Nathan Nina Noah Olga Omar Oscar
Paloma Priya Quentin Rachel Rafaela Renata Rhys Rosalind Ruben Sabrina Samuel Selma Silas
Simone Sofia Tamsin Teresa Tobias Ulrich Valeria Vera Victor Wanda Wesley Xavier Yara Yusuf
Zoe Zoran""".split()

BG_SURNAMES = """Smith Johnson Williams Brown Jones Miller Davis Garcia Rodriguez Wilson Martinez
Anderson Taylor Thomas Hernandez Moore Martin Jackson Thompson White Lopez Lee Gonzalez Harris
Clark Lewis Robinson Walker Perez Hall Young Allen Sanchez Wright King Scott Green Baker Adams
Nelson Hill Ramirez Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins
Edwards Stewart Flores Morris Nguyen Murphy Rivera Cook Rogers Morgan Peterson Cooper Reed Bailey
Bell Gomez Kelly Howard Ward Cox Diaz Richardson Wood Watson Brooks Bennett Gray James Reyes
Cruz Hughes Price Myers Long Foster Sanders Ross Morales Powell Sullivan Russell Ortiz Jenkins
Gutierrez Perry Butler Barnes Fisher Henderson Coleman Simmons Patterson Jordan Reynolds
Hamilton Graham Kim Gonzales Alexander Ramos Wallace Griffin West Cole Hayes Chavez Gibson
Bryant Ellis Stevens Murray Ford Marshall Owens Mcdonald Harrison Ruiz Kennedy Wells Alvarez
Woods Mendoza Castillo Olson Webb Washington Tucker Freeman Burns Henry Vasquez Snyder Simpson
Crawford Jimenez Porter Mason Shaw Gordon Wagner Hunter Romero Hicks Dixon Hunt Palmer Robertson
Black Holmes Stone Meyer Boyd Mills Warren Fox Rose Rice Moreno Schmidt Patel Ferguson Nichols
Herrera Medina Ryan Fernandez Weaver Daniels Stephens Gardner Payne Kelley Dunn Pierce Arnold
Tran Spencer Peters Hawkins Grant Hansen Castro Hoffman Hart Elliott Cunningham Knight Bradley
Nowak Novak Haddad Yilmaz Mensah Tanaka Suzuki Singh Khan Ali Cohen Levy Rossi Ricci
Moller Berg Dubois Lambert Fournier""".split()

BG_FIRST = """James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David
Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Christopher Nancy Daniel Lisa
Matthew Betty Anthony Margaret Mark Sandra Donald Ashley Steven Kimberly Paul Emily Andrew Donna
Joshua Michelle Kenneth Dorothy Kevin Carol Brian Amanda George Melissa Edward Deborah Ronald
Stephanie Timothy Rebecca Jason Sharon Jeffrey Laura Ryan Cynthia Jacob Kathleen Gary Amy
Nicholas Shirley Eric Angela Jonathan Helen Stephen Anna Larry Brenda Justin Pamela Scott Nicole
Brandon Emma Frank Samantha Gregory Katherine Raymond Christine Jose Debra Luis Maria Juan Rosa
Carlos Ana Miguel Guadalupe Jorge Veronica Wei Mei Hiroshi Yuki Ahmed Aisha Olumide Ngozi Dmitri
Svetlana Pedro Lucia Tuan Linh Rahul Anjali Tyrone Keisha Cody Brittany Travis Crystal Dustin
Heather Shane Tiffany Wade Tara""".split()

# ----------------------------------------------------------------------------------------
# Registries loaded (coverage) and their layouts.
# ----------------------------------------------------------------------------------------
STATES = ["MN", "TX", "CA", "WI", "NY", "WA", "FED", "FL"]  # FL publishes birth year only
AGENCY = {
    "MN": ["Minneapolis Police Department", "St. Paul Police Department",
           "Hennepin County Sheriff's Office", "Duluth Police Department",
           "Minnesota State Patrol", "Ramsey County Sheriff's Office"],
    "TX": ["Houston Police Department", "Dallas County Sheriff's Office",
           "Texas Department of Public Safety", "Austin Police Department",
           "Harris County Sheriff's Office", "El Paso Police Department"],
    "CA": ["Fresno Police Department", "Los Angeles County Sheriff's Department",
           "San Diego Police Department", "Orange County Sheriff's Department",
           "California Highway Patrol", "Sacramento Police Department"],
    "WI": ["Milwaukee Police Department", "Dane County Sheriff's Office",
           "Madison Police Department", "Wisconsin State Patrol", "Green Bay Police Department"],
    "NY": ["New York State Police", "Buffalo Police Department", "Rochester Police Department",
           "Albany County Sheriff's Office", "Syracuse Police Department"],
    "WA": ["Seattle Police Department", "King County Sheriff's Office",
           "Spokane Police Department", "Washington State Patrol", "Tacoma Police Department"],
    "FED": ["U.S. Immigration and Customs Enforcement", "U.S. Customs and Border Protection",
            "Federal Bureau of Investigation", "U.S. Marshals Service",
            "Drug Enforcement Administration"],
    "FL": ["Miami-Dade Police Department", "Orange County Sheriff's Office",
           "Tampa Police Department", "Florida Highway Patrol", "Jacksonville Sheriff's Office"],
}
SWORN_TYPE = {
    "MN": "Peace Officer License", "TX": "Basic Peace Officer", "CA": "Peace Officer",
    "WI": "Law Enforcement Officer", "NY": "Police Officer",
    "WA": "General Authority Peace Officer", "FED": "1811 Criminal Investigator",
    "FL": "Law Enforcement",
}
BG_TYPES = {
    "MN": ["Peace Officer License"] * 6 + ["Part-Time Peace Officer"],
    "TX": ["Basic Peace Officer"] * 4 + ["Jailer License", "Telecommunicator",
                                         "Basic County Corrections"],
    "CA": ["Peace Officer"] * 3 + ["Deputy Sheriff", "Level I Reserve Peace Officer",
                                   "Public Safety Dispatcher", "Correctional Officer"],
    "WI": ["Law Enforcement Officer"] * 4 + ["Jail Officer", "Juvenile Detention Officer"],
    "NY": ["Police Officer"] * 4 + ["State Trooper", "Security Guard", "Parole Officer"],
    "WA": ["General Authority Peace Officer"] * 4 + ["Corrections Officer",
                                                     "Limited Authority Peace Officer"],
    "FED": ["1811 Criminal Investigator", "Deportation Officer", "Border Patrol Agent",
            "CBP Officer", "Correctional Officer", "Transportation Security Officer"],
    "FL": ["Law Enforcement"] * 4 + ["Correctional", "Correctional Probation"],
}

OFFICES = ["St. Paul", "Chicago", "Dallas", "Los Angeles", "New York", "Seattle", "Miami",
           "Atlanta", "Denver", "Phoenix"]


def d(s: str) -> date:
    return date.fromisoformat(s)


# ----------------------------------------------------------------------------------------
# Scenario helpers
# ----------------------------------------------------------------------------------------
_surnames = iter(TEST_SURNAMES)
_firsts = itertools.cycle(TEST_FIRST)
_used_dobs: set[date] = set()


def new_dob(year: int | None = None) -> date:
    while True:
        y = year if year is not None else RNG.randint(1966, 1984)
        x = date(y, RNG.randint(1, 12), RNG.randint(1, 28))
        if x not in _used_dobs:
            _used_dobs.add(x)
            return x


SCEN: list[dict] = []


def person(first: str | None = None, last: str | None = None, middle: str = "") -> dict:
    return {"first": first or next(_firsts), "last": last or next(_surnames),
            "middle": middle, "dob": new_dob()}


def cert(src: str, ctype: str | None = None, status: str = "active", iss: str = "2016-05-02",
         sep: str = "", agency: str | None = None, **kw) -> dict:
    c = {"src": src, "type": SWORN_TYPE[src] if ctype is None else ctype, "status": status,
         "iss": iss, "sep": sep, "agency": AGENCY[src][0] if agency is None else agency}
    c.update(kw)
    return c


def decert(src: str, action: str, when: str, reason: str = "Misconduct", **kw) -> dict:
    x = {"src": src, "action": action, "when": when, "reason": reason}
    x.update(kw)
    return x


def add(hid: str, scenario: str, expected: str, why: str, hire_date: str, *, p: dict | None = None,
        track: str = "LEO", certs=(), decerts=(), train=None, extra_train=(), emp=(),
        resume: str = "", override: dict | None = None, hire_dob_blank: bool = False,
        office: str | None = None) -> dict:
    p = p or person()
    if train is None:
        train = [("ERO-LEO-VIRT", "completed")] if track.upper() == "LEO" else [
            ("FLETC-BIETP", "completed")]
    s = {"hid": hid, "scenario": scenario, "expected": expected, "why": why,
         "hire_date": hire_date, "p": p, "track": track, "certs": list(certs),
         "decerts": list(decerts), "train": list(train) + list(extra_train), "emp": list(emp),
         "resume": resume, "override": override, "dob_blank": hire_dob_blank,
         "office": office or OFFICES[len(SCEN) % len(OFFICES)]}
    SCEN.append(s)
    return s


def sworn_emp(c: dict, title: str | None = None) -> tuple:
    """An employment-history row consistent with a certification (same, loaded, state)."""
    st = c["src"] if c["src"] not in ("FED",) else "TX"
    if title is None:
        if c["type"] == SWORN_TYPE[c["src"]]:
            title = "Criminal Investigator" if c["src"] == "FED" else "Police Officer"
        else:
            title = (c["type"] or "Police Officer").replace(" License", "")
    return (c["agency"], title, st, c["iss"], c["sep"])


BASIC_DONE = [("FLETC-BIETP", "completed")]
MN_OK = dict(iss="2015-06-01")

# ---------------------------------- 001xx service length ---------------------------------
def svc(hid, scen, exp, why, hire, iss, sep="", status="inactive", src="MN"):
    c = cert(src, status=status if sep else "active", iss=iss, sep=sep)
    add(hid, scen, exp, why, hire, certs=[c], emp=[sworn_emp(c)])


svc("00101", "service exactly 12 months (non-leap span) to separation", V,
    "policy service_minimum_months 12: 2021-03-15 to 2022-03-15 is exactly 12 months = at least 12",
    "2023-09-05", "2021-03-15", "2022-03-15")
svc("00102", "service 12 months minus 1 day to separation", R,
    "2021-03-15 to 2022-03-14 is short of 12 months; no other evidence, no basic course",
    "2023-09-05", "2021-03-15", "2022-03-14")
svc("00103", "service 12 months plus 1 day to separation", V,
    "2021-03-15 to 2022-03-16 exceeds 12 months; separated <3y before hire",
    "2023-09-05", "2021-03-15", "2022-03-16")
svc("00104", "still serving: exactly 12 months issued->hire_date", V,
    "contract: service runs to hire_date when still serving; 2023-06-12 to 2024-06-12 = 12 months",
    "2024-06-12", "2023-06-12")
svc("00105", "still serving: 12 months minus 1 day to hire_date", R,
    "2023-06-13 to 2024-06-12 is under 12 months", "2024-06-12", "2023-06-13")
svc("00106", "still serving: 12 months plus 1 day to hire_date", V,
    "2023-06-11 to 2024-06-12 is over 12 months", "2024-06-12", "2023-06-11")
svc("00107", "span includes Feb 29: 365 days but < 12 calendar months", R,
    "2023-03-01 to 2024-02-29 is 365 days yet one day short of 12 months (12 months = 2024-03-01)",
    "2024-11-04", "2023-03-01", "2024-02-29")
svc("00108", "span includes Feb 29: exactly 12 months (366 days)", V,
    "2023-03-01 to 2024-03-01 is exactly 12 months", "2024-11-04", "2023-03-01", "2024-03-01")
svc("00109", "issued on leap day, separated 2021-03-01", V,
    "2020-02-29 to 2021-03-01 is 12 months under any convention (366 days)",
    "2023-01-09", "2020-02-29", "2021-03-01")
svc("00110", "issued on leap day, separated 2021-02-27", R,
    "2020-02-29 to 2021-02-27 is under 12 months under any convention (364 days)",
    "2023-01-09", "2020-02-29", "2021-02-27")
svc("00111", "issued on leap day, separated 2021-02-28 [convention-dependent]", V,
    "[convention] 2020-02-29 + 12 months = 2021-02-28 (month-end clamp) so exactly 12 months; "
    "the other convention (Mar 1) would say 1 day short",
    "2023-01-09", "2020-02-29", "2021-02-28")
svc("00112", "month-end: 2021-01-31 to 2022-01-30", R,
    "one day short of 12 months", "2023-05-01", "2021-01-31", "2022-01-30")
svc("00113", "separation after hire_date; < 12 months served on hire_date", R,
    "contract: conditions must hold on hire_date; on 2024-06-03 service since 2023-08-01 is "
    "10 months (the later separation 2024-09-03 cannot count service after hire)",
    "2024-06-03", "2023-08-01", "2024-09-03", status="inactive")
svc("00114", "certification issued after hire_date", R,
    "README step 3: must be issued on or before hire date", "2024-06-03", "2024-07-15")
# Texas extract: US dates (MM/DD/YYYY) and alias headers
svc("00115", "TX registry, US dates: exactly 12 months", V,
    "03/15/2021 to 03/15/2022 (US format accepted by contract) = 12 months; within 3y",
    "2024-01-08", "2021-03-15", "2022-03-15", src="TX")
svc("00116", "TX registry, US dates: 12 months minus 1 day", R,
    "03/16/2021 to 03/15/2022 is under 12 months", "2024-01-08", "2021-03-16", "2022-03-15",
    src="TX")


# -------------------------------- 002xx separation window --------------------------------
def win(hid, scen, exp, why, hire, sep, src="MN", iss="2014-01-13", status="inactive"):
    c = cert(src, status=status, iss=iss, sep=sep)
    add(hid, scen, exp, why, hire, certs=[c], emp=[sworn_emp(c)])


win("00201", "separated exactly 3 years before hire (span has Feb 29, 1096 days)", V,
    "policy separation_window default_years 3: 'no more than 3 years'; exactly 3 years qualifies",
    "2024-05-20", "2021-05-20")
win("00202", "separated 3 years + 1 day before hire", R,
    "more than 3 years before hire_date", "2024-05-20", "2021-05-19")
win("00203", "separated 3 years - 1 day before hire", V,
    "within 3 years", "2024-05-20", "2021-05-21")
win("00205", "separated on leap day, hire 2023-03-02", R,
    "more than 3 years under any convention", "2023-03-02", "2020-02-29")
win("00206", "separated on leap day, hire 2023-03-01 [convention-dependent]", R,
    "[convention] hire-3y = 2020-03-01 > separation 2020-02-29 (and sep+3y clamps to "
    "2023-02-28 < hire): more than 3 years",
    "2023-03-01", "2020-02-29")
win("00207", "hired on leap day, separated 2021-02-28 [convention-dependent]", V,
    "[convention] 3 years before 2024-02-29 is 2021-02-28 (clamped): separated exactly 3 years "
    "before = within window",
    "2024-02-29", "2021-02-28")
win("00208", "hired on leap day, separated 2021-02-27", R,
    "more than 3 years under any convention", "2024-02-29", "2021-02-27")
win("00209", "California: separated exactly 3 years before", V,
    "policy by_source is {} so CA uses default 3 years (contract: CA requalifies after a 3-year "
    "break); exactly 3 years qualifies",
    "2024-08-09", "2021-08-09", src="CA")
win("00210", "California: separated 3 years + 1 day before", R,
    "CA 3-year window exceeded by one day", "2024-08-09", "2021-08-08", src="CA")
win("00212", "FED record: separated exactly 3 years before", V,
    "FED 1811 Criminal Investigator is sworn; exactly 3 years", "2024-10-01", "2021-10-01",
    src="FED")
win("00213", "FED record: separated 3 years + 1 day before", R,
    "over the 3-year window", "2024-10-01", "2021-09-30", src="FED")
win("00214", "separated on the hire date itself", V,
    "0 days between separation and hire", "2024-05-20", "2024-05-20")
win("00216", "NY: exactly 3 years, span without a Feb 29 (1095 days)", V,
    "exactly 3 years = within window", "2024-01-11", "2021-01-11", src="NY")
win("00217", "NY: 3 years + 1 day, span without a Feb 29", R,
    "over 3 years by one day", "2024-01-11", "2021-01-10", src="NY")


# --------------------------------------- 003xx status ------------------------------------
def st(hid, scen, exp, why, status, sep="", iss="2015-03-02", src="MN", ctype=None,
       extra_train=(), hire="2024-02-12"):
    c = cert(src, ctype, status=status, iss=iss, sep=sep)
    add(hid, scen, exp, why, hire, certs=[c], emp=[sworn_emp(c)], extra_train=extra_train)


st("00301", "status 'Inactive' (capitalised), separated 1 year before", V,
   "policy accepted_statuses includes inactive", "Inactive", sep="2023-01-31")
st("00302", "status 'LAPSED' (upper case), separated 2 years before", V,
   "lapsed is accepted; within 3y; 8 years service", "LAPSED", sep="2022-02-11")
st("00303", "status 'lapsed' with blank separation_date", V,
   "lapsed accepted; blank separation = still employed, service to hire_date", "lapsed")
st("00304", "status 'Revoked' on the only sworn certification", R,
   "contract: status must not be revoked", "Revoked", sep="2023-05-05")
st("00305", "status ' suspended ' (padded)", R,
   "contract: status must not be suspended", " suspended ")
st("00306", "status 'REVOKED' + completed basic course", REM,
   "not verified (revoked); completed FLETC-BIETP -> REMEDIATED", "REVOKED", sep="2022-08-19",
   extra_train=BASIC_DONE)
st("00307", "blank status on an otherwise qualifying sworn certification", MR,
   "contract: blank means unknown, never 'no'; status could be revoked -> cannot decide safely",
   "")
st("00308", "status 'Active ' (trailing space)", V,
   "active is accepted", "Active ")
st("00309", "blank status on a jailer licence (non-sworn)", R,
   "type is corrections (never counts) whatever the status -> nothing can verify",
   "", src="TX", ctype="Jailer License")

# ----------------------------------- 004xx decertifications ------------------------------
def dc(hid, scen, exp, why, decerts, certs=None, hire="2024-04-08", extra_train=(), track="LEO",
       p=None):
    p = p or person()
    cs = certs if certs is not None else [cert("MN", **MN_OK)]
    add(hid, scen, exp, why, hire, p=p, certs=cs, decerts=decerts, extra_train=extra_train,
        track=track, emp=[sworn_emp(cs[0])] if cs else [])


dc("00401", "decert 'Revoked' (MN) dated before hire", R,
   "contract: no decertification action dated on or before hire_date", [
       decert("MN", "Revoked", "2023-11-20")])
dc("00402", "decert revoked dated ON hire_date", R,
   "'on or before hire_date' includes the hire date", [decert("MN", "revoked", "2024-04-08")])
dc("00403", "decert revoked dated the day after hire", V,
   "only actions on or before hire_date void; cert otherwise qualifies",
   [decert("MN", "revoked", "2024-04-09")])
dc("00404", "decert suspended before hire", R,
   "policy disqualifying_actions includes suspended",
   [decert("MN", "suspended", "2023-02-14", "Failure to complete training")])
dc("00405", "decert surrendered in TX (other state than MN certification) before hire", R,
   "decertification of the same person in any source; surrendered is disqualifying",
   [decert("TX", "surrendered", "2022-10-03", "Voluntary surrender in lieu of revocation")])
dc("00408", "decert revoked with blank action_date", MR,
   "README step 3: qualifies but a decertification with no date -> review",
   [decert("MN", "revoked", "")])
_p409 = person()
dc("00409", "decert of a namesake (same name, far different birth date)", V,
   "namesakes (another birth date) are not linked; hire's own cert qualifies",
   [decert("MN", "revoked", "2022-01-10", dob=date(_p409["dob"].year - 17, 11, 23)
           if _p409["dob"].month != 11 else date(_p409["dob"].year - 17, 10, 23))], p=_p409)
dc("00410", "decert before hire + completed basic course", REM,
   "not verified (decert); FLETC-BIETP completed -> REMEDIATED",
   [decert("MN", "revoked", "2023-06-01")], extra_train=BASIC_DONE)
dc("00411", "decert suspended 12 years before hire, cert active since", R,
   "contract has no look-back limit: any action dated on or before hire_date voids",
   [decert("MN", "suspended", "2012-03-15", "Suspended 90 days")],
   certs=[cert("MN", iss="2010-02-01")])
dc("00412", "BASIC track with decertification and revoked cert", NA,
   "full track -> NOT_APPLICABLE regardless of registry", [decert("MN", "revoked", "2022-03-01")],
   certs=[cert("MN", status="revoked", iss="2012-01-09", sep="2022-03-01")], track="BASIC")
dc("00413", "qualifying MN cert + revoked sworn WI cert (no decert row) [contract ambiguity]", MR,
   "README step 3: qualifies but a revoked certification that is theirs has no date -> review "
   "(contract 'its status' only looks at the qualifying record; ambiguous)",
   [], certs=[cert("MN", **MN_OK), cert("WI", status="revoked", iss="2008-05-05",
                                         sep="2014-09-30")])
dc("00414", "qualifying MN cert + suspended TX jailer licence [contract ambiguity]", MR,
   "README step 3: a suspended certification with no date -> review (ambiguous as 00413)",
   [], certs=[cert("MN", **MN_OK), cert("TX", "Jailer License", status="suspended",
                                         iss="2011-02-07", sep="2014-12-31")])

# -------------------------------------- 005xx cert types ---------------------------------
def ty(hid, exp, src, ctype, why, agency=None, title=None, extra_train=()):
    c = cert(src, ctype, iss="2018-04-02", agency=agency)
    add(hid, f"{src} certification_type '{ctype}'", exp, why, "2024-07-15", certs=[c],
        emp=[sworn_emp(c, title)], extra_train=extra_train)


SW = "sworn full-powers type (titles.yaml sworn_leo); active, 6y service, serving"
NS = "contract: {} certifications do not count; nothing else verifies; no basic course"
ty("00502", V, "WI", "Law Enforcement Officer", SW)
ty("00503", V, "NY", "Police Officer", SW)
ty("00504", V, "CA", "Deputy Sheriff", SW, agency="Los Angeles County Sheriff's Department")
ty("00506", V, "FED", "1811 Criminal Investigator", SW,
   agency="Homeland Security Investigations", title="Special Agent")
ty("00508", V, "WA", "General Authority Peace Officer", SW)
ty("00510", R, "TX", "Jailer License", NS.format("jailer"), agency="Harris County Sheriff's Office",
   title="Jailer")
ty("00511", R, "WI", "Jail Officer", NS.format("jailer"), agency="Dane County Sheriff's Office")
ty("00512", R, "CA", "Correctional Officer", NS.format("corrections"),
   agency="California Department of Corrections and Rehabilitation")
ty("00514", R, "CA", "Level I Reserve Peace Officer", NS.format("reserve/auxiliary"),
   agency="Fresno Police Department", title="Reserve Officer")
ty("00515", R, "NY", "Auxiliary Police Officer", NS.format("reserve/auxiliary"),
   agency="Buffalo Police Department")
ty("00516", R, "TX", "Telecommunicator", NS.format("telecommunicator"),
   agency="Austin Police Department", title="911 Dispatcher")
ty("00518", R, "NY", "Security Guard", NS.format("security"),
   agency="Allied Universal Security Services", title="Security Officer")
ty("00519", R, "CA", "Probation Officer", NS.format("probation"),
   agency="Los Angeles County Probation Department")
ty("00520", R, "NY", "Parole Officer", NS.format("parole"),
   agency="NYS Department of Corrections and Community Supervision")
ty("00521", R, "FED", "Transportation Security Officer", NS.format("security"),
   agency="Transportation Security Administration")
ty("00523", MR, "WA", "Limited Authority Peace Officer",
   "titles.yaml: limited authority -> unknown, 'goes to review, never verifies'; README step 4 "
   "unrecognised certification type -> MANUAL_REVIEW", agency="Washington State Gambling Commission",
   title="Special Agent")
ty("00524", MR, "MN", "",
   "blank certification_type = unknown (blank never means no); README: unrecognised type -> review",
   title="Police Officer")
ty("00525", R, "CA", "Detention Deputy Sheriff",
   "titles.yaml: 'Detention Deputy Sheriff' is corrections (yields_to_prefix); detention doesn't count",
   agency="Orange County Sheriff's Department")
ty("00526", R, "TX", "Deputy Sheriff (Jailer)",
   "titles.yaml comment: 'Deputy Sheriff (Jailer)' is corrections; does not count",
   agency="Dallas County Sheriff's Office")
ty("00529", V, "MN", "Peace Officer License",
   "verified takes precedence: VERIFIED_LEO = short track, verified (completed basic irrelevant)",
   extra_train=BASIC_DONE)

# ------------------------------------ 006xx several certs --------------------------------
def mc(hid, scen, exp, why, certs, hire="2024-03-04"):
    add(hid, scen, exp, why, hire, certs=certs, emp=[sworn_emp(c) for c in certs])


mc("00601", "qualifying MN peace officer + active TX jailer", V,
   "one certification meeting all conditions suffices",
   [cert("MN", iss="2016-09-12"), cert("TX", "Jailer License", iss="2012-01-09", sep="2016-08-31")])
mc("00602", "TX jailer + TX telecommunicator, both active", R,
   "two non-sworn certifications; neither counts",
   [cert("TX", "Jailer License", iss="2014-05-05", sep="2019-06-30", status="inactive"),
    cert("TX", "Telecommunicator", iss="2019-07-08")])
mc("00603", "sworn MN separated 2016 + active WI jail officer", R,
   "sworn one outside 3-year window; jail officer does not count",
   [cert("MN", iss="2009-08-03", sep="2016-02-26", status="inactive"),
    cert("WI", "Jail Officer", iss="2016-06-06", agency="Dane County Sheriff's Office")])
mc("00604", "sworn 7 months recent + sworn old (sep 2015)", R,
   "first fails 12-month minimum, second fails 3-year window; each is judged on its own",
   [cert("MN", iss="2023-01-09", sep="2023-08-11", status="inactive"),
    cert("WI", iss="2009-06-01", sep="2015-04-30", status="inactive")])
mc("00605", "sworn WI separated 2016 + qualifying sworn MN", V,
   "the MN certification meets every condition",
   [cert("WI", iss="2008-06-02", sep="2016-03-31", status="inactive"),
    cert("MN", iss="2016-05-16")])
mc("00606", "two sworn stints 8 + 6 months (14 combined) in MN and WI", R,
   "contract: 'the certification shows at least 12 months' - per record; neither reaches 12",
   [cert("MN", iss="2021-01-04", sep="2021-08-31", status="inactive"),
    cert("WI", iss="2021-09-07", sep="2022-03-01", status="inactive")], hire="2023-02-06")
mc("00607", "same person two MN rows: old stint sep 2019 (out of window) + new one 3 months", R,
   "per record: old separated > 3y before hire; new one has < 12 months",
   [cert("MN", iss="2014-05-05", sep="2019-06-28", status="inactive",
         agency="Duluth Police Department"),
    cert("MN", iss="2023-12-04", agency="St. Paul Police Department")])

# ------------------------------------ 007xx track placement ------------------------------
SEC_EMP = ("Allied Universal", "Security Officer", "MN", "2017-03-06", "")
SEC_RES = "Security officer at Allied Universal, access control and patrols."


def tr(hid, scen, exp, why, track="LEO", train=None, certs=(), emp=(SEC_EMP,), resume=SEC_RES,
       hire="2024-01-22"):
    add(hid, scen, exp, why, hire, track=track, train=train, certs=certs, emp=list(emp),
        resume=resume)


SHORT = ("ERO-LEO-VIRT", "completed")
tr("00701", "BASIC track, nothing on record", NA, "full track -> NOT_APPLICABLE", track="BASIC",
   train=[("FLETC-BIETP", "enrolled")])
tr("00703", "BASIC screening_track but ERO-LEO-VIRT training row; no cert", R,
   "contract: short track = screening_track LEO OR any short-track course_code row",
   track="BASIC", train=[SHORT])
tr("00704", "BASIC screening_track + ERO-LEO-VIRT + FLETC-BIETP completed", REM,
   "short via course code; not verified; basic completed", track="BASIC",
   train=[SHORT, ("FLETC-BIETP", "completed")])
tr("00705", "BASIC screening_track + ERO-LEO-VIRT withdrawn; no cert", R,
   "'any training row whose course_code is in the short-track list' (status not qualified)",
   track="BASIC", train=[("ERO-LEO-VIRT", "withdrawn")])
_c706 = cert("MN", iss="2015-10-05")
tr("00706", "BASIC screening_track + ERO-LEO-VIRT + qualifying cert", V,
   "short track via course code, and verified", track="BASIC", train=[SHORT], certs=[_c706],
   emp=[sworn_emp(_c706)], resume="Patrol officer, Minneapolis PD.")
tr("00707", "LEO track, no cert, FLETC-BIETP completed", REM, "basic completed since",
   train=[SHORT, ("FLETC-BIETP", "completed")])
tr("00708", "LEO track, no cert, FLETC-BIETP enrolled", R,
   "only a *completed* basic course remediates", train=[SHORT, ("FLETC-BIETP", "enrolled")])
tr("00709", "LEO track, no cert, FLETC-BIETP withdrawn", R, "withdrawn is not completed",
   train=[SHORT, ("FLETC-BIETP", "withdrawn")])
tr("00710", "LEO track, no cert, FLETC-BIETP failed", R, "failed is not completed",
   train=[SHORT, ("FLETC-BIETP", "failed")])
tr("00711", "LEO track, no cert, FLETC-BIETP failed then completed (two rows)", REM,
   "a completed basic row exists", train=[SHORT, ("FLETC-BIETP", "failed"),
                                          ("FLETC-BIETP", "completed")])
tr("00712", "LEO track, no cert, completed FLETC-CITP (not in basic list)", R,
   "policy basic_course_codes is only FLETC-BIETP", train=[SHORT, ("FLETC-CITP", "completed")])
tr("00713", "LEO track, no cert, no training rows at all", R,
   "short via screening_track; nothing verifies; no basic course", train=[])
tr("00714", "screening_track 'leo' (lower case), no cert", R,
   "track value LEO in another case is still the short track [value casing not spelled out]",
   track="leo")
_c715 = cert("MN", iss="2015-10-05")
tr("00715", "BASIC track with a qualifying cert", NA, "full track -> NOT_APPLICABLE", track="BASIC",
   train=[("FLETC-BIETP", "completed")], certs=[_c715], emp=[sworn_emp(_c715)])
_c716 = cert("CA", "Correctional Officer", iss="2015-10-05",
             agency="California Department of Corrections and Rehabilitation")
tr("00716", "LEO track, corrections cert only, FLETC-BIETP completed", REM,
   "not verified; basic completed", train=[SHORT, ("FLETC-BIETP", "completed")], certs=[_c716],
   emp=[sworn_emp(_c716, "Correctional Officer")], resume="Correctional officer, CDCR.")
tr("00717", "LEO track, no cert, FLETC-BIETP status 'Completed' (capitalised)", REM,
   "completed basic course [value casing]", train=[SHORT, ("FLETC-BIETP", "Completed")])

# -------------------------------------- 008xx overrides ----------------------------------
def ov(det, why):
    return {"determination": det, "reviewer": "j.okoro", "reviewed_on": "2025-01-15",
            "justification": why}


add("00801", "override to VERIFIED_LEO for a hire with no registry record", V,
    "README step 5: overrides replace the determination", "2024-03-18",
    emp=[("Eagle County Sheriff's Office", "Deputy Sheriff", "CO", "2012-04-02", "2024-03-01")],
    override=ov(V, "Colorado POST certificate verified by phone and letter on file"))
_c802 = cert("MN", iss="2014-08-04")
add("00802", "override to RECALL for a hire who would verify", R,
    "README step 5: overrides replace the determination", "2024-03-18", certs=[_c802],
    emp=[sworn_emp(_c802)],
    override=ov(R, "Internal affairs file shows license under investigation at hire"))
add("00803", "override to REMEDIATED for a coverage-gap hire", REM,
    "README step 5: overrides replace the determination", "2024-03-18",
    emp=[("Boise Police Department", "Police Officer", "ID", "2015-01-05", "2024-02-29")],
    override=ov(REM, "Completed state basic academy equivalency; FLETC waiver approved"))
add("00804", "override to RECALL for a blank-DOB lead", R,
    "README step 5: overrides replace the determination", "2024-03-18", hire_dob_blank=True,
    certs=[cert("WI", iss="2013-03-04")], override=ov(R, "Not the same person per HR interview"))

# ------------------------------------ 009xx coverage gaps --------------------------------
def cg(hid, scen, exp, why, emp, certs=(), extra_train=(), resume="", hire="2024-06-24"):
    add(hid, scen, exp, why, hire, emp=emp, certs=certs, extra_train=extra_train, resume=resume)


cg("00901", "claimed Police Officer in ID (registry not loaded), no records", MR,
   "contract: a claimed sworn job in a state whose registry is not loaded -> MANUAL_REVIEW",
   [("Boise Police Department", "Police Officer", "ID", "2016-02-01", "")],
   resume="Police officer, Boise PD, 2016-present.")
cg("00902", "claimed Deputy Sheriff in MN (loaded), no MN record", R,
   "MN is covered and has no record: claim alone never verifies; not a coverage gap",
   [("Hennepin County Sheriff's Office", "Deputy Sheriff", "MN", "2017-05-01", "")])
cg("00903", "claimed Correctional Officer in OH (not loaded)", R,
   "only a *sworn* claim in an unloaded state is a gap; corrections would not verify anyway",
   [("Ohio Department of Rehabilitation and Correction", "Correctional Officer", "OH",
     "2015-09-14", "")])
cg("00904", "claimed Loan Officer in GA (not loaded)", R,
   "other_officer title; never sworn",
   [("First Peach State Bank", "Loan Officer", "GA", "2014-06-02", "")],
   resume="Senior Loan Officer, mortgage origination.")
cg("00905", "claimed Border Patrol Agent (CBP) in AZ, FED registry loaded, no FED record", R,
   "titles.yaml federal_employers: a sworn job at CBP is checked against FED, which is loaded "
   "[contract literal 'state not loaded' could argue review]",
   [("U.S. Customs and Border Protection", "Border Patrol Agent", "AZ", "2016-07-11",
     "2024-05-31")])
_c906 = cert("MN", iss="2019-01-07")
cg("00906", "claimed Police Officer in OH (gap) but qualifying MN cert", V,
   "a qualifying registry record verifies; the gap does not matter",
   [("Columbus Division of Police", "Police Officer", "OH", "2012-03-05", "2018-12-14"),
    sworn_emp(_c906)], certs=[_c906])
cg("00907", "claimed Police Officer in ID (gap) + FLETC-BIETP completed", REM,
   "README step 4: completed basic course -> REMEDIATED (checked before review)",
   [("Boise Police Department", "Police Officer", "ID", "2016-02-01", "")],
   extra_train=BASIC_DONE)
cg("00908", "claimed Police Officer in OH ended 2011, then insurance agent [judgment]", R,
   "even if true the claimed service ended 12+ years before hire (> 3y window): evidence decides",
   [("Dayton Police Department", "Police Officer", "OH", "2005-06-06", "2011-08-31"),
    ("State Farm", "Insurance Agent", "GA", "2011-10-03", "")])
cg("00909", "claimed Police Officer with blank state [judgment]", MR,
   "state unknown (blank = unknown) so coverage cannot be ruled out; no registry record",
   [("Springfield Police Department", "Police Officer", "", "2015-04-06", "")])
cg("00910", "claimed Police Officer in OH; decertifications.csv has an OH row (someone else)", MR,
   "coverage is the sources of the certification files only; OH is not loaded -> review",
   [("Cleveland Division of Police", "Police Officer", "OH", "2014-08-18", "")])
cg("00911", "claimed Police Officer in MN, MN record separated 5 years before", R,
   "covered state, record fails the 3-year window",
   [("Duluth Police Department", "Police Officer", "MN", "2010-03-01", "2019-05-31")],
   certs=[cert("MN", iss="2010-03-01", sep="2019-05-31", status="inactive",
               agency="Duluth Police Department")])
_c913 = cert("TX", "Jailer License", iss="2016-01-11", agency="Harris County Sheriff's Office")
cg("00913", "claimed Police Officer in TX (loaded); TX record is only a jailer licence", R,
   "covered state; the only record is non-sworn",
   [("Houston Police Department", "Police Officer", "TX", "2016-01-11", "")], certs=[_c913])

# --------------------------------- 010xx resume / title text -----------------------------
def rs(hid, scen, exp, why, resume, emp=()):
    add(hid, scen, exp, why, "2024-09-09", resume=resume, emp=list(emp))


rs("01001", "Loan Officer (resume + history in MN), no cert", R,
   "title keywords never verify; other_officer",
   "Loan Officer at North Star Bank. Originated residential mortgages.",
   [("North Star Bank", "Loan Officer", "MN", "2016-04-04", "")])
rs("01002", "Safety Officer (construction), no cert", R, "other_officer; never verifies",
   "Site Safety Officer for a commercial construction firm; OSHA 30 certified.",
   [("Mortenson Construction", "Safety Officer", "WI", "2018-02-05", "")])
rs("01004", "aspirational resume: hoping to become a police officer", R,
   "aspirational; never verifies",
   "Recent criminal justice graduate hoping to become a police officer.",
   [("Target", "Sales Associate", "MN", "2021-06-01", "")])
rs("01005", "resume claims patrol officer at Reno PD, no employment history [judgment]", MR,
   "a sworn job claimed with no registry record and no state on file: a possible coverage gap "
   "(NV not loaded) -> cannot decide",
   "Patrol officer, Reno Police Department, 2016-2023. FTO and DUI enforcement.")

# ----------------------------- 011xx blanks / birth-year registries ----------------------
add("01101", "hire DOB blank; name matches a qualifying MN sworn cert", MR,
    "contract: blank DOB is unknown; a name-only link is a lead -> review", "2024-02-26",
    hire_dob_blank=True, certs=[cert("MN", iss="2014-09-08")])
add("01102", "hire DOB blank; no registry row with the name", R,
    "nothing links; no basic course", "2024-02-26", hire_dob_blank=True,
    emp=[("Securitas", "Security Officer", "MN", "2019-01-07", "")])
add("01103", "hire DOB blank; name matches only a TX jailer licence [judgment]", R,
    "even if it is theirs the record cannot verify (non-sworn) -> evidence decides", "2024-02-26",
    hire_dob_blank=True, certs=[cert("TX", "Jailer License", iss="2015-02-02")])
add("01104", "hire DOB blank; name matches sworn cert; FLETC-BIETP completed", REM,
    "README step 4: completed basic -> REMEDIATED ahead of review", "2024-02-26",
    hire_dob_blank=True, certs=[cert("MN", iss="2014-09-08")], extra_train=BASIC_DONE)
_p = person()
add("01105", "FL birth-year-only row, sworn, year agrees", MR,
    "README: registry row without full birth date whose names agree is a lead -> review",
    "2024-02-26", p=_p, certs=[cert("FL", iss="2013-07-01", birth_year=_p["dob"].year)])
_p = person()
add("01106", "FL birth-year-only sworn row, same name, birth year 20+ years off [judgment]", R,
    "the published birth year contradicts the hire's: not the same person; nothing else",
    "2024-02-26", p=_p, certs=[cert("FL", iss="2013-07-01", birth_year=_p["dob"].year - 23)])
_p = person()
add("01107", "FL birth-year-only 'Correctional' row, year agrees [judgment]", R,
    "even if theirs, corrections never verifies -> evidence decides", "2024-02-26", p=_p,
    certs=[cert("FL", "Correctional", iss="2013-07-01", birth_year=_p["dob"].year)])
_p = person()
add("01108", "FL year-only sworn lead + strong qualifying MN cert", V,
    "MN record verifies; an active (not revoked/suspended) lead does not block (README step 3)",
    "2024-02-26", p=_p, certs=[cert("MN", iss="2015-03-09"),
                              cert("FL", iss="2008-07-01", sep="2015-01-30", status="inactive",
                                   birth_year=_p["dob"].year)])
add("01109", "MN registry row with blank DOB, names agree, sworn", MR,
    "registry row without a birth date -> lead -> review", "2024-02-26",
    certs=[cert("MN", iss="2014-09-08", dob_blank=True)])
add("01110", "registry blank issued_date, active sworn, serving", MR,
    "12-month service cannot be established (blank = unknown, not 'no') -> cannot decide",
    "2024-02-26", certs=[cert("MN", iss="")])
add("01111", "registry blank issued_date, separated 6 years before hire", R,
    "fails the 3-year window whatever the issue date -> decidable", "2024-02-26",
    certs=[cert("MN", iss="", sep="2018-01-05", status="inactive")])
_p = person(middle="Lee")
add("01112", "registry blank agency and blank middle name (hire has one)", V,
    "blank non-key fields are unknown; link on DOB+first+last; qualifies", "2024-02-26", p=_p,
    certs=[cert("MN", iss="2014-09-08", agency="", middle="")])
_p = person()
add("01113", "FL year-only sworn row, year agrees, separated 2012 [judgment]", R,
    "even if theirs it is outside the 3-year window -> evidence decides", "2024-02-26", p=_p,
    certs=[cert("FL", iss="2004-07-01", sep="2012-06-29", status="inactive",
                birth_year=_p["dob"].year)])

# ------------------------------- 012xx light name variants -------------------------------
_p = {"first": "Bob", "last": next(_surnames), "middle": "", "dob": new_dob()}
add("01201", "nickname: hire Bob, registry Robert (rare surname)", V,
    "README: nickname is one allowed variation; qualifying cert", "2024-10-21", p=_p,
    certs=[cert("NY", iss="2012-11-05", first="Robert")])
_p = {"first": "José", "last": "Ibarruri", "middle": "", "dob": new_dob()}
add("01203", "accents: hire José Ibarruri, registry JOSE IBARRURI", V,
    "accents and case allowed; qualifying cert", "2024-10-21", p=_p,
    certs=[cert("CA", iss="2012-11-05", first="JOSE", last="IBARRURI")])
_p = person(middle="Marie")
add("01204", "middle initial in registry (M.)", V, "middle initial allowed; qualifying cert",
    "2024-10-21", p=_p, certs=[cert("TX", iss="2012-11-05", middle="M.")])
_p = {"first": next(_firsts), "last": "Okafor-Lindqvist", "middle": "",
      "dob": new_dob()}
add("01205", "hyphenated surname on hire, one part in registry", V,
    "README: one part of a hyphenated surname is one allowed variation; qualifying cert",
    "2024-10-21", p=_p, certs=[cert("WA", iss="2012-11-05", last="Lindqvist")])

# ----------------------------------------------------------------------------------------
# Materialise tables
# ----------------------------------------------------------------------------------------
def iso(x) -> str:
    if x in ("", None):
        return ""
    return x.isoformat() if isinstance(x, date) else str(x)


def us(x) -> str:
    if x in ("", None):
        return ""
    dd = x if isinstance(x, date) else d(x)
    return dd.strftime("%m/%d/%Y")


hires, training, emp_rows, overrides = [], [], [], []
certs_by_src: dict[str, list[dict]] = {s: [] for s in STATES}
decerts: list[dict] = []
rec_seq = {s: 100000 for s in STATES}


def next_rec(src: str) -> str:
    rec_seq[src] += RNG.randint(1, 9)
    prefix = {"FED": "FED-", "FL": "FL", "TX": "TX-0"}.get(src, src)
    return f"{prefix}{rec_seq[src]:07d}" if src != "TX" else f"TX-{rec_seq[src]:08d}"


test_keys = set()  # (first.lower, last.lower, dob) of test people
for s in SCEN:
    p, hd = s["p"], d(s["hire_date"])
    test_keys.add((p["first"].lower(), p["last"].lower(), p["dob"]))
    hires.append({
        "hire_id": s["hid"], "first_name": p["first"], "middle_name": p["middle"],
        "last_name": p["last"], "suffix": "",
        "date_of_birth": "" if s["dob_blank"] else iso(p["dob"]), "hire_date": iso(hd),
        "position_title": "Deportation Officer", "job_series": "1801",
        "field_office": s["office"], "screening_track": s["track"],
        "screening_basis": "keyword:officer" if s["track"].upper() == "LEO" else "",
        "resume_text": s["resume"],
    })
    for i, (code, status) in enumerate(s["train"]):
        basic = code.startswith("FLETC")
        start = hd + timedelta(days=14 if code == "ERO-LEO-VIRT" else 60 + 150 * i)
        end = start + timedelta(days=28 if code == "ERO-LEO-VIRT" else 130)
        title = {"ERO-LEO-VIRT": "ERO LEO Virtual Transition Course",
                 "FLETC-BIETP": "Basic Immigration Enforcement Training Program",
                 "FLETC-CITP": "Criminal Investigator Training Program"}[code]
        training.append({
            "hire_id": s["hid"], "course_code": code, "course_title": title,
            "delivery": "in_person" if basic else "online", "start_date": iso(start),
            "end_date": iso(end) if status.lower() in ("completed", "failed", "withdrawn") else "",
            "status": status,
        })
    for (employer, title, stt, sd, ed) in s["emp"]:
        emp_rows.append({"hire_id": s["hid"], "employer": employer, "title": title, "state": stt,
                         "start_date": sd, "end_date": ed})
    for c in s["certs"]:
        first = c.get("first", p["first"])
        last = c.get("last", p["last"])
        middle = c.get("middle", p["middle"])
        if c.get("upper"):
            first, last, middle = first.upper(), last.upper(), middle.upper()
        row = {"record_id": next_rec(c["src"]), "source": c["src"], "first_name": first,
               "middle_name": middle, "last_name": last,
               "dob": "" if c.get("dob_blank") else p["dob"],
               "birth_year": c.get("birth_year", p["dob"].year),
               "certification_type": c["type"], "status": c["status"], "issued_date": c["iss"],
               "separation_date": c["sep"], "agency": c["agency"], "_test": s["hid"]}
        certs_by_src[c["src"]].append(row)
    for x in s["decerts"]:
        decerts.append({"record_id": f"D-{x['src']}-{len(decerts) + 5001}", "source": x["src"],
                        "first_name": p["first"], "last_name": p["last"],
                        "date_of_birth": iso(x.get("dob", p["dob"])), "action": x["action"],
                        "action_date": x["when"], "reason": x["reason"]})
    if s["override"]:
        overrides.append({"hire_id": s["hid"], **s["override"]})

# Sanity on pools
assert len({h["hire_id"] for h in hires}) == len(hires)
test_last = {s["p"]["last"].lower() for s in SCEN} | {"lindqvist"}
test_first = {s["p"]["first"].lower() for s in SCEN} | {"robert", "jose"}
assert not test_last & {x.lower() for x in BG_SURNAMES}
assert not test_last & {x.lower() for x in BG_FIRST}
assert not test_first & {x.lower() for x in BG_SURNAMES}
test_dobs = {s["p"]["dob"] for s in SCEN}

# ------------------------------------ background registry --------------------------------
def bg_dob() -> date:
    while True:
        x = date(RNG.randint(1955, 1999), RNG.randint(1, 12), RNG.randint(1, 28))
        # no shared birth date (nor its day/month swap) with any test person
        sw = date(x.year, x.day, x.month) if x.day <= 12 else None
        if x not in test_dobs and sw not in test_dobs:
            return x


bg_people = []
for _ in range(330):
    bg_people.append({"first": RNG.choice(BG_FIRST), "last": RNG.choice(BG_SURNAMES),
                      "middle": RNG.choice(["", "", "A", "J", "Lee", "Marie", "R", "Ann", "D"]),
                      "dob": bg_dob()})
bg_keys = set()
for bp in bg_people:
    k = (bp["first"].lower(), bp["last"].lower(), bp["dob"])
    assert k not in test_keys
    bg_keys.add(k)

BG_STATUS = ["active"] * 6 + ["inactive"] * 3 + ["lapsed", "revoked", "suspended"]
for i, bp in enumerate(bg_people):
    n_certs = 1 if RNG.random() < 0.8 else 2
    for _ in range(n_certs):
        src = RNG.choice(STATES)
        start = date(min(max(bp["dob"].year + 21, 1980), 2022), 1, 1)
        room = (date(2024, 6, 1) - start).days
        iss = start + timedelta(days=RNG.randint(0, min(6000, room)))
        status = RNG.choice(BG_STATUS)
        sep = ""
        if status != "active":
            room = (date(2025, 1, 31) - iss).days
            sep = iso(iss + timedelta(days=RNG.randint(min(90, room), min(5000, room))))
        certs_by_src[src].append({
            "record_id": next_rec(src), "source": src, "first_name": bp["first"],
            "middle_name": bp["middle"], "last_name": bp["last"],
            "dob": "" if RNG.random() < 0.03 else bp["dob"], "birth_year": bp["dob"].year,
            "certification_type": RNG.choice(BG_TYPES[src]), "status": status,
            "issued_date": iso(iss), "separation_date": sep,
            "agency": RNG.choice(AGENCY[src]) if RNG.random() > 0.04 else "", "_test": ""})
    if RNG.random() < 0.1:
        decerts.append({"record_id": f"D-BG-{len(decerts) + 5001}",
                        "source": RNG.choice(["MN", "TX", "CA", "WI", "NY", "WA", "OH", "GA"]),
                        "first_name": bp["first"], "last_name": bp["last"],
                        "date_of_birth": iso(bp["dob"]),
                        "action": RNG.choice(["revoked", "suspended", "surrendered"]),
                        "action_date": iso(date(2005, 1, 1) + timedelta(days=RNG.randint(0, 7000))),
                        "reason": RNG.choice(["Misconduct", "Criminal conviction",
                                              "Failure to meet training standards",
                                              "Untruthfulness", "Excessive force"])})
# Guarantee an OH decertification row exists (scenario 00910): a background person.
decerts.append({"record_id": "D-OH-9001", "source": "OH", "first_name": bg_people[0]["first"],
                "last_name": bg_people[0]["last"], "date_of_birth": iso(bg_people[0]["dob"]),
                "action": "revoked", "action_date": "2019-06-12", "reason": "Criminal conviction"})

# ------------------------------------------ write ----------------------------------------
def write(name: str, rows: list[dict], cols: list[str]) -> None:
    df = pd.DataFrame(rows, columns=cols).fillna("")
    df.to_csv(os.path.join(HERE, name), index=False, lineterminator="\n")


write("hires.csv", hires, ["hire_id", "first_name", "middle_name", "last_name", "suffix",
                           "date_of_birth", "hire_date", "position_title", "job_series",
                           "field_office", "screening_track", "screening_basis", "resume_text"])
write("training.csv", training, ["hire_id", "course_code", "course_title", "delivery",
                                 "start_date", "end_date", "status"])
write("employment_history.csv", emp_rows, ["hire_id", "employer", "title", "state",
                                           "start_date", "end_date"])
write("overrides.csv", overrides, ["hire_id", "determination", "reviewer", "reviewed_on",
                                   "justification"])
write("decertifications.csv", decerts, ["record_id", "source", "first_name", "last_name",
                                        "date_of_birth", "action", "action_date", "reason"])

for src, rows in certs_by_src.items():
    rows = sorted(rows, key=lambda r: r["record_id"])
    RNG.shuffle(rows)
    out = []
    for r in rows:
        if src == "TX":  # Texas extract: alias headers and US dates
            out.append({"record_id": r["record_id"], "source": "TX", "first_name": r["first_name"],
                        "middle_name": r["middle_name"], "surname": r["last_name"],
                        "dob": us(r["dob"]), "cert_type": r["certification_type"],
                        "status": r["status"], "issue_date": us(r["issued_date"]),
                        "sep_date": us(r["separation_date"]), "agency_name": r["agency"]})
        elif src == "FL":  # Florida publishes birth year only
            out.append({"record_id": r["record_id"], "source": "FL", "first_name": r["first_name"],
                        "middle_name": r["middle_name"], "last_name": r["last_name"],
                        "birth_year": r["birth_year"],
                        "certification_type": r["certification_type"], "status": r["status"],
                        "issued_date": r["issued_date"], "separation_date": r["separation_date"],
                        "agency": r["agency"]})
        else:
            out.append({"record_id": r["record_id"], "source": src, "first_name": r["first_name"],
                        "middle_name": r["middle_name"], "last_name": r["last_name"],
                        "date_of_birth": iso(r["dob"]),
                        "certification_type": r["certification_type"], "status": r["status"],
                        "issued_date": r["issued_date"], "separation_date": r["separation_date"],
                        "agency": r["agency"]})
    pd.DataFrame(out).fillna("").to_csv(os.path.join(HERE, f"certifications_{src.lower()}.csv"),
                                        index=False, lineterminator="\n")

# Blind labels: written once, then frozen.
exp_path = os.path.join(HERE, "expected_before_run.csv")
if not os.path.exists(exp_path):
    with open(exp_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["hire_id", "expected_determination", "scenario", "rationale"])
        for s in SCEN:
            w.writerow([s["hid"], s["expected"], s["scenario"], s["why"]])

n_reg = sum(len(v) for v in certs_by_src.values())
print(f"hires={len(hires)} registry_rows={n_reg} decerts={len(decerts)} "
      f"training={len(training)} emp={len(emp_rows)} overrides={len(overrides)}")
