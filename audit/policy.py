"""rules/*.yaml -> typed, validated policy objects.

The policy is data so that an analyst can read it, diff it and change a number without
touching code. A malformed rules file is an input error that names the file and the key,
never a traceback halfway through an audit.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

from audit.contract import CERT_STATUSES, DECERT_ACTIONS, STATE_CODES, TRACKS
from audit.errors import InputError, Problem
from audit.load import SAFE_YAML, load_aliases
from audit.result import RulesFile

RULE_FILES = ("policy.yaml", "titles.yaml", "columns.yaml", "nicknames.yaml")
T = TypeVar("T")


@dataclass(frozen=True)
class Matching:
    max_name_edits: int = 1
    min_typo_length: int = 4
    max_typos_per_link: int = 1
    # nickname, typo, middle name as first, surname part or maiden name, swapped day/month
    max_variations_per_link: int = 1
    allow_swapped_day_month: bool = True
    name_only_leads: bool = True
    strong_min_score: float = 85.0
    similar_first_name: float = 0.85  # Jaro-Winkler for a first-name spelling-variant lead
    # two spellings each on at least this many registry rows (within 10x of each other)
    # are two names (Rose, Ross; Michael, Miguel), never a typo or nickname of one
    real_name_min_rows: int = 3
    # a swapped day/month verifies while at most this many other registry people share
    # the name (unless the middle names agree)
    swapped_dob_max_namesakes: int = 4
    # a birth date one keystroke off (1985/1958, 03-14/03-15) with the same first name and
    # surname is a lead (never a verification) while at most this many other registry
    # people share the name; -1: never looked for
    dob_typo_max_namesakes: int = 4
    # a nickname between two common first names verifies only while the registry is
    # expected to hold fewer strangers than this with the surname, birth date and name
    # (and the middle name, where both full middle names agree)
    nickname_max_strangers: float = 0.0001
    surname_form_max_strangers: float = 0.005
    # another surname with the same first name and birth date, and no middle names to
    # compare, is a lead (a possible name change) while the registry is expected to hold
    # fewer strangers than this with that first name and birth date; -1: never
    name_change_max_strangers: float = 0.01
    # (name, formal name) pairs from rules/nicknames.yaml, beside the nicknames package
    nicknames: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Policy:
    version: str
    sworn_categories: frozenset[str]
    accepted_statuses: frozenset[str]
    disqualifying_actions: frozenset[str]
    window_years_default: float
    window_years_by_source: Mapping[str, float]
    service_minimum_months: int
    short_screening_track: str
    short_course_codes: frozenset[str]
    basic_course_codes: frozenset[str]
    matching: Matching
    titles: Mapping[str, Any] = field(default_factory=dict)  # rules/titles.yaml as read
    aliases: Mapping[str, list[str]] = field(default_factory=dict)  # rules/columns.yaml
    data: Mapping[str, Any] = field(default_factory=dict)  # policy.yaml as read
    files: tuple[RulesFile, ...] = ()

    def window_years(self, source: str) -> float:
        return float(self.window_years_by_source.get(source, self.window_years_default))


def default_rules_dir() -> Path:
    """The rules shipped with the project (next to the package in a checkout or install)."""
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "rules", here / "rules"):
        if (candidate / "policy.yaml").is_file():
            return candidate
    return here.parent / "rules"


def _shown(rules_dir: Path, name: str) -> str:
    """A rules file as the manifest names it: rules/NAME for the shipped rules, else the
    path given (an edited copy must not pass for the shipped file)."""
    if rules_dir.resolve() == default_rules_dir().resolve():
        return f"rules/{name}"
    return (rules_dir / name).as_posix()


def load_policy(rules_dir: Path | None = None) -> Policy:
    """Read and validate every rules file; all problems are reported together."""
    rules_dir = Path(rules_dir) if rules_dir is not None else default_rules_dir()
    problems: list[Problem] = []
    docs: dict[str, dict[str, Any]] = {}
    files: list[RulesFile] = []
    for name in RULE_FILES:
        path = rules_dir / name
        if not path.is_file():
            problems.append(Problem(str(path), None, None, "rules file not found"))
            continue
        raw = path.read_bytes()
        files.append(RulesFile(_shown(rules_dir, name), hashlib.sha256(raw).hexdigest()))
        try:
            doc = yaml.load(raw.decode("utf-8"), Loader=SAFE_YAML)
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(path), None, None, f"not valid YAML: {exc}"))
            continue
        if not isinstance(doc, dict):
            problems.append(Problem(str(path), None, None, "expected a mapping of keys"))
            continue
        docs[name] = doc
    if problems:
        raise InputError(problems)
    reader = _Reader(str(rules_dir / "policy.yaml"), docs["policy.yaml"])
    policy = _build(reader, docs, tuple(files))
    _check_titles(str(rules_dir / "titles.yaml"), docs["titles.yaml"], reader)
    nicknames = _nickname_pairs(str(rules_dir / "nicknames.yaml"), docs["nicknames.yaml"], reader)
    if reader.problems:
        raise InputError(reader.problems)
    return dataclasses.replace(
        policy,
        aliases=load_aliases(rules_dir / "columns.yaml"),
        matching=dataclasses.replace(policy.matching, nicknames=nicknames),
    )


class _Reader:
    """Typed access to nested YAML keys that records a Problem instead of raising."""

    def __init__(self, file: str, doc: Mapping[str, Any]):
        self.file = file
        self.doc = doc
        self.problems: list[Problem] = []
        self._read: list[str] = []

    def get(self, dotted: str, check: Callable[[Any], T], what: str, default: T) -> T:
        self._read.append(dotted)
        node: Any = self.doc
        for part in dotted.split("."):
            if not isinstance(node, Mapping) or part not in node:
                self.fail(dotted, "missing key", file=self.file)
                return default
            node = node[part]
        try:
            return check(node)
        except (TypeError, ValueError):
            self.fail(dotted, f"expected {what}, got {node!r}", file=self.file)
            return default

    def unread(self) -> list[str]:
        """Keys in the file that no setting read: a misspelt one would pass unnoticed
        beside the right one."""
        read = set(self._read)
        out: list[str] = []

        def walk(node: Mapping[str, Any], prefix: str) -> None:
            for key, value in node.items():
                path = f"{prefix}{key}"
                if path in read:
                    continue
                if isinstance(value, Mapping) and any(r.startswith(f"{path}.") for r in read):
                    walk(value, f"{path}.")
                else:
                    out.append(path)

        walk(self.doc, "")
        return out

    def fail(self, key: str, message: str, *, file: str | None = None) -> None:
        self.problems.append(Problem(file or self.file, None, key, message))


def _number(v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float) or v < 0:
        raise ValueError
    return float(v)


def _whole(v: Any) -> int:
    if isinstance(v, bool) or not isinstance(v, int) or v < 0:
        raise ValueError
    return v


def _whole_or_never(v: Any) -> int:
    return -1 if isinstance(v, int) and not isinstance(v, bool) and v == -1 else _whole(v)


def _flag(v: Any) -> bool:
    if not isinstance(v, bool):
        raise ValueError
    return v


def _text(v: Any) -> str:
    if not isinstance(v, str | int | float) or isinstance(v, bool) or str(v).strip() == "":
        raise ValueError
    return str(v).strip()


def _texts(v: Any) -> frozenset[str]:
    if not isinstance(v, list) or not v:
        raise ValueError
    return frozenset(_text(x) for x in v)


def _by_source(v: Any) -> dict[str, float]:
    if v is None:
        return {}
    if not isinstance(v, Mapping):
        raise ValueError
    return {str(k).strip().upper(): _number(x) for k, x in v.items()}


def _build(r: _Reader, docs: Mapping[str, dict[str, Any]], files: tuple[RulesFile, ...]) -> Policy:
    m = Matching()
    settings: tuple[tuple[str, Callable[[Any], Any], str], ...] = (
        ("max_name_edits", _whole, "a whole number"),
        ("min_typo_length", _whole, "a whole number"),
        ("max_typos_per_link", _whole, "a whole number"),
        ("max_variations_per_link", _whole, "a whole number"),
        ("allow_swapped_day_month", _flag, "true or false"),
        ("name_only_leads", _flag, "true or false"),
        ("strong_min_score", _number, "a number 0-100"),
        ("similar_first_name", _number, "a number 0-1"),
        ("real_name_min_rows", _whole, "a whole number"),
        ("swapped_dob_max_namesakes", _whole, "a whole number"),
        ("dob_typo_max_namesakes", _whole_or_never, "a whole number, or -1 for never"),
        ("nickname_max_strangers", _number, "a number"),
        ("surname_form_max_strangers", _number, "a number"),
        ("name_change_max_strangers", _number, "a number, or -1 for never"),
    )
    matching = Matching(
        **{
            name: r.get(f"matching.{name}", check, what, getattr(m, name))
            for name, check, what in settings
        }
    )
    empty: frozenset[str] = frozenset()
    policy = Policy(
        version=r.get("version", _text, "a version string", "unknown"),
        sworn_categories=r.get("sworn_categories", _texts, "a list of categories", empty),
        accepted_statuses=r.get("accepted_statuses", _texts, "a list of statuses", empty),
        disqualifying_actions=r.get("disqualifying_actions", _texts, "a list of actions", empty),
        window_years_default=r.get(
            "separation_window.default_years", _number, "a number of years", 3.0
        ),
        window_years_by_source=r.get(
            "separation_window.by_source", _by_source, "a mapping SOURCE: years", {}
        ),
        service_minimum_months=r.get(
            "service_minimum_months", _whole, "a whole number of months", 12
        ),
        short_screening_track=r.get("tracks.short_screening_track", _text, "LEO or BASIC", "LEO"),
        short_course_codes=r.get("tracks.short_course_codes", _texts, "a list of codes", empty),
        basic_course_codes=r.get("tracks.basic_course_codes", _texts, "a list of codes", empty),
        matching=matching,
        titles=docs["titles.yaml"],
        data=docs["policy.yaml"],
        files=files,
    )
    _check_values(r, "accepted_statuses", policy.accepted_statuses, CERT_STATUSES)
    _check_values(r, "disqualifying_actions", policy.disqualifying_actions, DECERT_ACTIONS)
    _check_values(r, "tracks.short_screening_track", {policy.short_screening_track}, TRACKS)
    if {"revoked", "suspended"} & policy.accepted_statuses:
        r.fail("accepted_statuses", "revoked and suspended certifications can never verify")
    if not 0 <= policy.matching.strong_min_score <= 100:
        r.fail("matching.strong_min_score", "expected a number 0-100")
    for source in sorted(set(policy.window_years_by_source) - STATE_CODES):
        r.fail(
            "separation_window.by_source",
            f"unknown source {source!r}; use a two-letter state code or FED",
        )
    for key in r.unread():
        r.fail(key, "not a policy setting (misspelt?); the settings are those of the shipped file")
    return policy


def _check_values(r: _Reader, key: str, got: frozenset[str] | set[str], allowed: tuple[str, ...]):
    for value in sorted(set(got) - set(allowed)):
        r.fail(key, f"unknown value {value!r}; allowed: {', '.join(allowed)}")


def _check_titles(file: str, doc: Mapping[str, Any], r: _Reader) -> None:
    cats = doc.get("categories")
    if not isinstance(cats, Mapping) or not cats:
        r.fail("categories", "expected a mapping of category -> patterns", file=file)
        return
    for name, spec in cats.items():
        if not isinstance(spec, Mapping) or not isinstance(spec.get("patterns", []), list):
            r.fail(f"categories.{name}", "expected a mapping with a 'patterns' list", file=file)
    policy_cats = r.doc.get("sworn_categories") or []
    for name in policy_cats if isinstance(policy_cats, list) else []:
        if name not in cats:
            r.fail("sworn_categories", f"{name!r} is not a category of titles.yaml")


def _nickname_pairs(file: str, doc: Mapping[str, Any], r: _Reader) -> tuple[tuple[str, str], ...]:
    """``groups: {formal: [variant, ...]}`` -> sorted (variant, formal) pairs, and
    ``spellings: [[name, ...], ...]`` -> every pair of one list's names."""
    groups = doc.get("groups")
    if not isinstance(groups, Mapping):
        r.fail("groups", "expected a mapping of formal name -> list of variants", file=file)
        return ()
    pairs: set[tuple[str, str]] = set()
    for formal, variants in groups.items():
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            r.fail(f"groups.{formal}", "expected a list of names", file=file)
            continue
        pairs.update((str(v).strip().lower(), str(formal).strip().lower()) for v in variants)
    # spellings of one name (transliterations): each is the others' direct form
    spellings = doc.get("spellings") or []
    if not isinstance(spellings, list):
        r.fail("spellings", "expected a list of lists of spellings of one name", file=file)
        return tuple(sorted(pairs))
    for at, names in enumerate(spellings):
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            r.fail(f"spellings[{at}]", "expected a list of names", file=file)
            continue
        clean = sorted({n.strip().lower() for n in names if n.strip()})
        pairs.update((a, b) for a in clean for b in clean if a < b)
    return tuple(sorted(pairs))
