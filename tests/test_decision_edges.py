"""Edges a code review found with reproductions (each failed before its fix): a
certificate type naming the POST council, a weaker record of maybe another person, a job
told in prose, a status revoked today, cancellations, the federal government as a state."""

import pytest
from conftest import cert, decert, hire

DOB = "1985-04-12"
CORR = {"certification_type": "Detention Officer"}


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
