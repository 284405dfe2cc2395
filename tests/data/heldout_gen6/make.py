#!/usr/bin/env python3
"""heldout_gen6: a blind held-out world about what applicants write.

Built only from the data contract, the real-formats README, the tool's README and rules/.
Usage: make.py --out DIR --truth CSV   (deterministic, fixed seed)

Registries loaded: TX FL CA OK MN NV + FED.  Everything else is not loaded.
Truth, per short-track hire (contract + README policy, as an analyst reads it):
  registry verifies -> VERIFIED_LEO; else basic completed -> REMEDIATED;
  else a sworn job claimed (resume or history) that is recent or undated and placed in a
  non-loaded state, or that cannot be placed (ambiguous agency/county, no place, abroad)
  -> MANUAL_REVIEW; federal sworn service is checked against FED (loaded); else RECALL.
"""
import argparse
import csv
import datetime as dt
import os
import random

SEED = 20260606
LOADED = {"TX", "FL", "CA", "OK", "MN", "NV"}
STATE_NAMES = {
    "TX": "Texas", "FL": "Florida", "CA": "California", "OK": "Oklahoma", "MN": "Minnesota",
    "NV": "Nevada", "GA": "Georgia", "OH": "Ohio", "NY": "New York", "AZ": "Arizona",
    "WA": "Washington", "IL": "Illinois", "PA": "Pennsylvania", "LA": "Louisiana",
    "CO": "Colorado", "MO": "Missouri", "NC": "North Carolina", "MI": "Michigan",
    "MD": "Maryland", "NM": "New Mexico", "MA": "Massachusetts", "WI": "Wisconsin",
    "TN": "Tennessee", "VA": "Virginia", "IN": "Indiana", "KS": "Kansas", "NE": "Nebraska",
    "UT": "Utah", "OR": "Oregon", "IA": "Iowa", "NH": "New Hampshire", "AR": "Arkansas",
    "ME": "Maine", "AL": "Alabama", "KY": "Kentucky", "SD": "South Dakota", "NJ": "New Jersey",
}
STATE_ABBR = {"TX": "Tex.", "FL": "Fla.", "CA": "Calif.", "OK": "Okla.", "MN": "Minn.",
              "NV": "Nev.", "GA": "Ga.", "AZ": "Ariz.", "WA": "Wash.", "IL": "Ill.",
              "PA": "Pa.", "CO": "Colo.", "MO": "Mo.", "MI": "Mich.", "TN": "Tenn.",
              "NM": "N.M.", "KS": "Kan.", "NC": "N.C.", "VA": "Va.", "MD": "Md."}

# ---------------------------------------------------------------- agency catalog
# (employer, abbreviation or None, kind, self_state or None, [(city, st), ...])
# self_state: the state an analyst reads from the name alone (None: several states).
A = []


def ag(emp, abbr, kind, self_st, places):
    A.append(dict(emp=emp, abbr=abbr, kind=kind, self_st=self_st, places=places))


# loaded, self-placing
for emp, abbr, city, st in [
    ("Houston Police Department", "Houston PD", "Houston", "TX"),
    ("Dallas Police Department", "Dallas PD", "Dallas", "TX"),
    ("San Antonio Police Department", "SAPD", "San Antonio", "TX"),
    ("Fort Worth Police Department", "Fort Worth PD", "Fort Worth", "TX"),
    ("El Paso Police Department", "El Paso PD", "El Paso", "TX"),
    ("Tulsa Police Department", "Tulsa PD", "Tulsa", "OK"),
    ("Oklahoma City Police Department", "OKC PD", "Oklahoma City", "OK"),
    ("Minneapolis Police Department", "Minneapolis PD", "Minneapolis", "MN"),
    ("Saint Paul Police Department", "St. Paul PD", "Saint Paul", "MN"),
    ("Reno Police Department", "Reno PD", "Reno", "NV"),
    ("Las Vegas Metropolitan Police Department", "LVMPD", "Las Vegas", "NV"),
    ("Miami-Dade Police Department", "MDPD", "Miami", "FL"),
    ("Orlando Police Department", "Orlando PD", "Orlando", "FL"),
    ("Tampa Police Department", "Tampa PD", "Tampa", "FL"),
    ("Los Angeles Police Department", "LAPD", "Los Angeles", "CA"),
    ("San Diego Police Department", "San Diego PD", "San Diego", "CA"),
    ("Fresno Police Department", "Fresno PD", "Fresno", "CA"),
    ("Sacramento Police Department", "Sacramento PD", "Sacramento", "CA"),
]:
    ag(emp, abbr, "police", st, [(city, st)])
for emp, abbr, city, st in [
    ("Bexar County Sheriff's Office", "Bexar Co. SO", "San Antonio", "TX"),
    ("Travis County Sheriff's Office", "Travis Co SO", "Austin", "TX"),
    ("Hennepin County Sheriff's Office", "Hennepin Co. SO", "Minneapolis", "MN"),
    ("Anoka County Sheriff's Office", "Anoka Co SO", "Anoka", "MN"),
    ("Washoe County Sheriff's Office", "Washoe Co. SO", "Reno", "NV"),
    ("Tulsa County Sheriff's Office", "Tulsa Co SO", "Tulsa", "OK"),
    ("Oklahoma County Sheriff's Office", "Oklahoma Co. SO", "Oklahoma City", "OK"),
    ("Broward Sheriff's Office", "BSO", "Fort Lauderdale", "FL"),
    ("Pinellas County Sheriff's Office", "Pinellas Co SO", "Largo", "FL"),
    ("Palm Beach County Sheriff's Office", "PBSO", "West Palm Beach", "FL"),
    ("Riverside County Sheriff's Department", "Riverside Co. SD", "Riverside", "CA"),
    ("San Bernardino County Sheriff's Department", "SBCSD", "San Bernardino", "CA"),
]:
    ag(emp, abbr, "sheriff", st, [(city, st)])
for emp, abbr, city, st in [
    ("Texas Department of Public Safety", "Texas DPS", "Austin", "TX"),
    ("Texas Highway Patrol", "Texas DPS", "Lubbock", "TX"),
    ("Oklahoma Highway Patrol", None, "Oklahoma City", "OK"),
    ("Florida Highway Patrol", "FHP", "Tallahassee", "FL"),
    ("California Highway Patrol", "CHP", "Sacramento", "CA"),
    ("Minnesota State Patrol", None, "Saint Paul", "MN"),
    ("Nevada Highway Patrol", None, "Carson City", "NV"),
]:
    ag(emp, abbr, "state", st, [(city, st)])
# not loaded, self-placing
for emp, abbr, city, st in [
    ("Atlanta Police Department", "Atlanta PD", "Atlanta", "GA"),
    ("Phoenix Police Department", "Phoenix PD", "Phoenix", "AZ"),
    ("Tucson Police Department", "Tucson PD", "Tucson", "AZ"),
    ("Seattle Police Department", "Seattle PD", "Seattle", "WA"),
    ("Chicago Police Department", "Chicago PD", "Chicago", "IL"),
    ("Philadelphia Police Department", "Philadelphia PD", "Philadelphia", "PA"),
    ("Pittsburgh Bureau of Police", None, "Pittsburgh", "PA"),
    ("Detroit Police Department", "Detroit PD", "Detroit", "MI"),
    ("Denver Police Department", "Denver PD", "Denver", "CO"),
    ("New Orleans Police Department", "NOPD", "New Orleans", "LA"),
    ("Baltimore Police Department", "Baltimore PD", "Baltimore", "MD"),
    ("Albuquerque Police Department", "Albuquerque PD", "Albuquerque", "NM"),
    ("Boston Police Department", "Boston PD", "Boston", "MA"),
    ("Milwaukee Police Department", "Milwaukee PD", "Milwaukee", "WI"),
    ("Cincinnati Police Department", "Cincinnati PD", "Cincinnati", "OH"),
    ("Memphis Police Department", "Memphis PD", "Memphis", "TN"),
    ("Charlotte-Mecklenburg Police Department", "CMPD", "Charlotte", "NC"),
    ("New York City Police Department", "NYPD", "New York", "NY"),
    ("Metropolitan Nashville Police Department", "MNPD", "Nashville", "TN"),
    ("Indianapolis Metropolitan Police Department", "IMPD", "Indianapolis", "IN"),
    ("Virginia Beach Police Department", "VBPD", "Virginia Beach", "VA"),
    ("Omaha Police Department", "Omaha PD", "Omaha", "NE"),
    ("Wichita Police Department", "Wichita PD", "Wichita", "KS"),
    ("Salt Lake City Police Department", "SLCPD", "Salt Lake City", "UT"),
    ("Las Cruces Police Department", "Las Cruces PD", "Las Cruces", "NM"),
]:
    ag(emp, abbr, "police", st, [(city, st)])
for emp, abbr, city, st in [
    ("Cobb County Sheriff's Office", "Cobb Co. SO", "Marietta", "GA"),
    ("Gwinnett County Sheriff's Office", "Gwinnett Co SO", "Lawrenceville", "GA"),
    ("Maricopa County Sheriff's Office", "MCSO", "Phoenix", "AZ"),
    ("Pima County Sheriff's Department", "Pima Co. SD", "Tucson", "AZ"),
    ("Cuyahoga County Sheriff's Department", "Cuyahoga Co SD", "Cleveland", "OH"),
    ("Jefferson Parish Sheriff's Office", "JPSO", "Harvey", "LA"),
    ("East Baton Rouge Parish Sheriff's Office", "EBRSO", "Baton Rouge", "LA"),
    ("Allegheny County Sheriff's Office", "Allegheny Co. SO", "Pittsburgh", "PA"),
]:
    ag(emp, abbr, "sheriff", st, [(city, st)])
for emp, abbr, city, st in [
    ("Georgia State Patrol", "GSP", "Atlanta", "GA"),
    ("Ohio State Highway Patrol", None, "Columbus", "OH"),
    ("New York State Police", "NYSP", "Albany", "NY"),
    ("Arizona Department of Public Safety", "AZ DPS", "Phoenix", "AZ"),
    ("Washington State Patrol", "WSP", "Olympia", "WA"),
    ("Illinois State Police", "ISP", "Springfield", "IL"),
    ("Pennsylvania State Police", "PSP", "Harrisburg", "PA"),
    ("Michigan State Police", "MSP", "Lansing", "MI"),
    ("Virginia State Police", None, "Richmond", "VA"),
    ("Louisiana State Police", "LSP", "Baton Rouge", "LA"),
    ("Colorado State Patrol", "CSP", "Denver", "CO"),
    ("New Jersey State Police", "NJSP", "Trenton", "NJ"),
]:
    ag(emp, None if abbr in ("GSP", "ISP", "MSP", "CSP", "LSP", "WSP") else abbr, "state", st,
       [(city, st)])
# ambiguous by name: several states hold the county / city
for emp, kind, places in [
    ("Harris County Sheriff's Office", "sheriff", [("Houston", "TX"), ("Hamilton", "GA")]),
    ("Orange County Sheriff's Office", "sheriff", [("Orlando", "FL"), ("Santa Ana", "CA"),
                                                   ("Goshen", "NY"), ("Hillsborough", "NC")]),
    ("Washington County Sheriff's Office", "sheriff", [("Stillwater", "MN"),
                                                       ("Bartlesville", "OK"),
                                                       ("Hillsboro", "OR"),
                                                       ("Hagerstown", "MD")]),
    ("Hillsborough County Sheriff's Office", "sheriff", [("Tampa", "FL"), ("Goffstown", "NH")]),
    ("Polk County Sheriff's Office", "sheriff", [("Bartow", "FL"), ("Des Moines", "IA"),
                                                 ("Cedartown", "GA")]),
    ("Jefferson County Sheriff's Office", "sheriff", [("Golden", "CO"), ("Beaumont", "TX"),
                                                      ("Birmingham", "AL")]),
    ("Lake County Sheriff's Office", "sheriff", [("Tavares", "FL"), ("Waukegan", "IL"),
                                                 ("Painesville", "OH")]),
    ("Marion County Sheriff's Office", "sheriff", [("Ocala", "FL"), ("Salem", "OR")]),
    ("Cook County Sheriff's Office", "sheriff", [("Chicago", "IL"), ("Grand Marais", "MN")]),
    ("Dallas County Sheriff's Office", "sheriff", [("Dallas", "TX"), ("Adel", "IA")]),
    ("Texas County Sheriff's Office", "sheriff", [("Houston", "MO"), ("Guymon", "OK")]),
    ("Nevada County Sheriff's Office", "sheriff", [("Nevada City", "CA"), ("Prescott", "AR")]),
    ("Miami County Sheriff's Office", "sheriff", [("Troy", "OH"), ("Peru", "IN")]),
    ("Houston County Sheriff's Office", "sheriff", [("Perry", "GA"), ("Crockett", "TX")]),
    ("Nassau County Sheriff's Office", "sheriff", [("Fernandina Beach", "FL"), ("Mineola", "NY")]),
    ("Springfield Police Department", "police", [("Springfield", "IL"), ("Springfield", "MO"),
                                                 ("Springfield", "MA"), ("Springfield", "OH")]),
    ("Columbus Police Department", "police", [("Columbus", "OH"), ("Columbus", "GA")]),
    ("Portland Police Bureau", "police", [("Portland", "OR")]),
    ("Kansas City Police Department", "police", [("Kansas City", "MO"), ("Kansas City", "KS")]),
    ("Aurora Police Department", "police", [("Aurora", "CO"), ("Aurora", "IL")]),
    ("Jacksonville Police Department", "police", [("Jacksonville", "NC"), ("Jacksonville", "AR"),
                                                  ("Jacksonville", "TX")]),
    ("Las Vegas Police Department", "police", [("Las Vegas", "NM")]),
    ("Dublin Police Department", "police", [("Dublin", "OH"), ("Dublin", "CA")]),
    ("Paris Police Department", "police", [("Paris", "TX"), ("Paris", "TN")]),
    ("Nevada Police Department", "police", [("Nevada", "MO")]),
    ("Reno County Sheriff's Office", "sheriff", [("Hutchinson", "KS")]),
    ("Department of Public Safety", "state", [("Austin", "TX"), ("Phoenix", "AZ"),
                                              ("Oklahoma City", "OK")]),
]:
    ag(emp, None, kind, None, places)
# campus police: a state university's police is the job's
for emp, city, st in [
    ("University of Texas Police Department", "Austin", "TX"),
    ("Texas A&M University Police Department", "College Station", "TX"),
    ("UCLA Police Department", "Los Angeles", "CA"),
    ("University of Minnesota Police Department", "Minneapolis", "MN"),
    ("University of Florida Police Department", "Gainesville", "FL"),
    ("Ohio State University Police Division", "Columbus", "OH"),
    ("Georgia Tech Police Department", "Atlanta", "GA"),
    ("Arizona State University Police Department", "Tempe", "AZ"),
]:
    ag(emp, None, "campus", st, [(city, st)])
# tribal police (all outside loaded states)
for emp, city, st, self_st in [
    ("Navajo Nation Police Department", "Window Rock", "AZ", None),
    ("Tohono O'odham Nation Police Department", "Sells", "AZ", "AZ"),
    ("Oglala Sioux Tribe Department of Public Safety", "Pine Ridge", "SD", "SD"),
    ("Gila River Police Department", "Sacaton", "AZ", None),
]:
    ag(emp, None, "tribal", self_st, [(city, st)])

BY_EMP = {a["emp"]: a for a in A}

FED = [  # (employer, abbreviation, titles)
    ("Federal Bureau of Investigation", "FBI", ["Special Agent"]),
    ("U.S. Customs and Border Protection", "CBP", ["CBP Officer", "Customs and Border Protection Officer"]),
    ("U.S. Border Patrol", None, ["Border Patrol Agent", "Supervisory Border Patrol Agent"]),
    ("U.S. Immigration and Customs Enforcement", "ICE", ["Deportation Officer", "Immigration Enforcement Agent"]),
    ("U.S. Marshals Service", "USMS", ["Deputy U.S. Marshal", "Deputy United States Marshal"]),
    ("U.S. Secret Service", "USSS", ["Special Agent", "Uniformed Division Officer"]),
    ("Drug Enforcement Administration", "DEA", ["Special Agent"]),
    ("Bureau of Alcohol, Tobacco, Firearms and Explosives", "ATF", ["Special Agent"]),
]
FED_PLACES = [("El Paso", "TX"), ("Tucson", "AZ"), ("Atlanta", "GA"), ("Chicago", "IL"),
              ("San Diego", "CA"), ("Newark", "NJ"), ("Seattle", "WA"), ("Laredo", "TX"),
              ("Yuma", "AZ"), ("Detroit", "MI"), ("Baltimore", "MD"), ("Miami", "FL"),
              ("Denver", "CO"), ("Philadelphia", "PA"), ("Nogales", "AZ"), ("Buffalo", "NY")]

ABROAD = [("Royal Canadian Mounted Police", "Surrey, BC", ["Constable", "Corporal"]),
          ("Toronto Police Service", "Toronto, Ontario", ["Police Constable"]),
          ("Metropolitan Police Service", "London, UK", ["Police Constable", "Detective Constable"]),
          ("Greater Manchester Police", "Manchester, England", ["Police Constable"]),
          ("Ontario Provincial Police", "London, ON", ["Provincial Constable"]),
          ("Vancouver Police Department", "Vancouver, BC", ["Police Constable"])]

TITLES = {
    "police": ["Police Officer", "Patrol Officer", "Senior Police Officer", "Police Sergeant",
               "Detective", "Field Training Officer", "Police Officer II", "Patrolman",
               "Narcotics Detective", "K-9 Officer"],
    "sheriff": ["Deputy Sheriff", "Patrol Deputy", "Sheriff's Deputy", "Deputy Sheriff II",
                "Sergeant", "Detective", "Deputy"],
    "state": ["State Trooper", "Trooper", "Highway Patrol Officer", "Trooper First Class",
              "Sergeant"],
    "campus": ["Police Officer", "Campus Police Officer", "University Police Officer"],
    "tribal": ["Police Officer", "Tribal Police Officer", "Patrol Officer"],
}

MILITARY = [("Military Police Officer", "U.S. Army", "Fort Hood, TX"),
            ("Military Police (31B)", "U.S. Army", "Fort Bragg, NC"),
            ("Master-at-Arms", "U.S. Navy", "Norfolk, VA"),
            ("Security Forces Specialist", "U.S. Air Force", "Nellis AFB, NV"),
            ("MP, Sergeant", "Army National Guard", "Camp Ripley, MN"),
            ("Military Police Investigator", "U.S. Marine Corps", "Camp Pendleton, CA")]

# non-sworn jobs that still say officer / police / deputy: (title, employer, place)
NONSWORN = [
    ("Loan Officer", "Wells Fargo Home Mortgage", "Houston, TX"),
    ("Mortgage Loan Officer", "Chase Bank", "Atlanta, GA"),
    ("Compliance Officer", "First National Bank", "Tulsa, OK"),
    ("BSA/AML Compliance Officer", "Regions Bank", "Birmingham, AL"),
    ("Safety Officer", "Turner Construction", "Phoenix, AZ"),
    ("Petty Officer Second Class", "U.S. Navy", "San Diego, CA"),
    ("Petty Officer 1st Class (Boatswain's Mate)", "U.S. Coast Guard", "Seattle, WA"),
    ("Admissions Officer", "Georgia State University", "Atlanta, GA"),
    ("Financial Aid Officer", "Ohio University", "Athens, OH"),
    ("Probation Officer", "Cobb County Probation Department", "Marietta, GA"),
    ("Adult Probation Officer", "Maricopa County Adult Probation", "Phoenix, AZ"),
    ("Parole Agent", "California Department of Corrections and Rehabilitation", "Fresno, CA"),
    ("Parole Officer", "New York State DOCCS", "Albany, NY"),
    ("Correctional Officer", "Texas Department of Criminal Justice", "Huntsville, TX"),
    ("Corrections Officer", "Florida Department of Corrections", "Raiford, FL"),
    ("Corrections Officer", "Ohio Department of Rehabilitation and Correction", "Lucasville, OH"),
    ("Detention Officer", "Maricopa County Sheriff's Office", "Phoenix, AZ"),
    ("Detention Deputy", "Harris County Sheriff's Office", "Houston, TX"),
    ("Detention Officer", "Cobb County Sheriff's Office", "Marietta, GA"),
    ("Jailer", "Tulsa County Sheriff's Office", "Tulsa, OK"),
    ("Jailer", "Fulton County Jail", "Atlanta, GA"),
    ("Security Officer", "Allied Universal", "Chicago, IL"),
    ("Armed Security Officer", "Securitas", "Denver, CO"),
    ("Campus Security Officer", "Emory University", "Atlanta, GA"),
    ("Police Dispatcher", "Atlanta Police Department", "Atlanta, GA"),
    ("911 Telecommunicator", "Phoenix Police Department", "Phoenix, AZ"),
    ("Public Safety Telecommunicator", "Seattle Police Department", "Seattle, WA"),
    ("Police Records Clerk", "Chicago Police Department", "Chicago, IL"),
    ("911 Operator", "Denver Police Department", "Denver, CO"),
    ("Police Explorer", "Gwinnett County Police Explorer Post 1", "Lawrenceville, GA"),
    ("Police Cadet", "Phoenix Police Department", "Phoenix, AZ"),
    ("Reserve Police Officer", "Seattle Police Department", "Seattle, WA"),
    ("Reserve Deputy", "Cobb County Sheriff's Office", "Marietta, GA"),
    ("Auxiliary Police Officer", "NYPD Auxiliary Police", "Brooklyn, NY"),
    ("Volunteer, Citizens on Patrol", "Atlanta Police Department", "Atlanta, GA"),
    ("Code Enforcement Officer", "City of Tucson", "Tucson, AZ"),
    ("Animal Control Officer", "Fulton County Animal Services", "Atlanta, GA"),
    ("Parking Enforcement Officer", "City of Chicago", "Chicago, IL"),
    ("Transportation Security Officer", "TSA", "Denver, CO"),
    ("Loss Prevention Officer", "Target", "Columbus, OH"),
    ("School Safety Agent", "NYPD School Safety Division", "Bronx, NY"),
    ("Crime Analyst", "Philadelphia Police Department", "Philadelphia, PA"),
    ("Information Security Officer", "Bank of America", "Charlotte, NC"),
    ("Police Fleet Mechanic", "Detroit Police Department", "Detroit, MI"),
    ("Evidence Technician (civilian)", "Denver Police Department", "Denver, CO"),
]

SEASONAL_NONSWORN = [("Seasonal Lifeguard", "City of Reno Parks", "Reno, NV"),
                     ("Seasonal Park Aide", "Oregon State Parks", "Bend, OR"),
                     ("Summer Seasonal Security Officer", "Six Flags", "Arlington, TX"),
                     ("Seasonal Ski Patroller", "Vail Resorts", "Vail, CO")]

OTHER_JOBS = [("Store Manager", "Walgreens", "Mesa, AZ"), ("Warehouse Associate", "Amazon", "Columbus, OH"),
              ("Customer Service Representative", "AT&T", "Dallas, TX"),
              ("Substitute Teacher", "Atlanta Public Schools", "Atlanta, GA"),
              ("Case Manager", "Catholic Charities", "San Antonio, TX"),
              ("Bartender", "Olive Garden", "Orlando, FL"), ("EMT-Basic", "AMR", "Denver, CO"),
              ("Delivery Driver", "UPS", "Minneapolis, MN"), ("Bank Teller", "U.S. Bank", "Saint Paul, MN")]

SCHOOLS = ["University of Texas at El Paso", "Georgia State University", "Florida International University",
           "Ohio State University", "University of Minnesota", "Arizona State University",
           "University of Nevada, Las Vegas", "Oklahoma State University", "Sam Houston State University",
           "Texas A&M University-Commerce", "University of Central Florida", "California State University, Fresno"]

FIRST = ("James John Robert Michael William David Richard Joseph Thomas Charles Christopher Daniel "
         "Matthew Anthony Mark Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy "
         "Ronald Edward Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin "
         "Scott Brandon Benjamin Samuel Gregory Alexander Patrick Frank Raymond Jack Dennis Jerry "
         "Tyler Aaron Jose Adam Nathan Henry Zachary Douglas Peter Kyle Noah Ethan Jeremy Walter "
         "Christian Keith Roger Terry Austin Sean Gerald Carl Harold Dylan Arthur Lawrence Jordan "
         "Jesse Bryan Billy Bruce Gabriel Joe Logan Alan Juan Albert Willie Elijah Wayne Randy Vincent "
         "Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty "
         "Sandra Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie "
         "Rebecca Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole "
         "Samantha Katherine Christine Helen Debra Rachel Carolyn Janet Maria Catherine Heather Diane "
         "Olivia Julie Joyce Victoria Ruth Virginia Lauren Kelly Christina Joan Evelyn Judith Andrea "
         "Hannah Megan Cheryl Jacqueline Martha Madison Teresa Gloria Sara Janice Ann Kathryn Abigail "
         "Sophia Frances Jean Alice Judy Isabella Julia Grace Amber Denise Danielle Marilyn Beverly "
         "Charlotte Natalie Theresa Diana Brittany Doris Kayla Alexis Lori Marie").split()
LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
        "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris "
        "Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill "
        "Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez Phillips "
        "Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers "
        "Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson "
        "Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo "
        "Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell "
        "Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson "
        "Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera "
        "Gibson Ellis Tran Medina Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez "
        "McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman Webb Tucker Guzman Burns "
        "Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon Munoz Hunt "
        "Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice "
        "Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn "
        "Kelley Spencer Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott "
        "Cunningham Duncan Armstrong Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry "
        "Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter Lawrence Sandoval "
        "Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke "
        "Larson Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs "
        "O'Brien Lynch Singh Vega Bishop Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims "
        "Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett Burton Fuller Wang Weber Welch Rojas "
        "Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz Luna Fowler "
        "Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider "
        "Joseph Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates "
        "Chambers Caldwell Beck Lambert Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard "
        "Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz Norris Jennings Watts Duran Walters "
        "Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale Leon Hail "
        "Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe Warner Cabrera McKinney "
        "Mann Zimmerman Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves "
        "Chang Klein Salinas Fuentes Baldwin Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings "
        "Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu Ramsey Francis Griffith Paul Blair "
        "Oconnor Cardenas Pacheco Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers Serrano "
        "Fitzgerald Rosales Stevenson Christensen Manning Gill Curry McLaughlin Harmon McGee Gross "
        "Doyle Garner Newton Burgess Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster "
        "Goodwin Fischer Huang Potter Delacruz Montoya Todd Wu Hines Mullins Castaneda Malone Cannon "
        "Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders Franco Rowe Gallagher "
        "Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters "
        "Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington Glover Osborne Buchanan "
        "Casey Floyd Patton Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer "
        "Conner Moody Escobar McGuire Lloyd Mueller Hartman French Kramer McBride Pope Lindsey Velazquez "
        "Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva Zamora Pratt Stokes Owen "
        "Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado "
        "Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton "
        "Nash Wilkins Petersen Briggs Shah Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short "
        "Arias Mora Valenzuela Bryan Meyers Weiss Underwood Bass Greer Summers Houston Carson Morrow "
        "Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez Poole Roberson Larsen "
        "Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman "
        "Huynh Randall Singleton Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall "
        "Boone Kirby Wilkinson Bridges Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott "
        "Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt Dalton Horn Barron Phelps Yu Dickerson "
        "Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros Harrell "
        "Shields Rubio Huffman Choi Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline "
        "Wiggins Grimes Arellano Melton Oneill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch "
        "Golden Ware Brennan McDowell Marks Cantu Humphrey Baxter Sawyer Clay Tanner Hutchinson Kaur "
        "Berg Wiley Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain Montes Mata "
        "Rosario Vang Walter Henson Oneal Mosley McClure Beasley Stephenson Snow Huerta Preston "
        "Vance Barry Johns Eaton Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English "
        "Hurst Woodard Cortes Shannon Kemp Nolan McCullough Merritt Murillo Moon Salgado Strong "
        "Kline Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach Meadows "
        "Orr Davila Whitehead Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre "
        "Blankenship Gaines Palacios Cuevas Bartlett Durham Dorsey McCall Odonnell Stein Browning "
        "Stout Lowery Sloan McLean Hendricks Calhoun Sexton Chung Gentry Hull Duarte Ellison Nielsen "
        "Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw McIntosh Howe Livingston "
        "Frost Glass Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley "
        "McFarland Hebert Enriquez Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington "
        "Michael Conrad Giles Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano "
        "Hahn McMillan Small Bentley Felix Peck Lucero Boyle Hanna Pace Rush Hurley Harding McConnell "
        "Bernal Nava Ayers Everett Ventura Avery Pugh Mayer Bender Shepard McMahon Landry Case Sampson "
        "Moses Magana Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley "
        "Bernard Ashley Friedman Potts Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best "
        "Benton Lugo Portillo Dougherty Crane Haley Phan Villalobos Blanchard Horne Finley Quintana "
        "Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy Huber Richmond Moyer Lim Frye "
        "Sheppard McCarty Avalos Booker Waller Parra Woodward Jaramillo Krueger Rasmussen Brandt "
        "Peralta Donaldson Stuart Faulkner Maynard Galindo Coffey Estes Sanford Burch Maddox Vo "
        "Oconnell Vu Andersen Spence McPherson Church Schmitt Stanton Leal Cherry Compton Dudley "
        "Sierra Pollard Alfaro Hester Proctor Lu Hinton Novak Good Madden McCann Terrell Jarvis "
        "Dickson Reyna Cantrell Mayo Branch Hendrix Rollins Rowland Whitney Duke Odom Daugherty "
        "Travis Tang Archer").split()
MIDDLE = ["Lee", "Ann", "Marie", "James", "Michael", "Lynn", "Ray", "Allen", "Dean", "Jo", "Rose",
          "Wayne", "Alan", "Grace", "Jean", "Louise", "Paul", "Scott", "Edward", "Kay"]
NICK = [("William", "Bill"), ("Robert", "Bob"), ("Elizabeth", "Liz"), ("Thomas", "Tom"),
        ("James", "Jim"), ("Richard", "Rick"), ("Katherine", "Kate"), ("Patricia", "Pat"),
        ("Kenneth", "Ken"), ("Jennifer", "Jenny"), ("Christopher", "Chris"), ("Timothy", "Tim")]
OFFICES = ["Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Dallas", "Denver", "Detroit",
           "El Paso", "Houston", "Los Angeles", "Miami", "Newark", "New Orleans", "New York",
           "Philadelphia", "Phoenix", "Salt Lake City", "San Antonio", "San Diego",
           "San Francisco", "Seattle", "St. Paul", "Washington"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]

CERT_SWORN = {"TX": ["Peace Officer", "Basic Peace Officer", "Master Peace Officer"],
              "FL": ["Law Enforcement Officer", "Police Officer", "Deputy Sheriff"],
              "CA": ["Peace Officer", "Police Officer", "Deputy Sheriff"],
              "OK": ["Peace Officer", "Police Officer", "Full-Time Peace Officer"],
              "MN": ["Peace Officer", "Licensed Peace Officer"],
              "NV": ["Category I Peace Officer", "Police Officer"],
              "FED": ["Federal Law Enforcement Officer", "Criminal Investigator",
                      "Border Patrol Agent", "Deputy U.S. Marshal"]}
CERT_OTHER = ["Correctional Officer", "Jailer", "Telecommunicator", "Detention Officer",
              "Reserve Officer", "Probation Officer", "Security Officer"]
SRC_AGENCIES = {}
for a in A:
    if a["self_st"] in LOADED and a["kind"] in ("police", "sheriff", "state"):
        SRC_AGENCIES.setdefault(a["self_st"], []).append(a)


class W:
    """The world: rows of every table plus the truth."""

    def __init__(self, rng):
        self.r = rng
        self.hires, self.train, self.hist, self.truth = [], [], [], []
        self.certs = {s: [] for s in sorted(LOADED) + ["FED"]}
        self.used_fl = set()     # (first,last) of hires
        self.used_ld = set()     # (last,dob)
        self.used_fd = set()     # (first,dob)
        self.n = 0
        self.rec_n = 0


def rdate(r, y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(r.randint(a, b))


def new_person(w, female=None):
    r = w.r
    for _ in range(1000):
        first = r.choice(FIRST)
        last = r.choice(LAST)
        if (first, last) in w.used_fl:
            continue
        hire = rdate(r, 2019, 2024)
        if hire > dt.date(2025, 3, 31):
            continue
        dob = rdate(r, hire.year - 48, hire.year - 23)
        if (last, dob) in w.used_ld or (first, dob) in w.used_fd:
            continue
        w.used_fl.add((first, last))
        w.used_ld.add((last, dob))
        w.used_fd.add((first, dob))
        mid = r.choice(MIDDLE) if r.random() < 0.5 else ""
        return dict(first=first, middle=mid, last=last, dob=dob, hire=hire)
    raise RuntimeError("names exhausted")


# ------------------------------------------------------------------- claim texts
def years_recent(r, hire, present_ok=True):
    """(start(y,m), end(y,m) or None): ends within two calendar years of hire, or present."""
    if present_ok and r.random() < 0.5:
        sy = hire.year - r.randint(2, 12)
        return (sy, r.randint(1, 12)), None
    ey = hire.year - r.randint(0, 2)
    if ey == hire.year:
        em = r.randint(1, max(1, hire.month - 1))
    else:
        em = r.randint(1, 12)
    sy = ey - r.randint(2, 10)
    return (sy, r.randint(1, 12)), (ey, em)


def years_old(r, hire):
    ey = hire.year - r.randint(6, 14)
    sy = ey - r.randint(2, 8)
    return (sy, r.randint(1, 12)), (ey, r.randint(1, 12))


def fmt_dates(r, s, e, style=None):
    sy, sm = s
    styles = ["dash", "endash", "to", "mmyyyy", "mon", "paren", "monlong", "spaced"]
    if e is None:
        styles += ["since", "present", "present2", "todate"]
    st = style or r.choice(styles)
    if e is None:
        pres = r.choice(["Present", "present", "Current", "PRESENT", "now"])
        if st == "since":
            return f"Since {sy}"
        if st == "todate":
            return f"{sy} to date"
        if st in ("mon", "monlong", "present2"):
            return f"{MON[sm-1]} {sy} – {pres}"
        if st == "mmyyyy":
            return f"{sm:02d}/{sy} - {pres}"
        if st == "paren":
            return f"({sy}–{pres})"
        return f"{sy}-{pres}" if st != "to" else f"{sy} to {pres}"
    ey, em = e
    return {"dash": f"{sy}-{ey}", "endash": f"{sy} – {ey}", "to": f"{sy} to {ey}",
            "mmyyyy": f"{sm:02d}/{sy} - {em:02d}/{ey}", "mon": f"{MON[sm-1]} {sy} – {MON[em-1]} {ey}",
            "paren": f"({sy}–{ey})", "monlong": f"{MONL[sm-1]} {sy} — {MONL[em-1]} {ey}",
            "spaced": f"{sy}  -  {ey}"}[st]


def fmt_place(r, city, st, how=None):
    opts = ["comma", "nocomma", "name", "paren", "comma", "comma"]
    if st in STATE_ABBR:
        opts.append("abbr")
    how = how or r.choice(opts)
    if how == "nocomma":
        return f"{city} {st}"
    if how == "name":
        return f"{city}, {STATE_NAMES.get(st, st)}"
    if how == "paren":
        return f"{city} ({st})"
    if how == "abbr":
        return f"{city}, {STATE_ABBR[st]}"
    return f"{city}, {st}"


TYPO = {"Police": ["Polcie", "Poilce"], "Sheriff's": ["Sherrif's", "Sheriffs", "Sheriff’s"],
        "Officer": ["Offcier", "Ofc.", "Officer"], "Department": ["Dept.", "Deptartment", "Dept"],
        "Sergeant": ["Sgt.", "Sargeant"], "Deputy": ["Dep.", "Deputy"]}


def noisy(r, text, p=0.15):
    out = []
    for wd in text.split(" "):
        if wd in TYPO and r.random() < p:
            wd = r.choice(TYPO[wd])
        out.append(wd)
    return " ".join(out)


def job_line(r, title, emp, place, dates, layout):
    """One job as applicants write it. place/dates may be ''."""
    def j(*parts, sep=", "):
        return sep.join(p for p in parts if p)
    if layout == "line":
        return j(title, emp, place, dates)
    if layout == "pipe":
        return j(title, emp, place, dates, sep=" | ")
    if layout == "bullet":
        b = r.choice(["•", "-", "*", "·"])
        pl = f" ({place})" if place else ""
        return f"{b} {title} – {emp}{pl}{', ' + dates if dates else ''}"
    if layout == "header":   # employer line then title/dates line
        return f"{emp}{' — ' + place if place else ''}\n{title}{'   ' + dates if dates else ''}"
    if layout == "dates_first":
        return j(dates, j(title, emp, sep=" at "), place, sep=": " if dates else ", ").replace(": , ", ": ")
    if layout == "para":
        d = f" ({dates})" if dates else ""
        pl = f" in {place}" if place else ""
        art = "an" if title[:1].lower() in "aeiou" else "a"
        return r.choice([f"I served as {art} {title.lower()} with the {emp}{pl}{d}.",
                         f"Worked as {art} {title} for the {emp}{pl}{d}, handling calls for service and writing reports.",
                         f"{title} at {emp}{pl}{d}: patrol, arrests, court testimony."])
    raise ValueError(layout)


LAYOUTS = ["line", "pipe", "bullet", "header", "dates_first", "para"]

FILLER_TOP = ["PROFESSIONAL SUMMARY", "Experience:", "WORK HISTORY", "Employment History",
              "Professional Experience", ""]
SKILLS = ["Skills: report writing, de-escalation, Spanish (conversational), MS Office",
          "Skills: CPR/First Aid, defensive driving, bilingual English/Spanish",
          "Languages: English, Vietnamese", "Computer skills: Excel, Word, RMS/CAD",
          "References available upon request."]


def education(r):
    s = r.choice(SCHOOLS)
    return r.choice([f"Education: B.S. Criminal Justice, {s}, {r.randint(2004, 2018)}",
                     f"EDUCATION — {s} (B.A. Sociology)", f"A.A.S., {s}"])


def assemble(r, pieces, style=None):
    """pieces: list of job lines / sentences. Returns the resume text with noise."""
    parts = []
    top = r.choice(FILLER_TOP)
    if top:
        parts.append(top)
    if r.random() < 0.3:
        parts.append(r.choice(["Dedicated professional seeking to continue a career in public service.",
                               "Objective: a position with DHS/ICE Enforcement and Removal Operations.",
                               "Motivated team player with strong communication skills."]))
    parts += pieces
    if r.random() < 0.5:
        parts.append(education(r))
    if r.random() < 0.4:
        parts.append(r.choice(SKILLS))
    style = style or r.choices(["nl", "nl", "nl", "space", "br", "semicolon", "caps", "lower",
                                "html", "blanklines"], k=1)[0]
    if style == "space":
        txt = " ".join(p.replace("\n", " ") if p.rstrip().endswith((".", ":")) else
                       p.replace("\n", " ") + "." for p in parts)
    elif style == "br":
        txt = "<br>".join(p.replace("\n", "<br/>") for p in parts)
    elif style == "semicolon":
        txt = "; ".join(p.replace("\n", ", ") for p in parts)
    elif style == "html":
        txt = "<br>".join(parts).replace("&", "&amp;").replace("\n", "<br>")
        txt = txt.replace("'", "&#39;") if r.random() < 0.5 else txt
    elif style == "blanklines":
        txt = "\n\n".join("  " + p + "  " for p in parts)
    else:
        txt = "\n".join(parts)
    if style == "caps":
        txt = txt.upper()
    if style == "lower":
        txt = txt.lower()
    if r.random() < 0.2:
        txt = txt.replace(" ", "  ", r.randint(1, 3))
    if r.random() < 0.3:
        txt = txt.replace("'", "’")
    return txt


# claim = dict(sworn, place (state / 'FED' / None / 'ABROAD'), recent (True/False/None=undated),
#              text (job line), emp, title, desc)
def sworn_claim(r, hire, agency=None, kind_filter=None, recent=True, place_mode=None,
                layout=None, dated=True):
    a = agency
    if a is None:
        pool = [x for x in A if kind_filter is None or kind_filter(x)]
        a = r.choice(pool)
    title = noisy(r, r.choice(TITLES[a["kind"]]))
    city, st = r.choice(a["places"])
    if place_mode is None:
        place_mode = "agency_only" if (a["self_st"] and r.random() < 0.4) else "city"
    if place_mode == "agency_only":
        place, where = "", a["self_st"]
    elif place_mode == "none_ambig":
        place, where = "", None
    else:
        place, where = fmt_place(r, city, st), st
    emp = a["emp"]
    if a["abbr"] and r.random() < 0.25:
        emp = a["abbr"]
        if place_mode == "agency_only" and emp in ("SAPD", "MCSO", "BSO", "PBSO", "CMPD", "MNPD",
                                                    "IMPD", "VBPD", "SLCPD", "JPSO", "EBRSO",
                                                    "MDPD", "SBCSD"):
            emp = a["emp"]  # initials an analyst could not place alone
    emp = noisy(r, emp, 0.1)
    if dated:
        s, e = years_recent(r, hire) if recent else years_old(r, hire)
        dates = fmt_dates(r, s, e)
    else:
        s = e = None
        dates = ""
    lay = layout or r.choice(LAYOUTS)
    text = job_line(r, title, emp, place, dates, lay)
    return dict(sworn=True, place=where, recent=(recent if dated else None), text=text,
                emp=a["emp"], title=title, dates=(s, e),
                desc=f"sworn '{title}, {emp}{', ' + place if place else ''}'")


def fed_claim(r, hire, recent=True, with_place=True):
    emp, abbr, titles = r.choice(FED)
    title = r.choice(titles)
    city, st = r.choice(FED_PLACES)
    place = fmt_place(r, city, st) if with_place else ""
    e_txt = abbr if (abbr and r.random() < 0.35) else emp
    s, e = years_recent(r, hire) if recent else years_old(r, hire)
    text = job_line(r, title, e_txt, place, fmt_dates(r, s, e), r.choice(LAYOUTS))
    return dict(sworn=True, place="FED", recent=recent, text=text, emp=emp, title=title,
                dates=(s, e), desc=f"federal sworn '{title}, {e_txt}{', ' + place if place else ''}'")


def nonsworn_claim(r, hire, item=None):
    title, emp, place = item or r.choice(NONSWORN)
    s, e = years_recent(r, hire)
    text = job_line(r, title, emp, place, fmt_dates(r, s, e), r.choice(LAYOUTS))
    return dict(sworn=False, place=None, recent=True, text=text, emp=emp, title=title,
                dates=(s, e), desc=f"non-sworn '{title}, {emp}'")


def other_claim(r, hire):
    title, emp, place = r.choice(OTHER_JOBS)
    s, e = years_recent(r, hire) if r.random() < 0.5 else years_old(r, hire)
    text = job_line(r, title, emp, place, fmt_dates(r, s, e), r.choice(["line", "pipe", "bullet"]))
    return dict(sworn=False, place=None, recent=True, text=text, emp=emp, title=title,
                dates=(s, e), desc="")


def abroad_claim(r, hire):
    emp, place, titles = r.choice(ABROAD)
    s, e = years_recent(r, hire)
    text = job_line(r, r.choice(titles), emp, place, fmt_dates(r, s, e), r.choice(LAYOUTS))
    return dict(sworn=True, place="ABROAD", recent=True, text=text, emp=emp, title="constable",
                dates=(s, e), desc=f"sworn service abroad '{emp}, {place}'")


def military_claim(r, hire):
    title, emp, place = r.choice(MILITARY)
    s, e = years_recent(r, hire)
    text = job_line(r, title, emp, place, fmt_dates(r, s, e), r.choice(LAYOUTS))
    return dict(sworn=False, place=None, recent=True, text=text, emp=emp, title=title,
                dates=(s, e), desc=f"military '{title}, {emp}'")


def unloaded_agency(x):
    return x["self_st"] and x["self_st"] not in LOADED and x["kind"] in ("police", "sheriff", "state")


def loaded_agency(x):
    return x["self_st"] in LOADED and x["kind"] in ("police", "sheriff", "state")


def ambiguous_agency(x):
    return x["self_st"] is None and x["kind"] != "tribal"


# --------------------------------------------------------------- text cue sentences
def cue_sentence(r, hire):
    """A sentence that says officer/police but claims no sworn job of the applicant's own."""
    a = r.choice([x for x in A if x["kind"] in ("police", "sheriff") and x["self_st"]])
    ag_ = a["emp"]
    y = hire.year - r.randint(1, 4)
    opts = [
        ("mention", f"Worked closely with police officers as an emergency room nurse at Grady Memorial Hospital, Atlanta, GA ({y - 4}-{y})."),
        ("mention", f"As a civilian training coordinator for the {ag_}, scheduled and trained officers on the new records management system."),
        ("aspiration", f"Applied to the {ag_} academy in {y}; awaiting a hiring decision."),
        ("aspiration", "I hope to become a police officer and serve my community."),
        ("aspiration", "Career goal: to serve as a Deportation Officer with ICE."),
        ("aspiration", "My dream job is to be a sworn law enforcement officer."),
        ("family", f"My father was a police officer with the {ag_} for 25 years, which inspired me."),
        ("family", f"Married to a deputy sheriff with the {ag_}."),
        ("citizen", f"Graduate, Citizen Police Academy, {ag_} ({y})."),
        ("dropout", f"Police Officer Recruit, {ag_} — resigned before completing the academy ({y})."),
        ("dropout", f"Academy recruit (did not graduate), {ag_} Training Academy, {y}."),
        ("negation", f"Community Service Officer, {ag_} ({y - 3}–{y}) — civilian, not a sworn position."),
        ("negation", "I have never served as a sworn officer, but I have worked in security for eight years."),
        ("mention", f"Participated in ride-alongs with {ag_} officers during my internship ({y})."),
        ("mention", f"Dispatched police officers and deputies for the {ag_} emergency communications center ({y - 5}–{y})."),
        ("mention", f"Taught criminal justice courses to future police officers at Central Community College ({y - 2}-{y})."),
        ("mention", f"Referred by Sgt. R. Alvarez, {ag_}."),
        ("negation", f"Police Service Technician, {ag_} ({y - 4} to {y}), not a sworn position."),
        ("aspiration", f"Passed the written entrance exam for the {ag_} in {y}."),
        ("volunteer", f"Volunteer, {ag_} Citizens on Patrol program ({y - 2}–present)."),
    ]
    kind, s = r.choice(opts)
    return kind, s, a


# ------------------------------------------------------------------ registry rows
def add_cert(w, src, first, middle, last, dob, ctype, status, issued, sep, agency):
    w.rec_n += 1
    rid = f"{src}-{w.rec_n:06d}"
    upper = w.r.random() < 0.4
    f = (lambda s: s.upper()) if upper else (lambda s: s)
    w.certs[src].append(dict(record_id=rid, source=src, first_name=f(first), middle_name=f(middle),
                             last_name=f(last), date_of_birth=dob.isoformat(),
                             certification_type=ctype, status=status,
                             issued_date=issued.isoformat() if issued else "",
                             separation_date=sep.isoformat() if sep else "", agency=agency))
    return rid


def src_agency(r, src):
    if src == "FED":
        return r.choice(["U.S. Border Patrol", "Federal Bureau of Investigation",
                         "U.S. Marshals Service", "Immigration and Customs Enforcement"])
    return r.choice(SRC_AGENCIES[src])["emp"]


# ------------------------------------------------------------------ hire assembly
TWIN_POOL = ["Olivia", "Ethan", "Grace", "Dylan", "Hannah", "Logan", "Victoria", "Austin",
             "Madison", "Tyler", "Natalie", "Kyle", "Gloria", "Harold", "Denise", "Vincent"]


def twin_name(w, p):
    for tw in w.r.sample(TWIN_POOL, len(TWIN_POOL)):
        if tw[0] != p["first"][0] and tw != p["middle"] and (tw, p["last"]) not in w.used_fl \
                and (tw, p["dob"]) not in w.used_fd:
            w.used_fl.add((tw, p["last"]))
            w.used_fd.add((tw, p["dob"]))
            w.twin_last = tw
            return tw
    return None


def add_hire(w, p, scen, claims, resume_extra=(), hist=(), track="LEO", training=None,
             verified=False, why_extra="", arguable=False, resume_style=None, no_resume=False,
             cue_only_pieces=None):
    r = w.r
    w.n += 1
    hid = f"{w.n:07d}"
    pieces = [c["text"] for c in claims] + list(resume_extra)
    r.shuffle(pieces) if r.random() < 0.3 else None
    resume = "" if no_resume else assemble(r, pieces, resume_style)
    pos = r.choice(["Deportation Officer", "Deportation Officer", "Immigration Enforcement Agent",
                    "Detention and Deportation Officer"])
    w.hires.append(dict(hire_id=hid, first_name=p["first"], middle_name=p["middle"],
                        last_name=p["last"], suffix="", date_of_birth=p["dob"].isoformat(),
                        hire_date=p["hire"].isoformat(), position_title=pos, job_series="1801",
                        field_office=r.choice(OFFICES), screening_track=track,
                        screening_basis=r.choice(["keyword:officer", "keyword:officer",
                                                  "keyword:police", "keyword:deputy", ""]),
                        resume_text=resume))
    # training
    training = training or {}
    short_course = training.get("short", track == "LEO" and r.random() < 0.85)
    if short_course:
        sd = p["hire"] + dt.timedelta(days=r.randint(7, 30))
        w.train.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT",
                            course_title="ERO Law Enforcement Officer Virtual Transition",
                            delivery="online", start_date=sd.isoformat(),
                            end_date=(sd + dt.timedelta(days=28)).isoformat(), status="completed"))
    basic = training.get("basic")  # None / completed / enrolled / withdrawn / failed
    if basic:
        sd = p["hire"] + dt.timedelta(days=r.randint(60, 400))
        ed = sd + dt.timedelta(days=r.randint(90, 140))
        w.train.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                            course_title="Basic Immigration Enforcement Training Program",
                            delivery="in_person", start_date=sd.isoformat(),
                            end_date=ed.isoformat() if basic in ("completed", "failed", "withdrawn") else "",
                            status=basic))
    if r.random() < 0.3:
        sd = p["hire"] + dt.timedelta(days=r.randint(100, 300))
        w.train.append(dict(hire_id=hid, course_code=r.choice(["ICE-FIREARMS-REQ", "SPAN-LANG-01"]),
                            course_title="Other course", delivery="in_person",
                            start_date=sd.isoformat(), end_date=(sd + dt.timedelta(days=5)).isoformat(),
                            status="completed"))
    # history rows
    for h in hist:
        w.hist.append(dict(hire_id=hid, employer=h["employer"], title=h["title"], state=h["state"],
                           start_date=h["start"], end_date=h["end"]))
    # truth
    is_short = track == "LEO" or short_course
    allc = list(claims) + [h["claim"] for h in hist]
    gaps = [c for c in allc if c["sworn"] and c["recent"] is not False
            and not (c["place"] in LOADED or c["place"] == "FED")]
    if not is_short:
        lab, why = "NOT_APPLICABLE", "full track (screening BASIC, no short-track course)"
    elif verified:
        lab, why = "VERIFIED_LEO", "registry record of this person qualifies on hire date; claims do not matter"
    elif basic == "completed":
        lab, why = "REMEDIATED", "short track, not verified, FLETC-BIETP completed"
    elif gaps:
        g = gaps[0]
        pl = {None: "no single state (cannot be placed)", "ABROAD": "abroad (no US registry)"}.get(
            g["place"], f"{g['place']} (registry not loaded)")
        rec = "recent" if g["recent"] else "undated"
        lab, why = "MANUAL_REVIEW", f"coverage gap: {g['desc']} placed {pl}, {rec}"
    else:
        sw = [c for c in allc if c["sworn"]]
        if sw:
            bits = []
            for c in sw:
                if c["recent"] is False:
                    bits.append(f"{c['desc']} ended >4y before hire")
                else:
                    bits.append(f"{c['desc']} placed {c['place']} (loaded), no record")
            why = "sworn claims all decidable: " + "; ".join(bits)
        else:
            why = "no sworn claim of own service" + (": " + "; ".join(c["desc"] for c in allc if c["desc"]) if any(c["desc"] for c in allc) else "")
        lab = "RECALL"
    if track != "LEO" and is_short:
        why = "short track by course code only; " + why
    if why_extra:
        why += "; " + why_extra
    if arguable:
        why += "; ARGUABLE"
    w.truth.append(dict(hire_id=hid, expected_determination=lab, why=f"[{scen}] {why}"))
    return hid, lab


AMBIG_INITIALS = {"SAPD", "MCSO", "BSO", "PBSO", "CMPD", "MNPD", "IMPD", "VBPD", "SLCPD", "JPSO",
                  "EBRSO", "MDPD", "SBCSD", "NOPD"}


def hist_row(r, hire, claim_kind, **kw):
    """An employment_history row plus the claim it makes."""
    if claim_kind == "sworn":
        a = kw["agency"]
        state_mode = kw.get("state_mode", "given")
        recent = kw.get("recent", True)
        city, st = r.choice(a["places"])
        emp = a["abbr"] if (a["abbr"] and kw.get("abbr", r.random() < 0.5)) else a["emp"]
        if kw.get("employer"):
            emp = kw["employer"]
        elif state_mode != "given" and emp in AMBIG_INITIALS:
            emp = a["emp"]
        if state_mode == "given":
            state, place = (st.lower() if r.random() < 0.1 else st), st
        else:
            state, place = "", kw.get("self_st", a["self_st"])
        title = r.choice(TITLES[a["kind"]])
        desc = f"history sworn '{title}, {emp}, state={state or 'blank'}'"
    elif claim_kind == "fed":
        emp, abbr, titles = r.choice(FED)
        emp = abbr if (abbr and r.random() < 0.5) else emp
        title = r.choice(titles)
        state = r.choice(FED_PLACES)[1] if r.random() < 0.7 else ""
        place, recent = "FED", kw.get("recent", True)
        desc = f"history federal '{title}, {emp}, state={state or 'blank'}'"
    else:
        title, emp, pl = kw.get("item") or r.choice(NONSWORN + OTHER_JOBS)
        state = pl.split(", ")[-1] if r.random() < 0.7 else ""
        place, recent = None, True
        desc = f"history non-sworn '{title}, {emp}'"
    s, e = years_recent(r, hire) if recent else years_old(r, hire)
    usfmt = r.random() < 0.2

    def d(ym, day):
        x = dt.date(ym[0], ym[1], day)
        return x.strftime("%m/%d/%Y") if usfmt else x.isoformat()
    start = d(s, r.randint(1, 28))
    end = "" if e is None else d(e, r.randint(1, 28))
    sworn = claim_kind in ("sworn", "fed")
    claim = dict(sworn=sworn, place=place, recent=recent if sworn else True, desc=desc, text="")
    return dict(employer=emp, title=title, state=state, start=start, end=end, claim=claim)


# ------------------------------------------------------------------ scenarios
def build(seed=SEED):
    r = random.Random(seed)
    w = W(r)

    def person():
        return new_person(w)

    def track_and_training(p, basic=None, allow_course_only=True):
        if allow_course_only and r.random() < 0.09:
            return "BASIC", dict(short=True, basic=basic)
        return "LEO", dict(basic=basic or (r.choice(["enrolled", "withdrawn", "failed"]) if r.random() < 0.08 else None))

    # 1. VERIFIED: own record qualifies; texts vary, sometimes claiming unloaded/unplaced jobs
    for i in range(250):
        p = person()
        src = r.choice(["TX", "TX", "FL", "CA", "OK", "MN", "NV", "FED", "FED"])
        first, last, mid = p["first"], p["last"], p["middle"]
        var = r.random()
        why_extra = "exact name"
        if var < 0.10:
            nn = [n for n in NICK if n[0] == first]
            if nn:
                first = nn[0][1]
                why_extra = f"registry nickname {first}"
        elif var < 0.2 and mid:
            mid = mid[0]
            why_extra = "registry middle initial"
        issued = p["hire"] - dt.timedelta(days=r.randint(1200, 5000))
        sep = None if r.random() < 0.6 else p["hire"] - dt.timedelta(days=r.randint(20, 700))
        add_cert(w, src, first, mid, last, p["dob"], r.choice(CERT_SWORN[src]),
                 r.choice(["active", "active", "inactive"]) if sep else "active", issued, sep,
                 src_agency(r, src))
        claims, extra = [], []
        k = r.random()
        if src == "FED":
            claims.append(fed_claim(r, p["hire"]))
        elif k < 0.7:
            claims.append(sworn_claim(r, p["hire"], agency=r.choice(SRC_AGENCIES[src])))
        if k > 0.6:
            claims.append(sworn_claim(r, p["hire"], kind_filter=lambda x: unloaded_agency(x) or ambiguous_agency(x)))
        if r.random() < 0.3:
            claims.append(nonsworn_claim(r, p["hire"]))
        track, tr = track_and_training(p, basic="completed" if r.random() < 0.05 else None)
        add_hire(w, p, "verified", claims, extra, track=track, training=tr, verified=True,
                 why_extra=f"{src} sworn record ({why_extra})")

    # 2. LOADED-state sworn claims, no record (some with namesake / twin in registry)
    for i in range(240):
        p = person()
        mode = r.random()
        if mode < 0.55:
            c = sworn_claim(r, p["hire"], kind_filter=loaded_agency)
        elif mode < 0.8:
            a = r.choice([x for x in A if ambiguous_agency(x) and any(s in LOADED for _, s in x["places"])])
            city, st = r.choice([pl for pl in a["places"] if pl[1] in LOADED])
            a2 = dict(a, places=[(city, st)])
            c = sworn_claim(r, p["hire"], agency=a2, place_mode="city")
        else:
            a = r.choice([x for x in A if x["kind"] == "campus" and x["self_st"] in LOADED])
            c = sworn_claim(r, p["hire"], agency=a)
        extra = []
        if r.random() < 0.3:
            extra.append(other_claim(r, p["hire"])["text"])
        why_extra = ""
        bg = r.random()
        if bg < 0.2:  # namesake: same name, birth date years away
            dob2 = p["dob"].replace(year=p["dob"].year + r.choice([-7, -5, 6, 9]), day=min(p["dob"].day, 28))
            dob2 = dob2.replace(month=(p["dob"].month % 12) + 1)
            if (p["last"], dob2) in w.used_ld or (p["first"], dob2) in w.used_fd:
                dob2 = None
        if bg < 0.2 and dob2:
            w.used_ld.add((p["last"], dob2))
            w.used_fd.add((p["first"], dob2))
            add_cert(w, c["place"], p["first"], "", p["last"], dob2, r.choice(CERT_SWORN[c["place"]]),
                     "active", p["hire"] - dt.timedelta(days=3000), None, src_agency(r, c["place"]))
            why_extra = "namesake (other birth date) holds a sworn record"
        elif bg < 0.35 and twin_name(w, p):  # twin: same surname and birth date, another first name
            tw = w.twin_last
            add_cert(w, c["place"], tw, "", p["last"], p["dob"], r.choice(CERT_SWORN[c["place"]]),
                     "active", p["hire"] - dt.timedelta(days=3000), None, src_agency(r, c["place"]))
            why_extra = f"twin {tw} (same surname and birth date) holds a sworn record"
        track, tr = track_and_training(p)
        add_hire(w, p, "loaded_claim", [c], extra, track=track, training=tr, why_extra=why_extra)

    # 3. UNLOADED-state sworn claims, recent or undated -> review
    for i in range(220):
        p = person()
        mode = r.random()
        if mode < 0.7:
            c = sworn_claim(r, p["hire"], kind_filter=unloaded_agency, dated=r.random() > 0.12)
        elif mode < 0.85:
            a = r.choice([x for x in A if ambiguous_agency(x) and any(s not in LOADED for _, s in x["places"])])
            city, st = r.choice([pl for pl in a["places"] if pl[1] not in LOADED])
            c = sworn_claim(r, p["hire"], agency=dict(a, places=[(city, st)]), place_mode="city")
        elif mode < 0.93:
            a = r.choice([x for x in A if x["kind"] == "campus" and x["self_st"] not in LOADED])
            c = sworn_claim(r, p["hire"], agency=a)
        else:
            a = r.choice([x for x in A if x["kind"] == "tribal"])
            c = sworn_claim(r, p["hire"], agency=a, place_mode="city")
        extra = [other_claim(r, p["hire"])["text"]] if r.random() < 0.3 else []
        track, tr = track_and_training(p)
        add_hire(w, p, "unloaded_claim", [c], extra, track=track, training=tr)

    # 4. Claims that cannot be placed: ambiguous agency, no place, abroad
    for i in range(150):
        p = person()
        mode = r.random()
        arg = False
        if mode < 0.6:
            a = r.choice([x for x in A if ambiguous_agency(x)])
            c = sworn_claim(r, p["hire"], agency=a, place_mode="none_ambig")
        elif mode < 0.85:
            title = r.choice(["Certified peace officer", "Police officer", "Patrol officer",
                              "Deputy sheriff", "Sworn police officer"])
            s, e = years_recent(r, p["hire"])
            txt = r.choice([f"{title}, {fmt_dates(r, s, e)}. Patrol, traffic enforcement, arrests.",
                            f"{title} with {p['hire'].year - s[0]} years of patrol experience ({fmt_dates(r, s, e)}).",
                            f"{fmt_dates(r, s, e)}: {title} – city police department, night shift patrol"])
            c = dict(sworn=True, place=None, recent=True, text=txt, desc=f"sworn '{title}' with no place")
        else:
            c = abroad_claim(r, p["hire"])
            arg = True
        extra = []
        if r.random() < 0.4:  # a school or home naming a loaded state must not place it
            extra.append(r.choice(["Education: B.S. Criminal Justice, University of Texas at El Paso",
                                   "Native Texan; relocated for family reasons.",
                                   "B.A., University of Florida, 2010",
                                   "Home: a former Nevada resident, now living in Ohio."]))
        track, tr = track_and_training(p)
        add_hire(w, p, "unplaced_claim", [c], extra, track=track, training=tr,
                 why_extra="foreign police service: no US registry; review is the defensible choice (recall also arguable)" if arg else "",
                 arguable=arg)

    # 5. OLD claims (ended long before the window) in unloaded / unplaced places -> recall
    for i in range(110):
        p = person()
        if r.random() < 0.6:
            c = sworn_claim(r, p["hire"], kind_filter=unloaded_agency, recent=False)
        else:
            a = r.choice([x for x in A if ambiguous_agency(x)])
            c = sworn_claim(r, p["hire"], agency=a, place_mode="none_ambig", recent=False)
        claims = [c]
        if r.random() < 0.5:
            claims.append(nonsworn_claim(r, p["hire"]))
        if r.random() < 0.3:
            claims.append(sworn_claim(r, p["hire"], kind_filter=loaded_agency))
        track, tr = track_and_training(p)
        add_hire(w, p, "old_claim", claims, track=track, training=tr)

    # 6. FEDERAL claims placed anywhere, no FED record -> recall (FED registry loaded)
    for i in range(110):
        p = person()
        c = fed_claim(r, p["hire"], with_place=r.random() < 0.8)
        claims = [c]
        if r.random() < 0.3:
            claims.append(military_claim(r, p["hire"]))
        why_extra = ""
        if r.random() < 0.2 and twin_name(w, p):
            tw = w.twin_last
            add_cert(w, "FED", tw, "", p["last"], p["dob"], "Federal Law Enforcement Officer", "active",
                     p["hire"] - dt.timedelta(days=2500), None, "U.S. Border Patrol")
            why_extra = f"twin {tw} holds a FED record"
        track, tr = track_and_training(p)
        add_hire(w, p, "federal_claim", claims, track=track, training=tr, why_extra=why_extra)

    # 7. NON-SWORN jobs that say officer / police / deputy -> recall
    for i in range(280):
        p = person()
        claims = [nonsworn_claim(r, p["hire"])]
        if r.random() < 0.35:
            claims.append(nonsworn_claim(r, p["hire"]))
        if r.random() < 0.15:
            claims.append(military_claim(r, p["hire"]))
        if r.random() < 0.1:
            t, e, pl = r.choice(SEASONAL_NONSWORN)
            y = p["hire"].year - 1
            claims.append(dict(sworn=False, place=None, recent=True, desc=f"seasonal '{t}'",
                               text=f"{t}, {e}, {pl} (summers {y - 4}–{y})"))
        track, tr = track_and_training(p)
        add_hire(w, p, "nonsworn", claims, track=track, training=tr)

    # 8. Cue sentences only (mentions, aspirations, family, dropouts, negations) -> recall
    for i in range(170):
        p = person()
        kinds, extra = [], []
        for _ in range(r.choice([1, 1, 2])):
            kd, s, a = cue_sentence(r, p["hire"])
            kinds.append(kd)
            extra.append(s)
        claims = [other_claim(r, p["hire"])] if r.random() < 0.6 else []
        track, tr = track_and_training(p)
        add_hire(w, p, "text_cue", claims, extra, track=track, training=tr,
                 why_extra="cues: " + ",".join(kinds))

    # 9. Employment history rows (resume blank, generic, or restating)
    hist_specs = 0
    for i in range(220):
        p = person()
        hs = []
        mode = r.random()
        if mode < 0.2:
            a = r.choice([x for x in A if loaded_agency(x)])
            hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode=r.choice(["given", "blank"])))
            scen = "hist_loaded"
        elif mode < 0.4:
            a = r.choice([x for x in A if unloaded_agency(x)])
            hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode=r.choice(["given", "blank"])))
            scen = "hist_unloaded"
        elif mode < 0.5:
            a = r.choice([x for x in A if ambiguous_agency(x)])
            hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode="blank"))
            scen = "hist_ambiguous_blank_state"
        elif mode < 0.58:
            a = r.choice([x for x in A if ambiguous_agency(x)])
            hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode="given"))
            scen = "hist_ambiguous_state_given"
        elif mode < 0.7:
            hs.append(hist_row(r, p["hire"], "fed"))
            scen = "hist_federal"
        elif mode < 0.8:
            a = r.choice([x for x in A if unloaded_agency(x) or ambiguous_agency(x)])
            hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode=r.choice(["given", "blank"]),
                               recent=False))
            scen = "hist_old"
        elif mode < 0.9:
            hs.append(hist_row(r, p["hire"], "nonsworn"))
            scen = "hist_nonsworn"
        else:  # DPS without a state / "APD"
            a = BY_EMP["Department of Public Safety"]
            hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode="blank", employer=r.choice(["DPS", "Dept of Public Safety"])))
            scen = "hist_dps_no_state"
        if r.random() < 0.3:
            hs.append(hist_row(r, p["hire"], "nonsworn"))
        claims, extra = [], []
        rm = r.random()
        no_resume = rm < 0.35
        has_sworn_hist = any(h["claim"]["sworn"] for h in hs)
        if 0.35 <= rm < 0.7:
            if has_sworn_hist and r.random() < 0.5:  # restates the declared sworn job
                extra.append(r.choice(["Sworn officer with patrol, investigations and FTO experience.",
                                       "Experienced law enforcement officer; see employment history."]))
            else:
                extra.append(r.choice(["Please see attached application for work history.",
                                       "Ten years of public service.",
                                       "Hard-working, reliable, bilingual."]))
        track, tr = track_and_training(p)
        add_hire(w, p, scen, claims, extra, hist=hs, track=track, training=tr, no_resume=no_resume)

    # 10. Mixed resumes: several jobs
    for i in range(110):
        p = person()
        claims = []
        m = r.random()
        if m < 0.35:   # loaded recent + unloaded old -> recall
            claims = [sworn_claim(r, p["hire"], kind_filter=loaded_agency),
                      sworn_claim(r, p["hire"], kind_filter=unloaded_agency, recent=False)]
            scen = "mixed_loaded_recent_unloaded_old"
        elif m < 0.65:  # loaded + unloaded recent -> review
            claims = [sworn_claim(r, p["hire"], kind_filter=loaded_agency, recent=False),
                      sworn_claim(r, p["hire"], kind_filter=unloaded_agency)]
            scen = "mixed_unloaded_recent"
        else:           # non-sworn at unloaded agency + sworn in loaded state -> recall
            claims = [nonsworn_claim(r, p["hire"]), sworn_claim(r, p["hire"], kind_filter=loaded_agency)]
            scen = "mixed_nonsworn_plus_loaded"
        claims.append(other_claim(r, p["hire"]))
        r.shuffle(claims)
        hs = []
        if r.random() < 0.3:  # history declares the loaded job too
            a = BY_EMP.get(claims[0]["emp"])
            if a and a["self_st"] in LOADED:
                hs.append(hist_row(r, p["hire"], "sworn", agency=a, state_mode="given",
                                   recent=claims[0]["recent"]))
        track, tr = track_and_training(p)
        add_hire(w, p, scen, claims, hist=hs, track=track, training=tr)

    # 11. State names that are not the job's place (schools, homes, towns, counties)
    traps = [
        ("Police Officer", "Nevada Police Department", "Nevada, MO", "MO"),
        ("Deputy Sheriff", "Texas County Sheriff's Office", "Houston, MO", "MO"),
        ("Deputy Sheriff", "Texas County Sheriff's Office", "Guymon, OK", "OK"),
        ("Deputy", "Dallas County Sheriff's Office", "Adel, IA", "IA"),
        ("Deputy Sheriff", "Orange County Sheriff's Office", "Orange, TX", "TX"),
        ("Deputy Sheriff", "Miami County Sheriff's Office", "Troy, OH", "OH"),
        ("Deputy Sheriff", "Houston County Sheriff's Office", "Perry, GA", "GA"),
        ("Deputy", "Reno County Sheriff's Office", "Hutchinson, KS", "KS"),
        ("Police Officer", "Las Vegas Police Department", "Las Vegas, NM", "NM"),
        ("Police Officer", "Paris Police Department", "Paris, TX", "TX"),
        ("Police Officer", "Dublin Police Department", "Dublin, OH", "OH"),
        ("Police Officer", "Dublin Police Services", "Dublin, CA", "CA"),
        ("Patrol Officer", "Texas City Police Department", "Texas City, TX", "TX"),
        ("Police Officer", "Florida City Police Department", "Florida City, FL", "FL"),
        ("Police Officer", "California Police Department", "California, MO", "MO"),
        ("Police Officer", "University of Minnesota Duluth Police Department", "Duluth, MN", "MN"),
        ("Police Officer", "University of Nevada, Reno Police Services", "Reno, NV", "NV"),
        ("Police Officer", "Indiana University Police Department", "Bloomington, IN", "IN"),
        ("Deputy Sheriff", "Nevada County Sheriff's Office", "Nevada City, CA", "CA"),
        ("Deputy Sheriff", "Washington County Sheriff's Office", "Bartlesville, OK", "OK"),
        ("Police Officer", "Columbus Police Department", "Columbus, GA", "GA"),
        ("Police Officer", "Portland Police Department", "Portland, Maine", "ME"),
        ("Police Officer", "Vancouver Police Department", "Vancouver, WA", "WA"),
        ("Police Officer", "London Police Department", "London, KY", "KY"),
        ("Police Officer", "Aurora Police Department", "Aurora, Colorado", "CO"),
        ("Deputy", "Harris County Sheriff's Office", "Houston, Texas", "TX"),
        ("Sheriff's Deputy", "Lake County Sheriff's Office", "Tavares, Fla.", "FL"),
        ("Deputy Sheriff", "Polk County Sheriff's Office", "Bartow (FL)", "FL"),
    ]
    homes = ["Address: 4410 Elm St, Tulsa, OK 74105", "Born and raised in Oklahoma.",
             "Education: B.S., University of Texas at Austin, 2011", "Former Florida resident.",
             "B.A. Criminal Justice, University of Minnesota (2009)", "Home: Reno, NV"]
    for i in range(90):
        p = person()
        t, emp, place, st = traps[i % len(traps)]
        s, e = years_recent(r, p["hire"])
        text = job_line(r, t, emp, place, fmt_dates(r, s, e), r.choice(LAYOUTS))
        c = dict(sworn=True, place=st, recent=True, text=text, emp=emp,
                 desc=f"sworn '{t}, {emp}, {place}'")
        extra = []
        if r.random() < 0.25:  # the same job with no place: the state-name word must not place it
            if emp in ("Texas County Sheriff's Office", "Dallas County Sheriff's Office",
                       "Nevada County Sheriff's Office", "Washington County Sheriff's Office",
                       "Orange County Sheriff's Office", "Miami County Sheriff's Office",
                       "Houston County Sheriff's Office"):
                text = job_line(r, t, emp, "", fmt_dates(r, s, e), r.choice(LAYOUTS))
                c = dict(sworn=True, place=None, recent=True, text=text, emp=emp,
                         desc=f"sworn '{t}, {emp}' (county in several states, no place)")
        if c["place"] is not None and r.random() < 0.5:
            extra = [r.choice(homes)]
        track, tr = track_and_training(p)
        add_hire(w, p, "state_word_trap", [c], extra, track=track, training=tr)

    # 12. Own record fails the policy; claims still decide review vs recall
    for i in range(70):
        p = person()
        src = r.choice(["TX", "FL", "CA", "OK", "MN", "NV"])
        how = r.choice(["corrections", "old_separation", "revoked", "issued_after"])
        if how == "corrections":
            add_cert(w, src, p["first"], p["middle"], p["last"], p["dob"], r.choice(CERT_OTHER[:4]),
                     "active", p["hire"] - dt.timedelta(days=2000), None, src_agency(r, src))
        elif how == "old_separation":
            add_cert(w, src, p["first"], p["middle"], p["last"], p["dob"], r.choice(CERT_SWORN[src]),
                     "inactive", p["hire"] - dt.timedelta(days=5000),
                     p["hire"] - dt.timedelta(days=r.randint(2000, 3000)), src_agency(r, src))
        elif how == "revoked":
            add_cert(w, src, p["first"], p["middle"], p["last"], p["dob"], r.choice(CERT_SWORN[src]),
                     "revoked", p["hire"] - dt.timedelta(days=3000), p["hire"] - dt.timedelta(days=300),
                     src_agency(r, src))
        else:
            add_cert(w, src, p["first"], p["middle"], p["last"], p["dob"], r.choice(CERT_SWORN[src]),
                     "active", p["hire"] + dt.timedelta(days=r.randint(60, 400)), None, src_agency(r, src))
        claims = []
        if r.random() < 0.5:
            claims.append(sworn_claim(r, p["hire"], agency=r.choice(SRC_AGENCIES[src]),
                                      recent=(how != "old_separation")))
        if r.random() < 0.35:
            claims.append(sworn_claim(r, p["hire"], kind_filter=unloaded_agency))
        if not claims:
            claims.append(nonsworn_claim(r, p["hire"]))
        track, tr = track_and_training(p)
        add_hire(w, p, f"record_fails_{how}", claims, track=track, training=tr,
                 why_extra=f"own {src} record fails ({how})")

    # 13. REMEDIATED: basic completed after hire, whatever the texts say
    for i in range(90):
        p = person()
        c = r.choice([lambda: sworn_claim(r, p["hire"], kind_filter=unloaded_agency),
                      lambda: sworn_claim(r, p["hire"], kind_filter=loaded_agency),
                      lambda: nonsworn_claim(r, p["hire"]),
                      lambda: fed_claim(r, p["hire"])])()
        if r.random() < 0.15:
            tr = dict(short=True, basic="completed")
            track = "BASIC"
        else:
            track, tr = "LEO", dict(basic="completed")
        add_hire(w, p, "remediated", [c], track=track, training=tr)

    # 14. FULL TRACK: texts of every kind, not applicable
    for i in range(230):
        p = person()
        c = r.choice([lambda: sworn_claim(r, p["hire"], kind_filter=unloaded_agency),
                      lambda: sworn_claim(r, p["hire"]),
                      lambda: nonsworn_claim(r, p["hire"]),
                      lambda: other_claim(r, p["hire"]),
                      lambda: fed_claim(r, p["hire"])])()
        basic = r.choice(["completed", "completed", "enrolled", None])
        if r.random() < 0.1:  # a full-track hire with a sworn record: still not applicable
            add_cert(w, "TX", p["first"], p["middle"], p["last"], p["dob"], "Peace Officer", "active",
                     p["hire"] - dt.timedelta(days=3000), None, "Houston Police Department")
        add_hire(w, p, "full_track", [c], track="BASIC", training=dict(short=False, basic=basic))

    # background registry people (strangers): never share (first,last), (last,dob), (first,dob)
    for src in w.certs:
        for i in range(500 if src != "FED" else 400):
            for _ in range(100):
                first, last = r.choice(FIRST), r.choice(LAST)
                dob = rdate(r, 1960, 2000)
                if (first, last) in w.used_fl or (last, dob) in w.used_ld or (first, dob) in w.used_fd:
                    continue
                break
            sworn = r.random() < 0.7
            ctype = r.choice(CERT_SWORN[src]) if sworn else r.choice(CERT_OTHER)
            iss = rdate(r, 1995, 2022)
            sep = None if r.random() < 0.6 else iss + dt.timedelta(days=r.randint(200, 5000))
            add_cert(w, src, first, r.choice(MIDDLE) if r.random() < 0.4 else "", last, dob, ctype,
                     r.choice(["active", "inactive", "lapsed"]) if sep else "active", iss, sep,
                     src_agency(r, src))
    return w


def write(w, out, truth):
    os.makedirs(out, exist_ok=True)

    def wcsv(path, rows, cols):
        with open(path, "w", newline="", encoding="utf-8") as f:
            wr = csv.DictWriter(f, fieldnames=cols)
            wr.writeheader()
            for row in rows:
                wr.writerow(row)
    wcsv(os.path.join(out, "hires.csv"), w.hires,
         ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
          "hire_date", "position_title", "job_series", "field_office", "screening_track",
          "screening_basis", "resume_text"])
    wcsv(os.path.join(out, "training.csv"), w.train,
         ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"])
    wcsv(os.path.join(out, "employment_history.csv"), w.hist,
         ["hire_id", "employer", "title", "state", "start_date", "end_date"])
    for src, rows in w.certs.items():
        wcsv(os.path.join(out, f"certifications_{src.lower()}.csv"), rows,
             ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
              "certification_type", "status", "issued_date", "separation_date", "agency"])
    wcsv(truth, w.truth, ["hire_id", "expected_determination", "why"])


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    world = build()
    write(world, a.out, a.truth)
    from collections import Counter
    print(len(world.hires), "hires;", Counter(t["expected_determination"] for t in world.truth))
