"""Compare a leo-audit run on this folder with the hand labels.

    cd /work/main && .venv/bin/leo-audit run --data tests/data/cert_types --out /tmp/cert_types_out -q
    .venv/bin/python tests/data/cert_types/compare.py [/tmp/cert_types_out] [expected.csv]

Prints agreement and every disagreement, most severe first:
  1 FALSE_VERIFIED      tool VERIFIED_LEO, label not_sworn            (worst error)
  2 VERIFIED_AMBIGUOUS  tool VERIFIED_LEO, label only allows review/recall
  3 SWORN_RECALLED      tool RECALL, label sworn (or review/verified)
  4 SWORN_REVIEWED      tool MANUAL_REVIEW, label VERIFIED_LEO only  (safe miss)
  5 NOT_SWORN_REVIEWED  tool MANUAL_REVIEW, label RECALL only        (safe miss)
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent


def severity(expected: str, got: str) -> str:
    allowed = expected.split("|")
    if got in allowed:
        return ""
    if got == "VERIFIED_LEO":
        return "1 FALSE_VERIFIED" if allowed == ["RECALL"] else "2 VERIFIED_AMBIGUOUS"
    if got == "RECALL":
        return "3 SWORN_RECALLED"
    if got == "MANUAL_REVIEW":
        return "4 SWORN_REVIEWED" if allowed == ["VERIFIED_LEO"] else "5 NOT_SWORN_REVIEWED"
    return "0 OTHER"


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/cert_types_out")
    exp_file = HERE / (sys.argv[2] if len(sys.argv) > 2 else "expected.csv")
    det = pd.read_csv(out / "determinations.csv", dtype=str, keep_default_na=False,
                      encoding="utf-8-sig")
    exp = pd.read_csv(exp_file, dtype=str, keep_default_na=False)
    cases = pd.read_csv(HERE / "cases.csv", dtype=str, keep_default_na=False)
    m = exp.merge(cases[["hire_id", "source", "record_id"]], on="hire_id").merge(
        det[["hire_id", "determination", "reason_codes", "record_id", "evidence"]],
        on="hire_id", suffixes=("", "_tool"))
    assert len(m) == len(exp) == len(det), "every hire exactly once"
    m["category"] = m["evidence"].str.extract(r"' = ([a-z_]+)", expand=False)
    m["severity"] = [severity(e, g) for e, g in zip(m.expected_determination, m.determination)]
    wrong_link = (m.record_id != m.record_id_tool).sum()
    ok = (m.severity == "").sum()
    print(f"{exp_file.name}: {ok}/{len(m)} agree ({ok / len(m):.1%}); "
          f"links to the wrong/no record: {wrong_link}")
    bad = m[m.severity != ""].sort_values(["severity", "hire_id"])
    print(bad.severity.value_counts().sort_index().to_string())
    pd.set_option("display.width", 250)
    pd.set_option("display.max_colwidth", 60)
    pd.set_option("display.max_rows", 500)
    print(bad[["severity", "hire_id", "source", "case", "expected_determination",
               "determination", "category", "reason_codes"]].to_string(index=False))


if __name__ == "__main__":
    main()
