"""Compare the tool's determinations with the labels. Usage: python compare.py OUT_DIR [labels.csv]"""
import sys
import pandas as pd

out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/decert_identity_out"
lab_path = sys.argv[2] if len(sys.argv) > 2 else "expected_before_run.csv"
lab = pd.read_csv(lab_path, dtype=str, keep_default_na=False)
det = pd.read_csv(f"{out}/determinations.csv", dtype=str, keep_default_na=False, encoding="utf-8-sig")
m = lab.merge(det, on="hire_id", how="outer", indicator=True)
assert (m["_merge"] == "both").all(), m[m["_merge"] != "both"]
m["ok"] = [d in e.split("|") for d, e in zip(m.determination, m.expected_determination)]
print(f"{lab_path}: {m.ok.sum()}/{len(m)} agree")
cols = [c for c in ["hire_id", "case", "expected_determination", "determination", "reason_codes", "decert_record_id",
                    "record_id", "match_score", "link_tier"] if c in m.columns]
bad = m[~m.ok]
pd.set_option("display.width", 250, "display.max_colwidth", 120)
print(bad[cols].to_string(index=False))
if "-v" in sys.argv:
    for _, r in bad.iterrows():
        print("\n", r.hire_id, r.case, "\n   evidence:", r.evidence)
