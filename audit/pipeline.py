"""load -> link -> evaluate -> report, as one library call a notebook or the CLI makes."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd

from audit import __version__
from audit.background import Worker
from audit.dataset import Dataset
from audit.evaluate import evaluate, short_track
from audit.link import link_dataset
from audit.load import load_dataset
from audit.policy import Policy, load_policy
from audit.result import AuditResult

Progress = Callable[[str], None]


class AccountingError(RuntimeError):
    """The determinations do not account for every hire exactly once (a bug, never data)."""


def audit_dataset(
    data: Dataset,
    policy: Policy,
    progress: Progress | None = None,
    *,
    parallel: bool | None = None,
) -> AuditResult:
    """Audit already-loaded tables: the entry point for hand-made frames in a notebook.

    ``parallel`` (default: where a spare core allows) reads the short-track resumes in a
    worker process while linking runs (``audit.background``); the result is the same
    either way."""
    with Worker(parallel) as worker:
        return _audit(data, policy, progress, worker)


def _audit(data: Dataset, policy: Policy, progress: Progress | None, worker: Worker) -> AuditResult:
    timings: dict[str, float] = {}
    resumes = worker.read_resumes(
        _short_track_resumes(data, policy), policy.titles, policy.sworn_categories
    )
    with _stage("link", timings, progress):
        links = link_dataset(data, policy.matching)
    with _stage("evaluate", timings, progress):
        determinations = evaluate(data, links, policy, resumes)
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
    parallel: bool | None = None,
) -> AuditResult:
    """Load the folder, audit it and, with ``out_dir``, write the contract's outputs
    (``include_dob`` and ``xlsx`` as in ``audit.report.write_outputs``; ``parallel`` as in
    :func:`audit_dataset`).

    Raises ``audit.errors.InputError`` (listing every problem) before anything is written
    when the rules or the data cannot be audited.
    """
    started = datetime.now(UTC)
    timings: dict[str, float] = {}
    with Worker(parallel) as worker:  # forked before loading, while this process is small
        with _stage("load", timings, progress):
            policy = load_policy(rules_dir)
            data = load_dataset(Path(data_dir), policy.aliases)
        result = _audit(data, policy, progress, worker)
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


def _short_track_resumes(data: Dataset, policy: Policy) -> pd.Series:
    """The resumes the post-mortem may need: short-track hires' (it explains only those)."""
    if "resume_text" not in data.hires:
        return pd.Series([], dtype="string")
    return data.hires["resume_text"][short_track(data, policy)]


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
