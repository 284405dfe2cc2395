"""Build audit/data/first_names.csv: first names people in the US are given.

One letter between two real first names is more likely two people than a typo: twins are
often given names that rhyme (Kevin and Devin, Mason and Jason). A keying error at the
start of a name mostly makes no name at all (Oevin, Ronathan), so the linker treats a first
letter apart as two people only when both spellings are names people have. Sources: the
1990 US Census first-name lists (public domain; 5,163 names, as bundled by the ``names``
package) and Faker's en_US first names, drawn from later Social Security Administration
lists (``pip install -e '.[data]'``); the table is built once and shipped.

    python scripts/first_names.py > audit/data/first_names.csv
"""

from __future__ import annotations

import csv
import sys
from importlib import resources

from faker.providers.person.en_US import Provider


def main() -> None:
    found = set()
    for table in ("dist.male.first", "dist.female.first"):
        text = resources.files("names").joinpath(table).read_text(encoding="ascii")
        found |= {line.split()[0].lower() for line in text.splitlines() if line.strip()}
    found |= {name.lower() for name in (*Provider.first_names_male, *Provider.first_names_female)}
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["first_name"])
    out.writerows([name] for name in sorted(found) if name.isalpha())


if __name__ == "__main__":
    main()
