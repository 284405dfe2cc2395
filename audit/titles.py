"""Job titles and certification types -> title categories (rules/titles.yaml).

The screener's failure was a keyword; this module is its opposite. A title is read as
phrases of an analyst-editable taxonomy: the most specific phrase decides, veto phrases
("hope to become", "reserve") win when they qualify a law-enforcement role, words that only
name a setting ("police", "sheriff's office") decide only when nothing more specific does,
and a bare role ("Officer", "Special Agent", "Lieutenant") is decided by its employer, by an
organisation named in the title, by the caller's context (a registry), or left `unknown`. A
registry's certification types have qualifiers of their own ("Trainee", "Retired").
rules/titles.yaml documents the reading step by step.

A title never verifies anyone on its own; the evaluator uses categories to explain and to
find coverage gaps. Work is done once per distinct (title, employer, context), so millions
of registry rows with a few hundred distinct certification types cost a few hundred
classifications.
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
from rapidfuzz.distance import OSA

UNKNOWN = "unknown"
GENERIC = "generic"
REGISTRY_CONTEXT = "sworn_leo"  # a law-enforcement registry is itself the context
WILDCARD = "*"  # in a pattern: one or two words of any kind
_DROP = re.compile(r"['.’`]")
_SPLIT = re.compile(r"[^a-z0-9&]+")
_CANINE = re.compile(r"\bk\s*-?\s*9\b")
# Where a title's parts meet: "Officer, City of Austin", "Agent (Trainee)", "Deputy at X".
_CHUNK = re.compile(r"[,;:/()\[\]|]|\s[-–—]+\s|\b(?:at|with|for|from)\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Phrase:
    category: str
    length: int  # score: words in the phrase (a wildcard phrase counts 1)
    rank: int  # position of the category in titles.yaml: earlier wins ties
    kind: str  # "strong" | "weak" | "generic"
    veto: bool


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    phrase: _Phrase
    wildcard: bool = False


@dataclass(frozen=True)
class _Veto:
    category: str
    rank: int
    needs: frozenset[str]  # one of these categories must be present too ("veto_with")
    unless: frozenset[str]  # ... and none of these ("veto_unless")
    alone_in_registry: bool = False  # a registry's "Level III Reserve" needs no other role
    ignored_in_registry: bool = False  # an applicant's words ("academy"), not a registry's


def normalise_text(text: str) -> list[str]:
    """Lower-case ASCII tokens: accents, apostrophes and dots removed (U.S. -> us),
    K-9 -> canine, '&' kept as its own token."""
    if not text.isascii():  # most titles are plain ASCII: skip the per-character pass
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower()
    text = _CANINE.sub(" canine ", text)
    text = _DROP.sub("", text).replace("&", " & ")
    return [t for t in _SPLIT.split(text) if t]


_LONGEST_WORD = 30  # no misspelt word is longer: a pasted run of letters is left as it is
_GLUED_PD = re.compile(r"[a-z]{1,5}pd")
_GLUED_CSO = re.compile(r"[a-z]{1,3}cso")


def agency_initials(token: str) -> list[str] | None:
    """A police department's or county sheriff's office's initials ("VBPD", "OKCPD",
    "HCSO"): no English word ends in "pd" or "cso"."""
    if _GLUED_PD.fullmatch(token):
        return [token[:-2], "police", "department"]
    if _GLUED_CSO.fullmatch(token):
        return [token[:-3], "county", "sheriffs", "office"]
    return None


def _words(doc: Mapping[str, Any], key: str) -> dict[str, list[str]]:
    return {str(k).lower(): normalise_text(str(v)) for k, v in (doc.get(key) or {}).items()}


class TitleClassifier:
    """Classifies free-text titles with the phrases of a titles.yaml document.

    ``correct_typos=False`` limits the misspelling repair to two letters swapped (resume
    prose is full of real words one letter away from the taxonomy's: "policy", "patron")."""

    def __init__(
        self,
        doc: Mapping[str, Any],
        *,
        correct_typos: bool = True,
        sworn_categories: Iterable[str] = (),
    ):
        self.doc = doc
        self.correct_typos = correct_typos
        # a registry qualifier limits a type of these (the policy's), the context's or none
        self.qualified = frozenset(sworn_categories)
        self.abbreviations = _words(doc, "abbreviations")
        self.registry_abbreviations = self.abbreviations | _words(doc, "registry_abbreviations")
        self.standalone = _words(doc, "standalone_abbreviations")
        self.employer_abbreviations = _words(doc, "employer_abbreviations")
        self.county_abbreviations = _words(doc, "county_abbreviations")
        self.levels = {str(w).lower() for w in doc.get("level_words") or []}
        self.neutral = {str(w).lower() for w in doc.get("neutral_words") or []}
        spec = doc.get("specialised_roles") or {}
        self.specialised_category = str(spec.get("category") or "") or None
        self.specialised_heads = {tuple(normalise_text(str(h))) for h in spec.get("heads") or []}
        self.ambiguous = {
            t for w in spec.get("ambiguous_words") or [] for t in normalise_text(str(w))
        }
        self.keep = {str(w).lower() for w in doc.get("keep_words") or []}
        self.qualifier_order = {
            str(category): i for i, category in enumerate(doc.get("registry_qualifiers") or {})
        }
        self.registry_qualifiers = {
            tuple(normalise_text(str(w))): str(category)
            for category, words in (doc.get("registry_qualifiers") or {}).items()
            for w in words or []
            if normalise_text(str(w))
        }

        self.yields: dict[str, frozenset[str]] = {}
        self.phrases: dict[tuple[str, ...], _Phrase] = {}
        self.wildcards: list[tuple[tuple[str, ...], tuple[str, ...], _Phrase]] = []
        self.vetoes: dict[str, _Veto] = {}
        inverted: dict[tuple[str, ...], _Phrase] = {}
        self.categories: list[str] = []
        for rank, (name, spec) in enumerate((doc.get("categories") or {}).items()):
            name = str(name)
            spec = spec or {}
            generic = bool(spec.get("generic", False)) or name == GENERIC
            veto = bool(spec.get("veto", False))
            if not generic:
                self.categories.append(name)
            if spec.get("yields_to_prefix"):
                self.yields[name] = frozenset(str(c) for c in spec["yields_to_prefix"])
            if veto:
                self.vetoes[name] = _Veto(
                    name,
                    rank,
                    frozenset(str(c) for c in spec.get("veto_with") or []),
                    frozenset(str(c) for c in spec.get("veto_unless") or []),
                    bool(spec.get("alone_in_registry", False)),
                    bool(spec.get("ignored_in_registry", False)),
                )
            kind = "generic" if generic else "strong"
            lists = [(p, kind) for p in spec.get("patterns") or []]
            lists += [(p, "weak") for p in spec.get("weak") or []]
            for pattern, k in lists:
                key = tuple(self._pattern_tokens(str(pattern), self.abbreviations))
                if not key:
                    continue
                if WILDCARD in key:
                    cut = key.index(WILDCARD)
                    phrase = _Phrase(name, 1, rank, k, veto)
                    self.wildcards.append((key[:cut], key[cut + 1 :], phrase))
                    continue
                phrase = _Phrase(name, len(key), rank, k, veto)
                self.phrases.setdefault(key, phrase)
                if len(key) >= 2:  # "Officer, Police" is "Police Officer"
                    inverted.setdefault((key[-1], *key[:-1]), phrase)
        for key, phrase in inverted.items():
            self.phrases.setdefault(key, phrase)
        self.max_phrase = max((len(k) for k in self.phrases), default=1)
        self._phrase_starts = {key[0] for key in self.phrases}

        self.employers: dict[tuple[str, ...], tuple[str, int]] = {}
        for rank, (cat, pats) in enumerate((doc.get("employers") or {}).items()):
            for p in pats or []:
                key = tuple(self._pattern_tokens(str(p), self.employer_abbreviations))
                if key:
                    self.employers.setdefault(key, (str(cat), rank))
        self._employer_starts = {key[0] for key in self.employers}
        self.federal = {
            tuple(self._pattern_tokens(str(p), self.employer_abbreviations))
            for p in doc.get("federal_employers") or []
        }
        self.overrides: dict[str, frozenset[str]] = {
            str(k): frozenset(str(c) for c in v or [])
            for k, v in (doc.get("employer_overrides") or {}).items()
        }

        resume = doc.get("resume") or {}
        vocab = {t for key in (*self.phrases, *self.employers, *self.federal) for t in key}
        vocab |= {t for pre, post, _ in self.wildcards for t in (*pre, *post)}
        for cue in resume.get("mention_cues") or []:
            vocab.update(normalise_text(str(cue)))
        vocab |= self.keep | self.neutral | self.levels | self.ambiguous
        vocab |= {t for key in self.registry_qualifiers for t in key}
        vocab.discard(WILDCARD)
        self.vocabulary = tuple(sorted(vocab))
        self._vocab_set = set(self.vocabulary)
        self._cache: dict[tuple[str, str, str], str] = {}

    # -- public -------------------------------------------------------------------------

    def classify(
        self,
        titles: pd.Series,
        employers: pd.Series | None = None,
        context: str | None = None,
    ) -> pd.Series:
        """Category per row (never ``generic``). ``context`` stands in for the employer when
        a bare role has none (``sworn_leo`` for a law-enforcement registry's certification
        types). Each distinct (title, employer) pair is classified once."""
        emp = employers if employers is not None else pd.Series(pd.NA, index=titles.index)
        frame = pd.DataFrame(
            {"t": titles.astype("string").fillna(""), "e": emp.astype("string").fillna("")},
            index=titles.index,
        )
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

    def is_federal(
        self, employers: pd.Series, known: Mapping[str, bool] | None = None
    ) -> pd.Series:
        """True where the employer is a federal agency (its service is in the FED source);
        ``known`` holds answers already found (by this classifier, in a worker process)."""
        known = known or {}
        uniq = {
            e: known[e]
            if e in known
            else self._has_any(self._employer_tokens(str(e)), self.federal)
            for e in employers.dropna().unique().tolist()
        }
        return employers.map(uniq).fillna(False).astype(bool)

    def classify_one(self, title: str, employer: str = "", context: str | None = None) -> str:
        """Category of one title (``employer`` and ``context`` as in :meth:`classify`)."""
        key = (title or "", employer or "", context or "")
        if key not in self._cache:
            self._cache[key] = self._decide(*key)
        return self._cache[key]

    def employer_category(self, employer: str) -> str | None:
        """The category an employer name implies on its own (None if it implies nothing)."""
        return self._org_category(self._employer_tokens(employer or ""))

    def employer_words(self, text: str) -> str:
        """An employer's name as comparable words, abbreviations expanded ("Tulsa PD" and
        "TULSA POLICE DEPARTMENT" alike: "tulsa police department"). Never spelling-
        corrected: Warren and Worden are two towns, not both "warden"."""
        return " ".join(self._employer_tokens(text or "", repair=False))

    def title_tokens(self, text: str) -> list[str]:
        """The normalised, expanded and (if enabled) spelling-corrected tokens of a title."""
        return self._tokens(text)

    def known_tokens(self) -> frozenset[str]:
        """Every token the rules name (phrases, employers, word lists, abbreviations and
        what they expand to): any other token is told apart only by its shape."""
        known = set(self.vocabulary) | self.levels | self.neutral | self.ambiguous | self.keep
        for table in (self.abbreviations, self.standalone, self.employer_abbreviations):
            known |= set(table)
            known |= {t for expansion in table.values() for t in expansion}
        known |= {t for head in self.specialised_heads for t in head}
        return frozenset(known)

    # -- internals ----------------------------------------------------------------------

    def _decide(self, title: str, employer: str, context: str) -> str:
        tokens = self._tokens(title, self.registry_abbreviations if context else None)
        if not tokens:
            return UNKNOWN
        category = self._categorise(tokens, title, employer, context)
        # a registry's qualifier ("Retired", "Part-Time", "Trainee") limits a certificate of
        # the context's own kind, of a kind the policy counts, or of no known kind; one that
        # counts for nothing anyway ("Part-Time Reserve Officer") stays what it is
        if context and (category in (context, UNKNOWN) or category in self.qualified):
            return self._registry_qualifier(tokens) or category
        return category

    def _categorise(self, tokens: list[str], title: str, employer: str, context: str) -> str:
        raw = self._matches(tokens)
        kept = _outermost(raw)
        employer_cat = self.employer_category(employer) if employer else None

        veto = self._veto(raw, kept, self._org_category(tokens), context)
        if veto is not None:
            return veto

        # A veto phrase that qualifies no law-enforcement role says nothing ("Volunteer
        # Coordinator", "ROTC Cadet").
        strong = [m.phrase for m in kept if m.phrase.kind == "strong" and not m.phrase.veto]
        weak = [m.phrase for m in kept if m.phrase.kind == "weak"]
        generic = any(m.phrase.kind == "generic" for m in kept)
        if strong:
            best = max(strong, key=lambda p: (p.length, -p.rank))
            return self._override(self._prefixed(best, kept, tokens), employer_cat)
        if weak and (generic or self._explained(tokens, raw)):
            # A setting word names the role only when nothing else in the title does, and
            # an employer that says otherwise wins ("Auto Theft Investigator" at an insurer).
            best = max(weak, key=lambda p: (p.length, -p.rank))
            if employer_cat not in (None, UNKNOWN, best.category):
                return str(employer_cat)
            return self._override(best.category, employer_cat)
        if not generic:
            return self._override(UNKNOWN, employer_cat)
        # A role specialised by a word of no law-enforcement meaning ("Ethics Officer").
        if self.specialised_category and self._specialised(title):
            return self._override(self.specialised_category, employer_cat)
        # A bare role: the employer decides, else an organisation named in the title outside
        # the role's own words ("SA, FBI"), else the caller's context.
        usable = employer_cat if employer_cat not in (None, UNKNOWN) else None
        role = {i for m in kept if m.phrase.kind == "generic" for i in range(m.start, m.end)}
        outside = ["" if i in role else t for i, t in enumerate(tokens)]
        in_title = self._org_category(outside)
        if in_title == UNKNOWN:
            in_title = None
        if usable or in_title:
            return str(usable or in_title)
        # The context names a bare role only: a word of two meanings beside it ("Court
        # Officer", "Transport Officer" in a registry) leaves it unknown.
        if context and self._explained(tokens, raw):
            return context
        return UNKNOWN

    def _registry_qualifier(self, tokens: list[str]) -> str | None:
        """A registry certification type that says its holder is not (or no longer) a
        serving officer ("Peace Officer License Eligible", "Law Enforcement Trainee",
        "Honorably Retired Peace Officer"): `registry_qualifiers` decides.

        With qualifiers of two categories ("Part-Time Trainee", "Pending Certification"
        beside "Pending"), the one listed first in titles.yaml wins: not yet certified says
        more than a limited class."""
        found = {
            category
            for n in range(1, min(3, len(tokens)) + 1)
            for i in range(len(tokens) - n + 1)
            if (category := self.registry_qualifiers.get(tuple(tokens[i : i + n])))
        }
        return min(found, key=self.qualifier_order.__getitem__) if found else None

    def _specialised(self, title: str) -> bool:
        """A part of the title holds a bare role (a `heads` word) and a word that no phrase,
        neutral word or ambiguous word explains."""
        for part in _CHUNK.split(title):
            tokens = self._tokens(part or "")
            matches = self._matches(tokens)
            heads = [
                m
                for m in matches
                if m.phrase.kind == "generic"
                and tuple(tokens[m.start : m.end])[-1:] in {h[-1:] for h in self.specialised_heads}
            ]
            if not heads:
                continue
            covered = {i for m in matches for i in range(m.start, m.end)}
            covered |= self._org_spans(tokens)  # "DEA Special Agent" names its agency
            if any(
                i not in covered
                and tok not in self.neutral
                and tok not in self.ambiguous
                and tok not in self.levels
                and not tok.isdigit()
                and len(tok) > 1
                for i, tok in enumerate(tokens)
            ):
                return True
        return False

    def _prefixed(self, best: _Phrase, kept: list[_Match], tokens: list[str]) -> str:
        """The category of a qualifier of the best phrase, when the best one's category
        yields to it: a phrase written just before it ("Correctional Police Officer"), or a
        single word just after it ("Deputy Sheriff - Detention", "Deputy Sheriff (Jailer)";
        a whole second title, "Law Enforcement Officer / Jail Officer", is a second role)."""
        qualifiers = self.yields.get(best.category)
        if not qualifiers:
            return best.category
        spans = [(m.start, m.end) for m in kept if m.phrase == best]
        # a code or level between them does not separate them ("Peace Officer (830.5 PC) -
        # Parole"): the word after is the next one that is not a number or a neutral word
        after = {self._next_word(tokens, e) for _, e in spans}
        for m in kept:
            if m.phrase.category not in qualifiers or m.phrase.kind != "strong":
                continue
            if any(m.end == s for s, _ in spans) or (m.end - m.start == 1 and m.start in after):
                return m.phrase.category
        return best.category

    def _next_word(self, tokens: list[str], i: int) -> int:
        while i < len(tokens) and (tokens[i].isdigit() or tokens[i] in self.neutral):
            i += 1
        return i

    def _explained(self, tokens: list[str], matches: list[_Match]) -> bool:
        """Every token is part of a phrase, a neutral word or a number."""
        covered = {i for m in matches for i in range(m.start, m.end)}
        return all(
            i in covered or tok in self.neutral or tok.isdigit() for i, tok in enumerate(tokens)
        )

    def _override(self, category: str, employer_cat: str | None) -> str:
        if employer_cat and category in self.overrides.get(employer_cat, ()):
            return employer_cat
        return category

    def _veto(
        self, raw: list[_Match], kept: list[_Match], org: str | None, context: str
    ) -> str | None:
        present_raw = {m.phrase.category for m in raw if not m.phrase.veto}
        if org:
            present_raw.add(org)
        present_raw |= {GENERIC for m in raw if m.phrase.kind == "generic"}
        present = {m.phrase.category for m in kept}
        for veto in sorted(self.vetoes.values(), key=lambda v: v.rank):
            if not any(m.phrase.veto and m.phrase.category == veto.category for m in kept):
                continue
            if veto.ignored_in_registry and context:
                continue
            alone = veto.alone_in_registry and bool(context)
            if veto.needs and not (veto.needs & present_raw) and not alone:
                continue
            if veto.unless & present:
                continue
            return veto.category
        return None

    def _pattern_tokens(self, text: str, abbreviations: Mapping[str, list[str]]) -> list[str]:
        out: list[str] = []
        for tok in normalise_text(text.replace(WILDCARD, " xwildcardx ")):
            if tok == "xwildcardx":
                out.append(WILDCARD)
            else:
                out.extend(abbreviations.get(tok, [tok]))
        return out

    def _tokens(self, text: str, abbreviations: Mapping[str, list[str]] | None = None) -> list[str]:
        """Normalised words, abbreviations expanded (``abbreviations``: the registry's own
        reading where it differs) and misspellings repaired."""
        abbreviations = abbreviations or self.abbreviations
        toks = normalise_text(text)
        core = [t for t in toks if t not in self.levels]
        if len(core) == 1 and core[0] in self.standalone:
            i = toks.index(core[0])
            toks = [*toks[:i], *self.standalone[core[0]], *toks[i + 1 :]]
        out: list[str] = []
        for tok in toks:
            if self._county_agency(out, tok):
                continue
            if tok in abbreviations:
                out.extend(abbreviations[tok])
            else:
                out.extend(agency_initials(tok) or [self._correct(tok)])
        return out

    def _employer_tokens(self, text: str, *, repair: bool = True) -> list[str]:
        """Normalised words, abbreviations expanded; with ``repair``, initials glued to
        PD or CSO read out and misspellings repaired too."""
        out: list[str] = []
        for tok in normalise_text(text):
            if self._county_agency(out, tok):
                continue
            expanded = self.employer_abbreviations.get(tok)
            if expanded is None and repair:
                expanded = agency_initials(tok) or [self._correct(tok)]
            out.extend(expanded or [tok])
        return out

    def _county_agency(self, out: list[str], tok: str) -> bool:
        """Reads a county's agency initials onto ``out`` ("Maricopa Co. SO" -> maricopa
        county sheriffs office); elsewhere SO is a word: False."""
        if tok not in self.county_abbreviations or not out or out[-1] not in ("co", "county"):
            return False
        out[-1:] = ["county", *self.county_abbreviations[tok]]
        return True

    def _correct(self, tok: str) -> str:
        """Map a plural or a misspelt word onto the vocabulary ("enforcment" -> "enforcement")."""
        if tok in self._vocab_set or not 4 <= len(tok) <= _LONGEST_WORD or not tok.isalpha():
            return tok
        if tok.endswith("ies") and tok[:-3] + "y" in self._vocab_set:
            return tok[:-3] + "y"
        if tok.endswith("s") and tok[:-1] in self._vocab_set:
            return tok[:-1]
        if len(tok) < 5 or tok + "s" in self._vocab_set:
            return tok
        if not self.correct_typos:
            # two letters swapped ("Polcie") rarely make another real word: repaired even
            # in prose, where other slips would turn "policy" into "police"
            swaps = (tok[:i] + tok[i + 1] + tok[i] + tok[i + 2 :] for i in range(len(tok) - 1))
            return next((w for w in swaps if w in self._vocab_set), tok)
        return _closest(tok, self.vocabulary)

    def _matches(self, tokens: list[str]) -> list[_Match]:
        found: list[_Match] = []
        n_tok = len(tokens)
        # Only a token that begins some phrase can begin a match: look nowhere else.
        starts = [i for i, tok in enumerate(tokens) if tok in self._phrase_starts]
        for n in range(1, min(self.max_phrase, n_tok) + 1):
            for i in starts:
                if i + n > n_tok:
                    break
                phrase = self.phrases.get(tuple(tokens[i : i + n]))
                if phrase is not None:
                    found.append(_Match(i, i + n, phrase))
        for pre, post, phrase in self.wildcards:
            for i in range(n_tok - len(pre) + 1):
                if tuple(tokens[i : i + len(pre)]) != pre:
                    continue
                for gap in (1, 2):
                    j = i + len(pre) + gap
                    if tuple(tokens[j : j + len(post)]) == post:
                        found.append(_Match(i, j + len(post), phrase, wildcard=True))
                        break
        return found

    def _org_spans(self, tokens: list[str]) -> set[int]:
        return {
            k
            for n in range(1, min(self.max_phrase, len(tokens)) + 1)
            for i in range(len(tokens) - n + 1)
            if tuple(tokens[i : i + n]) in self.employers
            for k in range(i, i + n)
        }

    def _org_category(self, tokens: list[str]) -> str | None:
        best: tuple[int, int, str] | None = None
        starts = [i for i, tok in enumerate(tokens) if tok in self._employer_starts]
        for n in range(1, min(self.max_phrase, len(tokens)) + 1):
            for i in starts:
                if i + n > len(tokens):
                    break
                hit = self.employers.get(tuple(tokens[i : i + n]))
                if hit is not None and (best is None or (n, -hit[1]) > (best[0], best[1])):
                    best = (n, -hit[1], hit[0])
        return best[2] if best else None

    def _has_any(self, tokens: list[str], phrases: set[tuple[str, ...]]) -> bool:
        return any(
            tuple(tokens[i : i + n]) in phrases
            for n in range(1, min(self.max_phrase, len(tokens)) + 1)
            for i in range(len(tokens) - n + 1)
        )


def _outermost(matches: list[_Match]) -> list[_Match]:
    """Drop matches lying inside a longer (non-wildcard) match: "reserve" inside "federal
    reserve police", "safety officer" inside "public safety officer"."""
    # the farthest end of a span from each start: a span from s holds a match when that
    # one does (a long resume clause has thousands of matches: no pairwise test)
    farthest: dict[int, int] = {}
    for m in matches:
        if not m.wildcard:
            farthest[m.start] = max(m.end, farthest.get(m.start, m.end))
    longest = max((e - s for s, e in farthest.items()), default=0)

    def inside(m: _Match) -> bool:
        return any(
            farthest.get(s, -1) >= m.end and farthest[s] - s > m.end - m.start
            for s in range(max(0, m.end - longest), m.start + 1)
        )

    return [m for m in matches if not inside(m)]


@lru_cache(maxsize=65536)
def _closest(tok: str, vocabulary: tuple[str, ...]) -> str:
    """The one vocabulary word within 1 edit (2 from nine letters; a swap of neighbours is
    one edit) that starts with the same letter, else the token unchanged."""
    limit = 2 if len(tok) >= 9 else 1
    candidates = [v for v in vocabulary if v[:1] == tok[:1] and abs(len(v) - len(tok)) <= limit]
    hits = process.extract(tok, candidates, scorer=OSA.distance, score_cutoff=limit, limit=2)
    if len(hits) == 1 or (len(hits) == 2 and hits[0][1] < hits[1][1]):
        return str(hits[0][0])
    return tok


def counts_as_sworn(category: pd.Series, sworn: Iterable[str]) -> pd.Series:
    """yes / no / unknown per category under a policy's sworn categories."""
    counts = pd.Series("no", index=category.index, dtype="string")
    counts[category.isin(set(sworn)).to_numpy()] = "yes"
    counts[(category == UNKNOWN).to_numpy()] = "unknown"
    return counts


def classify_table(
    table: pd.DataFrame, titles: Mapping[str, Any], sworn: Iterable[str]
) -> pd.DataFrame:
    """``table`` (a ``title`` column, optionally ``employer``) with ``category`` and
    ``counts_as_sworn`` (yes / no / unknown) added; rows kept in order."""
    classifier = TitleClassifier(titles)
    employer = table.get("employer")
    category = classifier.classify(table["title"].astype("string"), employer)
    out = table.copy()
    out["category"] = category
    out["counts_as_sworn"] = counts_as_sworn(category, sworn)
    return out
