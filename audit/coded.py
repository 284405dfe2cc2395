"""A text column as its distinct values plus one integer code per row.

A registry extract has millions of rows but only thousands of distinct names, agencies,
statuses and dates. Reading those columns dictionary-encoded (pyarrow's CSV reader does it
in its parallel parse) and doing every check, trim and parse on the distinct values only
turns each per-row pass into a per-value pass plus one integer ``take``: the loader's cost
stays near the cost of reading the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

STRING = pd.StringDtype()  # what every text column of a Dataset holds (Arrow-backed, NA)
# Characters that print as nothing (zero-width space and joiners, soft hyphen, word joiner,
# a stray byte-order mark, direction marks), pasted in from web pages and word processors:
# "Bi<zero-width space>ll" must read as Bill, not as the two words Bi and ll. (A class of
# the characters themselves: pyarrow's RE2 and Python's re read it alike.)
INVISIBLE = "[\u200b-\u200f\u00ad\u2060\ufeff]"


@dataclass(frozen=True)
class Coded:
    """Row ``i`` holds ``values[codes[i]]``, or is blank where ``codes[i] == -1``.

    ``values`` are trimmed, non-blank and distinct (a code per spelling as written after
    trimming); some may be used by no row once cells are blanked.
    """

    codes: np.ndarray  # one integer per row (int32 from the CSV reader)
    values: pd.Series  # string dtype, RangeIndex

    @classmethod
    def from_arrow(cls, column: pa.ChunkedArray | pa.Array) -> Coded:
        """Trim every cell (and drop what prints as nothing) and treat ``""`` as blank,
        working on the distinct values."""
        if isinstance(column, pa.Array):
            column = pa.chunked_array([column])
        if not pa.types.is_dictionary(column.type):
            column = pc.dictionary_encode(column)
        if column.num_chunks != 1:
            column = pa.chunked_array([_unified(column)])
        whole = column.chunk(0) if column.num_chunks else pa.array([], column.type)
        text = whole.dictionary.cast(pa.large_string())
        if not pc.all(pc.string_is_ascii(text)).as_py():  # they are never ASCII
            text = pc.replace_substring_regex(text, INVISIBLE, "")
        trimmed = pc.utf8_trim_whitespace(text)
        trimmed = pc.if_else(pc.equal(trimmed, ""), pa.scalar(None, trimmed.type), trimmed)
        # Trimming can make two spellings one ("Smith" and "Smith "): renumber.
        remap, distinct = pd.factorize(_strings(trimmed), use_na_sentinel=True)
        indices = pc.fill_null(whole.indices, -1).to_numpy(zero_copy_only=False)
        if len(distinct) < len(remap) or (remap < 0).any():
            lookup = np.append(remap.astype(indices.dtype), -1)  # index -1 (blank) -> -1
            indices = lookup[indices]
        # else trimming merged and blanked nothing: the reader's codes stand as they are
        return cls(codes=indices, values=pd.Series(distinct, dtype=STRING))

    @classmethod
    def blanks(cls, n: int) -> Coded:
        """``n`` blank rows (a file without the column)."""
        return cls(codes=np.full(n, -1, dtype=np.int32), values=pd.Series([], dtype=STRING))

    @classmethod
    def concat(cls, parts: Sequence[Coded]) -> Coded:
        """One column from several (a table's files), each distinct value once.

        Only the small tables of distinct values are unified; each part's codes are then
        renumbered by one numpy gather (code -1, blank, reads an appended -1).
        """
        if len(parts) == 1:
            return parts[0]
        every = pd.concat([part.values for part in parts], ignore_index=True)
        numbers, distinct = pd.factorize(every)
        codes = np.empty(sum(len(part.codes) for part in parts), dtype=np.int32)
        start = row = 0
        for part in parts:
            lookup = np.append(numbers[start : start + len(part.values)], -1).astype(np.int32)
            np.take(lookup, part.codes, out=codes[row : row + len(part.codes)])
            start += len(part.values)
            row += len(part.codes)
        return cls(codes=codes, values=pd.Series(distinct, dtype=STRING))

    @property
    def blank(self) -> np.ndarray:
        return self.codes < 0

    def spread(self, parsed: pd.Series) -> pd.Series:
        """Per-value results (an extension or datetime dtype) to rows; blank rows missing.

        Dates take one numpy gather (code -1 reads an appended NaT); other dtypes go
        through pandas' masked take.
        """
        if parsed.dtype == "datetime64[ns]":
            ticks = np.append(parsed.to_numpy().view(np.int64), np.iinfo(np.int64).min)
            return pd.Series(ticks[self.codes].view("datetime64[ns]"), copy=False)
        return pd.Series(pd.api.extensions.take(parsed.array, self.codes, allow_fill=True))

    def flags(self, which: pd.Series | np.ndarray) -> np.ndarray:
        """Per-value booleans to rows; blank rows are False."""
        return np.append(np.asarray(which, dtype=bool), False)[self.codes]

    def blanked(self, which: pd.Series | np.ndarray) -> Coded:
        """The same column with the rows holding the values flagged in ``which`` blank."""
        drop = self.flags(which)
        if not drop.any():
            return self
        return Coded(codes=np.where(drop, -1, self.codes), values=self.values)

    def decode(self) -> pd.Series:
        """The full text column (string dtype), e.g. names the linker reads row by row."""
        indices = pa.array(self.codes, mask=self.codes < 0)
        dictionary = _arrow(self.values)
        return pd.Series(pd.arrays.ArrowStringArray(pc.take(dictionary, indices)), dtype=STRING)

    def categorical(self) -> pd.Series:
        """The column as a pandas categorical: no string is copied per row."""
        dtype = pd.CategoricalDtype(pd.Index(self.values, dtype=STRING))
        return pd.Series(pd.Categorical.from_codes(self.codes, dtype=dtype))

    def at(self, rows: np.ndarray) -> pd.Series:
        """The text of a few rows (by position), for problem messages."""
        return pd.Series(
            pd.api.extensions.take(self.values.array, self.codes[rows], allow_fill=True)
        )


def _unified(column: pa.ChunkedArray) -> pa.DictionaryArray:
    """One dictionary array from per-block dictionaries (the CSV reader's chunks)."""
    table = pa.table({"c": column}).unify_dictionaries()
    return table.column("c").combine_chunks()


def _arrow(values: pd.Series) -> pa.Array:
    """Distinct values as one large_string array (an empty column may come back typed
    null from pandas, which Arrow will not mix with text)."""
    if not len(values):
        return pa.array([], type=pa.large_string())
    return pa.array(values.array, type=pa.large_string())


def _strings(values: pa.Array) -> pd.Series:
    return pd.Series(pd.arrays.ArrowStringArray(pa.chunked_array([values])), dtype=STRING)
