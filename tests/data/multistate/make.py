"""Build the multi-state linkage test set (contract-format tables, no network).

Run from anywhere: ``python tests/data/multistate/make.py``. Deterministic (seeded).
Labels come from shared/data-contract.md, README.md and rules/*.yaml only.

Registries: MN (csv, ISO), TX (xlsx, date cells, upper-case headers), CA (csv, ISO
timestamps), FL (csv, CJSTC-like aliased headers, birth YEAR only, extra columns),
GA+AZ (certifications_npi.csv, National-Police-Index-like, birth YEAR only), OH (csv, US
dates), NY (csv, aliased headers, extra column), VA (csv, cp1252, free-text function),
WI (csv), FED (csv, padded headers, US dates).

Post-run input fix (labels unchanged): case 01143 was meant to carry a blank certification_type
but R() turned "" into the state's default sworn type; R() now keeps "" (only None defaults).
CSV outputs are byte-identical across runs; the xlsx differs only in its file metadata.
"""
from __future__ import annotations

import csv
import datetime as dt
import os
import random
import unicodedata

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20261124)
D = dt.date
HIRE = D(2024, 3, 1)

AGENCY = {
    "MN": "Ramsey County Sheriff's Office", "TX": "Harris County Sheriff's Office",
    "CA": "Fresno Police Department", "FL": "Orange County Sheriff's Office",
    "GA": "Atlanta Police Department", "AZ": "Phoenix Police Department",
    "OH": "Columbus Division of Police", "NY": "New York State Police",
    "VA": "Henrico County Police", "WI": "Milwaukee Police Department",
    "FED": "U.S. Immigration and Customs Enforcement",
}
SWORN = {"MN": "Peace Officer", "TX": "Peace Officer", "CA": "Police Officer",
         "FL": "LE", "GA": "Police Officer", "AZ": "Police Officer", "OH": "Peace Officer",
         "NY": "Police Officer", "VA": "Law Enforcement Officer", "WI": "Police Officer",
         "FED": "Federal Law Enforcement Officer"}
YEAR_ONLY = {"FL", "GA", "AZ"}

hires: list[dict] = []
certs: list[dict] = []
decerts: list[dict] = []
training: list[dict] = []
history: list[dict] = []
overrides: list[dict] = []
expected: list[dict] = []
exempt: dict[str, set[int]] = {}   # hire_id -> indexes of certs planted for that case

_seq: dict[str, int] = {}


def rid(src: str) -> str:
    _seq[src] = _seq.get(src, 0) + 10
    return f"{src}-{_seq[src]:05d}"


def R(src, first=None, last=None, dob="same", ctype=None, status="active",
      issued=D(2014, 6, 2), sep=None, middle="", agency=None):
    """A registry row; None/"same" fields are filled from the hire in case()."""
    return dict(src=src, first=first, last=last, dob=dob, ctype=SWORN[src] if ctype is None else ctype,
                status=status, issued=issued, sep=sep, middle=middle,
                agency=AGENCY[src] if agency is None else agency)


def X(src, first=None, last=None, dob="same", action="revoked", date=None, reason="Misconduct"):
    return dict(src=src, first=first, last=last, dob=dob, action=action, date=date,
                reason=reason)


def fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def case(hid, first, last, dob, expect, name, why, *, middle="", suffix="", hire_date=HIRE,
         track="LEO", train=("short",), regs=(), decs=(), hist=(), override=None,
         title="Deportation Officer", resume="", basis="keyword:officer", office=None):
    hid = f"0{hid}"
    hires.append(dict(hire_id=hid, first_name=first, middle_name=middle, last_name=last,
                      suffix=suffix, dob=dob, hire_date=hire_date, position_title=title,
                      job_series="1801" if title else "", field_office=office if office is not None
                      else rng.choice(["Dallas", "St. Paul", "Los Angeles", "Miami", "Atlanta",
                                       "Phoenix", "Chicago", "New York", "Seattle"]),
                      screening_track=track, screening_basis=basis, resume_text=resume))
    ix = set()
    for r in regs:
        r = dict(r)
        r["first"] = (fold(first).upper() if r["first"] is None else r["first"])
        r["last"] = (fold(last).upper() if r["last"] is None else r["last"])
        if r["dob"] == "same":
            r["dob"] = dob
        r["record_id"] = rid(r["src"])
        ix.add(len(certs))
        certs.append(r)
    exempt[hid] = ix
    for x in decs:
        x = dict(x)
        x["first"] = fold(first).upper() if x["first"] is None else x["first"]
        x["last"] = fold(last).upper() if x["last"] is None else x["last"]
        if x["dob"] == "same":
            x["dob"] = dob
        x["record_id"] = f"D-{len(decerts) + 1:05d}"
        decerts.append(x)
    td = hire_date + dt.timedelta(days=3)
    for t in train:
        if t == "short":
            training.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT",
                                 course_title="LEO Transition (virtual)", delivery="online",
                                 start_date=td, end_date=td + dt.timedelta(days=25),
                                 status="completed"))
        else:  # ("basic", status)
            st = t[1]
            training.append(dict(hire_id=hid, course_code="FLETC-BIETP",
                                 course_title="Basic Immigration Enforcement Training Program",
                                 delivery="in_person", start_date=td + dt.timedelta(days=60),
                                 end_date=(td + dt.timedelta(days=160)) if st != "enrolled" else None,
                                 status=st))
    for h in hist:
        history.append(dict(hire_id=hid, **h))
    if override:
        overrides.append(dict(hire_id=hid, determination=override[0], reviewer=override[1],
                              reviewed_on=D(2026, 1, 12), justification=override[2]))
    expected.append(dict(hire_id=hid, expected_determination=expect, case=name, why=why))


def H(employer, title, state, start, end=None):
    return dict(employer=employer, title=title, state=state, start_date=start, end_date=end)


# --------------------------------------------------------------------------------------
# A. Same person in several registries; decertifications; statuses
# --------------------------------------------------------------------------------------
case(1001, "Thaddeus", "Lindgren", D(1979, 8, 23), "VERIFIED_LEO", "exact_match_mn_with_namesake",
     "MN Peace Officer, same name and DOB, active since 2014: sworn, accepted status, serving, >12 months. "
     "A WI namesake (same name, unrelated DOB) revoked is another person: namesakes are not linked (README).",
     regs=[R("MN"), R("WI", status="revoked", dob=D(1961, 2, 14))])
case(1002, "Ingrid", "Solberg", D(1983, 9, 17), "VERIFIED_LEO", "sworn_mn_plus_corrections_wi",
     "Same person in two registries: MN Police Officer active (sworn, verifies) and WI Correctional Officer. "
     "One qualifying certification suffices (contract default policy).",
     regs=[R("MN", ctype="Police Officer"), R("WI", ctype="Correctional Officer", issued=D(2009, 1, 5))])
case(1003, "Reginald", "Ashworth", D(1975, 10, 19), "RECALL", "corrections_wi_sworn_oh_too_old",
     "WI Correctional Officer (does not count) + OH Peace Officer separated 2019-06-30, more than 3 years "
     "before hire 2024-03-01: no certification meets the policy; no basic course -> RECALL.",
     regs=[R("WI", ctype="Correctional Officer"), R("OH", issued=D(2005, 3, 1), sep=D(2019, 6, 30),
                                                        status="inactive")])
case(1004, "Cornelius", "Vandermeer", D(1981, 4, 26), "VERIFIED_LEO", "moved_states_sworn_oh_recent_jailer_tx",
     "Moved states: OH Peace Officer 2012-2022-08-15 (separated 1.5 years before hire, 10 years service) "
     "verifies; the current TX 'Jailer' certification is irrelevant.",
     regs=[R("OH", issued=D(2012, 2, 1), sep=D(2022, 8, 15), status="inactive"),
           R("TX", ctype="Jailer", issued=D(2022, 9, 1))])
case(1005, "Percival", "Haddock", D(1977, 11, 21), "RECALL", "active_mn_but_decert_va_before_hire",
     "MN Peace Officer active, but decertifications.csv has a VA revocation of the same person (same name, "
     "same DOB) dated 2021-06-15, before hire: contract requires no decertification action for the same "
     "person on or before hire_date (person-level, not per certification) -> not verified -> RECALL.",
     regs=[R("MN"), R("VA", status="revoked", issued=D(2008, 1, 1), sep=D(2021, 6, 15))],
     decs=[X("VA", date=D(2021, 6, 15))])
case(1006, "Winifred", "Osgood", D(1984, 7, 22), "MANUAL_REVIEW|VERIFIED_LEO", "active_mn_revoked_cert_va_no_decert_row",
     "MN Police Officer active (qualifies). A VA certification of the same person has status revoked but no "
     "decertification row, so the revocation has no date. README: a hire who qualifies still goes to review "
     "when a revoked certification ... has no date -> MANUAL_REVIEW. Contract only bars revoked status of the "
     "verifying certification and dated decert actions, so VERIFIED is defensible: A|B.",
     regs=[R("MN", ctype="Police Officer"), R("VA", status="revoked", issued=D(2006, 1, 1), sep=D(2012, 5, 1))])
case(1007, "Ezekiel", "Branford", D(1980, 5, 27), "VERIFIED_LEO", "fed_active_plus_old_ca",
     "FED 'Deportation Officer' active since 2014 (sworn federal LEO) verifies; an old CA Police Officer "
     "certification separated 2015 does not matter.",
     regs=[R("FED", ctype="Deportation Officer"), R("CA", issued=D(2006, 1, 1), sep=D(2015, 1, 1), status="inactive")])
case(1008, "Lucinda", "Faraday", D(1982, 12, 18), "RECALL", "decert_dated_on_hire_date",
     "MN Peace Officer active; decertification (TX, revoked) of the same person dated 2024-03-01 = hire_date: "
     "'dated on or before hire_date' voids verification -> RECALL.",
     regs=[R("MN"), R("TX", status="Revoked", issued=D(2016, 1, 4))], decs=[X("TX", date=D(2024, 3, 1))])
case(1009, "Barnaby", "Whitlock", D(1978, 3, 25), "VERIFIED_LEO", "decert_dated_day_after_hire",
     "MN Peace Officer active; a decertification (WI, suspended) of the same person dated 2024-03-02, the day "
     "after hire: only actions on or before hire_date void. Strongly linked and dated, so not a lead/no-date "
     "review case -> VERIFIED_LEO.",
     regs=[R("MN")], decs=[X("WI", action="suspended", date=D(2024, 3, 2))])
case(1010, "Octavia", "Pembroke", D(1985, 8, 16), "RECALL", "decert_surrendered_before_hire",
     "MN Peace Officer active; decertification action 'surrendered' (WI) of the same person dated 2023-01-10, "
     "before hire: surrendered is a disqualifying action (policy.yaml) -> RECALL.",
     regs=[R("MN")], decs=[X("WI", action="surrendered", date=D(2023, 1, 10), reason="Voluntary surrender")])
case(1011, "Fitzgerald", "Crowther", D(1976, 6, 14), "MANUAL_REVIEW", "decert_without_date",
     "MN Peace Officer active (qualifies); a decertification of the same person (same name and DOB) has a "
     "blank action_date. README step 3: a hire who qualifies still goes to review when a decertification "
     "... has no date.",
     regs=[R("MN")], decs=[X("MN", date=None)])
case(1012, "Genevieve", "Rutherford", D(1983, 2, 19), "MANUAL_REVIEW", "decert_lead_no_dob",
     "MN Police Officer active (qualifies); decertifications.csv has a VA revocation of GENEVIEVE RUTHERFORD "
     "with no date of birth (real VA lists publish none): it may be theirs (a lead) -> README: still goes to "
     "review.",
     regs=[R("MN", ctype="Police Officer")], decs=[X("VA", dob=None, date=D(2020, 9, 1))])
case(1013, "Horatio", "Blackwood", D(1979, 1, 24), "VERIFIED_LEO", "decert_of_twin",
     "MN Peace Officer active. The decertification (revoked 2019) is of PRUDENCE BLACKWOOD, same surname and "
     "DOB but another first name: a twin, not linked (README) -> does not block.",
     regs=[R("MN")], decs=[X("MN", first="PRUDENCE", date=D(2019, 4, 2))])
case(1014, "Cassius", "Thornbury", D(1981, 10, 15), "RECALL", "only_cert_suspended",
     "Only certification: WI Police Officer, status suspended: never verifies (contract) -> RECALL.",
     regs=[R("WI", status="suspended", issued=D(2010, 4, 1))])
case(1015, "Leopold", "Achterberg", D(1980, 2, 20), "VERIFIED_LEO", "status_lapsed_still_serving",
     "MN Peace Officer status lapsed, separation blank (still employed), issued 2016: lapsed is an accepted "
     "status (policy.yaml) -> VERIFIED_LEO.",
     regs=[R("MN", status="lapsed", issued=D(2016, 8, 1))])
case(1017, "Bartholomew", "Quimby", D(1974, 9, 26), "RECALL", "status_revoked_capitalised_tx",
     "Only certification TX Peace Officer 'Revoked' (registry capitalisation): revoked never verifies.",
     regs=[R("TX", status="Revoked", issued=D(2001, 5, 1), sep=D(2019, 3, 1))])
case(1140, "Alex", "Doucette", D(1986, 7, 19), "MANUAL_REVIEW", "two_equally_good_people",
     "Hire 'Alex Doucette'; registry ALEXANDER DOUCETTE (MN, sworn, active) and ALEXANDRA DOUCETTE (OH, "
     "Peace Officer, revoked), both same DOB, both nickname forms of Alex (nicknames.yaml). Two equally good "
     "people with different outcomes -> MANUAL_REVIEW (README step 4).",
     regs=[R("MN", first="ALEXANDER"), R("OH", first="ALEXANDRA", status="revoked")])

# --------------------------------------------------------------------------------------
# B. Birth year only (FL CJSTC, National Police Index GA/AZ), blank DOBs
# --------------------------------------------------------------------------------------
case(1018, "Delphine", "Haverford", D(1987, 5, 23), "MANUAL_REVIEW", "fl_birth_year_exact_name",
     "Only record: FL LE (sworn) with birth YEAR 1987 = hire's year, same name. README: a registry row without "
     "a full birth date whose names agree is a lead -> never verifies -> review.",
     regs=[R("FL", dob=1987)])
case(1019, "Ambrose", "Kittredge", D(1990, 6, 28), "RECALL", "fl_birth_year_mismatch",
     "Only record: FL LE same name but birth year 1971 vs hire 1990: the year contradicts, so it is a namesake "
     "(another birth date; not linked) -> RECALL. (If a tool ignored the year it would be an avoidable review.)",
     regs=[R("FL", dob=1971)])
case(1020, "Bill", "Stanhope", D(1982, 3, 30), "MANUAL_REVIEW", "npi_ga_year_only_nickname",
     "Only record: GA (National Police Index layout, birth year only) WILLIAM STANHOPE 1982 Police Officer. "
     "Names agree with one name form (Bill = William nickname) and no full DOB -> lead -> review.",
     regs=[R("GA", first="WILLIAM", dob=1982)])
case(1021, "Rosalind", "Fairbanks", D(1988, 9, 13), "RECALL|MANUAL_REVIEW", "fl_year_only_corrections",
     "Only record: FL CO (corrections) same name, birth year matches. It is a lead by README (no full DOB), "
     "but even if it is theirs it cannot verify (corrections do not count), so the evidence does decide: "
     "RECALL. README lists 'a lead' among review reasons without saying whether a lead to a non-sworn "
     "record counts: A|B.",
     regs=[R("FL", ctype="CO", dob=1988)])
case(1022, "Montgomery", "Ellsworth", D(1978, 4, 18), "MANUAL_REVIEW", "verified_but_year_only_revoked_lead",
     "MN Peace Officer active, full DOB, qualifies. FL row same name, birth year 1978, status revoked: a "
     "revoked certification that may be theirs (lead, year only) -> README step 3: still goes to review.",
     regs=[R("MN"), R("FL", dob=1978, status="revoked", issued=D(2003, 1, 1), sep=D(2010, 1, 1))])
case(1023, "Seraphina", "Holloway", D(1985, 1, 29), "VERIFIED_LEO", "verified_plus_year_only_active_az",
     "WI Police Officer active, full DOB: verifies. An AZ year-only row of the same name (active, sworn) is a "
     "lead to a good record, not to a revoked/suspended one: nothing that README step 3 sends to review.",
     regs=[R("WI"), R("AZ", dob=1985, issued=D(2008, 1, 1), sep=D(2011, 1, 1), status="inactive")])
case(1024, "Evangeline", "Moncrieff", D(1983, 10, 22), "MANUAL_REVIEW", "registry_blank_dob",
     "Only record: VA Law Enforcement Officer, same name, blank date_of_birth. Contract: blank = unknown; "
     "README: registry row without a full birth date whose names agree = lead -> review.",
     regs=[R("VA", dob=None)])
case(1025, "Lysander", "Pettigrew", None, "MANUAL_REVIEW", "hire_blank_dob_exact_name",
     "Hire has blank DOB; MN Peace Officer active with the same full name. A link needs the full DOB to be "
     "strong, so it cannot verify; identity cannot be decided either way (contract: ambiguous identity; "
     "README blocks on surname+nickname when the birth date is missing) -> MANUAL_REVIEW.",
     regs=[R("MN", dob=D(1979, 7, 16))])
case(1026, "Philippa", "Gathercole", None, "RECALL", "hire_blank_dob_no_record",
     "Hire has blank DOB and no registry/decert row carries her surname: nothing to link -> RECALL.")
case(1118, "Tobias", "Fenwright", D(1986, 2, 21), "REMEDIATED", "year_only_lead_but_basic_completed",
     "Only record FL LE year-only (a lead, cannot verify) and the hire completed FLETC-BIETP: README step 4 "
     "'Otherwise a completed basic course makes the hire REMEDIATED' comes before review; contract REMEDIATED "
     "= short track, not verified, basic course completed.",
     regs=[R("FL", dob=1986)], train=("short", ("basic", "completed")))

# --------------------------------------------------------------------------------------
# C. Names
# --------------------------------------------------------------------------------------
case(1030, "José", "Ramírez", D(1980, 8, 14), "VERIFIED_LEO", "diacritics_jose_ramirez_ca_timestamp",
     "CA Police Officer JOSE RAMIREZ, same DOB written as ISO timestamp '1980-08-14 00:00:00': accents and "
     "case are allowed (README strong link).",
     regs=[R("CA")])
case(1031, "Zoë", "Castellanos", D(1989, 12, 13), "VERIFIED_LEO", "diacritics_zoe_ny_alias_headers",
     "NY Police Officer ZOE CASTELLANOS (NY file uses alias headers cert_id/state/fname/lname/dob/...), same "
     "DOB: Zoë/Zoe differ only by a diacritic.",
     regs=[R("NY")])
case(1032, "Henrik", "Müller", D(1976, 5, 31), "VERIFIED_LEO", "umlaut_muller_mueller",
     "WI Police Officer HENRIK MUELLER, same DOB: Müller = Mueller (German transliteration; at worst one "
     "inserted letter = one typo, one variation) -> strong -> verified.",
     regs=[R("WI", last="MUELLER")])
case(1033, "Hương", "Nguyễn", D(1988, 4, 17), "VERIFIED_LEO", "vietnamese_diacritics",
     "Hire Hương Thị Nguyễn; CA Police Officer HUONG T NGUYEN same DOB: diacritics and middle initial allowed.",
     middle="Thị", regs=[R("CA", middle="T")])
case(1034, "Dmitry", "Volkov", D(1982, 7, 25), "VERIFIED_LEO", "transliteration_dmitry_dmitri",
     "NY State Trooper DMITRI VOLKOV, same DOB: nicknames.yaml groups dmitri/dmitry -> one variation.",
     regs=[R("NY", first="DMITRI", ctype="State Trooper")])
case(1035, "Mohammed", "Haddad", D(1984, 1, 30), "VERIFIED_LEO", "transliteration_muhammad",
     "FED Border Patrol Agent MUHAMMAD HADDAD same DOB: nicknames.yaml muhammad group includes mohammed.",
     regs=[R("FED", first="MUHAMMAD", ctype="Border Patrol Agent")])
case(1036, "Bill", "Hargrove", D(1977, 2, 16), "VERIFIED_LEO", "nickname_hire_bill_registry_william",
     "TX Peace Officer WILLIAM HARGROVE same DOB: Bill is William's nickname (curated data) -> one variation. "
     "A TX twin (DOROTHY HARGROVE, same DOB, corrections) is another person.",
     regs=[R("TX", first="WILLIAM"), R("TX", first="DOROTHY", ctype="Jailer")])
case(1037, "William", "Ostrander", D(1979, 6, 29), "VERIFIED_LEO", "nickname_hire_william_registry_bill",
     "MN Peace Officer BILL OSTRANDER same DOB: nickname the other way.",
     regs=[R("MN", first="BILL")])
case(1038, "Peggy", "Vanderpool", D(1981, 3, 27), "VERIFIED_LEO", "nickname_peggy_margaret",
     "OH Peace Officer MARGARET VANDERPOOL same DOB (US dates): Peggy is a nickname of Margaret (curated data).",
     regs=[R("OH", first="MARGARET")])
case(1039, "Charles", "Brightwater", D(1975, 8, 19), "VERIFIED_LEO", "nickname_charles_chuck",
     "WI Police Officer CHUCK BRIGHTWATER same DOB: Chuck is Charles's nickname.",
     regs=[R("WI", first="CHUCK")])
case(1144, "Chuck", "Delvecchio", D(1980, 10, 24), "VERIFIED_LEO", "nickname_chuck_charles_va",
     "VA Law Enforcement Officer CHARLES DELVECCHIO same DOB: nickname hire side.",
     regs=[R("VA", first="CHARLES")])
case(1040, "Peggy", "Quarles", D(1983, 5, 20), "MANUAL_REVIEW", "two_nicknames_of_one_name",
     "Only record: MN Peace Officer MAGGIE QUARLES same DOB. Peggy and Maggie are both nicknames of Margaret, "
     "neither is the other's (curated data): README lists 'two nicknames of one name' as a lead -> review.",
     regs=[R("MN", first="MAGGIE")])
case(1041, "Rachel", "Abernathy-Cole", D(1986, 11, 15), "VERIFIED_LEO", "hyphenated_hire_registry_one_part",
     "CA Police Officer RACHEL COLE same DOB: one part of a hyphenated surname (one variation).",
     regs=[R("CA", last="COLE")])
case(1042, "Ana", "Martinez-Ruiz", D(1987, 6, 26), "MANUAL_REVIEW", "two_families_shared_word",
     "Only record: NY Police Officer ANA ALLEN-MARTINEZ same DOB. README: two compound surnames sharing one "
     "word are two families; 'two families as above' is listed as a lead -> review.",
     regs=[R("NY", last="ALLEN-MARTINEZ")])
case(1043, "Karen", "Pryor", D(1979, 9, 28), "VERIFIED_LEO", "maiden_name_as_middle",
     "Hire Karen Lindqvist Pryor; MN Peace Officer KAREN LINDQVIST same DOB: maiden name carried as the "
     "middle name (one variation, README).",
     middle="Lindqvist", regs=[R("MN", last="LINDQVIST")])
case(1044, "Laura", "Pryce", D(1982, 10, 30), "MANUAL_REVIEW", "possible_name_change",
     "Only record: WI Police Officer LAURA WHITCOMBE same DOB, no middle name link: README lists 'a possible "
     "name change' as a lead -> review (not strong: surnames disagree).",
     regs=[R("WI", last="WHITCOMBE")])
case(1045, "Desmond", "Okafor", D(1984, 4, 24), "VERIFIED_LEO", "suffix_in_registry_surname_jr",
     "MN Peace Officer 'OKAFOR JR' same DOB; hire suffix Jr: suffix written into the surname is allowed.",
     suffix="Jr", regs=[R("MN", last="OKAFOR JR")])
case(1046, "Gunnar", "Halvorsen", D(1973, 12, 21), "VERIFIED_LEO", "suffix_comma_iii_va",
     "VA Law Enforcement Officer 'HALVORSEN, III' same DOB; hire suffix III.",
     suffix="III", regs=[R("VA", last="HALVORSEN, III")])
case(1047, "Tremaine", "Batiste Sr", D(1976, 7, 17), "VERIFIED_LEO", "suffix_in_hire_surname",
     "Hire last_name 'Batiste Sr' (suffix typed into the surname); TX Peace Officer BATISTE same DOB.",
     regs=[R("TX", last="BATISTE")])
case(1048, "Siobhan", "O'Brien", D(1985, 3, 22), "VERIFIED_LEO", "apostrophe_obrien",
     "NY Police Officer SIOBHAN OBRIEN same DOB: punctuation allowed.",
     regs=[R("NY", last="OBRIEN")])
case(1049, "Marisol", "De La Cruz", D(1983, 8, 18), "VERIFIED_LEO", "particle_delacruz",
     "CA Police Officer MARISOL DELACRUZ same DOB: 'De La Cruz' vs 'Delacruz' differ only by spaces/"
     "particle joining (punctuation, compound surname); contract: same person allowing for such forms.",
     regs=[R("CA", last="DELACRUZ")])
case(1050, "Stanislaw", "Kowalczyk", D(1978, 1, 27), "VERIFIED_LEO", "surname_transposition_typo",
     "OH Peace Officer STANISLAW KOWALCYZK same DOB: one transposition = one typo (policy.yaml max_name_edits "
     "1 counts transpositions) -> one variation.",
     regs=[R("OH", last="KOWALCYZK")])
case(1051, "Bartholomew", "Ferncastle", D(1980, 11, 20), "MANUAL_REVIEW", "typo_in_both_names",
     "Only record: MN Peace Officer BARTHOLOMEU FERNCASTEL same DOB: a typo in first AND last name "
     "(policy.yaml max_typos_per_link 1) is two variations -> lead -> review.",
     regs=[R("MN", first="BARTHOLOMEU", last="FERNCASTEL")])
case(1052, "Wei", "Zhang", D(1986, 9, 14), "MANUAL_REVIEW|VERIFIED_LEO", "first_last_swapped_columns",
     "Only record: CA Police Officer first_name ZHANG, last_name WEI, same DOB (name order swapped). README's "
     "strong tier needs first and last to agree and does not list swapped columns; not listed as a lead either. "
     "Contract: ambiguous identity -> MANUAL_REVIEW; VERIFIED if swapped columns count as names agreeing. RECALL "
     "would recall an almost certainly certified person.",
     regs=[R("CA", first="ZHANG", last="WEI")])
case(1053, "Marcus", "Thibodeaux", D(1981, 5, 21), "RECALL", "twin_only",
     "Only record: MN Peace Officer TERRENCE THIBODEAUX, same surname and DOB, another first name: twins are "
     "not linked (README) -> nothing -> RECALL.",
     regs=[R("MN", first="TERRENCE")])
case(1054, "Gordon", "Fairweather", D(1983, 5, 25), "RECALL", "namesake_only",
     "Only record: WI Police Officer GORDON FAIRWEATHER born 1969-11-16: namesake with another DOB, not linked.",
     regs=[R("WI", dob=D(1969, 11, 16))])
case(1055, "Paula", "Brandt", D(1985, 12, 26), "RECALL|MANUAL_REVIEW", "opposite_sex_form",
     "Only record: OH Peace Officer PAUL BRANDT same DOB. README: a name and its opposite-sex form are two "
     "people (not linked) -> RECALL; but README also lists 'another spelling of the first name' as a lead "
     "(JW Paul/Paula > 0.85) -> review. A|B.",
     regs=[R("OH", first="PAUL")])
case(1056, "Anne", "Whitfield", D(1979, 10, 16), "VERIFIED_LEO", "ann_anne_nicknames_yaml",
     "MN Peace Officer ANN WHITFIELD same DOB: rules/nicknames.yaml relates ann/anne (README example).",
     regs=[R("MN", first="ANN")])
case(1057, "Michael", "Garcia", D(1981, 8, 29), "MANUAL_REVIEW", "two_common_names_michael_miguel",
     "Only same-DOB record: TX Peace Officer MIGUEL GARCIA. Michael and Miguel are both common in this "
     "registry (>=3 rows each) and Garcia is a crowded surname, so strangers are expected "
     "(nickname_max_strangers): README 'two common names' -> lead -> review.",
     regs=[R("TX", first="MIGUEL")])
case(1058, "Bob", "Quennell", D(1978, 12, 23), "VERIFIED_LEO", "bob_common_robert_rare_surname",
     "WI Police Officer ROBERT QUENNELL same DOB; Robert is common in the registry, Bob is not, and Quennell "
     "is rare: README 'Bob beside a common Robert, or a rare surname, still verifies'.",
     regs=[R("WI", first="ROBERT")])
case(1059, "Mary", "Kellerman", D(1984, 6, 15), "MANUAL_REVIEW|RECALL", "one_letter_two_real_names",
     "Only record: MN Peace Officer MARK KELLERMAN same DOB; Mark and Mary both common in the registry: "
     "README 'one letter between two real names is two names, not a typo' -> never strong. Whether it is a "
     "lead ('two common names ... as above', 'another spelling of the first name') -> review, or a twin "
     "(same surname+DOB, another first name: not linked) -> RECALL, README does not settle: A|B.",
     regs=[R("MN", first="MARK")])
case(1060, "James", "Holcomb", D(1977, 4, 19), "VERIFIED_LEO", "middle_name_as_first",
     "Hire James Everett Holcomb; NY Police Officer EVERETT J HOLCOMB same DOB: middle name used as first "
     "name, the leftover names agree (J = James) -> one variation.",
     middle="Everett", regs=[R("NY", first="EVERETT", middle="J")])
case(1145, "Renée", "Dubois", D(1981, 7, 18), "VERIFIED_LEO", "cp1252_registry_accent",
     "VA Law Enforcement Officer RENÉE DUBOIS in a cp1252-encoded CSV (README: cp1252 exports load with "
     "accents) same DOB as hire 'Renée Dubois'.",
     regs=[R("VA", first="RENÉE")])
case(1146, "Ignatius", "Pelletier", D(1979, 11, 25), "VERIFIED_LEO", "hire_upper_case_spaces",
     "Registry FED record 'Ignatius Pelletier' (mixed case) same DOB; hire written ' IGNATIUS ' with spaces: "
     "case and spacing do not matter.",
     regs=[R("FED", first="Ignatius", last="Pelletier")])

# --------------------------------------------------------------------------------------
# Dates: swaps, typos, crowds
# --------------------------------------------------------------------------------------
case(1065, "Ottoline", "Marchbanks", D(1984, 3, 7), "VERIFIED_LEO", "registry_day_month_swapped",
     "MN Peace Officer same name, DOB 1984-07-03 vs hire 1984-03-07: day and month swapped is allowed "
     "(one variation, rare name, no namesakes).",
     regs=[R("MN", dob=D(1984, 7, 3))])
case(1063, "Florian", "Westergaard", D(1979, 5, 9), "VERIFIED_LEO", "swap_plus_surname_typo_one_keying_variation",
     "WI Police Officer FLORIAN WESTERGARD, DOB 1979-09-05 vs 1979-05-09: README/policy.yaml count 'keying "
     "errors (a typo and/or swapped day and month)' as ONE variation -> strong -> verified.",
     regs=[R("WI", last="WESTERGARD", dob=D(1979, 9, 5))])
case(1064, "Bill", "Fotheringham", D(1980, 4, 11), "MANUAL_REVIEW", "swap_plus_nickname_two_variations",
     "Only record: OH Peace Officer WILLIAM FOTHERINGHAM DOB 1980-11-04 (swapped): nickname + swap = two "
     "variations -> lead -> review.",
     regs=[R("OH", first="WILLIAM", dob=D(1980, 11, 4))])
case(1066, "Maria", "Garcia", D(1986, 2, 10), "MANUAL_REVIEW", "swap_crowded_name",
     "Only candidate: CA Police Officer MARIA GARCIA DOB 1986-10-02 (swapped); 6+ other MARIA GARCIA in the "
     "registry: README 'a swapped birth date does not verify when more than four other registry people share "
     "the name' and 'a swapped birth date shared with namesakes' is a lead -> review.",
     regs=[R("CA", dob=D(1986, 10, 2))])
case(1067, "James", "Smith", D(1983, 1, 6), "VERIFIED_LEO", "swap_crowded_name_middle_agrees",
     "MN Peace Officer JAMES ALISTAIR SMITH DOB 1983-06-01 (swapped); hire middle Alistair; 6+ other JAMES "
     "SMITH in registry but the middle names agree -> README exception 'unless the middle names agree'.",
     middle="Alistair", regs=[R("MN", middle="ALISTAIR", dob=D(1983, 6, 1))])
case(1068, "Maria", "Garcia", D(1979, 9, 24), "VERIFIED_LEO", "exact_match_crowded_name",
     "TX Peace Officer MARIA GARCIA with exactly the hire's DOB: exact strong link; namesakes with other DOBs "
     "are not linked.",
     regs=[R("TX")])
case(1069, "Archibald", "Penhaligon", D(1986, 4, 17), "MANUAL_REVIEW", "dob_one_digit_typo",
     "Only record: MN Peace Officer same name, DOB 1986-04-18 vs 1986-04-17 (one digit), no namesakes: README "
     "lead 'a birth date one keystroke off ... while at most four others share the name' -> review.",
     regs=[R("MN", dob=D(1986, 4, 18))])
case(1070, "Wilhelmina", "Crabtree", D(1978, 8, 21), "MANUAL_REVIEW", "dob_year_adjacent_digits_swapped",
     "Only record: WI Police Officer same name, DOB 1987-08-21 vs 1978-08-21 (two adjacent digits swapped): "
     "README lead -> review.",
     regs=[R("WI", dob=D(1987, 8, 21))])
case(1071, "James", "Smith", D(1981, 6, 14), "RECALL", "dob_typo_crowded_name",
     "Only near record: TX Peace Officer JAMES SMITH 1981-06-15 (one digit off); more than four other JAMES "
     "SMITH in the registry: README/policy dob_typo_max_namesakes=4 -> not even a lead; namesakes not "
     "linked -> RECALL.",
     regs=[R("TX", dob=D(1981, 6, 15))])
case(1072, "Imogen", "Sackville", D(1985, 3, 4), "VERIFIED_LEO", "us_date_ambiguous_day",
     "OH Peace Officer same name, DOB written '03/04/1985' (US MM/DD/YYYY = 4 March) = hire 1985-03-04.",
     regs=[R("OH")])

# --------------------------------------------------------------------------------------
# D. Policy edges
# --------------------------------------------------------------------------------------
case(1080, "Augustin", "Beaumont", D(1990, 5, 19), "VERIFIED_LEO", "service_exactly_12_months_leap",
     "MN Peace Officer issued 2023-03-01, serving, hire 2024-03-01: exactly 12 months (366 days) -> 'at "
     "least 12 months' holds.",
     regs=[R("MN", issued=D(2023, 3, 1))])
case(1081, "Clementine", "Harrowgate", D(1991, 7, 23), "RECALL", "service_one_day_short",
     "MN Peace Officer issued 2023-03-02, hire 2024-03-01: one day short of 12 months -> not verified; "
     "no basic -> RECALL (low priority).",
     regs=[R("MN", issued=D(2023, 3, 2))])
case(1082, "Leander", "Foxworth", D(1989, 9, 22), "VERIFIED_LEO", "service_exactly_12_calendar_months_365d",
     "WI Police Officer issued 2023-01-15, hire 2024-01-15 (365 days, no leap day inside): exactly 12 "
     "calendar months -> at least 12 months holds.",
     hire_date=D(2024, 1, 15), regs=[R("WI", issued=D(2023, 1, 15))])
case(1083, "Rosamund", "Kettering", D(1987, 11, 17), "VERIFIED_LEO", "service_12_months_via_separation",
     "OH Peace Officer issued 2016-05-10, separated 2017-05-10 (exactly 12 months), hire 2020-01-06 "
     "(2.66 years after separation, within 3) -> verified.",
     hire_date=D(2020, 1, 6), regs=[R("OH", issued=D(2016, 5, 10), sep=D(2017, 5, 10), status="inactive")])
case(1084, "Peregrine", "Salisbury", D(1988, 12, 24), "RECALL", "service_11_months_via_separation",
     "OH Peace Officer 2016-06-10 to 2017-05-10 (11 months), hire 2019-01-07 -> under 12 months -> RECALL.",
     hire_date=D(2019, 1, 7), regs=[R("OH", issued=D(2016, 6, 10), sep=D(2017, 5, 10), status="inactive")])
case(1085, "Evander", "Castellano", D(1980, 6, 22), "VERIFIED_LEO", "ca_separation_exactly_3_years",
     "CA Police Officer separated 2021-01-15, hire 2024-01-15: exactly 3 years (1095 days, no leap day in "
     "between) = 'no more than 3 years' (CA window = 3, contract) -> verified.",
     hire_date=D(2024, 1, 15), regs=[R("CA", issued=D(2010, 1, 4), sep=D(2021, 1, 15), status="inactive")])
case(1086, "Isadora", "Whitmore", D(1981, 1, 31), "RECALL", "ca_separation_3_years_plus_1_day",
     "CA Police Officer separated 2021-01-14, hire 2024-01-15: 3 years and one day -> outside window -> RECALL.",
     hire_date=D(2024, 1, 15), regs=[R("CA", issued=D(2010, 1, 4), sep=D(2021, 1, 14), status="inactive")])
case(1087, "Lorcan", "Aldergrove", D(1978, 2, 25), "VERIFIED_LEO", "separation_exactly_3_calendar_years_leap",
     "TX Peace Officer separated 2021-03-01, hire 2024-03-01: exactly 3 calendar years (1096 days because of "
     "2024-02-29) -> within 'no more than 3 years'.",
     regs=[R("TX", issued=D(2009, 6, 1), sep=D(2021, 3, 1), status="Inactive")])
case(1088, "Ottilie", "Brackenridge", D(1982, 8, 27), "RECALL", "separation_3_years_plus_1_day_leap",
     "TX Peace Officer separated 2021-02-28, hire 2024-03-01: one day past 3 years -> RECALL.",
     regs=[R("TX", issued=D(2009, 6, 1), sep=D(2021, 2, 28), status="Inactive")])
case(1089, "Cyprian", "Lockwood", D(1985, 4, 28), "RECALL", "issued_after_hire",
     "Only record: MN Peace Officer issued 2024-05-01, after hire 2024-03-01: README requires issued on or "
     "before the hire date -> RECALL.",
     regs=[R("MN", issued=D(2024, 5, 1))])
case(1091, "Horace", "Pennywhistle", D(1976, 3, 29), "VERIFIED_LEO", "type_law_enforcment_typo",
     "VA 'Law Enforcment Officer' (real VA typo; titles.yaml corrects misspellings) -> sworn -> verified.",
     regs=[R("VA", ctype="Law Enforcment Officer")])
case(1092, "Benedict", "Saltonstall", D(1975, 12, 17), "VERIFIED_LEO", "type_peace_ofc",
     "TX 'Peace Ofc' (ofc = officer, titles.yaml abbreviations) -> Peace Officer -> sworn -> verified.",
     regs=[R("TX", ctype="Peace Ofc")])
case(1093, "Aurelia", "Blankenship", D(1983, 7, 29), "VERIFIED_LEO|MANUAL_REVIEW", "type_basic_police_cert",
     "OH 'Basic Police Cert': by the contract a basic police officer certification is sworn -> verified; but "
     "'cert' is not a titles.yaml word, so a classifier may call it unrecognised -> README: unrecognised "
     "certification type -> review. A|B.",
     regs=[R("OH", ctype="Basic Police Cert")])
case(1094, "Mortimer", "Gladwell", D(1977, 5, 15), "RECALL", "type_jailer",
     "Only certification: TX 'Jailer' -> corrections_detention, not sworn -> RECALL (medium).",
     regs=[R("TX", ctype="Jailer")])
case(1095, "Petronella", "Vaughan", D(1984, 9, 30), "RECALL", "type_detention_deputy",
     "Only certification: WI 'Detention Deputy' -> corrections_detention -> RECALL.",
     regs=[R("WI", ctype="Detention Deputy")])
case(1096, "Ulysses", "Featherstone", D(1980, 12, 29), "RECALL", "type_reserve_deputy",
     "Only certification: OH 'Reserve Deputy' -> reserve_auxiliary (veto with deputy) -> not sworn -> RECALL.",
     regs=[R("OH", ctype="Reserve Deputy")])
case(1097, "Lamorak", "Ingleby", D(1979, 6, 13), "VERIFIED_LEO", "type_law_enforcement_and_jail_officer",
     "VA 'Law-Enforcement & Jail Officer' is VA's combined sworn certification (titles.yaml sworn pattern "
     "'law enforcement and jail officer') -> sworn -> verified.",
     regs=[R("VA", ctype="Law-Enforcement & Jail Officer")])
case(1098, "Hortensia", "Merriweather", D(1986, 10, 19), "RECALL", "type_deputy_sheriff_jailer",
     "Only certification: TX 'Deputy Sheriff (Jailer)' -> corrections (titles.yaml cites it) -> RECALL.",
     regs=[R("TX", ctype="Deputy Sheriff (Jailer)")])
case(1099, "Fergus", "Lattimore", D(1982, 1, 14), "RECALL", "type_telecommunicator",
     "Only certification: MN 'Telecommunicator' -> dispatch -> not sworn -> RECALL.",
     regs=[R("MN", ctype="Telecommunicator")])
case(1101, "Caspian", "Throckmorton", D(1978, 10, 20), "RECALL", "type_probation_officer",
     "Only certification: CA 'Probation Officer' -> probation_parole -> RECALL.",
     regs=[R("CA", ctype="Probation Officer")])
case(1102, "Philomena", "Ridgeway", D(1981, 4, 13), "MANUAL_REVIEW", "type_unrecognised",
     "Only certification: OH 'Class B Commission', strongly linked, active: titles.yaml has no phrase for it "
     "-> README step 4 'an unrecognised certification type' -> review.",
     regs=[R("OH", ctype="Class B Commission", agency="Lakeview Township")])
case(1141, "Griselda", "Harcourt", D(1980, 3, 16), "MANUAL_REVIEW", "blank_issued_date",
     "Only certification: WI Police Officer active, issued_date blank. Contract: blank means unknown, never "
     "'no': 12 months of service can be neither shown nor ruled out -> cannot decide -> review.",
     regs=[R("WI", issued=None)])
case(1142, "Ebenezer", "Stoddard", D(1977, 7, 28), "VERIFIED_LEO|MANUAL_REVIEW", "blank_status",
     "Only certification: MN Peace Officer, status blank, issued 2014. Contract: status 'is not revoked or "
     "suspended' (blank is not) -> verified; README: 'its status is accepted' (policy accepted list) and "
     "blank = unknown -> review. A|B.",
     regs=[R("MN", status="")])
case(1143, "Leonora", "Fairclough", D(1983, 12, 14), "MANUAL_REVIEW", "blank_certification_type",
     "Only certification: MN, strongly linked, active, certification_type blank: unknown/unrecognised type "
     "(blank = unknown) -> review.",
     regs=[R("MN", ctype="")])

# --------------------------------------------------------------------------------------
# E. Track and training
# --------------------------------------------------------------------------------------
case(1110, "Quentin", "Harbottle", D(1987, 3, 18), "RECALL", "basic_track_but_short_course_unverified",
     "screening_track BASIC but a training row ERO-LEO-VIRT: short track (contract Track placement); no "
     "registry record, no completed basic -> RECALL.",
     track="BASIC", resume="Loan officer at First Federal Bank", hist=[H("First Federal Bank", "Loan Officer", "MN", D(2015, 1, 5))])
case(1111, "Drusilla", "Penrose", D(1984, 8, 26), "VERIFIED_LEO", "basic_track_short_course_verified",
     "screening_track BASIC + ERO-LEO-VIRT row = short track; MN Peace Officer active same person -> verified.",
     track="BASIC", regs=[R("MN")])
case(1112, "Lazarus", "Whitlam", D(1988, 5, 28), "REMEDIATED", "unverified_basic_completed",
     "Short track, no registry record, FLETC-BIETP completed -> REMEDIATED.",
     train=("short", ("basic", "completed")))
case(1113, "Eulalia", "Brocklehurst", D(1989, 1, 19), "RECALL", "unverified_basic_enrolled",
     "Short track, no record, FLETC-BIETP enrolled (not completed) -> RECALL.",
     train=("short", ("basic", "enrolled")))
case(1114, "Phineas", "Goodbody", D(1986, 6, 16), "RECALL", "unverified_basic_withdrawn",
     "Short track, no record, FLETC-BIETP withdrawn -> RECALL.",
     train=("short", ("basic", "withdrawn")))
case(1115, "Clarimond", "Oakeshott", D(1990, 8, 13), "NOT_APPLICABLE", "basic_track_basic_completed",
     "screening_track BASIC, only FLETC-BIETP completed, no short course -> NOT_APPLICABLE.",
     track="BASIC", train=(("basic", "completed"),), title="Immigration Enforcement Agent")
case(1116, "Valentin", "Hazeldine", D(1985, 10, 27), "NOT_APPLICABLE", "basic_track_with_sworn_cert",
     "screening_track BASIC, FLETC-BIETP enrolled, no short-track row; a sworn MN certification exists but "
     "the short-track policy does not apply -> NOT_APPLICABLE.",
     track="BASIC", train=(("basic", "enrolled"),), regs=[R("MN")])
case(1117, "Josephine", "Tattersall", D(1983, 11, 26), "VERIFIED_LEO", "verified_and_basic_completed",
     "Short track, MN Peace Officer verified, also completed basic: VERIFIED_LEO takes precedence (REMEDIATED "
     "= not verified).",
     train=("short", ("basic", "completed")), regs=[R("MN")])

# --------------------------------------------------------------------------------------
# F. Overrides
# --------------------------------------------------------------------------------------
case(1125, "Ignacio", "Valdespino", D(1982, 9, 29), "VERIFIED_LEO", "override_to_verified",
     "No registry record (would be RECALL; CO sworn claim would be review); analyst override VERIFIED_LEO "
     "recorded (Colorado POST letter): README step 5 overrides replace the determination.",
     hist=[H("Aurora Police Department", "Police Officer", "CO", D(2014, 2, 3))],
     override=("VERIFIED_LEO", "K. Moss", "Colorado POST confirmed active certification by letter"))
case(1126, "Beatrix", "Wolstenholme", D(1980, 7, 30), "RECALL", "override_to_recall",
     "MN Peace Officer would verify; analyst override RECALL (identity proven different in interview): "
     "overrides replace the determination.",
     regs=[R("MN")], override=("RECALL", "T. Reyes", "Interview: registry record is a different person"))
case(1127, "Barnabas", "Fitzwilliam", D(1979, 4, 29), "VERIFIED_LEO", "override_lead_to_verified",
     "FL year-only lead (would be review); override VERIFIED_LEO after FDLE confirmation -> VERIFIED_LEO.",
     regs=[R("FL", dob=1979)], override=("VERIFIED_LEO", "K. Moss", "FDLE confirmed DOB and employment"))

# --------------------------------------------------------------------------------------
# G. Coverage gaps and self-reported history
# --------------------------------------------------------------------------------------
case(1130, "Augustus", "Wetherby", D(1983, 3, 24), "MANUAL_REVIEW", "sworn_claim_unloaded_state_or",
     "No registry record; employment history claims Police Officer, Portland Police Bureau, OR; OR is not in "
     "the registry coverage -> contract MANUAL_REVIEW (claimed sworn job in a state whose registry is not loaded).",
     hist=[H("Portland Police Bureau", "Police Officer", "OR", D(2013, 6, 3))])
case(1131, "Demetrius", "Fanshawe", D(1982, 4, 25), "RECALL", "sworn_claim_loaded_state_no_record",
     "Claims Deputy Sheriff, Harris County Sheriff's Office, TX; TX registry loaded, no record -> self-reported "
     "history never verifies; coverage is not a gap -> RECALL.",
     hist=[H("Harris County Sheriff's Office", "Deputy Sheriff", "TX", D(2015, 8, 1), D(2023, 12, 31))])
case(1132, "Florentina", "Ashcombe", D(1986, 5, 29), "RECALL", "federal_claim_fed_loaded",
     "Claims Border Patrol Agent, U.S. Customs and Border Protection (state AZ); FED and AZ sources loaded, "
     "no record -> RECALL.",
     hist=[H("U.S. Customs and Border Protection", "Border Patrol Agent", "AZ", D(2016, 3, 7), D(2023, 11, 30))])
case(1134, "Rowena", "Tillinghast", D(1981, 2, 24), "VERIFIED_LEO", "unloaded_claim_but_verified_elsewhere",
     "Claims Police Officer in CO (not loaded), but MN Peace Officer active verifies: a verified hire needs "
     "no review for a coverage gap.",
     regs=[R("MN")], hist=[H("Denver Police Department", "Police Officer", "CO", D(2010, 1, 4), D(2013, 12, 31))])
case(1135, "Maximilian", "Oglethorpe", D(1985, 8, 24), "REMEDIATED", "unloaded_claim_basic_completed",
     "Claims Police Officer in NV (not loaded), not verified, but completed FLETC-BIETP: README step 4 puts "
     "REMEDIATED first; contract REMEDIATED = not verified, basic completed.",
     train=("short", ("basic", "completed")),
     hist=[H("Las Vegas Metropolitan Police Department", "Police Officer", "NV", D(2014, 5, 5))])
case(1136, "Prudence", "Galsworthy", D(1987, 9, 27), "RECALL", "unloaded_state_corrections_claim",
     "Claims Correctional Officer, Oregon Department of Corrections, OR (not loaded): not a sworn claim, so no "
     "coverage gap -> RECALL.",
     hist=[H("Oregon Department of Corrections", "Correctional Officer", "OR", D(2016, 1, 4))])
case(1139, "Archer", "Beauchamp", D(1986, 1, 15), "NOT_APPLICABLE", "unloaded_claim_basic_track",
     "Claims Police Officer in OR (not loaded) but screening_track BASIC with only FLETC-BIETP: the short-track "
     "policy does not apply -> NOT_APPLICABLE.",
     track="BASIC", train=(("basic", "enrolled"),),
     hist=[H("Salem Police Department", "Police Officer", "OR", D(2015, 2, 2))])
case(1147, "Ottavio", "Rinaldi", D(1978, 7, 26), "VERIFIED_LEO", "sworn_georgia_full_dob_in_oh_moved",
     "Moved states: OH Peace Officer issued 2010, separated 2023-05-31 (9 months before hire), now claims GA "
     "job in history; OH record verifies.",
     regs=[R("OH", issued=D(2010, 3, 1), sep=D(2023, 5, 31), status="inactive")],
     hist=[H("Atlanta Police Department", "Police Officer", "GA", D(2023, 6, 15))])
case(1148, "Ferdinand", "Ashgrove", D(1982, 11, 28), "RECALL", "moved_states_neither_cert_qualifies",
     "Moved states: OH Peace Officer 2008-2019-12-31 (separated 4+ years before hire) and MN Peace Officer "
     "issued 2023-09-01 (6 months): contract tests each certification; neither has both the window and 12 "
     "months -> RECALL (low).",
     regs=[R("OH", issued=D(2008, 1, 7), sep=D(2019, 12, 31), status="inactive"),
           R("MN", issued=D(2023, 9, 1))])

# --------------------------------------------------------------------------------------
# Planted crowds: namesakes of crowded names, strangers of common first names
# --------------------------------------------------------------------------------------
HIRE_DOBS = [h["dob"] for h in hires if h["dob"]]


def digits_near(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 1:
        return True
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def keynear(a: dt.date, b: dt.date) -> bool:
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return True
    return any(digits_near(a.strftime(f), b.strftime(f)) for f in ("%Y%m%d", "%m%d%Y", "%d%m%Y"))


def near(a: dt.date, b: dt.date) -> bool:
    if abs(a.year - b.year) < 2:
        return True
    if a.year == b.year and a.month == b.day and a.day == b.month:
        return True
    for f in ("%Y%m%d", "%m%d%Y", "%d%m%Y"):
        if digits_near(a.strftime(f), b.strftime(f)):
            return True
    return False


def far_dob() -> dt.date:
    while True:
        d = D(rng.randint(1960, 1998), rng.randint(1, 12), rng.randint(1, 28))
        if not any(near(d, h) for h in HIRE_DOBS):
            return d


planted: list[dict] = []


def plant(src, first, last, ctype=None, status="active", middle="", year_only=None):
    d = far_dob()
    planted.append(dict(src=src, first=first, last=last, dob=d.year if (year_only or src in YEAR_ONLY) else d,
                        ctype=ctype or SWORN[src], status=status,
                        issued=D(min(2021, d.year + rng.randint(21, 30)), rng.randint(1, 12), rng.randint(1, 28)),
                        sep=None, middle=middle, agency=AGENCY[src]))


FULL_SRC = ["MN", "TX", "CA", "OH", "NY", "VA", "WI", "FED"]
for first in ["MARIA"] * 6:
    plant(rng.choice(FULL_SRC), first, "GARCIA", middle=rng.choice(["", "L", "ISABEL", "R"]))
for first in ["JAMES"] * 7:
    plant(rng.choice(FULL_SRC), first, "SMITH", middle=rng.choice(["", "R", "EDWARD", "T"]))
# Garcia stranger pool (makes Garcia a crowded surname) and common Michael/Miguel first names
for first in ["MICHAEL", "MIGUEL", "LUIS", "CARLOS", "JORGE", "ROSA", "ELENA", "PEDRO", "JUAN",
              "MIGUEL", "MICHAEL", "LUIS", "CARMEN", "JAVIER", "MIGUEL", "MICHAEL", "RAUL", "DIEGO",
              "SOFIA", "ANDRES", "VICTOR", "MIGUEL", "MICHAEL", "HECTOR"]:
    plant(rng.choice(FULL_SRC), first, "GARCIA")
# common first names used by name-frequency rules (Mark/Mary, Robert, William)
for first in ["MARK"] * 5 + ["MARY"] * 5 + ["ROBERT"] * 5 + ["WILLIAM"] * 5 + ["MIGUEL"] * 3 + ["MICHAEL"] * 3:
    plant(rng.choice(FULL_SRC), first, rng.choice(["BAKER", "HALL", "CAMPBELL", "MITCHELL", "CARTER",
                                                   "ROBERTS", "TURNER", "PHILLIPS", "EVANS", "EDWARDS"]))

# --------------------------------------------------------------------------------------
# Random background: common names, disjoint from every hire surname word
# --------------------------------------------------------------------------------------
hire_words = set()
for h in hires:
    for w in fold(h["last_name"]).upper().replace("-", " ").replace("'", "").split():
        hire_words.add(w)
FIRSTS = ["JAMES", "JOHN", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "JOSEPH", "THOMAS",
          "CHARLES", "CHRISTOPHER", "DANIEL", "MATTHEW", "ANTHONY", "MARK", "DONALD", "STEVEN",
          "PAUL", "ANDREW", "JOSHUA", "KENNETH", "KEVIN", "BRIAN", "GEORGE", "EDWARD", "MARY",
          "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "BARBARA", "SUSAN", "JESSICA", "SARAH",
          "KAREN", "NANCY", "LISA", "BETTY", "SANDRA", "ASHLEY", "DOROTHY", "KIMBERLY", "EMILY",
          "DONNA", "MICHELLE", "CAROL", "AMANDA", "MELISSA", "DEBORAH", "JUAN", "LUIS", "CARLOS",
          "ROSA", "ANA", "MIGUEL", "JOSE", "JORGE", "TERESA", "WEI", "MINH", "TUAN"]
LASTS = ["JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "RODRIGUEZ", "MARTINEZ",
         "HERNANDEZ", "LOPEZ", "GONZALEZ", "WILSON", "ANDERSON", "THOMAS", "TAYLOR", "MOORE",
         "JACKSON", "MARTIN", "LEE", "PEREZ", "THOMPSON", "WHITE", "HARRIS", "SANCHEZ", "CLARK",
         "LEWIS", "ROBINSON", "WALKER", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "TORRES",
         "HILL", "FLORES", "GREEN", "ADAMS", "NELSON", "BAKER", "HALL", "RIVERA", "CAMPBELL",
         "MITCHELL", "CARTER", "ROBERTS", "PHAM", "TRAN", "LE", "KIM", "PATEL", "SHAH"]
LASTS = [s for s in LASTS if s not in hire_words]
TYPES = {"MN": ["Peace Officer", "Peace Officer", "Correctional Officer", "Telecommunicator"],
         "TX": ["Peace Officer", "Peace Officer", "Jailer", "Telecommunicator", "Basic Peace Officer"],
         "CA": ["Police Officer", "Police Officer", "Deputy Sheriff", "Probation Officer", "Dispatcher"],
         "FL": ["LE", "LE", "CO", "CPO"], "GA": ["Police Officer", "Deputy Sheriff", "Jailer"],
         "AZ": ["Police Officer", "Detention Officer"],
         "OH": ["Peace Officer", "Peace Officer", "Corrections Officer", "Reserve Deputy"],
         "NY": ["Police Officer", "State Trooper", "Correction Officer", "Security Guard"],
         "VA": ["Law Enforcement Officer", "Law Enforcment Officer", "Jail Officer/Inmate Security",
                "Law-Enforcement & Jail Officer"],
         "WI": ["Police Officer", "Deputy Sheriff", "Correctional Officer"],
         "FED": ["Federal Law Enforcement Officer", "Border Patrol Agent", "Correctional Officer"]}
background: list[dict] = []
ALL_SRC = list(TYPES)
for _ in range(380):
    src = rng.choice(ALL_SRC)
    d = far_dob()
    issued = D(min(2021, d.year + rng.randint(21, 32)), rng.randint(1, 12), rng.randint(1, 28))
    status = rng.choices(["active", "inactive", "lapsed", "revoked", "suspended"], [70, 15, 6, 6, 3])[0]
    sep = None
    if status != "active":
        sep = issued + dt.timedelta(days=rng.randint(200, 4000))
    background.append(dict(src=src, first=rng.choice(FIRSTS), last=rng.choice(LASTS),
                           dob=d.year if src in YEAR_ONLY else d, ctype=rng.choice(TYPES[src]),
                           status=status, issued=issued, sep=sep,
                           middle=rng.choice(["", "", "A", "J", "LEE", "MARIE", "R"]),
                           agency=AGENCY[src]))
for r in planted + background:
    r["record_id"] = rid(r["src"])
    certs.append(r)
# background decertifications of background people
for r in rng.sample(background, 12):
    decerts.append(dict(record_id=f"D-{len(decerts) + 1:05d}", src=r["src"], first=r["first"],
                        last=r["last"], dob=r["dob"], action=rng.choice(["revoked", "suspended"]),
                        date=D(rng.randint(2012, 2023), rng.randint(1, 12), rng.randint(1, 28)),
                        reason="Misconduct"))

# --------------------------------------------------------------------------------------
# Sanity: no unintended near-collision between a hire and a registry row
# --------------------------------------------------------------------------------------
def words(s):
    return set(fold(s).upper().replace("-", " ").replace("'", "").replace(",", " ").split()) - {"JR", "SR", "III"}


for h in hires:
    hw = words(h["last_name"])
    for i, r in enumerate(certs):
        if i in exempt[h["hire_id"]]:
            continue
        if not (hw & words(r["last"])):
            continue
        if h["dob"] is None:
            raise SystemExit(f"unplanned surname link for blank-DOB hire {h['hire_id']}: {r}")
        if isinstance(r["dob"], int) or r["dob"] is None:
            if r["dob"] is None or r["dob"] == h["dob"].year:
                raise SystemExit(f"unplanned year-only link {h['hire_id']} {r}")
            continue
        if r["dob"] == h["dob"] or (keynear(r["dob"], h["dob"]) and
                                     fold(r["first"]).upper()[:1] == fold(h["first_name"]).upper()[:1]):
            raise SystemExit(f"unplanned near link {h['hire_id']} {r}")

# Michael/Miguel Garcia: strangers expected (README nickname_max_strangers)
tot = len(certs)
garcia = sum(1 for r in certs if r["last"] == "GARCIA")
miguel = sum(1 for r in certs if r["first"] == "MIGUEL")
dobs = len({r["dob"] for r in certs if isinstance(r["dob"], dt.date)})
print(f"Garcia rows {garcia}, Miguel rows {miguel}, total {tot}, DOBs {dobs}: "
      f"expected strangers {garcia * miguel / tot / dobs:.6f}")


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def iso(d):
    return "" if d is None else d.isoformat()


def us(d):
    return "" if d is None else d.strftime("%m/%d/%Y")


def ts(d):
    return "" if d is None else d.isoformat() + " 00:00:00"


def dob_text(d, fmt):
    if d is None:
        return ""
    if isinstance(d, int):
        return str(d)
    return fmt(d)


def write_csv(name, header, rows, encoding="utf-8"):
    with open(os.path.join(HERE, name), "w", newline="", encoding=encoding) as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)


by_src: dict[str, list[dict]] = {}
for r in certs:
    by_src.setdefault(r["src"], []).append(r)
for v in by_src.values():
    v.sort(key=lambda r: r["record_id"])

STD = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
       "certification_type", "status", "issued_date", "separation_date", "agency"]


def std_rows(rs, fmt):
    return [[r["record_id"], r["src"], r["first"], r["middle"], r["last"], dob_text(r["dob"], fmt),
             r["ctype"], r["status"], fmt(r["issued"]), fmt(r["sep"]), r["agency"]] for r in rs]


write_csv("certifications_mn.csv", STD, std_rows(by_src["MN"], iso))
write_csv("certifications_wi.csv", STD, std_rows(by_src["WI"], iso))
write_csv("certifications_ca.csv", STD, std_rows(by_src["CA"], ts))
write_csv("certifications_oh.csv", STD, std_rows(by_src["OH"], us))
write_csv("certifications_va.csv", STD, std_rows(by_src["VA"], iso), encoding="cp1252")
write_csv("certifications_fed.csv", [f" {c} " for c in STD], std_rows(by_src["FED"], us))
# NY: documented aliases + an unknown column
write_csv("certifications_ny.csv",
          ["cert_id", "state", "fname", "middle", "lname", "dob", "cert_type", "status", "issue_date",
           "sep_date", "agency_name", "notes"],
          [row + [""] for row in std_rows(by_src["NY"], iso)])
# FL: CJSTC-like layout through documented aliases; birth YEAR in `dob`; extra columns
fl_rows = []
for i, r in enumerate(by_src["FL"]):
    fl_rows.append([f"E{700000 + i}", r["record_id"], "1234", rng.choice(["FT", "PT"]), r["ctype"],
                    us(r["issued"]), us(r["sep"]), "Vol" if r["sep"] else "", r["last"], r["first"],
                    r["middle"], rng.choice(["M", "F"]), "", dob_text(r["dob"], iso), r["agency"], "FL",
                    r["status"]])
write_csv("certifications_fl.csv",
          ["employment_nbr", "person_nbr", "agcy_nbr", "employ_type", "employ_class",
           "employ_start_date", "separation_date", "separation_code", "last_name", "first_name",
           "middle_name", "sex_code", "race_code", "dob", "agcy_name", "state", "status"], fl_rows)
# GA + AZ: National Police Index-like, birth year only (through `birthdate` alias)
npi_rows = []
for r in by_src["GA"] + by_src["AZ"]:
    npi_rows.append([r["record_id"], r["first"], r["middle"], r["last"], "", r["agency"], iso(r["issued"]),
                     iso(r["sep"]), "", r["status"], r["ctype"], "", "", dob_text(r["dob"], iso), r["src"]])
write_csv("certifications_npi.csv",
          ["person_nbr", "first_name", "middle_name", "last_name", "suffix", "agency_name", "issue_date",
           "sep_date", "separation_reason", "status", "certification", "race", "sex", "birthdate", "source"],
          npi_rows)
# TX: xlsx, upper-case headers, real date cells
tx = pd.DataFrame([{"RECORD_ID": r["record_id"], "SOURCE": r["src"], "FIRST_NAME": r["first"],
                    "MIDDLE_NAME": r["middle"], "LAST_NAME": r["last"],
                    "DATE_OF_BIRTH": pd.Timestamp(r["dob"]) if r["dob"] else None,
                    "CERTIFICATION_TYPE": r["ctype"],
                    "STATUS": r["status"].capitalize() if r["status"] else "",
                    "ISSUED_DATE": pd.Timestamp(r["issued"]) if r["issued"] else None,
                    "SEPARATION_DATE": pd.Timestamp(r["sep"]) if r["sep"] else None,
                    "AGENCY": r["agency"]} for r in by_src["TX"]])
with pd.ExcelWriter(os.path.join(HERE, "certifications_tx.xlsx"), engine="openpyxl",
                    date_format="YYYY-MM-DD", datetime_format="YYYY-MM-DD") as xw:
    tx.to_excel(xw, index=False, sheet_name="TX")

write_csv("decertifications.csv",
          ["record_id", "source", "first_name", "last_name", "date_of_birth", "action", "action_date", "reason"],
          [[x["record_id"], x["src"], x["first"], x["last"], dob_text(x["dob"], us), x["action"], us(x["date"]),
            x["reason"]] for x in decerts])

# hires: documented aliases (First Name, Surname, DOB, EOD_Date, Office, Track) + an unknown column
hrows = []
for h in hires:
    first = h["first_name"]
    if h["hire_id"] == "01146":
        first = " IGNATIUS "
    hrows.append([h["hire_id"], first, h["middle_name"], h["last_name"], h["suffix"], us(h["dob"]),
                  iso(h["hire_date"]), h["position_title"], h["job_series"], h["field_office"],
                  h["screening_track"], h["screening_basis"], h["resume_text"], "GS-11"])
write_csv("hires.csv", ["hire_id", "First Name", "middle_name", "Surname", "suffix", "DOB", "EOD_Date",
                        "position_title", "job_series", "Office", "Track", "screening_basis",
                        "resume_text", "grade"], hrows)
write_csv("training.csv", ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date",
                           "status"],
          [[t["hire_id"], t["course_code"], t["course_title"], t["delivery"], iso(t["start_date"]),
            iso(t["end_date"]), t["status"]] for t in training])
write_csv("employment_history.csv", ["hire_id", "employer", "title", "state", "start_date", "end_date"],
          [[x["hire_id"], x["employer"], x["title"], x["state"], iso(x["start_date"]), iso(x["end_date"])]
           for x in history])
write_csv("overrides.csv", ["hire_id", "determination", "reviewer", "reviewed_on", "justification"],
          [[o["hire_id"], o["determination"], o["reviewer"], iso(o["reviewed_on"]), o["justification"]]
           for o in overrides])
write_csv("expected.csv", ["hire_id", "expected_determination", "case", "why"],
          [[e["hire_id"], e["expected_determination"], e["case"], e["why"]] for e in expected])
print(f"{len(hires)} hires, {len(certs)} registry rows ({', '.join(f'{k}:{len(v)}' for k, v in sorted(by_src.items()))}), "
      f"{len(decerts)} decertifications")
