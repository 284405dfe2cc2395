"""Every CLI option through click's CliRunner, with the exit-code convention."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import ROOT

from audit import __version__
from audit.cli import main


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_run_writes_every_output(runner, small_folder, tmp_path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    for name in (
        "determinations.csv",
        "determinations.parquet",
        "recall_list.csv",
        "review_queue.csv",
        "manifest.json",
        "report.html",
    ):
        assert (out / name).is_file(), name
    det = pd.read_csv(out / "determinations.csv", dtype=str)
    assert det.set_index("hire_id")["determination"].to_dict() == {
        "0001": "VERIFIED_LEO",
        "0002": "RECALL",
        "0003": "REMEDIATED",
        "0004": "NOT_APPLICABLE",
    }
    assert "RECALL" in result.output and "VERIFIED_LEO" in result.output


def test_fail_on_recall_exits_1_only_when_there_are_recalls(runner, small_folder, tmp_path):
    args = ["run", "--data", str(small_folder), "--out", str(tmp_path / "o"), "--fail-on-recall"]
    assert runner.invoke(main, args).exit_code == 1
    hires = pd.read_csv(small_folder / "hires.csv", dtype=str)
    hires[hires["hire_id"] != "0002"].to_csv(small_folder / "hires.csv", index=False)
    training = pd.read_csv(small_folder / "training.csv", dtype=str)
    training[training["hire_id"] != "0002"].to_csv(small_folder / "training.csv", index=False)
    assert runner.invoke(main, args).exit_code == 0


def test_quiet_prints_nothing(runner, small_folder, tmp_path):
    result = runner.invoke(
        main, ["run", "--data", str(small_folder), "--out", str(tmp_path / "o"), "--quiet"]
    )
    assert result.exit_code == 0
    assert result.output == ""


def test_rules_folder_changes_the_audit_without_code(runner, small_folder, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    policy = (rules / "policy.yaml").read_text()
    (rules / "policy.yaml").write_text(
        policy.replace(
            "sworn_categories: [sworn_leo]", "sworn_categories: [sworn_leo, corrections_detention]"
        )
    )
    out = tmp_path / "o"
    result = runner.invoke(
        main, ["run", "--data", str(small_folder), "--out", str(out), "--rules", str(rules)]
    )
    assert result.exit_code == 0, result.output
    det = pd.read_csv(out / "determinations.csv", dtype=str).set_index("hire_id")
    assert det.loc["0002", "determination"] == "VERIFIED_LEO"


def test_malformed_rules_name_file_and_key(runner, small_folder, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    text = (rules / "policy.yaml").read_text()
    (rules / "policy.yaml").write_text(
        text.replace("service_minimum_months: 12", "service_minimum_months: twelve")
    )
    out = tmp_path / "o"
    result = runner.invoke(
        main, ["run", "--data", str(small_folder), "--out", str(out), "--rules", str(rules)]
    )
    assert result.exit_code == 2
    assert "policy.yaml" in result.output and "service_minimum_months" in result.output
    assert not out.exists()


def test_bad_input_exits_2_lists_problems_and_saves_them(runner, small_folder, tmp_path):
    hires = pd.read_csv(small_folder / "hires.csv", dtype=str)
    hires.loc[1, "hire_date"] = "2024-02-30"
    hires.loc[2, "screening_track"] = "FAST"
    hires.to_csv(small_folder / "hires.csv", index=False)
    errors = tmp_path / "problems.csv"
    out = tmp_path / "o"
    result = runner.invoke(
        main, ["run", "--data", str(small_folder), "--out", str(out), "--errors", str(errors)]
    )
    assert result.exit_code == 2
    assert "hires.csv" in result.output
    assert "hire_date" in result.output and "screening_track" in result.output
    assert "Traceback" not in result.output
    table = pd.read_csv(errors)
    assert {"file", "row", "column", "message"} <= set(table.columns)
    assert set(table["row"]) >= {3, 4}
    assert not out.exists()


def test_an_unwritable_errors_file_still_exits_2(runner, small_folder, tmp_path):
    hires = pd.read_csv(small_folder / "hires.csv", dtype=str)
    hires.loc[1, "hire_date"] = "2024-02-30"
    hires.to_csv(small_folder / "hires.csv", index=False)
    errors = tmp_path / "no-such-folder" / "problems.csv"
    result = runner.invoke(
        main,
        ["run", "--data", str(small_folder), "--out", str(tmp_path / "o"), "--errors", str(errors)],
    )
    assert result.exit_code == 2
    assert "Could not save the problems" in result.output
    assert "hire_date" in result.output
    assert "Traceback" not in result.output


def test_debug_keeps_input_errors_clean(runner, tmp_path):
    result = runner.invoke(
        main, ["run", "--data", str(tmp_path / "missing"), "--out", str(tmp_path / "o"), "--debug"]
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output


def test_data_folder_as_argument(runner, small_folder, tmp_path):
    """``leo-audit run FOLDER`` is what people type first; it means --data FOLDER."""
    out = tmp_path / "out"
    result = runner.invoke(main, ["run", str(small_folder), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert len(pd.read_csv(out / "determinations.csv", dtype=str)) == 4
    both = ["run", str(small_folder), "--data", str(tmp_path), "--out", str(out)]
    result = runner.invoke(main, both)
    assert result.exit_code == 2
    assert "give the data folder once" in result.output


def test_a_rerun_says_what_it_replaced(runner, small_folder, tmp_path):
    out = tmp_path / "out"
    first = runner.invoke(main, ["run", str(small_folder), "--out", str(out), "--xlsx"])
    assert first.exit_code == 0 and "earlier run" not in first.output
    again = runner.invoke(main, ["run", str(small_folder), "--out", str(out)])
    assert again.exit_code == 0, again.output
    assert "Replaced the outputs of an earlier run" in again.output
    assert "removed its recall_list.xlsx" in again.output
    assert not (out / "recall_list.xlsx").exists()


def test_usage_error_exits_2(runner):
    assert runner.invoke(main, ["run", "--no-such-option"]).exit_code == 2


def test_version_and_help(runner):
    assert __version__ in runner.invoke(main, ["--version"]).output
    help_text = runner.invoke(main, ["run", "--help"]).output
    for option in (
        "--data",
        "--out",
        "--rules",
        "--fail-on-recall",
        "--errors",
        "--quiet",
        "--debug",
    ):
        assert option in help_text


def test_sample_then_run(runner, tmp_path):
    data = tmp_path / "gen"
    result = runner.invoke(
        main,
        [
            "sample",
            "--hires",
            "300",
            "--registry",
            "3000",
            "--seed",
            "11",
            "--out",
            str(data),
            "--registry-format",
            "csv",
            "--truth-links",
        ],
    )
    assert result.exit_code == 0, result.output
    assert (data / "truth.csv").is_file()
    assert (data / "truth_links.csv").is_file()
    assert list(data.glob("certifications_*.csv"))
    out = tmp_path / "o"
    result = runner.invoke(main, ["run", "--data", str(data), "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    det = pd.read_csv(out / "determinations.csv", dtype=str)
    assert len(det) == 300


def test_default_data_is_the_shipped_sample(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    out = tmp_path / "o"
    result = runner.invoke(main, ["run", "--out", str(out), "-q"])
    assert result.exit_code == 0, result.output
    truth = pd.read_csv(ROOT / "sample_data" / "truth.csv", dtype=str)
    assert len(pd.read_csv(out / "determinations.csv", dtype=str)) == len(truth)


def test_classify_titles_keeps_rows_in_order(runner, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text(
        "title,employer\nOfficer,Springfield Police Department\nOfficer,First National Bank\n"
        "Loan Officer,\nOfficer,\n"
    )
    out = tmp_path / "out.csv"
    result = runner.invoke(main, ["classify-titles", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    got = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert got["category"].tolist() == ["sworn_leo", "other_officer", "other_officer", "unknown"]
    assert got["counts_as_sworn"].tolist() == ["yes", "no", "no", "unknown"]
    assert got["employer"].tolist()[1] == "First National Bank"


def test_classify_titles_needs_a_title_column(runner, tmp_path):
    src = tmp_path / "in.csv"
    src.write_text("job\nOfficer\n")
    result = runner.invoke(main, ["classify-titles", str(src), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert "title" in result.output


def test_classify_titles_reads_an_office_export(runner, tmp_path):
    """cp1252 text and a header in capitals, as a spreadsheet saves it."""
    src = tmp_path / "titles.csv"
    src.write_bytes("Title,Employer\r\nDéputy Sheriff,Comté Sheriff's Office\r\n".encode("cp1252"))
    out = tmp_path / "o.csv"
    result = runner.invoke(main, ["classify-titles", str(src), "--out", str(out)])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(out, dtype=str, encoding="utf-8-sig")
    assert table["title"].tolist() == ["Députy Sheriff"]
