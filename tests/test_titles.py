"""Title and certification-type categories: the screener's keyword, done properly."""

from __future__ import annotations

import random
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import audit.titles as titles
from audit.contract import TITLE_CATEGORIES
from audit.places import sworn_jobs
from audit.resume import COLUMNS as RESUME_COLUMNS
from audit.resume import ResumeReader, claims_from_resume
from audit.titles import REGISTRY_CONTEXT, TitleClassifier, classify_table

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="module")
def classifier(policy) -> TitleClassifier:
    return TitleClassifier(policy.titles)


@pytest.mark.parametrize(
    ("title", "employer", "category"),
    [
        ("Police Officer", "", "sworn_leo"),
        ("Law Enforcment Officer", "", "sworn_leo"),
        ("Law-Enforcement & Jail Officer", "", "sworn_leo"),
        ("Dep. Sheriff", "", "sworn_leo"),
        ("Officer, Police", "", "sworn_leo"),
        ("Lieutenant, Sheriff's Office", "", "sworn_leo"),
        ("Officer", "Springfield Police Department", "sworn_leo"),
        ("Officer", "First National Bank", "other_officer"),
        ("Special Agent", "Federal Bureau of Investigation", "sworn_leo"),
        ("Special Agent", "State Farm Insurance", "other_officer"),
        ("Officer", "", "unknown"),
        ("Loan Officer", "", "other_officer"),
        ("Safety Officer", "", "other_officer"),
        ("Information Security Officer", "", "other_officer"),
        ("Correctional Officer", "", "corrections_detention"),
        ("Correctional Peace Officer", "", "corrections_detention"),
        ("Jail Officer/Inmate Security", "", "corrections_detention"),
        ("Probation Officer", "", "probation_parole"),
        ("Reserve Peace Officer", "", "reserve_auxiliary"),
        ("Telecommunicator", "", "dispatch"),
        ("Telecommunications Officer", "", "dispatch"),
        # a county's sheriff's office initials right after "Co."; SD is a school district
        # there as often as a sheriff's department, and alone South Dakota
        ("Sergeant, Pima Co. SO", "", "sworn_leo"),
        ("Sergeant", "Pima Co. SO", "sworn_leo"),
        ("Deputy", "Maricopa County SO", "sworn_leo"),
        ("Investigator", "Jefferson County SD", "unknown"),
        ("Officer", "Minnehaha County, SD", "unknown"),
        ("Private Security Officer", "", "security_private"),
        ("Petty Officer", "US Navy", "military"),
        ("I hope to become an ICE officer", "", "aspirational"),
    ],
)
def test_categories(classifier, title, employer, category):
    assert classifier.classify_one(title, employer) == category


def test_registry_context_resolves_bare_roles(classifier):
    got = classifier.classify(pd.Series(["Special Agent", "Jailer"]), context=REGISTRY_CONTEXT)
    assert got.tolist() == ["sworn_leo", "corrections_detention"]


def test_federal_employers(classifier):
    got = classifier.is_federal(pd.Series(["U.S. Border Patrol", "Austin Police Dept", None]))
    assert got.tolist() == [True, False, False]
    federal = [
        "Park Ranger (Law Enforcement), National Park Service, Grand Canyon National Park",
        "Police Officer (GS-0083-06), VA Police Service, Durham VA Medical Center",
    ]
    # VA is Virginia too, and a state's forest service is the state's
    state = [
        "Virginia Beach Police Department, VA - Police Officer, 2012 to 2017",
        "Law Enforcement Officer, Texas A&M Forest Service, Lufkin, TX, 2016-2023",
    ]
    got = classifier.is_federal(pd.Series(federal + state)).tolist()
    assert got == [True, True, False, False]


CONTRACT_CATEGORIES = set(TITLE_CATEGORIES)


def test_taxonomy_has_exactly_the_contract_categories(policy):
    # unknown may hold phrases of its own (law enforcement without full powers)
    names = set(policy.titles["categories"]) - {"generic"}
    assert names - {"unknown"} == CONTRACT_CATEGORIES - {"unknown"}
    assert names <= CONTRACT_CATEGORIES


@pytest.mark.parametrize(
    ("title", "category"),
    [
        # Registry certification types (context: a law-enforcement registry).
        ("Peace Officer", "sworn_leo"),
        ("Basic Peace Officer", "sworn_leo"),
        ("Special Agent", "sworn_leo"),
        ("Officer", "sworn_leo"),
        ("Jailer", "corrections_detention"),
        ("Telecommunicator", "dispatch"),
        ("Reserve Peace Officer", "reserve_auxiliary"),
        ("Deputy Sheriff - Detention", "corrections_detention"),
        ("Deputy Sheriff (Jailer)", "corrections_detention"),
        ("Law Enforcement Officer/ Jail Officer", "sworn_leo"),
        ("Police Academy Recruit", "aspirational"),
        ("School Marshal", "other_officer"),
        # without full powers: neither sworn nor anything else, so a link goes to review
        ("Limited Authority Washington Peace Officer", "unknown"),
        ("Specialty Peace Officer", "unknown"),
    ],
)
def test_registry_certification_types(classifier, title, category):
    assert classifier.classify_one(title, context=REGISTRY_CONTEXT) == category


@pytest.mark.parametrize(
    ("title", "employer", "category"),
    [
        ("Federal Reserve Police Officer", "", "sworn_leo"),
        ("Reserve Deputy", "", "reserve_auxiliary"),
        ("Navy Reservist", "", "military"),
        ("Army Reserve Officer", "", "military"),
        ("Volunteer Coordinator", "", "unknown"),
        ("Probation and Parole Officer", "", "probation_parole"),
        ("School Resource Officer", "", "sworn_leo"),
        ("Code Enforcement Officer", "", "other_officer"),
        ("Animal Control Officer", "", "other_officer"),
        ("Parking Enforcement Officer", "", "other_officer"),
        ("Loss Prevention Agent", "", "security_private"),
        ("Bail Enforcement Agent", "", "security_private"),
        ("Customs and Border Protection Officer", "", "sworn_leo"),
        ("Immigration Enforcement Agent", "", "sworn_leo"),
        ("Deportation Officer", "", "sworn_leo"),
        ("Military Police", "", "military"),
        ("Detention Enforcement Officer", "", "corrections_detention"),
        ("County Correctional Police Officer", "", "corrections_detention"),
        ("Class Two Special Law Enforcement Officer", "", "reserve_auxiliary"),
        # From the blind-labelled set (tests/data/titles_blind): fields of study, job-board
        # banners, reserve units as employers, marshals, unit roles, abbreviations.
        ("Criminal Justice Major", "", "other_officer"),
        ("Open to Work: Police Officer", "", "aspirational"),
        ("Officer", "Austin Police Reserve", "reserve_auxiliary"),
        ("City Marshal", "", "sworn_leo"),
        ("SWAT Operator", "Denver Police Department", "sworn_leo"),
        ("Det.", "LAPD", "sworn_leo"),
        ("Ordinance Enforcement Officer", "", "other_officer"),
        ("Senior Officer Specialist", "Federal Bureau of Prisons", "corrections_detention"),
        ("CEO", "", "other_officer"),
        ("National Guardsman", "", "military"),
        # Abbreviations, word order, ranks, misspellings.
        ("Ptl.", "", "sworn_leo"),
        ("Tpr.", "", "sworn_leo"),
        ("LEO", "", "sworn_leo"),
        ("CO", "", "corrections_detention"),
        ("Sgt.", "", "unknown"),
        ("SA, FBI", "", "sworn_leo"),
        ("Agent, Special", "", "unknown"),
        ("Sheriff, Deputy", "", "sworn_leo"),
        ("Captain, Fire Department", "", "other_officer"),
        ("Polcie Officer", "", "sworn_leo"),
        ("Deputy Sherrif", "", "sworn_leo"),
        ("Policy Analyst", "", "other_officer"),
        # Setting words decide only when nothing else names the role.
        ("Dispatcher, State Police", "", "dispatch"),
        ("Police Records Clerk", "", "other_officer"),
        ("Police Fleet Mechanic", "", "unknown"),
        ("Robbery Detective", "", "sworn_leo"),
        ("Homicide Survivor Advocate", "", "unknown"),
        # A bare role with a non-police specialisation; ambiguous ones stay unknown.
        ("Ethics Officer", "", "other_officer"),
        ("Help Desk Agent", "", "other_officer"),
        ("Court Officer", "", "unknown"),
        ("Marshal", "", "unknown"),
        # The employer decides bare roles and re-labels some titles.
        ("Deputy", "Harris County Sheriff's Office", "sworn_leo"),
        ("Deputy", "Travis County Clerk", "other_officer"),
        ("Special Agent", "Northwestern Mutual", "other_officer"),
        ("Patrol Officer", "Allied Universal Security Services", "security_private"),
        ("Executive Officer", "U.S. Navy", "military"),
        ("Loan Officer", "Navy Federal Credit Union", "other_officer"),
        ("Security Guard", "Department of the Navy", "security_private"),
        ("Officer", "Department of Homeland Security", "unknown"),
        # TSA employs screeners and Federal Air Marshals: the title decides.
        ("Federal Air Marshal", "Transportation Security Administration", "sworn_leo"),
        ("Transportation Security Officer", "TSA", "security_private"),
        ("TSA Screener", "", "security_private"),
        # Aspiration only counts when it names a law-enforcement job.
        ("Seeking a career in law enforcement", "", "aspirational"),
        ("I hope to become a nurse", "", "other_officer"),
    ],
)
def test_more_categories(classifier, title, employer, category):
    assert classifier.classify_one(title, employer) == category


def test_classify_never_returns_generic_and_works_per_distinct_pair(policy):
    clf = TitleClassifier(policy.titles)
    titles = pd.Series(["Officer", "Officer", "Deputy", None, "Police Officer"] * 200)
    employers = pd.Series(["", "First National Bank", None, "", "Springfield PD"] * 200)
    got = clf.classify(titles, employers)
    assert "generic" not in set(got)
    assert got.index.equals(titles.index)
    assert got.iloc[:5].tolist() == [
        "unknown",
        "other_officer",
        "unknown",
        "unknown",
        "sworn_leo",
    ]
    assert len(clf._cache) <= 5


def test_classify_table_adds_category_and_counts_as_sworn(policy):
    table = pd.DataFrame(
        {
            "title": ["Police Officer", "Loan Officer", "Officer", "Correctional Officer"],
            "employer": ["", "", "", ""],
        }
    )
    out = classify_table(table, policy.titles, policy.sworn_categories)
    assert out["category"].tolist() == [
        "sworn_leo",
        "other_officer",
        "unknown",
        "corrections_detention",
    ]
    assert out["counts_as_sworn"].tolist() == ["yes", "no", "unknown", "no"]


# -- resume free text ------------------------------------------------------------------


@pytest.fixture(scope="module")
def resumes(policy) -> pd.DataFrame:
    texts = pd.Series(
        {
            "sworn": "Police Officer at Springfield Police Department 2015-2020; Bilingual.",
            "decoy": "Loan Officer at Wells Fargo 2015-2019. I hope to become an ICE officer.",
            "veteran": "U.S. Army veteran. My goal is to become a federal law enforcement officer.",
            "security": "Security Officer, Allied Universal (2018-2022); worked with local police.",
            "jailer": "2016-2023: correctional officer, State Department of Corrections.",
            "mention": "Trained new police officers in first aid as EMT, American Medical Response",
            "married": "Married to a police officer. Retail Sales Associate at Target.",
            "agent": "Special Agent, U.S. Secret Service (2013-2022). B.S. Criminal Justice",
            "teacher": "Teacher, Chicago Public Schools (2020-2024)",
            "empty": "",
            "missing": None,
            "again": "Loan Officer at Wells Fargo 2015-2019. I hope to become an ICE officer.",
        }
    )
    return claims_from_resume(texts, policy.titles, policy.sworn_categories)


def test_resume_columns_and_index(resumes):
    assert list(resumes.columns) == list(RESUME_COLUMNS)
    assert resumes.index[0] == "sworn" and len(resumes) == 12


def test_resume_sworn_service_is_a_claim(resumes):
    assert resumes.loc["sworn", "sworn_claimed"]
    assert resumes.loc["agent", "sworn_claimed"]
    assert resumes.loc["sworn", "reason_code"] is pd.NA
    assert "Police Officer" in resumes.loc["sworn", "sworn_text"]


def test_resume_aspiration_is_not_service(resumes):
    row = resumes.loc["decoy"]
    assert not row["sworn_claimed"] and row["aspirational"] and row["aspirational_only"]
    assert row["reason_codes"] == "ASPIRATIONAL_ONLY;PRIOR_TITLE_OTHER_OFFICER"
    assert resumes.loc["veteran", "reason_codes"] == "ASPIRATIONAL_ONLY;PRIOR_TITLE_MILITARY"
    assert resumes.loc["again"].equals(row)  # one reading per distinct text


def test_resume_non_sworn_jobs_give_prior_title_codes(resumes):
    assert resumes.loc["security", "reason_code"] == "PRIOR_TITLE_SECURITY_PRIVATE"
    assert not resumes.loc["security", "mention_only"]  # a claimed LE-adjacent job
    assert resumes.loc["jailer", "top_non_sworn"] == "corrections_detention"
    assert resumes.loc["jailer", "reason_code"] == "PRIOR_TITLE_CORRECTIONS_DETENTION"


def test_resume_mentions_are_not_claims(resumes):
    assert resumes.loc["mention", "mention_only"]
    assert not resumes.loc["mention", "sworn_claimed"]
    assert resumes.loc["mention", "reason_code"] == "LE_MENTION_ONLY"
    married = resumes.loc["married"]
    assert married["mention_only"] and not married["sworn_claimed"]


def test_resume_plain_jobs_and_blanks_explain_nothing(resumes):
    assert resumes.loc["teacher", "reason_codes"] == ""
    for key in ("empty", "missing"):
        row = resumes.loc[key]
        assert row["categories"] == "" and not row["sworn_claimed"]
        assert row["reason_code"] is pd.NA


@pytest.fixture(scope="module")
def reader(policy) -> ResumeReader:
    return ResumeReader(policy.titles, policy.sworn_categories)


@pytest.mark.parametrize(
    ("clause", "blanked"),
    [
        ("Patrol Officer, Austin PD (2015-2020)", "Patrol Officer, Austin PD (0000-0000)"),
        ("2013-2019: K-9 handler", "0000-0000: K-9 handler"),
        ("911 dispatcher since 2010", "911 dispatcher since 0000"),
        ("Agent at Century 21, 2004", "Agent at Century 21, 0000"),
        ("Officer II 2003.5 v2003 2003's ‘2003 12th", "Officer II 2003.5 v2003 2003's ‘2003 12th"),
    ],
)
def test_resume_blanks_only_numbers_the_rules_do_not_name(reader, clause, blanked):
    assert reader._blank_numbers(clause) == blanked


_PROSE = st.sampled_from(
    [
        "Police", "Officer", "officers", "new", "Loan", "K", "9", "K-9", "911", "Century",
        "21", "II", "3", "Sheriff's", "Dept.", "at", "with", "worked", "hope", "to", "become",
        "2003", "1999-2004", "2003.", "(2010)", "’07", "Army", "U.S.", "Jailer", "Agent",
        "Special", "Safety", "—", "-", ",", ";", ":", "2003's", "12th", "é2003",
    ]
)  # fmt: skip


@given(st.lists(_PROSE, min_size=1, max_size=12), st.sampled_from([" ", "", ", "]))
@settings(max_examples=300, deadline=None)
def test_resume_clause_reads_alike_with_numbers_blanked(reader, words, sep):
    """A clause's reading is cached under its blanked numbers, so both must read alike."""
    clause = sep.join(words)
    blanked = reader._blank_numbers(clause)
    assert len(blanked) == len(clause)
    assert list(reader._clause_events(blanked)) == list(reader._clause_events(clause))


# -- sworn jobs claimed in a resume: where and until when ------------------------------------


@pytest.mark.parametrize(
    ("clause", "state", "last_year"),
    [
        ("Patrol officer, Reno Police Department, 2016-2023", "NV", 2023),
        ("Patrol officer, Police Department, 2016-2023", None, 2023),
        ("Police Officer, Reno, NV (2015-present)", "NV", None),
        ("Officer (Idaho) 2012-2014", "ID", 2014),
        ("Trooper, Nevada Highway Patrol", "NV", None),
        ("Police Officer, New York City Police Department, 2015 to present", "NY", None),
        # a county or city named after a state is not that state
        ("Deputy Sheriff, Washington County Sheriff's Office, 2010-2018", None, 2018),
        ("Police Officer, Kansas City PD", None, None),
        # capitals that are words or acronyms are not postal codes; two states are no state
        ("Police Officer OR Deputy, LAPD", None, None),
        ("Deputy, Texas and Oklahoma, 2010", None, 2010),
    ],
)
def test_sworn_jobs_read_the_state_and_last_year(clause, state, last_year):
    jobs = sworn_jobs(pd.Series([clause], index=[7]))
    assert jobs.index.tolist() == [7]
    row = jobs.iloc[0]
    assert (None if pd.isna(row["state"]) else row["state"]) == state
    assert (None if pd.isna(row["last_year"]) else int(row["last_year"])) == last_year


@pytest.mark.parametrize(
    ("clause", "state"),
    [
        # a school or a home state is not where the job was
        ("Patrol Officer, Reno PD, 2017-2023, after a BA at the University of Texas", "NV"),
        ("Police officer in Reno (moved from Texas in 2016), 2016-2023", None),
        ("Texas State University police officer 2019-2023", "TX"),  # its own police
        ("Police officer, Austin, Texas, 2015-2021", "TX"),
        # an agency known by its initials names its state
        ("CHP officer 2017-2022", "CA"),
        ("NYPD police officer 2014-2022", "NY"),
        ("VSP trooper 2016-2022", None),  # Virginia's or Vermont's State Police
        # a city's police named without the state: the city places it when its name
        # points to one state (Portland is Oregon's and Maine's)
        ("Police Officer, Austin Police Department, 2015-2020", "TX"),
        ("Officer, City of Las Vegas Metropolitan Police", "NV"),
        ("Deputy, St. Louis Sheriff's Office", "MO"),
        ("Officer, Ft. Worth PD", "TX"),
        ("Officer, Portland Police Department, 2015-2020", None),
        ("Officer, Portland Police Bureau, 2015-2020", "OR"),  # Oregon's alone is a Bureau
        ("Officer, Springfield PD", None),
        ("Officer, Washington D.C. Metropolitan Police", "DC"),
        ("Officer, Washington Metropolitan Police Department", None),
        ("Trooper, Washington State Patrol", "WA"),
        ("Officer, Washington, D. C.", "DC"),
        ("Deputy, Arlington, Virginia, D.C. area", "VA"),
        # every sign of a place counts, and signs that disagree place nothing
        ("Officer, LAPD, later deputy in King County, WA", None),
        ("Deputy, LA County Sheriff's Department", None),  # "L.A." is no Louisiana
        ("Former Texas resident, Police Officer, Springfield PD", None),
        ("Police Officer, Nevada, MO Police Department", "MO"),  # a town named after a state
        ("Trooper, Okla. Highway Patrol", "OK"),
        ("Patrol Officer, Metropolitan Police Dept, Wash. D.C.", "DC"),
        ("police officer - nypd - 2009 to 2015", "NY"),
        ("New Mexico State Police, Patrolman", "NM"),
        ("Patrol Officer, Tbilisi, Georgia", None),
        # a county only one state has, or a parish
        ("Deputy Sheriff, Maricopa County Sheriff's Office, 2012-2018", "AZ"),
        ("Deputy, Jefferson Parish Sheriff", "LA"),
        ("Deputy, Washington County Sheriff", None),  # thirty states have one
        ("Deputy, Harris County Sheriff's Office", None),  # Georgia's or Texas'
        # a state university's own police
        ("Police Officer, University of Texas Police Department, 2015-2020", "TX"),
        ("Officer, Michigan State University Police", "MI"),
        # a city abroad is not the US city of its name
        ("Police Constable, Vancouver Police Department, Vancouver, BC, 2015-2022", None),
        ("Constable, Hamilton Police Service, Ontario", None),
        ("Officer, Melbourne Police, Australia", None),
        # a postal code without a comma, after a place that state has (heldout_gen5)
        ("Deputy Sheriff, Harris County SO, Houston TX 2021-2024", "TX"),
        ("Deputy Sheriff, Jacksonville Sheriff's Office, Jacksonville FL 2016-2020", "FL"),
        ("Patrol Officer Portland OR 2015-2019", "OR"),
        ("Army MP 2005-2009, then Military Police Officer", None),  # no place called Army
        ("Deputy Sheriff CO 2012", None),
        ("Officer, Salem OR, then Boise ID", None),
        ("NY State Trooper 2012-2020", "NY"),
        # an agency no city or county places, named in full or by its initials
        ("Jacksonville Sheriff's Office, patrol officer 2012-2019", "FL"),
        ("Officer, Charlotte-Mecklenburg Police Department", "NC"),
        ("NOPD officer 2006-2011", "LA"),
        ("Deputy, Jacksonville Sheriff, Jacksonville, NC", None),  # signs disagree
        # a bare code is a name's, Los Angeles or Veterans Affairs, or the weakest sign
        ("Police Officer, Central LA Division 2015-2019", None),
        ("Deputy Sheriff, Reserve LA County 2016-2020", None),
        ("VA Police Officer, Bedford VA Medical Center 2015-2019", None),
        ("Police Officer, LAPD Central LA 2015-2019", "CA"),
        ("Police Officer, Tulsa, Okla.", "OK"),  # its full stop taken off with the clause's
        # codes that are words, or start a name; states that disagree (a second review)
        ("patrol officer in madison in 2015-2023", None),
        ("police officer in independence or kansas city, 2015-2023", None),
        ("POLICE OFFICER IN STATE PARKS DIVISION 2015-2023", None),
        ("POLICE OFFICER IN TEXAS IN 2015-2023", "TX"),
        ("police officer, mt vernon police department 2015-2023", None),
        ("police officer, va police, houston 2015-2023", None),
        ("Officer, MD Anderson Cancer Center Police", None),
        ("Officer, Tulsa, OK Police Department", "OK"),
        ("Police officer in Virginia, Maryland 2015-2023", None),
        ("Officer, Nevada, Iowa Police Department", "IA"),
        ("Deputy Sheriff, Maricopa County 2010-2015, then police officer in Lakewood CO 2015-2023",
         None),
        ("Police Officer, New York Police Department 2015-2023", "NY"),
        ("Officer, Hawaii Police Department, Hilo", "HI"),
        ("Police Officer, Springfield PD 2016-2023, UCLA graduate", None),
        # where the applicant moved to, or a country (resume_places2)
        ("Was a police officer in Portland for 7 years before relocating to Maine.", None),
        ("I was a police officer in Georgia for two years, then emigrated to the US in 2015.",
         None),
    ],
)  # fmt: skip
def test_sworn_jobs_read_the_state_of_the_job(policy, clause, state):
    agencies = policy.titles["resume"]["agency_states"]
    row = sworn_jobs(pd.Series([clause]), agencies).iloc[0]
    assert (None if pd.isna(row["state"]) else row["state"]) == state


@pytest.mark.parametrize(
    ("text", "sworn"),
    [
        ("I have never served as a police officer. Loan officer, 2015-2023", False),
        ("Not a sworn officer; compliance officer at a bank", False),
        ("Police officer 2015-2022, never disciplined", True),
        ("Polcie Officer, Henderson, Nevada, 2018-2023", True),  # two letters swapped
        ("Dep., Washoe Co. SO (NV) 2017-2023", True),  # an office's initials in capitals
        ("So I became a loan officer", False),
        ("I applied to be a police officer", False),
        ("Policy officer, State Department of Health", False),  # a real word, not a typo
        # a cue for others' agencies does not swallow the applicant's own job told in prose
        (
            "In 2015 I was notified that I had been hired as a police officer by the Reno Police "
            "Department, where I served until 2022.",
            True,
        ),
        (
            "I was referred to the Reno Police Department by a friend and served there as a "
            "police officer from 2015 to 2022.",
            True,
        ),
        # resumes_real: what names the police without a job there
        (
            "Barista, Starbucks\n• Completed a senior capstone on community-oriented policing "
            "strategies.",
            False,
        ),
        (
            "Transportation Security Officer, TSA — Phoenix, AZ | 2016 – Present\n• Identified "
            "prohibited items and escalated to supervisors and airport police when required.",
            False,
        ),
        (
            "EMPLOYMENT\nGeorgia Peace Officer Standards and Training Council, Atlanta, GA\n"
            "Training Coordinator (civilian)\t\tMarch 2017 — Present",
            False,
        ),
        (
            "EXPERIENCE\nWarehouse Supervisor, Macy's — Tulsa, OK | 2016 – Present\n\nREFERENCES\n"
            "Chief Robert Hale, Tulsa Police Department, (918) 596-9222\n"
            "Sgt. Dana Ruiz, Albuquerque Police Department",
            False,
        ),
        # an academy left, written in brackets; two jobs in one sentence
        (
            "Police Recruit (did not graduate; withdrew week 14), Tulsa Police Academy — Tulsa, "
            "OK | 01/2021 – 04/2021",
            False,
        ),
        (
            "Since November 2021 I have managed hospital security for Methodist Healthcare in San "
            "Antonio, TX, after relocating from Idaho, where I spent five years (2016-2021) as a "
            "patrol officer in Boise.",
            True,
        ),
        # ...and what follows references is read again: a heading, or a dated job
        ("References\nAvailable upon request\nPolice Officer, Reno PD, 2015-2023", True),
        (
            "REFERENCES\nAvailable upon request\n\nPrior Employment\nPolice Officer, Reno "
            "Police Department, Reno, NV, 2016-2023",
            True,
        ),
        (
            "REFERENCES\nChief Robert Hale, Tulsa PD\n\nEXPERIENCE\nPolice Officer, Reno PD, "
            "2015-2023",
            True,
        ),
    ],
)
def test_resume_claims_read_negation_typos_and_initials(policy, text, sworn):
    reading = claims_from_resume(pd.Series([text]), policy.titles, policy.sworn_categories)
    assert bool(reading["sworn_claimed"].iloc[0]) is sworn


def test_sworn_jobs_lists_each_clause_of_a_resume(policy):
    text = pd.Series(
        ["Police Officer, Boise, ID, 2015-2019. Deputy Sheriff, Ada County, 2019-present"]
    )
    reading = claims_from_resume(text, policy.titles)
    jobs = sworn_jobs(reading["sworn_text"])
    assert jobs["title"].tolist() == [
        "Police Officer, Boise, ID, 2015-2019",
        "Deputy Sheriff, Ada County, 2019-present",
    ]
    assert jobs["state"].tolist()[0] == "ID"


def test_a_pdfs_broken_lines_are_joined_again(policy):
    """The summary's sentence broken after 'community' is no agency of its own, which made
    the resume read role first and left the Houston job below it without its agency."""
    text = (
        "SUMMARY\nPatrol officer with 9 years of experience in community\npolicing, criminal "
        "investigations and crisis intervention.\n\nEMPLOYMENT\nHouston Police Department, "
        "Houston, TX\nPolice Officer\t\t2013 to 2020\nConducted DWI enforcement."
    )
    jobs = sworn_jobs(claims_from_resume(pd.Series([text]), policy.titles)["sworn_text"])
    assert jobs["title"].iloc[0].endswith("community policing, criminal investigations and "
                                          "crisis intervention")  # fmt: skip
    assert jobs["state"].tolist()[1:] == ["TX"]


@pytest.mark.parametrize(
    "text",
    [
        "Police Officer, Mesa, Ariz.\nSecurity Guard, Walmart, 2019-2023",
        "Police Officer, Mesa, Ariz.; Security Guard, Walmart, 2019-2023",
        "Police Officer, Mesa, Ariz. Honorably discharged from the Army in 2001.",
        "Loan Officer, Acme Inc.\nPolice Officer, Mesa, Ariz.",
    ],
)
def test_an_abbreviations_full_stop_never_joins_two_lines_or_sentences(policy, text):
    """Only years after "Ariz." stay with the job; a line, a semicolon or a sentence that
    follows is another clause (joined, the sworn claim would read as another job's)."""
    reading = claims_from_resume(pd.Series([text]), policy.titles)
    job = sworn_jobs(reading["sworn_text"]).iloc[0]
    assert (job["title"], job["state"]) == ("Police Officer, Mesa, Ariz", "AZ")
    assert pd.isna(job["last_year"])


@pytest.mark.parametrize(
    ("text", "state", "last_year"),
    [
        # fields of one job split by pipes, lines as markup, entities (heldout_gen6)
        ("Detective | Detroit Police Department | Detroit, Michigan | 2016 – 2018", "MI", 2018),
        ("Las Vegas Metropolitan Police Department<br/>Detective   Sep 2013 – 2019<br>"
         "EDUCATION — Sam Houston State University", "NV", 2019),
        ("Sheriff&#39;s Deputy, Cook County Sheriff&#39;s Office, Grand Marais MN", "MN", None),
        # "since" a year goes on
        ("Las Cruces PD — Las Cruces, NM Narcotics Detective   Since 2011", "NM", None),
        # a job over two lines, the agency's first or the role's first
        ("WORK HISTORY\nReno Police Department — Reno (NV)\nPolice Officer   June 2015 — "
         "July 2018\nA.A.S., Ohio State University", "NV", 2018),
        ("Police Officer 2015-2018\nReno PD, Reno, NV\nDetective 2018-2020\nFresno PD", "NV", 2018),
        # all in lower case, all in capitals, letters swapped
        ("patrol deputy | anoka county sheriff's office | anoka, mn | 2019-2022", "MN", 2022),
        ("trooper first class | department of public safety | oklahoma city, ok | 2017-2020",
         "OK", 2020),
        ("SENIOR POLICE OFFICER – TULSA POLICE DEPARTMENT, 2010-2014", "OK", 2014),
        ("PATROL OFFICER | SAN ANTONIO POLCIE DEPARTMENT | 2007-2012", "TX", 2012),
        ("deputy sheriff, polk county so, in 2015", None, 2015),  # "in" is a word here
        # abbreviations and misspellings
        ("Deputy, Travis Co SO, 2015", "TX", 2015),
        ("Police Ofc. | Texas A&M University Police Dept | 2016-2019", "TX", 2019),
        ("Sargeant, NYSP, Albany (NY), 2018 – 2023", "NY", 2023),
        ("OCT 2020 – 2023: SERGEANT AT ALLEGHENY CO. SO", "PA", 2023),
        # careers written as profiles, federal resumes and prose (heldout_gen7)
        ("Experience\n\nPolice Officer\nMTA Police Department\nMay 2016 - Apr 2021 · 5 yrs\n"
         "New York, New York, United States\n\n911 Dispatcher\nWashoe County Regional "
         "Communications\nJan 2011 - May 2016 · 5 yrs 5 mos\nReno, Nevada, United States",
         "NY", 2021),
        ("Work Experience\n\nPolice Officer\nBoston Police Department\n4206 Veterans Dr, "
         "Boston, MA 02218 United States\n05/2020 - 05/2023\nSeries/Grade: N/A (non-federal)\n"
         "Supervisor: Capt. Mark Evans (799-555-7390)   May contact: Yes", "MA", 2023),
        ("police officer w/ Reno Police Department, Reno NV ('09–'13)", "NV", 2013),
        # resumes_real: USAJOBS (the title after the salary and hours), the first job right
        # under its heading, the title before a line of agency, place and dates
        ("WORK EXPERIENCE\nTexas Department of Public Safety\nLubbock, TX US\n11/2016 - 2022"
         "\nSalary: $80,000.00 Per Year\nHours per week: 40\nTrooper\nDuties, Accomplishments "
         "and Related Skills:\nEnforced traffic laws.", "TX", 2022),
        ("Experience\nPolice Officer\nHenderson Police Department · Full-time\nJan 2016 - 2021 "
         "· 5 yrs\nLas Vegas, Nevada, United States\n- Patrolled an assigned beat.", "NV", 2021),
        ("EXPERIENCE\nTrooper\nFlorida Highway Patrol, Troop C — Tampa, FL | May 2018 to 2023\n"
         "• Enforced traffic laws.", "FL", 2023),
        ("IN FEBRUARY OF 2016 I JOINED THE NEW ORLEANS POLICE DEPARTMENT, WHERE I STILL WORK AS "
         "A POLICE OFFICER", "LA", None),
        ("My time as a police officer began in 2018 when the Eugene Police Department hired me",
         "OR", None),
        ("I began as a police dispatcher for the Henderson Police Department in 2017. After two "
         "years on the consoles I attended the academy and have served as a sworn police "
         "officer in Henderson, Nevada since 2019.", "NV", None),
        ("Part-time reserve (2011–2013), then full-time sworn police officer since 2014, Seattle "
         "Police Department, Seattle, WA.", "WA", None),
        # a town's police named after a state is not the state's ("Nevada MO")
        ("2020 to 2023: Narcotics Detective at Nevada Police Department: Nevada MO", "MO", 2023),
        # initials take no full stop: the sentence ends there
        ("12/2013 - 2020: Police Officer at NOPD. * Warehouse Associate – Amazon (Columbus, "
         "OH), 2009 – 2012.", "LA", 2020),
        # a line with its own years is a job, not the next line's agency
        ("* Trooper – Virginia State Police (Richmond VA), 2008-2012<br>Detective, Miami-Dade "
         "Police Department, May 2017 – 2020", "VA", 2012),
    ],
)  # fmt: skip
def test_resumes_as_applicants_write_them(policy, text, state, last_year):
    reading = claims_from_resume(pd.Series([text]), policy.titles)
    assert reading["sworn_claimed"].iloc[0], text
    job = sworn_jobs(reading["sworn_text"], policy.titles["resume"]["agency_states"]).iloc[0]
    assert (None if pd.isna(job["state"]) else job["state"]) == state
    assert (None if pd.isna(job["last_year"]) else int(job["last_year"])) == last_year


@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a whole job on one line keeps to itself; a heading is no agency
        ("Police Officer, Springfield Police Department, 2016-present\nMaricopa County "
         "Sheriff's Office, Phoenix AZ\nDeputy Sheriff 2010-2016",
         ["Police Officer, Springfield Police Department, 2016-present",
          "Deputy Sheriff 2010-2016, Maricopa County Sheriff's Office, Phoenix AZ"]),
        ("LAW ENFORCEMENT EXPERIENCE\nPolice Officer 2019-2023\nReno Police Department, Reno, "
         "NV\nDeputy Sheriff 2008-2012\nMaricopa County Sheriff's Office, Phoenix, AZ",
         ["LAW ENFORCEMENT EXPERIENCE",
          "Police Officer 2019-2023, Reno Police Department, Reno, NV",
          "Deputy Sheriff 2008-2012, Maricopa County Sheriff's Office, Phoenix, AZ"]),
        # years followed by another part end a job
        ("Patrol Officer, Springfield PD 2016-2023 | Warehouse Associate, Amazon, Phoenix, AZ",
         ["Patrol Officer, Springfield PD 2016-2023", "Warehouse Associate, Amazon, Phoenix, AZ"]),
        # initials' full stop: years go on, a sentence or a state's code ends
        ("Police Officer, Reno PD. 2010-2014", ["Police Officer, Reno PD. 2010-2014"]),
        ("Deputy at Travis County SO: Austin TX. 04/2012 - 04/2019: K-9 Officer, Reno PD",
         ["Deputy at Travis County SO: Austin TX.", "04/2012 - 04/2019: K-9 Officer, Reno PD"]),
    ],
)  # fmt: skip
def test_resume_clauses_keep_jobs_apart(policy, text, clauses):
    reader = ResumeReader(policy.titles, policy.sworn_categories)
    assert reader._clauses(text) == clauses


def test_a_relatives_career_or_a_volunteers_duty_is_no_claim(policy):
    text = pd.Series(
        [
            "My father retired as a sergeant with the Chicago Police Department, which is "
            "where my interest in public service began.",
            "Volunteered 20 hours a month on patrol with a full-time officer.",
        ]
    )
    reading = claims_from_resume(text, policy.titles, policy.sworn_categories)
    assert reading["sworn_claimed"].tolist() == [False, False]


def test_a_recruit_who_left_the_academy_claims_no_sworn_job(policy):
    text = pd.Series(
        [
            "Police Officer Recruit, Omaha Police Department — resigned before completing "
            "the academy (2018)",
            "Loan Officer, did not complete the certification",
            # ...but an officer who left school, not the academy, served
            "Police Officer, Reno Police Department, Reno, NV 2015-2022, hired before "
            "completing my bachelor's degree",
        ]
    )
    reading = claims_from_resume(text, policy.titles, policy.sworn_categories)
    assert reading["sworn_claimed"].tolist() == [False, False, True]
    assert reading["reason_codes"].tolist()[:2] == [
        "ASPIRATIONAL_ONLY",
        "PRIOR_TITLE_OTHER_OFFICER",
    ]


def test_a_police_departments_initials_name_it(classifier):
    assert classifier.classify_one("Detective", "VBPD") == "sworn_leo"
    assert classifier.classify_one("Detective, OKCPD") == "sworn_leo"
    assert classifier.classify_one("Deputy", "HCSO") == "sworn_leo"


def test_a_state_abbreviated_after_a_place_does_not_end_the_clause(policy):
    """ "Mesa, Ariz. 2014-2017": the full stop is the abbreviation's, so the years stay
    with the job (cut off, an old job reads as a recent one)."""
    text = pd.Series(["Polcie Officer, Mesa PD, Mesa, Ariz. 2014-2017. Loan officer 2018"])
    reading = claims_from_resume(text, policy.titles)
    job = sworn_jobs(reading["sworn_text"]).iloc[0]
    assert (job["state"], job["last_year"]) == ("AZ", 2017)


# -- registry certification types (the registry is the context) ----------------------------


@pytest.mark.parametrize(
    ("cert_type", "category"),
    [
        ("Officer", "sworn_leo"),  # a bare role in a law-enforcement registry
        ("Special Agent (GS-1811)", "sworn_leo"),
        ("POL OFC", "sworn_leo"),
        ("Crim. Inv. (1811)", "sworn_leo"),
        ("POST Basic Certificate", "sworn_leo"),
        ("Intermediate POST Certificate", "sworn_leo"),  # California's levels (heldout_gen5)
        ("Advanced POST Certificate", "sworn_leo"),
        # ...but a POST certificate is a dispatcher's, or anyone's, where its type says so
        ("Dispatcher Basic POST Certificate", "dispatch"),
        ("Advanced POST Certificate - Public Safety Dispatcher", "dispatch"),
        ("Advanced POST Certificate (Public Safety Dispatcher)", "dispatch"),
        ("Advanced POST Certificate - Records Supervisor", "other_officer"),
        ("Coroner Intermediate POST Certificate", "unknown"),
        # a word of two meanings beside a bare role leaves it unknown: review
        ("Court Officer", "unknown"),
        ("Transport Officer", "unknown"),
        # not (yet, or any longer) a serving certified officer
        ("Peace Officer License Eligible", "aspirational"),
        ("Law Enforcement Trainee", "aspirational"),
        ("Police Officer Recruit", "aspirational"),
        ("Honorably Retired Peace Officer", "unknown"),
        ("Peace Officer - In Training", "aspirational"),
        ("Peace Officer Intern", "aspirational"),
        # a certificate short of the full one: review, never verified
        ("Provisional Peace Officer", "unknown"),
        ("Peace Officer - Conditional", "unknown"),
        ("Temporary Peace Officer", "unknown"),
        ("Interim Peace Officer", "unknown"),
        ("Basic Peace Officer (Pending)", "unknown"),
        # qualifiers of both kinds: not yet certified says more than a limited class
        ("Part-Time Peace Officer Trainee", "aspirational"),
        ("Peace Officer - Pending Certification", "aspirational"),
        # a registry's own name or a state beside the type it certifies
        ("CJSTC Law Enforcement", "sworn_leo"),
        ("Law Enforcement - Active", "sworn_leo"),
        ("MPOETC Act 120 Certification", "sworn_leo"),
        # ...qualifiers of a certificate that is something else already change nothing
        ("Part-Time Reserve Officer", "reserve_auxiliary"),
        ("Retired Correctional Officer", "corrections_detention"),
        ("Campus Security Officer", "security_private"),
        ("Tribal Corrections Officer", "corrections_detention"),
        ("Probation Officer - Part Time", "probation_parole"),
        ("Part-Time Peace Officer", "unknown"),
        # a registry's own shorthand
        ("Det. Ofc.", "corrections_detention"),
        ("Sp. Law Enf. Ofcr Cl. II", "reserve_auxiliary"),
        # a code between the role and its qualifier does not hide the qualifier
        ("Peace Officer (830.5 PC) - Parole/Probation/Corrections", "probation_parole"),
        ("Peace Officer (830.1 PC)", "sworn_leo"),
        # the registry supplies the role a reserve certificate qualifies
        ("Level III Reserve", "reserve_auxiliary"),
        ("LE - Auxiliary", "reserve_auxiliary"),
        # an applicant's words are not a registry's: a completed academy is no aspiration
        ("Basic Law Enforcement Academy", "sworn_leo"),
        # limited or special duties
        ("Category III Peace Officer", "corrections_detention"),
        ("Level I Law Enforcement Officer", "unknown"),
        ("Lim. Auth. Peace Ofc", "unknown"),
        ("Special Police Officer", "unknown"),
        ("DEA Diversion Investigator", "other_officer"),
    ],
)
def test_registry_certification_types_as_states_publish_them(classifier, cert_type, category):
    got = classifier.classify(pd.Series([cert_type]), context=REGISTRY_CONTEXT).iloc[0]
    assert got == category


@pytest.mark.parametrize(
    ("title", "category"),
    [
        # outside a registry these words describe a sworn recruit's job, or an applicant
        ("Police Officer Trainee", "sworn_leo"),
        ("Police Officer Recruit", "sworn_leo"),
        ("Hoping to attend the police academy", "aspirational"),
    ],
)
def test_registry_qualifiers_apply_to_registries_only(classifier, title, category):
    assert classifier.classify(pd.Series([title])).iloc[0] == category


def test_a_second_blind_set_of_resume_places_does_not_fall_back(policy):
    """tests/data/resume_places2: 296 clauses by another tester, every layout of today's
    worlds; a federal job placed in the state it was based in is checked against FED by
    the audit (evaluate), so only those may disagree with a state."""
    cases = pd.read_csv(DATA / "resume_places2" / "cases.csv", dtype=str, keep_default_na=False)
    agencies = policy.titles["resume"]["agency_states"]
    got = []
    for clause in cases["clause"]:
        reading = claims_from_resume(pd.Series([clause]), policy.titles, policy.sworn_categories)
        states = sworn_jobs(reading["sworn_text"], agencies)["state"].dropna()
        got.append(set(states))
    expected = [set(filter(None, e.split("|"))) for e in cases["expected_state"]]
    agree = sum(g == e for g, e in zip(got, expected, strict=True))
    assert agree >= 273
    wrong = [c for c, g, e in zip(cases["clause"], got, expected, strict=True) if g and g != e]
    assert set(wrong) <= {
        "Border Patrol Agent, U.S. Border Patrol, El Paso, TX, 2008-2013",
        "CBP Officer, U.S. Customs and Border Protection, San Ysidro, CA, 2011-2016",
        "US Park Police Officer, Washington, DC, 2010-2014",
    }, wrong


def test_a_blind_set_of_resume_places_does_not_fall_back(policy):
    """tests/data/resume_places: 310 clauses labelled by a tester with the state a careful
    analyst would be sure of, or none. A confident wrong state is the error that matters
    (the wrong registry is searched, and the hire recalled): only these two remain,
    each arguable (Fort Hood is in Texas; "LA")."""
    cases = pd.read_csv(DATA / "resume_places" / "cases.csv", dtype=str, keep_default_na=False)
    agencies = policy.titles["resume"]["agency_states"]
    states = [
        sworn_jobs(pd.Series([clause]), agencies)["state"].dropna().tolist()
        for clause in cases["clause"]
    ]
    got = pd.Series(["|".join(s) for s in states], index=cases.index)
    assert (got == cases["expected_state"]).sum() >= 284
    wrong = cases.loc[(got != "") & (got != cases["expected_state"]), "clause"]
    assert set(wrong) <= {
        "Military Police, Fort Hood, TX",
        "Police Officer, LA",
    }, wrong.tolist()


def test_outermost_keeps_what_the_pairwise_reading_keeps() -> None:
    """The span index gives what testing every pair of matches gives (which took minutes
    on a resume pasted without line breaks)."""
    rng = random.Random(7)
    phrase = titles._Phrase("sworn_leo", 1, 0, "strong", veto=False)
    for _ in range(200):
        matches = []
        for _ in range(rng.randint(0, 30)):
            start = rng.randint(0, 40)
            matches.append(
                titles._Match(start, start + rng.randint(1, 4), phrase, rng.random() < 0.2)
            )
        pairwise = [
            m
            for m in matches
            if not any(
                o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                for o in matches
                if not o.wildcard
            )
        ]
        assert titles._outermost(matches) == pairwise
