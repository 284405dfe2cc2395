"""write_outputs: one audit in, one folder of outputs out, all or nothing.

Order matters: the data files are staged first, then the page, then the manifest that
hashes them all; only when all are on disk does anything move into out_dir, and the
manifest moves last, so a manifest whose hashes match proves the folder is one complete
run. An output an earlier run left (a recall_list.xlsx from a run with ``--xlsx``) is
removed, so nothing in the folder can be mistaken for this run's.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from audit.report.files import Staging, csv_bytes, parquet_bytes, staging, xlsx_bytes
from audit.report.html import render_report
from audit.report.manifest import MANIFEST_NAME, OutputFile, build_manifest, manifest_bytes
from audit.report.tables import output_tables
from audit.result import AuditResult

REPORT_NAME = "report.html"
XLSX_NAME = "recall_list.xlsx"
REVIEW_XLSX_NAME = "review_queue.xlsx"
REPORT_STAGE = "report"  # the manifest's timing entry for writing the outputs


def write_outputs(
    result: AuditResult,
    out_dir: Path,
    *,
    started_at: datetime | None = None,
    include_dob: bool = False,
    xlsx: bool = False,
) -> dict[str, Path]:
    """Write every output file; return file name -> final path.

    ``started_at`` is when the audit began (the caller knows; loading comes before this),
    so run_seconds covers the whole run. It defaults to now. ``include_dob`` adds full
    dates of birth to the recall list and review queue; ``xlsx`` adds recall_list.xlsx.
    """
    clock = time.perf_counter()
    started = (started_at or datetime.now(UTC)).astimezone(UTC)
    tables = output_tables(result.determinations, include_dob=include_dob)
    data_files = data_files_of(tables)
    written = list(data_files)
    if xlsx:
        recall, review = tables["recall_list"], tables["review_queue"]
        written.append(OutputFile(XLSX_NAME, xlsx_bytes(recall, "Recall list"), len(recall)))
        written.append(
            OutputFile(REVIEW_XLSX_NAME, xlsx_bytes(review, "Review queue"), len(review))
        )
    page = render_report(result, tables, started).encode("utf-8")
    written.append(OutputFile(REPORT_NAME, page, None))
    with staging(Path(out_dir)) as stage:
        for output in written:
            stage.write(output.name, output.data)
        options = {"include_dob": include_dob, "xlsx": xlsx}
        _stage_manifest(stage, result, written, started, time.perf_counter() - clock, options)
        return stage.commit(remove=OUTPUT_NAMES)


# The byte-reproducible outputs: (file name, table it holds, format). ``verify``
# recomputes exactly these.
DATA_FILES = (
    ("determinations.csv", "determinations", "csv"),
    ("determinations.parquet", "determinations", "parquet"),
    ("recall_list.csv", "recall_list", "csv"),
    ("review_queue.csv", "review_queue", "csv"),
)
# Every file a run may write: what a run did not write this time is removed from out_dir.
OUTPUT_NAMES = (
    *(name for name, _, _ in DATA_FILES),
    XLSX_NAME,
    REVIEW_XLSX_NAME,
    REPORT_NAME,
    MANIFEST_NAME,
)


def data_files_of(tables: dict[str, pd.DataFrame]) -> list[OutputFile]:
    """The byte-reproducible outputs (CSV and Parquet), as ``verify`` recomputes them."""
    encode = {"csv": csv_bytes, "parquet": parquet_bytes}
    return [
        OutputFile(name, encode[kind](tables[table]), len(tables[table]))
        for name, table, kind in DATA_FILES
    ]


def _stage_manifest(
    stage: Staging,
    result: AuditResult,
    outputs: list[OutputFile],
    started: datetime,
    report_seconds: float,
    options: dict[str, bool],
) -> None:
    manifest = build_manifest(
        result,
        outputs,
        started_at=started,
        finished_at=datetime.now(UTC),
        timings={**result.timings, REPORT_STAGE: report_seconds},
        options=options,
    )
    stage.write(MANIFEST_NAME, manifest_bytes(manifest))
