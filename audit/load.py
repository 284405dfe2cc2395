"""Read an input folder into a validated ``Dataset`` (data contract v1, "Input").

The folder's files are found and read (``audit.readers``), every column is parsed by its
contract kind (``audit.parse``), and the tables are checked as wholes: unique keys, and
training and history rows that name a hire. Problems are collected over every file and
raised together (``audit.problems``).
"""

from __future__ import annotations

import hashlib
import mmap
import os
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import yaml

from audit.coded import INVISIBLE
from audit.contract import TABLES, TableSpec, normalise_header
from audit.dataset import Dataset, InputFile
from audit.errors import InputError, Problem
from audit.frames import one_chunk
from audit.parse import Tidy, absent_columns, parse_table, tidy_read
from audit.problems import FILE, ROW, Problems, each_value
from audit.readers import (
    BIRTH_YEAR,
    READERS,
    SOURCE,
    Contents,
    Unreadable,
    number_repeats,
    source_from_name,
)

DEFAULT_COLUMNS_FILE = Path(__file__).resolve().parent.parent / "rules" / "columns.yaml"
FORMATS = ("csv", "parquet", "xlsx")
# libyaml's parser when PyYAML was built with it (ten times faster on rules/titles.yaml)
SAFE_YAML: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    problems = Problems()
    sources = _discover(data_dir, problems)
    files: list[Future[InputFile]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sha256") as hasher:
        frames = {
            spec.name: _load_table(spec, sources[spec.name], lookup, problems, hasher, files)
            for spec in TABLES
        }
    notes = _check_hire_ids(frames, problems)
    _check_born_before_hire(frames["hires"], problems)
    if problems.found:
        raise InputError(problems.found)
    notes = problems.notes + notes
    notes += _empty_registries(sources["certifications"], frames["certifications"])
    for name in ("hires", "certifications", "decertifications"):
        # HR records a hire's own birth date; a registry may know only the year
        frames[name], said = _placeholder_birth_dates(frames[name], years=name != "hires")
        notes += said
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
        folder=str(data_dir.resolve()),
    )


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


def _holds(spec: TableSpec, stem: str) -> bool:
    """Whether a file of this name (lower case, without extension) is read as the table."""
    return stem == spec.name or (spec.many_files and stem.startswith(spec.name))


def _discover(data_dir: Path, problems: Problems) -> dict[str, list[_Source]]:
    """Which files hold which table; ambiguous and missing required tables are problems."""
    found: dict[str, list[_Source]] = {spec.name: [] for spec in TABLES}
    strays: dict[str, list[str]] = {spec.name: [] for spec in TABLES}
    unreadable: set[str] = set()
    for path in sorted(data_dir.iterdir()):
        stem, _, ext = path.name.lower().rpartition(".")
        named = [spec.name for spec in TABLES if spec.name in stem]
        read = [spec for spec in TABLES if _holds(spec, stem)]
        if named and not read and ext in FORMATS and not path.name.startswith("~$"):
            # "hires (1).csv", "Copy of training.csv", "hires_old.csv": a table the analyst
            # may have meant, left out; Excel's own lock files (~$hires.xlsx) are not
            strays[named[0]].append(path.name)
            problems.note(
                path.name,
                f"was not read: the {named[0]} table is read only from {named[0]}.csv, "
                f".xlsx or .parquet; rename the file if it is the one meant",
            )
        for spec in read:
            if not path.is_file():  # a folder, or a link to nothing: not "missing"
                if ext in FORMATS:
                    problems.add(
                        path.name,
                        "is not a readable file (a folder, or a link to a file that is "
                        "gone); put the table there",
                    )
                    unreadable.add(spec.name)
            elif ext in FORMATS:
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
        elif not sources and spec.required and spec.name not in unreadable:
            expected = ", ".join(f"{spec.name}.{ext}" for ext in FORMATS)
            stray = strays[spec.name]
            seen = f" (found {', '.join(stray)}: save or name it so)" if stray else ""
            problems.add(
                f"{spec.name}.*",
                f"required table {spec.name} is missing: add one of {expected}{seen}",
            )
    return found


# --- tables ---------------------------------------------------------------------------------


def _load_table(
    spec: TableSpec,
    sources: list[_Source],
    aliases: Mapping[str, str],
    problems: Problems,
    hasher: ThreadPoolExecutor,
    files: list[Future[InputFile]],
) -> pd.DataFrame | None:
    """Every file of one table, tidied, then parsed together; None when none was readable.

    Parsing the table once (not file by file) parses each distinct date, status or state
    once however many registry files repeat it.
    """
    ordered = sorted(sources, key=lambda s: s.name)
    file_type = pd.CategoricalDtype([s.name for s in ordered])
    parts: list[Tidy] = []
    for code, source in enumerate(ordered):
        loaded = _load_file(source, spec, aliases, problems, hasher, code, file_type)
        if loaded is None:
            continue
        tidy, info = loaded
        parts.append(tidy)
        files.append(info)
    if not parts:
        return None
    tidy = Tidy.concat(parts)
    table = parse_table(tidy, spec, problems)
    table[FILE] = tidy.files
    for column in spec.unique:
        _check_unique(table, column, problems, within=spec.unique_within)
    return table


def _load_file(
    source: _Source,
    spec: TableSpec,
    aliases: Mapping[str, str],
    problems: Problems,
    hasher: ThreadPoolExecutor,
    code: int,
    file_type: pd.CategoricalDtype,
) -> tuple[Tidy, Future[InputFile]] | None:
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
        read = READERS[source.format](data, spec, source.name, aliases, problems)
    except Unreadable as exc:
        problems.add(source.name, str(exc))
        return None
    layout = read.layout
    if read.per_person:
        read = replace(read, table=number_repeats(read.table))
        layout = "a person-numbered export (one row per job; a repeated number gets -1, -2...)"
    named = source_from_name(source.name, spec)
    if named and SOURCE not in read.table.column_names and read.table.num_columns:
        constant = pa.array([named] * read.table.num_rows, type=pa.string())
        read = replace(read, table=read.table.append_column(SOURCE, constant))
    else:
        named = None
    tidy = tidy_read(read, spec, code, file_type)
    said = any(p.file == source.name and p.row is not None for p in problems.found)
    if spec.required and not len(tidy.rows) and read.table.num_columns and not said:
        # (rows that could not be read at all are problems of their own, said already)
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
    table: pd.DataFrame, column: str, problems: Problems, *, within: str | None = None
) -> None:
    """Each repeat of a unique value (within one ``within`` value, e.g. one registry
    source) is a problem naming where it was first seen."""
    suspects = _repeated(table[column])
    if not suspects.any():
        return  # the usual case: every value differs
    # Only rows whose value occurs more than once can repeat; they keep their order, so
    # the first of them holding a value is that value's first row in the table.
    table = table.loc[suspects]
    values = one_chunk(table[column])
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    if within is not None:  # the pair (within, value) as one integer, then renumbered
        groups, _ = pd.factorize(one_chunk(table[within]), use_na_sentinel=False)
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


def _check_hire_ids(frames: dict[str, pd.DataFrame | None], problems: Problems) -> list[str]:
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
                each_value(
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
                each_value(
                    "hire_id",
                    lambda v: (
                        f"hire_id {v!r} is not in {named} but differs from one of its "
                        "ids only by case, spaces, leading zeros, a decimal point (1022.0) "
                        "or invisible characters; "
                        "correct the id"
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


def _check_born_before_hire(hires: pd.DataFrame | None, problems: Problems) -> None:
    """A hire's birth date on or after the hire date is a date keyed in the wrong column
    or the wrong century: linked on, it would name someone else's record."""
    if hires is None or not {"date_of_birth", "hire_date"} <= set(hires.columns):
        return
    late = (hires["date_of_birth"] >= hires["hire_date"]).fillna(False).to_numpy(dtype=bool)
    problems.rows(
        hires.loc[late, [FILE, ROW, "date_of_birth", "hire_date"]],
        "date_of_birth",
        lambda listed: [  # a birth date is never printed (README)
            f"date_of_birth (value not shown) is not before hire_date {hired:%Y-%m-%d}; "
            "correct one of them"
            for hired in listed["hire_date"]
        ],
    )


def _loose_id(ids: pd.Series) -> pd.Series:
    """An id as a person would read it: invisible characters (a zero-width space, a byte
    order mark pasted in), case, spaces, leading zeros and a decimal point a spreadsheet
    gave a number ("1022.0") aside."""
    text = ids.astype("string").str.replace(INVISIBLE, "", regex=True).str.strip()
    return text.str.replace(r"^(\d+)\.0+$", r"\1", regex=True).str.casefold().str.lstrip("0")


def _empty_registries(sources: list[_Source], table: pd.DataFrame | None) -> list[str]:
    """Registry files without a single row: their state is not in the coverage, which an
    analyst who loaded the file would not expect to learn only from the report's list."""
    read = set() if table is None else {str(f) for f in table[FILE].unique()}
    return [
        f"{source.name} has no rows: it adds no registry to the coverage, so sworn service "
        "claimed in its state is a coverage gap"
        for source in sources
        if source.name not in read
    ]


# Birth dates before this are placeholders for "unknown" (1900-01-01, 1899-12-30: Excel's
# day zero), not people an audit of today's hires meets.
FIRST_REAL_BIRTH = pd.Timestamp("1901-01-01")
# A file whose full birth dates fall on 1 January this often (one in 365 by chance; a few
# times that among people whose day of birth was never recorded) holds birth years
# written as dates.
JANUARY_FIRST_SHARE = 0.05
JANUARY_FIRST_MIN_ROWS = 10  # ...and at least this many: a few in a short file are chance
_NEW_YEARS_DAYS = (
    np.arange("1901", "2201", dtype="datetime64[Y]").astype("datetime64[D]").view("i8")
)


def _placeholder_birth_dates(
    table: pd.DataFrame | None, *, years: bool = True
) -> tuple[pd.DataFrame | None, list[str]]:
    """Birth dates that are not birth dates, read as what they are: a placeholder
    (1900-01-01) as unknown, and in a registry file where 1 January is far too common
    (``years``), 1 January as a birth year only. Either, read as a date, recalls the
    certified officer whose real birth date it hides and may verify a stranger who shares
    the placeholder."""
    if table is None or "date_of_birth" not in table or not len(table):
        return table, []
    born = table["date_of_birth"].to_numpy(dtype="datetime64[D]")
    known = ~np.isnat(born)
    placeholder = known & (born < FIRST_REAL_BIRTH.to_datetime64())
    full = known & ~placeholder
    # a lookup of the New Year's Days a birth can fall on: a twentieth of the time that
    # truncating millions of dates to their years takes
    january = full & np.isin(born.view("i8"), _NEW_YEARS_DAYS, kind="table")
    # per file (the FILE column's categories, in file-name order)
    files = table[FILE].cat
    code = files.codes.to_numpy()
    count = len(files.categories)
    dated, firsts, unknown = (
        np.bincount(code[m], minlength=count) for m in (full, january, placeholder)
    )
    spiked = (firsts >= JANUARY_FIRST_MIN_ROWS) & (firsts > JANUARY_FIRST_SHARE * dated) & years
    year_only = january & spiked[code]
    if not placeholder.any() and not year_only.any():
        return table, []
    notes = []
    for at, name in enumerate(files.categories):
        if unknown[at]:
            notes.append(
                f"{name}: {unknown[at]:,} birth date(s) before 1901 read as unknown (a "
                "placeholder such as 1900-01-01 is no one's birth date)"
            )
        if spiked[at]:
            notes.append(
                f"{name}: {firsts[at]:,} of {dated[at]:,} birth dates fall on 1 January, so "
                "there 1 January is read as a birth year only (a registry writes a known year "
                "as YYYY-01-01)"
            )
    table = table.copy()
    table["date_of_birth"] = table["date_of_birth"].mask(placeholder | year_only)
    if "birth_year" in table:
        table["birth_year"] = table["birth_year"].mask(placeholder)
    return table, notes


def _finish(table: pd.DataFrame | None, spec: TableSpec) -> pd.DataFrame:
    """Contract column order (+ derived columns), helper columns dropped, index 0..n-1."""
    order = [*spec.names, *spec.extra]
    if table is None:
        empty = pd.RangeIndex(0)
        columns: dict[str, pd.Series] = {}
        for col in spec.columns:
            columns.update(absent_columns(col, spec, empty))
        return pd.DataFrame(columns, index=pd.RangeIndex(0))[order]
    return table[order].reset_index(drop=True)
