"""Hostile and broken input, safe exports, least PII, and checkable outputs."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import cert, hire, make_dataset, write_folder
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from audit.cli import main
from audit.dataset import Dataset
from audit.errors import InputError
from audit.load import load_dataset
from audit.pipeline import run_audit


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# -- any bytes as a table file: a load or a clean error, never a crash -----------------------


def _load_or_error(folder: Path) -> None:
    try:
        assert isinstance(load_dataset(folder), Dataset)
    except InputError as exc:
        assert exc.problems and all(p.file for p in exc.problems)


@pytest.mark.parametrize(
    "name",
    [
        "hires.csv",
        "training.csv",
        "certifications_mn.csv",
        "hires.parquet",
        "decertifications.xlsx",
    ],
)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(blob=st.binary(max_size=2000))
def test_any_bytes_load_or_fail_cleanly(small_folder, tmp_path_factory, name, blob):
    folder = tmp_path_factory.mktemp("fuzz")
    for f in small_folder.iterdir():
        shutil.copy(f, folder / f.name)
    if name.startswith("hires") and name != "hires.csv":
        (folder / "hires.csv").unlink()
    (folder / name).write_bytes(blob)
    _load_or_error(folder)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(cells=st.lists(st.text(max_size=30), min_size=1, max_size=12))
def test_any_text_in_cells_loads_or_fails_cleanly(small_folder, tmp_path_factory, cells):
    folder = tmp_path_factory.mktemp("cells")
    for f in small_folder.iterdir():
        shutil.copy(f, folder / f.name)
    hires = pd.read_csv(folder / "hires.csv", dtype=str, keep_default_na=False)
    columns = list(hires.columns)
    for i, value in enumerate(cells):
        hires.iloc[i % len(hires), i % len(columns)] = value
    hires.to_csv(folder / "hires.csv", index=False)
    _load_or_error(folder)


# -- encodings -------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig"])
def test_office_encodings_load_with_accents_and_are_recorded(small_folder, tmp_path, encoding):
    hires = pd.read_csv(small_folder / "hires.csv", dtype=str, keep_default_na=False)
    hires.loc[0, "last_name"] = "Núñez"
    (small_folder / "hires.csv").write_bytes(hires.to_csv(index=False).encode(encoding))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", "--data", str(small_folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    det = pd.read_csv(out / "determinations.csv", dtype=str)
    assert "Núñez" in det["last_name"].tolist()
    manifest = json.loads((out / "manifest.json").read_text())
    recorded = {f["path"]: f["encoding"] for f in manifest["inputs"]}
    assert recorded["hires.csv"] in {encoding.replace("latin-1", "cp1252"), encoding}


# -- least PII -------------------------------------------------------------------------------


def test_dates_of_birth_only_on_request(runner, small_folder, tmp_path):
    plain, full = tmp_path / "plain", tmp_path / "full"
    assert (
        runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(plain)]).exit_code
        == 0
    )
    assert (
        runner.invoke(
            main, ["run", "--data", str(small_folder), "--out", str(full), "--include-dob"]
        ).exit_code
        == 0
    )
    for name in ("recall_list.csv", "review_queue.csv"):
        assert "date_of_birth" not in pd.read_csv(plain / name).columns
        assert "date_of_birth" in pd.read_csv(full / name).columns
    assert "1990-02-03" not in (plain / "recall_list.csv").read_text(encoding="utf-8-sig")
    assert "1990-02-03" in (full / "recall_list.csv").read_text(encoding="utf-8-sig")


def test_errors_name_row_and_column_not_the_person(runner, small_folder, tmp_path):
    hires = pd.read_csv(small_folder / "hires.csv", dtype=str, keep_default_na=False)
    hires.loc[0, "date_of_birth"] = "Smithson"
    hires.to_csv(small_folder / "hires.csv", index=False)
    result = runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "row 2" in result.output and "date_of_birth" in result.output
    assert "Smithson" not in result.output and "Robert" not in result.output


# -- safe exports ----------------------------------------------------------------------------


def test_hostile_names_are_defused_in_csv_and_xlsx(runner, small_folder, tmp_path):
    hires = pd.read_csv(small_folder / "hires.csv", dtype=str, keep_default_na=False)
    hires.loc[1, "last_name"] = '=HYPERLINK("http://x","click")'
    hires.to_csv(small_folder / "hires.csv", index=False)
    out = tmp_path / "o"
    result = runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(out), "--xlsx"])
    assert result.exit_code == 0, result.output
    recalls = pd.read_csv(out / "recall_list.csv", dtype=str)
    assert recalls["last_name"].str.startswith("'=").any()
    sheet = openpyxl.load_workbook(out / "recall_list.xlsx").active
    assert sheet is not None
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert any(isinstance(v, str) and v.startswith("'=HYPERLINK") for v in values)
    assert sheet["A1"].value == "hire_id"
    # laid out for reading: header frozen, filters on, ids as text, long evidence wrapped
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    assert all(isinstance(c.value, str) for c in sheet["A"][1:])
    evidence = next(c for c in sheet[1] if c.value == "evidence").column_letter
    assert sheet.column_dimensions[evidence].width <= 62
    assert sheet[f"{evidence}2"].alignment.wrap_text
    review = openpyxl.load_workbook(out / "review_queue.xlsx").active
    assert review is not None and review["A1"].value == "hire_id"


# -- verify ----------------------------------------------------------------------------------


def test_verify_accepts_its_own_outputs_and_catches_changes(runner, small_folder, tmp_path):
    out = tmp_path / "o"
    assert (
        runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(out)]).exit_code == 0
    )
    ok = runner.invoke(main, ["verify", str(out), "--data", str(small_folder)])
    assert ok.exit_code == 0, ok.output
    assert "came from these inputs" in ok.output

    hires = pd.read_csv(small_folder / "hires.csv", dtype=str, keep_default_na=False)
    hires.loc[2, "screening_track"] = "BASIC"
    hires.to_csv(small_folder / "hires.csv", index=False)
    changed = runner.invoke(main, ["verify", str(out), "--data", str(small_folder)])
    assert changed.exit_code == 1
    assert "inputs" in changed.output and "MISMATCH" in changed.output


def test_verify_catches_an_edited_recall_list(runner, small_folder, tmp_path):
    out = tmp_path / "o"
    runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(out)])
    with open(out / "recall_list.csv", "a", encoding="utf-8") as fh:
        fh.write("9999,Extra,Row,,,,,,\r\n")
    result = runner.invoke(main, ["verify", str(out), "--data", str(small_folder)])
    assert result.exit_code == 1
    assert "recall_list.csv" in result.output


def test_verify_catches_an_edited_report_and_workbook(runner, small_folder, tmp_path):
    out = tmp_path / "o"
    args = ["run", "--data", str(small_folder), "--out", str(out), "--xlsx"]
    assert runner.invoke(main, args).exit_code == 0
    (out / "report.html").write_text("<p>nothing to see</p>", encoding="utf-8")
    (out / "recall_list.xlsx").write_bytes(b"")
    result = runner.invoke(main, ["verify", str(out), "--data", str(small_folder)])
    assert result.exit_code == 1
    assert "report.html" in result.output and "recall_list.xlsx" in result.output


def test_a_later_run_removes_the_workbook_it_did_not_write(runner, small_folder, tmp_path):
    out = tmp_path / "o"
    with_xlsx = ["run", "--data", str(small_folder), "--out", str(out), "--xlsx"]
    assert runner.invoke(main, with_xlsx).exit_code == 0
    assert (out / "recall_list.xlsx").is_file()
    assert runner.invoke(main, with_xlsx[:-1]).exit_code == 0
    assert not (out / "recall_list.xlsx").exists()  # it would hold the earlier run's recalls
    ok = runner.invoke(main, ["verify", str(out), "--data", str(small_folder)])
    assert ok.exit_code == 0, ok.output


def test_a_killed_runs_staging_folder_is_cleared_and_others_kept(runner, small_folder, tmp_path):
    out = tmp_path / "o"
    dead = out / ".tmp-leo-audit-999999999-x"  # no such process
    live = out / f".tmp-leo-audit-{os.getpid()}-x"  # a run still writing
    notes = out / "notes"  # not ours
    for folder in (dead, live, notes):
        folder.mkdir(parents=True)
    result = runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert not dead.exists() and live.is_dir() and notes.is_dir()


def test_out_naming_a_file_is_a_clear_input_error(runner, small_folder, tmp_path):
    target = tmp_path / "recalls.csv"
    target.write_text("keep me", encoding="utf-8")
    result = runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(target)])
    assert result.exit_code == 2
    assert "recalls.csv" in result.output and "folder" in result.output
    assert "Errno" not in result.output
    assert target.read_text(encoding="utf-8") == "keep me"


def test_verify_without_a_manifest_is_an_input_error(runner, small_folder, tmp_path):
    result = runner.invoke(main, ["verify", str(tmp_path), "--data", str(small_folder)])
    assert result.exit_code == 2
    assert "manifest.json" in result.output


# -- a registry file as a state publishes it ------------------------------------------------

REAL = Path(__file__).resolve().parent / "data" / "real"


VA_LIST = REAL / "va-dcjs-decertification-list-apr25-pseudonymized.xlsx"


def test_virginias_published_decertification_list_is_read_as_published(tmp_path):
    """Four sheets, title rows, year rows, a 16,384-column sheet, no id, state or birth
    date: every person becomes one VA decertification row, none dropped, none invented."""
    one_hire = make_dataset([hire("1", "Ann", "Lee", "1984-07-15")], [])
    folder = write_folder(tmp_path / "data", one_hire)
    shutil.copy(VA_LIST, folder / "decertifications_va.xlsx")
    data = load_dataset(folder)
    va = data.decertifications.set_index("record_id")
    assert len(va) == 524  # people per sheet: 308 + 90 + 81 + 45
    assert va.index.is_unique and (va["source"] == "VA").all()
    assert va["date_of_birth"].isna().all()  # never invented: a name match stays a lead
    assert va["action"].value_counts().to_dict() == {"revoked": 478, "reinstated": 46}
    assert [f.layout for f in data.files if f.table == "decertifications"] == [
        "Virginia DCJS decertification list"
    ]
    first = va.loc["VA-DCJS-1-5"]  # sheet 1, row 5: the first person under "2021"
    assert (first["last_name"], first["first_name"], first["action"]) == ("Dean", "Judy", "revoked")
    assert first["action_date"] == pd.Timestamp("2021-01-04")
    assert "Hampton Police Department" in first["reason"]
    # a typo in a date is an unknown date, with the published text kept for the analyst
    typo = va[va["reason"].str.contains("as published: 11/02/20217", regex=False)]
    assert len(typo) == 1 and typo["action_date"].isna().all()
    # reinstated: the reinstated sheet, and a reinstatement date in the status column
    assert (va.loc[va.index.str.startswith("VA-DCJS-4-"), "action"] == "reinstated").all()
    assert va.loc["VA-DCJS-3-7", "action"] == "reinstated"


def test_a_published_decertification_decides_by_name_as_a_lead_and_reinstatement_clears(
    tmp_path,
):
    """No birth date on the list: a verified hire sharing a decertified name is reviewed
    (never recalled, never verified silently); a reinstated name changes nothing."""
    dob = "1980-05-05"
    data = make_dataset(
        [hire("1", "Judy", "Dean", dob), hire("2", "Jill", "West", dob),
         hire("3", "Ann", "Lee", dob)],
        [cert(f"VA-{n}", first, last, dob, source="VA") for n, first, last in
         (("1", "Judy", "Dean"), ("2", "Jill", "West"), ("3", "Ann", "Lee"))],
    )  # fmt: skip
    folder = write_folder(tmp_path / "data", data)
    shutil.copy(VA_LIST, folder / "decertifications_va.xlsx")
    out = run_audit(folder).determinations.set_index("hire_id")
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "POSSIBLE_DECERTIFICATION" in out.loc["1", "reason_codes"]
    assert out.loc["1", "decert_record_id"] == "VA-DCJS-1-5"
    assert out.loc["2", "determination"] == "VERIFIED_LEO"  # "West II", reinstated
    assert out.loc["3", "determination"] == "VERIFIED_LEO"


# -- a separation date the registry does not know ----------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("", "VERIFIED_LEO"),  # blank: still employed (contract)
        ("N/A", "VERIFIED_LEO"),  # not applicable: no separation
        ("unknown", "MANUAL_REVIEW"),
        ("TBD", "MANUAL_REVIEW"),
        ("unk", "MANUAL_REVIEW"),
        ("Not known", "MANUAL_REVIEW"),
    ],
)
def test_a_separation_date_said_unknown_is_not_still_employed(tmp_path, written, expected):
    """An inactive officer certified in 2002 whose separation 'unknown' was read as blank
    verified as serving at hire: blank means still employed, 'unknown' means unknown."""
    data = make_dataset(
        [hire("1", "Ann", "Lee", "1984-07-15")],
        [cert("MN-1", "Ann", "Lee", "1984-07-15", status="inactive", issued_date="2002-03-15")],
    )
    folder = write_folder(tmp_path / "data", data)
    certs = pd.read_csv(folder / "certifications_mn.csv", dtype=str, keep_default_na=False)
    certs["separation_date"] = written
    certs.to_csv(folder / "certifications_mn.csv", index=False)
    row = run_audit(folder).determinations.set_index("hire_id").loc["1"]
    assert row["determination"] == expected
    if expected == "MANUAL_REVIEW":
        assert "CERT_DATA_INCOMPLETE" in row["reason_codes"]
        assert "separation date unknown" in row["evidence"]
        assert "serving at hire" not in row["evidence"]


def test_the_terminal_says_how_unusual_files_were_read(runner, small_folder, tmp_path):
    """A file read other than as the contract lays it out is named, with how."""
    certs = pd.read_csv(small_folder / "certifications_mn.csv", dtype=str, keep_default_na=False)
    (small_folder / "certifications_mn.csv").unlink()
    certs.drop(columns=["source"]).to_csv(small_folder / "certifications_fl.csv", index=False)
    out = tmp_path / "o"
    result = runner.invoke(main, ["run", "--data", str(small_folder), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "certifications_fl.csv: source FL taken from the file name" in result.output
    assert "source FL taken from the file name" in (out / "report.html").read_text()


def test_a_published_list_says_reinstated_only_when_it_is(tmp_path):
    """A status that mentions reinstatement without granting it keeps the person decertified."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "1) Finalized"
    sheet.append(["TAB 1 - DCJS MASTER DECERTIFICATION LIST"])
    sheet.append(["Last Name", "First Name", "Middle\nInitial", "Agency", "Function",
                  "Decert Date", "STATUS", "Reason"])  # fmt: skip
    for status in ("Finalized", "Reinstatement denied", "Reinstated 07/23/2021",
                   "Not eligible for reinstatement"):  # fmt: skip
        sheet.append(["Lee", "Ann", None, "Town PD", "Law Enforcement Officer",
                      dt.datetime(2021, 1, 4), status, "x"])  # fmt: skip
    folder = write_folder(
        tmp_path / "data", make_dataset([hire("1", "Ann", "Lee", "1984-07-15")], [])
    )
    book.save(folder / "decertifications_va.xlsx")
    actions = load_dataset(folder).decertifications["action"].tolist()
    assert actions == ["revoked", "revoked", "reinstated", "revoked"]
