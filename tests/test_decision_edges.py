"""Edges a code review found with reproductions (each failed before its fix): a
certificate type naming the POST council, a weaker record of maybe another person, a job
told in prose, a status revoked today, cancellations, the federal government as a state."""

import pytest
from conftest import cert, decert, hire

DOB = "1985-04-12"
CORR = {"certification_type": "Detention Officer"}
UNKNOWN_END = {"separation_date": None, "separation_date_unknown": True}


# a jailer's / dispatcher's certificate typed with the council's name spelt out verifies
@pytest.mark.parametrize(
    "cert_type",
    [
        "Jailer License (Peace Officer Standards and Training)",
        "Basic Jailer Certificate - Peace Officer Standards and Training",
        "Telecommunicator - Peace Officer Standards and Training",
    ],
)
def test_non_sworn_post_certificate_does_not_verify(decide, cert_type):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB, certification_type=cert_type)],
    )
    assert out.loc["1", "determination"] != "VERIFIED_LEO", out.loc["1", "evidence"]


# a weaker nickname record verifies though the registry tells it apart from the exact one
def test_nickname_record_of_another_person_by_middle_name_is_reviewed(decide):
    out = decide(
        [hire("1", "Michael", "Johnson", DOB)],
        [
            cert("MN-1", "Michael", "Johnson", DOB, middle_name="Allen", **CORR),
            cert("MN-2", "Mike", "Johnson", DOB, middle_name="Ray"),
        ],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "CONFLICTING_RECORDS" in out.loc["1", "reason_codes"]


def test_two_top_people_then_a_nickname_record_is_reviewed(decide):
    out = decide(
        [hire("1", "Michael", "Johnson", DOB)],
        [
            cert("MN-1", "Michael", "Johnson", DOB, middle_name="Allen", **CORR),
            cert("MN-3", "Michael", "Johnson", DOB, middle_name="Brian", **CORR),
            cert("TX-1", "Mike", "Johnson", DOB, source="TX"),
        ],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"


def test_opposite_sex_twin_under_a_shared_nickname_is_reviewed(decide):
    out = decide(
        [hire("1", "Christina", "Johnson", DOB)],
        [cert("MN-1", "Christina", "Johnson", DOB, **CORR), cert("MN-2", "Chris", "Johnson", DOB)],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"


# 'where I served/spent/worked' without an article before the role: the job is lost
@pytest.mark.parametrize(
    "role",
    [
        "where I spent five years (2016-2021) as patrol officer in Boise",
        "where I served as Deputy Sheriff with Ada County from 2016 to 2021",
        "where I worked as the K-9 officer for Boise Police from 2016 to 2021",
    ],
)
def test_next_step_without_article_keeps_the_job(decide, role):
    text = (
        "Since November 2021 I have managed hospital security for Methodist Healthcare in "
        f"San Antonio, TX, after relocating from Idaho, {role}."
    )
    out = decide(
        [hire("1", "Dana", "Quill", "1985-01-01", resume_text=text)],
        [cert("TX-X", "Someone", "Else", "1970-01-01", source="TX")],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW", out.loc["1", "reason_codes"]
    assert "COVERAGE_GAP" in out.loc["1", "reason_codes"]


# REVOKED_AFTER_HIRE fires on another state's decertification, an undated one, a lead
def test_revoked_status_beside_another_states_later_decert_recalls(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("TX-1", "Ann", "Lee", DOB, source="TX", status="revoked")],
        decerts=[decert("D-1", "Ann", "Lee", DOB, source="FL", action_date="2025-05-01")],
    )
    assert out.loc["1", "determination"] == "RECALL", out.loc["1", "reason_codes"]


def test_undated_decert_is_a_possible_earlier_one(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB, status="revoked")],
        decerts=[
            decert("D-1", "Ann", "Lee", DOB, action_date="2025-05-01"),
            decert("D-2", "Ann", "Lee", DOB, source="TX", action_date=None),
        ],
    )
    assert out.loc["1", "determination"] == "RECALL", out.loc["1", "reason_codes"]


@pytest.mark.parametrize(
    "cert_type",
    ["Non-Peace Officer", "Not a Peace Officer", "Non-Certified Peace Officer",
     "Peace Officer (Not Certified)"],
)  # fmt: skip
def test_a_certification_type_that_denies_the_title_never_verifies(decide, cert_type):
    """A blind probe: the type classifier read these as the peace officer they deny."""
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB, certification_type=cert_type)],
    )
    assert out.loc["1", "determination"] == "RECALL", out.loc["1", "evidence"]


def test_a_reprimand_on_a_discipline_list_neither_stops_nor_blocks(decide):
    """State discipline lists carry reprimands beside decertifications: read, not counted."""
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB)],
        decerts=[decert("D-1", "Ann", "Lee", DOB, action="reprimanded", action_date="2020-01-02")],
    )
    assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]


# --- a policy-conformance review (2026-11-25), each reproduced before its fix ------------


def test_nickname_record_in_another_state_of_a_person_told_apart_is_reviewed(decide):
    """The exact name's record (a detention officer) and a nickname's record elsewhere
    whose middle name says it is someone else: which one is the hire cannot be told."""
    out = decide(
        [hire("1", "Michael", "Johnson", DOB)],
        [
            cert("MN-1", "Michael", "Johnson", DOB, middle_name="Allen", **CORR),
            cert("TX-1", "Mike", "Johnson", DOB, middle_name="Ray", source="TX"),
        ],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "CONFLICTING_RECORDS" in out.loc["1", "reason_codes"]
    assert "the closest match, MN-1, does not meet the policy" in out.loc["1", "evidence"]


@pytest.mark.parametrize(
    ("cert_type", "expected"),
    [
        ("Peace Officer - 830.5 PC", "RECALL"),  # parole, probation, correctional
        ("Peace Officer (830.6 PC)", "RECALL"),  # reserve
        ("Peace Officer (830.55 PC)", "RECALL"),  # contract corrections
        ("Peace Officer 830.33", "MANUAL_REVIEW"),  # a limited class
        ("Peace Officer (830.1 PC)", "VERIFIED_LEO"),
        ("Peace Officer Emeritus", "MANUAL_REVIEW"),
        ("Police Officer - Telecommunicator", "MANUAL_REVIEW"),
        ("Peace Officer (PT)", "MANUAL_REVIEW"),  # as "Part Time Peace Officer" is
    ],
)
def test_california_sections_and_qualified_types(decide, cert_type, expected):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("CA-1", "Ann", "Lee", DOB, source="CA", certification_type=cert_type)],
    )
    assert out.loc["1", "determination"] == expected, out.loc["1", "evidence"]


def test_separation_before_issue_is_a_record_that_contradicts_itself(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB, issued_date="2022-01-01", separation_date="2021-06-01")],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "CERT_DATA_INCOMPLETE" in out.loc["1", "reason_codes"]
    assert "contradicts itself" in out.loc["1", "evidence"]
    assert "-" not in out.loc["1", "evidence"].split("months")[0][-6:]


def test_an_unknown_separation_still_decides_a_service_too_short_anyway(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB), hire("2", "Bo", "Ray", DOB)],
        [
            cert("MN-1", "Ann", "Lee", DOB, issued_date="2023-06-01", **UNKNOWN_END),
            cert("MN-2", "Bo", "Ray", DOB, issued_date="2015-06-01", **UNKNOWN_END),
        ],
    )
    assert out.loc["1", "determination"] == "RECALL"
    assert "SERVICE_UNDER_MINIMUM" in out.loc["1", "reason_codes"]
    assert out.loc["2", "determination"] == "MANUAL_REVIEW"  # long enough: the window decides


def test_service_is_counted_in_calendar_months_as_the_minimum_is(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB), hire("2", "Bo", "Ray", DOB)],
        [
            cert("MN-1", "Ann", "Lee", DOB, issued_date="2022-01-01", separation_date="2023-01-01"),
            cert("MN-2", "Bo", "Ray", DOB, issued_date="2022-01-01", separation_date="2022-12-31"),
        ],
    )
    assert out.loc["1", "determination"] == "VERIFIED_LEO"
    assert "12.0 months of service" in out.loc["1", "evidence"]
    assert out.loc["2", "determination"] == "RECALL"
    assert "Only 11.9 months" in out.loc["2", "evidence"]


def test_issued_after_hire_and_separated_after_hire_say_so_plainly(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB), hire("2", "Bo", "Ray", DOB)],
        [
            cert("MN-1", "Ann", "Lee", DOB, issued_date="2024-03-02"),
            cert("MN-2", "Bo", "Ray", DOB, status="inactive", separation_date="2024-06-01"),
        ],
    )
    assert out.loc["1", "reason_codes"].endswith("CERT_ISSUED_AFTER_HIRE")
    assert "months of service" not in out.loc["1", "evidence"]
    assert out.loc["2", "determination"] == "VERIFIED_LEO"
    assert "serving at hire" in out.loc["2", "evidence"].split("Meets the policy")[1]


def test_a_decertification_fitting_a_registry_person_told_apart_from_the_hire(decide):
    """The action names only Luis Garcia; the registry holds Luis Jean (the hire) and
    Luis James Garcia, born the same day: whose action it is cannot be told."""
    out = decide(
        [hire("1", "Luis", "Garcia", DOB, middle_name="Jean")],
        [
            cert("MN-1", "Luis", "Garcia", DOB, middle_name="Jean"),
            cert("MN-2", "Luis", "Garcia", DOB, middle_name="James", **CORR),
        ],
        decerts=[decert("D-1", "Luis", "Garcia", DOB, action_date="2019-01-01")],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "POSSIBLE_DECERTIFICATION" in out.loc["1", "reason_codes"]


def test_a_decertification_of_a_nickname_record_of_someone_else(decide):
    out = decide(
        [hire("1", "Michael", "Johnson", DOB)],
        [
            cert("MN-1", "Michael", "Johnson", DOB, middle_name="Allen"),
            cert("TX-1", "Mike", "Johnson", DOB, middle_name="Ray", source="TX", status="revoked",
                 **CORR),
        ],
        decerts=[decert("D-1", "Mike", "Johnson", DOB, source="TX", action_date="2019-01-01")],
    )  # fmt: skip
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "DECERTIFIED_BEFORE_HIRE" not in out.loc["1", "reason_codes"]


def test_the_hires_own_decertification_still_recalls(decide):
    """The decertifying state's registry holds the hire's own record: no doubt."""
    out = decide(
        [hire("1", "Luis", "Garcia", DOB)],
        [cert("MN-1", "Luis", "Garcia", DOB, middle_name="Jean")],
        decerts=[decert("D-1", "Luis", "Garcia", DOB, action_date="2019-01-01")],
    )
    assert out.loc["1", "determination"] == "RECALL"
    assert "DECERTIFIED_BEFORE_HIRE" in out.loc["1", "reason_codes"]


def test_the_decertification_named_is_the_one_whose_date_is_given(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB)],
        decerts=[
            decert("D-1", "Ann", "Lee", DOB, source="TX", action="suspended", action_date=None),
            decert("D-2", "Ann", "Lee", DOB, action_date="2019-01-01"),
        ],
    )
    assert "Decertified by record D-2 on 2019-01-01" in out.loc["1", "evidence"]
    assert out.loc["1", "decert_record_id"] == "D-2"


def test_a_decertification_after_hire_is_named_in_the_evidence(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB)],
        decerts=[decert("D-1", "Ann", "Lee", DOB, action_date="2024-06-01")],
    )
    assert out.loc["1", "determination"] == "VERIFIED_LEO"
    assert "Decertified after hire by record D-1 on 2024-06-01" in out.loc["1", "evidence"]


def test_a_basic_course_completed_before_hire_says_so(decide):
    training = [
        {"hire_id": "1", "course_code": "ERO-LEO-VIRT", "status": "completed"},
        {"hire_id": "1", "course_code": "FLETC-BIETP", "status": "completed",
         "end_date": "2014-05-01"},
    ]  # fmt: skip
    out = decide([hire("1", "Ann", "Lee", DOB)], [], training=training)
    assert out.loc["1", "determination"] == "REMEDIATED"
    assert "on 2014-05-01, before this hire." in out.loc["1", "evidence"]


# --- an adversarial linkage review and heldout_gen10 (families), 2026-11-25 ---------------


def _crowd(first: str, last: str, n: int, source: str = "MN") -> list[dict[str, object]]:
    """n registry people with this name, born on other days (a crowded name)."""
    days = [f"19{60 + i % 40:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(n)]
    return [
        cert(f"{source}-C{i}", first, last, day, source=source, **CORR)
        for i, day in enumerate(days)
    ]


@pytest.mark.parametrize(("hired", "record"), [("Christian", "Christina"), ("Mario", "Maria")])
def test_a_twin_of_the_other_sex_one_letter_apart_is_not_verified(decide, hired, record):
    """Two names nearly only men and nearly only women bear: twins, not a typo; a lead."""
    out = decide([hire("1", hired, "Morales", DOB)], [cert("TX-1", record, "Morales", DOB)])
    assert out.loc["1", "determination"] == "MANUAL_REVIEW", out.loc["1", "evidence"]


def test_a_nickname_across_the_sexes_still_links(decide):
    out = decide([hire("1", "Alexandra", "Reyes", DOB)], [cert("MN-1", "Alex", "Reyes", DOB)])
    assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]


def test_a_sisters_own_record_verifies_beside_her_twin_brothers_decertification(decide):
    out = decide(
        [hire("1", "Christina", "Morales", DOB)],
        [
            cert("TX-1", "Christina", "Morales", DOB, source="TX"),
            cert("TX-2", "Christian", "Morales", DOB, source="TX", status="revoked"),
        ],
        decerts=[decert("D-1", "Christian", "Morales", DOB, source="TX", action_date="2019-01-15")],
    )
    # her brother's records are leads at most (an analyst looks), never her decertification
    assert out.loc["1", "determination"] in ("VERIFIED_LEO", "MANUAL_REVIEW")
    assert "DECERTIFIED_BEFORE_HIRE" not in out.loc["1", "reason_codes"]


@pytest.mark.parametrize(
    ("hired", "record", "middles", "expected"),
    [
        # the hire's middle name is the record's surname, a name hundreds share
        (("Michael", "Lee", "Johnson"), ("Michael", None, "Lee"), False, "MANUAL_REVIEW"),
        # one part of a compound surname, on a crowded name
        (("Maria", None, "Hernandez Garcia"), ("Maria", "Elena", "Garcia"), False, "MANUAL_REVIEW"),
        # ...unless the full middle names agree too
        (("Maria", "Elena", "Hernandez Garcia"), ("Maria", "Elena", "Garcia"), True,
         "VERIFIED_LEO"),
    ],
)  # fmt: skip
def test_a_surname_in_another_form_on_a_crowded_name_is_a_lead(
    decide, hired, record, middles, expected
):
    first, middle, last = hired
    r_first, r_middle, r_last = record
    crowd = _crowd(r_first, r_last, 400) + _crowd(r_first, "Other", 400)
    out = decide(
        [hire("1", first, last, DOB, middle_name=middle)],
        [cert("MN-1", r_first, r_last, DOB, middle_name=r_middle), *crowd],
    )
    assert out.loc["1", "determination"] == expected, out.loc["1", "evidence"]


def test_a_surname_in_another_form_on_a_rare_name_verifies(decide):
    out = decide(
        [hire("1", "Evelyn", "Jefferson", DOB, middle_name="Fenmere")],
        [cert("MN-1", "Evelyn", "Fenmere", DOB), *_crowd("Michael", "Smith", 200)],
    )
    assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]


def test_twins_named_after_each_other_are_not_verified(decide):
    """Mark Robert beside ROBERT MARK, born the same day: one man's names swapped, or his
    twin; only a declared job at the record's agency tells (heldout_gen10)."""
    out = decide(
        [hire("1", "Mark", "Richardson", DOB, middle_name="Robert")],
        [cert("CA-1", "Robert", "Richardson", DOB, middle_name="Mark", source="CA")],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW", out.loc["1", "evidence"]


def test_rhyming_twins_with_different_middle_names_are_two_people(decide):
    out = decide(
        [hire("1", "Bryan", "Anderson", DOB, middle_name="Eugene")],
        [cert("TX-1", "Ryan", "Anderson", DOB, middle_name="Lynn", source="TX")],
    )
    assert out.loc["1", "determination"] == "RECALL", out.loc["1", "evidence"]


def test_a_hard_g_and_a_j_are_two_names(decide):
    out = decide([hire("1", "Jalen", "Dorsey", DOB)], [cert("NY-1", "Galen", "Dorsey", DOB)])
    assert out.loc["1", "determination"] != "VERIFIED_LEO", out.loc["1", "evidence"]


@pytest.mark.parametrize(
    ("hired", "record"),
    [("Aisha", "Ayesha"), ("Omar", "Umar"), ("Alexey", "Aleksei"), ("Mohammad", "Mohammed")],
)
def test_transliterations_of_one_name_verify(decide, hired, record):
    out = decide([hire("1", hired, "Bakr", DOB)], [cert("CA-1", record, "Bakr", DOB, source="CA")])
    assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]


def test_a_relatives_career_is_no_claim(decide):
    text = "My older sister is a patrol officer with the Savannah Police Department, GA."
    out = decide(
        [hire("1", "Dana", "Quill", "1985-01-01", resume_text=text)],
        [cert("TX-X", "Someone", "Else", "1970-01-01", source="TX")],
    )
    assert out.loc["1", "determination"] == "RECALL", out.loc["1", "reason_codes"]


def test_a_suffix_in_the_middle_name_column_is_no_middle_name(decide):
    """Darnell / Jr / Booker beside DARNELL WAYNE BOOKER JR: no middle name to compare
    (heldout_gen10); "V" stays a middle initial."""
    out = decide(
        [hire("1", "Darnell", "Booker", DOB, middle_name="Jr"), hire("2", "Ann", "Lee", DOB,
         middle_name="V")],
        [cert("NY-1", "Darnell", "Booker Jr", DOB, middle_name="Wayne", source="NY"),
         cert("MN-1", "Ann", "Lee", DOB, middle_name="Wanda")],
    )  # fmt: skip
    assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]
    assert out.loc["2", "determination"] != "VERIFIED_LEO", out.loc["2", "evidence"]


def test_a_father_and_his_son_of_one_name_are_two_people(decide):
    """Sr beside Jr (the suffix column, or the surname's): the father's revoked record and
    his decertification without a birth date are not the son's (heldout_gen10, the
    linkage review); a suffix on one side only decides nothing."""
    out = decide(
        [
            hire("1", "Silas", "Hollister", DOB, suffix="Jr"),
            hire("2", "Ann", "Lee", DOB, suffix="Jr"),
        ],
        [
            cert("FED-1", "Silas", "Hollister", DOB, source="FED"),
            cert("MN-9", "Silas", "Hollister Sr", "1958-04-12", status="revoked"),
            cert("MN-1", "Ann", "Lee", DOB),
        ],
        decerts=[decert("D-1", "Silas", "Hollister Sr", None, action_date="2010-01-01")],
    )
    assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]
    assert out.loc["2", "determination"] == "VERIFIED_LEO", out.loc["2", "evidence"]


# a status in the registry's own words the rules cannot read ("Provisional"): unknown, so
# the record verifies no one, and the evidence quotes it
def test_a_status_the_rules_cannot_read_is_reviewed_not_verified(decide):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [cert("MN-1", "Ann", "Lee", DOB, status=None, status_unread="Provisional")],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "status 'Provisional' (unknown to the rules)" in out.loc["1", "evidence"]


# characters that print as nothing, pasted into a name: "Bi<ZWSP>ll" read as the words Bi
# and ll lost the nickname link to the decertification of William, and the hire verified
@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff", "\u2060"])
def test_invisible_characters_in_a_name_change_nothing(tmp_path, invisible):
    from conftest import make_dataset, write_folder

    from audit.pipeline import run_audit

    data = make_dataset(
        [hire("1", f"Bi{invisible}ll", f"Hen{invisible}dricks", DOB)],
        [cert("MN-1", "Bill", "Hendricks", DOB)],
        decerts=[decert("MN-D1", "William", "Hendricks", DOB, action_date="2020-01-01")],
    )
    out = run_audit(write_folder(tmp_path / "data", data)).determinations
    assert out.loc[0, "determination"] == "RECALL", out.loc[0, "evidence"]
    assert "DECERTIFIED_BEFORE_HIRE" in out.loc[0, "reason_codes"]


# ...and beside a record that qualifies, such a status may be a revocation: nothing verifies
@pytest.mark.parametrize("written", ["Not Certified", "Rescinded", "Pending Review"])
def test_an_unread_status_beside_a_qualifying_record_holds_it(decide, written):
    out = decide(
        [hire("1", "Ann", "Lee", DOB)],
        [
            cert("MN-1", "Ann", "Lee", DOB),
            cert("TX-1", "Ann", "Lee", DOB, source="TX", status=None, status_unread=written),
        ],
    )
    assert out.loc["1", "determination"] == "MANUAL_REVIEW"
    assert "CERT_DATA_INCOMPLETE" in out.loc["1", "reason_codes"]
    assert f"cannot read (it may be a revocation): TX-1 ('{written}')" in out.loc["1", "evidence"]


# a twin's decertification (Justin beside the hire's Dustin, born the same day) is his
# when the registry holds Justin's own certificate: the hire's lead to it is dropped
@pytest.mark.parametrize("twin_certified", [True, False])
def test_a_twins_decertification_is_his_when_the_registry_knows_him(decide, twin_certified):
    certs = [cert("MN-1", "Dustin", "Brown", DOB)]
    if twin_certified:
        certs.append(cert("MN-2", "Justin", "Brown", DOB, certification_type="Jailer"))
    out = decide(
        [hire("1", "Dustin", "Brown", DOB)],
        certs,
        decerts=[decert("MN-D1", "Justin", "Brown", DOB, action_date="2020-07-05")],
    )
    if twin_certified:
        assert out.loc["1", "determination"] == "VERIFIED_LEO", out.loc["1", "evidence"]
    else:  # nobody else to be: the lead stays for review
        assert out.loc["1", "determination"] == "MANUAL_REVIEW"
        assert "POSSIBLE_DECERTIFICATION" in out.loc["1", "reason_codes"]
