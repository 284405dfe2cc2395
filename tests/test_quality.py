"""The code base stays ruff- and mypy-clean, and its reason codes documented: checked here
so CI enforces it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from audit.reasons import REASON_CODES

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_clean():
    folders = [d for d in ("audit", "tests", "benchmarks", "scripts") if (ROOT / d).is_dir()]
    done = _run("ruff", "check", *folders)
    assert done.returncode == 0, done.stdout + done.stderr


def test_mypy_clean():
    done = _run("mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_reason_code_is_explained_in_the_readme():
    """An analyst reading a recall list looks a code up in the README (and the report
    shows its meaning): a code added to the evaluator without a line there fails here."""
    # a code is a quoted CAPITALS_WITH_UNDERSCORES literal, maybe joined by ";" to others
    literal = re.compile(r'"[;]?([A-Z]+(?:_[A-Z]+)+)[;]?"')
    emitted = {
        code
        for module in ("evaluate", "postmortem", "resume")
        for code in literal.findall((ROOT / "audit" / f"{module}.py").read_text())
    } - {"VERIFIED_LEO", "MANUAL_REVIEW", "NOT_APPLICABLE"}
    assert len(emitted) > 30
    missing = sorted(emitted - set(REASON_CODES))
    assert not missing, f"not in audit/reasons.py and the README's reason codes: {missing}"
    glossary = (ROOT / "README.md").read_text().split("## Reason codes", 1)[1].split("\n## ")[0]
    rows = dict(re.findall(r"^\| `([^`]+)` \| (.*) \|$", glossary, flags=re.MULTILINE))
    assert rows == REASON_CODES
