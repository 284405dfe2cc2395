"""The words of a determination: the evidence sentence and what an analyst must check.

Kept apart from the decision so that how a finding is phrased can change without touching
how it is reached. Everything is built column-wise over all hires.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

# What each review reason asks the analyst to do (review_queue.csv "what_to_check").
CHECKS: Mapping[str, str] = {
    "AMBIGUOUS_IDENTITY": "Several registry people match equally well and they lead to "
    "different outcomes: confirm which one is the hire (middle name, agency, HR file).",
    "CONFLICTING_RECORDS": "A weaker match carries a qualifying certification the best match "
    "lacks: confirm whether both records are this person.",
    "REVOKED_AFTER_HIRE": "The registry shows the certificate revoked or suspended today, "
    "and this person's decertification is dated after hire: confirm the status on the hire "
    "date with the issuing registry.",
    "IDENTITY_NO_FULL_DOB": "A sworn registry record matches the name but has no full birth "
    "date on one side: confirm identity with the issuing registry.",
    "POSSIBLE_NAME_CHANGE": "A sworn registry record matches the first name and birth date "
    "under another surname: confirm a name change (e.g. marriage).",
    "WEAK_NAME_MATCH": "A sworn registry record matches the birth date but the names agree "
    "only loosely (another spelling, another common name the nickname data relates, or two "
    "variations at once): confirm identity.",
    "SWAPPED_DOB_NAMESAKES": "A sworn registry record matches the name with the day and "
    "month of the birth date swapped, and other people in the registry share the name: "
    "confirm the date of birth (HR file, issuing registry).",
    "DOB_ONE_KEYSTROKE_OFF": "A sworn registry record matches the name but its date of "
    "birth is one keystroke off (one digit, or two adjacent digits swapped): confirm the "
    "date of birth (HR file, issuing registry).",
    "NAMES_SWAPPED": "A sworn registry record matches the birth date with the first name "
    "and surname in each other's place: confirm identity (a keying error, or another "
    "person).",
    "COVERAGE_GAP": "Sworn service is claimed in a registry that was not loaded: request "
    "that registry's certification record.",
    "CERT_DATA_INCOMPLETE": "The linked certification lacks status or dates needed to apply "
    "the policy, or a linked record has a status the rules cannot read: obtain them from "
    "the registry.",
    "CERT_TYPE_UNRECOGNISED": "The linked certification type is not recognised: classify it "
    "(rules/titles.yaml) and rerun.",
    "POSSIBLE_DECERTIFICATION": "A decertification record may be this person's (the names "
    "or the birth date agree only in part, or a birth date is missing): confirm whether it "
    "is.",
    "DECERT_DATE_UNKNOWN": "A decertification of this person has no date: confirm whether "
    "it precedes the hire date.",
    "REVOKED_ELSEWHERE": "One certification qualifies but another record of this person, or "
    "one that may be this person, is revoked or suspended: confirm whose it is, when, and "
    "whether it bars the hire.",
}


# How a field compared, in an analyst's words (link levels are identifiers in the code).
LEVEL_WORDS: Mapping[str, str] = {
    "swapped": "with day and month swapped",
    "year": "year only",
    "unknown": "missing on one side",
    "conflict": "different",
    "middle_as_first": "the other's middle name",
    "other_common_name": "another common name",
    "first_letter": "another first letter (Kevin, Devin: twins' names often rhyme)",
    "initial": "an initial only",
    "similar": "a similar spelling",
    "typo": "one typo off",
    "part": "one part of a compound",
    "maiden": "the maiden name",
    "swapped_names": "in the other name's place",
}


def _in_words(levels: pd.Series) -> pd.Series:
    text = levels.astype(str)
    return text.map(LEVEL_WORDS).fillna(text)


def what_to_check(
    review: Mapping[str, pd.Series], is_review: np.ndarray, f: pd.DataFrame
) -> np.ndarray:
    s = Sentences(len(is_review))
    for code, hit in review.items():
        s.add(hit.to_numpy(), CHECKS[code])
    gap = f["gap_text"].fillna("")
    s.add(f["gap_claim"].to_numpy() & (gap != "").to_numpy(), "Claimed: " + gap + ".")
    decert = f["decert_record"].astype("string")
    doubtful = (review["POSSIBLE_DECERTIFICATION"] | review["DECERT_DATE_UNKNOWN"]).to_numpy()
    s.add(doubtful & decert.notna().to_numpy(), "Decertification record: " + decert + ".")
    return pd.Series(s.text(), dtype="string").where(is_review).to_numpy()


def evidence_sentences(
    hires: pd.DataFrame,
    track: pd.DataFrame,
    f: pd.DataFrame,
    best: pd.DataFrame,
    coverage: tuple[str, ...],
    det: pd.Series,
) -> np.ndarray:
    """One plain sentence per hire naming the record, the score and the rule applied."""
    s = Sentences(len(hires))
    short = track["short"].to_numpy()
    basis = track["basis"].fillna("no basis recorded").astype(str)
    s.add(~short, "Full basic track: the short-track policy does not apply.")
    s.add(
        short & track["by_screener"].to_numpy(),
        "Placed on the short track by the screener (" + basis + ").",
    )
    s.add(
        short & track["by_course"].to_numpy() & ~track["by_screener"].to_numpy(),
        "On the short track by a short-track course: "
        + track["short_courses"].fillna("").astype(str)
        + ".",
    )
    have = best["record_id"].notna().to_numpy()
    # a blank separation date is "still employed" (contract); beside a status that says
    # otherwise today (inactive, lapsed) the evidence says the date is blank
    blank_beside_status = (
        best["separated"].isna().to_numpy(dtype=bool)
        & best["status"].notna().to_numpy(dtype=bool)
        & (best["status"] != "active").fillna(False).to_numpy(dtype=bool)
    )
    separated = (
        best["separated"]
        .pipe(day)
        .radd("separated ")
        .fillna("serving at hire")
        .mask(blank_beside_status, "no separation date, so serving at hire")
        .mask(flag(best["separation_unknown"]), "separation date unknown")
    )
    s.add(
        short & have,
        "Best record "
        + best["record_id"].astype(str)
        + " ("
        + best["source"].astype(str)
        + ", '"
        + best["cert_type"].fillna("no type").astype(str)
        + "' = "
        + best["category"].astype(str)
        + ", status "
        + best["status"]
        .fillna("'" + best["status_unread"] + "' (unknown to the rules)")
        .fillna("blank")
        .astype(str)
        + ", issued "
        + best["issued"].pipe(day).fillna("blank")
        + ", "
        + separated
        + ") linked "
        + best["tier"].astype(str)
        + " at "
        + best["score"].round(0).astype("Int64").astype(str)
        + "/100 (birth date "
        + _in_words(best["dob_level"])
        + ", first name "
        + _in_words(best["first_level"])
        + ", surname "
        + _in_words(best["last_level"])
        + ").",
    )
    claimed_at = short & have & best["claimed_at"].notna().to_numpy()
    strong_link = (best["tier"] == "strong").to_numpy()
    s.add(
        claimed_at & ~strong_link,
        "A lead because the hire claims sworn service at its agency, "
        + best["claimed_at"].astype(str)
        + ".",
    )
    as_middle = (best["first_level"] == "middle_as_first").to_numpy()
    s.add(
        claimed_at & strong_link,
        pd.Series(
            np.where(
                as_middle,
                "Its first name is the hire's middle name, which alone would be a lead "
                "(twins are named after each other)",
                "Many registry people share the name, so the swapped birth date alone would "
                "be a lead",
            ),
            index=best.index,
            dtype="string",
        )
        + "; the hire declares a job at the record's agency, "
        + best["claimed_at"].astype(str)
        + ", while it was held, which makes it theirs.",
    )
    q = flag(best["qualifies"])
    strong = (best["tier"] == "strong").to_numpy()
    decertified = f["decertified"].to_numpy()
    verified = (det == "VERIFIED_LEO").to_numpy()
    opening = np.select(
        [strong & verified, strong & decertified, strong],
        [
            "Meets the policy: ",
            "The certificate alone meets the policy: ",
            "The certificate meets the policy: ",
        ],
        default="Would meet the policy if this is the same person: ",
    )
    s.add(
        short & have & q,
        pd.Series(opening, index=best.index)
        + "sworn certification, "
        + best["service_text"].astype(str)
        + " of service, "
        + ("separated within " + best["window_years"].astype(str) + " years of hire").where(
            (best["separated"] < best["hire_date"]).fillna(False), "serving at hire"
        )
        + ".",
    )
    fails = flag(best["qualifies"], False)
    s.add(short & have & fails & flag(best["sworn"], False), "Not a sworn certification.")
    s.add(
        short & have & fails & flag(best["status_ok"], False),
        "Status " + best["status"].astype(str) + " is not accepted.",
    )
    s.add(short & have & fails & flag(best["issued_ok"], False), "Issued after the hire date.")
    s.add(
        short & have & fails & flag(best["window_ok"], False),
        "Separated more than " + best["window_years"].astype(str) + " years before hire.",
    )
    s.add(
        short & have & fails & flag(best["service_ok"], False) & ~flag(best["issued_ok"], False),
        "Only " + best["service_text"].astype(str) + " of service before separation or hire.",
    )
    too_short = flag(best["service_ok"], False)
    s.add(
        short & have & flag(best["separation_unknown"]),
        pd.Series(
            np.where(
                too_short,
                "The registry gives the separation date as unknown, so the separation "
                "window cannot be checked.",
                "The registry gives the separation date as unknown, so the separation "
                "window and the length of service cannot be checked.",
            ),
            index=best.index,
        ),
    )
    s.add(
        short & have & flag(best["dates_contradict"]),
        "Its separation date is before its issue date: the record contradicts itself, so "
        "the separation window and the length of service cannot be checked.",
    )
    # why a certificate that meets the policy is reviewed, naming the other records
    reviewed = short & (det == "MANUAL_REVIEW").to_numpy()
    s.add(
        reviewed & f["ambiguous"].to_numpy(),
        "Records of more than one registry person link as strongly, and not all meet the "
        "policy: " + f["top_records"].fillna("").astype(str) + ".",
    )
    s.add(
        reviewed & f["conflicting"].to_numpy(),
        "It may be another person's: the closest match, "
        + f["top_records"].fillna("").astype(str)
        + ", does not meet the policy.",
    )
    s.add(
        reviewed & f["revoked_elsewhere"].to_numpy() & flag(best["qualifies"]),
        "A law-enforcement record of this person, or of someone who may be, is revoked or "
        "suspended: " + f["revoked_with"].fillna("").astype(str) + ".",
    )
    s.add(
        reviewed & f["status_unread"].to_numpy(),
        "A record of this person, or of someone who may be, has a status the rules cannot "
        "read (it may be a revocation): " + f["unread_with"].fillna("").astype(str) + ".",
    )
    cov = ", ".join(coverage) if coverage else "none"
    s.add(short & ~have, f"No record of this person in the loaded registries ({cov}).")
    missing = _missing_identity(hires)
    s.add(short & missing.notna().to_numpy(), missing)
    s.add(
        short & f["decertified"].to_numpy(),
        "Decertified by record "
        + f["decert_record"].astype(str)
        + " on "
        + pd.Series(f["decert_date"]).pipe(day).fillna("?")
        + ", on or before hire.",
    )
    undated = f["decert_date_unknown"].to_numpy()
    s.add(
        short & ~f["decertified"].to_numpy() & f["decert_lead"].to_numpy() & ~undated,
        "A decertification may be this person's: record " + f["decert_record"].astype(str) + ".",
    )
    s.add(
        short & ~f["decertified"].to_numpy() & undated,
        "A decertification of this person has no date: record "
        + f["decert_record"].astype(str)
        + ".",
    )
    s.add(
        short & f["decert_after"].to_numpy() & f["decert_after_record"].notna().to_numpy(),
        "Decertified after hire by record "
        + f["decert_after_record"].astype(str)
        + " on "
        + pd.Series(f["decert_after_date"]).pipe(day).fillna("?")
        + ": the policy counts only actions on or before hire.",
    )
    s.add(
        short & f["loaded_claim"].to_numpy(),
        "Claims sworn service: " + f["loaded_text"].fillna("") + ".",
    )
    s.add(
        short & f["gap_claim"].to_numpy(),
        "Claims sworn service where no registry is loaded: " + f["gap_text"].fillna("") + ".",
    )
    s.add(
        short & f["old_claim"].to_numpy() & ~flag(best["qualifies"]),
        "Claims sworn service that ended before the separation window, so it could not "
        "qualify: " + f["old_text"].fillna("") + ".",
    )
    done_on = pd.Series(track["basic_done_on"]).reset_index(drop=True)
    earlier = (done_on < hires["hire_date"].reset_index(drop=True)).fillna(False)
    s.add(
        (det == "REMEDIATED").to_numpy(),
        "Completed the basic course "
        + track["basic_code"].astype(str)
        + " on "
        + done_on.pipe(day).fillna("an unrecorded date")
        + pd.Series(
            np.where(earlier, ", before this hire.", "."),
            index=done_on.index,
        ),
    )
    recall = (det == "RECALL").to_numpy()
    s.add(
        recall & track["basic_enrolled"].to_numpy(),
        "Enrolled in the basic course, not completed: it does not remediate yet.",
    )
    s.add(
        recall & track["basic_left"].to_numpy(),
        "Withdrew from or failed the basic course: it does not remediate.",
    )
    return s.text()


_EMPTY = pa.scalar("", pa.large_string())


class Sentences:
    """Column-wise sentence builder: each ``add`` appends text where its mask holds.

    The pieces are Arrow arrays joined once at the end: appending to a Python object array
    instead copies every hire's text again for every sentence."""

    def __init__(self, n: int):
        self.n = n
        self.pieces: list[pa.Array] = []

    def add(self, mask: np.ndarray, text: pd.Series | str) -> None:
        if isinstance(text, pd.Series):
            values = pa.array(text.astype("string").fillna("") + " ", pa.large_string())
        else:
            values = pa.scalar(text + " ", pa.large_string())
        self.pieces.append(pc.if_else(pa.array(mask, pa.bool_()), values, _EMPTY))

    def text(self) -> np.ndarray:
        if not self.pieces:
            return np.full(self.n, "", dtype=object)
        joined = pd.array(pc.binary_join_element_wise(*self.pieces, _EMPTY), dtype="string")
        return pd.Series(joined).str.strip().to_numpy(dtype=object)


def flag(values: pd.Series, value: bool = True) -> np.ndarray:
    """Where a True/False/NA column equals ``value``; NA never does."""
    return values.astype("boolean").eq(value).fillna(False).to_numpy(dtype=bool)


def day(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values).dt.strftime("%Y-%m-%d").astype("string")


def _missing_identity(hires: pd.DataFrame) -> pd.Series:
    """What the hire's own row lacks for linking (NA where nothing is missing): a blank
    name or birth date is unknown, and the contract asks the evidence to say what could
    not be linked on it."""
    fields = {"first_name": "first name", "last_name": "surname", "date_of_birth": "date of birth"}
    blank = [
        hires[c].isna().to_numpy(dtype=bool) if c in hires else np.ones(len(hires), dtype=bool)
        for c in fields
    ]
    # each combination of blanks as one number, 1..7, and its words
    combination = sum(b.astype(int) << i for i, b in enumerate(blank))
    words = list(fields.values())
    said = {
        n: _listed([w for i, w in enumerate(words) if n >> i & 1])
        for n in range(1, 1 << len(words))
    }
    lacking = pd.Series(combination, index=hires.index).map(said).astype("string")
    return (
        "The hire's row has no "
        + lacking
        + ", so no record can link strongly on it: confirm identity from the HR file."
    )


def _listed(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]
