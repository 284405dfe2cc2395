"""Shared column helpers: the same answers as the pandas idioms they replace."""

from __future__ import annotations

import pandas as pd
from hypothesis import given
from hypothesis import strategies as st

from audit.frames import joined, text_isin

_TEXT = st.lists(st.one_of(st.none(), st.sampled_from(["", "a", "b", "0042", "é", "a b"])))


@given(_TEXT, _TEXT)
def test_text_isin_matches_pandas(values, among):
    left = pd.Series(values, dtype="string")
    right = pd.Series(among, dtype="string")
    assert text_isin(left, right).tolist() == left.isin(right).tolist()


@given(st.lists(st.tuples(st.sampled_from(["h1", "h2", "h10"]), st.sampled_from(["x", "y", "z"]))))
def test_joined_matches_groupby_join(pairs):
    frame = pd.DataFrame(pairs, columns=["key", "text"], dtype="string")
    expected = frame.drop_duplicates().sort_values(["key", "text"]).groupby("key")["text"]
    got = joined(frame["key"], frame["text"], ";")
    assert got.to_dict() == (expected.agg(";".join).to_dict() if pairs else {})
