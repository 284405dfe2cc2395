"""Reason codes and what each means: the README's glossary as data, for the report.

The README table and this mapping say the same (tests/test_quality.py checks it).
"""

from __future__ import annotations

REASON_CODES: dict[str, str] = {
    "FULL_TRACK": (
        "on the full basic track: the short-track policy does not apply (`NOT_APPLICABLE`)"
    ),
    "SHORT_TRACK_SCREENER": "on the short track by the screener (`screening_track` LEO)",
    "SHORT_TRACK_COURSE": "on the short track by a short-track course taken",
    "SWORN_CERT_VERIFIED": (
        "a strongly linked sworn certification meets every test on the hire date (`VERIFIED_LEO`)"
    ),
    "SWORN_CERT_QUALIFIES": (
        "a qualifying sworn certification exists, but a possible decertification "
        "or revocation holds it back (review)"
    ),
    "NO_REGISTRY_MATCH": ("no record of this person, not even a lead, in the loaded registries"),
    "CERT_NOT_SWORN": (
        "the best record is not a sworn, full-powers certification (corrections, "
        "reserve, security...)"
    ),
    "CERT_STATUS_NOT_ACCEPTED": (
        "the best record's status is revoked or suspended (or one the policy does not accept)"
    ),
    "CERT_ISSUED_AFTER_HIRE": "the best record was issued after the hire date",
    "SEPARATION_EXCEEDS_WINDOW": (
        "the person separated longer than the separation window before hire"
    ),
    "SERVICE_UNDER_MINIMUM": "less than the minimum service (12 months)",
    "DECERTIFIED_BEFORE_HIRE": (
        "a decertification of this person is dated on or before the hire date "
        "(`decert_record_id` names it)"
    ),
    "DECERTIFIED_AFTER_HIRE": (
        "a decertification of this person is dated after the hire date: it does "
        "not change status at hire, but is named for follow-up"
    ),
    "CLAIMED_SWORN_NOT_IN_REGISTRY": (
        "the history or resume claims sworn service in a state whose registry is "
        "loaded, and the registry has no such certificate"
    ),
    "HIRE_DOB_MISSING": "the hire has no date of birth, so nothing can link strongly",
    "HIRE_NAME_MISSING": "the hire has no first name or surname, so nothing can link strongly",
    "AMBIGUOUS_IDENTITY": (
        "two people link equally well and their certificates decide differently (review)"
    ),
    "CONFLICTING_RECORDS": (
        "the best record fails the policy while another strong record that may be another "
        "person (another spelling of the first name than a nickname, a swapped birth date, "
        "another surname) qualifies (review; one in another registry differing by a "
        "nickname at most, beside one person at the top, is the hire's own and verifies)"
    ),
    "REVOKED_AFTER_HIRE": (
        "the best record is revoked or suspended today and that registry's "
        "decertification of this person is dated after hire, with none earlier, undated or "
        "possible: the status may date from then (review)"
    ),
    "CERT_TYPE_UNRECOGNISED": (
        "the certification type cannot be classified, or names a limited class of"
        " a sworn title (review)"
    ),
    "CERT_DATA_INCOMPLETE": (
        "a test cannot be decided: a blank issued date or status (or a status the rules "
        "cannot read), or a separation date given as unknown (review)"
    ),
    "IDENTITY_NO_FULL_DOB": ("a lead: the registry row has a birth year or no birth date (review)"),
    "POSSIBLE_NAME_CHANGE": (
        "a lead: birth date and first name agree under another surname (review)"
    ),
    "WEAK_NAME_MATCH": "a lead: the names agree only loosely (review)",
    "SWAPPED_DOB_NAMESAKES": (
        "a lead: the day and month are swapped on a name many registry people share (review)"
    ),
    "SWAPPED_DOB_AGENCY_CLAIMED": (
        "the day and month are swapped on a name many registry people share, and the hire's "
        "history declares a job at the record's agency, in its state, while the "
        "certificate was held: the record is theirs"
    ),
    "MIDDLE_NAME_AGENCY_CLAIMED": (
        "the record's first name is the hire's middle name (one person's names swapped or "
        "left out, or twins named after each other), and the hire's history declares a job "
        "at the record's agency, in its state, while the certificate was held: the record "
        "is theirs"
    ),
    "DOB_ONE_KEYSTROKE_OFF": "a lead: the birth date is one keystroke off (review)",
    "NAMES_SWAPPED": ("a lead: first name and surname swapped between the columns (review)"),
    "COVERAGE_GAP": (
        "a recent sworn job is claimed where no registry is loaded, or naming no state (review)"
    ),
    "POSSIBLE_DECERTIFICATION": (
        "a decertification that may be this person's, dated on or before hire (review)"
    ),
    "REVOKED_ELSEWHERE": ("a revoked or suspended certificate that may be this person's (review)"),
    "DECERT_DATE_UNKNOWN": "a decertification of this person without a date (review)",
    "BASIC_COMPLETED": "not verified, but the basic course was completed (`REMEDIATED`)",
    "BASIC_ENROLLED_NOT_COMPLETED": "a recall enrolled in the basic course, not finished",
    "BASIC_WITHDRAWN_OR_FAILED": "a recall who withdrew from or failed the basic course",
    "PRIOR_TITLE_<CATEGORY>": (
        'what "officer" stood for in the history or resume, e.g. '
        "`PRIOR_TITLE_OTHER_OFFICER` (a loan or safety officer)"
    ),
    "ASPIRATIONAL_ONLY": "the resume only wishes for law enforcement",
    "LE_MENTION_ONLY": "the resume only mentions law enforcement",
    "ANALYST_OVERRIDE": (
        "an analyst's recorded decision replaced the audit's (the evidence gives "
        "theirs and the audit's)"
    ),
    "OVERRIDE_CONTRADICTS_TRACK": (
        "the override gives a short-track determination to a full-track hire, or "
        "the reverse: check the training records"
    ),
}


# what a PRIOR_TITLE_<CATEGORY> code says "officer" stood for
_PRIOR_TITLES = {
    "OTHER_OFFICER": "an officer or agent outside law enforcement (a loan or safety officer)",
    "CORRECTIONS_DETENTION": "a corrections or detention job (a jailer)",
    "PROBATION_PAROLE": "a probation or parole job",
    "RESERVE_AUXILIARY": "a reserve or auxiliary officer",
    "DISPATCH": "a dispatcher or telecommunicator",
    "SECURITY_PRIVATE": "a security guard or private security job",
    "MILITARY": "a military job",
    "ASPIRATIONAL": "a wish to become an officer",
    "UNKNOWN": "a job title the taxonomy does not place",
}


def meaning(code: str) -> str:
    """What a code means, as plain text; a PRIOR_TITLE_<CATEGORY> code by its category."""
    if code not in REASON_CODES and code.startswith("PRIOR_TITLE_"):
        what = _PRIOR_TITLES.get(code.removeprefix("PRIOR_TITLE_"))
        if what:
            return f'what "officer" stood for in the history or resume: {what}'
        code = "PRIOR_TITLE_<CATEGORY>"
    return REASON_CODES.get(code, "").replace("`", "")


# codes that say how a hire was placed, not why the audit decided as it did
PLACEMENT_CODES = frozenset({"FULL_TRACK", "SHORT_TRACK_SCREENER", "SHORT_TRACK_COURSE"})
