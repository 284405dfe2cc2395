"""audit.report: what analysts receive must be complete, repeatable, safe to open, and atomic."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from rich.console import Console

from audit.contract import (
    CONTRACT_VERSION,
    DETERMINATION_COLUMNS,
    DETERMINATIONS,
    RECALL_COLUMNS,
    REVIEW_COLUMNS,
)
from audit.dataset import Dataset, InputFile
from audit.reasons import meaning
from audit.report import recall_list, render_summary, review_queue, write_outputs
from audit.result import AuditResult, RulesFile

HOSTILE = "<script>alert(1)</script>"
FORMULA = '=HYPERLINK("http://evil.example","x")'
DATA_FILES = ("determinations.csv", "determinations.parquet", "recall_list.csv", "review_queue.csv")
ALL_FILES = (*DATA_FILES, "manifest.json", "report.html")
STARTED = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def _hire(
    hire_id: str,
    determination: str,
    reasons: str,
    last: str,
    first: str,
    office: str | None,
    **extra: object,
) -> dict[str, object]:
    row: dict[str, object] = {
        "hire_id": hire_id,
        "determination": determination,
        "reason_codes": reasons,
        "evidence": f"Hire {hire_id}: {reasons.split(';')[0].lower().replace('_', ' ')}.",
        "record_id": None,
        "match_score": None,
        "last_name": last,
        "first_name": first,
        "field_office": office,
        "hire_date": "2024-03-04",
        "screening_track": "LEO",
        "short_track": True,
        "link_tier": None,
        "registry_source": None,
        "decert_record_id": None,
        "priority": None,
        "what_to_check": None,
        "candidate_record_ids": "",
    }
    return row | extra


def _strong(record_id: str, score: float) -> dict[str, object]:
    return {
        "record_id": record_id,
        "match_score": score,
        "link_tier": "strong",
        "registry_source": record_id.split("-")[0],
        "candidate_record_ids": record_id,
    }


_HIRES = [
    _hire("00017", "VERIFIED_LEO", "STRONG_LINK;SWORN_ACTIVE", "Núñez", "José", "St. Paul",
          **_strong("MN-88121", 97.25)),
    _hire("00021", "RECALL", "NO_REGISTRY_MATCH;SHORT_TRACK_SCREENER", HOSTILE, "Eve", "Chicago",
          hire_date="2024-05-13", priority="high"),
    _hire("00034", "RECALL", "CERT_NOT_SWORN", "Olsen", "Kari", "St. Paul",
          hire_date="2024-02-19", priority="low", **_strong("MN-10233", 92.0)),
    _hire("00035", "RECALL", "DECERTIFIED_BEFORE_HIRE", FORMULA, "Dana", "Chicago",
          hire_date="2023-11-06", priority="medium", decert_record_id="VA-77",
          **_strong("FED-5521", 88.4)),
    _hire("00036", "RECALL", "SEPARATION_TOO_LONG", "Berg", "Anna", None,
          hire_date="2024-01-08", priority="high", **_strong("MN-20001", 90.0)),
    _hire("00040", "MANUAL_REVIEW", "AMBIGUOUS_IDENTITY", "Smith", "John", "Chicago",
          match_score=71.5, link_tier="lead", candidate_record_ids="MN-1;MN-2",
          what_to_check="Two MN records share name and birth year; confirm date of birth."),
    _hire("00041", "MANUAL_REVIEW", "CLAIMED_SWORN_UNCOVERED_STATE", "Kowalski", "Ann", "Detroit",
          what_to_check="Claims Ohio deputy sheriff service; the OH registry is not loaded."),
    _hire("00052", "NOT_APPLICABLE", "FULL_TRACK", "Lee", "Min", "Seattle",
          screening_track="BASIC", short_track=False),
]  # fmt: skip

POLICY = {
    "version": "2026.11-1",
    "sworn_categories": ["sworn_leo"],
    "accepted_statuses": ["active", "inactive", "lapsed"],
    "separation_window": {"default_years": 3, "by_source": {"CA": 3, "NY": 2}},
    "service_minimum_months": 12,
    "tracks": {
        "short_screening_track": "LEO",
        "short_course_codes": ["ERO-LEO-VIRT"],
        "basic_course_codes": ["FLETC-BIETP"],
    },
}


def _determinations() -> pd.DataFrame:
    """Typed as the evaluator hands it over, but deliberately not in hire_id order."""
    frame = pd.DataFrame(_HIRES)
    text = [c for c in frame.columns if c not in ("match_score", "hire_date", "short_track")]
    frame[text] = frame[text].astype("string")
    frame["match_score"] = frame["match_score"].astype("Float64")
    frame["hire_date"] = pd.to_datetime(frame["hire_date"])
    frame["short_track"] = frame["short_track"].astype(bool)
    return frame.sample(frac=1, random_state=3).reset_index(drop=True)


def _dataset(hires: int) -> Dataset:
    def table(n: int) -> pd.DataFrame:
        return pd.DataFrame({"hire_id": [f"{i:05d}" for i in range(n)]})

    return Dataset(
        hires=table(hires),
        training=table(hires + 3),
        employment_history=table(5),
        certifications=table(40),
        decertifications=table(2),
        overrides=table(0),
        coverage=("FED", "MN"),
        files=(
            InputFile("hires", "hires.csv", "csv", "a" * 64, hires, "utf-8"),
            InputFile("training", "training.xlsx", "xlsx", "b" * 64, hires + 3),
            InputFile("certifications", "certifications_mn.parquet", "parquet", "c" * 64, 40),
        ),
    )


@pytest.fixture
def result() -> AuditResult:
    determinations = _determinations()
    return AuditResult(
        determinations=determinations,
        dataset=_dataset(len(determinations)),
        rules_version="2026.11-1",
        rules_files=(RulesFile("rules/policy.yaml", "d" * 64),),
        tool_version="0.1.0",
        policy_data=POLICY,
        timings={"load": 0.5, "link": 1.25, "evaluate": 0.125},
    )


@pytest.fixture
def written(result: AuditResult, tmp_path: Path) -> dict[str, Path]:
    return write_outputs(result, tmp_path / "out", started_at=STARTED)


def _read_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


# --- files and rows ----------------------------------------------------------------------


def test_every_output_is_written_into_a_new_folder(written: dict[str, Path], tmp_path: Path):
    out = tmp_path / "out"
    assert set(written) == set(ALL_FILES)
    assert all(written[name] == out / name and written[name].is_file() for name in ALL_FILES)
    assert sorted(p.name for p in out.iterdir()) == sorted(ALL_FILES)  # no staging left


def test_determinations_has_every_hire_once_with_contract_columns(written: dict[str, Path]):
    table = _read_csv(written["determinations.csv"])
    assert tuple(table.columns) == DETERMINATION_COLUMNS
    assert table["hire_id"].tolist() == sorted(str(r["hire_id"]) for r in _HIRES)
    parquet = pq.read_table(written["determinations.parquet"])
    assert tuple(parquet.column_names) == DETERMINATION_COLUMNS
    assert parquet.column("hire_id").to_pylist() == table["hire_id"].tolist()


def test_csv_formatting_is_fixed(written: dict[str, Path]):
    raw = written["determinations.csv"].read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n")  # RFC 4180 line endings
    assert "Núñez".encode() in raw
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel shows the accents
    row = _read_csv(written["determinations.csv"]).set_index("hire_id")
    assert row.loc["00017", "match_score"] == "97.2"  # one decimal (round half to even)
    assert row.loc["00034", "match_score"] == "92.0"
    assert row.loc["00021", "match_score"] == ""
    assert row.loc["00017", "hire_date"] == "2024-03-04"
    assert row.loc["00017", "short_track"] == "true"
    assert row.loc["00052", "short_track"] == "false"


def test_csv_cells_cannot_run_as_spreadsheet_formulas(written: dict[str, Path]):
    recalls = _read_csv(written["recall_list.csv"]).set_index("hire_id")
    assert recalls.loc["00035", "last_name"] == "'" + FORMULA
    assert (
        pq.read_table(written["determinations.parquet"])
        .to_pandas()
        .set_index("hire_id")
        .loc["00035", "last_name"]
        == FORMULA
    )  # Parquet keeps the value as given


def test_recall_list_is_exactly_the_recall_rows_by_priority(written: dict[str, Path]):
    recalls = _read_csv(written["recall_list.csv"])
    assert tuple(recalls.columns) == RECALL_COLUMNS
    assert recalls["hire_id"].tolist() == ["00021", "00036", "00035", "00034"]
    assert recalls["priority"].tolist() == ["high", "high", "medium", "low"]
    assert recalls.loc[recalls["hire_id"] == "00036", "field_office"].item() == ""


def test_review_queue_is_exactly_the_review_rows(written: dict[str, Path]):
    reviews = _read_csv(written["review_queue.csv"])
    assert tuple(reviews.columns) == REVIEW_COLUMNS
    assert reviews["hire_id"].tolist() == ["00040", "00041"]
    assert reviews["candidate_record_ids"].tolist() == ["MN-1;MN-2", ""]


def test_public_helpers_select_and_order(result: AuditResult):
    recalls = recall_list(result.determinations)
    assert list(recalls.columns) == list(RECALL_COLUMNS)
    assert recalls["hire_id"].tolist() == ["00021", "00036", "00035", "00034"]
    assert list(recalls.index) == [0, 1, 2, 3]
    reviews = review_queue(result.determinations)
    assert list(reviews.columns) == list(REVIEW_COLUMNS)
    assert reviews["hire_id"].tolist() == ["00040", "00041"]


def test_helpers_name_missing_columns(result: AuditResult):
    with pytest.raises(ValueError, match="priority"):
        recall_list(result.determinations.drop(columns="priority"))


def test_no_recalls_still_writes_a_header_only_recall_list(result: AuditResult, tmp_path: Path):
    frame = result.determinations
    frame = frame[frame["determination"] != "RECALL"]
    paths = write_outputs(_with(result, frame), tmp_path)
    assert (
        paths["recall_list.csv"].read_text(encoding="utf-8-sig") == ",".join(RECALL_COLUMNS) + "\n"
    )
    assert "No hire has to be recalled." in paths["report.html"].read_text()


# --- determinism -------------------------------------------------------------------------


def test_data_files_are_byte_identical_across_runs(result: AuditResult, tmp_path: Path):
    first = write_outputs(result, tmp_path / "a", started_at=STARTED)
    later = STARTED + timedelta(days=3, hours=5)
    second = write_outputs(result, tmp_path / "b", started_at=later)
    for name in DATA_FILES:
        assert first[name].read_bytes() == second[name].read_bytes(), name
    assert first["manifest.json"].read_bytes() != second["manifest.json"].read_bytes()


def test_input_row_order_does_not_change_bytes(result: AuditResult, tmp_path: Path):
    shuffled = result.determinations.sample(frac=1, random_state=11)
    first = write_outputs(result, tmp_path / "a", started_at=STARTED)
    second = write_outputs(_with(result, shuffled), tmp_path / "b", started_at=STARTED)
    for name in DATA_FILES:
        assert first[name].read_bytes() == second[name].read_bytes(), name


def test_no_times_outside_the_manifest(written: dict[str, Path]):
    for name in DATA_FILES:
        data = written[name].read_bytes()
        for day in (STARTED.date(), datetime.now(UTC).date()):
            assert day.isoformat().encode() not in data, name


def test_parquet_schema_is_fixed(written: dict[str, Path]):
    schema = pq.read_schema(written["determinations.parquet"])
    assert schema.field("hire_id").type == pa.string()
    assert schema.field("hire_date").type == pa.date32()
    assert schema.field("match_score").type == pa.float64()
    assert schema.field("short_track").type == pa.bool_()
    assert b"pandas" not in (schema.metadata or {})
    meta = pq.ParquetFile(written["determinations.parquet"]).metadata
    assert meta.row_group(0).column(0).compression == "ZSTD"


# --- atomicity ---------------------------------------------------------------------------


def test_a_failure_leaves_the_previous_outputs_untouched(
    result: AuditResult, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    out = tmp_path / "out"
    before = write_outputs(result, out, started_at=STARTED)
    old = {name: before[name].read_bytes() for name in ALL_FILES}

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("disk full")

    # The report is rendered after the CSVs and Parquet are staged: they must not land.
    monkeypatch.setattr("audit.report.write.render_report", broken)
    frame = result.determinations.assign(determination="RECALL", priority="high")
    with pytest.raises(RuntimeError, match="disk full"):
        write_outputs(_with(result, frame), out, started_at=STARTED)
    assert {name: (out / name).read_bytes() for name in ALL_FILES} == old
    assert sorted(p.name for p in out.iterdir()) == sorted(ALL_FILES)


@pytest.mark.parametrize("blocked", ["review_queue.csv", "manifest.json"])
def test_a_failed_move_puts_back_every_previous_output(
    result: AuditResult, tmp_path: Path, blocked: str
):
    """One output that cannot be replaced (here a folder in its place; on Windows, a file
    open in Excel) leaves the folder as it was, never half of a new run beside the old."""
    out = tmp_path / "out"
    before = write_outputs(result, out, started_at=STARTED)
    old = {name: before[name].read_bytes() for name in ALL_FILES if name != blocked}
    (out / blocked).unlink()
    (out / blocked).mkdir()
    frame = result.determinations.assign(determination="RECALL", priority="high")
    with pytest.raises(IsADirectoryError):
        write_outputs(_with(result, frame), out, started_at=STARTED)
    assert {name: (out / name).read_bytes() for name in old} == old
    assert (out / blocked).is_dir()
    assert sorted(p.name for p in out.iterdir()) == sorted(ALL_FILES)


# --- manifest ----------------------------------------------------------------------------


def test_manifest_records_versions_inputs_counts_and_hashes(
    written: dict[str, Path], result: AuditResult
):
    text = written["manifest.json"].read_text()
    manifest = json.loads(text)
    assert text == json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert set(manifest) == {
        "contract_version", "tool_version", "rules_version", "rules_files", "inputs",
        "registry_coverage", "rows_in", "outputs", "options", "determination_counts", "started_at",
        "finished_at", "run_seconds", "timings", "environment", "input_notes", "data_folder",
    }  # fmt: skip
    assert manifest["contract_version"] == CONTRACT_VERSION
    assert manifest["tool_version"] == "0.1.0"
    assert manifest["rules_version"] == "2026.11-1"
    assert manifest["rules_files"] == [{"path": "rules/policy.yaml", "sha256": "d" * 64}]
    assert manifest["inputs"][0] == {
        "table": "hires", "path": "hires.csv", "format": "csv", "sha256": "a" * 64,
        "rows": 8, "encoding": "utf-8", "layout": None, "source_from_name": None,
    }  # fmt: skip
    assert manifest["inputs"][1]["encoding"] is None
    assert manifest["registry_coverage"] == ["FED", "MN"]
    assert manifest["rows_in"] == {
        "hires": 8, "employment_history": 5, "training": 11, "certifications": 40,
        "decertifications": 2, "overrides": 0,
    }  # fmt: skip
    assert manifest["determination_counts"] == {
        "VERIFIED_LEO": 1, "RECALL": 4, "REMEDIATED": 0, "MANUAL_REVIEW": 2, "NOT_APPLICABLE": 1,
    }  # fmt: skip
    assert list(manifest["determination_counts"]) == sorted(DETERMINATIONS)
    assert set(manifest["environment"]) == {
        "python", "pandas", "pyarrow", "numpy", "rapidfuzz", "nicknames",
    }  # fmt: skip
    assert manifest["environment"]["rapidfuzz"]
    assert {"load", "link", "evaluate", "report"} <= set(manifest["timings"])


def test_manifest_hashes_and_rows_match_the_files(written: dict[str, Path]):
    outputs = json.loads(written["manifest.json"].read_text())["outputs"]
    assert set(outputs) == {*DATA_FILES, "report.html"}
    for name in (*DATA_FILES, "report.html"):
        data = written[name].read_bytes()
        assert outputs[name]["sha256"] == hashlib.sha256(data).hexdigest(), name
        assert outputs[name]["bytes"] == len(data)
    rows = {name: entry.get("rows") for name, entry in outputs.items()}
    assert rows == {
        "determinations.csv": 8, "determinations.parquet": 8,
        "recall_list.csv": 4, "review_queue.csv": 2, "report.html": None,
    }  # fmt: skip


def test_manifest_times_are_utc(written: dict[str, Path]):
    manifest = json.loads(written["manifest.json"].read_text())
    assert manifest["started_at"] == "2026-11-20T09:30:00Z"
    finished = datetime.fromisoformat(manifest["finished_at"])
    assert finished.tzinfo is not None and manifest["finished_at"].endswith("Z")
    assert manifest["run_seconds"] == pytest.approx((finished - STARTED).total_seconds(), abs=1)


# --- HTML --------------------------------------------------------------------------------


def test_report_is_self_contained(written: dict[str, Path]):
    html = written["report.html"].read_text()
    assert not re.search(r"""(src|href)\s*=\s*["']?\s*(https?:)?//""", html, re.I)
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "<link" not in html.lower()
    assert "@import" not in html and "url(" not in html
    assert "Content-Security-Policy" in html


def test_report_escapes_names_from_input(written: dict[str, Path]):
    html = written["report.html"].read_text()
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_report_content_for_people(written: dict[str, Path]):
    html = written["report.html"].read_text()
    for determination in DETERMINATIONS:
        assert determination in html
    assert "recalled to full basic training" in html  # plain-English meaning
    for office in ("Chicago", "St. Paul", "Detroit", "(no field office recorded)"):
        assert office in html
    assert "NO_REGISTRY_MATCH" in html and "AMBIGUOUS_IDENTITY" in html
    for setting in (
        "sworn_leo",
        "active, inactive, lapsed",
        "3 years",
        "NY: 2 years",
        "12 months",
        "ERO-LEO-VIRT",
        "FLETC-BIETP",
        "FED, MN",
        "2026.11-1",
    ):
        assert setting in html, setting
    assert "Recall list (4)" in html and "Review queue (2)" in html
    assert "confirm date of birth" in html
    assert "a" * 64 in html and "0.1.0" in html


def test_report_reasons_are_those_of_recalls_and_reviews(written: dict[str, Path]):
    """How a hire was placed is no reason; a PRIOR_TITLE code says its own category."""
    html = written["report.html"].read_text()
    section = html[html.index('id="by-reason"') : html.index('id="method"')]
    assert "NO_REGISTRY_MATCH" in section
    assert "SHORT_TRACK_SCREENER" not in section and "FULL_TRACK" not in section
    assert "SWORN_CERT_VERIFIED" not in section


def test_prior_title_codes_mean_their_category():
    assert "military job" in meaning("PRIOR_TITLE_MILITARY")
    assert "loan or safety officer" in meaning("PRIOR_TITLE_OTHER_OFFICER")
    assert meaning("PRIOR_TITLE_SOMETHING_NEW").startswith('what "officer" stood for')


def test_report_survives_missing_policy(result: AuditResult, tmp_path: Path):
    bare = AuditResult(result.determinations, result.dataset, "x", (), "0.1.0")
    html = write_outputs(bare, tmp_path)["report.html"].read_text()
    assert "not recorded" in html


# --- console -----------------------------------------------------------------------------


def test_render_summary_prints_plain_text(result: AuditResult, tmp_path: Path):
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, force_terminal=False, color_system=None)
    out = tmp_path / "out[1]"
    render_summary(result, console, out)
    text = buffer.getvalue()
    for determination in DETERMINATIONS:
        assert determination in text
    assert "50.0%" in text  # 4 recalls of 8 hires
    assert "FED, MN" in text
    assert str(out) in text  # square brackets are not taken as markup
    assert "\x1b[" not in text


def _with(result: AuditResult, determinations: pd.DataFrame) -> AuditResult:
    return dataclasses.replace(result, determinations=determinations)


@pytest.mark.parametrize(
    ("cell", "written_as"),
    [
        ("=1+1", "'=1+1"),
        ("+SUM(A1)", "'+SUM(A1)"),
        ("-2+3", "'-2+3"),
        ("@cmd", "'@cmd"),
        ("\tX", "'\tX"),
        ("\rX", "'\rX"),
        ("-12.5", "-12.5"),  # a real negative number reads as a number
        ("Garcia-Lopez", "Garcia-Lopez"),  # hyphenated names are untouched
        ("O'Brien", "O'Brien"),
    ],
)
def test_formula_defusing_follows_owasp_and_keeps_real_values(cell, written_as):
    from audit.report.files import csv_bytes

    raw = csv_bytes(pd.DataFrame({"last_name": [cell]})).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw, newline="")))
    assert rows[1][0] == written_as


def test_formula_defusing_in_a_mixed_column_touches_only_risky_cells():
    from audit.report.files import text_frame

    cells = ["Ode", "=1+1", None, "-12.5", "-2+3", "+7", "Garcia-Lopez", "@x"]
    frame = pd.DataFrame({"last_name": cells}, index=[7, 3, 3, 0, 9, 1, 2, 5])
    out = text_frame(frame, defuse_formulas=True)["last_name"].tolist()
    assert out == ["Ode", "'=1+1", "", "-12.5", "'-2+3", "+7", "Garcia-Lopez", "'@x"]


def test_csv_bytes_are_the_csv_modules_quote_minimal_bytes():
    """csv_bytes encodes with Arrow for speed; the bytes must stay those of the standard
    writer for every awkward cell: quotes, commas, line breaks, blanks, lone columns."""
    import random

    from audit.report.files import csv_bytes, text_frame

    rng = random.Random(7)
    alphabet = ["a", "Z", " ", ",", '"', "\r", "\n", "é", "=", "-", "1", "'", "\t", ";", "😀"]

    def cell() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4)))

    for _ in range(400):
        names = [f"{cell()}{i}" for i in range(rng.randint(1, 4))]
        rows = rng.randint(0, 4)
        frame = pd.DataFrame(
            {n: [None if rng.random() < 0.1 else cell() for _ in range(rows)] for n in names},
            dtype="string",
        )
        expected = text_frame(frame, defuse_formulas=True).to_csv(
            index=False, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL
        )
        assert csv_bytes(frame) == expected.encode("utf-8-sig"), frame.to_dict("list")
    # a column pandas holds in several Arrow chunks (concatenated frames, long columns)
    chunked = pd.concat([pd.DataFrame({"hire_id": pd.array(["H1"], dtype="string")})] * 2)
    assert csv_bytes(chunked) == "\ufeffhire_id\r\nH1\r\nH1\r\n".encode()
    lone_blanks = pd.DataFrame({"": ["", "x"]}, dtype="string")
    assert csv_bytes(lone_blanks) == '\ufeff""\r\n""\r\nx\r\n'.encode()
