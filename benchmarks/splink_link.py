"""The same linkage with Splink 5 (DuckDB backend), as its own process.

``python benchmarks/splink_link.py DATA OUT [--seed N] [--max-pairs N] [--threshold P]``

Needs the ``bench`` extra (``pip install -e '.[bench]'``). Reads the hires and every
certification file of a generated folder, standardises the name and birth-date columns
the way Splink's documentation asks (lower case, accents and punctuation removed, dates
as ISO text; a registry that publishes only a birth year gives a blank date), and sets up
a ``link_only`` model as the documentation's link-only example does:

- blocking for predictions on first+last name, last name+birth date, first name+birth
  date, and birth date with both initials (so a typo in each name is still compared);
- comparisons ``NameComparison`` on first and last name with term-frequency adjustments
  (exact, Jaro-Winkler >= 0.92 / 0.88 / 0.70, else) and ``DateOfBirthComparison`` on the
  ISO text (exact, one character apart, within a month / a year / ten years, else);
- training: ``estimate_probability_two_random_records_match`` from exact name and birth
  date agreement (recall 0.8), ``estimate_u_using_random_sampling`` (1e7 pairs, seeded),
  then expectation maximisation blocked on birth date (trains the names) and on first and
  last name (trains the birth date);
- ``predict(threshold_match_probability=0.9)``.

Writes ``OUT/pairs.parquet`` (hire_id, record_id, match_probability) and
``OUT/stats.json`` (seconds to prepare the input, to train, to predict). The parent
(run.py) measures the process's wall time and peak memory and scores the pairs exactly as
it scores leo-audit's.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

COLUMNS = ["first_name", "middle_name", "last_name", "date_of_birth"]


def _read(path: Path, id_column: str) -> pa.Table:
    columns = [id_column, *COLUMNS]
    if path.suffix == ".parquet":
        table = pq.read_table(path, columns=columns)
    else:
        table = pacsv.read_csv(
            path,
            convert_options=pacsv.ConvertOptions(
                include_columns=columns, column_types={c: pa.string() for c in columns}
            ),
        )
    return table.select(columns).cast(pa.schema([(c, pa.string()) for c in columns]))


def _clean_name(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """'Muñoz-García' -> 'munoz garcia', "O'Brien" -> 'obrien', blank -> null."""
    text = pc.utf8_normalize(values, form="NFKD")
    text = pc.replace_substring_regex(text, pattern=r"[^\x00-\x7F]", replacement="")
    text = pc.utf8_lower(text)
    text = pc.replace_substring_regex(text, pattern=r"[-\s]+", replacement=" ")
    text = pc.replace_substring_regex(text, pattern=r"[^a-z ]", replacement="")
    text = pc.utf8_trim_whitespace(text)
    return pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)


def _iso_dob(values: pa.ChunkedArray) -> pa.ChunkedArray:
    """ISO text for full dates (ISO or MM/DD/YYYY); null for a bare year or blank."""
    us = pc.replace_substring_regex(
        values, pattern=r"^(\d\d)/(\d\d)/(\d{4})$", replacement=r"\3-\1-\2"
    )
    iso = pc.match_substring_regex(us, pattern=r"^\d{4}-\d\d-\d\d")
    return pc.if_else(iso, pc.utf8_slice_codeunits(us, 0, 10), pa.scalar(None, pa.string()))


def _prepare(table: pa.Table, id_column: str) -> pd.DataFrame:
    out = {"unique_id": table[id_column]}
    for c in ("first_name", "middle_name", "last_name"):
        out[c] = _clean_name(table[c])
    out["date_of_birth"] = _iso_dob(table["date_of_birth"])
    return pa.table(out).to_pandas()


def load_inputs(data_dir: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    hires = _prepare(_read(data_dir / "hires.csv", "hire_id"), "hire_id")
    parts = [
        _read(p, "record_id")
        for p in sorted(data_dir.iterdir())
        if p.name.startswith("certifications") and p.suffix in (".csv", ".parquet")
    ]
    registry = _prepare(pa.concat_tables(parts), "record_id")
    return hires, registry


def link(
    hires: pd.DataFrame, registry: pd.DataFrame, seed: int, max_pairs: float, threshold: float
) -> tuple[pd.DataFrame, dict[str, float]]:
    import splink.comparison_library as cl
    from splink import DuckDBAPI, Linker, SettingsCreator, block_on

    times: dict[str, float] = {}
    start = time.perf_counter()
    db_api = DuckDBAPI()
    hires_sdf = db_api.register(hires, dataset_display_name="hires")
    registry_sdf = db_api.register(registry, dataset_display_name="registry")
    settings = SettingsCreator(
        link_type="link_only",
        unique_id_column_name="unique_id",
        blocking_rules_to_generate_predictions=[
            block_on("first_name", "last_name"),
            block_on("last_name", "date_of_birth"),
            block_on("first_name", "date_of_birth"),
            block_on("substr(first_name, 1, 1)", "substr(last_name, 1, 1)", "date_of_birth"),
        ],
        comparisons=[
            cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("last_name").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison("date_of_birth", input_is_string=True),
        ],
        retain_intermediate_calculation_columns=False,
    )
    linker = Linker([hires_sdf, registry_sdf], settings, log_level=logging.WARNING)
    linker.training.estimate_probability_two_random_records_match(
        [block_on("first_name", "last_name", "date_of_birth")], recall=0.8
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=max_pairs, seed=seed)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("date_of_birth"))
    linker.training.estimate_parameters_using_expectation_maximisation(
        block_on("first_name", "last_name")
    )
    trained = time.perf_counter()
    times["train_s"] = round(trained - start, 3)
    predictions = linker.inference.predict(threshold_match_probability=threshold)
    df = predictions.as_pandas_dataframe()
    times["predict_s"] = round(time.perf_counter() - trained, 3)
    # link_only: one side of each pair is a hire, the other a registry row
    left_is_hire = df["source_dataset_l"].astype(str) == "hires"
    pairs = pd.DataFrame(
        {
            "hire_id": df["unique_id_l"].where(left_is_hire, df["unique_id_r"]).astype(str),
            "record_id": df["unique_id_r"].where(left_is_hire, df["unique_id_l"]).astype(str),
            "match_probability": df["match_probability"].astype(float),
        }
    )
    return pairs, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--max-pairs", type=float, default=1e7)
    parser.add_argument("--threshold", type=float, default=0.9)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    hires, registry = load_inputs(args.data_dir)
    prepared = time.perf_counter()
    pairs, times = link(hires, registry, args.seed, args.max_pairs, args.threshold)
    pairs.to_parquet(args.out_dir / "pairs.parquet", index=False)
    stats = {
        "prepare_s": round(prepared - start, 3),
        **times,
        "link_s": round(times["train_s"] + times["predict_s"], 3),
        "hires": len(hires),
        "registry_rows": len(registry),
        "seed": args.seed,
        "max_pairs": args.max_pairs,
        "threshold": args.threshold,
    }
    (args.out_dir / "stats.json").write_text(json.dumps(stats, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
