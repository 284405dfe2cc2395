"""Output bytes that are identical for an identical audit, and files that are never half there.

Serialising to bytes in memory (rather than letting pandas write to a path) keeps every
formatting choice explicit and lets the manifest hash exactly what lands on disk. Each
column has one fixed kind, so a CSV and its Parquet twin say the same thing whatever dtype
an upstream stage or a notebook happened to hand over.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from audit.errors import InputError, Problem

Kind = Literal["string", "date", "score", "flag"]

# Columns that are not text. Everything else, identifiers included, is a string so that
# leading zeros in hire_id or record_id survive.
_KINDS: dict[str, Kind] = {
    "hire_date": "date",
    "date_of_birth": "date",
    "match_score": "score",
    "short_track": "flag",
}

_ARROW_TYPES: dict[Kind, pa.DataType] = {
    "string": pa.string(),
    "date": pa.date32(),
    "score": pa.float64(),
    "flag": pa.bool_(),
}

# Spreadsheet programs run a cell that starts with one of these as a formula; a name like
# "=HYPERLINK(...)" in the input must not become live in a recall list an analyst opens.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = r"[+-]?\d+(\.\d+)?"

PARQUET_COMPRESSION = "zstd"
PARQUET_COMPRESSION_LEVEL = 3


def kind_of(column: str) -> Kind:
    """How a column is written, decided by name so the schema never drifts with dtypes."""
    return _KINDS.get(column, "string")


# --- CSV -------------------------------------------------------------------------------


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """RFC 4180 CSV: UTF-8 with a byte-order mark (so Excel shows accents), CRLF endings
    (so a carriage return inside a value is quoted, not read as a row break), no index,
    blanks for missing values.

    Encoded with Arrow's string kernels, a column at a time, rather than by pandas' row
    loop through the csv module (five times slower for a national audit); the bytes are
    the csv module's QUOTE_MINIMAL ones, which tests hold it to."""
    text = text_frame(frame, defuse_formulas=True)
    header = ",".join(_csv_field(str(column)) for column in text.columns)
    if len(text.columns) == 1 and header == "":
        header = '""'  # csv's way of telling one blank field from an empty line
    body = b""
    if len(text) and len(text.columns):
        cells = [_csv_cells(_one_array(text[c])) for c in text.columns]
        if len(cells) == 1:  # likewise for a lone blank cell
            cells[0] = pc.if_else(pc.equal(cells[0], ""), _text_scalar('""'), cells[0])
        lines = pc.binary_join_element_wise(*cells, _text_scalar(","))
        rows = pa.LargeListArray.from_arrays([0, len(lines)], lines)
        body = pc.binary_join(rows, _text_scalar(_EOL))[0].as_buffer().to_pybytes() + _EOL_BYTES
    return "\ufeff".encode("utf-8") + (header + _EOL).encode("utf-8") + body


_EOL = "\r\n"
_EOL_BYTES = _EOL.encode("ascii")
_CSV_TEXT = pa.large_string()  # 64-bit offsets: the whole file is one value at the end
_CSV_SPECIAL = '[",\r\n]'  # what the csv module quotes under QUOTE_MINIMAL with CRLF


def _csv_field(value: str) -> str:
    if re.search(_CSV_SPECIAL, value) is None:
        return value
    return '"' + value.replace('"', '""') + '"'


def _one_array(values: pd.Series) -> pa.Array:
    """A column as one Arrow array (pandas may hold a long one in several chunks)."""
    array = pa.array(values, type=_CSV_TEXT)
    return array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array


def _text_scalar(value: str) -> pa.Scalar:
    return pa.scalar(value, _CSV_TEXT)


def _csv_cells(values: pa.Array) -> pa.Array:
    special = pc.match_substring_regex(values, _CSV_SPECIAL)
    if not pc.any(special).as_py():
        return values
    mark = _text_scalar('"')
    doubled = pc.replace_substring(values, '"', '""')
    quoted = pc.binary_join_element_wise(mark, doubled, mark, _text_scalar(""))
    return pc.if_else(special, quoted, values)


def text_frame(frame: pd.DataFrame, *, defuse_formulas: bool) -> pd.DataFrame:
    """Every cell as the text people see: one formatting path for the CSVs and the report."""
    return pd.DataFrame(
        {c: _text(frame[c], kind_of(c), defuse_formulas) for c in frame.columns},
        columns=list(frame.columns),
    )


def _text(values: pd.Series, kind: Kind, defuse_formulas: bool) -> pd.Series:
    if kind == "date":
        text = pd.to_datetime(values).dt.strftime("%Y-%m-%d")
    elif kind == "score":
        text = pd.to_numeric(values).map("{:.1f}".format, na_action="ignore")
    elif kind == "flag":
        text = values.astype("boolean").map({True: "true", False: "false"})
    else:
        text = values.astype("string")
        if defuse_formulas:
            text = _defuse_formulas(text)
    return text.astype("string").fillna("")


def _defuse_formulas(text: pd.Series) -> pd.Series:
    """OWASP CSV-injection guidance: a cell a spreadsheet would execute gets a leading
    apostrophe (what spreadsheets themselves use to mean "literal text"). A plain number
    such as -12.5 is data, not a formula, and stays as it is."""
    risky = text.str.startswith(_FORMULA_STARTS).fillna(False).to_numpy(dtype=bool)
    if not risky.any():
        return text
    # Only the few risky cells are tested for being a number (a regex over every cell of
    # every column would cost more than the rest of the CSV formatting).
    where = np.flatnonzero(risky)
    number = text.iloc[where].str.fullmatch(_PLAIN_NUMBER).fillna(False).to_numpy(dtype=bool)
    risky[where[number]] = False
    return text.mask(risky, "'" + text)


def xlsx_bytes(frame: pd.DataFrame, sheet: str) -> bytes:
    """An Excel workbook of the same text the CSV holds (formulas defused: openpyxl would
    otherwise store a cell starting with '=' as a live formula)."""
    import io

    from openpyxl.styles import Alignment

    buffer = io.BytesIO()
    text = text_frame(frame, defuse_formulas=True)
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        text.to_excel(writer, sheet_name=sheet, index=False)
        # laid out for reading: the header stays in view and filters, long text wraps
        cells = writer.sheets[sheet]
        cells.freeze_panes = "A2"
        cells.auto_filter.ref = cells.dimensions
        for column, name in zip(cells.iter_cols(max_row=1), text.columns, strict=True):
            longest = max([len(str(name)), *text[name].fillna("").astype(str).str.len().head(500)])
            letter = column[0].column_letter
            cells.column_dimensions[letter].width = min(max(longest, 8) + 2, _XLSX_WIDEST)
            if longest > _XLSX_WIDEST:
                for cell in cells[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return buffer.getvalue()


_XLSX_WIDEST = 60  # characters; longer text (evidence) wraps


# --- Parquet ---------------------------------------------------------------------------


def parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Parquet with a fixed schema and no pandas metadata, so bytes depend on values only."""
    schema = pa.schema([pa.field(c, _ARROW_TYPES[kind_of(c)]) for c in frame.columns])
    arrays = [_arrow_array(frame[c], kind_of(c)) for c in frame.columns]
    table = pa.Table.from_arrays(arrays, schema=schema)
    sink = pa.BufferOutputStream()
    pq.write_table(
        table,
        sink,
        compression=PARQUET_COMPRESSION,
        compression_level=PARQUET_COMPRESSION_LEVEL,
        version="2.6",
        use_dictionary=True,
        write_statistics=True,
    )
    return bytes(sink.getvalue().to_pybytes())


def _arrow_array(values: pd.Series, kind: Kind) -> pa.Array:
    if kind == "date":
        stamps = pd.to_datetime(values).dt.normalize()
        return pa.array(stamps, from_pandas=True).cast(pa.date32())
    if kind == "score":
        numbers = pd.to_numeric(values).astype("float64")
        return pa.array(numbers, type=pa.float64(), from_pandas=True)
    if kind == "flag":
        return pa.array(values.astype("boolean"), type=pa.bool_())
    return pa.array(values.astype("string"), type=pa.string(), from_pandas=True)


# --- atomic placement ------------------------------------------------------------------


class Staging:
    """Files written aside first, then moved into place together by :meth:`commit`.

    os.replace within one folder is atomic, so a reader (or a crash) sees either the old
    file or the complete new one, never a truncated recall list.
    """

    def __init__(self, out_dir: Path, tmp_dir: Path) -> None:
        self._out_dir = out_dir
        self._tmp_dir = tmp_dir
        self._names: list[str] = []

    def write(self, name: str, data: bytes) -> None:
        """Write one file aside; fsync so the later rename never exposes unwritten data."""
        if Path(name).name != name or name in self._names:
            raise ValueError(f"not a new plain file name: {name!r}")
        with open(self._tmp_dir / name, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        self._names.append(name)

    def commit(self, remove: tuple[str, ...] = ()) -> dict[str, Path]:
        """Move every staged file into place, and delete the files named in ``remove``
        that this run did not write: all of it or, where one move fails (a file open in
        another program, a folder in the way), none of it. The previous outputs are moved
        aside first and moved back on failure, so the folder never mixes two runs."""
        gone = [name for name in remove if name not in self._names]
        saved: list[str] = []
        placed: list[str] = []
        try:
            for name in [*self._names, *gone]:
                target = self._out_dir / name
                if target.is_dir():
                    raise IsADirectoryError(
                        errno.EISDIR, "is a folder where an output file goes", str(target)
                    )
                if target.exists() or target.is_symlink():
                    os.replace(target, self._tmp_dir / f"{_OLD}{name}")
                    saved.append(name)
            for name in self._names:
                os.replace(self._tmp_dir / name, self._out_dir / name)
                placed.append(name)
        except OSError:
            for name in placed:
                (self._out_dir / name).unlink(missing_ok=True)
            for name in saved:
                os.replace(self._tmp_dir / f"{_OLD}{name}", self._out_dir / name)
            raise
        return {name: self._out_dir / name for name in self._names}


_OLD = "previous-"
_STAGING_PREFIX = ".tmp-leo-audit-"


@contextmanager
def staging(out_dir: Path) -> Iterator[Staging]:
    """A staging folder inside out_dir (same file system, so renames are atomic).

    The folder is removed whatever happens; files reach out_dir only through commit().
    One that a killed run left behind (its process is gone) is removed on the next run.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(
            [Problem(str(out_dir), None, None, "is a file; --out names a folder to write into")]
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_staging(out_dir)
    tmp_dir = Path(tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=out_dir))
    try:
        yield Staging(out_dir, tmp_dir)
    finally:
        shutil.rmtree(tmp_dir, ignore_errors=True)


def _remove_abandoned_staging(out_dir: Path) -> None:
    for folder in out_dir.glob(f"{_STAGING_PREFIX}*"):
        pid = folder.name[len(_STAGING_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but belongs to someone else
        return True
    return True
