"""Deterministically write the dates_messy blind test set.

Main folder (this directory): hires.csv, training.csv, certifications_{mn,tx,ga,fed,fl}.csv,
decertifications.csv, decertifications_tx.csv -- only date formats the README/contract
promise (ISO YYYY-MM-DD, US MM/DD/YYYY; also Excel's unpadded M/D/YYYY and a bare birth
year in a birth_year column).
probes/NAME/: small complete datasets whose date format the tool may accept or reject.
bad/NAME/:    small complete datasets that must be rejected (exit 2).
Expectations: expected_before_run.csv (main), probes_expected_before_run.csv (probes+bad).
"""
import csv
import datetime as dt
import os
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))

HIRE_COLS = ["hire_id", "first_name", "middle_name", "last_name", "suffix", "date_of_birth",
             "hire_date", "position_title", "job_series", "field_office", "screening_track",
             "screening_basis", "resume_text"]
TRAIN_COLS = ["hire_id", "course_code", "course_title", "delivery", "start_date", "end_date",
              "status"]
CERT_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
             "certification_type", "status", "issued_date", "separation_date", "agency"]
FL_COLS = ["record_id", "source", "first_name", "middle_name", "last_name", "birth_year",
           "certification_type", "status", "issued_date", "separation_date", "agency"]
DECERT_COLS = ["record_id", "source", "first_name", "last_name", "date_of_birth", "action",
               "action_date", "reason"]

OFFICES = ["St. Paul", "Dallas", "Atlanta", "Miami", "Chicago", "Denver"]
CTYPE = {"mn": "Peace Officer", "tx": "Basic Peace Officer", "ga": "Peace Officer",
         "fed": "Federal Law Enforcement Officer", "fl": "Law Enforcement Officer"}
AGENCY = {"mn": "Ramsey County Sheriff's Office", "tx": "Austin Police Department",
          "ga": "Cobb County Police Department", "fed": "U.S. Border Patrol",
          "fl": "Orange County Sheriff's Office"}


def d(s):
    return dt.date.fromisoformat(s)


def iso(s):
    return s


def us(s):  # MM/DD/YYYY
    x = d(s)
    return f"{x.month:02d}/{x.day:02d}/{x.year}"


def usn(s):  # M/D/YYYY (Excel's US CSV)
    x = d(s)
    return f"{x.month}/{x.day}/{x.year}"


def dmy(s):  # DD/MM/YYYY
    x = d(s)
    return f"{x.day:02d}/{x.month:02d}/{x.year}"


FMT = {"mn": iso, "tx": us, "ga": usn, "fed": iso, "fl": iso}

SURNAMES = """Abernathy Blackwood Castellano Dunleavy Ellsworth Fairbanks Galloway Hollingsworth
Iverson Jankowski Kettering Lindqvist Marchetti Nakashima Oyelaran Pemberton Quimby Radcliffe
Szymanski Thibodeaux Underhill Vandermeer Whitcombe Yarborough Zelinski Ashworth Brannigan
Crowther Delacroix Eberhardt Fenwick Gallardo Haverford Isaksen Jorgensen Kowalczyk Lockhart
Mendelsohn Northcott Okafor Prendergast Quintero Rutherford Stavropoulos Tremblay Ulvaeus
Villanueva Wexler Yoshida Zamorano Albrecht Birchfield Cardenas Dimitrov Escobedo Fairweather
Grabowski Halvorsen Ignatiev Jablonski Kirkpatrick Lombardi Montague Nordstrom Ostrowski
Pellegrino Rasmussen Sandoval Thorsen Urquhart Valdivia Wainwright Ybarra Zuckerman Achterberg
Bellweather Coldiron Drummond Etheridge Fontaine Gustafson Hargreaves Ingersoll Jaramillo
Kensington Larkspur Macready Nightingale Oberholtzer Pettigrew Ramsdell Sorensen Tillinghast
Umberger Vasconcelos Winterbottom Yellowhorse Zabrowski Amesbury Brightwater Calloway
Dragomir Esterhazy Fogelberg Greenhalgh Holmquist Inglewood Juarez Kilbride Lachance
Moorcroft Nussbaum Orkney Pennington Rosenquist Stanislaw Trowbridge Uhlmann Valentine
Whitlock Yorkshire Zeller Aldridge Bouchard Cheverly Devereaux Eastwick Farnsworth""".split()
FIRSTS = """Alan Brenda Calvin Denise Edgar Fiona Gordon Helen Ivan Janet Kevin Lorraine
Marcus Nadia Oscar Paula Quentin Rhonda Simon Tamara Victor Wendy Xavier Yvonne Zachary
Arthur Beverly Clifford Darlene Elliot Frances Gregory Harriet Irene Jerome Kristin Leonard
Monica Nathan Olivia Preston Rosalind Stuart Theresa Vernon Wallace Agnes Byron Cynthia
Dwight Eugene Felicia Garrett Hazel Isaac Judith Kenneth Lillian Marvin Norma Orlando
Priscilla Randall Sheila Trevor Ursula Vincent Winifred Abel Bernadette Cedric Dolores
Everett Gwendolyn Harold Imogen Jasper Kendra Lionel Maxine Neville Ophelia Percival Regina
Sylvester Thaddeus Valerie Warren Yolanda Ambrose Blanche Conrad Delphine Emmett Florence
Gilbert Henrietta Ignatius Josephine Lucius Mildred Nolan Octavia Phineas Rowena Solomon
Tabitha Ulysses Vera Wilbur Augustus Clementine Desmond Estelle Fletcher Geraldine Horace
Ingrid Jethro Lavinia Mortimer Thurston Otis Prudence Rupert Selma Tobias""".split()


class Builder:
    def __init__(self):
        self.hires, self.train, self.exp = [], [], []
        self.certs = {}      # file key -> rows
        self.decerts = {}    # file name -> rows
        self.n = 0
        self.rec = 0
        self.si = 0

    def name(self):
        s, f = SURNAMES[self.si], FIRSTS[self.si]
        self.si += 1
        return f, s

    def cert(self, key, first, last, dob, *, middle="", ctype=None, status="active",
             issued="2012-05-01", sep="", fmt=None, rid=None):
        f = fmt or FMT[key]
        self.rec += 1
        row = {"record_id": rid or f"{key.upper()}-{self.rec:05d}", "source": key.upper(),
               "first_name": first, "middle_name": middle, "last_name": last,
               "certification_type": ctype or CTYPE[key], "status": status,
               "issued_date": f(issued) if issued else "", "separation_date": f(sep) if sep else "",
               "agency": AGENCY[key]}
        if key == "fl":
            row["birth_year"] = dob
        else:
            row["date_of_birth"] = f(dob) if dob else ""
        self.certs.setdefault(key, []).append(row)
        return row["record_id"]

    def decert(self, fname, src, first, last, dob, action, date, fmt, reason="Misconduct"):
        self.rec += 1
        self.decerts.setdefault(fname, []).append({
            "record_id": f"{src}-D{self.rec:05d}", "source": src, "first_name": first,
            "last_name": last, "date_of_birth": fmt(dob) if dob else "", "action": action,
            "action_date": fmt(date) if date else "", "reason": reason})

    def hire(self, expected, case, why, *, first=None, last=None, middle="", suffix="",
             dob="1984-05-17", dob_fmt=us, hire="2023-06-01", hire_fmt=iso, track="LEO",
             basic=None, dob_raw=None, hire_raw=None, train_fmt=iso):
        self.n += 1
        hid = f"DM{self.n:03d}"
        if first is None or last is None:
            f0, l0 = self.name()
            first = first or f0
            last = last or l0
        self.hires.append({
            "hire_id": hid, "first_name": first, "middle_name": middle, "last_name": last,
            "suffix": suffix,
            "date_of_birth": dob_raw if dob_raw is not None else (dob_fmt(dob) if dob else ""),
            "hire_date": hire_raw if hire_raw is not None else hire_fmt(hire),
            "position_title": "Deportation Officer", "job_series": "1801",
            "field_office": OFFICES[self.n % len(OFFICES)], "screening_track": track,
            "screening_basis": "keyword:officer", "resume_text": ""})
        h = d(hire) if hire else dt.date(2023, 6, 1)
        self.train.append({"hire_id": hid, "course_code": "ICE-ORIENT",
                           "course_title": "New Employee Orientation", "delivery": "online",
                           "start_date": train_fmt(str(h)),
                           "end_date": train_fmt(str(h + dt.timedelta(days=1))),
                           "status": "completed"})
        if track == "LEO":
            s = h + dt.timedelta(days=14)
            self.train.append({"hire_id": hid, "course_code": "ERO-LEO-VIRT",
                               "course_title": "ERO LEO Virtual Academy", "delivery": "online",
                               "start_date": train_fmt(str(s)),
                               "end_date": train_fmt(str(s + dt.timedelta(days=28))),
                               "status": "completed"})
        if basic or track == "BASIC":
            s = h + dt.timedelta(days=120)
            st = basic or "completed"
            self.train.append({"hire_id": hid, "course_code": "FLETC-BIETP",
                               "course_title": "Basic Immigration Enforcement Training Program",
                               "delivery": "in_person", "start_date": train_fmt(str(s)),
                               "end_date": train_fmt(str(s + dt.timedelta(days=115)))
                               if st == "completed" else "",
                               "status": st})
        self.exp.append({"hire_id": hid, "expected_determination": expected, "case": case,
                         "why": why})
        return hid, first, last

    def write(self, folder, expected_name="expected_before_run.csv", write_expected=True):
        os.makedirs(folder, exist_ok=True)
        wcsv(os.path.join(folder, "hires.csv"), HIRE_COLS, self.hires)
        wcsv(os.path.join(folder, "training.csv"), TRAIN_COLS, self.train)
        for key, rows in self.certs.items():
            wcsv(os.path.join(folder, f"certifications_{key}.csv"),
                 FL_COLS if key == "fl" else CERT_COLS, rows)
        for fname, rows in self.decerts.items():
            wcsv(os.path.join(folder, fname), DECERT_COLS, rows)
        if write_expected:
            p = os.path.join(folder, expected_name)
            if not os.path.exists(p):  # never overwrite frozen expectations
                wcsv(p, ["hire_id", "expected_determination", "case", "why"], self.exp)


def wcsv(path, cols, rows):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({c: r.get(c, "") for c in cols})


def filler(b, rng, n=160):
    """Registry strangers: unrelated surnames, so no hire links to them."""
    syl = ["kor", "vath", "mel", "dran", "ost", "ril", "bak", "tun", "sev", "pol", "gar",
           "nix", "lum", "pra", "dek", "hol", "quin", "zet"]
    firsts = ["John", "Mary", "Robert", "Linda", "William", "Susan", "Richard", "Karen",
              "Joseph", "Nancy", "Thomas", "Lisa", "Charles", "Betty", "Daniel", "Sandra"]
    used = set()
    for i in range(n):
        while True:
            s = (rng.choice(syl) + rng.choice(syl) + rng.choice(syl)).capitalize()
            if s not in used:
                used.add(s)
                break
        dob = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(365 * 38))
        iss = dt.date(1990, 1, 1) + dt.timedelta(days=rng.randrange(365 * 30))
        key = ["mn", "tx", "ga", "fed"][i % 4]
        b.cert(key, rng.choice(firsts), s, str(dob), issued=str(iss))


def main_set():
    b = Builder()
    rng = random.Random(20240229)
    V, R, M = "VERIFIED_LEO", "RECALL", "MANUAL_REVIEW"

    # ---------- A: reading formats right decides identity or a policy line ----------
    def nick_case(nick, formal, dob, hfmt, key, why):
        _, last = b.name()
        hid, f, l = b.hire(V, "A_format_plus_nickname", why, first=nick, last=last, dob=dob,
                           dob_fmt=hfmt)
        b.cert(key, formal, l, dob)
    nick_case("Bob", "Robert", "1984-03-07", us,
              "mn", "hire DOB 03/07/1984 (US) = registry ISO 1984-03-07; only variation is the nickname; a day-first misread makes swap+nickname (2 variations)")
    nick_case("Bill", "William", "1979-04-11", iso, "tx",
              "registry TX 04/11/1979 (US) = hire ISO 1979-04-11; nickname only")
    nick_case("Jim", "James", "1981-04-09", iso, "ga",
              "registry GA 4/9/1981 (unpadded US) = hire 1981-04-09; nickname only")
    nick_case("Kate", "Katherine", "1975-01-02", iso, "tx",
              "registry TX 01/02/1975 = 1975-01-02; nickname only")
    nick_case("Tom", "Thomas", "1977-10-05", iso, "ga",
              "registry GA 10/5/1977 = 1977-10-05; nickname only")
    nick_case("Liz", "Elizabeth", "1985-12-01", us, "mn",
              "hire DOB 12/01/1985 (US) = 1985-12-01; nickname only")
    nick_case("Tony", "Anthony", "1988-02-03", usn, "fed",
              "hire DOB 2/3/1988 (unpadded US) = FED 1988-02-03; nickname only")
    nick_case("Peggy", "Margaret", "1980-06-08", usn, "ga",
              "hire 6/8/1980 and GA 6/8/1980 both US = same date; nickname only")
    # format + one-letter surname typo
    _, last = b.name()
    b.hire(V, "A_format_plus_typo", "hire DOB 11/12/1983 (US, Nov 12) = FED 1983-11-12; one surname typo only",
           last=last, dob="1983-11-12", dob_fmt=us, first="Alvin")
    b.cert("fed", "Alvin", last[:-1] + ("a" if last[-1] != "a" else "e"), "1983-11-12")
    _, last = b.name()
    b.hire(V, "A_format_exact_dayover12", "hire 07/25/1986 = TX 07/25/1986; exact",
           last=last, first="Bertram", dob="1986-07-25", dob_fmt=us)
    b.cert("tx", "Bertram", last, "1986-07-25")
    # policy lines read through US dates where a day-first misread flips the outcome
    hid, f, l = b.hire(R, "A_us_issued_ambiguous", "TX issued 04/03/2022 = Apr 3 2022; hire 2023-03-20 -> 11.5 months < 12 (day-first misread = Mar 4 -> would verify)",
                       hire="2023-03-20")
    b.cert("tx", f, l, "1984-05-17", issued="2022-04-03")
    hid, f, l = b.hire(V, "A_us_issued_ambiguous", "TX issued 03/04/2022 = Mar 4 2022; hire 2023-03-20 -> 12.5 months",
                       hire="2023-03-20")
    b.cert("tx", f, l, "1984-05-17", issued="2022-03-04")
    hid, f, l = b.hire(V, "A_us_sep_ambiguous", "GA separated 6/1/2020 = Jun 1 2020; hire 2023-05-15 -> within 3 years (misread Jan 6 -> outside)",
                       hire="2023-05-15")
    b.cert("ga", f, l, "1984-05-17", status="inactive", issued="2010-02-01", sep="2020-06-01")
    hid, f, l = b.hire(R, "A_us_sep_ambiguous", "GA separated 1/6/2020 = Jan 6 2020; hire 2023-05-15 -> 3y4m > 3 years",
                       hire="2023-05-15")
    b.cert("ga", f, l, "1984-05-17", status="inactive", issued="2010-02-01", sep="2020-01-06")
    hid, f, l = b.hire(V, "A_us_decert_ambiguous", "decert 5/4/2023 (US) = May 4, after hire 2023-04-20: not disqualifying (misread Apr 5 -> would recall)",
                       hire="2023-04-20")
    b.cert("mn", f, l, "1984-05-17")
    b.decert("decertifications.csv", "MN", f, l, "1984-05-17", "revoked", "2023-05-04", usn)
    hid, f, l = b.hire(R, "A_us_decert_ambiguous", "decert 4/5/2023 (US) = Apr 5, before hire 2023-04-20",
                       hire="2023-04-20")
    b.cert("mn", f, l, "1984-05-17")
    b.decert("decertifications.csv", "MN", f, l, "1984-05-17", "revoked", "2023-04-05", usn)
    hid, f, l = b.hire(V, "A_us_hiredate_ambiguous", "hire_date 02/01/2023 (US) = Feb 1; issued 2022-01-15 -> 12.5 months (misread Jan 2 -> 11.5)",
                       hire="2023-02-01", hire_fmt=us)
    b.cert("mn", f, l, "1984-05-17", issued="2022-01-15")
    hid, f, l = b.hire(R, "A_us_hiredate_ambiguous", "hire_date 01/02/2023 (US) = Jan 2; issued 2022-01-15 -> 11.5 months",
                       hire="2023-01-02", hire_fmt=us)
    b.cert("mn", f, l, "1984-05-17", issued="2022-01-15")
    hid, f, l = b.hire(V, "A_us_hiredate_unpadded", "hire_date 3/15/2023 (unpadded US); issued 2022-03-15 -> exactly 12 months",
                       hire="2023-03-15", hire_fmt=usn)
    b.cert("mn", f, l, "1984-05-17", issued="2022-03-15")

    # ---------- B: 12-month service minimum ----------
    def svc(exp, issued, hire, why, key="mn", sep="", status="active", case="B_service_12m"):
        hid, f, l = b.hire(exp, case, why, hire=hire)
        b.cert(key, f, l, "1984-05-17", issued=issued, sep=sep, status=status)
    svc(V, "2022-03-15", "2023-03-15", "issued exactly 12 months before hire, serving")
    svc(R, "2022-03-16", "2023-03-15", "issued 12 months minus one day before hire")
    svc(R, "2023-03-16", "2024-03-15", "365 days but 11 months 29 days (leap year between): day-count approximations verify wrongly")
    svc(V, "2023-03-15", "2024-03-15", "exactly 12 months across a leap day")
    svc(R, "2019-03-02", "2020-03-01", "365 days incl. Feb 29 2020 but one day short of 12 months")
    svc(V, "2019-03-01", "2020-03-01", "exactly 12 months (366 days)")
    svc(V, "2020-02-29", "2021-03-01", "Feb 29 issuance, hire Mar 1 next year: >= 12 months either way")
    svc(R, "2020-02-29", "2021-02-27", "Feb 29 issuance, hire Feb 27: short either way")
    svc("VERIFIED_LEO|RECALL", "2020-02-29", "2021-02-28", "Feb 29 + 12 months = Feb 28 (clamped) or Mar 1 (rolled): genuinely ambiguous")
    svc(R, "2022-08-31", "2023-08-30", "month-end issuance, hire one day before anniversary")
    svc(V, "2022-01-31", "2023-01-31", "month-end exactly 12 months")
    svc(V, "2018-06-01", "2021-01-10", "served exactly 12 months (2018-06-01..2019-06-01), separated 19 months before hire",
        sep="2019-06-01", status="inactive")
    svc(R, "2018-06-02", "2021-01-10", "served 12 months minus one day (2018-06-02..2019-06-01)",
        sep="2019-06-01", status="inactive")
    svc(R, "2023-05-01", "2023-05-01", "issued on the hire date: 0 months", case="B_issued_vs_hire")
    svc(R, "2023-09-01", "2023-05-01", "issued after the hire date", case="B_issued_vs_hire")
    svc(V, "2022-03-15", "2023-03-15", "TX US 03/15/2022 exactly 12 months", key="tx")
    svc(R, "2022-03-16", "2023-03-15", "TX US 03/16/2022: one day short", key="tx")
    svc(V, "2022-03-15", "2023-03-15", "GA unpadded 3/15/2022 exactly 12 months", key="ga")
    svc(R, "2022-03-16", "2023-03-15", "GA unpadded 3/16/2022: one day short", key="ga")
    svc(V, "2022-03-15", "2023-03-15", "FED ISO exactly 12 months", key="fed")
    hid, f, l = b.hire(M, "B_issued_blank", "sworn active cert with blank issued_date: service unknown (blank = unknown, never 'no')")
    b.cert("mn", f, l, "1984-05-17", issued="")
    hid, f, l = b.hire(V, "B_two_certs", "one cert issued after hire, another issued 2015 and serving: second verifies")
    b.cert("mn", f, l, "1984-05-17", issued="2023-09-01")
    b.cert("mn", f, l, "1984-05-17", issued="2015-09-01")

    # ---------- C: 3-year separation window ----------
    def sepc(exp, sep, hire, why, key="mn", case="C_sep_window", hire_fmt=iso):
        hid, f, l = b.hire(exp, case, why, hire=hire, hire_fmt=hire_fmt)
        b.cert(key, f, l, "1984-05-17", issued="2010-01-04", sep=sep,
               status="inactive" if sep and d(sep) <= d(hire) else "active")
    sepc(V, "2020-06-10", "2023-06-10", "separated exactly 3 years before hire")
    sepc(R, "2020-06-09", "2023-06-10", "separated 3 years and one day before hire")
    sepc(V, "2017-03-10", "2020-03-10", "exactly 3 years = 1096 days (Feb 29 2020 inside): a 1095-day rule recalls wrongly")
    sepc(R, "2017-03-09", "2020-03-10", "3 years + 1 day across leap year")
    sepc(R, "2020-03-10", "2023-03-11", "1096 days, no leap day inside: 3 years + 1 day")
    sepc(V, "2020-02-29", "2023-02-27", "Feb 29 separation, hire Feb 27 three years on: within either way")
    sepc(V, "2020-02-29", "2023-02-28", "Feb 29 separation, hire Feb 28: within whether the anniversary is Feb 28 or Mar 1")
    sepc("VERIFIED_LEO|RECALL", "2020-02-29", "2023-03-01", "Feb 29 + 3 years = Feb 28 (clamped) or Mar 1: genuinely ambiguous")
    sepc(R, "2020-02-29", "2023-03-02", "Feb 29 separation, hire Mar 2: over either way")
    sepc(V, "", "2023-06-01", "blank separation_date = still employed; issued 2010")
    sepc(V, "2024-02-01", "2023-06-01", "separation after the hire date: serving at hire")
    sepc(R, "2015-01-02", "2023-06-01", "separated 8 years before hire")
    sepc(V, "2020-06-10", "2023-06-10", "TX US 06/10/2020 exactly 3 years", key="tx")
    sepc(R, "2020-06-09", "2023-06-10", "TX US 06/09/2020 3 years + 1 day", key="tx")
    sepc(V, "2020-06-10", "2023-06-10", "GA 6/10/2020 and hire 6/10/2023 both unpadded US: exactly 3 years",
         key="ga", hire_fmt=usn)
    sepc(R, "2020-06-09", "2023-06-10", "GA 6/9/2020, hire 06/10/2023: 3 years + 1 day", key="ga",
         hire_fmt=us)
    sepc(V, "2020-12-31", "2023-12-31", "year-end exactly 3 years", key="fed")
    sepc(R, "2020-12-30", "2023-12-31", "year-end 3 years + 1 day", key="fed")

    # ---------- D: decertification dates ----------
    def dec(exp, action, adate, hire, why, fname="decertifications.csv", fmt=usn, case="D_decert_date"):
        hid, f, l = b.hire(exp, case, why, hire=hire)
        b.cert("mn", f, l, "1984-05-17", issued="2012-05-01")
        b.decert(fname, "MN", f, l, "1984-05-17", action, adate, fmt)
    dec(R, "revoked", "2023-06-01", "2023-06-01", "revoked ON the hire date (on or before -> disqualifies)")
    dec(R, "revoked", "2023-05-31", "2023-06-01", "revoked one day before hire")
    dec(V, "revoked", "2023-06-02", "2023-06-01", "revoked one day AFTER hire: not disqualifying at hire; cert active")
    dec(R, "suspended", "2023-06-01", "2023-06-01", "suspended on hire date (ISO in decertifications_tx.csv)",
        fname="decertifications_tx.csv", fmt=iso)
    dec(V, "suspended", "2023-06-02", "2023-06-01", "suspended day after hire (ISO file)",
        fname="decertifications_tx.csv", fmt=iso)
    dec(R, "surrendered", "2018-02-14", "2023-06-01", "surrendered 5 years before hire")
    dec(V, "revoked", "2025-08-19", "2023-06-01", "revoked two years after hire")
    dec(M, "revoked", "", "2023-06-01", "decertification with blank action_date: cannot tell if before hire -> review (README)",
        case="D_decert_nodate")
    dec(R, "revoked", "2023-04-20", "2023-04-20", "decert 4/20/2023 (day>12) on hire date")
    dec(R, "revoked", "2023-06-01", "2023-06-01", "decert 06/01/2023 zero-padded US, on hire date",
        fmt=us)
    # decert whose DOB is the swapped form of the hire's (rare name)
    hid, f, l = b.hire("RECALL|MANUAL_REVIEW", "D_decert_swapped_dob",
                       "decert before hire under swapped DOB 1984-11-04 vs hire 1984-04-11; cert exact; must not verify",
                       dob="1984-04-11")
    b.cert("mn", f, l, "1984-04-11")
    b.decert("decertifications.csv", "MN", f, l, "1984-11-04", "revoked", "2021-03-03", usn)
    hid, f, l = b.hire(M, "D_decert_dob_typo",
                       "decert before hire with birth year one keystroke off (1948 vs 1984... adjacent swap); cert exact: a lead, must not verify",
                       dob="1984-08-22")
    b.cert("mn", f, l, "1984-08-22")
    b.decert("decertifications.csv", "MN", f, l, "1948-08-22", "revoked", "2021-03-03", usn)

    # ---------- E: identity hinging on dates ----------
    hid, f, l = b.hire(V, "E_swap_rare", "registry DOB day/month swapped (1984-04-11 vs 1984-11-04), rare name, no middles: one variation",
                       dob="1984-04-11")
    b.cert("mn", f, l, "1984-11-04")
    hid, f, l = b.hire(V, "E_swap_rare_middle_agree", "swapped DOB, middle names agree", middle="Louise",
                       dob="1979-02-09")
    b.cert("tx", f, l, "1979-09-02", middle="Louise")
    hid, f, l = b.hire(M, "E_swap_middle_disagree", "swapped DOB and middle names disagree (Raymond vs Francis): a lead",
                       middle="Raymond", dob="1982-03-06")
    b.cert("mn", f, l, "1982-06-03", middle="Francis")
    _, last = b.name()
    b.hire(M, "E_swap_plus_nickname", "swapped DOB + nickname (Dick/Richard): two variations = lead",
           first="Dick", last=last, dob="1976-05-10")
    b.cert("mn", "Richard", last, "1976-10-05")
    _, last = b.name()
    b.hire(V, "E_swap_plus_typo", "swapped DOB + one-letter surname typo: README counts 'keying errors (one typo and/or swapped day and month)' as one variation",
           first="Harriet", last=last, dob="1981-07-12")
    b.cert("mn", "Harriet", last[:3] + last[4] + last[3] + last[5:], "1981-12-07")
    # common name, swapped DOB, 5 other namesakes
    b.hire(M, "E_swap_common_name", "James Smith, swapped DOB, 5 other James Smiths in registry (>4): lead only",
           first="James", last="Smith", dob="1983-02-10", dob_fmt=us)
    b.cert("mn", "James", "Smith", "1983-10-02")
    for dd in ["1970-01-15", "1975-06-22", "1988-09-30", "1991-12-19", "1966-03-27"]:
        b.cert("mn", "James", "Smith", dd)
    b.hire(V, "E_swap_common_middle_agree", "Maria Elena Garcia, swapped DOB, 5 other Maria Garcias with other middles: middles agree -> verifies",
           first="Maria", middle="Elena", last="Garcia", dob="1986-01-08", dob_fmt=us)
    b.cert("tx", "Maria", "Garcia", "1986-08-01", middle="Elena")
    for dd, mm in [("1972-02-14", "Luisa"), ("1979-07-23", "Carmen"), ("1990-11-30", "Isabel"),
                   ("1968-05-16", "Rosa"), ("1995-04-25", "Teresa")]:
        b.cert("tx", "Maria", "Garcia", dd, middle=mm)
    b.hire(V, "E_swap_common_4namesakes", "Michael Johnson, swapped DOB, exactly 4 other namesakes (<=4): verifies",
           first="Michael", last="Johnson", dob="1980-03-05", dob_fmt=us)
    b.cert("ga", "Michael", "Johnson", "1980-05-03")
    for dd in ["1971-08-19", "1984-10-27", "1992-06-14", "1965-01-31"]:
        b.cert("ga", "Michael", "Johnson", dd)
    hid, f, l = b.hire(M, "E_dob_year_digit", "birth year one digit off (1985 vs 1986), same names: lead", dob="1985-09-14")
    b.cert("mn", f, l, "1986-09-14")
    hid, f, l = b.hire(M, "E_dob_year_transposed", "birth year adjacent digits swapped (1985 vs 1958): lead", dob="1985-09-20")
    b.cert("mn", f, l, "1958-09-20")
    hid, f, l = b.hire(M, "E_dob_day_digit", "birth day one digit off (14 vs 24): lead", dob="1985-03-14")
    b.cert("tx", f, l, "1985-03-24")
    hid, f, l = b.hire(M, "E_dob_month_digit", "birth month one digit off (03 vs 08), day 14 so no swap: lead", dob="1987-03-14")
    b.cert("ga", f, l, "1987-08-14")
    b.hire(R, "E_dob_typo_crowded", "David Brown, birth year one digit off, 6 other David Browns: policy: no lead beyond 4 namesakes",
           first="David", last="Brown", dob="1982-07-19")
    b.cert("mn", "David", "Brown", "1983-07-19")
    for dd in ["1969-02-11", "1974-05-28", "1978-10-16", "1989-12-03", "1993-08-21", "1961-04-07"]:
        b.cert("mn", "David", "Brown", dd)
    hid, f, l = b.hire(M, "E_year_only_match", "FL registry publishes birth_year only (1984 agrees), exact names: lead, review")
    b.cert("fl", f, l, "1984")
    hid, f, l = b.hire(R, "E_year_only_mismatch", "FL birth_year 1962 vs hire born 1984, same names: different person, no sworn link")
    b.cert("fl", f, l, "1962")
    hid, f, l = b.hire(M, "E_registry_dob_blank", "registry row with blank DOB, names agree: lead")
    b.cert("mn", f, l, "")
    hid, f, l = b.hire(M, "E_hire_dob_blank", "hire has blank DOB; registry exact name with full DOB: lead without birth date",
                       dob="")
    b.cert("tx", f, l, "1984-05-17")
    hid, f, l = b.hire(R, "E_hire_dob_blank_nobody", "hire has blank DOB and nobody of that name in any registry", dob="")
    hid, f, l = b.hire(V, "E_same_day_month", "DOB 05/05/1984 (day = month): exact either way", dob="1984-05-05")
    b.cert("ga", f, l, "1984-05-05")
    hid, f, l = b.hire(R, "E_twin_same_dob", "registry has same surname and DOB, another first name (twin): not linked",
                       dob="1984-05-17")
    b.cert("mn", "Reginald" if f != "Reginald" else "Bartholomew", l, "1984-05-17")
    hid, f, l = b.hire(V, "E_dob_mixed_iso_in_us_column", "this hire's DOB is ISO inside a mostly-US column; registry TX 1984-05-17 exact",
                       dob="1984-05-17", dob_fmt=iso)
    b.cert("tx", f, l, "1984-05-17")
    hid, f, l = b.hire(V, "E_exact_hire_dob_unpadded", "hire DOB 9/3/1984 unpadded = registry 1984-09-03; exact",
                       dob="1984-09-03", dob_fmt=usn)
    b.cert("fed", f, l, "1984-09-03")

    # ---------- F: track / remediation with dates ----------
    hid, f, l = b.hire("REMEDIATED", "F_remediated", "cert issued after hire (not verified), FLETC-BIETP completed; training dates US unpadded",
                       hire="2023-05-01", basic="completed", train_fmt=usn)
    b.cert("mn", f, l, "1984-05-17", issued="2023-09-01")
    hid, f, l = b.hire(R, "F_basic_enrolled", "separated 3y+1d before hire; FLETC-BIETP only enrolled",
                       hire="2023-06-10", basic="enrolled")
    b.cert("mn", f, l, "1984-05-17", issued="2010-01-04", sep="2020-06-09", status="inactive")
    hid, f, l = b.hire("REMEDIATED", "F_remediated", "service 12m-1d, basic completed (training dates US padded)",
                       hire="2023-03-15", basic="completed", train_fmt=us)
    b.cert("tx", f, l, "1984-05-17", issued="2022-03-16")
    hid, f, l = b.hire("NOT_APPLICABLE", "F_basic_track", "BASIC track; registry would not verify anyway", track="BASIC",
                       hire="2023-03-15")
    b.cert("mn", f, l, "1984-05-17", issued="2022-03-16")
    hid, f, l = b.hire("NOT_APPLICABLE", "F_basic_track", "BASIC track, no registry record", track="BASIC", hire_fmt=us)
    hid, f, l = b.hire(R, "F_no_record", "LEO track, nobody in any registry; hire date US", hire_fmt=us)
    hid, f, l = b.hire(R, "F_no_record", "LEO track, nobody in any registry; age 19 at hire (DOB 2004)",
                       dob="2004-02-11")
    hid, f, l = b.hire(V, "F_older_hire", "DOB 1961 (US), hire at 62, cert issued 1985 serving", dob="1961-11-23",
                       hire="2023-06-01")
    b.cert("mn", f, l, "1961-11-23", issued="1985-07-01")
    hid, f, l = b.hire(V, "F_lapsed_in_window", "status lapsed, separated 2 years before hire", hire="2023-06-01")
    b.cert("ga", f, l, "1984-05-17", status="lapsed", issued="2011-03-01", sep="2021-06-01")

    # ---------- G: more lines and combinations ----------
    svc(V, "2019-02-28", "2020-02-29", "hire ON a leap day, issued 12 months + 1 day before", case="G_leap_hire")
    svc(R, "2019-03-01", "2020-02-29", "hire on leap day, issued Mar 1 2019: one day short", case="G_leap_hire")
    sepc(R, "2021-02-28", "2024-02-29", "hire on leap day 2024, separated Feb 28 2021: 3 years + 1 day", case="G_leap_hire")
    sepc(V, "2021-03-01", "2024-02-29", "hire on leap day 2024, separated Mar 1 2021: within 3 years", case="G_leap_hire")
    hid, f, l = b.hire(V, "G_both_lines_exact", "issued 2017-06-10, separated 2018-06-10 (exactly 12 months), hire 2021-06-10 (exactly 3 years)",
                       hire="2021-06-10")
    b.cert("mn", f, l, "1984-05-17", issued="2017-06-10", sep="2018-06-10", status="inactive")
    hid, f, l = b.hire(R, "G_two_certs_none", "sworn cert separated 3y+1d before hire, plus a serving Correctional Officer cert: no sworn cert qualifies",
                       hire="2023-06-10")
    b.cert("tx", f, l, "1984-05-17", issued="2008-01-04", sep="2020-06-09", status="inactive")
    b.cert("tx", f, l, "1984-05-17", issued="2020-07-01", ctype="Jailer")
    hid, f, l = b.hire(V, "G_two_certs_one", "old sworn cert separated 2012 (outside) + newer sworn cert separated 2021 (inside)",
                       hire="2023-06-10")
    b.cert("ga", f, l, "1984-05-17", issued="2004-01-04", sep="2012-06-09", status="inactive")
    b.cert("ga", f, l, "1984-05-17", issued="2014-01-04", sep="2021-06-09", status="inactive")
    _, last = b.name()
    b.hire(V, "G_swap_across_formats", "hire DOB 04/11/1984 (US, Apr 11), GA registry 11/4/1984 (Nov 4): swapped, rare name, one variation",
           first="Leopold", last=last, dob="1984-04-11", dob_fmt=us)
    b.cert("ga", "Leopold", last, "1984-11-04")
    hid, f, l = b.hire(R, "G_decert_us_hire_iso_decert", "hire_date 06/01/2023 (US), decert 2023-06-01 (ISO file): same day -> disqualifies",
                       hire="2023-06-01", hire_fmt=us)
    b.cert("mn", f, l, "1984-05-17")
    b.decert("decertifications_tx.csv", "MN", f, l, "1984-05-17", "revoked", "2023-06-01", iso)
    hid, f, l = b.hire(V, "G_fed_sep_us_hire", "FED separated 2020-07-04, hire 7/4/2023 (unpadded US): exactly 3 years",
                       hire="2023-07-04", hire_fmt=usn)
    b.cert("fed", f, l, "1984-05-17", issued="2005-01-04", sep="2020-07-04", status="inactive")
    hid, f, l = b.hire(R, "G_fed_sep_us_hire", "FED separated 2020-07-03, hire 07/04/2023: 3 years + 1 day",
                       hire="2023-07-04", hire_fmt=us)
    b.cert("fed", f, l, "1984-05-17", issued="2005-01-04", sep="2020-07-03", status="inactive")
    hid, f, l = b.hire(V, "G_hire_2025", "hire 2025-01-31, issued 2024-01-31 exactly 12 months", hire="2025-01-31")
    b.cert("tx", f, l, "1984-05-17", issued="2024-01-31")
    hid, f, l = b.hire(R, "G_hire_2025", "hire 2025-02-27, issued 2024-02-29: short of 12 months under any reading",
                       hire="2025-02-27")
    b.cert("tx", f, l, "1984-05-17", issued="2024-02-29")
    hid, f, l = b.hire(V, "G_year_only_plus_full", "FL year-only row AND an exact full-DOB MN row, both sworn: the strong MN link verifies",
                       hire="2023-06-01")
    b.cert("mn", f, l, "1984-05-17", issued="2012-01-04")
    b.cert("fl", f, l, "1984", issued="2005-01-04", sep="2011-12-31", status="inactive")

    filler(b, rng)
    b.write(HERE)
    return b


# ------------------------------------------------------------------ probes ---------
PROBE_EXP = []


def probe(folder, kind, rows_exp):
    """rows_exp: list of (hire_id or '*', expected, why)."""
    for hid, exp, why in rows_exp:
        PROBE_EXP.append({"probe": folder, "kind": kind, "hire_id": hid, "expected": exp,
                          "why": why})


def write_raw(folder, hires, train, certs, decerts=None):
    os.makedirs(folder, exist_ok=True)
    wcsv(os.path.join(folder, "hires.csv"), HIRE_COLS, hires)
    wcsv(os.path.join(folder, "training.csv"), TRAIN_COLS, train)
    for key, rows in certs.items():
        wcsv(os.path.join(folder, f"certifications_{key}.csv"), CERT_COLS, rows)
    if decerts:
        wcsv(os.path.join(folder, "decertifications.csv"), DECERT_COLS, decerts)


def H(hid, first, last, dob, hire, track="LEO"):
    return {"hire_id": hid, "first_name": first, "middle_name": "", "last_name": last,
            "suffix": "", "date_of_birth": dob, "hire_date": hire,
            "position_title": "Deportation Officer", "job_series": "1801",
            "field_office": "Dallas", "screening_track": track,
            "screening_basis": "keyword:officer", "resume_text": ""}


def T(hid, code="ERO-LEO-VIRT", start="2023-07-01", end="2023-07-29", status="completed"):
    return {"hire_id": hid, "course_code": code, "course_title": code, "delivery": "online",
            "start_date": start, "end_date": end, "status": status}


def C(rid, src, first, last, dob, issued, sep="", status="active", middle="",
      ctype="Peace Officer"):
    return {"record_id": rid, "source": src, "first_name": first, "middle_name": middle,
            "last_name": last, "date_of_birth": dob, "certification_type": ctype,
            "status": status, "issued_date": issued, "separation_date": sep,
            "agency": "Travis County Sheriff's Office"}


def probes():
    P = os.path.join(HERE, "probes")
    B = os.path.join(HERE, "bad")
    for p in (P, B):
        if os.path.exists(p):
            shutil.rmtree(p)

    # P1 pandas-style midnight times
    f = os.path.join(P, "times_midnight")
    write_raw(f, [H("T1", "Ansel", "Brockway", "1984-05-17 00:00:00", "2023-03-15 00:00:00"),
                  H("T2", "Corin", "Dalgleish", "1984-05-17 00:00:00", "2023-03-15 00:00:00")],
              [T("T1"), T("T2")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17 00:00:00", "2022-03-15 00:00:00"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1984-05-17 00:00:00", "2022-03-16 00:00:00")]})
    probe("probes/times_midnight", "accept_or_error", [
        ("T1", "VERIFIED_LEO|ERROR", "issued exactly 12 months before hire, all dates 'YYYY-MM-DD 00:00:00'"),
        ("T2", "RECALL|ERROR", "issued 12 months minus a day")])

    # P2 ISO datetimes with Z and times of day
    f = os.path.join(P, "times_iso_z")
    write_raw(f, [H("Z1", "Ansel", "Brockway", "1984-05-17", "2023-03-15"),
                  H("Z2", "Corin", "Dalgleish", "1984-05-17", "2023-06-10"),
                  H("Z3", "Dorian", "Eskridge", "1984-05-17", "2023-04-20T00:00:00Z")],
              [T("Z1"), T("Z2"), T("Z3")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2022-03-15T08:30:00Z"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1984-05-17", "2010-01-04T12:00:00Z",
                        sep="2020-06-10T23:59:59Z", status="inactive"),
                      C("MN-3", "MN", "Dorian", "Eskridge", "1984-05-17", "2010-01-04")]},
              [{"record_id": "MN-D1", "source": "MN", "first_name": "Dorian", "last_name": "Eskridge",
                "date_of_birth": "1984-05-17", "action": "revoked",
                "action_date": "2023-04-20T16:45:00Z", "reason": "x"}])
    probe("probes/times_iso_z", "accept_or_error", [
        ("Z1", "VERIFIED_LEO|ERROR", "issued 2022-03-15T08:30Z: the DATE is exactly 12 months before hire; comparing datetimes (08:30 > 00:00) would wrongly recall"),
        ("Z2", "VERIFIED_LEO|ERROR", "separated 2020-06-10T23:59:59Z, hire 2023-06-10: exactly 3 years by date"),
        ("Z3", "RECALL|ERROR", "revoked 2023-04-20T16:45Z on the hire date (hire_date itself written 2023-04-20T00:00:00Z): on or before -> disqualifies")])

    # P3 month names
    f = os.path.join(P, "month_names")
    write_raw(f, [H("N1", "Ansel", "Brockway", "May 17, 1984", "March 15, 2023"),
                  H("N2", "Corin", "Dalgleish", "17-May-1984", "15-Mar-2023")],
              [T("N1"), T("N2")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "March 16, 2022"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1984-05-17", "15-Mar-2022")]})
    probe("probes/month_names", "accept_or_error", [
        ("N1", "RECALL|ERROR", "issued 'March 16, 2022', hire 'March 15, 2023': one day short; not promised by contract"),
        ("N2", "VERIFIED_LEO|ERROR", "issued '15-Mar-2022', hire '15-Mar-2023': exactly 12 months")])

    # P4 two-digit years
    f = os.path.join(P, "two_digit_years")
    write_raw(f, [H("Y1", "Ansel", "Brockway", "6/12/62", "3/15/23"),
                  H("Y2", "Corin", "Dalgleish", "9/14/01", "6/1/23"),
                  H("Y3", "Dorian", "Eskridge", "7/25/85", "2023-06-01")],
              [T("Y1"), T("Y2"), T("Y3")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1962-06-12", "2022-03-15"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "2001-09-14", "2021-01-04"),
                      C("MN-3", "MN", "Dorian", "Eskridge", "1/2/45", "2010-01-04")],
               "tx": [C("TX-1", "TX", "Dorian", "Eskridge", "07/25/1985", "3/1/22")]})
    probe("probes/two_digit_years", "accept_or_error", [
        ("Y1", "VERIFIED_LEO|ERROR", "DOB 6/12/62 must be 1962 (not 2062); hire 3/15/23 = 2023, issued exactly 12 months before; silent RECALL = century misread"),
        ("Y2", "VERIFIED_LEO|ERROR", "DOB 9/14/01 = 2001 (age 21, registry 2001-09-14); 1901 would miss the link"),
        ("Y3", "VERIFIED_LEO|ERROR", "DOB 7/25/85=1985-07-25 = TX 07/25/1985; TX issued 3/1/22 = 2022-03-01, 15 months before hire. MN-3 (same name, DOB 1/2/45) must read as 1945, another person; 2045 would be a future DOB")])

    # P5 Excel serial numbers in a CSV
    f = os.path.join(P, "excel_serial")
    write_raw(f, [H("S1", "Ansel", "Brockway", "1984-05-17", "44998"),
                  H("S2", "Corin", "Dalgleish", "30819", "2023-03-15")],
              [T("S1"), T("S2")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2022-03-15"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1984-05-17", "2022-03-15")]})
    probe("probes/excel_serial", "error_expected", [
        ("*", "ERROR", "hire_date '44998' (Excel serial of 2023-03-15) and DOB '30819' (1984-05-17) in a CSV: not a promised format; expect exit 2 naming hires.csv row/column. Acceptable alt: read as serials -> S1,S2 VERIFIED_LEO. Bug: read as a year / dropped")])

    # P6 leading/trailing spaces
    f = os.path.join(P, "spaces")
    write_raw(f, [H("W1", "Ansel", "Brockway", " 05/17/1984", "2023-03-15 "),
                  H("W2", "Corin", "Dalgleish", "1984-05-17 ", " 3/15/2023")],
              [T("W1"), T("W2")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", " 1984-05-17 ", " 2022-03-15"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1984-05-17", "2022-03-16 ")]})
    probe("probes/spaces", "accept_expected", [
        ("W1", "VERIFIED_LEO", "dates padded with spaces should be trimmed (headers are trimmed); exactly 12 months"),
        ("W2", "RECALL", "trimmed; 12 months minus one day")])

    # P7 day-first registry (non-US export)
    f = os.path.join(P, "dayfirst_registry")
    write_raw(f, [H("F1", "Ansel", "Brockway", "1980-03-25", "2023-06-01"),
                  H("F2", "Bob", "Dalgleish", "1982-03-04", "2023-06-01"),
                  H("F3", "Dorian", "Eskridge", "1984-05-17", "2023-03-20"),
                  H("F4", "Elspeth", "Fairclough", "1984-05-17", "2023-05-15"),
                  H("F5", "Gideon", "Harrowgate", "1979-08-30", "2023-06-01")],
              [T(x) for x in ["F1", "F2", "F3", "F4", "F5"]],
              {"nm": [C("NM-1", "NM", "Ansel", "Brockway", "25/03/1980", "14/02/2010"),
                      C("NM-2", "NM", "Robert", "Dalgleish", "04/03/1982", "20/01/2011"),
                      C("NM-3", "NM", "Dorian", "Eskridge", "17/05/1984", "03/04/2022"),
                      C("NM-4", "NM", "Elspeth", "Fairclough", "17/05/1984", "15/09/2009",
                        sep="01/06/2020", status="inactive"),
                      C("NM-5", "NM", "Gideon", "Harrowgate", "30/08/1979", "28/11/2005")]})
    probe("probes/dayfirst_registry", "error_or_consistent_dayfirst", [
        ("*", "ERROR|DAYFIRST", "certifications_nm.csv is day-first (rows with 25/03, 17/05, 30/08 prove it). Acceptable: exit 2 naming the file/rows/column, or the whole file read day-first. Bug: ambiguous rows read month-first while others day-first"),
        ("F1", "VERIFIED_LEO|ERROR", "25/03/1980 unambiguous"),
        ("F2", "VERIFIED_LEO|ERROR", "04/03/1982 day-first = 1982-03-04 = hire DOB; nickname Bob/Robert only. Month-first misread -> swap+nickname -> MANUAL_REVIEW"),
        ("F3", "RECALL|ERROR", "issued 03/04/2022 day-first = 2022-04-03 -> 11.5 months before hire 2023-03-20. Month-first misread -> VERIFIED (wrong verify)"),
        ("F4", "VERIFIED_LEO|ERROR", "separated 01/06/2020 day-first = 2020-06-01, hire 2023-05-15 within 3y. Month-first misread = Jan 6 -> RECALL"),
        ("F5", "VERIFIED_LEO|ERROR", "30/08/1979 unambiguous")])

    # P8 other unpadded / slash ISO
    f = os.path.join(P, "iso_variants")
    write_raw(f, [H("I1", "Ansel", "Brockway", "1984-5-17", "2023-3-15"),
                  H("I2", "Corin", "Dalgleish", "1984/05/17", "2023/03/15")],
              [T("I1"), T("I2")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2022-03-16"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1984-05-17", "2022/03/15")]})
    probe("probes/iso_variants", "accept_or_error", [
        ("I1", "RECALL|ERROR", "unpadded ISO 2023-3-15 / issued 2022-03-16: one day short"),
        ("I2", "VERIFIED_LEO|ERROR", "YYYY/MM/DD unambiguous: exactly 12 months")])

    # P9 implausible but valid DOBs: age 5, age 110
    f = os.path.join(P, "implausible_age")
    write_raw(f, [H("G1", "Ansel", "Brockway", "2018-02-11", "2023-06-01"),
                  H("G2", "Corin", "Dalgleish", "1913-02-11", "2023-06-01")],
              [T("G1"), T("G2")],
              {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1988-02-11", "2012-01-04"),
                      C("MN-2", "MN", "Corin", "Dalgleish", "1983-02-11", "2012-01-04")]})
    probe("probes/implausible_age", "accept_expected", [
        ("G1", "MANUAL_REVIEW|RECALL|ERROR", "DOB 2018 (age 5 at hire): valid date, loads; registry same name born 1988 (not one keystroke: 2018 vs 1988 two digits) -> RECALL by policy; review would be kind"),
        ("G2", "MANUAL_REVIEW|ERROR", "DOB 1913 vs registry 1983 (one digit) same names -> birth-date typo lead -> review")])

    # ---------- bad: must be input errors ----------
    def bad(name, hires, train, certs, gist, decerts=None):
        write_raw(os.path.join(B, name), hires, train, certs, decerts)
        probe("bad/" + name, "error_expected", [("*", "ERROR", gist)])
    ok_c = {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2012-03-15")]}
    bad("feb30_hire_date", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-02-30")], [T("B1")], ok_c,
        "hires.csv row 1 (line 2) column hire_date: 2023-02-30 is not a date")
    bad("month13_issued", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-06-01")], [T("B1")],
        {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "13/13/2020")]},
        "certifications_mn.csv row 1 column issued_date: 13/13/2020 is not a date")
    bad("feb29_nonleap_sep", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-06-01")], [T("B1")],
        {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2012-03-15", sep="2021-02-29",
                  status="inactive")]},
        "certifications_mn.csv row 1 column separation_date: 2021-02-29 does not exist")
    bad("us_feb30_decert", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-06-01")], [T("B1")], ok_c,
        "decertifications.csv row 1 column action_date: 02/30/2023 is not a date",
        decerts=[{"record_id": "MN-D1", "source": "MN", "first_name": "Ansel",
                  "last_name": "Brockway", "date_of_birth": "1984-05-17", "action": "revoked",
                  "action_date": "02/30/2023", "reason": "x"}])
    bad("blank_hire_date", [H("B1", "Ansel", "Brockway", "1984-05-17", "")], [T("B1")], ok_c,
        "hires.csv row 1 column hire_date: required value blank")
    bad("zero_date_sep", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-06-01")], [T("B1")],
        {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2012-03-15", sep="0000-00-00",
                  status="inactive")]},
        "certifications_mn.csv row 1 column separation_date: 0000-00-00 not a date (must NOT be read as blank=still employed)")
    bad("text_in_date", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-06-01")], [T("B1")],
        {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2012-03-15", sep="unknown",
                  status="inactive")]},
        "certifications_mn.csv row 1 column separation_date: 'unknown' is not a date")
    bad("dob_in_future", [H("B1", "Ansel", "Brockway", "2031-05-17", "2023-06-01")], [T("B1")], ok_c,
        "hires.csv row 1 column date_of_birth: birth date after hire date / in the future")
    bad("hire_before_birth", [H("B1", "Ansel", "Brockway", "1990-05-17", "1985-01-02")], [T("B1")], ok_c,
        "hires.csv row 1: hire_date 1985-01-02 before date_of_birth 1990-05-17")
    bad("multi_errors", [H("B1", "Ansel", "Brockway", "1984-05-17", "2023-02-30"),
                         H("B2", "Corin", "Dalgleish", "13/13/1984", "2023-06-01")],
        [T("B1"), T("B2")],
        {"mn": [C("MN-1", "MN", "Ansel", "Brockway", "1984-05-17", "2012-03-15", sep="2019-13-01",
                  status="inactive")]},
        "all three reported at once: hires.csv row 1 hire_date, hires.csv row 2 date_of_birth, certifications_mn.csv row 1 separation_date")
    bad("dayfirst_only_hires", [H("B1", "Ansel", "Brockway", "25/03/1980", "2023-06-01")], [T("B1")],
        ok_c, "hires.csv row 1 column date_of_birth: 25/03/1980 is not ISO or US MM/DD/YYYY")

    p = os.path.join(HERE, "probes_expected_before_run.csv")
    if not os.path.exists(p):
        wcsv(p, ["probe", "kind", "hire_id", "expected", "why"], PROBE_EXP)


def probes_after():
    """Written AFTER the first run (not part of the frozen expectations): separation_date
    placeholders and blanks beside an inactive/lapsed status."""
    f = os.path.join(HERE, "probes_after", "sep_placeholder")
    if os.path.exists(f):
        shutil.rmtree(f)
    people = [("P1", "Ansel", "Brockway", "inactive", "unknown"),
              ("P2", "Corin", "Dalgleish", "inactive", "N/A"),
              ("P3", "Dorian", "Eskridge", "inactive", ""),
              ("P4", "Elspeth", "Fairclough", "lapsed", ""),
              ("P5", "Gideon", "Harrowgate", "active", "TBD")]
    hires = [H(h, fn, ln, "1984-05-17", "2023-06-01") for h, fn, ln, _, _ in people]
    train = [T(h, start="2023-06-15", end="2023-07-13") for h, *_ in people]
    certs = [C(f"MN-{i + 1}", "MN", fn, ln, "1984-05-17", "2002-03-15", sep=sep, status=st)
             for i, (h, fn, ln, st, sep) in enumerate(people)]
    write_raw(f, hires, train, {"mn": certs})


if __name__ == "__main__":
    b = main_set()
    probes()
    probes_after()
    print(len(b.hires), "hires;", sum(len(v) for v in b.certs.values()), "cert rows")
