"""The title classifier against a hand-labelled set of real titles (tests/data/titles_eval.csv).

Every row names its public source (state decertification and POST lists, O*NET reported and
alternate titles, OPM series titles, military ranks, agent and officer titles outside law
enforcement) and was labelled by hand before the classifier was run on it. Thresholds
(issue 4): >= 98% right on counts-as-sworn, >= 95% on category, and no title labelled as a
non-sworn category classified sworn. Failures print the per-category table and the misses.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from audit.contract import TITLE_CATEGORIES
from audit.titles import GENERIC, TitleClassifier, counts_as_sworn

EVAL = Path(__file__).resolve().parent / "data" / "titles_eval.csv"
CATEGORIES = TITLE_CATEGORIES
NOT_SWORN = set(CATEGORIES) - {"sworn_leo", "unknown"}


@pytest.fixture(scope="module")
def scored(policy) -> pd.DataFrame:
    data = pd.read_csv(EVAL, dtype="string", keep_default_na=False)
    clf = TitleClassifier(policy.titles)
    data["predicted"] = clf.classify(data["title"], data["employer"].replace("", pd.NA))
    data["sworn_true"] = counts_as_sworn(data["category"], policy.sworn_categories)
    data["sworn_pred"] = counts_as_sworn(data["predicted"], policy.sworn_categories)
    return data


def report(d: pd.DataFrame) -> str:
    """Per-category precision / recall / support, then every miss."""
    lines = [f"{'category':24}{'support':>8}{'correct':>8}{'recall':>8}{'precision':>10}"]
    for cat in CATEGORIES:
        support = int((d["category"] == cat).sum())
        correct = int(((d["category"] == cat) & (d["predicted"] == cat)).sum())
        predicted = int((d["predicted"] == cat).sum())
        recall = correct / support if support else float("nan")
        precision = correct / predicted if predicted else float("nan")
        lines.append(f"{cat:24}{support:8}{correct:8}{recall:8.3f}{precision:10.3f}")
    miss = d[d["category"] != d["predicted"]]
    lines.append(f"\n{len(miss)} misses:")
    lines += [
        f"  {r.title!r} @ {r.employer!r}: labelled {r.category}, got {r.predicted}"
        for r in miss.itertuples()
    ]
    return "\n".join(lines)


def test_the_set_is_large_labelled_and_sourced(scored):
    assert len(scored) >= 300
    assert not scored.duplicated(["title", "employer"]).any()
    assert set(scored["category"]) <= set(CATEGORIES)
    assert (scored["source"].str.strip() != "").all()
    assert set(scored["category"]) == set(CATEGORIES)  # every category is exercised


def test_counts_as_sworn_accuracy(scored):
    accuracy = (scored["sworn_true"] == scored["sworn_pred"]).mean()
    assert accuracy >= 0.98, f"counts-as-sworn accuracy {accuracy:.3f}\n{report(scored)}"


def test_category_accuracy(scored):
    accuracy = (scored["category"] == scored["predicted"]).mean()
    assert accuracy >= 0.95, f"category accuracy {accuracy:.3f}\n{report(scored)}"


def test_no_non_sworn_title_is_classified_sworn(scored):
    wrong = scored[scored["category"].isin(NOT_SWORN) & (scored["predicted"] == "sworn_leo")]
    assert wrong.empty, f"non-sworn titles classified sworn:\n{wrong}\n{report(scored)}"


def test_only_contract_categories_come_out(scored):
    assert set(scored["predicted"]) <= set(CATEGORIES)
    assert GENERIC not in set(scored["predicted"])


# -- the blind set ---------------------------------------------------------------------------

BLIND = Path(__file__).resolve().parent / "data" / "titles_blind" / "titles.csv"


@pytest.fixture(scope="module")
def blind(policy) -> pd.DataFrame:
    """507 real titles labelled by a second tester from the contract alone, who never saw
    the rules or the first set (``titles_before_run.csv`` is that labelling, unchanged).
    Run blind, the classifier got 81.1% of categories and 92.7% of sworn/not right and
    called 12 non-sworn titles sworn (2 of them clear-cut: "Criminal Justice Major",
    "Officer" at "Austin Police Reserve"). The rules were then extended by general
    patterns (job-board banners, reserve units as employers, city and town marshals,
    agency abbreviations, limited-authority peace officers), so these floors guard what
    was won; they are not a blind measurement any more. Rows whose source ends with
    "(ambiguous)" are where the tester found the contract open."""
    data = pd.read_csv(BLIND, dtype="string", keep_default_na=False)
    clf = TitleClassifier(policy.titles)
    data["predicted"] = clf.classify(data["title"], data["employer"].replace("", pd.NA))
    data["ambiguous"] = data["source"].str.endswith("(ambiguous)")
    return data


def test_blind_set_no_clear_non_sworn_title_is_classified_sworn(blind):
    clear = blind[~blind["ambiguous"]]
    wrong = clear[(clear["category"] != "sworn_leo") & (clear["predicted"] == "sworn_leo")]
    assert wrong.empty, f"non-sworn titles classified sworn:\n{wrong}\n{report(blind)}"


def test_blind_set_accuracy(blind):
    category = (blind["category"] == blind["predicted"]).mean()
    sworn = ((blind["category"] == "sworn_leo") == (blind["predicted"] == "sworn_leo")).mean()
    assert category >= 0.85, f"category accuracy {category:.3f}\n{report(blind)}"
    assert sworn >= 0.94, f"sworn / not accuracy {sworn:.3f}\n{report(blind)}"
