#!/usr/bin/env python3
"""Post-run probes (written AFTER the first run; not part of the frozen expectations).
Coverage: CA, TX (and FED only in probes/fed). Each probe hire is short track, not in any registry."""
import csv, os
HERE = os.path.dirname(os.path.abspath(__file__))
H = ["hire_id","first_name","middle_name","last_name","suffix","date_of_birth","hire_date","position_title",
     "job_series","field_office","screening_track","screening_basis","resume_text"]
P = [  # id, expected, resume, history rows
 ("P01","MANUAL_REVIEW","Patrol Officer, Reno Police Department, 2017-2023, after a B.A. at the University of Texas.",[]),
 ("P02","MANUAL_REVIEW","Police officer in Reno (moved from Texas in 2016), 2016-2023.",[]),
 ("P03","MANUAL_REVIEW|RECALL","",[("Office of Inspector General, U.S. Department of Labor","Special Agent","DC","2016-01-01","")]),
 ("P04","MANUAL_REVIEW|RECALL","",[("Reno Police Department","Police Officer","NV","2022-09-01","")]),
 ("P05","RECALL","I have never been a police officer in Texas or anywhere else; loan officer since 2010.",[]),
 ("P06","MANUAL_REVIEW","Police Officer, Washington Metropolitan Police Department (DC), 2016-2023.",[]),
 ("P07","MANUAL_REVIEW","Dep. Sheriff, Washoe County Sheriff's Office, Nevada, 2017-2023.",[]),
 ("P08","MANUAL_REVIEW","Deputy, Washoe County Sheriff's Office, NV, 2017-2023.",[]),
 ("P09","MANUAL_REVIEW","Police Ofcr, Henderson Police Department, NV, 2018-2023.",[]),
 ("P10","RECALL","Police Officer, Reno Police Department, Nevada, 2018-2023.",[("Reno Police Department","Police Officer","NV","2018-01-01","2018-06-30")]),
]
os.makedirs(HERE, exist_ok=True)
with open(os.path.join(HERE,"hires.csv"),"w",newline="") as f:
    w=csv.writer(f); w.writerow(H)
    for i,(pid,_,res,_) in enumerate(P):
        w.writerow([pid,"Probe","",f"Tester{chr(65+i)}x","",f"19{80+i}-02-0{1+i%9}","2023-06-01","Deportation Officer","1801","Reno","LEO","keyword:officer",res])
with open(os.path.join(HERE,"training.csv"),"w",newline="") as f:
    w=csv.writer(f); w.writerow(["hire_id","course_code","course_title","delivery","start_date","end_date","status"])
    for pid,*_ in P: w.writerow([pid,"ERO-LEO-VIRT","ERO virtual","online","2023-06-08","2023-07-06","completed"])
with open(os.path.join(HERE,"employment_history.csv"),"w",newline="") as f:
    w=csv.writer(f); w.writerow(["hire_id","employer","title","state","start_date","end_date"])
    for pid,_,_,hist in P:
        for r in hist: w.writerow([pid,*r])
with open(os.path.join(HERE,"certifications_x.csv"),"w",newline="") as f:
    w=csv.writer(f); w.writerow(["record_id","source","first_name","middle_name","last_name","date_of_birth","certification_type","status","issued_date","separation_date","agency"])
    w.writerow(["CA-1","CA","Filler","","Oneperson","1960-01-01","Peace Officer","active","1990-01-01","","X PD"])
    w.writerow(["TX-1","TX","Filler","","Twoperson","1961-01-01","Peace Officer","active","1990-01-01","","Y PD"])
with open(os.path.join(HERE,"expected_probes.csv"),"w",newline="") as f:
    w=csv.writer(f); w.writerow(["hire_id","expected_determination","resume_text"])
    for pid,e,res,hist in P: w.writerow([pid,e,res or str(hist)])
