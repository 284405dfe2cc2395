"""load -> link -> evaluate -> report, as one library call a notebook or the CLI makes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from audit import __version__
from audit.dataset import Dataset
from audit.evaluate import evaluate
from audit.link import link_dataset
from audit.load import load_dataset
from audit.policy import Policy, load_policy
from audit.result import AuditResult

Progress = Callable[[str], None]


class AccountingError(RuntimeError):
    """The determinations do not account for every hire exactly once (a bug, never data)."""


def audit_dataset(data: Dataset, policy: Policy, progress: Progress | None = None) -> AuditResult:
    """Audit already-loaded tables: the entry point for hand-made frames in a notebook."""
    timings: dict[str, float] = {}
    with _stage("link", timings, progress):
        links = link_dataset(data, policy.matching)
    with _stage("evaluate", timings, progress):
        determinations = evaluate(data, links, policy)
    check_accounting(data.hires, determinations)
    return AuditResult(
        determinations=determinations,
        dataset=data,
        rules_version=policy.version,
        rules_files=policy.files,
        tool_version=__version__,
        policy_data=dict(policy.data),
        timings=timings,
    )


def run_audit(
    data_dir: Path,
    *,
    rules_dir: Path | None = None,
    out_dir: Path | None = None,
    progress: Progress | None = None,
    include_dob: bool = False,
    xlsx: bool = False,
) -> AuditResult:
    """Load the folder, audit it and, with ``out_dir``, write the contract's outputs
    (``include_dob`` and ``xlsx`` as in ``audit.report.write_outputs``).

    Raises ``audit.errors.InputError`` (listing every problem) before anything is written
    when the rules or the data cannot be audited.
    """
    started = datetime.now(UTC)
    timings: dict[str, float] = {}
    with _stage("load", timings, progress):
        policy = load_policy(rules_dir)
        data = load_dataset(Path(data_dir), policy.aliases)
    result = audit_dataset(data, policy, progress)
    timings.update(result.timings)
    result.timings.clear()
    result.timings.update(timings)
    if out_dir is not None:
        from audit.report import write_outputs

        with _stage("report", result.timings, progress):
            write_outputs(
                result, Path(out_dir), started_at=started, include_dob=include_dob, xlsx=xlsx
            )
    return result


def check_accounting(hires: pd.DataFrame, determinations: pd.DataFrame) -> None:
    """Every input hire appears exactly once: the audit's first promise."""
    ids = determinations["hire_id"]
    if (
        len(determinations) != len(hires)
        or ids.duplicated().any()
        or set(ids) != set(hires["hire_id"])
    ):
        raise AccountingError(
            f"{len(hires)} hires in, {len(determinations)} determinations out: not one each"
        )


@contextmanager
def _stage(name: str, timings: dict[str, float], progress: Progress | None) -> Iterator[None]:
    if progress is not None:
        progress(name)
    start = time.perf_counter()
    yield
    timings[name] = round(time.perf_counter() - start, 3)
