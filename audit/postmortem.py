"""Why the screener was wrong, per hire: what its keyword actually matched.

The screener put anyone whose resume said "officer" on the short track. For each hire the
audit does not verify, this names what the word stood for, from the declared employment
history and the resume: a loan or safety officer (PRIOR_TITLE_OTHER_OFFICER), a jailer
(PRIOR_TITLE_CORRECTIONS_DETENTION), a wish (ASPIRATIONAL_ONLY), a mere mention
(LE_MENTION_ONLY). These codes explain; they never change a determination.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from audit.background import ResumeReadings
from audit.frames import joined, text_isin
from audit.policy import Policy
from audit.resume import claims_from_resume
from audit.titles import UNKNOWN, TitleClassifier


def screener_post_mortem(
    hires: pd.DataFrame,
    history: pd.DataFrame,
    policy: Policy,
    classifier: TitleClassifier,
    explain: np.ndarray,
    resumes: ResumeReadings | None = None,
) -> pd.DataFrame:
    """``codes`` (;-separated) and ``note`` per hire (aligned with ``hires``), filled only
    where ``explain`` is true: resumes are read only for the hires that need a reason,
    unless ``resumes`` read them already."""
    n = len(hires)
    codes = pd.Series("", index=range(n), dtype=object)
    note = pd.Series("", index=range(n), dtype=object)
    if not explain.any():
        return pd.DataFrame({"codes": codes, "note": note})
    wanted = hires.loc[explain, "hire_id"]
    prior = _history_codes(history, wanted, policy, classifier)
    if "resume_text" in hires:
        resume = claims_from_resume(
            hires.loc[explain, "resume_text"].reset_index(drop=True),
            policy.titles,
            policy.sworn_categories,
            readings=resumes.cover(hires.loc[explain, "resume_text"]) if resumes else None,
        )
        resume.index = np.flatnonzero(explain)
        codes[resume.index] = resume["reason_codes"].fillna("").astype(str)
        said = resume["evidence"].fillna("").astype(str).str.rstrip(". ")
        note[resume.index] = np.where(said != "", "Resume: " + said + ".", "")
    looked_up = prior.reindex(hires["hire_id"].to_numpy()).to_numpy(dtype=object)
    from_history = pd.Series(looked_up, dtype=object).fillna("").to_numpy()
    merged = [
        ";".join(dict.fromkeys(c for c in (a + ";" + b).split(";") if c)) if e else ""
        for a, b, e in zip(from_history, codes.to_numpy(), explain, strict=True)
    ]
    return pd.DataFrame({"codes": merged, "note": note})


def _history_codes(
    history: pd.DataFrame, wanted: pd.Series, policy: Policy, classifier: TitleClassifier
) -> pd.Series:
    """PRIOR_TITLE_<CATEGORY> per hire for declared jobs that are not sworn."""
    rows = history[text_isin(history["hire_id"], wanted)]
    if rows.empty:
        return pd.Series(dtype=object)
    category = classifier.classify(rows["title"], rows["employer"])
    keep = ~category.isin(set(policy.sworn_categories) | {UNKNOWN}).to_numpy()
    codes = "PRIOR_TITLE_" + category[keep].str.upper()
    return joined(rows["hire_id"][keep], codes, ";")
