"""The scenarios each hire is built from, with the determination each must get."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    """One way a hire can look, and the determination the default policy gives it.

    ``link``: what the registry holds for the hire's own person; ``var``: how names or
    birth date differ between hire and registry; ``foreign``: another registry person
    built around the hire (twin / namesake); ``history``: what the applicant declared;
    ``training``: short course only, basic completed since, or basic enrolled.
    """

    name: str
    determination: str
    weight: float
    link: str = "none"
    var: str = "exact"
    foreign: str = ""
    history: str = "decoy"
    training: str = "short"


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("verified_exact", "VERIFIED_LEO", 0.25, "qualifying", history="sworn"),
    Scenario("verified_typo_first", "VERIFIED_LEO", 0.013, "qualifying", "typo_first",
             history="sworn"),
    Scenario("verified_typo_last", "VERIFIED_LEO", 0.013, "qualifying", "typo_last",
             history="sworn"),
    Scenario("verified_nickname", "VERIFIED_LEO", 0.016, "qualifying", "nickname",
             history="sworn"),
    Scenario("verified_diacritics", "VERIFIED_LEO", 0.012, "qualifying", "diacritics",
             history="sworn"),
    Scenario("verified_case_punct", "VERIFIED_LEO", 0.012, "qualifying", "case_punct",
             history="sworn"),
    Scenario("verified_swapped_dob", "VERIFIED_LEO", 0.012, "qualifying", "swapped_dob",
             history="sworn"),
    Scenario("verified_hyphenated", "VERIFIED_LEO", 0.013, "qualifying", "hyphenated",
             history="sworn"),
    Scenario("verified_suffix", "VERIFIED_LEO", 0.012, "qualifying", "suffix", history="sworn"),
    Scenario("verified_middle_initial", "VERIFIED_LEO", 0.013, "qualifying", "middle_initial",
             history="sworn"),
    Scenario("verified_maiden_in_middle", "VERIFIED_LEO", 0.012, "qualifying", "maiden",
             history="sworn"),
    Scenario("verified_separated_recent", "VERIFIED_LEO", 0.014, "qualifying_recent",
             history="sworn"),
    Scenario("verified_with_namesake", "VERIFIED_LEO", 0.013, "qualifying",
             foreign="namesake_non_sworn", history="sworn"),
    Scenario("verified_with_twin", "VERIFIED_LEO", 0.013, "qualifying",
             foreign="twin_non_sworn", history="sworn"),
    Scenario("recall_no_record", "RECALL", 0.12),
    Scenario("recall_aspirational", "RECALL", 0.05, history="aspirational"),
    Scenario("recall_non_sworn", "RECALL", 0.07, "non_sworn", history="non_sworn"),
    Scenario("recall_revoked_status", "RECALL", 0.014, "revoked", history="sworn"),
    Scenario("recall_suspended_status", "RECALL", 0.012, "suspended", history="sworn"),
    Scenario("recall_decertified", "RECALL", 0.014, "decertified", history="sworn"),
    Scenario("recall_separated_too_long", "RECALL", 0.018, "separated_long", history="sworn"),
    Scenario("recall_short_service", "RECALL", 0.014, "short_service", history="sworn"),
    Scenario("recall_issued_after_hire", "RECALL", 0.012, "after_hire", history="decoy"),
    Scenario("recall_claimed_sworn_loaded_state", "RECALL", 0.02, history="claimed_loaded"),
    Scenario("recall_twin_only", "RECALL", 0.013, foreign="twin_sworn", history="decoy_or_claim"),
    Scenario("recall_namesake_only", "RECALL", 0.013, foreign="namesake_sworn",
             history="decoy_or_claim"),
    Scenario("recall_basic_enrolled", "RECALL", 0.02, "maybe_non_sworn", training="enrolled"),
    Scenario("remediated_no_record", "REMEDIATED", 0.035, training="remediated"),
    Scenario("remediated_aspirational", "REMEDIATED", 0.012, history="aspirational",
             training="remediated"),
    Scenario("remediated_non_sworn", "REMEDIATED", 0.015, "non_sworn", history="non_sworn",
             training="remediated"),
    Scenario("remediated_separated_too_long", "REMEDIATED", 0.01, "separated_long",
             history="sworn", training="remediated"),
    Scenario("remediated_namesake_only", "REMEDIATED", 0.01, foreign="namesake_sworn",
             training="remediated"),
    Scenario("review_coverage_gap", "MANUAL_REVIEW", 0.011, history="coverage_gap"),
    Scenario("review_ambiguous", "MANUAL_REVIEW", 0.01, "ambiguous", history="sworn"),
    Scenario("review_registry_no_dob", "MANUAL_REVIEW", 0.011, "no_dob", history="sworn"),
    Scenario("review_name_change", "MANUAL_REVIEW", 0.01, "name_change", history="sworn"),
    Scenario("not_applicable", "NOT_APPLICABLE", 0.0, "na", history="mixed", training="basic"),
)  # fmt: skip
SCN = {s.name: i for i, s in enumerate(SCENARIOS)}
NA_SCN = SCN["not_applicable"]
SHORT_TRACK_SHARE = 0.65
BASIC_SCREENED_SHORT_SHARE = 0.08  # short-track hires screened BASIC but with the short course

# How the hire's own registry person is linked, by scenario link kind.
NEEDS_SERVICE = frozenset(
    {"qualifying", "qualifying_recent", "non_sworn", "revoked", "suspended", "decertified",
     "short_service", "ambiguous", "no_dob", "name_change", "na", "maybe_non_sworn"}
)  # fmt: skip
