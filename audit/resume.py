"""Resume free text -> what the applicant claims: sworn service, non-sworn jobs, aspirations.

The screener read "officer" anywhere in a resume as law-enforcement service. Here a resume is
cut into clauses (sentences, semicolons, lines, bullets); inside a clause, an aspiration cue
("hope to become", "seeking", "applicant for": the `aspirational` patterns of titles.yaml)
starts a wish, a mention cue ("worked with", "liaison to": `resume.mention_cues`) starts a
reference to other people, and a plural role ("trained new officers": `resume.plural_roles`)
names a group. What is left of a clause is the applicant's own job, classified with the same
taxonomy as employment-history titles (`audit.titles.TitleClassifier`, without its spelling
repair: prose is full of real words one letter from the taxonomy's, "policy", "patron").

The result explains the screener rather than verifying anyone: a resume claim is never
evidence of certification. Its reason codes are general: ``PRIOR_TITLE_<CATEGORY>`` for a
claimed non-sworn job (PRIOR_TITLE_OTHER_OFFICER for a loan or safety officer,
PRIOR_TITLE_CORRECTIONS_DETENTION for a jailer ...), ``ASPIRATIONAL_ONLY`` when the only
law-enforcement content is a wish, ``LE_MENTION_ONLY`` when law enforcement is only mentioned.
"""

from __future__ import annotations

import csv
import html
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np
import pandas as pd

from audit.contract import STATE_CODES, STATE_NAMES, TITLE_CATEGORIES
from audit.titles import UNKNOWN, WILDCARD, TitleClassifier, agency_initials, normalise_text

ASPIRATIONAL = "aspirational"
COLUMNS = (
    "categories",
    "sworn_claimed",
    "aspirational",
    "aspirational_only",
    "mention_only",
    "top_non_sworn",
    "reason_code",
    "reason_codes",
    "sworn_text",
    "evidence",
)
# Categories that are law-enforcement content for "aspirational only" and "mention only"
# (titles.yaml `resume.law_enforcement` may change this).
_LAW_ENFORCEMENT = tuple(
    c for c in TITLE_CATEGORIES if c not in ("military", "other_officer", "aspirational", "unknown")
)
_DOTTED = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_CLAUSE = re.compile(r"([;\n\r•·]+)|(?<=[.!?])\s+")  # the group: a break, not a full stop
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A references section names other people's agencies ("REFERENCES" / "Chief Robert Hale,
# Tulsa Police Department, (918) ..."): from its heading to the next heading (a line of
# capitals, or of headings' words) no line is the applicant's job
_REFERENCES = re.compile(
    r"^[ \t]*(?:professional |personal )?references?[ \t]*:?[ \t]*$", re.IGNORECASE | re.MULTILINE
)
_CAPITALS_LINE = re.compile(r"[ \t]*[A-Z][A-Z &/]{2,40}:?[ \t]*")
# the words of a state's name: an agency's own ("Texas Department of Public Safety")
_STATE_NAME_WORDS = frozenset(
    w for n, c in STATE_NAMES.items() if len(c) == 2 for w in n.lower().split()
) - {"new", "north", "south", "west", "of", "district"}
# a federal resume's fields between a job's dates and its title
_FIELD_LINE = re.compile(
    r"(?:salary|hours per week|series|grade|pay plan|supervisor|okay to contact|may contact"
    r"|federal|duty station)\b",
    re.IGNORECASE,
)
_CAPITAL = re.compile(r"[A-Z]")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_WRAPPED = re.compile(r"^([A-Z][^\n]*[a-z,])\n(?=[a-z])", re.MULTILINE)
_IN_BRACKETS = re.compile(r"\([^()\n]{0,200}\)")
# an academy, or a role held only there
_ACADEMY = re.compile(r"\b(?:academy|recruit|trainee|cadet)\b", re.IGNORECASE)
_LEFT_AFTER = re.compile(
    r"\s*;\s*(?=(?:and\s+)?(?:I\s+)?(?:left|resigned|retired|separated)\b)", re.IGNORECASE
)
_COUNTRY = re.compile(r",?\s*United\s+States(?:\s+of\s+America)?\s*$", re.IGNORECASE)
# a line that is a place: "Tulsa, Oklahoma, United States", "Reno, NV 89502"
_PLACE_LINE = re.compile(r"United States|,\s*[A-Z]{2}\b|,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s*$")
_DONE_ACADEMY = re.compile(
    r"\b(?:attended|completed|graduated\s+from|graduate\s+of|finished|passed)\s+(?:the\s+)?"
    r"(?:[A-Za-z]+\s+){0,3}?academy\b",
    re.IGNORECASE,
)
_NEXT_STEP = re.compile(
    r"(?:,|;)?\s+(?:and\s+)?(?:then|was\s+(?:later\s+)?hired|later\s+hired"
    r"|where\s+I\s+(?:(?:spent|served|worked)\b(?=[^.;]{0,80}?\bas\s)|was\s+(?=an?\s)))"
    r"(?!\s+(?:emigrated|immigrated|came|left|retired|resigned)\b)",
    re.IGNORECASE,
)


def _as_program(match: re.Match[str]) -> str:
    return match.group()[: -len("academy")] + "program"


# Text pasted from web forms: a line break or a list item as markup; other tags say nothing
_HTML_BREAK = re.compile(r"<\s*(?:br|/?p|/?li|/?div|/?tr)\b[^>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
# A pipe separates the fields of one job ("Detective | Detroit Police Department |
# Detroit, Michigan | 2016 - 2018"), or jobs ("Patrol Officer, Springfield PD 2013-2020 |
# Warehouse Associate, Amazon 2008-2013")
_PIPE = re.compile(r"\s*\|\s*")
# The parts of a job's line: "Police Officer, Springfield PD (2016) — at Reno PD"
_PARTS = re.compile(r"\s*(?:[,()—–]|\s-\s|\bat\b|\bwith\b|\bfor\b)\s*")
# Words of a resume's headings and lists, never an agency's line
_HEADING_WORDS = frozenset(
    {"experience", "history", "summary", "skills", "education", "training", "member",
     "membership", "certifications", "certification", "references", "objective", "profile",
     "employment", "career", "qualifications", "awards", "languages", "volunteer",
     "activities", "associations", "affiliations", "background", "professional"}
)  # fmt: skip
# a heading line's words: those, and words an agency's name may have too ("Law Enforcement
# Experience"), which _HEADING_WORDS must not hold (no agency line has one of those)
_HEADING_LINE_WORDS = _HEADING_WORDS | {"work", "relevant", "related", "law", "enforcement", "and"}
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&-]*")
# A number of two or more digits standing alone: its neighbours are ASCII characters that
# every reading step treats as a plain separator (not a letter, digit, underscore, or the
# apostrophes and dots that normalise_text deletes and so would glue it to a word).
_NUMBER = re.compile(
    r"(?<![A-Za-z0-9_'.`])(?<![^\x00-\x7f])[0-9]{2,}(?![A-Za-z0-9_'.`])(?![^\x00-\x7f])"
)
_NO_STOP = {
    "inc", "co", "corp", "ltd", "llc", "st", "mt", "ft", "jr", "sr", "dr", "mr", "mrs", "ms",
    "no", "dept", "univ", "assn", "vs", "etc", "approx", "est",
}  # fmt: skip


@dataclass
class _Reading:
    claimed: dict[str, str] = field(default_factory=dict)  # category -> first clause
    sworn: list[str] = field(default_factory=list)  # every clause claiming sworn service
    aspiration: str | None = None
    mention: str | None = None


def claims_from_resume(
    text: pd.Series,
    titles: Mapping[str, Any],
    sworn_categories: Iterable[str] = ("sworn_leo",),
    readings: Mapping[str, tuple[Any, ...]] | None = None,
) -> pd.DataFrame:
    """What each resume claims, one row per row of ``text`` (same index).

    ``titles`` is rules/titles.yaml as read (``Policy.titles``); ``sworn_categories`` the
    policy's sworn categories. Each distinct text is read once, unless ``readings``
    (from :func:`read_resumes`, e.g. done in another process) already holds it. Columns:

    - ``categories``: claimed job categories, most telling first, ";"-joined ("" if none);
    - ``sworn_claimed``: a clause claims a job in a sworn category;
    - ``aspirational``: the resume wishes for a law-enforcement job;
    - ``aspirational_only``: it does, and claims no law-enforcement job (sworn or not);
    - ``mention_only``: law enforcement is only mentioned ("worked with police officers");
    - ``top_non_sworn``: the most telling non-sworn category (titles.yaml
      `resume.closeness`), ``aspirational`` included when the wish is all there is;
    - ``reason_code`` / ``reason_codes``: PRIOR_TITLE_<CATEGORY>, ASPIRATIONAL_ONLY,
      LE_MENTION_ONLY (first / all, most telling first);
    - ``sworn_text``: every clause claiming sworn service, "; "-joined (see
      :func:`sworn_jobs`); ``evidence``: the clause behind
      ``top_non_sworn`` (or the mention).
    """
    codes, uniques = pd.factorize(text.astype("string").fillna(""), sort=False)
    texts = [str(u) for u in uniques]
    known = readings or {}
    unread = [t for t in dict.fromkeys([*texts, ""]) if t not in known]
    read = dict(zip(unread, read_resumes(unread, titles, sworn_categories), strict=True))
    rows = [known[t] if t in known else read[t] for t in [*texts, ""]]
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    picked = table.iloc[np.where(codes >= 0, codes, len(rows))]
    out = picked.reset_index(drop=True)
    out.index = text.index
    for col in ("sworn_claimed", "aspirational", "aspirational_only", "mention_only"):
        out[col] = out[col].astype(bool)
    for col in ("categories", "top_non_sworn", "reason_code", "reason_codes", "sworn_text",
                "evidence"):  # fmt: skip
        out[col] = out[col].astype("string")
    return out


def read_resumes(
    texts: Sequence[str], titles: Mapping[str, Any], sworn_categories: Iterable[str]
) -> list[tuple[Any, ...]]:
    """One reading (a tuple of :data:`COLUMNS`) per text. Plain Python in and out, so it
    can run in a worker process; a text's reading depends only on it and the rules."""
    if not texts:
        return []
    reader = ResumeReader(titles, sworn_categories)
    return [reader.read(t) for t in texts]


class ResumeReader:
    """Reads one resume text (see :func:`claims_from_resume`)."""

    def __init__(self, titles: Mapping[str, Any], sworn_categories: Iterable[str]):
        self.classifier = TitleClassifier(titles, correct_typos=False)
        self.sworn = frozenset(sworn_categories)
        self._events: dict[str, tuple[tuple[str, str, int, int], ...]] = {}
        self._agencies: dict[str, bool] = {}
        # every word of a law-enforcement employer's name or abbreviation, and each with
        # two letters swapped (the reader repairs those)
        words = {
            t
            for key, (category, _) in self.classifier.employers.items()
            if category in _LAW_ENFORCEMENT
            for t in key
        } | set(self.classifier.employer_abbreviations)
        # the words of roles and employers: a line with no other word names no agency
        self.known = (
            frozenset(
                t for key in (*self.classifier.phrases, *self.classifier.employers) for t in key
            )
            | self.classifier.neutral
            | self.classifier.levels
        ) - _STATE_NAME_WORDS  # "Texas Department of Public Safety" is a name
        self.initialisms = frozenset(
            k for k, v in self.classifier.employer_abbreviations.items() if len(v) > 1
        )
        self.agency_words = words | {
            w[:i] + w[i + 1] + w[i] + w[i + 2 :] for w in words for i in range(len(w) - 1)
        }
        self._roles: dict[str, bool] = {}
        resume = titles.get("resume") or {}
        aspiration = ((titles.get("categories") or {}).get(ASPIRATIONAL) or {}).get("patterns")
        self.aspiration_cue = _cue_regex(aspiration or [])
        self.mention_cue = _cue_regex(resume.get("mention_cues") or [])
        self.negation_cue = _cue_regex(resume.get("negation_cues") or [])
        self.withdrawal_cue = _cue_regex(resume.get("withdrawal_cues") or [])
        self.academy_withdrawal_cue = _cue_regex(resume.get("academy_withdrawal_cues") or [])
        # initials an office writes in capitals ("Washoe Co. SO", "Reno PD"), expanded
        # before a clause is classified; in lower case they are words ("so", "doc")
        self.initials = {
            k.upper(): " ".join(v)
            for k, v in self.classifier.employer_abbreviations.items()
            if k.isalpha() and len(k) >= 2
        }
        self.initials_re = (
            re.compile(r"\b(" + "|".join(map(re.escape, sorted(self.initials))) + r")\b")
            if self.initials
            else None
        )
        self.plural = {t for w in resume.get("plural_roles") or [] for t in normalise_text(str(w))}
        self.closeness = [str(c) for c in resume.get("closeness") or []]
        self.order = {c: i for i, c in enumerate(self.closeness)}
        self.law_enforcement = frozenset(
            str(c) for c in resume.get("law_enforcement") or _LAW_ENFORCEMENT
        )
        # a one-word abbreviation takes a full stop ("Sgt.", "Dept."); initials do not
        # ("NOPD."): a sentence ends there
        self.no_stop = _NO_STOP | {
            k for k, v in self.classifier.abbreviations.items() if len(v) == 1
        }
        # The screener's trap words: bare roles ("officer", "agent", "deputy", ranks). A job
        # of the specialised category (other_officer) explains the screener only if its clause
        # has one: "Loan Officer" does, "Teacher" does not.
        self.trap = {
            key[0]
            for key, ph in self.classifier.phrases.items()
            if ph.kind == "generic" and len(key) == 1
        }
        self.other = self.classifier.specialised_category
        # Words that can modify a law-enforcement role ("new police officers": police).
        le = self.law_enforcement | {"generic"}
        self.modifiers = {
            t for key, ph in self.classifier.phrases.items() if ph.category in le for t in key
        }
        known = self.classifier.known_tokens() | self.plural | self.modifiers | self.no_stop
        self.named_numbers = frozenset(t for t in known if t.isdigit())

    def read(self, text: str) -> tuple[Any, ...]:
        reading = _Reading()
        for clause in self._clauses(text):
            self._read_clause(clause, reading)
        return self._summarise(reading)

    # -- clauses ------------------------------------------------------------------------

    def _clauses(self, text: str) -> list[str]:
        if "<" in text or "&" in text:
            text = _HTML_TAG.sub(" ", _HTML_BREAK.sub("\n", html.unescape(text)))
        if "\n" in text:
            text = self._profile_blocks(_without_references(_unwrapped(text)))
        text = _LEFT_AFTER.sub(", ", text)  # "... hired me; I left in 2012" is one job
        if ";" in text:  # "Police Recruit (did not graduate; withdrew week 14), ..." too
            text = _IN_BRACKETS.sub(lambda m: m.group().replace(";", ","), text)
        text = _DOTTED.sub(lambda m: m.group().replace(".", ""), text)  # U.S. -> US
        parts = _CLAUSE.split(text)  # piece, break (None after a full stop), piece, ...
        merged: list[str] = []
        lines: list[bool] = []  # per piece: a line break, semicolon or bullet before it
        broken = False
        for i, part in enumerate(parts):
            if i % 2:
                broken = broken or part is not None
            elif part and part.strip():
                if merged and not broken and self._open_ended(merged[-1], part):
                    merged[-1] = f"{merged[-1]} {part}"
                else:
                    merged.append(part)
                    lines.append(broken)
                broken = False
        pieces: list[str] = []
        breaks: list[bool] = []
        for piece, broken in zip(merged, lines, strict=True):
            for k, job in enumerate(self._fields_or_jobs(piece.strip())):
                pieces.append(job)
                breaks.append(broken or k > 0)
        return self._job_blocks(pieces, breaks)

    def _profile_blocks(self, text: str) -> str:
        """A job as online profiles and federal resumes write it, a block of lines under a
        bare title ("Police Officer" / "City of Tulsa" / "Dec 2010 - Apr 2013 · 2 yrs" /
        "Tulsa, Oklahoma, United States"): its lines up to the dates, and the place after
        them, are one clause; the duties below stay lines of their own."""
        blocks = _BLANK_LINE.split(text)
        for b, block in enumerate(blocks):
            lines = [line.strip() for line in block.split("\n") if line.strip()]
            # a heading right above the first job ("Experience", "WORK EXPERIENCE")
            lead = 0
            while lead < len(lines) - 2 and _is_heading(lines[lead]):
                lead += 1
            job = self._titled_block(lines[lead:]) or self._federal_block(lines[lead:])
            if job is not None:
                blocks[b] = "\n".join([*lines[:lead], *job])
        return "\n\n".join(blocks)

    def _titled_block(self, lines: list[str]) -> list[str] | None:
        """A bare title, then its employer, dates and place: one line, then the duties."""
        if len(lines) < 2 or not self._bare_title(lines[0]):
            return None
        dated = [i for i, line in enumerate(lines) if _YEAR.search(line)]
        if not dated or dated[0] > 4:
            return None
        end = dated[0]
        if end + 1 < len(lines) and _PLACE_LINE.search(lines[end + 1]):
            end += 1
        return [_one_line(lines[: end + 1]), *lines[end + 1 :]]

    def _federal_block(self, lines: list[str]) -> list[str] | None:
        """A federal resume's job: the employer, its place and dates, the salary and hours,
        then the title ("Dallas Police Department" / "Dallas, TX US" / "03/2017 - Present" /
        "Salary: ..." / "Hours per week: 40" / "Police Officer"): the title, then the rest."""
        if len(lines) < 3 or _YEAR.search(lines[0]) or not self._is_agency(lines[0]):
            return None
        dated = next((i for i, line in enumerate(lines[:4]) if _YEAR.search(line)), None)
        if dated is None:
            return None
        at = dated + 1
        while at < len(lines) and _FIELD_LINE.match(lines[at]):
            at += 1
        if at >= len(lines) or at == dated + 1 or not self._bare_title(lines[at]):
            return None
        return [_one_line([lines[at], *lines[: dated + 1]]), *lines[at + 1 :]]

    def _bare_title(self, line: str) -> bool:
        """A line that is a job title and nothing else ("Police Officer", "911 Dispatcher";
        not "Objective: a position with DHS/ICE ...", not a sentence)."""
        if len(line.split()) > 6 or line.endswith(".") or any(c in line for c in ",:;"):
            return False
        return (
            not _YEAR.search(line)
            and self._category(line) != ASPIRATIONAL
            and self._role_line(line)
        )

    def _fields_or_jobs(self, piece: str) -> list[str]:
        """A piece split by pipes: the fields of one job, joined by commas ("Detective |
        Detroit Police Department | Detroit, Michigan | 2016 - 2018"), unless two of its
        parts name years or roles of their own, or a part follows one with years: then
        each is a job of its own."""
        parts = [p for p in _PIPE.split(piece) if p]
        if len(parts) < 2:
            return [piece]
        dated = [bool(_YEAR.search(p)) for p in parts]
        roles = sum(self._role_line(p) and not self._agency_line(p) for p in parts)
        # the fields' years come last ("... | 2016 - 2018"); years followed by another
        # part end a job ("Patrol Officer, Springfield PD 2016-2023 | Warehouse Associate")
        jobs = sum(dated) > 1 or roles > 1 or any(dated[:-1])
        return parts if jobs else [", ".join(parts)]

    def _job_blocks(self, pieces: list[str], breaks: list[bool]) -> list[str]:
        """A job written over two lines, its agency on one and its role on the other
        ("Reno Police Department — Reno (NV)" then "Police Officer   June 2015 — July 2018"),
        is one clause: the role, then the agency. A resume puts the agency first or the
        role first throughout: role first when its first agency line follows a role's."""
        if len(pieces) < 2 or not any(breaks):
            return pieces
        agency = [not _YEAR.search(p) and self._is_agency(p) for p in pieces]
        if not any(agency):
            return pieces
        # only an agency line's neighbours can be its role
        near = {k for i, a in enumerate(agency) if a for k in (i - 1, i + 1)}
        role = [
            k in near and not agency[k] and 0 <= k < len(pieces) and self._is_placeless_role(p)
            for k, p in enumerate(pieces)
        ]
        first = agency.index(True)
        role_first = first > 0 and breaks[first] and role[first - 1]
        out: list[str] = []
        i = 0
        while i < len(pieces):
            j = i + 1
            if j < len(pieces) and breaks[j]:
                at, job = (j, i) if role_first else (i, j)
                if agency[at] and role[job]:
                    out.append(f"{pieces[job]}, {pieces[at]}")
                    i += 2
                    continue
            out.append(pieces[i])
            i += 1
        return out

    def _is_agency(self, piece: str) -> bool:
        """The line names an agency and no role; worked out once per line with its
        numbers blanked, as clause readings are (lines recur across resumes), and only
        for a line with a word of a law-enforcement employer in it."""
        key = self._blank_numbers(piece)
        if key not in self._agencies:
            words = normalise_text(key)
            self._agencies[key] = any(
                w in self.agency_words or agency_initials(w) is not None for w in words
            ) and self._agency_line(key)
        return self._agencies[key]

    def _is_placeless_role(self, piece: str) -> bool:
        """The line names a sworn or bare role, and neither a state nor an agency of its
        own ("Police Officer, Springfield PD, 2016-2022" is a whole job); likewise once per
        line."""
        key = self._blank_numbers(piece)
        if key not in self._roles:
            self._roles[key] = (
                self._le_role_line(key)
                and _place_and_year(key)[0] is None
                and not any(self._agency_line(part) for part in _PARTS.split(key) if part)
            )
        return self._roles[key]

    def _agency_line(self, piece: str) -> bool:
        """A line that names a law-enforcement agency and no role ("Denver PD — Denver, CO",
        "Harris County Sheriff's Office"; a job's years are on its role's line)."""
        words = normalise_text(piece)
        if not words or _HEADING_WORDS & set(words):
            return False  # "LAW ENFORCEMENT EXPERIENCE", "Member, Fraternal Order of Police"
        employer = self.classifier.employer_category(piece)
        return (
            employer in self.law_enforcement
            and self._category(piece) in (UNKNOWN, employer)
            and not self._has_trap(piece)
            # a name of its own (Reno, Maricopa), or an agency's initials (NYPD, VBPD)
            and any(w not in self.known or w in self.initialisms for w in words)
        )

    def _role_line(self, piece: str) -> bool:
        """A line that names a role ("Detective   Nov 2012 – PRESENT", "Bank Teller")."""
        return self._category(piece) != UNKNOWN or self._has_trap(piece)

    def _le_role_line(self, piece: str) -> bool:
        """A line that names a sworn role, or a bare one ("Detective")."""
        category = self._category(piece)
        return category in self.sworn or (category == UNKNOWN and self._has_trap(piece))

    def _has_trap(self, text: str) -> bool:
        """The text holds one of the screener's trap words (a bare role: "officer")."""
        return bool(self.trap & set(self.classifier.title_tokens(text)))

    def _open_ended(self, piece: str, following: str) -> bool:
        """A full stop that ends an abbreviation ("Dep.", "Inc."; a state's after a place
        when the job's years follow: "Mesa, Ariz. 2014-2017") ends no sentence."""
        words = piece.rstrip().split()
        if not words or not words[-1].endswith("."):
            return False
        years_next = following.lstrip()[:1].isdigit() or following.lstrip().startswith("(")
        if _WRITTEN_AT_END.search(piece):
            return years_next
        last = words[-1].rstrip(".").lower()
        if len(last) <= 1 or last in self.no_stop:
            return True
        # initials: "Reno PD. 2010-2014" goes on, "NOPD. Then ..." ends a sentence, and so
        # does a state's code ("Austin TX. 04/2012 - 04/2019: K-9 Officer ...")
        initials = _INITIALS.fullmatch(words[-1]) and words[-1][:-1] not in _CODES
        return bool(initials) and years_next

    def _read_clause(self, clause: str, reading: _Reading) -> None:
        """Apply what a clause says. The same clause recurs across resumes ("U.S. Army
        veteran", "Loan Officer at ..."), mostly with other years, so its reading is worked
        out once per clause with its numbers blanked, and its parts are cut from the clause
        itself (blanking keeps every character where it was)."""
        # an academy the applicant went through is no wish ("I attended the academy and
        # have served as a sworn police officer"): read as a program, same length
        key = _DONE_ACADEMY.sub(_as_program, self._blank_numbers(clause))
        events = self._events.get(key)
        if events is None:
            events = self._events[key] = tuple(self._clause_events(key))
        for kind, category, start, end in events:
            part = clause[start:end]
            if kind == ASPIRATIONAL:
                if reading.aspiration is None:
                    reading.aspiration = part
            elif kind == "mention":
                if reading.mention is None:
                    reading.mention = part
            else:
                reading.claimed.setdefault(category, part)
                if category in self.sworn and part not in reading.sworn:
                    reading.sworn.append(part)

    def _blank_numbers(self, clause: str) -> str:
        """The clause with each standalone number the rules do not name ("2003-2007") turned
        into zeros of the same length. It reads exactly as the clause does: such a number is
        a token no phrase, employer, cue or abbreviation holds, every test on it asks only
        whether it is all digits or how long it is, and its neighbours are separators."""
        return _NUMBER.sub(self._blank, clause)

    def _blank(self, match: re.Match[str]) -> str:
        """Zeros for a number, unless the rules name it or its zeros ("911", "Century 21")."""
        number = match.group()
        zeros = "0" * len(number)
        return number if {number, zeros} & self.named_numbers else zeros

    def _clause_events(self, clause: str) -> Iterator[tuple[str, str, int, int]]:
        """(kind, category, start, end) in reading order: aspiration, mention or claim, with
        the span of the part of ``clause`` that says so. A clause that says the applicant
        left before finishing ("Police Officer Recruit, Omaha PD — resigned before
        completing the academy") claims no job: it is a wish that was not fulfilled."""
        if self.withdrawal_cue.search(clause) or (
            self.academy_withdrawal_cue.search(clause) and _ACADEMY.search(clause)
        ):
            start, end = _strip_span(clause, 0, len(clause))
            if self._category(clause[start:end]) in (*self.law_enforcement, ASPIRATIONAL):
                yield ASPIRATIONAL, ASPIRATIONAL, start, end
                return
        cues = sorted(
            [(m.start(), ASPIRATIONAL) for m in self.aspiration_cue.finditer(clause)]
            + [(m.start(), "mention") for m in self.mention_cue.finditer(clause)]
            + [(m.start(), "negated") for m in self.negation_cue.finditer(clause)]
            # a career's next step is a claim of its own ("Part-time reserve (2011–2013),
            # then full-time sworn police officer since 2014"), and so is the place an
            # applicant came from ("... security in San Antonio, after relocating from
            # Idaho, where I spent five years as a patrol officer")
            + [(m.start(), "claim") for m in _NEXT_STEP.finditer(clause)]
        )
        bounds = [(0, "claim"), *cues, (len(clause), "end")]
        for (start, kind), (end, _) in itertools.pairwise(bounds):
            start, end = _strip_span(clause, start, end)
            part = clause[start:end]
            if not part or kind == "negated":
                continue
            if kind == ASPIRATIONAL:
                if self.classifier.classify_one(part) == ASPIRATIONAL:
                    yield ASPIRATIONAL, ASPIRATIONAL, start, end
            elif kind == "mention":
                if self._category(part) in self.law_enforcement:
                    yield "mention", "", start, end
            else:
                for event, category in self._claim_events(part):
                    yield event, category, start, end

    def _claim_events(self, part: str) -> Iterator[tuple[str, str]]:
        """(kind, category) of what a part without cues says."""
        own, groups = self._split_groups(part)
        for group in groups:
            if self._category(group) in self.law_enforcement:
                yield "mention", ""
        category = self._category(own)
        if category == self.other and not self._has_trap(own):
            return
        if category not in (UNKNOWN, ASPIRATIONAL):
            yield "claim", category
        elif category == ASPIRATIONAL:
            yield ASPIRATIONAL, ASPIRATIONAL

    def _split_groups(self, part: str) -> tuple[str, list[str]]:
        """Cut plural role phrases ("new police officers") out of a claim."""
        words = list(_WORD.finditer(part))
        drop: set[int] = set()
        groups: list[str] = []
        for i, w in enumerate(words):
            if _norm(w.group()) not in self.plural:
                continue
            j = i
            while j > 0 and all(t in self.modifiers for t in normalise_text(words[j - 1].group())):
                j -= 1
            drop.update(range(j, i + 1))
            groups.append(part[words[j].start() : w.end()])
        if not drop:
            return part, []
        keep = [part[w.start() : w.end()] for k, w in enumerate(words) if k not in drop]
        return " ".join(keep), groups

    def _category(self, text: str) -> str:
        if not text.strip():
            return UNKNOWN
        if self.initials_re is not None:
            text = self.initials_re.sub(lambda m: self.initials[m.group()], text)
        return self.classifier.classify_one(text)

    # -- summary ------------------------------------------------------------------------

    def _summarise(self, r: _Reading) -> tuple[Any, ...]:
        order = self.order
        claimed = sorted(r.claimed, key=lambda c: (c not in self.sworn, order.get(c, 99), c))
        sworn = [c for c in claimed if c in self.sworn]
        le_claimed = any(c in self.law_enforcement or c in self.sworn for c in claimed)
        aspirational = r.aspiration is not None
        aspirational_only = aspirational and not le_claimed
        mention_only = r.mention is not None and not le_claimed and not aspirational
        candidates = [c for c in claimed if c not in self.sworn]
        if aspirational_only:
            candidates.append(ASPIRATIONAL)
        candidates.sort(key=lambda c: (order.get(c, 99), c))
        codes = [
            "ASPIRATIONAL_ONLY" if c == ASPIRATIONAL else f"PRIOR_TITLE_{c.upper()}"
            for c in candidates
        ]
        if mention_only:
            codes.append("LE_MENTION_ONLY")
        top = candidates[0] if candidates else None
        if top == ASPIRATIONAL:
            evidence = r.aspiration
        elif top is not None:
            evidence = r.claimed[top]
        else:
            evidence = r.mention if mention_only else None
        return (
            ";".join(claimed),
            bool(sworn),
            aspirational,
            aspirational_only,
            mention_only,
            top,
            codes[0] if codes else None,
            ";".join(codes),
            "; ".join(r.sworn) or None,
            evidence,
        )


def _unwrapped(text: str) -> str:
    """Sentences a PDF broke over lines joined again ("... experience in community" /
    "policing, criminal investigations ..."; "Spa-" / "nish"): a line of five words or more
    that starts with a capital and ends mid-sentence, then one in lower case. Text all in
    lower case is left alone: there every line starts so."""
    if not _CAPITAL.search(text):
        return text
    text = _HYPHEN_BREAK.sub("", text)
    return _WRAPPED.sub(
        lambda m: m.group(1) + " " if len(m.group(1).split()) >= 5 else m.group(), text
    )


def _is_heading(line: str) -> bool:
    """A line of headings' words only ("WORK EXPERIENCE", "Law Enforcement Experience")."""
    words = set(re.findall(r"[a-z]+", line.lower()))
    return bool(words) and words <= _HEADING_LINE_WORDS


def _one_line(lines: list[str]) -> str:
    """A job's lines as one clause; the country a profile adds to every place is no
    federal employer."""
    return ", ".join(_COUNTRY.sub("", line.replace("·", ",")) for line in lines)


def _without_references(text: str) -> str:
    """The text without its references section, if it has one: up to the next heading, or
    a line with a year in it (a reference has none; a job placed after them has)."""
    heading = _REFERENCES.search(text)
    if heading is None:
        return text
    rest = text[heading.end() :].split("\n")
    for i, line in enumerate(rest[1:], start=1):
        if _CAPITALS_LINE.fullmatch(line) or _is_heading(line) or _YEAR.search(line):
            return text[: heading.start()] + "\n".join(rest[i:])
    return text[: heading.start()]


@lru_cache(maxsize=65536)
def _norm(word: str) -> str:
    """A word's one normalised token ("" if it has none or several); cached, as every word
    of every claim is looked up and words recur."""
    toks = normalise_text(word)
    return toks[0] if len(toks) == 1 else ""


_STRIP = " ,-–—:"


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of ``text[start:end].strip(_STRIP)`` inside ``text``."""
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _cue_regex(phrases: Iterable[Any]) -> re.Pattern[str]:
    """One case-insensitive regex for whole-word cue phrases (longest first)."""
    alts = sorted(
        {
            r"\W+".join(re.escape(t) for t in normalise_text(str(p)))
            for p in phrases
            if WILDCARD not in str(p) and normalise_text(str(p))
        },
        key=len,
        reverse=True,
    )
    if not alts:
        return re.compile(r"(?!x)x")
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.IGNORECASE)


# -- sworn jobs claimed in a resume --------------------------------------------------------

# A postal code written as a place: after a comma, an opening parenthesis or a dash
# ("Reno, NV", "(NV)", "Sheriff's Office - NV"); bare capitals elsewhere are words or
# acronyms ("OR", "IN", "PD").
_POSTAL = re.compile(
    r"(?:,|\(|\s[-–—])\s*([A-Z]{2})\b(?!\s+(?:County|Parish)\b)(?<!MT(?=\.\s*[A-Z]))"
)  # "L.A. County Sheriff" (LA County) and "Mt. Vernon PD" name no state
# ...nor does a code that starts a name ("VA Medical Center Police", "MD Anderson Cancer
# Center Police"), unless it follows a place of its state ("Tulsa, OK Police Department")
_NAME_AFTER_CODE = re.compile(
    r"\s+(?:Medical|Hospital|Health|Center|Clinic|Police|Department|Dept|Anderson)\b"
)
# A state's abbreviation as written after a place ("Seattle, Wash.", "Tulsa, Okla.")
_WRITTEN = {
    "Ala": "AL", "Ariz": "AZ", "Ark": "AR", "Calif": "CA", "Cal": "CA", "Colo": "CO",
    "Conn": "CT", "Del": "DE", "Fla": "FL", "Ga": "GA", "Ill": "IL", "Ind": "IN", "Kan": "KS",
    "Kans": "KS", "Ky": "KY", "Md": "MD", "Mass": "MA", "Mich": "MI", "Minn": "MN",
    "Miss": "MS", "Mo": "MO", "Mont": "MT", "Neb": "NE", "Nebr": "NE", "Nev": "NV",
    "Okla": "OK", "Ore": "OR", "Oreg": "OR", "Pa": "PA", "Penn": "PA", "Tenn": "TN",
    "Tex": "TX", "Vt": "VT", "Va": "VA", "Wash": "WA", "Wis": "WI", "Wisc": "WI", "Wyo": "WY",
}  # fmt: skip
_WRITTEN_NAMES = "|".join(sorted(_WRITTEN, key=len)[::-1])
# ...with its full stop, or at the clause's end, where the stop was taken off
_WRITTEN_AFTER = re.compile(r",\s*(" + _WRITTEN_NAMES + r")(?:\.|\s*$)")
_INITIALS = re.compile(r"[A-Z]{2,6}\.")
_WRITTEN_AT_END = re.compile(r",\s*(?:" + _WRITTEN_NAMES + r")\.\s*$")
_CODES = frozenset(code for code in STATE_CODES if len(code) == 2)
# A state's name, unless it names a county, a city or a town ("Washington County", "Kansas
# City", "Maine Township", a town's "Nevada Police Department": a state's police is its
# State Police or Highway Patrol; "Nevada MO"), a home ("a Texas native") or Washington's
# Metropolitan Police;
# New York City is in New York.
_STATE_WORDS = sorted((n.title() for n, c in STATE_NAMES.items() if c in _CODES), key=len)[::-1]
_STATE_ALTERNATION = "|".join(map(re.escape, _STATE_WORDS))
_NAMES = re.compile(
    r"\b(" + _STATE_ALTERNATION + r")\b"
    r"(?!\s+(?:County|Parish|City|State\s+University|University|College|A&M|Tech|Metropolitan"
    r"|Township|Twp|Borough|Village|resident|native|Police\s+Dep(?:artment|t)|PD)\b)"
    r"(?!(?-i:\s+[A-Z]{2}\b))"  # a town and its state's code: "Nevada MO"
    r"|\b(New York)\s+City\b",
    re.IGNORECASE,
)
# ...but a town's police written after the town is the state's: "Nevada, Iowa Police
# Department" (where the town is one of that state's)
_TOWN_STATE = re.compile(
    r",\s*(" + _STATE_ALTERNATION + r")\s+(?:Police\s+Dep|PD\b)",
    re.IGNORECASE,
)
# A state university's own police ("University of Texas Police Department", "Michigan State
# University Police"): a school's state is the job's when its police is the employer (not
# George Washington University's, nor Washington University's in St. Louis)
_UNIVERSITY_POLICE = re.compile(
    rf"\b(?:University\s+of\s+({_STATE_ALTERNATION})|({_STATE_ALTERNATION})\s+(?:State\s+"
    rf"University|A&M|Tech))\b[^,;()]*?\b(?:Police|PD|Department\s+of\s+Public\s+Safety)\b",
    re.IGNORECASE,
)
# The District of Columbia, written out or as Washington, D.C. (never Washington State)
_DC = re.compile(
    r"\b(?:Washington|Wash\.?),?\s+D\.?\s?C\b\.?|\bDistrict\s+of\s+Columbia\b", re.IGNORECASE
)
# A place abroad: a city named there is not the US city of that name (Vancouver, BC)
_ABROAD = re.compile(
    r"\b(?:Canada|British\s+Columbia|Ontario|Quebec|Alberta|Manitoba|Saskatchewan|Nova\s+Scotia"
    r"|New\s+Brunswick|(?<!New\s)Mexico|United\s+Kingdom|England|Scotland|Wales|Ireland|Australia"
    r"|New\s+Zealand|Jamaica|Bahamas|Philippines|India|Germany|France|Italy|Spain"
    r"|Republic\s+of\s+Georgia|Tbilisi)\b"
    r"|\b(?:emigrated|immigrated|came|moved)\s+to\s+(?:the\s+)?(?:US|U\.S\.|USA|United\s+States)\b",
)
# A state named as a school, as where the applicant came from or moved to, not where the
# job was ("a B.A. at the University of Texas", "moved from Texas in 2016", "... before
# relocating to Maine").
_NOT_THE_JOB = re.compile(
    r"(?:\b(?:university|college|school)\s+of|\b(?:from|born\s+in|grew\s+up\s+in|raised\s+in"
    r"|native\s+of|resident\s+of|former|(?:relocat\w*|mov\w*)\s+to))"
    r"\s*$",
    re.IGNORECASE,
)
# A city's police or sheriff named without its state ("Austin Police Department", "Reno
# PD"): the capitalised words just before the agency word may be a city that points to one
# state (audit/data/us_cities.csv; ambiguous names such as Portland are not in it).
_CITY_AGENCY = re.compile(
    r"((?:[A-Z][A-Za-z'.-]*\s+){1,4}?)(?:Police|PD|P\.D\.|Sheriff|Marshal|Metropolitan|Metro)\b"
)
_CITY_WORDS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount"}
# A county or parish named without its state ("Maricopa County Sheriff's Office"): one
# that only one state has places it (audit/data/us_counties.csv)
_COUNTY = re.compile(
    r"((?:[A-Z][A-Za-z'.-]*\s+){1,3}?)(County|Parish|(?i:Co)\.?(?=\s+(?:SO|SD|Sheriff|Jail|PD)\b))"
    r"(?:\b|(?<=\.))"
)
# Words of a place's agency, typed with two letters swapped ("Polcie", "Sherfif")
_AGENCY_WORDS = ("Police", "Sheriff", "County", "Parish", "Department", "Patrol", "Marshal")
_SWAPPED = {
    w[:i] + w[i + 1] + w[i] + w[i + 2 :]: w
    for w in (a.lower() for a in _AGENCY_WORDS)
    for i in range(len(w) - 1)
    if w[i] != w[i + 1]
}
_LETTERS = re.compile(r"[A-Za-z]+")
# Two-letter words that are also state codes: in a text written all in lower case, only
# the others are read as codes
_CODE_WORDS = frozenset(
    {"in", "or", "me", "oh", "hi", "ok", "id", "de", "la", "pa", "ma", "al", "co", "mt", "ne",
     "va", "md", "ms"}
)  # fmt: skip
# A postal code written right after a place without a comma ("Houston TX 2021-2024"): bare
# capitals are also words and acronyms ("Army MP", "Officer IN Charge", "Central LA
# Division", "Bedford VA Medical Center"), so the code is read only after a place of that
# state (audit/data/us_place_states.csv), never as LA (Los Angeles) or VA (Veterans
# Affairs), not before a word that makes it a name's, and only where nothing else places
# the claim
_PLACE_CODE = re.compile(
    r"((?:[A-Z][A-Za-z'.-]*\s+){1,4}?)([A-Z]{2})\b(?!\s+(?:County|Parish|Division|District"
    r"|Region|Regional|Area|Medical|Hospital|Health|Center|Centre|Clinic|Department|Dept)\b)"
)
_BARE_CODES = _CODES - {"LA", "VA"}
# ...or a postal code naming its state's agency ("NY State Trooper", "WA State Patrol")
_CODE_STATE = re.compile(r"\b([A-Z]{2})\s+State\b")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_SHORT_YEAR = re.compile(r"(?<![\w'’‘])['’‘](\d{2})\b")  # "('09–'13)"
# a year a job began in, not ended in ("began in 2018", "joined ... in 2016", "from 2012")
_START_YEAR = re.compile(
    r"\b(?:began|begun|started|starting|joined|hired|since|from|beginning)\b[^.;:,]{0,40}?"
    r"\b((?:19|20)\d{2})\b",
    re.IGNORECASE,
)
_ONGOING = re.compile(
    r"\b(?:present|current|currently|now|to date|ongoing|since|still)\b", re.IGNORECASE
)


def sworn_jobs(
    sworn_text: pd.Series, agency_states: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """One row per clause of ``sworn_text`` (the index repeats the text's): the clause as
    ``title``, the ``state`` it names (two-letter code; NA when it names none, or several),
    how (``placed_by``: "written" as a code or a name, an "agency" known by its initials,
    or the "place" of a city's police or a county's sheriff) and the ``last_year`` it
    mentions (NA when it names
    none, or says the job goes on).

    A resume claim is never evidence of certification; where it names no state the audit
    cannot tell which registry would hold it, which is what the caller needs to know."""
    clauses = sworn_text.dropna().astype(str).str.split("; ").explode().str.strip(" .;,")
    clauses = clauses[clauses != ""]
    agencies = _agency_regex(agency_states or {})
    read = {c: _place_and_year(c, agencies) for c in clauses.unique()}
    return pd.DataFrame(
        {
            "title": clauses.astype("string"),
            "state": pd.Series([read[c][0] for c in clauses], index=clauses.index, dtype="string"),
            "placed_by": pd.Series(
                [read[c][2] for c in clauses], index=clauses.index, dtype="string"
            ),
            "last_year": pd.Series(
                [read[c][1] for c in clauses], index=clauses.index, dtype="Int64"
            ),
        }
    )


def states_named(texts: pd.Series, agency_states: Mapping[str, str] | None = None) -> pd.Series:
    """The state each text names as a resume clause would (NA where none, or several):
    for a declared job whose state was left blank, its employer ("Houston Police
    Department") may name it."""
    agencies = _agency_regex(agency_states or {})
    values = texts.astype("string").fillna("")
    read = {t: _place_and_year(t, agencies)[0] for t in values.unique()}
    return pd.Series([read[t] for t in values], index=texts.index, dtype="string")


def _agency_regex(
    agency_states: Mapping[str, str],
) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """titles.yaml ``resume.agency_states``: the initials or name of one agency -> its
    state (a name's words may be split by any spaces)."""
    known = {
        " ".join(str(k).upper().split()): str(v).upper() for k, v in agency_states.items() if v
    }
    known = {k: v for k, v in known.items() if v in _CODES}
    if not known:
        return None
    names = sorted(known, key=len, reverse=True)  # the longest name where two overlap
    words = (r"\s+".join(map(re.escape, name.split())) for name in names)
    pattern = r"\b(" + "|".join(words) + r")\b"
    return re.compile(pattern, re.IGNORECASE), known


def _city_state(words: str) -> str | None:
    """The state of the longest run of the last words that is a known city."""
    return _place_state(words.split(), _places("us_cities.csv"))


def _county_state(words: str, kind: str) -> str | None:
    """The state of the longest run of the last words that names a county only one state
    has ("Maricopa" County); every parish is Louisiana's."""
    return _place_state(words.split(), _places("us_counties.csv"), kind)


def _place_state(parts: list[str], table: Mapping[str, str], kind: str = "") -> str | None:
    for start in range(len(parts)):
        state = table.get(_city_key(" ".join([*parts[start:], kind])))
        if state is not None:
            return state
    return None


def _place_of(words: str, code: str) -> bool:
    """The last words (the longest run that is a place) name a place of that state."""
    parts, places = words.split(), _place_states()
    return any(code in places.get(_city_key(" ".join(parts[i:])), ()) for i in range(len(parts)))


@lru_cache(maxsize=1)
def _place_states() -> dict[str, frozenset[str]]:
    """Place -> every state with a place of that name (scripts/us_place_states.py)."""
    states: dict[str, set[str]] = {}
    path = resources.files("audit").joinpath("data", "us_place_states.csv")
    with path.open(encoding="utf-8") as fh:
        for place, state in itertools.islice(csv.reader(fh), 1, None):
            states.setdefault(_city_key(place), set()).add(state)
    return {place: frozenset(codes) for place, codes in states.items()}


def _city_key(name: str) -> str:
    words = re.sub(r"[.']", " ", name.lower()).split()
    return " ".join(_CITY_WORDS.get(w, w) for w in words)


@lru_cache(maxsize=2)
def _places(name: str) -> dict[str, str]:
    """Place (first column) -> state, for places whose name points to one state
    (audit/data, built by scripts/us_cities.py and scripts/us_counties.py)."""
    with resources.files("audit").joinpath("data", name).open(encoding="utf-8") as fh:
        return {_city_key(row[0]): row[1] for row in itertools.islice(csv.reader(fh), 1, None)}


def _as_written(clause: str) -> str:
    """The clause cased as places are usually written ("TULSA POLICE DEPARTMENT" and
    "tulsa police department, tulsa, ok" as "Tulsa Police Department" and "Tulsa
    Police Department, Tulsa, OK"), with swapped letters in an agency's words repaired."""
    if clause.isupper():
        clause = _LETTERS.sub(_capitalised, clause)
    elif clause.islower():
        clause = _LETTERS.sub(_cased, clause)
    return _LETTERS.sub(lambda m: _SWAPPED.get(m.group().lower(), "").title() or m.group(), clause)


def _capitalised(word: re.Match[str]) -> str:
    """A word of a text in capitals: initials and codes stay so ("PD", "TX"), but a code
    that is also a word only after a comma or bracket ("POLICE OFFICER IN TEXAS IN 2015")."""
    text, start = word.group(), word.start()
    if start > 0 and word.string[start - 1] in "'’":
        return text.lower()  # the "s" of "SHERIFF'S"
    if len(text) > 2:
        return text.title()
    if text.lower() in _CODE_WORDS and not _after_comma(word):
        return text.lower()
    return text


def _cased(word: re.Match[str]) -> str:
    """A word of a text in lower case, cased as places are written: a code after a comma
    or bracket ("anoka, mn"), or after a place of its state ("nevada city ca"); a code that
    is also a word ("in", "ok") only after both ("oklahoma city, ok") and never before a
    year ("madison in 2015")."""
    text, start = word.group(), word.start()
    if len(text) == 2 and text.upper() in _CODES:
        place = _words_before(word.string, start)
        code = text.upper()
        if text in _CODE_WORDS:
            year_next = re.match(r"\s*\d", word.string[word.end() :]) is not None
            if _after_comma(word) and not year_next and _place_of(place, code):
                return code
        elif _after_comma(word) or _place_of(place, code):
            return code
    if text in ("pd", "so"):
        return text.upper()
    if start > 0 and word.string[start - 1] in "'’":
        return text  # the "s" of "sheriff's"
    return text.title()


_MARKS = (",", "(", "-", "–", "—")


def _after_comma(word: re.Match[str]) -> bool:
    return word.string[max(0, word.start() - 3) : word.start()].rstrip()[-1:] in _MARKS


def _words_before(text: str, end: int, *, words: int = 4, chars: int = 60) -> str:
    """The last few words before ``end`` (a place's name, for ``_place_of``), looking back
    a bounded stretch so that a long text costs no more than a short one."""
    return " ".join(_LETTERS.findall(text[max(0, end - chars) : end])[-words:])


_NEXT_STATE = re.compile(r",\s*(" + _STATE_ALTERNATION + r")\b", re.IGNORECASE)


def _last_year(clause: str) -> int | None:
    """The last year the clause names as one the job went on in; None when it names none,
    or only the year the job began ("my time as a police officer began in 2018")."""
    years = [int(y) for y in _YEAR.findall(clause)]
    years += [2000 + int(y) if int(y) <= 40 else 1900 + int(y) for y in _SHORT_YEAR.findall(clause)]
    starts = {int(y) for y in _START_YEAR.findall(clause)}
    ends = [y for y in years if y not in starts]
    return max(ends) if ends else None


def _town_then_state(name: re.Match[str], text: str) -> bool:
    """A state's name that is a town of the state named next ("Nevada, Iowa"; not "Texas,
    Oklahoma")."""
    following = _NEXT_STATE.match(text, name.end())
    return following is not None and _place_of(
        name.group(), STATE_NAMES[following.group(1).upper()]
    )


def _place_and_year(
    clause: str, agencies: tuple[re.Pattern[str], dict[str, str]] | None = None
) -> tuple[str | None, int | None, str | None]:
    """(state, last year, how the state was found: "written", "agency" or "place").

    Every sign of a place counts: a postal code or abbreviation written after a place (or
    else a state's name), an agency known by its initials, a city's police or a county's.
    Signs that disagree ("LAPD, later King County, WA") place nothing, and abroad
    ("Vancouver, BC", "Tbilisi, Georgia") only a US postal code does."""
    clause = _as_written(clause)
    postal = [
        m.group(1)
        for m in _POSTAL.finditer(clause)
        if not _NAME_AFTER_CODE.match(clause, m.end())
        or _place_of(_words_before(clause, m.start(), chars=40), m.group(1))
    ]
    abroad = any(m not in _CODES for m in postal) or _ABROAD.search(clause) is not None
    rest = _DC.sub(" ", clause)
    # a code or abbreviation written after a place outranks a state's name, which may be a
    # town's ("Nevada, MO", "Delaware, OH")
    written = (
        {m for m in postal if m in _CODES}
        | {_WRITTEN[m] for m in _WRITTEN_AFTER.findall(rest)}
        | {m for m in _CODE_STATE.findall(rest) if m in _CODES}
    )
    if not written and not abroad:
        written = {
            STATE_NAMES[(m.group(1) or m.group(2)).upper()]
            for m in _NAMES.finditer(rest)
            if not _NOT_THE_JOB.search(rest[: m.start()]) and not _town_then_state(m, rest)
        } | {
            code
            for m in _TOWN_STATE.finditer(rest)
            if _place_of(
                _words_before(rest, m.start(), words=3), code := STATE_NAMES[m.group(1).upper()]
            )
        }
    if _DC.search(clause) and not abroad:
        written.add("DC")
    if not written:
        written = {
            STATE_NAMES[(m.group(1) or m.group(2)).upper()]
            for m in _UNIVERSITY_POLICE.finditer(clause)
        }
    by_agency: set[str] = set()
    if agencies is not None:
        pattern, known = agencies
        by_agency = {known[" ".join(m.group(1).upper().split())] for m in pattern.finditer(clause)}
    by_place: set[str] = set()
    if not abroad:
        by_place = {c for m in _CITY_AGENCY.finditer(clause) if (c := _city_state(m.group(1)))}
        by_place |= {
            c
            for m in _COUNTY.finditer(clause)
            if (c := _county_state(m.group(1), "Parish" if m.group(2) == "Parish" else "County"))
        }
    every = written | by_agency | by_place
    # a bare code after a place places a claim nothing else does, and disagrees like any
    # other sign ("Maricopa County 2010-2015, then Lakewood CO 2015-2023")
    bare = set()
    if not abroad:
        bare = {
            m.group(2)
            for m in _PLACE_CODE.finditer(rest)
            if m.group(2) in _BARE_CODES and _place_of(m.group(1), m.group(2))
        }
    if not every:
        every = written = bare
    elif not bare <= every:
        every = every | bare
    state = next(iter(every)) if len(every) == 1 else None
    by = "written" if written else ("agency" if by_agency else "place")
    last = None if _ONGOING.search(clause) else _last_year(clause)
    return state, last, by if state is not None else None
