"""An independent tester's generated world, scored as held-out data would be.

``tests/data/heldout_gen/make.py`` was written from the data contract alone (never from
``audit/``): 3,000 hires, about 70,000 registry rows in seven states and FED, 52,000
background people with diverse names, and the noise real data has (typos, nicknames,
diacritics, married and maiden names, suffixes, swapped and mistyped birth dates). Its
``truth_before_run.csv`` was frozen before the tool first ran; ``truth.csv`` differs only
by the label corrections listed, with reasons, in ``label_changes.csv``. The world is
regenerated here (deterministic, about 8 s) rather than stored.

The first run agreed on 2,919 of 3,000; the disagreements it found changed the policy and
the linker (see its README). The test keeps what matters most: no hire who must be
recalled is verified, and the agreement does not fall back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from audit.pipeline import run_audit

SET = Path(__file__).resolve().parent / "data" / "heldout_gen"
AGREEMENT_FLOOR = 0.99  # 2,976 of 3,000 when this test was written


@pytest.fixture(scope="module")
def scored(tmp_path_factory: pytest.TempPathFactory) -> pd.DataFrame:
    out = tmp_path_factory.mktemp("heldout_gen")
    data, truth = out / "data", out / "truth.csv"
    subprocess.run(
        [sys.executable, str(SET / "make.py"), "--out", str(data), "--truth", str(truth)],
        check=True,
        capture_output=True,
    )
    frozen = pd.read_csv(truth, dtype=str, keep_default_na=False)
    before = pd.read_csv(SET / "truth_before_run.csv", dtype=str, keep_default_na=False)
    assert frozen.equals(before), "make.py no longer writes the frozen truth"
    labels = pd.read_csv(SET / "truth.csv", dtype=str, keep_default_na=False)
    got = run_audit(data).determinations[["hire_id", "determination"]]
    return got.merge(labels, on="hire_id", validate="one_to_one")


def test_every_generated_hire_is_decided_once(scored: pd.DataFrame) -> None:
    assert len(scored) == 3000 and scored["hire_id"].is_unique


def test_no_hire_who_must_be_recalled_is_verified(scored: pd.DataFrame) -> None:
    must = scored["expected_determination"] == "RECALL"
    let_go = scored[must & scored["determination"].isin(["VERIFIED_LEO", "NOT_APPLICABLE"])]
    assert let_go.empty, let_go.to_string()


def test_agreement_does_not_fall_back(scored: pd.DataFrame) -> None:
    ok = scored.apply(
        lambda r: r["determination"] in r["expected_determination"].split("|"), axis=1
    )
    assert ok.mean() >= AGREEMENT_FLOOR, scored[~ok].to_string()
