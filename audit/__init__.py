"""leo-audit: re-check every short-track placement against certification registries.

The library API a notebook uses; the CLI (``leo-audit``) is a thin layer over it::

    from audit import run_audit
    result = run_audit("sample_data", out_dir="audit-out")
    result.determinations.head()
"""

__version__ = "0.1.0"

from audit.errors import InputError, Problem
from audit.pipeline import audit_dataset, run_audit
from audit.policy import Policy, load_policy
from audit.result import AuditResult

__all__ = [
    "AuditResult",
    "InputError",
    "Policy",
    "Problem",
    "__version__",
    "audit_dataset",
    "load_policy",
    "run_audit",
]
