"""Independent generator for leo-audit held-out set (contract-only)."""
import random, datetime as dt, unicodedata, os, sys, json
import pandas as pd
R = random.Random(20261124)
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
os.makedirs(OUT, exist_ok=True)
D = dt.date

MALE = ["James","John","Robert","Michael","William","David","Richard","Joseph","Thomas","Charles","Christopher","Daniel","Matthew","Anthony","Mark","Donald","Steven","Paul","Andrew","Joshua","Kenneth","Kevin","Brian","George","Timothy","Ronald","Edward","Jason","Jeffrey","Ryan","Jacob","Gary","Nicholas","Eric","Jonathan","Stephen","Larry","Justin","Scott","Brandon","Benjamin","Samuel","Gregory","Alexander","Patrick","Frank","Raymond","Jack","Dennis","Jerry","Tyler","Aaron","Jose","Adam","Nathan","Henry","Zachary","Douglas","Peter","Kyle","Noah","Ethan","Jeremy","Walter","Christian","Keith","Roger","Terry","Austin","Sean","Gerald","Carl","Harold","Dylan","Arthur","Lawrence","Jordan","Jesse","Bryan","Billy","Bruce","Gabriel","Joe","Logan","Alan","Juan","Albert","Willie","Elijah","Wayne","Randy","Vincent","Mason","Roy","Ralph","Bobby","Russell","Bradley","Philip","Eugene","Luis","Carlos","Miguel","Jesús","Andrés","Raúl","Nguyen","Wei","Hiroshi","Dmitri","Tariq","Oluwaseun","Declan","Ángel","Efraín"]
FEMALE = ["Mary","Patricia","Jennifer","Linda","Elizabeth","Barbara","Susan","Jessica","Sarah","Karen","Lisa","Nancy","Betty","Sandra","Margaret","Ashley","Kimberly","Emily","Donna","Michelle","Carol","Amanda","Melissa","Deborah","Stephanie","Dorothy","Rebecca","Sharon","Laura","Cynthia","Amy","Kathleen","Angela","Shirley","Brenda","Emma","Anna","Pamela","Nicole","Samantha","Katherine","Christine","Helen","Debra","Rachel","Carolyn","Janet","Maria","Catherine","Heather","Diane","Olivia","Julie","Joyce","Victoria","Ruth","Virginia","Lauren","Kelly","Christina","Joan","Evelyn","Judith","Andrea","Hannah","Megan","Cheryl","Jacqueline","Martha","Madison","Teresa","Gloria","Sara","Janice","Ann","Kathryn","Abigail","Sophia","Frances","Jean","Alice","Judy","Isabella","Julia","Grace","Amber","Denise","Danielle","Marilyn","Beverly","Charlotte","Natalie","Theresa","Diana","Brittany","Doris","Kayla","Alexis","Lori","Marie","Guadalupe","Sofía","Inés","Mónica","Zoë","Siobhan","Mei","Priya","Aaliyah","Chloé"]
SURN = ["Smith","Johnson","Williams","Brown","Jones","Garcia","Miller","Davis","Rodriguez","Martinez","Hernandez","Lopez","Gonzalez","Wilson","Anderson","Thomas","Taylor","Moore","Jackson","Martin","Lee","Perez","Thompson","White","Harris","Sanchez","Clark","Ramirez","Lewis","Robinson","Walker","Young","Allen","King","Wright","Scott","Torres","Nguyen","Hill","Flores","Green","Adams","Nelson","Baker","Hall","Rivera","Campbell","Mitchell","Carter","Roberts","Gomez","Phillips","Evans","Turner","Diaz","Parker","Cruz","Edwards","Collins","Reyes","Stewart","Morris","Morales","Murphy","Cook","Rogers","Gutierrez","Ortiz","Morgan","Cooper","Peterson","Bailey","Reed","Kelly","Howard","Ramos","Kim","Cox","Ward","Richardson","Watson","Brooks","Chavez","Wood","James","Bennett","Gray","Mendoza","Ruiz","Hughes","Price","Alvarez","Castillo","Sanders","Patel","Myers","Long","Ross","Foster","Jimenez","Kowalczyk","Lindqvist","Okonkwo","Brzezinski","Haugen","Vang","Xiong","Abernathy","Fitzgerald","O'Brien","McAllister","Delacroix","Szymanski","Thibodeaux","Yazzie","Begay","Nakamura","Castañeda","Peña","Muñoz","Ibáñez","Nuñez","Schäfer","Løvaas","Żukowski","Ó Súilleabháin","Van der Berg","De la Cruz","St. Germain","Quiñones","Villaseñor","Wojciechowski","Pietrzak","Gunderson","Halvorsen","Bjornstad","Oyelaran","Abdirahman","Warsame","Tran","Pham","Huynh","Delgado","Aguilar","Vasquez","Salazar","Fuentes","Cabrera","Cardenas","Espinoza","Ochoa","Trujillo","Zamora","Montoya","Ybarra","Archuleta","Bustamante"]
NICK = {"Robert":"Bob","William":"Bill","James":"Jim","Richard":"Rick","Thomas":"Tom","Joseph":"Joe","Michael":"Mike","Christopher":"Chris","Daniel":"Dan","Anthony":"Tony","Steven":"Steve","Kenneth":"Ken","Timothy":"Tim","Edward":"Ed","Jeffrey":"Jeff","Nicholas":"Nick","Gregory":"Greg","Patrick":"Pat","Raymond":"Ray","Samuel":"Sam","Benjamin":"Ben","Elizabeth":"Beth","Katherine":"Kathy","Margaret":"Peggy","Jennifer":"Jenny","Patricia":"Patty","Deborah":"Debbie","Rebecca":"Becky","Kimberly":"Kim","Pamela":"Pam","Cynthia":"Cindy","Susan":"Sue","Victoria":"Vicky","Samantha":"Sam","Abigail":"Abby"}
FIRST = MALE + FEMALE
STATES = ["TX","MN","OH","GA","AZ"]   # loaded + FED
UNLOADED = [("NV","Reno Police Department","Police Officer"),("NV","Washoe County Sheriff's Office","Deputy Sheriff"),("CA","Fresno Police Department","Police Officer"),("CA","Los Angeles County Sheriff's Department","Deputy Sheriff"),("FL","Miami-Dade Police Department","Police Officer"),("WA","Washington State Patrol","State Trooper"),("CO","Denver Police Department","Patrol Officer"),("NM","Albuquerque Police Department","Police Officer"),("IL","Chicago Police Department","Police Officer")]
AGENCIES = {"TX":["Austin Police Department","Harris County Sheriff's Office","Dallas Police Department","Texas Department of Public Safety","El Paso Police Department","Travis County Sheriff's Office"],
 "MN":["Minneapolis Police Department","Hennepin County Sheriff's Office","St. Paul Police Department","Minnesota State Patrol","Duluth Police Department"],
 "OH":["Columbus Division of Police","Cleveland Police Department","Franklin County Sheriff's Office","Ohio State Highway Patrol","Cincinnati Police Department"],
 "GA":["Atlanta Police Department","Fulton County Sheriff's Office","Georgia State Patrol","Savannah Police Department","Cobb County Police Department"],
 "AZ":["Phoenix Police Department","Maricopa County Sheriff's Office","Tucson Police Department","Arizona Department of Public Safety","Mesa Police Department"],
 "FED":["U.S. Immigration and Customs Enforcement","U.S. Customs and Border Protection","U.S. Marshals Service","Drug Enforcement Administration","Federal Bureau of Investigation"]}
SWORN = {"TX":["Basic Peace Officer License","TCOLE Peace Officer","Peace Officer License","Master Peace Officer Certificate"],
 "MN":["Peace Officer License","POST Licensed Peace Officer"],
 "OH":["Peace Officer Basic Certificate","Police Officer Standards - Full Time","OPOTC Peace Officer Certificate"],
 "GA":["PEACE OFFICER CERTIFICATION","POST BASIC CERTIFICATE - PEACE OFFICER","POLICE OFFICER"],
 "AZ":["Full Authority Peace Officer","AZPOST Certified Peace Officer"],
 "FED":["Federal Law Enforcement Officer (GS-1811)","Deportation Officer (GS-1801 LEO)","CBP Officer (GS-1895)","Deputy U.S. Marshal","Special Agent (GS-1811)"]}
NONSWORN = {"TX":["Jailer License","Telecommunicator License","Reserve Law Enforcement Officer","County Corrections Officer"],
 "MN":["Reserve Officer","Correctional Officer"],
 "OH":["Corrections Officer Basic","Private Security Officer","Telecommunicator","Reserve Deputy"],
 "GA":["JAIL OFFICER","COMMUNICATIONS OFFICER (911)","CORRECTIONAL OFFICER","PROBATION OFFICER"],
 "AZ":["Detention Officer","Reserve Deputy","Adult Probation Officer"],
 "FED":["Federal Correctional Officer (BOP)","Telecommunications Equipment Operator","Federal Protective Service Security Guard (contract)"]}
ACT = ["active","Active","ACTIVE"]; INACT=["inactive","Inactive","INACTIVE"]; LAPSED=["lapsed","Lapsed","LAPSED"]
REV=["revoked","Revoked","REVOKED"]; SUSP=["suspended","Suspended","SUSPENDED"]

def strip(s): return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
def norm(s): return "".join(c for c in strip(s or "").lower() if c.isalpha())
def rdate(a, b): return a + dt.timedelta(days=R.randint(0, (b - a).days))
def addy(d, y):
    try: return d.replace(year=d.year + y)
    except ValueError: return d.replace(year=d.year + y, day=28)
def addm(d, m):
    y, mo = divmod(d.month - 1 + m, 12)
    import calendar
    day = min(d.day, calendar.monthrange(d.year + y, mo + 1)[1])
    return D(d.year + y, mo + 1, day)

def person(female=None):
    female = R.random() < 0.3 if female is None else female
    f = R.choice(FEMALE if female else MALE)
    m = R.choice(FEMALE if female else MALE) if R.random() < 0.75 else ""
    if m == f: m = ""
    l = R.choice(SURN)
    dob = rdate(D(1962, 1, 1), D(2001, 12, 31))
    return dict(first=f, middle=m, last=l, dob=dob, female=female)

# ---------------- registry ----------------
cert_rows, decert_rows = [], []
rid = {s: 100000 for s in STATES + ["FED"]}
def new_rid(src):
    rid[src] += R.randint(1, 3)
    return f"{src}-{rid[src]:07d}" if src != "FED" else f"FED{rid[src]:08d}"

def add_cert(p, src, ctype, status, issued, sep, dob_override=None, name_override=None):
    n = name_override or p
    r = dict(record_id=new_rid(src), source=src, first_name=n["first"], middle_name=n["middle"], last_name=n["last"],
             date_of_birth=dob_override if dob_override is not None else p["dob"], certification_type=ctype,
             status=status, issued_date=issued, separation_date=sep, agency=R.choice(AGENCIES[src]))
    cert_rows.append(r); return r

hire_keys = set()   # (normlast, dob) reserved for hires
def bg_person():
    while True:
        p = person()
        if (norm(p["last"]), p["dob"]) not in hire_keys and (norm(p["last"]), swapdm(p["dob"])) not in hire_keys:
            return p
def swapdm(d):
    if d.day <= 12 and d.day != d.month: return D(d.year, d.day, d.month)
    return d

# ---------------- hires ----------------
hires, training, hist = [], [], []
truth = []
OFFICES = ["St. Paul","Houston","Atlanta","Phoenix","Cleveland","El Paso","San Antonio","Chicago","Denver","Seattle","Miami","Newark"]
TITLES = ["Deportation Officer","Immigration Enforcement Agent","Deportation Officer","Detention and Deportation Officer","Criminal Investigator"]
SERIES = {"Deportation Officer":"1801","Immigration Enforcement Agent":"1801","Detention and Deportation Officer":"1801","Criminal Investigator":"1811"}
hid = [0]
def new_hire(p, track, hire_date, resume, scenario, expected, note="", shortcourse=True, basic=None, noise=None):
    hid[0] += 1
    h_id = f"{hid[0]:06d}"
    hire_keys.add((norm(p["last"]), p["dob"]))
    f, m, l, sfx, dob = p["first"], p["middle"], p["last"], p.get("suffix", ""), p["dob"]
    title = R.choice(TITLES)
    tr_val = track
    if track == "LEO" and R.random() < 0.05: tr_val = R.choice(["leo", "Leo", " LEO"])
    if track == "BASIC" and R.random() < 0.05: tr_val = R.choice(["basic", "Basic"])
    basis = "keyword:officer" if track == "LEO" else R.choice(["", "no_leo_keyword", "manual"])
    hires.append(dict(hire_id=h_id, first_name=f, middle_name=m, last_name=l, suffix=sfx,
                      date_of_birth=dob, hire_date=hire_date, position_title=title, job_series=SERIES[title],
                      field_office=R.choice(OFFICES), screening_track=tr_val, screening_basis=basis, resume_text=resume))
    if shortcourse:
        st = R.choices(["completed", "enrolled", "withdrawn"], [85, 12, 3])[0]
        s = hire_date + dt.timedelta(days=R.randint(7, 30))
        training.append(dict(hire_id=h_id, course_code="ERO-LEO-VIRT", course_title="ERO LEO Virtual Transition Course",
                             delivery="online", start_date=s, end_date=s + dt.timedelta(days=28) if st == "completed" else None, status=st))
    if basic:
        s = hire_date + dt.timedelta(days=R.randint(60, 400))
        training.append(dict(hire_id=h_id, course_code="FLETC-BIETP", course_title="Basic Immigration Enforcement Training Program",
                             delivery="in_person", start_date=s, end_date=s + dt.timedelta(days=R.randint(90, 130)) if basic in ("completed",) else (s + dt.timedelta(days=R.randint(5,60)) if basic in ("withdrawn","failed") else None), status=basic))
    if R.random() < 0.3:
        training.append(dict(hire_id=h_id, course_code=R.choice(["ICE-ORIENT-01", "FIREARMS-QUAL", "SPANISH-TRN"]), course_title="Orientation / misc",
                             delivery=R.choice(["online", "in_person"]), start_date=hire_date + dt.timedelta(days=3), end_date=hire_date + dt.timedelta(days=5), status="completed"))
    truth.append(dict(hire_id=h_id, expected_determination=expected, scenario=scenario, note=note))
    return h_id

def add_hist(h_id, employer, title, state, start, end):
    hist.append(dict(hire_id=h_id, employer=employer, title=title, state=state, start_date=start, end_date=end))

OTHER = [("Senior Loan Officer","First Midwest Bank"),("Mortgage Loan Officer","Wells Fargo Home Mortgage"),("Environmental Health & Safety Officer","Acme Manufacturing"),
         ("Compliance Officer","Regions Bank"),("Chief Financial Officer","Brightline Logistics"),("Financial Aid Officer","Central Community College"),
         ("Information Security Officer","Humana"),("Customs Compliance Officer","DHL Supply Chain"),("Petty Officer Second Class","U.S. Navy"),
         ("Correctional Officer","Texas Department of Criminal Justice"),("Detention Officer","Maricopa County Sheriff's Office"),("Military Police (31B)","U.S. Army"),
         ("Security Officer","Allied Universal"),("Loss Prevention Officer","Target Corporation"),("911 Telecommunicator","Cobb County E-911"),
         ("Probation Officer","Hennepin County Community Corrections"),("Parole Officer","Ohio Adult Parole Authority"),("Reserve Deputy","Pinal County Sheriff's Office"),
         ("Animal Control Officer","City of Mesa"),("Code Enforcement Officer","City of Columbus")]
def resume_other(title, emp, a, b):
    return R.choice([f"{title}, {emp}, {a}-{b}. Responsible for daily operations and reporting.",
                     f"Experience: {emp} ({a} to {b}) - {title}. Strong communication skills.",
                     f"{title.upper()} | {emp} | {a}-{b}",
                     f"Worked as a {title.lower()} at {emp} from {a} until {b}; team lead for 3 years."])
ASPIRE = ["Criminal justice graduate. I hope to become a police officer and serve my community.",
          "Career goal: to become a federal law enforcement officer. Volunteer with Citizens Police Academy.",
          "Highly motivated applicant seeking a career as an officer with ICE. Currently working in retail.",
          "Dream job: police officer. BA Criminology, Arizona State University, 2022."]

def hdate():
    while True:
        d = rdate(D(2023, 1, 9), D(2025, 6, 30))
        if d.day <= 28: return d

def sworn_resume(agency, st, a, b):
    t = R.choice(["Patrol Officer","Police Officer","Deputy Sheriff","Sergeant","Detective","State Trooper"])
    return t, R.choice([f"{t}, {agency}, {st}, {a}-{b}. Patrol, arrests, report writing.",
                        f"{agency} ({st}) - {t} from {a} to {b}. FTO, SWAT team member.",
                        f"Sworn {t.lower()} with the {agency} {a}-{b}. Certified peace officer."])

def cert_person(p, h, src, ctype, status, issued, sep, resume=True):
    """Create cert + history + resume for certified hire."""
    r = add_cert(p, src, ctype, status, issued, sep)
    return r

# scenario helpers -------------------------------------------------------
def make_sworn_hire(scen, expected, note, hire_date=None, src=None, issued=None, sep="keep", status=None,
                    ctype=None, noise=None, basic=None, track="LEO", shortcourse=True, pre=None, female=None):
    p = person(female)
    h = hire_date or hdate()
    src = src or R.choice(STATES + ["FED"])
    if issued is None: issued = rdate(addy(h, -15), addy(h, -2))
    if sep == "keep": sep = None if R.random() < 0.6 else rdate(max(addm(issued, 14), addy(h, -2)), h - dt.timedelta(days=10))
    if status is None: status = R.choice(ACT) if sep is None else R.choice(INACT + LAPSED)
    ctype = ctype or R.choice(SWORN[src])
    reg = dict(p)
    hp = dict(p)
    if pre: pre(p, reg, hp)
    # registry may keep a dob override
    r = add_cert(reg, src, ctype, status, issued, sep, dob_override=reg.get("dob_reg"))
    if noise: noise(hp, reg, r)
    agency = r["agency"]
    t, res = sworn_resume(agency, src if src != "FED" else "", issued.year, (sep or h).year)
    if any(ctype in v for v in NONSWORN.values()):
        t = ctype
        res = ctype + ", " + agency + f", {issued.year}-{(sep or h).year}. Inmate supervision / communications duties." 
    if R.random() < 0.3: res = res.upper()
    h_id = new_hire(hp, track, h, res, scen, expected, note, shortcourse=shortcourse, basic=basic)
    if R.random() < 0.7:
        add_hist(h_id, agency, t, src if src != "FED" else "", issued, sep)
    if R.random() < 0.2:  # an earlier jailer cert in same state
        add_cert(reg, src if src != "FED" else "TX", R.choice(NONSWORN[src if src != "FED" else "TX"]), R.choice(INACT), addy(issued, -3), issued - dt.timedelta(days=30))
    return h_id, r, hp, h

# ---- 1 verified clean
for _ in range(260): make_sworn_hire("verified_clean", "VERIFIED_LEO", "sworn cert, in window, >=12m service")
# ---- verified with noise on hire side
def nz_nick(hp, reg, r):
    pass
def run_noise(kind, n, exp="VERIFIED_LEO", note=""):
    for _ in range(n):
        def pre(p, reg, hp, kind=kind):
            if kind == "nickname":
                f = R.choice(list(NICK)); p["first"] = reg["first"] = f; hp["first"] = NICK[f]
            elif kind == "nickname_registry":
                f = R.choice(list(NICK)); p["first"] = hp["first"] = f; reg["first"] = NICK[f]
            elif kind == "diacritics":
                f = R.choice(["José","Raúl","Jesús","Andrés","Sofía","Mónica","Inés","Efraín","Ángel"]); l = R.choice(["Castañeda","Peña","Muñoz","Ibáñez","Nuñez","Quiñones","Villaseñor"])
                hp["first"], hp["last"] = f, l; reg["first"], reg["last"] = strip(f).upper(), strip(l).upper()
            elif kind == "allcaps":
                hp["first"], hp["middle"], hp["last"] = hp["first"].upper(), hp["middle"].upper(), hp["last"].upper()
            elif kind == "suffix":
                sfx = R.choice(["Jr.", "Jr", "III", "II", "Sr."]); hp["suffix"] = sfx; reg["last"] = f"{reg['last']} {sfx.replace('.', '')}".upper() if R.random()<.5 else f"{reg['last']}, {sfx}"
            elif kind == "missing_middle":
                if not hp["middle"]: hp["middle"] = reg["middle"] = R.choice(MALE)
                hp["middle"] = "" if R.random() < .5 else hp["middle"][0]
                if hp["middle"] and R.random() < .5: hp["middle"] += "."
            elif kind == "hyphen_hire":
                other = R.choice(SURN); hp["last"] = f"{reg['last']}-{other}"
            elif kind == "hyphen_registry":
                other = R.choice(SURN); reg["last"] = f"{hp['last']}-{other}"
            elif kind == "maiden_as_middle":
                maiden = hp["last"]; married = R.choice(SURN)
                while married == maiden: married = R.choice(SURN)
                hp["first"] = reg["first"] = R.choice(FEMALE); hp["middle"] = maiden; hp["last"] = married; reg["middle"] = R.choice(["", R.choice(FEMALE)])
            elif kind == "typo_last":
                l = hp["last"]
                while len(norm(l)) < 6: l = R.choice(SURN); reg["last"] = l
                s = list(l); i = R.randint(2, len(s) - 2)
                s[i] = R.choice([c for c in "aeioustrnl" if c != s[i].lower()]); hp["last"] = "".join(s); reg["last"] = l
            elif kind == "swapped_dob":
                d = p["dob"]
                d = D(d.year, R.randint(1, 12), R.randint(1, 12))
                while d.day == d.month: d = D(d.year, R.randint(1, 12), R.randint(1, 12))
                reg["dob"] = d; hp["dob"] = D(d.year, d.day, d.month)
                hp["last"] = reg["last"] = R.choice(SURN[100:])   # uncommon surname: few namesakes
            elif kind == "middle_as_first":
                reg["first"] = hp["middle"] or R.choice(MALE); hp["middle"] = reg["first"]; reg["middle"] = ""
            elif kind == "registry_caps_no_middle":
                reg["first"], reg["last"], reg["middle"] = reg["first"].upper(), reg["last"].upper(), ""
        make_sworn_hire("verified_" + kind, exp, note, pre=pre)
for k, n in [("nickname", 30), ("nickname_registry", 20), ("diacritics", 25), ("allcaps", 25), ("suffix", 25), ("missing_middle", 25),
             ("hyphen_hire", 20), ("hyphen_registry", 20), ("maiden_as_middle", 20), ("typo_last", 25), ("swapped_dob", 25),
             ("registry_caps_no_middle", 25)]:
    run_noise(k, n)

run_noise("middle_as_first", 15, exp="VERIFIED_LEO|MANUAL_REVIEW", note="registry first name = hire middle name; not in contract's list of allowances")
# ---- boundaries
def boundary(scen, exp, note, n, f):
    for _ in range(n):
        h = hdate(); kw = f(h); make_sworn_hire(scen, exp, note, hire_date=h, **kw)
boundary("sep_2y", "VERIFIED_LEO", "separated ~2y before hire", 30, lambda h: dict(issued=addy(h, -10), sep=addy(h, -2), status=R.choice(INACT + LAPSED)))
boundary("sep_exact_3y", "VERIFIED_LEO", "separated exactly 3y before hire (no more than 3y)", 15, lambda h: dict(issued=addy(h, -9), sep=addy(h, -3), status=R.choice(INACT)))
boundary("sep_3y_minus_20d", "VERIFIED_LEO", "separated 3y-20d before hire", 15, lambda h: dict(issued=addy(h, -9), sep=addy(h, -3) + dt.timedelta(days=20), status=R.choice(INACT + LAPSED)))
boundary("sep_3y_plus_1d", "RECALL", "separated 3y+1d before hire", 15, lambda h: dict(issued=addy(h, -9), sep=addy(h, -3) - dt.timedelta(days=1), status=R.choice(INACT)))
boundary("sep_3y_plus_60d", "RECALL", "separated 3y+60d before hire", 15, lambda h: dict(issued=addy(h, -9), sep=addy(h, -3) - dt.timedelta(days=60), status=R.choice(INACT + LAPSED)))
boundary("sep_6y", "RECALL", "separated 6y before hire", 15, lambda h: dict(issued=addy(h, -14), sep=addy(h, -6), status=R.choice(INACT)))
boundary("serving_exact_12m", "VERIFIED_LEO", "issued exactly 12 months before hire, still serving", 15, lambda h: dict(issued=addm(h, -12), sep=None, status=R.choice(ACT)))
boundary("serving_13m", "VERIFIED_LEO", "issued 13 months before hire, still serving", 15, lambda h: dict(issued=addm(h, -13), sep=None, status=R.choice(ACT)))
boundary("serving_11m", "RECALL", "issued 11 months before hire", 20, lambda h: dict(issued=addm(h, -11), sep=None, status=R.choice(ACT)))
boundary("serving_12m_minus_1d", "RECALL", "issued 12 months minus 1 day before hire", 10, lambda h: dict(issued=addm(h, -12) + dt.timedelta(days=1), sep=None, status=R.choice(ACT)))
boundary("separated_short_service", "RECALL", "issued->separation 10 months, separated 1y ago", 15, lambda h: dict(issued=addy(h, -2) - dt.timedelta(days=300), sep=addy(h, -2), status=R.choice(INACT)))
boundary("issued_after_hire", "RECALL", "cert issued after hire date", 15, lambda h: dict(issued=h + dt.timedelta(days=R.randint(1, 200)), sep=None, status=R.choice(ACT)))
boundary("issued_on_hire", "RECALL", "cert issued on hire date (0 service)", 5, lambda h: dict(issued=h, sep=None, status=R.choice(ACT)))
boundary("status_revoked", "RECALL", "sworn cert status revoked", 20, lambda h: dict(status=R.choice(REV)))
boundary("status_suspended", "RECALL", "sworn cert status suspended", 15, lambda h: dict(status=R.choice(SUSP)))
boundary("status_lapsed_in_window", "VERIFIED_LEO", "lapsed status, separated 1y", 15, lambda h: dict(issued=addy(h, -6), sep=addy(h, -1), status=R.choice(LAPSED)))
boundary("fed_1811", "VERIFIED_LEO", "FED LEO service record", 20, lambda h: dict(src="FED"))
for src in STATES + ["FED"]:
    boundary("nonsworn_" + src, "RECALL", "only non-sworn cert (jailer/dispatch/reserve/corrections/probation)", 14, lambda h, src=src: dict(src=src, ctype=R.choice(NONSWORN[src])))

# decerts
def decert_for(p, src, date, action=None, dob=True):
    decert_rows.append(dict(record_id=f"D{src}-{len(decert_rows)+5000}", source=src, first_name=p["first"], last_name=p["last"],
                            date_of_birth=p["dob"] if dob else None, action=action or R.choice(["revoked", "Revoked", "surrendered", "suspended", "REVOKED"]),
                            action_date=date, reason=R.choice(["Felony conviction", "Untruthfulness", "Excessive force - sustained", "Failure to complete CE", "Voluntary surrender in lieu of discipline"])))
for scen, exp, off, n in [("decert_before_hire", "RECALL", lambda h: -R.randint(30, 900), 25), ("decert_on_hire_date", "RECALL", lambda h: 0, 8),
                          ("decert_after_hire", "VERIFIED_LEO", lambda h: R.randint(30, 400), 20)]:
    for _ in range(n):
        h_id, r, hp, h = make_sworn_hire(scen, exp, "sworn cert OK but decert action relative to hire date")
        p = dict(first=r["first_name"], last=r["last_name"], dob=r["date_of_birth"])
        decert_for(p, r["source"] if r["source"] != "FED" else "TX", h + dt.timedelta(days=off(h)))
for _ in range(12):
    h_id, r, hp, h = make_sworn_hire("decert_other_state_before_hire", "RECALL", "decert filed by another state for same person")
    decert_for(dict(first=r["first_name"], last=r["last_name"], dob=r["date_of_birth"]), R.choice([s for s in STATES if s != r["source"]]), h - dt.timedelta(days=R.randint(10, 500)))
for _ in range(12):
    h_id, r, hp, h = make_sworn_hire("decert_namesake_no_dob", "MANUAL_REVIEW", "qualifies but a decert with same name and no DOB dated before hire: identity unknown")
    decert_for(dict(first=r["first_name"], last=r["last_name"], dob=None), r["source"] if r["source"] != "FED" else "GA", h - dt.timedelta(days=R.randint(100, 900)), dob=False)

# multiple records: non-sworn + sworn, sworn best decides
for _ in range(20):
    h_id, r, hp, h = make_sworn_hire("jailer_then_sworn", "VERIFIED_LEO", "earlier jailer cert plus qualifying sworn cert")
    src = r["source"] if r["source"] != "FED" else "TX"
    add_cert(dict(first=r["first_name"], middle=r["middle_name"], last=r["last_name"], dob=r["date_of_birth"]), src, R.choice(NONSWORN[src]), R.choice(INACT), addy(h, -12), addy(h, -9))
# old sworn separated >3y but then current sworn in another state
for _ in range(15):
    h_id, r, hp, h = make_sworn_hire("old_sworn_plus_current", "VERIFIED_LEO", "one old out-of-window sworn cert, one current qualifying")
    src = R.choice([s for s in STATES if s != r["source"]])
    add_cert(dict(first=r["first_name"], middle=r["middle_name"], last=r["last_name"], dob=r["date_of_birth"]), src, R.choice(SWORN[src]), R.choice(INACT), addy(h, -15), addy(h, -8))

# ---- remediated & basic statuses (policy-failing sworn or no registry)
def no_reg_hire(scen, exp, note, kind=None, basic=None, track="LEO", shortcourse=True, female=None):
    p = person(female); h = hdate()
    kind = kind or R.choice(OTHER)
    a = R.randint(2008, h.year - 2); b = R.randint(a + 1, h.year)
    res = resume_other(kind[0], kind[1], a, b)
    if R.random() < 0.2: res = res.upper()
    h_id = new_hire(p, track, h, res, scen, exp, note, shortcourse=shortcourse, basic=basic)
    if R.random() < 0.7:
        add_hist(h_id, kind[1], kind[0], R.choice(STATES + ["NV", "CA", "VA"]), D(a, R.randint(1, 12), 1), D(b, R.randint(1, 12), 1) if b < h.year else None)
    return h_id, p, h

for i in range(300):
    kind = OTHER[i % len(OTHER)]
    no_reg_hire("recall_" + norm(kind[0])[:20], "RECALL", "no registry record; non-sworn officer job in resume", kind=kind)
for i in range(40):
    p = person(); h = hdate()
    new_hire(p, "LEO", h, R.choice(ASPIRE), "recall_aspirational", "RECALL", "aspirational resume only")
for b in ["enrolled", "withdrawn", "failed"]:
    for i in range(20): no_reg_hire("recall_basic_" + b, "RECALL", f"basic course {b}, not completed", basic=b)
for i in range(80): no_reg_hire("remediated_noreg", "REMEDIATED", "no registry, basic completed", basic="completed")
for i in range(20): make_sworn_hire("remediated_sep_window", "REMEDIATED", "sworn but separated 5y; basic completed", issued=D(2005, 3, 1), sep=D(2018, 1, 15), status="inactive", basic="completed", hire_date=rdate(D(2023, 6, 1), D(2025, 6, 1)))
for i in range(20): make_sworn_hire("remediated_nonsworn", "REMEDIATED", "non-sworn cert; basic completed", src="TX", ctype=R.choice(NONSWORN["TX"]), basic="completed")
for i in range(15): make_sworn_hire("verified_plus_basic", "VERIFIED_LEO", "verified and also completed basic later", basic="completed")

# ---- full track
for i in range(330):
    b = R.choices(["completed", "enrolled", "withdrawn", "failed"], [70, 20, 6, 4])[0]
    no_reg_hire("full_track", "NOT_APPLICABLE", "screening BASIC, no short course", basic=b, track="BASIC", shortcourse=False, kind=R.choice(OTHER + [("Sales Associate", "Home Depot"), ("Teacher", "Phoenix Union HSD")]))
for i in range(60):
    make_sworn_hire("full_track_sworn", "NOT_APPLICABLE", "full track even though certified", track="BASIC", shortcourse=False, basic="completed")
for i in range(30):
    make_sworn_hire("full_track_revoked", "NOT_APPLICABLE", "full track, revoked cert", track="BASIC", shortcourse=False, basic=R.choice(["completed", "enrolled"]), status="revoked")
# short track via course while screener said BASIC
for i in range(40): no_reg_hire("short_by_course_noreg", "RECALL", "screening BASIC but took ERO-LEO-VIRT; no registry", track="BASIC", shortcourse=True)
for i in range(30): make_sworn_hire("short_by_course_verified", "VERIFIED_LEO", "screening BASIC but took short course; verified", track="BASIC")

# ---- coverage gap & claims
for i in range(45):
    p = person(); h = hdate(); st, ag, t = R.choice(UNLOADED)
    a = R.randint(2010, h.year - 3); b = R.randint(max(a + 1, h.year - 2), h.year)
    res = R.choice([f"{t}, {ag}, {st}, {a}-{b}. Patrol, arrests, court testimony.", f"{ag} - {t} ({a} to {b}). Field training officer."])
    h_id = new_hire(p, "LEO", h, res, "coverage_gap_recent", "MANUAL_REVIEW", f"sworn job in unloaded {st}, ended within 3y")
    if R.random() < .7: add_hist(h_id, ag, t, st, D(a, 3, 1), D(b, 2, 1) if b < h.year else None)
for i in range(20):
    p = person(); h = hdate(); st, ag, t = R.choice(UNLOADED)
    a = R.randint(1995, 2005); b = a + R.randint(2, 8)
    res = f"{t}, {ag}, {st}, {a}-{b}. Then Senior Loan Officer, US Bank, {b}-{h.year}."
    h_id = new_hire(p, "LEO", h, res, "coverage_gap_old", "RECALL", f"sworn job in unloaded {st} ended {b}, >3y before hire")
    add_hist(h_id, ag, t, st, D(a, 3, 1), D(b, 6, 30)); add_hist(h_id, "US Bank", "Senior Loan Officer", "MN", D(b, 9, 1), None)
for i in range(30):
    p = person(); h = hdate(); st = R.choice(STATES); ag = R.choice(AGENCIES[st])
    a = R.randint(2012, h.year - 4); b = R.randint(a + 2, h.year)
    h_id = new_hire(p, "LEO", h, f"Police Officer, {ag}, {st}, {a}-{b}.", "claimed_loaded_not_in_registry", "RECALL", f"claims sworn job in loaded {st} but no cert")
    add_hist(h_id, ag, "Police Officer", st, D(a, 1, 15), D(b, 1, 15) if b < h.year else None)
for i in range(12):   # verified in TX + claims NV job
    h_id, r, hp, h = make_sworn_hire("verified_plus_unloaded_claim", "VERIFIED_LEO", "verified in registry; also claims NV job")
    add_hist(h_id, "Las Vegas Metropolitan Police Department", "Police Officer", "NV", addy(h, -3), addy(h, -1))
for i in range(12):   # coverage gap + basic completed
    p = person(); h = hdate(); st, ag, t = R.choice(UNLOADED)
    h_id = new_hire(p, "LEO", h, f"{t}, {ag}, {st}, {h.year-6}-{h.year-1}.", "coverage_gap_basic_completed", "REMEDIATED|MANUAL_REVIEW", "unloaded-state claim but basic completed", basic="completed")

# ---- identity hard cases
for i in range(20):   # hire DOB missing, registry has them
    h_id, r, hp, h = make_sworn_hire("hire_dob_missing", "MANUAL_REVIEW", "hire dob blank; registry name match is only a lead")
    hires[-1]["date_of_birth"] = None
for i in range(20):   # registry year-only dob
    h_id, r, hp, h = make_sworn_hire("registry_year_only", "MANUAL_REVIEW", "registry publishes birth year only", src="AZ", pre=lambda p, reg, hp: reg.__setitem__("dob_reg", str(p["dob"].year)))
for i in range(40):   # namesake far dob, hire not certified
    p = person(); h = hdate()
    q = dict(p); q["dob"] = rdate(D(1960, 1, 1), D(2000, 1, 1))
    while abs((q["dob"] - p["dob"]).days) < 800: q["dob"] = rdate(D(1960, 1, 1), D(2000, 1, 1))
    src = R.choice(STATES); add_cert(q, src, R.choice(SWORN[src]), R.choice(ACT), addy(h, -8), None)
    new_hire(p, "LEO", h, resume_other(*R.choice(OTHER), 2015, 2022), "namesake_other_dob", "RECALL", "registry namesake with different DOB")
for i in range(20):   # twin: same surname+dob, different first name
    p = person(); h = hdate(); q = dict(p); q["first"] = R.choice(["Tara","Wendy","Heidi","Leah","Naomi","Vera","Irene","Paige"] if p["female"] else ["Marcus","Derek","Travis","Wesley","Trevor","Colin","Felix","Grant"]); q["middle"] = ""
    src = R.choice(STATES); add_cert(q, src, R.choice(SWORN[src]), R.choice(ACT), addy(h, -8), None)
    new_hire(p, "LEO", h, resume_other(*R.choice(OTHER), 2014, 2023), "twin_sibling_certified", "RECALL", "sibling with same surname+DOB, other first name is certified")
for i in range(15):   # married name, no evidence in hire record
    def pre(p, reg, hp):
        hp["first"] = reg["first"] = R.choice(["Siobhan", "Priya", "Aaliyah", "Chloé", "Zoë", "Mei", "Guadalupe"]); reg["first"] = strip(hp["first"])
        hp["middle"] = ""; new = R.choice(SURN)
        while new == reg["last"]: new = R.choice(SURN)
        hp["last"] = new
    make_sworn_hire("married_name_no_evidence", "MANUAL_REVIEW|RECALL", "registry under maiden name, hire under married name, rare first name, same DOB", pre=pre, female=True)
for i in range(15):   # registry dob one digit off
    def pre(p, reg, hp):
        d = p["dob"]; reg["dob_reg"] = D(d.year, d.month, d.day + 1 if d.day < 28 else d.day - 1) if R.random() < .5 else D(d.year + (1 if d.year % 10 < 9 else -1), d.month, d.day)
    make_sworn_hire("registry_dob_keystroke", "MANUAL_REVIEW|RECALL", "registry DOB one keystroke off (same person in world)", pre=pre)
for i in range(10):  # two variations: nickname + typo in last
    def pre(p, reg, hp):
        f = R.choice(list(NICK)); reg["first"] = f; hp["first"] = NICK[f]
        l = R.choice([s for s in SURN if len(s) >= 7 and s.isalpha()]); reg["last"] = l; s = list(l); s[3] = "x" if s[3] != "x" else "z"; hp["last"] = "".join(s)
    make_sworn_hire("two_variations", "MANUAL_REVIEW|VERIFIED_LEO", "nickname + surname typo", pre=pre)

# ---- overrides
overrides = []
def pick(scen_prefix, k):
    return [t for t in truth if t["scenario"].startswith(scen_prefix)][:k]
for t, det, why in [(x, "VERIFIED_LEO", "Confirmed with Nevada POST by phone; certificate #NV-88213 active through hire date") for x in pick("coverage_gap_recent", 4)] + \
                   [(x, "RECALL", "Agency confirmed applicant was a reserve officer only") for x in pick("coverage_gap_recent", 50)[4:7]] + \
                   [(x, "VERIFIED_LEO", "Hire DOB missing in HR system; confirmed DOB from SF-85 matches registry") for x in pick("hire_dob_missing", 3)] + \
                   [(x, "RECALL", "Analyst: IA file shows misconduct finding; recall") for x in pick("verified_clean", 2)]:
    overrides.append(dict(hire_id=t["hire_id"], determination=det, reviewer=R.choice(["J. Alvarez", "K. Nguyen", "M. Okafor"]), reviewed_on=D(2025, 9, R.randint(1, 28)), justification=why))
    t["expected_determination"] = det; t["note"] += f" | OVERRIDE -> {det}"; t["scenario"] += "+override"

# ---- background registry
while len(cert_rows) < 52000:
    p = bg_person(); src = R.choice(STATES + ["FED"] + STATES)
    n = R.choices([1, 2, 3], [65, 28, 7])[0]
    issued = rdate(max(D(1985, 1, 1), addy(p["dob"], 21)), D(2025, 6, 1))
    for k in range(n):
        s = src if k == 0 or R.random() < .7 else R.choice(STATES)
        sworn = R.random() < 0.6
        ctype = R.choice(SWORN[s] if sworn else NONSWORN[s])
        sep = None if (R.random() < 0.45 or issued + dt.timedelta(days=200) > D(2025, 9, 1)) else rdate(issued + dt.timedelta(days=200), min(D(2025, 9, 1), issued + dt.timedelta(days=9000)))
        st = R.choice(ACT) if sep is None else R.choice(INACT + LAPSED + INACT)
        if R.random() < 0.03: st = R.choice(REV + SUSP)
        dob = p["dob"]
        if s == "AZ" and R.random() < 0.04: dob = str(dob.year)
        add_cert(p, s, ctype, st, issued, sep, dob_override=dob)
        issued = (sep or issued) + dt.timedelta(days=R.randint(30, 900))
        if issued > D(2025, 8, 1): break
    if R.random() < 0.01:
        decert_for(p, src if src != "FED" else "TX", rdate(D(2000, 1, 1), D(2025, 8, 1)), dob=R.random() < 0.9)

# ---- post-checks: leads caused by background for hires
truth_by = {t["hire_id"]: t for t in truth}
from collections import defaultdict
bg_yearonly = defaultdict(list); full = defaultdict(list)
for r in cert_rows:
    key = (norm(r["first_name"]), norm(r["last_name"]))
    d = r["date_of_birth"]
    if isinstance(d, str) or d is None: bg_yearonly[key].append(r)
    else: full[key].append(r)
dec_nodob = defaultdict(list)
for r in decert_rows:
    if r["date_of_birth"] is None: dec_nodob[(norm(r["first_name"]), norm(r["last_name"]))].append(r)
def keystroke(a, b):
    a, b = a.isoformat(), b.isoformat()
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
flag = 0
for h in hires:
    t = truth_by[h["hire_id"]]
    if t["expected_determination"] in ("NOT_APPLICABLE",) or "override" in t["scenario"]: continue
    key = (norm(h["first_name"]), norm(h["last_name"]))
    hd = h["date_of_birth"]
    notes = []
    for r in bg_yearonly.get(key, []):
        if hd is None or str(r["date_of_birth"]) == str(hd.year): notes.append(f"year-only namesake {r['record_id']}")
    if hd is not None:
        for r in full.get(key, []):
            if r["date_of_birth"] != hd and keystroke(r["date_of_birth"], hd) and t["scenario"] != "registry_dob_keystroke": notes.append(f"dob-keystroke namesake {r['record_id']}")
    for r in dec_nodob.get(key, []):
        if r["action_date"] <= h["hire_date"] and t["scenario"] != "decert_namesake_no_dob": notes.append(f"no-dob decert namesake {r['record_id']}")
    if hd is None and t["scenario"] != "hire_dob_missing":
        pass
    if notes:
        e = t["expected_determination"]
        if "MANUAL_REVIEW" not in e: t["expected_determination"] = e + "|MANUAL_REVIEW"
        t["note"] += " | background lead: " + "; ".join(notes); flag += 1
print("background-lead flagged", flag, file=sys.stderr)

# ---- write files (mixed formats)
def fmt(d, us=False):
    if d is None or d == "": return ""
    if isinstance(d, str): return d
    return d.strftime("%m/%d/%Y") if us else d.isoformat()
hdf = pd.DataFrame(hires)
for c in ["date_of_birth", "hire_date"]: hdf[c] = hdf[c].map(fmt)
hdf = hdf.sample(frac=1, random_state=3)
hdf.rename(columns={"date_of_birth": "DOB", "last_name": "Last Name"}).to_csv(f"{OUT}/hires.csv", index=False)
tdf = pd.DataFrame(training)
for c in ["start_date", "end_date"]: tdf[c] = tdf[c].map(lambda d: fmt(d, us=True))
tdf.to_csv(f"{OUT}/training.csv", index=False)
edf = pd.DataFrame(hist)
for c in ["start_date", "end_date"]: edf[c] = edf[c].map(fmt)
edf.to_csv(f"{OUT}/employment_history.csv", index=False)
cdf = pd.DataFrame(cert_rows)
for c in ["date_of_birth", "issued_date", "separation_date"]: cdf[c] = cdf[c].map(fmt)
for src, g in cdf.groupby("source"):
    g = g.sample(frac=1, random_state=1)
    if src == "GA":
        g = g.copy()
        for c in ["first_name", "middle_name", "last_name"]: g[c] = g[c].str.upper()
        for c in ["date_of_birth", "issued_date", "separation_date"]:
            g[c] = g[c].map(lambda s: dt.date.fromisoformat(s).strftime("%m/%d/%Y") if s and len(s) == 10 else s)
        g.to_csv(f"{OUT}/certifications_ga.csv", index=False)
    elif src == "MN":
        g.astype(str).replace({"None": ""}).to_parquet(f"{OUT}/certifications_mn.parquet", index=False)
    elif src == "OH":
        g.to_excel(f"{OUT}/certifications_oh.xlsx", index=False)
    else:
        g.to_csv(f"{OUT}/certifications_{src.lower()}.csv", index=False)
ddf = pd.DataFrame(decert_rows)
for c in ["date_of_birth", "action_date"]: ddf[c] = ddf[c].map(fmt)
ddf.to_csv(f"{OUT}/decertifications.csv", index=False)
odf = pd.DataFrame(overrides); odf["reviewed_on"] = odf["reviewed_on"].map(fmt); odf.to_csv(f"{OUT}/overrides.csv", index=False)
pd.DataFrame(truth).to_csv(f"{os.path.dirname(OUT)}/truth.csv", index=False)
print(len(hires), "hires;", len(cert_rows), "cert rows;", len(decert_rows), "decerts;", len(hist), "history;", len(training), "training", file=sys.stderr)
