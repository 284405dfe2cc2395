"""The loaded audit input: validated DataFrames plus where each came from.

Everything downstream of the loader (linker, evaluator, reporter) reads only this object,
never files, so the pipeline can be driven from a notebook with hand-made frames too.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class InputFile:
    """One file read, for the manifest: enough to prove later which bytes were audited."""

    table: str
    path: str  # as given relative to the data folder (POSIX separators)
    format: str  # csv | parquet | xlsx
    sha256: str
    rows: int
    encoding: str | None = None  # text encoding used for CSV; None for binary formats
    layout: str | None = None  # a registry's own published layout, read as such (layouts.py)
    source_from_name: str | None = None  # no source column: the registry the file name gives

    @property
    def read_as(self) -> str:
        """How the file was read, when not plainly as the contract lays it out."""
        notes = []
        if self.layout:
            notes.append(f"read as {self.layout}")
        if self.source_from_name:
            notes.append(f"source {self.source_from_name} taken from the file name")
        if self.encoding and self.encoding not in ("utf-8", "utf-8-sig", "ascii"):
            notes.append(f"text encoding {self.encoding}")
        return "; ".join(notes)


@dataclass(frozen=True)
class Dataset:
    """Validated tables of the data contract.

    Column conventions (set by the loader, relied on by every later stage):
    - text, id, enum and state columns: pandas ``string`` dtype, ``pd.NA`` for blank;
      enums in their canonical spelling (contract.py), states upper-case; except that the
      loader gives the certifications' free-text columns (names, agency, certification
      type) as ``category`` with string categories, since a registry of millions of rows
      has few distinct values (every stage accepts either);
    - date columns: ``datetime64[ns]``, ``NaT`` for blank;
    - ``date_of_birth`` tables also carry ``birth_year`` (``Int64``), set from the full date
      or from a registry that publishes only the year (then ``date_of_birth`` is NaT);
    - optional tables that were absent are empty frames with the contract's columns;
    - certifications from several files are concatenated in file-name order.
    """

    hires: pd.DataFrame
    training: pd.DataFrame
    employment_history: pd.DataFrame
    certifications: pd.DataFrame
    decertifications: pd.DataFrame
    overrides: pd.DataFrame
    coverage: tuple[str, ...]  # sorted distinct certifications.source values
    files: tuple[InputFile, ...] = ()
    notes: tuple[str, ...] = ()  # what the loader set aside or read unusually, for people
    folder: str | None = None  # the data folder read (absolute), for the manifest and report
