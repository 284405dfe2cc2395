"""Shared builders: small hand-made datasets, typed exactly as the loader types them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from audit.contract import (
    CERTIFICATIONS,
    DECERTIFICATIONS,
    EMPLOYMENT_HISTORY,
    HIRES,
    OVERRIDES,
    TRAINING,
    TableSpec,
)
from audit.dataset import Dataset
from audit.pipeline import audit_dataset
from audit.policy import Policy, load_policy

ROOT = Path(__file__).resolve().parent.parent


def frame(spec: TableSpec, rows: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """A contract table from dicts: missing columns blank, dtypes as the loader sets them."""
    df = pd.DataFrame([dict(r) for r in rows], columns=list(spec.names))
    for col in spec.columns:
        if col.kind in ("date", "dob"):
            df[col.name] = pd.to_datetime(df[col.name]).astype("datetime64[ns]")
        else:
            df[col.name] = df[col.name].astype("string")
    if "birth_year" in spec.extra:
        df["birth_year"] = df["date_of_birth"].dt.year.astype("Int64")
    if "separation_date_unknown" in spec.extra:  # the loader's reading of "unknown"
        df["separation_date_unknown"] = [bool(r.get("separation_date_unknown")) for r in rows]
    if "status_unread" in spec.extra:  # the loader's status as written where none is read
        df["status_unread"] = pd.Series([r.get("status_unread") for r in rows], dtype="string")
    return df


def hire(hire_id: str, first: str, last: str, dob: str | None, **kw: Any) -> dict[str, Any]:
    row = {
        "hire_id": hire_id,
        "first_name": first,
        "last_name": last,
        "date_of_birth": dob,
        "hire_date": "2024-03-01",
        "position_title": "Deportation Officer",
        "job_series": "1801",
        "field_office": "St. Paul",
        "screening_track": "LEO",
        "screening_basis": "keyword:officer",
    }
    row.update(kw)
    return row


def cert(record_id: str, first: str, last: str, dob: str | None, **kw: Any) -> dict[str, Any]:
    row = {
        "record_id": record_id,
        "source": "MN",
        "first_name": first,
        "last_name": last,
        "date_of_birth": dob,
        "certification_type": "Peace Officer",
        "status": "active",
        "issued_date": "2015-06-01",
        "separation_date": None,
        "agency": "St. Paul Police Department",
    }
    row.update(kw)
    return row


def decert(record_id: str, first: str, last: str, dob: str | None, **kw: Any) -> dict[str, Any]:
    row = {
        "record_id": record_id,
        "source": "MN",
        "first_name": first,
        "last_name": last,
        "date_of_birth": dob,
        "action": "revoked",
        "action_date": "2023-05-01",
    }
    row.update(kw)
    return row


def make_dataset(
    hires: Sequence[Mapping[str, Any]],
    certs: Sequence[Mapping[str, Any]] = (),
    *,
    training: Sequence[Mapping[str, Any]] | None = None,
    history: Sequence[Mapping[str, Any]] = (),
    decerts: Sequence[Mapping[str, Any]] = (),
    overrides: Sequence[Mapping[str, Any]] = (),
    coverage: Sequence[str] | None = None,
) -> Dataset:
    if training is None:
        training = [
            {
                "hire_id": h["hire_id"],
                "course_code": "ERO-LEO-VIRT",
                "delivery": "online",
                "status": "completed",
            }
            for h in hires
            if h.get("screening_track", "LEO") == "LEO"
        ]
    certifications = frame(CERTIFICATIONS, certs)
    sources = coverage if coverage is not None else sorted(set(certifications["source"].dropna()))
    return Dataset(
        hires=frame(HIRES, hires),
        training=frame(TRAINING, training),
        employment_history=frame(EMPLOYMENT_HISTORY, history),
        certifications=certifications,
        decertifications=frame(DECERTIFICATIONS, decerts),
        overrides=frame(OVERRIDES, overrides),
        coverage=tuple(sources),
    )


@pytest.fixture(scope="session")
def policy() -> Policy:
    return load_policy(ROOT / "rules")


@pytest.fixture
def decide(policy: Policy):
    """Audit a hand-made dataset and return its determinations indexed by hire_id."""

    def run(*args: Any, **kwargs: Any) -> pd.DataFrame:
        result = audit_dataset(make_dataset(*args, **kwargs), policy)
        return result.determinations.set_index("hire_id")

    return run


def write_folder(folder: Path, data: Dataset) -> Path:
    """Write a Dataset as one CSV per table, the way an office's export would look."""
    folder.mkdir(parents=True, exist_ok=True)
    tables = {
        "hires": data.hires,
        "training": data.training,
        "employment_history": data.employment_history,
        "certifications_mn": data.certifications,
        "decertifications": data.decertifications,
        "overrides": data.overrides,
    }
    for name, table in tables.items():
        if table.empty and name not in ("hires", "training"):
            continue
        derived = ["birth_year", "separation_date_unknown", "status_unread"]
        table.drop(columns=derived, errors="ignore").to_csv(
            folder / f"{name}.csv", index=False, date_format="%Y-%m-%d"
        )
    return folder


@pytest.fixture
def small_folder(tmp_path: Path) -> Path:
    """Three short-track hires (one verified, one recall, one remediated) and one full-track."""
    dob = "1984-07-15"
    data = make_dataset(
        [
            hire("0001", "Robert", "Smith", dob),
            hire("0002", "Ann", "Lee", "1990-02-03", field_office="Chicago"),
            hire("0003", "Cy", "Ode", "1979-12-24"),
            hire("0004", "Bo", "Ek", "1988-08-08", screening_track="BASIC"),
        ],
        [
            cert("MN-1", "Bob", "Smith", dob),
            cert("MN-2", "Ann", "Lee", "1990-02-03", certification_type="Correctional Officer"),
        ],
        training=[
            {
                "hire_id": h,
                "course_code": "ERO-LEO-VIRT",
                "delivery": "online",
                "status": "completed",
                "start_date": "2024-03-04",
                "end_date": "2024-03-29",
            }
            for h in ("0001", "0002", "0003")
        ]
        + [
            {
                "hire_id": "0003",
                "course_code": "FLETC-BIETP",
                "delivery": "in_person",
                "status": "completed",
                "start_date": "2024-06-03",
                "end_date": "2024-07-26",
            },
            {
                "hire_id": "0004",
                "course_code": "FLETC-BIETP",
                "delivery": "in_person",
                "status": "enrolled",
                "start_date": "2024-06-03",
            },
        ],
    )
    return write_folder(tmp_path / "data", data)
