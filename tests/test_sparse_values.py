"""tests/data/sparse_values: a blind tester's set on blanks and missing values.

175 hires in 16 input folders, each folder blank or absent in its own way (every blank the
contract allows, whole optional files missing, optional columns absent, placeholders such
as ``N/A``, Parquet nulls, empty Excel cells, birth years only), and 32 input-error probes
built from a valid three-hire base. ``make.py`` writes them all (deterministic, under a
second); ``expected_before_run.csv`` was frozen before the tool first ran and
``expected.csv`` differs by the three labels the tester widened after reading the contract
(an inactive certificate whose separation date is blank reads as "still employed"). The
first run agreed on 170 of 175; what it found is in the README.
"""

from __future__ import annotations

import subprocess
import sys
from functools import cache
from pathlib import Path

import pandas as pd
import pytest

from audit.errors import InputError
from audit.pipeline import run_audit

SET = Path(__file__).resolve().parent / "data" / "sparse_values"
EXPECTED = pd.read_csv(SET / "expected.csv", dtype=str, keep_default_na=False)
FOLDERS = sorted({case.split("/")[0] for case in EXPECTED["case"]})
# bad/EXPECTED.md's table, written before the first run: one row per probe
PROBES = [
    line.split("|")[1].strip()
    for line in (SET / "bad" / "EXPECTED.md").read_text().splitlines()
    if line.startswith("| ") and line.split("|")[1].strip() not in ("probe", "")
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("sparse_values")
    written = root / "expected_before_run.csv"
    subprocess.run(
        [
            sys.executable,
            str(SET / "make.py"),
            "--out",
            str(root / "data"),
            "--expected",
            str(written),
            "--bad",
            str(root / "bad"),
        ],
        check=True,
        capture_output=True,
    )
    frozen = (SET / "expected_before_run.csv").read_bytes()
    assert written.read_bytes() == frozen, "make.py no longer writes the frozen labels"
    return root


@cache
def _determinations(folder: Path) -> dict[str, str]:
    det = run_audit(folder).determinations
    return dict(zip(det["hire_id"].astype(str), det["determination"].astype(str), strict=True))


@pytest.mark.parametrize("folder", FOLDERS)
def test_every_hire_gets_an_expected_answer(generated: Path, folder: str) -> None:
    labels = EXPECTED[EXPECTED["case"].str.startswith(folder + "/")]
    got = _determinations(generated / "data" / folder)
    assert sorted(got) == sorted(labels["hire_id"]), "every hire, exactly once"
    wrong = [
        f"{row.hire_id} {row.case}: {got[row.hire_id]}, expected {row.expected_determination}"
        for row in labels.itertuples()
        if got[row.hire_id] not in row.expected_determination.split("|")
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("probe", PROBES)
def test_a_missing_key_stops_the_audit_naming_the_file_and_column(
    generated: Path, probe: str
) -> None:
    with pytest.raises(InputError) as raised:
        run_audit(generated / "bad" / probe)
    problems = raised.value.problems
    assert problems
    assert all(p.file for p in problems)
    said = [str(p) for p in problems]
    if probe.startswith(("blank_", "ws_", "na_", "unknown_")):  # a value: its row and column
        assert any(p.row is not None and p.column for p in problems), said
    elif probe.endswith("_col"):  # a column missing from a file
        assert any(p.column for p in problems), said


def test_the_probes_base_is_valid(generated: Path) -> None:
    assert len(_determinations(generated / "bad" / "_base")) == 3
