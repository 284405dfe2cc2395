"""Each input file read as text into Arrow, under the contract's column names.

Headers are matched to the contract through ``rules/columns.yaml`` aliases; a CSV's
encoding, separator line and ragged rows, a Parquet file's typed columns and an Excel
sheet's title rows and number formats are dealt with here, and a registry's own published
layout (``audit.layouts``) is recognised by its header. Everything stays text (so
``00123`` stays ``00123``); ``audit.parse`` gives each column its kind.
"""

from __future__ import annotations

import codecs
import io
import mmap
import re
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from rapidfuzz.distance import Levenshtein

from audit.contract import (
    FEDERAL_NAMES,
    STATE_CODES,
    STATE_NAMES,
    Column,
    TableSpec,
    normalise_header,
)
from audit.layouts import Layout, read_workbook, recognise
from audit.problems import FILE, ROW, Problems

HEADER_SCAN_ROWS = 20  # Excel: the header must be among the first 20 non-blank rows
_UTF8_BOM = codecs.BOM_UTF8
_SEP_LINE = re.compile(rb"sep=(.)\r?\n", re.IGNORECASE)
Contents = bytes | mmap.mmap  # a file's bytes, read or memory-mapped
_DICTIONARY = pa.dictionary(pa.int32(), pa.string())
# The header (and rules/columns.yaml alias target) of a column holding only a birth year.
BIRTH_YEAR = "birth_year"
_HEADER_BLOCK = 1 << 16  # the header row is found in the first 64 KB (or read again)
_BLOCK = 1 << 24  # pyarrow CSV block: fewer, bigger chunks hash faster downstream


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
    problems: Problems,
) -> None:
    unread = _unread(header)
    for column in header.missing:
        if column == SOURCE and source_from_name(file, spec):
            continue  # certifications_fl.csv without a source column: the name says FL
        accepted = sorted(a for a, c in aliases.items() if c == column)
        if spec.column(column).kind == "dob":
            accepted += sorted({BIRTH_YEAR} | {a for a, c in aliases.items() if c == BIRTH_YEAR})
        also = f" (also accepted: {', '.join(accepted)})" if accepted else ""
        near = _misspelt(column, unread)
        maybe = f"; the file's {near!r} may be it, misspelt" if near else ""
        problems.add(
            file,
            f"missing column {column}: the {spec.name} table needs it{also}{maybe}; add the "
            "column or map its header to it in rules/columns.yaml",
            row,
            column,
        )
    for column, where in header.clashes.items():
        said = " and ".join(repr(header.labels[i]) for i in where)
        problems.add(file, f"headers {said} all mean {column}; keep only one of them", row, column)
    # an optional column under a misspelt header, or an alias beside its column, changes
    # the audit without an error: the analyst is told
    for optional in spec.columns:
        absent = optional.name not in header.positions and not optional.beyond_contract
        near = _misspelt(optional.name, unread) if optional.optional and absent else None
        if near:
            problems.note(
                file,
                f"column {near!r} was not read: if it is {optional.name} (optional, so "
                "audited as absent), rename it or map it in rules/columns.yaml",
            )
    for label in unread:
        meant = aliases.get(normalise_header(label))
        if meant is not None and meant in header.positions:
            problems.note(
                file,
                f"column {label!r} was not read: it means {meant}, and the file has "
                f"{header.labels[header.positions[meant]]!r} too",
            )


def _unread(header: _Header) -> list[str]:
    """Header cells that name no column read."""
    used = set(header.positions.values()) | {p for ps in header.clashes.values() for p in ps}
    return [label for p, label in enumerate(header.labels) if label and p not in used]


def _misspelt(column: str, labels: list[str]) -> str | None:
    """A header one or two keystrokes from the column's name (middle_nme, middle name)."""
    for label in labels:
        name = normalise_header(label)
        if len(name) >= 4 and Levenshtein.distance(name, column) <= 2:
            return label
    return None


SOURCE = "source"
_NAMED_SOURCE = re.compile(r"[_\- ]+([a-z][a-z_\- ]*)")


def source_from_name(file: str, spec: TableSpec) -> str | None:
    """The registry a file's name gives (``certifications_fl.csv`` -> FL, and
    ``certifications_new_york.csv``, ``certifications_federal.csv``), for a file that has
    no source column: state exports do not say which state they come from."""
    if SOURCE not in spec.names:
        return None
    stem = Path(file).name.lower().rpartition(".")[0]
    match = _NAMED_SOURCE.fullmatch(stem[len(spec.name) :]) if stem.startswith(spec.name) else None
    if match is None:
        return None
    said = re.sub(r"[_\- ]+", " ", match.group(1)).strip().upper()  # "new_york", "fl", "us"
    code = STATE_NAMES.get(said, FEDERAL_NAMES.get(said, said))
    return code if code in STATE_CODES else None


# Florida's employment export and the National Police Index number people, not
# certificates: one row per job, so a person number repeats. Such a file's record_id is
# the person number, then "-1", "-2"... in file order where it repeats.
PERSON_NUMBERS = frozenset({"person_nbr", "person_number", "person_no", "person_id"})
RECORD_ID = "record_id"


def _per_person(header: _Header) -> bool:
    at = header.positions.get(RECORD_ID)
    return at is not None and normalise_header(header.labels[at]) in PERSON_NUMBERS


def number_repeats(table: pa.Table) -> pa.Table:
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
class Read:
    """One file's contract columns as Arrow, before trimming and parsing."""

    table: pa.Table  # contract column names; strings, or timestamps from typed Parquet
    rows: np.ndarray  # spreadsheet row number of each table row
    encoding: str | None = None
    layout: str | None = None
    per_person: bool = False  # record_id read from a person number (one row per job)


class Unreadable(Exception):
    """A file cannot be read at all; the message says why and what to do."""


def _read_csv(
    data: Contents, spec: TableSpec, file: str, aliases: Mapping[str, str], problems: Problems
) -> Read:
    """CSV as text: IDs as strings (leading zeros kept), the rest dictionary-encoded.

    UTF-8 is assumed and pyarrow checks it while parsing; only a file that fails that
    check is transcoded from cp1252 (or latin-1) and read again.
    """
    reason = _not_text(data)
    if reason:
        raise Unreadable(reason)
    bom = data[: len(_UTF8_BOM)] == _UTF8_BOM
    skip = len(_UTF8_BOM) if bom else 0
    # Excel writes "sep=," above the header when asked to; Excel hides that line, so the
    # header is still row 1 for the analyst
    sep = _SEP_LINE.match(data[skip : skip + 16])
    if sep:
        if sep.group(1) != b",":
            raise Unreadable(
                f"is separated by {sep.group(1).decode('latin-1')!r}, not commas; save it as "
                "comma-separated CSV"
            )
        skip += sep.end()
    if data.find(b"\n", skip) < 0 and data.find(b"\r", skip) < 0:
        # a header alone without a line end (a table exported with no rows): pyarrow finds
        # no complete line in it, so it gets one
        data = bytes(data) + b"\n"
    buffer = pa.py_buffer(data).slice(skip)
    quotes = data.find(b'"', skip) >= 0
    newlines = _quotes_past_header(data, skip)
    if bom:
        return _read_csv_text(buffer, "utf-8-sig", spec, file, aliases, problems, quotes, newlines)
    said = Problems()  # kept only if the UTF-8 reading stands
    try:
        read = _read_csv_text(buffer, "utf-8", spec, file, aliases, said, quotes, newlines)
    except _NotUtf8:
        pass
    else:
        problems.found.extend(said.found)
        problems.notes.extend(said.notes)
        return read
    text, encoding = decode_legacy(bytes(data[skip:]))
    return _read_csv_text(
        pa.py_buffer(text.encode("utf-8")), encoding, spec, file, aliases, problems
    )


def decode_legacy(data: bytes) -> tuple[str, str]:
    """Text that is not all UTF-8, and the encoding to record for it.

    A file saved by an office program in cp1252 holds no valid UTF-8 sequence beyond
    ASCII, and reads as cp1252 (latin-1 where a byte is undefined there). A UTF-8 file with
    a few stray cp1252 bytes (a word processor's apostrophe pasted into a resume) reads as
    UTF-8 with only those bytes taken as cp1252: read whole as cp1252, every accented name
    in it would change ("José" -> "JosÃ©") and stop linking, a decertified officer's
    among them."""
    text = data.decode("utf-8", errors="surrogateescape")  # a stray byte -> U+DC80..U+DCFF
    count = len(_STRAY.findall(text))
    # UTF-8 with strays where valid sequences outnumber them: in a cp1252 file a valid one
    # is an accident of two letters ("É" and a no-break space), rarer than the rest
    if len(_VALID_NON_ASCII.findall(text)) > count:
        stray = _STRAY.search(text)
        assert stray is not None  # the caller found the file is not UTF-8
        line = text.count("\n", 0, stray.start()) + 1
        return (
            text.translate(_STRAY_AS_CP1252),
            f"utf-8, with {count:,} byte(s) read as cp1252 (first on line {line})",
        )
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


_STRAY = re.compile("[\udc80-\udcff]")
_VALID_NON_ASCII = re.compile("[^\x00-\x7f\udc80-\udcff]")


def _as_cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)  # latin-1


_STRAY_AS_CP1252 = {0xDC00 + b: _as_cp1252(b) for b in range(0x80, 0x100)}


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
    problems: Problems,
    quotes: bool = True,
    newlines: bool = True,
) -> Read:
    labels = _csv_labels(buffer)
    if len(labels) == 1 and (separator := next((c for c in ";\t|" if c in labels[0]), None)):
        raise Unreadable(
            f"is separated by {separator!r}, not commas; save it as comma-separated CSV"
        )
    header = _map_headers(labels, spec, aliases)
    _report_header(header, spec, file, 1, aliases, problems)
    chosen = _readable(header)
    labels = [header.labels[p] for p in chosen.values()]
    if not labels:
        return Read(pa.table({}), np.arange(0), encoding)
    types = {
        label: pa.string() if spec.column(name).kind == "id" else _DICTIONARY
        for name, label in zip(chosen, labels, strict=True)
    }
    table, invalid = _csv_table(buffer, types, threads=True, newlines=newlines)
    if invalid:
        # Only a single-threaded read numbers the bad rows; worth it on this rare path.
        table, invalid = _csv_table(buffer, types, threads=False)
    rows = _csv_rows(table.num_rows, [row.number for row in invalid])
    _report_ragged(invalid, file, problems)
    table = table.rename_columns(list(chosen))
    if any(not label for label in header.labels):
        _report_headless_csv(buffer, header.labels, file, problems)
    if quotes:  # without a quote no value can hold another row
        first = next((name for name, at in chosen.items() if at == 0), None)
        _report_swallowed_rows(table, rows, file, problems, len(header.labels), first)
    return Read(table, rows, encoding, per_person=_per_person(header))


def _csv_parse_options(
    handler: Callable[[Any], str], *, newlines: bool = True
) -> pacsv.ParseOptions:
    # Quoted newlines occur in real headers ("Middle\nInitial"); blank lines are kept as
    # empty rows (dropped later) so that row numbers stay the spreadsheet's.
    return pacsv.ParseOptions(
        newlines_in_values=newlines, ignore_empty_lines=False, invalid_row_handler=handler
    )


def _quotes_past_header(data: Contents, start: int) -> bool:
    """Whether a quote occurs after the file's first 64 KB, where a quoted value may hold
    a line end at a cut between blocks.

    pyarrow's parser reads quoted line ends whatever it is told; ``newlines_in_values``
    tells the step that cuts the file into blocks for the threads, which otherwise cuts
    at the last line end of each block, quoted or not, and then misreads the rows about
    the cut without a word. The first cut falls far beyond the header, so only a file
    without quotes past it is read the quick way (a fifth less time on millions of rows);
    any other is scanned for quotes."""
    return data.find(b'"', start + min(_HEADER_BLOCK, _BLOCK // 2)) >= 0


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
                raise Unreadable(
                    f"cannot be read as CSV ({_short(exc)}); check the header row"
                ) from exc
        if undecodable:
            raise _NotUtf8
        return labels
    raise AssertionError("the last attempt returns or raises")  # pragma: no cover


def _csv_table(
    buffer: pa.Buffer, types: dict[str, pa.DataType], *, threads: bool, newlines: bool = True
) -> tuple[pa.Table, list[Any]]:
    """The file read, and the rows pyarrow could not; ``newlines``: a quoted value may
    hold a line end where pyarrow cuts the file into blocks (see _quotes_past_header)."""
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
                parse_options=_csv_parse_options(skip, newlines=newlines),
                convert_options=convert,
            )
        except (pa.ArrowException, OSError) as exc:
            if "invalid UTF8" in str(exc) or undecodable or not _is_utf8(buffer):
                raise _NotUtf8 from exc
            raise Unreadable(f"cannot be read as CSV ({_short(exc)})") from exc
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


# Columns of prose, where a line break is the writer's own (a resume, a reason).
_PROSE = frozenset({"resume_text", "reason", "justification"})


def _report_swallowed_rows(
    table: pa.Table,
    rows: np.ndarray,
    file: str,
    problems: Problems,
    width: int,
    first: str | None,
) -> None:
    """A quote opened in a cell and closed only lines later (a stray quote mark) makes
    every line between part of that cell: the rows vanish without a ragged row to tell.

    Such a value holds a line with as many commas as a row of the file (``width``
    columns). In prose (a resume, a reason), whose writer may list things so, the line
    must also begin as the file's rows do: with a value shaped like the file's first
    column (``first``: 001234, TX-0001003). A mailing address in an agency's cell is
    neither."""
    if width < 3:
        return
    swallowed = rf"[\r\n][^\r\n]*(,[^\r\n]*){{{width - 1}}}"
    shape = _shape_of(table.column(first)) if first in table.column_names else None
    for name in table.column_names:
        column = table.column(name)
        if name in _PROSE and shape is None:
            continue
        if pa.types.is_dictionary(column.type):
            found = _matching(column, swallowed)
        elif _breaks(column):  # a plain scan first
            found = pc.filter(
                column, pc.fill_null(pc.match_substring_regex(column, swallowed), False)
            )
        else:
            continue
        if name in _PROSE:
            kept = [v for v in found.to_pylist() if _begins_a_row(v, width, str(shape))]
            found = pa.array(kept, type=pa.string())
        if not len(found):
            continue
        mask = pc.fill_null(pc.is_in(column, value_set=found), False).to_numpy(zero_copy_only=False)
        if not mask.any():
            continue
        values = column.filter(pa.array(mask)).to_pylist()
        lines = [len(_LINE_END.findall(str(v))) for v in values]
        problems.rows(
            pd.DataFrame({FILE: file, ROW: rows[mask], "lines": lines}),
            name,
            lambda listed: [
                f"holds {n} more line(s) of the file: a quote opened in this cell is closed "
                "only there, so those rows were read as part of this value; remove the stray "
                "quote mark (or double it) and export again"
                for n in listed["lines"]
            ],
        )


_LINE_END = re.compile(r"\r\n|\r|\n")


def _shape_of(values: pa.ChunkedArray) -> str | None:
    """The most common shape of the first values of a column (digits as 9, letters as
    A): a row of the file begins so."""
    sample = [v for v in values.slice(0, 200).to_pylist() if v]
    shapes = pd.Series([_shape(str(v)) for v in sample], dtype=object).value_counts()
    return str(shapes.index[0]) if len(shapes) else None


def _shape(text: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", text.strip().strip('"')))


def _begins_a_row(value: str, width: int, shape: str) -> bool:
    """Whether a line after the first begins like a row of the file and has its commas."""
    return any(
        line.count(",") >= width - 1 and _shape(line.split(",", 1)[0]) == shape
        for line in _LINE_END.split(value)[1:]
    )


def _matching(column: pa.ChunkedArray, pattern: str) -> pa.Array:
    """The distinct values of a dictionary column that match ``pattern``."""
    chunks = [chunk.dictionary for chunk in column.chunks]
    values = pa.concat_arrays(chunks) if chunks else pa.array([], pa.string())
    if not _breaks(values):
        return values[:0]
    return values.filter(pc.fill_null(pc.match_substring_regex(values, pattern), False))


def _breaks(values: pa.Array | pa.ChunkedArray) -> bool:
    """Whether any value holds a line end (two plain scans: quicker than a pattern)."""
    return any(bool(pc.any(pc.match_substring(values, end)).as_py()) for end in "\n\r")


def _report_ragged(invalid: Sequence[Any], file: str, problems: Problems) -> None:
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
    data: Contents, spec: TableSpec, file: str, aliases: Mapping[str, str], problems: Problems
) -> Read:
    """Parquet keeps its types where they help: dates stay dates, numbers become text."""
    try:
        parquet = pq.ParquetFile(pa.BufferReader(data))
        labels = list(parquet.schema_arrow.names)
    except (pa.ArrowException, OSError) as exc:
        raise Unreadable(f"cannot be read as Parquet ({_short(exc)})") from exc
    header = _map_headers(labels, spec, aliases)
    _report_header(header, spec, file, None, aliases, problems)
    chosen = _readable(header)
    try:
        table = parquet.read(columns=[labels[p] for p in chosen.values()])
    except (pa.ArrowException, OSError) as exc:
        raise Unreadable(f"cannot be read as Parquet ({_short(exc)})") from exc
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
    return Read(
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
    if pa.types.is_binary(kind) or pa.types.is_large_binary(kind):
        # text some writers store as bytes: read when it is UTF-8, as a CSV would be
        try:
            values = pc.cast(values, pa.large_string())
        except pa.ArrowInvalid:
            return None
        kind = values.type
    simple = (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_string_view(kind)
        or pa.types.is_integer(kind)
        or pa.types.is_floating(kind)
        or pa.types.is_boolean(kind)
        or pa.types.is_decimal(kind)
        or pa.types.is_temporal(kind)
        or pa.types.is_null(kind)
    )
    return pc.cast(values, pa.string()) if simple else None


def _read_xlsx(
    data: Contents, spec: TableSpec, file: str, aliases: Mapping[str, str], problems: Problems
) -> Read:
    """First sheet, every cell as text; the header may sit below title rows."""
    try:
        sheet, book = _sheet_text(data)
    except Exception as exc:  # openpyxl raises a zoo of types on broken workbooks
        if isinstance(exc, MemoryError):
            raise
        raise Unreadable(f"cannot be read as an Excel workbook ({_short(exc)})") from exc
    sheet = sheet.dropna(how="all")  # index stays the sheet's row - 1
    layout = _published_layout(sheet, spec)
    if layout is not None:
        adapted = read_workbook(layout, data)
        return Read(adapted.table(), adapted.rows, layout=adapted.layout)
    _report_workbook(book, file, problems)
    at = _find_header_row(sheet, spec, aliases)
    if at is None:
        raise Unreadable(
            f"no header row found in the first {HEADER_SCAN_ROWS} rows of the first sheet; "
            f"expected a row naming at least {', '.join(_keys(spec))}"
        )
    header = _map_headers(sheet.loc[at].tolist(), spec, aliases)
    _report_header(header, spec, file, int(at) + 1, aliases, problems)
    body = sheet.loc[sheet.index > at]
    _report_headless(header.labels, body, file, int(at) + 1, problems)
    columns, serials = {}, {}
    for name, position in header.positions.items():
        values = body.iloc[:, position].to_numpy(dtype=object)
        if spec.column(name).kind in ("date", "dob"):
            values, serials[name] = _serials_as_dates(values)
        columns[name] = pa.array(values, type=pa.string(), from_pandas=True)
    rows = body.index.to_numpy(dtype=np.int64) + 1
    read = {name: n for name, n in serials.items() if n}
    serial_note = (
        "a workbook with dates in Excel's General format (serial numbers; "
        f"{', '.join(f'{name}: {n:,}' for name, n in read.items())})"
        if read
        else None
    )
    return Read(
        pa.table(columns) if columns else pa.table({}),
        rows,
        layout=serial_note,
        per_person=_per_person(header),
    )


_ZERO_PADDED = re.compile(r"0+")  # Excel's number format "000000": an ID shown with zeros
# A date cell left in Excel's General format shows the day's serial number: five digits
# from 10000 (1927-05-18) to 99999 (2173); four digits are a birth year, never a serial.
_SERIAL = re.compile(r"[1-9]\d{4}")
_EXCEL_EPOCH = np.datetime64("1899-12-30", "D")


def _serials_as_dates(cells: np.ndarray) -> tuple[np.ndarray, int]:
    """A date column's cells with Excel serial numbers (General format) as ISO dates, and
    how many there were."""
    serial = pd.Series(cells, dtype="string").str.fullmatch(_SERIAL).fillna(False)
    found = serial.to_numpy(dtype=bool)
    if not found.any():
        return cells, 0
    days = cells[found].astype(np.int64)
    out = cells.copy()
    out[found] = (_EXCEL_EPOCH + days).astype(str)
    return out, int(found.sum())


@dataclass(frozen=True)
class _Book:
    """What a workbook holds beside the first sheet's text, for the notes."""

    errors: int = 0  # cells showing an Excel error (#N/A, #VALUE!): read as blank
    uncalculated: int = 0  # formula cells without a saved value: read as blank
    other_sheets: tuple[tuple[str, int], ...] = ()  # (name, rows with a value) not read


def _sheet_text(data: Contents) -> tuple[pd.DataFrame, _Book]:
    """The first sheet as the text Excel shows, one string (or None) per cell.

    Read cell by cell rather than through pandas, which drops the number format: an ID
    such as 001234 is often stored as the number 1234 shown through the format "000000",
    and must come back as 001234, or it matches no other table's 001234.
    """
    import openpyxl  # Excel support is only paid for when a workbook is read

    book = openpyxl.load_workbook(
        io.BytesIO(data), read_only=True, data_only=True, keep_links=False
    )
    errors = [0]

    def text(cell: Any) -> str | None:
        if getattr(cell, "data_type", None) == "e":
            errors[0] += 1
        return _cell_text(cell)

    try:
        rows = [_trimmed([text(c) for c in row]) for row in book.worksheets[0].iter_rows()]
        others = tuple(
            (str(ws.title), n)
            for ws in book.worksheets[1:]
            if ws.sheet_state == "visible"  # a hidden sheet holds a list's choices, say
            and (n := sum(any(v is not None for v in r) for r in ws.iter_rows(values_only=True)))
        )
    finally:
        book.close()
    width = max((len(r) for r in rows), default=0)
    sheet = pd.DataFrame([r + [None] * (width - len(r)) for r in rows], dtype=object)
    return sheet, _Book(errors[0], _uncalculated(data), others)


# a formula cell whose value was never saved: <c ...><f>...</f></c> without <v>, or with
# an empty <v/> (Excel saves a formula whose result is "" as <v></v>: not counted)
_NO_VALUE = re.compile(
    rb"<(?:\w+:)?f(?:\s[^>]*)?(?:/>|>[^<]*</(?:\w+:)?f>)\s*"
    rb"(?:<(?:\w+:)?v\s*/>)?\s*</(?:\w+:)?c>"
)


def _uncalculated(data: Contents) -> int:
    """Formula cells of the first sheet without a saved value. openpyxl reads them as
    empty; a workbook written by a program that does not calculate (a script, a web
    export) has them, and its values exist only once Excel opens and saves it."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            name = _first_sheet_part(archive)
            return len(_NO_VALUE.findall(archive.read(name))) if name else 0
    except (zipfile.BadZipFile, KeyError, OSError):
        return 0


def _first_sheet_part(archive: Any) -> str | None:
    """The file inside the workbook holding its first sheet (as openpyxl reads it: the
    first in workbook.xml, whose file name need not be sheet1.xml once tabs are moved)."""
    book = archive.read("xl/workbook.xml")
    first = re.search(rb"<(?:\w+:)?sheet\b[^>]*?\br:id=\"([^\"]+)\"", book)
    if first is None:
        return None
    rels = archive.read("xl/_rels/workbook.xml.rels")
    rel_id = re.escape(first.group(1))
    for rel in re.finditer(rb"<Relationship\b[^>]*>", rels):
        if re.search(rb'\bId="' + rel_id + rb'"', rel.group()):
            target = re.search(rb'\bTarget="([^"]+)"', rel.group())
            if target is None:
                return None
            path = target.group(1).decode()
            return path.lstrip("/") if path.startswith("/") else "xl/" + path
    return None


def _report_workbook(book: _Book, file: str, problems: Problems) -> None:
    if book.errors:
        problems.note(
            file,
            f"{book.errors:,} cell(s) show an Excel error (#N/A, #VALUE!...) and were read "
            "as blank; correct them in the workbook if they hold data",
        )
    if book.uncalculated:
        problems.note(
            file,
            f"{book.uncalculated:,} formula cell(s) have no saved value and were read as "
            "blank: open the workbook in Excel and save it, so their values are stored",
        )
    for name, rows in book.other_sheets:
        problems.note(
            file,
            f"sheet {name!r} ({rows:,} row(s) with values) was not read: only the first "
            "sheet is; move its rows there if they belong to this table",
        )


def _report_headless(
    labels: Sequence[Any], body: pd.DataFrame, file: str, row: int, problems: Problems
) -> None:
    """A column of values under a blank header cell (or a merged one) is not read: told."""
    for position in range(body.shape[1]):
        label = labels[position] if position < len(labels) else None
        if label is not None and str(label).strip():
            continue
        filled = int(body.iloc[:, position].notna().sum())
        if filled:
            problems.note(
                file,
                f"column {_letters(position)} has no header in row {row} and was not read "
                f"({filled:,} value(s)); give it its column's name",
            )


def _report_headless_csv(
    buffer: pa.Buffer, labels: Sequence[str], file: str, problems: Problems
) -> None:
    """:func:`_report_headless` for a CSV: the blank-headed columns read on their own."""
    blank = [i for i, label in enumerate(labels) if not label]
    try:
        table = pacsv.read_csv(
            buffer,
            read_options=pacsv.ReadOptions(autogenerate_column_names=True, block_size=_BLOCK),
            parse_options=_csv_parse_options(lambda _row: "skip"),
            convert_options=pacsv.ConvertOptions(
                include_columns=[f"f{i}" for i in blank],
                column_types={f"f{i}": pa.string() for i in blank},
                null_values=[""],
                strings_can_be_null=True,
            ),
        )
    except (pa.ArrowException, OSError):
        return  # the main reading has said what is wrong with the file
    body = pd.DataFrame(
        {i: pc.utf8_trim_whitespace(table.column(f"f{i}")).to_pandas() for i in blank}
    ).iloc[1:]
    body = body.where(body != "")
    headless = pd.DataFrame(columns=range(len(labels)), index=body.index, dtype=object)
    headless[blank] = body
    _report_headless(labels, headless, file, 1, problems)


def _letters(position: int) -> str:
    """A spreadsheet column's letters (0 -> A, 26 -> AA)."""
    out = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


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


READERS: dict[str, Callable[[Contents, TableSpec, str, Mapping[str, str], Problems], Read]] = {
    "csv": _read_csv,
    "parquet": _read_parquet,
    "xlsx": _read_xlsx,
}
