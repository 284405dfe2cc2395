#!/usr/bin/env python
"""Run leo-audit on every folder of data/ and bad/ and compare with the labels.

    python compare.py [--expected expected_before_run.csv] [--no-run]
"""
import argparse
import csv
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = "/work/main/.venv/bin/leo-audit"


def run(data, out):
    os.makedirs(os.path.dirname(out), exist_ok=True)
    r = subprocess.run([TOOL, "run", "--data", data, "--out", out, "-q"], capture_output=True, text=True)
    with open(out + ".log", "w") as fh:
        fh.write(f"exit={r.returncode}\n--stdout--\n{r.stdout}\n--stderr--\n{r.stderr}\n")
    return r


def read_log(out):
    with open(out + ".log") as fh:
        txt = fh.read()
    code = int(txt.split("\n", 1)[0].split("=")[1])
    return code, txt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--expected", default=os.path.join(HERE, "expected_before_run.csv"))
    ap.add_argument("--no-run", action="store_true")
    a = ap.parse_args()
    data_root = os.path.join(HERE, "data")
    out_root = os.path.join(HERE, "out")
    meta = json.load(open(os.path.join(data_root, "folders.json")))
    exp = list(csv.DictReader(open(a.expected)))
    by_folder = {}
    for e in exp:
        by_folder.setdefault(e["case"].split("/")[0], []).append(e)

    got = {}
    folder_exit = {}
    for folder in sorted(meta):
        out = os.path.join(out_root, folder)
        if not a.no_run:
            run(os.path.join(data_root, folder), out)
        code, log = read_log(out)
        folder_exit[folder] = (code, log)
        path = os.path.join(out, "determinations.csv")
        if code == 0 and os.path.exists(path):
            rows = list(csv.DictReader(open(path, newline="", encoding="utf-8-sig")))
            for r in rows:
                got.setdefault(r["hire_id"], []).append(dict(r, _folder=folder))

    agree = 0
    cats = {"wrongly VERIFIED": [], "wrongly RECALL": [], "reviewed when decidable": [],
            "other decided mismatch": [], "missing/duplicated/folder failed": []}
    decided_should_review = []
    accepted_exit2 = []
    for e in exp:
        folder = e["case"].split("/")[0]
        allowed = set(e["expected_determination"].split("|"))
        code, log = folder_exit[folder]
        if code != 0:
            if meta[folder]["exit2_ok"] and code == 2:
                accepted_exit2.append(e)
                continue
            cats["missing/duplicated/folder failed"].append((e, f"folder exit {code}", None))
            continue
        rows = got.get(e["hire_id"], [])
        if len(rows) != 1:
            cats["missing/duplicated/folder failed"].append((e, f"{len(rows)} output rows", None))
            continue
        r = rows[0]
        d = r["determination"]
        if d in allowed:
            agree += 1
            continue
        if d == "VERIFIED_LEO":
            cats["wrongly VERIFIED"].append((e, d, r))
        elif d == "RECALL":
            cats["wrongly RECALL"].append((e, d, r))
        elif d == "MANUAL_REVIEW":
            cats["reviewed when decidable"].append((e, d, r))
        else:
            cats["other decided mismatch"].append((e, d, r))
        if allowed == {"MANUAL_REVIEW"}:
            decided_should_review.append(e["hire_id"])

    total = len(exp)
    print(f"hires labelled: {total}; agree: {agree}; accepted folder-level exit 2: {len(accepted_exit2)}")
    for k, v in cats.items():
        print(f"  {k}: {len(v)}")
    print(f"  (of which decided when label is MANUAL_REVIEW only: {len(decided_should_review)})")
    print()
    for folder, (code, log) in sorted(folder_exit.items()):
        if code != 0:
            print(f"FOLDER {folder}: exit {code}\n{log.strip()[:1500]}\n")
    for k, v in cats.items():
        if not v:
            continue
        print(f"=== {k} ===")
        for e, d, r in v:
            print(f"{e['hire_id']} {e['case']}: expected {e['expected_determination']}, tool {d}")
            print(f"    why-label: {e['why']}")
            if r:
                print(f"    reasons: {r.get('reason_codes')}  record: {r.get('record_id')}  score: {r.get('match_score')}")
                print(f"    evidence: {r.get('evidence')}")
        print()

    # ---- bad probes ----
    bad_root = os.path.join(HERE, "bad")
    print("=== bad/ probes ===")
    for name in sorted(os.listdir(bad_root)):
        d = os.path.join(bad_root, name)
        if not os.path.isdir(d):
            continue
        out = os.path.join(out_root, "bad", name)
        if not a.no_run:
            run(d, out)
        code, log = read_log(out)
        tb = "Traceback" in log
        wrote = os.path.exists(os.path.join(out, "determinations.csv"))
        msg = log.split("--stderr--\n", 1)[1].strip().replace("\n", " | ")
        flag = "OK " if (code == 2 and not tb) else "BUG"
        if name == "_base":
            flag = "OK " if code == 0 else "BUG"
        print(f"{flag} {name}: exit {code}{' TRACEBACK' if tb else ''}{' (wrote determinations)' if wrote else ''}: {msg[:400]}")


if __name__ == "__main__":
    main()
