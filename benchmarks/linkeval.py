"""Pairwise link quality against the generator's ``truth_links.csv``, one way for every linker.

A predicted link is a (hire_id, record_id) pair. Against the truth:

- ``same`` pairs are the positives: a predicted ``same`` pair is a true positive, a
  ``same`` pair not predicted a false negative;
- ``ambiguous`` pairs (two registry people share the hire's name and birth date, and the
  truth cannot say which, if either, is the hire) are left out of both counts;
- every other predicted pair is a false positive; those whose relation is ``twin`` or
  ``namesake`` are also counted per hire ("hires falsely linked to a twin / namesake"),
  beside how many hires have such a person in the registry at all.

Used by ``run.py`` (in the parent process, so neither linker's process pays for it).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

PAIR = ["hire_id", "record_id"]


def read_truth(data_dir: Path) -> pd.DataFrame:
    """``truth_links.csv`` of a generated folder (hire_id, record_id, relation)."""
    return pd.read_csv(data_dir / "truth_links.csv", dtype=str, keep_default_na=False)


def score(pred: pd.DataFrame, truth: pd.DataFrame) -> dict[str, Any]:
    """Precision, recall, F1 and twin/namesake false links of predicted pairs."""
    pred = pred[PAIR].astype(str).drop_duplicates()
    m = pred.merge(truth, on=PAIR, how="left")
    relation = m["relation"].fillna("unrelated")
    counted = relation != "ambiguous"
    tp = int((relation == "same").sum())
    fp = int((counted & (relation != "same")).sum())
    positives = int((truth["relation"] == "same").sum())
    fn = positives - tp
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / positives if positives else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out: dict[str, Any] = {
        "pairs": len(pred),
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "ambiguous_pairs": int((~counted).sum()),
        "unrelated_false_pairs": int((relation == "unrelated").sum()),
    }
    for rel in ("twin", "namesake"):
        out[f"{rel}_false_pairs"] = int((relation == rel).sum())
        out[f"hires_false_{rel}"] = int(m.loc[relation == rel, "hire_id"].nunique())
        out[f"hires_with_{rel}"] = int(truth.loc[truth["relation"] == rel, "hire_id"].nunique())
    return out


def score_leads(strong: pd.DataFrame, partial: pd.DataFrame, truth: pd.DataFrame) -> dict[str, Any]:
    """What the partial tier (leads, which never verify) adds: how many pairs, how many of
    them are the same person, and recall of strong links and leads together."""
    partial = partial[PAIR].astype(str).drop_duplicates()
    m = partial.merge(truth, on=PAIR, how="left")
    both = score(pd.concat([strong[PAIR], partial], ignore_index=True), truth)
    return {
        "lead_pairs": len(partial),
        "lead_same": int((m["relation"] == "same").sum()),
        "lead_twin": int((m["relation"] == "twin").sum()),
        "lead_namesake": int((m["relation"] == "namesake").sum()),
        "recall_with_leads": both["recall"],
    }
