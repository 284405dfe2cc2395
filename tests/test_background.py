"""Resumes read in a worker process: the same outputs, byte for byte, as read in-process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from conftest import ROOT

import audit.background as background
from audit.background import Worker, spare_core
from audit.pipeline import run_audit
from audit.policy import load_policy
from audit.resume import read_resumes

SAMPLE = ROOT / "sample_data"
needs_spare_core = pytest.mark.skipif(not spare_core(), reason="no second core for a worker")


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in out.iterdir() if p.suffix in (".csv", ".parquet")}


@needs_spare_core
def test_outputs_identical_with_and_without_the_worker(tmp_path):
    run_audit(SAMPLE, out_dir=tmp_path / "worker", parallel=True)
    run_audit(SAMPLE, out_dir=tmp_path / "inline", parallel=False)
    worker, inline = _files(tmp_path / "worker"), _files(tmp_path / "inline")
    assert set(worker) == {
        "determinations.csv",
        "determinations.parquet",
        "recall_list.csv",
        "review_queue.csv",
    }
    assert worker == inline


@needs_spare_core
def test_worker_reads_what_the_parent_would():
    policy = load_policy(None)
    texts = pd.Series(
        ["Loan Officer at First Bank. Hope to become a police officer.", None, "Deputy Sheriff"]
    )
    with Worker(parallel=True) as worker:
        readings = worker.read_resumes(texts, policy.titles, policy.sworn_categories)
        assert readings.in_background
        got = readings.result()
    wanted = ["Loan Officer at First Bank. Hope to become a police officer.", "Deputy Sheriff"]
    assert list(got) == wanted
    assert list(got.values()) == read_resumes(wanted, policy.titles, policy.sworn_categories)


def test_no_worker_when_not_parallel():
    policy = load_policy(None)
    with Worker(parallel=False) as worker:
        readings = worker.read_resumes(pd.Series(["Loan Officer"]), policy.titles, ())
        assert not readings.in_background
        assert readings.result() == {}  # the post-mortem reads what it needs itself


def _die_in_a_worker(parent: int, *args: Any) -> Any:
    """Kill the worker mid-read (out of memory, a signal); the parent still reads."""
    if os.getpid() != parent:
        os._exit(3)
    return read_resumes(*args)


@needs_spare_core
def test_a_dead_worker_costs_time_not_results(tmp_path, monkeypatch):
    run_audit(SAMPLE, out_dir=tmp_path / "inline", parallel=False)
    monkeypatch.setattr(background, "read_resumes", partial(_die_in_a_worker, os.getpid()))
    run_audit(SAMPLE, out_dir=tmp_path / "dead", parallel=True)
    assert _files(tmp_path / "dead") == _files(tmp_path / "inline")


@needs_spare_core
def test_the_worker_stops_when_the_audit_is_killed():
    """A killed audit runs no context manager: the worker must notice on its own rather
    than read resumes for nobody at full speed."""
    script = (
        "import time\n"
        "from audit.background import Worker\n"
        "w = Worker(parallel=True)\n"
        "w._pool.submit(time.sleep, 120)\n"
        "time.sleep(0.5)\n"
        "print(*w._pool._processes, flush=True)\n"
        "time.sleep(120)\n"
    )
    audit = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert audit.stdout is not None
    worker = int(audit.stdout.readline())
    audit.send_signal(signal.SIGKILL)
    audit.wait()
    deadline = time.monotonic() + 10
    while _running(worker) and time.monotonic() < deadline:
        time.sleep(0.2)
    if _running(worker):
        os.kill(worker, signal.SIGKILL)
        pytest.fail("the worker outlived the killed audit")


def _running(pid: int) -> bool:
    """Alive and not a zombie waiting for a parent that may never reap it."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"
