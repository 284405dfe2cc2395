"""POST-RUN probe (not part of the blind set): one TX registry row per case, exact DOB, sworn
and active, so only the name comparison decides. Isolates the behaviours behind the
disagreements in README.md. Writes only under /tmp/identity_real_probe.

    /work/main/.venv/bin/python probe_compound_first_names.py
"""
import pandas as pd, subprocess, sys, os, shutil
cases = [
 # (hire first, middle, last, reg first, reg middle, reg last)
 ("Ji-hoon","","Lee","Ji-Ho","","Lee"),
 ("Jihoon","","Lee","Jiho","","Lee"),
 ("Ji hoon","","Lee","Ji ho","","Lee"),
 ("Min-ji","","Kang","Min-Jun","","Kang"),
 ("Juan Carlos","","Garcia","Juan Pablo","","Garcia"),
 ("Juan","Carlos","Garcia","Juan","Pablo","Garcia"),
 ("Juan Carlos","","Garcia","Juan","Pablo","Garcia"),
 ("Mary Ann","","Baker","Mary Beth","","Baker"),
 ("Anna-Maria","","Kowal","Anna-Sophia","","Kowal"),
 ("David","Sung-min","Choi","Sung Min","","Choi"),
 ("David","Sungmin","Choi","Sungmin","","Choi"),
 ("David","Sung Min","Choi","Sung Min","","Choi"),
 ("Sung-min","","Choi","Sung Min","","Choi"),
 ("Maryann","","Sullivan","Mary","Ann","Sullivan"),
 ("Sandra","","Ortiz-Mendez","Sandra","","Ortiz-Mendes"),
 ("Sandra","","Mendez","Sandra","","Mendes"),
 ("Sid","","Ramaswamy","Siddharth","","Ramaswamy"),
 ("Youssef","","Haddad","Joseph","","Haddad"),
 ("Youssef","","Haddad","Yusuf","","Haddad"),
 ("Francis","","Gallo","Frances","","Gallo"),
 ("Thanh Tam","","Tran","Tam","Thanh","Tran"),
 ("Thanh","Tam","Tran","Tam","Thanh","Tran"),
 ("Tariq","","Alsaadi","Tariq","","Saadi"),
 ("Tariq","","Al-Saadi","Tariq","","Saadi"),
]
WORK = "/tmp/identity_real_probe"
os.makedirs(f"{WORK}/data", exist_ok=True)
os.chdir(WORK)
H, T, C = [], [], []
for i, (hf, hm, hl, rf, rm, rl) in enumerate(cases):
    hid = f"P{i:03d}"
    dob = f"19{70+i}-0{1+i%9}-1{i%9}"
    H.append(dict(hire_id=hid, first_name=hf, middle_name=hm, last_name=hl, suffix="", date_of_birth=dob,
                  hire_date="2024-06-01", position_title="Deportation Officer", job_series="1801",
                  field_office="Houston", screening_track="LEO", screening_basis="keyword:officer", resume_text=""))
    T.append(dict(hire_id=hid, course_code="ERO-LEO-VIRT", course_title="x", delivery="online",
                  start_date="2024-06-08", end_date="2024-07-01", status="completed"))
    C.append(dict(record_id=f"R{i:03d}", source="TX", first_name=rf, middle_name=rm, last_name=rl,
                  date_of_birth=dob, certification_type="Peace Officer", status="active",
                  issued_date="2012-01-01", separation_date="", agency="X PD"))
pd.DataFrame(H).to_csv("data/hires.csv", index=False)
pd.DataFrame(T).to_csv("data/training.csv", index=False)
pd.DataFrame(C).to_csv("data/certifications_tx.csv", index=False)
shutil.rmtree("out", ignore_errors=True)
subprocess.run(["/work/main/.venv/bin/leo-audit", "run", "--data", "data", "--out", "out", "-q"], check=True)
d = pd.read_csv("out/determinations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
for c, r in zip(cases, d.itertuples()):
    ev = r.evidence
    k = ev.find("linked")
    print(f"{c[0]!r:14} {c[1]!r:10} {c[2]!r:14} | {c[3]!r:12} {c[4]!r:8} {c[5]!r:14} -> {r.determination:14} {ev[k:k+110] if k>=0 else ev[60:170]}")
