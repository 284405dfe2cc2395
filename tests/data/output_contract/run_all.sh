#!/usr/bin/env bash
# Reproduce every run and check of tests/data/output_contract.  Writes only under /tmp.
#   tests/data/output_contract/run_all.sh            (from anywhere; ~3 minutes)
# Logs: /tmp/oc_results/<name>.log and .json; a summary table at the end.
set -u
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT"
PY="$ROOT/.venv/bin/python"
L="$ROOT/.venv/bin/leo-audit"
C="$ROOT/tests/data/output_contract/check_outputs.py"
M="$ROOT/tests/data/output_contract/make_datasets.py"
R=/tmp/oc_results
T=/tmp/oc_work
rm -rf "$R" "$T"
mkdir -p "$R" "$T"
echo "tool: $($L --version)  commit: $(git rev-parse --short HEAD)  dirty: $(git status --porcelain audit rules | wc -l) file(s) in audit/ rules/" | tee "$R/state.txt"

run() {  # name, data, extra options...; runs twice, records exit codes
  local name=$1 data=$2; shift 2
  "$L" run --data "$data" --out "$T/$name" -q "$@"; echo "$name rc=$?" >> "$R/exit_codes.txt"
  "$L" run --data "$data" --out "$T/${name}_2" -q "$@"; echo "${name}_2 rc=$?" >> "$R/exit_codes.txt"
}
check() {  # name, data, extra checker options...
  local name=$1 data=$2; shift 2
  "$PY" "$C" "$data" "$T/$name" --second "$T/${name}_2" --tool "$L" --label "$name" \
    --json "$R/$name.json" "$@" > "$R/$name.log" 2>&1
  echo "$name: $(tail -1 "$R/$name.log")"
}

# generated inputs
"$L" sample --hires 500 --registry 9000 --seed 11 --out "$T/gen11_data" --registry-format csv > /dev/null
"$L" sample --hires 300 --registry 6000 --seed 3 --out "$T/base3" --registry-format csv > /dev/null
"$PY" "$M" "$T/base3" "$T"

run sample sample_data
run sample_dob_xlsx sample_data --include-dob --xlsx
run sample_fail_on_recall sample_data --fail-on-recall
run sample_errors sample_data --errors "$T/problems.csv"
run gen11 "$T/gen11_data"
run edge_a "$T/oc_edge_a" --include-dob --xlsx
run edge_b "$T/oc_edge_b" --xlsx
run edge_c "$T/oc_edge_c" --xlsx
run edge_d "$T/oc_edge_d"
run edge_e "$T/oc_edge_e"

check sample sample_data --cli
check sample_dob_xlsx sample_data
check sample_fail_on_recall sample_data
check sample_errors sample_data
check gen11 "$T/gen11_data" --cli
check edge_a "$T/oc_edge_a" --cli
check edge_b "$T/oc_edge_b"
check edge_c "$T/oc_edge_c"
check edge_d "$T/oc_edge_d" --expected "$T/oc_edge_d_expected.csv"
check edge_e "$T/oc_edge_e"
echo "exit codes:"; cat "$R/exit_codes.txt"
