#!/usr/bin/env python3
"""heldout_gen7: careers written as prose, and mixed careers.

Blind held-out world for leo-audit, built only from the data contract, the README, the
real-formats README and rules/*.yaml.  Deterministic (fixed seed).

    make.py --out DIR --truth CSV

Truth is decided from the *facts* of each career (jobs with category, state, dates) and
the registry rows written for the hire, never from the tool:
  not short track                        -> NOT_APPLICABLE
  a registry record verifies             -> VERIFIED_LEO
  basic course completed                 -> REMEDIATED
  a sworn job (claimed in prose / history) in a state not loaded or that cannot be
  told, still serving or ended < ~2 years before hire (or undated) -> MANUAL_REVIEW
  otherwise                              -> RECALL
Loaded registries: TX FL AZ NY OH + FED.  Federal sworn service is FED's.
"""
import argparse
import csv
import datetime as dt
import os
import random

SEED = 20260707
LOADED = {"TX", "FL", "AZ", "NY", "OH", "FED"}
STATE_NAMES = {
    "TX": "Texas", "FL": "Florida", "AZ": "Arizona", "NY": "New York", "OH": "Ohio",
    "NV": "Nevada", "CA": "California", "WA": "Washington", "IL": "Illinois",
    "CO": "Colorado", "NM": "New Mexico", "GA": "Georgia", "PA": "Pennsylvania",
    "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota", "OR": "Oregon",
    "TN": "Tennessee", "OK": "Oklahoma", "NC": "North Carolina", "PR": "Puerto Rico",
    "GU": "Guam", "DC": "District of Columbia", "LA": "Louisiana", "SD": "South Dakota",
    "VA": "Virginia", "MD": "Maryland", "UT": "Utah", "WI": "Wisconsin", "MO": "Missouri",
    "MT": "Montana", "VT": "Vermont", "NJ": "New Jersey", "KY": "Kentucky", "SC": "South Carolina",
}
ZIPS = {"TX": "78", "FL": "33", "AZ": "85", "NY": "10", "OH": "44", "NV": "89", "CA": "95",
        "WA": "98", "IL": "60", "CO": "80", "NM": "87", "GA": "30", "PA": "19", "MA": "02",
        "MI": "48", "MN": "55", "OR": "97", "TN": "37", "OK": "74", "NC": "27", "PR": "00",
        "GU": "96", "DC": "20", "LA": "70", "SD": "57", "VA": "22", "MD": "21", "UT": "84",
        "WI": "53", "MO": "63", "MT": "59", "VT": "05", "NJ": "07", "KY": "40", "SC": "29"}

# ---------------------------------------------------------------- agencies
# (employer, short, city, state, titles)
SWORN_LOADED = [
    ("Houston Police Department", "HPD", "Houston", "TX", ["police officer", "patrol officer", "detective"]),
    ("San Antonio Police Department", "SAPD", "San Antonio", "TX", ["police officer", "patrol officer"]),
    ("El Paso Police Department", "EPPD", "El Paso", "TX", ["police officer", "detective"]),
    ("Dallas Police Department", "Dallas PD", "Dallas", "TX", ["police officer", "senior corporal"]),
    ("Lubbock Police Department", "LPD", "Lubbock", "TX", ["police officer"]),
    ("Laredo Police Department", "LPD", "Laredo", "TX", ["police officer"]),
    ("Harris County Sheriff's Office", "HCSO", "Houston", "TX", ["deputy sheriff", "patrol deputy"]),
    ("Bexar County Sheriff's Office", "BCSO", "San Antonio", "TX", ["deputy sheriff"]),
    ("Texas Department of Public Safety", "Texas DPS", "Austin", "TX", ["state trooper", "highway patrol trooper"]),
    ("University of Texas at Austin Police Department", "UTPD", "Austin", "TX", ["police officer"]),
    ("Dallas Area Rapid Transit Police", "DART Police", "Dallas", "TX", ["police officer"]),
    ("Miami-Dade Police Department", "MDPD", "Miami", "FL", ["police officer", "detective"]),
    ("Jacksonville Sheriff's Office", "JSO", "Jacksonville", "FL", ["police officer", "sergeant"]),
    ("Orlando Police Department", "OPD", "Orlando", "FL", ["police officer"]),
    ("Tampa Police Department", "TPD", "Tampa", "FL", ["police officer", "detective"]),
    ("Hillsborough County Sheriff's Office", "HCSO", "Tampa", "FL", ["deputy sheriff"]),
    ("Florida Highway Patrol", "FHP", "Tallahassee", "FL", ["state trooper"]),
    ("Tucson Police Department", "TPD", "Tucson", "AZ", ["police officer", "patrol officer", "detective"]),
    ("Phoenix Police Department", "PPD", "Phoenix", "AZ", ["police officer", "detective"]),
    ("Mesa Police Department", "Mesa PD", "Mesa", "AZ", ["police officer"]),
    ("Scottsdale Police Department", "SPD", "Scottsdale", "AZ", ["police officer"]),
    ("Maricopa County Sheriff's Office", "MCSO", "Phoenix", "AZ", ["deputy sheriff"]),
    ("Pima County Sheriff's Department", "PCSD", "Tucson", "AZ", ["deputy sheriff"]),
    ("Arizona Department of Public Safety", "AZDPS", "Phoenix", "AZ", ["state trooper", "highway patrol officer"]),
    ("University of Arizona Police Department", "UAPD", "Tucson", "AZ", ["police officer"]),
    ("New York City Police Department", "NYPD", "New York", "NY", ["police officer", "detective"]),
    ("Buffalo Police Department", "BPD", "Buffalo", "NY", ["police officer"]),
    ("Syracuse Police Department", "SPD", "Syracuse", "NY", ["police officer"]),
    ("New York State Police", "NYSP", "Albany", "NY", ["state trooper"]),
    ("Suffolk County Police Department", "SCPD", "Yaphank", "NY", ["police officer"]),
    ("MTA Police Department", "MTA PD", "New York", "NY", ["police officer"]),
    ("Cleveland Division of Police", "CDP", "Cleveland", "OH", ["patrol officer", "police officer"]),
    ("Cincinnati Police Department", "CPD", "Cincinnati", "OH", ["police officer"]),
    ("Toledo Police Department", "TPD", "Toledo", "OH", ["police officer"]),
    ("Akron Police Department", "APD", "Akron", "OH", ["police officer"]),
    ("Ohio State Highway Patrol", "OSHP", "Columbus", "OH", ["state trooper"]),
    ("Cuyahoga County Sheriff's Department", "CCSD", "Cleveland", "OH", ["deputy sheriff"]),
]
SWORN_UNLOADED = [
    ("Reno Police Department", "RPD", "Reno", "NV", ["police officer", "detective"]),
    ("Las Vegas Metropolitan Police Department", "LVMPD", "Las Vegas", "NV", ["police officer"]),
    ("Henderson Police Department", "HPD", "Henderson", "NV", ["police officer"]),
    ("Washoe County Sheriff's Office", "WCSO", "Reno", "NV", ["deputy sheriff"]),
    ("Sacramento Police Department", "SPD", "Sacramento", "CA", ["police officer"]),
    ("Fresno Police Department", "FPD", "Fresno", "CA", ["police officer"]),
    ("Los Angeles Police Department", "LAPD", "Los Angeles", "CA", ["police officer", "detective"]),
    ("San Diego Police Department", "SDPD", "San Diego", "CA", ["police officer"]),
    ("Bakersfield Police Department", "BPD", "Bakersfield", "CA", ["police officer"]),
    ("California Highway Patrol", "CHP", "Sacramento", "CA", ["state traffic officer", "officer"]),
    ("Seattle Police Department", "SPD", "Seattle", "WA", ["police officer"]),
    ("Spokane Police Department", "SPD", "Spokane", "WA", ["police officer"]),
    ("Tacoma Police Department", "TPD", "Tacoma", "WA", ["police officer"]),
    ("Washington State Patrol", "WSP", "Olympia", "WA", ["state trooper"]),
    ("Chicago Police Department", "CPD", "Chicago", "IL", ["police officer", "detective"]),
    ("Rockford Police Department", "RPD", "Rockford", "IL", ["police officer"]),
    ("Denver Police Department", "DPD", "Denver", "CO", ["police officer", "detective"]),
    ("Colorado Springs Police Department", "CSPD", "Colorado Springs", "CO", ["police officer"]),
    ("Albuquerque Police Department", "APD", "Albuquerque", "NM", ["police officer"]),
    ("Las Cruces Police Department", "LCPD", "Las Cruces", "NM", ["police officer"]),
    ("Atlanta Police Department", "APD", "Atlanta", "GA", ["police officer"]),
    ("Savannah Police Department", "SPD", "Savannah", "GA", ["police officer"]),
    ("Philadelphia Police Department", "PPD", "Philadelphia", "PA", ["police officer"]),
    ("Pittsburgh Bureau of Police", "PBP", "Pittsburgh", "PA", ["police officer"]),
    ("Boston Police Department", "BPD", "Boston", "MA", ["police officer"]),
    ("Worcester Police Department", "WPD", "Worcester", "MA", ["police officer"]),
    ("Detroit Police Department", "DPD", "Detroit", "MI", ["police officer"]),
    ("Grand Rapids Police Department", "GRPD", "Grand Rapids", "MI", ["police officer"]),
    ("Minneapolis Police Department", "MPD", "Minneapolis", "MN", ["police officer"]),
    ("Saint Paul Police Department", "SPPD", "Saint Paul", "MN", ["police officer"]),
    ("Portland Police Bureau", "PPB", "Portland", "OR", ["police officer"]),
    ("Eugene Police Department", "EPD", "Eugene", "OR", ["police officer"]),
    ("Memphis Police Department", "MPD", "Memphis", "TN", ["police officer"]),
    ("Knoxville Police Department", "KPD", "Knoxville", "TN", ["police officer"]),
    ("Tulsa Police Department", "TPD", "Tulsa", "OK", ["police officer"]),
    ("Oklahoma City Police Department", "OKCPD", "Oklahoma City", "OK", ["police officer"]),
    ("Raleigh Police Department", "RPD", "Raleigh", "NC", ["police officer"]),
    ("Durham Police Department", "DPD", "Durham", "NC", ["police officer"]),
    ("New Orleans Police Department", "NOPD", "New Orleans", "LA", ["police officer"]),
    ("Jefferson Parish Sheriff's Office", "JPSO", "Harvey", "LA", ["deputy sheriff"]),
    ("MBTA Transit Police Department", "MBTA Transit Police", "Boston", "MA", ["police officer"]),
    ("SEPTA Transit Police", "SEPTA Police", "Philadelphia", "PA", ["police officer"]),
    ("BART Police Department", "BART PD", "Oakland", "CA", ["police officer"]),
    ("University of Washington Police Department", "UWPD", "Seattle", "WA", ["police officer"]),
    ("Metropolitan Police Department of the District of Columbia", "MPD", "Washington", "DC", ["police officer"]),
]
# rare: Puerto Rico, Guam, tribal, Amtrak
SWORN_RARE = [
    ("Negociado de la Policía de Puerto Rico", "NPPR", "Bayamón", "PR", ["agente de la policía", "police officer"]),
    ("Puerto Rico Police Bureau", "PRPB", "Carolina", "PR", ["police officer"]),
    ("Guam Police Department", "GPD", "Hagåtña", "GU", ["police officer"]),
    ("Oglala Sioux Tribe Department of Public Safety", "OST DPS", "Pine Ridge", "SD", ["police officer"]),
    ("Amtrak Police Department", "Amtrak PD", "Philadelphia", "PA", ["police officer"]),
]
# the state cannot be told
SWORN_AMBIG = [
    ("Washington County Sheriff's Office", ["deputy sheriff"]),
    ("Springfield Police Department", ["police officer"]),
    ("Jefferson County Sheriff's Office", ["deputy sheriff"]),
    ("Greenville Police Department", ["police officer"]),
    ("Madison County Sheriff's Office", ["deputy sheriff"]),
    ("Lincoln County Sheriff's Office", ["deputy sheriff"]),
    ("Marion Police Department", ["police officer"]),
    ("Clinton Police Department", ["police officer"]),
    ("Fairview Police Department", ["police officer"]),
    ("Franklin County Sheriff's Office", ["deputy sheriff"]),
]
# federal (employer, city, state, titles, series)
FEDERAL = [
    ("U.S. Border Patrol", "Tucson", "AZ", ["border patrol agent"], "1896"),
    ("U.S. Border Patrol", "Blaine", "WA", ["border patrol agent"], "1896"),
    ("U.S. Border Patrol", "Havre", "MT", ["border patrol agent"], "1896"),
    ("U.S. Border Patrol", "Laredo", "TX", ["border patrol agent"], "1896"),
    ("U.S. Customs and Border Protection", "San Ysidro", "CA", ["cbp officer"], "1895"),
    ("U.S. Customs and Border Protection", "Miami", "FL", ["cbp officer"], "1895"),
    ("U.S. Customs and Border Protection", "Blaine", "WA", ["cbp officer"], "1895"),
    ("Federal Bureau of Investigation", "Chicago", "IL", ["special agent"], "1811"),
    ("Federal Bureau of Investigation", "Denver", "CO", ["special agent"], "1811"),
    ("Drug Enforcement Administration", "San Diego", "CA", ["special agent"], "1811"),
    ("U.S. Marshals Service", "Las Vegas", "NV", ["deputy u.s. marshal"], "0082"),
    ("U.S. Marshals Service", "Seattle", "WA", ["deputy u.s. marshal"], "0082"),
    ("U.S. Secret Service", "Washington", "DC", ["uniformed division officer", "special agent"], "0083"),
    ("United States Park Police", "Washington", "DC", ["police officer"], "0083"),
    ("Department of Veterans Affairs Police", "St. Cloud", "MN", ["police officer"], "0083"),
    ("Department of Veterans Affairs Police", "Reno", "NV", ["police officer"], "0083"),
    ("Bureau of Indian Affairs Office of Justice Services", "Pine Ridge", "SD", ["police officer"], "0083"),
    ("Federal Protective Service", "Denver", "CO", ["police officer"], "0083"),
    ("Pentagon Force Protection Agency", "Arlington", "VA", ["police officer"], "0083"),
    ("U.S. Immigration and Customs Enforcement", "Seattle", "WA", ["deportation officer"], "1801"),
]
# non-sworn (title, employer, city, state, category)
NONSWORN = [
    ("loan officer", "Wells Fargo Home Mortgage", "Phoenix", "AZ", "other"),
    ("mortgage loan officer", "Academy Mortgage", "Reno", "NV", "other"),
    ("compliance officer", "First Horizon Bank", "Memphis", "TN", "other"),
    ("BSA/AML compliance officer", "Zions Bank", "Salt Lake City", "UT", "other"),
    ("probation officer", "Pima County Adult Probation", "Tucson", "AZ", "prob"),
    ("juvenile probation officer", "Clark County Juvenile Justice Services", "Las Vegas", "NV", "prob"),
    ("parole officer", "Illinois Department of Corrections", "Chicago", "IL", "prob"),
    ("correctional officer", "Texas Department of Criminal Justice", "Huntsville", "TX", "corr"),
    ("correctional officer", "Florida Department of Corrections", "Lake Butler", "FL", "corr"),
    ("correctional officer", "Nevada Department of Corrections", "Carson City", "NV", "corr"),
    ("detention officer", "Maricopa County Sheriff's Office", "Phoenix", "AZ", "corr"),
    ("detention officer", "Washoe County Sheriff's Office", "Reno", "NV", "corr"),
    ("jailer", "Bexar County Adult Detention Center", "San Antonio", "TX", "corr"),
    ("corrections officer", "California Department of Corrections and Rehabilitation", "Folsom", "CA", "corr"),
    ("security officer", "Allied Universal", "Denver", "CO", "security"),
    ("armed security officer", "Securitas", "Houston", "TX", "security"),
    ("loss prevention officer", "Target", "Orlando", "FL", "security"),
    ("transportation security officer", "Transportation Security Administration", "Phoenix", "AZ", "security"),
    ("court security officer", "Paragon Systems", "Albuquerque", "NM", "security"),
    ("bailiff", "Cook County Circuit Court", "Chicago", "IL", "security"),
    ("code enforcement officer", "City of Mesa", "Mesa", "AZ", "other"),
    ("code compliance officer", "City of Henderson", "Henderson", "NV", "other"),
    ("animal control officer", "Sacramento County Animal Care", "Sacramento", "CA", "other"),
    ("parking enforcement officer", "City of Seattle", "Seattle", "WA", "other"),
    ("community service officer", "Tucson Police Department", "Tucson", "AZ", "other"),
    ("public information officer", "Denver Water", "Denver", "CO", "other"),
    ("safety officer", "Granite Construction", "Sacramento", "CA", "other"),
    ("911 dispatcher", "Washoe County Regional Communications", "Reno", "NV", "dispatch"),
    ("public safety telecommunicator", "City of Phoenix", "Phoenix", "AZ", "dispatch"),
    ("police dispatcher", "Chicago Office of Emergency Management and Communications", "Chicago", "IL", "dispatch"),
    ("claims adjuster", "State Farm", "Tulsa", "OK", "other"),
    ("paralegal", "Gonzalez & Reyes LLP", "El Paso", "TX", "other"),
]
RESERVE = [
    ("reserve police officer", "Reno Police Department", "Reno", "NV"),
    ("auxiliary police officer", "New York City Police Department Auxiliary", "New York", "NY"),
    ("reserve deputy", "Washoe County Sheriff's Office", "Reno", "NV"),
    ("police reserve officer", "Sacramento Police Department", "Sacramento", "CA"),
    ("reserve deputy sheriff", "Pima County Sheriff's Department", "Tucson", "AZ"),
]
MILITARY = [
    ("Military Police (31B)", "U.S. Army", "Fort Hood", "TX"),
    ("Military Police Sergeant", "U.S. Army", "Fort Carson", "CO"),
    ("Master-at-Arms", "U.S. Navy", "Naval Station Norfolk", "VA"),
    ("Master-at-Arms Second Class (MA2)", "U.S. Navy", "Naval Base San Diego", "CA"),
    ("Security Forces Member", "U.S. Air Force", "Nellis AFB", "NV"),
    ("Security Forces Staff Sergeant", "U.S. Air Force", "Davis-Monthan AFB", "AZ"),
    ("Military Police Marine", "U.S. Marine Corps", "Camp Pendleton", "CA"),
    ("Infantryman", "U.S. Army", "Fort Bragg", "NC"),
]
NEEDS_STATE = {"Austin", "Albany", "Columbus", "Washington", "Yaphank", "Harvey", "Carolina", "Pine Ridge",
               "Tallahassee", "Olympia", "Huntsville", "Cleveland", "Syracuse", "Toledo", "Henderson", "Durham",
               "Rockford", "Savannah", "Akron", "Buffalo", "Arlington", "Miami", "Phoenix", "Hagåtña", "Bayamón"}
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
             8: "eight", 9: "nine", 10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen",
             14: "fourteen", 15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen",
             19: "nineteen", 20: "twenty"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

FIRST_M = """James Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel
Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald
Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam
Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter Christian Keith Roger Terry Austin
Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan Jesse Bryan Billy Bruce Gabriel Joe Logan
Alan Juan Albert Willie Elijah Wayne Randy Vincent Mason Roy Ralph Bobby Russell Bradley Philip
Eugene Miguel Luis Carlos Javier Marco Andres Rafael Hector Ruben Omar Tariq Hassan Wei Hiroshi
Dmitri Kwame Desmond Malik Trevor Dustin Colby Wade Garrett Shane Cody Travis Derek Quentin""".split()
FIRST_F = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy
Betty Margaret Sandra Ashley Kimberly Emily Donna Michelle Carol Amanda Dorothy Melissa Deborah
Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Angela Shirley Anna Brenda Pamela Emma Nicole
Helen Samantha Katherine Christine Debra Rachel Carolyn Janet Catherine Maria Heather Diane Ruth
Julie Olivia Joyce Virginia Victoria Kelly Lauren Christina Joan Evelyn Judith Megan Andrea Cheryl
Hannah Jacqueline Martha Gloria Teresa Ann Sara Madison Frances Kathryn Janice Jean Abigail Alice
Judy Sophia Grace Denise Amber Doris Marilyn Danielle Beverly Isabella Theresa Diana Natalie
Brittany Charlotte Marie Kayla Alexis Lori Lucia Ximena Yolanda Guadalupe Marisol Priya Mei Aiko
Fatima Leticia Graciela Rosalind Tamika Shonda Keisha Bethany Courtney Whitney Kristin""".split()
LAST = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez
Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez
Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green
Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz
Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan
Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood
James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster
Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher
Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin Wallace Moreno
West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall
Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb
Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer
Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley
Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham
Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston
Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval Guerrero George Chapman Rios
Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson Santiago Maldonado Morrison
Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop Montgomery Oliver
Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett
Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh
Bowman Schultz Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis
Cortez Douglas Schneider Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins
Campos Barnett Bates Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers
Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran
Walters Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail
Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann
Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves Chang Klein
Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp
Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair Oconnor Cardenas Pacheco
Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano Fitzgerald Rosales Stevenson
Christensen Manning Gill Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese
Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz
Montoya Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang
Guerra Wolf Valencia Saunders Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise
Gallegos Clarke Barton Schroeder Maxwell Waters Logan Camacho Strickland Norman Person Colon
Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers
Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller Hartman French
Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias
Villanueva Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick
Pineda Burnett Mercado Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil
Okafor Adeyemi Kowalski Nowak Lindqvist Haddad Nakamura Tanaka Yamamoto Petrov Volkov Ivanova""".split()
MIDDLES = ["James", "Lee", "Ann", "Marie", "Ray", "Lynn", "Alan", "Jo", "Dean", "Grace",
           "Wayne", "Rose", "Scott", "Jean", "Allen", "Mae", "Edward", "Louise", "Paul", "Beth",
           "Xavier", "Ines", "Quincy", "Orlando", "Victoria", "Hale", "Arden", "Colette"]
OFFICES = ["Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver", "Detroit",
           "El Paso", "Houston", "Los Angeles", "Miami", "Newark", "New Orleans", "New York City",
           "Philadelphia", "Phoenix", "Salt Lake City", "San Antonio", "San Diego", "San Francisco",
           "Seattle", "St. Paul", "Washington"]
POSITIONS = [("Deportation Officer", "1801"), ("Immigration Enforcement Agent", "1801"),
             ("Deportation Officer", "1801"), ("Detention and Deportation Officer", "1801"),
             ("Supervisory Detention and Deportation Officer", "1801")]


# ---------------------------------------------------------------- dates
def add_months(d, n):
    y, m = divmod(d.year * 12 + d.month - 1 + n, 12)
    return dt.date(y, m + 1, min(d.day, 28))


def months_between(a, b):
    return (b.year - a.year) * 12 + b.month - a.month


class Job:
    def __init__(self, cat, title, employer, city, state, fed=False, short="", series="",
                 place=None, ambiguous=False, note=""):
        self.cat, self.title, self.employer, self.city, self.state = cat, title, employer, city, state
        self.fed, self.short, self.series, self.ambiguous, self.note = fed, short, series, ambiguous, note
        # place: what a careful reader can tell: FED for federal service, a state, or None
        self.place = place if place is not None else ("FED" if fed else (None if ambiguous else state))
        self.start = self.end = None  # end None = to hire date
        self.dur = 0
        self.undated = False
        self.in_history = True


def recency(job, hire):
    """recent / old for a sworn job (margins chosen so month-less renderings agree)."""
    if job.undated or job.end is None:
        return "recent"
    if hire.year - job.end.year >= 5:
        return "old"
    if job.end.year >= hire.year - 1 and (hire - job.end).days <= 2 * 366:
        return "recent"
    return "edge"


# ---------------------------------------------------------------- world
class World:
    def __init__(self, rng):
        self.rng = rng
        self.used_names = set()
        self.hires = []
        self.history = []
        self.training = []
        self.certs = []
        self.truth = []
        self.rec_n = 0
        self.hire_dobs = set()
        self.hire_last_dob = set()
        self.hire_first_dob = set()
        self.hire_names = set()

    def name(self):
        r = self.rng
        while True:
            f = r.choice(FIRST_M if r.random() < 0.7 else FIRST_F)
            l = r.choice(LAST)
            if (f, l) not in self.used_names:
                self.used_names.add((f, l))
                return f, l

    def rid(self, src):
        self.rec_n += 1
        prefix = {"FED": "FED-", "TX": "TCOLE-", "FL": "FDLE-", "AZ": "AZP-", "NY": "NYDCJS-", "OH": "OPOTC-"}[src]
        return f"{prefix}{700000 + self.rec_n * 7:07d}"


SWORN_TYPE = {"TX": ["Peace Officer", "Basic Peace Officer", "Peace Officer License"],
              "FL": ["Law Enforcement Officer", "Law Enforcement Certification"],
              "AZ": ["Peace Officer", "Full Authority Peace Officer"],
              "NY": ["Police Officer", "Police Officer Basic Certification"],
              "OH": ["Peace Officer", "Basic Peace Officer"],
              "FED": ["Federal Law Enforcement Officer", "Criminal Investigator (1811)", "Border Patrol Agent",
                      "CBP Officer", "Deputy U.S. Marshal"]}
NONSWORN_TYPE = {"TX": ["Jailer", "Telecommunicator", "County Corrections Officer"],
                 "FL": ["Correctional Officer", "Correctional Probation Officer"],
                 "AZ": ["Detention Officer", "Correctional Officer"],
                 "NY": ["Correction Officer", "Peace Officer - Probation"],
                 "OH": ["Corrections Officer", "Jailer"],
                 "FED": ["Correctional Officer (Bureau of Prisons)"]}


def build(out, truth_path):
    rng = random.Random(SEED)
    W = World(rng)

    def dur_words(m):
        y = round(m / 12)
        if y <= 0:
            return f"{m} months"
        return f"{NUM_WORDS.get(y, str(y))} year" + ("s" if y != 1 else "")

    # ------------------------------------------------ job factories
    def sworn_loaded(state=None):
        cands = [a for a in SWORN_LOADED if state is None or a[3] == state]
        e, s, c, st, titles = rng.choice(cands)
        return Job("sworn", rng.choice(titles), e, c, st, short=s)

    def sworn_unloaded():
        e, s, c, st, titles = rng.choice(SWORN_UNLOADED)
        return Job("sworn", rng.choice(titles), e, c, st, short=s)

    def sworn_rare():
        e, s, c, st, titles = rng.choice(SWORN_RARE)
        note = "tribal police (not BIA): SD not loaded" if st == "SD" else (
            "Amtrak police are state-certified, PA not loaded" if "Amtrak" in e else f"{st} not loaded")
        return Job("sworn", rng.choice(titles), e, c, st, short=s, note=note)

    def sworn_ambig():
        e, titles = rng.choice(SWORN_AMBIG)
        return Job("sworn", rng.choice(titles), e, "", "", ambiguous=True)

    def federal():
        e, c, st, titles, ser = rng.choice(FEDERAL)
        return Job("sworn", rng.choice(titles), e, c, st, fed=True, series=ser)

    def nonsworn(cat=None, exclude=()):
        cands = [n for n in NONSWORN if (cat is None or n[4] == cat) and n[4] not in exclude]
        t, e, c, st, ct = rng.choice(cands)
        return Job(ct, t, e, c, st)

    def reserve():
        t, e, c, st = rng.choice(RESERVE)
        return Job("reserve", t, e, c, st)

    def military():
        t, e, c, st = rng.choice(MILITARY)
        return Job("military", t, e, c, st, place="MIL")

    # ------------------------------------------------ timeline
    def lay_out(jobs, hire, gap_months=0, durs=None):
        """assign dates backwards from hire; last job ends gap_months before hire."""
        end = None if gap_months == 0 else add_months(hire, -gap_months)
        cursor = hire if end is None else end
        for i in range(len(jobs) - 1, -1, -1):
            j = jobs[i]
            d = durs[i] if durs else rng.randint(18, 84)
            j.dur = d
            j.end = end if i == len(jobs) - 1 else cursor
            j.start = add_months(cursor, -d)
            cursor = add_months(j.start, -rng.randint(0, 4))
            end = j.end
        return jobs

    # ------------------------------------------------ rendering
    def loc_words(j, style):
        if j.ambiguous:
            return ""
        st = j.state
        if style == 0:
            return f" in {j.city}, {STATE_NAMES[st]}"
        if style == 1:
            return f" ({j.city}, {st})"
        return ""  # agency name carries it

    def agency_carries_state(j):
        # the employer's own name or a single-state city places it for a reader
        return j.fed or j.cat != "sworn" or j.ambiguous or True

    def fd(d, f):
        if d is None:
            return rng.choice(["present", "Present", "to date", "now", "current"])
        if f == "mon":
            return d.strftime("%b %Y")
        if f == "month":
            return f"{MONTHS[d.month-1]} {d.year}"
        if f == "year":
            return str(d.year)
        if f == "apos":
            return "'" + d.strftime("%y")
        if f == "mm":
            return d.strftime("%m/%Y")
        if f == "season":
            s = {1: "Winter", 2: "Winter", 3: "Spring", 4: "Spring", 5: "Spring", 6: "Summer", 7: "Summer",
                 8: "Summer", 9: "Fall", 10: "Fall", 11: "Fall", 12: "Fall"}[d.month]
            return f"{s} {d.year}"
        if f == "monthof":
            return f"{MONTHS[d.month-1]} of {d.year}"
        return str(d.year)

    def art(t):
        return "an" if t[0].lower() in "aeiou" else "a"

    def narrative(j, hire, first=False):
        f = rng.choice(["year", "month", "monthof", "year", "season"])
        ls = rng.choice([0, 1, 2, 2]) if not j.ambiguous else 2
        if j.cat == "sworn" and (j.place not in (None,) and j.state and not j.fed):
            # a city that does not name its state alone (Austin, Albany...) keeps the state
            if j.city in NEEDS_STATE or any(k in j.employer for k in ("Harris County", "Hillsborough", "MTA Police")):
                ls = rng.choice([0, 1])
        if j.cat != "sworn" and ls == 2 and rng.random() < 0.5:
            ls = 0
        if j.fed:
            loc = rng.choice([f", stationed in {j.city}, {STATE_NAMES[j.state]}", f" ({j.city}, {j.state})", ""])
        elif j.cat == "military":
            loc = rng.choice([f" at {j.city}", f" at {j.city}, {STATE_NAMES[j.state]}", ""])
        else:
            loc = loc_words(j, ls)
        emp = j.employer
        t = j.title
        if j.undated:
            return rng.choice([
                f"I have served {dur_words(j.dur)} as {art(t)} {t} with the {emp}{loc}.",
                f"I bring {dur_words(j.dur)} of experience as {art(t)} {t} with the {emp}{loc}."])
        s, e = j.start, j.end
        if j.cat == "military":
            if e is None:
                return f"I have served in the {emp} since {fd(s,f)} as {art(t)} {t}{loc}."
            return rng.choice([
                f"I enlisted in the {emp} in {fd(s,f)} and served as {art(t)} {t}{loc} until {fd(e,f)}.",
                f"From {fd(s,f)} to {fd(e,f)} I was on active duty with the {emp} as {art(t)} {t}{loc}."])
        if e is None:
            return rng.choice([
                f"Since {fd(s,f)} I have served as {art(t)} {t} with the {emp}{loc}.",
                f"In {fd(s,f)} I joined the {emp}{loc}, where I still work as {art(t)} {t}.",
                f"I am currently {art(t)} {t} with the {emp}{loc}, a position I have held since {fd(s,f)}.",
                f"For the past {dur_words(j.dur)} (since {s.year}) I have worked as {art(t)} {t} for the {emp}{loc}.",
            ])
        opts = [
            f"From {fd(s,f)} to {fd(e,f)} I served as {art(t)} {t} with the {emp}{loc}.",
            f"I worked as {art(t)} {t} for the {emp}{loc} between {s.year} and {e.year}.",
            f"After {dur_words(j.dur)} as {art(t)} {t} with the {emp}{loc} ({s.year}\u2013{e.year}), I moved on.",
            f"I spent {dur_words(j.dur)} with the {emp}{loc}, {fd(s,f)} to {fd(e,f)}, as {art(t)} {t}.",
            f"My time as {art(t)} {t} began in {fd(s,f)} when the {emp}{loc} hired me; I left in {fd(e,f)}.",
        ]
        if first:
            opts.append(f"I began my career in {fd(s,f)} as {art(t)} {t} with the {emp}{loc} and stayed until {fd(e,f)}.")
        return rng.choice(opts)

    def linkedin(j, hire):
        title = j.title.title().replace("U.S.", "U.S.")
        emp = j.employer
        if j.cat == "sworn" and not j.fed and not j.ambiguous and rng.random() < 0.3 and "Police Department" in emp \
                and j.city not in ("New York",):
            emp = f"City of {j.city}"
        ft = rng.choice(["", " \u00b7 Full-time", " \u00b7 Full-time", " \u00b7 Part-time" if j.cat == "other" else ""])
        lines = [title, emp + ft]
        if j.undated:
            lines.append(f"{dur_words(j.dur)}")
        else:
            endd = j.end if j.end is not None else None
            mlen = months_between(j.start, j.end or hire) + 1
            yrs, mos = divmod(mlen, 12)
            dur = (f"{yrs} yr{'s' if yrs != 1 else ''} " if yrs else "") + (f"{mos} mo{'s' if mos != 1 else ''}" if mos else "")
            lines.append(f"{j.start.strftime('%b %Y')} - {endd.strftime('%b %Y') if endd else 'Present'} \u00b7 {dur.strip()}")
        if j.ambiguous:
            lines.append(rng.choice(["United States", "Remote", ""]) or "United States")
        elif j.cat == "military":
            lines.append(f"{j.city}, {STATE_NAMES[j.state]}, United States")
        else:
            lines.append(f"{j.city}, {STATE_NAMES[j.state]}, United States" if j.state not in ("PR", "GU")
                         else f"{j.city}, {STATE_NAMES[j.state]}")
        if rng.random() < 0.4:
            lines.append(duties(j))
        return "\n".join(lines)

    def duties(j):
        c = j.cat
        if c == "sworn":
            return rng.choice(["Patrolled an assigned beat, answered calls for service and wrote reports.",
                               "Conducted traffic stops, arrests and follow-up investigations.",
                               "Field training officer for new recruits; member of the crisis negotiation team.",
                               "Investigated property and persons crimes; testified in court."])
        if c == "corr":
            return rng.choice(["Supervised up to 64 inmates per housing unit; conducted counts and cell searches.",
                               "Booking, classification and inmate transport."])
        if c == "prob":
            return "Managed a caseload of 70 adult probationers; conducted home visits and drug testing."
        if c == "dispatch":
            return "Answered 911 calls and dispatched police, fire and EMS units on a CAD system."
        if c == "security":
            return rng.choice(["Patrolled the property, monitored CCTV and wrote incident reports.",
                               "Screened passengers and baggage at the checkpoint."])
        if c == "reserve":
            return "Volunteered 20 hours a month on patrol with a full-time officer."
        if c == "military":
            return rng.choice(["Law enforcement and force protection on the installation.",
                               "Convoy security, detainee operations and gate access control."])
        return rng.choice(["Originated and closed residential loans.", "Reviewed files for regulatory compliance.",
                           "Responded to citizen complaints and issued citations for ordinance violations.",
                           "Handled public inquiries and prepared reports."])

    SUPERVISORS = ["Mark Evans", "Dana Ruiz", "Sam Ortiz", "Lena Park", "Tom Becker", "Rita Shah",
                   "Glen Moore", "Ana Lujan", "Ed Kraus"]

    def usajobs(j, hire):
        lines = [j.title.title()]
        lines.append(j.employer)
        if not j.ambiguous:
            zipc = ZIPS.get(j.state, "00") + f"{rng.randint(100, 999)}"
            street = f"{rng.randint(100, 9999)} {rng.choice(['Main St', 'Veterans Dr', 'Central Ave', 'Government Way', 'Justice Blvd'])}"
            lines.append(f"{street}, {j.city}, {j.state} {zipc} United States")
        if j.undated:
            lines.append(f"Length of service: {dur_words(j.dur)}")
        else:
            lines.append(f"{j.start.strftime('%m/%Y')} - {j.end.strftime('%m/%Y') if j.end else 'Present'}")
        if j.fed:
            lines.append(f"Series: {j.series}   Grade: GS-{rng.choice(['07', '09', '11', '12'])}")
        else:
            lines.append("Series/Grade: N/A (non-federal)")
        lines.append(f"Hours per week: {rng.choice([40, 40, 40, 50, 20 if j.cat == 'other' else 40])}")
        lines.append(f"Salary: ${rng.randint(38, 96)},{rng.randint(0, 9)}00.00 USD Per Year")
        rank = rng.choice(["Sgt.", "Lt.", "Capt."]) if j.cat in ("sworn", "corr") else rng.choice(["Ms.", "Mr."])
        lines.append(f"Supervisor: {rank} {rng.choice(SUPERVISORS)} ({rng.randint(201, 989)}-555-{rng.randint(1000, 9999)})   "
                     f"May contact: {rng.choice(['Yes', 'Yes', 'No'])}")
        lines.append("Duties, Accomplishments and Related Skills: " + duties(j))
        return "\n".join(lines)

    NOISE_SAFE = [
        "Education: B.S. in Criminal Justice, Arizona State University (2010).",
        "Education: B.A. Sociology, University of Nevada, Reno.",
        "Associate of Applied Science, Administration of Justice, Sacramento City College.",
        "Skills: Spanish (fluent), report writing, de-escalation, Microsoft Office.",
        "Languages: English, Spanish, Tagalog.",
        "Grew up in Las Vegas, Nevada; relocated for family reasons.",
        "My father retired as a sergeant with the Chicago Police Department, which is where my interest in public service began.",
        "References: Lt. Sam Ortiz, Sacramento Police Department, (916) 555-0134.",
        "Completed a ride-along program with the Denver Police Department in 2019.",
        "Graduate of the Reno Citizens Police Academy (2018).",
        "Volunteer youth soccer coach, Henderson, NV.",
        "I worked closely with Seattle police officers on shoplifting cases.",
        "Although I have never served as a sworn police officer, I have spent my career in public safety.",
    ]

    def objective(pos):
        return rng.choice([f"Objective: To obtain a position as a {pos} with ICE.",
                           f"Seeking the {pos} position with Enforcement and Removal Operations.",
                           f"Career goal: to serve as a {pos}.", ""])

    def render(h, jobs, style, extra_lines=(), summary=""):
        hire = h["_hire"]
        parts = []
        ob = objective(h["position_title"]) if rng.random() < 0.35 else ""
        if style == "narrative":
            sents = []
            for i, j in enumerate(jobs):
                sents.append(narrative(j, hire, first=(i == 0)))
            if summary:
                sents.insert(0, summary)
            # paragraphs of 1-3 sentences
            paras, cur = [], []
            for s in sents:
                cur.append(s)
                if len(cur) >= rng.randint(1, 3):
                    paras.append(" ".join(cur)); cur = []
            if cur:
                paras.append(" ".join(cur))
            parts = ([ob] if ob else []) + paras
        elif style == "cover":
            sents = [narrative(j, hire, first=(i == 0)) for i, j in enumerate(jobs)]
            body = " ".join(sents)
            parts = [rng.choice(["Dear Hiring Official,", "To the selecting official:", "Dear Hiring Manager,"]),
                     f"I am writing to apply for the {h['position_title']} position announced on USAJOBS."
                     + (" " + summary if summary else ""),
                     body,
                     "Thank you for considering my application.",
                     f"Sincerely,\n{h['first_name']} {h['last_name']}"]
        elif style == "linkedin":
            parts = ([summary] if summary else []) + ["Experience"] + [linkedin(j, hire) for j in reversed(jobs)]
        elif style == "usajobs":
            head = [f"{h['first_name']} {h['last_name']}",
                    f"{rng.randint(10, 9999)} {rng.choice(['Oak', 'Elm', 'Cedar', 'Mesa'])} Street, {rng.choice(['Tucson, AZ 85711', 'Reno, NV 89502', 'El Paso, TX 79912', 'Denver, CO 80220', 'Orlando, FL 32801'])}",
                    "Citizenship: United States of America",
                    "Veterans' Preference: " + rng.choice(["None", "5-Point", "10-Point"]),
                    "Work Experience"]
            parts = head + ([summary] if summary else []) + [usajobs(j, hire) for j in reversed(jobs)]
        elif style == "apos":
            lines = [summary] if summary else []
            for j in reversed(jobs):
                loc = "" if j.ambiguous else f", {j.city}" + (f" {j.state}" if (rng.random() < 0.7 or j.city in NEEDS_STATE) else "")
                if j.undated:
                    lines.append(f"- {j.title} w/ {j.employer}{loc} ({dur_words(j.dur)})")
                else:
                    e = "'" + j.end.strftime("%y") if j.end else "now"
                    lines.append(f"- {j.title} w/ {j.employer}{loc} ('{j.start.strftime('%y')}\u2013{e[1:] if e.startswith(chr(39)) and False else e})")
            parts = lines
        if extra_lines:
            parts = parts + list(extra_lines)
        text = "\n\n".join(p for p in parts if p)
        if rng.random() < 0.05:
            text = text.upper()
        elif rng.random() < 0.03:
            text = text.replace("\n\n", "<br><br>").replace("'", "&#39;")
        return text

    # ------------------------------------------------ registry rows
    def cert(src, h, ctype, status, issued, sep, agency, first=None, last=None, middle=None, dob=None):
        W.certs.append({
            "record_id": W.rid(src), "source": src,
            "first_name": (first or h["first_name"]).upper() if rng.random() < 0.6 else (first or h["first_name"]),
            "middle_name": (middle if middle is not None else (h["middle_name"] if rng.random() < 0.5 else "")),
            "last_name": (last or h["last_name"]).upper() if rng.random() < 0.6 else (last or h["last_name"]),
            "date_of_birth": dob or h["date_of_birth"], "certification_type": ctype, "status": status,
            "issued_date": issued.isoformat(), "separation_date": sep.isoformat() if sep else "", "agency": agency})
        return W.certs[-1]["record_id"]

    def fed_type(j):
        t = j.title.lower()
        if "border patrol" in t:
            return "Border Patrol Agent"
        if "cbp" in t:
            return "CBP Officer"
        if "marshal" in t:
            return "Deputy U.S. Marshal"
        if "special agent" in t:
            return "Criminal Investigator (1811)"
        return "Federal Law Enforcement Officer"

    def record_for(h, j, status=None, sep_override="keep", ctype=None):
        src = "FED" if j.fed else j.state
        if ctype is None:
            ctype = fed_type(j) if j.fed else rng.choice(SWORN_TYPE[src]) if j.cat == "sworn" else rng.choice(NONSWORN_TYPE[src])
        issued = add_months(j.start, rng.randint(1, 6))
        sep = j.end if sep_override == "keep" else sep_override
        st = status or ("active" if sep is None else "inactive")
        return cert(src, h, ctype, st, issued, sep, j.employer)

    # ------------------------------------------------ hire scaffolding
    n_hire = [0]

    def new_hire(short="LEO", basic=None):
        n_hire[0] += 1
        f, l = W.name()
        hire = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randint(0, 365 * 6 - 60))
        while True:
            age = rng.randint(27, 50)
            dob = dt.date(hire.year - age, rng.randint(1, 12), rng.randint(1, 28))
            if dob not in W.hire_dobs:
                break
        W.hire_dobs.add(dob)
        W.hire_last_dob.add((l, dob)); W.hire_first_dob.add((f, dob)); W.hire_names.add((f, l))
        pos, ser = rng.choice(POSITIONS)
        mid = rng.choice(MIDDLES) if rng.random() < 0.7 else ""
        h = {"hire_id": f"G7-{n_hire[0]:05d}", "first_name": f, "middle_name": mid, "last_name": l, "suffix": "",
             "date_of_birth": dob.isoformat() if rng.random() < 0.85 else dob.strftime("%m/%d/%Y"),
             "hire_date": hire.isoformat() if rng.random() < 0.85 else hire.strftime("%m/%d/%Y"),
             "position_title": pos, "job_series": ser, "field_office": rng.choice(OFFICES),
             "screening_track": "LEO" if short == "LEO" else "BASIC",
             "screening_basis": rng.choice(["keyword:officer", "keyword:police", "keyword:officer", "keyword:agent",
                                            "keyword:deputy", "keyword:law enforcement"]) if short == "LEO" else "",
             "resume_text": "", "_hire": hire, "_dob": dob}
        # dob iso for registry
        h["_dob_iso"] = dob.isoformat()
        # training
        hid = h["hire_id"]
        if short in ("LEO", "COURSE"):
            if short == "COURSE" or rng.random() < 0.8:
                s = hire + dt.timedelta(days=rng.randint(7, 40))
                W.training.append({"hire_id": hid, "course_code": "ERO-LEO-VIRT", "course_title": "ERO LEO Virtual Transition",
                                   "delivery": "online", "start_date": s.isoformat(),
                                   "end_date": (s + dt.timedelta(days=28)).isoformat(), "status": "completed"})
        if basic:
            s = hire + dt.timedelta(days=rng.randint(60, 400))
            endd = s + dt.timedelta(days=120)
            W.training.append({"hire_id": hid, "course_code": "FLETC-BIETP",
                               "course_title": "Basic Immigration Enforcement Training Program", "delivery": "in_person",
                               "start_date": s.isoformat(), "end_date": endd.isoformat() if basic == "completed" else "",
                               "status": basic})
        return h

    def finish(h, jobs, label, scen, why, style=None, extra=(), summary="", history=None, record_ids=()):
        hire = h["_hire"]
        style = style or rng.choice(["narrative", "narrative", "cover", "linkedin", "linkedin", "usajobs", "apos"])
        h["resume_text"] = render(h, jobs, style, extra, summary)
        if history is None:
            history = rng.random() < 0.45
        if history:
            for j in jobs:
                if not j.in_history:
                    continue
                st = "" if (j.ambiguous or j.cat == "military" or rng.random() < 0.1) else j.state
                if j.fed and rng.random() < 0.3:
                    st = ""
                usfmt = rng.random() < 0.2
                def f(d):
                    if d is None:
                        return ""
                    return d.strftime("%m/%d/%Y") if usfmt else d.isoformat()
                if j.undated:
                    sd = ed = ""
                else:
                    sd, ed = f(j.start), f(j.end)
                W.history.append({"hire_id": h["hire_id"], "employer": j.employer, "title": j.title.title(), "state": st,
                                  "start_date": sd, "end_date": ed})
        # ------ truth from facts (checks the scenario's intent)
        computed = decide(h, jobs)
        assert computed == label, (scen, computed, label, h["hire_id"], [(j.cat, j.place, j.start, j.end) for j in jobs])
        W.truth.append({"hire_id": h["hire_id"], "expected_determination": label, "why": f"[{scen}] {why}"})
        W.hires.append(h)

    verified_ids = set()
    basic_done = set()
    short_ids = set()

    def decide(h, jobs):
        hid = h["hire_id"]
        if hid not in short_ids:
            return "NOT_APPLICABLE"
        if hid in verified_ids:
            return "VERIFIED_LEO"
        if hid in basic_done:
            return "REMEDIATED"
        for j in jobs:
            if j.cat == "sworn" and (j.place is None or j.place not in LOADED) and recency(j, h["_hire"]) == "recent":
                return "MANUAL_REVIEW"
        return "RECALL"

    def mk(short="LEO", basic=None):
        h = new_hire("LEO" if short == "LEO" else short, basic)
        if short in ("LEO", "COURSE"):
            short_ids.add(h["hire_id"])
        if basic == "completed":
            basic_done.add(h["hire_id"])
        return h

    def rand_basic_not_done():
        return rng.choice([None, None, None, None, "enrolled", "withdrawn"])

    def desc(jobs):
        out = []
        for j in jobs:
            when = "undated" if j.undated else f"{j.start.year}-{'now' if j.end is None else j.end.year}"
            out.append(f"{j.cat}:{j.title}@{j.employer}[{j.place or '?'}]{when}")
        return "; ".join(out)

    # ================================================= SCENARIOS
    # --- V1: sworn record in a loaded state, prose careers that cross categories
    for i in range(150):
        h = mk("LEO", rng.choice([None, None, None, None, "completed"]))
        pre = rng.choice([[], [nonsworn("dispatch")], [nonsworn("corr")], [military()], [reserve()], [nonsworn("security")]])
        sj = sworn_loaded()
        jobs = pre + [sj]
        gap = rng.choice([0, 0, 0, 6, 14])
        post = []
        if gap and rng.random() < 0.5:
            post = [nonsworn("other")]
            jobs = jobs + post
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 3]) if post else gap,
                durs=[rng.randint(18, 60) for _ in pre] + [rng.randint(30, 110)] + [rng.randint(4, 10) for _ in post])
        # record must verify: separation within 2 years
        if sj.end is not None and (h["_hire"] - sj.end).days > 700:
            sj.end = add_months(h["_hire"], -12)
        rid = record_for(h, sj)
        verified_ids.add(h["hire_id"])
        finish(h, jobs, "VERIFIED_LEO", "record_sworn_loaded", f"{sj.place} sworn record {rid} verifies; career: {desc(jobs)}")

    # --- V2: FED record verifies (federal careers)
    for i in range(70):
        h = mk("LEO", None)
        pre = rng.choice([[], [military()], [nonsworn("corr")], [sworn_loaded()], [sworn_unloaded()]])
        fj = federal()
        jobs = pre + [fj]
        lay_out(jobs, h["_hire"], durs=[rng.randint(24, 70) for _ in pre] + [rng.randint(26, 120)])
        rid = record_for(h, fj)
        verified_ids.add(h["hire_id"])
        finish(h, jobs, "VERIFIED_LEO", "record_fed", f"FED record {rid} verifies; career: {desc(jobs)}")

    # --- V3: record verifies although the prose only claims something else / another state
    for i in range(70):
        h = mk(rng.choice(["LEO", "LEO", "COURSE"]), None)
        sj = sworn_loaded()
        later = rng.choice([sworn_unloaded(), nonsworn("other"), nonsworn("security"), sworn_ambig(), sworn_unloaded()])
        sj.in_history = rng.random() < 0.3
        jobs = [sj, later]
        lay_out(jobs, h["_hire"], durs=[rng.randint(30, 90), rng.randint(6, 20)])
        rid = record_for(h, sj)
        verified_ids.add(h["hire_id"])
        # the resume is written only about the later job in half the cases
        shown = jobs if rng.random() < 0.5 else [later]
        style = rng.choice(["narrative", "linkedin", "usajobs", "cover"])
        finish(h, shown, "VERIFIED_LEO", "record_verifies_claims_elsewhere",
               f"{sj.place} sworn record {rid} ({sj.employer} {sj.start.year}-{sj.end.year}) verifies; the resume talks of "
               f"{'both; ' if len(shown) == 2 else ''}{later.cat} at {later.employer} [{later.place or '?'}]", style=style)

    # --- V4: name variants on the record (diacritics, case, middle initial, hyphenated surname)
    variants = [("José", "JOSE"), ("Ramón", "RAMON"), ("Nuñez", "NUNEZ"), ("Zoë", "ZOE"), ("Renée", "RENEE")]
    for i in range(40):
        h = mk("LEO", None)
        kind = i % 4
        sj = sworn_loaded()
        jobs = [nonsworn(), sj] if rng.random() < 0.5 else [sj]
        lay_out(jobs, h["_hire"], durs=[rng.randint(20, 50) for _ in jobs[:-1]] + [rng.randint(30, 100)])
        first = last = middle = None
        if kind == 0:
            a, b = rng.choice(variants[:2] + variants[3:])
            if a in ("José", "Ramón"):
                h["first_name"] = a; first = b
            else:
                h["first_name"] = a; first = b
            W.used_names.add((h["first_name"], h["last_name"]))
        elif kind == 1:
            h["middle_name"] = h["middle_name"] or "Lee"; middle = h["middle_name"][0]
        elif kind == 2:
            other = rng.choice(["Ortega", "Salas", "Vela", "Quiroga"])
            h["last_name"] = f"{h['last_name']}-{other}"; last = h["last_name"].split("-")[0].upper()
        else:
            first = h["first_name"].lower(); last = h["last_name"].lower()
        rid = record_for_name = None
        src = sj.state
        rid = cert(src, h, rng.choice(SWORN_TYPE[src]), "active" if sj.end is None else "inactive",
                   add_months(sj.start, 2), sj.end, sj.employer, first=first, last=last, middle=middle,
                   dob=h["_dob_iso"])
        verified_ids.add(h["hire_id"])
        finish(h, jobs, "VERIFIED_LEO", "record_name_variant", f"record {rid} same DOB, name variant kind {kind}; {desc(jobs)}")

    # --- R1: non-sworn "officer" careers written as prose, no record
    for i in range(200):
        h = mk("LEO", rand_basic_not_done())
        n = rng.choice([1, 1, 2, 2, 3])
        jobs = [nonsworn(exclude=()) for _ in range(n)]
        if rng.random() < 0.2:
            jobs = [military()] + jobs
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 0, 2, 8]))
        extra = [rng.choice(NOISE_SAFE)] if rng.random() < 0.45 else []
        finish(h, jobs, "RECALL", "nonsworn_officer_prose",
               f"only non-sworn jobs ({desc(jobs)}); no record" + ("; noise line names a place/police but claims nothing" if extra else ""),
               extra=extra)

    # --- R2: sworn claim in a loaded state (or FED), no record
    for i in range(160):
        h = mk("LEO", rand_basic_not_done())
        k = rng.random()
        if k < 0.65:
            sj = sworn_loaded()
        else:
            sj = federal()
        pre = rng.choice([[], [nonsworn("dispatch")], [nonsworn("corr")], [military()], [reserve()]])
        jobs = pre + [sj]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 0, 5]))
        note = " (federal service is FED's, whatever the duty station)" if sj.fed and sj.state not in LOADED else ""
        finish(h, jobs, "RECALL", "sworn_claim_loaded_no_record",
               f"sworn claim {sj.employer} placed {sj.place}{note}, registry loaded, no record; {desc(jobs)}")

    # --- R3: old sworn claim (ended >= 5 years before hire) in an unloaded or unknown state
    for i in range(70):
        h = mk("LEO", rand_basic_not_done())
        sj = rng.choice([sworn_unloaded(), sworn_unloaded(), sworn_ambig()])
        after = [nonsworn(rng.choice(["other", "security", "corr"])) for _ in range(rng.choice([1, 2]))]
        jobs = [sj] + after
        durs = [rng.randint(24, 80)] + [0] * len(after)
        # after-jobs fill >= 6 years
        tot = rng.randint(74, 110)
        if len(after) == 1:
            durs[1] = tot
        else:
            durs[1] = tot // 2; durs[2] = tot - tot // 2
        lay_out(jobs, h["_hire"], durs=durs)
        assert recency(sj, h["_hire"]) == "old", (sj.end, h["_hire"])
        finish(h, jobs, "RECALL", "old_sworn_claim_outside_window",
               f"sworn claim {sj.employer} [{sj.place or '?'}] ended {sj.end.year}, >=5y before hire {h['_hire'].year}: outside the 3-year window, no gap; {desc(jobs)}")

    # --- R4: military police / MA / security forces only
    for i in range(50):
        h = mk("LEO", rand_basic_not_done())
        jobs = [military()] + ([nonsworn(rng.choice(["security", "other"]))] if rng.random() < 0.5 else [])
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 3]))
        finish(h, jobs, "RECALL", "military_only", f"military police/MA/security forces are not civilian sworn service; {desc(jobs)}")

    # --- R5: non-sworn registry record (corrections, jailer, telecommunicator) + consistent prose
    for i in range(60):
        h = mk("LEO", rand_basic_not_done())
        st = rng.choice(["TX", "FL", "AZ", "NY", "OH"])
        cat = rng.choice(["corr", "corr", "dispatch"])
        emp = {"TX": ("Texas Department of Criminal Justice", "Huntsville"), "FL": ("Florida Department of Corrections", "Lake Butler"),
               "AZ": ("Arizona Department of Corrections", "Florence"), "NY": ("New York State Department of Corrections", "Elmira"),
               "OH": ("Ohio Department of Rehabilitation and Correction", "Lucasville")}[st]
        if cat == "corr":
            j = Job("corr", rng.choice(["correctional officer", "corrections officer", "detention officer"]), emp[0], emp[1], st)
            ctype = rng.choice([t for t in NONSWORN_TYPE[st] if "Telecom" not in t and "Probation" not in t])
        else:
            j = Job("dispatch", "telecommunicator", {"TX": "Harris County Emergency Communications", "FL": "Orange County 911",
                                                      "AZ": "Phoenix Fire Regional Dispatch", "NY": "Erie County 911",
                                                      "OH": "Cleveland Emergency Communications"}[st],
                    {"TX": "Houston", "FL": "Orlando", "AZ": "Phoenix", "NY": "Buffalo", "OH": "Cleveland"}[st], st)
            ctype = "Telecommunicator"
        jobs = [j] + ([nonsworn("other")] if rng.random() < 0.3 else [])
        lay_out(jobs, h["_hire"], durs=[rng.randint(30, 90)] + [rng.randint(6, 20)] * (len(jobs) - 1))
        rid = record_for(h, j, ctype=ctype)
        finish(h, jobs, "RECALL", "record_not_sworn", f"record {rid} is '{ctype}' (not sworn); prose agrees; {desc(jobs)}")

    # --- R6: sworn record, but separated long ago; prose agrees
    for i in range(30):
        h = mk("LEO", rand_basic_not_done())
        sj = sworn_loaded()
        after = [nonsworn(rng.choice(["other", "security"]))]
        jobs = [sj] + after
        lay_out(jobs, h["_hire"], durs=[rng.randint(30, 90), rng.randint(70, 100)])
        rid = record_for(h, sj)
        finish(h, jobs, "RECALL", "record_separated_long_ago",
               f"record {rid} separated {sj.end}, >5y before hire: outside window; prose agrees; {desc(jobs)}")

    # --- R7: aspirational, incomplete academies, negations
    ASP = [
        "I hope to begin a career in federal law enforcement and have always wanted to become a police officer.",
        "In 2018 I was hired as a police officer recruit by the Reno Police Department but resigned before completing the academy.",
        "I passed the written entrance exam for the Las Vegas Metropolitan Police Department in 2020 and am eager to serve.",
        "I was accepted to the Sacramento Police Academy in 2021 but did not complete the program for family reasons.",
        "My goal is to become a sworn officer; I am currently applying to several police departments in Colorado.",
        "Applicant for Deputy Sheriff, Washoe County Sheriff's Office (2022), conditional offer withdrawn.",
        "I have not yet served as a police officer, but I completed an internship with the Chicago Police Department records unit.",
    ]
    for i in range(45):
        h = mk("LEO", rand_basic_not_done())
        jobs = [nonsworn(rng.choice(["other", "security"]))]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 2]))
        a = rng.choice(ASP)
        finish(h, jobs, "RECALL", "aspirational_or_withdrawn", f"aspiration/withdrawal only ('{a[:60]}...'); {desc(jobs)}",
               extra=[a], style=rng.choice(["narrative", "cover", "linkedin"]))

    # --- R8: twin / namesake in the registry with a sworn record; hire's own claims RECALL-grade
    for i in range(40):
        h = mk("LEO", rand_basic_not_done())
        jobs = [rng.choice([nonsworn(), sworn_loaded(), military()])]
        lay_out(jobs, h["_hire"])
        dob = h["_dob"]
        if i % 2 == 0:  # twin: same surname and DOB, unrelated first name
            pool = [n for n in (FIRST_F if h["first_name"] in FIRST_M else FIRST_M)
                    if n[0] != h["first_name"][0] and n != h["middle_name"] and n not in MIDDLES]
            tf = rng.choice(pool)
            rid = cert(rng.choice(["TX", "AZ", "FL"]), h, "Peace Officer", "active", add_months(h["_hire"], -80), None,
                       "Travis County Sheriff's Office", first=tf, middle="", dob=h["_dob_iso"])
            kind = f"twin {tf} (same surname and DOB)"
        else:  # namesake: same names, DOB far away
            ndob = dt.date(dob.year + rng.choice([-9, -7, 6, 8]), (dob.month + 5) % 12 + 1, (dob.day + 11) % 28 + 1)
            rid = cert(rng.choice(["TX", "AZ", "NY", "FED"]), h, rng.choice(["Peace Officer", "Police Officer"]), "active",
                       add_months(h["_hire"], -70), None, "Police Department", dob=ndob.isoformat(), middle="")
            kind = f"namesake born {ndob}"
        finish(h, jobs, "RECALL", "registry_twin_or_namesake",
               f"registry {rid} is a {kind}: not the hire; own career {desc(jobs)}", history=True)

    # --- R9: reserve / auxiliary only
    for i in range(30):
        h = mk("LEO", rand_basic_not_done())
        jobs = [nonsworn(rng.choice(["other", "security"])), reserve()]
        lay_out(jobs, h["_hire"])
        jobs[-1].end = None if rng.random() < 0.5 else jobs[-1].end
        finish(h, jobs, "RECALL", "reserve_auxiliary_only", f"reserve/auxiliary service is not full-powers sworn; {desc(jobs)}")

    # --- M1: recent sworn claim in an unloaded state, no record
    for i in range(150):
        h = mk("LEO", rand_basic_not_done())
        pre = rng.choice([[], [], [nonsworn()], [nonsworn("corr")], [sworn_loaded()]])
        sj = sworn_unloaded()
        jobs = pre + [sj]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 0, 0, 4, 10]))
        finish(h, jobs, "MANUAL_REVIEW", "recent_sworn_unloaded_state",
               f"recent sworn claim {sj.employer} in {sj.place} (not loaded); {desc(jobs)}",
               extra=[rng.choice(NOISE_SAFE[:-1])] if rng.random() < 0.2 else [])

    # --- M2: recent sworn claim naming no state, or undated years of service
    for i in range(60):
        h = mk("LEO", rand_basic_not_done())
        sj = sworn_ambig()
        pre = rng.choice([[], [nonsworn()], [military()]])
        jobs = pre + [sj]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 0, 6]))
        finish(h, jobs, "MANUAL_REVIEW", "sworn_claim_state_unknown",
               f"recent sworn claim at '{sj.employer}' whose state cannot be told; {desc(jobs)}")
    SUMM_UNDATED = [
        ("Sworn police officer with {n} years of patrol and investigative experience.", None),
        ("Certified peace officer in California (POST ID {lic}) with {n} years of service.", "CA"),
        ("Licensed Nevada peace officer (Category I), {n} years on patrol.", "NV"),
        ("{n} years as a sworn deputy sheriff; FTO, SWAT team member.", None),
        ("Commissioned Washington peace officer, {n} years with a municipal department.", "WA"),
    ]
    for i in range(30):
        h = mk("LEO", rand_basic_not_done())
        tmpl, st = rng.choice(SUMM_UNDATED)
        n = rng.randint(6, 20)
        summ = tmpl.format(n=n, lic=f"{rng.randint(10000, 99999)}")
        j = Job("sworn", "peace officer", "(undated summary)", "", st or "", place=st, ambiguous=st is None)
        j.undated = True; j.dur = n * 12; j.in_history = False
        other = [nonsworn("other")] if rng.random() < 0.3 else []
        if other:
            lay_out(other, h["_hire"], gap_months=0, durs=[rng.randint(5, 16)])
            # a short current non-sworn job; the undated sworn years came before it
        hid = h["hire_id"]
        h["resume_text"] = render(h, other, rng.choice(["narrative", "linkedin", "cover"]), (), summ) if other else summ
        lbl = decide(h, other + [j])
        assert lbl == "MANUAL_REVIEW"
        for oj in other:
            W.history.append({"hire_id": hid, "employer": oj.employer, "title": oj.title.title(), "state": oj.state,
                              "start_date": oj.start.isoformat(), "end_date": ""})
        W.truth.append({"hire_id": hid, "expected_determination": lbl,
                        "why": f"[undated_sworn_summary] undated sworn claim '{summ}' placed {st or 'nowhere'}; recency unknown -> gap"})
        W.hires.append(h)
    # loaded-state undated claims -> RECALL
    SUMM_LOADED = [
        ("Certified peace officer in Texas (TCOLE #{lic}) with {n} years of patrol experience.", "TX"),
        ("Florida-certified law enforcement officer (FDLE #{lic}); {n} years of road patrol.", "FL"),
        ("AZPOST-certified peace officer in Arizona, {n} years of service.", "AZ"),
    ]
    for i in range(20):
        h = mk("LEO", rand_basic_not_done())
        tmpl, st = rng.choice(SUMM_LOADED)
        summ = tmpl.format(n=rng.randint(5, 18), lic=rng.randint(100000, 999999))
        j = Job("sworn", "peace officer", "(undated summary)", "", st, place=st)
        j.undated = True
        lbl = decide(h, [j]); assert lbl == "RECALL"
        other = [nonsworn("other")]
        lay_out(other, h["_hire"], gap_months=2)
        h["resume_text"] = render(h, other, rng.choice(["narrative", "cover"]), (), summ)
        W.truth.append({"hire_id": h["hire_id"], "expected_determination": "RECALL",
                        "why": f"[undated_sworn_loaded_state] '{summ}' is a claim in {st} (loaded) with no record"})
        W.hires.append(h)

    # --- M3: corrections in a loaded state (with a non-sworn record), then police in an unloaded state
    for i in range(50):
        h = mk("LEO", rand_basic_not_done())
        st = rng.choice(["TX", "AZ", "FL"])
        cj = nonsworn("corr")
        cj = Job("corr", rng.choice(["correctional officer", "detention officer"]),
                 {"TX": "Texas Department of Criminal Justice", "AZ": "Maricopa County Sheriff's Office", "FL": "Florida Department of Corrections"}[st],
                 {"TX": "Huntsville", "AZ": "Phoenix", "FL": "Lake Butler"}[st], st)
        sj = sworn_unloaded()
        jobs = [cj, sj]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 0, 5]), durs=[rng.randint(24, 60), rng.randint(18, 80)])
        rid = ""
        if rng.random() < 0.6:
            rid = record_for(h, cj, ctype=rng.choice([t for t in NONSWORN_TYPE[st] if "Telecom" not in t and "Probation" not in t]))
        finish(h, jobs, "MANUAL_REVIEW", "corrections_then_police_unloaded",
               f"corrections in {st}" + (f" (record {rid}, not sworn)" if rid else "") + f", then recent sworn {sj.employer} in {sj.place} (not loaded); {desc(jobs)}")

    # --- M4: reserve/part-time -> full-time sworn in an unloaded state (one employer)
    RES_FT = [("Henderson Police Department", "Henderson", "NV"), ("Reno Police Department", "Reno", "NV"),
              ("Sacramento Police Department", "Sacramento", "CA"), ("Denver Police Department", "Denver", "CO"),
              ("Albuquerque Police Department", "Albuquerque", "NM"), ("Seattle Police Department", "Seattle", "WA")]
    for i in range(25):
        h = mk("LEO", rand_basic_not_done())
        e, c, st = rng.choice(RES_FT)
        rj = Job("reserve", "reserve police officer", e, c, st)
        fj = Job("sworn", "police officer", e, c, st)
        jobs = [rj, fj]
        lay_out(jobs, h["_hire"], durs=[rng.randint(12, 30), rng.randint(20, 60)])
        style = rng.choice(["narrative", "linkedin", "custom"])
        if style == "custom":
            txt = rng.choice([
                f"I started as a reserve officer with the {e} in {rj.start.year} and was hired full-time as a patrol officer in {fj.start.year}; I remain with {e.replace(' Police Department', ' PD')} today.",
                f"Part-time reserve ({rj.start.year}\u2013{rj.end.year}), then full-time sworn police officer since {fj.start.year}, {e}, {c}, {st}.",
            ])
            h["resume_text"] = txt
            lbl = decide(h, jobs); assert lbl == "MANUAL_REVIEW"
            W.truth.append({"hire_id": h["hire_id"], "expected_determination": lbl,
                            "why": f"[reserve_to_fulltime_unloaded] reserve then full-time sworn at {e} ({st} not loaded) since {fj.start.year}"})
            W.hires.append(h)
        else:
            finish(h, jobs, "MANUAL_REVIEW", "reserve_to_fulltime_unloaded",
                   f"reserve then full-time sworn at {e} ({st} not loaded); {desc(jobs)}", style=style)

    # --- M5: dispatch -> police, unloaded
    for i in range(25):
        h = mk("LEO", rand_basic_not_done())
        e, c, st = rng.choice(RES_FT)
        dj = Job("dispatch", rng.choice(["911 dispatcher", "police dispatcher", "emergency communications specialist"]), e, c, st)
        sj = Job("sworn", "police officer", e, c, st)
        jobs = [dj, sj]
        lay_out(jobs, h["_hire"], durs=[rng.randint(20, 50), rng.randint(20, 70)])
        if rng.random() < 0.5:
            txt = (f"I began as a {dj.title} for the {e} in {dj.start.year}. After {dur_words(dj.dur)} on the consoles I attended the "
                   f"academy and have served as a sworn police officer in {c}, {STATE_NAMES[st]} since {sj.start.year}.")
            h["resume_text"] = txt
            lbl = decide(h, jobs); assert lbl == "MANUAL_REVIEW"
            W.truth.append({"hire_id": h["hire_id"], "expected_determination": lbl,
                            "why": f"[dispatch_to_police_unloaded] dispatcher then sworn officer at {e} since {sj.start.year} ({st} not loaded); prose says 'attended the academy' as past fact"})
            W.hires.append(h)
        else:
            finish(h, jobs, "MANUAL_REVIEW", "dispatch_to_police_unloaded", f"dispatcher then sworn ({st} not loaded); {desc(jobs)}")

    # --- M6: military police -> civilian department, unloaded
    for i in range(40):
        h = mk("LEO", rand_basic_not_done())
        mj = military()
        sj = sworn_unloaded()
        jobs = [mj, sj]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 0, 3]), durs=[rng.randint(36, 72), rng.randint(18, 90)])
        finish(h, jobs, "MANUAL_REVIEW", "military_to_police_unloaded", f"military then recent sworn {sj.employer} in {sj.place}; {desc(jobs)}")

    # --- M7: Puerto Rico, Guam, tribal, Amtrak
    for i in range(20):
        h = mk("LEO", rand_basic_not_done())
        sj = sworn_rare()
        jobs = ([military()] if rng.random() < 0.3 else []) + [sj]
        lay_out(jobs, h["_hire"], gap_months=rng.choice([0, 4]))
        finish(h, jobs, "MANUAL_REVIEW", "rare_jurisdiction", f"recent sworn {sj.employer} ({sj.note}); {desc(jobs)}")

    # --- M8: old sworn record in a loaded state + recent sworn claim elsewhere (unloaded)
    for i in range(20):
        h = mk("LEO", rand_basic_not_done())
        oj = sworn_loaded()
        mid = nonsworn("other")
        sj = sworn_unloaded()
        jobs = [oj, mid, sj]
        lay_out(jobs, h["_hire"], durs=[rng.randint(30, 80), rng.randint(40, 60), rng.randint(12, 26)])
        if (h["_hire"] - oj.end).days < 3.6 * 365:
            oj.end = add_months(h["_hire"], -48); oj.start = add_months(oj.end, -40)
        rid = record_for(h, oj)
        finish(h, jobs, "MANUAL_REVIEW", "old_record_recent_unloaded_claim",
               f"record {rid} separated {oj.end} (outside window); recent sworn claim {sj.employer} in {sj.place}; {desc(jobs)}")

    # --- M9: sworn in a loaded state then another (unloaded) -- mixed cross-state, no record
    for i in range(30):
        h = mk("LEO", rand_basic_not_done())
        a, b = sworn_loaded(), sworn_unloaded()
        jobs = [a, b] if rng.random() < 0.6 else [b, a]
        lay_out(jobs, h["_hire"], durs=[rng.randint(24, 80), rng.randint(18, 60)])
        lbl = "MANUAL_REVIEW" if jobs[-1] is b or recency(b, h["_hire"]) == "recent" else (
            "RECALL" if recency(b, h["_hire"]) == "old" else None)
        if lbl is None:  # edge: push the earlier job back
            b.end = add_months(h["_hire"], -66); b.start = add_months(b.end, -30); a.start = add_months(b.end, 1)
            lbl = "RECALL"
        finish(h, jobs, lbl, "sworn_two_states",
               f"sworn in {a.place} (loaded, no record) and {b.place} (not loaded, {recency(b, h['_hire'])}); {desc(jobs)}")

    # --- REM: remediated (basic completed), with all sorts of claims
    for i in range(130):
        h = mk("LEO" if rng.random() < 0.8 else "COURSE", "completed")
        jobs = [rng.choice([sworn_unloaded(), sworn_loaded(), nonsworn(), federal(), sworn_ambig(), military()])]
        lay_out(jobs, h["_hire"])
        rid = ""
        if rng.random() < 0.15:
            st = rng.choice(["TX", "FL"])
            rid = cert(st, h, rng.choice(NONSWORN_TYPE[st]), "active", add_months(h["_hire"], -40), None, "County Jail")
        finish(h, jobs, "REMEDIATED", "remediated", f"basic FLETC-BIETP completed, not verified" + (f" (record {rid} not sworn)" if rid else "") + f"; {desc(jobs)}")

    # --- COURSE: short track by course code only
    for i in range(60):
        h = mk("COURSE", rand_basic_not_done())
        r = rng.random()
        if r < 0.35:
            jobs = [sworn_unloaded()]; lay_out(jobs, h["_hire"])
            lbl = "MANUAL_REVIEW"
        elif r < 0.7:
            jobs = [nonsworn()]; lay_out(jobs, h["_hire"]); lbl = "RECALL"
        else:
            jobs = [sworn_loaded()]; lay_out(jobs, h["_hire"], durs=[rng.randint(30, 90)])
            record_for(h, jobs[0]); verified_ids.add(h["hire_id"]); lbl = "VERIFIED_LEO"
        finish(h, jobs, lbl, "short_by_course_only", f"BASIC screening but ERO-LEO-VIRT taken; {desc(jobs)}")

    # --- NA: full track
    for i in range(230):
        h = mk("BASIC", rng.choice(["completed", "enrolled", "completed"]))
        jobs = [rng.choice([sworn_unloaded(), sworn_loaded(), nonsworn(), federal(), sworn_ambig(), military(), reserve()])]
        lay_out(jobs, h["_hire"])
        if jobs[0].cat == "sworn" and not jobs[0].ambiguous and jobs[0].place in LOADED and rng.random() < 0.4:
            record_for(h, jobs[0])
        finish(h, jobs, "NOT_APPLICABLE", "full_track", f"BASIC track, no short-track course; {desc(jobs)}")

    # ------------------------------------------------ background registry people
    n_bg = 4500
    srcs = ["TX", "TX", "FL", "FL", "AZ", "NY", "OH", "FED"]
    made = 0
    import unicodedata

    def fold(x):
        return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode().lower()
    hire_norm = set()
    for hh in W.hires:
        for part in hh["last_name"].split("-"):
            hire_norm.add((fold(hh["first_name"]), fold(part)))
    while made < n_bg:
        f = rng.choice(FIRST_M + FIRST_F)
        l = rng.choice(LAST)
        if (f, l) in W.hire_names or (fold(f), fold(l)) in hire_norm:
            continue
        dob = dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28))
        sw = dt.date(dob.year, dob.day, dob.month) if dob.day <= 12 else None
        if dob in W.hire_dobs or (sw and sw in W.hire_dobs):
            continue
        src = rng.choice(srcs)
        sworn = rng.random() < 0.7
        ctype = rng.choice(SWORN_TYPE[src]) if sworn else rng.choice(NONSWORN_TYPE[src])
        issued = dt.date(max(dob.year + 21, 1975), rng.randint(1, 12), rng.randint(1, 28))
        if issued > dt.date(2024, 6, 1):
            issued = dt.date(2023, 1, 15)
        sep = None
        if rng.random() < 0.45:
            sep = issued + dt.timedelta(days=rng.randint(200, 6000))
            if sep > dt.date(2025, 1, 1):
                sep = None
        status = "active" if sep is None else rng.choice(["inactive", "inactive", "lapsed"])
        if rng.random() < 0.03:
            status = rng.choice(["revoked", "suspended"])
        W.certs.append({"record_id": W.rid(src), "source": src, "first_name": f.upper(),
                        "middle_name": rng.choice(MIDDLES + [""] * 5), "last_name": l.upper(),
                        "date_of_birth": dob.isoformat(), "certification_type": ctype, "status": status,
                        "issued_date": issued.isoformat(), "separation_date": sep.isoformat() if sep else "",
                        "agency": rng.choice(["Police Department", "Sheriff's Office", "Department of Corrections",
                                              "State Patrol", "County Jail", "Field Office"])})
        made += 1

    # ------------------------------------------------ write
    os.makedirs(out, exist_ok=True)
    order = list(range(len(W.hires)))
    rng.shuffle(order)
    hires = [W.hires[i] for i in order]
    cols = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth", "hire_date",
            "position_title", "job_series", "field_office", "screening_track", "screening_basis", "resume_text"]
    with open(os.path.join(out, "hires.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader(); w.writerows(hires)
    with open(os.path.join(out, "training.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"])
        w.writeheader(); w.writerows(W.training)
    with open(os.path.join(out, "employment_history.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["hire_id", "employer", "title", "state", "start_date", "end_date"])
        w.writeheader(); w.writerows(W.history)
    ccols = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth", "certification_type",
             "status", "issued_date", "separation_date", "agency"]
    by = {}
    for c in W.certs:
        by.setdefault(c["source"], []).append(c)
    for src, rows in sorted(by.items()):
        with open(os.path.join(out, f"certifications_{src.lower()}.csv"), "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=ccols)
            w.writeheader(); w.writerows(rows)
    truth = sorted(W.truth, key=lambda r: r["hire_id"])
    assert len(truth) == len(hires) == len({t["hire_id"] for t in truth})
    with open(truth_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["hire_id", "expected_determination", "why"])
        w.writeheader(); w.writerows(truth)
    from collections import Counter
    print(len(hires), "hires;", len(W.certs), "cert rows;", len(W.history), "history rows;", len(W.training), "training rows")
    print(Counter(t["expected_determination"] for t in truth))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    build(a.out, a.truth)
