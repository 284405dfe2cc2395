#!/usr/bin/env python3
"""Blind test set: registries in their own published layouts.

Writes, deterministically (seeded), into the folder holding this script:
  hires.csv, training.csv, employment_history.csv
  certifications_va.csv, certifications_fed.csv          (contract format, full DOB)
  certifications_fl.csv                                  (Florida CJSTC export layout + source, status)
  certifications_fl_2.xlsx                               (same layout, upper-case headers, date cells)
  certifications_npi.csv                                 (National Police Index layout + contract columns)
  decertifications_va.xlsx                               (the real DCJS list, copied byte for byte)
  decertifications.csv                                   (contract format, full DOB)
  expected_cases.csv                                     (design table used to write expected_before_run.csv)
  bad/<probe>/...                                        (inputs that must be refused, exit 2)
  probe/<probe>/...                                      (inputs that must load)
Run with /work/main/.venv/bin/python make.py
"""
import csv
import datetime as dt
import os
import random
import shutil

import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
REAL_VA = "/work/main/tests/data/real/va-dcjs-decertification-list-apr25-pseudonymized.xlsx"
rng = random.Random(20250517)

D = dt.date.fromisoformat


def us(d):  # MM/DD/YYYY as Florida exports
    return "" if not d else D(d).strftime("%m/%d/%Y")


hires, training, history = [], [], []
va, fed, fl, fl2, npi, decerts = [], [], [], [], [], []
expected = []
used_dobs = set()


def rand_dob(year=None):
    while True:
        y = year or rng.randint(1972, 1996)
        d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
        if d not in used_dobs:
            used_dobs.add(d)
            return d.isoformat()


def hire(hid, first, last, hire_date, exp, case, why, middle="", suffix="", dob=None,
         byear=None, track="LEO", short_course=True, basic=None, hist=None, resume=None,
         title="Deportation Officer", office="Richmond"):
    """Add one hire. hist: list of (employer, title, state, start, end)."""
    if dob is None:
        dob = rand_dob(byear)
    hires.append(dict(hire_id=hid, first_name=first, middle_name=middle, last_name=last,
                      suffix=suffix, date_of_birth=dob, hire_date=hire_date,
                      position_title=title, job_series="1801", field_office=office,
                      screening_track=track,
                      screening_basis="keyword:officer" if track == "LEO" else "",
                      resume_text=resume if resume is not None else ""))
    hd = D(hire_date)
    if track == "LEO" or short_course:
        if short_course:
            training.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT",
                                 course_title="ERO LEO Virtual Transition", delivery="online",
                                 start_date=(hd + dt.timedelta(days=7)).isoformat(),
                                 end_date=(hd + dt.timedelta(days=35)).isoformat(),
                                 status="completed"))
    if track != "LEO" and not short_course:
        training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                             course_title="Basic Immigration Enforcement Training Program",
                             delivery="in_person",
                             start_date=(hd + dt.timedelta(days=14)).isoformat(),
                             end_date=(hd + dt.timedelta(days=140)).isoformat(),
                             status="completed"))
    if basic:
        training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                             course_title="Basic Immigration Enforcement Training Program",
                             delivery="in_person",
                             start_date=(hd + dt.timedelta(days=120)).isoformat(),
                             end_date=(hd + dt.timedelta(days=250)).isoformat(),
                             status="completed"))
    if hist is None:
        hist = [("Commonwealth Credit Union", "Loan Officer", "VA", "2012-03-01", "")]
    for emp, t, st, s, e in hist:
        history.append(dict(hire_id=hid, employer=emp, title=t, state=st, start_date=s,
                            end_date=e))
    if resume is None:
        hires[-1]["resume_text"] = "; ".join(f"{t}, {emp}" for emp, t, st, s, e in hist)
    expected.append(dict(hire_id=hid, expected_determination=exp, case=case, why=why))
    return dob


def va_cert(hid, first, last, dob, ctype="Law Enforcement Officer", status="active",
            issued="2014-07-01", sep="", middle="", agency="Richmond Police Department"):
    va.append(dict(record_id=f"VA-{len(va) + 1:05d}", source="VA", first_name=first,
                   middle_name=middle, last_name=last, date_of_birth=dob,
                   certification_type=ctype, status=status, issued_date=issued,
                   separation_date=sep, agency=agency))


def fed_cert(first, last, dob, ctype="Border Patrol Agent", status="active",
             issued="2013-05-06", sep="", middle="", agency="U.S. Customs and Border Protection"):
    fed.append(dict(record_id=f"FED-{len(fed) + 1:05d}", source="FED", first_name=first,
                    middle_name=middle, last_name=last, date_of_birth=dob,
                    certification_type=ctype, status=status, issued_date=issued,
                    separation_date=sep, agency=agency))


SEX = {"M": "M", "F": "F"}


def fl_row(first, last, birth_year, cls="LE", etype="FT", start="2014-02-03", sep="",
           sep_code="", middle="", status=None, agency="Hillsborough County Sheriff's Office",
           sex="M", target=None):
    target = fl if target is None else target
    n = len(fl) + len(fl2) + 1
    target.append(dict(employment_nbr=str(700000 + n), person_nbr=f"{n * 37 + 4000:07d}",
                       agcy_nbr=f"{290000 + n % 17:06d}", employ_type=etype,
                       employ_class=cls, employ_start_date=start, separation_date=sep,
                       separation_code=sep_code, last_name=last.upper(),
                       first_name=first.upper(), middle_name=middle.upper(), sex_code=sex,
                       race_code="W", birth_year=str(birth_year) if birth_year else "",
                       agcy_name=agency, source="FL",
                       status=status or ("inactive" if sep else "active")))


def npi_row(first, last, yob, source="GA", ctype="Police Officer", start="2013-08-12",
            end="", reason="", middle="", suffix="", status=None,
            agency="Atlanta Police Department", emp_status="Full Time"):
    n = len(npi) + 1
    npi.append(dict(person_nbr=f"{source}-{n * 53 + 100000}", first_name=first.upper(),
                    middle_name=middle.upper(), last_name=last.upper(), suffix=suffix,
                    agency_name=agency, start_date=start, end_date=end,
                    separation_reason=reason, employment_status=emp_status,
                    employment_change="Separation" if end else "Hire", race="", sex="",
                    year_of_birth=str(yob) if yob else "",
                    # columns the contract requires that the NPI does not publish
                    source=source, certification_type=ctype,
                    status=status or ("inactive" if end else "active"),
                    issued_date=start, separation_date=end))


def yr(dob):
    return int(dob[:4])


VA_POLICE = lambda emp, s="2012-06-01", e="": [(emp, "Police Officer", "VA", s, e)]  # noqa

# ---------------------------------------------------------------- A: Virginia DCJS list
# Controls: VA certification, name not on the list.
for hid, f, l in [("RL001", "Thaddeus", "Quimby"), ("RL002", "Marisol", "Eckhardt"),
                  ("RL003", "Desmond", "Fairweather")]:
    dob = hire(hid, f, l, "2023-03-06", "VERIFIED_LEO", "A control: VA cert, not on DCJS list",
               "strong VA link, sworn, active, >12 months, no decert of that name",
               hist=VA_POLICE("Henrico County Police Department"))
    va_cert(hid, f, l, dob)


def va_case(hid, first, last, hire_date, exp, case, why, middle="", suffix="",
            cert_kw=None, hist=None, **kw):
    dob = hire(hid, first, last, hire_date, exp, case, why, middle=middle, suffix=suffix,
               hist=hist or VA_POLICE("Virginia law enforcement agency"), **kw)
    ck = dict(first=first, last=last, middle=middle)
    ck.update(cert_kw or {})
    va_cert(hid, ck.pop("first"), ck.pop("last"), dob, middle=ck.pop("middle"), **ck)
    return dob


R = "name-only DCJS lead (no DOB)"
va_case("RL004", "Deborah", "Harding", "2023-03-06", "MANUAL_REVIEW",
        "A finalized decert before hire", f"{R}: Harding, Deborah finalized 2021-05-12 <= hire; would otherwise verify")
va_case("RL005", "Daniel", "Santana", "2022-08-01", "MANUAL_REVIEW",
        "A finalized decert before hire", f"{R}: Santana, Daniel finalized 2021-05-12")
va_case("RL006", "Brian", "Bush", "2023-01-09", "MANUAL_REVIEW",
        "A finalized decert before hire, middle initial agrees", f"{R}: Bush, Brian D. 2021-10-20", middle="David")
va_case("RL007", "Matthew", "Porter", "2022-05-16", "MANUAL_REVIEW",
        "A finalized decert ON hire date", f"{R}: Porter, Matthew B. decert 2022-05-16 == hire_date ('on or before')", middle="Benjamin")
va_case("RL008", "Stacy", "Heath", "2024-03-04", "VERIFIED_LEO",
        "A finalized decert after hire", "Heath, Stacy T. decert 2024-12-18 is after hire_date: contract counts only actions on or before hire_date",
        middle="Thea", cert_kw=dict(status="inactive", sep="2024-02-16"))
va_case("RL009", "Margaret", "Silva", "2024-12-22", "VERIFIED_LEO",
        "A finalized decert one day after hire", "Silva, Margaret N. decert 2024-12-23 > hire 2024-12-22",
        middle="Nora", cert_kw=dict(status="inactive", sep="2024-12-13"))
va_case("RL010", "Steven", "Herman", "2023-09-11", "VERIFIED_LEO",
        "A finalized decert after hire", "Herman, Steven T. decert 2024-12-23 after hire",
        middle="Todd", cert_kw=dict(status="inactive", sep="2023-08-25"))
va_case("RL011", "Scott", "Hamilton", "2024-02-05", "MANUAL_REVIEW",
        "A pending (Appeal Pending) decert before hire", f"{R}: pending sheet Hamilton, Scott F. 2023-07-11 <= hire", middle="Franklin")
va_case("RL012", "Tara", "Patel", "2023-10-02", "MANUAL_REVIEW",
        "A pending decert before hire", f"{R}: Patel, Tara 2023-08-15 Appeal Pending")
va_case("RL013", "Jim", "Hill", "2024-09-09", "MANUAL_REVIEW",
        "A pending decert before hire, nickname", f"{R}: Hill, James (pending, blank status) 2024-05-10; Jim is James' nickname (one variation)")
va_case("RL014", "Tammy", "Weber", "2024-06-03", "VERIFIED_LEO",
        "A pending decert after hire", "Weber, Tammy M. 2025-03-27 after hire",
        middle="Marie", cert_kw=dict(status="inactive", sep="2024-05-17"))
va_case("RL015", "Summer", "Glass", "2024-10-07", "VERIFIED_LEO",
        "A pending decert after hire", "Glass, Summer R. 2025-03-21 after hire",
        middle="Rae", cert_kw=dict(status="inactive", sep="2024-09-20"))
va_case("RL016", "Charles", "Landry", "2023-05-01", "MANUAL_REVIEW",
        "A 2020-and-prior decert", f"{R}: Landry, Charles H. 2012-03-14", middle="Henry")
va_case("RL017", "Jennifer", "Wolf", "2022-11-07", "MANUAL_REVIEW",
        "A 2020-and-prior decert", f"{R}: Wolf, Jennifer C. 2012-03-15", middle="Claire")
va_case("RL018", "Kevin", "Middleton", "2023-04-03", "VERIFIED_LEO",
        "A reinstated", "reinstated sheet: action reinstated is not disqualifying", middle="Scott")
va_case("RL019", "Ashlee", "Snyder", "2023-06-05", "VERIFIED_LEO",
        "A reinstated", "reinstated sheet (Snyder, Ashlee F.)", middle="Faith")
va_case("RL020", "Jose", "Ponce", "2023-01-09", "VERIFIED_LEO",
        "A reinstated", "reinstated sheet (Ponce, Jose D.)", middle="Daniel")
va_case("RL021", "Jill", "West", "2022-09-06", "VERIFIED_LEO",
        "A reinstated, suffix in surname 'West II', Decert Date N.A", "reinstated: not disqualifying; N.A date irrelevant for a reinstatement",
        suffix="II")
va_case("RL022", "Paul", "Rice", "2022-10-03", "VERIFIED_LEO",
        "A reinstated, suffix in surname 'Rice IV'", "reinstated sheet", middle="Nathan", suffix="IV")
va_case("RL023", "Carla", "Wilson", "2023-02-06", "MANUAL_REVIEW",
        "A suffix in surname 'Wilson, III' (2020 & prior)", f"{R}: 'Wilson, III', Carla K. 2005-12-08; suffix written into surname",
        middle="Kay", suffix="III", cert_kw=dict(issued="2008-03-03"))
va_case("RL024", "Sabrina", "Ramirez", "2023-02-06", "MANUAL_REVIEW",
        "A suffix in surname 'Ramirez III', hire has none", f"{R}: 'Ramirez III', Sabrina R. 2022-03-21", middle="Rose")
va_case("RL025", "Melissa", "Kidd", "2023-08-07", "MANUAL_REVIEW",
        "A suffix in surname 'Kidd Jr.'", f"{R}: 'Kidd Jr.', Melissa F. 2022-04-21", middle="Faye", suffix="Jr")
va_case("RL026", "Joseph", "Fisher", "2021-06-07", "MANUAL_REVIEW",
        "A suffix in surname 'Fisher, III' (2020 & prior)", f"{R}: 'Fisher, III', Joseph M. 2018-03-12",
        middle="Michael", suffix="III", cert_kw=dict(issued="2010-01-04"))
va_case("RL027", "Kimberly", "Hernandez", "2023-01-09", "MANUAL_REVIEW",
        "A decert date typo '11/02/20217'", f"{R} whose date is unreadable -> undated decert may be hers: review", middle="Nicole")
va_case("RL028", "Sydney", "Simpson", "2022-03-07", "VERIFIED_LEO|MANUAL_REVIEW",
        "A 2020-and-prior row whose STATUS cell is a date and reason says 'Reinstated after 5 Year Request'",
        "decert 2012-03-07 but reinstated 2017-06-15 (status cell is a date); VA cert issued 2018. Verified if read as reinstated, else a lead -> review",
        cert_kw=dict(issued="2018-01-02"))
va_case("RL029", "Susan", "Cherry", "2023-03-06", "MANUAL_REVIEW",
        "A nickname + suffix in surname 'Cherry, Jr.', Jail function", f"{R}: 'Cherry, Jr.', Sue N. 2022-07-29; Sue = Susan", middle="Nicole")
va_case("RL030", "Sherri", "Pope", "2022-06-06", "MANUAL_REVIEW",
        "A jail-officer decert, hire verifies as LEO", f"{R}: Pope, Sherri E. (Jail Officer) 2021-03-23; any decertification of the person counts", middle="Ellen")
va_case("RL031", "Kristin", "McCoy", "2022-10-03", "MANUAL_REVIEW",
        "A case 'Mccoy' vs 'McCoy'", f"{R}: Mccoy, Kristin G. 2022-03-17", middle="Grace")
va_case("RL032", "Sandy", "Peña", "2023-01-09", "MANUAL_REVIEW",
        "A diacritic 'Peña' vs list 'Pena'", f"{R}: Pena, Sandy L. 2020-09-11", middle="Lucia")
va_case("RL033", "Megan", "Hernandez-Ortiz", "2023-06-05", "MANUAL_REVIEW",
        "A hyphenated hire surname vs list 'Hernandez'", f"{R}: Hernandez, Megan K. 2022-02-22; one part of compound surname (one variation)", middle="Kate")
va_case("RL034", "Tracy", "Decker", "2024-11-04", "MANUAL_REVIEW",
        "A pending 'Ineligible' recruit entry before hire", f"{R}: Decker, Tracy F. 2024-08-14 (Law-Enforcement Officer/ RECRUIT)", middle="Faith")
va_case("RL035", "Paula", "Lopez", "2025-01-06", "VERIFIED_LEO",
        "A opposite-sex name form of list entry 'Lopez, Paul W.'", "Paul and Paula are two people (README) -> no lead; verifies", middle="Wren")
va_case("RL036", "Gregory", "Dean", "2023-05-01", "VERIFIED_LEO",
        "A same surname as list (Judy/Lauren/Phyllis/Bradley Dean), other first name", "different first name: not the person")
va_case("RL037", "Judy", "Dean", "2022-02-07", "MANUAL_REVIEW|VERIFIED_LEO",
        "A middle initial conflicts with list (hire M., list N.)", "Dean, Judy N. 2021-01-04; conflicting middle initial on a DOB-less row: lead or not linked",
        middle="Marie")
hire("RL038", "John", "Harrison", "2023-04-03", "RECALL",
     "A decert lead, no certification at all", "no VA certification (VA covered); decert can only make it worse",
     hist=[("Powhatan Sheriff's Office", "Deputy Sheriff", "VA", "2012-01-09", "2021-05-17")])
hire("RL039", "Samantha", "Bishop", "2022-06-06", "REMEDIATED",
     "A decert lead, no certification, basic completed", "not verified; FLETC-BIETP completed",
     middle="Beth", basic=True,
     hist=[("Chesterfield County Police Department", "Police Officer", "VA", "2015-01-05", "2021-12-20")])
hire("RL040", "Jason", "Clark", "2022-09-06", "NOT_APPLICABLE",
     "A decert lead on BASIC track", "full track", middle="Dale", track="BASIC", short_course=False,
     hist=[("Portsmouth Police Department", "Police Officer", "VA", "2014-01-06", "2021-06-30")])
va_case("RL041", "Steven", "Johnson", "2023-02-06", "RECALL",
        "A decert lead + own VA cert separated >3 years", "VA cert separated 2016-01-15, 7 years before hire: fails window whatever the lead",
        cert_kw=dict(status="inactive", issued="2009-06-01", sep="2016-01-15"),
        hist=[("Longwood University Police Department", "Police Officer", "VA", "2009-06-01", "2016-01-15")])
va_case("RL042", "Timothy", "Stewart", "2022-09-06", "RECALL",
        "A decert lead + own VA cert is Jail Officer", "only a corrections certification: not sworn whatever the lead",
        middle="Scott", cert_kw=dict(ctype="Jail Officer", agency="Rappahannock Regional Jail"),
        hist=[("Rappahannock Regional Jail", "Jail Officer", "VA", "2014-07-01", "")])
va_case("RL043", "Kyle", "Morgen", "2022-08-01", "MANUAL_REVIEW",
        "A one-letter surname typo vs list 'Morgan, Kyle'", f"{R}: Morgan, Kyle 2021-09-29; one typo = one variation -> lead")
va_case("RL044", "Audrey", "Stephens", "2021-03-01", "VERIFIED_LEO",
        "A finalized decert after hire", "Stephens, Audrey 2021-05-24 after hire 2021-03-01",
        cert_kw=dict(status="inactive", sep="2021-02-12"))
va_case("RL045", "Kristen", "Hill", "2023-03-06", "VERIFIED_LEO",
        "A reinstated, surname shared with other list entries", "Hill, Kristen F. reinstated; Hill James/Savannah are other first names",
        middle="Fay")
va_case("RL046", "April", "Hernandez", "2022-04-04", "MANUAL_REVIEW",
        "A 2020-and-prior 'Finalized: 5 Yr Appl Denied'", f"{R}: Hernandez, April R. 2019-01-16", middle="Rose")
# contract-format decertifications with full DOB
dob = va_case("RL048", "Orval", "Pettigrew", "2022-03-07", "RECALL",
              "A contract decert (full DOB) before hire", "strong-linked revoked decert 2021-04-01 <= hire: not verified, no basic")
decerts.append(dict(record_id="DC-0001", source="VA", first_name="Orval", last_name="Pettigrew",
                    date_of_birth=dob, action="revoked", action_date="2021-04-01",
                    reason="Untruthfulness"))
dob = va_case("RL049", "Wendell", "Okafor", "2023-01-09", "VERIFIED_LEO",
              "A contract decert (full DOB) after hire", "decert 2024-02-01 after hire",
              cert_kw=dict(status="inactive", sep="2022-12-30"))
decerts.append(dict(record_id="DC-0002", source="VA", first_name="Wendell", last_name="Okafor",
                    date_of_birth=dob, action="revoked", action_date="2024-02-01",
                    reason="Misconduct after separation"))
va_case("RL111", "Ryan", "Ballard", "2023-06-05", "VERIFIED_LEO",
        "A finalized 2024 decert after hire", "Ballard, Ryan T. 2024-01-11 after hire", middle="Thomas",
        cert_kw=dict(status="inactive", sep="2023-05-19"))
va_case("RL112", "Zachary", "York", "2024-05-06", "MANUAL_REVIEW",
        "A 'Finalized/ AH.D.' status before hire", f"{R}: York, Zachary B. 2024-02-14", middle="Blake")
va_case("RL113", "Angel", "Harris", "2024-07-08", "MANUAL_REVIEW",
        "A suffix in surname 'Harris IV'", f"{R}: 'Harris IV', Angel M. 2024-03-28", middle="Miguel", suffix="IV")
va_case("RL114", "Alexander", "Rivera", "2024-06-03", "VERIFIED_LEO",
        "A suffix 'Rivera II', decert after hire", "2024-10-04 after hire", middle="Mateo", suffix="II",
        cert_kw=dict(status="inactive", sep="2024-05-17"))
hire("RL115", "Sabrina", "Brown", "2023-02-06", "RECALL",
     "A 'Brown III' decert lead, no certification", "no VA cert; VA covered", middle="Elena",
     hist=[("Richmond City Police Department", "Police Officer", "VA", "2015-03-02", "2022-01-13")])
va_case("RL116", "Erica", "Baker", "2025-01-06", "MANUAL_REVIEW",
        "A 'Baker Jr.' recruit decert before hire", f"{R}: 'Baker Jr.', Erica E. 2024-10-29", middle="Elise")

# ---------------------------------------------------------------- B: Florida CJSTC export
FLH = lambda s="2014-02-03", e="": [("Hillsborough County Sheriff's Office", "Deputy Sheriff", "FL", s, e)]  # noqa
Y = "FL publishes birth year only: a name+year match is a lead, never proof"


def fl_case(hid, first, last, hire_date, exp, case, why, fl_kw=None, hist=None, **kw):
    dob = hire(hid, first, last, hire_date, exp, case, why, hist=hist or FLH(), **kw)
    k = dict(first=first, last=last, birth_year=yr(dob) if dob else None)
    k.update(fl_kw or {})
    fl_row(k.pop("first"), k.pop("last"), k.pop("birth_year"), **k)
    return dob


fl_case("RL050", "Marcus", "Delacroix", "2023-03-06", "MANUAL_REVIEW", "B FL LE FT active, name+year",
        f"{Y} -> review")
fl_case("RL051", "Tamika", "Ruffin", "2023-04-03", "MANUAL_REVIEW", "B FL LE FT active, upper-case names",
        f"{Y}", fl_kw=dict(sex="F", agency="Tampa Police Department"))
fl_case("RL052", "Brantley", "Oakes", "2023-05-01", "MANUAL_REVIEW", "B FL LE part-time",
        f"{Y}; PT is still a sworn LE employment", middle="Wade", fl_kw=dict(etype="PT", middle="Wade"))
fl_case("RL053", "Colby", "Vandermeer", "2023-06-05", "RECALL", "B FL same name, birth year far off",
        "birth year contradicts DOB: namesake, no link; FL covered so the FL claim is not a gap",
        fl_kw=dict(birth_year=1961))
fl_case("RL054", "Lucinda", "Ashworth", "2023-07-10", "RECALL", "B FL LE separated 2013",
        "even if hers, separated 10 years before hire (>3-year window)",
        fl_kw=dict(start="2005-08-01", sep="2013-03-15", sep_code="Vol", sex="F"),
        hist=FLH("2005-08-01", "2013-03-15"))
fl_case("RL055", "Dorian", "Whitlock", "2023-01-09", "RECALL", "B FL CO class only",
        "even if his, CO (corrections) is not sworn",
        fl_kw=dict(cls="CO", agency="Florida Department of Corrections"),
        hist=[("Florida Department of Corrections", "Correctional Officer", "FL", "2014-02-03", "")])
fl_case("RL056", "Reginald", "Fairbanks", "2023-02-06", "RECALL", "B FL Aux employ_type with LE class",
        "auxiliary officer: reserve/auxiliary does not count, whatever the identity",
        fl_kw=dict(etype="Aux", agency="Orlando Police Department"),
        hist=[("Orlando Police Department", "Auxiliary Police Officer", "FL", "2016-01-04", "")])
fl_case("RL057", "Savannah", "Kettering", "2023-09-05", "RECALL", "B FL LE started 8 months before hire",
        "even if hers, <12 months service", fl_kw=dict(start="2023-01-09", sex="F"),
        hist=FLH("2023-01-09", ""))
dob = fl_case("RL058", "Everett", "Langston", "2023-03-06", "VERIFIED_LEO", "B FL lead + strong FED verification",
              "FED Border Patrol Agent strong link verifies; FL lead is consistent",
              hist=FLH("2008-02-04", "2013-04-26") + [("U.S. Customs and Border Protection", "Border Patrol Agent", "AZ", "2013-05-06", "")],
              fl_kw=dict(start="2008-02-04", sep="2013-04-26", sep_code="Vol"))
fed_cert("Everett", "Langston", dob)
dob = fl_case("RL059", "Priya", "Ramanathan", "2023-04-03", "MANUAL_REVIEW", "B VA verifies, FL name+year row is revoked",
              "README: a qualifying hire still goes to review when a revoked certification may be theirs",
              fl_kw=dict(status="revoked", sep="2012-11-30", sep_code="TWA", start="2009-01-05", sex="F"),
              hist=VA_POLICE("Fairfax County Police Department", "2013-01-07"))
va_cert("RL059", "Priya", "Ramanathan", dob, issued="2013-01-07")
dob = fl_case("RL060", "Gideon", "Pruitt", "2023-04-03", "VERIFIED_LEO", "B VA verifies, FL revoked namesake with other birth year",
              "FL revoked row's birth year contradicts: not him", fl_kw=dict(status="revoked", birth_year=1962,
                                                                             sep="2010-05-01", sep_code="TWA", start="1990-01-08"),
              hist=VA_POLICE("Fairfax County Police Department", "2013-01-07"))
va_cert("RL060", "Gideon", "Pruitt", dob, issued="2013-01-07")
hire("RL061", "Nadine", "Crowder", "2023-05-01", "RECALL", "B FL claim, no FL record",
     "FL registry loaded (coverage), no record: recall", hist=FLH("2015-06-01", ""))
fl_case("RL062", "Rashad", "Pemberton", "2023-01-09", "REMEDIATED", "B FL lead + basic completed",
        "not verified (lead only), FLETC-BIETP completed", basic=True)
fl_case("RL063", "Yolanda", "Briscoe", "2023-01-09", "NOT_APPLICABLE", "B FL lead, BASIC track",
        "full track", track="BASIC", short_course=False, fl_kw=dict(sex="F"))
fl_case("RL064", "William", "Thornbury", "2023-06-05", "MANUAL_REVIEW", "B FL 'BILL' nickname + year",
        f"{Y}; Bill = William (one variation)", fl_kw=dict(first="Bill"))
fl_case("RL065", "Harriet", "Castellano", "2023-06-05", "RECALL", "B FL same surname+year, other first name",
        "GLORIA CASTELLANO is another person; FL covered", fl_kw=dict(first="Gloria", sex="F"))
fl_case("RL066", "Ignatius", "Farley", "2023-03-06", "RECALL|MANUAL_REVIEW", "B FL 'Inst' (instructor) class only",
        "instructor employment is not a sworn LE certification; tool may call the code unrecognised -> review",
        fl_kw=dict(cls="Inst", agency="Hillsborough Community College"),
        hist=[("Hillsborough Community College", "Criminal Justice Instructor", "FL", "2014-02-03", "")])
fl_case("RL067", "Bettina", "Moorcroft", "2023-03-06", "MANUAL_REVIEW", "B FL row with blank birth_year",
        "name-only lead (no birth date at all)", fl_kw=dict(birth_year=None, sex="F"))
fl_case("RL068", "Cornelius", "Tate", "2023-02-06", "MANUAL_REVIEW", "B FL LE separated 2 years before hire",
        f"{Y}; within window, 9 years service", fl_kw=dict(start="2012-01-09", sep="2021-01-29", sep_code="Vol"),
        hist=FLH("2012-01-09", "2021-01-29"))
# blank hire DOB: the FL row has the year we chose
hire("RL069", "Agatha", "Rourke", "2023-03-06", "MANUAL_REVIEW", "B hire DOB blank, FL LE name match",
     "no DOB on the hire: name-only lead", dob="", hist=FLH())
fl_row("Agatha", "Rourke", 1984, sex="F")
dob = hire("RL070", "Montgomery", "Slade", "2023-03-06", "MANUAL_REVIEW", "B FL xlsx file (upper-case headers) LE",
           f"{Y}", hist=FLH())
fl_row("Montgomery", "Slade", yr(dob), target=fl2)
dob = hire("RL071", "Lorena", "Quintanilla", "2023-03-06", "RECALL", "B FL xlsx file CO only",
           "corrections: not sworn", hist=[("Florida Department of Corrections", "Correctional Officer", "FL", "2014-02-03", "")])
fl_row("Lorena", "Quintanilla", yr(dob), cls="CO", sex="F", agency="Florida Department of Corrections", target=fl2)
fl_case("RL072", "Jasper", "Norquist", "2023-03-06", "RECALL", "B FL LE lead whose status is revoked",
        "even if his, a revoked certification cannot verify",
        fl_kw=dict(status="revoked", sep="2022-06-30", sep_code="TWA"),
        hist=FLH("2014-02-03", "2022-06-30"))
fl_case("RL073", "Celeste", "Arbogast-Finch", "2023-03-06", "MANUAL_REVIEW", "B hyphenated hire vs FL 'ARBOGAST'",
        f"{Y}; one part of compound surname", fl_kw=dict(last="Arbogast", sex="F"))
dob = fl_case("RL074", "Horace", "Lindqvist", "2023-03-06", "MANUAL_REVIEW", "B VA Jail Officer strong link + FL LE lead",
              "strong link not sworn; FL sworn lead could verify -> review",
              hist=[("Riverside Regional Jail", "Jail Officer", "VA", "2021-01-04", "")] + FLH("2012-02-06", "2020-12-18"),
              fl_kw=dict(start="2012-02-06", sep="2020-12-18", sep_code="Vol"))
va_cert("RL074", "Horace", "Lindqvist", dob, ctype="Jail Officer", issued="2021-01-04",
        agency="Riverside Regional Jail")

# ---------------------------------------------------------------- C: National Police Index
Z = "NPI publishes birth year only: lead, never proof"
GA = lambda s="2013-08-12", e="": [("Atlanta Police Department", "Police Officer", "GA", s, e)]  # noqa


def npi_case(hid, first, last, hire_date, exp, case, why, npi_kw=None, hist=None, **kw):
    dob = hire(hid, first, last, hire_date, exp, case, why, hist=hist or GA(), **kw)
    k = dict(first=first, last=last, yob=yr(dob) if dob else None)
    k.update(npi_kw or {})
    npi_row(k.pop("first"), k.pop("last"), k.pop("yob"), **k)
    return dob


npi_case("RL075", "Holden", "Spurlock", "2023-03-06", "MANUAL_REVIEW", "C NPI GA police officer active", Z)
npi_case("RL076", "Winifred", "Ashby", "2023-04-03", "MANUAL_REVIEW", "C NPI OR police officer", Z,
         npi_kw=dict(source="OR", agency="Portland Police Bureau"),
         hist=[("Portland Police Bureau", "Police Officer", "OR", "2013-08-12", "")])
npi_case("RL077", "Leopold", "Vance", "2023-03-06", "MANUAL_REVIEW", "C NPI TN deputy separated 2021",
         f"{Z}; within window", npi_kw=dict(source="TN", ctype="Deputy Sheriff", agency="Knox County Sheriff's Office",
                                           end="2021-06-30", reason="Resigned"),
         hist=[("Knox County Sheriff's Office", "Deputy Sheriff", "TN", "2013-08-12", "2021-06-30")])
npi_case("RL078", "Darnell", "Fitzhugh", "2023-05-01", "MANUAL_REVIEW", "C NPI suffix column JR, hire Jr.",
         Z, suffix="Jr.", npi_kw=dict(suffix="JR"))
dob = hire("RL079", "Augustus", "Kimble", "2023-05-01", "RECALL", "C NPI 'SR' namesake born 1958; hire Jr born later",
           "birth year contradicts: father, not the hire; GA covered", suffix="Jr", byear=1986, hist=GA("2012-01-09", ""))
npi_row("Augustus", "Kimble", 1958, suffix="SR", start="1982-03-01", end="2012-12-31", reason="Retired")
npi_case("RL080", "Rosalind", "Merriweather", "2023-06-05", "RECALL", "C NPI separated 2011",
         "even if hers, 12 years before hire", npi_kw=dict(start="2003-01-06", end="2011-04-29", reason="Resigned"),
         hist=GA("2003-01-06", "2011-04-29"))
npi_case("RL081", "Ezekiel", "Dunmore", "2023-06-05", "RECALL", "C NPI corrections officer only",
         "not sworn whatever the identity", npi_kw=dict(ctype="Corrections Officer", agency="Georgia Department of Corrections"),
         hist=[("Georgia Department of Corrections", "Correctional Officer", "GA", "2013-08-12", "")])
npi_case("RL082", "Phoebe", "Galloway", "2023-06-05", "RECALL", "C NPI reserve officer only",
         "reserve does not count", npi_kw=dict(ctype="Reserve Officer", emp_status="Reserve"),
         hist=[("Atlanta Police Department", "Reserve Police Officer", "GA", "2013-08-12", "")])
hire("RL083", "Solomon", "Achterberg", "2023-03-06", "RECALL", "C GA claim, no NPI record",
     "GA covered by NPI rows (source GA); no record", hist=GA("2014-01-06", ""))
hire("RL084", "Beatrix", "Hollander", "2023-03-06", "MANUAL_REVIEW", "C NM claim, no NM registry",
     "sworn job claimed in a state whose registry is not loaded",
     hist=[("Albuquerque Police Department", "Police Officer", "NM", "2015-02-02", "")])
dob = npi_case("RL085", "Ulysses", "Brandt", "2023-03-06", "VERIFIED_LEO", "C NPI lead + FED strong verification",
               "FED record verifies", npi_kw=dict(end="2013-04-26", reason="Resigned", start="2008-01-07"),
               hist=GA("2008-01-07", "2013-04-26") + [("U.S. Customs and Border Protection", "Border Patrol Agent", "TX", "2013-05-06", "")])
fed_cert("Ulysses", "Brandt", dob)
npi_case("RL086", "Margarita", "Solis", "2023-03-06", "REMEDIATED", "C NPI lead + basic completed",
         "not verified, basic completed", basic=True)
npi_case("RL087", "Xiomara", "Garcia-Lopez", "2023-03-06", "MANUAL_REVIEW", "C hyphenated hire vs NPI 'GARCIA'",
         f"{Z}; one part of compound surname", npi_kw=dict(last="Garcia"))
npi_case("RL088", "José", "Núñez", "2023-03-06", "MANUAL_REVIEW", "C diacritics José Núñez vs JOSE NUNEZ",
         Z, npi_kw=dict(first="Jose", last="Nunez"))
npi_case("RL089", "James", "Kilgore", "2023-03-06", "MANUAL_REVIEW", "C middle name used as first (hire James Robert, NPI ROBERT)",
         f"{Z}; one variation", middle="Robert", npi_kw=dict(first="Robert"))
npi_case("RL090", "Octavia", "Rensselaer", "2023-03-06", "RECALL", "C NPI lead with status suspended",
         "even if hers, suspended cannot verify", npi_kw=dict(status="suspended"))
dob = npi_case("RL091", "Tobias", "Wren", "2023-03-06", "MANUAL_REVIEW", "C VA verifies, NPI name+year row revoked",
               "a revoked certification that may be his -> review",
               npi_kw=dict(status="revoked", end="2012-08-31", reason="Terminated", start="2007-01-08"),
               hist=VA_POLICE("Arlington County Police Department", "2013-01-07"))
va_cert("RL091", "Tobias", "Wren", dob, issued="2013-01-07")
npi_case("RL092", "Clementine", "Roarke", "2023-03-06", "RECALL", "C NPI same surname+year, other first name (CLARENCE)",
         "another person; OR covered", npi_kw=dict(first="Clarence", source="OR", agency="Salem Police Department"),
         hist=[("Salem Police Department", "Police Officer", "OR", "2013-08-12", "")])
npi_case("RL093", "Percival", "Oyelaran", "2023-03-06", "NOT_APPLICABLE", "C NPI lead, BASIC track", "full track",
         track="BASIC", short_course=False)
npi_case("RL094", "Henrietta", "Blackwood", "2023-03-06", "MANUAL_REVIEW", "C NPI row with blank year_of_birth",
         "name-only lead", npi_kw=dict(yob=None))

# ---------------------------------------------------------------- D: ordinary contract cases
dob = hire("RL095", "Bartholomew", "Keene", "2023-03-06", "VERIFIED_LEO", "D FED control",
           "FED Border Patrol Agent, strong link",
           hist=[("U.S. Customs and Border Protection", "Border Patrol Agent", "AZ", "2013-05-06", "")])
fed_cert("Bartholomew", "Keene", dob)
dob = hire("RL096", "Cordelia", "Pennington", "2023-03-06", "RECALL", "D VA corrections cert only",
           "not sworn", hist=[("Virginia Department of Corrections", "Correctional Officer", "VA", "2014-07-01", "")])
va_cert("RL096", "Cordelia", "Pennington", dob, ctype="Correctional Officer", agency="Virginia Department of Corrections")
hire("RL097", "Alfonso", "Tremblay", "2023-03-06", "RECALL", "D loan officer, no records", "nothing on record")
hire("RL098", "Greta", "Vollmer", "2023-03-06", "RECALL", "D aspirational resume", "never an officer",
     hist=[("Target", "Store Associate", "VA", "2019-01-07", "")],
     resume="Store associate. I hope to become a police officer.")
hire("RL099", "Lysander", "Pike", "2023-03-06", "NOT_APPLICABLE", "D BASIC, no records", "full track",
     track="BASIC", short_course=False)
dob = hire("RL100", "Imogen", "Carver", "2023-03-06", "NOT_APPLICABLE", "D BASIC with VA cert", "full track",
           track="BASIC", short_course=False, hist=VA_POLICE("Norfolk Police Department"))
va_cert("RL100", "Imogen", "Carver", dob)
hire("RL101", "Fitzgerald", "Mbeki", "2023-03-06", "REMEDIATED", "D no records, basic completed",
     "not verified, basic completed", basic=True)
hire("RL102", "Rosamund", "Ostrowski", "2023-03-06", "MANUAL_REVIEW", "D TX sworn claim, no TX registry",
     "coverage gap", hist=[("Houston Police Department", "Police Officer", "TX", "2014-03-03", "")])
hire("RL103", "Evander", "Quist", "2023-03-06", "RECALL", "D TX sworn claim ended 2010",
     "claim ended before the separation window: not a gap",
     hist=[("Houston Police Department", "Police Officer", "TX", "2004-03-01", "2010-06-30"),
           ("Commonwealth Credit Union", "Loan Officer", "VA", "2010-08-02", "")])
dob = hire("RL104", "Ophelia", "Stroud", "2023-03-06", "RECALL", "D VA namesake with other DOB",
           "different birth date: namesake, no link; VA covered", byear=1990,
           hist=VA_POLICE("Norfolk Police Department", "2014-01-06"))
va_cert("RL104", "Ophelia", "Stroud", "1966-04-17")
dob = hire("RL105", "Barnaby", "Whitfield", "2023-03-06", "RECALL", "D VA strong link revoked",
           "revoked certification", hist=VA_POLICE("Norfolk Police Department", "2014-01-06", "2021-08-31"))
va_cert("RL105", "Barnaby", "Whitfield", dob, status="revoked", sep="2021-08-31")
dob = hire("RL106", "Leontyne", "Askew", "2023-08-07", "RECALL", "D VA cert 7 months before hire",
           "<12 months service", hist=VA_POLICE("Norfolk Police Department", "2023-01-03"))
va_cert("RL106", "Leontyne", "Askew", dob, issued="2023-01-03")
dob = hire("RL107", "Casimir", "Dobrev", "2023-03-06", "VERIFIED_LEO", "D short track by course code only, VA verifies",
           "screening BASIC but ERO-LEO-VIRT taken; VA verifies", track="BASIC", short_course=True,
           hist=VA_POLICE("Norfolk Police Department"))
va_cert("RL107", "Casimir", "Dobrev", dob)
hire("RL108", "Perpetua", "Lamb", "2023-03-06", "RECALL", "D short track by course code only, no records",
     "short track, nothing on record", track="BASIC", short_course=True)
dob = hire("RL109", "Thelonius", "Marchetti", "2023-03-06", "VERIFIED_LEO", "D VA separated 2y11m before hire",
           "within 3-year window", hist=VA_POLICE("Norfolk Police Department", "2012-01-09", "2020-04-10"))
va_cert("RL109", "Thelonius", "Marchetti", dob, status="inactive", issued="2012-01-09", sep="2020-04-10")

# ---------------------------------------------------------------- filler registry people
FIRST = ["Alden", "Bronwyn", "Cyrus", "Delphine", "Emrys", "Florian", "Gwendolyn", "Hollis",
         "Isadora", "Jethro", "Kerensa", "Lucius", "Mireille", "Nikolai", "Odalys", "Porfirio",
         "Quentin", "Rosalba", "Sebastiano", "Tindra", "Ulrika", "Valentin", "Wilhelmina",
         "Xander", "Yesenia", "Zebulon"]
LAST = ["Abernathy", "Bexley", "Cartwright", "Dunleavy", "Eberhardt", "Fairclough", "Gillespie",
        "Hargreave", "Isherwood", "Jessop", "Kavanagh", "Lockhart", "Maitland", "Northcott",
        "Oglethorpe", "Pendleton", "Quarles", "Radcliffe", "Sherwood", "Thistlewood", "Underhill",
        "Vickery", "Wakefield", "Yardley", "Zellweger"]
for i in range(160):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d = dt.date(rng.randint(1950, 1966), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
    va_cert(None, f, l, d, issued=f"{rng.randint(1975, 1995)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            status=rng.choice(["active", "inactive"]),
            ctype=rng.choice(["Law Enforcement Officer", "Jail Officer", "Law Enforcement Officer"]))
for i in range(60):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    fl_row(f, l, rng.randint(1950, 1966), cls=rng.choice(["LE", "CO", "LE"]),
           start=f"{rng.randint(1978, 1995)}-0{rng.randint(1, 9)}-0{rng.randint(1, 9)}",
           target=fl if i % 3 else fl2)
for i in range(60):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    npi_row(f, l, rng.randint(1950, 1966), source=rng.choice(["GA", "OR", "TN"]),
            start=f"{rng.randint(1978, 1995)}-0{rng.randint(1, 9)}-0{rng.randint(1, 9)}")


# ---------------------------------------------------------------- write
def write_csv(path, rows, cols=None, encoding="utf-8"):
    cols = cols or list(rows[0].keys())
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)


FL_COLS = ["employment_nbr", "person_nbr", "agcy_nbr", "employ_type", "employ_class",
           "employ_start_date", "separation_date", "separation_code", "last_name", "first_name",
           "middle_name", "sex_code", "race_code", "birth_year", "agcy_name"]
NPI_COLS = ["person_nbr", "first_name", "middle_name", "last_name", "suffix", "agency_name",
            "start_date", "end_date", "separation_reason", "employment_status",
            "employment_change", "race", "sex", "year_of_birth"]


def fl_us(rows):
    out = []
    for r in rows:
        r = dict(r)
        r["employ_start_date"] = us(r["employ_start_date"])
        r["separation_date"] = us(r["separation_date"])
        out.append(r)
    return out


def write_fl_xlsx(path, rows, cols):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Employment"
    ws.append([c.upper() for c in cols])
    for r in rows:
        vals = []
        for c in cols:
            v = r.get(c, "")
            if c in ("employ_start_date", "separation_date") and v:
                v = dt.datetime.fromisoformat(v)
            vals.append(v if v != "" else None)
        ws.append(vals)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, dt.datetime):
                cell.number_format = "mm/dd/yyyy"
    fixed = dt.datetime(2025, 4, 30, 12, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.save(path)
    # openpyxl stamps the save time into docProps/core.xml: rewrite the zip with fixed
    # metadata and entry times so the file is byte-identical between runs
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    import re as _re
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = _re.sub(rb"<dcterms:modified([^>]*)>[^<]*<",
                               rb"<dcterms:modified\1>2025-04-30T12:00:00Z<", data)
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 30, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name in ("make.py", "expected_before_run.csv", "expected.csv", "README.md"):
            continue
        if os.path.isdir(p):
            shutil.rmtree(p)
        else:
            os.remove(p)
    write_csv(os.path.join(HERE, "hires.csv"), hires)
    write_csv(os.path.join(HERE, "training.csv"), training)
    write_csv(os.path.join(HERE, "employment_history.csv"), history)
    write_csv(os.path.join(HERE, "certifications_va.csv"), va)
    write_csv(os.path.join(HERE, "certifications_fed.csv"), fed)
    write_csv(os.path.join(HERE, "certifications_fl.csv"), fl_us(fl), FL_COLS + ["source", "status"])
    write_fl_xlsx(os.path.join(HERE, "certifications_fl_2.xlsx"), fl2, FL_COLS + ["source", "status"])
    write_csv(os.path.join(HERE, "certifications_npi.csv"), npi,
              NPI_COLS + ["source", "certification_type", "status", "issued_date", "separation_date"])
    write_csv(os.path.join(HERE, "decertifications.csv"), decerts)
    shutil.copyfile(REAL_VA, os.path.join(HERE, "decertifications_va.xlsx"))
    write_csv(os.path.join(HERE, "expected_cases.csv"), expected)

    # ------------------------------------------------------------ bad/ probes
    base_h = [h for h in hires if h["hire_id"] in ("RL050", "RL001")]
    base_t = [t for t in training if t["hire_id"] in ("RL050", "RL001")]
    probes = {}
    probes["fl_native_no_source_no_status"] = ("certifications_fl.csv", fl_us(fl[:5]), FL_COLS,
        "exit 2; certifications_fl.csv lacks required columns source and status (file, column named)")
    probes["fl_no_status"] = ("certifications_fl.csv", fl_us(fl[:5]), FL_COLS + ["source"],
        "exit 2; certifications_fl.csv: missing column status")
    probes["fl_no_source"] = ("certifications_fl.csv", fl_us(fl[:5]), FL_COLS + ["status"],
        "exit 2; certifications_fl.csv: missing column source")
    blank = fl_us(fl[:5])
    blank[2] = dict(blank[2], source="")
    probes["fl_blank_source_row4"] = ("certifications_fl.csv", blank, FL_COLS + ["source", "status"],
        "exit 2; certifications_fl.csv row 4 (3rd data row), column source blank (a key)")
    probes["npi_native"] = ("certifications_npi.csv", npi[:5], NPI_COLS,
        "exit 2; certifications_npi.csv lacks source, certification_type, status, issued_date, separation_date")
    badyear = fl_us(fl[:5])
    badyear[1] = dict(badyear[1], birth_year="19x4")
    probes["fl_bad_birth_year_row3"] = ("certifications_fl.csv", badyear, FL_COLS + ["source", "status"],
        "exit 2; certifications_fl.csv row 3, column birth_year/date_of_birth: '19x4' not a year/date")
    blank_rid = fl_us(fl[:5])
    blank_rid[0] = dict(blank_rid[0], person_nbr="")
    probes["fl_blank_person_nbr_row2"] = ("certifications_fl.csv", blank_rid, FL_COLS + ["source", "status"],
        "exit 2; certifications_fl.csv row 2, column person_nbr (record_id) blank (a key)")
    probes["decert_no_action_date"] = ("decertifications.csv", decerts,
        ["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "reason"],
        "exit 2; decertifications.csv missing column action_date")
    gist = []
    for name, (fname, rows, cols, g) in probes.items():
        d = os.path.join(HERE, "bad", name)
        os.makedirs(d)
        write_csv(os.path.join(d, "hires.csv"), base_h)
        write_csv(os.path.join(d, "training.csv"), base_t)
        write_csv(os.path.join(d, fname), rows, cols)
        gist.append(dict(probe=name, expected=g))
    write_csv(os.path.join(HERE, "bad", "expected_errors.csv"), gist)

    # ------------------------------------------------------------ probe/ (must load)
    d = os.path.join(HERE, "probe", "fl_person_two_employments")
    os.makedirs(d)
    ph = [h for h in hires if h["hire_id"] in ("RL050", "RL055")]
    write_csv(os.path.join(d, "hires.csv"), ph)
    write_csv(os.path.join(d, "training.csv"), [t for t in training if t["hire_id"] in ("RL050", "RL055")])
    two = fl_us([r for r in fl if r["last_name"] in ("DELACROIX", "WHITLOCK")])
    # Whitlock's person also has an earlier LE employment, same person_nbr (real exports repeat it)
    w = [r for r in two if r["last_name"] == "WHITLOCK"][0]
    two.append(dict(w, employment_nbr="799999", employ_class="LE", employ_start_date="01/06/2003",
                    separation_date="12/31/2008", separation_code="Vol", status="inactive",
                    agcy_name="Tampa Police Department"))
    write_csv(os.path.join(d, "certifications_fl.csv"), two, FL_COLS + ["source", "status"])
    write_csv(os.path.join(HERE, "probe", "expected.csv"), [
        dict(probe="fl_person_two_employments", hire_id="RL050", expected="MANUAL_REVIEW",
             why="loads; year-only LE lead"),
        dict(probe="fl_person_two_employments", hire_id="RL055", expected="RECALL",
             why="loads (person_nbr repeated across employments); CO current, LE ended 2008 (>3y): cannot verify")])

    # ------------------------------------------------------------ probe/decert_typos_no_dob
    # Written after the first run, to characterise RL043: one keying slip in the first name or
    # surname against the DOB-less DCJS list (X1-X5), and against a full-DOB contract decert
    # (X6, X7) for contrast. Each hire has a clean, strong VA certification.
    d = os.path.join(HERE, "probe", "decert_typos_no_dob")
    os.makedirs(d)
    shutil.copyfile(REAL_VA, os.path.join(d, "decertifications_va.xlsx"))
    xs = [("X1", "Debora", "Harding", "1980-02-11", "MANUAL_REVIEW", "list: Harding, Deborah 2021"),
          ("X2", "Deborah", "Hardin", "1981-03-12", "MANUAL_REVIEW", "list: Harding, Deborah 2021"),
          ("X3", "Deborah", "Harding", "1982-04-13", "MANUAL_REVIEW", "exact control"),
          ("X4", "Scot", "Hamilton", "1983-05-14", "MANUAL_REVIEW", "list: Hamilton, Scott F. 2023"),
          ("X5", "Tara", "Patell", "1984-06-15", "MANUAL_REVIEW", "list: Patel, Tara 2023"),
          ("X6", "Orvall", "Pettigrew", "1985-07-16", "RECALL", "contract decert, full DOB, first-name typo"),
          ("X7", "Orval", "Petigrew", "1986-08-17", "RECALL", "contract decert, full DOB, surname typo")]
    ph, pt, pv, pe = [], [], [], []
    for i, (h, f, l, b, e, why) in enumerate(xs):
        ph.append(dict(hire_id=h, first_name=f, middle_name="", last_name=l, suffix="",
                       date_of_birth=b, hire_date="2023-06-05", position_title="Deportation Officer",
                       job_series="1801", field_office="Richmond", screening_track="LEO",
                       screening_basis="keyword:officer", resume_text=""))
        pt.append(dict(hire_id=h, course_code="ERO-LEO-VIRT", course_title="ERO LEO Virtual Transition",
                       delivery="online", start_date="2023-06-12", end_date="2023-07-10",
                       status="completed"))
        pv.append(dict(record_id=f"V{i}", source="VA", first_name=f, middle_name="", last_name=l,
                       date_of_birth=b, certification_type="Law Enforcement Officer", status="active",
                       issued_date="2014-01-06", separation_date="", agency="Richmond Police Department"))
        pe.append(dict(probe="decert_typos_no_dob", hire_id=h, expected=e, why=why))
    write_csv(os.path.join(d, "hires.csv"), ph)
    write_csv(os.path.join(d, "training.csv"), pt)
    write_csv(os.path.join(d, "certifications_va.csv"), pv)
    write_csv(os.path.join(d, "decertifications.csv"), [
        dict(record_id="D1", source="VA", first_name="Orval", last_name="Pettigrew",
             date_of_birth="1985-07-16", action="revoked", action_date="2021-01-04", reason="x"),
        dict(record_id="D2", source="VA", first_name="Orval", last_name="Pettigrew",
             date_of_birth="1986-08-17", action="revoked", action_date="2021-01-04", reason="x")])
    with open(os.path.join(HERE, "probe", "expected.csv"), "a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["probe", "hire_id", "expected", "why"])
        w.writerows(pe)


if __name__ == "__main__":
    main()
