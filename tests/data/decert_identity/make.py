"""Blind test set: decertifications and people with several records.

Deterministic (fixed seed), stdlib + pandas only, written from the data contract, the
project README, DESIGN.md and rules/policy.yaml -- never from audit/ code.

Run inside this folder:  /work/main/.venv/bin/python make.py

Writes the contract's input tables (hires, training, certifications_XX, decertifications,
employment_history, overrides), plus:
  records_truth.csv       which registry / decertification rows belong to which test case
  expected_before_run.csv the blind labels -- written ONLY if it does not exist yet (frozen)
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import unicodedata

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20260611)

D = dt.date
STATES = ["MN", "TX", "CA", "FL", "NY", "AZ", "VA", "FED"]  # registry coverage; NV is NOT loaded

# --------------------------------------------------------------------------------------
# name helpers (for the no-accidental-match check only)
# --------------------------------------------------------------------------------------
NICK = {  # nickname -> formal; formal maps to itself
    "bill": "william", "will": "william", "billy": "william", "beth": "elizabeth",
    "liz": "elizabeth", "betty": "elizabeth", "bob": "robert", "rob": "robert",
    "bobby": "robert", "peggy": "margaret", "maggie": "margaret", "jim": "james",
    "jimmy": "james", "kate": "katherine", "katie": "katherine", "dick": "richard",
    "rick": "richard", "tony": "anthony", "jon": "jonathan", "sue": "susan",
    "tim": "timothy", "mike": "michael", "chris": "christopher", "dave": "david",
    "dan": "daniel", "tom": "thomas", "joe": "joseph", "steve": "steven", "matt": "matthew",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", str(s or ""))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return "".join(c if c.isalpha() or c in " -" else " " if c == "." else "" for c in s)


def tokens(first, middle, last) -> set[str]:
    out = set()
    for part in (first, middle, last):
        for t in norm(part).replace("-", " ").split():
            if t in SUFFIXES or len(t) < 2:
                continue
            out.add(t)
            out.add(NICK.get(t, t))
    return out


def edit1(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def names_related(ta: set[str], tb: set[str]) -> bool:
    if ta & tb:
        return True
    for x in ta:
        for y in tb:
            if len(x) >= 4 and len(y) >= 4 and (edit1(x, y) or x[:4] == y[:4]):
                return True
    return False


def dob_neighbours(dob: str) -> set[str]:
    """Same date, day/month swap, one digit off, two adjacent digits swapped."""
    if not dob or len(dob) != 10:
        return set()
    out = {dob}
    y, m, d = dob.split("-")
    out.add(f"{y}-{d}-{m}")
    digits = y + m + d
    for i in range(8):
        for c in "0123456789":
            out.add(digits[:i] + c + digits[i + 1:])
        if i < 7:
            out.add(digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:])
    res = set()
    for x in out:
        if "-" in x:
            res.add(x)
        else:
            res.add(f"{x[:4]}-{x[4:6]}-{x[6:]}")
    return res


# --------------------------------------------------------------------------------------
# test cases
# --------------------------------------------------------------------------------------
hires: list[dict] = []
training: list[dict] = []
certs: list[dict] = []     # each with internal keys _pid, _case, _role
decerts: list[dict] = []
labels: list[dict] = []
used_dobs: set[str] = set()
OFFICES = ["St. Paul", "Houston", "Los Angeles", "Miami", "New York", "Phoenix", "Washington",
           "San Antonio", "Dallas", "Chicago", "Seattle", "Atlanta", "Denver", "Newark"]
TITLES = ["Deportation Officer", "Immigration Enforcement Agent", "Detention and Deportation Officer"]
CITIES = {"MN": ["Minneapolis", "Duluth", "Bloomington", "Rochester"],
          "TX": ["Houston", "El Paso", "Laredo", "Austin"],
          "CA": ["Fresno", "Oakland", "San Diego", "Riverside"],
          "FL": ["Tampa", "Orlando", "Hialeah", "Ocala"],
          "NY": ["Buffalo", "Albany", "Yonkers", "Syracuse"],
          "AZ": ["Tucson", "Mesa", "Yuma", "Flagstaff"],
          "VA": ["Norfolk", "Richmond", "Roanoke", "Alexandria"],
          "NV": ["Reno", "Henderson"]}
FED_AGENCIES = ["U.S. Border Patrol", "U.S. Marshals Service", "Federal Protective Service",
                "Bureau of Prisons Special Investigative Services", "U.S. Secret Service Uniformed Division"]
REASONS = ["Misconduct", "Criminal conviction", "Dishonesty", "Excessive force",
           "Surrender in lieu of revocation", "Failure to meet standards", "Domestic violence conviction"]


def agency(state: str) -> str:
    if state == "FED":
        return rng.choice(FED_AGENCIES)
    city = rng.choice(CITIES[state])
    return rng.choice([f"{city} Police Department", f"{city} County Sheriff's Office"])


def iso(d) -> str:
    return d.isoformat() if isinstance(d, dt.date) else (d or "")


def new_dob(swappable=False, year=None, max_year=1990) -> str:
    while True:
        y = year or rng.randint(1966, max_year)
        m = rng.randint(1, 12)
        if swappable:
            dd = rng.randint(1, 12)
            if dd == m:
                continue
        else:
            dd = rng.randint(13, 28)  # not swappable: keep test persons away from accidental swaps
        s = f"{y:04d}-{m:02d}-{dd:02d}"
        if any(s in dob_neighbours(u) for u in used_dobs):
            continue
        used_dobs.add(s)
        return s


def new_hire_date() -> dt.date:
    return D(2023, 1, 9) + dt.timedelta(days=rng.randint(0, 990))


_hid = [0]


def hire(case, expected, why, first, last, dob=None, middle="", suffix="", state=None,
         cert=True, ctype=None, track="LEO", short_course=True, basic_done=False,
         hire_date=None, swappable=False, resume="", cert_middle=None, sep=None,
         cert_status="active", max_year=1990):
    """A short-track hire; by default with one clean, clearly qualifying sworn certification."""
    _hid[0] += 1
    hid = f"{_hid[0]:06d}"
    dob = dob if dob is not None else new_dob(swappable, max_year=max_year)
    if dob:
        used_dobs.add(dob)
    hd = hire_date or new_hire_date()
    h = dict(hire_id=hid, first_name=first, middle_name=middle, last_name=last, suffix=suffix,
             date_of_birth=dob, hire_date=hd, position_title=rng.choice(TITLES), job_series="1801",
             field_office=rng.choice(OFFICES), screening_track=track,
             screening_basis="keyword:officer", resume_text=resume)
    h["_case"] = case
    h["_pid"] = f"{case}:hire"
    hires.append(h)
    labels.append(dict(hire_id=hid, expected_determination=expected, case=case, why=why))
    if short_course:
        s = hd + dt.timedelta(days=rng.randint(5, 20))
        training.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT", course_title="LEO Transition (virtual)",
                             delivery="online", start_date=s, end_date=s + dt.timedelta(days=28), status="completed"))
    else:
        s = hd + dt.timedelta(days=rng.randint(5, 20))
        training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                             course_title="Basic Immigration Enforcement Training Program",
                             delivery="in_person", start_date=s, end_date=s + dt.timedelta(days=117), status="completed"))
    if basic_done:
        s = hd + dt.timedelta(days=rng.randint(120, 300))
        training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                             course_title="Basic Immigration Enforcement Training Program",
                             delivery="in_person", start_date=s, end_date=s + dt.timedelta(days=117), status="completed"))
    if cert:
        st = state or rng.choice(["MN", "TX", "CA", "FL", "NY", "AZ", "VA"])
        issued = hd - dt.timedelta(days=rng.randint(5 * 366 + 30, 13 * 365))
        if dob and len(dob) == 10:  # nobody certified before 21
            issued = max(issued, D(int(dob[:4]) + 21, int(dob[5:7]), 1) + dt.timedelta(days=rng.randint(0, 400)))
            assert issued <= hd - dt.timedelta(days=5 * 365), (case, issued)
        add_cert(h, source=st, ctype=ctype or rng.choice(["Peace Officer", "Police Officer"]),
                 status=cert_status, issued=issued, separation=sep,
                 middle=h["middle_name"] if cert_middle is None else cert_middle, role="own_cert")
    return h


def hire_old(*a, **k):
    """Long careers (several certifications): born 1966-1975."""
    return hire(*a, max_year=1975, **k)


_cid = {s: 0 for s in STATES}


def add_cert(h, source, ctype, status="active", issued=None, separation=None, first=None, middle=None,
             last=None, dob=None, role="cert", pid=None):
    _dob = h["date_of_birth"] if dob is None else dob
    if _dob and len(_dob) == 10:
        assert issued >= D(int(_dob[:4]) + 20, 1, 1), ("certified too young", h["_case"], issued, _dob)
    certs.append(dict(record_id=None, source=source,
                      first_name=h["first_name"] if first is None else first,
                      middle_name=(h["middle_name"] if middle is None else middle),
                      last_name=h["last_name"] if last is None else last,
                      date_of_birth=h["date_of_birth"] if dob is None else dob,
                      certification_type=ctype, status=status,
                      issued_date=issued, separation_date=separation or "", agency=agency(source),
                      _case=h["_case"], _pid=pid or h["_pid"], _role=role, _hire_id=h["hire_id"]))


def add_decert(h, days=None, date=None, source=None, action="revoked", first=None, last=None, dob=None,
               role="own_decert", pid=None, us_format=False):
    """days: action_date relative to hire_date (negative = before). date='' = blank action_date."""
    if date is None:
        date = h["hire_date"] + dt.timedelta(days=days)
    if us_format and isinstance(date, dt.date):
        date = date.strftime("%m/%d/%Y")
    src = source or rng.choice(["MN", "TX", "CA", "FL", "NY", "AZ", "VA"])
    reason = "Surrender in lieu of revocation" if action == "surrendered" else rng.choice(REASONS[:4] + REASONS[5:])
    decerts.append(dict(record_id=None, source=src,
                        first_name=h["first_name"] if first is None else first,
                        last_name=h["last_name"] if last is None else last,
                        date_of_birth=h["date_of_birth"] if dob is None else dob,
                        action=action, action_date=date, reason=reason,
                        _case=h["_case"], _pid=pid or h["_pid"], _role=role, _hire_id=h["hire_id"]))


def before(lo=200, hi=2800):
    return -rng.randint(lo, hi)


def swap(dob):
    y, m, d = dob.split("-")
    return f"{y}-{d}-{m}"


R_DECERT = "contract: no decertification action for the same person dated on or before hire_date"

# ---------------- A: the hire's own decertification, exact identity, timing/state/action
h = hire("A01_own_revoked_before_same_state", "RECALL", R_DECERT + "; exact identity, revoked, same state ~yrs before",
         "Trevor", "Lindqvist", state="MN", middle="Alan")
add_decert(h, before(), source="MN", action="revoked")
h = hire("A02_own_revoked_before_same_state", "RECALL", R_DECERT + "; exact identity, revoked, same state",
         "Monique", "Fairbanks", state="TX", middle="Renee")
add_decert(h, -400, source="TX", action="revoked")
h = hire("A03_own_suspended_before_other_state", "RECALL", R_DECERT + "; suspended is a disqualifying action; the state does not matter",
         "Desmond", "Okonjo", state="AZ")
add_decert(h, before(), source="TX", action="suspended")
h = hire("A04_own_suspended_before_other_state", "RECALL", R_DECERT + "; suspended in FL, cert in CA",
         "Harriet", "Vollmer", state="CA", middle="June")
add_decert(h, -700, source="FL", action="suspended")
h = hire("A05_own_surrendered_before_same_state", "RECALL", R_DECERT + "; surrendered is disqualifying (policy.yaml)",
         "Gideon", "Marsh", state="MN")
add_decert(h, -1500, source="MN", action="surrendered")
h = hire("A06_own_surrendered_before_other_state", "RECALL", R_DECERT + "; surrendered in VA, cert in NY",
         "Yolanda", "Brightwater", state="NY", middle="Mae")
add_decert(h, -2200, source="VA", action="surrendered")
h = hire("A07_own_revoked_on_hire_date", "RECALL", "contract says 'on or before hire_date': same day counts",
         "Caleb", "Thornbury", state="FL")
add_decert(h, 0, source="FL", action="revoked")
h = hire("A08_own_surrendered_on_hire_date", "RECALL", "'on or before hire_date': same-day surrender counts",
         "Priya", "Raghunathan", state="NY")
add_decert(h, 0, source="NY", action="surrendered")
h = hire("A09_own_suspended_day_before", "RECALL", R_DECERT + "; one day before hire",
         "Ellis", "Pemberton", state="VA", middle="Grant")
add_decert(h, -1, source="VA", action="suspended")
h = hire("A10_own_revoked_day_after", "VERIFIED_LEO", "decert dated the day after hire_date is not 'on or before'; clean sworn cert",
         "Rosalind", "Achebe", state="TX")
add_decert(h, 1, source="TX", action="revoked")
h = hire("A11_own_revoked_after", "VERIFIED_LEO", "decert >1 yr after hire does not void status at hire",
         "Franklin", "Odom", state="CA", middle="Pierce")
add_decert(h, 400, source="CA", action="revoked")
h = hire("A12_own_suspended_after_other_state", "VERIFIED_LEO", "suspension after hire, another state: status at hire intact",
         "Imogen", "Castellano", state="AZ")
add_decert(h, 30, source="FL", action="suspended")
h = hire("A13_own_decert_before_basic_done", "REMEDIATED", "not verified (decert before hire) + completed FLETC-BIETP since -> REMEDIATED",
         "Dominic", "Sauer", state="MN", basic_done=True)
add_decert(h, -900, source="MN", action="revoked")
h = hire("A14_own_decert_before_basic_done", "REMEDIATED", "not verified (surrender before hire) + basic course completed -> REMEDIATED",
         "Keisha", "Underhill", state="FL", basic_done=True, middle="Lorraine")
add_decert(h, -300, source="NY", action="surrendered")
h = hire("A15_own_decert_unloaded_state_NV", "RECALL", R_DECERT + "; a decert from a state whose registry is not loaded (NV) still counts",
         "Warren", "Blakemore", state="TX")
add_decert(h, -1200, source="NV", action="revoked")
h = hire("A16_recertified_after_decert", "RECALL", "decert (2013) predates hire; contract has no reinstatement exception even though a later cert is active",
         "Lucas", "Fenwick", state=None, cert=False, hire_date=D(2024, 2, 12))
add_decert(h, date=D(2013, 6, 3), source="TX", action="revoked")
add_cert(h, "AZ", "Peace Officer", "active", issued=D(2015, 9, 1), role="own_cert")
h = hire("A17_recertified_after_decert", "RECALL", "suspension (2014) predates hire; the contract voids verification regardless of the later active cert",
         "Nadia", "Petrosyan", cert=False, hire_date=D(2023, 11, 6), middle="Ani")
add_decert(h, date=D(2014, 4, 22), source="CA", action="suspended")
add_cert(h, "MN", "Police Officer", "active", issued=D(2016, 1, 11), role="own_cert")
h = hire("A18_own_decert_us_date_format", "RECALL", R_DECERT + "; action_date written MM/DD/YYYY (contract: must be accepted)",
         "Corbin", "Staley", state="VA")
add_decert(h, -650, source="VA", action="revoked", us_format=True)
h = hire("A19_own_decert_after_us_date_format", "VERIFIED_LEO", "action_date MM/DD/YYYY after hire: does not void status",
         "Lorena", "Whitcomb", state="CA")
add_decert(h, 90, source="CA", action="revoked", us_format=True)
h = hire("A20_own_decert_FED_source", "RECALL", R_DECERT + "; federal decertification (source FED) counts like a state one",
         "Marcus", "Ellery", state="NY", middle="Dean")
add_decert(h, -500, source="FED", action="revoked")
h = hire("A21_own_decert_plus_unloaded_state_claim", "RECALL",
         "decert before hire voids verification whatever any other registry says, so the NV coverage gap cannot change the outcome",
         "Travis", "Coldwell", state="MN",
         resume="Police Officer, Reno Police Department, Reno, Nevada, 2016-2023. Previously deputy in Minnesota.")
add_decert(h, -800, source="MN", action="revoked")
h = hire("A22_basic_track_with_decert", "NOT_APPLICABLE", "screening_track BASIC and only the basic course: short-track policy does not apply",
         "Shannon", "Kowal", track="BASIC", short_course=False, state="FL")
add_decert(h, -600, source="FL", action="revoked")
h = hire("A23_basic_track_with_decert_no_cert", "NOT_APPLICABLE", "full track; decert irrelevant",
         "Arturo", "Villaseñor", track="BASIC", short_course=False, cert=False)
add_decert(h, -1000, source="AZ", action="revoked", first="Arturo", last="Villasenor")
h = hire("A24_basic_screen_but_short_course_decert", "RECALL", "ERO-LEO-VIRT training row makes it short track; decert before hire -> not verified",
         "Bennett", "Hargrove", track="BASIC", state="TX")
add_decert(h, -1100, source="TX", action="suspended")
hire("A25_basic_screen_but_short_course_clean", "VERIFIED_LEO", "short track via ERO-LEO-VIRT row; clean sworn cert, no decert",
     "Colette", "Dumas", track="BASIC", state="NY", middle="Anne")

# ---------------- B: identity variants of the hire's own decertification
R_STRONG = "README strong link allows exactly this one variation; decert before hire -> "
h = hire("B01_decert_maiden_name_hire_middle_is_maiden", "RECALL",
         R_STRONG.replace("exactly this one variation", "a maiden name carried as the middle name") + "RECALL",
         "Karen", "Brandt", middle="Whitfield", state="MN")
add_decert(h, -1300, source="MN", last="Whitfield")
h = hire("B02_decert_maiden_name_hire_middle_is_maiden", "RECALL",
         "maiden name carried as middle name (README strong link); decert under maiden surname before hire",
         "Theresa", "Nilsen", middle="Galloway", state="FL")
add_decert(h, -2000, source="CA", action="suspended", last="Galloway")
h = hire("B03_decert_other_surname_rare_first", "MANUAL_REVIEW",
         "same rare first name + DOB under another surname, no middle to compare: README 'possible name change' lead -> review",
         "Marisol", "Kittredge", middle="Anne", state="AZ")
add_decert(h, -1400, source="AZ", last="Beaumont")
h = hire("B04_decert_other_surname_rare_first", "MANUAL_REVIEW",
         "possible name change (rare first name Ingrid, same DOB, other surname): a lead -> review, never ignored",
         "Ingrid", "Harwell", state="MN")
add_decert(h, -500, source="VA", action="surrendered", last="Solberg")
h = hire("B05_decert_other_surname_common_first", "MANUAL_REVIEW|VERIFIED_LEO",
         "common first name (Jennifer) + DOB under another surname: policy name_change_max_strangers may treat it as a stranger; review is the safe reading",
         "Jennifer", "Cortland", middle="Lynn", state="TX")
add_decert(h, -900, source="TX", last="Abernathy")
h = hire("B06_hyphenated_hire_decert_one_part", "RECALL", R_STRONG + "RECALL (one part of a hyphenated surname)",
         "Adriana", "Salcedo-Whitaker", state="CA")
add_decert(h, -1000, source="CA", last="Salcedo")
h = hire("B07_plain_hire_decert_hyphenated", "RECALL", R_STRONG + "RECALL (decert carries a hyphenated surname containing the hire's)",
         "Naomi", "Prescott", state="NY", middle="Claire")
add_decert(h, -350, source="NY", action="suspended", last="Prescott-Lyle")
h = hire("B08_compound_spanish_surname", "RECALL", R_STRONG + "RECALL (one part of a compound surname)",
         "Rafael", "Ortega Villanueva", state="TX")
add_decert(h, -2400, source="TX", last="Ortega")
h = hire("B09_nickname_bill_william", "RECALL", R_STRONG + "RECALL (nickname Bill/William, rare surname)",
         "William", "Ashcroft", state="VA", middle="Henry")
add_decert(h, -700, source="VA", first="Bill")
h = hire("B10_nickname_beth_elizabeth", "RECALL", R_STRONG + "RECALL (nickname Beth/Elizabeth)",
         "Elizabeth", "Pardee", state="MN")
add_decert(h, -1800, source="MN", first="Beth", action="surrendered")
h = hire("B11_nickname_bob_robert", "RECALL", R_STRONG + "RECALL (Bob/Robert, README: 'Bob beside a common Robert, or a rare surname, still verifies')",
         "Robert", "Quimby", state="FL")
add_decert(h, -420, source="FL", first="Bob")
h = hire("B12_nickname_peggy_margaret", "RECALL", R_STRONG + "RECALL (Peggy/Margaret)",
         "Margaret", "Dunleavy", state="NY", middle="Rose")
add_decert(h, -1600, source="AZ", first="Peggy", action="suspended")
h = hire("B13_nickname_hire_jim_decert_james", "RECALL", R_STRONG + "RECALL (hire registered as Jim, decert as James)",
         "Jim", "Halvorsen", state="MN")
add_decert(h, -950, source="MN", first="James")
h = hire("B14_nickname_kate_katherine", "RECALL", R_STRONG + "RECALL (Kate/Katherine)",
         "Katherine", "Oyelaran", state="TX")
add_decert(h, -300, source="CA", first="Kate")
h = hire("B15_diacritics_hire_accented", "RECALL", "accents are not a variation (README); decert before hire -> RECALL",
         "José", "Núñez", state="CA", middle="Luis")
add_decert(h, -1250, source="CA", first="Jose", last="Nunez")
h = hire("B16_diacritics_decert_accented", "RECALL", "accents ignored; same person; decert before hire",
         "Renee", "Lachance", state="NY")
add_decert(h, -610, source="NY", first="Renée", action="suspended")
h = hire("B17_diacritics_both_names", "RECALL", "accents ignored (ç, è); decert before hire",
         "François", "Lefèvre", state="FL")
add_decert(h, -2100, source="VA", first="Francois", last="Lefevre", action="surrendered")
h = hire("B18_typo_first_substitution", "RECALL", R_STRONG + "RECALL (one-letter typo, Kathrym is not a real name)",
         "Kathryn", "Beauregard", state="AZ")
add_decert(h, -777, source="AZ", first="Kathrym")
h = hire("B19_typo_first_transposition", "RECALL", R_STRONG + "RECALL (adjacent-letter transposition Leoanrd)",
         "Leonard", "Whitsett", state="VA")
add_decert(h, -1444, source="VA", first="Leoanrd")
h = hire("B20_typo_last_insertion", "RECALL", R_STRONG + "RECALL (surname typo Hendershott)",
         "Gregory", "Hendershot", state="TX", middle="Paul")
add_decert(h, -520, source="TX", last="Hendershott")
h = hire("B21_typo_last_deletion", "RECALL", R_STRONG + "RECALL (surname typo Marchbank)",
         "Stellan", "Marchbanks", state="MN")
add_decert(h, -1900, source="MN", last="Marchbank", action="suspended")
h = hire("B22_dob_day_month_swapped", "RECALL", R_STRONG + "RECALL (day/month swapped, rare name, <=4 namesakes)",
         "Ophelia", "Drummond", state="CA", swappable=True)
add_decert(h, -880, source="CA", dob=swap(h["date_of_birth"]))
h = hire("B23_dob_day_month_swapped_other_state", "RECALL", R_STRONG + "RECALL (swapped DOB, decert in another state)",
         "Barnaby", "Stroud", state="NY", swappable=True, middle="Ellis")
add_decert(h, -1234, source="FL", dob=swap(h["date_of_birth"]), action="surrendered")


def digit_off(dob, pos, new):
    s = list(dob)
    s[pos] = new
    return "".join(s)


h = hire("B24_dob_one_digit_off_day", "MANUAL_REVIEW", "README: same names, DOB one keystroke off (<=4 namesakes) is a lead -> review",
         "Cornelius", "Abbott", dob="1979-06-14", state="TX")
used_dobs.add("1979-06-16")
add_decert(h, -600, source="TX", dob="1979-06-16")
h = hire("B25_dob_one_digit_off_month", "MANUAL_REVIEW", "DOB one digit off in the month: lead -> review",
         "Henrietta", "Vance", dob="1986-03-21", state="AZ")
add_decert(h, -1700, source="AZ", dob="1986-08-21", action="suspended")
h = hire("B26_dob_adjacent_digits_swapped", "MANUAL_REVIEW", "two adjacent digits swapped in DOB (day 12 vs 21): lead -> review",
         "Thaddeus", "Merriweather", dob="1975-05-12", state="MN")
add_decert(h, -1000, source="MN", dob="1975-05-21")
h = hire("B27_dob_one_digit_off_year_namesake_or_self", "MANUAL_REVIEW",
         "same rare name, birth year one digit off (1975 vs 1985): README lead (cannot tell father from keying error) -> review",
         "Cyrus", "Blackwood", dob="1985-10-19", state="VA")
add_decert(h, -300, source="VA", dob="1975-10-19", pid="B27:other")
h = hire("B28_suffix_on_hire_only", "RECALL", "suffix ignored (README); same name + DOB; decert before hire",
         "Desmond", "Ashby", suffix="Jr.", state="FL")
add_decert(h, -1100, source="FL")
h = hire("B29_suffix_in_decert_surname", "RECALL", "README: 'a suffix written into the surname' allowed; decert before hire",
         "Percival", "Okafor", state="TX")
add_decert(h, -450, source="TX", last="Okafor Jr.")
h = hire("B30_decert_blank_dob", "MANUAL_REVIEW", "decert without birth date, names agree: README name-only lead -> review",
         "Augustin", "Rochefort", state="NY")
add_decert(h, -800, source="NY", dob="")
h = hire("B31_decert_blank_dob_other_state", "MANUAL_REVIEW", "name-only decert lead (no DOB) -> review",
         "Wilhelmina", "Tate", state="CA", middle="Joy")
add_decert(h, -2300, source="AZ", dob="", action="surrendered")
h = hire("B32_decert_blank_dob_after_hire", "VERIFIED_LEO",
         "name-only decert but dated after hire: it cannot void status at hire even if it is hers/his",
         "Bartholomew", "Greer", state="MN")
add_decert(h, 250, source="MN", dob="")
h = hire("B33_decert_birth_year_only_agrees", "MANUAL_REVIEW", "decert publishes only birth year, year agrees: no full DOB -> lead -> review",
         "Evangeline", "Markham", state="TX")
add_decert(h, -1300, source="TX", dob=h["date_of_birth"][:4])
h = hire("B34_decert_birth_year_only_disagrees", "VERIFIED_LEO", "year-only decert whose year (far) disagrees: a different person",
         "Leopold", "Fairchild", dob=new_dob(year=1977), state="FL")
add_decert(h, -1300, source="FL", dob="1962", pid="B34:other")
h = hire("B35_middle_name_as_first", "RECALL|MANUAL_REVIEW",
         "README: middle name used as first name is one allowed variation, but the decert has no middle to confirm the leftover names (could be a sibling)",
         "Dale", "Sorensen", middle="Everett", state="MN")
add_decert(h, -1000, source="MN", first="Everett")
h = hire("B36_first_last_swapped", "MANUAL_REVIEW", "README: first name and surname swapped between columns with DOB agreeing is a lead -> review",
         "Wei", "Zhang", state="CA")
add_decert(h, -700, source="CA", first="ZHANG", last="WEI")
h = hire("B37_two_variations_nickname_plus_typo", "MANUAL_REVIEW", "nickname AND surname typo = two variations: README lead -> review",
         "William", "Ostrander", state="VA")
add_decert(h, -1500, source="VA", first="Bill", last="Ostrandr")
h = hire("B38_swapped_dob_common_name", "MANUAL_REVIEW",
         "swapped DOB with >4 registry namesakes (Michael Johnson): README 'swapped birth date shared with namesakes' lead -> review",
         "Michael", "Johnson", state="TX", swappable=True)
add_decert(h, -400, source="TX", dob=swap(h["date_of_birth"]))
h = hire("B39_uppercase_whitespace", "RECALL", "case and surrounding spaces are not variations; decert before hire",
         "Douglas", "McAllister", state="AZ")
add_decert(h, -650, source="AZ", first=" DOUGLAS", last="MCALLISTER  ")
h = hire("B40_apostrophe_dropped", "RECALL", "punctuation ignored (O'Rourke/ORourke); decert before hire",
         "Siobhan", "O'Rourke", state="NY")
add_decert(h, -1700, source="NY", last="ORourke")
h = hire("B41_period_dropped", "RECALL", "punctuation ignored (St. John/St John); decert before hire",
         "Malcolm", "St. John", state="FL")
add_decert(h, -800, source="FL", last="St John", action="suspended")
h = hire("B42_typo_plus_swapped_dob_keying", "RECALL",
         "README: keying errors (one typo and/or swapped day-month) count as ONE variation -> strong; rare name -> RECALL",
         "Philippa", "Grantham", state="MN", swappable=True)
add_decert(h, -1200, source="MN", last="Grnatham", dob=swap(h["date_of_birth"]))
h = hire("B43_nickname_decert_after_hire", "VERIFIED_LEO", "nickname decert dated after hire: cannot void status at hire",
         "Richard", "Vandermeer", state="TX")
add_decert(h, 200, source="TX", first="Dick")
h = hire("B44_swapped_dob_decert_after_hire", "VERIFIED_LEO", "swapped-DOB decert after hire: irrelevant to status at hire",
         "Lavinia", "Crowe", state="CA", swappable=True)
add_decert(h, 45, source="CA", dob=swap(h["date_of_birth"]))
h = hire("B45_first_initial_only", "MANUAL_REVIEW", "decert gives only the first initial (D.), DOB+surname agree: README 'start of the first name' lead -> review",
         "Daniel", "Ravenscroft", state="AZ")
add_decert(h, -900, source="AZ", first="D.")
h = hire("B46_nickname_other_state", "RECALL", R_STRONG + "RECALL (Tony/Anthony; decert in FL, cert in MN)",
         "Anthony", "Castellucci", state="MN")
add_decert(h, -1350, source="FL", first="Tony")
h = hire("B47_nickname_jon_jonathan", "RECALL", R_STRONG + "RECALL (Jon/Jonathan)",
         "Jonathan", "Eberhardt", state="NY", middle="Paul")
add_decert(h, -260, source="NY", first="Jon", action="surrendered")
h = hire("B48_hyphenated_hire_decert_second_part", "RECALL", R_STRONG + "RECALL (decert under second part of hyphenated surname)",
         "Tamsin", "Ferris-Hale", state="VA")
add_decert(h, -1600, source="VA", last="Hale")
h = hire("B49_maiden_in_middle_decert_other_state", "RECALL", "maiden name carried as middle name (strong); decert in AZ, cert in TX",
         "Lucinda", "Marwick", middle="Pettigrew", state="TX")
add_decert(h, -2500, source="AZ", last="Pettigrew", action="surrendered")
h = hire("B50_typo_first_decert_after", "VERIFIED_LEO", "one-letter typo decert dated after hire: irrelevant",
         "Gwendolyn", "Ashworth", state="MN")
add_decert(h, 500, source="MN", first="Gwendolin")

# ---------------- C: namesakes and twins (must NOT count against the hire)
R_NS = "README/DESIGN: namesakes (another birth date) and twins are not linked; own cert clean -> VERIFIED_LEO"
h = hire("C01_common_namesake_decert", "VERIFIED_LEO", R_NS + " (John Smith, decert for a John Smith born far away)",
         "John", "Smith", state="TX")
add_decert(h, -800, source="TX", dob=new_dob(), pid="C01:other")
h = hire("C02_rare_namesake_decert", "VERIFIED_LEO", R_NS + " (rare name, decert DOB 20 yrs off, >1 digit)",
         "Ambrose", "Kettering", dob="1984-07-23", state="MN")
add_decert(h, -900, source="MN", dob="1961-02-17", pid="C02:other")
used_dobs.add("1961-02-17")
h = hire("C03_twin_brother_decert", "VERIFIED_LEO", R_NS + " (twin: same surname+DOB, first name Thomas vs Daniel)",
         "Daniel", "Pelletier", state="NY")
add_decert(h, -1000, source="NY", first="Thomas", pid="C03:twin")
h = hire_old("C04_twin_sister_decert_and_revoked_cert", "VERIFIED_LEO", R_NS + " (twin Veronica with revoked cert + decert; hire Rebecca)",
         "Rebecca", "Solano", state="AZ")
add_decert(h, -600, source="AZ", first="Veronica", pid="C04:twin")
add_cert(h, "AZ", "Police Officer", "revoked", issued=h["hire_date"] - dt.timedelta(days=4000),
         separation=h["hire_date"] - dt.timedelta(days=600), first="Veronica", middle="", pid="C04:twin", role="twin_cert")
h = hire("C05_opposite_sex_twin", "VERIFIED_LEO", "README: Paul and Paula are two people (twins); his decert is not hers",
         "Paula", "Gunderson", state="MN")
add_decert(h, -500, source="MN", first="Paul", pid="C05:twin")
h = hire("C06_father_son_suffix", "VERIFIED_LEO", "decert of father Robert Kessler (born 1963); hire Jr. born 1991: namesake",
         "Robert", "Kessler", suffix="Jr.", dob="1991-09-24", state="FL")
add_decert(h, -2000, source="FL", dob="1963-01-26", pid="C06:father")
add_cert(h, "FL", "Deputy Sheriff", "inactive", issued=D(1988, 5, 1), separation=D(2012, 6, 30),
         dob="1963-01-26", middle="", last="Kessler", pid="C06:father", role="father_cert")
used_dobs.add("1963-01-26")
h = hire("C07_common_name_two_people_decert_other", "VERIFIED_LEO", R_NS + " (two James Brown in registry; decert is the other one's)",
         "James", "Brown", state="CA")
odob = new_dob()
add_cert(h, "TX", "Peace Officer", "revoked", issued=D(2005, 3, 1), separation=D(2019, 8, 1), dob=odob, middle="",
         pid="C07:other", role="namesake_cert")
add_decert(h, -1500, source="TX", dob=odob, pid="C07:other")
h = hire("C08_common_name_two_people_decert_self", "RECALL", "two Maria Garcia in registry; the decert carries the hire's own DOB -> hers -> RECALL",
         "Maria", "Garcia", state="TX", middle="Elena")
add_cert(h, "CA", "Police Officer", "active", issued=D(2009, 3, 1), dob=new_dob(), middle="", pid="C08:other", role="namesake_cert")
add_decert(h, -1100, source="TX")
h = hire("C09_common_name_two_people_decert_other", "VERIFIED_LEO", R_NS + " (two David Lee; decert for the other DOB)",
         "David", "Lee", state="NY")
odob = new_dob()
add_cert(h, "NY", "Police Officer", "suspended", issued=D(2008, 3, 1), dob=odob, middle="", pid="C09:other", role="namesake_cert")
add_decert(h, -300, source="NY", dob=odob, action="suspended", pid="C09:other")
h = hire("C10_namesake_same_month_two_digits_off", "VERIFIED_LEO", R_NS + " (same year-month, day two digits off: not a keystroke error)",
         "Horatio", "Pembrook", dob="1982-07-26", state="VA")
add_decert(h, -450, source="VA", dob="1982-07-03", pid="C10:other")
used_dobs.add("1982-07-03")
h = hire("C11_common_name_many_namesake_decerts", "VERIFIED_LEO", R_NS + " (three Christopher Williams decerts, none with the hire's DOB)",
         "Christopher", "Williams", state="FL")
for k in range(3):
    add_decert(h, -300 - 400 * k, source=["FL", "TX", "NY"][k], dob=new_dob(), pid=f"C11:other{k}")
h = hire("C12_twin_brother_decert_other_state", "VERIFIED_LEO", R_NS + " (twin Nathaniel vs hire Gordon Whitlock; twin decert in NY)",
         "Gordon", "Whitlock", state="CA", middle="Reed")
add_decert(h, -1200, source="NY", first="Nathaniel", pid="C12:twin")
h = hire("C13_namesake_blank_action_date", "VERIFIED_LEO", R_NS + " (namesake decert, other DOB, blank action_date)",
         "Garrett", "Pennington", state="TX")
add_decert(h, date="", source="TX", dob=new_dob(), pid="C13:other")
h = hire("C14_mother_daughter_same_name", "VERIFIED_LEO", "decert of the mother (same name, born 25 yrs earlier) is not the hire's",
         "Lorelei", "Ashbury", dob="1993-11-17", state="AZ")
add_decert(h, -3000, source="AZ", dob="1968-04-25", pid="C14:mother")
used_dobs.add("1968-04-25")

# ---------------- D: several certifications
h = hire_old("D01_revoked_cert_one_state_active_other", "VERIFIED_LEO|MANUAL_REVIEW",
         "contract tests each cert: MN active sworn qualifies; a revoked TX cert is not a decert action. Review also defensible",
         "Gabriel", "Ashdown", state="MN")
add_cert(h, "TX", "Peace Officer", "revoked", issued=h["hire_date"] - dt.timedelta(days=5000),
         separation=h["hire_date"] - dt.timedelta(days=3200), role="own_cert_revoked")
h = hire_old("D02_suspended_cert_one_state_active_other", "VERIFIED_LEO|MANUAL_REVIEW",
         "NY active sworn qualifies per contract; the FL cert is suspended with no decert row; review defensible",
         "Lorraine", "Kinsella", state="NY", middle="Faye")
add_cert(h, "FL", "Police Officer", "suspended", issued=h["hire_date"] - dt.timedelta(days=4600),
         separation=h["hire_date"] - dt.timedelta(days=3000), role="own_cert_suspended")
h = hire_old("D03_sworn_lapsed_long_ago_plus_corrections", "RECALL",
         "sworn cert separated ~6 yrs before hire (>3-yr window); active cert is Correctional Officer (not sworn) -> RECALL",
         "Winston", "Ridley", cert=False)
add_cert(h, "TX", "Police Officer", "lapsed", issued=h["hire_date"] - dt.timedelta(days=4400),
         separation=h["hire_date"] - dt.timedelta(days=2200), role="own_cert_old")
add_cert(h, "TX", "Correctional Officer", "active", issued=h["hire_date"] - dt.timedelta(days=2000), role="own_cert_corr")
h = hire_old("D04_sworn_inactive_4y_plus_detention", "RECALL", "sworn separated 4 yrs before hire; active cert is detention -> nothing qualifies",
         "Marguerite", "Bassett", cert=False, middle="Ann")
add_cert(h, "AZ", "Peace Officer", "inactive", issued=h["hire_date"] - dt.timedelta(days=3700),
         separation=h["hire_date"] - dt.timedelta(days=1500), role="own_cert_old")
add_cert(h, "AZ", "Detention Officer", "active", issued=h["hire_date"] - dt.timedelta(days=1400), role="own_cert_det")
h = hire_old("D05_sworn_lapsed_recent", "VERIFIED_LEO", "lapsed is an accepted status; separated 14 months before hire (<3 yrs), 8 yrs service",
         "Conrad", "Ambler", cert=False)
add_cert(h, "VA", "Police Officer", "lapsed", issued=h["hire_date"] - dt.timedelta(days=3400),
         separation=h["hire_date"] - dt.timedelta(days=425), role="own_cert")
h = hire_old("D06_old_maiden_cert_plus_current_cert", "VERIFIED_LEO", "current active cert exact match qualifies; old maiden-name cert is clean (inactive), no decert",
         "Allison", "Fairweather", middle="Marie", state="MN")
add_cert(h, "CA", "Police Officer", "inactive", issued=h["hire_date"] - dt.timedelta(days=6000),
         separation=h["hire_date"] - dt.timedelta(days=4500), last="Penhallow", role="own_cert_maiden")
h = hire_old("D07_revoked_cert_under_maiden_name", "MANUAL_REVIEW",
         "README: a qualifying hire still goes to review when a revoked cert may be hers (name-change lead: first+middle+DOB agree, other surname)",
         "Celeste", "Armitage", middle="Noelle", state="TX")
add_cert(h, "FL", "Police Officer", "revoked", issued=h["hire_date"] - dt.timedelta(days=5200),
         separation=h["hire_date"] - dt.timedelta(days=3900), last="Dunmore", role="own_cert_maiden_revoked")
h = hire_old("D08_only_cert_under_maiden_name_middle_agrees", "MANUAL_REVIEW",
         "only sworn cert is under another surname with first+middle+DOB agreeing: README name-change lead, never verifies -> review",
         "Juliet", "Carrow", middle="Rosamund", cert=False)
add_cert(h, "NY", "Police Officer", "active", issued=h["hire_date"] - dt.timedelta(days=3000), last="Pickering",
         role="own_cert_maiden")
h = hire_old("D09_only_cert_under_maiden_name_hire_middle_is_maiden", "VERIFIED_LEO",
         "README strong: maiden name carried as the hire's middle name; cert active sworn",
         "Bridget", "Carmody", middle="Hollis", cert=False)
add_cert(h, "MN", "Peace Officer", "active", issued=h["hire_date"] - dt.timedelta(days=2900), last="Hollis", middle="",
         role="own_cert_maiden")
h = hire_old("D10_fed_and_state_decert_state", "RECALL", R_DECERT + "; FED cert active but state decert (person-level) before hire",
         "Raymond", "Tillman", state="FED", ctype="Federal Law Enforcement Officer")
add_cert(h, "TX", "Peace Officer", "revoked", issued=h["hire_date"] - dt.timedelta(days=5000),
         separation=h["hire_date"] - dt.timedelta(days=3800), role="own_cert_revoked")
add_decert(h, -3800, source="TX", action="revoked")
h = hire_old("D11_fed_active_state_revoked_no_decert", "VERIFIED_LEO|MANUAL_REVIEW",
         "FED active federal LEO qualifies per contract; state cert revoked but no decert row -> review defensible",
         "Sylvia", "Halloran", state="FED", ctype="Federal Law Enforcement Officer", middle="Kay")
add_cert(h, "VA", "Police Officer", "revoked", issued=h["hire_date"] - dt.timedelta(days=4800),
         separation=h["hire_date"] - dt.timedelta(days=3500), role="own_cert_revoked")
h = hire_old("D12_fed_active_state_old_clean", "VERIFIED_LEO", "FED federal LEO active qualifies; old state cert clean",
         "Emmett", "Castile", state="FED", ctype="Federal Law Enforcement Officer")
add_cert(h, "AZ", "Peace Officer", "inactive", issued=h["hire_date"] - dt.timedelta(days=6000),
         separation=h["hire_date"] - dt.timedelta(days=2200), role="own_cert_old")
h = hire_old("D13_only_cert_revoked_status", "RECALL", "only sworn cert has status revoked (contract: never verifies); no completed basic",
         "Horace", "Lindgren", state="MN", cert_status="revoked", sep=None)
h = hire_old("D14_cert_revoked_status_decert_after_hire", "VERIFIED_LEO|MANUAL_REVIEW|RECALL",
         "AMBIGUOUS: registry status 'revoked' (contract: status not revoked) but the only decert is dated after hire, so at hire it was likely good",
         "Valentina", "Rusk", state="CA", cert_status="revoked")
add_decert(h, 300, source="CA", action="revoked")
h = hire_old("D15_nickname_decert_other_state_plus_fed", "RECALL", R_DECERT + "; Tim/Timothy decert in VA, certs in FED and MN",
         "Timothy", "Brightman", state="MN")
add_cert(h, "FED", "Federal Law Enforcement Officer", "active", issued=h["hire_date"] - dt.timedelta(days=2200), role="own_cert_fed")
add_decert(h, -900, source="VA", first="Tim")
h = hire_old("D16_two_certs_one_with_registry_typo", "VERIFIED_LEO", "two active certs of the same person (one misspelt); both good; no decert",
         "Augusta", "Lindell", state="NY")
add_cert(h, "FL", "Police Officer", "active", issued=h["hire_date"] - dt.timedelta(days=2500), first="Agusta", role="own_cert_typo")
h = hire_old("D17_certs_two_surnames_decert_under_maiden_middle", "RECALL",
         "hire's middle = maiden name (strong); certs under both surnames; decert under maiden name before hire -> RECALL",
         "Rosalyn", "Trevelyan", middle="Corbett", state="AZ")
add_cert(h, "TX", "Peace Officer", "inactive", issued=h["hire_date"] - dt.timedelta(days=5500),
         separation=h["hire_date"] - dt.timedelta(days=3000), last="Corbett", middle="", role="own_cert_maiden")
add_decert(h, -3000, source="TX", last="Corbett")
h = hire_old("D18_sworn_plus_corrections_both_active", "VERIFIED_LEO", "active sworn cert qualifies; an extra corrections cert changes nothing",
         "Quentin", "Marlowe", state="FL")
add_cert(h, "FL", "Correctional Officer", "inactive", issued=h["hire_date"] - dt.timedelta(days=5000),
         separation=h["hire_date"] - dt.timedelta(days=3800), role="own_cert_corr")
h = hire_old("D19_suspended_cert_same_state_decert_before", "RECALL", R_DECERT + "; cert itself suspended too",
         "Isadora", "Finch", state="VA", cert_status="suspended")
add_decert(h, -200, source="VA", action="suspended")

# ---------------- E: blank action_date
h = hire("E01_own_decert_blank_action_date", "MANUAL_REVIEW", "README: a qualifying hire goes to review when a decert of theirs has no date",
         "Reginald", "Foxworth", state="TX")
add_decert(h, date="", source="TX")
h = hire("E02_own_decert_blank_action_date_other_state", "MANUAL_REVIEW", "own suspension, no action_date, other state -> cannot decide -> review",
         "Delphine", "Arceneaux", state="FL", middle="Marie")
add_decert(h, date="", source="CA", action="suspended")
h = hire("E03_no_cert_own_decert_blank_date", "RECALL", "no certification at all -> not verified regardless of the undated decert -> RECALL",
         "Lionel", "Harcourt", cert=False)
add_decert(h, date="", source="MN")
h = hire("E04_nickname_decert_blank_date", "MANUAL_REVIEW", "Sue/Susan decert (strong link) with no action_date -> review",
         "Susan", "Kilbride", state="NY")
add_decert(h, date="", source="NY", first="Sue", action="surrendered")

# ---------------- F: no certification, but a decertification
h = hire("F01_no_cert_decert_before", "RECALL", "no certification links -> not verified; decert only adds to it -> RECALL",
         "Jerome", "Kincaid", cert=False)
add_decert(h, -1000, source="MN")
h = hire("F02_no_cert_decert_before_other", "RECALL", "no certification; surrendered before hire -> RECALL",
         "Octavia", "Blaylock", cert=False, middle="Jean")
add_decert(h, -2500, source="FL", action="surrendered")
h = hire("F03_no_cert_decert_after", "RECALL", "no certification -> not verified (decert after hire irrelevant)",
         "Vanessa", "Ruehl", cert=False)
add_decert(h, 150, source="AZ")
h = hire("F04_no_cert_decert_basic_done", "REMEDIATED", "not verified; basic course completed since -> REMEDIATED",
         "Oscar", "Lindahl", cert=False, basic_done=True)
add_decert(h, -700, source="TX")
h = hire("F05_corrections_only_decert", "RECALL", "only a Jailer cert (not sworn) + decert -> RECALL",
         "Norma", "Greaves", cert=False)
add_cert(h, "TX", "Jailer", "revoked", issued=h["hire_date"] - dt.timedelta(days=3000),
         separation=h["hire_date"] - dt.timedelta(days=900), role="own_cert_jailer")
add_decert(h, -900, source="TX")
h = hire("F06_no_cert_common_name_namesake_decert", "RECALL", "no certification (Kevin Murphy); a namesake decert does not change it -> RECALL",
         "Kevin", "Murphy", cert=False)
add_decert(h, -400, source="NY", dob=new_dob(), pid="F06:other")

# ---------------- G: controls (no decertification of the hire anywhere)
for i, (f, m, l, st) in enumerate([("Michael", "", "Johnson", "CA"), ("Jennifer", "Ann", "Miller", "TX"),
                                    ("Luis", "", "Hernández", "AZ"), ("Erin", "", "O'Connell", "NY"),
                                    ("Samuel", "T", "Nguyen", "VA"), ("Patricia", "", "Delgado-Ruiz", "FL"),
                                    ("Aaron", "", "Whitmore", "MN"), ("Zoë", "", "Brandtner", "MN")]):
    hire(f"G{i + 1:02d}_clean_control", "VERIFIED_LEO", "clean sworn cert, no decertification of this person",
         f, l, middle=m, state=st)
h = hire("G09_clean_inactive_recent", "VERIFIED_LEO", "inactive, separated 10 months before hire (<3 yrs); no decert",
         "Felix", "Strand", state="TX", cert_status="inactive", sep=None)
certs[-1]["separation_date"] = h["hire_date"] - dt.timedelta(days=300)
hire("G10_basic_track_clean", "NOT_APPLICABLE", "full track", "Megan", "Ruiz", track="BASIC", short_course=False, state="CA")
hire("G11_clean_common_name_crowded", "VERIFIED_LEO", "clean cert; many namesakes in registry with other DOBs, some decertified",
     "John", "Smith", state="NY")

# a few more repeats on the decisive lines (other states / actions), for count and robustness
h = hire("A26_own_revoked_before_same_state", "RECALL", R_DECERT, "Ignatius", "Pomeroy", state="AZ")
add_decert(h, -60, source="AZ", action="revoked")
h = hire("A27_own_surrendered_before_other_state", "RECALL", R_DECERT, "Beatrix", "Holloway", state="MN", middle="Lee")
add_decert(h, -3100, source="NY", action="surrendered")
h = hire("A28_own_revoked_on_hire_date_other_state", "RECALL", "'on or before hire_date': same day, other state",
         "Cedric", "Langford", state="CA")
add_decert(h, 0, source="AZ", action="revoked")
h = hire("A29_own_suspended_after_long", "VERIFIED_LEO", "suspension 2 yrs after hire does not void status at hire",
         "Marisa", "Quintero", state="TX")
add_decert(h, 730, source="TX", action="suspended")
h = hire("B51_nickname_decert_on_hire_date", "RECALL", "Liz/Elizabeth strong link; decert on hire date ('on or before')",
         "Elizabeth", "Thackeray", state="VA")
add_decert(h, 0, source="VA", first="Liz")
h = hire("B52_swap_and_other_state_suspended", "RECALL", "swapped DOB (rare name) + other state, suspended before hire",
         "Fenella", "Ormsby", state="AZ", swappable=True)
add_decert(h, -1550, source="MN", action="suspended", dob=swap(h["date_of_birth"]))
h = hire("B53_decert_hyphen_space_variant", "RECALL", "punctuation: 'Van Der Berg' vs 'Vanderberg' style compound written without spaces",
         "Pieter", "Van Der Berg", state="MN")
add_decert(h, -1000, source="MN", last="Vanderberg")
h = hire("C15_twin_same_initial", "VERIFIED_LEO", R_NS + " (twin Abigail vs hire Adelaide Fontaine; different names)",
         "Adelaide", "Fontaine", state="NY")
add_decert(h, -700, source="NY", first="Abigail", pid="C15:twin")
h = hire("C16_namesake_swap_would_be_invalid", "VERIFIED_LEO", R_NS + " (namesake DOB differs in year and day; far)",
         "Ulysses", "Trammell", dob="1980-05-27", state="FL")
add_decert(h, -700, source="FL", dob="1991-05-14", pid="C16:other")
used_dobs.add("1991-05-14")

# --------------------------------------------------------------------------------------
# background: a few thousand registry rows, a few hundred decertifications of other people
# --------------------------------------------------------------------------------------
MALE = [("Michael", 30), ("James", 28), ("John", 27), ("Robert", 26), ("David", 25), ("William", 22),
        ("Christopher", 22), ("Joseph", 18), ("Daniel", 18), ("Matthew", 16), ("Anthony", 14), ("Mark", 12),
        ("Steven", 12), ("Thomas", 12), ("Jason", 12), ("Brian", 11), ("Kevin", 11), ("Richard", 10),
        ("Jeffrey", 9), ("Ryan", 9), ("Eric", 9), ("Joshua", 9), ("Andrew", 9), ("Timothy", 8), ("Scott", 8),
        ("Charles", 8), ("Jose", 8), ("Juan", 6), ("Carlos", 6), ("Luis", 5), ("Jonathan", 6), ("Brandon", 6),
        ("Justin", 6), ("Adam", 5), ("Nicholas", 5), ("Gregory", 5), ("Patrick", 5), ("Kenneth", 5), ("Paul", 5),
        ("Aaron", 4), ("Sean", 4), ("Benjamin", 4), ("Samuel", 4), ("Jeremy", 4), ("Gary", 4), ("Edward", 4),
        ("Travis", 3), ("Tyler", 3), ("Marcus", 3), ("Derek", 3), ("Victor", 3), ("Miguel", 4), ("Antonio", 3),
        ("Raymond", 3), ("Dennis", 3), ("Kyle", 3), ("Shawn", 3), ("Nathan", 3), ("Peter", 3), ("Frank", 3),
        ("Ricardo", 2), ("Hector", 2), ("Omar", 2), ("Darnell", 2), ("Terrence", 2), ("Jorge", 3), ("Roberto", 2)]
FEMALE = [("Jennifer", 30), ("Jessica", 22), ("Sarah", 18), ("Amanda", 16), ("Melissa", 15), ("Michelle", 14),
          ("Elizabeth", 14), ("Stephanie", 13), ("Nicole", 13), ("Lisa", 12), ("Kimberly", 12), ("Heather", 11),
          ("Angela", 11), ("Amy", 10), ("Rebecca", 9), ("Maria", 10), ("Laura", 8), ("Christina", 8),
          ("Rachel", 7), ("Erin", 6), ("Emily", 6), ("Megan", 6), ("Crystal", 5), ("Tiffany", 5), ("Andrea", 5),
          ("Samantha", 5), ("Katherine", 5), ("Patricia", 4), ("Linda", 4), ("Susan", 4), ("Karen", 4),
          ("Denise", 3), ("Tanya", 3), ("Monica", 3), ("Veronica", 3), ("Ana", 3), ("Rosa", 2), ("Latoya", 2),
          ("Keisha", 2), ("Yesenia", 2), ("Margaret", 3), ("Catherine", 3), ("Diana", 3), ("Alicia", 3), ("Tamara", 3)]
SURNAMES = """Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez
Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis
Robinson Walker Young Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera
Campbell Mitchell Carter Roberts Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart
Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim
Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo
Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins Perry Russell Sullivan Bell Coleman Butler
Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson Alexander Hamilton Graham Reynolds
Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina Aguilar Stevens Murray Ford
Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas Henry Chen Freeman
Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason Dixon
Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer
Hawkins Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong
Hudson Carroll Lane Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards
Willis Carpenter Lawrence Sandoval""".split()
SW = [1.0 / (i + 1) ** 0.85 for i in range(len(SURNAMES))]
CTYPES = {"MN": [("Peace Officer", 60), ("Part-Time Peace Officer", 4), ("Correctional Officer", 12), ("Detention Officer", 6),
                 ("Telecommunicator", 5), ("Reserve Officer", 3), ("State Trooper", 4), ("Probation Officer", 4)],
          "TX": [("Peace Officer", 55), ("Jailer", 15), ("Telecommunicator", 8), ("Correctional Officer", 8),
                 ("Reserve Officer", 3), ("Deputy Sheriff", 6)],
          "CA": [("Police Officer", 45), ("Deputy Sheriff", 15), ("Correctional Officer", 12), ("Reserve Officer", 5),
                 ("Dispatcher", 6), ("Probation Officer", 5)],
          "FL": [("Police Officer", 50), ("Correctional Officer", 20), ("Correctional Probation Officer", 6),
                 ("Deputy Sheriff", 10)],
          "NY": [("Police Officer", 55), ("Peace Officer", 10), ("Correction Officer", 15), ("Deputy Sheriff", 8)],
          "AZ": [("Peace Officer", 55), ("Detention Officer", 15), ("Reserve Officer", 5), ("Deputy Sheriff", 8)],
          "VA": [("Police Officer", 50), ("Deputy Sheriff", 12), ("Jailer", 10), ("Correctional Officer", 10),
                 ("Dispatcher", 4)],
          "FED": [("Federal Law Enforcement Officer", 100)]}
STATUS_W = [("active", 58), ("inactive", 25), ("lapsed", 11), ("revoked", 4), ("suspended", 2)]


def wchoice(pairs):
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


# index test rows for the no-accidental-match check
test_rows = []
for h in hires:
    test_rows.append((h["_pid"], h["first_name"], h["middle_name"], h["last_name"], h["date_of_birth"]))
for c in certs:
    test_rows.append((c["_pid"], c["first_name"], c["middle_name"], c["last_name"], c["date_of_birth"]))
for c in decerts:
    test_rows.append((c["_pid"], c["first_name"], "", c["last_name"], c["date_of_birth"]))
by_dob: dict[str, list] = {}
for pid, f, m, l, dob in test_rows:
    d = str(dob or "")
    if len(d) == 10:
        for nb in dob_neighbours(d):
            by_dob.setdefault(nb, []).append((pid, tokens(f, m, l)))
test_fullnames = {(norm(f).strip(), norm(l).strip()) for _, f, _, l, _ in test_rows}


def conflicts(first, middle, last, dob) -> bool:
    tb = tokens(first, middle, last)
    if not dob:
        return (norm(first).strip(), norm(last).strip()) in test_fullnames or any(
            names_related(tokens(f, m, l), tb) and norm(l).split()[-1:] == norm(last).split()[-1:]
            for _, f, m, l, _ in test_rows)
    for _, ta in by_dob.get(dob, []):
        if names_related(ta, tb):
            return True
    return False


def bg_dob():
    y = rng.randint(1960, 1999)
    return f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


bg_people = []
n_redraw = [0]


def bg_person(first=None, last=None, female=None):
    female = rng.random() < 0.38 if female is None else female
    f = first or wchoice(FEMALE if female else MALE)
    l = last or rng.choices(SURNAMES, weights=SW)[0]
    r = rng.random()
    m = wchoice(FEMALE if female else MALE) if r < 0.5 else (rng.choice("ABCDEJLMRST") if r < 0.65 else "")
    while True:
        dob = bg_dob()
        if not conflicts(f, m, l, dob):
            break
        n_redraw[0] += 1
    p = dict(pid=f"BG{len(bg_people):05d}", first=f, middle=m, last=l, dob=dob)
    bg_people.append(p)
    return p


bg_certs = []


def bg_certs_for(p, n=None, force_state=None):
    n = n or rng.choices([1, 2, 3], weights=[85, 12, 3])[0]
    states = [force_state] if force_state else []
    while len(states) < n:
        s = rng.choices(STATES, weights=[12, 18, 18, 14, 12, 8, 8, 10])[0]
        if s not in states:
            states.append(s)
    for s in states:
        ctype = wchoice(CTYPES[s])
        status = wchoice(STATUS_W)
        y0 = int(p["dob"][:4]) + rng.randint(21, 35)
        issued = D(min(y0, 2024), rng.randint(1, 12), rng.randint(1, 28))
        sep = ""
        if status != "active":
            end = issued + dt.timedelta(days=rng.randint(200, 15 * 365))
            sep = min(end, D(2025, 6, 30))
        bg_certs.append(dict(record_id=None, source=s, first_name=p["first"], middle_name=p["middle"] if rng.random() < 0.8 else "",
                             last_name=p["last"], date_of_birth=p["dob"], certification_type=ctype, status=status,
                             issued_date=issued, separation_date=sep, agency=agency(s),
                             _case="", _pid=p["pid"], _role="background", _hire_id=""))


for _ in range(3300):
    bg_certs_for(bg_person())
# realistic crowding of the test hires' common names, born on other (far) dates
for f, l, fem, k in [("Michael", "Johnson", False, 8), ("John", "Smith", False, 9), ("James", "Brown", False, 5),
                     ("Maria", "Garcia", True, 7), ("David", "Lee", False, 5), ("Christopher", "Williams", False, 5),
                     ("Kevin", "Murphy", False, 3), ("Jennifer", "Miller", True, 4), ("Jose", "Nunez", False, 2),
                     ("Wei", "Zhang", False, 2), ("Luis", "Hernandez", False, 3), ("Samuel", "Nguyen", False, 2),
                     ("Megan", "Ruiz", True, 2), ("Robert", "Kessler", False, 1), ("Daniel", "Ortiz", False, 3)]:
    for _ in range(k):
        bg_certs_for(bg_person(f, l, fem))

bg_decerts = []
revoked_people = sorted({c["_pid"] for c in bg_certs if c["status"] in ("revoked", "suspended")})
pid2p = {p["pid"]: p for p in bg_people}
for pid in revoked_people[:150]:
    p = pid2p[pid]
    cs = [c for c in bg_certs if c["_pid"] == pid and c["status"] in ("revoked", "suspended")]
    c = cs[0]
    ad = (c["separation_date"] or D(2024, 1, 1))
    if isinstance(ad, dt.date):
        ad = ad + dt.timedelta(days=rng.randint(0, 200))
    act = "suspended" if c["status"] == "suspended" else rng.choice(["revoked", "revoked", "surrendered"])
    bg_decerts.append(dict(record_id=None, source=c["source"] if c["source"] != "FED" else "FED", first_name=p["first"],
                           last_name=p["last"], date_of_birth=p["dob"], action=act, action_date=ad,
                           reason=rng.choice(REASONS), _case="", _pid=pid, _role="background", _hire_id=""))
# registry people decertified elsewhere, and people never in the loaded registries
for _ in range(60):
    p = rng.choice(bg_people)
    bg_decerts.append(dict(record_id=None, source=rng.choice(["MN", "TX", "CA", "FL", "NY", "AZ", "VA", "NV"]),
                           first_name=p["first"], last_name=p["last"], date_of_birth=p["dob"],
                           action=wchoice([("revoked", 6), ("suspended", 3), ("surrendered", 2)]),
                           action_date=D(2000, 1, 1) + dt.timedelta(days=rng.randint(0, 9300)),
                           reason=rng.choice(REASONS), _case="", _pid=p["pid"], _role="background", _hire_id=""))
for _ in range(140):
    p = bg_person()
    bg_decerts.append(dict(record_id=None, source=rng.choice(["MN", "TX", "CA", "FL", "NY", "AZ", "VA", "NV", "FED"]),
                           first_name=p["first"], last_name=p["last"], date_of_birth=p["dob"],
                           action=wchoice([("revoked", 6), ("suspended", 3), ("surrendered", 2)]),
                           action_date=D(1998, 1, 1) + dt.timedelta(days=rng.randint(0, 10000)),
                           reason=rng.choice(REASONS), _case="", _pid=p["pid"], _role="background", _hire_id=""))
# namesake decertifications of the crowded common names (other people, other dates)
for f, l, fem in [("Michael", "Johnson", False), ("John", "Smith", False), ("John", "Smith", False),
                  ("Maria", "Garcia", True), ("Christopher", "Williams", False), ("Kevin", "Murphy", False),
                  ("Jennifer", "Miller", True)]:
    p = bg_person(f, l, fem)
    bg_decerts.append(dict(record_id=None, source=rng.choice(["TX", "CA", "NY"]), first_name=f, last_name=l,
                           date_of_birth=p["dob"], action="revoked",
                           action_date=D(2005, 1, 1) + dt.timedelta(days=rng.randint(0, 6000)),
                           reason=rng.choice(REASONS), _case="", _pid=p["pid"], _role="background", _hire_id=""))
# a few background rows with blank birth date / blank action date (names unrelated to any test person)
for f, l in [("Hollis", "Vantreese"), ("Marlon", "Quaid"), ("Esperanza", "Tolliver"), ("Dwight", "Abernethy-Cole"),
             ("Rowena", "Gatling"), ("Cletus", "Ambrosino")]:
    assert not conflicts(f, "", l, ""), (f, l)
    bg_decerts.append(dict(record_id=None, source=rng.choice(["MN", "TX", "FL"]), first_name=f, last_name=l,
                           date_of_birth="", action="revoked",
                           action_date=D(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 5000)),
                           reason=rng.choice(REASONS), _case="", _pid=f"BGX-{l}", _role="background", _hire_id=""))
for k in range(4):
    p = bg_person()
    bg_decerts.append(dict(record_id=None, source="CA", first_name=p["first"], last_name=p["last"],
                           date_of_birth=p["dob"], action="suspended", action_date="",
                           reason=rng.choice(REASONS), _case="", _pid=p["pid"], _role="background", _hire_id=""))

# --------------------------------------------------------------------------------------
# checks: no background person matches a test person by name + birth date (or its swap,
# one digit off, adjacent digits swapped); test persons of different cases do not either.
# --------------------------------------------------------------------------------------
for c in bg_certs + bg_decerts:
    dob = str(c["date_of_birth"] or "")
    if len(dob) == 10:
        assert not conflicts(c["first_name"], c.get("middle_name", ""), c["last_name"], dob), c
case_of = lambda pid: pid[:3]
for i, (pa, fa, ma, la, da) in enumerate(test_rows):
    for pb, fb, mb, lb, db in test_rows[i + 1:]:
        if case_of(pa) == case_of(pb):
            continue
        if da and db and len(str(da)) == 10 and str(db) in dob_neighbours(str(da)) and names_related(tokens(fa, ma, la), tokens(fb, mb, lb)):
            sys.exit(f"cross-case conflict: {pa} {fa} {la} {da} vs {pb} {fb} {lb} {db}")
# nickname forms used in tests must stay rare in the registry (README: two common names are two names)
first_counts = pd.Series([c["first_name"] for c in bg_certs]).value_counts()
for nick in ["Bill", "Beth", "Bob", "Peggy", "Jim", "Kate", "Dick", "Tony", "Jon", "Sue", "Tim", "Liz",
             "Kathrym", "Leoanrd", "Gwendolin", "Agusta", "Marisol", "Ingrid", "Everett"]:
    assert first_counts.get(nick, 0) == 0, nick
sur_counts = pd.Series([c["last_name"] for c in bg_certs]).value_counts()
for s in ["Hendershott", "Marchbank", "Grnatham", "Ostrandr", "Whitfield", "Galloway", "Pettigrew", "Corbett"]:
    assert sur_counts.get(s, 0) == 0, s
mj = sum(1 for c in bg_certs if c["first_name"] == "Michael" and c["last_name"] == "Johnson")
assert len({c["_pid"] for c in bg_certs if c["first_name"] == "Michael" and c["last_name"] == "Johnson"}) >= 5, mj

# --------------------------------------------------------------------------------------
# write
# --------------------------------------------------------------------------------------
all_certs = certs + bg_certs
rng.shuffle(all_certs)
cnt = {s: 0 for s in STATES}
for c in all_certs:
    cnt[c["source"]] += 1
    c["record_id"] = f"{c['source']}-{rng.randint(100000, 999999)}{cnt[c['source']]:05d}"
all_decerts = decerts + bg_decerts
rng.shuffle(all_decerts)
for i, c in enumerate(all_decerts):
    c["record_id"] = f"DC{i + 1:06d}"

rng.shuffle(hires)
CERT_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth", "certification_type",
             "status", "issued_date", "separation_date", "agency"]
DEC_COLS = ["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "action_date", "reason"]
HIRE_COLS = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth", "hire_date",
             "position_title", "job_series", "field_office", "screening_track", "screening_basis", "resume_text"]


def frame(rows, cols):
    df = pd.DataFrame([{k: iso(r.get(k, "")) if isinstance(r.get(k), dt.date) else (r.get(k, "") or "") for k in cols}
                       for r in rows], columns=cols)
    return df.astype(str)


for f in os.listdir(HERE):
    if f.startswith("certifications") and f.endswith(".csv"):
        os.remove(os.path.join(HERE, f))
for s in STATES:
    rows = sorted([c for c in all_certs if c["source"] == s], key=lambda c: c["record_id"])
    frame(rows, CERT_COLS).to_csv(os.path.join(HERE, f"certifications_{s.lower()}.csv"), index=False)
frame(all_decerts, DEC_COLS).to_csv(os.path.join(HERE, "decertifications.csv"), index=False)
frame(hires, HIRE_COLS).to_csv(os.path.join(HERE, "hires.csv"), index=False)
training.sort(key=lambda t: (t["hire_id"], iso(t["start_date"])))
frame(training, ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date", "status"]).to_csv(
    os.path.join(HERE, "training.csv"), index=False)
pd.DataFrame(columns=["hire_id", "employer", "title", "state", "start_date", "end_date"]).to_csv(
    os.path.join(HERE, "employment_history.csv"), index=False)
pd.DataFrame(columns=["hire_id", "determination", "reviewer", "reviewed_on", "justification"]).to_csv(
    os.path.join(HERE, "overrides.csv"), index=False)

truth = [dict(record_id=c["record_id"], table="certifications", hire_id=c["_hire_id"], case=c["_case"],
              person=c["_pid"], role=c["_role"]) for c in certs]
truth += [dict(record_id=c["record_id"], table="decertifications", hire_id=c["_hire_id"], case=c["_case"],
               person=c["_pid"], role=c["_role"]) for c in decerts]
pd.DataFrame(truth).sort_values(["case", "table", "record_id"]).to_csv(os.path.join(HERE, "records_truth.csv"), index=False)

lab = pd.DataFrame(labels).sort_values("hire_id")
exp_path = os.path.join(HERE, "expected_before_run.csv")
if not os.path.exists(exp_path):
    lab.to_csv(exp_path, index=False)
    print("wrote", exp_path)
else:
    frozen = pd.read_csv(exp_path, dtype=str, keep_default_na=False)
    same = frozen[["hire_id", "expected_determination", "case"]].equals(lab[["hire_id", "expected_determination", "case"]].reset_index(drop=True))
    print("expected_before_run.csv is frozen; labels in make.py", "match" if same else "DIFFER (see expected.csv)")

print(f"hires={len(hires)} certs={len(all_certs)} (test {len(certs)}) decerts={len(all_decerts)} (test {len(decerts)}) "
      f"bg_people={len(bg_people)} dob_redraws={n_redraw[0]}")
print(lab.expected_determination.value_counts().to_string())
