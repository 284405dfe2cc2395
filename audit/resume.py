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

import html
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from audit.contract import STATE_NAMES, TITLE_CATEGORIES
from audit.places import INITIALS, POSTAL_CODES, WRITTEN_AT_END, YEAR, place_and_year
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
      :func:`audit.places.sworn_jobs`); ``evidence``: the clause behind
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
        dated = [i for i, line in enumerate(lines) if YEAR.search(line)]
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
        if len(lines) < 3 or YEAR.search(lines[0]) or not self._is_agency(lines[0]):
            return None
        dated = next((i for i, line in enumerate(lines[:4]) if YEAR.search(line)), None)
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
            not YEAR.search(line) and self._category(line) != ASPIRATIONAL and self._role_line(line)
        )

    def _fields_or_jobs(self, piece: str) -> list[str]:
        """A piece split by pipes: the fields of one job, joined by commas ("Detective |
        Detroit Police Department | Detroit, Michigan | 2016 - 2018"), unless two of its
        parts name years or roles of their own, or a part follows one with years: then
        each is a job of its own."""
        parts = [p for p in _PIPE.split(piece) if p]
        if len(parts) < 2:
            return [piece]
        dated = [bool(YEAR.search(p)) for p in parts]
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
        agency = [not YEAR.search(p) and self._is_agency(p) for p in pieces]
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
                and place_and_year(key)[0] is None
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
        if WRITTEN_AT_END.search(piece):
            return years_next
        last = words[-1].rstrip(".").lower()
        if len(last) <= 1 or last in self.no_stop:
            return True
        # initials: "Reno PD. 2010-2014" goes on, "NOPD. Then ..." ends a sentence, and so
        # does a state's code ("Austin TX. 04/2012 - 04/2019: K-9 Officer ...")
        initials = INITIALS.fullmatch(words[-1]) and words[-1][:-1] not in POSTAL_CODES
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
        if _CAPITALS_LINE.fullmatch(line) or _is_heading(line) or YEAR.search(line):
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
