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
- ``heldout_gen4``: careers and records rather than names (a jailer licence then a peace
  officer's, lateral moves between states, FED then state service, decertifications before,
  on and after hire and elsewhere), 2,667 hires and 50,000 rows in seven sources; ``v2``
  sets the policy's boundaries to the day, ``v3`` messy certification types, city-only
  claims and a registry split over two files. First runs 2,667 of 2,667, 2,376 of 2,376
  and 803 of 810.
- ``heldout_gen5``: records as real HR and POST systems produce them, 1,801 hires and
  39,000 rows in seven sources (Florida's own layout, a workbook modelled on Virginia's
  published decertifications): married names under common first names, double surnames,
  names in family-first order, resumes that write "Houston TX" and "Mesa, Ariz.".
  First run 1,771 of 1,801 against the tester's corrected truth, none verified wrongly.
- ``heldout_gen6``: what applicants write, 2,340 hires whose resumes and declared jobs
  come as real ones do (pipes, markup, all capitals, two-line jobs, initials, dropouts,
  history rows without a state) and decide coverage gaps and recalls. First run 2,074 of
  2,340, none verified wrongly.
- ``heldout_gen7``: careers written as prose, online profiles and federal resumes (blocks
  of lines under a title, two-digit years, "still", reserve then full-time, dispatch then
  the academy), 1,905 hires. First run 1,811 of 1,905, none verified wrongly.

- ``heldout_gen8``: names at census-like frequencies (dozens of namesakes for a Maria
  Rodriguez) and realistic noise rates, 2,602 hires and 62,000 rows in seven sources and
  FED (CSV, Parquet, Excel; all capitals, US dates, birth years only, initials only).
  First run 2,597 of 2,602 against the frozen truth: one verified wrongly (a swapped birth
  date whose registry middle field repeated the first name, on a row another hire's exact
  birth date already claimed), two Spanish short forms (Chelo, Chela) recalled.
- ``heldout_gen9``: records across states and time (moves, transfers, recertification,
  later non-sworn certificates, revocations dated after hire) and twins who rhyme, 2,112
  hires and 55,000 rows in eight sources, each in its own format. First run 2,081 of
  2,112: two verified wrongly (Kaden beside Jaden: modern given names were missing).
- ``heldout_gen10``: families and populations as a census makes them (fathers and sons of
  one name, twins named alike or after each other, cousins, spouses, crowded names in
  several communities), 2,496 hires and 57,500 rows in seven sources. Its generator takes
  over a minute, so its ``data/`` is kept (made by ``make.py --out data --truth ...``,
  seed 1010). First run 2,383 of 2,496: sixteen verified wrongly (twins named after each
  other, Galen beside Jalen), four recalled wrongly (transliterations).
The disagreements they found changed the policy, the linker and the resume reader (see
their READMEs). The tests keep what matters most: no hire who must be recalled is
verified, and the agreement does not fall back.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from audit.pipeline import run_audit

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class World:
    folder: str
    floor: float  # agreement that must not fall back
    arguments: Callable[[Path, Path], list[str]]  # the generator's, for (data, truth)
    make: str = "make.py"
    frozen: str = "truth_before_run.csv"  # what the generator writes
    labels: str = "truth.csv"  # the frozen truth with the tester's documented corrections
    stored: bool = False  # the generated data/ is kept in the folder (a slow generator)


def _out_and_truth(data: Path, truth: Path) -> list[str]:
    return ["--out", str(data), "--truth", str(truth)]


WORLDS = {
    "heldout_gen": World("heldout_gen", 0.99, _out_and_truth),
    "heldout_gen2": World("heldout_gen2", 0.995, lambda data, _: [str(data)]),  # truth beside
    "heldout_gen3": World("heldout_gen3", 0.995, _out_and_truth),
    "heldout_gen4": World("heldout_gen4", 0.995, _out_and_truth),
    "heldout_gen4-v2": World(
        "heldout_gen4", 0.995, _out_and_truth, "make_v2.py", "truth_v2_before_run.csv",
        "truth_v2.csv",
    ),
    "heldout_gen4-v3": World(
        "heldout_gen4", 0.99, _out_and_truth, "make_v3.py", "truth_v3_before_run.csv",
        "truth_v3.csv",
    ),
    "heldout_gen5": World("heldout_gen5", 0.99, _out_and_truth),
    "heldout_gen6": World("heldout_gen6", 0.995, _out_and_truth),
    "heldout_gen7": World("heldout_gen7", 0.995, _out_and_truth),
    "heldout_gen8": World("heldout_gen8", 0.995, _out_and_truth),
    "heldout_gen9": World("heldout_gen9", 0.995, _out_and_truth),
    "heldout_gen10": World("heldout_gen10", 0.995, _out_and_truth, stored=True),
    "heldout_gen11": World("heldout_gen11", 0.995, _out_and_truth, stored=True),
}  # fmt: skip


@pytest.fixture(scope="module", params=sorted(WORLDS))
def scored(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    world = WORLDS[request.param]
    folder = DATA / world.folder
    if world.stored:
        data = folder / "data"
    else:
        out = tmp_path_factory.mktemp(request.param)
        data, truth = out / "data", out / "truth.csv"
        subprocess.run(
            [sys.executable, str(folder / world.make), *world.arguments(data, truth)],
            check=True,
            capture_output=True,
        )
        written = pd.read_csv(truth, dtype=str, keep_default_na=False)
        before = pd.read_csv(folder / world.frozen, dtype=str, keep_default_na=False)
        assert written.equals(before), f"{world.make} no longer writes the frozen truth"
    labels = pd.read_csv(folder / world.labels, dtype=str, keep_default_na=False)
    got = run_audit(data).determinations[["hire_id", "determination"]]
    return world.floor, got.merge(labels, on="hire_id", validate="one_to_one"), len(labels)


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
