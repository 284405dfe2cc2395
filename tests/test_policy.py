"""rules/ is data: read, validated, and every problem named by file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import ROOT

from audit.errors import InputError
from audit.policy import load_policy


@pytest.fixture
def rules(tmp_path: Path) -> Path:
    target = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", target)
    return target


def test_shipped_policy_matches_the_contract_defaults():
    p = load_policy(ROOT / "rules")
    assert p.sworn_categories == {"sworn_leo"}
    assert {"revoked", "suspended"}.isdisjoint(p.accepted_statuses)
    assert p.window_years("CA") == 3 and p.service_minimum_months == 12
    assert "ERO-LEO-VIRT" in p.short_course_codes and "FLETC-BIETP" in p.basic_course_codes
    assert len(p.files) == 4 and all(len(f.sha256) == 64 for f in p.files)


def test_per_source_window(rules):
    text = (rules / "policy.yaml").read_text().replace("by_source: {}", "by_source: {ca: 2}")
    (rules / "policy.yaml").write_text(text)
    p = load_policy(rules)
    assert p.window_years("CA") == 2 and p.window_years("TX") == 3


@pytest.mark.parametrize(
    ("old", "new", "key"),
    [
        ("service_minimum_months: 12", "service_minimum_months: -1", "service_minimum_months"),
        ("default_years: 3", "default_years: three", "separation_window.default_years"),
        (
            "accepted_statuses: [active, inactive, lapsed]",
            "accepted_statuses: [active, revoked]",
            "accepted_statuses",
        ),
        (
            "accepted_statuses: [active, inactive, lapsed]",
            "accepted_statuses: [active, dormant]",
            "accepted_statuses",
        ),
        ("sworn_categories: [sworn_leo]", "sworn_categories: [sworn_lo]", "sworn_categories"),
        ("  max_name_edits: 1 ", "  max_name_edits: one ", "matching.max_name_edits"),
        (
            "short_screening_track: LEO",
            "short_screening_track: FAST",
            "tracks.short_screening_track",
        ),
        ("by_source: {}", "by_source: {XX: 1}", "separation_window.by_source"),
        # a misspelt key beside the right one would otherwise pass unnoticed
        (
            "service_minimum_months: 12",
            "service_minimum_months: 12\nservice_minimun_months: 6",
            "service_minimun_months",
        ),
        (
            "  max_name_edits: 1 ",
            "  max_name_edit: 2\n  max_name_edits: 1 ",
            "matching.max_name_edit",
        ),
    ],
)
def test_bad_values_name_the_file_and_key(rules, old, new, key):
    text = (rules / "policy.yaml").read_text()
    assert old in text
    (rules / "policy.yaml").write_text(text.replace(old, new))
    with pytest.raises(InputError) as err:
        load_policy(rules)
    problem = err.value.problems[0]
    assert problem.file.endswith("policy.yaml")
    assert problem.column == key


def test_missing_key_and_broken_yaml(rules):
    text = (rules / "policy.yaml").read_text().replace("service_minimum_months: 12", "")
    (rules / "policy.yaml").write_text(text)
    (rules / "columns.yaml").write_text("aliases: [unclosed")
    with pytest.raises(InputError) as err:
        load_policy(rules)
    assert any("columns.yaml" in p.file and "YAML" in p.message for p in err.value.problems)


def test_missing_rules_folder(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_policy(tmp_path / "nowhere")


def test_spellings_of_one_name_are_pairs_of_each_other(rules):
    pairs = set(load_policy(rules).matching.nicknames)
    assert {("aisha", "ayesha"), ("aishah", "aysha")} <= pairs
    text = (rules / "nicknames.yaml").read_text() + "  - not a list\n"
    (rules / "nicknames.yaml").write_text(text)
    with pytest.raises(InputError) as err:
        load_policy(rules)
    assert any(p.column and p.column.startswith("spellings[") for p in err.value.problems)
