"""Title and certification-type categories: the screener's keyword, done properly."""

from __future__ import annotations

import pandas as pd
import pytest

from audit.titles import REGISTRY_CONTEXT, TitleClassifier


@pytest.fixture(scope="module")
def classifier(policy) -> TitleClassifier:
    return TitleClassifier(policy.titles)


@pytest.mark.parametrize(
    ("title", "employer", "category"),
    [
        ("Police Officer", "", "sworn_leo"),
        ("Law Enforcment Officer", "", "sworn_leo"),
        ("Law-Enforcement & Jail Officer", "", "sworn_leo"),
        ("Dep. Sheriff", "", "sworn_leo"),
        ("Officer, Police", "", "sworn_leo"),
        ("Lieutenant, Sheriff's Office", "", "sworn_leo"),
        ("Officer", "Springfield Police Department", "sworn_leo"),
        ("Officer", "First National Bank", "other_officer"),
        ("Special Agent", "Federal Bureau of Investigation", "sworn_leo"),
        ("Special Agent", "State Farm Insurance", "other_officer"),
        ("Officer", "", "unknown"),
        ("Loan Officer", "", "other_officer"),
        ("Safety Officer", "", "other_officer"),
        ("Information Security Officer", "", "other_officer"),
        ("Correctional Officer", "", "corrections_detention"),
        ("Correctional Peace Officer", "", "corrections_detention"),
        ("Jail Officer/Inmate Security", "", "corrections_detention"),
        ("Probation Officer", "", "probation_parole"),
        ("Reserve Peace Officer", "", "reserve_auxiliary"),
        ("Telecommunicator", "", "dispatch"),
        ("Private Security Officer", "", "security_private"),
        ("Petty Officer", "US Navy", "military"),
        ("I hope to become an ICE officer", "", "aspirational"),
    ],
)
def test_categories(classifier, title, employer, category):
    assert classifier.classify_one(title, employer) == category


def test_registry_context_resolves_bare_roles(classifier):
    got = classifier.classify(pd.Series(["Special Agent", "Jailer"]), context=REGISTRY_CONTEXT)
    assert got.tolist() == ["sworn_leo", "corrections_detention"]


def test_federal_employers(classifier):
    got = classifier.is_federal(pd.Series(["U.S. Border Patrol", "Austin Police Dept", None]))
    assert got.tolist() == [True, False, False]
