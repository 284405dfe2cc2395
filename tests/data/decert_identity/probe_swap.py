"""Post-run probes (NOT blind, not part of the labelled set): how does a day/month-swapped
decertification attach when the name is common (README: >4 registry namesakes -> a lead)?
Copies this folder's inputs to /tmp/di_probe/data, adds probe hires, runs the tool."""
import os, shutil, subprocess
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
DST = "/tmp/di_probe/data"
shutil.rmtree("/tmp/di_probe", ignore_errors=True)
os.makedirs(DST)
for f in os.listdir(HERE):
    if f.endswith(".csv") and not f.startswith(("expected", "records_truth")):
        shutil.copy(os.path.join(HERE, f), DST)
rd = lambda f: pd.read_csv(os.path.join(DST, f), dtype=str, keep_default_na=False)
hires, train, tx, dec = rd("hires.csv"), rd("training.csv"), rd("certifications_tx.csv"), rd("decertifications.csv")
allc = pd.concat([rd(f) for f in os.listdir(DST) if f.startswith("certifications")])
taken = {(a, b, c) for df in (allc, dec, hires) for a, b, c in zip(df.first_name, df.last_name, df.date_of_birth)}
probes = [  # id, first, last, hire dob, other person's dob (swap), what
    ("P00001", "Michael", "Johnson", "1979-04-11", "1979-11-04", "hire cert exact; decert = exact match of ANOTHER registry Michael Johnson born on the swapped date"),
    ("P00002", "Ophelius", "Drummondson", "1981-03-07", "1981-07-03", "same, rare name: decert exactly matches another registry person born on the swapped date"),
    ("P00003", "Michael", "Johnson", "1977-02-09", None, "hire's ONLY cert carries the swapped DOB (>4 namesakes), no decert: README says no verification"),
    ("P00004", "Michael", "Johnson", "1983-06-10", None, "cert exact; decert swapped DOB, nobody else born on it (= the B38 case again)"),
    ("P00005", "Michael", "Johnson", "1986-07-14", "1986-07-15", "cert exact; decert DOB one digit off (day 15), common name >4 namesakes: README lead only while <=4 share the name"),
    ("P00006", "John", "Smith", "1984-02-19", "", "cert exact; decert for John Smith with BLANK birth date (name-only), very common name"),
]
for _, f, l, d, o, _ in probes:
    y_, m_, d_ = d.split("-")
    for x in (d, f"{y_}-{d_}-{m_}"):
        assert (f, l, x) not in taken, (f, l, x)
H, T, C, D = [], [], [], []
for pid, f, l, d, o, what in probes:
    y, m, dd = d.split("-")
    sw = f"{y}-{dd}-{m}"
    H.append(dict(hire_id=pid, first_name=f, middle_name="", last_name=l, suffix="", date_of_birth=d, hire_date="2024-05-06",
                  position_title="Deportation Officer", job_series="1801", field_office="Houston", screening_track="LEO",
                  screening_basis="keyword:officer", resume_text=""))
    T.append(dict(hire_id=pid, course_code="ERO-LEO-VIRT", course_title="LEO Transition (virtual)", delivery="online",
                  start_date="2024-05-13", end_date="2024-06-10", status="completed"))
    cert_dob = sw if pid == "P00003" else d
    if pid in ("P00005", "P00006"):
        C.append(dict(record_id=f"TX-PROBE{pid}", source="TX", first_name=f, middle_name="", last_name=l, date_of_birth=d,
                      certification_type="Peace Officer", status="active", issued_date="2014-03-01", separation_date="", agency="Houston Police Department"))
        D.append(dict(record_id=f"DC-PROBE{pid}", source="TX", first_name=f, last_name=l, date_of_birth=o, action="revoked",
                      action_date="2020-01-15", reason="Misconduct"))
        continue
    C.append(dict(record_id=f"TX-PROBE{pid}", source="TX", first_name=f, middle_name="", last_name=l, date_of_birth=cert_dob,
                  certification_type="Peace Officer", status="active", issued_date="2014-03-01", separation_date="", agency="Houston Police Department"))
    if o:
        C.append(dict(record_id=f"TX-PROBEO{pid}", source="TX", first_name=f, middle_name="", last_name=l, date_of_birth=o,
                      certification_type="Peace Officer", status="revoked", issued_date="2008-03-01", separation_date="2020-01-15", agency="El Paso Police Department"))
    if pid != "P00003":
        D.append(dict(record_id=f"DC-PROBE{pid}", source="TX", first_name=f, last_name=l, date_of_birth=o or sw, action="revoked",
                      action_date="2020-01-15", reason="Misconduct"))
pd.concat([hires, pd.DataFrame(H)]).to_csv(os.path.join(DST, "hires.csv"), index=False)
pd.concat([train, pd.DataFrame(T)]).to_csv(os.path.join(DST, "training.csv"), index=False)
pd.concat([tx, pd.DataFrame(C)]).to_csv(os.path.join(DST, "certifications_tx.csv"), index=False)
pd.concat([dec, pd.DataFrame(D)]).to_csv(os.path.join(DST, "decertifications.csv"), index=False)
subprocess.run(["/work/main/.venv/bin/leo-audit", "run", "--data", DST, "--out", "/tmp/di_probe/out", "-q"], check=True, cwd="/work/main")
det = pd.read_csv("/tmp/di_probe/out/determinations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
for pid, f, l, d, o, what in probes:
    r = det[det.hire_id == pid].iloc[0]
    print(f"{pid} {f} {l} {d}: {what}\n   -> {r.determination} [{r.reason_codes}] decert={r.decert_record_id} record={r.record_id}\n   {r.evidence}\n")
