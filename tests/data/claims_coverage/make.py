#!/usr/bin/env python3
"""Blind test set "claims_coverage" for leo-audit (data contract v1).

Writes, deterministically (no randomness, no clock):
  /tmp/sets/claims_coverage/            main folder (coverage: CA TX NY VA KS FL IL MN OR FED;
                                        certifications_wa.csv is header-only -> WA NOT covered)
  /tmp/sets/claims_coverage/variant_nofed/   small companion folder with no FED registry
                                        (coverage: CA TX only) for federal claims
and expected_before_run.csv in each (only if it does not exist yet: it is frozen).

Each hire is decided by one thing. Identities are clean: registry rows of a hire carry the
hire's exact name and date of birth; filler registry people have other surnames and birth
dates in another range (1955-1972), and every hire has a distinct birth date.
"""
import csv
import os
import sys
from datetime import date, timedelta

ROOT = os.path.dirname(os.path.abspath(__file__))

HIRE_COLS = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
             "hire_date", "position_title", "job_series", "field_office", "screening_track",
             "screening_basis", "resume_text"]
TRAIN_COLS = ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date",
              "status"]
HIST_COLS = ["hire_id", "employer", "title", "state", "start_date", "end_date"]
CERT_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
             "certification_type", "status", "issued_date", "separation_date", "agency"]

FIRSTS = ["Aaron", "Brenda", "Carlos", "Diane", "Ethan", "Fiona", "Gavin", "Helen", "Ivan",
          "Julia", "Kevin", "Laura", "Marcus", "Nadia", "Oscar", "Paula", "Quentin", "Rachel",
          "Simon", "Tanya", "Victor", "Wendy", "Xavier", "Yolanda", "Zachary", "Angela",
          "Bruce", "Celia", "Dennis", "Elena", "Felix", "Gloria", "Harold", "Irene", "Jerome",
          "Karen", "Leon", "Monica", "Nolan", "Olivia"]
PRE = ["Abern", "Bral", "Cors", "Dunm", "Elk", "Fenw", "Garr", "Hask", "Ingr", "Jorv", "Kell",
       "Lind", "Marv", "Nors", "Orw", "Penn", "Quin", "Rads", "Selw", "Tavr", "Upt", "Vand",
       "Wexl", "Yarb", "Zell"]
HIRE_SUF = ["ey", "ton", "ick", "ell", "am", "ore", "ett", "ley"]
FILL_SUF = ["berg", "stad", "wood", "ford", "holm", "dahl", "mont", "field", "gate", "shaw"]

SHORT = ("ERO-LEO-VIRT", "ERO Law Enforcement Officer Virtual Track", "online")
BASIC = ("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person")
CITP = ("FLETC-CITP", "Criminal Investigator Training Program", "in_person")

POSITIONS = [("Deportation Officer", "1801", "Phoenix"), ("Border Patrol Agent", "1896", "El Paso"),
             ("Criminal Investigator", "1811", "Los Angeles"), ("Deportation Officer", "1801", "Dallas"),
             ("Immigration Enforcement Agent", "1801", "Chicago"), ("Deportation Officer", "1801", "St. Paul"),
             ("Criminal Investigator", "1811", "New York"), ("Deportation Officer", "1801", "Seattle")]


def d(s):
    return date.fromisoformat(s)


# --------------------------------------------------------------------------------------
# Case table. Each case:
#   id, expected, case, why, and keyword options:
#   track ("LEO"/"BASIC"), hire (date), resume, hist [(employer,title,state,start,end)],
#   reg [(source,cert_type,status,issued,sep,agency)], train (see TRAIN below)
# --------------------------------------------------------------------------------------
CASES = []


def C(cid, expected, case, why, **kw):
    CASES.append(dict(id=cid, expected=expected, case=case, why=why, **kw))


NOREG = "no registry record for this person"
GAP = "claimed sworn job in a state whose registry is not loaded (contract: MANUAL_REVIEW)"

# ---- A: history, sworn job in a COVERED state / federal with FED loaded; registry lacks -> RECALL
C("A01", "RECALL", "hist_sworn_covered_TX_absent", "TX loaded; " + NOREG,
  hist=[("Dallas Police Department", "Police Officer", "TX", "2016-03-01", "")])
C("A02", "RECALL", "hist_sworn_covered_CA_absent", "CA loaded; " + NOREG,
  hist=[("Los Angeles County Sheriff's Department", "Deputy Sheriff", "CA", "2015-01-05", "2023-04-30")])
C("A03", "RECALL", "hist_sworn_covered_NY_absent", "NY loaded; " + NOREG,
  hist=[("New York State Police", "State Trooper", "NY", "2018-07-01", "")])
C("A04", "RECALL", "hist_sworn_covered_VA_absent", "VA loaded; " + NOREG,
  hist=[("Fairfax County Police Department", "Police Officer", "VA", "2017-02-01", "2022-12-31")])
C("A05", "RECALL", "hist_sworn_covered_KS_absent", "KS loaded; " + NOREG,
  hist=[("Sedgwick County Sheriff's Office", "Deputy Sheriff", "KS", "2016-09-01", "")])
C("A06", "RECALL", "hist_sworn_covered_FL_absent", "FL loaded; " + NOREG,
  hist=[("Miami-Dade Police Department", "Police Officer", "FL", "2014-05-01", "")])
C("A07", "RECALL", "hist_sworn_covered_IL_multifile_absent",
  "IL is a source value inside certifications_multi.csv, so IL is covered; " + NOREG,
  hist=[("Chicago Police Department", "Police Officer", "IL", "2015-06-01", "")])
C("A08", "RECALL", "hist_sworn_covered_MN_multifile_absent",
  "MN is a source value inside certifications_multi.csv, so covered; " + NOREG,
  hist=[("Minneapolis Police Department", "Police Officer", "MN", "2017-01-09", "")])
C("A09", "RECALL", "hist_sworn_covered_OR_tinyfile_absent",
  "OR registry is loaded (3 rows): coverage is the set of source values; " + NOREG,
  hist=[("Portland Police Bureau", "Police Officer", "OR", "2016-04-01", "")])
C("A10", "RECALL", "hist_sworn_blank_state_employer_names_TX",
  "state column blank but employer names Texas (loaded); " + NOREG,
  hist=[("Texas Department of Public Safety", "State Trooper", "", "2017-08-01", "")])
C("A11", "RECALL", "hist_federal_BPA_state_AZ_FED_loaded",
  "federal job is checked against FED (loaded), not the duty state AZ; " + NOREG,
  hist=[("U.S. Border Patrol", "Border Patrol Agent", "AZ", "2015-03-01", "")])
C("A12", "RECALL", "hist_federal_FBI_SA_FED_loaded", "FED loaded; " + NOREG,
  hist=[("Federal Bureau of Investigation", "Special Agent", "TX", "2015-10-01", "")])
C("A13", "RECALL", "hist_federal_DUSM_state_NV_FED_loaded",
  "federal job checked against FED (loaded) although duty state NV is not loaded; " + NOREG,
  hist=[("U.S. Marshals Service", "Deputy U.S. Marshal", "NV", "2016-06-01", "")])
C("A14", "RECALL", "hist_federal_ICE_DO_state_GA_FED_loaded",
  "federal job, FED loaded; " + NOREG,
  hist=[("U.S. Immigration and Customs Enforcement", "Deportation Officer", "GA", "2017-01-01", "2022-10-31")])
C("A16", "RECALL", "hist_federal_OIG_SA_state_DC_FED_loaded",
  "OIG special agent is federal service; FED loaded; " + NOREG,
  hist=[("Office of Inspector General, U.S. Department of Education", "Special Agent", "DC", "2016-01-01", "")])

# ---- B: covered-state claim, registry HAS the person but the record does not verify -> RECALL
C("B01", "RECALL", "claim_CA_deputy_registry_corrections_only",
  "CA record is Correctional Officer (not sworn); CA covered so no gap",
  hist=[("San Bernardino County Sheriff's Department", "Deputy Sheriff", "CA", "2016-01-01", "")],
  reg=[("CA", "Correctional Officer", "active", "2016-02-01", "", "California Department of Corrections and Rehabilitation")])
C("B02", "RECALL", "claim_NY_current_registry_separated_2016",
  "NY record separated 2016 (>3y before hire); self-report 'current' never verifies",
  hist=[("Buffalo Police Department", "Police Officer", "NY", "2010-01-01", "")],
  reg=[("NY", "Police Officer", "inactive", "2010-03-01", "2016-05-01", "Buffalo Police Department")])
C("B03", "RECALL", "claim_FL_registry_revoked",
  "FL Deputy Sheriff record status revoked",
  hist=[("Orange County Sheriff's Office", "Deputy Sheriff", "FL", "2012-01-01", "2022-01-15")],
  reg=[("FL", "Deputy Sheriff", "revoked", "2012-02-01", "2022-01-15", "Orange County Sheriff's Office")])
C("B04", "RECALL", "claim_VA_registry_under_12_months",
  "VA Police Officer issued 2022-12-15, hire 2023-06-01: under 12 months service",
  hist=[("Richmond Police Department", "Police Officer", "VA", "2022-07-01", "")],
  reg=[("VA", "Police Officer", "active", "2022-12-15", "", "Richmond Police Department")])
C("B05", "RECALL", "claim_TX_registry_reserve_only",
  "TX record is Reserve Peace Officer (not full powers)",
  hist=[("Austin Police Department", "Police Officer", "TX", "2018-01-01", "")],
  reg=[("TX", "Reserve Peace Officer", "active", "2018-03-01", "", "Travis County Constable Pct. 2")])
C("B06", "RECALL", "claim_CA_registry_separated_4y",
  "CA Peace Officer separated 2019-02-01, >3y before hire 2023-06-01",
  hist=[("Fresno Police Department", "Police Officer", "CA", "2011-01-01", "2019-02-01")],
  reg=[("CA", "Peace Officer", "inactive", "2011-03-01", "2019-02-01", "Fresno Police Department")])

# ---- C: history, sworn job in a state NOT loaded (or no state) -> MANUAL_REVIEW unless ended long ago
C("C01", "MANUAL_REVIEW", "hist_NV_deputy_current", GAP,
  hist=[("Washoe County Sheriff's Office", "Deputy Sheriff", "NV", "2015-04-01", "")])
C("C02", "MANUAL_REVIEW", "hist_AZ_police_ended_11mo_before", GAP + "; ended 2022-06-30",
  hist=[("Phoenix Police Department", "Police Officer", "AZ", "2016-01-01", "2022-06-30")])
C("C03", "MANUAL_REVIEW", "hist_AZ_patrol_ended_2y9m_before", GAP + "; ended 2020-08-15, inside 3y window",
  hist=[("Mesa Police Department", "Patrol Officer", "AZ", "2014-01-01", "2020-08-15")])
C("C04", "RECALL", "hist_AZ_deputy_ended_3y2m_before",
  "uncovered state but ended 2020-03-31, >3y before hire 2023-06-01: not a gap",
  hist=[("Pima County Sheriff's Department", "Deputy Sheriff", "AZ", "2012-01-01", "2020-03-31")])
C("C05", "RECALL", "hist_CO_police_ended_2012",
  "uncovered state but ended 2012: not a gap",
  hist=[("Denver Police Department", "Police Officer", "CO", "2005-01-01", "2012-12-31")])
C("C06", "MANUAL_REVIEW", "hist_GA_trooper_current", GAP,
  hist=[("Georgia State Patrol", "State Trooper", "GA", "2017-01-01", "")])
C("C07", "MANUAL_REVIEW", "hist_WV_trooper_current", GAP + " (WV, not VA)",
  hist=[("West Virginia State Police", "Trooper", "WV", "2016-01-01", "")])
C("C08", "MANUAL_REVIEW", "hist_AR_trooper_recent", GAP + " (AR, not KS)",
  hist=[("Arkansas State Police", "Trooper", "AR", "2018-01-01", "2023-01-31")])
C("C09", "MANUAL_REVIEW", "hist_blank_state_Reno_PD_current",
  "sworn claim naming no state (Reno, NV not loaded either)",
  hist=[("Reno Police Department", "Police Officer", "", "2017-01-01", "")])
C("C10", "RECALL", "hist_blank_state_ended_2008",
  "sworn claim naming no state but ended 2008: not a gap",
  hist=[("Springfield Police Department", "Police Officer", "", "2001-01-01", "2008-06-30")])
C("C11", "MANUAL_REVIEW", "hist_lowercase_state_az_detective_current", GAP + " (state written 'az')",
  hist=[("Tucson Police Department", "Detective", "az", "2014-01-01", "")])
C("C12", "MANUAL_REVIEW", "hist_NV_US_date_end_09/30/2022", GAP + "; end 09/30/2022 (US date) inside window",
  hist=[("Las Vegas Metropolitan Police Department", "Police Officer", "NV", "03/01/2015", "09/30/2022")])
C("C13", "RECALL", "hist_NV_US_date_end_01/15/2019",
  "uncovered state but end 01/15/2019 (US date) >3y before hire: not a gap",
  hist=[("Henderson Police Department", "Police Officer", "NV", "06/01/2012", "01/15/2019")])
C("C14", "MANUAL_REVIEW", "hist_WA_trooper_header_only_registry",
  "certifications_wa.csv has no rows: WA is not a source value, so not covered; " + GAP,
  hist=[("Washington State Patrol", "Trooper", "WA", "2017-01-01", "")])
C("C15", "MANUAL_REVIEW", "hist_DC_MPD_current", GAP + " (DC)",
  hist=[("Metropolitan Police Department", "Police Officer", "DC", "2016-01-01", "")])
C("C16", "MANUAL_REVIEW", "hist_NV_game_warden_current", GAP + " (game warden is sworn)",
  hist=[("Nevada Department of Wildlife", "Game Warden", "NV", "2015-01-01", "")])
C("C17", "MANUAL_REVIEW", "hist_AZ_SRO_current", GAP + " (school resource officer is sworn)",
  hist=[("Mesa Police Department", "School Resource Officer", "AZ", "2016-01-01", "")])
C("C18", "MANUAL_REVIEW", "hist_NV_bare_officer_at_PD", GAP + " (bare 'Officer' at a police department)",
  hist=[("Reno Police Department", "Officer", "NV", "2018-01-01", "")])
C("C21", "MANUAL_REVIEW", "hist_TX_absent_then_AZ_current",
  "TX part is covered and absent, but the later AZ deputy job is a gap",
  hist=[("Houston Police Department", "Police Officer", "TX", "2012-01-01", "2018-05-31"),
        ("Maricopa County Sheriff's Office", "Deputy Sheriff", "AZ", "2018-06-01", "")])
C("C22", "RECALL", "hist_AZ_old_then_TX_current_absent",
  "AZ job ended 2014 (not a gap); current TX job covered and absent",
  hist=[("Tempe Police Department", "Police Officer", "AZ", "2008-01-01", "2014-01-31"),
        ("San Antonio Police Department", "Police Officer", "TX", "2014-03-01", "")])
C("C23", "MANUAL_REVIEW", "hist_NV_current_plus_CA_jailer_record",
  "CA record is Jailer (not sworn), NV deputy job current is a gap",
  hist=[("Clark County Sheriff's Office", "Deputy Sheriff", "NV", "2019-01-01", "")],
  reg=[("CA", "Jailer", "inactive", "2012-01-01", "2018-10-01", "Kern County Sheriff's Office")])
C("C24", "MANUAL_REVIEW", "hist_AZ_current_plus_TX_old_peace_officer",
  "TX Peace Officer separated 2015 (outside window), AZ job current is a gap",
  hist=[("El Paso Police Department", "Police Officer", "TX", "2008-01-01", "2015-06-30"),
        ("Yuma Police Department", "Police Officer", "AZ", "2015-09-01", "")],
  reg=[("TX", "Peace Officer", "inactive", "2008-03-01", "2015-06-30", "El Paso Police Department")])

# ---- D: history, non-sworn "officer" jobs (mostly in uncovered states) -> RECALL, no gap
NS = "non-sworn title; no coverage gap; " + NOREG
C("D01", "RECALL", "hist_loan_officer_NV", NS,
  hist=[("Wells Fargo Bank", "Loan Officer", "NV", "2015-01-01", "")])
C("D02", "RECALL", "hist_safety_officer_NV", NS,
  hist=[("Nevada Gold Mines LLC", "Safety Officer", "NV", "2016-01-01", "")])
C("D03", "RECALL", "hist_compliance_officer_AZ", NS,
  hist=[("Desert Financial Credit Union", "Compliance Officer", "AZ", "2014-01-01", "")])
C("D04", "RECALL", "hist_correctional_officer_NV", NS + " (corrections)",
  hist=[("Nevada Department of Corrections", "Correctional Officer", "NV", "2015-01-01", "")])
C("D05", "RECALL", "hist_probation_officer_AZ", NS + " (probation)",
  hist=[("Maricopa County Adult Probation Department", "Probation Officer", "AZ", "2013-01-01", "")])
C("D06", "RECALL", "hist_911_dispatcher_at_PD_NV", NS + " (dispatch)",
  hist=[("Reno Police Department", "911 Dispatcher", "NV", "2016-01-01", "")])
C("D07", "RECALL", "hist_security_officer_AZ", NS + " (private security)",
  hist=[("Allied Universal", "Security Officer", "AZ", "2017-01-01", "")])
C("D08", "RECALL", "hist_military_police_army", NS + " (military)",
  hist=[("U.S. Army", "Military Police", "NC", "2015-01-01", "2021-06-30")])
C("D09", "RECALL", "hist_reserve_police_officer_AZ", NS + " (reserve)",
  hist=[("Phoenix Police Department", "Reserve Police Officer", "AZ", "2019-01-01", "")])
C("D10", "RECALL", "hist_auxiliary_police_officer_OH", NS + " (auxiliary)",
  hist=[("Columbus Division of Police", "Auxiliary Police Officer", "OH", "2018-01-01", "")])
C("D11", "RECALL", "hist_TSA_officer_AZ", NS + " (TSA screener)",
  hist=[("Transportation Security Administration", "Transportation Security Officer", "AZ", "2016-01-01", "")])
C("D12", "RECALL", "hist_police_cadet_AZ", NS + " (cadet)",
  hist=[("Phoenix Police Department", "Police Cadet", "AZ", "2021-01-01", "")])
C("D14", "RECALL", "hist_detention_officer_NV", NS + " (detention)",
  hist=[("Clark County Detention Center", "Detention Officer", "NV", "2017-01-01", "")])
C("D15", "RECALL", "hist_deputy_sheriff_jailer_NV", NS + " ('Deputy Sheriff (Jailer)' is corrections per titles.yaml)",
  hist=[("Nye County Sheriff's Office", "Deputy Sheriff (Jailer)", "NV", "2018-01-01", "")])
C("D16", "RECALL", "hist_patrol_officer_at_security_company_NV", NS + " (patrol officer at a security company)",
  hist=[("Allied Universal Security Services", "Patrol Officer", "NV", "2017-01-01", "")])
C("D17", "RECALL", "hist_parole_agent_AZ", NS + " (parole)",
  hist=[("Arizona Department of Corrections", "Parole Agent", "AZ", "2016-01-01", "")])
C("D18", "RECALL", "hist_community_service_officer_AZ", NS + " (community service officer)",
  hist=[("Tempe Police Department", "Community Service Officer", "AZ", "2018-01-01", "")])
C("D20", "RECALL", "hist_executive_officer_navy", NS + " (military)",
  hist=[("U.S. Navy", "Executive Officer", "VA", "2012-01-01", "2020-12-31")])
C("D21", "RECALL", "hist_police_academy_applicant_AZ", NS + " (aspirational)",
  hist=[("Phoenix Police Department", "Police Academy Applicant", "AZ", "2023-01-01", "")])
C("D23", "RECALL", "hist_crime_scene_technician_NV", NS + " (civilian technician)",
  hist=[("Las Vegas Metropolitan Police Department", "Crime Scene Technician", "NV", "2015-01-01", "")])

# ---- E: resume-only sworn claims (no employment_history rows)
C("E01", "RECALL", "resume_TX_state_name_absent", "Texas loaded; " + NOREG,
  resume="Police Officer, Dallas Police Department, Texas, 2015-2022.")
C("E02", "MANUAL_REVIEW", "resume_NV_postal_present", GAP,
  resume="Deputy Sheriff, Washoe County Sheriff's Office, NV, 2017-present.")
C("E03", "MANUAL_REVIEW", "resume_Reno_PD_city_only", GAP + " (Reno NV; or no state named)",
  resume="Reno PD patrol officer 2016-2023")
C("E04", "MANUAL_REVIEW", "resume_Tpr_AZ_DPS", GAP + " (AZ DPS trooper)",
  resume="Tpr., AZ DPS, 2016 - 2023")
C("E05", "RECALL", "resume_CHP_abbrev", "CHP = California Highway Patrol, CA loaded; " + NOREG,
  resume="CHP officer from 2017 to 2022. Before that, retail.")
C("E07", "RECALL", "resume_multi_loan_then_Oregon_police",
  "Oregon is covered (tiny registry); loan officer job non-sworn; " + NOREG,
  resume="Loan Officer, Wells Fargo, 2012-2016; Police Officer, Portland Police Bureau, Oregon, 2016-2023.")
C("E08", "RECALL", "resume_Salem_OR_postal",
  "OR postal code; OR covered; " + NOREG,
  resume="Police officer in Salem, OR, 2018-2023.")
C("E09", "MANUAL_REVIEW", "resume_IN_postal", GAP + " (IN = Indiana)",
  resume="Patrol officer, Indianapolis Metropolitan Police Department, IN, 2017-2023.")
C("E11", "MANUAL_REVIEW", "resume_word_or_Nevada", GAP + " (Nevada; 'or' is the word, not Oregon)",
  resume="Worked as a deputy sheriff or patrol officer in Nye County, Nevada, 2018-2023.")
C("E12", "MANUAL_REVIEW", "resume_Portland_ME", GAP + " (Portland, ME, not Oregon)",
  resume="Police Officer, Portland Police Department, Portland, ME, 2019-2023.")
C("E13", "MANUAL_REVIEW", "resume_West_Virginia_not_VA", GAP + " (West Virginia, not Virginia)",
  resume="Trooper, West Virginia State Police, 2016-2023.")
C("E14", "MANUAL_REVIEW", "resume_Arkansas_not_Kansas", GAP + " (Arkansas, not Kansas)",
  resume="Trooper, Arkansas State Police, 2015-2023.")
C("E15", "MANUAL_REVIEW", "resume_Kansas_City_Missouri", GAP + " (Kansas City, Missouri: MO, not KS)",
  resume="Police Officer, Kansas City, Missouri Police Department, 2016-2023.")
C("E16", "RECALL", "resume_Virginia_State_Police", "Virginia loaded; " + NOREG,
  resume="Virginia State Police trooper 2016-2022.")
C("E17", "MANUAL_REVIEW", "resume_typo_Polcie_Nevada", GAP + " (typo 'Polcie')",
  resume="Polcie Officer, Henderson, Nevada, 2018-2023.")
C("E18", "MANUAL_REVIEW", "resume_typo_Sherrif_Arizona", GAP + " (typo 'Sherrif')",
  resume="Deputy Sherrif, Maricopa County, Arizona, 2017 to present.")
C("E19", "MANUAL_REVIEW", "resume_past_tense_Denver_Colorado", GAP + " (Colorado)",
  resume="Served as a patrol officer with the Denver Police Department (Colorado) from 2017 to 2022.")
C("E20", "MANUAL_REVIEW", "resume_former_deputy_no_state_no_dates",
  "sworn claim naming no state and no dates: cannot be shown to have ended before the window",
  resume="Former deputy sheriff.")
C("E21", "MANUAL_REVIEW", "resume_no_state_recent", "sworn claim naming no state, recent",
  resume="Patrol officer for six years (2017-2023).")
C("E22", "RECALL", "resume_no_state_ended_2004", "sworn claim ended 2004: not a gap",
  resume="Police officer 1998-2004; since then, insurance agent.")
C("E23", "RECALL", "resume_Nevada_ended_2001", "Nevada claim ended 2001: not a gap",
  resume="Police officer in Reno, Nevada from 1995 to 2001. Since 2001 real estate agent.")
C("E24", "RECALL", "resume_AZ_month_year_ended_Mar_2019",
  "AZ claim ended Mar 2019, >3y before hire 2023-06-01: not a gap",
  resume="Deputy Sheriff, Maricopa County Sheriff's Office (AZ), Jan 2015 - Mar 2019. Since then, warehouse supervisor.")
C("E25", "MANUAL_REVIEW", "resume_AZ_month_year_ended_Sep_2020",
  GAP + "; ended Sep 2020, inside the window",
  resume="Deputy Sheriff, Pinal County Sheriff's Office (AZ), Jun 2015 - Sep 2020.")
C("E26", "MANUAL_REVIEW", "resume_multi_loan_corr_Sparks_NV_present",
  GAP + " (Sparks PD, Nevada, present)",
  resume="Loan Officer, Chase, 2010-2014; Correctional Officer, Nevada DOC, 2014-2018; Police Officer, Sparks Police Department, Nevada, 2018-present.")
C("E27", "RECALL", "resume_multi_both_TX_absent", "both jobs in TX (loaded); " + NOREG,
  resume="Police Officer, Austin Police Department, TX, 2014-2019; Deputy Sheriff, Travis County Sheriff's Office, TX, 2019-2023.")
C("E28", "MANUAL_REVIEW", "resume_multi_TX_then_Oklahoma", GAP + " (Oklahoma Highway Patrol)",
  resume="Police Officer, Austin PD, TX 2012-2018; Trooper, Oklahoma Highway Patrol, 2018-2023.")
C("E29", "MANUAL_REVIEW", "resume_Ofc_Reno_PD", GAP + " (Ofc. = officer; Reno PD)",
  resume="Ofc., Reno PD, 2019-present")
C("E30", "MANUAL_REVIEW", "resume_Dep_Washoe_SO_NV", GAP + " (Dep. = deputy; SO; NV)",
  resume="Dep., Washoe Co. SO (NV) 2017-2023")
C("E32", "MANUAL_REVIEW", "resume_DPS_trooper_no_state", "sworn claim naming no state, recent",
  resume="DPS trooper 2017-2023")
C("E33", "RECALL", "resume_Texas_DPS_trooper", "Texas loaded; " + NOREG,
  resume="Texas DPS trooper 2017-2023")
C("E34", "MANUAL_REVIEW", "resume_ISP_trooper_no_state", "ISP (Illinois/Indiana/Idaho...) names no state; recent",
  resume="ISP trooper, 2016-2023.")
C("E35", "RECALL", "resume_Illinois_State_Police", "Illinois loaded (multi file); " + NOREG,
  resume="Illinois State Police trooper 2016-present.")
C("E36", "RECALL|MANUAL_REVIEW", "resume_Houston_PD_city_only",
  "Houston is in TX (loaded, absent) but no state is written",
  resume="Police officer, Houston Police Department, 2016-2023.")
C("E37", "RECALL|MANUAL_REVIEW", "resume_LAPD_city_only",
  "LAPD is in CA (loaded, absent) but no state is written",
  resume="LAPD officer 2015-2023.")
C("E38", "MANUAL_REVIEW", "resume_Seattle_WA_header_only_registry",
  "WA file has no rows, so WA is not covered; " + GAP,
  resume="Police Officer, Seattle Police Department, WA, 2016-2023.")
C("E39", "RECALL", "resume_FBI_1811_FED_loaded", "federal claim, FED loaded; " + NOREG,
  resume="Special Agent (1811), FBI, 2016-present.")
C("E40", "RECALL", "resume_BPA_sector_FED_loaded", "federal claim, FED loaded; " + NOREG,
  resume="Border Patrol Agent, El Paso Sector, 2015-2023.")
C("E41", "RECALL", "resume_DUSM_FED_loaded", "federal claim, FED loaded; " + NOREG,
  resume="DUSM, U.S. Marshals Service, 2018-present.")
C("E43", "MANUAL_REVIEW", "resume_Georgia_State_Patrol", GAP + " (Georgia)",
  resume="Georgia State Patrol trooper, 2016-2023.")
C("E45", "RECALL", "resume_Kansas_Highway_Patrol", "Kansas loaded; " + NOREG,
  resume="Kansas Highway Patrol trooper 2015-2022.")
C("E47", "RECALL", "resume_NYPD", "NYPD = New York (loaded); " + NOREG,
  resume="NYPD police officer 2014-2022.")

# ---- N: resume-only non-sworn, aspiration, negation, mention -> RECALL
NR = "no sworn claim; " + NOREG
C("N01", "RECALL", "resume_aspiration_hope_to_become", NR,
  resume="I hope to become a police officer. Currently a bank teller.")
C("N02", "RECALL", "resume_applied_to_academy_security", NR,
  resume="Applied to the Phoenix Police Department academy in 2023; currently a security officer at Allied Universal.")
C("N03", "RECALL", "resume_negation_never_served", NR,
  resume="I have never served as a police officer; ten years as a loan officer at Chase.")
C("N04", "RECALL", "resume_negation_not_sworn_civilian", NR,
  resume="Not a sworn officer. Civilian crime analyst, Phoenix Police Department, 2018-2023.")
C("N05", "RECALL", "resume_son_of_police_officer", NR,
  resume="Son of a retired police officer. Compliance Officer, Desert Financial, 2015-2023.")
C("N06", "RECALL", "resume_dispatcher_worked_with_officers", NR,
  resume="911 dispatcher, Las Vegas, NV, 2016-2023; worked closely with police officers.")
C("N08", "RECALL", "resume_conditional_offer", NR,
  resume="Conditional offer from Reno Police Department for a police officer position, 2023.")
C("N10", "RECALL", "resume_accepted_into_academy_TSA", NR,
  resume="Accepted into the Arizona POST academy; graduation expected 2024. Currently a TSA officer.")
C("N11", "RECALL", "resume_military_police_army", NR,
  resume="Military Police, U.S. Army, 2014-2020, Fort Bragg NC.")
C("N12", "RECALL", "resume_correctional_officer_AZ", NR,
  resume="Correctional officer, Arizona Department of Corrections, 2016-2023.")
C("N13", "RECALL", "resume_probation_officer_NV", NR,
  resume="Probation officer, Clark County, NV, 2015-2023.")
C("N14", "RECALL", "resume_reserve_deputy_NV", NR,
  resume="Reserve deputy sheriff, Washoe County, NV, 2019-2023; full-time insurance agent.")
C("N16", "RECALL", "resume_seeking_BPA_loss_prevention", NR,
  resume="Seeking a position as a Border Patrol Agent. Current: Loss Prevention Officer, Target, Reno NV.")
C("N18", "RECALL", "resume_TSA_officer", NR,
  resume="TSA Officer at Phoenix Sky Harbor, 2017-2023.")
C("N19", "RECALL", "resume_police_cadet_Denver", NR,
  resume="Police cadet, Denver Police Department, 2021-2023.")
C("N20", "RECALL", "resume_negation_not_police_security", NR,
  resume="I am not a police officer, but I have worked as a security officer for eight years in Las Vegas.")

# ---- R: history non-sworn / covered, resume adds a sworn uncovered claim
C("R01", "MANUAL_REVIEW", "hist_loan_officer_resume_NV_deputy",
  "history declares no sworn job; resume claims Clark County NV deputy 2017-2023: " + GAP,
  hist=[("Wells Fargo Bank", "Loan Officer", "MN", "2010-01-01", "2016-12-31")],
  resume="Loan Officer, Wells Fargo Bank, Minneapolis, 2010-2016; Deputy Sheriff, Clark County Sheriff's Office, Nevada, 2017-2023.")
C("R02", "MANUAL_REVIEW|RECALL", "hist_TX_absent_resume_adds_AZ_trooper",
  "history: TX (covered, absent); resume adds AZ DPS trooper 2018-2023 (gap). Contract: resume reveals gaps; README reads resume only when history declares none",
  hist=[("Dallas Police Department", "Police Officer", "TX", "2012-01-01", "2018-03-31")],
  resume="Police Officer, Dallas Police Department, TX, 2012-2018; Trooper, Arizona Department of Public Safety, 2018-2023.")

# ---- V: registry verifies regardless of claims -> VERIFIED_LEO
C("V01", "VERIFIED_LEO", "verified_TX_resume_loan_officer", "TX Peace Officer active, strong exact link",
  resume="Loan officer, 2010-2015.",
  reg=[("TX", "Peace Officer", "active", "2015-06-01", "", "Harris County Sheriff's Office")])
C("V02", "VERIFIED_LEO", "verified_CA_claims_NV_gap", "CA Deputy Sheriff active; NV claim irrelevant once verified",
  hist=[("Washoe County Sheriff's Office", "Deputy Sheriff", "NV", "2021-01-01", "")],
  reg=[("CA", "Deputy Sheriff", "active", "2014-01-01", "", "Riverside County Sheriff's Department")])
C("V03", "VERIFIED_LEO", "verified_NY_resume_aspiration", "NY Police Officer separated 1y before hire",
  resume="I hope to become a federal agent.",
  reg=[("NY", "Police Officer", "inactive", "2012-01-01", "2022-05-31", "Rochester Police Department")])
C("V04", "VERIFIED_LEO", "verified_FED_BPA_claim", "FED Federal Law Enforcement Officer active",
  hist=[("U.S. Border Patrol", "Border Patrol Agent", "AZ", "2016-01-01", "")],
  reg=[("FED", "Federal Law Enforcement Officer", "active", "2016-01-15", "", "U.S. Border Patrol")])
C("V05", "VERIFIED_LEO", "verified_FL_no_claims", "FL Police Officer active; no history, blank resume",
  reg=[("FL", "Police Officer", "active", "2013-01-01", "", "Tampa Police Department")])
C("V06", "VERIFIED_LEO", "verified_VA_resume_negation", "VA Police Officer active; resume words never decide",
  resume="I have never served as a police officer.",
  reg=[("VA", "Police Officer", "active", "2016-01-01", "", "Norfolk Police Department")])
C("V07", "VERIFIED_LEO", "verified_TX_resume_matches", "TX Police Officer active",
  resume="Police Officer, Dallas Police Department, Texas, 2015-present.",
  reg=[("TX", "Police Officer", "active", "2015-03-01", "", "Dallas Police Department")])
C("V08", "VERIFIED_LEO", "verified_KS_claims_corrections_NV", "KS Law Enforcement Officer active",
  hist=[("Nevada Department of Corrections", "Correctional Officer", "NV", "2010-01-01", "2014-12-31")],
  reg=[("KS", "Law Enforcement Officer", "active", "2015-03-01", "", "Wichita Police Department")])
C("V09", "VERIFIED_LEO", "verified_IL_multifile", "IL Police Officer active (multi-source file)",
  hist=[("Chicago Police Department", "Police Officer", "IL", "2014-01-01", "")],
  reg=[("IL", "Police Officer", "active", "2014-02-01", "", "Chicago Police Department")])
C("V10", "VERIFIED_LEO", "verified_MN_sep_2y_claims_AZ", "MN Peace Officer separated 2021-05-31 (2y before), AZ claim irrelevant",
  hist=[("Minneapolis Police Department", "Police Officer", "MN", "2012-01-01", "2021-05-31"),
        ("Phoenix Police Department", "Police Officer", "AZ", "2021-07-01", "")],
  reg=[("MN", "Peace Officer", "inactive", "2012-02-01", "2021-05-31", "Minneapolis Police Department")])
C("V11", "VERIFIED_LEO", "verified_FED_special_agent_resume", "FED Special Agent active",
  resume="Special Agent (1811), FBI, 2014-present.",
  reg=[("FED", "Special Agent", "active", "2014-06-01", "", "Federal Bureau of Investigation")])
C("V12", "VERIFIED_LEO", "verified_CA_plus_basic_completed", "CA Peace Officer active; verified beats REMEDIATED",
  hist=[("San Diego Police Department", "Police Officer", "CA", "2013-01-01", "")],
  reg=[("CA", "Peace Officer", "active", "2013-02-01", "", "San Diego Police Department")],
  train="short+basic")

# ---- M: remediation and track
C("M01", "REMEDIATED", "gap_NV_current_basic_completed", "not verified; FLETC-BIETP completed",
  hist=[("Washoe County Sheriff's Office", "Deputy Sheriff", "NV", "2016-01-01", "")], train="short+basic")
C("M02", "REMEDIATED", "covered_TX_absent_basic_completed", "not verified; FLETC-BIETP completed",
  hist=[("Fort Worth Police Department", "Police Officer", "TX", "2016-01-01", "")], train="short+basic")
C("M03", "REMEDIATED", "loan_officer_basic_completed", "not verified; FLETC-BIETP completed",
  hist=[("U.S. Bank", "Loan Officer", "MN", "2014-01-01", "")], train="short+basic")
C("M04", "MANUAL_REVIEW", "gap_AZ_current_basic_enrolled", GAP + "; basic course only enrolled",
  hist=[("Chandler Police Department", "Police Officer", "AZ", "2015-01-01", "")], train="short+basic_enrolled")
C("M05", "RECALL", "covered_TX_absent_basic_withdrawn", "not verified; basic course withdrawn, not completed",
  hist=[("El Paso County Sheriff's Office", "Deputy Sheriff", "TX", "2016-01-01", "")], train="short+basic_withdrawn")
C("M07", "REMEDIATED", "resume_gap_Reno_basic_completed", "not verified; FLETC-BIETP completed",
  resume="Police officer, Reno Police Department, Nevada, 2018-2023.", train="short+basic")
C("M08", "REMEDIATED", "federal_BPA_absent_basic_completed", "not verified; FLETC-BIETP completed",
  hist=[("U.S. Border Patrol", "Border Patrol Agent", "TX", "2017-01-01", "")], train="short+basic")
C("M09", "RECALL", "covered_TX_absent_CITP_completed", "FLETC-CITP is not in the basic course list",
  hist=[("Arlington Police Department", "Police Officer", "TX", "2016-01-01", "")], train="short+citp")
C("M10", "RECALL", "BASIC_screening_but_short_course_TX_absent",
  "ERO-LEO-VIRT row makes it short track; TX covered, absent",
  track="BASIC", hist=[("Plano Police Department", "Police Officer", "TX", "2016-01-01", "")], train="short")
C("M11", "MANUAL_REVIEW", "BASIC_screening_but_short_course_NV_gap",
  "ERO-LEO-VIRT row makes it short track; " + GAP, track="BASIC",
  hist=[("Sparks Police Department", "Police Officer", "NV", "2016-01-01", "")], train="short")

# ---- P: full track -> NOT_APPLICABLE whatever the claims
NA = "full track (BASIC, no short course)"
C("P01", "NOT_APPLICABLE", "full_track_NV_gap_claim", NA, track="BASIC", train="basic_enrolled",
  hist=[("Washoe County Sheriff's Office", "Deputy Sheriff", "NV", "2016-01-01", "")])
C("P02", "NOT_APPLICABLE", "full_track_TX_absent_claim", NA, track="BASIC", train="basic_completed",
  hist=[("Lubbock Police Department", "Police Officer", "TX", "2016-01-01", "")])
C("P03", "NOT_APPLICABLE", "full_track_resume_Reno_PD", NA, track="BASIC", train="basic_enrolled",
  resume="Reno PD patrol officer 2016-2023")
C("P04", "NOT_APPLICABLE", "full_track_registry_verified_CA", NA, track="BASIC", train="basic_completed",
  reg=[("CA", "Police Officer", "active", "2012-01-01", "", "Oakland Police Department")])
C("P05", "NOT_APPLICABLE", "full_track_loan_officer", NA, track="BASIC", train="basic_enrolled",
  hist=[("Wells Fargo Bank", "Loan Officer", "NV", "2015-01-01", "")])
C("P06", "NOT_APPLICABLE", "full_track_federal_BPA", NA, track="BASIC", train="basic_completed",
  hist=[("U.S. Border Patrol", "Border Patrol Agent", "AZ", "2016-01-01", "")])
C("P08", "NOT_APPLICABLE", "full_track_no_training_rows_aspiration", NA + "; no training rows",
  track="BASIC", train="none", resume="I hope to become a police officer.")


# --------------------------------------------------------------------------------------
# Variant: no FED registry loaded; coverage CA + TX only
# --------------------------------------------------------------------------------------
VCASES = []


def VC(cid, expected, case, why, **kw):
    VCASES.append(dict(id=cid, expected=expected, case=case, why=why, **kw))


FGAP = "claimed federal sworn job and no FED registry loaded: " + GAP
VC("F01", "MANUAL_REVIEW", "nofed_hist_BPA_AZ_current", FGAP,
   hist=[("U.S. Border Patrol", "Border Patrol Agent", "AZ", "2016-01-01", "")])
VC("F02", "MANUAL_REVIEW", "nofed_hist_BPA_state_TX_current",
   FGAP + " (duty state TX is loaded, but federal service is a FED record, not a TX one)",
   hist=[("U.S. Border Patrol", "Border Patrol Agent", "TX", "2016-01-01", "")])
VC("F03", "MANUAL_REVIEW", "nofed_resume_FBI_SA", FGAP,
   resume="Special Agent (1811), FBI, 2016-present.")
VC("F04", "RECALL", "nofed_hist_DUSM_ended_2012", "federal job ended 2012: not a gap; " + NOREG,
   hist=[("U.S. Marshals Service", "Deputy U.S. Marshal", "CO", "2004-01-01", "2012-06-30")])
VC("F05", "RECALL", "nofed_hist_TSA_officer", "TSA officer is not sworn; no gap",
   hist=[("Transportation Security Administration", "Transportation Security Officer", "AZ", "2016-01-01", "")])
VC("F06", "RECALL", "nofed_hist_BOP_correctional", "BOP correctional officer is not sworn; no gap",
   hist=[("Federal Bureau of Prisons", "Correctional Officer", "CO", "2015-01-01", "")])
VC("F07", "RECALL", "nofed_hist_USCIS_ISO", "USCIS Immigration Services Officer is not law enforcement; no gap",
   hist=[("U.S. Citizenship and Immigration Services", "Immigration Services Officer", "VA", "2016-01-01", "")])
VC("F08", "MANUAL_REVIEW", "nofed_resume_CBPO_CA", FGAP + " (CBP officer; duty state CA is loaded)",
   resume="CBP Officer at the San Ysidro port of entry, CA, 2018-2023.")
VC("F09", "RECALL", "nofed_hist_TX_police_absent", "TX loaded; " + NOREG,
   hist=[("Laredo Police Department", "Police Officer", "TX", "2016-01-01", "")])
VC("F10", "MANUAL_REVIEW", "nofed_hist_ICE_deportation_officer", FGAP,
   hist=[("U.S. Immigration and Customs Enforcement", "Deportation Officer", "GA", "2017-01-01", "")])
VC("F11", "RECALL", "nofed_hist_military_police", "military police: not sworn; no gap",
   hist=[("U.S. Army", "Military Police", "TX", "2015-01-01", "2021-01-31")])
VC("F12", "VERIFIED_LEO", "nofed_verified_TX_claims_BPA", "TX Peace Officer active verifies",
   hist=[("U.S. Border Patrol", "Border Patrol Agent", "TX", "2021-01-01", "")],
   reg=[("TX", "Peace Officer", "active", "2012-01-01", "", "Laredo Police Department")])
VC("F13", "REMEDIATED", "nofed_BPA_basic_completed", "not verified; FLETC-BIETP completed",
   hist=[("U.S. Border Patrol", "Border Patrol Agent", "AZ", "2016-01-01", "")], train="short+basic")
VC("F14", "MANUAL_REVIEW", "nofed_resume_federal_air_marshal", FGAP + " (Federal Air Marshal)",
   resume="Federal Air Marshal, 2017-2023.")


# --------------------------------------------------------------------------------------
def training_rows(hid, hire, kind):
    h = d(hire)
    rows = []
    if kind == "none":
        return rows
    if kind.startswith("short"):
        rows.append([hid, *SHORT, str(h + timedelta(days=7)), str(h + timedelta(days=35)), "completed"])
    bs, be = str(h + timedelta(days=200)), str(h + timedelta(days=320))
    if kind == "short+basic":
        rows.append([hid, *BASIC, bs, be, "completed"])
    elif kind == "short+basic_enrolled":
        rows.append([hid, *BASIC, bs, "", "enrolled"])
    elif kind == "short+basic_withdrawn":
        rows.append([hid, *BASIC, bs, str(h + timedelta(days=230)), "withdrawn"])
    elif kind == "short+citp":
        rows.append([hid, *CITP, bs, be, "completed"])
    elif kind == "basic_enrolled":
        rows.append([hid, *BASIC, str(h + timedelta(days=14)), "", "enrolled"])
    elif kind == "basic_completed":
        rows.append([hid, *BASIC, str(h + timedelta(days=14)), str(h + timedelta(days=140)), "completed"])
    return rows


def write_csv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        w.writerows(rows)


def build(folder, cases, prefix, sources_fill, name_offset, extra_files=None):
    os.makedirs(folder, exist_ok=True)
    hires, train, hist = [], [], []
    certs = {}  # filename -> rows
    names = [p + s for s in HIRE_SUF for p in PRE]  # 200 unique surnames
    rec_n = 0
    for i, c in enumerate(cases):
        k = i + name_offset
        hid = f"{prefix}{c['id']}"
        first = FIRSTS[k % len(FIRSTS)]
        last = names[k]
        dob = date(1976, 1, 3) + timedelta(days=37 * k)  # distinct for every hire
        hire = c.get("hire", "2023-06-01")
        pos = POSITIONS[k % len(POSITIONS)]
        track = c.get("track", "LEO")
        hires.append([hid, first, "", last, "", str(dob), hire, pos[0], pos[1], pos[2], track,
                      "keyword:officer", c.get("resume", "")])
        train += training_rows(hid, hire, c.get("train", "short" if track == "LEO" else "basic_enrolled"))
        for (emp, title, st, s, e) in c.get("hist", []):
            hist.append([hid, emp, title, st, s, e])
        for (src, ctype, status, iss, sep, agency) in c.get("reg", []):
            rec_n += 1
            fname = sources_fill[src][0]
            certs.setdefault(fname, []).append(
                [f"{src}-H{rec_n:04d}", src, first, "", last, str(dob), ctype, status, iss, sep, agency])
        c["hire_id"] = hid
    # filler registry people: other surnames, birth dates 1955-1972
    fill_names = [p + s for s in FILL_SUF for p in PRE]
    sworn_types = {"FED": ["Federal Law Enforcement Officer", "Special Agent", "Correctional Officer"],
                   }
    default_types = ["Peace Officer", "Police Officer", "Deputy Sheriff", "Jailer",
                     "Correctional Officer", "Telecommunicator", "State Trooper"]
    j = 0
    for src, (fname, n) in sources_fill.items():
        certs.setdefault(fname, [])
        for t in range(n):
            j += 1
            types = sworn_types.get(src, default_types)
            dob = date(1955, 2, 1) + timedelta(days=17 * j)
            iss = date(1985, 1, 1) + timedelta(days=37 * j)
            sep = "" if j % 3 else str(iss + timedelta(days=2000))
            certs[fname].append([f"{src}-F{j:04d}", src, FIRSTS[(j * 7) % len(FIRSTS)], "",
                                 fill_names[j % len(fill_names)], str(dob), types[j % len(types)],
                                 "active" if not sep else "inactive", str(iss), sep,
                                 f"{src} Agency {j}"])
    write_csv(os.path.join(folder, "hires.csv"), HIRE_COLS, hires)
    write_csv(os.path.join(folder, "training.csv"), TRAIN_COLS, train)
    write_csv(os.path.join(folder, "employment_history.csv"), HIST_COLS, hist)
    for fname, rows in certs.items():
        write_csv(os.path.join(folder, fname), CERT_COLS, rows)
    for fname in (extra_files or []):
        write_csv(os.path.join(folder, fname), CERT_COLS, [])
    exp = os.path.join(folder, "expected_before_run.csv")
    if not os.path.exists(exp):  # frozen after the first run
        write_csv(exp, ["hire_id", "expected_determination", "case", "why"],
                  [[c["hire_id"], c["expected"], c["case"], c["why"]] for c in cases])
    return len(hires)


MAIN_SOURCES = {
    "CA": ("certifications_ca.csv", 30), "TX": ("certifications_tx.csv", 30),
    "NY": ("certifications_ny.csv", 30), "VA": ("certifications_va.csv", 30),
    "KS": ("certifications_ks.csv", 30), "FL": ("certifications_fl.csv", 30),
    "IL": ("certifications_multi.csv", 20), "MN": ("certifications_multi.csv", 20),
    "OR": ("certifications_or.csv", 3), "FED": ("certifications_fed.csv", 30),
}
VAR_SOURCES = {"CA": ("certifications_ca.csv", 25), "TX": ("certifications_tx.csv", 25)}

if __name__ == "__main__":
    n1 = build(ROOT, CASES, "CC", MAIN_SOURCES, 0, extra_files=["certifications_wa.csv"])
    n2 = build(os.path.join(ROOT, "variant_nofed"), VCASES, "NF", VAR_SOURCES, 160)
    print(f"main: {n1} hires; variant_nofed: {n2} hires", file=sys.stderr)
