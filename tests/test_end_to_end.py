"""The whole audit on generated data, checked against the generator's truth."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from conftest import ROOT

from audit.pipeline import run_audit
from audit.sample import generate_sample
from audit.scoring import score_against_truth

SAMPLE = ROOT / "sample_data"


@pytest.fixture(scope="module")
def shipped(tmp_path_factory):
    out = tmp_path_factory.mktemp("shipped")
    return run_audit(SAMPLE, out_dir=out), out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory):
    """Another seed and size than the shipped sample: nothing is tuned to one data set."""
    data = tmp_path_factory.mktemp("fresh-data")
    generate_sample(data, hires=1500, registry=30000, seed=20261124, registry_format="csv")
    return run_audit(data), pd.read_csv(data / "truth.csv", dtype=str)


def test_every_hire_exactly_once(shipped):
    result, out = shipped
    det = pd.read_csv(out / "determinations.csv", dtype=str, keep_default_na=False)
    hires = result.dataset.hires
    assert len(det) == len(hires)
    assert det["hire_id"].is_unique
    assert set(det["hire_id"]) == set(hires["hire_id"])
    assert det["reason_codes"].str.len().min() > 0
    assert det["evidence"].str.len().min() > 0


def test_recall_list_is_exactly_the_recalls(shipped):
    _, out = shipped
    det = pd.read_csv(out / "determinations.csv", dtype=str)
    recalls = pd.read_csv(out / "recall_list.csv", dtype=str)
    review = pd.read_csv(out / "review_queue.csv", dtype=str)
    assert set(recalls["hire_id"]) == set(det.loc[det["determination"] == "RECALL", "hire_id"])
    assert len(recalls) == (det["determination"] == "RECALL").sum()
    assert set(review["hire_id"]) == set(
        det.loc[det["determination"] == "MANUAL_REVIEW", "hire_id"]
    )


def test_two_runs_are_byte_identical(shipped, tmp_path):
    _, first = shipped
    run_audit(SAMPLE, out_dir=tmp_path)
    for name in (
        "determinations.csv",
        "determinations.parquet",
        "recall_list.csv",
        "review_queue.csv",
    ):
        assert (first / name).read_bytes() == (tmp_path / name).read_bytes(), name


def _assert_quality(score):
    assert score.recalls_verified == 0, score.confusion
    assert score.missed_recalls <= 0.005 * score.short_track, score.confusion
    assert score.wrong_recalls <= 0.01 * score.short_track, score.confusion
    assert score.avoidable_review_share <= 0.03, score.confusion
    assert score.agree >= 0.97 * score.hires, score.confusion


def test_shipped_sample_against_truth(shipped):
    result, _ = shipped
    truth = pd.read_csv(SAMPLE / "truth.csv", dtype=str)
    score = score_against_truth(result.determinations, truth)
    assert set(score.counts) == {
        "VERIFIED_LEO",
        "RECALL",
        "REMEDIATED",
        "MANUAL_REVIEW",
        "NOT_APPLICABLE",
    }
    _assert_quality(score)


def test_fresh_sample_against_truth(fresh):
    result, truth = fresh
    _assert_quality(score_against_truth(result.determinations, truth))


def test_manifest_accounts_for_inputs_and_rules(shipped):
    import json

    result, out = shipped
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["rules_version"] == result.rules_version
    assert {f["path"] for f in manifest["rules_files"]} == {
        "rules/policy.yaml",
        "rules/titles.yaml",
        "rules/columns.yaml",
        "rules/nicknames.yaml",
    }
    assert sum(manifest["determination_counts"].values()) == len(result.dataset.hires)
    tables = {f["table"] for f in manifest["inputs"]}
    assert {"hires", "training", "certifications"} <= tables
    assert all(len(f["sha256"]) == 64 for f in manifest["inputs"])


def test_sample_data_is_shipped():
    assert (SAMPLE / "truth.csv").is_file()
    assert list(Path(SAMPLE).glob("certifications_*"))


def test_input_row_order_changes_no_determination(tmp_path):
    """Shuffling every table's rows (registries crowded with namesakes and twins among
    them) changes nothing: no decision may hang on which row a file lists first."""
    source = ROOT / "tests" / "data" / "identity_real"
    for path in source.glob("*.csv"):
        if path.name.startswith(("expected", "scenario")):
            continue
        header, *rows = path.read_bytes().rstrip(b"\r\n").splitlines(keepends=True)
        rows[-1:] = [rows[-1] + b"\n"] if rows else []
        order = pd.Series(range(len(rows))).sample(frac=1, random_state=5).tolist()
        assert order != sorted(order) or len(rows) < 2
        (tmp_path / path.name).write_bytes(header + b"".join(rows[i] for i in order))
    before = run_audit(source).determinations
    after = run_audit(tmp_path).determinations
    key = ["hire_id"]
    pd.testing.assert_frame_equal(
        before.sort_values(key).reset_index(drop=True),
        after.sort_values(key).reset_index(drop=True),
    )
