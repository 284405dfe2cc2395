"""Column-wise table helpers shared by the evaluator and the post-mortem.

Each replaces a pandas idiom that runs Python once per group or per value (``groupby().agg``
with ``str.join``, ``isin`` on Arrow strings), which at 100k hires costs more than the work.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def joined(key: pd.Series, text: pd.Series, sep: str) -> pd.Series:
    """Distinct texts per key, sorted and joined (index: the keys, sorted): one C-level
    join per group."""
    rows = pd.DataFrame({"key": key.to_numpy(), "text": text.astype(str).to_numpy(dtype=object)})
    rows = rows.drop_duplicates().sort_values(["key", "text"], kind="stable")
    if rows.empty:
        return pd.Series(dtype=object)
    keys = rows["key"].to_numpy()
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
    pieces = (rows["text"] + sep).to_numpy(dtype=object)
    texts = np.add.reduceat(pieces, starts)
    return pd.Series([t[: -len(sep)] for t in texts], index=keys[starts], dtype=object)


def text_isin(values: pd.Series, among: pd.Series) -> np.ndarray:
    """``values.isin(among)`` for text columns (a missing value matches a missing one), by
    one Arrow hash lookup: pandas first turns every value of ``among`` into a Python object."""
    value_set = pa.array(among.astype("string"), pa.large_string())
    found = pc.is_in(pa.array(values.astype("string"), pa.large_string()), value_set=value_set)
    return np.asarray(found.to_numpy(zero_copy_only=False), dtype=bool)


def one_chunk(values: pd.Series) -> pd.Series:
    """A string column as one Arrow chunk: hashing one chunk is much faster than several."""
    if not isinstance(values.array, pd.arrays.ArrowStringArray):
        return values
    arrow = pa.array(values.array)
    if not isinstance(arrow, pa.ChunkedArray) or arrow.num_chunks < 2:
        return values
    one = pd.arrays.ArrowStringArray(pa.chunked_array([arrow.combine_chunks()]))
    return pd.Series(one, index=values.index)
