"""Where and when a claimed job was: the state a resume clause or a declared employer
names, and the last year it mentions.

A state is read from every sign a person or a clerk leaves: a postal code or an
abbreviation after a place ("Reno, NV", "Tulsa, Okla."), a state's name, an agency known
by its initials (titles.yaml ``resume.agency_states``), a city's police or a county's
sheriff (audit/data's place tables). Signs that disagree place nothing: a claim the audit
cannot place in one registry is a question for an analyst, never a guess.
"""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from importlib import resources
from typing import Any

import pandas as pd

from audit.contract import STATE_CODES, STATE_NAMES

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
INITIALS = re.compile(r"[A-Z]{2,6}\.")
WRITTEN_AT_END = re.compile(r",\s*(?:" + _WRITTEN_NAMES + r")\.\s*$")
POSTAL_CODES = frozenset(code for code in STATE_CODES if len(code) == 2)
# A state's name, unless it names a county, a city or a town ("Washington County", "Kansas
# City", "Maine Township", a town's "Nevada Police Department": a state's police is its
# State Police or Highway Patrol; "Nevada MO"), a home ("a Texas native") or Washington's
# Metropolitan Police;
# New York City is in New York.
_STATE_WORDS = sorted((n.title() for n, c in STATE_NAMES.items() if c in POSTAL_CODES), key=len)[
    ::-1
]
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
_BARE_CODES = POSTAL_CODES - {"LA", "VA"}
# ...or a postal code naming its state's agency ("NY State Trooper", "WA State Patrol")
_CODE_STATE = re.compile(r"\b([A-Z]{2})\s+State\b")
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
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


Place = tuple[str | None, int | None, str | None]  # see place_and_year


def sworn_jobs(
    sworn_text: pd.Series,
    agency_states: Mapping[str, str] | None = None,
    placed: Mapping[str, Place] | None = None,
) -> pd.DataFrame:
    """One row per clause of ``sworn_text`` (the index repeats the text's): the clause as
    ``title``, the ``state`` it names (two-letter code; NA when it names none, or several),
    how (``placed_by``: "written" as a code or a name, an "agency" known by its initials,
    or the "place" of a city's police or a county's sheriff) and the ``last_year`` it
    mentions (NA when it names
    none, or says the job goes on). ``placed`` holds clauses already placed (by
    :func:`place_clauses`, in a worker process).

    A resume claim is never evidence of certification; where it names no state the audit
    cannot tell which registry would hold it, which is what the caller needs to know."""
    clauses = _clauses(sworn_text)
    known = placed or {}
    unplaced = [c for c in clauses.unique() if c not in known]
    read = {**known, **place_clauses(unplaced, agency_states)}
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


def sworn_clauses(sworn_texts: Iterable[str]) -> list[str]:
    """The distinct clauses :func:`sworn_jobs` reads in these texts."""
    return _clauses(pd.Series(list(sworn_texts), dtype=object)).unique().tolist()


def _clauses(sworn_text: pd.Series) -> pd.Series:
    clauses = sworn_text.dropna().astype(str).str.split("; ").explode().str.strip(" .;,")
    return clauses[clauses != ""]


def place_clauses(
    clauses: Iterable[str], agency_states: Mapping[str, str] | None = None
) -> dict[str, Place]:
    """Each clause's :func:`place_and_year`: plain Python in and out, so that a worker
    process can place the clauses of the resumes it reads."""
    agencies = _agency_regex(agency_states or {})
    return {c: place_and_year(c, agencies) for c in clauses}


def agency_states(titles: Mapping[str, Any]) -> Mapping[str, str]:
    """titles.yaml ``resume.agency_states``: agencies whose name or initials place a job."""
    return (titles.get("resume") or {}).get("agency_states") or {}


def states_named(texts: pd.Series, agency_states: Mapping[str, str] | None = None) -> pd.Series:
    """The state each text names as a resume clause would (NA where none, or several):
    for a declared job whose state was left blank, its employer ("Houston Police
    Department") may name it."""
    agencies = _agency_regex(agency_states or {})
    values = texts.astype("string").fillna("")
    read = {t: place_and_year(t, agencies)[0] for t in values.unique()}
    return pd.Series([read[t] for t in values], index=texts.index, dtype="string")


def _agency_regex(
    agency_states: Mapping[str, str],
) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """titles.yaml ``resume.agency_states``: the initials or name of one agency -> its
    state (a name's words may be split by any spaces)."""
    known = {
        " ".join(str(k).upper().split()): str(v).upper() for k, v in agency_states.items() if v
    }
    known = {k: v for k, v in known.items() if v in POSTAL_CODES}
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
    if len(text) == 2 and text.upper() in POSTAL_CODES:
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
    years = [int(y) for y in YEAR.findall(clause)]
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


def place_and_year(
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
    abroad = any(m not in POSTAL_CODES for m in postal) or _ABROAD.search(clause) is not None
    rest = _DC.sub(" ", clause)
    # a code or abbreviation written after a place outranks a state's name, which may be a
    # town's ("Nevada, MO", "Delaware, OH")
    written = (
        {m for m in postal if m in POSTAL_CODES}
        | {_WRITTEN[m] for m in _WRITTEN_AFTER.findall(rest)}
        | {m for m in _CODE_STATE.findall(rest) if m in POSTAL_CODES}
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
