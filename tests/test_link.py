"""The linker on its own: blocking finds the right candidates, and only those."""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit.blocking import candidate_pairs
from audit.link import link
from audit.names import prepare
from audit.policy import Matching


def people(rows: list[tuple[str | None, str | None, str | None, str | None]]):
    df = pd.DataFrame(rows, columns=["first", "middle", "last", "dob"])
    return prepare(
        df["first"].astype("string"),
        df["last"].astype("string"),
        pd.to_datetime(df["dob"]),
        middle=df["middle"].astype("string"),
    )


def test_blocking_is_not_all_pairs():
    rng = np.random.default_rng(0)
    n = 3000
    rows = [
        (
            f"F{i % 97}",
            None,
            f"L{i % 503}",
            str(pd.Timestamp("1960-01-01") + pd.Timedelta(days=int(d))).split()[0],
        )
        for i, d in enumerate(rng.integers(0, 15000, n))
    ]
    registry = people(rows)
    hires = people(rows[:300])
    pairs = candidate_pairs(hires, registry, Matching())
    assert len(pairs) < 300 * n / 100  # far fewer than every pair
    assert {(i, i) for i in range(300)} <= set(
        zip(pairs["hire_row"], pairs["reg_row"], strict=True)
    )


def test_keys_agree_when_the_sides_number_words_differently():
    """A hire's surname is the last of many registry surnames: its word number differs on
    each side, and the block must still meet (a one-letter first-name typo needs it)."""
    registry = people(
        [("Xavier", None, f"Name{i}", "1970-01-01") for i in range(200)]
        + [("Olivia", "D", "Fisher", "1986-12-31")]
    )
    hires = people([("Xlivia", "D", "Fisher", "1986-12-31")])
    links = link(hires, registry, Matching())
    strong = links[links["tier"] == "strong"]
    assert strong["reg_row"].tolist() == [200]
    assert strong["first_level"].tolist() == ["typo"]


def test_registry_rows_without_birth_dates_are_found_by_name():
    registry = people([("Ann", None, "Lee", None), ("Ann", None, "Lee", "1980-01-01")])
    hires = people([("Ann", None, "Lee", "1990-05-05")])
    links = link(hires, registry, Matching())
    assert links["reg_row"].tolist() == [0]
    assert links["tier"].tolist() == ["partial"]


def test_swapped_day_and_month_share_a_block():
    registry = people([("Ann", None, "Lee", "1980-04-03")])
    hires = people([("Ann", None, "Lee", "1980-03-04")])
    links = link(hires, registry, Matching())
    assert links["dob_level"].tolist() == ["swapped"]
    assert links["tier"].tolist() == ["strong"]


def test_swap_not_allowed_by_policy():
    registry = people([("Ann", None, "Lee", "1980-04-03")])
    hires = people([("Ann", None, "Lee", "1980-03-04")])
    links = link(hires, registry, Matching(allow_swapped_day_month=False))
    assert links.empty or "strong" not in links["tier"].tolist()
