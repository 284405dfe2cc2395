#!/usr/bin/env python3
"""heldout_gen9: an independent synthetic world for leo-audit (data contract v1).

Deterministic (seed 9090). Writes data/ (inputs) and truth.csv (expected determinations
from this world's own model of each hire's true records and the contract's default policy).

Only stdlib + pandas/pyarrow/openpyxl.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import unicodedata
from collections import Counter, defaultdict

import pandas as pd

SEED = 9090
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
TRUTH = os.path.join(HERE, "truth.csv")
EXTRACT = dt.date(2025, 6, 30)
D = dt.date

# --------------------------------------------------------------------------- names
MALE = """James Robert John Michael David William Richard Joseph Thomas Christopher Charles Daniel
Matthew Anthony Mark Donald Steven Andrew Paul Joshua Kenneth Kevin Brian Timothy Ronald George
Jason Edward Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon
Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry Tyler Aaron Jose Adam
Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Christian Walter Keith Austin Roger
Terry Sean Gerald Carl Dylan Harold Jordan Jesse Bryan Lawrence Arthur Gabriel Bruce Logan Billy
Joe Alan Juan Elijah Willie Albert Wayne Randy Mason Vincent Liam Roy Bobby Caleb Bradley Russell
Lucas Miguel Carlos Luis Jorge Antonio Manuel Alejandro Ricardo Roberto Fernando Javier Marcus
Darnell Tyrone Malik Andre Hector Raul Ramon Oscar Ruben Victor Julian Sergio Eduardo Omar Tariq
Wei Minh Hung Jin Hiroshi Rajesh Sanjay Tomasz Dmitri Viktor Ivan Andres Joaquin Martin Nicolas
Sebastian Tomas Ernesto Cesar Armando Alfredo Rodrigo Emilio Mateo Diego Everett Leon Clifford
Desmond Terrence Curtis Marvin Derrick Reginald Cedric Lamar Jamal Quentin Dwayne""".split()
FEMALE = """Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty
Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy
Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha
Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie
Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl
Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice
Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly Charlotte Natalie Theresa Diana
Brittany Doris Kayla Alexis Lori Marie Rosa Carmen Guadalupe Veronica Yolanda Adriana Lucia Elena
Sofia Gabriela Daniela Alejandra Mariana Valeria Ximena Paola Monica Leticia Araceli Beatriz
Latoya Tamika Keisha Ebony Shanice Aaliyah Mei Lin Priya Anjali Yuki Svetlana Irina Agnieszka
Ines Raquel Esperanza Dolores Marisol Consuelo Imani Tiana Bianca Colleen Maureen Bridget Siobhan
Noreen Erin Tara Whitney Courtney Brooke Haley Chelsea Vanessa Felicia Tanya Renee""".split()
SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez
Lopez Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris
Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill
Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips Evans
Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez
Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks
Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long
Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler Henderson Barnes
Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds Griffin
Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford
Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen
Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw
Snyder Mason Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar
Fox Warren Mills Meyer Rice Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan
Gardner Payne Grant Dunn Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart
Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray
Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence
Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper
Burke Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs
OBrien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims
Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas Lucas
Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler Mejia Davidson
Acosta Brewer May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Joseph Barrett
Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell
Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton
Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks
Steele Vaughn Becker Holt DeLeon Barker Terry Hale Leon Hail Benson Haynes Horton Miles Lyons Pham
Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman Dawson Lara Fletcher Page
McCarthy Love Robles Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin Daniel
Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis
Robbins Liu Ramsey Francis Griffith Paul Blair OConnor Cardenas Pacheco Cross Calderon Quinn Moss
Swanson Chan Rivas Khan Rodgers Serrano FitzGerald Rosales Stevenson Christensen Manning Gill
Curry McLaughlin Harmon McGee Gross Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins
Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins
Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders Franco
Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell
Waters Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington Glover Osborne
Buchanan Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer
Conner Moody Escobar McGuire Lloyd Mueller Hartman French Kramer McBride Pope Lindsey Velazquez
Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen Ballard
Lang Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado Santana Shepherd
Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen
Briggs Shah Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan
Meyers Weiss Underwood Bass Greer Summers Houston Carson Morrow Clayton Whitaker Decker Yoder
Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen Conley Davenport Copeland Massey Lam
Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman Huynh Randall Singleton Kirk Combs Mathis
Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges Bruce Atkinson Velez
Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt
Dalton Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala
Hensley Glenn Cisneros Harrell Shields Rubio Choi Huffman Boyer Garrison Arroyo Bond Kane Hancock
Callahan Dillon Cline Wiggins Grimes Arellano Melton Oneill Savage Ho Beltran Pitts Parrish Ponce
Rich Booth Koch Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay Tanner Hutchinson
Kaur Berg Wiley Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain Montes Mata Rosario
Vang Walter Henson Oneal Mosley McClure Beasley Stephenson Snow Huerta Preston Vance Barry Johns
Eaton Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English Hurst Woodard Cortes Shannon
Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong Kline Cordova Barajas Roach Rosas Winters
Jacobson Lester Knox Bullock Kerr Leach Meadows Orr Davila Whitehead Pruitt Kent Conway McKee
Barr David Dejesus Marin Berger McIntyre Blankenship Gaines Palacios Cuevas Bartlett Durham Dorsey
McCall Odonnell Stein Browning Stout Lowery Sloan McLean Hendricks Calhoun Sexton Chung Gentry
Hull Duarte Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw
McIntosh Howe Livingston Frost Glass Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick
Buckley McFarland Hebert Enriquez Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington
Michael Conrad Giles Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn
McMillan Small Bentley Felix Peck Lucero Boyle Hanna Pace Rush Hurley Harding McConnell Bernal Nava
Ayers Everett Ventura Avery Pugh Mayer Bender Shepard McMahon Landry Case Sampson Moses Magana Blackburn
Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley Bernard Ashley Friedman Potts Truong
Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton Lugo Portillo Dougherty Crane Haley
Phan Villalobos Blanchard Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano
Levy Huber Richmond Moyer Lim Frye Sheppard McCarty Avalos Booker Waller Parra Woodward Jaramillo
Krueger Rasmussen Brandt Peralta Donaldson Stuart Faulkner Maynard Galindo Coffey Estes Sanford
Burch Maddox Vo Oconnell Vu Andersen Spence McPherson Church Schmitt Stanton Leal Cherry Compton
Dudley Sierra Pollard Alfaro Hester Proctor Lu Hinton Novak Good Madden McCann Terrell Jarvis Dickson
Reyna Cantrell Mayo Branch Hendrix Rollins Rowland Whitney Duke Odom Daugherty Travis Tang Archer""".split()
SURNAMES = list(dict.fromkeys(SURNAMES))
HISPANIC = set("""Garcia Rodriguez Martinez Hernandez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores
Rivera Gomez Diaz Cruz Reyes Morales Gutierrez Ortiz Ramos Chavez Mendoza Ruiz Alvarez Castillo Jimenez
Vasquez Romero Herrera Medina Aguilar Castro Fernandez Vargas Guzman Mendez Munoz Salazar Garza Soto
Vazquez Santos Alvarado Delgado Pena Contreras Sandoval Guerrero Rios Estrada Ortega Nunez Valdez
Santiago Maldonado Dominguez Suarez Ibarra Orozco Escobar Velazquez Castaneda Navarro Figueroa""".split())
ACCENT = {"Martinez": "Martínez", "Hernandez": "Hernández", "Gonzalez": "González", "Perez": "Pérez",
          "Sanchez": "Sánchez", "Ramirez": "Ramírez", "Gomez": "Gómez", "Diaz": "Díaz",
          "Rodriguez": "Rodríguez", "Lopez": "López", "Nunez": "Núñez", "Jimenez": "Jiménez",
          "Gutierrez": "Gutiérrez", "Alvarez": "Álvarez", "Dominguez": "Domínguez", "Vasquez": "Vásquez",
          "Suarez": "Suárez", "Fernandez": "Fernández", "Pena": "Peña", "Munoz": "Muñoz",
          "Castaneda": "Castañeda", "Velazquez": "Velázquez", "Chavez": "Chávez", "Mendez": "Méndez",
          "Jose": "José", "Maria": "María", "Ramon": "Ramón", "Andres": "Andrés", "Sofia": "Sofía",
          "Ines": "Inés", "Joaquin": "Joaquín", "Raul": "Raúl", "Martin": "Martín", "Oscar": "Óscar",
          "Hector": "Héctor", "Tomas": "Tomás", "Nicolas": "Nicolás", "Ivan": "Iván", "Julian": "Julián",
          "Sebastian": "Sebastián", "Cesar": "César", "Lucia": "Lucía", "Monica": "Mónica"}
NICK = {"Robert": ["Bob", "Bobby", "Rob"], "William": ["Bill", "Will", "Billy"], "Richard": ["Rick", "Dick"],
        "James": ["Jim", "Jimmy"], "Michael": ["Mike"], "Thomas": ["Tom", "Tommy"], "Joseph": ["Joe"],
        "Charles": ["Chuck", "Charlie"], "Christopher": ["Chris"], "Daniel": ["Dan", "Danny"],
        "Matthew": ["Matt"], "Anthony": ["Tony"], "Steven": ["Steve"], "Edward": ["Ed", "Eddie"],
        "Jennifer": ["Jenny", "Jen"], "Elizabeth": ["Liz", "Beth", "Betsy"], "Katherine": ["Kate", "Katie"],
        "Margaret": ["Peggy", "Maggie"], "Patricia": ["Patty", "Tricia"], "Rebecca": ["Becky"],
        "Deborah": ["Debbie"], "Susan": ["Sue", "Susie"], "Jessica": ["Jess"], "Samantha": ["Sam"],
        "Benjamin": ["Ben"], "Nicholas": ["Nick"], "Timothy": ["Tim"], "Kenneth": ["Ken", "Kenny"],
        "Gregory": ["Greg"], "Andrew": ["Andy", "Drew"], "Zachary": ["Zach"], "Victoria": ["Vicky"],
        "Cynthia": ["Cindy"], "Donald": ["Don"], "Ronald": ["Ron"], "Douglas": ["Doug"],
        "Raymond": ["Ray"], "Lawrence": ["Larry"], "Gerald": ["Jerry"], "Jeffrey": ["Jeff"],
        "Alexander": ["Alex"], "Jonathan": ["Jon"], "Peter": ["Pete"], "Kimberly": ["Kim"],
        "Pamela": ["Pam"], "Christine": ["Chris"], "Theresa": ["Terri"], "Frances": ["Fran"]}
NICK_TO_FORMAL = {n: f for f, ns in NICK.items() for n in ns}
# rhyming / first-letter twins
RHYME = [("Kevin", "Devin"), ("Ryan", "Bryan"), ("Jason", "Mason"), ("Aaron", "Darren"),
         ("Logan", "Hogan"), ("Jordan", "Gordon"), ("Carly", "Marly"), ("Kayla", "Layla"),
         ("Tyler", "Kyler"), ("Jaden", "Kaden"), ("Madison", "Addison"), ("Brandon", "Landon")]
DISTINCT_TWINS = [("Michael", "Christopher"), ("Sarah", "Rachel"), ("David", "Daniel"),
                  ("Emily", "Hannah"), ("James", "Thomas"), ("Olivia", "Sophia"),
                  ("Jacob", "Ethan"), ("Ashley", "Brittany"), ("Marcus", "Malik"),
                  ("Jose", "Juan")]

def zipf_weights(n, s):
    return [1.0 / (i + 1) ** s for i in range(n)]

MW, FW, SW = zipf_weights(len(MALE), 0.7), zipf_weights(len(FEMALE), 0.7), zipf_weights(len(SURNAMES), 0.55)

def pick_first(sex):
    return R.choices(MALE, MW)[0] if sex == "M" else R.choices(FEMALE, FW)[0]

def pick_last():
    return R.choices(SURNAMES, SW)[0]

def fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).upper()

def key(s):
    return "".join(c for c in fold(s) if c.isalpha())

# --------------------------------------------------------------------------- dates
def add_months(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    return D(d.year + y, mo + 1, min(d.day, 28) if d.day > 28 else d.day)

def add_years(d, y):
    return D(d.year + y, d.month, d.day if not (d.month == 2 and d.day == 29) else 28)

def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))

def safe_day(d):  # avoid day > 28 so month/year arithmetic is unambiguous
    return d.replace(day=min(d.day, 28))

def iso(d):
    return d.isoformat() if d else ""

def us(d):
    return d.strftime("%m/%d/%Y") if d else ""

# --------------------------------------------------------------------------- registries
SOURCES = ["CA", "TX", "FL", "NY", "MN", "AZ", "GA", "FED"]
UNCOVERED = {"OH": [("Cleveland Police Department", "Cleveland"), ("Toledo Police Department", "Toledo"),
                    ("Cuyahoga County Sheriff's Office", "Cleveland")],
             "WA": [("Seattle Police Department", "Seattle"), ("King County Sheriff's Office", "Seattle"),
                    ("Tacoma Police Department", "Tacoma")],
             "IL": [("Chicago Police Department", "Chicago"), ("Cook County Sheriff's Office", "Chicago"),
                    ("Rockford Police Department", "Rockford")],
             "PA": [("Pittsburgh Bureau of Police", "Pittsburgh"), ("Pennsylvania State Police", "Harrisburg"),
                    ("Philadelphia Police Department", "Philadelphia")],
             "NV": [("Las Vegas Metropolitan Police Department", "Las Vegas"), ("Reno Police Department", "Reno")],
             "MI": [("Detroit Police Department", "Detroit"), ("Grand Rapids Police Department", "Grand Rapids")],
             "NC": [("Charlotte-Mecklenburg Police Department", "Charlotte"), ("Raleigh Police Department", "Raleigh")],
             "CO": [("Denver Police Department", "Denver"), ("Aurora Police Department", "Aurora")]}
STATE_NAME = {"CA": "California", "TX": "Texas", "FL": "Florida", "NY": "New York", "MN": "Minnesota",
              "AZ": "Arizona", "GA": "Georgia", "OH": "Ohio", "WA": "Washington", "IL": "Illinois",
              "PA": "Pennsylvania", "NV": "Nevada", "MI": "Michigan", "NC": "North Carolina", "CO": "Colorado"}
AGENCIES = {
    "CA": [("Los Angeles Police Department", "Los Angeles", "Police Officer"),
           ("Los Angeles County Sheriff's Department", "Los Angeles", "Deputy Sheriff"),
           ("San Diego Police Department", "San Diego", "Police Officer"),
           ("Fresno Police Department", "Fresno", "Police Officer"),
           ("Sacramento County Sheriff's Office", "Sacramento", "Deputy Sheriff"),
           ("California Highway Patrol", "Sacramento", "Officer"),
           ("Oakland Police Department", "Oakland", "Police Officer"),
           ("Riverside County Sheriff's Department", "Riverside", "Deputy Sheriff"),
           ("San Jose Police Department", "San Jose", "Police Officer"),
           ("Bakersfield Police Department", "Bakersfield", "Police Officer")],
    "TX": [("Houston Police Department", "Houston", "Police Officer"),
           ("Harris County Sheriff's Office", "Houston", "Deputy Sheriff"),
           ("Dallas Police Department", "Dallas", "Police Officer"),
           ("San Antonio Police Department", "San Antonio", "Police Officer"),
           ("Bexar County Sheriff's Office", "San Antonio", "Deputy Sheriff"),
           ("El Paso Police Department", "El Paso", "Police Officer"),
           ("Texas Department of Public Safety", "Austin", "State Trooper"),
           ("Austin Police Department", "Austin", "Police Officer"),
           ("Laredo Police Department", "Laredo", "Police Officer"),
           ("Hidalgo County Sheriff's Office", "Edinburg", "Deputy Sheriff")],
    "FL": [("Miami-Dade Police Department", "Miami", "Police Officer"),
           ("Orange County Sheriff's Office", "Orlando", "Deputy Sheriff"),
           ("Tampa Police Department", "Tampa", "Police Officer"),
           ("Jacksonville Sheriff's Office", "Jacksonville", "Police Officer"),
           ("Florida Highway Patrol", "Tallahassee", "State Trooper"),
           ("Hillsborough County Sheriff's Office", "Tampa", "Deputy Sheriff")],
    "NY": [("New York City Police Department", "New York", "Police Officer"),
           ("Nassau County Police Department", "Mineola", "Police Officer"),
           ("Buffalo Police Department", "Buffalo", "Police Officer"),
           ("New York State Police", "Albany", "State Trooper"),
           ("Rochester Police Department", "Rochester", "Police Officer"),
           ("Suffolk County Police Department", "Yaphank", "Police Officer")],
    "MN": [("Minneapolis Police Department", "Minneapolis", "Police Officer"),
           ("Saint Paul Police Department", "Saint Paul", "Police Officer"),
           ("Hennepin County Sheriff's Office", "Minneapolis", "Deputy Sheriff"),
           ("Duluth Police Department", "Duluth", "Police Officer"),
           ("Minnesota State Patrol", "Saint Paul", "State Trooper")],
    "AZ": [("Phoenix Police Department", "Phoenix", "Police Officer"),
           ("Maricopa County Sheriff's Office", "Phoenix", "Deputy Sheriff"),
           ("Tucson Police Department", "Tucson", "Police Officer"),
           ("Arizona Department of Public Safety", "Phoenix", "State Trooper"),
           ("Mesa Police Department", "Mesa", "Police Officer"),
           ("Pima County Sheriff's Department", "Tucson", "Deputy Sheriff")],
    "GA": [("Atlanta Police Department", "Atlanta", "Police Officer"),
           ("Fulton County Sheriff's Office", "Atlanta", "Deputy Sheriff"),
           ("Savannah Police Department", "Savannah", "Police Officer"),
           ("Georgia State Patrol", "Atlanta", "State Trooper"),
           ("Gwinnett County Police Department", "Lawrenceville", "Police Officer"),
           ("DeKalb County Police Department", "Decatur", "Police Officer")],
    "FED": [("U.S. Border Patrol", "El Paso", "Border Patrol Agent"),
            ("U.S. Immigration and Customs Enforcement", "Houston", "Deportation Officer"),
            ("Federal Bureau of Investigation", "Washington", "Special Agent"),
            ("U.S. Customs and Border Protection", "San Diego", "CBP Officer"),
            ("U.S. Marshals Service", "Washington", "Deputy U.S. Marshal"),
            ("Drug Enforcement Administration", "Miami", "Special Agent")],
}
FED_HOME = {"U.S. Border Patrol": "TX", "U.S. Immigration and Customs Enforcement": "TX",
            "Federal Bureau of Investigation": "DC", "U.S. Customs and Border Protection": "CA",
            "U.S. Marshals Service": "DC", "Drug Enforcement Administration": "FL"}
SWORN_TYPES = {"CA": ["Peace Officer - Basic", "Police Officer", "Deputy Sheriff", "Peace Officer"],
               "TX": ["Basic Peace Officer", "Peace Officer License"],
               "FL": ["Law Enforcement"],
               "NY": ["Police Officer", "Police Officer - Basic Course"],
               "MN": ["Peace Officer License"],
               "AZ": ["Peace Officer (Full Authority)", "Peace Officer"],
               "GA": ["Peace Officer", "Peace Officer Certification"],
               "FED": ["Criminal Investigator (GS-1811)", "Deportation Officer (GS-1801)",
                       "Border Patrol Agent (GS-1896)", "CBP Officer (GS-1895)", "Police Officer (GS-0083)"]}
FED_TYPE_BY_AGENCY = {"U.S. Border Patrol": "Border Patrol Agent (GS-1896)",
                      "U.S. Immigration and Customs Enforcement": "Deportation Officer (GS-1801)",
                      "Federal Bureau of Investigation": "Criminal Investigator (GS-1811)",
                      "U.S. Customs and Border Protection": "CBP Officer (GS-1895)",
                      "U.S. Marshals Service": "Criminal Investigator (GS-1811)",
                      "Drug Enforcement Administration": "Criminal Investigator (GS-1811)"}
# non-sworn types by kind
NONSWORN = {"CA": {"corrections": ["Correctional Officer"], "dispatch": ["Public Safety Dispatcher"],
                   "reserve": ["Reserve Officer Level II"], "probation": ["Probation Officer"]},
            "TX": {"corrections": ["Jailer License", "County Jailer"], "dispatch": ["Telecommunicator License"],
                   "reserve": ["Reserve Deputy"], "probation": ["Juvenile Probation Officer"]},
            "FL": {"corrections": ["Correctional"], "probation": ["Correctional Probation"]},
            "NY": {"corrections": ["Correction Officer"], "security": ["Security Guard"]},
            "MN": {"limited": ["Part-Time Peace Officer License"]},
            "AZ": {"corrections": ["Detention Officer"], "limited": ["Specialty Peace Officer"]},
            "GA": {"corrections": ["Jail Officer"], "dispatch": ["Communications Officer"],
                   "probation": ["Probation Officer"]},
            "FED": {"corrections": ["Correctional Officer (GS-0007)"]}}
NONSWORN_AGENCY = {"corrections": "{c} County Detention Center", "dispatch": "{c} Emergency Communications",
                   "reserve": "{c} Police Reserve Unit", "probation": "{c} County Probation Department",
                   "security": "Allied Universal Security", "limited": "{c} Police Department"}
STATUS_STYLE = {"CA": str.lower, "TX": str.title, "FL": str.title, "NY": str.upper, "MN": str.title,
                "AZ": str.lower, "GA": str.title, "FED": str.lower}
NAME_STYLE = {"CA": "upper", "TX": "upper", "FL": "upper", "NY": "title", "MN": "upper", "AZ": "title",
              "GA": "title", "FED": "upper"}
ID_CTR = Counter()

def new_id(src):
    ID_CTR[src] += 1
    n = ID_CTR[src]
    return {"CA": f"CA-P{n + 100000:06d}", "TX": f"{n + 40000:07d}", "FL": f"FL{n + 2000000:08d}",
            "NY": f"NY-{n + 500000}", "MN": f"{n + 1000:06d}", "AZ": f"AZP-{n + 10000}",
            "GA": f"GA{n + 300000}", "FED": f"FED-{n + 900000:07d}"}[src]

REG = defaultdict(list)       # source -> rows
DECERTS = []

def render_reg_name(p, src, middle_mode=None, last=None, first=None):
    first = first if first is not None else p["first"]
    last = last if last is not None else p["last"]
    mid = p.get("middle", "")
    mm = middle_mode or R.choices(["full", "init", "blank"], [0.45, 0.3, 0.25])[0]
    mid = mid if mm == "full" else (mid[:1] if (mm == "init" and mid) else "")
    sfx = p.get("suffix", "")
    if sfx and R.random() < 0.5 and "suffix_done" not in p:
        last = last + R.choice([" " + sfx.upper().rstrip("."), ", " + sfx, " " + sfx])
    style = NAME_STYLE[src]
    if style == "upper":
        first, mid, last = fold(first), fold(mid), fold(last)
    return first, mid, last

def add_cert(p, src, ctype, status, issued, sep, agency, *, dob=None, name=None, yob_only=False,
             kind="sworn", true_owner=None, link="strong", alt=None):
    rid = new_id(src)
    first, mid, last = name if name else render_reg_name(p, src)
    dobv = dob if dob is not None else p["dob"]
    if src == "FL" or yob_only:
        dob_s = str(dobv.year) if dobv else ""
    else:
        dob_s = dobv
    row = dict(record_id=rid, source=src, first_name=first, middle_name=mid, last_name=last,
               date_of_birth=dob_s, certification_type=ctype, status=STATUS_STYLE[src](status),
               issued_date=issued, separation_date=sep, agency=agency)
    REG[src].append(row)
    if true_owner is not None:
        true_owner["records"].append(dict(row=row, kind=kind, status=status, issued=issued, sep=sep,
                                          link=("lead" if (src == "FL" or yob_only) else link), src=src,
                                          alt=alt))
    return row

def add_decert(p, src, action, date, reason, *, blank_dob=False, dob=None, true_owner=None, name=None):
    rid = f"{src}-D{len(DECERTS) + 7001}"
    first, last = name if name else (p["first"], p["last"])
    dobv = "" if blank_dob else (dob or p["dob"])
    row = dict(record_id=rid, source=src, first_name=first.upper() if R.random() < .5 else first,
               last_name=last.upper() if R.random() < .5 else last, date_of_birth=dobv, action=action,
               action_date=date, reason=reason)
    DECERTS.append(row)
    if true_owner is not None:
        true_owner["decerts"].append(dict(row=row, action=action, date=date, blank=blank_dob))
    return row

# --------------------------------------------------------------------------- persons
def new_person(sex=None, hispanic=None, first=None, last=None):
    sex = sex or R.choice("MF")
    f = first or pick_first(sex)
    if last:
        l = last
    elif hispanic:
        l = R.choice(sorted(HISPANIC))
    else:
        l = pick_last()
    mid = pick_first(sex) if R.random() < 0.85 else ""
    while mid == f:
        mid = pick_first(sex)
    return dict(sex=sex, first=f, middle=mid, last=l, suffix="")

def fix_surname_display(l):
    return {"OBrien": "O'Brien", "OConnor": "O'Connor", "Oneill": "O'Neill", "Oneal": "O'Neal",
            "Odonnell": "O'Donnell", "Oconnell": "O'Connell", "DeLeon": "De Leon",
            "Delacruz": "De la Cruz", "Delarosa": "De la Rosa", "Dejesus": "De Jesus",
            "FitzGerald": "Fitzgerald", "McDonald": "McDonald"}.get(l, l)

# --------------------------------------------------------------------------- hires
HIRES, HIST, TRAIN, OVR, TRUTH = [], [], [], [], []
OFFICES = ["Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver", "Detroit",
           "El Paso", "Harlingen", "Houston", "Los Angeles", "Miami", "New Orleans", "New York City",
           "Newark", "Philadelphia", "Phoenix", "Salt Lake City", "San Antonio", "San Diego",
           "San Francisco", "Seattle", "St. Paul", "Washington"]
POSITIONS = [("Deportation Officer", "1801"), ("Immigration Enforcement Agent", "1801"),
             ("Criminal Investigator", "1811"), ("Special Agent", "1811"), ("Deportation Officer", "1801")]
NONSWORN_JOBS = [("Loan Officer", "Wells Fargo Bank", "CA"), ("Mortgage Loan Officer", "Chase Bank", "NY"),
                 ("Security Officer", "Allied Universal", "TX"), ("Security Officer", "Securitas", "GA"),
                 ("Correctional Officer", "Texas Department of Criminal Justice", "TX"),
                 ("Detention Officer", "Maricopa County Sheriff's Office Jail", "AZ"),
                 ("Correctional Officer", "Federal Bureau of Prisons", "CA"),
                 ("Petty Officer Second Class", "U.S. Navy", "VA"), ("Military Police", "U.S. Army", "NC"),
                 ("Compliance Officer", "Ameriprise Financial", "MN"),
                 ("Probation Officer", "Pima County Adult Probation", "AZ"),
                 ("911 Dispatcher", "Fulton County Emergency Communications", "GA"),
                 ("Code Enforcement Officer", "City of Mesa", "AZ"),
                 ("Loss Prevention Officer", "Target Corporation", "MN"),
                 ("Customer Service Agent", "Delta Air Lines", "GA"),
                 ("Claims Adjuster", "State Farm Insurance", "IL"),
                 ("Reserve Police Officer", "Chicago Police Reserve", "IL"),
                 ("Transportation Security Officer", "Transportation Security Administration", "OH"),
                 ("Program Officer", "Ford Foundation", "NY"),
                 ("Parole Officer", "Ohio Adult Parole Authority", "OH"),
                 ("Juvenile Detention Officer", "Cook County Juvenile Temporary Detention Center", "IL"),
                 ("Animal Control Officer", "City of Tacoma", "WA")]

def mk_hire_date():
    return safe_day(rdate(D(2019, 1, 7), D(2024, 12, 16)))

def mk_dob(hire, lo=23, hi=52):
    return safe_day(rdate(add_years(hire, -hi), add_years(hire, -lo)))

def hire_name_render(p, variant_first=None, variant_last=None, mid_mode=None):
    f = variant_first or p["first"]
    l = variant_last or fix_surname_display(p["last"])
    mm = mid_mode or R.choices(["full", "init", "blank"], [0.6, 0.2, 0.2])[0]
    m = p["middle"] if mm == "full" else (p["middle"][:1] if mm == "init" and p["middle"] else "")
    return f, m, l

def job_line(title, employer, city, st, y0, y1):
    y1s = "present" if y1 is None else str(y1)
    form = R.randint(0, 2)
    if form == 0:
        return f"{title}, {employer}, {city}, {st} ({y0} - {y1s})"
    if form == 1:
        return f"{employer}, {city}, {st} - {title}, {y0} to {y1s}"
    return f"{y0}-{y1s}: {title} | {employer} | {city}, {st}"

USED = set()

class Hire:
    n = 0

    def __init__(self, scenario, short=True, by_course=False):
        Hire.n += 1
        self.id = f"{R.randint(1, 9):01d}{Hire.n:05d}" if R.random() < 0.8 else f"0{Hire.n:05d}"
        self.scenario = scenario
        self.short = short
        self.by_course = by_course
        self.hire_date = mk_hire_date()
        self.records, self.decerts = [], []
        self.p = None
        self.claims = []      # dicts: state, sworn(bool), start, end, employer, title, in_hist
        self.resume_extra = []
        self.basic = None     # completed / enrolled / withdrawn / failed / None
        self.override = None
        self.alts = set()
        self.forced = None
        self.why = ""
        self.dob_missing = False
        self.lead_notes = []
        self.hire_name = None
        self.hire_dob = None

    # derived
    def person(self, swap_ok=False, **kw):
        p = new_person(**kw)
        while True:
            d = mk_dob(self.hire_date)
            if swap_ok and (d.day > 12 or d.day == d.month):
                continue
            k1, k2 = (key(p["last"]), d), (key(p["first"]), d)
            if k1 in USED or k2 in USED:
                continue
            USED.add(k1)
            USED.add(k2)
            break
        p["dob"] = d
        p["records"], p["decerts"] = self.records, self.decerts
        self.p = p
        return p

def sworn_career(h, src, *, issued, sep, status=None, agency=None, link="strong", name=None,
                 dob=None, ctype=None, yob_only=False, alt=None):
    ag = agency or R.choice(AGENCIES[src])
    if src == "FED":
        ctype = ctype or FED_TYPE_BY_AGENCY[ag[0]]
    ctype = ctype or R.choice(SWORN_TYPES[src])
    if status is None:
        status = "active" if sep is None else R.choice(["inactive", "inactive", "lapsed"])
    return add_cert(h.p, src, ctype, status, issued, sep, ag[0], name=name, dob=dob, kind="sworn",
                    true_owner=h.p, link=link, yob_only=yob_only, alt=alt), ag

def claim(h, title, employer, st, start, end, sworn, city=None, in_hist=True, in_resume=True):
    h.claims.append(dict(title=title, employer=employer, state=st, start=start, end=end, sworn=sworn,
                         city=city or "", in_hist=in_hist, in_resume=in_resume))

def claim_from_cert(h, row, ag, src, title=None):
    st = FED_HOME.get(ag[0], "TX") if src == "FED" else src
    if st == "DC":
        st = "DC"
    claim(h, title or ag[2], ag[0], st, row["issued_date"], row["separation_date"], True, city=ag[1])

def nonsworn_claim(h, end_before=None):
    t, e, st = R.choice(NONSWORN_JOBS)
    end = end_before or h.hire_date - dt.timedelta(days=R.randint(10, 200))
    start = safe_day(end - dt.timedelta(days=R.randint(400, 3000)))
    claim(h, t, e, st, start, end, False, city="")

# --------------------------------------------------------------------------- scenarios
def ago(h, years=0.0, days=0):
    return safe_day(h.hire_date - dt.timedelta(days=int(years * 365.25) + days))

def sc_verified_basic(h, variant):
    p = h.person()
    src = R.choice(SOURCES[:2] * 3 + ["NY", "MN", "AZ", "GA", "FED"])
    issued = ago(h, R.uniform(2, 15))
    serving = R.random() < 0.6
    sep = None if serving else safe_day(h.hire_date - dt.timedelta(days=R.randint(20, 900)))
    if not serving and R.random() < 0.25:  # left the PD a few days after EOD
        sep = safe_day(h.hire_date + dt.timedelta(days=R.randint(3, 60)))
    row, ag = sworn_career(h, src, issued=issued, sep=sep)
    claim_from_cert(h, row, ag, src)
    h.why = f"sworn {src} cert {row['record_id']} issued {issued} sep {sep or '-'}; clean link"
    if variant == "lapsed" and sep is not None:
        row["status"] = STATUS_STYLE[src]("lapsed")
        h.records[-1]["status"] = "lapsed"

def sc_window_edge(h, over):
    p = h.person()
    src = R.choice(["CA", "TX", "NY", "AZ", "GA", "MN"])
    sep = add_years(h.hire_date, -3) - dt.timedelta(days=(R.randint(1, 25) if over else 0))
    issued = add_years(sep, -R.randint(3, 9))
    row, ag = sworn_career(h, src, issued=issued, sep=sep, status="inactive")
    claim_from_cert(h, row, ag, src)
    h.why = f"separated {sep} vs hire {h.hire_date}: {'over' if over else 'exactly'} 3 years"

def sc_service_edge(h, under):
    p = h.person()
    src = R.choice(["CA", "TX", "NY", "AZ", "GA", "MN", "FED"])
    issued = add_months(h.hire_date, -12) + dt.timedelta(days=(R.randint(1, 25) if under else 0))
    row, ag = sworn_career(h, src, issued=issued, sep=None, status="active")
    claim_from_cert(h, row, ag, src)
    h.why = f"issued {issued}, serving at hire {h.hire_date}: {'under' if under else 'exactly'} 12 months"

def sc_sep_after_hire_short(h):
    p = h.person()
    src = R.choice(["CA", "TX", "AZ"])
    issued = safe_day(h.hire_date - dt.timedelta(days=R.randint(200, 320)))
    sep = safe_day(issued + dt.timedelta(days=R.randint(400, 460)))
    row, ag = sworn_career(h, src, issued=issued, sep=sep, status="inactive")
    claim_from_cert(h, row, ag, src)
    h.alts.add("RECALL")
    h.why = f"issued {issued} only {(h.hire_date - issued).days}d before hire, separated {sep} after hire (>12m issued->sep)"

def sc_name_variant(h, kind):
    """Strongly linkable variants of the hire's name in the registry."""
    if kind == "nickname":
        formal = R.choice(sorted(NICK))
        sex = "F" if formal in FEMALE else "M"
        p = h.person(sex=sex, first=formal)
        h.hire_name = hire_name_render(p, variant_first=R.choice(NICK[formal]))
        h.why = f"hire uses nickname {h.hire_name[0]} of {formal}"
    elif kind == "diacritic":
        sex = R.choice("MF")
        firsts = [f for f in (MALE if sex == "M" else FEMALE) if f in ACCENT] or ["Jose"]
        p = h.person(sex=sex, first=R.choice(firsts) if R.random() < .6 else None, hispanic=True)
        f = ACCENT.get(p["first"], p["first"])
        l = ACCENT.get(p["last"], p["last"])
        h.hire_name = hire_name_render(p, variant_first=f, variant_last=l)
        h.why = "accents on hire side only"
    elif kind == "hyphen":
        p = h.person(sex="F", hispanic=True)
        other = R.choice(sorted(HISPANIC - {p["last"]}))
        if R.random() < 0.5:
            h.hire_name = hire_name_render(p, variant_last=f"{p['last']}-{other}")
            h.why = f"hire compound surname {p['last']}-{other}; registry {p['last']}"
        else:
            h.hire_name = hire_name_render(p)
            h.reg_last = f"{p['last']}-{other}" if R.random() < .5 else f"{p['last']} {other}"
            h.why = f"registry compound surname {h.reg_last}; hire {p['last']}"
    elif kind == "maiden_middle":
        p = h.person(sex="F")
        married = pick_last()
        while married == p["last"]:
            married = pick_last()
        # hire lists maiden name as middle name, married surname as last name
        h.hire_name = (p["first"], fix_surname_display(p["last"]), fix_surname_display(married))
        h.why = f"hire middle name = maiden surname {p['last']} (registry), married surname {married}"
    elif kind == "suffix":
        p = h.person(sex="M")
        sfx = R.choice(["Jr", "Jr.", "III", "II", "Sr"])
        p["suffix"] = sfx
        if R.random() < 0.5:
            h.hire_name = hire_name_render(p)
            h.hire_suffix = sfx
            h.why = f"hire suffix column {sfx}"
        else:
            h.hire_name = hire_name_render(p, variant_last=f"{fix_surname_display(p['last'])} {sfx}")
            h.hire_suffix = ""
            h.why = f"hire suffix written into last name ({sfx})"
    elif kind == "typo_last":
        p = h.person()
        while len(p["last"]) < 5:
            p = h.person()
        h.hire_name = hire_name_render(p)
        h.reg_last = typo(p["last"])
        h.why = f"registry surname typo {h.reg_last} for {p['last']}"
    elif kind == "middle_as_first":
        p = h.person()
        while not p["middle"]:
            p = h.person()
        h.hire_name = (p["first"], p["middle"], fix_surname_display(p["last"]))
        h.reg_first = p["middle"]
        h.reg_mid = ""
        h.why = f"registry first name is hire's middle name {p['middle']}"
    elif kind == "punct":
        last = R.choice(["OBrien", "OConnor", "DeLeon", "Delacruz", "Dejesus", "Oneill", "Odonnell"])
        p = h.person(last=last)
        h.hire_name = hire_name_render(p)
        h.why = f"punctuation/space surname {fix_surname_display(last)} vs {last.upper()}"
    elif kind == "dob_swap":
        p = h.person(swap_ok=True)
        d = p["dob"]
        h.reg_dob = D(d.year, d.day, d.month)
        h.why = f"registry DOB {h.reg_dob} day/month swapped vs hire {d}"
    elif kind == "dob_keystroke":
        p = h.person()
        d = p["dob"]
        y = d.year + R.choice([-1, 1])
        h.reg_dob = D(y, d.month, d.day)
        h.why = f"registry DOB {h.reg_dob} one digit off hire {d}"
    elif kind == "two_variations":
        formal = R.choice(sorted(NICK))
        sex = "F" if formal in FEMALE else "M"
        p = h.person(sex=sex, first=formal)
        while len(p["last"]) < 5:
            p["last"] = pick_last()
        h.hire_name = hire_name_render(p, variant_first=R.choice(NICK[formal]))
        h.reg_last = typo(p["last"])
        h.why = f"nickname {h.hire_name[0]} and surname typo {h.reg_last}: two variations"
    src = R.choice(["CA", "TX", "NY", "MN", "AZ", "GA", "FED", "TX", "CA"])
    issued = ago(h, R.uniform(2, 14))
    sep = None if R.random() < 0.7 else safe_day(h.hire_date - dt.timedelta(days=R.randint(30, 800)))
    reg_first = getattr(h, "reg_first", None)
    reg_last = getattr(h, "reg_last", None)
    name = None
    if reg_first or reg_last:
        f, m, l = render_reg_name(h.p, src, last=reg_last, first=reg_first)
        if getattr(h, "reg_mid", None) == "":
            m = ""
        name = (f, m, l)
    if kind == "maiden_middle":
        name = render_reg_name(h.p, src, middle_mode="blank")
    link = {"dob_keystroke": "lead", "two_variations": "lead"}.get(kind, "strong")
    row, ag = sworn_career(h, src, issued=issued, sep=sep, name=name, dob=getattr(h, "reg_dob", None),
                           link=link)
    if kind == "dob_swap":
        h.swap_check = (key(row["first_name"]), key(row["last_name"]), row["record_id"])
    claim_from_cert(h, row, ag, src)
    if kind in ("dob_keystroke", "two_variations"):
        h.alts.add("VERIFIED_LEO")

def typo(s):
    pool = set(SURNAMES) | set(MALE) | set(FEMALE)
    for _ in range(100):
        i = R.randint(1, len(s) - 2)
        op = R.choice(["sub", "del", "swap"])
        if op == "sub":
            t = s[:i] + R.choice("aeiourstnl") + s[i + 1:]
        elif op == "del":
            t = s[:i] + s[i + 1:]
        else:
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
        if t != s and t.capitalize() not in pool and t.lower() != s.lower():
            return t
    return s[:-1] + "x"

def sc_multi(h, kind):
    p = h.person()
    if kind == "moved":
        a, b = R.sample(["CA", "TX", "NY", "MN", "AZ", "GA"], 2)
        i1 = ago(h, R.uniform(8, 16))
        s1 = safe_day(i1 + dt.timedelta(days=R.randint(900, 2500)))
        s1 = min(s1, ago(h, 4))
        r1, ag1 = sworn_career(h, a, issued=i1, sep=s1)
        i2 = safe_day(s1 + dt.timedelta(days=R.randint(30, 200)))
        r2, ag2 = sworn_career(h, b, issued=i2, sep=None if R.random() < .7 else
                               safe_day(h.hire_date - dt.timedelta(days=R.randint(10, 300))))
        claim_from_cert(h, r1, ag1, a)
        claim_from_cert(h, r2, ag2, b)
        h.why = f"moved {a}->{b}; {b} cert qualifies"
    elif kind == "lateral_same_state":
        a = R.choice(["CA", "TX", "GA", "AZ"])
        ag1, ag2 = R.sample(AGENCIES[a], 2)
        i1 = ago(h, R.uniform(6, 12))
        s1 = safe_day(i1 + dt.timedelta(days=R.randint(700, 1500)))
        r1, _ = sworn_career(h, a, issued=i1, sep=s1, agency=ag1)
        r2, _ = sworn_career(h, a, issued=safe_day(s1 + dt.timedelta(days=R.randint(1, 40))), sep=None,
                             agency=ag2)
        claim_from_cert(h, r1, ag1, a)
        claim_from_cert(h, r2, ag2, a)
        h.why = f"lateral transfer within {a}; current cert qualifies"
    elif kind == "later_nonsworn_ok":
        a, b = R.sample(["CA", "TX", "GA", "AZ", "NY"], 2)
        i1 = ago(h, R.uniform(6, 12))
        s1 = ago(h, R.uniform(0.5, 2.7))
        r1, ag1 = sworn_career(h, a, issued=i1, sep=s1)
        kinds = list(NONSWORN[b])
        k = "corrections" if "corrections" in kinds else kinds[0]
        add_cert(p, b, R.choice(NONSWORN[b][k]), "active", safe_day(s1 + dt.timedelta(days=40)), None,
                 NONSWORN_AGENCY[k].format(c=R.choice(AGENCIES[b])[1]), kind=k, true_owner=p)
        claim_from_cert(h, r1, ag1, a)
        h.why = f"old sworn {a} sep {s1} within window; later {k} cert in {b}"
    elif kind == "later_nonsworn_old":
        a = R.choice(["CA", "TX", "GA", "AZ", "NY"])
        i1 = ago(h, R.uniform(10, 16))
        s1 = ago(h, R.uniform(3.3, 7))
        r1, ag1 = sworn_career(h, a, issued=i1, sep=s1)
        b = R.choice(["CA", "TX", "GA", "AZ", "NY"])
        kinds = list(NONSWORN[b])
        k = "corrections" if "corrections" in kinds else kinds[0]
        add_cert(p, b, R.choice(NONSWORN[b][k]), "active", safe_day(s1 + dt.timedelta(days=60)), None,
                 NONSWORN_AGENCY[k].format(c=R.choice(AGENCIES[b])[1]), kind=k, true_owner=p)
        claim_from_cert(h, r1, ag1, a)
        claim(h, "Correctional Officer" if k == "corrections" else "Officer",
              NONSWORN_AGENCY[k].format(c=R.choice(AGENCIES[b])[1]), b, safe_day(s1 + dt.timedelta(days=60)),
              None, False)
        h.why = f"sworn {a} sep {s1} beyond 3y; current {k} cert in {b} not sworn"
    elif kind in ("recert_short", "recert_ok"):
        a = R.choice(["CA", "TX", "GA", "AZ", "MN", "NY"])
        i1 = ago(h, R.uniform(12, 18))
        s1 = ago(h, R.uniform(5, 9))
        r1, ag1 = sworn_career(h, a, issued=i1, sep=s1)
        b = a if R.random() < .6 else R.choice(["CA", "TX", "GA", "AZ"])
        if kind == "recert_short":
            i2 = safe_day(h.hire_date - dt.timedelta(days=R.randint(60, 330)))
        else:
            i2 = safe_day(h.hire_date - dt.timedelta(days=R.randint(400, 700)))
        r2, ag2 = sworn_career(h, b, issued=i2, sep=None)
        claim_from_cert(h, r1, ag1, a)
        claim_from_cert(h, r2, ag2, b)
        h.why = f"break in service; re-certified {i2} ({(h.hire_date - i2).days}d before hire)"
    elif kind == "twin_both":
        sworn_twin(h, both=True)
    elif kind == "fl_plus_full":
        i1 = ago(h, R.uniform(9, 14))
        s1 = ago(h, R.uniform(3.5, 6))
        r1, ag1 = sworn_career(h, "FL", issued=i1, sep=s1)
        b = R.choice(["GA", "TX", "CA"])
        r2, ag2 = sworn_career(h, b, issued=safe_day(s1 + dt.timedelta(days=50)), sep=None)
        claim_from_cert(h, r1, ag1, "FL")
        claim_from_cert(h, r2, ag2, b)
        h.why = f"FL birth-year-only row (old) plus {b} full-DOB sworn cert that qualifies"

def sworn_twin(h, both=False, rhyme=False, fail_own=False):
    pair = R.choice(RHYME if rhyme else DISTINCT_TWINS)
    if R.random() < .5:
        pair = pair[::-1]
    sex = "F" if pair[0] in FEMALE else "M"
    p = h.person(sex=sex, first=pair[0])
    twin = dict(p, first=pair[1], middle=pick_first(sex), records=[], decerts=[])
    src = R.choice(["CA", "TX", "NY", "AZ", "GA", "MN"])
    add_cert(twin, src, R.choice(SWORN_TYPES[src]), "active", ago(h, R.uniform(3, 12)), None,
             R.choice(AGENCIES[src])[0])
    if both:
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(3, 12)), sep=None)
        claim_from_cert(h, row, ag, src)
        h.why = f"twin {pair[1]} also certified; hire's own cert qualifies"
    elif fail_own:
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(11, 15)), sep=ago(h, R.uniform(4, 7)))
        claim_from_cert(h, row, ag, src)
        h.why = f"own cert separated beyond window; twin {pair[1]} (same DOB) has a qualifying cert"
    else:
        nonsworn_claim(h)
        h.why = f"twin {pair[1]} (same surname & DOB) certified; hire {pair[0]} is not"
        if rhyme:
            h.alts.add("MANUAL_REVIEW")
    return twin

def sc_namesake(h):
    p = h.person()
    for _ in range(R.randint(1, 3)):
        src = R.choice(["CA", "TX", "NY", "AZ", "GA", "FED"])
        nd = safe_day(D(p["dob"].year + R.choice([-9, -6, -4, 3, 5, 8]), R.randint(1, 12), R.randint(1, 28)))
        other = dict(p, dob=nd, middle=pick_first(p["sex"]))
        add_cert(other, src, R.choice(SWORN_TYPES[src]), "active", ago(h, R.uniform(3, 12)), None,
                 R.choice(AGENCIES[src])[0], dob=nd)
    nonsworn_claim(h)
    h.why = "namesake(s) with other birth dates certified; hire not"

def sc_not_verified(h, kind):
    p = h.person()
    src = R.choice(["CA", "TX", "NY", "AZ", "GA", "FL", "MN", "FED"])
    if kind == "nonsworn_cert":
        while not NONSWORN[src] or set(NONSWORN[src]) <= {"limited"}:
            src = R.choice(["CA", "TX", "NY", "AZ", "GA", "FED"])
        if src == "FL":
            src = "GA"
        k = R.choice([k for k in NONSWORN[src] if k != "limited"])
        ag = NONSWORN_AGENCY[k].format(c=R.choice(AGENCIES[src])[1])
        issued = ago(h, R.uniform(2, 10))
        add_cert(p, src, R.choice(NONSWORN[src][k]), "active", issued, None, ag, kind=k, true_owner=p)
        title = {"corrections": "Correctional Officer", "dispatch": "Dispatcher", "reserve": "Reserve Officer",
                 "probation": "Probation Officer", "security": "Security Officer"}[k]
        claim(h, title, ag, src if src != "FED" else "CA", issued, None, False)
        h.why = f"only a {k} certification in {src}"
    elif kind == "limited":
        src = R.choice(["MN", "AZ"])
        ag = R.choice(AGENCIES[src])
        issued = ago(h, R.uniform(2, 10))
        add_cert(p, src, NONSWORN[src]["limited"][0], "active", issued, None, ag[0], kind="limited", true_owner=p)
        h.alts.add("MANUAL_REVIEW")
        claim(h, "Part-Time Police Officer" if src == "MN" else "Officer", ag[0], src, issued, None, False)
        h.why = f"limited-authority certification ({NONSWORN[src]['limited'][0]}) only"
    elif kind == "sep_beyond":
        src = R.choice(["CA", "TX", "NY", "AZ", "GA", "FED", "MN"])
        sep = ago(h, R.uniform(3.3, 12))
        row, ag = sworn_career(h, src, issued=add_years(sep, -R.randint(2, 10)), sep=sep)
        claim_from_cert(h, row, ag, src)
        h.why = f"sworn cert separated {sep}, more than 3 years before hire"
    elif kind == "issued_after":
        src = R.choice(["CA", "TX", "NY", "AZ", "GA"])
        row, ag = sworn_career(h, src, issued=safe_day(h.hire_date + dt.timedelta(days=R.randint(20, 300))),
                               sep=None)
        nonsworn_claim(h)
        h.why = f"sworn cert issued {row['issued_date']} after hire"
    elif kind == "revoked_before":
        src = R.choice(["CA", "TX", "NY", "AZ", "GA"])
        dd = ago(h, R.uniform(0.3, 3))
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(6, 12)), sep=dd,
                               status=R.choice(["revoked", "revoked", "suspended"]))
        add_decert(p, src, "revoked" if row["status"].lower() == "revoked" else "suspended", dd,
                   R.choice(["Misconduct", "Felony conviction", "Untruthfulness"]), true_owner=p)
        claim_from_cert(h, row, ag, src)
        h.why = f"{src} cert {row['status']} with decert {dd} before hire"
    elif kind == "status_revoked_nodecert":
        src = R.choice(["CA", "TX", "AZ", "GA"])
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(5, 12)), sep=ago(h, R.uniform(0.3, 2)),
                               status=R.choice(["revoked", "suspended"]))
        claim_from_cert(h, row, ag, src)
        h.why = f"only sworn cert has status {row['status']} (no decert row)"
    elif kind == "decert_other_state_before":
        a, b = R.sample(["CA", "TX", "NY", "AZ", "GA", "MN"], 2)
        i1 = ago(h, R.uniform(8, 14))
        s1 = ago(h, R.uniform(3.2, 6))
        r1, ag1 = sworn_career(h, a, issued=i1, sep=s1, status="revoked")
        dd = safe_day(s1 + dt.timedelta(days=R.randint(30, 300)))
        add_decert(p, a, R.choice(["revoked", "surrendered"]), dd, "Excessive force", true_owner=p)
        r2, ag2 = sworn_career(h, b, issued=safe_day(s1 + dt.timedelta(days=R.randint(60, 200))), sep=None,
                               status="active")
        claim_from_cert(h, r2, ag2, b)
        h.why = f"{a} decertification {dd} before hire; {b} cert otherwise qualifies"
    elif kind == "suspended_reinstated":
        src = R.choice(["CA", "TX", "AZ", "GA"])
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(6, 12)), sep=None, status="active")
        dd = ago(h, R.uniform(1, 4))
        add_decert(p, src, "suspended", dd, f"Suspended 90 days; reinstated {safe_day(dd + dt.timedelta(days=90))}",
                   true_owner=p)
        claim_from_cert(h, row, ag, src)
        h.alts.add("MANUAL_REVIEW")
        h.why = f"suspension {dd} before hire, later reinstated; cert active"
    elif kind == "claimed_covered_absent":
        st = R.choice(["CA", "TX", "NY", "AZ", "GA", "MN"])
        ag = R.choice(AGENCIES[st])
        start = ago(h, R.uniform(3, 8))
        claim(h, ag[2], ag[0], st, start, ago(h, R.uniform(0.1, 1)), True, city=ag[1])
        h.why = f"claims sworn service at {ag[0]} ({st}); {st} registry has no record"
    elif kind == "nothing":
        nonsworn_claim(h)
        if R.random() < .4:
            nonsworn_claim(h, end_before=ago(h, R.uniform(4, 8)))
        h.why = "non-sworn 'officer' history only; no registry record"
    elif kind == "aspirational":
        nonsworn_claim(h)
        h.resume_extra.append(R.choice(["Seeking a career as a federal law enforcement officer.",
                                        "My goal is to become a police officer.",
                                        "Hoping to serve as a Deportation Officer."]))
        h.why = "aspirational resume; no record"
    elif kind == "mention":
        nonsworn_claim(h)
        h.resume_extra.append(R.choice(["Worked closely with police officers on fraud referrals.",
                                        "My father retired as a sergeant with the Dallas Police Department.",
                                        "Coordinated with law enforcement agencies on cargo theft."]))
        h.why = "mentions police only"

def sc_decert_cases(h, kind):
    p = h.person()
    a = R.choice(["CA", "TX", "NY", "AZ", "GA"])
    row, ag = sworn_career(h, a, issued=ago(h, R.uniform(4, 12)), sep=None, status="active")
    claim_from_cert(h, row, ag, a)
    if kind == "other_state_after":
        b = R.choice([s for s in ["CA", "TX", "NY", "AZ", "GA", "MN"] if s != a])
        i0 = ago(h, R.uniform(13, 16))
        add_cert(p, b, R.choice(SWORN_TYPES[b]), "revoked", i0, add_years(i0, 2), R.choice(AGENCIES[b])[0],
                 kind="sworn", true_owner=p)
        dd = safe_day(h.hire_date + dt.timedelta(days=R.randint(60, 400)))
        add_decert(p, b, "revoked", dd, "Failure to complete required training", true_owner=p)
        h.why = f"{b} old cert revoked with decert {dd} AFTER hire; {a} cert qualifies"
    elif kind == "namesake_decert":
        nd = safe_day(D(p["dob"].year + R.choice([-7, 5, 9]), R.randint(1, 12), R.randint(1, 28)))
        add_decert(dict(p), R.choice(["TX", "CA", "GA"]), "revoked", ago(h, R.uniform(1, 5)), "Misconduct",
                   dob=nd)
        h.why = "decertification of a namesake with another DOB; own cert qualifies"
    elif kind == "blank_dob_decert":
        add_decert(p, R.choice(["GA", "AZ", "TX"]), "revoked", ago(h, R.uniform(1, 5)), "Misconduct",
                   blank_dob=True, true_owner=None)
        h.forced = "MANUAL_REVIEW"
        h.why = "qualifying cert, but a same-name decert without DOB dated before hire (cannot exclude)"
    elif kind == "decert_after_same":
        dd = safe_day(h.hire_date + dt.timedelta(days=R.randint(90, 500)))
        row["status"] = STATUS_STYLE[a]("revoked")
        h.records[-1]["status"] = "revoked"
        row["separation_date"] = dd
        h.records[-1]["sep"] = dd
        add_decert(p, a, "revoked", dd, "Post-separation misconduct finding", true_owner=p)
        h.alts.add("MANUAL_REVIEW")
        h.why = f"only cert now revoked; decert {dd} after hire (status today, not at hire)"

def sc_leads(h, kind):
    if kind == "fl_only":
        p = h.person()
        row, ag = sworn_career(h, "FL", issued=ago(h, R.uniform(3, 12)),
                               sep=None if R.random() < .6 else ago(h, R.uniform(0.2, 2)))
        claim_from_cert(h, row, ag, "FL")
        h.why = "sworn FL record, birth year only: a lead, not proof"
    elif kind == "fl_only_fails":
        p = h.person()
        sep = ago(h, R.uniform(5, 10))
        row, ag = sworn_career(h, "FL", issued=add_years(sep, -4), sep=sep)
        claim_from_cert(h, row, ag, "FL")
        h.why = f"FL birth-year-only sworn record separated {sep}: fails window even if it is the hire"
    elif kind == "fl_corrections":
        p = h.person()
        issued = ago(h, R.uniform(2, 8))
        add_cert(p, "FL", "Correctional", "active", issued, None, "Florida Department of Corrections",
                 kind="corrections", true_owner=p)
        claim(h, "Correctional Officer", "Florida Department of Corrections", "FL", issued, None, False)
        h.why = "FL corrections record (birth year only): could not verify even if hers/his"
    elif kind == "name_change":
        p = h.person(sex="F")
        married = pick_last()
        while married == p["last"]:
            married = pick_last()
        src = R.choice(["CA", "TX", "AZ", "GA", "NY"])
        p["middle"] = ""
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(3, 10)), sep=None, link="lead",
                               name=render_reg_name(p, src, middle_mode="blank"))
        h.hire_name = (p["first"], "", fix_surname_display(married))
        claim_from_cert(h, row, ag, src)
        h.why = f"registry under maiden surname {p['last']}; hire now {married}; claims that agency"
    elif kind == "dob_missing_match":
        p = h.person()
        src = R.choice(["CA", "TX", "AZ", "GA"])
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(3, 10)), sep=None, link="lead")
        claim_from_cert(h, row, ag, src)
        h.dob_missing = True
        h.why = "hire DOB blank; same-name sworn record exists"
    elif kind == "dob_missing_nothing":
        p = h.person()
        nonsworn_claim(h)
        h.dob_missing = True
        h.why = "hire DOB blank; no registry record of the name"
    elif kind == "coverage_gap":
        p = h.person()
        st = R.choice(sorted(UNCOVERED))
        ag, city = R.choice(UNCOVERED[st])
        title = "Deputy Sheriff" if "Sheriff" in ag else ("State Trooper" if "State Police" in ag else "Police Officer")
        end = None if R.random() < .3 else ago(h, R.uniform(0.1, 2.5))
        in_hist = R.random() < .7
        claim(h, title, ag, st, ago(h, R.uniform(4, 10)), end, True, city=city, in_hist=in_hist)
        h.why = f"claims recent sworn service in uncovered {st} ({ag})" + ("" if in_hist else " (resume only)")
    elif kind == "coverage_old":
        p = h.person()
        st = R.choice(sorted(UNCOVERED))
        ag, city = R.choice(UNCOVERED[st])
        end = ago(h, R.uniform(7, 12))
        claim(h, "Police Officer", ag, st, add_years(end, -4), end, True, city=city)
        nonsworn_claim(h)
        h.why = f"sworn service in uncovered {st} ended {end}, long before the window"
    elif kind == "gap_but_verified":
        p = h.person()
        st = R.choice(sorted(UNCOVERED))
        ag, city = R.choice(UNCOVERED[st])
        src = R.choice(["CA", "TX", "AZ", "GA"])
        iss = ago(h, R.uniform(1.5, 3.5))
        claim(h, "Police Officer", ag, st, add_years(iss, -6), safe_day(iss - dt.timedelta(days=30)), True, city=city)
        row, ag2 = sworn_career(h, src, issued=iss, sep=None)
        claim_from_cert(h, row, ag2, src)
        h.why = f"earlier {st} service (uncovered) + current {src} cert that qualifies"

# --------------------------------------------------------------------------- build
PLAN = [
    # (scenario, count, fn, args, short)
    ("verified_clean", 200, sc_verified_basic, ("plain",)),
    ("verified_lapsed", 25, sc_verified_basic, ("lapsed",)),
    ("window_exact_3y", 10, sc_window_edge, (False,)),
    ("window_over_3y", 16, sc_window_edge, (True,)),
    ("service_exact_12m", 10, sc_service_edge, (False,)),
    ("service_under_12m", 16, sc_service_edge, (True,)),
    ("sep_after_hire_short_service", 6, sc_sep_after_hire_short, ()),
    ("name_nickname", 35, sc_name_variant, ("nickname",)),
    ("name_diacritic", 25, sc_name_variant, ("diacritic",)),
    ("name_hyphen", 22, sc_name_variant, ("hyphen",)),
    ("name_maiden_middle", 14, sc_name_variant, ("maiden_middle",)),
    ("name_suffix", 20, sc_name_variant, ("suffix",)),
    ("name_typo_last", 22, sc_name_variant, ("typo_last",)),
    ("name_middle_as_first", 12, sc_name_variant, ("middle_as_first",)),
    ("name_punct", 12, sc_name_variant, ("punct",)),
    ("dob_swap", 18, sc_name_variant, ("dob_swap",)),
    ("dob_keystroke", 10, sc_name_variant, ("dob_keystroke",)),
    ("two_variations", 10, sc_name_variant, ("two_variations",)),
    ("moved_states", 40, sc_multi, ("moved",)),
    ("lateral_same_state", 20, sc_multi, ("lateral_same_state",)),
    ("later_nonsworn_within", 18, sc_multi, ("later_nonsworn_ok",)),
    ("later_nonsworn_old_sworn", 18, sc_multi, ("later_nonsworn_old",)),
    ("recert_short", 14, sc_multi, ("recert_short",)),
    ("recert_ok", 14, sc_multi, ("recert_ok",)),
    ("twin_both_certified", 8, sc_multi, ("twin_both",)),
    ("fl_plus_full", 10, sc_multi, ("fl_plus_full",)),
    ("twin_distinct", 20, lambda h: sworn_twin(h), ()),
    ("twin_rhyme", 12, lambda h: sworn_twin(h, rhyme=True), ()),
    ("twin_own_fails", 8, lambda h: sworn_twin(h, fail_own=True), ()),
    ("namesake", 30, sc_namesake, ()),
    ("nonsworn_cert", 80, sc_not_verified, ("nonsworn_cert",)),
    ("limited_cert", 12, sc_not_verified, ("limited",)),
    ("sep_beyond_window", 35, sc_not_verified, ("sep_beyond",)),
    ("issued_after_hire", 15, sc_not_verified, ("issued_after",)),
    ("revoked_before_hire", 20, sc_not_verified, ("revoked_before",)),
    ("status_revoked_nodecert", 10, sc_not_verified, ("status_revoked_nodecert",)),
    ("decert_other_state_before", 15, sc_not_verified, ("decert_other_state_before",)),
    ("suspended_reinstated", 8, sc_not_verified, ("suspended_reinstated",)),
    ("claimed_covered_absent", 30, sc_not_verified, ("claimed_covered_absent",)),
    ("no_record_nonsworn", 230, sc_not_verified, ("nothing",)),
    ("aspirational", 20, sc_not_verified, ("aspirational",)),
    ("mention_only", 20, sc_not_verified, ("mention",)),
    ("decert_other_state_after", 14, sc_decert_cases, ("other_state_after",)),
    ("namesake_decert", 10, sc_decert_cases, ("namesake_decert",)),
    ("blank_dob_decert", 8, sc_decert_cases, ("blank_dob_decert",)),
    ("decert_after_hire_same", 8, sc_decert_cases, ("decert_after_same",)),
    ("fl_only", 30, sc_leads, ("fl_only",)),
    ("fl_only_fails", 10, sc_leads, ("fl_only_fails",)),
    ("fl_corrections", 10, sc_leads, ("fl_corrections",)),
    ("name_change", 14, sc_leads, ("name_change",)),
    ("dob_missing_match", 8, sc_leads, ("dob_missing_match",)),
    ("dob_missing_nothing", 8, sc_leads, ("dob_missing_nothing",)),
    ("coverage_gap", 40, sc_leads, ("coverage_gap",)),
    ("coverage_old", 15, sc_leads, ("coverage_old",)),
    ("gap_but_verified", 12, sc_leads, ("gap_but_verified",)),
]

def full_track_hire(kind):
    h = Hire("full_" + kind, short=False)
    p = h.person()
    if kind == "certified":
        src = R.choice(["CA", "TX", "NY", "AZ", "GA", "FED"])
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(2, 10)), sep=None)
        claim_from_cert(h, row, ag, src)
    elif kind == "decertified":
        src = R.choice(["CA", "TX", "GA"])
        dd = ago(h, R.uniform(1, 4))
        row, ag = sworn_career(h, src, issued=ago(h, R.uniform(6, 10)), sep=dd, status="revoked")
        add_decert(p, src, "revoked", dd, "Misconduct", true_owner=p)
    elif kind == "gap":
        st = R.choice(sorted(UNCOVERED))
        ag, city = R.choice(UNCOVERED[st])
        claim(h, "Police Officer", ag, st, ago(h, 5), ago(h, 1), True, city=city)
    else:
        if R.random() < .5:
            nonsworn_claim(h)
    return h

def build_hires():
    hires = []
    for scen, n, fn, args in PLAN:
        for _ in range(n):
            h = Hire(scen)
            fn(h, *args)
            hires.append(h)
    for kind, n in [("plain", 640), ("certified", 60), ("decertified", 15), ("gap", 20)]:
        for _ in range(n):
            hires.append(full_track_hire(kind))
    return hires

# --------------------------------------------------------------------------- background
def background(hires):
    # guard sets
    by_last_dob, by_first_dob, by_name, by_last_year = set(), set(), defaultdict(list), set()
    for h in hires:
        p = h.p
        names_first = {key(p["first"]), key(NICK_TO_FORMAL.get(p["first"], p["first"]))}
        if h.hire_name:
            names_first |= {key(h.hire_name[0]), key(NICK_TO_FORMAL.get(h.hire_name[0], h.hire_name[0]))}
            if h.hire_name[1]:
                names_first.add(key(h.hire_name[1]))
        if p["middle"]:
            names_first.add(key(p["middle"]))
        lasts = {key(p["last"])}
        if h.hire_name:
            for part in fold(h.hire_name[2]).replace("-", " ").split():
                lasts.add(key(part))
            lasts.add(key(h.hire_name[2]))
            if h.hire_name[1]:
                lasts.add(key(h.hire_name[1]))
        for d in {p["dob"], getattr(h, "reg_dob", None) or p["dob"]}:
            ds = {d}
            if d.day <= 12:
                ds.add(D(d.year, d.day, d.month))
            for dd in ds:
                for l in lasts:
                    by_last_dob.add((l, dd))
                for f in names_first:
                    by_first_dob.add((f, dd))
        for f in names_first:
            for l in lasts:
                by_name[(f, l)].append(p["dob"])
        for l in lasts:
            for y in range(p["dob"].year - 1, p["dob"].year + 2):
                by_last_year.add((l, y))

    def ok(first, middle, last, dob, yob_only):
        f, l, m = key(first), key(last), key(middle)
        if yob_only:
            return (l, dob.year) not in by_last_year
        ds = {dob}
        if dob.day <= 12:
            ds.add(D(dob.year, dob.day, dob.month))
        for d in ds:
            if (l, d) in by_last_dob or (f, d) in by_first_dob or (m, d) in by_first_dob:
                return False
        for hd in by_name.get((f, l), []) + (by_name.get((m, l), []) if m else []):
            if abs(hd.year - dob.year) < 2 or keystroke(hd, dob):
                return False
        # surname swapped into first name column
        if (l, dob) in by_first_dob or (f, dob) in by_last_dob:
            return False
        return True

    sizes = {"CA": 11500, "TX": 11500, "FL": 7000, "NY": 6000, "MN": 3000, "AZ": 4200, "GA": 5800, "FED": 5500}
    rejected = 0
    for src, target in sizes.items():
        while len(REG[src]) < target:
            sex = "M" if R.random() < 0.78 else "F"
            p = new_person(sex=sex)
            if sex == "M" and R.random() < 0.05:
                p["suffix"] = R.choice(["Jr", "III", "Sr", "II"])
            start = rdate(D(1988, 1, 1), D(2025, 5, 1))
            p["dob"] = safe_day(rdate(add_years(start, -42), add_years(start, -21)))
            yob = src == "FL" or (src == "GA" and R.random() < 0.04)
            if not ok(p["first"], p["middle"], p["last"], p["dob"], yob):
                rejected += 1
                continue
            ncert = R.choices([1, 2, 3], [0.72, 0.21, 0.07])[0]
            t = safe_day(start)
            for i in range(ncert):
                s = src
                if i > 0 and R.random() < 0.3:
                    s = R.choice(SOURCES)
                    if s == "FL" or (s == "GA"):
                        s = src
                    if not ok(p["first"], p["middle"], p["last"], p["dob"], s == "FL"):
                        s = src
                if t > EXTRACT - dt.timedelta(days=30):
                    break
                sworn = R.random() < (0.72 if s != "FED" else 0.9)
                ag = R.choice(AGENCIES[s])
                if sworn:
                    ctype = FED_TYPE_BY_AGENCY[ag[0]] if s == "FED" else R.choice(SWORN_TYPES[s])
                    agency = ag[0]
                else:
                    k = R.choice(list(NONSWORN[s]))
                    ctype = R.choice(NONSWORN[s][k])
                    agency = NONSWORN_AGENCY[k].format(c=ag[1])
                last_one = i == ncert - 1
                if last_one and R.random() < 0.55:
                    sep = None
                else:
                    sep = safe_day(t + dt.timedelta(days=R.randint(200, 4000)))
                    if sep >= EXTRACT:
                        sep = None
                r = R.random()
                if sep is None:
                    status = "active"
                elif r < 0.03:
                    status = "revoked"
                elif r < 0.04:
                    status = "suspended"
                else:
                    status = R.choice(["inactive", "inactive", "lapsed"])
                add_cert(p, s, ctype, status, t, sep, agency)
                if status in ("revoked", "suspended") and R.random() < 0.85 and s != "FL":
                    add_decert(p, s, status, sep, R.choice(["Misconduct", "Criminal conviction",
                                                            "Untruthfulness", "Use of force"]),
                               dob=p["dob"])
                if sep is None:
                    break
                t = safe_day(sep + dt.timedelta(days=R.randint(1, 700)))
    return rejected

# --------------------------------------------------------------------------- emit
def svc_ok(issued, sep, hire):
    end = sep if sep is not None else hire
    return add_months(issued, 12) <= end if issued.day <= 28 else False

def qualifies(rec, hire):
    if rec["kind"] != "sworn":
        return False
    if rec["status"] not in ("active", "inactive", "lapsed"):
        return False
    if rec["issued"] > hire:
        return False
    if not svc_ok(rec["issued"], rec["sep"], hire):
        return False
    if rec["sep"] is not None and rec["sep"] < add_years(hire, -3):
        return False
    return True

def expected(h, namesake_rows):
    hd = h.hire_date
    if h.override:
        return {h.override}, "override"
    if not (h.short or h.by_course):
        return {"NOT_APPLICABLE"}, "full track"
    alts = set(h.alts)
    decert_before = any(d["date"] <= hd and not d["blank"] for d in h.decerts)
    strong_q = [r for r in h.records if r["link"] == "strong" and qualifies(r, hd) and not h.dob_missing]
    lead_q = [r for r in h.records if (r["link"] == "lead" or h.dob_missing) and qualifies(r, hd)]
    basic_done = h.basic == "completed"
    if strong_q and not decert_before:
        det = "VERIFIED_LEO"
        for r in strong_q:
            if getattr(h, "swap_check", None) and namesake_rows.get(h.swap_check[:2], 0) >= 3:
                alts.add("MANUAL_REVIEW")
        if h.forced:
            det = h.forced
            alts = set()
        if basic_done and "RECALL" in alts:
            alts.discard("RECALL")
            alts.add("REMEDIATED")
        alts.discard("VERIFIED_LEO")
        return {det} | alts, ""
    if h.forced == "MANUAL_REVIEW" and not decert_before:
        return {"MANUAL_REVIEW"}, ""
    undecided = False
    if lead_q and not decert_before:
        undecided = True
    gap = any(c["sworn"] and c["state"] not in SOURCES and c["state"] in UNCOVERED and
              (c["end"] is None or c["end"] >= add_years(hd, -3)) for c in h.claims)
    if gap:
        undecided = True
    if undecided:
        det = "MANUAL_REVIEW"
        if basic_done:
            alts.add("REMEDIATED")
        if "VERIFIED_LEO" in alts and not lead_q:
            alts.discard("VERIFIED_LEO")
        return {det} | alts, ""
    det = "REMEDIATED" if basic_done else "RECALL"
    if "MANUAL_REVIEW" in alts and basic_done:
        alts.add("REMEDIATED")
    alts.discard("VERIFIED_LEO")
    if basic_done:
        alts.discard("RECALL")
    return {det} | alts, ""

def main():
    os.makedirs(DATA, exist_ok=True)
    hires = build_hires()
    rejected = background(hires)

    # training / tracks
    for h in hires:
        if h.short and R.random() < 0.06 and h.scenario not in ("verified_clean",):
            h.by_course = True
            h.short = False  # screener said BASIC, but took the short course
        elif h.short and R.random() < 0.03:
            h.by_course = True  # both
    # remediation outcomes on short-track hires
    for h in hires:
        if h.short or h.by_course:
            r = R.random()
            if h.scenario.startswith(("verified", "name_", "moved", "lateral")) and r < 0.05:
                h.basic = "completed"
            elif r < 0.22:
                h.basic = "completed"
            elif r < 0.27:
                h.basic = "enrolled"
            elif r < 0.31:
                h.basic = R.choice(["withdrawn", "failed"])
            elif r < 0.34:
                h.basic = "citp"   # criminal investigator course, not the basic list
    # overrides
    cand = [h for h in hires if h.short and not h.forced]
    for h in R.sample(cand, 18):
        h.override = R.choice(["VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW"])
    for h in R.sample([h for h in hires if not (h.short or h.by_course)], 3):
        h.override = "VERIFIED_LEO"

    # namesake counts (full-DOB rows) for swap labels
    namesake_rows = Counter()
    for src, rows in REG.items():
        if src == "FL":
            continue
        for r in rows:
            namesake_rows[(key(r["first_name"]), key(r["last_name"]))] += 1

    hire_rows, truth = [], []
    for h in hires:
        p = h.p
        f, m, l = h.hire_name or hire_name_render(p)
        sfx = getattr(h, "hire_suffix", "")
        if not h.hire_name and R.random() < 0.04 and h.scenario == "no_record_nonsworn":
            sfx = R.choice(["Jr", "III"])
        if R.random() < 0.03:
            f, m, l = f.upper(), m.upper(), l.upper()
        pos = R.choice(POSITIONS)
        track = "LEO" if h.short else "BASIC"
        basis = "keyword:officer" if h.short else ""
        # resume
        lines = []
        for c in h.claims:
            if not c["in_resume"]:
                continue
            y0 = c["start"].year if c["start"] else ""
            y1 = None if c["end"] is None else c["end"].year
            if c["end"] is not None and c["end"] > h.hire_date:
                y1 = None
            lines.append(job_line(c["title"], c["employer"], c["city"] or STATE_NAME.get(c["state"], c["state"]),
                                  c["state"], y0, y1) if c["city"] else
                         f"{c['title']}, {c['employer']} ({c['state']}), {y0} - {'present' if y1 is None else y1}")
        lines += h.resume_extra
        if R.random() < 0.3:
            lines.append(R.choice(["B.S. Criminal Justice, Arizona State University.",
                                   "Fluent in Spanish.", "Associate degree, Houston Community College.",
                                   "CPR and First Aid certified.", "U.S. citizen; valid driver's license."]))
        resume = "; ".join(lines) if R.random() < 0.5 else "\n".join(lines)
        hire_rows.append(dict(hire_id=h.id, first_name=f, middle_name=m, last_name=l, suffix=sfx,
                              date_of_birth="" if h.dob_missing else iso(p["dob"]),
                              hire_date=iso(h.hire_date), position_title=pos[0], job_series=pos[1],
                              field_office=R.choice(OFFICES), screening_track=track,
                              screening_basis=basis, resume_text=resume))
        for c in h.claims:
            if c["in_hist"]:
                HIST.append(dict(hire_id=h.id, employer=c["employer"], title=c["title"], state=c["state"],
                                 start_date=iso(c["start"]), end_date="" if c["end"] is None or c["end"] > h.hire_date
                                 else iso(c["end"])))
        # training
        TRAIN.append(dict(hire_id=h.id, course_code="ERO-ORIENT", course_title="New Employee Orientation",
                          delivery="online", start_date=iso(h.hire_date),
                          end_date=iso(h.hire_date + dt.timedelta(days=2)), status="completed"))
        if h.short or h.by_course:
            if h.by_course or R.random() < 0.9:
                s0 = h.hire_date + dt.timedelta(days=R.randint(7, 40))
                TRAIN.append(dict(hire_id=h.id, course_code="ERO-LEO-VIRT",
                                  course_title="ERO LEO Virtual Transition Course", delivery="online",
                                  start_date=iso(s0), end_date=iso(s0 + dt.timedelta(days=28)),
                                  status="completed" if s0 + dt.timedelta(days=28) < EXTRACT else "enrolled"))
            if h.basic:
                s0 = h.hire_date + dt.timedelta(days=R.randint(120, 500))
                if h.basic == "completed":
                    s0 = min(s0, EXTRACT - dt.timedelta(days=140))
                    if s0 < h.hire_date:
                        s0 = h.hire_date + dt.timedelta(days=20)
                code = "FLETC-CITP" if h.basic == "citp" else "FLETC-BIETP"
                title = ("Criminal Investigator Training Program" if code == "FLETC-CITP"
                         else "Basic Immigration Enforcement Training Program")
                st = "completed" if h.basic in ("completed", "citp") else h.basic
                e0 = s0 + dt.timedelta(days=113)
                TRAIN.append(dict(hire_id=h.id, course_code=code, course_title=title, delivery="in_person",
                                  start_date=iso(s0), end_date=iso(e0) if st in ("completed", "failed", "withdrawn")
                                  else "", status=st))
        else:
            s0 = h.hire_date + dt.timedelta(days=R.randint(14, 90))
            st = "completed" if s0 + dt.timedelta(days=113) < EXTRACT else "enrolled"
            st = st if R.random() < .93 else R.choice(["withdrawn", "failed"])
            TRAIN.append(dict(hire_id=h.id, course_code="FLETC-BIETP",
                              course_title="Basic Immigration Enforcement Training Program",
                              delivery="in_person", start_date=iso(s0),
                              end_date=iso(s0 + dt.timedelta(days=113)) if st != "enrolled" else "", status=st))
        if h.override:
            OVR.append(dict(hire_id=h.id, determination=h.override,
                            reviewer=R.choice(["J. Whitfield", "A. Okafor", "M. Trinh", "S. Delgado"]),
                            reviewed_on=iso(D(2025, R.randint(7, 12), R.randint(1, 28))),
                            justification=R.choice(["POST confirmed status by letter",
                                                    "Personnel file reviewed; decision per branch chief",
                                                    "Basic course equivalency documented",
                                                    "Identity confirmed by fingerprint card"])))
        exp, note = expected(h, namesake_rows)
        main_ = ("VERIFIED_LEO" if "VERIFIED_LEO" in exp and len(exp) == 1 else None)
        truth.append(dict(hire_id=h.id, expected_determination="|".join(sorted(exp, key=ORDER.index)),
                          scenario=h.scenario + ("+by_course" if h.by_course else "") +
                          (f"+basic_{h.basic}" if h.basic else "") + ("+override" if h.override else ""),
                          why=(note + ": " if note else "") + h.why))

    R.shuffle(hire_rows)
    interference(hires)
    write(hire_rows, truth)
    print("hires", len(hire_rows), "registry", sum(len(v) for v in REG.values()),
          {k: len(v) for k, v in REG.items()}, "decerts", len(DECERTS), "bg rejected", rejected)

def keystroke(a, b):
    x, y = a.strftime("%Y%m%d"), b.strftime("%Y%m%d")
    diff = [i for i in range(8) if x[i] != y[i]]
    if len(diff) == 1:
        return True
    if len(diff) == 2 and diff[1] == diff[0] + 1 and x[diff[0]] == y[diff[1]] and x[diff[1]] == y[diff[0]]:
        return True
    if a.day <= 12 and D(a.year, a.day, a.month) == b:
        return True
    return False

SUFFIX_KEYS = {"JR", "SR", "II", "III", "IV"}

def interference(hires):
    """Report registry/decert rows that are not a hire's own but could be read as the hire's."""
    idx_ld, idx_fd, idx_ly = defaultdict(list), defaultdict(list), defaultdict(list)
    idx_name = defaultdict(list)
    allrows = [r for rows in REG.values() for r in rows] + DECERTS
    for r in allrows:
        dob = r["date_of_birth"]
        lk = key(r["last_name"])
        parts = {key(x) for x in fold(r["last_name"]).replace("-", " ").replace(",", " ").split()
                 if key(x) not in SUFFIX_KEYS} | {lk}
        if isinstance(dob, dt.date):
            ds = {dob} | ({D(dob.year, dob.day, dob.month)} if dob.day <= 12 else set())
            for d in ds:
                for l in parts:
                    idx_ld[(l, d)].append(r)
                idx_fd[(key(r["first_name"]), d)].append(r)
            for l in parts:
                idx_name[(key(r["first_name"]), l)].append(r)
        elif dob:
            for l in parts:
                idx_ly[(l, int(dob))].append(r)
    bad = Counter()
    lines = []
    for h in hires:
        if not (h.short or h.by_course):
            continue
        own = {id(x["row"]) for x in h.records} | {id(x["row"]) for x in h.decerts}
        p = h.p
        hn = h.hire_name or (p["first"], p["middle"], p["last"])
        lasts = {key(x) for x in fold(hn[2]).replace("-", " ").split()} | {key(hn[2]), key(p["last"])}
        firsts = {key(hn[0]), key(p["first"]), key(NICK_TO_FORMAL.get(hn[0], hn[0]))}
        hits = []
        for l in lasts:
            hits += idx_ld.get((l, p["dob"]), []) + idx_ly.get((l, p["dob"].year), [])
        for f in firsts:
            hits += idx_fd.get((f, p["dob"]), [])
        def similar(a):
            a = key(a)
            return any(a == f or (len(a) >= 3 and a[:3] == f[:3]) for f in firsts)
        hits = [r for r in hits if id(r) not in own and (similar(r["first_name"]) or
                                                          key(r["last_name"]) not in lasts)]
        for f in firsts:
            for l in lasts:
                for r in idx_name.get((f, l), []):
                    if id(r) not in own and keystroke(p["dob"], r["date_of_birth"]) and r not in hits:
                        hits.append(r)
        if hits and not h.scenario.startswith("twin") and h.scenario not in ("blank_dob_decert",):
            bad[h.scenario] += 1
            lines.append((h.id, h.scenario, hn, str(p["dob"]), [(r["record_id"], r["first_name"], r["last_name"], str(r["date_of_birth"])) for r in hits[:3]]))
    print("interference", dict(bad))
    for l in lines[:30]:
        print("  ", l)

ORDER = ["VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE"]

def write(hire_rows, truth):
    def df(rows, cols):
        return pd.DataFrame(rows, columns=cols)
    HC = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth", "hire_date",
          "position_title", "job_series", "field_office", "screening_track", "screening_basis", "resume_text"]
    df(hire_rows, HC).to_csv(os.path.join(DATA, "hires.csv"), index=False)
    df(HIST, ["hire_id", "employer", "title", "state", "start_date", "end_date"]).to_csv(
        os.path.join(DATA, "employment_history.csv"), index=False)
    df(TRAIN, ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"]).to_csv(
        os.path.join(DATA, "training.csv"), index=False)
    df(OVR, ["hire_id", "determination", "reviewer", "reviewed_on", "justification"]).to_csv(
        os.path.join(DATA, "overrides.csv"), index=False)
    CC = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
          "certification_type", "status", "issued_date", "separation_date", "agency"]
    for src, rows in REG.items():
        rows = list(rows)
        R.shuffle(rows)
        fmt = {"TX": "us_csv", "GA": "xlsx", "FED": "parquet", "FL": "parquet"}.get(src, "csv")
        out = []
        for r in rows:
            r = dict(r)
            for c in ("date_of_birth", "issued_date", "separation_date"):
                v = r[c]
                if isinstance(v, dt.date):
                    r[c] = us(v) if fmt == "us_csv" else (v if fmt == "xlsx" else iso(v))
                elif v is None:
                    r[c] = None if fmt == "xlsx" else ""
            out.append(r)
        name = f"certifications_{src.lower()}"
        d = df(out, CC)
        if fmt in ("csv", "us_csv"):
            d.to_csv(os.path.join(DATA, name + ".csv"), index=False)
        elif fmt == "parquet":
            d.astype(str).to_parquet(os.path.join(DATA, name + ".parquet"), index=False)
        else:
            d.to_excel(os.path.join(DATA, name + ".xlsx"), index=False)
    dec = []
    for r in DECERTS:
        r = dict(r)
        r["date_of_birth"] = iso(r["date_of_birth"]) if isinstance(r["date_of_birth"], dt.date) else r["date_of_birth"]
        r["action_date"] = iso(r["action_date"])
        dec.append(r)
    df(dec, ["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "action_date",
             "reason"]).to_csv(os.path.join(DATA, "decertifications.csv"), index=False)
    with open(TRUTH, "w", newline="") as fh:
        w = csv.DictWriter(fh, ["hire_id", "expected_determination", "scenario", "why"])
        w.writeheader()
        for t in sorted(truth, key=lambda t: t["hire_id"]):
            w.writerow(t)

if __name__ == "__main__":
    # (added by the maintainer) where to write, for tests/test_heldout_gen.py
    import sys

    args = dict(zip(sys.argv[1::2], sys.argv[2::2], strict=False))
    DATA = args.get("--out", DATA)
    TRUTH = args.get("--truth", TRUTH)
    main()
