"""Text columns as distinct values plus codes (audit/coded.py): what the loader relies on."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from audit.coded import STRING, Coded


def test_trimming_merges_spellings_and_blanks_cells() -> None:
    coded = Coded.from_arrow(pa.array(["Smith", " Smith ", "", None, "  ", "Lee"]))
    assert coded.values.tolist() == ["Smith", "Lee"]
    assert coded.codes.tolist() == [0, 0, -1, -1, -1, 1]
    assert coded.blank.tolist() == [False, False, True, True, True, False]
    assert coded.decode().tolist() == ["Smith", "Smith", pd.NA, pd.NA, pd.NA, "Lee"]


def test_dictionary_chunks_from_the_csv_reader_are_unified() -> None:
    chunks = pa.chunked_array(
        [pa.array(["b", "a"]).dictionary_encode(), pa.array(["a", "c", None]).dictionary_encode()]
    )
    coded = Coded.from_arrow(chunks)
    assert coded.decode().tolist() == ["b", "a", "a", "c", pd.NA]
    assert sorted(coded.values) == ["a", "b", "c"]


def test_concat_numbers_each_value_once_and_keeps_blanks() -> None:
    first = Coded.from_arrow(pa.array(["x", "y", None]))
    second = Coded.from_arrow(pa.array(["y", "z"]))
    whole = Coded.concat(
        [first, Coded.blanks(2), second, Coded.from_arrow(pa.array([], pa.string()))]
    )
    assert whole.decode().tolist() == ["x", "y", pd.NA, pd.NA, pd.NA, "y", "z"]
    assert whole.values.is_unique and len(whole.values) == 3


def test_spread_flags_and_blanked_follow_the_codes() -> None:
    coded = Coded.from_arrow(pa.array(["2020-01-02", None, "n/a", "2020-01-02"]))
    parsed = pd.Series(pd.to_datetime(["2020-01-02", None]), dtype="datetime64[ns]")
    dates = coded.spread(parsed.iloc[: len(coded.values)])
    assert dates.tolist()[0] == pd.Timestamp("2020-01-02") and pd.isna(dates.iloc[1])
    assert coded.flags(np.array([True, False])).tolist() == [True, False, False, True]
    na = coded.blanked(coded.values == "n/a")
    assert na.blank.tolist() == [False, True, True, False]
    years = coded.spread(pd.Series([2020, 7], dtype="Int64"))
    assert years.tolist() == [2020, pd.NA, 7, 2020]


def test_categorical_holds_the_same_text() -> None:
    coded = Coded.from_arrow(pa.array(["Oakland PD", None, "Oakland PD"]))
    column = coded.categorical()
    assert isinstance(column.dtype, pd.CategoricalDtype)
    assert column.astype(STRING).tolist() == coded.decode().tolist()


@pytest.mark.parametrize("rows", [[0, 2], []])
def test_at_reads_a_few_rows(rows: list[int]) -> None:
    coded = Coded.from_arrow(pa.array(["a", None, "b"]))
    assert coded.at(np.array(rows, dtype=np.int64)).tolist() == ["a", "b"][: len(rows)]
