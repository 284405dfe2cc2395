"""leo-audit's linker alone, as its own process: ``python benchmarks/our_link.py DATA OUT``.

Loads the folder with the library (``audit.load.load_dataset``), links it with
``audit.link.link_dataset`` under the shipped policy's matching settings and writes
``OUT/pairs.parquet`` (hire_id, record_id, tier, score: every strong link and partial
lead to a certification row; the ``if_claimed`` leads, which the evaluator keeps only where
the hire claims service at the row's agency, count as partial, as the middle-name ones did
before they had a tier of their own, and so do the ``strong_if_claimed`` links, which only
such a claim makes strong: linkage alone reads no claims) and ``OUT/stats.json`` (load
and link seconds). The parent (run.py) measures the process's wall time and peak memory
and scores the pairs.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import pandas as pd

from audit.link import link_dataset
from audit.load import load_dataset
from audit.policy import load_policy


def main(data_dir: Path, out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    policy = load_policy()
    data = load_dataset(data_dir, policy.aliases)
    loaded = time.perf_counter()
    links = link_dataset(data, policy.matching)
    linked = time.perf_counter()
    certs = links.certs
    hire_ids = data.hires["hire_id"].astype(str).to_numpy()
    record_ids = data.certifications["record_id"].astype(str).to_numpy()
    pairs = pd.DataFrame(
        {
            "hire_id": hire_ids[certs["hire_row"].to_numpy()],
            "record_id": record_ids[certs["reg_row"].to_numpy()],
            "tier": certs["tier"]
            .astype(str)
            .replace({"if_claimed": "partial", "strong_if_claimed": "partial"})
            .to_numpy(),
            "score": certs["score"].to_numpy(),
        }
    )
    pairs.to_parquet(out_dir / "pairs.parquet", index=False)
    stats = {
        "load_s": round(loaded - start, 3),
        "link_s": round(linked - loaded, 3),
        "hires": len(data.hires),
        "registry_rows": len(data.certifications),
    }
    (out_dir / "stats.json").write_text(json.dumps(stats, indent=2), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: python benchmarks/our_link.py DATA_DIR OUT_DIR")
    main(Path(sys.argv[1]), Path(sys.argv[2]))
