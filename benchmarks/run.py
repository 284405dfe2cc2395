"""National-scale benchmark: leo-audit against the cost of reading its input, and Splink.

    .venv/bin/python benchmarks/run.py [--sizes smoke,20k,100k] [--no-splink] [--out DIR]
                                       [--repeat N] [--data-dir DIR] [--splink-timeout S]

For each size (hires x registry rows) it generates data with the project's own generator
(``audit.sample.generate_sample``, registry as CSV, with ``truth_links.csv``), then
measures, each as its own process (wall clock of the process, peak resident memory):

1. the floor: a Python process that only reads every input file with pyarrow;
2. ``leo-audit run --data D --out O -q``, with its stage timings from ``manifest.json``;
3. the ratio audit / floor;
4. linkage alone: leo-audit's linker (``benchmarks/our_link.py``) and Splink 5 with DuckDB
   (``benchmarks/splink_link.py``, optional ``bench`` extra) on the same hires and
   registry, each scored against the generator's truth (``benchmarks/linkeval.py``):
   precision / recall / F1 of the links, and hires falsely linked to a twin or namesake.

It prints a table and writes ``results-<timestamp>.json`` / ``.csv`` (with the machine and
package versions) and ``.png`` (time and memory against size) into ``--out``. Everything
timed runs ``--repeat`` times at each size (the fastest run kept, every run's time
recorded). Timings are reported, never asserted.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import linkeval  # noqa: E402
import scaling  # noqa: E402

SIZES: dict[str, tuple[int, int]] = {
    "smoke": (2_000, 50_000),
    "20k": (20_000, 1_000_000),
    "100k": (100_000, 5_000_000),
}
DEFAULT_SIZES = "smoke,20k,100k"
STAGES = ("load", "link", "evaluate", "report")
PACKAGES = ("leo-audit", "pandas", "pyarrow", "numpy", "rapidfuzz", "splink", "duckdb")

FLOOR_CODE = """\
import sys
import pyarrow.csv
import pyarrow.parquet
for path in sys.argv[1:]:
    if path.endswith(".parquet"):
        pyarrow.parquet.read_table(path)
    else:
        pyarrow.csv.read_csv(path)
"""


# --------------------------------------------------------------------------- measuring


@dataclass
class Measured:
    """One child process: wall clock, peak memory, how it ended."""

    wall_s: float
    peak_mib: float
    returncode: int | None  # None: killed at the timeout
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


# A tiny process between us and the measured one. Its rusage of the child is the child's
# own: a child spawned straight from this (large) process inherits our high-water RSS
# through fork/vfork+exec, and ru_maxrss would report it. It also times the child itself,
# so the wall time excludes this wrapper's start-up.
WRAPPER_CODE = """\
import os, sys, time
out, argv = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - start
with open(out, "w") as f:
    f.write(f"{usage.ru_maxrss} {wall:.6f}\\n")
code = os.waitstatus_to_exitcode(status)
os._exit(code if code >= 0 else 128 - code)
"""


def measure(cmd: Sequence[str], log_dir: Path, timeout: float | None = None) -> Measured:
    """Run ``cmd`` and measure it: wall clock from start to exit, and peak memory as the
    larger of the child's own max RSS (``wait4`` rusage in a small wrapper process, which
    also covers any descendants it waited for) and, when psutil is installed, the largest
    sum of RSS over its process tree seen by a sampler (for work in several processes)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    err_path = log_dir / "stderr.txt"
    stats_path = log_dir / "rusage.txt"
    stats_path.unlink(missing_ok=True)
    tree_peak = [0]
    done = threading.Event()
    killed = threading.Event()
    with (log_dir / "stdout.txt").open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-S", "-c", WRAPPER_CODE, str(stats_path), *cmd],
            stdout=out,
            stderr=err,
            start_new_session=True,
        )

        def sample() -> None:
            try:
                import psutil
            except ImportError:
                return
            try:
                wrapper = psutil.Process(proc.pid)
            except psutil.Error:
                return
            while not done.wait(0.1):
                rss = 0
                with contextlib.suppress(psutil.Error):
                    for child in wrapper.children(recursive=True):
                        with contextlib.suppress(psutil.Error):
                            rss += child.memory_info().rss
                tree_peak[0] = max(tree_peak[0], rss)

        def kill() -> None:
            killed.set()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # its own session: only what we started

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        timer = threading.Timer(timeout, kill) if timeout else None
        if timer:
            timer.start()
        code = proc.wait()
        wall = time.perf_counter() - start
        if timer:
            timer.cancel()
        done.set()
        sampler.join()
    maxrss = 0
    if stats_path.is_file():  # absent when killed at the timeout
        rss_text, wall_text = stats_path.read_text(encoding="utf-8").split()
        maxrss, wall = int(rss_text), float(wall_text)
    unit = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    peak = max(maxrss * unit, tree_peak[0]) / 2**20
    stderr = err_path.read_text(encoding="utf-8", errors="replace")
    return Measured(round(wall, 3), round(peak, 1), None if killed.is_set() else code, stderr)


def _fail(what: str, m: Measured) -> RuntimeError:
    tail = "\n".join(m.stderr.strip().splitlines()[-15:])
    return RuntimeError(f"{what} failed (exit {m.returncode}):\n{tail}")


# --------------------------------------------------------------------------- data


def parse_sizes(text: str) -> list[tuple[str, int, int]]:
    """'smoke,20k' or '5000x200000' -> [(label, hires, registry rows)]."""
    out = []
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if part in SIZES:
            out.append((part, *SIZES[part]))
        elif part == "sweep":
            out.extend((f"{h // 1000}kx{r / 1e6:g}M", h, r) for h, r in scaling.SWEEP)
        elif "x" in part:
            h, r = part.lower().split("x", 1)
            out.append((part, int(h), int(r)))
        else:
            raise argparse.ArgumentTypeError(
                f"unknown size {part!r}: use {', '.join(SIZES)}, sweep or HIRESxROWS "
                "(e.g. 5000x200000)"
            )
    if not out:
        raise argparse.ArgumentTypeError("no sizes given")
    unique = {(h, r): (label, h, r) for label, h, r in reversed(out)}  # first label wins
    return sorted(unique.values(), key=out.index)


def generate(folder: Path, hires: int, registry: int, seed: int) -> float | None:
    """Generate (or reuse, when the same generator already made it) one input folder, in
    a child process so this one stays small. Returns the seconds it took, None if reused."""
    package = Path(importlib.util.find_spec("audit.sample").origin or "").parent  # type: ignore[union-attr]
    generator = hashlib.sha256()
    for module in sorted(package.glob("*.py")):
        generator.update(module.name.encode() + b"\0" + module.read_bytes())
    params = {
        "hires": hires,
        "registry": registry,
        "seed": seed,
        "registry_format": "csv",
        "truth_links": True,
        "generator_sha256": generator.hexdigest(),
    }
    stamp = folder / "benchmark-params.json"
    if stamp.is_file() and json.loads(stamp.read_text(encoding="utf-8")) == params:
        return None
    if folder.exists():
        shutil.rmtree(folder)
    code = (
        "import sys\n"
        "from audit.sample import generate_sample\n"
        "generate_sample(sys.argv[1], hires=int(sys.argv[2]), registry=int(sys.argv[3]),\n"
        "                seed=int(sys.argv[4]), registry_format='csv', truth_links=True)\n"
    )
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, str(folder), str(hires), str(registry), str(seed)],
        check=True,
    )
    took = time.perf_counter() - start
    stamp.write_text(json.dumps(params, indent=2), encoding="utf-8")
    return round(took, 2)


def input_files(folder: Path) -> list[Path]:
    """The files the audit reads (its tables), not the generator's truth or notes."""
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".csv", ".parquet") and not p.name.startswith("truth")
    )


def _leo_audit_cmd() -> list[str]:
    script = Path(sys.executable).with_name("leo-audit")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-c", "from audit.cli import main; main()"]


# --------------------------------------------------------------------------- one size


def run_size(
    label: str, hires: int, registry: int, args: argparse.Namespace, data_root: Path, say: Any
) -> dict[str, Any]:
    folder = data_root / f"{hires}x{registry}-seed{args.seed}"
    say(f"[bold]{label}[/]: {hires:,} hires x {registry:,} registry rows")
    say("  generating data" if not folder.exists() else "  data: checking the cached folder")
    gen_s = generate(folder, hires, registry, args.seed)
    files = input_files(folder)
    result: dict[str, Any] = {
        "size": label,
        "hires": hires,
        "registry_rows": registry,
        "input_mib": round(sum(p.stat().st_size for p in files) / 2**20, 1),
        "generate_s": gen_s,
    }
    work = Path(tempfile.mkdtemp(prefix=f"leo-bench-{label}-"))
    try:
        floors, audits = [], []
        for k in range(args.repeat):
            say(f"  floor: pyarrow reads {len(files)} files (run {k + 1}/{args.repeat})")
            m = measure([sys.executable, "-c", FLOOR_CODE, *map(str, files)], work / f"floor{k}")
            if not m.ok:
                raise _fail("the floor", m)
            floors.append(m)
            say(f"  leo-audit run (run {k + 1}/{args.repeat})")
            out = work / f"audit{k}"
            m = measure(
                [*_leo_audit_cmd(), "run", "--data", str(folder), "--out", str(out), "-q"],
                work / f"audit{k}-log",
            )
            if not m.ok:
                raise _fail("leo-audit run", m)
            manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            audits.append((m, manifest.get("timings", {})))
            shutil.rmtree(out)
        floor = min(floors, key=lambda m: m.wall_s)
        best, timings = min(audits, key=lambda a: a[0].wall_s)
        result["floor"] = {
            "wall_s": floor.wall_s,
            "peak_mib": floor.peak_mib,
            "wall_runs": [m.wall_s for m in floors],
        }
        result["audit"] = {
            "wall_s": best.wall_s,
            "peak_mib": best.peak_mib,
            "wall_runs": [m.wall_s for m, _ in audits],
            "peak_runs": [m.peak_mib for m, _ in audits],
            **{f"{s}_s": timings.get(s) for s in STAGES},
        }
        result["ratio"] = round(best.wall_s / floor.wall_s, 2) if floor.wall_s else None

        if args.no_linkers:
            skipped = {"status": "skipped", "message": "--no-linkers"}
            result["ours"], result["splink"] = dict(skipped), dict(skipped)
            return result
        truth = linkeval.read_truth(folder)
        say("  leo-audit linker alone (strong links vs truth)")
        result["ours"] = _ours(folder, work / "ours", truth, args.repeat)
        if args.no_splink:
            result["splink"] = {"status": "skipped", "message": "--no-splink"}
        elif not splink_available():
            result["splink"] = {"status": "not installed", "message": SPLINK_MISSING}
        else:
            say(f"  Splink (DuckDB), at most {args.splink_timeout:.0f} s")
            result["splink"] = _splink(folder, work / "splink", truth, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return result


def _ours(folder: Path, out: Path, truth: pd.DataFrame, repeat: int) -> dict[str, Any]:
    runs = []
    for k in range(repeat):
        run_dir = out / str(k)
        m = measure(
            [sys.executable, str(HERE / "our_link.py"), str(folder), str(run_dir)], run_dir / "log"
        )
        if not m.ok:
            raise _fail("benchmarks/our_link.py", m)
        stats = json.loads((run_dir / "stats.json").read_text(encoding="utf-8"))
        pairs = pd.read_parquet(run_dir / "pairs.parquet")
        strong = pairs[pairs["tier"] == "strong"]
        partial = pairs[pairs["tier"] == "partial"]
        runs.append(
            {
                "status": "ok",
                "link_s": stats["link_s"],
                "load_s": stats["load_s"],
                "process_wall_s": m.wall_s,
                "peak_mib": m.peak_mib,
                **linkeval.score(strong, truth),
                **linkeval.score_leads(strong, partial, truth),
            }
        )
    return _best(runs)


def _best(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The run with the shortest linkage time, with every run's time and F1 beside it
    (the F1s show whether the linker gave the same answer each time)."""
    best = dict(min(runs, key=lambda r: r["link_s"]))
    best["link_runs"] = [r["link_s"] for r in runs]
    best["f1_runs"] = [r["f1"] for r in runs]
    return best


SPLINK_MISSING = "Splink is not installed: pip install -e '.[bench]' (splink>=5, duckdb)"


def splink_available() -> bool:
    return all(importlib.util.find_spec(p) is not None for p in ("splink", "duckdb"))


def _splink(
    folder: Path, out: Path, truth: pd.DataFrame, args: argparse.Namespace
) -> dict[str, Any]:
    runs = []
    for k in range(args.repeat):
        run_dir = out / str(k)
        cmd = [
            sys.executable,
            str(HERE / "splink_link.py"),
            str(folder),
            str(run_dir),
            "--seed",
            str(args.seed),
            "--max-pairs",
            str(args.splink_max_pairs),
            "--threshold",
            "0.9",
        ]
        m = measure(cmd, run_dir / "log", timeout=args.splink_timeout)
        if m.returncode is None:
            return {
                "status": "timeout",
                "message": f"stopped after {args.splink_timeout:.0f} s (--splink-timeout)",
                "process_wall_s": m.wall_s,
                "peak_mib": m.peak_mib,
            }
        if not m.ok:
            tail = " | ".join(m.stderr.strip().splitlines()[-3:])
            return {"status": "error", "message": tail, "peak_mib": m.peak_mib}
        stats = json.loads((run_dir / "stats.json").read_text(encoding="utf-8"))
        pairs = pd.read_parquet(run_dir / "pairs.parquet")
        runs.append(
            {
                "status": "ok",
                "link_s": stats["link_s"],
                "train_s": stats["train_s"],
                "predict_s": stats["predict_s"],
                "prepare_s": stats["prepare_s"],
                "process_wall_s": m.wall_s,
                "peak_mib": m.peak_mib,
                "threshold": stats["threshold"],
                **linkeval.score(pairs, truth),
            }
        )
    return _best(runs)


# --------------------------------------------------------------------------- reporting


def machine_info() -> dict[str, Any]:
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
    }
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["memory_gib"] = round(int(line.split()[1]) / 2**20, 1)
    return info


def package_versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            out[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            out[name] = None
    return out


def git_info() -> dict[str, Any]:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return {}
    return {"commit": head, "dirty": bool(dirty)}


def _fmt(value: Any, digits: int = 2) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def table_rows(results: list[dict[str, Any]]) -> list[tuple[str, list[str]]]:
    """(metric, one cell per size): what the printed table shows."""

    def get(r: dict[str, Any], *path: str) -> Any:
        for key in path:
            r = r.get(key) if isinstance(r, dict) else None  # type: ignore[assignment]
        return r

    def row(label: str, fn: Any) -> tuple[str, list[str]]:
        return label, [fn(r) for r in results]

    def prf(side: str) -> Any:
        def cell(r: dict[str, Any]) -> str:
            if get(r, side, "status") != "ok":
                return str(get(r, side, "status") or "-")
            return "/".join(f"{get(r, side, k):.3f}" for k in ("precision", "recall", "f1"))

        return cell

    def false(side: str, rel: str) -> Any:
        def cell(r: dict[str, Any]) -> str:
            if get(r, side, "status") != "ok":
                return "-"
            n, of = get(r, side, f"hires_false_{rel}"), get(r, side, f"hires_with_{rel}")
            return f"{n:,} of {of:,} ({100 * n / of:.1f}%)" if of else f"{n:,} of 0"

        return cell

    rows = [
        row("hires x registry rows", lambda r: f"{r['hires']:,} x {r['registry_rows']:,}"),
        row("input files (MiB)", lambda r: _fmt(r["input_mib"], 1)),
        row("floor: pyarrow reads the files (s)", lambda r: _fmt(get(r, "floor", "wall_s"))),
        row("leo-audit run (s)", lambda r: _fmt(get(r, "audit", "wall_s"))),
        row("ratio audit / floor", lambda r: _fmt(r.get("ratio"), 1)),
    ]
    rows += [
        row(f"  stage {s} (s)", lambda r, s=s: _fmt(get(r, "audit", f"{s}_s"))) for s in STAGES
    ]
    rows += [
        row("leo-audit peak memory (MiB)", lambda r: _fmt(get(r, "audit", "peak_mib"), 0)),
        row("floor peak memory (MiB)", lambda r: _fmt(get(r, "floor", "peak_mib"), 0)),
        row("ours: linkage alone (s)", lambda r: _fmt(get(r, "ours", "link_s"))),
        row("ours: linker process peak (MiB)", lambda r: _fmt(get(r, "ours", "peak_mib"), 0)),
        row("ours: precision / recall / F1", prf("ours")),
        row("ours: hires falsely linked to a twin", false("ours", "twin")),
        row("ours: ... to a namesake", false("ours", "namesake")),
        row(
            "ours: leads (partial): pairs, same person",
            lambda r: f"{_fmt(get(r, 'ours', 'lead_pairs'))}, {_fmt(get(r, 'ours', 'lead_same'))}",
        ),
        row("ours: recall with leads", lambda r: _fmt(get(r, "ours", "recall_with_leads"), 3)),
        row("Splink: train + predict (s)", lambda r: _fmt(get(r, "splink", "link_s"))),
        row("Splink: process wall (s)", lambda r: _fmt(get(r, "splink", "process_wall_s"))),
        row("Splink: peak memory (MiB)", lambda r: _fmt(get(r, "splink", "peak_mib"), 0)),
        row("Splink: precision / recall / F1 @0.9", prf("splink")),
        row("Splink: hires falsely linked to a twin", false("splink", "twin")),
        row("Splink: ... to a namesake", false("splink", "namesake")),
    ]
    return rows


def print_table(results: list[dict[str, Any]], machine: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    title = (
        f"leo-audit benchmark - {machine.get('cpu_count')} cores"
        f" ({machine.get('cpu', machine.get('machine'))}), "
        f"{machine.get('memory_gib', '?')} GiB, Python {machine.get('python')}"
    )
    table = Table(title=title, show_lines=False)
    table.add_column("metric")
    for r in results:
        table.add_column(r["size"], justify="right")
    for label, cells in table_rows(results):
        table.add_row(label, *cells)
    console = Console(width=max(120, 44 + 30 * len(results)))
    console.print(table)
    for r in results:
        sp = r.get("splink", {})
        if sp.get("status") not in ("ok", None):
            text = f"Splink at {r['size']}: {sp['status']}: {sp.get('message', '')}"
            console.print(text, markup=False)


def flat_rows(results: list[dict[str, Any]]) -> pd.DataFrame:
    """One CSV row per size: nested keys joined with '.', lists as 'a;b;c'."""
    rows = []
    for r in results:
        flat: dict[str, Any] = {}
        for key, value in r.items():
            if isinstance(value, dict):
                for k, v in value.items():
                    flat[f"{key}.{k}"] = ";".join(map(str, v)) if isinstance(v, list) else v
            else:
                flat[key] = value
        rows.append(flat)
    return pd.DataFrame(rows)


def plot(results: list[dict[str, Any]], path: Path) -> bool:
    """Time and peak memory against registry size; False when matplotlib is missing."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        from matplotlib.ticker import FuncFormatter, LogLocator, NullLocator
    except ImportError:
        return False
    x = [r["registry_rows"] for r in results]
    labels = [f"{r['size']}\n{r['hires']:,} x {r['registry_rows']:,}" for r in results]

    def series(*path: str) -> list[float | None]:
        out: list[float | None] = []
        for r in results:
            v: Any = r
            for key in path:
                v = v.get(key) if isinstance(v, dict) else None
            out.append(v if isinstance(v, int | float) else None)
        return out

    fig, (ax_t, ax_m) = plt.subplots(1, 2, figsize=(12, 4.8))
    lines = [
        ("floor (pyarrow reads)", ("floor", "wall_s"), ("floor", "peak_mib"), "tab:gray"),
        ("leo-audit run", ("audit", "wall_s"), ("audit", "peak_mib"), "tab:blue"),
        ("leo-audit linkage alone", ("ours", "link_s"), ("ours", "peak_mib"), "tab:cyan"),
        ("Splink train+predict", ("splink", "link_s"), ("splink", "peak_mib"), "tab:red"),
    ]
    for name, t_path, m_path, color in lines:
        for ax, p in ((ax_t, t_path), (ax_m, m_path)):
            ys = series(*p)
            pts = [(a, b) for a, b in zip(x, ys, strict=True) if b is not None]
            if pts:
                ax.plot(*zip(*pts, strict=True), marker="o", label=name, color=color)
    ax_t.set_ylabel("wall time (s)")
    ax_m.set_ylabel("peak memory of the process (MiB)")
    for ax in (ax_t, ax_m):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(x, labels, fontsize=8)
        ax.xaxis.set_minor_locator(NullLocator())
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}"))
        ax.yaxis.set_minor_locator(NullLocator())
        ax.set_xlabel("size (hires x registry rows)")
        ax.grid(True, alpha=0.3)
        ax.legend(fontsize=8)
    ax_t.set_title("time")
    ax_m.set_title("memory")
    fig.suptitle("leo-audit vs the floor and Splink (memory: the linker processes load too)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return True


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description="Benchmark leo-audit against the cost of reading its input and Splink."
    )
    p.add_argument(
        "--sizes",
        type=parse_sizes,
        default=parse_sizes(DEFAULT_SIZES),
        help=f"comma-separated: {', '.join(f'{k} ({h:,}x{r:,})' for k, (h, r) in SIZES.items())}"
        f" or HIRESxROWS (default {DEFAULT_SIZES})",
    )
    p.add_argument("--no-splink", action="store_true", help="skip the Splink comparison")
    p.add_argument(
        "--no-linkers",
        action="store_true",
        help="floor and audit only: skip both linkage comparisons (ours and Splink)",
    )
    p.add_argument(
        "--replot",
        type=Path,
        default=None,
        metavar="JSON",
        help="print the table and redraw the PNG of an earlier results JSON, run nothing",
    )
    p.add_argument(
        "--out",
        type=Path,
        default=HERE / "results",
        help="folder for results (default: %(default)s)",
    )
    p.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs of everything timed at each size, the fastest kept (default 1)",
    )
    p.add_argument("--seed", type=int, default=7, help="generator and Splink seed (default 7)")
    p.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="keep generated data here and reuse it on the next run (default: a temporary "
        "folder, removed at the end)",
    )
    p.add_argument(
        "--splink-timeout",
        type=float,
        default=1200.0,
        help="stop Splink after this many seconds at one size and report it (default 1200)",
    )
    p.add_argument(
        "--splink-max-pairs",
        type=float,
        default=1e7,
        help="max_pairs for Splink's estimate_u_using_random_sampling (default 1e7)",
    )
    args = p.parse_args(argv)
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.replot is not None:
        old = json.loads(args.replot.read_text(encoding="utf-8"))
        print_table(old["results"], old["machine"])
        if plot(old["results"], args.replot.with_suffix(".png")):
            print(f"plot: {args.replot.with_suffix('.png')}")
        fits = scaling.linearity(old["results"])
        scaling.print_linearity(fits)
        if scaling.plot_linearity(fits, _scaling_png(args.replot)):
            print(f"plot: {_scaling_png(args.replot)}")
        return 0
    try:
        import audit  # noqa: F401
    except ImportError:
        sys.exit("leo-audit is not importable: run with the project's venv (.venv/bin/python)")
    from rich.console import Console
    from rich.markup import escape

    err = Console(stderr=True, highlight=False)
    say = err.print
    if not (args.no_splink or args.no_linkers) and not splink_available():
        say(f"[yellow]{escape(SPLINK_MISSING)}; Splink columns are skipped.[/]")
    machine = machine_info()
    started = datetime.now()
    data_root = args.data_dir or Path(tempfile.mkdtemp(prefix="leo-bench-data-"))
    data_root.mkdir(parents=True, exist_ok=True)
    results = []
    try:
        for label, hires, registry in args.sizes:
            results.append(run_size(label, hires, registry, args, data_root, say))
    finally:
        if args.data_dir is None:
            shutil.rmtree(data_root, ignore_errors=True)
    report: dict[str, Any] = {
        "created": started.isoformat(timespec="seconds"),
        "seconds": round((datetime.now() - started).total_seconds(), 1),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "machine": machine,
        "packages": package_versions(),
        "git": git_info(),
        "options": {
            "repeat": args.repeat,
            "seed": args.seed,
            "splink": not (args.no_splink or args.no_linkers),
            "linkers": not args.no_linkers,
            "splink_timeout_s": args.splink_timeout,
            "splink_max_pairs": args.splink_max_pairs,
            "note": "each timing is the best of `repeat` runs (all in wall_runs / "
            "link_runs); timings are one machine's and noisy",
        },
        "results": results,
        "linearity": scaling.linearity(results),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    stem = args.out / f"results-{started:%Y%m%d-%H%M%S}"
    json_path = stem.with_suffix(".json")
    json_path.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    flat = flat_rows(results)
    flat.insert(0, "cpu_count", machine["cpu_count"])
    flat.insert(0, "created", report["created"])
    flat.to_csv(stem.with_suffix(".csv"), index=False, lineterminator="\n")
    print_table(results, machine)
    png = stem.with_suffix(".png")
    wrote_png = plot(results, png)
    written = [json_path, stem.with_suffix(".csv")] + ([png] if wrote_png else [])
    scaling.print_linearity(report["linearity"])
    if scaling.plot_linearity(report["linearity"], _scaling_png(json_path)):
        written.append(_scaling_png(json_path))
    say("results: " + ", ".join(map(str, written)), markup=False)
    if not wrote_png:
        say("no plot: matplotlib is not installed (pip install -e '.[bench]')", markup=False)
    return 0


def _scaling_png(json_path: Path) -> Path:
    return json_path.with_name(json_path.stem + "-scaling.png")


if __name__ == "__main__":
    sys.exit(main())
