"""Read an input folder into a validated ``Dataset`` (data contract v1, "Input").

Everything is read as text first (so ``00123`` stays ``00123``), headers are matched to the
contract through ``rules/columns.yaml`` aliases, and then every column is parsed by its
contract kind. A registry extract has millions of rows but few distinct values, so text
columns are read dictionary-encoded and trimmed, checked and parsed once per distinct value
for the whole table (``audit.coded``); nothing here loops over rows, only the reporting of
the (capped) bad rows does, and the reading of Excel workbooks, which openpyxl gives cell
by cell (a workbook is a hand-kept table, not a registry extract of millions of rows).

Problems are collected over every file and raised together as one ``InputError``: the
analyst fixing an export wants the whole list at once, each problem pointing at a file,
a spreadsheet row (header = row 1) and a column. Values from name and date-of-birth
columns never appear in a message: the row and column locate them well enough, and
problem lists get pasted into tickets.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import mmap
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import yaml

from audit.coded import STRING, Coded
from audit.contract import STATE_CODES, STATE_NAMES, TABLES, Column, TableSpec, normalise_header
from audit.dataset import Dataset, InputFile
from audit.dates import (
    DATE_HELP,
    DOB_HELP,
    FLAGS,
    RANGE_HELP,
    ParsedDates,
    parse_dates,
)
from audit.errors import InputError, Problem
from audit.layouts import Layout, read_workbook, recognise

DEFAULT_COLUMNS_FILE = Path(__file__).resolve().parent.parent / "rules" / "columns.yaml"
FORMATS = ("csv", "parquet", "xlsx")
MAX_LISTED = 20  # bad rows listed per (file, column, kind) before one "and N more" line
HEADER_SCAN_ROWS = 20  # Excel: the header must be among the first 20 non-blank rows

# Helper columns carried while validating, dropped before the Dataset is built.
FILE = "__file__"
ROW = "__row__"

# Columns whose values are personal: a problem says where, never what.
PRIVATE_COLUMNS = frozenset({"first_name", "middle_name", "last_name", "suffix"})
PRIVATE_KINDS = frozenset({"dob"})

_STATE = r"[A-Z]{2}|FED"
_UTF8_BOM = codecs.BOM_UTF8
_SEP_LINE = re.compile(rb"sep=(.)\r?\n", re.IGNORECASE)
# libyaml's parser when PyYAML was built with it (ten times faster on rules/titles.yaml)
SAFE_YAML: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Contents = bytes | mmap.mmap  # a file's bytes, read or memory-mapped
_DICTIONARY = pa.dictionary(pa.int32(), pa.string())
# The header (and rules/columns.yaml alias target) of a column holding only a birth year.
BIRTH_YEAR = "birth_year"
_HEADER_BLOCK = 1 << 16  # the header row is found in the first 64 KB (or read again)
_BLOCK = 1 << 24  # pyarrow CSV block: fewer, bigger chunks hash faster downstream


# --- public -------------------------------------------------------------------------------


def load_aliases(path: Path) -> dict[str, list[str]]:
    """Read a ``rules/columns.yaml``-style file: ``aliases: {contract_column: [header, ...]}``.

    Raises ``InputError`` naming the file (and the offending key) when the file cannot be
    read or does not have that shape, so a typo in a column map stops the run instead of
    silently not renaming anything.
    """
    where = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            [Problem(where, None, None, f"cannot read column aliases: {exc}")]
        ) from exc
    try:
        doc = yaml.load(text, Loader=SAFE_YAML)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = None if mark is None else mark.line + 1
        reason = getattr(exc, "problem", None) or "syntax error"
        raise InputError([Problem(where, line, None, f"not valid YAML: {reason}")]) from exc
    section = doc.get("aliases") if isinstance(doc, dict) else None
    if not isinstance(doc, dict) or "aliases" not in doc or not isinstance(section or {}, dict):
        raise InputError(
            [
                Problem(
                    where,
                    None,
                    "aliases",
                    "expected a top-level 'aliases:' mapping of contract column to a list "
                    "of header names, e.g. 'hire_id: [employee_id, emp_id]'",
                )
            ]
        )
    return _checked_aliases(section or {}, where)


def load_dataset(data_dir: Path, aliases: Mapping[str, Sequence[str]] | None = None) -> Dataset:
    """Read and validate every contract table in ``data_dir``.

    Header aliases come from ``rules/columns.yaml`` plus ``aliases`` (which wins where
    both name the same header). Raises one ``InputError`` listing every problem found in
    every file; returns a ``Dataset`` only when there are none.
    """
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise InputError(
            [Problem(str(data_dir), None, None, "is not a folder; give the folder of input tables")]
        )
    extra = _checked_aliases(aliases, "aliases argument") if aliases is not None else {}
    lookup = _alias_lookup(_default_aliases(), extra)
    problems = _Problems()
    sources = _discover(data_dir, problems)
    files: list[Future[InputFile]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha256") as hasher:
        frames = {
            spec.name: _load_table(spec, sources[spec.name], lookup, problems, hasher, files)
            for spec in TABLES
        }
    notes = _check_hire_ids(frames, problems)
    if problems.found:
        raise InputError(problems.found)
    done = {spec.name: _finish(frames[spec.name], spec) for spec in TABLES}
    coverage = tuple(sorted(done["certifications"]["source"].dropna().unique().tolist()))
    return Dataset(
        hires=done["hires"],
        training=done["training"],
        employment_history=done["employment_history"],
        certifications=done["certifications"],
        decertifications=done["decertifications"],
        overrides=done["overrides"],
        coverage=coverage,
        files=tuple(file.result() for file in files),
        notes=tuple(notes),
    )


# --- problems -----------------------------------------------------------------------------


class _Problems:
    """Collects problems; row-level ones are capped so a broken 5M-row file stays readable."""

    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(
        self, file: str, message: str, row: int | None = None, column: str | None = None
    ) -> None:
        self.found.append(Problem(file, row, column, message))

    def rows(
        self,
        bad: pd.DataFrame,
        column: str | None,
        messages: Callable[[pd.DataFrame], Iterable[str]],
    ) -> None:
        """Report the rows of ``bad`` (with FILE and ROW columns), one kind of problem.

        At most MAX_LISTED rows per file are listed, then one line counts the rest and
        points at the first of them; ``messages`` is only asked about the listed rows.
        """
        if bad.empty:
            return
        for file, group in bad.groupby(FILE, sort=False, observed=True):
            listed = group.head(MAX_LISTED)
            for row, message in zip(listed[ROW].tolist(), messages(listed), strict=True):
                self.add(str(file), message, int(row), column)
            rest = len(group) - len(listed)
            if rest:
                first = int(group[ROW].iloc[MAX_LISTED])
                self.add(
                    str(file),
                    f"... and {rest:,} more row(s) with the same problem from this row on "
                    f"(only the first {MAX_LISTED} are listed)",
                    first,
                    column,
                )


def _each(column: str, describe: Callable[[Any], str]) -> Callable[[pd.DataFrame], list[str]]:
    """A ``messages`` callback that describes each listed row by its value in ``column``."""
    return lambda listed: [describe(value) for value in listed[column].tolist()]


def _private(col: Column) -> bool:
    return col.name in PRIVATE_COLUMNS or col.kind in PRIVATE_KINDS


# --- aliases ------------------------------------------------------------------------------


def _contract_columns() -> set[str]:
    """What an alias may rename a header to: a contract column, or a birth year column."""
    return {name for spec in TABLES for name in spec.names} | {BIRTH_YEAR}


def _checked_aliases(raw: Mapping[str, Any], where: str) -> dict[str, list[str]]:
    """Validate an alias map (keys contract columns, values header names); all-or-nothing."""
    known = _contract_columns()
    problems: list[Problem] = []
    checked: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for key, value in raw.items():
        column = normalise_header(key)
        names = [value] if isinstance(value, str) else ([] if value is None else value)
        if column not in known:
            problems.append(
                Problem(
                    where,
                    None,
                    str(key),
                    "is not a contract column; aliases must be "
                    f"listed under one of: {', '.join(sorted(known))}",
                )
            )
            continue
        if not isinstance(names, list | tuple) or not all(
            isinstance(n, str) and normalise_header(n) for n in names
        ):
            problems.append(
                Problem(
                    where,
                    None,
                    str(key),
                    "expected a list of header names, e.g. [employee_id, emp_id]",
                )
            )
            continue
        for name in names:
            other = seen.setdefault(normalise_header(name), column)
            if other != column:
                problems.append(
                    Problem(
                        where,
                        None,
                        str(key),
                        f"alias '{name}' is also listed under "
                        f"'{other}'; a header can mean only one column",
                    )
                )
        checked.setdefault(column, []).extend(n.strip() for n in names)
    if problems:
        raise InputError(problems)
    return checked


def _default_aliases() -> dict[str, list[str]]:
    """The shipped column map; absent only in an install without the rules folder."""
    return load_aliases(DEFAULT_COLUMNS_FILE) if DEFAULT_COLUMNS_FILE.is_file() else {}


def _alias_lookup(*maps: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Normalised header -> contract column; later maps override earlier ones."""
    lookup: dict[str, str] = {}
    for aliases in maps:
        for column, names in aliases.items():
            lookup.update({normalise_header(name): column for name in names})
    return lookup


# --- finding the files --------------------------------------------------------------------


@dataclass(frozen=True)
class _Source:
    path: Path
    name: str  # relative to the data folder: what problems and the manifest call it
    format: str


def _discover(data_dir: Path, problems: _Problems) -> dict[str, list[_Source]]:
    """Which files hold which table; ambiguous and missing required tables are problems."""
    found: dict[str, list[_Source]] = {spec.name: [] for spec in TABLES}
    strays: dict[str, list[str]] = {spec.name: [] for spec in TABLES}
    for path in sorted(p for p in data_dir.iterdir() if p.is_file()):
        stem, _, ext = path.name.lower().rpartition(".")
        for spec in TABLES:
            if stem == spec.name or (spec.many_files and stem.startswith(spec.name)):
                if ext in FORMATS:
                    found[spec.name].append(_Source(path, path.name, ext))
                else:
                    strays[spec.name].append(path.name)
    for spec in TABLES:
        sources = found[spec.name]
        names = [s.name for s in sources]
        if len(sources) > 1 and not spec.many_files:
            problems.add(
                names[0],
                f"{' and '.join(names)} both hold the {spec.name} table; keep only one of them",
            )
            found[spec.name] = []
        elif not sources and spec.required:
            expected = ", ".join(f"{spec.name}.{ext}" for ext in FORMATS)
            stray = strays[spec.name]
            seen = f" (found {', '.join(stray)}: save it as .csv or .xlsx)" if stray else ""
            problems.add(
                f"{spec.name}.*",
                f"required table {spec.name} is missing: add one of {expected}{seen}",
            )
    return found


# --- headers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Header:
    """How one file's header cells map to the table's contract columns."""

    labels: list[str]  # the cells as written
    positions: dict[str, int]  # contract column -> header position (first, on a clash)
    clashes: dict[str, list[int]]  # contract column -> every position that means it
    missing: list[str]  # non-optional contract columns not found


def _map_headers(labels: Sequence[object], spec: TableSpec, aliases: Mapping[str, str]) -> _Header:
    """Match header cells to contract columns.

    A contract column's own name always wins; an alias renames only when the column
    itself is absent and only into a column of this table (``state`` is its own column in
    employment_history but an alias of ``source`` in the registry tables).
    """
    normal = [normalise_header(label) for label in labels]
    own = set(spec.names)
    present = own.intersection(normal)
    candidates: dict[str, list[int]] = {}
    for position, name in enumerate(normal):
        target = name if name in own else aliases.get(name)
        if target in own and (name in own or target not in present):
            candidates.setdefault(str(target), []).append(position)
    # Florida's export and the National Police Index publish a birth year only: such a
    # column is the date of birth (as a bare year) when the file has none by any name.
    years = [p for p, name in enumerate(normal) if BIRTH_YEAR in (name, aliases.get(name))]
    for column in spec.columns:
        if column.kind == "dob" and column.name not in candidates and years:
            candidates[column.name] = years
    return _Header(
        labels=["" if normalise_header(x) == "" else str(x) for x in labels],
        positions={column: where[0] for column, where in candidates.items()},
        clashes={column: where for column, where in candidates.items() if len(where) > 1},
        missing=[c.name for c in spec.columns if not c.optional and c.name not in candidates],
    )


def _report_header(
    header: _Header,
    spec: TableSpec,
    file: str,
    row: int | None,
    aliases: Mapping[str, str],
    problems: _Problems,
) -> None:
    for column in header.missing:
        if column == SOURCE and _source_from_name(file, spec):
            continue  # certifications_fl.csv without a source column: the name says FL
        accepted = sorted(a for a, c in aliases.items() if c == column)
        if spec.column(column).kind == "dob":
            accepted += sorted({BIRTH_YEAR} | {a for a, c in aliases.items() if c == BIRTH_YEAR})
        also = f" (also accepted: {', '.join(accepted)})" if accepted else ""
        problems.add(
            file,
            f"missing column {column}: the {spec.name} table needs it{also}; add the column "
            "or map its header to it in rules/columns.yaml",
            row,
            column,
        )
    for column, where in header.clashes.items():
        said = " and ".join(repr(header.labels[i]) for i in where)
        problems.add(file, f"headers {said} all mean {column}; keep only one of them", row, column)


SOURCE = "source"
_NAMED_SOURCE = re.compile(r"[_\- ]+([a-z]{2}|fed)")


def _source_from_name(file: str, spec: TableSpec) -> str | None:
    """The registry a file's name gives (``certifications_fl.csv`` -> FL), for a file that
    has no source column: state exports do not say which state they come from."""
    if SOURCE not in spec.names:
        return None
    stem = Path(file).name.lower().rpartition(".")[0]
    match = _NAMED_SOURCE.fullmatch(stem[len(spec.name) :]) if stem.startswith(spec.name) else None
    code = match.group(1).upper() if match else None
    return code if code in STATE_CODES else None


# Florida's employment export and the National Police Index number people, not
# certificates: one row per job, so a person number repeats. Such a file's record_id is
# the person number, then "-1", "-2"... in file order where it repeats.
PERSON_NUMBERS = frozenset({"person_nbr", "person_number", "person_no", "person_id"})
RECORD_ID = "record_id"


def _per_person(header: _Header) -> bool:
    at = header.positions.get(RECORD_ID)
    return at is not None and normalise_header(header.labels[at]) in PERSON_NUMBERS


def _number_repeats(table: pa.Table) -> pa.Table:
    ids = table[RECORD_ID].to_pandas().astype("string")
    repeated = ids.duplicated(keep=False) & ids.notna()
    if not repeated.any():
        return table
    nth = ids.groupby(ids, dropna=False).cumcount() + 1
    numbered = ids.mask(repeated, ids + "-" + nth.astype("string"))
    at = table.schema.get_field_index(RECORD_ID)
    return table.set_column(at, RECORD_ID, pa.array(numbered, type=pa.string(), from_pandas=True))


def _readable(header: _Header) -> dict[str, int]:
    """Positions that can be selected by label (a label written twice cannot)."""
    return {
        column: position
        for column, position in header.positions.items()
        if header.labels.count(header.labels[position]) == 1
    }


# --- reading ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Read:
    """One file's contract columns as Arrow, before trimming and parsing."""

    table: pa.Table  # contract column names; strings, or timestamps from typed Parquet
    rows: np.ndarray  # spreadsheet row number of each table row
    encoding: str | None = None
    layout: str | None = None
    per_person: bool = False  # record_id read from a person number (one row per job)


class _Unreadable(Exception):
    """A file cannot be read at all; the message says why and what to do."""


def _read_csv(
    data: Contents, spec: TableSpec, file: str, aliases: Mapping[str, str], problems: _Problems
) -> _Read:
    """CSV as text: IDs as strings (leading zeros kept), the rest dictionary-encoded.

    UTF-8 is assumed and pyarrow checks it while parsing; only a file that fails that
    check is transcoded from cp1252 (or latin-1) and read again.
    """
    reason = _not_text(data)
    if reason:
        raise _Unreadable(reason)
    bom = data[: len(_UTF8_BOM)] == _UTF8_BOM
    skip = len(_UTF8_BOM) if bom else 0
    # Excel writes "sep=," above the header when asked to; Excel hides that line, so the
    # header is still row 1 for the analyst
    sep = _SEP_LINE.match(data[skip : skip + 16])
    if sep:
        if sep.group(1) != b",":
            raise _Unreadable(
                f"is separated by {sep.group(1).decode('latin-1')!r}, not commas; save it as "
                "comma-separated CSV"
            )
        skip += sep.end()
    buffer = pa.py_buffer(data).slice(skip)
    if bom:
        return _read_csv_text(buffer, "utf-8-sig", spec, file, aliases, problems)
    said = _Problems()  # kept only if the UTF-8 reading stands
    try:
        read = _read_csv_text(buffer, "utf-8", spec, file, aliases, said)
    except _NotUtf8:
        pass
    else:
        problems.found.extend(said.found)
        return read
    text, encoding = decode_legacy(bytes(data[skip:]))
    return _read_csv_text(
        pa.py_buffer(text.encode("utf-8")), encoding, spec, file, aliases, problems
    )


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Text that is not UTF-8, as office spreadsheets save it: cp1252, else latin-1 (which
    decodes any bytes); returns the text and the encoding used."""
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _not_text(data: Contents) -> str | None:
    """Why bytes named .csv are not CSV text (a renamed workbook, UTF-16, binary)."""
    head = data[:8192]
    if head.startswith(b"PK\x03\x04"):
        return "is a zip archive (an Excel workbook?), not CSV text; name it .xlsx or export CSV"
    if head.startswith(b"PAR1"):
        return "is a Parquet file, not CSV text; name it .parquet"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "is UTF-16 text; save it as 'CSV UTF-8' (or plain CSV)"
    if b"\x00" in head:
        return "is binary, not CSV text; export the table again as CSV"
    if not head.strip() and not data[:].strip():  # a full scan only when the start is blank
        return "has no header row; export the table again with its header row"
    return None


class _NotUtf8(Exception):
    """pyarrow met bytes that are not UTF-8: the file is read again, transcoded."""


def _read_csv_text(
    buffer: pa.Buffer,
    encoding: str,
    spec: TableSpec,
    file: str,
    aliases: Mapping[str, str],
    problems: _Problems,
) -> _Read:
    labels = _csv_labels(buffer)
    if len(labels) == 1 and (separator := next((c for c in ";\t|" if c in labels[0]), None)):
        raise _Unreadable(
            f"is separated by {separator!r}, not commas; save it as comma-separated CSV"
        )
    header = _map_headers(labels, spec, aliases)
    _report_header(header, spec, file, 1, aliases, problems)
    chosen = _readable(header)
    labels = [header.labels[p] for p in chosen.values()]
    if not labels:
        return _Read(pa.table({}), np.arange(0), encoding)
    types = {
        label: pa.string() if spec.column(name).kind == "id" else _DICTIONARY
        for name, label in zip(chosen, labels, strict=True)
    }
    table, invalid = _csv_table(buffer, types, threads=True)
    if invalid:
        # Only a single-threaded read numbers the bad rows; worth it on this rare path.
        table, invalid = _csv_table(buffer, types, threads=False)
    rows = _csv_rows(table.num_rows, [row.number for row in invalid])
    _report_ragged(invalid, file, problems)
    return _Read(table.rename_columns(list(chosen)), rows, encoding, per_person=_per_person(header))


def _csv_parse_options(handler: Callable[[Any], str]) -> pacsv.ParseOptions:
    # Quoted newlines occur in real headers ("Middle\nInitial"); blank lines are kept as
    # empty rows (dropped later) so that row numbers stay the spreadsheet's.
    return pacsv.ParseOptions(
        newlines_in_values=True, ignore_empty_lines=False, invalid_row_handler=handler
    )


def _csv_labels(buffer: pa.Buffer) -> list[str]:
    """The header cells, read by pyarrow itself so quoting rules match the data read.

    pyarrow infers types from its first block, so a small block keeps this quick; a
    header longer than that block is read again with the file's whole first block.
    """
    for block in (_HEADER_BLOCK, _BLOCK):
        with _undecodable_rows() as undecodable:
            try:
                reader = pacsv.open_csv(
                    buffer,
                    read_options=pacsv.ReadOptions(block_size=block),
                    parse_options=_csv_parse_options(lambda _row: "skip"),
                )
                labels = [str(name) for name in reader.schema.names]
            except UnicodeDecodeError as exc:
                raise _NotUtf8 from exc
            except (pa.ArrowException, OSError) as exc:
                if undecodable or not _is_utf8(buffer):
                    raise _NotUtf8 from exc
                if block < _BLOCK and buffer.size > block:
                    continue
                raise _Unreadable(
                    f"cannot be read as CSV ({_short(exc)}); check the header row"
                ) from exc
        if undecodable:
            raise _NotUtf8
        return labels
    raise AssertionError("the last attempt returns or raises")  # pragma: no cover


def _csv_table(
    buffer: pa.Buffer, types: dict[str, pa.DataType], *, threads: bool
) -> tuple[pa.Table, list[Any]]:
    invalid: list[Any] = []

    def skip(row: Any) -> str:
        invalid.append(row)
        return "skip"

    convert = pacsv.ConvertOptions(
        column_types=types,
        include_columns=list(types),
        null_values=[""],
        strings_can_be_null=True,
        quoted_strings_can_be_null=True,
    )
    with _undecodable_rows() as undecodable:
        try:
            table = pacsv.read_csv(
                buffer,
                read_options=pacsv.ReadOptions(use_threads=threads, block_size=_BLOCK),
                parse_options=_csv_parse_options(skip),
                convert_options=convert,
            )
        except (pa.ArrowException, OSError) as exc:
            if "invalid UTF8" in str(exc) or undecodable or not _is_utf8(buffer):
                raise _NotUtf8 from exc
            raise _Unreadable(f"cannot be read as CSV ({_short(exc)})") from exc
    if undecodable:
        raise _NotUtf8
    return table, invalid


@contextmanager
def _undecodable_rows() -> Iterator[list[BaseException]]:
    """Rows pyarrow could not decode as UTF-8 while reading.

    pyarrow decodes a malformed row before handing it to the invalid-row handler; in a
    cp1252 file that decoding fails inside pyarrow, which prints the error to stderr as
    "Exception ignored" and then reports the row as a parse error quoting its text (names,
    birth dates). Such a failure means the file must be read as cp1252, so it is collected
    here instead of printed."""
    seen: list[BaseException] = []
    previous = sys.unraisablehook

    def collect(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, UnicodeDecodeError):
            seen.append(unraisable.exc_value)
        else:
            previous(unraisable)

    sys.unraisablehook = collect
    try:
        yield seen
    finally:
        sys.unraisablehook = previous


def _is_utf8(buffer: pa.Buffer) -> bool:
    """Whether the bytes are UTF-8 (Arrow's validation; asked only after a read failed)."""
    offsets = pa.py_buffer(np.array([0, buffer.size], dtype=np.int64).tobytes())
    raw = pa.Array.from_buffers(pa.large_binary(), 1, [None, offsets, buffer])
    try:
        raw.cast(pa.large_string())
    except pa.ArrowInvalid:
        return False
    return True


def _csv_rows(count: int, skipped: Sequence[int | None]) -> np.ndarray:
    """Spreadsheet row numbers of the rows read, around the rows pyarrow skipped."""
    rows = np.arange(2, 2 + count + len(skipped), dtype=np.int64)
    known = [n for n in skipped if n is not None]
    if known and len(known) == len(skipped):
        rows = np.setdiff1d(rows, np.asarray(known, dtype=np.int64), assume_unique=True)
    return rows[:count]


def _report_ragged(invalid: Sequence[Any], file: str, problems: _Problems) -> None:
    bad = pd.DataFrame(
        {
            FILE: file,
            ROW: [row.number if row.number is not None else 0 for row in invalid],
            "got": [row.actual_columns for row in invalid],
            "expected": [row.expected_columns for row in invalid],
        }
    )
    problems.rows(
        bad,
        None,
        lambda listed: [
            f"row has {got} values but the header has {expected} columns; quote values "
            "that contain commas and check for missing separators"
            for got, expected in zip(listed["got"], listed["expected"], strict=True)
        ],
    )


def _read_parquet(
    data: Contents, spec: TableSpec, file: str, aliases: Mapping[str, str], problems: _Problems
) -> _Read:
    """Parquet keeps its types where they help: dates stay dates, numbers become text."""
    try:
        parquet = pq.ParquetFile(pa.BufferReader(data))
        labels = list(parquet.schema_arrow.names)
    except (pa.ArrowException, OSError) as exc:
        raise _Unreadable(f"cannot be read as Parquet ({_short(exc)})") from exc
    header = _map_headers(labels, spec, aliases)
    _report_header(header, spec, file, None, aliases, problems)
    chosen = _readable(header)
    try:
        table = parquet.read(columns=[labels[p] for p in chosen.values()])
    except (pa.ArrowException, OSError) as exc:
        raise _Unreadable(f"cannot be read as Parquet ({_short(exc)})") from exc
    columns: dict[str, pa.ChunkedArray] = {}
    for name, values in zip(chosen, table.columns, strict=True):
        converted = _arrow_column(values, spec.column(name))
        if converted is None:
            problems.add(
                file,
                f"has type {values.type}, which cannot be read as {name}; store it as text",
                None,
                name,
            )
        else:
            columns[name] = converted
    rows = np.arange(2, 2 + table.num_rows, dtype=np.int64)
    return _Read(
        pa.table(columns) if columns else pa.table({}), rows, per_person=_per_person(header)
    )


def _arrow_column(values: pa.ChunkedArray, col: Column) -> pa.ChunkedArray | None:
    """Typed Parquet column -> text (IDs from integers) or timestamp (date columns)."""
    kind = values.type
    if col.kind in ("date", "dob") and (pa.types.is_date(kind) or pa.types.is_timestamp(kind)):
        if pa.types.is_timestamp(kind) and kind.tz is not None:
            return pc.local_timestamp(values)  # the wall-clock date where it was recorded
        return values if pa.types.is_timestamp(kind) else pc.cast(values, pa.timestamp("s"))
    if pa.types.is_dictionary(kind):
        values = pc.cast(values, kind.value_type)
        kind = values.type
    if pa.types.is_floating(kind):
        values = pc.if_else(pc.is_nan(values), pa.scalar(None, kind), values)
        if pc.all(pc.equal(values, pc.floor(values))).as_py() is not False:
            values = pc.cast(values, pa.int64())  # 1801.0 (pandas' int-with-NaN) -> "1801"
    simple = (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_integer(kind)
        or pa.types.is_floating(kind)
        or pa.types.is_boolean(kind)
        or pa.types.is_decimal(kind)
        or pa.types.is_temporal(kind)
        or pa.types.is_null(kind)
    )
    return pc.cast(values, pa.string()) if simple else None


def _read_xlsx(
    data: Contents, spec: TableSpec, file: str, aliases: Mapping[str, str], problems: _Problems
) -> _Read:
    """First sheet, every cell as text; the header may sit below title rows."""
    try:
        sheet = _sheet_text(data)
    except Exception as exc:  # openpyxl raises a zoo of types on broken workbooks
        if isinstance(exc, MemoryError):
            raise
        raise _Unreadable(f"cannot be read as an Excel workbook ({_short(exc)})") from exc
    sheet = sheet.dropna(how="all")  # index stays the sheet's row - 1
    layout = _published_layout(sheet, spec)
    if layout is not None:
        adapted = read_workbook(layout, data)
        return _Read(adapted.table(), adapted.rows, layout=adapted.layout)
    at = _find_header_row(sheet, spec, aliases)
    if at is None:
        raise _Unreadable(
            f"no header row found in the first {HEADER_SCAN_ROWS} rows of the first sheet; "
            f"expected a row naming at least {', '.join(_keys(spec))}"
        )
    header = _map_headers(sheet.loc[at].tolist(), spec, aliases)
    _report_header(header, spec, file, int(at) + 1, aliases, problems)
    body = sheet.loc[sheet.index > at]
    columns = {
        name: pa.array(
            body.iloc[:, position].to_numpy(dtype=object), type=pa.string(), from_pandas=True
        )
        for name, position in header.positions.items()
    }
    rows = body.index.to_numpy(dtype=np.int64) + 1
    return _Read(
        pa.table(columns) if columns else pa.table({}), rows, per_person=_per_person(header)
    )


_ZERO_PADDED = re.compile(r"0+")  # Excel's number format "000000": an ID shown with zeros


def _sheet_text(data: Contents) -> pd.DataFrame:
    """The first sheet as the text Excel shows, one string (or None) per cell.

    Read cell by cell rather than through pandas, which drops the number format: an ID
    such as 001234 is often stored as the number 1234 shown through the format "000000",
    and must come back as 001234, or it matches no other table's 001234.
    """
    import openpyxl  # Excel support is only paid for when a workbook is read

    book = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=True, keep_links=False
    )
    try:
        rows = [_trimmed([_cell_text(c) for c in row]) for row in book.worksheets[0].iter_rows()]
    finally:
        book.close()
    width = max((len(r) for r in rows), default=0)
    return pd.DataFrame([r + [None] * (width - len(r)) for r in rows], dtype=object)


def _trimmed(cells: list[str | None]) -> list[str | None]:
    """A row without its trailing empty cells: a sheet may report 16,384 columns."""
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return cells[:end]


def _cell_text(cell: Any) -> str | None:
    value = cell.value
    if value is None or getattr(cell, "data_type", None) == "e":  # empty, or #N/A and kin
        return None
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        if value == int(value):
            fmt = getattr(cell, "number_format", "") or ""
            if _ZERO_PADDED.fullmatch(fmt):
                return str(int(value)).zfill(len(fmt))
            return str(int(value))
        return str(value)
    return str(value)


def _published_layout(sheet: pd.DataFrame, spec: TableSpec) -> Layout | None:
    """A registry's own layout (layouts.py), recognised by its header row."""
    for _, cells in sheet.head(HEADER_SCAN_ROWS).iterrows():
        layout = recognise(spec.name, cells.tolist())
        if layout is not None:
            return layout
    return None


def _find_header_row(sheet: pd.DataFrame, spec: TableSpec, aliases: Mapping[str, str]) -> Any:
    """The first row naming every key column; failing that, the one naming most columns."""
    best, best_count = None, 0
    for at, cells in sheet.head(HEADER_SCAN_ROWS).iterrows():
        header = _map_headers(cells.tolist(), spec, aliases)
        if all(key in header.positions for key in _keys(spec)):
            return at
        if len(header.positions) > best_count:
            best, best_count = at, len(header.positions)
    return best


def _keys(spec: TableSpec) -> list[str]:
    return [c.name for c in spec.columns if c.key]


def _short(exc: BaseException) -> str:
    """First line of a library error, trimmed: enough to act on, no row dumps."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]


_READERS: dict[str, Callable[[Contents, TableSpec, str, Mapping[str, str], _Problems], _Read]] = {
    "csv": _read_csv,
    "parquet": _read_parquet,
    "xlsx": _read_xlsx,
}


# --- from Arrow to typed, validated pandas --------------------------------------------------


@dataclass(frozen=True)
class _Tidy:
    """A table's contract columns, trimmed, with fully blank rows dropped.

    Text columns are ``Coded`` (distinct values + codes) so that every later check and
    parse works per distinct value, once for all the table's files; ID columns, unique
    per row, stay plain strings.
    """

    files: pd.Categorical  # the file each row came from
    rows: np.ndarray  # spreadsheet row number of each row in its file
    columns: dict[str, Coded | pd.Series]
    absent: dict[str, np.ndarray]  # per column: rows from a file without it (not blanks)

    def bad(self, mask: np.ndarray, column: str | None = None) -> pd.DataFrame:
        """The FILE, ROW (and ``column`` value) of the rows in ``mask``, for problems."""
        where = np.flatnonzero(mask)
        out: dict[str, Any] = {FILE: self.files[where], ROW: self.rows[where]}
        if column is not None:
            values = self.columns[column]
            at = values.at(where) if isinstance(values, Coded) else values.iloc[where]
            out[column] = at.reset_index(drop=True)
        return pd.DataFrame(out)

    @classmethod
    def concat(cls, parts: Sequence[_Tidy]) -> _Tidy:
        """One table from its files; a column some files lack is blank in their rows."""
        if len(parts) == 1:
            return parts[0]
        names = list(dict.fromkeys(name for part in parts for name in part.columns))
        columns: dict[str, Coded | pd.Series] = {}
        absent: dict[str, np.ndarray] = {}
        for name in names:
            pieces = [part.columns.get(name) for part in parts]
            sizes = [len(part.rows) for part in parts]
            columns[name] = _concat_column(pieces, sizes)
            absent[name] = np.concatenate(
                [
                    np.full(size, piece is None) | part.absent.get(name, False)
                    for piece, size, part in zip(pieces, sizes, parts, strict=True)
                ]
            )
        files = pd.Categorical.from_codes(
            np.concatenate([part.files.codes for part in parts]), dtype=parts[0].files.dtype
        )
        return cls(
            files=files,
            rows=np.concatenate([part.rows for part in parts]),
            columns=columns,
            absent=absent,
        )


def _concat_column(pieces: Sequence[Coded | pd.Series | None], sizes: Sequence[int]) -> Any:
    if any(isinstance(piece, Coded) for piece in pieces):
        return Coded.concat(
            [
                piece if isinstance(piece, Coded) else Coded.blanks(size)
                for piece, size in zip(pieces, sizes, strict=True)
            ]
        )
    series = [
        piece if isinstance(piece, pd.Series) else pd.Series(pd.NA, index=range(size), dtype=STRING)
        for piece, size in zip(pieces, sizes, strict=True)
    ]
    return _one_chunk(pd.concat(series, ignore_index=True))


def _tidy(read: _Read, spec: TableSpec, file: int, file_type: pd.CategoricalDtype) -> _Tidy:
    """Trim every text cell, blank -> missing, drop fully blank rows."""
    columns: dict[str, Coded | pd.Series] = {}
    blank: np.ndarray | None = None
    for name, values in zip(read.table.column_names, read.table.columns, strict=True):
        column: Coded | pd.Series
        if spec.column(name).kind == "id":
            column = _plain(values)
            null = column.isna().to_numpy()
        else:
            column = Coded.from_arrow(_as_text(values))
            null = column.blank
        columns[name] = column
        blank = null if blank is None else blank & null
    rows = read.rows
    if blank is not None and blank.any():  # blank lines are rare: filter only then
        keep = ~blank
        rows = rows[keep]
        columns = {name: _keep(column, keep) for name, column in columns.items()}
    files = pd.Categorical.from_codes(np.full(len(rows), file, dtype=np.int32), dtype=file_type)
    return _Tidy(files=files, rows=rows, columns=columns, absent={})


def _as_text(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """Typed Parquet dates as ISO text, so that every file's dates are parsed alike (the
    time of day is dropped: the contract's dates are calendar dates)."""
    if pa.types.is_timestamp(values.type):
        return pc.strftime(values, format="%Y-%m-%d")
    return values


def _plain(values: pa.ChunkedArray) -> pd.Series:
    """An ID column as one pandas column, trimmed, "" -> NA."""
    values = pc.utf8_trim_whitespace(pc.cast(values, pa.large_string()))
    values = pc.if_else(pc.equal(values, ""), pa.scalar(None, pa.large_string()), values)
    # one chunk per column keeps later hashing (duplicates, joins) fast
    one = pa.chunked_array([values.combine_chunks()], type=values.type)
    return pd.Series(pd.arrays.ArrowStringArray(one), dtype=STRING)


def _keep(column: Coded | pd.Series, keep: np.ndarray) -> Coded | pd.Series:
    if isinstance(column, Coded):
        return Coded(codes=column.codes[keep], values=column.values)
    return column[keep].reset_index(drop=True)


def _parse(tidy: _Tidy, spec: TableSpec, problems: _Problems) -> pd.DataFrame:
    """Check and convert every contract column; absent ones become all-NA."""
    index = pd.RangeIndex(len(tidy.rows))
    out: dict[str, pd.Series] = {ROW: pd.Series(tidy.rows, index=index)}
    for col in spec.columns:
        values = tidy.columns.get(col.name)
        if values is None:
            out.update(_absent(col, spec, index))
            continue
        said_unknown = (
            _said_unknown(values.values)
            if col.name in UNKNOWN_FLAGGED and isinstance(values, Coded)
            else None
        )
        if col.name in UNKNOWN_FLAGGED:
            out[f"{col.name}{UNKNOWN_SUFFIX}"] = pd.Series(
                np.zeros(len(index), dtype=bool)
                if said_unknown is None
                else _coded(values).flags(said_unknown),
                index=index,
            )
        if col.kind in ("date", "dob", "enum", "state") and isinstance(values, Coded):
            blank = _not_available(values.values)
            values = values.blanked(blank if said_unknown is None else blank | said_unknown)
        if col.key:
            _check_blank(tidy, values, col, spec, problems)
        parsed = _PARSERS[col.kind](tidy, values, col, spec, problems)
        out.update({name: series.set_axis(index) for name, series in parsed.items()})
    return pd.DataFrame(out, index=index, copy=False)


# What offices type for "no value" in a date, status or state cell. Blank means unknown;
# so do these. (Never applied to names: "Na" is a surname.)
_NOT_AVAILABLE = r"(?i)n/?a|n\.a\.?|none|null|nil|unknown|tbd|-+|\?+"


# Where blank has a meaning of its own (a blank separation_date: still employed), a cell
# that says "unknown" must not be read as blank: <column>_unknown flags it.
UNKNOWN_FLAGGED = frozenset({"separation_date"})
UNKNOWN_SUFFIX = "_unknown"
_SAID_UNKNOWN = r"(?i)unknown|unk|tbd|to be determined|not known|\?+"


def _said_unknown(values: pd.Series) -> np.ndarray:
    return values.str.fullmatch(_SAID_UNKNOWN).fillna(False).to_numpy(dtype=bool)


def _not_available(values: pd.Series) -> np.ndarray:
    return values.str.fullmatch(_NOT_AVAILABLE).fillna(False).to_numpy(dtype=bool)


def _blank(values: Coded | pd.Series) -> np.ndarray:
    return values.blank if isinstance(values, Coded) else values.isna().to_numpy()


def _check_blank(
    tidy: _Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: _Problems
) -> None:
    blank = _blank(values) & ~tidy.absent.get(col.name, False)
    problems.rows(
        tidy.bad(blank),
        col.name,
        lambda listed: (
            [
                f"{col.name} is blank (or a placeholder such as N/A or TBD); every {spec.name} row "
                "needs one"
            ]
            * len(listed)
        ),
    )


def _parse_text(
    tidy: _Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: _Problems
) -> dict[str, pd.Series]:
    if not isinstance(values, Coded):
        return {col.name: values.astype(STRING)}
    if spec.categorical_text and col.kind == "text":
        return {col.name: values.categorical()}
    return {col.name: values.decode()}


def _qualified(keys: pd.Series, canonical: Mapping[str, str], col: Column) -> pd.Series:
    """A registry's own qualified spelling, read by its words: "Inactive - Retired" is
    inactive, "Revoked (Misconduct)" revoked. Words that disagree are no value, except in
    a status, where the last in the contract's order wins ("Inactive - Decertified" is
    revoked): a doubtful status must never let a certificate verify. A negation ("Not
    Active", "Non-certified") is never read this way."""
    words = keys.str.findall(r"[a-z]+").explode()
    negated = words.isin(_NEGATIONS).groupby(level=0).any()
    mapped = words.map(canonical)
    stray = (mapped.isna() & ~words.isin(_HARMLESS)).groupby(level=0).any()
    found = mapped.dropna()
    found = found[~negated.reindex(found.index).to_numpy(dtype=bool)]
    rank = {value: i for i, value in enumerate(col.values)}
    ranked = pd.DataFrame({"value": found, "rank": found.map(rank)})
    agg = ranked.groupby(level=0).agg(kinds=("value", "nunique"), top=("rank", "max"))
    best = pd.Series(np.asarray(col.values, dtype=object)[agg["top"].to_numpy(dtype=int)],
                     index=agg.index)  # fmt: skip
    if col.name == "status":
        # "Active (Under Investigation)": an unknown word may take the status away, so
        # only the severest statuses, which never verify, stand beside one
        severe = agg["top"] >= rank.get("revoked", len(rank))
        keep = severe | ~stray.reindex(agg.index).to_numpy(dtype=bool)
    else:
        keep = agg["kinds"] == 1
    return best[keep].reindex(keys.index).astype(STRING)


_NEGATIONS = frozenset({"not", "non", "no", "never", "un"})
# words that qualify a status without changing it ("Active Part-Time", "Certified Active")
_HARMLESS = frozenset({"part", "full", "time", "status", "certified", "certificate", "license"})


def _enum_key(value: pd.Series) -> pd.Series:
    return value.str.lower().str.replace(r"[\s\-]+", "_", regex=True)


def _coded(values: Coded | pd.Series) -> Coded:
    """Narrow the type: ``_tidy`` codes every column but IDs, which these parsers never get."""
    if not isinstance(values, Coded):
        raise TypeError(f"expected a coded column, got {type(values).__name__}")
    return values


def _parse_enum(
    tidy: _Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: _Problems
) -> dict[str, pd.Series]:
    """Canonical spelling whatever the case, spaces or dashes (``In Person`` -> in_person)."""
    spellings = [*col.values, *(alias for alias, _ in col.synonyms)]
    targets = [*col.values, *(value for _, value in col.synonyms)]
    canonical = dict(zip(_enum_key(pd.Series(spellings, dtype=STRING)), targets, strict=True))
    coded = _coded(values)
    keys = _enum_key(coded.values)
    parsed = keys.map(canonical).astype(STRING)
    parsed = parsed.fillna(_qualified(keys, canonical, col))
    allowed = ", ".join(col.values)
    problems.rows(
        tidy.bad(coded.flags(parsed.isna()), col.name),
        col.name,
        _each(col.name, lambda v: f"'{v}' is not an allowed {col.name}; use one of: {allowed}"),
    )
    return {col.name: coded.spread(parsed)}


def _parse_state(
    tidy: _Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: _Problems
) -> dict[str, pd.Series]:
    """Upper-case two-letter postal codes, or FED for federal service records."""
    coded = _coded(values)
    up = (
        coded.values.str.upper()
        .str.replace(r"[^A-Z]+", " ", regex=True)
        .str.strip()
        .replace(STATE_NAMES)
    )
    parsed = up.where(up.str.fullmatch(_STATE)).astype(STRING)
    problems.rows(
        tidy.bad(coded.flags(parsed.isna()), col.name),
        col.name,
        _each(
            col.name,
            lambda v: (
                f"'{v}' is not a state code; use the two-letter postal code (e.g. MN) "
                "or FED for federal records"
            ),
        ),
    )
    return {col.name: coded.spread(parsed)}


def _parse_date(
    tidy: _Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: _Problems
) -> dict[str, pd.Series]:
    """Dates as datetime64[ns]; ``dob`` columns also accept a bare birth year."""
    coded = _coded(values)
    years = col.kind == "dob" and "birth_year" in spec.extra
    distinct = parse_dates(coded.values, allow_year=col.kind == "dob")
    impossible = coded.values[distinct.impossible.to_numpy(dtype=bool)]
    day_first = bool(impossible.str.fullmatch(_DAY_FIRST).fillna(False).any())
    parsed = _spread_dates(distinct, coded, years)
    _report_dates(tidy, parsed, col, problems, day_first=day_first)
    out = {col.name: parsed.dates}
    if years:
        out["birth_year"] = parsed.birth_years
    return out


def _spread_dates(parsed: ParsedDates, coded: Coded, years: bool) -> ParsedDates:
    """Dates parsed once per distinct spelling, spread back to the rows (birth years only
    when asked for: the other date columns never use them)."""
    flags = {flag: pd.Series(coded.flags(getattr(parsed, flag))) for flag in FLAGS}
    return ParsedDates(
        dates=coded.spread(parsed.dates),
        birth_years=coded.spread(parsed.birth_years) if years else parsed.birth_years[:0],
        **flags,
    )


# 13/04/2022: impossible month-first, a real date day-first: the column may be DD/MM/YYYY,
# and then its 03/04/2022 (read as March 4) is wrong too, though no error names it.
_DAY_FIRST = r"\s*(?:1[3-9]|2\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-]\d{4}\s*"


def _report_dates(
    tidy: _Tidy, parsed: ParsedDates, col: Column, problems: _Problems, *, day_first: bool = False
) -> None:
    helps = DOB_HELP if col.kind == "dob" else DATE_HELP
    hidden = _private(col)

    def say(problem: str, advice: str) -> Callable[[pd.DataFrame], list[str]]:
        if hidden:  # say where, never what: this is personal data
            return lambda listed: (
                [f"{col.name} {problem} (value not shown); {advice}"] * len(listed)
            )
        return _each(col.name, lambda v: f"{col.name} '{v}' {problem}; {advice}")

    # a blank separation_date means still employed, so "unknown" must be written out
    if col.name in UNKNOWN_FLAGGED:
        unknown = "leave it blank if still employed, or write 'unknown'"
        open_ended = unknown
    else:
        unknown = "leave it blank if unknown"
        open_ended = "leave it blank if unknown or open-ended"
    for mask, problem, advice in (
        (parsed.unparseable, "is not a date", f"expected {helps}; {unknown}"),
        (
            parsed.impossible,
            "is not a real calendar date",
            f"check day and month (expected {helps})"
            + (
                "; the column looks day-first (DD/MM/YYYY): convert all of it to YYYY-MM-DD, "
                "since a day-first 03/04/2022 is read as March 4 without an error"
                if day_first
                else ""
            ),
        ),
        (
            parsed.out_of_range,
            "is outside the supported range",
            f"dates must fall from {RANGE_HELP}; {open_ended}",
        ),
    ):
        problems.rows(
            tidy.bad(mask.to_numpy(dtype=bool), None if hidden else col.name),
            col.name,
            say(problem, advice),
        )


_PARSERS: dict[
    str,
    Callable[[_Tidy, Coded | pd.Series, Column, TableSpec, _Problems], dict[str, pd.Series]],
] = {
    "id": _parse_text,
    "text": _parse_text,
    "enum": _parse_enum,
    "state": _parse_state,
    "date": _parse_date,
    "dob": _parse_date,
}


def _absent(col: Column, spec: TableSpec, index: pd.Index) -> dict[str, pd.Series]:
    """An all-NA column of the right dtype (optional columns, and absent ones on error)."""
    if col.kind in ("date", "dob"):
        out = {col.name: pd.Series(pd.NaT, index=index, dtype="datetime64[ns]")}
        if col.name in UNKNOWN_FLAGGED:
            out[f"{col.name}{UNKNOWN_SUFFIX}"] = pd.Series(False, index=index)
        if col.kind == "dob" and "birth_year" in spec.extra:
            out["birth_year"] = pd.Series(pd.NA, index=index, dtype="Int64")
        return out
    return {col.name: pd.Series(pd.NA, index=index, dtype="string")}


# --- tables ---------------------------------------------------------------------------------


def _load_table(
    spec: TableSpec,
    sources: list[_Source],
    aliases: Mapping[str, str],
    problems: _Problems,
    hasher: ThreadPoolExecutor,
    files: list[Future[InputFile]],
) -> pd.DataFrame | None:
    """Every file of one table, tidied, then parsed together; None when none was readable.

    Parsing the table once (not file by file) parses each distinct date, status or state
    once however many registry files repeat it.
    """
    ordered = sorted(sources, key=lambda s: s.name)
    file_type = pd.CategoricalDtype([s.name for s in ordered])
    parts: list[_Tidy] = []
    for code, source in enumerate(ordered):
        loaded = _load_file(source, spec, aliases, problems, hasher, code, file_type)
        if loaded is None:
            continue
        tidy, info = loaded
        parts.append(tidy)
        files.append(info)
    if not parts:
        return None
    tidy = _Tidy.concat(parts)
    table = _parse(tidy, spec, problems)
    table[FILE] = tidy.files
    for column in spec.unique:
        _check_unique(table, column, problems, within=spec.unique_within)
    return table


def _load_file(
    source: _Source,
    spec: TableSpec,
    aliases: Mapping[str, str],
    problems: _Problems,
    hasher: ThreadPoolExecutor,
    code: int,
    file_type: pd.CategoricalDtype,
) -> tuple[_Tidy, Future[InputFile]] | None:
    """Read one file; an unreadable one becomes a problem naming it, never a traceback.

    The file's SHA-256 (for the manifest) is computed on ``hasher``'s thread, beside the
    single-threaded parsing that follows the read.
    """
    try:
        data = _contents(source.path)
    except OSError as exc:
        problems.add(source.name, f"cannot be opened ({exc.strerror}); check its permissions")
        return None
    if not data:
        problems.add(source.name, "is empty (0 bytes); export the table again with its header row")
        return None
    try:
        read = _READERS[source.format](data, spec, source.name, aliases, problems)
    except _Unreadable as exc:
        problems.add(source.name, str(exc))
        return None
    layout = read.layout
    if read.per_person:
        read = replace(read, table=_number_repeats(read.table))
        layout = "a person-numbered export (one row per job; a repeated number gets -1, -2...)"
    named = _source_from_name(source.name, spec)
    if named and SOURCE not in read.table.column_names and read.table.num_columns:
        constant = pa.array([named] * read.table.num_rows, type=pa.string())
        read = replace(read, table=read.table.append_column(SOURCE, constant))
    else:
        named = None
    tidy = _tidy(read, spec, code, file_type)
    if spec.required and not len(tidy.rows) and read.table.num_columns:
        problems.add(
            source.name, f"has a header but no data rows; the {spec.name} table cannot be empty"
        )
    info = InputFile(
        table=spec.name,
        path=Path(source.name).as_posix(),
        format=source.format,
        sha256="",  # filled in by the hasher thread
        rows=len(tidy.rows),
        encoding=read.encoding,
        layout=layout,
        source_from_name=named,
    )
    return tidy, hasher.submit(lambda: replace(info, sha256=hashlib.sha256(data).hexdigest()))


def _contents(path: Path) -> Contents:
    """A file's bytes, memory-mapped: a multi-GB extract is not copied into memory."""
    with path.open("rb") as handle:
        if os.fstat(handle.fileno()).st_size == 0:
            return b""
        return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)


def _check_unique(
    table: pd.DataFrame, column: str, problems: _Problems, *, within: str | None = None
) -> None:
    """Each repeat of a unique value (within one ``within`` value, e.g. one registry
    source) is a problem naming where it was first seen."""
    suspects = _repeated(table[column])
    if not suspects.any():
        return  # the usual case: every value differs
    # Only rows whose value occurs more than once can repeat; they keep their order, so
    # the first of them holding a value is that value's first row in the table.
    table = table.loc[suspects]
    values = _one_chunk(table[column])
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if within is not None:  # the pair (within, value) as one integer, then renumbered
        groups, _ = pd.factorize(_one_chunk(table[within]), use_na_sentinel=False)
        pair = np.where(codes >= 0, groups.astype(np.int64) * (len(uniques) + 1) + codes, -1)
        codes, _ = pd.factorize(pair, use_na_sentinel=False)
        codes = np.where(pair >= 0, codes, -1)
    present = codes >= 0
    if not len(codes) or np.bincount(codes[present]).max(initial=0) < 2:
        return  # repeated only across ``within`` groups, which is allowed
    # factorize numbers values 0..k-1 in order of first appearance, so the first row
    # holding each value is where its code first occurs.
    positions = np.flatnonzero(present)
    _, first = np.unique(codes[positions], return_index=True)
    first_at = positions[first]  # first_at[code] = position of that value's first row
    repeat = present.copy()
    repeat[positions] = positions != first_at[codes[positions]]
    files, rows = table[FILE].to_numpy(), table[ROW].to_numpy()

    def messages(listed: pd.DataFrame) -> list[str]:
        out = []
        for position, value in zip(listed.index, listed[column].tolist(), strict=True):
            first = first_at[codes[position]]
            out.append(
                f"{column} '{value}' appears more than once (first at {files[first]} row "
                f"{rows[first]}); each {column} must be unique"
                + (f" within its {within}" if within else "")
            )
        return out

    problems.rows(table.reset_index(drop=True).loc[repeat, [FILE, ROW, column]], column, messages)


def _repeated(values: pd.Series) -> np.ndarray:
    """Rows whose (non-blank) value also occurs in another row.

    Found by sorting, not hashing: for millions of distinct IDs a sort is several times
    faster than building a hash table of them, and equal values end up side by side.
    """
    n = len(values)
    if n < 2:
        return np.zeros(n, dtype=bool)
    arrow = pa.array(values.array) if hasattr(values.array, "__arrow_array__") else None
    if arrow is None:
        arrow = pa.array(values.to_numpy(dtype=object), from_pandas=True)
    order = pc.sort_indices(arrow)
    ordered = pc.take(arrow, order)
    same = pc.fill_null(pc.equal(ordered[1:], ordered[:-1]), False).to_numpy(zero_copy_only=False)
    in_order = np.zeros(n, dtype=bool)
    in_order[1:] |= same
    in_order[:-1] |= same
    repeated = np.empty(n, dtype=bool)
    repeated[order.to_numpy(zero_copy_only=False)] = in_order
    return repeated


def _one_chunk(values: pd.Series) -> pd.Series:
    """A string column as one Arrow chunk: hashing one chunk is much faster than several."""
    if not isinstance(values.array, pd.arrays.ArrowStringArray):
        return values
    arrow = pa.array(values.array)
    if not isinstance(arrow, pa.ChunkedArray) or arrow.num_chunks < 2:
        return values
    one = pd.arrays.ArrowStringArray(pa.chunked_array([arrow.combine_chunks()]))
    return pd.Series(one, index=values.index)


def _check_hire_ids(frames: dict[str, pd.DataFrame | None], problems: _Problems) -> list[str]:
    """An override must name a hire (an analyst's decision that applies to nobody is a
    mistyped id). Training and employment-history rows of other people are set aside with
    a note: an agency's training extract covers more people than the hires audited, and
    such rows cannot change any hire's determination."""
    hires = frames["hires"]
    if hires is None:
        return []  # hires unreadable or ambiguous: already a problem; every row looks orphaned
    known = hires["hire_id"].dropna().unique()
    if not len(known):
        return []  # no usable hire_id column: already a problem, same reason
    named = ", ".join(hires[FILE].cat.categories)
    notes = []
    for name in ("training", "employment_history", "overrides"):
        table = frames[name]
        if table is None:
            continue
        ids = table["hire_id"]
        member = pc.is_in(pa.array(ids.array), value_set=pa.array(known)).to_numpy(False)
        other = ids.notna().to_numpy() & ~member
        if name == "overrides":
            problems.rows(
                table.loc[other, [FILE, ROW, "hire_id"]],
                "hire_id",
                _each(
                    "hire_id",
                    lambda v: f"hire_id '{v}' is not in {named}; add the hire or correct the id",
                ),
            )
        elif other.any():
            # an id that differs from a hire's only by case, spaces or leading zeros is
            # that hire's row mistyped (Excel drops zeros): it must not vanish
            near = other & _loose_id(ids).isin(set(_loose_id(pd.Series(known)))).to_numpy()
            problems.rows(
                table.loc[near, [FILE, ROW, "hire_id"]],
                "hire_id",
                _each(
                    "hire_id",
                    lambda v: (
                        f"hire_id '{v}' is not in {named} but differs from one of its "
                        "ids only by case, spaces or leading zeros; correct the id"
                    ),
                ),
            )
            for file, rows in table.loc[other, [FILE, ROW]].groupby(FILE, observed=True):
                notes.append(
                    f"{file}: {len(rows):,} row(s) name a hire_id not in {named} (first at "
                    f"row {int(rows[ROW].min())}); they were set aside, as they belong to "
                    "no audited hire"
                )
            frames[name] = table.loc[~other]
    return notes


def _loose_id(ids: pd.Series) -> pd.Series:
    return ids.astype("string").str.strip().str.casefold().str.lstrip("0")


def _finish(table: pd.DataFrame | None, spec: TableSpec) -> pd.DataFrame:
    """Contract column order (+ derived columns), helper columns dropped, index 0..n-1."""
    order = [*spec.names, *spec.extra]
    if table is None:
        empty = pd.RangeIndex(0)
        columns: dict[str, pd.Series] = {}
        for col in spec.columns:
            columns.update(_absent(col, spec, empty))
        return pd.DataFrame(columns, index=pd.RangeIndex(0))[order]
    return table[order].reset_index(drop=True)
