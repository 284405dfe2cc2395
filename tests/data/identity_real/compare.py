"""Compare a leo-audit run with the labels.

    /work/main/.venv/bin/python compare.py [OUT_DIR] [LABELS]
    defaults: /tmp/identity_real_out  expected.csv   (also try expected_before_run.csv)
"""
import sys

import pandas as pd

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/identity_real_out"
lab = sys.argv[2] if len(sys.argv) > 2 else "expected.csv"
e = pd.read_csv(lab, dtype=str, keep_default_na=False).rename(columns={"case": "scenario"})
d = pd.read_csv(f"{out}/determinations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
m = e.merge(d, on="hire_id", how="outer", indicator=True)
assert (m["_merge"] == "both").all(), "hire ids differ"
m["ok"] = m.expected_determination == m.determination
short = m[m.expected_determination != "NOT_APPLICABLE"]
print(f"{lab}: agreement {m.ok.sum()}/{len(m)} = {m.ok.mean():.1%}; "
      f"short track {short.ok.sum()}/{len(short)} = {short.ok.mean():.1%}")
pd.set_option("display.width", 200)
print(pd.crosstab(m.expected_determination, m.determination, margins=True))
fv = m[(m.determination == "VERIFIED_LEO") & (m.expected_determination != "VERIFIED_LEO")]
rc = m[(m.expected_determination == "VERIFIED_LEO") & m.determination.isin(["RECALL", "REMEDIATED"])]
print(f"wrong VERIFIED_LEO (worst): {len(fv)} {list(fv.hire_id)}")
print(f"RECALL/REMEDIATED where the label says VERIFIED (second worst): {len(rc)} {list(rc.hire_id)}")
print(f"other disagreements: {int((~m.ok).sum()) - len(fv) - len(rc)}")
for r in m[~m.ok].itertuples():
    print(f"- {r.hire_id} {r.scenario}: expected {r.expected_determination}, tool {r.determination} "
          f"[{r.reason_codes}] score={r.match_score} record={r.record_id}")
