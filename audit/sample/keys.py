"""Integer keys over names and birth dates, so background people are kept clear of hires."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from audit.sample.calendar import swap_day_month
from audit.sample.names import Pool

CODE_BITS = 4096  # > number of first names and of surnames
OWN, AMBIGUOUS, FOREIGN = 0, 1, 2  # whose registry row it is (truth_links)


def pack_key(days: np.ndarray, codes: np.ndarray) -> np.ndarray:
    return (days.astype(np.int64) + 200_000) * CODE_BITS + codes.astype(np.int64)


def expand(csr: tuple[np.ndarray, np.ndarray], codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each position i with codes[i] >= 0: (i, c) for every c confusable with codes[i]."""
    ptr, idx = csr
    pos = np.nonzero(codes >= 0)[0]
    c = codes[pos]
    counts = ptr[c + 1] - ptr[c]
    rep = np.repeat(pos, counts)
    starts = np.repeat(ptr[c], counts)
    offsets = np.arange(int(counts.sum())) - np.repeat(np.cumsum(counts) - counts, counts)
    return rep, idx[starts + offsets]


@dataclass
class Keys:
    """Blocking-style keys of a set of hires: (birth day or its swap, confusable first
    name) and (birth day or its swap, confusable surname word), with their owners, plus
    each hire's own (birth day, name) keys."""

    f_owner: np.ndarray
    f_key: np.ndarray
    l_owner: np.ndarray
    l_key: np.ndarray
    own_f_owner: np.ndarray
    own_f_key: np.ndarray
    own_l_owner: np.ndarray
    own_l_key: np.ndarray

    def index_f(self) -> pd.Index:
        return pd.Index(np.unique(self.f_key))

    def index_l(self) -> pd.Index:
        return pd.Index(np.unique(self.l_key))

    def clashing(self, n: int) -> np.ndarray:
        """Hires whose own key lies in another hire's confusable set."""
        return own_in_others(self.f_owner, self.f_key, self.own_f_owner, self.own_f_key, n) | (
            own_in_others(self.l_owner, self.l_key, self.own_l_owner, self.own_l_key, n)
        )


def _expand_wide(
    narrow: tuple[np.ndarray, np.ndarray],
    wide: tuple[np.ndarray, np.ndarray],
    codes: np.ndarray,
    use_wide: np.ndarray,
) -> tuple[np.ndarray, np.ndarray]:
    """One-edit sets for everyone, two-edit sets where the name carries a typo on one side
    (the typo plus another name's one edit can reach two edits from the true name)."""
    rep, out = expand(narrow, codes)
    w = np.nonzero(use_wide)[0]
    if len(w) == 0:
        return rep, out
    rep2, out2 = expand(wide, np.where(use_wide, codes, -1))
    return np.concatenate([rep, rep2]), np.concatenate([out, out2])


def hire_keys(
    pool: Pool,
    idx: np.ndarray,
    dob: np.ndarray,
    f: np.ndarray,
    lasts: Sequence[np.ndarray],
    wide_f: np.ndarray,
    wide_l: np.ndarray,
) -> Keys:
    swapped, ok = swap_day_month(dob[idx])
    owners = np.concatenate([idx, idx[ok]])
    days = np.concatenate([dob[idx], swapped[ok]])
    rep, codes = _expand_wide(pool.f_c1, pool.f_c2, f[owners], wide_f[owners])
    f_owner, f_key = owners[rep], pack_key(days[rep], codes)
    lo, lk, olo, olk = [], [], [], []
    for arr in lasts:
        rep, codes = _expand_wide(pool.l_c1, pool.l_c2, arr[owners], wide_l[owners])
        lo.append(owners[rep])
        lk.append(pack_key(days[rep], codes))
        has = arr[idx] >= 0
        olo.append(idx[has])
        olk.append(pack_key(dob[idx][has], arr[idx][has]))
    return Keys(
        f_owner,
        f_key,
        np.concatenate(lo),
        np.concatenate(lk),
        idx,
        pack_key(dob[idx], f[idx]),
        np.concatenate(olo),
        np.concatenate(olk),
    )


def isin_keys(values: np.ndarray, keys: pd.Index) -> np.ndarray:
    """Membership through a hash index: several times faster than sorting at 5M rows."""
    if len(keys) == 0 or len(values) == 0:
        return np.zeros(len(values), dtype=bool)
    return np.asarray(keys.get_indexer(pd.Index(values)) >= 0)


def own_in_others(
    owner: np.ndarray, key: np.ndarray, own_owner: np.ndarray, own_key: np.ndarray, n: int
) -> np.ndarray:
    """Owners whose own key is also in another owner's expansion (every expansion holds
    its owner's own key, so two distinct owners means a clash)."""
    pairs = np.unique(key * n + owner)
    uk, counts = np.unique(pairs // n, return_counts=True)
    bad = np.zeros(n, dtype=bool)
    if len(uk) == 0:
        return bad
    pos = np.minimum(np.searchsorted(uk, own_key), len(uk) - 1)
    hit = (uk[pos] == own_key) & (counts[pos] >= 2)
    bad[own_owner[hit]] = True
    return bad
