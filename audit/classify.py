"""The classify-titles job as a library call: a CSV of job titles in, categories out.

Analysts check the taxonomy on their own lists (a hiring system's export, a resume
sample) before trusting an audit; this reads such a list the way an office saves it
(UTF-8 with or without a byte-order mark, or Windows cp1252; headers in any case) and
keeps every row, in order.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd

from audit.contract import normalise_header
from audit.errors import InputError, Problem
from audit.policy import load_policy
from audit.readers import decode_legacy
from audit.titles import classify_table


def classify_titles_file(in_file: Path, rules_dir: Path | None = None) -> pd.DataFrame:
    """Every row of ``in_file`` with ``category`` and ``counts_as_sworn`` added."""
    policy = load_policy(rules_dir)
    table = read_titles(Path(in_file))
    return classify_table(table, policy.titles, policy.sworn_categories)


def _decoded(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return decode_legacy(data)[0]


def read_titles(path: Path) -> pd.DataFrame:
    """A ``title`` column (and optionally ``employer``), as text; InputError otherwise."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        message = f"cannot be read ({exc.strerror})"
        raise InputError([Problem(str(path), None, None, message)]) from exc
    text = _decoded(data)
    try:
        table = pd.read_csv(io.StringIO(text), dtype="string", keep_default_na=False)
    except (ValueError, pd.errors.ParserError) as exc:
        raise InputError([Problem(str(path), None, None, f"is not CSV text: {exc}")]) from exc
    table.columns = [normalise_header(c) for c in table.columns]
    if "title" not in table.columns:
        raise InputError([Problem(str(path), 1, "title", "needs a 'title' column")])
    return table
