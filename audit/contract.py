"""The data contract (shared/data-contract.md, version 1) as data: one source of truth.

Loaders validate against these specs, the reporter writes these output columns, and the
tests read them, so a renamed column is changed here and nowhere else.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Literal

import pandas as pd

CONTRACT_VERSION = "1"

ColumnKind = Literal["id", "text", "date", "dob", "enum", "state"]


@dataclass(frozen=True)
class Column:
    """One contract column.

    ``dob`` is a date that may also be published as a bare birth year (real registries do);
    the loader then adds ``birth_year`` beside it. ``key`` columns may not be blank.
    """

    name: str
    kind: ColumnKind = "text"
    key: bool = False
    optional: bool = False  # the column itself may be absent from the file
    values: tuple[str, ...] = ()  # allowed values for enums, canonical spelling
    # other spellings offices export for the same value (read case-insensitively)
    synonyms: tuple[tuple[str, str], ...] = ()
    beyond_contract: bool = False  # read when a published layout has it; never required
    # an enum in a registry's own words: a value none of these reads is unknown (a note),
    # not an error
    open_values: bool = False


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    required: bool = False
    many_files: bool = False  # certifications*.csv: every matching file is read
    # text columns held as categoricals (distinct values + a code per row): a registry
    # has millions of rows but few distinct names, agencies and certification types
    categorical_text: bool = False
    unique: tuple[str, ...] = ()  # columns whose values must be unique in the table
    unique_within: str | None = None  # ... or unique within each value of this column
    extra: tuple[str, ...] = field(default=())  # derived columns the loader adds

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @property
    def contract_names(self) -> tuple[str, ...]:
        """The data contract's own columns (``names`` adds those of published layouts)."""
        return tuple(c.name for c in self.columns if not c.beyond_contract)

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


TRACKS = ("LEO", "BASIC")
DELIVERIES = ("online", "in_person")
TRAINING_STATUSES = ("completed", "enrolled", "withdrawn", "failed")
CERT_STATUSES = ("active", "inactive", "lapsed", "revoked", "suspended")
# "reinstated" and "reprimanded" are beyond the contract's three: published lists keep
# reinstated people (Virginia's) and discipline short of decertification (a reprimand, a
# letter of warning, probation), and the default policy counts neither.
DECERT_ACTIONS = ("revoked", "suspended", "surrendered", "reinstated", "reprimanded")
DETERMINATIONS = ("VERIFIED_LEO", "RECALL", "REMEDIATED", "MANUAL_REVIEW", "NOT_APPLICABLE")

# Full names an export (or a resume) may use instead of the postal code.
STATE_NAMES = {
    name.upper(): code
    for code, name in {
        "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
        "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
        "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
        "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
        "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
        "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
        "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
        "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
        "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
        "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
        "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
        "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
        "GU": "Guam", "VI": "Virgin Islands", "FED": "Federal",
    }.items()
}  # fmt: skip
STATE_CODES = frozenset(STATE_NAMES.values())  # two-letter codes, and FED
# A source or state column's other names for federal service (punctuation read as spaces):
# not in STATE_NAMES, which resumes are read with, where "the United States" is no job's place.
# In an applicant's history the country is where, not which registry (audit.parse).
COUNTRY_NAMES = ("US", "U S", "USA", "U S A", "UNITED STATES")
FEDERAL_NAMES = dict.fromkeys(
    (*COUNTRY_NAMES, "FEDERAL GOVERNMENT", "US GOVERNMENT", "U S GOVERNMENT"), "FED"
)

# Title categories (data contract, "Title categories"), in the contract's order.
TITLE_CATEGORIES = (
    "sworn_leo",
    "corrections_detention",
    "probation_parole",
    "reserve_auxiliary",
    "dispatch",
    "security_private",
    "military",
    "other_officer",
    "aspirational",
    "unknown",
)

TRACK_SYNONYMS = (
    ("short", "LEO"),
    ("short_track", "LEO"),
    ("leo_track", "LEO"),
    ("accelerated", "LEO"),
    ("expedited", "LEO"),
    ("abbreviated", "LEO"),
    ("lateral", "LEO"),  # the track for laterals, officers already certified
    ("non_leo", "BASIC"),
    ("not_leo", "BASIC"),
    ("full", "BASIC"),
    ("full_track", "BASIC"),
    ("basic_track", "BASIC"),
    ("standard", "BASIC"),
)
DETERMINATION_SYNONYMS = (
    ("verified", "VERIFIED_LEO"),
    ("recalled", "RECALL"),
    ("remediate", "REMEDIATED"),
    ("review", "MANUAL_REVIEW"),
    ("manual", "MANUAL_REVIEW"),
)
DELIVERY_SYNONYMS = (
    ("virtual", "online"),
    ("remote", "online"),
    ("web", "online"),
    ("in_residence", "in_person"),
    ("residential", "in_person"),
    ("classroom", "in_person"),
    ("onsite", "in_person"),
    ("on_site", "in_person"),
    ("inperson", "in_person"),
    ("face_to_face", "in_person"),
    ("instructor_led", "in_person"),
    ("resident", "in_person"),
    ("distance_learning", "online"),
    ("elearning", "online"),
    ("e_learning", "online"),
    ("self_paced", "online"),
)
TRAINING_STATUS_SYNONYMS = (
    ("complete", "completed"),
    ("passed", "completed"),
    ("graduated", "completed"),
    ("in_progress", "enrolled"),
    ("registered", "enrolled"),
    ("scheduled", "enrolled"),
    ("dropped", "withdrawn"),
    ("withdrew", "withdrawn"),
    ("cancelled", "withdrawn"),
    ("canceled", "withdrawn"),
    ("incomplete", "withdrawn"),
    ("fail", "failed"),
    ("dismissed", "failed"),
    ("pending", "enrolled"),
    ("did_not_complete", "withdrawn"),
    ("not_completed", "withdrawn"),
    ("no_show", "withdrawn"),
    ("medical_withdrawal", "withdrawn"),
    ("resigned", "withdrawn"),
    ("successfully_completed", "completed"),
    ("graduated_with_honors", "completed"),
    ("pass", "completed"),
    ("attending", "enrolled"),
    ("unsatisfactory", "failed"),
)
CERT_STATUS_SYNONYMS = (
    ("current", "active"),
    ("valid", "active"),
    ("act", "active"),
    ("actv", "active"),
    ("inact", "inactive"),
    ("inactv", "inactive"),
    ("certified", "active"),
    ("expired", "lapsed"),
    ("retired", "inactive"),
    ("separated", "inactive"),
    ("resigned", "inactive"),
    ("decertified", "revoked"),
    ("decertification", "revoked"),
    ("decert", "revoked"),
    ("rvkd", "revoked"),
    ("revk", "revoked"),
    ("rev", "revoked"),
    ("susp", "suspended"),
    ("suspd", "suspended"),
    # barred from holding a certificate: read on the side that never verifies
    ("ineligible", "revoked"),
    ("disqualified", "revoked"),
    ("barred", "revoked"),
    ("withdrawn", "revoked"),
    ("surrendered", "revoked"),
    ("revocation", "revoked"),
    ("suspension", "suspended"),
    ("void", "revoked"),
    ("voided", "revoked"),
    ("denied", "revoked"),
    ("terminated", "inactive"),
    # a deceased registrant is no living hire: read on the side that never verifies
    ("deceased", "revoked"),
    ("probationary", "active"),
    ("probation", "active"),
    ("reinstated", "active"),
    ("employed", "active"),
    ("good_standing", "active"),
    ("in_good_standing", "active"),
    ("not_employed", "inactive"),
    ("unemployed", "inactive"),
    ("retirement", "inactive"),
    ("resignation", "inactive"),
    ("separation", "inactive"),
    ("termination", "inactive"),
    ("dismissed", "inactive"),
    ("discharged", "inactive"),
    ("lapse", "lapsed"),
    ("expiration", "lapsed"),
    # given up or cancelled: a certificate no longer held, read on the side that never verifies
    ("relinquished", "revoked"),
    ("relinquishment", "revoked"),
    ("cancelled", "revoked"),
    ("canceled", "revoked"),
    ("denial", "revoked"),
)
DECERT_ACTION_SYNONYMS = (
    ("revocation", "revoked"),
    ("revoke", "revoked"),
    ("decertified", "revoked"),
    ("decertification", "revoked"),
    ("decert", "revoked"),
    ("suspension", "suspended"),
    ("suspend", "suspended"),
    ("surrender", "surrendered"),
    ("voluntary_surrender", "surrendered"),
    ("relinquished", "surrendered"),
    ("relinquishment", "surrendered"),
    ("voluntary_relinquishment", "surrendered"),
    ("cancelled", "revoked"),
    ("canceled", "revoked"),
    ("cancellation", "revoked"),
    ("denied", "revoked"),
    ("denial", "revoked"),
    ("reinstatement", "reinstated"),
    ("reprimand", "reprimanded"),
    ("public_reprimand", "reprimanded"),
    ("written_reprimand", "reprimanded"),
    ("letter_of_reprimand", "reprimanded"),
    ("letter_of_warning", "reprimanded"),
    ("letter_of_guidance", "reprimanded"),
    ("written_warning", "reprimanded"),
    ("warning", "reprimanded"),
    ("censure", "reprimanded"),
    ("probation", "reprimanded"),
    ("re_instated", "reinstated"),
)

HIRES = TableSpec(
    "hires",
    (
        Column("hire_id", "id", key=True),
        Column("first_name"),
        Column("middle_name", optional=True),
        Column("last_name"),
        Column("suffix", optional=True),
        Column("date_of_birth", "dob"),
        Column("hire_date", "date", key=True),
        Column("position_title"),
        Column("job_series", "id"),
        Column("field_office"),
        Column("screening_track", "enum", key=True, values=TRACKS, synonyms=TRACK_SYNONYMS),
        Column("screening_basis", optional=True),
        Column("resume_text", optional=True),
    ),
    required=True,
    unique=("hire_id",),
    extra=("birth_year",),
)

EMPLOYMENT_HISTORY = TableSpec(
    "employment_history",
    (
        Column("hire_id", "id", key=True),
        Column("employer"),
        Column("title"),
        Column("state", "state"),
        Column("start_date", "date"),
        Column("end_date", "date"),
    ),
)

TRAINING = TableSpec(
    "training",
    (
        Column("hire_id", "id", key=True),
        Column("course_code", "id", key=True),
        Column("course_title"),
        Column("delivery", "enum", values=DELIVERIES, synonyms=DELIVERY_SYNONYMS),
        Column("start_date", "date"),
        Column("end_date", "date"),
        Column(
            "status", "enum", key=True, values=TRAINING_STATUSES, synonyms=TRAINING_STATUS_SYNONYMS
        ),
    ),
    required=True,
)

CERTIFICATIONS = TableSpec(
    "certifications",
    (
        Column("record_id", "id", key=True),
        Column("source", "state", key=True),
        Column("first_name"),
        Column("middle_name", optional=True),
        Column("last_name"),
        Column("date_of_birth", "dob"),
        Column("certification_type"),
        Column(
            "status",
            "enum",
            values=CERT_STATUSES,
            synonyms=CERT_STATUS_SYNONYMS,
            open_values=True,
        ),
        Column("issued_date", "date"),
        Column("separation_date", "date"),
        Column("agency"),
        # Florida's export says FT, PT or Aux (auxiliary) of each job
        Column("employment_type", optional=True, beyond_contract=True),
    ),
    many_files=True,
    categorical_text=True,
    unique=("record_id",),
    unique_within="source",  # registries number their records independently
    # separation_date_unknown: the cell said "unknown" (blank means still employed);
    # status_unread: a status as written where the rules read none ("Provisional")
    extra=("birth_year", "separation_date_unknown", "status_unread"),
)

DECERTIFICATIONS = TableSpec(
    "decertifications",
    (
        Column("record_id", "id", key=True),
        Column("source", "state", key=True),
        Column("first_name"),
        Column("last_name"),
        Column("date_of_birth", "dob"),
        Column("action", "enum", values=DECERT_ACTIONS, synonyms=DECERT_ACTION_SYNONYMS),
        Column("action_date", "date"),
        Column("reason"),
    ),
    many_files=True,  # decertifications_va.xlsx beside decertifications.csv
    unique=("record_id",),
    unique_within="source",
    extra=("birth_year",),
)

OVERRIDES = TableSpec(
    "overrides",
    (
        Column("hire_id", "id", key=True),
        Column(
            "determination",
            "enum",
            key=True,
            values=DETERMINATIONS,
            synonyms=DETERMINATION_SYNONYMS,
        ),
        Column("reviewer", key=True),
        Column("reviewed_on", "date"),
        Column("justification", key=True),
    ),
    unique=("hire_id",),
)

TABLES: tuple[TableSpec, ...] = (
    HIRES,
    EMPLOYMENT_HISTORY,
    TRAINING,
    CERTIFICATIONS,
    DECERTIFICATIONS,
    OVERRIDES,
)

# --- outputs ---------------------------------------------------------------------------

DETERMINATION_COLUMNS = (
    "hire_id",
    "determination",
    "reason_codes",
    "evidence",
    "record_id",
    "match_score",
    # beyond the contract's minimum: what an analyst sorts and filters by
    "last_name",
    "first_name",
    "field_office",
    "hire_date",
    "screening_track",
    "short_track",
    "link_tier",
    "registry_source",
    "decert_record_id",
)

RECALL_COLUMNS = (
    "hire_id",
    "last_name",
    "first_name",
    "field_office",
    "hire_date",
    "screening_track",
    "reason_codes",
    "evidence",
    "priority",
)

REVIEW_COLUMNS = (
    "hire_id",
    "last_name",
    "first_name",
    "field_office",
    "hire_date",
    "screening_track",
    "reason_codes",
    "what_to_check",
    "evidence",
    "candidate_record_ids",
)


# --- headers ----------------------------------------------------------------------------

_HEADER_SEPARATORS = re.compile(r"[\s._\-]+")


def normalise_header(label: object) -> str:
    """The matching form of a header: trimmed, lower case, spaces/dots/dashes as ``_``.

    ``"Middle\\nInitial"`` -> ``middle_initial``, ``" D.O.B. "`` -> ``d_o_b``. Blank or
    missing header cells become ``""`` and match nothing.
    """
    if label is None or label is pd.NA or (isinstance(label, float) and math.isnan(label)):
        return ""
    text = str(label).replace("\ufeff", "").strip().lower()
    return _HEADER_SEPARATORS.sub("_", text).strip("_")
