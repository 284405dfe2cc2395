"""Does the audit's cost grow linearly with hires and with registry size? Show the points.

``--sizes sweep`` runs two series: hires growing against a fixed 1M-row registry, and the
registry growing under a fixed 20k hires. Each series gets a straight-line fit of the
audit's wall time (least squares), its R², and the marginal cost (seconds per 10k hires,
per 1M registry rows) between consecutive points, so a bend shows as a rising marginal
cost rather than hiding in one number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

FIXED_REGISTRY = 1_000_000
FIXED_HIRES = 20_000
SWEEP: tuple[tuple[int, int], ...] = (
    *((h, FIXED_REGISTRY) for h in (5_000, 10_000, 20_000, 40_000, 80_000)),
    *((FIXED_HIRES, r) for r in (250_000, 500_000, 2_000_000, 4_000_000)),
)
# what each series varies, the fixed value, and the unit its marginal cost is quoted in
SERIES = (
    ("hires", "registry_rows", FIXED_REGISTRY, 10_000, "s per 10k hires"),
    ("registry_rows", "hires", FIXED_HIRES, 1_000_000, "s per 1M registry rows"),
)


def linearity(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Fit per series (at least three points), keyed by the varying quantity."""
    out: dict[str, Any] = {}
    for varying, fixed, value, unit, unit_label in SERIES:
        points = sorted(
            (r[varying], r["audit"]["wall_s"], r["floor"]["wall_s"], r["audit"]["peak_mib"])
            for r in results
            if r.get(fixed) == value and isinstance(r.get("audit"), dict)
        )
        if len(points) < 3:
            continue
        x = np.array([p[0] for p in points], dtype=float)
        t = np.array([p[1] for p in points], dtype=float)
        slope, intercept = np.polyfit(x, t, 1)
        fitted = slope * x + intercept
        total = float(((t - t.mean()) ** 2).sum())
        r2 = 1 - float(((t - fitted) ** 2).sum()) / total if total else 1.0
        marginal = np.diff(t) / np.diff(x) * unit
        out[varying] = {
            "fixed": {fixed: value},
            "points": [
                {varying: int(p[0]), "audit_s": p[1], "floor_s": p[2], "peak_mib": p[3]}
                for p in points
            ],
            "slope": round(float(slope) * unit, 4),
            "intercept_s": round(float(intercept), 3),
            "r2": round(r2, 4),
            "marginal": [round(float(m), 4) for m in marginal],
            "unit": unit_label,
            "per": unit,
        }
    return out


def print_linearity(fits: dict[str, Any]) -> None:
    for varying, fit in fits.items():
        ((fixed, value),) = fit["fixed"].items()
        print(f"\nAudit time against {varying} ({fixed} fixed at {value:,}):")
        print(f"  {varying:>14}  {'audit s':>8}  {'floor s':>8}  {'peak MiB':>9}  marginal")
        marginal = ["", *(f"{m:.3f} {fit['unit']}" for m in fit["marginal"])]
        for point, step in zip(fit["points"], marginal, strict=True):
            print(
                f"  {point[varying]:>14,}  {point['audit_s']:>8.2f}  {point['floor_s']:>8.2f}"
                f"  {point['peak_mib']:>9.0f}  {step}"
            )
        print(
            f"  straight line: {fit['intercept_s']:.2f} s + {fit['slope']:.3f} {fit['unit']},"
            f" R² = {fit['r2']:.4f}"
        )


def plot_linearity(fits: dict[str, Any], path: Path) -> bool:
    """Audit time (and the fitted line) against each varying quantity, linear axes."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    if not fits:
        return False
    fig, axes = plt.subplots(1, len(fits), figsize=(6 * len(fits), 4.5), squeeze=False)
    for ax, (varying, fit) in zip(axes[0], fits.items(), strict=True):
        x = np.array([p[varying] for p in fit["points"]], dtype=float)
        ax.plot(x, [p["audit_s"] for p in fit["points"]], "o", label="leo-audit run")
        ax.plot(x, [p["floor_s"] for p in fit["points"]], "s", color="tab:gray", label="floor")
        line = fit["intercept_s"] + fit["slope"] * x / fit["per"]
        ax.plot(x, line, "-", color="tab:blue", alpha=0.5, label=f"fit, R² {fit['r2']:.3f}")
        ((fixed, value),) = fit["fixed"].items()
        ax.set_title(f"against {varying} ({fixed} = {value:,})")
        ax.set_xlabel(varying)
        ax.set_ylabel("wall time (s)")
        ax.set_xlim(left=0)
        ax.set_ylim(bottom=0)
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True
