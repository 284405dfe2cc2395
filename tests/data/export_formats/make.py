#!/usr/bin/env python3
"""Build the `export_formats` blind test set for leo-audit.

One audit folder whose tables are exported the many ways real offices export the same
data (CSV in UTF-8 with a BOM or in Windows-1252, CRLF, quoted commas and newlines;
Parquet with typed dates/timestamps, dictionary columns and string dates; Excel with date
cells, numeric ID cells and text-typed dates), with header aliases from rules/columns.yaml,
header case/space variants, extra columns and shuffled column order.

Written from the data contract (shared/data-contract.md), README.md and rules/*.yaml only;
no code from audit/ was read.  Deterministic: same bytes on every run (xlsx zip entries
and core properties are pinned).

    python make.py                         # writes the tables next to this file
    python make.py --out DIR --variant V   # variant folders (see VARIANTS below)

Labels: `expected_before_run.csv` is written only when it does not exist yet (it was
frozen before the tool was first run); `expected.csv` holds the final labels and is
maintained by hand (see README.md).
"""
from __future__ import annotations

import argparse
import csv
import io
import random
import re
import zipfile
from datetime import date, datetime, timedelta
from pathlib import Path

import openpyxl
import pyarrow as pa
import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent

# --------------------------------------------------------------------------- formats


def iso(d: date) -> str:
    return d.isoformat()


def us(d: date) -> str:  # MM/DD/YYYY
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def usn(d: date) -> str:  # M/D/YYYY (Excel's default US short date)
    return f"{d.month}/{d.day}/{d.year}"


def isot(d: date) -> str:  # ISO with a time part, as pandas/SQL exports write it
    return d.isoformat() + " 00:00:00"


def isoT(d: date) -> str:
    return d.isoformat() + "T00:00:00"


FMT_NAME = {iso: "ISO", us: "US MM/DD/YYYY", usn: "US M/D/YYYY", isot: "ISO+time", isoT: "ISO+T-time"}


def years_before(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year - n)
    except ValueError:  # Feb 29
        return d.replace(year=d.year - n, day=28)


# --------------------------------------------------------------------------- model

HIRES: list[dict] = []
CERTS: dict[str, list[dict]] = {k: [] for k in ["mn", "tx", "wa", "ca", "ny", "fed", "ga", "fl"]}
DECERTS: list[dict] = []
TRAINING: list[dict] = []
HISTORY: list[dict] = []
OVERRIDES: list[dict] = []
LABELS: list[tuple[str, str, str, str]] = []

DOB_ROT = [iso, us, usn]
HD_ROT = [us, iso, usn, iso, us]

SOURCE = {"mn": "MN", "tx": "TX", "wa": "WA", "ca": "CA", "ny": "NY", "fed": "FED", "ga": "GA", "fl": "FL"}


def hire(hid, first, last, dob, hd, exp, case, why, *, track="LEO", office="St. Paul",
         middle="", suffix="", dobf=None, hdf=None, resume="", title=None, series="1801",
         basis=None, training=None, notes=""):
    i = len(HIRES)
    dobf = dobf or DOB_ROT[i % 3]
    hdf = hdf or HD_ROT[i % 5]
    is_short = track.strip().upper() == "LEO"
    HIRES.append(dict(
        hire_id=hid, first=first, middle=middle, last=last, suffix=suffix,
        dob="" if dob is None else dobf(dob), hire_date=hdf(hd), hd=hd,
        title=title or ("Deportation Officer" if is_short else "Immigration Enforcement Agent"),
        series=series, office=office, track=track,
        basis=basis if basis is not None else ("keyword:officer" if is_short else "no_keyword"),
        resume=resume, notes=notes, dob_date=dob,
    ))
    if training is None:
        if is_short:
            training = [("ERO-LEO-VIRT", "completed", None)]
        else:
            training = [("FLETC-BIETP", "completed", None)]
    for code, status, numeric in training:
        if code.strip().upper().startswith("ERO"):
            start, end, title_, deliv = hd + timedelta(days=7), hd + timedelta(days=35), \
                "LEO Short Track (virtual)", "online"
        else:
            start, end, title_, deliv = hd + timedelta(days=21), hd + timedelta(days=21 + 91), \
                "Basic Immigration Enforcement Training Program", "in_person"
        TRAINING.append(dict(hire_id=hid, numeric=bool(numeric), course=code, title=title_,
                             delivery=deliv, start=start,
                             end=None if status.strip().lower() == "enrolled" else end,
                             status=status))
    why = why + f" [hires.csv: hire_date as {FMT_NAME[hdf]}" + \
        (", DOB blank]" if dob is None else f", DOB as {FMT_NAME[dobf]}]")
    LABELS.append((hid, exp, case, why))
    return HIRES[-1]


def cert(reg, rid, first, last, dob, ctype, status, issued, sep=None, *, middle="", agency=None,
         raw=None):
    """raw: {field: literal value written instead of the formatted date}."""
    CERTS[reg].append(dict(record_id=rid, source=SOURCE[reg], first=first, middle=middle,
                           last=last, dob=dob, ctype=ctype, status=status, issued=issued,
                           sep=sep, agency=agency or DEFAULT_AGENCY[reg], raw=raw or {}))


DEFAULT_AGENCY = {
    "mn": "Police Dept., City of Saint Paul", "tx": "Harris County Sheriff's Office",
    "wa": "Seattle Police Department", "ca": "Los Angeles Police Department",
    "ny": "New York City Police Department", "fed": "U.S. Immigration and Customs Enforcement, ERO",
    "ga": "Atlanta Police Department", "fl": "Miami-Dade Police Department",
}

# --------------------------------------------------------------------------- hires
# Hire dates (hd) and certification dates are chosen so every outcome is clear from the
# default policy: verified certifications were issued years before hire and were held at
# hire or ended well inside the 3-year window, unless the case is about a date.

D = date
MNR = "Peace officer, Minneapolis Police Department, Minneapolis, MN, 2012-2024"

# ---- Minnesota registry: certifications_mn.csv (Windows-1252, CRLF, US dates, aliases)
hire("000123", "Štefan", "Žužek", D(1986, 4, 17), D(2024, 2, 12), "VERIFIED_LEO", "cp1252-name",
     "MN cp1252 row 'Štefan Žužek' (Š/ž are 0x8A/0x9E: cp1252-only bytes); hire_id keeps its zeros; "
     "links MN record 004512, Peace Officer active since 2012", resume=MNR)
cert("mn", "004512", "Štefan", "Žužek", D(1986, 4, 17), "Peace Officer", "active", D(2012, 3, 1))
hire("10002", "José", "Peña", D(1990, 11, 23), D(2024, 11, 4), "VERIFIED_LEO", "cp1252-name",
     "MN cp1252 'José Peña'; Licensed Peace Officer active since 2014 (record 004513)",
     hdf=us)
cert("mn", "004513", "José", "Peña", D(1990, 11, 23), "Licensed Peace Officer", "active", D(2014, 6, 15))
hire("10003", "Zoë", "Lindqvist", D(1988, 1, 30), D(2024, 5, 13), "VERIFIED_LEO", "cp1252-name",
     "MN cp1252 'Zoë'; Peace Officer inactive, separated 12/31/2023 (4.5 months before hire), "
     "issued 2010 (record 004514)")
cert("mn", "004514", "Zoë", "Lindqvist", D(1988, 1, 30), "Peace Officer", "inactive", D(2010, 9, 1),
     D(2023, 12, 31))
hire("10004", "Renée", "O’Connor", D(1992, 7, 8), D(2023, 9, 18), "VERIFIED_LEO", "cp1252-name",
     "MN cp1252 curly apostrophe (0x92) in O’Connor, é in Renée; Police Officer active (004515)")
cert("mn", "004515", "Renée", "O’Connor", D(1992, 7, 8), "Police Officer", "active", D(2015, 2, 2))
hire("10005", "François", "Lefèvre", D(1984, 12, 2), D(2024, 1, 8), "VERIFIED_LEO",
     "grey:status-case", "MN status written 'Active' (capitalised); Peace Officer since 2008 (004516)")
cert("mn", "004516", "François", "Lefèvre", D(1984, 12, 2), "Peace Officer", "Active", D(2008, 7, 14))
hire("10006", "Søren", "Bjørnstad", D(1979, 5, 21), D(2023, 10, 30), "VERIFIED_LEO", "cp1252-name",
     "MN cp1252 ø; Peace Officer active since 2003 (004517)")
cert("mn", "004517", "Søren", "Bjørnstad", D(1979, 5, 21), "Peace Officer", "active", D(2003, 5, 1))
hire("10007", "Karen", "Hollister", D(1983, 8, 14), D(2024, 3, 25), "VERIFIED_LEO", "alias-MI",
     "MN 'MI' column (alias of middle_name) holds 'J' for hire's middle 'Jean'; Deputy Sheriff "
     "active (004518)", middle="Jean")
cert("mn", "004518", "Karen", "Hollister", D(1983, 8, 14), "Deputy Sheriff", "active", D(2009, 1, 5),
     middle="J")
hire("10008", "Derek", "Vang", D(1991, 2, 27), D(2023, 12, 4), "VERIFIED_LEO", "two-certs",
     "MN: earlier Correctional Officer (004520, ended 2013) and Peace Officer active since 2014 "
     "(004519); the sworn one verifies", middle="Thomas")
cert("mn", "004519", "Derek", "Vang", D(1991, 2, 27), "Peace Officer", "active", D(2014, 3, 3), middle="T")
cert("mn", "004520", "Derek", "Vang", D(1991, 2, 27), "Correctional Officer", "inactive", D(2010, 6, 1),
     D(2013, 12, 20), middle="T", agency="MN Department of Corrections - Stillwater")
hire("10009", "Melissa", "Thao", D(1987, 6, 19), D(2024, 3, 1), "RECALL", "date:window-swap",
     "MN sep date '02/10/2021' = 2021-02-10, 19 days more than 3 years before hire 2024-03-01: "
     "outside the window. Read day-first (2021-10-02) it would verify", hdf=iso,
     )
cert("mn", "004521", "Melissa", "Thao", D(1987, 6, 19), "Peace Officer", "inactive", D(2013, 5, 1),
     D(2021, 2, 10))
HISTORY.append(dict(hire_id="10009", employer="Saint Paul Police Department", title="Police Officer",
                    state="MN", start=D(2013, 5, 1), end=D(2021, 2, 10), fmts=(us, us)))
hire("10010", "Brian", "Kowalczyk", D(1985, 3, 29), D(2024, 3, 1), "VERIFIED_LEO", "date:window-swap",
     "MN sep date '10/02/2021' = 2021-10-02, inside 3 years of hire 2024-03-01. Read day-first "
     "(2021-02-10) it would be outside", hdf=iso)
cert("mn", "004522", "Brian", "Kowalczyk", D(1985, 3, 29), "Peace Officer", "inactive", D(2012, 4, 2),
     D(2021, 10, 2))
hire("10011", "Tyler", "Brandvold", D(1994, 9, 9), D(2024, 4, 8), "RECALL", "non-sworn-cert",
     "MN record 004523 is Correctional Officer only: not sworn; no basic course",
     resume="Correctional officer, MN Department of Corrections, Stillwater, MN")
cert("mn", "004523", "Tyler", "Brandvold", D(1994, 9, 9), "Correctional Officer", "active", D(2016, 8, 15),
     agency="MN Department of Corrections - Stillwater")
hire("10012", "Jason", "Ostrowski", D(1989, 10, 10), D(2024, 6, 3), "RECALL", "claim-covered-state",
     "claims Police Officer in MN (registry loaded) but no MN record: not a coverage gap; RECALL")
HISTORY.append(dict(hire_id="10012", employer="Duluth Police Department", title="Police Officer – Patrol",
                    state="MN", start=D(2015, 1, 12), end=D(2023, 11, 30), fmts=(iso, us)))
hire("70002", "Ingrid", "Solberg", D(1990, 12, 24), D(2024, 1, 29), "VERIFIED_LEO", "short-by-course",
     "track BASIC but ERO-LEO-VIRT training row = short track; MN Peace Officer active (004524)",
     track="BASIC", training=[("ERO-LEO-VIRT", "completed", False)])
cert("mn", "004524", "Ingrid", "Solberg", D(1990, 12, 24), "Peace Officer", "active", D(2013, 10, 1))

# ---- Texas registry: certifications_tx.parquet (typed date32/timestamps, int IDs, dictionary cols)
O = "Houston"
hire("20001", "Luis", "Garza", D(1982, 10, 31), D(2024, 2, 20), "VERIFIED_LEO", "parquet-typed",
     "TX typed dates; Peace Officer active since 2008 (8800101)", office=O)
cert("tx", 8800101, "Luis", "Garza", D(1982, 10, 31), "Peace Officer", "active", D(2008, 1, 15))
hire("20002", "Amanda", "Whitfield", D(1993, 4, 4), D(2023, 11, 13), "VERIFIED_LEO", "parquet-typed",
     "TX Police Officer active since 2016 (8800102)", office=O)
cert("tx", 8800102, "Amanda", "Whitfield", D(1993, 4, 4), "Police Officer", "active", D(2016, 8, 1))
hire("20003", "Roberto", "Cantú", D(1980, 2, 14), D(2023, 12, 11), "VERIFIED_LEO", "parquet-typed",
     "TX Deputy Sheriff inactive, separated 2023-06-30 (5 months before hire), issued 2005 (8800103)",
     office=O)
cert("tx", 8800103, "Roberto", "Cantú", D(1980, 2, 14), "Deputy Sheriff", "inactive", D(2005, 4, 11),
     D(2023, 6, 30))
hire("20004", "Kimberly", "Nguyen", D(1995, 7, 22), D(2024, 5, 6), "VERIFIED_LEO", "parquet-typed",
     "TX Peace Officer active since 2019-03-01 (8800104)", office=O)
cert("tx", 8800104, "Kimberly", "Nguyen", D(1995, 7, 22), "Peace Officer", "active", D(2019, 3, 1))
hire("20005", "Dustin", "Pruitt", D(1978, 11, 11), D(2024, 1, 22), "VERIFIED_LEO", "parquet-typed",
     "TX State Trooper inactive, separated 2022-08-31 (1.4 years before hire) (8800105)", office=O)
cert("tx", 8800105, "Dustin", "Pruitt", D(1978, 11, 11), "State Trooper", "inactive", D(2001, 9, 4),
     D(2022, 8, 31), agency="Texas Department of Public Safety")
hire("20006", "Maria", "Villarreal", D(1986, 9, 3), D(2024, 6, 24), "VERIFIED_LEO", "parquet-typed",
     "TX Peace Officer active, middle names agree (Elena) (8800106)", office=O, middle="Elena")
cert("tx", 8800106, "Maria", "Villarreal", D(1986, 9, 3), "Peace Officer", "active", D(2011, 2, 7),
     middle="Elena")
hire("20007", "Cody", "Strickland", D(1984, 1, 18), D(2024, 4, 3), "RECALL", "date:hire-date-swap",
     "hire_date '04/03/2024' = 2024-04-03; TX separation 2021-03-20 (timestamp) is 14 days more than "
     "3 years earlier: outside. Read day-first (2024-03-04) it would verify", office=O, hdf=us)
cert("tx", 8800107, "Cody", "Strickland", D(1984, 1, 18), "Peace Officer", "inactive", D(2009, 6, 1),
     D(2021, 3, 20))
hire("20008", "Heather", "Bauer", D(1988, 5, 5), D(2024, 5, 20), "RECALL", "date:window-outside",
     "TX separation 2021-05-08 (typed) is 12 days more than 3 years before hire 2024-05-20", office=O,
     hdf=iso)
cert("tx", 8800108, "Heather", "Bauer", D(1988, 5, 5), "Peace Officer", "inactive", D(2010, 7, 19),
     D(2021, 5, 8))
hire("20009", "Travis", "Hensley", D(1990, 3, 12), D(2024, 2, 5), "RECALL", "revoked-status",
     "TX only record 8800109 has status revoked", office=O)
cert("tx", 8800109, "Travis", "Hensley", D(1990, 3, 12), "Peace Officer", "revoked", D(2014, 1, 6),
     D(2022, 1, 10))
hire("20010", "Crystal", "Ybarra", D(1992, 12, 19), D(2024, 7, 15), "RECALL", "non-sworn-cert",
     "TX record 8800110 is Jailer only: not sworn", office=O)
cert("tx", 8800110, "Crystal", "Ybarra", D(1992, 12, 19), "Jailer", "active", D(2015, 5, 26),
     agency="Harris County Sheriff's Office - Detention")
hire("20011", "Orlando", "Quintanilla", None, D(2024, 3, 18), "MANUAL_REVIEW", "blank-hire-dob",
     "hire DOB blank (unknown); TX Peace Officer 8800111 with the same full name is only a lead "
     "without a birth date to compare (judgement: README 'a lead without a birth date')", office=O)
cert("tx", 8800111, "Orlando", "Quintanilla", D(1981, 7, 7), "Peace Officer", "active", D(2006, 3, 13))
hire("20012", "Ethan", "Caldwell", D(1983, 6, 25), D(2023, 4, 20), "RECALL", "grey:decert-action-case",
     "decertifications.xlsx action 'Revoked' (capitalised) dated 2023-03-06 (Excel date cell), before "
     "hire '04/20/2023'; the TX cert alone (inactive, sep 2023-03-06) would verify", office=O, hdf=us)
cert("tx", 8800112, "Ethan", "Caldwell", D(1983, 6, 25), "Peace Officer", "inactive", D(2012, 2, 27),
     D(2023, 3, 6))
DECERTS.append(dict(record_id=8800112, source="TX", first="Ethan", last="Caldwell", dob=D(1983, 6, 25),
                    action="Revoked", action_date=D(2023, 3, 6), reason="Felony conviction, Harris County"))
hire("20013", "Jared", "Whitmore", D(1996, 8, 30), D(2024, 4, 15), "RECALL", "short-service",
     "TX Peace Officer issued 2023-11-01, still serving: 5.5 months of service < 12", office=O, hdf=iso)
cert("tx", 8800113, "Jared", "Whitmore", D(1996, 8, 30), "Peace Officer", "active", D(2023, 11, 1))
hire("70001", "Noah", "Whitacre", D(1989, 7, 4), D(2024, 8, 12), "VERIFIED_LEO", "short-by-course",
     "track BASIC + ERO-LEO-VIRT row = short; TX Peace Officer active (8800114)", office=O,
     track="BASIC", training=[("ERO-LEO-VIRT", "completed", False)])
cert("tx", 8800114, "Noah", "Whitacre", D(1989, 7, 4), "Peace Officer", "active", D(2012, 8, 20))
hire("96004", "Lucas", "Brennan", D(1985, 10, 5), D(2024, 9, 9), "RECALL", "override",
     "would verify (TX 8800115 active) but overrides.xlsx records RECALL", office=O)
cert("tx", 8800115, "Lucas", "Brennan", D(1985, 10, 5), "Peace Officer", "active", D(2010, 10, 1))
OVERRIDES.append(dict(hire_id="96004", numeric=False, determination="RECALL", reviewer="K. Lindahl",
                      reviewed_on=D(2024, 10, 21),
                      justification="POST confirmed the certification was obtained with a falsified "
                                    "academy record; treat as not certified."))

# ---- Washington registry: certifications_wa.parquet (all-string, dates mixed ISO/US/M-D)
O = "Seattle"
hire("30001", "Ryan", "Sorensen", D(1987, 2, 9), D(2023, 8, 7), "VERIFIED_LEO", "parquet-strings",
     "WA Peace Officer active since 2011 (WA-10001)", office=O)
cert("wa", "WA-10001", "Ryan", "Sorensen", D(1987, 2, 9), "Peace Officer", "active", D(2011, 5, 2))
hire("30002", "Aiyana", "Whitehorse", D(1991, 6, 28), D(2024, 3, 11), "VERIFIED_LEO", "parquet-strings",
     "WA Peace Officer active since 2015 (WA-10002)", office=O)
cert("wa", "WA-10002", "Aiyana", "Whitehorse", D(1991, 6, 28), "Peace Officer", "active", D(2015, 9, 14))
hire("30003", "Nathaniel", "Pham", D(1994, 1, 5), D(2024, 7, 1), "VERIFIED_LEO", "parquet-strings",
     "WA Police Officer active since 2017 (WA-10003)", office=O)
cert("wa", "WA-10003", "Nathaniel", "Pham", D(1994, 1, 5), "Police Officer", "active", D(2017, 1, 23))
hire("30004", "Gretchen", "Albers", D(1981, 11, 17), D(2023, 10, 2), "VERIFIED_LEO", "parquet-strings",
     "WA Deputy Sheriff lapsed, separated 2023-02-28 (7 months before hire) (WA-10004)", office=O)
cert("wa", "WA-10004", "Gretchen", "Albers", D(1981, 11, 17), "Deputy Sheriff", "lapsed", D(2004, 6, 7),
     D(2023, 2, 28), agency="King County Sheriff's Office")
hire("30005", "Kenji", "Nakamura", D(1985, 8, 8), D(2024, 4, 22), "VERIFIED_LEO", "grey:status-case",
     "WA status 'Lapsed' (capitalised); separated 2022-11-30, 1.4 years before hire (WA-10005)", office=O)
cert("wa", "WA-10005", "Kenji", "Nakamura", D(1985, 8, 8), "Peace Officer", "Lapsed", D(2009, 3, 30),
     D(2022, 11, 30))
hire("30006", "Dmitri", "Volkov", D(1979, 3, 3), D(2024, 2, 26), "VERIFIED_LEO", "two-registries",
     "old MN record (004525, separated 2010) plus WA Peace Officer inactive, separated 2023-09-29 "
     "(WA-10006)", office=O)
cert("wa", "WA-10006", "Dmitri", "Volkov", D(1979, 3, 3), "Peace Officer", "inactive", D(2010, 11, 1),
     D(2023, 9, 29), agency="Spokane Police Department")
cert("mn", "004525", "Dmitri", "Volkov", D(1979, 3, 3), "Peace Officer", "inactive", D(2002, 6, 3),
     D(2010, 8, 31), agency="Moorhead Police Department")
hire("30007", "Lauren", "Espinoza", D(1990, 10, 12), D(2024, 2, 1), "VERIFIED_LEO",
     "date:issued-swap", "WA issued '01/11/2023' = 2023-01-11, still serving: 12.7 months by hire "
     "2024-02-01. Read day-first (2023-11-01) it would be 3 months", office=O, hdf=iso)
cert("wa", "WA-10007", "Lauren", "Espinoza", D(1990, 10, 12), "Peace Officer", "active", D(2023, 1, 11),
     raw={"issued": "01/11/2023"})
hire("30008", "Brent", "Lockhart", D(1993, 5, 16), D(2023, 11, 27), "RECALL", "non-sworn-cert",
     "WA record WA-10008 is Corrections Officer only", office=O)
cert("wa", "WA-10008", "Brent", "Lockhart", D(1993, 5, 16), "Corrections Officer", "active",
     D(2016, 4, 4), agency="Washington State Department of Corrections")
hire("30009", "Philip", "Ambrose", D(1988, 4, 29), D(2024, 1, 5), "VERIFIED_LEO", "date:day>12",
     "WA issued '12/28/2022' (day > 12, no day-first reading), hire '01/05/2024': 12 months 8 days "
     "of service (WA-10009)", office=O, hdf=us)
cert("wa", "WA-10009", "Philip", "Ambrose", D(1988, 4, 29), "Peace Officer", "active", D(2022, 12, 28),
     raw={"issued": "12/28/2022"})

# ---- California registry: certifications_ca.xlsx (Excel date cells, numeric IDs, shuffled cols)
O = "Los Angeles"
hire("40001", "Daniel", "Okafor", D(1986, 12, 12), D(2024, 3, 4), "VERIFIED_LEO", "xlsx-datecells",
     "CA Peace Officer active since 2012; record id numeric cell 7001234", office=O)
cert("ca", 7001234, "Daniel", "Okafor", D(1986, 12, 12), "Peace Officer", "active", D(2012, 1, 9))
hire("40002", "Rebecca", "Lindgren", D(1990, 4, 26), D(2023, 7, 24), "VERIFIED_LEO", "xlsx-datecells",
     "CA Police Officer active (7001235)", office=O)
cert("ca", 7001235, "Rebecca", "Lindgren", D(1990, 4, 26), "Police Officer", "active", D(2014, 7, 7))
hire("40003", "Alejandro", "Ibáñez", D(1984, 7, 13), D(2024, 9, 16), "VERIFIED_LEO", "xlsx-datecells",
     "CA Deputy Sheriff active, accents in xlsx (7001236)", office=O)
cert("ca", 7001236, "Alejandro", "Ibáñez", D(1984, 7, 13), "Deputy Sheriff", "active", D(2008, 10, 20),
     agency="Los Angeles County Sheriff's Department")
hire("40004", "Samantha", "Castellanos", D(1992, 2, 1), D(2024, 1, 16), "VERIFIED_LEO", "xlsx-datecells",
     "CA Peace Officer inactive, separated 2023-09-15 (4 months before hire) (7001237)", office=O)
cert("ca", 7001237, "Samantha", "Castellanos", D(1992, 2, 1), "Peace Officer", "inactive",
     D(2015, 3, 16), D(2023, 9, 15))
hire("40005", "Priya", "Raman", D(1989, 9, 29), D(2024, 5, 28), "VERIFIED_LEO", "xlsx-datecells",
     "CA Police Officer active (7001238)", office=O)
cert("ca", 7001238, "Priya", "Raman", D(1989, 9, 29), "Police Officer", "active", D(2013, 11, 18))
hire("40006", "Marcus", "Delacroix", D(1980, 5, 30), D(2023, 9, 5), "VERIFIED_LEO", "xlsx-datecells",
     "CA Police Officer active (7001239)", office=O)
cert("ca", 7001239, "Marcus", "Delacroix", D(1980, 5, 30), "Police Officer", "active", D(2006, 2, 6))
hire("40007", "Jessica", "Moorhead", D(1987, 8, 21), D(2024, 3, 4), "VERIFIED_LEO", "date:hire-date-swap",
     "hire '03/04/2024' = 2024-03-04; CA separation 2021-03-20 (Excel date) is 16 days inside 3 years. "
     "Read day-first (2024-04-03) it would be outside", office=O, hdf=us)
cert("ca", 7001240, "Jessica", "Moorhead", D(1987, 8, 21), "Peace Officer", "inactive", D(2010, 4, 12),
     D(2021, 3, 20))
hire("40008", "Victor", "Halvorsen", D(1983, 3, 15), D(2024, 5, 20), "VERIFIED_LEO", "date:window-inside",
     "CA separation 2021-06-01 (Excel date) is 12 days inside 3 years before hire 2024-05-20", office=O,
     hdf=iso)
cert("ca", 7001241, "Victor", "Halvorsen", D(1983, 3, 15), "Peace Officer", "inactive", D(2008, 8, 25),
     D(2021, 6, 1))
hire("40009", "Olivia", "Brandt", D(1995, 11, 2), D(2024, 1, 15), "VERIFIED_LEO", "date:xlsx-datetime",
     "CA issued is an Excel datetime 2023-01-10 15:30; 12 months 5 days of service by hire 2024-01-15",
     office=O, hdf=iso)
cert("ca", 7001242, "Olivia", "Brandt", D(1995, 11, 2), "Police Officer", "active",
     datetime(2023, 1, 10, 15, 30))
hire("40010", "Gregory", "Ashworth", D(1982, 1, 24), D(2023, 4, 20), "VERIFIED_LEO", "date:decert-swap",
     "decertifications.xlsx: suspended, action date text '06/03/2023' = 2023-06-03, after hire "
     "2023-04-20, so it does not void; read day-first (2023-03-06) it would. CA 7001243 active",
     office=O, hdf=iso)
cert("ca", 7001243, "Gregory", "Ashworth", D(1982, 1, 24), "Peace Officer", "active", D(2009, 5, 4))
DECERTS.append(dict(record_id=7001243, source="CA", first="Gregory", last="Ashworth", dob=D(1982, 1, 24),
                    action="suspended", action_date="06/03/2023",
                    reason="30-day suspension, use of force review"))
hire("40011", "Trisha", "Benally", D(1994, 4, 14), D(2024, 6, 17), "RECALL", "non-sworn-cert",
     "CA record 7001244 is Public Safety Telecommunicator (dispatch) only", office=O)
cert("ca", 7001244, "Trisha", "Benally", D(1994, 4, 14), "Public Safety Telecommunicator", "active",
     D(2017, 2, 13))
hire("40012", "Lydia", "Sandoval", D(1988, 12, 7), D(2024, 2, 13), "MANUAL_REVIEW", "decert-no-date",
     "CA Peace Officer active would verify, but a revocation for the same person has a blank action "
     "date: README says such a hire goes to review", office=O)
cert("ca", 7001245, "Lydia", "Sandoval", D(1988, 12, 7), "Peace Officer", "active", D(2011, 6, 27))
DECERTS.append(dict(record_id=7001245, source="CA", first="Lydia", last="Sandoval", dob=D(1988, 12, 7),
                    action="revoked", action_date=None, reason="Pending, date not recorded"))
hire("40013", "Raul", "Mendoza", D(1980, 8, 16), D(2024, 6, 10), "RECALL", "window-far",
     "CA Peace Officer separated 2019-04-30, 5 years before hire", office=O)
cert("ca", 7001246, "Raul", "Mendoza", D(1980, 8, 16), "Peace Officer", "inactive", D(2003, 1, 13),
     D(2019, 4, 30))
hire("123", "Steven", "Kaczmarek", D(1985, 5, 14), D(2024, 4, 29), "NOT_APPLICABLE", "id-collision",
     "hire_id '123' next to '000123' (a different hire): full track; holds a CA cert but track BASIC",
     office=O, track="BASIC", training=[("FLETC-BIETP", "enrolled", False)])
cert("ca", 7001247, "Steven", "Kaczmarek", D(1985, 5, 14), "Peace Officer", "active", D(2010, 3, 1))

# ---- New York registry: certifications_ny.xlsx (text-typed dates ISO / M/D / MM/DD, spaced headers)
O = "New York"
hire("50001", "Michael", "Fitzgerald", D(1983, 9, 9), D(2024, 1, 22), "VERIFIED_LEO", "xlsx-textdates",
     "NY Police Officer active; record id text '000341'", office=O)
cert("ny", "000341", "Michael", "Fitzgerald", D(1983, 9, 9), "Police Officer", "active", D(2007, 7, 9))
hire("50002", "Anthony", "Russo", D(1979, 12, 22), D(2023, 10, 16), "VERIFIED_LEO", "xlsx-textdates",
     "NY Police Officer active (000342)", office=O)
cert("ny", "000342", "Anthony", "Russo", D(1979, 12, 22), "Police Officer", "active", D(2002, 1, 14))
hire("50003", "Keisha", "Washington", D(1991, 3, 31), D(2024, 8, 26), "VERIFIED_LEO", "xlsx-textdates",
     "NY Police Officer active (000343)", office=O)
cert("ny", "000343", "Keisha", "Washington", D(1991, 3, 31), "Police Officer", "active", D(2014, 12, 15))
hire("50004", "Sean", "Gallagher", D(1986, 6, 6), D(2024, 5, 13), "VERIFIED_LEO", "xlsx-textdates",
     "NY Deputy Sheriff active (000344)", office=O)
cert("ny", "000344", "Sean", "Gallagher", D(1986, 6, 6), "Deputy Sheriff", "active", D(2010, 9, 27),
     agency="Nassau County Sheriff's Department")
hire("50005", "Yesenia", "Morales", D(1993, 10, 20), D(2024, 4, 1), "VERIFIED_LEO", "xlsx-textdates",
     "NY Police Officer inactive, separated 2024-01-15 (2.5 months before hire) (000345)", office=O)
cert("ny", "000345", "Yesenia", "Morales", D(1993, 10, 20), "Police Officer", "inactive", D(2016, 7, 11),
     D(2024, 1, 15))
hire("50006", "Harriet", "Pemberton", D(1984, 2, 10), D(2023, 12, 18), "VERIFIED_LEO", "grey:N/A-middle",
     "NY middle name cell 'N/A' (an export's blank) vs hire middle 'Ann': blank is unknown, so the "
     "link stays strong; Police Officer active (000346)", office=O, middle="Ann")
cert("ny", "000346", "Harriet", "Pemberton", D(1984, 2, 10), "Police Officer", "active", D(2009, 4, 6),
     middle="N/A")
hire("50007", "Kevin", "Marchetti", D(1990, 7, 27), D(2024, 2, 1), "RECALL", "date:issued-swap",
     "NY issued text '11/01/2023' = 2023-11-01: 3 months of service by hire 2024-02-01 (<12). Read "
     "day-first (2023-01-11) it would verify", office=O, hdf=iso)
cert("ny", "000347", "Kevin", "Marchetti", D(1990, 7, 27), "Police Officer", "active", D(2023, 11, 1),
     raw={"issued": "11/01/2023"})
hire("50008", "Tamara", "Oyelaran", D(1989, 2, 18), D(2024, 7, 9), "VERIFIED_LEO",
     "grey:date:M/D-hire-swap", "hire '7/9/2024' (M/D/YYYY) = 2024-07-09; NY separation text "
     "'7/20/2021' is 11 days inside 3 years. Read day-first (2024-09-07) it would be outside",
     office=O, hdf=usn)
cert("ny", "000348", "Tamara", "Oyelaran", D(1989, 2, 18), "Police Officer", "inactive", D(2012, 3, 1),
     D(2021, 7, 20), raw={"issued": "3/1/2012", "sep": "7/20/2021"})
hire("50009", "Craig", "Dunleavy", D(1987, 4, 9), D(2024, 3, 11), "RECALL", "grey:status-case",
     "NY only record 000349 has status 'Suspended' (capitalised): never verifies", office=O)
cert("ny", "000349", "Craig", "Dunleavy", D(1987, 4, 9), "Police Officer", "Suspended", D(2011, 1, 10))
hire("50010", "Patrick", "Donnelly", D(1981, 1, 29), D(2024, 6, 3), "VERIFIED_LEO", "grey:N/A-sepdate",
     "NY separation date cell 'N/A' = blank = still serving; Police Officer active since 2015 (000350)",
     office=O)
cert("ny", "000350", "Patrick", "Donnelly", D(1981, 1, 29), "Police Officer", "active", D(2015, 6, 22),
     raw={"sep": "N/A"})
hire("007", "Nadia", "Karimi", D(1992, 8, 3), D(2024, 10, 7), "VERIFIED_LEO", "id-leading-zero",
     "hire_id '007' kept as text; NY Police Officer active (000351)", office=O)
cert("ny", "000351", "Nadia", "Karimi", D(1992, 8, 3), "Police Officer", "active", D(2016, 1, 11))
hire("50011", "Robert", "Haines", D(1982, 6, 14), D(2024, 2, 20), "VERIFIED_LEO", "suffix-in-surname",
     "hire suffix 'Jr.' in its own column, NY writes surname 'Haines Jr' (README allows a suffix "
     "written into the surname); Police Officer active (000352)", office=O, suffix="Jr.")
cert("ny", "000352", "Robert", "Haines Jr", D(1982, 6, 14), "Police Officer", "active", D(2006, 8, 14))

# ---- Federal service records: certifications_fed.csv (UTF-8 no BOM, LF, ISO with time parts)
hire("60001", "Jonathan", "Reyes-Ortiz", D(1984, 4, 2), D(2024, 3, 18), "VERIFIED_LEO", "fed-iso-time",
     "FED Federal Law Enforcement Officer active since 2009 (F-2001)", office="San Antonio")
cert("fed", "F-2001", "Jonathan", "Reyes-Ortiz", D(1984, 4, 2), "Federal Law Enforcement Officer",
     "active", D(2009, 2, 23), agency="U.S. Customs and Border Protection, Office of Field Operations")
hire("60002", "Elizabeth", "Carrow", D(1988, 7, 17), D(2023, 8, 21), "VERIFIED_LEO", "fed-iso-time",
     "FED Police Officer (U.S. Park Police) active (F-2002)", office="Washington")
cert("fed", "F-2002", "Elizabeth", "Carrow", D(1988, 7, 17), "Police Officer", "active", D(2012, 5, 7),
     agency="U.S. Park Police")
hire("60003", "Hector", "Salinas", D(1982, 5, 25), D(2024, 1, 8), "VERIFIED_LEO", "fed-iso-time",
     "FED Federal Law Enforcement Officer inactive, separated 2023-05-31 (F-2003)", office="El Paso")
cert("fed", "F-2003", "Hector", "Salinas", D(1982, 5, 25), "Federal Law Enforcement Officer", "inactive",
     D(2007, 9, 10), D(2023, 5, 31), agency="U.S. Border Patrol, El Paso Sector")
hire("60004", "Wendell", "Okonkwo", D(1990, 9, 14), D(2024, 7, 29), "VERIFIED_LEO", "fed-iso-time",
     "FED Police Officer active (F-2004)", office="Washington")
cert("fed", "F-2004", "Wendell", "Okonkwo", D(1990, 9, 14), "Police Officer", "active", D(2015, 10, 5),
     agency="Pentagon Force Protection Agency")
hire("60005", "Rachel", "Birnbaum", D(1986, 11, 30), D(2023, 11, 6), "VERIFIED_LEO", "fed-iso-time",
     "FED Federal Law Enforcement Officer active (F-2005)", office="Chicago")
cert("fed", "F-2005", "Rachel", "Birnbaum", D(1986, 11, 30), "Federal Law Enforcement Officer",
     "active", D(2011, 3, 14), agency="U.S. Marshals Service, Northern District of Illinois")
hire("60006", "Trevor", "McAllister", D(1985, 1, 13), D(2024, 8, 1), "VERIFIED_LEO",
     "grey:date:iso-time-window", "FED separation '2021-08-15 00:00:00' (ISO with time) is 14 days "
     "inside 3 years before hire 2024-08-01 (F-2006)", office="Chicago", hdf=iso)
cert("fed", "F-2006", "Trevor", "McAllister", D(1985, 1, 13), "Federal Law Enforcement Officer",
     "inactive", D(2011, 6, 6), D(2021, 8, 15), raw={"sep": "2021-08-15 00:00:00"})

# ---- Georgia registry: certifications_ga.csv (UTF-8 BOM, LF; 'DOB' holds bare years for some)
O = "Atlanta"
hire("65001", "Terrence", "Mobley", D(1984, 10, 3), D(2024, 4, 8), "VERIFIED_LEO", "ga-fulldob",
     "GA Peace Officer active with full DOB (GA-77001)", office=O)
cert("ga", "GA-77001", "Terrence", "Mobley", D(1984, 10, 3), "Peace Officer", "active", D(2008, 12, 1))
hire("65002", "Latoya", "Brinson", D(1990, 1, 21), D(2023, 9, 25), "VERIFIED_LEO", "ga-fulldob",
     "GA Peace Officer active with full DOB (GA-77002)", office=O)
cert("ga", "GA-77002", "Latoya", "Brinson", D(1990, 1, 21), "Peace Officer", "active", D(2013, 6, 17))
hire("65003", "Curtis", "Pettaway", D(1983, 7, 11), D(2024, 5, 6), "MANUAL_REVIEW", "year-only-dob",
     "GA 'DOB' cell is the bare year 1983 (contract: some registries publish only a year): names agree, "
     "no full birth date = lead, never verifies", office=O)
cert("ga", "GA-77003", "Curtis", "Pettaway", 1983, "Peace Officer", "active", D(2007, 2, 5))
hire("65004", "Shonda", "Kilgore", D(1991, 5, 27), D(2024, 2, 12), "MANUAL_REVIEW", "year-only-dob",
     "GA 'DOB' bare year 1991, names agree: lead", office=O)
cert("ga", "GA-77004", "Shonda", "Kilgore", 1991, "Peace Officer", "active", D(2014, 8, 4))

# ---- Florida registry: certifications_fl.xlsx ('YOB' numeric cells, no DOB column)
O = "Miami"
hire("66001", "Raymond", "Fairbanks", D(1980, 3, 8), D(2024, 1, 29), "MANUAL_REVIEW", "year-only-xlsx",
     "FL xlsx 'YOB' numeric cell 1980 (birth_year alias), names agree: lead. (Read as an Excel serial "
     "date it would be 1905 and not a lead)", office=O)
cert("fl", 5500101, "Raymond", "Fairbanks", 1980, "Law Enforcement Officer", "active", D(2004, 10, 18))
hire("66002", "Gloria", "Betancourt", D(1987, 12, 15), D(2024, 6, 10), "MANUAL_REVIEW", "year-only-xlsx",
     "FL YOB 1987, names agree: lead", office=O)
cert("fl", 5500102, "Gloria", "Betancourt", 1987, "Law Enforcement Officer", "active", D(2010, 1, 25))
hire("66003", "Dwayne", "Hibbert", D(1985, 6, 30), D(2023, 10, 23), "MANUAL_REVIEW", "year-only-xlsx",
     "FL YOB 1985, names agree: lead", office=O)
cert("fl", 5500103, "Dwayne", "Hibbert", 1985, "Law Enforcement Officer", "active", D(2009, 7, 13))
hire("66004", "Marisol", "Echeverría", D(1993, 9, 19), D(2024, 8, 19), "MANUAL_REVIEW", "year-only-xlsx",
     "FL YOB 1993, names agree (accent in xlsx): lead", office=O)
cert("fl", 5500104, "Marisol", "Echeverría", 1993, "Law Enforcement Officer", "active", D(2016, 3, 7))
hire("96003", "Franklin", "Oduya", D(1979, 8, 28), D(2024, 3, 25), "VERIFIED_LEO", "override",
     "FL year-only lead (would be MANUAL_REVIEW); overrides.xlsx records VERIFIED_LEO", office=O)
cert("fl", 5500105, "Franklin", "Oduya", 1979, "Law Enforcement Officer", "active", D(2003, 5, 19))
OVERRIDES.append(dict(hire_id="96003", numeric=False, determination="VERIFIED_LEO", reviewer="Núñez, A.",
                      reviewed_on=D(2024, 9, 30),
                      justification="FDLE confirmed by phone: DOB 08/28/1979 matches,\ncertification "
                                    "active since 2003; ticket #4471."))

# ---- short track only through a training row
hire("70003", "Calvin", "Rhodes", D(1988, 11, 9), D(2024, 5, 13), "RECALL", "short-by-course",
     "track BASIC but an ERO-LEO-VIRT row makes it short; no registry record, no basic course",
     office="Chicago", track="BASIC", training=[("ERO-LEO-VIRT", "completed", False)])
hire("70004", "Bianca", "Ferreira", D(1995, 3, 3), D(2024, 9, 3), "RECALL", "grey:course-code-case",
     "track BASIC; course code written 'ero-leo-virt' (lower case) still means the short track; no "
     "record", office="Newark", track="BASIC", training=[("ero-leo-virt", "completed", False)])

# ---- short track, no registry record at all (RECALL), with export-style noise in hires.csv
hire("80001", "Amber", "Kessler", D(1990, 8, 22), D(2024, 2, 26), "RECALL", "no-record",
     "no registry record; resume has quoted commas and an embedded CRLF", office="St. Paul",
     resume="Loan Officer, First National Bank of Duluth, Duluth, MN\r\n2015–2023; bilingual (Spanish)")
hire("80002", "Dominic", "Arceneaux", D(1986, 1, 7), D(2023, 8, 14), "RECALL", "no-record",
     "no registry record; resume 'Safety officer, Acme Construction, Inc., Houston, TX'",
     office="Houston", resume="Safety officer, Acme Construction, Inc., Houston, TX")
hire("80003", "Whitney", "Gaskins", D(1993, 6, 11), D(2024, 3, 4), "RECALL", "no-record",
     "no registry record; resume with an embedded LF", office="St. Paul",
     resume="Security officer at Target, Eagan, MN\nCustomer service lead")
hire("80004", "Jerome", "Batiste", D(1984, 9, 26), D(2024, 7, 22), "RECALL", "no-record",
     "no registry record, empty resume", office="New Orleans")
hire("80005", "Chelsea", "Dubois", D(1992, 5, 2), D(2023, 12, 11), "RECALL", "grey:track-case",
     "screening_track 'leo' (lower case) = LEO short track; no record", office="New Orleans",
     track="leo")
hire("80006", "Marco", "Benedetti", D(1987, 10, 17), D(2024, 4, 29), "RECALL", "grey:track-spaces",
     "screening_track ' LEO ' (padded) = LEO short track; no record", office="Newark", track=" LEO ")
hire("80007", "Tanisha", "Greer", None, D(2024, 1, 16), "RECALL", "blank-hire-dob",
     "hire DOB blank; no registry row with her name at all: nothing to review", office="Atlanta")
hire("80008", "Gustavo", "Iturbe", D(1991, 12, 30), D(2024, 8, 5), "RECALL", "basic-enrolled",
     "no record; FLETC-BIETP only enrolled, not completed", office="Houston",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "enrolled", False)])
hire("80009", "Kaitlyn", "Marsh", D(1994, 2, 23), D(2023, 9, 11), "RECALL", "basic-withdrawn",
     "no record; FLETC-BIETP withdrawn", office="Seattle",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "withdrawn", False)])
hire("80010", "Fiona", "MacLeod", D(1989, 6, 15), D(2024, 5, 20), "RECALL", "no-record",
     "no record; resume aspirational, with doubled quotes inside a quoted field", office="Chicago",
     resume='Aspiring police officer; B.S. criminal justice, "summa cum laude", 2023')
hire("80011", "Ahmed", "Siddiqui", D(1985, 3, 19), D(2024, 1, 8), "RECALL", "no-record",
     "no record; history 'Loan Officer, Wells Fargo, MN' (non-sworn)", office="St. Paul")
HISTORY.append(dict(hire_id="80011", employer="Wells Fargo Bank, N.A.", title="Loan Officer", state="MN",
                    start=D(2012, 9, 4), end=D(2023, 10, 27), fmts=(us, iso)))
hire("80012", "Brittany", "Overholt", D(1991, 11, 26), D(2024, 6, 24), "RECALL", "no-record",
     "no record; history 'Security Officer, Café Olé Security, Inc., MN' (cp1252, non-sworn)",
     office="St. Paul")
HISTORY.append(dict(hire_id="80012", employer="Café Olé Security, Inc.", title="Security Officer",
                    state="MN", start=D(2017, 3, 13), end=None, fmts=(us, us)))

# ---- employment-history claims (coverage)
hire("85001", "Dale", "Kimbrough", D(1983, 4, 30), D(2024, 3, 1), "RECALL", "date:claim-ended-before-window",
     "history: Police Officer, Reno PD, NV (no NV registry), end '02/10/2021' = 19 days before the "
     "3-year window: not a coverage gap. Read day-first (2021-10-02) it would be a gap (review)",
     office="Salt Lake City", hdf=iso)
HISTORY.append(dict(hire_id="85001", employer="Reno Police Department", title="Police Officer",
                    state="NV", start=D(2014, 6, 2), end=D(2021, 2, 10), fmts=(us, us)))
hire("85002", "Jolene", "Carver", D(1988, 8, 10), D(2024, 4, 15), "MANUAL_REVIEW", "claim-uncovered-state",
     "history: Police Officer, Las Vegas Metropolitan PD, NV, end blank (= to hire date); NV registry "
     "not loaded: coverage gap", office="Salt Lake City")
HISTORY.append(dict(hire_id="85002", employer="Las Vegas Metropolitan Police Department",
                    title="Police Officer", state="NV", start=D(2016, 1, 19), end=None, fmts=(iso, iso)))
hire("85003", "Wesley", "Hargrove", D(1982, 2, 19), D(2024, 5, 28), "MANUAL_REVIEW", "claim-uncovered-state",
     "history: Deputy Sheriff, Multnomah County, OR, ended 2023-12-29; OR registry not loaded", office="Seattle")
HISTORY.append(dict(hire_id="85003", employer="Multnomah County Sheriff's Office", title="Deputy Sheriff",
                    state="OR", start=D(2012, 7, 9), end=D(2023, 12, 29), fmts=(us, usn)))

# ---- REMEDIATED: basic course completed since; numeric hire_ids as Excel number cells
hire("4501", "Angela", "Whitcomb", D(1990, 3, 24), D(2023, 10, 9), "REMEDIATED", "xlsx-numeric-id",
     "no record; training.xlsx rows carry hire_id as the number 4501: FLETC-BIETP completed",
     office="Chicago",
     training=[("ERO-LEO-VIRT", "completed", True), ("FLETC-BIETP", "completed", True)])
hire("4502", "Derrick", "Holloway", D(1986, 7, 31), D(2023, 11, 20), "REMEDIATED", "xlsx-numeric-id",
     "no record; hire_id numeric cell 4502 in training.xlsx; FLETC-BIETP completed", office="Dallas",
     training=[("ERO-LEO-VIRT", "completed", True), ("FLETC-BIETP", "completed", True)])
hire("4503", "Vanessa", "Quiroga", D(1993, 1, 14), D(2024, 1, 29), "REMEDIATED", "xlsx-numeric-id",
     "no record; FLETC row numeric hire_id 4503 (ERO row as text)", office="Phoenix",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "completed", True)])
hire("0456", "Leonard", "Tsosie", D(1984, 11, 5), D(2024, 2, 5), "REMEDIATED", "id-leading-zero",
     "hire_id '0456' (text cell in training.xlsx) next to hire '456': FLETC-BIETP completed; no record",
     office="Phoenix",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "completed", False)])
hire("90001", "Monica", "Feliciano", D(1992, 9, 8), D(2024, 3, 18), "REMEDIATED", "grey:training-status-case",
     "FLETC-BIETP status 'Completed' (capitalised)", office="Miami",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "Completed", False)])
hire("90002", "Jeffrey", "Stubbs", D(1981, 4, 13), D(2023, 7, 17), "REMEDIATED", "grey:training-status-case",
     "FLETC-BIETP status 'COMPLETED' (upper case)", office="Dallas",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "COMPLETED", False)])
hire("90003", "Pamela", "Yazzie", D(1989, 12, 1), D(2024, 4, 22), "REMEDIATED", "nonsworn+basic",
     "CA Correctional Officer only (not sworn) and FLETC-BIETP completed", office="Phoenix",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "completed", False)])
cert("ca", 7001248, "Pamela", "Yazzie", D(1989, 12, 1), "Correctional Officer", "active", D(2014, 9, 8),
     agency="California Department of Corrections and Rehabilitation")
hire("90004", "Russell", "Dempsey", D(1987, 5, 23), D(2024, 6, 3), "REMEDIATED", "short-by-course",
     "track BASIC + ERO-LEO-VIRT row = short; no record; FLETC-BIETP completed", office="Denver",
     track="BASIC",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "completed", False)])
hire("90005", "Sonia", "Bhattacharya", D(1985, 12, 20), D(2024, 7, 8), "REMEDIATED", "window+basic",
     "WA Peace Officer separated 2018-06-29 (6 years before hire) and FLETC-BIETP completed",
     office="Seattle",
     training=[("ERO-LEO-VIRT", "completed", False), ("FLETC-BIETP", "completed", False)])
cert("wa", "WA-10010", "Sonia", "Bhattacharya", D(1985, 12, 20), "Peace Officer", "inactive",
     D(2009, 2, 2), D(2018, 6, 29))

# ---- overrides on otherwise-RECALL hires
hire("000777", "Gina", "Abernathy", D(1990, 6, 4), D(2024, 1, 22), "REMEDIATED", "override",
     "no record (would be RECALL); overrides.xlsx hire_id text cell '000777' records REMEDIATED",
     office="Denver")
OVERRIDES.append(dict(hire_id="000777", numeric=False, determination="REMEDIATED", reviewer="Renée Dufour",
                      reviewed_on=D(2024, 8, 12),
                      justification="Completed the state basic academy at FLETC Artesia under "
                                    "another course code (FLETC-SBA); certificate on file."))
hire("4620", "Howard", "Pinkney", D(1983, 10, 28), D(2023, 10, 30), "VERIFIED_LEO", "override",
     "no record (would be RECALL); overrides.xlsx hire_id as the number 4620 records VERIFIED_LEO; "
     "training.xlsx also uses the number 4620", office="Dallas",
     training=[("ERO-LEO-VIRT", "completed", True)])
OVERRIDES.append(dict(hire_id="4620", numeric=True, determination="VERIFIED_LEO", reviewer="K. Lindahl",
                      reviewed_on="10/15/2024",
                      justification="Oklahoma CLEET certification verified directly (registry not "
                                    "loaded), active since 2012."))

# ---- NOT_APPLICABLE: full basic track
hire("456", "Gerald", "Lundquist", D(1980, 10, 22), D(2024, 2, 5), "NOT_APPLICABLE", "id-collision",
     "hire_id '456' next to '0456': track BASIC, FLETC completed", office="Phoenix", track="BASIC")
NA = [
    ("95001", "Carla", "Jaramillo", D(1994, 5, 9), D(2023, 8, 28), "BASIC", "completed"),
    ("95002", "Douglas", "Fenwick", D(1988, 2, 2), D(2024, 1, 8), "BASIC", "enrolled"),
    ("95003", "Erica", "Stanhope", D(1996, 11, 19), D(2024, 3, 25), "basic", "completed"),
    ("95004", "Felix", "Aguirre", D(1983, 12, 6), D(2023, 11, 6), "BASIC", "completed"),
    ("95005", "Holly", "Rasmussen", D(1991, 7, 1), D(2024, 6, 17), "BASIC", "enrolled"),
    ("95006", "Isaac", "Grunwald", D(1987, 1, 26), D(2024, 8, 26), "BASIC", "completed"),
    ("95007", "Janelle", "Okoye", D(1995, 10, 8), D(2023, 9, 18), "basic", "completed"),
    ("95008", "Kurt", "Vandermeer", D(1982, 3, 27), D(2024, 4, 1), "BASIC", "withdrawn"),
    ("95009", "Leticia", "Saavedra", D(1990, 5, 18), D(2024, 5, 6), "BASIC", "completed"),
    ("95010", "Martin", "Roemer", D(1985, 9, 12), D(2023, 12, 4), "BASIC", "completed"),
    ("95011", "Naomi", "Szabo", D(1993, 4, 28), D(2024, 2, 20), "Basic ", "completed"),
    ("95012", "Oscar", "Lindahl", D(1989, 8, 31), D(2024, 9, 23), "BASIC", "enrolled"),
    ("95013", "Paige", "Whitlock", D(1997, 2, 15), D(2024, 7, 15), "BASIC", "completed"),
    ("95014", "Quentin", "Abara", D(1984, 6, 20), D(2023, 10, 16), "BASIC", "completed"),
]
for hid, f, l_, dob, hd, tr, st in NA:
    extra = ""
    case = "full-track"
    if tr != "BASIC":
        case = "grey:track-case"
        extra = f"; screening_track written {tr!r}"
    if hid == "95004":
        extra += "; holds a valid TX Peace Officer cert, irrelevant on the full track"
    if hid == "95011":
        extra += "; holds a valid NY Police Officer cert, irrelevant on the full track"
    hire(hid, f, l_, dob, hd, "NOT_APPLICABLE", case,
         f"track BASIC, no short-track course; FLETC-BIETP {st}{extra}", office="Glynco", track=tr,
         training=[("FLETC-BIETP", st, False)], resume="" if hid != "95006" else
         "Park ranger (non-commissioned), Yellowstone NP, WY")
cert("tx", 8800116, "Felix", "Aguirre", D(1983, 12, 6), "Peace Officer", "active", D(2007, 4, 16))
cert("ny", "000353", "Naomi", "Szabo", D(1993, 4, 28), "Police Officer", "active", D(2016, 5, 31))

# history rows for a few verified hires (consistent, covered states; cp1252 punctuation)
HISTORY.append(dict(hire_id="000123", employer="Minneapolis Police Department", title="Police Officer – Patrol",
                    state="MN", start=D(2012, 3, 1), end=None, fmts=(us, us)))
HISTORY.append(dict(hire_id="10002", employer="Peña & Núñez Investigations", title="Investigator",
                    state="MN", start=D(2010, 1, 4), end=D(2014, 5, 30), fmts=(iso, iso)))
HISTORY.append(dict(hire_id="10002", employer="Saint Paul Police Department", title="Police Officer",
                    state="MN", start=D(2014, 6, 15), end=None, fmts=(us, us)))
HISTORY.append(dict(hire_id="40001", employer="Los Angeles Police Department", title="Police Officer II",
                    state="CA", start=D(2012, 1, 9), end=None, fmts=(usn, usn)))
HISTORY.append(dict(hire_id="20001", employer="Houston Police Department, Southeast Patrol",
                    title="Police Officer", state="TX", start=D(2008, 1, 15), end=None, fmts=(iso, iso)))

# --------------------------------------------------------------------------- filler registry people
# Disjoint surnames, birth years 1950-1974 (every hire is born 1978-1997): they can link to no hire.
FILL_LAST = """Anderson Baker Campbell Dawson Ellison Foster Griffin Harper Ingram Jennings Knox Lambert
Mercer Norris Osborne Parsons Quinlan Ramsey Sutton Thornton Underwood Vaughn Wallace Yates Zimmerman
Ballard Conley Drummond Eastman Farley Gibbons Hadley Irwin Jarvis Keller Lowell Maddox Nolan Oakley
Prescott Redding Sheridan Talbot Upton Voss Winslow Yardley Ashby Bramwell Chandler Dorsey Emerson
Fleming Garrity Hampton Ives Judd Kincaid Langley Merritt Nash Oliphant Pickett Radford Sampson Tillman
Ulrich Vickers Wolcott Acevedo Barrera Cervantes Duarte Escobar Fuentes Gallegos Herrera Juarez Lozano
Macias Navarro Ochoa Padilla Rosales Serrano Trevino Valdez Zamora Kwon Park Choi Yoon Lim Tanaka Sato
Suzuki Watanabe Kovac Novak Horvat Kraus Becker Wagner Schulz Hoffmann Koch Richter Schröder Neumann
Schwarz Braun Hartmann Lange Schmitt Werner Krause Meier Lehmann Ostby Quist Renner Stroud Tolliver""".split()
FILL_FIRST = """James Mary John Patricia Robert Jennifer William Linda David Barbara Richard Susan Joseph
Jessica Thomas Sarah Charles Nancy Christopher Lisa Mark Betty Paul Sandra Donald Ashley George Dorothy
Kenneth Donna Edward Carol Ronald Ruth Timothy Sharon Jose Laura Larry Cynthia""".split()
FILL_TYPES = ["Peace Officer", "Peace Officer", "Police Officer", "Deputy Sheriff", "Correctional Officer",
              "Jailer", "Telecommunicator", "Reserve Peace Officer", "Detention Officer"]
FILL_STATUS = ["active", "active", "inactive", "lapsed", "inactive", "revoked", "suspended"]


def make_fillers():
    rng = random.Random(20261101)
    lasts = FILL_LAST[:]
    rng.shuffle(lasts)
    counts = {"mn": 24, "tx": 22, "wa": 16, "ca": 18, "ny": 14, "fed": 10, "ga": 8, "fl": 8}
    k = 0
    people = []
    for reg, n in counts.items():
        for j in range(n):
            last = lasts[k % len(lasts)]
            k += 1
            first = rng.choice(FILL_FIRST)
            dob = date(rng.randint(1950, 1974), rng.randint(1, 12), rng.randint(1, 28))
            issued = date(rng.randint(max(dob.year + 21, 1975), 2016), rng.randint(1, 12), rng.randint(1, 28))
            status = rng.choice(FILL_STATUS)
            sep = None
            if status != "active":
                sep = issued + timedelta(days=rng.randint(400, 6000))
                if sep > date(2024, 6, 1):
                    sep = date(2024, 6, 1) - timedelta(days=rng.randint(1, 900))
                if sep <= issued:
                    sep = issued + timedelta(days=400)
            ctype = rng.choice(FILL_TYPES) if reg != "fed" else \
                rng.choice(["Federal Law Enforcement Officer", "Police Officer"])
            if reg == "fl":
                ctype = rng.choice(["Law Enforcement Officer", "Correctional Officer",
                                    "Correctional Probation Officer"])
            middle = rng.choice(["", "", "A", "Lee", "Marie", "J"])
            dob_val: object = dob
            if reg in ("fl",) or (reg == "ga" and j % 2 == 0):
                dob_val = dob.year
            if reg == "mn" and j in (3, 11):
                dob_val = None  # real registries miss birth dates
            rid = {"mn": f"{9000 + k:06d}", "tx": 8810000 + k, "wa": f"WA-2{k:04d}", "ca": 7100000 + k,
                   "ny": f"{k:06d}0", "fed": f"F-9{k:03d}", "ga": f"GA-8{k:04d}", "fl": 5510000 + k}[reg]
            cert(reg, rid, first, last, dob_val, ctype, status, issued, sep,
                 middle=middle if reg != "fl" else "",
                 agency=rng.choice([DEFAULT_AGENCY[reg], "Sheriff's Office, County of " + last,
                                    last + " City Police Department"]))
            people.append((reg, rid, first, last, dob_val))
    # a few decertifications of filler people (their record is revoked or suspended anyway)
    picks = [p for p in people if isinstance(p[4], date)]
    rng.shuffle(picks)
    for reg, rid, first, last, dob in picks[:7]:
        DECERTS.append(dict(record_id=rid, source=SOURCE[reg], first=first, last=last, dob=dob,
                            action=rng.choice(["revoked", "suspended", "surrendered"]),
                            action_date=date(rng.randint(2005, 2023), rng.randint(1, 12), rng.randint(1, 28)),
                            reason=rng.choice(["Misconduct, untruthfulness", "Voluntary surrender",
                                               "Criminal conviction; see file"])))


make_fillers()

# --------------------------------------------------------------------------- sanity checks


def check():
    ids = [h["hire_id"] for h in HIRES]
    assert len(ids) == len(set(ids)), "duplicate hire_id"
    dobs = [h["dob_date"] for h in HIRES if h["dob_date"]]
    assert len(dobs) == len(set(dobs)), "two hires share a birth date"
    swapped = {date(d.year, d.day, d.month) for d in dobs if d.day <= 12 and d.day != d.month}
    assert not (swapped & set(dobs)), "a hire DOB is another's swapped DOB"
    assert all(1978 <= d.year <= 1997 for d in dobs)
    hl = {h["last"].split()[0].lower() for h in HIRES}
    fl = {x.lower() for x in FILL_LAST}
    assert not (hl & fl), hl & fl
    names = [(h["first"], h["last"]) for h in HIRES]
    assert len(names) == len(set(names))
    hid = set(ids)
    assert all(t["hire_id"] in hid for t in TRAINING)
    assert all(t["hire_id"] in hid for t in HISTORY)
    assert all(o["hire_id"] in hid for o in OVERRIDES)


check()

# --------------------------------------------------------------------------- writers

FIXED_DT = (2024, 11, 1, 0, 0, 0)


def _pin_xlsx(path: Path) -> None:
    """Rewrite an openpyxl file with fixed zip timestamps and core-property dates."""
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-11-01T00:00:00Z", data)
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_xlsx(path: Path, header, rows, *, sheet="Data", extra_sheets=(), title_rows=()):
    """rows: list of lists of cell specs. A spec is a value, or (value, number_format)."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for t in title_rows:
        ws.append(list(t))
    ws.append(list(header))
    for r in rows:
        ws.append([c[0] if isinstance(c, tuple) else c for c in r])
        rr = ws.max_row
        for ci, c in enumerate(r, start=1):
            if isinstance(c, tuple):
                ws.cell(row=rr, column=ci).number_format = c[1]
    for name, srows in extra_sheets:
        ws2 = wb.create_sheet(name)
        for r in srows:
            ws2.append(list(r))
    wb.properties.creator = "export_formats/make.py"
    wb.properties.created = datetime(2024, 11, 1)
    wb.save(path)
    _pin_xlsx(path)


def write_csv(path: Path, header, rows, *, encoding="utf-8", bom=False, crlf=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for r in rows:
        w.writerow(["" if v is None else v for v in r])
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


def dcell(d, fmt="mm/dd/yyyy"):
    """An Excel date cell (or blank)."""
    if d is None:
        return None
    return (d, fmt)


def tcell(s):
    """A text-typed cell."""
    return (s, "@") if s not in (None, "") else None


def write_all(out: Path, variant: str):
    out.mkdir(parents=True, exist_ok=True)
    grey = variant != "strict"

    def g(value, strict_value):
        return value if grey else strict_value

    # ---- hires.csv: UTF-8 + BOM, CRLF, aliases, odd header case/spaces, extra cols, shuffled order
    header = ["Surname", " First Name ", "Employee ID", "MIDDLE_NAME", "Suffix", "DOB", "EOD Date",
              "Track", "Position Title", "Job Series", "Duty Station", "Screening Basis",
              "Resume Text", "Notes", "Veteran Preference"]
    rows = []
    for i, h in enumerate(HIRES):
        track = h["track"] if grey else h["track"].strip().upper()
        hd = h["hire_date"]
        if not grey and h["hire_date"].count("/") == 2 and len(h["hire_date"]) < 10:
            hd = us(h["hd"])
        dob = h["dob"]
        if not grey and dob.count("/") == 2 and len(dob) < 10:
            dob = us(h["dob_date"])
        rows.append([h["last"], h["first"], h["hire_id"], h["middle"], h["suffix"], dob, hd,
                     track, h["title"], "0083" if i % 11 == 5 else h["series"], h["office"],
                     h["basis"], h["resume"],
                     ["", "Transferred from CBP, see HR file", "Bilingual: español, français", "",
                      "Relocation paid, 50% advance"][i % 5],
                     ["", "5-point", "10-point", "None"][i % 4]])
    write_csv(out / "hires.csv", header, rows, bom=True, crlf=True)

    # ---- training.xlsx: Excel date cells, numeric hire_id cells for some, second sheet
    trows = []
    for t in TRAINING:
        hid = int(t["hire_id"]) if t["numeric"] else tcell(t["hire_id"])
        st = t["status"] if grey else t["status"].strip().lower()
        code = t["course"] if grey else t["course"].strip().upper()
        trows.append([hid, code, t["title"], t["delivery"], dcell(t["start"]), dcell(t["end"]), st,
                      "J. Ortega" if t["delivery"] == "in_person" else ""])
    write_xlsx(out / "training.xlsx",
               ["HIRE ID", "Course", "Course Title", "Delivery", "Start Date", "End Date", "Status",
                "Instructor"], trows, sheet="Training Export",
               extra_sheets=[("Codes", [["code", "meaning"], ["ERO-LEO-VIRT", "short"],
                                        ["FLETC-BIETP", "basic"]])])

    # ---- employment_history.csv: Windows-1252, CRLF, US and ISO dates
    hrows = []
    for e in HISTORY:
        f1, f2 = e["fmts"]
        if not grey:
            f1 = us if f1 is usn else f1
            f2 = us if f2 is usn else f2
        hrows.append([e["hire_id"], e["employer"], e["title"], e["state"], f1(e["start"]),
                      "" if e["end"] is None else f2(e["end"])])
    write_csv(out / "employment_history.csv", ["Hire_ID", "Employer", "Title", "State", "Start Date",
                                               "End Date"], hrows, encoding="cp1252", crlf=True)

    # ---- registries
    def val(c, field, fmt):
        if field in c["raw"]:
            v = c["raw"][field]
            if not grey and v == "N/A":
                return ""
            if not grey and isinstance(v, str) and v.endswith(" 00:00:00"):
                return v[:10]
            if not grey and isinstance(v, str) and v.count("/") == 2 and len(v) < 10:
                m, d_, y = v.split("/")
                return f"{int(m):02d}/{int(d_):02d}/{y}"
            return v
        d = c[field]
        if d is None:
            return ""
        if isinstance(d, int):
            return str(d)
        if isinstance(d, datetime):
            d = d.date()
        return fmt(d)

    def status(c):
        return c["status"] if grey else c["status"].strip().lower()

    def middle(c):
        return c["middle"] if grey or c["middle"] != "N/A" else ""

    # MN: cp1252, CRLF, US dates, alias headers
    rows = []
    for c in CERTS["mn"]:
        rows.append([c["record_id"], c["last"], c["first"], middle(c)[:1] if c["middle"] != "N/A" else "N/A",
                     val(c, "dob", us), c["ctype"], status(c), val(c, "issued", us), val(c, "sep", us),
                     c["agency"], c["source"], "Metro" if len(rows) % 2 else "Northeast"])
    write_csv(out / "certifications_mn.csv",
              ["Person Nbr", "Last Name", "First Name", "MI", "Birth Date", "Cert Type", "Status",
               "Issue Date", "Sep Date", "Agency Name", "State", "Region"],
              rows, encoding="cp1252", crlf=True)

    # TX: Parquet, typed date32 / timestamp columns, int64 ids, dictionary-encoded source/status
    cs = CERTS["tx"]

    def ts(d):
        return None if d is None else datetime(d.year, d.month, d.day)

    tx = pa.table({
        "RECORD_ID": pa.array([c["record_id"] for c in cs], pa.int64()),
        "SOURCE": pa.array([c["source"] for c in cs]).dictionary_encode(),
        "LAST_NAME": pa.array([c["last"] for c in cs], pa.string()),
        "FIRST_NAME": pa.array([c["first"] for c in cs], pa.string()),
        "MIDDLE_NAME": pa.array([c["middle"] or None for c in cs], pa.string()),
        "DATE_OF_BIRTH": pa.array([c["dob"] for c in cs], pa.date32()),
        "CERTIFICATION_TYPE": pa.array([c["ctype"] for c in cs], pa.string()),
        "STATUS": pa.array([status(c) for c in cs]).dictionary_encode(),
        "ISSUED_DATE": pa.array([ts(c["issued"]) for c in cs], pa.timestamp("ns")),
        "SEPARATION_DATE": pa.array([ts(c["sep"]) for c in cs], pa.timestamp("us")),
        "AGENCY": pa.array([c["agency"] for c in cs], pa.string()),
        "TCOLE_REGION": pa.array([(i % 7) + 1 for i in range(len(cs))], pa.int32()),
    })
    pq.write_table(tx, out / "certifications_tx.parquet")

    # WA: Parquet, every column a string; dates in ISO, MM/DD/YYYY and M/D/YYYY, blanks as null or ""
    cs = CERTS["wa"]
    rot = [iso, us, usn] if grey else [iso, us, us]
    wa = pa.table({
        "cert_id": [c["record_id"] for c in cs],
        "registry": [c["source"] for c in cs],
        "given_name": [c["first"] for c in cs],
        "middle": [c["middle"] or (None if i % 2 else "") for i, c in enumerate(cs)],
        "family_name": [c["last"] for c in cs],
        "birthdate": [val(c, "dob", rot[i % 3]) or None for i, c in enumerate(cs)],
        "function": [c["ctype"] for c in cs],
        "status": [status(c) for c in cs],
        "certified_date": [val(c, "issued", rot[(i + 1) % 3]) for i, c in enumerate(cs)],
        "end_date_of_service": [val(c, "sep", rot[(i + 2) % 3]) or (None if i % 2 else "")
                                for i, c in enumerate(cs)],
        "employer_agency": [c["agency"] for c in cs],
        "county": ["King" if i % 3 else "Spokane" for i in range(len(cs))],
    }, schema=pa.schema([(n, pa.string()) for n in
                         ["cert_id", "registry", "given_name", "middle", "family_name", "birthdate",
                          "function", "status", "certified_date", "end_date_of_service",
                          "employer_agency", "county"]]))
    pq.write_table(wa, out / "certifications_wa.parquet")

    # CA: xlsx with Excel date cells (one datetime), numeric record ids, shuffled + extra columns
    rows = []
    for i, c in enumerate(CERTS["ca"]):
        issued = c["issued"]
        if isinstance(issued, datetime):
            icell = (issued, "mm/dd/yyyy hh:mm") if grey else (issued.date(), "mm/dd/yyyy")
        else:
            icell = dcell(issued)
        rows.append([c["source"], c["record_id"], c["ctype"], c["last"], c["first"], c["middle"] or None,
                     dcell(c["dob"], "m/d/yyyy"), status(c), icell, dcell(c["sep"], "yyyy-mm-dd"),
                     c["agency"], 100 + i % 9, (datetime(2024, 10, 1, 8, 15), "yyyy-mm-dd hh:mm")])
    write_xlsx(out / "certifications_ca.xlsx",
               ["Source State", "Certification ID", "Employ Class", "Last Name", "First Name",
                "Middle Name", "Date of Birth", "Status", "Employ Start Date", "Sep Date", "Agcy Name",
                "POST Region", "Last Updated"], rows, sheet="POST Export",
               extra_sheets=[("Legend", [["Column", "Meaning"], ["Employ Class", "POST certificate"],
                                         ["Sep Date", "blank = still employed"]])])

    # NY: xlsx with every date as a text cell (ISO / M/D/YYYY / MM/DD/YYYY), spaced headers
    rows = []
    rot = [iso, usn, us] if grey else [iso, us, us]
    for i, c in enumerate(CERTS["ny"]):
        rows.append([tcell(c["record_id"]), c["last"], c["first"], tcell(middle(c)),
                     tcell(val(c, "dob", rot[i % 3])), c["ctype"], status(c),
                     tcell(val(c, "issued", rot[(i + 1) % 3])), tcell(val(c, "sep", rot[(i + 2) % 3])),
                     c["agency"], c["source"], ["Kings", "Queens", "Nassau"][i % 3]])
    write_xlsx(out / "certifications_ny.xlsx",
               ["  Record ID  ", "LAST NAME", "First Name", "Middle Name ", "Date Of Birth",
                "Certification Type", "STATUS", " Issued Date", "Separation Date", "Agency", "Source",
                "County"], rows, sheet="DCJS")

    # FED: UTF-8 (no BOM), LF, ISO with a time part, quoted comma/newline notes
    rows = []
    rot = [isot, isoT, iso] if grey else [iso, iso, iso]
    for i, c in enumerate(CERTS["fed"]):
        rows.append([c["record_id"], c["source"], c["first"], c["middle"], c["last"],
                     val(c, "dob", rot[i % 3]), c["ctype"], status(c), val(c, "issued", rot[(i + 1) % 3]),
                     val(c, "sep", rot[(i + 2) % 3]), c["agency"],
                     "Verified against SF-50,\nOPM eOPF" if i % 3 == 0 else ""])
    write_csv(out / "certifications_fed.csv",
              ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
               "certification_type", "status", "issued_date", "separation_date", "agency", "notes"], rows)

    # GA: UTF-8 + BOM, LF, 'DOB' holds full ISO dates or bare years
    rows = []
    for c in CERTS["ga"]:
        rows.append([c["record_id"], c["source"], c["last"], c["first"], c["middle"], val(c, "dob", iso),
                     c["ctype"], status(c), val(c, "issued", iso), val(c, "sep", iso), c["agency"]])
    write_csv(out / "certifications_ga.csv",
              ["record_id", "source", "last_name", "first_name", "middle_name", "DOB",
               "certification_type", "status", "issued_date", "separation_date", "agency"], rows, bom=True)

    # FL: xlsx, only a birth year ('YOB', numeric cells), 'Certification' alias, numeric ids
    rows = []
    for c in CERTS["fl"]:
        rows.append([c["record_id"], c["source"], c["last"], c["first"], None, c["dob"], c["ctype"],
                     status(c), dcell(c["issued"]), dcell(c["sep"]), c["agency"]])
    write_xlsx(out / "certifications_fl.xlsx",
               ["Cert ID", "Registry", "Last Name", "First Name", "Middle Name", "YOB", "Certification",
                "Status", "Cert Date", "Sep Date", "Agency"], rows, sheet="FDLE ATMS")

    # decertifications.xlsx: Excel date cells and a text date, numeric ids, alias headers
    rows = []
    for dct in DECERTS:
        ad = dct["action_date"]
        adcell = tcell(ad) if isinstance(ad, str) else dcell(ad)
        act = dct["action"] if grey else dct["action"].lower()
        rid = dct["record_id"]
        rows.append([rid if isinstance(rid, int) else tcell(rid), dct["source"], dct["first"], dct["last"],
                     dcell(dct["dob"]), act, adcell, dct["reason"], f"C-{len(rows) + 101}"])
    write_xlsx(out / "decertifications.xlsx",
               ["Record ID", "State", "First Name", "Last Name", "DOB", "Action", "Decert Date", "Reason",
                "Case Number"], rows, sheet="Actions",
               extra_sheets=[("Notes", [["Compiled from state POST bulletins"]])])

    # overrides.xlsx: hire_id as text cell or number cell, reviewed_on as date cell or text
    rows = []
    for o in OVERRIDES:
        hid = int(o["hire_id"]) if o["numeric"] else tcell(o["hire_id"])
        ro = tcell(o["reviewed_on"]) if isinstance(o["reviewed_on"], str) else dcell(o["reviewed_on"])
        rows.append([hid, o["determination"], o["reviewer"], ro, o["justification"]])
    write_xlsx(out / "overrides.xlsx", ["Hire ID", "Determination", "Reviewer", "Reviewed On",
                                        "Justification"], rows, sheet="Decisions")


def write_labels(out: Path, name: str):
    with open(out / name, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["hire_id", "expected_determination", "case", "why"])
        for row in LABELS:
            w.writerow(row)


# --------------------------------------------------------------------------- probe variants
# Written to another folder (e.g. /tmp/ef_variants/NAME) with --variant NAME: the main data
# set with ONE export-style change. Each variant's expectation was fixed here BEFORE the tool
# was run on it:
#   same            the input is contract-allowed: determinations must equal the frozen labels
#   same_or_error   grey (the contract is silent): equal labels, or exit 2 with a message naming
#                   the file, row and column; anything else (exit 0 with other determinations,
#                   a traceback) is a finding
#   error_or_same   not contract-allowed: exit 2 naming the file (or, leniently, a correct read)
VARIANTS = {
    "strict": ("same", "only literal contract spellings (no grey values)"),
    "hires_xlsx": ("same", "hires as .xlsx: text-cell IDs with zeros, number cells for numeric "
                           "IDs, Excel date cells, blank DOB as empty cell"),
    "hires_parquet": ("same", "hires as .parquet: date32 DOB with nulls, timestamp[ms] hire_date"),
    "hires_cp1252": ("same", "hires.csv saved in Windows-1252 (no BOM) instead of UTF-8"),
    "training_csv": ("same", "training as UTF-8 CSV with US date strings"),
    "parquet_nulltype": ("same", "TX parquet: MIDDLE_NAME all null (Arrow null type) + an all-null "
                                 "extra column"),
    "parquet_tz": ("same", "TX parquet: ISSUED/SEPARATION dates as tz-aware timestamps "
                           "(America/Chicago local midnight)"),
    "parquet_pandas_index": ("same", "WA parquet re-written by pandas with an index column "
                                     "(__index_level_0__) and large_string columns"),
    "xlsx_1904": ("same", "CA xlsx saved with the 1904 date system (Mac Excel)"),
    "xlsx_empty_string_cells": ("same", "CA/NY xlsx blanks written as empty-string cells"),
    "xlsx_trailing_styled_rows": ("same", "training/CA xlsx with formatted but empty rows after "
                                          "the data"),
    "csv_trailing_blank_line": ("same", "hires.csv and MN csv end with an extra empty line"),
    "single_certifications_file": ("same", "FED file named exactly certifications.csv"),
    "csv_comma_only_row": ("same_or_error", "MN csv ends with a row of bare commas"),
    "xlsx_blank_separator_row": ("same_or_error", "an empty row in the middle of CA xlsx data"),
    "filename_case": ("same_or_error", "CA file named Certifications_CA.xlsx"),
    "header_nbsp": ("same_or_error", "MN header 'Last<NBSP>Name' and 'Status ' (trailing space)"),
    "csv_sep_line": ("same_or_error", "MN csv starts with Excel's 'sep=,' line"),
    "value_padding": ("same_or_error", "hire_date values padded with spaces; MN status ' active '"),
    "xlsx_title_rows": ("error_or_same", "CA xlsx with two title rows above the header"),
    # invalid exports (contract: exit 2, every problem naming file, row and column, never a
    # traceback, never a person's name or date of birth in the message)
    "bad_ragged_row": ("error", "MN csv: agency of record 004516 unquoted with a comma (13 fields)"),
    "bad_ragged_row_utf8": ("error", "FED csv (UTF-8): agency of record F-2003 unquoted with a comma"),
    "bad_dayfirst_date": ("error", "NY xlsx separation date text '20/07/2021' (day first)"),
    "bad_text_month_date": ("error", "hires.csv hire_date 'March 4, 2024' for hire 40007"),
    "bad_dob_dayfirst": ("error", "hires.csv DOB of hire 40007 written day first '21/08/1987'"),
    "bad_blank_key": ("error", "training.xlsx: course_code blank on one row"),
    "bad_utf16": ("error_or_same", "employment_history.csv saved as UTF-16 (Excel 'Unicode text')"),
}


def _rewrite_csv(path: Path, fn, *, encoding, bom, crlf):
    raw = path.read_bytes()
    text = raw.decode("utf-8-sig" if encoding == "utf-8" else encoding)
    rows = list(csv.reader(io.StringIO(text, newline="")))
    rows = fn(rows)
    write_csv(path, rows[0], rows[1:], encoding=encoding, bom=bom, crlf=crlf)


def _xl(path: Path, fn):
    wb = openpyxl.load_workbook(path)
    fn(wb)
    wb.save(path)
    _pin_xlsx(path)


def apply_variant(out: Path, v: str):
    from zoneinfo import ZoneInfo
    if v in ("hires_xlsx", "hires_parquet"):
        (out / "hires.csv").unlink()
        header = ["Surname", " First Name ", "Employee ID", "MIDDLE_NAME", "Suffix", "DOB", "EOD Date",
                  "Track", "Position Title", "Job Series", "Duty Station", "Screening Basis",
                  "Resume Text"]
        recs = []
        for h in HIRES:
            recs.append([h["last"], h["first"], h["hire_id"], h["middle"] or None, h["suffix"] or None,
                         h["dob_date"], h["hd"], h["track"], h["title"], h["series"], h["office"],
                         h["basis"], h["resume"] or None])
        if v == "hires_xlsx":
            rows = []
            for r in recs:
                hid = r[2]
                hidc = int(hid) if hid.isdigit() and not hid.startswith("0") else tcell(hid)
                rows.append(r[:2] + [hidc] + r[3:5] + [dcell(r[5]), dcell(r[6])] + r[7:])
            write_xlsx(out / "hires.xlsx", header, rows, sheet="Hires")
        else:
            cols = list(zip(*recs))
            t = pa.table({
                header[0]: pa.array(cols[0], pa.string()), header[1]: pa.array(cols[1], pa.string()),
                header[2]: pa.array(cols[2], pa.string()), header[3]: pa.array(cols[3], pa.string()),
                header[4]: pa.array(cols[4], pa.string()), header[5]: pa.array(cols[5], pa.date32()),
                header[6]: pa.array([datetime(d.year, d.month, d.day) for d in cols[6]],
                                    pa.timestamp("ms")),
                **{header[i]: pa.array(cols[i], pa.string()) for i in range(7, 13)}})
            pq.write_table(t, out / "hires.parquet")
    elif v == "hires_cp1252":
        p = out / "hires.csv"
        p.write_bytes(p.read_bytes().decode("utf-8-sig").encode("cp1252"))
    elif v == "training_csv":
        wb = openpyxl.load_workbook(out / "training.xlsx")
        ws = wb.worksheets[0]
        rows = []
        for r in ws.iter_rows(values_only=True):
            rows.append(["" if c is None else us(c.date()) if isinstance(c, datetime) else str(c)
                         for c in r])
        (out / "training.xlsx").unlink()
        write_csv(out / "training.csv", rows[0], rows[1:])
    elif v == "parquet_nulltype":
        p = out / "certifications_tx.parquet"
        t = pq.read_table(p)
        i = t.schema.get_field_index("MIDDLE_NAME")
        t = t.set_column(i, "MIDDLE_NAME", pa.nulls(t.num_rows, pa.null()))
        t = t.append_column("BADGE_NO", pa.nulls(t.num_rows, pa.null()))
        pq.write_table(t, p)
    elif v == "parquet_tz":
        p = out / "certifications_tx.parquet"
        t = pq.read_table(p)
        tz = ZoneInfo("America/Chicago")
        for col, key in (("ISSUED_DATE", "issued"), ("SEPARATION_DATE", "sep")):
            vals = [None if c[key] is None else datetime(c[key].year, c[key].month, c[key].day, tzinfo=tz)
                    for c in CERTS["tx"]]
            i = t.schema.get_field_index(col)
            t = t.set_column(i, col, pa.array(vals, pa.timestamp("us", tz="America/Chicago")))
        pq.write_table(t, p)
    elif v == "parquet_pandas_index":
        import pandas as pd
        p = out / "certifications_wa.parquet"
        df = pd.read_parquet(p)
        df.index = [f"r{i:03d}" for i in range(len(df))]
        t = pa.Table.from_pandas(df, preserve_index=True)
        t = t.cast(pa.schema([pa.field(f.name, pa.large_string()) for f in t.schema],
                             metadata=t.schema.metadata))
        pq.write_table(t, p)
    elif v == "xlsx_1904":
        from openpyxl.utils.datetime import CALENDAR_MAC_1904
        _xl(out / "certifications_ca.xlsx", lambda wb: setattr(wb, "epoch", CALENDAR_MAC_1904))
    elif v == "xlsx_empty_string_cells":
        def blank_to_empty(wb):
            ws = wb.worksheets[0]
            for row in ws.iter_rows(min_row=2):
                for c in row:
                    if c.value is None:
                        c.value = ""
        _xl(out / "certifications_ca.xlsx", blank_to_empty)
        _xl(out / "certifications_ny.xlsx", blank_to_empty)
    elif v == "xlsx_trailing_styled_rows":
        def styled(wb):
            ws = wb.worksheets[0]
            last = ws.max_row
            for r in range(last + 1, last + 6):
                for ci in range(1, ws.max_column + 1):
                    ws.cell(row=r, column=ci).number_format = "mm/dd/yyyy"
        _xl(out / "training.xlsx", styled)
        _xl(out / "certifications_ca.xlsx", styled)
    elif v == "xlsx_blank_separator_row":
        _xl(out / "certifications_ca.xlsx", lambda wb: wb.worksheets[0].insert_rows(10))
    elif v == "xlsx_title_rows":
        def titles(wb):
            ws = wb.worksheets[0]
            ws.insert_rows(1, 2)
            ws["A1"] = "California POST - certification export"
            ws["A2"] = "Generated 10/01/2024 by POST EDI"
        _xl(out / "certifications_ca.xlsx", titles)
    elif v == "csv_trailing_blank_line":
        for n in ("hires.csv", "certifications_mn.csv"):
            p = out / n
            p.write_bytes(p.read_bytes() + b"\r\n")
    elif v == "csv_comma_only_row":
        p = out / "certifications_mn.csv"
        p.write_bytes(p.read_bytes() + b",,,,,,,,,,,\r\n")
    elif v == "csv_sep_line":
        p = out / "certifications_mn.csv"
        p.write_bytes(b"sep=,\r\n" + p.read_bytes())
    elif v == "header_nbsp":
        def hdr(rows):
            rows[0] = [("Last\u00a0Name" if h == "Last Name" else "Status " if h == "Status" else h)
                       for h in rows[0]]
            return rows
        _rewrite_csv(out / "certifications_mn.csv", hdr, encoding="cp1252", bom=False, crlf=True)
    elif v == "value_padding":
        def pad(col):
            def f(rows):
                i = rows[0].index(col)
                for r in rows[1:]:
                    r[i] = " " + r[i] + " "
                return rows
            return f
        _rewrite_csv(out / "hires.csv", pad("EOD Date"), encoding="utf-8", bom=True, crlf=True)
        _rewrite_csv(out / "certifications_mn.csv", pad("Status"), encoding="cp1252", bom=False,
                     crlf=True)
    elif v == "filename_case":
        (out / "certifications_ca.xlsx").rename(out / "Certifications_CA.xlsx")
    elif v == "single_certifications_file":
        (out / "certifications_fed.csv").rename(out / "certifications.csv")
    elif v == "bad_ragged_row":
        p = out / "certifications_mn.csv"
        b = p.read_bytes()
        b2 = b.replace(b'"Police Dept., City of Saint Paul",MN', b"Police Dept., City of Saint Paul,MN", 5)
        lines = b.split(b"\r\n")
        lines2 = b2.split(b"\r\n")
        # keep the change on the 004516 row only
        out_lines = [l2 if l1.startswith(b"004516,") else l1 for l1, l2 in zip(lines, lines2)]
        p.write_bytes(b"\r\n".join(out_lines))
    elif v == "bad_ragged_row_utf8":
        p = out / "certifications_fed.csv"
        p.write_bytes(p.read_bytes().replace(b'"U.S. Border Patrol, El Paso Sector"',
                                             b"U.S. Border Patrol, El Paso Sector"))
    elif v == "bad_dayfirst_date":
        def dayfirst(wb):
            ws = wb.worksheets[0]
            for row in ws.iter_rows(min_row=2):
                if row[0].value == "000348":
                    row[8].value = "20/07/2021"
        _xl(out / "certifications_ny.xlsx", dayfirst)
    elif v == "bad_text_month_date":
        def month(rows):
            i, k = rows[0].index("EOD Date"), rows[0].index("Employee ID")
            for r in rows[1:]:
                if r[k] == "40007":
                    r[i] = "March 4, 2024"
            return rows
        _rewrite_csv(out / "hires.csv", month, encoding="utf-8", bom=True, crlf=True)
    elif v == "bad_dob_dayfirst":
        def dob(rows):
            i, k = rows[0].index("DOB"), rows[0].index("Employee ID")
            for r in rows[1:]:
                if r[k] == "40007":
                    r[i] = "21/08/1987"
            return rows
        _rewrite_csv(out / "hires.csv", dob, encoding="utf-8", bom=True, crlf=True)
    elif v == "bad_blank_key":
        def blank(wb):
            ws = wb.worksheets[0]
            ws.cell(row=20, column=2).value = None
        _xl(out / "training.xlsx", blank)
    elif v == "bad_utf16":
        p = out / "employment_history.csv"
        p.write_bytes(p.read_bytes().decode("cp1252").encode("utf-16"))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--variant", choices=["main", *VARIANTS], default="main",
                    help="main: the committed data set; others: probe variants (see VARIANTS), "
                         "to be written to another folder with --out")
    a = ap.parse_args()
    if a.variant != "main" and a.out.resolve() == HERE:
        ap.error("write variants to another folder (--out)")
    write_all(a.out, "strict" if a.variant == "strict" else "main")
    if a.variant not in ("main", "strict"):
        apply_variant(a.out, a.variant)
    if a.out.resolve() == HERE and not (HERE / "expected_before_run.csv").exists():
        write_labels(HERE, "expected_before_run.csv")
    print(f"{a.variant}: {len(HIRES)} hires, certifications " +
          ", ".join(f"{k}={len(v)}" for k, v in CERTS.items()) +
          f", decertifications={len(DECERTS)}, training={len(TRAINING)}, history={len(HISTORY)}, "
          f"overrides={len(OVERRIDES)} -> {a.out}")
