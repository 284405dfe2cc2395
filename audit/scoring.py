"""Determinations against a known truth (the generator's truth.csv): the audit's own audit.

The errors are not equal: a missed recall sends a half-trained officer back to the street,
a wrong recall costs a trained one eight weeks, an avoidable review costs an analyst's
time. They are counted separately so that no single accuracy figure can hide the first.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import pandas as pd


@dataclass(frozen=True)
class TruthScore:
    hires: int
    short_track: int
    agree: int
    missed_recalls: int  # truth RECALL, audit says anything else
    recalls_verified: int  # truth RECALL, audit says VERIFIED_LEO: the worst error
    wrong_recalls: int  # audit RECALL, truth says anything else
    avoidable_reviews: int  # audit MANUAL_REVIEW where the truth has a definite answer
    missed_reviews: int  # truth MANUAL_REVIEW, audit decided anyway
    counts: dict[str, int]
    confusion: dict[str, dict[str, int]]

    @property
    def avoidable_review_share(self) -> float:
        """Avoidable reviews as a share of short-track hires (the issue's 3 % budget)."""
        return self.avoidable_reviews / self.short_track if self.short_track else 0.0

    def as_dict(self) -> dict[str, object]:
        out = asdict(self)
        out["avoidable_review_share"] = round(self.avoidable_review_share, 4)
        return out


def score_against_truth(determinations: pd.DataFrame, truth: pd.DataFrame) -> TruthScore:
    """Compare one determination per hire with ``truth`` (hire_id, expected_determination)."""
    both = determinations[["hire_id", "determination"]].merge(
        truth[["hire_id", "expected_determination"]].astype({"hire_id": "string"}),
        on="hire_id",
        how="outer",
        validate="one_to_one",
    )
    if both.isna().any().any():
        raise ValueError("determinations and truth do not list the same hires")
    got, want = both["determination"], both["expected_determination"]
    short = got != "NOT_APPLICABLE"
    definite = want != "MANUAL_REVIEW"
    confusion = pd.crosstab(want, got)
    return TruthScore(
        hires=len(both),
        short_track=int(short.sum()),
        agree=int((got == want).sum()),
        missed_recalls=int(((want == "RECALL") & (got != "RECALL")).sum()),
        recalls_verified=int(((want == "RECALL") & (got == "VERIFIED_LEO")).sum()),
        wrong_recalls=int(((got == "RECALL") & (want != "RECALL")).sum()),
        avoidable_reviews=int(((got == "MANUAL_REVIEW") & definite).sum()),
        missed_reviews=int(((want == "MANUAL_REVIEW") & (got != "MANUAL_REVIEW")).sum()),
        counts={str(k): int(v) for k, v in got.value_counts().sort_index().items()},
        confusion={
            str(w): {str(g): int(n) for g, n in row.items() if n} for w, row in confusion.iterrows()
        },
    )
