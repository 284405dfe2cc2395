"""Job titles and certification types -> title categories (rules/titles.yaml).

The screener's failure was a keyword; this module is its opposite: a title is read as
phrases, the most specific phrase decides, and a bare role ("Officer", "Special Agent")
is decided by its employer or left `unknown`. A title never verifies anyone on its own;
the evaluator uses categories to explain and to find coverage gaps.

Work is done once per distinct text, so millions of registry rows with a few hundred
distinct certification types cost a few hundred classifications.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pandas as pd
from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

UNKNOWN = "unknown"
GENERIC = "generic"
REGISTRY_CONTEXT = "sworn_leo"  # a law-enforcement registry is itself the context
_MAX_PHRASE = 6
_DROP = re.compile(r"['.’`]")
_SPLIT = re.compile(r"[^a-z0-9&]+")


@dataclass(frozen=True)
class _Phrase:
    category: str
    length: int
    rank: int  # position of the category in titles.yaml: earlier wins ties
    veto: bool
    generic: bool


def normalise_text(text: str) -> list[str]:
    """Lower-case ASCII tokens: accents, apostrophes and dots removed (U.S. -> us)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = _DROP.sub("", text).replace("&", " & ")
    return [t for t in _SPLIT.split(text) if t]


class TitleClassifier:
    """Classifies free-text titles with the phrases of a titles.yaml document."""

    def __init__(self, doc: Mapping[str, Any]):
        self.abbreviations = {
            str(k).lower(): normalise_text(str(v))
            for k, v in (doc.get("abbreviations") or {}).items()
        }
        self.phrases: dict[tuple[str, ...], _Phrase] = {}
        for rank, (name, spec) in enumerate((doc.get("categories") or {}).items()):
            for pattern in spec.get("patterns") or []:
                key = tuple(normalise_text(str(pattern)))
                if key and key not in self.phrases:
                    self.phrases[key] = _Phrase(
                        str(name),
                        len(key),
                        rank,
                        bool(spec.get("veto", False)),
                        bool(spec.get("generic", False)) or name == GENERIC,
                    )
        self.employers = {
            tuple(normalise_text(str(p))): (str(cat), rank)
            for rank, (cat, pats) in enumerate((doc.get("employers") or {}).items())
            for p in pats or []
        }
        self.federal = {tuple(normalise_text(str(p))) for p in doc.get("federal_employers") or []}
        self.vocabulary = sorted(
            {t for key in (*self.phrases, *self.employers, *self.federal) for t in key}
        )
        self._vocab_set = set(self.vocabulary)
        self._cache: dict[tuple[str, str, str], str] = {}

    # -- public -------------------------------------------------------------------------

    def classify(
        self,
        titles: pd.Series,
        employers: pd.Series | None = None,
        context: str | None = None,
    ) -> pd.Series:
        """Category per row. ``context`` stands in for the employer when it says nothing
        (``sworn_leo`` for a law-enforcement registry's certification types)."""
        emp = employers if employers is not None else pd.Series(pd.NA, index=titles.index)
        frame = pd.DataFrame({"t": titles.fillna(""), "e": emp.fillna("")}, index=titles.index)
        pairs = frame.drop_duplicates()
        cats = {
            (t, e): self.classify_one(t, e, context)
            for t, e in zip(pairs["t"].tolist(), pairs["e"].tolist(), strict=True)
        }
        return pd.Series(
            [cats[(t, e)] for t, e in zip(frame["t"].tolist(), frame["e"].tolist(), strict=True)],
            index=titles.index,
            dtype="string",
        )

    def is_federal(self, employers: pd.Series) -> pd.Series:
        """True where the employer is a federal agency (its service is in the FED source)."""
        uniq = {
            e: self._has_any(self._tokens(e, expand=False), self.federal)
            for e in employers.dropna().unique().tolist()
        }
        return employers.map(uniq).fillna(False).astype(bool)

    def classify_one(self, title: str, employer: str = "", context: str | None = None) -> str:
        key = (title, employer, context or "")
        if key not in self._cache:
            self._cache[key] = self._decide(title, employer, context)
        return self._cache[key]

    # -- internals ----------------------------------------------------------------------

    def _decide(self, title: str, employer: str, context: str | None) -> str:
        tokens = self._tokens(title, expand=True)
        if not tokens:
            return UNKNOWN
        found = [p for p in self._matches(tokens)]
        vetoes = [p for p in found if p.veto]
        if vetoes:
            return min(vetoes, key=lambda p: p.rank).category
        specific = [p for p in found if not p.generic]
        best = max(specific, key=lambda p: (p.length, -p.rank)) if specific else None
        if best is not None:
            return best.category
        if not any(p.generic for p in found):
            return UNKNOWN
        # A bare role: the employer decides, else the title's own words, else the context.
        return (
            self._employer_category(self._tokens(employer, expand=False))
            or self._employer_category(tokens)
            or context
            or UNKNOWN
        )

    def _tokens(self, text: str, *, expand: bool) -> list[str]:
        out: list[str] = []
        for tok in normalise_text(text):
            if expand and tok in self.abbreviations:
                out.extend(self.abbreviations[tok])
            else:
                out.append(self._correct(tok))
        return out

    def _correct(self, tok: str) -> str:
        """Map a misspelt or plural word onto the vocabulary ("enforcment" -> "enforcement")."""
        if tok in self._vocab_set or len(tok) < 5 or tok.isdigit():
            return tok
        if tok.endswith("s") and tok[:-1] in self._vocab_set:
            return tok[:-1]
        return _closest(tok, tuple(self.vocabulary))

    def _matches(self, tokens: list[str]) -> Iterable[_Phrase]:
        for n in range(1, min(_MAX_PHRASE, len(tokens)) + 1):
            for i in range(len(tokens) - n + 1):
                phrase = self.phrases.get(tuple(tokens[i : i + n]))
                if phrase is not None:
                    yield phrase

    def _employer_category(self, tokens: list[str]) -> str | None:
        best: tuple[int, int, str] | None = None
        for n in range(1, min(_MAX_PHRASE, len(tokens)) + 1):
            for i in range(len(tokens) - n + 1):
                hit = self.employers.get(tuple(tokens[i : i + n]))
                if hit is not None and (best is None or (n, -hit[1]) > (best[0], best[1])):
                    best = (n, -hit[1], hit[0])
        return best[2] if best else None

    @staticmethod
    def _has_any(tokens: list[str], phrases: set[tuple[str, ...]]) -> bool:
        return any(
            tuple(tokens[i : i + n]) in phrases
            for n in range(1, min(_MAX_PHRASE, len(tokens)) + 1)
            for i in range(len(tokens) - n + 1)
        )


@lru_cache(maxsize=65536)
def _closest(tok: str, vocabulary: tuple[str, ...]) -> str:
    limit = 2 if len(tok) >= 9 else 1
    hits = process.extract(
        tok, vocabulary, scorer=Levenshtein.distance, score_cutoff=limit, limit=2
    )
    if len(hits) == 1 or (len(hits) == 2 and hits[0][1] < hits[1][1]):
        return str(hits[0][0])
    return tok


def classify_table(
    table: pd.DataFrame, titles: Mapping[str, Any], sworn: Iterable[str]
) -> pd.DataFrame:
    """``table`` (a ``title`` column, optionally ``employer``) with ``category`` and
    ``counts_as_sworn`` (yes / no / unknown) added; rows kept in order."""
    classifier = TitleClassifier(titles)
    employer = table.get("employer")
    category = classifier.classify(table["title"].astype("string"), employer)
    counts = pd.Series("no", index=table.index, dtype="string")
    counts[category.isin(set(sworn)).to_numpy()] = "yes"
    counts[(category == UNKNOWN).to_numpy()] = "unknown"
    out = table.copy()
    out["category"] = category
    out["counts_as_sworn"] = counts
    return out
