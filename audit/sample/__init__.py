"""Synthetic audit input with recorded truth: :func:`generate_sample`.

Why a generator and not a fixture: the audit must be judged on data that looks like the
real thing (registries that publish upper-case names, US dates, birth years only; people
with one to three certifications in several states; nicknames, typos, maiden names) *and*
whose right answer is known. Every hire is built from one scenario (``truth.csv``) whose
expected determination follows the contract's default policy, and everything that could
accidentally change that answer is kept out on purpose:

- hires never share a birth date with another hire whose first or last name they could be
  confused with, so one hire's registry record can never link to another hire;
- background registry people (most rows) never share a birth date (or its day/month swap)
  with a short-track hire whose first or last name is within two edits, a nickname, or a
  surname word of theirs; rows without a full birth date (blank, or a birth year only)
  never carry the name of a short-track hire born within a year of them;
- the twins and namesakes that *are* wanted (scenarios, plus a sprinkle of decoys) are
  placed deliberately: twins share surname and full birth date but have a first name that
  is no nickname, typo, or middle-name swap of the hire's; namesakes share first and last
  name and are born at least two years apart.

Determinism: one ``numpy.random.default_rng(seed)`` drives everything (a ``random.Random``
seeded from it does the per-hire string work, because scalar draws from numpy are slow),
"today" is the constant :data:`TODAY`, sorts are stable, and files are written without
timestamps, so the same arguments give byte-identical files.

Speed: the registry's background people are drawn and formatted column-wise; only the
hires (and their few registry rows) are built in a Python loop.
"""

from __future__ import annotations

from audit.sample.build import generate_sample
from audit.sample.calendar import TODAY
from audit.sample.names import NICKNAME_PAIRS
from audit.sample.scenarios import SCENARIOS
from audit.sample.vocabulary import REGISTRY_SOURCES

__all__ = ["NICKNAME_PAIRS", "REGISTRY_SOURCES", "SCENARIOS", "TODAY", "generate_sample"]
