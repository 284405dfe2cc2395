"""From Arrow text to typed, validated pandas columns, each parsed by its contract kind.

A registry extract has millions of rows but few distinct values, so text columns arrive
dictionary-encoded and are trimmed, checked and parsed once per distinct value for the
whole table (``audit.coded``); only the reporting of the (capped) bad rows loops.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from audit.coded import STRING, Coded
from audit.contract import (
    CERT_STATUSES,
    COUNTRY_NAMES,
    DECERT_ACTIONS,
    FEDERAL_NAMES,
    STATE_NAMES,
    TRAINING_STATUSES,
    Column,
    TableSpec,
)
from audit.dates import (
    DATE_HELP,
    DOB_HELP,
    FLAGS,
    RANGE_HELP,
    ParsedDates,
    parse_dates,
)
from audit.frames import one_chunk
from audit.problems import FILE, MAX_LISTED, ROW, Problems, each_value, is_private
from audit.readers import Read

_STATE = r"[A-Z]{2}|FED"


# --- from Arrow to typed, validated pandas --------------------------------------------------


@dataclass(frozen=True)
class Tidy:
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
    def concat(cls, parts: Sequence[Tidy]) -> Tidy:
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
    return one_chunk(pd.concat(series, ignore_index=True))


def tidy_read(read: Read, spec: TableSpec, file: int, file_type: pd.CategoricalDtype) -> Tidy:
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
    return Tidy(files=files, rows=rows, columns=columns, absent={})


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


def parse_table(tidy: Tidy, spec: TableSpec, problems: Problems) -> pd.DataFrame:
    """Check and convert every contract column; absent ones become all-NA."""
    index = pd.RangeIndex(len(tidy.rows))
    out: dict[str, pd.Series] = {ROW: pd.Series(tidy.rows, index=index)}
    for col in spec.columns:
        values = tidy.columns.get(col.name)
        if values is None:
            out.update(absent_columns(col, spec, index))
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
# beside an enum of open values: the cell as written where no value could be read
UNREAD_SUFFIX = "_unread"
_SAID_UNKNOWN = r"(?i)unknown|unk|tbd|to be determined|not known|\?+"


def _said_unknown(values: pd.Series) -> np.ndarray:
    return values.str.fullmatch(_SAID_UNKNOWN).fillna(False).to_numpy(dtype=bool)


def _not_available(values: pd.Series) -> np.ndarray:
    return values.str.fullmatch(_NOT_AVAILABLE).fillna(False).to_numpy(dtype=bool)


def _blank(values: Coded | pd.Series) -> np.ndarray:
    return values.blank if isinstance(values, Coded) else values.isna().to_numpy()


def _check_blank(
    tidy: Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: Problems
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
    tidy: Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: Problems
) -> dict[str, pd.Series]:
    if not isinstance(values, Coded):
        return {col.name: values.astype(STRING)}
    if spec.categorical_text and col.kind == "text":
        return {col.name: values.categorical()}
    return {col.name: values.decode()}


def _qualified(keys: pd.Series, canonical: Mapping[str, str], col: Column) -> pd.Series:
    """A registry's own qualified spelling, read by its words: "Inactive - Retired" is
    inactive, "Revoked (Misconduct)" revoked. Words that disagree are no value, except in
    a status, a decertification action or a course's status, where the severest wins
    ("Inactive - Decertified" is revoked): a doubtful reading must never let a
    certificate verify or end a recall. For the same reason a mild reading stands only on
    words that say nothing else ("Reinstatement pending" is no value), and a reinstatement
    or a cancellation beside what it undid is neither ("Reinstated after Suspension",
    "Suspension Cancelled"). A negation ("Not
    Active", "Non-certified") is never read this way."""
    # a synonym of several words is one word here ("Inactive - Not Employed": not is no
    # negation there, "Active - In Good Standing": good standing no stray)
    phrases = sorted((k for k in canonical if "_" in k), key=len, reverse=True)
    if phrases:
        pattern = r"(?<![a-z])(" + "|".join(map(re.escape, phrases)) + r")(?![a-z])"
        keys = keys.str.replace(pattern, lambda m: canonical[m.group(1)], regex=True)
    words = keys.str.findall(r"[a-z]+").explode()
    negated = words.isin(_NEGATIONS).groupby(level=0).any()
    mapped = words.map(canonical)
    stray = (mapped.isna() & ~words.isin(_HARMLESS)).groupby(level=0).any()
    found = mapped.dropna()
    found = found[~negated.reindex(found.index).to_numpy(dtype=bool)]
    order, mild = _SEVERITY.get(col.values, (col.values, frozenset()))
    rank = {value: i for i, value in enumerate(order)}
    ranked = pd.DataFrame({"value": found, "rank": found.map(rank)})
    agg = ranked.groupby(level=0).agg(kinds=("value", "nunique"), top=("rank", "max"))
    best = pd.Series(np.asarray(order, dtype=object)[agg["top"].to_numpy(dtype=int)],
                     index=agg.index)  # fmt: skip
    if mild:
        keep = ~best.isin(mild) | ~stray.reindex(agg.index).to_numpy(dtype=bool)
        # a reinstatement or a cancellation beside what it undid is neither ("Reinstated
        # after Suspension", "Suspension Cancelled"); alone it is what it says
        undoing = words.isin(_UNDOING)
        severe = (mapped.notna() & ~undoing & ~mapped.isin(mild)).groupby(level=0).any()
        undone = undoing.groupby(level=0).any() & severe
        keep &= ~undone.reindex(agg.index).to_numpy(dtype=bool)
    else:
        keep = agg["kinds"] == 1
    return best[keep].reindex(keys.index).astype(STRING)


# Per list of values (a column's), from the mildest to the severest; the mild ones: those
# that let a certificate verify ("Active (Under Investigation)" must not), lift a
# decertification, or end a recall (a basic course "completed").
_SEVERITY: dict[tuple[str, ...], tuple[tuple[str, ...], frozenset[str]]] = {
    CERT_STATUSES: (CERT_STATUSES, frozenset(("active", "inactive", "lapsed"))),
    DECERT_ACTIONS: (
        ("reprimanded", "reinstated", "surrendered", "suspended", "revoked"),
        frozenset(("reinstated",)),
    ),
    TRAINING_STATUSES: (TRAINING_STATUSES, frozenset(("completed",))),
}
_UNDOING = frozenset(
    {"reinstated", "reinstatement", "reinstate", "restored", "cancelled", "canceled",
     "cancellation"}
)  # fmt: skip

# a negation, or a word that undoes what the value names ("Revocation Rescinded",
# "Suspension Lifted"): such a value is never read by its other words
_NEGATIONS = frozenset(
    {"not", "non", "no", "never", "un", "rescinded", "rescind", "lifted", "overturned",
     "vacated", "reversed", "annulled", "expunged"}
)  # fmt: skip
# words that qualify a status without changing it ("Active Part-Time", "Certified Active")
_HARMLESS = frozenset(
    {"part", "full", "time", "status", "certified", "certificate", "certification", "cert",
     "license"}
)  # fmt: skip


def _enum_key(value: pd.Series) -> pd.Series:
    return value.str.lower().str.replace(r"[\s\-]+", "_", regex=True)


def _coded(values: Coded | pd.Series) -> Coded:
    """Narrow the type: ``tidy`` codes every column but IDs, which these parsers never get."""
    if not isinstance(values, Coded):
        raise TypeError(f"expected a coded column, got {type(values).__name__}")
    return values


def _parse_enum(
    tidy: Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: Problems
) -> dict[str, pd.Series]:
    """Canonical spelling whatever the case, spaces or dashes (``In Person`` -> in_person)."""
    spellings = [*col.values, *(alias for alias, _ in col.synonyms)]
    targets = [*col.values, *(value for _, value in col.synonyms)]
    canonical = dict(zip(_enum_key(pd.Series(spellings, dtype=STRING)), targets, strict=True))
    coded = _coded(values)
    keys = _enum_key(coded.values)
    parsed = keys.map(canonical).astype(STRING)
    parsed = parsed.fillna(_qualified(keys, canonical, col))
    if col.open_values:
        _note_unread(tidy, coded, parsed, col, problems)
        unread = coded.values.where(parsed.isna()).astype(STRING)
        return {col.name: coded.spread(parsed), f"{col.name}{UNREAD_SUFFIX}": coded.spread(unread)}
    allowed = ", ".join(col.values)
    problems.rows(
        tidy.bad(coded.flags(parsed.isna()), col.name),
        col.name,
        each_value(
            col.name, lambda v: f"'{v}' is not an allowed {col.name}; use one of: {allowed}"
        ),
    )
    return {col.name: coded.spread(parsed)}


def _note_unread(
    tidy: Tidy, coded: Coded, parsed: pd.Series, col: Column, problems: Problems
) -> None:
    """A registry's own word for a status the rules do not know ("Provisional",
    "Waiver") is read as unknown, with a note per file: a record of unknown status
    verifies no one (its hire is reviewed), while one such spelling stopping a national
    audit would hold up every other hire's determination."""
    bad = tidy.bad(coded.flags(parsed.isna()), col.name)
    if bad.empty:
        return
    for file, rows in bad.groupby(FILE, sort=True, observed=True):
        counts = rows[col.name].astype(str).value_counts()
        counts = counts.sort_index(kind="stable").sort_values(ascending=False, kind="stable")
        shown = ", ".join(f"'{v}' ({n:,})" for v, n in counts.head(MAX_LISTED).items())
        more = f" and {len(counts) - MAX_LISTED:,} more" if len(counts) > MAX_LISTED else ""
        problems.note(
            str(file),
            f"{len(rows):,} {col.name} value(s) the rules do not read, taken as unknown "
            f"(such a record verifies no one; its hire is reviewed): {shown}{more}; "
            f"first at row {rows[ROW].min()}",
        )


def _parse_state(
    tidy: Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: Problems
) -> dict[str, pd.Series]:
    """Upper-case two-letter postal codes, or FED for federal service records. A registry's
    source written as the country ("US", "United States") is federal; an applicant's job
    placed so names no state, and the employer places it (blank, not FED: a city police
    department's officer may write the country)."""
    registry = col.name == "source"
    coded = _coded(values)
    up = coded.values.str.upper().str.replace(r"[^A-Z]+", " ", regex=True).str.strip()
    country = up.isin(COUNTRY_NAMES).to_numpy(dtype=bool) & (not registry)  # blank, no error
    up = up.replace(STATE_NAMES | FEDERAL_NAMES)
    parsed = up.where(up.str.fullmatch(_STATE) & ~country).astype(STRING)
    problems.rows(
        tidy.bad(coded.flags(parsed.isna() & ~country), col.name),
        col.name,
        each_value(
            col.name,
            lambda v: (
                f"'{v}' is not a state code; use the two-letter postal code (e.g. MN) "
                "or FED for federal records"
            ),
        ),
    )
    return {col.name: coded.spread(parsed)}


def _parse_date(
    tidy: Tidy, values: Coded | pd.Series, col: Column, spec: TableSpec, problems: Problems
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
    tidy: Tidy, parsed: ParsedDates, col: Column, problems: Problems, *, day_first: bool = False
) -> None:
    helps = DOB_HELP if col.kind == "dob" else DATE_HELP
    hidden = is_private(col)

    def say(problem: str, advice: str) -> Callable[[pd.DataFrame], list[str]]:
        if hidden:  # say where, never what: this is personal data
            return lambda listed: (
                [f"{col.name} {problem} (value not shown); {advice}"] * len(listed)
            )
        return each_value(col.name, lambda v: f"{col.name} '{v}' {problem}; {advice}")

    # a blank separation_date means still employed, so "unknown" must be written out
    if col.name in UNKNOWN_FLAGGED:
        unknown = "leave it blank if still employed, or write 'unknown'"
        open_ended = unknown
    elif col.key:  # hire_date: an audit cannot do without it
        unknown = open_ended = f"every {col.name} is required"
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
    Callable[[Tidy, Coded | pd.Series, Column, TableSpec, Problems], dict[str, pd.Series]],
] = {
    "id": _parse_text,
    "text": _parse_text,
    "enum": _parse_enum,
    "state": _parse_state,
    "date": _parse_date,
    "dob": _parse_date,
}


def absent_columns(col: Column, spec: TableSpec, index: pd.Index) -> dict[str, pd.Series]:
    """An all-NA column of the right dtype (optional columns, and absent ones on error)."""
    if col.kind in ("date", "dob"):
        out = {col.name: pd.Series(pd.NaT, index=index, dtype="datetime64[ns]")}
        if col.name in UNKNOWN_FLAGGED:
            out[f"{col.name}{UNKNOWN_SUFFIX}"] = pd.Series(False, index=index)
        if col.kind == "dob" and "birth_year" in spec.extra:
            out["birth_year"] = pd.Series(pd.NA, index=index, dtype="Int64")
        return out
    blank = {col.name: pd.Series(pd.NA, index=index, dtype="string")}
    if col.open_values:
        blank[f"{col.name}{UNREAD_SUFFIX}"] = pd.Series(pd.NA, index=index, dtype="string")
    return blank
