#!/usr/bin/env python3
"""Blind test set "resumes_real" for leo-audit (data contract v1).

    python make.py --out DIR        writes the data folder DIR (hires.csv with long resumes,
                                    training.csv, certifications_*.csv, decertifications.csv,
                                    employment_history.csv for some hires)
and writes expected.csv next to this script; expected_before_run.csv is written only if it
does not exist yet (it is frozen; see FROZEN.sha256).

Registry coverage (set of `source` values): TX CA NY FL VA IL FED.
Everything else (AZ OK ID NV CO GA WA OR OH PA TN MI MO LA NM NC DC ...) is NOT covered.

Deterministic: fixed seed, no clock.
"""
import argparse
import csv
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from resume_lib import Resume, GENRES  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240611
rng = random.Random(SEED)

HIRE_COLS = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
             "hire_date", "position_title", "job_series", "field_office", "screening_track",
             "screening_basis", "resume_text"]
TRAIN_COLS = ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"]
HIST_COLS = ["hire_id", "employer", "title", "state", "start_date", "end_date"]
CERT_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
             "certification_type", "status", "issued_date", "separation_date", "agency"]
DECERT_COLS = ["record_id", "source", "first_name", "last_name", "date_of_birth", "action",
               "action_date", "reason"]

COVERED = ["TX", "CA", "NY", "FL", "VA", "IL", "FED"]

CITIES = {  # city -> (state, zip, area code)
    "Houston": ("TX", "77002", "713"), "Dallas": ("TX", "75201", "214"), "Austin": ("TX", "78701", "512"),
    "San Antonio": ("TX", "78205", "210"), "El Paso": ("TX", "79901", "915"), "Laredo": ("TX", "78040", "956"),
    "Lubbock": ("TX", "79401", "806"), "Fort Worth": ("TX", "76102", "817"), "Corpus Christi": ("TX", "78401", "361"),
    "Los Angeles": ("CA", "90012", "213"), "San Diego": ("CA", "92101", "619"), "Fresno": ("CA", "93721", "559"),
    "Sacramento": ("CA", "95814", "916"), "Barstow": ("CA", "92311", "760"), "Oakland": ("CA", "94612", "510"),
    "Buffalo": ("NY", "14202", "716"), "Albany": ("NY", "12207", "518"), "Brooklyn": ("NY", "11201", "718"),
    "Rochester": ("NY", "14614", "585"), "Miami": ("FL", "33130", "305"), "Tampa": ("FL", "33602", "813"),
    "Orlando": ("FL", "32801", "407"), "Jacksonville": ("FL", "32202", "904"),
    "Fairfax": ("VA", "22030", "703"), "Richmond": ("VA", "23219", "804"), "Virginia Beach": ("VA", "23451", "757"),
    "Chicago": ("IL", "60602", "312"), "Naperville": ("IL", "60540", "630"), "Springfield": ("IL", "62701", "217"),
    "Tulsa": ("OK", "74103", "918"), "Oklahoma City": ("OK", "73102", "405"), "Boise": ("ID", "83702", "208"),
    "Phoenix": ("AZ", "85004", "602"), "Tucson": ("AZ", "85701", "520"), "Mesa": ("AZ", "85201", "480"),
    "Flagstaff": ("AZ", "86001", "928"), "Las Vegas": ("NV", "89101", "702"), "Denver": ("CO", "80202", "303"),
    "Atlanta": ("GA", "30303", "404"), "Seattle": ("WA", "98104", "206"), "Spokane": ("WA", "99201", "509"),
    "Portland": ("OR", "97204", "503"), "Columbus": ("OH", "43215", "614"), "Philadelphia": ("PA", "19107", "215"),
    "Pittsburgh": ("PA", "15219", "412"), "Nashville": ("TN", "37219", "615"), "Memphis": ("TN", "38103", "901"),
    "Detroit": ("MI", "48226", "313"), "Kansas City": ("MO", "64106", "816"), "Shreveport": ("LA", "71101", "318"),
    "Albuquerque": ("NM", "87102", "505"), "Durham": ("NC", "27701", "919"), "Charlotte": ("NC", "28202", "704"),
    "Branson": ("MO", "65616", "417"), "Washington": ("DC", "20001", "202"), "Colorado Springs": ("CO", "80903", "719"),
    "Window Rock": ("AZ", "86515", "928"), "Beaumont": ("TX", "77701", "409"), "Killeen": ("TX", "76541", "254"),
}
STREETS = ["Oak St", "Maple Ave", "W 5th St", "Cedar Ln", "Elm Dr", "Pine Ridge Rd", "S Main St",
           "Lakeview Blvd", "Willow Ct", "N Central Ave", "Sunset Dr", "Park Pl", "Ridgecrest Way"]

FIRST_M = ["James", "Michael", "David", "Daniel", "Christopher", "Matthew", "Anthony", "Joshua", "Andrew",
           "Ryan", "Brandon", "Justin", "Kevin", "Jason", "Eric", "Steven", "Timothy", "Marcus", "Derek",
           "Luis", "Carlos", "Miguel", "Tyler", "Nathan", "Aaron", "Adam", "Travis", "Cody", "Dustin",
           "Terrence", "Darnell", "Hector", "Raul", "Kyle", "Sean", "Patrick", "Gregory", "Trevor", "Isaac"]
FIRST_F = ["Jessica", "Ashley", "Amanda", "Sarah", "Jennifer", "Stephanie", "Nicole", "Melissa", "Rachel",
           "Lauren", "Megan", "Brittany", "Danielle", "Crystal", "Vanessa", "Monica", "Tiffany", "Erica",
           "Latoya", "Kimberly", "Alicia", "Yesenia", "Rebecca", "Heather", "Kristen", "Andrea", "Tanisha",
           "Courtney", "Natalie", "Veronica", "Gabriela", "Shannon", "Leah", "Renee", "Dominique"]
LASTS = ["Alvarez", "Brennan", "Caldwell", "Dawson", "Ellison", "Fuentes", "Galloway", "Hargrove",
         "Ingram", "Jimenez", "Kessler", "Lambert", "Maldonado", "Nash", "Ochoa", "Prescott", "Quintero",
         "Rasmussen", "Salazar", "Thornton", "Underwood", "Valdez", "Whitaker", "Yates", "Zamora",
         "Ashford", "Beckett", "Cordova", "Delacroix", "Espinoza", "Fitzgerald", "Guerrero", "Holloway",
         "Iverson", "Jennings", "Kendrick", "Lowery", "Mercado", "Norwood", "Oyelaran", "Pacheco",
         "Rutherford", "Sandoval", "Tillman", "Vargas", "Winslow", "Youngblood", "Zielinski", "Bautista",
         "Crenshaw", "Dominguez", "Eberhardt", "Fairbanks", "Greer", "Hutchins", "Ibarra", "Jeffries",
         "Kowalski", "Lindgren", "McAllister", "Nakamura", "Okafor", "Pruitt", "Renfro", "Stanfield",
         "Trujillo", "Villanueva", "Wardell", "Abernathy", "Blackwell", "Castellanos", "Driscoll",
         "Estrada", "Forsythe", "Gutierrez", "Haddad", "Ishikawa", "Jorgensen", "Kirkland", "Laramie",
         "Montoya", "Nieves", "Orozco", "Pemberton", "Quigley", "Rosales", "Schaefer", "Tremblay",
         "Urquhart", "Vasquez", "Weatherby", "Ybarra", "Zuniga", "Bancroft", "Coleridge", "Dunleavy",
         "Escobedo", "Fenwick", "Granados", "Halvorsen", "Iglesias", "Juarez", "Kavanagh", "Ledesma",
         "Mayfield", "Navarro", "Ostrowski", "Pettigrew", "Redmond", "Sorensen", "Tolliver", "Upshaw",
         "Voss", "Wexler", "Yamamoto", "Zavala", "Arceneaux", "Bridgewater", "Carmichael", "Delgado",
         "Easterling", "Frierson", "Garrity", "Hollister", "Irizarry", "Jamison", "Kilgore", "Lockhart",
         "Merriweather", "Newcomb", "Oliphant", "Pendergast", "Rountree", "Sutherland", "Tabor",
         "Vandermeer", "Westbrook", "Yoder", "Ziegler", "Ambrose", "Bustamante", "Covington", "Dorsey",
         "Ellsworth", "Faulkner", "Gallardo", "Hendricks", "Isaacson", "Kincaid", "Langford", "Medina",
         "Northcutt", "Ogletree", "Pinkston", "Radcliffe", "Sheffield", "Treadwell", "Valentine", "Whitlock"]
FILL_LASTS = ["Pemberly", "Quackenbush", "Rookwood", "Stallworth", "Thistlewood", "Umberger",
              "Vollmer", "Wendling", "Yancey", "Zollinger", "Ashcombe", "Birdsall", "Cottingham",
              "Dalrymple", "Elderkin", "Fothergill", "Gudmundson", "Hochstetler", "Ickes", "Janeway",
              "Kettleborough", "Lamoreaux", "Mattingly", "Nussbaum", "Osterhout", "Pickering",
              "Rathbone", "Slattery", "Tunstall", "Uhlman"]

POSITIONS = [("Deportation Officer", "1801", "Phoenix"), ("Deportation Officer", "1801", "Dallas"),
             ("Deportation Officer", "1801", "Chicago"), ("Deportation Officer", "1801", "Atlanta"),
             ("Immigration Enforcement Agent", "1801", "Houston"), ("Deportation Officer", "1801", "Seattle"),
             ("Deportation Officer", "1801", "New York City"), ("Immigration Enforcement Agent", "1801", "Miami"),
             ("Deportation Officer", "1801", "San Antonio"), ("Deportation Officer", "1801", "Denver")]

SHORT = ("ERO-LEO-VIRT", "ERO Law Enforcement Officer Virtual Track", "online")
BASIC = ("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person")


def J(kind, title, employer, loc, start, end=None, **kw):
    return dict(kind=kind, title=title, employer=employer, loc=loc, start=start, end=end, **kw)


def R(source, ctype, status, issued, sep, agency, **kw):
    return dict(source=source, ctype=ctype, status=status, issued=issued, sep=sep, agency=agency, **kw)


CASES = []


def C(cid, expected, case, why, jobs, **kw):
    CASES.append(dict(id=cid, expected=expected, case=case, why=why, jobs=jobs, **kw))


NOREG = "covered state, no registry record links to this person -> not verified -> RECALL"
GAP = "claimed sworn job in a state whose registry is not loaded -> MANUAL_REVIEW (contract)"
NONSWORN = "'officer' job is not a sworn full-powers LEO job; no registry record -> RECALL"
TRAP = "police agency is only mentioned (not a job held); no sworn claim, no registry record -> RECALL"
OLDGAP = ("uncovered-state sworn claim, but by the resume's own dates it could not verify even if the "
          "registry were loaded ({}) -> RECALL; MANUAL_REVIEW defensible under the literal coverage-gap clause")

# =========================================================================================
# V: verified through a linked registry record (resume genre/abbreviation varies)
# =========================================================================================
C("RR001", "VERIFIED_LEO", "v_tx_houston", "TX Peace Officer active since 2014, links exactly",
  [J("police", "Police Officer II", "Houston Police Department", "Houston, TX", "2014-01")],
  hire="2023-04-17", reg=[R("TX", "Peace Officer", "active", "2014-06-20", "", "Houston Police Department")],
  hist=[("Houston Police Department", "Police Officer II", "TX", "2014-01-06", "")],
  genre="chrono")
C("RR002", "VERIFIED_LEO", "v_ca_lasd", "CA Deputy Sheriff active, links",
  [J("deputy", "Deputy Sheriff", "Los Angeles County Sheriff's Department", "Los Angeles, CA", "2012-07"),
   J("retail", "Assistant Store Manager", "Target Corporation", "Oakland, CA", "2009-05", "2012-06")],
  hire="2022-10-03", reg=[R("CA", "Deputy Sheriff", "active", "2013-01-14", "", "Los Angeles County Sheriff's Department")],
  genre="usajobs")
C("RR003", "VERIFIED_LEO", "v_ny_trooper", "NY State Trooper active, links",
  [J("trooper", "State Trooper", "New York State Police", "Albany, NY", "2016-03")],
  hire="2023-08-14", reg=[R("NY", "State Trooper", "active", "2016-09-02", "", "New York State Police")],
  genre="linkedin")
C("RR004", "VERIFIED_LEO", "v_fl_separated_7mo", "FL Police Officer inactive, separated 2022-06-30, hire 2023-02-06 (7 months) -> within 3y",
  [J("police", "Police Officer", "Miami-Dade Police Department", "Miami, FL", "2011-02", "2022-06"),
   J("investigator", "SIU Investigator", "Citizens Property Insurance", "Tampa, FL", "2022-07")],
  hire="2023-02-06", reg=[R("FL", "Police Officer", "inactive", "2011-08-01", "2022-06-30", "Miami-Dade Police Department")],
  genre="cover")
C("RR005", "VERIFIED_LEO", "v_va_fairfax_pdf", "VA Police Officer active, links; resume is PDF paste",
  [J("police", "Police Officer First Class", "Fairfax County Police Department", "Fairfax, VA", "2015-05")],
  hire="2023-01-23", reg=[R("VA", "Police Officer", "active", "2015-11-06", "", "Fairfax County Police Department")],
  genre="pdf")
C("RR006", "VERIFIED_LEO", "v_il_chicago_functional", "IL Police Officer active, links; functional resume",
  [J("police", "Police Officer", "Chicago Police Department", "Chicago, IL", "2013-09")],
  hire="2023-06-05", reg=[R("IL", "Police Officer", "active", "2014-03-01", "", "Chicago Police Department")],
  genre="functional")
C("RR007", "VERIFIED_LEO", "v_lapd_abbrev", "CA Peace Officer active (LAPD); resume only says LAPD",
  [J("police", "Police Officer III", "LAPD", "", "2010-04")],
  hire="2022-07-11", reg=[R("CA", "Peace Officer", "active", "2010-10-15", "", "Los Angeles Police Department")],
  genre="chrono", home="Los Angeles")
C("RR008", "VERIFIED_LEO", "v_nypd_abbrev", "NY Police Officer active (NYPD abbreviation only)",
  [J("police", "Police Officer", "NYPD", "", "2015-07")],
  hire="2023-11-06", reg=[R("NY", "Police Officer", "active", "2016-01-04", "", "New York City Police Department")],
  genre="linkedin", home="Brooklyn")
C("RR009", "VERIFIED_LEO", "v_chp_abbrev", "CA Peace Officer, California Highway Patrol; resume says 'Officer, CHP'",
  [J("trooper", "Officer", "CHP — Barstow Area", "", "2017-02")],
  hire="2023-03-27", reg=[R("CA", "Peace Officer", "active", "2017-08-11", "", "California Highway Patrol")],
  genre="pdf", home="Barstow")
C("RR010", "VERIFIED_LEO", "v_fed_bpa", "FED Federal Law Enforcement Officer (USBP) active, links",
  [J("bp", "Border Patrol Agent (GS-1896-12)", "U.S. Customs and Border Protection, U.S. Border Patrol, Laredo Sector", "Laredo, TX", "2015-06", series="1896")],
  hire="2023-05-22", reg=[R("FED", "Federal Law Enforcement Officer", "active", "2015-06-08", "", "U.S. Border Patrol")],
  genre="usajobs", fedstatus="Yes")
C("RR011", "VERIFIED_LEO", "v_fed_dusm", "FED 'Deputy United States Marshal' active, links",
  [J("dusm", "Deputy U.S. Marshal", "United States Marshals Service, Western District of Oklahoma", "Oklahoma City, OK", "2017-01")],
  hire="2023-09-18", reg=[R("FED", "Deputy United States Marshal", "active", "2017-01-09", "", "U.S. Marshals Service")],
  genre="chrono")
C("RR012", "VERIFIED_LEO", "v_fed_fbi_cover", "FED Special Agent (FBI) active, links; cover letter",
  [J("fedsa", "Special Agent", "Federal Bureau of Investigation, Denver Field Office", "Denver, CO", "2014-08")],
  hire="2022-12-05", reg=[R("FED", "Special Agent", "active", "2014-08-25", "", "Federal Bureau of Investigation")],
  genre="cover")
C("RR013", "VERIFIED_LEO", "v_fed_cbpo", "FED Federal Law Enforcement Officer (CBP OFO) active, links",
  [J("cbpo", "CBP Officer", "U.S. Customs and Border Protection, Office of Field Operations", "Seattle, WA", "2016-10")],
  hire="2023-07-10", reg=[R("FED", "Federal Law Enforcement Officer", "active", "2016-10-17", "", "U.S. Customs and Border Protection")],
  genre="linkedin")
C("RR014", "VERIFIED_LEO", "v_nickname", "hire William, registry 'Bill', same DOB; TX Peace Officer active",
  [J("police", "Senior Corporal", "Dallas Police Department", "Dallas, TX", "2012-03")],
  hire="2023-02-13", person=dict(first="William", display_first="Bill", last="Harlan"),
  reg=[R("TX", "Peace Officer", "active", "2012-09-07", "", "Dallas Police Department", first="Bill")],
  genre="chrono")
C("RR015", "VERIFIED_LEO", "v_diacritics", "hire José Peña, registry Jose Pena, same DOB; CA Peace Officer active",
  [J("police", "Police Officer II", "San Diego Police Department", "San Diego, CA", "2016-01")],
  hire="2023-10-02", person=dict(first="José", last="Peña"),
  reg=[R("CA", "Peace Officer", "active", "2016-06-30", "", "San Diego Police Department", first="Jose", last="Pena")],
  genre="linkedin")
C("RR016", "VERIFIED_LEO", "v_hyphenated", "hire Gonzalez-Ruiz, registry Gonzalez, same DOB; FL Deputy Sheriff active",
  [J("deputy", "Deputy Sheriff", "Orange County Sheriff's Office", "Orlando, FL", "2014-04")],
  hire="2023-03-06", person=dict(first="Alicia", last="Gonzalez-Ruiz"),
  reg=[R("FL", "Deputy Sheriff", "active", "2014-10-01", "", "Orange County Sheriff's Office", last="Gonzalez")],
  genre="usajobs")
C("RR017", "VERIFIED_LEO", "v_typo", "hire Jonathan, registry Jonathon, same DOB; IL Police Officer active",
  [J("police", "Police Officer", "Cook County Sheriff's Police Department", "Chicago, IL", "2013-05")],
  hire="2022-09-12", person=dict(first="Jonathan", last="Kowalczyk"),
  reg=[R("IL", "Police Officer", "active", "2013-11-15", "", "Cook County Sheriff's Police", first="Jonathon")],
  genre="pdf")
C("RR018", "VERIFIED_LEO", "v_suffix", "hire Whitfield Jr., registry Whitfield (no suffix), same DOB; VA State Trooper active",
  [J("trooper", "Trooper", "Virginia State Police", "Richmond, VA", "2011-08")],
  hire="2023-04-03", person=dict(first="Robert", middle="James", last="Whitfield", suffix="Jr."),
  reg=[R("VA", "State Trooper", "active", "2012-02-03", "", "Virginia State Police")],
  genre="functional")
C("RR019", "VERIFIED_LEO", "v_sep_2y8m", "TX Peace Officer separated 2020-09-30, hire 2023-06-05 (2y8m) -> within 3y",
  [J("lp", "Regional Loss Prevention Manager", "H-E-B", "San Antonio, TX", "2020-10"),
   J("police", "Police Officer", "San Antonio Police Department", "San Antonio, TX", "2010-01", "2020-09")],
  hire="2023-06-05", reg=[R("TX", "Peace Officer", "inactive", "2010-07-16", "2020-09-30", "San Antonio Police Department")],
  genre="chrono", date_style="mon")
C("RR020", "VERIFIED_LEO", "v_ny_inactive_1y", "NY Police Officer inactive, separated 2022-03-18, hire 2023-03-13",
  [J("admin", "Operations Coordinator", "Catholic Health", "Buffalo, NY", "2022-04"),
   J("police", "Police Officer", "Buffalo Police Department", "Buffalo, NY", "2012-02", "2022-03")],
  hire="2023-03-13", reg=[R("NY", "Police Officer", "inactive", "2012-08-01", "2022-03-18", "Buffalo Police Department")],
  genre="linkedin")
C("RR021", "VERIFIED_LEO", "v_fl_lapsed", "FL status 'lapsed' (not revoked/suspended), separated 2022-01-15, hire 2023-09-11 (1y8m)",
  [J("police", "Police Officer", "Jacksonville Sheriff's Office", "Jacksonville, FL", "2015-03", "2022-01"),
   J("security", "Security Operations Supervisor", "Mayo Clinic", "Jacksonville, FL", "2022-02")],
  hire="2023-09-11", reg=[R("FL", "Police Officer", "lapsed", "2015-09-04", "2022-01-15", "Jacksonville Sheriff's Office")],
  genre="pdf")
C("RR022", "VERIFIED_LEO", "v_tx_plus_uncovered_az", "TX Peace Officer active verifies; earlier Phoenix PD (AZ, uncovered) is irrelevant once verified",
  [J("police", "Police Officer", "Austin Police Department", "Austin, TX", "2013-06"),
   J("police", "Police Officer", "Phoenix Police Department", "Phoenix, AZ", "2008-02", "2013-05")],
  hire="2023-01-09", reg=[R("TX", "Peace Officer", "active", "2013-12-13", "", "Austin Police Department")],
  hist=[("Austin Police Department", "Police Officer", "TX", "2013-06-03", ""),
        ("Phoenix Police Department", "Police Officer", "AZ", "2008-02-11", "2013-05-24")],
  genre="chrono")
C("RR023", "VERIFIED_LEO", "v_plus_basic", "TX Peace Officer (Harris County SO) active verifies; basic also completed -> still VERIFIED_LEO",
  [J("deputy", "Deputy", "Harris County Sheriff's Office", "Houston, TX", "2014-09")],
  hire="2022-11-07", reg=[R("TX", "Peace Officer", "active", "2015-03-20", "", "Harris County Sheriff's Office")],
  train="short+basic_done", genre="usajobs")
C("RR024", "VERIFIED_LEO", "v_corrections_to_police_tx", "TX registry: Correctional Officer 2010 and Peace Officer 2014 active -> verified by the Peace Officer record",
  [J("police", "Police Officer", "Fort Worth Police Department", "Fort Worth, TX", "2014-02"),
   J("corrections", "Correctional Officer IV", "Texas Department of Criminal Justice", "Beaumont, TX", "2010-03", "2014-01")],
  hire="2023-05-08", reg=[R("TX", "Correctional Officer", "inactive", "2010-05-01", "2014-01-31", "Texas Department of Criminal Justice"),
                          R("TX", "Peace Officer", "active", "2014-08-22", "", "Fort Worth Police Department")],
  genre="chrono")
C("RR025", "VERIFIED_LEO", "v_loan_officer_resume_but_registry", "resume is a loan officer's, but a TX Peace Officer record (constable, active) links: registry decides",
  [J("loan", "Senior Mortgage Loan Officer (NMLS #1184420)", "Guild Mortgage", "Austin, TX", "2016-04"),
   J("loan", "Loan Officer Assistant", "Wells Fargo Home Mortgage", "Austin, TX", "2013-01", "2016-03")],
  hire="2023-08-28", reg=[R("TX", "Peace Officer", "active", "2018-02-01", "", "Travis County Constable Precinct 3")],
  genre="linkedin")
C("RR026", "VERIFIED_LEO", "v_deputy_constable", "TX Peace Officer active (Harris Co. Constable Pct 4)",
  [J("deputy", "Deputy Constable", "Harris County Constable's Office, Precinct 4", "Houston, TX", "2016-05")],
  hire="2023-01-30", reg=[R("TX", "Peace Officer", "active", "2016-10-14", "", "Harris County Constable Precinct 4")],
  genre="functional")
C("RR027", "VERIFIED_LEO", "v_game_warden", "TX Peace Officer active (Texas Parks & Wildlife game warden)",
  [J("ranger", "State Game Warden", "Texas Parks and Wildlife Department", "Lubbock, TX", "2015-08")],
  hire="2022-08-22", reg=[R("TX", "Peace Officer", "active", "2015-12-18", "", "Texas Parks and Wildlife Department")],
  genre="cover")
C("RR028", "VERIFIED_LEO", "v_fed_hsi_ci", "FED 'Criminal Investigator' (1811, HSI) active -> federal LEO",
  [J("fedsa", "Special Agent (Criminal Investigator, GS-1811-13)", "Homeland Security Investigations", "Atlanta, GA", "2012-11", series="1811")],
  hire="2023-02-27", reg=[R("FED", "Criminal Investigator", "active", "2012-11-26", "", "Homeland Security Investigations")],
  genre="usajobs", fedstatus="Yes")
C("RR029", "VERIFIED_LEO", "v_14_months", "VA Police Officer issued 2022-01-10, still serving, hire 2023-03-20 (14 months >= 12)",
  [J("police", "Police Officer", "Richmond Police Department", "Richmond, VA", "2021-08"),
   J("retail", "Shift Manager", "Wawa", "Richmond, VA", "2017-06", "2021-07")],
  hire="2023-03-20", reg=[R("VA", "Police Officer", "active", "2022-01-10", "", "Richmond Police Department")],
  genre="chrono")
C("RR030", "VERIFIED_LEO", "v_fed_dea_separated", "FED Special Agent (DEA) separated 2021-12-31, hire 2023-10-02 (1y9m)",
  [J("investigator", "Director of Investigations", "Kroll", "Dallas, TX", "2022-01"),
   J("fedsa", "Special Agent", "Drug Enforcement Administration", "Dallas, TX", "2009-04", "2021-12")],
  hire="2023-10-02", reg=[R("FED", "Special Agent", "inactive", "2009-04-13", "2021-12-31", "Drug Enforcement Administration")],
  genre="linkedin")
C("RR031", "VERIFIED_LEO", "v_il_isp_pdf", "IL State Trooper active",
  [J("trooper", "Trooper", "Illinois State Police, District 9", "Springfield, IL", "2014-01")],
  hire="2023-06-26", reg=[R("IL", "State Trooper", "active", "2014-06-01", "", "Illinois State Police")],
  genre="pdf")
C("RR032", "VERIFIED_LEO", "v_campus_sworn_tx", "TX Peace Officer active (UT Austin PD, sworn campus police)",
  [J("police", "Police Officer", "The University of Texas at Austin Police Department", "Austin, TX", "2017-06")],
  hire="2023-12-04", reg=[R("TX", "Peace Officer", "active", "2017-11-17", "", "University of Texas at Austin Police Department")],
  genre="chrono")
C("RR033", "VERIFIED_LEO", "v_ca_sep_2y10m", "CA Peace Officer separated 2020-01-15, hire 2022-11-14 (2y10m) -> within CA's 3-year window",
  [J("teacher", "Teacher", "Elk Grove Unified School District", "Sacramento, CA", "2020-08"),
   J("police", "Police Officer", "Sacramento Police Department", "Sacramento, CA", "2012-03", "2020-01")],
  hire="2022-11-14", reg=[R("CA", "Peace Officer", "inactive", "2012-09-21", "2020-01-15", "Sacramento Police Department")],
  genre="chrono", date_style="mm")
C("RR034", "VERIFIED_LEO", "v_decert_after_hire", "VA Police Officer active at hire; decertification dated 2024-02-09 is AFTER hire 2023-06-12 -> does not count",
  [J("police", "Police Officer", "Virginia Beach Police Department", "Virginia Beach, VA", "2016-02")],
  hire="2023-06-12", reg=[R("VA", "Police Officer", "active", "2016-08-05", "", "Virginia Beach Police Department")],
  decert=[("VA", "revoked", "2024-02-09", "Misconduct (post-employment finding)")], genre="usajobs")
C("RR035", "VERIFIED_LEO", "v_fed_oig", "FED Federal Law Enforcement Officer (OIG Special Agent) active",
  [J("fedsa", "Special Agent", "U.S. Department of Health and Human Services, Office of Inspector General", "Miami, FL", "2015-03")],
  hire="2023-04-24", reg=[R("FED", "Federal Law Enforcement Officer", "active", "2015-03-16", "", "HHS Office of Inspector General")],
  genre="cover")

# =========================================================================================
# C: sworn claim in a COVERED state (or federal, FED loaded), no registry record -> RECALL
# =========================================================================================
C("RR040", "RECALL", "c_tx_dallas_noreg", NOREG,
  [J("police", "Police Officer", "Dallas Police Department", "Dallas, TX", "2017-03")], hire="2023-05-15", genre="chrono", train="none")
C("RR041", "RECALL", "c_ca_lasd_noreg", NOREG,
  [J("deputy", "Deputy Sheriff Generalist", "Los Angeles County Sheriff's Department", "Los Angeles, CA", "2015-01", "2022-11")],
  hire="2023-02-21", genre="usajobs")
C("RR042", "RECALL", "c_nypd_abbrev_noreg", NOREG + " (NYPD = NY, covered)",
  [J("police", "Police Officer", "NYPD — 75th Precinct", "", "2016-07")], hire="2023-09-05", genre="linkedin", home="Brooklyn")
C("RR043", "RECALL", "c_fhp_noreg", NOREG,
  [J("trooper", "Trooper", "Florida Highway Patrol, Troop C", "Tampa, FL", "2018-05")], hire="2023-07-17", genre="pdf")
C("RR044", "RECALL", "c_vb_cover_noreg", NOREG,
  [J("police", "Police Officer", "Virginia Beach Police Department", "Virginia Beach, VA", "2014-09")], hire="2022-10-24", genre="cover")
C("RR045", "RECALL", "c_cpd_noreg", NOREG + " (CPD, Chicago IL)",
  [J("police", "Police Officer", "CPD (Chicago Police Department), 11th District", "Chicago, IL", "2012-06")], hire="2023-03-13", genre="functional")
C("RR046", "RECALL", "c_txdps_noreg", NOREG + " (Texas DPS explicitly)",
  [J("trooper", "Trooper", "Texas Department of Public Safety — Highway Patrol", "Lubbock, TX", "2016-11")], hire="2023-06-20", genre="chrono")
C("RR047", "RECALL", "c_name_decoy", "registry has a Houston PD 'Michael Johnson' born 1979 (hire born 1988, record issued 2006, before the hire's claimed start) -> different person; TX covered -> RECALL",
  [J("police", "Police Officer", "Houston Police Department", "Houston, TX", "2016-02")], hire="2023-04-10",
  person=dict(first="Michael", middle="Anthony", last="Johnson", dob="1988-03-14"),
  reg=[R("TX", "Peace Officer", "active", "2006-05-12", "", "Houston Police Department", dob="1979-07-02", middle="")],
  genre="chrono")
C("RR048", "RECALL|MANUAL_REVIEW", "c_arlington_mostly_covered", "Arlington PD, no state; home Dallas suggests Arlington TX (covered, no record -> RECALL); Arlington VA also covered, but Arlington WA/MA PDs exist (uncovered) -> MANUAL_REVIEW also defensible",
  [J("police", "Police Officer", "Arlington Police Department", "", "2015-04")], hire="2023-01-17", genre="linkedin", home="Dallas")
C("RR049", "RECALL", "c_tx_pdf_hyphen", NOREG + " (PDF paste, hyphenated line breaks)",
  [J("police", "Police Officer", "Houston Police Department", "Houston, TX", "2013-10")], hire="2022-12-12", genre="pdf", nb=9)
C("RR050", "RECALL", "c_ucb_campus_noreg", NOREG + " (UC Berkeley PD is sworn CA campus police)",
  [J("police", "Police Officer", "University of California, Berkeley Police Department", "Oakland, CA", "2018-02")], hire="2023-08-07", genre="chrono")
C("RR051", "RECALL", "c_miami_beach_noreg", NOREG,
  [J("police", "Patrol Officer", "Miami Beach Police Department", "Miami, FL", "2014-06", "2023-01")], hire="2023-03-20", genre="linkedin")
C("RR052", "RECALL", "c_cook_deputy_noreg", NOREG,
  [J("deputy", "Deputy Sheriff", "Cook County Sheriff's Office", "Chicago, IL", "2011-03")], hire="2022-09-26", genre="cover")
C("RR053", "RECALL", "c_elpaso_hist_noreg", NOREG + " (also declared in employment_history)",
  [J("police", "Police Officer", "El Paso Police Department", "El Paso, TX", "2015-08")], hire="2023-05-01",
  hist=[("El Paso Police Department", "Police Officer", "TX", "2015-08-03", "")], genre="usajobs")
C("RR054", "RECALL", "c_tx_sworn_ended_2016", NOREG + " (and it ended 2016)",
  [J("sales", "Account Executive", "Motorola Solutions", "Austin, TX", "2016-09"),
   J("police", "Police Officer", "Round Rock Police Department", "Austin, TX", "2009-05", "2016-08")], hire="2023-02-06", genre="chrono")
C("RR055", "RECALL", "c_nyc_detective_noreg", NOREG,
  [J("detective", "Detective, Special Victims Division", "New York City Police Department", "Brooklyn, NY", "2011-01")], hire="2023-10-16", genre="functional")
# federal claims, FED loaded, no FED record
C("RR060", "RECALL", "e_bpa_nofed", "federal LEO claim; FED registry loaded, no record -> RECALL",
  [J("bp", "Border Patrol Agent", "U.S. Border Patrol, Tucson Sector", "Tucson, AZ", "2014-03", series="1896")],
  hire="2023-04-17", genre="usajobs", fedstatus="Yes",
  hist=[("U.S. Border Patrol", "Border Patrol Agent", "AZ", "2014-03-10", "")])
C("RR061", "RECALL", "e_dusm_nofed", "federal LEO claim (duty station in uncovered AZ, but the service is federal and FED is loaded); no FED record -> RECALL",
  [J("dusm", "Deputy United States Marshal", "U.S. Marshals Service, District of Arizona", "Phoenix, AZ", "2016-05")],
  hire="2023-01-23", genre="chrono")
C("RR062", "RECALL", "e_fbi_nofed", "federal LEO claim; FED loaded; no record -> RECALL",
  [J("fedsa", "Special Agent", "FBI — Las Vegas Field Office", "Las Vegas, NV", "2013-09")], hire="2023-06-12", genre="cover")
C("RR063", "RECALL", "e_cbpo_nofed", "federal LEO claim; FED loaded; no record -> RECALL",
  [J("cbpo", "CBP Officer", "U.S. Customs and Border Protection", "Detroit, MI", "2017-04")], hire="2023-08-21", genre="linkedin")
C("RR064", "RECALL", "e_uscp_nofed", "U.S. Capitol Police officer = federal police; FED loaded; no record -> RECALL",
  [J("fedpolice", "Private First Class, Police Officer", "United States Capitol Police", "Washington, DC", "2015-02")], hire="2022-11-28", genre="chrono")
C("RR065", "RECALL", "e_va_police_durham", "'VA Police' = Dept. of Veterans Affairs (federal) at Durham NC; FED loaded, no record -> RECALL (even misread as Virginia it is covered)",
  [J("fedpolice", "Police Officer (GS-0083-06)", "VA Police Service, Durham VA Medical Center", "Durham, NC", "2016-08", series="0083")],
  hire="2023-03-06", genre="usajobs")
C("RR066", "RECALL", "e_usss_ud_nofed", "Secret Service Uniformed Division = federal LEO; FED loaded; no record -> RECALL",
  [J("fedpolice", "Officer, Uniformed Division", "U.S. Secret Service", "Washington, DC", "2018-01")], hire="2023-07-24", genre="pdf")
C("RR067", "RECALL", "e_bpa_fed_old", "FED record separated 2018-04-30, hire 2023-05-08 (5 years) -> fails window -> RECALL",
  [J("warehouse", "Operations Supervisor", "Amazon", "El Paso, TX", "2018-06"),
   J("bp", "Border Patrol Agent", "U.S. Border Patrol, El Paso Sector", "El Paso, TX", "2010-07", "2018-04")],
  hire="2023-05-08", reg=[R("FED", "Federal Law Enforcement Officer", "inactive", "2010-07-19", "2018-04-30", "U.S. Border Patrol")],
  genre="chrono")
C("RR068", "RECALL", "e_bop_co_fed", "FED record is 'Correctional Officer' (BOP) -> not sworn -> RECALL",
  [J("corrections", "Correctional Officer", "Federal Bureau of Prisons, FCC Beaumont", "Beaumont, TX", "2014-10")],
  hire="2023-02-13", reg=[R("FED", "Correctional Officer", "active", "2014-10-20", "", "Federal Bureau of Prisons")], genre="usajobs")
C("RR069", "RECALL", "e_nps_ranger_nofed", "NPS law-enforcement ranger = federal LEO; FED loaded; no record -> RECALL",
  [J("ranger", "Park Ranger (Law Enforcement)", "National Park Service, Grand Canyon National Park", "Flagstaff, AZ", "2015-05")],
  hire="2023-09-25", genre="linkedin")

# =========================================================================================
# F: covered state, the person IS in the registry, but the record fails the policy -> RECALL
# =========================================================================================
C("RR070", "RECALL", "f_sep_3y5m", "TX Peace Officer separated 2019-11-30, hire 2023-05-01 (3y5m) -> outside window",
  [J("investigator", "Claims Investigator", "USAA", "San Antonio, TX", "2019-12"),
   J("police", "Police Officer", "Austin Police Department", "Austin, TX", "2011-06", "2019-11")],
  hire="2023-05-01", reg=[R("TX", "Peace Officer", "inactive", "2011-12-09", "2019-11-30", "Austin Police Department")],
  genre="chrono", date_style="mon")
C("RR071", "RECALL", "f_9_months", "CA Peace Officer issued 2022-09-01, hire 2023-06-12 (9 months < 12)",
  [J("police", "Police Officer", "Fresno Police Department", "Fresno, CA", "2022-03"),
   J("retail", "Department Manager", "Costco Wholesale", "Fresno, CA", "2016-05", "2022-02")],
  hire="2023-06-12", reg=[R("CA", "Peace Officer", "active", "2022-09-01", "", "Fresno Police Department")], genre="linkedin")
C("RR072", "RECALL", "f_revoked", "FL Police Officer status revoked -> RECALL",
  [J("police", "Police Officer", "Tampa Police Department", "Tampa, FL", "2012-04", "2021-08"),
   J("security", "Security Supervisor", "Allied Universal", "Tampa, FL", "2021-10")],
  hire="2023-01-09", reg=[R("FL", "Police Officer", "revoked", "2012-10-05", "2021-08-20", "Tampa Police Department")], genre="cover")
C("RR073", "RECALL", "f_suspended", "NY Police Officer status suspended -> RECALL",
  [J("police", "Police Officer", "Rochester Police Department", "Rochester, NY", "2014-01")],
  hire="2023-07-31", reg=[R("NY", "Police Officer", "suspended", "2014-06-27", "", "Rochester Police Department")], genre="pdf")
C("RR074", "RECALL", "f_decert_before", "VA Police Officer active, but decertification (revoked) 2022-10-14, before hire 2023-04-03 -> RECALL",
  [J("police", "Police Officer", "Richmond Police Department", "Richmond, VA", "2013-03", "2022-09")],
  hire="2023-04-03", reg=[R("VA", "Police Officer", "active", "2013-09-13", "", "Richmond Police Department")],
  decert=[("VA", "revoked", "2022-10-14", "Sustained untruthfulness finding")], genre="chrono")
C("RR075", "RECALL", "f_reserve_tx", "TX 'Reserve Peace Officer' -> reserve does not count",
  [J("reserve", "Reserve Police Officer (part-time)", "Round Rock Police Department", "Austin, TX", "2018-03"),
   J("hr", "HR Business Partner", "Dell Technologies", "Austin, TX", "2014-07")],
  hire="2023-03-27", reg=[R("TX", "Reserve Peace Officer", "active", "2018-08-10", "", "Round Rock Police Department")], genre="chrono")
C("RR076", "RECALL", "f_cdcr_co", "CA 'Correctional Officer' record -> corrections does not count",
  [J("corrections", "Correctional Officer", "California Department of Corrections and Rehabilitation, Folsom State Prison", "Sacramento, CA", "2013-07")],
  hire="2022-12-19", reg=[R("CA", "Correctional Officer", "active", "2013-12-02", "", "California Department of Corrections and Rehabilitation")], genre="usajobs")
C("RR077", "RECALL", "f_tx_jailer", "TX 'Jailer' record; resume says Detention Officer at a sheriff's office -> not sworn",
  [J("corrections", "Detention Officer", "Bexar County Sheriff's Office", "San Antonio, TX", "2016-01")],
  hire="2023-06-26", reg=[R("TX", "Jailer", "active", "2016-04-15", "", "Bexar County Sheriff's Office")], genre="linkedin")
C("RR078", "RECALL", "f_il_telecom", "IL 'Telecommunicator' record; 911 dispatcher at a police department -> not sworn",
  [J("dispatch", "Public Safety Telecommunicator", "Naperville Police Department", "Naperville, IL", "2015-09")],
  hire="2023-02-27", reg=[R("IL", "Telecommunicator", "active", "2015-12-01", "", "Naperville Police Department")], genre="functional")
C("RR079", "RECALL", "f_ny_probation", "NY 'Probation Officer' record -> probation does not count (contract)",
  [J("probation", "Probation Officer II", "Monroe County Office of Probation", "Rochester, NY", "2012-05")],
  hire="2023-09-11", reg=[R("NY", "Probation Officer", "active", "2012-09-10", "", "Monroe County Probation")], genre="cover")
C("RR080", "RECALL", "f_police_to_loan_2013", "TX Peace Officer separated 2013-05-31 (10 years before hire); now a loan officer",
  [J("loan", "Branch Manager / Loan Officer", "Academy Mortgage", "Fort Worth, TX", "2013-07"),
   J("police", "Patrol Officer", "Fort Worth Police Department", "Fort Worth, TX", "2006-01", "2013-05")],
  hire="2023-05-22", reg=[R("TX", "Peace Officer", "inactive", "2006-06-30", "2013-05-31", "Fort Worth Police Department")], genre="linkedin")
C("RR081", "RECALL", "f_sep_3y1m", "TX Peace Officer separated 2020-03-31, hire 2023-05-01 (3y1m) -> outside window",
  [J("police", "Police Officer", "Laredo Police Department", "Laredo, TX", "2012-02", "2020-03"),
   J("admin", "Office Manager", "Laredo Medical Center", "Laredo, TX", "2020-05")],
  hire="2023-05-01", reg=[R("TX", "Peace Officer", "inactive", "2012-08-03", "2020-03-31", "Laredo Police Department")],
  genre="usajobs")
C("RR082", "RECALL", "f_corrections_sgt_tx", "TX 'Correctional Officer' record (TDCJ sergeant) -> RECALL",
  [J("corrections", "Correctional Sergeant", "Texas Department of Criminal Justice, Stiles Unit", "Beaumont, TX", "2012-01"),
   J("corrections", "Correctional Officer", "Texas Department of Criminal Justice", "Beaumont, TX", "2008-06", "2011-12")],
  hire="2023-04-24", reg=[R("TX", "Correctional Officer", "active", "2008-09-01", "", "Texas Department of Criminal Justice")], genre="pdf")

# =========================================================================================
# U: sworn claim in an UNCOVERED state (or unresolvable) -> MANUAL_REVIEW
# =========================================================================================
C("RR090", "MANUAL_REVIEW", "u_tulsa", GAP + " (OK)",
  [J("police", "Police Officer", "Tulsa Police Department", "Tulsa, OK", "2015-08")], hire="2023-03-06", genre="chrono", train="none")
C("RR091", "MANUAL_REVIEW", "u_boise_pd_city_only", GAP + " ('Officer, Boise PD', ID; ended 2022-08, hire 2023-02)",
  [J("police", "Officer", "Boise PD", "", "2017-05", "2022-08"),
   J("warehouse", "Shift Lead", "WinCo Foods Distribution", "Boise", "2022-09")], hire="2023-02-13", genre="linkedin",
  home="Boise", date_style="mon")
C("RR092", "MANUAL_REVIEW", "u_phoenix_detective", GAP + " (AZ; detective title has no 'officer')",
  [J("detective", "Detective", "Phoenix Police Department", "Phoenix, AZ", "2012-01"),
   J("police", "Police Officer", "Phoenix Police Department", "Phoenix, AZ", "2006-07", "2011-12")], hire="2023-05-15", genre="usajobs",
  hist=[("Phoenix Police Department", "Detective", "AZ", "2012-01-09", "")])
C("RR093", "MANUAL_REVIEW", "u_az_dps", GAP + " (Arizona DPS trooper; 'DPS' with Flagstaff, AZ)",
  [J("trooper", "Trooper", "DPS Highway Patrol Division", "Flagstaff, AZ", "2016-04")], hire="2023-07-10", genre="pdf", home="Flagstaff")
C("RR094", "MANUAL_REVIEW", "u_lvmpd_abbrev", GAP + " (LVMPD = Las Vegas Metro, NV; 2016-2022-10, hire 2023-08)",
  [J("police", "Police Officer II", "LVMPD", "", "2016-03", "2022-10"),
   J("security", "Director of Security", "Resorts World Las Vegas", "Las Vegas, NV", "2022-11")],
  hire="2023-08-07", genre="functional", home="Las Vegas", date_style="mm")
C("RR095", "MANUAL_REVIEW", "u_denver_cover", GAP + " (CO)",
  [J("police", "Police Officer", "Denver Police Department", "Denver, CO", "2014-02")], hire="2022-10-17", genre="cover")
C("RR096", "MANUAL_REVIEW", "u_gsp_corporal", GAP + " (GA; 'Corporal' title)",
  [J("trooper", "Corporal", "Georgia State Patrol, Post 9", "Atlanta, GA", "2013-06")], hire="2023-01-30", genre="chrono")
C("RR097", "MANUAL_REVIEW", "u_seattle", GAP + " (WA)",
  [J("police", "Police Officer", "Seattle Police Department", "Seattle, WA", "2016-09")], hire="2023-04-17", genre="linkedin")
C("RR098", "MANUAL_REVIEW", "u_ppb_abbrev", GAP + " (PPB = Portland Police Bureau, OR)",
  [J("police", "Officer", "PPB", "Portland, OR", "2015-01")], hire="2023-06-05", genre="pdf")
C("RR099", "MANUAL_REVIEW", "u_ohp_trooper", GAP + " (OHP = Oklahoma Highway Patrol)",
  [J("trooper", "Trooper, Troop B", "OHP", "", "2014-07")], hire="2023-02-06", genre="cover", home="Tulsa")
C("RR100", "MANUAL_REVIEW", "u_boise_passing", GAP + " (cover letter: five years as a patrol officer in Boise, ending 2021, no agency name)",
  [J("security", "Security Manager", "Methodist Healthcare", "San Antonio, TX", "2021-11",
     narrative="Since November 2021 I have managed hospital security for Methodist Healthcare in San Antonio, TX, after relocating from Idaho, where I spent five years (2016-2021) as a patrol officer in Boise.")],
  hire="2023-05-22", genre="cover", home="San Antonio")
C("RR101", "MANUAL_REVIEW", "u_columbus_sgt", GAP + " (Columbus Division of Police, OH; 'Sergeant')",
  [J("police", "Sergeant", "Columbus Division of Police", "Columbus, OH", "2010-05")], hire="2023-09-18", genre="usajobs")
C("RR102", "MANUAL_REVIEW", "u_maricopa_deputy", GAP + " (Maricopa County Sheriff's Office deputy, AZ)",
  [J("deputy", "Deputy Sheriff", "Maricopa County Sheriff's Office", "Phoenix, AZ", "2015-10")], hire="2023-03-13", genre="functional")
C("RR103", "MANUAL_REVIEW", "u_ada_investigator", GAP + " (Ada County SO investigator, ID)",
  [J("detective", "Investigator", "Ada County Sheriff's Office", "Boise, ID", "2012-03")], hire="2023-07-24", genre="chrono")
C("RR104", "MANUAL_REVIEW", "u_philly_caps_pdf", GAP + " (Philadelphia PD, PA; ALL CAPS PDF)",
  [J("police", "POLICE OFFICER", "PHILADELPHIA POLICE DEPARTMENT", "PHILADELPHIA, PA", "2013-04")], hire="2023-01-09", genre="pdf")
C("RR105", "MANUAL_REVIEW", "u_okc_sro", GAP + " (OKC PD school resource officer is a sworn police officer)",
  [J("police", "School Resource Officer (Police Officer II)", "Oklahoma City Police Department", "Oklahoma City, OK", "2014-08")], hire="2023-08-14", genre="chrono")
C("RR106", "MANUAL_REVIEW", "u_hist_only_nm", GAP + " (employment_history: Albuquerque PD, NM, to 2022-10; resume only says 'law enforcement experience in New Mexico')",
  [J("security", "Loss Prevention Investigator", "Walmart", "Albuquerque, NM", "2022-11")],
  hire="2023-04-03", hist=[("Albuquerque Police Department", "Police Officer", "NM", "2016-05-01", "2022-10-31"),
                           ("Walmart", "Loss Prevention Investigator", "NM", "2022-11-07", "")],
  intro="Six years of law enforcement experience in New Mexico before moving to retail investigations.",
  genre="chrono", home="Albuquerque")
C("RR107", "MANUAL_REVIEW", "u_springfield_ambiguous", "Springfield PD with no state anywhere (IL covered vs MO/MA/OH uncovered) -> cannot tell whether covered -> MANUAL_REVIEW",
  [J("police", "Police Officer", "Springfield Police Department", "", "2015-03")], hire="2023-05-08", genre="linkedin", home="Dallas")
C("RR108", "MANUAL_REVIEW", "u_apd_ambiguous", "'Officer, APD' with no city (Austin TX? Atlanta GA? Albuquerque NM?) -> cannot tell -> MANUAL_REVIEW",
  [J("police", "Officer", "APD", "", "2016-06")], hire="2023-02-20", genre="chrono", home="Dallas",
  edu=["B.S. Criminal Justice, Georgia State University, 2015"])
C("RR109", "MANUAL_REVIEW", "u_corrections_tx_then_shreveport", "TX Correctional Officer record (doesn't count) + current Shreveport PD (LA, uncovered) officer -> MANUAL_REVIEW",
  [J("police", "Police Officer", "Shreveport Police Department", "Shreveport, LA", "2016-09"),
   J("corrections", "Correctional Officer", "Texas Department of Criminal Justice", "Beaumont, TX", "2012-02", "2016-08")],
  hire="2023-06-19", reg=[R("TX", "Correctional Officer", "inactive", "2012-04-06", "2016-08-31", "Texas Department of Criminal Justice")], genre="chrono")
C("RR110", "MANUAL_REVIEW", "u_kcpd_sep_1y10m", GAP + " (KCPD MO, to 07/2021, hire 2023-05 = 1y10m, within window)",
  [J("investigator", "Fraud Investigator", "Commerce Bank", "Kansas City, MO", "2021-08"),
   J("police", "Police Officer", "Kansas City Missouri Police Department", "Kansas City, MO", "2011-06", "2021-07")],
  hire="2023-05-15", genre="usajobs")
C("RR111", "MANUAL_REVIEW", "u_navajo_tribal", GAP + " (Navajo Nation Police, tribal; AZ/NM, uncovered)",
  [J("police", "Police Officer", "Navajo Nation Police Department", "Window Rock, AZ", "2014-01")], hire="2023-10-09", genre="chrono")
C("RR112", "MANUAL_REVIEW", "u_ca_old_then_nv", "CA Peace Officer record separated 2015 (fails) + Henderson PD NV officer since 2016 (uncovered) -> MANUAL_REVIEW",
  [J("police", "Police Officer", "Henderson Police Department", "Las Vegas, NV", "2016-01"),
   J("police", "Police Officer", "Oakland Police Department", "Oakland, CA", "2010-05", "2015-06")],
  hire="2023-03-27", reg=[R("CA", "Peace Officer", "inactive", "2010-11-05", "2015-06-30", "Oakland Police Department")], genre="linkedin")
C("RR113", "REMEDIATED|MANUAL_REVIEW", "u_uncovered_plus_basic", "uncovered sworn claim (Tulsa County SO) but FLETC-BIETP completed since hire: either verified or remediated, no recall either way",
  [J("deputy", "Deputy Sheriff", "Tulsa County Sheriff's Office", "Tulsa, OK", "2014-05")], hire="2022-09-06",
  train="short+basic_done", genre="chrono")
C("RR114", "MANUAL_REVIEW", "u_uncovered_basic_enrolled", GAP + " (basic only enrolled, not completed)",
  [J("police", "Police Officer", "Memphis Police Department", "Memphis, TN", "2015-02")], hire="2023-08-28",
  train="short+basic_enrolled", genre="usajobs")
C("RR115", "MANUAL_REVIEW", "u_mnpd", GAP + " (Metro Nashville PD, TN)",
  [J("police", "Police Officer II", "Metropolitan Nashville Police Department (MNPD)", "Nashville, TN", "2017-03")], hire="2023-05-01", genre="linkedin")
C("RR116", "MANUAL_REVIEW", "u_pittsburgh_patrolman", GAP + " (Pittsburgh Bureau of Police; 'Patrolman')",
  [J("police", "Patrolman", "Pittsburgh Bureau of Police", "Pittsburgh, PA", "2012-09")], hire="2023-01-17", genre="chrono")
C("RR117", "MANUAL_REVIEW", "u_msp_abbrev", GAP + " (MSP post in Detroit = Michigan State Police)",
  [J("trooper", "Trooper", "MSP — Metro North Post", "Detroit, MI", "2015-10")], hire="2023-06-12", genre="pdf")
C("RR118", "MANUAL_REVIEW", "u_phoenix_sep_2y11m", GAP + " (Phoenix PD to 07/2020, hire 2023-06-20 = 2y11m, within window)",
  [J("sales", "Account Manager", "Axon Enterprise", "Phoenix, AZ", "2020-08"),
   J("police", "Police Officer", "Phoenix Police Department", "Phoenix, AZ", "2012-01", "2020-07")],
  hire="2023-06-20", genre="chrono", date_style="mm")
C("RR119", "MANUAL_REVIEW", "u_wa_hist_plus_resume", GAP + " (Spokane PD; also in employment_history with state WA)",
  [J("police", "Police Officer", "Spokane Police Department", "Spokane, WA", "2014-04")], hire="2023-04-10",
  hist=[("Spokane Police Department", "Police Officer", "WA", "2014-04-14", "")], genre="functional")
C("RR120", "MANUAL_REVIEW", "u_atlanta_apd_explicit", GAP + " (APD with Atlanta, GA given)",
  [J("police", "Police Officer", "APD", "Atlanta, GA", "2016-01")], hire="2023-09-05", genre="chrono")
C("RR121", "MANUAL_REVIEW", "u_pdf_tucson_current", GAP + " (Tucson PD, current; PDF paste)",
  [J("police", "Police Officer", "Tucson Police Department", "Tucson, AZ", "2018-06")], hire="2023-10-23", genre="pdf", nb=8)
C("RR122", "MANUAL_REVIEW", "u_mesa_then_tx_security", GAP + " (Mesa PD to 03/2022, hire 2023-11 = 1y8m)",
  [J("security", "Security Officer", "Allied Universal", "Houston, TX", "2022-05"),
   J("police", "Police Officer", "Mesa Police Department", "Mesa, AZ", "2015-09", "2022-03")],
  hire="2023-11-13", genre="linkedin")
C("RR123", "MANUAL_REVIEW", "u_hist_state_blank", "employment_history: 'Boise Police Department, Police Officer', state blank (unknown), to hire; resume also says Boise PD -> Idaho, uncovered -> MANUAL_REVIEW",
  [J("police", "Patrol Officer", "Boise Police Department", "Boise, ID", "2016-11")], hire="2023-02-27",
  hist=[("Boise Police Department", "Police Officer", "", "2016-11-01", "")], genre="usajobs")
# uncovered but could not verify even if covered (long ago / short service)
C("RR125", "RECALL|MANUAL_REVIEW", "u_old_tucson", OLDGAP.format("Tucson PD 2005-2011, hire 2023 = 12 years"),
  [J("teacher", "Social Studies Teacher", "Tucson Unified School District", "Tucson, AZ", "2011-08"),
   J("police", "Police Officer", "Tucson Police Department", "Tucson, AZ", "2005-02", "2011-06")],
  hire="2023-03-20", genre="chrono", date_style="year")
C("RR126", "RECALL|MANUAL_REVIEW", "u_short_mesa", OLDGAP.format("Mesa PD 03/2022-09/2022 = 6 months of service < 12"),
  [J("police", "Police Officer (probationary)", "Mesa Police Department", "Mesa, AZ", "2022-03", "2022-09"),
   J("warehouse", "Warehouse Associate", "Amazon", "Phoenix, AZ", "2022-10")],
  hire="2023-04-24", genre="usajobs")
C("RR127", "RECALL|MANUAL_REVIEW", "u_old_spokane_deputy", OLDGAP.format("Spokane County deputy 1999-2008, hire 2023"),
  [J("hr", "Human Resources Manager", "Providence Health", "Spokane, WA", "2009-01"),
   J("deputy", "Deputy Sheriff", "Spokane County Sheriff's Office", "Spokane, WA", "1999-06", "2008-10")],
  hire="2023-07-17", genre="linkedin")
C("RR128", "RECALL|MANUAL_REVIEW", "u_old_phoenix_to_loan", OLDGAP.format("Phoenix PD to 2014, hire 2023"),
  [J("loan", "Mortgage Loan Officer", "Rocket Mortgage", "Phoenix, AZ", "2014-09"),
   J("police", "Police Officer", "Phoenix Police Department", "Phoenix, AZ", "2008-05", "2014-08")],
  hire="2023-08-21", genre="functional", date_style="mm")

# =========================================================================================
# N: non-LEO "officer" careers -> RECALL
# =========================================================================================
C("RR130", "RECALL", "n_loan_az", NONSWORN + " (loan officer; AZ address irrelevant)",
  [J("loan", "Mortgage Loan Officer", "Wells Fargo Home Mortgage", "Phoenix, AZ", "2014-03")], hire="2023-02-13", genre="chrono")
C("RR131", "RECALL", "n_loan_ok", NONSWORN + " (loan officer)",
  [J("loan", "Loan Officer (NMLS #2203917)", "Gateway Mortgage", "Tulsa, OK", "2017-06"),
   J("retail", "Personal Banker", "BOK Financial", "Tulsa, OK", "2013-05", "2017-05")], hire="2023-05-08", genre="linkedin",
  hist=[("Gateway Mortgage", "Loan Officer", "OK", "2017-06-01", ""), ("BOK Financial", "Personal Banker", "OK", "2013-05-13", "2017-05-26")])
C("RR132", "RECALL", "n_compliance_nc", NONSWORN + " (compliance officer)",
  [J("compliance", "BSA/AML Compliance Officer", "Truist Financial", "Charlotte, NC", "2015-04")], hire="2023-06-26", genre="usajobs")
C("RR133", "RECALL", "n_cco_cu", NONSWORN + " (chief compliance officer)",
  [J("compliance", "Chief Compliance Officer", "Tinker Federal Credit Union", "Oklahoma City, OK", "2016-02")], hire="2022-11-14", genre="functional")
C("RR134", "RECALL", "n_petty_officer", NONSWORN + " (Navy petty officer)",
  [J("navy", "Petty Officer Second Class (BM2)", "U.S. Navy, USS Bainbridge (DDG 96)", "", "2012-07", "2018-07"),
   J("warehouse", "Logistics Supervisor", "Maersk", "Virginia Beach, VA", "2018-09")], hire="2023-03-20", genre="chrono")
C("RR135", "RECALL", "n_navy_ma", "Navy Master-at-Arms petty officer = military police (military category, not sworn civilian LEO) -> RECALL",
  [J("mp", "Petty Officer First Class, Master-at-Arms (MA1)", "U.S. Navy, Naval Security Forces, Naval Station Norfolk", "Virginia Beach, VA", "2011-01", "2021-01"),
   J("security", "Security Officer", "Huntington Ingalls Industries", "Virginia Beach, VA", "2021-03")], hire="2023-01-30", genre="usajobs")
C("RR136", "RECALL", "n_warrant_officer", NONSWORN + " (Army chief warrant officer, aviator)",
  [J("army", "Chief Warrant Officer 3 (CW3), UH-60M Pilot", "U.S. Army, 101st Airborne Division", "", "2008-05", "2022-06"),
   J("army", "Helicopter Pilot", "Air Methods", "Denver, CO", "2022-08")], hire="2023-07-10", genre="linkedin")
C("RR137", "RECALL", "n_cfo", NONSWORN + " (chief financial officer)",
  [J("exec", "Chief Financial Officer", "Mile High United Way", "Denver, CO", "2017-01"),
   J("exec", "Controller", "Denver Public Schools Foundation", "Denver, CO", "2011-03", "2016-12")], hire="2023-04-03", genre="chrono")
C("RR138", "RECALL", "n_ciso", NONSWORN + " (chief information security officer)",
  [J("ciso", "Chief Information Security Officer", "City of Tulsa", "Tulsa, OK", "2019-05")], hire="2023-09-25", genre="linkedin")
C("RR139", "RECALL", "n_probation_az", "probation officer (AZ): probation is not sworn per contract, regardless of coverage -> RECALL",
  [J("probation", "Adult Probation Officer", "Maricopa County Adult Probation Department", "Phoenix, AZ", "2013-08")], hire="2023-02-27", genre="usajobs")
C("RR140", "RECALL", "n_parole_ok", "parole officer (OK): not sworn per contract -> RECALL",
  [J("probation", "Probation and Parole Officer III", "Oklahoma Department of Corrections, Probation & Parole", "Oklahoma City, OK", "2015-01")], hire="2023-05-22", genre="chrono")
C("RR141", "RECALL", "n_us_probation", "U.S. Probation Officer (federal courts): probation -> RECALL",
  [J("probation", "U.S. Probation Officer", "U.S. Probation Office, District of Idaho", "Boise, ID", "2014-06")], hire="2023-08-07", genre="cover")
C("RR142", "RECALL", "n_co_az", "correctional officer (AZ DOC): corrections not sworn -> RECALL even though AZ uncovered",
  [J("corrections", "Correctional Officer II", "Arizona Department of Corrections, Rehabilitation and Reentry", "Tucson, AZ", "2016-03")], hire="2023-01-23", genre="chrono",
  hist=[("Arizona Department of Corrections", "Correctional Officer II", "AZ", "2016-03-07", "")])
C("RR143", "RECALL", "n_co_co", "correctional officer (Colorado DOC) -> RECALL",
  [J("corrections", "Correctional Officer I", "Colorado Department of Corrections", "Colorado Springs, CO", "2017-09")], hire="2023-06-12", genre="pdf")
C("RR144", "RECALL", "n_detention_maricopa", "Detention Officer at Maricopa County Sheriff's Office (AZ): a jail job at a sheriff's office, not a deputy -> RECALL",
  [J("corrections", "Detention Officer", "Maricopa County Sheriff's Office", "Phoenix, AZ", "2015-05")], hire="2023-03-27", genre="linkedin")
C("RR145", "RECALL", "n_security_wa", NONSWORN + " (security officer)",
  [J("security", "Security Officer", "Allied Universal", "Seattle, WA", "2018-02")], hire="2023-04-17", genre="chrono")
C("RR146", "RECALL", "n_armed_security", NONSWORN + " (armed security officer, nuclear plant)",
  [J("security", "Armed Nuclear Security Officer", "G4S Secure Solutions, Palo Verde Generating Station", "Phoenix, AZ", "2014-11")], hire="2023-07-31", genre="usajobs")
C("RR147", "RECALL", "n_code_enf", NONSWORN + " (code enforcement officer)",
  [J("code", "Code Enforcement Officer II", "City of Mesa", "Mesa, AZ", "2016-04")], hire="2022-12-05", genre="functional")
C("RR148", "RECALL", "n_animal_control", NONSWORN + " (animal control officer)",
  [J("animal", "Animal Control Officer", "Idaho Humane Society / City of Boise Animal Control", "Boise, ID", "2018-01")], hire="2023-05-15", genre="chrono")
C("RR149", "RECALL", "n_tsa", NONSWORN + " (TSA Transportation Security Officer is not a LEO)",
  [J("tsa", "Transportation Security Officer (TSO)", "Transportation Security Administration, Phoenix Sky Harbor International Airport", "Phoenix, AZ", "2016-07", series="1802")], hire="2023-02-06", genre="usajobs", fedstatus="Yes")
C("RR150", "RECALL", "n_army_mp", "Army military police (military category, not sworn) -> RECALL",
  [J("mp", "Military Police Sergeant (31B)", "U.S. Army, 759th Military Police Battalion, Fort Carson", "Colorado Springs, CO", "2013-06", "2021-06"),
   J("security", "Site Supervisor", "Securitas", "Colorado Springs, CO", "2021-08")], hire="2023-09-11", genre="chrono")
C("RR151", "RECALL", "n_af_security_forces", "Air Force Security Forces officer (military) -> RECALL",
  [J("mp", "Security Forces Officer (31P), Captain", "U.S. Air Force, 92nd Security Forces Squadron, Fairchild AFB", "Spokane, WA", "2014-05", "2022-05")], hire="2023-01-09", genre="linkedin")
C("RR152", "RECALL", "n_dispatch_tulsa", "911 dispatcher at Tulsa PD: dispatch, not sworn -> RECALL",
  [J("dispatch", "Public Safety Telecommunicator II", "Tulsa Police Department", "Tulsa, OK", "2014-10")], hire="2023-04-24", genre="chrono")
C("RR153", "RECALL", "n_crime_analyst_phx", "civilian crime analyst at Phoenix PD -> not sworn -> RECALL",
  [J("analyst", "Crime Analyst", "Phoenix Police Department, Crime Analysis and Research Unit", "Phoenix, AZ", "2015-03")], hire="2023-06-05", genre="usajobs")
C("RR154", "RECALL", "n_records_seattle", "police records specialist (civilian) at Seattle PD -> RECALL",
  [J("clerk", "Police Records Specialist", "Seattle Police Department", "Seattle, WA", "2017-08")], hire="2023-03-13", genre="functional")
C("RR155", "RECALL", "n_reserve_mesa", "volunteer reserve officer (AZ): reserve/auxiliary never counts -> RECALL",
  [J("reserve", "Reserve Police Officer (volunteer)", "Mesa Police Department Reserve Unit", "Mesa, AZ", "2019-02"),
   J("admin", "Project Coordinator", "Banner Health", "Mesa, AZ", "2015-06")], hire="2023-08-14", genre="chrono",
  hist=[("Mesa Police Department", "Reserve Police Officer", "AZ", "2019-02-01", ""), ("Banner Health", "Project Coordinator", "AZ", "2015-06-01", "")])
C("RR156", "RECALL", "n_auxiliary_nypd", "NYPD Auxiliary Police Officer (volunteer) -> auxiliary -> RECALL",
  [J("reserve", "Auxiliary Police Officer (volunteer)", "NYPD Auxiliary Police, 68th Precinct", "Brooklyn, NY", "2016-04"),
   J("medic", "EMT-B", "Maimonides Medical Center", "Brooklyn, NY", "2015-01")], hire="2022-10-03", genre="linkedin")
C("RR157", "RECALL", "n_campus_safety_ok", "non-sworn campus safety officer (OK) -> RECALL",
  [J("security", "Campus Safety Officer", "University of Tulsa Campus Security", "Tulsa, OK", "2018-08")], hire="2023-05-30", genre="cover")
C("RR158", "RECALL", "n_lp_officer", NONSWORN + " (loss prevention officer)",
  [J("lp", "Loss Prevention Officer", "Target", "Denver, CO", "2017-05")], hire="2023-02-20", genre="chrono")
C("RR159", "RECALL", "n_juvenile_detention", "juvenile detention officer (ID) -> corrections/detention -> RECALL",
  [J("corrections", "Juvenile Detention Officer", "Ada County Juvenile Services", "Boise, ID", "2016-10")], hire="2023-07-24", genre="usajobs")
C("RR160", "RECALL", "n_admissions_officer", NONSWORN + " (admissions officer)",
  [J("admin", "Senior Admissions Officer", "Arizona State University", "Phoenix, AZ", "2015-08")], hire="2023-10-16", genre="linkedin")
C("RR161", "RECALL", "n_uscis_iso", "USCIS Immigration Services Officer (adjudicator, not LEO) -> RECALL",
  [J("admin", "Immigration Services Officer (GS-1801-12)", "U.S. Citizenship and Immigration Services, Phoenix Field Office", "Phoenix, AZ", "2016-01", series="1801")],
  hire="2023-04-10", genre="usajobs", fedstatus="Yes")
C("RR162", "RECALL", "n_post_council_staff", "civilian staff at a Peace Officer Standards & Training council -> not an officer -> RECALL",
  [J("admin", "Training Coordinator (civilian)", "Georgia Peace Officer Standards and Training Council", "Atlanta, GA", "2017-03")], hire="2023-01-17", genre="chrono")
C("RR163", "RECALL", "n_court_security", NONSWORN + " (contract court security officer)",
  [J("security", "Court Security Officer", "Paragon Systems (contract to the U.S. Marshals Service)", "Boise, ID", "2019-04")], hire="2023-06-26", genre="pdf")
C("RR164", "RECALL", "n_pio_denver_pd", "civilian Public Information Officer at Denver PD -> RECALL",
  [J("writer", "Public Information Officer (civilian)", "Denver Police Department", "Denver, CO", "2018-06"),
   J("writer", "Reporter", "The Denver Post", "Denver, CO", "2012-01", "2018-05")], hire="2023-03-06", genre="linkedin")
C("RR165", "RECALL", "n_navy_ood", NONSWORN + " (Navy surface warfare officer)",
  [J("navy", "Surface Warfare Officer, Lieutenant (O-3)", "U.S. Navy, USS Harry S. Truman (CVN 75)", "", "2013-05", "2021-05"),
   J("admin", "Operations Manager", "Norfolk Southern", "Virginia Beach, VA", "2021-07")], hire="2023-05-01", genre="usajobs")
C("RR166", "RECALL", "n_irs_revenue_officer", NONSWORN + " (IRS Revenue Officer is a civil collections job)",
  [J("compliance", "Revenue Officer (GS-1169-12)", "Internal Revenue Service, Small Business/Self-Employed", "Nashville, TN", "2014-09", series="1169")], hire="2023-08-28", genre="usajobs")
C("RR167", "RECALL", "n_fire_officer", NONSWORN + " (fire company officer)",
  [J("medic", "Fire Captain / Company Officer", "Tulsa Fire Department", "Tulsa, OK", "2008-02")], hire="2023-02-13", genre="chrono")
C("RR168", "RECALL", "n_hr_officer", NONSWORN + " (human resources officer)",
  [J("hr", "Human Resources Officer", "City of Phoenix", "Phoenix, AZ", "2016-05",
     bullets=["Managed benefits enrollment for 2,100 sworn police officers and firefighters and their families."])], hire="2023-09-18", genre="functional")

# =========================================================================================
# A: aspirational -> RECALL
# =========================================================================================
C("RR170", "RECALL", "a_asu_grad", "new graduate who hopes to become an officer; ASU degree; no sworn job -> RECALL",
  [J("student", "Student / Part-time Barista", "Starbucks", "Phoenix, AZ", "2019-08", "2023-05")], hire="2023-07-10",
  summary="Recent B.S. Criminal Justice graduate (Arizona State University, May 2023) whose goal is to become a police officer or federal law enforcement officer.",
  edu=["B.S. Criminal Justice, Arizona State University, Tempe, AZ — May 2023, cum laude"], genre="chrono")
C("RR171", "RECALL", "a_phx_applicant", "police applicant (background pending) -> aspirational -> RECALL",
  [J("warehouse", "Inbound Lead", "FedEx Ground", "Phoenix, AZ", "2019-04")], hire="2023-03-27",
  other=["Applicant, Phoenix Police Department — passed written exam and physical agility test (2022); background investigation pending."], genre="chrono")
C("RR172", "RECALL", "a_cadet_withdrew", "academy cadet who withdrew before graduation -> never sworn -> RECALL",
  [J("cadet", "Police Recruit (did not graduate; withdrew week 14)", "Tulsa Police Academy", "Tulsa, OK", "2021-01", "2021-04"),
   J("retail", "Assistant Manager", "QuikTrip", "Tulsa, OK", "2018-06")], hire="2023-05-15", genre="usajobs")
C("RR173", "RECALL", "a_explorer", "youth Police Explorer program (high school) -> RECALL",
  [J("retail", "Sales Associate", "REI", "Boise, ID", "2020-06")], hire="2023-06-20",
  volunteer=["Police Explorer, Boise Police Department Explorer Post 1 (2016-2019): traffic control at events, mock scenarios, competitions."], genre="linkedin")
C("RR174", "RECALL", "a_aspiring_fed_agent", "LinkedIn headline 'aspiring federal agent'; retail -> RECALL",
  [J("retail", "Store Manager", "Walgreens", "Las Vegas, NV", "2016-03")], hire="2023-02-27",
  headline="Store Manager | Aspiring Federal Law Enforcement Officer", genre="linkedin")
C("RR175", "RECALL", "a_seattle_conditional_offer", "declined a conditional offer as police recruit -> never served -> RECALL",
  [J("software", "Software Engineer", "Mark43", "Seattle, WA", "2018-07")], hire="2023-11-06",
  other=["Received a conditional offer of employment as Police Officer Recruit, Seattle Police Department (2021); declined for family reasons."], genre="cover")

# =========================================================================================
# T: agency is only mentioned (references, education, family, training, awards...) -> RECALL
# =========================================================================================
C("RR180", "RECALL", "t_reference_tulsa", TRAP + " (reference: Chief, Tulsa PD)",
  [J("warehouse", "Warehouse Supervisor", "Macy's Fulfillment Center", "Tulsa, OK", "2016-08")], hire="2023-03-13", train="none",
  hist=[("Macy's Fulfillment Center", "Warehouse Supervisor", "OK", "2016-08-15", "")],
  refs=["Chief Robert Hale, Tulsa Police Department, (918) 596-9222 — family friend of 15 years",
        "Pastor Lynn Ward, Asbury United Methodist Church, (918) 492-1771"], genre="chrono")
C("RR181", "RECALL", "t_education_asu", TRAP + " (education + capstone with Phoenix PD)",
  [J("admin", "Case Manager", "Maricopa County Human Services", "Phoenix, AZ", "2018-01")], hire="2023-06-05",
  edu=["B.S. Criminal Justice and Criminology, Arizona State University, 2017",
       "Capstone: analysis of Phoenix Police Department use-of-force data (faculty-supervised)"], genre="usajobs")
C("RR182", "RECALL", "t_ride_along_denver", TRAP + " (ride-alongs with Denver PD)",
  [J("retail", "Assistant Store Manager", "King Soopers", "Denver, CO", "2017-03")], hire="2023-01-23",
  other=["Completed 40 hours of ride-alongs with Denver Police Department District 6 officers (2022)."], genre="chrono")
C("RR183", "RECALL", "t_citizen_academy_boise", TRAP + " (citizen police academy graduate)",
  [J("nurse", "Registered Nurse", "St. Luke's Boise Medical Center", "Boise, ID", "2015-05")], hire="2023-04-03",
  training=["Graduate, Boise Police Department Citizens Academy (10 weeks), 2019"], genre="linkedin")
C("RR184", "RECALL", "t_intern_seattle", TRAP + " (internship at Seattle PD)",
  [J("analyst", "Data Analyst", "King County Metro", "Seattle, WA", "2019-09"),
   J("student", "Intern, Office of the Chief", "Seattle Police Department", "Seattle, WA", "2018-06", "2018-08", emptype="Internship")],
  hire="2023-07-17", genre="linkedin")
C("RR185", "RECALL", "t_vip_tucson", TRAP + " (Volunteers in Policing, front desk)",
  [J("teacher", "Teacher", "Amphitheater Public Schools", "Tucson, AZ", "2012-08")], hire="2022-11-28",
  volunteer=["Volunteer in Policing (VIP), Tucson Police Department — front-desk reception and fingerprint appointments, 2017-2020"], genre="functional")
C("RR186", "RECALL", "t_father_chicago", TRAP + " (father served with Chicago PD)",
  [J("sales", "Territory Sales Manager", "Grainger", "Naperville, IL", "2014-02")], hire="2023-08-21",
  intro="My father served 30 years with the Chicago Police Department, and public service has always been part of my family.",
  genre="cover")
C("RR187", "RECALL", "t_mother_ohp", TRAP + " (mother retired from Oklahoma Highway Patrol)",
  [J("mechanic", "Diesel Technician", "Cummins", "Oklahoma City, OK", "2013-05")], hire="2023-02-06",
  intro="My mother retired as a sergeant with the Oklahoma Highway Patrol after 24 years; I grew up around troopers and their work ethic.",
  genre="cover")
C("RR188", "RECALL", "t_training_memphis_cit", TRAP + " (CIT training hosted by Memphis PD)",
  [J("social", "Licensed Clinical Social Worker", "Alliance Healthcare Services", "Memphis, TN", "2014-06")], hire="2023-05-22",
  training=["Crisis Intervention Team (CIT) 40-hour course hosted by the Memphis Police Department, 2018"], genre="usajobs")
C("RR189", "RECALL", "t_award_lvmpd", TRAP + " (citizen commendation from LVMPD)",
  [J("nurse", "Charge Nurse, Emergency Department", "University Medical Center of Southern Nevada", "Las Vegas, NV", "2013-09")], hire="2023-06-12",
  awards=["Citizen Commendation, Las Vegas Metropolitan Police Department (LVMPD), 2020, for aid rendered at a crash scene"], genre="chrono")
C("RR190", "RECALL", "t_clients_list", TRAP + " (client list of police agencies; sales rep)",
  [J("sales", "Senior Account Executive, Law Enforcement", "Axon Enterprise", "Tulsa, OK", "2017-01",
     bullets=["Clients included Tulsa Police Department, Oklahoma Highway Patrol, Ada County Sheriff's Office and Boise Police Department."])],
  hire="2023-09-05", genre="chrono")
C("RR191", "RECALL", "t_it_cad_phx", TRAP + " (deployed CAD/RMS for Phoenix PD)",
  [J("software", "Implementation Engineer", "Tyler Technologies", "Phoenix, AZ", "2016-02",
     bullets=["Deployed CAD/RMS for the Phoenix Police Department and 11 other agencies; trained 900 police officers on mobile reporting."])],
  hire="2023-03-20", genre="linkedin")
C("RR192", "RECALL", "t_fop_paralegal", TRAP + " (paralegal for police union)",
  [J("legal", "Paralegal", "Fraternal Order of Police, Lodge 5", "Philadelphia, PA", "2015-10")], hire="2023-01-30", genre="usajobs")
C("RR193", "RECALL", "t_psychologist", TRAP + " (psychologist doing fitness-for-duty for Seattle PD)",
  [J("social", "Police Psychologist (contract)", "Northwest Public Safety Psychology, PLLC", "Seattle, WA", "2014-01",
     bullets=["Conducted pre-employment and fitness-for-duty evaluations for Seattle Police Department officers."])],
  hire="2023-10-09", genre="chrono")
C("RR194", "RECALL", "t_spouse_gsp", TRAP + " (spouse joined Georgia State Patrol)",
  [J("admin", "Executive Assistant", "Delta Air Lines", "Atlanta, GA", "2019-03"),
   J("admin", "Office Manager", "Kroger", "Nashville, TN", "2014-01", "2019-02")], hire="2023-04-17",
  intro="We relocated to Atlanta in 2019 when my husband accepted a position as a trooper with the Georgia State Patrol.", genre="cover")
C("RR195", "RECALL", "t_pdf_reference_abq", TRAP + " (PDF: reference at Albuquerque PD, hyphenated)",
  [J("warehouse", "Maintenance Supervisor", "Intel", "Albuquerque, NM", "2015-02")], hire="2023-07-31",
  refs=["Sgt. Dana Ruiz, Albuquerque Police Department, Southeast Area Command, (505) 764-1600",
        "Mr. Paul Brennan, Intel Corporation, (505) 893-7000"], genre="pdf", nb=9)
C("RR196", "RECALL", "t_paramedic_ppb", TRAP + " (paramedic who worked alongside Portland Police Bureau)",
  [J("medic", "Paramedic", "American Medical Response", "Portland, OR", "2013-04")], hire="2023-02-20",
  intro="I have long admired the officers of the Portland Police Bureau, whom I worked alongside as a paramedic on hundreds of calls.", genre="cover")
C("RR197", "RECALL", "t_victim_advocate", TRAP + " (victim advocate in a DA's office, works with Tulsa PD)",
  [J("social", "Victim Advocate", "Tulsa County District Attorney's Office", "Tulsa, OK", "2016-06",
     bullets=["Partnered with Tulsa Police Department detectives on domestic-violence cases."])], hire="2023-06-26", genre="usajobs")
C("RR198", "RECALL", "t_chaplain", TRAP + " (volunteer police chaplain)",
  [J("admin", "Associate Pastor", "Cathedral of the Rockies", "Boise, ID", "2012-01")], hire="2023-05-08",
  volunteer=["Volunteer Chaplain, Boise Police Department (2016-present): death notifications, critical-incident support."], genre="chrono")
C("RR199", "RECALL", "t_az_dps_crime_lab", "forensic scientist at Arizona DPS crime lab (civilian) -> RECALL",
  [J("analyst", "Forensic Scientist II (civilian)", "Arizona Department of Public Safety, Central Regional Crime Laboratory", "Phoenix, AZ", "2015-07")], hire="2023-08-07", genre="usajobs")
C("RR200", "RECALL", "t_interested_in", "lists 'Police Officer' only as positions of interest -> RECALL",
  [J("retail", "Shift Supervisor", "Chipotle Mexican Grill", "Columbus, OH", "2018-05")], hire="2023-03-06",
  other=["Positions of interest: Police Officer, Deportation Officer, Border Patrol Agent."], genre="chrono")
C("RR201", "RECALL", "t_security_at_pd_hq", "contract security officer posted at Tulsa PD headquarters -> security -> RECALL",
  [J("security", "Security Officer (contract post: Tulsa Police Department headquarters lobby)", "Securitas", "Tulsa, OK", "2019-01")], hire="2023-04-24", genre="linkedin")
C("RR202", "RECALL", "t_journalist_phx", TRAP + " (reporter covering Phoenix PD)",
  [J("writer", "Public Safety Reporter", "The Arizona Republic", "Phoenix, AZ", "2013-06",
     bullets=["Covered the Phoenix Police Department and Maricopa County Sheriff's Office beat, including officer-involved shootings."])], hire="2023-09-25", genre="chrono")
C("RR203", "RECALL", "t_fleet_mechanic_ok_dps", "civilian fleet mechanic at Oklahoma DPS -> RECALL",
  [J("mechanic", "Fleet Mechanic II (civilian)", "Oklahoma Department of Public Safety, Fleet Management", "Oklahoma City, OK", "2014-03")], hire="2023-01-09", genre="functional")
C("RR204", "RECALL", "t_brother_nypd", TRAP + " (brother is an NYPD officer)",
  [J("teacher", "Math Teacher", "Houston Independent School District", "Houston, TX", "2015-08")], hire="2023-07-24",
  intro="My brother is an NYPD officer and inspired my interest in immigration enforcement.", genre="linkedin")

# =========================================================================================
# M: identity that cannot be settled -> MANUAL_REVIEW
# =========================================================================================
C("RR210", "MANUAL_REVIEW", "m_registry_dob_blank", "TX Peace Officer record with the hire's exact name and the Corpus Christi PD the resume names, but registry DOB blank -> identity unconfirmed -> MANUAL_REVIEW",
  [J("police", "Police Officer", "Corpus Christi Police Department", "Corpus Christi, TX", "2014-06")], hire="2023-03-13",
  reg=[R("TX", "Peace Officer", "active", "2014-12-05", "", "Corpus Christi Police Department", dob="")], genre="chrono")
C("RR211", "MANUAL_REVIEW", "m_hire_dob_blank", "hire DOB blank; FL Police Officer record with same name claims Tampa PD -> cannot link safely -> MANUAL_REVIEW",
  [J("police", "Police Officer", "Tampa Police Department", "Tampa, FL", "2013-08")], hire="2023-05-30",
  person=dict(dob=""), reg=[R("FL", "Police Officer", "active", "2014-02-14", "", "Tampa Police Department", dob="1986-10-21")], genre="linkedin")
C("RR212", "VERIFIED_LEO|MANUAL_REVIEW", "m_dob_day_month_swap", "IL Police Officer record, same name, DOB day/month swapped (typo?) -> verify or review",
  [J("police", "Police Officer", "Aurora Police Department", "Naperville, IL", "2015-01")], hire="2023-02-13",
  person=dict(dob="1987-04-06"), reg=[R("IL", "Police Officer", "active", "2015-07-10", "", "Aurora Police Department", dob="1987-06-04")], genre="usajobs")

# =========================================================================================
# REM: remediation by completing the basic course
# =========================================================================================
C("RR220", "REMEDIATED", "r_loan_basic_done", "not verified (loan officer), FLETC-BIETP completed -> REMEDIATED",
  [J("loan", "Loan Officer", "Chase Home Lending", "Dallas, TX", "2015-01")], hire="2022-08-08", train="short+basic_done", genre="chrono")
C("RR221", "REMEDIATED", "r_covered_noreg_basic_done", "covered sworn claim, no record, basic completed -> REMEDIATED",
  [J("police", "Police Officer", "Garland Police Department", "Dallas, TX", "2014-09")], hire="2022-09-19", train="short+basic_done", genre="linkedin")
C("RR222", "REMEDIATED", "r_tsa_basic_done", "TSA officer, basic completed -> REMEDIATED",
  [J("tsa", "Lead Transportation Security Officer", "TSA, Las Vegas Harry Reid International Airport", "Las Vegas, NV", "2014-06")], hire="2022-10-11", train="short+basic_done", genre="usajobs")
C("RR223", "RECALL", "r_security_basic_enrolled", "security officer; basic only enrolled -> RECALL",
  [J("security", "Security Officer", "GardaWorld", "Atlanta, GA", "2017-02")], hire="2023-04-10", train="short+basic_enrolled", genre="chrono")
C("RR224", "RECALL", "r_co_basic_withdrawn", "correctional officer; basic withdrawn -> RECALL",
  [J("corrections", "Correctional Officer", "Georgia Department of Corrections", "Atlanta, GA", "2015-11")], hire="2023-01-23", train="short+basic_withdrawn", genre="pdf")
C("RR225", "RECALL", "r_petty_basic_failed", "petty officer; basic failed -> RECALL",
  [J("navy", "Petty Officer Second Class (HT2)", "U.S. Navy", "", "2014-06", "2020-06"),
   J("warehouse", "Maintenance Technician", "Huntington Ingalls", "Virginia Beach, VA", "2020-08")], hire="2022-12-12", train="short+basic_failed", genre="linkedin")
C("RR226", "REMEDIATED", "r_aspirational_basic_done", "aspirational, basic completed -> REMEDIATED",
  [J("retail", "Assistant Manager", "Academy Sports + Outdoors", "Houston, TX", "2018-03")], hire="2022-07-18",
  summary="Hard-working retail leader who hopes to become a federal law enforcement officer.", train="short+basic_done", genre="cover")
C("RR227", "REMEDIATED", "r_fed_nofed_basic_done", "federal claim (BPA) without FED record; basic completed -> REMEDIATED",
  [J("bp", "Border Patrol Agent", "U.S. Border Patrol, Rio Grande Valley Sector", "Laredo, TX", "2016-01", series="1896")], hire="2022-08-29",
  train="short+basic_done", genre="usajobs")

# =========================================================================================
# K: short track by course code despite screening_track BASIC
# =========================================================================================
C("RR230", "RECALL", "k_basic_track_short_course", "screening_track BASIC but took ERO-LEO-VIRT (short-track course) -> short track; compliance officer, not verified, no basic -> RECALL",
  [J("compliance", "Compliance Officer", "Arvest Bank", "Tulsa, OK", "2016-09")], hire="2023-05-15", track="BASIC", train="short", genre="chrono")
C("RR231", "VERIFIED_LEO", "k_basic_track_short_course_verified", "screening_track BASIC but took ERO-LEO-VIRT; TX Peace Officer active verifies -> VERIFIED_LEO",
  [J("police", "Police Officer", "Plano Police Department", "Dallas, TX", "2015-04")], hire="2023-06-05", track="BASIC", train="short",
  reg=[R("TX", "Peace Officer", "active", "2015-10-02", "", "Plano Police Department")], genre="linkedin")

# =========================================================================================
# NA: full track -> NOT_APPLICABLE whatever the resume says
# =========================================================================================
NA = "screening_track BASIC and no short-track course -> full track -> NOT_APPLICABLE"
C("RR240", "NOT_APPLICABLE", "na_loan", NA, [J("loan", "Loan Officer", "Bank of Oklahoma", "Tulsa, OK", "2016-01")], track="BASIC", train="basic_done", hire="2022-09-12", genre="chrono")
C("RR241", "NOT_APPLICABLE", "na_uncovered_police", NA + " (uncovered sworn claim irrelevant)", [J("police", "Police Officer", "Tulsa Police Department", "Tulsa, OK", "2014-05")], track="BASIC", train="basic_done", hire="2022-10-03", genre="usajobs")
C("RR242", "NOT_APPLICABLE", "na_covered_police_verified", NA + " (even with a verifying TX record)", [J("police", "Police Officer", "Irving Police Department", "Dallas, TX", "2013-01")], track="BASIC", train="basic_done", hire="2023-01-09",
  reg=[R("TX", "Peace Officer", "active", "2013-06-14", "", "Irving Police Department")], genre="linkedin")
C("RR243", "NOT_APPLICABLE", "na_enrolled", NA + " (basic enrolled)", [J("corrections", "Correctional Officer", "Oklahoma Department of Corrections", "Oklahoma City, OK", "2017-03")], track="BASIC", train="basic_enrolled", hire="2023-09-25", genre="chrono")
C("RR244", "NOT_APPLICABLE", "na_no_training", NA + " (no training rows yet)", [J("security", "Security Officer", "Allied Universal", "Phoenix, AZ", "2019-06")], track="BASIC", train="none", hire="2024-01-08", genre="functional")
C("RR245", "NOT_APPLICABLE", "na_student", NA, [J("student", "Student", "University of Idaho", "Boise, ID", "2019-08", "2023-05")], track="BASIC", train="basic_done", hire="2023-06-12", genre="chrono")
C("RR246", "NOT_APPLICABLE", "na_federal_bpa", NA, [J("bp", "Border Patrol Agent", "U.S. Border Patrol", "El Paso, TX", "2012-08")], track="BASIC", train="basic_done", hire="2022-11-14", genre="usajobs")
C("RR247", "NOT_APPLICABLE", "na_mp", NA, [J("mp", "Military Police (31B)", "U.S. Army", "Killeen, TX", "2015-01", "2021-01")], track="BASIC", train="basic_done", hire="2023-02-27", genre="pdf")
C("RR248", "NOT_APPLICABLE", "na_cfo", NA, [J("exec", "Chief Financial Officer", "Phoenix Children's", "Phoenix, AZ", "2014-04")], track="BASIC", train="basic_done", hire="2023-04-17", genre="cover")
C("RR249", "NOT_APPLICABLE", "na_reference", NA, [J("warehouse", "Supervisor", "UPS", "Seattle, WA", "2016-04")], track="BASIC", train="basic_withdrawn", hire="2023-07-10",
  refs=["Lt. Karen Moss, Seattle Police Department, (206) 684-5000"], genre="chrono")


# =========================================================================================
# build
# =========================================================================================
def make_person(c, used_dobs, used_names):
    ov = c.get("person", {})
    female = rng.random() < 0.38
    while True:
        first = ov.get("first") or rng.choice(FIRST_F if female else FIRST_M)
        last = ov.get("last") or rng.choice(LASTS)
        if (first, last) not in used_names or ("first" in ov and "last" in ov):
            break
    used_names.add((first, last))
    middle = ov.get("middle", rng.choice(["", "", "A", "Lee", "Marie", "J", "Ray", "Ann", "Michael", "Elena"]))
    if "dob" in ov:
        dob = ov["dob"]
    else:
        while True:
            dob = f"{rng.randint(1972, 1999)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if dob not in used_dobs:
                break
    used_dobs.add(dob)
    home = c.get("home")
    if not home:
        for j in c["jobs"]:
            loc = j.get("loc") or ""
            city = loc.split(",")[0].strip().title()
            if city in CITIES:
                home = city
                break
    if not home:
        home = rng.choice(list(CITIES))
    st, zp, area = CITIES[home]
    email = f"{first.lower()[0]}{last.lower().replace('-', '').replace('ñ', 'n')}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'yahoo.com', 'outlook.com', 'icloud.com'])}"
    return dict(first=first, display_first=ov.get("display_first"), middle=middle, last=last,
                suffix=ov.get("suffix", ""), dob=dob, city=home, st=st, zip=zp, area=area,
                street=f"{rng.randint(100, 9899)} {rng.choice(STREETS)}",
                phone=f"({area}) {rng.randint(200, 989)}-{rng.randint(1000, 9999)}", email=email)


def add_days(iso, n):
    from datetime import date, timedelta
    return (date.fromisoformat(iso) + timedelta(days=n)).isoformat()


def training_rows(hid, hire, mode):
    rows = []
    if mode == "none":
        return rows
    parts = mode.split("+")
    for p in parts:
        if p == "short":
            rows.append([hid, *SHORT[:2], SHORT[2], add_days(hire, 7), add_days(hire, 35), "completed"])
        elif p.startswith("basic_"):
            status = {"basic_done": "completed", "basic_enrolled": "enrolled", "basic_withdrawn": "withdrawn",
                      "basic_failed": "failed"}[p]
            off = 120 if parts[0] == "short" else 14
            end = add_days(hire, off + 90) if status in ("completed", "failed", "withdrawn") else ""
            rows.append([hid, *BASIC[:2], BASIC[2], add_days(hire, off), end, status])
    return rows


def filler_registry(source, n, start_id):
    rows = []
    types = {
        "FED": ["Federal Law Enforcement Officer", "Special Agent", "Criminal Investigator", "Correctional Officer",
                "Deputy United States Marshal", "Federal Police Officer"],
    }.get(source, ["Peace Officer", "Police Officer", "Deputy Sheriff", "State Trooper", "Correctional Officer",
                   "Jailer", "Telecommunicator", "Reserve Peace Officer", "Probation Officer"])
    for i in range(n):
        fn = rng.choice(FIRST_M + FIRST_F)
        ln = rng.choice(FILL_LASTS)
        dob = f"{rng.randint(1955, 1970)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        iy = rng.randint(1985, 2018)
        issued = f"{iy}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        st = rng.choice(["active", "active", "inactive", "lapsed", "revoked"])
        sep = "" if st == "active" else f"{min(iy + rng.randint(1, 12), 2023)}-{rng.randint(1, 12):02d}-15"
        agency = f"{rng.choice(['City', 'County', 'State'])} agency {rng.randint(1, 400)} ({source})"
        rows.append([f"{source}-{start_id + i:06d}", source, fn, "", ln, dob, rng.choice(types), st, issued, sep, agency])
    return rows


def build(out):
    os.makedirs(out, exist_ok=True)
    used_dobs, used_names = set(), set()
    hires, train, hist, certs, decerts, expected = [], [], [], {s: [] for s in COVERED}, [], []
    rid = 1000
    genre_cycle = 0
    for c in CASES:
        p = make_person(c, used_dobs, used_names)
        pos = rng.choice(POSITIONS)
        hire = c.get("hire") or f"2023-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        genre = c.get("genre") or GENRES[genre_cycle % len(GENRES)]
        genre_cycle += 1
        extras = {k: c[k] for k in ("summary", "intro", "edu", "certs", "training", "awards", "volunteer",
                                    "skills", "other", "refs", "headline", "date_style", "nb", "vetpref",
                                    "fedstatus") if k in c}
        res = Resume(rng, p, c["jobs"], hire, pos[0], c["jobs"][0]["kind"], **extras).render(genre)
        basis = "keyword:officer" if "officer" in res.lower() else ""
        hires.append([c["id"], p["first"], p["middle"], p["last"], p["suffix"], p["dob"], hire, pos[0], pos[1],
                      pos[2], c.get("track", "LEO"), basis, res])
        train.extend(training_rows(c["id"], hire, c.get("train", "short")))
        for h in c.get("hist", []):
            hist.append([c["id"], *h])
        for r in c.get("reg", []):
            rid += 1
            certs[r["source"]].append([f"{r['source']}-{rid:06d}", r["source"], r.get("first", p["first"]),
                                       r.get("middle", p["middle"]), r.get("last", p["last"]),
                                       r.get("dob", p["dob"]), r["ctype"], r["status"], r["issued"], r["sep"],
                                       r["agency"]])
        for (src, action, adate, reason) in c.get("decert", []):
            rid += 1
            decerts.append([f"D{src}-{rid:06d}", src, p["first"], p["last"], p["dob"], action, adate, reason])
        expected.append([c["id"], c["expected"], c["case"], c["why"]])
    fid = 500000
    for s in COVERED:
        certs[s].extend(filler_registry(s, rng.randint(22, 34), fid))
        fid += 1000
        rng.shuffle(certs[s])

    def w(name, cols, rows):
        with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f)
            wr.writerow(cols)
            wr.writerows(rows)

    w("hires.csv", HIRE_COLS, hires)
    w("training.csv", TRAIN_COLS, train)
    w("employment_history.csv", HIST_COLS, hist)
    w("decertifications.csv", DECERT_COLS, decerts)
    for s in COVERED:
        w(f"certifications_{s.lower()}.csv", CERT_COLS, certs[s])
    return expected


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--freeze", action="store_true", help="also write expected_before_run.csv if absent")
    a = ap.parse_args()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate ids"
    expected = build(a.out)
    cols = ["hire_id", "expected_determination", "case", "why"]
    with open(os.path.join(HERE, "expected.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f)
        wr.writerow(cols)
        wr.writerows(expected)
    frozen = os.path.join(HERE, "expected_before_run.csv")
    if a.freeze and not os.path.exists(frozen):
        with open(frozen, "w", newline="", encoding="utf-8") as f:
            wr = csv.writer(f)
            wr.writerow(cols)
            wr.writerows(expected)
    print(f"{len(expected)} hires written to {a.out}")


if __name__ == "__main__":
    main()
