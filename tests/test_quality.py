"""The code base stays ruff- and mypy-clean: checked here so CI enforces it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_clean():
    folders = [d for d in ("audit", "tests", "benchmarks") if (ROOT / d).is_dir()]
    done = _run("ruff", "check", *folders)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_clean():
    done = _run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr
