"""Independent testers' generated worlds, scored as held-out data would be.

Each ``tests/data/heldout_gen*/make.py`` was written from the data contract alone (never
from ``audit/``), by its own tester with their own modelling choices; its
``truth_before_run.csv`` was frozen before the tool first ran, and ``truth.csv`` differs
only by label corrections the tester documented. The worlds are regenerated here
(deterministic, a few seconds) rather than stored.

- ``heldout_gen``: 3,000 hires, about 70,000 registry rows in seven states and FED, 52,000
  background people with diverse names, and the noise real data has (typos, nicknames,
  diacritics, married and maiden names, suffixes, swapped and mistyped birth dates).
  First run 2,919 of 3,000.
- ``heldout_gen2``: 2,310 hires, 52,000 registry rows in five states and FED (CSV, Parquet
  and Excel, all caps, US dates, birth years only), resumes and histories as an HR
  analyst sees them. First run 2,271 of 2,310.
- ``heldout_gen3``: 2,655 hires, 66,000 registry rows in six states and FED (CSV, Parquet
  and Excel, aliased and padded headers), names from ten naming traditions planted beside
  namesakes, twins, fathers and sons, and policy cases set on the contract's edges.
  First run 2,607 of 2,655 against the frozen truth, none verified wrongly.

The disagreements they found changed the policy, the linker and the resume reader (see
their READMEs). The tests keep what matters most: no hire who must be recalled is
verified, and the agreement does not fall back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from audit.pipeline import run_audit

DATA = Path(__file__).resolve().parent / "data"
# set -> (agreement floor, the generator's arguments for (data folder, truth file))
WORLDS = {
    "heldout_gen": (0.99, lambda data, truth: ["--out", str(data), "--truth", str(truth)]),
    "heldout_gen2": (0.995, lambda data, truth: [str(data)]),  # truth beside data
    "heldout_gen3": (0.995, lambda data, truth: ["--out", str(data), "--truth", str(truth)]),
}


@pytest.fixture(scope="module", params=sorted(WORLDS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    name = request.param
    floor, arguments = WORLDS[name]
    out = tmp_path_factory.mktemp(name)
    data, truth = out / "data", out / "truth.csv"
    subprocess.run(
        [sys.executable, str(DATA / name / "make.py"), *arguments(data, truth)],
        check=True,
        capture_output=True,
    )
    frozen = pd.read_csv(truth, dtype=str, keep_default_na=False)
    before = pd.read_csv(DATA / name / "truth_before_run.csv", dtype=str, keep_default_na=False)
    assert frozen.equals(before), "make.py no longer writes the frozen truth"
    labels = pd.read_csv(DATA / name / "truth.csv", dtype=str, keep_default_na=False)
    got = run_audit(data).determinations[["hire_id", "determination"]]
    return floor, got.merge(labels, on="hire_id", validate="one_to_one"), len(labels)


def test_every_generated_hire_is_decided_once(scored) -> None:
    _, table, hires = scored
    assert len(table) == hires and table["hire_id"].is_unique


def test_no_hire_who_must_be_recalled_is_verified(scored) -> None:
    _, scored, _ = scored
    must = scored["expected_determination"] == "RECALL"
    let_go = scored[must & scored["determination"].isin(["VERIFIED_LEO", "NOT_APPLICABLE"])]
    assert let_go.empty, let_go.to_string()


def test_agreement_does_not_fall_back(scored) -> None:
    floor, scored, _ = scored
    ok = scored.apply(
        lambda r: r["determination"] in r["expected_determination"].split("|"), axis=1
    )
    assert ok.mean() >= floor, scored[~ok].to_string()
