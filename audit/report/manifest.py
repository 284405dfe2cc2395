"""manifest.json: enough to prove later which bytes were audited, under which rules, by what.

It is the only output that holds times, so every other file can be compared byte for byte
between two runs, and comparing two manifests shows exactly what changed.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import platform
from collections.abc import Mapping
from datetime import UTC, datetime
from importlib import metadata
from typing import Any

import pandas as pd
import pyarrow as pa

from audit.contract import CONTRACT_VERSION
from audit.dataset import Dataset
from audit.result import AuditResult

MANIFEST_NAME = "manifest.json"

# Dataset frames in contract order; the manifest counts rows read per table.
_TABLES = (
    "hires",
    "employment_history",
    "training",
    "certifications",
    "decertifications",
    "overrides",
)


@dataclasses.dataclass(frozen=True)
class OutputFile:
    """One written file as the manifest records it (``rows`` is None for the page)."""

    name: str
    data: bytes
    rows: int | None


def build_manifest(
    result: AuditResult,
    outputs: list[OutputFile],
    *,
    started_at: datetime,
    finished_at: datetime,
    timings: Mapping[str, float],
    options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything a later reader needs to trust or repeat this run, as plain JSON data."""
    return {
        "options": dict(options or {}),
        "contract_version": CONTRACT_VERSION,
        "tool_version": result.tool_version,
        "rules_version": result.rules_version,
        "rules_files": [dataclasses.asdict(f) for f in result.rules_files],
        "data_folder": result.dataset.folder,
        "inputs": [dataclasses.asdict(f) for f in result.dataset.files],
        "registry_coverage": list(result.dataset.coverage),
        "rows_in": rows_in(result.dataset),
        "input_notes": list(result.dataset.notes),
        "outputs": {o.name: _described(o) for o in outputs},
        "determination_counts": result.counts(),
        "started_at": iso_utc(started_at),
        "finished_at": iso_utc(finished_at),
        "run_seconds": round((finished_at - started_at).total_seconds(), 3),
        "timings": {stage: round(seconds, 3) for stage, seconds in timings.items()},
        "environment": {
            "python": platform.python_version(),
            "pandas": pd.__version__,
            "pyarrow": pa.__version__,
            **{name: _version(name) for name in _LINKING},
        },
    }


# the libraries whose data or algorithms decide links: a new version may link differently
_LINKING = ("numpy", "rapidfuzz", "nicknames")


def _version(package: str) -> str | None:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return None


def _described(output: OutputFile) -> dict[str, Any]:
    entry: dict[str, Any] = {"bytes": len(output.data), "sha256": sha256_hex(output.data)}
    if output.rows is not None:
        entry["rows"] = output.rows
    return entry


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    """Sorted keys and fixed indentation, so two manifests diff line by line."""
    return (json.dumps(manifest, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()


def rows_in(dataset: Dataset) -> dict[str, int]:
    return {table: len(getattr(dataset, table)) for table in _TABLES}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with a Z; a naive time is taken as local, as datetime.now() gives it."""
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
