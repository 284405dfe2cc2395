"""Run leo-audit on this folder, bad/ and variants/*, and compare with the labels.

    cd tests/data/overrides_hires && /work/main/.venv/bin/python check.py
Outputs go to /tmp/overrides_hires_out (main) and /tmp/oh_var_<name>, /tmp/oh_bad.
Prints agreement and every disagreement; exit 0 always (it is a report, not a test).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
TOOL = os.path.join(ROOT, ".venv", "bin", "leo-audit")


def run(data, out, errors=None):
    shutil.rmtree(out, ignore_errors=True)
    cmd = [TOOL, "run", "--data", data, "--out", out, "-q"]
    if errors:
        cmd += ["--errors", errors]
    p = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    return p.returncode, p.stdout + p.stderr


def det(out):
    return pd.read_csv(os.path.join(out, "determinations.csv"), dtype=str,
                       keep_default_na=False, encoding="utf-8-sig").set_index("hire_id")


def ok(value, expected):
    return value in [e.strip() for e in expected.split("|")]


def main():
    exp = pd.read_csv(os.path.join(HERE, "expected.csv"), dtype=str,
                      keep_default_na=False).set_index("hire_id")
    rc, msg = run(HERE, "/tmp/overrides_hires_out")
    print(f"main: exit={rc}")
    d = det("/tmp/overrides_hires_out")
    assert set(d.index) == set(exp.index), "hire sets differ"
    agree = [h for h in exp.index if ok(d.determination[h], exp.expected_determination[h])]
    print(f"main: {len(agree)}/{len(exp)} agree with expected.csv")
    for h in exp.index:
        if h not in agree:
            print(f"  DIFF {h}: tool={d.determination[h]} ({d.reason_codes[h]}) "
                  f"expected={exp.expected_determination[h]}")
    rl = pd.read_csv("/tmp/overrides_hires_out/recall_list.csv", dtype=str,
                     keep_default_na=False, encoding="utf-8-sig")
    rq = pd.read_csv("/tmp/overrides_hires_out/review_queue.csv", dtype=str,
                     keep_default_na=False, encoding="utf-8-sig")
    print("recall_list == RECALL rows:",
          set(rl.hire_id) == set(d.index[d.determination == "RECALL"]))
    print("review_queue == MANUAL_REVIEW rows:",
          set(rq.hire_id) == set(d.index[d.determination == "MANUAL_REVIEW"]))
    ovr = set(pd.read_csv(os.path.join(HERE, "overrides.csv"), dtype=str).hire_id)
    noted = d.index[d.evidence.str.startswith("Analyst override")]
    print("override stated in evidence for every overridden hire:", set(noted) == ovr)
    blank = rq[(rq.hire_id.isin(ovr)) & (rq.what_to_check == "")].hire_id.tolist()
    print("review_queue rows from overrides with blank what_to_check:", blank)
    print("recall_list priority of overridden hires:",
          dict(zip(rl[rl.hire_id.isin(ovr)].hire_id, rl[rl.hire_id.isin(ovr)].priority)))

    rc, msg = run(os.path.join(HERE, "bad"), "/tmp/oh_bad", "/tmp/oh_bad_errors.csv")
    print(f"\nbad: exit={rc}, output folder written: {os.path.exists('/tmp/oh_bad')}")
    if os.path.exists("/tmp/oh_bad_errors.csv"):
        e = pd.read_csv("/tmp/oh_bad_errors.csv", dtype=str, encoding="utf-8-sig")
        print(e.to_string(index=False))

    for name in sorted(os.listdir(os.path.join(HERE, "variants"))):
        out = f"/tmp/oh_var_{name}"
        rc, msg = run(os.path.join(HERE, "variants", name), out)
        line = f"\nvariant {name}: exit={rc}"
        if rc == 0:
            dv = det(out)
            diffs = [(h, d.determination[h], dv.determination[h]) for h in d.index
                     if h in dv.index and d.determination[h] != dv.determination[h]]
            extra = {h: dv.determination[h] for h in dv.index if h not in d.index}
            line += f"; differs from main: {diffs}; hires not in main: {extra}"
        else:
            line += "; " + " | ".join(x for x in msg.splitlines() if x.strip())
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
