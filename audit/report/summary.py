"""The figures people read: totals, where the work falls, and why.

The HTML report and the console summary both draw from here so they always agree with
each other and with the CSV files. Nothing here re-decides a determination: it only counts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from audit.contract import DETERMINATIONS

# What each determination asks of the reader, in words a compliance analyst can forward.
MEANINGS: dict[str, str] = {
    "VERIFIED_LEO": "Short-track hire whose sworn law-enforcement status at hire is confirmed "
    "by a certification registry. No action.",
    "RECALL": "Short-track hire without verified law-enforcement status and no completed "
    "basic course: must be recalled to full basic training.",
    "REMEDIATED": "Short-track hire without verified status who has since completed the "
    "full basic course. No recall needed.",
    "MANUAL_REVIEW": "The records cannot settle it safely (unclear identity, conflicting "
    "records, or a claimed job in a state whose registry is not loaded): an analyst decides.",
    "NOT_APPLICABLE": "Placed on the full basic track: outside the scope of this audit.",
}

NO_OFFICE = "(no field office recorded)"


@dataclass(frozen=True)
class Total:
    determination: str
    count: int
    share: float  # 0..1 of all hires
    meaning: str


@dataclass(frozen=True)
class OfficeLoad:
    office: str
    recalls: int
    reviews: int

    @property
    def total(self) -> int:
        return self.recalls + self.reviews


def totals(counts: Mapping[str, int]) -> list[Total]:
    """One line per determination in contract order, zeros kept so absences are visible."""
    hires = sum(counts.values())
    return [
        Total(d, counts.get(d, 0), counts.get(d, 0) / hires if hires else 0.0, MEANINGS[d])
        for d in DETERMINATIONS
    ]


def office_load(determinations: pd.DataFrame) -> list[OfficeLoad]:
    """Recalls and reviews per field office, busiest first: who has to act, and how much."""
    kind = determinations["determination"].astype("string")
    office = determinations["field_office"].astype("string").str.strip()
    office = office.mask(office.eq("").fillna(True), NO_OFFICE)
    recalls = office[kind.eq("RECALL").fillna(False).astype(bool)].value_counts()
    reviews = office[kind.eq("MANUAL_REVIEW").fillna(False).astype(bool)].value_counts()
    loads = [
        OfficeLoad(str(name), int(recalls.get(name, 0)), int(reviews.get(name, 0)))
        for name in set(recalls.index) | set(reviews.index)
    ]
    return sorted(loads, key=lambda load: (-load.total, load.office))


def reason_frequency(determinations: pd.DataFrame) -> list[tuple[str, int]]:
    """Hires per reason code (a code counted once per hire), most frequent first."""
    # Hires share a few hundred distinct code lists: split each list once, weighted.
    counts: dict[str, int] = {}
    for codes, hires in determinations["reason_codes"].dropna().value_counts(sort=False).items():
        for code in _split_codes(str(codes)):
            counts[code] = counts.get(code, 0) + int(hires)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def coverage_text(coverage: Iterable[str]) -> str:
    """Registry coverage in one line; 'none' is said loudly because it limits every finding."""
    sources = list(coverage)
    if not sources:
        return "none (no certification registry loaded)"
    return f"{', '.join(sources)} ({len(sources)} source{'s' if len(sources) != 1 else ''})"


def _split_codes(codes: str) -> set[str]:
    return {code.strip() for code in codes.split(";") if code.strip()}
