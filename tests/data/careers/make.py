#!/usr/bin/env python3
"""Blind test set: careers that span several registry rows.

Deterministic: `python make.py --out DIR` writes a contract-format input folder to DIR
and the hand-labelled expectations to expected.csv next to DIR (override with --expected).

Expected determinations follow from /work/shared/data-contract.md alone:
 * a single certification row must satisfy every condition on hire_date
   (sworn type, status not revoked/suspended, serving or separated <= 3 years,
   >= 12 months of service on THAT certification);
 * any decertification action for the same person dated on/before hire_date blocks;
 * blank means unknown, never "no";
 * REMEDIATED needs a completed basic course (FLETC-BIETP); enrolled/withdrawn do not count.
Margins are kept away from the 12-month and 3-year boundaries (service >= 14 or <= 10
months; separation <= 28 months or >= 40 months before hire) so the policy, not rounding,
decides.
"""
import argparse
import calendar
import csv
import datetime as dt
import os
import random

SEED = 20240611
N_SHORT = 150

# ---------------------------------------------------------------- dates

def add_months(d, m):
    y = d.year + (d.month - 1 + m) // 12
    mo = (d.month - 1 + m) % 12 + 1
    return dt.date(y, mo, min(d.day, calendar.monthrange(y, mo)[1]))


def before(h, months, days=0):
    return add_months(h, -months) - dt.timedelta(days=days)


def after(h, months, days=0):
    return add_months(h, months) + dt.timedelta(days=days)


def months_between(a, b):
    m = (b.year - a.year) * 12 + (b.month - a.month)
    if b.day < a.day:
        m -= 1
    return m


def iso(d):
    return "" if d is None else d.isoformat()


# ---------------------------------------------------------------- names
MALE = ["William", "Robert", "Michael", "James", "Richard", "Christopher", "Joseph", "Daniel",
        "Thomas", "Anthony", "Samuel", "Nicholas", "Steven", "Timothy", "Matthew", "Andrew",
        "Jonathan", "Alexander", "Benjamin", "Edward", "Gregory", "Raymond", "Dennis", "Walter",
        "Patrick", "Harold", "Douglas", "Carlos", "Luis", "Jorge", "Miguel", "Terrence",
        "Marcus", "Darnell", "Tyrone", "Kevin", "Brian", "Jason", "Travis", "Curtis", "Wesley",
        "Roberto", "Francisco", "Eduardo", "Dwayne", "Calvin", "Leonard", "Franklin", "Howard",
        "Vincent", "Russell", "Bradley", "Shane", "Derek", "Trevor", "Colin", "Grant", "Ivan"]
FEMALE = ["Elizabeth", "Katherine", "Jennifer", "Margaret", "Patricia", "Rebecca", "Deborah",
          "Victoria", "Kimberly", "Jessica", "Angela", "Monica", "Teresa", "Gloria", "Brenda",
          "Sandra", "Veronica", "Yolanda", "Latoya", "Shannon", "Heather", "Megan", "Lindsey",
          "Crystal", "Tamara", "Denise", "Rosa", "Carmen", "Lucia", "Adriana", "Natalie",
          "Courtney", "Erin", "Holly", "Paula", "Sheila", "Regina", "Valerie", "Wendy", "Diana"]
NICK = {"William": "Bill", "Robert": "Bob", "Michael": "Mike", "James": "Jim", "Richard": "Rick",
        "Christopher": "Chris", "Joseph": "Joe", "Daniel": "Dan", "Thomas": "Tom",
        "Anthony": "Tony", "Samuel": "Sam", "Nicholas": "Nick", "Steven": "Steve",
        "Timothy": "Tim", "Matthew": "Matt", "Andrew": "Andy", "Jonathan": "Jon",
        "Alexander": "Alex", "Benjamin": "Ben", "Edward": "Ed", "Elizabeth": "Liz",
        "Katherine": "Kate", "Jennifer": "Jenny", "Margaret": "Peggy", "Patricia": "Trish",
        "Rebecca": "Becky", "Deborah": "Debbie", "Victoria": "Vicky", "Kimberly": "Kim",
        "Jessica": "Jess", "Gregory": "Greg", "Raymond": "Ray", "Douglas": "Doug"}
MIDDLES_M = ["Allen", "Lee", "James", "Ray", "Wayne", "Edward", "Scott", "Paul", "Dean", "Joseph",
             "Anthony", "Michael", "Thomas", "Eugene"]
MIDDLES_F = ["Marie", "Ann", "Lynn", "Louise", "Elaine", "Rose", "Jean", "Renee", "Nicole",
             "Michelle", "Dawn", "Grace"]
COMMON = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis",
          "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson",
          "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson", "White",
          "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson"]
RARE = ["Abernethy", "Blackwood", "Castellanos", "Dunleavy", "Eckhardt", "Fairbanks", "Galloway",
        "Halvorsen", "Ingersoll", "Jablonski", "Kettering", "Lindqvist", "Mccready", "Nakamura",
        "Oyelaran", "Pemberton", "Quintero", "Rasmussen", "Sorensen", "Thibodeaux", "Underhill",
        "Valdivia", "Whitlock", "Yarbrough", "Zeller", "Ashworth", "Birnbaum", "Carrasco",
        "Delacroix", "Esposito", "Fitzgerald", "Gutierrez", "Holloway", "Iverson", "Jaramillo",
        "Kaczmarek", "Lockhart", "Montoya", "Norwood", "Okafor", "Pacheco", "Quigley",
        "Rutledge", "Stallworth", "Trevino", "Ulrich", "Villalobos", "Wainwright", "Yamamoto",
        "Zamora", "Ackerman", "Bradshaw", "Calloway", "Dominguez", "Ellsworth", "Fontenot",
        "Granger", "Hathaway", "Ibarra", "Jenkins", "Kowalczyk", "Langston", "Maldonado",
        "Nguyen", "Ostrowski", "Prescott", "Renfro", "Salazar", "Tolbert", "Urquhart",
        "Vasquez", "Whitaker", "Xiong", "Youngblood", "Zimmerman", "Arredondo", "Beaumont",
        "Crenshaw", "Dalrymple", "Espinoza", "Faulkner", "Guerrero", "Hargrove", "Isaacson",
        "Kincaid", "Lacroix", "Mccormick", "Nieves", "Orozco", "Pritchard", "Rosales",
        "Sheffield", "Tremblay", "Vanderpool", "Wexler", "Ybarra", "Atwater", "Burkhart",
        "Cordova", "Dempsey", "Emerson", "Fairchild", "Gallegos", "Hendricks", "Kimball",
        "Lundgren", "Merriweather", "Navarro", "Oakes", "Pendleton", "Redmond", "Stroud",
        "Talbot", "Villarreal", "Winslow", "Abbott", "Bergstrom", "Castaneda", "Driscoll",
        "Easterly", "Ferreira", "Gillespie", "Hoffmann", "Jorgensen", "Kilgore", "Lemieux",
        "Mcallister", "Northcutt", "Ochoa", "Pruitt", "Rivenbark", "Schreiber", "Tipton",
        "Upshaw", "Vela", "Whitfield", "Amundsen", "Bellamy", "Cisneros", "Dorsey", "Elkins",
        "Fuentes", "Grimaldi", "Haskins", "Inman", "Juarez", "Keane", "Lovelace", "Mendoza",
        "Nunez", "Oliveira", "Paxton", "Rhodes", "Sandoval", "Tarver", "Vick", "Wolcott"]

# ---------------------------------------------------------------- registries
STATES = ["TX", "FL", "GA", "AZ", "NC", "CA", "WA"]
TYPES = {
    "TX": {"sworn": ["Peace Officer License", "Basic Peace Officer"], "corr": ["Jailer License"],
           "disp": ["Telecommunicator"], "resv": ["Reserve Deputy"]},
    "FL": {"sworn": ["Law Enforcement Officer"], "corr": ["Correctional Officer"],
           "disp": ["Public Safety Telecommunicator"], "resv": ["Auxiliary Law Enforcement Officer"]},
    "GA": {"sworn": ["Peace Officer"], "corr": ["Jail Officer"], "disp": ["Communications Officer"],
           "resv": ["Reserve Peace Officer"]},
    "AZ": {"sworn": ["Peace Officer"], "corr": ["Detention Officer"], "disp": ["Telecommunicator"],
           "resv": ["Reserve Peace Officer"]},
    "NC": {"sworn": ["Deputy Sheriff", "Law Enforcement Officer"], "corr": ["Detention Officer"],
           "disp": ["Telecommunicator"], "resv": ["Reserve Deputy Sheriff"]},
    "CA": {"sworn": ["Police Officer", "Deputy Sheriff"], "corr": ["Correctional Officer"],
           "disp": ["Public Safety Dispatcher"], "resv": ["Level I Reserve Officer"]},
    "WA": {"sworn": ["Peace Officer"], "corr": ["Corrections Officer"], "disp": ["Telecommunicator"],
           "resv": ["Reserve Officer"]},
    "FED": {"sworn": ["Border Patrol Agent", "Criminal Investigator", "Special Agent",
                      "Police Officer"], "corr": ["Correctional Officer"],
            "sec": ["Transportation Security Officer"]},
}
AGENCY = {
    "TX": {"pol": ["Houston Police Department", "Harris County Sheriff's Office", "El Paso Police Department", "Bexar County Sheriff's Office"],
           "corr": ["Harris County Sheriff's Office", "Travis County Sheriff's Office"], "disp": ["Austin-Travis County 911"]},
    "FL": {"pol": ["Miami-Dade Police Department", "Orange County Sheriff's Office", "Tampa Police Department"],
           "corr": ["Florida Department of Corrections", "Pinellas County Sheriff's Office"], "disp": ["Broward Sheriff's Office Regional Communications"]},
    "GA": {"pol": ["Atlanta Police Department", "Cobb County Police Department", "Chatham County Sheriff's Office"],
           "corr": ["Fulton County Sheriff's Office", "Georgia Department of Corrections"], "disp": ["Gwinnett County E-911"]},
    "AZ": {"pol": ["Phoenix Police Department", "Maricopa County Sheriff's Office", "Tucson Police Department"],
           "corr": ["Maricopa County Sheriff's Office", "Pima County Sheriff's Department"], "disp": ["Phoenix Fire Regional Dispatch"]},
    "NC": {"pol": ["Charlotte-Mecklenburg Police Department", "Wake County Sheriff's Office", "Durham Police Department"],
           "corr": ["Mecklenburg County Sheriff's Office", "Guilford County Sheriff's Office"], "disp": ["Raleigh-Wake Emergency Communications"]},
    "CA": {"pol": ["Los Angeles Police Department", "San Diego County Sheriff's Department", "Fresno Police Department"],
           "corr": ["California Department of Corrections and Rehabilitation"], "disp": ["Sacramento Regional Communications"]},
    "WA": {"pol": ["Seattle Police Department", "King County Sheriff's Office", "Spokane Police Department"],
           "corr": ["Washington State Department of Corrections"], "disp": ["NORCOM 911"]},
    "FED": {"pol": ["U.S. Customs and Border Protection", "U.S. Secret Service", "Federal Bureau of Investigation", "U.S. Department of Veterans Affairs Police"],
            "corr": ["Federal Bureau of Prisons"], "sec": ["Transportation Security Administration"]},
}
OFFICES = ["St. Paul", "Chicago", "Houston", "Dallas", "Atlanta", "Miami", "Phoenix", "San Diego",
           "Seattle", "Newark", "New Orleans", "Denver", "Salt Lake City", "El Paso"]
SHORT = ("ERO-LEO-VIRT", "ERO LEO Virtual Transition Course", "online")
BASIC = ("FLETC-BIETP", "Basic Immigration Enforcement Training Program", "in_person")


class Gen:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.hires, self.training, self.expected = [], [], []
        self.certs = {s: [] for s in STATES + ["FED"]}
        self.decerts = []
        self.rid = {s: 1000 for s in STATES + ["FED"]}
        self.did = 500
        self.used_names = set()      # (first,last) of hires
        self.used_lastdob = set()    # (last,dob) of hires + deliberate twins
        self.people = []             # (first,last,dob) of every hire / scenario person
        self.rare = list(RARE)
        self.rng.shuffle(self.rare)

    # -------------------------------------------------- identities
    def new_person(self, female=None, last=None, first=None, dob=None):
        r = self.rng
        if female is None:
            female = r.random() < 0.35
        for _ in range(1000):
            f = first or r.choice(FEMALE if female else MALE)
            if last:
                l = last
            elif r.random() < 0.35:
                l = r.choice(COMMON)
            else:
                l = self.rare.pop()
            d = dob or dt.date(r.randint(1968, 1997), r.randint(1, 12), r.randint(1, 28))
            if (f, l) in self.used_names or (l, d) in self.used_lastdob:
                if first and last:
                    break
                continue
            break
        mid = ""
        if r.random() < 0.7:
            mid = r.choice(MIDDLES_F if female else MIDDLES_M)
        return {"first": f, "middle": mid, "last": l, "dob": d, "female": female}

    def register(self, p):
        self.used_names.add((p["first"], p["last"]))
        self.used_lastdob.add((p["last"], p["dob"]))
        self.people.append((p["first"], p["last"], p["dob"]))

    def hire_date(self):
        r = self.rng
        d = dt.date(2022, 2, 7) + dt.timedelta(weeks=r.randint(0, 125))
        return d  # always a Monday

    # -------------------------------------------------- rows
    def typ(self, src, kind):
        return self.rng.choice(TYPES[src][kind])

    def agency(self, src, kind):
        k = {"sworn": "pol", "resv": "pol", "corr": "corr", "disp": "disp", "sec": "sec"}[kind]
        return self.rng.choice(AGENCY[src][k])

    def name_for(self, p, style):
        r = self.rng
        f, m, l = p["first"], p["middle"], p["last"]
        if style == "auto":
            x = r.random()
            style = "exact" if x < 0.7 else ("initial" if x < 0.85 else "nomiddle")
        if style == "exact":
            return f, m, l
        if style == "initial":
            return f, m[:1], l
        if style == "nomiddle":
            return f, "", l
        if style == "nick":
            return NICK[f], m[:1], l
        if style == "typo":         # adjacent letters swapped inside the surname
            i = 2 if len(l) > 4 else 1
            return f, m, l[:i] + l[i + 1] + l[i] + l[i + 2:]
        if style == "maiden":       # row before marriage: own middle, maiden surname
            return f, p["orig_middle"], p["maiden"]
        if style == "married":      # row after marriage: maiden name as middle
            return f, p["maiden"], p["last"]
        raise ValueError(style)

    def row(self, p, src, kind, issued, sep, status, style="auto", ctype=None):
        self.rid[src] += 1
        rid = f"{src}-{self.rid[src]:06d}" if src == "FED" else f"{src}{self.rid[src]:07d}"
        f, m, l = self.name_for(p, style)
        self.certs[src].append({
            "record_id": rid, "source": src, "first_name": f, "middle_name": m, "last_name": l,
            "date_of_birth": iso(p["dob"]), "certification_type": ctype or self.typ(src, kind),
            "status": status, "issued_date": iso(issued), "separation_date": iso(sep),
            "agency": self.agency(src, kind)})
        return rid

    def decert(self, p, src, action, date, reason, style="exact"):
        self.did += 1
        f, _, l = self.name_for(p, style)
        self.decerts.append({"record_id": f"D-{src}-{self.did}", "source": src, "first_name": f,
                             "last_name": l, "date_of_birth": iso(p["dob"]), "action": action,
                             "action_date": iso(date), "reason": reason})

    def sep_status(self, months_ago):
        if months_ago > 30:
            return self.rng.choice(["Inactive", "Lapsed", "Lapsed"])
        return self.rng.choice(["Inactive", "Inactive", "Inactive", "Lapsed"])

    def states(self, k):
        return self.rng.sample(STATES, k)


def build(out, expected_path):
    g = Gen(SEED)
    r = g.rng
    hid = [0]

    def new_hire(person=None, track="LEO", female=None):
        hid[0] += 1
        p = person or g.new_person(female=female)
        g.register(p)
        h = g.hire_date()
        hire_id = f"0{4000 + hid[0]}"
        g.hires.append({"hire_id": hire_id, "first_name": p["first"], "middle_name": p["middle"],
                        "last_name": p["last"], "suffix": "", "date_of_birth": iso(p["dob"]),
                        "hire_date": iso(h), "position_title": "Deportation Officer",
                        "job_series": "1801", "field_office": r.choice(OFFICES),
                        "screening_track": track,
                        "screening_basis": "keyword:officer" if track == "LEO" else "",
                        "resume_text": ""})
        return hire_id, p, h

    def train(hire_id, h, course, status, start_m=1):
        code, title, deliv = course
        s = after(h, start_m, 7)
        e = s + dt.timedelta(days=28 if code == SHORT[0] else 130)
        if status in ("enrolled",):
            e = None
        g.training.append({"hire_id": hire_id, "course_code": code, "course_title": title,
                           "delivery": deliv, "start_date": iso(s), "end_date": iso(e),
                           "status": status})

    def expect(hire_id, exp, case, why):
        g.expected.append({"hire_id": hire_id, "expected_determination": exp, "case": case,
                           "why": why})

    def filler(p, h, earliest, n=None):
        """0-2 old non-sworn rows ending before `earliest`, at least 48 months before hire."""
        n = r.choice([0, 0, 1, 1, 2]) if n is None else n
        end = min(earliest - dt.timedelta(days=r.randint(20, 90)), before(h, 48))
        for _ in range(n):
            kind = r.choice(["corr", "disp", "resv"])
            src = r.choice(STATES)
            start = add_months(end, -r.randint(12, 40))
            g.row(p, src, kind, start, end, r.choice(["Inactive", "Lapsed"]))
            end = start - dt.timedelta(days=r.randint(30, 200))

    def recall_or_remed(hire_id, h, why):
        """Short-track, not verified: decide basic-course outcome."""
        x = r.random()
        if x < 0.22:
            train(hire_id, h, BASIC, "completed", start_m=r.randint(3, 8))
            return "REMEDIATED", why + "; FLETC-BIETP completed after hire -> REMEDIATED"
        if x < 0.32:
            train(hire_id, h, BASIC, "enrolled", start_m=r.randint(2, 6))
            return "RECALL", why + "; FLETC-BIETP only enrolled (not completed) -> RECALL"
        if x < 0.37:
            train(hire_id, h, BASIC, "withdrawn", start_m=r.randint(2, 6))
            return "RECALL", why + "; FLETC-BIETP withdrawn -> RECALL"
        return "RECALL", why + "; no basic course -> RECALL"

    def std_hire(**kw):
        hire_id, p, h = new_hire(**kw)
        train(hire_id, h, SHORT, "completed")
        return hire_id, p, h

    def sworn_sep(p, src, h, sep_m, svc_m, status=None, style="auto", sep_days=None):
        sep = before(h, sep_m, r.randint(0, 20) if sep_days is None else sep_days)
        iss = add_months(sep, -svc_m) - dt.timedelta(days=r.randint(0, 25))
        g.row(p, src, "sworn", iss, sep, g.sep_status(sep_m) if status is None else status, style)
        return iss, sep

    # ================================================================ scenarios
    def s_lateral_active():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        iss2 = before(h, r.randint(15, 60), r.randint(0, 20))
        mode = r.random()
        if mode < 0.6:
            sep2, st2 = None, "Active"
        else:
            sep2, st2 = h - dt.timedelta(days=r.randint(3, 20)), r.choice(["Active", "Inactive"])
        sep1 = iss2 - dt.timedelta(days=r.randint(10, 60))
        iss1 = add_months(sep1, -r.randint(14, 90))
        x = r.random()
        old_style = "nick" if (x < 0.3 and p["first"] in NICK) else ("typo" if x > 0.85 else "auto")
        g.row(p, a, "sworn", iss1, sep1, r.choice(["Inactive", "Lapsed"]), style=old_style)
        g.row(p, b, "sworn", iss2, sep2, st2)
        filler(p, h, iss1)
        svc = months_between(iss2, sep2 or h)
        expect(hire_id, "VERIFIED_LEO", "lateral: sworn in %s, then sworn in %s (current)" % (a, b),
               f"{b} sworn row issued {iss2}, {'still serving' if sep2 is None else 'separated ' + iso(sep2)}, "
               f"~{svc} months at hire {h}; status {st2}")

    def s_lateral_recent_sep():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        sep_m = r.randint(2, 24)
        iss2, sep2 = sworn_sep(p, b, h, sep_m, r.randint(15, 60))
        sep1 = iss2 - dt.timedelta(days=r.randint(10, 60))
        iss1 = add_months(sep1, -r.randint(14, 60))
        g.row(p, a, "sworn", iss1, sep1, "Lapsed")
        filler(p, h, iss1)
        expect(hire_id, "VERIFIED_LEO", "lateral; latest sworn row separated %d months before hire" % sep_m,
               f"{b} sworn {iss2}..{sep2}: >=15 months service, separated ~{sep_m} months (<3y) before {h}")

    def s_new_short_old_in():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        iss2 = before(h, r.randint(3, 9), r.randint(0, 10))
        sep1 = iss2 - dt.timedelta(days=r.randint(10, 75))
        svc1 = r.randint(15, 80)
        iss1 = add_months(sep1, -svc1)
        st1 = r.choice(["Inactive", "Inactive", "Lapsed"])
        g.row(p, a, "sworn", iss1, sep1, st1)
        g.row(p, b, "sworn", iss2, None, "Active")
        filler(p, h, iss1)
        expect(hire_id, "VERIFIED_LEO", "new sworn row <12 months; old sworn row in window qualifies",
               f"{b} row issued {iss2} (<12 months by {h}) fails service; {a} row {iss1}..{sep1} "
               f"(~{svc1} months, status {st1}, separated <1y before hire) qualifies on its own")

    def s_new_short_old_out():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        iss2 = before(h, r.randint(3, 9), r.randint(0, 10))
        sep_m = r.randint(40, 80)
        iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(20, 100))
        if r.random() < 0.5:   # an intervening non-sworn job
            c = r.choice([s for s in STATES if s not in (a, b)])
            g.row(p, c, r.choice(["corr", "disp"]), sep1 + dt.timedelta(days=60),
                  iss2 - dt.timedelta(days=20), "Inactive")
        g.row(p, b, "sworn", iss2, None, "Active")
        filler(p, h, iss1)
        e, why = recall_or_remed(hire_id, h,
                                 f"{b} sworn issued {iss2}: <12 months at {h}; {a} sworn separated {sep1} "
                                 f"(~{sep_m} months >3y before hire); no single row qualifies")
        expect(hire_id, e, "new sworn row <12 months; old sworn row outside 3-year window", why)

    def s_split_service():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        svc2 = r.randint(5, 9)
        if r.random() < 0.5:
            sep2, st2 = None, "Active"
            iss2 = before(h, svc2, r.randint(0, 10))
        else:
            sep2 = h - dt.timedelta(days=r.randint(5, 40))
            iss2 = add_months(sep2, -svc2)
            st2 = "Inactive"
        svc1 = r.randint(5, 9)
        sep1 = iss2 - dt.timedelta(days=r.randint(5, 45))
        iss1 = add_months(sep1, -svc1)
        g.row(p, a, "sworn", iss1, sep1, "Inactive")
        g.row(p, b, "sworn", iss2, sep2, st2)
        filler(p, h, iss1)
        e, why = recall_or_remed(hire_id, h,
                                 f"{a} sworn {iss1}..{sep1} (~{svc1} mo) and {b} sworn {iss2}..{iso(sep2) or 'hire'} "
                                 f"(~{svc2} mo): each <12 months; contract requires 12 months on 'the certification' (per row)")
        expect(hire_id, e, "two sworn rows, each <12 months, >12 in total", why)

    def s_prior_then_sworn(kind, ok):
        hire_id, p, h = std_hire()
        a, b = g.states(2) if r.random() < 0.6 else [g.states(1)[0]] * 2
        if ok:
            iss2 = before(h, r.randint(15, 48), r.randint(0, 20))
        else:
            iss2 = before(h, r.randint(3, 9), r.randint(0, 10))
        sep1 = iss2 - dt.timedelta(days=r.randint(5, 40))
        still = (kind == "resv" and not ok and r.random() < 0.7)
        iss1 = add_months(sep1, -r.randint(24, 96))
        g.row(p, a, kind, iss1, None if still else sep1, "Active" if still else "Inactive")
        g.row(p, b, "sworn", iss2, None, "Active")
        filler(p, h, iss1, n=r.choice([0, 1]))
        label = {"corr": "corrections", "resv": "reserve", "disp": "dispatcher"}[kind]
        if ok:
            expect(hire_id, "VERIFIED_LEO", f"{label} -> full-time sworn (>=12 months)",
                   f"{b} sworn row issued {iss2}, active at {h}, >=15 months; {label} row irrelevant")
        else:
            e, why = recall_or_remed(hire_id, h,
                                     f"{b} sworn issued {iss2}: <12 months at {h}; the long {label} row "
                                     f"({iss1}..{'now' if still else sep1}) is not a sworn certification")
            expect(hire_id, e, f"{label} -> sworn, sworn row <12 months", why)

    def s_police_to_corr(inwin):
        hire_id, p, h = std_hire()
        a, b = g.states(2) if r.random() < 0.6 else [g.states(1)[0]] * 2
        sep_m = r.randint(6, 28) if inwin else r.randint(40, 90)
        iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(18, 100))
        g.row(p, b, "corr", sep1 + dt.timedelta(days=r.randint(15, 90)), None, "Active")
        filler(p, h, iss1)
        if inwin:
            expect(hire_id, "VERIFIED_LEO", "sworn -> corrections; sworn separated within 3 years",
                   f"{a} sworn {iss1}..{sep1}: >=18 months, separated ~{sep_m} months before {h}; "
                   f"current corrections job does not undo it")
        else:
            e, why = recall_or_remed(hire_id, h, f"{a} sworn separated {sep1} (~{sep_m} months >3y before {h}); "
                                                 f"current job is corrections (not sworn)")
            expect(hire_id, e, "sworn -> corrections; sworn separated more than 3 years", why)

    def s_lapse_recert(variant):
        hire_id, p, h = std_hire()
        a = g.states(1)[0]
        b = a if r.random() < 0.5 else g.states(1)[0]
        old_m = {"ok": r.randint(50, 110), "short": r.randint(42, 100), "after_out": r.randint(42, 100),
                 "after_in": r.randint(6, 24)}[variant]
        iss1, sep1 = sworn_sep(p, a, h, old_m, r.randint(20, 100),
                               status="Lapsed" if variant != "after_in" else r.choice(["Inactive", "Lapsed"]))
        if variant == "ok":
            iss2 = before(h, r.randint(15, 40), r.randint(0, 20))
            g.row(p, b, "sworn", iss2, None, "Active")
            expect(hire_id, "VERIFIED_LEO", "lapse and re-certification; new row >=12 months",
                   f"old {a} row lapsed (separated {sep1}); re-certified {b} {iss2}, active, >=15 months at {h}")
        elif variant == "short":
            iss2 = before(h, r.randint(3, 9), r.randint(0, 10))
            g.row(p, b, "sworn", iss2, None, "Active")
            e, why = recall_or_remed(hire_id, h, f"old {a} row separated {sep1} (>3y before {h}); "
                                                 f"re-certified {iss2}: <12 months")
            expect(hire_id, e, "lapse and re-certification; new row <12 months, old outside window", why)
        elif variant == "after_out":
            iss2 = after(h, r.randint(1, 8), r.randint(0, 20))
            g.row(p, b, "sworn", iss2, None, "Active")
            e, why = recall_or_remed(hire_id, h, f"old {a} row separated {sep1} (>3y before {h}); new {b} row "
                                                 f"issued {iss2}, after hire_date -> does not exist on hire_date")
            expect(hire_id, e, "re-certification issued after hire_date; old row outside window", why)
        else:
            iss2 = after(h, r.randint(1, 8), r.randint(0, 20))
            g.row(p, b, "sworn", iss2, None, "Active")
            expect(hire_id, "VERIFIED_LEO", "row issued after hire_date; older row in window qualifies",
                   f"{a} sworn {iss1}..{sep1}: >=20 months, separated ~{old_m} months before {h}; the {iso(iss2)} "
                   f"row (after hire) is irrelevant")
        filler(p, h, iss1)

    def s_revoked_row_other_active(status):
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        iss2 = before(h, r.randint(18, 60), r.randint(0, 20))
        sep1 = iss2 - dt.timedelta(days=r.randint(20, 120))
        iss1 = add_months(sep1, -r.randint(14, 60))
        g.row(p, a, "sworn", iss1, sep1, status)
        g.row(p, b, "sworn", iss2, None, "Active")
        filler(p, h, iss1)
        expect(hire_id, "VERIFIED_LEO|MANUAL_REVIEW", f"{status} row (no decert action) + other active sworn row",
               f"{b} sworn issued {iss2}, active, >=18 months qualifies; {a} row status {status} fails only itself and "
               f"the decertifications table has no action for this person; literal contract -> VERIFIED, "
               f"flagging the {status.lower()} row for review is defensible")

    def s_decert(when, action, maiden=False):
        female = True if maiden else None
        hire_id, p, h = std_hire(female=female) if not maiden else (None, None, None)
        if maiden:
            hire_id, p, h = maiden_hire()
        a, b = g.states(2)
        iss2 = before(h, r.randint(15, 40), r.randint(0, 20))
        sep1 = iss2 - dt.timedelta(days=r.randint(30, 150))
        iss1 = add_months(sep1, -r.randint(14, 80))
        if when == "before":
            ad = sep1 + dt.timedelta(days=r.randint(10, 60))
            if ad >= iss2:
                ad = iss2 - dt.timedelta(days=3)
        elif when == "on":
            ad = h
        else:
            ad = after(h, r.randint(2, 12), r.randint(0, 20))
        st1 = {"Revoked": "Revoked", "Suspended": "Suspended", "Surrendered": "Inactive",
               "Voluntary Surrender": "Inactive"}[action]
        g.row(p, a, "sworn", iss1, sep1, st1, style="maiden" if maiden else "auto")
        g.row(p, b, "sworn", iss2, None, "Active", style="married" if maiden else "auto")
        g.decert(p, a, action, ad, r.choice(["Misconduct", "Untruthfulness", "Excessive force",
                                             "Criminal conviction", "Resigned in lieu of termination"]),
                 style="maiden" if maiden else "exact")
        filler(p, h, iss1)
        if when in ("before", "on"):
            base = (f"decertification action '{action}' in {a} dated {ad} ({'on' if when == 'on' else 'before'} "
                    f"hire {h}); blocks even though {b} row (issued {iss2}) is active and >=15 months")
            if maiden:
                base += "; the action is under her maiden name (hire middle name)"
                e, why = recall_or_remed(hire_id, h, base)
                e = e + "|MANUAL_REVIEW"
            else:
                e, why = recall_or_remed(hire_id, h, base)
            expect(hire_id, e, f"decert action {when} hire_date" + (" under maiden name" if maiden else "")
                   + f" ({action}), other state active", why)
        else:
            expect(hire_id, "VERIFIED_LEO", f"decert action after hire_date ({action}) in other state",
                   f"{a} action dated {ad} is after hire {h}; {b} sworn issued {iss2} active >=15 months qualifies")

    def s_decert_after_only_row():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        sep1 = h - dt.timedelta(days=r.randint(3, 25))
        iss1 = add_months(sep1, -r.randint(20, 90))
        c0 = add_months(iss1, -r.randint(12, 40))
        g.row(p, b, "corr", c0, iss1 - dt.timedelta(days=20), "Inactive")
        g.row(p, a, "sworn", iss1, sep1, "Revoked")
        ad = after(h, r.randint(3, 10), r.randint(0, 20))
        g.decert(p, a, "Revoked", ad, "Misconduct")
        expect(hire_id, "VERIFIED_LEO|MANUAL_REVIEW", "only sworn row now Revoked; the revocation dated after hire",
               f"{a} sworn {iss1}..{sep1} was in good standing on {h}: the only decert action is dated {ad}; "
               f"contract tests status 'on hire_date'. Current status Revoked makes review defensible; RECALL would be wrong")

    def s_suspension_served():
        hire_id, p, h = std_hire()
        a = g.states(1)[0]
        iss1 = before(h, r.randint(48, 100))
        ad = before(h, r.randint(15, 30))
        g.row(p, a, "sworn", iss1, None, "Active")
        g.row(p, g.states(1)[0], "disp", add_months(iss1, -30), iss1 - dt.timedelta(days=30), "Inactive")
        g.decert(p, a, "Suspended", ad, "Policy violation - 30 day suspension")
        e, why = recall_or_remed(hire_id, h, f"{a} sworn active since {iss1}, but a 'Suspended' decertification "
                                             f"action dated {ad} (before hire) -> contract: no decert action on/before hire_date")
        expect(hire_id, e, "past suspension action, cert active again", why)

    def s_fed(variant):
        hire_id, p, h = std_hire()
        a = g.states(1)[0]
        if variant == "fed_after_state":
            iss2 = before(h, r.randint(15, 60), r.randint(0, 20))
            sep2 = None if r.random() < 0.6 else h - dt.timedelta(days=r.randint(3, 14))
            sep1 = iss2 - dt.timedelta(days=r.randint(20, 100))
            iss1 = add_months(sep1, -r.randint(14, 60))
            g.row(p, a, "sworn", iss1, sep1, "Inactive")
            g.row(p, "FED", "sworn", iss2, sep2, "Active" if sep2 is None else "Inactive")
            filler(p, h, iss1)
            expect(hire_id, "VERIFIED_LEO", "state sworn, then federal LEO (FED) service",
                   f"FED sworn row issued {iss2}, {'serving' if sep2 is None else 'separated ' + iso(sep2)}, >=15 months at {h}")
        elif variant == "fed_tso":
            sep_m = r.randint(42, 80)
            iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(18, 60))
            g.row(p, "FED", "sec", sep1 + dt.timedelta(days=r.randint(30, 120)), None, "Active")
            e, why = recall_or_remed(hire_id, h, f"{a} sworn separated {sep1} (>3y before {h}); FED row is "
                                                 f"Transportation Security Officer (security, not LEO)")
            expect(hire_id, e, "old state sworn, recent federal TSO", why)
        elif variant == "fed_before_out":
            sep_m = r.randint(42, 80)
            iss1 = before(h, sep_m + r.randint(18, 60))
            sep1 = before(h, sep_m, r.randint(0, 20))
            g.row(p, "FED", "sworn", iss1, sep1, "Inactive")
            g.row(p, a, "corr", sep1 + dt.timedelta(days=r.randint(30, 120)), None, "Active")
            e, why = recall_or_remed(hire_id, h, f"FED LEO service ended {sep1} (>3y before {h}); "
                                                 f"current {a} row is corrections")
            expect(hire_id, e, "federal LEO long ago, then state corrections", why)
        elif variant == "fed_before_in":
            sep_m = r.randint(6, 24)
            iss1 = before(h, sep_m + r.randint(18, 60))
            sep1 = before(h, sep_m, r.randint(0, 20))
            g.row(p, "FED", "sworn", iss1, sep1, "Inactive")
            g.row(p, a, r.choice(["corr", "disp"]), sep1 + dt.timedelta(days=r.randint(20, 60)), None, "Active")
            expect(hire_id, "VERIFIED_LEO", "federal LEO recently, then state non-sworn job",
                   f"FED sworn {iss1}..{sep1}: >=18 months, separated ~{sep_m} months before {h}")
        elif variant == "fed_bop":
            iss2 = before(h, r.randint(20, 80))
            g.row(p, a, "disp", add_months(iss2, -r.randint(14, 40)), iss2 - dt.timedelta(days=30), "Inactive")
            g.row(p, "FED", "corr", iss2, None, "Active")
            e, why = recall_or_remed(hire_id, h, "FED row is Bureau of Prisons Correctional Officer "
                                                 "(corrections); state row is dispatch")
            expect(hire_id, e, "federal corrections (BOP) + dispatch", why)

    def s_blank(variant):
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        if variant == "issued_only":
            c0 = before(h, r.randint(70, 120))
            g.row(p, b, "corr", c0, add_months(c0, r.randint(14, 30)), "Inactive")
            g.row(p, a, "sworn", None, None, "Active")
            expect(hire_id, "MANUAL_REVIEW", "only sworn row: status Active, issued_date blank",
                   f"{a} sworn row still serving but issued_date unknown: 12-month service cannot be shown "
                   f"or ruled out (blank means unknown, never 'no'); corrections row ended years ago")
        elif variant == "issued_extra":
            g.row(p, a, r.choice(["sworn", "resv"]), None, before(h, r.randint(50, 90)), "Inactive")
            iss2 = before(h, r.randint(18, 60))
            g.row(p, b, "sworn", iss2, None, "Active")
            expect(hire_id, "VERIFIED_LEO", "blank issued_date on an old row; other row qualifies",
                   f"{b} sworn issued {iss2}, active, >=18 months at {h}")
        elif variant == "status_only":
            sep_m = r.randint(6, 20)
            iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(24, 90), status="")
            g.row(p, b, "disp", sep1 + dt.timedelta(days=30), None, "Active")
            expect(hire_id, "MANUAL_REVIEW", "only sworn row has blank status",
                   f"{a} sworn {iss1}..{sep1}: service and window fine, status blank = unknown (could be revoked); "
                   f"no decert action on file; cannot verify or rule out")
        elif variant == "status_irrelevant":
            sep_m = r.randint(50, 90)
            iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(24, 90), status="")
            g.row(p, b, "corr", sep1 + dt.timedelta(days=30), None, "Active")
            e, why = recall_or_remed(hire_id, h, f"{a} sworn separated {sep1} (>3y before {h}) - fails regardless "
                                                 f"of its blank status; current row corrections")
            expect(hire_id, e, "blank status on a sworn row outside window", why)

    def s_active_but_separated_out():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        sep_m = r.randint(42, 70)
        iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(24, 90), status="Active")
        g.row(p, b, "disp", sep1 + dt.timedelta(days=60), None, "Active")
        e, why = recall_or_remed(hire_id, h, f"{a} sworn certificate still 'Active' but person separated {sep1} "
                                             f"(~{sep_m} months >3y before {h}); current job dispatch")
        expect(hire_id, e, "status Active but separated >3 years", why)

    def s_overlap():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        sep = h + dt.timedelta(days=r.randint(5, 25))
        iss = add_months(sep, -r.randint(30, 90))
        g.row(p, b, "corr", add_months(iss, -24), iss - dt.timedelta(days=40), "Inactive")
        g.row(p, a, "sworn", iss, sep, "Inactive")
        expect(hire_id, "VERIFIED_LEO", "old sworn row separated a few days AFTER hire_date",
               f"{a} sworn {iss}..{sep}: serving on {h}, >=29 months")

    def s_namesake(variant):
        # variant: ns_sworn (namesake has sworn, hire corrections), twin_sworn, ns_corr, twin_decert
        twin = variant.startswith("twin")
        hire_id, p, h = std_hire()
        other = dict(p)
        if twin:
            pool = FEMALE if not p["female"] else MALE
            other["first"] = r.choice([n for n in pool if n[0] != p["first"][0]])
            other["female"] = not p["female"]
            other["middle"] = r.choice(MIDDLES_F if other["female"] else MIDDLES_M)
        else:
            other["dob"] = dt.date(p["dob"].year + r.choice([-6, -5, -4, 4, 5, 6]),
                                   (p["dob"].month + 4) % 12 + 1, min(28, p["dob"].day + 3))
            other["middle"] = r.choice(MIDDLES_F if p["female"] else MIDDLES_M)
        g.people.append((other["first"], other["last"], other["dob"]))
        a, b, c = g.states(3)
        rel = "twin (same surname and DOB, first name %s)" % other["first"] if twin else \
              "namesake (same name, DOB %s)" % other["dob"]
        if variant in ("ns_sworn", "twin_sworn"):
            i1 = before(h, r.randint(60, 120))
            s1 = before(h, r.randint(30, 59))
            g.row(other, a, "sworn", i1, s1, "Inactive", style="exact")
            g.row(other, b, "sworn", s1 + dt.timedelta(days=40), None, "Active", style="exact")
            kind = "corr" if variant == "ns_sworn" else "disp"
            j1 = before(h, r.randint(50, 100))
            k1 = before(h, r.randint(20, 45))
            g.row(p, c, kind, j1, k1, "Inactive")
            g.row(p, a, kind, k1 + dt.timedelta(days=30), None, "Active")
            e, why = recall_or_remed(hire_id, h, f"hire's own rows are {kind} only; the active sworn career belongs to "
                                                 f"the {rel} and must not link")
            expect(hire_id, e, f"{'twin' if twin else 'namesake'} has sworn career; hire non-sworn", why)
        else:
            i1 = before(h, r.randint(40, 100))
            s1 = before(h, r.randint(2, 12))
            g.row(p, a, "sworn", i1, s1, "Inactive", style="exact")
            i2 = s1 + dt.timedelta(days=20)
            g.row(p, b, "sworn", i2, h - dt.timedelta(days=5), "Inactive", style="exact")
            o1 = before(h, r.randint(50, 90))
            g.row(other, c, "sworn" if twin else "corr", o1, before(h, r.randint(20, 40)),
                  "Revoked" if twin else "Inactive", style="exact")
            g.decert(other, c, "Revoked", before(h, r.randint(6, 18)), "Misconduct")
            expect(hire_id, "VERIFIED_LEO", f"hire sworn; {rel} has a decertification",
                   f"hire's {a} sworn {i1}..{s1} (>=28 months, separated <1y before {h}) qualifies; the decert "
                   f"action belongs to the {rel}")

    def maiden_hire():
        p = g.new_person(female=True)
        p["orig_middle"] = r.choice(MIDDLES_F)
        p["maiden"] = g.rare.pop()
        p["middle"] = p["maiden"]
        hire_id, p, h = new_hire(person=p)
        g.people.append((p["first"], p["maiden"], p["dob"]))
        train(hire_id, h, SHORT, "completed")
        return hire_id, p, h

    def s_maiden(variant):
        hire_id, p, h = maiden_hire()
        a, b = g.states(2)
        if variant == "only_maiden_qualifies":
            sep_m = r.randint(3, 18)
            iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(20, 80), style="maiden")
            g.row(p, b, "corr", sep1 + dt.timedelta(days=30), None, "Active", style="married")
            expect(hire_id, "VERIFIED_LEO|MANUAL_REVIEW", "qualifying sworn row is under maiden surname",
                   f"{a} sworn row for {p['first']} {p['orig_middle']} {p['maiden']} (same DOB; maiden = hire's middle "
                   f"name) {iss1}..{sep1}, separated ~{sep_m} months before {h}; contract allows maiden names")
        else:
            sep_m = r.randint(48, 90)
            iss1, sep1 = sworn_sep(p, a, h, sep_m, r.randint(20, 60), style="maiden")
            iss2 = before(h, r.randint(18, 40))
            g.row(p, b, "sworn", iss2, None, "Active", style="married")
            expect(hire_id, "VERIFIED_LEO", "maiden-name old row, married-name active sworn row",
                   f"{b} sworn under married name (maiden as middle) issued {iss2}, active >=18 months at {h}")

    def s_nick_decisive():
        p = g.new_person()
        while p["first"] not in NICK:
            p["first"] = r.choice(FEMALE if p["female"] else MALE)
        hire_id, p, h = new_hire(person=p)
        train(hire_id, h, SHORT, "completed")
        a, b = g.states(2)
        c0 = before(h, r.randint(60, 100))
        g.row(p, b, "corr", c0, add_months(c0, 20), "Inactive", style="exact")
        iss = before(h, r.randint(18, 50))
        g.row(p, a, "sworn", iss, None, "Active", style="nick")
        expect(hire_id, "VERIFIED_LEO", "only qualifying row uses a nickname",
               f"{a} sworn row for {NICK[p['first']]} {p['last']} (same DOB) issued {iss}, active >=18 months at {h}")

    def s_verified_and_basic():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        iss = before(h, r.randint(20, 60))
        g.row(p, b, "disp", add_months(iss, -30), iss - dt.timedelta(days=20), "Inactive")
        g.row(p, a, "sworn", iss, None, "Active")
        train(hire_id, h, BASIC, "completed", start_m=4)
        expect(hire_id, "VERIFIED_LEO", "verified and also completed basic course",
               f"{a} sworn issued {iss}, active >=20 months at {h}; verified beats REMEDIATED")

    def s_three_states(ok):
        hire_id, p, h = std_hire()
        a, b, c, d = g.states(4)
        if ok:
            iss3 = before(h, r.randint(14, 30))
        else:
            iss3 = before(h, r.randint(3, 9))
        sep2 = iss3 - dt.timedelta(days=r.randint(20, 60))
        if not ok:
            sep2 = min(sep2, before(h, r.randint(41, 55)))
        iss2 = add_months(sep2, -r.randint(14, 40))
        sep1 = iss2 - dt.timedelta(days=r.randint(20, 60))
        iss1 = add_months(sep1, -r.randint(12, 36))
        g.row(p, a, "disp", iss1, sep1, "Inactive")
        g.row(p, b, "sworn", iss2, sep2, g.sep_status(months_between(sep2, h)))
        if not ok:
            g.row(p, d, "corr", sep2 + dt.timedelta(days=45), iss3 - dt.timedelta(days=15), "Inactive")
        g.row(p, c, "sworn", iss3, None, "Active")
        if r.random() < 0.5:
            g.row(p, "FED", "sec", add_months(iss1, -30), iss1 - dt.timedelta(days=40), "Inactive")
        if ok:
            expect(hire_id, "VERIFIED_LEO", "dispatch -> sworn -> sworn across states",
                   f"{c} sworn issued {iss3}, active >=14 months at {h}")
        else:
            e, why = recall_or_remed(hire_id, h, f"{c} sworn issued {iss3} <12 months at {h}; {b} sworn separated "
                                                 f"{sep2} (>3y before hire); others non-sworn")
            expect(hire_id, e, "dispatch -> sworn -> corrections -> sworn (new, short)", why)

    def s_basic_track_short_course(ok):
        hire_id, p, h = new_hire(track="BASIC")
        train(hire_id, h, SHORT, "completed")
        a, b = g.states(2)
        iss = before(h, r.randint(20, 60))
        g.row(p, b, "disp", add_months(iss, -30), iss - dt.timedelta(days=20), "Inactive")
        g.row(p, a, "sworn" if ok else "corr", iss, None, "Active")
        if ok:
            expect(hire_id, "VERIFIED_LEO", "screening_track BASIC but took the short course",
                   f"training ERO-LEO-VIRT puts the hire on the short track; {a} sworn issued {iss} active >=20 months")
        else:
            expect(hire_id, "RECALL", "screening_track BASIC but took the short course; corrections only",
                   "training ERO-LEO-VIRT puts the hire on the short track; no sworn row; no basic course")

    def s_lapsed_blank_sep():
        hire_id, p, h = std_hire()
        a, b = g.states(2)
        iss = before(h, r.randint(30, 90))
        g.row(p, b, "corr", add_months(iss, -30), iss - dt.timedelta(days=20), "Inactive")
        g.row(p, a, "sworn", iss, None, "Lapsed")
        expect(hire_id, "VERIFIED_LEO|MANUAL_REVIEW", "only sworn row: status Lapsed, separation blank",
               f"{a} sworn issued {iss}; blank separation = still employed per contract, lapsed is not "
               f"revoked/suspended -> literal VERIFIED; status/separation conflict justifies review")

    plan = (
        [s_lateral_active] * 12 + [s_lateral_recent_sep] * 8 + [s_new_short_old_in] * 6
        + [s_new_short_old_out] * 7 + [s_split_service] * 7
        + [lambda: s_prior_then_sworn("corr", True)] * 6 + [lambda: s_prior_then_sworn("corr", False)] * 4
        + [lambda: s_prior_then_sworn("resv", True)] * 3 + [lambda: s_prior_then_sworn("resv", False)] * 3
        + [lambda: s_prior_then_sworn("disp", True)] * 3 + [lambda: s_prior_then_sworn("disp", False)] * 2
        + [lambda: s_police_to_corr(True)] * 5 + [lambda: s_police_to_corr(False)] * 4
        + [lambda: s_lapse_recert("ok")] * 3 + [lambda: s_lapse_recert("short")] * 3
        + [lambda: s_lapse_recert("after_out")] * 2 + [lambda: s_lapse_recert("after_in")] * 2
        + [lambda: s_revoked_row_other_active("Revoked")] * 3
        + [lambda: s_revoked_row_other_active("Suspended")] * 2
        + [lambda: s_decert("before", "Revoked")] * 3 + [lambda: s_decert("before", "Suspended")] * 2
        + [lambda: s_decert("on", "Revoked"), lambda: s_decert("on", "Suspended")]
        + [lambda: s_decert("after", "Revoked")] * 2 + [lambda: s_decert("after", "Suspended")]
        + [s_decert_after_only_row] * 2
        + [lambda: s_decert("before", "Revoked", maiden=True)] * 2
        + [lambda: s_decert("before", "Surrendered"), lambda: s_decert("before", "Voluntary Surrender")]
        + [s_suspension_served]
        + [lambda: s_fed("fed_after_state")] * 4 + [lambda: s_fed("fed_tso")] * 2
        + [lambda: s_fed("fed_before_out")] * 2 + [lambda: s_fed("fed_before_in")] * 2
        + [lambda: s_fed("fed_bop")]
        + [lambda: s_blank("issued_only")] * 3 + [lambda: s_blank("issued_extra")] * 2
        + [lambda: s_blank("status_only")] * 2 + [lambda: s_blank("status_irrelevant")] * 2
        + [s_active_but_separated_out] * 2 + [s_overlap] * 2
        + [lambda: s_namesake("ns_sworn")] * 2 + [lambda: s_namesake("twin_sworn")] * 2
        + [lambda: s_namesake("ns_corr"), lambda: s_namesake("twin_decert")]
        + [lambda: s_maiden("only_maiden_qualifies")] * 2 + [lambda: s_maiden("married_active")] * 2
        + [s_nick_decisive] * 2 + [s_verified_and_basic] * 2
        + [lambda: s_three_states(True)] * 3 + [lambda: s_three_states(False)] * 3
        + [lambda: s_basic_track_short_course(True), lambda: s_basic_track_short_course(False)]
        + [s_lapsed_blank_sep] * 2
    )
    r.shuffle(plan)
    for f in plan:
        f()
    n_short = len(g.hires)

    # ------------------------------------------------ full-track hires (NOT_APPLICABLE)
    for i in range(10):
        hire_id, p, h = new_hire(track="BASIC")
        st = "completed" if i % 3 else "enrolled"
        train(hire_id, h, BASIC, st)
        if i % 2 == 0:
            a = g.states(1)[0]
            iss = before(h, r.randint(20, 60))
            g.row(p, a, "sworn" if i % 4 == 0 else "corr", iss, None, "Active")
        expect(hire_id, "NOT_APPLICABLE", "full track (BASIC screening, basic course)",
               f"screening_track BASIC, FLETC-BIETP {st}, no short-track course")

    # ------------------------------------------------ background registry people
    hire_people = list(g.people)
    surnames = sorted({x[1] for x in hire_people})
    hire_first_by_last = {}
    for f, l, d in hire_people:
        hire_first_by_last.setdefault(l, set()).update({f, NICK.get(f, f)})
    hire_lastdob = {(l, d) for f, l, d in hire_people}
    hire_lastyear = {}
    for f, l, d in hire_people:
        hire_lastyear.setdefault(l, []).append(d)

    def lev(a, b):
        a, b = a.lower(), b.lower()
        prev = list(range(len(b) + 1))
        for i, ca in enumerate(a, 1):
            cur = [i]
            for j, cb in enumerate(b, 1):
                cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
            prev = cur
        return prev[-1]

    bg = 0
    tries = 0
    while bg < 260 and tries < 10000:
        tries += 1
        female = r.random() < 0.35
        first = r.choice(FEMALE if female else MALE)
        mode = r.random()
        if mode < 0.35:
            last = r.choice(surnames)
        elif mode < 0.8:
            last = r.choice(COMMON)
        else:
            last = r.choice(RARE)
        if mode < 0.2 and last in hire_lastyear:     # same surname AND same birth year as a hire
            y = r.choice(hire_lastyear[last]).year
            dob = dt.date(y, r.randint(1, 12), r.randint(1, 28))
        else:
            dob = dt.date(r.randint(1960, 2000), r.randint(1, 12), r.randint(1, 28))
        # safety: never an accidental match with a hire (or a scenario person)
        bad = False
        for f, l, d in hire_people:
            if l != last:
                continue
            if d == dob:
                bad = True
            if abs((d - dob).days) < 3 * 365 and (
                    lev(f, first) <= 2 or NICK.get(f) == first or NICK.get(first) == f or first == f):
                bad = True
        if (last, dob) in hire_lastdob or bad:
            continue
        p = {"first": first, "middle": r.choice(["", r.choice(MIDDLES_F if female else MIDDLES_M)]),
             "last": last, "dob": dob, "female": female}
        bg += 1
        ref = dt.date(2023, 6, 1)
        nrows = r.choice([1, 1, 2, 2, 3])
        end = ref - dt.timedelta(days=r.randint(-400, 2000))
        for k in range(nrows):
            src = r.choice(STATES + ["FED"])
            kinds = ["sworn", "sworn", "corr", "disp", "resv"] if src != "FED" else ["sworn", "sec", "corr"]
            kind = r.choice(kinds)
            start = add_months(end, -r.randint(8, 90))
            current = (k == 0 and end > ref)
            st = "Active" if current else r.choice(["Inactive", "Lapsed", "Inactive", "Revoked", "Active"])
            g.row(p, src, kind, start, None if current else end, st, style="exact")
            if st == "Revoked" and r.random() < 0.7:
                g.decert(p, src, r.choice(["Revoked", "revoked"]), end + dt.timedelta(days=r.randint(10, 300)),
                         "Misconduct")
            end = start - dt.timedelta(days=r.randint(20, 400))
        if r.random() < 0.04:
            g.decert(p, r.choice(STATES), r.choice(["Surrendered", "Suspended"]),
                     ref - dt.timedelta(days=r.randint(0, 1500)), "Administrative")

    # ------------------------------------------------ write
    os.makedirs(out, exist_ok=True)

    def write(name, rows, cols, datefmt=None):
        with open(os.path.join(out, name), "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=cols)
            w.writeheader()
            for row in rows:
                row = dict(row)
                if datefmt:
                    for c in ("date_of_birth", "issued_date", "separation_date"):
                        if row[c]:
                            y, m, d = row[c].split("-")
                            row[c] = f"{m}/{d}/{y}"
                w.writerow(row)

    write("hires.csv", g.hires, ["hire_id", "first_name", "middle_name", "last_name", "suffix",
                                 "date_of_birth", "hire_date", "position_title", "job_series",
                                 "field_office", "screening_track", "screening_basis", "resume_text"])
    write("training.csv", g.training, ["hire_id", "course_code", "course_title", "delivery",
                                       "start_date", "end_date", "status"])
    ccols = ["record_id", "source", "first_name", "middle_name", "last_name", "date_of_birth",
             "certification_type", "status", "issued_date", "separation_date", "agency"]
    for s, rows in g.certs.items():
        rows = sorted(rows, key=lambda x: (x["last_name"], x["first_name"], x["record_id"]))
        # Georgia's extract uses US dates (contract: MM/DD/YYYY must be accepted)
        write(f"certifications_{s.lower()}.csv", rows, ccols, datefmt=(s == "GA"))
    write("decertifications.csv", sorted(g.decerts, key=lambda x: x["record_id"]),
          ["record_id", "source", "first_name", "last_name", "date_of_birth", "action",
           "action_date", "reason"])
    with open(expected_path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["hire_id", "expected_determination", "case", "why"])
        w.writeheader()
        for e in sorted(g.expected, key=lambda x: x["hire_id"]):
            w.writerow(e)
    print(f"hires: {len(g.hires)} ({n_short} short-track), cert rows: "
          f"{sum(len(v) for v in g.certs.values())}, decerts: {len(g.decerts)}, background people: {bg}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--expected", default=None)
    a = ap.parse_args()
    exp = a.expected or os.path.join(os.path.dirname(os.path.abspath(a.out)), "expected.csv")
    build(a.out, exp)
