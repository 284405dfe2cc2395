"""Loader tests: small input folders built in tmp_path, one behaviour per test."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from audit.contract import TABLES, normalise_header
from audit.errors import InputError, Problem
from audit.load import load_aliases, load_dataset
from audit.problems import MAX_LISTED

HIRES_HEADER = [
    "hire_id",
    "first_name",
    "last_name",
    "date_of_birth",
    "hire_date",
    "position_title",
    "job_series",
    "field_office",
    "screening_track",
]
TRAINING_HEADER = [
    "hire_id",
    "course_code",
    "course_title",
    "delivery",
    "start_date",
    "end_date",
    "status",
]
CERT_HEADER = [
    "record_id",
    "source",
    "first_name",
    "last_name",
    "date_of_birth",
    "certification_type",
    "status",
    "issued_date",
    "separation_date",
    "agency",
]


def hire(hire_id: str = "00123", **changes: str) -> list[str]:
    row = {
        "hire_id": hire_id,
        "first_name": "Ana",
        "last_name": "Muñoz",
        "date_of_birth": "1985-03-02",
        "hire_date": "2024-01-15",
        "position_title": "Deportation Officer",
        "job_series": "1801",
        "field_office": "St. Paul",
        "screening_track": "LEO",
    }
    row.update(changes)
    return [row[c] for c in HIRES_HEADER]


def course(hire_id: str = "00123", **changes: str) -> list[str]:
    row = {
        "hire_id": hire_id,
        "course_code": "ERO-LEO-VIRT",
        "course_title": "LEO virtual",
        "delivery": "online",
        "start_date": "2024-02-01",
        "end_date": "2024-02-10",
        "status": "completed",
    }
    row.update(changes)
    return [row[c] for c in TRAINING_HEADER]


def cert(record_id: str, source: str = "MN", **changes: str) -> list[str]:
    row = {
        "record_id": record_id,
        "source": source,
        "first_name": "Ana",
        "last_name": "Munoz",
        "date_of_birth": "1985-03-02",
        "certification_type": "Basic Peace Officer",
        "status": "active",
        "issued_date": "2010-06-01",
        "separation_date": "",
        "agency": "St. Paul PD",
    }
    row.update(changes)
    return [row[c] for c in CERT_HEADER]


def write_csv(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[str]], encoding: str = "utf-8"
) -> Path:
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(text.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    """Rows as sheet rows from row 1; None leaves a cell empty."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for r, values in enumerate(rows, start=1):
        for c, value in enumerate(values, start=1):
            if value is not None:
                sheet.cell(row=r, column=c, value=value)
    book.create_sheet("Second")["A1"] = "ignored: only the first sheet is read"
    book.save(path)
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A valid minimal input: two hires, their training, one registry file."""
    write_csv(tmp_path / "hires.csv", HIRES_HEADER, [hire("00123"), hire("00124")])
    write_csv(tmp_path / "training.csv", TRAINING_HEADER, [course("00123"), course("00124")])
    write_csv(tmp_path / "certifications_mn.csv", CERT_HEADER, [cert("MN-1")])
    return tmp_path


def problems_of(data_dir: Path) -> list[Problem]:
    with pytest.raises(InputError) as caught:
        load_dataset(data_dir)
    return caught.value.problems


def one(problems: list[Problem], file: str, column: str | None, text: str) -> Problem:
    """The single problem about ``file``/``column`` whose message contains ``text``."""
    found = [p for p in problems if p.file == file and p.column == column and text in p.message]
    assert len(found) == 1, f"wanted one {file}/{column}/{text!r} in:\n" + "\n".join(
        map(str, problems)
    )
    return found[0]


# --- reading the three formats --------------------------------------------------------------


def test_csv_loads_with_contract_columns_and_dtypes(folder: Path) -> None:
    data = load_dataset(folder)
    hires = data.hires
    assert list(hires.columns) == [*TABLES[0].names, "birth_year"]
    assert hires["hire_id"].tolist() == ["00123", "00124"]
    assert hires["hire_id"].dtype == pd.StringDtype()
    assert hires["hire_date"].dtype == "datetime64[ns]"
    assert hires["birth_year"].dtype == "Int64"
    assert hires["middle_name"].isna().all()  # optional, absent -> all NA
    assert hires["middle_name"].dtype == pd.StringDtype()
    assert list(hires.index) == [0, 1]
    assert data.training["status"].tolist() == ["completed", "completed"]
    assert data.employment_history.empty
    assert list(data.overrides.columns) == [c.name for c in TABLES[-1].columns]
    assert data.overrides["reviewed_on"].dtype == "datetime64[ns]"


def test_input_files_are_recorded_with_hashes(folder: Path) -> None:
    files = {f.path: f for f in load_dataset(folder).files}
    assert set(files) == {"hires.csv", "training.csv", "certifications_mn.csv"}
    raw = (folder / "hires.csv").read_bytes()
    assert files["hires.csv"].sha256 == hashlib.sha256(raw).hexdigest()
    assert files["hires.csv"].rows == 2
    assert (files["hires.csv"].format, files["hires.csv"].encoding) == ("csv", "utf-8")


def test_other_files_are_ignored(folder: Path) -> None:
    (folder / "truth.csv").write_text("not,a,table\n")
    (folder / "README").write_text("notes")
    (folder / "hires.xls").write_bytes(b"old excel")
    data = load_dataset(folder)
    assert {f.path for f in data.files} == {"hires.csv", "training.csv", "certifications_mn.csv"}


def test_parquet_keeps_text_ids_and_typed_dates(folder: Path) -> None:
    (folder / "hires.csv").unlink()
    table = pa.table(
        {
            "hire_id": pa.array(["00123", "00124"]),
            "first_name": ["Ana", "Bob"],
            "last_name": ["Muñoz", "Smith"],
            "date_of_birth": pa.array([dt.date(1985, 3, 2), None], type=pa.date32()),
            "hire_date": pa.array(
                [dt.datetime(2024, 1, 15, 9, 30), dt.datetime(2024, 1, 16)],
                type=pa.timestamp("ms"),
            ),
            "position_title": ["DO", "DO"],
            "job_series": pa.array([1801, None], type=pa.int64()),
            "field_office": ["St. Paul", "  "],
            "screening_track": ["leo", "Basic"],
            "unrelated": [1.5, 2.5],
        }
    )
    pq.write_table(table, folder / "hires.parquet")
    hires = load_dataset(folder).hires
    assert hires["hire_id"].tolist() == ["00123", "00124"]
    assert hires["job_series"].tolist() == ["1801", pd.NA]
    assert hires["date_of_birth"].tolist() == [pd.Timestamp("1985-03-02"), pd.NaT]
    assert hires["hire_date"].tolist() == [pd.Timestamp("2024-01-15"), pd.Timestamp("2024-01-16")]
    assert hires["hire_date"].dtype == "datetime64[ns]"
    assert hires["field_office"].tolist() == ["St. Paul", pd.NA]
    assert hires["screening_track"].tolist() == ["LEO", "BASIC"]
    assert "unrelated" not in hires


def test_parquet_text_stored_as_bytes_or_string_views_is_read(folder: Path) -> None:
    (folder / "hires.csv").unlink()
    texts = {c: [v] for c, v in zip(HIRES_HEADER, hire("00123"), strict=True)}
    table = pa.table(texts)
    table = table.set_column(0, "hire_id", pa.array([b"00123"], type=pa.binary())).set_column(
        2, "last_name", pa.array(["Mu\u00f1oz"], type=pa.string_view())
    )
    pq.write_table(table, folder / "hires.parquet", store_schema=True)
    hires = load_dataset(folder).hires
    assert hires["hire_id"].tolist() == ["00123"]
    assert hires["last_name"].tolist() == ["Muñoz"]


def test_excel_title_rows_newline_header_and_real_row_numbers(folder: Path) -> None:
    (folder / "hires.csv").unlink()
    header = [c.replace("_", " ").title() for c in HIRES_HEADER]
    header[0] = "Employee\nID"  # an embedded newline, as real exports have
    header.append("Middle\nInitial")
    rows: list[list[object]] = [
        ["HIRES EXPORT - FY2024"],
        [],
        ["Generated by HR system"],
        header,
        [
            "00123",
            "Ana",
            "Muñoz",
            dt.datetime(1985, 3, 2),
            dt.datetime(2024, 1, 15),
            "DO",
            1801,
            "St. Paul",
            "LEO",
            "N. ",
        ],
        [],  # blank rows are skipped, not errors
        ["00124", "Bob", "Smith", "3/4/1980", "2024-01-16", "DO", "1801", "St. Paul", "Basic"],
    ]
    write_xlsx(folder / "hires.xlsx", rows)
    data = load_dataset(folder)
    hires = data.hires
    assert hires["hire_id"].tolist() == ["00123", "00124"]
    assert hires["middle_name"].tolist() == ["N.", pd.NA]
    assert hires["job_series"].tolist() == ["1801", "1801"]
    assert hires["date_of_birth"].tolist() == [
        pd.Timestamp("1985-03-02"),
        pd.Timestamp("1980-03-04"),
    ]
    assert [f.format for f in data.files if f.table == "hires"] == ["xlsx"]

    rows.append(["00125", "Cy", "Doe", "1990-01-01", "2024-02-30", "DO", "1801", "X", "LEO"])
    write_xlsx(folder / "hires.xlsx", rows)
    problem = one(problems_of(folder), "hires.xlsx", "hire_date", "not a real calendar date")
    assert problem.row == 8  # the sheet's own row number


@pytest.mark.parametrize("block", [1_000, 4_096, 5_003])
@pytest.mark.parametrize("quote_from", [0, 3_000])
def test_quoted_line_ends_read_alike_wherever_the_blocks_are_cut(
    folder: Path, monkeypatch: pytest.MonkeyPatch, quote_from: int, block: int
) -> None:
    """Read first with blocks cut at any line end, then again where a cut fell inside a
    quoted value: one table, however the blocks fall."""
    rows = [
        cert(f"MN-{n}", last_name=f"Line\nBreak {n}" if n >= quote_from else f"Plain {n}")
        for n in range(4_000)
    ]
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, rows)
    whole = load_dataset(folder).certifications
    # small blocks: hundreds of cuts, many beside a quoted line end
    monkeypatch.setattr("audit.readers._BLOCK", block)
    cut = load_dataset(folder).certifications
    pd.testing.assert_frame_equal(cut, whole)
    assert len(whole) == 4_000
    assert whole["last_name"].iloc[-1] == "Line\nBreak 3999"


def test_a_stray_quote_that_swallows_rows_is_an_input_error(folder: Path) -> None:
    """A quote opened in one cell and closed lines later makes the rows between part of
    that cell: no row is ragged, and they vanished without a word."""
    rows = [",".join(cert(f"MN-{n}")) for n in range(6)]
    rows[1] = rows[1].replace("Basic Peace Officer", '"Basic Peace Officer')
    rows[4] = rows[4].replace("Peace Officer", 'Peace Officer"')
    text = ",".join(CERT_HEADER) + "\n" + "\n".join(rows) + "\n"
    (folder / "certifications_mn.csv").write_text(text, encoding="utf-8")
    problem = one(problems_of(folder), "certifications_mn.csv", "certification_type", "stray")
    assert problem.row == 3 and "3 more line(s)" in problem.message


def test_line_ends_in_prose_are_the_writers_own(folder: Path) -> None:
    """A resume listing things, or an agency's cell holding its mailing address, is no run
    of rows: only a line shaped like one of the file's rows is."""
    header = [*HIRES_HEADER, "resume_text"]
    resume = "Deputy Sheriff,\nPolice Officer, Dallas, TX, 2020-2023, patrol, K-9, SWAT, FTO, 2, 3"
    write_csv(folder / "hires.csv", header, [[*hire("00123"), resume], [*hire("00124"), ""]])
    address = "Ramsey County Sheriff's Office\n425 Grove St, St. Paul, MN, 55101"
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("MN-1", agency=address)])
    data = load_dataset(folder)
    assert data.hires["resume_text"].tolist()[0] == resume
    assert data.certifications["agency"].tolist() == [address]


def test_a_stray_quote_in_prose_that_swallows_rows_is_an_input_error(folder: Path) -> None:
    header = [*HIRES_HEADER, "resume_text"]
    rows = [",".join([*hire(f"0012{n}"), f"resume {n}"]) for n in range(5)]
    rows[1] = rows[1].replace("resume 1", '"resume 1')
    rows[3] = rows[3].replace("resume 3", 'resume 3"')
    text = ",".join(header) + "\r\n" + "\r\n".join(rows) + "\r\n"
    (folder / "hires.csv").write_text(text, encoding="utf-8", newline="")
    problem = one(problems_of(folder), "hires.csv", "resume_text", "stray")
    assert problem.row == 3 and "2 more line(s)" in problem.message


def test_what_a_workbook_holds_beyond_its_read_cells_is_told(folder: Path) -> None:
    """Error cells, formulas never calculated and other sheets' rows are read as nothing:
    each is a note, as a silently blank surname changes a determination."""
    (folder / "hires.csv").unlink()
    path = write_xlsx(folder / "hires.xlsx", [HIRES_HEADER, hire("00123"), hire("00124")])
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    sheet["C2"] = "=PROPER(B2)"  # openpyxl saves a formula without its value
    sheet["H3"] = "#N/A"
    book["Second"].append(["00125", "Bo"])
    book.save(path)
    data = load_dataset(folder)
    assert data.hires["last_name"].isna().tolist() == [True, False]
    notes = "\n".join(data.notes)
    assert "hires.xlsx: 1 formula cell(s) have no saved value" in notes
    assert "hires.xlsx: 1 cell(s) show an Excel error" in notes
    assert "sheet 'Second' (2 row(s) with values) was not read" in notes


def test_a_column_without_a_header_is_told(folder: Path) -> None:
    header = [*HIRES_HEADER, ""]  # a middle name, say, under a blank (or merged) cell
    rows = [[*hire("00123"), "Lee"], [*hire("00124"), ""]]
    write_csv(folder / "hires.csv", header, rows)
    data = load_dataset(folder)
    assert any("column J has no header in row 1 and was not read (1 value(s))" in n
               for n in data.notes)  # fmt: skip


def test_misspelt_and_doubled_headers_are_told(folder: Path) -> None:
    """A misspelt optional column is audited as absent and an alias beside its column is
    not read: both change the audit without an error, so each is a note; a misspelt
    required column's error names the header it may be."""
    header = [*HIRES_HEADER, "middle_nme"]
    write_csv(folder / "hires.csv", header, [[*hire("00123"), "Q"], [*hire("00124"), ""]])
    cert_header = [*CERT_HEADER, "surname"]
    write_csv(folder / "certifications_mn.csv", cert_header, [[*cert("MN-1"), "Other"]])
    notes = load_dataset(folder).notes
    assert any("'middle_nme' was not read" in n and "middle_name" in n for n in notes)
    assert any("'surname' was not read: it means last_name" in n for n in notes)
    renamed = [h if h != "hire_date" else "hire_dat" for h in HIRES_HEADER]
    write_csv(folder / "hires.csv", renamed, [hire("00123"), hire("00124")])
    problem = one(problems_of(folder), "hires.csv", "hire_date", "missing column hire_date")
    assert "'hire_dat' may be it" in problem.message


def test_a_table_under_another_name_is_told(folder: Path) -> None:
    """'hires (1).csv' or 'Copy of training.csv' are what a download or a copy names a
    table; they are not read, and a note (or the missing table's error) says so."""
    (folder / "Copy of training.csv").write_bytes((folder / "training.csv").read_bytes())
    (folder / "~$hires.xlsx").write_bytes(b"Excel's lock file")
    notes = load_dataset(folder).notes
    assert notes == (
        "Copy of training.csv: was not read: the training table is read only from "
        "training.csv, .xlsx or .parquet; rename the file if it is the one meant",
    )
    (folder / "hires.csv").rename(folder / "hires (1).csv")
    problem = one(problems_of(folder), "hires.*", None, "required table hires is missing")
    assert "found hires (1).csv" in problem.message


def test_placeholder_birth_dates_are_not_birth_dates(folder: Path) -> None:
    """1900-01-01 is unknown; a registry file where 1 January is far too common writes
    birth years as dates (both recalled certified officers, or matched strangers)."""

    def person(i: int, born: str) -> list[str]:
        return cert(f"MN-{i}", first_name="Ann", last_name=f"Lee{i}", date_of_birth=born)

    rows = [person(0, "1900-01-01")]
    rows += [person(i, f"19{60 + i}-01-01") for i in range(1, 13)]
    rows += [person(i, f"19{50 + i % 40}-03-0{1 + i % 9}") for i in range(13, 113)]
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, rows)
    data = load_dataset(folder)
    certs = data.certifications.set_index("record_id")
    assert pd.isna(certs.loc["MN-0", "date_of_birth"]) and pd.isna(certs.loc["MN-0", "birth_year"])
    assert pd.isna(certs.loc["MN-1", "date_of_birth"]) and certs.loc["MN-1", "birth_year"] == 1961
    assert certs.loc["MN-13", "date_of_birth"] == pd.Timestamp("1963-03-05")
    assert any("1 birth date(s) before 1901 read as unknown" in n for n in data.notes)
    assert any("12 of 112 birth dates fall on 1 January" in n for n in data.notes)


def test_a_few_january_birthdays_are_birthdays(folder: Path) -> None:
    rows = [
        cert(f"MN-{i}", first_name="Ann", last_name=f"Lee{i}", date_of_birth=f"19{60 + i}-01-01")
        for i in range(1, 4)
    ]
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, rows)
    data = load_dataset(folder)
    assert data.certifications["date_of_birth"].notna().all()
    assert data.notes == ()


def test_excel_serial_numbers_in_date_columns(folder: Path) -> None:
    """A date cell left in Excel's General format shows the day's serial number; four
    digits in a birth-date column stay a birth year, and the file says how it was read."""
    (folder / "hires.csv").unlink()
    header = [h for h in HIRES_HEADER]
    rows: list[list[object]] = [header]
    for hire_id, born, hired in (
        ("1", 31108, 45306),
        ("2", 1985, "2024-01-15"),
        ("3", None, 45307),
    ):
        row: list[object] = list(hire(hire_id))
        row[header.index("date_of_birth")] = born
        row[header.index("hire_date")] = hired
        rows.append(row)
    write_xlsx(folder / "hires.xlsx", rows)
    write_csv(folder / "training.csv", TRAINING_HEADER, [course(i) for i in "123"])
    data = load_dataset(folder)
    hires = data.hires
    assert hires["date_of_birth"].tolist()[0] == pd.Timestamp("1985-03-02")
    assert pd.isna(hires["date_of_birth"].tolist()[1])
    assert hires["birth_year"].tolist()[:2] == [1985, 1985]
    assert hires["hire_date"].tolist() == [
        pd.Timestamp("2024-01-15"),
        pd.Timestamp("2024-01-15"),
        pd.Timestamp("2024-01-16"),
    ]
    (read_as,) = [f.read_as for f in data.files if f.table == "hires"]
    assert "General format" in read_as
    assert "date_of_birth: 1, hire_date: 2" in read_as


def test_excel_without_a_header_row_is_a_problem(folder: Path) -> None:
    (folder / "hires.csv").unlink()
    write_xlsx(folder / "hires.xlsx", [["just a title"], ["x", "y"]])
    one(problems_of(folder), "hires.xlsx", None, "no header row found")


# --- headers ----------------------------------------------------------------------------------


def test_alias_headers_are_renamed(folder: Path) -> None:
    header = [
        "Employee ID",
        "First",
        "Surname",
        "DOB",
        "EOD-Date",
        "Position Title",
        "Job Series",
        "Duty Station",
        "Track",
        "Extra Column",
    ]
    write_csv(folder / "hires.csv", header, [[*hire("00123"), "x"]])
    write_csv(folder / "training.csv", TRAINING_HEADER, [course("00123")])
    hires = load_dataset(folder).hires
    assert hires.loc[0, "hire_id"] == "00123"
    assert hires.loc[0, "last_name"] == "Muñoz"
    assert hires.loc[0, "field_office"] == "St. Paul"
    assert "extra_column" not in hires


def test_a_job_placed_in_the_country_names_no_state(folder: Path) -> None:
    """'USA' in an applicant's history is where, not which registry: blank, so the
    employer places the job (it read as federal service, FED); a registry's 'US' is FED."""
    write_csv(
        folder / "employment_history.csv",
        ["hire_id", "employer", "title", "state", "start_date", "end_date"],
        [["00123", "Reno Police Department", "Police Officer", place, "2015-01-01", ""]
         for place in ("USA", "United States", "US", "NV")],
    )  # fmt: skip
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("MN-1", "U.S.")])
    data = load_dataset(folder)
    assert data.employment_history["state"].tolist() == [pd.NA, pd.NA, pd.NA, "NV"]
    assert data.certifications["source"].tolist() == ["FED"]


def test_alias_does_not_replace_the_real_column(folder: Path) -> None:
    # employment_history has its own `state`; `state` is an alias of `source` only in
    # the registry tables.
    write_csv(
        folder / "employment_history.csv",
        ["hire_id", "employer", "title", "state", "start_date", "end_date"],
        [["00123", "Ramsey County", "Deputy", "mn", "2015-01-01", ""]],
    )
    header = ["record_id", "state", *CERT_HEADER[2:]]
    write_csv(folder / "certifications_mn.csv", header, [cert("MN-1", "mn")])
    data = load_dataset(folder)
    assert data.employment_history["state"].tolist() == ["MN"]
    assert data.certifications["source"].tolist() == ["MN"]


def test_own_column_wins_over_alias(folder: Path) -> None:
    header = [*HIRES_HEADER, "employee_id"]
    write_csv(folder / "hires.csv", header, [[*hire("00123"), "999"], [*hire("00124"), "998"]])
    assert load_dataset(folder).hires["hire_id"].tolist() == ["00123", "00124"]


def test_aliases_argument_extends_the_column_map(folder: Path) -> None:
    header = ["Personnel Number", *HIRES_HEADER[1:]]
    write_csv(folder / "hires.csv", header, [hire("00123"), hire("00124")])
    with pytest.raises(InputError):
        load_dataset(folder)
    hires = load_dataset(folder, {"hire_id": ["personnel number"]}).hires
    assert hires["hire_id"].tolist() == ["00123", "00124"]


def test_two_headers_for_one_column_is_a_problem(folder: Path) -> None:
    header = ["emp_id", *HIRES_HEADER[1:], "employee_id"]
    write_csv(folder / "hires.csv", header, [[*hire("00123"), "00123"]])
    problem = one(problems_of(folder), "hires.csv", "hire_id", "'emp_id' and 'employee_id'")
    assert problem.row == 1


def test_header_normalisation() -> None:
    assert normalise_header("Middle\nInitial") == "middle_initial"
    assert normalise_header("  Hire-Date ") == "hire_date"
    assert normalise_header("D.O.B.") == "d_o_b"
    assert normalise_header(None) == ""


# --- values ---------------------------------------------------------------------------------


def test_us_iso_and_timestamp_dates(folder: Path) -> None:
    rows = [
        hire("1", date_of_birth="3/4/1980", hire_date="01/15/2024"),
        hire("2", date_of_birth="1980-12-31", hire_date="2024-01-15 00:00:00"),
        hire("3", date_of_birth="", hire_date="2024-01-15T13:45:00Z"),
        hire("4", hire_date="2031-07-04"),  # future dates are fine
    ]
    write_csv(folder / "hires.csv", HIRES_HEADER, rows)
    write_csv(folder / "training.csv", TRAINING_HEADER, [course("1")])
    hires = load_dataset(folder).hires
    assert hires["date_of_birth"].tolist()[:3] == [
        pd.Timestamp("1980-03-04"),
        pd.Timestamp("1980-12-31"),
        pd.NaT,
    ]
    assert hires["hire_date"].tolist() == [pd.Timestamp("2024-01-15")] * 3 + [
        pd.Timestamp("2031-07-04")
    ]
    assert hires["birth_year"].tolist()[:3] == [1980, 1980, pd.NA]


def test_bare_birth_year(folder: Path) -> None:
    write_csv(
        folder / "certifications_fl.csv",
        CERT_HEADER,
        [cert("FL-1", "FL", date_of_birth="1985"), cert("FL-2", "FL", date_of_birth="")],
    )
    certs = load_dataset(folder).certifications.set_index("record_id")
    assert pd.isna(certs.loc["FL-1", "date_of_birth"])
    assert certs.loc["FL-1", "birth_year"] == 1985
    assert pd.isna(certs.loc["FL-2", "birth_year"])
    assert certs.loc["MN-1", "birth_year"] == 1985


@pytest.mark.parametrize("label", ["birth_year", "Year of Birth", "YOB"])
def test_a_birth_year_column_stands_in_for_the_date_of_birth(folder: Path, label: str) -> None:
    """Florida's export and the National Police Index publish a birth year only."""
    header = [label if c == "date_of_birth" else c for c in CERT_HEADER]
    write_csv(folder / "certifications_fl.csv", header, [cert("FL-1", "FL", date_of_birth="1985")])
    certs = load_dataset(folder).certifications.set_index("record_id")
    assert pd.isna(certs.loc["FL-1", "date_of_birth"])
    assert certs.loc["FL-1", "birth_year"] == 1985


def test_a_birth_year_column_beside_a_date_of_birth_is_not_read(folder: Path) -> None:
    for dob in ("date_of_birth", "DOB"):
        header = [*(dob if c == "date_of_birth" else c for c in CERT_HEADER), "birth_year"]
        write_csv(folder / "certifications_mn.csv", header, [[*cert("MN-1"), "1990"]])
        certs = load_dataset(folder).certifications
        assert certs["date_of_birth"].tolist() == [pd.Timestamp("1985-03-02")]


def test_a_missing_date_of_birth_names_the_birth_year_headers_too(folder: Path) -> None:
    header = [c for c in CERT_HEADER if c != "date_of_birth"]
    write_csv(folder / "certifications_mn.csv", header, [cert("MN-1")[:4] + cert("MN-1")[5:]])
    problem = one(problems_of(folder), "certifications_mn.csv", "date_of_birth", "missing")
    assert "dob" in problem.message and "year_of_birth" in problem.message


def test_enum_and_state_spellings_are_normalised(folder: Path) -> None:
    write_csv(
        folder / "training.csv",
        TRAINING_HEADER,
        [
            course("00123", delivery="In Person", status="Completed"),
            course("00124", delivery="in-person", status=" ENROLLED "),
        ],
    )
    write_csv(
        folder / "certifications_mn.csv",
        CERT_HEADER,
        [cert("1", "mn", status="Active"), cert("2", "Fed", status="LAPSED")],
    )
    data = load_dataset(folder)
    assert data.training["delivery"].tolist() == ["in_person", "in_person"]
    assert data.training["status"].tolist() == ["completed", "enrolled"]
    assert data.certifications["status"].tolist() == ["active", "lapsed"]
    assert data.coverage == ("FED", "MN")


def test_several_certification_files_and_coverage(folder: Path) -> None:
    write_csv(
        folder / "certifications_tx.csv", CERT_HEADER, [cert("TX-1", "TX"), cert("TX-2", "TX")]
    )
    pq.write_table(
        pa.table({c: [v] for c, v in zip(CERT_HEADER, cert("0042", "CA"), strict=True)}),
        folder / "certifications_ca.parquet",
    )
    write_csv(folder / "certifications_va.csv", CERT_HEADER, [])  # header only: a note
    data = load_dataset(folder)
    assert data.certifications["record_id"].tolist() == ["0042", "MN-1", "TX-1", "TX-2"]
    assert data.coverage == ("CA", "MN", "TX")
    assert data.notes == (
        "certifications_va.csv has no rows: it adds no registry to the coverage, so sworn "
        "service claimed in its state is a coverage gap",
    )
    assert list(data.certifications.index) == [0, 1, 2, 3]
    assert [f.path for f in data.files if f.table == "certifications"] == [
        "certifications_ca.parquet",
        "certifications_mn.csv",
        "certifications_tx.csv",
        "certifications_va.csv",
    ]


@pytest.mark.parametrize("kind", ["folder", "broken link"])
def test_a_table_that_is_not_a_readable_file_is_named_as_such(folder: Path, kind: str) -> None:
    (folder / "hires.csv").unlink()
    if kind == "folder":
        (folder / "hires.csv").mkdir()
    else:
        (folder / "hires.csv").symlink_to(folder / "gone.csv")
    (problem,) = problems_of(folder)
    assert problem.file == "hires.csv"
    assert "is not a readable file" in problem.message


def test_no_certification_files_means_empty_coverage(folder: Path) -> None:
    (folder / "certifications_mn.csv").unlink()
    data = load_dataset(folder)
    assert data.coverage == ()
    assert data.certifications.empty
    assert "birth_year" in data.certifications


def test_cp1252_file_loads_intact(folder: Path) -> None:
    write_csv(folder / "hires.csv", HIRES_HEADER, [hire("00123"), hire("00124")], "cp1252")
    data = load_dataset(folder)
    assert data.hires["last_name"].tolist() == ["Muñoz", "Muñoz"]
    assert {f.path: f.encoding for f in data.files}["hires.csv"] == "cp1252"


def test_a_stray_cp1252_byte_in_a_utf8_file_changes_no_other_name(folder: Path) -> None:
    """A word processor's apostrophe (0x92) pasted into a UTF-8 file: read whole as
    cp1252, every accented name would change (Muñoz -> MuÃ±oz) and stop linking."""
    write_csv(folder / "hires.csv", HIRES_HEADER, [hire("00123"), hire("00124", first_name="X")])
    path = folder / "hires.csv"
    path.write_bytes(path.read_bytes().replace(b",X,", b",O\x92Neil,"))
    data = load_dataset(folder)
    assert data.hires["last_name"].tolist() == ["Muñoz", "Muñoz"]
    assert data.hires["first_name"].tolist() == ["Ana", "O\u2019Neil"]
    recorded = {f.path: f.encoding for f in data.files}["hires.csv"]
    assert recorded == "utf-8, with 1 byte(s) read as cp1252 (first on line 3)"


def test_a_cp1252_file_with_an_accidental_utf8_pair_stays_cp1252(folder: Path) -> None:
    """'É' before a no-break space is valid UTF-8 by accident; the file's other accented
    letters are not, and outnumber it."""
    rows = [hire("00123", first_name="JOSÉ\u00a0"), hire("00124", last_name="Peña")]
    write_csv(folder / "hires.csv", HIRES_HEADER, rows, "cp1252")
    data = load_dataset(folder)
    assert data.hires["first_name"].tolist() == ["JOSÉ", "Ana"]
    assert data.hires["last_name"].tolist() == ["Muñoz", "Peña"]
    assert {f.path: f.encoding for f in data.files}["hires.csv"] == "cp1252"


def test_a_ragged_row_in_a_cp1252_file_is_named_by_row_quietly(
    folder: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """pyarrow cannot decode such a row as UTF-8 to hand it over; that must neither reach
    stderr nor turn into a whole-file error quoting the person's name."""
    rows = [hire("00123"), [*hire("00124")[:2], "Lefèvre, Jr", *hire("00124")[3:]]]
    text = "\n".join([",".join(HIRES_HEADER), *(",".join(r) for r in rows)]) + "\n"
    (folder / "hires.csv").write_bytes(text.encode("cp1252"))
    problems = problems_of(folder)
    assert one(problems, "hires.csv", None, "values but the header has 9 columns").row == 3
    assert not any("Lef" in p.message for p in problems)
    assert "Exception ignored" not in capfd.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_an_excel_sep_line_above_the_header_is_read_past(folder: Path, encoding: str) -> None:
    rows = [hire("00123"), hire("00124", hire_date="2024-13-01")]
    text = "sep=,\r\n" + "\r\n".join([",".join(HIRES_HEADER), *(",".join(r) for r in rows)])
    (folder / "hires.csv").write_bytes(text.encode(encoding))
    # Excel hides the sep line: the header is row 1 and the bad date row 3, as it shows them
    assert one(problems_of(folder), "hires.csv", "hire_date", "2024-13-01").row == 3


def test_a_sep_line_naming_another_separator_is_a_clear_error(folder: Path) -> None:
    (folder / "hires.csv").write_text("sep=;\n" + ";".join(HIRES_HEADER) + "\n")
    assert one(problems_of(folder), "hires.csv", None, "separated by ';'")


def test_utf8_bom_is_recorded(folder: Path) -> None:
    write_csv(folder / "hires.csv", HIRES_HEADER, [hire("00123"), hire("00124")], "utf-8-sig")
    data = load_dataset(folder)
    assert data.hires["hire_id"].tolist() == ["00123", "00124"]
    assert {f.path: f.encoding for f in data.files}["hires.csv"] == "utf-8-sig"


def test_whitespace_is_trimmed_and_blank_rows_skipped(folder: Path) -> None:
    text = (folder / "hires.csv").read_text()
    lines = text.splitlines()
    lines.insert(2, "")
    lines.insert(3, ",,,,,,,,")
    lines[1] = lines[1].replace("Ana", "  Ana ")
    (folder / "hires.csv").write_text("\n".join(lines) + "\n")
    hires = load_dataset(folder).hires
    assert hires["first_name"].tolist() == ["Ana", "Ana"]
    assert len(hires) == 2


# --- bad input ------------------------------------------------------------------------------


def test_missing_required_table(tmp_path: Path) -> None:
    write_csv(tmp_path / "training.csv", TRAINING_HEADER, [course()])
    problem = one(problems_of(tmp_path), "hires.*", None, "required table hires is missing")
    assert "hires.csv, hires.parquet, hires.xlsx" in problem.message


def test_two_formats_of_one_table_are_ambiguous(folder: Path) -> None:
    write_csv(folder / "hires.xlsx", HIRES_HEADER, [hire()])
    one(problems_of(folder), "hires.csv", None, "hires.csv and hires.xlsx both hold")


def test_every_problem_is_reported_at_once(folder: Path) -> None:
    """One run, many broken files: each problem names file, row and column."""
    write_csv(
        folder / "hires.csv",
        HIRES_HEADER,
        [
            hire("00123"),
            hire("", last_name="Nobody"),  # row 3: blank key
            hire("00125", screening_track="shortest"),  # row 4: bad enum
            hire("00126", hire_date="2023-02-30"),  # row 5: impossible date
            hire("00123"),  # row 6: duplicate of row 2
            hire("00127", hire_date="13/45/2020"),  # row 7
            hire("00128", date_of_birth="31.12.1980"),  # row 8: private column
        ],
    )
    write_csv(folder / "training.csv", TRAINING_HEADER, [course("00123"), course("00999")])
    write_csv(folder / "employment_history.csv", ["hire_id", "employer"], [["00123", "X"]])
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("1")])
    (folder / "certifications_tx.csv").write_bytes(b"")
    (folder / "certifications_ca.parquet").write_bytes(bytes(range(256)) * 4)
    (folder / "overrides.csv").write_bytes(b"\x00\x01\x02garbage\xff\xfe" * 50)

    problems = problems_of(folder)
    rendered = "\n".join(map(str, problems))

    assert one(problems, "hires.csv", "hire_id", "hire_id is blank").row == 3
    enum = one(problems, "hires.csv", "screening_track", "'shortest' is not an allowed")
    assert enum.row == 4
    assert "LEO, BASIC" in enum.message
    assert one(problems, "hires.csv", "hire_date", "'2023-02-30' is not a real").row == 5
    duplicate = one(problems, "hires.csv", "hire_id", "appears more than once")
    assert duplicate.row == 6
    assert "hires.csv row 2" in duplicate.message
    bad_us = one(problems, "hires.csv", "hire_date", "'13/45/2020'")
    assert bad_us.row == 7
    assert "YYYY-MM-DD or MM/DD/YYYY" in bad_us.message
    dob = one(problems, "hires.csv", "date_of_birth", "is not a date")
    assert dob.row == 8
    assert "31.12.1980" not in rendered  # personal data never printed
    assert "Nobody" not in rendered
    assert not [p for p in problems if p.file == "training.csv"]  # another person's row
    for column in ("title", "state", "start_date", "end_date"):
        missing = one(problems, "employment_history.csv", column, f"missing column {column}")
        assert missing.row == 1
    one(problems, "certifications_tx.csv", None, "is empty (0 bytes)")
    one(problems, "certifications_ca.parquet", None, "cannot be read as Parquet")
    one(problems, "overrides.csv", None, "is binary, not CSV text")
    assert "Traceback" not in rendered


def test_garbage_workbook_is_a_problem(folder: Path) -> None:
    (folder / "hires.csv").unlink()
    (folder / "hires.xlsx").write_bytes(b"PK\x03\x04 this is not really a zip" * 10)
    one(problems_of(folder), "hires.xlsx", None, "cannot be read as an Excel workbook")


def test_zero_byte_and_header_only_hires(folder: Path) -> None:
    write_csv(folder / "hires.csv", HIRES_HEADER, [])
    one(problems_of(folder), "hires.csv", None, "has a header but no data rows")
    (folder / "hires.csv").write_bytes(b"")
    one(problems_of(folder), "hires.csv", None, "is empty (0 bytes)")


@pytest.mark.parametrize("end", [b"\n", b"\r\n", b""])
def test_header_only_optional_table_is_fine(folder: Path, end: bytes) -> None:
    """Also without a line end after the header: a zero-row export some tools write."""
    header = ",".join(c.name for c in TABLES[-1].columns).encode()
    (folder / "overrides.csv").write_bytes(header + end)
    assert load_dataset(folder).overrides.empty


def test_bad_state_and_out_of_range_date(folder: Path) -> None:
    write_csv(
        folder / "certifications_mn.csv",
        CERT_HEADER,
        [cert("1", "Minnesotta"), cert("2", separation_date="9999-12-31")],
    )
    problems = problems_of(folder)
    assert one(problems, "certifications_mn.csv", "source", "'Minnesotta' is not a state").row == 2
    sentinel = one(problems, "certifications_mn.csv", "separation_date", "outside the supported")
    assert sentinel.row == 3
    assert "leave it blank" in sentinel.message


def test_duplicates_across_certification_files(folder: Path) -> None:
    write_csv(folder / "certifications_tx.csv", CERT_HEADER, [cert("TX-1"), cert("MN-1")])
    problem = one(problems_of(folder), "certifications_tx.csv", "record_id", "more than once")
    assert problem.row == 3
    assert "certifications_mn.csv row 2" in problem.message


def test_ragged_row_keeps_later_row_numbers_right(folder: Path) -> None:
    lines = (folder / "hires.csv").read_text().splitlines()
    lines.insert(2, "00200,too,many," + ",".join(["x"] * 9))
    lines.append(",".join(hire("00300", hire_date="2024-13-01")))
    (folder / "hires.csv").write_text("\n".join(lines) + "\n")
    problems = problems_of(folder)
    assert one(problems, "hires.csv", None, "values but the header has 9 columns").row == 3
    assert one(problems, "hires.csv", "hire_date", "2024-13-01").row == 5


def test_many_bad_rows_are_capped(folder: Path) -> None:
    rows = [hire(f"{i:05d}", screening_track="maybe") for i in range(MAX_LISTED + 30)]
    write_csv(folder / "hires.csv", HIRES_HEADER, rows)
    write_csv(folder / "training.csv", TRAINING_HEADER, [course("00001")])
    problems = [p for p in problems_of(folder) if p.column == "screening_track"]
    assert len(problems) == MAX_LISTED + 1
    summary = one(problems, "hires.csv", "screening_track", "and 30 more row(s)")
    assert summary.row == MAX_LISTED + 2


def test_semicolon_separated_csv_says_so(folder: Path) -> None:
    (folder / "training.csv").write_text(";".join(TRAINING_HEADER) + "\n" + ";".join(course()))
    one(problems_of(folder), "training.csv", None, "is separated by ';'")


def test_hires_without_hire_id_column_does_not_orphan_everything(folder: Path) -> None:
    header = ["person", *HIRES_HEADER[1:]]
    write_csv(folder / "hires.csv", header, [hire("00123")])
    problems = problems_of(folder)
    assert one(problems, "hires.csv", "hire_id", "missing column hire_id").row == 1
    assert not [p for p in problems if p.file == "training.csv"]


def test_parquet_column_of_unusable_type(folder: Path) -> None:
    table = pa.table({c: [v] for c, v in zip(CERT_HEADER, cert("1"), strict=True)})
    table = table.set_column(9, "agency", pa.array([["a", "b"]]))
    pq.write_table(table, folder / "certifications_mn.parquet")
    one(problems_of(folder), "certifications_mn.parquet", "agency", "store it as text")


def test_parquet_timezone_timestamps_keep_the_local_date(folder: Path) -> None:
    stamp = pd.Timestamp("2024-01-15 23:30", tz="America/Chicago")
    values = dict(zip(CERT_HEADER, cert("1"), strict=True))
    table = pa.table({c: [v] for c, v in values.items()})
    table = table.set_column(
        7, "issued_date", pa.array([stamp], type=pa.timestamp("us", tz="America/Chicago"))
    )
    (folder / "certifications_mn.csv").unlink()
    pq.write_table(table, folder / "certifications_mn.parquet")
    certs = load_dataset(folder).certifications
    assert certs["issued_date"].tolist() == [pd.Timestamp("2024-01-15")]


def test_words_that_are_not_dates_are_problems(folder: Path) -> None:
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("1", separation_date="soon")])
    problem = one(problems_of(folder), "certifications_mn.csv", "separation_date", "'soon'")
    assert problem.row == 2


def test_aliases_argument_is_checked(folder: Path) -> None:
    with pytest.raises(InputError) as caught:
        load_dataset(folder, {"hire_idd": ["x"]})
    one(caught.value.problems, "aliases argument", "hire_idd", "is not a contract column")


def test_missing_folder(tmp_path: Path) -> None:
    one(problems_of(tmp_path / "nope"), str(tmp_path / "nope"), None, "is not a folder")


# --- column maps ----------------------------------------------------------------------------


def test_shipped_column_map_loads() -> None:
    aliases = load_aliases(Path(__file__).parent.parent / "rules" / "columns.yaml")
    assert "employee_id" in aliases["hire_id"]
    assert "state" in aliases["source"]


@pytest.mark.parametrize(
    ("text", "key", "message"),
    [
        ("aliases:\n  hire_idd: [emp]\n", "hire_idd", "is not a contract column"),
        ("aliases:\n  hire_id: {a: b}\n", "hire_id", "expected a list of header names"),
        ("aliases:\n  hire_id: [x]\n  record_id: [x]\n", "record_id", "also listed under"),
        ("- just\n- a list\n", "aliases", "top-level 'aliases:'"),
        ("hire_id: [emp]\n", "aliases", "top-level 'aliases:'"),
    ],
)
def test_malformed_column_map(tmp_path: Path, text: str, key: str, message: str) -> None:
    path = tmp_path / "columns.yaml"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        load_aliases(path)
    one(caught.value.problems, str(path), key, message)


def test_column_map_that_is_not_yaml(tmp_path: Path) -> None:
    path = tmp_path / "columns.yaml"
    path.write_text("aliases:\n  hire_id: [a, b\n")
    with pytest.raises(InputError) as caught:
        load_aliases(path)
    assert caught.value.problems[0].file == str(path)
    assert "not valid YAML" in caught.value.problems[0].message


def test_record_ids_need_only_be_unique_within_a_source(folder: Path) -> None:
    """Each state numbers its own records: MN 17 and TX 17 are two records."""
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("17", "MN")])
    write_csv(folder / "certifications_tx.csv", CERT_HEADER, [cert("17", "TX")])
    assert load_dataset(folder).certifications["record_id"].tolist() == ["17", "17"]
    write_csv(folder / "certifications_tx.csv", CERT_HEADER, [cert("17", "MN")])
    with pytest.raises(InputError, match="within its source"):
        load_dataset(folder)


def test_common_export_spellings_of_enum_values(folder: Path) -> None:
    write_csv(
        folder / "certifications_mn.csv",
        CERT_HEADER,
        [cert("MN-1", status="Expired"), cert("MN-2", status="Decertified")],
    )
    write_csv(
        folder / "training.csv",
        TRAINING_HEADER,
        [course("00123", status="Passed", delivery="Virtual"), course("00124")],
    )
    data = load_dataset(folder)
    assert data.certifications["status"].tolist() == ["lapsed", "revoked"]
    assert data.training["status"].tolist()[0] == "completed"
    assert data.training["delivery"].tolist()[0] == "online"


def test_not_available_markers_and_state_names(folder: Path) -> None:
    write_csv(
        folder / "certifications_co.csv",
        CERT_HEADER,
        [
            cert("CO-1", "Colorado", separation_date="N/A"),
            cert("CO-2", "new york", issued_date="n.a"),
            cert("US-1", "U.S."),
            cert("US-2", "United States"),
        ],
    )
    certs = load_dataset(folder).certifications.set_index("record_id")
    assert certs.loc["CO-1", "source"] == "CO" and certs.loc["CO-2", "source"] == "NY"
    assert certs.loc["US-1", "source"] == "FED" and certs.loc["US-2", "source"] == "FED"
    assert pd.isna(certs.loc["CO-1", "separation_date"])
    assert pd.isna(certs.loc["CO-2", "issued_date"])


def test_registry_files_with_different_columns_and_formats(folder: Path) -> None:
    """One table from files that differ: an optional column in one file only, a key
    column missing from another (one header problem, not a blank per row), and typed
    Parquet dates beside text ones, all parsed together."""
    with_middle = [*CERT_HEADER, "middle_name"]
    write_csv(folder / "certifications_tx.csv", with_middle, [[*cert("TX-1", "TX"), "Lee"]])
    pq.write_table(
        pa.table(
            {
                "record_id": ["CA-1"],
                "source": ["CA"],
                "first_name": ["Ana"],
                "last_name": ["Munoz"],
                "date_of_birth": pa.array([dt.date(1985, 3, 2)], type=pa.date32()),
                "certification_type": ["Peace Officer"],
                "status": ["active"],
                "issued_date": pa.array([dt.datetime(2010, 6, 1, 8, 0)], type=pa.timestamp("s")),
                "separation_date": pa.array([None], type=pa.date32()),
                "agency": ["Oakland PD"],
            }
        ),
        folder / "certifications_ca.parquet",
    )
    data = load_dataset(folder)
    certs = data.certifications.set_index("record_id")
    assert certs.loc["TX-1", "middle_name"] == "Lee"
    assert pd.isna(certs.loc["MN-1", "middle_name"]) and pd.isna(certs.loc["CA-1", "middle_name"])
    assert certs.loc["CA-1", "issued_date"] == pd.Timestamp("2010-06-01")
    assert certs.loc["CA-1", "date_of_birth"] == certs.loc["TX-1", "date_of_birth"]
    assert certs.loc["CA-1", "separation_date"] is pd.NaT

    no_source = [c for c in CERT_HEADER if c != "source"]
    write_csv(folder / "certifications_all.csv", no_source, [cert("VA-1")[:1] + cert("VA-1")[2:]])
    with pytest.raises(InputError) as err:
        load_dataset(folder)
    va = [p for p in err.value.problems if p.file == "certifications_all.csv"]
    assert [(p.column, p.row) for p in va] == [("source", 1)]


def test_excel_ids_shown_with_leading_zeros_keep_them(folder: Path) -> None:
    """An HR export stores 001234 as the number 1234 with the format "000000"."""
    hires = pd.read_csv(folder / "hires.csv", dtype=str, keep_default_na=False)
    training = pd.read_csv(folder / "training.csv", dtype=str, keep_default_na=False)
    assert hires["hire_id"].str.isdigit().all()
    (folder / "hires.csv").unlink()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(hires.columns))
    for values in hires.itertuples(index=False):
        sheet.append([int(values[0]), *values[1:]])
    width = len(hires["hire_id"].iloc[0])
    for (cell,) in sheet.iter_rows(min_row=2, max_col=1):
        cell.number_format = "0" * width
    book.save(folder / "hires.xlsx")

    data = load_dataset(folder)
    assert data.hires["hire_id"].tolist() == hires["hire_id"].tolist()
    assert set(data.training["hire_id"]) <= set(training["hire_id"])


@pytest.mark.parametrize(
    ("name", "source"),
    [
        ("certifications_fl.csv", "FL"),
        ("certifications-fed.csv", "FED"),
        ("certifications_new_york.csv", "NY"),
        ("certifications - Texas.csv", "TX"),
        ("certifications_federal.csv", "FED"),
        ("certifications_us.csv", "FED"),
        ("certifications_2024.csv", None),
        ("certifications_mn_2024.csv", None),
        ("certifications_new_jork.csv", None),
        ("certifications_xx.csv", None),
    ],
)
def test_a_registry_file_without_a_source_column_takes_it_from_its_name(
    folder: Path, name: str, source: str | None
) -> None:
    """A state's own export does not say which state it is; its file name does."""
    (folder / "certifications_mn.csv").unlink()
    header = [c for c in CERT_HEADER if c != "source"]
    rows = [[v for c, v in zip(CERT_HEADER, cert(f"R-{i}"), strict=True) if c != "source"]
            for i in range(3)]  # fmt: skip
    write_csv(folder / name, header, rows)
    if source is None:
        one(problems_of(folder), name, "source", "missing column source")
        return
    data = load_dataset(folder)
    assert data.certifications["source"].tolist() == [source] * 3
    assert data.coverage == (source,)
    assert [f.source_from_name for f in data.files if f.table == "certifications"] == [source]


def test_a_source_column_wins_over_the_file_name(folder: Path) -> None:
    (folder / "certifications_mn.csv").rename(folder / "certifications_fl.csv")
    assert load_dataset(folder).certifications["source"].tolist() == ["MN"]


def test_a_person_numbered_export_has_one_row_per_job(folder: Path) -> None:
    """Florida's export and the National Police Index repeat person_nbr for each job: the
    rows load, each with its own record_id, instead of failing the uniqueness check."""
    header = ["person_nbr" if c == "record_id" else c for c in CERT_HEADER]
    rows = [cert("0004222", "FL"), cert("0004222", "FL", agency="Miami PD"), cert("0005", "FL")]
    write_csv(folder / "certifications_fl.csv", header, rows)
    data = load_dataset(folder)
    fl = data.certifications[data.certifications["source"] == "FL"]
    assert fl["record_id"].tolist() == ["0004222-1", "0004222-2", "0005"]
    layout = next(f.layout for f in data.files if f.path == "certifications_fl.csv")
    assert layout is not None and "person-numbered" in layout


def test_floridas_employment_type_is_read(folder: Path) -> None:
    header = [*CERT_HEADER, "employ_type"]
    rows = [[*cert("FL-1", "FL"), "Aux"], [*cert("FL-2", "FL"), ""]]
    write_csv(folder / "certifications_fl.csv", header, rows)
    fl = load_dataset(folder).certifications.set_index("record_id")
    assert fl.loc["FL-1", "employment_type"] == "Aux"
    assert pd.isna(fl.loc["FL-2", "employment_type"])


def test_a_certificate_number_that_repeats_is_still_an_error(folder: Path) -> None:
    write_csv(
        folder / "certifications_fl.csv", CERT_HEADER, [cert("FL-1", "FL"), cert("FL-1", "FL")]
    )
    one(problems_of(folder), "certifications_fl.csv", "record_id", "appears more than once")


def test_a_day_first_column_is_named_as_such(folder: Path) -> None:
    """13/04/2022 is no month-first date; the column is probably day-first, and then its
    03/04/2022 is wrong too although it parses: the message says so."""
    write_csv(
        folder / "certifications_mn.csv",
        CERT_HEADER,
        [cert("MN-1", issued_date="13/04/2012"), cert("MN-2", issued_date="03/04/2012")],
    )
    problem = one(problems_of(folder), "certifications_mn.csv", "issued_date", "not a real")
    assert "day-first" in problem.message and "YYYY-MM-DD" in problem.message


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Inactive - Retired", "inactive"),
        ("Revoked (Misconduct)", "revoked"),
        ("Active Part-Time", "active"),
        ("Inactive - Decertified", "revoked"),  # words that disagree: the severer
        ("VOID", "revoked"),
        ("Terminated", "inactive"),
        ("Not Active", None),  # a negation is never read word by word: unknown
        ("Pending", None),
        ("Active (Under Investigation)", None),  # an unknown word beside a status that verifies
        ("Active - Pending Revocation", "revoked"),
        ("Active-Employed", "active"),
        ("Not Employed", "inactive"),
        ("In Good Standing", "active"),
        ("Reinstated 07-23-2021", "active"),
        ("Revoked - Reinstated", None),  # a reinstatement beside what it undid: neither
        ("Reinstated after Suspension", None),
        ("Inactive - Reinstatement Denied", None),
        ("Voluntary Relinquishment", "revoked"),
        ("Cancelled", "revoked"),
        ("Eligible", None),  # eligible to be certified is not certified: ask
        ("Deceased", "revoked"),  # no living hire: the side that never verifies
        ("Decertification", "revoked"),
        ("Certification Expired", "lapsed"),
        ("Cert Active", "active"),
        ("Suspension - Lifted", None),
        # a synonym of several words inside a longer spelling
        ("Active - In Good Standing", "active"),
        ("Active (Good Standing)", "active"),
        ("Retired in good standing", "inactive"),  # both mild: the severer
        ("Inactive - Not Employed", "inactive"),  # "not" belongs to the phrase
        ("ACT", "active"),
        ("Provisional", None),
        ("Waiver", None),
        ("A", None),  # one letter: which status is not for the audit to guess
        ("Rvkd", "revoked"),
        ("SUSP", "suspended"),
        ("Disqualified", "revoked"),
    ],
)
def test_a_registry_status_is_read_by_its_words(folder: Path, written: str, read: str | None):
    """A status the rules cannot read is unknown (such a record verifies no one), kept as
    written for the evidence and told in a note: never an input error that stops the
    audit of every other hire."""
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("MN-1", status=written)])
    data = load_dataset(folder)
    certs = data.certifications
    if read is None:
        assert certs["status"].isna().all()
        assert certs["status_unread"].tolist() == [written]
        assert any(f"'{written}' (1)" in note and "taken as unknown" in note for note in data.notes)
    else:
        assert certs["status"].tolist() == [read]
        assert certs["status_unread"].isna().all()
        assert not any("taken as unknown" in note for note in data.notes)


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Revocation (misconduct)", "revoked"),
        ("Reinstated 07-23-2021", "reinstated"),
        ("Surrendered, then revoked", "revoked"),  # words that disagree: the severer
        # ...but a reinstatement beside an action is neither: it was read as the action
        ("Reinstatement denied", None),
        ("Reinstated after Suspension", None),
        ("Surrendered in lieu of revocation", "revoked"),
        ("Voluntary Relinquishment", "surrendered"),
        # a reinstatement merely asked for lifts nothing: it was read as reinstated
        ("Reinstatement pending", None),
        ("Request for reinstatement", None),
        ("Not reinstated", None),
        # an action undone is no action to count: it was read as the action
        # discipline short of decertification, kept (counted by no default policy)
        ("Public Reprimand", "reprimanded"),
        ("Letter of Warning", "reprimanded"),
        ("Probated Suspension", "suspended"),
        ("Revocation Rescinded", None),
        ("Suspension Lifted", None),
        ("Revocation - Overturned", None),
    ],
)
def test_a_decertification_action_is_read_by_its_words(
    folder: Path, written: str, read: str | None
) -> None:
    header = ["record_id", "source", "first_name", "last_name", "date_of_birth", "action",
              "action_date", "reason"]  # fmt: skip
    row = ["VA-1", "VA", "Ana", "Munoz", "1985-03-02", written, "2020-01-02", "misconduct"]
    write_csv(folder / "decertifications.csv", header, [row])
    if read is None:
        one(problems_of(folder), "decertifications.csv", "action", "is not an allowed action")
    else:
        assert load_dataset(folder).decertifications["action"].tolist() == [read]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Completed", "completed"),
        ("Withdrawn (medical)", "withdrawn"),
        ("Completed - Withdrawn", "withdrawn"),  # words that disagree: not completed
        ("Completed, pending review", "enrolled"),
        ("Did not complete", "withdrawn"),
        ("Successfully Completed", "completed"),
        ("No Show", "withdrawn"),
        # a completion said with more than that ends no recall on a guess
        ("Completed (unverified)", None),
        ("Not completed", "withdrawn"),  # said so, not a negation read word by word
    ],
)
def test_a_course_status_is_read_by_its_words(folder: Path, written: str, read: str | None):
    write_csv(folder / "training.csv", TRAINING_HEADER, [course("00123", status=written)])
    if read is None:
        one(problems_of(folder), "training.csv", "status", "is not an allowed status")
    else:
        assert load_dataset(folder).training["status"].tolist() == [read]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Short Track", "LEO"),
        ("Lateral", "LEO"),
        ("Abbreviated", "LEO"),
        ("Full Academy", "BASIC"),
        ("Non-LEO", "BASIC"),
    ],
)
def test_a_track_is_read_by_its_words(folder: Path, written: str, read: str) -> None:
    write_csv(folder / "hires.csv", HIRES_HEADER, [hire("00123", screening_track=written)])
    assert load_dataset(folder).hires["screening_track"].tolist() == [read]


def test_a_track_whose_words_disagree_is_an_error(folder: Path) -> None:
    write_csv(
        folder / "hires.csv",
        HIRES_HEADER,
        [hire("00123", screening_track="LEO / Basic"), hire("00124")],
    )
    one(problems_of(folder), "hires.csv", "screening_track", "is not an allowed")


def test_rows_of_people_not_audited_are_set_aside_with_a_note(folder: Path) -> None:
    """An agency's training extract covers more people than the hires audited."""
    write_csv(
        folder / "training.csv",
        TRAINING_HEADER,
        [course("00123"), course("00999"), course("00124"), course("00998")],
    )
    data = load_dataset(folder)
    assert sorted(data.training["hire_id"]) == ["00123", "00124"]
    (note,) = data.notes
    assert note.startswith("training.csv: 2 row(s) name a hire_id not in hires.csv")
    assert "first at row 3" in note


def test_an_override_of_nobody_is_an_error(folder: Path) -> None:
    """An analyst's decision that applies to no hire is a mistyped id: it must not vanish."""
    write_csv(
        folder / "overrides.csv",
        ["hire_id", "determination", "reviewer", "reviewed_on", "justification"],
        [["00999", "RECALL", "J. Analyst", "2026-10-01", "checked"]],
    )
    one(problems_of(folder), "overrides.csv", "hire_id", "'00999' is not in hires.csv")


@pytest.mark.parametrize("written", ["123", "0123", "\u200b00123", "00123\ufeff", "123.0"])
def test_a_training_id_that_is_a_hires_mistyped_is_an_error(folder: Path, written: str):
    """Set aside, the row would silently cost the hire its course (Excel drops zeros; a
    zero-width space or a byte order mark pasted in is invisible)."""
    write_csv(folder / "training.csv", TRAINING_HEADER, [course(written), course("00124")])
    said = "only by case, spaces, leading zeros, a decimal point (1022.0) or invisible"
    one(problems_of(folder), "training.csv", "hire_id", said)


@pytest.mark.parametrize(
    "written", ["Certificate Cancelled", "Cancelled - Misconduct", "License Canceled"]
)
def test_a_cancelled_certificate_still_reads_revoked(folder, written):
    write_csv(folder / "certifications_mn.csv", CERT_HEADER, [cert("MN-1", status=written)])
    assert load_dataset(folder).certifications["status"].tolist() == ["revoked"]


# 'Federal Government' in a history's state is federal, not the country
def test_federal_government_state_is_fed(folder):
    write_csv(
        folder / "employment_history.csv",
        ["hire_id", "employer", "title", "state", "start_date", "end_date"],
        [
            [
                "00123",
                "Forest Service",
                "Law Enforcement Officer",
                "Federal Government",
                "2015-01-01",
                "",
            ]
        ],
    )
    assert load_dataset(folder).employment_history["state"].tolist() == ["FED"]


def test_a_hire_born_after_the_hire_date_is_an_error(folder: Path) -> None:
    write_csv(
        folder / "hires.csv",
        HIRES_HEADER,
        [hire("00123", date_of_birth="2030-01-05"), hire("00124")],
    )
    problem = one(problems_of(folder), "hires.csv", "date_of_birth", "is not before hire_date")
    assert problem.row == 2
