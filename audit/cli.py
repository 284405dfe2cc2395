"""The ``leo-audit`` command: parse options, call the library, print with rich.

Exit codes: 0 done; 1 only with ``--fail-on-recall`` when there are recalls; 2 usage or
input error (every problem listed, nothing written) or a file that cannot be read or
written; 3 an internal error. No traceback reaches the user unless ``--debug`` asks for one.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.markup import escape

from audit import __version__
from audit.errors import InputError
from audit.report.files import csv_bytes

EXIT_OK, EXIT_RECALLS, EXIT_INPUT, EXIT_BUG = 0, 1, 2, 3
STAGE_LABELS = {
    "load": "Loading and validating input",
    "link": "Linking hires to registries",
    "evaluate": "Applying the policy",
    "report": "Writing outputs",
}


DEBUG = click.option("--debug", is_flag=True, help="Show a traceback on unexpected errors.")
RULES = click.option(
    "--rules",
    "rules_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder with policy.yaml, titles.yaml, columns.yaml and nicknames.yaml (default: "
    "the shipped rules).",
)


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="leo-audit")
def main() -> None:
    """Audit short-track (already-certified LEO) placements against certification
    registries and list who must be recalled to the full academy."""


@main.command(
    epilog="Exit codes: 0 done; 1 with --fail-on-recall when anyone must be recalled; "
    "2 a usage or input error (every problem listed, nothing written)."
)
@click.argument("data_arg", metavar="[DATA]", required=False, type=click.Path(path_type=Path))
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    default=None,
    help="Folder of input tables, as DATA (default, in the project folder: ./sample_data, "
    "the shipped synthetic sample).",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    default=Path("audit-out"),
    show_default=True,
    help="Folder for the outputs.",
)
@RULES
@click.option("--fail-on-recall", is_flag=True, help="Exit with 1 when anyone must be recalled.")
@click.option(
    "--errors",
    "errors_file",
    type=click.Path(path_type=Path),
    default=None,
    help="On input errors, also save every problem to this CSV file.",
)
@click.option(
    "--include-dob",
    is_flag=True,
    help="Put full dates of birth in the recall list and review queue.",
)
@click.option("--xlsx", is_flag=True, help="Also write recall_list.xlsx and review_queue.xlsx.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
@DEBUG
def run(
    data_arg: Path | None,
    data_dir: Path | None,
    out_dir: Path,
    rules_dir: Path | None,
    fail_on_recall: bool,
    errors_file: Path | None,
    include_dob: bool,
    xlsx: bool,
    quiet: bool,
    debug: bool,
) -> None:
    """Audit a folder of hiring, training and registry tables: DATA (or --data)."""
    from audit.pipeline import run_audit
    from audit.report import render_summary
    from audit.report.write import OUTPUT_NAMES, REVIEW_XLSX_NAME, XLSX_NAME

    if data_arg is not None and data_dir is not None and data_arg != data_dir:
        raise click.UsageError("give the data folder once: as DATA or as --data")
    console = _console()
    earlier = [n for n in OUTPUT_NAMES if (Path(out_dir) / n).is_file()]
    data_dir = data_arg or data_dir
    if data_dir is None:
        data_dir = _default_data()
        if not quiet:
            _console(stderr=True).print(
                f"No data folder given: auditing {data_dir}, the shipped synthetic sample "
                "(leo-audit run FOLDER audits yours).",
                style="yellow",
                markup=False,
            )
    with _errors_to_exit(debug, errors_file), _progress(console, quiet) as progress:
        result = run_audit(
            data_dir,
            rules_dir=rules_dir,
            out_dir=out_dir,
            progress=progress,
            include_dob=include_dob,
            xlsx=xlsx,
        )
    if not quiet:
        render_summary(result, console, out_dir)
        if earlier:
            removed = [n for n in earlier if n in (XLSX_NAME, REVIEW_XLSX_NAME) and not xlsx]
            console.print(
                "Replaced the outputs of an earlier run there"
                + (
                    f"; removed its {', '.join(removed)} (this run did not write them)"
                    if removed
                    else ""
                )
                + ".",
                markup=False,
            )
    recalls = result.counts()["RECALL"]
    if fail_on_recall and recalls > 0:
        if not quiet:
            _console(stderr=True).print(
                f"{recalls:,} hire(s) must be recalled: exit code 1 (--fail-on-recall)",
                markup=False,
            )
        sys.exit(EXIT_RECALLS)


@main.command()
@click.option("--hires", type=click.IntRange(min=1), default=2000, show_default=True)
@click.option(
    "--registry",
    type=click.IntRange(min=1),
    default=40000,
    show_default=True,
    help="Registry rows over all sources.",
)
@click.option("--seed", type=int, default=7, show_default=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path),
    required=True,
    help="Folder to write the tables and truth.csv into.",
)
@click.option(
    "--registry-format", type=click.Choice(["parquet", "csv"]), default="parquet", show_default=True
)
@click.option(
    "--truth-links",
    is_flag=True,
    help="Also write truth_links.csv: which registry records are each hire, a twin, a namesake.",
)
@DEBUG
def sample(
    hires: int,
    registry: int,
    seed: int,
    out_dir: Path,
    registry_format: str,
    truth_links: bool,
    debug: bool,
) -> None:
    """Generate realistic synthetic input with its known truth (truth.csv)."""
    from audit.sample import generate_sample

    with _errors_to_exit(debug, None):
        truth = generate_sample(
            out_dir,
            hires=hires,
            registry=registry,
            seed=seed,
            registry_format=registry_format,
            truth_links=truth_links,
        )
    counts = truth["expected_determination"].value_counts().sort_index()
    _console().print(
        f"Wrote {len(truth)} hires to {out_dir}: "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
    )


@main.command()
@click.argument("out_dir", metavar="OUT_DIR", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--data",
    "data_dir",
    type=click.Path(path_type=Path),
    required=True,
    help="The input folder the outputs are said to come from.",
)
@RULES
@DEBUG
def verify(out_dir: Path, data_dir: Path, rules_dir: Path | None, debug: bool) -> None:
    """Check that OUT_DIR's outputs came from these inputs and rules (exit 1 if not)."""
    from rich.table import Table

    from audit.verify import verify_outputs

    with _errors_to_exit(debug, None):
        verification = verify_outputs(out_dir, data_dir, rules_dir)
    table = Table(title=f"Verifying {out_dir}")
    for column in ("check", "result", "detail"):
        table.add_column(column)
    for check in verification.checks:
        table.add_row(check.name, "[green]ok[/]" if check.ok else "[red]MISMATCH[/]", check.detail)
    console = _console()
    console.print(table)
    if verification.ok:
        console.print("These outputs came from these inputs and rules.")
    else:
        console.print(
            "[red]These outputs did not come from these inputs and rules as they are now.[/]"
        )
        sys.exit(EXIT_RECALLS)


@main.command("classify-titles")
@click.argument("in_file", metavar="IN.csv", type=click.Path(path_type=Path, dir_okay=False))
@click.option(
    "--out",
    "out_file",
    type=click.Path(path_type=Path, dir_okay=False),
    required=True,
    help="CSV to write: every input row, in order, plus category and counts_as_sworn.",
)
@RULES
@DEBUG
def classify_titles(in_file: Path, out_file: Path, rules_dir: Path | None, debug: bool) -> None:
    """Put job titles (column `title`, optional `employer`) into title categories."""
    from audit.classify import classify_titles_file

    with _errors_to_exit(debug, None):
        out = classify_titles_file(in_file, rules_dir)
        out_file.write_bytes(csv_bytes(out))
    counts = out["category"].value_counts().sort_index()
    _console().print(
        f"Classified {len(out)} titles into {out_file}: "
        + ", ".join(f"{k} {v}" for k, v in counts.items()),
        markup=False,
    )


def _default_data() -> Path:
    """./sample_data, where the README's first command runs; anywhere else a forgotten
    folder must not audit the synthetic sample as if it were the user's data."""
    here = Path("sample_data")
    if here.is_dir() and (here / "hires.csv").is_file():
        return here
    raise click.UsageError(
        "give the folder of input tables: leo-audit run FOLDER (or --data FOLDER)"
    )


@contextmanager
def _errors_to_exit(debug: bool, errors_file: Path | None) -> Iterator[None]:
    """Input problems become a clear list and exit code 2, never a traceback."""
    err = _console(stderr=True)
    try:
        yield
    except InputError as exc:
        err.print(f"[bold red]Input error[/]: {len(exc.problems)} problem(s); nothing was written.")
        err.print(exc.summary(), markup=False)
        if errors_file is not None:
            try:
                errors_file.write_bytes(csv_bytes(exc.table()))
            except OSError as failed:
                err.print(f"Could not save the problems: {_os_error(failed)}", markup=False)
            else:
                err.print(f"All problems saved to {errors_file}", markup=False)
        sys.exit(EXIT_INPUT)
    except OSError as exc:
        if debug:
            raise
        err.print(f"[bold red]Error[/]: {escape(_os_error(exc))}", markup=True)
        sys.exit(EXIT_INPUT)
    except Exception as exc:  # a bug: say so plainly, keep the traceback for --debug
        if debug:
            raise
        err.print(
            f"[bold red]Internal error[/]: {type(exc).__name__}: {exc}. "
            "Rerun with --debug for details.",
            markup=True,
        )
        sys.exit(EXIT_BUG)


def _os_error(exc: OSError) -> str:
    """What went wrong and where, without Python's errno prefix."""
    reason = exc.strerror or str(exc)
    return f"{reason}: {exc.filename}" if exc.filename else reason


@contextmanager
def _progress(console: Console, quiet: bool) -> Iterator[Callable[[str], Any] | None]:
    """A live status line on a terminal; silence when piped or quiet."""
    if quiet or not console.is_terminal:
        yield None
        return
    with console.status("Starting") as status:
        yield lambda stage: status.update(STAGE_LABELS.get(stage, stage))
