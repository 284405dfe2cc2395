#!/usr/bin/env python
"""score.py TRUTH_CSV OUTDIR  -- agreement of leo-audit determinations with a truth file (labels may be A|B)."""
import sys, pandas as pd
from collections import Counter
truth, outdir = sys.argv[1], sys.argv[2]
t = pd.read_csv(truth, dtype=str).fillna("")
d = pd.read_csv(f"{outdir}/determinations.csv", dtype=str).fillna("")
m = t.merge(d, on="hire_id", how="left", indicator=True)
missing = (m["_merge"] != "both").sum()
m["ok"] = [str(x) in set(l.split("|")) for x, l in zip(m.determination, m.expected_determination)]
n = len(m); ok = int(m.ok.sum())
print(f"hires={n} tool_rows={len(d)} missing={missing} duplicates={d.hire_id.duplicated().sum()}")
print(f"AGREEMENT {ok}/{n} = {ok / n:.4f}")
def bucket(r):
    if r.ok: return "ok"
    if r.determination == "VERIFIED_LEO": return "wrong_VERIFIED_LEO"
    if r.determination == "RECALL": return "wrong_RECALL"
    if r.determination == "MANUAL_REVIEW": return "reviewed_when_decidable"
    if "MANUAL_REVIEW" in r.expected_determination.split("|"): return "decided_when_should_review"
    return "other_wrong"
m["bucket"] = m.apply(bucket, axis=1)
print(Counter(m.bucket))
print("\nCONFUSION (expected label set x tool)")
print(pd.crosstab(m.expected_determination, m.determination, margins=True).to_string())
m["sc"] = m.scenario.str.split("+").str[0]
bad = m[~m.ok]
print("\nDISAGREEMENTS BY SCENARIO")
print(bad.groupby(["sc", "expected_determination", "determination"]).size().to_string())
print("\nDISAGREEMENTS")
for _, r in bad.sort_values(["bucket", "sc"]).iterrows():
    print(f"--- {r.hire_id} [{r.bucket}] scenario={r.scenario} expected={r.expected_determination} tool={r.determination} "
          f"record={r.get('record_id', '')} score={r.get('match_score', '')}")
    print(f"    reason_codes: {r.reason_codes}")
    print(f"    evidence: {str(r.evidence)[:600]}")
    print(f"    why: {r.why[:500]}")
