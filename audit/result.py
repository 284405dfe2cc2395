"""What a finished audit hands to the reporter and to a notebook."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from audit.dataset import Dataset


@dataclass(frozen=True)
class RulesFile:
    path: str
    sha256: str


@dataclass(frozen=True)
class AuditResult:
    """One audit: a determination per hire and everything needed to explain and repeat it.

    ``determinations`` has contract.DETERMINATION_COLUMNS plus the working columns the
    reporter selects from (``priority``, ``what_to_check``, ``candidate_record_ids``),
    sorted by hire_id, one row per input hire.
    """

    determinations: pd.DataFrame
    dataset: Dataset
    rules_version: str
    rules_files: tuple[RulesFile, ...]
    tool_version: str
    policy_data: dict[str, Any] = field(default_factory=dict)  # rules/policy.yaml as read
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds

    def counts(self) -> dict[str, int]:
        """Hires per determination, every determination listed (zeros included)."""
        from audit.contract import DETERMINATIONS

        vc = self.determinations["determination"].value_counts()
        return {d: int(vc.get(d, 0)) for d in DETERMINATIONS}
