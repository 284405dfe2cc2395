"""Did this recall list come from these inputs and these rules? Recompute and compare.

A recall list travels: it is forwarded, archived and, one day, questioned. ``verify``
answers from first principles: the output files still hash as the manifest says, the
inputs and rules hash as they did, and auditing them again gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from audit.errors import InputError, Problem
from audit.load import load_dataset
from audit.pipeline import audit_dataset
from audit.policy import load_policy
from audit.report.manifest import MANIFEST_NAME
from audit.report.tables import output_tables
from audit.report.write import data_files_of


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


@dataclass(frozen=True)
class Verification:
    checks: tuple[Check, ...]

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)


def verify_outputs(out_dir: Path, data_dir: Path, rules_dir: Path | None = None) -> Verification:
    """Every check, passed or failed; raises InputError only when nothing can be compared."""
    manifest = _manifest(Path(out_dir))
    recorded: dict[str, Any] = manifest.get("outputs", {})
    checks = [_untouched(Path(out_dir), recorded)]
    policy = load_policy(rules_dir)
    checks.append(
        _same(
            "rules",
            # by file name: the same rules may be given by another path
            {(PurePosixPath(f["path"]).name, f["sha256"]) for f in manifest.get("rules_files", [])},
            {(PurePosixPath(f.path).name, f.sha256) for f in policy.files},
        )
    )
    data = load_dataset(Path(data_dir), policy.aliases)
    checks.append(
        _same(
            "inputs",
            {(f["table"], f["path"], f["sha256"]) for f in manifest.get("inputs", [])},
            {(f.table, f.path, f.sha256) for f in data.files},
        )
    )
    result = audit_dataset(data, policy)
    include_dob = bool(manifest.get("options", {}).get("include_dob", False))
    again = data_files_of(output_tables(result.determinations, include_dob=include_dob))
    differ = sorted(
        f.name
        for f in again
        if recorded.get(f.name, {}).get("sha256") != hashlib.sha256(f.data).hexdigest()
    )
    checks.append(
        Check(
            "recomputed",
            not differ,
            "auditing these inputs with these rules gives the same files"
            if not differ
            else "auditing again gives different " + ", ".join(differ),
        )
    )
    return Verification(tuple(checks))


def _manifest(out_dir: Path) -> dict[str, Any]:
    path = out_dir / MANIFEST_NAME
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(
            [Problem(str(path), None, None, f"cannot be read as JSON: {exc}")]
        ) from exc
    if not isinstance(manifest, dict) or "outputs" not in manifest:
        raise InputError([Problem(str(path), None, "outputs", "is not a leo-audit manifest")])
    return manifest


def _untouched(out_dir: Path, recorded: dict[str, Any]) -> Check:
    changed = []
    for name, info in sorted(recorded.items()):
        path = out_dir / name
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None
        if digest != info.get("sha256"):
            changed.append(name if digest else f"{name} (missing)")
    return Check(
        "outputs",
        not changed,
        "output files are as the manifest recorded them"
        if not changed
        else "changed since the run: " + ", ".join(changed),
    )


def _same(name: str, recorded: set[tuple[str, ...]], now: set[tuple[str, ...]]) -> Check:
    if recorded == now:
        return Check(name, True, f"{len(now)} {name} file(s) hash as recorded")
    differ = sorted({t[-2] for t in recorded ^ now})
    return Check(name, False, f"{name} differ from the run's: " + ", ".join(differ))
