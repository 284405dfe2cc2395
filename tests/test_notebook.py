"""The analyst's notebook runs top to bottom on the shipped sample."""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent


def test_notebook_executes(tmp_path, monkeypatch):
    """It writes where it is told (its kernel inherits the environment), leaving no
    folder behind in the system's temporary directory."""
    monkeypatch.setenv("LEO_AUDIT_OUT", str(tmp_path))
    path = ROOT / "notebooks" / "audit_walkthrough.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT / "notebooks")}},
    ).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    text = "".join(
        str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", "")) for o in outputs
    )
    assert "VERIFIED_LEO" in text and "missed recalls" in text
    assert (tmp_path / "determinations.csv").is_file() and (tmp_path / "report.html").is_file()
